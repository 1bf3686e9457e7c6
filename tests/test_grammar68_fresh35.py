"""Round 68 (fresh35): a fresh set of the commonest kinds of plans a county or district office publishes in late 2026
(a 区 整改清单 with 责任领导, a 县 “高效办成一件事” 台账 .xlsx with merged 牵头单位 cells, a 县 托育 实施方案 with
``（责任单位：…）`` after each point, a 区 大气 任务分工表 .docx with vertical merges, a 街道 森林防火 notice in label
lines), read by hand before the parser ran (docs/loader.md, round 68 fresh35): the carriers after a label's units
(``责任单位：A、B，各乡镇人民政府落实``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.assign import read_parenthetical
from reformgraph.loaders.roles import resolve
from tests.support.expected_files import compared

PLANS = sorted((Path(__file__).parent / "fixtures" / "round68" / "fresh35").glob("*.expected.json"))


def _sides(inner: str) -> list[list[str]]:
    return [[u.name for u in side] for side in resolve(read_parenthetical(inner))]


# ---- the carriers after a label's units ------------------------------------------------------------------------------


def test_carriers_after_a_responsible_labels_units_support() -> None:
    # before: all three led (落实 covered the label's units back over the comma)
    assert _sides("责任单位：县住房城乡建设局、县自然资源局，各乡镇人民政府落实") == [
        ["县住房城乡建设局", "县自然资源局"],
        ["各乡镇人民政府"],
    ]
    assert _sides("责任单位：县住建局，各乡镇人民政府负责落实") == [["县住建局"], ["各乡镇人民政府"]]


def test_carriers_as_before_where_no_label_or_no_comma() -> None:
    # guards: one list closed by 落实 (no comma) leads whole; no label, no responsible units: all lead as before;
    # a marked lead keeps the rest its partners; 负责 before the carriers as before (round 54 fresh19/08)
    assert _sides("责任单位：县住房城乡建设局、县自然资源局、各乡镇人民政府落实") == [
        ["县住房城乡建设局", "县自然资源局", "各乡镇人民政府"],
        [],
    ]
    assert _sides("责任单位：县应急局、各乡镇人民政府组织落实") == [["县应急局", "各乡镇人民政府"], []]
    assert _sides("县住房城乡建设局、县自然资源局，各乡镇人民政府落实") == [
        ["县住房城乡建设局", "县自然资源局", "各乡镇人民政府"],
        [],
    ]
    assert _sides("责任单位：县住建局牵头，县自然资源局、各乡镇人民政府落实") == [
        ["县住建局"],
        ["县自然资源局", "各乡镇人民政府"],
    ]
    assert _sides("县自然资源局、县农业农村局负责，各乡镇人民政府落实") == [
        ["县自然资源局", "县农业农村局"],
        ["各乡镇人民政府"],
    ]


# ---- the plans, as read by hand --------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", PLANS, ids=[p.name[:2] for p in PLANS])
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert [row[:4] + row[5:] for row in read] == [row[:4] + row[5:] for row in written]

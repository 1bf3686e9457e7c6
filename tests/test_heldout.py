"""Real plans never used while writing the grammar: each reads exactly as its expected file.

The held-out plans (tests/fixtures/heldout, sources in its SOURCES.md) are city, district and street
office plans, with layouts the development corpus lacks: role phrases per measure, prose roles, duties
listed unit by unit under a 职责分工 heading, a 推进单位 table with part rows and merged cells, an
annex table whose descriptive cells state deadlines, data tables with unit-like columns. Their
expected files were written by reading the texts before the loader was run on them
(tests/fixtures/real/SPEC.md gives the format and the reading rules). The same rules that hold for
the corpus hold here: no unit name ends in a role word or starts with a label, and every deadline
is written with its task.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.expected_files import (
    bad_unit_names,
    compared,
    deadline_outside_its_task,
    document_path,
    documents,
    measures,
    plan_number,
)

from reformgraph.errors import DocumentError
from reformgraph.loaders.read import read_document
from reformgraph.loaders.vocab import ALL_LABELS

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
EXPECTED = sorted(HELDOUT.glob("*.expected.json"))
# Plans the loader does not yet read exactly: the expected file is what the text says (see its notes).
NOT_YET_READ: dict[str, str] = {  # round 70 heldfix70 read held-out 52 and 63; round 71 heldout16 added 72-74,
    # heldfix71 read 73 and 74; round 72 left42 read 72 (a kind spelled out by a bracket with no 等)
    # round 75 rows75 read 81 (line 36, a collective's share in a numbered 任务分工 section: tasklist._collective_share)
    "92": "round 81 left51: 109 of 111 found, 0 false, 108 exact (round 80 left50: 106, 0, 101); a numbered item with "
    "no role word whose sentences open with bodies, the first a collective (302: 各相关部门和属地街镇根据…), "
    "规划资源和农业农村 not split at 和 (234), 配合绿化市容局 leading (228)",
}


def _cases():
    for path in EXPECTED:
        reason = NOT_YET_READ.get(plan_number(path))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(path, marks=marks, id=plan_number(path))


def test_every_heldout_document_has_an_expected_file():
    assert len(EXPECTED) >= 6
    assert [document_path(e) for e in EXPECTED] == documents(HELDOUT)


@pytest.mark.parametrize("expected_path", list(_cases()))
def test_heldout_document_equals_its_expected_file(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


@pytest.fixture(scope="module")
def outputs():
    # a plan with no task (held-out 34: units with a modal 要 and no role word) is rejected: nothing to check
    # and a plan the loader rejects while a strict xfail says why (held-out 70) is left out of these checks too
    return [
        read_document(document_path(e))
        for e in EXPECTED
        if json.loads(e.read_text(encoding="utf-8"))["count"] and not _rejected_not_yet_read(e)
    ]


def _rejected_not_yet_read(expected_path: Path) -> bool:
    """Whether the plan of ``expected_path`` is one ``NOT_YET_READ`` lists and the loader rejects."""
    if plan_number(expected_path) not in NOT_YET_READ:
        return False
    try:
        read_document(document_path(expected_path))
    except DocumentError:
        return True
    return False


def test_no_unit_name_ends_in_a_role_word_or_starts_with_a_label(outputs):
    assert bad_unit_names(outputs, ALL_LABELS) == []


def test_every_deadline_is_written_with_its_task(outputs):
    assert [bad for doc in outputs for bad in deadline_outside_its_task(doc)] == []


def test_data_tables_give_no_tasks():
    """07's four annex tables (from line 104) list shelters, districts and money: 权属部门 owns, it is not assigned."""
    shelters = read_document(HELDOUT / "07-shanghai-fengxian-emergency-shelters-2022.md")
    assert [m.line for m in measures(shelters) if m.line >= 94] == []
    sponge = read_document(HELDOUT / "01-shanghai-jiading-sponge-city-2024.md")
    assert not [m for m in measures(sponge) if 36 <= m.line <= 141 or 159 <= m.line <= 221]

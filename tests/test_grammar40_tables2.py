"""Round 40 (tables2): task tables as offices publish them in .md and .txt, and statements citing their tasks."""

from __future__ import annotations

import pytest

from reformgraph.loaders.parse import parse_document
from tests.support.readings import task_rows as _rows


def test_a_rule_row_of_one_dash_per_cell_is_no_row():
    """| :--: | :-- | (GFM allows one dash): before, the rule row was a task whose lead was ``--``."""
    doc = parse_document(
        "某部任务分工方案\n\n| 序号 | 工作任务 | 牵头单位 | 参与单位 | 时间要求 |\n| :--: | :-- | :-- | :-- | :-- |\n"
        "| 1 | 组织开展强化监督。 | 执法局 | 大气司 | 2019年6月底前 |\n",
        path="x.md",
    )
    assert _rows(doc) == [("组织开展强化监督。", ["执法局"], ["大气司"], "2019-06")]


@pytest.mark.parametrize(
    "statement", ["3项任务由县住建局负责，县财政局配合。", "上述3项任务由县住建局负责，县财政局配合。"]
)
def test_a_count_of_the_whole_list_above_cites_its_items(statement):
    """三、职责分工 / 3项任务由A负责: before, the items named no unit and the statement was one task."""
    doc = parse_document(
        "某县方案\n\n二、重点任务\n\n（一）推进甲改革。\n\n（二）推进乙改革。\n\n（三）推进丙改革。\n\n"
        f"三、职责分工\n\n{statement}\n",
        path="x.txt",
    )
    assert [(t, leads, supports) for t, leads, supports, _ in _rows(doc)] == [
        (f"推进{x}改革。", ["县住建局"], ["县财政局"]) for x in "甲乙丙"
    ]


def test_a_count_of_the_first_items_cites_them_and_a_count_of_part_of_a_list_does_not():
    doc = parse_document(
        "某县方案\n\n二、重点任务\n\n1.推进甲改革。\n\n2.推进乙改革。\n\n3.推进丙改革。\n\n三、职责分工\n\n"
        "前2项任务由县发改局负责；第3项任务由县水利局负责。\n",
        path="x.txt",
    )
    assert [leads for _, leads, _, _ in _rows(doc)] == [["县发改局"], ["县发改局"], ["县水利局"]]
    part = parse_document(
        "某县方案\n\n二、重点任务\n\n1.推进甲改革。\n\n2.推进乙改革。\n\n3.推进丙改革。\n\n三、职责分工\n\n"
        "2项任务由县发改局负责。\n",
        path="x.txt",
    )
    assert [t for t, _, _, _ in _rows(part)] == ["2项任务由县发改局负责。"]

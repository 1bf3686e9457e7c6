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


_UNSIGNED_TABLE = (
    "某市数字经济三年行动计划\n\n二、重点任务\n\n| 序号 | 任务名称 | 主要内容 | 完成时限 |\n| --- | --- | --- | --- |\n"
    "| 1 | 建设新型基础设施 | 建成5G基站1.2万个 | 2023年底 |\n| 2 | 推进数据中心建设 | 建成产业园一期 | 2022年底 |\n"
    "| 3 | 发展数字贸易 | 跨境电商交易额年均增长20% | 2023年底 |\n\n"
)


def test_a_note_under_a_table_without_a_unit_column_gives_its_rows_units_by_number():
    """注：第1—2项由A牵头，B配合；第3项由C牵头: before, the rows were a data table's and the note one task."""
    doc = parse_document(
        _UNSIGNED_TABLE
        + "注：第1—2项由市发改委牵头，市工信局配合；第3项由市商务局牵头，各县（市、区）人民政府负责落实。\n",
        path="x.md",
    )
    assert _rows(doc) == [
        ("建设新型基础设施", ["市发改委"], ["市工信局"], "2023-12"),
        ("推进数据中心建设", ["市发改委"], ["市工信局"], "2022-12"),
        ("发展数字贸易", ["市商务局"], ["各县（市、区）人民政府"], "2023-12"),
    ]
    assert [m.line for w in doc.workplans for m in w.measures] == [7, 8, 9]


@pytest.mark.parametrize(
    "note",
    [
        "注：1—2项由市发改委牵头，市工信局配合；3项由市商务局牵头。",
        "说明：序号1、2由市发改委牵头，市工信局配合；序号3由市商务局牵头。",
    ],
)
def test_a_note_under_a_table_cites_its_rows_without_di(note):
    """1—2项由 / 序号1、2由 in a note under the table: its rows' numbers (no count), read nowhere else so."""
    doc = parse_document(_UNSIGNED_TABLE + note + "\n", path="x.md")
    assert [(leads, supports) for _, leads, supports, _ in _rows(doc)] == [
        (["市发改委"], ["市工信局"]),
        (["市发改委"], ["市工信局"]),
        (["市商务局"], []),
    ]


def test_a_note_under_a_table_without_a_unit_column_gives_all_its_rows_units():
    """注：以上任务由A牵头，B负责落实: before, one task of the whole table's text, every row's deadline."""
    doc = parse_document(
        _UNSIGNED_TABLE + "注：以上任务由市发改委牵头，各县（市、区）人民政府负责落实。\n", path="x.md"
    )
    assert [(leads, supports) for _, leads, supports, _ in _rows(doc)] == [
        (["市发改委"], ["各县（市、区）人民政府"])
    ] * 3


def test_a_note_under_a_table_that_gives_no_units_leaves_it_a_data_table():
    doc = parse_document(_UNSIGNED_TABLE + "注：完成时限以实际进度为准。\n\n（牵头单位：市发改委）\n", path="x.md")
    assert [t for t, _, _, _ in _rows(doc)] != ["建设新型基础设施", "推进数据中心建设", "发展数字贸易"]


def test_a_duties_section_citing_the_tasks_by_their_titles_gives_each_its_units():
    """老旧小区改造、城中村改造由A牵头，B配合；背街小巷整治由C负责: before, the items named no unit and the
    statement was one task."""
    doc = parse_document(
        "某区城市更新工作方案\n\n二、重点任务\n\n（一）老旧小区改造。完成改造15个，2025年10月底前完工。\n\n"
        "（二）城中村改造。稳步推进综合整治。\n\n（三）背街小巷整治：整治背街小巷40条。\n\n"
        "（四）公园城市建设。新建社区公园8个。\n\n三、职责分工\n\n"
        "老旧小区改造、城中村改造由区住房和建设局牵头，区财政局、各街道办事处配合；背街小巷整治由区城管局负责；"
        "其他工作由区城市更新局负责。\n",
        path="x.txt",
    )
    first = (["区住房和建设局"], ["区财政局", "各街道办事处"])
    assert [(t[:6], leads, supports, date) for t, leads, supports, date in _rows(doc)] == [
        ("老旧小区改造", *first, "2025-10"),
        ("城中村改造。", *first, None),
        ("背街小巷整治", ["区城管局"], [], None),
        ("公园城市建设", ["区城市更新局"], [], None),  # round 41: 其他工作由C负责 gives C the items left out
    ]
    assert [m.line for w in doc.workplans for m in w.measures] == [5, 7, 9, 11]


def test_a_clause_whose_subject_is_no_items_title_cites_nothing():
    doc = parse_document(
        "某区方案\n\n二、重点任务\n\n（一）老旧小区改造。完成改造15个。（区住建局负责）\n\n"
        "三、保障措施\n\n资金保障由区财政局负责。\n",
        path="x.txt",
    )
    assert [t[:6] for t, _, _, _ in _rows(doc)] == ["老旧小区改造", "资金保障由区"]


def test_items_of_one_cell_with_their_own_units_in_a_table_flattened_a_cell_a_line():
    """A Word table saved as text, its 责任单位 cell empty (a blank line, lost): before, one task of the units of the
    row above."""
    doc = parse_document(
        "某区工作任务分解表\n\n序号\n重点任务\n具体措施\n责任单位\n完成时限\n"
        "1\n培育工业企业\n推动企业升规入统。\n区工业和信息化局、区住建局\n2022年12月底前\n"
        "2\n强化企业服务\n1.建立企业包联制度（区工业和信息化局负责）；2.开展政策宣讲（区科技局牵头，区财政局配合）。\n\n"
        "持续推进\n",
        path="x.txt",
    )
    assert _rows(doc)[1:] == [
        ("建立企业包联制度", ["区工业和信息化局"], [], None),
        ("开展政策宣讲", ["区科技局"], ["区财政局"], None),
    ]
    assert [m.deadline.status for w in doc.workplans for m in w.measures][1:] == ["ongoing", "ongoing"]


def test_a_label_in_a_pipe_tables_header_is_no_field_spaced_from_its_value():
    """| 序号 | 责任单位 | 新增就业（人） |: the retry that reads a label's spaces as its colon made 责任单位：| of the header
    of a target matrix, and a warning that an assignment could not be read."""
    from reformgraph.errors import DocumentError

    matrix = (
        "某市2024年就业目标任务分解表\n\n| 序号 | 责任单位 | 新增就业（人） | 城镇调查失业率 |\n| --- | --- | --- | --- |\n"
        "| 1 | 甲区人民政府 | 5000 | 5.5% |\n| 2 | 乙区人民政府 | 4000 | 5.5% |\n"
    )
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_document(matrix, path="x.md")

"""Round 40: task-division tables (任务分工表, 责任清单, 台账) in .docx, .xlsx and markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from tests.support.readings import sheet_document
from tests.support.readings import task_rows as _rows


def test_a_line_after_a_pipe_table_does_not_join_the_title_above_it_into_a_task():
    """The title over a table and a note under it were one paragraph holding the whole table: its 由X牵头 cells
    made a false task of the title, with every row's deadline."""
    doc = parse_document(
        "某市责任清单\n\n"
        "| 序号 | 重点任务 | 责任单位 | 完成时限 | 备注 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 推行企业开办。 | 市市场监管局、市行政审批局 | 2024年6月底前 | 由市行政审批局牵头 |\n"
        "| 2 | 深化审批改革。 | 市住建局 | 2024年9月底前 |  |\n\n"
        "以上任务请认真落实。\n",
        path="x.md",
    )
    assert [row[0] for row in _rows(doc)] == ["推行企业开办。", "深化审批改革。"]


def test_a_note_cell_naming_the_lead_makes_it_lead_and_the_rows_other_units_support():
    """备注 | 由X牵头 beside one 责任单位 column: before, every unit led (or the first-listed one, X ignored)."""
    doc = parse_document(
        "某市责任清单\n\n"
        "| 序号 | 重点任务 | 责任单位 | 完成时限 | 备注 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 推行企业开办。 | 市市场监管局、市行政审批局、市税务局 | 2024年6月底前 | 由市行政审批局牵头 |\n"
        "| 2 | 深化审批改革。 | 市住建局、市自然资源局 | 2024年9月底前 | 纳入年度考核 |\n\n"
        "备注：责任单位排名第一的为牵头单位，其他为配合单位。\n",
        path="x.md",
    )
    assert _rows(doc) == [
        ("推行企业开办。", ["市行政审批局"], ["市市场监管局", "市税务局"], "2024-06"),
        ("深化审批改革。", ["市住建局"], ["市自然资源局"], "2024-09"),
    ]


def test_a_note_cell_naming_the_lead_in_a_sheet_and_in_a_table_flattened_a_cell_a_line():
    sheet = sheet_document(
        ["序号", "工作任务", "责任单位", "完成时限", "备注"],
        ["1", "建立政企沟通机制", "市工商联、市营商环境办", "每季度", "市营商环境办牵头"],
    )
    assert _rows(sheet) == [("建立政企沟通机制", ["市营商环境办"], ["市工商联"], None)]
    flat = parse_document(
        "某市责任清单\n\n序号\n重点任务\n责任单位\n完成时限\n备注\n"
        "1\n推行企业开办。\n市市场监管局、市行政审批局\n2024年6月底前\n由市行政审批局牵头\n",
        path="f.txt",
    )
    assert _rows(flat) == [("推行企业开办。", ["市行政审批局"], ["市市场监管局"], "2024-06")]


def test_a_duties_section_citing_the_tasks_by_number_gives_each_its_units():
    """三、职责分工 / 第1-3项任务由A牵头，B配合；…: before, the items were no tasks and the statement one task."""
    doc = parse_document(
        "某区城市更新工作实施方案\n\n二、重点任务\n\n"
        "1.实施老旧小区改造。10月底前全部完工。\n\n2.推进城中村改造。\n\n3.完善社区配套设施。\n\n"
        "4.加强既有建筑安全管理。\n\n三、职责分工\n\n"
        "第1-3项任务由区住房城乡建设局牵头，区财政局、各街道办事处配合；第4项任务由区住房城乡建设局、"
        "区城市管理局按职责分工负责。\n\n四、保障措施\n\n加强组织领导。\n",
        path="x.txt",
    )
    first = (["区住房城乡建设局"], ["区财政局", "各街道办事处"])
    assert [(t, leads, supports) for t, leads, supports, _ in _rows(doc)] == [
        ("实施老旧小区改造。10月底前全部完工。", *first),
        ("推进城中村改造。", *first),
        ("完善社区配套设施。", *first),
        ("加强既有建筑安全管理。", ["区住房城乡建设局", "区城市管理局"], []),
    ]
    assert [m.line for w in doc.workplans for m in w.measures] == [5, 7, 9, 11]


def test_tasks_cited_as_task_numbers_and_an_item_with_its_own_units():
    doc = parse_document(
        "某开发区工作计划\n\n一、重点工作\n\n1.开展大气污染防治。\n\n2.推进河长制。\n\n"
        "3.规范固体废物管理。（区城管局负责）\n\n二、责任分工\n\n任务1、2、3由区生态环境局牵头，各镇（街道）配合。\n",
        path="x.txt",
    )
    assert [(leads, supports) for _, leads, supports, _ in _rows(doc)] == [
        (["区生态环境局"], ["各镇（街道）"]),
        (["区生态环境局"], ["各镇（街道）"]),
        (["区城管局"], []),
    ]


def test_a_count_of_items_is_no_citation():
    """新增2项由省财政补助: a count, not task 2."""
    doc = parse_document(
        "某县方案\n\n1.推进改革。（县发改局负责）\n\n2.建设项目。\n\n3.新增重点项目5项，其中2项由省财政补助。\n",
        path="x.txt",
    )
    assert [row[0] for row in _rows(doc)] == ["推进改革。"]


def test_items_of_one_cell_each_closing_with_their_own_units_are_a_task_each():
    """1.…（县水利局负责）；2.…（县交通运输局负责） in one task cell, its lead cell empty under a merged one: before,
    one task of the lead carried from the row above."""
    doc = sheet_document(
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "稳定粮食播种面积。", "县农业农村局", "各乡镇", "2022年10月底前"],
        [
            "2",
            "1.开展农村供水保障专项行动（县水利局负责）；2.推进农村公路提质改造（县交通运输局牵头）。",
            "",
            "各乡镇",
            "2022年12月底前",
        ],
    )
    assert _rows(doc)[1:] == [
        ("开展农村供水保障专项行动", ["县水利局"], ["各乡镇"], "2022-12"),
        ("推进农村公路提质改造", ["县交通运输局"], ["各乡镇"], "2022-12"),
    ]


FIXTURES = Path(__file__).parent / "fixtures" / "round40" / "tables"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (  # a header over two rows (责任分工 over 牵头单位 | 配合单位), lead cells merged down, sub-items with units
            "merged_header_sub_items.docx",
            [
                ("稳定粮食播种面积，全年", ["县农业农村局"], ["各乡镇"], "2022-10"),
                ("新建高标准农田5万亩，", ["县农业农村局"], ["县发展改革局", "县财政局", "县水利局"], "2022-12"),
                ("开展农村供水保障专项行", ["县水利局"], ["各乡镇"], "2022-12"),
                ("推进农村公路提质改造，", ["县交通运输局"], ["各乡镇"], "2022-12"),
                ("巩固拓展脱贫攻坚成果，", ["县乡村振兴局"], ["相关部门"], None),
                ("深入推进农村人居环境整", ["县乡村振兴局"], ["县卫生健康局", "各乡镇"], "2022-11"),
            ],
        ),
        (  # one table split in two by a page break, the second part without its header; 序号 1.1, 1.2
            "split_by_page.docx",
            [
                ("推动专利法实施细则修改", ["条法司"], ["保护司", "专利局审查业务管理部"], "2021-12"),
                ("研究制定商标侵权判断标", ["保护司"], ["条法司", "商标局"], "2021-09"),
                ("开展知识产权保护中心建", ["保护司"], ["各省级知识产权局"], "2021-12"),
                ("加强海外知识产权纠纷应", ["保护司"], ["国际合作司", "中国知识产权研究会"], None),
                ("开展知识产权保护社会满", ["办公室"], ["保护司", "知识产权发展研究中心"], "2021-11"),
            ],
        ),
        (  # a title row, a two-row header, 责任领导 (people), 牵头单位 and 责任单位; a sheet of targets by district
            "ledger_and_matrix.xlsx",
            [
                ("加快推进漳州港古雷作业", ["市交通运输局"], ["古雷港经济开发区管委会", "漳州港务集团"], "2026-12"),
                ("推进九龙江北溪水利枢纽", ["市水利局"], ["市发展改革委", "市自然资源局", "长泰区政府"], "2026-06"),
                ("实施城区“口袋公园”建", ["市住建局"], ["芗城区政府", "龙文区政府"], "2026-11"),
                ("开展招商引资“攻坚年”", ["市商务局"], ["各县（区）政府", "各开发区管委会"], None),
            ],
        ),
    ],
)
def test_office_tables_read_row_by_row(name, expected):
    from reformgraph.loaders.read import read_document

    doc = read_document(FIXTURES / name)
    assert [(t[:11], leads, supports, date) for t, leads, supports, date in _rows(doc)] == expected


def test_a_pipe_tables_second_header_row_is_no_spaced_tables_header():
    """| | | 牵头单位 | 配合单位 | under 责任分工 (Markdown has one header row): before, its rows were read twice, the
    second time as a table apart by spaces with | as a unit."""
    doc = parse_document(
        "某区民生实事责任分工表\n\n"
        "| 序号 | 实事项目 | 责任分工 |  | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
        "|  |  | 牵头单位 | 配合单位 |  |\n"
        "| 1 | 新建公办幼儿园3所。 | 区教育局 | 区住建局、区自然资源局 | 2023年9月 |\n"
        "| 2 | 改造老旧小区15个。 | 区住建局 | 各街道办事处 | 2023年12月 |\n",
        path="x.md",
    )
    assert _rows(doc) == [
        ("新建公办幼儿园3所。", ["区教育局"], ["区住建局", "区自然资源局"], "2023-09"),
        ("改造老旧小区15个。", ["区住建局"], ["各街道办事处"], "2023-12"),
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "以上第1-2项任务由县发改局牵头，县财政局配合；第3项由县住建局负责。",  # 以上: no group statement over all three
        "第（1）—（2）项任务由县发改局牵头，县财政局配合；第（3）项由县住建局负责。",
        "第一、二项任务由县发改局牵头，县财政局配合；第三项由县住建局负责。",
    ],
)
def test_tasks_cited_in_other_numerals_and_after_yishang(statement):
    numbered = ("1.", "2.", "3.")
    if "（1）" in statement:
        numbered = ("（1）", "（2）", "（3）")
    elif "第一" in statement:
        numbered = ("（一）", "（二）", "（三）")
    items = "".join(f"{n}推进{x}改革。\n\n" for n, x in zip(numbered, "甲乙丙"))
    doc = parse_document(f"某县方案\n\n二、重点任务\n\n{items}三、职责分工\n\n{statement}\n", path="x.txt")
    assert [(leads, supports) for _, leads, supports, _ in _rows(doc)] == [
        (["县发改局"], ["县财政局"]),
        (["县发改局"], ["县财政局"]),
        (["县住建局"], []),
    ]


def test_a_first_listed_note_written_as_a_pipe_tables_last_row_holds_for_the_rows_above_it():
    """| 注：责任单位中排名第一的为牵头单位。 | | |: before, the convention held from that row on, for no row."""
    doc = parse_document(
        "某市重点任务清单\n\n| 序号 | 重点任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 推进政务服务标准化。 | 市政务服务中心、市大数据局 | 2024年12月底前 |\n"
        "| 注：责任单位中排名第一的为牵头单位。 |  |  |  |\n",
        path="x.md",
    )
    assert _rows(doc) == [("推进政务服务标准化。", ["市政务服务中心"], ["市大数据局"], "2024-12")]


def test_statements_numbered_themselves_are_no_items_they_cite():
    """三、职责分工 / 1.第1-2项… / 2.第3项…: before, 2.第3项 looked back to 1.第1-2项 as item 1 of its list."""
    doc = parse_document(
        "某县方案\n\n二、重点任务\n\n1.推进甲改革。\n\n2.推进乙改革。\n\n3.推进丙改革。\n\n三、职责分工\n\n"
        "1.第1-2项任务由县发改局牵头，县财政局配合。\n\n2.第3项任务由县住建局负责。\n",
        path="x.txt",
    )
    assert [(t, leads) for t, leads, _, _ in _rows(doc)] == [
        ("推进甲改革。", ["县发改局"]),
        ("推进乙改革。", ["县发改局"]),
        ("推进丙改革。", ["县住建局"]),
    ]

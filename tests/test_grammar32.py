"""Round 32 of docs/loader.md: plans a helper wrote and read by hand (session 21; /work/scratch/probe_s21 then).

- a deadline stated once for a group of tasks (after its items, or in a bracket closing its heading);
- 为主, 负主体责任, 各司其职 as role words; 会办 as a supporting label;
- 各市（州）、县（市、区）人民政府 one collective;
- the first-listed convention with 其他单位按职责分工负责 after it in a preamble's bracket; a unit carried into every
  task by 各项任务均需…落实，不再列出.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.aliases import categorize
from reformgraph.loaders.parse import parse_document
from tests.test_grammar29 import _tasks  # (line, text, leads, supports, deadline date) of every task of a text

_GROUPS = """东湖区2025年老旧小区改造工作方案
一、重点任务
（一）全面摸底调查
1.开展基础信息普查。（责任单位：区住房城乡建设局）
2.征求居民改造意愿。（责任单位：各街道办事处）
（此项工作于2025年4月底前完成）
（二）加快项目实施
3.完成管网改造。（牵头单位：区住房城乡建设局；配合单位：区水务局）
4.实施加装电梯。（牵头单位：区住房城乡建设局；配合单位：区民政局；完成时限：2025年8月底前）
上述工作于2025年11月底前完成。
（三）建立长效管理机制（2025年12月底前完成）
5.成立业主委员会。（牵头单位：区民政局）
6.引入物业服务企业。（牵头单位：区住房城乡建设局）
（四）强化资金保障
7.争取补助资金。（牵头单位：区财政局）
8.探索社会资本参与。（牵头单位：区发展改革局）
以上任务均需于2025年9月底前完成。
（五）加强宣传引导
9.开展政策宣传。（牵头单位：区委宣传部）
10.选树典型案例。（牵头单位：区住房城乡建设局）
完成时限：2025年10月底前
"""


def test_a_deadline_stated_once_for_a_group_is_each_of_its_tasks_unless_a_task_states_its_own():
    assert [(t[0], t[4]) for t in _tasks(_GROUPS)] == [
        (4, "2025-04"),
        (5, "2025-04"),
        (8, "2025-11"),
        (9, "2025-08"),  # its own field wins
        (12, "2025-12"),  # the heading's bracket
        (13, "2025-12"),
        (15, "2025-09"),
        (16, "2025-09"),
        (19, "2025-10"),  # a 完成时限 line after the last item, the end after it
        (20, "2025-10"),
    ]


def test_a_deadline_line_that_is_the_last_items_own_field_stays_that_items():
    text = (
        "某市2024年方案\n二、主要任务\n（一）深化审批制度改革\n1.调整许可事项清单。由市司法局负责，市政务服务管理局配合。\n"
        "2.推进“证照分离”改革全覆盖。\n责任单位：市市场监管局\n完成时限：2024年12月底前\n（二）提升政务服务效能\n"
    )
    assert [(t[2], t[4]) for t in _tasks(text)] == [(["市司法局"], None), (["市市场监管局"], "2024-12")]


def test_a_statement_in_the_middle_of_a_list_or_naming_units_is_no_groups_deadline():
    middle = (
        "某区2025年方案\n一、重点任务\n（一）摸底\n1.普查。（责任单位：区住建局）\n以上工作于2025年4月底前完成。\n"
        "2.征求意愿。（责任单位：区民政局）\n（二）实施\n"
    )
    assert [t[4] for t in _tasks(middle)] == [None, None]  # the list goes on after it: not the group's
    assigned = (
        "某区2025年方案\n一、重点任务\n（一）摸底\n1.普查。\n2.征求意愿。\n以上工作由区住建局负责，区民政局配合，"
        "2025年4月底前完成。\n（二）实施\n"
    )
    assert [(t[2], t[3], t[4]) for t in _tasks(assigned)] == [(["区住建局"], ["区民政局"], "2025-04")] * 2


@pytest.mark.parametrize(
    "written, lead, supports",
    [
        ("责任单位：县交通运输局为主，县财政局、县自然资源局配合", ["县交通运输局"], ["县财政局", "县自然资源局"]),
        ("（县交通运输局为主，县财政局配合）", ["县交通运输局"], ["县财政局"]),
        ("主办单位：县民政局；会办单位：县财政局、县农业农村局", ["县民政局"], ["县财政局", "县农业农村局"]),
        ("（主办：县民政局；会办：县财政局）", ["县民政局"], ["县财政局"]),
        (
            "责任单位：县水利局牵头负责，县卫生健康局、县生态环境局各司其职",
            ["县水利局"],
            ["县卫生健康局", "县生态环境局"],
        ),
        (
            "（省自然资源厅牵头，省发展改革委配合，各市（州）人民政府负主体责任）",
            ["省自然资源厅"],
            ["省发展改革委", "各市（州）人民政府"],
        ),
        ("（各市（州）人民政府负主体责任，省发展改革委配合）", ["各市（州）人民政府"], ["省发展改革委"]),
    ],
)
def test_role_words_and_labels_of_other_provinces(written, lead, supports):
    text = f"某县2025年民生实事项目实施方案\n一、项目内容\n1.新建改造农村公路50公里。\n{written}\n"
    if written.startswith("（"):
        text = f"某县2025年民生实事项目实施方案\n一、项目内容\n1.新建改造农村公路50公里。{written}\n"
    assert [t[2:4] for t in _tasks(text)] == [(lead, supports)]


@pytest.mark.parametrize(
    "written, name",
    [
        ("各市（州）、县（市、区）人民政府", "各市（州）、县（市、区）人民政府"),
        ("各市、县（市、区）人民政府", "各市、县（市、区）人民政府"),
        ("各市州、县市区人民政府", "各市州、县市区人民政府"),
    ],
)
def test_each_level_with_its_levels_in_brackets_is_one_collective(written, name):
    text = f"某省2025年方案\n一、重点任务\n1.清理政策措施。（省市场监管局牵头，{written}落实）\n"
    assert [t[2:4] for t in _tasks(text)] == [(["省市场监管局"], [name])]
    assert categorize(name) == "collective"


def test_province_owned_enterprises_are_a_collective():
    assert categorize("省属国有企业") == "collective"


def test_the_first_listed_rule_with_the_others_clause_in_a_preamble_is_no_task():
    text = (
        "2025年推动消费扩容提质重点工作分工方案\n现就有关工作分工如下（列第一位者为牵头单位，其他单位按职责分工负责）：\n"
        "一、增强消费能力\n1.实施城乡居民增收计划。（人力资源社会保障部、财政部负责）\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [(["人力资源社会保障部"], ["财政部"])]


def test_a_unit_carried_into_every_task_without_listing_it():
    text = (
        "2025年推动消费扩容提质重点工作分工方案\n现就有关工作分工如下（各项任务中，列第一位者为牵头单位，其他单位按职责"
        "分工负责。各项任务均需各地区落实，不再列出）：\n一、增强消费能力\n1.实施城乡居民增收计划。（人力资源社会保障部、财政部负责）\n"
        "2.提高基础养老金最低标准。（人力资源社会保障部负责）\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["人力资源社会保障部"], ["财政部", "各地区"]),
        (["人力资源社会保障部"], ["各地区"]),
    ]


_ISSUER_ABOVE = """青石县安全生产委员会办公室

关于印发《青石县2025年安全生产工作要点》的通知

各乡镇人民政府，县安委会各成员单位：

现将《青石县2025年安全生产工作要点》印发给你们，请认真贯彻落实。

青石县安全生产委员会办公室

2024年12月20日

青石县2025年安全生产工作要点

一、重点任务

1.修订安全生产责任清单。（牵头单位：县应急管理局；完成时限：6月底前）
"""


def test_an_issuers_name_above_a_notice_is_not_its_title_and_the_plans_year_is_the_titles():
    doc = parse_document(_ISSUER_ABOVE, path="notice.txt")
    assert doc.title == "关于印发《青石县2025年安全生产工作要点》的通知" and doc.date == "2024-12-20"
    assert [t[4] for t in _tasks(_ISSUER_ABOVE)] == ["2025-06"]  # in 2025, not in the year it was issued
    joint = "中共青石县桃源镇委员会\n\n青石县桃源镇人民政府\n\n" + _ISSUER_ABOVE.split("\n", 2)[2]
    assert parse_document(joint, path="notice.txt").title.startswith("关于印发")


def test_a_word_notices_date_gives_its_task_tables_year(tmp_path):
    import docx

    from reformgraph.loaders.read import read_document

    d = docx.Document()
    for text in (
        "江临市人民政府办公室关于印发《江临市扩大有效投资重点任务分工表》的通知",
        "各区人民政府，市政府各部门：",
        "现将《江临市扩大有效投资重点任务分工表》印发给你们，请认真贯彻执行。",
        "江临市人民政府办公室",
        "2025年2月20日",
        "附件",
    ):
        d.add_paragraph(text)
    table = d.add_table(rows=3, cols=4)
    for row, cells in zip(
        table.rows,
        (
            ("序号", "工作任务", "牵头单位", "完成时限"),
            ("1", "建立重大项目储备库", "市发展改革委", "6月底前"),
            ("2", "推行重大项目并联审批", "市政务服务管理局", "三季度末"),
        ),
    ):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    path = tmp_path / "notice.docx"
    d.save(path)
    doc = read_document(path)
    assert doc.date == "2025-02-20"
    assert [m.deadline.date for w in doc.workplans for m in w.measures] == ["2025-06", "2025-09"]


@pytest.mark.parametrize(
    "written, date, status",
    [
        ("2025年春耕前", "2025-03", "scheduled"),  # before: 2025-12, later than written
        ("春耕前", "2025-03", "scheduled"),
        ("“三夏”期间", "2025-06", "scheduled"),
        ("麦收前", "2025-05", "scheduled"),
        ("秋收前", "2025-09", "scheduled"),
        ("暑假前", "2025-07", "scheduled"),
        ("清明节前", "2025-04-04", "scheduled"),
        ("五一前", "2025-04-30", "scheduled"),
        ("冬季供暖前", "2025-11", "scheduled"),
        ("2025年供暖季前", "2025-11", "scheduled"),
        ("汛期（6月1日—9月30日）", "2025-09-30", "scheduled"),
        ("每学期开学前", None, "ongoing"),
        # a lunar holiday moves by a month: round 32 gave it no date; round 54 the month it falls in that year (2025's
        # 中秋 on 6 October)
        ("中秋节前", "2025-10", "scheduled"),
        ("元旦前", "2025-12", "scheduled"),  # round 41: before the New Year's Day that closes the plan's year
    ],
)
def test_deadlines_named_by_the_farming_year_holidays_and_seasons(written, date, status):
    from reformgraph.loaders.deadlines import parse_deadline

    found = parse_deadline(written, 2025)
    assert (found.date, found.status) == (date, status)


@pytest.mark.parametrize(
    "bracket, supports",
    [
        ("（县林业局牵头，护林员每日巡山，县公安局配合）", ["县公安局"]),
        ("（县林业局牵头，网格员全覆盖，县公安局、县应急管理局配合）", ["县公安局", "县应急管理局"]),
        ("（县林业局牵头，各乡镇负责辖区内重点林区的日常巡查和火源管控，县公安局配合）", ["各乡镇", "县公安局"]),
        ("（县林业局牵头，县公安局配合，护林员每日巡山）", ["县公安局"]),
    ],
)
def test_units_after_words_in_a_bracket_are_read(bracket, supports):
    text = f"某县2025年森林防火工作方案\n一、工作任务\n1.加强林区巡查管护。{bracket}\n"
    assert [t[2:4] for t in _tasks(text)] == [(["县林业局"], supports)]


def _sheet(tmp_path, header, row, hide=None):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["江临市2025年重点任务台账"])
    sheet.append(header)
    sheet.append(row)
    if hide:
        sheet.column_dimensions[hide].hidden = True
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    from reformgraph.loaders.read import read_document

    return [
        ([u.raw for u in m.leads], [u.raw for u in m.supports])
        for w in read_document(path).workplans
        for m in w.measures
    ]


def test_a_hidden_column_of_a_sheet_is_not_read(tmp_path):
    header = ["序号", "改革任务", "牵头单位", "配合单位", "完成时限"]
    row = ["1", "推行“一件事”集成服务", "市政务服务中心", "市数据局", "2025年8月底前"]
    assert _sheet(tmp_path, header, row) == [(["市政务服务中心"], ["市数据局"])]
    assert _sheet(tmp_path, header, row, hide="D") == [(["市政务服务中心"], [])]


@pytest.mark.parametrize("former", ["原责任单位", "调整前责任单位", "变更前牵头单位"])
def test_a_column_of_former_units_names_no_unit(tmp_path, former):
    header = ["序号", "改革任务", "责任单位", former, "完成时限"]
    row = ["1", "推行“一件事”集成服务", "市政务服务中心", "市行政审批服务局", "2025年8月底前"]
    assert _sheet(tmp_path, header, row) == [(["市政务服务中心"], [])]


_ROUND32 = Path(__file__).parent / "fixtures" / "round32"


def _read(name: str):
    from reformgraph.loaders.read import read_document

    doc = read_document(_ROUND32 / name)
    return [(w.title, [([u.raw for u in m.leads], m.deadline.date) for m in w.measures]) for w in doc.workplans]


def test_a_pdf_text_tables_section_rows_open_its_workplans():
    """pdftotext -layout of a 责任清单: a section row right under the header, one later; both set in the task
    column. Before: no task at all (the first), a row glued to the task above (the second)."""
    assert _read("pdf_text_table_section_rows.txt") == [
        ("重点行业领域安全治理", [(["县应急管理局"], "2025-04"), (["县住房和城乡建设局"], "2025-10")]),
        ("消防安全", [(["县消防救援大队"], None)]),
    ]


def test_a_pdf_text_table_goes_on_after_a_page_break_and_its_header_repeated():
    """Before: the rows after the break made a workplan titled 会, the last piece of a unit cell wrapped above it."""
    ((title, tasks),) = _read("pdf_text_table_page_break.txt")
    assert title == "青石县2025年安全生产治本攻坚重点任务责任清单" and len(tasks) == 12


def test_a_long_list_under_one_stated_deadline_is_read_in_linear_time():
    """999 items in one list (the most a 1.–999. list numbers), the deadline stated after the last: each item's look-up
    reuses the first's walk (a budget of 8 line visits per line of the plan would run out long before the last item
    otherwise: half a million)."""
    from reformgraph.loaders.group_statements import GroupStatements
    from reformgraph.loaders.source import Source

    items = [f"{k}.推进第{k}项工作。（责任单位：县发改局）" for k in range(1, 1000)]
    source = Source.from_text(
        "\n".join(["某县2025年方案", "一、重点任务", *items, "以上任务均于2025年9月底前完成。", "二、保障措施"])
    )
    group = GroupStatements(source, 2025, None)
    assert {group.deadline(line).date for line in range(3, 1002)} == {"2025-09"}
    assert group._budget > 0

"""Round 25 of docs/loader.md, besides the people a task names (tests/test_people.py): 全年 and 按季度 deadlines,
and a task that ends like a unit's name (推进企业开办 ends in 办, as 市重大办 does)."""

from __future__ import annotations

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.unit_names import is_unit_name


@pytest.mark.parametrize(
    ("raw", "date", "status"),
    [
        ("全年", "2023-12", "scheduled"),
        ("全年推进", "2023-12", "scheduled"),
        ("2024年全年", "2024-12", "scheduled"),
        ("按季度", None, "ongoing"),
        ("按月报送", None, "ongoing"),
        ("完成全年目标任务", None, None),  # 全年 not at a clause's start: no deadline
    ],
)
def test_a_deadline_of_the_whole_year_or_of_every_quarter(raw, date, status):
    got = parse_deadline(raw, 2023)
    assert (got.date, got.status) == (date, status)


def test_without_a_plan_year_the_whole_year_has_no_date():
    assert (parse_deadline("全年").date, parse_deadline("全年").status) == (None, "scheduled")


@pytest.mark.parametrize("task", ["推进企业开办", "加强社区", "深化街道", "优化营商环境办", "落实属地责任单位"])
def test_a_task_that_opens_with_its_verb_is_no_unit_name(task):
    assert not is_unit_name(task)


@pytest.mark.parametrize("unit", ["市重大办", "县企业开办服务中心", "市委组织部", "区统筹办", "研究院", "开发区管委会"])
def test_names_that_end_alike_but_open_with_a_body_stay_units(unit):
    assert is_unit_name(unit)


def test_a_text_table_row_whose_task_ends_like_a_unit_keeps_its_task():
    """Before, 推进企业开办 read as a unit cell: the row had no task and was lost."""
    doc = parse_document(
        "某县2023年重点任务分工表\n序号 工作任务 牵头单位 配合单位 完成时限\n1 推进企业开办 县市场监管局 县税务局 全年\n",
        path="plan.txt",
    )
    got = [(m.text, [u.raw for u in m.leads], m.deadline.date) for w in doc.workplans for m in w.measures]
    assert got == [("推进企业开办", ["县市场监管局"], "2023-12")]


def _read(text: str):
    doc = parse_document(text, path="plan.md")
    return [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


_PLAN = "某县2024年优化营商环境重点任务清单\n一、提升政务服务效能\n"


def test_a_headings_own_parenthetical_gives_its_units_to_the_items_under_it():
    """Before, the heading was a task, its items were lost, and the next heading joined the last item's text."""
    got = _read(
        _PLAN + "（一）深化投资审批制度改革（牵头单位：县发改局）\n1.推行项目审批“一网通办”。\n2.压缩审批时限。\n"
        "（二）优化纳税服务（牵头单位：县税务局；配合单位：县财政局）\n3.推广电子发票。\n4.推行非接触式办税。\n"
    )
    assert got == [
        ("推行项目审批“一网通办”。", ["县发改局"], []),
        ("压缩审批时限。", ["县发改局"], []),
        ("推广电子发票。", ["县税务局"], ["县财政局"]),
        ("推行非接触式办税。", ["县税务局"], ["县财政局"]),
    ]


def test_a_heading_with_its_parenthetical_and_a_paragraph_under_it_stays_the_task():
    got = _read(_PLAN + "（一）深化投资审批制度改革（牵头单位：县发改局）\n全面推行项目审批“一网通办”。\n")
    assert got == [("深化投资审批制度改革", ["县发改局"], [])]


def test_items_that_name_their_own_units_keep_them_and_the_heading_stays_a_task():
    got = _read(_PLAN + "（一）深化投资审批制度改革（牵头单位：县发改局）\n1.推行一网通办。（县政务服务中心负责）\n")
    assert [leads for _, leads, _ in got] == [["县发改局"], ["县政务服务中心"]]


def test_a_long_paragraph_that_ends_in_a_parenthetical_is_no_heading_over_a_list_after_it():
    """A stage of work (a sentence, not a heading) before an annex's numbered list: the list is no task."""
    got = _read(
        _PLAN + "（三）正式运行阶段。系统上线运行，同步开展政策解读。（责任部门：县交通局。时间节点：2025年5月）\n"
        "附件：1．申请材料清单\n2．申请表\n3．业务流程\n"
    )
    assert got == [("正式运行阶段。系统上线运行，同步开展政策解读。", ["县交通局"], [])]


@pytest.mark.parametrize(
    ("written", "leads", "supports"),
    [
        ("1.推进企业开办。【牵头单位：县市场监管局；配合单位：县税务局】", ["县市场监管局"], ["县税务局"]),
        ("1.推进企业开办。[责任单位：县市场监管局]", ["县市场监管局"], []),
        ("1.推进企业开办。【县市场监管局牵头，县税务局配合】", ["县市场监管局"], ["县税务局"]),
    ],
)
def test_an_assignment_in_square_brackets_reads_as_one_in_round_brackets(written, leads, supports):
    """Before, the task was lost (or, with a later task, its units were read into the wrong one)."""
    assert _read(_PLAN + written + "\n") == [("推进企业开办。", leads, supports)]


def test_square_brackets_that_assign_nothing_stay_as_written():
    got = _read(_PLAN + "【重点任务】\n1.推进企业开办，详见[1]。（县市场监管局负责）\n")
    assert got == [("推进企业开办，详见[1]。", ["县市场监管局"], [])]


@pytest.mark.parametrize(
    ("after", "date"),
    [("（2024年12月底前）", "2024-12"), ("（完成时限：2024年底）", "2024-12"), ("。（2024年6月）", "2024-06")],
)
def test_a_deadline_in_the_parenthetical_right_after_the_assignment(after, date):
    doc = parse_document(_PLAN + "1.深化“证照分离”。（县市场监管局牵头，县直有关部门配合）" + after + "\n", path="p.md")
    assert [m.deadline.date for w in doc.workplans for m in w.measures] == [date]


def test_a_parenthetical_after_the_assignment_that_is_no_deadline_gives_none():
    doc = parse_document(
        _PLAN + "1.推进丙。（县财政局负责）（以下简称丙）\n2.推进丁。（县财政局负责）（责任人：张三）\n",
        path="p.md",
    )
    assert [m.deadline.date for w in doc.workplans for m in w.measures] == [None, None]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("时间", "deadline"),
        ("时间进度", "deadline"),
        ("截止时间", "deadline"),
        ("进度要求", "deadline"),
        ("支持部门", "support"),
        ("预期成效", "detail"),
        ("改革内容", "task"),
        ("项目名称", "task"),
        ("开始时间", "other"),  # a start, not a deadline
        ("进展情况", "other"),  # a ledger's progress, read by `ledger import`, not a deadline (round 26: a column name)
    ],
)
def test_column_names_that_offices_use(header, kind):
    from reformgraph.loaders.tables import column_kind

    assert column_kind(header) == kind


def test_a_table_whose_deadline_column_is_named_time(tmp_path):
    from reformgraph.loaders.read import read_document

    path = tmp_path / "任务.csv"
    path.write_text("序号,任务,责任单位,时间\n1,推进企业开办,县市场监管局,2024年6月\n", encoding="utf-8")
    doc = read_document(path)
    assert [(m.text, m.deadline.date) for w in doc.workplans for m in w.measures] == [("推进企业开办", "2024-06")]


def test_a_pdfs_page_numbers_inside_a_parenthetical_are_no_part_of_it():
    """A PDF's text layer puts the page's number on a line of its own, wherever the page breaks. Before, the
    lead read 县市场—3—监管局 and the field after `配合-4-单位：` was lost."""
    got = _read(
        _PLAN + "1.推进企业开办。（牵头单位：县市场\n— 3 —\n监管局；配合单位：县税务局）\n"
        "2.推进纳税便利化。（牵头单位：县税务局；配合\n- 4 -\n单位：县财政局）\n第 5 页 共 12 页\n"
        "3.优化用地审批。（牵头单位：县自然资源局）\n"
    )
    assert got == [
        ("推进企业开办。", ["县市场监管局"], ["县税务局"]),
        ("推进纳税便利化。", ["县税务局"], ["县财政局"]),
        ("优化用地审批。", ["县自然资源局"], []),
    ]


@pytest.mark.parametrize("line", ["2024-2026", "—", "—注—", "第三页", "- 1. 建设"])
def test_lines_that_only_look_like_page_numbers_stay(line):
    from reformgraph.loaders.source import compact_lines

    assert compact_lines([line])[0] != [""]


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("十月底前", "2024-10"),
        ("十二月底前", "2024-12"),
        ("2024年十月底前", "2024-10"),  # before: 2024-12, later than written
        ("二〇二四年十二月底前", "2024-12"),
        ("十月三十一日前", "2024-10-31"),
        ("次年3月", "2025-03"),
        ("一月一次", None),  # how often, not when
    ],
)
def test_dates_in_chinese_numerals_and_the_next_year(raw, date):
    assert parse_deadline(raw, 2024).date == date


def test_a_chinese_numeral_month_after_the_units_is_their_deadline():
    doc = parse_document(_PLAN + "1.推进甲。（县发改局牵头，县财政局配合，十月底前完成）\n", path="p.md")
    assert [(m.deadline.raw, m.deadline.date) for w in doc.workplans for m in w.measures] == [
        ("十月底前完成", "2024-10")
    ]


def test_utf16_text_and_excels_unicode_text_are_read(tmp_path):
    """Notepad's "Unicode" and Excel's "Unicode text (*.txt)" save UTF-16 with a BOM; before: "binary file"."""
    from reformgraph.loaders.read import read_document

    plan = tmp_path / "方案.txt"
    plan.write_bytes((_PLAN + "1.推进甲。（县发改局牵头，县财政局配合）\n").encode("utf-16"))
    table = tmp_path / "台账.csv"
    table.write_bytes("序号\t任务\t牵头单位\t完成时限\n1\t推进企业开办\t县市场监管局\t2024年6月\n".encode("utf-16"))
    got = [
        [(m.text, [u.raw for u in m.leads]) for w in read_document(p).workplans for m in w.measures]
        for p in (plan, table)
    ]
    assert got == [[("推进甲。", ["县发改局"])], [("推进企业开办", ["县市场监管局"])]]

"""Unit names and deadlines written the way many plans write them, which the corpus did not hold (session 13).

Found by writing the common forms one per line and reading them:

- bodies whose names end in none of the usual words: 天津海关, 公安机关, 市气象台, 市广播电视台, 市科协, 市政协,
  某大学, 各镇街, 各村（社区）. A task led by one was lost (``（市海关牵头）``), a supporting one dropped;
- a deadline with no year of its own, in an annual plan (``某市2024年…工作要点``): ``6月底前``, ``年底前``,
  ``今年底前``, ``三季度末``, ``下半年``, ``明年6月底前``. After the units in a parenthetical the deadline was lost
  (``（A牵头，B配合，6月底前完成）``); in a 完成时限 field or column it had no date;
- a date typed as numbers in a field or a cell (``2024.10.31``, ``2024-10``, ``2024/9/30前``), read as the end
  of the year (2024-12), later than the plan says.

Each case fails on the loader before these rules; the near misses guard each rule's edges.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.deadlines import parse_deadline, plan_year_of
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _quick_bound, read_outline
from reformgraph.loaders.unit_names import is_unit_name


def read(task: str, title: str = "某市2024年优化营商环境工作要点") -> list[tuple]:
    """(leads, supports, deadline as written, deadline date, status) of the measure on line 3 of a small plan."""
    doc = parse_document(f"{title}\n一、重点任务\n{task}\n2.其他工作。（市财政局负责）\n", path="plan.md")
    return [
        ([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw, m.deadline.date, m.deadline.status)
        for w in doc.workplans
        for m in w.measures
        if m.line == 3
    ]


# bodies that plans name as lead or supporting units, whose names end in none of the common words
NEW_ENDINGS = ["天津海关", "市海关", "公安机关", "市气象台", "市广播电视台", "市科协", "市政协", "某大学", "各镇街"]


@pytest.mark.parametrize("unit", NEW_ENDINGS)
def test_a_body_with_an_uncommon_ending_leads_and_supports(unit):
    assert read(f"1.推进口岸通关便利化。（{unit}牵头，市商务局配合）") == [([unit], ["市商务局"], None, None, None)]
    assert read(f"1.推进口岸通关便利化。（市商务局牵头，{unit}配合）") == [(["市商务局"], [unit], None, None, None)]


def test_a_village_list_with_its_communities_in_brackets_leads():
    assert read("1.开展美丽乡村建设。（各村（社区）负责，县住建局配合）", "某县2024年工作要点") == [
        (["各村（社区）"], ["县住建局"], None, None, None)
    ]


def test_every_kind_of_body_a_plan_names_reads_as_a_unit():
    """A list of real bodies (ministries' local offices, courts, banks, people's organisations, zones, towns)."""
    bodies = Path(__file__).with_name("fixtures").joinpath("unit_names.txt").read_text(encoding="utf-8").split()
    assert len(bodies) > 140
    assert [b for b in bodies if not is_unit_name(b)] == []


@pytest.mark.parametrize(
    "words",
    ["相关", "有关", "平台", "政务服务平台", "协同", "全面完成年内目标任务", "推进农村人居环境整治"],
)
def test_words_that_are_no_body_stay_no_unit(words):
    assert not is_unit_name(words)


def test_prose_naming_villages_and_communities_gives_no_unit():
    rows = read(
        "1.推进城乡融合发展，加快农村、社区服务设施建设。（县农业农村局牵头，各镇街配合）", "某县2024年工作要点"
    )
    assert rows == [(["县农业农村局"], ["各镇街"], None, None, None)]


# ---- deadlines with no year of their own, in the plan's year -----------------------------------------

IN_PLAN_YEAR = [
    ("（市发展改革委牵头，市财政局配合，6月底前完成）", ["市财政局"], "6月底前完成", "2024-06"),
    ("（市数据局牵头，年底前完成）", [], "年底前完成", "2024-12"),
    ("（市数据局牵头，市公安局配合，今年底前完成）", ["市公安局"], "今年底前完成", "2024-12"),
    ("（市司法局牵头，三季度末前完成）", [], "三季度末前完成", "2024-09"),
    ("（市司法局牵头，第一季度）", [], "第一季度", "2024-03"),
    ("（市发展改革委牵头，下半年完成）", [], "下半年完成", "2024-12"),
    ("（市政务服务局牵头，明年6月底前）", [], "明年6月底前", "2025-06"),
    ("（市政务服务局牵头，市财政局配合，力争年内完成）", ["市财政局"], "力争年内完成", "2024-12"),
    ("（牵头单位：市发展改革委；配合单位：市财政局；完成时限：9月30日前）", ["市财政局"], "9月30日前", "2024-09-30"),
    ("责任单位：市发展改革委牵头，市财政局配合。完成时限：12月底前。", ["市财政局"], "12月底前", "2024-12"),
]


@pytest.mark.parametrize(("tail", "supports", "raw", "date"), IN_PLAN_YEAR)
def test_a_deadline_without_a_year_falls_in_the_plan_year(tail, supports, raw, date):
    [(leads, got_supports, got_raw, got_date, status)] = read(f"1.推进一网通办。{tail}")
    assert (len(leads), got_supports, got_raw, got_date, status) == (1, supports, raw, date, "scheduled")


def test_without_a_plan_year_the_deadline_is_kept_with_no_date():
    rows = read("1.推进一网通办。（市数据局牵头，市公安局配合，6月底前完成）", "某市优化营商环境工作要点")
    assert rows == [(["市数据局"], ["市公安局"], "6月底前完成", None, "scheduled")]


def test_a_title_with_two_years_takes_the_year_of_the_document_date():
    assert plan_year_of("2023—2025年行动方案", "2023-03-01") == 2023
    # round 31: a span of years is the plan's, its first year (a 2025—2027 plan issued in December 2024)
    assert plan_year_of("2023—2025年行动方案") == 2023
    assert plan_year_of("三年行动方案（2025—2027年）", "2024-12-20") == 2025
    assert plan_year_of("2024年工作总结和2025年工作计划", "2024-11-20") == 2024  # two years, no span: the date's
    # round 33: dated in December, the coming year's (here the plan's own: 2025年工作计划)
    assert plan_year_of("2024年工作总结和2025年工作计划", "2024-12-20") == 2025
    assert plan_year_of("关于印发2024年工作要点的通知") == 2024


@pytest.mark.parametrize(
    ("field", "date", "status"),
    [
        ("全面完成年内目标任务", None, None),  # 年内 inside words: no deadline
        ("每年6月底前报送", None, "ongoing"),  # recurring
        ("2023年底前", "2023-12", "scheduled"),  # a year of its own wins over the plan's
        ("3个月内", None, None),
        ("6月底前", "2024-06", "scheduled"),
    ],
)
def test_near_misses_of_a_field_without_a_year(field, date, status):
    found = parse_deadline(field, 2024)
    assert (found.raw, found.date, found.status) == (field, date, status)


# ---- dates typed as numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "date"),
    [
        ("2024.10.31", "2024-10-31"),
        ("2024-10-31", "2024-10-31"),
        ("2024/9/30前", "2024-09-30"),
        ("2024.10", "2024-10"),
        ("2024-6", "2024-06"),
        ("2024.3-2024.6", "2024-06"),
        ("2023-2025", "2025-12"),  # a span of years, not a month
        ("2023—2025年", "2025-12"),
    ],
)
def test_a_date_typed_as_numbers_reads_as_written_out(field, date):
    found = parse_deadline(field)
    assert (found.raw, found.date, found.status) == (field, date, "scheduled")


def test_a_task_table_reads_numbers_and_deadlines_without_a_year_in_the_title_year():
    table = (
        "序号,重点任务,牵头单位,配合单位,完成时限\n"
        "1,推进电子证照应用,市数据局,市公安局,6月底前\n"
        "2,优化跨境贸易,市商务局,天津海关,2024.10.31\n"
        "3,开展信用修复,市发展改革委,市市场监管局,三季度末\n"
    )
    doc = parse_bytes(table.encode(), path="某市2024年优化营商环境任务分工.csv")
    rows = [
        ([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw, m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]
    assert rows == [
        (["市数据局"], ["市公安局"], "6月底前", "2024-06"),
        (["市商务局"], ["天津海关"], "2024.10.31", "2024-10-31"),
        (["市发展改革委"], ["市市场监管局"], "三季度末", "2024-09"),
    ]


# ---- labels and prose ----------------------------------------------------------------------------------

LABELLED = [
    (
        "1.推进改革。主要负责单位：区住建局；协同单位：区自然资源局。完成时间：2024年9月",
        ["区住建局"],
        ["区自然资源局"],
        "2024-09",
    ),
    (
        "1.推进改革。（主要责任单位：区住建局；参加单位：区财政局；时间要求：6月底前）",
        ["区住建局"],
        ["区财政局"],
        "2024-06",
    ),
    ("1.推进改革。承办单位：区住建局。协作单位：区财政局。时限要求：2024年10月", ["区住建局"], ["区财政局"], "2024-10"),
    (
        "1.推进改革。（落实单位：区住建局；支持单位：区财政局；办结时限：2024.11.30）",
        ["区住建局"],
        ["区财政局"],
        "2024-11-30",
    ),
    (
        "1.推进改革。（主办部门：区住建局；协助部门：区财政局；截止日期：12月31日）",
        ["区住建局"],
        ["区财政局"],
        "2024-12-31",
    ),
]


LABELLED += [
    ("1.推进改革。（主办：区住建局；协办：区财政局）", ["区住建局"], ["区财政局"], None),
    ("1.推进改革。（责任：区住建局；时间：6月底前）", ["区住建局"], [], "2024-06"),
    ("1.推进改革。（承办：区住建局、区财政局）", ["区住建局", "区财政局"], [], None),
]


@pytest.mark.parametrize(("task", "leads", "supports", "date"), LABELLED)
def test_more_labels_name_leads_supports_and_deadlines(task, leads, supports, date):
    [(got_leads, got_supports, _, got_date, _)] = read(task)
    assert (got_leads, got_supports, got_date) == (leads, supports, date)


PROSE = [
    # the subject after the item's number
    ("1.区发展改革委牵头加强督查考核。", ["区发展改革委"], []),
    ("1.区发展改革委负责完善考核办法，区财政局配合。", ["区发展改革委"], ["区财政局"]),
    # a sentence of units and a responsible verb after the task
    ("1.加强督查考核。区发展改革委、区财政局按职责分工负责。", ["区发展改革委", "区财政局"], []),
    ("1.完善评价办法。区发展改革委负责，区财政局配合。", ["区发展改革委"], ["区财政局"]),
]


@pytest.mark.parametrize(("task", "leads", "supports"), PROSE)
def test_units_in_a_task_sentence_without_brackets(task, leads, supports):
    doc = parse_document(f"某区2024年工作要点\n一、重点任务\n{task}\n", path="plan.md")
    [m] = [m for w in doc.workplans for m in w.measures]
    assert ([u.raw for u in m.leads], [u.raw for u in m.supports]) == (leads, supports)


@pytest.mark.parametrize(
    "task",
    [
        "1.健全机制。各区（县）人民政府、市有关部门按职责分工负责。",  # collectives only: no subject in prose
        "1.完善机制。各部门要各司其职、各负其责。",
    ],
)
def test_collectives_in_prose_stay_no_assignment(task):
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_document(f"某区2024年工作要点\n一、重点任务\n{task}\n", path="plan.md")


# ---- a group's units over its numbered items -------------------------------------------------------------


def measures(plan: str) -> list[tuple[int, str, list[str], list[str]]]:
    doc = parse_document(plan, path="plan.md")
    return [
        (m.line, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports])
        for w in doc.workplans
        for m in w.measures
    ]


def test_units_under_a_heading_cover_each_numbered_item_after_them():
    plan = (
        "某市2024年营商环境优化提升行动方案\n\n一、主要任务\n"
        "（一）深化商事制度改革\n责任单位：市市场监管局、市政务服务局\n1.推进证照分离改革。\n2.推进企业登记便利化。\n"
        "（二）优化纳税服务\n牵头单位：市税务局；配合单位：市财政局\n3.推行电子发票。\n（4）压缩退税时间。\n"
    )
    assert measures(plan) == [
        (6, "推进证照分离改革。", ["市市场监管局", "市政务服务局"], []),
        (7, "推进企业登记便利化。", ["市市场监管局", "市政务服务局"], []),
        (10, "推行电子发票。", ["市税务局"], ["市财政局"]),
        (11, "压缩退税时间。", ["市税务局"], ["市财政局"]),
    ]


def test_an_item_with_units_of_its_own_keeps_them():
    plan = (
        "某市2024年营商环境优化提升行动方案\n\n一、主要任务\n（一）深化商事制度改革\n牵头单位：市市场监管局\n"
        "1.推进证照分离改革。\n2.推进企业登记便利化。（市政务服务局负责）\n"
    )
    assert [(line, leads) for line, _, leads, _ in measures(plan)] == [(6, ["市市场监管局"]), (7, ["市政务服务局"])]


def test_units_under_a_heading_with_a_paragraph_stay_the_heading_task():
    plan = (
        "某市2024年营商环境优化提升行动方案\n\n一、主要任务\n（一）深化商事制度改革\n责任单位：市市场监管局\n"
        "全面推进证照分离改革，推进企业登记便利化。\n"
    )
    assert [(text, leads) for _, text, leads, _ in measures(plan)] == [("深化商事制度改革", ["市市场监管局"])]


def test_a_group_spread_over_its_items_counts_once_in_the_outline_evidence():
    """The outline's evidence is its assignments, so that its quick bound (one per label line) stays a bound."""
    plan = (
        "某市2024年营商环境优化提升行动方案\n\n一、主要任务\n（一）深化商事制度改革\n责任单位：市市场监管局\n"
        + "".join(f"{i}.推进第{i}项改革。\n" for i in range(1, 9))
    )
    source = Source.from_text(plan)
    index = index_assignments(source)
    reading = read_outline(source, index)
    assert len(measures(plan)) == 8
    assert reading.evidence == 1 <= _quick_bound(source, index)


# ---- a header of two rows: 责任单位 merged over 牵头 | 配合 --------------------------------------------------

TWO_ROW_TASKS = [
    ("推进证照分离改革", ["市市场监管局"], ["市司法局", "市政务服务局"], "2024-06"),
    ("推行电子发票", ["市税务局"], ["市财政局"], "2024-09"),
]


def _tasks(doc) -> list[tuple[str, list[str], list[str], str | None]]:
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


def _two_row_rows() -> list[list[str]]:
    return [
        ["序号", "工作任务", "责任单位", "", "完成时限"],
        ["", "", "牵头", "配合", ""],
        ["1", "推进证照分离改革", "市市场监管局", "市司法局、市政务服务局", "2024年6月"],
        ["2", "推行电子发票", "市税务局", "市财政局", "9月底前"],
    ]


def test_a_csv_with_a_header_of_two_rows_reads_leads_and_supports():
    text = "".join(",".join(row) + "\n" for row in _two_row_rows())
    assert _tasks(parse_bytes(text.encode(), path="某市2024年任务分工表.csv")) == TWO_ROW_TASKS


def test_an_xlsx_with_merged_header_cells_reads_leads_and_supports():
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in _two_row_rows():
        ws.append([c or None for c in row])
    for merged in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        ws.merge_cells(merged)
    out = io.BytesIO()
    wb.save(out)
    assert _tasks(parse_bytes(out.getvalue(), path="某市2024年任务分工表.xlsx")) == TWO_ROW_TASKS


def test_a_docx_with_merged_header_cells_reads_leads_and_supports():
    import io

    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("某市2024年任务分工表")
    rows = _two_row_rows()
    table = word.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 2).text = "责任单位"
    out = io.BytesIO()
    word.save(out)
    assert _tasks(parse_bytes(out.getvalue(), path="plan.docx")) == TWO_ROW_TASKS


# ---- units on lines of their own in a table cell -----------------------------------------------------------


def _one_row(doc) -> tuple[list[str], list[str]]:
    [m] = [m for w in doc.workplans for m in w.measures]
    return [u.raw for u in m.leads], [u.raw for u in m.supports]


def test_units_on_lines_of_their_own_in_an_xlsx_cell_are_a_list():
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "推进证照分离改革", "市发展改革委\n（牵头）", "市司法局\n市政务服务局 市财政局", "2024年6月"])
    out = io.BytesIO()
    wb.save(out)
    assert _one_row(parse_bytes(out.getvalue(), path="tasks.xlsx")) == (
        ["市发展改革委"],
        ["市司法局", "市政务服务局", "市财政局"],
    )


def test_units_in_paragraphs_of_a_docx_cell_are_a_list():
    import io

    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("某市2024年任务分工")
    table = word.add_table(rows=2, cols=4)
    for c, value in enumerate(["序号", "重点任务", "牵头单位", "配合单位"]):
        table.cell(0, c).text = value
    for c, value in enumerate(["1", "推进证照分离改革", "市市场监管局", "市司法局"]):
        table.cell(1, c).text = value
    table.cell(1, 3).add_paragraph("市政务服务局")
    out = io.BytesIO()
    word.save(out)
    assert _one_row(parse_bytes(out.getvalue(), path="plan.docx")) == (["市市场监管局"], ["市司法局", "市政务服务局"])


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("plan.csv", '序号,重点任务,牵头单位,配合单位\n1,推进证照分离改革,市市场监管局,"市司法局\n市政务服务局"\n'),
        (
            "plan.html",
            "<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr><tr><td>1</td>"
            "<td>推进证照分离改革</td><td>市市场监管局</td><td>市司法局<br>市政务服务局</td></tr></table>",
        ),
    ],
)
def test_units_on_lines_of_their_own_in_csv_and_html_cells_are_a_list(path, data):
    assert _one_row(parse_bytes(data.encode(), path=path)) == (["市市场监管局"], ["市司法局", "市政务服务局"])


def test_a_cell_of_one_name_spelled_out_stays_one_name():
    data = "序号,重点任务,牵头单位,配合单位\n1,推进证照分离改革,市 财 政 局,市司法局\n"
    assert _one_row(parse_bytes(data.encode(), path="plan.csv")) == (["市财政局"], ["市司法局"])


# ---- names whose spaces a conversion dropped -------------------------------------------------------------


@pytest.mark.parametrize(
    ("task", "leads", "supports"),
    [
        ("1.推进改革。责任单位：市发展改革委  市财政局  市税务局", ["市发展改革委", "市财政局", "市税务局"], []),
        ("1.推进改革。（牵头单位：市税务局　配合单位：市财政局　完成时限：6月底前）", ["市税务局"], ["市财政局"]),
        ("1.推进改革。（牵头单位：市税务局 配合单位：市财政局 市人社局）", ["市税务局"], ["市财政局", "市人社局"]),
        ("1.推进改革。（天津海关天津市商务局负责）", ["天津海关", "天津市商务局"], []),
    ],
)
def test_units_apart_by_spaces_a_conversion_dropped_are_read_apart(task, leads, supports):
    [(got_leads, got_supports, *_)] = read(task)
    assert (got_leads, got_supports) == (leads, supports)


@pytest.mark.parametrize(
    "unit", ["市委市政府督查室", "区委区政府办公室", "市城市管理综合执法局", "市住房和城乡建设委员会", "市政务服务中心"]
)
def test_one_name_that_repeats_its_first_character_stays_one(unit):
    assert read(f"1.推进改革。（{unit}牵头，市财政局配合）") == [([unit], ["市财政局"], None, None, None)]


def test_a_label_after_a_unit_starts_a_field():
    """A field's label (配合单位：) starts a field after a unit name with no mark; since round 27 a role word written
    as a label (配合：) does too (``牵头：县林业局　配合：县财政局``: before, one lead ``县林业局配合：县财政局``)."""
    from reformgraph.loaders.assign import _label_after_units

    assert _label_after_units("牵头单位：市税务局配合单位：市财政局", 5, 9)
    assert _label_after_units("牵头单位：市税务局配合：市财政局", 5, 9)
    assert not _label_after_units("牵头单位：推进改革工作配合单位：市财政局", 5, 11)


# ---- HTML tables: merged cells and a title from the page ---------------------------------------------------


def test_an_html_table_with_merged_cells_reads_each_row_in_its_columns():
    page = (
        "<html><body><p>某市2024年任务分工</p><table>"
        "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>"
        '<tr><td>1</td><td>推进证照分离改革</td><td rowspan="2">市市场监管局</td><td>市司法局</td><td>6月底前</td></tr>'
        "<tr><td>2</td><td>推进登记便利化</td><td>市政务服务局</td><td>9月底前</td></tr>"
        '<tr><td colspan="5">二、提升监管效能</td></tr>'
        '<tr><td>3</td><td>开展信用修复</td><td>市发展改革委</td><td></td><td rowspan="999999999">2024年10月</td></tr>'
        "</table></body></html>"
    )
    doc = parse_bytes(page.encode(), path="plan.html")
    assert _tasks(doc) == [
        ("推进证照分离改革", ["市市场监管局"], ["市司法局"], "2024-06"),
        ("推进登记便利化", ["市市场监管局"], ["市政务服务局"], "2024-09"),  # before: 9月底前 a supporting unit
        ("开展信用修复", ["市发展改革委"], [], "2024-10"),
    ]
    assert [w.title for w in doc.workplans] == ["某市2024年任务分工", "提升监管效能"]  # before: the file's name


def test_a_csv_title_row_names_the_plan_and_its_year():
    data = "某市2024年优化营商环境重点任务分工表,,,,\n序号,重点任务,牵头单位,配合单位,完成时限\n1,推进证照分离改革,市市场监管局,市司法局,6月底前\n"
    doc = parse_bytes(data.encode(), path="tasks.csv")
    assert doc.title == "某市2024年优化营商环境重点任务分工表"  # before: tasks, the file's name
    assert _tasks(doc) == [("推进证照分离改革", ["市市场监管局"], ["市司法局"], "2024-06")]


# ---- one clause before the units ---------------------------------------------------------------------------

LEAD_IN = [
    ("1.推进改革。（2024年6月底前，市发展改革委牵头，市财政局配合）", ["市发展改革委"], ["市财政局"], "2024-06"),
    ("1.推进改革。（年底前完成；市发展改革委负责）", ["市发展改革委"], [], "2024-12"),
    ("1.推进改革。（具体办法另行制定，市发展改革委牵头）", ["市发展改革委"], [], None),
    # the units' own deadline after them wins over the clause before them
    ("1.推进改革。（分步实施，市发展改革委牵头，2024年9月底前完成）", ["市发展改革委"], [], "2024-09"),
    (
        "1.推进改革。（上半年，市发展改革委牵头，市财政局配合，2024年9月底前完成）",
        ["市发展改革委"],
        ["市财政局"],
        "2024-09",
    ),
]


@pytest.mark.parametrize(("task", "leads", "supports", "date"), LEAD_IN)
def test_a_deadline_or_words_before_the_units(task, leads, supports, date):
    [(got_leads, got_supports, _, got_date, _)] = read(task)
    assert (got_leads, got_supports, got_date) == (leads, supports, date)


@pytest.mark.parametrize(
    "task",
    [
        "1.推进改革（市财政局，具体办法另行制定）。",  # no role word anywhere
        "1.推进改革（以下简称改革，详见附件）。",  # no unit
    ],
)
def test_a_clause_before_words_that_name_no_role_gives_no_assignment(task):
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_document(f"某市2024年工作要点\n一、重点任务\n{task}\n", path="plan.md")


@pytest.mark.parametrize(
    "field", ["分年度推进", "按年度推进", "逐年推进", "逐步推进", "常抓不懈", "长效推进", "每周", "每两月"]
)
def test_gradual_and_recurring_work_is_ongoing(field):
    found = parse_deadline(field, 2024)
    assert (found.raw, found.date, found.status) == (field, None, "ongoing")


# ---- a 台账 with a broad task and its measures -----------------------------------------------------------------


def test_a_ledger_with_a_broad_task_column_and_a_measure_column_reads_each_measure():
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["某市2024年改革任务台账"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "深化商事制度改革", "推进证照分离改革全覆盖", "市市场监管局", "市司法局", "6月底前"])
    ws.append([2, None, "推行企业开办一网通办", "市政务服务局", "市市场监管局", "9月底前"])
    ws.append([3, "优化纳税服务", "推行电子发票", "市税务局", "市财政局", "年底前"])
    ws.merge_cells("B3:B4")
    out = io.BytesIO()
    wb.save(out)
    doc = parse_bytes(out.getvalue(), path="tasks.xlsx")
    # before: both rows of the first task read as 深化商事制度改革, their measures lost
    assert [(w.title, [m.text for m in w.measures]) for w in doc.workplans] == [
        ("深化商事制度改革", ["推进证照分离改革全覆盖", "推行企业开办一网通办"]),
        ("优化纳税服务", ["推行电子发票"]),
    ]


def test_with_a_category_column_a_second_task_column_still_describes_the_task():
    from reformgraph.loaders.tables import detect_columns

    # round 39 changed the first: with a category column too, the most specific level before the units is the task
    # (一级任务 | 二级任务 | 三级任务), the level between groups it
    assert detect_columns(["类别", "重点任务", "具体措施", "牵头单位"]).kinds == ("section", "detail", "task", "lead")
    assert detect_columns(["重点任务", "牵头单位", "工作措施"]).kinds == ("task", "lead", "detail")  # after the units

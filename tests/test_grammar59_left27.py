"""Round 59, left27: the left-overs of this round's first helpers (the first-listed convention in other words, a 汇总
sheet listing tasks its 领域 sheets do not, a task list in a Word cell under a sub-heading of no number): the rules the
plans of tests/fixtures/round59/left27 asked for, each with its guards."""

from __future__ import annotations

import io

import docx
import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.sheets import document_from_sheets
from reformgraph.loaders.vocab import search_first_listed


def _rows(doc) -> list[tuple]:
    return [
        (m.line, m.text[:6], [u.raw for u in m.leads], [u.raw for u in m.supports])
        for wp in doc.workplans
        for m in wp.measures
    ]


# ---- the first-listed convention in other words -------------------------------------------------------------------

_STATEMENTS = [
    "排名第一者牵头",
    "排序第一的单位牵头",
    "首列单位为牵头单位",
    "（第一家为牵头单位）",
    # read before (round 39, round 57): the same reading
    "排在首位的为牵头单位",
    "第一个单位为牵头单位",
    "名列第一的为牵头单位",
]


@pytest.mark.parametrize("statement", _STATEMENTS)
def test_each_wording_states_the_first_listed_convention(statement):
    assert search_first_listed(f"（各项任务的责任单位中，{statement}，其余单位按职责分工负责）") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年考核中，排在第一位的是路面技术状况指标。",
        "各乡镇乡镇长为本辖区第一责任人。",
        "第一批示范路段全部通过验收。",
        "由考核排名第一的单位牵头承办现场观摩会。",  # a unit ranked first doing a task: 牵头 does not close the clause
        "支持行业第一家企业牵头组建创新联盟。",
        "全国首列氢能源列车在我市下线。",
    ],
)
def test_a_sentence_ranking_something_else_first_states_no_convention(sentence):
    assert search_first_listed(sentence) is None


def _read(text: str) -> list[tuple]:
    return _rows(parse_document(text, path="plan.txt"))


@pytest.mark.parametrize(
    "statement", ["排名第一者牵头", "排序第一的单位牵头", "首列单位为牵头单位", "第一家为牵头单位"]
)
def test_the_convention_in_a_preamble_gives_each_list_its_first_unit_as_lead(statement):
    # before: every unit of a 责任单位 list led
    text = (
        "某县2026年农村公路养护工作方案\n\n二、重点任务\n"
        f"（各项任务的责任单位中，{statement}，其余单位按职责分工负责）\n"
        "1.落实县乡村三级路长制。（责任单位：县交通运输局、各乡镇人民政府）\n"
        "2.开展危桥改造。（责任单位：县财政局、县交通运输局）\n"
    )
    assert _read(text) == [
        (5, "落实县乡村三", ["县交通运输局"], ["各乡镇人民政府"]),
        (6, "开展危桥改造", ["县财政局"], ["县交通运输局"]),
    ]


@pytest.mark.parametrize(
    "parenthetical",
    [
        "（市商务局、市财政局负责，第一家为牵头单位，下同）",
        "（责任单位：市商务局、市财政局。首列单位为牵头单位）",  # before: 首列单位 read as the lead
        "（市商务局、市财政局负责，排名第一者牵头，下同）",
    ],
)
def test_the_convention_in_a_tasks_parenthetical_holds_for_it_and_later_lists(parenthetical):
    text = f"某市夜间经济措施分工\n\n1.认定示范街区。{parenthetical}\n2.延长营业时间。（市商务局、各区人民政府负责）\n"
    assert _read(text) == [
        (3, "认定示范街区", ["市商务局"], ["市财政局"]),
        (4, "延长营业时间", ["市商务局"], ["各区人民政府"]),
    ]


def test_a_ranking_sentence_in_the_preamble_leaves_every_listed_unit_leading():
    # guard: 排在第一位的是… and 第一责任人 state nothing; a 责任单位 list with no convention: all lead (SPEC)
    text = (
        "某县2026年工作方案\n\n全市考核中排在第一位的是路面指标，乡镇长为第一责任人。\n"
        "1.开展危桥改造。（责任单位：县交通运输局、县财政局）\n"
    )
    assert _read(text) == [(4, "开展危桥改造", ["县交通运输局", "县财政局"], [])]


def test_a_header_cell_stating_the_convention_by_its_first_column_unit():
    text = (
        "某区背街小巷整治方案\n\n| 序号 | 整治内容 | 责任单位（首列单位为牵头单位） | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 修复破损路面 | 区住房城乡建设局、区城市管理局 | 2026年8月底前 |\n"
    )
    assert _rows(parse_document(text, path="plan.md")) == [(5, "修复破损路面", ["区住房城乡建设局"], ["区城市管理局"])]


# ---- a 汇总 sheet listing every task, 领域 sheets some of them -----------------------------------------------------------

_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_INDUSTRY = [
    ["1", "推进零部件产业园二期建设。", "市发展改革委", "高新区管委会", "2026年9月底前"],
    ["2", "实施制造业技术改造项目30个。", "市工业和信息化局", "市财政局", "2026年12月底前"],
    ["3", "培育省级专精特新中小企业20家。", "市工业和信息化局", "市科技局", "2026年11月底前"],
]


def _book(*named):
    return document_from_sheets(list(named), path="book.xlsx", key="book", sha256="0")


def _summary(rows):
    return [["某市2026年重点项目推进任务汇总表"], ["序号", "领域", *_HEADER[1:]]] + [
        [row[0], "产业发展", *row[1:]] for row in rows
    ]


def test_a_summary_sheets_task_no_field_sheet_lists_is_read_from_it():
    # before: the 汇总 sheet was left out whole beside sheets holding tasks, its task 2 lost
    doc = _book(
        ("汇总", _summary(_INDUSTRY)),
        ("产业发展", [["产业发展领域重点任务"], _HEADER, _INDUSTRY[0], _INDUSTRY[2]]),
    )
    assert _rows(doc) == [
        (4, "实施制造业技", ["市工业和信息化局"], ["市财政局"]),
        (3, "推进零部件产", ["市发展改革委"], ["高新区管委会"]),
        (4, "培育省级专精", ["市工业和信息化局"], ["市科技局"]),
    ]


def test_a_summary_sheet_whose_tasks_the_field_sheets_all_list_gives_none_again():
    # guard (files24/02): each task read once, from its 领域 sheet
    doc = _book(("汇总", _summary(_INDUSTRY)), ("产业发展", [["产业发展领域重点任务"], _HEADER, *_INDUSTRY]))
    assert [row[0] for row in _rows(doc)] == [3, 4, 5]


def test_a_summary_sheet_of_counts_beside_the_task_sheet_is_still_left_out():
    # guard (round 38): a sheet repeating no task of the others is counts over them, whatever its long cells
    counts = [["序号", "牵头部门", "任务总数"], ["1", "市工业和信息化局工业投资科", "2"], ["2", "东湖街道", "1"]]
    assert len(_rows(_book(("产业发展", [_HEADER, *_INDUSTRY]), ("汇总", counts)))) == 3
    with pytest.raises(DocumentError):
        _book(("汇总", counts))


# ---- a task list in a Word cell under a sub-heading of no number (probed: read right as it came) -------------------


def test_a_list_cell_opening_with_a_sub_heading_reads_each_item():
    document = docx.Document()
    document.add_paragraph("某镇2026年防汛备汛工作方案")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "序号", "工作任务及责任分工"
    table.rows[1].cells[0].text = "1"
    cell = table.rows[1].cells[1]
    cell.text = "隐患排查："
    for line in (
        "1.开展隐患排查。",
        "牵头单位：镇应急管理办",
        "配合单位：各村（社区）",
        "2.建立隐患台账。",
        "牵头单位：镇水利站",
    ):
        cell.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    doc = read_docx(out.getvalue(), path="plan.docx", key="plan", sha256="0")
    assert _rows(doc) == [
        (5, "开展隐患排查", ["镇应急管理办"], ["各村（社区）"]),
        (8, "建立隐患台账", ["镇水利站"], []),
    ]

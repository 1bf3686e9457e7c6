"""Round 59, files24: office files as portals publish them (a notice with a 责任领导 annex, a workbook of a 汇总 sheet
and one sheet per 领域, restarted 序号, a printed PDF, a nested portal page, a task list inside a Word cell): the rules
the plans of tests/fixtures/round59/files24 asked for, each with its guards."""

from __future__ import annotations

import io

import docx
import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.sheets import document_from_sheets


def _rows(doc) -> list[tuple]:
    return [
        (m.line, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for wp in doc.workplans
        for m in wp.measures
    ]


# ---- a task list inside a Word table's cell: the item's words start at its number ----------------------------------


def _list_in_cell(cells_before: tuple[str, ...], items: list[list[str]], header: tuple[str, ...]) -> bytes:
    """A Word plan whose table's last cell holds each item's paragraphs (its words, then one a field)."""
    document = docx.Document()
    document.add_paragraph("某镇2026年森林防灭火工作方案")
    document.add_paragraph("二、重点任务")
    table = document.add_table(rows=2, cols=len(header))
    for cell, name in zip(table.rows[0].cells, header):
        cell.text = name
    cells = table.rows[1].cells
    for cell, value in zip(cells, cells_before):
        cell.text = value
    paragraphs = [line for item in items for line in item]
    cells[-1].text = paragraphs[0]
    for line in paragraphs[1:]:
        cells[-1].add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_ITEMS = [
    [
        "1.设置临时检查站，严查火种进山。",
        "牵头单位：镇应急管理办",
        "配合单位：各村（社区）",
        "完成时限：2026年3月31日前",
    ],
    ["2.落实野外用火审批制度。", "牵头单位：镇农业综合服务中心", "完成时限：长期坚持"],
]


def test_a_numbered_list_in_a_cell_reads_each_item_from_its_number():
    # before: the header row and the row's 序号 and 类别 cells were the first item's words
    # (序号类别工作任务及责任分工一火源管控1.设置临时检查站…), the cells and the item sharing one line of the text
    data = _list_in_cell(("一", "火源管控"), _ITEMS, ("序号", "类别", "工作任务及责任分工"))
    doc = read_docx(data, path="plan.docx", key="plan", sha256="0")
    assert _rows(doc) == [
        (6, "设置临时检查站，严查火种进山。", ["镇应急管理办"], ["各村（社区）"], "2026-03-31"),
        (10, "落实野外用火审批制度。", ["镇农业综合服务中心"], [], None),
    ]


def test_a_cell_of_paragraphs_with_no_number_stays_on_its_rows_line():
    # guard: a cell of several paragraphs that opens with no item's number is a row's cell as before (its row one
    # line, the cells two spaces apart)
    from reformgraph.loaders.formats_docx import _row_line

    assert (
        _row_line(["一", "火源管控", "设置临时检查站。\n严查火种进山。"])
        == "一  火源管控  设置临时检查站。\n严查火种进山。"
    )
    assert _row_line(["1", "设置临时检查站。", "镇应急管理办"]) == "1  设置临时检查站。  镇应急管理办"


def test_a_numbered_cell_first_in_its_row_opens_the_rows_line():
    # guard: an item's cell with nothing before it is the row's line as before
    from reformgraph.loaders.formats_docx import _row_line

    assert _row_line(["", "1.设置临时检查站。\n牵头单位：镇应急管理办"]) == "1.设置临时检查站。\n牵头单位：镇应急管理办"


# ---- a 汇总 sheet: the tasks when it is the workbook's one list of them -----------------------------------------------

_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_HOUSING = [
    ["1", "实施城镇老旧小区改造。", "市住房城乡建设局", "市财政局", "2026年11月底前"],
    ["2", "推进城中村改造。", "市住房城乡建设局", "各区人民政府", "2026年12月底前"],
]
_WATER = [["1", "更新改造城市供水管网35公里。", "市水务局", "市城市管理局", "2026年10月底前"]]


def _book(*named):
    return document_from_sheets(list(named), path="book.xlsx", key="book", sha256="0")


def test_a_summary_sheet_holding_the_one_task_list_is_read():
    # before: a sheet named 汇总表 was read as counts over the others (round 38) and left out, and the workbook was
    # refused (no sheet holds a task table)
    notes = [["填报说明"], ["1.本表由各牵头单位填报，县政府办公室汇总。"]]
    summary = [["某市2026年城市更新重点任务汇总表"], _HEADER, *_HOUSING]
    doc = _book(("填报说明", notes), ("汇总表", summary))
    assert [row[:3] for row in _rows(doc)] == [
        (3, "实施城镇老旧小区改造。", ["市住房城乡建设局"]),
        (4, "推进城中村改造。", ["市住房城乡建设局"]),
    ]
    assert doc.title == "某市2026年城市更新重点任务汇总表"


def test_a_summary_sheet_repeating_the_fields_sheets_gives_each_task_once_from_its_field():
    # the 汇总 sheet first, listing every task again with its 领域: the tasks are the 领域 sheets' (their titles the
    # workplans'), each once, as before
    summary = [["序号", "领域", "重点任务", "牵头单位", "配合单位", "完成时限"]] + [
        [str(k), field, *row[1:]]
        for k, (field, row) in enumerate([("住房改善", r) for r in _HOUSING] + [("基础设施", r) for r in _WATER], 1)
    ]
    doc = _book(
        ("汇总", summary),
        ("住房改善", [["住房改善领域重点任务"], _HEADER, *_HOUSING]),
        ("基础设施", [["基础设施领域重点任务"], _HEADER, *_WATER]),
    )
    assert [(wp.title, [m.line for m in wp.measures]) for wp in doc.workplans] == [
        ("住房改善领域重点任务", [3, 4]),
        ("基础设施领域重点任务", [3]),
    ]


def test_a_summary_sheet_of_counts_still_gives_no_task():
    # guard (round 38): a 汇总 of counts over the others names no task, before or after them
    counts = [["序号", "街道", "任务总数", "牵头区级部门"], ["1", "东湖街道", "1", "区住房城乡建设局"]]
    for order in (
        (("汇总", counts), ("住房改善", [_HEADER, *_HOUSING])),
        (("住房改善", [_HEADER, *_HOUSING]), ("汇总", counts)),
    ):
        assert [row[1] for row in _rows(_book(*order))] == ["实施城镇老旧小区改造。", "推进城中村改造。"]


def test_a_workbook_of_a_summary_of_counts_alone_is_still_refused():
    counts = [["序号", "街道", "任务总数", "已完成"], ["1", "东湖街道", "3", "1"]]
    with pytest.raises(DocumentError):
        _book(("汇总", counts))


# ---- the same list in a web page's cell, its lines broken by <br> -------------------------------------------------------


def _page(list_cell: str, before: str = "<td>一</td><td>火源管控</td>") -> bytes:
    return (
        "<html><body><p>某镇2026年森林防灭火工作方案</p><p>二、重点任务</p><table border=1>"
        "<tr><td>序号</td><td>类别</td><td>工作任务及责任分工</td></tr>"
        f"<tr>{before}<td>{list_cell}</td></tr></table></body></html>"
    ).encode()


def test_a_numbered_list_in_a_page_cell_reads_each_item_from_its_number():
    # before: 一火源管控1.设置临时检查站… (the row's 序号 and 类别 cells the first item's words)
    from reformgraph.loaders.read import parse_bytes

    cell = "1.设置临时检查站。<br>牵头单位：镇应急管理办<br>完成时限：2026年3月31日前<br>2.落实野外用火审批制度。<br>牵头单位：镇派出所"
    doc = parse_bytes(_page(cell), path="page.html")
    assert [row[:3] for row in _rows(doc)] == [
        (6, "设置临时检查站。", ["镇应急管理办"]),
        (9, "落实野外用火审批制度。", ["镇派出所"]),
    ]


def test_a_page_cell_of_lines_with_no_number_stays_on_its_rows_line():
    # guard: a cell of <br> lines that opens with no item's number is read as before (the row one line)
    from reformgraph.loaders.formats_html import html_content

    lines = html_content(_page("设置临时检查站。<br>牵头单位：镇应急管理办"), path="page.html")[0]
    assert "一  火源管控  设置临时检查站。" in lines

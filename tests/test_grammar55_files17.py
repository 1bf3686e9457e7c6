"""Round 55, files17: the office-format left-overs of round 54.

The files are made by ``tests/fixtures/round55/files17/make_fixtures.py``; each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/round55_files17.md), each with a guard.
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_pdf import read_pdf
from reformgraph.loaders.pdf_spill import side_by_side
from reformgraph.loaders.read import read_document
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import one_task_page

FIXTURES = Path(__file__).parent / "fixtures" / "round55" / "files17"
BOLD = "注：责任单位中字体加粗的为牵头单位，其余为配合单位。"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _fixtures():
    spec = importlib.util.spec_from_file_location("files17_fixtures", FIXTURES / "make_fixtures.py")
    fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixtures)
    return fixtures


# ---- stroked text in a ruled PDF table ----------------------------------------------------------------------------


def _table_roles(legend: str, units: list[tuple[str, bool | int]]) -> list:
    rows = [
        ("1", "推进政务云资源整合，完成系统迁移。", units, "2026年6月底前"),
        ("2", "开展数据资源普查。", [("区数据局", False), ("区统计局", False)], "2026年9月底前"),
    ]
    data = _fixtures().table_pdf(["某区2026年数字政府建设重点任务分工", legend], rows)
    return roles(read_pdf(data, path="t.pdf", key="t", sha256="0"))


def test_units_drawn_stroked_in_a_ruled_table_lead_under_a_bold_legend():
    # before: pdfplumber's characters kept no render mode: the stroked lead was plain and every unit led
    got = _table_roles(BOLD, [("区数据局", True), ("区财政局", False), ("区政务服务中心", True)])
    assert got == [(["区数据局", "区政务服务中心"], ["区财政局"]), (["区数据局", "区统计局"], [])]


def test_stroked_table_text_guards():
    units = [("区数据局", True), ("区财政局", False)]
    assert _table_roles(PLAIN, units)[0] == (["区数据局", "区财政局"], [])  # no legend
    assert _table_roles(BOLD, [("区数据局", False), ("区财政局", False)])[0] == (["区数据局", "区财政局"], [])
    for mode in (3, 7):  # invisible (a scan's OCR layer), clipping only: not stroked
        assert _table_roles(BOLD, [("区数据局", mode), ("区财政局", False)])[0] == (["区数据局", "区财政局"], [])
    font = "注：责任单位中黑体字为牵头单位，其余为配合单位。"  # a font legend: the render mode says nothing
    assert _table_roles(font, units)[0] == (["区数据局", "区财政局"], [])


def test_a_pdfplumber_whose_internals_moved_reads_the_table_as_before_round_55(monkeypatch):
    # ``stroked_layout`` reaches into pdfplumber's and pdfminer's internals; a release that moves them must not fail the
    # read: the table is read from pdfplumber's own layout, the stroked units plain (every unit leads, as before)
    from reformgraph.loaders import pdf_formats

    def moved():
        raise AttributeError("PDFPageAggregatorWithMarkedContent")

    monkeypatch.setattr(pdf_formats, "_stroked_device", moved)
    got = _table_roles(BOLD, [("区数据局", True), ("区财政局", False), ("区政务服务中心", True)])
    assert got[0] == (["区数据局", "区财政局", "区政务服务中心"], [])


# ---- a ruled sheet printed wider than a page -----------------------------------------------------------------------


def test_a_ruled_sheet_printed_too_wide_is_read_row_by_row():
    # before: refused (round 42's one-line message): its columns are on three pages
    doc = read_document(FIXTURES / "02-county-spilled-ruled-ledger.pdf")
    assert roles(doc)[0] == (["县应急管理局"], ["县公安局", "县市场监管局"])
    # guard: a sheet printed with no borders has no rows to put side by side: refused as before
    with pytest.raises(DocumentError, match="a table's columns are printed on separate pages"):
        read_document(Path(__file__).parent / "fixtures" / "round42" / "files3" / "04-district-ledger-spill.pdf")


def test_pages_whose_rows_differ_in_height_are_not_put_side_by_side():
    class Row:
        def __init__(self, top):
            self.bbox = (0, top, 1, top + 10)

    class Table:
        def __init__(self, tops, cells):
            self.rows, self.cells = [Row(t) for t in tops], cells

        def extract(self):
            return self.cells

    first = Table([80, 95, 140], [["序号"], ["1"], ["2"]])
    assert side_by_side([first, Table([80, 95, 140], [["牵头单位"], ["甲"], ["乙"]])]) == [
        ["序号", "牵头单位"],
        ["1", "甲"],
        ["2", "乙"],
    ]
    assert side_by_side([first, Table([80, 110, 140], [["牵头单位"], ["甲"], ["乙"]])]) is None  # heights differ
    assert side_by_side([first, Table([80, 95], [["牵头单位"], ["甲"]])]) is None  # rows differ
    assert side_by_side([first]) is None  # one page: nothing spilled


# ---- a 备注 column holding the only time words ---------------------------------------------------------------------


def _deadlines(header: list[str], rows: list[list[str]]) -> list:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [header, *rows])
    page = f"<html><head><meta charset='utf-8'></head><body><p>某县2026年重点任务分工</p><table>{cells}</table></body></html>"
    doc = read_html(page.encode(), path="t.html", key="t", sha256="0")
    return [(m.deadline.raw, m.deadline.status) for w in doc.workplans for m in w.measures]


def test_a_note_column_gives_the_deadline_when_the_table_has_none():
    # before: a 备注 was never read for a deadline: no task had one
    header = ["序号", "工作任务", "牵头单位", "配合单位", "备注"]
    rows = [
        ["1", "制定实施方案。", "县委网信办", "县数据局", "2026年6月底前"],
        ["2", "推进5G网络覆盖。", "县工业和信息化局", "县财政局", "按季度推进"],
        ["3", "建设数据平台。", "县农业农村局", "县数据局", "2026年9月底前完成验收"],
    ]
    assert _deadlines(header, rows) == [
        ("2026年6月底前", "scheduled"),
        ("按季度推进", "ongoing"),
        ("2026年9月底前", "scheduled"),
    ]


def test_a_note_gives_no_deadline_beside_a_deadline_column_or_with_other_words():
    header = ["序号", "工作任务", "牵头单位", "完成时限", "备注"]  # guard: a 完成时限 column decides (round 54)
    rows = [["1", "制定实施方案。", "县委网信办", "2026年12月底前", "2026年6月底前"]]
    assert _deadlines(header, rows) == [("2026年12月底前", "scheduled")]
    header = ["序号", "工作任务", "牵头单位", "备注"]  # guards: a note of other words, a period inside a clause
    rows = [
        ["1", "建设数据平台。", "县农业农村局", "已纳入省级试点"],
        ["2", "培训。", "县商务局", "由县财政局按季度拨付"],
    ]
    assert _deadlines(header, rows) == [(None, None), (None, None)]


# ---- a Word table style's bands counted on the grid, bands of several columns ----------------------------------------

_STYLE = """<w:style {ns} w:type="table" w:styleId="Bands">
  <w:name w:val="Bands"/><w:tblPr>{size}</w:tblPr>
  <w:tblStylePr w:type="band2Vert"><w:rPr><w:b/></w:rPr></w:tblStylePr>
</w:style>"""


def _banded_roles(size: int, spans: tuple[int, ...], *, before: int = 0) -> list:
    """A one-task Word table (序号 | 重点任务 | 责任单位 under a bold legend) in a style bolding its even column bands of
    ``size`` columns, its cells spanning ``spans`` grid columns, ``before`` grid columns left empty before each row."""
    document = docx.Document()
    tag = f'<w:tblStyleColBandSize w:val="{size}"/>' if size != 1 else ""
    document.styles.element.append(parse_xml(_STYLE.format(ns=nsdecls("w"), size=tag)))
    document.add_paragraph(BOLD)
    table = document.add_table(rows=2, cols=sum(spans) + before)
    table.style = document.styles["Bands"]
    look = parse_xml(f'<w:tblLook {nsdecls("w")} w:firstRow="0" w:firstColumn="0" w:noVBand="0" w:noHBand="1"/>')
    for old in table._tbl.tblPr.findall(qn("w:tblLook")):
        table._tbl.tblPr.remove(old)
    table._tbl.tblPr.append(look)
    for row, texts in zip(
        table.rows, (("序号", "重点任务", "责任单位"), ("1", "推进政务云资源整合。", "")), strict=True
    ):
        tr = row._tr
        cells = tr.findall(qn("w:tc"))
        for tc in cells[:before]:
            tr.remove(tc)
        if before:
            tr.insert(0, parse_xml(f'<w:trPr {nsdecls("w")}><w:gridBefore w:val="{before}"/></w:trPr>'))
        at = 0
        for span, text in zip(spans, texts, strict=True):
            tc = tr.findall(qn("w:tc"))[at]
            for extra in tr.findall(qn("w:tc"))[at + 1 : at + span]:
                tr.remove(extra)
            if span > 1:
                tc.get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="{span}"/>'))
            paragraph = docx.table._Cell(tc, table).paragraphs[0]
            if text:
                paragraph.add_run(text)
            elif texts[0] == "1":
                paragraph.add_run("区数据局")
                paragraph.add_run("、区财政局").bold = False
            at += 1
    out = io.BytesIO()
    document.save(out)
    return roles(read_docx(out.getvalue(), path="t.docx", key="t", sha256="0"))


def test_a_band_counts_the_grid_columns_a_cell_spans():
    # 序号 | 重点任务 (two grid columns) | 责任单位: the units on grid column 3 (band 2, bold); before, its place among
    # the row's cells (3rd, band 1): plain, both units led
    assert _banded_roles(1, (1, 2, 1)) == [(["区数据局"], ["区财政局"])]
    # and a row's grid columns left empty before its first cell (w:gridBefore)
    assert _banded_roles(1, (1, 1, 1), before=1) == [(["区数据局"], ["区财政局"])]
    # guard: no span: the third cell is band 1, plain
    assert _banded_roles(1, (1, 1, 1)) == [(["区数据局", "区财政局"], [])]


def test_a_band_of_the_style_counts_its_size_in_columns():
    # bands of two columns: 序号 and 重点任务 band 1, 责任单位 band 2 (bold); before, one column a band (band 1)
    assert _banded_roles(2, (1, 1, 1)) == [(["区数据局"], ["区财政局"])]
    # guard: bands of three columns: all three cells in band 1, plain
    assert _banded_roles(3, (1, 1, 1)) == [(["区数据局", "区财政局"], [])]


# ---- CSS !important and the font shorthand -------------------------------------------------------------------------


def _page_roles(sheet: str, cells: str, legend: str = BOLD) -> list:
    page = one_task_page(sheet, f"<td class='dw'>{cells}</td>", legend, table="class='rw'", around="id='content'")
    return roles(read_html(page, path="t.html", key="t", sha256="0"))


def test_an_important_declaration_outweighs_a_more_specific_rule():
    # before: the more specific normal rule decided: no unit bold, both led
    sheet = "#content .rw td.dw span {font-weight: normal} .zb {font-weight: bold !important}"
    cells = "<span class='zb'>区数据局</span>、<span>区财政局</span>"
    assert _page_roles(sheet, cells) == [(["区数据局"], ["区财政局"])]
    # guards: without !important the more specific rule decides; an inline style's !important outweighs the sheet's
    assert _page_roles(sheet.replace(" !important", ""), cells) == [(["区数据局", "区财政局"], [])]
    inline = "<span class='zb' style='font-weight: normal !important'>区数据局</span>、<span>区财政局</span>"
    assert _page_roles(sheet, inline) == [(["区数据局", "区财政局"], [])]


def test_the_font_shorthand_sets_the_weight_and_the_family():
    # before: the shorthand was not read: <em> was plain and <strong> bold
    sheet = "td.dw em {font: normal bold 16px/1.8 仿宋} td.dw strong {font: 16px/1.8 仿宋}"
    cells = "<em>区数据局</em>、<strong>区财政局</strong>"
    assert _page_roles(sheet, cells) == [(["区数据局"], ["区财政局"])]
    hei = "注：责任单位中黑体字为牵头单位，其余为配合单位。"  # under a font legend, the shorthand's family
    sheet = ".dw span {font: 16px 仿宋} .dw .q {font: bold 16px 黑体}"
    assert _page_roles(sheet, "<span class='q'>区数据局</span>、<span>区财政局</span>", hei) == [
        (["区数据局"], ["区财政局"])
    ]
    # guards: a shorthand with no size (a system font) is left out; a later longhand after the shorthand decides
    assert _page_roles("td.dw strong {font: caption}", cells) == [(["区财政局"], ["区数据局"])]
    sheet = "td.dw em {font: bold 16px 仿宋; font-weight: normal}"
    assert _page_roles(sheet, cells) == [(["区财政局"], ["区数据局"])]

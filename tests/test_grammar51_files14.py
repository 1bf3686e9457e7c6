"""Round 51, files14: a unit's role carried by formatting in the formats rounds 48–50 left unread.

The files are made by ``tests/fixtures/round51/files14/make_fixtures.py`` (three PDFs printed by LibreOffice from
Word files under a bold legend: a ruled table whose leads are in a bold face, paragraphs whose leads are in a
synthetic bold, a table whose unit cells wrap; an .xls saved by Calc whose 责任单位 cells are rich text; a Word table
bold through its table style; a page of ``<th>`` header cells and ``<h2>``/``<h3>`` headings); each file's expected
reading is its ``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser
ran. The focused tests below are small inputs of each rule (docs/round51_files14.md), each with a guard.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from reformgraph.loaders import formats_pdf
from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_pdf import read_pdf
from reformgraph.loaders.formats_xls import read_xls
from reformgraph.loaders.pdf_formats import font_in_format, format_spans, marked_cell, marked_page
from reformgraph.loaders.run_formats import RunLegend
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import CALC_MISSING, libreoffice_calc, libreoffice_copy

FIXTURES = Path(__file__).parent / "fixtures" / "round51" / "files14"
BOLD = "注：加粗的为牵头单位，其余为配合单位。"
PLAIN = "现将重点任务分解如下。"
SOFFICE_MISSING = "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _read(name: str, reader):
    return reader((FIXTURES / name).read_bytes(), path=name, key=name, sha256="0")


# ---- a PDF's units drawn in the legend's format ----------------------------------------------------------------------


def test_a_pdf_tables_units_in_a_bold_face_lead():
    read_roles = roles(_read("01-county-bold-face-table.pdf", read_pdf))
    assert read_roles[0] == (["县政务服务中心"], ["县数据局"])  # before: both led (the bold face was not read)
    assert read_roles[2] == (["县市场监管局", "县财政局"], ["县发展改革局"])
    assert read_roles[5] == (["县发展改革局", "县市场监管局"], [])  # no unit bold: every unit leads (round 47)


def test_a_pdf_paragraphs_units_in_a_synthetic_bold_lead_even_broken_at_a_lines_end():
    read_roles = roles(_read("02-district-synthetic-bold-prose.pdf", read_pdf))
    assert read_roles[0] == (["区城市管理局"], ["各街道办事处"])
    assert read_roles[2] == (["区交通运输局", "区公安分局"], ["各街道办事处"])  # 区 / 交通运输局: one name, bold
    assert read_roles[3] == (["区园林绿化局"], ["区财政局"])


def test_a_bold_lead_wrapped_in_a_narrow_cell_is_marked_whole():
    read_roles = roles(_read("03-city-wrapped-cells.pdf", read_pdf))
    assert read_roles[1] == (["市发展和改革委员会（市粮食和物资储备局）"], ["市财政局"])
    assert read_roles[3] == (["市公安局"], ["市市场监督管理局", "市人民检察院"])


def _pdf(legend: str, tmp: Path) -> bytes:
    """A plan printed to PDF by LibreOffice: a paragraph under ``legend``, its lead a bold run."""
    document = docx.Document()
    document.add_paragraph("某县2026年重点任务")
    paragraph = document.add_paragraph("（一）推进政务云资源整合。（责任单位：")
    paragraph.add_run("县数据局").bold = True
    paragraph.add_run("、县财政局）")
    document.add_paragraph(legend)
    src = tmp / "plan.docx"
    document.save(src)
    libreoffice_copy(src, "pdf", tmp / "plan.pdf")
    return (tmp / "plan.pdf").read_bytes()


@pytest.mark.skipif(shutil.which("soffice") is None, reason=SOFFICE_MISSING)
def test_a_pdf_with_no_legend_is_read_once_and_every_unit_leads(monkeypatch):
    with tempfile.TemporaryDirectory() as tmp:
        plain, marked = _pdf(PLAIN, Path(tmp)), _pdf(BOLD, Path(tmp))
    reads = []
    pages = formats_pdf.pdf_pages
    monkeypatch.setattr(formats_pdf, "pdf_pages", lambda *a, **k: reads.append(k.get("legend")) or pages(*a, **k))
    assert roles(read_pdf(plain, path="t.pdf", key="t", sha256="0")) == [(["县数据局", "县财政局"], [])]
    assert reads == [None]  # no legend: the pages are read once, as before
    assert roles(read_pdf(marked, path="t.pdf", key="t", sha256="0")) == [(["县数据局"], ["县财政局"])]


def test_which_pdf_fonts_draw_the_legends_format():
    bold, hei = RunLegend("", "★"), RunLegend("黑体", "★")
    assert font_in_format("CAAAAA+NotoSerifCJKjp-Bold-VKana", bold)  # a bold face
    assert font_in_format("ABCDEF+SimSun", bold, weight=700) and font_in_format("SimSun", bold, flags=1 << 18)
    assert not font_in_format("BAAAAA+NotoSerifCJKjp-Regular-VKana", bold)  # guard: the regular face
    assert not font_in_format("ABCDEF+SimSun", bold, weight=400)
    assert font_in_format("SimHei", hei) and not font_in_format("FangSong_GB2312", hei)  # a font legend: its font
    assert not font_in_format("FangSong", RunLegend("宋体", "★"))  # 仿宋 is no 宋体


def test_a_pages_spans_are_marked_only_as_units():
    assert marked_page("（责任单位：**县数****据局**、县财政局）", "★") == "（责任单位：★县数据局、县财政局）"
    assert marked_page("**一、主要任务**\n**加强组织领导**", "★") == "一、主要任务\n加强组织领导"  # guard: no unit
    # a span at a line's end whose first part is a unit of its own stays two units (guard)
    assert marked_page("（责任单位：**区财政局**\n**区税务局**）", "★") == "（责任单位：★区财政局\n★区税务局）"
    assert marked_page("（牵头单位：**区**\n**交通运输局**）", "★") == "（牵头单位：★区\n交通运输局）"


def test_a_cells_spans_are_found_in_its_joined_text():
    plain, spans = format_spans("**县住房城乡建设**\n**局**、县自然资源\n局")
    assert (plain, spans) == ("县住房城乡建设\n局、县自然资源\n局", ["县住房城乡建设局"])
    assert marked_cell("县住房城乡建设局、县自然资源局", spans, "★") == "★县住房城乡建设局、县自然资源局"
    assert marked_cell("序号", ["序号"], "★") == "序号"  # guard: a bold header names no unit


# ---- an .xls's rich text ---------------------------------------------------------------------------------------------


def test_an_xls_rich_text_bold_runs_lead():
    read_roles = roles(_read("04-county-rich-text.xls", read_xls))
    assert read_roles[2] == (["县文化广电体育和旅游局", "县总工会"], ["团县委"])  # before: all led
    assert read_roles[4] == (["县财政局", "县文化广电体育和旅游局"], [])


@pytest.mark.skipif(libreoffice_calc() is None, reason=CALC_MISSING)
def test_an_xls_with_no_legend_marks_nothing():
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "责任单位"])
    sheet.append(["1", "推进政务云资源整合。", CellRichText([TextBlock(InlineFont(b=True), "县数据局"), "、县财政局"])])
    sheet.append([PLAIN])
    with tempfile.TemporaryDirectory() as tmp:
        book.save(Path(tmp) / "t.xlsx")
        libreoffice_copy(Path(tmp) / "t.xlsx", "xls", Path(tmp) / "t.xls")
        data = (Path(tmp) / "t.xls").read_bytes()
    assert roles(read_xls(data, path="t.xls", key="t", sha256="0")) == [(["县数据局", "县财政局"], [])]


# ---- a page's <th> and headings ------------------------------------------------------------------------------------


def _page(legend: str) -> list:
    page = (
        "<html><head><meta charset='utf-8'></head><body><h3>某县2026年重点任务</h3>"
        f"<p>{legend}</p><table><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>推进政务云资源整合。</td><td><b>县数据局</b>、县财政局</td></tr>"
        "<tr><td>2</td><td>建设城市运行管理服务平台。</td>"
        "<th>县城市管理局、<span style='font-weight:normal'>县数据局</span></th></tr></table></body></html>"
    )
    return roles(read_html(page.encode(), path="t.html", key="t", sha256="0"))


def test_a_th_cell_is_bold_as_a_browser_shows_it():
    # a unit cell written <th>, bold by default, its partner's span set normal (before: <th> read plain, both led);
    # the header's <th> cells and the <h3> heading name no unit
    assert _page(BOLD) == [(["县数据局"], ["县财政局"]), (["县城市管理局"], ["县数据局"])]
    assert _page(PLAIN)[1] == (["县城市管理局", "县数据局"], [])  # guard: no legend


def test_a_th_made_plain_by_the_style_sheet_marks_nothing():
    page = (
        "<html><head><meta charset='utf-8'><style>th {font-weight: normal}</style></head><body>"
        f"<p>{BOLD}</p><table><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>推进政务云资源整合。</td><th>县数据局、<b>县财政局</b></th></tr></table></body></html>"
    )
    assert roles(read_html(page.encode(), path="t.html", key="t", sha256="0")) == [(["县财政局"], ["县数据局"])]
    bold_th = page.replace("th {font-weight: normal}", "")  # every unit of the <th> bold: each leads
    assert roles(read_html(bold_th.encode(), path="t.html", key="t", sha256="0")) == [(["县数据局", "县财政局"], [])]


# ---- a Word table style's format -------------------------------------------------------------------------------------

_TABLE_STYLE = (
    '<w:style {ns} w:type="table" w:styleId="TaskGrid"><w:name w:val="任务分工表"/>'
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
    '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>'
)


def _styled_table(legend: str, first_column: str) -> list:
    """A table in a style bolding its first row and column (shown as ``w:tblLook`` ``first_column`` says), its first
    column the 责任单位, the partner's run set not bold."""
    document = docx.Document()
    document.styles.element.append(parse_xml(_TABLE_STYLE.format(ns=nsdecls("w"))))
    document.add_paragraph("某区2026年重点任务分工")
    table = document.add_table(rows=2, cols=3)
    table.style = document.styles["任务分工表"]
    look = parse_xml(f'<w:tblLook {nsdecls("w")} w:firstRow="1" w:firstColumn="{first_column}"/>')
    old = table._tbl.tblPr.find(qn("w:tblLook"))
    if old is not None:
        table._tbl.tblPr.remove(old)
    table._tbl.tblPr.append(look)
    for cell, name in zip(table.rows[0].cells, ("责任单位", "重点任务", "完成时限")):
        cell.text = name
    units = table.rows[1].cells[0].paragraphs[0]
    units.add_run("区应急管理局")
    units.add_run("、区公安分局").bold = False
    table.rows[1].cells[1].text = "开展重大事故隐患专项排查整治。"
    table.rows[1].cells[2].text = "2026年6月底前"
    document.add_paragraph(legend)
    out = io.BytesIO()
    document.save(out)
    return roles(read_docx(out.getvalue(), path="t.docx", key="t", sha256="0"))


def test_a_first_column_bold_by_its_table_style_leads():
    assert _styled_table(BOLD, "1") == [(["区应急管理局"], ["区公安分局"])]  # before: both led


def test_a_table_style_part_the_table_does_not_show_marks_nothing():
    assert _styled_table(BOLD, "0") == [(["区应急管理局", "区公安分局"], [])]  # w:firstColumn="0"
    assert _styled_table(PLAIN, "1") == [(["区应急管理局", "区公安分局"], [])]  # no legend


def test_a_header_row_bold_by_its_table_style_names_no_unit():
    read_roles = roles(_read("05-district-table-style.docx", read_docx))
    assert read_roles[0] == (["区应急管理局"], ["各街道办事处"])
    assert len(read_roles) == 5


# ---- a layout kept, a column's name in bold ----------------------------------------------------------------------------


def test_marks_in_a_pdf_layout_take_no_column_of_their_own():
    from reformgraph.loaders.pdf_formats import unshifted

    twin = "".join(chr(0xF0000 + ord(c)) for c in "县数据局")  # as wide as the unit: the line's columns stay
    assert unshifted(f"1   {twin}、县财政局   2026年6月底前") == "1   **县数据局**、县财政局   2026年6月底前"
    assert unshifted("1   县数据局") == "1   县数据局"  # guard: nothing drawn in the format


def test_a_columns_name_in_bold_is_no_unit():
    assert (
        marked_page("序号    **重点任务**    **责任单位**    完成时限", "★")
        == "序号    重点任务    责任单位    完成时限"
    )
    assert marked_page("序号    **县数据局**    完成时限", "★") == "序号    ★县数据局    完成时限"  # guard: a unit


def test_a_pdf_cells_name_wrapped_inside_its_bracket_is_one_name():
    from reformgraph.loaders.pdf_tables import _units_joined

    # found by the check file 07: 各村（社 / 区） was read 各村（社、区） (区 opens a name of its own)
    assert _units_joined("镇财政所、各村（社", "区）") == "镇财政所、各村（社区）"
    assert _units_joined("镇财政所、各村（社区）", "区税务局") == "镇财政所、各村（社区）、区税务局"  # guard: closed
    read_roles = roles(_read("07-town-continued-table.pdf", read_pdf))
    assert read_roles[2] == (["镇农业农村办"], ["镇财政所", "各村（社区）"])
    assert read_roles[4] == (["镇综合执法队", "镇规划建设办"], ["各村（社区）"])  # page 2, its header repeated

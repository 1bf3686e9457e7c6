"""Round 67, files34: the office files round 66 left unread (docs/loader.md, files33's "Left" line): a web page's
leads coloured by its style sheet's classes, an .xlsx's theme colour with a tint, a PDF's and an OFD's leads printed
in red, a .doc's footnotes read through antiword."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Color, Font

from reformgraph.loaders import formats_doc
from reformgraph.loaders.css_rules import style_sheet
from reformgraph.loaders.formats_doc import antiword_notes
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_ofd import read_ofd
from reformgraph.loaders.formats_pdf import read_pdf
from reformgraph.loaders.formats_xlsx import read_xlsx
from reformgraph.loaders.sheet_stream import tinted
from tests.support.office import libreoffice_copy, one_task_book, one_task_ofd, one_task_page, set_font
from tests.support.readings import task_rows

HERE = Path(__file__).parent / "fixtures" / "round67" / "files34"
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword is not installed")
_RED = "注：责任单位中标红的为牵头单位，其余为配合单位。"


def _roles(doc) -> list[tuple[list[str], list[str]]]:
    return [r[1:3] for r in task_rows(doc)]


# ---- a page's style sheet colours its leads (css_rules.style_sheet with colours) -----------------------------------


def _page(sheet: str, cell: str, legend: str = _RED) -> list[tuple[list[str], list[str]]]:
    return _roles(read_html(one_task_page(sheet, cell, legend), path="p.html", key="p", sha256="0"))


def test_a_class_a_cells_class_and_a_rule_of_several_selectors_colour_the_leads() -> None:
    lead = '<td><span class="lead">区商务局</span>、区财政局</td>'
    assert _page(".lead{color:#c00000}", lead) == [(["区商务局"], ["区财政局"])]
    assert _page("td.qt { color: #C00000; font-weight: normal; }", '<td class="qt">区商务局</td>') == [
        (["区商务局"], [])
    ]
    two = '<td><span class="zb">区住建局</span>、<span class="zb2">区自然资源局</span>、区政务服务中心</td>'
    assert _page(".zb, .zb2 { color: red; }", two) == [(["区住建局", "区自然资源局"], ["区政务服务中心"])]
    # the inline style after the sheet's rule, the important rule after both: CSS's order
    assert _page(".lead{color:red}", '<td><span class="lead" style="color:#000">区商务局</span>、区财政局</td>') == [
        (["区商务局", "区财政局"], [])
    ]
    assert _page(
        ".lead{color:red !important}", '<td><span class="lead" style="color:#000">区商务局</span>、区财政局</td>'
    ) == [(["区商务局"], ["区财政局"])]


def test_a_sheets_colours_that_mark_no_lead() -> None:
    # guards: a grey body and a blue class under a red legend, a class's background: no lead (every unit leads, as
    # with no colour); a class's red with no colour legend marks nothing; a bold legend's sheet keeps its fonts only
    cell = '<td><span class="x">区商务局</span>、区财政局</td>'
    for sheet in ("body {color:#333333} .x {color:#0070c0}", ".x {background-color:red}", ".x {border-color: red}"):
        assert _page(sheet, cell) == [(["区商务局", "区财政局"], [])], sheet
    assert _page(".x {color:red}", cell, legend="注：请于每月底前报送进展。") == [(["区商务局", "区财政局"], [])]
    bold = "注：责任单位中字体加粗的为牵头单位，其余为配合单位。"
    assert _page(".x {color:red; font-weight:bold}", cell, legend=bold) == [(["区商务局"], ["区财政局"])]
    assert [rule.declarations for rule in style_sheet("<style>.x {color:red}</style>").rules] == []


# ---- an .xlsx's theme colour with a tint (sheet_stream.tinted, sheet_colour_in) ------------------------------------

_LEGEND = "注：红色字体为牵头单位，其余为配合单位。"


def _book(colour: Color) -> list[tuple[list[str], list[str]]]:
    runs = CellRichText(TextBlock(InlineFont(rFont="宋体", color=colour), "县应急管理局"), "、县公安局")
    data = one_task_book(_LEGEND, runs, task="开展安全生产专项整治。")
    return _roles(read_xlsx(data, path="台账.xlsx", key="台账", sha256="0"))


def test_a_darker_tint_of_red_leads() -> None:
    # Excel's 深色25% and 深色50% of accent 2 (C0504D): 953735, 632523, red
    for tint in (-0.249977111117893, -0.499984740745262):
        assert _book(Color(theme=5, tint=tint)) == [(["县应急管理局"], ["县公安局"])], tint
    whole = one_task_book(_LEGEND, "县应急管理局", font=Font(color=Color(theme=5, tint=-0.249977111117893)))
    assert _roles(read_xlsx(whole, path="台账.xlsx", key="台账", sha256="0")) == [(["县应急管理局"], [])]


def test_a_pale_tint_of_red_is_no_red() -> None:
    # guards: Excel's 淡色40%, 60% and 80% of accent 2 (D99694, E6B9B8, F2DCDB: pinks) are no red; so no unit is
    # marked and every unit leads, as with no colour; a darker tint of blue (accent 1) is no red either
    for tint in (0.3999755851924192, 0.5999938962981048, 0.7999816888943144):
        assert _book(Color(theme=5, tint=tint)) == [(["县应急管理局", "县公安局"], [])], tint
    assert _book(Color(theme=4, tint=-0.249977111117893)) == [(["县应急管理局", "县公安局"], [])]
    assert tinted("FF0000", 0.3999755851924192) == "FF6666"  # a pure red's 淡色40% stays a strong red
    assert _book(Color(rgb="FFFF0000", tint=0.3999755851924192)) == [(["县应急管理局"], ["县公安局"])]


# ---- a PDF's and an OFD's red leads (pdf_formats.coloured_in_format, marked_chars; formats_ofd) --------------------


def _printed(tmp_path: Path, legend: str, unit_colour: RGBColor | None, *, table: bool) -> Path:
    """A one-task plan printed to PDF by LibreOffice, its first unit in ``unit_colour``."""
    document = docx.Document()
    for text in ("某县2026年重点任务分工", legend):
        set_font(document.add_paragraph().add_run(text))
    if table:
        grid = document.add_table(rows=2, cols=3)
        grid.style = "Table Grid"
        for cell, name in zip(grid.rows[0].cells, ("序号", "重点任务", "责任单位"), strict=True):
            set_font(cell.paragraphs[0].add_run(name))
        set_font(grid.cell(1, 0).paragraphs[0].add_run("1"))
        set_font(grid.cell(1, 1).paragraphs[0].add_run("推进农村寄递物流体系建设。"))
        paragraph = grid.cell(1, 2).paragraphs[0]
    else:
        paragraph = document.add_paragraph()
        set_font(paragraph.add_run("（一）推进农村寄递物流体系建设。（责任单位："))
    run = paragraph.add_run("县商务局")
    set_font(run)
    if unit_colour is not None:
        run.font.color.rgb = unit_colour
    set_font(paragraph.add_run("、县邮政管理局" + ("" if table else "）")))
    source = tmp_path / "plan.docx"
    document.save(source)
    libreoffice_copy(source, "pdf", tmp_path / "plan.pdf")
    return tmp_path / "plan.pdf"


def _pdf(path: Path) -> list[tuple[list[str], list[str]]]:
    return _roles(read_pdf(path.read_bytes(), path=str(path), key="p", sha256="0"))


@needs_soffice
@pytest.mark.parametrize("table", [True, False])
def test_a_pdfs_red_units_lead(tmp_path, table) -> None:
    # a ruled table's cells (pdfplumber's chars' fill colour) and the text layer's parentheticals (pypdf's layout, the
    # content stream's rg) alike
    legend = "注：责任单位中红色字体为牵头单位，其余为配合单位。"
    assert _pdf(_printed(tmp_path, legend, RGBColor(0xFF, 0, 0), table=table)) == [(["县商务局"], ["县邮政管理局"])]


@needs_soffice
@pytest.mark.parametrize("table", [True, False])
def test_a_pdfs_colours_that_mark_no_lead(tmp_path, table) -> None:
    # guards: a blue unit under a red legend; a red unit with no legend: no unit marked, every unit leads as before
    legend = "注：责任单位中红色字体为牵头单位，其余为配合单位。"
    both = [(["县商务局", "县邮政管理局"], [])]
    assert _pdf(_printed(tmp_path, legend, RGBColor(0, 0x70, 0xC0), table=table)) == both
    assert _pdf(_printed(tmp_path, "注：请于每月底前报送进展。", RGBColor(0xFF, 0, 0), table=table)) == both


@needs_soffice
def test_a_red_head_under_a_colour_legend_reads_as_a_black_one(tmp_path) -> None:
    # guard: a notice's red head (版头, 梧川县人民政府办公室文件 printed red) is marked as the leads are, and the plan
    # reads as with a black head: its title, number and task
    readings = []
    for head in (None, RGBColor(0xFF, 0, 0)):
        document = docx.Document()
        run = document.add_paragraph().add_run("梧川县人民政府办公室文件")
        set_font(run)
        if head is not None:
            run.font.color.rgb = head
        for text in (
            "梧政办发〔2026〕5号",
            "梧川县人民政府办公室关于印发梧川县2026年物流工作方案的通知",
            "一、重点任务",
        ):
            set_font(document.add_paragraph().add_run(text))
        set_font(document.add_paragraph().add_run("（注：责任单位中红色字体为牵头单位，其余为配合单位。）"))
        paragraph = document.add_paragraph()
        set_font(paragraph.add_run("（一）健全物流网络。建设站点8个。（责任单位："))
        run = paragraph.add_run("县商务局")
        set_font(run)
        run.font.color.rgb = RGBColor(0xC0, 0, 0)
        set_font(paragraph.add_run("、县邮政管理局；完成时限：2026年9月底前）"))
        document.save(tmp_path / "plan.docx")
        libreoffice_copy(tmp_path / "plan.docx", "pdf", tmp_path / "plan.pdf")
        doc = read_pdf((tmp_path / "plan.pdf").read_bytes(), path="plan.pdf", key="p", sha256="0")
        readings.append((doc.title, doc.doc_number, task_rows(doc)))
    assert readings[0] == readings[1]
    assert readings[1][2] == [("健全物流网络。建设站点8个。", ["县商务局"], ["县邮政管理局"], "2026-09")]


def _ofd(tmp_path: Path, legend: str, fill: str) -> list[tuple[list[str], list[str]]]:
    """The roles of ``one_task_ofd`` under ``legend``, its lead filled with ``fill`` (none when empty)."""
    one_task_ofd(tmp_path / "plan.ofd", legend, f'><ofd:FillColor Value="{fill}"/>' if fill else "")
    return _roles(read_ofd((tmp_path / "plan.ofd").read_bytes(), path="plan.ofd", key="p", sha256="0"))


def test_an_ofds_red_text_objects_lead(tmp_path) -> None:
    assert _ofd(tmp_path, _RED, "192 0 0") == [(["区城管局"], ["各街道办事处"])]


def test_an_ofds_colours_that_mark_no_lead(tmp_path) -> None:
    # guards: a blue fill under a red legend, a red one under no legend, a fill of one number (a grey): as before
    both = [(["区城管局", "各街道办事处"], [])]
    assert _ofd(tmp_path, _RED, "0 112 192") == both
    assert _ofd(tmp_path, "注：请于每月底前报送进展。", "192 0 0") == both
    assert _ofd(tmp_path, _RED, "128") == both


# ---- a .doc's footnotes through antiword (formats_doc.antiword_notes) ----------------------------------------------


def test_antiwords_notes_apart_from_the_text() -> None:
    lines = [
        "某县住建局[1]会同…",
        "|1 |县城投公司[2] |",
        "",
        "-" * 23,
        "[1]某县住建局，以下简称县住建局。",
        "",
        "[2]某县城投集团，以下简称县城投公司。",
    ]
    body, notes = antiword_notes(lines)
    assert body == ["某县住建局会同…", "|1 |县城投公司 |", ""]
    assert notes == ["某县住建局，以下简称县住建局。", "某县城投集团，以下简称县城投公司。"]
    # guards: a rule with numbered lines under it marking nothing in the text (a list of references); no rule
    assert antiword_notes(["见文献[3]", "-" * 23, "[1]某某文件"]) == (["见文献[3]", "-" * 23, "[1]某某文件"], [])
    assert antiword_notes(["推进改革[1]。"]) == (["推进改革[1]。"], [])


@needs_antiword
def test_a_docs_footnotes_define_short_forms_through_antiword(monkeypatch) -> None:
    # where LibreOffice is not installed, antiword reads the .doc: its notes' short forms as LibreOffice's reading
    # gives them (round 66), the mark in a table cell (区城投公司[3]) no part of the name
    monkeypatch.setattr(formats_doc, "CONVERTERS", ("antiword", "catdoc"))
    path = HERE / "04-district-renewal-doc-antiword-footnotes.doc"
    doc = formats_doc.read_doc(path.read_bytes(), path=str(path), key="k", sha256="0")
    written = {u.raw: u.written for w in doc.workplans for m in w.measures for u in (*m.leads, *m.supports)}
    assert written["青溪区住房和城乡建设局"] == "青溪区住房和城乡建设局（以下简称区住房城乡建设局）"
    assert "区城投公司" in written
    assert _roles(doc)[2] == (["区城投公司"], ["区住房城乡建设局", "区自然资源局"])

"""Round 50, files13: office files whose formatting carries a unit's role under a legend, in the ways rounds 48–49
left unread.

The files are made by ``tests/fixtures/round50/files13/make_fixtures.py`` (a Word table and a workbook saved by Calc
under ``字体加黑的为牵头单位``; a page saved by Word whose leads are bold through its style sheet and Word's inline CSS;
a Word table bold through a paragraph style; a workbook written by openpyxl, every string inline; a Word table under a
font legend whose fonts are set by character styles); each file's expected reading is its ``NN-name.expected.json``
(tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The focused tests below are small
inputs of each rule (docs/loader.md, round 50), each with a guard.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_xlsx import read_xlsx
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.run_formats import RunLegend, run_legend
from reformgraph.loaders.sheet_stream import strings_legend
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import one_task_table

FIXTURES = Path(__file__).parent / "fixtures" / "round50" / "files13"
BOLD = "注：责任单位中字体加粗的为牵头单位，其余为配合单位。"
JIAHEI = "注：字体加黑的为牵头单位，其余为配合单位。"
FONTS = "说明：责任单位中黑体字为牵头单位，楷体字为配合单位。"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


# ---- one place decides what a legend marks -------------------------------------------------------------------------


def test_one_function_reads_every_legend_of_an_office_file():
    assert run_legend(JIAHEI)[:2] == ("", "★")  # before: None (each reader looked for 粗 first)
    assert run_legend("说明：用黑体字标注的为牵头单位")[:2] == ("黑体", "★")  # a font in an office file (round 48)
    assert strings_legend(["序号", JIAHEI]) == RunLegend("", "★")  # a workbook's strings
    # guards: 黑 in ordinary words, and no legend at all
    assert run_legend("整治黑臭水体，建立黑名单制度") is None and strings_legend(["序号", PLAIN]) is None


def _word(legend: str, units: list[tuple[str, dict]], *, styles=(), paragraph_style: str = "", defaults: str = ""):
    """A Word table of one task under ``legend``: each unit a run with its format (``bold``, ``style``, ``font``),
    the units' paragraph in ``paragraph_style``; ``styles`` (name, kind, bold, font, based on) added first;
    ``defaults`` the document's default run format (``w:rPrDefault``'s ``w:rPr`` content)."""
    document = docx.Document()
    for name, kind, bold, font, based in styles:
        style = document.styles.add_style(name, kind)
        if based:
            style.base_style = document.styles[based]
        if bold is not None:
            style.font.bold = bold
        if font:
            style.element.get_or_add_rPr().append(parse_xml(f'<w:rFonts {nsdecls("w")} w:eastAsia="{font}"/>'))
    if defaults:
        rpr = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        for child in parse_xml(f"<w:rPr {nsdecls('w')}>{defaults}</w:rPr>"):
            rpr.append(child)
    paragraph = one_task_table(document, legend)
    if paragraph_style:
        paragraph.style = paragraph_style
    for k, (name, how) in enumerate(units):
        if k:
            paragraph.add_run("、")
        run = paragraph.add_run(name)
        if "bold" in how:
            run.bold = how["bold"]
        if "style" in how:
            run.style = how["style"]
        if "font" in how:
            run._element.get_or_add_rPr().append(parse_xml(f'<w:rFonts {nsdecls("w")} w:eastAsia="{how["font"]}"/>'))
    out = io.BytesIO()
    document.save(out)
    return read_docx(out.getvalue(), path="t.docx", key="t", sha256="0")


def test_a_legend_naming_bold_jiahei_is_read_in_a_word_file():
    units = [("区数据局", {"bold": True}), ("区财政局", {})]
    assert roles(_word(JIAHEI, units)) == [(["区数据局"], ["区财政局"])]  # before: both led
    assert roles(_word(PLAIN, units)) == [(["区数据局", "区财政局"], [])]  # guard: no legend, bold says nothing


def test_a_font_legend_naming_heiti_stays_a_font_in_a_word_file():
    # guard (round 48 files11/06): under 黑体字为牵头单位 a unit set in 黑体 leads; a bold unit in another font does not
    units = [("区数据局", {"font": "黑体"}), ("区财政局", {"font": "楷体_GB2312"})]
    assert roles(_word(FONTS, units)) == [(["区数据局"], ["区财政局"])]
    bold_only = [("区数据局", {"bold": True}), ("区财政局", {"font": "楷体_GB2312"})]
    assert roles(_word(FONTS, bold_only)) == [(["区数据局", "区财政局"], [])]


def test_a_text_plan_reads_its_heiti_legend_as_bold_as_before():
    # guard: a markdown plan has no fonts; 用黑体字标注的 names its ** (round 48 left11)
    text = "某区2026年重点任务\n\n说明：用黑体字标注的为牵头单位。\n\n1. 推进政务云资源整合。（责任单位：**区数据局**、区财政局）\n"
    assert roles(parse_document(text, path="t.md")) == [(["区数据局"], ["区财政局"])]


def _page(legend: str, units: str, *, sheet: str = "", cell: str = "<td>{}</td>") -> list:
    page = (
        f"<html><head><meta charset='utf-8'><style>{sheet}</style></head><body><p>某县2026年重点任务</p>"
        f"<p>{legend}</p><table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
        f"<tr><td>1</td><td>推进政务云资源整合。</td>{cell.format(units)}</tr></table></body></html>"
    )
    return roles(read_html(page.encode(), path="t.html", key="t", sha256="0"))


def test_a_legend_naming_bold_jiahei_is_read_in_a_page():
    assert _page(JIAHEI, "<b>县数据局</b>、县财政局") == [(["县数据局"], ["县财政局"])]  # before: both led
    assert _page(PLAIN, "<b>县数据局</b>、县财政局") == [(["县数据局", "县财政局"], [])]  # guard


def test_a_workbook_under_a_jiahei_legend_marks_its_bold_runs():
    # a workbook written by openpyxl (inline strings), the legend naming 加黑: both rules of the round
    rows = [[CellRichText([TextBlock(InlineFont(b=True), "市财政局"), "、市税务局"])]]
    assert roles(_book(JIAHEI, rows)) == [(["市财政局"], ["市税务局"])]


# ---- bold through a Word paragraph style and the document's defaults ----------------------------------------------


def test_a_run_bold_through_its_paragraph_style_leads():
    styles = [
        ("表格文字", WD_STYLE_TYPE.PARAGRAPH, None, "", ""),
        ("表格重点", WD_STYLE_TYPE.PARAGRAPH, True, "", "表格文字"),
    ]
    styles.append(("牵头单位文字", WD_STYLE_TYPE.PARAGRAPH, None, "", "表格重点"))  # bold through w:basedOn
    units = [("区数据局", {}), ("区财政局", {"bold": False})]
    for style in ("表格重点", "牵头单位文字"):
        assert roles(_word(BOLD, units, styles=styles, paragraph_style=style)) == [(["区数据局"], ["区财政局"])]
    # guards: a paragraph style that is not bold marks nothing; a character style setting w:b off decides over it
    assert roles(_word(BOLD, units, styles=styles, paragraph_style="表格文字")) == [(["区数据局", "区财政局"], [])]
    plain_style = [*styles, ("不加粗", WD_STYLE_TYPE.CHARACTER, False, "", "")]
    by_character = [("区数据局", {}), ("区财政局", {"style": "不加粗"})]
    assert roles(_word(BOLD, by_character, styles=plain_style, paragraph_style="表格重点")) == [
        (["区数据局"], ["区财政局"])
    ]


def test_a_run_bold_through_the_documents_defaults_leads():
    units = [("区数据局", {}), ("区财政局", {"bold": False})]
    assert roles(_word(BOLD, units, defaults="<w:b/>")) == [(["区数据局"], ["区财政局"])]
    assert roles(_word(BOLD, units, defaults="<w:i/>")) == [(["区数据局", "区财政局"], [])]  # guard: italic


# ---- a page's bold by its style sheet and inline CSS on any element -------------------------------------------------


def test_a_page_bold_by_its_style_sheet_marks_its_leads():
    sheet = "<!-- p.MsoNormal {margin:0cm} span.a5 {mso-style-name:要点; font-weight:bold;} .zd {FONT-WEIGHT: 700} -->"
    assert _page(BOLD, "<span class=a5>县数据局</span>、县财政局", sheet=sheet) == [(["县数据局"], ["县财政局"])]
    assert _page(BOLD, "<span class='zd'>县数据局</span>、县财政局", sheet=sheet) == [(["县数据局"], ["县财政局"])]
    assert _page(BOLD, "<p class=a6>县数据局</p><p>县财政局</p>", sheet="p.a6 {font-weight:bold}") == [
        (["县数据局"], ["县财政局"])
    ]
    # guards: a rule for another tag, a rule with no legend
    assert _page(BOLD, "<p class=a5>县数据局</p>、县财政局", sheet=sheet) == [(["县数据局", "县财政局"], [])]
    assert _page(PLAIN, "<span class=a5>县数据局</span>、县财政局", sheet=sheet) == [(["县数据局", "县财政局"], [])]


def test_inline_css_on_a_cell_or_a_paragraph_is_read():
    assert _page(BOLD, "<p style='font-weight:bold'>县数据局</p><p>县财政局</p>") == [(["县数据局"], ["县财政局"])]
    bold_cell = "<td style='font-weight:bold'>{}</td>"
    assert _page(BOLD, "县数据局<span style='font-weight:normal'>、县财政局</span>", cell=bold_cell) == [
        (["县数据局"], ["县财政局"])
    ]
    # guard: Word's complex-script bold (mso-bidi-font-weight) shows no Chinese text bold
    assert _page(BOLD, "<span style='mso-bidi-font-weight:bold'>县数据局</span>、<b>县财政局</b>") == [
        (["县财政局"], ["县数据局"])
    ]


def test_a_page_under_a_font_legend_marks_its_units_by_their_font():
    fonts = "<font face='黑体'>县数据局</font>、<span style='font-family:楷体_GB2312'>县财政局</span>"
    assert _page(FONTS, fonts) == [(["县数据局"], ["县财政局"])]  # before: no font read in a page
    # guard: a bold unit under a font legend is no lead
    assert _page(FONTS, "<b>县数据局</b>、县财政局") == [(["县数据局", "县财政局"], [])]


# ---- a workbook written with inline strings ------------------------------------------------------------------------


def _book(legend: str, rows) -> object:
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "责任单位"])
    for k, row in enumerate(rows, start=1):
        sheet.append([k, "推进政务云资源整合。", *row])
    sheet.append([legend])
    out = io.BytesIO()
    book.save(out)  # openpyxl writes every string inline (t="inlineStr"), no shared strings part
    return read_xlsx(out.getvalue(), path="t.xlsx", key="t", sha256="0")


def test_a_workbook_of_inline_strings_is_searched_for_its_legend():
    rows = [[CellRichText([TextBlock(InlineFont(b=True), "镇水利站"), "、镇财政所"])]]
    assert roles(_book(BOLD, rows)) == [(["镇水利站"], ["镇财政所"])]  # before: both led
    assert roles(_book(PLAIN, rows)) == [(["镇水利站", "镇财政所"], [])]  # guard: no legend


# ---- a font legend over a character style setting the font ---------------------------------------------------------


def test_a_font_set_by_a_character_style_is_read_under_a_font_legend():
    styles = [
        ("牵头单位字", WD_STYLE_TYPE.CHARACTER, None, "黑体", ""),
        ("配合单位字", WD_STYLE_TYPE.CHARACTER, None, "楷体_GB2312", ""),
        ("牵头单位字2", WD_STYLE_TYPE.CHARACTER, None, "", "牵头单位字"),
        ("正文字", WD_STYLE_TYPE.CHARACTER, None, "仿宋_GB2312", ""),
    ]
    for lead in ("牵头单位字", "牵头单位字2"):
        units = [("县水利局", {"style": lead}), ("县财政局", {"style": "配合单位字"})]
        assert roles(_word(FONTS, units, styles=styles)) == [(["县水利局"], ["县财政局"])]
    # guards: a style setting another font; a run's own font decides over its style's
    other = [("县水利局", {"style": "正文字"}), ("县财政局", {"style": "配合单位字"})]
    assert roles(_word(FONTS, other, styles=styles)) == [(["县水利局", "县财政局"], [])]
    own = [("县水利局", {"style": "牵头单位字", "font": "仿宋_GB2312"}), ("县财政局", {"style": "配合单位字"})]
    assert roles(_word(FONTS, own, styles=styles)) == [(["县水利局", "县财政局"], [])]


@pytest.mark.timeout(60)
def test_a_hostile_style_sheet_costs_one_scan():
    # unclosed <style> tags, a run with no brace, a rule repeated: each read in linear time (a lazy pattern tried at
    # each <style>, a rule pattern at each character, declarations joined per element were quadratic)
    from reformgraph.loaders.formats_html import style_sheet

    assert style_sheet("<style>" * 200_000).rules == ()
    assert style_sheet("<style>" + "x" * 2_000_000 + "}</style>").rules == ()
    repeated = style_sheet("<style>" + "span{font-weight:bold}" * 300_000 + "</style>")  # one rule (round 54's form)
    assert [rule.declarations for rule in repeated.rules] == ["font-weight:bold"]

"""Round 54, files16: the office-format left-overs of rounds 50–53.

The files are made by ``tests/fixtures/round54/files16/make_fixtures.py`` (pages whose leads are bold through CSS
descendant, child and id selectors and a reset undone inside the article's cells; a Word table whose units' column is
bold through its table style's column band; a notice printed to PDF whose later page is headed by its red head); each
file's expected reading is its ``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file
before the parser ran. The focused tests below are small inputs of each rule (docs/round54_files16.md), each with a
guard.
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_pdf import read_pdf
from reformgraph.loaders.pdf_formats import stroked_as_bold
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import one_task_page

FIXTURES = Path(__file__).parent / "fixtures" / "round54" / "files16"
BOLD = "注：加粗的为牵头单位，其余为配合单位。"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


# ---- CSS selectors of several elements ---------------------------------------------------------------------------------


def _page(sheet: str, cells: str, legend: str = BOLD) -> list:
    page = one_task_page(sheet, cells, legend, table="id='tbl'")
    return roles(read_html(page, path="t.html", key="t", sha256="0"))


def test_a_descendant_selector_bolds_a_unit_inside_its_ancestor():
    # before: `.lead span` was no simple selector and was left out: every unit led
    cells = "<td class='lead'><span>县数据局</span>、县财政局</td>"
    assert _page(".lead span {font-weight: bold}", cells) == [(["县数据局"], ["县财政局"])]
    # guards: a span outside .lead; no legend
    assert _page(".lead span {font-weight: bold}", "<td><span>县数据局</span>、县财政局</td>") == [
        (["县数据局", "县财政局"], [])
    ]
    assert _page(".lead span {font-weight: bold}", cells, legend=PLAIN) == [(["县数据局", "县财政局"], [])]


def test_an_id_and_class_selector_outweighs_a_plainer_rule():
    sheet = "#tbl td {font-weight: normal} #tbl td.dw .q {font-weight: 700} .q {font-weight: normal}"
    cells = "<td class='dw'><span class='q'>县数据局</span>、<span>县财政局</span></td>"
    assert _page(sheet, cells) == [(["县数据局"], ["县财政局"])]  # (1,2,1) over (0,1,0) written after it
    # guard: the table is no #tbl's
    assert _page(sheet.replace("#tbl td.dw", "#other td.dw"), cells) == [(["县数据局", "县财政局"], [])]


def test_a_child_selector_needs_its_parent():
    sheet = "td > em {font-weight: bold}"
    assert _page(sheet, "<td><em>县数据局</em>、县财政局</td>") == [(["县数据局"], ["县财政局"])]
    # guard: an <em> inside a <span> of the cell is no child of the <td>
    assert _page(sheet, "<td><span><em>县数据局</em></span>、县财政局</td>") == [(["县数据局", "县财政局"], [])]


def test_a_reset_undone_inside_the_cells_bolds_them_again():
    sheet = "b, strong {font-weight: normal} .article td b {font-weight: bold}"
    page = (
        f"<html><head><meta charset='utf-8'><style>{sheet}</style></head><body><div class='article'><p>{BOLD}</p>"
        "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>推进政务云资源整合。</td><td><b>县数据局</b>、县财政局</td></tr></table></div></body></html>"
    )
    assert roles(read_html(page.encode(), path="t.html", key="t", sha256="0")) == [(["县数据局"], ["县财政局"])]
    # guard: the reset alone (no .article around the table) leaves <b> normal: no unit marked, both lead
    outside = page.replace("<div class='article'>", "<div>")
    assert roles(read_html(outside.encode(), path="t.html", key="t", sha256="0")) == [(["县数据局", "县财政局"], [])]


def test_selectors_beyond_tags_classes_and_ids_are_left_out():
    # guards: a pseudo-class selector says nothing; an attribute test the cell fails (it has no class) selects nothing
    for sheet in (
        "td[class] span {font-weight:bold}",
        "td span:hover {font-weight:bold}",
    ):
        assert _page(sheet, "<td><span>县数据局</span>、县财政局</td>") == [(["县数据局", "县财政局"], [])]
    # round 56 (files18) reads the sibling combinators: the units' cell follows other cells
    assert _page("td + td span {font-weight:bold}", "<td><span>县数据局</span>、县财政局</td>") == [
        (["县数据局"], ["县财政局"])
    ]


def test_a_legend_broken_by_markup_in_a_page_is_read():
    # a legend whose words an editor split over elements (加粗 in a span of its own); before, the page's source was
    # searched, 加粗</span>的为牵头单位 was no legend, and every unit led
    cells = "<td><b>县数据局</b>、县财政局</td>"
    assert _page("", cells, legend='注：<span class="red">加粗</span>的为牵头单位，其余为配合单位。') == [
        (["县数据局"], ["县财政局"])
    ]
    assert _page("", cells, legend="注：字体<b>加粗</b>的为<u>牵头单位</u>。") == [(["县数据局"], ["县财政局"])]
    # guards: no legend in the words however the markup is taken out (a page naming 牵头 and bold elsewhere)
    assert _page("", cells, legend="<b>粗</b>略统计，共有<span>牵头</span>事项12项。") == [
        (["县数据局", "县财政局"], [])
    ]


@pytest.mark.timeout(60)
def test_a_deep_page_costs_each_element_its_own_parts():
    # 20,000 nested spans under `.a span` and `.b > .c span`: what the selectors match is carried from each element
    # to its children (a first version looked through every element's ancestors: 128 s)
    sheet = ".a span {font-weight:bold} .b > .c span {font-weight:bold} span span span {font-weight:normal}"
    n = 20_000
    page = (
        f"<html><head><style>{sheet}</style></head><body><p>{BOLD}</p><div class=a>"
        + "<span>" * n
        + "推进政务云资源整合。（责任单位：县数据局）"
        + "</span>" * n
        + "</div></body></html>"
    )
    assert roles(read_html(page.encode(), path="t.html", key="t", sha256="0")) == [(["县数据局"], [])]


# ---- a Word table style's banded columns and rows ----------------------------------------------------------------------

_BANDED = (
    '<w:style {ns} w:type="table" w:styleId="Banded"><w:name w:val="隔列表"/>'
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
    '<w:tblStylePr w:type="{band}"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>'
)


def _banded_table(legend: str, band: str, look: str) -> list:
    """A table of 序号 | 重点任务 | 责任单位 in a style bolding its header row and ``band``, shown as ``look`` says; the
    partner's run set not bold by hand."""
    document = docx.Document()
    document.styles.element.append(parse_xml(_BANDED.format(ns=nsdecls("w"), band=band)))
    document.add_paragraph(legend)
    table = document.add_table(rows=3, cols=3)
    table.style = document.styles["隔列表"]
    old = table._tbl.tblPr.find(qn("w:tblLook"))
    if old is not None:
        table._tbl.tblPr.remove(old)
    table._tbl.tblPr.append(parse_xml(f"<w:tblLook {nsdecls('w')} {look}/>"))
    for cell, name in zip(table.rows[0].cells, ("序号", "重点任务", "责任单位")):
        cell.text = name
    for row, (n, task) in zip(table.rows[1:], (("1", "推进政务云资源整合。"), ("2", "建设城市运行管理平台。"))):
        row.cells[0].text, row.cells[1].text = n, task
        paragraph = row.cells[2].paragraphs[0]
        paragraph.add_run("区数据局")
        paragraph.add_run("、").bold = False
        paragraph.add_run("区财政局").bold = False
    out = io.BytesIO()
    document.save(out)
    return roles(read_docx(out.getvalue(), path="t.docx", key="t", sha256="0"))


SHOWN = 'w:firstRow="1" w:firstColumn="0" w:noHBand="1" w:noVBand="0"'


def test_a_column_band_of_the_table_style_bolds_its_cells():
    # before: a style's bands were not read, the lead's run said nothing: no unit bold, both led
    assert _banded_table(BOLD, "band1Vert", SHOWN) == [(["区数据局"], ["区财政局"])] * 2
    # guards: the band not shown (noVBand), the other band, no legend
    assert (
        _banded_table(BOLD, "band1Vert", SHOWN.replace('noVBand="0"', 'noVBand="1"'))
        == [(["区数据局", "区财政局"], [])] * 2
    )
    assert _banded_table(BOLD, "band2Vert", SHOWN) == [(["区数据局", "区财政局"], [])] * 2
    assert _banded_table(PLAIN, "band1Vert", SHOWN) == [(["区数据局", "区财政局"], [])] * 2


def test_bands_count_after_a_first_column_set_apart():
    # with the first column shown as the style's firstCol, the column bands start at the second column: 责任单位 is
    # the second band (band2Vert)
    look = 'w:firstRow="1" w:firstColumn="1" w:noHBand="1" w:noVBand="0"'
    assert _banded_table(BOLD, "band2Vert", look) == [(["区数据局"], ["区财政局"])] * 2
    assert _banded_table(BOLD, "band1Vert", look) == [(["区数据局", "区财政局"], [])] * 2


def test_a_row_band_counts_after_the_header_row():
    # rows: the header (firstRow) set apart, task 1 is band 1, task 2 band 2
    look = 'w:firstRow="1" w:firstColumn="0" w:noHBand="0" w:noVBand="1"'
    assert _banded_table(BOLD, "band1Horz", look) == [(["区数据局"], ["区财政局"]), (["区数据局", "区财政局"], [])]
    assert _banded_table(BOLD, "band2Horz", look) == [(["区数据局", "区财政局"], []), (["区数据局"], ["区财政局"])]


# ---- a PDF's units drawn stroked (text render mode 2: Word's fake bold) ------------------------------------------------


def _stroked_pdf(legend: str, units: list[tuple[str, bool]], *, before: bytes = b"") -> bytes:
    """A one-task PDF written as the fixtures' generator writes 06 (``_stroked_pdf``), ``units`` stroked or not."""
    spec = importlib.util.spec_from_file_location("files16_fixtures", FIXTURES / "make_fixtures.py")
    fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixtures)
    task = fixtures._task("（一）推进政务云资源整合，完成系统迁移。", units, "2026年6月底前")
    return fixtures._stroked_pdf([[("某区2026年数字政府建设工作方案", False)], task, [(legend, False)]])


def test_a_pdf_units_drawn_stroked_lead_under_a_bold_legend():
    # before: pypdf's layout kept no render mode: the stroked lead was plain and every unit led
    data = _stroked_pdf(BOLD, [("区数据局", True), ("区财政局", False)])
    assert roles(read_pdf(data, path="t.pdf", key="t", sha256="0")) == [(["区数据局"], ["区财政局"])]
    # guards: no legend; no unit stroked
    data = _stroked_pdf(PLAIN, [("区数据局", True), ("区财政局", False)])
    assert roles(read_pdf(data, path="t.pdf", key="t", sha256="0")) == [(["区数据局", "区财政局"], [])]
    data = _stroked_pdf(BOLD, [("区数据局", False), ("区财政局", False)])
    assert roles(read_pdf(data, path="t.pdf", key="t", sha256="0")) == [(["区数据局", "区财政局"], [])]


def test_the_render_mode_is_restored_with_the_graphics_state():
    ops = [([], b"q"), (["/F1", 12], b"Tf"), ([2], b"Tr"), ([], b"Q"), (["/F1", 12], b"Tf"), (["县水利局"], b"Tj")]
    fonts = {"/F1": 1, "/F1 (stroked)": 2}
    assert list(stroked_as_bold(ops, fonts)) == ops  # the 2 Tr ended with its q … Q: the text is drawn filled
    for mode in (0, 3, 7):  # guards: filled, invisible (a scan's OCR layer), clipping only: not stroked
        ops = [(["/F1", 12], b"Tf"), ([mode], b"Tr"), (["县水利局"], b"Tj")]
        assert list(stroked_as_bold(ops, fonts)) == ops

"""Round 48, files11: file formats where a unit's format carries its role, and layouts not built before.

The files are made by ``tests/fixtures/round48/files11/make_fixtures.py`` (python-docx with bold runs and runs in
named fonts, a section break, Word's own numbering; openpyxl's rich text and bold cells saved by LibreOffice Calc;
a portal page with ``<strong>``/``<b>``; LibreOffice's .doc and .pdf; a UTF-8 .csv with a BOM); each file's expected
reading is its ``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser
ran. The focused tests below are small inputs of each rule (docs/loader.md, round 48).
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest

from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_xlsx import read_xlsx
from reformgraph.loaders.source import bold_units
from tests.support.expected_files import compared, roles
from tests.support.office import with_shared_strings_replaced

FIXTURES = Path(__file__).parent / "fixtures" / "round48" / "files11"
NEEDS_SOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="needs libreoffice-writer-nogui")
_CONVERTED = ("02-",)  # a .doc is read through LibreOffice


def _cases():
    for path in sorted(FIXTURES.glob("*.expected.json")):
        marks = [NEEDS_SOFFICE] if path.name.startswith(_CONVERTED) else []
        yield pytest.param(path, marks=marks, id=path.name.removesuffix(".expected.json"))


@pytest.mark.parametrize("expected_path", list(_cases()))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


# ---- units in bold runs (or in a named font) of a Word file, under a legend giving the format a role ----------------


def _word(legend: str, units: list[tuple[str, bool]], *, font: dict[bool, str] | None = None) -> bytes:
    document = docx.Document()
    document.add_paragraph("某区2026年重点任务清单")
    if legend:
        document.add_paragraph(legend)
    table = document.add_table(rows=1, cols=3)
    for cell, name in zip(table.rows[0].cells, ("序号", "重点任务", "责任单位")):
        cell.text = name
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "1", "实施老旧小区改造，完成改造小区42个。"
    paragraph = cells[2].paragraphs[0]
    for k, (name, lead) in enumerate(units):
        if k:
            paragraph.add_run("、")
        run = paragraph.add_run(name)
        if font:
            run._r.get_or_add_rPr().get_or_add_rFonts().set(docx.oxml.ns.qn("w:eastAsia"), font[lead])
        else:
            run.bold = lead
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read_word(data: bytes):
    return read_docx(data, path="t.docx", key="t", sha256="0")


_UNITS = [("区住房城乡建设局", True), ("区财政局", False), ("各街道办事处", False)]


def test_a_bold_run_in_a_word_cell_under_a_legend_leads():
    doc = _read_word(_word("注：责任单位中字体加粗的为牵头单位，其余为配合单位。", _UNITS))
    assert roles(doc) == [(["区住房城乡建设局"], ["区财政局", "各街道办事处"])]


def test_a_bold_run_with_no_legend_gives_no_role():
    # guard: bold alone says nothing (a list with one role and no lead marked: every unit leads)
    doc = _read_word(_word("", _UNITS))
    assert roles(doc) == [(["区住房城乡建设局", "区财政局", "各街道办事处"], [])]


def test_a_run_in_the_font_a_legend_names_has_its_role():
    fonts = {True: "黑体", False: "楷体_GB2312"}
    doc = _read_word(_word("责任单位中黑体字为牵头单位，楷体字为配合单位。", _UNITS, font=fonts))
    assert roles(doc) == [(["区住房城乡建设局"], ["区财政局", "各街道办事处"])]
    # guard: a font no legend names (仿宋 named for nothing) gives no role
    doc = _read_word(_word("正文用仿宋_GB2312字体排版。", _UNITS, font=fonts))
    assert roles(doc) == [(["区住房城乡建设局", "区财政局", "各街道办事处"], [])]


# ---- a workbook: bold runs of a rich-text cell, a cell bold whole ----------------------------------------------------


@pytest.mark.parametrize("name", ["03-city-rich-bold.xlsx", "04-town-bold-cells.xlsx"])
def test_a_sheet_whose_legend_is_taken_away_reads_every_unit_as_lead(name: str):
    # guard for the rich runs (03) and the bold cells (04): the same workbook, its legend's role words changed
    data = with_shared_strings_replaced(FIXTURES / name, "加粗的为牵头单位", "加粗的为新增内容")
    doc = read_xlsx(data, path=name, key="t", sha256="0")
    assert all(not supports for _, supports in roles(doc))
    assert roles(read_xlsx((FIXTURES / name).read_bytes(), path=name, key="t", sha256="0"))[0] == (
        (["市市场监管局"], ["市税务局", "市公安局"])
        if name.startswith("03")
        else (["镇应急管理办公室"], ["镇市场监管所", "镇综合行政执法队"])
    )


# ---- a portal page's <strong> and <b> units ------------------------------------------------------------------------


def _page(legend: str) -> bytes:
    return (
        "<h1>某区2026年扩大服务消费工作方案</h1>"
        f"<p>{legend}</p>"
        "<table><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>推进家政服务提质扩容。</td><td><strong>区商务局</strong>、区妇联</td></tr>"
        "<tr><td>2</td><td>发展银发经济。</td><td><b>区民政局</b>、区市场监管局</td></tr></table>"
    ).encode()


def test_strong_and_b_units_of_a_page_under_a_legend_lead():
    doc = read_html(_page("（注：责任单位中字体加粗的为牵头单位，其余为配合单位）"), path="t.html", key="t", sha256="0")
    assert roles(doc) == [(["区商务局"], ["区妇联"]), (["区民政局"], ["区市场监管局"])]
    # guard: with no legend, <strong> is emphasis
    doc = read_html(_page("为进一步释放服务消费潜力，制定本方案。"), path="t.html", key="t", sha256="0")
    assert roles(doc) == [(["区商务局", "区妇联"], []), (["区民政局", "区市场监管局"], [])]


# ---- a bold unit opening a cell's or a line's text -----------------------------------------------------------------


def test_a_bold_unit_at_the_start_of_a_cell_is_marked():
    assert bold_units("**区商务局**、区财政局", "★") == "★区商务局、区财政局"
    # guard: a bold heading or a bold task at a line's start is no unit
    assert bold_units("**一、重点任务**", "★") == "**一、重点任务**"
    assert bold_units("**推进以旧换新**、做好服务", "★") == "**推进以旧换新**、做好服务"


def test_b_units_in_a_page_read_as_text_under_a_legend_lead():
    page = (
        "<h1>某区2026年工作方案</h1><p>（注：责任单位中字体加粗的为牵头单位，其余为配合单位）</p>"
        "<p>（一）推进家政服务提质扩容。（责任单位：<b>区商务局</b>、区妇联；完成时限：2026年10月底前）</p>"
    )
    doc = read_html(page.encode(), path="t.html", key="t", sha256="0")
    assert roles(doc) == [(["区商务局"], ["区妇联"])]
    # guard: a bold title in the text is no unit
    doc = read_html(page.replace("（一）", "<b>（一）</b>").encode(), path="t.html", key="t", sha256="0")
    assert roles(doc) == [(["区商务局"], ["区妇联"])]

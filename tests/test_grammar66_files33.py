"""Round 66, files33: the office files round 65 left unread (docs/round66_files33.md): short forms the footnotes of
an .odt or a .doc define, an .xlsx's leads in a theme colour, a web page's leads in red under a colour legend."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Color, Font

from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_xlsx import read_xlsx
from reformgraph.loaders.read import read_document
from reformgraph.loaders.sheet_stream import theme_colours
from tests.support.office import libreoffice_copy, noted_table_document, one_task_book
from tests.support.readings import task_rows

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")

# ---- an .odt's and a .doc's footnotes (formats_odf.read_odt, formats_doc.read_doc) ----------------------------------


def _written(doc) -> dict[str, str | None]:
    return {u.raw: u.written for w in doc.workplans for m in w.measures for u in (*m.leads, *m.supports)}


def _noted(tmp_path, kind: str, note: str):
    rows = [
        ("序号", "重点任务", "牵头单位", "配合单位"),
        ("1", "建设城市数据空间。", "市数据局", "市发改委"),
        ("2", "开展公共数据授权运营。", "某市数据局", "市财政局"),
    ]
    document = noted_table_document("为推进工作，某市数据局", rows, [note])
    source = tmp_path / "plan.docx"
    document.save(source)
    libreoffice_copy(source, kind, tmp_path / f"清单.{kind}")
    return read_document(tmp_path / f"清单.{kind}")


@needs_soffice
@pytest.mark.parametrize("kind", ["odt", "doc"])
def test_the_footnotes_of_an_odt_or_a_doc_define_short_forms(tmp_path, kind) -> None:
    # read through LibreOffice's .docx of it, whose word/footnotes.xml holds the notes (before: the body alone)
    doc = _noted(tmp_path, kind, "①某市数据局，以下简称市数据局。")
    assert _written(doc)["某市数据局"] == "某市数据局（以下简称市数据局）"
    assert [r[1:3] for r in task_rows(doc)] == [(["市数据局"], ["市发改委"]), (["某市数据局"], ["市财政局"])]


@needs_soffice
def test_an_odts_footnote_defining_no_unit(tmp_path) -> None:
    # guard: a note defining no unit's short form is no definition of one
    doc = _noted(tmp_path, "odt", "建设城市数据空间，以下简称数据空间。")
    assert set(_written(doc).values()) == {None}


# ---- an .xlsx's theme colours (sheet_stream.theme_colours, sheet_colour_in) ----------------------------------------

_LEGEND = "注：红色字体为牵头单位，其余为配合单位。"


def _book(legend: str, units, *, font: Font | None = None, accent2: str = "") -> bytes:
    data = one_task_book(legend, units, task="推进高标准农田建设。", font=font)
    if not accent2:
        return data
    # the same workbook under another theme, its accent 2 another colour (a theme the office chose)
    again = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(again, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/theme/theme1.xml":
                data = data.replace(b'<a:srgbClr val="C0504D"/>', f'<a:srgbClr val="{accent2}"/>'.encode())
            target.writestr(item, data)
    return again.getvalue()


def _runs(*parts: tuple[str, Color | None]) -> CellRichText:
    return CellRichText(*(TextBlock(InlineFont(rFont="宋体", color=colour), text) for text, colour in parts))


def _read(data: bytes):
    return [r[1:3] for r in task_rows(read_xlsx(data, path="台账.xlsx", key="台账", sha256="0"))]


def test_xlsx_runs_and_a_cell_in_a_theme_colour_under_a_colour_legend() -> None:
    # accent 2 (theme 5) is C0504D in the theme openpyxl and Excel 2007-2010 write: red
    runs = _runs(("县农业农村局", Color(theme=5)), ("、县财政局", None))
    assert _read(_book(_LEGEND, runs)) == [(["县农业农村局"], ["县财政局"])]
    whole = _book(_LEGEND, "县财政局、县水利局", font=Font(color=Color(theme=5)))
    assert _read(whole) == [(["县财政局", "县水利局"], [])]


def test_xlsx_theme_colours_not_the_legends() -> None:
    # guards: accent 1 (theme 4, blue 4F81BD) under a red legend marks nothing; the theme's own colour decides
    # (accent 2 made orange by the office's theme: not red); a theme colour with no legend marks nothing
    blue = _runs(("县农业农村局", Color(theme=4)), ("、", None), ("县财政局", Color(theme=5)))
    assert _read(_book(_LEGEND, blue)) == [(["县财政局"], ["县农业农村局"])]
    runs = _runs(("县农业农村局", Color(theme=5)), ("、县财政局", None))
    assert _read(_book(_LEGEND, runs, accent2="ED7D31")) == [(["县农业农村局", "县财政局"], [])]
    assert _read(_book("注：请于每月底前报送进展。", runs)) == [(["县农业农村局", "县财政局"], [])]


def test_the_theme_parts_colours_in_excels_order() -> None:
    book = io.BytesIO()
    Workbook().save(book)
    with zipfile.ZipFile(book) as archive:
        colours = theme_colours(archive.read("xl/theme/theme1.xml"))
    assert colours[:6] == ("FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D")
    assert theme_colours(b"<a:theme xmlns:a='x'/>") == ()


# ---- a web page's colours (formats_html._element_colour, css_rules.colour_declarations) ----------------------------

_PAGE = (
    "<html><head><title>某区任务分工</title></head><body><h1>某区2026年提振消费任务分工</h1><p>{legend}</p>"
    "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
    "<tr><td>1</td><td>举办促消费活动。</td><td>{units}</td></tr></table></body></html>"
)
_RED = "注：责任单位中标红的为牵头单位，其余为配合单位。"


def _page(units: str, legend: str = _RED) -> list[tuple[list[str], list[str]]]:
    page = _PAGE.format(units=units, legend=legend).encode()
    return [r[1:3] for r in task_rows(read_html(page, path="p.html", key="p", sha256="0"))]


def test_a_pages_red_units_lead_under_a_colour_legend() -> None:
    for red in ('<span style="color:red">区商务局</span>', '<font color="#FF0000">区商务局</font>'):
        assert _page(f"区财政局、{red}") == [(["区商务局"], ["区财政局"])], red
    assert _page('<span style="COLOR: rgb(255, 0, 0)">区商务局</span>、区财政局') == [(["区商务局"], ["区财政局"])]
    # a red cell whose inner span says inherit: red still
    inherit = '<span style="color:red"><span style="color: inherit">区商务局</span></span>、区财政局'
    assert _page(inherit) == [(["区商务局"], ["区财政局"])]


def test_a_pages_colours_not_the_legends() -> None:
    # guards: no legend (red plain), a black span inside a red one, a red background, a blue unit under a red legend
    assert _page('<span style="color:red">区商务局</span>、区财政局', legend="注：请按月报送。") == [
        (["区商务局", "区财政局"], [])
    ]
    black = '<span style="color:red">区商务局、<span style="color:#000">区财政局</span></span>'
    assert _page(black) == [(["区商务局"], ["区财政局"])]
    background = '<span style="background-color:red">区财政局</span>、<font color="red">区商务局</font>'
    assert _page(background) == [(["区商务局"], ["区财政局"])]
    assert _page('<span style="color:blue">区财政局</span>、<font color="red">区商务局</font>') == [
        (["区商务局"], ["区财政局"])
    ]

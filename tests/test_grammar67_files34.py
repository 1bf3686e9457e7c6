"""Round 67, files34: the office files round 66 left unread (docs/loader.md, files33's "Left" line): a web page's
leads coloured by its style sheet's classes, an .xlsx's theme colour with a tint, a PDF's and an OFD's leads printed
in red, a .doc's footnotes read through antiword."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Color, Font

from reformgraph.loaders.css_rules import style_sheet
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_xlsx import read_xlsx
from reformgraph.loaders.sheet_stream import tinted
from tests.support.office import one_task_book, one_task_page
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

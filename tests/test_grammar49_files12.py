"""Round 49, files12: office files whose formatting carries a unit's role in ways round 48 did not read.

The files are made by ``tests/fixtures/round49/files12/make_fixtures.py`` (python-docx with a character style,
Strong or the office's own 要点, on the leads' runs; a portal page bold through CSS; openpyxl's bold cells saved by
LibreOffice Calc, a bold cell holding two units; a Word table whose legend is its last row; a legend after a table);
each file's expected reading is its ``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the
file before the parser ran. The focused tests below are small inputs of each rule (docs/loader.md, round 49).
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.formats_xlsx import read_xlsx
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import one_task_table, with_shared_strings_replaced

FIXTURES = Path(__file__).parent / "fixtures" / "round49" / "files12"
NEEDS_SOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="needs libreoffice-calc-nogui")
LEGEND = "注：责任单位中字体加粗的为牵头单位，其余为配合单位。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


# ---- a Word run bold through its character style (w:rStyle) --------------------------------------------------------


def _word(legend: str, style: str, *, bold_style: bool = True) -> bytes:
    document = docx.Document()
    if style not in ("Strong", "Emphasis"):
        document.styles.add_style(style, WD_STYLE_TYPE.CHARACTER).font.bold = bold_style
    paragraph = one_task_table(document, legend)
    paragraph.add_run("区数据局").style = style
    paragraph.add_run("、区财政局")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read_word(data: bytes):
    return read_docx(data, path="t.docx", key="t", sha256="0")


@pytest.mark.parametrize("style", ["Strong", "要点"])
def test_a_run_bold_through_its_character_style_leads_under_a_legend(style: str):
    assert roles(_read_word(_word(LEGEND, style))) == [(["区数据局"], ["区财政局"])]


def test_a_character_style_that_is_not_bold_marks_no_lead():
    # guard: Emphasis (italic) and a style of the office's own that is not bold are no bold
    assert roles(_read_word(_word(LEGEND, "Emphasis"))) == [(["区数据局", "区财政局"], [])]
    assert roles(_read_word(_word(LEGEND, "标注", bold_style=False))) == [(["区数据局", "区财政局"], [])]
    # guard: with no legend, Strong is emphasis
    assert roles(_read_word(_word("现将重点任务分解如下。", "Strong"))) == [(["区数据局", "区财政局"], [])]


# ---- a portal page bold through CSS --------------------------------------------------------------------------------


def _page(legend: str, style: str) -> bytes:
    return (
        "<h1>某县2026年耕地保护工作实施方案</h1>"
        f"<p>{legend}</p>"
        "<table><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>"
        f'<tr><td>1</td><td>建设高标准农田。</td><td><span style="{style}">县农业农村局</span>、县财政局</td></tr>'
        "</table>"
    ).encode()


@pytest.mark.parametrize(
    "style", ["font-weight:bold", "FONT-WEIGHT: 700; FONT-FAMILY: 仿宋_GB2312", "font-weight:bolder"]
)
def test_a_span_bold_through_css_leads_under_a_legend(style: str):
    doc = read_html(_page(LEGEND, style), path="t.html", key="t", sha256="0")
    assert roles(doc) == [(["县农业农村局"], ["县财政局"])]


@pytest.mark.parametrize("style", ["font-weight:normal", "font-weight:400", "font-family:仿宋_GB2312"])
def test_a_span_of_normal_weight_marks_no_lead(style: str):
    # guard: a span whose weight is normal (or not set) is no bold
    doc = read_html(_page(LEGEND, style), path="t.html", key="t", sha256="0")
    assert roles(doc) == [(["县农业农村局", "县财政局"], [])]


def test_a_css_bold_span_with_no_legend_is_emphasis():
    doc = read_html(
        _page("为严格落实耕地保护制度，制定本方案。", "font-weight:bold"), path="t.html", key="t", sha256="0"
    )
    assert roles(doc) == [(["县农业农村局", "县财政局"], [])]


# ---- a workbook's bold cell holding a list of units ----------------------------------------------------------------
# (a workbook saved by a spreadsheet program, Calc: openpyxl writes inline strings, where no legend is looked for)

BOLD_LISTS = FIXTURES / "03-town-bold-list-cells.xlsx"


def _sheet_roles(data: bytes) -> list[tuple[list[str], list[str]]]:
    return roles(read_xlsx(data, path="t.xlsx", key="t", sha256="0"))


def test_a_bold_cell_holding_a_list_of_units_marks_each_as_lead():
    assert _sheet_roles(BOLD_LISTS.read_bytes())[1] == (["镇水利站", "镇村镇建设办公室"], ["镇国土所", "各村（社区）"])


def test_a_bold_cell_whose_list_is_not_all_units_is_not_marked():
    # guard: a bold cell holding words that are no unit's name (a task's words) marks none of them
    roles = _sheet_roles(with_shared_strings_replaced(BOLD_LISTS, "镇水利站、镇村镇建设办公室", "镇水利站、加强巡查"))[
        1
    ]
    assert roles[1] == [] and "镇国土所" in roles[0]
    # guard: with the legend's role words changed, a bold cell is emphasis
    roles = _sheet_roles(with_shared_strings_replaced(BOLD_LISTS, "加粗的为牵头单位", "加粗的为新增内容"))
    assert all(not supports for _, supports in roles)

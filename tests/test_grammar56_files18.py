"""Round 56, files18: the office-format left-overs of rounds 54 and 55 (CSS's attribute selectors and sibling
combinators).

The files are made by ``tests/fixtures/round56/files18/make_fixtures.py``; each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/round56_files18.md), each with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.css_rules import parsed_selector
from reformgraph.loaders.formats_html import read_html
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import one_task_page

FIXTURES = Path(__file__).parent / "fixtures" / "round56" / "files18"
BOLD = "注：责任单位中字体加粗的为牵头单位，其余为配合单位。"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _page_roles(sheet: str, cells: str, legend: str = BOLD, cell: str = "class='zrdw'") -> list:
    page = one_task_page(sheet, f"<td {cell}>{cells}</td>", legend, around="class='TRS_Editor'")
    return roles(read_html(page, path="t.html", key="t", sha256="0"))


# ---- attribute selectors ------------------------------------------------------------------------------------------


def test_an_attribute_selector_marks_the_leads():
    # before: a selector with an attribute test was left out: the reset alone decided, every unit led
    sheet = ".TRS_Editor td span {font-weight: normal} .TRS_Editor td[class='zrdw'] span[data-lead] {font-weight: bold}"
    cells = "<span data-lead='1'>区数据局</span>、<span>区财政局</span>"
    assert _page_roles(sheet, cells) == [(["区数据局"], ["区财政局"])]
    coloured = "<span style='color:#c00'>区数据局</span>、<span style='color:#333'>区财政局</span>"
    assert _page_roles('td span[style*="#c00"] {font-weight: bold}', coloured) == [(["区数据局"], ["区财政局"])]
    # an attribute counts as a class: the reset (0,1,2) is outweighed by (0,2,2) …
    assert _page_roles('.TRS_Editor td span {font-weight: normal} .TRS_Editor td span[style*="#c00"] {font-weight: bold}',
                       coloured) == [(["区数据局"], ["区财政局"])]  # fmt: skip
    # … and outweighs a rule of tags alone (0,0,2)
    assert _page_roles('span[style*="#c00"] {font-weight: bold} td span {font-weight: normal}', coloured) == [
        (["区数据局"], ["区财政局"])
    ]


def test_attribute_selector_guards():
    cells = "<span data-lead='1'>区数据局</span>、<span>区财政局</span>"
    # the whole value must be equal (`=`), not one of its words; no legend: the format says nothing
    sheet = "td span {font-weight: normal} td[class='zrdw'] span[data-lead] {font-weight: bold}"
    assert _page_roles(sheet, cells, cell="class='zrdw x'") == [(["区数据局", "区财政局"], [])]
    assert _page_roles(sheet, cells, PLAIN) == [(["区数据局", "区财政局"], [])]
    # `~=` a word of the value; an empty value matches nothing with `*=`; a pseudo-class is still left out
    sheet = "td span {font-weight: normal} td[class~='zrdw'] span[data-lead] {font-weight: bold}"
    assert _page_roles(sheet, cells, cell="class='zrdw x'") == [(["区数据局"], ["区财政局"])]
    assert _page_roles("td span[style*=''] {font-weight: bold}", "<span style='x'>区数据局</span>、区财政局") == [
        (["区数据局", "区财政局"], [])
    ]
    assert parsed_selector("td span[data-lead]:hover") is None


# ---- sibling combinators ------------------------------------------------------------------------------------------


def test_the_next_sibling_combinator_marks_the_leads():
    # before: `td + td b` was left out: the reset decided, no unit bold, every unit led
    sheet = ".TRS_Editor td b {font-weight: normal} .TRS_Editor td + td b {font-weight: bold}"
    assert _page_roles(sheet, "<b>区数据局</b>、区财政局") == [(["区数据局"], ["区财政局"])]


def test_next_sibling_guards():
    # `th + td` selects no cell after a <td>; `h3 + p` only the paragraph right after the heading (text between them
    # counts for nothing, an element does)
    sheet = ".TRS_Editor td b {font-weight: normal} .TRS_Editor th + td b {font-weight: bold}"
    assert _page_roles(sheet, "<b>区数据局</b>、区财政局") == [(["区数据局", "区财政局"], [])]
    page = _text_page("h3 + p b {font-weight: bold} b {font-weight: normal}", "文字")
    assert roles(read_html(page, path="t.html", key="t", sha256="0")) == [
        (["区数据局"], ["区财政局"]),
        (["区水利局", "区财政局"], []),
    ]
    page = _text_page("h3 + p b {font-weight: bold} b {font-weight: normal}", "<span>说明</span>")
    assert roles(read_html(page, path="t.html", key="t", sha256="0")) == [
        (["区数据局", "区财政局"], []),
        (["区水利局", "区财政局"], []),
    ]


def _text_page(sheet: str, between: str) -> bytes:
    """A page in running text: a legend, a heading, ``between`` (text or an element), two task paragraphs whose
    first unit is a ``<b>``."""
    body = (
        f"<p>{BOLD.replace('责任单位中', '括号内')}</p><h3>一、主要任务</h3>{between}"
        "<p>（一）推进政务云资源整合。（<b>区数据局</b>、区财政局，2026年6月底前）</p>"
        "<p>（二）实施河道清淤工程。（<b>区水利局</b>、区财政局，2026年9月底前）</p>"
    )
    return f"<html><head><meta charset='utf-8'><style>{sheet}</style></head><body>{body}</body></html>".encode()


def test_the_later_sibling_combinator_marks_the_leads():
    # before: `h3 ~ p b` was left out: the reset decided, every unit led
    page = _text_page("b {font-weight: normal} h3 ~ p b {font-weight: bold}", "")
    assert roles(read_html(page, path="t.html", key="t", sha256="0")) == [
        (["区数据局"], ["区财政局"]),
        (["区水利局"], ["区财政局"]),
    ]
    # guard: paragraphs before the heading are no later siblings of it
    page = _text_page("b {font-weight: normal} h4 ~ p b {font-weight: bold}", "<h4>说明</h4>").replace(
        b"<h4>\xe8\xaf\xb4\xe6\x98\x8e</h4>", b""
    )
    assert roles(read_html(page, path="t.html", key="t", sha256="0")) == [
        (["区数据局", "区财政局"], []),
        (["区水利局", "区财政局"], []),
    ]


# ---- a table's and a row's own format ------------------------------------------------------------------------------


def _table_roles(table: str, row: str, cells: str, legend: str = BOLD) -> list:
    body = (
        f"<p>{legend}</p><table {table}><tr style='font-weight:bold'><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
        f"<tr {row}><td>1</td><td>推进政务云资源整合。</td><td>{cells}</td></tr></table>"
    )
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()
    return roles(read_html(page, path="t.html", key="t", sha256="0"))


def test_a_rows_or_tables_own_format_is_its_cells():
    # before: a <tr>'s or <table>'s style was not read: no unit bold, both led
    cells = "区数据局、<span style='font-weight:normal'>区财政局</span>"
    assert _table_roles("", "style='font-weight:bold'", cells) == [(["区数据局"], ["区财政局"])]
    assert _table_roles("style='font-weight:700'", "", cells) == [(["区数据局"], ["区财政局"])]
    # a plain row in a bold table: only its <b> is bold
    assert _table_roles("style='font-weight:bold'", "style='font-weight:normal'", "<b>区数据局</b>、区财政局") == [
        (["区数据局"], ["区财政局"])
    ]


def test_row_format_guards():
    cells = "区数据局、<span style='font-weight:normal'>区财政局</span>"
    # no legend; a plain row (the bold header row marks nothing of the units); the row's format inside a cell only
    assert _table_roles("", "style='font-weight:bold'", cells, PLAIN) == [(["区数据局", "区财政局"], [])]
    assert _table_roles("", "", "<b>区数据局</b>、区财政局") == [(["区数据局"], ["区财政局"])]
    assert _table_roles("", "", cells) == [(["区数据局", "区财政局"], [])]

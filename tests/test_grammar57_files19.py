"""Round 57, files19: the office-format left-overs of round 56 (tasks spanning several table rows, one unit a row;
CSS's structural pseudo-classes and ``:not``).

The files are made by ``tests/fixtures/round57/files19/make_fixtures.py``; each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/round57_files19.md), each with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.css_rules import parsed_selector
from reformgraph.loaders.formats_html import read_html
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import one_task_page

FIXTURES = Path(__file__).parent / "fixtures" / "round57" / "files19"
BOLD = "注：责任单位中字体加粗的为牵头单位，其余为配合单位。"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _page_roles(sheet: str, cells: str, legend: str = BOLD) -> list:
    page = one_task_page(sheet, f"<td>{cells}</td>", legend, around="class='article'")
    return roles(read_html(page, path="t.html", key="t", sha256="0"))


# ---- structural pseudo-classes and :not ---------------------------------------------------------------------------

RESET = ".article td span {font-weight: normal} "
UNITS = "<span>区数据局</span>、<span class='ph'>区财政局</span>"


def test_a_pseudo_class_marks_the_leads():
    # before: a selector with a pseudo-class was left out: the reset alone decided, every unit led
    assert _page_roles(RESET + ".article tr td:nth-child(3) span:not(.ph) {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    assert _page_roles(RESET + "td:nth-of-type(3) span:first-child {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    assert _page_roles(RESET + ".article td:not(:first-child) span:nth-child(odd) {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    # the :not(.ph) weighs as a class: (0,3,3) over the reset (0,1,2); a later (0,1,2) bolding every span is outweighed
    sheet = ".article tr td:nth-child(3) span:not(.ph) {font-weight: bold} .article td span.ph {font-weight: normal}"
    assert _page_roles(sheet + " td span {font-weight: bold}", UNITS) == [(["区数据局"], ["区财政局"])]


def test_pseudo_class_guards():
    # the wrong column (the task's, second), a place past the cell's spans, no legend: the format says nothing
    assert _page_roles(RESET + "td:nth-child(2) span:not(.ph) {font-weight: bold}", UNITS) == [
        (["区数据局", "区财政局"], [])
    ]
    assert _page_roles(RESET + "td:nth-child(3) span:nth-of-type(3) {font-weight: bold}", UNITS) == [
        (["区数据局", "区财政局"], [])
    ]
    assert _page_roles(RESET + "td span:not(.ph) {font-weight: bold}", UNITS, PLAIN) == [(["区数据局", "区财政局"], [])]
    # a pseudo-class not read (under the pointer, checked; a :not inside a :not, of a list) leaves the selector out,
    # as before: it matches nothing, not everything
    unread_ones = ("td span:hover", "td span:checked", "td span:not(:not(.ph))")
    assert parsed_selector("td span:not(.ph, .x)") is None
    for unread in unread_ones:
        assert parsed_selector(unread) is None
        assert _page_roles(RESET + unread + " {font-weight: bold}", UNITS) == [(["区数据局", "区财政局"], [])]


def test_a_place_from_the_end_marks_the_leads():
    # before: :last-child and its kin were left out (an element's format is written when it opens, before its later
    # siblings are seen); now a pass of their own counts each element's siblings after it
    assert _page_roles(RESET + ".article td:last-child span:first-child {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    assert _page_roles(RESET + "td span:nth-last-child(2) {font-weight: bold}", UNITS) == [(["区数据局"], ["区财政局"])]
    assert _page_roles(RESET + "td span:not(:last-of-type) {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    # a lone unit is its cell's only span
    assert _page_roles(RESET + "td span:only-of-type {font-weight: bold}", "<span>区数据局</span>、区财政局") == [
        (["区数据局"], ["区财政局"])
    ]


def test_place_from_the_end_guards():
    # two spans: neither is an only child; the task's cell is no last child; no legend
    assert _page_roles(RESET + "td span:only-child {font-weight: bold}", UNITS) == [(["区数据局", "区财政局"], [])]
    assert _page_roles(RESET + "td:nth-last-child(2) span {font-weight: bold}", UNITS) == [
        (["区数据局", "区财政局"], [])
    ]
    assert _page_roles(RESET + "td span:last-child {font-weight: bold}", UNITS, PLAIN) == [
        (["区数据局", "区财政局"], [])
    ]


# ---- a task spanned over rows of a unit each ----------------------------------------------------------------------


def _table_page(rows: str, note: str = "", head: str = "<td>责任单位</td>") -> bytes:
    body = (
        f"<p>{note}</p><table><tr><td>序号</td><td>重点任务</td>{head}<td>完成时限</td></tr>{rows}</table>"
        "<p>某区人民政府办公室</p>"
    )
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _tasks(page: bytes) -> list:
    from tests.support.expected_files import measures

    doc = read_html(page, path="t.html", key="t", sha256="0")
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw) for m in measures(doc)]


SPANNED = (
    "<tr><td rowspan='3'>1</td><td rowspan='3'>推进老旧小区改造。</td><td>{a}</td><td rowspan='3'>{due}</td></tr>"
    "<tr><td>{b}</td></tr><tr><td>{c}</td></tr>"
)
FIRST = "（责任单位中排在第一位的为牵头单位，其他为配合单位）"


def test_a_task_spanned_over_rows_of_a_unit_each_is_one_task():
    # before: a task a row, each row's unit leading
    rows = SPANNED.format(a="区住建局", b="区财政局", c="各街道办事处", due="2026年6月底前")
    assert _tasks(_table_page(rows, FIRST)) == [(2, ["区住建局"], ["区财政局", "各街道办事处"], "2026年6月底前")]
    # the lead in bold on its row (under a bold legend), on the second row too
    rows = SPANNED.format(a="区财政局", b="<b>区住建局</b>", c="<b>区水务局</b>", due="2026年6月底前")
    assert _tasks(_table_page(rows, BOLD)) == [(2, ["区住建局", "区水务局"], ["区财政局"], "2026年6月底前")]
    # no convention and no format: every unit listed leads, one task
    rows = SPANNED.format(a="区住建局", b="区财政局", c="各街道办事处", due="2026年6月底前")
    assert _tasks(_table_page(rows, PLAIN)) == [(2, ["区住建局", "区财政局", "各街道办事处"], [], "2026年6月底前")]


def test_spanned_rows_guards():
    # a deadline spanned over two tasks of their own numbers and texts: two tasks
    rows = (
        "<tr><td>1</td><td>推进老旧小区改造。</td><td>区住建局</td><td rowspan='3'>2026年6月底前</td></tr>"
        "<tr><td rowspan='2'>2</td><td rowspan='2'>实施雨污分流改造。</td><td>区水务局</td></tr>"
        "<tr><td>区住建局</td></tr>"
    )
    assert _tasks(_table_page(rows, FIRST)) == [
        (2, ["区住建局"], [], "2026年6月底前"),
        (3, ["区水务局"], ["区住建局"], "2026年6月底前"),
    ]
    # rows of the same text but each a number of its own: a task a row, as before
    rows = (
        "<tr><td>1</td><td>开展安全检查。</td><td>区应急局</td><td>2026年6月底前</td></tr>"
        "<tr><td>2</td><td>开展安全检查。</td><td>区住建局</td><td>2026年6月底前</td></tr>"
    )
    assert _tasks(_table_page(rows, PLAIN)) == [
        (2, ["区应急局"], [], "2026年6月底前"),
        (3, ["区住建局"], [], "2026年6月底前"),
    ]
    rows = SPANNED.replace("<td rowspan='3'>{due}</td>", "<td>2026年6月底前</td>").replace(
        "<td>{b}</td>", "<td>{b}</td><td>2026年9月底前</td>"
    )
    page = _table_page(rows.format(a="区住建局", b="区财政局", c="区水务局", due=""), PLAIN)
    # round 57 files20 (Chosen): rows of one number and text each writing a deadline of its own are one task, its
    # dates joined (before, a task a row)
    assert [t[3] for t in _tasks(page)] == ["2026年6月底前；2026年9月底前"]


# ---- a column of each row's role ----------------------------------------------------------------------------------

ROLE_ROWS = (
    "<tr><td rowspan='3'>1</td><td rowspan='3'>推进老旧小区改造。</td><td>区财政局</td><td>{a}</td>"
    "<td rowspan='3'>2026年6月底前</td></tr>"
    "<tr><td>区住建局</td><td>{b}</td></tr><tr><td>各街道办事处</td><td>{c}</td></tr>"
)
ROLE_HEAD = "<td>责任单位</td><td>{}</td>"


def test_a_column_of_roles_gives_its_rows_units_theirs():
    # before: 责任分工 was read as a second unit column: 牵头 and 配合 were units, every row a task
    rows = ROLE_ROWS.format(a="配合", b="牵头", c="配合")
    assert _tasks(_table_page(rows, PLAIN, ROLE_HEAD.format("责任分工"))) == [
        (2, ["区住建局"], ["区财政局", "各街道办事处"], "2026年6月底前")
    ]
    assert _tasks(_table_page(rows.replace("配合", "配合单位"), PLAIN, ROLE_HEAD.format("牵头/配合"))) == [
        (2, ["区住建局"], ["区财政局", "各街道办事处"], "2026年6月底前")
    ]


def test_role_column_guards():
    # a column whose cells are not all role words (a 备注), or naming no lead, gives no role
    rows = ROLE_ROWS.format(a="配合", b="牵头", c="已纳入试点")
    assert _tasks(_table_page(rows, PLAIN, ROLE_HEAD.format("备注"))) == [
        (2, ["区财政局", "区住建局", "各街道办事处"], [], "2026年6月底前")
    ]
    rows = ROLE_ROWS.format(a="配合", b="配合", c="配合")
    assert _tasks(_table_page(rows, PLAIN, ROLE_HEAD.format("备注"))) == [
        (2, ["区财政局", "区住建局", "各街道办事处"], [], "2026年6月底前")
    ]


def test_a_word_tables_vertical_merge_is_one_task_too(tmp_path: Path):
    # the same rule reads a .docx whose task cells are merged down over a unit a row (Word's vertical merge gives
    # each row the merged cell's text, as an HTML page's rowspan does); before, a task a row
    docx = pytest.importorskip("docx")
    from reformgraph.loaders.read import read_document
    from tests.support.expected_files import measures

    document = docx.Document()
    document.add_paragraph("某区2026年重点任务分工")
    document.add_paragraph(FIRST)
    table = document.add_table(rows=5, cols=4)
    for row, texts in enumerate(
        (
            ("序号", "重点任务", "责任单位", "完成时限"),
            ("1", "推进老旧小区改造。", "区住建局", "2026年6月底前"),
            ("", "", "区财政局", ""),
            ("", "", "各街道办事处", ""),
            ("2", "实施雨污分流改造。", "区水务局", "2026年9月底前"),
        )
    ):
        for col, text in enumerate(texts):
            table.cell(row, col).text = text
    for col in (0, 1, 3):
        table.cell(1, col).merge(table.cell(3, col))
    document.add_paragraph("某区人民政府办公室")
    document.save(tmp_path / "t.docx")
    doc = read_document(tmp_path / "t.docx")
    assert [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)] == [
        (2, ["区住建局"], ["区财政局", "各街道办事处"]),
        (5, ["区水务局"], []),
    ]

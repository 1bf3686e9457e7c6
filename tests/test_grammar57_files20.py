"""Round 57, files20: the table left-overs of round 57's files19 (a task spanned over unit rows that each write a
deadline of their own; a 是否牵头 column of 是 / 否 beside one 责任单位 column).

The files are made by ``tests/fixtures/round57/files20/make_fixtures.py``; each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/round57_files20.md), each with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.formats_html import read_html
from tests.support.expected_files import compared, hand_read_cases, measures

FIXTURES = Path(__file__).parent / "fixtures" / "round57" / "files20"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    got, want = compared(expected_path)
    assert got == want


def _table_page(rows: str, head: str = "<td>责任单位</td><td>完成时限</td>") -> bytes:
    body = f"<p>{PLAIN}</p><table><tr><td>序号</td><td>重点任务</td>{head}</tr>{rows}</table><p>某区人民政府办公室</p>"
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _tasks(page: bytes) -> list:
    doc = read_html(page, path="t.html", key="t", sha256="0")
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw, m.deadline.date)
        for m in measures(doc)
    ]


# ---- a spanned task whose unit rows write deadlines of their own --------------------------------------------------

OWN_DUES = (
    "<tr><td rowspan='3'>1</td><td rowspan='3'>推进老旧小区改造。</td><td>区住建局</td><td>2026年9月底前</td></tr>"
    "<tr><td>区财政局</td><td>2026年6月底前</td></tr><tr><td>区水务局</td><td>{third}</td></tr>"
)


def test_a_spanned_task_with_a_deadline_a_row_is_one_task_due_last():
    # before: a task a row, each with its row's deadline
    rows = OWN_DUES.format(third="2026年11月底前")
    assert _tasks(_table_page(rows)) == [
        (2, ["区住建局", "区财政局", "区水务局"], [], "2026年9月底前；2026年6月底前；2026年11月底前", "2026-11")
    ]
    # a row repeating a date already written, or writing none, adds no date
    rows = OWN_DUES.format(third="2026年9月底前")
    assert _tasks(_table_page(rows))[0][3:] == ("2026年9月底前；2026年6月底前", "2026-09")
    rows = OWN_DUES.format(third="")
    assert _tasks(_table_page(rows))[0][3:] == ("2026年9月底前；2026年6月底前", "2026-09")
    # with a 责任分工 column: the roles as its cells say
    role_rows = (
        "<tr><td rowspan='2'>1</td><td rowspan='2'>推进老旧小区改造。</td><td>区住建局</td><td>牵头</td>"
        "<td>2026年9月底前</td></tr><tr><td>区财政局</td><td>配合</td><td>2026年6月底前</td></tr>"
    )
    head = "<td>责任单位</td><td>责任分工</td><td>完成时限</td>"
    assert _tasks(_table_page(role_rows, head)) == [
        (2, ["区住建局"], ["区财政局"], "2026年9月底前；2026年6月底前", "2026-09")
    ]


def test_own_deadline_rows_guards():
    # rows of one text under numbers of their own: a task a row, each its own deadline
    rows = (
        "<tr><td>1</td><td>开展安全检查。</td><td>区应急局</td><td>2026年6月底前</td></tr>"
        "<tr><td>2</td><td>开展安全检查。</td><td>区应急局</td><td>2026年9月底前</td></tr>"
    )
    assert _tasks(_table_page(rows)) == [
        (2, ["区应急局"], [], "2026年6月底前", "2026-06"),
        (3, ["区应急局"], [], "2026年9月底前", "2026-09"),
    ]
    # with no number column, rows of one text and deadlines of their own stay a task a row
    page = (
        f"<html><head><meta charset='utf-8'></head><body><p>{PLAIN}</p><table>"
        "<tr><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>"
        "<tr><td>开展安全检查。</td><td>区应急局</td><td>2026年6月底前</td></tr>"
        "<tr><td>开展安全检查。</td><td>区住建局</td><td>2026年9月底前</td></tr>"
        "</table></body></html>"
    ).encode()
    assert [t[3] for t in _tasks(page)] == ["2026年6月底前", "2026年9月底前"]


# ---- a 是否牵头 column of 是 / 否 --------------------------------------------------------------------------------

ANSWER_ROWS = (
    "<tr><td rowspan='3'>1</td><td rowspan='3'>推进老旧小区改造。</td><td>区财政局</td><td>{a}</td>"
    "<td rowspan='3'>2026年6月底前</td></tr>"
    "<tr><td>区住建局</td><td>{b}</td></tr><tr><td>各街道办事处</td><td>{c}</td></tr>"
)


@pytest.mark.parametrize("name", ["是否牵头", "是否牵头单位", "是否为牵头部门"])
def test_a_column_asking_whether_its_row_leads_gives_the_roles(name: str):
    # before: 是否牵头 read as no column (every unit leading), 是否牵头单位 as a lead column (是 / 否 leading)
    rows = ANSWER_ROWS.format(a="否", b="是", c="否")
    head = f"<td>责任单位</td><td>{name}</td><td>完成时限</td>"
    assert _tasks(_table_page(rows, head)) == [
        (2, ["区住建局"], ["区财政局", "各街道办事处"], "2026年6月底前", "2026-06")
    ]


def test_answer_column_guards():
    # 是 / 否 under a name not asking about the lead (是否纳入考核): no role, every unit leads as before
    rows = ANSWER_ROWS.format(a="否", b="是", c="否")
    head = "<td>责任单位</td><td>是否纳入考核</td><td>完成时限</td>"
    assert _tasks(_table_page(rows, head))[0][1:3] == (["区财政局", "区住建局", "各街道办事处"], [])
    # a 是否牵头 column answering 否 throughout names no lead: no role from it
    rows = ANSWER_ROWS.format(a="否", b="否", c="否")
    head = "<td>责任单位</td><td>是否牵头</td><td>完成时限</td>"
    assert _tasks(_table_page(rows, head))[0][1:3] == (["区财政局", "区住建局", "各街道办事处"], [])


def test_a_word_table_reads_both_rules_too(tmp_path: Path):
    # a .docx whose number and text are merged down over unit rows that each write a deadline, beside a 是否牵头
    # column: one task, its dates joined, the 是 row's unit leading (before: a task a row, every unit leading)
    docx = pytest.importorskip("docx")
    from reformgraph.loaders.read import read_document

    document = docx.Document()
    document.add_paragraph("某区2026年重点任务分工")
    document.add_paragraph(PLAIN)
    table = document.add_table(rows=4, cols=5)
    for row, texts in enumerate(
        (
            ("序号", "重点任务", "责任单位", "是否牵头", "完成时限"),
            ("1", "推进老旧小区改造。", "区财政局", "否", "2026年6月底前"),
            ("", "", "区住建局", "是", "2026年10月底前"),
            ("2", "实施雨污分流改造。", "区水务局", "是", "2026年9月底前"),
        )
    ):
        for col, text in enumerate(texts):
            table.cell(row, col).text = text
    for col in (0, 1):
        table.cell(1, col).merge(table.cell(2, col))
    document.add_paragraph("某区人民政府办公室")
    document.save(tmp_path / "t.docx")
    doc = read_document(tmp_path / "t.docx")
    assert [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in measures(doc)
    ] == [
        (2, ["区住建局"], ["区财政局"], "2026-10"),
        (4, ["区水务局"], [], "2026-09"),
    ]

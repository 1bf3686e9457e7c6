"""Round 58, files21: office-format task tables around round 57's office left-overs (a 是否牵头 column of ticks and
blanks; a role column named by its role words under a 责任单位 spanning it; the rows of a task whose merge was cut
or lost) and layouts common on portals (a frozen two-row header under a 填报说明 row, 1 / 1.1 numbers, a 牵头单位 cell
spanning tasks, a Word table going on over a page break).

The files are made by ``tests/fixtures/round58/files21/make_fixtures.py``; each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/round58_files21.md), each with a guard.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.tables import table_sections
from tests.support.expected_files import compared, hand_read_cases, measures

FIXTURES = Path(__file__).parent / "fixtures" / "round58" / "files21"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    got, want = compared(expected_path)
    assert got == want


def _tasks(doc) -> list:
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw, m.deadline.date)
        for m in measures(doc)
    ]


def _page(table: str) -> list:
    body = f"<p>{PLAIN}</p><table>{table}</table><p>某区人民政府办公室</p>"
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()
    return _tasks(read_html(page, path="t.html", key="t", sha256="0"))


def _units(rows: list[list[str]]) -> list[tuple[int, list[tuple[str, str]], str | None]]:
    """Each task of a table's rows: its line, its units with their roles (each once), its deadline words."""
    out = []
    for section in table_sections(rows):
        for d in section.drafts:
            named = list(dict.fromkeys((u.name, u.role) for u in d.assignment.units))
            out.append((d.line, named, d.assignment.deadline))
    return out


# ---- a 是否牵头 column of ticks and blanks ---------------------------------------------------------------------------

HEAD = "<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>{name}</td><td>完成时限</td></tr>"
TICKED = (
    "<tr><td rowspan='2'>1</td><td rowspan='2'>推进老旧小区改造。</td><td>区住建局</td><td>{a}</td>"
    "<td rowspan='2'>2026年9月底前</td></tr><tr><td>区财政局</td><td>{b}</td></tr>"
    "<tr><td>2</td><td>实施管网改造。</td><td>区水务局</td><td>{a}</td><td>2026年6月底前</td></tr>"
)


def test_a_ticked_is_lead_column_leads_its_ticked_units_and_the_blank_ones_support():
    # before: the column read as no column (every unit leading)
    want = [
        (2, ["区住建局"], ["区财政局"], "2026年9月底前", "2026-09"),
        (4, ["区水务局"], [], "2026年6月底前", "2026-06"),
    ]
    assert _page(HEAD.format(name="是否牵头") + TICKED.format(a="√", b="")) == want
    assert _page(HEAD.format(name="是否牵头单位") + TICKED.format(a="✔", b="×")) == want
    assert _page(HEAD.format(name="是否牵头") + TICKED.format(a="●", b="○")) == want  # a lead's and a partner's marks
    assert _page(HEAD.format(name="是否牵头") + TICKED.format(a="是", b="")) == want  # files20's 是, a blank for 否


def test_ticked_column_guards():
    # ticks under a column asking something else: no role (every unit leads, as before)
    assert _page(HEAD.format(name="是否纳入考核") + TICKED.format(a="√", b="")) == [
        (2, ["区住建局", "区财政局"], [], "2026年9月底前", "2026-09"),
        (4, ["区水务局"], [], "2026年6月底前", "2026-06"),
    ]
    # a 是否牵头 column left blank throughout names no lead: no role column
    assert _page(HEAD.format(name="是否牵头") + TICKED.format(a="", b=""))[0][1:3] == (["区住建局", "区财政局"], [])


# ---- a role column named by its role words, under a 责任单位 spanning it ------------------------------------------------

TWO_ROW_HEAD = (
    "<tr><td rowspan='2'>序号</td><td rowspan='2'>重点任务</td><td colspan='2'>责任单位</td>"
    "<td rowspan='2'>完成时限</td></tr><tr><td>{unit}</td><td>{role}</td></tr>"
)
ROLE_ROWS = (
    "<tr><td rowspan='2'>1</td><td rowspan='2'>推进医共体建设。</td><td>县卫生健康局</td><td>牵头</td>"
    "<td rowspan='2'>2026年9月底前</td></tr><tr><td>县医疗保障局</td><td>配合</td></tr>"
)


def test_cells_under_a_unit_column_spanning_them_name_its_columns():
    # before: the second header row read as a task (单位名称 leading) and the role column as a unit column
    want = [(3, ["县卫生健康局"], ["县医疗保障局"], "2026年9月底前", "2026-09")]
    assert _page(TWO_ROW_HEAD.format(unit="单位名称", role="牵头/配合") + ROLE_ROWS) == want
    assert _page(TWO_ROW_HEAD.format(unit="单位", role="牵头或配合") + ROLE_ROWS) == want
    assert _page(TWO_ROW_HEAD.format(unit="单位名称", role="角色") + ROLE_ROWS) == want


def test_spanned_header_guards():
    # 牵头单位 | 配合单位 under a spanning 责任单位: the columns as named (round 38), as before
    rows = (
        "<tr><td>1</td><td>推进医共体建设。</td><td>县卫生健康局</td><td>县医疗保障局</td><td>2026年9月底前</td></tr>"
    )
    want = [(3, ["县卫生健康局"], ["县医疗保障局"], "2026年9月底前", "2026-09")]
    assert _page(TWO_ROW_HEAD.format(unit="牵头单位", role="配合单位") + rows) == want
    # a row of units right under a header whose 责任单位 spans two columns is a task's row continued, no header
    header = ["序号", "重点任务", "责任单位", "", "完成时限"]
    units = ["", "", "县卫生健康局", "县医疗保障局", ""]
    task = ["1", "推进医共体建设。", "县卫生健康局", "", "2026年9月底前"]
    assert [line for line, _, _ in _units([header, units, task])] == [3]


# ---- the rows of a task whose merge was cut (a Word table split over a page) or lost (a csv) -----------------------

H = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]


def test_a_row_of_partners_alone_is_more_partners_of_the_task_above():
    # before: the row read as a group's heading (named 区交警大队), its partner lost
    rows = [
        H,
        ["1", "改造城市道路。", "区住建局", "区财政局", "2026年9月底前"],
        H,  # the header repeated where the table goes on after a page break
        ["", "", "", "区交警大队", ""],
        ["2", "规范户外广告。", "区城管局", "区市场监管局", "2026年10月底前"],
    ]
    assert _units(rows) == [
        (2, [("区住建局", "lead"), ("区财政局", "support"), ("区交警大队", "support")], "2026年9月底前"),
        (5, [("区城管局", "lead"), ("区市场监管局", "support")], "2026年10月底前"),
    ]


def test_partners_row_guards():
    # a row holding a lead alone, or a lead and a date, is not read as the task's partners (as before)
    for extra in (["", "", "区交警大队", "", ""], ["", "", "区交警大队", "", "2026年12月底前"]):
        rows = [H, ["1", "改造城市道路。", "区住建局", "区财政局", "2026年9月底前"], extra]
        assert _units(rows)[0][1] == [("区住建局", "lead"), ("区财政局", "support")]
    # a partners' row with no task above it is no task
    assert _units([H, ["", "", "", "区交警大队", ""]]) == []


def _split_word_table() -> bytes:
    """A Word table split over a page, its header repeated, a task's merged cells cut: the second part's first row
    goes on with a merge (``w:vMerge`` continue) that the cell above (the repeated header) is in no merge of."""
    document = docx.Document()
    document.add_paragraph("某区2026年城市管理重点任务分工")
    header = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
    parts = [
        [("1", "改造城市道路。", "区住建局", "区财政局", "2026年9月底前")],
        [(None, None, None, "区交警大队", None), ("2", "规范户外广告。", "区城管局", "区市场监管局", "2026年10月底前")],
    ]
    for k, rows in enumerate(parts):
        if k:
            document.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
        table = document.add_table(rows=0, cols=5)
        for values in (header, *rows):
            cells = table.add_row().cells
            for cell, value in zip(cells, values):
                if value is None:
                    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:vMerge {nsdecls("w")} w:val="continue"/>'))
                else:
                    cell.paragraphs[0].add_run(value)
        assert table._tbl.xpath(".//w:vMerge") or not k
    document.add_paragraph("某区人民政府办公室")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_merge_cut_where_a_word_table_is_split_keeps_its_partner():
    doc = read_docx(_split_word_table(), path="t.docx", key="t", sha256="0")
    assert [(line, leads, supports) for line, leads, supports, _, _ in _tasks(doc)] == [
        (2, ["区住建局"], ["区财政局", "区交警大队"]),
        (5, ["区城管局"], ["区市场监管局"]),
    ]
    assert qn("w:vMerge")  # the merge written as Word writes it


ROLE_H = ["序号", "工作任务", "责任单位", "是否牵头", "完成时限"]


def test_a_role_columns_unit_row_with_no_number_or_text_is_a_row_of_the_task_above():
    # before: the row dropped (no task text), its unit lost; its own deadline joins the task's (files20)
    rows = [
        ROLE_H,
        ["1", "整治背街小巷。", "区城管局", "√", "2026年6月底前"],
        ["", "", "区住建局", "", "2026年8月底前"],
        ["2", "改造道路。", "区住建局", "√", "2026年9月底前"],
        ["", "", "区财政局", "", ""],
    ]
    assert _units(rows) == [
        (2, [("区城管局", "lead"), ("区住建局", "support")], "2026年6月底前；2026年8月底前"),
        (4, [("区住建局", "lead"), ("区财政局", "support")], "2026年9月底前"),
    ]


def test_unit_row_guards():
    # with no role column, a row of a unit and no task text is not weighed (dropped, as before)
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "整治背街小巷。", "区城管局", "2026年6月底前"],
        ["", "", "区住建局", "2026年8月底前"],
    ]
    assert _units(rows) == [(2, [("区城管局", "responsible")], "2026年6月底前")]
    # a row of its own number is a task of its own
    rows = [ROLE_H, ["1", "整治背街小巷。", "区城管局", "√", "2026年6月底前"], ["2", "改造道路。", "区住建局", "√", ""]]
    assert [line for line, _, _ in _units(rows)] == [2, 3]

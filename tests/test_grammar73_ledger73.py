"""Round 73 ledger73: 台账 and 任务清单 workbooks (tests/fixtures/round73/ledger73: sheets per lead unit beside a 汇总
and a 填报说明 sheet, units named in a task cell's words, an autofilter and a hidden column, ``1-1`` sub-numbers and a
hidden row, 备注 cells of a status alone, serial and text dates, an .xls and a GBK .csv), read by hand before the parser
ran, and round 72 meta72's two ledger copies left as strict xfails (held-out 30's and 38's units one a line). The
rules, tested here in words of our own with their guards:

- a cell's line is joined with the next as one name broken by the column's width only when it is as wide as the
  cell's widest line (``tables.after_short_line``): ``街道`` over ``街道消防委`` are two units;
- a sheet, CSV or Word table whose header names a task column and no unit column reads each row's units in its task
  cell's words (``tables.units_from_task_words``): ``…由县市场监管局牵头，县行政审批局配合。``;
- a column named ``进度`` alone (``当前进度``) reports progress: its ``已完成`` marks the task done;
- a 备注 cell holding a status's words alone (``长期``, ``已完成``) in a table with no deadline column is the row's
  deadline, as a 完成时限 cell's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases, measures
from support.readings import sheet_document, task_rows

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_csv import read_csv
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.tables import after_short_line, noted_deadline, unit_cell_text
from reformgraph.loaders.vocab import names_progress_column

FOLDER = Path(__file__).parent / "fixtures" / "round73" / "ledger73"


# ---- a cell's lines: a list one a line, or a name broken by the width -----------------------------------------------


def test_a_short_line_is_a_unit_of_its_own() -> None:
    # before: 街道街道消防委, 公安法院 and 检察监察机关 (meta72's ledger copies of held-out 30 and 38)
    assert unit_cell_text("街道\n街道消防委") == "街道、街道消防委"
    assert unit_cell_text("公安\n法院\n检察\n监察机关") == "公安、法院、检察、监察机关"
    assert unit_cell_text("区人社局\n街道\n街道消防委") == "区人社局、街道、街道消防委"


def test_a_name_broken_by_the_width_is_still_one() -> None:
    # guards: a line as wide as the widest fills the column; the name goes on (round 37's joins, and a PDF's cell)
    assert unit_cell_text("区住房城乡\n建设管理委") == "区住房城乡建设管理委"
    assert unit_cell_text("县自然资源和\n规划局\n县财政局") == "县自然资源和规划局、县财政局"
    assert (
        unit_cell_text("区住房城乡\n建设管理委\n区市场监管\n局、区财政局")
        == "区住房城乡建设管理委、区市场监管局、区财政局"
    )
    assert unit_cell_text("县市场监管\n（局）") == "县市场监管（局）"  # a bracket one character short: kept
    # spaces inside a line are no line's end (round 37)
    assert unit_cell_text("县发改局、县\u3000自然资源局") == "县发改局、县自然资源局"
    # the widest line first, its break joined as before (meta72's ledger copy of the plan reads as the plan: the
    # bracket's units are split off after)
    cell = "区委宣传部（区文明办、区委网信办）\n区民政局"
    assert unit_cell_text(cell) == "区委宣传部（区文明办、区委网信办）区民政局"


def test_widths_count_ascii_as_half() -> None:
    assert after_short_line("市12345热线办\n市数据局") == [False, False]  # 9 ASCII-and-CJK columns against 8
    assert after_short_line("街道\n街道消防委") == [False, True]


# ---- units named in a task cell's words -----------------------------------------------------------------------------


def test_units_in_the_task_cells_words() -> None:
    # before: no sheet holds a task table (no unit column)
    doc = sheet_document(
        ["序号", "重点任务", "完成时限"],
        ["1", "建设数据平台。由区数据局牵头，区财政局配合。", "2026年6月底前"],
        ["2", "区司法局牵头：清理证明事项。", "2026年9月底前"],
        ["3", "推行告知承诺制（区行政审批局负责）。", "持续推进"],
    )
    assert [(t[1], t[2], t[3]) for t in task_rows(doc)] == [
        (["区数据局"], ["区财政局"], "2026-06"),
        (["区司法局"], [], "2026-09"),
        (["区行政审批局"], [], None),
    ]
    assert [m.line for w in doc.workplans for m in w.measures] == [2, 3, 4]


def test_units_in_a_csv_task_cells_words() -> None:
    # a CSV's table as a sheet's (before: no task table)
    data = "序号,重点任务,完成时限\n1,建设数据平台。由区数据局牵头，区财政局配合。,2026年6月底前\n".encode("gbk")
    doc = read_csv(data, path="t.csv", key="t", sha256="0")
    assert [(t[1], t[2], t[3]) for t in task_rows(doc)] == [(["区数据局"], ["区财政局"], "2026-06")]
    with pytest.raises(DocumentError, match="no task table"):
        read_csv(
            "序号,重点任务,完成时限\n1,建设数据平台,2026年6月底前\n".encode("gbk"), path="t.csv", key="t", sha256="0"
        )


def _word_table(rows, paragraph: str = "") -> list[tuple]:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("某县2026年重点任务台账")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    if paragraph:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    doc = parse_bytes(out.getvalue(), path="t.docx")
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in measures(doc)]


def test_units_in_a_word_tables_task_cells_words() -> None:
    # before: the table read as text, its first row's task lost and the second's text the title's
    rows = [("序号", "重点任务", "完成时限"), ("1", "深化改革。由县市场监管局牵头，县司法局配合。", "2026年6月底前")]
    rows.append(("2", "推行拿地即开工（县住建局负责）。", "2026年9月底前"))
    assert _word_table(rows) == [(2, ["县市场监管局"], ["县司法局"], "2026-06"), (3, ["县住建局"], [], "2026-09")]


def test_a_word_table_naming_no_unit_leaves_the_text_read() -> None:
    # guard: a table of figures beside the plan's paragraphs: the text is read, as before
    rows = [("序号", "重点任务", "目标值"), ("1", "新增托位", "2000个")]
    assert _word_table(rows, "1.新增普惠托位。（县卫生健康局负责，2026年12月底前）") == [
        (4, ["县卫生健康局"], [], "2026-12")
    ]


def test_a_sheet_without_units_in_words_is_still_no_task_table() -> None:
    # guards: a list of tasks naming no unit, or naming one in a few rows only, is no task table (as before)
    with pytest.raises(DocumentError, match="no sheet holds a task table"):
        sheet_document(["序号", "重点任务", "完成时限"], ["1", "建设数据平台", "2026年6月底前"])
    with pytest.raises(DocumentError, match="no sheet holds a task table"):
        sheet_document(
            ["序号", "重点任务", "完成时限"],
            ["1", "建设数据平台，完善数据目录", "2026年6月底前"],
            ["2", "清理证明事项，公布保留清单", "2026年6月底前"],
            ["3", "推行告知承诺制，由区司法局负责", "2026年6月底前"],
        )


def test_a_unit_column_is_read_as_before() -> None:
    # guard: a sheet with a unit column reads its units there, not in the task's words
    doc = sheet_document(["序号", "重点任务", "牵头单位"], ["1", "建设平台，由区数据局牵头", "区财政局"])
    assert [(t[1], t[2]) for t in task_rows(doc)] == [(["区财政局"], [])]


# ---- a 进度 column ---------------------------------------------------------------------------------------------------


def _progress(progress: str, column: str = "进度") -> list[tuple]:
    doc = sheet_document(
        ["序号", "任务名称", "牵头单位", "完成时限", column],
        ["1", "建设口袋公园20个", "市园林绿化局", "2026年9月底前", progress],
    )
    return [(m.deadline.raw, m.deadline.status) for w in doc.workplans for m in w.measures]


def test_a_progress_column_reports_done() -> None:
    # before: 进度 was none of the table's columns, the task scheduled
    assert _progress("已完成") == [("2026年9月底前；已完成", "done")]
    assert _progress("已完成", "当前进度") == [("2026年9月底前；已完成", "done")]
    assert names_progress_column("进度") and names_progress_column("目前进度")


def test_a_progress_columns_other_words_and_a_schedule() -> None:
    # guards: work under way, and a schedule's column (时间进度, 进度安排: the deadline's, round 24)
    assert _progress("推进中") == [("2026年9月底前", "scheduled")]
    assert _progress("已完成选址，正在设计") == [("2026年9月底前", "scheduled")]
    assert not names_progress_column("时间进度") and not names_progress_column("进度安排")


# ---- a 备注 cell of a status alone -----------------------------------------------------------------------------------


def _noted(note: str, deadline_column: bool = False) -> list[tuple]:
    header = ["序号", "重点工作", "牵头单位", *(["完成时限"] if deadline_column else []), "备注"]
    row = ["1", "开展执法人员轮训", "区司法局", *(["2026年6月底前"] if deadline_column else []), note]
    doc = sheet_document(header, row)
    return [(m.deadline.raw, m.deadline.date, m.deadline.status) for w in doc.workplans for m in w.measures]


def test_a_notes_status_alone_is_the_rows() -> None:
    # before: 长期 and 已完成 in a 备注 gave no deadline (round 55 read 持续推进 and a date only)
    assert _noted("长期") == [("长期", None, "ongoing")]
    assert _noted("已完成") == [("已完成", None, "done")]
    assert noted_deadline("长期坚持") == "长期坚持"


def test_other_notes_give_no_status() -> None:
    # guards: a note (已纳入市级试点), a sentence (已完成选址，正在设计), a deadline column beside (SPEC: 备注 no deadline)
    assert _noted("已纳入市级试点") == [(None, None, None)]
    assert noted_deadline("已完成选址，正在设计") is None
    assert _noted("长期", deadline_column=True) == [("2026年6月底前", "2026-06", "scheduled")]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # with the deadline's raw words too (46203 as the cell shows it, 2027.06, 已完成)
    read, written = compared(expected_path)
    assert read == written

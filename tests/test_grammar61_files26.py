"""Round 61, files26: office files as offices publish them (a workbook of a sheet per lead under a title naming the
plan, a 责任分工 cell laid out as a small table of its own): the rules the files of tests/fixtures/round61/files26
asked for, each with its guards."""

from __future__ import annotations

import io

import docx
from docx.shared import Cm

from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.sheets import document_from_sheets


def _rows(doc) -> list[tuple]:
    return [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for wp in doc.workplans
        for m in wp.measures
    ]


# ---- a sheet named by its lead under a title row naming the plan ------------------------------------------------------

_TITLE = ["青崖市2026年稳外贸稳外资重点任务清单", None, None, None]
_HEADER = ["序号", "重点任务", "配合单位", "完成时限"]


def _sheets(*sheets):
    return document_from_sheets(list(sheets), path="x.xlsx", key="x", sha256="0")


def test_a_sheet_named_by_its_lead_leads_its_rows_under_a_title_naming_the_plan():
    # before: the title row (the plan's, naming the city) hid the sheet's name, and no row had a lead: no task
    doc = _sheets(
        ("市商务局", [_TITLE, _HEADER, ["1", "实施外贸主体培育行动。", "市市场监管局", "2026年12月底前"]]),
        ("青崖海关", [_TITLE, _HEADER, ["1", "深化通关便利化改革。", "市商务局、市口岸办", "长期坚持"]]),
    )
    assert _rows(doc) == [
        (3, "实施外贸主体培育", ["市商务局"], ["市市场监管局"], "2026-12"),
        (3, "深化通关便利化改", ["青崖海关"], ["市商务局", "市口岸办"], None),
    ]


def test_a_title_row_naming_a_unit_is_the_tables_owner_before_the_sheets_name():
    doc = _sheets(
        (
            "市商务局",
            [["市财政局牵头任务清单", None, None, None], _HEADER, ["1", "落实资金。", "市商务局", "持续推进"]],
        ),
    )
    assert [r[2:4] for r in _rows(doc)] == [(["市财政局"], ["市商务局"])]


def test_a_sheet_named_by_a_place_or_by_no_one_gives_no_lead():
    for name in ("青崖市", "Sheet1", "外贸任务"):
        rows = [_TITLE, _HEADER, ["1", "实施外贸主体培育行动。", "市市场监管局", "2026年12月底前"]]
        try:
            doc = _sheets((name, rows))
        except Exception:  # no task table read: no lead, no task (DocumentError)
            continue
        assert all(r[2] == [] for r in _rows(doc)), name


def test_a_sheet_named_by_a_unit_does_not_change_a_tables_lead_column():
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    doc = _sheets(
        ("市商务局", [[*_TITLE, None], header, ["1", "推进项目落地。", "市发展改革委", "市商务局", "2026年9月底前"]])
    )
    assert [r[2:4] for r in _rows(doc)] == [(["市发展改革委"], ["市商务局"])]


# ---- a 责任分工 cell laid out as a small table of its own -----------------------------------------------------------


def _docx(rows, fill) -> bytes:
    document = docx.Document()
    document.add_paragraph("柳塘县2026年招商引资攻坚行动任务分解表")
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("序号", "重点任务", "责任分工", "完成时限")):
        cell.text = name
    for number, task, inner, due in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[3].text = number, task, due
        fill(cells[2], inner)
    for row in table.rows:
        row.cells[1].width = Cm(8)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _small_table(cell, inner) -> None:
    table = cell.add_table(rows=len(inner), cols=len(inner[0]))
    for r, values in enumerate(inner):
        for k, value in enumerate(values):
            table.cell(r, k).text = value
    cell.add_paragraph()


def _read(data: bytes):
    return read_docx(data, path="x.docx", key="x", sha256="0")


def test_a_cells_small_table_of_role_labels_gives_its_rows_units():
    # before: each small table was read as a table of its own after the outer one: the rows named no unit, and the
    # small tables' rows were read as one false task of every lead and partner
    rows = [
        (
            "1",
            "编制产业链招商图谱。",
            [("牵头单位", "县商务局"), ("配合单位", "县发展改革局、县工业和信息化局")],
            "2026年5月底前",
        ),
        ("2", "组建驻点招商小分队。", [("牵头单位", "县投资促进中心"), ("配合单位", "县商务局")], "2026年6月底前"),
    ]
    assert _rows(_read(_docx(rows, _small_table))) == [
        (2, "编制产业链招商图", ["县商务局"], ["县发展改革局", "县工业和信息化局"], "2026-05"),
        (3, "组建驻点招商小分", ["县投资促进中心"], ["县商务局"], "2026-06"),
    ]


def test_a_cells_small_table_reads_as_its_cell_written_with_labels():
    def written(cell, inner):
        cell.text = "\n".join(f"{label}：{value}" for label, value in inner)

    inner = [("牵头单位", "县财政局"), ("配合单位", "县商务局")]
    rows = [("1", "落实招商奖励政策。", inner, "每季度")]
    assert _rows(_read(_docx(rows, _small_table))) == _rows(_read(_docx(rows, written)))


def test_a_small_table_in_a_cell_naming_no_role_is_read_as_a_table_of_its_own():
    # 序号 | 任务 (no role's label) and a table of three columns: no cell's fields, read as before (a frame's table)
    for inner in ([("序号", "子任务"), ("1", "梳理目标企业清单。")], [("牵头单位", "县商务局", "2026年5月底前")]):
        doc = _read(_docx([("1", "编制产业链招商图谱。", inner, "2026年5月底前")], _small_table))
        assert not any(r[0] == 2 and r[2] for r in _rows(doc)), inner


def test_a_form_whose_cell_holds_the_task_table_still_reads_it():
    # a 交办单's 交办内容 cell holding the whole task table (files26/04): a table of its own, as before
    document = docx.Document()
    form = document.add_table(rows=2, cols=2)
    form.cell(0, 0).text, form.cell(0, 1).text = "事项名称", "老旧小区改造问题整改"
    form.cell(1, 0).text = "交办内容"
    inner = form.cell(1, 1).add_table(rows=2, cols=4)
    for k, (head, value) in enumerate(
        zip(("序号", "整改任务", "责任单位", "整改时限"), ("1", "规范渣土清运。", "区城管局", "2026年6月30日前"))
    ):
        inner.cell(0, k).text, inner.cell(1, k).text = head, value
    out = io.BytesIO()
    document.save(out)
    assert _rows(_read(out.getvalue())) == [(2, "规范渣土清运。", ["区城管局"], [], "2026-06-30")]

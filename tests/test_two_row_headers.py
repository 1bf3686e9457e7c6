"""A task table whose header is two rows, its names merged down over both and 责任单位 merged across over
牵头单位 | 配合单位, beside a progress column (round 26 of docs/loader.md). The merged names fill the lower row
too (as Excel and Word readers give them); before, the lower row was read as no header (进展情况 was no column
name): every unit was a lead, and in Word the header row was a task led by 牵头单位."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from reformgraph.loaders.read import read_document

_ROWS = [
    ["1", "推行告知承诺制", "县行政审批局", "县发改局\n县自然资源局", "2024年9月", "已完成"],
    ["2", "压缩审批时限", "县行政审批局", "县住建局", "2024年12月", ""],
    ["3", "开展双随机抽查", "县市场监管局", "县公安局", "长期坚持", "推进中"],
]
_EXPECTED = [
    # its 进展情况 cell 已完成: kept with the deadline's words, the task done (round 41)
    ("推行告知承诺制", ["县行政审批局"], ["县发改局", "县自然资源局"], "2024年9月；已完成"),
    ("压缩审批时限", ["县行政审批局"], ["县住建局"], "2024年12月"),
    ("开展双随机抽查", ["县市场监管局"], ["县公安局"], "长期坚持"),
]


def _xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某县2024年优化营商环境重点任务台账"])
    sheet.merge_cells("A1:F1")
    sheet.append(["序号", "改革任务", "责任单位", None, "完成时限", "进展情况"])
    sheet.append([None, None, "牵头单位", "配合单位", None, None])
    sheet.merge_cells("C2:D2")
    for column in "ABEF":
        sheet.merge_cells(f"{column}2:{column}3")
    for row in _ROWS:
        sheet.append(row)
    book.save(path)


def _docx(path):
    document = docx.Document()
    document.add_paragraph("某县2024年优化营商环境重点任务分工")
    table = document.add_table(rows=2 + len(_ROWS), cols=6)
    for i, name in enumerate(["序号", "改革任务", "责任单位", None, "完成时限", "进展情况"]):
        if name:
            table.cell(0, i).text = name
    table.cell(1, 2).text, table.cell(1, 3).text = "牵头单位", "配合单位"
    table.cell(0, 2).merge(table.cell(0, 3))
    for column in (0, 1, 4, 5):
        table.cell(0, column).merge(table.cell(1, column))
    for r, row in enumerate(_ROWS, start=2):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(path)


@pytest.mark.parametrize(("suffix", "make"), [(".xlsx", _xlsx), (".docx", _docx)])
def test_a_header_of_two_rows_names_the_lead_and_the_supporting_column(tmp_path, suffix, make):
    path = tmp_path / f"plan{suffix}"
    make(path)
    doc = read_document(path)
    got = [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw)
        for w in doc.workplans
        for m in w.measures
    ]
    assert got == _EXPECTED
    assert [m.deadline.status for w in doc.workplans for m in w.measures][0] == "done"

"""Round 29 of the table readers (docs/loader.md): the layouts a tester's realistic tables were misread in, each
built here as the smallest file that shows it, in every format it was seen in."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from reformgraph.loaders.read import read_document


def reading(doc):
    """(task text, leads, supports, deadline as written) of every task of ``doc``, in order."""
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw)
        for w in doc.workplans
        for m in w.measures
    ]


def docx_table(path, rows, *, before=(), after=(), merge=lambda table: None):
    """A .docx of the paragraphs ``before``, one table of ``rows`` (``merge(table)`` merges its cells), then the
    paragraphs ``after``."""
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value or ""
    merge(table)
    for text in after:
        document.add_paragraph(text)
    document.save(path)


def xlsx_sheet(path, rows, *, merges=()):
    """A one-sheet .xlsx of ``rows`` (an empty string is an empty cell), ``merges`` merged (``"C1:D1"``)."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([value or None for value in row])
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)


# ---- a header of two rows repeated after a page break -------------------------------------------------------

_UPPER = ["序号", "重点任务", "责任单位", "", "完成时限"]
_LOWER = ["", "", "牵头单位", "配合单位", ""]
_FLAT = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_ROW_1 = ["1", "推行企业开办“一网通办”。", "市市场监管局", "市公安局、市税务局", "2024年6月底前"]
_ROW_2 = ["2", "实行“拿地即开工”。", "市自然资源和规划局", "市住房城乡建设局", "2024年12月底前"]
_TWO_TASKS = [
    ("推行企业开办“一网通办”。", ["市市场监管局"], ["市公安局", "市税务局"], "2024年6月底前"),
    ("实行“拿地即开工”。", ["市自然资源和规划局"], ["市住房城乡建设局"], "2024年12月底前"),
]


def _merge_two_row_header(*tops):
    def merge(table):
        for top in tops:
            table.cell(top, 2).merge(table.cell(top, 3)).text = "责任单位"
            for column in (0, 1, 4):
                text = table.cell(top, column).text
                table.cell(top, column).merge(table.cell(top + 1, column)).text = text

    return merge


@pytest.mark.parametrize(
    ("name", "make"),
    [
        (
            "both rows again.docx",
            lambda p: docx_table(
                p, [_UPPER, _LOWER, _ROW_1, _UPPER, _LOWER, _ROW_2], merge=_merge_two_row_header(0, 3)
            ),
        ),
        (
            "the lower row flat.docx",
            lambda p: docx_table(p, [_UPPER, _LOWER, _ROW_1, _FLAT, _ROW_2], merge=_merge_two_row_header(0)),
        ),
        (
            "both rows again.xlsx",
            lambda p: xlsx_sheet(
                p,
                [_UPPER, _LOWER, _ROW_1, _UPPER, _LOWER, _ROW_2],
                merges=["C1:D1", "A1:A2", "B1:B2", "E1:E2", "C4:D4", "A4:A5", "B4:B5", "E4:E5"],
            ),
        ),
        (
            "merges lost.csv",
            lambda p: p.write_text("\n".join(",".join(r) for r in [_UPPER, _LOWER, _ROW_1, _FLAT, _ROW_2])),
        ),
    ],
)
def test_a_two_row_header_repeated_after_a_page_break_is_no_task(tmp_path, name, make):
    path = tmp_path / name
    make(path)
    assert reading(read_document(path)) == _TWO_TASKS

"""The ledger writer as it was before the rows were streamed (main at 1e14041), kept as the reference
that tests/test_ledger21_stream.py compares the streamed workbook with.

A normal openpyxl Workbook built cell by cell and saved whole (28.8 s and 0.9 GB for 100 documents).
The parts the rewrite left as they were (column widths, styles, values, formula, checks, fills, the
guide's text) are imported from the module; what changed is copied here as it was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

import openpyxl

from reformgraph.files import atomic_write
from reformgraph.lights import DEFAULT_RULE, LightRule
from reformgraph.progress import GUIDE_SHEET, LEDGER_HEADERS, LEDGER_SHEET, LedgerEntry, entries_by_lead
from reformgraph.render.ledger import (
    EXTRA_ROWS,
    FONT,
    GUIDE_WIDTH,
    LINE_HEIGHT,
    MAX_LINES,
    WIDTHS,
    _cell_styles,
    _light_fills,
    _lines,
    _validations,
    _values,
    column_letter,
    guide_lines,
    light_formula,
    row_lines,
    sheet_title,
)


def _ledger_sheet(ws, entries: Sequence[LedgerEntry], rule: LightRule) -> None:
    style = _cell_styles(ws.parent, openpyxl)
    keys = list(LEDGER_HEADERS)
    for c, key in enumerate(keys, start=1):
        ws.cell(1, c, LEDGER_HEADERS[key]).style = "ledger-head"
        ws.column_dimensions[column_letter(key)].width = WIDTHS[key]
    ws.row_dimensions[1].height = 24
    for i, entry in enumerate(entries, start=1):
        r = i + 1
        values = _values(entry, i)
        values["light"] = light_formula(r, rule)
        for c, key in enumerate(keys, start=1):
            cell = ws.cell(r, c, values[key])
            cell.style = style[key]
            if key != "light" and isinstance(values[key], str):
                cell.data_type = "s"  # as the streamed writer: a document's words are never a formula
        lines = row_lines(values)
        ws.row_dimensions[r].height = LINE_HEIGHT * min(lines, MAX_LINES) + 3
    last = len(entries) + 1
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{column_letter(keys[-1])}{last}"
    _validations(ws, last + EXTRA_ROWS, openpyxl)
    _light_fills(ws, last + EXTRA_ROWS, openpyxl)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.page_margins = openpyxl.worksheet.page.PageMargins(left=0.3, right=0.3, top=0.4, bottom=0.4)


def _guide_sheet(ws, lines: Sequence[str]) -> None:
    styles = openpyxl.styles
    ws.column_dimensions["A"].width = GUIDE_WIDTH
    for r, line in enumerate(lines, start=1):
        cell = ws.cell(r, 1, line)
        cell.data_type = "s"
        cell.font = styles.Font(name=FONT, size=14 if r == 1 else 11, bold=r == 1)
        cell.alignment = styles.Alignment(wrap_text=True, vertical="top")
        width = GUIDE_WIDTH * 11 // 14 if r == 1 else GUIDE_WIDTH
        ws.row_dimensions[r].height = (LINE_HEIGHT * (14 / 11 if r == 1 else 1)) * _lines(line, width) + 6
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = openpyxl.worksheet.page.PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)


def build_workbook(
    entries: Sequence[LedgerEntry],
    *,
    by_unit: bool = False,
    rule: LightRule = DEFAULT_RULE,
    title: str = "",
    exported: date | None = None,
):
    exported = exported or date.today()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    taken: set[str] = {GUIDE_SHEET}
    groups = entries_by_lead(entries) if by_unit else [(LEDGER_SHEET, list(entries))]
    for name, group in groups:
        _ledger_sheet(wb.create_sheet(sheet_title(name, taken)), group, rule)
    if not groups:
        _ledger_sheet(wb.create_sheet(LEDGER_SHEET), [], rule)
    sheets = list(wb.sheetnames)
    lines = guide_lines(rule, title=title, exported=exported, measures=len(entries), sheets=sheets)
    _guide_sheet(wb.create_sheet(GUIDE_SHEET), lines)
    wb.properties.title = f"任务台账：{title}" if title else "任务台账"
    wb.properties.creator = "ReformGraph"
    return wb


def write_ledger(path: str | os.PathLike[str], entries: Sequence[LedgerEntry], **options) -> list[str]:
    wb = build_workbook(entries, **options)
    with atomic_write(path) as fh:
        wb.save(fh)
    return [name for name in wb.sheetnames if name != GUIDE_SHEET]

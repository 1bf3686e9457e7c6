"""Old Excel (.xls) and WPS spreadsheets (.et) read with xlrd: the same task tables as .xlsx.

Both are BIFF8 records inside an OLE2 container (WPS 表格 writes .et in the Excel 97
format). xlrd reads them in pure Python; merged ranges need ``formatting_info``. Sheets
are loaded one at a time (``on_demand``) and kept ragged, so a single cell in the last
row costs one row, not a padded grid; the used range and the merges are then checked
against the limits exactly as for .xlsx (:mod:`reformgraph.loaders.sheets`).
"""

from __future__ import annotations

import io

from reformgraph.extras import require
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, library_errors
from reformgraph.loaders.sheets import NamedSheet, check_used_range, clip_merges, document_from_sheets, sheet_rows
from reformgraph.records import Document

WHAT = ".xls workbook"


def _value(cell, datemode: int, xlrd) -> object:
    """A cell's Python value: dates as datetime (as openpyxl gives them), errors and blanks as None."""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell.value
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return cell.value


def xls_sheets(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> list[NamedSheet]:
    """Every sheet of an .xls/.et workbook: its name, and its rows of cell texts (merged ranges filled)."""
    xlrd = require("xlrd", "formats", "reading .xls/.et files")
    with library_errors(WHAT, path=path):
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, ragged_rows=True, logfile=io.StringIO()
        )
    sheets: list[NamedSheet] = []
    total = 0
    try:
        for index in range(book.nsheets):
            with library_errors(WHAT, path=path, where=f"sheet {index + 1}"):
                sheet = book.sheet_by_index(index)
                name = sheet.name
                nrows, ncols = sheet.nrows, sheet.ncols
                merges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells]
            total = check_used_range(name, nrows, ncols, path=path, limits=limits, before=total)
            merges = clip_merges(merges, nrows, ncols, path=path, sheet=name, limits=limits)
            with library_errors(WHAT, path=path, where=name):
                values = [
                    [_value(c, book.datemode, xlrd) for c in sheet.row_slice(r)] + [None] * (ncols - sheet.row_len(r))
                    for r in range(nrows)
                ]
            sheets.append((name, sheet_rows(values, merges, path=path, sheet=name, limits=limits)))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return sheets


def read_xls(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse the task tables of an .xls or .et workbook."""
    return document_from_sheets(xls_sheets(data, path=path, limits=limits), path=path, key=key, sha256=sha256)

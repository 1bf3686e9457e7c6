"""Old Excel (.xls) and WPS spreadsheets (.et) read with xlrd: the same task tables as .xlsx.

Both are BIFF8 records inside an OLE2 container (WPS 表格 writes .et in the Excel 97
format). xlrd reads them in pure Python; merged ranges need ``formatting_info``. Sheets
are loaded one at a time (``on_demand``) and kept ragged, so a single cell in the last
row costs one row, not a padded grid; the used range and the merges are then checked
against the limits exactly as for .xlsx (:mod:`reformgraph.loaders.sheets`).
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from reformgraph.extras import require
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, library_errors
from reformgraph.loaders.run_formats import RunLegend, in_colour, marked_units, may_hold_legend, run_legend
from reformgraph.loaders.sheets import (
    NamedSheet,
    SetAside,
    SheetsRead,
    check_used_range,
    clip_merges,
    columns_hidden_dropped,
    document_from_sheets,
    rows_hidden_blanked,
    sheet_rows,
    shown_value,
)
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


def _number_format(book, cell) -> str | None:
    """The number format of a date or number cell (``yyyy\\年m\\月``), None for other cells or without one.

    >>> class Book:  # what xlrd's book holds: each cell's XF record names a format
    ...     xf_list = [type("XF", (), {"format_key": 177})]
    ...     format_map = {177: type("Format", (), {"format_str": 'yyyy"年"m"月"'})}
    >>> _number_format(Book(), type("Cell", (), {"ctype": 3, "xf_index": 0}))
    'yyyy"年"m"月"'
    """
    if cell.ctype not in (2, 3) or cell.xf_index is None:  # XL_CELL_NUMBER, XL_CELL_DATE
        return None
    xf = book.xf_list[cell.xf_index] if cell.xf_index < len(book.xf_list) else None
    shown = book.format_map.get(xf.format_key) if xf is not None else None
    return shown.format_str if shown is not None else None


def _shown(cell, book, xlrd) -> object:
    """A cell's value as Excel shows it (``sheets.shown_value``): a date formatted ``yyyy年m月`` is that month, as
    in an .xlsx (round 41: before, an .xls/.et date cell always read its day, ``2022年5月`` as 2022-05-31)."""
    return shown_value(_value(cell, book.datemode, xlrd), _number_format(book, cell))


def _rows_set_aside(book, sheet, index: int) -> set[int]:
    """The rows (1-based) of an .xls/.et sheet hidden by hand: none when the sheet has an autofilter (its
    ``_FilterDatabase`` name; xlrd does not say whether a condition hides rows, so every row of such a sheet is
    read), never a group's rows folded away (an outline level). Round 43, as for an .xlsx
    (``sheets.rows_hidden_blanked``).

    >>> from types import SimpleNamespace as Record
    >>> rows = {4: Record(hidden=1, outline_level=0), 6: Record(hidden=1, outline_level=1), 7: Record(hidden=0, outline_level=0)}
    >>> sheet, filtered = Record(rowinfo_map=rows), Record(builtin=1, name="_FilterDatabase", scope=0)
    >>> _rows_set_aside(Record(name_obj_list=[]), sheet, 0), _rows_set_aside(Record(name_obj_list=[filtered]), sheet, 0)
    ({5}, set())
    """
    if any(n.builtin and n.name == "_FilterDatabase" and n.scope == index for n in book.name_obj_list):
        return set()
    return {r + 1 for r, info in sheet.rowinfo_map.items() if info.hidden and not info.outline_level}


def _legend(book) -> RunLegend | None:
    """The legend giving a run's format a unit's role (``run_formats.run_legend``) among a workbook's shared strings
    (xlrd reads them all when it opens the book), None when there is none (round 51)."""
    said = [s for s in getattr(book, "_sharedstrings", ()) if isinstance(s, str) and may_hold_legend(s, colours=True)]
    return run_legend("\n".join(said), colours=True) if said else None


def _units_marked(values: list[list[object]], sheet, book, legend: RunLegend) -> None:
    """A sheet's text cells with the units written in the legend's format marked (``run_formats.marked_units``),
    in place: a rich-text cell's runs (``rich_text_runlist_map``, each from its offset in its font), else the cell's
    own font (its XF's), as Excel shows them (round 51; as a workbook's rich text is read since round 48)."""
    runs = sheet.rich_text_runlist_map
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.strip():
                xf = book.xf_list[sheet.cell_xf_index(r, c)]
                spans = [(0, xf.font_index), *runs.get((r, c), ())]
                value = _in_format(value, spans, book.font_list, legend, book.colour_map)
                row[c] = marked_units(value, legend.mark) if "**" in value else value


def _in_format(
    text: str, runs: list[tuple[int, int]], fonts: list, legend: RunLegend, palette: Mapping | None = None
) -> str:
    """``text`` with each run (its offset and font's index, in order) whose font is in the legend's format between
    ``**``: bold by its weight (BIFF8 keeps it there: 700, its bold flag unset), the font the legend names, or
    the colour it names (round 65: the font's colour index, its (r, g, b) in the workbook's ``palette``).

    >>> from types import SimpleNamespace as Font
    >>> fonts = [Font(weight=400, name="宋体", colour_index=8), Font(weight=700, name="宋体", colour_index=10)]
    >>> _in_format("县教育局、县财政局", [(0, 0), (0, 1), (4, 0)], fonts, RunLegend("", "★"))
    '**县教育局**、县财政局'
    >>> _in_format("县财政局、县教育局", [(0, 0), (5, 1)], fonts, RunLegend("", "★", colour="红"), {8: (0, 0, 0), 10: (255, 0, 0)})
    '县财政局、**县教育局**'
    """
    parts = []
    for k, (at, index) in enumerate(runs):
        piece = text[at : runs[k + 1][0] if k + 1 < len(runs) else len(text)]
        font = fonts[index] if index < len(fonts) else None
        if font is not None and legend.colour:
            rgb = (palette or {}).get(font.colour_index)
            shown = rgb is not None and in_colour("".join(f"{v:02X}" for v in rgb), legend.colour)
        else:
            shown = font is not None and (legend.font in font.name if legend.font else font.weight >= _BOLD_WEIGHT)
        parts.append(f"**{piece}**" if piece and shown else piece)
    return "".join(parts)


_BOLD_WEIGHT = 600  # a font's weight from which it is bold (400 normal, 700 bold)


def xls_sheets(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> SheetsRead:
    """Every sheet of an .xls/.et workbook: its name, and its rows of cell texts (merged ranges filled); and the
    hidden rows left out (``sheets.rows_hidden_blanked``)."""
    xlrd = require("xlrd", "formats", "reading .xls/.et files")
    with library_errors(WHAT, path=path):
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, ragged_rows=True, logfile=io.StringIO()
        )
    sheets: list[NamedSheet] = []
    set_aside: list[SetAside] = []
    total = 0
    legend = _legend(book)
    try:
        for index in range(book.nsheets):
            with library_errors(WHAT, path=path, where=f"sheet {index + 1}"):
                sheet = book.sheet_by_index(index)
                if sheet.visibility:  # a hidden sheet (old tasks set aside): not read, as in an .xlsx (round 41)
                    book.unload_sheet(index)
                    continue
                name = sheet.name
                nrows, ncols = sheet.nrows, sheet.ncols
                merges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells]
                hidden = _rows_set_aside(book, sheet, index)
                columns = {c + 1 for c, info in sheet.colinfo_map.items() if info.hidden}  # as an .xlsx's (round 43)
            total = check_used_range(name, nrows, ncols, path=path, limits=limits, before=total)
            merges = clip_merges(merges, nrows, ncols, path=path, sheet=name, limits=limits)
            with library_errors(WHAT, path=path, where=name):
                values = [
                    [_shown(c, book, xlrd) for c in sheet.row_slice(r)] + [None] * (ncols - sheet.row_len(r))
                    for r in range(nrows)
                ]
                if legend is not None:
                    _units_marked(values, sheet, book, legend)
            rows = sheet_rows(values, merges, path=path, sheet=name, limits=limits)
            if hidden:
                rows = rows_hidden_blanked(rows, hidden, sheet=name, set_aside=set_aside)
            sheets.append((name, columns_hidden_dropped(rows, columns) if columns else rows))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return SheetsRead(sheets, set_aside)


def read_xls(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse the task tables of an .xls or .et workbook."""
    return document_from_sheets(*xls_sheets(data, path=path, limits=limits), path=path, key=key, sha256=sha256)

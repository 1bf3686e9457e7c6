"""Excel task tables (.xlsx/.xlsm) read with openpyxl: every sheet with a task header row counts.

Merged cells (a unit or deadline cell spanning several task rows) give their value to
every row they cover. The sheet's title row (a lone cell above the header) names the
document when there is one. Hidden columns are left out, as a reader of the sheet never
sees them (a former unit kept for reference, a working column); hidden rows are read when
the sheet filters its rows (an autofilter hides rows for viewing, the tasks are still the
plan's; round 32) or when they are a group's rows folded away (an outline), else left out as
its hidden columns are (tasks deleted and kept hidden: round 43).

Bounded and linear: each sheet's XML is first streamed through expat
(:func:`scan_sheet`) to find its used range from the cells actually holding something (never
the ``<dimension>`` it declares) and its merged ranges; the used range is checked
against ``Limits.cells`` and the merges, clipped to it, against
``Limits.merged_cells``. Only then does openpyxl (read-only, streaming) read the
values, within that range. openpyxl itself expands every merged range into one
object per cell, which is how a 6 KB file with one whole-sheet merge used to need
7 GB; read-only mode never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils.escape import unescape

from reformgraph.loaders.containers import scan_xml
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, library_errors
from reformgraph.loaders.run_formats import RunLegend
from reformgraph.loaders.sheet_stream import inline_strings, open_workbook, sheet_colour_in, strings_legend
from reformgraph.loaders.sheets import (
    NamedSheet,
    Range,
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
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.vocab import UNIT_MARKS
from reformgraph.records import Document
from reformgraph.regexcache import compiled

WHAT = ".xlsx workbook"
_REF = compiled(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


def parse_ref(ref: str) -> tuple[int, int] | None:
    """``B7`` → (row 7, column 2); None for anything that is not a cell reference.

    >>> parse_ref("B7"), parse_ref("$XFD$1048576"), parse_ref("7B")
    ((7, 2), (1048576, 16384), None)
    """
    m = _REF.match(ref)
    if not m:
        return None
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


@dataclass
class SheetShape:
    """What :func:`scan_sheet` found: the used range (rows × cols of the cells holding something), the merged
    ranges, the hidden columns and rows."""

    rows: int = 0
    cols: int = 0
    cells: int = 0
    merges: list[Range] = field(default_factory=list)
    hidden: set[int] = field(default_factory=set)  # the hidden columns (1-based)
    hidden_rows: set[int] = field(default_factory=set)  # the hidden rows (1-based)
    filtered: bool = False  # an autofilter holds a condition (<filterColumn>): its hidden rows are only filtered out
    # formulas saved with no value (a file a program wrote and no spreadsheet saved): (row, col) → ``C3``, ``ROW()-2``
    unsaved: dict[tuple[int, int], str] = field(default_factory=dict)


def scan_sheet(data: bytes, *, path: str, part: str, sheet: str, limits: Limits = DEFAULT_LIMITS) -> SheetShape:
    """The used range and merges of one worksheet part, streamed (count and depth checked on the way).

    >>> xml = (b'<worksheet><cols><col min="2" max="3" hidden="1"/><col min="4" max="4" width="9"/></cols>'
    ...        b'<sheetData><row r="2" hidden="1"><c r="B2"><v>1</v></c><c><v>2</v></c></row>'
    ...        b'<row r="3" hidden="1" outlineLevel="1"/></sheetData>'
    ...        b'<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>')
    >>> scan_sheet(xml, path="t.xlsx", part="sheet1.xml", sheet="S")  # doctest: +NORMALIZE_WHITESPACE
    SheetShape(rows=2, cols=3, cells=2, merges=[(1, 1, 1048576, 16384)], hidden={2, 3}, hidden_rows={2},
               filtered=False, unsaved={})

    The used range is that of the cells holding a value, an inline string or a formula: a cell or a row styled
    and empty (a border or a font set down to row 1,048,576 under ten rows of tasks) does not widen it, so such a
    sheet costs its content and is read, not refused as 26 million cells (round 43).

    >>> xml = (b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
    ...        b'<row r="1048576" s="1"><c r="Z1048576" s="1"/></row></sheetData></worksheet>')
    >>> scan_sheet(xml, path="t.xlsx", part="sheet1.xml", sheet="S")  # doctest: +NORMALIZE_WHITESPACE
    SheetShape(rows=1, cols=1, cells=2, merges=[], hidden=set(), hidden_rows=set(), filtered=False, unsaved={})
    """
    shape = SheetShape()
    row = 0
    col = 0
    formula: list[str] | None = None  # the text of the cell's <f>, while it is read
    valued = False  # whether the cell holds a value (openpyxl writes an empty <v></v> after a formula)
    in_value = False

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal row, col, formula, in_value, valued
        if name == "f":
            formula = []
            return
        if name == "v" or name == "t":  # a value, or an inline string's text
            in_value = True
            return
        if name == "row":
            r = attributes.get("r", "")
            row = int(r) if r.isdigit() and len(r) <= 9 else row + 1
            col = 0
            if attributes.get("hidden") in ("1", "true") and attributes.get("outlineLevel", "0") == "0":
                shape.hidden_rows.add(row)  # not a group's rows folded away (分级显示): those are only out of view
        elif name == "c":
            at = parse_ref(attributes.get("r", ""))
            col = at[1] if at else col + 1
            formula, valued = None, False
            shape.cells += 1
            if shape.cells > limits.cells:
                check_count("cells", shape.cells, f"sheet {sheet!r} holds", path=path, limits=limits)
        elif name == "col" and attributes.get("hidden") in ("1", "true"):
            low, high = attributes.get("min", ""), attributes.get("max", "")
            if low.isdigit() and high.isdigit() and len(low) <= 5 and len(high) <= 5:  # at most 16,384 columns
                shape.hidden.update(range(int(low), min(int(high), 16384) + 1))
        elif name == "filterColumn":
            shape.filtered = True
        elif name == "mergeCell":
            corners = [parse_ref(p) for p in attributes.get("ref", "").split(":")]
            if len(corners) == 2 and None not in corners:
                (ra, ca), (rb, cb) = corners  # type: ignore[misc]
                shape.merges.append((min(ra, rb), min(ca, cb), max(ra, rb), max(ca, cb)))
                if len(shape.merges) > limits.merged_cells:
                    check_count("merged_cells", len(shape.merges), f"sheet {sheet!r}: merges", path=path, limits=limits)

    def text(chars: str) -> None:
        nonlocal valued
        if in_value:
            valued = valued or bool(chars.strip())
        elif formula is not None and len(formula) < 64:  # a formula's text, only while one is read
            formula.append(chars)

    def end(name: str) -> None:
        nonlocal formula, in_value
        in_value = False
        if name == "c" and formula is not None and not valued and formula:
            shape.unsaved[(row, col)] = "".join(formula)[:256]  # round 41: read by ``unsaved_values``
        if name == "c":
            if valued or formula is not None:  # a cell styled and empty is no content (round 43)
                shape.rows, shape.cols = max(shape.rows, row), max(shape.cols, col)
            formula = None

    scan_xml(data, path=path, part=part, limits=limits, start=start, end=end, text=text)
    return shape


_ROW_NUMBER = compiled(r"^ROW\(\)\s*(?:([+-])\s*(\d{1,6}))?$", re.IGNORECASE)


def unsaved_values(values: list[list[object]], unsaved: dict[tuple[int, int], str]) -> None:
    """Give each formula saved with no value (a workbook a program wrote, never saved by Excel or WPS, holds the
    formula alone, and openpyxl reads no value) the value of the two kinds task lists use: a reference to a cell
    (``=C3``: the lead of the row above) and a row number (``=ROW()-2``: the 序号); others stay empty. In place.
    Round 41: before, such a row had no lead and no number.

    >>> rows = [["序号", "牵头单位"], [None, "市发展改革委"], [None, None]]
    >>> unsaved_values(rows, {(2, 1): "ROW()-1", (3, 1): "ROW()-1", (3, 2): "$B$2"})
    >>> rows
    [['序号', '牵头单位'], [1, '市发展改革委'], [2, '市发展改革委']]
    """
    for (row, col), formula in sorted(unsaved.items()):  # in sheet order: a reference to a cell above is read first
        if row > len(values) or col > len(values[row - 1]):
            continue
        if (number := _ROW_NUMBER.match(formula.strip())) is not None:
            sign, amount = number.groups()
            values[row - 1][col - 1] = row + (int(amount) * (-1 if sign == "-" else 1) if amount else 0)
        elif (at := parse_ref(formula.strip())) is not None:
            r, c = at
            if r <= len(values) and c <= len(values[r - 1]):
                values[row - 1][col - 1] = values[r - 1][c - 1]


def _unescaped(value: object) -> object:
    """A cell's text with the escapes an .xlsx keeps characters XML cannot hold in read back (``_x000D_``: a carriage
    return, as Excel, WPS and export libraries write the line ends of a cell pasted from Word; ``_x005F_``: the
    underscore). Round 43: openpyxl's reader leaves them (``县财政局_x000D_``, a unit that resolved to nothing).
    Only .xlsx escapes so: an .xls or .ods cell's ``_x000D_`` is its text.

    >>> [ord(c) for c in _unescaped("局_x000D_")], _unescaped("a_x005F_x000D_b"), _unescaped("_x_"), _unescaped(3)
    ([23616, 13], 'a_x000D_b', '_x_', 3)
    """
    return unescape(value) if isinstance(value, str) and "_x" in value else value


def _cells_in_format_marked(source, values: list[list[object]], legend: RunLegend) -> list[list[object]]:
    """``values`` with each unit of a cell that is one unit's name or a list of them, written whole in the format
    ``legend`` names (a bold cell, a cell in its font), marked with the legend's role (``★镇水利站``,
    ``★镇水利站、★镇村镇建设办公室``): a sheet listing a task's units a cell each marks its leads so. The cells' fonts
    are read again here, only in a workbook holding such a legend."""
    fonts = [
        [_in_format(c, legend) for c in r]
        for r in source.iter_rows(min_row=1, max_row=len(values), max_col=max(map(len, values), default=0))
    ]
    return [
        [_units_marked(v, legend.mark) if k < len(marks) and marks[k] else v for k, v in enumerate(row)]
        for row, marks in zip(values, fonts)
    ]


_INLINE = b'"inlineStr"'


def _inline_legend(part: bytes, values: list[list[object]]) -> RunLegend | None:
    """The legend among a sheet's strings when they are written in its cells (``t="inlineStr"``, no shared strings
    part: a workbook written by a program such as openpyxl, round 50); None in a sheet of shared strings (their
    legend is looked for when they are read, round 48)."""
    if _INLINE not in part:
        return None
    return strings_legend([v for row in values for v in row if isinstance(v, str)])


def _inline_strings_marked(part: bytes, values: list[list[object]], legend: RunLegend) -> list[list[object]]:
    """``values`` with each rich inline string read again, its units in ``legend``'s format marked."""
    for (row, column), text in inline_strings(part, legend).items():
        if row <= len(values) and column <= len(values[row - 1]):
            values[row - 1][column - 1] = text
    return values


def _units_marked(value: object, mark: str) -> object:
    """A cell's value with ``mark`` before each unit when it is one unit's name or a list of units' names (a bold
    cell holding the task's two leads, round 49: a cell bold whole has every unit of it bold), no mark on it yet
    (its runs' units are marked already); else the value unchanged.

    >>> _units_marked("镇水利站", "★"), _units_marked("镇水利站、镇村镇建设办公室", "★")
    ('★镇水利站', '★镇水利站、★镇村镇建设办公室')
    >>> _units_marked("★市税务局、市公安局", "★"), _units_marked("序号", "★"), _units_marked("镇水利站、加强巡查", "★")
    ('★市税务局、市公安局', '序号', '镇水利站、加强巡查')
    >>> _units_marked(3, "★")
    3
    """
    if not isinstance(value, str) or any(c in UNIT_MARKS for c in value):
        return value
    pieces = _LIST_BREAK.split(value)  # units at the even places, the breaks between them at the odd
    if not all(is_unit_name(unit.strip()) for unit in pieces[::2]):
        return value
    return "".join(mark + piece.strip() if k % 2 == 0 else piece for k, piece in enumerate(pieces))


_LIST_BREAK = compiled(r"([、，,；;])")


def _in_format(cell, legend: RunLegend) -> bool:
    """Whether a cell's own font is the one ``legend`` names (bold; a font whose name holds the legend's; its colour,
    round 65)."""
    font = getattr(cell, "font", None)
    if font is None:
        return False
    if legend.colour:
        return sheet_colour_in(font.color, legend.colour, legend.theme)
    return bool(font.b) if not legend.font else legend.font in (font.name or "")


def xlsx_sheets(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> SheetsRead:
    """Every worksheet of an .xlsx: its name, and its rows of cell texts (merged ranges filled); and the hidden rows
    left out (``sheets.rows_hidden_blanked``)."""
    sheets: list[NamedSheet] = []
    set_aside: list[SetAside] = []
    total = 0
    with open_workbook(data, path=path, what=WHAT, limits=limits) as book:
        for sheet in book.sheets:
            if getattr(sheet.source, "sheet_state", "visible") != "visible":
                continue  # a hidden sheet (old tasks an office set aside): no part of the plan shown (round 38)
            title = sheet.title
            part = book.part(sheet)
            shape = scan_sheet(part, path=path, part=sheet.part, sheet=title, limits=limits)
            total = check_used_range(title, shape.rows, shape.cols, path=path, limits=limits, before=total)
            if not shape.rows or not shape.cols:
                sheets.append((title, []))
                continue
            merges = clip_merges(shape.merges, shape.rows, shape.cols, path=path, sheet=title, limits=limits)
            with library_errors(WHAT, path=path, where=title):
                rows = sheet.source.iter_rows(min_row=1, max_row=shape.rows, max_col=shape.cols)
                values = [
                    [shown_value(_unescaped(c.value), getattr(c, "number_format", None)) for c in r] for r in rows
                ]
                legend = book.legend or book.themed(_inline_legend(part, values))
                if legend is not None:  # a legend giving a format a unit's role (round 48)
                    values = _cells_in_format_marked(sheet.source, values, legend)
                    if _INLINE in part:  # rich strings written in their cells (round 50)
                        values = _inline_strings_marked(part, values, legend)
            if shape.unsaved:
                unsaved_values(values, shape.unsaved)
            rows = sheet_rows(values, merges, path=path, sheet=title, limits=limits)
            if shape.hidden_rows and not shape.filtered:
                rows = rows_hidden_blanked(rows, shape.hidden_rows, sheet=title, set_aside=set_aside)
            if shape.hidden:
                rows = columns_hidden_dropped(rows, shape.hidden)
            sheets.append((title, rows))
    return SheetsRead(sheets, set_aside)


def read_xlsx(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse the task tables of an .xlsx workbook."""
    return document_from_sheets(*xlsx_sheets(data, path=path, limits=limits), path=path, key=key, sha256=sha256)

"""Excel's XML Spreadsheet 2003 (SpreadsheetML) read with the standard library: the same task tables as .xlsx.
``sniff.is_spreadsheet_xml`` knows one by its head, under any name (``read.format_of``).

Excel 2003 saved a workbook as one XML file (``<?mso-application progid="Excel.Sheet"?>``, elements in the namespace
``urn:schemas-microsoft-com:office:spreadsheet``), and many systems still export their 'Excel' that way, under an
``.xls`` name (a 督查督办 or OA system's 台账 download): no BIFF record, so xlrd refuses it. Each ``Worksheet`` holds a
``Table`` of ``Row`` elements of ``Cell`` elements, each cell's value in its ``Data`` (``ss:Type`` String, Number,
DateTime, Boolean, Error; rich text as HTML inside ``ss:Data``). A cell or row not written is empty: ``ss:Index``
places the next one (1-based); ``ss:MergeAcross`` / ``ss:MergeDown`` span a cell over the cells after and under it,
which are not written. A date cell shows as its style's ``NumberFormat`` (``Styles``) says, as an .xlsx's does.

A cell's rich text (``ss:Data`` in HTML's namespace: ``<B>``, ``<Font html:Face="黑体">`` runs) and a style's font
(``Font ss:Bold="1"``) are read under a legend giving a format a unit's role (``注：责任单位中加粗的为牵头单位``,
``run_formats.run_legend``), as an .xlsx's runs are (round 64): each unit so written marked ★ or ☆.

Read as the .xls reader reads a workbook (:mod:`reformgraph.loaders.sheets`): a hidden sheet (``<Visible>SheetHidden``)
is not read, nor a hidden column (``Column ss:Hidden="1"``); a row hidden by hand (``Row ss:Hidden="1"``) is left out
unless the sheet has an ``AutoFilter`` (round 43's rule). Merged ranges are filled. Streamed through expat with the
depth bounded and no DTD (``containers.scan_xml``); the used range and the merges are checked against the limits
before any grid is made.

>>> book = (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
...         b'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>'
...         b'<Row><Cell ss:MergeAcross="1"><Data ss:Type="String">title</Data></Cell></Row>'
...         b'<Row><Cell ss:Index="2"><Data ss:Type="Number">3</Data></Cell></Row></Table></Worksheet></Workbook>')
>>> xmlss_sheets(book, path="t.xls").sheets
[('Sheet1', [['title', 'title'], [None, '3']])]
"""

from __future__ import annotations

import datetime

from reformgraph.loaders.containers import scan_xml
from reformgraph.loaders.formats_xlsx import _units_marked
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits
from reformgraph.loaders.run_formats import RunLegend, in_colour, marked_units
from reformgraph.loaders.sheet_stream import strings_legend
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


def _attributes(attributes: dict[str, str]) -> dict[str, str]:
    """An element's attributes by their local names (``ss:Index`` → ``Index``)."""
    return {name.rsplit("}", 1)[-1]: value for name, value in attributes.items()}


def _position(value: str | None, default: int, least: int = 1) -> int:
    """A 1-based ``ss:Index`` (``least`` 0: a span), ``default`` when missing, not a number or below ``least``."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return number if number >= least else default


def _value(kind: str, text: str, number_format: str | None) -> object:
    """A ``Data`` element's value: a number as a float, a date as a datetime shown by its style, text as it is."""
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text or None
    if kind == "DateTime":
        try:
            return shown_value(datetime.datetime.fromisoformat(text.strip()[:19]), number_format)
        except ValueError:
            return text or None
    if kind == "Error":
        return None
    return text or None


class _Workbook:
    """Collects a SpreadsheetML file's sheets as it streams: each one's cells, merges and hidden rows and columns."""

    def __init__(self) -> None:
        self.formats: dict[str, str] = {}  # style id → its NumberFormat
        self.fonts: dict[str, tuple[bool, str, str]] = {}  # style id → its Font's (bold, face, colour)
        self.bold = 0  # the depth of <B> in a Data's rich text
        self.faces: list[tuple[str, str]] = []  # the (face, colour) of the <Font> runs a Data's rich text is inside
        self.runs: list[tuple[str, bool, str, str]] | None = None  # a rich Data's runs: (text, bold, face, colour)
        self.style: str | None = None
        self.sheets: list[dict] = []
        self.sheet: dict | None = None
        self.row = 0
        self.row_span = 0
        self.col = 0
        self.column = 0
        self.cell: dict | None = None
        self.data: list[str] | None = None
        self.in_visible = False
        self.in_comment = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        a = _attributes(attributes)
        if name == "Style":
            self.style = a.get("ID")
        elif name == "NumberFormat" and self.style is not None and "Format" in a:
            self.formats[self.style] = a["Format"]
        elif name == "Font" and self.style is not None and self.sheet is None:
            self.fonts[self.style] = (a.get("Bold") == "1", a.get("FontName", ""), a.get("Color", ""))
        elif self.data is not None:  # a rich text's run (HTML's B, Font) inside a cell's Data
            if name == "B":
                self.bold += 1
            elif name == "Font":
                face, colour = self.faces[-1] if self.faces else ("", "")
                self.faces.append((a.get("Face") or face, a.get("Color") or colour))
            if self.runs is None:
                self.runs = [("".join(self.data), False, "", "")]
        elif name == "Worksheet":
            self.sheet = {"name": a.get("Name", f"Sheet{len(self.sheets) + 1}"), "cells": {}, "merges": []}
            self.sheet.update(rich={}, styled={})
            self.sheet.update(hidden_rows=[], hidden_columns=[], filtered=False, shown=True)
            self.sheets.append(self.sheet)
            self.row = self.column = 0
        elif self.sheet is None:
            return
        elif name == "Column":
            self.column = _position(a.get("Index"), self.column + 1)
            span = _position(a.get("Span"), 0, least=0)
            if a.get("Hidden") == "1":
                self.sheet["hidden_columns"].append((self.column, self.column + span))  # a range: spans may be huge
            self.column += span
        elif name == "Row":
            self.row = _position(a.get("Index"), self.row + 1)
            self.col = 0
            span = _position(a.get("Span"), 0, least=0)  # rows alike after it, not written
            if a.get("Hidden") == "1":
                self.sheet["hidden_rows"].append((self.row, self.row + span))
            self.row_span = span
        elif name == "Cell":
            self.col = _position(a.get("Index"), self.col + 1)
            across, down = _position(a.get("MergeAcross"), 0, least=0), _position(a.get("MergeDown"), 0, least=0)
            if across or down:
                self.sheet["merges"].append((self.row, self.col, self.row + down, self.col + across))
            self.cell = {"style": a.get("StyleID"), "col": self.col}
            self.col += across
        elif name == "Comment":
            self.in_comment = True  # a note on the cell, its own Data: no value of the cell
        elif name == "Data" and self.cell is not None and not self.in_comment:
            self.cell["type"] = a.get("Type", "String")
            self.data = []
        elif name == "AutoFilter":
            self.sheet["filtered"] = True
        elif name == "Visible":
            self.in_visible = True

    def text(self, chars: str) -> None:
        if self.data is not None:
            self.data.append(chars)
            if self.runs is not None:
                self.runs.append((chars, self.bold > 0, *(self.faces[-1] if self.faces else ("", ""))))
        elif self.in_visible and self.sheet is not None and chars.strip() in ("SheetHidden", "SheetVeryHidden"):
            self.sheet["shown"] = False

    def end(self, name: str) -> None:
        if name == "Data" and self.cell is not None and self.data is not None:
            number_format = self.formats.get(self.cell.get("style") or "")
            value = _value(self.cell["type"], "".join(self.data), number_format)
            if value is not None and self.sheet is not None:
                self.sheet["cells"][(self.row, self.cell["col"])] = value
                if self.runs is not None:
                    self.sheet["rich"][(self.row, self.cell["col"])] = self.runs
                elif self.cell.get("style") in self.fonts:
                    self.sheet["styled"][(self.row, self.cell["col"])] = self.fonts[self.cell["style"]]
            self.data = self.runs = None
            self.bold, self.faces = 0, []
        elif self.data is not None:
            if name == "B":
                self.bold -= 1
            elif name == "Font" and self.faces:
                self.faces.pop()
        elif name == "Row":
            self.row += self.row_span
        elif name == "Cell":
            self.cell = None
        elif name == "Comment":
            self.in_comment = False
        elif name == "Visible":
            self.in_visible = False
        elif name == "Style":
            self.style = None
        elif name == "Worksheet":
            self.sheet = None


def xmlss_sheets(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> SheetsRead:
    """Every shown sheet of an XML Spreadsheet 2003: its name, and its rows of cell texts (merged ranges filled,
    hidden columns dropped); and the hidden rows left out (``sheets.rows_hidden_blanked``)."""
    book = _Workbook()
    scan_xml(data, path=path, part="workbook", limits=limits, start=book.start, end=book.end, text=book.text)
    sheets: list[NamedSheet] = []
    set_aside: list[SetAside] = []
    total = 0
    if any(sheet["rich"] or sheet["styled"] for sheet in book.sheets):
        strings = [v for sheet in book.sheets for v in sheet["cells"].values() if isinstance(v, str)]
        if (legend := strings_legend(strings)) is not None:
            for sheet in book.sheets:
                _formats_marked(sheet, legend)
    for sheet in book.sheets:
        if not sheet["shown"]:  # a hidden sheet: not read, as in an .xlsx (round 41)
            continue
        name, cells = sheet["name"], sheet["cells"]
        nrows = max((r for r, _ in cells), default=0)
        ncols = max((c for _, c in cells), default=0)
        total = check_used_range(name, nrows, ncols, path=path, limits=limits, before=total)
        merges = clip_merges(sheet["merges"], nrows, ncols, path=path, sheet=name, limits=limits)
        values = [[cells.get((r, c)) for c in range(1, ncols + 1)] for r in range(1, nrows + 1)]
        rows = sheet_rows(values, merges, path=path, sheet=name, limits=limits)
        if sheet["hidden_rows"] and not sheet["filtered"]:
            hidden_rows = {r for first, last in sheet["hidden_rows"] for r in range(first, min(last, nrows) + 1)}
            rows = rows_hidden_blanked(rows, hidden_rows, sheet=name, set_aside=set_aside)
        hidden = {c for first, last in sheet["hidden_columns"] for c in range(first, min(last, ncols) + 1)}
        sheets.append((name, columns_hidden_dropped(rows, hidden) if hidden else rows))
    return SheetsRead(sheets, set_aside)


def _formats_marked(sheet: dict, legend: RunLegend) -> None:
    """A sheet's cells with each unit written in ``legend``'s format marked with its role (``★县住建局、各街道办事处``):
    a rich text's runs in that format (bold, set in the legend's font, or in its colour: ``<Font html:Color>``), a
    cell whose style's font is (round 64: before, the runs were read as plain text and every unit led; round 65 the
    colour)."""
    cells = sheet["cells"]
    for place, runs in sheet["rich"].items():
        if any(_in_format(*run[1:], legend) for run in runs):
            text = "".join(
                f"**{run[0]}**" if _in_format(*run[1:], legend) and run[0].strip() else run[0] for run in runs
            )
            cells[place] = marked_units(text, legend.mark)
    for place, font in sheet["styled"].items():
        if _in_format(*font, legend):
            cells[place] = _units_marked(cells[place], legend.mark)


def _in_format(bold: bool, face: str, colour: str, legend: RunLegend) -> bool:
    """Whether a run (a style) is in ``legend``'s format: bold, in the font it names (黑体, 楷体_GB2312 …), or in
    the colour it names (``#FF0000`` for 红: ``run_formats.in_colour``)."""
    if legend.colour:
        return in_colour(colour, legend.colour)
    return bold if not legend.font else legend.font in face


def read_xmlss(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse the task tables of an XML Spreadsheet 2003 (under any name: .xls, .xml)."""
    return document_from_sheets(*xmlss_sheets(data, path=path, limits=limits), path=path, key=key, sha256=sha256)

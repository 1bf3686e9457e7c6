"""An .xlsx workbook opened within the limits, and a worksheet's cells and merged ranges in one streamed pass.

:func:`open_workbook` checks the package before any library unpacks it (members, unpacked
size, every XML part but the worksheets scanned by expat: no DTD, nesting bounded) and lets
openpyxl read the workbook's own parts in read-only mode (sheet names, shared strings, number
formats), never the worksheets. Readers then take a worksheet's values as they need them:
:func:`xlsx_sheets <reformgraph.loaders.formats_xlsx.xlsx_sheets>` with openpyxl's
read-only rows, :meth:`Workbook.cells` as openpyxl's normal mode has them.

:meth:`Workbook.cells` streams a worksheet's XML once through lxml, a row at a time (each row
freed once read; no DTD, no entity expansion, no network) and converts only the cells it is
asked for, each by openpyxl's own cell parser (the same values: shared and inline strings,
dates by their number format, booleans, formulas' cached values). The ``<mergeCells>`` that
follow the rows are read on the way, so nothing is read twice. Places are openpyxl's normal
mode's: a cell's own ``r`` places it (else the column after the one before it), a later cell at
the same place replaces the earlier one, only the last ``<mergeCells>`` counts, and each range
is read by openpyxl's ``CellRange`` (a range it refuses makes the workbook unreadable).
Normal mode built an object for every cell (a 63,300-row ledger: 0.9 GB); read-only mode has no
merged ranges and trusts the sheet's ``<dimension>``, which other programs write wrong.

>>> import io, openpyxl
>>> wb = openpyxl.Workbook(); ws = wb.active; ws.title = "台账"
>>> ws.append(["单位", "进展"]); ws.append(["市财政局", "已开会"])
>>> ws.merge_cells("B2:B3"); buf = io.BytesIO(); wb.save(buf)
>>> with open_workbook(buf.getvalue(), path="l.xlsx", what=".xlsx workbook") as book:
...     sheet = book.cells(book.sheets[0], keep=lambda row, col: col == 2)
>>> sheet.values, sheet.rows, sheet.merges
({(1, 2): '进展', (2, 2): '已开会'}, 2, [(2, 2, 3, 2)])
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.containers import DTD_REFUSED, check_xml_parts, open_package
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, library_errors
from reformgraph.loaders.sheets import Range

Position = tuple[int, int]
_DIGITS = "0123456789"


@dataclass(frozen=True)
class Sheet:
    """A worksheet of the workbook: its title and its part in the package."""

    title: str
    part: str
    source: object = field(repr=False, compare=False)  # openpyxl's read-only worksheet


@dataclass
class SheetCells:
    """What :meth:`Workbook.cells` read: the values kept by place, the last row, the merged ranges."""

    values: dict[Position, object] = field(default_factory=dict)
    rows: int = 0
    """The last row holding a cell (0 for none); merged ranges may reach further."""
    merges: list[Range] = field(default_factory=list)
    """(first row, first column, last row, last column) of each range, in the sheet's order."""


class Workbook:
    """An opened workbook: its sheet names (chart sheets too), its worksheets, their cells on demand."""

    def __init__(self, archive: zipfile.ZipFile, book, *, path: str, what: str, limits: Limits) -> None:
        self._archive, self._book = archive, book
        self.path, self.what, self.limits = path, what, limits
        self.names: list[str] = list(book.sheetnames)
        self.sheets: list[Sheet] = []
        for ws in book.worksheets:
            part = getattr(ws, "_worksheet_path", None)
            if part is None:
                raise DocumentError(f"sheet {ws.title!r}: cannot locate its part in the package", path=path)
            self.sheets.append(Sheet(ws.title, part, ws))

    def part(self, sheet: Sheet) -> bytes:
        """The worksheet's XML, whole."""
        with library_errors(self.what, path=self.path, where=sheet.part):
            return self._archive.read(sheet.part)

    def cells(self, sheet: Sheet, keep: Callable[[int, int], bool], into: dict | None = None) -> SheetCells:
        """The values of the cells ``keep(row, column)`` chooses (1-based), and the sheet's merged ranges.

        ``into`` (a dict, filled as the rows go by) lets ``keep`` look at the values kept so far.
        Cells are counted against ``Limits.cells``; a cell not kept is placed, never converted.
        """
        out = SheetCells(values={} if into is None else into)
        with library_errors(self.what, path=self.path, where=sheet.title), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns (on stderr) about date cells out of range
            with self._archive.open(sheet.part) as source:
                self._stream(source, sheet, keep, out)
        return out

    def _stream(self, source, sheet: Sheet, keep: Callable[[int, int], bool], out: SheetCells) -> None:
        from lxml import etree
        from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
        from openpyxl.worksheet._reader import MERGE_TAG, ROW_TAG, WorkSheetParser
        from openpyxl.worksheet.cell_range import CellRange
        from openpyxl.worksheet.merge import MergeCells

        book = self._book
        parser = WorkSheetParser(
            None,
            sheet.source._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        values, limit, counted = out.values, self.limits.cells, 0
        events = etree.iterparse(
            source,
            events=("end",),
            tag=(ROW_TAG, MERGE_TAG),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            remove_comments=True,
            remove_pis=True,
        )
        for _, element in events:
            if counted == 0 and element.getroottree().docinfo.doctype:
                raise DocumentError(DTD_REFUSED, path=self.path, where=sheet.part)
            if element.tag == MERGE_TAG:
                ranges = (CellRange(m.ref) for m in MergeCells.from_tree(element).mergeCell)
                out.merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ranges]
                check_count(
                    "merged_cells", len(out.merges), f"sheet {sheet.title!r}: merges", path=self.path, limits=self.limits
                )
            else:
                # openpyxl's own row numbering (``r``, else the next row); the row's other attributes are not read
                number = element.get("r")
                row = parser.parse_row(etree.Element(ROW_TAG, {} if number is None else {"r": number}))[0]
                column = 0
                for cell in element:
                    counted += 1
                    at = cell.get("r")
                    if at:
                        letters = at.rstrip(_DIGITS)
                        if letters.isascii() and letters.isalpha() and len(letters) < len(at):
                            place = (int(at[len(letters) :]), column_index_from_string(letters))
                        else:
                            place = coordinate_to_tuple(at)  # openpyxl's reading of an odd reference (or its error)
                        column = place[1]
                    else:
                        column += 1
                        place = (row, column)
                    if place[0] > out.rows:
                        out.rows = place[0]
                    if keep(*place):
                        parser.row_counter, parser.col_counter = row, column - 1
                        parsed = parser.parse_cell(cell)
                        values[parsed["row"], parsed["column"]] = parsed["value"]
                if counted > limit:
                    check_count("cells", counted, f"sheet {sheet.title!r} holds", path=self.path, limits=self.limits)
            element.clear()
            while element.getprevious() is not None:  # the rows read before, and anything between them
                del element.getparent()[0]
        root = events.root
        if counted == 0 and root is not None and root.getroottree().docinfo.doctype:
            raise DocumentError(DTD_REFUSED, path=self.path, where=sheet.part)


@contextmanager
def open_workbook(data: bytes, *, path: str, what: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[Workbook]:
    """The workbook in ``data``, its package checked first (a DocumentError names what is wrong)."""
    openpyxl = require("openpyxl", "formats", f"reading an {what}")
    archive = open_package(data, path=path, what=what, limits=limits)
    # worksheets are read by the reader that asks for them (streamed, or scanned with their shape)
    worksheet_parts = {n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")}
    check_xml_parts(archive, path=path, what=what, limits=limits, skip=worksheet_parts)
    with library_errors(what, path=path), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns (on stderr) about WPS extensions
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        yield Workbook(archive, book, path=path, what=what, limits=limits)
    finally:
        book.close()

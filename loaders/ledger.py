"""Reading a filled-in 台账 (.xlsx) back: every ledger sheet's rows, checked cell by cell.

A ledger sheet is one with a header row (in its first ten rows) naming 状态 and 举措 or
措施编号; other sheets (说明, a unit's notes) are skipped. Columns are found by their
header, so a unit may reorder, hide or delete columns, add a title row, reorder rows or
paste its rows into a new workbook. Merged cells give their value to every cell they cover.

Bad input stops the whole read with one line naming the cell — an unknown 状态 word, a
更新日期 that is not a day or lies in the future, a ledger sheet without 进展情况/状态/更新日期,
a workbook without a ledger sheet — so a ledger is applied whole or not at all.

>>> import io
>>> from openpyxl import Workbook
>>> wb = Workbook(); ws = wb.active; ws.title = "台账"
>>> ws.append(["举措", "牵头单位", "进展情况", "状态", "更新日期"])
>>> ws.append(["开展调研。", "市财政局", "已召开座谈会", "推进中", "2026-06-30"])
>>> buf = io.BytesIO(); wb.save(buf)
>>> [(r.where, r.text, r.leads, r.status, r.updated) for r in parse_ledger(buf.getvalue(), path="台账.xlsx")]
[('台账.xlsx:台账 row 2', '开展调研。', ('市财政局',), 'in_progress', '2026-06-30')]
>>> ws["D2"] = "完成"; buf = io.BytesIO(); wb.save(buf)
>>> parse_ledger(buf.getvalue(), path="台账.xlsx")
Traceback (most recent call last):
...
reformgraph.errors.LedgerError: 台账.xlsx:台账!D2: unknown 状态 '完成' (expected 未启动/推进中/已完成/已延期/长期推进)
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from reformgraph.errors import LedgerError
from reformgraph.loaders.limits import DEFAULT_LIMITS, MIB, Limits, check_count
from reformgraph.loaders.sheet_stream import open_workbook
from reformgraph.loaders.sheets import Range
from reformgraph.progress import LEDGER_HEADERS, LedgerRow, parse_day, parse_status, split_names
from reformgraph.regexcache import compiled

#: Header → column key; the ledger's own headers first, then words units use for them.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "text": ("举措", "工作举措", "具体举措", "主要举措", "任务", "工作任务", "重点任务", "具体任务"),
    "leads": ("牵头单位", "牵头部门", "责任单位"),
    "workplan": ("工作方案",),
    "progress": ("进展情况", "工作进展", "推进情况", "进展"),
    "status": ("状态", "完成状态", "推进状态", "进展状态"),
    "updated": ("更新日期", "更新时间", "填报日期"),
    "measure": ("措施编号", "举措编号"),
    "check": ("校验码",),
}
REQUIRED = ("progress", "status", "updated")
WHAT = ".xlsx workbook"
#: A ledger lists the graph's measures (a 200-plan graph: 126,600 rows, 1.8 million cells, 310 MB of sheet XML
#: as Excel or openpyxl save it), so its bounds are wider than a document's; its sheets are streamed, never held.
LIMITS = replace(DEFAULT_LIMITS, file_bytes=200 * MIB, unpacked_bytes=1024 * MIB, cells=20_000_000)
HEADER_SCAN_ROWS = 10
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
EXCEL_EPOCH = date(1899, 12, 30)
EARLIEST = date(2000, 1, 1)  # an earlier 更新日期 is a number typed into a date cell (3.5 → 1900-01-03)
_SERIALS = (36526, 73051)  # 2000-01-01 .. 2100-01-01 as Excel day numbers
_HEADER_NOTE = compiled(r"[（(][^）)]*[）)]$")
_WORD_TO_KEY = {word: key for key, words in HEADER_WORDS.items() for word in words}


def _header_key(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    word = _HEADER_NOTE.sub("", re.sub(r"\s+", "", value))
    return _WORD_TO_KEY.get(word)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def cell_day(value: object) -> str | None:
    """A 更新日期 cell as ``YYYY-MM-DD`` (None when blank); ValueError when it is not a day.

    Dates, text days (2026-06-30, 2026/6/30, 2026年6月30日), 8-digit numbers (20260630)
    and Excel day numbers in a General-formatted cell (46203) are days.

    >>> cell_day(20260630), cell_day(46203), cell_day(" "), cell_day(datetime(2026, 6, 30, 9, 0))
    ('2026-06-30', '2026-06-30', None, '2026-06-30')
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (datetime, date)):
        return parse_day(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        n = int(value)
        if n == value and 20000101 <= n <= 20991231:
            return parse_day(f"{n // 10000}-{n // 100 % 100}-{n % 100}")
        if _SERIALS[0] <= value < _SERIALS[1]:
            return (EXCEL_EPOCH + timedelta(days=int(value))).isoformat()
        raise ValueError(f"{value!r} is not a date (expected a day such as 2026-06-30)")
    return parse_day(value)


def _find_header(rows: list[tuple], sheet: str, path: str) -> tuple[int, dict[str, int]] | None:
    """(header row number, column key → 0-based index) of a ledger sheet, or None for another sheet."""
    for r, values in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        columns: dict[str, int] = {}
        for c, value in enumerate(values):
            key = _header_key(value)
            if key is None:
                continue
            if key in columns:
                col = _letter(c)
                raise LedgerError(
                    f"two {LEDGER_HEADERS[key]} columns in the header row", path=path, where=f"{sheet}!{col}{r}"
                )
            columns[key] = c
        if "status" in columns and ("text" in columns or "measure" in columns):
            missing = [LEDGER_HEADERS[k] for k in REQUIRED if k not in columns]
            if missing:
                raise LedgerError(
                    f"the header row has no {'、'.join(missing)} column", path=path, where=f"{sheet}!{r}:{r}"
                )
            return r, columns
    return None


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


class _Choice:
    """The cells a ledger sheet needs: its first rows whole (the header row is among them), then the cells
    of the columns a header word heads there, and ``extra`` places (merged ranges' first cells)."""

    def __init__(self, values: dict, columns: set[int] | None = None, extra: frozenset = frozenset()) -> None:
        self.values, self.columns, self.extra = values, columns, extra
        self.late = False  # a cell of the first rows came after later rows: its column may have been passed over

    def __call__(self, row: int, col: int) -> bool:
        if row <= HEADER_SCAN_ROWS:
            self.late = self.late or self.columns is not None
            return True
        if self.columns is None:
            self.columns = _header_columns(self.values)
        return col in self.columns or (bool(self.extra) and (row, col) in self.extra)

    def kept(self, place: tuple[int, int]) -> bool:
        return place[0] <= HEADER_SCAN_ROWS or self.columns is None or place[1] in self.columns


def _header_columns(values: dict) -> set[int]:
    return {c for (r, c), v in values.items() if r <= HEADER_SCAN_ROWS and _header_key(v) is not None}


def _sheet_cells(book, sheet, path: str) -> tuple[dict, list[Range]]:
    """(place → value of the cells a ledger sheet needs, its merged ranges); read twice only when the
    first pass passed over a cell it turned out to need (rows out of order, a range starting in another column)."""
    values: dict = {}
    choice = _Choice(values)
    merges = book.cells(sheet, choice, into=values).merges
    covers = sum((r1 - r0 + 1) * (c1 - c0 + 1) for r0, c0, r1, c1 in merges)
    check_count("merged_cells", covers, f"sheet {sheet.title!r}: merged ranges cover", path=path, limits=book.limits)
    extra = frozenset(p for p in ((r0, c0) for r0, c0, _, _ in merges) if not choice.kept(p))
    if choice.late or extra:
        columns = _header_columns(values)
        values = {}
        book.cells(sheet, _Choice(values, columns, extra), into=values)
    return values, merges


def _merged_values(merges: list[Range], values: dict) -> tuple[set, dict]:
    """(the places merged ranges cover but their first cell, place → the value merged into it), as openpyxl's
    normal mode has them: a covered cell holds nothing, a range gives its first cell's value to every cell
    of it, and of overlapping ranges the one openpyxl's range set lists last wins."""
    from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

    covered: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in merges:
        cells = {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        cells.discard((r0, c0))  # a range's first cell is covered only by another range
        covered |= cells
    out = {}
    ranges = MultiCellRange([CellRange(min_row=a, min_col=b, max_row=y, max_col=x) for a, b, y, x in merges])
    for rng in ranges.ranges:
        first = (rng.min_row, rng.min_col)
        value = None if first in covered else values.get(first)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                out[(r, c)] = value
    return covered, out


def _header_rows(values: dict, covered: set) -> list[tuple]:
    """The first rows' values as tuples (a covered cell holds nothing)."""
    width: dict[int, int] = {}
    for r, c in values:
        if r <= HEADER_SCAN_ROWS and c > width.get(r, 0):
            width[r] = c
    return [
        tuple(None if (r, c) in covered else values.get((r, c)) for c in range(1, width.get(r, 0) + 1))
        for r in range(1, HEADER_SCAN_ROWS + 1)
    ]


def _sheet_rows(book, sheet, path: str, name: str, latest: date | None) -> list[LedgerRow] | None:
    values, merges = _sheet_cells(book, sheet, path)
    covered, merged = _merged_values(merges, values)
    found = _find_header(_header_rows(values, covered), sheet.title, path)
    if found is None:
        return None
    header, columns = found
    title = sheet.title
    out = []
    for r in sorted({r for r, _ in values if r > header} | {r for r, _ in merged if r > header}):

        def get(key: str):
            c = columns.get(key)
            if c is None:
                return None
            return merged.get((r, c + 1), values.get((r, c + 1)))

        raw = {key: get(key) for key in columns}
        if all(_text(v) is None for v in raw.values()):
            continue

        def cell(key: str) -> str:
            return f"{title}!{_letter(columns[key])}{r}"

        try:
            status = parse_status(raw["status"])
        except ValueError as exc:
            raise LedgerError(str(exc), path=path, where=cell("status")) from None
        try:
            updated = cell_day(raw["updated"])
        except ValueError as exc:
            raise LedgerError(f"更新日期 {exc}", path=path, where=cell("updated")) from None
        if updated and updated < EARLIEST.isoformat():
            raise LedgerError(
                f"更新日期 {updated} is before {EARLIEST.year}: not a day of this ledger",
                path=path,
                where=cell("updated"),
            )
        if updated and latest and updated > latest.isoformat():
            raise LedgerError(
                f"更新日期 {updated} is after today ({latest.isoformat()})", path=path, where=cell("updated")
            )
        out.append(
            LedgerRow(
                where=f"{name}:{title} row {r}",
                measure_id=_text(raw.get("measure")),
                check=_text(raw.get("check")),
                text=_text(raw.get("text")) or "",
                leads=split_names(_text(raw.get("leads"))),
                workplan=_text(raw.get("workplan")) or "",
                status=status,
                progress=_text(raw["progress"]),
                updated=updated,
            )
        )
    return out


def parse_ledger(data: bytes, *, path: str, latest: date | None = None, limits: Limits = LIMITS) -> list[LedgerRow]:
    """Every row of every ledger sheet in the workbook ``data`` (sheet order, then row order).

    ``latest`` is the last allowed 更新日期 (the day of the import); None allows any.
    Raises LedgerError naming the cell for bad input, or the workbook when it has no ledger sheet;
    DocumentError for a workbook that cannot be read or is over ``limits``.
    """
    if data[:4] == OLE_MAGIC:
        raise LedgerError(
            "encrypted workbook or old .xls/.et format: remove the password or save it as .xlsx in Excel/WPS",
            path=path,
        )
    name = Path(path).name
    rows: list[LedgerRow] = []
    ledger_sheets = 0
    reading = "reading a ledger workbook (.xlsx)"
    with open_workbook(data, path=path, what=WHAT, limits=limits, reading=reading) as book:
        for sheet in book.sheets:
            found = _sheet_rows(book, sheet, path, name, latest)
            if found is not None:
                ledger_sheets += 1
                rows.extend(found)
    if not ledger_sheets:
        raise LedgerError(
            "no ledger sheet: expected a header row naming 举措 (or 措施编号), 进展情况, 状态 and 更新日期; "
            f"sheets: {'、'.join(book.names)}",
            path=path,
        )
    return rows


def read_ledger(path: str | os.PathLike[str], *, latest: date | None = None) -> list[LedgerRow]:
    """Read the ledger workbook at ``path`` (``latest`` defaults to today)."""
    p = Path(path)
    if not p.is_file():
        raise LedgerError("no such file" if not p.exists() else "is not a file", path=str(path))
    try:
        check_count("file_bytes", p.stat().st_size, "the file has", path=str(path), limits=LIMITS)
        data = p.read_bytes()
    except OSError as exc:
        raise LedgerError(f"cannot read ({exc.strerror})", path=str(path)) from None
    return parse_ledger(data, path=str(path), latest=latest or date.today())

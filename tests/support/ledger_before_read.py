"""The ledger reader as it was before its workbook was streamed (main at 67243bf), kept as the reference
that tests/test_ledger22_read.py compares the streamed reader with.

openpyxl's normal mode built every cell (24.8 s and 899 MB for a 100-plan ledger) and the merged ranges
came from ``ws.merged_cells``. The parts the rewrite left as they were (header words, the header row,
cell checks, the row's fields) are imported from the module; what changed is copied here as it was.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from datetime import date
from pathlib import Path

import openpyxl

from reformgraph.errors import LedgerError
from reformgraph.loaders.ledger import EARLIEST, OLE_MAGIC, _find_header, _letter, _text, cell_day
from reformgraph.progress import LedgerRow, parse_status, split_names


def _merged_values(ws) -> dict[tuple[int, int], object]:
    out = {}
    for rng in ws.merged_cells.ranges:
        value = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                out[(r, c)] = value
    return out


def _sheet_rows(ws, sheet: str, path: str, name: str, latest: date | None) -> list[LedgerRow] | None:
    rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
    found = _find_header(rows, sheet, path)
    if found is None:
        return None
    header, columns = found
    merged = _merged_values(ws)
    out = []
    for r in range(header + 1, len(rows) + 1):
        values = rows[r - 1]

        def get(key: str):
            c = columns.get(key)
            if c is None:
                return None
            value = values[c] if c < len(values) else None
            return merged.get((r, c + 1), value)

        raw = {key: get(key) for key in columns}
        if all(_text(v) is None for v in raw.values()):
            continue

        def cell(key: str) -> str:
            return f"{sheet}!{_letter(columns[key])}{r}"

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
                where=f"{name}:{sheet} row {r}",
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


def parse_ledger(data: bytes, *, path: str, latest: date | None = None) -> list[LedgerRow]:
    if data[:4] == OLE_MAGIC:
        raise LedgerError(
            "encrypted workbook or old .xls/.et format: remove the password or save it as .xlsx in Excel/WPS",
            path=path,
        )
    try:
        with warnings.catch_warnings():  # openpyxl warns (on stderr) about WPS extensions and bad date cells
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise LedgerError(f"not a readable .xlsx workbook ({exc})", path=path) from None
    name = Path(path).name
    rows: list[LedgerRow] = []
    ledger_sheets = 0
    for ws in wb.worksheets:
        found = _sheet_rows(ws, ws.title, path, name, latest)
        if found is not None:
            ledger_sheets += 1
            rows.extend(found)
    if not ledger_sheets:
        raise LedgerError(
            "no ledger sheet: expected a header row naming 举措 (or 措施编号), 进展情况, 状态 and 更新日期; "
            f"sheets: {'、'.join(wb.sheetnames)}",
            path=path,
        )
    return rows

"""Filling a ledger workbook the way a unit would in Excel, with openpyxl (for the ledger tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl


def columns(ws, header_row: int = 1) -> dict[str, int]:
    """Header text → 1-based column number."""
    return {c.value: c.column for c in ws[header_row] if c.value}


def rows_by_id(ws) -> dict[str, int]:
    """措施编号 → row number."""
    col = columns(ws)["措施编号"]
    return {ws.cell(r, col).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value}


def fill(ws, row: int, *, status: str | None = None, progress: str | None = None, updated=None) -> None:
    """Type into 状态, 进展情况 and 更新日期 of ``row`` (a date, or text as a unit might type it)."""
    col = columns(ws)
    if status is not None:
        ws.cell(row, col["状态"], status)
    if progress is not None:
        ws.cell(row, col["进展情况"], progress)
    if updated is not None:
        cell = ws.cell(row, col["更新日期"], updated)
        if isinstance(updated, date):
            cell.number_format = "yyyy-mm-dd"


def fill_file(path: Path, reports: dict[str, tuple[str | None, str | None, object]], sheet: str | None = None) -> None:
    """Fill ``path`` in place: measure id → (状态, 进展情况, 更新日期), in every ledger sheet holding the id."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets if sheet is None else [wb[sheet]]:
        if "措施编号" not in columns(ws):
            continue
        by_id = rows_by_id(ws)
        for mid, (status, progress, updated) in reports.items():
            if mid in by_id:
                fill(ws, by_id[mid], status=status, progress=progress, updated=updated)
    wb.save(path)

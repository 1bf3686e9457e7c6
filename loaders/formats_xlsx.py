"""Excel task tables (.xlsx) read with openpyxl: every sheet with a task header row counts.

Merged cells (a unit or deadline cell spanning several task rows) give their value to
every row they cover. The sheet's title row (a lone cell above the header) names the
document when there is one.
"""

from __future__ import annotations

import io
import zipfile

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.tables import document_from_tables
from reformgraph.records import Document

OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def read_xlsx(data: bytes, *, path: str, key: str, sha256: str) -> Document:
    """Parse the task tables of an .xlsx workbook."""
    openpyxl = require("openpyxl", "formats", "reading .xlsx files")

    if data[:4] == OLE_MAGIC:
        raise DocumentError(
            "encrypted workbook or old .xls format: remove the password or save it as .xlsx "
            "in Excel/WPS, then try again",
            path=path,
        )
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"not a readable .xlsx workbook ({exc})", path=path) from None
    tables, title = [], None
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        for rng in ws.merged_cells.ranges:
            value = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                        rows[r - 1][c - 1] = value
        if title is None:
            first = next((r for r in rows if any(v not in (None, "") for v in r)), None)
            values = {str(v).strip() for v in first or () if v not in (None, "")}
            if len(values) == 1:
                title = values.pop()
        tables.append(rows)
    doc = document_from_tables(tables, path=path, key=key, sha256=sha256, title=title or key, carry_units=False)
    if doc is None:
        raise DocumentError(
            "no sheet holds a task table: expected a header row naming a task column (任务/工作任务/重点任务…) "
            "and a unit column (牵头单位/责任单位/推进单位…)",
            path=path,
        )
    return doc

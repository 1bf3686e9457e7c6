"""Word documents (.docx) read with python-docx: paragraphs in order, and real tables.

A table whose header row names a task and a unit column is a task table: its rows are
tasks. When the document holds task tables they are the tasks; otherwise its paragraphs
(heading styles marked as ``#`` headings, tables flattened one row per line) are parsed as
text, like a .md file.
"""

from __future__ import annotations

import io
import zipfile

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.formats_xlsx import OLE_MAGIC
from reformgraph.loaders.tables import document_from_tables
from reformgraph.records import Document


def docx_content(data: bytes, *, path: str) -> tuple[list[str], list[list[list[str]]]]:
    """(text lines in body order, tables as rows of cell texts) of a .docx file."""
    docx = require("docx", "formats", "reading .docx files")
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if data[:4] == OLE_MAGIC:
        raise DocumentError(
            "encrypted document or old .doc format: remove the password or save it as .docx "
            "in Word/WPS, then try again",
            path=path,
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"not a readable .docx document ({exc})", path=path) from None
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    # style id → name, looked up once (Paragraph.style searches the styles part on every call)
    style_names = {s.style_id: s.name or "" for s in document.styles}
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            style = style_names.get(block._p.style or "", "")
            text = block.text
            lines.append(("# " + text) if style.startswith(("Heading", "Title", "标题")) and text.strip() else text)
        elif isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells, last = [], None
                for cell in row.cells:  # a horizontally merged cell repeats: keep it once per row
                    cells.append("" if cell._tc is last else cell.text)
                    last = cell._tc
                rows.append(cells)
                lines.append("  ".join(c for c in cells if c))
            tables.append(rows)
    return lines, tables


def read_docx(data: bytes, *, path: str, key: str, sha256: str) -> Document:
    """Parse a .docx: its task tables when it has any, else its text."""
    from reformgraph.loaders.parse import parse_document

    lines, tables = docx_content(data, path=path)
    title = next((line.lstrip("# ").strip() for line in lines if line.strip()), key)
    doc = document_from_tables(tables, path=path, key=key, sha256=sha256, title=title)
    if doc is not None:
        return doc
    return parse_document("\n".join(lines), path=path, key=key, sha256=sha256)

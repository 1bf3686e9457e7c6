"""PDF documents read with pypdf: the text layer, page by page.

A PDF with no text layer (a scan) and an encrypted PDF that needs a password each get a
message saying what to do; there is no OCR here.
"""

from __future__ import annotations

import io
import re

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.records import Document

SCANNED = (
    "scanned PDF with no text layer: run OCR first (for example `ocrmypdf -l chi_sim in.pdf out.pdf`) "
    "or use the Word/text version of the document"
)


def pdf_text(data: bytes, *, path: str) -> str:
    """The text layer of every page, pages separated by blank lines."""
    require("pypdf", "formats", "reading PDF files")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                "encrypted PDF: open it with its password and save an unprotected copy, then try again", path=path
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        message = str(exc)
        if "decrypt" in message.lower() or "encrypt" in message.lower():
            raise DocumentError(
                "encrypted PDF: open it with its password and save an unprotected copy, then try again", path=path
            ) from None
        raise DocumentError(f"not a readable PDF ({message})", path=path) from None
    text = "\n\n".join(pages)
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise DocumentError(SCANNED, path=path)
    return text


def read_pdf(data: bytes, *, path: str, key: str, sha256: str) -> Document:
    """Parse a text-layer PDF like a .txt document."""
    from reformgraph.loaders.parse import parse_document

    return parse_document(pdf_text(data, path=path), path=path, key=key, sha256=sha256)

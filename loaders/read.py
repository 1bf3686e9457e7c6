"""Reading documents from disk: bytes → text (UTF-8 or GB18030/GBK) → records.

Other formats are dispatched by extension to their own module (loaders/formats_*.py):
.docx, .xlsx/.xlsm, .csv, .html/.htm, .pdf; see docs/formats.md.

>>> decode_text("改革".encode("gbk"), path="plan.md")
'改革'
>>> decode_text(b"\\x00\\x01", path="x.bin")
Traceback (most recent call last):
...
reformgraph.errors.DocumentEncodingError: x.bin: binary file, not a text document
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
from pathlib import Path

from reformgraph.errors import DocumentEncodingError, DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.records import Document

MAX_BYTES = 50 * 1024 * 1024
# extension → (module, function(data, *, path, key, sha256) -> Document); anything else is read as text
_READERS = {
    ".docx": ("reformgraph.loaders.formats_docx", "read_docx"),
    ".xlsx": ("reformgraph.loaders.formats_xlsx", "read_xlsx"),
    ".xlsm": ("reformgraph.loaders.formats_xlsx", "read_xlsx"),
    ".csv": ("reformgraph.loaders.formats_csv", "read_csv"),
    ".html": ("reformgraph.loaders.formats_html", "read_html"),
    ".htm": ("reformgraph.loaders.formats_html", "read_html"),
    ".pdf": ("reformgraph.loaders.formats_pdf", "read_pdf"),
}
_UNSUPPORTED = {
    ".doc": "old Word .doc format is not supported: save it as .docx in Word/WPS, then try again",
    ".xls": "old Excel .xls format is not supported: save it as .xlsx in Excel/WPS, then try again",
    ".wps": "WPS .wps format is not supported: save it as .docx, then try again",
}


def decode_text(data: bytes, *, path: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM), else GB18030 (a superset of GBK)."""
    if b"\x00" in data[:8192]:
        raise DocumentEncodingError("binary file, not a text document", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise DocumentEncodingError(
                "not UTF-8 or GB18030/GBK text (convert the file to UTF-8)", path=path, line=line
            ) from None
        if not re.search(r"[\u4e00-\u9fff]", text):
            raise DocumentEncodingError("not UTF-8 or GB18030/GBK text (no Chinese text decoded)", path=path) from None
        return text


def document_key(path: str | os.PathLike[str]) -> str:
    """A stable id for a document: its file name without extension.

    >>> document_key("data/youyang-2022-18.md")
    'youyang-2022-18'
    """
    return re.sub(r"[^\w\-.\u4e00-\u9fff]+", "_", Path(path).stem) or "document"


def parse_bytes(data: bytes, *, path: str) -> Document:
    """Decode and parse a document's bytes (the explorer's upload path; no disk I/O)."""
    if not data.strip():
        raise DocumentError("the file is empty", path=path)
    suffix = Path(path).suffix.lower()
    if suffix in _READERS:
        module, function = _READERS[suffix]
        reader = getattr(importlib.import_module(module), function)
        return reader(data, path=path, key=document_key(path), sha256=hashlib.sha256(data).hexdigest())
    if suffix in _UNSUPPORTED:
        raise DocumentError(_UNSUPPORTED[suffix], path=path)
    text = decode_text(data, path=path)
    return parse_document(text, path=path, key=document_key(path), sha256=hashlib.sha256(data).hexdigest())


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read and parse the document at ``path``; raise DocumentError with the path on failure."""
    p = Path(path)
    if not p.exists():
        raise DocumentError("no such file", path=str(path))
    if p.is_dir():
        raise DocumentError("is a directory, expected a document file", path=str(path))
    if p.stat().st_size > MAX_BYTES:
        raise DocumentError(f"file larger than {MAX_BYTES // (1024 * 1024)} MiB", path=str(path))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read ({exc.strerror})", path=str(path)) from None
    return parse_bytes(data, path=str(path))

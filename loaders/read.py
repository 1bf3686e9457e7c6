"""Reading documents from disk: bytes → text (UTF-8 or GB18030/GBK) → records.

Other formats go to their own module (loaders/formats_*.py), chosen by the extension
and checked against the content, since attachments are often misnamed (see
:mod:`reformgraph.loaders.sniff`): .docx, .xlsx/.xlsm, .xls/.et, .doc/.wps, .csv,
.html/.htm, .pdf, .ofd; anything else is read as text. Every reader keeps the bounds of
:mod:`reformgraph.loaders.limits`; docs/formats.md lists them.

>>> decode_text("改革".encode("gbk"), path="plan.md")
'改革'
>>> decode_text(b"\\x00\\x01", path="x.bin")
Traceback (most recent call last):
...
reformgraph.errors.DocumentEncodingError: x.bin: binary file, not a text document
>>> format_of("plan.doc", b"PK\\x03\\x04..."), format_of("tasks.xls", b"<html><table>"), format_of("a.txt", b"x")
('docx', 'html', 'text')
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
from pathlib import Path

from reformgraph.errors import DocumentEncodingError, DocumentError
from reformgraph.loaders.column_spec import ColumnSpec, columns_given, unseen_columns_noted
from reformgraph.loaders.compact import without_struck
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, check_lines
from reformgraph.loaders.line_emoji import undecorated_text
from reformgraph.loaders.sniff import (
    content_kind,
    is_spreadsheet_xml,
    is_word_xml,
    ole_directory_missing,
    ole_kind,
    opendocument_kind,
)
from reformgraph.records import Document

# format → (module, function(data, *, path, key, sha256, limits) -> Document)
READERS: dict[str, tuple[str, str]] = {
    "text": ("reformgraph.loaders.read", "read_text"),
    "docx": ("reformgraph.loaders.formats_docx", "read_docx"),
    "doc": ("reformgraph.loaders.formats_doc", "read_doc"),
    "xlsx": ("reformgraph.loaders.formats_xlsx", "read_xlsx"),
    "xls": ("reformgraph.loaders.formats_xls", "read_xls"),
    "csv": ("reformgraph.loaders.formats_csv", "read_csv"),
    "html": ("reformgraph.loaders.formats_html", "read_html"),
    "pdf": ("reformgraph.loaders.formats_pdf", "read_pdf"),
    "ofd": ("reformgraph.loaders.formats_ofd", "read_ofd"),
    "odt": ("reformgraph.loaders.formats_odf", "read_odt"),
    "ods": ("reformgraph.loaders.formats_odf", "read_ods"),
    "mht": ("reformgraph.loaders.formats_mht", "read_mht"),
    "mail": ("reformgraph.loaders.formats_mht", "read_mail"),
    "msg": ("reformgraph.loaders.formats_msg", "read_msg"),
    "xmlss": ("reformgraph.loaders.formats_xmlss", "read_xmlss"),
    "wordxml": ("reformgraph.loaders.formats_wordxml", "read_wordxml"),
}
# extension → format; any other extension is read as text
EXTENSIONS: dict[str, str] = {
    ".md": "text",
    ".markdown": "text",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "doc",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".et": "xls",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".ofd": "ofd",
    ".odt": "odt",
    ".ods": "ods",
    ".mht": "mht",
    ".mhtml": "mht",
    ".eml": "mail",
    ".msg": "msg",
    # named so that the explorer takes them; what they hold is found by content (format_of): RTF goes to the .doc
    # converters, Excel's XML Spreadsheet and Word's XML document to their readers, other XML is read as text
    ".rtf": "text",
    ".xml": "text",
}
_ZIP_FORMATS = {"doc": "docx", "xls": "xlsx"}
_ZIP_MARKERS = ((b"word/document.xml", "docx"), (b"xl/workbook.xml", "xlsx"), (b"OFD.xml", "ofd"))
NOT_OFFICE = "an old-Office (OLE2) file holding neither a Word document nor an Excel workbook"
_UTF8_BOM = b"\xef\xbb\xbf"
ENCRYPTED = "password-protected document: open it with its password, save an unprotected copy, then try again"


def decode_text(data: bytes, *, path: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with its BOM (Notepad's "Unicode"), else GB18030 (a superset
    of GBK): a UTF-8 byte-order mark in front of GBK text (an exporter writing the mark, then the system's code
    page; round 58) is dropped first, its three bytes no longer read as the halves of two characters.

    >>> decode_text("一、任务".encode("utf-16")), decode_text("一、任务".encode("gbk"))
    ('一、任务', '一、任务')
    >>> decode_text(b"\\xef\\xbb\\xbf" + "序号,工作任务,牵头单位".encode("gbk"))
    '序号,工作任务,牵头单位'
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentEncodingError("not UTF-16 text, though it opens as UTF-16 does", path=path) from None
    if b"\x00" in data[:8192]:
        raise DocumentEncodingError("binary file, not a text document", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.removeprefix(_UTF8_BOM).decode("gb18030")
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


def format_of(path: str, data: bytes) -> str:
    """The reader for ``data`` named ``path``: the extension's, unless the content says otherwise."""
    named = EXTENSIONS.get(Path(path).suffix.lower(), "text")
    kind = content_kind(data)
    if kind == "zip":
        if (opendocument := opendocument_kind(data)) is not None:
            return opendocument
        if named in ("docx", "xlsx", "ofd"):
            return named
        if named in _ZIP_FORMATS:
            return _ZIP_FORMATS[named]
        central = data[-65536:]  # member names are listed in the central directory at the end
        return next((fmt for marker, fmt in _ZIP_MARKERS if marker in central), named)
    if kind == "ole":
        held = ole_kind(data)
        if held == "outlook":
            return "msg"  # an Outlook message, under any name (round 74): its reader reads a Word or Excel file too
        if held == "encrypted":
            raise DocumentError(ENCRYPTED, path=path)
        if held in ("word", "excel"):
            return {"word": "doc", "excel": "xls"}[held]
        directory = ole_directory_missing(data) if len(data) >= 512 else None  # a whole header, no directory
        if directory is not None:  # a download cut short: say so, not what the file holds (round 42)
            raise DocumentError(
                f"an incomplete old-Office (OLE2) file: it ends at byte {len(data):,}, before its directory "
                f"(at byte {directory:,}); download or copy it again",
                path=path,
            )
        if Path(path).suffix.lower() == ".wps":
            return "doc"  # Microsoft Works' .wps: LibreOffice reads it
        raise DocumentError(NOT_OFFICE, path=path)
    if kind == "pdf":
        return "pdf"
    if kind == "mime":
        return "mht"  # a web archive, under any name (Word saves one as .doc too)
    if kind == "mail":
        return "mail"  # an e-mail message (.eml), under any name but a web archive's (round 73)
    if kind == "rtf" and named in ("doc", "docx", "text"):
        return "doc"
    if kind == "html" and named in ("doc", "xls", "docx", "xlsx", "html"):
        return "html"
    if kind == "text" and is_spreadsheet_xml(data):
        return "xmlss"  # Excel's XML Spreadsheet 2003, as systems export their 'Excel' (.xls, .xml; round 62)
    if kind == "text" and is_word_xml(data):
        return "wordxml"  # Word's XML document (2003's, 2007's flat one) as OA systems export it (.xml, .doc)
    if kind == "text" and named in ("xls", "xlsx") and (b"\t" in data[:4096] or b"\t\x00" in data[:4096]):
        return "csv"  # an OA system's "Excel" export that is text with tabs (round 39)
    return named


def parse_text(
    text: str,
    *,
    path: str,
    key: str,
    sha256: str,
    limits: Limits = DEFAULT_LIMITS,
    page_breaks: frozenset[int] = frozenset(),
) -> Document:
    """Parse extracted or decoded text, once it fits the line and size limits (every text-producing reader);
    ``page_breaks``: its blank lines that stand for a page break, where the reader knows them (``parse_document``)."""
    from reformgraph.loaders.parse import parse_document

    check_lines(text, path=path, limits=limits)
    return parse_document(text, path=path, key=key, sha256=sha256, page_breaks=page_breaks)


def read_text(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a plain-text or Markdown document."""
    text = without_struck(decode_text(data, path=path))  # markdown's ~~deleted words~~ (round 44)
    text = undecorated_text(text)  # 📌一、…, 1️⃣ 开展…: a post's emoji and keycap numbers (round 75)
    return parse_text(text, path=path, key=key, sha256=sha256, limits=limits)


def parse_bytes(
    data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS, columns: ColumnSpec | None = None
) -> Document:
    """Read and parse a document's bytes (the explorer's upload path; no disk I/O); ``columns``: the user's names of
    its tables' columns (``column_spec``, ``--columns``), a warning naming each header of them no cell had."""
    check_count("file_bytes", len(data), "the file has", path=path, limits=limits)
    if not data.strip():
        raise DocumentError("the file is empty", path=path)
    reader = reader_of(format_of(path, data))
    key, sha256 = document_key(path), hashlib.sha256(data).hexdigest()
    if columns is None:
        return reader(data, path=path, key=key, sha256=sha256, limits=limits)
    with columns_given(columns) as given:
        document = reader(data, path=path, key=key, sha256=sha256, limits=limits)
    return unseen_columns_noted(document, given)


def reader_of(kind: str):
    """The reader function of a format (``READERS``: ``doc``, ``mail``, ``msg`` …), its module imported now.

    >>> reader_of("msg").__name__
    'read_msg'
    """
    module, function = READERS[kind]
    return getattr(importlib.import_module(module), function)


def read_document(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS, columns: ColumnSpec | None = None
) -> Document:
    """Read and parse the document at ``path``; raise DocumentError with the path on failure. ``columns``: the user's
    names of its tables' columns (``column_spec.parse_columns``)."""
    p = Path(path)
    if not p.exists():
        raise DocumentError("no such file", path=str(path))
    if p.is_dir():
        raise DocumentError("is a directory, expected a document file", path=str(path))
    check_count("file_bytes", p.stat().st_size, "the file has", path=str(path), limits=limits)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read ({exc.strerror})", path=str(path)) from None
    return parse_bytes(data, path=str(path), limits=limits, columns=columns)

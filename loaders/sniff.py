"""What a file really is, from its first bytes: attachments are often misnamed.

Government sites serve Word "HTML" pages named ``.doc``, spreadsheets exported as HTML
tables named ``.xls``, ``.docx`` files renamed ``.doc``, and password-protected
``.docx``/``.xlsx`` files (an OLE2 container holding ``EncryptedPackage``). The reader
follows the content; the extension only chooses among readers of the same content.

>>> content_kind(b"PK\\x03\\x04rest"), content_kind(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1"), content_kind(b"%PDF-1.7")
('zip', 'ole', 'pdf')
>>> content_kind(b"  {\\\\rtf1\\\\ansi"), content_kind(b"\\xef\\xbb\\xbf<!DOCTYPE html><html>"), content_kind("一、任务".encode())
('rtf', 'html', 'text')
"""

from __future__ import annotations

import re

from reformgraph.regexcache import compiled

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_OPENDOCUMENT = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_HTML_START = compiled(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table)\b", re.I | re.S)


def content_kind(data: bytes) -> str:
    """``zip``, ``ole``, ``pdf``, ``rtf``, ``mime`` (a web archive), ``html``, ``mail`` (an e-mail message: its
    head, ``is_mail``) or ``text`` (anything else)."""
    head = data[:1024]
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC[:4]):
        return "ole"
    if b"%PDF-" in head:
        return "pdf"
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"{\\rtf"):
        return "rtf"
    if start[:13].lower() == b"mime-version:" and b"multipart/related" in head.lower():
        return "mime"  # a web archive (.mht): Word's single-file web page
    if _HTML_START.match(start[:512]):
        return "html"
    if _HEADER_FIELD.match(start) and is_mail(data):
        return "mail"
    return "text"


# an Internet message's head (RFC 5322): header fields, a field's folded lines indented, up to the first blank line
_HEADER_FIELD = compiled(rb"[A-Za-z][A-Za-z0-9-]{1,40}:")
_MAIL_FIELDS = compiled(rb"^(from|subject|date|to|received|message-id|mime-version):", re.I | re.M)
_MAIL_HEAD = 32768  # bytes: a message's head with its Received and DKIM lines fits


def is_mail(data: bytes) -> bool:
    """Whether ``data`` is an e-mail message as a mail client saves it (.eml): it opens with a block of header
    fields (a field's folded lines indented) ending at a blank line, among them From and Subject or Date.

    >>> is_mail(b"Received: from mx\\r\\n by mx2\\r\\nFrom: a@b.cn\\r\\nSubject: =?utf-8?b?5pa55qGI?=\\r\\n\\r\\nbody")
    True
    >>> is_mail(b"From: a@b.cn\\nSubject: x\\nnot a field\\n\\nbody"), is_mail("标题: 某区方案\\n\\n正文".encode())
    (False, False)
    """
    head = data[:_MAIL_HEAD].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = head.split(b"\n")
    if not all(_HEADER_FIELD.match(line) or line[:1] in (b" ", b"\t") for line in lines):
        return False
    names = {m.group(1).lower() for m in _MAIL_FIELDS.finditer(head)}
    return b"from" in names and bool(names & {b"subject", b"date"})


SPREADSHEET_NS = b"urn:schemas-microsoft-com:office:spreadsheet"
_PROGID = b'progid="Excel.Sheet"'
_XML_HEAD = 2048  # bytes: the XML declaration, the processing instruction and the root's namespaces come first


def is_spreadsheet_xml(data: bytes) -> bool:
    """Whether ``data`` is an XML Spreadsheet 2003: XML whose head names Excel's program id or the spreadsheet
    namespace.

    >>> is_spreadsheet_xml(b'<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook/>')
    True
    >>> is_spreadsheet_xml(b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>')
    False
    """
    head = data[:_XML_HEAD].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"<?xml") and (_PROGID in head or SPREADSHEET_NS in head)


_WORD_XML = (
    b'progid="Word.Document"',
    b"http://schemas.microsoft.com/office/word/2003/wordml",
    b"http://schemas.microsoft.com/office/2006/xmlPackage",
)


def is_word_xml(data: bytes) -> bool:
    """Whether ``data`` is Word's XML document (Word 2003's, or Word 2007's flat one): XML whose head names Word's
    program id, Word 2003's namespace or the flat package's (round 62).

    >>> is_word_xml(b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>')
    True
    >>> is_word_xml(b'<html><meta name=ProgId content=Word.Document>'), is_word_xml(b'<?xml version="1.0"?><a/>')
    (False, False)
    """
    head = data[:_XML_HEAD].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"<?xml") and any(mark in head for mark in _WORD_XML)


def ole_stream_names(data: bytes, names: tuple[str, ...]) -> set[str]:
    """Which of ``names`` appear as stream names (UTF-16LE, as OLE2 directories store them) in ``data``.

    >>> sorted(ole_stream_names("..W\\x00o\\x00r\\x00k\\x00b\\x00o\\x00o\\x00k\\x00..".encode("latin-1"), ("Workbook", "WordDocument")))
    ['Workbook']
    """
    return {name for name in names if name.encode("utf-16-le") in data}


def ole_directory_missing(data: bytes) -> int | None:
    """The byte where an OLE2 file's directory starts, when ``data`` ends before that sector does (a download or copy
    cut short: no reader can find its streams), else None. The header holds the sector size's power of two at
    0x1E and the directory's first sector at 0x30; sector n starts at (n + 1) × its size (round 42).

    >>> head = b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" + bytes(22) + b"\\x09\\x00" + bytes(16) + b"\\x0b\\x00\\x00\\x00"
    >>> ole_directory_missing(head + bytes(4000)), ole_directory_missing(head + bytes(7000))
    (6144, None)
    """
    if len(data) < 0x34:
        return 0
    shift = int.from_bytes(data[0x1E:0x20], "little")
    size = 1 << shift if 7 <= shift <= 16 else 512
    start = (int.from_bytes(data[0x30:0x34], "little") + 1) * size
    return start if start + size > len(data) else None


def ole_kind(data: bytes) -> str:
    """What an OLE2 container holds: ``outlook`` (an Outlook message, .msg: its MAPI property streams; first, since a
    message carrying a .doc or a protected file holds that file's stream names too), ``encrypted`` (a protected
    .docx/.xlsx), ``word``, ``excel`` or ``other``.

    >>> ole_kind("__properties_version1.0 __substg1.0_1000001F WordDocument".encode("utf-16-le"))
    'outlook'
    """
    found = ole_stream_names(data, ("__properties_version1.0", "__substg1.0_", "EncryptedPackage", "WordDocument"))
    found |= ole_stream_names(data, ("Workbook", "Book"))
    if {"__properties_version1.0", "__substg1.0_"} <= found:
        return "outlook"
    if "EncryptedPackage" in found:
        return "encrypted"
    if "WordDocument" in found:
        return "word"
    if found & {"Workbook", "Book"}:
        return "excel"
    return "other"


def opendocument_kind(data: bytes) -> str | None:
    """``odt`` or ``ods`` for an OpenDocument text or spreadsheet zip, else None: such a zip's first entry is its
    ``mimetype``, stored uncompressed, so the type is in the first bytes.

    >>> opendocument_kind(b"PK\\x03\\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK")
    'ods'
    >>> opendocument_kind(b"PK\\x03\\x04" + bytes(60)) is None
    True
    """
    head = data[:160]
    start = head.find(b"mimetype")
    if start < 0:
        return None
    return _OPENDOCUMENT.get(head[start + len(b"mimetype") :].split(b"PK", 1)[0])

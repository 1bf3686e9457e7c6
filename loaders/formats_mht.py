"""Web archives (.mht, .mhtml): Word's and WPS's "single file web page", often published (or renamed .doc).

Such a file is a MIME message (``MIME-Version: 1.0``, ``Content-Type: multipart/related``) whose first
``text/html`` part is the document, quoted-printable or base64 in its own charset (GB2312 in most Chinese ones),
the pictures and styles in the parts after it. The page is taken out with the standard library's ``email``
parser and read by the HTML reader, so its tables stay tables (``sniff.content_kind`` knows one by its first bytes:
``mime``).

>>> archived_page(MIME_EXAMPLE).decode("gb18030").split("</p>")[0]
'<meta charset="gb2312"><html><body><p>一、重点任务'
"""

from __future__ import annotations

import email
import email.policy

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count
from reformgraph.records import Document

NO_PAGE = "a web archive (.mht) holding no HTML page"
MIME_EXAMPLE = (
    b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
    b'Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    b"<html><body><p>=D2=BB=A1=A2=D6=D8=B5=E3=C8=CE=CE=F1</p></body></html>\r\n--B--\r\n"
)


def archived_page(data: bytes) -> bytes:
    """The first HTML page of a web archive, its bytes with a ``<meta charset>`` naming their charset, so the HTML
    reader decodes them as written; a DocumentError when it holds none."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True)
            if not isinstance(body, bytes) or not body.strip():
                continue
            charset = part.get_content_charset()
            if charset and b"charset" not in body[:1024].lower():
                body = f'<meta charset="{charset}">'.encode("ascii") + body
            return body
    raise DocumentError(NO_PAGE)


def read_mht(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a web archive's page as an HTML page."""
    try:
        page = archived_page(data)
    except DocumentError:
        raise DocumentError(NO_PAGE, path=path) from None
    check_count("file_bytes", len(page), "the archived page has", path=path, limits=limits)
    return read_html(page, path=path, key=key, sha256=sha256, limits=limits)

"""Web archives (.mht, .mhtml): Word's and WPS's "single file web page", often published (or renamed .doc); and
e-mail messages (.eml) forwarding a plan in their text (round 73).

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
from dataclasses import replace
from pathlib import PurePath

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_html import read_html
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count
from reformgraph.records import Document

NO_PAGE = "a web archive (.mht) holding no HTML page"
NO_MAIL_TEXT = "an e-mail message (.eml) holding no text and no attachment the loader reads"
MIME_EXAMPLE = (
    b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
    b'Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    b"<html><body><p>=D2=BB=A1=A2=D6=D8=B5=E3=C8=CE=CE=F1</p></body></html>\r\n--B--\r\n"
)
MAIL_EXAMPLE = (
    b"From: bgs@example.gov.cn\r\nSubject: =?utf-8?b?5pa55qGI?=\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: text/plain; charset="gb18030"\r\nContent-Transfer-Encoding: base64\r\n\r\n0ruhotbYtePIzs7xDQo=\r\n'
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


def mail_text(data: bytes) -> tuple[str, bytes]:
    """(``html`` or ``text``, the bytes) of an e-mail message's text as a mail client shows it: its first
    ``text/html`` part that is no attachment, else its first ``text/plain`` one (an HTML part keeps a plan's tables
    as tables, as a web archive's page does), decoded from quoted-printable or base64; an HTML part's bytes with a
    ``<meta charset>`` naming their charset, a plain part's decoded from its charset and given back in UTF-8.
    A DocumentError when it holds no text.

    >>> kind, body = mail_text(MAIL_EXAMPLE)
    >>> kind, body.decode().strip()
    ('text', '一、重点任务')
    """
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    shown = [
        part
        for part in message.walk()
        if part.get_content_maintype() == "text"
        and part.get_content_subtype() in ("html", "plain")
        and not part.get_filename()
        and (part.get("Content-Disposition") or "").split(";")[0].strip().lower() != "attachment"
    ]
    for subtype in ("html", "plain"):
        for part in shown:
            body = part.get_payload(decode=True)
            if part.get_content_subtype() != subtype or not isinstance(body, bytes) or not body.strip():
                continue
            charset = part.get_content_charset()
            if subtype == "html":
                if charset and b"charset" not in body[:1024].lower():
                    body = f'<meta charset="{charset}">'.encode("ascii", "ignore") + body
                return "html", body
            try:
                text = body.decode(charset or "utf-8")
            except (LookupError, UnicodeDecodeError):
                return "text", body  # an unknown or wrong charset: the text reader's guess (UTF-8, GB18030)
            if (part.get_param("format") or "").lower() == "flowed":
                text = unflowed(text, delete_space=(part.get_param("delsp") or "").lower() == "yes")
            return "text", text.encode("utf-8")
    raise DocumentError(NO_MAIL_TEXT)


_SIGNATURE = "-- "  # a signature's separator line: never a soft break (RFC 3676)


def unflowed(text: str, *, delete_space: bool = False) -> str:
    """A flowed plain-text body (RFC 3676, ``format=flowed``, as Thunderbird sends one) with its soft breaks taken
    out: a line ending in a space goes on on the next line of the same quote depth (``>``), the space deleted too
    with ``delsp=yes`` (Chinese text has no space to keep); a stuffed line's first space dropped.

    >>> unflowed("一、任务\\r\\n1.推进改革， \\r\\n年底前完成。\\r\\n -- x", delete_space=True).split("\\r\\n")
    ['一、任务', '1.推进改革，年底前完成。', '-- x']
    """
    out: list[str] = []
    open_depth = None  # the quote depth of a line ended by a soft break, its words in out[-1]
    for line in text.split("\r\n" if "\r\n" in text else "\n"):
        depth = len(line) - len(line.lstrip(">"))
        words = line[depth:]
        words = words[1:] if words.startswith(" ") else words  # space-stuffing
        soft = words.endswith(" ") and words != _SIGNATURE
        if soft and delete_space:
            words = words[:-1]
        if open_depth == depth:
            out[-1] += words
        elif depth:
            out.append(">" * depth + " " + words)
        else:
            out.append(words)
        open_depth = depth if soft else None
    return ("\r\n" if "\r\n" in text else "\n").join(out)


def mail_attachments(data: bytes) -> list[tuple[str, bytes]]:
    """(file name, bytes) of an e-mail message's attachments the loader reads by their names' extensions (a plan
    forwarded as a .docx, .pdf, .xlsx …), in the message's order; pictures and unnamed parts left out.

    >>> mail_attachments(MAIL_EXAMPLE)
    []
    """
    from reformgraph.loaders.read import EXTENSIONS

    message = email.message_from_bytes(data, policy=email.policy.default)
    found: list[tuple[str, bytes]] = []
    try:
        for part in message.iter_attachments() if message.is_multipart() else ():
            name = part.get_filename() or ""
            body = part.get_payload(decode=True)
            kind = EXTENSIONS.get(PurePath(name).suffix.lower())
            if kind not in (None, "mail") and isinstance(body, bytes) and body.strip():  # a message in a message: no
                found.append((name, body))
    except (ValueError, IndexError, AttributeError, TypeError, LookupError):
        pass  # a header the parser cannot take (a broken name or type): the attachments found before it
    return found


def read_mail(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse an e-mail message: its text (``mail_text``: an HTML part as an HTML page, a plain one as text); when
    that assigns no task (a covering note: 现将《…》转发给你们), the first of its attachments that does, read as the
    file it is (``mail_attachments``; its lines are the attachment's, the path the message's). The text's error
    (or its reading) stands when no attachment reads."""
    from reformgraph.loaders.read import parse_bytes, read_text

    try:
        kind, body = mail_text(data)
    except DocumentError:
        kind, body = "", b""
    read: Document | DocumentError = DocumentError(NO_MAIL_TEXT, path=path)
    if body:
        check_count("file_bytes", len(body), "the message's text has", path=path, limits=limits)
        reader = read_html if kind == "html" else read_text
        try:
            read = reader(body, path=path, key=key, sha256=sha256, limits=limits)
        except DocumentError as error:
            read = error
    if isinstance(read, DocumentError) or not any(plan.measures for plan in read.workplans):
        for name, attached in mail_attachments(data):
            try:
                doc = parse_bytes(attached, path=name, limits=limits)
            except DocumentError:
                continue
            if any(plan.measures for plan in doc.workplans):
                return replace(doc, key=key, path=path, sha256=sha256)
    if isinstance(read, DocumentError):
        raise read
    return read


def read_mht(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a web archive's page as an HTML page."""
    try:
        page = archived_page(data)
    except DocumentError:
        raise DocumentError(NO_PAGE, path=path) from None
    check_count("file_bytes", len(page), "the archived page has", path=path, limits=limits)
    return read_html(page, path=path, key=key, sha256=sha256, limits=limits)

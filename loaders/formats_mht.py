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
import email.message
import email.policy
import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import PurePath

from reformgraph.errors import DocumentError, DocumentLimitError
from reformgraph.loaders.formats_html import read_html, read_html_layers
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, limit_error
from reformgraph.loaders.mail_headers import HEADER_MARK, header_levels
from reformgraph.records import Document, ParseWarning, Reform, Workplan
from reformgraph.regexcache import compiled

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


def parsed_mail(data: bytes, policy: email.policy.Policy, *, path: str = "<input>", limits: Limits = DEFAULT_LIMITS):
    """``data`` parsed by the standard library as a MIME message, its parts nested within ``Limits.depth``: the
    parser and its ``walk`` go down a level by calling themselves, so a hostile message of parts nested thousands deep
    is one limit error, never Python's RecursionError (round 74).

    >>> deep = b"From: a@b.cn\\r\\nSubject: x\\r\\n" + b"".join(
    ...     b'Content-Type: multipart/mixed; boundary="b%d"\\r\\n\\r\\n--b%d\\r\\n' % (k, k) for k in range(5))
    >>> parsed_mail(deep, email.policy.compat32, path="x.eml", limits=Limits(depth=4))
    Traceback (most recent call last):
    ...
    reformgraph.errors.DocumentLimitError: x.eml: the message's parts are nested 5 levels; the limit is 4 levels
    """
    try:
        message = email.message_from_bytes(data, policy=policy)
    except RecursionError:
        raise limit_error("depth", "the message's parts are nested too deep to parse", limits, path=path) from None
    deepest, stack = 0, [(message, 0)]
    while stack:  # by hand: ``walk`` calls itself a level down
        part, depth = stack.pop()
        deepest = max(deepest, depth)
        payload = part.get_payload() if part.is_multipart() else None
        stack += [(sub, depth + 1) for sub in payload or () if isinstance(sub, email.message.Message)]
    check_count("depth", deepest, "the message's parts are nested", path=path, limits=limits)
    return message


def archived_page(data: bytes, *, path: str = "<input>", limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The first HTML page of a web archive, its bytes with a ``<meta charset>`` naming their charset, so the HTML
    reader decodes them as written; a DocumentError when it holds none."""
    message = parsed_mail(data, email.policy.compat32, path=path, limits=limits)
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


def mail_text(data: bytes, *, path: str = "<input>", limits: Limits = DEFAULT_LIMITS) -> tuple[str, bytes]:
    """(``html`` or ``text``, the bytes) of an e-mail message's text as a mail client shows it: its first
    ``text/html`` part that is no attachment, else its first ``text/plain`` one (an HTML part keeps a plan's tables
    as tables, as a web archive's page does), decoded from quoted-printable or base64; an HTML part's bytes with a
    ``<meta charset>`` naming their charset, a plain part's decoded from its charset and given back in UTF-8.
    A DocumentError when it holds no text.

    >>> kind, body = mail_text(MAIL_EXAMPLE)
    >>> kind, body.decode().strip()
    ('text', '一、重点任务')
    """
    message = parsed_mail(data, email.policy.compat32, path=path, limits=limits)
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


_QUOTE = compiled(r">[> ]*")


def quote_layers(text: str, most: int = DEFAULT_LIMITS.depth) -> list[str]:
    """A plain-text message's text as the messages it holds, one a quote depth, shallowest first: a reply quotes the
    message it answers a level deeper on every line (``> ``, ``>> ``, ``> > ``, as Thunderbird, Foxmail and webmail
    clients write them), so each depth is a message of its own (the reply, the reply it answers, the plan quoted
    under both); a message below a header block (``-----原始邮件-----``, ``发件人:`` … ``发送时间:``: Outlook's reply
    and forward, which do not quote) is a level deeper too (``mail_headers.header_levels``, round 76); no level
    past ``most``. Each layer is the text's lines, those of its depth with their marks taken out and every other
    line blank, so that a line keeps its number in the message. A text with no quote is itself.

    >>> quote_layers("收到。\\n> 各单位：\\n>> 一、任务\\n>>\\n> > 1.推进改革（牵头单位：区财政局）\\n面积>5平方米")
    ['收到。\\n\\n\\n\\n\\n面积>5平方米', '\\n各单位：\\n\\n\\n\\n', '\\n\\n一、任务\\n\\n1.推进改革（牵头单位：区财政局）\\n']
    >>> quote_layers("请落实。\\n-----Original Message-----\\nFrom: 县政府办\\nSent: 2026年4月7日\\n一、任务")
    ['请落实。\\n\\n\\n\\n', '\\n-----Original Message-----\\nFrom: 县政府办\\nSent: 2026年4月7日\\n一、任务']
    """
    if ">" not in text and HEADER_MARK.search(text) is None:
        return [text]
    lines = text.replace("\r\n", "\n").split("\n")
    marks = [_QUOTE.match(line) for line in lines]
    words = [line[m.end() :] if m else line for line, m in zip(lines, marks)]
    depths = header_levels(words, [min(m.group(0).count(">"), most) if m else 0 for m in marks], most)
    return ["\n".join(w if d == depth else "" for w, d in zip(words, depths)) for depth in sorted(set(depths))]


MESSAGE_KINDS = ("mail", "msg")  # a message attached to a message: read as a message, one level deeper (round 75)
# an attachment that is a message, read when its turn comes, given how deep it is attached (an Outlook item's)
AttachedMessage = Callable[[int], Document]


def attachment_read(name: str) -> bool:
    """Whether the loader reads an attachment named ``name``: by its extension (a .docx, .pdf, .xlsx …, or a message
    attached, .eml or .msg: ``MESSAGE_KINDS``), a picture or an unnamed part not.

    >>> attachment_read("附件1：方案.docx"), attachment_read("image001.png"), attachment_read("转发.eml")
    (True, False, True)
    """
    from reformgraph.loaders.read import EXTENSIONS

    return EXTENSIONS.get(PurePath(name).suffix.lower()) is not None


def mail_attachments(data: bytes, *, path: str = "<input>", limits: Limits = DEFAULT_LIMITS) -> list[tuple[str, bytes]]:
    """(file name, bytes) of an e-mail message's attachments the loader reads by their names' extensions (a plan
    forwarded as a .docx, .pdf, .xlsx …), in the message's order; pictures and unnamed parts left out.

    >>> mail_attachments(MAIL_EXAMPLE)
    []
    """
    message = parsed_mail(data, email.policy.default, path=path, limits=limits)
    found: list[tuple[str, bytes]] = []
    try:
        for part in message.iter_attachments() if message.is_multipart() else ():
            name = part.get_filename() or ""
            if part.get_content_type() == "message/rfc822":  # a message forwarded as an attachment (round 75)
                name, body = forwarded_message(part, name)
            else:
                body = part.get_payload(decode=True)
            if attachment_read(name) and isinstance(body, bytes) and body.strip():
                found.append((name, body))
                check_count("zip_members", len(found), "the message carries", path=path, limits=limits)
    except (ValueError, IndexError, AttributeError, TypeError, LookupError):
        pass  # a header the parser cannot take (a broken name or type): the attachments found before it
    return found


def forwarded_message(part: email.message.Message, name: str) -> tuple[str, bytes]:
    """(file name, bytes) of a ``message/rfc822`` part (a client's "forward as attachment"): the message it holds as
    an .eml, named by its file name, else its subject.

    >>> inner = email.message_from_bytes(MAIL_EXAMPLE, policy=email.policy.default)
    >>> outer = email.message.EmailMessage()
    >>> outer.add_attachment(inner)
    >>> name, data = forwarded_message(outer.get_payload()[0], "")
    >>> name, mail_text(data)[1].decode().strip()
    ('方案.eml', '一、重点任务')
    """
    held = part.get_payload()
    inner = held[0] if isinstance(held, list) and held else None
    if not isinstance(inner, email.message.Message):
        return name, b""
    subject = str(inner.get("Subject") or "").strip()
    name = name or subject or "message"
    name = name if PurePath(name).suffix.lower() in (".eml", ".msg") else name + ".eml"
    return name, inner.as_bytes(policy=email.policy.SMTP)


def read_mail(
    data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS, nested: int = 0
) -> Document:
    """Parse an e-mail message: its text (``mail_text``: an HTML part as an HTML page, a plain one as text) and every
    attachment the loader reads (``mail_attachments``), joined as ``read_message`` joins a message's parts;
    ``nested`` how deep it is attached in the message read (0 for the file itself)."""
    try:
        kind, body = mail_text(data, path=path, limits=limits)
    except DocumentLimitError:
        raise
    except DocumentError:
        kind, body = "", b""
    attachments = mail_attachments(data, path=path, limits=limits)
    return read_message(kind, body, attachments, path=path, key=key, sha256=sha256, limits=limits, nested=nested)


def quoted_layers(body: bytes, most: int = DEFAULT_LIMITS.depth) -> list[bytes]:
    """A plain-text body's ``quote_layers`` in UTF-8 (none deeper than ``most``); the body itself when it is no
    text the reader decodes."""
    from reformgraph.loaders.read import decode_text

    try:
        text = decode_text(body)
    except DocumentError:
        return [body]
    return [layer.encode("utf-8") for layer in quote_layers(text, most)]


def text_layers(
    kind: str, body: bytes, *, path: str, key: str, sha256: str, limits: Limits
) -> list[Document | DocumentError]:
    """The readings of a message's text, one a quote level, shallowest first: an HTML text's ``<blockquote>`` levels
    (``formats_html.read_html_layers``), a plain text's ``>`` depths (``quote_layers``)."""
    from reformgraph.loaders.read import read_text

    if kind == "html":
        return read_html_layers(body, path=path, key=key, sha256=sha256, limits=limits)
    if kind == "rtf":  # an Outlook message's RTF body that encapsulates no page or text: read as RTF is
        from reformgraph.loaders.read import reader_of

        try:
            return [reader_of("doc")(body, path=path, key=key, sha256=sha256, limits=limits)]
        except DocumentError as error:
            return [error]
    readings: list[Document | DocumentError] = []
    for layer in quoted_layers(body, limits.depth):
        try:
            readings.append(read_text(layer, path=path, key=key, sha256=sha256, limits=limits))
        except DocumentError as error:
            readings.append(error)
    return readings


def read_message(
    kind: str,
    body: bytes,
    attachments: list[tuple[str, bytes | AttachedMessage]],
    *,
    path: str,
    key: str,
    sha256: str,
    limits: Limits = DEFAULT_LIMITS,
    empty: str = NO_MAIL_TEXT,
    nested: int = 0,
) -> Document:
    """A message's reading (an .eml's, an Outlook .msg's): its text (``kind`` ``html`` read as an HTML page, ``text``
    as text, each of its quote depths a message of its own: ``quote_layers``; "" for none) and each attachment (file
    name, bytes) read as the file it is (``read.parse_bytes``), a message attached (an .eml, a .msg, an Outlook item:
    ``AttachedMessage``) as a message one level deeper, within ``Limits.depth`` (``nested`` this message's level); the
    parts that assign a task are joined (``joined_parts``: the text first, the reply before what it quotes, then the
    attachments in the message's order); a covering note and a 回执 of no task add nothing. With no such part, the text's reading stands, else
    its error (``empty`` when it has no text)."""

    read: Document | DocumentError = DocumentError(empty, path=path)
    parts: list[tuple[str | None, Document]] = []
    if body:
        check_count("file_bytes", len(body), "the message's text has", path=path, limits=limits)
        for read in text_layers(kind, body, path=path, key=key, sha256=sha256, limits=limits):
            if isinstance(read, Document) and any(plan.measures for plan in read.workplans):
                parts.append((None, read))
    for name, attached in attachments:
        try:
            doc = attached_document(name, attached, nested=nested + 1, limits=limits)
        except DocumentError:
            continue  # a part of no plan, one the loader cannot read, or a message attached past the depth
        if any(plan.measures for plan in doc.workplans):
            parts.append((name, doc))
    if parts:
        return joined_parts(parts, path=path, key=key, sha256=sha256)
    if isinstance(read, DocumentError):
        raise read
    return read


def attached_document(name: str, attached: bytes | AttachedMessage, *, nested: int, limits: Limits) -> Document:
    """An attachment's reading: a message (``MESSAGE_KINDS``, or an Outlook item) read as a message ``nested`` levels
    deep, a DocumentLimitError past ``Limits.depth`` (a message attached in a message attached …: each level costs a
    parse, so their number is bounded as nested parts are); any other file as the file it is."""
    from reformgraph.loaders.read import document_key, format_of, parse_bytes, reader_of

    kind = None if callable(attached) else format_of(name, attached)
    if kind not in MESSAGE_KINDS and not callable(attached):
        return parse_bytes(attached, path=name, limits=limits)
    check_count("depth", nested, "the messages are attached one in another", path=name, limits=limits)
    if callable(attached):
        return attached(nested)
    check_count("file_bytes", len(attached), "the file has", path=name, limits=limits)
    sha256 = hashlib.sha256(attached).hexdigest()
    return reader_of(kind)(attached, path=name, key=document_key(name), sha256=sha256, limits=limits, nested=nested)


def part_title(title: str, name: str | None) -> str:
    """A joined message's title of a part's reform or workplan: an attachment's name after its own title (the
    provenance of its lines), the message text's title as it is.

    >>> part_title("重点任务", "附件1：方案.docx"), part_title("重点任务", None)
    ('重点任务（附件1：方案.docx）', '重点任务')
    """
    return title if name is None else f"{title}（{name}）"


def joined_parts(parts: list[tuple[str | None, Document]], *, path: str, key: str, sha256: str) -> Document:
    """One Document of a message's parts (attachment name or None for the message's text, its reading), in their
    order: a lone part is its reading under the message's path; several are each part's reforms and workplans
    numbered on from the part before, titled by their attachment (``part_title``), each task keeping its line in
    its own part (a .docx's paragraph, a sheet's row: the line a reader opening that attachment finds), and each
    part's warnings named by it; the title is the first part's, the issuer, number and date the first part's that
    has one (docs/formats.md, "E-mail messages")."""
    if len(parts) == 1:
        return replace(parts[0][1], key=key, path=path, sha256=sha256)
    reforms: list[Reform] = []
    workplans: list[Workplan] = []
    warnings: list[ParseWarning] = []
    for name, doc in parts:
        numbers = {reform.number: str(len(reforms) + k + 1) for k, reform in enumerate(doc.reforms)}
        reforms += [Reform(numbers[r.number], part_title(r.title, name)) for r in doc.reforms]
        for plan in doc.workplans:
            reform = numbers.get(plan.reform_number, plan.reform_number)
            number = str(len(workplans) + 1)
            workplans.append(replace(plan, number=number, reform_number=reform, title=part_title(plan.title, name)))
        warnings += [w if name is None else replace(w, message=f"{name}: {w.message}") for w in doc.warnings]
    docs = [doc for _, doc in parts]
    return Document(
        key=key,
        path=path,
        sha256=sha256,
        title=docs[0].title,
        issuer=next((d.issuer for d in docs if d.issuer), None),
        doc_number=next((d.doc_number for d in docs if d.doc_number), None),
        date=next((d.date for d in docs if d.date), None),
        reforms=tuple(reforms),
        workplans=tuple(workplans),
        warnings=tuple(warnings),
    )


def read_mht(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a web archive's page as an HTML page."""
    try:
        page = archived_page(data, path=path, limits=limits)
    except DocumentLimitError:
        raise
    except DocumentError:
        raise DocumentError(NO_PAGE, path=path) from None
    check_count("file_bytes", len(page), "the archived page has", path=path, limits=limits)
    return read_html(page, path=path, key=key, sha256=sha256, limits=limits)

"""An Outlook message's RTF body (round 75 mail75): compressed RTF ([MS-OXRTFCP]) and the HTML or text a mail client
encapsulated in it ([MS-OXRTFEX]).

Outlook keeps a message written in RTF, and many written in HTML or text by older clients and gateways, as one
stream ``__substg1.0_10090102`` only: a 16-byte header (the compressed size, the raw size, ``LZFu`` or ``MELA``
(stored as it is), a CRC), then, for ``LZFu``, eight tokens a control byte, each a literal byte or a two-byte
reference (12 bits an offset, 4 bits a length less 2) into a 4,096-byte ring dictionary that opens with 207 bytes of
RTF the spec gives. ``decompressed_rtf`` undoes it within the limits every container keeps (the raw size declared is
counted against ``unpacked_bytes`` before anything is written; a compressed size larger than its stream is refused;
the output stops at the raw size, so a stream of references cannot grow it past what it declared).

A message written in HTML is RTF with ``\\fromhtml1``: every tag of the page in an ``{\\*\\htmltag …}`` group and
the text between, what only RTF readers should see between ``\\htmlrtf`` and ``\\htmlrtf0``; one written as text is
``\\fromtext``. ``rtf_body`` gives back the page or the text (``encapsulated``); other RTF is read as the RTF it is.

>>> kind, page = rtf_body(b"{\\\\rtf1\\\\ansi\\\\ansicpg936\\\\fromhtml1 {\\\\*\\\\htmltag64 <p>}\\\\htmlrtf0 \\\\'d2\\\\'bb"
...                       b"{\\\\*\\\\htmltag72 </p>}\\\\htmlrtf \\\\par\\\\htmlrtf0 }")
>>> kind, page.decode("gb18030")
('html', '<meta charset="gb18030"><p>一</p>')
"""

from __future__ import annotations

import codecs
import re
import struct

from reformgraph.errors import DocumentError
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count

# [MS-OXRTFCP] 2.1.2.1: the dictionary's first 207 bytes
PREBUF = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
COMPRESSED, STORED = 0x75465A4C, 0x414C454D  # "LZFu", "MELA"
WHAT = "compressed RTF body"


def decompressed_rtf(data: bytes, *, path: str = "<input>", limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The RTF a compressed RTF stream holds ([MS-OXRTFCP] 3.1.1.1), within ``limits``; a DocumentError naming the
    defect for a stream that is none (too short, an unknown kind, a compressed size past its stream).

    >>> decompressed_rtf(bytes.fromhex("2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c09002062"
    ...                                "7705b06c647d0a800fa0"))
    b'{\\\\rtf1\\\\ansi\\\\ansicpg1252\\\\pard hello world}\\r\\n'
    >>> decompressed_rtf(struct.pack("<IIII", 4000, 10, COMPRESSED, 0) + bytes(20), path="x.msg")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DocumentError: x.msg: not a readable compressed RTF body: it declares 4,004 bytes in a stream of 36
    """
    if len(data) < 16:
        raise DocumentError(f"not a readable {WHAT}: {len(data)} bytes, shorter than its header", path=path)
    size, raw_size, kind, _crc = struct.unpack_from("<IIII", data)
    if size > len(data) - 4:
        raise DocumentError(
            f"not a readable {WHAT}: it declares {size + 4:,} bytes in a stream of {len(data):,}", path=path
        )
    check_count("unpacked_bytes", raw_size, "the RTF body declares", path=path, limits=limits)
    if kind == STORED:
        return data[16 : 16 + raw_size]
    if kind != COMPRESSED:
        raise DocumentError(f"not a readable {WHAT}: its kind is {data[8:12]!r}, neither LZFu nor MELA", path=path)
    window = bytearray(4096)
    window[: len(PREBUF)] = PREBUF
    write = len(PREBUF)
    out = bytearray()
    at, end = 16, size + 4
    while at < end and len(out) < raw_size:
        control = data[at]
        at += 1
        for bit in range(8):
            if at >= end or len(out) >= raw_size:
                break
            if not control >> bit & 1:
                byte = data[at]
                at += 1
                out.append(byte)
                window[write] = byte
                write = (write + 1) & 0xFFF
                continue
            if at + 2 > end:
                break
            token = data[at] << 8 | data[at + 1]
            at += 2
            offset, length = token >> 4, (token & 0xF) + 2
            if offset == write:  # the end: a reference to the dictionary's write position
                return bytes(out)
            for k in range(length):
                byte = window[(offset + k) & 0xFFF]
                out.append(byte)
                window[write] = byte
                write = (write + 1) & 0xFFF
    return bytes(out[:raw_size])


_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)
# destinations whose text is no text of the page: the tables and the document's properties, pictures, any {\* …}
_SKIPPED = frozenset(
    (b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"fldinst", b"footnote", b"filetbl")
    + (b"header", b"headerl", b"headerr", b"headerf", b"footer", b"footerl", b"footerr", b"footerf")
)
_SYMBOLS = {
    b"par": "\r\n",
    b"line": "\r\n",
    b"tab": "\t",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"bullet": "\u2022",
}
_ESCAPED = {b"~": "\xa0", b"\\": "\\", b"{": "{", b"}": "}", b"-": "", b"_": "-"}
_FROM = re.compile(rb"\\from(html|text)")
_TABLE = re.compile(rb"\\(?:trowd|intbl)(?![a-zA-Z])")  # a table's row or paragraph: for the RTF reader
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{1,5})")


def code_page_codec(code_page: int | None) -> str | None:
    """The Python codec of a Windows code page (a message's PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID, an RTF's
    ``\\ansicpg``), the Chinese ones read as GB18030 (which holds GBK and GB2312); None for one Python lacks.

    >>> code_page_codec(936), code_page_codec(950), code_page_codec(65001), code_page_codec(1252), code_page_codec(7)
    ('gb18030', 'cp950', 'utf-8', 'cp1252', None)
    """
    if code_page is None:
        return None
    name = _CODE_PAGES.get(code_page)
    if name is None and 28591 <= code_page <= 28606:
        name = f"iso8859_{code_page - 28590}"
    name = name or f"cp{code_page}"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_CODE_PAGES = {
    936: "gb18030",
    54936: "gb18030",
    20936: "gb18030",
    52936: "hz",
    65001: "utf-8",
    1200: "utf-16-le",
    20127: "ascii",
    50220: "iso2022_jp",
    51932: "euc_jp",
    51949: "euc_kr",
}


def rtf_body(rtf: bytes) -> tuple[str, bytes]:
    """(``html``, the page), (``text``, the text in UTF-8) or (``rtf``, the RTF) of an RTF body: the HTML or text
    a ``\\fromhtml``/``\\fromtext`` RTF encapsulates (``encapsulated``), an HTML page with a ``<meta charset>``
    naming the RTF's code page when it names none; a message written in RTF (Outlook's own, no ``\\from``) as its
    text when it holds no table (round 76: its paragraphs, ``\\tab``, ``\\'hh`` in its ``\\ansicpg``, ``\\uN``,
    a field's result, read as ``encapsulated`` reads text; before, every one went to the converter), else as it is,
    for the RTF reader (a table's rows and cells stay a table there).

    >>> rtf_body(b"{\\\\rtf1\\\\ansi\\\\fromtext \\\\pard 1.x\\\\par 2.y}")
    ('text', b'1.x\\r\\n2.y')
    >>> rtf_body(b"{\\\\rtf1\\\\ansi\\\\ansicpg936{\\\\fonttbl{\\\\f0 x;}}\\\\pard \\\\'d2\\\\'bb.\\\\tab x\\\\par}")
    ('text', b'\\xe4\\xb8\\x80.\\tx\\r\\n')
    >>> rtf_body(b"{\\\\rtf1\\\\ansi\\\\trowd\\\\cellx900 1.x\\\\cell\\\\row}")[0]
    'rtf'
    """
    source = _FROM.search(rtf, 0, 2048)
    if source is None and _TABLE.search(rtf) is not None:
        return "rtf", rtf
    page = _CODE_PAGE.search(rtf, 0, 2048)
    codec = code_page_codec(int(page.group(1)) if page else 1252) or "cp1252"
    text = encapsulated(rtf, codec)
    if source is None or source.group(1) == b"text":
        return "text", text.encode("utf-8")
    body = text.encode(codec, "xmlcharrefreplace")
    if b"charset" not in body[:1024].lower():
        body = f'<meta charset="{codec}">'.encode("ascii") + body
    return "html", body


def encapsulated(rtf: bytes, codec: str) -> str:
    """The HTML or text an RTF body encapsulates ([MS-OXRTFEX] 2.1.3): every ``{\\*\\htmltag …}`` group's words, and
    the text outside them that is not between ``\\htmlrtf`` and ``\\htmlrtf0`` (what only RTF readers show), its
    ``\\par`` a line break and its ``\\'hh`` bytes in ``codec``; the font and colour tables and other destinations
    left out. One pass of a regular expression, no recursion: a group is a state pushed on a list.

    >>> encapsulated(b"{\\\\rtf1{\\\\fonttbl{\\\\f0 Arial;}}{\\\\*\\\\htmltag <b>}\\\\htmlrtf {\\\\b\\\\htmlrtf0 x\\\\htmlrtf }"
    ...              b"\\\\htmlrtf0 \\\\u8212?{\\\\*\\\\htmltag </b>}}", "cp1252")
    '<b>x\\u2014</b>'
    """
    out: list[str] = []
    pending = bytearray()
    # a group's state: (skipped, in an htmltag, suppressed by \htmlrtf, characters \uN's fallback takes)
    state = [False, False, False, 1]
    stack: list[list] = []
    skip_fallback = 0
    first_in_group = starred = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codec, "replace"))
            pending.clear()

    for m in _TOKEN.finditer(rtf):
        word, number, hexed, escaped, brace, text = m.groups()
        opening, first_in_group = first_in_group, False
        if brace == b"{":
            stack.append(state)
            state = list(state)
            first_in_group = True
            continue
        if brace == b"}":
            state = stack.pop() if stack else state
            continue
        if state[0]:
            continue
        if escaped == b"*" and opening:
            first_in_group = starred = True  # {\* …: its control word says whether the destination is known
            continue
        if word is not None:
            if opening and (starred or word in _SKIPPED):
                starred = False
                state[0 if word != b"htmltag" else 1] = True  # an HTML tag's words, else a destination skipped
                continue
            if word == b"htmlrtf":
                state[2] = number != b"0"
                continue
            if word == b"uc":
                state[3] = int(number or 1)
                continue
            if state[2] and not state[1]:
                continue
            if word == b"u" and number is not None:
                flush()
                out.append(chr(int(number) % 65536))
                skip_fallback = state[3]
                continue
            if word in _SYMBOLS:
                flush()
                out.append(_SYMBOLS[word])
            continue
        if state[2] and not state[1]:
            continue
        if skip_fallback and (hexed is not None or text):  # \uN's fallback characters: not shown
            taken = 1 if hexed is not None else min(skip_fallback, len(text))
            skip_fallback -= taken
            text = None if hexed is not None else text[taken:]
            if not text:
                continue
        if hexed is not None:
            pending.append(int(hexed, 16))
        elif text is not None:
            pending.extend(text)
        elif escaped is not None and escaped in _ESCAPED:
            flush()
            out.append(_ESCAPED[escaped])
    flush()
    return "".join(out)

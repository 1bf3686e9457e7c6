"""Outlook's .msg files for the fixtures and tests (round 74 mail74), written without Outlook.

A .msg is an OLE2 compound file (Microsoft's Compound File Binary format, [MS-CFB]) holding the message's MAPI
properties as Outlook writes them ([MS-OXMSG]): a ``__properties_version1.0`` stream of fixed-size values (each
property's tag, flags and eight bytes), a ``__substg1.0_TTTTtttt`` stream per variable-size one (tag ``TTTT``, type
``tttt``: ``001F`` a UTF-16LE string, ``0102`` binary), one ``__recip_version1.0_#NNNNNNNN`` storage per recipient
and one ``__attach_version1.0_#NNNNNNNN`` storage per attachment (its file name ``3707001F``, its bytes
``37010102``, its method ``37050003`` = 1, by value), and the named properties' ``__nameid_version1.0`` storage.
``compound_file`` writes the container (version 3, 512-byte sectors, streams under 4,096 bytes in the mini
stream); ``outlook_msg`` the message.

>>> data = outlook_msg("关于印发方案的通知", "各单位：现将方案印发给你们。", [("附件1：方案.txt", "一、任务".encode())])
>>> data[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), len(data) % 512
(True, 0)
>>> import olefile
>>> ole = olefile.OleFileIO(data)
>>> ole.openstream("__substg1.0_1000001F").read().decode("utf-16-le")
'各单位：现将方案印发给你们。'
>>> ole.openstream(["__attach_version1.0_#00000000", "__substg1.0_3707001F"]).read().decode("utf-16-le")
'附件1：方案.txt'
"""

from __future__ import annotations

import re
import struct
from typing import NamedTuple

from reformgraph.loaders.rtf_body import PREBUF

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FAT_SECTOR, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")

# a storage: {name: bytes (a stream) or a dict (a storage)}
Tree = dict


class Reference(NamedTuple):
    """An attachment by reference (round 76): no bytes, a path or URL (``PR_ATTACH_LONG_PATHNAME``, ``370D001F``)
    and its method (``37050003``: 2 by reference, 3 by reference to be resolved, 4 by reference only)."""

    target: str
    method: int = 2


def _sort_key(name: str) -> tuple[int, str]:
    """[MS-CFB]'s order of siblings: shorter names first, then by their upper-case code units."""
    return (len(name), name.upper())


def _entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB3I", len(encoded), kind, 1, left, right, child)
        + bytes(16 + 4 + 16)  # CLSID, state bits, creation and modified times
        + struct.pack("<IQ", start, size)
    )


def _chain(fat: list[int], first: int, count: int) -> None:
    for k in range(first, first + count):
        fat[k] = k + 1 if k + 1 < first + count else END


def compound_file(tree: Tree) -> bytes:
    """An OLE2 compound file holding ``tree`` (streams as bytes, storages as dicts) under its root entry, siblings
    in a balanced binary tree of [MS-CFB]'s order, every entry black."""
    entries: list[list] = [
        ["Root Entry", 5, NONE, NONE, NONE, END, 0, None]
    ]  # name, kind, l, r, child, start, size, data

    def add(storage: Tree, parent: int) -> None:
        ids = []
        for name in sorted(storage, key=_sort_key):
            value = storage[name]
            entries.append([name, 2 if isinstance(value, bytes) else 1, NONE, NONE, NONE, END, 0, value])
            ids.append(len(entries) - 1)

        def balanced(lo: int, hi: int) -> int:
            if lo >= hi:
                return NONE
            mid = (lo + hi) // 2
            entries[ids[mid]][2] = balanced(lo, mid)
            entries[ids[mid]][3] = balanced(mid + 1, hi)
            return ids[mid]

        entries[parent][4] = balanced(0, len(ids))
        for k in ids:
            if isinstance(entries[k][7], dict):
                add(entries[k][7], k)

    add(tree, 0)
    mini_stream, mini_fat = b"", []
    big: list[tuple[int, bytes]] = []
    for k, entry in enumerate(entries):
        if entry[1] != 2:
            continue
        data = entry[7]
        entry[6] = len(data)
        if not data:
            continue
        if len(data) < CUTOFF:
            first, count = len(mini_fat), -(-len(data) // MINI)
            mini_fat.extend([0] * count)
            _chain(mini_fat, first, count)
            entry[5] = first
            mini_stream += data.ljust(count * MINI, b"\0")
        else:
            big.append((k, data))
    blobs: list[tuple[str, int | None, bytes]] = [("stream", k, data) for k, data in big]
    if mini_stream:
        blobs.append(("ministream", 0, mini_stream))
    mini_fat_bytes = b"".join(struct.pack("<I", v) for v in mini_fat)
    if mini_fat_bytes:
        blobs.append(("minifat", None, mini_fat_bytes))
    directory = b"".join(_entry(e[0], e[1], e[2], e[3], e[4], 0, 0) for e in entries)  # sized now, filled below
    blobs.append(("directory", None, directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\0")))
    used = sum(-(-len(b) // SECTOR) for _, _, b in blobs)
    fat_sectors = 1
    while (used + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    if fat_sectors > 109:
        raise ValueError("the test writer keeps the FAT in the header's 109 slots")
    fat = [FREE] * (fat_sectors * SECTOR // 4)
    at, starts = 0, {}
    for kind, k, blob in blobs:
        count = -(-len(blob) // SECTOR)
        _chain(fat, at, count)
        starts[(kind, k)] = at
        at += count
    for k in range(at, at + fat_sectors):
        fat[k] = FAT_SECTOR
    for k, _ in big:
        entries[k][5] = starts[("stream", k)]
    if mini_stream:
        entries[0][5], entries[0][6] = starts[("ministream", 0)], len(mini_stream)
    directory = b"".join(_entry(*e[:7]) for e in entries)
    while len(directory) % SECTOR:
        directory += _entry("", 0, NONE, NONE, NONE, 0, 0)
    body = b""
    for kind, _, blob in blobs:
        blob = directory if kind == "directory" else blob
        body += blob.ljust(-(-len(blob) // SECTOR) * SECTOR, b"\0")
    body += b"".join(struct.pack("<I", v) for v in fat)
    difat = [at + k for k in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (
        MAGIC
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIII", 0, fat_sectors, starts[("directory", None)], 0, CUTOFF)
        + struct.pack("<III", starts.get(("minifat", None), END), -(-len(mini_fat_bytes) // SECTOR), END)
        + struct.pack("<I", 0)
        + b"".join(struct.pack("<I", v) for v in difat)
    )
    return header.ljust(SECTOR, b"\0") + body


def _text(value: str) -> bytes:
    return value.encode("utf-16-le")


def _properties(head: bytes, fixed: list[tuple[int, int]], variable: dict[int, bytes]) -> bytes:
    """A ``__properties_version1.0`` stream: ``head``, then a 16-byte entry per property: its tag, flags
    (readable, writable) and its value (a fixed one's eight bytes; a variable one's size, the size Outlook writes:
    a string's with the terminating zero its stream leaves out)."""
    rows = [struct.pack("<IIQ", tag, 6, value) for tag, value in fixed]
    terminator = {0x1F: 2, 0x1E: 1}
    rows += [
        struct.pack("<IIII", tag, 6, len(data) + terminator.get(tag & 0xFFFF, 0), 0) for tag, data in variable.items()
    ]
    return head + b"".join(rows)


def _substreams(variable: dict[int, bytes]) -> dict[str, bytes]:
    return {f"__substg1.0_{tag:08X}": data for tag, data in variable.items()}


FILETIME_2026_03_09 = 134173782000000000  # 2026-03-09 08:30 UTC in 100-ns ticks since 1601


def outlook_msg(
    subject: str,
    body: str | None,
    attachments: list[tuple[str, bytes | Tree]] = (),
    *,
    extra: Tree | None = None,
    **fields,
) -> bytes:
    """An Outlook message (.msg) as Outlook saves a received one (``message_tree``'s ``fields``: ``sender``,
    ``html``, ``recipients``, ``codepage``, ``rtf``) under its 32-byte properties' header; ``extra`` storages or
    streams added at the root (a hostile test's)."""
    tree = message_tree(subject, body, attachments, head=lambda r, a: struct.pack("<8xIIII8x", r, a, r, a), **fields)
    tree.update(extra or {})
    return compound_file(tree)


def message_tree(
    subject: str,
    body: str | None,
    attachments: list[tuple[str, bytes | Tree | Reference]] = (),
    *,
    sender: str = "县政府办公室",
    html: bytes | None = None,
    recipients: tuple[str, ...] = ("各成员单位",),
    codepage: int | None = None,
    rtf: bytes | None = None,
    head=lambda r, a: struct.pack("<8xIIII", r, a, r, a),
) -> Tree:
    """A message's storage as Outlook writes it: class ``IPM.Note``, its subject, sender, plain body (``1000001F``;
    none when ``body`` is None) and, when given, HTML body (``10130102``) and compressed RTF body (``10090102``:
    ``rtf`` compressed by ``compressed_rtf``), the code page 65001, one recipient storage a name, and
    ``attachments`` (file name, bytes) by value in their order, or (name, ``message_tree(…)``) an Outlook item
    attached (an embedded message, ``3701000D``), or (name, ``Reference``) one by reference (its path, no bytes). With ``codepage`` (936, 950 …) the strings are 8-bit ones
    (``…001E``) in that code page, as an ANSI message (Outlook 97-2003's format) stores them, the code page in
    PR_MESSAGE_CODEPAGE and PR_INTERNET_CPID. Its properties' header is an embedded message's (24 bytes, [MS-OXMSG]
    2.4.1.2) unless ``head`` writes another (``outlook_msg``: the root's 32 bytes)."""
    string_type = 0x1E if codepage else 0x1F

    def string(value: str) -> bytes:
        return value.encode(_CODECS.get(codepage, f"cp{codepage}")) if codepage else _text(value)

    def tag(number: int) -> int:
        return number << 16 | string_type

    variable = {
        tag(0x001A): string("IPM.Note"),
        tag(0x0037): string(subject),
        tag(0x0C1A): string(sender),
        tag(0x0C1F): string("bgs@example.gov.cn"),
        tag(0x0E04): string("；".join(recipients)),
    }
    if body is not None:
        variable[tag(0x1000)] = string(body)
    if html is not None:
        variable[0x10130102] = html
    if rtf is not None:
        variable[0x10090102] = compressed_rtf(rtf)
    fixed = [(0x00390040, FILETIME_2026_03_09), (0x0E060040, FILETIME_2026_03_09)]
    fixed += [(0x3FDE0003, codepage or 65001)] + ([(0x3FFD0003, codepage)] if codepage else [])
    if rtf is not None:
        fixed.append((0x0E1F000B, 1))  # PR_RTF_IN_SYNC
    tree: Tree = {
        "__properties_version1.0": _properties(head(len(recipients), len(attachments)), fixed, variable),
        **_substreams(variable),
    }
    tree["__nameid_version1.0"] = {f"__substg1.0_000{k}0102": b"" for k in (2, 3, 4)}
    for k, name in enumerate(recipients):
        recip = {tag(0x3001): string(name), tag(0x39FE): string("cydw@example.gov.cn")}
        tree[f"__recip_version1.0_#{k:08X}"] = {
            "__properties_version1.0": _properties(bytes(8), [(0x0C150003, 1)], recip),
            **_substreams(recip),
        }
    for k, (name, data) in enumerate(attachments):
        stem, dot, suffix = name.rpartition(".")
        attach = {tag(0x3001): string(name)}
        if isinstance(data, dict):  # an Outlook item attached: its message in a storage, method 5 (embedded)
            method, storage = 5, {"__substg1.0_3701000D": data}
        elif isinstance(data, Reference):  # by reference: its names and where it points, no bytes
            method, storage = data.method, {}
            attach.update(
                {tag(0x3703): string(dot + suffix), tag(0x3707): string(name), tag(0x370D): string(data.target)}
            )
        else:
            method, storage = 1, {}
            attach.update(
                {
                    tag(0x3703): string(dot + suffix),
                    tag(0x3704): string(("ATT" + f"{k:05d}")[:8] + dot + suffix[:3].upper()),
                    tag(0x3707): string(name),
                    0x37010102: data,
                }
            )
        fixed_attach = [(0x37050003, method), (0x0E210003, k), (0x370B0003, 0xFFFFFFFF)]
        tree[f"__attach_version1.0_#{k:08X}"] = {
            "__properties_version1.0": _properties(bytes(8), fixed_attach, attach),
            **_substreams(attach),
            **storage,
        }
    return tree


_CODECS = {936: "gbk", 950: "big5", 54936: "gb18030", 65001: "utf-8"}

# [MS-OXRTFCP] 2.1.2.1: the dictionary every compressed RTF starts from (207 bytes), as the loader has it
RTF_PREBUF = PREBUF


def rtf_crc(data: bytes) -> int:
    """[MS-OXRTFCP]'s CRC: CRC-32's table, started at 0, no final inversion."""
    import binascii

    return binascii.crc32(data, 0xFFFFFFFF) ^ 0xFFFFFFFF


def compressed_rtf(raw: bytes) -> bytes:
    """``raw`` compressed as Outlook stores an RTF body ([MS-OXRTFCP] ``LZFu``): a run of up to 17 bytes found in the
    4,096-byte dictionary (its first 207 the spec's ``RTF_PREBUF``) written as a reference, else a literal, eight
    tokens a control byte; the end a reference to the dictionary's write position."""
    window = bytearray(4096)
    window[: len(RTF_PREBUF)] = RTF_PREBUF
    write, filled = len(RTF_PREBUF), len(RTF_PREBUF)
    out, tokens, control, count = bytearray(), bytearray(), 0, 0

    def flush() -> None:
        nonlocal tokens, control, count
        out.append(control)
        out.extend(tokens)
        tokens, control, count = bytearray(), 0, 0

    at = 0
    while at < len(raw):
        best_len, best_off = 0, 0
        text = bytes(window) if filled >= 4096 else bytes(window[:filled])
        for length in range(min(17, len(raw) - at), 1, -1):
            found = text.find(raw[at : at + length])
            if found >= 0 and not (found <= write < found + length and filled >= 4096):
                best_len, best_off = length, found
                break
        if best_len >= 2:
            control |= 1 << count
            tokens += struct.pack(">H", best_off << 4 | (best_len - 2))
            chunk = raw[at : at + best_len]
        else:
            tokens.append(raw[at])
            chunk = raw[at : at + 1]
        for byte in chunk:
            window[write] = byte
            write = (write + 1) % 4096
            filled = min(4096, filled + 1)
        at += len(chunk)
        count += 1
        if count == 8:
            flush()
    control |= 1 << count
    tokens += struct.pack(">H", write << 4)
    flush()
    body = bytes(out)
    return struct.pack("<IIII", len(body) + 12, len(raw), 0x75465A4C, rtf_crc(body)) + body


def html_rtf(page: str, codepage: int = 936) -> bytes:
    """An HTML page encapsulated in RTF as Outlook writes an HTML message's RTF body ([MS-OXRTFEX]: ``\\fromhtml1``):
    each tag in an ``{\\*\\htmltag … }`` group, the text between them as RTF text (a non-ASCII character as its
    code page's bytes ``\\'hh``), and after each closing ``</p>`` or ``</div>`` a ``\\par`` only RTF readers see
    (between ``\\htmlrtf`` and ``\\htmlrtf0``)."""
    codec = _CODECS.get(codepage, f"cp{codepage}")

    def escaped(text: str) -> str:
        out = []
        for char in text:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) < 128:
                out.append(char)
            else:
                out.append("".join(f"\\'{b:02x}" for b in char.encode(codec)))
        return "".join(out)

    parts = [
        f"{{\\rtf1\\ansi\\ansicpg{codepage}\\fromhtml1 \\fbidis \\deff0{{\\fonttbl\r\n"
        "{\\f0\\fswiss\\fcharset134 SimSun;}}\r\n{\\colortbl\\red0\\green0\\blue0;}\r\n"
    ]
    for piece in re.split(r"(<[^>]+>)", page):
        if not piece:
            continue
        if piece.startswith("<"):
            parts.append(f"{{\\*\\htmltag{64 if piece[1:2] == 'p' else 0} {escaped(piece)}}}")
            if piece.lower() in ("</p>", "</div>"):
                parts.append("\\htmlrtf \\par\r\n\\htmlrtf0 ")
        else:
            parts.append("\\htmlrtf0 " + escaped(piece.replace("\r", "").replace("\n", "")))
    parts.append("}\r\n")
    return "".join(parts).encode("ascii")


def text_rtf(text: str, codepage: int = 936) -> bytes:
    """A plain-text message's RTF body as Outlook writes one (``\\fromtext``): each line a paragraph, ``\\par``
    between them, a non-ASCII character as its code page's bytes."""
    codec = _CODECS.get(codepage, f"cp{codepage}")
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        out = "".join(
            ("\\" + c) if c in "\\{}" else c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode(codec))
            for c in line
        )
        lines.append(out)
    head = f"{{\\rtf1\\ansi\\ansicpg{codepage}\\fromtext \\fbidis \\deff0{{\\fonttbl\r\n{{\\f0\\fswiss SimSun;}}}}\r\n"
    return (head + "\\uc1\\pard\\plain\\f0\\fs20 " + "\\par\r\n".join(lines) + "\r\n}\r\n").encode("ascii")


def native_rtf(lines: list[str], codepage: int = 936) -> bytes:
    r"""A message written in RTF as Outlook's editor saves it (no ``\fromhtml``/``\fromtext``: the RTF is the
    message): a font table, ``\viewkind4\uc1``, each line a ``\pard`` paragraph ended by ``\par``, a tab as
    ``\tab``, bold runs ``**…**`` as ``{\b …}``, a character of the code page as its bytes ``\'hh`` and one outside
    it as ``\uN?``.

    >>> native_rtf(["一、任务", "\t1.x**y**"]).split(b"\\pard")[1:]
    [b"\\f0\\fs21 \\'d2\\'bb\\'a1\\'a2\\'c8\\'ce\\'ce\\'f1\\par\r\n", b'\\f0\\fs21 \\tab 1.x{\\b y}\\par\r\n}\r\n']
    """
    codec = _CODECS.get(codepage, f"cp{codepage}")

    def escaped(text: str) -> str:
        out = []
        for k, piece in enumerate(text.split("**")):
            if k % 2:
                out.append("{\\b ")
            for char in piece:
                if char in "\\{}":
                    out.append("\\" + char)
                elif char == "\t":
                    out.append("\\tab ")
                elif ord(char) < 128:
                    out.append(char)
                else:
                    try:
                        out.append("".join(f"\\'{b:02x}" for b in char.encode(codec)))
                    except UnicodeEncodeError:
                        out.append(f"\\u{ord(char) if ord(char) < 32768 else ord(char) - 65536}?")
            if k % 2:
                out.append("}")
        return "".join(out)

    head = (
        f"{{\\rtf1\\ansi\\ansicpg{codepage}\\deff0\\nouicompat\\deflang1033\\deflangfe2052"
        "{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\r\n"
        "{\\colortbl ;\\red0\\green0\\blue255;}\r\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
    )
    body = "".join(f"\\pard\\f0\\fs21 {escaped(line)}\\par\r\n" for line in lines)
    return (head + body + "}\r\n").encode("ascii")

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

import struct

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FAT_SECTOR, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")

# a storage: {name: bytes (a stream) or a dict (a storage)}
Tree = dict


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
    rows += [struct.pack("<IIII", tag, 6, len(data) + 2 * (tag & 0xFFFF == 0x1F), 0) for tag, data in variable.items()]
    return head + b"".join(rows)


def _substreams(variable: dict[int, bytes]) -> dict[str, bytes]:
    return {f"__substg1.0_{tag:08X}": data for tag, data in variable.items()}


FILETIME_2026_03_09 = 134173782000000000  # 2026-03-09 08:30 UTC in 100-ns ticks since 1601


def outlook_msg(
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes]] = (),
    *,
    sender: str = "县政府办公室",
    html: bytes | None = None,
    recipients: tuple[str, ...] = ("各成员单位",),
    extra: Tree | None = None,
) -> bytes:
    """An Outlook message (.msg) as Outlook saves a received one: class ``IPM.Note``, its subject, sender, plain
    body (``1000001F``) and, when given, HTML body (``10130102``), the code page 65001, one recipient storage a
    name, and ``attachments`` (file name, bytes) by value in their order; ``extra`` storages or streams added at
    the root (a hostile test's)."""
    variable = {
        0x001A001F: _text("IPM.Note"),
        0x0037001F: _text(subject),
        0x0C1A001F: _text(sender),
        0x0C1F001F: _text("bgs@example.gov.cn"),
        0x0E04001F: _text("；".join(recipients)),
        0x1000001F: _text(body),
    }
    if html is not None:
        variable[0x10130102] = html
    fixed = [(0x00390040, FILETIME_2026_03_09), (0x0E060040, FILETIME_2026_03_09), (0x3FDE0003, 65001)]
    head = struct.pack("<8xIIII8x", len(recipients), len(attachments), len(recipients), len(attachments))
    tree: Tree = {"__properties_version1.0": _properties(head, fixed, variable), **_substreams(variable)}
    tree["__nameid_version1.0"] = {f"__substg1.0_000{k}0102": b"" for k in (2, 3, 4)}
    for k, name in enumerate(recipients):
        recip = {0x3001001F: _text(name), 0x39FE001F: _text("cydw@example.gov.cn")}
        tree[f"__recip_version1.0_#{k:08X}"] = {
            "__properties_version1.0": _properties(bytes(8), [(0x0C150003, 1)], recip),
            **_substreams(recip),
        }
    for k, (name, data) in enumerate(attachments):
        stem, dot, suffix = name.rpartition(".")
        attach = {
            0x3001001F: _text(name),
            0x3703001F: _text(dot + suffix),
            0x3704001F: _text(("ATT" + f"{k:05d}")[:8] + dot + suffix[:3].upper()),
            0x3707001F: _text(name),
            0x37010102: data,
        }
        fixed_attach = [(0x37050003, 1), (0x0E210003, k), (0x370B0003, 0xFFFFFFFF)]
        tree[f"__attach_version1.0_#{k:08X}"] = {
            "__properties_version1.0": _properties(bytes(8), fixed_attach, attach),
            **_substreams(attach),
        }
    tree.update(extra or {})
    return compound_file(tree)

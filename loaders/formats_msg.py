"""Outlook's own messages (.msg): a plan forwarded or attached in a message saved from Outlook (round 74 mail74).

A .msg is an OLE2 compound file ([MS-CFB]) holding the message's MAPI properties ([MS-OXMSG]): the body in the
stream ``__substg1.0_1000001F`` (UTF-16LE; ``…001E`` in an older 8-bit one), the HTML body in ``__substg1.0_10130102``
when the message was written in HTML, and one storage ``__attach_version1.0_#NNNNNNNN`` per attachment, holding its
file name (``3707001F``, the long one, else ``3704001F`` or the display name ``3001001F``) and its bytes
(``37010102``). It is opened by olefile (the ``formats`` extra: small, pure Python, read-only here, maintained since
2005 and used by oletools for hostile Office files), with its defects at ``DEFECT_INCORRECT`` raised, inside the
limits every container keeps: its entries counted (``zip_members``), every stream read declared no larger than the
file that holds it, and the streams read summed (``unpacked_bytes``); a message embedded in the message is not
opened (as in an .eml). The text and the attachments are then read and joined as an .eml's are
(``formats_mht.read_message``): docs/formats.md, "E-mail messages".

An OLE2 file whose root holds no message properties is the Word or Excel file it is (sniffing looks at stream names
only, and a message carrying a .doc holds that file's names too):

>>> message_parts_of(["__substg1.0_1000001F", "__attach_version1.0_#00000001", "__attach_version1.0_#00000000"])
['__attach_version1.0_#00000000', '__attach_version1.0_#00000001']
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import struct
from collections.abc import Iterable
from dataclasses import replace

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.formats_mht import AttachedMessage, read_message
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, library_errors
from reformgraph.loaders.rtf_body import code_page_codec, decompressed_rtf, rtf_body
from reformgraph.records import Document, ParseWarning

WHAT = "Outlook message (.msg)"
NO_MSG_TEXT = "an Outlook message (.msg) holding no text and no attachment the loader reads"
PROPERTIES = "__properties_version1.0"
BODY, BODY_8BIT, HTML, HTML_TEXT = (
    "__substg1.0_1000001F",
    "__substg1.0_1000001E",
    "__substg1.0_10130102",
    "__substg1.0_1013001F",
)
_NAMES = ("__substg1.0_3707001F", "__substg1.0_3704001F", "__substg1.0_3001001F")
_NAMES_8BIT = ("__substg1.0_3707001E", "__substg1.0_3704001E", "__substg1.0_3001001E")
ATTACHED_DATA = "__substg1.0_37010102"
ATTACH_METHOD = 0x37050003  # PR_ATTACH_METHOD: 1 by value, 2-4 by reference, 5 an Outlook item, 7 a web reference
BY_REFERENCE = frozenset((2, 3, 4, 7))
# where an attachment by reference points: PR_ATTACH_LONG_PATHNAME, PR_ATTACH_PATHNAME (Unicode, then 8-bit)
_TARGETS = ("__substg1.0_370D001F", "__substg1.0_3708001F")
_TARGETS_8BIT = ("__substg1.0_370D001E", "__substg1.0_3708001E")
ATTACHED_MESSAGE = "__substg1.0_3701000D"  # an Outlook item attached: the message's storage (method 5, embedded)
RTF = "__substg1.0_10090102"  # the compressed RTF body ([MS-OXRTFCP]; round 75)
# the code pages of an 8-bit message's strings (PR_MESSAGE_CODEPAGE) and of its body as sent (PR_INTERNET_CPID)
MESSAGE_CODEPAGE, INTERNET_CPID = 0x3FFD0003, 0x3FDE0003
_ATTACHMENT = re.compile(r"__attach_version1\.0_#[0-9A-Fa-f]{8}")


def message_parts_of(names: Iterable[str]) -> list[str]:
    """The attachment storages among a message root's entry names, in their numbers' order (Outlook's order)."""
    return sorted((name for name in names if _ATTACHMENT.fullmatch(name)), key=lambda name: int(name[-8:], 16))


def property_values(stream: bytes, header: int) -> dict[int, int]:
    """The fixed-size properties of a ``__properties_version1.0`` stream ([MS-OXMSG] 2.4.2): each 16-byte entry's
    tag and the first four bytes of its value, after the ``header`` (32 bytes at a message's root, 24 in an Outlook
    item attached, 8 in an attachment's or a recipient's storage).

    >>> property_values(bytes(8) + struct.pack("<IIQ", 0x3FFD0003, 6, 936), 8)
    {1073545219: 936}
    """
    values = {}
    for at in range(header, len(stream) - 15, 16):
        tag, _flags, value = struct.unpack_from("<III", stream, at)
        values[tag] = value
    return values


class _Message:
    """An opened .msg within the limits: ``stream(path)`` reads one stream, counted against ``unpacked_bytes``; an
    Outlook item attached to it (``item``) is read through the same file and limits, its paths under its storage."""

    def __init__(self, data: bytes, *, path: str, limits: Limits):
        olefile = require("olefile", "formats", "reading an Outlook message (.msg)")
        self.path, self.limits, self.size, self.read_bytes = path, limits, len(data), [0]
        self.base: tuple[str, ...] = ()
        with library_errors(WHAT, path=path):
            self.ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
            entries = len(self.ole.direntries)
        check_count("zip_members", entries, "the message has", path=path, limits=limits)

    def item(self, storage: str, name: str) -> _Message:
        """The Outlook item attached in ``storage`` (its ``3701000D`` storage), named ``name``."""
        view = copy.copy(self)
        view.base, view.path = (*self.base, storage, ATTACHED_MESSAGE), name
        return view

    def has(self, *path: str, kind: int = 2) -> bool:
        name = "/".join((*self.base, *path))
        with library_errors(WHAT, path=self.path):
            return self.ole.exists(name) and self.ole.get_type(name) == kind  # 2 a stream, 1 a storage

    def stream(self, *path: str) -> bytes:
        name = "/".join((*self.base, *path))
        with library_errors(WHAT, path=self.path, where=name):
            size = self.ole.get_size(name)
        if size > self.size:
            raise DocumentError(
                f"not a readable {WHAT}: a stream declares {size:,} bytes in a file of {self.size:,}",
                path=self.path,
                where=name,
            )
        self.read_bytes[0] += size
        check_count("unpacked_bytes", self.read_bytes[0], "its streams read hold", path=self.path, limits=self.limits)
        with library_errors(WHAT, path=self.path, where=name):
            return self.ole.openstream(name).read()

    def roots(self) -> list[str]:
        depth = len(self.base)
        with library_errors(WHAT, path=self.path):
            return [
                entry[depth]
                for entry in self.ole.listdir(streams=True, storages=True)
                if len(entry) == depth + 1 and tuple(entry[:depth]) == self.base
            ]

    def codec(self, *tags: int) -> str | None:
        """The codec of the first of the code page properties ``tags`` the message sets (``MESSAGE_CODEPAGE``,
        ``INTERNET_CPID``), None when it sets none Python knows."""
        if not self.has(PROPERTIES):
            return None
        values = property_values(self.stream(PROPERTIES), 24 if self.base else 32)
        return next((codec for tag in tags if (codec := code_page_codec(values.get(tag))) is not None), None)

    def decoded(self, data: bytes) -> str:
        """An 8-bit string of the message in its code page (PR_MESSAGE_CODEPAGE, else PR_INTERNET_CPID: round 75),
        else as the text reader guesses (UTF-8, else GB18030), as before."""
        codec = self.codec(MESSAGE_CODEPAGE, INTERNET_CPID)
        if codec is not None:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
        from reformgraph.loaders.read import decode_text

        return decode_text(data, path=self.path)

    def text(self) -> tuple[str, bytes]:
        """(``html``, ``text`` or ``rtf``, the bytes) of the message's body: its HTML body when it has one (tables kept
        as in an .eml; with no charset of its own, its code page's named: PR_INTERNET_CPID), else its plain body in
        UTF-8 (its quotes read as an .eml's: ``formats_mht.quote_layers``; an 8-bit one in its code page), else its
        compressed RTF body (``rtf_body``: the HTML or text it encapsulates, else the RTF)."""
        for name in (HTML, HTML_TEXT):
            if self.has(name) and (body := self.stream(name)).strip(b"\0 \r\n"):
                if name == HTML_TEXT:
                    return "html", body.decode("utf-16-le", "replace").encode()
                codec = self.codec(INTERNET_CPID, MESSAGE_CODEPAGE) if b"charset" not in body[:1024].lower() else None
                return "html", (f'<meta charset="{codec}">'.encode("ascii") + body) if codec else body
        if self.has(BODY):
            text = self.stream(BODY).decode("utf-16-le", "replace").rstrip("\0")
            return "text", text.encode("utf-8")
        if self.has(BODY_8BIT):
            return "text", self.decoded(self.stream(BODY_8BIT).rstrip(b"\0")).encode("utf-8")
        if self.has(RTF):
            return rtf_body(decompressed_rtf(self.stream(RTF), path=self.path, limits=self.limits))
        return "", b""

    def attachments(self) -> list[tuple[str, bytes | AttachedMessage]]:
        """(file name, bytes) of the attachments stored by value that the loader reads by their names' extensions,
        in Outlook's order, and (name, its reading) of an Outlook item attached (an embedded message, its data the
        storage ``3701000D``: round 75; before, not opened), read as a message when its turn comes."""
        from reformgraph.loaders.formats_mht import attachment_read

        found: list[tuple[str, bytes | AttachedMessage]] = []
        for storage in message_parts_of(self.roots()):
            name = next((self._name(storage, n) for n in _NAMES if self.has(storage, n)), "")
            if not name:
                name = next((self._name(storage, n, 8) for n in _NAMES_8BIT if self.has(storage, n)), "")
            if self.has(storage, ATTACHED_MESSAGE, kind=1):
                name = name if name.lower().endswith((".msg", ".eml")) else (name or "item") + ".msg"
                found.append((name, self.item(storage, name).document))
            elif self.has(storage, ATTACHED_DATA) and attachment_read(name):
                found.append((name, self.stream(storage, ATTACHED_DATA)))
        return found

    def references(self) -> list[ParseWarning]:
        """A warning for each attachment by reference (``ATTACH_METHOD`` 2-4, 7: a path on a file server or a URL in
        its place, no bytes; round 76), naming it and where it points: nothing of it can be read, and the message
        still is (before, it was left out unsaid)."""
        warnings = []
        for storage in message_parts_of(self.roots()):
            if not self.has(storage, PROPERTIES):
                continue
            method = property_values(self.stream(storage, PROPERTIES), 8).get(ATTACH_METHOD)
            if method not in BY_REFERENCE:
                continue
            name = next((self._name(storage, n) for n in _NAMES if self.has(storage, n)), "")
            name = name or next((self._name(storage, n, 8) for n in _NAMES_8BIT if self.has(storage, n)), "")
            target = next((self._name(storage, n) for n in _TARGETS if self.has(storage, n)), "")
            target = target or next((self._name(storage, n, 8) for n in _TARGETS_8BIT if self.has(storage, n)), "")
            name, target = name or storage[-8:], target or "no path given"
            warnings.append(
                ParseWarning(
                    1,
                    f"attachment {name} is attached by reference ({target}): the message does not hold it, not read",
                    "attached_by_reference",
                    (("name", name), ("target", target)),
                )
            )
        return warnings

    def read(self, nested: int, *, key: str, sha256: str, kind: str, body: bytes) -> Document:
        """The message read from its body ``kind``, ``body``: its body and attachments joined as an .eml's
        (``formats_mht.read_message``), a warning for each attachment by reference (``references``)."""
        doc = read_message(
            kind,
            body,
            self.attachments(),
            path=self.path,
            key=key,
            sha256=sha256,
            limits=self.limits,
            empty=NO_MSG_TEXT,
            nested=nested,
        )
        references = self.references()
        return replace(doc, warnings=doc.warnings + tuple(references)) if references else doc

    def _name(self, storage: str, stream: str, bits: int = 16) -> str:
        data = self.stream(storage, stream)
        return (data.decode("utf-16-le", "replace") if bits == 16 else self.decoded(data)).rstrip("\0").strip()

    def document(self, nested: int) -> Document:
        """The message read: its body and its attachments, joined as an .eml's (``formats_mht.read_message``)."""
        from reformgraph.loaders.read import document_key

        kind, body = self.text()
        return self.read(
            nested, key=document_key(self.path), sha256=hashlib.sha256(body).hexdigest(), kind=kind, body=body
        )


def read_msg(
    data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS, nested: int = 0
) -> Document:
    """Parse an Outlook message: its body and its attachments, joined as an .eml's (``formats_mht.read_message``;
    ``nested`` how deep it is attached in the message read). An OLE2 file whose root holds no message properties is
    read as the Word or Excel file it holds."""
    message = _Message(data, path=path, limits=limits)
    if not message.has(PROPERTIES):
        from reformgraph.loaders.read import NOT_OFFICE, reader_of

        roots = set(message.roots())
        kind = "doc" if "WordDocument" in roots else "xls" if roots & {"Workbook", "Book"} else None
        if kind is None:
            raise DocumentError(NOT_OFFICE, path=path)
        return reader_of(kind)(data, path=path, key=key, sha256=sha256, limits=limits)
    kind, body = message.text()
    return message.read(nested, key=key, sha256=sha256, kind=kind, body=body)

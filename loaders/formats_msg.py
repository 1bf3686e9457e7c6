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

import importlib
import io
import re
from collections.abc import Iterable

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.formats_mht import read_message
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, library_errors
from reformgraph.records import Document

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
_ATTACHMENT = re.compile(r"__attach_version1\.0_#[0-9A-Fa-f]{8}")


def message_parts_of(names: Iterable[str]) -> list[str]:
    """The attachment storages among a message root's entry names, in their numbers' order (Outlook's order)."""
    return sorted((name for name in names if _ATTACHMENT.fullmatch(name)), key=lambda name: int(name[-8:], 16))


class _Message:
    """An opened .msg within the limits: ``stream(path)`` reads one stream, counted against ``unpacked_bytes``."""

    def __init__(self, data: bytes, *, path: str, limits: Limits):
        olefile = require("olefile", "formats", "reading an Outlook message (.msg)")
        self.path, self.limits, self.size, self.read_bytes = path, limits, len(data), 0
        with library_errors(WHAT, path=path):
            self.ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
            entries = len(self.ole.direntries)
        check_count("zip_members", entries, "the message has", path=path, limits=limits)

    def has(self, *path: str) -> bool:
        with library_errors(WHAT, path=self.path):
            return self.ole.exists("/".join(path)) and self.ole.get_type("/".join(path)) == 2  # a stream

    def stream(self, *path: str) -> bytes:
        name = "/".join(path)
        with library_errors(WHAT, path=self.path, where=name):
            size = self.ole.get_size(name)
        if size > self.size:
            raise DocumentError(
                f"not a readable {WHAT}: a stream declares {size:,} bytes in a file of {self.size:,}",
                path=self.path,
                where=name,
            )
        self.read_bytes += size
        check_count("unpacked_bytes", self.read_bytes, "its streams read hold", path=self.path, limits=self.limits)
        with library_errors(WHAT, path=self.path, where=name):
            return self.ole.openstream(name).read()

    def roots(self) -> list[str]:
        with library_errors(WHAT, path=self.path):
            return [entry[0] for entry in self.ole.listdir(streams=True, storages=True) if len(entry) == 1]

    def text(self) -> tuple[str, bytes]:
        """(``html`` or ``text``, the bytes) of the message's body: its HTML body when it has one (tables kept as in
        an .eml), else its plain body in UTF-8 (its quotes read as an .eml's: ``formats_mht.quote_layers``)."""
        for name in (HTML, HTML_TEXT):
            if self.has(name) and (body := self.stream(name)).strip(b"\0 \r\n"):
                return "html", body.decode("utf-16-le", "replace").encode() if name == HTML_TEXT else body
        if self.has(BODY):
            text = self.stream(BODY).decode("utf-16-le", "replace").rstrip("\0")
            return "text", text.encode("utf-8")
        if self.has(BODY_8BIT):
            from reformgraph.loaders.read import decode_text

            text = decode_text(self.stream(BODY_8BIT).rstrip(b"\0"), path=self.path)
            return "text", text.encode("utf-8")
        return "", b""

    def attachments(self) -> list[tuple[str, bytes]]:
        """(file name, bytes) of the attachments stored by value that the loader reads by their names' extensions,
        in Outlook's order; an embedded message (its data a storage) is not opened, nor a message attached."""
        from reformgraph.loaders.formats_mht import attachment_read

        found = []
        for storage in message_parts_of(self.roots()):
            if not self.has(storage, ATTACHED_DATA):
                continue
            name = next((self._name(storage, n) for n in _NAMES if self.has(storage, n)), "")
            if not name:
                name = next((self._name(storage, n, "gb18030") for n in _NAMES_8BIT if self.has(storage, n)), "")
            if attachment_read(name):
                found.append((name, self.stream(storage, ATTACHED_DATA)))
        return found

    def _name(self, storage: str, stream: str, codec: str = "utf-16-le") -> str:
        return self.stream(storage, stream).decode(codec, "replace").rstrip("\0").strip()


def read_msg(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse an Outlook message: its body and its attachments, joined as an .eml's (``formats_mht.read_message``).
    An OLE2 file whose root holds no message properties is read as the Word or Excel file it holds."""
    message = _Message(data, path=path, limits=limits)
    if not message.has(PROPERTIES):
        from reformgraph.loaders.read import NOT_OFFICE, READERS

        roots = set(message.roots())
        kind = "doc" if "WordDocument" in roots else "xls" if roots & {"Workbook", "Book"} else None
        if kind is None:
            raise DocumentError(NOT_OFFICE, path=path)
        reader = getattr(importlib.import_module(READERS[kind][0]), READERS[kind][1])
        return reader(data, path=path, key=key, sha256=sha256, limits=limits)
    kind, body = message.text()
    attachments = message.attachments()
    return read_message(kind, body, attachments, path=path, key=key, sha256=sha256, limits=limits, empty=NO_MSG_TEXT)

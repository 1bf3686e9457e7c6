"""Zip packages (.docx, .xlsx, .ofd) and their XML parts, opened within the limits.

A package is checked before any library unpacks it: number of members, their total
unpacked size (``zipfile`` never unpacks past a member's declared size, so the declared
sizes bound the work), no encrypted member. Every XML part is then read once by expat,
a streaming parser: nesting depth is bounded, a DTD (the door to entity expansion) is
refused, and a syntax error is reported with the part and line.

>>> import io, zipfile
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w") as z:
...     z.writestr("a.xml", "<a><b><c/></b></a>")
>>> package = open_package(buf.getvalue(), path="x.docx", what=".docx document")
>>> check_xml_parts(package, path="x.docx", what=".docx document", limits=Limits(depth=2))
Traceback (most recent call last):
...
reformgraph.errors.DocumentLimitError: x.docx:a.xml:1: elements are nested 3 levels; the limit is 2 levels
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Collection
from xml.parsers import expat

from reformgraph.errors import DocumentError
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, library_errors

XML_SUFFIXES = (".xml", ".rels")

DTD_REFUSED = "XML part declares a DTD, which documents never need (refused: entity expansion)"

StartHandler = Callable[[str, dict[str, str]], None]


def open_package(data: bytes, *, path: str, what: str, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """The zip archive in ``data``, after checking its member count and declared unpacked size."""
    with library_errors(what, path=path):
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    check_count("zip_members", len(members), "the package has", path=path, limits=limits)
    check_count("unpacked_bytes", sum(m.file_size for m in members), "its members unpack to", path=path, limits=limits)
    if any(m.flag_bits & 0x1 for m in members):
        raise DocumentError(f"encrypted {what}: save an unprotected copy, then try again", path=path)
    return archive


def read_part(archive: zipfile.ZipFile, name: str, *, path: str, what: str) -> bytes:
    """One member's bytes (a missing member or a bad CRC is a DocumentError naming the part)."""
    with library_errors(what, path=path, where=name):
        return archive.read(name)


def scan_xml(
    data: bytes,
    *,
    path: str,
    part: str,
    limits: Limits = DEFAULT_LIMITS,
    start: StartHandler | None = None,
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
    qualified: bool = False,
) -> None:
    """Stream one XML part through expat: depth bounded, no DTD, errors with the line.

    ``start(local_name, attributes)``, ``end(local_name)`` and ``text(chars)`` receive
    the elements (namespace dropped from element names) for readers that collect
    something on the way; ``qualified``, each element's name with its namespace
    (``uri}local``, as the attributes' are), for a reader that writes the XML again.

    >>> names = []
    >>> scan_xml(b'<w:a xmlns:w="u"><w:b k="1"/></w:a>', path="p", part="x.xml",
    ...          start=lambda n, a: names.append((n, a)))
    >>> names
    [('a', {}), ('b', {'k': '1'})]
    >>> scan_xml(b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', path="p", part="x.xml")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DocumentError: p:x.xml:1: XML part declares a DTD, which documents never need (refused: entity expansion)
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    depth = 0

    def where() -> str:
        return f"{part}:{parser.CurrentLineNumber}"

    def on_start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > limits.depth:
            check_count("depth", depth, "elements are nested", path=path, limits=limits, where=where())
        if start is not None:
            start(name if qualified else name.rsplit("}", 1)[-1], attributes)

    def on_end(name: str) -> None:
        nonlocal depth
        depth -= 1
        if end is not None:
            end(name if qualified else name.rsplit("}", 1)[-1])

    def refuse_dtd(*_args) -> None:
        raise DocumentError(DTD_REFUSED, path=path, where=where())

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = expat.errors.messages.get(exc.code, "syntax error")
        raise DocumentError(f"XML syntax error: {message}", path=path, where=f"{part}:{exc.lineno}") from None
    except (LookupError, ValueError) as exc:  # an XML declaration naming an unknown or unusable encoding
        raise DocumentError(f"XML part cannot be decoded ({exc})", path=path, where=part) from None


def check_xml_parts(
    archive: zipfile.ZipFile, *, path: str, what: str, limits: Limits = DEFAULT_LIMITS, skip: Collection[str] = ()
) -> None:
    """Scan every XML part of the package (except ``skip``, which the caller scans itself)."""
    for info in archive.infolist():
        if info.filename.lower().endswith(XML_SUFFIXES) and info.filename not in skip:
            data = read_part(archive, info.filename, path=path, what=what)
            scan_xml(data, path=path, part=info.filename, limits=limits)

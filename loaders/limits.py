"""The bounds every reader keeps, so a hostile or broken file becomes one error naming the limit.

Each reader is linear in its input: it checks a bound *before* the work that the bound
protects (a merged range is measured before it is filled, a zip member's size before it
is unpacked), and stops with :class:`~reformgraph.errors.DocumentLimitError` naming the
limit and its value. The numbers are far above any real plan (the bundled document is
0.5 MB, 5,240 lines of at most 506 characters; the largest real task table seen has a
few thousand cells); docs/formats.md gives the reasoning for each.

>>> DEFAULT_LIMITS.cells
1000000
>>> check_lines("一行\\n" + "很" * 30, path="a.md", limits=Limits(line_chars=20))
Traceback (most recent call last):
...
reformgraph.errors.DocumentLimitError: a.md:2: line is 30 characters long; the limit is 20 characters per line
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from reformgraph.errors import DocumentError, DocumentLimitError, ReformGraphError

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one document (all readers share one set)."""

    file_bytes: int = 50 * MIB
    """Size of the file as given (the explorer's uploads are held to 5 MB before this)."""
    unpacked_bytes: int = 200 * MIB
    """Decompressed size: every member of a .docx/.xlsx/.ofd zip, every PDF page's content."""
    zip_members: int = 10_000
    """Members of a zip container."""
    text_chars: int = 20_000_000
    """Characters of text extracted from one document (40 times the bundled document)."""
    line_chars: int = 20_000
    """Characters on one line of text, or in one table cell (Excel itself stops at 32,767)."""
    cells: int = 1_000_000
    """Table cells of one document (every sheet's used range, every table's rows × columns), or
    positioned text pieces of an OFD."""
    merged_cells: int = 1_000_000
    """Cells covered by merged ranges, summed over the ranges (overlaps count twice)."""
    depth: int = 64
    """Nesting: XML elements inside each other, HTML tables inside tables."""
    pages: int = 2_000
    """Pages of a PDF or OFD."""
    converter_seconds: int = 120
    """Time an external converter (LibreOffice, antiword) may take for an old .doc/.wps file."""


DEFAULT_LIMITS = Limits()

_UNITS = {
    "file_bytes": "bytes",
    "unpacked_bytes": "bytes",
    "zip_members": "members",
    "text_chars": "characters of text",
    "line_chars": "characters per line",
    "cells": "cells",
    "merged_cells": "merged cells",
    "depth": "levels",
    "pages": "pages",
    "converter_seconds": "seconds",
}


def limit_error(limit: str, subject: str, limits: Limits = DEFAULT_LIMITS, **place) -> DocumentLimitError:
    """The error for ``subject`` (``line is 30 characters long``) over ``limit`` (a field of Limits).

    >>> str(limit_error("pages", "the PDF has 2,500 pages", path="a.pdf"))
    'a.pdf: the PDF has 2,500 pages; the limit is 2,000 pages'
    """
    maximum = getattr(limits, limit)
    message = f"{subject}; the limit is {maximum:,} {_UNITS[limit]}"
    return DocumentLimitError(message, limit=limit, maximum=maximum, **place)


def check_lines(text: str, *, path: str, limits: Limits = DEFAULT_LIMITS, first_line: int = 1) -> None:
    """Raise unless ``text`` fits the text and line-length limits (lines as ``str.splitlines`` counts them)."""
    if len(text) > limits.text_chars:
        raise limit_error("text_chars", f"the document holds {len(text):,} characters of text", limits, path=path)
    lines = text.splitlines()
    if lines and max(map(len, lines)) > limits.line_chars:
        number, line = next((i, s) for i, s in enumerate(lines) if len(s) > limits.line_chars)
        raise limit_error(
            "line_chars", f"line is {len(line):,} characters long", limits, path=path, line=first_line + number
        )


def check_cell(text: str, *, path: str, where: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise unless one table cell's text fits the line-length limit (``where`` names the cell)."""
    if len(text) > limits.line_chars:
        raise limit_error("line_chars", f"cell is {len(text):,} characters long", limits, path=path, where=where)


def check_count(limit: str, count: int, subject: str, *, path: str, limits: Limits = DEFAULT_LIMITS, **place) -> None:
    """Raise when ``count`` is over ``limit``; ``subject`` describes what was counted (``merged ranges cover``).

    >>> check_count("cells", 5, "tables hold", path="a.docx", limits=Limits(cells=4))
    Traceback (most recent call last):
    ...
    reformgraph.errors.DocumentLimitError: a.docx: tables hold 5 cells; the limit is 4 cells
    """
    if count > getattr(limits, limit):
        raise limit_error(limit, f"{subject} {count:,} {_UNITS[limit]}", limits, path=path, **place)


def first_line_of(exc: BaseException, width: int = 160) -> str:
    """A library exception as one short printable line: ``Type: first line of the message``.

    >>> first_line_of(ValueError("bad\\nvalue"))
    'ValueError: bad'
    """
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    message = "".join(ch if ch.isprintable() else " " for ch in message)
    if len(message) > width:
        message = message[: width - 1] + "…"
    name = type(exc).__name__
    if name == "error":  # zlib.error, struct.error, binascii.Error …: say whose
        name = f"{type(exc).__module__}.{name}"
    return f"{name}: {message}" if message else name


@contextmanager
def library_errors(what: str, *, path: str, **place) -> Iterator[None]:
    """Turn anything a parsing library raises on a malformed file into one DocumentError line.

    Libraries that parse untrusted bytes (pypdf, openpyxl, xlrd, python-docx, lxml, zlib …)
    raise dozens of exception types on malformed input, and a list of them is never
    complete; only the calls into such a library are wrapped, never our own code, so
    a bug of ours still shows as a bug. Our own errors pass through unchanged; running
    out of memory becomes a limit error.

    >>> with library_errors("PDF", path="a.pdf"):
    ...     raise KeyError("/Root")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DocumentError: a.pdf: not a readable PDF (KeyError: '/Root')
    """
    try:
        yield
    except ReformGraphError:
        raise
    except MemoryError:
        raise DocumentError(
            f"not a readable {what}: it needs more memory than this machine gives", path=path, **place
        ) from None
    except Exception as exc:  # noqa: BLE001 - see the docstring: the library boundary
        raise DocumentError(f"not a readable {what} ({first_line_of(exc)})", path=path, **place) from None

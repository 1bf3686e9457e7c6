"""OpenDocument files (.odt text, .ods spreadsheets), read through LibreOffice.

WPS and LibreOffice save OpenDocument, and some portals publish it. LibreOffice (the
converter the .doc reader uses first, :mod:`reformgraph.loaders.formats_doc`) converts
an .odt to .docx and an .ods to .xlsx in a private temporary directory under the same
time limit; the result is read by the .docx or .xlsx reader, so tables stay tables and
merged cells stay merged. Without LibreOffice the error is one line naming the Debian
package. The content, not the name, says which one a file is
(:func:`reformgraph.loaders.sniff.opendocument_kind`).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from reformgraph.errors import DocumentError, MissingConverterError
from reformgraph.loaders.formats_doc import ConversionFailed, soffice_converted
from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_xlsx import xlsx_sheets
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits
from reformgraph.loaders.sheets import document_from_sheets
from reformgraph.records import Document

_TARGETS = {"odt": ("docx", "libreoffice-writer-nogui"), "ods": ("xlsx", "libreoffice-calc-nogui")}


def _converted(data: bytes, kind: str, *, path: str, limits: Limits) -> bytes:
    """``data`` (an .odt or .ods) converted to .docx or .xlsx by LibreOffice."""
    target, package = _TARGETS[kind]
    if shutil.which("soffice") is None:
        raise MissingConverterError(
            f"reading OpenDocument .{kind} files needs LibreOffice: install the Debian package {package}, "
            f"or save the file as .{target}",
            package=package,
            path=path,
        )
    with tempfile.TemporaryDirectory(prefix="reformgraph-odf-") as tmp:
        source = Path(tmp) / f"input.{kind}"
        source.write_bytes(data)
        try:
            return soffice_converted(source, target, limits=limits, path=path)
        except (ConversionFailed, OSError) as exc:
            raise DocumentError(f"not a readable OpenDocument .{kind} file ({exc})", path=path) from None


def read_odt(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse an OpenDocument text (.odt): its task tables when it has any, else its text; read as the .docx
    LibreOffice writes of it is, its footnotes' and endnotes' short forms too (round 66: before, its body alone)."""
    converted = _converted(data, "odt", path=path, limits=limits)
    return read_docx(converted, path=path, key=key, sha256=sha256, limits=limits)


def read_ods(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse the task tables of an OpenDocument spreadsheet (.ods)."""
    read = xlsx_sheets(_converted(data, "ods", path=path, limits=limits), path=path, limits=limits)
    return document_from_sheets(*read, path=path, key=key, sha256=sha256)

"""The rows of a big worksheet written as XML text, then spliced into the workbook openpyxl saved.

openpyxl spends 20–30 µs on each cell it writes (a cell object, its value checked, an lxml element
per part), in write-only mode as in a normal workbook: 28 s for the 886,200 cells of a
100-document ledger. Here openpyxl still writes the workbook — styles, the header row, column
widths, validations, conditional formats, page setup, the other sheets — and a sheet's remaining
rows are formatted as text, the XML openpyxl's write-only mode writes for them (its rules decide
each value's type: texts, numbers, dates, ``=`` formulas and error codes; a text with a character
Excel cannot hold raises openpyxl's ``IllegalCharacterError``) but in UTF-8 where openpyxl writes
character references, and put in place when the saved package is copied to the output file.
tests/test_ledger21_stream.py checks the XML against openpyxl's, value by value.

>>> import io, openpyxl
>>> wb = openpyxl.Workbook(write_only=True)
>>> ws = wb.create_sheet("表")
>>> ws.append(["名称", "数量"])
>>> rows = SheetRows(ws)
>>> row = rows.row(2, [rows.cell("A2", "市财政局 & <税务>"), rows.cell("B2", 3)])
>>> row
'<row r="2"><c r="A2" t="inlineStr"><is><t>市财政局 &amp; &lt;税务&gt;</t></is></c><c r="B2" t="n"><v>3</v></c></row>'
>>> saved, out = io.BytesIO(), io.BytesIO()
>>> wb.save(saved)
>>> splice_rows(saved, out, {ws.path: encoded([row])})
>>> [[c.value for c in r] for r in openpyxl.load_workbook(out)["表"].iter_rows()]
[['名称', '数量'], ['市财政局 & <税务>', 3]]
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import IO

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.dimensions import RowDimension

from reformgraph.errors import ExportError
from reformgraph.regexcache import compiled

# Characters lxml refuses in XML text that openpyxl lets through (it refuses the other control characters).
_NOT_XML = compiled("[\ud800-\udfff\ufffe\uffff]")
_NOT_XML_MESSAGE = "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"
_CHECK_FIRST = compiled(f"{ILLEGAL_CHARACTERS_RE.pattern}|{_NOT_XML.pattern}")
# What lxml escapes in text (a "\r" would be read back as "\n" otherwise).
_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_SHEET_DATA_END = b"</sheetData>"
# zlib's level 3, not its default 6 (openpyxl's): 100 documents' ledger packs in 1 s less, 15.9 MB
# instead of 14.5 (the cell-by-cell writer's was 16.4 MB: its XML wrote each CJK character as &#…;).
COMPRESS_LEVEL = 3


def excel_text(text: str) -> str:
    """``text`` without the characters a worksheet cannot hold (control characters, lone surrogates,
    U+FFFE/U+FFFF), which Excel would refuse and openpyxl raises on.

    >>> excel_text("控制字符\x07 end\ufffe")
    '控制字符 end'
    """
    return _CHECK_FIRST.sub("", text) if _CHECK_FIRST.search(text) else text


def _escaped(text: str) -> str:
    for char, escape in _TEXT_ESCAPES:
        if char in text:
            text = text.replace(char, escape)
    return text


def style_attribute(cell) -> str:
    """The ``s`` attribute of a styled ``cell`` (`` s="3"``), or nothing for an unstyled one."""
    return f' s="{cell.style_id}"' if cell.has_style else ""


class SheetRows:
    """Rows of the write-only worksheet ``ws`` as the XML openpyxl writes for them.

    A cell's format is given as the :func:`style_attribute` of a cell that has it (worked out once
    a column). As when a value is set on a cell and its style after it, the format is the cell's
    whatever the value; an unformatted cell holding a date gets openpyxl's date format.

    >>> from openpyxl import Workbook
    >>> from openpyxl.cell import WriteOnlyCell
    >>> from datetime import date
    >>> ws = Workbook(write_only=True).create_sheet()
    >>> rows = SheetRows(ws)
    >>> rows.cell("K2", None), rows.cell("H2", date(2022, 5, 31))
    ('', '<c r="H2" s="1" t="n"><v>44712</v></c>')
    >>> rows.cell("C2", "=SUM(B2:B9)"), rows.cell("D2", " 留白 ", ' s="2"')
    ('<c r="C2"><f>SUM(B2:B9)</f><v></v></c>', '<c r="D2" s="2" t="inlineStr"><is><t xml:space="preserve"> 留白 </t></is></c>')
    >>> rows.row(2, [rows.cell("A2", 1)], 52.5)
    '<row r="2" ht="52.5" customHeight="1"><c r="A2" t="n"><v>1</v></c></row>'
    """

    def __init__(self, ws) -> None:
        self._ws = ws
        self._scratch = WriteOnlyCell(ws)  # where openpyxl types and checks the values not typed here
        self._heights: dict[float, str] = {}
        self._epoch, self._iso_dates = ws.parent.epoch, ws.parent.iso_dates

    def cell(self, ref: str, value: object, style: str = "", *, as_text: bool = False) -> str:
        """The ``<c>`` element of ``value`` at ``ref`` (``B7``), formatted as ``style`` says.

        Texts, whole and decimal numbers and dates in a formatted cell are typed here by
        openpyxl's rules (a text ``=…`` is a formula, ``#N/A`` and the like error codes); any
        other value is set on a cell for openpyxl to type and check. With ``as_text`` a text is a
        text whatever it starts with: a document's words never become a formula Excel runs
        (``=cmd|"/c calc"!A1``) or an error code.
        """
        kind = type(value)
        if value is None:
            return f'<c r="{ref}"{style} t="n"></c>' if style else ""  # an empty cell is written for its format only
        if kind is str and len(value) <= 32767 and _CHECK_FIRST.search(value) is None:
            if as_text:
                data_type = "s"
            else:
                data_type = "f" if len(value) > 1 and value[0] == "=" else "e" if value in ERROR_CODES else "s"
        elif kind is int or kind is float:
            data_type = "n"
        elif kind is date and style and not self._iso_dates:
            data_type = "d"
        else:
            value, data_type, style = self._typed_by_openpyxl(value, style)
            if as_text and isinstance(value, str):
                data_type = "s"
        if data_type == "s":
            if value == "":
                return f'<c r="{ref}"{style} t="inlineStr"></c>'
            edged = value[0].isspace() or value[-1].isspace()  # value != value.strip()
            space = ' xml:space="preserve"' if edged else ""
            return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_escaped(value)}</t></is></c>'
        if data_type == "f":
            if not isinstance(value, str):  # array and data-table formulas: not written by this class
                raise TypeError(f"{ref}: only plain formulas are written as text, not {type(value).__name__}")
            return f'<c r="{ref}"{style}><f>{_escaped(value[1:])}</f><v></v></c>'
        if data_type == "d":
            if getattr(value, "tzinfo", None) is not None or self._iso_dates:
                raise TypeError(f"{ref}: dates with a time zone or as ISO text are not written by this class")
            value, data_type = to_excel(value, self._epoch), "n"
        return f'<c r="{ref}"{style} t="{data_type}"><v>{_escaped(safe_string(value))}</v></c>'

    def _typed_by_openpyxl(self, value: object, style: str) -> tuple[object, str, str]:
        """``value`` as openpyxl stores it, its type and the cell's format (a date in an unformatted
        cell gets openpyxl's date format); IllegalCharacterError or ValueError as openpyxl and lxml raise."""
        scratch = self._scratch
        scratch.value = value
        value, data_type = scratch.value, scratch.data_type
        if scratch.has_style:
            style = style or style_attribute(scratch)
            self._scratch = WriteOnlyCell(self._ws)
        if isinstance(value, str) and _NOT_XML.search(value):
            raise ValueError(_NOT_XML_MESSAGE)  # lxml's words
        return value, data_type, style

    def row(self, row: int, cells: Iterable[str], height: float | None = None) -> str:
        """The ``<row>`` element of row ``row``: its ``cells`` (from :meth:`cell`), ``height`` points tall."""
        if height is None:
            return f'<row r="{row}">{"".join(cells)}</row>'
        if height not in self._heights:
            dimension = RowDimension(self._ws, index=row, ht=height)
            self._heights[height] = "".join(f' {name}="{value}"' for name, value in dimension)
        return f'<row r="{row}"{self._heights[height]}>{"".join(cells)}</row>'


def encoded(rows: Iterable[str], per_chunk: int = 500) -> Iterable[bytes]:
    """``rows`` (XML text) as UTF-8, ``per_chunk`` rows at a time.

    openpyxl's parts are ASCII (lxml writes every other character as a reference, ``&#24066;``);
    the spliced rows are UTF-8, the encoding of an XML part without a declaration: the same
    characters in 40 % of the bytes, encoded and compressed in a fraction of the time.
    """
    chunk: list[str] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == per_chunk:
            yield "".join(chunk).encode("utf-8")
            chunk = []
    if chunk:
        yield "".join(chunk).encode("utf-8")


def splice_rows(
    saved: IO[bytes] | str | os.PathLike[str],
    out: IO[bytes],
    rows: Mapping[str, Iterable[bytes]],
    *,
    compresslevel: int = COMPRESS_LEVEL,
) -> None:
    """Copy the workbook ``saved`` to ``out``, each sheet named in ``rows`` (by ``ws.path``, known
    once the workbook is saved) with those rows (XML bytes, from :func:`encoded`) added at the end
    of its ``<sheetData>``.

    A spliced sheet is written to a temporary file first, as openpyxl's write-only mode does, so
    that its size is known when it is packed (ZIP64 only past 2 GiB). Every part is compressed at
    zlib's ``compresslevel``.
    """
    wanted = {path.lstrip("/"): chunks for path, chunks in rows.items()}
    with (
        zipfile.ZipFile(saved) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=compresslevel) as dst,
        tempfile.TemporaryDirectory(prefix="reformgraph-sheet-") as folder,
    ):
        for info in src.infolist():
            data = src.read(info)
            chunks = wanted.pop(info.filename, None)
            if chunks is None:
                dst.writestr(info.filename, data)
                continue
            head, end, tail = data.rpartition(_SHEET_DATA_END)
            if not end:
                raise ExportError(f"{info.filename} has no <sheetData> to add rows to")
            sheet = Path(folder) / "sheet.xml"
            with sheet.open("wb") as fh:
                fh.write(head)
                for chunk in chunks:
                    fh.write(chunk)
                fh.write(end + tail)
            dst.write(sheet, info.filename)
    if wanted:
        raise ExportError(f"no sheet {', '.join(sorted(wanted))} in the saved workbook")

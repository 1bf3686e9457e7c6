"""An .xlsx workbook opened within the limits, and a worksheet's cells and merged ranges in one streamed pass.

:func:`open_workbook` checks the package before any library unpacks it (members, unpacked
size, every XML part but the worksheets scanned by expat: no DTD, nesting bounded) and lets
openpyxl read the workbook's own parts in read-only mode (sheet names, shared strings, number
formats), never the worksheets. Readers then take a worksheet's values as they need them:
:func:`xlsx_sheets <reformgraph.loaders.formats_xlsx.xlsx_sheets>` with openpyxl's
read-only rows, :meth:`Workbook.cells` as openpyxl's normal mode has them.

:meth:`Workbook.cells` streams a worksheet's XML once through lxml, a row at a time (each row
freed once read; no DTD, no entity expansion, no network) and converts only the cells it is
asked for, each by openpyxl's own cell parser (the same values: shared and inline strings,
dates by their number format, booleans, formulas' cached values). The ``<mergeCells>`` that
follow the rows are read on the way, so nothing is read twice. Places are openpyxl's normal
mode's: a cell's own ``r`` places it (else the column after the one before it), a later cell at
the same place replaces the earlier one, only the last ``<mergeCells>`` counts, and each range
is read by openpyxl's ``CellRange`` (a range it refuses makes the workbook unreadable).
Normal mode built an object for every cell (a 63,300-row ledger: 0.9 GB); read-only mode has no
merged ranges and trusts the sheet's ``<dimension>``, which other programs write wrong.

>>> import io, openpyxl
>>> wb = openpyxl.Workbook(); ws = wb.active; ws.title = "台账"
>>> ws.append(["单位", "进展"]); ws.append(["市财政局", "已开会"])
>>> ws.merge_cells("B2:B3"); buf = io.BytesIO(); wb.save(buf)
>>> with open_workbook(buf.getvalue(), path="l.xlsx", what=".xlsx workbook") as book:
...     sheet = book.cells(book.sheets[0], keep=lambda row, col: col == 2)
>>> sheet.values, sheet.rows, sheet.merges
({(1, 2): '进展', (2, 2): '已开会'}, 2, [(2, 2, 3, 2)])
"""

from __future__ import annotations

import colorsys
import io
import math
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.containers import DTD_REFUSED, check_xml_parts, open_package
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, library_errors
from reformgraph.loaders.run_formats import RunLegend, in_colour, marked_units, may_hold_legend, run_legend
from reformgraph.loaders.sheets import Range

Position = tuple[int, int]
_DIGITS = "0123456789"


@dataclass(frozen=True)
class Sheet:
    """A worksheet of the workbook: its title and its part in the package."""

    title: str
    part: str
    source: object = field(repr=False, compare=False)  # openpyxl's read-only worksheet


@dataclass
class SheetCells:
    """What :meth:`Workbook.cells` read: the values kept by place, the last row, the merged ranges."""

    values: dict[Position, object] = field(default_factory=dict)
    rows: int = 0
    """The last row holding a cell (0 for none); merged ranges may reach further."""
    merges: list[Range] = field(default_factory=list)
    """(first row, first column, last row, last column) of each range, in the sheet's order."""


class Workbook:
    """An opened workbook: its sheet names (chart sheets too), its worksheets, their cells on demand."""

    def __init__(self, archive: zipfile.ZipFile, book, *, path: str, what: str, limits: Limits) -> None:
        self._archive, self._book = archive, book
        self.path, self.what, self.limits = path, what, limits
        self.names: list[str] = list(book.sheetnames)
        self.legend: RunLegend | None = getattr(book, "run_legend", None)
        """A legend among the shared strings giving a cell's or run's format a unit's role (round 48)."""
        self.sheets: list[Sheet] = []
        for ws in book.worksheets:
            part = getattr(ws, "_worksheet_path", None)
            if part is None:
                raise DocumentError(f"sheet {ws.title!r}: cannot locate its part in the package", path=path)
            self.sheets.append(Sheet(ws.title, part, ws))

    def themed(self, legend: RunLegend | None) -> RunLegend | None:
        """``legend`` with the workbook's theme colours when it names a colour (:func:`legend_with_theme`)."""
        return legend_with_theme(legend, self._archive)

    def part(self, sheet: Sheet) -> bytes:
        """The worksheet's XML, whole."""
        with library_errors(self.what, path=self.path, where=sheet.part):
            return self._archive.read(sheet.part)

    def cells(self, sheet: Sheet, keep: Callable[[int, int], bool], into: dict | None = None) -> SheetCells:
        """The values of the cells ``keep(row, column)`` chooses (1-based), and the sheet's merged ranges.

        ``into`` (a dict, filled as the rows go by) lets ``keep`` look at the values kept so far.
        Cells are counted against ``Limits.cells``; a cell not kept is placed, never converted.
        """
        out = SheetCells(values={} if into is None else into)
        with library_errors(self.what, path=self.path, where=sheet.title), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns (on stderr) about date cells out of range
            with self._archive.open(sheet.part) as source:
                self._stream(source, sheet, keep, out)
        return out

    def _stream(self, source, sheet: Sheet, keep: Callable[[int, int], bool], out: SheetCells) -> None:
        from lxml import etree
        from openpyxl.utils.cell import coordinate_to_tuple
        from openpyxl.worksheet._reader import MERGE_TAG, ROW_TAG, WorkSheetParser
        from openpyxl.worksheet.cell_range import CellRange
        from openpyxl.worksheet.merge import MergeCells

        book = self._book
        parser = WorkSheetParser(
            None,
            sheet.source._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        quick = _quick_values(parser)
        values, limit, counted = out.values, self.limits.cells, 0
        columns: dict[str, int] = {}  # column letters → number
        events = _ends(source, (ROW_TAG, MERGE_TAG))
        for _, element in events:
            if counted == 0 and element.getroottree().docinfo.doctype:
                raise DocumentError(DTD_REFUSED, path=self.path, where=sheet.part)
            if element.tag == MERGE_TAG:
                ranges = (CellRange(m.ref) for m in MergeCells.from_tree(element).mergeCell)
                out.merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ranges]
                check_count(
                    "merged_cells",
                    len(out.merges),
                    f"sheet {sheet.title!r}: merges",
                    path=self.path,
                    limits=self.limits,
                )
            else:
                # openpyxl's own row numbering (``r``, else the next row); the row's other attributes are not read
                number = element.get("r")
                row = parser.parse_row(etree.Element(ROW_TAG, {} if number is None else {"r": number}))[0]
                column = 0
                for cell in element:
                    counted += 1
                    at = cell.get("r")
                    if at:
                        letters = at.rstrip(_DIGITS)
                        column = columns.get(letters, 0)
                        if column and len(letters) < len(at):
                            place = (int(at[len(letters) :]), column)
                        else:  # openpyxl's reading of a reference (or its error), remembered for plain letters
                            place = coordinate_to_tuple(at)
                            column = place[1]
                            if letters.isascii() and letters.isalpha() and len(letters) < len(at):
                                columns[letters] = column
                    else:
                        column += 1
                        place = (row, column)
                    if place[0] > out.rows:
                        out.rows = place[0]
                    if keep(*place):
                        value = quick(cell)
                        if value is _SLOW:
                            parser.row_counter, parser.col_counter = row, column - 1
                            parsed = parser.parse_cell(cell)
                            place, value = (parsed["row"], parsed["column"]), parsed["value"]
                        values[place] = value
                if counted > limit:
                    check_count("cells", counted, f"sheet {sheet.title!r} holds", path=self.path, limits=self.limits)
            _free(element)
        root = events.root
        if counted == 0 and root is not None and root.getroottree().docinfo.doctype:
            raise DocumentError(DTD_REFUSED, path=self.path, where=sheet.part)


_SLOW = object()


def _ends(source, tags: tuple[str, ...]):
    """lxml's stream of the ends of ``tags`` elements: no entity expanded, no DTD or network fetched."""
    from lxml import etree

    return etree.iterparse(
        source,
        events=("end",),
        tag=tags,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )


def _free(element) -> None:
    """Drop an element read, and what came before it at its level (the rows read, anything between them)."""
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]


def _text_reader(legend: RunLegend | None = None):
    """The content of a string element (``<si>``, ``<is>``) as openpyxl's ``Text.from_tree(node).content`` has it:
    its ``t`` (the last one) then each run's ``t``. Plain strings and runs are read directly (openpyxl builds an
    object tree, fonts and all, for each: 2 of a LibreOffice ledger's 8 s); any other shape by openpyxl's Text.
    With ``legend``, a run in the legend's format (bold, a font) is written between ``**`` (round 48)."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS

    t_tag, r_tag, font_tag = (f"{{{SHEET_MAIN_NS}}}{name}" for name in ("t", "r", "rPr"))

    def quick(node) -> str | None:
        if node.attrib:
            return None
        if len(node) == 1 and node[0].tag == t_tag and not len(node[0]):  # the shape of nearly every string
            return node[0].text or ""
        plain, runs = None, []
        for child in node:
            if child.tag == t_tag and not len(child):
                plain = child.text
            elif child.tag == r_tag and not child.attrib:
                text, marked = None, False
                for part in child:
                    if part.tag == t_tag and not len(part):
                        text = part.text
                    elif part.tag != font_tag:
                        return None
                    elif legend is not None:
                        marked = run_in_format(part, legend)
                runs.append(f"**{text}**" if marked and text else text)
            else:
                return None
        return "".join(t for t in (plain, *runs) if t is not None)

    def content(node) -> str:
        text = quick(node)
        return Text.from_tree(node).content if text is None else text

    return content


def _string_table(source, legend: RunLegend | None = None) -> list[str]:
    """openpyxl's ``read_string_table``, each string read by :func:`_text_reader`; with ``legend``, the units of
    its runs in the legend's format marked (``run_formats.marked_units``)."""
    from openpyxl.xml.constants import SHEET_MAIN_NS

    content = _text_reader(legend)
    strings = []
    for _, node in _ends(source, (f"{{{SHEET_MAIN_NS}}}si",)):
        text = content(node).replace("x005F_", "")
        strings.append(text if legend is None or "**" not in text else marked_units(text, legend.mark))
        _free(node)
    return strings


def run_in_format(props, legend: RunLegend) -> bool:
    """Whether a rich-text run's font (``<rPr>``) is the one ``legend`` names: bold (``<b/>`` on), or a font whose
    name (``<rFont val>``) holds the legend's.

    >>> from lxml import etree
    >>> ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    >>> run_in_format(etree.fromstring(f'<rPr {ns}><b val="true"/></rPr>'), RunLegend("", "★"))
    True
    >>> run_in_format(etree.fromstring(f'<rPr {ns}><b val="0"/><rFont val="宋体"/></rPr>'), RunLegend("", "★"))
    False
    """
    from openpyxl.xml.constants import SHEET_MAIN_NS

    if legend.colour:  # <color rgb="FFFF0000"/>, or an index into the old palette (round 65)
        return sheet_colour_in(props.find(f"{{{SHEET_MAIN_NS}}}color"), legend.colour, legend.theme)
    if not legend.font:
        bold = props.find(f"{{{SHEET_MAIN_NS}}}b")
        return bold is not None and bold.get("val", "true") not in ("0", "false")
    font = props.find(f"{{{SHEET_MAIN_NS}}}rFont")
    return font is not None and legend.font in font.get("val", "")


def sheet_colour_in(color, colour: str, theme: tuple[str, ...] = ()) -> bool:
    """Whether a spreadsheet's colour element (``<color rgb="FFFF0000"/>``, ``<color indexed="10"/>``,
    ``<color theme="5"/>``) or openpyxl's ``Color`` is seen as ``colour`` (a legend's 红, 蓝, 绿:
    ``run_formats.in_colour``); a theme's colour is looked up in ``theme``, the workbook's theme colours
    (:func:`theme_colours`; round 66: before, a theme swatch's colour was not read), then shaded by its ``tint``
    (:func:`tinted`, round 67: Excel's 深色25% of a red swatch is a darker red and reads red, its 淡色60% a pink that
    does not; before, the tint was left aside and a pale tint of red read as red).

    >>> from lxml import etree
    >>> sheet_colour_in(etree.fromstring('<color rgb="FFC00000"/>'), "红"), sheet_colour_in(etree.fromstring('<color indexed="10"/>'), "红")
    (True, True)
    >>> sheet_colour_in(etree.fromstring('<color theme="1"/>'), "红"), sheet_colour_in(None, "红")
    (False, False)
    >>> office = ("FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D", "9BBB59")
    >>> sheet_colour_in(etree.fromstring('<color theme="5"/>'), "红", office), sheet_colour_in(etree.fromstring('<color theme="4"/>'), "红", office)
    (True, False)
    >>> dark, pale = '<color theme="5" tint="-0.249977111117893"/>', '<color theme="5" tint="0.5999938962981048"/>'
    >>> sheet_colour_in(etree.fromstring(dark), "红", office), sheet_colour_in(etree.fromstring(pale), "红", office)
    (True, False)
    """
    from openpyxl.styles.colors import COLOR_INDEX

    if color is None:
        return False
    rgb = color.get("rgb") if hasattr(color, "get") else (color.rgb if color.type == "rgb" else None)
    indexed = color.get("indexed") if hasattr(color, "get") else (color.indexed if color.type == "indexed" else None)
    if rgb is None and indexed is not None and str(indexed).isdigit() and int(indexed) < len(COLOR_INDEX):
        rgb = COLOR_INDEX[int(indexed)]
    if rgb is None and theme:
        index = color.get("theme") if hasattr(color, "get") else (color.theme if color.type == "theme" else None)
        rgb = theme[int(index)] if index is not None and str(index).isdigit() and int(index) < len(theme) else None
    if not isinstance(rgb, str):
        return False
    tint = color.get("tint") if hasattr(color, "get") else color.tint
    return in_colour(tinted(rgb, _finite(tint)) if tint else rgb, colour)


def _finite(value: object) -> float:
    """A tint as a finite number; 0 for one that is not."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def tinted(rgb: str, tint: float) -> str:
    """A colour (hex, an ARGB's last six digits) shaded as Excel shades a swatch by its ``tint`` (-1 to 1): its
    lightness in HLS scaled down by a negative tint (``L * (1 + tint)``), towards white by a positive one
    (``L * (1 - tint) + tint``), its hue and saturation kept; the colour as it was when it is no hex.

    >>> tinted("C0504D", -0.249977111117893), tinted("C0504D", -0.499984740745262), tinted("FFC0504D", 0.5999938962981048)
    ('953735', '632523', 'E6B9B8')
    """
    digits = rgb.lstrip("#")[-6:]
    try:
        red, green, blue = (int(digits[k : k + 2], 16) / 255 for k in (0, 2, 4))
    except ValueError:
        return rgb
    if len(digits) != 6:
        return rgb
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    tint = min(max(tint, -1.0), 1.0)
    lightness = lightness * (1 + tint) if tint < 0 else lightness * (1 - tint) + tint
    return "".join(f"{round(v * 255):02X}" for v in colorsys.hls_to_rgb(hue, lightness, saturation))


# a theme's colour scheme in the order Excel indexes it (``<color theme="N"/>``): its light 1 and dark 1 swapped, and
# its light 2 and dark 2, against the order the theme part writes them
_THEME_ORDER = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6")
_DRAWING_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def theme_colours(part: bytes) -> tuple[str, ...]:
    """The colours of a workbook's theme part (``xl/theme/theme1.xml``'s ``a:clrScheme``) by the index a cell's or
    run's ``<color theme="N"/>`` gives (0 light 1, 1 dark 1, 2 light 2, 3 dark 2, 4–9 the accents), each as hex
    (``a:srgbClr val``, a system colour's ``lastClr``): the colours a user picks from Excel's theme swatches, which
    the file writes by index alone (round 66). A part that does not read gives none.

    >>> ns = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    >>> part = (f'<a:theme {ns}><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" '
    ...         'lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr '
    ...         'val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/>'
    ...         '</a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2></a:clrScheme></a:themeElements></a:theme>')
    >>> theme_colours(part.encode())
    ('FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD', 'C0504D')
    >>> theme_colours(b"<not xml")
    ()
    """
    from lxml import etree

    try:
        root = etree.fromstring(part, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return ()
    scheme = root.find(f".//{_DRAWING_NS}clrScheme")
    if scheme is None:
        return ()
    colours: list[str] = []
    for name in _THEME_ORDER:
        slot = scheme.find(_DRAWING_NS + name)
        if slot is None or len(slot) == 0:
            break
        colours.append(slot[0].get("val") if slot[0].tag == _DRAWING_NS + "srgbClr" else slot[0].get("lastClr", ""))
    return tuple(colours)


_THEME_PART = "xl/theme/theme1.xml"


def legend_with_theme(legend: RunLegend | None, archive: zipfile.ZipFile) -> RunLegend | None:
    """``legend`` with the workbook's theme colours (:func:`theme_colours`) when it names a colour and the package
    holds a theme part; else ``legend`` as it is."""
    if legend is None or not legend.colour or _THEME_PART not in archive.namelist():
        return legend
    return legend._replace(theme=theme_colours(archive.read(_THEME_PART)))


def inline_strings(part: bytes, legend: RunLegend) -> dict[tuple[int, int], str]:
    """The rich inline strings of a worksheet's XML (``<c t="inlineStr"><is><r>…``: a workbook written by a
    program, openpyxl's own, never saved by Excel, WPS or Calc), by (row, column), each read with its runs in
    ``legend``'s format marked (``run_formats.marked_units``), as the shared strings are (round 50). A cell with no
    reference or no run is left out (its value, read already, has nothing to mark).

    >>> ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    >>> xml = (f'<worksheet {ns}><sheetData><row r="3"><c r="C3" t="inlineStr"><is><r><rPr><b val="1"/></rPr>'
    ...        f'<t>镇水利站</t></r><r><t>、各村</t></r></is></c><c r="D3" t="inlineStr"><is><t>5月</t></is></c>'
    ...        f'</row></sheetData></worksheet>').encode()
    >>> inline_strings(xml, RunLegend("", "★"))
    {(3, 3): '★镇水利站、各村'}
    """
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.xml.constants import SHEET_MAIN_NS

    content, found = _text_reader(legend), {}
    cell_tag, string_tag, run_tag = (f"{{{SHEET_MAIN_NS}}}{name}" for name in ("c", "is", "r"))
    for _, cell in _ends(io.BytesIO(part), (cell_tag,)):
        string, at = cell.find(string_tag), cell.get("r")
        if cell.get("t") == "inlineStr" and string is not None and at and string.find(run_tag) is not None:
            text = content(string).replace("x005F_", "")
            if "**" in text:
                found[coordinate_to_tuple(at)] = marked_units(text, legend.mark)
        _free(cell)
    return found


def strings_legend(strings: list[str]) -> RunLegend | None:
    """The legend among a workbook's strings giving a run's format a unit's role (``run_formats``): bold, a font, or
    a colour (an .xlsx's and an XML Spreadsheet's runs and cells say theirs: round 65)."""
    said = [s for s in strings if may_hold_legend(s, colours=True)]
    return run_legend("\n".join(said), colours=True) if said else None


def _read_only_book(data: bytes):
    """``openpyxl.load_workbook(read_only=True, data_only=True)``, its shared strings read by :func:`_string_table`."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS

    class Reader(ExcelReader):
        legend: RunLegend | None = None

        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as source:
                    self.shared_strings = _string_table(source)
                # a legend giving bold (a font) a unit's role: the strings read again, such units marked (round 48)
                if (legend := legend_with_theme(strings_legend(self.shared_strings), self.archive)) is not None:
                    with self.archive.open(part.PartName[1:]) as source:
                        self.shared_strings = _string_table(source, legend)
                    self.legend = legend

    reader = Reader(io.BytesIO(data), read_only=True, data_only=True)
    reader.read()
    _east_asian_dates(reader.wb)
    reader.wb.run_legend = reader.legend
    return reader.wb


# Excel's built-in date formats of the Chinese (and other East Asian) locales, which a workbook names by number alone
# (no format code written out) and openpyxl does not know: their dates came out as serial numbers (45838, round 35)
EAST_ASIAN_DATE_FORMATS = {
    **dict.fromkeys((27, 36, 50, 52, 57), 'yyyy"年"m"月"'),
    **dict.fromkeys((28, 29, 51, 53, 54, 58), 'm"月"d"日"'),
    30: "m-d-yy",
    31: 'yyyy"年"m"月"d"日"',
}


def _east_asian_dates(book) -> None:
    """Give each cell style of ``book`` that names one of ``EAST_ASIAN_DATE_FORMATS`` by number its format code,
    and count it among the book's date styles, so that its cells read as dates shown so."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE

    for index, style in enumerate(book._cell_styles):
        code = EAST_ASIAN_DATE_FORMATS.get(style.numFmtId)
        if code is not None:
            style.numFmtId = book._number_formats.add(code) + BUILTIN_FORMATS_MAX_SIZE
            book._date_formats.add(index)


def _quick_values(parser) -> Callable[[object], object]:
    """A cell's value for the shapes nearly every cell has (a shared or inline string, a number that is not a
    date, nothing), as openpyxl's ``parse_cell`` gives it (a test compares them); ``_SLOW`` for any other
    shape, which ``parse_cell`` itself then reads. ``parse_cell`` builds an object tree for every inline string
    (4 of a 63,300-row ledger's 17 s)."""
    from openpyxl.worksheet._reader import INLINE_STRING, VALUE_TAG, _cast_number

    strings, dates, content = parser.shared_strings, parser.date_formats, _text_reader()

    def quick(cell) -> object:
        if not len(cell):
            return None
        kind = cell.get("t", "n")
        first = cell[0]
        if len(cell) != 1:
            return _SLOW
        if kind == "inlineStr":
            return content(first) if first.tag == INLINE_STRING else _SLOW
        if first.tag != VALUE_TAG or len(first):
            return _SLOW
        text = first.text
        if kind == "s":
            return strings[int(text)] if text else None
        if kind == "n":
            style = cell.get("s", 0)
            if (int(style) if style else style) in dates:
                return _SLOW
            return _cast_number(text) if text else None
        return _SLOW

    return quick


@contextmanager
def open_workbook(
    data: bytes, *, path: str, what: str, limits: Limits = DEFAULT_LIMITS, reading: str = "reading .xlsx files"
) -> Iterator[Workbook]:
    """The workbook in ``data``, its package checked first (a DocumentError names what is wrong).

    ``reading`` says what needed openpyxl when the formats extra is missing.
    """
    require("openpyxl", "formats", reading)
    archive = open_package(data, path=path, what=what, limits=limits)
    # worksheets are read by the reader that asks for them (streamed, or scanned with their shape)
    worksheet_parts = {n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")}
    check_xml_parts(archive, path=path, what=what, limits=limits, skip=worksheet_parts)
    with library_errors(what, path=path), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns (on stderr) about WPS extensions
        book = _read_only_book(data)
    try:
        yield Workbook(archive, book, path=path, what=what, limits=limits)
    finally:
        book.close()

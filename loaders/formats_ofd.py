"""OFD (GB/T 33190-2016 版式文档, the national layout format) read with the standard library.

An OFD file is a zip of XML parts. ``OFD.xml`` names each document's root
(``DocBody/DocRoot``, e.g. ``Doc_0/Document.xml``); the document lists its pages in
order (``Pages/Page@BaseLoc``, relative to the document's folder, or absolute from the
package root when it starts with ``/``); each page's content holds layers of
``TextObject`` elements, whose ``Boundary`` (``x y w h`` in millimetres, y downwards)
places them on the page, optionally transformed by a ``CTM``, and whose ``TextCode``
children carry the text at ``X``, ``Y`` (the baseline, inherited from the previous
``TextCode`` when absent). Templates (running heads, page numbers), annotations,
attachments and signatures are not read.

Reading order: on each page the pieces of text are sorted top to bottom; pieces whose
baselines lie within half a font size of each other form one line, read left to right;
a piece after a gap of about a character (a table cell's padding), and a line's first piece,
are set at the column of their place (``ofd_lines``), so that a table's cells stand in their
columns as in a PDF's text laid out by pypdf. Pages are separated by a blank line, like PDF pages, and
handed to the parser as page breaks (``laid_out``, round 75).

Bounded: the package and each XML part read (``OFD.xml``, each ``Document.xml``, each
page) as in :mod:`reformgraph.loaders.containers` (members, unpacked size, nesting
depth, no DTD; parts nobody reads are not parsed); pages against ``Limits.pages``; pieces
of text against ``Limits.cells``; the text against the line and size limits.

>>> ofd_lines([(1, 30.0, 40.0, 4.0, "（牵头单位：区财政局）"), (1, 30.0, 20.0, 4.0, "（一）落实资金。"),
...            (1, 20.0, 20.0, 5.0, "一、重点任务")])
['一、重点任务', '（一）落实资金。（牵头单位：区财政局）']
"""

from __future__ import annotations

import math
import posixpath
import re
import zipfile
from bisect import bisect_left
from collections.abc import Sequence

from reformgraph.errors import DocumentError
from reformgraph.loaders.containers import open_package, read_part, scan_xml
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count
from reformgraph.loaders.ofd_tables import drawn_tables, printed_width
from reformgraph.loaders.pdf_formats import font_in_format, marked_page, shifted, unshifted
from reformgraph.loaders.run_formats import RunLegend, in_colour, may_hold_legend, run_legend
from reformgraph.loaders.unread_tables import refused_when_unread, tables_hinted
from reformgraph.records import Document

WHAT = "OFD document"
NO_TEXT = "OFD with no text (a scanned document): run OCR first, or use the Word/text version of the document"
# (page, baseline y, x, font size, text), millimetres
Piece = tuple[int, float, float, float, str]


def _numbers(value: str | None, count: int) -> list[float] | None:
    """``count`` finite numbers from an attribute such as ``"25 30 160 6"``; None when it is not that."""
    if not value:
        return None
    try:
        numbers = [float(v) for v in value.split()[:count]]
    except ValueError:
        return None
    if len(numbers) != count or not all(math.isfinite(n) for n in numbers):
        return None
    return numbers


def _locate(archive: zipfile.ZipFile, base: str, location: str, *, path: str, what: str) -> str:
    """The member name of ``location`` (relative to the folder ``base``, or absolute from the package root)."""
    location = location.strip().replace("\\", "/")
    joined = location.lstrip("/") if location.startswith("/") else posixpath.join(base, location)
    name = posixpath.normpath(joined).lstrip("/")
    if name.startswith("..") or name not in archive.NameToInfo:
        raise DocumentError(f"{what} points to a part the package does not hold: {location[:120]!r}", path=path)
    return name


def _element_text(data: bytes, wanted: str, *, path: str, part: str, limits: Limits) -> list[str]:
    """The texts of every element named ``wanted`` in one XML part."""
    found: list[str] = []
    inside = False

    def start(name: str, _attributes: dict[str, str]) -> None:
        nonlocal inside
        if name == wanted:
            inside = True
            found.append("")

    def end(name: str) -> None:
        nonlocal inside
        if name == wanted:
            inside = False

    def text(chars: str) -> None:
        if inside:
            found[-1] += chars

    scan_xml(data, path=path, part=part, limits=limits, start=start, end=end, text=text)
    return [f.strip() for f in found]


def _page_locations(
    data: bytes, *, path: str, part: str, limits: Limits, resources: list[str] | None = None
) -> list[str]:
    """``BaseLoc`` of every ``Page`` listed by a Document.xml, in order; with ``resources``, the locations of the
    document's resource parts (``CommonData``'s ``PublicRes`` and ``DocumentRes``) appended to it."""
    locations: list[str] = []
    wanted = ("PublicRes", "DocumentRes") if resources is not None else ()
    inside: list[str] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        if name == "Page" and "BaseLoc" in attributes:
            locations.append(attributes["BaseLoc"])
            check_count("pages", len(locations), "the OFD has", path=path, limits=limits)
        elif name in wanted:
            inside.append("")

    def text(chars: str) -> None:
        if inside:
            inside[-1] += chars

    def end(name: str) -> None:
        if name in wanted and inside and resources is not None:
            resources.append(inside.pop().strip())

    scan_xml(
        data,
        path=path,
        part=part,
        limits=limits,
        start=start,
        end=end if wanted else None,
        text=text if wanted else None,
    )
    return locations


class _Resources:
    """What a document's resource parts say of the text drawn with them (round 67): each draw parameter's fill
    colour (``<ofd:DrawParam ID="7"><ofd:FillColor Value="192 0 0"/>``, a ``Relative`` one's inherited), each
    font's name and whether it is bold (``<ofd:Font ID="4" FontName="宋体" Bold="true"/>``)."""

    def __init__(self) -> None:
        self.fills: dict[str, str] = {}
        self.relative: dict[str, str] = {}
        self.fonts: dict[str, tuple[str, bool]] = {}
        self._param = ""

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "DrawParam":
            self._param = attributes.get("ID", "")
            if attributes.get("Relative"):
                self.relative[self._param] = attributes["Relative"]
        elif name == "FillColor" and self._param:
            self.fills[self._param] = attributes.get("Value", "")
        elif name == "Font" and "ID" in attributes:
            bold = attributes.get("Bold", "").strip().lower() == "true"
            self.fonts[attributes["ID"]] = (attributes.get("FontName", ""), bold)

    def end(self, name: str) -> None:
        if name == "DrawParam":
            self._param = ""

    def fill(self, param: str | None) -> str | None:
        """The fill colour of the draw parameter ``param``, through the ones it is relative to; None when none says.

        >>> res = _Resources(); res.fills["7"] = "192 0 0"; res.relative["8"] = "7"
        >>> res.fill("8"), res.fill("9")
        ('192 0 0', None)
        """
        for _ in range(8):  # a chain of relatives, bounded (a loop of them is no colour)
            if not param:
                return None
            if param in self.fills:
                return self.fills[param]
            param = self.relative.get(param)
        return None


class _PageText:
    """Collects the pieces of text of one page's content part (streamed through expat)."""

    def __init__(
        self,
        page: int,
        pieces: list[Piece],
        *,
        path: str,
        limits: Limits,
        legend: RunLegend | None = None,
        resources: _Resources | None = None,
    ):
        self.page = page
        self.legend = legend  # a legend giving a format a role: the text drawn in that format is shifted
        self.resources = resources or _Resources()
        self.filled = False  # the current TextObject is drawn in the legend's format (its colour, its font)
        self.pieces = pieces
        self.path = path
        self.limits = limits
        self.origin = (0.0, 0.0)
        self.ctm: list[float] | None = None
        self.size = 3.5
        self.x = 0.0
        self.y = 0.0
        self.code: list[str] | None = None
        self.segments: list | None = None  # a table's ruling lines, collected when asked (``ofd_tables``, round 76)
        self.path_at: tuple[tuple[float, float], list[float] | None, bool] | None = None
        self.path_data: list[str] | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.segments is not None and name in ("PathObject", "AbbreviatedData"):
            self._path_start(name, attributes)
        if name == "TextObject":
            box = _numbers(attributes.get("Boundary"), 4)
            self.origin = (box[0], box[1]) if box else (0.0, 0.0)
            self.ctm = _numbers(attributes.get("CTM"), 6)
            size = _numbers(attributes.get("Size"), 1)
            self.size = size[0] if size and size[0] > 0 else 3.5
            self.x = self.y = 0.0
            self.filled = self._in_format(attributes) if self.legend is not None else False
        elif name == "FillColor" and self.legend is not None and self.legend.colour:
            self.filled = _in_colour(attributes.get("Value"), self.legend.colour)
        elif name == "TextCode":
            x, y = _numbers(attributes.get("X"), 1), _numbers(attributes.get("Y"), 1)
            self.x = x[0] if x else self.x
            self.y = y[0] if y else self.y
            self.code = []

    def _in_format(self, attributes: dict[str, str]) -> bool:
        """Whether a TextObject is drawn in the legend's format by what it names (round 67): the fill colour of its
        draw parameter (``DrawParam="7"``) under a colour legend (its own ``FillColor``, read after, overrides it);
        under a bold or font legend, its ``Weight`` (700) or its font (``Bold="true"``, a name such as 黑体)."""
        legend = self.legend
        assert legend is not None
        if legend.colour:
            return _in_colour(self.resources.fill(attributes.get("DrawParam")), legend.colour)
        name, bold = self.resources.fonts.get(attributes.get("Font", ""), ("", False))
        weight = _numbers(attributes.get("Weight"), 1)
        return font_in_format(name, legend, max(weight[0] if weight else 0, 700 if bold else 0))

    def _path_start(self, name: str, attributes: dict[str, str]) -> None:
        """A ``PathObject``'s place (``Boundary``, ``CTM``, whether it is filled, not stroked), or its drawing's
        start (``AbbreviatedData``)."""
        if name == "PathObject":
            box = _numbers(attributes.get("Boundary"), 4)
            filled = attributes.get("Fill", "").strip().lower() == "true"
            stroked = attributes.get("Stroke", "true").strip().lower() != "false"
            self.path_at = (
                (box[0], box[1]) if box else (0.0, 0.0),
                _numbers(attributes.get("CTM"), 6),
                filled and not stroked,
            )
        elif self.path_at is not None:
            self.path_data = []

    def text(self, chars: str) -> None:
        if self.code is not None:
            self.code.append(chars)
        elif self.path_data is not None:
            self.path_data.append(chars)

    def end(self, name: str) -> None:
        if name == "AbbreviatedData" and self.path_data is not None and self.path_at is not None:
            from reformgraph.loaders.ofd_tables import path_segments

            origin, ctm, filled = self.path_at
            data, self.path_data = "".join(self.path_data), None
            assert self.segments is not None
            self.segments.extend(path_segments(data[:100_000], origin, ctm, self.page, filled=filled))
            check_count("cells", len(self.segments), "ruling lines number", path=self.path, limits=self.limits)
            return
        if name == "PathObject":
            self.path_at = None
        if name != "TextCode" or self.code is None:
            return
        text, self.code = "".join(self.code), None
        if not text.strip():
            return
        x, y, size = self.x, self.y, self.size
        if self.ctm:
            a, b, c, d, e, f = self.ctm
            x, y = a * self.x + c * self.y + e, b * self.x + d * self.y + f
            size *= math.sqrt(abs(a * d - b * c)) or 1.0
        if self.filled:
            text = shifted(text)
        self.pieces.append((self.page, self.origin[1] + y, self.origin[0] + x, size, text))
        check_count("cells", len(self.pieces), "pieces of positioned text number", path=self.path, limits=self.limits)


def _in_colour(value: str | None, colour: str) -> bool:
    """Whether an OFD colour (``FillColor Value="192 0 0"``: RGB, 0-255) is seen as a legend's ``colour`` (红, 蓝,
    绿: ``run_formats.in_colour``).

    >>> _in_colour("192 0 0", "红"), _in_colour("0 0 0", "红"), _in_colour("128", "红")
    (True, False, False)
    """
    numbers = _numbers(value, 3)
    if numbers is None:
        return False
    return in_colour("".join(f"{min(max(round(v), 0), 255):02X}" for v in numbers), colour)


def ofd_lines(pieces: Sequence[Piece]) -> list[str]:
    """Pieces of positioned text → lines in reading order (blank line between pages), laid out by position: a
    piece that stands apart from the one before it (a gap of ``_CELL_GAP`` characters or more), and a line's
    first piece, start at the column of their place on the page (one column a character of the page's usual
    size, from its leftmost text), two spaces at least: a table's cells, and each wrapped line of a cell, stand
    under their column, as pypdf's layout mode gives a PDF's (``spaced_tables`` reads them by position).

    >>> ofd_lines([(1, 30.0, 40.0, 4.0, "（牵头单位：区财政局）"), (1, 30.0, 20.0, 4.0, "（一）落实资金。"),
    ...            (1, 20.0, 20.0, 5.0, "一、重点任务"), (1, 36.0, 60.0, 4.0, "局")])
    ['一、重点任务', '（一）落实资金。（牵头单位：区财政局）', '          局']
    """
    return laid_out(pieces)[0]


def laid_out(pieces: Sequence[Piece], placed: list[int] | None = None) -> tuple[list[str], frozenset[int]]:
    """``ofd_lines``'s lines, and the 0-based blank lines among them that stand for a page break, handed to the
    text's reader as a PDF's are (``formats_pdf.page_breaks``): a paragraph, a numbered item, goes on past one
    (round 75 meta75: before, an item cut by a page break was read to the blank line and left out). ``placed``, a
    list: each piece's 0-based line, in the pieces' order (round 76: a drawn table's rows keep their lines).

    >>> placed = []
    >>> laid_out([(2, 10.0, 0.0, 4.0, "乙"), (1, 90.0, 0.0, 4.0, "甲")], placed), placed
    ((['甲', '', '乙'], frozenset({1})), [2, 0])
    """
    lines: list[str] = []
    breaks: list[int] = []
    order = sorted(range(len(pieces)), key=lambda k: (pieces[k][0], pieces[k][1], pieces[k][2]))
    ordered = [pieces[k] for k in order]
    if placed is not None:
        placed[:] = [0] * len(pieces)
    i = 0
    left, unit = 0.0, 1.0
    while i < len(ordered):
        page, baseline, _, size, _ = ordered[i]
        if i == 0 or page != ordered[i - 1][0]:
            if lines:
                breaks.append(len(lines))
                lines.append("")
            left, unit = _page_grid(ordered[i : bisect_left(ordered, (page + 1,), i)])  # this page's pieces
        j = i + 1
        while j < len(ordered) and ordered[j][0] == page and abs(ordered[j][1] - baseline) <= max(size, 1.0) / 2:
            j += 1
        row = sorted(ordered[i:j], key=lambda p: p[2])
        text = " " * _column(row[0][2], left, unit) + row[0][4]
        for before, after in zip(row, row[1:]):
            gap = after[2] - (before[2] + printed_width(before[4], before[3]))
            if gap > _CELL_GAP * max(before[3], 1.0):
                text += " " * max(2, _column(after[2], left, unit) - len(text))
            text += after[4]
        if placed is not None:
            for k in range(i, j):
                placed[order[k]] = len(lines)
        lines.append(text)
        i = j
    return lines, frozenset(breaks)


# characters: a gap this wide between two pieces of a line parts two cells (a table's cell padding is about one
# character; a justified line's pieces stand closer)
_CELL_GAP = 0.8
_MAX_COLUMN = 400  # a piece placed far off the page (a hostile position) is set no further right than this


def _page_grid(page: Sequence[Piece]) -> tuple[float, float]:
    """(left, column width) of a page's pieces: its leftmost text, and the font size most of its pieces have."""
    sizes: dict[float, int] = {}
    for p in page:
        sizes[p[3]] = sizes.get(p[3], 0) + 1
    return min(p[2] for p in page), max(max(sizes, key=sizes.__getitem__), 1.0)


def _column(x: float, left: float, unit: float) -> int:
    return min(_MAX_COLUMN, max(0, round((x - left) / unit)))


def ofd_text(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS, legend: RunLegend | None = None) -> str:
    """The text of every page of every document in an OFD package, in reading order; with a ``legend`` giving a
    format a role, the text objects drawn in it (a colour legend's colour, round 67; a bold or font legend's font,
    round 67 files35) written between ``**``."""
    return ofd_pages(data, path=path, limits=limits, legend=legend)[0]


def ofd_pages(
    data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS, legend: RunLegend | None = None
) -> tuple[str, frozenset[int]]:
    """``ofd_text``'s text, and its 0-based blank lines that stand for a page break (``laid_out``)."""
    return _pages_text(ofd_pieces(data, path=path, limits=limits, legend=legend), path=path, legend=legend)


def _pages_text(pieces: list[Piece], *, path: str, legend: RunLegend | None = None) -> tuple[str, frozenset[int]]:
    """The pieces' text laid out (``laid_out``) and its page breaks; an OFD with no Chinese text is refused."""
    lines, breaks = laid_out(pieces)
    text = "\n".join(lines)
    if legend is not None:
        text = unshifted(text)
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise DocumentError(NO_TEXT, path=path)
    return text, breaks


def ofd_pieces(
    data: bytes,
    *,
    path: str,
    limits: Limits = DEFAULT_LIMITS,
    legend: RunLegend | None = None,
    segments: list | None = None,
) -> list[Piece]:
    """The pieces of positioned text of every page of every document in an OFD package, pages numbered on across
    its documents; with a list ``segments``, the straight ruling lines its pages draw added to it
    (``ofd_tables.path_segments``, round 76). A page's template (``Template``, ``Doc_0/Tpls/…``: a running head,
    the page's number) is not read: its text is no line of the plan."""
    archive = open_package(data, path=path, what=WHAT, limits=limits)
    if "OFD.xml" not in archive.NameToInfo:
        raise DocumentError("not an OFD package: it has no OFD.xml entry file", path=path)
    roots = _element_text(
        read_part(archive, "OFD.xml", path=path, what=WHAT), "DocRoot", path=path, part="OFD.xml", limits=limits
    )
    if not roots:
        raise DocumentError("not an OFD package: OFD.xml names no DocRoot", path=path)
    pieces: list[Piece] = []
    page_number = 0
    for root in roots:
        document = _locate(archive, "", root, path=path, what="DocRoot")
        base = posixpath.dirname(document)
        parts: list[str] | None = [] if legend is not None else None
        locations = _page_locations(
            read_part(archive, document, path=path, what=WHAT), path=path, part=document, limits=limits, resources=parts
        )
        resources = _document_resources(archive, base, parts or [], path=path, limits=limits)
        for location in locations:
            page_number += 1
            check_count("pages", page_number, "the OFD has", path=path, limits=limits)
            part = _locate(archive, base, location, path=path, what=f"page {page_number}")
            collector = _PageText(page_number, pieces, path=path, limits=limits, legend=legend, resources=resources)
            collector.segments = segments
            scan_xml(
                read_part(archive, part, path=path, what=WHAT),
                path=path,
                part=part,
                limits=limits,
                start=collector.start,
                end=collector.end,
                text=collector.text,
            )
    return pieces


def _document_resources(
    archive: zipfile.ZipFile, base: str, locations: list[str], *, path: str, limits: Limits
) -> _Resources:
    """The draw parameters and fonts of a document's resource parts (``PublicRes``, ``DocumentRes``: relative to
    the document's folder); a location the package does not hold is passed over (its text then reads unformatted)."""
    resources = _Resources()
    for location in locations:
        try:
            part = _locate(archive, base, location, path=path, what="resources")
        except DocumentError:
            continue
        scan_xml(
            read_part(archive, part, path=path, what=WHAT),
            path=path,
            part=part,
            limits=limits,
            start=resources.start,
            end=resources.end,
        )
    return resources


def _ruled_document(
    pieces: Sequence[Piece],
    segments: Sequence,
    text: str,
    *,
    path: str,
    key: str,
    sha256: str,
    read_body,
):
    """The document of the task tables an OFD draws cell by cell and of the text outside them (``laid_out`` page by
    page, its page numbers and a later page's running head left out: ``pdf_tables.printed``), read as a PDF's ruled
    tables are (``pdf_tables.tables_document``); None when it draws no task table. ``text``: the OFD's laid-out
    text (its title is read there)."""
    from reformgraph.loaders.ofd_tables import outside
    from reformgraph.loaders.pdf_tables import page_table, printed, tables_document

    placed: list[int] = []
    laid = laid_out(pieces, placed)[0]
    drawn = drawn_tables(segments, pieces, placed)
    if not drawn:
        return None
    in_tables = {placed[n] for n, p in enumerate(pieces) if not outside(drawn, [p])}
    page_of = {placed[n]: p[0] for n, p in enumerate(pieces)}
    first_page = min(page_of.values(), default=0)
    # the text outside the tables, line for line (a table's lines, a page's number, a later page's running head blank)
    lines = [
        "" if k in in_tables or (k in page_of and not printed([line], page_of[k] != first_page)) else line
        for k, line in enumerate(laid)
    ]
    tables: list[list[list[str]]] = []
    starts: list[int] = []
    header_units: tuple[int, set[int]] = (0, set())
    for at, table in enumerate(drawn):
        top = table.lines[0] if table.lines else 0
        above = any(lines[k].strip() and page_of.get(k) == table.page for k in range(top))
        starts.append(top if above else -1)  # at a page's top: no title of its own
        first = at == 0 or drawn[at - 1].page != table.page
        header_units = page_table(tables, table.rows, header_units, first=first)
    row_lines = [[n + 1 for n in table.lines] for table in drawn]
    return tables_document(
        tables, starts, lines, text, path=path, key=key, sha256=sha256, read_body=read_body, row_lines=row_lines
    )


def read_ofd(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse an OFD document like a .txt document; under a colour legend (``注：责任单位中标红的为牵头单位``), the
    units its text objects fill in that colour (``FillColor``, a ``DrawParam``'s) marked (round 67: before, an OFD's
    colours were read by nobody and every unit led); under a bold or font legend (``加粗的为牵头单位``), the units
    drawn bold or in that font (a ``Weight`` of 700, a bold font) marked (round 67, files35)."""
    from reformgraph.loaders.pdf_tables import may_hold_a_ruled_table
    from reformgraph.loaders.read import parse_text

    segments: list = []
    pieces = ofd_pieces(data, path=path, limits=limits, segments=segments)
    text, breaks = _pages_text(pieces, path=path)
    legend = run_legend(text, colours=True) if may_hold_legend(text, colours=True) else None
    if segments and legend is None and may_hold_a_ruled_table(text):  # a task table drawn cell by cell (round 76)

        def read_body(body: str) -> Document:
            return parse_text(body, path=path, key=key, sha256=sha256, limits=limits)

        doc = _ruled_document(pieces, segments, text, path=path, key=key, sha256=sha256, read_body=read_body)
        if doc is not None:
            return doc
    if legend is not None:
        marked = ofd_text(data, path=path, limits=limits, legend=legend)
        if "**" in marked:
            text = marked_page(marked, legend.mark)

    def drawn() -> list:  # a refusal names what its drawn tables hold and the --columns to read them (round 80)
        return [table.rows for table in drawn_tables(segments, pieces)] if segments else []

    with tables_hinted(drawn, path):
        doc = parse_text(text, path=path, key=key, sha256=sha256, limits=limits, page_breaks=breaks)
    return refused_when_unread(doc, drawn, path)

"""A plan as an OFD file (GB/T 33190-2016 版式文档) as the writers of Chinese e-government lay it out (round 75
meta75): 数科 and 福昕's converters, the 电子公文 exporters.

The package: ``OFD.xml`` (``DocBody``: ``DocInfo``, ``DocRoot``), ``Doc_0/Document.xml`` (``CommonData``: the page
area, ``PublicRes``; ``Pages``), ``Doc_0/PublicRes.xml`` (the fonts), and one ``Doc_0/Pages/Page_N/Content.xml`` a
page (``Content/Layer`` of ``TextObject`` elements: ``Boundary`` in millimetres, ``Font``, ``Size``, and
``TextCode`` with ``X``, ``Y`` and ``DeltaX``, the advance of each character after the first, as ofdrw's
``TextCode`` and ONLYOFFICE's ``CTextCode`` read them). The page is GB/T 9704's: A4, the type area 156 × 225 mm
from 37 mm down and 28 mm in, 22 lines of 28 characters of 仿宋 at 三号; the title (a markdown heading) in 小标宋 at
二号 centred, every other line a paragraph indented two characters and wrapped at the type area's edge (no line
opening with a closing mark: ``printing.wrap``), a blank line an empty line's space, the page number ``- N -``
centred at the foot. Three ways the text objects are written, as writers differ:

- ``0``: one ``TextObject`` a printed line, its characters' advances in ``DeltaX`` (``g 5 5.6``: five advances
  of 5.6 mm, the specification's shorthand);
- ``1``: one ``TextObject`` a character (as some PDF-to-OFD converters write), sized in points under a ``CTM``
  that scales them to millimetres, and the page's objects written bottom line first;
- ``2``: one ``TextObject`` a line whose ``TextCode`` is split mid-line into pieces of a few characters, each at
  its own ``X`` (a run of the source's formatting), the later ones inheriting ``Y``.

The copy's lines are found in the reader's text by ``metamorphic.aligned_where``, as a PDF's are.

>>> from reformgraph.loaders.formats_ofd import ofd_text
>>> data = as_ofd("# 某区方案\\n\\n1.推进改革，全面完成各项任务目标。（牵头单位：区发改委）", 1).data
>>> [line.strip() for line in ofd_text(data, path="x.ofd").split("\\n")]
['某区方案', '1.推进改革，全面完成各项任务目标。（牵头单位：区发改', '委）', '-1-']
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from reformgraph.textwidth import display_width
from support.hostile import OFD_NS
from support.metamorphic import Copy, aligned_where
from support.printing import wrap

PAGE = (210.0, 297.0)  # A4, millimetres
TOP, LEFT, WIDE = 37.0, 28.0, 156.0  # GB/T 9704's type area: its top, its left edge, its width
LINES, CHARACTERS = 22, 28  # a page's lines, a line's characters
BODY = WIDE / CHARACTERS  # 三号 仿宋, a character's width (mm)
PITCH = 225.0 / LINES  # a line's height (mm)
TITLE = 7.8  # 二号 小标宋 (mm)
FOOT = 5.0  # 四号, the page number's size (mm)
HEAD = 3.7  # 五号, a running head's size (mm)
POINT = 0.3528  # millimetres a point: the CTM of variant 1's objects
_FONTS = (
    '<ofd:Font ID="2" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/><ofd:Font ID="3" FontName="方正小标宋简体"/>'
)


def _advance(ch: str, size: float) -> float:
    """A character's advance: a wide one its size, a narrow one half (``textwidth.display_width``).

    >>> _advance("改", 5.6), _advance("1", 5.6)
    (5.6, 2.8)
    """
    return size * display_width(ch) / 2


def _delta_x(advances: list[float]) -> str:
    """``DeltaX`` of advances, runs of one value written ``g N value`` (GB/T 33190's shorthand).

    >>> _delta_x([5.6, 5.6, 5.6, 2.8])
    'g 3 5.6 2.8'
    """
    out: list[str] = []
    k = 0
    while k < len(advances):
        run = 1
        while k + run < len(advances) and advances[k + run] == advances[k]:
            run += 1
        value = f"{advances[k]:g}"
        out.extend(["g", str(run), value] if run > 1 else [value])
        k += run
    return " ".join(out)


# a printed line: (top y, left x, size, font, its text)
Printed = tuple[float, float, float, str, str]


def _printed_lines(text: str) -> list[list[Printed]]:
    """The plan's lines set on pages: a markdown heading a title centred (wrapped at the type area), every other
    line a paragraph indented two characters; a blank line an empty line's space; 22 lines a page."""
    pages: list[list[Printed]] = [[]]
    slot = 0

    def put(x: float, size: float, font: str, words: str) -> None:
        nonlocal slot
        if slot == LINES:
            pages.append([])
            slot = 0
        if words:
            pages[-1].append((TOP + slot * PITCH, x, size, font, words))
        slot += 1

    for line in text.split("\n"):
        if not line.strip():
            put(LEFT, BODY, "2", "")
        elif line.startswith("# "):
            for piece in wrap(line[2:], int(WIDE / TITLE) * 2).split("\n"):
                wide = sum(_advance(ch, TITLE) for ch in piece)
                put(LEFT + (WIDE - wide) / 2, TITLE, "3", piece)
        else:
            words = line.lstrip("#").strip()
            pieces = wrap("国国" + words, CHARACTERS * 2).split("\n")  # two characters' indent, then wrapped
            pieces[0] = pieces[0][2:]
            for k, piece in enumerate(pieces):
                put(LEFT + (2 * BODY if k == 0 else 0), BODY, "2", piece)
    return pages


def _object(serial: int, line: Printed, variant: int) -> list[str]:
    """A printed line's text objects in ``variant``'s way (the module's list)."""
    top, x, size, font, words = line
    advances = [_advance(ch, size) for ch in words]
    wide, high = sum(advances), size * 1.2
    baseline = f"{size * 0.88:.3f}"
    if variant == 1:
        out, at = [], x
        for k, (ch, step) in enumerate(zip(words, advances)):
            points = size / POINT
            out.append(
                f'<ofd:TextObject ID="{serial}{k:03d}" Boundary="{at:.3f} {top:.3f} {step:.3f} {high:.3f}" '
                f'CTM="{POINT} 0 0 {POINT} 0 0" Font="{font}" Size="{points:.2f}"><ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="{points * 0.88:.3f}">{escape(ch)}</ofd:TextCode></ofd:TextObject>'
            )
            at += step
        return out
    if variant == 2:
        codes, start, at = [], 0, 0.0
        while start < len(words):
            end = min(len(words), start + 3 + (start * 7 + serial) % 6)  # pieces of 3 to 8 characters
            y = f' Y="{baseline}"' if start == 0 else ""
            deltas = " ".join(f"{a:g}" for a in advances[start : end - 1])
            codes.append(f'<ofd:TextCode X="{at:.3f}"{y} DeltaX="{deltas}">{escape(words[start:end])}</ofd:TextCode>')
            at += sum(advances[start:end])
            start = end
        inner = "".join(codes)
    else:
        inner = f'<ofd:TextCode X="0" Y="{baseline}" DeltaX="{_delta_x(advances[:-1])}">{escape(words)}</ofd:TextCode>'
    return [
        f'<ofd:TextObject ID="{serial}" Boundary="{x:.3f} {top:.3f} {wide:.3f} {high:.3f}" Font="{font}" '
        f'Size="{size:g}">{inner}</ofd:TextObject>'
    ]


def _page(number: int, lines: list[Printed], variant: int, numbered: bool = True, drawn: list[str] = ()) -> str:
    """One page's ``Content.xml``: its lines' text objects, its number centred at the foot (``numbered``), and
    the objects ``drawn`` (a table's ruling lines)."""
    foot = f"- {number} -"
    wide = sum(_advance(ch, FOOT) for ch in foot)
    printed = [*lines, (PAGE[1] - 28.0, (PAGE[0] - wide) / 2, FOOT, "2", foot)] if numbered else list(lines)
    objects = [o for k, line in enumerate(printed) for o in _object(100 * number + k, line, variant)]
    objects += list(drawn)
    if variant == 1:
        objects.reverse()  # a converter's order: bottom first
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="1">'
        + "".join(objects)
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )


def _template(number: int, title: str) -> str:
    """A page template's ``Content.xml`` (``Doc_0/Tpls/Tpl_N``): the document's title as a running head above the
    type area and the page's number ``- N -`` at its foot, as an exporter sets what Word keeps in a header and a
    footer (the template's text is drawn on the page, under its own content: ``ZOrder="Background"``)."""
    head = title[:30]
    wide = sum(_advance(ch, HEAD) for ch in head)
    foot = f"- {number} -"
    printed = [
        (TOP - 12.0, (PAGE[0] - wide) / 2, HEAD, "2", head),
        (PAGE[1] - 28.0, (PAGE[0] - sum(_advance(ch, FOOT) for ch in foot)) / 2, FOOT, "2", foot),
    ]
    objects = [o for k, line in enumerate(printed) for o in _object(900000 + 10 * number + k, line, 0)]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="1">'
        + "".join(objects)
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )


def _package(pages: list[str], title: str, templated: bool = False) -> bytes:
    """The OFD package of ``pages`` (each page's ``Content.xml``); ``templated``: each page's running head and
    number in a page template of its own (``CommonData/TemplatePage``, the page's ``Template TemplateID``)."""
    tpl_id = 5000
    listed = "".join(f'<ofd:Page ID="{k + 10}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
    templates = (
        "".join(
            f'<ofd:TemplatePage ID="{tpl_id + k}" Name="页{k + 1}" BaseLoc="Tpls/Tpl_{k}/Content.xml"/>'
            for k in range(len(pages))
        )
        if templated
        else ""
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
            f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>6f0a1b2c3d4e5f60718293a4b5c6d7e8</ofd:DocID>"
            f"<ofd:Title>{escape(title)}</ofd:Title><ofd:CreationDate>2024-04-12</ofd:CreationDate>"
            "<ofd:Creator>Suwell OFD Writer</ofd:Creator></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        package.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
            f"<ofd:MaxUnitID>{100 * (len(pages) + 1) * 1000}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>"
            f"0 0 {PAGE[0]:g} {PAGE[1]:g}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
            f"{templates}</ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>",
        )
        package.writestr(
            "Doc_0/PublicRes.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res">'
            f"<ofd:Fonts>{_FONTS}</ofd:Fonts></ofd:Res>",
        )
        for k, content in enumerate(pages):
            if templated:
                content = content.replace(
                    "<ofd:Content>", f'<ofd:Template TemplateID="{tpl_id + k}" ZOrder="Background"/><ofd:Content>', 1
                )
                package.writestr(f"Doc_0/Tpls/Tpl_{k}/Content.xml", _template(k + 1, title))
            package.writestr(f"Doc_0/Pages/Page_{k}/Content.xml", content)
    return out.getvalue()


def as_ofd(text: str, variant: int = 0, templated: bool = False) -> Copy:
    """The plan as an OFD file laid out on GB/T 9704's page, its text objects written in ``variant``'s way (the
    module's list); ``templated``: each page's number, and the title as a running head, drawn by a page template
    (``Doc_0/Tpls/Tpl_N/Content.xml``), not by the page (round 76). A line's copy is found in the reader's text
    (``metamorphic.aligned_where``).

    >>> copy = as_ofd("一、任务\\n\\n1.推进改革（牵头单位：市发改委）", 2)
    >>> copy.suffix, copy.where(3, 0)
    ('.ofd', 2)
    """
    from reformgraph.loaders.formats_ofd import ofd_text

    pages = _printed_lines(text)
    title = next((line[2:] for line in text.split("\n") if line.startswith("# ")), "工作方案")
    contents = [_page(k + 1, lines, variant, numbered=not templated) for k, lines in enumerate(pages)]
    data = _package(contents, title, templated)
    return Copy(data, ".ofd", aligned_where(text, ofd_text(data, path="copy.ofd")))


# ---- a plan's tasks as an OFD table drawn cell by cell (round 76 meta76) ----

CELL_SIZE = 4.233  # 小四 (12 points), a table's text (mm)
CELL_LINE = 6.0  # a cell's line pitch (mm)
PAD, VPAD = 1.5, 1.2  # a cell's padding, left and right, top and bottom (mm)
BOTTOM = TOP + 225.0  # the type area's foot
# the columns' widths (mm, 156 in all): 序号 重点任务 牵头单位 配合单位 完成时限, and with a 类别 column (ledger variant 1)
WIDTHS = {5: (12.0, 70.0, 28.0, 28.0, 18.0), 6: (10.0, 22.0, 56.0, 24.0, 26.0, 18.0)}
RULE = 0.25  # a ruling line's width (mm)


def _cell_lines(value, wide: float) -> list[str]:
    """A cell's value wrapped in a column ``wide`` mm (its padding off), each of its own lines apart.

    >>> _cell_lines("市发改委\\n市财政局", 18.0), _cell_lines(12, 12.0)
    (['市发改', '委', '市财政', '局'], ['12'])
    """
    columns = max(2, int((wide - 2 * PAD) / CELL_SIZE * 2))
    text = "" if value is None else str(value)
    return [piece for piece in wrap(text, columns).split("\n") if piece] if text else []


def _rule(serial: int, x0: float, y0: float, x1: float, y1: float) -> str:
    """A ruling line from (x0, y0) to (x1, y1) as a stroked path (``PathObject``, ``AbbreviatedData``'s ``M`` and
    ``L``), as 数科's converter draws a table's border one segment an object."""
    return (
        f'<ofd:PathObject ID="{serial}" Boundary="{x0:.3f} {y0:.3f} {max(x1 - x0, RULE):.3f} {max(y1 - y0, RULE):.3f}" '
        f'LineWidth="{RULE}"><ofd:StrokeColor Value="0 0 0"/>'
        f"<ofd:AbbreviatedData>M 0 0 L {x1 - x0:.3f} {y1 - y0:.3f}</ofd:AbbreviatedData></ofd:PathObject>"
    )


def _box(serial: int, x0: float, y0: float, x1: float, y1: float) -> str:
    """A cell's border as one closed rectangle (``M``, three ``L``, ``C``), as a cell is drawn by some exporters."""
    w, h = x1 - x0, y1 - y0
    return (
        f'<ofd:PathObject ID="{serial}" Boundary="{x0:.3f} {y0:.3f} {w:.3f} {h:.3f}" LineWidth="{RULE}">'
        f"<ofd:AbbreviatedData>M 0 0 L {w:.3f} 0 L {w:.3f} {h:.3f} L 0 {h:.3f} C</ofd:AbbreviatedData></ofd:PathObject>"
    )


class _TablePages:
    """A table set on pages, row by row: a row that does not fit on the page breaks over it (its cells' first lines
    on this page, the rest on the next, as Word lets a row break across pages), the header repeated on the next
    page (``repeat``); each cell drawn with its borders (``boxes``: one rectangle a cell, else one segment a
    border)."""

    def __init__(self, widths: tuple[float, ...], repeat: bool, boxes: bool):
        self.edges = [LEFT]
        for w in widths:
            self.edges.append(self.edges[-1] + w)
        self.repeat, self.boxes = repeat, boxes
        self.pages: list[tuple[list[Printed], list[tuple[float, float, float, float]]]] = [([], [])]
        self.y = TOP
        self.header: list[list[str]] | None = None
        self.open: dict[int, float] = {}  # a column merged down: the top of its cell on this page
        self.first: tuple[int, float] | None = None  # the row being set: where its first line is printed

    def text(self, line: Printed, right: tuple[float, float, str, str] | None = None) -> None:
        """A line of text outside the table (its title), at the cursor; ``right``: a piece on the same line, (its x,
        size, font, words)."""
        if self.y + PITCH > BOTTOM:
            self._new_page(repeat=False)
        for x, size, font, words in (line[1:], right or (0.0, 0.0, "", "")):
            if words:
                self.pages[-1][0].append((self.y, x, size, font, words))
        self.y += PITCH

    def _new_page(self, repeat: bool = True) -> None:
        self._close_merged()
        self.pages.append(([], []))
        self.y = TOP
        if repeat and self.repeat and self.header is not None:
            first = self.first  # (the header repeated is no part of the row being set)
            self._row(self.header, (), set())
            self.first = first

    def _close_merged(self) -> None:
        for k, top in self.open.items():
            self.pages[-1][1].append((self.edges[k], top, self.edges[k + 1], self.y))
        self.open = {}

    def row(
        self,
        cells: list,
        across: bool = False,
        merged: frozenset[int] = frozenset(),
        ends: frozenset[int] = frozenset(),
    ):
        """A row of ``cells`` (``across``: its first cell spans the table; ``merged``: columns whose cell goes on
        from the row above, empty; ``ends``: columns whose merged cell ends with this row)."""
        spans = [(self.edges[0], self.edges[-1])] if across else list(zip(self.edges, self.edges[1:]))
        lines = [_cell_lines(c, x1 - x0) for c, (x0, x1) in zip(cells, spans)]
        if self.header is None:
            self.header = lines
        self.first = None
        self._row(lines, ends, set(merged), spans)
        return self.first

    def _row(self, lines: list[list[str]], ends, merged: set[int], spans=None) -> None:
        spans = spans or list(zip(self.edges, self.edges[1:]))
        while True:
            high = max((len(c) for c in lines), default=1) or 1
            room = int((BOTTOM - self.y - 2 * VPAD) // CELL_LINE)
            if high <= room:
                self._set(lines, spans, high, ends, merged)
                return
            if room >= 1 and self.y > TOP + 1.0:  # the row breaks over the page: its cells' first lines here
                self._set([c[:room] for c in lines], spans, room, (), merged)
                lines = [c[room:] for c in lines]
            self._new_page()

    def _set(self, lines, spans, high: int, ends, merged: set[int]) -> None:
        bottom = self.y + high * CELL_LINE + 2 * VPAD
        printed, cells = self.pages[-1]
        if self.first is None:  # where the row's first line is printed: its page (1-based) and the line's top
            self.first = (len(self.pages), self.y + VPAD)
        for k, ((x0, x1), own) in enumerate(zip(spans, lines)):
            for n, words in enumerate(own):
                printed.append((self.y + VPAD + n * CELL_LINE, x0 + PAD, CELL_SIZE, "2", words))
            if k in merged or k in ends:
                self.open.setdefault(k, self.y)
                if k in ends:
                    cells.append((x0, self.open.pop(k), x1, bottom))
                continue
            cells.append((x0, self.y, x1, bottom))
        self.y = bottom

    def contents(self, templated: bool) -> list[str]:
        """Each page's ``Content.xml``."""
        self._close_merged()
        out = []
        for number, (printed, cells) in enumerate(self.pages, 1):
            drawn: list[str] = []
            if self.boxes:
                drawn = [_box(700000 + 1000 * number + k, *cell) for k, cell in enumerate(cells)]
            else:
                seen: set[tuple] = set()
                for x0, y0, x1, y1 in cells:
                    for edge in ((x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)):
                        key = tuple(round(v, 2) for v in edge)
                        if key not in seen:
                            seen.add(key)
                            drawn.append(_rule(700000 + 1000 * number + len(drawn), *edge))
            out.append(_page(number, printed, 0, numbered=not templated, drawn=drawn))
        return out


def as_ofd_table(text: str, tasks: list[dict], variant: int = 0) -> Copy | None:
    """The plan's tasks as an office's task table (``metamorphic.ledger_of``'s, its ``variant``) printed to OFD: the
    table's title centred and its 填报单位 and 填报日期 line above a table drawn cell by cell (``PathObject`` ruling lines, the
    cells' lines ``TextObject``s inside them, at 小四), its cells wrapped in their columns, a row breaking over a
    page; ``variant`` 0: the parts' rows merged across, each border a segment, the header repeated on each page;
    ``variant`` 1: a 类别 column merged down, each cell a rectangle, the header not repeated, the running head and
    page number in page templates. None when a task names no lead. A task's copy is the line of the reader's
    laid-out text where its row's first line stands (``_lines_printed``: a table's row's line in an OFD).

    >>> plan = "---\\n标题: 某区方案\\n---\\n一、任务\\n1.推进改革。（牵头单位：区发改委）"
    >>> task = {"line": 5, "text": "推进改革", "leads": ["区发改委"], "supports": [], "deadline_raw": None}
    >>> copy = as_ofd_table(plan, [task])
    >>> copy.suffix, copy.where(5, 8)
    ('.ofd', 6)
    """
    from support.metamorphic import ledger_of

    ledger = ledger_of(text, tasks, variant)
    if ledger is None:
        return None
    table = _TablePages(WIDTHS[len(ledger.header)], repeat=variant == 0, boxes=variant == 1)
    for piece in wrap(ledger.title, int(WIDE / TITLE) * 2).split("\n"):
        table.text((0.0, LEFT + (WIDE - sum(_advance(ch, TITLE) for ch in piece)) / 2, TITLE, "3", piece))
    filled, _, dated = ledger.filled.partition("  ")  # 填报单位 at the left, 填报日期 at the right (小四)
    dated = dated.strip()
    wide = sum(_advance(ch, CELL_SIZE) for ch in dated)
    if sum(_advance(ch, CELL_SIZE) for ch in filled) + wide + 2 * CELL_SIZE > WIDE:
        table.text((0.0, LEFT, CELL_SIZE, "2", filled))
        filled = ""
    table.text((0.0, LEFT, CELL_SIZE, "2", filled), (LEFT + WIDE - wide, CELL_SIZE, "2", dated))
    table.row(list(ledger.header))
    merged_rows = {k: (first, last) for first, last in ledger.down for k in range(first, last + 1)}
    printed_at = []
    for k, row in enumerate(ledger.rows):
        span = merged_rows.get(k)
        merged = frozenset({1}) if span and k > span[0] else frozenset()
        ends = frozenset({1}) if span and k == span[1] else frozenset()
        opens = frozenset({1}) if span and k == span[0] and k != span[1] else frozenset()
        printed_at.append(table.row(row, across=k in ledger.across, merged=merged | opens, ends=ends))
    data = _package(table.contents(templated=variant == 1), ledger.title, templated=variant == 1)
    line_of = _lines_printed(data, printed_at)
    return Copy(data, ".ofd", lambda line, column: line_of[ledger.row_of[(line, column)]])


def _lines_printed(data: bytes, printed_at: list[tuple[int, float]]) -> list[int]:
    """The 1-based line of the OFD's laid-out text (``formats_ofd.laid_out``, as the reader lays it out) where each
    row's first line, printed at (page, top), stands: a table's row's line in an OFD (round 58 files22's choice)."""
    from reformgraph.loaders.formats_ofd import laid_out, ofd_pieces

    pieces = ofd_pieces(data, path="copy.ofd")
    placed: list[int] = []
    laid_out(pieces, placed)
    at = {(p[0], round(p[1] - CELL_SIZE * 0.88, 2)): placed[n] + 1 for n, p in enumerate(pieces)}
    return [at[(page, round(top, 2))] for page, top in printed_at]

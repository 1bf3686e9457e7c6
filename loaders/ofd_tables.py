"""Task tables an OFD draws cell by cell, read from their ruling lines (round 76 meta76).

An OFD printed from Word or WPS (数科's, 福昕's converters, the 电子公文 exporters) draws a table's borders as
``PathObject`` elements (``AbbreviatedData``: ``M x y`` moves, ``L x y`` lines, ``C`` closes; a segment an object,
or a cell's rectangle) and each line of a cell's text as a ``TextObject`` inside it. Read as laid-out text
(``formats_ofd.laid_out``), a cell wrapped over several lines is cut line by line among its neighbours and a row
broken over a page is two rows. Here the grid the borders draw is found as pdfplumber finds a PDF's (its lattice
method: the lines' crossings, and each smallest rectangle of crossings joined by drawn lines a cell), each piece of
text goes to the cell holding it, and the tables are read as a PDF's ruled tables are (``pdf_tables.page_table``,
``pdf_tables.tables_document``: a cell's lines joined, a table going on over a page one table, a row broken over a
page one row, a cell merged down filled). Used only when the text names a task table's columns
(``pdf_tables.may_hold_a_ruled_table``) and the pages draw lines; what it cannot read is read as text, as before.

>>> segments = [(1, 10.0, y, 50.0, y) for y in (10.0, 20.0, 30.0)] + [(1, x, 10.0, x, 30.0) for x in (10.0, 30.0, 50.0)]
>>> [(t.page, t.top, t.rows) for t in drawn_tables(segments, [(1, 16.0, 12.0, 4.0, "序号"), (1, 26.0, 32.0, 4.0, "甲")])]
[(1, 10.0, [['序号', ''], ['', '甲']])]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reformgraph.loaders.wrapped import NO_LINE_START

# (page, x0, y0, x1, y1): a straight ruling line, millimetres, y downwards
Segment = tuple[int, float, float, float, float]
# (page, baseline y, x, font size, text): formats_ofd's piece of positioned text
Piece = tuple[int, float, float, float, str]
_TOLERANCE = 0.6  # mm: lines this close are one (a border drawn twice, by each of two cells), and meet when this near
_STRAIGHT = 0.3  # mm: a line leaning less than this is horizontal or vertical
_THIN = 1.0  # mm: a filled rectangle thinner than this is a ruling line
_MOST_SEGMENTS = 8000  # a page's ruling lines read at most (a drawing, a hatch: no table is read of it)
_MOST_CROSSINGS = 10_000  # a page's lines, across × down once merged, looked at for crossings at most (a task
# table's page: some 30 rows' lines across, 10 columns' down)
_NO_LINE_END = frozenset("（《“‘【〔「『([")  # what a page keeps off a line's end (避尾)
_COMMAND = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass(frozen=True)
class DrawnTable:
    """A table a page draws: its page, its top (mm), and its rows of cells' texts (a cell's lines apart by
    ``\\n``; None where a cell merged across or down covers it, as pdfplumber's ``extract`` gives them)."""

    page: int
    top: float
    bottom: float
    rows: list[list[str | None]]
    lines: tuple[int, ...] = ()  # each row's 0-based line in the laid-out text (its first), when asked


def path_segments(
    data: str, origin: tuple[float, float], ctm: Sequence[float] | None, page: int, *, filled: bool = False
) -> list[Segment]:
    """The straight horizontal and vertical lines a ``PathObject``'s ``AbbreviatedData`` draws, on the page (its
    ``Boundary``'s ``origin``, its ``CTM``); a curve, a slanted line, is none. ``filled``: the path is filled, not
    stroked: a rectangle thinner than ``_THIN`` is a ruling line drawn as a filled bar (along its middle).

    >>> path_segments("M 0 0 L 20 0 L 20 8 L 0 8 C", (10.0, 30.0), None, 1)
    [(1, 10.0, 30.0, 30.0, 30.0), (1, 30.0, 30.0, 30.0, 38.0), (1, 10.0, 38.0, 30.0, 38.0), (1, 10.0, 30.0, 10.0, 38.0)]
    >>> path_segments("M 0 0 L 40 0.2 L 40 0 L 0 0.2 C", (5.0, 5.0), None, 2, filled=True)
    [(2, 5.0, 5.1, 45.0, 5.1)]
    >>> path_segments("M 0 0 B 1 1 2 2 3 3", (0.0, 0.0), None, 1), path_segments("M 0 0 L 5 7", (0.0, 0.0), None, 1)
    ([], [])
    """
    points: list[list[tuple[float, float]]] = []  # each sub-path's points, straight lines only
    tokens = _COMMAND.findall(data)
    k, command = 0, ""
    while k < len(tokens):
        if tokens[k].isalpha():
            command = tokens[k].upper()
            k += 1
            if command == "C" and points and len(points[-1]) > 1:
                points[-1].append(points[-1][0])
            continue
        count = {"M": 2, "S": 2, "L": 2, "Q": 4, "B": 6, "A": 7}.get(command, 0)
        values = tokens[k : k + count]
        if not count or len(values) < count or any(v.isalpha() for v in values):
            return []  # a command we do not know or cut short: nothing is read of this path
        k += count
        x, y = float(values[-2]), float(values[-1])
        if ctm is not None:
            a, b, c, d, e, f = ctm
            x, y = a * x + c * y + e, b * x + d * y + f
        at = (origin[0] + x, origin[1] + y)
        if command in ("M", "S") or not points:
            points.append([at])
        elif command == "L":
            points[-1].append(at)
        else:
            points.append([at])  # a curve: no ruling line; the next line starts where it ends
    out: list[Segment] = []
    for run in points:
        for (x0, y0), (x1, y1) in zip(run, run[1:]):
            if abs(y1 - y0) <= _STRAIGHT and abs(x1 - x0) > _STRAIGHT:
                out.append((page, min(x0, x1), (y0 + y1) / 2, max(x0, x1), (y0 + y1) / 2))
            elif abs(x1 - x0) <= _STRAIGHT and abs(y1 - y0) > _STRAIGHT:
                out.append((page, (x0 + x1) / 2, min(y0, y1), (x0 + x1) / 2, max(y0, y1)))
    if filled and out:  # a thin filled bar: its middle line
        xs = [v for s in out for v in (s[1], s[3])]
        ys = [v for s in out for v in (s[2], s[4])]
        wide, high = max(xs) - min(xs), max(ys) - min(ys)
        if high < _THIN <= wide:
            middle = round((min(ys) + max(ys)) / 2, 3)
            return [(page, min(xs), middle, max(xs), middle)]
        if wide < _THIN <= high:
            middle = round((min(xs) + max(xs)) / 2, 3)
            return [(page, middle, min(ys), middle, max(ys))]
        return []  # a filled shape (a cell's shading, a seal): no ruling line
    return out


def _merged(lines: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Lines ``(at, start, end)`` along one axis, those at one place (within ``_TOLERANCE``) that touch or overlap
    made one.

    >>> _merged([(10.0, 0.0, 20.0), (10.2, 20.0, 40.0), (30.0, 0.0, 5.0)])
    [(10.0, 0.0, 40.0), (30.0, 0.0, 5.0)]
    """
    out: list[tuple[float, float, float]] = []
    for at, start, end in sorted(lines):
        # (sorted by place, then start: a line it meets is among the last few at its place)
        same = next(
            (
                k
                for k in range(len(out) - 1, max(-1, len(out) - 9), -1)
                if abs(out[k][0] - at) <= _TOLERANCE
                and out[k][1] - _TOLERANCE <= end
                and start <= out[k][2] + _TOLERANCE
            ),
            None,
        )
        if same is not None:
            a, s, e = out[same]
            out[same] = (a, min(s, start), max(e, end))
        else:
            out.append((at, start, end))
    return out


def _covered(lines: dict[float, list[tuple[float, float]]], at: float, start: float, end: float) -> bool:
    """Whether a line of ``lines`` (their spans by place) at ``at`` runs from ``start`` to ``end``."""
    return any(s - _TOLERANCE <= start and end <= e + _TOLERANCE for s, e in lines.get(at, ()))


def _cells(segments: Sequence[Segment]) -> list[tuple[float, float, float, float]]:
    """The cells one page's ruling lines draw: each smallest rectangle whose corners are crossings of the lines and
    whose sides are drawn (pdfplumber's lattice method).

    >>> grid = [(1, 0.0, y, 20.0, y) for y in (0.0, 10.0)] + [(1, x, 0.0, x, 10.0) for x in (0.0, 8.0, 20.0)]
    >>> _cells(grid)
    [(0.0, 0.0, 8.0, 10.0), (8.0, 0.0, 20.0, 10.0)]

    Bounded: lines whose crossings would pass ``_MOST_CROSSINGS`` (a hatching) draw no cell.

    >>> _cells([(1, 0.0, y, 500.0, y) for y in range(0, 505, 5)] + [(1, x, 0.0, x, 500.0) for x in range(0, 505, 5)])
    []
    """
    across = _merged([(s[2], s[1], s[3]) for s in segments if s[2] == s[4]])
    down = _merged([(s[1], s[2], s[4]) for s in segments if s[1] == s[3]])
    if len(across) * len(down) > _MOST_CROSSINGS:
        return []  # a hatching, a drawing: no table is read of it (and its crossings are not counted)
    spans_across: dict[float, list[tuple[float, float]]] = {}
    for y, x0, x1 in across:
        spans_across.setdefault(y, []).append((x0, x1))
    spans_down: dict[float, list[tuple[float, float]]] = {}
    for x, y0, y1 in down:
        spans_down.setdefault(x, []).append((y0, y1))
    corners = {
        (x, y)
        for y, x0, x1 in across
        for x, y0, y1 in down
        if x0 - _TOLERANCE <= x <= x1 + _TOLERANCE and y0 - _TOLERANCE <= y <= y1 + _TOLERANCE
    }
    rows: dict[float, list[float]] = {}  # a crossing's y → the xs of the crossings on it
    columns: dict[float, list[float]] = {}
    for x, y in sorted(corners):
        rows.setdefault(y, []).append(x)
        columns.setdefault(x, []).append(y)
    cells = []
    for x, y in sorted(corners):
        right = rows[y][bisect_right(rows[y], x) :]
        below = columns[x][bisect_right(columns[x], y) :]
        cell = next(
            (
                (x, y, x1, y1)
                for y1 in below
                if _covered(spans_down, x, y, y1)
                for x1 in right
                if (x1, y1) in corners
                and _covered(spans_across, y, x, x1)
                and _covered(spans_down, x1, y, y1)
                and _covered(spans_across, y1, x, x1)
            ),
            None,
        )
        if cell is not None:
            cells.append(cell)
    return cells


def _tables(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """The cells grouped in tables: cells sharing a corner are one table's; tables top to bottom."""
    owner: dict[tuple[float, float], int] = {}
    groups: list[list[int]] = []
    for k, (x0, y0, x1, y1) in enumerate(cells):
        mine = {owner[c] for c in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)) if c in owner}
        if mine:
            keep = min(mine)
            for other in sorted(mine - {keep}):
                groups[keep].extend(groups[other])
                for j in groups[other]:
                    c = cells[j]
                    owner.update(dict.fromkeys(((c[0], c[1]), (c[2], c[1]), (c[0], c[3]), (c[2], c[3])), keep))
                groups[other] = []
        else:
            keep = len(groups)
            groups.append([])
        groups[keep].append(k)
        owner.update(dict.fromkeys(((x0, y0), (x1, y0), (x0, y1), (x1, y1)), keep))
    tables = [[cells[j] for j in group] for group in groups if group]
    return sorted(tables, key=lambda t: min(c[1] for c in t))


def printed_width(text: str, size: float) -> float:
    """Approximate printed width of ``text`` at font ``size``: a CJK character is one font size wide, others half
    (the OFD reader's lines and cells alike).

    >>> printed_width("市局A1", 10.0)
    30.0
    """
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text) * size


def _holding(cells: list[tuple[float, float, float, float]], piece: Piece) -> int | None:
    """The cell holding a piece of text: the one its first character's middle is in."""
    _, baseline, x, size, text = piece
    middle_x = x + min(printed_width(text[:1], size), size) / 2
    middle_y = baseline - size * 0.35
    return next((k for k, (x0, y0, x1, y1) in enumerate(cells) if x0 <= middle_x <= x1 and y0 <= middle_y <= y1), None)


def _cell_text(pieces: list[Piece], box: tuple[float, float, float, float] | None = None) -> str:
    """A cell's pieces as its text: pieces on one baseline (within half a font size) joined left to right, the
    lines top to bottom apart by ``\\n``. In the cell's ``box``, a line that ends short of its right edge, where the
    next line's first character would have fitted (the cell's padding the same on both sides), ends a paragraph: a
    line break typed in the cell (Alt+Enter, one unit a line), set apart by a blank line (``pdf_tables._joined``
    parts two units there) from a line the cell wraps.

    >>> _cell_text([(1, 20.0, 5.0, 4.0, "管理局"), (1, 14.0, 15.0, 4.0, "督"), (1, 14.0, 5.0, 4.0, "县市场监")])
    '县市场监督\\n管理局'
    >>> _cell_text([(1, 14.0, 5.0, 4.0, "经济技术"), (1, 20.0, 5.0, 4.0, "开发区"), (1, 26.0, 5.0, 4.0, "九里亭街"),
    ...             (1, 32.0, 5.0, 4.0, "道")], (3.5, 8.0, 24.5, 40.0))
    '经济技术\\n开发区\\n\\n九里亭街\\n道'

    Not where the line's room is less than a character and a half, nor where the next line opens with a mark a line
    may not end with (``各县`` / ``（市、区）``):

    >>> _cell_text([(1, 14.0, 5.0, 4.0, "经济技术"), (1, 20.0, 5.0, 4.0, "开发区各"), (1, 26.0, 5.0, 4.0, "县")], (3.5, 8.0, 22.5, 40.0))
    '经济技术\\n开发区各\\n县'
    >>> _cell_text([(1, 14.0, 5.0, 4.0, "经济技术"), (1, 20.0, 5.0, 4.0, "各县"), (1, 26.0, 5.0, 4.0, "（市）")], (3.5, 8.0, 22.5, 40.0))
    '经济技术\\n各县\\n（市）'
    """
    lines: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (p[1], p[2])):
        if lines and abs(piece[1] - lines[-1][0][1]) <= max(piece[3], 1.0) / 2:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    lines = [sorted(line, key=lambda p: p[2]) for line in lines]
    texts = ["".join(p[4] for p in line) for line in lines]
    if box is None or len(lines) < 2:
        return "\n".join(texts)
    right = box[2] - (min(line[0][2] for line in lines) - box[0])  # the padding on the left, taken on the right too
    out = texts[0]
    for line, below, text in zip(lines, lines[1:], texts[1:]):
        end = line[-1][2] + printed_width(line[-1][4], line[-1][3])
        first = below[0]
        # (the next line's first character brought down with a closing mark a line may not open with, or an opening
        # mark a line may not end with: 避头尾)
        kept_off = text[1:2] in NO_LINE_START or text[:1] in _NO_LINE_END
        # room for a character and a half: a line's width is estimated (a quotation mark is drawn wide or narrow)
        short = not kept_off and end + 1.5 * first[3] <= right
        out += ("\n\n" if short else "\n") + text
    return out


def drawn_tables(
    segments: Sequence[Segment], pieces: Sequence[Piece], placed: Sequence[int] | None = None
) -> list[DrawnTable]:
    """The tables the pages' ruling lines draw (two rows of cells at least, or one row at a page's top drawn in the
    columns of the page before's last table: its last row, alone on its page, round 77), each cell's text the pieces
    it holds; page by page, top to bottom. A table's rows are its cells' distinct tops, its columns their distinct left
    edges; a cell spanning rows or columns gives None where it covers them (as pdfplumber's ``extract``). With
    ``placed`` (each piece's line in the laid-out text, ``formats_ofd.laid_out``), each row's first line (an empty
    row's, the row's above)."""
    by_page: dict[int, list[Segment]] = {}
    for s in segments:
        by_page.setdefault(s[0], []).append(s)
    out: list[DrawnTable] = []
    edges: list[float] = []  # the last table's columns' left edges
    for page in sorted(by_page):
        if len(by_page[page]) > _MOST_SEGMENTS:
            continue
        own = [n for n, p in enumerate(pieces) if p[0] == page]
        for at, table in enumerate(_tables(_cells(by_page[page]))):
            tops = sorted({c[1] for c in table})
            lefts = sorted({c[0] for c in table})
            if len(tops) < 2 and not (at == 0 and out and out[-1].page == page - 1 and _same_edges(lefts, edges)):
                continue  # one row is a table only where it goes on from the page before's (its last row)
            edges = lefts
            held: dict[int, list[int]] = {}
            for n in own:
                k = _holding(table, pieces[n])
                if k is not None:
                    held.setdefault(k, []).append(n)
            rows: list[list[str | None]] = [[None] * len(lefts) for _ in tops]
            firsts: list[int | None] = [None] * len(tops)
            for k, (x0, y0, _, _) in enumerate(table):
                row = tops.index(y0)
                rows[row][lefts.index(x0)] = _cell_text([pieces[n] for n in held.get(k, [])], table[k])
                if placed is not None and held.get(k):
                    first = min(placed[n] for n in held[k])
                    firsts[row] = first if firsts[row] is None else min(first, firsts[row])
            lines: list[int] = []
            if placed is not None:
                for first in firsts:
                    lines.append(first if first is not None else lines[-1] if lines else 0)
            out.append(DrawnTable(page, tops[0], max(c[3] for c in table), rows, tuple(lines)))
    return out


def _same_edges(lefts: Sequence[float], edges: Sequence[float]) -> bool:
    """Whether two rows of columns' left edges are the same columns (within ``_TOLERANCE``).

    >>> _same_edges([10.0, 30.0], [10.2, 29.8]), _same_edges([10.0, 30.0], [10.0, 40.0]), _same_edges([10.0], [])
    (True, False, False)
    """
    return len(lefts) == len(edges) and all(abs(a - b) <= _TOLERANCE for a, b in zip(lefts, edges, strict=True))


def outside(tables: Sequence[DrawnTable], pieces: Sequence[Piece]) -> list[Piece]:
    """The pieces of text no table holds (the title above a table, the paragraphs, the page's number).

    >>> outside([DrawnTable(1, 10.0, 30.0, [])], [(1, 8.0, 5.0, 4.0, "标题"), (1, 20.0, 5.0, 4.0, "甲"), (2, 20.0, 5.0, 4.0, "乙")])
    [(1, 8.0, 5.0, 4.0, '标题'), (2, 20.0, 5.0, 4.0, '乙')]
    """
    return [p for p in pieces if not any(t.page == p[0] and t.top <= p[1] - p[3] * 0.35 <= t.bottom for t in tables)]

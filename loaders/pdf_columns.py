"""Pages set in two columns (a gazette's, a bulletin's: 政府公报 prints its plans so) read column by column.

pypdf's layout mode lays a page out line by line across its whole width, so the two columns of a gazette page
come out side by side and every line joins the end of a left-column line to the start of a right-column one
(``…清淤疏浚，消除黑臭水   12.开展餐饮油烟专项治理…``): tasks, units and deadlines of two items run together.
Here the text pieces pypdf finds (its own first step) are looked at before they are laid out: when a blank strip
near the middle of the page parts them into two columns of prose, each column is laid out on its own, the left
one first (round 41). Everything else is laid out as pypdf lays it out.
"""

from __future__ import annotations

# A piece of text on a page: (left x, right x, baseline y, font size). y grows upwards, as in PDF.
Piece = tuple[float, float, float, float]

_MIN_PIECES = 12  # a few lines a side at least: a short page is not a gazette's
_BAND = (0.42, 0.58)  # where the gutter lies, as a share of the text's width: columns of one width (a table's differ)
_ALIGNED = 0.6  # the share of a column's lines that start at its left edge (prose: all but indented first lines)


def laid_out(page, legend=None) -> str | None:
    """The page's text as pypdf's layout mode gives it, but column by column on a page set in two columns;
    None when pypdf's steps cannot be run here (the caller then asks pypdf for its layout text). Under a legend
    (``run_formats.RunLegend``) the text drawn in its format is written between ``**`` (``pdf_formats.marked_fonts``,
    ``pdf_formats.unshifted``).

    >>> laid_out(object()) is None
    True
    """
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ArrayObject, ContentStream, StreamObject

        from reformgraph.loaders.pdf_order import text_groups

        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if not isinstance(contents, ArrayObject | StreamObject):
            return ""
        operations = iter(ContentStream(contents, page.pdf, "bytes").operations)
        fonts = page._layout_mode_fonts()
        if legend is not None:
            from reformgraph.loaders.pdf_formats import (
                colour_spaces,
                coloured_in_format,
                marked_fonts,
                stroked_as_bold,
                unshifted,
            )

            fonts = marked_fonts(fonts, legend)
            if legend.colour:
                spaces = colour_spaces(page.get("/Resources"))  # /CS0 cs 1 sc read in its space (files35)
                operations = coloured_in_format(operations, fonts, legend.colour, spaces)
            else:
                operations = stroked_as_bold(operations, fonts)
        groups = text_groups(operations, fonts)  # each line's pieces in their order on the page (round 72)
        if not groups:
            return ""
        char_width = _layout_mode.fixed_char_width(groups, 1.25)

        def lay_out(part: list) -> str:
            groups = _layout_mode.y_coordinate_groups(clipped_apart(part))
            text = _layout_mode.fixed_width_page(groups, char_width, True, 1)
            return text if legend is None else unshifted(text)

        pieces = [(g["tx"], g["displaced_tx"], g["ty"] * g["flip_sort"], g["font_size"]) for g in groups]
        columns = two_columns(pieces)
        if columns is None:
            return lay_out(groups)
        head, left, right, foot = ([groups[i] for i in part] for part in columns)
        shift = min(g["tx"] for g in right) - min(g["tx"] for g in left)
        right = [{**g, "tx": g["tx"] - shift, "displaced_tx": g["displaced_tx"] - shift} for g in right]
        return "\n".join(lay_out(part) for part in (head, left, right, foot) if part)
    except Exception:  # noqa: BLE001 - pypdf's private steps changed or failed: its public layout reading is used
        return None


_CLIP_OVERLAP = 1.0  # points: how far a piece must run into the next one on its line to be clipped there


def clipped_apart(groups: list[dict]) -> list[dict]:
    """``groups`` (pypdf's text pieces, in the page's order) with two spaces put between two pieces of one line where
    the first runs into the second (round 47): a sheet's cell too narrow for its text, printed with the text clipped
    at the cell's edge (LibreOffice keeps the glyph the edge cuts), so that its last glyph overlaps the next cell.
    pypdf pads no space before a piece that starts inside the one before it, and the two cells read as one word
    (``区住房城乡建各街道办事处``). Pieces of prose meet end to start, and are left as they are.

    >>> piece = {"ty": 700.0, "flip_sort": 1, "font_height": 10.0}
    >>> cells = [{**piece, "tx": 147.0, "displaced_tx": 213.0, "text": "区住房城乡建"},
    ...          {**piece, "tx": 210.0, "displaced_tx": 276.0, "text": "各街道办事处"}]
    >>> [g["text"] for g in clipped_apart(cells)]
    ['区住房城乡建', '  ', '各街道办事处']
    >>> prose = [{**piece, "tx": 35.0, "displaced_tx": 112.0, "text": "新建公办幼儿园"},
    ...          {**piece, "tx": 112.0, "displaced_tx": 119.0, "text": "2"}]
    >>> clipped_apart(prose) == prose
    True
    """
    out: list[dict] = []
    before = None  # the piece drawn last (a sheet's cells are drawn one after the other, left to right)
    for g in groups:
        if before is not None and g["text"].strip() and g["ty"] == before["ty"]:
            start, end = before["tx"], before["displaced_tx"]
            # the piece starts inside the one before, short of its end: not a bold's second stroke (drawn a hair to
            # the right of the first), not the next word of a line (which starts at the end)
            if start + _CLIP_OVERLAP < g["tx"] < end - _CLIP_OVERLAP:
                out.append({**g, "text": "  ", "tx": g["tx"] - 0.01, "displaced_tx": g["tx"] - 0.01})
        out.append(g)
        if g["text"].strip():
            before = g
    return out


def two_columns(pieces: list[Piece]) -> tuple[list[int], list[int], list[int], list[int]] | None:
    """The indexes of the pieces above the columns (a title across the page), of the left column, of the right
    one and of those below them (a page number in the middle of the foot), when one blank strip near the middle
    parts the page's lines into two columns of prose; else None (one column, or a table: its columns leave
    several strips, or lines that do not start at their column's edge).

    >>> line = lambda y: [(0, 190, y, 11), (220, 410, y, 11)]
    >>> page = [(0, 410, 800, 16)] + [p for y in range(700, 500, -15) for p in line(y)] + [(200, 215, 40, 9)]
    >>> head, left, right, foot = two_columns(page)
    >>> head, left[:3], right[:3], foot
    ([0], [1, 3, 5], [2, 4, 6], [29])
    >>> two_columns([(0, 410, y, 11) for y in range(700, 500, -15)]) is None  # one column
    True
    >>> row = lambda y: [(0, 30, y, 11), (60, 190, y, 11), (220, 300, y, 11), (330, 410, y, 11)]
    >>> two_columns([p for y in range(700, 500, -15) for p in row(y)]) is None  # a table without borders
    True
    """
    if len(pieces) < _MIN_PIECES:
        return None
    low = int(min(p[0] for p in pieces))
    width = int(max(p[1] for p in pieces)) - low
    if width <= 0:
        return None
    size = sorted(p[3] for p in pieces)[len(pieces) // 2]  # the body's font size
    cover = _lines_covering(pieces, low, width)
    lines = len({round(p[2]) for p in pieces})
    # a gutter is crossed only by what runs across the page above or below the columns (a title, a page number):
    # a few lines; a column's text covers most of them
    strips = _strips(cover, max(min(cover[int(_BAND[0] * width) : int(_BAND[1] * width) + 1]), lines // 5), size)
    middle = [(a, b) for a, b in strips if _BAND[0] * width <= (a + b) / 2 <= _BAND[1] * width]
    if len(strips) != 1 or len(middle) != 1:  # a table's columns leave several strips; prose in one column none
        return None
    gutter = low + (middle[0][0] + middle[0][1]) / 2
    across_lines = {round(p[2]) for p in pieces if p[0] < gutter < p[1]}  # a title's line: its pieces both sides
    right_top = max((p[2] for p in pieces if p[0] >= gutter and round(p[2]) not in across_lines), default=0)
    head = [i for i, p in enumerate(pieces) if p[2] > right_top + 1]  # a running head, the title, the addressee
    body = [i for i, p in enumerate(pieces) if p[2] <= right_top + 1]
    left = [i for i in body if pieces[i][1] <= gutter and round(pieces[i][2]) not in across_lines]
    right = [i for i in body if pieces[i][0] >= gutter and round(pieces[i][2]) not in across_lines]
    across = [i for i in body if round(pieces[i][2]) in across_lines]
    if len(left) < _MIN_PIECES // 2 or len(right) < _MIN_PIECES // 2:
        return None
    bottom = min(pieces[i][2] for i in left + right)
    foot = [i for i in across if pieces[i][2] < bottom]  # a page number in the middle of the foot
    if len(foot) != len(across):
        return None  # something across the gutter between the columns' top and bottom: not two columns of one flow
    if not (_starts_aligned(pieces, left, size) and _starts_aligned(pieces, right, size)):
        return None
    return head, left, right, foot


def _lines_covering(pieces: list[Piece], low: int, width: int) -> list[int]:
    """For each point across the text's width, the number of lines (pieces on one baseline) drawn over it.

    >>> _lines_covering([(0, 3, 10, 1), (2, 5, 10, 1), (1, 2, 20, 1)], 0, 6)
    [1, 2, 1, 1, 1, 0, 0]
    """
    change = [0] * (width + 2)
    lines: dict[int, list[tuple[int, int]]] = {}
    for x0, x1, y, _ in pieces:
        lines.setdefault(round(y), []).append((int(x0) - low, int(x1) - low))
    for spans in lines.values():
        reach = -1
        for a, b in sorted(spans):  # the union of the line's pieces: each point counted once a line
            a = max(a, reach)
            if b > a:
                change[a] += 1
                change[b] -= 1
                reach = b
    counts, running = [], 0
    for step in change[: width + 1]:
        running += step
        counts.append(running)
    return counts


def _strips(cover: list[int], most: int, size: float) -> list[tuple[int, int]]:
    """The runs of points crossed by ``most`` lines or fewer, a character wide at least, inside the text's edges.

    >>> _strips([3, 3, 0, 0, 0, 3, 1, 3], 1, 2)
    [(2, 5)]
    """
    runs, begin = [], None
    for x, count in enumerate(cover):
        if count <= most and begin is None:
            begin = x
        elif count > most and begin is not None:
            if x - begin >= size:
                runs.append((begin, x))
            begin = None
    return runs  # a run reaching the right edge is the text's margin, not a strip between columns


def _starts_aligned(pieces: list[Piece], column: list[int], size: float) -> bool:
    """Whether most lines of a column start at its left edge (two characters' indent allowed), as prose does; a
    table's cells, centred or short, start anywhere.

    >>> _starts_aligned([(0, 90, 10, 10), (20, 90, 20, 10), (60, 90, 30, 10)], [0, 1, 2], 10)
    True
    """
    starts: dict[float, float] = {}
    for i in column:
        x0, _, y, _ = pieces[i]
        starts[y] = min(starts.get(y, x0), x0)
    edge = min(starts.values())
    aligned = sum(1 for x in starts.values() if x - edge <= 2.5 * size)
    return aligned >= _ALIGNED * len(starts)

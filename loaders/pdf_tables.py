"""Task tables of a PDF read from their ruling lines (pdfplumber), as a Word table is read from its cells (round 33).

A PDF printed from Word or WPS draws its task table with borders. Read as laid-out text (``formats_pdf.pdf_text``),
such a table is lost whenever its cells are centred vertically (a row's first lines come before its number), set
justified (letters spaced out into the next column), or its header names wrap in narrow columns (序/号): 40 of 90
tasks of eight printed plans read right. pdfplumber finds the grid the borders draw and gives each cell's text
whatever its alignment; a cell merged down is empty below its first row and takes its value (as in Word), and a
cell's lines are joined (a PDF's lines in a cell are where it wraps, not paragraphs). Tables that go on over a page,
their header repeated, are one (``continued_tables.continued_tables``); the text outside them is the document's
paragraphs: its title, date, notes and any task they assign (``body_tables.with_body_tasks``).

Used only for a PDF whose text names a task table's columns, and only when pdfplumber is installed (the ``formats``
extra); anything it cannot read is read as text, as before.
"""

from __future__ import annotations

import io

from reformgraph.loaders.body_tables import with_body_tasks
from reformgraph.loaders.column_spec import given_columns, header_key
from reformgraph.loaders.compact import compact
from reformgraph.loaders.continued_tables import continued_tables
from reformgraph.loaders.glyphs import as_drawn
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits
from reformgraph.loaders.pdf_formats import (
    colour_spaces,
    format_spans,
    marked_cell,
    marked_chars,
    marked_page,
    stroked_layout,
)
from reformgraph.loaders.pdf_spill import side_by_side
from reformgraph.loaders.run_formats import RunLegend
from reformgraph.loaders.running_lines import running_lines_dropped
from reformgraph.loaders.table_titles import title_above
from reformgraph.loaders.tables import Columns, detect_columns, document_from_tables
from reformgraph.loaders.traditional import folded
from reformgraph.loaders.unit_breaks import UNSURE, may_part, opens_a_level_word, resolved
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.records import Document
from reformgraph.regexcache import compiled

# a task table's header in a PDF's text: a number column and a unit or deadline column (their names may wrap: 序/号)
_HEADER_HINT = compiled(
    r"(?:牵头|责任|主责|承办)(?:单位|部门)|完成时限|完成时间"
    # or a header's names wrapped in narrow cells, their first halves on one line: 牵头 责任 完成 (round 39)
    r"|(?m:^(?:[^\s]{1,4}[ \t]+){0,8}(?:牵头|责任|主责|承办)(?:[ \t]+[^\s]{1,4}){1,8}[ \t]*$)"
)
# or a line of a header's names apart by spaces that opens with 序号 (序号 工作内容 责任分工 时间节点: its unit and
# deadline columns named otherwise, round 61), read as a header row is
_NUMBERED_HEADER = compiled(r"(?m:^[ \t]*序号[ \t]+\S.*$)")
#: PDFs of more pages are read as text only (a plan with its annex tables is rarely past 30 pages; pdfplumber's
#: layout analysis takes 0.1-0.5 s a page, so that a long PDF would take minutes)
MAX_PAGES = 100
__all__ = [
    "MAX_PAGES",
    "drawn_rows",
    "may_hold_a_ruled_table",
    "page_table",
    "printed",
    "ruled_tables_document",
    "tables_document",
]


def may_hold_a_ruled_table(text: str) -> bool:
    r"""Whether a PDF's text names a task table's unit or deadline column, so its ruled tables are worth looking for.

    >>> may_hold_a_ruled_table("牵头 责任 完成\n序号 重点任务\n单位 单位 时限"), may_hold_a_ruled_table("甲局牵头推进")
    (True, False)
    >>> may_hold_a_ruled_table("序號 重點任務 牽頭單位 完成時限")  # a 繁体 copy's header (round 42)
    True
    >>> may_hold_a_ruled_table("序号 工作内容   责任分工   时间节点"), may_hold_a_ruled_table("序号 姓名 职务 联系电话")
    (True, False)
    """
    text = folded(text)
    return (
        _HEADER_HINT.search(text) is not None
        or any(detect_columns(m.group().split()) is not None for m in _NUMBERED_HEADER.finditer(text))
        or _names_given_headers(text)
    )


def _names_given_headers(text: str) -> bool:
    r"""Under ``--columns`` (``column_spec.given_columns``), whether a line of ``text`` names, apart by spaces, a task
    table's columns by the user's names (``编号 推进事项 领办部门``, whatever its first name: round 80; before, a
    table headed so was read from the text layer by position, its rows' lines the printed lines, not its rows); a
    spec by numbers names no header, so any table may be its; False with no spec (nothing is done).

    >>> from reformgraph.loaders.column_spec import columns_given, parse_columns
    >>> with columns_given(parse_columns("推进事项=任务,领办部门=牵头")):
    ...     _names_given_headers("某县推进表\n编号   推进事项   领办部门   计划完成"), _names_given_headers("领办部门抓落实")
    (True, False)
    >>> _names_given_headers("编号   推进事项   领办部门   计划完成")
    False
    """
    given = given_columns()
    if given is None:
        return False
    if given.spec.positions:
        return True
    names = {name for name, _ in given.spec.names}
    return any(
        len(cells) > 1 and any(header_key(c) in names for c in cells) and detect_columns(cells) is not None
        for cells in map(str.split, text.splitlines())
    )


def drawn_rows(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> list[list[list[str | None]]]:
    """The rows of every table a PDF draws with borders (pdfplumber's, page by page, top to bottom), for the hint of a
    refusal (``unread_tables``): what its tables hold when none was read; [] when pdfplumber cannot read it or the
    PDF is longer than ``ruled_tables_document`` reads (round 80)."""
    try:
        import pdfplumber
    except ImportError:
        return []
    out: list[list[list[str | None]]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > min(limits.pages, MAX_PAGES):
                return []
            for page in pdf.pages:
                _ruling_lines_squared(page.objects)
                for table in sorted(page.find_tables(), key=lambda table: table.bbox[1]):
                    out.append([[as_drawn(c) if c else c for c in row] for row in table.extract()])
    except Exception:  # a PDF pdfplumber cannot read (pypdf could): no hint
        return []
    return out


def ruled_tables_document(
    data: bytes,
    text: str,
    *,
    path: str,
    key: str,
    sha256: str,
    read_body,
    limits: Limits = DEFAULT_LIMITS,
    legend: RunLegend | None = None,
    spilled: frozenset[int] = frozenset(),
) -> Document | None:
    """The document of the task tables a PDF draws with borders and of the paragraphs around them; None when it
    draws none (or pdfplumber cannot read it). ``text`` is its text layer (its title is read there: pdfplumber's
    text keeps no blank line between paragraphs); ``read_body(text)`` reads the paragraphs' text as a document.
    Under a legend giving a font's format a unit's role, the units drawn in it are marked in the cells and the
    paragraphs (``pdf_formats``, round 51). The pages of ``spilled`` (0-based: a sheet's columns printed page by
    page, ``pdf_spill.spilled_pages``) are read as one table when each run of them draws one table a page, its rows
    ruled at the same heights on every page (``pdf_spill.side_by_side``, round 55); else None."""
    try:
        import pdfplumber
    except ImportError:
        return None
    tables: list[list[list[str]]] = []
    pages: list[list[str]] = []  # the text outside the tables, page by page
    placed: list[tuple[int, int]] = []  # each table's page among ``pages`` and the lines above it there
    header_units: tuple[int, set[int]] = (0, set())  # the last header's width and unit columns
    parts: list = []  # a spilled run's tables, page by page
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > min(limits.pages, MAX_PAGES):
                return None  # pdfplumber takes 0.1-0.5 s a page: a longer PDF is read as text, as before
            for page in pdf.pages:
                if legend is not None and not legend.font and not legend.colour:
                    stroked_layout(page)  # a stroked fake bold told apart (round 55)
                _ruling_lines_squared(page.objects)
                if legend is not None:
                    spaces = colour_spaces(page.page_obj.resources) if legend.colour else None  # files35
                    marked_chars(page.chars, legend, spaces)
                found = sorted(page.find_tables(), key=lambda table: table.bbox[1])
                at_spill = page.page_number - 1 in spilled
                if at_spill:  # one table a page, its parts held until the run's last page (round 55)
                    if len(found) != 1:
                        return None
                    parts.append(found[0])
                    if page.page_number in spilled:
                        continue
                outside = page.filter(_outside([table.bbox for table in found])) if found else page
                later = page.page_number > 1
                for at, table in enumerate(found):  # where each stands among the page's lines: after the lines above it
                    placed.append((len(pages), len(printed(_lines_above(outside, table.bbox[1]), later))))
                    drawn = [[as_drawn(c) if c else c for c in row] for row in table.extract()]
                    if at_spill:
                        if (joined := side_by_side(parts)) is None:
                            return None
                        drawn, parts = [[as_drawn(c) if c else c for c in row] for row in joined], []
                    spans = None
                    if legend is not None:  # the cells' text without the marks, the spans in the format apart
                        split = [[format_spans(c) if c else (c, []) for c in row] for row in drawn]
                        drawn = [[c for c, _ in row] for row in split]
                        spans = [[s for _, s in row] for row in split]
                    mark = None
                    if spans is not None:
                        mark = lambda cells, spans=spans: [  # noqa: E731
                            [marked_cell(c, s, legend.mark) for c, s in zip(row, marks, strict=False)]
                            for row, marks in zip(cells, spans, strict=True)
                        ]
                    header_units = page_table(tables, drawn, header_units, first=not at, mark=mark)
                paragraphs = as_drawn(outside.extract_text() or "")
                if legend is not None and "**" in paragraphs:
                    paragraphs = marked_page(paragraphs, legend.mark)
                pages.append(printed(paragraphs.splitlines(), later))
    except Exception:  # a PDF pdfplumber cannot read (pypdf could): read as text, as before
        return None
    lines, starts = _without_running_heads(pages, placed)
    return tables_document(tables, starts, lines, text, path=path, key=key, sha256=sha256, read_body=read_body)


def _without_running_heads(pages: list[list[str]], placed: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """The lines outside a PDF's tables (``pages``: page by page), without the running head and foot most pages print
    (``running_lines.running_lines_dropped``, as the text layer's are), and where each table stands among them
    (``placed``: its page and the lines above it there; -1 at a page's top, under nothing but the head). Round 78
    printed78: pdfplumber's lines keep the head Word prints on every page (the plan's title), which titled each
    page's part of a table going on over the pages, so the parts were read as tables of their own (a row's units cut
    at the page, the next part no task table: held-out 01's table printed, 5 of its 6 rows lost).

    >>> pages = [["某区方案", "一、任务", "附件"], ["某区方案"], ["某区方案", "续表"]]
    >>> _without_running_heads(pages, [(0, 3), (1, 1), (2, 2)])
    (['一、任务', '附件', '续表'], [2, -1, 3])
    """
    heads = running_lines_dropped(pages)
    lines: list[str] = []
    starts: list[int] = []
    bases: list[int] = []
    for page in pages:
        bases.append(len(lines))
        lines.extend(page)
    for k, above in placed:
        above -= min(heads[k], above)
        starts.append(bases[k] + above if above else -1)  # at a page's top: no title of its own
    return lines, starts


def page_table(
    tables: list[list[list[str]]],
    drawn: list[list[str | None]],
    header_units: tuple[int, set[int]],
    *,
    first: bool,
    mark=None,
) -> tuple[int, set[int]]:
    """Add a table a page draws (``drawn``: its rows of cells' texts, a cell merged down or across None, as
    pdfplumber's ``extract`` gives them) to ``tables``: its cells' lines joined (``_cells``), ``mark`` applied to
    them (a legend's spans), and, when it is the page's ``first`` table and goes on from the table before (headless,
    or its header repeated), its cells merged down over the page break marked. ``header_units``: the last header's
    width and unit columns, returned updated (a headless table's units are its header's, round 39). Shared by the
    PDF's tables and an OFD's drawn cell by cell (``ofd_tables``, round 76).

    >>> tables = []
    >>> units = page_table(tables, [["序号", "任务", "牵头单位"], ["1", "推进", "县市场监督\\n管理局"]], (0, set()), first=True)
    >>> units = page_table(tables, [["2", "完善", "县财政局"]], units, first=True)
    >>> units, tables[1]
    ((3, {2}), [['2', '完善', '县财政局']])
    """
    width = max(map(len, drawn), default=0)
    units = _unit_columns(drawn)
    headless = units is None and header_units[0] == width
    if units is not None:
        header_units = (width, units)
    elif headless:
        units = header_units[1]  # a table going on with no header of its own: its units' columns
        # are those of the header before (one unit a line in them: round 39)
    cells = _cells(drawn, units)
    if mark is not None:
        cells = mark(cells)
    repeated = _header_repeated(cells, tables[-1]) if tables and first else 0
    if tables and first and (headless or repeated):
        # the page's first table goes on from the page before, headless or its header repeated
        cells = _merged_over_the_page(cells, 0 if headless else repeated)
    tables.append(cells)
    return header_units


def tables_document(
    tables: list[list[list[str]]],
    starts: list[int],
    lines: list[str],
    text: str,
    *,
    path: str,
    key: str,
    sha256: str,
    read_body,
    row_lines: list[list[int]] | None = None,
) -> Document | None:
    """The document of ``tables`` (``page_table``'s) and of the text outside them, ``lines`` (``starts``: where each
    table stands among them, -1 at a page's top): each titled by the line above it, tables going on over a page
    joined, a row broken over a page joined, cells merged down filled; the paragraphs read by ``read_body``. None
    when no table is a task table. ``text``: the document's text, its title read there first. ``row_lines``: each
    table's rows' 1-based lines in the document's text (an OFD's, round 76), a task's line its row's first; else a
    task's line is its row's number in its table (a PDF's)."""
    if not tables:
        return None
    from reformgraph.loaders.parse import title_of_lines

    title = title_of_lines(text.splitlines()) or title_of_lines(lines) or key  # the text layer keeps blank lines
    titles = [title_above(lines, at) if at >= 0 else None for at in starts]
    tables, titles = continued_tables(tables, titles)
    numbers: list[list[int]] | None = None
    if row_lines is not None:  # the parts each joined table is of, their rows' lines joined alike
        numbers, flat = [], [n for part in row_lines for n in part]
        for table in tables:
            numbers.append(flat[: len(table)])
            flat = flat[len(table) :]
    kept = [_split_rows_kept(table) for table in tables]
    # a unit cell's full lines read as two names or one once every row is whole (round 77: the document's names)
    tables = resolved([_merged_down(rows) for rows, _ in kept], lines)
    if numbers is not None:
        numbers = [[own[k] for k in at] for own, (_, at) in zip(numbers, kept, strict=True)]
    doc = document_from_tables(
        tables, path=path, key=key, sha256=sha256, title=title, paragraphs=lines, titles=titles, row_lines=numbers
    )
    if doc is None:
        return None
    return with_body_tasks(doc, "\n".join(lines), read_body)


def _ruling_lines_squared(objects: dict) -> None:
    """Round the coordinates of a page's drawn lines and curves to a thousandth of a point, in place. pdfplumber calls
    a line horizontal only when its top and bottom are exactly equal; on a page stored turned (``/Rotate 90``, a
    landscape annex table) its rotation leaves them 6e-14 apart, every ruling line was taken for a vertical one and
    no table was found (round 40: the annex was read as text, rows lost).

    >>> line = {"x0": 84.85, "x1": 696.35, "top": 142.75, "bottom": 142.75000000000006, "pts": [(84.85, 142.75)]}
    >>> _ruling_lines_squared({"line": [line]}); line["top"] == line["bottom"]
    True
    """
    for kind in ("line", "curve"):
        for obj in objects.get(kind, ()):
            for name in _COORDINATES:
                if name in obj:
                    obj[name] = round(obj[name], 3)
            if "pts" in obj:
                obj["pts"] = [(round(x, 3), round(y, 3)) for x, y in obj["pts"]]


_COORDINATES = ("x0", "x1", "y0", "y1", "top", "bottom", "doctop", "width", "height")


def _outside(boxes: list[tuple[float, float, float, float]]):
    """A test of a page's object: whether its middle is outside every box. A note printed right under a table
    overlaps its box by a fraction of a point, and ``outside_bbox`` drops what overlaps (round 39: a note saying the
    first-listed unit leads was lost).

    >>> test = _outside([(10, 10, 100, 50)])
    >>> test({"x0": 20, "x1": 30, "top": 49.5, "bottom": 60}), test({"x0": 20, "x1": 30, "top": 20, "bottom": 30})
    (True, False)
    """

    def test(obj) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    return test


# what a page prints around its text: its number (— 3 —, 第3页 共5页), and on later pages the document's number as a
# running head (泸市府办发〔2024〕21号)
_PAGE_NUMBER = compiled(r"\s*(?:[—\-－–]\s*\d{1,3}\s*[—\-－–]|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?)\s*")
_RUNNING_HEAD = compiled(r"\s*[^\s，。；]{0,16}〔\d{4}〕\d{1,4}号\s*")


def printed(lines: list[str], later: bool) -> list[str]:
    """A page's lines without its number, and on a later page without the document's number as a running head: a
    table split over a page went on under it as a new table titled by it (round 39).

    >>> printed(["泸市府办发〔2024〕21号", "续表", "— 3 —"], True), printed(["泸市府办发〔2024〕21号"], False)
    (['续表'], ['泸市府办发〔2024〕21号'])
    """
    return [line for line in lines if not (_PAGE_NUMBER.fullmatch(line) or (later and _RUNNING_HEAD.fullmatch(line)))]


def _lines_above(page, top: float) -> list[str]:
    """The text lines of ``page`` (its tables cut out) above ``top``."""
    return as_drawn(page.crop((0, 0, page.width, max(0.0, top))).extract_text() or "").splitlines() if top > 0 else []


def _cells(rows: list[list[str | None]], units: set[int] | None = None) -> list[list[str]]:
    """A table's rows as texts: a cell merged down (None below its first row) is ``_MERGED`` until the table is whole
    (``_merged_down``), a row merged across (its first cell alone, the rest None: a section's row) stays one cell;
    the lines of each cell are joined as a printed table's are (``_joined``).

    >>> _cells([["序号", "任务", "牵头单位"], ["1", "甲", "县市场监督\\n管理局"], ["2", "乙", None], ["二、消防", None, None],
    ...         ["3", "丙", "县 财 政 局"], ["", "丁", ""]])
    [['序号', '任务', '牵头单位'], ['1', '甲', '县市场监督管理局'], ['2', '乙', '\\x00'], ['二、消防', '', ''], ['3', '丙', '县财政局'], ['', '丁', '']]
    """
    filled: list[list[str]] = []
    for row in rows:
        across = row[:1] != [None] and all(cell is None for cell in row[1:])
        filled.append([("" if across else _MERGED) if cell is None else cell for cell in row])
    if units is None:
        cols = _columns(filled)
        units = set(cols.units) if cols is not None else set()
    return _joined(filled, units)


def _unit_columns(rows: list[list[str | None]]) -> set[int] | None:
    """The unit columns a table's own header names (None: it has none, a table going on from a page before)."""
    cols = _columns([["" if c is None else c for c in row] for row in rows])
    return None if cols is None else set(cols.units)


def _columns(rows: list[list[str]]) -> Columns | None:
    """The columns a table's header (among its first rows) names, else None."""
    return next((c for r in rows[:3] if (c := detect_columns([compact(x) for x in r])) is not None), None)


def _merged_down(rows: list[list[str]]) -> list[list[str]]:
    """The rows with each cell merged down (``_MERGED``) given the value above it, over a page too (the table's
    parts joined first).

    >>> _merged_down([["1", "县财政局"], ["2", _MERGED], ["3", "县税务局"]])
    [['1', '县财政局'], ['2', '县财政局'], ['3', '县税务局']]
    """
    out: list[list[str]] = []
    for row in rows:
        out.append(
            [
                (out[-1][k] if out and k < len(out[-1]) else "") if cell == _MERGED else cell
                for k, cell in enumerate(row)
            ]
        )
    return out


def _header_repeated(rows: list[list[str]], before: list[list[str]]) -> int:
    """How many rows of the header of the table ``before`` open ``rows`` again (a header repeated on the next page:
    one row, or both rows of a two-row header; round 43), 0 when its first row does not.

    >>> upper, lower = ["序号", "任务", "责任单位", _MERGED], [_MERGED, _MERGED, "牵头单位", "配合单位"]
    >>> _header_repeated([upper, lower, ["5", "丙", "A局", "B局"]], [upper, lower, ["1", "甲", "C局", ""]])
    2
    >>> _header_repeated([upper, ["5", "丙", "A局", "B局"]], [upper, ["1", "甲", "C局", ""]])
    1
    """
    count = 0
    while count < min(len(rows), len(before), 3) and rows[count] == before[count] and _is_header_row(rows, count):
        count += 1
    return count


def _is_header_row(rows: list[list[str]], k: int) -> bool:
    """True when ``rows[k]`` is a row of the table's header: the first row, or a row under it that holds no number
    (序号) of a task (a two-row header's lower row: 牵头单位 | 配合单位 under 责任单位).

    >>> upper, lower = ["序号", "任务", "责任单位", _MERGED], [_MERGED, _MERGED, "牵头单位", "配合单位"]
    >>> _is_header_row([upper, lower, ["1", "甲", "A局", ""]], 1), _is_header_row([upper, ["1", "甲", "A局", ""]], 1)
    (True, False)
    """
    if k == 0:
        return True
    cols = _columns(rows)
    number = cols.first("number") if cols is not None else None
    return number is not None and number < len(rows[k]) and not rows[k][number].strip(_MERGED).isdigit()


def _merged_over_the_page(rows: list[list[str]], first: int) -> list[list[str]]:
    r"""The part of a table a page goes on with, its cells merged down from the page before marked so: an empty
    cell of its first row (``rows[first]``) merged down over the rows under it (``_MERGED`` below) is a cell merged
    down over the page break, whose text stands on the page before (round 41; before, those rows lost its units:
    a 配合单位 cell merged over a whole table, a new 牵头单位 cell beside it on the next page).

    >>> _merged_over_the_page([["5", "丙", "", ""], ["6", "丁", "B局", _MERGED]], 0)
    [['5', '丙', '', '\x00'], ['6', '丁', 'B局', '\x00']]
    >>> _merged_over_the_page([["5", "丙", "", "C局"], ["6", "丁", "B局", "D局"]], 0)  # an empty cell of one row
    [['5', '丙', '', 'C局'], ['6', '丁', 'B局', 'D局']]
    """
    if first + 1 >= len(rows):
        return rows
    top, below = rows[first], rows[first + 1]
    if not any(not cell and k < len(below) and below[k] == _MERGED for k, cell in enumerate(top)):
        return rows
    marked = [_MERGED if not cell and k < len(below) and below[k] == _MERGED else cell for k, cell in enumerate(top)]
    return [*rows[:first], marked, *rows[first + 1 :]]


def _split_rows_joined(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows with each row split over a page (no number of its own, under the header repeated on the
    next page) joined to the row it goes on from, cell by cell.

    >>> _split_rows_joined([["序号", "任务", "牵头单位"], ["3", "推进改", "县财政"], ["", "革", "局"], ["二、消防", "", ""]])
    [['序号', '任务', '牵头单位'], ['3', '推进改革', '县财政局'], ['二、消防', '', '']]
    >>> upper, lower = ["序号", "任务", "责任单位", _MERGED], [_MERGED, _MERGED, "牵头单位", "配合单位"]
    >>> _split_rows_joined([upper, lower, ["1", "甲", "A局", ""], upper, lower, ["2", "乙", "B局", "C局"]])[2:]
    [['1', '甲', 'A局', ''], ['2', '乙', 'B局', 'C局']]

    A cell merged down on both sides of the split stays one merged cell (round 46: before, two marks, ``\\x00\\x00``,
    were the row's lead and every row's under it):

    >>> _split_rows_joined([["序号", "任务", "牵头单位"], ["3", "推进", "A局"], ["4", "推进改", _MERGED], ["", "革", _MERGED]])
    [['序号', '任务', '牵头单位'], ['3', '推进', 'A局'], ['4', '推进改革', '\\x00']]
    """
    return _split_rows_kept(rows)[0]


def _split_rows_kept(rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """``_split_rows_joined``'s rows, and the index among ``rows`` of each one's first part.

    >>> _split_rows_kept([["序号", "任务", "牵头单位"], ["3", "推进改", "县财政"], ["", "革", "局"], ["4", "完善", "县税务局"]])[1]
    [0, 1, 3]
    """
    cols = _columns(rows)
    number = cols.first("number") if cols is not None else None
    out: list[list[str]] = []
    kept: list[int] = []
    head = rows[: _header_repeated(rows, rows)]
    for k, row in enumerate(rows):
        if k >= len(head) and row in head:
            continue  # the header repeated on a page the table goes on to (both rows of a two-row one: round 43)
        goes_on = number is not None and len(out) > 1 and not row[number] and any(row) and out[-1][number].isdigit()
        if goes_on and not _SECTION.match(next((c for c in row if c), "")):
            units = set(cols.units) if cols is not None else set()
            out[-1] = [
                a if b == _MERGED or (a == _MERGED and not b) else _unit_line_joined(a, b) if k in units else a + b
                for k, (a, b) in enumerate(zip(out[-1], row))
            ]
        else:
            out.append(row)
            kept.append(k)
    return out, kept


def _units_joined(text: str, more: str) -> str:
    """A unit cell's ``text`` and its next line ``more``: two units when the text ends a unit's name and the line
    opens one (one unit a paragraph: 市税务局 / 国家金融监督…), else one text the cell wraps (市人力资源社 / 会保障局).

    >>> _units_joined("市人力资源社", "会保障局"), _units_joined("市人力资源社会保障局", "市税务局")
    ('市人力资源社会保障局', '市人力资源社会保障局、市税务局')
    >>> _units_joined("市财政局、相关城区", "人民政府")
    '市财政局、相关城区人民政府'
    >>> _units_joined("国网长沙供电公司天心分公司", "长沙水业集团"), _units_joined("国网长沙供电公司", "天心分公司")
    ('国网长沙供电公司天心分公司、长沙水业集团', '国网长沙供电公司天心分公司')
    >>> _units_joined("镇财政所、各村（社", "区）")  # a bracket left open goes on (round 51)
    '镇财政所、各村（社区）'
    >>> _units_joined("相关区", "县政府"), _units_joined("各乡", "镇人民政府")  # a word of two levels (round 77)
    ('相关区县政府', '各乡镇人民政府')
    >>> _units_joined("区财政局、相关区", "市政府")
    '区财政局、相关区、市政府'

    A line opening with a level's character inside a word (市场, 区域) opens no level (round 78: 临港新片区 / 市场监管局,
    the zone's own bureau; before, two units):

    >>> _units_joined("临港新片区", "市场监管局"), _units_joined("临港新片区", "市财政局")
    ('临港新片区市场监管局', '临港新片区、市财政局')
    """
    if not text or not more:
        return text + more
    left, right = text.rsplit("、", 1)[-1], more.split("、", 1)[0]
    apart = (
        len(left) > 2
        and is_unit_name(left)
        and (
            (right.startswith(_NAME_STARTS) and not opens_a_level_word(right))
            or (is_unit_name(right) and not is_unit_name(left + right))
            # 国网长沙供电公司天心分公司 / 长沙水业集团: a company's name ends, another company's opens (not its
            # branch: 国网长沙供电公司 / 天心分公司; round 39)
            or (left.endswith(_COMPANY_ENDS) and is_unit_name(right) and not right.endswith(_BRANCH_ENDS))
        )
        and not _one_name_across(left, right)
    )
    return f"{text}、{more}" if apart else text + more


def _one_name_across(left: str, right: str) -> bool:
    """Whether a unit cell's line ending ``left`` and the next line opening ``right`` cut one name, whatever each
    reads as: ``right`` the body alone (相关城区 / 人民政府, round 36), the two levels of one word (相关区 / 县政府: 区县,
    round 77), or a bracket ``left`` opened (各村（社 / 区）, round 51). ``_units_joined`` and ``_unit_line_joined``
    both ask it.

    >>> _one_name_across("相关区", "县政府"), _one_name_across("各村（社", "区）"), _one_name_across("市税务局", "市财政局")
    (True, True, False)
    """
    return right.startswith(_ORGAN_ALONE) or left[-1] + right[:1] in _LEVEL_PAIRS or _bracket_open(left)


def _joined(rows: list[list[str]], units: set[int]) -> list[list[str]]:
    """Each cell's lines joined where the cell wraps, but in a unit column between two lines that each read as a
    unit's name (one unit a paragraph: 市税务局 / 国家金融监督管理总局某监管分局, not 市人力资源社 / 会保障局); spaces dropped
    (justified text). A blank line between two lines (a paragraph's end its reader knew: an OFD's cell,
    ``ofd_tables._cell_text``, round 76) parts two units in a unit column, and is nothing elsewhere.

    >>> _joined([["市人力资源社\\n会保障局\\n市税务局", "推进\\n改革"]], {0})
    [['市人力资源社会保障局、市税务局', '推进改革']]
    >>> _joined([["经济技术\\n开发区\\n\\n九里亭街\\n道", "推进\\n\\n改革"]], {0})
    [['经济技术开发区、九里亭街道', '推进改革']]
    """
    out = []
    for row in rows:
        cells = []
        for k, cell in enumerate(row):
            lines = ["".join(line.split()) for line in cell.splitlines()]
            text = lines[0] if lines else ""
            ended = False  # a blank line above: a paragraph ended
            for line in lines[1:]:
                if not line:
                    ended = k in units and bool(text)
                    continue
                if ended:
                    text, ended = f"{text}、{line}", False
                    continue
                text = _unit_line_joined(text, line) if k in units else text + line
            cells.append(text)
        out.append(cells)
    return out


def _unit_line_joined(text: str, line: str) -> str:
    """A unit cell's ``text`` and its next ``line`` as ``_units_joined`` reads them, but where it joins two lines
    that might be two names (the first ends a unit's name, the second opens no word's rest) the join marked
    ``UNSURE``, read once the document's tables are whole (``unit_breaks.resolved``, round 77).

    >>> _unit_line_joined("人民银行", "银保监会") == "人民银行" + UNSURE + "银保监会"
    True
    >>> _unit_line_joined("市人力资源社", "会保障局"), _unit_line_joined("市税务局", "市财政局")
    ('市人力资源社会保障局', '市税务局、市财政局')
    """
    plain = text.replace(UNSURE, "")
    read = _units_joined(plain, line)
    if read != plain + line:
        return f"{text}、{line}"
    left = plain.rsplit("、", 1)[-1]
    unsure = may_part(left, line) and not _one_name_across(left, line)
    return f"{text}{UNSURE}{line}" if unsure else text + line


def _bracket_open(name: str) -> bool:
    """Whether ``name`` ends inside a bracket it opened (各村（社).

    >>> _bracket_open("各村（社"), _bracket_open("各村（社区）"), _bracket_open("县财政局")
    (True, False, False)
    """
    return name.count("（") + name.count("(") > name.count("）") + name.count(")")


# how a unit's name opens (a level, the state): a line opening so in a unit cell starts a name of its own
_NAME_STARTS = ("市", "县", "区", "省", "镇", "乡", "街道", "国家", "国务院", "中国", "中共", "各", "全国", "人民")
# the body alone, never a name of its own: the end of the name on the line above (相关城区 / 人民政府)
_ORGAN_ALONE = ("人民政府", "政府", "管委会", "委员会", "办公室")
# two places' levels written as one word (相关区县政府, 各乡镇): a line ending with the first, the next opening with the
# second, cuts the word, never two names (round 77 printed77: held-out 67's 相关区 / 县政府 in an OFD's drawn cell)
_LEVEL_PAIRS = frozenset({"区县", "县区", "乡镇", "镇乡"})
_COMPANY_ENDS = ("公司", "集团")  # how a company's name ends
_BRANCH_ENDS = ("分公司", "支公司", "分行", "支行", "营业部", "分部")  # a company's branch, named after it
_MERGED = "\x00"  # a cell merged down from the row above (pdfplumber's None), filled once the table is whole
_SECTION = compiled(r"[一二三四五六七八九十]{1,3}、")

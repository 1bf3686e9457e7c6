"""A spreadsheet printed to PDF with its columns spilling onto other pages: said, never misread (round 42).

Excel and LibreOffice print a sheet wider than the page column block by column block: the first pages hold the
first columns of every row (类别 | 序号), the next ones the following columns (重点任务), then the units (牵头单位 |
配合单位) and the deadlines. Each page opens with its part of the header and no page holds a task's text beside its
units; read as text, the pages gave one "task" whose lead was the header's 牵头单位配合单位. Rows cannot be put back
together from the text layer (a wrapped cell takes two lines on one page, one on the next), so the pages a task
table's columns were printed across are named, for a warning or a one-line error. A sheet printed with its
borders is another matter (round 55): each page's ruled rows are as tall as the same rows on the other pages, so
row k of each page is one row, its cells put side by side (``side_by_side``) and read as one table.

>>> pages = ["某区台账\\n\\n类别    序号\\n\\n 1\\n 2", "重点任务\\n推进改革\\n优化服务", "牵头单位   配合单位\\n区发改局  区财政局"]
>>> spilled_pages(pages)
[0, 1, 2]
>>> spilled_pages(["序号  重点任务  牵头单位\\n1  推进改革  区发改局", "序号  重点任务  牵头单位\\n2  优化服务  区财政局"])
[]
"""

from __future__ import annotations

from reformgraph.loaders.tables import column_kind
from reformgraph.regexcache import compiled

_HEAD_LINES = 4  # lines: how far down a page its part of the header is written (a title above, a header of two rows)
_UNIT_KINDS = frozenset({"lead", "single", "support"})
_KNOWN = _UNIT_KINDS | {"number", "section", "task", "detail", "deadline", "milestone", "other", "person", "phone"}
SPILLED = (
    "a table's columns are printed on separate pages (pages {pages}: a spreadsheet printed without fitting its "
    "width to one page), so its tasks cannot be put back together: read the .xlsx/.xls it was printed from, or "
    "print it fit to one page wide"
)


def header_kinds(page: str) -> frozenset[str]:
    """The kinds of the columns named by the lines opening ``page`` that are column names only (none: no header).

    >>> sorted(header_kinds("某区台账\\n\\n责任单位\\n牵头单位   配合单位\\n区发改局  区财政局"))
    ['lead', 'single', 'support']
    >>> header_kinds("一、总体要求\\n推进改革")
    frozenset()

    A heading numbered as an outline's (``（三）成员单位``) and a sentence's end (``更新统筹主体职责。``, a paragraph's
    last line at a page's top) are prose, no column's name (round 72 pdf72: held-out 61's printed copy, two pages
    opening so, was refused as a sheet spilled over them, its units' duties lost):

    >>> header_kinds("（三）成员单位\\n区规划资源局负责…"), header_kinds("更新统筹主体职责。\\n街道办事处…")
    (frozenset(), frozenset())

    Nor is a line closing a bracket it did not open, the tail of a sentence wrapped at a page's top (round 74
    wordpdf74: real 07 printed from Word, ``一位者为牵头单位，下同）`` opening one page and ``府按职责分工负责）``
    the next, was refused as a sheet spilled over them); a column's name with its bracket is one:

    >>> header_kinds("一位者为牵头单位，下同）\\n（二）发挥作用"), sorted(header_kinds("牵头单位（部门）\\n区发改局"))
    (frozenset(), ['lead'])
    """
    kinds: set[str] = set()
    for line in [line for line in page.split("\n", 2 * _HEAD_LINES) if line.strip()][:_HEAD_LINES]:
        named = [column_kind(cell) for cell in line.split()]
        if len(named) <= 4 and all(kind in _KNOWN for kind in named) and not _PROSE.search(line):
            kinds.update(named)
    return frozenset(kinds)


# a sentence's end, an outline's number opening the line, or a bracket closed that the line did not open (a wrapped
# sentence's tail: ``一位者为牵头单位，下同）``, ``府按职责分工负责）``): prose, not a header's cells
_PROSE = compiled(
    r"[。；;！？]|^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)|^[^（(]*[）)]"
)


def spilled_pages(pages: list[str]) -> list[int]:
    """The pages (0-based) of each run of pages opening with a part of a header that names a task column and a unit
    column between them while no page of the run names both."""
    spilled: list[int] = []
    run: list[tuple[int, frozenset[str]]] = []
    for number, page in enumerate([*pages, ""]):
        if kinds := header_kinds(page):
            run.append((number, kinds))
            continue
        if _split_header(run) and not any(holds_a_whole_header(pages[n]) for n, _ in run):
            spilled.extend(n for n, _ in run)
        run = []
    return spilled


_HEADER_LOOK = 12  # non-empty lines: how far down a page a header written one name a line is looked for


def holds_a_whole_header(page: str) -> bool:
    """True when ``page``'s opening lines hold a table's header written one column's name a line that names a task
    column and a unit column both (a table flattened one cell a line, its title above it): no sheet's columns
    spilled over pages, whose pages never name both. Round 76 printed76: held-out 24 printed, its annex's
    任务清单 one cell a line under a title of two lines (``附件 1``, its name) and its pages opening with a row's last
    cells (``各联席会议成员单位``, ``2019年 3月``, named like columns) was refused as a sheet spilled over five pages.

    >>> holds_a_whole_header("附件 1\\n某区重点任务清单\\n序号\\n任务名称\\n任务内容\\n牵头部门\\n配合部门\\n1")
    True
    >>> holds_a_whole_header("附件 1\\n某区重点任务清单\\n序号\\n任务名称\\n任务内容\\n1\\n推进改革")  # no unit column
    False
    """
    kinds: set[str] = set()
    for line in [line for line in page.split("\n", 3 * _HEAD_LINES) if line.strip()][:_HEADER_LOOK]:
        kind = column_kind(line.strip())
        if kind in _KNOWN and " " not in line.strip() and not _PROSE.search(line):
            kinds.add(kind)
            if "task" in kinds and kinds & _UNIT_KINDS:
                return True
        else:
            kinds.clear()  # (the names of one header follow each other, one a line)
    return False


def _split_header(run: list[tuple[int, frozenset[str]]]) -> bool:
    both = frozenset().union(*(kinds for _, kinds in run)) if run else frozenset()
    return (
        len(run) > 1
        and "task" in both
        and bool(both & _UNIT_KINDS)
        and not any("task" in kinds and kinds & _UNIT_KINDS for _, kinds in run)
    )


_SAME_HEIGHT = 1.0  # pt: rows ruled within this of each other are one row printed on two pages


def side_by_side(tables: list) -> list[list[str | None]] | None:
    """The rows of a sheet's tables printed column block by column block (pdfplumber's tables, one a page of a
    spilled run), each row's cells joined in the pages' order, when every table has as many rows as the first,
    ruled at the same heights (a printed sheet's row is as tall on every page, so each ruled row is the same row);
    None when they differ (the pages stay refused, round 42's message). Round 55: before, a ruled sheet printed
    too wide was refused too.

    >>> class Row:
    ...     def __init__(self, top): self.bbox = (0, top, 1, top + 10)
    >>> class Table:
    ...     def __init__(self, tops, cells): self.rows, self.cells = [Row(t) for t in tops], cells
    ...     def extract(self): return self.cells
    >>> side_by_side([Table([80, 95], [["序号"], ["1"]]), Table([80, 95.4], [["牵头单位"], ["县应急局"]])])
    [['序号', '牵头单位'], ['1', '县应急局']]
    >>> side_by_side([Table([80, 95], [["序号"], ["1"]]), Table([80, 110], [["牵头单位"], ["县应急局"]])]) is None
    True
    """
    if len(tables) < 2:
        return None
    tops = [[row.bbox[1] for row in table.rows] for table in tables]
    if any(len(t) != len(tops[0]) or any(abs(a - b) > _SAME_HEIGHT for a, b in zip(t, tops[0])) for t in tops):
        return None
    cells = [table.extract() for table in tables]
    return [[cell for part in parts for cell in part] for parts in zip(*cells, strict=True)]

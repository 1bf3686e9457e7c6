"""pandoc's own Markdown tables, as ``pandoc -t markdown`` writes a Word table: grid, multiline and simple tables.

A **grid table** is ruled by ``+----+----+`` lines (``+====+`` under its header); a row is the ``| … | … |`` lines
between two rules, each cell the same column's pieces of those lines joined. A **multiline table** opens and closes
with a line of dashes, its header over a rule of dash runs (``------ ------``), its rows apart by blank lines, each
cell wrapped within its column. A **simple table** is a header line over a rule of dash runs and one row per line,
ending at a blank line. Columns of the last two are where the rule's dash runs start, counted in display columns
(pandoc aligns Chinese text counting each character two columns: ``textwidth``).

A cell's pieces join as one text where pandoc wrapped it: with nothing between two Chinese characters (pandoc wraps
Chinese text at any character: ``市交`` / ``通运输局``), with a space otherwise; a hard line break (``\\`` at a
piece's end, pandoc's ``<br>``) as ``；``, as ``pipe_tables`` reads ``<br>``. Each row's line is its first line.
The rows go to the same table rules as a pipe table's (``pipe_tables``).

>>> grid = ["+----+--------+", "| 序号 | 任务 |", "+====+========+", "| 1  | 建设平 |", "|    | 台     |", "+----+--------+"]
>>> pandoc_runs(grid)
[([['序号', '任务'], ['1', '建设平台']], [2, 4], 1, 6)]
>>> pandoc_runs([grid[0], grid[1], grid[2], "| 1  | 建平台 |", "| 2  | 建机 |", "|    | 制   |", grid[0]])[0][0]
[['序号', '任务'], ['1', '建平台'], ['2', '建机制']]
>>> pandoc_runs(["序号  任务", "----  --------", "1     建平台", "2     建机制", ""])
[([['序号', '任务'], ['1', '建平台'], ['2', '建机制']], [1, 3, 4], 1, 4)]
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.regexcache import compiled
from reformgraph.textwidth import display_width

_GRID_RULE = compiled(r"\s*\+(?:[-=:]+\+)+\s*")  # +------+====+
_GRID_ROW = compiled(r"\s*\|(.*)\|\s*")
_BAR = compiled(r"(?<!\\)\|")
_DASH_LINE = compiled(r"\s*-{3,}\s*")  # a multiline table's first and last line
_COLUMN_RULE = compiled(r"\s*-{2,}(?: +-{2,})+\s*")  # ------ ---- ------: two or more columns
_DASH_RUN = compiled(r"-+")
_HEADER_LINES = 6  # lines a multiline table's header may run over (each line after a dash line is looked at)
_MAX_ROW_LINES = 50  # lines one row of a multiline or grid table may run over (hostile input: a bound)

Run = tuple[list[list[str]], list[int]]  # rows of cell texts, each row's 1-based line


def pandoc_runs(lines: Sequence[str]) -> list[tuple[list[list[str]], list[int], int, int]]:
    """(rows of cell texts, each row's 1-based line, the table's first and last line) of every grid, multiline and
    simple table of ``lines``."""
    runs: list[tuple[list[list[str]], list[int], int, int]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        found: tuple[Run, int] | None = None
        first = i + 1  # the table's first line (1-based): its first rule, or a simple table's header
        if line.lstrip().startswith("+") and _GRID_RULE.fullmatch(line):
            found = _grid(lines, i)
        elif "--" in line and i + 1 < len(lines) and _DASH_LINE.fullmatch(line) and lines[i + 1].strip():
            found = _multiline(lines, i)
        elif "--" in line and i > 0 and _COLUMN_RULE.fullmatch(line) and lines[i - 1].strip():
            found, first = _simple(lines, i), i
        if found is None:
            i += 1
            continue
        (rows, numbers), end = found  # ``end``: the index of the line after the table, its last line's number
        if len(rows) >= 2:
            runs.append((rows, numbers, first, end))
        i = end
    return runs


def _joined(pieces: Sequence[str]) -> str:
    """A cell's pieces as one text: a hard break (``\\`` at a piece's end) as ``；``, a soft one as nothing between
    Chinese characters, else a space.

    >>> _joined(["市商务局\\\\", "市交通运输局"]), _joined(["市邮政管理", "局"]), _joined(["", "局"])
    ('市商务局；市交通运输局', '市邮政管理局', '局')
    """
    out = ""
    for piece in pieces:
        if not piece:
            continue
        if out.endswith("\\"):
            out = out[:-1] + "；"
        elif out and not (display_width(out[-1]) == 2 and display_width(piece[0]) == 2):
            out += " "
        out += piece
    return out.removesuffix("\\").replace("\\|", "|")


def _grid(lines: Sequence[str], at: int) -> tuple[Run, int]:
    """The rows of the grid table whose first rule is line ``at``, and the index of the line after it."""
    rows: list[list[str]] = []
    numbers: list[int] = []
    pieces: list[list[str]] = []  # the row being read: each column's pieces
    first = 0
    i = at + 1
    while i < len(lines):
        line = lines[i]
        if _GRID_RULE.fullmatch(line):
            if pieces:
                rows.append([_joined(column) for column in pieces])
                numbers.append(first + 1)
            pieces = []
            i += 1
            continue
        m = _GRID_ROW.fullmatch(line)
        if m is None or len(pieces) and len(pieces[0]) >= _MAX_ROW_LINES:
            break
        cells = [cell.strip() for cell in _BAR.split(m.group(1))]
        if pieces and cells[0].isdigit() and any(pieces[0]):  # a row's number with no rule above it (round 36)
            rows.append([_joined(column) for column in pieces])
            numbers.append(first + 1)
            pieces = []
        if not pieces:
            pieces, first = [[cell] for cell in cells], i
        else:
            for k, cell in enumerate(cells[: len(pieces)]):
                pieces[k].append(cell)
        i += 1
    return (rows, numbers), i


def _columns(rule: str) -> list[int]:
    """The display columns where the dash runs of a column rule start."""
    return [m.start() for m in _DASH_RUN.finditer(rule)]


def _cells(line: str, starts: Sequence[int]) -> list[str]:
    """``line`` cut at display columns: each character goes to the column its own start lies in (from one
    column's start to the next's).

    >>> _cells("1     建设平台   市数据局", [0, 6, 17])
    ['1', '建设平台', '市数据局']
    """
    cells = [""] * len(starts)
    column, k = 0, 0
    for ch in line:
        while k + 1 < len(starts) and column >= starts[k + 1]:
            k += 1
        cells[k] += ch
        column += display_width(ch)
    return [cell.strip() for cell in cells]


def _multiline(lines: Sequence[str], at: int) -> tuple[Run, int] | None:
    """The rows of the multiline table whose opening dash line is line ``at``, or None when no column rule
    follows its header."""
    # the column rule under the header: the first line that is a rule, or blank (no header), or too far
    header_end = next(
        (
            j
            for j in range(at + 1, min(len(lines), at + 1 + _HEADER_LINES))
            if _COLUMN_RULE.fullmatch(lines[j]) or not lines[j].strip()
        ),
        None,
    )
    if header_end is None or not lines[header_end].strip():
        return None
    starts = _columns(lines[header_end])
    rows = [_row(lines[at + 1 : header_end], starts)]
    numbers = [at + 2]
    i = header_end + 1
    block: list[str] = []
    first = i
    while i < len(lines):
        line = lines[i]
        closing = _DASH_LINE.fullmatch(line) is not None
        if not line.strip() or closing or len(block) >= _MAX_ROW_LINES:
            if block:
                rows.append(_row(block, starts))
                numbers.append(first + 1)
            block = []
            i += 1
            if closing:
                break
            first = i
            continue
        if not block:
            first = i
        block.append(line)
        i += 1
    return (rows, numbers), i


def _simple(lines: Sequence[str], at: int) -> tuple[Run, int]:
    """The rows of the simple table whose column rule is line ``at`` (its header the line above it)."""
    starts = _columns(lines[at])
    rows = [_cells(lines[at - 1], starts)]
    numbers = [at]
    i = at + 1
    while i < len(lines) and lines[i].strip() and not _COLUMN_RULE.fullmatch(lines[i]):
        rows.append(_cells(lines[i], starts))
        numbers.append(i + 1)
        i += 1
    return (rows, numbers), i


def _row(block: Sequence[str], starts: Sequence[int]) -> list[str]:
    """One row of a multiline table from its lines: each column's pieces joined."""
    pieces = [_cells(line, starts) for line in block]
    return [_joined([cells[k] for cells in pieces]) for k in range(len(starts))]

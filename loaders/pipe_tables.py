"""Markdown pipe tables (``| 序号 | 重点任务 | 责任单位 |``), as converters write a Word table into Markdown.

Each run of lines that open and close with ``|`` is a table (or, as GFM allows, of lines holding ``|`` under a header
over a rule row: ``序号 | 任务`` / ``--- | ---``, round 45); its rule row (``|---|:--:|``) is skipped, a cell's
``<br>`` is a clause break (``；``) and ``\\|`` a literal bar. A run that is a task table (``tables.table_sections``:
a header naming a task column and a unit column) is read row by row, each task's line its row's own line.

>>> src = Source.from_text("分工表\\n| 序号 | 重点任务 | 牵头单位 | 完成时限 |\\n|---|---|---|---|\\n| 1 | 建平台 | 区大数据局 | 2025年 |")
>>> [(s.title, d.text, d.line) for r in pipe_tables(src) for s in r.sections for d in s.drafts]
[('分工表', '建平台', 4)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reformgraph.loaders.column_names import NOTE_LINE
from reformgraph.loaders.pandoc_tables import pandoc_runs
from reformgraph.loaders.reading import Reading
from reformgraph.loaders.scan import holds
from reformgraph.loaders.source import Source, bold_legend, bold_units, star_legend, unit_stars
from reformgraph.loaders.text_marks import holds_coded
from reformgraph.regexcache import compiled

_ROW = compiled(r"^\s*\|(.*)\|\s*$")
_BAR = compiled(r"(?<!\\)\|")
_RULE_CELL = compiled(r"^\s*:?-+:?\s*$")  # GFM: one dash is a rule (`| :-- | :-: |`, round 40)
_BREAK = compiled(r"<br\s*/?>", re.IGNORECASE)
# the box-drawing characters (U+2500–U+257F) of a table a text export draws (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as a grid
# table's: bars, dashes (= for double lines) and a + for every corner and junction
_BOX_TO_GRID = {code: "+" for code in range(0x2500, 0x2580)} | str.maketrans("│┃║╎╏┆┇┊┋─━╌╍┄┅┈┉═", "|||||||||-------==")


def pipe_runs(lines: Sequence[str]) -> list[tuple[list[list[str]], list[int]]]:
    """(rows of cell texts, each row's 1-based line) of every run of two or more pipe rows; rule rows left out.

    >>> pipe_runs(["| a | b \\\\| c |", "|---|---|", "| 1 | x<br>y |", "", "| lone |"])
    [([['a', 'b | c'], ['1', 'x；y']], [1, 3])]
    """
    runs: list[tuple[list[list[str]], list[int]]] = []
    rows: list[list[str]] = []
    numbers: list[int] = []
    size = 0
    bare = False  # a run whose rows need not open and close with | (its header over a rule row)
    for i, line in enumerate([*lines, ""]):
        body = None
        if "|" in line:
            m = _ROW.match(line)
            if m is not None:
                body = m.group(1)
            elif bare or _over_rule(line, lines, i + 1):
                bare, body = True, line.strip()
        if body is None:
            if size >= 2 and rows:
                runs.append((rows, numbers))
            rows, numbers, size, bare = [], [], 0, False
            continue
        size += 1
        cells = [_BREAK.sub("；", cell).replace("\\|", "|").strip() for cell in _BAR.split(body)]
        if bare:  # (| at either end of a row set no cell: ``| 1 | 推进`` as ``1 | 推进``)
            cells = cells[1 if body[:1] == "|" else 0 : -1 if body[-1:] == "|" and len(cells) > 1 else None]
        if all(_RULE_CELL.match(cell) for cell in cells):
            continue
        rows.append(cells)
        numbers.append(i + 1)
    return runs


def _over_rule(line: str, lines: Sequence[str], at: int) -> bool:
    r"""Whether ``line`` is a header over a rule row ``lines[at]`` of as many cells (``序号 | 任务 | 牵头单位`` over
    ``--- | --- | ---``): GFM's pipe table, whose pipes at either end of a row are optional (round 45; before, such a
    table was no table and its plan no task). Or (round 59) over a row of as many cells, three or more, with no rule
    between them: a table typed in plain text, its cells parted by bars alone (``序号 | 任务 | 牵头单位`` over
    ``1 | 建平台 | 区数据局``); before, no table.

    >>> _over_rule("序号 | 任务 | 牵头单位", ["--- | :-: | ---"], 0), _over_rule("甲 | 乙", ["甲 | 乙"], 0)
    (True, False)
    >>> _over_rule("序号 | 任务 | 牵头单位", ["1 | 建平台 | 区数据局"], 0), _over_rule("序号 | 任务 | 牵头单位", ["1 | 建平台"], 0)
    (True, False)
    """
    if at >= len(lines) or "|" not in lines[at]:
        return False
    cells = len(_BAR.split(line.strip().strip("|")))
    if cells != len(_BAR.split(lines[at].strip().strip("|"))):
        return False
    return cells >= _PLAIN_TABLE_CELLS or ("-" in lines[at] and _BARE_RULE.match(lines[at]) is not None)


_PLAIN_TABLE_CELLS = 3  # the fewest cells of a plain-text table's rows with no rule under its header (round 59)


_BARE_RULE = compiled(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def pipe_tables(source: Source) -> list[Reading]:
    """A ``table`` reading of each pipe table of ``source`` that is a task table, and of each of pandoc's own
    tables (``pandoc_tables``)."""
    text = source.text.text
    # one scan of the compact text each (bars and dashes survive compacting); the bar first asked of the text's Latin-1
    # characters (``Source.latin``), where it is when the compact text holds it (0.1 M instructions of the bundled plan)
    bars = "|" in text if source.latin is None or b"|" in source.latin else False
    runs = _continued_runs(source, pipe_runs(_unit_stars(source.lines, text))) if bars else []
    if holds(text, "--"):  # the rules of pandoc's grid, multiline and simple tables
        runs += pandoc_runs(source.lines)
    # a table drawn in box characters (its bars light, or double as ╔═╗ ║ draws them): a grid table (round 36); a
    # scan each where ``Source.latin`` is not known (1.0 M instructions a parse of the bundled plan), so heavy bars
    # alone (┃) are not looked for
    if holds_coded(text, "│", source.latin) or holds_coded(text, "║", source.latin):
        runs += pandoc_runs([line.translate(_BOX_TO_GRID) for line in source.lines])
    return _readings(source, runs)


def _continued_runs(
    source: Source, runs: list[tuple[list[list[str]], list[int]]]
) -> list[tuple[list[list[str]], list[int], int, int]]:
    r"""(rows, their lines, the first line, the last) of each table of ``runs``, a table going on from the one
    before it joined to it as in a .docx (``continued_tables.continued_tables``: under ``续表`` or no title of its own,
    its header repeated), so that a cell merged down over the split carries on (a Word table split by a page break
    and converted to Markdown, round 54; before, the first row after the split lost its merged lead).

    >>> src = Source.from_text("| 序号 | 任务 |\n| 1 | 甲 |\n\n续表\n\n| 序号 | 任务 |\n| 2 | 乙 |")
    >>> _continued_runs(src, pipe_runs(src.lines))
    [([['序号', '任务'], ['1', '甲'], ['序号', '任务'], ['2', '乙']], [1, 2, 6, 7], 1, 7)]
    """
    if len(runs) < 2:
        return [(rows, numbers, numbers[0], numbers[-1]) for rows, numbers in runs]
    from reformgraph.loaders.continued_tables import continued_tables
    from reformgraph.loaders.table_titles import title_above

    titles = [title_above(source.lines, numbers[0] - 1, source.compacts) for _, numbers in runs]
    tables, _ = continued_tables([rows for rows, _ in runs], titles)
    out = []
    parts = iter(runs)
    for rows in tables:
        numbers: list[int] = []
        while len(numbers) < len(rows):
            numbers += next(parts)[1]
        out.append((rows, numbers, numbers[0], numbers[-1]))
    return out


_FULL_WIDTH_BAR = str.maketrans("｜", "|")


def full_width_tables(source: Source) -> list[Reading]:
    """A ``table`` reading of each task table of ``source`` drawn with full-width bars (``｜序号｜任务｜牵头单位｜``: a
    plan pasted from a word processor), read as a pipe table (round 46: before, no task). Looked for by the spaced
    tables' reader, with one scan of the compact text for the bar (round 47: before, only behind its search for a unit
    column's name before a gap, so that ``｜序号｜任务｜牵头｜配合｜``, the roles alone, was not looked for); the bar's low
    byte is that of many Chinese characters, which makes the scan 0.3 M instructions of the bundled plan's parse.

    >>> src = Source.from_text("｜序号｜重点任务｜牵头｜配合｜\\n｜1｜建平台｜区大数据局｜区财政局｜")
    >>> [(d.text, d.line) for r in full_width_tables(src) for s in r.sections for d in s.drafts]
    [('建平台', 2)]

    >>> src = Source.from_text("分工表\\n｜序号｜重点任务｜牵头单位｜\\n｜1｜建平台｜区大数据局｜")
    >>> [(d.text, d.line) for r in full_width_tables(src) for s in r.sections for d in s.drafts]
    [('建平台', 3)]
    """
    lines = [line.translate(_FULL_WIDTH_BAR) if "｜" in line else line for line in source.lines]
    runs = [
        (rows, numbers, numbers[0], numbers[-1])
        for rows, numbers in pipe_runs(_unit_stars(lines, source.text.text))
        if "｜" in source.lines[numbers[0] - 1]  # (a table of ASCII bars is ``pipe_tables``' own)
    ]
    return _readings(source, runs)


def _readings(source: Source, runs: list[tuple[list[list[str]], list[int], int, int]]) -> list[Reading]:
    """A ``table`` reading of each run of ``runs`` (rows, their lines, the first line, the last) that is a task
    table."""
    if not runs:
        return []
    from reformgraph.loaders.table_titles import title_above
    from reformgraph.loaders.tables import table_sections

    out = []
    for rows, numbers, first, last in runs:
        title = title_above(source.lines, first - 1, source.compacts) or "工作任务"
        sections = table_sections(rows, title=title, row_lines=numbers)
        if not sections and (noted := _units_noted_below(source, rows, last)) is not None:
            rows, last = noted  # 注：第1—3项由A牵头…: the note under a table without a unit column (round 40)
            sections = table_sections(rows, title=title, row_lines=numbers)
        if sections:
            out.append(
                Reading(
                    "table",
                    tuple(sections),
                    evidence=sum(len(s.drafts) for s in sections),
                    first_line=first,
                    last_line=last,
                )
            )
    return out


def _unit_stars(lines: Sequence[str], text: str = "") -> Sequence[str]:
    """``lines`` with the lone ``*`` a legend makes a unit's role mark written as that mark (``source.unit_stars``:
    ``| 1 | 建校 | 区教育局*、区财政局 |`` under ``注：带*号的为牵头单位``, round 46), and the units written bold under a
    legend in ``text`` (the compact text) giving bold a role (``source.bold_units``, round 47); ``lines`` when no
    legend does.

    >>> _unit_stars(["| 1 | 建校 | 区教育局*、区财政局 |", "注：带*号的为牵头单位。"])[0]
    '| 1 | 建校 | 区教育局★、区财政局 |'
    >>> _unit_stars(["| 1 | 建校 | **区教育局**、区财政局 |"], "注：加粗的为牵头单位。")[0]
    '| 1 | 建校 | ★区教育局、区财政局 |'
    """
    starred = [line for line in lines if "*" in line]  # (a document with a pipe table: not the bundled plan)
    mark = star_legend(starred) if starred else ""
    bold = bold_legend(text) if starred else ""
    if not mark and not bold:
        return lines
    if bold:
        lines = [bold_units(line, bold) if "**" in line else line for line in lines]
    return [unit_stars(line, mark) if "*" in line else line for line in lines] if mark else lines


def _units_noted_below(source: Source, rows: list[list[str]], last: int) -> tuple[list[list[str]], int] | None:
    """(the rows with the units a note under the table gives them by number, the note's line) for a table of no
    unit column (``cited_items.rows_given_units_by_note``); None when the first line under it is no such note.

    >>> src = Source.from_text("| 序号 | 任务 |\\n|---|---|\\n| 1 | 建平台 |\\n\\n注：第1项由区大数据局牵头。")
    >>> _units_noted_below(src, [["序号", "任务"], ["1", "建平台"]], 3)
    ([['序号', '任务', '责任单位'], ['1', '建平台', '区大数据局牵头']], 5)
    """
    below = next((i for i in range(last, min(last + 3, len(source.compacts))) if source.compacts[i]), None)
    if below is None or not NOTE_LINE.match(source.compacts[below]) or "由" not in source.compacts[below]:
        return None
    from reformgraph.loaders.cited_items import rows_given_units_by_note

    noted = rows_given_units_by_note(rows, source.compacts[below])
    return None if noted is None else (noted, below + 1)

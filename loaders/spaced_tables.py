"""Task tables whose cells stand apart by spaces on one line, as a PDF's text layer or a plain-text copy of a
Word table gives them (``1 推进证照分离改革 市市场监管局 市司法局、市政务服务局 2024年6月``).

A header is a line of three or more cells, apart by spaces, that names a task column and a unit column
(``tables.detect_columns``). Each line after it is a row, its cells placed by what they hold, not by counting
spaces (a cell may be empty, and a unit cell may list its units apart by spaces):

- the row's number first (``1``, ``（一）``) when the table has a 序号 column;
- the run of cells that read as unit lists (``flat_tables.unit_line``) fills the unit columns in order, the surplus
  joining the last one (``市市场监管局 市司法局 市政务服务局`` under 牵头 | 配合: one lead, two supports);
- the text before the units is the task (and its other text columns when the counts agree);
- after the units, a deadline cell fills the deadline column, the others the columns after the units.

A line of text alone, short, continues the task cell of the row above (a cell wrapped onto the next line): it is
handed on as a row holding only that text, joined to the task above by the rule of every table
(``tables.continues_row``); a line of units alone continues its last unit cell; a section row (``一、优化政务服务``) opens a workplan, unless no
row follows it (then it is the document's heading, after the table). A long line with no unit, another table's
header or a blank run of three lines ends the table. Rows are then read
by the column rules every table uses (``tables.table_sections``), each task's line its row's own line.

>>> src = Source.from_text("某区2025年任务分工\\n序号 重点任务 牵头单位 配合单位 完成时限\\n1 建平台 区大数据局 区财政局 区人社局 6月底前")
>>> [(s.title, d.text, [(u.name, u.role) for u in d.assignment.units], d.line) for r in spaced_tables(src)
...  for s in r.sections for d in s.drafts]
[('某区2025年任务分工', '建平台', [('区大数据局', 'lead'), ('区财政局', 'support'), ('区人社局', 'support')], 3)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from reformgraph.loaders.column_names import GAP_ENDS, NOTE_LINE, is_column_cell
from reformgraph.loaders.compact import compact
from reformgraph.loaders.pipe_tables import full_width_tables
from reformgraph.loaders.plan_periods import date_line
from reformgraph.loaders.reading import Reading
from reformgraph.loaders.source import Source, two_last
from reformgraph.loaders.tables import Columns, units_go_on
from reformgraph.loaders.text_marks import holds_coded
from reformgraph.loaders.unit_names import is_unit_name, opens_like_a_task
from reformgraph.loaders.vocab import ISSUER_NAME, PEOPLE_ROLES
from reformgraph.regexcache import compiled
from reformgraph.textwidth import display_width

# what a header line holds: a unit column's name next to a space (tried only when the text holds one; both
# patterns open with a literal, which the regex engine scans for)
_UNIT_COLUMN_GAP = (
    # 单位（部门）, 责任处室（单位）: a column named with its other kind in brackets (a 厅's offices; round 40: a
    # bracket closing before the gap hid the column), in the same search (a pattern of its own, or one opening with
    # anything but the literal, scanned the bundled plan at 1-13 M instructions)
    # round 46: or before a full-width bar (｜牵头单位｜配合单位｜, a table pasted from a word processor; its tables are
    # looked for by a search of their own since round 47, ``pipe_tables.full_width_tables``)
    compiled(r"单位[）)]?[ \t\u3000｜]"),
    compiled(r"部门[ \t\u3000｜]"),
)
# 责任科室 / 责任处室 / 责任股室: a 街道's or a 局's offices named as the unit column of a pasted sheet or a spaced
# table (round 42: a 整改销号清单 of a 街道 with 责任科室 only was read as no table); the literal 室 is searched, and
# its word checked, so that a signature's 办公室 before a space opens no search of every line (+58 M on the bundled plan)
_OFFICE_COLUMN_GAP = compiled(r"室[）)]?[ \t\u3000｜]")
_OFFICE_NOUN_HEADS = "科处股部"
_BARS = ("|", "｜")  # a pipe table's bar, and a full-width one (round 46)
_ROLE_COLUMN_TAB = "牵头\t"  # and a bare 牵头 column of a pasted sheet (序 | 任务 | 牵头 | 配合 | 时限, round 38)
# round 43: or a number padded with zeros (0012), as a 提案号 / 建议号 column of a 提案交办分工表 numbers its rows
_NUMBER_CELL = compiled(r"^(?:\d{1,3}[.．、]?|0\d{2,7}|[（(][一二三四五六七八九十\d]{1,4}[)）])$")
# a section row: 一、… or, short and no sentence, （一）经济领域改革 (a 台账's group row pasted as a line of its own,
# round 42: the row under the header ended the table, which was then no table)
_SECTION_CELL = compiled(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)][^。；;]{1,30}$)")
_ALIGNED = 3  # columns: how far apart the starts of one column's cells may be in a table laid out by position
_MAX_CONTINUATION = 30  # characters of a line that continues a cell; a longer line with no unit ends the table
_MAX_CELL = 1000  # characters a cell grows to by continuation lines; then the lines are no cell's (hostile input)
_QUOTED_LINES = 10  # lines a cell of a tab-separated row that Excel quoted for its line breaks may run over


def spaced_tables(source: Source, text: str | None = None) -> list[Reading]:
    """A ``table`` reading of each spaced task table of ``source`` (``text``: the text it was made from)."""
    # ｜序号｜任务｜牵头单位｜ (round 46), looked for whatever its header names (round 47: ｜牵头｜配合｜, the roles alone,
    # was behind the search for a unit column's name below, and not looked for); one scan of a character, 0.3 M
    # instructions of the bundled plan's parse, in the compact text (``"牵头｜" in whole``, three characters: 0.7 M)
    bars = holds_coded(source.text.text, "｜", source.latin)
    out = full_width_tables(source) if bars else []
    if not names_a_column(_gate_text(source, text, bars)):
        return out
    from reformgraph.loaders.tables import detect_columns

    lines = source.lines
    # lines the position readings may look at over the document: each reads its table and a few lines after it,
    # so a hostile text of many headers over the same lines costs a bounded multiple of its length
    budget = [_BUDGET * len(lines) + 1000]
    i = 0
    while i < len(lines):
        header = written = lines[i].split()
        # a Markdown pipe table's line (| | | 牵头单位 | 配合单位 |, its second header row) is ``pipe_tables``' to read:
        # read here too, its rows were tasks twice, with | as a unit (round 40)
        # round 42: and a pipe row run on after other words (a title and the header joined on one line: | cells
        # inside), whose | were units of the rows below
        # (and a row of full-width bars, ｜ 1 ｜ 建平台 ｜ 区大数据局 ｜: ``pipe_tables.full_width_tables``', round 46)
        piped = len(header) >= 3 and (
            header[0] == header[-1] in _BARS or header.count("|") >= 2 or header.count("｜") >= 2
        )
        cols = detect_columns(header) if len(header) >= 3 and not piped else None
        wrapped = (  # 完成 / 时限, 牵头 / 单位: the header's names wrapped onto a second line (round 36)
            not piped
            and (cols is not None or (len(header) >= 3 and any(is_column_cell(name) for name in header)))
            and i + 1 < len(lines)
            and _header_wrapped(lines[i], lines[i + 1], header)
        )
        if cols is not None and not wrapped and "\t\t" in lines[i] and i + 1 < len(lines):
            wrapped = _tab_header_rows(lines[i], lines[i + 1])  # a merged group cell over its sub-columns (round 42)
        if wrapped:
            header, cols = wrapped, detect_columns(wrapped) or cols
        if cols is None:
            i += 1
            continue
        # round 58: a header wrapped onto two lines sets its columns by its first line's names as well (an OFD's text,
        # read by position only, of a table whose narrow 序号 column wraps 序 / 号)
        positioned = cols.kinds[0] == "number" and budget[0] > 0 and aligned_columns(lines[i], written)
        top = i
        if wrapped:
            i += 1  # the rows under the header's second line
        aligned = _aligned_rows(source, i, header, cols.kinds, budget, top) if positioned else None
        rows, numbers, i = aligned if aligned is not None else _rows(lines, i, header, cols.kinds)
        if wrapped and numbers:
            numbers[0] -= 1  # the header's first line: the title is above it
        reading = _reading(source, rows, numbers)
        if reading is not None:
            out.append(reading)
    return out


def names_a_column(text: str) -> bool:
    r"""Whether ``text`` names a unit column before a gap (``单位``, ``部门``, an office's ``室`` before whitespace or a
    full-width bar; ``牵头`` before a tab): the spaced tables' gate, a header of theirs may be in it.

    >>> names_a_column("序号  重点任务  牵头单位  配合单位"), names_a_column("牵头单位：县发改局"), names_a_column("序\t牵头\t配合")
    (True, False, True)
    """
    return (
        any(gap.search(text) for gap in _UNIT_COLUMN_GAP)
        or ("\t" in text and _ROLE_COLUMN_TAB in text)
        or names_an_office_column(text)
    )


def _gate_text(source: Source, text: str | None, bars: bool) -> str:
    """The text ``names_a_column`` looks in: the lines compacting changed (``Source.changed_text``) when they hold
    every match of it, else the whole text (``text``, or the lines joined); "" when no word of the lines that
    whitespace follows ends as a unit column's name does (``Source.gap_ends``, a by-product of compacting the lines:
    the gate is then false, and the changed lines are not made).

    A match lies within a line and holds a gap: whitespace, which only changed lines hold, or a full-width bar ｜,
    which a line holds either changed or as its own compact form, and then in the compact text (``bars``: it does).
    So with no bar in the compact text and every line of the text among the source's (``Source.blanked_front``), the
    changed lines hold every match: a third of the bundled plan's text, its four scans 4.1 M instructions over the
    whole text, 1.75 M over these lines (1.3 M to make).

    >>> source = Source.from_text("一、任务\\n序号 任务 牵头单位 时限\\n1 建平台 区大数据局 6月")
    >>> _gate_text(source, None, False)
    '序号 任务 牵头单位 时限\\n1 建平台 区大数据局 6月'
    >>> _gate_text(Source.from_text("一、任务\\n## 1. 建平台（区大数据局） 2026年"), None, False)
    ''
    """
    if bars or (text is not None and source.blanked_front(text)):
        return "\n".join(source.lines) if text is None else text
    if source.gap_ends is not None and GAP_ENDS.isdisjoint(two_last(source.gap_ends)):
        return ""  # (a match is a word ending so, whitespace after it; none in the bundled plan: 3.0 M of its parse)
    return source.changed_text


def names_an_office_column(text: str) -> bool:
    r"""Whether ``text`` holds an office column's name before a gap (责任科室, 责任处室, 责任股室: round 42).

    >>> names_an_office_column("序号\t问题描述\t责任科室\t整改时限"), names_an_office_column("县人民政府办公室 2025年")
    (True, False)
    """
    return any(m.start() and text[m.start() - 1] in _OFFICE_NOUN_HEADS for m in _OFFICE_COLUMN_GAP.finditer(text))


def signs_off(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a signature: an issuer's name alone, with a date below it or nothing (a page's text
    holds no blank line between a grid's last row and it; before, it continued the row's last unit cell).

    >>> signs_off(["1  建平台  市数据局  市财政局", "某市人民政府办公室", "2025年3月1日"], 1)
    True
    >>> signs_off(["1  建平台  市数据局  市财政局", "某市人民政府办公室"], 1), signs_off(["市财政局", "2  建平台"], 0)
    (True, False)
    """
    if ISSUER_NAME.fullmatch(compact(lines[i])) is None:
        return False
    after = next((c for line in lines[i + 1 : i + 4] if (c := compact(line))), None)
    return after is None or date_line(after) is not None


def _rows(
    lines: Sequence[str], at: int, header: list[str], kinds: Sequence[str]
) -> tuple[list[list[str]], list[int], int]:
    """The rows of the table whose header is line ``at`` (the header first), their lines, and the index of
    the first line after the table."""
    from reformgraph.loaders.tables import column_kind, repeats_header

    rows: list[list[str]] = [header]
    numbers = [at + 1]
    blank = 0
    tabbed = "\t" in lines[at]  # cells apart by tabs (a sheet's rows pasted), not by spaces
    # round 42: each tab of the header parts two of its names, so a row's cells can be placed by their tabs
    by_tabs = tabbed and _set_by_tabs(lines[at], header)
    i = at + 1
    while i < len(lines):
        cells, used = tab_cells(lines, i)
        if not cells:
            blank += 1
            if blank == 3:
                break
            i += 1
            continue
        if len(cells) == 1 and len(rows) > 1 and _goes_on_under(cells[0], lines, i + used, header):
            i += used  # 续表 and the header again: the table goes on after a page break (round 54)
            continue
        if blank and tabbed and "\t" not in lines[i] and not _part_goes_on(rows, lines, i, cells):
            break  # a line of no cells after a blank line under a table of tabs: the text after it (round 37)
        blank = 0
        if NOTE_LINE.match(cells[0]):
            break  # a note under the table
        if repeats_header(cells, [header]):  # repeated on a new page
            i += 1
            continue
        if len(cells) == 2 and (group := _group_row(cells, lines, i + used)) is not None:
            rows.append([group] + [""] * (len(kinds) - 1))  # 一 | 健全数据制度: a section row (round 45)
            numbers.append(i + 1)
            i += used
            continue
        row = place_cells(cells, kinds)
        if by_tabs:
            row = _numbered_tab_row(lines, i, kinds, row, rows[-1] if len(rows) > 1 else None)
        if row is not None:
            rows.append(row)
            numbers.append(i + 1)
        elif len(cells) == 1 and _SECTION_CELL.match(cells[0]):
            rows.append([cells[0]] + [""] * (len(kinds) - 1))
            numbers.append(i + 1)
        elif len(cells) >= 3 and all(column_kind(c) != "unknown" for c in cells):
            break  # another table's header
        elif len(rows) == 1:
            break  # a header with no row under it
        elif len(cells) == 1 and signs_off(lines, i):
            break  # the issuer's name under the last row, its date or the text's end below: the signature (round 45)
        elif not _continue(rows, cells, kinds):
            break
        else:
            numbers.extend([i + 1] * (len(rows) - len(numbers)))  # a continuation row's line
        i += used
    return rows, numbers, i


def _goes_on_under(cell: str, lines: Sequence[str], at: int, header: Sequence[str]) -> bool:
    """Whether ``cell``, a line of its own under a table's rows, is ``续表`` (``continued_tables.GOES_ON``) and the
    table's header comes again on the next line with words (``at`` on): a Word table split by a page break, copied
    as text, goes on (round 54; before, the table ended there and the row after the split lost its merged cells).

    >>> header = ["序号", "任务", "牵头单位"]
    >>> _goes_on_under("续表", ["", "序号\t任务\t牵头单位", "2\t乙\tB局"], 0, header)
    True
    >>> _goes_on_under("续表", ["", "2\t乙\tB局"], 0, header), _goes_on_under("附表2", ["序号\t任务\t牵头单位"], 0, header)
    (False, False)
    """
    from reformgraph.loaders.continued_tables import GOES_ON
    from reformgraph.loaders.tables import repeats_header

    if len(cell) > 8 or GOES_ON.fullmatch(cell) is None:
        return False
    after = next((k for k in range(at, min(at + 3, len(lines))) if lines[k].strip()), None)
    return after is not None and repeats_header(tab_cells(lines, after)[0], [header])


def _group_row(cells: Sequence[str], lines: Sequence[str], at: int) -> str | None:
    r"""A section row written as two cells, its number and its name (``一`` | ``健全数据制度``, ``（一）`` | ``…``: a
    sheet's group row copied with its merge lost), over rows numbered in digits (the next row of the lines from
    ``at``): the section's name as one cell reads (``一、健全数据制度``); else None. Before (round 45), ``一`` | ``…``
    ended the table, and ``（二）`` | ``…`` was a task taking the units of the row above as merged cells (round 42's
    reading, kept for a table numbering its tasks ``（一）``).

    >>> _group_row(["一", "健全数据制度"], ["1\t开展试点\t省数据局"], 0), _group_row(["（二）", "推进开发利用"], ["3 编制目录 省数据局"], 0)
    ('一、健全数据制度', '（二）推进开发利用')
    >>> _group_row(["（二）", "制定办法"], ["（三）\t编制目录\t省数据局"], 0) is None
    True
    """
    number, name = cells
    if number[:1] not in _GROUP_OPENERS or _GROUP_NUMBER.match(number) is None or len(name) > 30:
        return None
    if "。" in name or "；" in name or ";" in name:
        return None
    for line in lines[at : at + _LOOK_AHEAD]:
        words = line.split()
        if words:
            if len(words) < 2 or not words[0][:1].isdigit():
                return None
            return number + name if number[-1] in "、）)" else f"{number}、{name}"
    return None


_GROUP_OPENERS = frozenset("一二三四五六七八九十（(")
_GROUP_NUMBER = compiled(r"^(?:[一二三四五六七八九十]{1,3}、?|[（(][一二三四五六七八九十]{1,3}[）)])$")


def _set_by_tabs(header_line: str, header: Sequence[str]) -> bool:
    r"""Whether each tab of ``header_line`` parts two of the ``header``'s names (a tab at its end too), so that a row's
    cells can be placed by their tabs (round 42).

    >>> _set_by_tabs("序号\t重点工作\t牵头单位\t", ["序号", "重点工作", "牵头单位"])
    True
    >>> _set_by_tabs("序号\t\t重点工作  牵头单位", ["序号", "重点工作", "牵头单位"])
    False
    """
    return "\t" in header_line and [cell.strip() for cell in header_line.rstrip().split("\t")] == list(header)


def _numbered_tab_row(
    lines: Sequence[str], at: int, kinds: Sequence[str], placed: list[str] | None, above: Sequence[str] | None
) -> list[str] | None:
    r"""The row on line ``at`` of a table of tabs: its cells by their tabs (``tab_row``) when it is numbered, else
    ``placed`` (its cells placed by what they hold; round 43: a full row by its tabs too, as its cells may read as
    units in a column of no unit: a 提案者 column's 市工商联). A table of tabs is a sheet's cells copied, its merges
    lost: a numbered row's empty unit cells are the merged cells of the row ``above`` (``merged_units``), so a row of
    a number and no unit is a row too, not the row above's text going on (round 42). A row with no number but
    supporting units of its own and no lead is an item's second row under a merged 序号 and lead (round 54).

    >>> kinds = ["number", "task", "lead", "support", "deadline"]
    >>> _numbered_tab_row(["4\t推进电商服务站\t\t\t长期"], 0, kinds, None, ["3", "建冷库", "镇经发办", "", "12月"])
    ['4', '推进电商服务站', '镇经发办', '', '长期']
    >>> _numbered_tab_row(["推进电商服务站\t\t\t长期"], 0, kinds[1:], None, None) is None
    True
    >>> _numbered_tab_row(["0012\t关于托育的提案\t市工商联\t市卫健委"], 0, ["number", "task", "unknown", "lead"], None, None)
    ['0012', '关于托育的提案', '市工商联', '市卫健委']
    """
    row = tab_row(lines, at, len(kinds))
    if row is None or kinds[0] != "number":
        return placed
    if _NUMBER_CELL.match(row[0]):
        return merged_units(row, above, kinds) if above is not None else row
    if not row[0] and above is not None and _supports_alone(row, kinds):
        if _wrapped_units(row, above, kinds):
            return row  # the row above wrapped in every column: its cells by their tabs, joined to it (round 58)
        return merged_units(row, above, kinds)  # its 序号 and lead merged down from the row above (round 54)
    return placed


def _wrapped_units(row: Sequence[str], above: Sequence[str], kinds: Sequence[str]) -> bool:
    """Whether a unit cell of ``row`` goes on with the cell above it left open (``tables.units_go_on``): the row
    above wrapped onto this line, no second row of its own (round 58)."""
    return units_go_on(row, above, Columns(tuple(kinds)))


def _supports_alone(row: Sequence[str], kinds: Sequence[str]) -> bool:
    r"""Whether ``row`` names supporting units and no lead or responsible unit: a second row under a 序号 and a lead
    merged down (a table of tabs loses its merges), whose own cells are its task's, its partners and its date.

    >>> kinds = ["number", "task", "lead", "support", "deadline"]
    >>> _supports_alone(["", "开展专项检查", "", "市审计局", "10月底前"], kinds)
    True
    >>> _supports_alone(["", "开展专项检查", "市审计局", "", ""], kinds), _supports_alone(["", "文字续行", "", "", ""], kinds)
    (False, False)
    """
    from reformgraph.loaders.tables import Columns

    units = Columns(tuple(kinds)).units
    return any(row[k] for k in units) and not any(row[k] for k in units if kinds[k] in ("lead", "single"))


def merged_units(row: list[str], above: Sequence[str], kinds: Sequence[str]) -> list[str]:
    """``row`` with the unit cells a merged cell of the row ``above`` held, as a csv file's rows read them
    (``tables._carry``): no unit cell at all takes every unit cell above; supporting cells but no lead/责任 cell take
    the lead/责任 cells above. A row above with no unit (a section row) gives none.

    >>> kinds = ["number", "task", "lead", "support"]
    >>> merged_units(["2", "整治撂荒地", "", "镇自然资源所"], ["1", "建农田", "镇农业办", "各村"], kinds)
    ['2', '整治撂荒地', '镇农业办', '镇自然资源所']
    >>> merged_units(["2", "整治撂荒地", "", ""], ["1", "建农田", "镇农业办", "各村"], kinds)
    ['2', '整治撂荒地', '镇农业办', '各村']
    """
    from reformgraph.loaders.tables import Columns

    units = Columns(tuple(kinds)).units
    leads = [k for k in units if kinds[k] in ("lead", "single")]
    if not any(row[k] for k in units):
        taken = units
    elif leads and not any(row[k] for k in leads):
        taken = leads
    else:
        return row
    out = list(row)
    for k in taken:
        out[k] = above[k] if k < len(above) else ""
    return out


def _part_goes_on(rows: Sequence[Sequence[str]], lines: Sequence[str], at: int, cells: Sequence[str]) -> bool:
    """True when line ``at`` (its ``cells``), after a blank line under a table of tabs, is still the table's: a
    section row (one cell ``二、…``) with a numbered row among the lines after it, or that numbered row after the
    section row (the last of ``rows``). A plain-text copy of a task list sets its parts' section rows off by blank
    lines, and a part's rows may stand apart by spaces, not tabs (round 41).

    >>> _part_goes_on([["序号"]], ["二、园区建设任务", "", "3    推进人才公寓建设    社会事业局"], 0, ["二、园区建设任务"])
    True
    >>> _part_goes_on([["二、园区建设任务", ""]], ["3    推进人才公寓建设    社会事业局"], 0, ["3", "推进人才公寓建设", "社会事业局"])
    True
    >>> _part_goes_on([["序号"]], ["二、工作要求", "", "各部门要按照任务分工抓好落实。"], 0, ["二、工作要求"])
    False
    """
    if len(cells) == 1:
        return _SECTION_CELL.match(cells[0]) is not None and _row_follows(lines, at + 1)
    after_section = _SECTION_CELL.match(rows[-1][0]) is not None and not any(rows[-1][1:])
    return after_section and _row_follows(lines, at)


def tab_row(lines: Sequence[str], at: int, width: int) -> list[str] | None:
    r"""The cells of the row on line ``at`` of a table of ``width`` columns whose header's names tabs set apart,
    each in its column (an OA system's tab text, a sheet's rows pasted, round 42): read as words apart by white
    space, a row with an empty cell (two tabs in a row) had every cell after it one column left (a quarter ticked in
    二季度 read as 一季度's), and a full row had a cell that reads as units in a column of no unit (round 43: a
    提案者's 市工商联 led). A quoted cell runs over lines as ``tab_cells`` reads it. None when the row has more cells
    than the header (tabs set for alignment, not as cells).

    >>> tab_row(["1\t完成老旧小区改造\t县住建局\t\t\t√\t\t"], 0, 7)
    ['1', '完成老旧小区改造', '县住建局', '', '', '√', '']
    >>> tab_row(['2\t新建站亭\t"县财政局', '各乡镇"\t\t√'], 0, 6)
    ['2', '新建站亭', '县财政局、各乡镇', '', '√', '']
    >>> tab_row(["1\t推进改革\t县财政局"], 0, 3)
    ['1', '推进改革', '县财政局']
    >>> tab_row(["1\t推进改革\t县财政局\t县税务局"], 0, 3) is None
    True
    """
    from reformgraph.loaders.flat_tables import unit_line
    from reformgraph.loaders.tables import unit_cell_text

    quoted = _quoted_fields(lines, at) if '"' in lines[at] else None
    fields = quoted[0] if quoted is not None else lines[at].split("\t")
    cells = []
    for field in fields:
        parts = field.split()
        unit_list = len(parts) > 1 and all(unit_line(part) for part in parts)
        cells.append(unit_cell_text(field.strip()) if unit_list else "".join(parts) if "\n" in field else field.strip())
    while len(cells) > width and not cells[-1]:
        cells.pop()  # tabs after the last column's cell
    if len(cells) > width:
        return None
    return cells + [""] * (width - len(cells))


def _quoted_fields(lines: Sequence[str], at: int) -> tuple[list[str], int] | None:
    r"""The tab-separated fields of the row on line ``at`` whose quoted cells (``"…"``, as Excel copies a cell holding
    line breaks) may run over ``_QUOTED_LINES`` lines, and the lines it takes; None when a quote never closes.

    >>> _quoted_fields(['1\t"推进', '改革"\t县财政局'], 0)
    (['1', '推进\n改革', '县财政局'], 2)
    """
    import csv

    reader = csv.reader((f"{x}\n" for x in lines[at : at + _QUOTED_LINES]), delimiter="\t", strict=True)
    try:
        return next(reader), reader.line_num
    except csv.Error:
        return None


def tab_cells(lines: Sequence[str], at: int) -> tuple[list[str], int]:
    """The cells of the row on line ``at`` (apart by tabs or spaces), and the lines it takes: one, unless a cell of a
    tab-separated row opens with ``"`` (as Excel copies a cell holding line breaks or quotes); that cell then runs
    to its closing quote, over ``_QUOTED_LINES`` lines at most, its quotes dropped and its lines joined (with
    ``、`` when each reads as units, as in a unit cell).

    >>> tab_cells(['2\\t"健全审理机制，', '推行繁简分流"\\t"市司法局', '市财政局"\\t6月底前'], 0)
    (['2', '健全审理机制，推行繁简分流', '市司法局、市财政局', '6月底前'], 3)
    >>> tab_cells(['1\\t"未闭合\\t市司法局'], 0)
    (['1', '"未闭合', '市司法局'], 1)
    """
    line = lines[at]
    if '"' not in line or "\t" not in line:
        return line.split(), 1
    from reformgraph.loaders.flat_tables import unit_line
    from reformgraph.loaders.tables import unit_cell_text

    quoted = _quoted_fields(lines, at)
    if quoted is None:
        return line.split(), 1  # a quote never closed: the quotes are the text's own
    fields, used = quoted
    cells = []
    for field in fields:
        parts = field.split()
        if "\n" in field.strip():
            parts = [unit_cell_text(field) if all(unit_line(p) for p in parts) else "".join(parts)]
        cells.extend(parts)
    return cells, used


# cells of a line set out by position (a PDF's text in layout mode): runs of text one space apart at most
_SEGMENT = compiled(r"\S+(?: \S+)*")
_WORD = compiled(r"\S+")
_LIST_MARKS = "、，,；;/"  # what ends a unit in a list of a cell


def _segments(line: str, wide: bool) -> list[tuple[int, int, str]]:
    """(start column, end column, text) of each run of ``line``'s text, two or more spaces apart. Columns count
    characters, or with ``wide`` a wide (CJK) character as two, as a monospaced editor shows it (pypdf's layout
    counts characters).

    >>> _segments("1   推进改革  市财政局", False), _segments("1   推进改革  市财政局", True)[2]
    ([(0, 1, '1'), (4, 8, '推进改革'), (10, 14, '市财政局')], (14, 22, '市财政局'))
    """
    return _runs(_SEGMENT, line, wide)


_WRAPPED_NAME = 4  # characters: the most of a column's name a header wraps onto its second line (时限, 单位)


def _header_wrapped(header_line: str, following: str, header: Sequence[str]) -> list[str] | None:
    """The names of a header whose cells wrap onto ``following`` (fewer short pieces, each under a name of
    ``header_line``: ``完成`` / ``时限``), each piece joined to the name it stands under (their columns overlap, else
    the nearest; counted in display columns or in characters, as a text layout counts them), when every name so
    joined is a column's (序 / 号 too: a narrow number column, round 58); None when ``following`` is no such line.

    >>> _header_wrapped("序号  任务      牵头单位  完成", "                          时限", ["序号", "任务", "牵头单位", "完成"])
    ['序号', '任务', '牵头单位', '完成时限']
    >>> _header_wrapped("序号  任务  牵头单位", "1     建平台", ["序号", "任务", "牵头单位"]) is None
    True
    """
    if not following.strip() or len(following.split()) >= len(header):
        return None
    for wide in (True, False):
        pieces = _segments(following, wide)
        names = _segments(header_line, wide)
        if [text for _, _, text in names] != list(header) or not all(
            len(text) <= _WRAPPED_NAME and not text[0].isdigit() for _, _, text in pieces
        ):
            return None
        out = list(header)
        for start, end, text in pieces:
            k = min(
                range(len(names)),
                key=lambda n: (max(names[n][0], start) >= min(names[n][1], end), abs(names[n][0] - start)),
            )
            out[k] += text
        if all(is_column_cell(name) for name in out):
            return out
    return None


def _tab_header_rows(upper: str, lower: str) -> list[str] | None:
    r"""The names of a pasted sheet's header of two rows, a merged cell over its sub-columns (``责任单位`` over
    ``牵头单位 | 配合单位``: the merged cell's text in its first column, the next one empty): each column named by
    its lower cell, else by its upper one; None unless ``lower`` names only columns, under an empty upper cell or
    its group's.

    >>> _tab_header_rows("序号\t重点任务\t责任单位\t\t完成时限", "\t\t牵头单位\t配合单位\t")
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
    >>> _tab_header_rows("序号\t重点任务\t责任单位\t\t完成时限", "1\t建平台\t县大数据局\t\t2024年") is None
    True
    """
    if "\t" not in lower:
        return None
    tops = [c.strip() for c in upper.split("\t")]
    subs = [c.strip() for c in lower.split("\t")]
    if len(subs) > len(tops) or not any(not t for t in tops[1:]):
        return None
    subs += [""] * (len(tops) - len(subs))
    named = [i for i, c in enumerate(subs) if c]
    # the lower cells: column names, each under an empty upper cell or the name of the group it opens
    if len(named) < 2 or not all(is_column_cell(subs[i]) and _under_a_group(tops, i) for i in named):
        return None
    out = [sub or top for top, sub in zip(tops, subs)]
    return out if all(out) else None


def _under_a_group(tops: Sequence[str], at: int) -> bool:
    """Whether the upper cell over column ``at`` is empty, or the name of a merged cell whose next cell is empty.

    >>> _under_a_group(["序号", "责任单位", ""], 1), _under_a_group(["序号", "责任单位", ""], 2), _under_a_group(["序号", "时限"], 1)
    (True, True, False)
    """
    return not tops[at] or (at + 1 < len(tops) and not tops[at + 1])


def aligned_columns(header_line: str, header: Sequence[str]) -> bool:
    """True when a header's cells stand two or more spaces apart with nothing but spaces between (a table laid
    out by position: a PDF's text in layout mode, a table typed with spaces), not one space apart or with tabs.

    >>> aligned_columns("序号   重点任务    牵头单位", ["序号", "重点任务", "牵头单位"])
    True
    >>> aligned_columns("序号 重点任务 牵头单位", ["序号", "重点任务", "牵头单位"])
    False
    >>> aligned_columns("序号 重点任务       责任单位   完成时限", ["序号", "重点任务", "责任单位", "完成时限"])
    True
    >>> aligned_columns("序号 重点任务 责任单位   完成时限", ["序号", "重点任务", "责任单位", "完成时限"])
    False
    """
    if "\t" in header_line:
        return False
    words = _words(header_line, False)
    if [text for _, _, text in words] != list(header):
        return False
    gaps = [b[0] - a[1] for a, b in zip(words, words[1:])]
    # round 58: the number column's name may stand one space before the task's (序号 重点任务, a narrow 序号 column
    # printed to PDF) when the later names stand apart by two or more
    return all(gap >= 2 for gap in gaps[1:]) and (gaps[0] >= 2 or len(gaps) >= 3)


def _aligned_rows(
    source: Source, at: int, header: list[str], kinds: Sequence[str], budget: list[int], top: int | None = None
) -> tuple[list[list[str]], list[int], int] | None:
    """The rows of the table whose header (line ``at``; its first line ``top`` when it wraps onto ``at``, round 58)
    sets its columns out by position: each run of a line's
    text falls in the column whose left edge its start is nearest. The edges are where the rows' cells start:
    the median over the numbered rows that fill every column (a header's names are often centred), counted in characters
    or in display columns, whichever aligns them better; None when no row fills every column or their cells do
    not start in columns (``_ALIGNED``), to be read cell by cell instead.

    A number in the number column opens a row; a line without one continues the row above, cell by cell (a PDF
    wraps every cell of a row in its own column: ``_cell_text`` joins the pieces); a section line (``一、…``)
    alone opens a workplan; text in the number column that is no number ends the table. The lines looked at end
    at three blank lines, at text at the left margin (under the header's first name) that no numbered row
    follows (``_row_follows``), or when ``budget[0]`` (the lines left to look at in the document) runs out; the
    lines looked at are taken off it. Returns the rows (the header first), their lines, and the first line after
    the table."""
    lines, compacts = source.lines, source.compacts
    top = at if top is None else top
    heads = [list(header), lines[top].split()]  # the header's lines, as repeated on a new page
    tail = lines[at].split() if top != at else None  # its second line, under its first
    table: dict[int, list[tuple[int, int, str]]] = {}  # the lines of the table and their runs, in characters
    margin = _words(lines[top], False)[0][1]  # where the header's first name ends, in characters
    blank = 0
    i = at + 1
    last = min(len(lines), at + 1 + budget[0])
    while i < last:
        if not compacts[i]:  # blank, or a page number's line (blanked in the compact lines)
            blank += not lines[i].strip()
            if blank == 3:
                after = next((j for j in range(i + 1, last) if compacts[j]), last)
                if after == last or (
                    lines[after].split() not in heads
                    and not _row_after_a_page_break(lines, compacts, i, after, margin + 1)
                ):
                    break
                # a page break, then the header repeated (round 32) or, under no header, a numbered row (round 58):
                # the table goes on
                i, blank = after, 0
                continue
            i += 1
            continue
        blank = 0
        segments = _segments(lines[i], False)
        if lines[i].split() in heads:  # repeated on a new page
            i += 1 + (tail is not None and i + 1 < last and lines[i + 1].split() == tail)
            continue
        start, _, first = segments[0]
        if (
            start < margin
            and not _NUMBER_CELL.match(first)
            and lines[i].split() != header  # repeated on a new page
            and not _SECTION_CELL.match(compacts[i])
            and not _row_follows(lines, i + 1)
        ):
            break  # text at the left margin, no row after it: the prose after the table (a bounded look)
        table[i] = segments
        i += 1
    budget[0] -= i - at
    best = None
    for wide in (False, True):
        starts = [start for start, _, _ in _words(lines[top], wide)[1:]]  # the header's names but the first
        runs = {line: _at_the_header(_segments(lines[line], wide) if wide else table[line], starts) for line in table}
        # the rows that fill every column, opening with their number (no line of prose after the table)
        full = [
            [start for start, _, _ in segs]
            for segs in runs.values()
            if len(segs) == len(kinds) and _NUMBER_CELL.match(segs[0][2])
        ]
        if not full:
            return None
        spread = max(max(column) - min(column) for column in zip(*full))
        if best is None or spread < best[0]:
            best = (spread, runs, [median(column) for column in zip(*full)])
    spread, runs, edges = best
    if spread > _ALIGNED:
        return None
    unit_columns = set(Columns(tuple(kinds)).units)
    # the widest piece of each column, as printed (display columns: a digit one, a Chinese character two): a piece as
    # wide, but a character, is a line its cell wraps
    widest = [0] * len(kinds)
    pieces: list[list[list[tuple[str, int]]]] = []  # per row, per column: (text, width) of each line's piece
    numbers = [at + 1]
    sections: dict[int, str] = {}  # row index → its section line
    end = i
    for line, segments in runs.items():
        if (
            len(segments) == 1
            and _SECTION_CELL.match(compacts[line])
            and segments[0][0] < (edges[2] if len(edges) > 2 else edges[1] + _ALIGNED)
        ):  # a section line, at the left or set in the task column (round 32), never in a later column
            sections[len(pieces)] = compacts[line]
            pieces.append([])
            numbers.append(line + 1)
            continue
        cells: list[list[tuple[str, int]]] = [[] for _ in kinds]
        for start, _, text in segments:
            k = _column_at(edges, start)
            # a piece's width as printed (round 58: a Latin digit half a Chinese character's, in an OFD's text too)
            width = display_width(text)
            cells[k].append(("".join(text.split()), width))
            widest[k] = max(widest[k], width)
        number = "".join(text for text, _ in cells[0])
        if number and _NUMBER_CELL.match(number):
            pieces.append(cells)
            numbers.append(line + 1)
        elif pieces and pieces[-1] and not number:
            for k, more in enumerate(cells):
                pieces[-1][k].extend(more)
        else:
            end = line  # text in the number column that is no number: the table has ended
            break
    rows: list[list[str]] = [list(header)]
    for r, cells in enumerate(pieces):
        if r in sections:
            rows.append([sections[r]] + [""] * (len(kinds) - 1))
        else:
            rows.append(
                [_cell_text(cell, widest[k] - 2, k in unit_columns)[:_MAX_CELL] for k, cell in enumerate(cells)]
            )
    return rows, numbers, end


def _words(line: str, wide: bool) -> list[tuple[int, int, str]]:
    """(start column, end column, text) of each of ``line``'s words (runs of text with no space), columns counted as
    ``_segments`` counts them.

    >>> _words("序号 重点任务   牵头单位", False)
    [(0, 2, '序号'), (3, 7, '重点任务'), (10, 14, '牵头单位')]
    """
    return _runs(_WORD, line, wide)


def _runs(pattern: re.Pattern[str], line: str, wide: bool) -> list[tuple[int, int, str]]:
    """(start column, end column, text) of each match of ``pattern`` in ``line``, columns counting characters or,
    with ``wide``, a wide (CJK) character as two (``_segments``, ``_words``)."""
    out = []
    for m in pattern.finditer(line):
        start = display_width(line[: m.start()]) if wide else m.start()
        out.append((start, start + (display_width(m.group()) if wide else len(m.group())), m.group()))
    return out


def _at_the_header(segments: list[tuple[int, int, str]], starts: Sequence[int]) -> list[tuple[int, int, str]]:
    """``segments`` with a run cut at a single space where the text after it starts where a header's name starts
    (round 58: a Latin number in a full task cell, set apart by pypdf's layout, leaves one space before the next
    cell: ``完成改造小区     42个， 县住房城乡建设``).

    >>> _at_the_header([(25, 37, "42个， 县住房城乡建设")], [3, 30, 40])
    [(25, 29, '42个，'), (30, 37, '县住房城乡建设')]
    >>> _at_the_header([(3, 12, "化管道 15公里。")], [3, 30, 40])
    [(3, 12, '化管道 15公里。')]
    >>> _at_the_header([(26, 37, "2000县妇联、县住房")], [3, 30, 40])
    [(26, 30, '2000'), (30, 37, '县妇联、县住房')]
    """
    out = []
    for start, stop, text in segments:
        cut = next((k for k in range(1, len(text) - 1) if start + k in starts and _cut_at(text, k)), None)
        if cut is None or len(text) != stop - start:  # a wide count: the column is not the character's index
            out.append((start, stop, text))
            continue
        head = text[:cut].rstrip()
        out += [(start, start + len(head), head), (start + cut, stop, text[cut:])]
    return out


def _cut_at(text: str, k: int) -> bool:
    """Whether a run may be cut before ``text[k]``: after a single space, or where a Latin number ends and a Chinese
    character begins (``2000县妇联``: pypdf's layout sets no space where the number's narrower glyphs end).

    >>> _cut_at("42个， 县住房", 5), _cut_at("2000县妇联", 4), _cut_at("2000县妇联", 2), _cut_at("化管道 15公里", 4)
    (True, True, False, True)
    """
    if text[k] == " ":
        return False
    before = text[k - 1]
    return before == " " or (before.isascii() and before.isalnum() and not text[k].isascii())


def _column_at(edges: Sequence[float], start: int) -> int:
    """The column of a piece of a row starting at ``start``: the one whose left edge is nearest, among those whose
    edge is not right of it by more than ``_ALIGNED`` (a cell's text never starts well before its column: round 58's
    ``8处，完`` set apart in a task cell went to the unit column it was nearer).

    >>> _column_at([0, 3, 30, 40], 23), _column_at([0, 3, 30, 40], 28), _column_at([0, 3, 30, 40], 0)
    (1, 2, 0)
    """
    within = [c for c, edge in enumerate(edges) if edge <= start + _ALIGNED] or [0]
    return min(within, key=lambda c: abs(edges[c] - start))


def _row_after_a_page_break(lines: Sequence[str], compacts: Sequence[str], at: int, after: int, past: int) -> bool:
    """Whether line ``after`` opens a numbered row (``_row_follows``), or is a cell's tail from column ``past`` on
    with a row after it, past a page break: a page number's line (blank in the compact lines) among the blank lines
    from ``at`` (round 58: a table whose header Word repeats on no page goes on there).

    >>> row = "5  推进生命线工程  县城市管理局  2026年9月底前"
    >>> _row_after_a_page_break(["", "", "— 1 —", "", row], ["", "", "", "", "5推进"], 0, 4, 4)
    True
    >>> _row_after_a_page_break(["", "", "", "", row], ["", "", "", "", "5推进"], 0, 4, 4)
    False
    """
    paged = any(lines[k].strip() and not compacts[k] for k in range(at, after))
    return paged and (_row_follows(lines, after) or _tail_before_a_row(lines, after, past))


def _tail_before_a_row(lines: Sequence[str], at: int, past: int) -> bool:
    """Whether line ``at`` starts at column ``past`` or after it (right of the number column's name: a cell's wrapped
    tail; prose starts at the margin or its two-character indent) and a numbered row follows within a few lines
    (round 58: a row cut by a page break inside its task or unit cell).

    >>> _tail_before_a_row(["      民政府", "", "5  推进村容村貌提升  县妇联  2026年12月底前"], 0, 6)
    True
    >>> _tail_before_a_row(["　　三、工作要求", "", "5  推进村容村貌提升  县妇联  2026年12月底前"], 0, 6)
    False
    """
    start = len(lines[at]) - len(lines[at].lstrip())
    return start >= past and any(_row_follows(lines, k) for k in range(at + 1, min(len(lines), at + _LOOK_AHEAD)))


_BUDGET = 4  # lines looked at by the position readings, per line of the document
_LOOK_AHEAD = 6  # lines: how far past a line at the left margin a numbered row may come for the table to go on


def _row_follows(lines: Sequence[str], at: int) -> bool:
    """True when one of the few lines from ``at`` opens with a row's number standing apart (``2    推行…``): a
    line at the left margin before it is the table's (a cell drawn at the margin), not the prose after it.

    >>> _row_follows(["", "2    推行电子发票    市税务局"], 0), _row_follows(["各单位要按照任务分工落实。"], 0)
    (True, False)
    """
    for line in lines[at : at + _LOOK_AHEAD]:
        segments = _SEGMENT.findall(line)
        if segments:
            return len(segments) > 1 and _NUMBER_CELL.match(segments[0]) is not None
    return False


def _cell_text(pieces: Sequence[tuple[str, int]], full: int, units: bool) -> str:
    """A cell's text from the pieces of its lines, (text, width): a piece ``full`` wide or wider (the column's
    widest but a character: a mark kept off a line's start pulls one down) is a line the cell wraps, its text
    going on in the next; in a unit column a shorter one ends its unit (one unit a paragraph in the cell), the
    next after a 、.

    >>> _cell_text([("市人力资源社", 6), ("会保障局", 4), ("市税务局", 4), ("国家金融监督", 6), ("管分局", 3)], 5, True)
    '市人力资源社会保障局、市税务局、国家金融监督管分局'
    >>> _cell_text([("推进政务云平", 6), ("台扩容", 3)], 5, False)
    '推进政务云平台扩容'
    """
    out = ""
    for k, (text, width) in enumerate(pieces):
        out += text
        if units and k + 1 < len(pieces) and text[-1] not in _LIST_MARKS:
            if width < full or _next_unit(text, pieces[k + 1][0]):
                out += "、"
    return out


def _next_unit(piece: str, following: str) -> bool:
    """Whether a unit cell's line ``piece``, as wide as the column holds, is a unit of its own that the next line's
    does not go on: a whole unit name, the next line opening with its first character, as units of one list open
    with their level (round 58: ``县农业农村局`` / ``县卫生健康局``, one unit a paragraph, each nearly the column's width).
    A line holding a list is judged by its last unit, the one the next line may go on (round 62: ``市科技局、市`` /
    ``市场监管局`` is ``市市场监管局`` cut after its level, not a list ending before ``市场监管局``).

    >>> _next_unit("县农业农村局", "县卫生健康局"), _next_unit("市生态环境局", "青山分局"), _next_unit("县住房城乡建设", "局")
    (True, False, False)
    >>> _next_unit("市科技局、市", "市场监管局"), _next_unit("市财政局、市商务局", "市税务局")
    (False, True)
    """
    last = _LAST_UNIT.search(piece)
    tail = piece[last.end() :] if last else piece
    return following[:1] == tail[:1] and is_unit_name(tail)


_LAST_UNIT = compiled(f".*[{_LIST_MARKS}]")  # a cell line's list up to its last unit


_NOT_UNITS = frozenset({"other", "person", "phone"})  # columns whose cells may read as units but name none


def place_cells(cells: Sequence[str], kinds: Sequence[str]) -> list[str] | None:
    """A row's cells in their columns (``kinds``: ``tables.Columns.kinds``), placed by what they hold; None
    when no cell reads as units.

    >>> place_cells(["1", "推进证照分离", "市市场监管局", "市司法局", "市政务服务局", "2024年6月"],
    ...             ["number", "task", "lead", "support", "deadline"])
    ['1', '推进证照分离', '市市场监管局', '市司法局、市政务服务局', '2024年6月']
    >>> place_cells(["2", "推行电子发票", "市税务局", "9月底前"], ["number", "task", "lead", "support", "deadline"])
    ['2', '推行电子发票', '市税务局', '', '9月底前']
    >>> place_cells(["2", "建设智慧社区", "区民政局", "区大数据局、各街道", "2024年10月底"],
    ...             ["number", "task", "lead", "support", "deadline"])
    ['2', '建设智慧社区', '区民政局', '区大数据局、各街道', '2024年10月底']
    >>> place_cells(["1", "第12号", "关于增设托育点的建议", "区卫健局"], ["number", "number", "unknown", "lead"])
    ['1', '第12号', '关于增设托育点的建议', '区卫健局']
    >>> place_cells(["3", "推进企业开办", "县市场监管局", "张三", "县税务局", "李四"],
    ...             ["number", "task", "lead", "person", "support", "person"])
    ['3', '推进企业开办', '县市场监管局', '张三', '县税务局', '李四']
    """
    from reformgraph.loaders.deadlines import parse_deadline
    from reformgraph.loaders.flat_tables import unit_line
    from reformgraph.loaders.tables import Columns

    found = [k for k, c in enumerate(cells) if unit_line(c)]
    if not found:
        return None
    if len(cells) == len(kinds) and any(kinds[k] in _NOT_UNITS for k in found):
        unit_columns = Columns(tuple(kinds)).units
        if unit_columns and all(unit_line(cells[k]) for k in unit_columns):
            return list(cells)  # a cell a column: 抽查对象 食品生产企业 stays the object, no unit (round 38)
    if found[0] == 1 and len(found) > 1 and opens_like_a_task(cells[1]) and _NUMBER_CELL.match(cells[0]):
        found.pop(0)  # a numbered row's task whose words end as a unit's name does (建设智慧社区)
    first, last = found[0], found[-1]
    before, units, after = list(cells[:first]), cells[first : last + 1], cells[last + 1 :]
    row = [""] * len(kinds)
    unit_columns = Columns(tuple(kinds)).units
    if kinds[0] == "number" and before and _NUMBER_CELL.match(before[0]):
        row[0] = before.pop(0)
    text_columns = [k for k in range(unit_columns[0]) if kinds[k] != "number"]
    more_numbers = [k for k in range(1, unit_columns[0]) if kinds[k] == "number"]
    if row[0] and more_numbers and len(before) == len(more_numbers) + len(text_columns):
        for k in more_numbers:  # 序号 | 建议号 | 建议标题: a second number column's cell (round 38)
            row[k] = before.pop(0)
    if not before or not text_columns:
        return None  # units alone: no task
    if len(before) == len(text_columns):
        for k, c in zip(text_columns, before):
            row[k] = c
    else:
        task = next((k for k in text_columns if kinds[k] == "task"), text_columns[-1])
        row[task] = "".join(before)
    people_columns = [k for k in range(unit_columns[0], unit_columns[-1]) if kinds[k] in PEOPLE_ROLES]
    if people_columns:  # 牵头单位 | 责任人 | 配合单位: the names among the units fill the person columns in order
        names = [c for c in units if not unit_line(c)]
        for k, c in zip(people_columns, names):
            row[k] = c
        if len(names) > len(people_columns):
            row[people_columns[-1]] = "、".join([row[people_columns[-1]], *names[len(people_columns) :]])
        units = [c for c in units if unit_line(c)]
    for k, c in zip(unit_columns, units):
        row[k] = c
    if len(units) > len(unit_columns):
        row[unit_columns[-1]] = "、".join([row[unit_columns[-1]], *units[len(unit_columns) :]])
    rest = range(unit_columns[-1] + 1, len(kinds))
    for c in after:
        deadline = next((k for k in rest if kinds[k] == "deadline" and not row[k]), None)
        if deadline is not None and parse_deadline(c).status:
            row[deadline] = c
            continue
        other = next((k for k in rest if kinds[k] != "deadline" and not row[k]), None)
        if other is not None:
            row[other] = c
    return row


def _continue(rows: list[list[str]], cells: Sequence[str], kinds: Sequence[str]) -> bool:
    """Add a line that continues the last row of ``rows`` (a cell wrapped onto the next line): a line of units
    to its last unit cell; a line of text as a row of its own holding that text in the task column, which
    ``tables.table_sections`` joins to the task above (``tables.continues_row``: the rule of every table). False
    when the line is no continuation (too long, or no cell to continue)."""
    from reformgraph.loaders.flat_tables import unit_line
    from reformgraph.loaders.tables import Columns

    text = "".join(cells)
    task = next((k for k, kind in enumerate(kinds) if kind == "task"), None)
    start = len(rows) - 1  # the row continued: the last one not itself a continuation
    while start > 1 and task is not None and not any(c for k, c in enumerate(rows[start]) if k != task):
        start -= 1
    row = rows[start]
    held = sum(len(r[task]) for r in rows[start:]) if task is not None else 0
    if len(text) > _MAX_CONTINUATION or max(held, *map(len, row)) > _MAX_CELL:
        return False
    if all(unit_line(c) for c in cells):
        filled = [k for k in Columns(tuple(kinds)).units if row[k]]
        if not filled:
            return False
        row[filled[-1]] = "、".join([row[filled[-1]], *cells])
        return True
    if task is None or not row[task]:
        return False
    rows.append([text if k == task else "" for k in range(len(kinds))])
    return True


def _reading(source: Source, rows: list[list[str]], numbers: list[int]) -> Reading | None:
    from reformgraph.loaders.table_titles import title_above
    from reformgraph.loaders.tables import table_sections

    while len(rows) > 1 and _SECTION_CELL.match(rows[-1][0]) and not any(rows[-1][1:]):
        rows, numbers = rows[:-1], numbers[:-1]  # a heading after the last row is the document's (二、保障措施)
    if len(rows) < 2:
        return None
    title = title_above(source.lines, numbers[0] - 1, source.compacts) or "工作任务"
    sections = table_sections(rows, title=title, row_lines=numbers, carry_units=False)
    if not sections:
        return None
    return Reading(
        "table",
        tuple(sections),
        evidence=sum(len(s.drafts) for s in sections),
        first_line=numbers[0],
        last_line=numbers[-1],
    )

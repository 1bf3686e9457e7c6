"""Task tables flattened one cell per line (a PDF's or a web page's text of a table): the header's column names
each on its line, then each row's cells each on theirs, read as the rows of a real table (``tables``).

>>> from reformgraph.loaders.source import Source
>>> text = "序号\\n工作任务\\n牵头单位\\n完成时限\\n1\\n建设平台\\n区大数据局\\n2025年底"
>>> [[(d.text, d.line) for d in s.drafts] for r in flattened_tables(Source.from_text(text)) for s in r.sections]
[[('建设平台', 7)]]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice

from reformgraph.loaders.assign import read_parenthetical
from reformgraph.loaders.column_names import (
    COLUMN_NAME_HEADS,
    DUTY_COLUMNS,
    DUTY_UNIT_COLUMNS,
    NOTE_LINE,
    may_hold_a_duty_table,
    may_hold_a_table,
)
from reformgraph.loaders.compact import compact
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.plan_periods import date_line
from reformgraph.loaders.prose import duty_partners
from reformgraph.loaders.reading import Reading
from reformgraph.loaders.roles import ASSISTS_ALONE, Assignment, RoleUnit
from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.table_titles import title_of_table
from reformgraph.loaders.tables import (
    _COUNT_ENDS,
    _TEXT_KINDS,
    COLUMN_KIND_OF,
    EMPTY_CELL,
    MAX_HEADER,
    PART_ROW,
    SUMMARY_ROW,
    UNIT_COLUMN_ROLE,
    UNIT_KINDS,
    Columns,
    cell_items,
    cell_units,
    column_kind,
    detect_columns,
    item_units,
    note_units,
    table_sections,
)
from reformgraph.loaders.tasks import Draft, Section, strip_enumerator
from reformgraph.loaders.unit_breaks import opens_a_words_rest
from reformgraph.loaders.unit_lists import BUREAUS, bureaus_joined
from reformgraph.loaders.unit_names import ends_as_a_body, is_unit_name, strip_name_brackets
from reformgraph.loaders.vocab import ISSUER_NAME, LABEL, LABEL_ROLES, WITH
from reformgraph.loaders.wrapped import (
    ended_short,
    indented_as_a_first_line,
    indented_under,
    next_would_fit,
    runs_on_at_top,
    short_of_the_width,
    widest_wide_line,
)
from reformgraph.records import ParseWarning, quoted
from reformgraph.regexcache import compiled
from reformgraph.textwidth import display_width

_ROW_NUMBER = compiled(r"^(\d{1,3})[.．、]?$")
_ANNEX = compiled(r"^(?:附件|附表)[\d一二三四五六七八九十]*[：:.．、]?.{0,40}$")
_STYLES = (
    ("paren_arabic", compiled(r"^[（(](\d{1,3})[)）]")),
    ("paren_cn", compiled(r"^[（(]([一二三四五六七八九十]{1,3})[)）]")),
    ("cn_dun", compiled(r"^([一二三四五六七八九十]{1,3})、")),
    ("arabic_dun", compiled(r"^(\d{1,3})、")),
    ("arabic_dot", compiled(r"^(\d{1,3})[.．](?!\d)")),
    ("circled", compiled(r"^([①-⑳])")),
)
_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
_BARE_SUFFIX = frozenset({"集团", "公司", "有限公司", "集团有限公司", "中心", "委员会", "办公室", "管理局", "分公司"})
_HEADER_PUNCT = compiled(r"[，。；：,;:！？]")


def _style(line: str) -> tuple[str, int] | None:
    for name, pattern in _STYLES:
        m = pattern.match(line)
        if m:
            g = m.group(1)
            if g.isdigit():
                return name, int(g)
            if g in _CN_DIGITS:
                return name, _CN_DIGITS[g]
            if len(g) == 1 and "①" <= g <= "⑳":
                return name, ord(g) - ord("①") + 1
            return name, _cn_number(g)
    return None


def _cn_number(g: str) -> int:
    if len(g) == 2 and g[0] == "十":
        return 10 + _CN_DIGITS.get(g[1], 0)
    if len(g) >= 2 and g[1] == "十":
        return _CN_DIGITS.get(g[0], 0) * 10 + (_CN_DIGITS.get(g[2], 0) if len(g) > 2 else 0)
    return _CN_DIGITS.get(g, 0)


def _header_like(line: str) -> bool:
    core = strip_name_brackets(line)
    return 1 <= len(core) <= 14 and not _HEADER_PUNCT.search(line) and not _ROW_NUMBER.match(line) and not _style(line)


def _read_header(lines: Sequence[tuple[int, str]], k: int) -> tuple[Columns, list[str], int] | None:
    """(columns, names, lines used) of a header starting at ``lines[k]``; split names (牵头 / 部门) are joined."""
    first = lines[k][1]
    if first not in COLUMN_KIND_OF and not (k + 1 < len(lines) and first + lines[k + 1][1] in COLUMN_KIND_OF):
        return None  # a header starts with a column's exact name
    names: list[str] = []
    used: list[int] = []
    j = k
    while j < len(lines) and len(names) < MAX_HEADER:
        c = lines[j][1]
        if j + 1 < len(lines) and (c + lines[j + 1][1]) in COLUMN_KIND_OF:
            names.append(c + lines[j + 1][1])
            j += 2
        elif not PART_ROW.match(c) and (column_kind(c) != "unknown" or _header_like(c)):
            names.append(c)
            j += 1
        else:
            break
        used.append(j)
    while names and column_kind(names[-1]) == "unknown":
        names.pop()
        used.pop()
    if names and used[-1] < len(lines) and _count_over_a_sentence(names[-1], lines[used[-1]][1]):
        names.pop()  # the first row's 任务名称 (``摸清需求底数``) over its 任务内容, no count's column (round 75)
        used.pop()
    if len(names) < 3 or sum(column_kind(n) != "unknown" for n in names) < 2:
        return None
    names = _sub_columns_placed(names)
    cols = detect_columns(names)
    if cols is None:
        return None
    return cols, names, used[-1] - k


def _count_over_a_sentence(name: str, below: str) -> bool:
    """True when ``name``, a header's last line named like a count's column by its end only (``摸清需求底数``, as
    ``牵头任务数``), stands over a sentence (``below`` ends with 。): a row's first cell over its next one, as an
    unnumbered table's 任务名称 over its 任务内容; a count's column has a figure or a unit's name under it. Round 75
    rows75: before, the header took the first row's 任务名称 as a sixth column and the table read no row.

    >>> _count_over_a_sentence("摸清需求底数", "开展意愿调查，建立需求台账。"), _count_over_a_sentence("牵头任务数", "区财政局")
    (True, False)
    """
    return (
        below.endswith("。")
        and name not in COLUMN_KIND_OF
        and column_kind(name) == "other"
        and strip_name_brackets(name).endswith(_COUNT_ENDS)
    )


def _sub_columns_placed(names: list[str]) -> list[str]:
    """A header of two rows flattened one cell per line (a Word table's merged ``责任单位`` over ``牵头单位 | 配合单位``,
    as a portal's text gives it: the first row's names, then the second row's) as one row: the sub-columns named
    last, in the group's place (round 42; before, the rows' units and deadlines were read under the wrong names).

    >>> _sub_columns_placed(["序号", "重点任务", "责任单位", "完成时限", "牵头单位", "配合单位"])
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
    >>> _sub_columns_placed(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
    """
    kinds = [column_kind(n) for n in names]
    subs = len(kinds)
    while subs > 0 and kinds[subs - 1] in _SUB_UNIT_KINDS:
        subs -= 1
    groups = [i for i, kind in enumerate(kinds[:subs]) if kind == "single"]
    if len(names) - subs < 2 or len(groups) != 1 or kinds[subs - 1] in UNIT_KINDS:
        return names  # no run of lead and support names after another column, under one group name
    at = groups[0]
    return [*names[:at], *names[subs:], *names[at + 1 : subs]]


_SUB_UNIT_KINDS = frozenset(("lead", "support"))  # the unit columns a merged 责任单位 cell stands over


def unit_line(c: str) -> bool:
    """True when a line reads as a list of unit names (a unit cell), each maybe after its role's label (a cell
    ``牵头：市公安局；配合：市教育局``: round 36).

    >>> unit_line("市司法局、市财政局"), unit_line("牵头：市公安局；配合：市教育局、市财政局"), unit_line("完成时限：6月底")
    (True, True, False)
    >>> unit_line("牵头单位"), unit_line("配合单位")  # columns' names (round 78)
    (False, False)
    """
    if len(c) > 120 or c in COLUMN_KIND_OF:
        return (
            False  # (牵头单位, 配合单位: a column's name, the header repeated after a page break; round 78 heldout23)
        )
    spans = split_outside(c, "、，,；;/")
    if BUREAUS in c:
        spans = bureaus_joined(c, spans)  # 各街道、相关委、办、局: 相关委、办、局 one collective (round 64)
    parts = [c[a:b] for a, b in spans if b > a]
    return bool(parts) and all(is_unit_name(p) or is_unit_name(_unlabelled(p)) for p in parts)


def _unlabelled(part: str) -> str:
    """``part`` without a unit label opening it (``配合：市教育局`` → ``市教育局``); as it is otherwise."""
    label = LABEL.match(part) if "：" in part or ":" in part else None
    return part[label.end() :] if label is not None and LABEL_ROLES[label.group(1)] in _UNIT_ROLES else part


_UNIT_ROLES = frozenset(("lead", "responsible", "support"))


def _deadline_line(c: str) -> bool:
    return len(c) <= 30 and bool(parse_deadline(c).status)


@dataclass
class _Row:
    start: tuple[int, str]
    lines: list[tuple[int, str]]


def flattened_tables(source) -> list[Reading]:
    """Task tables flattened one cell per line (as HTML/Word tables come out as text), one Reading each.

    A table line repeating one of the body's standalone headings is a section row.
    """
    if not may_hold_a_table(source.compacts) and not may_hold_a_duty_table(source.compacts):
        return []  # no line is a column name or the first part of one: no table header
    lines = [(i, c) for i, c in enumerate(source.compacts) if c]
    out: list[Reading] = []
    headings: frozenset[str] | None = None
    joined = False  # the cells a hard-wrapped text's margin broke, joined from the first column name on
    k = 0
    while k < len(lines):
        first = lines[k][1]
        if not joined and (first in COLUMN_KIND_OF or first in COLUMN_NAME_HEADS or first in DUTY_UNIT_COLUMNS):
            joined = True  # the page's width worked out only for a text with a table's column name (a cost: round 70)
            if source.wrap_width is not None or source.section_widths is not None:
                header = _read_header(lines, k)
                if header is None:  # a word the margin cut (``联席会`` / ``议成员单位…``): the header further on
                    header = _header_after(lines, k)
                kinds = [column_kind(name) for name in header[1]] if header is not None else []
                lines[k:] = cells_run_on(lines[k:], _cell_goes_on(source, kinds))
                first = lines[k][1]
            else:
                lines[k:] = cells_run_on(lines[k:], partial(_name_goes_on, source.compacts))
        if first in DUTY_UNIT_COLUMNS and (duties := _duty_rows(lines, k)) is not None:
            out.append(duties[0])  # 单位 / 职责分工, then each unit and its duties (round 63 heldout4)
            k = duties[1]
            continue
        repeated = k + 1 < len(lines) and lines[k + 1][1] == first  # a header never names a column twice in a row
        found = (
            _read_header(lines, k) if (first in COLUMN_KIND_OF or first in COLUMN_NAME_HEADS) and not repeated else None
        )
        if found is None:
            noted = _rows_noted_below(lines, k) if first == "序号" else None
            if noted is not None:  # 序号 / 工作任务 / … with no unit column, then 注：第1项由A牵头… (round 41)
                reading, k = noted
                out.append(reading)
                continue
            k += 1
            continue
        if headings is None:
            headings = headings_of(source.compacts)
        cols, names, used = found
        reading, stop = _read_rows(source, lines, k, k + used, cols, names, headings)
        if reading is not None:
            out.append(reading)
        k = max(stop, k + used)
    return out


def _header_after(lines: list[tuple[int, str]], k: int):
    """``_read_header`` of the first line after ``k`` that opens a table's header, or None (round 72 wrap72: in
    held-out 24 as a PDF's text at 24 characters, ``会``, the rest of a line the margin cut, was the first line named
    like a column, and the table's deadline column went unknown to the rules joining its cells).

    >>> _header_after([(0, "会"), (1, "序号"), (2, "工作任务"), (3, "责任单位"), (4, "1")], 0)[1]
    ['序号', '工作任务', '责任单位']
    """
    for m in range(k + 1, len(lines)):
        c = lines[m][1]
        if (c in COLUMN_KIND_OF or c in COLUMN_NAME_HEADS) and (header := _read_header(lines, m)) is not None:
            return header
    return None


def cells_run_on(lines: list[tuple[int, str]], goes_on) -> list[tuple[int, str]]:
    """The non-empty ``lines`` (0-based index, compact line) of a hard-wrapped text with each cell the page's margin
    broke joined again: a line goes on in the next non-empty one when ``goes_on(its index, the next one's, the next
    one)`` says so, the joined line under the first one's index. A cell's text wrapped in a PDF's text layer
    (``既有车站建筑进行光伏…的应`` / ``用场景``, ``…江宁路街道、石`` / ``门二路街道``) was two cells: the row's task its
    last words, a unit cut in two (round 70 meta70).

    >>> lines = [(0, "序号"), (2, "推进光伏建筑一体化项目探索，拓宽光伏在轨道交通领域的应"), (3, "用场景"), (5, "区交通委")]
    >>> cells_run_on(lines, lambda i, j, below: i == 2 and j == 3)
    [(0, '序号'), (2, '推进光伏建筑一体化项目探索，拓宽光伏在轨道交通领域的应用场景'), (5, '区交通委')]
    """
    out: list[tuple[int, str]] = []
    for k, (i, c) in enumerate(lines):
        if k and goes_on(lines[k - 1][0], i, c):
            out[-1] = (out[-1][0], out[-1][1] + c)
        else:
            out.append((i, c))
    return out


def _name_goes_on(compacts: Sequence[str], i: int, j: int, below: str) -> bool:
    """Whether line ``i`` of a table flattened one cell per line, its cells set apart by blank lines, goes on in line
    ``j`` (``below``): a unit's name broken in its cell with no blank line between (``区土方工作`` / ``专班``: round 78
    heldout92, a lead cell read as the row's text's end and a unit ``专班``), the line alone no name, the two one.
    A cell that is a name alone (``区建设管理委`` / ``区水务局``) or a sentence (``…推进。`` / ``区水务局``) does not.

    >>> c = ["", "梳理评估潜力一张图", "", "区土方工作", "专班", "", "区建设管理委", "区水务局", ""]
    >>> _name_goes_on(c, 3, 4, c[4]), _name_goes_on(c, 6, 7, c[7]), _name_goes_on(c, 1, 3, c[3])
    (True, False, False)
    """
    return (
        j == i + 1
        and not compacts[i - 1]
        and (j + 1 == len(compacts) or not compacts[j + 1])
        and len(compacts[i]) + len(below) <= _NAME_CELL
        and not is_unit_name(compacts[i])
        and is_unit_name(compacts[i] + below)
    )


_NAME_CELL = 24  # characters: the longest unit name broken in its cell that is joined again


def _cell_goes_on(source, kinds: Sequence[str] = ()) -> Callable[[int, int, str], bool]:
    """Whether line ``i`` of the hard-wrapped ``source`` goes on in line ``j`` (``below``, compact), in a table
    flattened one cell per line: when no blank line stands between them (a line the compacting blanked that holds a
    page's number, ``— 3 —``, is a page break, no blank; so is the blank line of a page break the reader knew, an
    OFD's or a PDF's, over a line that opens no paragraph, ``wrapped.runs_on_at_top``: round 75 meta75) and ``below`` is no row's number nor a column's name,
    ``i`` is a full line that ends no sentence (``Source.runs_on``), or a full one that does over a line that is no
    unit's name either: a duty cell's sentences broken at the margin (``…进行评估和综合研判；`` / ``配合规划资源部门
    落实…``). A list of units' names goes on only a line that opens with one (a unit cell's list): under a task's
    text it is the row's unit cell, and so is one name with the next row under it (``_closes_its_row``). In a table
    whose header (``kinds``, its columns' kinds) names a deadline column, a deadline's cell (``全年推进``, ``持续推进``)
    with no other under it in its row is that row's (round 71 meta71), not a text's last words; and when that column
    is the one before the last, the units', a short line with no mark right over the row's unit cell and its end is
    the deadline's cell however it is worded (``与国家安排同步``)."""
    written, breaks = source.lines, source.page_breaks
    timed = "deadline" in kinds
    deadline_last = len(kinds) > 2 and kinds[-2] == "deadline" and kinds[-1] in UNIT_KINDS
    two_units = sum(kind in UNIT_KINDS for kind in kinds) >= 2  # a lead's column and a partners' (牵头 | 配合)
    units_last = bool(kinds) and kinds[-1] in UNIT_KINDS  # a row ends with its unit cells

    words: set[int] = set()  # lines of names read as a task's words (``_over_a_deadline``)
    widest: list[int] = []

    def wide() -> int:
        """The text's widest line of wide characters alone (``wrapped.widest_wide_line``), worked out once."""
        if not widest:
            widest.append(widest_wide_line(source.compacts))
        return widest[0]

    def _over_a_deadline(j: int) -> bool:
        """Line ``j`` stands over its row's deadline cell and the row's unit cell under that, in a table whose
        units' column comes after the deadline's: a list of names there is the task's words, no unit cell (round
        77 sweep77: held-out 49 indented at 24, ``…节水型机关创建，严`` / ``格控制机关、学校、医院、…公共机构`` /
        ``的用能总量`` / ``全年推进`` / ``机管局、各相关部门``, the task's words cut at the list)."""
        return _above_its_deadline(source.compacts, j)

    def goes_on(i: int, j: int, below: str) -> bool:
        if not all(written[k].strip() for k in range(i + 1, j)) and not (
            all(written[k].strip() or k in breaks for k in range(i + 1, j)) and runs_on_at_top(written[j], below)
        ):
            return False
        if _ROW_NUMBER.match(below) is not None:
            return False
        if j == i + 1 and _in_a_blank_parted_cell(source, i):
            return True  # (cells set apart by blank lines: lines with none between are one cell's)
        if (below in COLUMN_KIND_OF or below in DUTY_UNIT_COLUMNS) and not _cell_ends_in_a_name(source, i, j):
            return False
        if PART_ROW.match(below) is not None:
            return False  # a part's row (行动二：…) under a unit cell ending at the margin (round 71 meta71)
        if below[0] in _CN_DIGITS and _part_number(source.compacts, j):
            return False  # a part's number alone (``十一`` / ``推进绿色低碳区域行动`` / ``52``: round 72 wrap72)
        if below[0].isdigit() and _FIGURES_CELL.fullmatch(below) is not None:
            return False  # a cell of figures (``4-10``, ``7.5-20``: a range), never a sentence's last words
        if source.compacts[i][-1:] in _LIST_GOES_ON and unit_line(source.compacts[i][:-1]) and unit_line(below):
            return True  # a unit cell's list broken after its mark (``区消防救援支队、`` / ``各街道``: round 71 meta71)
        text = i in words or not _a_unit_cells_line(source, i)  # a line of a task's text, not of a unit cell
        if text and _lists_units(below, source.runs_on(j)):
            if not (
                _list_ends_a_sentence(source, j, two_units and units_last)
                or (units_last and timed and _over_a_deadline(j))
            ):
                return False  # a task's cell full to the margin over its row's unit cell
            words.add(j)  # the task's words, which go on as such (``格控制机关、…公共机构`` / ``的用能总量``)
        if timed and _deadline_line(below) and _closes_its_row(source.compacts, j, _deadline_line):
            return False  # a row's deadline cell under its task's text (``…不低于1100小时`` / ``持续推进``)
        if deadline_last and text and _last_but_one_cell(source.compacts, j):
            return (
                False  # the deadline's cell over the row's units and its end (``…主题宣传活动`` / ``与国家安排同步``)
            )
        if two_units and not text:
            # (its last name the margin cut, ``…、市北高新`` / ``集团、城发集团``: the row goes on past the name's rest)
            cut = not unit_line(below) and _units_cut(source, j)
            if (
                (cut or unit_line(below))
                and not opens_a_words_rest(below)  # (``…领导小组办`` / ``公室``: one name)
                and _last_unit_cell(source.compacts, i, j + cut, timed, units_last)
            ):
                return False  # the row's partners' cell under its lead's line (``…区民政局`` / ``区绿化市容局``)
        if not text and _scope_under_units(source.compacts, i, j):
            return False  # the row's last cell under its unit cell full to the margin (``…国家知识产权局`` / ``全国``)
        if not text and unit_line(below) and _units_ended_short(source, i, below):
            return False  # the row's next unit cell under a list of whole names short of the margin (round 73)
        if units_last and not text and _next_row_under_units(source.compacts, i, below):
            return False  # the next row's first cell under its last unit cell full to the margin (round 75)
        if source.runs_on(i):
            if text and two_units and _lead_cell_of_lines(source.compacts, i, j):
                return False  # a task's text ending at the margin over a lead's cell of a name a line (round 75)
            return not (
                text
                and ends_as_a_body(below)
                and is_unit_name(below)
                and _closes_its_row(source.compacts, j, unit_line)
            )
        return (
            source.is_full(i)
            and not is_unit_name(below.rstrip("、，,"))
            and not _ended_short(source, i, below, wide)
            # a sentence ending at the margin over a line indented as a paragraph's first (首行缩进): the next cell's
            # (round 78 sweep78: held-out 30 and real 02 indented, ``…实战效能评估。`` / ``  指导街道…``), under a line
            # set in too where the text sets its first lines alone so (``  （22）…改造。`` / ``  开展…研究。``)
            and not indented_under(written, i)
            and not (
                source.compacts[i].endswith(("。", "；", ";"))
                and written[i][:1] == " "
                and indented_as_a_first_line(written[j])
                and source.first_lines_indented
            )
        )

    return goes_on


def _in_a_blank_parted_cell(source, i: int) -> bool:
    """True when line ``i`` of a hard-wrapped text whose paragraphs (and a table's cells, one a line) are set apart by
    blank lines (``Source.blank_parted``) is full, as is every line of its cell above it, under a blank line: the cell
    goes on in the next line, whatever it reads as (round 78 sweep78: held-out 30 wrapped at 20, a task cell's
    ``指导各街道…大力发展`` / ``建设政府专职消防队、志愿消防队、微型消防`` / ``站。``, its second line a list of bodies,
    was read as the row's unit cell). A line short of the margin in the cell above (a row's cells with no blank line
    between them) shows no such text.

    >>> from reformgraph.loaders.source import Source
    >>> para = ["推进改革，全面完成各项任务。", ""] * 4
    >>> cell = ["", "指导各街道按照国家和本市地方标准大力发展", "建设政府专职消防队、志愿消防队、微型消防", "站。", ""]
    >>> s = Source.from_text("\\n".join(["推进" * 10] * 4 + para + cell))
    >>> _in_a_blank_parted_cell(s, 13), _in_a_blank_parted_cell(s, 14)
    (True, True)
    >>> s = Source.from_text("\\n".join(["推进" * 10] * 4 + cell))  # no paragraphs set apart by blank lines
    >>> _in_a_blank_parted_cell(s, 5)
    False
    """
    compacts, written = source.compacts, source.lines
    k = i
    while k >= 0 and compacts[k]:
        if not source.is_full(k):
            return False
        k -= 1
    return k >= 0 and not written[k].strip() and source.blank_parted


def _a_unit_cells_line(source, i: int) -> bool:
    """True when line ``i`` of a hard-wrapped table is a unit cell's: it opens with a body's name, or with the rest of
    one the margin cut on the line above, itself a unit cell's line that runs on (``发展改革委、…、科技经济`` /
    ``委、民政局、…、体育`` / ``局、房管局、…``). Round 77 sweep77: held-out 49 wrapped at 26 and 30, the cell's second
    line, opening with ``委``, read as a task's words full to the margin over the row's unit cell, which ended the
    cell there; its last names were read as the next cell, the row's columns moved by one and it lost its task.

    >>> from reformgraph.loaders.source import Source
    >>> lines = ["推进" * 12 + "改造"] * 6 + ["发展改革委、商务委、机管局、教育局、国资委、科技经济", "委、民政局、体育局"]
    >>> s = Source.from_text("\\n".join(lines))
    >>> _a_unit_cells_line(s, 7), _a_unit_cells_line(Source.from_text("\\n".join(lines[:6] + ["推进" * 13, "委、民政局"])), 7)
    (True, False)
    """
    compacts = source.compacts
    while not is_unit_name(first := compacts[i].split("、")[0]):
        if i == 0 or not compacts[i - 1] or not source.runs_on(i - 1):
            return False
        if not is_unit_name(compacts[i - 1].rsplit("、", 1)[-1] + first):
            return False  # (not a name's rest: a task's words under a line of them)
        i -= 1
    return True


def _next_row_under_units(compacts: Sequence[str], i: int, below: str) -> bool:
    """True when ``below`` is the next row's first cell under line ``i``, a list of whole units' names filling the line
    in a table whose rows end with their unit cells: ``below`` names no unit, holds no list and opens no word a list
    goes on with (``等部门``, ``及…``, a bracket), nor ends the list's last name the margin cut (``…、区商务`` / ``委``).
    Round 75 rows75: held-out 82's 任务清单 as a PDF's text, ``…石门二路街道、彭浦镇`` / ``丰富单品类专项回收利用`` (a
    row's 配合单位 cell, then the next row's 任务名称), joined: the row's partners lost.

    >>> _next_row_under_units(["静安寺街道、北站街道、彭浦镇"], 0, "丰富单品类专项回收利用")
    True
    >>> _next_row_under_units(["区发展改革委、区商务"], 0, "委"), _next_row_under_units(["区财政局、区商务委"], 0, "等部门")
    (False, False)
    >>> _next_row_under_units(["各街镇落实责任，发挥基层党组织、业主委员会、"], 0, "物业企业等在推进分类中的作用")
    False
    """
    c = compacts[i]
    if c[-1] in _LIST_GOES_ON or _HEADER_PUNCT.search(c) or below[0] in _LIST_WORDS:
        return False  # a list going on after its mark, a clause (``…责任，进一步发挥…、业主委员会、``), a list's words
    # the rest of a name the margin cut, maybe a list's first name (``…北站`` / ``街道、彭浦镇``): the list goes on
    return (
        not unit_line(below)
        and (_lists_units(c) or _a_cell_of_one_name(compacts, i) or _names_after_a_rest(compacts, i))
        and not is_unit_name(c.rsplit("、", 1)[-1] + below.split("、", 1)[0])
    )


def _names_after_a_rest(compacts: Sequence[str], i: int) -> bool:
    """True when compact line ``i`` opens with the rest of a name the line above cut and lists whole names after it
    (``…、区卫健委、区市场监管`` / ``局、区房管局、区机管局``): a unit cell's last line, a list of whole names as
    ``_lists_units`` reads one (round 78 sweep78: held-out 82 as a PDF's text at 20, that line full within the slack ran
    on into the next row's 任务内容).

    >>> _names_after_a_rest(["区卫健委、区市场监管", "局、区房管局、区机管局"], 1)
    True
    >>> _names_after_a_rest(["区卫健委、加强监", "管、区房管局、区机管局"], 1), _names_after_a_rest(["", "局、区房管局"], 1)
    (False, False)
    """
    first, _, rest = compacts[i].partition("、")
    above = compacts[i - 1] if i > 0 else ""
    return (
        bool(rest and above)
        and is_unit_name(above.rsplit("、", 1)[-1] + first)
        and (_lists_units(rest) if "、" in rest else is_unit_name(rest))
    )


def _a_cell_of_one_name(compacts: Sequence[str], i: int) -> bool:
    """True when line ``i`` is one unit's whole name (ending as a body's, or 单位) under a unit cell's line that ended short of
    it (a cell of units above, ending no list with its mark): the name opens a unit cell of its own, however full its
    line. Round 76 sweep76: held-out 82 as a PDF's text at 24, the row's 配合单位 ``静安区…推进领导小组成员单位`` (46
    columns of 48) under its 责任单位 ``区…推进领导小组办公室`` (40) ran on into the next row's 任务内容.

    >>> rows = ["区生活垃圾分类工作推进领导小组办公室", "静安区生活垃圾分类工作推进领导小组成员单位"]
    >>> _a_cell_of_one_name(rows, 1), _a_cell_of_one_name(["加强统筹协调，按要求及时报送", rows[1]], 1)
    (True, False)
    >>> _a_cell_of_one_name(["区发展改革委、", rows[1]], 1), _a_cell_of_one_name([rows[1] + "长", rows[1]], 1)
    (False, False)
    >>> _a_cell_of_one_name(["各街道", "适时组织召开全区消防安全综合治理工作会"], 1)  # a task's words, not a body
    False
    """
    c = compacts[i]
    above = next((compacts[k] for k in range(i - 1, -1, -1) if compacts[k]), "")
    return (
        (ends_as_a_body(c) or c.endswith("单位"))
        and is_unit_name(c)
        and unit_line(above)
        and above[-1] not in _LIST_GOES_ON
        and display_width(above) < display_width(c)
    )


def _lead_cell_of_lines(compacts: Sequence[str], i: int, j: int) -> bool:
    """True when line ``j``, one unit's whole name (ending as a body's: 局, 委 …), is the first line of its row's lead
    cell under line ``i``, its task's text full to the margin with no sentence's end, in a table with a lead's column
    and a partners': another unit's name comes right under ``j`` (a lead's cell of two names, a line each with no
    mark between them, then the partners'), and ``i`` ends with no word that takes a body after it (``报``, ``向``,
    ``会同``, ``与``, a list's ``、``): a task's words never end with a bare name after a noun (``…设施配套工作`` /
    ``区市场监管局`` / ``区商务委`` / ``区绿化市容局``: round 75 sweep75, held-out 24 as a PDF's text at 24 and 48, where
    the text's last 48 characters filled two lines exactly and its row lost its first lead).

    >>> rows = ["落实湿垃圾就地处理设施配套工作", "区市场监管局", "区商务委", "区绿化市容局", "2019年", "24"]
    >>> _lead_cell_of_lines(rows, 0, 1), _lead_cell_of_lines(["形成整改方案报", *rows[1:]], 0, 1)
    (True, False)
    >>> _lead_cell_of_lines([rows[0], "区市场监管局", "2019年", "24"], 0, 1)  # one unit cell: the text's end
    False
    """
    below = compacts[j]
    if compacts[i][-1:] in _TAKES_A_BODY or not (ends_as_a_body(below) and is_unit_name(below)):
        return False
    after = next((c for c in compacts[j + 1 : j + 3] if c), "")
    return bool(after) and ends_as_a_body(after) and unit_line(after)


# a task's last words before a body's name: a verb or a preposition that takes one (报, 报送, 提交, 向, 由, 会同, 配合,
# 协助, 督促, 指导, 提请, 告知, 反馈, 委托, 组织, 协调 …), a list's 和, 与, 及, 或, 、
_TAKES_A_BODY = frozenset("报送交向由同合助促导与和及或请对给经将为至到商知馈荐托织调动、，,")


def _units_ended_short(source, i: int, below: str) -> bool:
    """True when line ``i``, a unit cell's list of whole names that looks full, is the cell's last: ``below``'s first
    character would have fitted on it within the text's width less a wide character (the room a page's justified
    lines vary by: no line of the cell above to measure by). Round 73 wrap73: real 02 (held-out 53) as a PDF's text
    at 24, ``上海铁路局集团有限公司、上海金山铁路有限公司`` (22 wide characters at 24) over the row's next partners' cell
    written the same: joined, one list of doubled names read none."""
    c = source.compacts[i]
    return source.runs_on(i) and unit_line(c) and next_would_fit(c, source.width_at(i) - 2, below, source.lines[i])


def _ended_short(source, i: int, below: str, wide=lambda: 1 << 30) -> bool:
    """True when line ``i``, a cell's sentence ending short of the width of the cell's line above it (which runs on),
    is the cell's last: ``below``'s first character would have fitted on it (``wrapped.ended_short``; round 73
    wrap73: held-out 30 as a PDF's text at 32, ``…表彰奖励和实战效能评估。`` over the next row's task cell under one
    merged units' cell, ``指导街道充分发挥…``, joined: the row lost)."""
    if i == 0:
        return False
    if not source.runs_on(i - 1):
        # a line above that reached the text's width: the margin is the text's, or its widest line of wide
        # characters alone (``wide()``, worked out when asked) where narrower (round 77)
        above, width = source.compacts[i - 1], source.width_at(i)
        if not above or width is None or display_width(above) < width:
            return False
        return short_of_the_width(source.compacts[i], display_width(above), min(width, wide()), below, source.lines[i])
    return ended_short(source.compacts[i], [display_width(source.compacts[i - 1])], below, source.lines[i])


def _scope_under_units(compacts: Sequence[str], i: int, j: int) -> bool:
    """True when line ``j`` is a cell of its own under line ``i``, a unit cell of whole names filling the line: ``j``
    names no unit, opens no word that goes on a list (``等部门``, ``及…``, a bracket) and the next row's number
    follows it (a 推广范围 cell, ``全国``, ``8个改革试验区域``: round 72 wrap72b, real 11 at 24).

    >>> _scope_under_units(["最高人民法院、最高人民检察院、国家知识产权局", "全国", "2"], 0, 1)
    True
    >>> _scope_under_units(["市发展改革委、市财政局", "等部门", "2"], 0, 1)
    False
    >>> _scope_under_units(["区发展改革委、区商务", "委、区国资委", "3"], 0, 1), _scope_under_units(["区发展改革委、区商务", "委", "3"], 0, 1)
    (False, False)

    The cell's second line opening with the rest of a name the margin cut (``…、国家知识产权`` / ``局、教育部、…、司法部``
    / ``8个改革试验区域``: real 11 as a PDF's text at 22) lists its other names:

    >>> _scope_under_units(["科技部、国家知识产权", "局、教育部、中科院、司法部", "8个改革试验区域", "7"], 1, 2)
    True
    """
    below = compacts[j]
    names = compacts[i]
    if i > 0 and compacts[i - 1] and "、" in names:
        rest, others = names.split("、", 1)  # a name's rest the margin cut on the line above (round 77 sweep77)
        if not is_unit_name(rest) and is_unit_name(compacts[i - 1].rsplit("、", 1)[-1] + rest):
            names = others
    if below[0] in _LIST_WORDS or "、" in below or unit_line(below) or not _lists_units(names):
        return False
    if is_unit_name(compacts[i].rsplit("、", 1)[-1] + below):
        return False  # a name the margin cut after a name's first words (``…、区商务`` / ``委``)
    return _closes_its_row(compacts, j, lambda c: True)


_LIST_WORDS = "等及和与或（(〔【“"


def _cell_ends_in_a_name(source, i: int, j: int) -> bool:
    """True when line ``j``, a column's name (``落实情况``), is the last words of the cell that line ``i`` runs on
    from (full to the margin, no sentence's end: ``…跟踪评价各领域相关任务`` / ``落实情况``), not a header repeated on a
    new page, which names its columns one a line (the next non-empty line another column's name). Round 72 wrap72:
    held-out 49 wrapped at 28, the row's task read as ``落实情况``.

    >>> from reformgraph.loaders.source import Source
    >>> rows = ["统筹协调推进全区塑料污染治理工作，跟踪评价各领域相关任务", "落实情况", "全年推进"] * 4
    >>> source = Source.from_text("\\n".join(rows[:-2] + ["序号", "落实情况", "责任单位"]))
    >>> source.wrap_width is not None, _cell_ends_in_a_name(source, 0, 1), _cell_ends_in_a_name(source, 9, 11)
    (True, True, False)
    """
    if not source.runs_on(i):
        return False
    after = next((c for c in source.compacts[j + 1 : j + 3] if c), "")
    return not (after in COLUMN_KIND_OF or after in DUTY_UNIT_COLUMNS)


_FIGURES_CELL = compiled(r"\d+(?:\.\d+)?[-~～—－]\d+(?:\.\d+)?%?")  # a range of figures alone: 4-10, 7.5-20
_CN_NUMBER_ALONE = compiled(r"[一二三四五六七八九十]{1,3}")


def _part_number(compacts: Sequence[str], j: int) -> bool:
    """True when compact line ``j`` is a part's number alone (``十一``), its title on the next line and the part's
    first row's number under that (``推进绿色低碳区域行动`` / ``52``): a part's row of a table flattened one cell a line,
    not a cell's last words the margin cut (held-out 49 as a PDF's text at 24 and 36, the unit cell above ran on).

    >>> _part_number(["…等", "十一", "推进绿色低碳区域行动", "52"], 1), _part_number(["…实现统", "一", "2025年底"], 1)
    (True, False)
    """
    if _CN_NUMBER_ALONE.fullmatch(compacts[j]) is None:
        return False
    after = [c for c in compacts[j + 1 : j + 1 + _ROW_LOOKAHEAD] if c][:2]
    return (
        len(after) == 2
        and _ROW_NUMBER.match(after[0]) is None
        and _CN_NUMBER_ALONE.fullmatch(after[0]) is None
        and _ROW_NUMBER.match(after[1]) is not None
    )


def _last_unit_cell(compacts: Sequence[str], i: int, j: int, timed: bool, units_last: bool = False) -> bool:
    """True when compact line ``i``, a list of whole units' names filling the line, and line ``j`` under it, units
    too, are a row's two unit cells: the next row's number (or a part's row) comes right after ``j``, or its row's
    deadline cell and then the number (``timed``). Joined, the row would name no partner (round 72 wrap72: held-out
    24 as a PDF's text at 24 and 28, ``区城管执法局、区住房保障房屋管理局、区民政局`` / ``区绿化市容局`` / ``2019年`` / ``38``).
    A name the margin cut (``区人力资源社`` / ``会保障局``) leaves no whole name at the line's end.

    >>> _last_unit_cell(["区城管执法局、区民政局", "区绿化市容局", "2019年", "38"], 0, 1, True)
    True
    >>> _last_unit_cell(["区城管执法局、区民政局", "区绿化市容局", "区商务委", "2019年", "38"], 0, 1, True)
    False

    In a table whose rows end with their unit cells and need no number (``units_last``), a line that is no unit's
    under ``j`` is the next row's first cell (round 76 sweep76: held-out 82 as a PDF's text at 28, its 责任单位
    ``区建管委、…、区商务委`` full to the margin over its 配合单位 ``各街镇`` and the next row's 任务内容): a page keeps a
    list's 、 off a line's start, so a list the margin broke between two names ends its line with the mark.

    >>> _last_unit_cell(["区建管委、区商务委", "各街镇", "推进分类。"], 0, 1, False, True)
    True
    >>> _last_unit_cell(["区建管委、区商务委", "各街镇", "/", "推进分类。"], 0, 1, False, True)
    False
    >>> _last_unit_cell(["区房管局、区城管", "执法局、区机管局", "推进分类。"], 0, 1, False, True)
    False
    """
    if not unit_line(compacts[i]):
        return False
    after = [c for c in compacts[j + 1 : j + 1 + _ROW_LOOKAHEAD] if c][:2]
    if after and (_ROW_NUMBER.match(after[0]) is not None or PART_ROW.match(after[0]) is not None):
        return True
    if units_last and after and not unit_line(after[0]) and after[0] not in EMPTY_CELL:
        # a whole body's name at the line's end, not one the margin cut (``…、区城管`` / ``执法局、区机管局``)
        return ends_as_a_body(compacts[i].rsplit("、", 1)[-1])
    return (
        timed
        and len(after) == 2
        and _deadline_line(after[0])
        and (_ROW_NUMBER.match(after[1]) is not None or PART_ROW.match(after[1]) is not None)
    )


def _last_but_one_cell(compacts: Sequence[str], j: int) -> bool:
    """True when compact line ``j`` is a short line with no mark that is no unit's name, under which come one unit
    cell and then the next row's number or a part's row (its row's deadline cell, in a table whose last columns
    are the deadline's and the units').

    >>> _last_but_one_cell(["…宣传活动", "与国家安排同步", "各相关部门、各街镇", "", "46"], 1)
    True
    >>> _last_but_one_cell(["…宣传活动", "与国家安排同步", "各相关部门、各街镇", "年内完成"], 1)
    False
    """
    c = compacts[j]
    if len(c) > _SHORT_CELL or _HEADER_PUNCT.search(c) is not None or is_unit_name(c):
        return False
    after = [c for c in compacts[j + 1 : j + 2 + _ROW_LOOKAHEAD] if c][:2]
    return (
        len(after) == 2
        and unit_line(after[0])
        and (_ROW_NUMBER.match(after[1]) is not None or PART_ROW.match(after[1]) is not None)
    )


_SHORT_CELL = 12  # characters: the most of a deadline's cell written in words (与国家安排同步, 根据上级部署推进)
_LIST_GOES_ON = frozenset("、，,")  # a list of units ending with one goes on in the next line
_ROW_LOOKAHEAD = 6  # non-empty lines: how far a row's end is looked for under a one-name line


def _closes_its_row(compacts: Sequence[str], j: int, cell: Callable[[str], bool]) -> bool:
    """True when compact line ``j`` (a unit's name, a deadline, under a full line of a task's text) is its row's
    ``cell``: the next row's number (or a part's row) comes before any other such cell, within ``_ROW_LOOKAHEAD``
    lines (``…的扶持力度`` / ``各区政府`` / ``36``: round 71 meta71), or the text's end after a cell of the row's
    (``…事中事后监管`` / ``持续推进`` / ``发展改革委…等各相关部门``, the table's last row: round 72 wrap72). A name with the
    row's unit cell under it is the text's wrapped end (``…行业龙`` / ``头或核心企业`` / ``年内完成`` / ``投资办``, round 70
    meta70); with neither in sight, the same.

    >>> _closes_its_row(["加大扶持力度", "各区政府", "", "36"], 1, unit_line)
    True
    >>> _closes_its_row(["…龙", "头或核心企业", "年内完成", "投资办", "16"], 1, unit_line)
    False
    >>> _closes_its_row(["…监管", "持续推进", "发展改革委等各相关部门"], 1, _deadline_line)
    True

    So does a part's number alone over its title and first row (``_part_number``): the title is no cell of the row's,
    however it is worded (round 77 sweep77: held-out 49 as a PDF's text at 30, ``…报送光伏进展情况`` / ``持续推进`` /
    ``建设管理委、…`` / ``三`` / ``持续推动节能降碳增效`` / ``11``, the title read as a deadline's cell and the row's own
    ``持续推进`` went on its task's text):

    >>> _closes_its_row(["…情况", "持续推进", "建设管理委", "三", "持续推动节能降碳增效", "11"], 1, _deadline_line)
    True
    """
    kind, _, seen = _next_in_row(compacts, j, cell)
    return kind == "row" or (kind == "end" and seen > 0)  # the text's end closes its last row, after that row's
    # other cells (round 72 wrap72)


def _next_in_row(compacts: Sequence[str], j: int, cell: Callable[[str], bool]) -> tuple[str, int, int]:
    """What comes first under compact line ``j`` (kind, its line, the lines passed): the next row's number or a
    part's row (``row``), a line that is ``cell`` (``cell``), neither within ``_ROW_LOOKAHEAD`` lines (``far``) or
    the text's end (``end``): ``_closes_its_row``'s and ``_above_its_deadline``'s one look down a row.

    >>> _next_in_row(["…监管", "持续推进", "发展改革委", "36"], 0, _deadline_line), _next_in_row(["…", "甲", "2"], 0, _deadline_line)
    (('cell', 1, 0), ('row', 2, 1))
    """
    seen = 0
    for k in range(j + 1, len(compacts)):
        c = compacts[k]
        if not c:
            continue
        if _ROW_NUMBER.match(c) is not None or PART_ROW.match(c) is not None:
            return "row", k, seen
        if c[0] in _CN_DIGITS and _part_number(compacts, k):
            return "row", k, seen
        if cell(c):
            return "cell", k, seen
        if seen == _ROW_LOOKAHEAD:
            return "far", k, seen
        seen += 1
    return "end", len(compacts), seen


def _above_its_deadline(compacts: Sequence[str], j: int) -> bool:
    """True when a row's deadline cell comes under compact line ``j`` before the next row's number (within
    ``_ROW_LOOKAHEAD`` lines) and a line of units' names right under that cell: ``j`` is above the row's deadline, in
    a table whose units' column comes after it (``_cell_goes_on``).

    >>> _above_its_deadline(["…创建，严", "格控制机关、学校、医院", "的用能总量", "全年推进", "机管局、各相关部门", "49"], 1)
    True
    >>> _above_its_deadline(["…创建", "机管局、学校、医院", "全年推进", "48"], 1)  # no unit cell under the deadline
    False
    """
    kind, k, _ = _next_in_row(compacts, j, _deadline_line)
    return kind == "cell" and unit_line(next((d for d in compacts[k + 1 : k + 1 + _ROW_LOOKAHEAD] if d), ""))


def _list_ends_a_sentence(source, j: int, row_cells: bool = False) -> bool:
    """True when the list of names on line ``j`` of a hard-wrapped table runs on at the margin into a line that ends its
    sentence (``。``, no list in it) whose first words make no name with the list's last one: the list is a task's words
    cut at the margin, the line under it their end (round 78 sweep78: held-out 82 at 20, ``…在大型园区、…、机关企`` /
    ``事业单位、学校、医院、标准化集贸市场等区`` / ``域落地。`` read as the row's unit cell, ``等区`` a body's name).
    Guards: a unit cell whose last name the margin cut, ``…、区绿化市`` / ``容局。``, and one that ends short of the
    margin. ``row_cells``: the table's rows end with a lead's cell and a partners'; a list whose rest makes a name
    with it (``…、微型消防`` / ``站。``) is a task's words too when two unit cells of one line each come under it.

    >>> from reformgraph.loaders.source import Source
    >>> full = ["推进" * 10] * 4
    >>> _list_ends_a_sentence(Source.from_text("\\n".join([*full, "事业单位、学校、医院、标准化集贸市场等区", "域落地。"])), 4)
    True
    >>> _list_ends_a_sentence(Source.from_text("\\n".join([*full, "区商务委、区教育局、区卫健委、区绿化市", "容局。"])), 4)
    False
    >>> _list_ends_a_sentence(Source.from_text("\\n".join([*full, "区商务委、区教育局、区卫健委", "域落地。"])), 4)
    False
    >>> cell = ["建设政府专职消防队、志愿消防队、微型消防", "站。", "区消防救援支队", "各街道", "推进。"]
    >>> _list_ends_a_sentence(Source.from_text("\\n".join([*full, *cell])), 4, True)
    True
    >>> cell = ["区商务委、区教育局、区卫健委、区绿化市", "容局。", "区消防救援支队、", "各街道", "推进。"]
    >>> _list_ends_a_sentence(Source.from_text("\\n".join([*full, *cell])), 4, True)
    False
    """
    after = source.compacts[j + 1] if j + 1 < len(source.compacts) else ""
    if not after.endswith("。") or "、" in after or not source.runs_on(j):
        return False
    last = source.compacts[j].rsplit("、", 1)[-1]
    if not is_unit_name(last + _FIRST_WORDS.split(after, 1)[0]):
        return True
    # (its rest makes a name, ``…、微型消防`` / ``站。``: in a table whose rows end with a lead's cell and a partners',
    # both under the sentence's end show the row's unit cells to come, held-out 30 as a PDF's text at 20)
    compacts = source.compacts
    cells = [k for k in range(j + 2, min(j + 2 + _ROW_LOOKAHEAD, len(compacts))) if compacts[k]][:2]
    return (
        row_cells
        and len(cells) == 2
        and all(unit_line(compacts[k]) for k in cells)
        and compacts[cells[0]][-1] not in _LIST_GOES_ON
        and not source.is_full(cells[0])
    )


_FIRST_WORDS = compiled("[，,。；;：:、（(]")  # what ends a line's first words


def _units_cut(source, j: int) -> bool:
    """True when line ``j`` of a hard-wrapped table is a unit cell whose last name the margin cut, its rest opening the
    next line: a list (``_lists_units``, broken) or one name (``静安区…领导小组成`` / ``员单位``: round 78 sweep78,
    held-out 82 as a PDF's text at 20, a row's partners' cell under its lead's, ``区…领导小组办公室`` at the margin).

    >>> from reformgraph.loaders.source import Source
    >>> cut = ["静安区生活垃圾分类减量工作推进领导小组成", "员单位", "加强领导小组的组织协调和统筹调度，细化责", "任分工"]
    >>> s = Source.from_text("\\n".join(["推进" * 10] * 4 + cut))
    >>> _units_cut(s, 4), _units_cut(s, 6)  # a name's rest; a task's words
    (True, False)
    """
    below = source.compacts[j]
    if not source.runs_on(j):
        return False
    if _lists_units(below, True):
        return True
    after = source.compacts[j + 1] if j + 1 < len(source.compacts) else ""
    *names, last = below.split("、")
    return all(map(is_unit_name, names)) and is_unit_name(last + _FIRST_WORDS.split(after, 1)[0])


def _lists_units(c: str, broken: bool = False) -> bool:
    """True when a compact line is a list of several units' names (``市交通委、市经济信息化委``); one name alone is
    none (``头或核心企业``, the end of a task's text, reads as one). ``broken``: the line runs on at the margin, so
    its last name may be cut (``区文化旅游局、区房管局、…、置业`` / ``集团``: round 71 meta71), a few characters after
    two names or more, in a line with no mark but 、 (``…公交枢纽站、中途站、首末站的光伏`` is a task's words).

    >>> _lists_units("市交通委、市经济信息化委"), _lists_units("门二路街道"), _lists_units("推进光伏建设、加强监管")
    (True, False, False)
    >>> _lists_units("区文化旅游局、区房管局、置业", True), _lists_units("区文化旅游局、区房管局、置业")
    (True, False)

    A list broken after its mark, a comma too (``嘉定区、青浦区、奉贤区政府，`` / ``临港新片区管委会``: round 78 sweep78,
    held-out 50 as a PDF's text at 22, the task cell above it full within the slack ran on into it):

    >>> _lists_units("嘉定区、青浦区、奉贤区政府，"), _lists_units("推进绿地建设、开放共享，")
    (True, False)
    """
    names = c.rstrip("、，,").split("、")
    if len(names) < 2 or not all(is_unit_name(name) for name in names[:-1]):
        return False
    last = names[-1]
    return is_unit_name(last) or (
        broken and len(names) > 2 and len(last) <= _CUT_NAME and _HEADER_PUNCT.search(c) is None
    )


_CUT_NAME = 6  # characters: the most of a unit's name a margin leaves on a line's end


def _duty_rows(lines: Sequence[tuple[int, str]], k: int) -> tuple[Reading, int] | None:
    r"""(reading, index of the line after the table) of a two-column table of duties flattened one cell per line
    from ``lines[k]``: ``单位`` / ``职责分工``, then each row's unit cell and its duties' cell (a 协调机制's 成员单位职责分工
    as a portal's text gives it). Each row is a task its unit leads, its line the unit's cell, its text the duties
    (round 63 heldout4; before, a row was read only when its duties opened with 负责 or 指导, as one paragraph with
    the unit: ``区规划资源局`` / ``拟定…，负责…`` was none). None unless two rows or more follow the header.

    >>> text = "单位\n职责分工\n区财政局\n保障工作经费。\n区水务局\n依法实施水行政执法。\n附件3"
    >>> reading, end = _duty_rows(list(enumerate(text.split("\n"))), 0)
    >>> [(d.line, d.text, [u.name for u in d.assignment.units]) for s in reading.sections for d in s.drafts], end
    ([(3, '保障工作经费。', ['区财政局']), (5, '依法实施水行政执法。', ['区水务局'])], 6)
    >>> _duty_rows(list(enumerate("单位\n职责分工\n区财政局\n区水务局\n附件3".split("\n"))), 0) is None
    True
    """
    if k + 1 >= len(lines) or lines[k + 1][1] not in DUTY_COLUMNS:
        return None
    rows: list[list[str]] = [["序号", "工作任务", "牵头单位"]]
    row_lines = [lines[k][0] + 1]
    j = k + 2
    while (
        j + 1 < len(lines)
        and unit_line(unit := lines[j][1])
        and _HEADER_PUNCT.search(duty := lines[j + 1][1]) is not None  # the duties: a sentence, not a name
        and not unit_line(duty)
    ):
        rows.append([str(len(rows)), duty, unit])
        row_lines.append(lines[j][0] + 1)
        j += 2
    if len(rows) < 3:
        return None
    title = title_of_table(lines[k - 1][1] if k > 0 else None)
    sections = table_sections(rows, title=title, row_lines=row_lines)
    if not sections:
        return None
    evidence = sum(len(s.drafts) for s in sections)
    last = lines[j - 1][0] + 1
    return Reading("table", tuple(sections), evidence=evidence, first_line=lines[k][0] + 1, last_line=last), j


def _rows_noted_below(lines: Sequence[tuple[int, str]], k: int) -> tuple[Reading, int] | None:
    r"""(reading, index of the line after the note) of a table flattened one cell per line from ``lines[k]`` (its
    ``序号`` header cell) with no unit column, each row its number and a cell a line, when the note right under it
    gives its rows units by number (``注：第1项由A牵头，B配合；第2项由C负责``): read as a pipe table with that note is
    (``cited_items.rows_given_units_by_note``, round 40), a row's line that of its task cell (round 41; before,
    the header, rows and note were read as one task of the note's units). None otherwise.

    >>> text = "序号\n工作任务\n完成时限\n1\n推进整治\n2025年10月\n2\n抓好安全\n全年\n注：第1项由城建办牵头；第2项由应急办负责。"
    >>> reading, end = _rows_noted_below(list(enumerate(text.split("\n"))), 0)
    >>> [(d.line, d.text, [u.name for u in d.assignment.units]) for s in reading.sections for d in s.drafts], end
    ([(5, '推进整治', ['城建办']), (8, '抓好安全', ['应急办'])], 10)
    """
    from reformgraph.loaders.cited_items import rows_given_units_by_note

    names: list[str] = []
    j = k
    # (a column name that is a label too, 完成时间, has the colon ``with_lone_label_colons`` gave it)
    while j < len(lines) and len(names) < MAX_HEADER and _header_like(name := lines[j][1].rstrip("：:")):
        names.append(name)
        j += 1
    width = len(names)
    if width < 3:
        return None
    rows: list[list[str]] = [names]
    cell_lines: list[list[int]] = []
    while j + width <= len(lines) and lines[j][1] == str(len(rows)):
        rows.append([c for _, c in lines[j : j + width]])
        cell_lines.append([i for i, _ in lines[j : j + width]])
        j += width
    if len(rows) < 2 or j >= len(lines) or not NOTE_LINE.match(lines[j][1]) or "由" not in lines[j][1]:
        return None
    noted = rows_given_units_by_note(rows, lines[j][1])
    cols = detect_columns(noted[0]) if noted is not None else None
    if cols is None or cols.task is None or cols.task >= width:
        return None
    row_lines = [lines[k][0] + 1, *(cells[cols.task] + 1 for cells in cell_lines)]
    title = title_of_table(lines[k - 1][1] if k > 0 else None)
    sections = table_sections(noted, title=title, row_lines=row_lines)
    if not sections:
        return None
    evidence = sum(len(s.drafts) for s in sections)
    reading = Reading(
        "table", tuple(sections), evidence=evidence, first_line=lines[k][0] + 1, last_line=lines[j][0] + 1
    )
    return reading, j + 1


def _row_style(lines: Sequence[tuple[int, str]], start: int, stop: int) -> str | None:
    """The enumerator style of the task cells: the one numbered 1, 2, 3 … longest."""
    runs: dict[str, int] = {}
    last: dict[str, int] = {}
    for _, c in lines[start:stop]:
        st = _style(c)
        if st is None:
            continue
        name, n = st
        if n == last.get(name, 0) + 1:
            runs[name] = runs.get(name, 0) + 1
            last[name] = n
    if not runs:
        return None
    return max(runs, key=lambda name: runs[name])


def _read_rows(source, lines, header_k, k, cols: Columns, names: list[str], headings) -> tuple[Reading | None, int]:
    """Rows of one flattened table from ``lines[k]`` on; (reading, index where the table ends)."""
    number_mode = cols.kinds[0] == "number"
    stop = len(lines)
    repeats: list[range] = []  # the header again after a page break, no row's cells
    j = k
    while j < len(lines):
        c = lines[j][1]
        if _ANNEX.match(c) or SUMMARY_ROW.match(c):
            stop = j
            break
        if c[-1:] in "日发" and j > k and _signed_under(lines, j, cols):
            stop = j - 1  # the issuer's name and the date under the last row: the signature, no cell (round 64)
            break
        header = _read_header(lines, j) if c in COLUMN_KIND_OF or c in COLUMN_NAME_HEADS else None
        if header is not None:
            if header[1] != names:
                stop = j  # another table begins
                break
            repeats.append(range(j, j + header[2]))
            j += header[2]  # the same header again, after a page break
            continue
        j += 1
    row_style = None if number_mode else _row_style(lines, k, stop)
    table_title = title_of_table(lines[header_k - 1][1] if header_k > 0 else None)
    warnings: list[ParseWarning] = []

    groups: list[list] = []  # [title, first line, rows]
    top_style: str | None = None
    current: _Row | None = None
    pending_title: list | None = None  # a group opened by a bare enumerator line waits for its title
    prev_number = 0
    j = k
    while j < stop:
        i, c = lines[j]
        if c == names[0] or names[0].startswith(c):
            repeated = _read_header(lines, j)
            if repeated is not None and repeated[1] == names:  # the header again, after a page break
                j += repeated[2]
                current = None
                continue
        j += 1
        st = _style(c)
        if number_mode:
            m = _ROW_NUMBER.match(c)
            n = int(m.group(1)) if m else None
            complete = current is None or len(current.lines) >= max(1, len(cols.text_before_units))
            is_row = n is not None and (n == prev_number + 1 or (prev_number < n <= prev_number + 10 and complete))
            is_group = st is not None and st[0] in ("cn_dun", "paren_cn")
        else:
            is_row = st is not None and st[0] == row_style
            is_group = st is not None and not is_row
        if is_row:
            if number_mode:
                prev_number = n
            pending_title = None
            current = _Row((i, c), [])
            if not groups:
                groups.append([table_title, i + 1, []])
            groups[-1][2].append(current)
            continue
        if pending_title is not None and not is_group:
            pending_title[0] = c
            pending_title = None
            continue
        part = PART_ROW.match(c)
        # right after a row's number, a line repeating a body heading is the row's first cell, a 任务名称 merged over
        # the rows of its group (2 / 推进全面覆盖 / 深入开展…), not a section row between rows (round 63 heldout4)
        merged = number_mode and current is not None and not current.lines and not is_group and not part
        if (is_group or c in headings or part) and not merged:
            current = None
            style = st[0] if st else "heading"
            top_style = top_style or style
            if style in (top_style, "heading"):
                title = c[part.end() :] if part else strip_enumerator(c)
                groups.append([title, i + 1, []])
                pending_title = groups[-1] if not title else None
            continue
        if current is None:
            continue
        if c in _BARE_SUFFIX and current.lines:
            li, lc = current.lines[-1]
            current.lines[-1] = (li, lc + c)  # a name wrapped across lines: 申通地铁 / 集团
        else:
            current.lines.append((i, c))

    if number_mode and not any(group[2] for group in groups):
        # rows read by their cells' shape, past the header repeated at a page break (its 牵头单位 / 配合单位 read as a
        # row's unit cells before: round 78 heldout23, held-out 92's annex 3)
        body = [line for x, line in enumerate(lines[k:stop], k) if not any(x in r for r in repeats)]
        parted = _blank_lines_of(source, body)
        unnumbered = _unnumbered_rows(body, cols, parted) or _rows_by_shape(body, cols, names, warnings, parted)
        groups = [[table_title, unnumbered[0].start[0] + 1, unnumbered]] if unnumbered else groups
    if number_mode and source.wrap_width is not None:
        for group in groups:
            for row in group[2]:
                _cells_split_at_the_margin(row, cols, source.compacts)
    sections: list[Section] = []
    prev_assignment: Assignment | None = None
    lead_alone = _one_line_leads([row for group in groups for row in group[2]], cols)
    for title, first, group_rows in groups:
        drafts = []
        for row in (
            item for whole in group_rows for sub in _rows_under_one_title(whole, cols) for item in _item_rows(sub)
        ):
            draft, assignment = _row_draft(row, cols, number_mode, prev_assignment, warnings, lead_alone)
            if assignment is not None:
                prev_assignment = assignment
            if draft is not None:
                drafts.append(draft)
        if drafts:
            sections.append(Section(title or table_title, first, tuple(drafts)))
    if not sections:
        return None, stop
    evidence = sum(len(s.drafts) for s in sections)
    return (
        Reading(
            layout="table",
            sections=tuple(sections),
            evidence=evidence,
            warnings=tuple(warnings),
            first_line=lines[header_k][0] + 1,
            last_line=lines[stop - 1][0] + 1,
        ),
        stop,
    )


_Parted = Callable[[int, int], bool]  # whether a blank line of the text parts two lines (their 0-based indexes)


def _blank_between(a: int, b: int) -> bool:
    """Whether a line lies between lines ``a`` and ``b`` of the non-empty ones: a blank one (``_unnumbered_rows``' own
    test, where no text is at hand)."""
    return b > a + 1


def _blank_lines_of(source, table: Sequence[tuple[int, str]] = ()) -> _Parted:
    """Whether a blank line of ``source``'s text parts two of its lines: a line blank as written, not a page's number
    or furniture the source blanked (a footer between a unit cell's two lines, ``区绿化市容局`` / ``第10页 共26页`` /
    ``各街镇``, parts no cell), nor a page break a PDF's reader joined its pages by.

    >>> from reformgraph.loaders.source import Source
    >>> parted = _blank_lines_of(Source.from_text("甲局\\n- 3 -\\n乙局\\n\\n丙局"))
    >>> parted(0, 2), parted(2, 4)
    (False, True)

    Where the reader knew the pages (a PDF's), the blank lines about a page break (its page's blank foot, its
    number, the next page's blank head) are the page's, not the text's: in a ``table`` (its lines, compact) whose
    cells no blank line parts within a page (a Word table's cells printed as paragraphs, apart by their first line's
    indent) they part none; in one whose cells blank lines part, a page break parts two lines unless the line above
    it fills its line and the one below opens no paragraph (a cell cut by the break). Round 76 printed76: held-out
    82 printed, its 任务清单's rows were read by the blank feet of its pages, each page's cells one row; and a copy
    whose pages hold no blank foot read a unit cell ending a page (``各街镇``) as the next row's task's first words.

    >>> s = Source.from_text("甲局\\n\\n\\n  乙局\\n  丙局", page_breaks=frozenset({2}))
    >>> _blank_lines_of(s, [(0, "甲局"), (3, "乙局"), (4, "丙局")])(0, 3)
    False
    >>> s = Source.from_text("甲局\\n\\n乙局\\n\\n丙局", page_breaks=frozenset({3}))
    >>> _blank_lines_of(s, [(0, "甲局"), (2, "乙局"), (4, "丙局")])(2, 4)
    True
    """
    lines, breaks = source.lines, source.page_breaks

    def blank(a: int, b: int) -> bool:
        return any(not lines[x].strip() and x not in breaks for x in range(a + 1, b))

    if not breaks:
        return blank

    def broken(a: int, b: int) -> bool:
        return any(x in breaks for x in range(a + 1, b))

    if not any(blank(a, b) and not broken(a, b) for (a, _), (b, _) in zip(table, table[1:])):
        return lambda a, b: False  # no blank line parts the cells within a page: a page's foot and head part none

    def parted(a: int, b: int) -> bool:
        if not broken(a, b):
            return blank(a, b)
        cut = source.is_full(a)
        return not (cut and runs_on_at_top(lines[b], source.compacts[b]))

    return parted


def _unnumbered_rows(lines: Sequence[tuple[int, str]], cols: Columns, parted: _Parted = _blank_between) -> list[_Row]:
    """The rows of a flattened table whose 序号 column is empty in every row (the header names it, no row has a
    number: held-out 82's 任务清单), its cells the runs of lines between blank lines: a row is its text cells (a
    merged 任务名称 on its group's first row only, then its 任务内容) and ends with as many unit cells as the table
    has unit columns, an empty one (``/``) among them; a text cell after a unit cell opens the next row. None when
    no blank line parts the cells (no cell's end to go by) or no row ends in a unit cell.

    >>> cols = detect_columns(["序号", "任务名称", "任务内容", "责任单位", "配合单位"])
    >>> lines = [(1, "宣传教育"), (3, "开展宣传培训。"), (5, "各街镇"), (7, "/"), (9, "建成体验线路。"), (11, "区绿化市容局"),
    ...     (12, "区商务委"), (14, "城发集团")]
    >>> [[c for _, c in r.lines] for r in _unnumbered_rows(lines, cols)]
    [['宣传教育', '开展宣传培训。', '各街镇', '/'], ['建成体验线路。', '区绿化市容局、区商务委', '城发集团']]
    """
    if len(lines) < 2 or not any(parted(a[0], b[0]) for a, b in zip(lines, lines[1:])):
        return []
    cells: list[list[tuple[int, str]]] = []
    for line in lines:
        if cells and not parted(cells[-1][-1][0], line[0]):
            cells[-1].append(line)
        else:
            cells.append([line])
    width = len(cols.units)
    dated = _dated_after_units(cols)
    rows: list[_Row] = []
    row: list[tuple[int, str]] = []
    units = 0
    spans: list[tuple[int, int]] = []  # the row's unit cells' first and last lines
    for cell in cells:
        if dated and units and units >= width and spans[-1][0] >= 0 and len(cell) == 1 and _deadline_line(cell[0][1]):
            row.append(cell[0])  # 完成时限 after the row's unit cells: its last cell (round 79 left49)
            spans.append((-1, -1))
            continue
        if units and spans[-1][0] < 0:
            rows.append(_Row(row[0], row))  # (the row closed by its deadline cell)
            row, units, spans = [], 0, []
        empty = len(cell) == 1 and cell[0][1] in EMPTY_CELL
        unit_cell = not empty and all(unit_line(c) for _, c in cell)
        if units and units >= width and unit_cell and (k := _tightest([*spans, (cell[0][0], cell[-1][0])])) >= 0:
            # one unit cell too many, two of them nearer than the others: one cell's lines (round 77)
            at = len(row) - units + k
            if k == units - 1 and row[at][1] not in EMPTY_CELL:  # the row's last unit cell goes on in this one
                row[at], spans[k] = _one_line([row[at], *cell]), (spans[k][0], cell[-1][0])
                continue
            if k < units - 1 and all(c not in EMPTY_CELL for _, c in row[at : at + 2]):
                row[at : at + 2] = [_one_line(row[at : at + 2])]
                spans[k : k + 2] = [(spans[k][0], spans[k + 1][1])]
                units -= 1
        if units and (units >= width or not (unit_cell or empty)):
            rows.append(_Row(row[0], row))
            row, units, spans = [], 0, []
        if not units and len(cell) == 1 and _number_cell(cell[0][1]):
            row = []  # the row's 序号 cell: the cells before it a group's number and title, no task's (round 79)
            continue
        if row and (unit_cell or (empty and units)):
            units += 1
            spans.append((cell[0][0], cell[-1][0]))
            if len(cell) > 1:  # one unit a line in one cell (区绿化市容局 / 区商务委): one list, its first line's
                cell = [_one_line(cell)]
        row.extend(cell)
    if row and units:
        rows.append(_Row(row[0], row))
    return rows


def _number_cell(c: str) -> bool:
    """Whether a line is a 序号 cell alone: an enumerator with no words after it (``（一）``, ``二、``, ``3``) or a
    number in words (``四``). In a table flattened one cell a block whose rows open with it (round 79 left49: held-out
    92's annex 3, ``二`` / ``构建…体系`` / ``（一）`` / ``加强备案申报管理`` / ``严格落实…``), the row's cells follow it,
    and the cells before it are its group's number and title.

    >>> _number_cell("（一）"), _number_cell("四"), _number_cell("12"), _number_cell("（一）推动源头减量"), _number_cell("一是")
    (True, True, True, False, False)
    """
    if _CN_NUMBER_ALONE.fullmatch(c) or _ROW_NUMBER.match(c):
        return True
    return _style(c) is not None and not strip_enumerator(c)


def _tightest(spans: Sequence[tuple[int, int]]) -> int:
    """The first of the two neighbouring cells (``spans``: each cell's first and last line) parted by fewer lines
    than any other two, or -1 when no two are nearest alone. A cell's lines parted by a paragraph's spacing (one
    blank line in a PDF's text layer) and the cells by a cell's (three): a row of one unit cell too many
    (``区绿化市容局`` / ``区商务委`` / ``开开集团`` under two unit columns) holds one cell of two lines, the nearest
    two (round 77 printed77: held-out 82 printed by LibreOffice, 6 rows' units read one cell late).

    >>> _tightest([(10, 10), (12, 12), (16, 16)]), _tightest([(10, 10), (14, 14), (16, 17)])
    (0, 1)
    >>> _tightest([(10, 10), (14, 14), (18, 18)])  # no two nearer than the others: cells alone
    -1
    """
    gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:])]
    if not gaps:
        return -1
    least = min(gaps)
    return gaps.index(least) if gaps.count(least) == 1 and len(gaps) > 1 else -1


def _rows_by_shape(
    lines: Sequence[tuple[int, str]], cols: Columns, names: Sequence[str], warnings, parted: _Parted = _blank_between
) -> list[_Row]:
    """The rows of an unnumbered flattened table whose cells no blank line parts (a portal's, a WeChat article's or
    a PDF's text of held-out 82's 任务清单), found from the cells' shapes: a row is a run of text lines (its 任务名称,
    written on its group's first row only, a phrase; then its 任务内容, one paragraph or several numbered items) and
    the run of unit lines after it, parted into the table's unit cells (``_unit_parts``). A row whose unit lines part
    into them in more than one way takes the way the table's other rows show: a column they write one unit a line
    in (``甲局`` / ``乙局`` / ``/``), when they show it of one column only; else it is not read, and a warning names it.
    A table with columns after its unit cells, or whose cells blank lines part (``_unnumbered_rows``), has no rows here.

    >>> cols = detect_columns(["序号", "任务名称", "任务内容", "责任单位", "配合单位"])
    >>> lines = [(1, "宣传教育"), (2, "开展宣传培训。"), (3, "各街镇"), (4, "/"), (5, "建成体验线路。"), (6, "区绿化市容局"),
    ...     (7, "区商务委"), (8, "/"), (9, "推进分类。"), (10, "甲局"), (11, "乙局"), (12, "丙局")]
    >>> warnings = []
    >>> [[c for _, c in r.lines] for r in _rows_by_shape(lines, cols, [], warnings)]
    [['宣传教育', '开展宣传培训。', '各街镇', '/'], ['建成体验线路。', '区绿化市容局、区商务委', '/'], ['推进分类。', '甲局、乙局', '丙局']]
    >>> lines = [(1, "开展宣传培训。"), (2, "各街镇"), (3, "/"), (4, "推进分类。"), (5, "甲局"), (6, "乙局"), (7, "丙局")]
    >>> [[c for _, c in r.lines] for r in _rows_by_shape(lines, cols, [], warnings)]
    [['开展宣传培训。', '各街镇', '/']]
    >>> [(w.line, w.kind) for w in warnings]
    [(6, 'unread_assignment')]
    """
    dated = _dated_after_units(cols)
    if (cols.after_units and not dated) or not cols.units or any(parted(a[0], b[0]) for a, b in zip(lines, lines[1:])):
        return []  # columns after the units (but a deadline's), or cells parted by blank lines (``_unnumbered_rows``)
    titled = len(cols.text_before_units) > 1  # a 任务名称 column before the 任务内容
    runs: list[tuple[bool, list[tuple[int, str]]]] = []  # (unit lines?, the run's lines)
    deadlines: dict[int, tuple[int, str]] = {}  # a unit run's index → the deadline cell right after it
    for line in lines:
        if line[1] in names:
            continue  # the header again, after a page break
        units = line[1] in EMPTY_CELL or unit_line(line[1])
        if dated and not units and runs and runs[-1][0] and len(runs) - 1 not in deadlines and _deadline_line(line[1]):
            deadlines[len(runs) - 1] = line  # 完成时限 after the unit cells: the row's last cell (round 79 left49)
            continue
        if runs and runs[-1][0] == units:
            runs[-1][1].append(line)
        else:
            runs.append((units, [line]))
    written_empty = any(c in EMPTY_CELL for _, c in lines)
    found = [
        (text, units, _unit_parts(units, len(cols.units), written_empty), deadlines.get(x + 1))
        for x, ((text_run, text), (unit_run, units)) in enumerate(zip(runs, runs[1:]))
        if unit_run and not text_run
    ]
    # the columns the rows parted one way only write one unit a line in (several cells of one unit in one)
    stacked = {x for _, _, ways, _ in found if len(ways) == 1 for x, cells in enumerate(ways[0]) if len(cells) > 1}
    rows: list[_Row] = []
    for text, units, ways, deadline in found:
        if len(ways) > 1:
            ways = [way for way in ways if all(len(cells) == 1 or x in stacked for x, cells in enumerate(way))]
        if len(ways) != 1:
            excerpt = quoted(" / ".join(c for _, c in units), 40)
            warnings.append(
                ParseWarning(
                    units[0][0] + 1,
                    f"could not read the assignment: {excerpt}",
                    "unread_assignment",
                    (("excerpt", excerpt),),
                )
            )
            continue
        first = text[0]
        if titled and len(text) > 1 and _title_cell(first[1]):
            text_cells = [first, (text[1][0], "".join(c for _, c in text[1:]))]
        else:
            text_cells = [(first[0], "".join(c for _, c in text))]
        unit_cells = [[line for cell in cells for line in cell] for cells in ways[0]]
        cells = [*text_cells, *(_one_line(cell) for cell in unit_cells)]
        rows.append(_Row(first, [*cells, deadline] if deadline else cells))
    return rows


def _dated_after_units(cols: Columns) -> bool:
    """Whether the one column after a table's unit columns is its deadline's (``… | 责任单位 | 配合单位 | 完成时限``):
    an unnumbered row's deadline cell follows its unit cells (round 79 left49; before, such a table had no rows).

    >>> _dated_after_units(detect_columns(["序号", "任务内容", "责任单位", "完成时限"]))
    True
    >>> _dated_after_units(detect_columns(["序号", "任务内容", "责任单位", "备注"]))
    False
    """
    return len(cols.after_units) == 1 and cols.kinds[cols.after_units[0]] == "deadline"


_TITLE_CELL = 20  # characters: the most of a 任务名称 cell (推动精细化分类向纵深拓展)


def _title_cell(c: str) -> bool:
    """Whether a line reads as a 任务名称 cell: a phrase, no sentence or clause in it and no item's number.

    >>> _title_cell("深入开展宣传教育"), _title_cell("公园绿地实现精细化分类全覆盖。"), _title_cell("1.组织培训")
    (True, False, False)
    """
    return len(c) <= _TITLE_CELL and not _HEADER_PUNCT.search(c) and _style(c) is None and not c[:1].isdigit()


def _one_line(cell: list[tuple[int, str]]) -> tuple[int, str]:
    """A unit cell of several lines (one unit a line, or a list wrapped after its 、) as one list on its first line.

    >>> _one_line([(4, "区绿化市容局"), (5, "区商务委、"), (6, "各街镇")])
    (4, '区绿化市容局、区商务委、各街镇')
    """
    return cell[0][0], "".join(c if c.endswith("、") else c + "、" for _, c in cell).rstrip("、")


_Cells = list[list[tuple[int, str]]]  # a unit cell's lines, one list each (a list wrapped after its 、 one)


def _unit_parts(units: Sequence[tuple[int, str]], width: int, written_empty: bool) -> list[list[_Cells]]:
    """Every way a row's unit lines part into its ``width`` unit cells, each cell its lists: a line ending with 、
    goes on in the next one; an empty cell (``/``) is a cell alone, and so is a list of units (a cell writes its units
    one way: one a line, or a list); with fewer lists than columns, the first cells. None (no way) when the table
    writes no empty cell and the row has several lists (甲局 / 乙局: two cells, or one of two units and an empty one).

    >>> [len(way[0]) for way in _unit_parts([(1, "甲局"), (2, "乙局"), (3, "丙局")], 2, True)]
    [1, 2]
    >>> [len(way[0]) for way in _unit_parts([(1, "甲局"), (2, "乙局"), (3, "丙局、丁局")], 2, True)]
    [2]
    >>> _unit_parts([(1, "甲局"), (2, "乙局")], 2, False), len(_unit_parts([(1, "甲局、"), (2, "乙局")], 2, False))
    ([], 1)
    """
    lists = _cells_wrapped(list(units))
    if width == 1:
        return [[lists]]
    if (len(lists) > 1 and not written_empty) or len(lists) > width + _MORE_CELLS:
        return []  # no empty cell written to count the cells by, or a run far longer than a row's
    if len(lists) <= width:
        return [[[one] for one in lists]]
    return [
        [lists[at : at + size] for at, size in parts]
        for parts in _parts(len(lists), width)
        if all(size == 1 or all(_one_unit(one) for one in lists[at : at + size]) for at, size in parts)
    ]


def _one_unit(lines: list[tuple[int, str]]) -> bool:
    """Whether a unit cell's list names one unit on one line (no empty cell, no separator)."""
    return len(lines) == 1 and lines[0][1] not in EMPTY_CELL and not any(s in lines[0][1] for s in "、，,；;")


_MORE_CELLS = 8  # unit lines beyond a row's unit columns looked at (the ways to part them grow with the power)


def _parts(n: int, k: int) -> list[list[tuple[int, int]]]:
    """Every way to cut ``n`` cells in a row into ``k`` runs of cells, each way its runs' (first cell, size).

    >>> _parts(3, 2)
    [[(0, 1), (1, 2)], [(0, 2), (2, 1)]]
    """
    if k == 1:
        return [[(0, n)]]
    return [
        [(0, size), *((at + size, s) for at, s in rest)]
        for size in range(1, n - k + 2)
        for rest in _parts(n - size, k - 1)
    ]


def _cells_split_at_the_margin(row: _Row, cols: Columns, compacts: Sequence[str]) -> None:
    """Split again, in place, a numbered row's first text cell that ran on into the next cell at a hard-wrapped text's
    margin, when the row is one text cell short and its task's column is the first: the task cell filled its line
    (``…知识产权案件跨市（区）审理``, 32 characters at 32) and ``_cell_goes_on`` joined the row's 主要内容 to it, so
    the row read no task (round 72 wrap72b, real 11). The split is at the first line's end as written.

    >>> from reformgraph.loaders.tables import detect_columns
    >>> cols = detect_columns(["序号", "改革举措", "主要内容", "指导部门"])
    >>> row = _Row((0, "2"), [(1, "跨市审理授权法院管辖。"), (3, "最高人民法院")])
    >>> _cells_split_at_the_margin(row, cols, ["2", "跨市审理", "授权法院管辖。", "最高人民法院"])
    >>> row.lines
    [(1, '跨市审理'), (2, '授权法院管辖。'), (3, '最高人民法院')]
    """
    text_cols = cols.text_before_units
    if len(text_cols) < 2 or cols.task != text_cols[0] or not row.lines:
        return
    first_unit = next((x for x, (_, c) in enumerate(row.lines) if unit_line(c)), None)
    if first_unit != len(text_cols) - 1:
        return  # no unit cell, or the text cells as many as the columns (or fewer by more than one)
    i, c = row.lines[0]
    head = compacts[i]
    if not (head and len(head) < len(c) and c.startswith(head)):
        return
    nxt = next((k for k in range(i + 1, len(compacts)) if compacts[k]), i + 1)
    row.lines[0:1] = [(i, head), (nxt, c[len(head) :])]


def _one_line_leads(rows: Sequence[_Row], cols: Columns) -> bool:
    """Whether a flattened table's lead cells hold one paragraph each, as far as its rows show: it has two unit columns,
    writes an empty 配合 cell as ``—`` (so every cell is written), and every row with such an empty cell has one unit
    line before it (round 64, held-out 29: ``设施运行处`` / ``综合规划处`` / ``设施养护处`` is one lead and a 配合 cell of two
    paragraphs, not two leads). A table writing no empty cell (held-out 24) shows nothing: unit lines beyond the
    columns stay the lead cell's, as before.

    >>> cols = Columns(("number", "task", "lead", "support"))
    >>> rows = [_Row((0, "1"), [(1, "推进"), (2, "甲处"), (3, "—")]), _Row((4, "2"), [(5, "实施"), (6, "乙处"), (7, "丙处"), (8, "丁处")])]
    >>> _one_line_leads(rows, cols), _one_line_leads(rows[1:], cols)
    (True, False)
    """
    if len(cols.units) != 2:
        return False
    shown = False
    for row in rows:
        lines = row.lines
        for x in range(1, len(lines)):
            if lines[x][1] in EMPTY_CELL and unit_line(lines[x - 1][1]):
                if x >= 2 and unit_line(lines[x - 2][1]):
                    return False  # a lead cell of two paragraphs beside an empty 配合 cell
                shown = True
    return shown


def _signed_under(lines: Sequence[tuple[int, str]], j: int, cols: Columns) -> bool:
    """Whether ``lines[j]`` is the date of the signature block under a flattened table with no date column, the line
    before it the issuer's name (``安澜区人民政府办公室`` / ``2026年2月27日印发``) and no row after them (round 64; before,
    the issuer was read as the last row's third unit cell, its lead cell made two).

    >>> cols = Columns(("number", "task", "lead", "support"))
    >>> _signed_under([(1, "6"), (2, "评价"), (3, "区财政局"), (4, "区房管局"), (5, "安澜区人民政府办公室"), (6, "2026年2月27日印发")], 5, cols)
    True
    >>> _signed_under([(1, "6"), (2, "评价"), (3, "区财政局"), (4, "2026年6月30日")], 3, Columns(("number", "task", "lead", "deadline")))
    False
    """
    return (
        cols.first("deadline") is None
        and date_line(lines[j][1]) is not None
        and ISSUER_NAME.fullmatch(lines[j - 1][1]) is not None
        and unit_line(lines[j - 1][1])
        and not any(_ROW_NUMBER.match(c) for _, c in lines[j + 1 :])
    )


def _cells_wrapped(unit_lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A row's unit lines as its unit cells' lines: a line ending with a list's 、 goes on in the next one, the same
    cell wrapped after its separator, as a portal's text of a Word table gives it (round 63 heldout4; before, its
    second line was read as the next column's cell, a lead as a support). A line ending with a name ends its cell.

    >>> [[c for _, c in cell] for cell in _cells_wrapped([(1, "各街镇"), (2, "区绿化市容局、"), (3, "区农业农村委")])]
    [['各街镇'], ['区绿化市容局、', '区农业农村委']]
    >>> [[c for _, c in cell] for cell in _cells_wrapped([(1, "区机管局"), (2, "区绿化市容局"), (3, "公共机构")])]
    [['区机管局'], ['区绿化市容局'], ['公共机构']]
    """
    cells: list[list[tuple[int, str]]] = []
    for line in unit_lines:
        if cells and cells[-1][-1][1].endswith("、"):
            cells[-1].append(line)
        else:
            cells.append([line])
    return cells


def _rows_under_one_title(row: _Row, cols: Columns) -> list[_Row]:
    """A row whose numbered line is a title cell (项目) before the table's named task column (主要任务), merged over
    several task rows: a row for each task cell, each with the unit cells after it (none: the units of the row
    above, merged); a unit-like line before the first task cell is the title cell wrapped (``5.实化运行消防`` /
    ``安全委员会``). As it is when the table has columns after its units or the row has no task cell (round 63
    heldfix2930; before, the title read as the row's task, the other task rows lost).

    >>> cols = detect_columns(["类别", "项目", "主要任务", "牵头单位", "配合单位"])
    >>> row = _Row((1, "1.完善制度"), [(2, "制定管理办法并印发实施。"), (3, "区司法局"), (4, "各街道"),
    ...     (5, "开展制度执行情况评估。"), (6, "区司法局"), (7, "开展执法案卷评查。")])
    >>> [[c for _, c in [r.start, *r.lines]] for r in _rows_under_one_title(row, cols)]
    [['制定管理办法并印发实施。', '区司法局', '各街道'], ['开展制度执行情况评估。', '区司法局'], ['开展执法案卷评查。']]
    """
    task = cols.task
    if task is None or cols.kinds[task] != "task" or cols.after_units:
        return [row]
    if not any(c < task and cols.kinds[c] != "section" for c in cols.text_before_units):
        return [row]  # the numbered line stands in the task column itself
    body = row.lines
    if len(body) > 1 and not _task_cell(body[0][1]) and _task_cell(body[1][1]):
        body = body[1:]  # the title cell wrapped over two lines
    if not body or not _task_cell(body[0][1]):
        return [row]
    out: list[_Row] = []
    for line in body:
        last = out[-1].lines[-1][1] if out and out[-1].lines else ""
        if _task_cell(line[1]) and not last.endswith("、"):
            out.append(_Row(line, []))
        else:
            out[-1].lines.append(line)
    return out


def _task_cell(c: str) -> bool:
    """A line reading as a task's words: no unit cell, a sentence or longer than a title's fragment."""
    return (len(c) > _FRAGMENT or c.endswith("。")) and not unit_line(c)


def _item_rows(row: _Row) -> list[_Row]:
    """A flattened row whose text cell holds items numbered 1, 2, … each closing with its own units in brackets
    (``1.…（区工信局负责）；2.…（区科技局负责）``): a row for each item, its units the lead cell on the item's line
    (in place of the row's own first unit line, or of an empty one the flattening lost), the row's other cells
    kept (round 40, as ``_numbered_rows`` reads a real table's; before, one task, of the units of the row above).

    >>> row = _Row((3, "3"), [(4, "强化服务"), (5, "1.建立包联制度（区工信局负责）；2.开展宣讲（区科技局负责）。"), (7, "持续推进")])
    >>> [[c for _, c in r.lines] for r in _item_rows(row)]
    [['强化服务', '建立包联制度', '区工信局', '持续推进'], ['强化服务', '开展宣讲', '区科技局', '持续推进']]
    """
    for x, (i, c) in enumerate(row.lines):
        if not (c[:1].isdigit() and "）" in c) or unit_line(c):
            continue
        items = cell_items(c)
        owned = [item_units(item) for item in items] if items else None
        if not owned or not all(owned):
            continue
        rest = row.lines[x + 1 :]
        if rest and unit_line(rest[0][1]):
            rest = rest[1:]  # the row's lead cell: the items' own units stand for it
        return [
            _Row(row.start, [*row.lines[:x], (i, compact(words)), (i, _unit_cell_of(units)), *rest])
            for words, units in owned
        ]
    return [row]


def _unit_cell_of(units: str) -> str:
    """An item's own units (``区科技局牵头，区财政局配合``) written as a unit cell (``牵头：区科技局；配合：区财政局``).

    >>> _unit_cell_of("区科技局牵头，区财政局配合"), _unit_cell_of("区工信局、区科技局负责")
    ('牵头：区科技局；配合：区财政局', '区工信局、区科技局')
    """
    read = read_parenthetical(units)
    if read is None:
        return units
    leads = "、".join(u.name for u in read.units if u.role in ("lead", "responsible"))
    supports = "、".join(u.name for u in read.units if u.role not in ("lead", "responsible"))
    return f"牵头：{leads}；配合：{supports}" if supports else leads


def _row_draft(
    row: _Row, cols: Columns, number_mode: bool, prev: Assignment | None, warnings, lead_alone: bool = False
):
    """(draft, the row's own unit assignment) of one flattened row; with ``lead_alone`` (``_one_line_leads``) unit
    lines beyond the unit columns are the last cell's paragraphs, not the first's."""
    body = row.lines
    if number_mode:
        task_cell: list[tuple[int, str]] | None = None
        first_text = 0
    else:
        task_cell = [row.start]
        first_text = 0
    # the unit cells: the first run of unit-like lines (after the first text cell with a 序号 column)
    begin = 1 if number_mode and cols.text_before_units else 0
    after = cols.after_units
    # a numbered row opening with its unit cells has its text cells merged from a row above (a 内容 cell over the
    # rows of its group, flattened once): its task is its first text cell after the units (round 63 heldfix2930)
    merged = begin == 1 and bool(body) and bool(after) and cols.kinds[after[0]] in _TEXT_KINDS and unit_line(body[0][1])
    if merged:
        begin = 0
    run_start = next((x for x in range(begin, len(body)) if unit_line(body[x][1])), None)
    no_lead = False
    if run_start is not None:
        run_end = run_start
        while run_end < len(body) and unit_line(body[run_end][1]):
            run_end += 1
        while (
            (merged or len(body) - run_end > len(after))
            and run_end < len(body)
            and run_end - run_start < len(cols.units)
            and body[run_end][1] in EMPTY_CELL
        ):
            run_end += 1  # an empty 配合 cell (—) is one of the unit cells (before a 完成时限 cell too: round 79)
        no_lead = _empty_lead_cell(body, run_start, first_text, cols)
        if no_lead:
            run_start -= 1  # the row's lead cell written empty (——) before its partners' cell (round 79)
        unit_lines = body[run_start:run_end]
        post = body[run_end : run_end + len(after)]
        text_lines = body[first_text:run_start]
    else:
        unit_lines = []
        post = []
        text_lines = body[first_text:]
        if after and text_lines:
            last = text_lines[-1][1]
            if (cols.kinds[after[0]] == "deadline" and _deadline_line(last)) or (
                cols.kinds[after[0]] == "other" and len(last) <= 15
            ):
                post = [text_lines[-1]]
                text_lines = text_lines[:-1]
    values: dict[int, list[tuple[int, str]]] = {}
    text_cols = [c for c in cols.text_before_units]
    if number_mode:
        text_lines = _join_wrapped(text_lines, len(text_cols))
        if len(text_lines) >= len(text_cols):
            for x, col in enumerate(text_cols):
                values[col] = [text_lines[x]] if x < len(text_cols) - 1 else text_lines[x:]
        else:
            offset = len(text_cols) - len(text_lines)
            for x, line in enumerate(text_lines):
                values[text_cols[offset + x]] = [line]
    else:
        task_col = cols.task
        values[task_col] = task_cell
        rest = [c for c in text_cols if c > task_col]
        for x, line in enumerate(text_lines):
            if x < len(rest):
                values[rest[x]] = [line]
    for x, line in enumerate(post):
        values[after[x]] = [line]
    task_col = cols.task
    if merged and post and task_col is not None:
        values[task_col] = [post[0]]
    task_lines = values.get(task_col) or []
    task_text = strip_enumerator("".join(c for _, c in task_lines)) if task_lines else ""
    if not task_text:
        return None, None
    # the row's other descriptive cells (主要内容, an unnamed text column) state its deadline too
    detail = "。".join("".join(c for _, c in values[col]) for col in cols.described if col in values)
    deadline_col = cols.first("deadline")
    deadline = "".join(c for _, c in values.get(deadline_col, [])) if deadline_col is not None else ""
    deadline = None if not deadline or deadline in EMPTY_CELL else deadline
    own: Assignment | None = None
    if unit_lines:
        unit_cols = cols.units
        cells: list[list[tuple[int, str]]] = [[] for _ in unit_cols]
        wrapped = _cells_wrapped(unit_lines)
        extra = max(0, len(wrapped) - len(unit_cols))
        for x, cell_lines in enumerate(wrapped):
            slot = x if lead_alone else 0 if x <= extra else x - extra
            cells[min(slot, len(cells) - 1)].extend(cell_lines)
        units: list[RoleUnit] = []
        for col, cell in zip(unit_cols, cells):
            for line_no, value in cell:
                found, stated = cell_units(value, UNIT_COLUMN_ROLE[cols.kinds[col]], line_no + 1)
                units.extend(found)
                deadline = deadline or stated  # the deadline column first, else one a unit cell states
        for col, cell in values.items():  # a 备注 cell after the units naming the lead (round 40) or partners
            if cols.kinds[col] == "other" and col in after:
                units = note_units(units, "".join(c for _, c in cell), unit_lines[0][0] + 1)
        if WITH in task_text:
            units = _partners_in_words(units, task_text, unit_lines[0][0] + 1)
        own = Assignment(units=tuple(units), deadline=deadline, labelled=True, anchor=unit_lines[0][0] + 1)
        if no_lead and units:
            own = own._replace(label_roles=(ASSISTS_ALONE,))  # its partners' task, no lead's (SPEC: 配合 alone)
        line = unit_lines[0][0] + 1
        assignment = own
    elif prev is not None:
        line = task_lines[0][0] + 1
        assignment = prev._replace(deadline=deadline, anchor=line)
    else:
        warnings.append(
            ParseWarning(
                task_lines[0][0] + 1,
                f"table row names no unit: {quoted(task_text, 30)}",
                "row_no_unit",
                (("excerpt", quoted(task_text, 30)),),
            )
        )
        return None, None
    # a row of a table with a 完成时限 column states its deadline there or none: no deadline of a group above (the
    # lines above are the cells of other rows: 2022年10月底前 of the row before last, round 41)
    return Draft(task_text, line, assignment, detail=detail, grouped=deadline_col is None), own


def _empty_lead_cell(body: Sequence[tuple[int, str]], run_start: int, first_text: int, cols: Columns) -> bool:
    """Whether the line before a row's first unit line (``body[run_start]``) is its lead cell written empty (``——``,
    ``/``), after every text cell of the row: a row naming its partners and no lead (round 79 left49, held-out 92's
    annex 3 line 762; before, the partners' cell read as the lead's). Not with fewer text cells than the table's text
    columns (an empty text cell), nor with more unit columns than the lead's and the partners'.

    >>> cols = detect_columns(["序号", "工作任务", "主要工作内容", "牵头单位", "配合单位"])
    >>> body = [(1, "运用平台"), (3, "根据职能处置线索。"), (5, "——"), (7, "区城运中心、区数据局")]
    >>> _empty_lead_cell(body, 3, 0, cols), _empty_lead_cell(body[1:], 2, 0, cols)
    (True, False)
    """
    if len(cols.units) != 2 or run_start < 1 or body[run_start - 1][1] not in EMPTY_CELL:
        return False
    return run_start - 1 - first_text >= len(cols.text_before_units)


def _partners_in_words(units: list[RoleUnit], words: str, line: int) -> list[RoleUnit]:
    """``units`` of a row with the partners its task's ``words`` name after 会同 (``4. 会同区绿化市容局制定…`` in the
    row of 区商务委: held-out 80, a list divided by unit whose items name no subject) as supports, those the unit
    cells name already left as they are (as ``duty_partners`` reads a duty under its body's heading, round 64).

    >>> units = [RoleUnit("区商务委", "responsible", 5)]
    >>> [(u.name, u.role) for u in _partners_in_words(units, "1.加大宣传。4.会同区绿化市容局制定规范。", 5)]
    [('区商务委', 'responsible'), ('区绿化市容局', 'support')]
    >>> [u.name for u in _partners_in_words(units, "会同区商务委制定规范。", 5)]
    ['区商务委']
    """
    named = {u.name for u in units}
    found = [RoleUnit(u.name, "support", line) for u in duty_partners(words, 0, len(words)) if u.name not in named]
    return [*units, *found] if found else units


_FRAGMENT = 10  # characters: a short cell wrapped over lines (海绵城市 / 建设管理)


def _join_wrapped(lines: list[tuple[int, str]], columns: int) -> list[tuple[int, str]]:
    """Text lines with a short first cell wrapped over lines joined, while there are more lines than columns.

    >>> _join_wrapped([(1, "海绵城市"), (2, "建设管理"), (3, "区建设管理委负责指导。")], 2)
    [(1, '海绵城市建设管理'), (3, '区建设管理委负责指导。')]
    """
    out = list(lines)
    while (
        len(out) > columns > 1
        and len(out[0][1]) + len(out[1][1]) <= 2 * _FRAGMENT
        and max(len(out[0][1]), len(out[1][1])) <= _FRAGMENT
        and not _HEADER_PUNCT.search(out[0][1] + out[1][1])
    ):
        out[:2] = [(out[0][0], out[0][1] + out[1][1])]
    return out


def headings_of(compacts: Sequence[str]) -> frozenset[str]:
    """Standalone body headings (``（一）推进实施“光伏+”示范工程``) without their enumerator."""
    out = set()
    for c in compacts:
        if c and len(c) <= 40 and _style(c) and not _HEADER_PUNCT.search(c):
            title = strip_enumerator(c)
            if title:
                out.add(title)
    return frozenset(out)


__all__ = ["flattened_tables", "headings_of", "unit_line"]


# a 权力和责任清单 (权责清单) flattened one cell per line: who holds each power (行使主体) beside the law that sets it
# (设定依据, 实施依据 …); its cells name units and state statutory duties (``区交通委负责…``), no work a plan assigns
_POWER_HOLDER = "行使主体"
_POWER_BASIS = compiled(r"^(?:设定|实施|法律|法定|执法)依据$")
_POWER_HEADER = 8  # cells (non-empty lines): how far the header's other column names stand from 行使主体, however
# many blank lines the layout sets between them (a PDF's paragraph spacing: round 73 pdf73)
_POWER_LIST_END = compiled(r"^(?:附件|附表)[\d一二三四五六七八九十]*$|^[一二三四五六七八九十]{1,3}、")


def power_lists(source) -> list[tuple[int, int]]:
    """The lines (0-based, end exclusive) of the 权力和责任清单 tables flattened one cell per line: a header holding a
    power holder's column (``行使主体``) and its legal basis's (``设定依据``), from its first column name (序号) to the
    next annex's line (``附件2``) or section heading, else the end (round 63: before, its cells read as tasks).

    >>> from reformgraph.loaders.source import Source
    >>> lines = ["附件1", "序号", "权力名称", "行使主体", "设定依据", "1", "审批", "县水利局", "《条例》第四条", "附件2", "一、总则"]
    >>> power_lists(Source.from_text("\\n".join(lines)))
    [(1, 9)]
    >>> power_lists(Source.from_text("序号\\n行使主体\\n权力名称\\n1\\n审批\\n县水利局"))  # no legal basis: no power list
    []

    The header's names are counted in cells, not lines: a PDF sets its cells' paragraphs three blank lines apart
    (round 73 pdf73: held-out 22's printed copy, its ``设定依据`` eight lines below ``行使主体``, was read as tasks):

    >>> power_lists(Source.from_text("\\n\\n\\n\\n".join(lines)))
    [(4, 36)]
    """
    text, compacts, out = source.text, source.compacts, []
    at = text.text.find(_POWER_HOLDER)
    while at != -1:
        i = text.line_at(at) - 1
        first = None
        if out and i < out[-1][1]:
            pass  # inside the list found last
        elif compacts[i] == _POWER_HOLDER:
            before = _cells(compacts, range(i - 1, -1, -1))
            if any(_POWER_BASIS.match(compacts[j]) for j in before + _cells(compacts, range(i + 1, len(compacts)))):
                first = next((j for j in before if compacts[j] == "序号"), i)
        elif _laid_out_power_header(source.lines[i], compacts[i]):
            first = i
        if first is not None:
            end = next((j for j in range(i + 1, len(compacts)) if _POWER_LIST_END.match(compacts[j])), len(compacts))
            out.append((first, end))
        at = text.text.find(_POWER_HOLDER, at + len(_POWER_HOLDER))
    return out


_POWER_BASIS_NAMED = compiled(r"(?:设定|实施|法律|法定|执法)依据")


def _laid_out_power_header(line: str, compact: str) -> bool:
    """Whether ``line`` (``compact``: without its whitespace) is a power list's header row laid out on one line: its
    names apart by spaces from 序号 on, naming the power holder (``行使主体``, however a narrow cell wrapped it:
    ``行使  主体``) and a legal basis. A PDF's text layer lays a ruled 权力和责任清单 out so (round 78 printed78:
    held-out 22's list printed as a Word table, a cell of its 权力责任事项 column standing alone under the row's
    other cells, ``乡道、村道的新建…计划，区交通委应当负责协调。``, was read as a task).

    >>> _laid_out_power_header("序号  权力名称  行使  主体  设定依据", "序号权力名称行使主体设定依据")
    True
    >>> _laid_out_power_header("序号：明确行使主体和设定依据", "序号：明确行使主体和设定依据")  # no row of names
    False
    """
    parts = line.split()
    return len(parts) >= 4 and parts[0] == "序号" and _POWER_BASIS_NAMED.search(compact) is not None


def _cells(compacts: Sequence[str], lines: range) -> list[int]:
    """The first ``_POWER_HEADER`` non-empty lines of ``lines`` (0-based, in its order) of ``compacts``.

    >>> _cells(["序号", "", "", "名称", "主体"], range(4, -1, -1))
    [4, 3, 0]
    """
    return list(islice((j for j in lines if compacts[j]), _POWER_HEADER))

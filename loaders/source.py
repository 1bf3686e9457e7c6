"""A document's text prepared once for every layout reader.

Front matter is read and blanked (line numbers stay true), every line is compacted
(whitespace, markdown emphasis and list markers removed), and the whole document is one
``CompactText`` so that a parenthetical or a name broken across lines reads whole and
every match maps back to its source line.

>>> s = Source.from_text("---\\ntitle: 要点\\n---\\n# 要点\\n\\n- 1. 建设平台。（牵头单位：区大\\n数据局）")
>>> s.front["title"], s.compacts[3], s.compacts[5]
('要点', '要点', '1.建设平台。（牵头单位：区大')
>>> s.text.text[s.offset(5):]
'1.建设平台。（牵头单位：区大数据局）'
>>> s.text.line_at(s.text.text.index("数据局")), s.line_of(s.text.text.index("数据局"))
(7, 7)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from itertools import accumulate, compress, repeat
from operator import ne

from reformgraph.loaders.column_names import GAP_LASTS, is_column_cell
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.page_furniture import bare_page_numbers, blank_page_furniture
from reformgraph.loaders.scan import holds, indexes_of, split_outside
from reformgraph.loaders.spaced_names import COLLECTIVE_ENDS, NAME_ENDS
from reformgraph.loaders.text_marks import coded, holds_coded, latin_of, spaces_of
from reformgraph.loaders.unit_breaks import opens_a_names_rest
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.vocab import (
    ASSIGNMENT_WORDS,
    DEADLINE_LABELS,
    HALF_WIDTH_PERSON_FIELDS,
    LABEL_ROLES,
    SET_UP_BODY,
    TITLE_ENDS,
    UNIT_LABELS,
    lone_role,
    person_field_full_width,
    search_first_listed,
    split_role,
)
from reformgraph.loaders.wrapped import (
    MIN_WIDTH,
    SLACK,
    blank_parted,
    first_lines_indented,
    is_full,
    runs_on,
    runs_on_at_top,
    section_widths,
    wrap_width,
)
from reformgraph.regexcache import compiled
from reformgraph.textwidth import display_width

_FRONT_FIELD = compiled(r"^\s*([^:：#]{1,30})[:：]\s*(.*?)\s*$")
# a text whose first characters but whitespace are ``---`` (``text.lstrip().startswith("---")``, with no copy of the
# text: ``lstrip`` copied the bundled plan, which opens with an empty line, at 0.35 M instructions a call)
_OPENS_WITH_RULE = compiled(r"\s*+---")
# a page number on a line of its own, as a PDF's text layer gives it: — 3 —, -4-, 第5页, 第5页共12页, a gazette's · 3 ·
_PAGE_LINE = compiled(r"[-—－–]{1,2}\d{1,4}[-—－–]{1,2}|第\d{1,4}页(?:共\d{1,4}页)?|[·•]\d{1,4}[·•]")
_PAGE_MARKS = ("—", "-", "－", "–", "页", "·", "•")
# square brackets that may hold an assignment, after some text: 推进…。【牵头单位：A】, [责任单位：A]
_SQUARE = compiled(r"(?<=.)(?:[【〔]([^【】〔〕（）()]{1,120})[】〕]|\[([^\[\]（）()]{1,120})\])")
# the labels that may stand alone on a line before their value (``Source.with_lone_label_colons``): whole labels
_LONE_LABELS = frozenset(label for label in UNIT_LABELS + DEADLINE_LABELS if len(label) >= 4)
# what closes a column's name that counts something (``新能源环卫车辆配置（辆）``, ``投放点微更新（个）``): no unit's name
_COUNT_UNITS = tuple(
    f"{o}{u}{c}"
    for u in ("个", "辆", "座", "条", "处", "家", "项", "台", "套", "户", "万元", "吨")
    for o, c in ("（）", "()")
)
# a label in square brackets before its value (``【牵头单位】A【完成时限】2024年``): read as ``牵头单位：A；完成时限：…``
# (not after a unit, before the next one or the list's end: 基础教育科【牵头】、教研室 is a role, round 42)
_SQUARE_LABEL = compiled(
    "[【\\[](" + "|".join(sorted(LABEL_ROLES, key=len, reverse=True)) + ")[】\\]](?=[^、，,；;）)。])"
)
# a unit label written with 为 for its colon (``牵头单位为市财政局，配合单位为市税务局``), at the start of a field:
# read as the colon where a unit name follows (one character for one, so offsets stay)
_LABEL_IS_MARKS = tuple(sorted({label[-2:] + "为" for label in UNIT_LABELS}))  # 单位为, 部门为, 处室为 …
# where they are: ``re`` scans for the one literal 为 and looks behind each (0.06 ms over the bundled plan, where a
# search for each mark in turn passes over all of the text: 0.14 ms each)
_LABEL_IS_HINT = compiled("为(?<=" + "|".join(_LABEL_IS_MARKS) + ")")
# a goal's name and number opening its line, a space after it (目标一　正确识别患者身份。…: a hospital's 患者安全目标, round
# 60): its name, as 目标一：…, is the item's label (``tasks.without_task_label``), whitespace gone no more; round 61
# left29: a task's so (任务一　实施老旧小区改造提升。…（牵头单位：…）, as 任务一：… is, round 45)
_GOAL_NUMERALS = "一二三四五六七八九十"
_SPACED_GOAL = compiled(r"(?:目标|任务)[" + _GOAL_NUMERALS + r"]{1,3}(?=[ \t\u3000]+\S)")
# the two last characters of a goal's name and number (目标一, 任务十二), which whitespace follows: a text none of whose
# words before whitespace ends so holds no spaced goal in its lines (``Source.gap_ends``, ``_spaced_goals``' skip)
_GOAL_ENDS = frozenset(before + n for before in "标务" + _GOAL_NUMERALS for n in _GOAL_NUMERALS)
# the names written so, each looked for only in a text holding its first (a list of goals or tasks opens with it);
# whether either first is there, one regex scan for 一 (its literal first: a C loop), each 一 looked behind (session
# 45: two `in` scans, one for each name's first, cost the bundled plan 1.2 M instructions)
_SPACED_NAMES = ("目标", "任务")
_SPACED_FIRST = compiled("一(?<=" + "|".join(name + "一" for name in _SPACED_NAMES) + ")")  # (names of one width)
_LABEL_IS = compiled(
    # (and after the task it is about: 此项工作的责任单位为A, round 40; its lines are checked by ``_line_label``)
    "(?:^|(?<=[。；;，,（(])|(?<=项(?:工作|任务|事项|举措|措施)的)|(?<=[此该本这]项(?:工作|任务|事项|举措|措施))"
    # (and after a measure's label, round 61: 整改要求：责任部门为A，B协助，…)
    "|(?<=整改要求：)|(?<=整改措施：))("
    + "|".join(sorted(UNIT_LABELS, key=len, reverse=True))
    + ")为([^。；;，,、（()）]{2,40})"
)


_BREAKS_STEP = 2048  # characters: a count of the line breaks before each multiple of it


class _Breaks:
    """The line breaks (``\\n``) of a text before a position: counted on from a place before it whose count is known,
    or from the nearest multiple of ``_BREAKS_STEP`` before it when that is nearer (the counts before each multiple
    made once, on the first long count: each kind of mark, its lines counted from the text's start, cost the bundled
    plan a pass over the text, 0.9 M instructions).

    >>> breaks = _Breaks("甲\\n" * 3000)
    >>> breaks.before(5001, 0, 0), breaks.before(3, 2, 1), breaks.before(5001, 4999, 2499)
    (2500, 1, 2500)
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _counts(self) -> list[int]:
        text, step = self.text, _BREAKS_STEP
        starts = range(0, len(text), step)
        return list(accumulate(map(text.count, repeat("\n"), starts, [a + step for a in starts]), initial=0))

    def before(self, pos: int, at: int, line: int) -> int:
        """The breaks before ``pos``, knowing ``line`` of them come before ``at`` (``at <= pos``)."""
        if pos - at > _BREAKS_STEP:
            k = pos // _BREAKS_STEP
            at, line = k * _BREAKS_STEP, self._counts[k]
        return line + self.text.count("\n", at, pos)


class WrittenLines(Sequence[str]):
    """The lines of ``text`` as written (``text.splitlines()``), of a text whose only line break is ``\\n``
    (``_one_break_only``), ``count`` of them; each cut from the text when it is asked for (in the block of text the
    counts of ``breaks``, the text's ``_Breaks``, put it: ``_line``), all of them at once when they are iterated or
    compared, or once ``count // _LINES_A_CUT`` were cut one by one. A parse of the bundled plan asks for 47 of its
    5,240 lines and its table of contents' as a slice, where ``splitlines`` and joining the lines for compacting
    cost 4.1 M instructions (session 49).

    >>> lines = WrittenLines("甲\\n\\n乙 丙\\n", 3)
    >>> len(lines), lines[2], lines[-3], lines[1:], list(lines) == "甲\\n\\n乙 丙\\n".splitlines()
    (3, '乙 丙', '甲', ('', '乙 丙'), True)
    """

    __slots__ = ("_text", "_count", "_breaks", "_cut", "_all")

    def __init__(self, text: str, count: int, breaks: _Breaks | None = None) -> None:
        self._text = text
        self._count = count
        self._breaks = breaks or _Breaks(text)
        self._cut: dict[int, str] = {}  # the lines cut, by index
        self._all: tuple[str, ...] | None = None

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override]
        if self._all is not None:
            return self._all[index]
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return self.all()[index]
            if start >= stop:
                return ()
            text = self._text
            end = self._start(stop) - 1 if stop < self._count else len(text) - text.endswith("\n")
            return tuple(text[self._start(start) : end].split("\n"))
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("line index out of range")
        line = self._cut.get(index)
        if line is None:
            if len(self._cut) >= self._count // _LINES_A_CUT:  # (cutting more one by one would cost more than all)
                return self.all()[index]
            line = self._cut[index] = self._line(index)
        return line

    def _line(self, index: int) -> str:
        """Line ``index``, cut from the text's block of ``_BREAKS_STEP`` characters where its start is (the counts of
        ``_Breaks`` say which): one ``split`` of the block from the nearer end to the line (a ``find`` for each break
        before it cost 1.7 k instructions a break, each part a ``split`` makes 0.5 k)."""
        text, counts = self._text, self._breaks._counts  # counts[k]: the breaks before k * _BREAKS_STEP
        k = bisect_left(counts, index) - 1 if index else 0  # (fewer than ``index`` breaks before its start)
        stop = min(len(text), (k + 1) * _BREAKS_STEP)
        block = text[k * _BREAKS_STEP : stop]
        before, after = index - counts[k], counts[k + 1] - index  # the block's breaks before the line, and from it on
        if not after:  # it runs past the block's end (or ends the text)
            start = stop - len(block.split("\n", before)[before])
            end = text.find("\n", stop)
            return text[start:] if end == -1 else text[start:end]
        if before <= after:
            return block.split("\n", before + 1)[before]
        return block.rsplit("\n", after + 1)[1]

    def _start(self, index: int) -> int:
        """Where line ``index`` (``0 < index < len(self)``, or 0) starts: after the text's ``index``-th break."""
        if index == 0:
            return 0
        counts = self._breaks._counts
        k = bisect_left(counts, index) - 1
        skip = index - counts[k]  # the breaks from k * step to the line's start: all before the next block
        stop = min(len(self._text), (k + 1) * _BREAKS_STEP)
        return stop - len(self._text[k * _BREAKS_STEP : stop].split("\n", skip)[skip])

    def all(self) -> tuple[str, ...]:
        """Every line, cut once."""
        if self._all is None:
            text = self._text
            self._all = tuple((text[:-1] if text.endswith("\n") else text).split("\n"))
        return self._all

    def __iter__(self):
        return iter(self.all())

    def __reversed__(self):
        return reversed(self.all())

    def __contains__(self, line: object) -> bool:
        return line in self.all()

    def index(self, line: str, *args: int) -> int:  # type: ignore[override]
        return self.all().index(line, *args)

    def count(self, line: str) -> int:  # type: ignore[override]
        return self.all().count(line)

    def __eq__(self, other: object) -> bool:
        return self.all() == (other.all() if isinstance(other, WrittenLines) else other)

    def __hash__(self) -> int:
        return hash(self.all())

    def __repr__(self) -> str:
        return repr(self.all())

    def __add__(self, other):
        return self.all() + tuple(other)


# lines: a text's lines cut one by one, at most one for each of these (a line cut alone costs about 18 k instructions,
# every line cut at once 0.45 k a line): the bundled plan's 5,240 allow 131, and it asks for 47; a short text's lines
# are all cut on the first asked for
_LINES_A_CUT = 40
# the line breaks ``str.splitlines`` knows but ``\n`` (``\r\n`` among them): a text holding none has ``\n`` alone, so
# its lines are ``WrittenLines`` (each a C ``in`` scan: 1.35 M instructions the nine over the bundled plan)
_OTHER_BREAKS = ("\r", "\x0b", "\x1c", "\x1d", "\x1e", "\x85", "\u2029", "\u2028", "\x0c")
# their bytes in the text's Latin-1 characters and rare marks (``latin_of``: the two wide ones are rare marks), looked
# for there when made: the seven Latin-1 ones' scans of the text cost the bundled plan 0.96 M instructions (``\x0c``'s
# low byte is ，'s), the two wide ones' 0.40 M
_CODED_BREAKS = tuple(map(coded, _OTHER_BREAKS))


def _holds_latin(whole: str, mark: str, latin: bytes | None) -> bool:
    """``mark in whole``, asked of ``latin`` (``latin_of(whole)``) when known and ``mark`` is kept there (a Latin-1
    character or one of ``text_marks.RARE_MARKS``: ``text_marks.holds_coded``).

    >>> _holds_latin("甲>乙", ">", None), _holds_latin("甲>乙", ">", latin_of("甲>乙")), _holds_latin("甲", "}", b"")
    (True, True, False)
    >>> _holds_latin("甲•", "•", b""), _holds_latin("甲乙", "乙", b"")  # (a rare mark; a character looked for in the text)
    (False, True)
    """
    return holds_coded(whole, mark, latin)


def _holds_latin_run(whole: str, needle: str, latin: bytes | None) -> bool:
    """``holds(whole, needle)`` for a ``needle`` of Latin-1 characters (``--``): False at once when ``latin``
    (``latin_of(whole)``, when known) does not hold it, as it then holds its characters apart or not at all.

    >>> _holds_latin_run("甲-乙-", "--", latin_of("甲-乙-")), _holds_latin_run("甲-乙-", "--", None)
    (False, False)
    >>> _holds_latin_run("甲--乙", "--", latin_of("甲--乙")), _holds_latin_run("甲- -乙", "--", latin_of("甲- -乙"))
    (True, False)
    """
    if latin is not None and needle.encode("latin-1") not in latin:
        return False
    return holds(whole, needle)


def _latin_indexes(whole: str, mark: str, latin: bytes | None) -> list[int]:
    """``indexes_of(whole, mark)`` for a one-character ``mark``: with ``latin`` (``latin_of(whole)``) known and ``mark``
    kept there (``text_marks.coded``), one
    ``index`` scan of ``whole`` for each ``mark`` that ``latin`` holds (each found there by a C scan of the short
    text), none past the last (``indexes_of`` scans on to the text's end: the bundled plan's one ``[`` is its third
    character, and that scan cost it 0.57 M instructions).

    >>> _latin_indexes("甲-乙-丙", "-", latin_of("甲-乙-丙")), _latin_indexes("甲-乙", "-", None), _latin_indexes("甲", "[", b"")
    ([1, 3], [1], [])
    """
    byte = coded(mark) if latin is not None else None
    if byte is None:
        return indexes_of(whole, mark)
    found: list[int] = []
    at = latin.find(byte)
    k = -1
    while at != -1:
        k = whole.index(mark, k + 1)
        found.append(k)
        at = latin.find(byte, at + 1)
    return found


def _marked_lines(
    compacts: Sequence[str],
    whole: str,
    marks: tuple[str, ...],
    positions: Sequence[int] | None = None,
    breaks: _Breaks | None = None,
) -> list[int]:
    """The indexes of the lines that hold one of ``marks``, found in ``whole`` (the text the lines come from, one
    line per ``\\n``): a plan has a few, and a loop over every line would cost more. When the lines were split
    at another mark too (``\\r``, ``\\u2028``) or a line was blanked, every line is looked at. ``positions``: where
    the marks are in ``whole``, when the caller found them already (in order); ``breaks``: ``whole``'s, when the
    caller asks for the lines of several kinds of mark.

    >>> _marked_lines(["甲", "乙【1】", "", "丙[2]"], "甲\\n乙【1】\\n\\n丙[2]", ("【", "["))
    [1, 3]
    >>> _marked_lines(["", "", "丙[2]"], "文号: 〔2022〕1号\\n\\n丙[2]", ("[", "〔"))  # a front matter's, blanked
    [2]
    """
    out: list[int] = []
    line, at = 0, 0
    if positions is None:
        positions = sorted({p for mark in marks for p in indexes_of(whole, mark)})
    breaks = breaks or _Breaks(whole)
    for pos in positions:
        line = breaks.before(pos, at, line)
        at = pos
        if out and out[-1] == line:
            continue
        if line >= len(compacts) or whole[pos] not in compacts[line]:
            if line < len(compacts) and not any(compacts[: line + 1]):
                continue  # in the blanked lines that open the text (its front matter): nothing to change
            return [i for i, c in enumerate(compacts) if any(mark in c for mark in marks)]
        out.append(line)
    return out


def _coded_lines(compacts: Sequence[str], latin: bytes, marks: Sequence[str]) -> list[int]:
    """``_marked_lines(compacts, whole, marks)`` for ``marks`` kept in ``latin`` (``latin_of(whole)``: each a Latin-1
    character or one of ``text_marks.RARE_MARKS``), each mark's line counted in the bytes, whose ``\\n`` are the
    text's: no scan of the text for where the marks are (the bundled plan's one 页, at 161,280 of its 172,004
    characters, cost an ``index`` scan of 0.32 M instructions, its low byte that of 2,882 characters).

    >>> text = "甲\\n乙 — 3 —\\n\\n第5页\\n- 丙"
    >>> compacts = ["甲", "乙—3—", "", "第5页", "丙"]
    >>> _coded_lines(compacts, latin_of(text), ("—", "页")), _marked_lines(compacts, text, ("—", "页"))
    ([1, 3], [1, 3])
    >>> _coded_lines(compacts, latin_of(text), ("-",)), _marked_lines(compacts, text, ("-",))  # (dropped: every line)
    ([], [])
    """
    found = sorted((at, mark) for mark in marks for at in _byte_indexes(latin, coded(mark)))
    out: list[int] = []
    line, before = 0, 0
    for at, mark in found:
        line += latin.count(b"\n", before, at)
        before = at
        if out and out[-1] == line:
            continue
        if line >= len(compacts) or mark not in compacts[line]:  # (as ``_marked_lines``: a line cut otherwise)
            if line < len(compacts) and not any(compacts[: line + 1]):
                continue
            return [i for i, c in enumerate(compacts) if any(m in c for m in marks)]
        out.append(line)
    return out


def _byte_indexes(latin: bytes, byte: bytes | None) -> list[int]:
    """Where ``byte`` is in ``latin`` (``[]`` for None).

    >>> _byte_indexes(b"a-b-", b"-"), _byte_indexes(b"a", None)
    ([1, 3], [])
    """
    found: list[int] = []
    at = -1 if byte is None else latin.find(byte)
    while at != -1:
        found.append(at)
        at = latin.find(byte, at + 1)
    return found


def _holds_assignment(text: str, at: int) -> bool:
    """True when the bracket opening at ``at`` (〔) closes within 120 characters around a label or role word.

    >>> _holds_assignment("考试。〔区司法局牵头〕", 3), _holds_assignment("渝府办发〔2022〕18号", 4)
    (True, False)
    """
    close = text.find("〕", at, at + 122)
    return close != -1 and ASSIGNMENT_WORDS.search(text, at, close) is not None


def square_labels(text: str) -> str:
    """``text`` with each label in square brackets before its value written as a field (``【牵头单位】A【配合单位】B`` →
    ``牵头单位：A；配合单位：B``); a role after a unit as it was (``基础教育科【牵头】、教研室``, round 42).

    >>> square_labels("建平台。【牵头单位】区数据局【完成时限】2026年"), square_labels("甲科【牵头】、乙科")
    ('建平台。牵头单位：区数据局；完成时限：2026年', '甲科【牵头】、乙科')
    """
    return _SQUARE_LABEL.sub(_label_field, text)


def _label_field(m: re.Match[str]) -> str:
    """``【牵头单位】`` as ``牵头单位：``, after a ``；`` when it follows a value (a field starts there)."""
    at = m.start()
    return f"{m.group(1)}：" if at == 0 or m.string[at - 1] in "。；;，,（(" else f"；{m.group(1)}："


def _colon_for_is(m: re.Match[str], before: str = "") -> str:
    """``牵头单位为A`` as ``牵头单位：A`` when A reads as a unit name; else as it was (``责任单位为主``); and as it was
    when A is a label itself (round 61: ``主管部门为督促整改单位``, a kind of body given a role, no unit named).

    >>> _LABEL_IS.sub(_colon_for_is, "牵头单位为市财政局"), _LABEL_IS.sub(_colon_for_is, "主管部门为督促整改单位")
    ('牵头单位：市财政局', '主管部门为督促整改单位')
    """
    value = m.group(2)
    if not is_unit_name(value) or value in LABEL_ROLES or _in_a_make_up(m, before):
        return m.group(0)
    return f"{m.group(1)}：{value}"


_MAKE_UP_LABELS = ("成员单位",)  # (组长单位 is a column's name, no label of the text: column_names)


def _run_on_before(lines: Sequence[str], i: int, most: int = 3) -> str:
    """The lines right before line ``i`` that its paragraph runs on from (none closed by ``。`` or a colon, no blank
    line between; ``most`` of them), joined: a hard-wrapped paragraph's words before line ``i`` (round 81).

    >>> _run_on_before(["推进。", "成立工作专班，组长", "由区长担任。成员单位为区财政局。"], 2)
    '成立工作专班，组长'
    >>> _run_on_before(["成立工作专班。", "成员单位为区财政局。"], 1), _run_on_before(["甲", "", "乙"], 2)
    ('', '')
    """
    j = i
    while j > 0 and i - j < most and lines[j - 1] and not lines[j - 1].endswith(("。", "：", ":")):
        j -= 1
    return "".join(lines[j:i])


def _in_a_make_up(m: re.Match[str], before: str = "") -> bool:
    """Whether the label ``m`` matched (``成员单位为A``) lists the members of a body its sentence sets up (``成立工作专班，
    成员单位为A、B等单位``): the body's make-up, no task's field (round 77: before, A and B led a task of the sentence).

    >>> _LABEL_IS.sub(_colon_for_is, "成立工作专班，成员单位为区财政局、区税务局。")
    '成立工作专班，成员单位为区财政局、区税务局。'
    >>> _LABEL_IS.sub(_colon_for_is, "开展涉企收费清理。牵头单位为区发改委，成员单位为区财政局。")
    '开展涉企收费清理。牵头单位：区发改委，成员单位：区财政局。'
    >>> _LABEL_IS.sub(_colon_for_is, "成立工作专班，组长由区长担任。成员单位为区财政局。")  # round 81
    '成立工作专班，组长由区长担任。成员单位为区财政局。'

    A sentence naming the body's lead before its members (``成立工作专班，牵头单位为A，成员单位为B``) assigns the work
    as ``成立由A牵头、B参加的专班`` does (round 75): its members are the lead's partners, a label as the lead's is.

    >>> _LABEL_IS.sub(_colon_for_is, "成立工作专班，牵头单位为区商务委，成员单位为区财政局。")
    '成立工作专班，牵头单位：区商务委，成员单位：区财政局。'
    """
    if m.group(1) not in _MAKE_UP_LABELS:
        return False
    text, at = before + m.string, len(before) + m.start()  # (``before``: the paragraph's lines before, when wrapped)
    start = text.rfind("。", 0, at) + 1
    if SET_UP_BODY.search(text, start, at) is None:
        # 成立…领导小组，组长由镇长担任。成员单位为A、B: the members in the sentence after the one that sets their body
        # up, in its paragraph (round 81 heldout28, held-out 109 line 40; before, they led a task): the sentence before,
        # from its paragraph's start where a blank line parts them
        before = text.rfind("。", 0, max(start - 1, 0)) + 1
        blank = text.rfind("\n\n", before, start)
        before = before if blank == -1 else blank + 2
        if start == 0 or "\n\n" in text[start:at] or SET_UP_BODY.search(text, before, start) is None:
            return False
        start = before
    return all(other.group(1) in _MAKE_UP_LABELS for other in _LABEL_IS.finditer(text, start, at))


def _round(m: re.Match[str]) -> str:
    """Square brackets that hold a label or role word (``vocab.ASSIGNMENT_WORDS``) as round brackets (the same
    length: offsets stay), and those right after such brackets that hold a deadline alone (``【A牵头】【2026年9月底前】``,
    round 37); others as they were.

    >>> _SQUARE.sub(_round, "1.推进。【A局牵头】【2026年9月底前】【持续推进】"), _SQUARE.sub(_round, "1.推进。【2026年9月底前】")
    ('1.推进。（A局牵头）（2026年9月底前）（持续推进）', '1.推进。【2026年9月底前】')
    """
    inner = m.group(1) if m.group(1) is not None else m.group(2)
    if ASSIGNMENT_WORDS.search(inner):
        return f"（{inner}）"
    at = m.start()
    if m.string[at - 1] in "】]" and len(inner) <= _DATED_INNER and parse_deadline(inner).status is not None:
        return f"（{inner}）"
    return m.group(0)


_DATED_INNER = 16  # characters: the longest deadline alone in square brackets read so


_HEADING_ATTRIBUTES = compiled(r"\{[#.][^{}]*\}$")
_FOOTNOTE_NOTE = compiled(r"^\[\^[^\]\s]{1,20}\][:：]")  # [^1]: 含智慧农机应用。 (pandoc's footnote, round 34)
_FOOTNOTE_MARK = compiled(r"\[\^[^\]\s]{1,20}\]")
_NOTE_NUMBER = compiled(r"\[\d{1,3}\]")  # [1] 《…指南》由教育部于2022年2月印发: an endnote's number
_NOTES_HEADINGS = frozenset(("注释：", "注释:", "注释", "注：", "注:", "脚注：", "脚注", "尾注：", "尾注"))


def _under_notes(compacts: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is among the notes under a notes heading (``注释：``): the lines above it, past empty
    ones and other notes, reach one.

    >>> _under_notes(["注释：", "[1] 甲", "", "[2] 乙"], 3), _under_notes(["一、任务", "[1] 甲"], 1)
    (True, False)
    """
    for j in range(i - 1, max(-1, i - _NOTES_REACH), -1):
        c = compacts[j]
        if c in _NOTES_HEADINGS:
            return True
        if c and not _NOTE_NUMBER.match(c) and not c.startswith("注："):
            return False
    return False


_NOTES_REACH = 40  # lines: how far above a note its heading may be
_LIST_MARKS = "-+>•·"
# a legend giving markdown's * a unit's role (注：加*的为牵头单位，其余为配合单位; 带*号的为牵头单位; *为牵头单位): the
# star a line of text or a table's cell sets on a unit, before or after its name, says that role as ★ or ☆ does (round
# 46; ``vocab.UNIT_MARKS``). Without one, a * is markdown's emphasis, dropped (**…** is bold in every document)
_STAR_LEGEND = compiled(
    r"(?<!\*)\*(?!\*)号?(?:的|者)?(?:单位|部门|处室|科室)?(?:为|是|表示|系)(?:(牵头|主责|主办)|配合|协办)"
)
# a lone * at a unit's edge in a list: after a name, before a list's break (市发展改革委*、市财政局 / | 区教育局* |), or
# before a name after a label's colon, a bracket, a list's break or a cell's bar (*区住建局、区财政局)
_UNIT_STAR = compiled(
    r"(?<=[\u4e00-\u9fff）)])\*(?!\*)(?=\s*(?:[、，,；;）)|]|$))|(?<=[：:（(、，,；;|\s])(?<!\*)\*(?=[\u4e00-\u9fff])"
)


# a legend giving bold a unit's role (注：责任单位中字体加粗的为牵头单位，其余为配合单位; 以粗体标注的为牵头部门): a unit
# written bold in a list (**区商务局**、区财政局) has that role as one marked ★ or ☆ has (round 47); without one, ** is bold
# (round 48: the bold font's other names, 加黑 and 黑体: 字体加黑的为牵头单位, 用黑体字标注的为牵头单位)
_BOLD_LEGEND = compiled(
    r"(?:加粗|粗体|标粗|加黑|黑体)(?:字体|字)?(?:显示|标注|标示)?(?:的|者)?(?:单位|部门|处室|科室)?(?:为|是|表示|系)"
    r"(?:(牵头|主责|主办)|配合|协办)"
)
# a bold span in a list: after a label's colon, a bracket, a list's break or a cell's bar, before a break or the end,
# or at the start of a cell or line (a Word or sheet cell's text: round 48), or before a space (a cell's lines joined
# by one: a page's <p> holding the lead above the partners' <p>, round 50)
_BOLD_SPAN = compiled(r"(?:(?<=[：:（(、，,；;|\s])|^)\*\*([^*]{2,40}?)\*\*(?=\s*(?:[、，,；;）)|]|$)|\s)")


def bold_legend(text: str, latin: bytes | None = None) -> str:
    """The mark (``★`` lead, ``☆`` support) a legend in ``text`` makes a unit written bold stand for; "" when none.
    ``latin``: ``latin_of(text)``, when made (粗 and 黑 are coded there, ``text_marks.LEGEND_MARKS``: looked for in
    its bytes).

    >>> bold_legend("（注：责任单位中字体加粗的为牵头单位，其余为配合单位）"), bold_legend("以粗体标注的为配合部门")
    ('★', '☆')
    >>> bold_legend("（注：责任单位中字体加黑的为牵头单位）"), bold_legend("说明：用黑体字标注的为牵头单位")  # round 48
    ('★', '★')
    >>> bold_legend("**一、重点任务**"), bold_legend("整治黑臭水体的为重点，加黑色标识")
    ('', '')
    >>> t, u = "注：加黑的为牵头单位", "以粗体标注的为配合部门"
    >>> bold_legend(t, latin_of(t)), bold_legend(u, latin_of(u)), bold_legend(u, latin_of(""))  # (the bytes asked)
    ('★', '☆', '')
    """
    m = _BOLD_LEGEND.search(text) if holds_coded(text, "粗", latin) else None  # (粗's low byte is rare in Chinese)
    if m is None and holds_coded(text, "黑", latin):  # (黑名单, 黑臭水体: looked for at each 黑 only, round 48)
        at_each = (
            _BOLD_LEGEND.match(text, at - 1) or _BOLD_LEGEND.match(text, at) for at in _latin_indexes(text, "黑", latin)
        )
        m = next(filter(None, at_each), None)  # 加黑 opens before its 黑, 黑体 at it
    return "" if m is None else "★" if m.group(1) else "☆"


def bold_units(line: str, mark: str) -> str:
    """``line`` with each unit written bold in a list marked ``mark`` (``bold_legend``'s) before its name; other bold
    spans (a heading, a title) are left to be dropped as bold.

    >>> bold_units("责任单位：**区市场监管局**、**区商务局**、区公安分局", "★")
    '责任单位：★区市场监管局、★区商务局、区公安分局'
    >>> bold_units("**一、生产环节**", "★"), bold_units("| 1 | **推进以旧换新** | **区商务局**、区财政局 |", "★")
    ('**一、生产环节**', '| 1 | **推进以旧换新** | ★区商务局、区财政局 |')
    >>> bold_units("**责任单位**", "★"), bold_units("**牵头单位** **县数据局**", "★")  # a column's name: round 51
    ('**责任单位**', '**牵头单位** ★县数据局')
    """
    return _BOLD_SPAN.sub(lambda m: mark + m.group(1) if _names_a_unit(m.group(1)) else m.group(), line)


def _names_a_unit(span: str) -> bool:
    """Whether a bold span names a unit: a unit's name, not a column's name or a label written bold (a bold header
    cell 责任单位, a header line of a PDF's text: round 51; before, marked as a unit).

    >>> _names_a_unit("县财政局"), _names_a_unit("牵头单位"), _names_a_unit("责任部门")
    (True, False, False)
    """
    return is_unit_name(span) and not is_column_cell(span)


def _without_bold(line: str, lone: list[str]) -> str:
    """``line`` without markdown's bold ``**``; added to ``lone`` when a ``*`` is left in it.

    >>> lone = []
    >>> _without_bold("**一、目标**", lone), _without_bold("**注**：加*的为牵头单位", lone), lone
    ('一、目标', '注：加*的为牵头单位', ['注：加*的为牵头单位'])
    """
    bare = line.replace("**", "")
    if "*" in bare:
        lone.append(bare)
    return bare


def _bold_dropped(compacts: list[str], starred: Iterable[int], lone: list[str]) -> None:
    """``compacts``' ``starred`` lines (changed in place) without markdown's bold, each distinct line's dropped once
    (``_without_bold``: a workplan's bold headings repeat, 258 of the bundled plan's 308); ``lone`` gets what is left
    of each distinct line a ``*`` is left in, in the order first met.

    >>> compacts, lone = ["**一、目标**", "加*的为牵头", "**一、目标**", "加*的为牵头"], []
    >>> _bold_dropped(compacts, range(4), lone); compacts, lone
    (['一、目标', '加*的为牵头', '一、目标', '加*的为牵头'], ['加*的为牵头'])
    """
    done: dict[str, str] = {}
    for i in starred:
        c = compacts[i]
        if "*" in c:
            compacts[i] = done[c] if c in done else done.setdefault(c, _without_bold(c, lone))


def star_legend(lines: Iterable[str]) -> str:
    """The mark (``★`` lead, ``☆`` support) a legend among ``lines`` (the lines holding a ``*``) makes a lone ``*``
    stand for; "" when none does.

    >>> star_legend(["**说明**：加*的为牵头单位，其余为配合单位。"]), star_legend(["注：带*号的为配合单位"])
    ('★', '☆')
    >>> star_legend(["**一、重点任务**", "*注：以上为示例*"])
    ''
    """
    for line in lines:
        if (m := _STAR_LEGEND.search(line)) is not None:
            return "★" if m.group(1) else "☆"
    return ""


def unit_stars(line: str, mark: str) -> str:
    """``line`` with each lone ``*`` at a unit's edge in a list written as ``mark`` (``star_legend``'s); as it is when
    ``mark`` is "" (the stars are markdown's, dropped later). A ``**`` is bold and dropped here.

    >>> unit_stars("责任单位：市发展改革委*、市财政局", "★"), unit_stars("（责任单位：*区水务局、*区城管局）", "★")
    ('责任单位：市发展改革委★、市财政局', '（责任单位：★区水务局、★区城管局）')
    >>> unit_stars("| 2 | **建园** | 区教育局* |", "★"), unit_stars("市财政局*、市国资委", "")
    ('| 2 | 建园 | 区教育局★ |', '市财政局*、市国资委')
    """
    if not mark:
        return line
    return _UNIT_STAR.sub(mark, line.replace("**", ""))


_ODD_COLONS = ("∶", "︰", "﹕")  # U+2236, U+FE30, U+FE55: read as the full-width colon
_SPACED_MARKS = "-+"  # a list item's only with a space after it (markdown's rule): ``- 1. 建设``


def spaced_mark(line: str, mark: str) -> bool:
    """True when the first ``mark`` of ``line`` (as written) has a space after it: a list mark (``- 1. 建设``), not a
    word's (``+道路”工程``, the rest of 光伏+道路 on the next line of a hard-wrapped text).

    >>> spaced_mark("- 1. 建设", "-"), spaced_mark("+道路”工程", "+")
    (True, False)
    """
    at = line.find(mark)
    return line[at + 1 : at + 2].isspace()


def compact_lines(lines: Sequence[str], text: str | None = None) -> tuple[list[str], list[int]]:
    """``compact`` of every line, leading list markers (``-`` ``>`` ``•``) dropped, an assignment in square
    brackets put in round ones (``【牵头单位：A】``, ``[A负责]``), a page number's line blanked (``— 3 —``); and the
    markdown heading lines.

    The headings are the 0-based indexes of the lines whose first non-space character is ``#``.
    Whitespace goes line by line; the rarer marks are looked for over the whole text (``text``, the
    text the lines were split from, when at hand; else the lines joined) and dropped where found.

    >>> compact_lines(["#### **五、责任 单位**", "- 1. 建设", "", " # 标题", "*#x", "## 重点任务 {#二重点任务}"])
    (['五、责任单位', '1.建设', '', '标题', '#x', '重点任务'], [0, 3, 5])
    >>> compact_lines(["1.建设。【牵头单位：A】", "【重点任务】", "见[1]。", "2.清理。[A负责]"])[0]
    ['1.建设。（牵头单位：A）', '【重点任务】', '见[1]。', '2.清理。（A负责）']
    >>> compact_lines(["（牵头单位：区大", "— 3 —", "数据局）", "第 5 页 共 12 页", "2024-2026", "· 7 ·"])[0]
    ['（牵头单位：区大', '', '数据局）', '', '2024-2026', '']
    >>> compact_lines(["推进“光伏", "+道路”工程", "+ 建设", "-2024年"])[0]
    ['推进“光伏', '+道路”工程', '建设', '-2024年']
    >>> compact_lines(["（责任科室：基础教育科【牵头】、教研室）"])[0]  # a role after a unit, no label (round 42)
    ['（责任科室：基础教育科（牵头）、教研室）']
    >>> compact_lines(["（牵头单位∶市发改委；完成时限︰2024年）"])[0]
    ['（牵头单位：市发改委；完成时限：2024年）']
    >>> compact_lines(["推广物联网应用[^2]。（市农业农村局牵头）", "[^2]: 排在第一位的为牵头单位。"])[0]
    ['推广物联网应用。（市农业农村局牵头）', '注：排在第一位的为牵头单位。']
    """
    compacts, headings, _ = _compacts_but_heads(lines, text)
    _blank_running_headers(compacts)
    return compacts, headings


def _compacts_but_heads(
    lines: Sequence[str], text: str | None, latin: bytes | None = None
) -> tuple[list[str], list[int], frozenset[str] | None]:
    """``compact_lines`` but for its last step, the running heads blanked (``_blank_running_headers``), which
    ``Source.from_text`` takes from the compact text it joins; and the ends of the words before whitespace that
    compacting found (``_compacted_at_once``'s, ``Source.gap_ends``; None when the lines were compacted each on its
    own); ``latin``: ``latin_of(text)``, when made.

    >>> _compacts_but_heads(["石门市城市更新方案", "（牵头单位：市城", "# 石门市城市更新方案", "管局）"], None)
    (['石门市城市更新方案', '（牵头单位：市城', '石门市城市更新方案', '管局）'], [2], frozenset({'管局）'}))
    """
    compacted = _compacted_at_once(lines)
    if compacted is None:  # a line holds the stand-in for a line break: each line on its own
        # every Unicode space, the full-width one included (half the lines of a document are empty: kept as they are)
        compacts = ["".join(line.split()) if line else line for line in lines]
        compacted = (compacts, _without_heading_marks(compacts), None, None)
    return _compacts_of(lines, text, compacted, latin=latin)


def _compacts_of(
    lines: Sequence[str],
    text: str | None,
    compacted: tuple[list[str], list[int], list[int] | None, frozenset[str] | None],
    breaks: _Breaks | None = None,
    latin: bytes | None = None,
) -> tuple[list[str], list[int], frozenset[str] | None]:
    """``_compacts_but_heads`` from the lines compacted (``_compacted_joined``'s, or each line's: the lines holding a
    ``*`` and the words' ends then None); ``breaks``, ``latin``: ``text``'s (``latin_of``), when made."""
    compacts, headings, starred, ends = compacted
    if text is None:
        latin = None
    _drop_heading_attributes(compacts, headings, text, latin)
    whole = "\n".join(compacts) if text is None else text
    compacts, headings = _marks_read(lines, compacts, headings, whole, starred, ends, breaks, latin)
    return compacts, headings, ends


def _one_break_only(text: str, latin: bytes | None = None) -> bool:
    """Whether ``text`` breaks its lines with ``\\n`` alone (none of ``_OTHER_BREAKS``) and no front matter opens it:
    its lines joined by a stand-in for their breaks are then the text with the stand-in for each ``\\n``, when no
    line holds the stand-in (``Source.from_text``). ``latin``: ``latin_of(text)``, when made (every other break
    looked for there).

    >>> _one_break_only("甲\\n乙 丙\\n"), _one_break_only("甲\\r\\n乙"), _one_break_only("---\\ntitle: 甲\\n---\\n乙")
    (True, False, False)
    >>> _one_break_only(""), _one_break_only("甲\\u2028乙"), _one_break_only("甲\\x0c乙"), _one_break_only("甲\\x02")
    (False, False, False, True)
    >>> _one_break_only("甲\\x0c乙", latin_of("甲\\x0c乙")), _one_break_only("甲\\n乙", latin_of("甲\\n乙"))
    (False, True)
    """
    if not text:
        return False
    if latin is None:
        if any([mark in text for mark in _OTHER_BREAKS]):
            return False
    elif any([mark in latin for mark in _CODED_BREAKS]):
        return False
    end = text.find("\n")
    return (text if end == -1 else text[:end]).strip() != "---"  # (``strip_front_matter``'s test)


_LINE_MARK = "\x02"  # a line break's stand-in while the lines are compacted as one text: no whitespace, and no plan's
# the last characters of the words before whitespace whose ends compacting keeps (``Source.gap_ends``): a unit column's
# name's (``column_names.GAP_LASTS``: the spaced tables' gate), a goal's number's (``_spaced_goals``) and a unit's or
# deadline's label's (``牵头单位<TAB>县城管局``: ``parse._aligns_labels``' skip)
_LABEL_LASTS = "".join(sorted({label[-1] for label in UNIT_LABELS + DEADLINE_LABELS}))
# (a set: a word's last character looked up, where an ``in`` of the 35 characters' text cost the bundled plan 0.3 M)
# and a unit name's that may end inside a longer one (``spaced_names.NAME_ENDS``: ``SpacedNames._written``'s skip of
# the lines as written; the bundled plan has 7 more such words, of 2,167)
_GAP_LASTS = frozenset(GAP_LASTS + _GOAL_NUMERALS + _LABEL_LASTS + NAME_ENDS + COLLECTIVE_ENDS)


def _compacted_at_once(
    lines: Sequence[str],
) -> tuple[list[str], list[int], list[int], frozenset[str]] | None:
    """``_compacted_joined`` of the lines joined by a stand-in for their breaks (``_LINE_MARK``); None when a line
    holds the stand-in (its lines are then more than ``lines``). Each line on its own (a ``split`` and a ``join``, and
    a look for ``#``, then for ``*``) cost the bundled plan 13.2 M instructions.

    >>> _compacted_at_once(["# 一、目标", "", " 正文 #1*", "## **二**", "#甲 乙", "*丙"])
    (['一、目标', '', '正文#1*', '**二**', '甲乙', '*丙'], [0, 3, 4], [2, 3, 5], frozenset())
    >>> sorted(_compacted_at_once(["序号 牵头单位 配合单位", "1 建平台（区大数据局） 区财政局"])[3])
    ['头单位', '据局）', '财政局']
    >>> _compacted_at_once(["甲\x02乙"]) is None
    True
    """
    compacted = _compacted_joined(_LINE_MARK.join(lines))
    return compacted if len(compacted[0]) == len(lines) else None


def _compacted_joined(joined: str, spaces: str | None = None) -> tuple[list[str], list[int], list[int], frozenset[str]]:
    """The lines ``joined`` by the stand-in for their breaks (``_LINE_MARK``) compacted (every Unicode space
    dropped), the markdown headings among them (the lines that open with ``#``, their ``#`` dropped), the lines that
    hold a ``*`` (of them, in order: markdown's bold, which ``_marks_read`` drops and no rule before it writes) and
    the three last characters of each word that whitespace follows and that ends in one of ``_GAP_LASTS``
    (``Source.gap_ends``): one ``str.split`` of the whole text, one cut at each heading. ``spaces``: the whitespace
    ``joined`` holds when known to be of ``" "``, ``\\t`` and ``\\u3000`` alone (``text_marks.spaces_of``): the words
    are then cut at each space, the others each made one first (a split at every Unicode space cost the bundled
    plan 3.7 M instructions, a cut at ``" "`` 1.8 M).

    >>> _compacted_joined("# 一 \x02正文 #1*"), _compacted_joined("# 一\t \x02正文 #1*", " \t")[0]
    ((['一', '正文#1*'], [0], [1], frozenset({'一'})), ['一', '正文#1*'])
    """
    mark = _LINE_MARK
    words = _words(joined, spaces)
    ends = _words_ends(words)
    parts = "".join(words).split(mark + "#")  # a heading's line opens each part but the first
    first = parts[0]
    headings = [0] if first[:1] == "#" else []
    compacts = first.lstrip("#").split(mark)
    starred = [i for i, c in enumerate(compacts) if "*" in c] if "*" in first else []
    for part in parts[1:]:
        at = len(compacts)
        headings.append(at)
        rows = part.split(mark)
        head = rows[0]
        rows[0] = head.lstrip("#")  # (the heading's line alone: the part is not copied)
        compacts += rows
        if "*" in part:  # most are in the heading's own line (**二、目标**), the rest of its part holding none
            if "*" in head and part.rfind("*") < len(head):  # (no copy of the part past its heading line)
                starred.append(at)
            else:
                starred += [i for i, c in enumerate(rows, at) if "*" in c]
    return compacts, headings, starred, ends


def _words(joined: str, spaces: str | None) -> list[str]:
    """The words of ``joined`` (``_compacted_joined``'s, or ``_compacted_lines``' text): cut at every Unicode space, or,
    with ``spaces`` known (``text_marks.spaces_of``), at each of them, the others made ``" "`` first (the empty words
    between two spaces then among them).

    >>> _words("甲 乙\\t丙", None), _words("甲 乙\\t丙", " \\t"), _words("甲  乙", " ")
    (['甲', '乙', '丙'], ['甲', '乙', '丙'], ['甲', '', '乙'])
    """
    if spaces is None:
        return joined.split()
    for space in spaces[1:]:
        joined = joined.replace(space, " ")
    return joined.split(" ")


def _words_ends(words: list[str]) -> frozenset[str]:
    """The three last characters of each of ``words`` (the empty ones dropped) that ends in one of ``_GAP_LASTS``
    (``Source.gap_ends``).

    >>> sorted(_words_ends(["序号", "牵头单位", "", "（三）", "县财政局"]))
    ['头单位', '财政局', '（三）']
    """
    # (the words' ends are whitespace's by-product for the spaced tables' gate and the spaced goals' scan: the changed
    # lines and the gate's four scans of them cost the bundled plan's parse 3.0 M instructions, these ends 1.35 M; a
    # word is one of the text, its line breaks in it, so the last of the text's is among them, as is a word that
    # whitespace opens a line after)
    return frozenset([w[-3:] for w in filter(None, words) if w[-1] in _GAP_LASTS])


# the stand-in's byte in ``latin_of``'s bytes (a text holding it has more lines joined by it than it has lines), and
# the bytes dropped from them to leave each line's ``#`` and ``*`` (``_compacted_lines``)
_STAND_IN = _LINE_MARK.encode("latin-1")
_NOT_HEAD_OR_STAR = bytes(sorted(set(range(256)) - set(b"\n#*")))


def _compacted_lines(body: str, spaces: str, latin: bytes) -> tuple[list[str], list[int], list[int], frozenset[str]]:
    """``_compacted_joined`` of the lines of ``body`` (a text whose lines ``\\n`` alone breaks, its last break
    dropped) joined by the stand-in, made with each ``\\n`` left where it is: ``spaces``, the text's whitespace
    (``text_marks.spaces_of``: known, so the words are cut at ``" "`` alone and each break stays in its word), and
    ``latin``, its ``latin_of``, holding no stand-in. The compact text is cut at its breaks once, and only the lines
    whose bytes in ``latin`` hold a ``#`` or a ``*`` are looked at for a heading's marks and a ``*`` (863 of the
    bundled plan's 5,240): the stand-in put for each break, the compact text cut at each heading and each heading's
    part at its lines cost it 1.4 M instructions more (session 53).

    >>> text = "# 一 \\n正文 #1*\\n\\n## **二**\\n甲 乙"
    >>> _compacted_lines(text, " ", latin_of(text))
    (['一', '正文#1*', '', '**二**', '甲乙'], [0, 3], [1, 3], frozenset({'一'}))
    >>> _compacted_lines(text, " ", latin_of(text)) == _compacted_joined(text.replace("\\n", _LINE_MARK), " ")
    True
    """
    words = _words(body, spaces)
    ends = _words_ends(words)
    if any(["\n" in end for end in ends]):  # (a word's end across a line's start: written with the stand-in)
        ends = frozenset([end.replace("\n", _LINE_MARK) for end in ends])
    compacts = "".join(words).split("\n")
    rows = latin.translate(None, _NOT_HEAD_OR_STAR).split(b"\n")  # each line's # and *, empty for most lines
    headings: list[int] = []
    starred: list[int] = []
    for i in compress(_LINE_NUMBERS if len(rows) <= len(_LINE_NUMBERS) else range(len(rows)), rows):
        c = compacts[i]
        if c[:1] == "#":
            headings.append(i)
            compacts[i] = c = c.lstrip("#")
        if "*" in c:
            starred.append(i)
    return compacts, headings, starred, ends


def two_last(ends: Iterable[str]) -> list[str]:
    """The two last characters of each of ``ends`` (``Source.gap_ends``, which keeps three).

    >>> two_last(["头单位", "局", "(三)"])
    ['单位', '局', '三)']
    """
    return [end[-2:] for end in ends]


def _without_heading_marks(compacts: list[str]) -> list[int]:
    """The markdown headings among ``compacts`` (the lines that open with ``#``), their ``#`` dropped in place.

    Each heading's line is found by a C scan of the list (``list.index``) from the one before: an ``enumerate`` of
    every line made an int and a tuple for each and cost the bundled plan 2 M instructions. (An equal line further
    on opens with ``#`` too: it is the next heading of that text, found in turn.)

    >>> compacts = ["##一、目标", "正文#1", "##一、目标", "", "#"]
    >>> _without_heading_marks(compacts), compacts
    ([0, 2, 4], ['一、目标', '正文#1', '一、目标', '', ''])
    """
    headings: list[int] = []
    at = -1
    for heading in [c for c in compacts if "#" in c and c[0] == "#"]:  # ``in``: no c[0] made for most
        at = compacts.index(heading, at + 1)
        headings.append(at)
        compacts[at] = heading.lstrip("#")
    return headings


def _drop_heading_attributes(
    compacts: list[str], headings: list[int], text: str | None, latin: bytes | None = None
) -> None:
    """Drop, in place, pandoc's attributes closing a heading (``重点任务{#二重点任务}``, round 33); looked for only when
    ``text`` (the text the lines come from, if at hand; ``latin``: ``latin_of(text)``, when made) holds a ``}``."""
    if text is None or _holds_latin(text, "}", latin):
        for i in headings:
            if compacts[i][-1:] == "}" and "{" in compacts[i]:
                compacts[i] = _HEADING_ATTRIBUTES.sub("", compacts[i])


def _marks_read(
    lines: Sequence[str],
    compacts: list[str],
    headings: list[int],
    whole: str,
    starred: list[int] | None = None,
    ends: frozenset[str] | None = None,
    breaks: _Breaks | None = None,
    latin: bytes | None = None,
) -> tuple[list[str], list[int]]:
    """``compact_lines`` past whitespace and the headings: ``compacts`` (changed in place) with the rarer marks read,
    each looked for in ``whole`` (a mark not in the text is in none of its lines). ``starred``: the lines that may
    hold a ``*``, when known (``_compacted_at_once``'s), else every line is looked at; ``ends``: the lines' words'
    ends before whitespace (``_compacted_at_once``'s), when known, else spaced goals are looked for in every text;
    ``breaks``: ``whole``'s, when made; ``latin``: ``latin_of(whole)``, when made (its Latin-1 marks, ``[ \\ - · + >``
    and the two characters of ``--``, looked for there first)."""
    if breaks is None:  # (``whole``'s: ``Source.from_text`` makes them for its lines too)
        breaks = _Breaks(whole)  # the lines of several kinds of mark counted from the same counts
    # where the text's [ are, found once: a footnote's mark opens with one, and an assignment may be in them (the
    # byte a C scan for [ looks for is in many Chinese characters: each scan cost the bundled plan 0.3 M instructions)
    half_squares = _latin_indexes(whole, "[", latin)
    footnotes = [at for at in half_squares if whole.startswith("[^", at)]
    if footnotes:  # pandoc's footnotes: a mark dropped (推广应用[^2]), a note's line read as a note (注：…)
        for i in _marked_lines(compacts, whole, ("[^",), footnotes, breaks=breaks):
            compacts[i] = _FOOTNOTE_MARK.sub("", _FOOTNOTE_NOTE.sub("注：", compacts[i]))
    # an assignment in square or tortoise-shell brackets: read as one in round brackets; a 〔 only where it opens
    # a bracket holding a label or role word (most stand in a document's number, 渝府办发〔2022〕18号)
    squares = ("【", "[") if half_squares or _holds_latin(whole, "【", latin) else ()
    tortoise = [at for at in indexes_of(whole, "〔") if _holds_assignment(whole, at)]
    if squares or tortoise:
        marked = sorted({*half_squares, *indexes_of(whole, "【"), *tortoise} if squares else tortoise)
        for i in _marked_lines(compacts, whole, (*squares, "〔"), marked, breaks=breaks):
            c = compacts[i]
            if c[0] == "[" and (note := _NOTE_NUMBER.match(c)) is not None and _under_notes(compacts, i):
                compacts[i] = "注：" + c[note.end() :]  # [1] under 注释：: a note, no task (round 37)
            else:
                compacts[i] = _SQUARE.sub(_round, square_labels(c))
    # a unit label's person field in half-width brackets (主办单位(责任人)：, round 48): written full-width; and a
    # person's label after a space (县信访局 责任人：周某某, round 61), both found by one scan (``_person_marks``)
    person_fields, spaced = _person_marks(whole)
    if person_fields:
        for i in _marked_lines(compacts, whole, ("(",), person_fields, breaks=breaks):
            compacts[i] = person_field_full_width(compacts[i])
    label_is = [m.start() for m in _LABEL_IS_HINT.finditer(whole)]  # 牵头单位为A: the label's colon
    if label_is:
        for i in _marked_lines(compacts, whole, _LABEL_IS_MARKS, label_is, breaks=breaks):
            before = _run_on_before(compacts, i)  # (a wrapped paragraph's lines before it: its set-up, round 81)
            compacts[i] = _LABEL_IS.sub(partial(_colon_for_is, before=before), compacts[i])
    # (a spaced goal's number ends a word before whitespace: none in the bundled plan, whose scan for 一 cost 1.0 M)
    goals = _spaced_goals(whole) if ends is None or not _GOAL_ENDS.isdisjoint(two_last(ends)) else []
    if goals:
        lines_of = _marked_lines(compacts, whole, _SPACED_NAMES, [at for at, _ in goals], breaks=breaks)
        for i, (_, name) in zip(lines_of, goals):
            compacts[i] = _goal_labelled(compacts[i], name)
    if spaced:  # 县信访局 责任人：周某某: the space a comma (round 61)
        for i in _marked_lines(compacts, whole, _PERSON_LABELS, spaced, breaks=breaks):
            compacts[i] = person_label_apart(lines[i], compacts[i])
    # where the page numbers' marks are, each found by one C scan: the dashes (—, －) and the list marks (-, ·, •) look
    # for some of them too (their probes and scans of the same marks cost the bundled plan 0.4 M instructions)
    # (with ``latin`` known, the page marks' and list marks' lines are counted there, ``_coded_lines``: the dashes'
    # places alone are looked for in the text)
    places = {mark: _latin_indexes(whole, mark, latin) for mark in (_PAGE_MARKS if latin is None else _DASHES[:2])}
    dashes = [mark for mark in _DASHES if (places[mark] if mark in places else _holds_latin_run(whole, mark, latin))]
    if dashes:  # ——A牵头，B配合: units after a dash (round 35); not 2—3家, — 18 号 (a word must follow the dash)
        before_words = sorted(
            at
            for mark in dashes
            for at in (places[mark] if mark in places else indexes_of(whole, mark))
            if _word_after(whole, at)
        )
        if before_words:
            width: list[int | None] = []  # the text's wrap width, worked out for the first line attributed only
            for i in _marked_lines(compacts, whole, _DASHES, before_words, breaks=breaks):
                attributed = dash_attribution(compacts[i])
                if attributed != compacts[i] and not _dash_runs_on(compacts, lines, i, width):
                    compacts[i] = attributed
    if latin is not None or any(places.values()):  # a PDF's page numbers, which break a sentence in two
        if latin is None:
            marked = sorted({at for mark in _PAGE_MARKS for at in places[mark]})
            paged = _marked_lines(compacts, whole, _PAGE_MARKS, marked, breaks=breaks)
        else:
            paged = _coded_lines(compacts, latin, _PAGE_MARKS)
        page_numbers = [i for i in paged if _PAGE_LINE.fullmatch(compacts[i])]
        for i in page_numbers:
            compacts[i] = ""
        if page_numbers:  # the page's furniture printed about its number: a watermark, a running head (round 52)
            blank_page_furniture(compacts, page_numbers)
    # a text copy's bare page numbers (``3`` between blank lines, round 53): in a text with no markdown heading (a
    # copy of a PDF has none; looking at every line costs 1 M instructions, the bundled plan's markdown spares it)
    for i in () if headings else bare_page_numbers(compacts):
        compacts[i] = ""
    # markdown's * and \ (a test with ``in`` per line: a markdown plan has hundreds of lines with **), then the
    # list markers that open a line, on the few lines holding one, found in the text (an ``lstrip`` of every line
    # cost 2.4 M instructions of the bundled plan's parse)
    if "*" in whole:
        # bold first; then the few lines a lone * is left in (注：加*的为牵头单位, 市发展改革委*、市财政局: round 46)
        lone: list[str] = []
        if starred is None:
            starred = range(len(compacts))
        if bold := bold_legend(whole, latin):  # units written bold under a legend giving bold a role (round 47)
            for i in starred:
                if "**" in compacts[i]:
                    compacts[i] = bold_units(compacts[i], bold)
        _bold_dropped(compacts, starred, lone)  # (a look at each of the bundled plan's lines cost 1.8 M)
        if lone:  # each distinct line once, put back in one pass (a search of the lines for each was quadratic)
            role_mark = star_legend(lone)
            marked = {line: unit_stars(line, role_mark).replace("*", "") for line in lone}
            for i in starred:  # (a line as a lone one holds a * too)
                if compacts[i] in marked:
                    compacts[i] = marked[compacts[i]]
    if _holds_latin(whole, "\\", latin):
        compacts = [c.replace("\\", "") if "\\" in c else c for c in compacts]
    for mark in _ODD_COLONS:  # the ratio sign and the vertical colon some text layers give for a colon (round 30)
        if _holds_latin(whole, mark, latin):
            compacts = [c.replace(mark, "：") if mark in c else c for c in compacts]
    listed = tuple(
        mark for mark in _LIST_MARKS if (places[mark] if mark in places else _holds_latin(whole, mark, latin))
    )
    if listed:
        if latin is None:
            marked = sorted(
                {at for mark in listed for at in (places[mark] if mark in places else indexes_of(whole, mark))}
            )
            marked_lines = _marked_lines(compacts, whole, listed, marked, breaks=breaks)
        else:
            marked_lines = _coded_lines(compacts, latin, listed)
        for i in marked_lines:
            if compacts[i] and compacts[i][0] in _SPACED_MARKS and not spaced_mark(lines[i], compacts[i][0]):
                continue  # ``+道路``: the rest of 光伏+道路 on a line of a hard-wrapped text, no list item
            compacts[i] = compacts[i].lstrip(_LIST_MARKS)
    return compacts, headings


def _spaced_goals(whole: str) -> list[tuple[int, int]]:
    """(where, how long) of each goal's or task's name and number opening a line of ``whole`` with a space after it
    (looked at only where ``目标`` is, in a text holding 目标一, and ``任务`` in one holding 任务一: a pattern anchored
    at every line's start tried every character of the text and cost the bundled plan 14 M instructions, a look at
    each 目标 of it 1.2 M).

    >>> _spaced_goals("一、目标\\n　目标一　正确识别。\\n实现目标二 项。\\n目标三：加强")
    [(6, 3)]
    >>> _spaced_goals("任务一　实施改造。\\n完成任务二 项。")
    [(0, 3)]
    """
    if _SPACED_FIRST.search(whole) is None:
        return []
    out = []
    for name in _SPACED_NAMES:
        if name + "一" not in whole:
            continue
        for at in indexes_of(whole, name):
            m = _SPACED_GOAL.match(whole, at)
            if m is not None and not whole[whole.rfind("\n", 0, at) + 1 : at].strip(" \t\u3000"):
                out.append((at, m.end() - at))
    return sorted(out)


# a unit's name and its person's label apart by a space and no mark (（县信访局 责任人：周某某；县委政法委 责任人：许某某）,
# round 61 left29): the space parts the unit from its person's field as the comma of round 60's form does
# (（县信访局，责任人：周某某；…）, ``assign._person_then_units``); compacted, the two ran together (县信访局责任人：)
_PERSON_LABELS = ("责任人", "负责人")
_SPACED_PERSON = compiled(r"[ \t\u3000]+(" + "|".join(_PERSON_LABELS) + ")[：:]")
# a unit label's person field in half-width brackets (``vocab.HALF_WIDTH_PERSON_FIELDS``: (责任人), (负责人)) and a
# person's label after a space and before its colon (责任人：): all end in 人 (``_person_marks``' test), so one regex
# scan for 人, its literal first (a C loop), finds both, each hit looked at in C (group 1: a field's "(" on, group 2: a
# label); two scans, for a field's "(" and a label's 人：, cost the bundled plan 1.9 M instructions (session 46)
_PERSON_MARKS = compiled(
    "人(?:\\)(?<=("
    + "|".join(re.escape("(" + field) for field in HALF_WIDTH_PERSON_FIELDS)
    + "))|：(?<=[ \t\u3000]("
    + "|".join(label + "：" for label in _PERSON_LABELS)
    + ")))"
)
_BEFORE_NAME = "（(，,；;：:、 \u3000\t"  # what a unit's name opening a field comes after


def _person_marks(whole: str) -> tuple[list[int], list[int]]:
    """Where each person field in half-width brackets (its "(") and each person's label written after a space are in
    ``whole`` (each in order; one regex scan, ``_PERSON_MARKS``).

    >>> _person_marks("主办单位(责任人)：县商务局；（县信访局 责任人：周某某；县公安局　负责人：吴某某）")
    ([4], [21, 34])
    >>> _person_marks("责任人：周某某(负责人)")
    ([7], [])
    """
    fields: list[int] = []
    labels: list[int] = []
    for m in _PERSON_MARKS.finditer(whole):
        if m.start(1) != -1:
            fields.append(m.start(1))
        else:
            labels.append(m.start(2))
    return fields, labels


def person_label_apart(raw: str, compact: str) -> str:
    """``compact`` (the line ``raw`` compacted) with a comma before each person's label that ``raw`` writes after a
    unit's name and a space (``县信访局 责任人：``); a label after a word that names no unit is left as it is.

    >>> person_label_apart("（县信访局 责任人：周某某；县委政法委　责任人：许某某）", "（县信访局责任人：周某某；县委政法委责任人：许某某）")
    '（县信访局，责任人：周某某；县委政法委，责任人：许某某）'
    >>> person_label_apart("项目 负责人：张某", "项目负责人：张某"), person_label_apart("（责任人：张某）", "（责任人：张某）")
    ('项目负责人：张某', '（责任人：张某）')
    """
    out = compact
    for m in reversed(list(_SPACED_PERSON.finditer(raw))):
        begin = max(raw.rfind(mark, 0, m.start()) for mark in _BEFORE_NAME) + 1
        if begin == m.start() or not is_unit_name(raw[begin : m.start()]):
            continue
        label = m.group(1)
        at = -1
        for _ in range(raw.count(label, 0, m.start(1)) + 1):  # the same label's place among the line's
            at = out.find(label, at + 1)
        if at > 0:
            out = out[:at] + "，" + out[at:]
    return out


def _goal_labelled(line: str, name: int) -> str:
    """``line`` (compacted) with a colon after the goal's name and number opening it, ``name`` characters long (the
    space that ended them gone: 目标三　十分… is 目标三十分… compacted).

    >>> _goal_labelled("目标一正确识别患者身份。", 3), _goal_labelled("目标三十分重视安全", 3)
    ('目标一：正确识别患者身份。', '目标三：十分重视安全')
    """
    return line[:name] + "：" + line[name:] if line.startswith(_SPACED_NAMES) else line


_DASHES = ("—", "－", "--")
# a dash (——, —, --, －－) and what follows it to the line's end: a 要点's attribution of a task to its units
_DASH_TAIL = compiled(
    r"(?:—{1,2}|-{2}|－{1,2})((?:[^—\-－（()）。；;]|[（(][^（()）]{1,8}[)）])+?)[。；;]?((?:[（(][^（()）]{1,40}[)）])?)[。；;]?$"
)  # a name's own bracket inside (各县（市、区）人民政府), a bracket after the units (（12月底前）)
_DASH_TAIL_LONGEST = 120  # characters: a longer tail is no list of units
_DASHED_ROLES = frozenset(("lead", "responsible", "support", "deadline"))
# a dash opening a line or a sentence before a unit or deadline label: ——牵头单位：A；配合单位：B (round 44); or
# right after a task's title (开展全面排查——牵头：A；配合：B: round 57)
_DASH_BEFORE_LABEL = compiled(
    r"(?:^|(?<=[。；;\u4e00-\u9fff]))(?:—{1,2}|-{2}|－{1,2})(?=(?:"
    + "|".join(sorted((k for k, v in LABEL_ROLES.items() if v in _DASHED_ROLES), key=len, reverse=True))
    + r")[：:])"
)


def _word_after(text: str, at: int) -> bool:
    """Whether the dash at ``at`` may open a line's last clause of units: a Chinese character follows it (past the
    rest of the dash and spaces), and the line ends within ``_DASH_TAIL_LONGEST`` characters, no sentence ending
    before its last character.

    >>> _word_after("甲。——市数据局", 2), _word_after("选择2—3家", 3), _word_after("〔2022〕— 18 号", 6)
    (True, False, False)
    >>> _word_after("公安部—人口库—人像比对服务接口。再核验。", 3)
    False
    """
    end = min(len(text), at + 6)
    at += 1
    while at < end and text[at] in "—-－ 　":
        at += 1
    if at >= len(text) or not "\u4e00" <= text[at] <= "\u9fff":
        return False
    line_end = text.find("\n", at, at + _DASH_TAIL_LONGEST + 8)
    if line_end == -1 and len(text) - at > _DASH_TAIL_LONGEST + 8:
        return False
    return text.find("。", at, (len(text) if line_end == -1 else line_end) - 2) == -1


def _dash_runs_on(compacts: list[str], lines: Sequence[str], i: int, width: list[int | None]) -> bool:
    """Whether compact line ``i``'s dash and the units after it run on into the next line, a sentence of a
    hard-wrapped text (round 72 pdf72): the line fills the text's width (``wrapped.runs_on``; ``width`` holds it once
    worked out) and the next line goes on with no item's number (held-out 65's printed copy: ``…改造项目——乡镇人民政府``
    over ``或委托的开发企业；…``, the bodies of a paragraph mapping kinds of work to them, was read as that line's
    attribution). A dash's units ending a paragraph, or before the next item, are its attribution as before.

    >>> full = "市区保障房项目或经营性储备项目——区级集团公司和区土地储备中心；改造项目——乡镇人民政府"
    >>> lines = [full] * 6 + ["或委托的开发企业；负责前期手续。", full, "2.推进改革。"]
    >>> _dash_runs_on(lines, lines, 5, []), _dash_runs_on(lines, lines, 7, [])
    (True, False)

    Blank lines under a full line ending in a name's middle (``…——区相关职能部`` / ``门；…``) are a page's foot or
    a page break its reader knew, as they are to ``wrapped.paragraphs``: the words go on in the next non-empty line
    when it opens with a name's rest (``unit_breaks.opens_a_names_rest``) and opens no paragraph (indented as a first
    line, a number: ``wrapped.runs_on_at_top``). Round 77 printed77: held-out 65 as an OFD with its page numbers in
    page templates, the unit read cut (区相关职能部); a whole name over a blank line and a sentence stays the line's
    attribution (``…——区建设管理委`` / blank / ``推进…``, round 72).

    >>> cut = "市区重大市政项目、区级以上公益性项目——区相关职能部"
    >>> _dash_runs_on([cut] * 5 + ["", "门；区域性建设项目"], [cut] * 5 + ["", "门；区域性建设项目"], 4, [])
    True
    >>> _dash_runs_on([cut] * 5 + ["", "加强督查。"], [cut] * 5 + ["", "  加强督查。"], 4, [])
    False
    >>> _dash_runs_on([cut] * 5 + ["", "推进项目实施。"], [cut] * 5 + ["", "推进项目实施。"], 4, [])
    False

    A full line whose dash's units end a clause at the margin (``…储备项目——区级集团公司和区土地储备中心；``) goes on in
    the paragraph's next clause (``“城中村”改造项目——…``) as one that ends no sentence does (round 78 sweep78: held-out
    65 wrapped at 22, the line read as its own attribution and the paragraph's first bodies lost); before an item's
    number it is the item's attribution.

    >>> clause = "区域性建设项目、市区保障房项目或经营性储备项目——区级集团公司和区土地储备中心；"
    >>> _dash_runs_on([clause] * 6 + ["“城中村”改造项目——乡镇人民政府。"], [clause] * 7, 5, [])
    True
    >>> _dash_runs_on([clause] * 6 + ["2.推进改革。"], [clause] * 7, 5, [])
    False
    """
    below = i + 1
    if below < len(compacts) and not compacts[below]:
        below = next((j for j in range(below, min(i + _FOOT_LINES, len(compacts))) if compacts[j]), len(compacts))
        if below < len(compacts) and not (
            opens_a_names_rest(compacts[below]) and runs_on_at_top(lines[below], compacts[below])
        ):
            return False
    if below >= len(compacts) or not compacts[below] or _OPENS_ITEM.match(compacts[below]):
        return False
    if len(compacts[i]) < MIN_WIDTH // 2:
        return False
    if not width:
        width.append(wrap_width(compacts))
    if width[0] is None:
        return False
    # a column more for each mark a Chinese page sets as wide as a character, counted one (``——``, ``“”``)
    wide = sum(map(compacts[i].count, _SET_WIDE))
    if compacts[i].endswith(("；", ";")):  # a clause's end at the margin: the paragraph's next clause goes on below
        return is_full(compacts[i], width[0] - wide, lines[i])
    return runs_on(compacts[i], width[0] - wide, lines[i])


_SET_WIDE = ("—", "“", "”", "‘", "’", "…")
_FOOT_LINES = 8  # lines: how far past a full line ending a page a dash's units may go on (a page's blank foot)
# an item's or a heading's number opening a line: 1. 2、 （3） (4) 一、 第五 ⑥
_OPENS_ITEM = compiled(
    r"[（(][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,3}[.．、)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]|[①-⑳]"
)


def dash_attribution(line: str) -> str:
    """``line`` (compacted) with the units a dash attributes the task to at its end put in brackets, as a bracket
    would hold them: ``…。——A牵头，B配合`` → ``…。（A牵头，B配合）``; units alone, no role verb, are its responsible
    units (``…——A、B`` → ``…（责任单位：A、B）``). What follows a dash is left as it is unless every item of it is a
    unit's name (``2—3家``, ``——摘自…`` are no units).

    >>> dash_attribution("1.启动招标采购。——市城市运行管理中心牵头，市财政局、市数据局配合")
    '1.启动招标采购。（市城市运行管理中心牵头，市财政局、市数据局配合）'
    >>> dash_attribution("2.上线第一批重点事项——市政务服务中心、市数据局。")
    '2.上线第一批重点事项（责任单位：市政务服务中心、市数据局）'
    >>> dash_attribution("编制工作要点。——市数据局牵头，市直有关部门配合（12月底前）")
    '编制工作要点。（市数据局牵头，市直有关部门配合）（12月底前）'
    >>> dash_attribution("整治数据。——市数据局牵头，各县（市、区）人民政府配合，全年")
    '整治数据。（市数据局牵头，各县（市、区）人民政府配合，全年）'
    >>> dash_attribution("选择2—3家开展试点。"), dash_attribution("——习近平")
    ('选择2—3家开展试点。', '——习近平')

    A dash before a label only sets the label line apart: it is dropped (round 44).

    >>> dash_attribution("——牵头：市民政局；配合：市残联；时限：2025年10月底前")
    '牵头：市民政局；配合：市残联；时限：2025年10月底前'

    After a task's title it ends the title's sentence (round 57).

    >>> dash_attribution("1.开展全面排查——牵头：街道平安办；时限：4月30日前。")
    '1.开展全面排查。牵头：街道平安办；时限：4月30日前。'
    """
    dash = _DASH_BEFORE_LABEL.search(line)
    if dash is not None:
        after_title = dash.start() > 0 and "\u4e00" <= line[dash.start() - 1] <= "\u9fff"
        return line[: dash.start()] + ("。" if after_title else "") + line[dash.end() :]
    if (timed := _time_after_units(line)) is not None:
        return timed
    m = _DASH_TAIL.search(line)
    if m is None or len(m.group(1)) > _DASH_TAIL_LONGEST:
        return line
    tail = m.group(1)
    roles = False
    items = split_outside(tail, "、，,", 0, len(tail))
    if len(items) > 1 and parse_deadline(tail[items[-1][0] : items[-1][1]]).status:
        items = items[:-1]  # ——A负责，B配合，贯穿全年: a deadline closes the clause
    for a, b in items:
        item = tail[a:b]
        name, role = split_role(item)
        if role is None and (roles_alone := lone_role(item)) is not None:
            roles = roles or bool(roles_alone)
            continue
        if not is_unit_name(name):
            return line
        roles = roles or role is not None
    after = m.group(2)  # a bracket after the units: （12月底前）
    return f"{line[: m.start()]}（{tail}）{after}" if roles else f"{line[: m.start()]}（责任单位：{tail}）{after}"


# a second dash closing a line before a time (``——A牵头——2026年6月底前``, ``——A、B——长期坚持``: round 80 left50)
_DASHED_TIME = compiled(r"(?<=[^—\-－])(?:—{1,2}|-{2}|－{1,2})([^—\-－（()）。；;，,]{2,30})[。；;]?$")


def _time_after_units(line: str) -> str | None:
    """``line`` attributed (``dash_attribution``) when a second dash sets a time off after the units a first dash
    closes it with, the time read as after a comma (``——A牵头——2026年6月底前`` as ``——A牵头，2026年6月底前``); else None
    (one dash alone, words that are no time after the second, or no units before it).

    >>> _time_after_units("1.推行一件事。——区政务服务中心牵头——2026年6月底前")
    '1.推行一件事。（区政务服务中心牵头，2026年6月底前）'
    >>> _time_after_units("3.推进全程网办。——区市场监管局——长期坚持")
    '3.推进全程网办。（责任单位：区市场监管局，长期坚持）'
    >>> _time_after_units("1.推行一件事。——区政务服务中心牵头"), _time_after_units("开展宣传——面向全体干部——2026年")
    (None, None)
    """
    timed = _DASHED_TIME.search(line)
    if timed is None or line.count("—") + line.count("－") + line.count("-") < 2 or not parse_deadline(timed[1]).status:
        return None
    joined = f"{line[: timed.start()]}，{timed[1]}"
    attributed = dash_attribution(joined)
    return attributed if attributed != joined else None


_HEADER_SOURCES = 40  # the lines a page's running head repeats one of (the plan's title, its issuer's heading)
_HEADER_LENGTH = 8  # characters: a shorter line repeated is no running head (一、总体要求 twice)
_OPEN_LINE_ENDS = tuple("。；;！？!?：:）)")  # a line ending otherwise goes on in the next paragraph


def _blank_running_headers(
    compacts: list[str], joined: str | None = None, offsets: Sequence[int] | None = None
) -> bool:
    """Blank, in place, each later copy of a title among the plan's first lines (its own, or its issuer's
    ``…文件``; repeated at each page's top by a PDF's or a scan's text) that interrupts a sentence: the line before
    it does not end one (round 30); whether any was. Each later copy is found in the lines joined (``joined``,
    ``"".join(compacts)``, with ``offsets``, where each line starts in it, as ``Source.offsets``: made here when not
    given) by a C search for the title from its own line on, a hit a copy where a line equal to it starts (session 46:
    a ``list.index`` scan of the lines for each title cost the bundled plan 1.4 M instructions; a loop over every line
    in Python costs a parse 1.5 M).

    >>> lines = ["通知", "石门市城市更新方案", "（牵头单位：市水务局；配合单位：市城", "", "石门市城市更新方案", "", "管局）"]
    >>> _blank_running_headers(lines), lines
    (True, ['通知', '石门市城市更新方案', '（牵头单位：市水务局；配合单位：市城', '', '', '', '管局）'])
    >>> lines = ["石门市城市更新方案", "印发石门市城市更新方案。", "石门市城市更新方案"]  # a sentence ends before it
    >>> _blank_running_headers(lines), lines
    (False, ['石门市城市更新方案', '印发石门市城市更新方案。', '石门市城市更新方案'])
    """
    firsts = [c for c in compacts[:_HEADER_SOURCES] if len(c) >= _HEADER_LENGTH and c.endswith(TITLE_ENDS)]
    if not firsts:
        return False
    if joined is None or offsets is None:
        joined, offsets = "".join(compacts), tuple(accumulate(map(len, compacts), initial=0))
    blanked = False
    for head in dict.fromkeys(firsts):
        at = offsets[compacts.index(head)]  # its own line, kept
        while (at := joined.find(head, at + 1)) != -1:
            i = bisect_right(offsets, at) - 1  # the line starting at ``at`` if one does (empty ones before it share it)
            if offsets[i] != at or compacts[i] != head:
                continue  # (inside a line, or a copy blanked)
            before = next((compacts[p] for p in range(i - 1, max(-1, i - 8), -1) if compacts[p]), "")
            if before and not before.endswith(_OPEN_LINE_ENDS):
                compacts[i] = ""
                blanked = True
    return blanked


@dataclass(frozen=True)
class Source:
    """Lines (front matter blanked), their compact forms, front-matter fields, and the whole compact text."""

    lines: Sequence[str]  # a tuple, or ``WrittenLines`` (each line cut when asked for)
    compacts: tuple[str, ...]
    front: dict[str, str] = field(default_factory=dict)
    text: CompactText = field(default_factory=lambda: CompactText("", (), ()))
    offsets: tuple[int, ...] = ()  # offsets[i]: where 0-based line i starts in the compact text
    headings: frozenset[int] = frozenset()  # 0-based lines that are markdown headings (``# …``)
    # line_of(pos): 1-based line of the character at compact offset ``pos`` (0 <= pos < len(text.text)), as
    # ``text.line_at(pos)``; one C call (``bisect_right`` over ``offsets``: the empty lines before a line share
    # its offset and come before it, those after it start past ``pos``)
    line_of: Callable[[int], int] = field(default=partial(bisect_right, (0,)), compare=False, repr=False)
    # the three last characters (or fewer: the whole word) of each word of the lines that whitespace follows (a word:
    # no whitespace; the lines' breaks are in it), of those ending in one of ``column_names.GAP_LASTS`` (a unit
    # column's name before a gap: ``spaced_tables``' gate), a Chinese numeral (a goal's number), a unit's or deadline's label's last character
    # or a unit name's (``spaced_names.NAME_ENDS``: ``SpacedNames._written``)
    # (a label before a tab: ``parse._aligns_labels``' skip; a label's two last characters alone would not do:
    # 破产企业 before a space ends as 牵头企业 does); None when not known. A by-product of compacting the lines
    # (``_compacted_at_once``); ``two_last`` gives the ends the gates of a unit column and a goal ask for
    gap_ends: frozenset[str] | None = field(default=None, compare=False, repr=False)
    # the Latin-1 characters of the text the lines were split from and its rare marks, in order (``latin_of``,
    # ``text_marks.RARE_MARKS``); None when not known. Such a character in the compact text is in it (compacting and
    # the marks read write none: ``：`` ``（`` ``★`` …), so a check of the compact text for one (``pipe_tables``' ``|``
    # and box bars, ``spaced_tables``' ``｜``) may ask it first (``text_marks.holds_coded``)
    latin: bytes | None = field(default=None, compare=False, repr=False)
    # the 0-based blank lines that stand for a page break, where the text's reader knew them (a PDF's pages joined by
    # a blank line: ``formats_pdf.page_breaks``); a paragraph goes on past one (``wrapped.paragraphs``, round 73)
    page_breaks: frozenset[int] = field(default=frozenset(), compare=False, repr=False)

    @classmethod
    def from_text(cls, text: str, latin: bytes | None = None, page_breaks: frozenset[int] = frozenset()) -> Source:
        """The source of ``text``; ``latin``: ``latin_of(text)``, when the caller made it (``parse_document``, for
        its own scans of the text), else made here; ``page_breaks``: see the field."""
        source = cls._of_text(text, latin)
        return replace(source, page_breaks=page_breaks) if page_breaks else source

    @classmethod
    def _of_text(cls, text: str, latin: bytes | None) -> Source:
        """``from_text`` but for the page breaks."""
        if latin is None:  # (the Latin-1 and rare marks' scans, line breaks among them, in a text a tenth as long)
            latin = latin_of(text)
        if _one_break_only(text, latin):  # (its lines are the text cut at each ``\n``)
            body = text[:-1] if text[-1] == "\n" else text  # (``splitlines`` ends no line at the text's last break)
            spaces = spaces_of(latin)
            if spaces is not None and _STAND_IN not in latin:  # (each ``\n`` left in its word by a cut at spaces)
                compacted = _compacted_lines(body, spaces, latin)
            else:  # (the lines joined by the stand-in for compacting are the text with it for ``\n``)
                compacted = _compacted_joined(body.replace("\n", _LINE_MARK), spaces)
            breaks = _Breaks(text)  # (its counts are ``_marks_read``'s; their last, the text's breaks, says whether a
            # line held the stand-in: a scan for it cost 0.13 M instructions)
            if len(compacted[0]) == breaks._counts[-1] + (text[-1] != "\n"):
                lines = WrittenLines(text, len(compacted[0]), breaks)
                compacts, headings, ends = _compacts_of(lines, text, compacted, breaks, latin)
                return cls.from_compacts(lines, compacts, {}, headings, heads=True, gap_ends=ends, latin=latin)
        lines, front = strip_front_matter(text.splitlines())
        compacts, headings, ends = _compacts_but_heads(lines, text, latin) if lines else ([], [], frozenset())
        return cls.from_compacts(lines, compacts, front, headings, heads=True, gap_ends=ends, latin=latin)

    @classmethod
    def from_compacts(
        cls,
        lines: Sequence[str],
        compacts: Sequence[str],
        front: dict[str, str],
        headings: Iterable[int],
        *,
        heads: bool = False,
        gap_ends: frozenset[str] | None = None,
        latin: bytes | None = None,
    ) -> Source:
        """The source of ``lines`` whose compact forms are ``compacts`` (``compact_lines``'s, or changed since);
        ``heads``: ``compacts`` (a list) are ``compact_lines``' but for the running heads, blanked here
        (``_blank_running_headers``, from the compact text joined: ``from_text``'s); ``gap_ends``: the lines' (see
        the field), ``latin``: the text's Latin-1 characters (see the field), when known."""
        offsets = tuple(accumulate(map(len, compacts), initial=0))
        joined = "".join(compacts)
        if heads and _blank_running_headers(compacts, joined, offsets):  # (rare: a PDF's page tops)
            offsets = tuple(accumulate(map(len, compacts), initial=0))
            joined = "".join(compacts)
        return cls(
            lines if isinstance(lines, WrittenLines) else tuple(lines),
            tuple(compacts),
            front,
            _compact_text(compacts, offsets, joined),
            offsets,
            frozenset(headings),
            partial(bisect_right, offsets),
            gap_ends,
            latin,
        )

    def with_lone_label_colons(self) -> Source:
        """This source with a colon after each unit or deadline label that stands alone on its line, between
        lines that are no column names (``牵头单位`` / ``县发改局`` / ``配合单位`` / ``县财政局``: a form of two columns
        as a PDF's text gives it), so that the label-line rules read them; itself when there is none. The header
        of a task table flattened one cell per line (序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限) has column
        names beside its labels and stays as it is. Looked for only in a plan that may hold a table
        (``column_names.may_hold_a_table``: a label alone on its line is a column name).

        >>> s = Source.from_text("1.推进。\\n牵头单位\\n县发改局\\n完成时限\\n2024年底")
        >>> s.with_lone_label_colons().compacts
        ('1.推进。', '牵头单位：', '县发改局', '完成时限：', '2024年底')
        >>> s = Source.from_text("序号\\n工作任务\\n牵头单位\\n完成时限\\n1\\n推进")
        >>> s.with_lone_label_colons() is s
        True
        >>> s = Source.from_text("指标分解表\\n主要责任单位\\n新能源环卫车辆配置（辆）\\n区绿化市容局")
        >>> s.with_lone_label_colons() is s  # a targets table's column names after it (round 74 heldout19)
        True
        >>> s = Source.from_text("印发。\\n## 任务分工\\n| 序号 | 牵头单位 |\\n任务分工\\n| 1 | 县发改局 |")
        >>> s.with_lone_label_colons() is s  # a heading, and a caption above a table's row (round 44)
        True
        """
        compacts = self.compacts
        if _LONE_LABELS.isdisjoint(compacts):  # no label alone on a line (one C-level pass)
            return self
        near = [i for i, c in enumerate(compacts) if c]  # the non-empty lines
        lone = [
            i
            for k, i in enumerate(near)
            if compacts[i] in _LONE_LABELS
            and 0 < k < len(near) - 1
            and not is_column_cell(compacts[near[k - 1]])
            and not is_column_cell(compacts[near[k + 1]])
            and compacts[near[k + 1]][:1] != "|"  # 任务分工 / | 序号 | …: a table's caption (round 44)
            # 主要责任单位 / 新能源环卫车辆配置（辆）: a targets table's column names, a count's unit closing the next
            # (held-out 82's 附件3, round 74 heldout19): no value of a label
            and not compacts[near[k + 1]].endswith(_COUNT_UNITS)
            and i not in self.headings  # ## 任务分工: a heading, never a label before its value (round 44)
            and not self._cut_by_the_margin(near[k - 1])
        ]
        if not lone:
            return self
        changed = list(compacts)
        for i in lone:
            changed[i] += "："
        source = Source.from_compacts(
            self.lines, changed, self.front, self.headings, gap_ends=self.gap_ends, latin=self.latin
        )
        return replace(source, page_breaks=self.page_breaks) if self.page_breaks else source

    @cached_property
    def wrap_width(self) -> int | None:
        """``wrapped.wrap_width`` of the compact lines: the width a hard-wrapped text (a PDF's text layer) breaks
        its lines at, else None. Worked out on first use: only the readers of label lines and of numbered lists
        ask (a workplan book's parentheticals read whole across line breaks)."""
        return wrap_width(self.compacts, self.lines)

    def _cut_by_the_margin(self, index: int) -> bool:
        """True when 0-based line ``index`` of a hard-wrapped text runs on (``runs_on``): the label alone on the line
        under it is the last words of its sentence or heading, no label before its value (round 75 wordpdf75:
        held-out 04 printed, ``（二）区建管委、…区房管局等建设`` / ``主管部门``, the duty under it read as the label's
        units). The text's width is asked only of a long line above a lone label.

        >>> s = Source.from_text("\\n".join(["（一）推进城市更新行动，统筹推进老旧小区改造和建设"] * 6 + ["主管部门", "区建管委"]))
        >>> s._cut_by_the_margin(5), s.with_lone_label_colons() is s
        (True, True)
        """
        return is_full(self.compacts[index], MIN_WIDTH, self.lines[index]) and self.runs_on(index)

    @cached_property
    def section_widths(self) -> tuple[int | None, ...] | None:
        """The width each line is wrapped at, in a text whose pages its reader knew and whose sections are set at
        different widths (``wrapped.section_widths``: a Word document's landscape annex printed to PDF, round 75
        wordpdf75), else None. Worked out only where the reader knew the pages.

        In a text with one width (its body's, the annex too small a share of its lines to unmake it) the pages
        wider than it by more than twice ``SLACK`` (and the short pages that take their width) keep their own, the
        others the text's (round 76 printed76: held-out 24 printed, its annex's title at 43 characters, full at the
        body's 27, ran on into its table's ``序号``, and the table went unread).

        >>> body, annex = ["推进" * 13 + "改"] * 60, ["赋予" * 21 + "有"] * 5
        >>> source = Source.from_text("\\n".join([*body, "", *annex]), page_breaks=frozenset({60}))
        >>> source.wrap_width, source.section_widths[0], source.section_widths[61]
        (54, 54, 86)
        """
        if not self.page_breaks:
            return None
        breaks = sorted(self.page_breaks)
        starts = (0, *(b + 1 for b in breaks))
        ends = (*breaks, len(self.compacts))
        text = self.wrap_width
        if text is not None and max(map(display_width, self.compacts), default=0) <= text + 2 * SLACK:
            return None  # (no line wider than the text's width: no wider section, and no page's width worked out)
        pages = [self.compacts[a:b] for a, b in zip(starts, ends)]
        widths = section_widths(pages)
        if widths is None:
            return None
        if text is not None:
            widths = _wider_sections(pages, widths, text)
            if widths is None:
                return None
        return tuple(w for w, a, b in zip(widths, starts, ends) for _ in range(a, b + (b < len(self.compacts))))

    def width_at(self, index: int) -> int | None:
        """The width 0-based line ``index`` is wrapped at: the text's (``wrap_width``), else its page's where the
        text's sections are set at different widths (``section_widths``), else None.

        >>> body, annex = ["推进" * 13 + "改"] * 12, ["赋予" * 21 + "有"] * 4
        >>> source = Source.from_text("\\n".join([*body, "", *annex]), page_breaks=frozenset({12}))
        >>> source.wrap_width, source.width_at(0), source.width_at(12), source.width_at(13)
        (None, 54, 54, 86)
        """
        widths = self.section_widths
        return self.wrap_width if widths is None else widths[index]

    def is_full(self, index: int) -> bool:
        """True when 0-based line ``index`` fills a line of a hard-wrapped text (``wrapped.is_full``) at its width
        (``width_at``: the text's, or its section's): its break is the page's margin, wherever its words are cut."""
        return is_full(self.compacts[index], self.width_at(index), self.lines[index])

    @cached_property
    def blank_parted(self) -> bool:
        """``wrapped.blank_parted`` of the lines: a hard-wrapped text that sets its paragraphs apart by blank
        lines. Worked out on first use (a unit's duty opening a line under a full one asks)."""
        return blank_parted(self.compacts, self.wrap_width, self.lines)

    @cached_property
    def first_lines_indented(self) -> bool:
        """``wrapped.first_lines_indented`` of the lines: a hard-wrapped text that sets its paragraphs' first lines
        alone in (首行缩进). Worked out on first use (a table's cell, a unit's duty opening a line, asks)."""
        return first_lines_indented(self.lines, self.compacts, self.wrap_width)

    def runs_on(self, index: int) -> bool:
        """True when 0-based line ``index`` is a full line of a hard-wrapped text that ends no sentence: its words
        go on in the next non-empty line (``wrapped.runs_on``, at the line's width, ``width_at``)."""
        return runs_on(self.compacts[index], self.width_at(index), self.lines[index])

    @cached_property
    def changed_text(self) -> str:
        """The lines compacting changed, joined by line breaks: the lines that are not their compact form itself (a
        line with nothing to drop is kept as it is, the same object), so every line holding whitespace (a space, a
        tab, an ideographic space: compacting drops them, and no later rule writes one), with those that lost or
        gained a mark. A rule about a gap after a word (``牵头单位　``, ``牵头单位<TAB>``) may look in it alone: it is
        made by one C-level pass over the lines (the bundled plan: 1,328 of its 5,240 lines, a third of its text).
        Of the text the lines were split from: see ``blanked_front``.

        >>> Source.from_text("序号 任务\\n正文\\n**要点**\\n").changed_text
        '序号 任务\\n**要点**'
        """
        return "\n".join(compress(self.lines, map(ne, self.lines, self.compacts)))

    def blanked_front(self, text: str) -> bool:
        """Whether the lines may lack some of ``text``'s, this source's text: a front matter's, blanked
        (``strip_front_matter``: the first line is ``---``).

        >>> Source.from_text("---\\ntitle: 方案\\n---\\n正文").blanked_front("---\\ntitle: 方案\\n---\\n正文")
        True
        >>> Source.from_text("正文 一").blanked_front("正文 一")
        False
        """
        return bool(self.lines) and not self.lines[0] and _OPENS_WITH_RULE.match(text) is not None

    @cached_property
    def first_listed(self) -> re.Match[str] | None:
        """``vocab.search_first_listed`` over the compact text (…排在第一位的为牵头单位), searched once: the
        index (``assignments.index_assignments``) and the conventions (``parse.conventions``) both ask."""
        return search_first_listed(self.text.text)

    def offset(self, index: int) -> int:
        """Compact offset where 0-based line ``index`` starts (the next non-empty line's start if it is empty)."""
        return self.offsets[index]

    def line_end_offset(self, index: int) -> int:
        """Compact offset just after 0-based line ``index``."""
        return self.offsets[index + 1]


def _compact_text(compacts: Sequence[str], offsets: tuple[int, ...], text: str | None = None) -> CompactText:
    """``CompactText.from_compacts(compacts)`` from the line offsets already counted (and the lines joined, ``text``,
    when they are): no pass over the lines.

    Its line starts are the offsets of the lines from the first non-empty one to the last: an empty line
    between them starts where the next non-empty line does, so every lookup (``line_at``, ``line_span``,
    ``is_line_start``, a ``bisect_right`` over the starts) finds the same line as over the non-empty lines alone.

    >>> _compact_text(["", "甲乙", "", "丙", ""], (0, 0, 2, 2, 3, 3))
    CompactText(text='甲乙丙', starts=(0, 2, 2), lines=(2, 3, 4))
    """
    if text is None:
        text = "".join(compacts)
    if not text:
        return CompactText("", (), ())
    first = 0
    while not compacts[first]:
        first += 1
    last = len(compacts)
    while not compacts[last - 1]:
        last -= 1
    return CompactText(text, offsets[first:last], _line_numbers(first + 1, last + 1))


# 1-based line numbers, made once: a document's run of them is a slice (a copy of references), where a tuple of a range
# made an int for each line (0.8 M instructions of the bundled plan's 5,240 lines); a longer document makes its own
_LINE_NUMBERS = tuple(range(20_001))


def _line_numbers(first: int, stop: int) -> tuple[int, ...]:
    """``tuple(range(first, stop))``, a slice of ``_LINE_NUMBERS`` when it reaches.

    >>> _line_numbers(2, 5), _line_numbers(20_000, 20_002) == tuple(range(20_000, 20_002))
    ((2, 3, 4), True)
    """
    return _LINE_NUMBERS[first:stop] if stop <= len(_LINE_NUMBERS) else tuple(range(first, stop))


def strip_front_matter(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Blank out a YAML front-matter block (``---`` … ``---``) so line numbers stay true; return its fields.

    >>> strip_front_matter(["---", "title: x", "---", "正文"])
    (['', '', '', '正文'], {'title': 'x'})
    """
    if lines and lines[0].strip() == "---":
        for j in range(1, min(len(lines), 60)):
            if lines[j].strip() in ("---", "..."):
                front = {}
                for line in lines[1:j]:
                    m = _FRONT_FIELD.match(line)
                    if m and m.group(2):
                        front.setdefault(m.group(1).strip(), m.group(2).strip().strip("\"'"))
                return [""] * (j + 1) + lines[j + 1 :], front
    return lines, {}


def _wider_sections(pages: Sequence[Sequence[str]], widths: Sequence[int | None], text: int) -> list[int] | None:
    """Each page's width in a text of one width (``text``, its body's) whose pages ``widths`` (``section_widths``)
    show a section set wider: a page wider than ``text`` by more than twice ``SLACK`` keeps its own; a page whose
    own is unknown (too few long lines, a justified line set tighter than the rest) and that holds a line that much
    wider than ``text`` takes the nearest wider page's; the others ``text``. None when no page is wider.

    >>> body, annex = ["推进" * 13 + "改"] * 5, ["赋予" * 21 + "有"] * 5
    >>> _wider_sections([body, annex, ["赋予" * 22], body], [54, 86, None, 54], 54)
    [54, 86, 86, 54]
    >>> _wider_sections([body, ["推进" * 14], body], [54, None, 54], 54) is None
    True
    """
    wide = [w if w is not None and w > text + 2 * SLACK else None for w in widths]
    known = [k for k, w in enumerate(wide) if w is not None]
    if not known:
        return None
    out: list[int] = []
    for k, w in enumerate(wide):
        if w is None and max(map(display_width, pages[k]), default=0) > text + 2 * SLACK:
            w = wide[min(known, key=lambda j: abs(j - k))]
        out.append(text if w is None else w)
    return out

"""Every assignment written in a document's text, found once and shared by the layout readers.

One pass of the bracket scanner gives the top-level parentheticals; those that mention a
label or a role word are read (``assign.read_insides``: all split at their labels, then each
read). Label lines outside brackets (``责任单位：A、B`` under a task, ``完成时限：…`` after it)
are read as one assignment per run of consecutive label lines.

>>> from reformgraph.loaders.source import Source
>>> s = Source.from_text("1. 建设平台。（牵头单位：区大数据局）（重庆）\\n2. 清理证明。\\n责任单位：区司法局\\n完成时限：2025年")
>>> idx = index_assignments(s)
>>> [(s.text.text[start:end], label_first) for start, end, _, _, label_first, _ in idx.found + idx.label_lines()]
[('（牵头单位：区大数据局）', True), ('责任单位：区司法局完成时限：2025年', False)]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from reformgraph.loaders.assign import OTHER_FIELD, read_bare_units, read_insides, read_region
from reformgraph.loaders.column_names import COLUMN_NAMES, NOTE_LINE
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.deadlines import ONGOING_PATTERN, parse_deadline
from reformgraph.loaders.roles import Assignment, named, replaced
from reformgraph.loaders.scan import BracketPairs, held_pairs, indexes_of, spans_at_least
from reformgraph.loaders.source import Source
from reformgraph.loaders.unit_lists import LIST_MARK
from reformgraph.loaders.unit_names import UNIT_LAST_CHARACTERS, ends_with_namesake, is_unit_name
from reformgraph.loaders.vocab import (
    ASSIGNMENT_WORDS,
    DEADLINE_LABELS,
    ENUMERATED,
    GROUP_PREFIX,
    LABEL,
    LABEL_ROLES,
    LEADER_LEVELS,
    NO_BARE_UNITS,
    SHORT_LABELS,
    UNIT_LABELS,
    after_task_topic,
    bare_unit_role,
    label_before,
    label_role,
    last_field_role,
    name_before,
    trie_pattern,
)
from reformgraph.loaders.wrapped import MIN_WIDTH, is_full, runs_on_at_top
from reformgraph.regexcache import compiled

# a parenthetical is read only when it holds a label or a role word
_TRIGGER = ASSIGNMENT_WORDS


_NOTE_FIRST = frozenset("注备说（(【[")  # how a note's line opens (column_names.NOTE_LINE)
_RUN_ROLES = frozenset({"lead", "responsible", "support", "person"})  # the labels that may start a run of label lines


def _more_units(compacts: Sequence[str], last: int, j: int) -> bool:
    """True when line ``j`` is only unit names, after a unit field's line (``last``) and before another label line:
    the field's list, going on in a line of its own.

    >>> _more_units(["配合单位：区住建局", "各街道办事处", "完成时限：长期坚持"], 0, 1)
    True
    >>> _more_units(["配合单位：区住建局", "加强督查。", "完成时限：长期坚持"], 0, 1)
    False
    >>> _more_units(["配合单位：县公安局", "县住建局", "", "县交通运输局", "完成时限：2026年11月"], 1, 3)
    True
    """
    if not _units_only(compacts[j]):
        return False
    # the line after the list (the next label's), past its further lines of names
    after = next((c for c in compacts[j + 1 : j + _MORE_UNIT_LINES] if c and not _units_only(c)), "")
    k = last  # the field's label line: back over the lines of its list before this one (one name a line)
    while k > 0 and _colon(compacts[k]) < 0 and last - k < _MORE_UNIT_LINES:
        k -= 1
    before = compacts[k]
    colon = _colon(before)
    return bool(LABEL.match(after)) and colon > 0 and label_role(before[:colon]) in ("lead", "responsible", "support")


def _units_only(compact: str) -> bool:
    """Whether a line is only unit names (a list's items).

    >>> _units_only("县住建局、县交通运输局"), _units_only("1.县住建局"), _units_only("加强督查。")
    (True, False, False)
    """
    line = compact.rstrip("。；;，,、")
    return len(line) <= 40 and not ENUMERATED.match(line) and all(is_unit_name(item) for item in LIST_MARK.split(line))


_MORE_UNIT_LINES = 30  # lines: the longest list of one name a line read back to its label
_VALUE_MARKS = compiled("[、，,：:；;]")  # what ends a field's label or a list item before it


def _name_cut(line: str, following: str) -> bool:
    """True when ``line`` ends inside a unit's name that ``following`` finishes: a line break (a Word file's, an
    OCR's) in the middle of a field's last name, which alone reads as no name and with the next line's first
    item does.

    >>> _name_cut("责任单位：区自然资源分局、区住", "建局、相关街道；完成时限：2025年12月底前")
    True
    >>> _name_cut("责任单位：区住建局", "加快推进老旧小区改造"), _name_cut("责任单位：区住", "加快推进改造")
    (False, False)
    >>> _name_cut("完成时限：每季度", "洛阳市人民政府办公室")  # a deadline's value, the signature after it (round 40)
    False
    >>> _name_cut("完成时限：2026年10月底前，此后常态化开展", "某镇人民政府")  # its second clause too (round 50)
    False
    """
    if line[-1] in "。；;，,、：:）)":
        return False
    tail = _VALUE_MARKS.split(line[-_NAME_CUT_REACH:])[-1]
    if not tail or len(tail) == len(line[-_NAME_CUT_REACH:]) or is_unit_name(tail):
        return False
    # the line's last field a deadline's names no units, whatever clause closes it (完成时限：每季度; round 50:
    # 完成时限：2026年10月底前，此后常态化开展 above the issuer)
    if last_field_role(line) == "deadline":
        return False
    head = _VALUE_MARKS.split(following[:_NAME_CUT_REACH], 1)[0].rstrip("。")
    return is_unit_name(tail + head)


_NAME_CUT_REACH = 16  # characters: the most of a name on either side of the break


def _colon(line: str) -> int:
    """Where the first colon of ``line`` is (either width), -1 for none."""
    found = [at for at in (line.find("："), line.find(":")) if at != -1]
    return min(found) if found else -1


# round 61: the labels of a measure's own words (整改要求：, 整改措施：), after which a 问题清单 may write the measure's fields
# alone (问题五：… / 整改要求：牵头部门：A；协同部门：B；完成时限：…)
_MEASURE_LABELS = frozenset(name for name in COLUMN_NAMES["task"] if name.startswith("整改"))


def after_measure_label(text: str, start: int, at: int) -> bool:
    """True when ``text[start:at]`` is a measure's label and its colon (``整改要求：``), so that the fields from ``at``
    are the measure's own (it has no words but its fields) and its task the problem above (round 61).

    >>> after_measure_label("整改要求：牵头部门：A", 0, 5), after_measure_label("工作要求：牵头部门：A", 0, 5)
    (True, False)
    """
    return at - start > 2 and text[at - 1] in "：:" and text[start : at - 1] in _MEASURE_LABELS


def _line_label(line: str) -> int | None:
    """Offset of a unit or person label that starts ``line`` or one of its sentences (``责任单位：``, ``责任领导：`` …),
    else None."""
    for colon in (line.find("："), line.find(":")):
        while colon > 0:
            label = label_before(line, colon)
            if label and label_role(label) in _RUN_ROLES:
                at = colon - len(label)
                if (
                    at == 0
                    or line[at - 1] in "。；;，,"
                    or after_task_topic(line, at)
                    or after_measure_label(line, 0, at)
                ):
                    return at  # (此项工作的责任单位：A: round 40; 整改要求：牵头部门：A, round 61)
                if line[0] in "以上本" and (group := GROUP_PREFIX.match(line)) is not None and group.end() == at:
                    return at  # 上述任务牵头单位：A；配合单位：B: the group's fields, after its words (round 37)
                if line[:at] in LEADER_LEVELS:
                    return 0  # 县级责任领导：韩某某 (round 31), 区级责任主体：各区政府 (round 43): the run's line
            colon = line.find(line[colon], colon + 1)
    return None


class Found(NamedTuple):
    """One assignment: where the task text before it ends (``start``), where it ends, what it says.

    The offsets in ``assignment`` count from ``base`` (parentheticals are read once per distinct text).
    The index hands these fields as plain tuples (``Index.found``, ``label_lines``: a tuple literal costs no
    ``tuple.__new__`` call, and an exact tuple unpacks by the specialised bytecode); ``Found(*f)`` names them.

    >>> Found(*(3, 9, None, True, False, 4)).end
    9
    """

    start: int
    end: int
    assignment: Assignment
    bracketed: bool
    label_first: bool  # a label right after the opening bracket: （牵头单位：…）
    base: int = 0


FoundFields = tuple[int, int, Assignment, bool, bool, int]  # a ``Found``'s fields in order, as a plain tuple


@dataclass(frozen=True)
class Index:
    """The parenthetical assignments of a document in text order, its label-line runs, the openers never closed.

    Label-line runs are found and read on demand (``runs``, ``label_lines``): the workplan-book layout
    never needs them.
    """

    found: tuple[FoundFields, ...]
    unclosed: tuple[int, ...]
    pairs: BracketPairs  # the text's top-level bracket pairs before they are made (``scan.bracket_pairs``)
    starts: tuple[int, ...] = ()
    source: Source | None = None
    _read: dict = field(default_factory=dict, compare=False, repr=False)
    bare_unstated: bool = False  # lists of units alone in brackets read as assignments, which the plan did not say

    @property
    def text(self) -> str:
        return self.source.text.text if self.source is not None else ""

    @cached_property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """(open, close) of every top-level bracket pair, made on first use (the workplan-book layout never asks:
        the index makes only the pairs that may hold an assignment, ``held``)."""
        return tuple(spans_at_least(self.pairs, 1))

    @property
    def runs(self) -> tuple[tuple[int, int, frozenset[int]], ...]:
        """(start, end, line starts inside) of the runs of label lines, found on first use."""
        if "runs" not in self._read:
            numbered: list[int] = []
            runs = _label_runs(self.source, self.spans, numbered) if self.source is not None else ()
            self._read["runs"], self._read["numbered"] = tuple(runs), numbered_field_lists(numbered, self.source)
        return self._read["runs"]

    @property
    def numbered_fields(self) -> tuple[int, ...]:
        """The 0-based lines of a task's fields written as a nested ordered list (``1. 组建专班`` /
        ``1) 牵头单位：…`` / ``2) 配合单位：…``), met while the label-line runs were found; () before that."""
        return self._read.get("numbered", ())

    def between(self, start: int, end: int) -> tuple[FoundFields, ...]:
        """The parenthetical assignments that start in ``[start, end)``."""
        return self.found[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def label_lines(self) -> tuple[FoundFields, ...]:
        """The label-line assignments (``责任单位：A、B`` under a task), read once."""
        if "lines" not in self._read:
            out = []
            for start, end, breaks in self.runs:
                text = self.text
                if text.find(_GROUP_LEADER_LABEL, start, end) >= 0:
                    # 组长单位：A / 成员单位：B (``_group_leader_line``), or the members' line first (round 79)
                    for at in (start, *breaks):
                        if text.startswith(_GROUP_LEADER_LABEL, at):
                            text = f"{text[:at]}{_LEADS_LABEL}{text[at + len(_GROUP_LEADER_LABEL) :]}"
                assignment = read_region(text, start, end, require_label=True, field_starts=breaks)
                if assignment is not None and assignment.units:
                    out.append((start, end, assignment, False, False, 0))
            self._read["lines"] = tuple(out)
        return self._read["lines"]

    def deadline_lines(self) -> dict[int, str]:
        """The lines that state a deadline and nothing else (``完成时限：长期坚持`` after a group's items), by where
        they start: their deadline field."""
        if "dated" not in self._read:
            dated = {}
            if self.source is not None:
                for i, c in enumerate(self.source.compacts):
                    colon = _colon(c) if c.startswith(DEADLINE_LABELS) else -1
                    if colon > 0 and label_role(c[:colon]) == "deadline":
                        dated[self.source.offset(i)] = c[colon + 1 :].rstrip("。；;")
            self._read["dated"] = dated
        return self._read["dated"]


# what a deadline after a list of units holds one of (a filter before reading the list: ``read_bare_units``): a
# date's character, or the words of work that goes on (round 43: （负责处室；按照职责分工） reads 按照… as ongoing, as
# 随时, 逐步, 每周 …: the filter dropped them, and the index and the old loop disagreed)
_MAY_BE_DATED = compiled("[0-9年月季底前内期旬续常]|" + ONGOING_PATTERN)
# how a unit's name may end: a filter only, wider than ``unit_names.is_unit_name``'s endings (which decide, in the read),
# and holding all their last characters (round 40: （市医保局、市医保中心） then （市教育局、各区县教育行政部门） in one
# plan: the second, ending in 部门, was skipped by the filter, its task lost)
# (〕 too: a 部委's 司局 with the office it shares, 机关党委〔人事司〕, closing a 要点's item: round 42)
_UNIT_LAST = (
    frozenset("局委办府队所院站心会部司厅处室街镇乡村区县市团行组社联关台协馆校园场军等）〕") | UNIT_LAST_CHARACTERS
)


def index_assignments(source: Source, bare: str | None = NO_BARE_UNITS) -> Index:
    """Find every parenthetical and label-line assignment of ``source``; read the parentheticals.

    ``bare``: the role of a list of unit names alone in brackets (``（县发改局、县财政局）``) where the plan says
    nothing of them (``vocab.bare_unit_role``): by default no assignment (they may be examples) unless a deadline
    follows the units (``（县应急管理局，6月底前）``: responsible units); ``parse`` asks again with ``responsible``
    when the plan read that way names no task at all.
    """
    text = source.text.text
    # the pairs that may hold an assignment (shorter ones hold none: （一）, made of no pair) and their insides, made
    # in the walk that finds the pairs
    pairs, unclosed, held, inners = held_pairs(text, 4)
    # the same parenthetical text is read once: (assignment, label first), or None
    read: dict[str, tuple[Assignment, bool] | None] = dict.fromkeys(inners)
    fields: dict = {}  # and the same field at the same offset (``read_region``'s memo)
    triggered = list(filter(_TRIGGER.search, read))
    read.update(zip(triggered, read_insides(triggered, fields)))  # all split at their labels first
    # the brackets that may be a list of units alone: those with no label or role word, and those whose word was
    # a name's (（市教育局、各区教育部门）: 部门 is a label's word too, round 40): the texts still read as nothing, in one
    # pass (no set of the triggered ones made and taken away)
    unlabelled = {inner for inner, known in read.items() if known is None}
    stated = bare_unit_role(text, source.first_listed is not None) if unlabelled else NO_BARE_UNITS
    closing: dict[str, Assignment] = {}  # lists closing a numbered item's sentence, read by this reader's choice
    if stated != NO_BARE_UNITS:
        bare = stated  # the plan says what its brackets hold
    elif unlabelled and bare == NO_BARE_UNITS:
        # it says nothing of them: a list with a deadline after it is an assignment (（县应急管理局，6月底前）: examples
        # have none), of responsible units; and if no bracket names units otherwise, so is every list
        dated = _dated_bare_units(unlabelled)
        if dated and not any(read[inner] is not None and read[inner][0][0] for inner in triggered):
            bare = "responsible"
        else:
            read.update((inner, (assignment, False)) for inner, assignment in dated.items())
            # and a list closing a numbered item's line, in a plan whose other brackets are labelled (a 工作要点
            # pieced together from drafts in two styles: 1.开展清洁行动（各镇人民政府、街道办事处）。: round 39)
            # (the unlabelled set itself when nothing is dated: no copy)
            closing = _closing_unit_lists(
                source.text, held, inners, unlabelled - dated.keys() if dated else unlabelled, source
            )
            read.update((inner, (assignment, False)) for inner, assignment in closing.items())
    # read so by this reader's choice (every list, or those closing an item's sentence)
    unstated = bool(unlabelled) and stated == NO_BARE_UNITS and (bare != NO_BARE_UNITS or bool(closing))
    bare_read: set[str] = set()  # the brackets read as a list of units alone
    if (
        bare != NO_BARE_UNITS
    ):  # a bracket after a task lists its units: （县发改局、县财政局）, （省教育厅，省有关部门）
        for inner in unlabelled:
            assignment = read_bare_units(inner, bare)
            if assignment is not None:
                read[inner] = (assignment, False)
                bare_read.add(inner)
    found = [
        (a, b + 1, known[0], True, known[1], a + 1)
        for (a, b), inner in zip(held, inners)
        if (known := read[inner]) is not None and not (inner in bare_read and _closes_a_name(text, a))
    ]
    if len(held) > 1:
        if not _PARTNERS_FIRST_CHARACTERS.isdisjoint(map(itemgetter(0), triggered)) and any(
            map(_PARTNERS_OPENING.match, triggered)
        ):
            _partners_after(found, text)
        _deadlines_after(found, held, text)
    return Index(
        tuple(found),
        tuple(unclosed),
        pairs,
        tuple(map(itemgetter(0), found)),  # the starts
        source,
        bare_unstated=unstated,
    )


def _closes_a_name(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` closes a unit's name written right before it: ``省市场监管局（省知识产权局）`` names one
    body twice (two names of a merged office), its bracket no list of units (round 34; before, with the plan's
    first-listed convention, a task of its own with no text).

    >>> t = "责任单位：省市场监管局（省知识产权局）（牵头）"
    >>> _closes_a_name(t, t.index("（")), _closes_a_name("加强知识产权保护。（省知识产权局）", 9)
    (True, False)

    The name may end a sentence's words (``…报送市商务局（市口岸办）``, round 51):

    >>> t = "各责任单位要将进展报送市商务局（市口岸办）。"
    >>> _closes_a_name(t, t.index("（")), _closes_a_name("将进展报送区商务局（市口岸办）。", 9)  # another place's
    (True, False)
    """
    before = name_before(text, at, "，,。；;：:、（(）)")
    if is_unit_name(before):
        return True
    close = text.find("）", at, at + _NAMESAKE_REACH)
    return close != -1 and ends_with_namesake(before, text[at + 1 : close])


_NAMESAKE_REACH = 20  # characters: the longest bracket read as an office's second name


_NOT_A_DATE_TAIL = compiled("[（(：:]")  # a bracket or a field after the list: no deadline alone
_ENDS = "。；;"  # a sentence's end, before or after a bracket that closes it


def _closing_unit_lists(
    compact: CompactText, held, inners: list[str], candidates, source: Source | None = None
) -> dict[str, Assignment]:
    """Those of ``candidates`` (brackets with no label or role word) that list unit names alone and close the line
    of a numbered item (nothing after them on it but a sentence's end or a deadline), read as responsible units.
    ``source``: the lines' source, whose hard-wrapped paragraphs (a PDF's text layer) are the item's line
    (``_wrapped_item_line``).

    >>> ct = CompactText.from_lines(["1.开展春季清洁行动（各镇人民政府、街道办事处）。2024年3月底前完成。", "2.设立两级平台（如市数据局）。"])
    >>> t = ct.text
    >>> spans = [(t.index("（各"), t.index("）。")), (t.index("（如"), t.rindex("）"))]
    >>> inners = [t[a + 1 : b] for a, b in spans]
    >>> sorted(_closing_unit_lists(ct, spans, inners, set(inners)))
    ['各镇人民政府、街道办事处']
    >>> ct = CompactText.from_lines(["1.开展主题教育。（机关党委〔人事司〕）"])  # a bracket in the name (round 42)
    >>> t = ct.text
    >>> a = t.index("（")
    >>> list(_closing_unit_lists(ct, [(a, len(t) - 1)], [t[a + 1 : -1]], {t[a + 1 : -1]}))
    ['机关党委〔人事司〕']
    >>> ct = CompactText.from_lines(["1.开展目录调整（医药服务管理司）。", "2.推进医保码应用（医药服务管理司、信息中心）。优化结算（医药服务管理司）。"])
    >>> t = ct.text
    >>> spans = [(a, t.index("）", a)) for a in (t.index("（医"), t.index("（医", 20), t.rindex("（"))]
    >>> inners = [t[a + 1 : b] for a, b in spans]
    >>> sorted(_closing_unit_lists(ct, spans, inners, set(inners)))  # the second line's first list too (round 43)
    ['医药服务管理司', '医药服务管理司、信息中心']
    """
    text = compact.text
    found: dict[str, Assignment] = {}
    closed: set[int] = set()  # the starts of the lines whose item closes with a list read
    inside: list[tuple[int, str, int]] = []  # (where, inner, its line's start): lists closing a sentence before
    # the line's end, read when the line closes with one too (a 部委's 要点: 开展整治。（基金监管司）推进监控。（大数据中心）:
    # round 42)
    # only a text ending as a unit's name may list units: asked once per distinct text, not at each of its brackets
    # (20 of the bundled plan's 196)
    candidates = {inner for inner in candidates if inner[-1] in _UNIT_LAST}
    # the candidates' brackets picked in one C-level pass (most brackets of a plan that has such lists are labelled)
    for (a, b), inner in compress(zip(held, inners), map(candidates.__contains__, inners)):
        if not (text[a - 1] in _ENDS or text[b + 1 : b + 2] in _ENDS):
            continue  # (most brackets stand inside a sentence)
        _, start, end = compact.line_span(a)
        tail = text[b + 1 : end].strip("。；;，,")
        if tail and (
            len(tail) > _DEADLINE_ALONE
            or not _MAY_BE_DATED.search(tail)
            or _NOT_A_DATE_TAIL.search(tail)  # （区属公办学校）。（责任单位：…）: a note before the task's units
            or parse_deadline(tail).raw is None
        ):
            inside.append((a, inner, start))
            continue
        if ENUMERATED.match(text[start:end]) is None and not (  # (its pattern opens with ^)
            source is not None and _wrapped_item_line(source, compact.line_at(a))
        ):
            continue
        # (a list read on an earlier line still closes this one: round 43, before, 推进…（A、B）。优化…（A）。 after an
        # item closed by （A） read only its last bracket)
        if inner in found or _unit_list(text, a, inner, found):
            closed.add(start)
    for a, inner, start in inside:
        if start in closed and inner not in found:
            _unit_list(text, a, inner, found)
    return found


def _wrapped_item_line(source: Source, line: int) -> bool:
    """Whether 1-based ``line`` of a hard-wrapped ``source`` (``Source.wrap_width``) ends a paragraph that opens
    with an item's number: the lines above it each fill the line (``wrapped.is_full``) from a numbered one. Round 70
    meta70b: held-out 69 wrapped at 34 characters, ``(三)加强风险管控。…回收机`` / ``制。(区农业农村委)``. Round 71
    meta71: a page's footer between its lines is passed over, and a line ending a sentence at the margin goes on
    too (a bare list is no paragraph of its own: ``…因地制宜编制安全利用方案。`` / ``(各街镇、开发区、头桥集团)``).
    Round 75 meta75: so is a page break its reader knew (``Source.page_breaks``: an OFD's, a PDF's) over a line that
    opens no paragraph (``wrapped.runs_on_at_top``); before, held-out 23's items cut by one were left out.

    >>> lines = ["(三)加强风险管控。建立本区统一的农资监管平台，实现对农资经营企业", "采购、库存、销售全流程监管，推进化肥、农药实名制购买。健全种植业"]
    >>> lines += ["生产管理信息系统，实现对种植业生产过程的全程可追溯。严厉查处在饲", "制。(区农业农村委)"] * 4
    >>> s = Source.from_text("\\n".join(lines))
    >>> _wrapped_item_line(s, 4), _wrapped_item_line(s, 6)
    (True, False)

    Round 77 sweep77: a page's footer right above the line (held-out 23 as a PDF's text at 26, ``…可在符合规划的前`` /
    ``— 5 —`` / ``提下，…（各街镇、区规划资源局`` / ``）。``) is passed over too; before, the line above was the footer's,
    blanked, which fills no line, and item 15 was left out.
    """
    index = line - 1
    k = index - 1
    if source.page_breaks and k > 0 and not source.compacts[k] and _runs_on_over_a_break(source, k):
        while k > 0 and not source.compacts[k]:
            k -= 1  # the line opens a page and no paragraph: the line above is the last of the page before (round 75)
    while k > 0 and not source.compacts[k] and source.lines[k].strip():
        k -= 1  # a page's footer, blanked by the compacting, right above the line: the page before's last (round 77)
    above = source.compacts[k] if k >= 0 else ""
    # (a line above that runs on at no width, asked before the text's width, worked out once and dear to a plan not
    # wrapped: the bundled plan's one such bracket, 6 M instructions)
    if not is_full(above, MIN_WIDTH, source.lines[k]) or source.wrap_width is None:
        return False
    while k >= 0:
        if not source.compacts[k]:
            if source.page_breaks and _runs_on_over_a_break(source, k):
                k -= 1  # a page break its reader knew, the next page's first line opening no paragraph (round 75)
                continue
            if not source.lines[k].strip():
                return False
            # a page's footer, blanked by the compacting: the paragraph goes on past it (round 71 meta71)
            k -= 1
            continue
        if not is_full(source.compacts[k], source.width_at(k), source.lines[k]):
            return False
        if ENUMERATED.match(source.compacts[k]) is not None:
            return True
        k -= 1
    return False


def _runs_on_over_a_break(source: Source, k: int) -> bool:
    """Whether blank line ``k`` (compact) is in the run of blank lines about a page break its reader knew
    (``_page_break_above``) and the next page's first line opens no paragraph (``wrapped.runs_on_at_top``: not
    indented, no item's number): the paragraph above goes on over the break. Round 75: meta75's OFD copies (a page
    break, then the line) and wordpdf75's printed PDFs (a page's blank foot, its number and the next page's blank head)
    of held-out 23, whose items a page break cut; the opening's guard is meta75's (real 02 and held-out 53 as OFD
    files, ``持续推进。`` at a page's top indented as a paragraph, read as the item above's deadline without it).

    >>> from reformgraph.loaders.source import Source
    >>> s = Source.from_text("甲\\n\\n- 3 -\\n\\n乙", page_breaks=frozenset({3}))
    >>> _runs_on_over_a_break(s, 1), _runs_on_over_a_break(Source.from_text("甲\\n\\n  乙", page_breaks=frozenset({1})), 1)
    (True, False)
    """
    if not _page_break_above(source, k):
        return False
    j = k + 1
    while j < len(source.compacts) and not source.compacts[j]:
        j += 1
    return j < len(source.compacts) and runs_on_at_top(source.lines[j], source.compacts[j])


def _page_break_above(source: Source, k: int) -> bool:
    """Whether blank line ``k`` (compact) is in the run of blank lines about a page break its reader knew
    (``Source.page_breaks``): a page's blank foot, its page number and the next page's blank head. Round 75 wordpdf75:
    held-out 23 printed, a bare list of units opening a page (``（各街镇、区规划资源局、区土储中心）``) under the
    paragraph the page break cut was read as no item's, and the sentence's roles read instead.

    >>> from reformgraph.loaders.source import Source
    >>> s = Source.from_text("甲\\n\\n- 3 -\\n\\n\\n乙", page_breaks=frozenset({3}))
    >>> _page_break_above(s, 4), _page_break_above(s, 1), _page_break_above(Source.from_text("甲\\n\\n乙"), 1)
    (True, True, False)
    """
    top = bottom = k
    while top > 0 and not source.compacts[top - 1]:
        top -= 1
    while bottom + 1 < len(source.compacts) and not source.compacts[bottom + 1]:
        bottom += 1
    return any(j in source.page_breaks for j in range(top, bottom + 1))


def _unit_list(text: str, at: int, inner: str, found: dict[str, Assignment]) -> bool:
    """Whether the bracket ``inner`` opening at ``at`` lists units alone (not a name's own bracket): kept in
    ``found`` when it does.

    >>> found = {}
    >>> _unit_list("开展整治。（基金监管司）", 5, "基金监管司", found), list(found)
    (True, ['基金监管司'])
    >>> _unit_list("省市场监管局（省知识产权局）", 6, "省知识产权局", found), _unit_list("试点（如某区）", 2, "如某区", found)
    (False, False)
    """
    if _closes_a_name(text, at):
        return False
    assignment = read_bare_units(inner, "responsible")
    if assignment is None or not all(is_unit_name(u.name) for u in assignment.units):
        return False
    found[inner] = assignment
    return True


# where a list of units in brackets may end before its deadline: the reader's clause marks too (round 43: it reads
# （县应急管理局。6月底前） as a dated list, so the filter must hold it, or the index and the old loop disagree)
_BARE_LIST_ENDS = ("，", "；", ",", ";", "。")


def _dated_bare_units(inners) -> dict[str, Assignment]:
    r"""Those of ``inners`` that are a list of units with a deadline after them, read as responsible units: read
    only where a clause that may be a date follows a name's last character (a bracket of a plan is mostly none).
    The filter holds every bracket the reader reads: half-width marks and a colon it drops too (round 40).

    >>> [[u.name for u in a.units] for a in _dated_bare_units(["市发改委,2022年底前", "区财政局：，6月底前"]).values()]
    [['市发改委'], ['区财政局']]
    >>> [[u.name for u in a.units] for a in _dated_bare_units(["县应急管理局。6月底前"]).values()]
    [['县应急管理局']]
    """
    dated = {}
    for inner, first, cut in _marked_insides(inners):
        last = cut - 2 if cut > 2 and inner[cut - 1] in "：:" else cut - 1  # 区财政局：，…: the colon the reader drops
        if (last > 0 and inner[last] in _UNIT_LAST and _MAY_BE_DATED.search(inner, cut)) or (
            first > 1 and inner[-1] in _UNIT_LAST and _MAY_BE_DATED.search(inner, 0, first)  # （2月底前，市数据局）
        ):
            assignment = read_bare_units(inner, "responsible")
            if assignment is not None and assignment.deadline is not None:
                dated[inner] = assignment
    return dated


def _marked_insides(inners) -> list[tuple[str, int, int]]:
    """(inner, its first mark, its last mark) for each of ``inners`` that holds one of ``_BARE_LIST_ENDS``, in their
    order: the marks found in ``inners`` joined by line breaks, one C scan for each mark the joined text holds (five
    ``in`` tests of each of the bundled plan's 196 unlabelled insides cost 0.21 M instructions, and ten ``find``
    calls for each of the 15 holding a mark 0.33 M); each inside asked itself when one holds a line break.

    >>> _marked_insides(["市发改委,2022年底前", "县局", "甲；乙。丙"])
    [('市发改委,2022年底前', 4, 4), ('甲；乙。丙', 1, 3)]
    """
    inners = list(inners)
    joined = "\n".join(inners)
    if joined.count("\n") >= len(inners):  # an inside holding a line break: each inside asked
        return [(inner, *_first_and_last_mark(inner)) for inner in inners if _holds_mark(inner)]
    hits = [at for mark in _BARE_LIST_ENDS if mark in joined for at in indexes_of(joined, mark)]
    hits.sort()
    out: list[tuple[str, int, int]] = []
    start = end = -1  # the joined text's inside holding the last hit: [start, end)
    first = cut = 0  # where its first and last marks are
    for at in hits:
        if at > end:  # a hit in a new inside
            if end != -1:
                out.append((joined[start:end], first, cut))
            start = joined.rfind("\n", 0, at) + 1
            end = joined.find("\n", at)
            if end == -1:
                end = len(joined)
            first = at - start
        cut = at - start
    if end != -1:
        out.append((joined[start:end], first, cut))
    return out


def _holds_mark(inner: str) -> bool:
    """Whether ``inner`` holds one of ``_BARE_LIST_ENDS`` (half-width marks too, as ``read_bare_units`` reads them:
    round 40, （市发改委,2022年底前））.

    >>> _holds_mark("市发改委,2022年底前"), _holds_mark("市发改委")
    (True, False)
    """
    return "，" in inner or "；" in inner or "," in inner or ";" in inner or "。" in inner


def _first_and_last_mark(inner: str) -> tuple[int, int]:
    """Where ``inner``'s first and last of ``_BARE_LIST_ENDS`` are (it holds one).

    >>> _first_and_last_mark("甲；乙，丙。丁")
    (1, 5)
    """
    return min(at for at in map(inner.find, _BARE_LIST_ENDS) if at != -1), max(map(inner.rfind, _BARE_LIST_ENDS))


_DEADLINE_ALONE = 40  # characters: the longest unlabelled parenthetical read as a deadline after an assignment
_FOLLOWING_ROLES = frozenset({"support", "deadline"})
# how a parenthetical of partners opens (``（配合单位：…``): a plan with none needs no look for them after a lead's
_PARTNERS_FIRST = tuple(w for w, r in {**LABEL_ROLES, **SHORT_LABELS}.items() if r == "support")
# ``inner.startswith(_PARTNERS_FIRST)`` as one match of a trie at the start: a tuple of 47 words costs
# ``startswith`` a try of each, for every labelled parenthetical of a plan (1 M instructions over the bundled one)
_PARTNERS_OPENING = compiled(trie_pattern(_PARTNERS_FIRST))
# how those words open: a bracket opening with none of these characters opens with none of the words (the regex's try
# at each of a plan's labelled brackets cost 0.85 M instructions over the bundled one, which has no such bracket)
_PARTNERS_FIRST_CHARACTERS = frozenset(word[0] for word in _PARTNERS_FIRST)


def _partners_after(found: list[FoundFields], text: str) -> None:
    """Join to an assignment naming a lead the labelled parenthetical right after it that names only supporting
    units (and a deadline): ``（牵头单位：A）`` / ``（配合单位：B）``, each on a line of its own (before: B was lost, and a
    task that names no lead was warned of). Rewritten in ``found``.

    >>> from reformgraph.loaders.source import Source
    >>> index = index_assignments(Source.from_text("1.推进改革。\\n（牵头单位：区市场监管局）\\n（配合单位：区司法局）"))
    >>> [[(u[0], u[1]) for u in f[2][0]] for f in index.found]
    [[('区市场监管局', 'lead'), ('区司法局', 'support')]]
    >>> index = index_assignments(Source.from_text("1.推进。\\n（牵头单位：甲局）\\n（配合单位：乙局）\\n（完成时限：2024年底）"))
    >>> [([u[0] for u in a[0]], a[1]) for _, _, a, _, _, _ in index.found if a[0]]
    [(['甲局', '乙局'], '2024年底')]
    """
    # the pairs one after the other: found in one pass over the offsets, then looked at
    ends = list(map(itemgetter(1), found))
    close = [k for k, (end, start) in enumerate(zip(ends, map(itemgetter(0), found[1:]))) if start - end <= 1]
    merged_before = 0  # each merge moves the later pairs one place down
    for k in close:
        k -= merged_before
        f, after = Found(*found[k]), Found(*found[k + 1])  # named: few pairs are close
        if (
            after.label_first
            and after.assignment[0]
            and _FOLLOWING_ROLES.issuperset(after.assignment[6])
            and text[f.end : after.start] in ("", "。", "；", "，")
            and not _FOLLOWING_ROLES.issuperset(f.assignment[6])
            and f.assignment[0]
        ):
            shift = after.base - f.base  # the units' offsets count from their own parenthetical
            a, b = named(f.assignment), named(after.assignment)  # named: few pairs are merged
            units = a.units + tuple(u._replace(pos=u.pos + shift) for u in b.units)
            merged = a._replace(
                units=units, deadline=a.deadline or b.deadline, label_roles=a.label_roles + b.label_roles
            )
            found[k : k + 2] = [tuple(f._replace(end=after.end, assignment=merged))]
            merged_before += 1


_DEADLINE_OF = itemgetter(1)  # an assignment's deadline (named, or plain as ``assign._deadline_last`` makes it)


def _deadlines_after(found: list[FoundFields], held: list[tuple[int, int]], text: str) -> None:
    """Give an assignment with units and no deadline the deadline of the parenthetical right after it
    (``（A牵头，B配合）（2024年12月底前）``, ``（A牵头）（完成时限：2024年底）``): rewritten in ``found``."""
    undated = indexes_of(
        list(map(_DEADLINE_OF, map(itemgetter(2), found))), None
    )  # in one C-level pass: most state a deadline
    if not undated:
        return
    for k in undated:
        f = Found(*found[k])  # named: few are undated
        if not f.assignment[0]:  # its units
            continue
        at = f.end
        while at < len(text) and at - f.end < 2 and text[at] in "。；;，,":
            at += 1
        # the parenthetical opening at ``at``, by bisection of the sorted spans (few are undated: no dict of them all)
        i = bisect_left(held, (at,))
        if i == len(held) or held[i][0] != at:
            continue
        close = held[i][1]
        inner = text[at + 1 : close]
        label = LABEL.match(inner)
        if label is not None and label_role(label.group(1)) == "deadline":
            inner = inner[label.end() :]
            if LABEL.search(inner):
                continue  # more fields than the deadline: another assignment
        elif label is not None or len(inner) > _DEADLINE_ALONE or ASSIGNMENT_WORDS.search(inner):
            continue  # a deadline alone names no unit, label or role word: （2024年12月底前）
        if parse_deadline(inner).status:
            found[k] = tuple(f._replace(assignment=replaced(f.assignment, deadline=inner.strip("。；;，, "))))


_LABEL_TAIL = 6  # characters: the most of a label broken at a line's end that the next line may hold (单位：)


# the beginnings of the unit and deadline labels (牵头单, 责任单, 完成时): a line ending with one may have had its label
# broken by a line break (a Word file's manual break, an OCR's line) when the next line opens with the rest and a colon
_PREFIXES = tuple(
    sorted(
        {
            label[:k]
            for label in (*UNIT_LABELS, *DEADLINE_LABELS)
            for k in range(2, len(label))
            # round 41: none ending in a closing bracket (责任科（股）, of 责任科（股）室): a line ending so closes a
            # parenthetical, and a tenth of a plan's lines would each be tried against every prefix
            if label[k - 1] != "）"
        },
        key=len,
        reverse=True,
    )
)
_PREFIX_LAST = frozenset(prefix[-1] for prefix in _PREFIXES)


def _broken_label(compacts: Sequence[str], i: int) -> int | None:
    """Offset in line ``i`` of a label broken at the line's end, its colon on the next non-empty line (a hard-wrapped
    text: ``…目录。责任单`` / ``位：市大数据局``), else None.

    >>> _broken_label(["1.开展普查，编制目录。责任单", "", "位：市大数据局。"], 0)
    12
    """
    c = compacts[i]
    nxt = next((line for line in compacts[i + 1 : i + 4] if line), "")
    colon = _colon(nxt)
    if colon == -1 or colon > _LABEL_TAIL:
        return None
    at = _line_label(c + nxt[: colon + 1])
    return at if at is not None and at < len(c) else None


def _label_ends_a_name(source: Source, i: int) -> bool:
    r"""True when line ``i`` of a hard-wrapped text, a label and its colon alone (``成员单位：``), is the end of a body's
    name the full line above runs on with: the line above ends no sentence at the margin, its last words are a body's
    name and with the label make one (``静安区…工作推进领导小组`` / ``成员单位：``, the addressee of a notice a narrow
    margin broke: round 78 sweep78, held-out 82 at 20 and 22, whose notice read as a task of the paragraph under it).
    Not a label with its value on its line (``（一）成立区…领导小组`` / ``成员单位：区发改委、…``: a group's make-up), nor one
    under words that are no body's name (a heading ending at the margin, ``…提升算力统筹`` / ``牵头单位：``).

    >>> s = Source.from_text("\n".join(["推进" * 10] * 4 + ["静安区各垃圾分类减量工作推进领导小组", "成员单位：", "推进。"]))
    >>> _label_ends_a_name(s, 5)
    True
    >>> s = Source.from_text("\n".join(["推进" * 10] * 4 + ["静安区各垃圾分类工作领导小组", "成员单位：", "推进。"]))
    >>> _label_ends_a_name(s, 5)  # the line above short of the margin: ended there
    False
    >>> s = Source.from_text("\n".join(["推进" * 10] * 4 + ["（一）推进政务云平台扩容升级提升算力统筹", "牵头单位：", "推进。"]))
    >>> _label_ends_a_name(s, 5)
    False
    >>> s = Source.from_text("\n".join(["推进" * 10] * 4 + ["（一）成立区垃圾分类减量工作推进领导小组", "成员单位：区发改委", "推进。"]))
    >>> _label_ends_a_name(s, 5)
    False
    """
    line = source.compacts[i]
    colon = len(line) - 1
    if colon < 2 or line[-1] not in "：:" or not source.runs_on(i - 1):
        return False
    tail = _VALUE_MARKS.split(source.compacts[i - 1][-_NAME_CUT_REACH:])[-1]
    return bool(tail) and is_unit_name(tail) and is_unit_name(tail + line[:colon])


def _other_field_within(compacts: Sequence[str], j: int) -> bool:
    """Whether line ``j`` is a field of a label the grammar does not know (``督办领导：沈某``, ``工作目标：…``) with a
    label line after it, within a run of label lines: it does not end the run (round 30).

    >>> _other_field_within(["责任单位：县民政局", "工作目标：建成", "", "完成时限：2024年9月底前"], 1)
    True
    >>> _other_field_within(["责任单位：县民政局", "工作目标：建成", "2.建设。"], 1)
    False
    >>> _other_field_within(["责任单位：县民政局", "", "任务二：推进安置房建设", "牵头单位：区更新中心"], 2)
    False
    """
    if not OTHER_FIELD.match(compacts[j]) or ENUMERATED.match(compacts[j]) or _ITEM_NAMED.match(compacts[j]):
        return False
    for c in compacts[j + 1 : j + _OTHER_FIELDS_AT_MOST * 2]:  # more such lines, the empty lines between them
        if c and LABEL.match(c):
            return True
        if c and (not OTHER_FIELD.match(c) or ENUMERATED.match(c) or _ITEM_NAMED.match(c)):
            return False
    return False


# a name with the item's number in Chinese numerals before the colon (任务二：…, 事项三：…, 第二项：…, round 44): the
# next item of a list of blocks, never a field of the run above (任务2：… was no field, its digit no name's)
_ITEM_NAMED = compiled(r"(?:[\u4e00-\u9fff]{1,6}?[一二三四五六七八九十]{1,3}|第[一二三四五六七八九十]{1,3}项)[:：]")


_OTHER_FIELDS_AT_MOST = 4  # unknown field lines in a row that a label line after them keeps in the run


# a unit's role in brackets opening a line: the role of the name that ends the line above (round 38)
_ROLE_BRACKET = compiled(r"[（(](?:牵头|配合|负责|协办|参与|主办|会办)[)）]")  # round 43: 主办, 会办


def _label_runs(source: Source, spans, numbered: list[int]) -> list[tuple[int, int, frozenset[int]]]:
    """Runs of label lines outside brackets (a run of consecutive label lines is one assignment); the lines that
    open with a list's number before a field's label (``1)牵头单位：…``) are put in ``numbered``."""
    compacts = source.compacts
    wrapped = source.wrap_width is not None  # a hard-wrapped text: a label or its value may go on in the next line
    out = []
    i, n = 0, len(compacts)
    while i < n:
        c = compacts[i]
        at = _line_label(c) if c and ("：" in c or ":" in c) else None
        if at == 0 and wrapped and i > 0 and compacts[i - 1] and _label_ends_a_name(source, i):
            at = None  # 静安区…领导小组 / 成员单位：: the addressee's name the margin broke, no field
        if at is None and c and c.startswith(DEADLINE_LABELS) and _group_leader_line(compacts, i) is not None:
            at = 0  # 组长单位：A / 完成时限：…: a group leader's field with no members' line (round 79 left49)
        if at is None and c and c[0] in _FIELD_NUMBER_FIRST and field_number(c):
            numbered.append(i)
        broken = False  # a label broken at the line's end: its colon on the next line, which goes on with it
        if at is None and c and ((wrapped and source.runs_on(i)) or (c[-1] in _PREFIX_LAST and c.endswith(_PREFIXES))):
            at = _broken_label(compacts, i)
            broken = at is not None
        if at is None:
            i += 1
            continue
        start = source.offset(i) + at
        k = bisect_right(spans, (start, 1 << 62)) - 1
        if k >= 0 and spans[k][0] < start < spans[k][1]:
            i += 1
            continue  # inside a parenthetical: read with it
        # (or a deadline's: 组长单位：A / 完成时限：…, a group with no members' line, round 79 left49)
        members = at == 0 and c.startswith(MEMBERS_LABEL)
        leader = _group_leader_line(compacts, i) if members or (at == 0 and c.startswith(DEADLINE_LABELS)) else None
        if leader is not None:  # 组长单位：A / 成员单位：B: the run opens with the group leader's line (round 78)
            start = source.offset(leader)
        j = i + 1
        open_value = c[-1] in "：:"  # a label with its value on the next line (责任单位： / 县发改局、县财政局)
        last = i  # the last non-empty line of the run
        going_on: set[int] = set()  # lines that go on with the line above (hard-wrapped): no field starts there
        while j < n:
            following = compacts[j]
            if broken and following:  # the rest of the broken label, and its value
                going_on.add(j)
                broken = False
                open_value = following[-1] in "：:"
            elif following and following[0] in _NOTE_FIRST and NOTE_LINE.match(following):
                break  # 注：请各责任单位每月5日前报送进展: a note under the list, never more of it (round 39)
            elif following and LABEL.match(following):
                open_value = following[-1] in "：:"
            elif (
                following
                and (
                    (wrapped and source.runs_on(last))
                    or compacts[last][-1] in "、，,"  # a list broken after its 、
                    or _name_cut(compacts[last], following)  # or inside a name: 区住 / 建局 (round 36)
                    or (following[0] in "（(" and _ROLE_BRACKET.match(following) is not None)  # 单位：A / （牵头）、B
                )
                and ENUMERATED.match(following) is None
            ):
                going_on.add(j)
                open_value = following[-1] in "：:"
            elif members and following and _GROUP_LEADER.match(following) and _colon(following[5:]) == -1:
                open_value = False  # 成员单位：B / 组长单位：A: the leader's line after the members' (round 79 left49)
            elif following and _more_units(compacts, last, j):
                pass  # 配合单位：区住建局 / 各街道办事处 / 完成时限：…: the list goes on in a line of its own
            elif following and _other_field_within(compacts, j):
                # 督办领导：沈某 / 工作目标：… between two label lines: a field the grammar does not know
                open_value = False
            elif following and not (open_value and ENUMERATED.match(following) is None):
                break
            elif following:
                open_value = False
            if following:
                last = j
            j += 1
        while j > i + 1 and not compacts[j - 1]:
            j -= 1
        end = source.line_end_offset(j - 1)
        # each line starts a field, but for one that goes on with the line above; and a label a space sets apart
        # from the value before it (责任人：赵某  联系电话：139…)
        breaks = {source.offset(x) for x in range(i + 1, j) if x not in going_on}
        if leader is not None:
            breaks.add(source.offset(i))
        for x in range(i, j):
            breaks.update(spaced_labels(source.lines[x], compacts[x], source.offset(x)))
        out.append((start, end, frozenset(breaks)))
        i = j
    return out


def _group_leader_line(compacts: Sequence[str], i: int) -> int | None:
    """The line right above line ``i`` (a run of label lines opening with ``成员单位：``), past blank lines, when it is a
    group leader's field alone (``组长单位：A``), else None: a 工作专班's or a 领导小组's unit heading it leads its task,
    its members support (SPEC, round 77's 组长单位 column). 组长单位 is no label of the text's (every label scan would
    try it: column_names), so it is looked for only above a members' label (round 78 left48).

    >>> _group_leader_line(["1.建立机制。", "组长单位：区数据局", "成员单位：区财政局"], 2)
    1
    >>> _group_leader_line(["1.建立机制。组长单位：区数据局", "成员单位：区财政局"], 1) is None  # not a line of its own
    True
    """
    for p in range(i - 1, max(-1, i - 3), -1):
        line = compacts[p]
        if line:
            return p if _GROUP_LEADER.match(line) and _colon(line[5:]) == -1 else None
    return None


MEMBERS_LABEL = "成员单位"
_GROUP_LEADER_LABEL, _LEADS_LABEL = "组长单位", "牵头单位"  # the same length: the run's offsets stay
_GROUP_LEADER = compiled("组长单位[：:].")


# a nested list's number before a task's field (1) 牵头单位：…, （2）配合单位：…, ③完成时限：…, 1. 牵头单位：…): round 59
_LIST_NUMBER = r"(?:(?P<n>\d{1,2})[)）.．、]|[（(](?P<b>\d{1,2})[)）]|(?P<c>[①-⑳]))"
_FIELD_NUMBER = compiled(_LIST_NUMBER + "(?=(?:" + trie_pattern((*UNIT_LABELS, *DEADLINE_LABELS)) + ")[:：])")
_LIST_NUMBER_WRITTEN = compiled(_LIST_NUMBER + r"\s*")  # as a line writes it, spaces after it
_WORK_FIELD = compiled(_LIST_NUMBER + r"(?P<label>[\u4e00-\u9fff]{2,8})[:：]")  # 1.工作内容：… (round 60)
_FIELD_NUMBER_FIRST = frozenset("0123456789（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def field_number(line: str) -> int:
    """The number of a nested list's item that opens a compact ``line`` with a unit or deadline field's label
    (``1)牵头单位：…``, ``（2）配合单位：…``, ``③完成时限：…``), else 0.

    >>> field_number("1)牵头单位：县发改局"), field_number("（2）配合单位：县财政局"), field_number("③完成时限：6月底前")
    (1, 2, 3)
    >>> field_number("1.推进改造（县住建局负责）"), field_number("（一）牵头单位：县发改局"), field_number("1)推进")
    (0, 0, 0)
    """
    m = _FIELD_NUMBER.match(line)
    return 0 if m is None else _list_number(m)


def _list_number(m: re.Match[str]) -> int:
    """The number a match of ``_LIST_NUMBER`` writes (``1)``, ``（2）``, ``③``)."""
    return int(m["n"] or m["b"]) if m["c"] is None else ord(m["c"]) - ord("①") + 1


def numbered_field_lists(candidates: Sequence[int], source: Source | None) -> tuple[int, ...]:
    """Those of the ``candidates`` (lines opening with a number before a field's label, in order) that make a
    task's fields as a nested ordered list: two lines or more one after the other (blank lines between them
    allowed), numbered from one up (``1)`` / ``2)`` / ``3)``), or on from the work's own fields numbered before
    them (``1. 工作内容：…`` / ``2. 牵头单位：…``: ``_work_fields_before``, whose lines are given too); a lone numbered
    field is left as it is.

    >>> s = Source.from_text("1.组建专班\\n 1) 牵头单位：甲局\\n\\n 2) 配合单位：乙局\\n2.评估\\n 2) 牵头单位：丙局")
    >>> numbered_field_lists([1, 3, 5], s)
    (1, 3)
    >>> s = Source.from_text("（一）组建专班\\n 1. 工作内容：组建。\\n 2. 牵头单位：甲局\\n 3. 完成时限：6月底前")
    >>> numbered_field_lists([2, 3], s)
    (1, 2, 3)
    """
    if not candidates or source is None:
        return ()
    compacts = source.compacts
    out: list[int] = []
    run: list[int] = []
    for i in [*candidates, -1]:
        if (
            run
            and i != -1
            and field_number(compacts[i]) == field_number(compacts[run[-1]]) + 1
            and not any(compacts[run[-1] + 1 : i])
        ):
            run.append(i)
            continue
        if len(run) >= 2:
            out.extend(run)
        run = [] if i == -1 else [i] if field_number(compacts[i]) == 1 else _work_fields_before(compacts, i)
    return tuple(out)


def _work_fields_before(compacts: Sequence[str], i: int) -> list[int]:
    """The lines of a nested list of a task's fields that open with the work's own (``1. 工作内容：…``,
    ``（1）主要内容：…``), numbered from one, up to line ``i``, a unit or deadline field numbered on from them
    (``2. 牵头单位：…``: round 60), ``i`` last; [] when the lines before ``i`` (blank ones skipped) are no such fields
    (an item of work, ``（1）排查管网。``; a unit's duties, ``1.区教育局：…``; no line numbered one).

    >>> _work_fields_before(["（一）建专班", "1.工作内容：组建。", "", "2.牵头单位：甲局"], 3)
    [1, 3]
    >>> _work_fields_before(["（一）建专班", "（1）排查管网。", "（2）牵头单位：甲局"], 2)
    []

    A work field whose value is not on its line but on the lines after it, each a point numbered in another style
    (``1.工作内容：`` / ``（1）走访企业；`` / ``（2）举办招聘会。`` / ``2.牵头单位：…``), or whose value goes on in lines
    with no number (``1.工作内容：走访企业，`` / ``募集岗位。``), has those lines too (round 61):

    >>> _work_fields_before(["（一）建专班", "1.工作内容：", "（1）组建。", "（2）运行。", "2.牵头单位：甲局"], 4)
    [1, 2, 3, 4]
    >>> _work_fields_before(["（一）建专班", "1.工作内容：组建，", "并运行。", "2.牵头单位：甲局"], 3)
    [1, 2, 3]
    >>> _work_fields_before(["（一）建专班", "1.工作内容：组建。", "（1）运行。", "2.牵头单位：甲局"], 3)
    []
    """
    opening: list[int] = []
    style = _number_style(_FIELD_NUMBER.match(compacts[i]))
    j = i
    for number in range(field_number(compacts[i]) - 1, 0, -1):
        points: list[int] = []
        numbered = False  # a point numbered in another style among them
        j -= 1
        while True:
            c = compacts[j] if j >= 0 else None
            if c is None or len(points) > _POINTS_AT_MOST:
                return []
            if not c:
                j -= 1
                continue
            otherwise = _numbered_otherwise(c, style)
            if not otherwise and _WORK_FIELD.match(c) is not None:
                break  # numbered as the fields are, a label and a colon: the work's field
            if not otherwise and (_LIST_NUMBER_WRITTEN.match(c) is not None or ENUMERATED.match(c) is not None):
                return []  # numbered as the fields are with no label (an item of work), or a heading
            numbered = numbered or otherwise
            points.append(j)
            j -= 1
        m = _WORK_FIELD.match(compacts[j])
        if _list_number(m) != number or is_unit_name(m["label"]):
            return []
        if numbered and compacts[j][m.end() :]:  # numbered points under a field whose value is on its line
            return []
        opening.extend((*points, j))
    return [*reversed(opening), i] if opening else []


_POINTS_AT_MOST = 8  # lines of a work field's value below its label line


def _number_style(m: re.Match[str]) -> str:
    """How a match of ``_LIST_NUMBER`` is written, its digits left out (``.``, ``（）``, ``①`` for every circled one).

    >>> _number_style(_LIST_NUMBER_WRITTEN.match("1.")), _number_style(_LIST_NUMBER_WRITTEN.match("（12）"))
    ('.', '（）')
    """
    return "①" if m["c"] is not None else m.group(0).strip().translate(_NO_DIGITS)


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _numbered_otherwise(line: str, style: str) -> bool:
    """Whether a compact ``line`` opens with a list's number written in another ``style`` than a field list's (a
    work field's points, ``（1）走访企业；`` under ``1.工作内容：``).

    >>> _numbered_otherwise("（1）走访企业；", "."), _numbered_otherwise("1.走访企业；", "."), _numbered_otherwise("走访", ".")
    (True, False, False)
    """
    m = _LIST_NUMBER_WRITTEN.match(line)
    return m is not None and _number_style(m) != style


def fields_unnumbered(text: str, lines: Sequence[int]) -> str:
    """``text`` with the number of each of ``lines`` (0-based: ``numbered_field_lists``) written as spaces, so that
    a task's fields written as a nested ordered list (``    1) 牵头单位：…``) are the label lines under their item
    that the grammar reads (round 59; before, the item named no unit, its fields unread). Each line keeps its place
    (its number, its length).

    >>> fields_unnumbered("1.组建专班\\n    1) 牵头单位：甲局\\n    2) 完成时限：6月底前", [1, 2]).splitlines()[1:]
    ['       牵头单位：甲局', '       完成时限：6月底前']
    """
    written = text.splitlines()
    for i in lines:
        line = written[i]
        start = len(line) - len(line.lstrip())
        m = _LIST_NUMBER_WRITTEN.match(line, start)
        if m is not None:
            written[i] = line[:start] + " " * (m.end() - start) + line[m.end() :]
    return "\n".join(written)


def spaced_labels(written: str, compact: str, offset: int) -> list[int]:
    """The offsets (from ``offset``, where the compact line starts) of the labels that whitespace sets apart from
    what is before them on a line as ``written`` (``分管领导：张某  联系人：李某  电话：0539-7211001``): each starts a
    field, though its compact form runs on from the value before it.

    >>> spaced_labels("责任人：赵某  联系电话：13937112345", "责任人：赵某联系电话：13937112345", 100)
    [106]
    >>> spaced_labels("牵头单位：县发改局", "牵头单位：县发改局", 0)
    []
    """
    pieces = written.split()
    if len(pieces) < 2:
        return []
    out = []
    at = 0
    for k, piece in enumerate(pieces):
        if k and LABEL.match(piece) and compact.startswith(piece, at):
            out.append(offset + at)
        at += len(piece)
    return out

"""Unit names a space sets apart, which compacting the lines joined into one name.

A Word table or a form lists units with spaces between them (``责任科室：平安建设办公室 城市管理办公室``,
``（责任单位：镇派出所 各村（社区）；…）``); every reader works on the compact text, where the list reads as one long
name. ``unit_names.name_run`` splits a run whose names open alike (``市发展改革委市财政局``); a run of names that open
differently is split only where the plan as written has whitespace between the two names, since one name may
hold another (``国家税务总局上海市税务局``). Each name keeps a role written in brackets after it
(``县发改局（牵头）``). A collective splits from the name after it so too (``各乡镇 县财政局``, ``县直有关单位 各乡镇``:
round 77), where that name opens as a body of its own does (``各乡镇 农业服务中心`` is one name).

>>> from reformgraph.loaders.assign import read_parenthetical
>>> line = "（责任单位：镇派出所 各村（社区））"
>>> a = read_parenthetical("责任单位：镇派出所各村（社区）")  # its units' pos: offsets into the parenthetical
>>> apart = SpacedNames([line]).apart(a, CompactText.from_lines([line]), 1)
>>> [(u.name, u.role, u.pos) for u in apart.units]
[('镇派出所', 'responsible', 5), ('各村（社区）', 'responsible', 9)]
>>> SpacedNames([line.replace(" ", "")]).apart(a, CompactText.from_lines([line]), 1) is a
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.roles import Assignment, RoleUnit, replaced
from reformgraph.loaders.unit_names import is_unit_name, opens_like_a_body
from reformgraph.loaders.vocab import split_role
from reformgraph.regexcache import compiled

# where a name may end inside a longer one: the last characters of most bodies' names, and a role's bracket
# (``Source.gap_ends`` keeps the ends of the words before whitespace that end in one of them: ``SpacedNames._written``)
NAME_ENDS = "局委办厅部院室队所站心处科股府团组社馆校园关台协署）)"
_NAME_END = f"[{NAME_ENDS}]"
_END_INSIDE = compiled(_NAME_END)
# the last characters of a collective's name that end no body's (各乡镇, 各街道, 沿河各村, 各县市区, 有关部门,
# 县直有关单位): a cut after one parts two names only where the name before it is a collective (round 77)
COLLECTIVE_ENDS = "镇乡村道区门位"
_COLLECTIVE_END = compiled(f"[{COLLECTIVE_ENDS}]")
_COLLECTIVE = compiled("各|有关|相关")  # a collective's word, opening its name or inside it (县直有关单位, 沿河各村)
# a level's name alone, which shares the 各 before it (各区 县级市 as 各区、县级市: one collective, round 63)
_LEVEL = compiled("县级市|[省市区县州盟旗镇乡村]|街道|乡镇|社区|县市区|市县|旗县")
_SHORTEST_SPLIT = 7  # characters: two names of three or more, and room for a third to be looked for


def may_hold_two(name: str) -> bool:
    """Whether ``name`` is long enough to be two names and has a place one could end inside it (``_cuts``): else
    ``SpacedNames.apart`` leaves a unit of this name as it is, whatever its line.

    >>> may_hold_two("镇派出所各村（社区）"), may_hold_two("市规划自然资源局"), may_hold_two("市财政局")
    (True, False, False)
    >>> may_hold_two("各乡镇县直有关单位"), may_hold_two("县直有关单位各乡镇"), may_hold_two("各乡镇县城管局")
    (True, True, True)
    >>> may_hold_two("各镇各村"), may_hold_two("各乡镇各村"), may_hold_two("各镇村")
    (True, True, False)
    """
    if len(name) < _SHORTEST_SPLIT:
        return name[:1] == "各" and _TWO_EACH.fullmatch(name) is not None
    return _END_INSIDE.search(name, 2, len(name) - 2) is not None or bool(_collective_cuts(name))


# two short collectives written together (各镇各村, 各乡镇各村): a name too short to be looked at otherwise, whose
# second 各 may follow a space (round 78 left48: ``各镇 各村``, as ``各镇、各村``)
_TWO_EACH = compiled(f"各[^各]{{0,2}}[{COLLECTIVE_ENDS}]各.{{1,2}}")


class SpacedNames:
    """A plan's lines as written (``lines``), to split the unit names a space sets apart on them; where each long
    name could split is worked out once a document (``_cuts``). ``ends``: the three last characters of each word of
    ``lines`` that whitespace follows and ends in one of ``NAME_ENDS`` (``Source.gap_ends``), when known: a name none
    of whose cuts follows such an end needs no look at its line (``_written``). ``full``: whether a 0-based line of
    ``lines`` fills a hard-wrapped text's line (``Source.is_full``), when known: its break is the page's margin, no
    space between two names (``_as_written``)."""

    def __init__(
        self, lines: Sequence[str], ends: frozenset[str] | None = None, full: Callable[[int], bool] | None = None
    ):
        self.lines = lines
        self.ends = ends
        self.full = full
        self._cuts: dict[str, list[int]] = {}
        self._gaps: dict[str, frozenset[tuple[str, str]]] = {}

    def cuts(self, name: str) -> list[int]:
        """``_cuts`` of ``name``, once; none for a name too short to be two."""
        if len(name) < _SHORTEST_SPLIT and not may_hold_two(name):
            return []
        found = self._cuts.get(name)
        if found is None:
            found = self._cuts[name] = _cuts(name)
        return found

    def gaps(self, written: str) -> frozenset[tuple[str, str]]:
        """``_gaps`` of a line as written, once a document: many names on one line (a hostile line of thousands)
        look at its gaps once. Kept by the document's reader, not across documents: a parse of a text costs
        the same the first time and the tenth (a cache across calls made the benchmark's repeated parses cheaper)."""
        found = self._gaps.get(written)
        if found is None:
            found = self._gaps[written] = _gaps(written)
        return found

    def apart(self, assignment: Assignment, source: CompactText | None, base: int) -> Assignment:
        """``assignment`` with each unit whose name is names a space sets apart on its line as written replaced
        by those names, each with its own offset and the role written after it (else the unit's); the same
        assignment when there is none. A unit's ``pos`` is its offset into ``source`` from ``base`` (its line
        number when ``source`` is None, as in a table's row).
        """
        units = assignment[0]  # (its units, each unit's fields: by index, named or plain as the index hands them)
        if not any([(len(u[0]) >= _SHORTEST_SPLIT or u[0][:1] == "各") and self.cuts(u[0]) for u in units]):
            return assignment  # the usual assignment: no name that could be two
        out: list[RoleUnit] = []
        for u in units:
            name, own_role, pos, _, implied = u
            cuts = self.cuts(name)
            if not cuts:
                out.append(u)  # a name with no place to be two: its line as written not looked at
                continue
            as_written = self._written(name, cuts, pos, source, base)
            gaps = self.gaps(as_written)
            # no gap in its line (most lines): no cut is spaced, and ``_pieces`` would keep the name whole
            pieces = _pieces(name, cuts, as_written, gaps) if gaps else [(0, name)]
            if len(pieces) == 1:
                out.append(u)
                continue
            for at, piece in pieces:
                bare, role = split_role(piece)
                out.append(RoleUnit(bare, role or own_role, pos + (at if source is not None else 0), None, implied))
        return replaced(assignment, units=tuple(out)) if len(out) > len(units) else assignment

    def kept_whole(self, held: Sequence[tuple[str, int]], source: CompactText | None, base: int) -> bool:
        """Whether ``apart`` keeps every unit of ``held`` (its name, its ``pos``) whole: none is names a space sets
        apart on its line as written. ``apart`` of an assignment whose other units have no place to be two (no
        ``cuts``) is the assignment itself exactly when this holds; only ``held``'s lines are looked at.

        >>> line = "（责任单位：镇派出所 各村（社区））"
        >>> names = SpacedNames([line])
        >>> names.kept_whole([("镇派出所各村（社区）", 6)], CompactText.from_lines([line]), 0)
        False
        >>> SpacedNames([line.replace(" ", "")]).kept_whole([("镇派出所各村（社区）", 6)], None, 0)
        True
        """
        for name, pos in held:
            if not (cuts := self.cuts(name)):
                continue  # (no place to be two: its line not looked at)
            written = self._written(name, cuts, pos, source, base)
            gaps = self.gaps(written)
            if gaps and len(_pieces(name, cuts, written, gaps)) > 1:
                return False
        return True

    def _written(self, name: str, cuts: Sequence[int], pos: int, source: CompactText | None, base: int) -> str:
        """``_as_written`` of the line of ``name`` (its ``pos`` as ``apart`` takes it), or "" (no gap: the name kept
        whole) when none of its ``cuts`` follows the end of a word before whitespace (``ends``: the three characters
        before a cut, which ``_pieces`` looks for before a gap, end in one of ``NAME_ENDS``) and its compact line is
        longer than ``_SHORT_LINE`` (so is its line as written, which is then read without the next one, whose break
        is no whitespace ``ends`` knows of). Cutting a line as written cost about 18 k instructions (``WrittenLines``);
        33 of the bundled plan's 47 lines were these (session 49).

        >>> from reformgraph.loaders.source import Source
        >>> line = "（牵头单位：市政府口岸物流办；配合单位：重庆海关、重庆边检总站；完成时限：2022年5月）"
        >>> source = Source.from_text(line + "\\n市财政局 市税务局")
        >>> SpacedNames(source.lines, source.gap_ends)._written("市政府口岸物流办", [3], 6, source.text, 0)
        ''
        >>> SpacedNames(source.lines)._written("市政府口岸物流办", [3], 6, source.text, 0) == line
        True
        """
        ends = self.ends
        if source is None:
            return _as_written(self.lines, pos, self.full)
        if ends is None:
            return _as_written(self.lines, source.line_at(pos + base), self.full)
        line, start, end = source.line_span(pos + base)
        if end - start > _SHORT_LINE and not any([name[cut - 3 : cut] in ends for cut in cuts]):
            return ""
        return _as_written(self.lines, line, self.full)


_SHORT_LINE = 24  # characters: a label line this short ends where its writer ended it, not at a page's margin


def _as_written(written: Sequence[str], line: int, full: Callable[[int], bool] | None = None) -> str:
    """Line ``line`` (1-based) of ``written``, and the next one after a line break when the line is short: a list
    may go on in a line of its own (``配合单位：区住建局`` / ``各街道办事处``); a hard-wrapped line (a PDF's) is full,
    however few its characters (``full``, when known: a PDF's text of a narrow column or a large font breaks its
    lines at 24 characters or fewer, ``…（牵头部门：市交通委`` / ``科技信息处、…``, one name the margin cut: round 72).

    >>> _as_written(["配合单位：区住建局", "各街道办事处"], 1)
    '配合单位：区住建局\\n各街道办事处'
    >>> _as_written(["指导规范使用岸电。（牵头部门：市交通委", "科技信息处、港务监管处）"], 1, lambda i: True)
    '指导规范使用岸电。（牵头部门：市交通委'
    """
    if not 0 < line <= len(written):
        return ""
    own = written[line - 1]
    if line < len(written) and len(own.strip()) <= _SHORT_LINE and not (full is not None and full(line - 1)):
        return f"{own}\n{written[line]}"
    return own


def _cuts(name: str) -> list[int]:
    """Where ``name`` could be two names: after a character a name ends with, two characters in at least.

    >>> _cuts("镇派出所各村（社区）"), _cuts("市规划自然资源局"), _cuts("县发改局（牵头）县财政局")
    ([4, 6, 8], [], [4, 8])
    >>> _cuts("各乡镇县财政局县气象局")  # after a collective's last character too (round 77)
    [3, 7]
    """
    cuts = [m.end() for m in _END_INSIDE.finditer(name, 2, len(name) - 2)]
    more = _collective_cuts(name)
    return sorted({*cuts, *more}) if more else cuts


def spaced_collectives(ends: frozenset[str] | None) -> bool:
    """Whether a plan whose words before whitespace end so (``Source.gap_ends``; None: not known) may write a
    collective then a space then a name (``各乡镇 县财政局``): some word before whitespace ends as a collective does,
    after 各, 有关 or 相关 or a level's character (``各乡镇``, ``关单位``, ``县市区``). A plan with none (most: the
    bundled plan's one such word is ``换渠道``) asks no name of its units for a cut after a collective (round 77).

    >>> spaced_collectives(frozenset({"各乡镇", "财政局"})), spaced_collectives(frozenset({"换渠道", "财政局"}))
    (True, False)
    >>> spaced_collectives(frozenset({"县市区"})), spaced_collectives(None)
    (True, True)
    """
    return ends is None or any(
        [
            e[-1] in COLLECTIVE_ENDS
            and ("各" in e or "关" in e or e[-2:-1] in _LEVEL_CHARACTERS or e[-2:] in _LEVEL_TAILS or e[0] == "直")
            for e in ends
        ]
    )


_LEVEL_CHARACTERS = frozenset("省市区县州盟旗镇乡")  # a level's character before a collective's last (县市区, 乡镇)
# round 78 left48: and a level's word of two characters and more, whose 各 stands further back (各嘎查村, 各行政村,
# 各自然村), or a level's own bodies (县直单位, 旗直部门: 直 three characters from the end)
_LEVEL_TAILS = frozenset(("查村", "政村", "然村"))


def _collective_cuts(name: str) -> list[int]:
    """Where ``name`` could be two names after a collective (``各乡镇`` / ``县财政局``): after each of
    ``COLLECTIVE_ENDS`` from a collective's word (各, 有关, 相关) on, two characters in at least and two before the
    end; none in a name with no such word (most names).

    >>> _collective_cuts("有关部门各乡镇人民政府"), _collective_cuts("县住房和城乡建设局")
    ([4, 6, 7], [])
    """
    word = _COLLECTIVE.search(name)
    if word is None:
        return []
    if len(name) < _SHORTEST_SPLIT:  # 各镇各村: before the second 各 (``_TWO_EACH``)
        return [name.find("各", 2)] if may_hold_two(name) else []
    cuts = [m.end() for m in _COLLECTIVE_END.finditer(name, max(2, word.end()), len(name) - 2)]
    if 2 <= word.start() <= len(name) - 2 and word.group() == "各" and name[word.start() - 1] in COLLECTIVE_ENDS:
        cuts.insert(0, word.start())  # 县直单位 / 各嘎查村: a level's own bodies before the 各 (round 78 left48)
    return cuts


def _pieces(
    name: str, cuts: Sequence[int], written: str, gaps: frozenset[tuple[str, str]] | None = None
) -> list[tuple[int, str]]:
    """(offset, name) of the names ``name`` is, split at those of ``cuts`` where the line ``written`` has
    whitespace between two unit names (the whitespace looked for first: most lines have none there).

    >>> _pieces("食品生产科食品流通科餐饮服务科", [5, 10], "责任科室：食品生产科 食品流通科　餐饮服务科")
    [(0, '食品生产科'), (5, '食品流通科'), (10, '餐饮服务科')]
    >>> _pieces("国家税务总局上海市税务局", [6], "（国家税务总局上海市税务局负责）")
    [(0, '国家税务总局上海市税务局')]
    >>> _pieces("推进工作站市财政局", [5], "推进工作站 市财政局")  # no name before the space
    [(0, '推进工作站市财政局')]
    >>> _pieces("各乡镇县直有关单位", [2, 3, 7], "配合单位：各乡镇 县直有关单位")  # a collective (round 77)
    [(0, '各乡镇'), (3, '县直有关单位')]
    >>> _pieces("浦东新区市场监管局", [4], "浦东新区 市场监管局"), _pieces("各区县级市", [2], "各区 县级市")
    ([(0, '浦东新区市场监管局')], [(0, '各区县级市')])
    """
    out: list[tuple[int, str]] = []
    start = 0
    gaps = _gaps(written) if gaps is None else gaps
    for cut in cuts:
        if (
            cut - start >= 2
            and _spaced(gaps, name[max(start, cut - 3) : cut], name[cut : cut + 3])
            and is_unit_name(split_role(name[start:cut])[0])
            and is_unit_name(first := _first_name(name[cut:]))
            and (name[cut - 1] not in COLLECTIVE_ENDS or _after_a_collective(name[start:cut], first))
        ):
            out.append((start, name[start:cut]))
            start = cut
    out.append((start, name[start:]))
    return out


def _after_a_collective(left: str, right: str) -> bool:
    """Whether a cut after a collective's last character (``COLLECTIVE_ENDS``) parts ``left`` from the name
    ``right``: ``left`` is a collective (各乡镇, 有关部门, 县直有关单位) and ``right`` opens as a body of its own does
    (its place or level, or 有关/相关: ``unit_names.opens_like_a_body``), no level's name alone, which shares the 各
    (``各区 县级市``, one collective as ``各区、县级市``). A place's name before a body's (浦东新区 / 市场监管局) is no
    collective; a body each member of the collective has (各乡镇 / 农业服务中心, 相关街镇 / 派出所) or the rest of
    its name (有关部门 / 和单位) opens with no place: one name, as a line's justified spaces may write it.

    >>> _after_a_collective("各乡镇", "县财政局"), _after_a_collective("浦东新区", "市场监管局")
    (True, False)
    >>> _after_a_collective("各区", "县级市"), _after_a_collective("各乡镇", "农业服务中心")
    (False, False)
    """
    return (
        (_COLLECTIVE.search(left) is not None or _LEVELS_OWN.match(left) is not None)
        and (opens_like_a_body(right) or right.startswith(("有关", "相关")))
        and _LEVEL.fullmatch(right) is None
    )


# the bodies a level owns written as a collective (县直单位, 市直各部门, 旗直有关部门): round 78 left48
_LEVELS_OWN = compiled("[省市区县州盟旗镇乡]直(?:各|有关|相关)?(?:单位|部门|机关)$")


def _spaced(gaps: frozenset[tuple[str, str]], left: str, right: str) -> bool:
    """True when the line whose ``_gaps`` are ``gaps`` holds ``left``, whitespace (at most 8 characters of it), then
    ``right``.

    >>> _spaced(_gaps("甲局  乙局"), "甲局", "乙局"), _spaced(_gaps("甲局乙局"), "甲局", "乙局")
    (True, False)
    """
    return (left, right) in gaps if len(left) <= _GAP_SIDE and len(right) <= _GAP_SIDE else False


_GAP_SIDE = 3  # characters each side of a gap that ``_pieces`` compares
# a run of whitespace after a character a name may end with: only such a gap can stand at a cut (``_cuts``: each
# cut follows one), so the others are not looked at (session 45: the pairs of every gap of the bundled plan's lines
# cost its finalize about 1 M instructions)
_GAP = compiled(f"(?<=[{NAME_ENDS}{COLLECTIVE_ENDS}])\\s+")


_NO_GAPS: frozenset[tuple[str, str]] = frozenset()


def _gaps(written: str) -> frozenset[tuple[str, str]]:
    """The (before, after) pairs of up to 3 characters each side of every run of at most 8 whitespace characters
    of ``written`` after a character a name may end with (``_cuts``: the others stand at no cut), made once per line (``SpacedNames.gaps``): each cut of a name is then one look-up. A search of the line for the
    words before each cut cost the name's length times the line's (7.5 s for a line of 10,000 nested brackets,
    round 43).

    >>> sorted(_gaps("甲局 乙")), _gaps(" 甲局乙局 "), _gaps(""), _gaps("甲方 乙局")
    ([('局', '乙'), ('甲局', '乙')], frozenset(), frozenset(), frozenset())
    """
    if len(written.split(None, 1)) < 2:  # no whitespace between two words (most lines): no gap, one C scan
        return _NO_GAPS
    pairs = set()
    for m in _GAP.finditer(written):
        a, b = m.span()
        if b - a > 8:
            continue
        for i in range(1, min(_GAP_SIDE, a) + 1):
            for j in range(1, min(_GAP_SIDE, len(written) - b) + 1):
                pairs.add((written[a - i : a], written[b : b + j]))
    return frozenset(pairs)


def _first_name(text: str) -> str:
    """The first name of a run (up to where another name could start), for ``is_unit_name``: the run itself when
    it reads as a name, else its shortest prefix that does."""
    if is_unit_name(text):
        return text
    for m in _END_INSIDE.finditer(text, 1):
        if is_unit_name(text[: m.end()]):
            return text[: m.end()]
    return text

"""One assignment: who leads, who supports, and the deadline field, from any way of writing it.

An assignment is the inside of a parenthetical, a label field on its own line, a table's
unit cells, or roles written in prose (loaders/prose.py). All of them go through
``read_units`` (one unit-list grammar) and ``resolve`` (one set of role rules).

Unit lists split on ``、，,/`` outside brackets, on ``等和`` and on ``和`` between two
whole unit names (not inside ``中央和国家机关工委`` or ``各有关部门和单位``). A role verb
after a run of units gives every unit of the run its role (``A、B牵头，C配合``).

>>> a = read_parenthetical("税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同")
>>> [(u.name, u.role) for u in a.units], a.first_listed
([('税务总局', 'responsible'), ('财政部', 'responsible'), ('海关总署', 'responsible')], True)
>>> [[u.name for u in side] for side in resolve(a, first_listed=True)]
[['税务总局'], ['财政部', '海关总署']]
>>> b = read_parenthetical("国家发展改革委、财政部会同有关部门负责")
>>> [[u.name for u in side] for side in resolve(b, first_listed=True)]
[['国家发展改革委', '财政部'], ['有关部门']]
>>> c = read_parenthetical("牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、区经委")
>>> [[u.name for u in side] for side in resolve(c)]
[['经济技术开发区', '九里亭街道'], ['区规划资源局', '区经委']]
>>> read_parenthetical("地、州、盟") is None, read_parenthetical("以下简称“市级平台”") is None
(True, True)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from itertools import starmap
from operator import attrgetter, sub
from typing import NamedTuple

from reformgraph.districts import PLACE_ENDS
from reformgraph.loaders.deadlines import POINT_PERIODS, parse_deadline, year_of_its_object
from reformgraph.loaders.people import a_person_listed, names_a_person, person_after_unit
from reformgraph.loaders.scan import find_outside, split_outside
from reformgraph.loaders.unit_names import (
    GENERIC_NOUNS,
    ORGANISATION_KINDS,
    UNIT_LAST_CHARACTERS,
    has_unit_ending,
    is_collective,
    is_unit_name,
    names_a_post,
)
from reformgraph.loaders.vocab import (
    ADJUSTED_DEADLINE_LABELS,
    CARRIED_UNIT,
    CONVENTION_LEAD_IN,
    CONVENTION_WORDS,
    DOER_LABELS,
    FIRST_LISTED_LEADS,
    LABEL,
    LABEL_ROLES,
    LEADER_LEVELS,
    OFFICE_OR_PERSON_LABELS,
    PEOPLE_ROLES,
    PERSON_ENDS,
    ROLE_CLOSERS,
    ROLE_LAST,
    UNIT_MARKS,
    WITH,
    lone_role,
    row_reports_done,
    split_duty,
    split_guided,
    split_role,
)
from reformgraph.regexcache import compiled
from reformgraph.unit_forms import short_form

_FIELD_START = "；;，,。（( "  # a label starts a field at the start or after one of these
_CLAUSE = "。；;"
_ITEM = "、，,/"
# a note's mark after a unit's name, between it and its role verb (县审计局[1]配合, 县审计局①配合, 县财政局【2】): round 47;
# the raised digits are stripped as punctuation is (``_STRIP``)
_NOTE_AFTER_NAME = compiled(r"(?:\[\d{1,2}\]|【\d{1,2}】|[\u2460-\u2473])$")
_NOTE_LAST = frozenset("]】" + "".join(chr(c) for c in range(0x2460, 0x2474)))


def without_note_mark(name: str) -> str:
    """``name`` without the note's mark written after it, when what is left is a unit's name (round 47).

    >>> without_note_mark("县审计局[1]"), without_note_mark("县审计局①"), without_note_mark("附件[1]")
    ('县审计局', '县审计局', '附件[1]')
    """
    note = _NOTE_AFTER_NAME.search(name) if name[-1:] in _NOTE_LAST else None
    return name[: note.start()] if note is not None and is_unit_name(name[: note.start()]) else name


# what a unit's name is stripped of: spaces and punctuation, and a note's mark in superscript digits (县财政局¹, a
# footnote's mark copied from a Word file or a page as text: round 46)
_STRIP = " 。.：:；;，,\t¹²³⁰⁴⁵⁶⁷⁸⁹"
_CLAUSE_MARK = compiled("[。；;]")
# a comma before a deadline written after the units in the same clause ends the units' clause:
# ``A牵头，B配合，2024年6月底前完成``, ``A负责，持续推进``, ``…，于2023年底前完成``; round 43: a schedule that
# opens with how the work runs (``A、B，分阶段推进，2025年底前完成50%…``, ``…，分年度实施``, ``A、B，即日起至2025年12月``)
# (its periods: ``deadlines.POINT_PERIODS``, and 每个月, round 50)
_DEADLINE_COMMA = compiled(
    r"[，,](?=(?:力争|确保|争取)?(?:于|在|到|至|截至|自|从)?(?:\d{4}|\d{1,2}月|持续|长期|常态|每(?:个月|"
    + "|".join(POINT_PERIODS)
    + r")"
    r"|(?:今|明|本|当)?年(?:底|内|末)|(?:今|明|本|当)年|上半年|下半年|第?[一二三四]季度"
    r"|即日起|分(?:阶段|步|年度|批)(?:推进|实施|完成)))"
)
_ITEM_MARK = compiled("[、，,/]")


class RoleUnit(NamedTuple):
    """A unit name as written with the role its list gives it (None: the field's or the default role).

    ``written`` is the list item it came from when that differs (``商务部等有关部门`` gives
    ``商务部`` and, ``implied``, the collective ``有关部门`` that closes the open list).
    """

    name: str
    role: str | None
    pos: int  # offset of the name in the text read (a line number once the layout has placed it)
    written: str | None = None
    implied: bool = False

    def with_role(self, role: str | None) -> RoleUnit:
        return RoleUnit(self.name, role, self.pos, self.written, self.implied)


class Assignment(NamedTuple):
    """What one assignment says, before the document's conventions are applied.

    Intermediate records of the grammar are named tuples: immutable, and made in a fraction of
    the time of a frozen dataclass (thousands are made for one document).
    """

    units: tuple[RoleUnit, ...]
    deadline: str | None = None  # a deadline field, or unlabelled deadline text after the units
    labelled: bool = False
    anchor: int = 0  # offset of the first label (or first unit): the task's line
    first_listed: bool = False  # states "the first-listed unit leads"
    carried: tuple[str, ...] = ()  # states units carried into every later task (以下均需…落实)
    label_roles: tuple[str, ...] = ()  # the roles of the labels written (lead, responsible, support, deadline …)
    people: tuple[tuple[str, str, int], ...] = ()  # person and phone fields: (label, value, offset of the value)


# Thousands of these tuples are made for one document: ``_new(RoleUnit, fields)`` (``tuple.__new__``) takes
# every field in order (a tuple of exactly the fields) and skips the constructor's keyword handling and
# ``_make``'s Python frame (0.2 µs instead of 0.8); called directly, not through a ``functools.partial``.
_new = tuple.__new__

# ---- unit lists -------------------------------------------------------------------------------------


_AND = compiled("[和及与]")  # round 40: 与 too (区卫生健康局与各街道办事处, 团县委与县妇联)


def _split_and(name: str) -> list[tuple[str, int]]:
    """Split ``A和B``/``A及B`` (and ``A等和B``) when both sides are whole unit names; (piece, offset) pairs.

    >>> [p for p, _ in _split_and("各省、自治区、直辖市和新疆生产建设兵团自然资源主管部门")]
    ['各省、自治区、直辖市和新疆生产建设兵团自然资源主管部门']
    >>> [p for p, _ in _split_and("市财政局和各区政府")], [p for p, _ in _split_and("团县委与县妇联")]
    (['市财政局', '各区政府'], ['团县委', '县妇联'])
    >>> [p for p, _ in _split_and("区住房城乡建设委以及区市场监管局")]
    ['区住房城乡建设委', '区市场监管局']
    """
    out: list[tuple[str, int]] = []
    start = 0
    found = _AND.search(name)
    pos = found.start() if found else -1
    while pos != -1:
        # 以及 joins two names as 及 does (A、B以及C: round 44); its 以 is no part of the name before it
        cut = pos - 1 if name[pos] == "及" and pos - 1 > start and name[pos - 1] == "以" else pos
        left = name[start:cut]
        if left.endswith("等"):
            out.append((left[:-1], start))  # A等和B: A's open list, then B
            start = pos + 1
        elif name.startswith(_TIERS, pos + 1) and _opens_with_level(name[pos + 1 :]) and _EACH_LEVEL.fullmatch(left):
            pass  # 各省、自治区、直辖市和新疆生产建设兵团…主管部门: the tier is one more level of the collective (round 40)
        elif (
            len(left) >= 3
            and is_unit_name(left)
            and (has_unit_ending(left) or name[pos + 1 : pos + 2] == left[0])  # not 市教育和体育局 (round 38)
            and (name[pos] != "与" or _opens_a_partner(name[pos + 1 :], left))
            and not _inside_a_bureau_name(left, name[pos + 1 :])
            and _whole_unit_after(name[pos + 1 :])
        ):
            out.append((left, start))
            start = pos + 1
        found = _AND.search(name, pos + 1)
        pos = found.start() if found else -1
    out.append((name[start:], start))
    return out


def _inside_a_bureau_name(left: str, right: str) -> bool:
    """Whether a 和 between ``left`` and ``right`` is inside the name of a ministry's 司 (``国有林场和种苗管理司``,
    ``国家林业和草原局国有林场和种苗管理司``: round 41; before, 国有林场 and 种苗管理司, as 林场 ends a name): the words
    after it end the piece with 司 and open with no level or body of their own, and the words before it name no 司.

    >>> _inside_a_bureau_name("国有林场", "种苗管理司"), _inside_a_bureau_name("人事司", "国有林场和种苗管理司")
    (True, False)
    >>> _inside_a_bureau_name("区林业局林场", "市园林司"), _inside_a_bureau_name("国有林场", "种苗管理司负责")
    (False, True)
    """
    if left[-1] == "司" or "司" not in right or right[:1] in _PARTNER_OPENINGS:
        return False  # (most lists: no 司 after the 和)
    return split_role(right)[0][-1:] == "司" and not right.startswith(("国家", "中央", "国务院"))


def _opens_a_partner(right: str, left: str) -> bool:
    """Whether the text after a 与 opens as a body of its own does: with a level or a collective (县妇联, 各街道办事处)
    or as the name before it opens. 与 also joins the words of one name (``市政府与社会资本合作中心``, the PPP centre:
    round 41; before, 市政府 and 社会资本合作中心), where the words after it open with no level.

    >>> _opens_a_partner("县妇联", "团县委"), _opens_a_partner("各街道办事处", "区卫生健康局")
    (True, True)
    >>> _opens_a_partner("社会资本合作中心", "市政府")
    False
    """
    return right[:1] in _PARTNER_OPENINGS or right[:1] == left[:1]


_PARTNER_OPENINGS = frozenset("省市县区乡镇街村州旗各有相")  # how a body's name after 与 opens: a level, 各, 有关/相关


def _whole_unit_after(right: str) -> bool:
    """Whether the text after a 和 opens with a whole unit name (not a generic noun such as 有关部门).

    Only asked once the text before the 和 is a unit name: the role split of everything after each 和 of a long
    hostile clause (和的和的…) made it quadratic.
    """
    right_head, _ = split_role(right)
    if right_head in GENERIC_NOUNS:
        return False
    # the first name may hold a 和 of its own (市住房和城乡建设局和市自然资源和规划局: round 40): up to its second 和
    return any(is_unit_name(head) for head in _name_heads(right_head))


def _name_heads(text: str, most: int = 3) -> list[str]:
    """How ``text`` opens up to each of its first ``most`` 和/及/与, and whole: the names it may open with.

    >>> _name_heads("市自然资源和规划局和市财政局")
    ['市自然资源', '市自然资源和规划局', '市自然资源和规划局和市财政局']
    """
    heads = []
    for found in _AND.finditer(text):
        if len(heads) == most - 1:
            break
        heads.append(text[: found.start()])
    heads.append(text)
    return heads


_TYPE_TAIL = compiled(r"(?:部门|单位|机构)$")


def _open_list(name: str) -> tuple[str, str | None]:
    """``A等`` → (A, None); ``A等有关部门`` → (A, 有关部门); otherwise (name, None) and no 等 to split.

    A tail that names the listed bodies' type adds nobody: ``区房管局等建设主管部门`` → (区房管局, None), and
    ``妇联等群团组织`` → (妇联, None) (round 42).

    >>> _open_list("区房管局等建设主管部门"), _open_list("商务部等有关部门"), _open_list("妇联等群团组织")
    (('区房管局', None), ('商务部', '有关部门'), ('妇联', None))
    """
    at = name.rfind("等")
    if at <= 0:
        return name, None
    head, tail = name[:at], name[at + 1 :]
    if not tail or tail in GENERIC_NOUNS or tail in ORGANISATION_KINDS:
        return head, None
    if is_collective(tail) and is_unit_name(head):
        return head, tail
    if _TYPE_TAIL.search(tail) and is_unit_name(head) and is_unit_name(tail):
        return head, None
    return name, None


def read_units(
    text: str, start: int, end: int, *, role: str | None = None, default: str | None = None
) -> list[RoleUnit] | None:
    """The units of one clause ``text[start:end]`` with roles.

    ``X会同Y…``: the units before 会同 lead, those after it support. A role verb gives its
    role to the unmarked units before it; ``role`` is forced on every unit when given, and
    ``default`` is the role of units no verb marks. An open list keeps its head and its
    collective tail: ``商务部等有关部门`` → 商务部, 有关部门.

    >>> [(u.name, u.role) for u in read_units("市工信局、市财政局（共同牵头），市国资委", 0, 20, default="support")]
    [('市工信局', 'lead'), ('市财政局', 'lead'), ('市国资委', 'support')]
    """
    if _NOT_PLAIN_UNITS.search(text, start, end) is None:
        return _plain_units(text, start, end, role, default)
    if text.find(WITH, start, end) != -1:
        with_at = find_outside(text, WITH, start, end)
        if with_at != -1:
            left = read_units(text, start, with_at, role="lead")
            right = read_units(text, with_at + len(WITH), end, role="support")
            if left is None or right is None:
                return None
            return left + right
    names: list[str] = []
    roles: list[str | None] = []
    extra: list[tuple[int, str | None, bool]] = []  # pos, written, implied
    own: dict[int, str] = {}  # unit index → a role in brackets after it (A、B（牵头）: B's alone, not A's)
    pieces = split_outside(text, _ITEM, start, end) if _ITEM_MARK.search(text, start, end) else ((start, end),)
    if len(pieces) > 1 and text.find("“", start, end) != -1:
        pieces = quoted_joined(text, pieces)
    if len(pieces) > 1 and (
        text.find("各", start, end) != -1
        or text.find("关", start, end) != -1
        or (max(starmap(sub, pieces)) >= -3 and _levels_before_body([text[a:b] for a, b in pieces]))
    ):
        pieces = _each_level_spans(text, pieces)
    clause_ends: set[int] = set()  # the units a comma follows (their indexes)
    for a, b in pieces:
        if a > start and text[a - 1] in "，," and names:
            clause_ends.add(len(names) - 1)
        raw = text[a:b]
        piece = raw.strip(_STRIP)
        if not piece:
            continue
        base = a + len(raw) - len(raw.lstrip(_STRIP)) if raw[0] in _STRIP else a
        parts = _split_and(piece) if ("和" in piece or "及" in piece or "与" in piece) else ((piece, 0),)
        for part, offset in parts:
            marked = None
            if part and (part[0] in UNIT_MARKS or part[-1] in UNIT_MARKS):  # ★区住建局、区财政局 / 区财政局★ (round 45)
                part, marked, offset = _unmarked(part, offset)
                if not part:
                    continue
            name, verb_role = split_role(part)
            pending: tuple[str, int] | None = None
            if verb_role is None and names and (alone := lone_role(part)) is not None:
                roles[-1] = roles[-1] or alone  # A、B，按职责分工负责: a role, no unit
                continue
            as_written = None
            if verb_role and part[-1] in ROLE_CLOSERS:  # 〈牵头〉 [牵头] 【牵头】 too (round 42)
                if _JOINT.search(
                    part
                ):  # A、B（共同牵头）: every name of the list it closes, back to a comma (round 35)
                    k = len(names) - 1
                    while k >= 0 and k not in clause_ends and k not in own:
                        own[k] = verb_role
                        k -= 1
                own[len(names)], verb_role = verb_role, None
            elif (
                name[-1:] in "）)"
                and (partner := _PARTNER_BRACKET.search(name)) is not None
                and is_unit_name(partner.group(1))
            ):  # 审计室（驻部纪检监察组协同）: 审计室, and its partner in the brackets (round 38)
                name = name[: partner.start()]
                pending = (partner.group(1), base + offset + partner.start() + 1)
            elif name[-1:] in "）)" and (person := _PERSON_BRACKET.search(name)) and _people_in(person.group(1)):
                name = name[: person.start()]  # 县财政局（李四 138…）: a person is no part of the unit's name
            elif name[-1:] in _NOTE_LAST:
                name = without_note_mark(name)  # 县审计局[1]配合: a note's mark, no part of the name (round 47)
            elif name[-1:] in "（(":  # 县教体局（责任人：郑某）: the person's label cut the field at its bracket
                name = name[:-1]
            elif name and name[-1] not in UNIT_LAST_CHARACTERS and (cut := person_after_unit(name)):
                name = name[:cut]  # 市教育局张某某: the unit, then its contact (round 40)
            elif name[-1:] in "）)" and (short := short_form(name)) is not None:
                as_written, name = name, short[0]  # X（以下简称Y）: X, written so (the graph: Y)
            if name[:1] == "由" and _by_unit(name):  # 由A牵头: the unit is A
                name, offset = name[1:], offset + 1
            if "等" in name:
                head, tail = _open_list(name)
            else:
                head, tail = name, None
            if not head:
                if verb_role and roles and roles[-1] is None:  # a lone role word after the units: "…，负责"
                    roles[-1] = verb_role
                continue
            written = as_written or (name if head != name else None)
            if marked in _MARKED_ROLES:  # the mark's role is the unit's own, as a role in brackets after it
                own[len(names)] = marked
            names.append(head)
            roles.append(verb_role)
            extra.append((base + offset, written, False))
            if pending is not None:  # the partner in its brackets, after it; its role covers it alone
                clause_ends.add(len(names) - 1)
                own[len(names)] = "support"
                names.append(pending[0])
                roles.append("support")
                extra.append((pending[1], None, False))
                pending = None
            if tail:
                names.append(tail)
                roles.append(verb_role)
                extra.append((base + offset + len(head) + 1, written, True))
    covering = _covering_roles(roles, clause_ends)
    for i in range(len(roles)):
        roles[i] = role or own.get(i) or covering[i] or default
    found = [_new(RoleUnit, (n, r, p, w, imp)) for n, r, (p, w, imp) in zip(names, roles, extra)]
    if len(found) > 1 and (
        text.find("府", start, end) != -1 or text.find("委", start, end) != -1 or "处" in text[start:end]
    ):
        return shared_bodies(found)  # (委: 管委会, 党委, 区委; 处: 街道办事处)
    return found


def _unmarked(part: str, offset: int) -> tuple[str, str | None, int]:
    """A unit of a list without the mark set on it (before or after its name), the mark's role (``vocab.UNIT_MARKS``)
    and the unit's offset: a plan's legend (``注：标★的为牵头单位``) marks the lead so in a line of text as in a table's
    cell (round 45; before, the mark stayed in the name and every unit of the list led).

    >>> _unmarked("★市数据局", 3), _unmarked("市财政局▲", 0), _unmarked("☆各街道", 0)
    (('市数据局', 'lead', 4), ('市财政局', 'lead', 0), ('各街道', 'support', 1))
    """
    role = None
    if part[0] in UNIT_MARKS:
        role, part, offset = UNIT_MARKS[part[0]], part[1:], offset + 1
    if part and part[-1] in UNIT_MARKS:
        role, part = role or UNIT_MARKS[part[-1]], part[:-1]
    return part, role, offset


_MARKED_ROLES = ("lead", "support")  # the marks that say a role (√ only says the unit is listed)


# a partner named in the bracket after a unit (审计室（驻部纪检监察组协同）, 办公厅（政策法规司配合）)
_PARTNER_BRACKET = compiled(r"[（(]([^（()）]{2,30}?)(?:协同|配合|协助|参与)[)）]$")


# a bracket that closes a unit's name (县发改局（张三）): a person, or more of the name (市交通委（计划财务处）)
_PERSON_BRACKET = compiled(r"[（(]([^（()）]{2,40})[)）]$")
_CONVENTION_HINT = compiled(r"第一|首位|最前|" + CONVENTION_WORDS.pattern)
# A unit list needs the general reader only with brackets, 会同 or 和/及; a field value also with a
# convention (their first characters: 第 首 最 下 不 以). Most need neither. The patterns are alternations of
# literals (``re`` then skips to their first characters): a 会 of 管委会 is plain.
# a bracket (各县〔市、区〕政府, 各地〈州、市〉卫生健康委: round 42), a join word
# and a mark set on a unit (★区住建局: round 45; literals all, so that ``re`` skips to their first characters)
_NOT_PLAIN_UNITS = compiled(r"（|\(|\)|）|〔|［|\[|〈|【|和|及|与|会同|" + "|".join(UNIT_MARKS))
# and a colon: a field of a label the grammar does not know inside the value (承办部室：/推进时限：), which the general
# reader reads as no unit (round 42: the plain reader had read 推进时限 a unit; met by the random regions' test)
_NOT_PLAIN_VALUE = compiled(r"（|\(|\)|）|〔|［|\[|〈|【|和|及|与|会同|第|首|最|下|不|以|：|:|" + "|".join(UNIT_MARKS))


def _by_unit(piece: str) -> bool:
    """Whether ``piece`` is 由 and a unit name (``由市发展改革委``): the 由 is not part of the name.

    >>> _by_unit("由市发展改革委"), _by_unit("由")
    (True, False)
    """
    return len(piece) > 2 and is_unit_name(piece[1:])


def _plain_units(text: str, start: int, end: int, role: str | None, default: str | None) -> list[RoleUnit]:
    """``read_units`` of a list with no bracket, 会同, 和 or 及: pieces split on ``、，,/``, role verbs, open lists."""
    return _plain_list(text[start:end], start, role, default)


def _plain_list(items: str, at: int, role: str | None, default: str | None) -> list[RoleUnit]:
    """``_plain_units`` of the string ``items``, written at offset ``at``."""
    start = at
    units: list[RoleUnit] = []
    verbs: dict[int, str] = {}  # unit index → the role verb written after it (few lists have one)
    given = role or default  # the role of every unit unless a verb after it says otherwise
    commas = "，" in items or "," in items
    clause_ends: set[int] = set()  # the units a comma follows (their indexes), in a list that has commas
    for raw in _split_items(items):  # every piece, empty ones too: ``at`` follows them
        if commas and units and items[at - start - 1 : at - start] in "，,":
            clause_ends.add(len(units) - 1)
        piece = raw.strip(_STRIP)
        if piece:
            # strip returns the piece itself when there is nothing to strip (most pieces): it starts at ``at``
            place = at if piece is raw else at + len(raw) - len(raw.lstrip(_STRIP))
            verb = None
            if piece[-1] in ROLE_LAST:
                piece, verb = split_role(piece)
                if verb:
                    verbs[len(units)] = verb
                elif units and (alone := lone_role(piece)) is not None:  # A、B，按职责分工负责: a role, no unit
                    verbs.setdefault(len(units) - 1, alone)
                    at += len(raw) + 1
                    continue
            if piece[-1:] in _NOTE_LAST:
                piece = without_note_mark(piece)  # 县审计局①配合: a note's mark, no part of the name (round 47)
            if piece[:1] == "由" and _by_unit(piece):  # 由A牵头: the unit is A
                piece, place = piece[1:], place + 1
            if "等" in piece:  # an open list: its head, and the collective that closes it (商务部等有关部门)
                head, tail = _open_list(piece)
                written = piece if head != piece else None
                units.append(_new(RoleUnit, (head, given, place, written, False)))
                if tail:
                    if verb:
                        verbs[len(units)] = verb
                    units.append(_new(RoleUnit, (tail, given, place + len(head) + 1, written, True)))
            else:
                if piece[-1] not in UNIT_LAST_CHARACTERS and (cut := person_after_unit(piece)):
                    piece = piece[:cut]  # 市教育局张某某: the unit, then its contact (round 40)
                units.append(_new(RoleUnit, (piece, given, place, None, False)))
        at += len(raw) + 1
    if verbs and not role:
        for i, covering in enumerate(_covering_roles([verbs.get(i) for i in range(len(units))], clause_ends)):
            if covering is not None:
                units[i] = units[i].with_role(covering)
    if len(units) > 1 and ("府" in items or "委" in items or "处" in items):  # one character each: a two-character
        # ``in`` costs more (scan.holds)
        units = shared_bodies(units)
    return units


_LEVELS = "区县市镇乡旗"  # the last character of a place's name: its level
_PLACE_LEVELS = frozenset(_LEVELS)  # how a bare place ends (``_BARE_PLACE``'s last character)
_BARE_PLACE = compiled(r"[\u4e00-\u9fff]{1,12}[" + _LEVELS + "]")
# a body several places share, written once after the last (池北区、池西区管委会, 蓉江、东山街道办事处)
_SHARED_ENDS = ("管委会", "管理委员会", "党工委", "党委", "街道办事处", "党委和政府")
_SHARED_BODY = compiled(r"([\u4e00-\u9fff]{2,8}?)(" + "|".join(_SHARED_ENDS) + ")")
_BARE_PLACE_OR_NAME = compiled(r"[\u4e00-\u9fff]{2,8}")
# a place's organ, then another organ of the same place written with its level alone (汉滨区委、区政府)
_PLACE_ORGAN = compiled(r"([\u4e00-\u9fff]{2,8}([区县市镇乡]))(?:委|人民政府|政府)")
_BARE_ORGAN = compiled(r"([区县市镇乡])(?:委|人民政府|政府)")
_PLACE_BODY = compiled(
    r"[\u4e00-\u9fff]{1,8}([" + _LEVELS + r"])((?:人民)?政府|管委会|管理委员会|党工委|党委(?:和政府)?)"
)  # and the other bodies places share (池北区、池西区管委会, 唐江镇、龙回镇党委: round 38)


# the levels of one tier: a county (县), a county-level city (市), a district (区) or a banner (旗); a 乡 or a 镇
_LEVEL_TIERS = ("区县市旗", "乡镇")


def _same_tier(level: str, other: str) -> bool:
    """Whether two places' levels (their last characters) are of one tier: ``庐江县、巢湖市人民政府`` names two
    governments of counties (round 41), as ``青石区、东湖区人民政府`` does (round 34).

    >>> _same_tier("县", "市"), _same_tier("乡", "镇"), _same_tier("镇", "县"), _same_tier("区", "区")
    (True, True, False, True)
    """
    return level == other or any(level in tier and other in tier for tier in _LEVEL_TIERS)


def shared_bodies(units: list[RoleUnit]) -> list[RoleUnit]:
    """The units of a list whose places share the body the last of them names: ``青石区、东湖区人民政府`` is 青石区人民政府
    and 东湖区人民政府, not the district 青石区 (round 34).

    >>> [u.name for u in shared_bodies([RoleUnit("青石区", None, 0), RoleUnit("东湖区人民政府", None, 4)])]
    ['青石区人民政府', '东湖区人民政府']
    >>> [u.name for u in shared_bodies([RoleUnit("庐江县", None, 0), RoleUnit("巢湖市人民政府", None, 4)])]
    ['庐江县人民政府', '巢湖市人民政府']
    >>> [u.name for u in shared_bodies([RoleUnit("青石区", None, 0), RoleUnit("市财政局", None, 4)])]
    ['青石区', '市财政局']
    """
    out = list(units)
    for i in range(len(out) - 2, -1, -1):
        name, follower = out[i].name, out[i + 1].name
        if name[0] == "各":
            continue
        if name[-1] in _PLACE_LEVELS and _BARE_PLACE.fullmatch(name) is not None:  # (its last character first)
            body = _PLACE_BODY.fullmatch(follower)
            if body is not None and _same_tier(name[-1], body.group(1)):
                out[i] = out[i]._replace(name=name + body.group(2))  # the graph's name too (``written`` would win)
                continue
        shared = _SHARED_BODY.fullmatch(follower) if follower.endswith(_SHARED_ENDS) else None
        if shared is not None and _BARE_PLACE_OR_NAME.fullmatch(name) is not None and not is_unit_name(name):
            # 池北区、池西区管委会; 蓉江、东山街道办事处 (round 38)
            out[i] = out[i]._replace(name=name + shared.group(2))
    for i in range(1, len(out)):
        if len(out[i].name) > 4 or out[i].name[0] not in "区县市镇乡":
            continue  # (a level's organ alone is short: 区政府, 市委, 县人民政府)
        place = _PLACE_ORGAN.fullmatch(out[i - 1].name)
        bare = _BARE_ORGAN.fullmatch(out[i].name)
        if place is not None and bare is not None and place.group(2) == bare.group(1):
            out[i] = out[i]._replace(name=place.group(1) + out[i].name[1:])  # 汉滨区委、区政府: 汉滨区政府 (round 38)
    return out


# a role in brackets that a list's names share: （共同牵头）, （联合牵头）, （双牵头）, （分别负责）
_JOINT = compiled(r"[（(](?:共同|联合|双|分别)[^（()）]{1,4}[)）]$")


def _covering_roles(marked: Sequence[str | None], clause_ends: Collection[int]) -> list[str | None]:
    """The role each unit takes from the role verbs (``marked``: the verb written right after each unit, or None).

    A verb covers the unmarked units written before it (``A、B负责``); a support verb only back to a comma
    (``A，B配合``: A is no supporting unit; ``clause_ends``: the units a comma follows).

    >>> _covering_roles([None, "responsible"], ()), _covering_roles([None, "support"], {0})
    (['responsible', 'responsible'], [None, 'support'])
    """
    out: list[str | None] = [None] * len(marked)
    current = None
    for i in range(len(marked) - 1, -1, -1):
        if current == "support" and i in clause_ends:
            current = None
        current = marked[i] or current
        out[i] = current
    return out


def _split_items(items: str) -> list[str]:
    """``_ITEM_MARK.split(items)``: a plain ``str.split`` when ``、`` is the only separator written (most lists).

    >>> _split_items("区财政局、区税务局"), _split_items("区财政局、区税务局/区商务委"), _split_items("各区、县政府")
    (['区财政局', '区税务局'], ['区财政局', '区税务局', '区商务委'], ['各区、县政府'])
    """
    pieces = _ITEM_MARK.split(items) if "，" in items or "," in items or "/" in items else items.split("、")
    if "“" in items and len(pieces) > 1:  # 县“双随机、一公开”联席会议: one name (round 34)
        spans, at = [], 0
        for piece in pieces:
            spans.append((at, at + len(piece)))
            at += len(piece) + 1
        pieces = [items[a:b] for a, b in quoted_joined(items, spans)]
    if "各" in items or "关" in items or _levels_before_body(pieces):
        # 各区、县人民政府: one collective, not 各区 and 县人民政府 (round 31); 有关市、州人民政府 likewise (round 40);
        # levels alone before a shared body (市、县两级民政部门, 市、县民政部门: round 44)
        return _each_level_joined(items, pieces)
    return pieces


def quoted_joined(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (pieces of ``text`` between list separators) with those a separator inside quotes split joined
    again: ``县“双随机、一公开”联席会议`` is one name. Where the quotes over the spans do not pair, as they were.

    >>> t = "县“双随机、一公开”联席会议、县数据局"
    >>> [t[a:b] for a, b in quoted_joined(t, [(0, 5), (6, 14), (15, 19)])]
    ['县“双随机、一公开”联席会议', '县数据局']
    """
    if not spans or text.count("“", spans[0][0], spans[-1][1]) != text.count("”", spans[0][0], spans[-1][1]):
        return list(spans)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and text.count("“", *out[-1]) > text.count("”", *out[-1]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_LEVELS = frozenset("区县市乡镇州旗省自直")  # the first characters of the levels (自治区, 直辖市: round 40)
# round 40: a province's levels, written as words (各省、自治区、直辖市人民政府, 各省（自治区、直辖市）)
_LEVEL = r"(?:省|自治区|直辖市|自治州|自治县|[区县市乡镇州旗])"
_LEVEL_WORD = compiled(_LEVEL)  # ``match``: a piece opening with a level (自治区…, not 自然资源局)
_LEVEL_BRACKET = rf"(?:[（(](?:{_LEVEL}|、){{1,8}}[）)])?"
# 各 and a level, with the levels it stands for beside it: 各区, 各市（州）, 各市州 (round 32)
# round 40: also several levels joined by 、 (各市、州、县人民政府) and 有关/相关 in place of 各 (有关市、州人民政府)
# round 40: the national tiers written after a province's levels, the levels' body after them (各省、自治区、直辖市和
# 新疆生产建设兵团自然资源主管部门; 各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门): one collective
_TIERS = ("新疆生产建设兵团", "计划单列市", "副省级城市")
_EACH_LEVEL = compiled(
    rf"(?:各|有关|相关){_LEVEL}{{1,3}}{_LEVEL_BRACKET}(?:、{_LEVEL}{{1,3}}{_LEVEL_BRACKET})*"
    rf"(?:[、和及](?:{'|'.join(_TIERS)}))*"
)


def _opens_with_level(piece: str) -> bool:
    """Whether a list's item opens with a level (县人民政府, 自治区, 直辖市人民政府), not a name such as 自然资源局.

    >>> _opens_with_level("县人民政府"), _opens_with_level("直辖市人民政府"), _opens_with_level("自然资源局")
    (True, True, False)
    >>> _opens_with_level("新疆生产建设兵团工业和信息化主管部门"), _opens_with_level("新区管委会")
    (True, False)
    >>> _opens_with_level("新疆生产建设兵团负责")  # the corps itself, a body of its own after the provinces
    False
    >>> _opens_with_level("村三级医疗卫生机构"), _opens_with_level("街道三级残联组织"), _opens_with_level("村委会")
    (True, True, False)
    """
    if piece[:1] in "新计副兵":  # a national tier (round 40), unless the corps is named alone, a body itself
        return piece.startswith((*_TIERS, "兵团")) and split_role(piece)[0] not in (_TIERS[0], "兵团")
    if piece[:1] in "村街社":  # the levels below a township, counted (县、乡、村三级…; 市、区、街道三级…): round 44
        return _COUNTED_LOW_LEVEL.match(piece) is not None
    return piece[:1] in _LEVELS and (piece[0] not in "自直" or _LEVEL_WORD.match(piece) is not None)


# a level below a township closing levels counted after it (县、乡、村三级医疗卫生机构): a village or street is no level
# otherwise (村委会, 街道办事处 are bodies)
_COUNTED_LOW_LEVEL = compiled(r"(?:村|街道|社区)[两三四五]级")


def _is_bare_level(piece: str) -> bool:
    """Whether a list's item is a level alone (市 of ``市、县两级民政部门``), which may open a collective of levels.

    >>> _is_bare_level("市"), _is_bare_level("自治区"), _is_bare_level("市委"), _is_bare_level("县民政局")
    (True, True, False, False)
    """
    return len(piece) <= 3 and _BARE_LEVELS.fullmatch(piece) is not None


def _people_apart(read: tuple) -> tuple:
    """A field's reading ``(units, rest, first_listed, carried)`` with the people listed among its units (``科长
    张某某``: :func:`people.a_person_listed`) taken out and put last: ``(units, rest, first_listed, carried,
    people)``. Made once per field read (the index's memo keeps it), not at each of its uses.

    >>> found = [RoleUnit("办公室", None, 0), RoleUnit("科长张某某", None, 4)]
    >>> [[u.name for u in part] for part in _people_apart((found, None, False, ()))[::4]]
    [['办公室'], ['科长张某某']]
    """
    found = read[0]
    if all(u.name[-1:] in UNIT_LAST_CHARACTERS for u in found):
        return (*read, ())
    persons = [u for u in found if u.name[-1:] not in UNIT_LAST_CHARACTERS and a_person_listed(u.name)]
    if not persons:
        return (*read, ())
    return ([u for u in found if u not in persons], *read[1:], tuple(persons))


def _levels_before_body(pieces: Sequence[str]) -> bool:
    """Whether a level alone in a list is followed by a level's body (``市``, ``县两级民政部门``): the levels are one
    collective with it (round 44). Levels with no body after them (``市、区加强统筹协调``'s subject) are none.

    >>> _levels_before_body(["省", "市", "县三级民政部门"]), _levels_before_body(["市", "区"])
    (True, False)
    """
    if len(pieces) < 2 or min(map(len, pieces[:-1])) > 3:  # in C: most lists hold no piece short enough
        return False
    return any(
        len(a) <= 3 and _is_bare_level(a) and _opens_with_level(b) and not _is_bare_level(b)
        for a, b in zip(pieces, pieces[1:])
    )


# a level alone, an item of a list the next item's body closes (市、区有关部门; 自治区、兵团有关部门: round 43)
_BARE_LEVELS = compiled(rf"(?:{_LEVEL}|兵团)(?:、(?:{_LEVEL}|兵团))*")  # 省、市 before 县有关部门 too
# how 各 and levels may end (各市, 各市（州）, …新疆生产建设兵团, …计划单列市): one set lookup before the regex, which
# most items (市财政局) fail
_EACH_LEVEL_LAST = frozenset("省区市县乡镇州旗）)团")


def _ends_with_each_level(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is 各 and levels (``各市``), or ends with them after 和/及 (``省直相关部门和各市``: the
    units before it, then the collective the next items go on; round 40).

    >>> _ends_with_each_level("各市", 0, 2), _ends_with_each_level("省直相关部门和各市", 0, 9)
    (True, True)
    >>> _ends_with_each_level("市财政局和区政府", 0, 8)
    False

    A level alone opens a collective of several levels too (``市、区有关部门``, ``自治区、兵团有关部门``, as 新疆's
    plans write the region's and the corps's departments; round 43: before, 市 was dropped and 区有关部门 kept).

    >>> _ends_with_each_level("市", 0, 1), _ends_with_each_level("省、市", 0, 3), _ends_with_each_level("市区", 0, 2)
    (True, True, False)
    """
    if _EACH_LEVEL.fullmatch(text, start, end) is not None or _BARE_LEVELS.fullmatch(text, start, end) is not None:
        return True
    joint = max(text.rfind("和", start, end), text.rfind("及", start, end))
    return joint != -1 and _EACH_LEVEL.fullmatch(text, joint + 1, end) is not None


def _each_level_joined(items: str, pieces: list[str]) -> list[str]:
    """``pieces`` of ``items`` with ``各`` + a level and the level's body after it joined by their 、 into one
    (``各区``, ``县人民政府`` → ``各区、县人民政府``; ``各乡、镇``; ``各市（州）、县（市、区）人民政府``).

    >>> _each_level_joined("各区、县人民政府、市财政局", ["各区", "县人民政府", "市财政局"])
    ['各区、县人民政府', '市财政局']
    >>> _each_level_joined("各市（州）、县（市、区）人民政府", ["各市（州）", "县（市、区）人民政府"])
    ['各市（州）、县（市、区）人民政府']
    >>> _each_level_joined("各市、州、县人民政府、有关市、州人民政府", ["各市", "州", "县人民政府", "有关市", "州人民政府"])
    ['各市、州、县人民政府', '有关市、州人民政府']
    >>> _each_level_joined("各省、自治区、直辖市人民政府", ["各省", "自治区", "直辖市人民政府"])
    ['各省、自治区、直辖市人民政府']
    >>> t = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工信主管部门"
    >>> _each_level_joined(t, t.split("、"))
    ['各省、自治区、直辖市及计划单列市、新疆生产建设兵团工信主管部门']
    """
    out: list[str] = []
    at = 0
    for piece in pieces:
        if (
            out
            and _opens_with_level(piece)
            and items[at - 1 : at] == "、"
            and out[-1][-1:] in _EACH_LEVEL_LAST
            and _ends_with_each_level(out[-1], 0, len(out[-1]))
        ):
            out[-1] = f"{out[-1]}、{piece}"
        else:
            out.append(piece)
        at += len(piece) + 1
    return out


def _each_level_spans(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``_each_level_joined`` over the (start, end) spans of a list's items in ``text``: ``各市（州）`` and the
    ``县（市、区）人民政府`` after its 、 are one span (round 32).

    >>> t = "各市（州）、县（市、区）人民政府、省财政厅"
    >>> [t[a:b] for a, b in _each_level_spans(t, [(0, 5), (6, 16), (17, 21)])]
    ['各市（州）、县（市、区）人民政府', '省财政厅']
    """
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if (
            out
            and _opens_with_level(text[a:b])
            and text[a - 1 : a] == "、"
            and text[out[-1][1] - 1] in _EACH_LEVEL_LAST
            and _ends_with_each_level(text, out[-1][0], out[-1][1])
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _split_clauses(value: str) -> list[str]:
    """``_CLAUSE_MARK.split(value)``: a plain ``str.split`` when ``；`` is the only clause mark written.

    >>> _split_clauses("区财政局；"), _split_clauses("区财政局；2025年。持续推进")
    (['区财政局', ''], ['区财政局', '2025年', '持续推进'])
    >>> _split_clauses("区财政局牵头，区税务局配合，2025年底前完成")
    ['区财政局牵头，区税务局配合', '2025年底前完成']
    """
    if ("，" in value or "," in value) and _DEADLINE_COMMA.search(value):
        value = _DEADLINE_COMMA.sub("；", value)  # one character for one: the clauses' offsets stay true
    if "。" in value or ";" in value:
        return _CLAUSE_MARK.split(value)
    return value.split("；")


def _plain_value(text: str, start: int, end: int, role: str | None, strict: bool):
    """``_read_value`` of a value with no bracket, 会同, 和, 及 or convention word."""
    return _plain_clauses(text[start:end], start, role, strict)


def _plain_clauses(value: str, start: int, role: str | None, strict: bool):
    """``_plain_value`` of the string ``value``, written at offset ``start``."""
    units: list[RoleUnit] = []
    trailing: list[tuple[int, int]] = []
    cs = start
    for raw in _split_clauses(value):  # every clause; only the non-empty ones are read
        ce = cs + len(raw)
        if raw.strip(_STRIP):
            if trailing:
                trailing.append((cs, ce))
            else:
                found, whole = _clause_units(_plain_list(raw, cs, None, role), cs == start and not strict, role)
                if whole:
                    units.extend(found)
                elif units or not strict:
                    trailing.append((cs, ce))
                elif keep := _units_before_text(found, value, start):
                    units.extend(found[:keep])
                    units.extend(_units_after_text(found, keep))
                    trailing.append((found[keep].pos, ce))
                else:
                    return None
        cs = ce + 1
    return units, trailing, False, []


def _units_before_text(found: Sequence[RoleUnit], text: str, offset: int) -> int:
    """How many of ``found`` are units when the items after them are words, not units: 0 when none are.

    Unlabelled, ``（A牵头，B配合，具体办法另行制定）`` is A and B, then text: the units come first, carry a role
    verb, and a comma ends them. ``text`` is what the units' offsets count in, from ``offset``.

    >>> t = "区财政局牵头，区税务局配合，具体办法另行制定"
    >>> found = _plain_list(t, 0, None, None)
    >>> _units_before_text(found, t, 0), _units_before_text(found[1:], t, 0)
    (2, 1)
    >>> _units_before_text(_plain_list("具体办法另行制定，区财政局牵头", 0, None, None), "具体办法另行制定，区财政局牵头", 0)
    0
    """
    i = next((k for k, unit in enumerate(found) if not is_unit_name(unit.name)), len(found))
    if i == len(found) or (i and any(u.role for u in found[:i]) and text[found[i].pos - offset - 1] in "，,"):
        return i
    return 0


# a unit and its duty in the middle of a bracket's units: 各乡镇负责辖区内重点林区的日常巡查 (round 32)
_DUTY_INSIDE = compiled(r"(.{2,20}?)(负责|落实)(.{2,40})")


def _units_after_text(found: Sequence[RoleUnit], keep: int) -> list[RoleUnit]:
    """The units among ``found`` after words that name none (``found[keep]``): each that reads as a unit name and
    carries a role verb (``（A牵头，护林员每日巡山，B配合）``: B), or a unit with its duty (``各乡镇负责辖区内…``) — the
    bracket's units go on after the words (round 32).

    >>> t = "县林业局牵头，护林员每日巡山，县公安局配合"
    >>> found = _plain_list(t, 0, None, None)
    >>> [(u.name, u.role) for u in _units_after_text(found, _units_before_text(found, t, 0))]
    [('县公安局', 'support')]
    """
    out = []
    for unit in found[keep:]:
        if unit.role is not None and is_unit_name(unit.name):
            out.append(unit)
        elif (duty := _DUTY_INSIDE.fullmatch(unit.name)) is not None and is_unit_name(duty.group(1)):
            out.append(unit._replace(name=duty.group(1), role="responsible"))
    return out


def _deadline_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as clauses split at each comma before a deadline (``_DEADLINE_COMMA``).

    >>> t = "A牵头，B配合，2025年底前完成"
    >>> [t[a:b] for a, b in _deadline_cuts(t, 0, len(t))]
    ['A牵头，B配合', '2025年底前完成']
    """
    out = []
    for m in _DEADLINE_COMMA.finditer(text, start, end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, end))
    return out


def _is_convention(piece: str) -> bool:
    return any(kind.search(piece) for kind in _CONVENTIONS)


_CONVENTIONS = (FIRST_LISTED_LEADS, CONVENTION_WORDS, CARRIED_UNIT)  # the kinds of convention a list may state


def _convention_start(item: str) -> int:
    """Where the convention starts in a list's item: at its bracket when a unit's name comes before it.

    A label line's list may close with the convention in a bracket glued to its last unit (round 42:
    ``责任单位：A、B、C（列第一位的为牵头单位，下同）``); the unit before the bracket is still one of the task's.

    >>> _convention_start("省财政厅（列第一位的为牵头单位，下同）")
    4
    >>> _convention_start("排在第一位的为牵头单位")
    0

    The convention's bracket is the last one opened before its words: the unit may hold a bracket of its own
    (round 43: ``各县（市、区）人民政府（列第一位的为牵头单位，下同）``, before cut at 各县).

    >>> _convention_start("各县（市、区）人民政府（列第一位的为牵头单位，下同）")
    11
    """
    words = [m.start() for kind in _CONVENTIONS if (m := kind.search(item)) is not None]
    if not words:
        return 0
    first = min(words)
    at = max(item.rfind("（", 0, first), item.rfind("(", 0, first))
    if at > 0 and not _is_convention(item[:at]):
        return at
    return 0


def _read_value(text: str, start: int, end: int, role: str | None, *, strict: bool):
    """Units, trailing clauses and conventions of one field value (or of an unlabelled parenthetical).

    Returns None when ``strict`` and the first clause is not a list of unit names. Trailing
    clauses are ``(start, end)`` spans of text after the units that names no unit (an
    unlabelled deadline such as ``；持续推进``).
    """
    if _NOT_PLAIN_VALUE.search(text, start, end) is None:
        return _plain_value(text, start, end, role, strict)
    units: list[RoleUnit] = []
    trailing: list[tuple[int, int]] = []
    first_listed, carried = False, []
    clauses = split_outside(text, _CLAUSE, start, end) if _CLAUSE_MARK.search(text, start, end) else ((start, end),)
    if _DEADLINE_COMMA.search(text, start, end):
        clauses = [cut for cs, ce in clauses for cut in _deadline_cuts(text, cs, ce)]
    for k, (cs, ce) in enumerate(clauses):
        if cs == ce or not text[cs:ce].strip(_STRIP):
            continue
        cut = ce
        if _CONVENTION_HINT.search(text, cs, ce):
            # a convention may follow the units in the same clause: "A、B负责，排在第一位的…，下同"
            for ps, pe in split_outside(text, _ITEM, cs, ce):
                if _is_convention(text[ps:pe]):
                    cut = ps + _convention_start(text[ps:pe])
                    break
            if cut > cs and (lead_in := CONVENTION_LEAD_IN.fullmatch(text, cs, cut)) is not None:
                cut = cs  # 各项任务中，列第一位者…; 各项任务均需各地区落实，不再列出: the statement's own words (round 32)
                if lead_in.group(1):
                    carried.append(lead_in.group(1))
            statement = text[cut:ce]
            first_listed = first_listed or bool(FIRST_LISTED_LEADS.search(statement))
            carried.extend(m.group(1) for m in CARRIED_UNIT.finditer(statement))
        if cut == cs:
            continue
        if trailing:
            trailing.append((cs, cut))
            continue
        found, whole = _clause_units(read_units(text, cs, cut, default=role) or [], k == 0 and not strict, role)
        if whole:
            units.extend(found)  # a label's first clause is its units, whatever they look like
        elif units or not strict:
            trailing.append((cs, cut))
        elif keep := _units_before_text(found, text, 0):
            units.extend(found[:keep])
            units.extend(_units_after_text(found, keep))
            trailing.append((found[keep].pos, cut))
        else:
            return None
    return units, trailing, first_listed, carried


def _clause_units(found: list[RoleUnit], loose: bool, role: str | None) -> tuple[list[RoleUnit], bool]:
    """A clause's units as read, and whether they are its units: any when ``loose`` (a label's first clause, up to
    the task's words that may follow its units in a sentence, ``_words_after_units``), else when each reads as a
    unit name, the last one maybe with its duty (``_duty_read``)."""
    if found and loose:
        return (found[: _words_after_units(found)] if len(found) > 1 else found), True
    if found and all(is_unit_name(u.name) for u in found):
        return found, True
    if len(found) > 1 and _sharing_a_qualifier(found):
        return found, True
    if len(found) > 1 and _units_and_people(found):
        return found, True  # 办公室、科长张某某负责: the people are set apart by ``_people_apart`` (round 45)
    found = _duty_read(found, role)  # 各区县政府落实属地责任: a unit, its role verb and what it does
    return found, bool(found) and all(is_unit_name(u.name) for u in found)


def _units_and_people(found: Sequence[RoleUnit]) -> bool:
    """Whether ``found`` is unit names and people (a post and a name: :func:`people.a_person_listed`), a unit among
    them: ``办公室、科长张某某`` (round 45).

    >>> _units_and_people([RoleUnit("办公室", None, 0), RoleUnit("科长张某某", "responsible", 4)])
    True
    >>> _units_and_people([RoleUnit("科长张某某", None, 0), RoleUnit("王某某", None, 6)])
    False
    """
    people = [u for u in found if u.name[-1:] not in UNIT_LAST_CHARACTERS and a_person_listed(u.name)]
    return 0 < len(people) < len(found) and all(is_unit_name(u.name) for u in found if u not in people)


def _sharing_a_qualifier(found: Sequence[RoleUnit]) -> bool:
    """Whether each of ``found`` is a unit name or a generic noun right after a collective, whose qualifier it
    shares: ``有关部门、地方`` is 有关部门 and 有关地方 (round 40; 地方 alone names no one).

    >>> _sharing_a_qualifier([RoleUnit("有关部门", None, 0), RoleUnit("地方", "responsible", 5)])
    True
    >>> _sharing_a_qualifier([RoleUnit("市财政局", None, 0), RoleUnit("地方", "responsible", 5)])
    False
    """
    return all(
        is_unit_name(u.name) or (k and u.name in GENERIC_NOUNS and is_collective(found[k - 1].name))
        for k, u in enumerate(found)
    )


# how the task's own words open after a label's units in a sentence (…责任单位为A，B配合，将…纳入预算: round 40)
_TASK_WORDS_OPEN = compiled(r"将|把|对|并|确保|做好|加强|推动|推进|结合|围绕")


def _words_after_units(found: Sequence[RoleUnit]) -> int:
    """How many of a label's first clause's items are its units: all but the task's words that may follow them,
    an item opening with a verb or 将/把/对 after unit names (``_TASK_WORDS_OPEN``).

    >>> found = [RoleUnit("区财政局", "lead", 0), RoleUnit("区卫健局", "support", 5), RoleUnit("将补助纳入预算", "lead", 12)]
    >>> _words_after_units(found), _words_after_units(found[:2])
    (2, 2)
    """
    for k in range(1, len(found)):
        name = found[k].name
        if (
            name[:1] in _TASK_WORDS_FIRST
            and _TASK_WORDS_OPEN.match(name)
            and not is_unit_name(name)
            and is_unit_name(found[k - 1].name)
        ):
            return k
    return len(found)


_TASK_WORDS_FIRST = frozenset(
    "将把对并确做加推结围"
)  # the first characters of ``_TASK_WORDS_OPEN``: a cheap test first


def _duty_read(found: list[RoleUnit], role: str | None) -> list[RoleUnit]:
    """A clause's units where an item is a unit, its role verb and a short object (``vocab.split_duty``): that unit
    in the verb's role, and the units right before it with no role of their own in it too (``A、B落实属地责任``); an
    item of one unit guiding another that carries the task out (``A指导B实施``, ``vocab.split_guided``): both.
    ``role``: the clause's default role (a label's), kept.

    >>> u = _duty_read([RoleUnit("甲局", None, 0), RoleUnit("乙局落实属地责任", None, 3), RoleUnit("丙局", "lead", 12)], None)
    >>> [(x.name, x.role) for x in u]
    [('甲局', 'implement'), ('乙局', 'implement'), ('丙局', 'lead')]
    >>> u = _duty_read([RoleUnit("甲局", "lead", 0), RoleUnit("乙局履行出资人职责", "lead", 3)], "lead")  # round 47
    >>> [(x.name, x.role) for x in u]
    [('甲局', 'support'), ('乙局', 'support')]
    """
    out: list[RoleUnit] = []
    for unit in found:
        if is_unit_name(unit.name):
            out.append(unit)
            continue
        guided = split_guided(unit.name) if role is None else None
        if guided is not None:  # A指导B实施: A leads, B carries the task out
            at = unit.pos + unit.name.index(guided[1], len(guided[0]))
            out.append(unit._replace(name=guided[0], role="lead", written=None))
            out.append(RoleUnit(guided[1], "implement", at, None, unit.implied))
            continue
        duty = split_duty(unit.name)
        if duty is None:
            out.append(unit)
            continue
        name, verb_role = duty
        # a partner's share or duty in a later clause of a lead's field (牵头单位：A；B、C履行出资人职责): B and C are
        # partners, not leads of the label's role (round 47); any other verb keeps the field's role
        partner = verb_role == "support" and role in ("lead", "responsible")
        if not partner:
            verb_role = role or verb_role
        out.append(unit._replace(name=name, role=verb_role, written=None))
        before = len(out) - 2
        while before >= 0 and (out[before].role is None or (partner and out[before].role == role)):
            out[before] = out[before]._replace(role=verb_role)
            before -= 1
    return out


def _after_units(text: str, trailing: Sequence[tuple[int, int]], end: int) -> str | None:
    """The text from the first trailing clause to ``end``, stripped (None when there is none)."""
    return text[trailing[0][0] : end].strip(_STRIP) or None if trailing else None


def read_region(
    text: str,
    start: int,
    end: int,
    *,
    require_label: bool = False,
    field_starts: frozenset[int] = frozenset(),
    memo: dict | None = None,
) -> Assignment | None:
    """Read ``text[start:end]`` (the inside of a parenthetical, or a label line) as an assignment.

    Labelled fields (``牵头单位：…；配合单位：…；完成时限：…``) are read whatever their
    units look like; text after a unit list that names no unit (``；持续推进``) is the
    deadline when no deadline field is given. Without a label, the text is an assignment
    only when it is a list of unit names carrying a role verb (``A、B负责``, ``A牵头，B参与``,
    ``A指导``). ``field_starts`` are further offsets where a label starts a field (line starts).

    ``memo`` (a dict kept by the caller for one document) holds the fields read so far: a field
    (offset, label, value) reads the same wherever it is, and its units are shared, not made again.
    """
    labelled = _labelled(text, start, end, field_starts, memo)
    if labelled is not None:
        return labelled[0]
    return None if require_label else _unlabelled(text, start, end)


_NO_STARTS: frozenset[int] = frozenset()


def read_inside(inner: str, memo: dict) -> tuple[Assignment, bool] | None:
    """``read_region`` of the inside of a parenthetical and whether a label opens it (``（牵头单位：…）``), or None
    when it is no assignment (no label and no unit). ``memo``: as ``read_region``'s (``read_insides`` of one).

    >>> a, label_first = read_inside("牵头单位：区财政局；完成时限：2025年", {})
    >>> [u.name for u in a.units], a.deadline, label_first
    (['区财政局'], '2025年', True)
    >>> read_inside("区财政局牵头", {})[1], read_inside("以下简称平台", {})
    (False, None)
    """
    return read_insides((inner,), memo)[0]


def read_insides(inners: Sequence[str], memo: dict) -> list[tuple[Assignment, bool] | None]:
    """``read_inside`` of every text of ``inners``: one ``LABEL.split`` over them all first, then each read."""
    out: list[tuple[Assignment, bool] | None] = []
    for inner, parts in zip(inners, list(map(LABEL.split, inners))):
        labelled = _labelled(inner, 0, len(inner), _NO_STARTS, memo, parts) if len(parts) > 1 else None
        if labelled is not None:
            out.append((labelled[0], labelled[1] == 0))  # a label at 0 starts a field: ``LABEL.match(inner)``
        else:
            assignment = _unlabelled(inner, 0, len(inner))
            out.append(None if assignment is None else (assignment, False))
    return out


def _unlabelled(text: str, start: int, end: int, lead_in: bool = True) -> Assignment | None:
    """``read_region`` of a region with no labelled field: a list of unit names carrying a role verb, or None.

    With ``lead_in``, a region that is none may open with one clause before its units: a deadline
    (``2024年6月底前，A牵头，B配合``: the task's deadline) or words (``具体办法另行制定，A牵头``).

    >>> a = _unlabelled("2024年6月底前，区财政局牵头，区税务局配合", 0, 24)
    >>> [(u.name, u.role) for u in a.units], a.deadline
    ([('区财政局', 'lead'), ('区税务局', 'support')], '2024年6月底前')
    >>> _unlabelled("谋划2026年重点项目，区发改委牵头，区财政局配合", 0, 23).deadline  # the object's year: none
    """
    read = _read_value(text, start, end, None, strict=True)
    if read is None or not read[0] or not any(u.role for u in read[0]):
        if read is not None and not read[0] and (read[2] or read[3]):
            return None  # conventions alone (列第一位者为牵头单位，其他单位按职责分工负责): no task's units (round 32)
        return _after_lead_in(text, start, end) if lead_in else None
    units, trailing, first_listed, carried, persons = _people_apart(read)
    if not units:
        return None
    return Assignment(
        units=tuple(units),
        deadline=_trailing_deadline(text, trailing),
        labelled=False,
        anchor=units[0].pos,
        first_listed=first_listed,
        carried=tuple(carried),
        # a person listed among the units (办公室、科长张某某负责; 网格长张某某配合): the task's person, no unit (round 45)
        people=tuple((_LISTED_PERSON.get(u.role, "责任人"), u.name, u.pos) for u in persons),
    )


# the label a person listed among a task's units is read under (``people.task_contacts``): a responsible list's is the
# lead unit's 责任人; a supporting one's (网格长张某某配合) is no member of the lead unit
_LISTED_PERSON = {"support": "配合"}


_LEAD_IN_END = compiled("[，,；;]")


_PLACE_END = (*PLACE_ENDS, "街道", "村", "社区")  # a place's name, down to a village's
# what opens a bracket that says what something holds or is called, not who does the task: （含技工院校）
_NOT_BARE_UNITS = ("含", "包括", "包含", "不含", "除", "如", "即", "例如", "比如", "其中", "简称", "以下简称", "涉及")


def read_bare_units(inner: str, role: str | None) -> Assignment | None:
    """The inside of a parenthetical that is only a list of unit names, with a deadline after them or not
    (``县发改局、县财政局``, ``县发改局，2024年底前``), as an assignment of its units in ``role``; None for
    anything else, and for a list of places only (``黄浦区、徐汇区``: examples, not the units of a task).
    Read only where the plan says such lists are assignments (``vocab.bare_unit_role``).

    >>> a = read_bare_units("县发改局、县财政局，2024年底前", None)
    >>> [u.name for u in a.units], a.deadline
    (['县发改局', '县财政局'], '2024年底前')
    >>> read_bare_units("黄浦区、徐汇区", None), read_bare_units("以下简称平台", None), read_bare_units("含技工院校", None)
    (None, None, None)
    >>> a = read_bare_units("2月底前，市数据局、市公安局", None)  # the deadline first (round 35)
    >>> [(u.name, u.pos) for u in a.units], a.deadline
    ([('市数据局', 5), ('市公安局', 10)], '2月底前')
    """
    if inner.startswith(_NOT_BARE_UNITS):
        return None
    read = _read_value(inner, 0, len(inner), role, strict=True)
    if read is None or not read[0]:
        return _deadline_first(inner, role)
    units, trailing, _, _ = read
    if not all(is_unit_name(u.name) for u in units) or all(u.name.endswith(_PLACE_END) for u in units):
        return None
    deadline = _trailing_deadline(inner, trailing)
    if trailing and (deadline is None or _after_units(inner, trailing, len(inner)) != deadline):
        return None  # words after the units that are no deadline: not a list of the task's units
    return Assignment(units=tuple(units), deadline=deadline, anchor=units[0].pos)


def _deadline_first(inner: str, role: str | None) -> Assignment | None:
    """``read_bare_units`` of a bracket whose first clause is the deadline and the rest a list of units alone
    (``（2月底前，市数据局）``, ``（持续推进，市委网信办、市公安局）``: a 要点's order), else None."""
    cut = _LEAD_IN_END.search(inner)
    if cut is None or cut.start() == 0 or not parse_deadline(head := inner[: cut.start()]).status:
        return None
    rest = read_bare_units(inner[cut.end() :], role)
    if rest is None or rest.deadline is not None:
        return None
    units = tuple(u._replace(pos=u.pos + cut.end()) for u in rest.units)
    return Assignment(units=units, deadline=head, anchor=units[0].pos)


def _after_lead_in(text: str, start: int, end: int) -> Assignment | None:
    """The units after one clause that opens the region and names no unit: a deadline first (it is the task's,
    unless the units state their own after them) or words first."""
    cut = _LEAD_IN_END.search(text, start, end)
    if cut is None or cut.start() == start:
        return None
    head = text[start : cut.start()]
    if is_unit_name(split_role(head)[0]):
        return None  # a unit first: the region as a whole was no list of units
    rest = _unlabelled(text, cut.end(), end, lead_in=False)
    if rest is None:
        return None
    if rest.deadline is None and parse_deadline(head).status and not year_of_its_object(head):
        return rest._replace(deadline=head)
    return rest


def _field_value(text: str, value: str, start: int, role: str):
    """A field's ``value`` (written at ``start``) read as ``_read_value`` (not strict) reads it: (units, the text
    after them or None, first listed, carried).

    Most values are one plain unit list, closed by ``；`` or not (``区财政局、区税务局；``): its units, or, when it
    names none, the whole value is the text after them.

    >>> _field_value("配合单位：区财政局、区税务局；", "区财政局、区税务局；", 5, "support")[0][1]
    RoleUnit(name='区税务局', role='support', pos=10, written=None, implied=False)
    >>> _field_value("、；", "、；", 0, "lead"), _field_value("；", "；", 0, "lead")
    (([], '、', False, ()), ([], None, False, ()))
    """
    if _NOT_PLAIN_VALUE.search(value) is None:  # ``_read_value``'s test on the value already cut
        one = value[:-1] if value[-1:] == "；" else value
        if "；" not in one and "。" not in one and ";" not in one and not _DEADLINE_COMMA.search(one):  # one clause
            found = _plain_list(one, start, None, role)
            return found, None if found else value.strip(_STRIP) or None, False, ()
        found, trailing, fl, ca = _plain_clauses(value, start, role, False)
    else:
        found, trailing, fl, ca = _read_value(text, start, start + len(value), role, strict=False)
    return found, _after_units(text, trailing, start + len(value)), fl, ca


def _field_lines_value(text: str, value: str, start: int, role: str, field_starts: Collection[int]):
    r"""``_field_value`` of a unit field whose list goes on in lines of their own with no mark at their ends
    (``配合单位：市级各部门`` / ``各区县政府``, a table cell copied with its line breaks): each line read as a list
    of its own, so the last name of a line and the first of the next are two (round 41; before, one name
    ``市级各部门各区县政府``). The run of label lines gives the lines that start inside the value (``field_starts``:
    a line that goes on with a name cut above is none of them).

    >>> text = "配合单位：市级各部门各区县政府"
    >>> [u.name for u in _field_lines_value(text, text[5:], 5, "support", frozenset({10}))[0]]
    ['市级各部门', '各区县政府']
    """
    end = start + len(value)
    cuts = [s for s in field_starts if start < s < end and _opens_a_name_line(text, s)]
    if not cuts:
        return _field_value(text, value, start, role)
    found: list[RoleUnit] = []
    rest, first_listed, carried = None, False, ()
    for a, b in zip([start, *sorted(cuts)], [*sorted(cuts), end]):
        units, rest_of_line, fl, ca = _field_value(text, text[a:b], a, role)
        found.extend(units)
        rest = rest if rest is not None else rest_of_line
        first_listed = first_listed or fl
        carried += tuple(ca)
    return found, rest, first_listed, carried


def _opens_a_name_line(text: str, at: int) -> bool:
    """Whether the line at ``at`` of a unit field opens a name of its own: after no list mark, with a level or a
    collective (``各区县政府``, ``市审计局``); not the rest of a name a blank line cut (``市生态环`` / / ``境局``).

    >>> _opens_a_name_line("市级各部门各区县政府", 5), _opens_a_name_line("市生态环境局", 4)
    (True, False)
    """
    return text[at - 1] not in "、，,；;" and text[at] in _PARTNER_OPENINGS


def _label_after_units(text: str, begin: int, at: int) -> bool:
    """Whether the label at ``at`` starts a field though no mark comes before it: a field's label right after a
    unit name, the space between them lost (``牵头单位：市税务局　配合单位：市财政局``, ``牵头：县林业局　配合：县财政局``).
    The name is the last item of the value, read over at most ``_NAME_WINDOW`` characters before the label.

    >>> _label_after_units("牵头单位：市税务局配合单位：市财政局", 5, 9), _label_after_units("牵头：县林业局配合：县财政局", 3, 7)
    (True, True)
    >>> _label_after_units("牵头单位：推进配合：市财政局", 5, 7)
    False
    """
    items = _ITEM_MARK.split(text[max(begin, at - _NAME_WINDOW) : at])  # a name is never longer: linear time
    return is_unit_name(items[-1])


_NAME_WINDOW = 64  # characters before a label in which the unit name before it is looked for
# a field of a label the grammar does not know (督办领导：张三, 责任股室：信用股), after the units: no deadline
OTHER_FIELD = compiled(r"[\u4e00-\u9fff]{2,8}[:：]")


# a unit's name and a bracket after it (县数据局（卫某某）): the bracket may name the unit's person
_UNIT_AND_BRACKET = compiled(r"([^、，,；;。（()）]+)[（(]([^（()）]{2,40})[)）]")


def _bracketed_people(label: str, value: str, at: int) -> list[tuple[str, str, int]]:
    """The person fields of the units of a unit field's ``value`` (written at ``at``) that name their person in
    brackets after them (``县数据局（卫某某）、县住建局（蒋某）``): (the field's label, ``unit（person）``, its offset), as
    ``people.task_contacts`` reads them.

    >>> _bracketed_people("责任单位及责任人", "县数据局（卫某某）、市交通委（计划财务处）", 9)
    [('责任单位及责任人', '县数据局（卫某某）', 9)]
    """
    return [(label, m.group(0), at + m.start()) for m in _UNIT_AND_BRACKET.finditer(value) if _people_in(m.group(2))]


def _people_in(bracket: str) -> bool:
    """Whether a bracket after a unit's name holds its people: a person (``names_a_person``) or, round 48, a post
    alone (``各社区居委会（各社区书记）`` under ``配合单位（责任人）``: the contact is each community's secretary).

    >>> _people_in("李某某"), _people_in("各社区书记"), _people_in("局长"), _people_in("计划财务处"), _people_in("社区")
    (True, True, True, False, False)
    """
    return names_a_person(bracket) or names_a_post(bracket)


def _person_and_deadline(value: str) -> tuple[str, str | None]:
    """A person or phone field's value, and the deadline written after it in the same bracket with no label of its
    own (``孙某某；2024年8月底前完成``: round 31), else None.

    >>> _person_and_deadline("孙某某；2024年8月底前完成"), _person_and_deadline("0739-5232002；2024年8月底前完成")
    (('孙某某', '2024年8月底前完成'), ('0739-5232002', '2024年8月底前完成'))
    >>> _person_and_deadline("孙某某，李某某")
    ('孙某某，李某某', None)
    """
    cut = max(value.rfind("；"), value.rfind("，"), value.rfind(";"), value.rfind(","))
    if cut <= 0:
        return value, None
    tail = value[cut + 1 :].strip(_STRIP)
    if tail and ("年" in tail or "月" in tail or "期" in tail) and parse_deadline(tail).status is not None:
        return value[:cut], tail
    return value, None


def _before_other_field(
    text: str, begin: int, value: str, field_starts: Collection[int]
) -> tuple[str, list[tuple[str, str, int]] | tuple[()]]:
    """``value`` (written at ``begin``) up to the first of ``field_starts`` inside it where a field of a label the
    grammar does not know opens (``县农业农村局`` of ``县农业农村局`` / ``工作目标：新建冷库…``), and the person fields
    among those fields: a label that ends as a person's or a phone's does (``具体负责人：冯某``, ``办公电话：…``).

    >>> _before_other_field("责任单位：县农业农村局工作目标：新建冷库", 5, "县农业农村局工作目标：新建冷库", frozenset({11}))
    ('县农业农村局', [])
    >>> _before_other_field("责任单位：县民政局具体负责人：冯某", 5, "县民政局具体负责人：冯某", frozenset({9}))
    ('县民政局', [('具体负责人', '冯某', 15)])
    """
    end = begin + len(value)
    cuts = sorted(s for s in field_starts if begin < s < end and _unknown_field_at(text, s))
    if not cuts:
        return value, ()
    people = []
    for s, s_end in zip(cuts, [*cuts[1:], end]):
        colon = OTHER_FIELD.match(text, s).end()
        label = text[s : colon - 1]
        if label.endswith(PERSON_ENDS):
            people.append((label, text[colon:s_end].strip(_STRIP), colon))
    return text[begin : cuts[0]], people


def _unknown_field_at(text: str, at: int) -> bool:
    """Whether a field of a label the grammar does not know opens at ``at``: not a short unit name on a line of its
    own right before a known label (``市审计局`` / ``完成时限：``, whose compact text ``市审计局完成时限：`` has
    the shape of one label: round 41; before, the name was dropped as that field's).

    >>> _unknown_field_at("工作目标：新建冷库", 0), _unknown_field_at("市审计局完成时限：2024年", 0)
    (True, False)
    >>> _unknown_field_at("具体负责人：冯某", 0)  # a label that holds a known one, no unit before it
    True
    """
    found = OTHER_FIELD.match(text, at)
    if found is None:
        return False
    label = text[at : found.end() - 1]
    return not any(label[i:] in LABEL_ROLES and is_unit_name(label[:i]) for i in range(2, len(label) - 1))


def _after_level(text: str, start: int, at: int) -> bool:
    """Whether the label at ``at`` follows only the level it opens the region with (``县级责任领导：``).

    >>> _after_level("县级责任领导：韩某某", 0, 2), _after_level("推进责任领导：韩某某", 0, 2)
    (True, False)
    """
    return at - start == 2 and text[start:at] in LEADER_LEVELS


_LEVEL_LENGTH = 2  # characters of a level (区级, 县级) opening a field


def _level_opens_field(text: str, at: int, field_starts: frozenset[int]) -> bool:
    """Whether the label at ``at`` follows only a level that opens a field (``；区级责任主体：``), as 上海's plans
    name each task's units at two levels: ``（市级责任部门：A；区级责任主体：B）`` (round 43; before, the level and
    the second field joined the first's value and its units were lost).

    >>> t = "市级责任部门：市税务局；区级责任主体：各区政府"
    >>> _level_opens_field(t, 14, frozenset()), _level_opens_field("牵头单位：甲局乙级责任单位：丙", 9, frozenset())
    (True, False)
    """
    begin = at - _LEVEL_LENGTH
    return (
        text[begin:at] in LEADER_LEVELS
        and begin > 0
        and (text[begin - 1] in _FIELD_START or text[begin - 1] == "\n" or begin in field_starts)
    )


_NO_UNIT = frozenset(("无", "暂无", "/", "／", "—", "——", "－", "-"))  # a field's value saying it names none
_NO_UNIT_LONGEST = 4  # characters, with the marks around it: a longer value is no such word (no strip made)
_NOTHING_READ = ((), "", False, ())  # ``_field_value``'s shape: no units, words after them


# a closing clause of a lead field naming the units that share the work by their duties
_DUTY_SHARE = ("按职责分工负责", "按照职责分工负责", "按职责负责", "各负其责")


def _lead_then_sharers(found: list[RoleUnit], value: str, begin: int) -> list[RoleUnit]:
    """A lead field's units when it closes with units that share the work by their duties (``牵头单位：A，B按职责
    分工负责``): those of its first clause lead, the later ones support (round 38; before, every one led).

    >>> units = [RoleUnit("甲局", "responsible", 5), RoleUnit("各有关部门", "responsible", 8)]
    >>> [(u.name, u.role) for u in _lead_then_sharers(units, "甲局，各有关部门按职责分工负责", 5)]
    [('甲局', 'lead'), ('各有关部门', 'support')]
    """
    comma = next((i for i, c in enumerate(value) if c in "，,"), -1)
    if comma == -1:
        return found
    cut = begin + comma
    if not any(u.pos < cut for u in found) or not any(u.pos > cut for u in found):
        return found
    return [u.with_role("lead") if u.pos < cut else u.with_role("support") for u in found]


def _field_role(label: str, value: str) -> str:
    """The role of a field of ``label`` holding ``value``: the label's, but a person's where a label written for an
    office or a person names a person (round 41: ``具体负责：张某某`` beside ``具体负责：政策法规科``).

    >>> _field_role("具体负责", "政策法规科"), _field_role("具体负责", "张某某；"), _field_role("配合单位", "县财政局")
    ('responsible', 'person', 'support')
    """
    role = LABEL_ROLES[label]
    if label in OFFICE_OR_PERSON_LABELS and names_a_person(value.strip(_STRIP)):
        return "person"
    return role


def _doers_lead(parts: list[str], k: int) -> bool:
    """Whether the fields from label ``parts[k]`` on (``LABEL.split``'s labels at odd places) name a doer (实施主体,
    业主单位 …) and no lead or responsible field: the doers then lead (round 52), as a doer column alone does since
    round 38 (``tables._DOERS``).

    >>> _doers_lead(["", "业主单位", "县城投公司；", "完成时限", "2026年"], 1)
    True
    >>> _doers_lead(["", "业主单位", "县城投公司；", "责任单位", "县住建局"], 1)
    False
    """
    labels = parts[k::2]
    return not DOER_LABELS.isdisjoint(labels) and not any(LABEL_ROLES[x] in ("lead", "responsible") for x in labels)


def _starts_inside(ordered_starts: Sequence[int], begin: int, end: int) -> Sequence[int]:
    """The offsets of ``ordered_starts`` (sorted) strictly between ``begin`` and ``end``.

    A run of label lines is one region whose every line start is a field start: a scan of all of them for each
    field's value made a run of 10,000 label lines cost their square (25 s for 7,500 lines of ``牵头单位：——``);
    a bisection costs a logarithm (round 43).

    >>> _starts_inside([3, 8, 12, 20], 3, 20)
    [8, 12]
    """
    return ordered_starts[bisect_right(ordered_starts, begin) : bisect_left(ordered_starts, end)]


def _labelled(
    text: str, start: int, end: int, field_starts: frozenset[int], memo: dict | None, parts: list[str] | None = None
) -> tuple[Assignment, int] | None:
    """``read_region`` of the labelled fields of ``text[start:end]``, and where the first field starts; None when
    no label starts a field.

    A label starts a field at ``start``, after one of ``_FIELD_START`` or at one of ``field_starts``; another
    label and its colon are part of the value before it. One ``LABEL.split`` gives the labels and the values as
    strings (``parts`` when the caller split already); each field (offset, label, value) is read as it is met
    (no list of fields made first).
    """
    if parts is None:
        parts = LABEL.split(text[start:end] if start or end != len(text) else text)  # text, (label, text) …
    n = len(parts)
    at = start + len(parts[0])  # where the label parts[k] starts
    k = 1
    while k < n and not (
        at == start or text[at - 1] in _FIELD_START or at in field_starts or _after_level(text, start, at)
    ):
        at += len(parts[k]) + 1 + len(parts[k + 1])  # before the first field: no value to join
        k += 2
    if k >= n:
        return None
    first = at
    units: list[RoleUnit] = []
    deadline_field: str | None = None
    rest: str | None = None
    first_listed, carried = False, ()
    roles: list[str] = []
    people: list[tuple[str, str, int]] = []
    anchor = first_unit = None  # the first lead or responsible label, else the first unit label, else the first
    done = False  # a progress field says the task is done
    ordered_starts = sorted(field_starts) if field_starts else ()  # once: each value's lines by bisection (round 43)
    first_k = k  # the first field's label (a doer label alone leads: ``_doers_lead``, asked only at a doer's label)
    while k < n:
        label, value = parts[k], parts[k + 1]
        k += 2
        after = at + len(label) + 1 + len(value)  # where the next label starts
        if k < n and not (text[after - 1] in _FIELD_START or after in field_starts):  # rare: the next label
            begin = at + len(label) + 1
            person = LABEL_ROLES[label] in PEOPLE_ROLES
            while (
                k < n
                and not (  # and its colon, and those after it not at a field start, join the value
                    text[after - 1] in _FIELD_START
                    or after in field_starts
                    or _level_opens_field(text, after, field_starts)
                    or _label_after_units(text, begin, after)
                    or (person and names_a_person(text[max(begin, after - _NAME_WINDOW) : after]))  # 张某某完成时限：
                )
            ):
                after += len(parts[k]) + 1 + len(parts[k + 1])
                k += 2
            value = text[begin:after]
            if k < n and _level_opens_field(text, after, field_starts):
                value = value[
                    :-_LEVEL_LENGTH
                ]  # 市级责任部门：A；区级责任主体：B: the level is the next field's (round 43)
        others = ()  # person fields of labels the grammar does not know, in the value (round 31)
        lines = ()  # the lines that start inside the value, looked for once (most values hold none)
        if field_starts:
            value_at = at + len(label) + 1
            lines = _starts_inside(ordered_starts, value_at, value_at + len(value))
        if lines:  # a line of a field the grammar does not know ends the value (督办领导：…, round 30)
            value, others = _before_other_field(text, at + len(label) + 1, value, lines)
        role = _field_role(label, value)
        if role == "support" and label in DOER_LABELS and _doers_lead(parts, first_k):
            role = (
                "responsible"  # 业主单位：A，B配合 (no lead field): the owner leads (round 52), as a doer column alone
            )
        roles.append(role)
        if role == "deadline":
            if deadline_field is None or label in ADJUSTED_DEADLINE_LABELS:
                deadline_field = value.strip(_STRIP) or deadline_field
        elif role == "progress":  # 进展情况：已完成: the task is done; anything else reported is no field of the plan's
            done = done or row_reports_done([(label, value.strip(_STRIP))])  # 是否完成：是 too (round 44)
        elif role in PEOPLE_ROLES:  # names no unit (``责任人：赵六``): read by ``people``
            value, dated = _person_and_deadline(value)
            if dated is not None and deadline_field is None:
                deadline_field = dated
            people.append((label, value.strip(_STRIP), at + len(label) + 1))
        elif len(value) <= _NO_UNIT_LONGEST and value.strip(_STRIP) in _NO_UNIT:
            pass  # 配合单位：无 (an OA system's export of an empty field, round 37): no unit
        else:
            if anchor is None:
                if role == "lead" or role == "responsible":
                    anchor = at
                elif first_unit is None:
                    first_unit = at
            if "（" in value or "(" in value:  # 县数据局（卫某某）: the unit's person, in brackets after it
                people.extend(_bracketed_people(label, value, at + len(label) + 1))
            field = (at, label, value)
            read = memo.get(field) if memo is not None else None
            if read is None:
                read = _people_apart(
                    _field_lines_value(text, value, at + len(label) + 1, role, lines)
                    if lines
                    else _field_value(text, value, at + len(label) + 1, role)
                )
                if memo is not None:
                    memo[field] = read
            found, rest_of_field, fl, ca, persons = read
            if persons:  # 责任科室：办公室，科长 张某某: the office's head, a person of the task, no unit (round 44)
                people.extend((label, u.name, u.pos) for u in persons)
            if role == "lead" and len(found) > 1 and value.rstrip(_STRIP).endswith(_DUTY_SHARE):
                found = _lead_then_sharers(found, value, at + len(label) + 1)
            units.extend(found)
            if rest_of_field is not None and rest is None:
                rest = rest_of_field
            if fl:
                first_listed = True
            if ca:
                carried += tuple(ca)
        if others:
            people.extend(others)
        at = after
    if not units and first > start and (before := _unlabelled(text, start, first)) is not None:
        # units before a deadline field: （A牵头，B配合；完成时限：2023年底前）
        units, anchor, first_listed, carried = list(before.units), before.anchor, before.first_listed, before.carried
        if deadline_field is None and before.deadline is not None and people:
            deadline_field = before.deadline  # （A牵头，2024年8月底前完成，责任人：孙某某）: round 31
    elif units and first > start:
        # units with no label before the supporting ones' (县司法局；配合单位：县市场监管局): the responsible units
        # (round 37), when the words before the first label are unit names and nothing else (no other field's label);
        # before a lead or responsible label, only units written leading (市发改委牵头；责任单位：各区政府, round 44)
        labelled_leads = "lead" in roles or "responsible" in roles
        head = text[start:first]
        found, rest_before, _, _ = (
            _field_value(text, head, start, "responsible") if "：" not in head and ":" not in head else _NOTHING_READ
        )
        if (
            found
            and rest_before is None
            and all(is_unit_name(u.name) or is_collective(u.name) for u in found)
            and (not labelled_leads or all(u.role == "lead" for u in found))
        ):
            units = [*found, *units]
            anchor = found[0].pos
    if anchor is None:
        anchor = first_unit if first_unit is not None else first
    if done:  # the deadline's words and the progress's 已完成, as written (parse_deadline: status done)
        deadline_field = f"{deadline_field}；已完成" if deadline_field else "已完成"
    assignment = _new(
        Assignment,
        (
            tuple(units),
            deadline_field
            if deadline_field is not None
            else rest
            if rest is None or not OTHER_FIELD.match(rest)
            else None,
            True,
            anchor,
            first_listed,
            carried,
            tuple(roles),
            tuple(people),
        ),
    )
    return assignment, first


def read_field(text: str, role: str | None, start: int = 0, end: int | None = None) -> Assignment:
    """One field value (a table cell, a label's value) read with ``role`` as its units' default role.

    >>> [(u.name, u.role) for u in read_field("区政务服务中心牵头，区住房城乡建委配合", "responsible").units]
    [('区政务服务中心', 'lead'), ('区住房城乡建委', 'support')]
    """
    end = len(text) if end is None else end
    units, trailing, first_listed, carried = _read_value(text, start, end, role, strict=False)
    return Assignment(
        units=tuple(units),
        deadline=_after_units(text, trailing, end),
        labelled=True,
        anchor=start,
        first_listed=first_listed,
        carried=tuple(carried),
    )


def _trailing_deadline(text: str, trailing: Sequence[tuple[int, int]]) -> str | None:
    """The first run of clauses after the units that read as deadlines, as written (None when none does).

    >>> t = "A牵头；具体办法另定；2023年6月底前完成第一阶段，2024年底前完成全部任务；另行通知"
    >>> spans = [(4, 10), (11, 26), (27, 40), (41, 45)]
    >>> [t[a:b] for a, b in spans][1:], _trailing_deadline(t, spans)
    (['2023年6月底前完成第一阶段', '2024年底前完成全部任务', '另行通知'], '2023年6月底前完成第一阶段，2024年底前完成全部任务')
    """
    first = last = None
    for a, b in trailing:
        if parse_deadline(text[a:b]).status and not year_of_its_object(text[a:b]):
            first, last = (a if first is None else first), b
        elif first is not None:
            break
    return None if first is None else text[first:last].strip(_STRIP) or None


def read_parenthetical(inner: str) -> Assignment | None:
    """``read_region`` over a whole string (the inside of one parenthetical)."""
    return read_region(inner, 0, len(inner))


# ---- roles ------------------------------------------------------------------------------------------


def resolve(
    assignment: Assignment, *, first_listed: bool = False, carried: Sequence[str] = ()
) -> tuple[list[RoleUnit], list[RoleUnit]]:
    """(leads, supports) of an assignment under the document's conventions.

    Units marked lead (label or verb) lead; units marked support support; responsible units
    (责任单位, 负责, 落实, or no role word) all lead — unless a lead is marked (then they
    support) or the document states that the first-listed unit leads (then the first leads
    and the others support). With no lead marked, 落实 units beside a 负责 group support
    (``_carriers``). ``carried`` units join the supports.

    Most assignments mark one lead, first, and name every unit once (``牵头单位：A；配合单位：B、C``): the others,
    read in one loop, are its supports (``_resolve_written`` is the rule in full).
    """
    units = assignment.units
    if units and not carried:
        first = units[0]
        if first.role == "lead":
            seen = {first.name}
            supports: list[RoleUnit] = []
            for u in units[1:]:
                if u.role == "lead" or u.name in seen:
                    break  # another lead or a name written again: the rule in full
                seen.add(u.name)
                supports.append(u)
            else:
                return [first], supports
    return _resolve_written(assignment, first_listed, carried)


def _resolve_written(
    assignment: Assignment, first_listed: bool, carried: Sequence[str]
) -> tuple[list[RoleUnit], list[RoleUnit]]:
    """``resolve`` as the rule is written: leads, the responsible units, first-listed, carriers, carried units."""
    units = assignment.units
    leads: list[RoleUnit] = []
    others: list[RoleUnit] = []
    for u in units:  # one loop, not two comprehensions (each a frame of its own: most lists are short)
        (leads if u.role == "lead" else others).append(u)
    if not leads:
        carriers = _carriers(units)
        responsible = [u for u in units if u.role != "support" and u not in carriers]  # no lead: the responsible
        if first_listed and responsible:
            leads = responsible[:1]
            others = [u for u in units if u is not responsible[0]]
        else:
            leads = responsible
            others = [u for u in units if u.role == "support" or u in carriers]
    supports: list[RoleUnit] = []
    seen = set(map(_NAME, leads))
    for u in others:
        if u.name not in seen:
            seen.add(u.name)
            supports.append(u)
    for name in carried:
        if not any(same_body(name, other) for other in seen):
            seen.add(name)
            supports.append(RoleUnit(name, "support", assignment.anchor))
    return (leads if len(leads) < 2 else dedupe(leads)), supports


_NAME = attrgetter("name")


def _carriers(units: Sequence[RoleUnit]) -> list[RoleUnit]:
    """The units that carry out a task under a 负责 group of the same list, when no lead is marked.

    ``（A、B按职责分工负责落实、各区政府组织落实）``: A and B are responsible, 各区政府 carries the task
    out and supports. A list whose only role is 落实/组织落实 has no carriers: its units lead.

    >>> a = read_parenthetical("市市场监管局、市商务委按职责分工负责落实、各区政府组织落实")
    >>> [[u.name for u in side] for side in resolve(a)]
    [['市市场监管局', '市商务委'], ['各区政府']]
    >>> [[u.name for u in side] for side in resolve(read_parenthetical("市应急局、各区政府组织落实"))]
    [['市应急局', '各区政府'], []]
    """
    if not any(u.role == "responsible" for u in units):
        return []
    return [u for u in units if u.role == "implement"]


_GOVERNMENT = compiled(r"(?:人民)?政府$")


def same_body(a: str, b: str) -> bool:
    """True when two names are one body as written: equal, or a place and its government.

    >>> same_body("试点城市", "试点城市政府"), same_body("市财政局", "区财政局")
    (True, False)
    """
    return a == b or _GOVERNMENT.sub("", a) == _GOVERNMENT.sub("", b)


def dedupe(units: list[RoleUnit]) -> list[RoleUnit]:
    """The units without a name written again (first one kept)."""
    seen: set[str] = set()
    out = []
    for u in units:
        if u.name not in seen:
            seen.add(u.name)
            out.append(u)
    return out

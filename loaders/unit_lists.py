"""One unit-list grammar: the units a list of names holds, with the role each is given (``read_units``), and a
field's value read into its units, people and the deadline after them (``read_value``).

Unit lists split on ``、，,/`` outside brackets, on ``等和`` and on ``和`` between two whole unit names (not inside
``中央和国家机关工委`` or ``各有关部门和单位``). A role verb after a run of units gives every unit of the run its role
(``A、B牵头，C配合``).

>>> text = "市发展改革委、市财政局牵头，市商务委配合"
>>> [(u.name, u.role) for u in read_units(text, 0, len(text))]
[('市发展改革委', 'lead'), ('市财政局', 'lead'), ('市商务委', 'support')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import starmap
from operator import sub

from reformgraph.loaders.date_words import POINT_PERIODS
from reformgraph.loaders.people import a_person_listed, names_a_person, person_after_unit
from reformgraph.loaders.roles import RoleUnit, new_named_tuple, unit_replaced
from reformgraph.loaders.scan import find_outside, split_outside
from reformgraph.loaders.unit_names import (
    GENERIC_NOUNS,
    ORGANISATION_KINDS,
    UNIT_LAST_CHARACTERS,
    has_unit_ending,
    is_collective,
    is_unit_name,
    names_a_post,
    names_a_type,
    opens_like_a_task,
    opens_with_an_owned_kind,
)
from reformgraph.loaders.vocab import (
    BODY_NAME_FIRST,
    BODY_NAME_LAST,
    CARRIED_UNIT,
    CONVENTION_LEAD_IN,
    CONVENTION_WORDS,
    FIRST_LISTED_LEADS,
    IMPLEMENTERS_CARRIED,
    IMPLEMENTERS_REACH,
    ROLE_CLOSERS,
    ROLE_LAST,
    ROLE_VERBS,
    UNIT_MARKS,
    WITH,
    lone_role,
    split_duty,
    split_guided,
    split_role,
)
from reformgraph.regexcache import compiled
from reformgraph.unit_forms import SHORT_FORM_PATTERN, short_form

FIELD_OPENERS = "；;，,。（( "  # a label starts a field at the start or after one of these
CLAUSE_ENDS = "。；;"
ITEM_SEPARATORS = "、，,/／"  # ／: a full-width slash, as a Chinese input method types it (round 54)
_CLAUSE_BREAKS = "，,；;"  # the clauses of a role list (A负责，B会同C指导)
# a note's mark after a unit's name, between it and its role verb (县审计局[1]配合, 县审计局①配合, 县财政局【2】): round 47;
# the raised digits are stripped as punctuation is (``NAME_PUNCTUATION``)
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
NAME_PUNCTUATION = " 。.：:；;，,\t¹²³⁰⁴⁵⁶⁷⁸⁹"
CLAUSE_MARK = compiled("[。；;]")
# a comma before a deadline written after the units in the same clause ends the units' clause:
# ``A牵头，B配合，2024年6月底前完成``, ``A负责，持续推进``, ``…，于2023年底前完成``; round 43: a schedule that
# opens with how the work runs (``A、B，分阶段推进，2025年底前完成50%…``, ``…，分年度实施``, ``A、B，即日起至2025年12月``)
# (its periods: ``date_words.POINT_PERIODS``, and 每个月, round 50)
# and after 并 or 且 (``A，并于每季度末报送…``: the time a reporting rhythm gives the task, as ``A，每季度末报送…``, round 78)
DEADLINE_COMMA = compiled(
    r"[，,](?=(?:并|且)?(?:力争|确保|争取)?(?:于|在|到|至|截至|自|从)?(?:\d{4}|\d{1,2}月|持续|长期|常态|每(?:个月|"
    + "|".join(POINT_PERIODS)
    + r")"
    r"|(?:今|明|本|当)?年(?:底|内|末)|(?:今|明|本|当)年|上半年|下半年|第?[一二三四]季度"
    r"|即日起|分(?:阶段|步|年度|批)(?:推进|实施|完成)))"
)
ITEM_MARK = compiled("[、，,/／]")
LIST_MARK = compiled("[、，,]")  # the marks between a list's names, a slash not among them


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
    ``国家林业和草原局国有林场和种苗管理司``: round 41; before, 国有林场 and 种苗管理司, as 林场 ends a name) or of a
    department's 站 or 中心 (``省林草局国有林场和种苗管理站``: round 73): the words after it end the piece with 司, 站 or
    中心 and open with no level or body of their own, and the words before it end with no office's word (an office
    before the 和 is a body of its own: ``省林草局规划处和资源站``).

    >>> _inside_a_bureau_name("国有林场", "种苗管理司"), _inside_a_bureau_name("人事司", "国有林场和种苗管理司")
    (True, False)
    >>> _inside_a_bureau_name("区林业局林场", "市园林司"), _inside_a_bureau_name("国有林场", "种苗管理司负责")
    (False, True)
    >>> _inside_a_bureau_name("省林草局国有林场", "种苗管理站"), _inside_a_bureau_name("省林草局规划处", "资源站")
    (True, False)
    """
    if right[:1] in PARTNER_OPENINGS or left.endswith(_OFFICE_WORDS):
        return False
    if "司" not in right and "站" not in right and "中心" not in right:
        return False  # (most lists: no 司, 站 or 中心 after the 和)
    return split_role(right)[0].endswith(_BUREAU_ENDS) and not right.startswith(("国家", "中央", "国务院"))


_BUREAU_ENDS = ("司", "站", "中心")  # the inner bodies whose names may hold a 和 (国有林场和种苗管理司/站)
# how an office's or a body's name ends: before a 和, a body of its own
_OFFICE_WORDS = (
    "司",
    "站",
    "中心",
    "处",
    "室",
    "科",
    "股",
    "局",
    "厅",
    "委",
    "办",
    "院",
    "所",
    "队",
    "部",
    "会",
    "馆",
    "校",
)


def _opens_a_partner(right: str, left: str) -> bool:
    """Whether the text after a 与 opens as a body of its own does: with a level or a collective (县妇联, 各街道办事处)
    or as the name before it opens. 与 also joins the words of one name (``市政府与社会资本合作中心``, the PPP centre:
    round 41; before, 市政府 and 社会资本合作中心), where the words after it open with no level.

    >>> _opens_a_partner("县妇联", "团县委"), _opens_a_partner("各街道办事处", "区卫生健康局")
    (True, True)
    >>> _opens_a_partner("社会资本合作中心", "市政府")
    False
    """
    return right[:1] in PARTNER_OPENINGS or right[:1] == left[:1]


PARTNER_OPENINGS = frozenset("省市县区乡镇街村州旗各有相")  # how a body's name after 与 opens: a level, 各, 有关/相关


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
    >>> _open_list("甲省财政厅等省级主管部门（单位）"), _open_list("商务部等有关部门（单位）")
    (('甲省财政厅', None), ('商务部', '有关部门（单位）'))
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
    bare = tail.removesuffix("（单位）").removesuffix("(单位)")
    if bare != tail and _TYPE_TAIL.search(bare) and is_unit_name(head) and is_unit_name(bare):
        # …等省级主管部门（单位）: the type with its kinds' bracket adds nobody either (round 73 heldout18, held-out 77)
        return head, None
    return name, None


def partner_before_its_work(unit: RoleUnit) -> RoleUnit:
    """The last partner after 会同 in a field's first clause, its name cut where the work it does begins:
    ``【牵头单位】A，会同B制定实施细则`` names B (round 78 left48; before, ``B制定实施细则``, a name), where a name ending
    as a body's does (``has_unit_ending``) opens the words and they are no name as a whole; else ``unit`` as it is.
    Asked of fields only (``read_value``): prose's 会同 list is cut by ``prose._supports_after``.

    The longest such name the work's verb follows (``opens_like_a_task``: 制定, 建立, 开展 …) is taken first: ``镇环卫所
    制定村庄…`` names 镇环卫所, not ``镇环卫所制定村`` (a village's ending inside the work's words).

    >>> partner_before_its_work(RoleUnit("国网供电公司制定实施细则", "support", 3)).name
    '国网供电公司'
    >>> partner_before_its_work(RoleUnit("镇环卫所制定村庄清洁考评办法", "support", 3)).name
    '镇环卫所'
    >>> partner_before_its_work(RoleUnit("专家学者开展论证", "support", 3)).name  # no body's ending before the work
    '专家学者开展论证'
    """
    name = unit.name
    names = [k for k in range(len(name) - 2, 1, -1) if has_unit_ending(name[:k]) and is_unit_name(name[:k])]
    for k in names:
        if opens_like_a_task(name[k:]):
            return unit_replaced(unit, name=name[:k])
    return unit_replaced(unit, name=name[: names[0]]) if names else unit


def _clause_before(text: str, start: int, at: int) -> int:
    """Where the last clause break (a comma or a semicolon, outside brackets) before ``at`` in ``text[start:at]`` is,
    or -1: ``各学校负责，县教育局会同县公安局指导``'s comma, so 各学校's clause keeps its own role.

    >>> _clause_before("各学校负责，县教育局会同县公安局指导", 0, 10), _clause_before("县教育局会同县公安局指导", 0, 4)
    (5, -1)
    """
    pieces = split_outside(text, _CLAUSE_BREAKS, start, at)
    return pieces[-1][0] - 1 if len(pieces) > 1 else -1


def _closed_by_support(text: str, with_at: int, end: int) -> bool:
    """Whether the clause holding 会同 at ``with_at`` (up to the next clause break, or ``end``) closes with a partner's
    verb (``B会同C配合``): its units all support, those before 会同 too, where ``X会同Y负责`` makes X lead (SPEC).

    >>> _closed_by_support("B局会同C局配合", 2, 8), _closed_by_support("B局会同C局负责", 2, 8)
    (True, False)
    >>> _closed_by_support("B局会同C局参与，D局落实", 2, 14)
    True
    """
    clause_end = split_outside(text, _CLAUSE_BREAKS, with_at, end)[0][1]
    return split_role(text[with_at + len(WITH) : clause_end])[1] == "support"


# doers, their guide and their role, the whole list (各乡镇人民政府在县农业农村局指导下实施: round 58 left23)
_GUIDED_LIST = compiled(r"([^，,；;]{2,40}?)在([^，,；;在]{2,40}?)的?(?:统筹|业务|技术|具体)?指导下")


def _guided_list(text: str, start: int, end: int) -> list[RoleUnit] | None:
    """The units of a list ``text[start:end]`` naming its doers under a unit's guidance and a role alone after it
    (``各乡镇人民政府在县农业农村局指导下实施``): the guide leads and the doers support, as ``（B实施，A指导）`` and
    ``B在A指导下开展…`` in prose read (rounds 43, 58), unless they are written 牵头 (both lead, as round 43 chose); None
    when the list is not so written.

    >>> t = "各乡镇人民政府在县农业农村局指导下实施"
    >>> [(u.name, u.role) for u in _guided_list(t, 0, len(t))]
    [('县农业农村局', 'lead'), ('各乡镇人民政府', 'support')]
    >>> _guided_list("各乡镇人民政府在专家指导下实施", 0, 15), _guided_list("各乡镇在县农业农村局指导下开展巡查", 0, 17)
    (None, None)
    """
    m = _GUIDED_LIST.match(text, start, end)
    own = lone_role(text[m.end() : end]) if m is not None else None
    if own is None:
        return None
    guides = read_units(text, m.start(2), m.end(2), role="lead")
    doers = read_units(text, start, m.end(1), role="lead" if own == "lead" else "support")  # (牵头: both lead)
    if not guides or not doers or not all(is_unit_name(u.name) for u in (*guides, *doers)):
        return None
    return [*guides, *doers]


# guidance by no unit (experts, technicians, a third party) between doers and their role: the manner of their work
# (各乡镇人民政府在专家指导下实施, round 58 left24; before, the doers were lost)
_UNNAMED_GUIDANCE = compiled(
    r"(?<=[^，,；;、])在(?:有关|相关)?(?:技术专家|专家(?:组|团队)?|专业(?:技术)?人员|技术人员|第三方(?:专业)?机构|专业机构)"
    r"(?:的)?(?:技术|业务)?指导下(?=[^，,；;、])"
)


def _read_without(text: str, start: int, end: int, span: tuple[int, int], default: str | None) -> list[RoleUnit] | None:
    """The units of ``text[start:end]`` read with ``span`` (guidance naming no unit) left out, each unit at its place
    in ``text``.

    >>> t = "各乡镇人民政府在专家指导下实施，县农业农村局负责"
    >>> [(u.name, u.role, u.pos) for u in _read_without(t, 0, len(t), (7, 13), None)]
    [('各乡镇人民政府', 'implement', 0), ('县农业农村局', 'responsible', 16)]
    """
    cut = span[1] - span[0]
    units = read_units(text[: span[0]] + text[span[1] :], start, end - cut, default=default)
    if units is None:
        return None
    return [u._replace(pos=u.pos + cut) if u.pos >= span[0] else u for u in units]


def _guided_clause(text: str, start: int, end: int, default: str | None) -> list[RoleUnit] | None:
    """The units of a list ``text[start:end]`` one of whose clauses names its doers under a unit's guidance and a role
    alone (``县农业农村局牵头，各村在驻村工作队指导下实施``): that clause read as :func:`_guided_list` reads a whole
    list (the guide leads, the doers support), the others as before, each unit at its place (round 58 left25; before,
    the doers were lost with the guide); None when no clause is so written.

    >>> t = "县农业农村局牵头，各村在驻村工作队指导下实施"
    >>> [(u.name, u.role) for u in _guided_clause(t, 0, len(t), None)]
    [('县农业农村局', 'lead'), ('驻村工作队', 'lead'), ('各村', 'support')]
    >>> t = "各村在驻村工作队指导下实施，县农业农村局负责"
    >>> [(u.name, u.role) for u in _guided_clause(t, 0, len(t), None)]
    [('驻村工作队', 'responsible'), ('各村', 'support'), ('县农业农村局', 'responsible')]
    >>> _guided_clause("县农业农村局牵头，各村在驻村工作队指导下开展巡查", 0, 24, None)  # no role alone after it
    """
    at = text.find("指导下", start, end)
    cs = max([start, *(text.rfind(sep, start, at) + 1 for sep in _CLAUSE_BREAKS)])
    ce = min([end, *(e for sep in _CLAUSE_BREAKS if (e := text.find(sep, at, end)) != -1)])
    if (cs, ce) == (start, end) or (guided := _guided_list(text, cs, ce)) is None:
        return None
    before = read_units(text, start, cs - 1, default=default) if cs > start else []
    after = read_units(text, ce + 1, end, default=default) if ce < end else []
    if before is None or after is None:
        return None
    if any(u.role == "responsible" for u in (*before, *after)):  # beside a 负责 unit the guide leads with it
        guided = [u.with_role("responsible") if u.role == "lead" else u for u in guided]
    return [*before, *guided, *after]


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
    if role is None and text.find("指导下", start, end) != -1:
        if guided := _guided_list(text, start, end):
            return guided
        if (guidance := _UNNAMED_GUIDANCE.search(text, start, end)) is not None:
            return _read_without(text, start, end, guidance.span(), default)
        if (guided := _guided_clause(text, start, end, default)) is not None:
            return guided
    if _NOT_PLAIN_UNITS.search(text, start, end) is None:
        return _plain_units(text, start, end, role, default)
    if text.find(WITH, start, end) != -1:
        with_at = find_outside(text, WITH, start, end)
        if with_at != -1 and role is None and (clause := _clause_before(text, start, with_at)) != -1:
            # A负责，B会同C指导: the clauses before the one holding 会同 keep their own roles (round 57 left21)
            before = read_units(text, start, clause, default=default)
            after = read_units(text, clause + 1, end, default=default)
            if after is not None and _closed_by_support(text, with_at, end):
                # A牵头，B会同C配合: the 会同 clause is a partners' clause, B supports with C (round 58 left23)
                after = [u.with_role("support") for u in after]
            return None if before is None or after is None else before + after
        if with_at != -1:
            # (a partners' list forced by its caller keeps them partners: …，B会同C配合 in prose, round 58 left23)
            left = read_units(text, start, with_at, role="support" if role == "support" else "lead")
            right = read_units(text, with_at + len(WITH), end, role="support")
            if left is None or right is None:
                return None
            return left + right
    names: list[str] = []
    roles: list[str | None] = []
    extra: list[tuple[int, str | None, bool]] = []  # pos, written, implied
    own: dict[int, str] = {}  # unit index → a role in brackets after it (A、B（牵头）: B's alone, not A's)
    pieces = split_outside(text, ITEM_SEPARATORS, start, end) if ITEM_MARK.search(text, start, end) else ((start, end),)
    if len(pieces) > 1 and text.find("“", start, end) != -1:
        pieces = quoted_joined(text, pieces)
    if len(pieces) > 1 and (
        text.find("各", start, end) != -1
        or text.find("关", start, end) != -1
        or (max(starmap(sub, pieces)) >= -3 and _levels_before_body([text[a:b] for a, b in pieces]))
    ):
        pieces = _each_level_spans(text, pieces)
    if len(pieces) > 1 and text.find("街道", start, end) != -1:
        pieces = _streets_and_towns(text, pieces)
    if len(pieces) > 1 and text.find(BUREAUS, start, end) != -1:
        pieces = bureaus_joined(text, pieces)
    if ("）" in (tail := text[max(start, end - _VERB_AFTER_KIND) : end]) or ")" in tail) and (
        text.find("、", start, end) != -1 or text.find("等", start, end) != -1
    ):
        pieces = spelled_out(text, pieces)  # (a kind's bodies with no 等, a role verb after them: round 72 left42)
    clause_ends: set[int] = set()  # the units a comma follows (their indexes)
    for a, b in pieces:
        if a > start and text[a - 1] in "，," and names:
            clause_ends.add(len(names) - 1)
        raw = text[a:b]
        piece = raw.strip(NAME_PUNCTUATION)
        if not piece:
            continue
        base = a + len(raw) - len(raw.lstrip(NAME_PUNCTUATION)) if raw[0] in NAME_PUNCTUATION else a
        parts = _split_and(piece) if ("和" in piece or "及" in piece or "与" in piece) else ((piece, 0),)
        for part, offset in parts:
            marked = None
            if part and (part[0] in UNIT_MARKS or part[-1] in UNIT_MARKS):  # ★区住建局、区财政局 / 区财政局★ (round 45)
                part, marked, offset = _unmarked(part, offset)
                if not part:
                    continue
            name, verb_role = split_role(part)
            pending: tuple[str, int] | None = None
            pending_role = "support"
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
            elif name[-1:] in "）)" and "统称" in name and (cut := group_name_at(name)):
                name = name[
                    :cut
                ]  # A、B、C（以下统称X）: X names the three below, no part of C's name (round 73 left43)
            elif (
                name[-1:] in "）)"
                and (partner := _PARTNER_BRACKET.search(name)) is not None
                and is_unit_name(partner.group(1))
            ):  # 审计室（驻部纪检监察组协同）: 审计室, and its partner in the brackets (round 38)
                name = name[: partner.start()]
                pending = (partner.group(1), base + offset + partner.start() + 1)
            elif name[-1:] in "）)" and (person := _PERSON_BRACKET.search(name)) and people_in(person.group(1)):
                name = name[: person.start()]  # 县财政局（李四 138…）: a person is no part of the unit's name
            elif name[-1:] in _NOTE_LAST:
                name = without_note_mark(name)  # 县审计局[1]配合: a note's mark, no part of the name (round 47)
            elif name[-1:] in "（(":  # 县教体局（责任人：郑某）: the person's label cut the field at its bracket
                name = name[:-1]
            elif name and name[-1] not in UNIT_LAST_CHARACTERS and (cut := person_after_unit(name)):
                name = name[:cut]  # 市教育局张某某: the unit, then its contact (round 40)
            elif name[-1:] in "）)" and (short := short_form(name)) is not None:
                as_written, name = name, short[0]  # X（以下简称Y）: X, written so (the graph: Y)
            elif role is None and (joined := two_bodies(name)) is not None:  # A督促指导B落实 (round 57)
                name, second, at = joined
                own[len(names)] = "lead"
                pending = (second, base + offset + at)
                pending_role = "lead" if verb_role == "lead" else "support"
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
                own[len(names)] = pending_role
                names.append(pending[0])
                roles.append(pending_role)
                extra.append((pending[1], None, False))
                pending = None
            if tail:
                names.append(tail)
                roles.append(verb_role)
                extra.append((base + offset + len(head) + 1, written, True))
    covering = _covering_roles(roles, clause_ends, default)
    for i in range(len(roles)):
        roles[i] = role or own.get(i) or covering[i] or default
    found = [new_named_tuple(RoleUnit, (n, r, p, w, imp)) for n, r, (p, w, imp) in zip(names, roles, extra)]
    if len(found) > 1 and may_share_a_body(text[start:end]):
        return shared_bodies(found)
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
# round 57: two bodies written together in one piece of a role list, joined by what the first does with, to or for the
# second (（A联合B负责）, （A督促指导B落实）, （A组织B实施）): the first leads, the second takes the list's role; not
# where the caller gives every unit its role (prose's units before a verb: ``prose._joins_or_urges`` reads them)
_JOINTS = ("联合", "督促指导", "指导督促", "督促", "指导", "组织", "协调")
_BODY_WITH_BODY = compiled(rf"(?<=[{BODY_NAME_LAST}])(?:{'|'.join(_JOINTS)})(?=[{BODY_NAME_FIRST}])")
_TWO_BODIES_LEAST = 8  # characters: two bodies' shortest names (县财政局, 各乡镇) and the verb between them


def two_bodies(name: str) -> tuple[str, str, int] | None:
    """The two bodies a piece of a role list names with a verb between them (``县交通运输局督促指导各乡镇人民政府``):
    the first, the second and where the second starts; None for a name (``市委组织部``, ``县残疾人联合会``) or a
    side that is no unit.

    >>> two_bodies("县交通运输局督促指导各乡镇人民政府"), two_bodies("县委组织部"), two_bodies("县社会组织指导中心")
    (('县交通运输局', '各乡镇人民政府', 10), None, None)
    """
    if len(name) < _TWO_BODIES_LEAST or (joint := _BODY_WITH_BODY.search(name)) is None:
        return None
    first, second = name[: joint.start()], name[joint.end() :]
    return (first, second, joint.end()) if is_unit_name(first) and is_unit_name(second) else None


# a bracket that closes a unit's name (县发改局（张三）): a person, or more of the name (市交通委（计划财务处）)
_PERSON_BRACKET = compiled(r"[（(]([^（()）]{2,40})[)）]$")
_CONVENTION_HINT = compiled(r"第一|首位|首列|最前|" + CONVENTION_WORDS.pattern)  # 首列: round 59 left27
# A unit list needs the general reader only with brackets, 会同 or 和/及; a field value also with a
# convention (their first characters: 第 首 最 下 不 以). Most need neither. The patterns are alternations of
# literals (``re`` then skips to their first characters): a 会 of 管委会 is plain.
# a bracket (各县〔市、区〕政府, 各地〈州、市〉卫生健康委: round 42), a join word
# and a mark set on a unit (★区住建局: round 45; literals all, so that ``re`` skips to their first characters)
_NOT_PLAIN_UNITS = compiled(r"（|\(|\)|）|〔|［|\[|〈|【|和|及|与|会同|" + "|".join(UNIT_MARKS))
# and a colon: a field of a label the grammar does not know inside the value (承办部室：/推进时限：), which the general
# reader reads as no unit (round 42: the plain reader had read 推进时限 a unit; met by the random regions' test)
NOT_PLAIN_VALUE = compiled(r"（|\(|\)|）|〔|［|\[|〈|【|和|及|与|会同|第|首|最|下|不|以|：|:|" + "|".join(UNIT_MARKS))


def _by_unit(piece: str) -> bool:
    """Whether ``piece`` is 由 and a unit name (``由市发展改革委``): the 由 is not part of the name.

    >>> _by_unit("由市发展改革委"), _by_unit("由")
    (True, False)
    """
    return len(piece) > 2 and is_unit_name(piece[1:])


def _plain_units(text: str, start: int, end: int, role: str | None, default: str | None) -> list[RoleUnit]:
    """``read_units`` of a list with no bracket, 会同, 和 or 及: pieces split on ``、，,/``, role verbs, open lists."""
    return plain_list(text[start:end], start, role, default)


def plain_list(items: str, at: int, role: str | None, default: str | None) -> list[RoleUnit]:
    """``_plain_units`` of the string ``items``, written at offset ``at``."""
    marked = "，" in items or "," in items or "/" in items or "／" in items  # (``ITEM_MARK`` but 、)
    if "、" not in items and not marked:
        # one piece (no ``ITEM_MARK`` in it: ``_split_items`` gives it whole), a unit's name alone with nothing to
        # strip (a field naming one unit, most): the first path of ``_listed_units``' loop, without the split and its tests
        piece = items.strip(NAME_PUNCTUATION)
        if piece is items and piece and piece[-1] in _NAME_ALONE_LAST and "等" not in piece and "由" not in piece:
            return [new_named_tuple(RoleUnit, (piece, role or default, at, None, False))]
    elif "等" not in items and "由" not in items and "“" not in items and BUREAUS not in items:
        units = _names_alone(ITEM_MARK.split(items) if marked else items.split("、"), at, role or default)
        if units is not None:
            return shared_bodies(units) if pieces_may_share_a_body(items) else units
    return _listed_units(items, at, role, default)


def _names_alone(pieces: list[str], at: int, role: str | None) -> list[RoleUnit] | None:
    """``_listed_units`` of a list of several pieces (``pieces``: its ``ITEM_MARK.split``, written at ``at``) each a
    unit's name alone, with no 等, 由 or quote in the list (the caller's tests), before ``shared_bodies`` (which the
    caller asks); None for any other list (``_listed_units`` reads it).

    Each piece is one that ``_listed_units`` appends at once as it is (its name-alone path): not empty, nothing to
    strip (its first character no ``NAME_PUNCTUATION``, its last one a name's alone), and no piece but the last ends
    as 各 and levels may, so ``_split_items`` joins none (``_a_level_ends_one``) and gives ``ITEM_MARK.split``; a name
    alone sets no role verb, so no unit's role changes after the loop. A piece may also end as a role verb does and be
    none (``_no_verb_name``: 市人民防空办), which the loop appends as it is after its rules.

    >>> [(u.name, u.pos) for u in _names_alone(["区财政局", "区税务局"], 5, "support")]
    [('区财政局', 5), ('区税务局', 10)]
    >>> _names_alone(["各区", "县人民政府"], 0, None), _names_alone(["区财政局", ""], 0, None)
    (None, None)
    >>> [u.name for u in _names_alone(["市人民防空办", "有关主管部门"], 0, None)], _names_alone(["区局", "区协办"], 0, None)
    (['市人民防空办', '有关主管部门'], None)
    """
    last = pieces[-1]
    if (last[-1:] not in _NAME_ALONE_LAST and not _no_verb_name(last)) or last[0] in NAME_PUNCTUATION:
        return None
    if last in _TOWN_LEVELS:
        return None  # 各街道、镇: a town level alone closes a collective (``_streets_and_towns``), no name alone
    units: list[RoleUnit] = []
    for piece in pieces[:-1]:
        if (piece[-1:] not in _NAME_ALONE_NOT_LEVEL and not _no_verb_name(piece)) or piece[0] in NAME_PUNCTUATION:
            return None
        units.append(new_named_tuple(RoleUnit, (piece, role, at, None, False)))
        at += len(piece) + 1
    units.append(new_named_tuple(RoleUnit, (last, role, at, None, False)))
    return units


def _no_verb_name(piece: str) -> bool:
    """Whether a piece of a list ends as a role verb does and is a name alone (``_NAME_NO_VERB``, as ``str`` tests):
    no verb ends it (``split_role`` reads none) and it holds no first character of a word joining two bodies
    (``two_bodies`` reads none); ``_listed_units`` appends it as it is, with no 等 or 由 in the list.

    >>> _no_verb_name("市人民防空办"), _no_verb_name("区财政局协办"), _no_verb_name("区监督部门"), _no_verb_name("")
    (True, False, False, False)
    """
    return piece[-1:] in _NAME_OR_VERB_LAST and not piece.endswith(_VERBS_ENDING) and _JOINT_FIRST.isdisjoint(piece)


def _listed_units(items: str, at: int, role: str | None, default: str | None) -> list[RoleUnit]:
    """``plain_list`` of any list: its pieces read one by one."""
    start = at
    units: list[RoleUnit] = []
    verbs: dict[int, str] = {}  # unit index → the role verb written after it (few lists have one)
    given = role or default  # the role of every unit unless a verb after it says otherwise
    commas = "，" in items or "," in items
    clause_ends: set[int] = set()  # the units a comma follows (their indexes), in a list that has commas
    for raw in _split_items(items):  # every piece, empty ones too: ``at`` follows them
        if commas and units and items[at - start - 1 : at - start] in "，,":
            clause_ends.add(len(units) - 1)
        piece = raw.strip(NAME_PUNCTUATION)
        if piece:
            # strip returns the piece itself when there is nothing to strip (most pieces): it starts at ``at``
            place = at if piece is raw else at + len(raw) - len(raw.lstrip(NAME_PUNCTUATION))
            if piece[-1] in _NAME_ALONE_LAST and "等" not in piece and "由" not in piece:
                # a unit's name and nothing else (most pieces): none of the rules below changes it
                units.append(new_named_tuple(RoleUnit, (piece, given, place, None, False)))
                at += len(raw) + 1
                continue
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
                units.append(new_named_tuple(RoleUnit, (head, given, place, written, False)))
                if tail:
                    if verb:
                        verbs[len(units)] = verb
                    units.append(new_named_tuple(RoleUnit, (tail, given, place + len(head) + 1, written, True)))
            else:
                if piece[-1] not in UNIT_LAST_CHARACTERS and (cut := person_after_unit(piece)):
                    piece = piece[:cut]  # 市教育局张某某: the unit, then its contact (round 40)
                elif role is None and (joined := two_bodies(piece)) is not None:  # A督促指导B落实 (round 57)
                    piece, second, cut = joined
                    verbs[len(units)] = "lead"
                    verbs[len(units) + 1] = "lead" if verb == "lead" else "support"
                    units.append(new_named_tuple(RoleUnit, (piece, given, place, None, False)))
                    piece, place = second, place + cut
                units.append(new_named_tuple(RoleUnit, (piece, given, place, None, False)))
        at += len(raw) + 1
    if verbs and not role:
        for i, covering in enumerate(_covering_roles([verbs.get(i) for i in range(len(units))], clause_ends, default)):
            if covering is not None:
                units[i] = units[i].with_role(covering)
    if len(units) > 1 and may_share_a_body(items):
        units = shared_bodies(units)
    return units


# how a piece that is a unit's name alone ends (``plain_list``): as a unit's name does, as no role verb or note's mark
_NAME_ALONE_LAST = UNIT_LAST_CHARACTERS - ROLE_LAST - _NOTE_LAST


_LEVELS = "区县市镇乡旗"  # the last character of a place's name: its level
_PLACE_LEVELS = frozenset(_LEVELS)  # how a bare place ends (``_BARE_PLACE``'s last character)
_BARE_PLACE = compiled(r"[\u4e00-\u9fff]{1,12}[" + _LEVELS + "]")
# a body several places share, written once after the last (池北区、池西区管委会, 蓉江、东山街道办事处)
_SHARED_ENDS = ("管委会", "管理委员会", "党工委", "党委", "街道办事处", "党委和政府", "派出所")
_SHARED_BODY = compiled(r"([\u4e00-\u9fff]{2,8}?)(" + "|".join(_SHARED_ENDS) + ")")
# what no place's name holds: a word joining two things (毗邻建筑、轨交与属地公安派出所: 轨交与属地公安 is no place, so the
# station is not shared with the buildings before it; round 68 heldout13, held-out 60 line 45)
_JOINING_WORDS = frozenset("与和及")
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


# the committees ``shared_bodies`` reads: a body places share (管委会, 管理委员会, 党委, 党工委), a level's organ (区委, 县委 …)
_COMMITTEES = ("管委会", "管理委员会", "党委", "党工委", *(f"{level}委" for level in "区县市镇乡"))
# a 委 after the character before it in one of them (管委, 理委, 党委, 工委, 区委 …): one search where a list holds 委, in
# place of an ``in`` for each of the nine (``may_share_a_body``; a little wider than they are: 总工委 passes too)
_COMMITTEE_TAIL = compiled("[" + "".join(sorted({word[word.index("委") - 1] for word in _COMMITTEES})) + "]委")


def may_share_a_body(written: str) -> bool:
    """Whether ``shared_bodies`` may change a name of the list ``written``: only where a body places share is written
    (政府, 管委会, 管理委员会, 党委, 党工委, 街道办事处) or a level's committee alone (区委, 县委 …). Each name it changes
    is, or comes before, a name holding one of them, and every name of a list is a piece of what was written: most
    lists (市发展改革委、市财政局) hold none and skip it. Each word looked for only where its last character is (a
    two-character ``in`` costs more than one: ``scan.holds``); the committees by the character before their 委
    (``_COMMITTEE_TAIL``: a list it lets through that holds none of them is read by ``shared_bodies`` unchanged).

    >>> may_share_a_body("青石区、东湖区人民政府"), may_share_a_body("池北区、池西区管委会"), may_share_a_body("汉滨区委、区政府")
    (True, True, True)
    >>> may_share_a_body("蓉江、东山街道办事处"), may_share_a_body("唐江镇、龙回镇党委")
    (True, True)
    >>> may_share_a_body("市发展改革委、市财政局"), may_share_a_body("市市场监管局、区商务委"), may_share_a_body("市卫生处")
    (False, False, False)
    """
    return (
        "府" in written
        or ("委" in written and _COMMITTEE_TAIL.search(written) is not None)
        or ("处" in written and "街道办事处" in written)
        or ("所" in written and "派出所" in written)
    )


# the marks a list's names are written apart by (``ITEM_MARK``), and where a name of a list whose names are its pieces
# as written may be one ``shared_bodies`` changes or reads a change from (``pieces_may_share_a_body``): a piece ending
# with a committee places share (党委, 党工委, 管委会, 管理委员会) or a level's alone after a mark (、区委); with 政府, after
# a mark and a level alone (、区政府), in 党委和政府, or after a piece ending with a level (青石区、东湖区人民政府: the body
# of a place, ``_PLACE_BODY``, is 2 to 11 characters before its 政府, each looked behind for at a fixed width)
_MARKS = "、，,/／"
_PIECE_END = f"(?![^{_MARKS}])"
_SHARED_COMMITTEE_END = compiled(
    f"委{_PIECE_END}(?:(?<=[党工]委)|(?<=[{_MARKS}][区县市镇乡]委))"
    f"|委会{_PIECE_END}(?<=管委会)|委员会{_PIECE_END}(?<=管理委员会)"
)
_SHARED_GOVERNMENT_END = compiled(
    f"政府{_PIECE_END}(?:(?<=党委和政府)|(?<=[{_MARKS}][区县市镇乡]政府)|"
    + "|".join(
        f"(?<=[{''.join(sorted(_PLACE_LEVELS))}][{_MARKS}][^{_MARKS}]{{{k}}}政府)"
        for k in range(2, 12)  # a place's 1 to 8 characters, its level, and maybe 人民
    )
    + ")"
)


def pieces_may_share_a_body(written: str) -> bool:
    """``may_share_a_body`` of a list whose names are its pieces as written (split at ``ITEM_MARK``: ``names_units``,
    ``plain_list``'s names alone), asked of the pieces' ends: ``shared_bodies`` changes a name only where a piece
    after the first ends with a body places share (its follower: 管委会, 党委, 街道办事处 …, or 政府 after a piece ending
    with a level) or is a level's organ alone (区委, 区政府), so 市政府电子政务中心 (政府 inside a piece), 市委组织部 and
    北碚区人民政府 after 市发展改革委 (no level before it) skip it. The committees and governments are each found by one
    search of their first word (a literal: no class scanned for), the piece's end and what comes before looked at there.

    >>> pieces_may_share_a_body("青石区、东湖区人民政府"), pieces_may_share_a_body("汉滨区委、区政府")
    (True, True)
    >>> pieces_may_share_a_body("池北区、池西区管委会"), pieces_may_share_a_body("蓉江、东山街道办事处")
    (True, True)
    >>> pieces_may_share_a_body("市政府电子政务中心、市委组织部"), pieces_may_share_a_body("市发展改革委、北碚区人民政府")
    (False, False)
    """
    return (
        ("委" in written and _SHARED_COMMITTEE_END.search(written) is not None)
        or ("府" in written and _SHARED_GOVERNMENT_END.search(written) is not None)
        or ("处" in written and "街道办事处" in written)
    )


def shared_bodies(units: list[RoleUnit]) -> list[RoleUnit]:
    """The units of a list whose places share the body the last of them names: ``青石区、东湖区人民政府`` is 青石区人民政府
    and 东湖区人民政府, not the district 青石区 (round 34).

    >>> [u.name for u in shared_bodies([RoleUnit("青石区", None, 0), RoleUnit("东湖区人民政府", None, 4)])]
    ['青石区人民政府', '东湖区人民政府']
    >>> [u.name for u in shared_bodies([RoleUnit("庐江县", None, 0), RoleUnit("巢湖市人民政府", None, 4)])]
    ['庐江县人民政府', '巢湖市人民政府']
    >>> [u.name for u in shared_bodies([RoleUnit("青石区", None, 0), RoleUnit("市财政局", None, 4)])]
    ['青石区', '市财政局']
    >>> [u.name for u in shared_bodies([RoleUnit("吴泾", None, 0), RoleUnit("塘湾派出所", None, 3)])]
    ['吴泾派出所', '塘湾派出所']
    >>> [u.name for u in shared_bodies([RoleUnit("毗邻建筑", None, 0), RoleUnit("轨交与属地公安派出所", None, 5)])]
    ['毗邻建筑', '轨交与属地公安派出所']
    """
    out = list(units)  # (each unit's name by index: named, or plain as ``names_units`` makes them)
    for i in range(len(out) - 2, -1, -1):
        name, follower = out[i][0], out[i + 1][0]
        if name[0] == "各":
            continue
        if name[-1] in _PLACE_LEVELS and _BARE_PLACE.fullmatch(name) is not None:  # (its last character first)
            body = _PLACE_BODY.fullmatch(follower)
            if body is not None and _same_tier(name[-1], body.group(1)):
                out[i] = unit_replaced(
                    out[i], name=name + body.group(2)
                )  # the graph's name too (``written`` would win)
                continue
        shared = _SHARED_BODY.fullmatch(follower) if follower.endswith(_SHARED_ENDS) else None
        if (
            shared is not None
            and _BARE_PLACE_OR_NAME.fullmatch(name) is not None
            and not is_unit_name(name)
            and _JOINING_WORDS.isdisjoint(shared.group(1))
        ):
            # 池北区、池西区管委会; 蓉江、东山街道办事处 (round 38)
            out[i] = unit_replaced(out[i], name=name + shared.group(2))
    for i in range(1, len(out)):
        if len(out[i][0]) > 4 or out[i][0][0] not in "区县市镇乡":
            continue  # (a level's organ alone is short: 区政府, 市委, 县人民政府)
        place = _PLACE_ORGAN.fullmatch(out[i - 1][0])
        bare = _BARE_ORGAN.fullmatch(out[i][0])
        if place is not None and bare is not None and place.group(2) == bare.group(1):
            out[i] = unit_replaced(
                out[i], name=place.group(1) + out[i][0][1:]
            )  # 汉滨区委、区政府: 汉滨区政府 (round 38)
    return out


# a role in brackets that a list's names share: （共同牵头）, （联合牵头）, （双牵头）, （分别负责）, （并列牵头）; round 59:
# each by its duties (A、B（按职责分工牵头），C协同: A and B lead; before, B alone, and under a first-listed convention A)
_JOINT = compiled(r"[（(](?:(?:共同|联合|双|分别|并列)[^（()）]{1,4}|按照?职责(?:分工)?牵头)[)）]$")


def _covering_roles(
    marked: Sequence[str | None], clause_ends: Collection[int], default: str | None = None
) -> list[str | None]:
    """The role each unit takes from the role verbs (``marked``: the verb written right after each unit, or None).

    A verb covers the unmarked units written before it (``A、B负责``); a support verb only back to a comma
    (``A，B配合``: A is no supporting unit; ``clause_ends``: the units a comma follows). Under a label of responsible
    units (``default`` "responsible") a carrier's verb does too: ``责任单位：A、B，各乡镇人民政府落实`` — A and B are
    the label's, the governments carry the work out (round 68 fresh35; before, all three carriers, so all led).

    >>> _covering_roles([None, "responsible"], ()), _covering_roles([None, "support"], {0})
    (['responsible', 'responsible'], [None, 'support'])
    >>> _covering_roles([None, "implement"], {0}, "responsible"), _covering_roles([None, "implement"], {0})
    ([None, 'implement'], ['implement', 'implement'])
    """
    out: list[str | None] = [None] * len(marked)
    current = None
    for i in range(len(marked) - 1, -1, -1):
        if i in clause_ends and (current == "support" or (current == "implement" and default == "responsible")):
            current = None
        current = marked[i] or current
        out[i] = current
    return out


def _split_items(items: str) -> list[str]:
    """``ITEM_MARK.split(items)``: a plain ``str.split`` when ``、`` is the only separator written (most lists).

    >>> _split_items("区财政局、区税务局"), _split_items("区财政局、区税务局/区商务委"), _split_items("各区、县政府")
    (['区财政局', '区税务局'], ['区财政局', '区税务局', '区商务委'], ['各区、县政府'])
    """
    slashed = "/" in items or "／" in items
    pieces = ITEM_MARK.split(items) if "，" in items or "," in items or slashed else items.split("、")
    if "“" in items and len(pieces) > 1:  # 县“双随机、一公开”联席会议: one name (round 34)
        pieces = [items[a:b] for a, b in quoted_joined(items, _spans_of(pieces))]
    if BUREAUS in items and len(pieces) > 1:
        pieces = [items[a:b] for a, b in bureaus_joined(items, _spans_of(pieces))]
    if ("各" in items or "关" in items or _levels_before_body(pieces)) and _a_level_ends_one(pieces):
        # 各区、县人民政府: one collective, not 各区 and 县人民政府 (round 31); 有关市、州人民政府 likewise (round 40);
        # levels alone before a shared body (市、县两级民政部门, 市、县民政部门: round 44)
        return _each_level_joined(items, pieces)
    if "街道" in items and len(pieces) > 1:
        return [items[a:b] for a, b in _streets_and_towns(items, _spans_of(pieces))]
    return pieces


# 各街道 and the towns after its 、 (各街道、镇; 各街道、乡镇): one collective, every street office and town of the
# district, as 各乡、镇 (round 63 heldout4; before, 镇 alone was no unit and the list none)
_EACH_STREET = compiled(r"(?:各|有关|相关)街道(?:办事处)?")
_TOWN_LEVELS = frozenset({"镇", "乡", "乡镇", "镇（乡）"})


def _streets_and_towns(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) spans of a list's items in ``text`` with ``各街道`` and a bare town level after its 、 one span.

    >>> t = "区绿化市容局、各街道、镇"
    >>> [t[a:b] for a, b in _streets_and_towns(t, [(0, 6), (7, 10), (11, 12)])]
    ['区绿化市容局', '各街道、镇']
    >>> t = "各街道、区财政局"
    >>> [t[a:b] for a, b in _streets_and_towns(t, [(0, 3), (4, 8)])]
    ['各街道', '区财政局']
    """
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if (
            out
            and text[a:b] in _TOWN_LEVELS
            and text[a - 1 : a] == "、"
            and _EACH_STREET.fullmatch(text, *out[-1]) is not None
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# a type or collective that the bracket after it spells out by its bodies, closed by 等 (round 69 heldout14:
# 各行业建设主管部门(区建管委、区水务局、区交通委等)负责…, the order ``区建管委、区水务局等建设主管部门`` reverses)
_SPELLED_OUT = compiled(r"[（(]([^（()）]{2,60}?)等[)）]$")


def spelled_out(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) spans of a list's items in ``text``, a type or collective with the bodies that make it up in
    the bracket after it (closed by 等) replaced by those bodies: they are the units, the type their description. A
    unit's own bracket (``市交通委（科信处、宣传处）``: no 等, no type) and a bracket naming no bodies stay as they are.

    >>> t = "各行业建设主管部门(区建管委、区水务局、区交通委等)"
    >>> [t[a:b] for a, b in spelled_out(t, [(0, len(t))])]
    ['区建管委', '区水务局', '区交通委']
    >>> t = "市交通委（科信处、宣传处等）"
    >>> [t[a:b] for a, b in spelled_out(t, [(0, len(t))])]
    ['市交通委（科信处、宣传处等）']
    """
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        named = _name_end(text, a, b)  # (监管部门（A、B）按职责分工负责: the verb after the bracket, round 72 left42)
        members: list[tuple[int, int]] = []
        m = _SPELLED_OUT.search(text, a, named) if named and text[named - 2 : named - 1] == "等" else None
        if m is not None and m.end() == named and "、" in m.group(1):
            head = text[a : m.start()]
            spans = split_outside(text, "、", m.start(1), m.end(1))
            if (is_collective(head) or names_a_type(head)) and all(
                is_unit_name(text[x:y]) and not names_a_type(text[x:y]) for x, y in spans
            ):
                members = spans
        elif named:
            members = _kind_members(text, a, named)
        if not members:
            out.append((a, b))
            continue
        out.extend(members)
        if named < b:
            out.append((named, b))  # the role verb the bodies share, a piece of its own (``lone_role``)
    return out


def _name_end(text: str, a: int, b: int) -> int:
    """Where the name of a list item ``text[a:b]`` ending with a bracket ends, before a role verb after it (``split_role``
    takes it off), else 0.

    >>> t = "监管部门（区住建局、区城管局）按职责分工负责"
    >>> _name_end(t, 0, len(t)), _name_end(t, 0, 15), _name_end("区财政局牵头", 0, 6)
    (15, 15, 0)
    """
    if text[b - 1 : b] in "）)":
        return b
    name = split_role(text[a:b])[0]
    return a + len(name) if name and name[-1] in "）)" and text.startswith(name, a) else 0


def kind_spelled_out(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a kind of body with the bracket after it listing its bodies (``_kind_members``):
    the plan names the kind's bodies itself, so each is a subject whatever it is (a collective, a kind of actor).

    >>> t = "项目户管单位（各村、合作社、相关部门）"
    >>> kind_spelled_out(t, 0, len(t)), kind_spelled_out("镇属公司、相关部门", 0, 9)
    (True, False)
    """
    return text[end - 1 : end] in "）)" and bool(_kind_members(text, start, end))


_VERB_AFTER_KIND = 12  # characters: a list's end where a kind's bracket may close before the verb (按照职责分工负责)


# the levels a 各 before them shares in a list (各镇、街道: held-out 33 line 134, round 63 heldout6)
_SHARED_LEVELS = frozenset({"镇", "乡", "乡镇", "街道", "社区", "村"})


def _kind_members(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The (start, end) spans of the bodies a bracket closing ``text[a:b]`` lists with no 等, when what comes before
    it names a kind of body (``项目户管单位（各村、合作社、镇属公司、相关部门、居委会）``, ``属地单位（各镇、街道）``): the
    bracket spells the kind out in full, so its bodies are the units (round 72 left42, held-out 72 line 133). Else
    none: a body's own bracket (``市交通委（科信处、宣传处）``: no kind before it), a bracket of levels (``各县（市、区）``)
    or of sectors (``专营单位（供电、供水、燃气企业）``: no bodies' names).

    >>> t = "属地单位（各县（市、区）人民政府、市高新区管委会）"
    >>> [t[x:y] for x, y in _kind_members(t, 0, len(t))]
    ['各县（市、区）人民政府', '市高新区管委会']
    >>> t = "属地单位（各镇、街道）"
    >>> [t[x:y] for x, y in _kind_members(t, 0, len(t))]
    ['各镇', '街道']
    >>> [_kind_members(t, 0, len(t)) for t in ("市交通委（科信处、宣传处）", "专营单位（供电、供水、燃气企业）")]
    [[], []]
    """
    depth, opening = 0, -1
    for i in range(b - 1, a, -1):  # the bracket that the last one closes (a name's own may sit inside)
        c = text[i]
        depth += c in "）)"
        depth -= c in "（("
        if depth == 0:
            opening = i
            break
    if opening <= a + 1 or text.find("、", opening, b) == -1 or not names_a_type(text[a:opening]):
        return []
    spans = split_outside(text, "、", opening + 1, b - 1)
    each = text.startswith("各", spans[0][0])
    if all(is_unit_name(text[x:y]) or (each and text[x:y] in _SHARED_LEVELS) for x, y in spans):
        return spans
    return []


# the commissions, offices and bureaus of a government written with 、 (各委、办、局, 相关委、办、局, 市政府各委、办): one
# collective, as 各委办局 is (round 64; before, 办 and 局 were read as two names of their own)
BUREAUS = "委、办"


def bureaus_joined(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) spans of a list's items in ``text`` with a piece ending in 委 and the bare ``办`` (and ``局``)
    after its 、 one span.

    >>> t = "各街道、相关委、办、局"
    >>> [t[a:b] for a, b in bureaus_joined(t, [(0, 3), (4, 7), (8, 9), (10, 11)])]
    ['各街道', '相关委、办、局']
    >>> t = "区财政局、各委、办、局配合"
    >>> [t[a:b] for a, b in bureaus_joined(t, [(0, 4), (5, 7), (8, 9), (10, 13)])]
    ['区财政局', '各委、办、局配合']
    >>> t = "区发展改革委、办公室"  # a name after a 委 is no bare 办
    >>> [t[a:b] for a, b in bureaus_joined(t, [(0, 6), (7, 10)])]
    ['区发展改革委', '办公室']
    """
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        last = text[out[-1][1] - 1] if out else ""
        bare = text[a:b] if b - a == 1 else split_role(text[a:b])[0]  # (局配合: the list's role verb after it)
        if text[a - 1 : a] == "、" and ((last == "委" and bare == "办") or (last == "办" and bare == "局")):
            out[-1] = (out[-1][0], b)  # (a bare 办 or 局 is no name of its own)
        else:
            out.append((a, b))
    return out


def _spans_of(pieces: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of ``pieces`` split from a text at one-character separators.

    >>> _spans_of(["各街道", "镇"])
    [(0, 3), (4, 5)]
    """
    spans, at = [], 0
    for piece in pieces:
        spans.append((at, at + len(piece)))
        at += len(piece) + 1
    return spans


def _a_level_ends_one(pieces: Sequence[str]) -> bool:
    """Whether a piece of a list but its last ends as 各 and levels may (``_EACH_LEVEL_LAST``): ``_each_level_joined``
    joins a piece only to the one before it ending so, and leaves a list with none as it is (most lists naming
    有关部门 or 各区县: 市公安局、市级有关部门).

    >>> _a_level_ends_one(["各区", "县人民政府"]), _a_level_ends_one(["市公安局", "市级有关部门"])
    (True, False)
    """
    for piece in pieces[:-1]:
        if piece[-1:] in _EACH_LEVEL_LAST:
            return True
    return False


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
# round 72 heldout17: also 各有关/各相关 before the levels (各有关区、县级市: every district and county-level city
# concerned, one collective as 各区、县级市; held-out 75)
_EACH_LEVEL = compiled(
    rf"(?:各(?:有关|相关)?|有关|相关){_LEVEL}{{1,3}}{_LEVEL_BRACKET}(?:、{_LEVEL}{{1,3}}{_LEVEL_BRACKET})*"
    rf"(?:[、和及](?:{'|'.join(_TIERS)}))*"
)


def each_level_end(text: str, start: int, stop: int) -> int:
    """Where a collective of every body of some levels opening ``text[start:stop]`` ends (``各市（州）、县（市、区）``,
    ``各区、县级市``), else -1.

    >>> t = "各市（州）、县（市、区）要开展自查"
    >>> t[: each_level_end(t, 0, len(t))], each_level_end("各有关部门要开展自查", 0, 10)
    ('各市（州）、县（市、区）', -1)
    """
    m = _EACH_LEVEL.match(text, start, stop)
    return -1 if m is None else m.end()


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

    A kind a level owns (``区属企业``, ``县管企业``) opens with a body, no level: ``各镇、区属企业`` is every town and the
    district's enterprises, two, as ``各镇、区直部门`` would not be (round 77 left47; before, one collective of the
    levels 镇 and 区, as ``各区、县级市``).

    >>> _opens_with_level("区属企业"), _opens_with_level("市属国有企业"), _opens_with_level("县人民政府")
    (False, False, True)
    """
    if piece[:1] in "新计副兵":  # a national tier (round 40), unless the corps is named alone, a body itself
        return piece.startswith((*_TIERS, "兵团")) and split_role(piece)[0] not in (_TIERS[0], "兵团")
    if piece[:1] in "村街社":  # the levels below a township, counted (县、乡、村三级…; 市、区、街道三级…): round 44
        return _COUNTED_LOW_LEVEL.match(piece) is not None
    if opens_with_an_owned_kind(piece):
        return False
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


def people_apart(read: tuple) -> tuple:
    """A field's reading ``(units, rest, first_listed, carried)`` with the people listed among its units (``科长
    张某某``: :func:`people.a_person_listed`) taken out and put last: ``(units, rest, first_listed, carried,
    people)``. Made once per field read (the index's memo keeps it), not at each of its uses.

    >>> found = [RoleUnit("办公室", None, 0), RoleUnit("科长张某某", None, 4)]
    >>> [[u.name for u in part] for part in people_apart((found, None, False, ()))[::4]]
    [['办公室'], ['科长张某某']]
    """
    found = read[0]
    for u in found:  # (a loop, not ``all`` over a generator: a third of the cost, for a field's few names)
        if u.name[-1:] not in UNIT_LAST_CHARACTERS:
            break
    else:
        return (*read, ())  # every name ends as a unit's does: no person among them (most fields)
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
_NAME_ALONE_NOT_LEVEL = (
    _NAME_ALONE_LAST - _EACH_LEVEL_LAST
)  # how a name alone ends, but the last of a list (``_names_alone``)


def _characters(characters: Collection[str]) -> str:
    """``characters`` as the inside of a regex character class (sorted: one pattern text, which ``compiled`` keeps)."""
    return "".join(map(re.escape, sorted(characters)))


# what no piece of a list of names alone holds (``NAMES_ALONE``): what makes a field's value no plain one
# (``NOT_PLAIN_VALUE``, but 会同: the caller's test), what a piece is stripped of, 等, 由 and a quote (``_listed_units``'
# name-alone path), and the list's separators
_NOT_IN_NAME_ALONE = frozenset(
    "（()）〔［[〈【和及与第首最下不以：:" + NAME_PUNCTUATION + "等由“" + ITEM_SEPARATORS
) | frozenset(UNIT_MARKS)
# a piece taken whole (possessive: it holds no 、 nor any end a list is followed by, so no shorter run of it is
# another way to match) and its last character asked after it, not a run given back a character at a time
_NAME_ALONE = f"[^{_characters(_NOT_IN_NAME_ALONE)}]++"
# a piece's last character that ends a unit's name and a role verb too (部门 and 为牵头部门, 办 and 协办, 团体 and
# 为责任主体: ``ROLE_LAST``), which ``_listed_units`` gives to ``split_role`` and ``two_bodies``: a name alone where no
# role verb ends the piece (``split_role`` reads none: 市人民防空办, 有关主管部门, 市安委会成员单位) and it holds no
# first character of a word joining two bodies (``_BODY_WITH_BODY`` finds none: not 监督部门 either)
_NAME_OR_VERB_LAST = UNIT_LAST_CHARACTERS & ROLE_LAST - _NOT_IN_NAME_ALONE
_VERBS_ENDING = tuple(sorted({v for v, _ in ROLE_VERBS if v[-1] in _NAME_OR_VERB_LAST}))
_VERBS_ENDING_SHORTEST = tuple(v for v in _VERBS_ENDING if not any(w != v and v.endswith(w) for w in _VERBS_ENDING))
_JOINT_FIRST = frozenset(w[0] for w in _JOINTS)
_NAME_NO_VERB = (
    f"[^{_characters(_NOT_IN_NAME_ALONE | _JOINT_FIRST)}]++(?<=[{_characters(_NAME_OR_VERB_LAST)}])"
    + "".join(f"(?<!{re.escape(v)})" for v in _VERBS_ENDING_SHORTEST)
)
# a list of units' names alone, joined by 、, as ``plain_list`` reads it with no rule but the name-alone path: every
# piece ends as a name alone does (the last one), and as no 各 and levels may (the others: ``_split_items`` joins none),
# or is a name alone ending as a role verb does (``_NAME_NO_VERB``: ``_listed_units`` reads it so after its rules);
# a text that holds 会同 is no such list (``NOT_PLAIN_VALUE``), which the pattern leaves to its caller (``names_units``).
# Written as a piece, then mark and piece repeated (possessively: what follows the list, its end or ``；``, is no
# mark), each piece read once as the last may end and a mark taken only after a piece that may end a list's other
# pieces: the same lists as each piece before the last read as the others may end (a name alone ending as a role
# verb ends no name alone as the last: ``_NAME_ALONE_LAST`` and ``_NAME_OR_VERB_LAST`` hold no character in common),
# with no run of the last piece read three times (session 47: the usual heads' two matches 1.38 → 1.13 M). Meant
# whole (``fullmatch``, or followed by what is no mark: ``；``): as a prefix it may stop before a mark the form
# before took and then failed on (市财政局，推进…), which no caller asks (``tests/test_fast_paths_perfregex63.py``)
_NAME_PIECE = f"(?:{_NAME_ALONE}(?<=[{_characters(_NAME_ALONE_LAST)}])|{_NAME_NO_VERB})"


def _names_joined(piece: str, marks: str) -> str:
    """The pattern of a list of ``piece``s joined by ``marks`` (a class or one mark), each piece but the last ending
    as a list's pieces before its last may (``_NAME_ALONE_NOT_LEVEL``, ``_NAME_OR_VERB_LAST``): ``NAMES_ALONE``'s shape.

    >>> re.fullmatch(_names_joined(_NAME_PIECE, "、"), "区财政局、区税务局") is not None
    True
    """
    after = _characters(_NAME_ALONE_NOT_LEVEL | _NAME_OR_VERB_LAST)
    return f"{piece}(?:(?<=[{after}]){marks}{piece})*+"


NAMES_ALONE = _names_joined(_NAME_PIECE, "、")
# the same with a comma among the marks (``市高法院，市司法局``): ``plain_list`` splits such a list at ``ITEM_MARK`` and
# reads its pieces by the same name-alone path (``_names_alone``); ``assign._field_value`` sends it there unless a
# deadline follows a comma (``DEADLINE_COMMA``), which its caller asks (``assign._usual_field``)
NAMES_ALONE_MARKED = _names_joined(_NAME_PIECE, "[、，]")
# the same where a name may hold one short bracket of what no name alone holds inside it, more of the name after it
# (``各区县（自治县）司法局``, ``两江新区（自贸区）法院``, ``各乡（镇）人民政府``): the general reader reads each such piece as
# one unit written as it is (``assign._usual_field`` reads it so by ``names_units``; session 53, compared with the
# general reading over every fixture and seeded random lists in ``tests/test_fast_paths_perfheads69.py``). A bracket
# closing a piece (``县财政局（牵头）``, ``各村（社区）``) or holding a mark (``各县（市、区）``) is left to the general reader
_IN_NAME_BRACKET = f"[^{_characters(_NOT_IN_NAME_ALONE)}]{{1,8}}"
_NAME_BRACKET = (
    rf"{_NAME_ALONE}(?:（{_IN_NAME_BRACKET}）|\({_IN_NAME_BRACKET}\))"  # 各区县（自治县）: a name's first part
)
NAMES_BRACKETED = _names_joined(f"(?:{_NAME_BRACKET})?{_NAME_PIECE}", "[、，]")
# a list of names alone closed by an open list's piece (``市发展改革委、市财政局等有关部门``, ``市人民防空办等``): the
# names before its last piece, each with its 、 and ending as a list's pieces before its last may (the first group,
# maybe empty), then the last piece, a name alone, 等, and what follows it with none of what no name alone holds (the
# second: one 等, read by ``_open_list``); ``open_names_units`` reads it
_NAMES_OPEN = compiled(
    f"((?:{_NAME_PIECE}(?<=[{_characters(_NAME_ALONE_NOT_LEVEL | _NAME_OR_VERB_LAST)}])、)*+)"
    f"({_NAME_PIECE}等[^{_characters(_NOT_IN_NAME_ALONE)}]*+)"
)


def names_units(names: str, at: int, role: str | None) -> list[RoleUnit]:
    """``plain_list(names, at, None, role)`` of a list ``NAMES_ALONE`` (or ``NAMES_ALONE_MARKED``) matches whole, with no
    会同 in it: one unit a piece, each of ``role`` and where it is written, those of places sharing a body made so (``shared_bodies``).

    The units are ``RoleUnit``'s fields as plain tuples (the index's usual heads: every reader of them reads by index).

    >>> names_units("区财政局、区税务局", 5, "support")
    [('区财政局', 'support', 5, None, False), ('区税务局', 'support', 10, None, False)]
    >>> [(u[0], u[2]) for u in names_units("市高法院，市司法局、市公安局", 0, "support")]
    [('市高法院', 0), ('市司法局', 5), ('市公安局', 10)]
    """
    if "、" not in names and "，" not in names:
        return [(names, role, at, None, False)]  # a ``RoleUnit``'s fields as a plain tuple (read by index)
    units: list[RoleUnit] = []
    for piece in names.split("、") if "，" not in names else ITEM_MARK.split(names):
        units.append((piece, role, at, None, False))
        at += len(piece) + 1
    return shared_bodies(units) if pieces_may_share_a_body(names) else units


def open_names_units(names: str, at: int, role: str) -> list[RoleUnit] | None:
    """A unit field's one-clause reading (``label_units`` of ``plain_list(names, at, None, role)``, no person among
    its units: ``people_apart``) of a list of names alone closed by an open list's piece (``_NAMES_OPEN`` matches it
    whole: ``市发展改革委、市财政局等有关部门``), as plain tuples; None for any other list, or one a rule of the
    general reading beyond these may change.

    ``_listed_units`` reads the names before the last piece as ``names_units`` does (each ends as a piece before a
    list's last may: no level ends one, so ``_split_items`` splits at each 、; a list holding ``委、办`` is left to it),
    and the last piece, holding 等, by its open-list step: ``split_role`` (a verb read, or a lone role: left to it),
    then ``_open_list``'s head and the collective after 等, written as the piece. A list that may share a body
    (``shared_bodies``) is left to it; so are units ``label_units`` may take for the task's words (a name after the
    first opening as they may) and a name ``people_apart`` may take for a person's (one not ending as a unit's: a
    piece closed by a note's mark, which ``_listed_units`` strips, leaves a name ending so too).
    Compared with ``assign._field_value``'s reading in ``tests/test_fast_paths_perfhead67.py``.

    >>> open_names_units("市发展改革委、市财政局等有关部门", 5, "support")  # doctest: +NORMALIZE_WHITESPACE
    [('市发展改革委', 'support', 5, None, False), ('市财政局', 'support', 12, '市财政局等有关部门', False),
     ('有关部门', 'support', 17, '市财政局等有关部门', True)]
    >>> open_names_units("市人民防空办等", 0, "lead"), open_names_units("市财政局", 0, "lead")
    ([('市人民防空办', 'lead', 0, '市人民防空办等', False)], None)
    """
    m = _NAMES_OPEN.fullmatch(names)
    if m is None or BUREAUS in names or may_share_a_body(names):
        return None
    listed, piece = m.groups()
    if piece[-1] in ROLE_LAST and (split_role(piece) != (piece, None) or (listed and lone_role(piece) is not None)):
        return None  # (a verb, or a preamble, read off it: ``_listed_units`` reads those)
    head, tail = _open_list(piece)
    units = names_units(listed[:-1], at, role) if listed else []
    at += len(listed)
    written = piece if head != piece else None
    units.append((head, role, at, written, False))  # a ``RoleUnit``'s fields as a plain tuple (read by index)
    if tail:
        units.append((tail, role, at + len(head) + 1, written, True))
    for unit in units[1:]:
        if unit[0][:1] in _TASK_WORDS_FIRST:
            return None  # (``_words_after_units`` may cut the list there)
    for unit in units:
        if unit[0][-1:] not in UNIT_LAST_CHARACTERS:
            return None  # (``people_apart`` may read a person there; a note's mark closing the piece ends one so)
    return units


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
    """``CLAUSE_MARK.split(value)``: a plain ``str.split`` when ``；`` is the only clause mark written.

    >>> _split_clauses("区财政局；"), _split_clauses("区财政局；2025年。持续推进")
    (['区财政局', ''], ['区财政局', '2025年', '持续推进'])
    >>> _split_clauses("区财政局牵头，区税务局配合，2025年底前完成")
    ['区财政局牵头，区税务局配合', '2025年底前完成']
    """
    if ("，" in value or "," in value) and DEADLINE_COMMA.search(value):
        value = DEADLINE_COMMA.sub("；", value)  # one character for one: the clauses' offsets stay true
    if "。" in value or ";" in value:
        return CLAUSE_MARK.split(value)
    return value.split("；")


def _plain_value(text: str, start: int, end: int, role: str | None, strict: bool):
    """``read_value`` of a value with no bracket, 会同, 和, 及 or convention word."""
    return plain_clauses(text[start:end], start, role, strict)


def plain_clauses(value: str, start: int, role: str | None, strict: bool):
    """``_plain_value`` of the string ``value``, written at offset ``start``."""
    units: list[RoleUnit] = []
    trailing: list[tuple[int, int]] = []
    cs = start
    for raw in _split_clauses(value):  # every clause; only the non-empty ones are read
        ce = cs + len(raw)
        if raw.strip(NAME_PUNCTUATION):
            if trailing:
                trailing.append((cs, ce))
            else:
                found = plain_list(raw, cs, None, role)
                if strict and not units and not _may_open_units(found):
                    return None  # as below: no reading of the clause takes its units
                found, whole = _clause_units(found, cs == start and not strict, role)
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
    >>> found = plain_list(t, 0, None, None)
    >>> _units_before_text(found, t, 0), _units_before_text(found[1:], t, 0)
    (2, 1)
    >>> _units_before_text(plain_list("具体办法另行制定，区财政局牵头", 0, None, None), "具体办法另行制定，区财政局牵头", 0)
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
    >>> found = plain_list(t, 0, None, None)
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
    """``text[start:end]`` as clauses split at each comma before a deadline (``DEADLINE_COMMA``).

    >>> t = "A牵头，B配合，2025年底前完成"
    >>> [t[a:b] for a, b in _deadline_cuts(t, 0, len(t))]
    ['A牵头，B配合', '2025年底前完成']
    """
    out = []
    for m in DEADLINE_COMMA.finditer(text, start, end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, end))
    return out


def group_name_at(name: str) -> int:
    """Where the bracket closing ``name`` that gives a name to the units before it together (``（以下统称X）``) starts,
    else 0: the bracket is no part of the last unit's name, as a short form's is none (round 73 left43). Unlike a short
    form (``X（以下简称Y）``, one body's), the name may stand for a list (``A、B、C（以下统称X）``), so it is no alias
    of the unit it follows.

    >>> group_name_at("县公安局（以下统称县级相关部门）"), group_name_at("县水利局（统称“行业主管部门”）"), group_name_at("市交通委（计划财务处）")
    (4, 4, 0)
    """
    m = _GROUP_NAME.search(name)
    return m.start() if m is not None and m.start() >= 2 else 0


# the bracket giving a list of units the name it is called together by below (（以下统称X）, （统称“X”，下同）)
_GROUP_NAME = compiled(
    r"[（(](?:以下|下文)?统称[：:]?[“\"「]?[^（()）“”\"「」，,。；;：:]{2,15}?[”\"」]?(?:[，,]下同)?[)）]$"
)


def _is_convention(piece: str) -> bool:
    """Whether a list's ``piece`` states a convention; not by the 下同 of a short form's definition (round 62).

    >>> _is_convention("省财政厅（列第一位的为牵头单位，下同）"), _is_convention("自治区民族宗教事务委员会（简称自治区民宗委，下同）负责")
    (True, False)
    """
    if "称" in piece and "下同" in piece:
        piece = _DEFINED_SHORT.sub("", piece)  # X（简称Y，下同）: Y names X below, no reading of the lists
    return any(kind.search(piece) for kind in _CONVENTIONS)


_DEFINED_SHORT = compiled(SHORT_FORM_PATTERN)


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


def opens_with_duty(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when a value (``text[start:end]``) opens with a duty (``负责落实…``), not a person's label (``负责人``): after a kind
    of body that is also a field's label (``建设单位：负责落实…``) it names no unit (round 72 left42; before, the duty's
    words were read as a unit's name).

    >>> opens_with_duty("负责落实安全措施"), opens_with_duty("负责人：张某某"), opens_with_duty("区财政局负责")
    (True, False, False)
    """
    end = len(text) if end is None else end
    return text.startswith("负责", start, end) and text[start + 2 : min(start + 3, end)] != "人"


def read_value(text: str, start: int, end: int, role: str | None, *, strict: bool):
    """Units, trailing clauses and conventions of one field value (or of an unlabelled parenthetical).

    Returns None when ``strict`` and the first clause is not a list of unit names. Trailing
    clauses are ``(start, end)`` spans of text after the units that names no unit (an
    unlabelled deadline such as ``；持续推进``).
    """
    if role is not None and opens_with_duty(text, start, end):
        return [], [(start, end)], False, []
    if NOT_PLAIN_VALUE.search(text, start, end) is None:
        return _plain_value(text, start, end, role, strict)
    units: list[RoleUnit] = []
    trailing: list[tuple[int, int]] = []
    first_listed, carried = False, []
    clauses = split_outside(text, CLAUSE_ENDS, start, end) if CLAUSE_MARK.search(text, start, end) else ((start, end),)
    if DEADLINE_COMMA.search(text, start, end):
        clauses = [cut for cs, ce in clauses for cut in _deadline_cuts(text, cs, ce)]
    for k, (cs, ce) in enumerate(clauses):
        if cs == ce or not text[cs:ce].strip(NAME_PUNCTUATION):
            continue
        cut = ce
        if _CONVENTION_HINT.search(text, cs, ce):
            # a convention may follow the units in the same clause: "A、B负责，排在第一位的…，下同"
            for ps, pe in split_outside(text, ITEM_SEPARATORS, cs, ce):
                if _is_convention(text[ps:pe]):
                    cut = ps + _convention_start(text[ps:pe])
                    break
            if text.startswith("下同", cut) and (
                doers := IMPLEMENTERS_CARRIED.search(text, max(cs, cut - IMPLEMENTERS_REACH), cut + 2)
            ):
                # …，A、B为实施单位，下同: the doers of every task from here, no units of this list's own
                # (``vocab.implementers_carried``, round 65)
                cut = doers.start(1) - 1 if doers.end() == cut + 2 and doers.start(1) > cs else cut
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
        found = read_units(text, cs, cut, default=role) or []
        if found and not strict and k == 0 and found[-1].role == "support" and not is_unit_name(found[-1].name):
            if find_outside(text, WITH, cs, cut) != -1:  # 【牵头单位】A，会同B制定实施细则: B (round 78 left48)
                found[-1] = partner_before_its_work(found[-1])
        if strict and not units and not _may_open_units(found):
            return None  # as below: no reading of the clause takes its units
        found, whole = _clause_units(found, k == 0 and not strict, role)
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


def label_units(found: list[RoleUnit], role: str | None) -> list[RoleUnit]:
    """A label's first clause's units as read (``found``), the task's words after them left out
    (``_words_after_units``), as ``read_value`` reads them; for its one-clause fast path (``assign._field_value``).

    >>> found = [RoleUnit("区人社局", "lead", 0), RoleUnit("区住建局", "support", 5), RoleUnit("完善预警平台", "lead", 12)]
    >>> [u.name for u in label_units(found, "lead")]
    ['区人社局', '区住建局']
    """
    return found[: _words_after_units(found, role)] if len(found) > 1 else found


def _clause_units(found: list[RoleUnit], loose: bool, role: str | None) -> tuple[list[RoleUnit], bool]:
    """A clause's units as read, and whether they are its units: any when ``loose`` (a label's first clause, up to
    the task's words that may follow its units in a sentence, ``_words_after_units``), else when each reads as a
    unit name, the last one maybe with its duty (``_duty_read``)."""
    if found and loose:
        return label_units(found, role), True
    if found and all(is_unit_name(u.name) for u in found):
        return found, True
    if len(found) > 1 and _sharing_a_qualifier(found):
        return found, True
    if len(found) > 1 and _units_and_people(found):
        return found, True  # 办公室、科长张某某负责: the people are set apart by ``people_apart`` (round 45)
    if len(found) > 1 and _units_and_posts(found):
        return found, True  # 各社区、各网格员配合: the posts are dropped with a task's (``tasks._bodies``), round 58
    found = _duty_read(found, role)  # 各区县政府落实属地责任: a unit, its role verb and what it does
    return found, bool(found) and all(is_unit_name(u.name) for u in found)


def _may_open_units(found: Sequence[RoleUnit]) -> bool:
    """Whether a strict reading may take a first clause read as ``found`` (or some of its units): its first is a unit's
    name, a person or a post listed, or a unit with its duty or guiding another. Every way ``_clause_units`` takes a
    clause whole needs it (each unit a name; a qualifier shared after a name; units and people, or units and posts;
    ``_duty_read``'s first unit from the first of ``found``, a name as it is, or ``split_guided``'s or ``split_duty``'s
    named unit), and so does ``_units_before_text`` (0 unless the first is a name): where it fails, the reading is None
    (session 52: a gate before the rules that say so one by one).

    >>> _may_open_units([RoleUnit("区财政局", None, 0)]), _may_open_units([RoleUnit("包括土地管理", "support", 0)])
    (True, False)
    >>> _may_open_units([]), _may_open_units([RoleUnit("各区县政府落实属地责任", None, 0)])
    (False, True)
    """
    if not found:
        return False
    name = found[0].name
    return (
        is_unit_name(name)
        or names_a_post(name)
        or (name[-1:] not in UNIT_LAST_CHARACTERS and a_person_listed(name))
        or split_guided(name) is not None
        or split_duty(name) is not None
    )


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


def _units_and_posts(found: Sequence[RoleUnit]) -> bool:
    """Whether ``found`` is unit names and posts (``unit_names.names_a_post``: people who hold an office, each one's),
    a unit among them: ``平安办负责，各社区、各网格员配合`` (round 58 fresh26; before, the post made the whole bracket
    no list of units, and the task was lost).

    >>> _units_and_posts([RoleUnit("平安办", "responsible", 0), RoleUnit("各社区", None, 6), RoleUnit("各网格员", "support", 10)])
    True
    >>> _units_and_posts([RoleUnit("各班主任", None, 0), RoleUnit("各任课教师", "responsible", 5)])
    False
    """
    units = [u for u in found if is_unit_name(u.name)]
    return 0 < len(units) < len(found) and all(names_a_post(u.name) for u in found if u not in units)


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
_TASK_WORDS_OPEN = compiled(r"将|把|对|并|确保|做好|加强|推动|推进|推行|结合|围绕")  # 推行: round 61


def _words_after_units(found: Sequence[RoleUnit], role: str | None = None) -> int:
    """How many of a label's first clause's items are its units: all but the task's words that may follow them,
    an item opening with a verb or 将/把/对 after unit names (``_TASK_WORDS_OPEN``), or (round 62) any item naming
    no unit, in the label's ``role`` (no role word of its own), after a partner's verb (``A，B协助，完善…``: the partners
    close the list, as 由A牵头，B配合，… reads).

    >>> found = [RoleUnit("区财政局", "lead", 0), RoleUnit("区卫健局", "support", 5), RoleUnit("将补助纳入预算", "lead", 12)]
    >>> _words_after_units(found), _words_after_units(found[:2])
    (2, 2)
    >>> found = [RoleUnit("区人社局", "lead", 0), RoleUnit("区住建局", "support", 5), RoleUnit("完善预警平台", "lead", 12)]
    >>> _words_after_units(found, "lead"), _words_after_units(found, "support")
    (2, 3)
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
        if (
            role is not None
            and role != "support"
            and found[k - 1].role == "support"
            and found[k].role == role
            and is_unit_name(found[k - 1].name)
            and not is_unit_name(name)
            and not is_collective(name)
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


def people_in(bracket: str) -> bool:
    """Whether a bracket after a unit's name holds its people: a person (``names_a_person``) or, round 48, a post
    alone (``各社区居委会（各社区书记）`` under ``配合单位（责任人）``: the contact is each community's secretary).

    >>> people_in("李某某"), people_in("各社区书记"), people_in("局长"), people_in("计划财务处"), people_in("社区")
    (True, True, True, False, False)

    A town's name is no person, though it may read as a surname and a given name (round 65: ``嘉定新城（马陆镇）``, the
    body the town's government is one with, written so; before, the bracket was dropped as its contact person).

    >>> people_in("马陆镇"), people_in("张江镇"), people_in("陈镇")
    (False, False, True)
    """
    if len(bracket) > 2 and bracket[-1] in _TOWN_ENDS:
        return False
    return names_a_person(bracket) or names_a_post(bracket)


_TOWN_ENDS = "镇乡"

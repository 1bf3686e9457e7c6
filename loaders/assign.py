"""One assignment from any way of writing it: the inside of a parenthetical, a label field on its own line, a
region of labelled fields, a table's unit cells. Its units are read by one unit-list grammar (``unit_lists``) and
its roles resolved by one set of rules (``roles.resolve``); roles written in prose are read by ``prose``.

>>> from reformgraph.loaders.roles import resolve
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

from reformgraph.districts import PLACE_ENDS
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.people import names_a_person
from reformgraph.loaders.roles import Assignment, RoleUnit, new_named_tuple
from reformgraph.loaders.text_deadlines import year_of_its_object
from reformgraph.loaders.unit_lists import (
    DEADLINE_COMMA,
    FIELD_OPENERS,
    ITEM_MARK,
    NAME_PUNCTUATION,
    NAMES_ALONE,
    NAMES_ALONE_MARKED,
    NAMES_BRACKETED,
    NOT_PLAIN_VALUE,
    PARTNER_OPENINGS,
    label_units,
    names_units,
    open_names_units,
    opens_with_duty,
    people_apart,
    people_in,
    plain_clauses,
    plain_list,
    read_value,
)
from reformgraph.loaders.unit_names import (
    is_collective,
    is_unit_name,
    opens_like_a_body,
)
from reformgraph.loaders.vocab import (
    ADJUSTED_DEADLINE_LABELS,
    DEADLINE_LABELS,
    DOER_LABELS,
    LABEL,
    LABEL_ROLES,
    LABELS_NAMED_OTHERWISE,
    LEADER_LEVELS,
    NONE_WRITTEN,
    OFFICE_OR_PERSON_LABELS,
    PEOPLE_ROLES,
    PERSON_ENDS,
    row_reports_done,
    split_role,
    trie_pattern,
)
from reformgraph.regexcache import compiled


def _after_units(text: str, trailing: Sequence[tuple[int, int]], end: int) -> str | None:
    """The text from the first trailing clause to ``end``, stripped (None when there is none)."""
    return text[trailing[0][0] : end].strip(NAME_PUNCTUATION) or None if trailing else None


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
    >>> from reformgraph.loaders.roles import named  # (the usual bracket's fields: a plain tuple)
    >>> a = named(a)
    >>> [u.name for u in a.units], a.deadline, label_first
    (['区财政局'], '2025年', True)
    >>> read_inside("区财政局牵头", {})[1], read_inside("以下简称平台", {})
    (False, None)
    """
    return read_insides((inner,), memo)[0]


def read_insides(inners: Sequence[str], memo: dict) -> list[tuple[Assignment, bool] | None]:
    """``read_inside`` of every text of ``inners``, each split at its labels and read; a bracket whose last field is
    a lone deadline field read as the fields before it, read once for every bracket holding them, and that field
    (``_deadline_last``)."""
    heads: dict = {}  # the fields before a last deadline field (and their roles with it), by their text (this call only)
    tails: dict = {}  # the texts after a bracket's last mark read as a deadline field or not, likewise
    out: list[tuple[Assignment, bool] | None] = []
    for inner in inners:
        # most brackets: ``_deadline_last`` of a head after which a ``；`` closes a deadline field stating one, the head
        # usual (nothing before the field bears on the deadline), read here with no call for the bracket
        before, found, tail = inner.rpartition("；")
        if found:
            field = tails.get(tail, _UNREAD)
            if field is _UNREAD:
                field = tails[tail] = _tail_field(tail)
            if field is not None and field[2]:
                head = heads.get(before, _UNREAD)
                if head is _UNREAD:
                    head = _head_read(before, "；", before, memo, heads)
                if (
                    head is not None
                    and (plain := head[3]) is not None
                    and (plain[0] or not inner.startswith(_OPENS_OTHERWISE))  # no unit read: round 81's fields?
                ):
                    units, anchor, first_listed, carried, people = plain
                    # an ``Assignment``'s fields as a plain tuple (``roles.Assignment``: read by index)
                    out.append(((units, field[2], True, anchor, first_listed, carried, head[1], people), head[2]))
                    continue
        read = _deadline_last(inner, memo, heads, tails)
        if read is not None and (read[0][0] or not inner.startswith(_OPENS_OTHERWISE)):
            out.append(read)
        elif (
            read is not None
        ):  # （属地责任单位：A；行业监管部门：B；完成时限：…）: a deadline and no unit read (round 81)
            out.append(fields_named_otherwise(inner, memo) or read)
        elif len(parts := LABEL.split(inner)) > 1 and (
            labelled := _labelled(inner, 0, len(inner), _NO_STARTS, memo, parts)
        ):
            if not labelled[0][0] and inner.startswith(_OPENS_OTHERWISE):  # a deadline, no unit: round 81's fields?
                out.append(fields_named_otherwise(inner, memo) or (labelled[0], labelled[1] == 0))
            else:
                out.append((labelled[0], labelled[1] == 0))  # a label at 0 starts a field: ``LABEL.match(inner)``
        elif inner.startswith(_UNIT_FIELD_LABELS) and (restored := _colons_restored(inner)) is not None:
            out.append((restored, True))  # （牵头单位 A；配合单位 B）: a space for each colon (round 54)
        elif inner.startswith(_OPENS_OTHERWISE) and (fields := fields_named_otherwise(inner, memo)) is not None:
            out.append(
                fields
            )  # （属地责任单位：A；行业监管部门：B）: the bearer's and the overseer's (round 81 left51)
        else:
            assignment = _unlabelled(inner, 0, len(inner))
            out.append(None if assignment is None else (assignment, False))
    return out


_OTHERWISE_FIELDS = compiled(f"({trie_pattern(LABELS_NAMED_OTHERWISE)})(?=[：:])")
_OPENS_OTHERWISE = tuple(sorted({label[:2] for label in LABELS_NAMED_OTHERWISE}))  # 属地, 行业


def fields_named_otherwise(inner: str, memo: dict) -> tuple[Assignment, bool] | None:
    """``read_inside`` of a bracket whose fields name the locality's share and the sector's (``属地责任单位：A；
    行业监管部门：B``, ``行业主管部门：A；属地责任：B``: round 81 left51), each label read as the bearer's or the overseer's
    of the same length (``vocab.LABELS_NAMED_OTHERWISE``): the bearer leads, the overseer supports, alone it leads (SPEC
    round 79). None where the bracket opens with no such label and its colon (``属地责任落实情况``).

    >>> from reformgraph.loaders.roles import named
    >>> a, first = fields_named_otherwise("属地责任单位：各乡镇人民政府；行业监管部门：县住建局", {})
    >>> [(u.name, u.role, u.pos) for u in named(a).units], first
    ([('各乡镇人民政府', 'responsible', 7), ('县住建局', 'support', 22)], True)
    >>> fields_named_otherwise("属地责任落实到位", {}), fields_named_otherwise("属地责任：各乡镇对辖区负总责", {})
    (None, None)
    """
    if _OTHERWISE_FIELDS.match(inner) is None:
        return None
    read = read_insides((_OTHERWISE_FIELDS.sub(lambda m: LABELS_NAMED_OTHERWISE[m.group(1)], inner),), memo)[0]
    if read is None or not read[0][0] or not all(is_unit_name(u[0]) for u in read[0][0]):
        return None  # （属地责任：各乡镇人民政府对辖区内…负总责）: a duty stated, no field naming bodies
    return read


# the marks after which a bracket's last field, a deadline's, is looked for: each starts a field (``FIELD_OPENERS``)
# and no label holds one (``LABEL`` matches the same labels before it and after it as in the whole)
_LAST_FIELD_MARKS = ("；", ";", "。")
_UNREAD = object()  # ``heads``' stand-in for a text not read yet (None: read, and no label starts a field in it)
_LEADS = None  # ``heads``' entry of the usual heads' lead fields (no head's key: a text, or a text and its mark)
_HALF_WIDTH = object()  # ``heads``' entry of the fields read of half-width heads (``_usual_parts_half_width``)


def _deadline_last(inner: str, memo: dict, heads: dict, tails: dict) -> tuple[Assignment, bool] | None:
    """``read_inside`` of a bracket whose last field is a deadline field alone after a ``；`` (or ``;``, ``。``:
    ``牵头单位：A；配合单位：B；完成时限：2022年6月``) with no colon in its value, as the fields before it (``heads``:
    read once for all the brackets holding them) and its deadline field (``tails``: each text after the mark read once
    as one, ``_tail_field``); None for any other bracket (``_labelled`` reads it whole).

    It reads as the whole does: no label holds the mark, so ``LABEL`` splits the text before it and after it as it
    splits the whole (a value with no colon holds no label); a label after the mark starts a field, so no value
    before it runs on into it; and a deadline field changes only the deadline and the roles (no unit, person or
    doer's role: ``_doers_lead`` looks for lead and doer labels only).

    ``heads`` are kept by the text before a ``；`` (most marks: no copy of the text with its mark made and hashed at
    each bracket), by (that text, the mark) for the others (a tuple never equals a text). Where nothing before the
    deadline field bears on the deadline (the fields state none, no person's dated clause, no progress: every usual
    head) and the field states one, the assignment is made at once from the parts kept with the head: what
    ``_Fields.assignment`` makes of them.

    >>> heads, tails = {}, {}
    >>> a, label_first = _deadline_last("牵头单位：区财政局；完成时限：2025年", {}, heads, tails)
    >>> from reformgraph.loaders.roles import named  # an ``Assignment``'s fields as a plain tuple, named
    >>> a = named(a)
    >>> [u.name for u in a.units], a.deadline, a.label_roles, label_first, list(heads)
    (['区财政局'], '2025年', ('lead', 'deadline'), True, [None, '牵头单位：区财政局'])
    >>> _deadline_last("牵头单位：区财政局；配合单位：区税务局", {}, heads, tails)
    >>> _deadline_last("区财政局牵头", {}, heads, tails), tails
    (None, {'完成时限：2025年': ('完成时限', '2025年', '2025年'), '配合单位：区税务局': None})
    """
    for mark in _LAST_FIELD_MARKS:
        before, found, tail = inner.rpartition(mark)
        if found:
            field = tails.get(tail, _UNREAD)
            if field is _UNREAD:
                field = tails[tail] = _tail_field(tail)
            if field is not None:
                break
    else:
        return None
    key = before if mark == "；" else (before, mark)
    head = heads.get(key, _UNREAD)
    if head is _UNREAD:
        head = _head_read(before, mark, key, memo, heads)
    if head is None:
        return None  # no label starts a field before the deadline's: the whole is read as it is
    fields, roles, label_first, plain = head
    if plain is not None and field[2]:  # nothing before bears on it: the field's value stripped is the deadline
        units, anchor, first_listed, carried, people = plain
        # an ``Assignment``'s fields as a plain tuple (``roles.Assignment``: read by index)
        return (units, field[2], True, anchor, first_listed, carried, roles, people), label_first
    if type(fields) is tuple:  # a usual head's parts (``_usual_parts``), its deadline field empty: its fields
        fields = _usual_fields(fields)
    label, value, stated = field
    # the field's deadline as ``_with_deadline`` reads it after fields that state none (most): its value stripped
    deadline = (stated or None) if fields.deadline is None else _with_deadline(fields.deadline, label, value)
    return fields.assignment(deadline, roles), label_first


def _head_read(before: str, mark: str, key: str | tuple, memo: dict, heads: dict) -> tuple | None:
    """The head of a bracket ``before`` its last field, a deadline's after ``mark`` (``_deadline_last``), read and kept
    in ``heads`` by ``key``: (its fields, or a usual head's parts; the roles with the deadline's; whether a label opens
    it; (units, anchor, first listed, carried, people) where nothing in it bears on the deadline, else None), or None
    where no label starts a field in it.

    >>> heads = {}
    >>> _head_read("牵头单位：区财政局", "；", "牵头单位：区财政局", {}, heads)[1:3], list(heads)
    ((('lead', 'deadline'), True), [None, '牵头单位：区财政局'])
    """
    text = before + mark  # the fields before, with the mark that closes the last one's value
    leads = heads.get(_LEADS)
    if leads is None:
        leads = heads[_LEADS] = {}  # the usual heads' lead fields, read once (``_usual_head``)
    parts = _usual_parts(text, memo, leads)
    if parts is None and (mark != "；" or ":" in before):
        half_memo = heads.get(_HALF_WIDTH)
        if half_memo is None:  # their general values' fields, read once, apart from the call's (the fold's)
            half_memo = heads[_HALF_WIDTH] = {}
        parts = _usual_parts_half_width(before, half_memo, leads)
    if parts is not None:  # a usual head: its parts as they are (the fields made only where a tail needs them)
        units, people, _, first_listed, carried, anchor, _, roles = parts
        head = heads[key] = (parts, (*roles, "deadline"), True, (units, anchor, first_listed, carried, people))
    else:
        fields = _fields_of(text, 0, len(text), _NO_STARTS, memo, _split_fields(text))
        head = heads[key] = (
            None
            if fields is None
            else (
                fields,
                (*fields.roles, "deadline"),
                fields.first == 0,
                (fields.units, fields.anchor, fields.first_listed, fields.carried, fields.people)
                if fields.deadline is None and fields.before_deadline is None and not fields.done
                else None,
            )
        )
    return head


# the usual fields before a bracket's deadline field (``牵头单位：A、B；配合单位：C；``, 181 of the bundled plan's 206
# heads): each value closed by ``；``, with no colon or ``；`` in it, a list of names alone
# (``unit_lists.NAMES_ALONE``: the first group of each field) or any other (the second, which may hold a name's bracket:
# 各区县（自治县）司法局, read with the people it may name as the fold reads them: session 49); read by ``_usual_head``
# (atomic: each alternative ends at the value's first ``；``, so the other cannot match where one did)
_USUAL_VALUE = rf"(?>(?:({NAMES_ALONE})|([^：:；;]*))；)"
# the whole head (the rule ``_usual_head``'s two matches below stand for: ``tests/test_fast_paths_perfindex62.py``);
# its first label may be 责任单位 too (responsible units, then supporting ones: session 49)
_USUAL_HEAD = compiled(rf"(?:牵头|责任)单位：{_USUAL_VALUE}(?:配合单位：{_USUAL_VALUE})?")
_USUAL_LABELS = ("牵头单位", "配合单位")
_USUAL_ROLES = (LABEL_ROLES[_USUAL_LABELS[0]], LABEL_ROLES[_USUAL_LABELS[1]])  # lead, support
_RESPONSIBLE_LABEL = "责任单位"
# the labels and roles ``_usual_field`` reads by their index: the two above, then the first field's other label
_FIELD_LABELS = (*_USUAL_LABELS, _RESPONSIBLE_LABEL)
_FIELD_ROLES = (*_USUAL_ROLES, LABEL_ROLES[_RESPONSIBLE_LABEL])  # lead, support, responsible
# its two fields, each matched alone: the lead's value ends at the head's first ``；`` (neither alternative holds one)
_USUAL_LEAD = compiled(rf"(?:{_USUAL_LABELS[0]}|{_RESPONSIBLE_LABEL})：{_USUAL_VALUE}")
_USUAL_SUPPORT = compiled(rf"{_USUAL_LABELS[1]}：{_USUAL_VALUE}")
# a usual value of names alone with a comma among its marks (``市高法院，市司法局``: the second group), read as the
# fold's field step reads it where no deadline follows a comma (``_usual_field``)
_NAMES_MARKED = compiled(NAMES_ALONE_MARKED)
# the same where a name may hold a short bracket inside it (各区县（自治县）司法局): read as names alone too
_NAMES_BRACKETED = compiled(NAMES_BRACKETED)


def _usual_head(text: str, memo: dict, leads: dict | None = None) -> _Fields | None:
    """``_fields_of`` the whole ``text`` when it is the usual head of a bracket (``_usual_parts``: its parts, made the
    fields by ``_usual_fields``), else None.

    >>> f = _usual_head("牵头单位：区财政局；配合单位：区税务局、区商务委；", {})
    >>> [u[:3] for u in f.units], f.roles, f.anchor
    ([('区财政局', 'lead', 5), ('区税务局', 'support', 15), ('区商务委', 'support', 20)], ('lead', 'support'), 0)
    >>> _usual_head("牵头单位：区财政局；完成时限：2025年；", {}) is None
    True
    """
    parts = _usual_parts(text, memo, leads)
    return None if parts is None else _usual_fields(parts)


def _usual_fields(parts: tuple) -> _Fields:
    """The settled fields of a usual head's parts (``_usual_parts``): what the fold makes of such a head.

    >>> _usual_fields(_usual_parts("牵头单位：区财政局；", {})).roles
    ('lead',)
    """
    units, people, rest, first_listed, carried, anchor, first_unit, roles = parts
    fields = _Fields()
    fields.first, fields.units, fields.deadline, fields.rest = 0, units, None, rest
    fields.first_listed, fields.carried, fields.roles, fields.people = first_listed, carried, roles, people
    fields.anchor, fields.first_unit, fields.done, fields.before_deadline = anchor, first_unit, False, None
    return fields


def _usual_parts(text: str, memo: dict, leads: dict | None = None) -> tuple | None:
    """What the fold reads of the whole ``text`` when it is the usual head of a bracket (``_USUAL_HEAD``: a lead field,
    maybe a supporting one, each closed by ``；``), read from the matches' groups: no split, no fold, no ``_Fields``
    made (``_deadline_last`` makes the assignment of the parts). (units, people, rest, first listed, carried, anchor,
    first unit, roles); None for any other text.

    It reads as the fold does: each field's value holds no colon (so no label) and is closed by ``；`` (so the next
    label starts a field, and ``_split_fields`` cuts the text at these labels and no other); neither label names an
    office, a person or a doer, so each value is read by the fold's unit-field step (a value naming none, ``无``,
    adds a role and nothing else), and no unit is written before the first label (``settle`` changes nothing but
    the anchor). A list of names alone (and no 会同 in the text) is read by ``names_units`` (what ``_field_value``
    and ``people_apart`` read of it: its units, nothing after them, no person); any other value as the fold reads it,
    in the memo (``(offset, label, value, role)``) shared with the fold.

    The lead field (the text up to its first ``；``: the lead's value holds none) is matched and read once for every
    head that opens with it, kept in ``leads`` by its text (``_deadline_last``'s, one for a call): it is read
    at the same offsets in each, and no field after it changes its reading. The supporting field after it is matched
    alone (``_USUAL_SUPPORT``): the head's pattern, each value atomic and closed by its first ``；``, matches the whole
    exactly where the two match their parts.

    >>> units, people, rest, first_listed, carried, anchor, first_unit, roles = _usual_parts(
    ...     "牵头单位：区财政局；配合单位：区税务局、区商务委；", {}
    ... )
    >>> [u[:3] for u in units], roles, anchor, first_unit
    ([('区财政局', 'lead', 5), ('区税务局', 'support', 15), ('区商务委', 'support', 20)], ('lead', 'support'), 0, None)
    >>> _usual_parts("牵头单位：区财政局；完成时限：2025年；", {}) is None
    True
    """
    cut = text.find("；") + 1
    if not cut or "会同" in text:
        return None
    key = text[:cut] if cut < len(text) else text
    lead = _UNREAD if leads is None else leads.get(key, _UNREAD)
    if lead is _UNREAD:
        m = _USUAL_LEAD.fullmatch(text, 0, cut)
        k = 0 if text[0] == "牵" else 2  # the first label's index in ``_FIELD_LABELS``: 牵头单位, or 责任单位
        if m is None:
            lead = None
        elif (names := m.group(1)) is not None:  # names alone (most): ``_usual_field``'s first step, made at once
            units = names_units(names, len(_FIELD_LABELS[k]) + 1, _FIELD_ROLES[k])
            lead = (tuple(units), (), None, False, (), True, _FIELD_ROLES[k : k + 1])
        else:
            units: list[RoleUnit] = []
            people: list[tuple[str, str, int]] = []
            unit_field, rest, fl, ca = _usual_field(text, 0, k, *m.groups(), memo, units, people)
            lead = (tuple(units), tuple(people), rest, fl, tuple(ca) if ca else (), unit_field, _FIELD_ROLES[k : k + 1])
        if leads is not None:
            leads[key] = lead
    if lead is None:
        return None
    units, people, rest, first_listed, carried, lead_unit, roles = lead
    anchor = 0 if lead_unit else None
    first_unit = None
    if cut < len(text):
        m = _USUAL_SUPPORT.fullmatch(text, cut)
        if m is None:
            return None
        names = m.group(1)
        if names is not None:  # names alone (most): ``_usual_field``'s first step, its units after the lead's
            units = (*units, *names_units(names, cut + len(_USUAL_LABELS[1]) + 1, _USUAL_ROLES[1]))
            first_unit = None if lead_unit else cut  # the anchor: the lead's field, else this one
            return units, people, rest, first_listed, carried, first_unit or 0, first_unit, (*roles, _USUAL_ROLES[1])
        more_units, more_people = list(units), list(people)
        unit_field, rest_of_field, fl, ca = _usual_field(text, cut, 1, *m.groups(), memo, more_units, more_people)
        if unit_field and anchor is None:
            first_unit = cut
        if rest is None:
            rest = rest_of_field
        if fl:
            first_listed = True
        if ca:
            carried += tuple(ca)
        units, people, roles = tuple(more_units), tuple(more_people), (*roles, _USUAL_ROLES[1])
    anchor = anchor if anchor is not None else first_unit if first_unit is not None else 0
    return units, people, rest, first_listed, carried, anchor, first_unit, roles


def _usual_parts_half_width(before: str, memo: dict, leads: dict | None = None) -> tuple | None:
    """``_usual_parts`` of a head written with half-width marks, or closed by ``。`` (``牵头单位:A;配合单位:B;``,
    ``牵头单位：A；配合单位：B。``: 14 of the bundled plan's 25 heads the fold reads): the head's parts with each ``:``
    and ``;`` written full-width and its closing mark a ``；`` (``before``: the head without its closing mark), when
    the fields' words leave no rest (a value of units alone, or naming none); None for any other head.

    The fold reads such a head as the full-width one: a colon of either width ends a label (``LABEL``), a ``；`` or
    ``;`` or the closing mark ends a field's value, and the units' names and offsets are the same (each mark one
    character). Where words are left after a value's units (the fields' ``rest``) the fold is asked (they are text).
    Values the general reader reads are kept in a memo of their own (``memo``: ``_deadline_last`` keeps one for a
    call, apart from the call's memo of fields, which holds fields as the fold reads them). Compared with the fold in
    ``tests/test_fast_paths_perfindex64.py``.

    >>> units, _, rest, *_, roles = _usual_parts_half_width("牵头单位:区财政局;配合单位:区税务局", {})
    >>> [u[:3] for u in units], rest, roles
    ([('区财政局', 'lead', 5), ('区税务局', 'support', 15)], None, ('lead', 'support'))
    >>> _usual_parts_half_width("牵头单位:区财政局，持续推进", {}) is None  # words after the units
    True
    """
    parts = _usual_parts(before.replace(":", "：").replace(";", "；") + "；", memo, leads)
    return None if parts is None or parts[2] is not None else parts


def _usual_field(
    text: str, at: int, k: int, names: str | None, other: str | None, memo: dict, units: list, people: list
) -> tuple:
    """The ``k``-th field of a usual head (``_FIELD_LABELS[k]`` at ``at``; its value ``names``, a list of names
    alone, or ``other``) read into ``units`` and ``people`` as the fold's unit-field step reads it: (whether it is a
    unit field, not one naming none such as ``无``; the rest after its units; first listed; carried). A bracket in
    ``other`` (各区县（自治县）司法局, 县数据局（卫某某）) gives the people ``_bracketed_people`` finds, before those of the
    value's reading, as in the fold. A list of names alone closed by an open list (市发展改革委等有关部门) is made by
    ``unit_lists.open_names_units``, not by the general reader (session 51).

    >>> units, people = [], []
    >>> _usual_field("牵头单位：区财政局；", 0, 0, "区财政局", None, {}, units, people), [u[2] for u in units]
    ((True, None, False, ()), [5])
    >>> memo = {}
    >>> _usual_field("牵头单位：市高法院，市司法局；", 0, 0, None, "市高法院，市司法局", memo, units, people), memo
    ((True, None, False, ()), {})
    >>> [(u[0], u[2]) for u in units]
    [('区财政局', 5), ('市高法院', 5), ('市司法局', 10)]
    """
    label, role = _FIELD_LABELS[k], _FIELD_ROLES[k]
    begin = at + len(label) + 1
    if names is not None:  # a list of names alone: its units, nothing after them, no person
        units.extend(names_units(names, begin, role))
        return True, None, False, ()
    value = other + "；"  # as the fold reads it, its mark with it
    if len(value) <= _NO_UNIT_LONGEST and value.strip(NAME_PUNCTUATION) in _NO_UNIT:
        return False, None, False, ()
    if "，" in other and _NAMES_MARKED.fullmatch(other) is not None and DEADLINE_COMMA.search(other) is None:
        # names alone, some after a comma (市高法院，市司法局): ``_field_value`` reads them by ``plain_list``'s
        # name-alone path (one clause: no deadline after a comma), as ``names_units`` makes them
        units.extend(names_units(other, begin, role))
        return True, None, False, ()
    if "等" in other and (found := open_names_units(other, begin, role)):
        # names alone closed by an open list (市发展改革委、市财政局等有关部门): ``_field_value``'s one-clause reading
        # (``label_units``, ``people_apart``: nothing after the units, no person), made by ``open_names_units``; no
        # such value ends in a shared duty (``_take_read``'s lead rule: its 责 ends no unit's name, which it leaves)
        units.extend(found)
        return True, None, False, ()
    if "（" in other or "(" in other:  # 县数据局（卫某某）: the unit's person, in brackets after it (as the fold)
        people.extend(_bracketed_people(label, value, begin))
        if _NAMES_BRACKETED.fullmatch(other) is not None and (
            "，" not in other or DEADLINE_COMMA.search(other) is None
        ):
            # names alone, one holding a short bracket inside it (各区县（自治县）司法局): each a unit written as it is,
            # as the general reader reads them (session 53: ``tests/test_fast_paths_perfheads69.py``)
            units.extend(names_units(other, begin, role))
            return True, None, False, ()
    field = (at, label, value, role)
    read = memo.get(field)
    if read is None:
        read = memo[field] = people_apart(_field_value(text, value, begin, role))
    return (True, *_take_read(read, label, value, begin, role, units, people))


def _tail_field(tail: str) -> tuple[str, str, str] | None:
    """(label, value, the value stripped) of the text after a bracket's last mark when it is a lone deadline field
    (``_lone_deadline_field``), else None.

    >>> _tail_field("完成时限：2022年6月。"), _tail_field("配合单位：区税务局")
    (('完成时限', '2022年6月。', '2022年6月'), None)
    """
    field = _lone_deadline_field(tail)
    return None if field is None else (*field, field[1].strip(NAME_PUNCTUATION))


def _split_fields(text: str) -> list[str] | None:
    """``LABEL.split(text)`` of a text of fields each closed by ``；`` (``牵头单位：A；配合单位：B；``) as ``str``
    operations: each piece between the ``；`` holds one colon, a label's before it. No label holds a colon or a ``；``,
    so each of ``LABEL``'s matches ends at a colon and starts after the ``；`` before it. None for any other text
    (``LABEL`` splits it).

    >>> _split_fields("牵头单位：区财政局；配合单位：区税务局；"), _split_fields("牵头单位：区财政局；区税务局牵头；")
    (['', '牵头单位', '区财政局；', '配合单位', '区税务局；'], None)
    """
    if ":" in text:
        return None  # a half-width colon: ``LABEL`` splits it
    pieces = text.split("；")
    closed = len(pieces) - 1  # the values closed by a ``；`` (all when the text closes with one)
    if not pieces[-1]:
        pieces.pop()
    if text.count("：") != len(pieces):
        return None  # some piece holds no colon or more than one
    parts = [""]
    for k, piece in enumerate(pieces):
        label, colon, value = piece.partition("：")  # (each piece holds one colon: a colon in all, as many as pieces)
        if not colon or label not in LABEL_ROLES:
            return None
        parts.append(label)
        parts.append(value + "；" if k < closed else value)
    return parts


def _lone_deadline_field(text: str) -> tuple[str, str] | None:
    """(label, value) of ``text`` when it is one deadline field (``完成时限：2022年6月``), as ``LABEL.split`` gives them:
    its one colon closes a deadline's label. No label holds a colon, so ``LABEL`` matches at the start only the text
    before the first colon, and finds no other label in a value with no colon. None for any other text.

    >>> _lone_deadline_field("完成时限：2022年6月"), _lone_deadline_field("完成时限:持续推进")
    (('完成时限', '2022年6月'), ('完成时限', '持续推进'))
    >>> _lone_deadline_field("配合单位：区税务局"), _lone_deadline_field("完成时限：2022年；配合单位：区税务局")
    (None, None)
    """
    field = _one_colon_field(text)
    return field if field is not None and LABEL_ROLES.get(field[0]) == "deadline" else None


def _one_colon_field(text: str) -> tuple[str, str] | None:
    """(the words before, the words after) the one colon of ``text`` (full-width or not), None when it holds none or
    more than one: a field as ``LABEL.split`` gives it when the words before are a label (no label holds a colon).

    >>> _one_colon_field("完成时限：2022年6月"), _one_colon_field("牵头单位:区财政局"), _one_colon_field("区财政局：A：B")
    (('完成时限', '2022年6月'), ('牵头单位', '区财政局'), None)
    """
    label, colon, value = text.partition("：")
    if not colon:
        label, colon, value = text.partition(":")
    if not colon or "：" in value or ":" in value:
        return None
    return label, value


# the labels of a unit field, and a deadline's, as a bracket writes them with a space for the colon, which the compact
# text drops (``（牵头单位 市水利局；配合单位 市发展改革委）``): read at a field's start when a unit's name follows the first
_UNIT_FIELD_LABELS = tuple(
    sorted(
        (
            x
            for x in LABEL_ROLES
            if x.endswith(("单位", "部门")) and LABEL_ROLES[x] in ("lead", "responsible", "support")
        ),
        key=len,
        reverse=True,
    )
)
_COLONLESS_LABEL = compiled(
    rf"(?:^|(?<=[；;，,。]))({trie_pattern([*_UNIT_FIELD_LABELS, *DEADLINE_LABELS])})(?=[^：:；;，,。])"
)
_FIELD_MARK = compiled("[；;，,。]")  # what ends a field written with no colon


def _colons_restored(inner: str) -> Assignment | None:
    """``read_region`` of a bracket whose field labels are written with no colon (a space for it, dropped from the
    compact text), each label at a field's start given its colon, when two labels at least start fields and the
    first one's value opens with a unit's name; positions are ``inner``'s. None when it does not.

    >>> a = _colons_restored("牵头单位市水利局；配合单位市财政局；完成时限2026年6月底前")
    >>> [(u.name, u.role, u.pos) for u in a.units], a.deadline, a.anchor
    ([('市水利局', 'lead', 4), ('市财政局', 'support', 13)], '2026年6月底前', 0)
    >>> _colons_restored("牵头单位和配合单位要加强沟通") is None, _colons_restored("责任单位中黑体字为牵头单位，楷体字为配合单位")
    (True, None)
    """
    first = _COLONLESS_LABEL.match(inner)
    if first is None or not is_unit_name(ITEM_MARK.split(_FIELD_MARK.split(inner[first.end() :], 1)[0], 1)[0]):
        return None
    ends = [m.end() for m in _COLONLESS_LABEL.finditer(inner)]
    if len(ends) < 2 and not _units_alone(inner[first.end() :]):
        return None  # one label's word alone: words (责任单位中黑体字为牵头单位, 责任单位为A): no fields
    fixed = "".join(inner[a:b] + "：" for a, b in zip([0, *ends], ends)) + inner[ends[-1] :]
    labelled = _labelled(fixed, 0, len(fixed), _NO_STARTS, None)
    if labelled is None:
        return None
    back = [end + k for k, end in enumerate(ends)]  # each colon's offset in ``fixed``

    def shifted(pos: int) -> int:
        return pos - bisect_right(back, pos)

    a = labelled[0]
    return a._replace(
        units=tuple(u._replace(pos=shifted(u.pos)) for u in a.units),
        anchor=shifted(a.anchor),
        people=tuple((label, value, shifted(pos)) for label, value, pos in a.people),
    )


def _units_alone(value: str) -> bool:
    """Whether a bracket's one field written with no colon holds units alone (``（牵头单位 市水利局）``: round 55),
    every item a unit's name, the first opening as a body's does, a deadline after them allowed; not words after a
    label's word (``为区财政局``, ``中黑体字为牵头单位``).

    >>> _units_alone("县司法局、县公安局"), _units_alone("为区财政局"), _units_alone("县司法局，2026年底前")
    (True, False, True)
    >>> _units_alone("县司法局，要加强沟通")
    False
    """
    units, mark, rest = value.partition("，")
    items = ITEM_MARK.split(units if mark and _is_deadline(rest) else value)
    return opens_like_a_body(items[0]) and all(map(is_unit_name, items))


def _is_deadline(words: str) -> bool:
    """Whether ``words`` are a deadline alone (a date or a status: ``2026年底前``, ``持续推进``)."""
    deadline = parse_deadline(words)
    return deadline.date is not None or deadline.status is not None


def _unlabelled(text: str, start: int, end: int, lead_in: bool = True) -> Assignment | None:
    """``read_region`` of a region with no labelled field: a list of unit names carrying a role verb, or None.

    With ``lead_in``, a region that is none may open with one clause before its units: a deadline
    (``2024年6月底前，A牵头，B配合``: the task's deadline) or words (``具体办法另行制定，A牵头``).

    >>> a = _unlabelled("2024年6月底前，区财政局牵头，区税务局配合", 0, 24)
    >>> [(u.name, u.role) for u in a.units], a.deadline
    ([('区财政局', 'lead'), ('区税务局', 'support')], '2024年6月底前')
    >>> _unlabelled("谋划2026年重点项目，区发改委牵头，区财政局配合", 0, 23).deadline  # the object's year: none
    """
    read = read_value(text, start, end, None, strict=True)
    if read is None or not read[0] or not any(u.role for u in read[0]):
        if read is not None and not read[0] and (read[2] or read[3]):
            return None  # conventions alone (列第一位者为牵头单位，其他单位按职责分工负责): no task's units (round 32)
        return _after_lead_in(text, start, end) if lead_in else None
    units, trailing, first_listed, carried, persons = people_apart(read)
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
# (下称 too: 新建居住建筑开发企业（下称地产企业）, a short form as 以下简称 defines one; round 70, held-out 52 line 62)
_NOT_BARE_UNITS = (
    "含",
    "包括",
    "包含",
    "不含",
    "除",
    "如",
    "即",
    "例如",
    "比如",
    "其中",
    "简称",
    "以下简称",
    "下称",
    "以下称",
    "涉及",
)


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
    read = read_value(inner, 0, len(inner), role, strict=True)
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
    """A field's ``value`` (written at ``start``) read as ``read_value`` (not strict) reads it: (units, the text
    after them or None, first listed, carried).

    Most values are one plain unit list, closed by ``；`` or not (``区财政局、区税务局；``): its units, or, when it
    names none, the whole value is the text after them.

    >>> _field_value("配合单位：区财政局、区税务局；", "区财政局、区税务局；", 5, "support")[0][1]
    RoleUnit(name='区税务局', role='support', pos=10, written=None, implied=False)
    >>> _field_value("、；", "、；", 0, "lead"), _field_value("；", "；", 0, "lead")
    (([], '、', False, ()), ([], None, False, ()))
    """
    if opens_with_duty(value):  # 建设单位：负责落实…: no unit list, as ``read_value`` reads it
        return [], value.strip(NAME_PUNCTUATION) or None, False, ()
    if NOT_PLAIN_VALUE.search(value) is None:  # ``read_value``'s test on the value already cut
        one = value[:-1] if value[-1:] == "；" else value
        # one clause: no clause mark, and no comma before a deadline (asked only where a comma is: most lists have none)
        if (
            "；" not in one
            and "。" not in one
            and ";" not in one
            and not (("，" in one or "," in one) and DEADLINE_COMMA.search(one))
        ):
            found = label_units(plain_list(one, start, None, role), role)
            return found, None if found else value.strip(NAME_PUNCTUATION) or None, False, ()
        found, trailing, fl, ca = plain_clauses(value, start, role, False)
    else:
        found, trailing, fl, ca = read_value(text, start, start + len(value), role, strict=False)
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
    return text[at - 1] not in "、，,；;" and text[at] in PARTNER_OPENINGS


def _label_after_units(text: str, begin: int, at: int) -> bool:
    """Whether the label at ``at`` starts a field though no mark comes before it: a field's label right after a
    unit name, the space between them lost (``牵头单位：市税务局　配合单位：市财政局``, ``牵头：县林业局　配合：县财政局``).
    The name is the last item of the value, read over at most ``_NAME_WINDOW`` characters before the label; a mark
    between them that is no field's separator (``A/配合单位：B``, ``A|配合单位：B``, ``A、配合单位：B``: a cell's fields
    copied into a line, round 54) is passed over.

    >>> _label_after_units("牵头单位：市税务局配合单位：市财政局", 5, 9), _label_after_units("牵头：县林业局配合：县财政局", 3, 7)
    (True, True)
    >>> _label_after_units("牵头单位：市税务局/配合单位：市财政局", 5, 10)
    True
    >>> _label_after_units("牵头单位：推进配合：市财政局", 5, 7)
    False
    """
    before = text[max(begin, at - _NAME_WINDOW) : at]  # a name is never longer: linear time
    items = ITEM_MARK.split(before.rstrip(_MARKS_BEFORE_LABEL) if before[-1:] in _MARKS_BEFORE_LABEL else before)
    return is_unit_name(items[-1])


_NAME_WINDOW = 64  # characters before a label in which the unit name before it is looked for
# marks a cell's fields copied into a line are left apart by (``A/配合单位：B``, ``A|配合单位：B``), read as no part of a name
_MARKS_BEFORE_LABEL = "/／|｜丨、—\\ 　"
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
    return [(label, m.group(0), at + m.start()) for m in _UNIT_AND_BRACKET.finditer(value) if people_in(m.group(2))]


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
    tail = value[cut + 1 :].strip(NAME_PUNCTUATION)
    if tail and ("年" in tail or "月" in tail or "期" in tail) and parse_deadline(tail).status is not None:
        return value[:cut], tail
    return value, None


# the person fields that name the one a unit answers for its task by (县财政局，责任人：李某某: round 60)
_UNITS_PERSON_LABELS = ("责任人", "负责人")


def _person_then_units(text: str, value: str, begin: int) -> tuple[str, list[RoleUnit]]:
    """A person field's ``value`` (written at ``begin`` in ``text``) up to a ``；`` (or ``，``) after which units are written
    alone or with their role (``李某某；县审计局，`` / ``邱某某；各乡镇人民政府配合，`` before the next unit's ``责任人：``: a
    bracket listing each unit with its person, round 60), and those units (alone: responsible); the value whole
    and none for any other (``李某某；王某某``: two people).

    >>> t = "县财政局，责任人：李某某；县审计局，责任人：王某某"
    >>> v, units = _person_then_units(t, "李某某；县审计局，", 9)
    >>> v, [(u.name, u.role, u.pos) for u in units]
    ('李某某', [('县审计局', 'responsible', 13)])
    >>> _person_then_units("责任人：李某某；王某某", "李某某；王某某", 4)
    ('李某某；王某某', [])
    """
    cut = min((k for k in (value.find("；"), value.find(";"), value.find("，")) if k >= 0), default=-1)
    tail = value[cut + 1 :].rstrip(NAME_PUNCTUATION)
    if cut < 0 or not tail:
        return value, []
    start = begin + cut + 1
    read = _unlabelled(text, start, start + len(tail), lead_in=False)
    if read is None and (bare := read_bare_units(tail, "responsible")) is not None:  # its positions: in ``tail``
        read = bare._replace(units=tuple(u._replace(pos=u.pos + start) for u in bare.units))
    if read is None or read.deadline is not None or not all(is_unit_name(u.name) for u in read.units):
        return value, []
    return value[:cut], list(read.units)


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
            people.append((label, text[colon:s_end].strip(NAME_PUNCTUATION), colon))
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
        and (text[begin - 1] in FIELD_OPENERS or text[begin - 1] == "\n" or begin in field_starts)
    )


_NO_UNIT = NONE_WRITTEN  # a field's value saying it names none
_NO_UNIT_LONGEST = 4  # characters, with the marks around it: a longer value is no such word (no strip made)
_NOTHING_READ = ((), "", False, ())  # ``_field_value``'s shape: no units, words after them


# a closing clause of a lead field naming the units that share the work by their duties
_DUTY_SHARE = ("按职责分工负责", "按照职责分工负责", "按职责负责", "各负其责")


def _take_read(read: tuple, label: str, value: str, begin: int, role: str, units: list, people: list) -> tuple:
    """A unit field's reading (``people_apart`` of ``_field_value``: found, rest, first listed, carried, persons) taken
    into a bracket's ``units`` and ``people``, as both the fold and ``_usual_head`` take it: its persons are the
    task's people (责任科室：办公室，科长 张某某: the office's head, no unit; round 44), a lead's list closed by a shared
    duty leads with its first unit only (``_lead_then_sharers``). Returns the rest, first listed and carried.

    >>> units, people = [], []
    >>> _take_read(([RoleUnit("甲局", "lead", 5)], None, False, (), ()), "牵头单位", "甲局", 5, "lead", units, people)
    (None, False, ())
    >>> [u.name for u in units], people
    (['甲局'], [])
    """
    found, rest_of_field, fl, ca, persons = read
    if persons:
        people.extend((label, u.name, u.pos) for u in persons)
    if role == "lead" and len(found) > 1 and value.rstrip(NAME_PUNCTUATION).endswith(_DUTY_SHARE):
        found = _lead_then_sharers(found, value, begin)
    units.extend(found)
    return rest_of_field, fl, ca


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
    if label in OFFICE_OR_PERSON_LABELS and names_a_person(value.strip(NAME_PUNCTUATION)):
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

    A label starts a field at ``start``, after one of ``FIELD_OPENERS`` or at one of ``field_starts``; another
    label and its colon are part of the value before it. One ``LABEL.split`` gives the labels and the values as
    strings (``parts`` when the caller split already); the fields are read one by one into a ``_Fields``
    (``_read_fields``), which makes the assignment.
    """
    fields = _fields_of(text, start, end, field_starts, memo, parts)
    if fields is None:
        return None
    return fields.assignment(fields.deadline, fields.roles), fields.first


def _fields_of(
    text: str, start: int, end: int, field_starts: frozenset[int], memo: dict | None, parts: list[str] | None = None
) -> _Fields | None:
    """The fields of ``text[start:end]`` read and settled (``_Fields.settle``), None when no label starts a field."""
    if parts is None:
        parts = LABEL.split(text[start:end] if start or end != len(text) else text)  # text, (label, text) …
    n = len(parts)
    at = start + len(parts[0])  # where the label parts[k] starts
    k = 1
    while k < n and not (
        at == start or text[at - 1] in FIELD_OPENERS or at in field_starts or _after_level(text, start, at)
    ):
        at += len(parts[k]) + 1 + len(parts[k + 1])  # before the first field: no value to join
        k += 2
    if k >= n:
        return None
    fields = _read_fields(text, parts, k, at, field_starts, memo)
    fields.settle(text, start)
    return fields


def _with_deadline(deadline: str | None, label: str, value: str) -> str | None:
    """The deadline of the fields read so far (``deadline``) after one more deadline field: the first one's stands,
    but an adjusted deadline's (调整后完成时限) replaces it; a field with nothing in it changes nothing.

    >>> _with_deadline(None, "完成时限", "2025年；"), _with_deadline("2025年", "完成时限", "2026年")
    ('2025年', '2025年')
    >>> _with_deadline("2025年", "调整后完成时限", "2026年")
    '2026年'
    """
    if deadline is None or label in ADJUSTED_DEADLINE_LABELS:
        return value.strip(NAME_PUNCTUATION) or deadline
    return deadline


class _Fields:
    """What the fields of one labelled region say, read one by one (``_read_fields``), and then the units written
    before its first label (``settle``): the assignment is made of them and of the deadline (``assignment``).

    The deadline is kept apart (and ``roles`` left open to one more) so that a region whose last field is a lone
    deadline field (``牵头单位：A；配合单位：B；完成时限：2022年6月``: most brackets of a plan differ in that field only)
    can be read as the fields before it, read once for every region holding them, and its deadline field
    (``read_insides``).
    """

    __slots__ = (
        "first",  # where the first field's label starts
        "units",
        "deadline",  # the deadline fields' (``_with_deadline``), or a person field's dated clause
        "rest",  # the text after the units of the first unit field that has some
        "first_listed",
        "carried",
        "roles",  # of the labels, in order
        "people",
        "anchor",  # the first lead or responsible label, else the first unit label, else the first
        "first_unit",
        "done",  # a progress field says the task is done
        "before_deadline",  # the deadline of the units before the first label, stated where people are (``settle``)
    )

    def settle(self, text: str, start: int) -> None:
        """Read the units written before the first label (what no field after it changes): those of a region with
        no unit field (``（A牵头，B配合；完成时限：2023年底前）``), or the responsible units before the supporting
        ones' label (``县司法局；配合单位：县市场监管局``); and fix the anchor. The lists are made tuples."""
        units, first = self.units, self.first
        if not units and first > start and (before := _unlabelled(text, start, first)) is not None:
            # units before a deadline field: （A牵头，B配合；完成时限：2023年底前）
            units, self.anchor, self.first_listed, self.carried = (
                list(before.units),
                before.anchor,
                before.first_listed,
                before.carried,
            )
            if before.deadline is not None and self.people:
                self.before_deadline = before.deadline  # （A牵头，2024年8月底前完成，责任人：孙某某）: round 31
        elif (units or text.startswith(_UNITS_PERSON_LABELS, first)) and first > start:
            # units with no label before the supporting ones' (县司法局；配合单位：县市场监管局): the responsible units
            # (round 37), when the words before the first label are unit names and nothing else (no other field's
            # label); before a lead or responsible label, only units written leading (市发改委牵头；责任单位：各区政府,
            # round 44); before their person's label (县财政局，责任人：李某某: round 60), the units it is the person of
            labelled_leads = "lead" in self.roles or "responsible" in self.roles
            head = text[start:first]
            found, rest_before, _, _ = (
                _field_value(text, head, start, "responsible")
                if "：" not in head and ":" not in head
                else _NOTHING_READ
            )
            if (
                found
                and rest_before is None
                and all(is_unit_name(u.name) or is_collective(u.name) for u in found)
                and (not labelled_leads or all(u.role == "lead" for u in found))
            ):
                units = [*found, *units]
                self.anchor = found[0].pos
        if self.anchor is None:
            self.anchor = self.first_unit if self.first_unit is not None else first
        self.units, self.roles, self.people = tuple(units), tuple(self.roles), tuple(self.people)

    def assignment(self, deadline: str | None, roles: tuple[str, ...]) -> Assignment:
        """The assignment these fields make with ``deadline`` (the deadline fields', or None) and ``roles`` (the
        labels' roles): the settled fields' own, or theirs and one more deadline field's."""
        if deadline is None:
            deadline = self.before_deadline
        if self.done:  # the deadline's words and the progress's 已完成, as written (parse_deadline: status done)
            deadline = f"{deadline}；已完成" if deadline else "已完成"
        rest = self.rest
        return new_named_tuple(
            Assignment,
            (
                self.units,
                deadline if deadline is not None else rest if rest is None or not OTHER_FIELD.match(rest) else None,
                True,
                self.anchor,
                self.first_listed,
                self.carried,
                roles,
                self.people,
            ),
        )


def _read_fields(
    text: str, parts: list[str], k: int, at: int, field_starts: frozenset[int], memo: dict | None
) -> _Fields:
    """The fields from label ``parts[k]`` (at ``at`` in ``text``) on, read one by one (no list of fields made first):
    each field (offset, label, value) is read as it is met, its units looked up in ``memo`` first."""
    n = len(parts)
    units: list[RoleUnit] = []
    deadline_field: str | None = None
    rest: str | None = None
    first_listed, carried = False, ()
    roles: list[str] = []
    people: list[tuple[str, str, int]] = []
    anchor = first_unit = None
    done = False
    ordered_starts = sorted(field_starts) if field_starts else ()  # once: each value's lines by bisection (round 43)
    first_k = k  # the first field's label (a doer label alone leads: ``_doers_lead``, asked only at a doer's label)
    first = at
    others = ()  # person fields of labels the grammar does not know, in the value (round 31)
    lines = ()  # the lines that start inside the value, looked for once (most values hold none)
    while k < n:
        label, value = parts[k], parts[k + 1]
        k += 2
        after = at + len(label) + 1 + len(value)  # where the next label starts
        if k < n and not (text[after - 1] in FIELD_OPENERS or after in field_starts):  # rare: the next label
            begin = at + len(label) + 1
            person = LABEL_ROLES[label] in PEOPLE_ROLES
            while (
                k < n
                and not (  # and its colon, and those after it not at a field start, join the value
                    text[after - 1] in FIELD_OPENERS
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
            elif k < n and value[-1:] in _MARKS_BEFORE_LABEL and _label_after_units(text, begin, after):
                value = value.rstrip(_MARKS_BEFORE_LABEL)  # 牵头单位：A/配合单位：B: the mark is no name's (round 54)
        if field_starts:  # (without, ``lines`` and ``others`` stay empty: set once before the loop)
            value_at = at + len(label) + 1
            lines = _starts_inside(ordered_starts, value_at, value_at + len(value))
            others = ()
            if lines:  # a line of a field the grammar does not know ends the value (督办领导：…, round 30)
                value, others = _before_other_field(text, value_at, value, lines)
        # the label's role, but where a label may name an office or a person (one label), asked of the value
        role = LABEL_ROLES[label] if label not in OFFICE_OR_PERSON_LABELS else _field_role(label, value)
        if role == "support" and label in DOER_LABELS and _doers_lead(parts, first_k):
            role = (
                "responsible"  # 业主单位：A，B配合 (no lead field): the owner leads (round 52), as a doer column alone
            )
        roles.append(role)
        if role == "deadline":
            deadline_field = _with_deadline(deadline_field, label, value)
        elif role == "progress":  # 进展情况：已完成: the task is done; anything else reported is no field of the plan's
            done = done or row_reports_done([(label, value.strip(NAME_PUNCTUATION))])  # 是否完成：是 too (round 44)
        elif role in PEOPLE_ROLES:  # names no unit (``责任人：赵六``): read by ``people``
            value, dated = _person_and_deadline(value)
            if dated is not None and deadline_field is None:
                deadline_field = dated
            if ("；" in value or ";" in value or "，" in value) and label.endswith(_UNITS_PERSON_LABELS):
                # 李某某；县审计局，责任人：王某某: the next unit and its person (round 60)
                value, theirs = _person_then_units(text, value, at + len(label) + 1)
                units.extend(theirs)
            people.append((label, value.strip(NAME_PUNCTUATION), at + len(label) + 1))
        elif len(value) <= _NO_UNIT_LONGEST and value.strip(NAME_PUNCTUATION) in _NO_UNIT:
            pass  # 配合单位：无 (an OA system's export of an empty field, round 37): no unit
        else:
            if anchor is None:
                if role == "lead" or role == "responsible":
                    anchor = at
                elif first_unit is None:
                    first_unit = at
            if "（" in value or "(" in value:  # 县数据局（卫某某）: the unit's person, in brackets after it
                people.extend(_bracketed_people(label, value, at + len(label) + 1))
            field = (at, label, value, role)  # the role too: 业主单位's depends on the other fields (round 52)
            read = memo.get(field) if memo is not None else None
            if read is None:
                read = people_apart(
                    _field_lines_value(text, value, at + len(label) + 1, role, lines)
                    if lines
                    else _field_value(text, value, at + len(label) + 1, role)
                )
                if memo is not None:
                    memo[field] = read
            rest_of_field, fl, ca = _take_read(read, label, value, at + len(label) + 1, role, units, people)
            if rest_of_field is not None and rest is None:
                rest = rest_of_field
            if fl:
                first_listed = True
            if ca:
                carried += tuple(ca)
        if others:
            people.extend(others)
        at = after
    fields = _Fields()
    fields.first, fields.units, fields.deadline, fields.rest = first, units, deadline_field, rest
    fields.first_listed, fields.carried, fields.roles, fields.people = first_listed, carried, roles, people
    fields.anchor, fields.first_unit, fields.done, fields.before_deadline = anchor, first_unit, done, None
    return fields


def read_field(text: str, role: str | None, start: int = 0, end: int | None = None) -> Assignment:
    """One field value (a table cell, a label's value) read with ``role`` as its units' default role.

    >>> [(u.name, u.role) for u in read_field("区政务服务中心牵头，区住房城乡建委配合", "responsible").units]
    [('区政务服务中心', 'lead'), ('区住房城乡建委', 'support')]
    """
    end = len(text) if end is None else end
    units, trailing, first_listed, carried = read_value(text, start, end, role, strict=False)
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
    return None if first is None else text[first:last].strip(NAME_PUNCTUATION) or None


def read_parenthetical(inner: str) -> Assignment | None:
    """``read_region`` over a whole string (the inside of one parenthetical)."""
    return read_region(inner, 0, len(inner))

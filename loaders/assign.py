"""One assignment: who leads, who supports, and the deadline field, from any way of writing it.

An assignment is the inside of a parenthetical, a label field on its own line, a table's
unit cells, or a prose sentence ``由A、B牵头，会同C…``. All of them go through
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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.scan import find_outside, split_outside
from reformgraph.loaders.vocab import (
    CARRIED_UNIT,
    CONVENTION_WORDS,
    FIRST_LISTED_LEADS,
    GENERIC_NOUNS,
    LABEL,
    WITH,
    is_unit_name,
    label_role,
    split_role,
)

_FIELD_START = "；;，,。（( "  # a label starts a field at the start or after one of these
_CLAUSE = "。；;"
_ITEM = "、，,/"
_STRIP = " 。.：:；;，,\t"
# a trailing 等 closes an open list; "等部门"/"等单位" (no qualifier) add nobody nameable
_OPEN_LIST_END = re.compile(r"等(?:部门|单位|机构|方面)?$")
_PROSE_SUPPORT_END = re.compile(r"按照|按|共同|协同|做好|开展|推进|组织|加强|研究|制定|建立|完善|统筹|的")


@dataclass(frozen=True, slots=True)
class RoleUnit:
    """A unit name as written with the role its list gives it (None: the field's or the default role)."""

    name: str
    role: str | None
    pos: int  # offset of the name in the text read


@dataclass(frozen=True, slots=True)
class Assignment:
    """What one assignment says, before the document's conventions are applied."""

    units: tuple[RoleUnit, ...]
    deadline: str | None = None  # a deadline field, or unlabelled deadline text after the units
    labelled: bool = False
    anchor: int = 0  # offset of the first label (or first unit): the task's line
    first_listed: bool = False  # states "the first-listed unit leads"
    carried: tuple[str, ...] = ()  # states units carried into every later task (以下均需…落实)
    notes: tuple[str, ...] = field(default=())


# ---- unit lists -------------------------------------------------------------------------------------


def _split_and(name: str) -> list[tuple[str, int]]:
    """Split ``A和B`` (and ``A等和B``) when both sides are whole unit names; (piece, offset) pairs."""
    out: list[tuple[str, int]] = []
    start = 0
    pos = name.find("和")
    while pos != -1:
        left, right = name[start:pos], name[pos + 1 :]
        right_head, _ = split_role(right)
        if left.endswith("等"):
            out.append((left[:-1], start))  # A等和B: A's open list, then B
            start = pos + 1
        elif (
            len(left) >= 3
            and is_unit_name(left)
            and right_head not in GENERIC_NOUNS
            and is_unit_name(right_head.split("和")[0] if "和" in right_head else right_head)
        ):
            out.append((left, start))
            start = pos + 1
        pos = name.find("和", pos + 1)
    out.append((name[start:], start))
    return out


def read_units(text: str, start: int, end: int, *, role: str | None = None) -> list[RoleUnit] | None:
    """The units of one clause ``text[start:end]`` with roles; None when a piece is not a unit list item.

    ``X会同Y…``: the units before 会同 lead, those after it support. A role verb gives its
    role to the unmarked units before it; ``role`` is forced on every unit when given.
    """
    with_at = find_outside(text, WITH, start, end)
    if with_at != -1:
        left = read_units(text, start, with_at, role="lead")
        right = read_units(text, with_at + len(WITH), end, role="support")
        if left is None or right is None:
            return None
        return left + right
    items: list[RoleUnit] = []
    for a, b in split_outside(text, _ITEM, start, end):
        raw = text[a:b]
        lead_strip = len(raw) - len(raw.lstrip(_STRIP))
        piece = raw.strip(_STRIP)
        if not piece:
            continue
        for part, offset in _split_and(piece):
            name, verb_role = split_role(part)
            name = _OPEN_LIST_END.sub("", name).strip(_STRIP)
            if not name:
                if verb_role and items:  # a lone role word after the units: "…，负责"
                    items[-1] = RoleUnit(items[-1].name, items[-1].role or verb_role, items[-1].pos)
                continue
            items.append(RoleUnit(name, verb_role, a + lead_strip + offset))
    if not items:
        return []
    resolved: list[RoleUnit] = []
    current = None
    for item in reversed(items):  # a role verb covers the unmarked units written before it
        current = item.role or current
        resolved.append(RoleUnit(item.name, role or current, item.pos))
    return resolved[::-1]


def _is_convention(piece: str) -> bool:
    return bool(FIRST_LISTED_LEADS.search(piece) or CONVENTION_WORDS.search(piece) or CARRIED_UNIT.search(piece))


def _read_value(text: str, start: int, end: int, role: str | None, *, strict: bool):
    """Units, trailing text and conventions of one field value (or of an unlabelled parenthetical)."""
    units: list[RoleUnit] = []
    trailing: list[str] = []
    first_listed, carried = False, []
    for k, (cs, ce) in enumerate(split_outside(text, _CLAUSE, start, end)):
        clause = text[cs:ce].strip(_STRIP)
        if not clause:
            continue
        # a convention may follow the units in the same clause: "A、B负责，排在第一位的…，下同"
        cut = ce
        for ps, pe in split_outside(text, _ITEM, cs, ce):
            piece = text[ps:pe]
            if _is_convention(piece):
                cut = ps
                break
        statement = text[cut:ce]
        if statement:
            first_listed = first_listed or bool(FIRST_LISTED_LEADS.search(statement))
            carried.extend(m.group(1) for m in CARRIED_UNIT.finditer(statement))
        if cut == cs:
            continue
        found = read_units(text, cs, cut, role=None) or []
        names_units = bool(found) and all(is_unit_name(u.name) for u in found)
        if names_units or (k == 0 and not strict):  # a label's first clause is its units, whatever they look like
            units.extend(RoleUnit(u.name, u.role or role, u.pos) for u in found)
        elif units or not strict:
            trailing.append(text[cs:cut].strip(_STRIP))  # text after the units: an unlabelled deadline
        else:
            return None
    return units, trailing, first_listed, carried


def read_region(text: str, start: int, end: int, *, require_label: bool = False) -> Assignment | None:
    """Read ``text[start:end]`` (the inside of a parenthetical, or a label line) as an assignment.

    Labelled fields (``牵头单位：…；配合单位：…；完成时限：…``) are read whatever their
    units look like. Without a label, the text is an assignment only when it is a list of
    unit names carrying a role verb (``A、B负责``, ``A牵头，B参与``, ``A指导``).
    """
    labels = [
        m
        for m in LABEL.finditer(text, start, end)
        if m.start() == start or text[m.start() - 1] in _FIELD_START or text[m.start() - 1] in "】"
    ]
    if not labels:
        if require_label:
            return None
        read = _read_value(text, start, end, None, strict=True)
        if read is None:
            return None
        units, trailing, first_listed, carried = read
        if not units or not any(u.role for u in units) or not all(is_unit_name(u.name) for u in units):
            return None
        deadline = _trailing_deadline(trailing)
        return Assignment(
            units=tuple(units),
            deadline=deadline,
            labelled=False,
            anchor=units[0].pos,
            first_listed=first_listed,
            carried=tuple(carried),
        )
    units: list[RoleUnit] = []
    deadline_field: str | None = None
    trailing: list[str] = []
    first_listed, carried = False, []
    for k, m in enumerate(labels):
        value_end = labels[k + 1].start() if k + 1 < len(labels) else end
        role = label_role(m.group(1))
        if role == "deadline":
            value = text[m.end() : value_end].strip(_STRIP)
            if value and deadline_field is None:
                deadline_field = value
            continue
        read = _read_value(text, m.end(), value_end, role, strict=False)
        if read is None:
            continue
        found, rest, fl, ca = read
        units.extend(found)
        trailing.extend(rest)
        first_listed, carried = first_listed or fl, carried + ca
    return Assignment(
        units=tuple(units),
        deadline=deadline_field if deadline_field is not None else (trailing[0] if trailing else None),
        labelled=True,
        anchor=labels[0].start(),
        first_listed=first_listed,
        carried=tuple(carried),
    )


def _trailing_deadline(trailing: Sequence[str]) -> str | None:
    for t in trailing:
        if parse_deadline(t).status:
            return t
    return None


def read_parenthetical(inner: str) -> Assignment | None:
    """``read_region`` over a whole string (the inside of one parenthetical)."""
    return read_region(inner, 0, len(inner))


# ---- prose: 由A、B牵头，会同C… ------------------------------------------------------------------------


def read_prose(text: str, start: int, end: int) -> tuple[int, Assignment] | None:
    """A role written in prose inside ``text[start:end]``: ``由A、B牵头，会同C和D…`` / ``由A负责``.

    Returns (offset of 由, assignment) for the first such sentence, else None.
    """
    pos = text.find("由", start, end)
    while pos != -1:
        clause_end = _clause_end(text, pos + 1, end)
        units = read_units(text, pos + 1, clause_end)
        if units and units[-1].role in ("lead", "responsible") and all(is_unit_name(u.name) for u in units):
            found = [RoleUnit(u.name, "lead" if u.role != "support" else "support", u.pos) for u in units]
            nxt = clause_end + 1
            if nxt < end and text[clause_end] == "，":
                found.extend(_prose_supports(text, nxt, _clause_end(text, nxt, end)))
            return pos, Assignment(units=tuple(found), anchor=pos)
        pos = text.find("由", pos + 1, end)
    return None


def _clause_end(text: str, start: int, end: int) -> int:
    for i in range(start, end):
        if text[i] in "，,。；;：:":
            return i
    return end


def _prose_supports(text: str, start: int, end: int) -> list[RoleUnit]:
    """Supporting units after a prose lead: ``会同C和D按照职责…`` / ``C、D等部门共同参与``."""
    if text.startswith(WITH, start):
        start += len(WITH)
        m = _PROSE_SUPPORT_END.search(text, start, end)
        stop = m.start() if m else end
    else:
        stop = -1
        for verb in ("共同参与", "参与", "配合", "协同"):
            at = text.find(verb, start, end)
            if at != -1 and (stop == -1 or at < stop):
                stop = at
        if stop == -1:
            return []
    units = read_units(text, start, stop, role="support")
    if not units or not all(is_unit_name(u.name) for u in units):
        return []
    return units


# ---- roles ------------------------------------------------------------------------------------------


def resolve(
    assignment: Assignment, *, first_listed: bool = False, carried: Sequence[str] = ()
) -> tuple[list[RoleUnit], list[RoleUnit]]:
    """(leads, supports) of an assignment under the document's conventions.

    Units marked lead (label or verb) lead; units marked support support; responsible units
    (责任单位, 负责, 落实, or no role word) all lead — unless a lead is marked (then they
    support) or the document states that the first-listed unit leads (then the first leads
    and the others support). ``carried`` units join the supports.
    """
    leads = [u for u in assignment.units if u.role == "lead"]
    responsible = [u for u in assignment.units if u.role not in ("lead", "support")]
    if leads:
        others = [u for u in assignment.units if u.role != "lead"]
    elif first_listed and responsible:
        leads = responsible[:1]
        others = [u for u in assignment.units if u is not responsible[0]]
    else:
        leads = responsible
        others = [u for u in assignment.units if u.role == "support"]
    supports: list[RoleUnit] = []
    seen = {u.name for u in leads}
    for u in others:
        if u.name not in seen:
            seen.add(u.name)
            supports.append(u)
    for name in carried:
        if name not in seen:
            seen.add(name)
            supports.append(RoleUnit(name, "support", assignment.anchor))
    return _dedupe(leads), supports


def _dedupe(units: list[RoleUnit]) -> list[RoleUnit]:
    seen: set[str] = set()
    out = []
    for u in units:
        if u.name not in seen:
            seen.add(u.name)
            out.append(u)
    return out

"""What an assignment says (``RoleUnit``, ``Assignment``) and the role rules that turn it into leads and supports
under a document's conventions (``resolve``): one set of rules for every layout.

Units marked lead lead; responsible units (责任单位, 负责, or no role word) lead unless a lead is marked or the
first-listed convention holds; supporting units support.

>>> a = Assignment(units=(RoleUnit("甲局", "responsible", 0), RoleUnit("乙局", "responsible", 3)))
>>> [[u.name for u in side] for side in resolve(a, first_listed=True)]
[['甲局'], ['乙局']]
>>> [[u.name for u in side] for side in resolve(a)]
[['甲局', '乙局'], []]
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from reformgraph.loaders.unit_names import is_collective
from reformgraph.regexcache import compiled


class RoleUnit(NamedTuple):
    """A unit name as written with the role its list gives it (None: the field's or the default role).

    ``written`` is the list item it came from when that differs (``商务部等有关部门`` gives
    ``商务部`` and, ``implied``, the collective ``有关部门`` that closes the open list).

    The index's usual heads make these fields as plain tuples (``unit_lists.names_units``: a tuple literal costs no
    ``tuple.__new__`` call, and an exact tuple is indexed and unpacked by the specialised bytecode); every reader of
    the index's units reads them by index (0 name, 1 role, 2 pos, 3 written, 4 implied); ``RoleUnit(*u)`` names them.
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
    the time of a frozen dataclass (thousands are made for one document). The index's usual brackets make these
    fields as plain tuples (``assign._deadline_last``), as ``RoleUnit``'s; every reader of the index's assignments
    reads them by index (0 units, 1 deadline, 2 labelled, 3 anchor, 4 first_listed, 5 carried, 6 label_roles,
    7 people); ``named`` names an assignment and its units.
    """

    units: tuple[RoleUnit, ...]
    deadline: str | None = None  # a deadline field, or unlabelled deadline text after the units
    labelled: bool = False
    anchor: int = 0  # offset of the first label (or first unit): the task's line
    first_listed: bool = False  # states "the first-listed unit leads"
    carried: tuple[str, ...] = ()  # states units carried into every later task (以下均需…落实)
    label_roles: tuple[str, ...] = ()  # the roles of the labels written (lead, responsible, support, deadline …)
    people: tuple[tuple[str, str, int], ...] = ()  # person and phone fields: (label, value, offset of the value)


# the label role of a task whose named bodies only assist, in a sentence of their own (``。市气象局要配合做好…``):
# kept with its supports and no lead (round 69; every other assignment naming no lead gives no task)
ASSISTS_ALONE = "assists alone"


def named(assignment: Assignment | tuple | None) -> Assignment | None:
    """An assignment handed as a plain tuple (or named), named, its units too (tests and doctests read them so).

    >>> named((((("甲局", "lead", 5, None, False),), "6月", True, 0, False, (), ("lead",), ())))
    Assignment(units=(RoleUnit(name='甲局', role='lead', pos=5, written=None, implied=False),), deadline='6月', \
labelled=True, anchor=0, first_listed=False, carried=(), label_roles=('lead',), people=())
    """
    if assignment is None:
        return None
    return Assignment(tuple([RoleUnit(*u) for u in assignment[0]]), *assignment[1:])


def replaced(assignment: Assignment | tuple, **fields) -> Assignment | tuple:
    """``assignment._replace(**fields)`` of a named assignment; of one handed as a plain tuple, the same fields as
    a plain tuple.

    >>> replaced(((), None, True, 0, False, (), (), ()), deadline="6月")
    ((), '6月', True, 0, False, (), (), ())
    """
    if type(assignment) is tuple:
        return tuple(Assignment._make(assignment)._replace(**fields))
    return assignment._replace(**fields)


def unit_replaced(unit: RoleUnit | tuple, **fields) -> RoleUnit | tuple:
    """``replaced`` of a unit: ``unit._replace(**fields)``, a plain tuple for one handed so.

    >>> unit_replaced(("甲局", "lead", 5, None, False), pos=7), unit_replaced(RoleUnit("甲局", "lead", 5), pos=7).pos
    (('甲局', 'lead', 7, None, False), 7)
    """
    if type(unit) is tuple:
        return tuple(RoleUnit._make(unit)._replace(**fields))
    return unit._replace(**fields)


# Thousands of these tuples are made for one document (by ``unit_lists`` and ``assign``): ``new_named_tuple(RoleUnit,
# fields)`` (``tuple.__new__``) takes every field in order (a tuple of exactly the fields) and skips the constructor's
# keyword handling and ``_make``'s Python frame (0.2 µs instead of 0.8); called directly, not through a ``partial``.
new_named_tuple = tuple.__new__


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
    units = assignment[0]  # (its units, its units' name and role: by index, named or plain)
    if units and not carried:
        first = units[0]
        if first[1] == "lead":
            seen = {first[0]}
            supports: list[RoleUnit] = []
            for u in units[1:]:
                if u[1] == "lead" or u[0] in seen:
                    break  # another lead or a name written again: the rule in full
                seen.add(u[0])
                supports.append(u)
            else:
                return [first], supports
    return _resolve_written(assignment, first_listed, carried)


def _resolve_written(
    assignment: Assignment, first_listed: bool, carried: Sequence[str]
) -> tuple[list[RoleUnit], list[RoleUnit]]:
    """``resolve`` as the rule is written: leads, the responsible units, first-listed, carriers, carried units."""
    units = assignment[0]  # (its units, labelled, anchor; each unit's name and role: by index, named or plain)
    leads: list[RoleUnit] = []
    others: list[RoleUnit] = []
    for u in units:  # one loop, not two comprehensions (each a frame of its own: most lists are short)
        (leads if u[1] == "lead" else others).append(u)
    if not leads:
        carriers = _carriers(units)
        responsible = [u for u in units if u[1] != "support" and u not in carriers]  # no lead: the responsible
        if first_listed and responsible:
            leads = responsible[:1]
            others = [u for u in units if u is not responsible[0]]
        else:
            leads = responsible
            others = [u for u in units if u[1] == "support" or u in carriers]
    supports: list[RoleUnit] = []
    seen = set(map(_NAME, leads))
    for u in others:
        if u[0] not in seen:
            seen.add(u[0])
            supports.append(u)
        elif assignment[2] and u[1] == "support" and _both_sides(u[0], leads, supports):
            supports.append(u)
    for name in carried:
        if not any(same_body(name, other) for other in seen):
            seen.add(name)
            supports.append(RoleUnit(name, "support", assignment[3]))
    return (leads if len(leads) < 2 else dedupe(leads)), supports


_NAME = itemgetter(0)  # a unit's name, named or plain


def _both_sides(name: str, leads: Sequence[RoleUnit], supports: Sequence[RoleUnit]) -> bool:
    """Whether a collective ``name`` a labelled list names as a lead is written in its supporting list too (a row's
    牵头单位 ``区房管局、各街道`` and 配合单位 ``区规划资源局、各街道``): kept on both sides, as written, since a collective
    names many bodies, some leading their own part and some helping the others' (round 64; before, the support was
    dropped as a repeat). A named body written twice is one body: read once, as before.

    >>> leads = [RoleUnit("区房管局", "lead", 0), RoleUnit("各街道", "lead", 5)]
    >>> _both_sides("各街道", leads, []), _both_sides("区房管局", leads, []), _both_sides("各街道", leads, leads[1:])
    (True, False, False)
    """
    return is_collective(name) and any(u[0] == name for u in leads) and not any(u[0] == name for u in supports)


def _carriers(units: Sequence[RoleUnit]) -> list[RoleUnit]:
    """The units that carry out a task under a 负责 group of the same list, when no lead is marked.

    ``（A、B按职责分工负责落实、各区政府组织落实）``: A and B are responsible, 各区政府 carries the task
    out and supports. A list whose only role is 落实/组织落实 has no carriers: its units lead.

    >>> from reformgraph.loaders.assign import read_parenthetical
    >>> a = read_parenthetical("市市场监管局、市商务委按职责分工负责落实、各区政府组织落实")
    >>> [[u.name for u in side] for side in resolve(a)]
    [['市市场监管局', '市商务委'], ['各区政府']]
    >>> [[u.name for u in side] for side in resolve(read_parenthetical("市应急局、各区政府组织落实"))]
    [['市应急局', '各区政府'], []]
    """
    if not any(u[1] == "responsible" for u in units):
        return []
    return [u for u in units if u[1] == "implement"]


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
        if u[0] not in seen:
            seen.add(u[0])
            out.append(u)
    return out

"""The fast path of ``tasks.finalize`` added in session 45 (``tasks._usual_roles``) stands for the rule it replaces
under uniform conventions (``PlainNames.all_plain``, then ``roles.resolve`` and ``tasks._placed``): compared on every
units tuple of the bundled plan and of the text fixtures, on crafted lists and on seeded random ones, so that this
fails if the two ever differ."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import Assignment, RoleUnit, named, resolve
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import PlainNames, _placed, _usual_roles

_FIXTURES = Path(__file__).parent / "fixtures"


def _by_the_rule(units: tuple[RoleUnit, ...], plain: PlainNames):
    """What ``finalize`` made of ``units`` under uniform conventions before the fast path, when its names are all
    plain (None otherwise: ``_resolved_once`` reads them)."""
    if not plain.all_plain(units):
        return None
    return _placed(*resolve(Assignment(units=units)))


def _check(units: tuple[RoleUnit, ...], fast_names: PlainNames, rule_names: PlainNames) -> bool:
    """The fast path's answer for ``units`` equals the rule's whenever it gives one; True when it gave one."""
    fast = _usual_roles(units, fast_names)
    if fast is None:
        return False
    rule = _by_the_rule(units, rule_names)
    assert rule is not None, units
    leads, supports, lowest, highest = fast
    assert [tuple(u) for u in rule[0]] == leads and [tuple(u) for u in rule[1]] == supports, units
    assert (lowest, highest) == rule[2:], units
    assert all(type(row) is tuple for row in leads + supports)
    return True


def _units_of(text: str) -> list[tuple[RoleUnit, ...]]:
    """The units tuples of every parenthetical the index reads in ``text``."""
    index = index_assignments(Source.from_text(text))
    return [named(f[2]).units for f in index.found]


def test_the_bundled_plans_lists_read_alike():
    lists = _units_of(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    fast_names, rule_names = PlainNames(), PlainNames()
    taken = sum(_check(units, fast_names, rule_names) for units in lists)
    assert taken > len(lists) // 2  # the path is taken
    assert fast_names.plain <= rule_names.plain | fast_names.plain and not (fast_names.plain & rule_names.other)


def test_the_text_fixtures_lists_read_alike():
    taken = 0
    for path in sorted(_FIXTURES.rglob("*.md"))[:400] + sorted(_FIXTURES.rglob("*.txt"))[:400]:
        text = path.read_text(encoding="utf-8", errors="replace")
        fast_names, rule_names = PlainNames(), PlainNames()
        taken += sum(_check(units, fast_names, rule_names) for units in _units_of(text))
    assert taken > 100


CRAFTED = [
    (),
    (("甲局", "lead", 5),),
    (("甲局", "support", 5),),  # no lead first
    (("甲局", "responsible", 5), ("乙局", "responsible", 9)),
    (("甲局", "lead", 5), ("乙局", "lead", 9)),  # two leads: the rule in full
    (("甲局", "lead", 5), ("甲局", "support", 9)),  # a name written twice
    (("甲局", "lead", 5), ("乙局", "support", 9), ("乙局", "support", 13)),
    (("甲局", "lead", 9), ("乙局", "support", 2), ("丙局", "support", 14)),  # positions out of order
    (("甲局", "lead", 5), ("乙局", None, 9)),
    (("各班主任", "lead", 5),),  # a post: not plain
    (("甲局", "lead", 5), ("各网格员", "support", 9)),
    (("市政府电子政务中心", "lead", 5),),  # may hold two names
    (("区财政局区税务局", "lead", 5),),  # a run of names
    (("同上", "lead", 5),),
]


@pytest.mark.parametrize("rows", CRAFTED)
def test_crafted_lists_read_alike(rows):
    units = tuple(RoleUnit(*row) for row in rows)
    _check(units, PlainNames(), PlainNames())
    written = tuple(RoleUnit(n, r, p, f"{n}等", True) for n, r, p in rows)  # written and implied carried over
    _check(written, PlainNames(), PlainNames())


_NAMES = [
    "市财政局",
    "市税务局",
    "市商务委",
    "各班主任",
    "市政府电子政务中心",
    "区财政局区税务局",
    "同上",
    "团委",
    "市局",
]
_ROLES = ["lead", "lead", "support", "support", "responsible", None]


def test_random_lists_read_alike():
    rng = random.Random(45)
    fast_names, rule_names = PlainNames(), PlainNames()
    taken = 0
    for _ in range(6000):
        units = tuple(
            RoleUnit(
                rng.choice(_NAMES), rng.choice(_ROLES), rng.randrange(40), rng.choice([None, "x"]), rng.random() < 0.1
            )
            for _ in range(rng.randrange(6))
        )
        taken += _check(units, fast_names, rule_names)
    assert taken > 300

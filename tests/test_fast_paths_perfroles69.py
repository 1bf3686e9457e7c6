"""Session 53's ``tasks._usual_roles`` (helper perfroles69) keeps the index's plain-tuple units as they are (no slice
of each unit) and tests the highest ``pos`` first: its answer on plain tuples equals its answer on the same fields
named (``RoleUnit``, each made a plain tuple once for the list) and, when it gives one, ``resolve`` and ``_placed``
(the rule); ``held`` is filled alike. Units out of offset order and lists mixing the two kinds are checked too."""

from __future__ import annotations

import random

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import Assignment, RoleUnit, resolve
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import PlainNames, _placed, _usual_roles

# plain names, a name two names may be in (``PlainNames.spaced``), a post and a run of names
_NAMES = ["甲局", "乙局", "区财政局", "市规划自然资源局", "市政府口岸物流办", "各班主任", "市发展改革委市财政局"]
_ROLES = ["lead", "support", "responsible"]


def _answer(units, plain: PlainNames) -> tuple:
    """``_usual_roles``' answer with ``held``, its rows read as plain tuples."""
    held: list[tuple[str, int]] = []
    got = _usual_roles(units, plain, held)
    if got is None:
        return None, held
    leads, supports, lowest, highest = got
    assert all(type(row) is tuple for row in leads + supports)
    return (leads, supports, lowest, highest), held


def _check(units: tuple) -> bool:
    """Plain and named alike, and as the rule when all names are plain; True when an answer was given."""
    named = tuple(RoleUnit(*u) for u in units)
    got, held = _answer(units, PlainNames())
    assert (got, held) == _answer(named, PlainNames()), units
    mixed = tuple(u if i % 2 else n for i, (u, n) in enumerate(zip(units, named)))
    assert (got, held) == _answer(mixed, PlainNames()), units
    if got is None:
        return False
    rule = _placed(*resolve(Assignment(units=named)))
    assert ([tuple(u) for u in rule[0]], [tuple(u) for u in rule[1]], *rule[2:]) == got, units
    return True


def test_the_bundled_plans_plain_lists_read_as_named_and_as_the_rule():
    index = index_assignments(Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes())))
    lists = [f[2][0] for f in index.found if f[2][0] and all(type(u) is tuple for u in f[2][0])]
    assert len(lists) > 300  # the index's plain units (634 brackets in session 53)
    assert sum(map(_check, lists)) > len(lists) // 2  # the path is taken


def test_seeded_lists_read_as_named_and_as_the_rule():
    rng = random.Random(69)
    taken = 0
    for _ in range(4000):
        units = tuple(
            (rng.choice(_NAMES), rng.choice(_ROLES), rng.randrange(60), None, rng.random() < 0.1)
            for _ in range(rng.randrange(1, 6))
        )
        taken += _check(units)
    assert taken > 500  # some lists are usual (every name plain, once, a lead among them)


def test_the_ends_are_the_lowest_and_highest_pos_in_any_order():
    units = (
        ("甲局", "lead", 9, None, False),
        ("乙局", "support", 3, None, False),
        ("丙局", "support", 12, None, False),
    )
    assert _usual_roles(units, PlainNames())[2:] == (3, 12)
    assert _usual_roles(units[::-1], PlainNames())[2:] == (3, 12)
    assert _usual_roles(units[:1], PlainNames())[2:] == (9, 9)

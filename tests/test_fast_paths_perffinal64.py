"""The fast paths of ``tasks.finalize`` changed in session 48 stand for the rules they replace: ``_usual_roles``
taking lists whose leads are any of their units (``牵头单位：A、B``: ``roles.resolve`` and ``tasks._placed`` gave
them before), and ``SpacedNames.kept_whole`` looking only at the units that may be two names (``held``) where
``SpacedNames.apart`` looked at every unit. Each is compared with its rule on the bundled plan's lists, the text
fixtures', crafted lists and lines, and seeded random ones."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reformgraph.loaders.assignments import Found, index_assignments
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import Assignment, RoleUnit, named, resolve
from reformgraph.loaders.source import Source
from reformgraph.loaders.spaced_names import SpacedNames
from reformgraph.loaders.tasks import PlainNames, _placed, _usual_roles
from tests.test_fast_paths_perfroles61 import _NAMES as _ROLES61_NAMES

_FIXTURES = Path(__file__).parent / "fixtures"


def _check_held(a: Assignment, source: CompactText | None, base: int, spaced: SpacedNames, plain: PlainNames) -> int:
    """``kept_whole`` of the units ``_usual_roles`` holds equals ``apart``'s answer (the rule); 1 when it was asked."""
    held: list[tuple[str, int]] = []
    if _usual_roles(a[0], plain, held) is None or not held:
        return 0
    assert spaced.kept_whole(held, source, base) == (spaced.apart(a, source, base) is a), a
    return 1


def _check_roles(units: tuple[RoleUnit, ...], plain: PlainNames) -> int:
    """``_usual_roles``' answer equals ``resolve`` and ``_placed`` (the rule) when it gives one; 1 for two leads."""
    fast = _usual_roles(units, plain)
    if fast is None:
        return 0
    assert plain.all_plain(units)
    leads, supports, lowest, highest = _placed(*resolve(Assignment(units=units)))
    assert ([tuple(u) for u in leads], [tuple(u) for u in supports], lowest, highest) == fast, units
    return len(fast[0]) > 1 or units[0].role != "lead"


def _plans():
    yield decode_text(BUNDLED_DOCUMENT.read_bytes())
    for path in sorted(_FIXTURES.rglob("*.md"))[:300] + sorted(_FIXTURES.rglob("*.txt"))[:300]:
        yield path.read_text(encoding="utf-8", errors="replace")


def test_the_plans_lists_read_alike():
    held = other_leads = 0
    for text in _plans():
        source = Source.from_text(text)
        index = index_assignments(source)
        spaced, plain = SpacedNames(source.lines), PlainNames()
        for found in map(Found._make, index.found):
            other_leads += _check_roles(named(found.assignment).units, plain)
            held += _check_held(found.assignment, source.text, found.base, spaced, plain)
    assert held > 20 and other_leads > 20  # both paths are taken


def test_the_bundled_plans_drafts_read_alike():
    from reformgraph.loaders.workplans import read_workplans

    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    workplans = read_workplans(source, index_assignments(source))
    spaced, plain = SpacedNames(source.lines), PlainNames()
    taken = sum(
        _check_held(a, compact, base, spaced, plain)
        for s in workplans.sections
        for _, _, a, _, compact, base, *_ in s.drafts  # the workplans' drafts: plain tuples (a Draft's fields)
    )
    assert taken > 40


_LINES = [
    "（牵头单位：{}；配合单位：{}）",
    "（牵头单位：镇派出所 各村（社区）；配合单位：{} {}）",
    "牵头单位：{}\n配合单位：{}",
    "（牵头单位：{}、市政府 电子政务中心；配合单位：{}）",
]
_NAMES = ["镇派出所各村（社区）", "市政府电子政务中心", "市财政局", "市政府口岸物流办", "区财政局区税务局", "各班主任"]


@pytest.mark.parametrize("written", _LINES)
def test_crafted_lines_read_alike(written):
    rng = random.Random(64)
    for _ in range(300):
        names = [rng.choice(_NAMES) for _ in range(rng.randrange(1, 4))]
        spaced_at = [
            name.replace("所", "所 ", 1).replace("府", "府 ", 1) if rng.random() < 0.4 else name for name in names
        ]
        lines = written.format(spaced_at[0], "、".join(spaced_at[1:]) or "市商务委").split("\n")
        text = CompactText.from_lines(lines)
        units, at = [], 0
        for i, name in enumerate(names):
            found = text.text.find(name, at)
            at = found if found >= 0 else at
            units.append(RoleUnit(name, "lead" if i == 0 or rng.random() < 0.3 else "support", at))
        a = Assignment(units=tuple(units))
        _check_held(a, text, 0, SpacedNames(lines), PlainNames())
        _check_held(
            a._replace(units=tuple(u._replace(pos=1) for u in units)), None, 0, SpacedNames(lines), PlainNames()
        )


_ROLES = ["lead", "lead", "support", "support", "responsible", None, "implement"]
_RANDOM_NAMES = [name for name in _ROLES61_NAMES if name != "市局"]  # perfroles61's names, one level's bodies only


def test_random_lists_read_alike():
    rng = random.Random(64)
    plain = PlainNames()
    taken = 0
    for _ in range(20000):
        units = tuple(
            RoleUnit(
                rng.choice(_RANDOM_NAMES),
                rng.choice(_ROLES),
                rng.randrange(40),
                rng.choice([None, "x"]),
                rng.random() < 0.1,
            )
            for _ in range(rng.randrange(7))
        )
        taken += _check_roles(units, plain)
    assert taken > 300

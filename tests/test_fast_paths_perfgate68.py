"""A strict reading's early end (``unit_lists._may_open_units``, session 52): where the first clause's first unit is no
unit's name, person, post, unit with its duty or unit guiding another, ``read_value`` (and ``plain_clauses``) read
None at once, as the rules after it (``_clause_units``, ``_units_before_text``) say one by one. Checked, the early end
against the rules alone, on every bracket of the bundled plan and of the text fixtures, read strictly with no role and
with one (``_unlabelled``, ``read_bare_units``, ``read_insides``), and on seeded random brackets.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import assign, unit_lists
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from reformgraph.loaders.vocab import ROLE_VERBS, UNIT_MARKS
from tests.support.readings import plan_texts

# the bundled plan's brackets that read as no assignment, each through the whole strict reading before (1.65 M)
BUNDLED_NOTHING = (
    "以下统称区县招标投标行政监督部门",
    "如设计、勘察、监理等单位",
    "包括土地管理、房产管理、车辆管理、税务、市场监管、社保等部门和单位",
    "以下简称监管平台",
    "市场监管",
)


def _all_insides(text: str) -> list[str]:
    """The distinct insides of every parenthetical of ``text``, compacted as the index reads them."""
    t = Source.from_text(text).text.text
    return list(dict.fromkeys(t[a + 1 : b] for a, b in parentheticals(t)[0]))


def _readings(inner: str) -> tuple:
    """Every strict reading of ``inner`` the index and the fields make, whole."""
    n = len(inner)
    return (
        unit_lists.read_value(inner, 0, n, None, strict=True),
        unit_lists.read_value(inner, 0, n, "responsible", strict=True),
        unit_lists.plain_clauses(inner, 0, None, True),
        assign._unlabelled(inner, 0, n),
        assign.read_bare_units(inner, "responsible"),
        assign.read_insides([inner], {}),
    )


def _by_the_rules(inner: str) -> tuple:
    """``_readings`` with no early end: every clause read through the rules."""
    saved = unit_lists._may_open_units
    unit_lists._may_open_units = lambda found: True
    try:
        return _readings(inner)
    finally:
        unit_lists._may_open_units = saved


def _ends_early(inner: str) -> bool:
    """Whether the strict reading of ``inner`` with no role ends at its first clause's first unit."""
    found = unit_lists.read_units(inner, 0, len(inner)) or []
    return not unit_lists._may_open_units(found)


def _same(inners: list[str]) -> int:
    """Asserts the early end reads each of ``inners`` as the rules do; how many end early."""
    for inner in inners:
        assert _readings(inner) == _by_the_rules(inner), inner
    return sum(map(_ends_early, inners))


@pytest.fixture(scope="module")
def insides() -> list[str]:
    return list(dict.fromkeys(inner for text in plan_texts() for inner in _all_insides(text)))


def test_the_bundled_plans_brackets_that_read_as_nothing_end_early():
    assert all(map(_ends_early, BUNDLED_NOTHING))
    assert _same(list(BUNDLED_NOTHING)) == len(BUNDLED_NOTHING)
    assert all(_readings(inner)[3] is None for inner in BUNDLED_NOTHING)


def test_the_fixtures_brackets_read_as_by_the_rules(insides):
    assert len(insides) > 2000
    assert _same(insides) > 500  # a test that can fail: many brackets name no unit first


_NAMES = ("区财政局", "市市场监管局", "各乡镇人民政府", "县委组织部", "有关部门", "青石区", "东湖区人民政府", "如皋市")
_WORDS = ("设计", "勘察", "包括", "如", "以下简称", "平台", "社保", "管理", "监管", "监督", "科长张某某", "各网格员")
_JOINS = ("、", "、", "，", "；", "和", "及", "与", "等", "由", "（", "）", "“", "”", "/", " ", "2025年底前", "下同")
_ROLES = (*{verb for verb, _ in ROLE_VERBS}, "会同", "指导下", "联合", "督促", "组织", "协调", "提供", "给予", "履行")


def _random_inside(rng: random.Random) -> str:
    """A bracket's inside of a few names, words and marks, and now and then a role word or a unit's mark."""
    parts = []
    for _ in range(rng.randint(1, 7)):
        pool = rng.choice((_NAMES, _WORDS, _JOINS, _WORDS, _NAMES))
        if rng.random() < 0.15:
            pool = _ROLES
        elif rng.random() < 0.02:
            pool = tuple(UNIT_MARKS)
        parts.append(rng.choice(pool))
    return "".join(parts)


def test_random_brackets_read_as_by_the_rules():
    rng = random.Random(52)
    inners = list(dict.fromkeys(_random_inside(rng) for _ in range(3000)))
    assert _same(inners) > 500

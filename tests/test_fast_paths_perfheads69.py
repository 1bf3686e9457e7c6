"""Session 53's fast path in ``assign._usual_field`` (helper perfheads69) against the rule it stands for.

A usual head's field whose value is a list of names alone, one or more of them holding a short bracket inside the
name with more of the name after it (``unit_lists.NAMES_BRACKETED``: ``各区县（自治县）司法局``,
``两江新区（自贸区）法院``, ``市财政局、市公共资源交易监管局，各区县（自治县）公共资源交易中心``), is read by
``unit_lists.names_units``, not by the general field reader (``assign._field_value``, then ``people_apart``). Its
reading must be the general reader's (the same units, nothing after them, nothing first listed or carried, no person
read from the list), on every such field of the bundled plan and of the text fixtures, on crafted values and on seeded
random ones; and every head and bracket must read as the fold reads it (``_fields_of``, ``_labelled``).
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import assign
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from reformgraph.regexcache import compiled
from tests.support.readings import plan_texts
from tests.test_fast_paths_perfinside66 import _as_the_fold_in_heads

# the bundled plan's bracket-holding values the fast path reads (253 k instructions a head before, by the general reader)
BUNDLED = (
    "各区县（自治县）司法局",
    "两江新区（自贸区）法院",
    "各区县(自治县)公共资源交易中心",
    "市经济信息委、市公共资源交易监管局，各区县（自治县）公共资源交易中心",
    "市财政局、市公共资源交易监管局，各区县（自治县）公共资源交易中心",
)

CRAFTED = [
    *BUNDLED,
    "各乡（镇）人民政府",
    "各区（县）人民政府",
    "各村（居）民委员会",
    "市财政局（牵头）办公室",  # a role word in the bracket, more of the name after it
    "市财政局（卫某某）办公室",  # a person in the bracket
    "县数据局（卫某某）",  # a person closing the piece: not this path
    "县财政局（牵头）",  # a role closing the piece: not this path
    "各村（社区）",
    "各县（市、区）人民政府",  # a mark in the bracket: not this path
    "各县（市）区（县）人民政府",  # two brackets in a name
    "市财政局，各区县（自治县）司法局",
    "市财政局，2025年底前各区县（自治县）司法局",  # a deadline after a comma
    "（自治县）司法局",  # no name before the bracket
    "各区县（自治县）",
    "各区县（自治县）牵头",  # a role verb after the bracket
    "各区县（自治县）配合",
    "各区县（自治县）、两江新区",
    "各区县（自治县）司法局、各区",
    "两江新区（自贸区）法院、市律协",
    "市公安局（以下简称局）办公室",
    "市财政局（简称财政）办公室",
    "甲局（指导）乙局",
    "甲局（会同）乙局",
    "甲局（等）乙局",
    "市商务局（市口岸办）",
    "区农业农村局（区林业局）",
]

NAMES = [
    "各区县",
    "两江新区",
    "市财政局",
    "各乡",
    "各区",
    "县",
    "市",
    "甲局",
    "张某某",
    "科长",
    "各村",
    "市人民防空办",
    "区政府",
    "市委",
    "重庆",
    "市场监管",
    "有关",
    "各",
    "市公共资源交易中心",
    "局",
    "区监督",
]
BRACKETS = [
    "自治县",
    "自贸区",
    "镇",
    "县",
    "居",
    "牵头",
    "配合",
    "卫某某",
    "李四",
    "局长",
    "社区",
    "街道",
    "市口岸办",
    "区林业局",
    "简称平台",
    "试行",
    "指导",
    "监管",
    "协办",
    "共同牵头",
    "责任单位",
    "2025年",
    "下同",
    "一",
    "张三 13800000000",
    "马陆镇",
    "陈镇",
    "各社区书记",
    "含",
    "以下简称甲",
    "市、区",
    "等",
]
TAILS = [
    "司法局",
    "法院",
    "人民政府",
    "公共资源交易中心",
    "市场监管所",
    "办公室",
    "部门",
    "有关部门",
    "牵头",
    "负责",
    "配合",
    "民委员会",
    "",
    "政府",
    "管委会",
    "局",
    "委",
    "办",
    "张某某",
    "科长",
    "等",
    "等有关部门",
    "组织",
    "协办",
    "指导",
    "监督部门",
    "①",
]
MARKS = ["、", "、", "、", "，"]


def _random_value(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.choice((1, 1, 2, 3, 4))):
        if rng.random() < 0.6:
            open_, close = ("（", "）") if rng.random() < 0.8 else ("(", ")")
            pieces.append(rng.choice(NAMES) + open_ + rng.choice(BRACKETS) + close + rng.choice(TAILS))
        else:
            pieces.append(rng.choice(NAMES) + rng.choice(TAILS))
    value = pieces[0]
    for piece in pieces[1:]:
        value += rng.choice(MARKS) + piece
    return value


def _field(value: str, at: int, k: int) -> tuple:
    """``_usual_field`` of ``value`` as the ``k``-th field at ``at`` of a head: what it returns, its units, its people."""
    text = "x" * at + assign._FIELD_LABELS[k] + "：" + value + "；"
    units: list = []
    people: list = []
    unit_field, rest, first_listed, carried = assign._usual_field(text, at, k, None, value, {}, units, people)
    # (carried: a list or a tuple, read by ``_usual_parts`` alike)
    return (unit_field, rest, first_listed, tuple(carried)), [tuple(u) for u in units], people


def _general(value: str, at: int, k: int) -> tuple:
    """``_field`` with no fast path for the bracketed names: the general reader's reading."""
    saved = assign._NAMES_BRACKETED
    assign._NAMES_BRACKETED = compiled(r"(?!)")
    try:
        return _field(value, at, k)
    finally:
        assign._NAMES_BRACKETED = saved


def _taken(value: str) -> bool:
    """Whether the fast path reads ``value``."""
    return ("（" in value or "(" in value) and assign._NAMES_BRACKETED.fullmatch(value) is not None


def _fast_as_general(value: str, at: int = 0, k: int = 1) -> bool:
    """Whether the fast path read ``value``; its reading, whether or not, the general reader's."""
    assert _field(value, at, k) == _general(value, at, k), value
    return _taken(value)


def _bracketed_fields(text: str) -> set[str]:
    """The values holding a bracket of the usual heads' fields in ``text``'s parentheticals."""
    t = Source.from_text(text).text.text
    inners = dict.fromkeys(t[a + 1 : b] for a, b in parentheticals(t)[0])
    values = set()
    for inner in inners:
        for pattern in (assign._USUAL_LEAD, assign._USUAL_SUPPORT):
            for m in pattern.finditer(inner.replace(":", "：").replace(";", "；") + "；"):
                if m.group(2) and ("（" in m.group(2) or "(" in m.group(2)):
                    values.add(m.group(2))
    return values


@pytest.fixture(scope="module")
def fixture_values() -> list[str]:
    return sorted({value for text in plan_texts() for value in _bracketed_fields(text)})


def test_the_bundled_plans_values():
    assert all(_fast_as_general(value, 0, k) for value in BUNDLED for k in range(3))


def test_crafted_values():
    taken = [value for value in CRAFTED if _fast_as_general(value)]
    for k in range(3):
        for value in CRAFTED:
            _fast_as_general(value, 7, k)
    assert len(taken) >= 12  # the path is taken (a test of nothing read passes every value)


def test_random_values():
    rng = random.Random(69)
    taken = sum(_fast_as_general(_random_value(rng), rng.randrange(0, 30), rng.randrange(3)) for _ in range(3000))
    assert taken >= 300


def test_the_fixtures_values(fixture_values):
    taken = sum(_fast_as_general(value, 0, k) for value in fixture_values for k in range(3))
    assert taken >= 10


def test_heads_and_brackets_as_the_fold(fixture_values):
    rng = random.Random(169)
    values = CRAFTED + fixture_values + [_random_value(rng) for _ in range(400)]
    _as_the_fold_in_heads(values)


def test_a_looser_pattern_is_caught():
    """A bracket anywhere in a piece (closing it too: ``县财政局（牵头）``) read as names alone reads otherwise."""
    saved = assign._NAMES_BRACKETED
    assign._NAMES_BRACKETED = compiled(r"[^：:；;]*")
    try:
        rng = random.Random(69)
        values = CRAFTED + [_random_value(rng) for _ in range(500)]
        differ = [value for value in values if _field(value, 0, 1) != _general(value, 0, 1)]
    finally:
        assign._NAMES_BRACKETED = saved
    assert len(differ) > 20

"""``read_insides``' own reading of the usual bracket in parts (session 55): a bracket whose last ``；`` closes a head
before a lone deadline field stating one, the head usual, read in the loop with no call for the bracket (its head
read once by ``_head_read``), against the rule it stands for: each bracket read by ``_deadline_last`` (and the fold
where that reads nothing), the heads and fields kept as one call keeps them. Compared on every bracket of the bundled
plan and of the text fixtures, and on seeded random brackets (usual heads and other fields before deadline fields,
stated, empty or none, after every mark).
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import assign
from reformgraph.loaders.assignments import _TRIGGER
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from tests.support.readings import plan_texts


def _in_calls(inners: list[str]) -> list:
    """``read_insides`` as it read before (the rule): each bracket by ``_deadline_last``, else the fold, one call's
    heads, fields and memo shared."""
    memo: dict = {}
    heads: dict = {}
    tails: dict = {}
    out = []
    for inner in inners:
        read = assign._deadline_last(inner, memo, heads, tails)
        out.append(read if read is not None else assign.read_insides([inner], memo)[0])
    return out


def _insides(text: str) -> list[str]:
    """The distinct insides of the parentheticals of ``text`` that the index reads (compacted as it reads them)."""
    t = Source.from_text(text).text.text
    return [i for i in dict.fromkeys(t[a + 1 : b] for a, b in parentheticals(t)[0]) if _TRIGGER.search(i)]


@pytest.fixture(scope="module")
def planned() -> list[list[str]]:
    return [_insides(text) for text in plan_texts()]


def test_the_plans_brackets_read_as_in_calls(planned):
    bundled = planned[0]
    taken = 0
    for inners in planned:
        assert assign.read_insides(inners, {}) == _in_calls(inners)
        taken += sum(1 for inner in inners if _usual(inner))
    assert len(bundled) > 300 and sum(map(_usual, bundled)) > 300 and taken > 600


def _usual(inner: str) -> bool:
    """Whether ``inner`` is a usual head and a deadline field stating one after its last ``；`` (the loop's own)."""
    before, found, tail = inner.rpartition("；")
    field = assign._tail_field(tail) if found else None
    if field is None or not field[2]:
        return False
    head = assign._head_read(before, "；", before, {}, {})
    return head is not None and head[3] is not None


UNITS = ("区财政局", "区税务局", "各街道办事处", "市发展改革委", "各区县（自治县）政府", "区委组织部", "有关部门")
HEAD_FIELDS = (
    "牵头单位：{}",
    "配合单位：{}",
    "责任单位：{}",
    "责任人：张某某",
    "进展情况：已完成",
    "{}牵头",
    "{}负责，{}配合",
    "牵头单位：{}，持续推进",
    "牵头单位：{}会同{}",
    "配合单位：无",
)
DEADLINES = (
    "完成时限：2025年底前",
    "完成时限：持续推进",
    "完成时限：",
    "完成时限：。",
    "调整后完成时限：2026年",
    "配合单位：{}",
)


def _units(rng: random.Random) -> str:
    return rng.choice("、，").join(rng.sample(UNITS, rng.randint(1, 3)))


def _random_inside(rng: random.Random) -> str:
    """A bracket of one to three fields before a deadline field (or another), each after a mark."""
    fields = [f.format(_units(rng), _units(rng)) for f in rng.sample(HEAD_FIELDS, rng.randint(1, 3))]
    head = rng.choice(("；", "；", "；", ";", "。", "，")).join(fields)
    last = rng.choice(DEADLINES).format(_units(rng))
    return head + rng.choice(("；", "；", "；", ";", "。", "")) + last


def test_seeded_random_brackets_read_as_in_calls():
    rng = random.Random(71)
    inners = list(dict.fromkeys(_random_inside(rng) for _ in range(3000)))
    assert sum(map(_usual, inners)) > 300  # the loop's own reading is asked often
    assert assign.read_insides(inners, {}) == _in_calls(inners)
    for inner in inners[:300]:  # each alone (no head read before)
        assert assign.read_insides([inner], {}) == _in_calls([inner]), inner

"""Session 46's index fast path (helper perfindex62) against the rule it stands for.

``assign._usual_head`` matches a bracket head's lead field (the text up to its first ``；``) and its supporting field
apart (``_USUAL_LEAD``, ``_USUAL_SUPPORT``), and reads the lead once per call for every head opening with it (kept in
``_deadline_last``'s store of leads by its text). The two matches must match where the head's pattern (``_USUAL_HEAD``) does, with its
groups; every bracket read in one call (leads shared) must read as each bracket read whole by ``_labelled``; and a
head read with a memo shared by all must read as it does alone. Compared on every bracket and head of the bundled
plan and of the fixtures, on crafted brackets and on 6,000 seeded random heads.
"""

from __future__ import annotations

import random
from itertools import permutations
from pathlib import Path

import pytest

from reformgraph.loaders import assign
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from tests.test_fast_paths_bracket import _insides, _plainly
from tests.test_fast_paths_perfindex60 import _heads

FIXTURES = Path(__file__).parent / "fixtures"


def _same(inners: list[str]) -> None:
    """Every bracket read as the whole bracket read by ``_labelled``: all in one call (heads and leads shared)."""
    assert assign.read_insides(inners, {}) == _plainly(inners)


CRAFTED = [
    "牵头单位：区财政局；完成时限：2025年",
    "牵头单位：区财政局;完成时限：2025年",
    "牵头单位：区财政局。完成时限：2025年",
    "牵头单位：区财政局；完成时限：",  # an empty deadline: the fields' rest is asked
    "牵头单位：区财政局；完成时限：；",
    "牵头单位：区财政局，持续推进；完成时限：2025年",  # words after the units
    "牵头单位：区财政局；完成时限：2024年；调整后完成时限：2025年",  # a deadline before the last field
    "牵头单位：区财政局；完成时限：2024年；完成时限：2025年",
    "牵头单位：区财政局；责任人：张某某，2024年6月底前；完成时限：2025年",  # a person's dated clause
    "牵头单位：区财政局；进展情况：已完成；完成时限：2025年",  # progress
    "区财政局牵头，区税务局配合；完成时限：2025年",  # units before the first label
    "牵头单位：区财政局（张某某）；配合单位：区税务局；完成时限：2025年",  # a person in brackets
    "牵头单位：无；完成时限：2025年",
    "业主单位：县城投公司；完成时限：2026年",
    "牵头单位：区财政局；配合单位：区税务局；完成时限：2025年。",
    # one lead under several heads: a supporting field of units, naming none, with 会同 (no usual head), after it
    "牵头单位：区财政局；配合单位：区税务局、区商务委；完成时限：2025年",
    "牵头单位：区财政局；配合单位：无；完成时限：2025年",
    "牵头单位：区财政局；配合单位：区税务局会同区商务委；完成时限：2025年",
    "牵头单位：区财政局；配合单位：区税务局，各街道；完成时限：2025年",
    "牵头单位：无；配合单位：区税务局；完成时限：2025年",  # no lead unit: the supporting field's label anchors
    "牵头单位：无；配合单位：无；完成时限：2025年",
    "牵头单位：区财政局，区税务局等部门；配合单位：区商务委；完成时限：2025年",  # a lead read by the general reader
    "牵头单位：区财政局，区税务局等部门；完成时限：2026年",
    "牵头单位：科长张某某；配合单位：区商务委；完成时限：2025年",  # a person among the lead's units
    "牵头单位：区财政局；配合单位：区商务委；配合单位：区税务局；完成时限：2025年",  # two supporting fields
]


def test_crafted_brackets():
    _same(CRAFTED)
    for inner in CRAFTED:
        _same([inner])


def test_the_bundled_plans_brackets():
    inners = _insides(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    assert len(inners) > 350
    _same(inners)


@pytest.mark.parametrize("chunk", range(4))
def test_the_text_fixtures_brackets(chunk):
    paths = [path for path in sorted(FIXTURES.rglob("*")) if path.suffix in (".md", ".txt")][chunk::4]
    inners = list(dict.fromkeys(i for path in paths for i in _insides(decode_text(path.read_bytes()))))
    assert len(inners) > 200
    _same(inners)


def test_fields_in_every_order_before_a_deadline_field():
    fields = [
        "牵头单位：区财政局",
        "配合单位：区税务局、区司法局",
        "责任人：张某某",
        "进展情况：已完成",
        "完成时限：2024年",
    ]
    inners = [
        mark.join(order) + mark + "完成时限：2025年底前"
        for order in permutations(fields, 3)
        for mark in ("；", ";", "。")
    ]
    _same(inners)


# ``assign._usual_head`` matches a head's lead field (up to its first ``；``) and its supporting field apart, the lead
# read once per call for every head opening with it: the two matches must match where the head's pattern does, with
# its groups (``tests/test_fast_paths_perfindex60.py`` compares the reading with the fold's, with a memo shared by
# every head and alone)


def _split_groups(head: str) -> tuple | None:
    cut = head.find("；") + 1
    if not cut:
        return None
    lead = assign._USUAL_LEAD.fullmatch(head, 0, cut)
    if lead is None:
        return None
    if cut == len(head):
        return (*lead.groups(), None, None)
    support = assign._USUAL_SUPPORT.fullmatch(head, cut)
    return None if support is None else lead.groups() + support.groups()


def _same_matches(heads: list[str]) -> int:
    matched = 0
    for head in heads:
        whole = assign._USUAL_HEAD.fullmatch(head)
        assert (None if whole is None else whole.groups()) == _split_groups(head), head
        matched += whole is not None
    return matched


def test_the_heads_fields_match_apart_as_the_head_does():
    bundled = _heads(_insides(decode_text(BUNDLED_DOCUMENT.read_bytes())))
    assert _same_matches(bundled) >= 175
    fixtures = [path for path in sorted(FIXTURES.rglob("*")) if path.suffix in (".md", ".txt")]
    heads = _heads([i for path in fixtures for i in _insides(decode_text(path.read_bytes()))])
    assert _same_matches(heads) > 300


def test_random_heads_match_apart_as_the_head_does():
    rng = random.Random(62)
    values = [
        "区财政局",
        "区财政局、区税务局",
        "市人民防空办",
        "有关主管部门",
        "区财政局等",
        "区财政局，区税务局",
        "无",
        "",
        "区财政局（张某）",
        "区财政局:A",
        "区财政局会同区税务局",
        "各区",
        "县人民政府",
        "张某某",
        "区财政局；",
    ]
    labels = ["牵头单位：", "配合单位：", "责任单位：", "完成时限：", "牵头单位:", ""]
    marks = ["；", ";", "。", "", "；；"]

    def field() -> str:
        return rng.choice(labels) + rng.choice(values) + rng.choice(marks)

    heads = []
    for _ in range(6000):  # most a usual head's shape, one part in four swapped for any field
        lead = "牵头单位：" + rng.choice(values) + "；" if rng.random() < 0.75 else field()
        support = "配合单位：" + rng.choice(values) + "；" if rng.random() < 0.75 else field()
        heads.append(lead + (support if rng.random() < 0.7 else "") + (field() if rng.random() < 0.2 else ""))
    assert _same_matches(heads) > 300
    memo: dict = {}
    leads: dict = {}
    for head in heads:  # one memo and one store of leads for all: each head's reading is the one it has alone
        shared, alone = assign._usual_head(head, memo, leads), assign._usual_head(head, {}, {})
        assert (shared is None) == (alone is None), head
        if alone is not None:
            assert [getattr(shared, n) for n in assign._Fields.__slots__] == [
                getattr(alone, n) for n in assign._Fields.__slots__
            ], head

"""Session 48's index fast paths (helper perfindex64) against the rules they stand for.

``assign._usual_parts_half_width`` reads a bracket head written with half-width marks, or closed by ``。``
(``牵头单位:A;配合单位:B;``), as the usual head written full-width (``_usual_parts``), where no words are left after a
value's units; the rule it stands for is the split and the fold (``_split_fields``, ``_fields_of``). Compared on
every head of the bundled plan and of the fixtures in each width and closing mark, on seeded random heads, with a
memo and a store of leads shared by all and alone, and on whole brackets read in one call against each read whole.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import assign
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from tests.support.readings import plan_texts
from tests.test_fast_paths_bracket import _plainly
from tests.test_fast_paths_perfindex60 import _folded, _heads, _insides, _state

_WIDTHS = str.maketrans({"：": ":", "；": ";"})


@pytest.fixture(scope="module")
def heads() -> list[str]:
    return _heads(list(dict.fromkeys(inner for text in plan_texts() for inner in _insides(text))))


def _variants(head: str, rng: random.Random) -> list[str]:
    """``head`` as written, all half-width, closed by ``。``, and with each mark's width drawn at random."""
    before, last = head[:-1], head[-1]
    mixed = "".join(ch.translate(_WIDTHS) if rng.random() < 0.5 else ch for ch in before)
    return [head, head.translate(_WIDTHS), before + "。", before.translate(_WIDTHS) + "。", mixed + last, mixed + "。"]


def _same_heads(texts: list[str]) -> int:
    """Each head the fast path reads reads as the fold does (alone, and with one memo and store of leads for all)."""
    memo: dict = {}
    leads: dict = {}
    read = 0
    for text in dict.fromkeys(texts):
        before = text[:-1]
        parts = assign._usual_parts_half_width(before, {}, {})
        if parts is None:
            continue
        read += 1
        assert _state(assign._usual_fields(parts)) == _folded(text, {}), text
        shared = assign._usual_parts_half_width(before, memo, leads)
        assert _state(assign._usual_fields(shared)) == _folded(text, {}), text
    return read


def test_the_corpus_heads_in_each_width_read_as_the_fold(heads):
    rng = random.Random(64)
    texts = [variant for head in heads for variant in _variants(head, rng)]
    assert _same_heads(texts) > 1500


def test_the_bundled_plans_half_width_heads_are_read_so():
    inners = _insides(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    half = [h for h in _heads(inners) if h[-1] != "；" and "会同" not in h]
    assert _same_heads(half) >= 14  # the 12 half-width heads and the 2 closed by 。


def test_random_heads_read_as_the_fold():
    rng = random.Random(6464)
    values = [
        "区财政局",
        "区财政局、区税务局",
        "市人民防空办",
        "有关主管部门",
        "区财政局等",
        "区财政局，区税务局",
        "区财政局,区税务局",
        "无",
        "",
        "区财政局（张某）",
        "区财政局会同区税务局",
        "各区",
        "县人民政府",
        "张某某",
        "区财政局，持续推进",
        "区财政局。区税务局",
        "青石区、东湖区人民政府",
        "市规划自然资源局等市级相关部门",
        "科长张某某",
    ]
    labels = ["牵头单位", "配合单位", "责任单位", "完成时限", ""]
    colons, marks = ["：", ":"], ["；", ";", "。"]

    def field(label: str) -> str:
        return label + rng.choice(colons) + rng.choice(values) + rng.choice(marks)

    texts = []
    for _ in range(6000):
        lead = field("牵头单位" if rng.random() < 0.8 else rng.choice(labels))
        support = field("配合单位" if rng.random() < 0.8 else rng.choice(labels)) if rng.random() < 0.7 else ""
        texts.append(lead + support)
    assert _same_heads(texts) > 1000


def test_brackets_with_such_heads_read_as_each_read_whole(heads):
    rng = random.Random(4)
    usual = [h for h in heads if assign._usual_parts(h, {}, {}) is not None][:400]
    inners = [
        variant + deadline
        for head in usual
        for variant in _variants(head, rng)[1:]
        for deadline in ("完成时限：2025年", "完成时限:持续推进", "完成时限：")
    ]
    assert assign.read_insides(inners, {}) == _plainly(inners)

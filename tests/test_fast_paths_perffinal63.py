"""The fast paths of session 47 (helper perffinal63) against the rules they stand for.

``vocab.carried_units`` stands for ``CARRIED_UNIT.finditer`` (``parse.conventions``): the same matches (spans and
groups) on the bundled plan's compact text, the text fixtures', crafted texts and seeded random texts of the words
the pattern reads.
"""

from __future__ import annotations

import random
from pathlib import Path

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.vocab import CARRIED_UNIT, carried_units

_FIXTURES = Path(__file__).parent / "fixtures"


def _matches(found) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in found]


def _same(text: str) -> bool:
    rule = _matches(CARRIED_UNIT.finditer(text))
    assert _matches(carried_units(text)) == rule, text[:200]
    return bool(rule)


def test_carried_units_on_the_plans():
    paths = sorted(_FIXTURES.rglob("*.md"))[:300] + sorted(_FIXTURES.rglob("*.txt"))[:300]
    texts = [decode_text(BUNDLED_DOCUMENT.read_bytes())] + [
        p.read_text(encoding="utf-8", errors="replace") for p in paths
    ]
    found = [_same(Source.from_text(text).text.text) for text in texts]
    assert sum(found) >= 3  # plans that carry a unit into every later task


def test_carried_units_on_crafted_and_random_texts():
    crafted = (
        "以下均需试点城市政府落实。",
        "以下各项任务均由区政府负责，以下工作均需各镇落实",
        "以下均为各县（市、区）政府，不再列出。以下均需甲局实施",
        "以下以下均需甲局落实",
        "以下均需以下均需甲局落实落实",
        "均需甲局落实",
        "以下各项均要乙局负责落实",
        "以下事项均需丙局负责实施",
    )
    assert all(_same(text) for text in crafted[:3])
    for text in crafted:
        _same(text)
    rng = random.Random(63)
    pieces = ("以下", "以", "下", "各项", "任务", "工作", "事项", "均", "需", "由", "为", "甲局", "乙局（牵头）")
    pieces += ("落实", "负责", "实施", "，", ",", "不再", "单独", "列出", "。", "均衡", "以下均需")
    hits = 0
    for _ in range(20000):
        hits += _same("".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))))
    assert hits > 100

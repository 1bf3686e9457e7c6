"""The fast paths of session 47 (helper perffinal63) against the rules they stand for.

``vocab.carried_units`` stands for ``CARRIED_UNIT.finditer`` (``parse.conventions``): the same matches (spans and
groups) on the bundled plan's compact text, the text fixtures', crafted texts and seeded random texts of the words
the pattern reads. ``vocab.short_form_places`` (称 after 简, 下 or 文) stands for every 称 as the places
``defined_short_forms`` and ``parse._glossary`` look at: the same short forms, in the same order, and the same glossary,
on the same plans, crafted texts and seeded random texts of the words a definition reads.
"""

from __future__ import annotations

import random
from pathlib import Path

from reformgraph.loaders.parse import _glossary
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.vocab import CARRIED_UNIT, carried_units, defined_short_forms, short_form_places

_FIXTURES = Path(__file__).parent / "fixtures"


def _matches(found) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in found]


def _same(text: str) -> bool:
    rule = _matches(CARRIED_UNIT.finditer(text))
    assert _matches(carried_units(text)) == rule, text[:200]
    return bool(rule)


def _texts() -> list[str]:
    paths = sorted(_FIXTURES.rglob("*.md"))[:300] + sorted(_FIXTURES.rglob("*.txt"))[:300]
    return [decode_text(BUNDLED_DOCUMENT.read_bytes())] + [
        p.read_text(encoding="utf-8", errors="replace") for p in paths
    ]


def test_carried_units_on_the_plans():
    found = [_same(Source.from_text(text).text.text) for text in _texts()]
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


def _every_place(text: str) -> list[int]:
    """Every 称 of ``text``: where ``defined_short_forms`` and ``parse._glossary`` looked before session 47."""
    return [at for at, c in enumerate(text) if c == "称"]


def _same_forms(text: str) -> bool:
    rule = defined_short_forms(text, _every_place(text))
    fast = defined_short_forms(text)
    assert fast == rule and list(fast) == list(rule), text[:200]
    return bool(rule)


def test_short_form_places_on_the_plans():
    found = 0
    for text in _texts():
        source = Source.from_text(text)
        compacted = source.text.text
        places = short_form_places(compacted)
        found += _same_forms(compacted)
        rule = _glossary(source, [at for at in _every_place(compacted) if at >= 1])
        assert _glossary(source, places) == rule
    assert found >= 2  # plans that define short names


def test_short_form_places_on_crafted_and_random_texts():
    crafted = (
        "为推动工作，市地方金融管理局（以下简称市金融局）、市政府国有资产监督管理委员会（以下简称“市国资委”）制定本方案。",
        "青峰高新区投资发展集团有限公司（下称投发集团）、自治区民族宗教事务委员会（简称自治区民宗委，下同）负责",
        "市交通运输委员会（下文称市交通委）负责，市财政局（下文简称市财政）配合",
        "建设孵化平台（下称“平台”），其名称（简称）统一规范。",
        "市公安局（称号称市局）",
    )
    assert sum(_same_forms(text) for text in crafted) >= 3
    rng = random.Random(47)
    pieces = (
        "（",
        "(",
        "）",
        ")",
        "以下",
        "下文",
        "简称",
        "下称",
        "称",
        "名称",
        "简",
        "下",
        "文",
        "市金融局",
        "市财政局",
    )
    pieces += ("“", "”", "，下同", "，", "、", "为推动工作，", "市地方金融管理局", "：")
    openings = ("以下简称", "简称", "下称", "以下称", "下文称", "下文简称", "称", "名称", "简称：", "下称“")
    hits = 0
    for _ in range(20000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(0, 8))]
        for _ in range(rng.randint(0, 3)):  # definitions, well formed or not, among them
            name, short = rng.choice(("市地方金融管理局", "市财政局", "甲")), rng.choice(("市金融局", "市财", "乙"))
            parts.insert(rng.randint(0, len(parts)), f"，{name}{rng.choice('（(')}{rng.choice(openings)}{short}）")
        hits += _same_forms("".join(parts))
    assert hits > 1000

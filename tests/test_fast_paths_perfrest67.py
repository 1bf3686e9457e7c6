"""The fast paths of session 51 (helper perfrest67) against the rules they stand for.

``plan_periods.default_deadline`` tries the character before each 明 (then each 注) first; the rule it stands for reads
the words and the negation at every one (``_rule_default_deadline``, the loop before session 51). ``vocab.
implementers_carried`` finds each 下 and tries the 同 after it; the rule searched for 下同 (``_rule_implementers``).
Both equal on the bundled plan's compact text, the fixtures' texts and seeded random texts of the words the rules read.
"""

from __future__ import annotations

import random
from pathlib import Path

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.plan_periods import _NEGATION_LAST, _NEGATIONS, _UNSTATED_TAIL, default_deadline
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.vocab import IMPLEMENTERS_CARRIED, IMPLEMENTERS_REACH, implementers_carried

_FIXTURES = Path(__file__).parent / "fixtures"


def _rule_default_deadline(text: str, plan_year: int | None):
    """``default_deadline`` as written before session 51: each 明 and 注, its words and the negation read at each."""
    for key, befores, afters in (("明", "注标列写说", "确"), ("注", "标", "")):
        at = text.find(key)
        while at != -1:
            if text[at + 1 : at + 2] in afters:  # 明确
                start, end = at, at + 2
            elif at and text[at - 1] in befores:  # 注明, 标明, 列明, 写明, 标注
                start, end = at - 1, at + 1
            else:
                start = end = -1
            if start > 0 and text[start - 1] in _NEGATION_LAST and text.endswith(_NEGATIONS, max(0, start - 3), start):
                m = _UNSTATED_TAIL.match(text, end)
                deadline = parse_deadline(m.group(1).removesuffix("完成"), plan_year) if m else None
                if deadline is not None and deadline.status is not None:
                    return deadline
            at = text.find(key, at + 1)
    return None


def _rule_implementers(text: str) -> list[tuple[int, str]]:
    """``implementers_carried`` as written before session 51: a search for 下同 and the pattern tried before each."""
    found = []
    at = text.find("下同")
    while at != -1:
        m = IMPLEMENTERS_CARRIED.search(text, max(0, at - IMPLEMENTERS_REACH), at + 2)
        if m is not None and m.end() == at + 2:
            offset = m.start(1)
            for piece in m.group(1).split("、"):
                name = piece.removesuffix("等")
                if is_unit_name(name):
                    found.append((offset, name))
                offset += len(piece) + 1
        at = text.find("下同", at + 2)
    return found


def _same_deadline(text: str, plan_year: int | None = 2025) -> bool:
    rule = _rule_default_deadline(text, plan_year)
    assert default_deadline(text, plan_year) == rule, text[:200]
    return rule is not None


def _same_implementers(text: str) -> bool:
    rule = _rule_implementers(text)
    assert implementers_carried(text) == rule, text[:200]
    return bool(rule)


def _texts() -> list[str]:
    paths = sorted(_FIXTURES.rglob("*.md"))[:300] + sorted(_FIXTURES.rglob("*.txt"))[:300]
    return [decode_text(BUNDLED_DOCUMENT.read_bytes())] + [
        p.read_text(encoding="utf-8", errors="replace") for p in paths
    ]


def test_on_the_plans():
    compacts = [Source.from_text(text).text.text for text in _texts()]
    assert len(compacts) > 100
    for text in compacts:
        _same_deadline(text)
        _same_implementers(text)


def test_default_deadline_on_crafted_texts():
    crafted = (
        "说明：未注明完成时限的任务，均须于2024年12月底前完成。",
        "完成时限未注明的为年底前完成。",
        "各项任务除已明确完成时限的外，均应于2026年底前完成。",
        "除注明时限外，均须于2026年12月底前完成。",
        "无特别说明的，各项任务均于2026年底前完成。",
        "未标注的，均于2026年底前完成。",
        "未注明确的，均于2026年底前完成。",  # 明确 after 注: read as 明确, whose negation is not right before it
        "未明确",
        "明确的，均于2026年底前完成。",
        "注明的，均于2026年底前完成。",
        "标注的，均于2026年底前完成。",
        "未注明",
        "未标注",
        "未明",
        "明",
        "注",
        "未注",
    )
    found = [_same_deadline(text) for text in crafted]
    assert sum(found) >= 6


def _noise(rng: random.Random, pieces: tuple[str, ...], most: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


_DEADLINE_NOISE = ("明", "注", "确", "标", "说", "透明", "目标", "明确", "注明", "未", "除", "的", "。", "，", "工作")


def _unstated_statement(rng: random.Random) -> str:
    """A statement of a default deadline, or something near one: a negation (or none), a word saying "not stated"
    (or a near one), the words after it, a deadline (or none), noise around."""
    negation = rng.choice(("未", "无", "不", "没有", "未作", "除", "除已", "除另有", "无特别", "已", "别", "特别", ""))
    word = rng.choice(("注明", "明确", "标注", "标明", "列明", "写明", "说明", "注明确", "明", "注", "透明", "目标"))
    after = rng.choice(("完成时限", "时间节点", "时限", "", "”", "完成"))
    tail = rng.choice(("的", "的外", "外", "", "之"))
    things = rng.choice(("任务，", "事项", "，", "", "工作，各项任务"))
    deadline = rng.choice(("均须于2024年底前完成", "为年底前完成", "6月底前", "2025年12月", "另行通知", ""))
    return (
        _noise(rng, _DEADLINE_NOISE, 4)
        + negation
        + word
        + after
        + tail
        + things
        + deadline
        + rng.choice(("。", "；", ""))
        + _noise(rng, _DEADLINE_NOISE, 4)
    )


def test_default_deadline_on_random_texts():
    rng = random.Random(67)
    hits = 0
    for _ in range(4000):
        text = "".join(_unstated_statement(rng) for _ in range(rng.randint(1, 3)))
        hits += _same_deadline(text, rng.choice((None, 2025)))
    assert hits > 300


def test_implementers_on_crafted_and_random_texts():
    crafted = (
        "（牵头指导处室：市局质量处，各区市场监管局、机场分局为实施单位，下同）",
        "（牵头单位：市财政局，列第一位的为牵头单位，下同）",
        "A为实施单位，B配合",
        "，甲局为实施单位，下下同",
        "，甲局为实施单位，下同下同",
        "下",
        "下同",
        "，乙局等为落实主体,下同。",
    )
    found = [_same_implementers(text) for text in crafted]
    assert found[0] and found[-1]
    rng = random.Random(6767)
    noise = ("下", "同", "以下", "如下", "同时", "下同", "。", "，", "甲局")
    hits = 0
    for _ in range(4000):
        names = "、".join(
            rng.choice(("甲局", "乙局", "市财政局", "各区政府", "北京", "有关")) for _ in range(rng.randint(1, 3))
        )
        text = (
            _noise(rng, noise, 4)
            + rng.choice(("，", ",", "；", "（", "：", "。", ""))
            + names
            + rng.choice(("等", "均", "", "等均"))
            + rng.choice(("为", "是", "作为", "由"))
            + rng.choice(("实施", "落实", "执行", "负责"))
            + rng.choice(("单位", "主体", "部门", ""))
            + rng.choice(("，", ",", ""))
            + rng.choice(("下同", "下", "下下同", "同", "下同下同"))
            + _noise(rng, noise, 4)
        )
        hits += _same_implementers(text)
    assert hits > 300

"""The spaced tables' gate skipped on compacting's by-product (``Source.gap_ends``, session 47) reads exactly as the
gate over the whole text: ``spaced_tables._gate_text`` answers "" only where ``names_a_column`` of the text is false,
on the bundled plan, crafted texts and seeded random ones; ``column_names.GAP_ENDS`` holds the two last characters of
every word a match of the gate may end before its gap; and ``gap_ends`` is the plain rule's (each word of the lines
joined, whitespace after it or the text's end)."""

from __future__ import annotations

import itertools
import random

import pytest

from reformgraph.loaders.column_names import GAP_ENDS, GAP_LASTS
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import _LINE_MARK, Source, strip_front_matter
from reformgraph.loaders.spaced_tables import _gate_text, names_a_column

BUNDLED = decode_text(BUNDLED_DOCUMENT.read_bytes())

CRAFTED = [
    "某县方案\n序号 重点任务 牵头单位 配合单位 完成时限\n1 建平台 区大数据局 区财政局 6月底前",
    "某县方案\n序号\t重点任务\t牵头单位\t配合单位\n1\t建平台\t区大数据局\t区财政局",
    "某县方案\n序号　重点任务　责任部门　完成时限\n1　建平台　区大数据局　6月底前",
    "某县方案\n序号 问题 责任科室 整改时限\n1 整改 办公室 6月底前",
    "某县方案\n序号 问题 责任处室） 整改时限",
    "某县方案\n序号 任务 责任单位（部门） 时限\n1 建平台 区大数据局 6月",
    "某县方案\n序号 任务 责任单位(部门) 时限",
    "某县方案\n序\t任务\t牵头\t配合\n1\t建平台\t区大数据局\t区财政局",
    "某县方案\n序 任务 牵头 配合",  # 牵头 before a space: no gap of the gate (a tab is), the by-product says maybe
    "某县方案\n牵头单位\xa0配合单位",  # whitespace no gap of the gate: the by-product says maybe
    "某县方案\n｜序号｜重点任务｜牵头单位｜配合单位｜\n｜1｜建平台｜区大数据局｜区财政局｜",
    "某县方案\n1.推进改革。\n牵头单位 \n县发改局",  # a space at the line's end
    "某县方案\n1.推进改革。\n牵头单位\n 县发改局",  # a space opening the next line: no gap after 单位 in its line
    "---\ntitle: 某县方案\nnote: 牵头单位 配合单位\n---\n1.推进改革。（县发改局负责）",
    "1.加强监管。\u2028牵头单位\t县市场监管局",
    "1.加强监管。\x02牵头单位 县市场监管局",  # the stand-in in a line: compacted line by line, no by-product
    "# 牵头单位 配合单位\n**牵头单位**\t县发改局",
    "## 一、任务\n1. 推进（县发改局） 2026年",
    "",
]

_FRAGMENTS = ["单位", "位", "单", "部门", "门", "部", "室", "科", "处", "股", "牵头", "头", "牵", "）", ")", "（", "甲"]
_FRAGMENTS += [" ", "  ", "\t", "\u3000", "\xa0", "\n", "\r\n", "\u2028", "｜", "|", "#", "## ", "*", "---\n"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_FRAGMENTS) for _ in range(rng.randrange(1, 30)))


def _texts() -> list[str]:
    rng = random.Random(63)
    return [BUNDLED, *CRAFTED, BUNDLED.replace("。", "。牵头单位 ", 1), *(_random_text(rng) for _ in range(4000))]


def test_the_gate_skipped_on_the_words_ends_is_the_gate_over_the_whole_text():
    skipped = 0
    for text in _texts():
        source = Source.from_text(text)
        bars = "｜" in source.text.text
        gate = _gate_text(source, text, bars)
        assert names_a_column(gate) == names_a_column(text), text
        assert names_a_column(_gate_text(source, None, bars)) == names_a_column("\n".join(source.lines)), text
        skipped += gate == "" and text != ""
    assert skipped > 100  # the skip is taken, and not only for the bundled plan
    assert _gate_text(Source.from_text(BUNDLED), BUNDLED, False) == ""


def test_a_word_the_gate_may_end_before_its_gap_ends_as_one_of_the_gap_ends():
    # every match of the gate has at most three characters before its gap, all of these: each window tried
    letters = "单位部门科处股室牵头）)甲"
    for n in (1, 2, 3):
        for word in map("".join, itertools.product(letters, repeat=n)):
            for gap in (" ", "\t", "\u3000"):
                if names_a_column("乙" + word + gap):
                    assert word[-2:] in GAP_ENDS and word[-1] in GAP_LASTS, word


@pytest.mark.parametrize("text", [BUNDLED, *CRAFTED])
def test_gap_ends_are_the_plain_rules(text):
    source = Source.from_text(text)
    lines, _ = strip_front_matter(text.splitlines())
    if any(_LINE_MARK in line for line in lines):
        assert source.gap_ends is None
        return
    words = _LINE_MARK.join(lines).split()
    assert source.gap_ends == {w[-2:] for w in words if w[-1] in GAP_LASTS}


def test_a_source_with_lone_labels_colons_keeps_the_gap_ends():
    source = Source.from_text("1.推进。\n牵头单位\n县发改局\n完成时限\n2024年底\n序号 牵头单位 配合单位")
    changed = source.with_lone_label_colons()
    assert changed is not source and changed.gap_ends == source.gap_ends == {"单位"}

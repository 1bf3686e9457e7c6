"""The spaced tables' gate skipped on compacting's by-product (``Source.gap_ends``, session 47) reads exactly as the
gate over the whole text: ``spaced_tables._gate_text`` answers "" only where ``names_a_column`` of the text is false,
on the bundled plan, crafted texts and seeded random ones; ``column_names.GAP_ENDS`` holds the two last characters of
every word a match of the gate may end before its gap; and ``gap_ends`` is the plain rule's (each word of the lines
joined, whitespace after it or the text's end). The spaced goals' scan skipped on the same by-product reads each text
to the same compact lines as the scan of every text."""

from __future__ import annotations

import itertools
import random

import pytest

from reformgraph.loaders.column_names import GAP_ENDS, GAP_LASTS
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import (
    _GAP_LASTS,
    _GOAL_ENDS,
    _LINE_MARK,
    Source,
    _compacted_at_once,
    _compacts_but_heads,
    _drop_heading_attributes,
    _marks_read,
    _spaced_goals,
    strip_front_matter,
    two_last,
)
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
    assert source.gap_ends == {w[-3:] for w in words if w[-1] in _GAP_LASTS}  # (three since session 48)


def test_a_source_with_lone_labels_colons_keeps_the_gap_ends():
    source = Source.from_text("1.推进。\n牵头单位\n县发改局\n完成时限\n2024年底\n序号 牵头单位 配合单位")
    changed = source.with_lone_label_colons()
    assert changed is not source and changed.gap_ends == source.gap_ends == {"头单位", "合单位"}


# the spaced goals' scan skipped on the same by-product (``source._spaced_goals`` only where a word before whitespace
# ends as a goal's name and number do, ``_GOAL_ENDS``)
GOALS = [
    "一、目标\n　目标一　正确识别患者身份。\n目标二\t确保用药安全。",
    "任务一　实施老旧小区改造提升。（牵头单位：县住建局）\n任务十二 推进。",
    "---\n目标一 方案\n---\n目标二 推进。",  # a goal in the front matter, and one in the body
    "---\n目标一 方案\n---\n推进。",  # only in the front matter
    "甲\u2028目标一　正确识别。\n目标二\u3000推进",  # a line break of another kind
    "实现目标二 项。\n目标三：加强",
    "目标一\n　推进",
]
_GOAL_FRAGMENTS = [
    "目标",
    "任务",
    "标",
    "务",
    "一",
    "二",
    "十",
    "三",
    "甲",
    " ",
    "\t",
    "\u3000",
    "\xa0",
    "\n",
    "\u2028",
]
_GOAL_FRAGMENTS += ["---\n", "title: ", "（牵头单位：县住建局）", "：", "#"]


def _compacts_looking_for_goals(lines: list[str], text: str) -> tuple[list[str], list[int]]:
    """``_compacts_but_heads`` with no ends known: spaced goals looked for in every text."""
    compacts, headings, starred, _ = _compacted_at_once(lines)
    _drop_heading_attributes(compacts, headings, text)
    return _marks_read(lines, compacts, headings, text, starred)


def test_the_goals_scan_skipped_on_the_words_ends_reads_as_the_scan():
    rng = random.Random(6363)
    texts = [BUNDLED, *GOALS, *CRAFTED]
    texts += ["".join(rng.choice(_GOAL_FRAGMENTS) for _ in range(rng.randrange(1, 25))) for _ in range(4000)]
    skipped = 0
    for text in texts:
        lines, _ = strip_front_matter(text.splitlines())
        if not lines or _compacted_at_once(lines) is None:
            continue
        compacts, headings, ends = _compacts_but_heads(lines, text)
        assert (compacts, headings) == _compacts_looking_for_goals(lines, text), text
        skipped += _GOAL_ENDS.isdisjoint(two_last(ends)) and bool(_spaced_goals(text))
    assert skipped  # texts whose goals the scan finds only in a front matter: skipped, to the same lines


def test_a_goal_the_scan_finds_ends_as_one_of_the_goal_ends():
    for name in ("目标", "任务"):
        for n in (1, 2, 3):
            for number in map("".join, itertools.product("一二三四五六七八九十", repeat=n)):
                opening = f"{name}一 乙\n"  # (the scan looks only in a text holding the list's first)
                goals = _spaced_goals(f"{opening}{name}{number}　甲")
                assert goals[-1] == (len(opening), len(name) + n) and (name + number)[-2:] in _GOAL_ENDS

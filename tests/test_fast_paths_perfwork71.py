"""Session 55 (helper perfwork71): the workplans' measures read with fewer steps, the same drafts.

``workplans._read_workplans`` reads a measure's line with two cuts: the anchor (inside the parenthetical) is walked
to only when it lies past the line of the parenthetical's start (``own``'s next line start, compared once), and a
line's first character is made once in the walk back to the measure's first line (the enumerators' first characters,
then ``str.isdecimal``). Compared here with the reading as first written (``test_wp20_fast_paths``' reference: the
measure's line a bisection of its anchor, every line of the walk matched by ``_ENUMERATOR``) on the bundled plan, the
fixtures' plans and seeded random workplan books whose parentheticals run over two or three lines (the anchor on the
next line, or on the line of the start with the parenthetical closing later) and whose measures open with every kind
of enumerator, a heading, or none.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from tests.test_wp20_fast_paths import DOCUMENTS, _read, _reference_sections

_TITLES = ["开展试点改革事项工作方案", "优化审批改革事项工作方案", "推进政务服务工作方案 (政府采购)"]
_OPENERS = [
    "1. ",
    "12．",
    "３、",
    "(一)",
    "（十二）",
    "一、",
    "十一、",
    "①",
    "⑳",
    "## ",
    "甲",
    "一是",
    "（牵头",
    "(3",
    "",
]
_BRACKETS = [
    "（牵头单位：市财政局；完成时限：2022年5月）",
    "（\n牵头单位：市财政局；完成时限：2022年5月）",  # the anchor on the next line
    "（\n\n牵头单位：市财政局、\n市商务委；完成时限：长期）",  # past an empty line
    "（牵头单位：市财政局；\n配合单位：市商务委）",  # the anchor on the start's line, closing on the next
    "(牵头单位:市财政局)",
    "（配合单位：市财政局）",
]
_OTHER = ["目标。", "", "", "## 二、适用范围", "两江新区。", "依据《优化营商环境条例》。"]


def _random_book(rng: random.Random) -> str:
    """A workplan book whose measures' parentheticals start, and their labels stand, on one line or on later ones."""
    count = rng.randrange(1, 4)
    titles = [rng.choice(_TITLES) for _ in range(count)]
    lines = ["# 某市人民政府办公室关于印发改革事项工作方案的通知", ""]
    lines += ["## 目 录", ""] + [f"{k}. {t}..... ( {k + 2} )" for k, t in enumerate(titles, start=1)] + [""]
    for title in titles:
        lines += [f"# {title}", "", "## 一、工作目标"]
        for _ in range(rng.randrange(0, 10)):
            if rng.random() < 0.3:
                lines.append(rng.choice(_OTHER))
                continue
            text = rng.choice(_OPENERS) + rng.choice(["开展调研。", "推行", "出台文件，"])
            for _ in range(rng.randrange(1, 3)):  # one or two parentheticals, maybe after a break
                text += rng.choice(["", "\n", "并\n"]) + rng.choice(_BRACKETS)
            lines += text.split("\n") + rng.choice([[], [""]])
        lines += [
            "## 五、责任单位及责任人",
            "牵头单位：市财政局；分管领导：杨光；联络人：毕士杰；联系电话：67236219。",
            "",
        ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_measures_read_as_first_written_on_the_documents(path):
    source = Source.from_text(decode_text(path.read_bytes()))
    assert _read(source) == _reference_sections(source)


def test_measures_read_as_first_written_on_random_books():
    rng = random.Random(5571)
    walked = own = enumerated = 0
    for _ in range(2500):
        source = Source.from_text(_random_book(rng))
        read = _read(source)
        assert read == _reference_sections(source), source.text.text
        for section in read[0] if read else ():
            for text, line, _, _, _, base, _, _, whole in section.drafts:
                walked += source.line_of(base - 1) < line  # the anchor past the line of the bracket (at base - 1)
                own += whole
                enumerated += text[:1].isdecimal()
    # each path met many times: the anchor walked to, the parenthetical on one line, a measure from a numbered line
    assert walked > 500 and own > 2000 and enumerated > 500, (walked, own, enumerated)

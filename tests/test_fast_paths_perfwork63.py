"""The workplan reader's fast path of session 47 (issue 15) reads exactly as the rule it stands for.

``workplans._USUAL_SECTION`` (and ``_USUAL_BLOCK``) take a section's units and names as Chinese characters of
``_HANZI`` (U+4E00–U+9FA5), not as letters of ``[^\\W\\d_]``, and its phones as ASCII digits, not ``\\d``: ranges,
where those classes look up each character's category; and the repeats a mark ends are possessive (the bundled
plan's 124 matches 1.65 → 1.03 M instructions). Every character of the ranges is such a letter or digit, and what a
possessive repeat would give back could not be followed (no letter nor 、 after a name, no digit nor 、 after a
phone), so the patterns match a part of what they matched before, and where they match, their groups are the ones
the patterns as before give; a section they no longer take (a name with a Latin letter, 〇, a character of another
block, a full-width digit) is read by the loop, which the fast path equals (``tests/test_fast_paths_perfwork61.py``).
Checked here on the bundled plan's sections, on seeded random sections with other letters and digits, and on
crafted ones.

The table of contents' usual entries (``toc._USUAL_HEAD``, ``_USUAL_LAST``; ``_USUAL_ENTRY`` and ``_USUAL_FIRST`` before
session 54) hold the title's
repeats possessive (what they could give back, a title's character, neither a space, a leader nor the line's end may
follow): their matches, every group's span, are those of the patterns without, on every line of every plan of the
fixtures, and on seeded random lines of the usual entry's pieces (``tests/test_fast_paths_perfwork60.py``'s) with
characters put in where the repeats stop.
"""

from __future__ import annotations

import random
import re

import pytest

from reformgraph.loaders import toc
from reformgraph.loaders import workplans as wp
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from tests.test_fast_paths_perfwork import BUNDLED, _loop_reading, _responsible_sections
from tests.test_fast_paths_perfwork60 import DOCUMENTS
from tests.test_fast_paths_perfwork60 import _line as _toc_line
from tests.test_fast_paths_perfwork61 import _random_section, _reads_as_the_loop

_LETTER = re.compile(r"[^\W\d_]")  # what the patterns took as a letter of a unit or a name before


def _as_before(pattern: str) -> str:
    """``pattern`` as it was written before: letters as ``[^\\W\\d_]``, digits as ``\\d``, no possessive repeat."""
    before = pattern.replace(wp._HANZI, _LETTER.pattern).replace("[0-9]", r"\d")
    return before.replace("*+", "*").replace("++", "+")


_AS_LETTERS = [re.compile(_as_before(p.pattern)) for p in (wp._USUAL_SECTION, wp._USUAL_BLOCK)]


def test_every_character_of_the_range_is_a_letter():
    low, high = 0x4E00, 0x9FA5
    assert wp._HANZI == r"[\u4e00-\u9fa5]"
    assert all(_LETTER.fullmatch(chr(c)) and chr(c).isalpha() for c in range(low, high + 1))
    assert all(re.fullmatch(r"\d", c) for c in "0123456789")
    assert wp._USUAL_SECTION.pattern.count(wp._HANZI) == _AS_LETTERS[0].pattern.count(_LETTER.pattern) > 0
    assert r"[^\W\d_]" not in wp._USUAL_SECTION.pattern and r"\d" not in wp._USUAL_SECTION.pattern
    assert _AS_LETTERS[0].pattern.count("*+") == _AS_LETTERS[0].pattern.count("++") == 0


def _same_as_letters(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the usual section's and block's patterns match ``text[start:end]`` only where the letters' ones do,
    with the same groups (asserted); and whether the section's pattern matched."""
    end = len(text) if end is None else end
    for pattern, letters in zip((wp._USUAL_SECTION, wp._USUAL_BLOCK), _AS_LETTERS):
        match = pattern.fullmatch(text, start, end) if pattern is wp._USUAL_SECTION else pattern.match(text, start)
        wide = letters.fullmatch(text, start, end) if pattern is wp._USUAL_SECTION else letters.match(text, start)
        if match is not None:
            assert wide is not None and match.regs == wide.regs, text[start:end]
    return wp._USUAL_SECTION.fullmatch(text, start, end) is not None


def test_the_bundled_plans_sections_match_as_with_letters():
    source = Source.from_text(decode_text(BUNDLED.read_bytes()))
    spans = _responsible_sections(source)
    assert len(spans) == 124
    for start, end in spans:
        assert _same_as_letters(source.text.text, start, end)  # every one still on the fast path


_OTHER_LETTERS = ["A", "ｂ", "〇", "㐀", "α", "é", "鿐", "ー", "々"]
_OTHER_DIGITS = ["６", "٣", "²"]


def _with_other_letters(rng, text: str) -> str:
    """``text`` with a few of its Chinese characters or digits swapped for letters or digits outside the ranges (or
    put beside them)."""
    chars = list(text)
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        digit = rng.random() < 0.3
        at = [k for k, c in enumerate(chars) if ("0" <= c <= "9" if digit else "\u4e00" <= c <= "\u9fa5")]
        if not at:
            break
        k = rng.choice(at)
        other = rng.choice(_OTHER_DIGITS if digit else _OTHER_LETTERS)
        chars[k] = other if rng.random() < 0.5 else chars[k] + other
    return "".join(chars)


def test_random_sections_with_other_letters_read_as_the_loop():
    rng = random.Random(6301)
    fast = refused = 0
    for _ in range(4000):
        body = _with_other_letters(rng, _random_section(rng))
        source = Source.from_text("五、责任单位及责任人\n" + body + "\n")
        took = _same_as_letters(source.text.text, source.offset(1))
        assert _reads_as_the_loop(body) == took
        fast += took
        refused += not took and _AS_LETTERS[0].fullmatch(source.text.text, source.offset(1)) is not None
    assert fast > 300 and refused > 100  # many on the fast path, many the letters' pattern took and this one leaves


@pytest.mark.parametrize(
    "body",
    [
        "牵头单位：市财政局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟；联系电话：67575352。",
        "牵头单位：市A局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟；联系电话：67575352。",
        "牵头单位：市财政局；分管领导：买买提·艾力；处室负责人：李茜；联络人：熊艳娟；联系电话：67575352。",
        "牵头单位：市财政局；分管领导：王〇；处室负责人：李茜；联络人：熊艳娟；联系电话：67575352。配合单位：市公安局。",
        "牵头单位：市财政局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟；联系电话：67575352。"
        "市ｂ局；分管领导：王五；处室负责人：赵六；联络人：钱七；联系电话：67575444。",
        "牵头单位：市财政局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟、Tom；联系电话：67575352、13594177712。",
        "牵头单位：市财政局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟；联系电话：６７５７５３５２。",
        "牵头单位：市财政局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟、张三；联系电话：67575352、1359417771２。",
        "牵头单位：市财政局；分管领导：王银川甲乙丙丁戊己；处室负责人：李茜；联络人：熊艳娟；联系电话：67575352。",
    ],
)
def test_crafted_sections_read_as_the_loop(body):
    source = Source.from_text("五、责任单位及责任人\n" + body + "\n")
    took = _same_as_letters(source.text.text, source.offset(1))
    assert _reads_as_the_loop(body) == took
    assert took == (all(not ("A" <= c <= "z" or c in "〇·ｂ６２") for c in body) and "王银川甲" not in body)
    assert _loop_reading(source.text, source.offset(1), len(source.text.text)) is not None


# ---- the table of contents' usual entries: possessive title repeats ----------------------------------------------

_TOC_PATTERNS = (toc._USUAL_HEAD, toc._USUAL_LAST)
_TOC_AS_BEFORE = [re.compile(p.pattern.replace("*+", "*").replace("++", "+")) for p in _TOC_PATTERNS]


def _toc_lines_match_as_before(lines) -> int:
    """Whether each of ``lines`` is matched by the usual entries' patterns as by the same without possessive repeats
    (asserted: the same spans of every group); how many the first one matched."""
    matched = 0
    for line in lines:
        for pattern, before in zip(_TOC_PATTERNS, _TOC_AS_BEFORE):
            now, then = pattern.fullmatch(line), before.fullmatch(line)
            assert (now.regs if now else None) == (then.regs if then else None), (pattern.pattern, line)
        matched += _TOC_PATTERNS[0].fullmatch(line) is not None
    return matched


def test_the_toc_patterns_hold_possessive_repeats_only_in_the_title():
    assert toc._TITLE.count("*+") == 2 and toc._TITLE.count("++") == 1
    for pattern, before in zip(_TOC_PATTERNS, _TOC_AS_BEFORE):
        assert pattern.pattern.count("+") - before.pattern.count("+") == 3


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_toc_lines_of_every_plan_match_as_before(path):
    _toc_lines_match_as_before(decode_text(path.read_bytes()).splitlines())


def test_the_bundled_plans_toc_lines_match_as_before():
    assert _toc_lines_match_as_before(decode_text(BUNDLED.read_bytes()).splitlines()[:200]) >= 90


def test_random_toc_lines_match_as_before():
    rng = random.Random(6302)
    lines = [line for _ in range(3000) for line in _toc_line(rng)]
    # and lines with the title's characters the repeats stop at: a bracket, a space, a leader at its end
    lines += [line[:cut] + rng.choice(["）", " ", "\t", "…", "·", "。 ", "\u3000"]) + line[cut:] for line in lines[:2000]
              for cut in [rng.randrange(len(line) + 1)]]  # fmt: skip
    assert 500 < _toc_lines_match_as_before(lines) < len(lines) - 500

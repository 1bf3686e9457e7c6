"""The source stage's lines cut when asked for (session 49): ``Source.from_text`` of a text whose only line break is
``\\n`` compacts the text with a stand-in for each break (no ``splitlines``, no join of the lines) and keeps its lines
as ``WrittenLines``, each cut from the text on first use. Each is tested against the rule it stands for: the source
made the long way (``splitlines``, the front matter stripped, the lines joined and compacted), field by field, and
``WrittenLines`` against ``str.splitlines`` (one line, a slice, every line), on the bundled plan and random texts of
every kind of line break, whitespace, the stand-in, front matter and long lines.
"""

from __future__ import annotations

import random

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import (
    _BREAKS_STEP,
    _LINE_MARK,
    _OTHER_BREAKS,
    Source,
    WrittenLines,
    _compacts_but_heads,
    _one_break_only,
    strip_front_matter,
)

_PIECES = [
    "甲",
    "乙 ",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u3000",
    "# 标题",
    "**加粗**",
    "- 1. 建设",
    "（牵头单位：区大数据局）",
    "目标一　正确",
    "牵头单位\t县城管局",
    "---\n",
    "title: 方案\n",
]
_RARE = ["\r\n", _LINE_MARK, *_OTHER_BREAKS]  # each text holds one in three times


def _the_long_way(text: str) -> Source:
    """``Source.from_text`` as it was before session 49: every line split, the lines joined to be compacted."""
    lines, front = strip_front_matter(text.splitlines())
    compacts, headings, ends = _compacts_but_heads(lines, text) if lines else ([], [], frozenset())
    return Source.from_compacts(lines, compacts, front, headings, heads=True, gap_ends=ends)


def _fields(source: Source) -> tuple:
    return (
        tuple(source.lines),
        source.compacts,
        source.front,
        source.text,
        source.offsets,
        source.headings,
        source.gap_ends,
    )


def _random_text(rnd: random.Random) -> str:
    pieces = [rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30))]
    if rnd.random() < 0.3:
        pieces.insert(rnd.randint(0, len(pieces)), rnd.choice(_RARE))
    if rnd.random() < 0.2:
        pieces.insert(rnd.randint(0, len(pieces)), "长" * rnd.randint(0, 3 * _BREAKS_STEP))
    if rnd.random() < 0.2:
        pieces.insert(rnd.randint(0, len(pieces)), "\n" * rnd.randint(0, 2 * _BREAKS_STEP))
    if rnd.random() < 0.1:
        pieces.insert(0, "---\ntitle: 方案\n---\n")
    return "".join(pieces)


def test_from_text_as_the_long_way_on_the_bundled_plan():
    text = decode_text(BUNDLED_DOCUMENT.read_bytes())
    source = Source.from_text(text)
    assert isinstance(source.lines, WrittenLines)  # the fast path is taken
    assert _fields(source) == _fields(_the_long_way(text))


def test_from_text_as_the_long_way_on_random_texts():
    rnd = random.Random(49)
    fast = 0
    for _ in range(3000):
        text = _random_text(rnd)
        source = Source.from_text(text)
        fast += isinstance(source.lines, WrittenLines)
        assert _fields(source) == _fields(_the_long_way(text)), repr(text)
        assert source.blanked_front(text) == _the_long_way(text).blanked_front(text), repr(text)
    assert 1000 < fast < 2900  # (and the long way taken in the others)


def test_one_break_only_as_its_rule():
    """True only where the text's lines are its pieces between ``\\n`` (``splitlines`` ends no line at the text's
    last break) and no front matter is stripped; true for every text holding no other break that opens otherwise."""
    rnd = random.Random(7)
    taken = 0
    for _ in range(3000):
        text = _random_text(rnd)
        lines = text.splitlines()
        if _one_break_only(text):
            taken += 1
            assert (text[:-1] if text.endswith("\n") else text).split("\n") == lines, repr(text)
            assert strip_front_matter(lines) == (lines, {}), repr(text)
        else:
            assert not text or any(mark in text for mark in _OTHER_BREAKS) or lines[0].strip() == "---", repr(text)
    assert 1000 < taken < 2900


def _check_lines(text: str, rnd: random.Random) -> None:
    expected = text.splitlines()
    lines = WrittenLines(text, len(expected))
    order = list(range(len(expected)))
    rnd.shuffle(order)
    for i in order[:200]:
        assert lines[i] == expected[i], (repr(text), i)
        assert lines[i - len(expected)] == expected[i]
    fresh = WrittenLines(text, len(expected))
    a, b = rnd.randint(0, len(expected) + 1), rnd.randint(0, len(expected) + 2)
    assert fresh[a:b] == tuple(expected[a:b]), (repr(text), a, b)
    assert fresh[a:b:2] == tuple(expected[a:b:2])
    assert len(fresh) == len(expected) and list(fresh) == expected and fresh == tuple(expected)


def test_written_lines_as_splitlines_on_the_bundled_plan():
    text = decode_text(BUNDLED_DOCUMENT.read_bytes())
    rnd = random.Random(3)
    for _ in range(5):
        _check_lines(text, rnd)


def test_written_lines_as_splitlines_on_random_texts():
    rnd = random.Random(11)
    for _ in range(3000):
        text = "".join(
            rnd.choice(
                ["甲", "乙 ", "\n", "\n\n", " ", "长" * rnd.randint(0, _BREAKS_STEP), "\n" * rnd.randint(0, 300)]
            )
            for _ in range(rnd.randint(1, 40))
        )
        if text:
            _check_lines(text, rnd)

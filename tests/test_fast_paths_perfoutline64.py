"""The outline's quick bound finds the role words of 责 and 办 by one pattern's pass each (``tasklist._PROSE_SCANS``).

Session 48 (helper perfoutline64): 负责, 负总责, 责任主体, 职责分工, 主责 and 主体责任 are looked for by one pass of a
pattern at their 责, and 协办, 主办 and 别办理 by one at their 办, where before they were searched by 负 and 主 (a
few hundred hits of 主, 25 true) and whole (a two- or four-character word's search scans the whole text); 主抓 by its
抓. Each pattern must match at an occurrence of its key exactly where one of the key's words holds it, and the lines
found must be those found with every word looked for by its first character (``_lines_holding``'s default key) and
with the keys but no pattern (a ``str.find`` loop a key and place), on crafted texts with line breaks inside and
around the words (a word starting on the line before its key), random ones, and the bundled plan outside its
brackets.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _PROSE_KEYS, _PROSE_SCANS, _PROSE_WORDS, _lines_holding, brackets_blanked


def _holders(text: str, key: str) -> list[int]:
    """The occurrences of ``key`` in ``text`` that one of the words it keys holds (the rule the pattern stands for)."""
    words = [(w, w.index(key)) for w, k in zip(_PROSE_WORDS, _PROSE_KEYS) if k == key]
    return [
        at
        for at in range(len(text))
        if text[at] == key and any(at >= i and text.startswith(w, at - i) for w, i in words)
    ]


def _same(text: str) -> None:
    s = Source.from_text(text)
    c = s.text.text
    for key, pattern in _PROSE_SCANS.items():
        assert [m.start() for m in pattern.finditer(c)] == _holders(c, key), (text, key)
    scanned = _lines_holding(c, _PROSE_WORDS, s, _PROSE_KEYS, _PROSE_SCANS)
    assert scanned == _lines_holding(c, _PROSE_WORDS, s, _PROSE_KEYS), text
    assert scanned == _lines_holding(c, _PROSE_WORDS, s), text


def test_every_scanned_word_has_its_key():
    assert sorted(w for w, k in zip(_PROSE_WORDS, _PROSE_KEYS) if k in _PROSE_SCANS) == sorted(
        ["负责", "负总责", "责任主体", "职责分工", "主责", "主体责任", "协办", "主办", "别办理"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "区财政局负责，区民政局负总责。\n企业落实主体责任，部门履行监管职责。",
        "甲负\n责乙负总\n责丙主\n体责任丁责任\n主体",
        "职责分工\n职\n责分工职责\n分工主责主\n责",
        "责任单位：区政府办公室，办理时限：1个月\n协办，主办，分别办理，别办\n理，特别办公",
        "负负责责任主体主体责任主责任",
        "协\n办\n主\n办\n别\n办理",
        "责",
        "办",
        "\n责任主体\n\n负总责\n",
    ],
)
def test_the_passes_find_the_words_lines(text):
    _same(text)


def test_the_passes_find_the_words_lines_on_random_texts():
    rng = random.Random(48)
    pieces = [
        *_PROSE_WORDS,
        *"负总主职体协别责办任分工理甲，",
        "责任",
        "办理",
        "办公室",
        "职责",
        "主体",
        "\n",
        "\n\n",
    ]
    for _ in range(2000):
        words = [rng.choice(pieces) for _ in range(rng.randrange(24))]
        text = "".join(w if rng.random() < 0.7 else w[:1] + "\n" + w[1:] for w in words)
        _same(text)


def test_the_passes_find_the_words_lines_in_the_bundled_plan():
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    index = index_assignments(source)
    outside, _ = brackets_blanked(source.text.text, index)  # as the quick bound searches it
    for key, pattern in _PROSE_SCANS.items():
        assert [m.start() for m in pattern.finditer(outside)] == _holders(outside, key), key
    scanned = _lines_holding(outside, _PROSE_WORDS, source, _PROSE_KEYS, _PROSE_SCANS)
    assert scanned == _lines_holding(outside, _PROSE_WORDS, source) and len(scanned) == 481

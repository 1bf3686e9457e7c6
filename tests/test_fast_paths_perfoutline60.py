"""The outline's quick bound finds each role word by its key (``tasklist._PROSE_KEYS``) as it would by the word itself.

Session 44 (helper perfoutline60): 协助 is looked for by its 助 and 协办 whole, no longer both by their 协 (a hit in
every 协调, and a byte the search stops at in every 4fxx character). The lines found must be the lines found with
every word looked for by its first character (``_lines_holding``'s default key), on crafted texts with line breaks
inside and around the words, random ones, and the bundled plan outside its brackets.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _PROSE_KEYS, _PROSE_WORDS, _lines_holding, brackets_blanked


def _same(text: str) -> None:
    s = Source.from_text(text)
    keyed = _lines_holding(s.text.text, _PROSE_WORDS, s, _PROSE_KEYS)
    assert keyed == _lines_holding(s.text.text, _PROSE_WORDS, s), text


@pytest.mark.parametrize(
    "text",
    [
        "区财政局牵头，区民政局协助。\n区教委统筹，区卫健委协办。",
        "甲协\n助乙\n丙协\n办丁",
        "加强协调，协助推进\n助力发展，协同办理，协办",
        "助\n协助协办协\n协助",
        "协调办公室助推",
    ],
)
def test_the_keys_find_the_words_lines(text):
    _same(text)


def test_the_keys_find_the_words_lines_on_random_texts():
    rng = random.Random(44)
    pieces = [*_PROSE_WORDS, "协", "助", "办", "协调", "助力", "主", "甲", "，", "\n", "\n\n"]
    for _ in range(1500):
        words = [rng.choice(pieces) for _ in range(rng.randrange(20))]
        _same("".join(w if rng.random() < 0.8 else w[:1] + "\n" + w[1:] for w in words))


def test_the_keys_find_the_words_lines_in_the_bundled_plan():
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    index = index_assignments(source)
    outside, _ = brackets_blanked(source.text.text, index)  # as the quick bound searches it
    keyed = _lines_holding(outside, _PROSE_WORDS, source, _PROSE_KEYS)
    # (481 since round 61: its line of 市场主体无需再在不同城市分别办理 CA 数字证书, a 分别办理 read as no task)
    assert keyed == _lines_holding(outside, _PROSE_WORDS, source) and len(keyed) == 481

"""Session 46 (helper perfwork62): the outline's quick bound looks for 分别办理 by its 别, not whole; the districts of
a workplan's scope are found in its text without whitespace made by ``str.split``.

The lines found by the keys (``tasklist._PROSE_KEYS``) must be the lines found with every word looked for by its
first character (``_lines_holding``'s default key) and with 别办理 looked for whole (the key it had), on crafted texts
with line breaks inside and around the word, random ones, and the bundled plan outside its brackets.
"""

from __future__ import annotations

import random
import re

import pytest

from reformgraph.districts import _pattern, find_districts, load_districts
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _PROSE_KEYS, _PROSE_WORDS, _lines_holding, brackets_blanked

_WHOLE = tuple(w if w == "别办理" else k for w, k in zip(_PROSE_WORDS, _PROSE_KEYS))  # the keys before session 46


def _same(text: str, source: Source | None = None) -> set[int]:
    s = source or Source.from_text(text)
    keyed = _lines_holding(text if source else s.text.text, _PROSE_WORDS, s, _PROSE_KEYS)
    assert keyed == _lines_holding(text if source else s.text.text, _PROSE_WORDS, s, _WHOLE), text
    assert keyed == _lines_holding(text if source else s.text.text, _PROSE_WORDS, s), text
    return keyed


def test_the_key_is_the_words_rarer_character():
    # session 48 (perfoutline64): by the pattern's pass at its 办 (``_PROSE_SCANS``), with 协办 and 主办
    assert _PROSE_KEYS[_PROSE_WORDS.index("别办理")] == "办"


@pytest.mark.parametrize(
    "text",
    [
        "县自然资源局、县住房和城乡建设局分别办理，各自答复提案人。",
        "特别办\n理\n分别\n办理\n分\n别办理",
        "区别对待，特别是\n分别办理别办理别",
        "别\n办理别办\n理",
        "分别由甲、乙办理",
    ],
)
def test_the_keys_find_the_words_lines(text):
    _same(text)


def test_the_keys_find_the_words_lines_on_random_texts():
    rng = random.Random(46)
    pieces = [*_PROSE_WORDS, "别", "分别", "特别", "办理", "办", "理", "甲", "，", "\n", "\n\n"]
    for _ in range(1500):
        words = [rng.choice(pieces) for _ in range(rng.randrange(20))]
        _same("".join(w if rng.random() < 0.7 else w[:1] + "\n" + w[1:] for w in words))


def test_the_keys_find_the_words_lines_in_the_bundled_plan():
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    index = index_assignments(source)
    outside, _ = brackets_blanked(source.text.text, index)  # as the quick bound searches it
    assert len(_same(outside, source)) == 481


# Session 46: find_districts drops a text's whitespace by ``"".join(text.split())``, not ``re.sub(r"\s+", "", text)``.

_SPACES = [chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c))]


def test_str_split_cuts_at_what_re_s_matches():
    # every character ``re``'s ``\s`` matches, and no other, is whitespace to ``str.split``
    assert _SPACES == [chr(c) for c in range(0x110000) if chr(c).isspace()]
    for s in _SPACES:
        assert "".join(f"甲{s}乙{s}{s}".split()) == re.sub(r"\s+", "", f"甲{s}乙{s}{s}") == "甲乙"


def test_the_districts_are_those_of_the_text_without_its_whitespace():
    rng = random.Random(4646)
    pieces = [
        "两江新区",
        "九龙坡区",
        "永川区",
        "江北区",
        "区县",
        "全市",
        "，",
        "、",
        "两江",
        "新区",
        "\u200b",
        "\u3000",
        *_SPACES[:30],
    ]
    pattern, table = _pattern(None), load_districts(None)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        old = tuple(dict.fromkeys(table[m.group(0)] for m in pattern.finditer(re.sub(r"\s+", "", text))))
        ends_in = "区" in text or "县" in text
        assert find_districts(text) == (old if ends_in else ()), text

"""The outline's quick bound looks for each role word by one of its characters (issue 15, round 6).

``tasklist._lines_holding`` finds a word by ``str.find`` of its key (``_PROSE_KEYS``, mostly one character) and checks
the word around it; these tests compare it with the regex pass it replaced, on random and hostile texts,
and check that it stays linear where a key is everywhere.
"""

from __future__ import annotations

import random
import re
import time

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _PROSE_KEYS, _PROSE_WORDS, _evidence_bound, _lines_holding, _quick_bound

_REGEX = re.compile(f"(?={'|'.join(_PROSE_WORDS)})")  # every start of a role word, overlapping ones too


def _lines_by_regex(text: str, source: Source) -> set[int]:
    """The lines on which a role word starts, from a regex over the whole text (no skipping)."""
    return {source.line_of(m.start()) for m in _REGEX.finditer(text)}


def test_the_keys_are_parts_of_their_words():
    assert len(_PROSE_KEYS) == len(_PROSE_WORDS)
    assert all(key and key in word for word, key in zip(_PROSE_WORDS, _PROSE_KEYS))


def test_role_word_lines_are_the_regex_pass():
    rng = random.Random(1818)
    # the words, their characters alone and in other words (主体, 头部, 由于), line breaks and brackets
    pieces = [
        *_PROSE_WORDS,
        *"由会同负责任主体牵头指导配合",
        "主要",
        "头",
        "责任",
        "（",
        "）",
        "：",
        "\n",
        "\n\n",
        "甲",
    ]
    texts = [BUNDLED_DOCUMENT.read_text(encoding="utf-8")]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(40))) for _ in range(3000)]
    for text in texts:
        source = Source.from_text(text)
        compact = source.text.text
        assert _lines_holding(compact, _PROSE_WORDS, source, _PROSE_KEYS) == _lines_by_regex(compact, source), text
        index = index_assignments(source)  # and the bound is still one
        assert _quick_bound(source, index) >= _evidence_bound(source, index, [False] * len(source.lines)), text


def test_a_key_everywhere_stays_linear():
    # 200,000 头 without 牵 (each a key that is no word), one line of 100,000 words (one hit, then the next line),
    # 70,000 责任主 (the whole-word key nearly matching everywhere)
    for text in ("头" * 200_000 + "\n牵头", "负责" * 100_000 + "\n甲\n牵头", "责任主" * 70_000 + "\n责任主体"):
        source = Source.from_text(text)
        t = time.process_time()
        lines = _lines_holding(source.text.text, _PROSE_WORDS, source, _PROSE_KEYS)
        assert time.process_time() - t < 2.0
        assert lines == _lines_by_regex(source.text.text, source)

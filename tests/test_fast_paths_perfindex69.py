"""Session 53's index fast path (helper perfindex69) against the rule it stands for.

``scan.bracket_pairs`` no longer makes every opener's offset: ``scan.spans_at_least`` walks the pieces after the
openers (each opener one character past the last one's piece), and the index's ``scan.held_pairs`` makes the pairs
that may hold an assignment in one walk with the text inside each (cut from its piece, where the index sliced the text
at every held pair after), the openers of no simple pair and a pair too long found in it; the other openers the depth
loop needs are counted from the pieces before them (``scan._openers_at``). Compared here with the bracket-depth loop
the scanner was first written as and the text's own slices at its pairs, on seeded random texts of brackets and
fillers (nested, unclosed, too far), on the bundled plan and on every text fixture; and the openers counted with a loop
over every piece.
"""

from __future__ import annotations

import random
from itertools import accumulate

import pytest

from reformgraph.loaders.scan import _openers_at, bracket_pairs, held_pairs, spans_at_least
from reformgraph.loaders.source import Source
from tests.support.readings import plan_texts
from tests.test_grammar_fast_paths import _reference_parentheticals, random_bracket_case


@pytest.fixture(scope="module")
def compact_texts() -> list[str]:
    return [Source.from_text(text).text.text for text in plan_texts()]


def _rule(text: str, least: int, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """The rule: every top-level pair of the depth loop of close - open ``least`` or more, and the text inside each."""
    spans = [(a, b) for a, b in _reference_parentheticals(text, start, end)[0] if b - a >= least]
    return spans, [text[a + 1 : b] for a, b in spans]


def _walked(text: str, least: int, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """``held_pairs`` (the whole text: ``start`` 0, ``end`` None) or ``spans_at_least`` with the insides sliced, each
    checked against ``bracket_pairs``."""
    pairs, unclosed = bracket_pairs(text, start, end)
    spans = spans_at_least(pairs, least)
    if start or end is not None:
        return spans, [text[a + 1 : b] for a, b in spans]
    walked, walked_unclosed, held, insides = held_pairs(text, least)
    assert (walked, walked_unclosed, held) == (pairs, unclosed, spans), text
    return held, insides


def _random_case(rng: random.Random) -> tuple[str, int, int | None]:
    """``random_bracket_case``'s brackets and fillers, the fillers of varied characters (a wrong cut shows)."""
    text, start, end = random_bracket_case(rng, [0, 1, 2, 3, 4, 40, 798, 799, 800, 801, 1500])
    chars = iter(rng.choices("甲乙丙丁戊己庚辛", k=len(text)))
    return "".join(c if c in "（()）" else next(chars) for c in text), start, end


def test_insides_are_the_text_inside_the_pairs_on_random_texts():
    rng = random.Random(69)
    others = 0  # cases whose brackets go through the depth loop (nested, unclosed or too far)
    for _ in range(4000):
        text, start, end = _random_case(rng) if rng.random() < 0.5 else (_random_case(rng)[0], 0, None)
        for least in (1, 2, 4, 5):
            assert _walked(text, least, start, end) == _rule(text, least, start, end), (text, start, end, least)
        others += bool(bracket_pairs(text, start, end)[0][3])
    assert others > 300


def test_insides_are_the_text_inside_the_pairs_on_the_plans(compact_texts):
    nested = 0
    for text in compact_texts:
        assert _walked(text, 4) == _rule(text, 4)
        nested += bool(bracket_pairs(text)[0][3])
    assert nested >= 5  # the bundled plan's 各区县（自治县）司法局 among them


def _every_opener(first_at: int, pieces: list[str]) -> list[int]:
    """Every opener's offset by a loop over the pieces (what ``bracket_pairs`` made before)."""
    return [first_at + k + length for k, length in enumerate(accumulate(map(len, pieces), initial=0))][: len(pieces)]


def test_openers_counted_from_the_pieces():
    rng = random.Random(6969)
    for _ in range(3000):
        text, start, end = _random_case(rng)
        (first_at, pieces, _, _), _ = bracket_pairs(text, start, end)
        opens = _every_opener(first_at, pieces)
        assert all(text[at] in "（(" for at in opens), text
        ks = rng.sample(range(len(pieces)), min(len(pieces), rng.randrange(6))) * rng.choice((1, 2))
        assert _openers_at(first_at, pieces, ks) == {k: opens[k] for k in ks}, (text, ks)

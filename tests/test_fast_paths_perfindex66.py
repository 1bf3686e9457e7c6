"""Session 50's index fast path (helper perfindex66) against the rule it stands for.

The index makes only the bracket pairs that may hold an assignment (close - open of 4 or more: ``scan.spans_at_least``
of ``scan.bracket_pairs``), in place of every top-level pair (``scan.parentheticals``) filtered after; ``Index.spans``
makes every pair when asked. Compared with the bracket-depth loop the scanner was first written as (filtered) on seeded
random texts of brackets and fillers, on the fixtures' documents and on the bundled plan.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import bracket_pairs, parentheticals, spans_at_least
from reformgraph.loaders.source import Source
from tests.test_grammar_fast_paths import _reference_parentheticals, random_bracket_case

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = sorted(FIXTURES.glob("*/[0-9][0-9]-*.md")) + [BUNDLED_DOCUMENT]


def _compact_texts() -> list[str]:
    return [Source.from_text(decode_text(path.read_bytes())).text.text for path in DOCUMENTS]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _compact_texts()


def _held(text: str, least: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The rule: every top-level pair (the depth loop), those of close - open ``least`` or more kept."""
    return [(a, b) for a, b in _reference_parentheticals(text, start, end)[0] if b - a >= least]


def test_pairs_at_least_read_as_the_depth_loop_filtered():
    rng = random.Random(66)
    fillers = [0, 1, 2, 3, 4, 40, 798, 799, 800, 801, 1500]
    for _ in range(3000):
        text, start, end = random_bracket_case(rng, fillers)
        pairs, unclosed = bracket_pairs(text, start, end)
        assert unclosed == _reference_parentheticals(text, start, end)[1], (text, start, end)
        for least in (1, 2, 4, 5):
            assert spans_at_least(pairs, least) == _held(text, least, start, end), (text, start, end, least)


def test_pairs_at_least_on_the_documents(texts):
    for text in texts:
        pairs, unclosed = bracket_pairs(text)
        assert (spans_at_least(pairs, 1), unclosed) == parentheticals(text) == _reference_parentheticals(text)
        assert spans_at_least(pairs, 4) == _held(text, 4)


def test_index_spans_are_every_pair():
    for path in DOCUMENTS[:: max(1, len(DOCUMENTS) // 12)] + [BUNDLED_DOCUMENT]:
        source = Source.from_text(decode_text(path.read_bytes()))
        assert index_assignments(source).spans == tuple(parentheticals(source.text.text)[0])

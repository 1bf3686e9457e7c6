"""Round 8 of the parser's trimming (issue 15): each fast path of the source and index stages against the rule.

``Source.from_text`` makes the document's ``CompactText`` from the line offsets it has already counted (no
pass over the lines to keep the non-empty ones). Each is compared with the rule as written on seeded random
inputs.
"""

from __future__ import annotations

import random
import time

from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import one_line


def _same_lookups(made: CompactText, rule: CompactText) -> None:
    """Every lookup a reader makes on a ``CompactText`` answers alike, in range and past both ends."""
    assert made.text == rule.text
    size = len(rule.text)
    for pos in range(-2, size + 3):
        assert made.line_at(pos) == rule.line_at(pos), pos
        assert made.line_span(pos) == rule.line_span(pos), pos
        assert made.is_line_start(pos) == rule.is_line_start(pos), pos
        for high in range(max(pos, 0), min(pos + 6, size + 2)):
            assert one_line(made, max(pos, 0), high) == one_line(rule, max(pos, 0), high), (pos, high)


def test_the_documents_compact_text_is_the_non_empty_lines():
    """``Source.text`` looks up lines as ``CompactText.from_compacts`` of its compact lines does: empty lines
    first, last, in runs, or every line; front matter blanked."""
    rng = random.Random(2008)
    pieces = ["", "", "", "甲", "乙丙", " ", "丁 戊", "**己**", "# 标题", "---", "title: 甲"]
    for _ in range(1500):
        lines = [rng.choice(pieces) for _ in range(rng.randrange(0, 9))]
        text = rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["", "\n"])
        source = Source.from_text(text)
        _same_lookups(source.text, CompactText.from_compacts(source.compacts))


def test_a_document_of_empty_lines_stays_linear():
    """200,000 empty lines around one character: the first and last non-empty lines found in one pass each."""
    text = "\n" * 100_000 + "甲 乙" + "\n" * 100_000
    started = time.process_time()
    source = Source.from_text(text)
    assert time.process_time() - started < 2
    assert source.text.text == "甲乙" and source.text.line_at(0) == source.text.line_at(5) == 100_001

"""The source stage's fast paths (``loaders/source.py``) read exactly as the plain rules they stand for.

Each one is compared with the plain rule (the code it replaced) on the bundled plan and on seeded random lines built
from the characters that matter to it.
"""

from __future__ import annotations

import random

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.source import (
    _BREAKS_STEP,
    _HEADING_ATTRIBUTES,
    _LINE_NUMBERS,
    _Breaks,
    _drop_heading_attributes,
    _line_numbers,
    _without_heading_marks,
    compact_lines,
)


def _headings_as_written(compacts: list[str]) -> list[int]:
    """The plain rule: every line that opens with ``#``, by its index, its ``#`` dropped and then pandoc's attributes."""
    headings = [i for i, c in enumerate(compacts) if c[:1] == "#"]
    for i in headings:
        compacts[i] = compacts[i].lstrip("#")
        if compacts[i].endswith("}") and "{" in compacts[i]:
            compacts[i] = _HEADING_ATTRIBUTES.sub("", compacts[i])
    return headings


def _random_lines(rng: random.Random, pieces: list[str]) -> list[str]:
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(5))) for _ in range(rng.randrange(1, 12))]


def test_headings_found_as_by_each_line():
    rng = random.Random(23)
    pieces = ["#", "##", "甲", "甲", "{#x}", "}", "{", " ", ""]
    cases = [["#", "#", "##"], ["甲#", "#甲", "#甲"], ["", "#"], ["#甲", "甲", "#甲", "#甲"]]
    cases += [_random_lines(rng, pieces) for _ in range(3000)]
    cases.append(["".join(line.split()) for line in BUNDLED_DOCUMENT.read_text(encoding="utf-8").splitlines()])
    for lines in cases:
        compacts = ["".join(line.split()) for line in lines]
        plain = list(compacts)
        headings = _without_heading_marks(compacts)
        _drop_heading_attributes(compacts, headings, None)
        assert (headings, compacts) == (_headings_as_written(plain), plain), lines


def test_lines_compact_alike_with_the_text_they_come_from():
    """With the text at hand (its ``[`` found once, pandoc's attributes looked for only when it holds a ``}``) the
    lines compact as without it (each mark looked for in the lines joined)."""
    rng = random.Random(29)
    pieces = ["甲", " ", "#", "##", "[", "[^1]", "[1]", "【", "】", "]", "{#二}", "{", "}", "牵头单位：A", "〔A牵头〕"]
    cases = [_random_lines(rng, pieces) for _ in range(3000)]
    cases.append(BUNDLED_DOCUMENT.read_text(encoding="utf-8").splitlines())
    for lines in cases:
        text = "\n".join(lines)
        assert compact_lines(lines, text) == compact_lines(lines), lines


def test_line_numbers_as_a_range():
    """A run of line numbers sliced from the table made once is the tuple of its range, past the table's end too."""
    end = len(_LINE_NUMBERS)
    for first, stop in [(1, 1), (1, 2), (1, 5241), (7, 9), (end - 2, end), (end - 2, end + 3), (end + 5, end + 9)]:
        assert _line_numbers(first, stop) == tuple(range(first, stop)), (first, stop)


def test_breaks_counted_as_from_the_start():
    """The line breaks before a position, counted on from a known place or from the counts made once, are those
    counted from the text's start."""
    rng = random.Random(31)
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    texts = [text, "", "甲", "\n" * 5000, "".join(rng.choice("甲\n") for _ in range(3 * _BREAKS_STEP + 5))]
    for text in texts:
        breaks = _Breaks(text)
        at = line = 0
        for pos in sorted(rng.randrange(len(text) + 1) for _ in range(200)):
            line = breaks.before(pos, at, line)
            at = pos
            assert line == text.count("\n", 0, pos), pos
        assert _Breaks(text).before(len(text), 0, 0) == text.count("\n")

"""The source stage's whole-text compaction (``source._compacted_at_once``, session 45) reads exactly as the rules it
stands for: each line compacted on its own (``"".join(line.split())``), its headings found line by line
(``_without_heading_marks``), and markdown's ``*`` looked for in every line (``_marks_read`` with no ``starred``).
"""

from __future__ import annotations

import random

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.source import (
    _LINE_MARK,
    Source,
    _compacted_at_once,
    _drop_heading_attributes,
    _marks_read,
    _without_heading_marks,
    compact_lines,
)


def _each_line(lines: list[str]) -> tuple[list[str], list[int], list[int]]:
    """The plain rules: each line compacted, its heading marks dropped; the lines then holding a ``*``."""
    compacts = ["".join(line.split()) for line in lines]
    headings = _without_heading_marks(compacts)
    return compacts, headings, [i for i, c in enumerate(compacts) if "*" in c]


def _compact_lines_each_line(lines: list[str], text: str) -> tuple[list[str], list[int]]:
    """``compact_lines`` as before the whole-text compaction: every line looked at for ``*``."""
    compacts, headings, _ = _each_line(lines)
    _drop_heading_attributes(compacts, headings, text)
    return _marks_read(lines, compacts, headings, text)


_PIECES = ["甲", "乙", "a", " ", "\u3000", "\t", "\xa0", "\x1f", "\u2003", "#", "##", "*", "**", "\\", "-", "+ ", "·"]
_PIECES += [
    "【牵头单位：A】",
    "[^1]",
    "{#二}",
    "— 3 —",
    "∶",
    "注：加*的为牵头单位",
    "**区商务局**、",
    "加粗的为牵头单位",
]


def _random_lines(rng: random.Random) -> list[str]:
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(7))) for _ in range(rng.randrange(1, 9))]


def test_compacted_at_once_as_each_line():
    rng = random.Random(61)
    bundled = BUNDLED_DOCUMENT.read_text(encoding="utf-8").splitlines()
    cases = [bundled, ["#"], ["", "#", "#甲"], ["##", "#x", "*"], [" # a *", "b"], ["甲 乙", ""]]
    cases += [_random_lines(rng) for _ in range(3000)]
    for lines in cases:
        assert _compacted_at_once(lines)[:3] == _each_line(lines), lines  # (its fourth: perfsource63's test)


def test_a_line_holding_the_stand_in_is_compacted_on_its_own():
    lines = ["# 甲", f"乙{_LINE_MARK}#丙 *", "丁"]
    assert _compacted_at_once(lines) is None
    assert compact_lines(lines) == _compact_lines_each_line(lines, "\n".join(lines))


def test_compact_lines_as_with_every_line_looked_at():
    rng = random.Random(62)
    cases = [BUNDLED_DOCUMENT.read_text(encoding="utf-8").splitlines()]
    cases += [_random_lines(rng) for _ in range(3000)]
    for lines in cases:
        text = "\n".join(lines)
        assert compact_lines(lines, text) == _compact_lines_each_line(lines, text), lines


def test_changed_text_holds_the_lines_compacting_changed():
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    source = Source.from_text(text)
    changed = [line for line, c in zip(source.lines, source.compacts) if line != c]
    assert source.changed_text == "\n".join(changed)
    assert all(line in changed for line in source.lines if any(ch.isspace() for ch in line))

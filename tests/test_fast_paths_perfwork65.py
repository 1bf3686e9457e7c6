"""The workplan reader's fast paths of session 49 (issue 15) read exactly as the rules they stand for.

- ``_lines_starting``: the lines whose compact form starts with 一、, from one pass of ``_SECTION_ONE`` over the
  compact text (a match kept where a line starts and holds it), as every line's own ``match``: on every fixture plan,
  the bundled plan and seeded random texts of 一, 、, empty lines and other words.
- ``_citations``: each title matched at a 《 of ``_title_marks`` (a workplan holding none skipped by
  ``_read_workplans``), as ``TITLE.finditer`` finds them in each span: on every plan's workplans and seeded random
  texts of titles, nested and unclosed brackets.
- ``_skeleton``: the reforms made in its loop, as the rule read them over the table of contents (each item, and
  each sub-variant whose item is missing).
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right

import pytest

from reformgraph.loaders import workplans as wp
from reformgraph.loaders.citations import TITLE, classify_title
from reformgraph.loaders.source import Source
from reformgraph.loaders.toc import TocEntry
from tests.test_fast_paths_perfwork64 import _SOURCES


def _random_text(rng: random.Random, pieces: list[str]) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))


def _starting_by_rule(source: Source) -> list[int]:
    return [i for i, c in enumerate(source.compacts) if wp._SECTION_ONE.match(c)]


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_section_one_lines_on_the_plans(name):
    source = _SOURCES[name]
    assert wp._lines_starting(source, wp._SECTION_ONE) == _starting_by_rule(source)


def test_section_one_lines_on_random_texts():
    rng = random.Random(65)
    pieces = ["一", "、", "一、", "\n", "\n\n", "二、", "甲", " ", "一、工作目标", "#", "## "]
    found = 0
    for _ in range(4000):
        source = Source.from_text(_random_text(rng, pieces))
        expected = _starting_by_rule(source)
        assert wp._lines_starting(source, wp._SECTION_ONE) == expected, source.lines
        found += len(expected)
    assert found > 1000


def _citations_by_rule(source: Source, spans) -> list[tuple[str, str, int]]:
    text = source.text.text
    return [
        (m.group(0), classify_title(m.group(0)), source.line_of(m.start()))
        for a, b, _, _ in spans
        for m in TITLE.finditer(text, a, b)
    ]


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_citations_on_the_plans(name):
    source = _SOURCES[name]
    offsets, text = source.offsets, source.text.text
    marks = wp._title_marks(text)
    assert marks == [i for i, c in enumerate(text) if c == "《"]
    # every line's span, and the whole text's, as a workplan's body or section
    spans = [(offsets[i], offsets[i + 1], i, i + 1) for i in range(len(source.compacts))]
    spans.append((0, len(text), 0, len(source.compacts)))
    got = [(c.title, c.category, c.line) for c in wp._citations(source, spans, {}, marks)]
    assert got == _citations_by_rule(source, spans)


def test_citations_on_random_texts():
    rng = random.Random(650)
    pieces = ["《", "》", "《条例》", "《办法（2021年版）》", "甲", "乙\n", "\n\n", "《" + "长" * 118, "》。", "《《"]
    found = 0
    for _ in range(3000):
        source = Source.from_text(_random_text(rng, pieces))
        offsets, text = source.offsets, source.text.text
        cuts = sorted(rng.randrange(0, len(text) + 1) for _ in range(4))
        spans = [
            (a, b, bisect_right(offsets, a) - 1, bisect_left(offsets, b))
            for a, b in ((cuts[0], cuts[1]), (cuts[2], cuts[3]))
        ]
        expected = _citations_by_rule(source, spans)
        got = [(c.title, c.category, c.line) for c in wp._citations(source, spans, {}, wp._title_marks(text))]
        assert got == expected, (text, spans)
        found += len(expected)
    assert found > 1000


def _reforms_by_rule(toc: list[TocEntry]) -> list[tuple[str, str]]:
    items = {e.number for e in toc if not e.is_variant}
    return [(e.number, e.title) for e in toc if not e.is_variant or e.parent not in items]


def _entry(number: str, title: str) -> TocEntry:
    return TocEntry(number, title, 1, "." in number, number.split(".")[0])


def test_skeleton_reforms_as_the_rule():
    rng = random.Random(6500)
    numbers = ["1", "2", "3", "1.1", "1.2", "2.1", "3.1", "4.1", "4.2", "5"]
    for _ in range(2000):
        toc = [_entry(rng.choice(numbers), rng.choice("甲乙丙丁")) for _ in range(rng.randrange(1, 8))]
        _, reforms = wp._skeleton(toc, [], [])
        assert [(r.number, r.title) for r in reforms] == _reforms_by_rule(toc), toc

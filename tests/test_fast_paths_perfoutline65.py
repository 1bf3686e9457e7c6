"""The outline's quick bound counts a workplan book's responsible sections whole, unsearched (``tasklist.book_lines``).

Session 49 (helper perfoutline65): when the workplan book's evidence is the beat, the quick bound leaves the text of
the book's responsible sections (``牵头单位：A；分管领导：…；处室负责人：…``, most of the bundled plan's colon lines
and two fifths of its role-word lines) unsearched, blanked as the brackets' insides are, and counts two for each of
their lines that is not empty (a colon and a role word: the most a line counts). It stands for the quick bound as
written, so it must never be below it: blanked a span loses only hits on its own lines, which it counts whole, and
a role word starting on the line before a span and running into it (``牵`` / ``头单位``) still counts there (the span
starts late where one of the words' beginnings ends before it). Tested on the bundled plan, crafted texts and
random ones with random books; ``brackets_blanked`` with zones against blanking each character alone; and
``read_outline`` deciding the same with the book as without it.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders.assignments import Found, index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import (
    _PROSE_WORDS,
    _evidence_bound,
    _quick_bound,
    book_lines,
    brackets_blanked,
    read_outline,
)
from reformgraph.loaders.tasks import Section
from reformgraph.loaders.workplans import read_workplans
from reformgraph.records import Contact, ResponsibleUnit


def _blanked_each(text: str, index, zones) -> str:
    """``brackets_blanked``'s text, each character blanked alone."""
    chars = list(text)
    for f in map(Found._make, index.found):
        chars[f.start + 1 : f.end - 1] = " " * (f.end - f.start - 2)
    for a, b in zones:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _book(ranges) -> list[Section]:
    """Sections whose responsible sections run over the 1-based line ranges ``ranges`` (first, last)."""
    return [
        Section("方案", 1, (), last, responsible=(ResponsibleUnit("甲局", "lead", first),))
        if k % 2
        else Section("方案", 1, (), last, contacts=(Contact("张三", "联络人", (), "甲局", first),))
        for k, (first, last) in enumerate(ranges)
    ]


def _check(text: str, ranges) -> int:
    source = Source.from_text(text)
    index = index_assignments(source)
    counted = book_lines(source, _book(ranges))
    zones, _ = counted
    assert all(a < b <= c for (a, b), (c, _) in zip(zones, zones[1:])), zones  # in order, apart
    assert brackets_blanked(source.text.text, index, zones)[0] == _blanked_each(source.text.text, index, zones)
    bound = _quick_bound(source, index, counted)
    assert bound >= _quick_bound(source, index), (text, ranges)
    return bound


def test_the_bundled_plan_decides_alike():
    text = decode_text(BUNDLED_DOCUMENT.read_bytes())
    source = Source.from_text(text)
    index = index_assignments(source)
    book = read_workplans(source, index)
    counted = book_lines(source, book.sections)
    assert len(counted[0]) == 124 and counted[1] == 410
    quick, bound = _quick_bound(source, index), _quick_bound(source, index, counted)
    assert quick == 1349 and quick <= bound < book.evidence == 1537
    assert brackets_blanked(source.text.text, index, counted[0])[0] == _blanked_each(
        source.text.text, index, counted[0]
    )
    with_book = read_outline(source, index, beat=book.evidence, book=book.sections)
    without = read_outline(source, index, beat=book.evidence)
    assert with_book.evidence == bound and without.evidence == quick  # both lose to the book, never built


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("一、任务\n推进改革。\n三、责任单位及责任人\n牵头单位：甲局\n\n配合单位：乙局", [(4, 6)]),
        ("甲局牵\n头单位：乙局\n由丙局负\n责", [(2, 2), (4, 4)]),  # words broken into a span
        ("由甲局会\n同乙局\n职责分\n工：丙", [(2, 2), (4, 4)]),
        ("甲局负总\n责\n乙\n主体责\n任", [(2, 3), (5, 5)]),
        ("（牵头单位：甲局、乙局配合）\n丙局牵头\n（配合单位：\n丁局）", [(1, 2), (3, 4)]),  # a span over brackets
        ("1.建设。（牵头单位：\n甲局）乙局配合\n丙局负责", [(2, 2)]),  # a span inside a bracket
        ("牵头单位：甲\n\n\n配合单位：乙", [(1, 4), (2, 3), (3, 4)]),  # overlapping spans, empty lines
        ("", [(1, 1)]),
    ],
)
def test_crafted_books_never_count_less(text, ranges):
    _check(text, ranges)


def test_random_books_never_count_less():
    rng = random.Random(49)
    pieces = [*_PROSE_WORDS, *"负总责任主体职协办配合头牵指导由会同设在司其职别置抓筹", "：", ":", "甲局", "，", "。"]
    pieces += ["（牵头单位：甲局）", "（", "）", "\n", "\n", "\n\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(40)))
        n = text.count("\n") + 1
        ranges = []
        for _ in range(rng.randrange(4)):
            first = rng.randrange(1, n + 2)
            ranges.append((first, first + rng.randrange(-1, 4)))
        _check(text, ranges)


def test_the_bound_stays_above_the_exact_one_with_a_book():
    rng = random.Random(7)
    pieces = ["牵头单位：甲局", "配合单位：乙局", "由丙局负责", "（牵头单位：丁局）", "推进改革", "\n", "\n"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(30)))
        source = Source.from_text(text)
        index = index_assignments(source)
        n = text.count("\n") + 1
        first = rng.randrange(1, n + 1)
        counted = book_lines(source, _book([(first, rng.randrange(first, n + 1))]))
        exact = _evidence_bound(source, index, [False] * len(source.lines))
        assert _quick_bound(source, index, counted) >= exact, text

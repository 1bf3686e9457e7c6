"""The lists of names alone written as a piece and then mark and piece (session 47, issue 15) match as before.

``unit_lists.NAMES_ALONE`` (and ``NAMES_ALONE_MARKED``, and the usual heads' patterns of ``assign`` that hold it:
``_USUAL_HEAD``, ``_USUAL_LEAD``, ``_USUAL_SUPPORT``) was written as pieces each followed by a mark, taken
possessively, then the last piece: the last piece's run was read three times (as one before a mark, as a name
ending as a role verb, then as the last). It is now a piece as the last may end, then mark and piece repeated, a mark
taken only after a piece that may end one of the others (a last character of ``_NAME_ALONE_NOT_LEVEL`` or
``_NAME_OR_VERB_LAST``): the same lists, as ``_NAME_ALONE_LAST`` and ``_NAME_OR_VERB_LAST`` hold no character in
common. The lists' patterns are meant whole (``fullmatch``, or followed by ``；``, as every caller asks them).
Checked here: every group's span of each pattern equal to the one of the same pattern as it was written before, by
``fullmatch`` and (the usual heads, and the lists followed by ``；``) ``search``, on every line of every fixture plan and of the bundled plan, on their
brackets' insides and heads, on seeded random lists and heads (``tests/test_fast_paths_perfindex60.py``'s) with a
piece's last character swapped for one of each set the lookbehinds ask, and on crafted lists.
"""

from __future__ import annotations

import random
import re

import pytest

from reformgraph.loaders import assign, unit_lists
from reformgraph.loaders.read import decode_text
from tests.test_fast_paths_perfindex60 import _heads, _insides, _random_head, _random_list
from tests.test_fast_paths_perfwork60 import DOCUMENTS

_C = unit_lists._characters
# the list's pattern as written before (session 46's): pieces each followed by a mark, possessively, then the last
_BEFORE = (
    f"(?:(?:{unit_lists._NAME_ALONE}(?<=[{_C(unit_lists._NAME_ALONE_NOT_LEVEL)}])|{unit_lists._NAME_NO_VERB}){{}})*+"
    f"(?:{unit_lists._NAME_ALONE}(?<=[{_C(unit_lists._NAME_ALONE_LAST)}])|{unit_lists._NAME_NO_VERB})"
)
# the lists' patterns are meant whole: matched to the text's end (``fullmatch``) or followed by what is no mark
# (``；`` in the usual heads); as a prefix (``match``, ``search``) the new form may stop before a mark the old one
# took, then failed (市财政局，推进…: the old form fails, the new one gives 市财政局)
_PAIRS = [
    (re.compile(unit_lists.NAMES_ALONE), re.compile(_BEFORE.format("、")), ("fullmatch",)),
    (re.compile(unit_lists.NAMES_ALONE_MARKED), re.compile(_BEFORE.format("[、，]")), ("fullmatch",)),
] + [
    (re.compile(f"({now})；"), re.compile(f"({then})；"), ("search", "fullmatch"))
    for now, then in ((unit_lists.NAMES_ALONE, _BEFORE.format("、")), (unit_lists.NAMES_ALONE_MARKED, _BEFORE.format("[、，]")))
] + [
    (p, re.compile(p.pattern.replace(unit_lists.NAMES_ALONE, _BEFORE.format("、"))), ("search", "fullmatch"))
    for p in (assign._USUAL_HEAD, assign._USUAL_LEAD, assign._USUAL_SUPPORT)
]  # fmt: skip


def _same(texts) -> int:
    """Whether each pattern finds (``search``, where it is followed by ``；``) and matches whole (``fullmatch``) each
    of ``texts`` as its form before does, every group's span the same (asserted); how many texts the list's pattern
    matched whole."""
    matched = 0
    for text in texts:
        for now, then, hows in _PAIRS:
            for how in hows:
                a, b = getattr(now, how)(text), getattr(then, how)(text)
                assert (a.regs if a else None) == (b.regs if b else None), (how, now.pattern[:20], text)
        matched += _PAIRS[0][0].fullmatch(text) is not None
    return matched


def test_the_last_and_the_verbs_ends_are_apart_and_the_others_ends_are_the_lasts():
    assert not unit_lists._NAME_ALONE_LAST & unit_lists._NAME_OR_VERB_LAST
    assert unit_lists._NAME_ALONE_NOT_LEVEL <= unit_lists._NAME_ALONE_LAST
    assert assign._USUAL_VALUE.count(unit_lists.NAMES_ALONE) == 1
    assert [p.pattern.count(unit_lists.NAMES_ALONE) for p, _, _ in _PAIRS[4:]] == [2, 1, 1]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_line_and_bracket_of_every_plan_matches_as_before(path):
    text = decode_text(path.read_bytes())
    _same(text.splitlines())
    inners = _insides(text)
    _same(inners + _heads(inners))


def _swapped(rng: random.Random, text: str) -> str:
    """``text`` with one piece's last character (before a mark or at the end) swapped for one of each set the
    patterns' lookbehinds ask (a level, a role verb's last, a name's last, one no piece holds)."""
    ends = [k for k, c in enumerate(text) if k and (k + 1 == len(text) or text[k + 1] in "、，；")]
    if not ends:
        return text
    k = rng.choice(ends)
    pool = rng.choice(
        [unit_lists._NAME_OR_VERB_LAST, unit_lists._NAME_ALONE_LAST - unit_lists._NAME_ALONE_NOT_LEVEL,
         unit_lists._NAME_ALONE_NOT_LEVEL, frozenset("和等以协指督组联由")]
    )  # fmt: skip
    return text[:k] + rng.choice(sorted(pool)) + text[k + 1 :]


def test_random_lists_and_heads_match_as_before():
    rng = random.Random(6363)
    lists = [_random_list(rng) for _ in range(4000)]
    lists += [_swapped(rng, t) for t in lists[:3000]]
    heads = [_random_head(rng) for _ in range(3000)]
    heads += [_swapped(rng, t) for t in heads[:2000]]
    assert 1000 < _same(lists) < len(lists) - 1000
    _same(heads)


@pytest.mark.parametrize(
    "text",
    [
        "市财政局",
        "市财政局、市公安局",
        "市财政局、各区县、市公安局",
        "市财政局、市公安局、各区县",
        "市财政局、有关部门",
        "有关部门、市财政局",
        "市财政局、为牵头部门",
        "市财政局、督查部门",
        "市财政局、监督部门、市公安局",
        "市财政局，市公安局、区政府",
        "市财政局、",
        "、市财政局",
        "市财政局、、市公安局",
        "牵头单位：市财政局、各区县；配合单位：有关部门、市公安局；",
        "牵头单位：市财政局、市公安局；配合单位：各区县、市公安局；",
        "牵头单位：各区县；配合单位：市公安局等；",
    ],
)
def test_crafted_lists_match_as_before(text):
    _same([text, text + "；", "牵头单位：" + text + "；", "配合单位：" + text + "；"])

"""``workplans._ratio`` with the common prefix and suffix taken off first (session 53): a table of contents' title
and its body title that differ are compared bit by bit only where they differ. Checked against the whole bit-parallel
comparison (the rule: rapidfuzz's ``fuzz.ratio``, as ``_ratio`` read it before) on every pair of the bundled plan's
table-of-contents and body titles, on the five pairs it aligns that differ, and on seeded random pairs that share a
prefix and a suffix; ``_common_prefix`` and ``_common_suffix`` against a walk over the characters.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import workplans
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.toc import parse_toc


def _whole_ratio(a: str, b: str) -> float:
    """``fuzz.ratio`` by the bit-parallel LCS over the whole of both strings (``_ratio`` before session 53)."""
    total = len(a) + len(b)
    if not total:
        return 100.0
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    rest = full
    for ch in b:
        u = rest & masks.get(ch, 0)
        rest = ((rest + u) | (rest - u)) & full
    lcs = len(a) - rest.bit_count()
    return (1.0 - (total - 2 * lcs) / total) * 100


def _walked(a: str, b: str, step: int) -> int:
    """How many characters ``a`` and ``b`` share from their start (``step`` 1) or their end (``step`` -1), walked."""
    n = 0
    while n < min(len(a), len(b)) and a[n if step == 1 else -1 - n] == b[n if step == 1 else -1 - n]:
        n += 1
    return n


def _bundled_titles() -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The bundled plan's table-of-contents titles, its body titles, and the aligned pairs whose titles differ."""
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    blocks = workplans._find_blocks(source, workplans._Layout(source).section_one)
    start = workplans._toc_start(source.lines, source.compacts, blocks[0][0])
    toc = parse_toc(source.lines[start : blocks[0][0]], first_line=start + 1)
    skeleton, _ = workplans._skeleton(toc, blocks, [])
    differ = [
        (title, blocks[k][2]) for _, _, title, _, k in workplans._align(skeleton, blocks, []) if title != blocks[k][2]
    ]
    return [e[1] for e in toc], [b[2] for b in blocks], differ


def _random_pairs(seed: int, count: int) -> list[tuple[str, str]]:
    """Seeded pairs of short strings over small alphabets, half of them with a shared prefix and suffix."""
    rng = random.Random(seed)
    pairs = []
    for _ in range(count):
        alphabet = rng.choice(["ab", "abc", "改革事项", "甲乙丙丁戊", "aB1改"])
        a, b = ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(2))
        if rng.random() < 0.5:
            prefix, suffix = ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(2))
            a, b = prefix + a + suffix, prefix + b + suffix
        pairs.append((a, b))
    return pairs


def test_bundled_differing_pairs():
    _, _, differ = _bundled_titles()
    assert len(differ) == 5  # what the cut is for: each compared only where it differs
    for a, b in differ:
        assert workplans._ratio(a, b) == _whole_ratio(a, b)
        assert workplans._ratio(b, a) == _whole_ratio(b, a)


def test_bundled_every_pair():
    toc_titles, body_titles, _ = _bundled_titles()
    for a in dict.fromkeys(toc_titles):
        for b in dict.fromkeys(body_titles):
            assert workplans._ratio(a, b) == _whole_ratio(a, b), (a, b)


@pytest.mark.parametrize("seed", range(4))
def test_random_pairs(seed):
    for a, b in _random_pairs(seed, 3000):
        assert workplans._ratio(a, b) == _whole_ratio(a, b), (a, b)


@pytest.mark.parametrize("seed", range(2))
def test_common_prefix_and_suffix(seed):
    for a, b in _random_pairs(100 + seed, 3000):
        assert workplans._common_prefix(a, b) == _walked(a, b, 1), (a, b)
        assert workplans._common_suffix(a, b) == _walked(a, b, -1), (a, b)


def test_overlapping_affixes_would_fail():
    """The suffix is taken after the prefix: counted on the whole strings, the two overlap and count twice."""
    a, b = "甲乙甲", "甲乙甲乙甲"  # prefix 甲乙甲 and suffix 乙甲 of the whole strings share a 乙甲 of ``a``
    assert workplans._common_prefix(a, b) + workplans._common_suffix(a, b) > len(a)
    assert workplans._ratio(a, b) == _whole_ratio(a, b) == 75.0

"""A gap in a line is looked at only after a character a name may end with (``spaced_names._gaps``, session 45).

Every cut of a name (``_cuts``) follows such a character, so a gap after any other character can match no cut: the
pieces a name is split into are the same as with every gap of the line. These tests compare the two on the bundled
plan's lines and on seeded random lines of names, spaces and other words.
"""

from __future__ import annotations

import random

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.spaced_names import _GAP_SIDE, _cuts, _gaps, _pieces
from reformgraph.regexcache import compiled

_ANY_GAP = compiled(r"\s+")
_NAMES = [
    "县财政局",
    "镇派出所",
    "各村（社区）",
    "市发展改革委",
    "区住建局",
    "县发改局（牵头）",
    "食品生产科",
    "甲方",
    "乙方代表",
    "综合办",
]
_OTHER = ["负责", "配合", "，", "：", "A", "1", "要", "“", "）", "推进"]


def _every_gap(written: str) -> frozenset[tuple[str, str]]:
    """The pairs of every gap of ``written`` (the rule before session 45: no look at the character before)."""
    pairs = set()
    for m in _ANY_GAP.finditer(written):
        a, b = m.span()
        if b - a > 8 or a == 0:
            continue
        for i in range(1, min(_GAP_SIDE, a) + 1):
            for j in range(1, min(_GAP_SIDE, len(written) - b) + 1):
                pairs.add((written[a - i : a], written[b : b + j]))
    return frozenset(pairs)


def _same_pieces(name: str, written: str) -> bool:
    cuts = _cuts(name)
    return _pieces(name, cuts, written, _gaps(written)) == _pieces(name, cuts, written, _every_gap(written))


def test_a_gap_after_no_names_end_is_not_kept_and_one_after_it_is():
    assert _gaps("甲方 乙局") == frozenset()
    assert ("局", "乙") in _gaps("甲局 乙方") and ("局）", "乙") in _gaps("甲局） 乙方")
    assert _every_gap("甲方 乙局")  # the rule before kept it


def test_the_bundled_plans_lines_split_their_names_as_before():
    lines = [line for line in BUNDLED_DOCUMENT.read_text(encoding="utf-8").splitlines() if " " in line.strip()]
    assert len(lines) > 300
    for line in lines:
        words = line.split()
        for k in range(len(words) - 1):
            name = "".join(words[k : k + 2])
            assert _same_pieces(name, line), line


def test_random_lines_of_names_and_words_split_their_names_as_before():
    rnd = random.Random(45)
    checked = split = 0
    for _ in range(3_000):
        parts = [rnd.choice(_NAMES + _OTHER) for _ in range(rnd.randint(2, 6))]
        line = "".join(p + rnd.choice(["", " ", "  ", "\u3000", "\t", " " * 9]) for p in parts)
        name = "".join(line.split())
        assert _same_pieces(name, line), line
        checked += 1
        split += len(_pieces(name, _cuts(name), line)) > 1
    assert checked == 3_000 and split > 300  # many lines are split: the comparison is not of whole names only

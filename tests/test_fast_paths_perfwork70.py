"""The table of contents' usual entries read from one match a line (issue 15, session 54) as the rule reads them.

``toc.parse_toc`` tries a line once, with ``toc._USUAL_HEAD``: the usual entry whole on its line (its page reference
ending it) and an entry's first line (the same number and title, then the line's end) are one pattern, where each
was a pattern of its own (a first line was tried twice); the title may hold a comma (``,``: such a title is cleaned
by ``_clean_stripped`` itself, and such a first line is pending from the match, where both were read the long way);
the entry's item and whether it is a sub-variant come from the number's groups; an empty line is not tried. Compared
here with the rule (``parse_toc`` with ``_USUAL_HEAD`` matching nothing: every line read the long way, the last
line of an entry over lines by ``_USUAL_LAST`` as before) on the bundled plan, every fixture plan and seeded random
tables of contents made from the usual entry's pieces with commas, spaces and empty lines put in, each path shown
taken.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import toc
from reformgraph.loaders.read import decode_text
from tests.test_fast_paths_perfwork60 import BUNDLED, DOCUMENTS, _by_rule
from tests.test_fast_paths_perfwork60 import _line as _usual_line

_COMMA_TITLES = [
    "工程建设, 监理人员",
    "工程建设,检测人员",
    "食品 , 惩罚性赔偿",
    "A, B",
    "CA,证书 方案",
    "甲，乙, 丙",
    "方案,",
]


def _comma_line(rng: random.Random) -> list[str]:
    """A table of contents' line (or two) whose title holds a comma, maybe over two lines, maybe after an empty one."""
    number = rng.choice(["63.3", "7", "- 12.1", "\t9.", "3、", "10．"])
    spaces = [" ", "\t", ""]
    line = number + rng.choice(spaces) + rng.choice(_COMMA_TITLES) + rng.choice(spaces)
    line += (
        rng.choice([".....", "……", "·"]) + rng.choice(spaces) + rng.choice(["( 265 )", "(3)", "（45）", "(12345)", ""])
    )
    roll = rng.random()
    if roll < 0.3:  # over two lines: cut in the title, or just before its leaders
        cut = rng.choice([rng.randrange(len(line) + 1), line.find(".")])
        return [line[:cut], line[cut:]]
    if roll < 0.4:
        return ["", line, ""]
    return [line]


def _random_table(rng: random.Random) -> list[str]:
    lines: list[str] = []
    for _ in range(rng.randint(1, 10)):
        lines += _comma_line(rng) if rng.random() < 0.4 else _usual_line(rng)
    return lines


def test_the_bundled_plans_table_of_contents():
    lines = decode_text(BUNDLED.read_bytes()).splitlines()[:200]
    entries = toc.parse_toc(lines, first_line=1)
    assert entries == _by_rule(lines, first_line=1)
    # its three titles with a comma (63.3–63.5) and 27 entries over two lines take the one match
    commas = [m for line in lines if (m := toc._USUAL_HEAD.fullmatch(line)) and m[5] is not None and "," in m[4]]
    firsts = [m for line in lines if (m := toc._USUAL_HEAD.fullmatch(line)) and m[5] is None]
    assert len(commas) == 3 and len(firsts) == 27
    assert [e[1] for e in entries if e[0] == "63.4"] == ["工程建设，监理人员"]
    assert [(e[3], e[4]) for e in entries if e[0] in ("63", "63.4")] == [(False, "63"), (True, "63")]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_plans_table_of_contents(path):
    lines = decode_text(path.read_bytes()).splitlines()
    assert toc.parse_toc(lines, first_line=3) == _by_rule(lines, first_line=3)


@pytest.mark.parametrize("seed", range(8))
def test_random_tables_with_commas(seed):
    rng = random.Random(7000 + seed)
    for _ in range(300):
        lines = _random_table(rng)
        assert toc.parse_toc(lines, first_line=4) == _by_rule(lines, first_line=4), lines


def test_the_random_tables_take_every_path():
    rng = random.Random(7000)
    lines = [line for _ in range(300) for line in _random_table(rng)]
    matches = [m for line in lines if (m := toc._USUAL_HEAD.fullmatch(line))]
    whole = [m for m in matches if m[5] is not None]
    assert sum("," in m[4] for m in whole) > 100  # a comma title read from the match
    assert sum(" " in m[4] and "," in m[4] for m in whole) > 30  # … of words between spaces
    assert sum(m[3] is not None for m in whole) > 100 and sum(m[3] is None for m in whole) > 100  # sub-variants, items
    assert sum("," in m[4] for m in matches if m[5] is None) > 20  # a first line with a comma, pending from the match
    assert sum("," not in m[4] for m in matches if m[5] is None) > 20  # … and without
    assert lines.count("") > 100

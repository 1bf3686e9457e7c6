"""The workplan reader's fast paths of session 44 (issue 15) read exactly as the rules they stand for.

``toc.parse_toc`` reads a usual table-of-contents entry whole on its line (``toc._USUAL_HEAD``: a number, its
mark, a title, dot leaders and a page number in brackets) from one match's groups instead of the per-line rule
(compacting, two number patterns, the page reference looked for, the title cleaned): compared with the rule (the
same function with the usual pattern matching nothing) on the lines before the first workplan of every real
document, and on seeded random lines made from the usual entry's pieces, each piece sometimes swapped for one the
fast path must refuse or read otherwise (numbers of other forms, leaders of one character, titles with spaces,
commas, digits, stars or leader characters, page numbers in other digits, entries over two lines).
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from pathlib import Path

import pytest

from reformgraph.loaders import toc
from reformgraph.loaders.read import decode_text
from reformgraph.regexcache import compiled

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [BUNDLED]

_NOTHING = compiled("(?!)")  # matches no text


@contextmanager
def _rule_only():
    """``parse_toc`` with its per-line rule only: the usual entry's pattern (and its first line's, the same match since
    session 54) matches nothing."""
    usual = toc._USUAL_HEAD
    toc._USUAL_HEAD = _NOTHING
    try:
        yield
    finally:
        toc._USUAL_HEAD = usual


def _usual_entry(line: str) -> bool:
    """Whether ``line`` is a usual entry whole (``_USUAL_HEAD``'s match with its page reference)."""
    m = toc._USUAL_HEAD.fullmatch(line)
    return m is not None and m[5] is not None


def _by_rule(lines, first_line=1):
    with _rule_only():
        return toc.parse_toc(lines, first_line=first_line)


def test_the_bundled_plans_entries_take_the_fast_path():
    lines = decode_text(BUNDLED.read_bytes()).splitlines()
    usual = sum(1 for line in lines[:200] if _usual_entry(line))
    assert usual >= 90
    assert toc.parse_toc(lines[:200]) == _by_rule(lines[:200])


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_real_tables_of_contents(path):
    lines = decode_text(path.read_bytes()).splitlines()
    assert toc.parse_toc(lines, first_line=3) == _by_rule(lines, first_line=3)


_NUMBERS = ["1", "12", "3.1", "10.12", "7"]
_ODD_NUMBERS = [
    "1234",
    "1.234",
    "-1",
    "- 2",
    "１２",
    "3 .1",
    " 4",
    "*5",
    "#6",
    "2.",
    "1.2.3",
    "",
    "一",
    "\t-\t7",
    "•8",
    "--9",
    "\u30008",
]
_MARKS = [".", "．", "、", "", ". ", "\t", "  "]
_ODD_MARKS = ["..", ".．", "、、", "\u3000", " . "]
_TITLES = [
    "开展试点改革事项工作方案",
    "政府采购",
    "企业住所（经营场所）标准化登记",
    "“一照多址”改革",
    "食品，惩罚性赔偿",
]
_ODD_TITLES = [
    "清除壁垒 改革事项", "A B方案", "方案 A", "ab cd", "2024年方案", "方案2", "食品, 惩罚", "方案*", "**方案", "方\\案",
    "方案。续", "方.案", "方…案", "·方案", "-方案", "•方案", "方案 ", "\u3000方案", "方\u3000案", "(1)方案", "#方案",
    "方案\t二", "x",
]  # fmt: skip
_LEADERS = [".....", "...", "..", "．．．", "……", "。。", "·····", "…·."]
_ODD_LEADERS = [".", "…", "", " ..... ", ". ....", "...\t", "."]
_PAGES = ["( 12 )", "(3)", "（45）", "(\t100 )", "（ 7）", "( 1234 )"]
_ODD_PAGES = ["(12345)", "(１２)", "( 12", "12)", "(²)", "[12]", "( 1 2 )", "()", "（a）", "(12) **", "(12)  "]


def _line(rng):
    """A table-of-contents line from the usual entry's pieces, each sometimes odd."""

    def pick(usual, odd):
        return rng.choice(odd if rng.random() < 0.15 else usual)

    parts = [pick(_NUMBERS, _ODD_NUMBERS), pick(_MARKS, _ODD_MARKS), pick(_TITLES, _ODD_TITLES)]
    if rng.random() < 0.2:  # a title of two words
        parts.append(rng.choice([" ", "  ", "\t"]) + pick(_TITLES, _ODD_TITLES))
    parts += [rng.choice(["", " ", "\t"]), pick(_LEADERS, _ODD_LEADERS), rng.choice(["", " ", "\t"])]
    parts.append(pick(_PAGES, _ODD_PAGES))
    line = "".join(parts)
    roll = rng.random()
    if roll < 0.1:  # an entry over two lines, or a line that is no entry
        cut = rng.randrange(len(line) + 1)
        return [line[:cut], line[cut:]]
    if roll < 0.15:
        return ["", line]
    if roll < 0.2:
        return [rng.choice(["目录", "一、总体要求", "  ", "**1. 方案..... (3)**", "2. 方案..... (3) **"])]
    return [line]


@pytest.mark.parametrize("seed", range(6))
def test_random_lines(seed):
    rng = random.Random(seed)
    for _ in range(150):
        lines = [line for _ in range(rng.randint(1, 8)) for line in _line(rng)]
        assert toc.parse_toc(lines, first_line=5) == _by_rule(lines, first_line=5), lines


def test_the_random_lines_take_every_path():
    rng = random.Random(0)
    lines = [line for _ in range(600) for line in _line(rng)]
    usual = sum(1 for line in lines if _usual_entry(line))
    assert 200 < usual < len(lines) - 100
    assert sum(1 for line in lines if (m := toc._USUAL_HEAD.fullmatch(line)) and m[5] is None) > 15
    assert sum(1 for line in lines if toc._USUAL_LAST.fullmatch(line) and not _usual_entry(line)) > 30


@pytest.mark.parametrize(
    "lines",
    [
        ["9. 开展不含行政区划名称的企业名称自主申报改革事项  ", "工作方案..... (46)"],
        ["49. 探索将境内仲裁机构的开庭通知作为签证材料\t", "\t改革事项工作方案.....\t( 158 )"],
        ["11. 企业住所（经营场所）", "标准化登记改革事项工作方案... (50)"],
        ["3. 清除壁垒", "", "和隐性门槛", "改革事项 工作方案..... (19)", "3.1 政府采购..... (19)"],
        ["4. 方案A", "B方案..... (3)"],
        ["4. 方案", "10. 下一个方案..... (3)", "10、下一个方案..... (3)"],
        ["5. 方案", "（续）..... (3)", "6. 方案", "2024年..... (3)", "7.", "方案..... (3)"],
        ["8. 方案..... (3)", "...... (4)", "- 9.1 方案  ..... （5）", "•  9.2\t方案…… (6)"],
    ],
)
def test_entries_over_lines(lines):
    assert toc.parse_toc(lines, first_line=2) == _by_rule(lines, first_line=2)

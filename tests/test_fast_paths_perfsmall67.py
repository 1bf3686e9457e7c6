"""Session 51's small cuts (helper perfsmall67) against the rules they stand for.

``source._bold_dropped`` drops each distinct starred line's bold once (a workplan's bold headings repeat: 258 of the
bundled plan's 308 starred lines are repeats): its lines and its distinct lone lines must be those of
``_without_bold`` asked line by line (in the order first met). ``tasklist.brackets_blanked`` takes its blanks from a
list by length: its text must be the compact text with every assignment bracket's inside and every zone a space, char
by char. ``source._compacted_joined`` asks a heading's part for a ``*`` past its heading line by ``rfind`` (no copy of
the part): its starred lines must be exactly the compact lines holding a ``*``.
"""

from __future__ import annotations

import random

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import (
    _LINE_MARK,
    Source,
    _bold_dropped,
    _compacted_joined,
    _without_bold,
    star_legend,
)
from reformgraph.loaders.tasklist import brackets_blanked

BUNDLED = decode_text(BUNDLED_DOCUMENT.read_bytes())


def _bold_dropped_slowly(compacts: list[str], starred: list[int]) -> tuple[list[str], list[str]]:
    """The rule: each starred line's bold dropped by ``_without_bold``, line by line; its lone lines each once."""
    lone: list[str] = []
    out = list(compacts)
    for i in starred:
        if "*" in out[i]:
            out[i] = _without_bold(out[i], lone)
    return out, list(dict.fromkeys(lone))


def _same_bold(compacts: list[str]) -> None:
    starred = [i for i, c in enumerate(compacts) if "*" in c]
    fast = list(compacts)
    lone: list[str] = []
    _bold_dropped(fast, starred, lone)
    slow, slow_lone = _bold_dropped_slowly(compacts, starred)
    assert fast == slow
    assert list(dict.fromkeys(lone)) == slow_lone  # (two lines may leave the same lone line: ** * and *)
    assert star_legend(lone) == star_legend(slow_lone)


def test_bold_dropped_bundled_plan():
    compacts = ["".join(line.split()) for line in BUNDLED.split("\n")]
    assert sum("**" in c for c in compacts) > 200  # the repeated bold headings are there
    _same_bold(compacts)


def test_bold_dropped_random_lines():
    rng = random.Random(67)
    pieces = ["**", "*", "一、目标", "注：加", "的为牵头单位", "市财政局", "、", "区教育局", "**五、责任单位及责任人**"]
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 12))]
        lines += rng.sample(lines, k=min(len(lines), rng.randint(0, 4)))  # repeats
        rng.shuffle(lines)
        _same_bold(lines)


def _blanked_slowly(text: str, found, zones) -> tuple[str, int]:
    """The rule: every assignment bracket's inside and every zone a space, character by character."""
    chars = list(text)
    for start, end, *_ in found:
        chars[start + 1 : end - 1] = " " * (end - start - 2)
    for a, b in zones:
        chars[a:b] = " " * (b - a)
    return "".join(chars), sum(1 for _, _, assignment, *_ in found if assignment[0])


def _random_zones(rng: random.Random, length: int) -> list[tuple[int, int]]:
    ends = sorted(rng.sample(range(length + 1), k=min(2 * rng.randint(0, 60), (length + 1) // 2 * 2)))
    return [(ends[k], ends[k + 1]) for k in range(0, len(ends), 2)]


def test_brackets_blanked_bundled_plan():
    source = Source.from_text(BUNDLED)
    index = index_assignments(source)
    text = source.text.text
    rng = random.Random(51)
    for zones in [[], *(_random_zones(rng, len(text)) for _ in range(40))]:
        assert brackets_blanked(text, index, zones) == _blanked_slowly(text, index.found, zones)


def test_brackets_blanked_crafted():
    rng = random.Random(15)
    insides = [
        "牵头单位：区大数据局",
        "责任单位：" + "、".join(["市财政局"] * 80),
        "市财政局",
        "注",
        "",
        "责任单位：区水务局",
    ]
    for _ in range(150):
        text = "".join(
            rng.choice(["一、建平台", "由区财政局牵头。", "\n"]) + "（" + rng.choice(insides) + "）"
            for _ in range(rng.randint(1, 8))
        )
        source = Source.from_text(text)
        index = index_assignments(source)
        compact = source.text.text
        for zones in ([], _random_zones(rng, len(compact))):
            assert brackets_blanked(compact, index, zones) == _blanked_slowly(compact, index.found, zones)
    long = "一、建平台（责任单位：" + "、".join(["市财政局"] * 80) + "）。"
    source = Source.from_text(long)
    index = index_assignments(source)
    assert max(end - start - 2 for start, end, *_ in index.found) > 255  # a blank longer than the list's
    assert brackets_blanked(source.text.text, index) == _blanked_slowly(source.text.text, index.found, ())


def _same_starred(lines: list[str]) -> None:
    """``_compacted_joined``'s starred lines (a heading's part asked by ``rfind`` past its heading line, no copy) are
    exactly the compact lines holding a ``*``."""
    compacts, _, starred, _ = _compacted_joined(_LINE_MARK.join(lines))
    assert starred == [i for i, c in enumerate(compacts) if "*" in c]


def test_compacted_joined_starred_bundled_plan():
    lines = BUNDLED.split("\n")
    assert sum("*" in line for line in lines) > 200
    _same_starred(lines)


def test_compacted_joined_starred_random_lines():
    rng = random.Random(2051)
    pieces = ["# ", "## ", "#", "**", "*", "一、目标", " ", "注：加", "市财政局", "\t", "五、责任单位"]
    for _ in range(3000):
        _same_starred(
            ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 10))]
        )

"""The outline's quick bound stays an upper bound of the exact one (session 41, helper perfbook).

``tasklist._quick_bound`` counts the lines on which a word of ``_PROSE_WORDS`` starts; ``_evidence_bound`` counts
the lines on which a match of ``_PROSE_HINT`` starts. The words missed two of the hint's matches: 设在 (never a
word) and 统筹，…参与 (counted by its 参与, on the next line when the lookahead runs on into it), and 各司其职 was
counted from its 各 where the match starts at its 司. Here: those texts, random texts of the hint's words with line
breaks between any two characters, and every plan of the fixtures, where whether the outline is built (its bound
against a workplan book's evidence) is what the exact bound decides.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reformgraph.loaders import tasklist
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _PROSE_HINT, _PROSE_WORDS, _evidence_bound, _quick_bound, read_outline

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [
    ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
]


def _bounds(text: str) -> tuple[int, int]:
    source = Source.from_text(text)
    index = index_assignments(source)
    return _quick_bound(source, index), _evidence_bound(source, index, [False] * len(source.lines))


@pytest.mark.parametrize(
    "text",
    [
        "一、任务\n1.领导小组办公室设在区财政局。\n2.专班设在区民政局。",
        "一、任务\n1.区财政局统筹，\n2.区民政局统筹，\n3.区教委统筹，区卫健委参与。",
        "甲各司其职统筹，乙参与，丙各\n司其职，丁统\n筹，戊协同",
    ],
)
def test_the_quick_bound_counts_every_line_a_hint_starts_on(text):
    quick, exact = _bounds(text)
    assert quick >= exact


def test_each_word_starts_where_a_hint_does():
    # every match of the hint starts with one of the words (so the lines the words start on hold every hint's line)
    texts = ["统筹，参与", "各司其职", "以人民为中心为指导", "设在", "统筹,协同推进"]
    for text in texts:
        for m in _PROSE_HINT.finditer(text):
            assert text.startswith(_PROSE_WORDS, m.start()), text


def test_the_quick_bound_is_an_upper_bound_on_random_texts():
    rng = random.Random(41)
    pieces = [
        *_PROSE_WORDS,
        "统筹，",
        "统",
        "筹",
        "各",
        "司其职",
        "参与",
        "协同",
        "为",
        "指导",
        "（牵头单位：区财政局）",
        "：",
        "甲",
        "。",
        "\n",
        "\n\n",
    ]
    for _ in range(1500):
        words = [rng.choice(pieces) for _ in range(rng.randrange(25))]
        text = "".join(w if rng.random() < 0.8 else w[:1] + "\n" + w[1:] for w in words)
        quick, exact = _bounds(text)
        assert quick >= exact, text


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_the_outline_is_built_as_the_exact_bound_decides(path, monkeypatch):
    read = tasklist._read
    built_now: list[bool] = []
    monkeypatch.setattr(tasklist, "_read", lambda *a: built_now.append(True) or read(*a))
    source = Source.from_text(decode_text(path.read_bytes()))
    index = index_assignments(source)
    exact = _evidence_bound(source, index, [False] * len(source.lines))
    assert _quick_bound(source, index) >= exact
    # a workplan book's evidence just above and at the exact bound: not built (its sections a function, evidence a
    # bound below the book's), then built
    for beat, built in ((exact + 1, False), (exact, True)):
        built_now.clear()
        reading = read_outline(source, index, beat=beat)
        assert bool(built_now) is built, path
        if not built:
            assert exact <= reading.evidence < beat, path


def test_responsible_headings_are_found_on_the_lines_of_the_regex_pass():
    """``workplans._Layout.responsible``: the lines where 、责任单位 or 、牵头单位 starts (``str.find`` of each word, then
    the heading rule), as the regex pass over the compact text it replaced found them."""
    import re

    from reformgraph.loaders import workplans

    regex = re.compile("、(?:责任单位|牵头单位)")
    rng = random.Random(4141)
    pieces = [
        "五、责任单位及责任人",
        "、责任单位",
        "、牵头单位",
        "、",
        "责任",
        "单位",
        "牵头",
        "甲",
        "\n",
        "\n\n",
        "# ",
    ]
    texts = [(ROOT / "data" / "youyang-2022-18-business-environment-reforms.md").read_text(encoding="utf-8")]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(20))) for _ in range(2000)]
    for text in texts:
        source = Source.from_text(text)
        lines = sorted({source.line_of(m.start()) - 1 for m in regex.finditer(source.text.text)})
        expected = [i for i in lines if workplans._RESPONSIBLE_HEADING.match(source.compacts[i])]
        assert workplans._Layout(source).responsible == expected, text

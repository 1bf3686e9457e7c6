"""The page marks' and list marks' lines counted in ``latin_of``'s bytes (session 53): ``source._coded_lines`` finds
each mark in the text's Latin-1 characters and rare marks and counts its line there (the bytes keep every ``\\n``),
where ``source._marked_lines`` found each mark's place in the text by an ``index`` scan and counted its line in the
text. Tested against that rule on the bundled plan, every text fixture and seeded random texts (lines cut at ``\\r``
too, so that a mark's counted line is not its line, and blanked opening lines): ``_coded_lines`` against
``_marked_lines``, and ``_marks_read`` with the bytes against ``_marks_read`` without them (the text scanned).
"""

from __future__ import annotations

import random

from reformgraph.loaders.source import (
    _DASHES,
    _LIST_MARKS,
    _PAGE_MARKS,
    _Breaks,
    _coded_lines,
    _marked_lines,
    _marks_read,
    _without_heading_marks,
)
from reformgraph.loaders.text_marks import latin_of
from tests.support.readings import plan_texts

# page numbers of each form, dashes before units, list marks opening a line or inside one, the marks' look-alikes,
# blank and non-blank lines, and line breaks that are not ``\n`` (the lines then cut otherwise than the ``\n`` count)
_PIECES = [
    "— 3 —",
    "-4-",
    "第 5 页",
    "第5页共12页",
    "· 7 ·",
    "•2•",
    "–",
    "－",
    "页",
    "—",
    "——市数据局牵头",
    "- 项目",
    "+ 建设",
    "光伏+道路",
    "> 引",
    "2024-2026",
    "·",
    "甲",
    "推进建设。",
    " ",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\u2028",
]
_MARKS = (_PAGE_MARKS, tuple(_LIST_MARKS), _DASHES[:2], ("页",), ("-", "·"))


def _random_text(rnd: random.Random) -> str:
    return "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30)))


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [*plan_texts(), *(_random_text(rnd) for _ in range(count))]


def _compacted(text: str) -> tuple[list[str], list[str], list[int]]:
    """The lines of ``text``, each compacted (whitespace dropped), and the markdown headings: ``_marks_read``'s input
    where the lines are compacted one by one."""
    lines = text.splitlines()
    compacts = ["".join(line.split()) for line in lines]
    return lines, compacts, _without_heading_marks(compacts)


def _blanked(compacts: list[str], rnd: random.Random) -> list[str]:
    """``compacts`` with its first lines blanked (a front matter's) or one line changed, now and then."""
    compacts = list(compacts)
    if compacts and rnd.random() < 0.3:
        for i in range(rnd.randint(1, len(compacts))):
            compacts[i] = ""
    if compacts and rnd.random() < 0.2:
        compacts[rnd.randrange(len(compacts))] = "甲"
    return compacts


def test_coded_lines_as_marked_lines():
    rnd = random.Random(3)
    found = fell_back = skipped = 0
    for text in _texts(3000, 1):
        compacts = _blanked(_compacted(text)[1], rnd)
        latin = latin_of(text)
        for marks in _MARKS:
            lines = _coded_lines(compacts, latin, marks)
            assert lines == _marked_lines(compacts, text, marks), (repr(text[:200]), marks)
            found += bool(lines)
            everywhere = [i for i, c in enumerate(compacts) if any(m in c for m in marks)]
            fell_back += lines == everywhere and len(text.splitlines()) != text.count("\n") + 1
            skipped += bool(compacts) and not compacts[0] and any(m in text.split("\n")[0] for m in marks)
    assert found > 3000 and fell_back > 300 and skipped > 100, (found, fell_back, skipped)


def test_marks_read_with_the_bytes_as_without():
    changed = 0
    for text in _texts(3000, 2):
        if not text:
            continue
        lines, compacts, headings = _compacted(text)
        breaks = _Breaks(text)
        fast = _marks_read(lines, list(compacts), list(headings), text, None, None, breaks, latin_of(text))
        slow = _marks_read(lines, list(compacts), list(headings), text, None, None, breaks, None)
        assert fast == slow, repr(text[:200])
        changed += fast[0] != compacts
    assert changed > 1000, changed

"""The source stage's fast paths of session 46 (helper perfsource62) read as the rules they stand for: the person
marks' one scan (``source._person_marks``) finds the places of the two regexes it replaced, a unit label's person
field in half-width brackets (``(责任人)``, round 48) and a person's label after a space (``县信访局 责任人：``,
round 61); the running heads found in the compact text joined (``source._blank_running_headers``) are those a
``list.index`` scan of the lines finds (round 30).
"""

from __future__ import annotations

import random
import re
from itertools import accumulate

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.source import (
    _HEADER_LENGTH,
    _HEADER_SOURCES,
    _OPEN_LINE_ENDS,
    _PERSON_LABELS,
    Source,
    _blank_running_headers,
    _compacts_but_heads,
    _person_marks,
    compact_lines,
)
from reformgraph.loaders.vocab import HALF_WIDTH_PERSON_FIELDS, TITLE_ENDS

# the rules as written before: each its own scan
_FIELD = re.compile("|".join(re.escape("(" + field) for field in HALF_WIDTH_PERSON_FIELDS))
_LABEL = re.compile("人：(?<=[ \t\u3000](?:" + "|".join(label[:-1] for label in _PERSON_LABELS) + ")人：)")


def _person_marks_each(whole: str) -> tuple[list[int], list[int]]:
    return [m.start() for m in _FIELD.finditer(whole)], [m.start() - 2 for m in _LABEL.finditer(whole)]


_PIECES = ["甲", "局", "人", "责任", "负责", "责任人", "负责人", "(", ")", "（", "）", "：", ":", " ", "\u3000", "\t"]
_PIECES += ["(责任人)", "(负责人)", " 责任人：", "　负责人：", "\t责任人：", "主办单位", "\n", "人：", "人)"]


def test_every_field_and_label_ends_in_the_scans_literal():
    assert all(field.endswith("人)") for field in HALF_WIDTH_PERSON_FIELDS)
    assert all(label.endswith("人") for label in _PERSON_LABELS)


def test_person_marks_as_the_two_scans():
    rng = random.Random(62)
    cases = [BUNDLED_DOCUMENT.read_text(encoding="utf-8"), "", "人", "(责任人)", " 责任人：", "( 责任人)", "责任人："]
    cases += ["主办单位(责任人)：县商务局；（县信访局 责任人：周某某；县公安局　负责人：吴某某）"]
    cases += ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(12))) for _ in range(5000)]
    for whole in cases:
        assert _person_marks(whole) == _person_marks_each(whole), whole


def _blank_running_headers_by_index(compacts: list[str]) -> None:
    """The running heads' rule as written before (session 45): each title's later copies found by ``list.index``."""
    firsts = [c for c in compacts[:_HEADER_SOURCES] if len(c) >= _HEADER_LENGTH and c.endswith(TITLE_ENDS)]
    for head in dict.fromkeys(firsts):
        at = compacts.index(head)
        while True:
            try:
                at = compacts.index(head, at + 1)
            except ValueError:
                break
            before = next((compacts[p] for p in range(at - 1, max(-1, at - 8), -1) if compacts[p]), "")
            if before and not before.endswith(_OPEN_LINE_ENDS):
                compacts[at] = ""


_LINES = [
    "",
    "",
    "",
    "石门市城市更新方案",
    "方案",
    "关于印发石门市城市更新方案的通知",
    "石门市城市更新方案石门市城市更新方案",
]
_LINES += [
    "（牵头单位：市水务局；配合单位：市城",
    "管局）",
    "推进。",
    "甲乙丙丁戊己庚辛方案",
    "市城市更新方案",
    "文件",
    "石门市",
]


def test_running_heads_as_found_by_index():
    rng = random.Random(46)
    bundled = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    cases = [_compacts_but_heads(bundled.splitlines(), bundled)[0]]
    cases += [[rng.choice(_LINES) for _ in range(rng.randrange(1, 60))] for _ in range(3000)]
    for compacts in cases:
        expected = list(compacts)
        _blank_running_headers_by_index(expected)
        joined = "".join(compacts)
        offsets = tuple(accumulate(map(len, compacts), initial=0))
        got = list(compacts)
        assert _blank_running_headers(got, joined, offsets) == (got != compacts), compacts
        assert got == expected, compacts
        alone = list(compacts)
        _blank_running_headers(alone)  # joining the lines itself
        assert alone == expected, compacts


def test_from_text_blanks_the_running_heads_as_compact_lines_does():
    text = "\n".join(
        ["通知", "石门市城市更新方案", "（牵头单位：市水务局；配合单位：市城", "", "石门市城市更新方案", "", "管局）"]
    )
    source = Source.from_text(text)
    assert list(source.compacts) == compact_lines(text.splitlines(), text)[0]
    assert source.text.text == "".join(source.compacts)
    assert source.offsets == tuple(accumulate(map(len, source.compacts), initial=0))

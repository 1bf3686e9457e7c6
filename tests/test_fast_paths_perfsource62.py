"""The source stage's merged scans (session 46, helper perfsource62) find what the rules they stand for find: the
person marks' one scan (``source._person_marks``) the places of the two regexes it replaced, a unit label's person
field in half-width brackets (``(责任人)``, round 48) and a person's label after a space (``县信访局 责任人：``,
round 61).
"""

from __future__ import annotations

import random
import re

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.source import _PERSON_LABELS, _person_marks
from reformgraph.loaders.vocab import HALF_WIDTH_PERSON_FIELDS

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

"""Session 48's skips in the rest of parse (helper perfsource64) read exactly as the rules they stand for: the tabs
after a label looked for only where compacting's by-product says a word before whitespace may end as a label
(``parse._may_align_labels`` false only where ``parse._aligns_labels`` is), the two table gates answered by one pass
(``column_names.may_hold_tables`` is ``may_hold_a_table`` and ``may_hold_a_duty_table``), and ``Source.blanked_front``
without a copy of the text (``_OPENS_WITH_RULE`` is ``text.lstrip().startswith("---")``); on the bundled plan,
crafted texts and seeded random ones."""

from __future__ import annotations

import random

from reformgraph.loaders.column_names import (
    DUTY_COLUMNS,
    may_hold_a_duty_table,
    may_hold_a_table,
    may_hold_tables,
)
from reformgraph.loaders.parse import (
    _SPACED_LABEL_LAST,
    _SPACED_LABEL_WORDS,
    _aligns_labels,
    _may_align_labels,
)
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import _GAP_LASTS, _OPENS_WITH_RULE, Source

BUNDLED = decode_text(BUNDLED_DOCUMENT.read_bytes())

ALIGNED = [
    "1.加强监管。\n牵头单位\t县市场监管局",
    "牵头单位\t县市场监管局",  # the text's first line
    "1.加强监管。\n完成时限\t2026年6月",  # a deadline's label
    "1.加强监管。\n  责任单位\t县市场监管局\n",  # spaces before the label
    "1.加强监管。\r\n牵头单位\t县市场监管局\r\n",
    "1.加强监管。\u2028牵头单位\t县市场监管局",  # another line break
    "1.加强监管。\x02牵头单位\t县市场监管局",  # the stand-in in a line: compacted line by line, no by-product
    "---\ntitle: 方案\n---\n1.加强监管。\n牵头单位\t县市场监管局",
    "---\n牵头单位\t县市场监管局\n---\n1.加强监管。",  # in a front matter, blanked
    "序号\t任务\t牵头单位\t配合单位",  # a table's header row: false by the rule, the by-product says maybe
    "目录\t（12）\n正文",
    "方案",
    "",
]

_PIECES = [*(label for label in _SPACED_LABEL_WORDS[:40]), "单位", "位", "时限", "限", "局", "甲", "。", "）"]
_PIECES += ["\t", "\t\t", " ", "\u3000", "\n", "\r\n", "\u2028", "---\n", "#", "*"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 24)))


def _texts() -> list[str]:
    rng = random.Random(64)
    return [
        BUNDLED,
        *ALIGNED,
        BUNDLED.replace("。", "。\n牵头单位\t县财政局\n", 1),
        *(_random_text(rng) for _ in range(4000)),
    ]


def test_the_tabs_are_looked_for_wherever_a_label_may_stand_before_one():
    skipped = aligned = 0
    for text in _texts():
        if not _may_align_labels(Source.from_text(text), text):
            assert not _aligns_labels(text), text
            skipped += 1
        aligned += _aligns_labels(text)
    assert skipped > 300 and aligned > 50  # both answers are met, the skip not only for the bundled plan
    assert not _may_align_labels(Source.from_text(BUNDLED), BUNDLED)


def test_every_label_ends_in_a_character_whose_words_ends_are_kept():
    assert _SPACED_LABEL_LAST <= set(_GAP_LASTS)
    assert min(map(len, _SPACED_LABEL_WORDS)) >= 2  # the two last characters are the label's own


def test_one_pass_answers_both_table_gates():
    rng = random.Random(64)
    cells = [
        "牵头单位",
        "牵头",
        "部门",
        "单位",
        "职责分工",
        "职责",
        "序号",
        "正文",
        "一、目标",
        "",
        *sorted(DUTY_COLUMNS),
    ]
    lists = [
        Source.from_text(BUNDLED).compacts,
        [],
        *([rng.choice(cells) for _ in range(rng.randrange(6))] for _ in range(3000)),
    ]
    kinds = set()
    for compacts in lists:
        answer = may_hold_tables(compacts)
        assert answer == (may_hold_a_table(compacts), may_hold_a_duty_table(compacts)), compacts
        kinds.add(answer)
    assert kinds == {(False, False), (True, False), (False, True), (True, True)}


def test_the_front_rule_is_found_without_a_copy():
    rng = random.Random(64)
    spaces = [" ", "\t", "\n", "\r", "\u3000", "\xa0", "\x0b", "\x1c", "\x85", "\u2028", "\u200b", "\ufeff"]
    texts = [BUNDLED, "---\ntitle: 方案\n---\n正文", "\n\n --- ", "--", "-- -", "正文", ""]
    texts += [
        "".join(rng.choice([*spaces, "-", "--", "---", "甲"]) for _ in range(rng.randrange(9))) for _ in range(20000)
    ]
    for text in texts:
        assert (_OPENS_WITH_RULE.match(text) is not None) == text.lstrip().startswith("---"), repr(text)

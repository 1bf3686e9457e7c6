"""The fast path of session 50's deadline reading (helper perffinal66) stands for the rule it skips:
``date_words.unfixed_festival`` answers no at once for a text whose last character no match of ``_UNFIXED_FESTIVAL``
ends with (``_UNFIXED_FESTIVAL_LAST``), before the twelve festival names are looked for. Each check compares the
gated answer with the rule in full (the names' ``in`` scans, then the pattern's ``fullmatch``) on the bundled plan's
deadline fields, on every festival form the pattern reads and on seeded random texts, so that this fails if they
ever differ."""

from __future__ import annotations

import random

from reformgraph.loaders import date_words
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.date_words import UNFIXED_FESTIVALS, unfixed_festival
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.workplans import read_workplans


def _rule(text: str) -> bool:
    """``unfixed_festival`` as the rule is written: a festival's name in the text, then the whole text its time."""
    return any(name in text for name in UNFIXED_FESTIVALS) and date_words._UNFIXED_FESTIVAL.fullmatch(text) is not None


def _forms() -> list[str]:
    """Every shape the pattern reads (a year or none, 迎接, quotes, 大会/节, 前/期间, 完成/结束) for each name, and
    each of them with a character added after it or its last character dropped."""
    out = []
    for name in UNFIXED_FESTIVALS:
        for year in ("", "2026年"):
            for greet in ("", "迎接"):
                for quoted in (("", ""), ("“", "”")):
                    for kind in ("", "大会", "节"):
                        for when in ("前", "期间"):
                            for after in ("", "完成", "结束"):
                                text = f"{year}{greet}{quoted[0]}{name}{kind}{quoted[1]}{when}{after}"
                                out += [text, text + "。", text + "前", text[:-1], f"（{text}）"]
    return out


def test_the_gate_answers_as_the_rule_on_every_form():
    forms = _forms()
    assert sum(map(_rule, forms)) > 500  # the forms the rule takes are met, not only those it does not
    for text in forms:
        assert unfixed_festival(text) is _rule(text), text


def test_the_gate_answers_as_the_rule_on_random_texts():
    rng = random.Random(50)
    pieces = [
        *UNFIXED_FESTIVALS,
        "2026年",
        "迎接",
        "“",
        "”",
        "大会",
        "节",
        "前",
        "期间",
        "完成",
        "结束",
        "间",
        "成",
        "束",
    ]
    pieces += ["月", "底", "长期坚持", "7", "，", "（", "）", "天", "日", ""]
    met = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        met += _rule(text)
        assert unfixed_festival(text) is _rule(text), text
    assert met > 50


def test_the_gate_answers_as_the_rule_on_the_bundled_plans_fields():
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    reading = read_workplans(source, index_assignments(source))
    fields = {d[2][1] for s in reading.sections for d in s.drafts if d[2][1]}  # its deadline field (by index)
    assert len(fields) > 50
    for text in fields | {f + "前" for f in fields} | {f + "期间" for f in fields}:
        assert unfixed_festival(text) is _rule(text), text

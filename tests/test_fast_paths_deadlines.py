"""The fast path of ``deadlines.parse_deadline`` for a field of plain words (``_PLAIN_WORDS``: a status or a
stage, after a year and month or not) stands for the plain rule: compared with ``_read_field`` on every string of
its characters up to three long, after several dates, and on the bundled plan's fields, so that this fails if a
rule of ``_read_field`` ever reads such a field otherwise."""

from __future__ import annotations

import itertools
import re

import pytest

from reformgraph.loaders import deadlines
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.workplans import read_workplans

_WORDS = "长期持续推进坚开展动已完成常态化实施取得阶段性成果效善并，,"
_NEVER = re.compile(r"(?!)")  # a gate no field passes: every field read by the plain rule
_CONVENTIONS = [(None, None), (2024, "2024-01-10"), (2025, "2024-12-20")]


def _both(text, plan_year, document_date, monkeypatch):
    fast = deadlines.parse_deadline(text, plan_year, document_date)
    with monkeypatch.context() as m:
        m.setattr(deadlines, "_PLAIN_WORDS", _NEVER)
        plain = deadlines.parse_deadline(text, plan_year, document_date)
    return fast, plain


@pytest.mark.parametrize("date", ["", "2022年5月", "2021年12月", "2026年13月", "1999年0月"])
def test_plain_words_read_as_the_full_rule_reads_them(date, monkeypatch):
    longest = 3 if date in ("", "2022年5月") else 2
    taken = 0
    for size in range(1, longest + 1):
        for letters in itertools.product(_WORDS, repeat=size):
            text = date + "".join(letters)
            for plan_year, document_date in _CONVENTIONS:
                fast, plain = _both(text, plan_year, document_date, monkeypatch)
                assert fast == plain, (text, plan_year, document_date)
            taken += deadlines._PLAIN_WORDS.fullmatch(text.rstrip("。；;，,")) is not None
    assert taken > 100  # the gate is taken


@pytest.mark.parametrize(
    "text",
    [
        "长期",
        "持续推进",
        "已完成，持续推进",
        "已完成,持续推进",
        "2022年5月取得阶段性成果并长期坚持",
        "2021年12月，已完成",
        "2022年6月取得阶段性成效并持续完善",
        "分阶段推进",  # 分: not a character of the gate
        "长期推进，年内完成",
        "2022年6月底前完成并长期坚持",
        "２０２２年5月取得阶段性成果",  # full-width digits: not the gate's
        "20225月持续推进",
    ],
)
def test_crafted_fields_read_alike_on_either_path(text, monkeypatch):
    for plan_year, document_date in _CONVENTIONS:
        fast, plain = _both(text, plan_year, document_date, monkeypatch)
        assert fast == plain


def test_the_bundled_plans_fields_read_alike_on_either_path(monkeypatch):
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    fields = {
        d[2][1]  # a draft's assignment's deadline
        for s in read_workplans(source, index_assignments(source)).sections
        for d in s.drafts  # d[2]: its assignment
    }
    fields.discard(None)
    for field in fields:
        fast, plain = _both(field, 2022, "2022-01-13", monkeypatch)
        assert fast == plain, field
    assert sum(deadlines._PLAIN_WORDS.fullmatch(f) is not None for f in fields) > 10  # the gate is taken

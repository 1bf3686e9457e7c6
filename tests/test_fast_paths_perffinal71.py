"""Session 55's finalize (helper perffinal71): a task's measure and its units' mentions on one line are made in one
frame (``records.rows_record_maker``, ``tasks._measure_on_line``). Its records equal the constructors' (the frozen
dataclasses' own ``__init__``), field by field and in type, on the bundled plan's tasks and on seeded random rows
of every length the maker writes a path for (none, one, several); and a whole parse of the bundled plan equals the
records made by the constructors from the same measures."""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.tasks import _measure_on_line
from reformgraph.records import Deadline, Measure, UnitMention, rows_record_maker

_NAMES = ["市财政局", "区大数据局", "各街镇", "有关部门", "市政府口岸物流办"]
_ROW = ("raw", None, None, "written", "implied")


def _by_constructor(seq, text, leads, supports, deadline, line, on) -> Measure:
    """The rule: each unit a ``UnitMention`` on line ``on`` and the ``Measure``, by the constructors."""
    return Measure(
        seq,
        text,
        tuple(UnitMention(n, on, w, i) for n, _, _, w, i in leads),
        tuple(UnitMention(n, on, w, i) for n, _, _, w, i in supports),
        deadline,
        line,
    )


def _same(made: Measure, rule: Measure) -> bool:
    """Equal, and of the same types all through (``==`` alone would take a tuple subclass or a twin)."""
    return (
        made == rule
        and repr(made) == repr(rule)
        and type(made) is Measure
        and type(made.leads) is tuple
        and type(made.supports) is tuple
        and all(type(m) is UnitMention for m in made.leads + made.supports)
    )


def _row(rng: random.Random) -> tuple:
    return (
        rng.choice(_NAMES),
        rng.choice(["lead", "support"]),
        rng.randrange(99),
        rng.choice([None, "商务部等有关部门"]),
        rng.random() < 0.3,
    )


def test_seeded_rows_of_every_length_make_the_constructors_records():
    rng = random.Random(71)
    lengths = set()
    for k in range(3000):
        leads = [_row(rng) for _ in range(rng.choice([0, 1, 1, 2, 3, 5]))]
        supports = [_row(rng) for _ in range(rng.choice([0, 0, 1, 2, 4, 9]))]
        if k % 2:
            leads, supports = tuple(leads), tuple(supports)  # lists or tuples, as ``_usual_roles`` or ``resolve``
        args = (k, f"任务{k}。", leads, supports, Deadline(None, "2022-06", None), rng.randrange(1, 999))
        on = rng.randrange(1, 999)
        assert _same(_measure_on_line(*args, on), _by_constructor(*args, on)), args
        lengths.add((min(len(leads), 2), min(len(supports), 2)))
    assert lengths == {(a, b) for a in range(3) for b in range(3)}  # every path of the maker taken


def test_the_bundled_plans_measures_are_the_constructors():
    doc = parse_document(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    measures = [m for plan in doc.workplans for m in plan.measures]
    on_one_line = [m for m in measures if len({u.line for u in m.leads + m.supports}) == 1]
    assert len(on_one_line) > 600  # 616 of the 633 in session 55, made by ``_measure_on_line``
    for m in on_one_line:
        on = m.leads[0].line
        rows = [[(u.raw, "lead", 0, u.written, u.implied) for u in part] for part in (m.leads, m.supports)]
        args = (m.seq, m.text, *rows, m.deadline, m.line)
        assert _same(_measure_on_line(*args, on), _by_constructor(*args, on))
        assert _by_constructor(*args, on) == m


def test_a_maker_refuses_rows_that_do_not_fit():
    with pytest.raises(TypeError):
        rows_record_maker(Measure, ("leads",), UnitMention, "line", ("raw", None, "written"))  # implied unset
    with pytest.raises(TypeError):
        rows_record_maker(Measure, ("units",), UnitMention, "line", _ROW)  # no such field

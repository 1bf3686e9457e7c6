"""Session 55's finalize (helper perffinal71): a task's measure and its units' mentions on one line are made in one
frame (``records.rows_record_maker``, ``tasks._measure_on_line``). Its records equal the constructors' (the frozen
dataclasses' own ``__init__``), field by field and in type, on the bundled plan's tasks and on seeded random rows
of every length the maker writes a path for (none, one, several); and a whole parse of the bundled plan equals the
records made by the constructors from the same measures. ``PlainNames.learn`` reads a long name's two tests by one
match (``tasks._MAY_BE_TWO``): it answers as ``_is_plain`` (the rule) and fills ``spaced`` as before, on the bundled
plan's names and on seeded random names of the characters the tests read (a name's ends, a post's last characters,
a first character again), and the match alone answers as ``may_hold_two`` or ``_may_be_run``."""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.spaced_names import may_hold_two
from reformgraph.loaders.tasks import _MAY_BE_TWO, PlainNames, _is_plain, _is_post, _may_be_run, _measure_on_line
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


def _learnt_as_the_rule(name: str) -> bool:
    """``learn``'s answer and its sets are the rule's (``_is_plain``; ``spaced``: not a post, not a run)."""
    names = PlainNames()
    plain = names.learn(name)
    assert plain == _is_plain(name), name
    assert (name in names.plain, name in names.other) == (plain, not plain), name
    assert (name in names.spaced) == (not plain and not _is_post(name) and not _may_be_run(name)), name
    two = len(name) >= 7 and _MAY_BE_TWO.match(name) is not None
    assert two == (may_hold_two(name) or _may_be_run(name)), name
    return plain


def test_the_bundled_plans_names_are_learnt_as_the_rule():
    doc = parse_document(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    names = {u.raw for plan in doc.workplans for m in plan.measures for u in m.leads + m.supports}
    assert len(names) > 100  # 121 in session 55
    learnt = [_learnt_as_the_rule(name) for name in sorted(names)]
    assert 0 < learnt.count(False) < len(learnt)  # both answers given


def test_seeded_names_are_learnt_as_the_rule():
    rng = random.Random(71)
    # a name's ends (``spaced_names.NAME_ENDS``), a post's last characters and whole posts, other characters, a newline
    pieces = ["局", "心", "）", ")", "办", "员", "长", "领导", "负责人", "科长", "甲", "乙", "丙", "市", "\n"]
    kinds = set()
    for _ in range(30000):
        name = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 11)))
        plain = _learnt_as_the_rule(name)
        kinds.add((len(name) >= 7, plain, len(name) >= 7 and may_hold_two(name), len(name) >= 7 and _may_be_run(name)))
    # with no character a name ends with: the run's alternative alone
    for _ in range(20000):
        name = "".join(rng.choice("甲乙丙丁戊") for _ in range(rng.randrange(5, 10)))
        _learnt_as_the_rule(name)
        kinds.add(("run alone", _may_be_run(name)))
    assert {("run alone", True), ("run alone", False), (True, True, False, False), (False, True, False, False)} <= kinds
    assert any(k[2] and not k[3] for k in kinds if k[0] is True) and any(
        k[3] and not k[2] for k in kinds if k[0] is True
    )

"""The fast paths of ``tasks.finalize`` added in session 43 stand for the plain rules: each is compared with the rule
on the bundled plan and on crafted cases, so that this fails if the two ever differ."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import Assignment, RoleUnit, named
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import Conventions, Draft, Section, finalize, one_line
from reformgraph.loaders.workplans import read_workplans


@pytest.fixture(scope="module")
def bundled():
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    return source, read_workplans(source, index_assignments(source))


_NOWHERE = -(10**6)  # a task line on no source's lines: the units' line is searched for (the plain rule)


def _mentions_of(sections, lines=()):
    """Every measure's mentions as ``finalize`` makes them under uniform conventions."""
    warnings: list = []
    done = finalize(sections, Conventions(plan_year=2022), warnings, lines)
    return [(m.leads, m.supports) for _, measures, _ in done for m in measures]


def _searched(sections):
    """``sections`` with every task's line on no line of its source: ``finalize`` looks for its units' line
    (``one_line``, then each unit's) instead of trying the task's own line first (nor taking it as the layout's
    ``own_line`` says)."""
    return [
        replace(s, drafts=tuple(Draft(*d)._replace(line=_NOWHERE, own_line=False) for d in s.drafts)) for s in sections
    ]


def test_units_on_the_tasks_line_are_placed_as_the_search_places_them_in_the_bundled_plan(bundled):
    source, workplans = bundled
    sections = list(workplans.sections)
    # the workplans' drafts are plain tuples, and the index's assignments in them (named for the attributes)
    drafts = [Draft(*d)._replace(assignment=named(d[2])) for s in sections for d in s.drafts]
    found = _mentions_of(sections, source.lines)
    assert found == _mentions_of(_searched(sections), source.lines)
    on_own = sum(
        one_line(
            d.source, min(u.pos for u in d.assignment.units) + d.base, d.base + max(u.pos for u in d.assignment.units)
        )
        == d.line
        for d in drafts
        if d.assignment.units
    )
    assert on_own > len(drafts) // 2  # the fast path is taken


def test_units_on_crafted_lines_are_placed_as_the_search_places_them():
    rng = random.Random(43)
    for _ in range(400):
        compacts = [rng.choice(["", "甲", "乙丙", "丁戊己", "（甲局牵头）"]) for _ in range(rng.randrange(1, 8))]
        source = CompactText.from_compacts(compacts, first_line=rng.randrange(1, 9))
        size = max(1, len(source.text))
        drafts = []
        for _ in range(rng.randrange(1, 5)):
            base = rng.randrange(-2, size + 2)
            units = tuple(
                RoleUnit(rng.choice(["甲局", "乙局", "丙局"]), "lead" if i == 0 else "support", rng.randrange(0, 6))
                for i in range(rng.randrange(1, 4))
            )
            # the task's line: the line of its first unit, one beside it, or one of no source
            line = rng.choice([source.line_at(units[0].pos + base), source.line_at(units[0].pos + base) + 1, 0, 99])
            drafts.append(Draft("推进。", line, Assignment(units=units), source=source, base=base))
        sections = [Section("任务", 1, tuple(drafts))]
        assert _mentions_of(sections) == _mentions_of(_searched(sections)), (compacts, drafts)


def test_a_rows_record_maker_makes_the_records_the_constructors_make():
    import dataclasses

    from reformgraph.records import Deadline, Measure, UnitMention, rows_record_maker

    make = rows_record_maker(
        Measure, ("leads", "supports"), UnitMention, "line", ("raw", None, None, "written", "implied")
    )
    rng = random.Random(43)
    deadline = Deadline(None, None, None)
    for _ in range(300):
        rows = [
            [
                (
                    rng.choice(["市财政局", "有关部门", ""]),
                    "lead",
                    rng.randrange(9),
                    rng.choice([None, "商务部等"]),
                    rng.random() < 0.3,
                )
                for _ in range(rng.randrange(0, 6))
            ]
            for _ in range(2)
        ]
        line = rng.randrange(1, 999)
        made = make(1, "推进。", rows[0], rows[1], deadline, 5, line)
        mentions = [tuple(UnitMention(r[0], line, r[3], r[4]) for r in units) for units in rows]
        assert made == Measure(1, "推进。", mentions[0], mentions[1], deadline, 5)
        assert type(made) is Measure and all(type(m) is UnitMention for m in made.leads + made.supports)
        assert type(made.leads) is tuple and [hash(m) for m in made.leads] == [hash(m) for m in mentions[0]]
    with pytest.raises(dataclasses.FrozenInstanceError):
        make(1, "推进。", [("甲局", None, 0, None, False)], [], deadline, 5, 1).leads[0].line = 2
    with pytest.raises(TypeError):
        rows_record_maker(Measure, ("leads",), UnitMention, "line", ("raw", None, "written"))  # implied left unset

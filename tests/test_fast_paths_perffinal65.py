"""The fast path of session 49's ``tasks.finalize`` (helper perffinal65) stands for the rule it skips: a draft the
workplans hand with ``own_line`` (its whole parenthetical on the line of its opening bracket) has every unit on the
task's own line, which ``finalize`` then takes without looking (the rule: ``one_line`` of the units' offsets). Each
check compares the two on the bundled plan and on crafted plans whose brackets are broken over lines at random, so
that this fails if they ever differ."""

from __future__ import annotations

import random
from dataclasses import replace

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import Conventions, finalize, one_line
from reformgraph.loaders.workplans import SAMPLE, read_workplans


def _units_line(draft) -> int | None:
    """The rule: the line of every unit's offset of ``draft`` when they are all on one line (``one_line``), else
    None; each unit's own line looked up too."""
    _, _, a, _, source, base, *_ = draft
    places = [u[2] + base for u in a[0]]  # its units' pos (plain tuples: ``roles.Assignment``)
    on = one_line(source, min(places), max(places))
    assert on is None or all(source.line_at(p) == on for p in places)
    return on


def _measures(sections, lines) -> str:
    """``finalize``'s measures, people and warnings under the plan's usual conventions (the sections themselves
    left out: their drafts differ in the flag)."""
    warnings: list = []
    done = finalize(sections, Conventions(plan_year=2022), warnings, lines)
    return repr(([(measures, people) for _, measures, people in done], warnings))


def _searched(sections):
    """``sections`` with no draft's ``own_line`` set: ``finalize`` looks for every task's units' line (the rule)."""
    return [replace(s, drafts=tuple((*d[:8], False) for d in s.drafts)) for s in sections]


def _check(source: Source) -> int:
    """Compare the flag with the rule on every draft the workplans read in ``source``, and ``finalize``'s
    measures with and without the flag; the number of drafts with the flag."""
    sections = list(read_workplans(source, index_assignments(source)).sections)
    flagged = 0
    for s in sections:
        for d in s.drafts:
            assert len(d) == 9
            if d[8]:
                flagged += 1
                assert _units_line(d) == d[1], d
    assert _measures(sections, source.lines) == _measures(_searched(sections), source.lines)
    return flagged


def test_the_bundled_plans_units_are_on_the_line_the_workplans_say():
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    assert _check(source) > 550  # the fast path is taken (589 of 633 tasks)


def test_units_of_brackets_broken_over_lines_are_placed_as_the_search_places_them():
    rng = random.Random(65)
    lines = SAMPLE.split("\n")
    tasks = [k for k, line in enumerate(lines) if "牵头单位：" in line and "）" in line.replace(")", "）")]
    assert len(tasks) == 2
    flagged = unflagged = 0
    for _ in range(300):
        changed = list(lines)
        for k in tasks:
            line = changed[k]
            opening = max(line.find("（"), line.find("("))
            # a break at random: inside the bracket, before it, right after it, or none
            at = rng.choice([None, opening, opening + 1, len(line) - 1, rng.randrange(opening, len(line))])
            if at is not None:
                spaces = rng.choice(["", " ", "\n"])
                changed[k] = f"{line[:at]}\n{spaces}{line[at:]}"
        source = Source.from_text("\n".join(changed))
        n = _check(source)
        total = sum(len(s.drafts) for s in read_workplans(source, index_assignments(source)).sections)
        flagged += n
        unflagged += total - n
    assert flagged > 100 and unflagged > 100  # both ways are met

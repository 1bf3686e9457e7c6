"""Round 7 of the parser's trimming (issue 15): each fast path against the plain rule it stands for.

``tasks.finalize`` places units on their line without a call per task (``one_line`` inline, one lead made
without ``_on_line``); ``source.compact_lines`` drops ``*`` (or ``\\``) in the pass that drops list markers;
``toc.parse_toc`` compacts a line that goes on with an entry only when its page reference is looked for.
Each is compared with the rule as written on seeded random inputs.
"""

from __future__ import annotations

import random
import time

from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.roles import Assignment, RoleUnit
from reformgraph.loaders.source import compact_lines, spaced_mark
from reformgraph.loaders.tasks import Conventions, Draft, Section, finalize
from reformgraph.loaders.toc import parse_toc
from reformgraph.records import UnitMention
from tests.test_workplans_fast_paths import _reference_parse_toc  # parse_toc as first written


def test_units_are_placed_on_the_line_of_their_offset():
    """Every mention's line is the line of its own offset (``CompactText.line_at``), one unit or many."""
    rng = random.Random(1907)
    names = ["市财政局", "区大数据局", "各街镇", "有关部门", "市交通局"]
    placed = 0
    for _ in range(1500):
        compacts = [rng.choice(["", "甲", "乙丙", "丁戊己庚"]) for _ in range(rng.randrange(1, 7))]
        source = CompactText.from_compacts(compacts, first_line=rng.randrange(1, 9))
        size = max(len(source.text), 1)
        drafts = []
        for _ in range(rng.randrange(1, 4)):
            base = rng.randrange(size)
            chosen = rng.sample(names, rng.randrange(1, 5))  # distinct names: none dropped as written twice
            roles = ["lead"] + [rng.choice(["lead", "support"]) for _ in chosen[1:]]
            units = tuple(
                RoleUnit(
                    name,
                    role,
                    rng.randrange(-base - 2, size - base),
                    rng.choice([None, "商务部等"]),
                    rng.random() < 0.2,
                )
                for name, role in zip(chosen, roles)
            )
            drafts.append(Draft("建设平台。", 1, Assignment(units, deadline="2025年底"), source=source, base=base))
        [(_, measures, _people)] = finalize([Section("重点任务", 1, tuple(drafts))], Conventions())
        assert len(measures) == len(drafts)
        for measure, draft in zip(measures, drafts):
            made = measure.leads + measure.supports
            expected = {
                u.name: UnitMention(u.name, source.line_at(u.pos + draft.base), u.written, u.implied)
                for u in draft.assignment.units
            }
            assert sorted(made, key=lambda m: m.raw) == sorted(expected.values(), key=lambda m: m.raw), compacts
            assert all(type(m) is UnitMention for m in made)
            placed += len(made)
    assert placed > 3000


def _compact_as_written(line: str) -> str:
    """One line compacted by the rule as documented: spaces, a heading's #, * and \\, then list markers."""
    c = "".join(line.split())
    if c.startswith("#"):
        c = c.lstrip("#")
    c = c.replace("*", "").replace("\\", "")
    if c and c[0] in "-+" and not spaced_mark(line, c[0]):
        return c  # a - or + with no space after it is no list mark
    return c.lstrip("-+>•·")


def test_lines_compact_as_the_rule_reads():
    rng = random.Random(1908)
    pieces = ["甲", " ", "\u3000", "\t", "#", "*", "**", "\\", "-", "+", ">", "•", "·", "1."]
    for _ in range(4000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(7))) for _ in range(rng.randrange(1, 7))]
        text = "\n".join(lines)
        compacts, headings = compact_lines(lines, text)
        assert compacts == [_compact_as_written(line) for line in lines], lines
        assert headings == [i for i, line in enumerate(lines) if "".join(line.split()).startswith("#")], lines


def test_table_of_contents_reads_as_written():
    rng = random.Random(1909)
    pieces = [
        "1. ",
        "3.1 ",
        "12、",
        "方案",
        "改革事项",
        ".....",
        "…",
        " ",
        "\t",
        "*",
        "\\",
        "#",
        "( 12 )",
        "（7）",
        "(",
        ")",
        "9",
    ]
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(6))) for _ in range(rng.randrange(1, 8))]
        assert [tuple(e[:3]) for e in parse_toc(lines, 3)] == _reference_parse_toc(lines, 3), lines


def test_a_long_entry_stays_linear():
    lines = ["1. " + "方案 " * 100_000, "改 " * 100_000 + "..... ( 12 )"]
    t = time.process_time()
    entries = parse_toc(lines)
    assert time.process_time() - t < 2.0
    assert [tuple(e[:3]) for e in entries] == _reference_parse_toc(lines)

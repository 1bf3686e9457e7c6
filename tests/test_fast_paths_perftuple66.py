"""Session 50's plain tuples (helper perftuple66) read as the named tuples they stand for: the index's usual brackets
hand their ``Assignment`` and their units' ``RoleUnit``s as plain tuples of the same fields (``assign._deadline_last``,
``unit_lists.names_units``), the table of contents its entries (``toc.parse_toc``) and the workplans their title
blocks (``workplans._find_blocks``) likewise; every reader of them reads by index. Each check compares a reader's
answer on the plain tuples with its answer on the same fields named, so that this fails if a reader ever reads the
two apart (or a plain tuple stops being made where it is the point)."""

from __future__ import annotations

import random
from dataclasses import replace

from reformgraph.loaders import roles, tasks, toc, unit_lists
from reformgraph.loaders import workplans as wp
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import Assignment, RoleUnit, named, replaced, resolve, unit_replaced
from reformgraph.loaders.source import Source
from reformgraph.loaders.spaced_names import SpacedNames
from reformgraph.loaders.tasks import Conventions, Draft, finalize


def _bundled() -> Source:
    return Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))


def _sources() -> list[Source]:
    return [_bundled(), Source.from_text(wp.SAMPLE)]


def test_the_index_hands_plain_tuples_that_name_as_the_fields():
    index = index_assignments(_bundled())
    plain = [f[2] for f in index.found if type(f[2]) is tuple]
    assert len(plain) > 300  # the usual brackets' (381 of 634 in session 50)
    units = [u for a in plain for u in a[0] if type(u) is tuple]
    assert len(units) > 300  # ``names_units``'
    for a in plain:
        assert len(a) == len(Assignment._fields)
        assert all(len(u) == len(RoleUnit._fields) for u in a[0])
        n = named(a)
        assert tuple(n) == a and n.units == a[0] and all(tuple(u) == v for u, v in zip(n.units, a[0]))


def test_resolve_reads_plain_and_named_alike():
    rng = random.Random(66)
    for source in _sources():
        for f in index_assignments(source).found:
            a = f[2]
            for first_listed, carried in ((False, ()), (True, ()), (False, ("市财政局",)), (True, ("各区政府",))):
                got = resolve(a, first_listed=first_listed, carried=carried)
                want = resolve(named(a), first_listed=first_listed, carried=carried)
                assert [list(map(tuple, side)) for side in got] == [list(map(tuple, side)) for side in want], a
    names = ["甲局", "乙局", "各街道", "区财政局", "各有关部门"]
    kinds = ["lead", "support", "responsible", "implement", None]
    for _ in range(3000):
        units = tuple(
            (rng.choice(names), rng.choice(kinds), rng.randrange(40), None, False) for _ in range(rng.randrange(5))
        )
        a = (units, None, rng.random() < 0.5, 0, False, (), (), ())
        for first_listed in (False, True):
            got = resolve(a, first_listed=first_listed)
            want = resolve(named(a), first_listed=first_listed)
            assert [list(map(tuple, side)) for side in got] == [list(map(tuple, side)) for side in want], a


def test_finalize_reads_plain_and_named_drafts_alike():
    for source in _sources():
        sections = list(wp.read_workplans(source, index_assignments(source)).sections)
        named_sections = [
            replace(s, drafts=tuple(tuple(Draft(*d)._replace(assignment=named(d[2]))) for d in s.drafts))
            for s in sections
        ]
        assert any(type(d[2]) is tuple for s in sections for d in s.drafts) or source.text.text == wp.SAMPLE
        assert _finalized(sections, source) == _finalized(named_sections, source)


def _finalized(sections, source: Source) -> str:
    """``finalize``'s measures, people and warnings (the sections themselves left out: their drafts differ)."""
    warnings: list = []
    done = finalize(sections, Conventions(plan_year=2022), warnings, source.lines)
    return repr(([(measures, people) for _, measures, people in done], warnings))


def test_spaced_names_and_shared_bodies_read_plain_and_named_alike():
    lines = ["（牵头单位：镇派出所 各村（社区）；配合单位：区财政局）", "青石区、东湖区人民政府", "汉滨区委、区政府"]
    spaced = SpacedNames(lines)
    a = ((("镇派出所各村（社区）", "lead", 0, None, False), ("区财政局", "support", 12, None, False)),)
    a += (None, True, 0, False, (), ("lead", "support"), ())
    assert tuple(map(tuple, spaced.apart(a, None, 0)[0])) == tuple(map(tuple, spaced.apart(named(a), None, 0).units))
    for names in ("青石区、东湖区人民政府", "汉滨区委、区政府", "池北区、池西区管委会", "市财政局、区税务局"):
        plain = unit_lists.names_units(names, 0, "lead")
        assert all(type(u) is tuple for u in plain)
        pieces = names.split("、")
        at = [0, len(pieces[0]) + 1]
        as_named = unit_lists.shared_bodies([RoleUnit(p, "lead", k) for p, k in zip(pieces, at)])
        assert [tuple(u) for u in plain] == [tuple(u) for u in as_named], names
    u = ("甲局", "lead", 5, None, False)
    assert unit_replaced(u, pos=7) == tuple(RoleUnit(*u)._replace(pos=7)) and type(unit_replaced(u, pos=7)) is tuple
    assert type(unit_replaced(RoleUnit(*u), pos=7)) is RoleUnit
    assert type(replaced(a, deadline="6月")) is tuple and type(replaced(named(a), deadline="6月")) is Assignment


def test_usual_roles_and_the_units_line_read_plain_and_named_alike():
    index = index_assignments(_bundled())
    for f in index.found:
        a = f[2]
        want = tasks._usual_roles(named(a).units, tasks.PlainNames())
        assert tasks._usual_roles(a[0], tasks.PlainNames()) == want
        assert tasks._units_line(a, None, 0) == tasks._units_line(named(a), None, 0)


def test_the_table_of_contents_and_the_title_blocks_read_as_named():
    source = _bundled()
    layout = wp._Layout(source)
    blocks = wp._find_blocks(source, layout.section_one)
    assert blocks and all(type(b) is tuple and len(b) == len(wp._Block._fields) for b in blocks)
    lines = source.lines
    toc_start = wp._toc_start(lines, source.compacts, blocks[0][0])
    entries = toc.parse_toc(lines[toc_start : blocks[0][0]], first_line=toc_start + 1)
    assert len(entries) > 100 and all(type(e) is tuple for e in entries)
    for e in map(toc.TocEntry._make, entries):
        assert e.is_variant == ("." in e.number) and e.parent == e.number.split(".")[0]
    named_entries = [toc.TocEntry(*e) for e in entries]
    named_blocks = [wp._Block(*b) for b in blocks]
    assert wp._skeleton(entries, blocks, []) == wp._skeleton(named_entries, named_blocks, [])
    skeleton = wp._skeleton(entries, blocks, [])[0]
    assert wp._align(skeleton, blocks, []) == wp._align(skeleton, named_blocks, [])
    assert roles.Assignment._fields[:2] == ("units", "deadline")  # the positions the readers name in comments

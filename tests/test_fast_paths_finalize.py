"""The fast paths of ``tasks.finalize`` stand for the plain rules: each is compared with the rule on the bundled
plan and on crafted edge cases, so that this fails if the two ever differ."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import Assignment, RoleUnit, named, replaced
from reformgraph.loaders.source import Source
from reformgraph.loaders.spaced_names import SpacedNames, _cuts, may_hold_two
from reformgraph.loaders.tasks import Draft, PlainNames, _resolved
from reformgraph.loaders.workplans import read_workplans


@pytest.fixture(scope="module")
def bundled():
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    return source, read_workplans(source, index_assignments(source))


def test_plain_assignments_resolve_as_the_full_rules_resolve_them_in_the_bundled_plan(bundled):
    source, workplans = bundled
    spaced, plain = SpacedNames(source.lines), PlainNames()
    # the workplans' drafts are plain tuples, and the index's assignments in them (named for the attributes)
    drafts = [Draft(*d)._replace(assignment=named(d[2])) for s in workplans.sections for d in s.drafts]
    for d in drafts:
        place = (d.source, d.base, spaced)
        for first_listed, carried in ((False, ()), (True, ()), (False, ("各区县政府",))):
            fast = _resolved(d.assignment, first_listed, carried, place, plain)
            assert fast == _resolved(d.assignment, first_listed, carried, place, None)
    assert sum(plain.all_plain(d.assignment.units) for d in drafts) > len(drafts) // 2  # the path is taken


CRAFTED = [
    ("区财政局",),
    ("区财政局", "区税务局"),
    ("各班主任",),  # a post: no body
    ("团委", "各网格员"),
    ("区财政局区税务局",),  # a run of names
    ("市发展改革委市财政局",),
    ("镇派出所各村（社区）",),  # two names a space may set apart
    ("市规划自然资源局",),  # long, but no place to end inside
    ("国家税务总局上海市税务局",),
    ("同上",),
]


@pytest.mark.parametrize("names", CRAFTED)
@pytest.mark.parametrize("written", ["（责任单位：{}）", "（责任单位：镇派出所 各村（社区）{}）"])
def test_crafted_assignments_resolve_alike_on_either_path(names, written):
    units, at = [], 6
    for i, name in enumerate(names):
        units.append(RoleUnit(name, "lead" if i == 0 else "support", at))
        at += len(name)
    line = written.format("".join(names))
    text = CompactText.from_lines([line])
    a = Assignment(units=tuple(units))
    place = (text, 0, SpacedNames([line]))
    for carried in ((), ("各班主任",), ("区财政局",)):
        assert _resolved(a, False, carried, place, PlainNames()) == _resolved(a, False, carried, place, None)


@pytest.mark.parametrize("name", [n for names in CRAFTED for n in names] + ["甲乙丙丁戊己庚局", "市局", ""])
def test_may_hold_two_is_a_cut_found(name):
    assert may_hold_two(name) == (len(name) >= 7 and bool(_cuts(name)))


class _Everything:
    """A set holding every character: the look-up it stands in for always passes (the plain rule)."""

    def __contains__(self, item: object) -> bool:
        return True


UNSTATED = [
    "说明：未注明完成时限的任务，均须于2024年12月底前完成。",
    "完成时限未注明的为年底前完成。",
    "未注明时间节点的，均为2024年底前完成。",
    "各项任务除已明确完成时限的外，均应于2026年底前完成。",
    "除注明时限外，均须于2026年12月底前完成。",
    "无特别说明的，各项任务均于2026年底前完成。",
    "没有明确时限的，2025年6月底前完成。",
    "明确责任。注明",  # a key at the text's end
    "已明确的任务按时完成。不标注的，2025年底前完成。",
    "未作明确的事项，另行通知。明确",
]


@pytest.mark.parametrize("text", UNSTATED)
def test_default_deadline_reads_as_without_its_first_test_of_the_negation(text, monkeypatch):
    from reformgraph.loaders import plan_periods

    fast = plan_periods.default_deadline(text, 2025)
    monkeypatch.setattr(plan_periods, "_NEGATION_LAST", _Everything())
    assert fast == plan_periods.default_deadline(text, 2025)


def test_default_deadline_reads_the_bundled_plan_as_without_its_first_test(bundled, monkeypatch):
    from reformgraph.loaders import plan_periods

    text = bundled[0].text.text
    fast = plan_periods.default_deadline(text, 2022)
    monkeypatch.setattr(plan_periods, "_NEGATION_LAST", _Everything())
    assert fast == plan_periods.default_deadline(text, 2022)


def _gaps_by_the_rule(written: str) -> frozenset[tuple[str, str]]:
    """``spaced_names._gaps`` with no gate: every whitespace run looked at."""
    from reformgraph.loaders import spaced_names

    pairs = set()
    for m in spaced_names._GAP.finditer(written):
        a, b = m.span()
        if b - a <= 8 and a:
            for i in range(1, min(3, a) + 1):
                pairs.update((written[a - i : a], written[b : b + j]) for j in range(1, min(3, len(written) - b) + 1))
    return frozenset(pairs)


WRITTEN = [
    "",
    " ",
    "甲局乙局",
    " 甲局乙局",
    "甲局乙局 \t",
    "甲局 乙局",
    "  甲局\u3000乙局  ",
    "甲局\u00a0乙局",  # a no-break space
    "甲局\x1c乙局\x85丙局",  # separators str.split and the regex's \\s both take as whitespace
    "甲局\u200b乙局",  # a zero-width space: whitespace to neither
    "甲局" + " " * 9 + "乙局",  # a gap too long to count
    "甲局 乙局 丙局　丁局",
]


@pytest.mark.parametrize("written", WRITTEN)
def test_gaps_gate_finds_what_the_rule_finds(written):
    from reformgraph.loaders.spaced_names import _gaps

    assert _gaps(written) == _gaps_by_the_rule(written)


def test_gaps_gate_finds_what_the_rule_finds_on_the_bundled_plan(bundled):
    from reformgraph.loaders.spaced_names import _gaps

    lines = bundled[0].lines
    assert all(_gaps(w) == _gaps_by_the_rule(w) for w in lines)
    assert sum(not _gaps(w) for w in lines) > len(lines) // 2  # the gate is taken


def _unshared(sections):
    """``sections`` with every task's assignment and units a copy of their own: no two tasks share them, so no
    look-up by id in ``finalize`` finds another task's (the plain rule: each task's roles from its units' value)."""
    return [replace(s, drafts=tuple(_own_units(d) for d in s.drafts)) for s in sections]


def _own_units(d):
    """A draft with a copy of its units, of its own kind (a ``Draft``, or a plain tuple as the workplans' are)."""
    fields = (*d[:2], replaced(d[2], units=tuple(list(d[2][0]))), *d[3:])  # (named, or a plain tuple: the index's)
    return Draft(*fields) if isinstance(d, Draft) else fields


def _finalized(sections, lines):
    from reformgraph.loaders.tasks import Conventions, finalize

    warnings = []
    return repr(finalize(sections, Conventions(plan_year=2022), warnings, lines)), repr(warnings)


def test_roles_found_by_the_units_id_are_those_of_the_units_in_the_bundled_plan(bundled):
    source, workplans = bundled
    sections = list(workplans.sections)
    drafts = [Draft(*d) for s in sections for d in s.drafts]
    assert len({id(d.assignment[0]) for d in drafts}) < len(drafts) // 2  # the look-up is taken
    assert _finalized(sections, source.lines) == _finalized(_unshared(sections), source.lines)


def _draft(text, line, names, deadline=None):
    from reformgraph.loaders.tasks import Draft

    units = tuple(RoleUnit(n, "lead" if i == 0 else "support", line) for i, n in enumerate(names))
    return Draft(text, line, Assignment(units=units, deadline=deadline))


@pytest.mark.parametrize(
    "tasks",
    [
        [("同上",), ("区财政局", "区税务局"), ("同上",), ("同上",)],  # 同上 first: no task before it
        [("区财政局",), ("同上",), ("区税务局",), ("同上",), ("区财政局",)],
        [("区财政局",), ("〃",), ("〃",), ("各班主任",), ("同上",)],
    ],
)
def test_roles_found_by_the_units_id_are_those_of_the_units_with_ditto_tasks(tasks):
    from reformgraph.loaders.tasks import Section

    shared_units = {}  # one units tuple per name list, as parentheticals that differ in their deadline share it
    drafts = []
    for k, names in enumerate(tasks):
        d = _draft(f"任务{k}。", k + 1, names, f"2022年{k + 1}月")
        units = shared_units.setdefault(names, d.assignment.units)
        drafts.append(d._replace(assignment=d.assignment._replace(units=units)))
    sections = [Section("一、任务", 1, tuple(drafts[:2])), Section("二、任务", 3, tuple(drafts[2:]))]
    assert _finalized(sections, ()) == _finalized(_unshared(sections), ())


_NAMES = [n for names in CRAFTED for n in names] + [
    "科长",
    "各网格员",
    "村两委成员",
    "市局",
    "",
    "甲乙丙丁戊己",
    "市市场监管局",
]


@pytest.mark.parametrize("name", _NAMES + ["市政府电子政务中心", "各区县（自治县）司法局", "区财政局区税务局局"])
def test_is_plain_of_a_short_name_is_the_rule(name):
    from reformgraph.loaders.tasks import _is_plain, _is_post, _may_be_run

    assert _is_plain(name) == (not (may_hold_two(name) or _is_post(name) or _may_be_run(name)))


def test_is_plain_of_the_bundled_plans_names_is_the_rule(bundled):
    from reformgraph.loaders.tasks import _is_plain, _is_post, _may_be_run

    names = {u[0] for s in bundled[1].sections for d in s.drafts for u in d[2][0]}
    assert all(_is_plain(n) == (not (may_hold_two(n) or _is_post(n) or _may_be_run(n))) for n in names)
    assert sum(len(n) < 7 for n in names) > len(names) // 3  # the gate is taken


def test_campaign_fields_end_with_a_character_the_gate_lets_through(bundled):
    import itertools

    from reformgraph.loaders.plan_periods import during_the_campaign, names_a_stage
    from reformgraph.loaders.tasks import _CAMPAIGN_LAST

    fields = {d[2][1] or "" for s in bundled[1].sections for d in s.drafts}  # a draft's assignment
    fields |= {"攻坚期间", "专项行动期间内", "整治期间内", "集中攻坚阶段", "第二阶段", "“十四五”期间", "", "内", "阶段"}
    fields |= {"".join(p) for k in range(1, 5) for p in itertools.product("攻坚期间内阶段集中", repeat=k)}
    for field in fields:
        if during_the_campaign(field) or names_a_stage(field):
            assert field[-1:] in _CAMPAIGN_LAST, field

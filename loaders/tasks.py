"""From what each layout found to records: drafts → measures under the document's conventions.

Every layout (workplans with a table of contents, numbered task lists, task tables,
prose) hands over ``Section``s of ``Draft``s: a task's text, the line its units are
written on, and its ``Assignment`` (units with roles, a deadline field). ``finalize``
then applies, in document order, what the document states once for all tasks — the
first-listed unit leads (``列第一位者为牵头单位``) and units carried into every later
task (``以下均需试点城市政府落实``) — and the deadline rules, and builds the Document.

>>> from reformgraph.loaders.assign import read_parenthetical
>>> d = Draft("到2025年底，建成平台。", 7, read_parenthetical("牵头单位：区大数据局；配合单位：区财政局"))
>>> doc = document_from_sections([Section("重点任务", 5, (d,))], path="p.md", key="p", sha256="", title="要点")
>>> m = doc.workplans[0].measures[0]
>>> [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date, m.line
(['区大数据局'], ['区财政局'], '2025-12', 7)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from sys import maxsize
from typing import NamedTuple, Protocol

from reformgraph.loaders.citations import TITLE, classify_title
from reformgraph.loaders.column_names import COLUMN_NAMES
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.date_words import festival_named, latest, unfixed_festival
from reformgraph.loaders.deadlines import parse_deadline, plan_year_of, usual_field
from reformgraph.loaders.people import task_contacts
from reformgraph.loaders.plan_periods import (
    CampaignPeriod,
    during_the_campaign,
    event_in_words,
    names_a_stage,
    stage_named,
)
from reformgraph.loaders.roles import ASSISTS_ALONE, Assignment, RoleUnit, replaced, resolve
from reformgraph.loaders.scan import compiled_on_use
from reformgraph.loaders.spaced_names import (
    COLLECTIVE_ENDS,
    NAME_ENDS,
    SpacedNames,
    may_hold_two,
    spaced_collectives,
)
from reformgraph.loaders.text_deadlines import holiday_in_the_work, text_deadline, title_festival
from reformgraph.loaders.unit_names import POST_LAST_CHARACTERS, name_run, names_a_post
from reformgraph.loaders.vocab import DECIMAL_NUMBER, DECORATIONS, DITTO_WRITTEN, OVER_A_DATE, TITLE_ENDS
from reformgraph.records import (
    Citation,
    Contact,
    Deadline,
    Document,
    Measure,
    ParseWarning,
    Reform,
    ResponsibleUnit,
    UnitMention,
    Workplan,
    positional_makers,
    quoted,
    rows_record_maker,
)
from reformgraph.regexcache import compiled

# Thousands of records per document: made with every field in order (``positional_makers``), not
# through the frozen constructor's per-field ``object.__setattr__``.
_mention, _measure, _workplan = positional_makers(UnitMention, Measure, Workplan)


class Draft(NamedTuple):
    """A task as a layout found it, before the document's conventions are applied.

    ``text`` is the task's own text (compact); ``line`` the line its units are written on
    (its own text's first line when a merged cell or a convention supplies them);
    ``assignment`` holds units whose ``pos`` is their line number, or their offset in
    ``source`` (counted from ``base``), mapped to lines when the measure is made.
    A layout may hand its drafts as plain tuples of these nine fields in order (the workplans' 633 of the
    bundled plan: ``finalize`` unpacks an exact tuple at a third of a named tuple's cost); ``Draft(*d)`` names them.
    """

    text: str
    line: int
    assignment: Assignment
    deadline_from_text: bool = True  # False: the layout reads deadlines from fields only
    source: CompactText | None = None  # when given, units' ``pos`` are offsets into it (plus ``base``), not lines
    base: int = 0
    detail: str = ""  # more of the task's own words read for its deadline (a table row's 主要内容 cell)
    # False: no deadline stated once for a group above (a row of a table flattened one cell per line whose 完成时限
    # cell is empty: the lines above are other rows' cells, round 41)
    grouped: bool = True
    # True: every unit is written on ``line`` (the layout saw the whole bracket holding them on it: the workplans'),
    # so ``finalize`` looks for no unit's line; False: looked for (``one_line``)
    own_line: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    """A workplan as a layout found it: a heading (or table section) and its drafts."""

    title: str
    line_start: int
    drafts: tuple[Draft, ...]  # or plain tuples of a Draft's nine fields (``Draft``)
    line_end: int | None = None
    number: str | None = None  # numbers from a table of contents; None: numbered in document order
    reform_number: str | None = None
    variant: str | None = None
    scope: str | None = None
    responsible: tuple[ResponsibleUnit, ...] = ()
    contacts: tuple[Contact, ...] = ()
    citations: tuple[Citation, ...] | None = None  # None: the cited titles of its tasks' texts
    districts: tuple[str, ...] = ()
    keep_empty: bool = False  # a workplan of the table of contents stays even without measures

    def __iter__(self):
        """Unpacks as the former ``(title, first line, tasks)`` triple of ``table_sections``."""
        return iter((self.title, self.line_start, self.drafts))


class GroupLookups(Protocol):
    """What a plan states once for the group of the task at a line (``group_statements.GroupStatements``)."""

    def deadline(self, line: int) -> Deadline | None: ...

    def people(self, line: int) -> tuple[tuple[str, str, int], ...]: ...


@dataclass(frozen=True)
class Conventions:
    """What the document states once for every later task, with where it is stated (line)."""

    first_listed_from: int | None = None  # line from which the first-listed unit leads
    carried: tuple[tuple[int, str], ...] = ()  # (line, unit) carried into every later task as a support
    plan_year: int | None = None
    document_date: str | None = None
    notes: tuple[str, ...] = field(default=())
    default_deadline: Deadline | None = None  # the deadline of every task that states none (说明：未注明完成时限的…)
    # the end of the campaign period the plan states once, for fields saying 攻坚期间 (round 40)
    campaign: CampaignPeriod | None = field(default=None, repr=False, compare=False)
    # what is stated once for the group of the task at a line: its deadline, its leaders (group_statements, rounds
    # 32 and 33), for the tasks of text layouts
    group: GroupLookups | None = field(default=None, repr=False, compare=False)
    # the short names the plan defines (市地方金融管理局（以下简称市金融局）): name → short name (round 34)
    short_forms: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # the one festival the plan's title names (关于做好2027年春节期间…的通知), a bare 节前3日's (round 66)
    festival: str | None = field(default=None, repr=False, compare=False)


def _field_deadline(field: str, conventions: Conventions) -> Deadline:
    """A deadline field read in the plan's year; ``攻坚期间`` as the campaign period the plan states (round 40).

    >>> _field_deadline("攻坚期间", Conventions(campaign=CampaignPeriod("自2024年5月至8月开展攻坚行动。")))
    Deadline(raw='攻坚期间', date='2024-08', status='scheduled')
    """
    usual = usual_field(field)  # 2022年6月, 长期坚持, 2022年5月取得阶段性成果: read at once
    if usual is not None and field[-1:] == "月":
        return usual  # 2022年6月, the usual field: no convention below reads a field ending with 月
    # a field naming the campaign's period ends with 期间 or 期间内, a stage's with 阶段: their last characters first
    if conventions.campaign is not None and field[-1:] in _CAMPAIGN_LAST:
        if during_the_campaign(field) and (end := conventions.campaign.end()):
            return Deadline(field, end.date, end.status)
        if names_a_stage(field):  # 集中攻坚阶段: that stage's end (round 40)
            if (end := conventions.campaign.stage_end(field, conventions.plan_year)) is not None:
                return Deadline(field, end.date, end.status)
    if conventions.campaign is not None and "阶段" in field and (stage := stage_named(field)) is not None:
        # 集中整治阶段结束前, 在第一阶段内完成: that stage's end too (round 62)
        if (end := conventions.campaign.stage_end(stage, conventions.plan_year)) is not None:
            return Deadline(field, end.date, end.status)
    if (
        conventions.festival is not None
        and field[:1] in ("节", "假")
        and (named := festival_named(field, conventions.festival))
    ):
        # 节前3日 under a title naming its festival (关于做好2026年国庆节假日期间…的通知): counted from it (round 66);
        # 节后7日内, 节日期间, 节假日期间 so too (round 67)
        counted = parse_deadline(named, conventions.plan_year, conventions.document_date)
        if counted.date is not None:
            return Deadline(field, counted.date, counted.status)
    found = usual if usual is not None else parse_deadline(field, conventions.plan_year, conventions.document_date)
    if (
        conventions.campaign is not None
        and field[-1:] in _EVENT_LAST
        and (found.date is None and found.status is None or _year_alone(field, found))
    ):
        # 暗访前, 县级验收前, 那达慕期间: the event as the plan dates it elsewhere (round 63)
        if (end := conventions.campaign.event_end(field, conventions.plan_year)) is not None:
            return end
    return _holiday_eve(found, conventions)


_EVENT_LAST = (
    "前间成天日周期"  # the last characters of the fields ``CampaignPeriod.event_end`` takes (暗访前, 那达慕期间, …前完成;
    # 验收前10天, 春节前一周, 暗访前一个星期: round 65)
)


# the last two characters of a deadline before a holiday whose day moves (春节前, 元宵节前, 端午前, “三月三”前 …), the one
# look before ``CampaignPeriod.holiday_eve`` (round 65)
_MOVING_EVES = frozenset(("节前", "宵前", "午前", "秋前", "阳前", "”前"))


def _year_alone(field: str, found: Deadline) -> bool:
    """Whether ``found`` is the bare year of a field whose words after its year hold no digit (``2026年省级暗访前``
    read as 2026-12): an event the plan may date is looked for (round 65; before, the year's end).

    >>> _year_alone("2026年省级暗访前", Deadline("2026年省级暗访前", "2026-12", "scheduled"))
    True
    >>> _year_alone("2026年6月底前", Deadline("2026年6月底前", "2026-06", "scheduled"))
    False
    """
    return (
        field[4:5] == "年"
        and found.date is not None
        and found.date.endswith("-12")
        and found.date.startswith(field[:4])
        and not any(c.isdigit() for c in field[5:])
    )


_CAMPAIGN_LAST = "间内段"  # the last characters of the fields ``during_the_campaign`` and ``names_a_stage`` take


def finalize(
    sections: Sequence[Section],
    conventions: Conventions,
    warnings: list[ParseWarning] | None = None,
    lines_written: Sequence[str] = (),
    gap_ends: frozenset[str] | None = None,
    full: Callable[[int], bool] | None = None,
) -> list[tuple[Section, list[Measure], list[Contact]]]:
    """Measures of every section and the people its tasks name: roles under the conventions, deadlines, in
    document order. ``lines_written``: the plan's lines as written, where spaces set unit names apart
    (``spaced_names``); ``gap_ends``: their ``Source.gap_ends``, when known (``SpacedNames``' ``ends``); ``full``:
    whether a 0-based line of them fills a hard-wrapped text's line (``SpacedNames``' ``full``).

    A task that names supporting units only is left out, with a warning in ``warnings``.
    Roles are resolved once per assignment and conventions in force, and each deadline text
    is read once (records are immutable, so equal deadlines share one ``Deadline``).
    """
    out = []
    first_from, carried_all = conventions.first_listed_from, conventions.carried
    uniform = first_from is None and not carried_all  # the same conventions for every task
    roles: dict = {}  # assignment (and the conventions in force) → (leads, supports, lowest, highest)
    shared: dict = {}  # the same for assignments with equal units (parentheticals that differ in their deadline)
    whole: dict = {}  # units → whether no name of them is names a space sets apart (``_kept_whole``)
    # under uniform conventions, the same by the id of the units (not 同上): a task's roles hang on its units alone,
    # and the assignments of parentheticals that differ in their deadline share theirs, so most tasks need one look-up
    known: dict[int, tuple[list[RoleUnit], list[RoleUnit], int, int]] = {}
    fields: dict[str, Deadline] = {}  # deadline field → Deadline
    texts: dict[tuple[bool, str], Deadline] = {}
    last = starts = ends = numbers = count = first_number = None  # the CompactText of the last task and its line starts
    spaced = SpacedNames(lines_written, gap_ends, full) if lines_written else None  # unit names a space sets apart
    plain = PlainNames(spaced_collectives(gap_ends))  # the names no rewrite of ``_resolved`` touches
    forms = conventions.short_forms
    plan_conventions, plan_caches = conventions, (fields, texts)
    of_year: dict[int, tuple[Conventions, tuple[dict, dict]]] = {}  # a section's own year → its conventions, caches
    before = None  # the last task (a 同上 task: with the units it says again): what 同上 says again
    last_units = last_resolved = None  # the units of the last task kept by id, and their roles: most tasks' again
    for section in sections:
        title = section.title
        dated = title is not None and "年" in title  # else neither a year's nor a period's title (their first test)
        year = section_year(title) if dated else None
        if year is None or year == plan_conventions.plan_year:
            conventions, (fields, texts) = plan_conventions, plan_caches
        else:  # a sheet or table of another year (江临市2025年重点任务分工表): 6月底前 is in that year (round 31)
            if year not in of_year:
                of_year[year] = (replace(plan_conventions, plan_year=year), ({}, {}))
            conventions, (fields, texts) = of_year[year]
        if dated and conventions.default_deadline is None and (period := section_period(title)) is not None:
            # a sheet or table of one quarter's or month's tasks (某区2026年第一季度重点工作任务清单): its end (round 37)
            conventions = replace(conventions, default_deadline=period)
        group = conventions.group
        measures: list[Measure] = []
        contacts: list[Contact] = []
        seq = 0  # the measures' count so far
        for draft in section.drafts:
            # a ``Draft``, or its fields as a plain tuple (the workplans': unpacked at a third of a named tuple's cost)
            text, line, a, from_text, source, base, detail, grouped, own_line = draft
            units = a[0]  # an ``Assignment``'s fields by index (the index hands them as a plain tuple)
            if units is last_units:  # the last task's units (329 of the bundled plan's 633 tasks): no look-up
                resolved = last_resolved
                before = draft
            elif (resolved := known.get(id(units))) is None:
                said_again = None  # a 同上 task: itself with the units of the task before
                ditto = len(units) == 1 and units[0][0] in DITTO_WRITTEN
                if ditto and before is not None:  # （责任单位：同上）: the units of the task before (round 38)
                    _, _, said, _, source, base, *_ = before
                    own_line = False  # the units of the task before: on its lines
                    a = replaced(said, deadline=a[1] or said[1])
                    said_again = (text, line, a, from_text, source, base, detail, grouped)
                if uniform:
                    # the usual list of plain names, in one loop; and of names a space may set apart (``held``) when
                    # none is on the line of the first equal units (``_kept_whole``), which ``_resolved`` then
                    # resolves as plain ones
                    held: list[tuple[str, int]] = []
                    resolved = _usual_roles(a[0], plain, held)
                    if held and resolved is not None and not _kept_whole(a, source, base, spaced, whole, held):
                        resolved = None
                    if resolved is None and plain.all_plain(a[0]):  # ``_resolved``'s first path: no rewrite
                        leads, supports = resolve(a)
                        resolved = _placed(leads, supports)
                    elif resolved is None:  # names a space may set apart: equal units as the first of them
                        resolved = _resolved_once(a, shared, False, (), (source, base, spaced), plain)
                    if not ditto:
                        known[id(a[0])] = resolved
                        last_units, last_resolved = a[0], resolved
                else:
                    # the line the units are written on counts too: a group's list under its items that states the
                    # convention (…责任单位：A、B（列第一位的为牵头单位，下同）) is under it itself (round 42)
                    first_listed = first_from is not None and (
                        line >= first_from or _units_line(a, source, base) >= first_from
                    )
                    # a carried unit from the task whose list states it on (…牵头，以下任务均需A落实，不再列出）: round 44)
                    carried = _carried(carried_all, line, a, source, base) if carried_all else ()
                    key = (id(a), first_listed, carried)
                    resolved = roles.get(key)
                    if resolved is None:
                        resolved = roles[key] = _resolved_once(
                            a, shared, first_listed, carried, (source, base, spaced), plain
                        )
                before = said_again or draft
            else:  # units known by their id: no 同上 task (a units tuple saying 同上 is never kept by id)
                before = draft
                last_units, last_resolved = units, resolved
            leads, supports, lowest, highest = resolved
            if not leads and not (supports and ASSISTS_ALONE in a[6]):
                if warnings is not None:
                    warnings.append(
                        ParseWarning(
                            line,
                            f"task names no lead unit: {quoted(text, 30)}",
                            "task_no_lead",
                            (("excerpt", quoted(text, 30)),),
                        )
                    )
                continue
            field = a[1]
            if field:
                deadline = fields.get(field)
                if deadline is None:
                    deadline = fields[field] = _field_deadline(field, conventions)
                if from_text and deadline.date and "阶段" in text[:_STAGE_REACH]:
                    deadline = _after_its_stage(text, deadline, conventions)
            else:
                deadline = _text_deadline(text, detail, from_text, conventions, texts)
                if deadline.raw is None and group is not None and from_text and grouped:
                    deadline = group.deadline(line) or deadline
                if deadline.raw is None and conventions.default_deadline is not None:
                    deadline = conventions.default_deadline
                if deadline.raw is None and from_text and "期间" in text:
                    # 做好春节期间安全生产工作: the holiday the work names, when nothing else dates it (round 57 left21)
                    deadline = holiday_in_the_work(text, conventions.plan_year, conventions.document_date) or deadline
                if deadline.raw is None and from_text and conventions.campaign is not None:
                    # …配合，暗访前完成整改: an event the plan dates elsewhere, in the task's words (round 64)
                    deadline = _event_in_the_words(text, detail, conventions) or deadline
            seq += 1
            if source is None:  # a table's row: each unit's pos is its line
                measure = _measure(
                    seq,
                    text,
                    tuple([_mention(n, p, w, i) for n, _, p, w, i in leads]),
                    tuple([_mention(n, p, w, i) for n, _, p, w, i in supports]),
                    deadline,
                    line,
                )
            else:
                if own_line:  # the layout saw every unit on the task's line (the workplans' 633 tasks): no search
                    on = line
                else:
                    if source is not last:  # one_line, inline (a call per task costs more than its search)
                        last, starts, numbers = source, source.starts, source.lines
                        count = len(starts)
                        first_number = numbers[0] if numbers else 0
                        ends = (*starts[1:], maxsize)  # where each line ends (the last: past every offset)
                    if numbers:
                        at = line - first_number  # the task's own line, where most tasks' units are: no search
                        if (
                            0 <= at < count
                            and numbers[at] == line
                            and starts[at] <= lowest + base
                            and highest + base < ends[at]
                        ):
                            on = line
                        else:
                            k = bisect_right(starts, lowest + base) or 1
                            on = None if k < count and starts[k] <= highest + base else numbers[k - 1]
                    else:
                        on = 0
                if on is not None:  # the usual case: every unit on one line; the records made in one frame
                    measure = _measure_on_line(seq, text, leads, supports, deadline, line, on)
                else:
                    measure = _measure(
                        seq,
                        text,
                        _mentions(leads, source, base),
                        _mentions(supports, source, base) if supports else (),
                        deadline,
                        line,
                    )
            if forms:
                measure = replace(
                    measure, leads=_defined(measure.leads, forms), supports=_defined(measure.supports, forms)
                )
            measures.append(measure)
            if a[7]:  # its people
                contacts += _task_contacts(a, leads, draft[4], draft[5], seq)  # the task's own source (not 同上's)
            elif group is not None and from_text and (stated := group.people(line)):
                contacts += task_contacts(stated, None, int, seq)  # the group's leaders: no unit's
        out.append((section, measures, contacts))
    return out


def _carried(
    carried_all: tuple[tuple[int, str], ...], line: int, a: Assignment, source: CompactText | None, base: int
) -> tuple[str, ...]:
    """The units carried into a task (``Conventions.carried``) from a line at or before its own or its units'."""
    return tuple(name for at, name in carried_all if line >= at or _units_line(a, source, base) >= at)


def _defined(mentions: tuple[UnitMention, ...], forms: dict[str, str]) -> tuple[UnitMention, ...]:
    """``mentions`` with each name the plan defines a short name for written with its definition, as where it is
    defined (``市地方金融管理局（以下简称市金融局）``): the graph names both forms one unit (``aliases.clean_name``).

    >>> [m.written for m in _defined((UnitMention("市地方金融管理局", 3), UnitMention("市财政局", 3)), {"市地方金融管理局": "市金融局"})]
    ['市地方金融管理局（以下简称市金融局）', None]
    """
    return tuple(
        replace(m, written=f"{m.raw}（以下简称{forms[m.raw]}）") if m.raw in forms and m.written is None else m
        for m in mentions
    )


def with_short_forms(doc: Document, forms: Mapping[str, str]) -> Document:
    """``doc`` with each task's unit whose name ``forms`` gives a short name for written with its definition, as a
    plan's own definitions are (``_defined``): the short forms defined outside the text the document was read from
    (a Word file's footnotes and endnotes, round 65); ``doc`` itself when ``forms`` is empty.

    >>> from reformgraph.loaders.parse import parse_document
    >>> doc = with_short_forms(parse_document("某市方案\\n\\n1.推进改革。（某市数据局牵头）"), {"某市数据局": "市数据局"})
    >>> doc.workplans[0].measures[0].leads[0].written
    '某市数据局（以下简称市数据局）'
    """
    if not forms:
        return doc
    plans = tuple(
        replace(
            plan,
            measures=tuple(
                replace(m, leads=_defined(m.leads, forms), supports=_defined(m.supports, forms)) for m in plan.measures
            ),
        )
        for plan in doc.workplans
    )
    return replace(doc, workplans=plans)


# the title of a sheet or table of one year's tasks: 2025年, 2025年度, 江临市2025年重点任务分工表 (not 到2025年，建成…)
_YEAR_TITLE = compiled_on_use(  # 2.9 ms to compile: on the first title holding 年
    r"(?:[一二三四五六七八九十]{1,3}、)?(?:[\u4e00-\u9fff]{0,12}?)(\d{4})年度?"
    r"(?:[\u4e00-\u9fff]{0,20}(?:表|任务|工作|安排|计划|事项|举措|" + "|".join(TITLE_ENDS) + "))?"
)  # round 33: a table or section titled 二、2026年重点任务 (a plan of two years, a table each)


def section_year(title: str | None) -> int | None:
    """The year of a section titled as one year's tasks (a workbook's sheet per year), else None.

    >>> section_year("2025年"), section_year("江临市2025年重点任务分工表"), section_year("到2025年，基本建成体系")
    (2025, 2025, None)
    >>> section_year("推进政务服务"), section_year(None), section_year("二、2026年重点任务"), section_year("2026年工作安排")
    (None, None, 2026, 2026)
    """
    if not title or "年" not in title:
        return None
    m = _YEAR_TITLE().fullmatch(title)
    return int(m.group(1)) if m else None


def section_period(title: str | None) -> Deadline | None:
    """The deadline of a section titled as one quarter's, half-year's or month's tasks of a year (a workbook's sheet per
    quarter), else None.

    >>> section_period("某区2026年第一季度重点工作任务清单").date, section_period("2026年3月份工作安排").date
    ('2026-03', '2026-03')
    >>> section_period("某区2026年重点工作任务清单"), section_period(None)
    (None, None)
    """
    if not title or "年" not in title:
        return None
    m = _PERIOD_TITLE.search(title)
    return parse_deadline(m.group(1)) if m is not None else None


_PERIOD_TITLE = compiled(
    r"(\d{4}年(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?))[\u4e00-\u9fff]{0,12}"
    r"(?:任务|工作|安排|计划|清单|台账|要点|事项)"
)


def _task_contacts(
    a: Assignment, leads: Sequence[RoleUnit], source: CompactText | None, base: int, seq: int
) -> list[Contact]:
    """``people.task_contacts`` of a task's person fields, their offsets (into ``source``, plus ``base``; no source:
    lines) mapped to lines as its units' are."""

    def line_of(pos: int) -> int:
        if source is None:
            return pos  # a table row's fields: ``pos`` is the line
        starts, lines = source.starts, source.lines
        return lines[max(0, bisect_right(starts, pos + base) - 1)] if lines else 0

    return task_contacts(a[7], leads[0][0] if len(leads) == 1 else None, line_of, seq)  # a unit or its row


_NO_DEADLINE = Deadline(None, None, None)


def _event_in_the_words(text: str, detail: str, conventions: Conventions) -> Deadline | None:
    """The deadline of an event a task's own words name before or during it (``…配合，暗访前完成整改``), as the plan
    dates the event elsewhere (``CampaignPeriod.event_end``); a festival of no fixed month the plan dates nowhere
    (``古尔邦节前完成``): its words, no date (round 63's rule for a field); else None (round 64). ``text``, ``detail``:
    the task's (``Draft``)."""
    text = f"{text}。{detail}" if detail else text
    if "前" not in text and "期间" not in text:
        return None
    words = event_in_words(text)
    if words is None or conventions.campaign is None:
        return None
    found = conventions.campaign.event_end(words, conventions.plan_year)
    if found is None and unfixed_festival(words):
        return Deadline(words, None, None)
    return found


# a stage's title opening a task's text, its period in brackets (验收阶段（2014年11月15日—11月30日）): round 64
_STAGE_TITLE = compiled(r"[^，,。；;（(]{1,20}阶段[（(][^（()）]{2,30}[）)]")
_STAGE_REACH = 24  # characters: where the 阶段 of a title opening a task stands at the latest


def _after_its_stage(text: str, deadline: Deadline, conventions: Conventions) -> Deadline:
    """``deadline``, read from the task's own sentence, after the dates of the stage whose title opens its text: both
    bound the work, joined in text order, due by the latest (held-out 20's stages, whose months a task's own date
    follows; round 64: before, a prose role's own date alone, the stage's dates lost when that sentence held one).

    >>> d = Deadline("2014年11月30日前", "2014-11-30", "scheduled")
    >>> _after_its_stage("验收阶段（2014年11月15日—11月30日）2014年11月30日前，由A组织验收。", d, Conventions(plan_year=2014))
    Deadline(raw='2014年11月15日—11月30日；2014年11月30日前', date='2014-11-30', status='scheduled')
    >>> _after_its_stage("验收阶段（共三项）2014年11月30日前，由A组织验收。", d, Conventions(plan_year=2014)) == d  # no date
    True
    """
    m = _STAGE_TITLE.match(text)
    if m is None:
        return deadline
    stage = text_deadline(m.group(), plan_year=conventions.plan_year, document_date=conventions.document_date)
    if stage.date is None or stage.raw is None or stage.raw in deadline.raw:
        return deadline
    return Deadline(f"{stage.raw}；{deadline.raw}", latest([stage.date, deadline.date]), "scheduled")


def _text_deadline(
    text: str, detail: str, from_text: bool, conventions: Conventions, seen: dict[tuple[bool, str], Deadline]
) -> Deadline:
    """The deadline a task without a deadline field states in its own words (when its layout reads them:
    ``from_text``). ``text``, ``detail``, ``from_text``: the task's (``Draft``)."""
    if not from_text:
        return _NO_DEADLINE
    text = f"{text}。{detail}" if detail else text
    found = seen.get((False, text))
    if found is None:
        found = seen[(False, text)] = _holiday_eve(
            text_deadline(
                text,
                plan_year=conventions.plan_year,
                document_date=conventions.document_date,
                festival=conventions.festival,
            ),
            conventions,
        )
    return found


def _holiday_eve(deadline: Deadline, conventions: Conventions) -> Deadline:
    """``deadline``, or, before a holiday whose day moves where the plan gives the day (``元宵节前`` beside
    ``至2026年3月3日（元宵节）``), that day's eve (``CampaignPeriod.holiday_eve``, round 65)."""
    if deadline.raw is None or deadline.raw[-2:] not in _MOVING_EVES or conventions.campaign is None:
        return deadline
    return conventions.campaign.holiday_eve(deadline, conventions.plan_year) or deadline


def document_from_sections(
    sections: Sequence[Section],
    *,
    path: str,
    key: str | None,
    sha256: str,
    title: str,
    warnings: Sequence[ParseWarning] = (),
    conventions: Conventions | None = None,
    issuer: str | None = None,
    doc_number: str | None = None,
    date: str | None = None,
    reforms: Sequence[Reform] | None = None,
    lines_written: Sequence[str] = (),
    gap_ends: frozenset[str] | None = None,
    full: Callable[[int], bool] | None = None,
) -> Document:
    """Build a Document: one workplan per section (numbered in order unless the section has a number).
    ``lines_written``: the plan's lines as written, ``gap_ends`` their ``Source.gap_ends``, ``full`` which of
    them fill a hard-wrapped text's line (``finalize``)."""
    conventions = conventions or Conventions(
        plan_year=plan_year_of(title, date), document_date=date, festival=title_festival(title)
    )
    warnings = list(warnings)
    workplans = []
    for section, measures, task_people in finalize(sections, conventions, warnings, lines_written, gap_ends, full):
        if not measures and not section.keep_empty:
            continue
        number = section.number or str(len(workplans) + 1)
        citations = (
            section.citations
            if section.citations is not None
            else tuple(
                Citation(m.group(0), classify_title(m.group(0)), ms.line)
                for ms in measures
                for m in TITLE.finditer(ms.text)
            )
        )
        workplans.append(
            _workplan(  # number, reform_number, title, variant, scope, line_start, line_end, measures, …
                number,
                section.reform_number or number,
                section.title,
                section.variant,
                section.scope,
                section.line_start,
                section.line_end
                if section.line_end is not None
                else max([m.line for m in measures] + [section.line_start]),
                tuple(measures),
                section.responsible,
                (*section.contacts, *task_people) if task_people else section.contacts,
                citations,
                section.districts,
            )
        )
    return Document(
        key=key or "document",
        path=path,
        sha256=sha256,
        title=title,
        issuer=issuer,
        doc_number=doc_number,
        date=date,
        reforms=tuple(reforms) if reforms is not None else tuple(Reform(w.number, w.title) for w in workplans),
        workplans=tuple(workplans),
        warnings=tuple(sorted(warnings, key=lambda w: w.line)),
    )


def _resolved(
    assignment: Assignment,
    first_listed: bool = False,
    carried: tuple[str, ...] = (),
    place: tuple | None = None,
    plain: PlainNames | None = None,
) -> tuple[list[RoleUnit], list[RoleUnit], int, int]:
    """``resolve``, and the lowest and highest ``pos`` of the units it keeps (0, 0 when it keeps none); first, the
    unit names a space sets apart on their line made names of their own. ``place``: the assignment's source and
    base, and the plan's ``SpacedNames`` (None: no lines as written). ``plain``: the names known to need none of the
    rewrites (``PlainNames``): an assignment of such names only, and such carried units, is resolved as it stands."""
    if plain is not None and plain.all_plain(assignment[0]) and (not carried or plain.all_plain_names(carried)):
        leads, supports = resolve(assignment, first_listed=first_listed, carried=carried)
    else:
        if place is not None and place[2] is not None:
            source, base, spaced = place
            assignment = spaced.apart(assignment, source, base)
        leads, supports = resolve(assignment, first_listed=first_listed, carried=carried)
        leads, supports = _bodies(leads), _bodies(supports) if supports else supports
        if leads and (_may_run(leads) or (supports and _may_run(supports))):
            leads, supports = _names_apart(leads), _names_apart(supports)
    return _placed(leads, supports)


def _placed(leads: list[RoleUnit], supports: list[RoleUnit]) -> tuple[list[RoleUnit], list[RoleUnit], int, int]:
    """The leads and supports ``resolve`` keeps, and the lowest and highest ``pos`` among them (0, 0 with no lead).

    >>> _placed([RoleUnit("甲局", "lead", 9)], [RoleUnit("乙局", "support", 4)])[2:]
    (4, 9)
    """
    if not leads:
        if not supports:
            return leads, supports, 0, 0
        # a task whose bodies only assist (``roles.ASSISTS_ALONE``), or none kept: where its supports are
        places = sorted(map(_POS, supports))
        return leads, supports, places[0], places[-1]
    places = sorted(map(_POS, leads + supports if supports else leads))  # both ends from one C call, no frame
    return leads, supports, places[0], places[-1]


_POS = itemgetter(2)  # a unit's pos and name, named or plain
_NAME = itemgetter(0)


def _is_post(name: str) -> bool:
    """``unit_names.names_a_post``, its last character tested first (most names end with none of a post's)."""
    return name[-1:] in POST_LAST_CHARACTERS and names_a_post(name)


def _may_be_run(name: str) -> bool:
    """Whether ``name`` may be a run of names (``unit_names.name_run``): longer than six characters, its first
    character again three or more on."""
    return len(name) > 6 and name.find(name[0], 3) != -1


def _is_plain(name: str) -> bool:
    """Whether ``_resolved`` leaves a unit of this name as it is: no place a space could set two names apart in it
    (``spaced_names.may_hold_two``), no post (``_is_post``), no run of names (``_may_be_run``).

    >>> _is_plain("市财政局"), _is_plain("各班主任"), _is_plain("市发展改革委市财政局"), _is_plain("镇派出所各村（社区）")
    (True, False, False, False)
    """
    if len(name) < 7:  # too short to be two names (``may_hold_two``: but 各镇各村) or a run of names (``_may_be_run``)
        return not (_is_post(name) or (name[:1] == "各" and may_hold_two(name)))
    return not (may_hold_two(name) or _is_post(name) or _may_be_run(name))


# a name of seven characters or more that ``may_hold_two`` (a character a name ends with, two characters in at least
# and two before its end) or ``_may_be_run`` (its first character again three or more on) tells apart: the two of
# ``_is_plain``'s three tests that read a long name, in one match (``PlainNames.learn``)
_MAY_BE_TWO = compiled(
    r"(?s)(?=.{7})(?:.{2}.*?[" + NAME_ENDS + r"]..|(.).{2}.*?\1"
    r"|(?:.+?(?:各|有关|相关)|有关|相关|各.).*?[" + COLLECTIVE_ENDS + r"].."  # (two characters in at least)
    r"|.+?[" + COLLECTIVE_ENDS + r"]各.)"  # round 78: or before the first 各 after one (县直单位 / 各嘎查村)
)  # round 77: or a collective's last character after 各, 有关 or 相关 (``spaced_names._collective_cuts``)
# the same without the collective's (a plan that writes no collective before whitespace:
# ``spaced_names.spaced_collectives``)
_MAY_BE_TWO_NO_COLLECTIVE = compiled(r"(?s)(?=.{7})(?:.{2}.*?[" + NAME_ENDS + r"]..|(.).{2}.*?\1)")


class PlainNames:
    """The unit names of one ``finalize`` call found plain (``_is_plain``), each name tested once: an assignment
    whose names are all plain is then tested by one set look-up in C, and ``_resolved``'s rewrites are not run for
    it (165 of the bundled plan's 196 assignments).

    >>> names = PlainNames()
    >>> names.all_plain((RoleUnit("市财政局", "lead", 0),)), names.all_plain((RoleUnit("各班主任", "lead", 0),))
    (True, False)
    """

    __slots__ = ("plain", "other", "spaced", "may_be_two", "short_two")

    def __init__(self, collectives: bool = True) -> None:
        # ``collectives``: whether the plan may set a collective apart from the next name by a space (round 77)
        self.may_be_two = _MAY_BE_TWO if collectives else _MAY_BE_TWO_NO_COLLECTIVE
        self.short_two = may_hold_two if collectives else None  # 各镇 各村: two short collectives (round 78)
        self.plain: set[str] = set()
        self.other: set[str] = set()
        self.spaced: set[str] = set()  # of ``other``, those that are not plain only as two names may be in them

    def all_plain(self, units: Sequence[RoleUnit]) -> bool:
        """Whether every unit's name is plain."""
        return self.plain.issuperset(map(_NAME, units)) or self.all_plain_names(list(map(_NAME, units)))

    def all_plain_names(self, names: Sequence[str]) -> bool:
        """Whether every name is plain (those not seen yet tested now)."""
        plain, other = self.plain, self.other
        for name in names:
            if name not in plain and name not in other:
                self.learn(name)
        return plain.issuperset(names)

    def learn(self, name: str) -> bool:
        """Whether ``name``, not seen yet, is plain (``_is_plain``): kept in ``plain``, else in ``other`` (and in
        ``spaced`` when only two names may be in it).

        >>> names = PlainNames()
        >>> names.learn("市财政局"), names.learn("市政府口岸物流办"), sorted(names.spaced)
        (True, False, ['市政府口岸物流办'])
        """
        # ``_is_plain``, in one frame: a long name's two tests by one match (121 names a parse of the bundled plan)
        if len(name) < 7:
            plain = name[:1] != "各" or self.short_two is None or not self.short_two(name)
        else:
            plain = self.may_be_two.match(name) is None
        if plain and not _is_post(name):
            self.plain.add(name)
            return True
        self.other.add(name)
        if not (_is_post(name) or _may_be_run(name)):  # so ``may_hold_two``: ``SpacedNames.apart``'s
            self.spaced.add(name)
        return False


def _usual_roles(
    units: Sequence[RoleUnit], plain: PlainNames, held: list[tuple[str, int]] | None = None
) -> tuple[list[tuple], list[tuple], int, int] | None:
    """``resolve`` and ``_placed`` of ``units`` under no convention, in one loop, when every name is plain
    (``PlainNames``), some unit leads and no name is written twice: the units marked lead lead and the others support,
    each in its order, as ``resolve``'s rule in full (``_resolve_written``) gives them then (the usual list
    ``牵头单位：A；配合单位：B、C``, and ``牵头单位：A、B`` with two leads: 206 of the bundled plan's 212 lists); None
    for any other units. Each unit kept is given as a plain tuple of its fields (unpacked faster than the named tuple,
    once a mention). With ``held``, a name that is not plain only as two names may be in it (``PlainNames.spaced``)
    is taken as a plain one and put in ``held`` with its ``pos``: the caller then knows whether a space sets any
    apart (``_kept_whole``; else these are its roles).

    >>> _usual_roles((RoleUnit("甲局", "lead", 5), RoleUnit("乙局", "support", 2)), PlainNames())
    ([('甲局', 'lead', 5, None, False)], [('乙局', 'support', 2, None, False)], 2, 5)
    >>> _usual_roles((RoleUnit("甲局", "lead", 5), RoleUnit("甲局", "support", 9)), PlainNames())  # written twice
    >>> _usual_roles((RoleUnit("甲局", "support", 5), RoleUnit("乙局", "lead", 9)), PlainNames())[:2]
    ([('乙局', 'lead', 9, None, False)], [('甲局', 'support', 5, None, False)])
    >>> held = []
    >>> _usual_roles((RoleUnit("市政府口岸物流办", "lead", 5),), PlainNames(), held)[0], held
    ([('市政府口岸物流办', 'lead', 5, None, False)], [('市政府口岸物流办', 5)])
    """
    if not units:
        return None
    if type(units[0]) is not tuple:  # named tuples (``RoleUnit``): each as a plain tuple, once for the list
        units = [unit[:] for unit in units]  # (the index's are plain already: 199 of the bundled plan's 206 lists)
    names, other = plain.plain, plain.other
    leads: list[tuple] = []
    supports: list[tuple] = []
    seen: set[str] = set()
    lowest = highest = units[0][2]
    for unit in units:
        name, role, pos, _, _ = unit
        if name not in names and (name in other or not plain.learn(name)):
            if held is None or name not in plain.spaced:
                return None
            held.append((name, pos))
        seen.add(name)
        if role == "lead":
            leads.append(unit)
        else:
            supports.append(unit)
        if pos > highest:  # first: the lists are written in offset order (all 206 of the bundled plan's)
            highest = pos
        elif pos < lowest:
            lowest = pos
    # a name written again (fewer names than units): the rule in full
    return (leads, supports, lowest, highest) if leads and len(seen) == len(units) else None


def _kept_whole(
    a: Assignment,
    source: CompactText | None,
    base: int,
    spaced: SpacedNames | None,
    seen: dict,
    held: Sequence[tuple[str, int]] = (),
) -> bool:
    """Whether no unit name of ``a`` is names a space sets apart on its line (``SpacedNames.apart`` keeps ``a``;
    no lines as written: none is), once for equal units: the first of them on its line, as ``_resolved_once``
    looks. Then ``_resolved`` resolves them as plain names (none of them a post or a run: ``PlainNames.spaced``).
    ``held``: the (name, pos) of the units that may be two names (``_usual_roles``'), when the others are plain (no
    place to be two: ``apart`` keeps them as they are): only these are looked for on their lines
    (``SpacedNames.kept_whole``).

    >>> a = Assignment(units=(RoleUnit("镇派出所各村（社区）", "lead", 1),))  # a table row's: its pos its line
    >>> _kept_whole(a, None, 0, SpacedNames(["镇派出所 各村（社区）"]), {}), _kept_whole(a, None, 0, None, {})
    (False, True)
    >>> _kept_whole(a, None, 0, SpacedNames(["镇派出所 各村（社区）"]), {}, [("镇派出所各村（社区）", 1)])
    False
    """
    kept = seen.get(a[0])
    if kept is None:
        if spaced is None:
            kept = True
        elif held:
            kept = spaced.kept_whole(held, source, base)
        else:
            kept = spaced.apart(a, source, base) is a
        seen[a[0]] = kept
    return kept


def _bodies(units: list[RoleUnit]) -> list[RoleUnit]:
    """``units`` without the posts among them (``unit_names.names_a_post``): people, not bodies, so a task whose only
    lead is a post (``各网格员要每日巡查…``) names no lead (round 42). A loop: this runs for every assignment.

    >>> [u.name for u in _bodies([RoleUnit("团委", "lead", 0), RoleUnit("各班主任", "lead", 3)])]
    ['团委']
    """
    for u in units:
        if _is_post(u[0]):
            return [u for u in units if not names_a_post(u[0])]
    return units


def _may_run(units: list[RoleUnit]) -> bool:
    """Whether a name among ``units`` may be a run of names (``_may_be_run``)."""
    return any(map(_may_be_run, map(_NAME, units)))


def _names_apart(units: list[RoleUnit]) -> list[RoleUnit]:
    """Each run of unit names written together (``市发展改革委市财政局``: the spaces between them lost) as its
    names (``unit_names.name_run``), each with the run's role and its own offset.

    >>> [(u.name, u.pos) for u in _names_apart([RoleUnit("区财政局区税务局", "lead", 10)])]
    [('区财政局', 10), ('区税务局', 14)]
    """
    out: list[RoleUnit] = []
    for u in units:
        name, role, pos, _, implied = u
        cuts = name_run(name) if len(name) > 6 else [0]
        if len(cuts) == 1:
            out.append(u)
            continue
        for a, b in zip(cuts, [*cuts[1:], len(name)]):
            out.append(RoleUnit(name[a:b], role, pos + a, None, implied))
    return out


def _resolved_once(
    assignment: Assignment,
    seen: dict,
    first_listed: bool = False,
    carried: tuple[str, ...] = (),
    place: tuple | None = None,
    plain: PlainNames | None = None,
):
    """``_resolved`` under the conventions given, once for every assignment with the same units.

    ``resolve`` reads only the units (and, for carried units, the anchor): equal units resolve alike (and names
    a space sets apart are looked for on the first one's line).
    """
    key = (assignment[0], first_listed, carried, assignment[3] if carried else 0)
    resolved = seen.get(key)
    if resolved is None:
        resolved = seen[key] = _resolved(assignment, first_listed, carried, place, plain)
    return resolved


def _units_line(assignment: Assignment | None, source: CompactText | None, base: int) -> int:
    """The line an assignment's first unit is written on (0 when it names none or its source has no lines). A draft
    with no source is a table's row, whose units hold their row's line as their position (``tables``).

    >>> _units_line(Assignment(units=(RoleUnit("甲局", None, 5),)), None, 0)
    5
    >>> _units_line(Assignment(units=(RoleUnit("甲局", None, 6),)), CompactText.from_compacts(["1.推进。", "甲局"]), 0)
    2
    """
    if assignment is None or not assignment[0]:
        return 0
    at = assignment[0][0][2]  # its first unit's pos
    if source is None:
        return at
    lines = source.lines
    return lines[max(0, bisect_right(source.starts, at + base) - 1)] if lines else 0


def one_line(source: CompactText, lowest: int, highest: int) -> int | None:
    """The line of every offset in ``[lowest, highest]`` of ``source`` when they are all on one line, else None.

    >>> text = CompactText.from_compacts(["甲乙", "丙丁"], first_line=5)
    >>> one_line(text, 0, 1), one_line(text, 1, 2), one_line(text, 2, 3)
    (5, None, 6)
    """
    starts, lines = source.starts, source.lines
    if not lines:
        return 0
    k = bisect_right(starts, lowest) or 1  # the line after the one holding ``lowest`` (before the first: the first)
    return None if k < len(starts) and starts[k] <= highest else lines[k - 1]


# a task's measure and its units (``RoleUnit``s, resolved) as records on one line, made in one frame: ``(seq, text,
# leads, supports, deadline, line, the units' line)`` (a maker's call a unit cost a sixth more, and a call for the
# leads, the supports and the measure each ~160 instructions a task more)
_measure_on_line = rows_record_maker(
    Measure, ("leads", "supports"), UnitMention, "line", ("raw", None, None, "written", "implied")
)


def _mentions(units: Sequence[RoleUnit], source: CompactText, base: int) -> tuple[UnitMention, ...]:
    """The units as records, their ``pos`` (an offset into ``source``, plus ``base``) mapped to its line."""
    starts, lines = source.starts, source.lines
    if not lines:
        return tuple([_mention(n, 0, w, i) for n, _, _, w, i in units])
    return tuple([_mention(n, lines[max(0, bisect_right(starts, p + base) - 1)], w, i) for n, _, p, w, i in units])


# round 81 heldout28: an item numbered N、 whose words open with a sum of money (2、5万(含5万)至30万…的项目, held-out
# 109 lines 90-92; a 、 stands in no decimal, and 2、5 before 万 is no list of numbers a task opens with)
# round 72 heldout17: an item whose name opens with a number of three digits (11.121人才梯队项目, held-out 75: the
# 121 talents' project), not an amount's decimals (2.125万元, 1.250亿): the item's number 11. is its enumerator
_NAMED_BY_NUMBER = r"(?=\d{3}(?![\d万亿千百元吨米亩户家个件台项名次辆套座株条所克升倍度%％])[\u4e00-\u9fff])"
_NUMBERS = (
    DECIMAL_NUMBER
    + r"|\d{1,3}[.．、](?:(?!\d)|"
    + OVER_A_DATE
    + "|"
    + _NAMED_BY_NUMBER
    + r")|\d{1,3}、(?=\d{1,4}[万亿])|\d{1,2}[)）](?=[\u4e00-\u9fff])|[（(][一二三四五六七八九十百\d]{1,4}[)）]"
    r"|[一二三四五六七八九十百]{1,4}、|[①-⑳]"
    r"|第[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]{1,4}条(?=.)|其[一二三四五六七八九十]{1,2}[，,、]"
)
# a bullet, and the number after it (✅ 1.建设…, ● 2.推进…: a 公众号 post's, round 37)
_ENUMERATOR = compiled(
    r"^(?:[" + DECORATIONS + r"]+(?:" + _NUMBERS + r")?|" + _NUMBERS + r"|——(?!—))"
)  # a bullet too (▲ 推进…: a plan copied from a web page or a 公众号 post, round 34); an article's number
# (第十二条 完善…: a 若干措施's, round 36); a dash opening a paragraph as its bullet (——清理退出…, a 举措 under its
# heading: round 59)


# a task's own label before its words: 整改措施：1.…, 任务名称：… (the column names of a task table, as labels)
# and a task's name with its number in Chinese numerals (任务一：…, 事项二：…, 第三项：…: round 45, as a block of label
# lines opens with it, ``assignments._ITEM_NAMED``); a 整改方案's problem with its number (问题1：…, 问题二：…: round 47)
_TASK_LABEL = compiled_on_use(
    "(?:"
    + "|".join(sorted({*COLUMN_NAMES["task"], "任务名称", "整改任务"}, key=len, reverse=True))
    + "|(?:任务|事项|措施|举措|项目|目标)[一二三四五六七八九十]{1,3}|问题(?:[一二三四五六七八九十]{1,3}|\\d{1,3})"
    + "|第[一二三四五六七八九十]{1,3}项)[：:]"
)


def without_task_label(text: str) -> str:
    """A task's text without the label naming it a task (round 35), and the enumerator after that label.

    >>> without_task_label("整改措施：1.开展收费专项清理；2.建立目录清单"), without_task_label("任务名称：打通断头路3条")
    ('开展收费专项清理；2.建立目录清单', '打通断头路3条')
    >>> without_task_label("批示件：省统计局《一季度经济运行分析》")  # round 43
    '省统计局《一季度经济运行分析》'
    >>> without_task_label("措施有力，成效明显"), without_task_label("工作任务：")
    ('措施有力，成效明显', '工作任务：')
    >>> without_task_label("任务一：摸清改造需求底数"), without_task_label("第二项：建立台账")  # round 45
    ('摸清改造需求底数', '建立台账')
    >>> without_task_label("问题1：部分矿山生态修复滞后"), without_task_label("问题：审批慢")  # round 47
    ('部分矿山生态修复滞后', '问题：审批慢')
    """
    if "：" not in text[:8] and ":" not in text[:8]:
        return text
    m = _TASK_LABEL().match(text)
    return strip_enumerator(text[m.end() :]) if m is not None and m.end() < len(text) else text


def strip_enumerator(text: str) -> str:
    """The text without its leading enumerator (``1.`` ``（一）`` ``一、`` ``①``) and punctuation.

    >>> strip_enumerator("（十二）落实地方政府主体责任。"), strip_enumerator("3.推广。")
    ('落实地方政府主体责任。', '推广。')
    >>> strip_enumerator("2.11月30日前，完成。"), strip_enumerator("2.5万户。"), strip_enumerator("▲推进改革。")
    ('11月30日前，完成。', '2.5万户。', '推进改革。')
    >>> strip_enumerator("11.121人才梯队项目。"), strip_enumerator("2.125万元。"), strip_enumerator("1.250亿")  # round 72
    ('121人才梯队项目。', '2.125万元。', '1.250亿')
    >>> strip_enumerator("2、5万(含5万)至30万的项目"), strip_enumerator("2、3号线延伸段")  # round 81
    ('5万(含5万)至30万的项目', '2、3号线延伸段')
    >>> strip_enumerator("第十二条完善沟通机制。"), strip_enumerator("第一条")
    ('完善沟通机制。', '第一条')
    >>> strip_enumerator("——压减管理层级。"), strip_enumerator("———")  # round 59
    ('压减管理层级。', '———')
    """
    return _ENUMERATOR.sub("", text.lstrip("。；;，,")).lstrip("。；;，,")

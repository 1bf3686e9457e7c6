"""Tasks to records: one task (text, unit fields as written, deadline text) becomes a Measure.

Shared by every layout (tables and numbered task lists): the label rules that turn
unit fields into lead and supporting units, and the deadline rules.

>>> t = Task("到2025年底，建成平台。", "区大数据局", None, "区财政局", None, 1)
>>> [[u.raw for u in side] for side in assign_roles(t)], task_deadline(t).date
([['区大数据局'], ['区财政局']], '2025-12')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reformgraph.loaders.citations import TITLE, classify_title
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.records import Citation, Deadline, Document, Measure, ParseWarning, Reform, UnitMention, Workplan

_ALL_LEAD = re.compile(r"按职责分工负责|按职责分工落实|按职责分别负责|分别牵头|共同牵头|按职责负责")
_TEXT_DEADLINE = re.compile(
    r"(?:到|至|于|在)?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?|上半年|下半年|第?[一二三四1-4]季度)?(?:底|末)?"
    r"(?:前|以前|之前|完成|基本建成|全面完成)"
    r"|(?:到|至)\d{4}年(?:\d{1,2}月)?(?:底|末)?"
)
_UNIT_SEPARATORS = "、，,；;/"


@dataclass(frozen=True, slots=True)
class Task:
    """One task as a table or a paragraph gives it: text, unit fields as written, deadline text.

    ``lead`` holds a 牵头-type field, ``single`` a 责任单位 field (first-unit-leads rule),
    ``support`` a 配合-type field; each is the raw field text or None.
    """

    text: str
    lead: str | None
    single: str | None
    support: str | None
    deadline: str | None
    line: int


def document_from_sections(
    sections: Sequence[tuple[str, int, Sequence[Task]]],
    *,
    path: str,
    key: str | None,
    sha256: str,
    title: str,
    warnings: Sequence[ParseWarning] = (),
    text: str = "",
) -> Document:
    """Build a Document: one reform and one workplan per section, one measure per task."""
    warnings = list(warnings)
    workplans = []
    for n, (section_title, first_line, tasks) in enumerate(sections, start=1):
        measures = []
        for task in tasks:
            leads, supports = assign_roles(task)
            if not leads:
                warnings.append(ParseWarning(task.line, f"workplan {n}: task names no lead unit: {task.text[:30]}"))
                continue
            measures.append(
                Measure(
                    seq=len(measures) + 1,
                    text=task.text,
                    leads=leads,
                    supports=supports,
                    deadline=task_deadline(task),
                    line=task.line,
                )
            )
        last = max((t.line for t in tasks), default=first_line)
        citations = tuple(
            Citation(m.group(0), classify_title(m.group(0)), t.line) for t in tasks for m in TITLE.finditer(t.text)
        )
        workplans.append(
            Workplan(
                number=str(n),
                reform_number=str(n),
                title=section_title,
                variant=None,
                scope=None,
                line_start=first_line,
                line_end=last,
                measures=tuple(measures),
                responsible=(),
                contacts=(),
                citations=citations,
                districts=(),
            )
        )
    meta_date = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*$", text)
    return Document(
        key=key or "document",
        path=path,
        sha256=sha256,
        title=title,
        issuer=None,
        doc_number=None,
        date=f"{int(meta_date[1]):04d}-{int(meta_date[2]):02d}-{int(meta_date[3]):02d}" if meta_date else None,
        reforms=tuple(Reform(w.number, w.title) for w in workplans),
        workplans=tuple(workplans),
        warnings=tuple(sorted(warnings, key=lambda w: w.line)),
    )


# ---- roles and deadlines --------------------------------------------------------------------


def split_units(field: str | None, line: int) -> list[UnitMention]:
    """Split a unit field on 、，,；;/ outside brackets, dropping 等 and trailing punctuation.

    >>> [u.raw for u in split_units("区发展改革委（区粮食局、区物价局）、各街镇等", 3)]
    ['区发展改革委（区粮食局、区物价局）', '各街镇']
    """
    if not field:
        return []
    out, depth, start = [], 0, 0
    field = field + "、"
    for i, ch in enumerate(field):
        if ch in "（(":
            depth += 1
        elif ch in ")）":
            depth -= 1
        elif depth <= 0 and ch in _UNIT_SEPARATORS:
            raw = re.sub(r"等$", "", field[start:i].strip("。.：: \t"))
            if raw and not re.fullmatch(r"[\d\W]+", raw):
                out.append(UnitMention(raw, line))
            start = i + 1
    return out


def assign_roles(task: Task) -> tuple[tuple[UnitMention, ...], tuple[UnitMention, ...]]:
    """(leads, supports) of a task, by the label rules of this module.

    >>> t = Task("x", None, "区发展改革委牵头，区财政局、各街镇配合", None, None, 1)
    >>> [[u.raw for u in side] for side in assign_roles(t)]
    [['区发展改革委'], ['区财政局', '各街镇']]
    >>> t = Task("x", None, "各区县政府按职责分工负责", None, None, 1)
    >>> [[u.raw for u in side] for side in assign_roles(t)]
    [['各区县政府'], []]
    """
    leads = split_units(_unit_part(task.lead), task.line)
    supports = split_units(_unit_part(task.support), task.line)
    if task.single:
        field = _unit_part(task.single) or ""
        all_lead = bool(_ALL_LEAD.search(field))
        field = _ALL_LEAD.sub("", field)
        units = split_units(field, task.line)
        marked = [u for u in units if re.search(r"(牵头|负责)$", u.raw)]
        if marked:
            for u in units:
                raw = re.sub(r"(牵头|负责|配合|参与|协助|协办)$", "", u.raw)
                (leads if u in marked else supports).append(UnitMention(raw, u.line))
        elif all_lead or leads:
            (leads if all_lead or not leads else supports).extend(units)
        elif units:
            leads.append(units[0])
            supports.extend(units[1:])
    supports = [UnitMention(re.sub(r"(配合|参与|协助|协办)$", "", u.raw), u.line) for u in supports]
    return tuple(leads), tuple(u for u in supports if u.raw)


def task_deadline(task: Task) -> Deadline:
    """The 完成时限 field, else a date after the units, else one written in the task text.

    >>> task_deadline(Task("到2025年底，建成平台。", "区大数据局", None, None, None, 1)).date
    '2025-12'
    >>> task_deadline(Task("建立机制。", "区司法局；持续推进", None, None, None, 1)).status
    'ongoing'
    """
    if task.deadline:
        return parse_deadline(task.deadline)
    for field in (task.lead, task.single, task.support):
        trailing = _trailing(field)
        if trailing:
            d = parse_deadline(trailing)
            if d.status:
                return d
    found = [m.group(0) for m in _TEXT_DEADLINE.finditer(task.text)]
    if found:
        d = parse_deadline("；".join(found))
        return Deadline(found[-1] if len(found) == 1 else "；".join(found), d.date, d.status)
    return Deadline(None, None, None)


def _unit_part(field: str | None) -> str | None:
    if field is None:
        return None
    depth = 0
    for i, ch in enumerate(field):
        if ch in "（(":
            depth += 1
        elif ch in ")）":
            depth -= 1
        elif depth <= 0 and ch in "；;":
            return field[:i]
    return field


def _trailing(field: str | None) -> str | None:
    part = _unit_part(field)
    if field is None or part is None or part == field:
        return None
    return field[len(part) + 1 :].strip("；;，,。") or None

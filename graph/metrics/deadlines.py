"""Deadline crunch: measures due per unit per month, peaks, overdue and upcoming work.

A measure's ``deadline`` is ``"YYYY-MM"`` (due by the end of that month) or
``"YYYY-MM-DD"``; its month is the first seven characters. A unit is counted
for every measure it leads or supports.

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B", "2022-03"), ("2", "A", "", "2022-03-15"),
...                          ("3", "B", "A", "2022-06"), ("4", "A", "", "2021-12", "done")])
>>> [(r.name, r.month, r.lead, r.support) for r in monthly_load(G)]
[('A', '2021-12', 1, 0), ('A', '2022-03', 2, 0), ('A', '2022-06', 0, 1), ('B', '2022-03', 0, 1), ('B', '2022-06', 1, 0)]
>>> peak_months(G)["unit:A"]
('2022-03', 2)
>>> [(d.due, d.name, d.role) for d in overdue(G, "2022-04-01")]
[('2022-03-15', 'A', 'lead'), ('2022-03-31', 'A', 'lead'), ('2022-03-31', 'B', 'support')]
>>> [(d.measure, d.name, d.role) for d in due_within(G, "2022-04-01", months=3)]
[('measure:demo:3:1', 'B', 'lead'), ('measure:demo:3:1', 'A', 'support')]
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import networkx as nx

from reformgraph.errors import DateFormatError
from reformgraph.metrics.participation import MeasureRoles, measure_roles, part_of, unit_measure_roles
from reformgraph.metrics.units import unit_name
from reformgraph.regexcache import compiled

_DATE = compiled(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class MonthLoad:
    """Measures one unit has due in one month, as lead and as support."""

    unit: str
    name: str
    month: str
    lead: int
    support: int

    @property
    def total(self) -> int:
        return self.lead + self.support


@dataclass(frozen=True, slots=True)
class DueMeasure:
    """A measure with a deadline, seen from one unit (``role`` is ``lead`` or ``support``)."""

    measure: str
    unit: str
    name: str
    role: str
    deadline: str
    due: str
    status: str | None
    workplan: str | None
    text: str
    line: int | None


def parse_date(text: str, *, end: bool = True) -> date:
    """Parse ``YYYY-MM-DD`` or ``YYYY-MM`` (the month's last day, or first with ``end=False``).

    >>> parse_date("2022-02"), parse_date("2022-02", end=False), parse_date("2022-03-31")
    (datetime.date(2022, 2, 28), datetime.date(2022, 2, 1), datetime.date(2022, 3, 31))
    >>> parse_date("31/3/2022")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DateFormatError: expected a date as YYYY-MM-DD or YYYY-MM, got '31/3/2022'
    >>> parse_date("2022-02-30")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DateFormatError: no such date: '2022-02-30' (years run 0001 to 9999, months 01 to 12)
    """
    m = _DATE.match(text.strip())
    if not m:
        raise DateFormatError(f"expected a date as YYYY-MM-DD or YYYY-MM, got {text!r}")
    try:
        y, mo = int(m[1]), int(m[2])
        if m[3]:
            return date(y, mo, int(m[3]))
        return date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
    except ValueError:
        raise DateFormatError(f"no such date: {text!r} (years run 0001 to 9999, months 01 to 12)") from None


def last_day(deadline: str | None) -> str | None:
    """The last day a deadline (``YYYY-MM`` or ``YYYY-MM-DD``) allows, as ``YYYY-MM-DD``; None without one.

    >>> last_day("2022-02"), last_day("2022-03-15"), last_day(None)
    ('2022-02-28', '2022-03-15', None)
    """
    return parse_date(deadline).isoformat() if deadline else None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's end and to the calendar's ends.

    >>> add_months(date(2022, 1, 31), 1)
    datetime.date(2022, 2, 28)
    >>> add_months(date(9999, 12, 31), 3), add_months(date(2022, 1, 1), -10**9)
    (datetime.date(9999, 12, 31), datetime.date(1, 1, 1))
    """
    y, m = divmod(day.month - 1 + months, 12)
    y, m = day.year + y, m + 1
    if y > date.max.year:
        return date.max
    if y < date.min.year:
        return date.min
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _selected(
    G: nx.MultiDiGraph, unit: str | None, include_collective: bool, roles: dict[str, MeasureRoles] | None = None
):
    if unit is not None:
        roles = unit_measure_roles(G, unit)  # one unit's rows: its own measures, whatever roles were given
    elif roles is None:
        roles = measure_roles(G, include_collective=include_collective)
    for m, r in roles.items():
        for role, members in (("lead", r.leads), ("support", r.supports)):
            for u in members:
                if unit is None or u == unit:
                    yield m, u, role


def monthly_load(G: nx.MultiDiGraph, *, unit: str | None = None, include_collective: bool = False) -> list[MonthLoad]:
    """Measures due per unit per month (measures without a deadline are left out).

    ``unit`` (a node id) restricts to one unit, collective or not. Sorted by
    unit name, then month.
    """
    return monthly_from_roles(G, None, unit=unit, include_collective=include_collective)


def monthly_from_roles(
    G: nx.MultiDiGraph,
    roles: dict[str, MeasureRoles] | None,
    *,
    unit: str | None = None,
    include_collective: bool = False,
) -> list[MonthLoad]:
    """``monthly_load`` from already computed ``measure_roles`` (None: scan ``G``; one ``unit``'s rows are
    read from its own measures)."""
    counts: dict[tuple[str, str], list[int]] = {}
    nodes = G.nodes
    deadlines = {}
    for m, u, role in _selected(G, unit, include_collective, roles):
        deadline = deadlines.get(m, ...)
        if deadline is ...:
            deadline = deadlines[m] = nodes[m].get("deadline")
        if not deadline:
            continue
        c = counts.setdefault((u, deadline[:7]), [0, 0])
        c[0 if role == "lead" else 1] += 1
    names = {u: unit_name(G, u) for u, _ in counts}
    rows = [MonthLoad(u, names[u], month, c[0], c[1]) for (u, month), c in counts.items()]
    return sorted(rows, key=lambda r: (r.name, r.unit, r.month))


def peak_months(G: nx.MultiDiGraph, *, include_collective: bool = False) -> dict[str, tuple[str, int]]:
    """Each unit's busiest month: unit id → (month, measures due), earliest month on ties."""
    return peaks_of(monthly_load(G, include_collective=include_collective))


def peaks_of(rows: Iterable[MonthLoad]) -> dict[str, tuple[str, int]]:
    """``peak_months`` of already computed ``monthly_load`` rows (sorted by month within each unit, as it gives them).

    >>> peaks_of([MonthLoad("unit:A", "A", "2022-01", 1, 0), MonthLoad("unit:A", "A", "2022-02", 1, 1)])
    {'unit:A': ('2022-02', 2)}
    """
    best: dict[str, tuple[str, int]] = {}
    for r in rows:
        if r.unit not in best or r.total > best[r.unit][1]:
            best[r.unit] = (r.month, r.total)
    return best


def _due(
    G: nx.MultiDiGraph, unit: str | None, include_collective: bool, keep, roles: dict[str, MeasureRoles] | None
) -> list[DueMeasure]:
    out = []
    up = part_of(G)
    nodes = G.nodes
    names: dict[str, str] = {}
    measures: dict[str, tuple | None] = {}  # measure → the fields its rows share, or None when not kept
    days: dict[str, date] = {}  # deadline text → last allowed day (a few dozen distinct months)
    for m, u, role in _selected(G, unit, include_collective, roles):
        shared = measures.get(m, ...)
        if shared is ...:
            shared = None
            d = nodes[m]
            if d.get("deadline"):
                deadline = d["deadline"]
                due = days.get(deadline) or days.setdefault(deadline, parse_date(deadline))
                if keep(d, due):
                    wp = up.get(m)
                    number = nodes[wp].get("number") if wp else d.get("workplan")
                    shared = (deadline, due.isoformat(), d.get("status"), number, d.get("text") or "", d.get("line"))
            measures[m] = shared
        if shared is None:
            continue
        name = names.get(u) or names.setdefault(u, unit_name(G, u))
        deadline, due_text, status, number, text, line = shared
        out.append(DueMeasure(m, u, name, role, deadline, due_text, status, number, text, line))
    return sorted(out, key=lambda r: (r.due, r.measure, r.role != "lead", r.name))


def overdue(
    G: nx.MultiDiGraph,
    as_of: str | date,
    *,
    unit: str | None = None,
    include_collective: bool = False,
    roles: dict[str, MeasureRoles] | None = None,
) -> list[DueMeasure]:
    """Measures not done whose last allowed day is before ``as_of``, one row per (measure, unit).

    Sorted by due date, then measure id, lead before support, then unit name. ``roles`` are
    ``measure_roles(G, include_collective=include_collective)`` when the caller has them (one
    ``unit``'s rows are read from its own measures instead).
    """
    day = as_of if isinstance(as_of, date) else parse_date(as_of)
    return _due(G, unit, include_collective, lambda d, due: d.get("status") != "done" and due < day, roles)


def due_within(
    G: nx.MultiDiGraph,
    as_of: str | date,
    months: int = 3,
    *,
    unit: str | None = None,
    include_collective: bool = False,
    roles: dict[str, MeasureRoles] | None = None,
) -> list[DueMeasure]:
    """Measures not done whose last allowed day falls in ``[as_of, as_of + months]`` (``roles``: as for ``overdue``)."""
    day = as_of if isinstance(as_of, date) else parse_date(as_of)
    until = add_months(day, months)
    keep = lambda d, due: d.get("status") != "done" and day <= due <= until  # noqa: E731
    return _due(G, unit, include_collective, keep, roles)

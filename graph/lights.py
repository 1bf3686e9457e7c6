"""红黄绿 lights: how far behind each measure is on a given day, and who leads the red ones.

The rule (docs/progress.md), for a measure on day ``as_of``, first match wins:

1. reported 已完成 (``progress_status`` done), or the plan says 已完成 and nothing was
   reported → **green** (``done`` / ``plan_done``);
2. reported 已延期 → **red** (``delayed``): the unit says it is behind;
3. a deadline (the last day the plan's 完成时限 allows) before ``as_of`` → **red**
   (``overdue``); within ``warn_days`` (default 30) → **yellow** (``due_soon``); later →
   **green** (``on_schedule``). A deadline rules even when the unit chose 长期推进;
4. no deadline (长期推进/持续推进, or none written): by the last 更新日期 — within
   ``stale_days`` (default 90) → **green** (``recent``); within twice that → **yellow**
   (``stale``); older → **red** (``silent``); never reported → **yellow** (``no_report``).

>>> from datetime import date
>>> light_of({"deadline": "2026-06"}, date(2026, 6, 10))
('yellow', 'due_soon')
>>> light_of({"deadline": "2026-06", "progress_status": "done"}, date(2026, 9, 1))
('green', 'done')
>>> light_of({"deadline": "2026-05-31"}, date(2026, 6, 1))
('red', 'overdue')
>>> light_of({"status": "ongoing", "progress_updated": "2026-01-01"}, date(2026, 6, 1))
('yellow', 'stale')
>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "", "2026-01"), ("1", "A", "", "2027-01"), ("2", "B", "", "2026-01", "done")])
>>> [(u.name, u.red, u.yellow, u.green) for u in unit_lights(measure_lights(G, date(2026, 6, 1)))]
[('A', 1, 0, 1), ('B', 0, 0, 1)]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import networkx as nx

from reformgraph.metrics.deadlines import last_day, parse_date
from reformgraph.metrics.participation import (
    MeasureRoles,
    keep_units,
    measure_roles,
    parent,
    part_of,
    unit_measure_roles,
)
from reformgraph.metrics.units import is_collective, unit_name

RED, YELLOW, GREEN = "red", "yellow", "green"
LIGHTS = (RED, YELLOW, GREEN)
#: Chinese names of the lights (the ledger's 亮灯 column and the explorer).
LIGHT_WORDS = {RED: "红", YELLOW: "黄", GREEN: "绿"}
REASONS = (
    "done",
    "plan_done",
    "delayed",
    "overdue",
    "due_soon",
    "on_schedule",
    "recent",
    "stale",
    "silent",
    "no_report",
)
WARN_DAYS = 30
STALE_DAYS = 90


@dataclass(frozen=True, slots=True)
class LightRule:
    """The two numbers of the rule: days before a deadline that turn yellow; days an update stays fresh."""

    warn_days: int = WARN_DAYS
    stale_days: int = STALE_DAYS


DEFAULT_RULE = LightRule()


def light_of(attrs: Mapping, as_of: date, rule: LightRule = DEFAULT_RULE) -> tuple[str, str]:
    """``(light, reason)`` for one Measure's attributes on day ``as_of`` (see the module's rule)."""
    reported = attrs.get("progress_status")
    if reported == "done":
        return GREEN, "done"
    if reported is None and attrs.get("status") == "done":
        return GREEN, "plan_done"
    if reported == "delayed":
        return RED, "delayed"
    deadline = attrs.get("deadline")
    if deadline:
        due = parse_date(deadline)
        if due < as_of:
            return RED, "overdue"
        if (due - as_of).days <= rule.warn_days:
            return YELLOW, "due_soon"
        return GREEN, "on_schedule"
    updated = attrs.get("progress_updated")
    if not updated:
        return YELLOW, "no_report"
    age = (as_of - date.fromisoformat(updated)).days
    if age <= rule.stale_days:
        return GREEN, "recent"
    if age <= 2 * rule.stale_days:
        return YELLOW, "stale"
    return RED, "silent"


@dataclass(frozen=True, slots=True)
class MeasureLight:
    """One measure's light on a day, with what a reader needs to act on it."""

    measure: str
    light: str
    reason: str
    leads: tuple[str, ...]
    lead_names: tuple[str, ...]
    workplan: str | None
    seq: int | None
    text: str
    due: str | None
    deadline_raw: str | None
    progress_status: str | None
    progress_text: str | None
    progress_updated: str | None
    document: str | None = None  # the measure's document id (``doc:…``): several documents may number alike


@dataclass(frozen=True, slots=True)
class UnitLights:
    """How many of the measures a unit leads are red, yellow and green."""

    unit: str
    name: str
    red: int
    yellow: int
    green: int

    @property
    def total(self) -> int:
        return self.red + self.yellow + self.green


def measure_lights(
    G: nx.MultiDiGraph,
    as_of: date,
    rule: LightRule = DEFAULT_RULE,
    *,
    include_collective: bool = True,
    lead: str | None = None,
    roles: Mapping[str, MeasureRoles] | None = None,
) -> list[MeasureLight]:
    """Every measure's light on ``as_of``, in document order; ``leads`` are the lead unit ids.

    With ``lead`` (a unit id), only the measures that unit leads (it is one of their ``leads``), found
    from its own edges: what a unit's page shows, at the cost of its measures, not of the graph.
    ``roles`` are ``measure_roles(G, include_collective=include_collective)`` when the caller has them
    (read only without ``lead``).
    """
    if lead is None:
        roles = measure_roles(G, include_collective=include_collective) if roles is None else roles
    else:
        roles = unit_measure_roles(G, lead)
        if not include_collective:
            roles = keep_units(roles, lambda u: not is_collective(G, u))
        roles = {m: r for m, r in roles.items() if lead in r.leads}
    up = part_of(G) if lead is None else {m: parent(G, m, "Workplan") for m in roles}
    out = []
    for m, d in G.nodes(data=True):
        if d.get("kind") != "Measure" or (lead is not None and m not in roles):
            continue
        light, reason = light_of(d, as_of, rule)
        leads = roles[m].leads if m in roles else ()
        wp = up.get(m)
        out.append(
            MeasureLight(
                measure=m,
                light=light,
                reason=reason,
                leads=leads,
                lead_names=tuple(unit_name(G, u) for u in leads),
                workplan=G.nodes[wp].get("number") if wp else d.get("workplan"),
                seq=d.get("seq"),
                text=d.get("text") or "",
                due=last_day(d.get("deadline")),
                deadline_raw=d.get("deadline_raw"),
                progress_status=d.get("progress_status"),
                progress_text=d.get("progress_text"),
                progress_updated=d.get("progress_updated"),
                document=d.get("document"),
            )
        )
    return out


def unit_lights(lights: Iterable[MeasureLight]) -> list[UnitLights]:
    """Per lead unit, red / yellow / green counts, ranked by red, then yellow, then total (most first), then name."""
    counts: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    for ml in lights:
        for u, name in zip(ml.leads, ml.lead_names):
            c = counts.setdefault(u, dict.fromkeys(LIGHTS, 0))
            c[ml.light] += 1
            names[u] = name
    rows = [UnitLights(u, names[u], c[RED], c[YELLOW], c[GREEN]) for u, c in counts.items()]
    return sorted(rows, key=lambda r: (-r.red, -r.yellow, -r.total, r.name, r.unit))


def worst_light(row: UnitLights) -> str:
    """The worst light among the measures a unit leads: red, else yellow, else green.

    The 督办 page opens on the first unit's worst light: opened on red where nothing was red (a
    new plan, before its first deadline), it listed no measure under every town's and county's table.

    >>> worst_light(UnitLights("unit:a", "甲局", 0, 2, 1)), worst_light(UnitLights("unit:b", "乙局", 0, 0, 3))
    ('yellow', 'green')
    """
    return next((light for light in LIGHTS if getattr(row, light)), RED)


def worst_first(lights: Iterable[MeasureLight]) -> list[MeasureLight]:
    """``lights`` red first, then yellow, then green; in document order within each light.

    A unit's "red and yellow measures" came in document order: the hub of a graph of 16 plans opened on
    three yellow rows of one plan above its 124 red ones, the table showing eight rows.

    >>> ml = lambda m, light: MeasureLight(m, light, "", (), (), "1", 1, "", None, None, None, None, None)
    >>> [m.measure for m in worst_first([ml("a", "yellow"), ml("b", "red"), ml("c", "green"), ml("d", "red")])]
    ['b', 'd', 'a', 'c']
    """
    return sorted(lights, key=lambda ml: LIGHTS.index(ml.light))


def light_totals(lights: Iterable[MeasureLight]) -> dict[str, int]:
    """How many measures are red, yellow and green.

    >>> light_totals([])
    {'red': 0, 'yellow': 0, 'green': 0}
    """
    totals = dict.fromkeys(LIGHTS, 0)
    for ml in lights:
        totals[ml.light] += 1
    return totals

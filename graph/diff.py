"""Comparing two plans: units that gained or lost measures, lead roles that moved,
workplans added or removed, deadlines that slipped. Pure: two graphs in, records out.

Workplans are matched by title (and variant), since numbering differs between a city's
plan and the district plan that forwards it; measures of matched workplans are matched by
text similarity (rapidfuzz ratio of at least ``MEASURE_MATCH``). Units are compared by
canonical name, so an alias table that maps both spellings makes them one unit.

>>> old, new = _example_graphs()
>>> d = diff_graphs(old, new)
>>> [(u.unit, u.lead_old, u.lead_new, u.support_old, u.support_new) for u in d.units]
[('区税务局', 0, 1, 0, 0), ('区大数据局', 1, 1, 0, 1), ('区财政局', 1, 0, 0, 1)]
>>> [(w.change, w.title) for w in d.workplans]
[('added', '要素保障'), ('removed', '组织保障')]
>>> [(m.workplan, m.lost, m.gained) for m in d.leads]
[('重点任务', ('区财政局',), ('区税务局',))]
>>> [(s.text, s.old, s.new, s.months) for s in d.deadlines]
[('建设平台。', '2025-06', '2025-12', 6)]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rapidfuzz import fuzz, process

MEASURE_MATCH = 80.0


@dataclass(frozen=True, slots=True)
class UnitChange:
    """Measures a unit leads and supports in the old and the new plan."""

    unit: str
    lead_old: int
    lead_new: int
    support_old: int
    support_new: int

    @property
    def delta(self) -> int:
        return (self.lead_new + self.support_new) - (self.lead_old + self.support_old)


@dataclass(frozen=True, slots=True)
class WorkplanChange:
    """A workplan only one plan has: ``change`` is ``added`` (new only) or ``removed`` (old only)."""

    change: str
    title: str
    variant: str | None
    number: str
    measures: int


@dataclass(frozen=True, slots=True)
class LeadChange:
    """A workplan both plans have whose lead units differ."""

    workplan: str
    variant: str | None
    old: tuple[str, ...]
    new: tuple[str, ...]
    lost: tuple[str, ...]
    gained: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    """A measure both plans have whose deadline moved: ``months`` > 0 slipped, < 0 brought forward."""

    workplan: str
    text: str
    old: str
    new: str
    months: int
    leads: tuple[str, ...]
    units: tuple[str, ...]  # every unit leading or supporting it, in either plan


@dataclass(frozen=True, slots=True)
class PlanDiff:
    """Everything that changed from the old plan to the new one."""

    units: tuple[UnitChange, ...]
    workplans: tuple[WorkplanChange, ...]
    leads: tuple[LeadChange, ...]
    deadlines: tuple[DeadlineChange, ...]


def diff_graphs(old: nx.MultiDiGraph, new: nx.MultiDiGraph, *, unit: str | None = None) -> PlanDiff:
    """Compare two plan graphs (contract reformgraph/1); ``unit`` keeps only rows about that unit name.

    Parameters
    ----------
    old, new : the earlier and the later plan's graphs (left untouched).
    unit : a canonical unit name, or None for every unit.

    Returns
    -------
    PlanDiff, each list sorted: units by the largest change in measures first (a unit
    whose role changed but whose total did not comes last), workplans by change
    then title, lead changes by workplan title, deadlines by slip (largest first).
    """
    units = _unit_changes(old, new)
    wp_old, wp_new = _workplans(old), _workplans(new)
    added = [
        WorkplanChange("added", *k, wp_new[k]["number"], len(wp_new[k]["measures"])) for k in wp_new if k not in wp_old
    ]
    removed = [
        WorkplanChange("removed", *k, wp_old[k]["number"], len(wp_old[k]["measures"]))
        for k in wp_old
        if k not in wp_new
    ]
    leads, deadlines = [], []
    for key in sorted(set(wp_old) & set(wp_new)):
        a, b = wp_old[key], wp_new[key]
        if a["leads"] != b["leads"]:
            leads.append(
                LeadChange(
                    key[0],
                    key[1],
                    tuple(sorted(a["leads"])),
                    tuple(sorted(b["leads"])),
                    tuple(sorted(a["leads"] - b["leads"])),
                    tuple(sorted(b["leads"] - a["leads"])),
                )
            )
        deadlines.extend(_deadline_changes(key[0], a["measures"], b["measures"]))
    if unit is not None:
        units = [u for u in units if u.unit == unit]
        leads = [c for c in leads if unit in c.old or unit in c.new]
        deadlines = [d for d in deadlines if unit in d.units]
        added = [w for w in added if unit in wp_new[(w.title, w.variant)]["units"]]
        removed = [w for w in removed if unit in wp_old[(w.title, w.variant)]["units"]]
    return PlanDiff(
        units=tuple(units),
        workplans=tuple(sorted(added + removed, key=lambda w: (w.change, w.title, w.variant or ""))),
        leads=tuple(leads),
        deadlines=tuple(sorted(deadlines, key=lambda d: (-d.months, d.workplan, d.text))),
    )


def diff_rows(d: PlanDiff) -> dict[str, list[dict]]:
    """The diff as named lists of plain dicts (for tables, CSV and JSON)."""
    return {
        "units": [
            {
                "unit": u.unit,
                "lead_old": u.lead_old,
                "lead_new": u.lead_new,
                "support_old": u.support_old,
                "support_new": u.support_new,
                "delta": u.delta,
            }
            for u in d.units
        ],
        "workplans": [
            {"change": w.change, "workplan": w.title, "variant": w.variant, "number": w.number, "measures": w.measures}
            for w in d.workplans
        ],
        "leads": [
            {
                "workplan": c.workplan,
                "variant": c.variant,
                "old": list(c.old),
                "new": list(c.new),
                "lost": list(c.lost),
                "gained": list(c.gained),
            }
            for c in d.leads
        ],
        "deadlines": [
            {
                "workplan": s.workplan,
                "measure": s.text,
                "old": s.old,
                "new": s.new,
                "months": s.months,
                "leads": list(s.leads),
            }
            for s in d.deadlines
        ],
    }


# ---- helpers ----------------------------------------------------------------------------------------


def _name(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("name", node)


def _role_counts(G: nx.MultiDiGraph) -> tuple[Counter, Counter]:
    lead, support = Counter(), Counter()
    for u, _, rel in G.edges(data="rel"):
        if rel == "LEADS":
            lead[_name(G, u)] += 1
        elif rel == "SUPPORTS":
            support[_name(G, u)] += 1
    return lead, support


def _unit_changes(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> list[UnitChange]:
    lo, so = _role_counts(old)
    ln, sn = _role_counts(new)
    rows = [UnitChange(u, lo[u], ln[u], so[u], sn[u]) for u in set(lo) | set(so) | set(ln) | set(sn)]
    rows = [r for r in rows if (r.lead_old, r.support_old) != (r.lead_new, r.support_new)]
    return sorted(rows, key=lambda r: (-abs(r.delta), -abs(r.lead_new - r.lead_old), r.unit))


def _norm(title: str) -> str:
    return re.sub(r"[\s，,、。]", "", title)


def _workplans(G: nx.MultiDiGraph) -> dict[tuple[str, str | None], dict]:
    """(title, variant) → number, lead unit names, unit names, measures [(text, deadline, leads, units)]."""
    out: dict[tuple[str, str | None], dict] = {}
    for w, data in G.nodes(data=True):
        if data.get("kind") != "Workplan":
            continue
        key = (_norm(data["title"]), data.get("variant"))
        entry = out.setdefault(key, {"number": data["number"], "leads": set(), "units": set(), "measures": []})
        for m, _, _rel in G.in_edges(w, data="rel"):
            if G.nodes[m].get("kind") == "Measure":
                leads = tuple(sorted(_name(G, u) for u, _, r in G.in_edges(m, data="rel") if r == "LEADS"))
                units = {_name(G, u) for u, _, r in G.in_edges(m, data="rel") if r in ("LEADS", "SUPPORTS")}
                entry["leads"].update(leads)
                entry["units"].update(units)
                entry["measures"].append((G.nodes[m].get("text") or "", G.nodes[m].get("deadline"), leads, units))
            elif G.nodes[m].get("kind") == "Unit":
                entry["units"].add(_name(G, m))
    return out


def _months(date: str) -> tuple[int, int]:
    y, mo = int(date[:4]), int(date[5:7])
    return y * 12 + mo, int(date[8:10]) if len(date) >= 10 else 31


def _deadline_changes(workplan: str, old: list, new: list) -> list[DeadlineChange]:
    out = []
    texts = [t for t, *_ in new]
    used: set[int] = set()
    for text, deadline, leads, units in old:
        match = process.extractOne(text, texts, scorer=fuzz.ratio, score_cutoff=MEASURE_MATCH) if texts else None
        if match is None or match[2] in used:
            continue
        used.add(match[2])
        _, new_deadline, new_leads, new_units = new[match[2]]
        if not deadline or not new_deadline or deadline == new_deadline:
            continue
        (mo_a, d_a), (mo_b, d_b) = _months(deadline), _months(new_deadline)
        if (mo_a, d_a) == (mo_b, d_b):
            continue
        out.append(
            DeadlineChange(
                workplan,
                text,
                deadline,
                new_deadline,
                mo_b - mo_a,
                tuple(sorted(set(leads) | set(new_leads))),
                tuple(sorted(units | new_units)),
            )
        )
    return out


def _example_graphs() -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """Two tiny plans in contract shape (for the doctest)."""

    def plan(workplans):
        G = nx.MultiDiGraph()
        for n, (title, measures) in enumerate(workplans, start=1):
            w = f"workplan:d:{n}"
            G.add_node(w, kind="Workplan", number=str(n), title=title, variant=None)
            for s, (text, deadline, leads, supports) in enumerate(measures, start=1):
                m = f"measure:d:{n}:{s}"
                G.add_node(m, kind="Measure", text=text, deadline=deadline)
                G.add_edge(m, w, rel="PART_OF")
                for rel, names in (("LEADS", leads), ("SUPPORTS", supports)):
                    for name in names:
                        G.add_node(f"unit:{name}", kind="Unit", name=name)
                        G.add_edge(f"unit:{name}", m, rel=rel)
        return G

    old = plan(
        [
            ("重点任务", [("建设平台。", "2025-06", ["区大数据局"], []), ("落实资金。", None, ["区财政局"], [])]),
            ("组织保障", []),
        ]
    )
    new = plan(
        [
            (
                "重点任务",
                [("建设平台。", "2025-12", ["区大数据局"], ["区财政局"]), ("落实资金。", None, ["区税务局"], [])],
            ),
            ("要素保障", [("保障用地。", None, [], ["区大数据局"])]),
        ]
    )
    return old, new


def unit_workplan_roles(G: nx.MultiDiGraph, unit: str) -> dict[str, tuple[int, int]]:
    """Workplan title → (measures led, measures supported) by the unit named ``unit`` (canonical name).

    >>> old, _ = _example_graphs()
    >>> unit_workplan_roles(old, "区财政局")
    {'重点任务': (1, 0)}
    """
    out: dict[str, list[int]] = {}
    for u, m, rel in G.edges(data="rel"):
        if rel not in ("LEADS", "SUPPORTS") or _name(G, u) != unit:
            continue
        for _, w, r in G.out_edges(m, data="rel"):
            if r == "PART_OF" and G.nodes[w].get("kind") == "Workplan":
                title = G.nodes[w]["title"] + (f"（{G.nodes[w]['variant']}）" if G.nodes[w].get("variant") else "")
                out.setdefault(title, [0, 0])[0 if rel == "LEADS" else 1] += 1
    return {t: (c[0], c[1]) for t, c in sorted(out.items())}

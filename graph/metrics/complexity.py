"""Workplan complexity: how many distinct units each workplan and reform item involves.

A unit is involved in a workplan when it leads or supports one of its
measures or is named in its 责任单位 section (RESPONSIBLE_FOR). Collective
units are left out unless ``include_collective``.

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1.1", "A", "B、C"), ("1.2", "A", "D"), ("2", "A", "B")])
>>> [(w.number, w.units, w.lead_units, w.measures) for w in workplan_complexity(G)]
[('1.1', 3, 1, 1), ('1.2', 2, 1, 1), ('2', 2, 1, 1)]
>>> [(r.number, r.units, r.workplans) for r in reform_complexity(G)]
[('1', 4, 2), ('2', 2, 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import networkx as nx

from reformgraph.metrics.participation import counted_units, measure_roles, part_of, responsibilities
from reformgraph.metrics.units import nodes_of_kind


@dataclass(frozen=True, slots=True)
class WorkplanComplexity:
    """One workplan: distinct units involved (``units``), of which leading a measure (``lead_units``), and measures."""

    workplan: str
    number: str
    title: str
    reform: str | None
    units: int
    lead_units: int
    measures: int


@dataclass(frozen=True, slots=True)
class ReformComplexity:
    """One reform item: distinct units over all its workplans, its workplans and measures."""

    reform: str
    number: str
    title: str
    units: int
    workplans: int
    measures: int


def _natural(number: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", str(number)))


def _involvement(G: nx.MultiDiGraph, include_collective: bool, up: dict[str, str]):
    units: dict[str, set[str]] = {}
    leads: dict[str, set[str]] = {}
    measures: dict[str, int] = {}
    for n in nodes_of_kind(G, "Workplan"):
        units[n], leads[n], measures[n] = set(), set(), 0
    for m, r in measure_roles(G, include_collective=include_collective).items():
        wp = up.get(m)
        if wp in units:
            units[wp].update(r.units)
            leads[wp].update(r.leads)
    for m in nodes_of_kind(G, "Measure"):
        wp = up.get(m)
        if wp in measures:
            measures[wp] += 1
    for u, wp in responsibilities(G, counted_units(G, include_collective)):
        if wp in units:
            units[wp].add(u)
    return units, leads, measures


def workplan_complexity(G: nx.MultiDiGraph, *, include_collective: bool = False) -> list[WorkplanComplexity]:
    """Every workplan with its distinct units, most cross-departmental first.

    Sorted by units, then measures (descending), then workplan number (natural order).
    """
    up = part_of(G)
    units, leads, measures = _involvement(G, include_collective, up)
    rows = []
    for wp in units:
        d = G.nodes[wp]
        reform = up.get(wp)
        rows.append(
            WorkplanComplexity(
                wp,
                str(d.get("number", "")),
                d.get("title") or "",
                G.nodes[reform].get("number") if reform else d.get("reform"),
                len(units[wp]),
                len(leads[wp]),
                measures[wp],
            )
        )
    return sorted(rows, key=lambda r: (-r.units, -r.measures, _natural(r.number), r.workplan))


def reform_complexity(G: nx.MultiDiGraph, *, include_collective: bool = False) -> list[ReformComplexity]:
    """Every reform item with the distinct units over its workplans, most first (then natural number order)."""
    up = part_of(G)
    units, _, measures = _involvement(G, include_collective, up)
    per: dict[str, tuple[set[str], list[str]]] = {n: (set(), []) for n in nodes_of_kind(G, "Reform")}
    for wp in units:
        reform = up.get(wp)
        if reform in per:
            per[reform][0].update(units[wp])
            per[reform][1].append(wp)
    rows = [
        ReformComplexity(
            r,
            str(G.nodes[r].get("number", "")),
            G.nodes[r].get("title") or "",
            len(us),
            len(wps),
            sum(measures[w] for w in wps),
        )
        for r, (us, wps) in per.items()
    ]
    return sorted(rows, key=lambda r: (-r.units, -r.measures, _natural(r.number), r.reform))

"""Load per unit: how many measures each unit leads and supports, and what that adds up to.

The weighted load counts a led measure ``LEAD_WEIGHT`` (2) times and a
supported one ``SUPPORT_WEIGHT`` (1) time: the lead unit drafts, convenes and
reports, the supporting unit contributes (docs/metrics.md).

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B"), ("1", "A", "C"), ("2", "B", "A")])
>>> a = unit_load(G)["unit:A"]
>>> a.lead, a.support, a.weighted, a.partners, a.workplans, a.reforms
(2, 1, 5.0, 2, 2, 2)
>>> round(a.share, 3)
1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from reformgraph.metrics.participation import MeasureRoles, measure_roles, part_of, responsibilities, role_measures
from reformgraph.metrics.units import COLLECTIVE, is_collective, nodes_of_kind, unit_name, unit_nodes

LEAD_WEIGHT = 2.0
SUPPORT_WEIGHT = 1.0
DEFAULT_WEIGHTS: Mapping[str, float] = {"lead": LEAD_WEIGHT, "support": SUPPORT_WEIGHT}


@dataclass(frozen=True, slots=True)
class UnitLoad:
    """One unit's load.

    Attributes
    ----------
    unit, name, category
        Node id, canonical name, category.
    lead, support
        Measures the unit leads (牵头) / supports (配合) and does not lead.
    workplans, reforms
        Distinct workplans / reform items the unit is involved in: through a
        measure it leads or supports, or named in the workplan's 责任单位 section.
    weighted
        ``lead * weights["lead"] + support * weights["support"]``.
    partners
        Distinct other units sharing at least one measure with it, never counting
        collective units (各区县政府 …): the one definition every page, command and
        export shows (``unit_partners`` lists exactly these units).
    share
        Fraction of all measures in the graph that the unit leads or supports.
    collective
        True for collective units (各区县政府, 市级相关部门 …).
    """

    unit: str
    name: str
    category: str
    lead: int
    support: int
    workplans: int
    reforms: int
    weighted: float
    partners: int
    share: float
    collective: bool


def unit_load(
    G: nx.MultiDiGraph,
    *,
    weights: Mapping[str, float] | None = None,
    include_collective: bool = False,
    roles: dict[str, MeasureRoles] | None = None,
) -> dict[str, UnitLoad]:
    """Compute the load of every unit.

    Parameters
    ----------
    G
        A reformgraph/1 graph (not modified).
    weights
        ``{"lead": w1, "support": w2}``; default ``DEFAULT_WEIGHTS`` (2 and 1).
    include_collective
        Also report collective units (their partners are still real units only).
    roles
        ``measure_roles(G, include_collective=include_collective)`` when the caller has them.

    Returns
    -------
    dict
        Unit id → UnitLoad, in name order, for every counted unit (units with
        no measure get zeros). ``share`` divides by all measures in ``G``.

    Examples
    --------
    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", "各区县政府")])
    >>> list(unit_load(G)), unit_load(G)["unit:A"].partners
    (['unit:A'], 0)
    >>> unit_load(G, include_collective=True)["unit:各区县政府"].collective
    True
    >>> unit_load(G, include_collective=True)["unit:A"].partners
    0
    """
    return load_from_roles(
        G,
        measure_roles(G, include_collective=include_collective) if roles is None else roles,
        unit_nodes(G, include_collective=include_collective),
        weights=weights,
    )


def collective_loads(
    G: nx.MultiDiGraph, roles: dict[str, MeasureRoles] | None = None, *, parents: dict[str, str] | None = None
) -> list[UnitLoad]:
    """The load of every collective unit (各区县政府, 市级有关部门 …), heaviest first, then by name.

    ``roles`` are ``measure_roles(G, include_collective=True)`` and ``parents`` ``part_of(G)`` when the
    caller has them. These units are listed beside a ranking that leaves them out; their loads read
    only the measures they take part in (found from their own edges), not every measure's roles.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", "各区县政府"), ("2", "各区县政府", "B")])
    >>> [(u.name, u.lead, u.support, u.partners) for u in collective_loads(G)]
    [('各区县政府', 1, 1, 2)]
    """
    units = [u for u in unit_nodes(G, include_collective=True) if is_collective(G, u)]
    everyone = measure_roles(G, include_collective=True) if roles is None else roles
    return sorted(own_loads(G, everyone, units, parents=parents).values(), key=lambda u: (-u.weighted, u.name))


def own_loads(
    G: nx.MultiDiGraph, roles: dict[str, MeasureRoles], units: list[str], *, parents: dict[str, str] | None = None
) -> dict[str, UnitLoad]:
    """``load_from_roles`` for a few ``units``, reading only the measures they lead or support.

    A unit's load counts nothing but its own measures, so the roles of those (found from its edges,
    ``role_measures``) give the same loads as every measure's: at the cost of its measures, not of the
    graph. ``roles`` must hold them (``measure_roles`` with the units counted).

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", "B"), ("2", "C", "D")])
    >>> roles = measure_roles(G)
    >>> own_loads(G, roles, ["unit:A"]) == {"unit:A": load_from_roles(G, roles, ["unit:A"])["unit:A"]}
    True
    """
    theirs = {m: roles[m] for u in units for m in role_measures(G, u)}
    return load_from_roles(G, theirs, units, parents=parents)


def load_from_roles(
    G: nx.MultiDiGraph,
    roles: dict[str, MeasureRoles],
    units: list[str],
    *,
    weights: Mapping[str, float] | None = None,
    parents: dict[str, str] | None = None,
) -> dict[str, UnitLoad]:
    """``unit_load`` for ``units`` from already computed ``measure_roles`` (partners: units in ``roles``).

    ``parents`` is ``part_of(G)`` when the caller has it.
    """
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    total_measures = len(nodes_of_kind(G, "Measure"))
    wanted = set(units)
    lead = dict.fromkeys(units, 0)
    support = dict.fromkeys(units, 0)
    partners: dict[str, set[str]] = {u: set() for u in units}
    workplans: dict[str, set[str]] = {u: set() for u in units}
    up = part_of(G) if parents is None else parents
    for m, r in roles.items():
        wp = up.get(m)
        leads, supports = r.leads, r.supports
        for u in leads:
            if u in wanted:
                lead[u] += 1
        for u in supports:
            if u in wanted:
                support[u] += 1
        members = leads + supports  # r.units, made once
        for u in members:
            if u in wanted:
                partners[u].update(members)
                if wp:
                    workplans[u].add(wp)
    collective = {v for v in nodes_of_kind(G, "Unit") if G._node[v].get("category") == COLLECTIVE}
    for u in units:
        partners[u] -= collective  # partners are real units only, whatever include_collective says
        partners[u].discard(u)
    for u, wp in responsibilities(G, wanted):
        workplans[u].add(wp)
    nodes = G.nodes
    out: dict[str, UnitLoad] = {}
    for u in units:
        reforms = {up[wp] for wp in workplans[u] if wp in up}
        involved = lead[u] + support[u]
        d = nodes[u]
        out[u] = UnitLoad(
            unit=u,
            name=unit_name(G, u),
            category=d.get("category") or "other",
            lead=lead[u],
            support=support[u],
            workplans=len(workplans[u]),
            reforms=len(reforms),
            weighted=float(lead[u] * w["lead"] + support[u] * w["support"]),
            partners=len(partners[u]),
            share=involved / total_measures if total_measures else 0.0,
            collective=d.get("category") == COLLECTIVE,
        )
    return out

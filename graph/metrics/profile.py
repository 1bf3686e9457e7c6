"""Rankings and one unit's profile: the views the CLI and the explorer show.

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B"), ("2", "A", "C"), ("3", "B", "C")])
>>> [(r.rank, r.name, r.value) for r in top_units(G, by="lead")]
[(1, 'A', 2.0), (2, 'B', 1.0), (3, 'C', 0.0)]
>>> p = unit_profile(G, "unit:C")
>>> [(q.name, q.shared, q.as_lead_of_this, q.as_support_of_this) for q in p.partners]
[('A', 1, 1, 0), ('B', 1, 1, 0)]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import networkx as nx

from reformgraph.metrics.bottlenecks import (
    DEFAULT_SEED,
    Bottleneck,
    bottlenecks_of,
    coordination_betweenness,
)
from reformgraph.metrics.communities import Community, communities_of
from reformgraph.metrics.coordination import project
from reformgraph.metrics.deadlines import MonthLoad, monthly_from_roles
from reformgraph.metrics.load import UnitLoad, load_from_roles, own_loads
from reformgraph.metrics.participation import (
    MeasureRoles,
    keep_units,
    measure_roles,
    part_of,
    role_measures,
    unit_measure_roles,
)
from reformgraph.metrics.units import is_collective, unit_name, unit_nodes

RANK_BY = ("load", "lead", "support", "betweenness", "partners")


@dataclass(frozen=True, slots=True)
class RankedUnit:
    """A unit's place in a ranking: ``value`` is the ranked number, ``load`` its full load row."""

    rank: int
    unit: str
    name: str
    category: str
    value: float
    load: UnitLoad


@dataclass(frozen=True, slots=True)
class Partner:
    """A unit sharing measures with the profiled one.

    ``as_lead_of_this``: measures the partner leads and this unit supports;
    ``as_support_of_this``: measures this unit leads and the partner supports.
    """

    unit: str
    name: str
    category: str
    shared: int
    as_lead_of_this: int
    as_support_of_this: int


@dataclass(frozen=True, slots=True)
class Involvement:
    """A workplan the unit is involved in: measures it leads / supports there, and whether it is named responsible."""

    workplan: str
    number: str
    title: str
    lead: int
    support: int
    responsible: str | None


@dataclass(frozen=True, slots=True)
class UnitProfile:
    """Everything about one unit: load, bottleneck numbers, partners, workplans, deadlines, community."""

    load: UnitLoad
    bottleneck: Bottleneck | None
    partners: tuple[Partner, ...]
    workplans: tuple[Involvement, ...]
    months: tuple[MonthLoad, ...]
    community: Community | None


def top_units(
    G: nx.MultiDiGraph,
    *,
    by: str = "load",
    n: int | None = 20,
    include_collective: bool = False,
    weighted: bool = False,
    k: int | None | Literal["auto"] = "auto",
    seed: int = DEFAULT_SEED,
    roles: dict[str, MeasureRoles] | None = None,
    parents: dict[str, str] | None = None,
) -> list[RankedUnit]:
    """Rank units by ``by``: ``load`` (weighted), ``lead``, ``support``, ``betweenness`` or ``partners``.

    Ties are broken by the weighted load (descending), then by name; ranks are
    positions 1..n. ``n=None`` returns every unit. ``weighted``, ``k`` and
    ``seed`` only matter for betweenness (see ``coordination_betweenness``).
    ``roles`` are ``measure_roles(G, include_collective=include_collective)`` and ``parents``
    ``part_of(G)`` when the caller has them.

    Raises
    ------
    ValueError
        When ``by`` is not one of ``RANK_BY``.
    """
    if by not in RANK_BY:
        raise ValueError(f"cannot rank by {by!r}; expected one of {', '.join(RANK_BY)}")
    if roles is None:
        roles = measure_roles(G, include_collective=include_collective)
    if by == "betweenness":
        bc = coordination_betweenness(project(G, roles), weighted=weighted, k=k, seed=seed)
        loads = load_from_roles(G, roles, unit_nodes(G, include_collective=include_collective), parents=parents)
        value = {u: bc.get(u, 0.0) for u in loads}
    else:
        loads = load_from_roles(G, roles, unit_nodes(G, include_collective=include_collective), parents=parents)
        attr = {"load": "weighted"}.get(by, by)
        value = {u: float(getattr(row, attr)) for u, row in loads.items()}
    order = sorted(loads, key=lambda u: (-value[u], -loads[u].weighted, loads[u].name, u))
    if n is not None:
        order = order[:n]
    return [
        RankedUnit(i, u, loads[u].name, loads[u].category, value[u], loads[u]) for i, u in enumerate(order, start=1)
    ]


def unit_partners(G: nx.MultiDiGraph, unit: str, *, include_collective: bool = False) -> list[Partner]:
    """Units sharing measures with ``unit``, most shared first (then name)."""
    return _partners(G, unit_measure_roles(G, unit), unit, include_collective)


def _partners(G: nx.MultiDiGraph, roles: dict[str, MeasureRoles], unit: str, include_collective: bool) -> list[Partner]:
    counts: dict[str, list[int]] = {}
    for r in roles.values():
        if unit not in r.units:
            continue
        for v in r.units:
            if v == unit or (not include_collective and G.nodes[v].get("category") == "collective"):
                continue
            c = counts.setdefault(v, [0, 0, 0])
            c[0] += 1
            if v in r.leads and unit in r.supports:
                c[1] += 1
            if unit in r.leads and v in r.supports:
                c[2] += 1
    rows = [Partner(v, unit_name(G, v), G.nodes[v].get("category") or "other", *c) for v, c in counts.items()]
    return sorted(rows, key=lambda p: (-p.shared, p.name, p.unit))


def _kept(G: nx.MultiDiGraph, unit: str):
    """``unit`` and every unit that is not collective."""
    return lambda u: u == unit or not is_collective(G, u)


def unit_profile(
    G: nx.MultiDiGraph,
    unit: str,
    *,
    include_collective: bool = False,
    weighted: bool = False,
    k: int | None | Literal["auto"] = "auto",
    seed: int = DEFAULT_SEED,
) -> UnitProfile:
    """Profile one unit (a node id, e.g. from ``resolve_unit``).

    The unit itself is always profiled, collective or not; ``include_collective``
    decides whether collective units count as partners and in the coordination
    graph behind ``bottleneck`` and ``community`` (None when the unit is not in it).
    """
    everyone = measure_roles(G, include_collective=True)
    roles = everyone if include_collective else keep_units(everyone, lambda u: not is_collective(G, u))
    C = project(G, roles)
    rows = bottlenecks_of(C, roles, weighted=weighted, k=k, seed=seed) if unit in C else None
    # the unit's own load counts its measures even when it is collective and the others are left out
    mine = roles if include_collective or not is_collective(G, unit) else keep_units(everyone, _kept(G, unit))
    up = part_of(G)
    load = own_loads(G, mine, [unit], parents=up)[unit]
    community = None
    if unit in C:
        community = next(c for c in communities_of(C, seed=seed).communities if unit in c.members)
    own = {m: everyone[m] for m in role_measures(G, unit)}  # the measures the unit leads or supports
    per_wp: dict[str, list] = {}
    for m, r in own.items():
        wp = up.get(m)
        if wp:
            per_wp.setdefault(wp, [0, 0, None])[0 if unit in r.leads else 1] += 1
    for _, wp, d in G.out_edges(unit, data=True):
        if d.get("rel") == "RESPONSIBLE_FOR":
            per_wp.setdefault(wp, [0, 0, None])[2] = d.get("role")
    from reformgraph.metrics.complexity import _natural

    workplans = sorted(
        (
            Involvement(wp, str(G.nodes[wp].get("number", "")), G.nodes[wp].get("title") or "", *c)
            for wp, c in per_wp.items()
        ),
        key=lambda i: (_natural(i.number), i.workplan),
    )
    partners = tuple(_partners(G, own, unit, include_collective))
    months = tuple(monthly_from_roles(G, everyone, unit=unit))
    bottleneck = next(b for b in rows if b.unit == unit) if rows else None
    return UnitProfile(load, bottleneck, partners, tuple(workplans), months, community)

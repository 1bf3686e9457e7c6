"""Who leads and who supports each measure: the one scan of the graph every metric starts from.

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B、各区县政府")])
>>> measure_roles(G)
{'measure:demo:1:1': MeasureRoles(leads=('unit:A',), supports=('unit:B',))}
>>> measure_roles(G, include_collective=True)["measure:demo:1:1"].supports
('unit:B', 'unit:各区县政府')
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from reformgraph.metrics.units import COLLECTIVE


@dataclass(frozen=True, slots=True)
class MeasureRoles:
    """The unit ids that lead and that support one measure (sorted; a lead is never also a support)."""

    leads: tuple[str, ...]
    supports: tuple[str, ...]

    @property
    def units(self) -> tuple[str, ...]:
        """Leads then supports."""
        return self.leads + self.supports


def measure_nodes(G: nx.MultiDiGraph) -> list[str]:
    """Every Measure node id, sorted."""
    return sorted(n for n, k in G.nodes(data="kind") if k == "Measure")


def measure_roles(G: nx.MultiDiGraph, *, include_collective: bool = False) -> dict[str, MeasureRoles]:
    """Map every measure that has at least one (counted) unit to its lead and support units.

    Built from LEADS / SUPPORTS edges. A unit that both leads and supports one
    measure counts as lead only. Keys are sorted measure ids.
    """
    leads: dict[str, set[str]] = {}
    supports: dict[str, set[str]] = {}
    units = counted_units(G, include_collective)
    # G.adjacency() yields the raw adjacency dicts: several times faster than G.edges(data=...) here
    for u, nbrs in G.adjacency():
        if u not in units:
            continue
        for m, keyed in nbrs.items():
            for attrs in keyed.values():
                rel = attrs.get("rel")
                if rel == "LEADS":
                    if m in leads:
                        leads[m].add(u)
                    else:
                        leads[m] = {u}
                elif rel == "SUPPORTS":
                    if m in supports:
                        supports[m].add(u)
                    else:
                        supports[m] = {u}
    out: dict[str, MeasureRoles] = {}
    empty: frozenset[str] = frozenset()
    for m in sorted(leads.keys() | supports.keys()):
        lead = leads.get(m, empty)
        support = supports.get(m)
        out[m] = MeasureRoles(
            tuple(sorted(lead)), tuple(sorted(support - lead if lead else support)) if support else ()
        )
    return out


def counted_units(G: nx.MultiDiGraph, include_collective: bool) -> set[str]:
    """Unit node ids, without collective units unless ``include_collective``."""
    return {
        n
        for n, d in G.nodes(data=True)
        if d.get("kind") == "Unit" and (include_collective or d.get("category") != COLLECTIVE)
    }


def responsibilities(G: nx.MultiDiGraph, units: set[str]) -> list[tuple[str, str]]:
    """(unit, workplan) for every RESPONSIBLE_FOR edge from one of ``units`` (each pair once)."""
    out = []
    for u, nbrs in G.adjacency():
        if u in units:
            for target, keyed in nbrs.items():
                for attrs in keyed.values():
                    if attrs.get("rel") == "RESPONSIBLE_FOR":
                        out.append((u, target))
                        break
    return out


def keep_units(roles: dict[str, MeasureRoles], keep) -> dict[str, MeasureRoles]:
    """``roles`` restricted to the units for which ``keep(unit)`` is true (measures left empty are dropped)."""
    members = {u for r in roles.values() for group in (r.leads, r.supports) for u in group}
    dropped = {u for u in members if not keep(u)}
    if not dropped:
        return dict(roles)
    out: dict[str, MeasureRoles] = {}
    for m, r in roles.items():
        if dropped.isdisjoint(r.leads) and dropped.isdisjoint(r.supports):
            out[m] = r
            continue
        leads = tuple(u for u in r.leads if u not in dropped)
        supports = tuple(u for u in r.supports if u not in dropped)
        if leads or supports:
            out[m] = MeasureRoles(leads, supports)
    return out


def parent(G: nx.MultiDiGraph, node: str, kind: str) -> str | None:
    """The PART_OF parent of ``node`` that has ``kind`` (Workplan of a Measure, Reform of a Workplan)."""
    nodes = G.nodes
    for target, keyed in G.adj[node].items():
        for attrs in keyed.values():
            if attrs.get("rel") == "PART_OF" and nodes[target].get("kind") == kind:
                return target
    return None


def part_of(G: nx.MultiDiGraph) -> dict[str, str]:
    """Every Measure → its Workplan and every Workplan → its Reform, in one pass over the edges.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> sorted(part_of(graph_from_measures([("1.1", "A", "")])).items())
    [('measure:demo:1.1:1', 'workplan:demo:1.1'), ('workplan:demo:1.1', 'reform:demo:1')]
    """
    kind = dict(G.nodes(data="kind"))
    wanted = {"Measure": "Workplan", "Workplan": "Reform"}
    out: dict[str, str] = {}
    for n, nbrs in G.adjacency():
        target_kind = wanted.get(kind[n])
        if target_kind is None:
            continue
        for target, keyed in nbrs.items():
            if kind[target] == target_kind:
                for a in keyed.values():
                    if a.get("rel") == "PART_OF":
                        out[n] = target
                        break
                else:
                    continue
                break
    return out

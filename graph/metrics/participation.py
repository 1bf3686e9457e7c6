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
    nodes = G.nodes
    # G.adjacency() yields the raw adjacency dicts: several times faster than G.edges(data=...) here
    for u, nbrs in G.adjacency():
        d = nodes[u]
        if d.get("kind") != "Unit" or (not include_collective and d.get("category") == COLLECTIVE):
            continue
        for m, keyed in nbrs.items():
            for attrs in keyed.values():
                rel = attrs.get("rel")
                if rel == "LEADS":
                    leads.setdefault(m, set()).add(u)
                elif rel == "SUPPORTS":
                    supports.setdefault(m, set()).add(u)
    out: dict[str, MeasureRoles] = {}
    for m in sorted(set(leads) | set(supports)):
        lead = leads.get(m, set())
        out[m] = MeasureRoles(tuple(sorted(lead)), tuple(sorted(supports.get(m, set()) - lead)))
    return out


def keep_units(roles: dict[str, MeasureRoles], keep) -> dict[str, MeasureRoles]:
    """``roles`` restricted to the units for which ``keep(unit)`` is true (measures left empty are dropped)."""
    out: dict[str, MeasureRoles] = {}
    for m, r in roles.items():
        leads = tuple(u for u in r.leads if keep(u))
        supports = tuple(u for u in r.supports if keep(u))
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
        target_kind = wanted.get(kind.get(n))
        if target_kind is None:
            continue
        for target, keyed in nbrs.items():
            if kind.get(target) == target_kind and any(a.get("rel") == "PART_OF" for a in keyed.values()):
                out[n] = target
                break
    return out

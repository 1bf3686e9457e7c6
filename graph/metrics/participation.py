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
from itertools import compress, repeat

import networkx as nx

from reformgraph.metrics.units import COLLECTIVE, nodes_of_kind


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
    return sorted(nodes_of_kind(G, "Measure"))


def measure_roles(G: nx.MultiDiGraph, *, include_collective: bool = False) -> dict[str, MeasureRoles]:
    """Map every measure that has at least one (counted) unit to its lead and support units.

    Built from LEADS / SUPPORTS edges. A unit that both leads and supports one
    measure counts as lead only. Keys are sorted measure ids.
    """
    leads: dict[str, set[str]] = {}
    supports: dict[str, set[str]] = {}
    succ = G._adj  # the raw adjacency dicts: several times faster than G.edges(data=...) here
    for u in _units(G, include_collective):
        for m, keyed in succ[u].items():
            for attrs in keyed.values():
                rel = attrs.get("rel")
                if rel == "LEADS":
                    have = leads.get(m)
                    if have is None:
                        leads[m] = {u}
                    else:
                        have.add(u)
                elif rel == "SUPPORTS":
                    have = supports.get(m)
                    if have is None:
                        supports[m] = {u}
                    else:
                        have.add(u)
    empty: frozenset[str] = frozenset()
    return {m: _roles(leads.get(m, empty), supports.get(m)) for m in sorted(leads.keys() | supports.keys())}


def unit_measure_roles(G: nx.MultiDiGraph, unit: str) -> dict[str, MeasureRoles]:
    """``measure_roles(G, include_collective=True)`` of only the measures ``unit`` leads or supports.

    Found from the unit's own edges and its measures' incoming ones: the cost of
    one unit's measures, not of the whole graph (0.8 s on a 100-document graph).

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", "B"), ("2", "C", "A、各区县政府"), ("3", "B", "C")])
    >>> unit_measure_roles(G, "unit:A") == {m: r for m, r in measure_roles(G, include_collective=True).items()
    ...                                     if "unit:A" in r.units}
    True
    """
    node, pred = G._node, G._pred
    out: dict[str, MeasureRoles] = {}
    for m in role_measures(G, unit):
        lead: set[str] = set()
        support: set[str] = set()
        for u, keyed in pred[m].items():
            if node[u].get("kind") == "Unit":
                for attrs in keyed.values():
                    rel = attrs.get("rel")
                    if rel == "LEADS":
                        lead.add(u)
                    elif rel == "SUPPORTS":
                        support.add(u)
        out[m] = _roles(lead, support)
    return out


def role_measures(G: nx.MultiDiGraph, unit: str) -> list[str]:
    """The measures ``unit`` leads or supports, sorted: the keys of ``unit_measure_roles``, from its own edges.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> role_measures(graph_from_measures([("1", "A", "B"), ("2", "B", "A")]), "unit:B")
    ['measure:demo:1:1', 'measure:demo:2:1']
    """
    return sorted(m for m, keyed in G._adj[unit].items() if any(a.get("rel") in ROLE_RELS for a in keyed.values()))


ROLE_RELS = frozenset({"LEADS", "SUPPORTS"})  # the edges from a unit to a measure it takes a role in


def _roles(lead: set[str] | frozenset[str], support: set[str] | None) -> MeasureRoles:
    """One measure's roles from the sets of units leading and supporting it (a lead is never also a support)."""
    if support and lead:
        support = support - lead
    # most measures have one lead and one or two supports: sort only what has an order to find
    return MeasureRoles(
        (*lead,) if len(lead) < 2 else tuple(sorted(lead)),
        ((*support,) if len(support) < 2 else tuple(sorted(support))) if support else (),
    )


def counted_units(G: nx.MultiDiGraph, include_collective: bool) -> set[str]:
    """Unit node ids, without collective units unless ``include_collective``."""
    return set(_units(G, include_collective))


def _units(G: nx.MultiDiGraph, include_collective: bool) -> list[str]:
    """``counted_units`` in the graph's order (walking their edges in that order keeps to memory order)."""
    node = G._node
    units = nodes_of_kind(G, "Unit")
    return units if include_collective else [n for n in units if node[n].get("category") != COLLECTIVE]


def responsibilities(G: nx.MultiDiGraph, units: set[str]) -> list[tuple[str, str]]:
    """(unit, workplan) for every RESPONSIBLE_FOR edge from one of ``units`` (each pair once)."""
    out = []
    adj = G._adj
    for u in compress(adj, map(units.__contains__, adj)):  # in the graph's order, the others skipped in C
        for target, keyed in adj[u].items():
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
    """The PART_OF parent of ``node`` that has ``kind`` (Workplan of a Measure, Reform of a Workplan).

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> parent(graph_from_measures([("1.1", "A", "")]), "measure:demo:1.1:1", "Workplan")
    'workplan:demo:1.1'
    """
    nodes = G._node  # the raw dicts: a unit's table of 19,900 measures asks 39,800 times
    for target, keyed in G._adj.get(node, {}).items():  # a node not in the graph has none
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
    node, adj = G._node, G._adj
    kinds = list(map(dict.get, node.values(), repeat("kind")))
    kind = dict(zip(node, kinds))
    wanted = {"Measure": "Workplan", "Workplan": "Reform"}
    out: dict[str, str] = {}
    # measures and workplans in the graph's order (the nodes of other kinds skipped in C)
    for n in compress(node, map(wanted.__contains__, kinds)):
        target_kind = wanted[kind[n]]
        for target, keyed in adj[n].items():
            if kind[target] == target_kind:
                for a in keyed.values():
                    if a.get("rel") == "PART_OF":
                        out[n] = target
                        break
                else:
                    continue
                break
    return out

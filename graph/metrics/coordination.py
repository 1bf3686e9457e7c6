"""The coordination graph: units linked when they share a measure.

Undirected: two units are linked when they take part (lead or support) in the
same measure; ``weight`` is the number of such measures, ``distance`` is
``1 / weight`` (a strong tie is a short hop, for weighted shortest paths), and
``measures`` lists them. Directed: an edge lead → support for every measure
that ``lead`` leads and ``support`` supports. Co-leads of one measure are
linked in the undirected graph only. Units that take part in no measure are
not nodes. Nodes carry ``name`` and ``category``.

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B"), ("2", "A", "B、C")])
>>> C = coordination_graph(G)
>>> sorted((C.nodes[u]["name"], C.nodes[v]["name"], d["weight"]) for u, v, d in C.edges(data=True))
[('A', 'B', 2), ('A', 'C', 1), ('B', 'C', 1)]
>>> D = coordination_digraph(G)
>>> sorted((D.nodes[u]["name"], D.nodes[v]["name"], d["weight"]) for u, v, d in D.edges(data=True))
[('A', 'B', 2), ('A', 'C', 1)]
"""

from __future__ import annotations

import networkx as nx

from reformgraph.metrics.participation import MeasureRoles, measure_roles
from reformgraph.metrics.units import unit_name


def _add_nodes(G: nx.MultiDiGraph, H: nx.Graph, units: set[str]) -> None:
    for u in sorted(units, key=lambda n: (unit_name(G, n), n)):
        H.add_node(u, name=unit_name(G, u), category=G.nodes[u].get("category") or "other")


def coordination_graph(
    G: nx.MultiDiGraph, *, include_collective: bool = False, roles: dict[str, MeasureRoles] | None = None
) -> nx.Graph:
    """Project ``G`` onto units: an edge per pair of units sharing at least one measure.

    Parameters
    ----------
    G
        A reformgraph/1 graph (not modified).
    include_collective
        Keep collective units (各区县政府 …) as nodes; by default they are left
        out, so two units are not linked merely because both work with 各区县政府.
    roles
        ``measure_roles(G, include_collective=include_collective)`` when the caller has them.

    Returns
    -------
    networkx.Graph
        Nodes: unit ids taking part in at least one measure, inserted in name
        order. Edge attributes: ``weight`` (int, shared measures),
        ``distance`` (``1 / weight``) and ``measures`` (sorted tuple of ids).
    """
    return project(G, measure_roles(G, include_collective=include_collective) if roles is None else roles)


def project(G: nx.MultiDiGraph, roles: dict[str, MeasureRoles]) -> nx.Graph:
    """``coordination_graph`` from already computed ``measure_roles`` (saves a scan when several metrics run)."""
    # unit a → unit b (a < b) → the measures both take part in; walked in sorted order below, which is the
    # order of the sorted (a, b) pairs without sorting 110,000 pairs of strings
    shared: dict[str, dict[str, list[str]]] = {}
    units: set[str] = set()
    for m, r in roles.items():
        members = r.leads + r.supports
        if len(members) > 1:
            members = sorted(members)
        units.update(members)
        for i, a in enumerate(members, 1):
            row = shared.get(a)
            if row is None:
                row = shared[a] = {}
            for b in members[i:]:
                ms = row.get(b)
                if ms is None:
                    row[b] = [m]
                else:
                    ms.append(m)
    C = nx.Graph()
    _add_nodes(G, C, units)
    adj = C._adj  # networkx's own adjacency dicts, filled as add_edge would (110,000 calls cost a second)
    for a in sorted(shared):
        row, adj_a = shared[a], adj[a]
        for b in sorted(row):
            ms = row[b]
            adj_a[b] = adj[b][a] = {"weight": len(ms), "distance": 1.0 / len(ms), "measures": tuple(ms)}
    return C


def coordination_digraph(G: nx.MultiDiGraph, *, include_collective: bool = False) -> nx.DiGraph:
    """The directed projection: ``lead → support`` for each measure, weighted by how many.

    Nodes are the same as in ``coordination_graph``; edge attributes are
    ``weight`` (int), ``distance`` and ``measures`` as there.
    """
    shared: dict[tuple[str, str], list[str]] = {}
    units: set[str] = set()
    for m, r in measure_roles(G, include_collective=include_collective).items():
        units.update(r.units)
        for a in r.leads:
            for b in r.supports:
                shared.setdefault((a, b), []).append(m)
    D = nx.DiGraph()
    _add_nodes(G, D, units)
    succ, pred = D._succ, D._pred  # as in project: add_edge's own dicts, without its per-call cost
    for a, b in sorted(shared):
        ms = shared[(a, b)]
        succ[a][b] = pred[b][a] = {"weight": len(ms), "distance": 1.0 / len(ms), "measures": tuple(ms)}
    return D

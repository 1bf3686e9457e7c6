"""Bottlenecks: units that sit between others in the coordination graph.

Three numbers per unit (docs/metrics.md):

- ``betweenness``: weighted betweenness centrality on the coordination graph
  (edge length ``1 / shared measures``), normalised to 0..1: the share of
  shortest coordination chains between other pairs of units that pass
  through this unit.
- ``articulation``: True when removing the unit splits its part of the
  coordination graph; ``cut_off`` is how many units would then lose every
  chain to the largest remaining part.
- ``dependents``: distinct lead units that rely on this unit as a supporting
  unit in at least one measure (in-degree in the lead → support graph).

>>> from graph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B"), ("2", "B", "C"), ("3", "D", "C")])
>>> [(b.name, round(b.betweenness, 3), b.articulation, b.cut_off, b.dependents) for b in bottlenecks(G)]
[('C', 0.667, True, 1, 2), ('B', 0.667, True, 1, 1), ('A', 0.0, False, 0, 0), ('D', 0.0, False, 0, 0)]
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

import networkx as nx

from graph.metrics.coordination import coordination_digraph, coordination_graph

#: With ``k="auto"``: exact betweenness while (units x links) stays within this budget
#: (about 4 s with igraph on a 2-core machine), else sampled with as many sources as fit in it.
BETWEENNESS_WORK_BUDGET = 150_000_000
#: With ``k="auto"``: never fewer sampled sources than this (top-20 agreement; benchmarks/bench_metrics.py).
MIN_SAMPLED_K = 500
DEFAULT_SEED = 42


@dataclass(frozen=True, slots=True)
class Bottleneck:
    """One unit's bottleneck numbers (see the module docstring for their meaning)."""

    unit: str
    name: str
    category: str
    betweenness: float
    articulation: bool
    cut_off: int
    dependents: int


def auto_k(n: int, m: int) -> int | None:
    """The number of sampled sources ``k="auto"`` uses for ``n`` units and ``m`` links (None: exact).

    >>> auto_k(106, 516) is None, auto_k(3400, 110_000)
    (True, 1363)
    """
    if n * m <= BETWEENNESS_WORK_BUDGET:
        return None
    k = max(MIN_SAMPLED_K, BETWEENNESS_WORK_BUDGET // max(m, 1))
    return None if k >= n else int(k)


def _resolve_k(C: nx.Graph, k: int | None | Literal["auto"]) -> int | None:
    n = C.number_of_nodes()
    if k == "auto":
        return auto_k(n, C.number_of_edges())
    if k is not None and k >= n:
        return None
    if k is not None and k < 1:
        raise ValueError(f"k must be a positive number of sampled units, got {k}")
    return k


def coordination_betweenness(C: nx.Graph, *, k: int | None | Literal["auto"] = "auto",
                             seed: int = DEFAULT_SEED) -> dict[str, float]:
    """Weighted, normalised betweenness of a coordination graph (from ``coordination_graph``).

    Edge length is the ``distance`` attribute (``1 / shared measures``).
    Computed with igraph (C code, about 30x faster than networkx here; path
    lengths compared with a tolerance, so 1/3+1/3+1/3 ties with 1).

    Parameters
    ----------
    k
        ``None``: exact. An int: estimate from ``k`` source units drawn with
        ``random.Random(seed)`` (repeatable), scaled to the whole graph.
        ``"auto"``: exact within ``BETWEENNESS_WORK_BUDGET``, else sampled
        (``auto_k``).
    seed
        Seed of the source sample.

    Returns
    -------
    dict
        Unit id → value in 0..1 (the share of shortest chains between pairs
        of other units that pass through it), in the graph's node order.

    Examples
    --------
    >>> C = nx.Graph([("a", "b", {"distance": 1.0}), ("b", "c", {"distance": 1.0})])
    >>> coordination_betweenness(C)
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    import igraph

    nodes = list(C)
    n = len(nodes)
    if n < 3 or C.number_of_edges() == 0:
        return {u: 0.0 for u in nodes}
    kk = _resolve_k(C, k)
    index = {u: i for i, u in enumerate(nodes)}
    g = igraph.Graph(n=n, edges=[(index[u], index[v]) for u, v in C.edges()], directed=False)
    lengths = [float(d) for _, _, d in C.edges(data="distance", default=1.0)]
    if kk is None:
        raw = g.betweenness(directed=False, weights=lengths)
    else:
        sources = sorted(random.Random(seed).sample(range(n), kk))
        sampled = set(sources)
        partial = g.betweenness(directed=False, weights=lengths, sources=sources)
        # v's betweenness sums over sources other than v: scale by (n - 1) / (sampled sources other than v)
        raw = [r * (n - 1) / (kk - (i in sampled)) if kk - (i in sampled) else 0.0
               for i, r in enumerate(partial)]
    scale = 2.0 / ((n - 1) * (n - 2))
    return {u: float(raw[i]) * scale for i, u in enumerate(nodes)}


def betweenness(G: nx.MultiDiGraph, *, include_collective: bool = False,
                k: int | None | Literal["auto"] = "auto", seed: int = DEFAULT_SEED) -> dict[str, float]:
    """Weighted betweenness of every unit in the coordination graph of ``G``.

    Returns unit id → value in 0..1, in name order.

    >>> from graph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", "B"), ("2", "B", "C")])
    >>> betweenness(G)
    {'unit:A': 0.0, 'unit:B': 1.0, 'unit:C': 0.0}
    """
    return coordination_betweenness(coordination_graph(G, include_collective=include_collective),
                                    k=k, seed=seed)


def _cut_off(C: nx.Graph, node: str) -> int:
    component = nx.node_connected_component(C, node)
    rest = C.subgraph(component - {node})
    sizes = sorted((len(c) for c in nx.connected_components(rest)), reverse=True)
    return sum(sizes[1:])


def bottlenecks(G: nx.MultiDiGraph, *, include_collective: bool = False,
                k: int | None | Literal["auto"] = "auto", seed: int = DEFAULT_SEED) -> list[Bottleneck]:
    """Every unit of the coordination graph with its bottleneck numbers.

    Sorted by betweenness, then dependents (both descending), then name.
    ``k`` and ``seed`` are as in ``coordination_betweenness``.
    """
    C = coordination_graph(G, include_collective=include_collective)
    D = coordination_digraph(G, include_collective=include_collective)
    bc = coordination_betweenness(C, k=k, seed=seed)
    cuts = set(nx.articulation_points(C))
    rows = [
        Bottleneck(unit=u, name=C.nodes[u]["name"], category=C.nodes[u]["category"],
                   betweenness=bc[u], articulation=u in cuts,
                   cut_off=_cut_off(C, u) if u in cuts else 0, dependents=int(D.in_degree(u)))
        for u in C
    ]
    return sorted(rows, key=lambda b: (-b.betweenness, -b.dependents, b.name, b.unit))

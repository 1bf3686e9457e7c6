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

from dataclasses import dataclass
from typing import Literal

import networkx as nx

from graph.metrics.coordination import coordination_digraph, coordination_graph

#: With ``k="auto"``, exact betweenness up to this many units, else sampled.
EXACT_BETWEENNESS_LIMIT = 1500
#: With ``k="auto"`` above the limit: the number of sampled source units.
SAMPLED_K = 500
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


def _resolve_k(C: nx.Graph, k: int | None | Literal["auto"]) -> int | None:
    n = C.number_of_nodes()
    if k == "auto":
        return None if n <= EXACT_BETWEENNESS_LIMIT else SAMPLED_K
    if k is not None and k >= n:
        return None
    return k


def coordination_betweenness(C: nx.Graph, *, k: int | None | Literal["auto"] = "auto",
                             seed: int = DEFAULT_SEED) -> dict[str, float]:
    """Weighted, normalised betweenness of a coordination graph (from ``coordination_graph``).

    ``k=None`` is exact; an int samples that many source units (seeded, so
    repeatable); ``"auto"`` is exact up to ``EXACT_BETWEENNESS_LIMIT`` units.
    """
    kk = _resolve_k(C, k)
    values = nx.betweenness_centrality(C, k=kk, normalized=True, weight="distance",
                                       seed=seed if kk is not None else None)
    return {u: float(values[u]) for u in C}


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

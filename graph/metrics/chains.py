"""Chains: the shortest coordination chain between two units, hop by hop.

A chain is a shortest path (fewest hops) in the coordination graph; each hop
lists the measures the two units share. When several shortest chains exist,
the one returned is the first in name order, and ``count`` says how many
there are (``count - 1`` alternatives).

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B"), ("2", "B", "D"), ("3", "A", "C"), ("4", "C", "D")])
>>> c = shortest_chain(G, "unit:A", "unit:D")
>>> c.names, c.length, c.count
(('A', 'B', 'D'), 2, 2)
>>> c.hops[0].measures
('measure:demo:1:1',)
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from reformgraph.errors import NoChainError
from reformgraph.metrics.coordination import coordination_graph
from reformgraph.metrics.units import unit_name


@dataclass(frozen=True, slots=True)
class Hop:
    """Two consecutive units of a chain and the measures they share (sorted ids)."""

    source: str
    target: str
    source_name: str
    target_name: str
    measures: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Chain:
    """A shortest chain: its units (ids and names), hops, length in hops, and how many shortest chains exist."""

    units: tuple[str, ...]
    names: tuple[str, ...]
    hops: tuple[Hop, ...]
    length: int
    count: int


def _bfs(C: nx.Graph, start: str) -> tuple[dict[str, int], dict[str, int]]:
    """Hop distances from ``start`` and the number of shortest paths to each node."""
    dist, sigma = {start: 0}, {start: 1}
    frontier = [start]
    while frontier:
        nxt = []
        for u in frontier:
            for v in C[u]:
                if v not in dist:
                    dist[v] = dist[u] + 1
                    sigma[v] = 0
                    nxt.append(v)
                if dist[v] == dist[u] + 1:
                    sigma[v] += sigma[u]
        frontier = nxt
    return dist, sigma


def shortest_chain(G: nx.MultiDiGraph, source: str, target: str, *, include_collective: bool = False) -> Chain:
    """Return the shortest coordination chain from unit ``source`` to unit ``target`` (node ids).

    Collective units are used as links only with ``include_collective``; the
    two endpoints are always kept, collective or not.

    Raises
    ------
    NoChainError
        When either unit takes part in no measure, or no chain connects them.

    Examples
    --------
    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", "B"), ("2", "C", "D")])
    >>> shortest_chain(G, "unit:A", "unit:C")
    Traceback (most recent call last):
    ...
    reformgraph.errors.NoChainError: no coordination chain links A and C: they are in separate parts of the coordination graph
    """
    C = coordination_graph(G, include_collective=True)
    if not include_collective:
        drop = [u for u in C if C.nodes[u]["category"] == "collective" and u not in (source, target)]
        C = C.subgraph(set(C) - set(drop))
    for u in (source, target):
        if u not in C or C.degree(u) == 0:
            raise NoChainError(f"{unit_name(G, u)} shares no measure with any other unit")
    a, b = unit_name(G, source), unit_name(G, target)
    dist_s, sigma = _bfs(C, source)
    if target not in dist_s:
        raise NoChainError(
            f"no coordination chain links {a} and {b}: they are in separate parts of the coordination graph"
        )
    dist_t, _ = _bfs(C, target)
    path = [source]
    while path[-1] != target:
        u = path[-1]
        step = [v for v in C[u] if dist_s.get(v) == dist_s[u] + 1 and dist_t.get(v) == dist_t[u] - 1]
        path.append(min(step, key=lambda v: (C.nodes[v]["name"], v)))
    hops = tuple(
        Hop(u, v, C.nodes[u]["name"], C.nodes[v]["name"], tuple(C[u][v]["measures"])) for u, v in zip(path, path[1:])
    )
    return Chain(
        units=tuple(path),
        names=tuple(C.nodes[u]["name"] for u in path),
        hops=hops,
        length=len(hops),
        count=int(sigma[target]),
    )

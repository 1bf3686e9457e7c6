"""Bottlenecks: units that sit between others in the coordination graph.

Three numbers per unit (docs/metrics.md):

- ``betweenness``: betweenness centrality on the coordination graph,
  normalised to 0..1: the share of shortest coordination chains between
  pairs of other units that pass through this unit. By default a chain's
  length is its number of hops, the same chains ``shortest_chain`` shows;
  ``weighted=True`` makes a hop between units sharing w measures 1/w long.
- ``articulation``: True when removing the unit splits its part of the
  coordination graph; ``cut_off`` is how many units would then lose every
  chain to the largest remaining part.
- ``dependents``: distinct lead units that rely on this unit as a supporting
  unit in at least one measure (in-degree in the lead → support graph).

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "A", "B"), ("2", "B", "C"), ("3", "D", "C")])
>>> [(b.name, round(b.betweenness, 3), b.articulation, b.cut_off, b.dependents) for b in bottlenecks(G)]
[('C', 0.667, True, 1, 2), ('B', 0.667, True, 1, 1), ('A', 0.0, False, 0, 0), ('D', 0.0, False, 0, 0)]
"""

from __future__ import annotations

import os
import random
import sys
import threading
from array import array
from dataclasses import dataclass
from typing import Literal

import networkx as nx

from reformgraph.metrics.coordination import project
from reformgraph.metrics.igraphs import igraph_for, to_igraph
from reformgraph.metrics.participation import MeasureRoles, measure_roles

#: With ``k="auto"``: exact betweenness while its cost (units x links, x5 when weighted:
#: Dijkstra instead of breadth-first search) stays within this budget, about 4 s with
#: igraph on this 2-core machine; above it, sampled with as many sources as fit.
BETWEENNESS_WORK_BUDGET = 600_000_000
#: With ``k="auto"``: never fewer sampled sources than this.
MIN_SAMPLED_K = 500
#: Relative cost of weighted (Dijkstra) against hop (BFS) betweenness, measured by benchmarks/bench_metrics.py.
WEIGHTED_COST = 5
DEFAULT_SEED = 42
#: Exact betweenness of a coordination graph with this many units or more is computed on two cores: this process
#: and a forked child each sum the shortest chains from half of the source units (``_exact_betweenness``).
SPLIT_MIN_NODES = 1_000
#: Betweenness computed by igraph is rounded to this many significant digits, so that values summed in another
#: order (two processes, each over half of the sources) are the same numbers and ties stay ties.
BETWEENNESS_DIGITS = 10


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


def auto_k(n: int, m: int, *, weighted: bool = False) -> int | None:
    """The number of sampled sources ``k="auto"`` uses for ``n`` units and ``m`` links (None: exact).

    >>> auto_k(106, 516), auto_k(3400, 110_000), auto_k(3400, 110_000, weighted=True)
    (None, None, 1090)
    """
    work = n * m * (WEIGHTED_COST if weighted else 1)
    if work <= BETWEENNESS_WORK_BUDGET:
        return None
    k = max(MIN_SAMPLED_K, BETWEENNESS_WORK_BUDGET // (max(m, 1) * (WEIGHTED_COST if weighted else 1)))
    return None if k >= n else int(k)


def _resolve_k(C: nx.Graph, k: int | None | Literal["auto"], weighted: bool) -> int | None:
    n = C.number_of_nodes()
    if k == "auto":
        return auto_k(n, C.number_of_edges(), weighted=weighted)
    if k is not None and k < 1:
        raise ValueError(f"k must be a positive number of sampled units, got {k}")
    if k is not None and k >= n:
        return None
    return k


def coordination_betweenness(
    C: nx.Graph, *, weighted: bool = False, k: int | None | Literal["auto"] = "auto", seed: int = DEFAULT_SEED
) -> dict[str, float]:
    """Normalised betweenness of a coordination graph (from ``coordination_graph``).

    Graphs of ``IGRAPH_MIN_NODES`` units or more are computed with igraph when
    the ``fast`` extra is installed (C code; networkx takes about 30x longer on
    the 3,400-unit synthetic corpus, see docs/metrics.md); smaller ones, or
    without igraph, with networkx (an 82-unit projection takes 10 ms, less than
    importing igraph). Exact values agree; sampled estimates (``k``) follow each
    library's sampling. igraph compares weighted path lengths with a tolerance,
    so 1/3 + 1/3 + 1/3 ties with 1. From igraph, exact values of graphs of
    ``SPLIT_MIN_NODES`` units or more are summed on two cores, and every
    igraph value is rounded to ``BETWEENNESS_DIGITS`` significant digits (the
    same numbers however the sums were split).

    Parameters
    ----------
    weighted
        False (default): a chain's length is its number of hops. True: a hop
        is ``distance`` long (``1 / shared measures``).
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
    nodes = list(C)
    n = len(nodes)
    if n < 3 or C.number_of_edges() == 0:
        return {u: 0.0 for u in nodes}
    kk = _resolve_k(C, k, weighted)
    igraph = igraph_for(C)
    if igraph is None:
        values = nx.betweenness_centrality(C, k=kk, normalized=True, weight="distance" if weighted else None, seed=seed)
        return {u: float(values[u]) for u in nodes}
    g, _, lengths = to_igraph(igraph, C, "distance" if weighted else None)
    if kk is None:
        raw = _exact_betweenness(g, n, lengths)
    else:
        sources = sorted(random.Random(seed).sample(range(n), kk))
        sampled = set(sources)
        partial = g.betweenness(directed=False, weights=lengths, sources=sources)
        # v's betweenness sums over sources other than v: scale by (n - 1) / (sampled sources other than v)
        raw = [r * (n - 1) / (kk - (i in sampled)) if kk - (i in sampled) else 0.0 for i, r in enumerate(partial)]
    scale = 2.0 / ((n - 1) * (n - 2))
    return {u: float(f"{raw[i] * scale:.{BETWEENNESS_DIGITS}g}") for i, u in enumerate(nodes)}


def _exact_betweenness(g, n: int, lengths: list[float] | None) -> list[float]:
    """igraph's exact (unnormalised) betweenness of ``g``, half of it computed in a forked process when it pays.

    Every vertex's value is a sum over source vertices, so the sums over the
    even and the odd sources add up to it. python-igraph holds the interpreter
    lock while it computes, so a second thread would wait; a child process
    forked from this one shares the graph without copying it, sums the odd
    sources on the other core and sends its numbers back through a pipe. Only
    the order of the floating-point additions differs from one call over all
    sources (last bits; ``BETWEENNESS_DIGITS`` rounds that away). When the
    child fails, its half is computed here.
    """
    if n < SPLIT_MIN_NODES or not _can_fork():
        return g.betweenness(directed=False, weights=lengths)
    odd = range(1, n, 2)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its half as raw doubles, then gone without running any of the parent's clean-up
        status = 1
        try:
            os.close(read_end)
            with open(write_end, "wb") as out:
                out.write(array("d", g.betweenness(directed=False, weights=lengths, sources=odd)).tobytes())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    even = g.betweenness(directed=False, weights=lengths, sources=range(0, n, 2))
    with open(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    half = array("d")
    if status == 0 and len(data) == 8 * n:
        half.frombytes(data)
    else:
        half = g.betweenness(directed=False, weights=lengths, sources=odd)
    return [a + b for a, b in zip(even, half)]


def _can_fork() -> bool:
    """True on Linux with two or more CPUs for this process and no other thread running (forking then is safe)."""
    return sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) >= 2 and threading.active_count() == 1


def betweenness(
    G: nx.MultiDiGraph,
    *,
    include_collective: bool = False,
    weighted: bool = False,
    k: int | None | Literal["auto"] = "auto",
    seed: int = DEFAULT_SEED,
) -> dict[str, float]:
    """Betweenness of every unit in the coordination graph of ``G`` (see ``coordination_betweenness``).

    Returns unit id → value in 0..1, in name order.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", "B"), ("2", "B", "C")])
    >>> betweenness(G)
    {'unit:A': 0.0, 'unit:B': 1.0, 'unit:C': 0.0}
    """
    C = project(G, measure_roles(G, include_collective=include_collective))
    return coordination_betweenness(C, weighted=weighted, k=k, seed=seed)


def cut_offs(C: nx.Graph) -> dict[str, int]:
    """Articulation points of ``C`` → units that would lose every chain to the largest remaining part.

    One depth-first search (Tarjan's low points, iterative), so linear in the
    graph's size however many articulation points there are.

    >>> cut_offs(nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("c", "e")]))
    {'c': 2, 'b': 1}
    """
    disc: dict[str, int] = {}
    low: dict[str, int] = {}
    size: dict[str, int] = {}
    out: dict[str, int] = {}
    for root in C:
        if root in disc:
            continue
        children: dict[str, list[str]] = {}
        separated: dict[str, list[int]] = {}  # sizes of child subtrees that removing the node cuts loose
        count = 0
        disc[root] = low[root] = len(disc)
        stack = [(root, None, iter(C[root]))]
        while stack:
            v, parent, nbrs = stack[-1]
            for w in nbrs:
                if w not in disc:
                    disc[w] = low[w] = len(disc)
                    stack.append((w, v, iter(C[w])))
                    break
                if w != parent:
                    low[v] = min(low[v], disc[w])
            else:
                stack.pop()
                count += 1
                size[v] = 1 + sum(size[c] for c in children.pop(v, ()))
                if parent is not None:
                    low[parent] = min(low[parent], low[v])
                    children.setdefault(parent, []).append(v)
                    if low[v] >= disc[parent]:
                        separated.setdefault(parent, []).append(size[v])
        for v, parts in separated.items():
            if v != root:
                parts = parts + [count - 1 - sum(parts)]
            if len(parts) >= 2:
                out[v] = sum(parts) - max(parts)
    return out


def dependents(roles: dict[str, MeasureRoles]) -> dict[str, int]:
    """Unit id → distinct lead units it supports in some measure (units that support nothing are absent)."""
    leads_of: dict[str, set[str]] = {}
    for r in roles.values():
        for s in r.supports:
            leads_of.setdefault(s, set()).update(r.leads)
    return {u: len(v) for u, v in leads_of.items()}


def bottlenecks(
    G: nx.MultiDiGraph,
    *,
    include_collective: bool = False,
    weighted: bool = False,
    k: int | None | Literal["auto"] = "auto",
    seed: int = DEFAULT_SEED,
) -> list[Bottleneck]:
    """Every unit of the coordination graph with its bottleneck numbers.

    Sorted by betweenness, then dependents (both descending), then name.
    ``weighted``, ``k`` and ``seed`` are as in ``coordination_betweenness``.
    """
    roles = measure_roles(G, include_collective=include_collective)
    return bottlenecks_of(project(G, roles), roles, weighted=weighted, k=k, seed=seed)


def bottlenecks_of(
    C: nx.Graph,
    roles: dict[str, MeasureRoles],
    *,
    weighted: bool = False,
    k: int | None | Literal["auto"] = "auto",
    seed: int = DEFAULT_SEED,
    computed_betweenness: dict[str, float] | None = None,
) -> list[Bottleneck]:
    """``bottlenecks`` from an already built coordination graph and the ``measure_roles`` it came from.

    ``computed_betweenness`` is ``coordination_betweenness(C, weighted=weighted, k=k, seed=seed)`` when the
    caller has it (the costly part: exact betweenness of 3,400 units takes seconds).
    """
    if computed_betweenness is None:
        bc = coordination_betweenness(C, weighted=weighted, k=k, seed=seed)
    else:
        bc = computed_betweenness
    deps = dependents(roles)
    cuts = cut_offs(C)
    rows = [
        Bottleneck(
            unit=u,
            name=C.nodes[u]["name"],
            category=C.nodes[u]["category"],
            betweenness=bc[u],
            articulation=u in cuts,
            cut_off=cuts.get(u, 0),
            dependents=deps.get(u, 0),
        )
        for u in C
    ]
    return sorted(rows, key=lambda b: (-b.betweenness, -b.dependents, b.name, b.unit))

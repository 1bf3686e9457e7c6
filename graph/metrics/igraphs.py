"""igraph for big coordination graphs: loaded only when a graph is big enough to pay for it.

networkx computes the coordination graphs of a plan or two (about a hundred
units) faster than igraph can be imported; graphs of ``IGRAPH_MIN_NODES``
units or more are handed to igraph (the ``fast`` extra) when it is installed.
Without it, networkx computes every graph.

>>> import networkx as nx
>>> small = nx.Graph([("a", "b", {"weight": 2})])
>>> igraph_for(small) is None  # too small: networkx is faster
True
>>> ig = load_igraph()
>>> if ig is not None:
...     g, nodes, weights = to_igraph(ig, small, "weight")
...     assert (g.vcount(), g.ecount(), nodes, weights) == (2, 1, ["a", "b"], [2.0])
"""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import networkx as nx

IGRAPH_MIN_NODES = 500  # below this, networkx is faster than importing igraph


def load_igraph():
    """The igraph module, or None without the ``fast`` extra.

    igraph imports matplotlib.pyplot for plotting whenever matplotlib is
    installed (half a second; we never plot with igraph). In the main thread,
    where nothing else can be importing at the same time, matplotlib is
    hidden during the import so igraph takes its no-plotting path; it stays
    importable for everything else afterwards.
    """
    hide = "matplotlib" not in sys.modules and threading.current_thread() is threading.main_thread()
    if hide:
        sys.modules["matplotlib"] = None  # type: ignore[assignment]  # `import matplotlib` raises ImportError
    try:
        import igraph
    except ImportError:  # the `fast` extra is optional
        return None
    finally:
        if hide and sys.modules.get("matplotlib", ...) is None:
            del sys.modules["matplotlib"]
    return igraph


def igraph_for(C: nx.Graph):
    """The igraph module when ``C`` is computed with it (big enough, extra installed), else None."""
    return load_igraph() if C.number_of_nodes() >= IGRAPH_MIN_NODES else None


def to_igraph(igraph: Any, C: nx.Graph, weight: str | None = None) -> tuple[Any, list, list[float] | None]:
    """(igraph copy of the undirected ``C``, its nodes in vertex order, each edge's ``weight`` or None)."""
    nodes = list(C)
    index = {u: i for i, u in enumerate(nodes)}
    edges: list[tuple[int, int]] = []
    attrs: list[dict] = []
    # networkx's own adjacency (each edge is seen from both ends: kept once, from its lower-numbered end, in
    # the order C.edges() gives); three times faster than C.edges(data=...) on 110,000 links
    for i, nbrs in enumerate(C._adj.values()):
        for v, d in nbrs.items():
            j = index[v]
            if j >= i:
                edges.append((i, j))
                attrs.append(d)
    g = igraph.Graph(n=len(nodes), edges=edges, directed=False)
    weights = [float(d.get(weight, 1.0)) for d in attrs] if weight else None
    return g, nodes, weights


_SEEDED = threading.Lock()


@contextmanager
def seeded(igraph: Any, seed: int) -> Iterator[None]:
    """igraph's random choices drawn from ``random.Random(seed)`` inside the block (repeatable results).

    python-igraph draws from one process-wide generator, the ``random``
    module unless set; it is put back afterwards. One block runs at a time
    (the explorer serves sessions in threads), so no run draws from another's
    generator.
    """
    with _SEEDED:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            igraph.set_random_number_generator(random)

"""A reformgraph/1 graph as plain dicts: built and read without networkx, handed to it without a copy.

``build`` and the graph JSON reader fill a :class:`GraphData`; networkx is
imported only when a metric needs the graph (``to_networkx``), so
``reformgraph build plan.md --json g.json`` never pays for importing it. The
dicts have networkx's own layout (node → attributes; source → target → key →
attributes, with the same key dicts reachable from the target's side), so
``to_networkx`` only hands them over, and ``GraphData.of(G)`` reads a
networkx graph the same way without copying it.

>>> data = GraphData({"schema": "reformgraph/1"})
>>> data.add_node("unit:A", kind="Unit", name="A")
>>> data.add_node("measure:d:1:1", kind="Measure")
>>> data.add_edge("unit:A", "measure:d:1:1", rel="LEADS"), data.add_edge("unit:A", "measure:d:1:1", rel="SUPPORTS")
(0, 1)
>>> data.number_of_edges(), data.has_edge("measure:d:1:1", "unit:A")
(2, False)
>>> G = data.to_networkx()
>>> sorted(G.edges(keys=True, data="rel"))
[('unit:A', 'measure:d:1:1', 0, 'LEADS'), ('unit:A', 'measure:d:1:1', 1, 'SUPPORTS')]
>>> GraphData.of(G).nodes is data.nodes
True
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # networkx is imported where a graph object is made, never at import time
    import networkx as nx


class GraphData:
    """Graph attributes, nodes and keyed edges of a directed multigraph, in insertion order.

    Attributes
    ----------
    graph
        Graph attributes (``schema``, ``documents`` …).
    nodes
        Node id → attribute dict.
    succ, pred
        Source → target → {key: attribute dict}, and target → source → the
        same key dict. Every node has an entry in both, possibly empty.

    Adding a node that exists updates its attributes; adding an edge adds
    missing endpoints without attributes, as networkx does. Once
    ``to_networkx`` has been called the dicts belong to that graph: change
    the graph, not this object.
    """

    __slots__ = ("graph", "nodes", "succ", "pred", "_networkx")

    def __init__(self, graph: dict[str, Any] | None = None):
        self.graph: dict[str, Any] = graph if graph is not None else {}
        self.nodes: dict[Any, dict[str, Any]] = {}
        self.succ: dict[Any, dict[Any, dict[Any, dict[str, Any]]]] = {}
        self.pred: dict[Any, dict[Any, dict[Any, dict[str, Any]]]] = {}
        self._networkx: nx.MultiDiGraph | None = None

    @classmethod
    def of(cls, G: nx.MultiDiGraph) -> GraphData:
        """A view of the networkx multigraph ``G`` (its own dicts, not a copy).

        Raises TypeError for a graph that is not a directed multigraph (the contract's kind).
        """
        if not (G.is_directed() and G.is_multigraph()):
            raise TypeError(f"expected a directed multigraph (networkx.MultiDiGraph), got {type(G).__name__}")
        data = cls(G.graph)
        data.nodes, data.succ, data.pred = G._node, G._succ, G._pred
        data._networkx = G
        return data

    def __contains__(self, node: Any) -> bool:
        return node in self.nodes

    def add_node(self, node: Any, **attrs: Any) -> None:
        """Add ``node`` with ``attrs``, or update the attributes of an existing one."""
        d = self.nodes.get(node)
        if d is None:
            self.nodes[node] = attrs
            self.succ[node] = {}
            self.pred[node] = {}
        else:
            d.update(attrs)

    def add_edge(self, u: Any, v: Any, **attrs: Any) -> int:
        """Add an edge ``u → v`` with ``attrs``; return its key (0 for the first edge between them, then 1 …)."""
        # every node has an entry in ``succ`` and ``pred``: looking there tells whether it is a node and gives
        # the dict the edge goes into (one lookup of each end in a big graph's dicts, not two)
        nbrs = self.succ.get(u)
        if nbrs is None:
            self.add_node(u)
            nbrs = self.succ[u]
        keyed = nbrs.get(v)
        if keyed is None:
            into = self.pred.get(v)
            if into is None:
                self.add_node(v)
                into = self.pred[v]
            keyed = nbrs[v] = {}
            into[u] = keyed
        key = len(keyed)
        while key in keyed:
            key += 1
        keyed[key] = attrs
        return key

    def update(self, other: GraphData) -> None:
        """Add ``other``'s nodes and edges, as ``networkx.compose`` would but in place.

        Attributes of ``other`` win for a node in both, and an edge with the
        same source, target and key is merged, not repeated; graph attributes
        are updated too, except ``documents``, which is the union in order.
        ``other``'s dicts are taken over, not copied.
        """
        documents = list(dict.fromkeys([*self.graph.get("documents", ()), *other.graph.get("documents", ())]))
        self.graph.update(other.graph)
        self.graph["documents"] = documents
        nodes, succ, pred = self.nodes, self.succ, self.pred
        for n, attrs in other.nodes.items():
            mine = nodes.get(n)
            if mine is None:
                nodes[n] = attrs
                succ[n] = {}
                pred[n] = {}
            else:
                mine.update(attrs)
        for u, nbrs in other.succ.items():
            for v, keyed in nbrs.items():
                mine = succ[u].get(v)
                if mine is None:
                    mine = succ[u][v] = {}
                    pred[v][u] = mine
                for key, attrs in keyed.items():
                    if key in mine:
                        mine[key].update(attrs)
                    else:
                        mine[key] = attrs

    def copy(self) -> GraphData:
        """A copy with its own dicts (the graph's, every node's and every edge's attributes, the adjacency),
        as ``networkx.MultiDiGraph.copy`` makes it, values shared; in C-level comprehensions, not edge by edge.

        >>> data = GraphData({"documents": ["doc:x"]})
        >>> data.add_edge("a", "b", rel="LEADS")
        0
        >>> twin = data.copy()
        >>> twin.succ["a"]["b"][0]["rel"] = "SUPPORTS"
        >>> data.succ["a"]["b"][0]["rel"], twin.pred["b"]["a"] is twin.succ["a"]["b"]
        ('LEADS', True)
        """
        out = GraphData(dict(self.graph))
        out.nodes = {n: dict(attrs) for n, attrs in self.nodes.items()}
        out.succ = {
            u: {v: {key: dict(attrs) for key, attrs in keyed.items()} for v, keyed in nbrs.items()}
            for u, nbrs in self.succ.items()
        }
        out.pred = {v: {} for v in self.pred}
        for u, nbrs in out.succ.items():  # each key dict shared by both ends, in the order networkx's copy adds them
            for v, keyed in nbrs.items():
                out.pred[v][u] = keyed
        return out

    def has_edge(self, u: Any, v: Any) -> bool:
        """True when there is at least one edge ``u → v``."""
        return v in self.succ.get(u, ())

    def number_of_edges(self) -> int:
        return sum(len(keyed) for nbrs in self.succ.values() for keyed in nbrs.values())

    def kind_counts(self) -> Counter:
        """How many nodes of each ``kind``."""
        return Counter(d.get("kind") for d in self.nodes.values())

    def to_networkx(self) -> nx.MultiDiGraph:
        """The ``networkx.MultiDiGraph`` over these dicts (made once; no copy)."""
        if self._networkx is None:
            import networkx as nx

            G = nx.MultiDiGraph()
            G.graph = self.graph
            # networkx's documented way to swap in adjacency dicts: setting these attributes also
            # resets the graph's cached views (see networkx.classes.digraph._CachedPropertyResetter*).
            G._node = self.nodes
            G._succ = self.succ
            G._pred = self.pred
            self._networkx = G
        return self._networkx

"""Reading the contract graph back out of Neo4j.

``fetch_graph`` returns the same MultiDiGraph the embedded pipeline builds
(same node ids, kinds, attributes and edge keys), so every networkx metric and
explorer page works unchanged on a database. ``fetch_coordination_projection``
pulls the unit–unit coordination graph with one query, equal to
``reformgraph.metrics.coordination.coordination_graph`` (or ``coordination_digraph``)
on the same data.

Both read in one read transaction of the named database. ``fetch_graph`` asks
one query per node kind and one per relationship type, each answering a single
row that holds a list (few, wide answers: per-row overheads dominate reading
a graph of 400,000 items), and reads the endpoints' ``id`` rather than whole
nodes; driver errors leave as one-line DatabaseErrors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from reformgraph.cypher.connect import at_boundary
from reformgraph.cypher.mapping import check_label, check_rel, restore_edge, restore_node
from reformgraph.jsonio import EDGE_RELS, NODE_KINDS, SCHEMA

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver, ManagedTransaction


def _q_nodes(kind: str) -> str:
    return f"MATCH (n:{check_label(kind)}) RETURN collect(properties(n)) AS rows"


def _q_edges(rel: str) -> str:
    return f"MATCH (a)-[r:{check_rel(rel)}]->(b) RETURN collect([a.id, b.id, properties(r)]) AS rows"


def _projection(pairs: str, pair_condition: str) -> str:
    """One query: every pair of units ``pairs`` matches (with their shared measures ``m``), and every unit
    taking part in some measure (so units without partners are nodes too)."""
    return f"""
MATCH {pairs}
WHERE {pair_condition}
  AND ($include_collective OR (coalesce(a.category, '') <> 'collective' AND coalesce(b.category, '') <> 'collective'))
RETURN 'edge' AS what, a.id AS a, b.id AS b, collect(DISTINCT m.id) AS measures,
       null AS name, null AS category
UNION ALL
MATCH (u:Unit)-[:LEADS|SUPPORTS]->(:Measure)
WHERE $include_collective OR coalesce(u.category, '') <> 'collective'
RETURN DISTINCT 'node' AS what, u.id AS a, null AS b, [] AS measures, u.name AS name, u.category AS category
"""


_PROJECTION_UNDIRECTED = _projection(
    "(a:Unit)-[:LEADS|SUPPORTS]->(m:Measure)<-[:LEADS|SUPPORTS]-(b:Unit)", "a.id < b.id"
)
# lead -> support; a unit that both leads and supports a measure counts as its lead
_PROJECTION_DIRECTED = _projection(
    "(a:Unit)-[:LEADS]->(m:Measure)<-[:SUPPORTS]-(b:Unit)", "a <> b AND NOT (b)-[:LEADS]->(m)"
)


def _read_all(tx: ManagedTransaction, query: str, params: dict[str, Any] | None = None) -> list[dict]:
    return [record.data() for record in tx.run(query, params or {})]


def _read(driver: Driver, database: str, query: str, params: dict[str, Any] | None = None) -> list[dict]:
    with driver.session(database=database) as session:
        return session.execute_read(_read_all, query, params)


def _read_everything(tx: ManagedTransaction) -> tuple[dict[str, list], dict[str, list]]:
    nodes = {kind: tx.run(_q_nodes(kind)).single()["rows"] for kind in NODE_KINDS}
    edges = {rel: tx.run(_q_edges(rel)).single()["rows"] for rel in EDGE_RELS}
    return nodes, edges


@at_boundary
def fetch_graph(driver: Driver, database: str) -> nx.MultiDiGraph:
    """The whole contract graph stored in ``database``, as a reformgraph/1 MultiDiGraph.

    Nodes come in kind order (Document, Reform, … Person), then by id; edges by
    source, rel, target and key. ``G.graph["documents"]`` lists the Document ids
    (sorted). Nodes without a contract label or an ``id``, relationships of other
    types and relationships to such nodes are left out; a node with two contract
    labels counts as the first kind in contract order.
    """
    with driver.session(database=database) as session:
        node_rows, edge_rows = session.execute_read(_read_everything)
    nodes: dict[str, dict[str, Any]] = {}
    for kind in NODE_KINDS:
        rows = [p for p in node_rows[kind] if p.get("id") is not None]
        rows.sort(key=lambda p: str(p["id"]))
        for props in rows:
            node_id, attrs = restore_node([kind], props)
            nodes.setdefault(node_id, attrs)
    G = nx.MultiDiGraph(schema=SCHEMA, documents=[n for n, a in nodes.items() if a["kind"] == "Document"])
    G.add_nodes_from(nodes.items())
    edges = []
    for rel in EDGE_RELS:
        for source, target, props in edge_rows[rel]:
            if source in nodes and target in nodes:
                key, attrs = restore_edge(rel, props)
                edges.append((source, rel, target, (key is None, str(key)), key, attrs))
    edges.sort(key=lambda e: e[:4])
    seen: set[tuple] = set()
    keyed, unkeyed = [], []
    for source, _, target, _, key, attrs in edges:
        if key is None or (source, target, key) in seen:
            unkeyed.append((source, target, attrs))  # networkx picks a free key, in this order
        else:
            seen.add((source, target, key))
            keyed.append((source, target, key, attrs))
    G.add_edges_from(keyed)
    G.add_edges_from(unkeyed)
    return G


@at_boundary
def fetch_coordination_projection(
    driver: Driver, database: str, *, include_collective: bool = False, directed: bool = False
) -> nx.Graph | nx.DiGraph:
    """The unit–unit coordination graph, pulled from ``database`` with one query.

    Equal to ``coordination_graph(G, include_collective=...)`` (or, with
    ``directed``, ``coordination_digraph``) on the stored graph ``G``: nodes are
    the units taking part in some measure (attrs ``name``, ``category``), edges
    carry ``weight`` (shared measures), ``distance`` (``1 / weight``) and
    ``measures`` (sorted tuple of measure ids).
    """
    query = _PROJECTION_DIRECTED if directed else _PROJECTION_UNDIRECTED
    rows = _read(driver, database, query, {"include_collective": include_collective})
    H: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    nodes = sorted((r for r in rows if r["what"] == "node"), key=lambda r: (r["name"] or r["a"], r["a"]))
    for r in nodes:
        H.add_node(r["a"], name=r["name"] or r["a"].removeprefix("unit:"), category=r["category"] or "other")
    for r in sorted((r for r in rows if r["what"] == "edge"), key=lambda r: (r["a"], r["b"])):
        ms = tuple(sorted(set(r["measures"])))
        H.add_edge(r["a"], r["b"], weight=len(ms), distance=1.0 / len(ms), measures=ms)
    return H

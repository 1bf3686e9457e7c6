"""Reading the contract graph back out of Neo4j.

``fetch_graph`` returns the same MultiDiGraph the embedded pipeline builds
(same node ids, kinds, attributes and edge keys), so every networkx metric and
explorer page works unchanged on a database. ``fetch_coordination_projection``
pulls the unit–unit coordination graph with one query, equal to
``graph.metrics.coordination.coordination_graph`` (or ``coordination_digraph``)
on the same data.

Both read in a read transaction of the named database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from reformgraph.cypher.mapping import restore_edge, restore_node
from reformgraph.jsonio import EDGE_RELS, NODE_KINDS, SCHEMA

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver, ManagedTransaction

_NODES = "MATCH (n) WHERE n.id IS NOT NULL RETURN labels(n) AS labels, properties(n) AS props"
_EDGES = (
    "MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
    "RETURN a.id AS source, type(r) AS rel, b.id AS target, properties(r) AS props"
)

# One query: every pair of units sharing a measure (with the measures), and every
# unit taking part in some measure (so units without partners are nodes too).
# A unit that both leads and supports a measure counts as its lead.
_PROJECTION_UNDIRECTED = """
MATCH (a:Unit)-[:LEADS|SUPPORTS]->(m:Measure)<-[:LEADS|SUPPORTS]-(b:Unit)
WHERE a.id < b.id
  AND ($include_collective OR (coalesce(a.category, '') <> 'collective' AND coalesce(b.category, '') <> 'collective'))
RETURN 'edge' AS what, a.id AS a, b.id AS b, collect(DISTINCT m.id) AS measures,
       null AS name, null AS category
UNION ALL
MATCH (u:Unit)-[:LEADS|SUPPORTS]->(:Measure)
WHERE $include_collective OR coalesce(u.category, '') <> 'collective'
RETURN DISTINCT 'node' AS what, u.id AS a, null AS b, [] AS measures, u.name AS name, u.category AS category
"""

_PROJECTION_DIRECTED = """
MATCH (a:Unit)-[:LEADS]->(m:Measure)<-[:SUPPORTS]-(b:Unit)
WHERE a <> b AND NOT (b)-[:LEADS]->(m)
  AND ($include_collective OR (coalesce(a.category, '') <> 'collective' AND coalesce(b.category, '') <> 'collective'))
RETURN 'edge' AS what, a.id AS a, b.id AS b, collect(DISTINCT m.id) AS measures,
       null AS name, null AS category
UNION ALL
MATCH (u:Unit)-[:LEADS|SUPPORTS]->(:Measure)
WHERE $include_collective OR coalesce(u.category, '') <> 'collective'
RETURN DISTINCT 'node' AS what, u.id AS a, null AS b, [] AS measures, u.name AS name, u.category AS category
"""


def _read_all(tx: ManagedTransaction, query: str, params: dict[str, Any] | None = None) -> list[dict]:
    return [record.data() for record in tx.run(query, params or {})]


def _read(driver: Driver, database: str, query: str, params: dict[str, Any] | None = None) -> list[dict]:
    with driver.session(database=database) as session:
        return session.execute_read(_read_all, query, params)


def _kind_rank(attrs: dict[str, Any]) -> int:
    kind = attrs.get("kind")
    return NODE_KINDS.index(kind) if kind in NODE_KINDS else len(NODE_KINDS)


def fetch_graph(driver: Driver, database: str) -> nx.MultiDiGraph:
    """The whole contract graph stored in ``database``, as a reformgraph/1 MultiDiGraph.

    Nodes come in kind order (Document, Reform, … Person), then by id; edges by
    source, rel, target and key. ``G.graph["documents"]`` lists the Document ids
    (sorted). Nodes without a contract label and relationships of other types
    are left out.
    """
    with driver.session(database=database) as session:
        node_rows = session.execute_read(_read_all, _NODES)
        edge_rows = session.execute_read(_read_all, _EDGES)
    nodes = []
    for row in node_rows:
        node_id, attrs = restore_node(list(row["labels"]), row["props"])
        if attrs["kind"] is not None:
            nodes.append((node_id, attrs))
    nodes.sort(key=lambda item: (_kind_rank(item[1]), item[0]))
    G = nx.MultiDiGraph(schema=SCHEMA, documents=[n for n, a in nodes if a["kind"] == "Document"])
    G.add_nodes_from(nodes)
    edges = []
    for row in edge_rows:
        if row["rel"] not in EDGE_RELS or row["source"] not in G or row["target"] not in G:
            continue
        key, attrs = restore_edge(row["rel"], row["props"])
        edges.append((row["source"], row["target"], key, attrs))
    edges.sort(key=lambda e: (e[0], e[3]["rel"], e[1], (e[2] is None, str(e[2]))))
    for u, v, key, attrs in edges:
        if key is None or G.has_edge(u, v, key):
            G.add_edge(u, v, **attrs)
        else:
            G.add_edge(u, v, key=key, **attrs)
    return G


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

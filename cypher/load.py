"""Loading a contract graph into Neo4j: batched, idempotent, one transaction per document.

The graph is cut into one *part* per document (its Document node, its reforms,
workplans and measures, every relationship touching them, and the shared units,
districts, laws and people they reach) plus a remainder for anything no
document owns. Each part is written by one ``execute_write`` transaction
function, so a part is applied whole or not at all:

1. read what the database holds for it (the document's items by the indexed
   ``document`` property, the shared nodes by id, the relationships touching
   the document's items);
2. compare in Python (``plan_part``, pure): rows to create or update, the
   document's stale items and relationships to delete, rows already equal;
3. write only what differs, ``UNWIND $rows AS row MERGE …`` in batches of
   thousands of rows; delete the stale items (``DETACH DELETE``) and the
   relationships the new version no longer has; then remove shared nodes that
   only the old version used (a unit no measure names any more).

Loading the same graph twice writes nothing the second time. Loading an edited
version of a document replaces its items and leaves other documents alone. A
failure anywhere in a part (server gone, credentials) rolls the whole part
back: the previous state of that document stays as it was. Loads running at the
same time all succeed: a part that loses the race to create a node (the
uniqueness constraint refuses its twin) is tried again from its first read, and
the counts reported are the server's counters of what each transaction did.

Shared nodes are merged rather than replaced: their properties are updated,
and a unit's ``aliases`` become the union of the stored and the new ones (two
documents may spell a unit differently).
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import networkx as nx

from reformgraph.cypher.connect import at_boundary
from reformgraph.cypher.mapping import SCOPED_KINDS, SHARED_KINDS, check_label, check_rel, edge_props, node_props
from reformgraph.errors import DatabaseError
from reformgraph.jsonio import EDGE_RELS, NODE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver, ManagedTransaction

DEFAULT_BATCH = 1000
UNION_LISTS = ("aliases",)  # list properties of shared nodes that accumulate across documents

Progress = Callable[[int, int], None]
"""``progress(rows_written, rows_total)``: called after each batch (absolute numbers)."""


# ---- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NodeRow:
    kind: str
    id: str
    props: dict[str, Any]


@dataclass(frozen=True, slots=True)
class EdgeRow:
    source_kind: str
    rel: str
    target_kind: str
    source: str
    target: str
    key: Any
    props: dict[str, Any]

    @property
    def ident(self) -> tuple[str, str, str, Any]:
        return (self.source, self.rel, self.target, self.key)


@dataclass(frozen=True)
class Part:
    """What one transaction writes: one document's items (``document`` is its id) or the remainder (None)."""

    document: str | None
    nodes: tuple[NodeRow, ...]
    edges: tuple[EdgeRow, ...]

    @property
    def size(self) -> int:
        return len(self.nodes) + len(self.edges)

    @property
    def own_ids(self) -> set[str]:
        """Ids of the document's own items: its Document node, reforms, workplans and measures."""
        return {n.id for n in self.nodes if n.kind == "Document" or n.kind in SCOPED_KINDS}


@dataclass(frozen=True)
class LoadCounts:
    """What a load did, in nodes and relationships."""

    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_deleted: int = 0
    nodes_unchanged: int = 0
    rels_created: int = 0
    rels_updated: int = 0
    rels_deleted: int = 0
    rels_unchanged: int = 0

    def __add__(self, other: LoadCounts) -> LoadCounts:
        return LoadCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def changed(self) -> bool:
        return any(
            (
                self.nodes_created,
                self.nodes_updated,
                self.nodes_deleted,
                self.rels_created,
                self.rels_updated,
                self.rels_deleted,
            )
        )

    def summary(self) -> str:
        """One line: ``created 5 nodes, 7 relationships; updated …; deleted …; unchanged …``."""
        parts = []
        for verb in ("created", "updated", "deleted", "unchanged"):
            parts.append(
                f"{verb} {getattr(self, 'nodes_' + verb)} nodes, {getattr(self, 'rels_' + verb)} relationships"
            )
        return "; ".join(parts)


@dataclass(frozen=True)
class LoadReport:
    """Counts per part (document id, or None for the remainder) and in total."""

    parts: tuple[tuple[str | None, LoadCounts], ...]
    total: LoadCounts = field(default_factory=LoadCounts)


@dataclass(frozen=True)
class Plan:
    """The writes one part needs, computed from the stored state (see ``plan_part``)."""

    upsert_nodes: tuple[NodeRow, ...]
    upsert_edges: tuple[EdgeRow, ...]
    delete_nodes: tuple[tuple[str, str], ...]  # (kind, id)
    delete_edges: tuple[EdgeRow, ...]
    sweep: tuple[tuple[str, str], ...]  # shared (kind, id) that may have lost their last use
    counts: LoadCounts
    created: frozenset[str] = frozenset()  # ids among upsert_nodes that the database does not hold yet

    def creates(self, edge: EdgeRow) -> bool:
        """True when ``edge`` touches a node this plan creates: no other load can have written it, so CREATE."""
        return edge.source in self.created or edge.target in self.created


# ---- cutting the graph into parts (pure) -----------------------------------------------------


def _document_of(G: nx.MultiDiGraph, node: Any, attrs: Mapping[str, Any]) -> str | None:
    kind = attrs.get("kind")
    if kind == "Document":
        return str(node)
    if kind in SCOPED_KINDS and attrs.get("document") is not None:
        return str(attrs["document"])
    return None


def split_by_document(G: nx.MultiDiGraph) -> list[Part]:
    """Cut ``G`` into one part per document (in ``G.graph["documents"]`` order, then others) and a remainder.

    A document's part holds its Document node and the Reform, Workplan and
    Measure nodes whose ``document`` is that id, every edge touching them, the
    other endpoints of those edges, and edges between those other endpoints
    (MEMBER_OF, LOCATED_IN). An edge between two documents' items, and nodes
    no document reaches, go to the remainder (loaded last).

    One pass over the nodes and one over the edges, then per document only the
    shared nodes it reaches: linear in the size of the graph (a hub unit's
    thousands of relationships are looked at once, not once per document).

    >>> G = nx.MultiDiGraph(documents=["doc:a"])
    >>> G.add_node("doc:a", kind="Document", title="A")
    >>> G.add_node("m", kind="Measure", document="doc:a", seq=1)
    >>> G.add_node("unit:X", kind="Unit", name="X", aliases=["X"], category="department")
    >>> _ = G.add_edge("unit:X", "m", rel="LEADS", raw="X", line=3)
    >>> [(p.document, [n.id for n in p.nodes], len(p.edges)) for p in split_by_document(G)]
    [('doc:a', ['doc:a', 'm', 'unit:X'], 1)]
    """
    kinds: dict[Any, str] = {}
    owner: dict[Any, str | None] = {}
    for node, attrs in G.nodes(data=True):
        kinds[node] = check_label(attrs.get("kind"))
        owner[node] = _document_of(G, node, attrs)
    order = [str(d) for d in G.graph.get("documents", [])]
    order += sorted({d for d in owner.values() if d is not None} - set(order))
    members: dict[str, list[Any]] = {d: [] for d in order}
    for node, doc in owner.items():
        if doc is not None:
            members[doc].append(node)
    node_rows = {n: NodeRow(kinds[n], str(n), node_props(str(n), attrs)) for n, attrs in G.nodes(data=True)}

    doc_edges: dict[str, list[tuple[Any, Any, Any, EdgeRow]]] = defaultdict(list)  # edges touching a document's items
    shared_out: dict[Any, list[tuple[Any, Any, Any, EdgeRow]]] = defaultdict(list)  # edges between shared nodes
    rest_edges: list[EdgeRow] = []  # edges between two documents' items
    for u, v, key, attrs in G.edges(keys=True, data=True):
        row = EdgeRow(kinds[u], check_rel(attrs.get("rel")), kinds[v], str(u), str(v), key, edge_props(key, attrs))
        ou, ov = owner[u], owner[v]
        if ou is None and ov is None:
            shared_out[u].append((u, v, key, row))
        elif ou is None or ov is None or ou == ov:
            doc_edges[ou if ou is not None else ov].append((u, v, key, row))
        else:
            rest_edges.append(row)

    placed: set[Any] = set()
    placed_shared_edges: set[tuple] = set()
    parts: list[Part] = []
    for doc in order:
        own = members[doc]
        shared: dict[Any, None] = {}
        edges: list[EdgeRow] = []
        for u, v, _, row in doc_edges.get(doc, ()):
            for end in (u, v):
                if owner[end] is None:
                    shared.setdefault(end, None)
            edges.append(row)
        frontier = list(shared)
        while frontier:  # shared nodes reach further shared nodes (a person's unit, a unit's district)
            for u, v, key, row in shared_out.get(frontier.pop(), ()):
                if v not in shared:
                    shared[v] = None
                    frontier.append(v)
                edges.append(row)
                placed_shared_edges.add((u, v, key))
        placed.update(own)
        placed.update(shared)
        parts.append(Part(doc, tuple(node_rows[n] for n in (*own, *shared)), tuple(edges)))
    rest_nodes = [node_rows[n] for n in G.nodes if n not in placed]
    rest_edges += [
        row for edges in shared_out.values() for u, v, k, row in edges if (u, v, k) not in placed_shared_edges
    ]
    if rest_nodes or rest_edges:
        needed = {n.id for n in rest_nodes}
        extra = {x for e in rest_edges for x in (e.source, e.target)} - needed
        rest_nodes += [node_rows[n] for n in G.nodes if str(n) in extra]
        parts.append(Part(None, tuple(rest_nodes), tuple(rest_edges)))
    return parts


# ---- comparing with the stored state (pure) --------------------------------------------------


def merged_props(stored: Mapping[str, Any] | None, new: Mapping[str, Any], scoped: bool) -> dict[str, Any]:
    """The properties a node should have after the load.

    A document's own items are replaced (``new``); a shared node keeps stored
    properties the new graph does not set, and its ``aliases`` are the union.

    >>> merged_props({"id": "u", "aliases": ["a"], "x": 1}, {"id": "u", "aliases": ["b", "a"]}, scoped=False)
    {'id': 'u', 'aliases': ['a', 'b'], 'x': 1}
    >>> merged_props({"id": "m", "x": 1}, {"id": "m"}, scoped=True)
    {'id': 'm'}
    """
    if scoped or stored is None:
        return dict(new)
    out = {**stored, **new}
    for name in UNION_LISTS:
        old, add = stored.get(name), new.get(name)
        if isinstance(old, list) and isinstance(add, list):
            out[name] = old + [a for a in add if a not in old]
    return out


def plan_part(
    part: Part,
    stored_nodes: Mapping[str, Mapping[str, Any]],
    stored_edges: Mapping[tuple, EdgeRow],
    stored_scoped: Iterable[tuple[str, str]],
) -> Plan:
    """Compare ``part`` with what the database holds and return the writes needed.

    ``stored_nodes``: id → stored properties for the part's nodes that exist;
    ``stored_edges``: ident → stored row for the relationships touching the
    document's items, and the part's shared relationships that exist;
    ``stored_scoped``: (kind, id) of every item the database holds for the document.
    """
    doc = part.document
    own_ids = part.own_ids
    upsert_nodes, unchanged_nodes, created_ids = [], 0, set()
    for row in part.nodes:
        scoped = row.id in own_ids and doc is not None
        stored = stored_nodes.get(row.id)
        target = merged_props(stored, row.props, scoped)
        if stored is None:
            created_ids.add(row.id)
            upsert_nodes.append(NodeRow(row.kind, row.id, target))
        elif dict(stored) != target:
            upsert_nodes.append(NodeRow(row.kind, row.id, target))
        else:
            unchanged_nodes += 1
    new_ids = {n.id for n in part.nodes}
    delete_nodes = tuple(sorted((k, i) for k, i in stored_scoped if i not in new_ids))
    deleted_ids = {i for _, i in delete_nodes}

    upsert_edges, unchanged_edges, created_edges = [], 0, 0
    for row in part.edges:
        stored_edge = stored_edges.get(row.ident)
        if stored_edge is None:
            created_edges += 1
            upsert_edges.append(row)
        elif dict(stored_edge.props) != row.props:
            upsert_edges.append(row)
        else:
            unchanged_edges += 1
    new_edges = {e.ident for e in part.edges}
    stale = [e for ident, e in stored_edges.items() if ident not in new_edges]
    delete_edges = tuple(e for e in stale if e.source not in deleted_ids and e.target not in deleted_ids)
    sweep = sorted(
        {(e.source_kind, e.source) for e in stale if e.source_kind in SHARED_KINDS}
        | {(e.target_kind, e.target) for e in stale if e.target_kind in SHARED_KINDS}
    )
    counts = LoadCounts(
        nodes_created=len(created_ids),
        nodes_updated=len(upsert_nodes) - len(created_ids),
        nodes_deleted=len(delete_nodes),
        nodes_unchanged=unchanged_nodes,
        rels_created=created_edges,
        rels_updated=len(upsert_edges) - created_edges,
        rels_deleted=len(stale),
        rels_unchanged=unchanged_edges,
    )
    return Plan(
        tuple(upsert_nodes),
        tuple(upsert_edges),
        delete_nodes,
        delete_edges,
        tuple(sweep),
        counts,
        frozenset(created_ids),
    )


# ---- Cypher (labels and types only from the contract's lists) --------------------------------


def _q_stored_nodes(kind: str) -> str:
    return f"UNWIND $ids AS id MATCH (n:{check_label(kind)} {{id: id}}) RETURN n.id AS id, properties(n) AS props"


def _q_scoped(kind: str) -> str:
    if kind == "Document":
        return "MATCH (n:Document {id: $doc}) RETURN n.id AS id"
    return f"MATCH (n:{check_label(kind)} {{document: $doc}}) RETURN n.id AS id"


def _q_scoped_edges(kind: str, outgoing: bool) -> str:
    where = "{id: $doc}" if kind == "Document" else "{document: $doc}"
    anchor = f"MATCH (n:{check_label(kind)} {where}) "
    pattern = anchor + ("MATCH (n)-[r]->(m)" if outgoing else "MATCH (m)-[r]->(n)")
    src, dst = ("n", "m") if outgoing else ("m", "n")
    return (
        f"{pattern} RETURN {src}.id AS source, labels({src}) AS source_labels, type(r) AS rel, "
        f"{dst}.id AS target, labels({dst}) AS target_labels, properties(r) AS props"
    )


def _each_edge(src: str, rel: str, dst: str) -> str:
    """For each of ``$rows``: the relationship ``r`` from ``a`` (id ``row.source``) to ``b`` (``row.target``)."""
    return (
        f"UNWIND $rows AS row MATCH (a:{check_label(src)} {{id: row.source}})"
        f"-[r:{check_rel(rel)}]->(b:{check_label(dst)} {{id: row.target}}) "
    )


def _each_pair(src: str, dst: str) -> str:
    """For each of ``$rows``: the nodes ``a`` (id ``row.source``) and ``b`` (id ``row.target``)."""
    return (
        f"UNWIND $rows AS row MATCH (a:{check_label(src)} {{id: row.source}}) "
        f"MATCH (b:{check_label(dst)} {{id: row.target}}) "
    )


def _q_stored_edges(src: str, rel: str, dst: str) -> str:
    return _each_edge(src, rel, dst) + "RETURN a.id AS source, b.id AS target, properties(r) AS props"


def _q_upsert_nodes(kind: str) -> str:
    return f"UNWIND $rows AS row MERGE (n:{check_label(kind)} {{id: row.id}}) SET n = row.props"


def _q_create_nodes(kind: str) -> str:
    """For nodes the database does not hold: CREATE (the uniqueness constraint refuses a concurrent twin)."""
    return f"UNWIND $rows AS row CREATE (n:{check_label(kind)}) SET n = row.props"


def _q_create_edges(src: str, rel: str, dst: str) -> str:
    """For relationships touching a node created in the same transaction: nothing to MERGE with."""
    return _each_pair(src, dst) + f"CREATE (a)-[r:{check_rel(rel)}]->(b) SET r = row.props"


# Kinds whose nodes can have thousands of relationships (a bureau leads hundreds of measures).
_HUB_KINDS = frozenset({"Unit", "District", "Law", "Document"})


def _q_upsert_edges(src: str, rel: str, dst: str) -> str:
    """MERGE written from the low-degree end, so checking for an existing relationship stays cheap."""
    head = _each_pair(src, dst)
    if src in _HUB_KINDS:
        return head + f"MERGE (b)<-[r:{check_rel(rel)} {{key: row.key}}]-(a) SET r = row.props"
    return head + f"MERGE (a)-[r:{check_rel(rel)} {{key: row.key}}]->(b) SET r = row.props"


def _q_delete_edges(src: str, rel: str, dst: str) -> str:
    return _each_edge(src, rel, dst) + "WHERE r.key = row.key DELETE r"


def _q_delete_nodes(kind: str) -> str:
    return f"UNWIND $ids AS id MATCH (n:{check_label(kind)} {{id: id}}) DETACH DELETE n"


# A shared node is still in use when some document item (or a person's membership) points at it.
_SWEEP = {
    "Person": (
        "UNWIND $ids AS id MATCH (n:Person {id: id}) WHERE NOT (n)-[:CONTACT_FOR]->() "
        "OPTIONAL MATCH (n)-[:MEMBER_OF]->(u:Unit) WITH n, collect(u.id) AS next "
        "DETACH DELETE n RETURN next"
    ),
    "Unit": (
        "UNWIND $ids AS id MATCH (n:Unit {id: id}) "
        "WHERE NOT (n)-[:LEADS|SUPPORTS|RESPONSIBLE_FOR]->() AND NOT ()-[:MEMBER_OF]->(n) "
        "OPTIONAL MATCH (n)-[:LOCATED_IN]->(d:District) WITH n, collect(d.id) AS next "
        "DETACH DELETE n RETURN next"
    ),
    "Law": ("UNWIND $ids AS id MATCH (n:Law {id: id}) WHERE NOT ()-[:CITES]->(n) DETACH DELETE n RETURN [] AS next"),
    "District": (
        "UNWIND $ids AS id MATCH (n:District {id: id}) WHERE NOT ()-[:APPLIES_TO|LOCATED_IN]->(n) "
        "DETACH DELETE n RETURN [] AS next"
    ),
}
_SWEEP_NEXT = {"Person": "Unit", "Unit": "District"}


# ---- running it ------------------------------------------------------------------------------


def _batches(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _group(rows: Iterable, key: Callable) -> dict:
    out: dict = defaultdict(list)
    for row in rows:
        out[key(row)].append(row)
    return out


def _kind(labels: list[str]) -> str | None:
    return next((label for label in labels if label in NODE_KINDS), None)


def _read_state(tx: ManagedTransaction, part: Part, batch: int):
    """Stored properties of the part's nodes, its stored relationships, and the document's stored items."""
    stored_nodes: dict[str, dict] = {}
    for kind, rows in _group(part.nodes, lambda r: r.kind).items():
        for chunk in _batches([r.id for r in rows], batch):
            for rec in tx.run(_q_stored_nodes(kind), ids=chunk):
                stored_nodes[rec["id"]] = dict(rec["props"])
    stored_edges: dict[tuple, EdgeRow] = {}
    stored_scoped: list[tuple[str, str]] = []
    if part.document is not None:
        for kind in ("Document", *SCOPED_KINDS):
            held = [(kind, rec["id"]) for rec in tx.run(_q_scoped(kind), doc=part.document)]
            stored_scoped += held
            if not held:
                continue  # a document loaded for the first time: none of its relationships to read
            for outgoing in (True, False):
                for rec in tx.run(_q_scoped_edges(kind, outgoing), doc=part.document):
                    sk, tk = _kind(rec["source_labels"]), _kind(rec["target_labels"])
                    if sk is None or tk is None or rec["rel"] not in EDGE_RELS:
                        continue
                    props = dict(rec["props"])
                    row = EdgeRow(sk, rec["rel"], tk, rec["source"], rec["target"], props.get("key"), props)
                    stored_edges[row.ident] = row
    own = part.own_ids
    outside = [e for e in part.edges if part.document is None or (e.source not in own and e.target not in own)]
    for (sk, rel, tk), rows in _group(outside, lambda e: (e.source_kind, e.rel, e.target_kind)).items():
        for chunk in _batches(rows, batch):
            for rec in tx.run(
                _q_stored_edges(sk, rel, tk), rows=[{"source": e.source, "target": e.target} for e in chunk]
            ):
                props = dict(rec["props"])
                row = EdgeRow(sk, rel, tk, rec["source"], rec["target"], props.get("key"), props)
                stored_edges.setdefault(row.ident, row)
    return stored_nodes, stored_edges, stored_scoped


def _write(tx: ManagedTransaction, plan: Plan, batch: int, tick: Callable[[int], None]) -> LoadCounts:
    """Apply ``plan``; the counts come from the server's own counters (what this transaction really did)."""
    done: Counter[str] = Counter()

    def run(query: str, **params: Any) -> None:
        counters = tx.run(query, **params).consume().counters
        done.update(
            nodes_created=counters.nodes_created,
            nodes_deleted=counters.nodes_deleted,
            rels_created=counters.relationships_created,
            rels_deleted=counters.relationships_deleted,
        )

    for (sk, rel, tk), rows in _group(plan.delete_edges, lambda e: (e.source_kind, e.rel, e.target_kind)).items():
        for chunk in _batches(rows, batch):
            run(
                _q_delete_edges(sk, rel, tk),
                rows=[{"source": e.source, "target": e.target, "key": e.key} for e in chunk],
            )
    for kind, rows in _group(plan.delete_nodes, lambda r: r[0]).items():
        for chunk in _batches([i for _, i in rows], batch):
            run(_q_delete_nodes(kind), ids=chunk)
    for kind in NODE_KINDS:
        for new in (True, False):
            rows = [r for r in plan.upsert_nodes if r.kind == kind and (r.id in plan.created) is new]
            query = _q_create_nodes(kind) if new else _q_upsert_nodes(kind)
            for chunk in _batches(rows, batch):
                run(query, rows=[{"id": r.id, "props": r.props} for r in chunk])
                tick(len(chunk))
    groups = _group(plan.upsert_edges, lambda e: (e.source_kind, e.rel, e.target_kind, plan.creates(e)))
    for (sk, rel, tk, new), rows in groups.items():
        query = _q_create_edges(sk, rel, tk) if new else _q_upsert_edges(sk, rel, tk)
        for chunk in _batches(rows, batch):
            run(query, rows=[{"source": e.source, "target": e.target, "key": e.key, "props": e.props} for e in chunk])
            tick(len(chunk))
    swept = _sweep(tx, plan.sweep)
    return LoadCounts(
        nodes_created=done["nodes_created"],
        nodes_updated=len(plan.upsert_nodes) - done["nodes_created"],
        nodes_deleted=done["nodes_deleted"] + swept.nodes_deleted,
        nodes_unchanged=plan.counts.nodes_unchanged,
        rels_created=done["rels_created"],
        rels_updated=len(plan.upsert_edges) - done["rels_created"],
        rels_deleted=done["rels_deleted"] + swept.rels_deleted,
        rels_unchanged=plan.counts.rels_unchanged,
    )


def _sweep(tx: ManagedTransaction, candidates: Iterable[tuple[str, str]]) -> LoadCounts:
    """Delete shared nodes among ``candidates`` that nothing uses any more (cascading person → unit → district)."""
    todo: dict[str, set[str]] = defaultdict(set)
    for kind, node_id in candidates:
        todo[kind].add(node_id)
    nodes = rels = 0
    for kind in ("Person", "Unit", "Law", "District"):
        ids = sorted(todo.get(kind, ()))
        if not ids:
            continue
        result = tx.run(_SWEEP[kind], ids=ids)
        follow = [x for rec in result for x in rec["next"]]
        summary = result.consume()
        nodes += summary.counters.nodes_deleted
        rels += summary.counters.relationships_deleted
        if kind in _SWEEP_NEXT:
            todo[_SWEEP_NEXT[kind]].update(follow)
    return LoadCounts(nodes_deleted=nodes, rels_deleted=rels)


#: How often a part is tried again when another load created the same node first (a uniqueness-constraint race).
CONSTRAINT_RACE_ATTEMPTS = 5


def load_part(
    driver: Driver,
    database: str,
    part: Part,
    *,
    batch: int = DEFAULT_BATCH,
    tick: Callable[[int], None] | None = None,
    on_attempt: Callable[[], None] | None = None,
) -> LoadCounts:
    """Apply one part in one write transaction; return what changed.

    ``tick(n)`` is called after each batch of ``n`` rows written; ``on_attempt()``
    at the start of every attempt. The driver retries transient failures; a part
    that loses a race with a concurrent load (it planned to create a node that the
    other load has just committed, and the uniqueness constraint refuses the
    second one) is tried again from its first read, so both loads succeed and each
    reports what it really wrote.
    """
    from neo4j.exceptions import ConstraintError

    def work(tx: ManagedTransaction) -> LoadCounts:
        if on_attempt:
            on_attempt()
        stored_nodes, stored_edges, stored_scoped = _read_state(tx, part, batch)
        plan = plan_part(part, stored_nodes, stored_edges, stored_scoped)
        return _write(tx, plan, batch, tick or (lambda n: None))

    for attempt in range(1, CONSTRAINT_RACE_ATTEMPTS + 1):
        try:
            with driver.session(database=database) as session:
                return session.execute_write(work)
        except ConstraintError:
            if attempt == CONSTRAINT_RACE_ATTEMPTS:
                raise
            time.sleep(random.uniform(0.05, 0.2) * attempt)
    raise AssertionError("unreachable")  # pragma: no cover


@at_boundary
def load_graph(
    driver: Driver,
    database: str,
    G: nx.MultiDiGraph,
    *,
    batch: int = DEFAULT_BATCH,
    progress: Progress | None = None,
    schema: bool = True,
    on_part: Callable[[str | None], None] | None = None,
) -> LoadReport:
    """Load ``G`` into ``database``: schema first, then one transaction per document.

    Parameters
    ----------
    driver, database
        A (long-lived) driver and the database to write to (always named).
    G
        A reformgraph/1 graph (not modified).
    batch
        Rows per ``UNWIND`` statement.
    progress
        ``progress(rows_written, rows_total)`` after each batch.
    schema
        Apply ``cypher/schema.cypher`` first (idempotent).
    on_part
        ``on_part(document_id)`` before each part is written (None for the remainder).

    Returns
    -------
    LoadReport
        Created / updated / deleted / unchanged nodes and relationships, per
        document and in total, as the server counted them.

    Raises
    ------
    DatabaseError
        One line; when a part fails, it names the part and says that it was
        left as it was and how many parts before it were loaded.
    """
    from reformgraph.cypher.connect import boundary_error, driver_errors
    from reformgraph.cypher.schema import apply_schema

    if schema:
        apply_schema(driver, database)
    parts = split_by_document(G)
    total_rows = sum(p.size for p in parts)
    done = 0
    results: list[tuple[str | None, LoadCounts]] = []
    for part in parts:
        if on_part:
            on_part(part.document)
        state = {"written": 0}

        def restart() -> None:
            state["written"] = 0

        def tick(n: int) -> None:
            state["written"] += n
            if progress:
                progress(done + state["written"], total_rows)

        try:
            counts = load_part(driver, database, part, batch=batch, tick=tick, on_attempt=restart)
        except driver_errors() as exc:
            raise DatabaseError(
                f"loading {part.document or 'the shared nodes'} failed and it was left as it was "
                f"({len(results)} part(s) before it loaded): {boundary_error(exc, driver, database)}"
            ) from exc
        done += part.size
        if progress:
            progress(done, total_rows)
        results.append((part.document, counts))
    total = LoadCounts()
    for _, c in results:
        total = total + c
    return LoadReport(tuple(results), total)

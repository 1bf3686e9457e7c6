"""A graph as a Cypher script that ``cypher-shell`` can run (``reformgraph export --format cypher``).

The script holds the schema (``cypher/schema.cypher``), then the nodes and the
relationships as ``UNWIND [literal rows] AS row MERGE …`` statements of a few
hundred rows each: values are written as Cypher literals (strings quoted and
escaped, lists as lists), never spliced into the statement's structure, and
labels and types come from the contract's lists only. Running it twice
changes nothing (MERGE on the stable ids and edge keys)::

    cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -d neo4j -f load.cypher

It is a snapshot: ``SET n += row.props`` adds and updates properties but does
not remove stale items of an older load; use ``reformgraph load`` for that.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(schema="reformgraph/1", documents=[])
>>> G.add_node("unit:市财政局", kind="Unit", name="市财政局", aliases=["市财政局"], category="department")
>>> print(graph_to_cypher_script(G, schema=False).splitlines()[-1])
UNWIND [{id: 'unit:市财政局', props: {id: 'unit:市财政局', name: '市财政局', aliases: ['市财政局'], category: 'department'}}] AS row MERGE (n:Unit {id: row.id}) SET n += row.props;
>>> literal("it's\\n"), literal([1, True, None]), literal({"a b": 1.5})
("'it\\\\'s\\\\n'", '[1, true, null]', '{`a b`: 1.5}')
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from reformgraph.cypher.mapping import check_label, check_rel, edge_props, node_props
from reformgraph.cypher.schema import schema_statements
from reformgraph.errors import ExportError
from reformgraph.jsonio import NODE_KINDS
from reformgraph.regexcache import compiled
from reformgraph.view_nodes import Redaction, person_names

DEFAULT_BATCH = 500
_IDENT = compiled(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):  # controls, line breaks, invisible marks
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _key(name: str) -> str:
    return name if _IDENT.match(name) else "`" + name.replace("`", "``") + "`"


def literal(value: Any) -> str:
    """``value`` as a Cypher literal (str, int, float, bool, None, lists and maps of those)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"cannot write {value!r} as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    raise ExportError(f"cannot write a {type(value).__name__} as a Cypher literal")


def _batches(rows: list[dict], size: int):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _comment(text: str) -> str:
    """``text`` made safe inside a ``//`` comment: no line break (or other control) can end the comment."""
    return _string(text)[1:-1]


def graph_to_cypher_script(
    G: nx.MultiDiGraph,
    *,
    batch: int = DEFAULT_BATCH,
    schema: bool = True,
    include_people: bool = False,
    include_contacts: bool = False,
    people: Iterable[str] = (),
) -> str:
    """Return a Cypher script (UTF-8 text, ``;``-terminated statements) that loads ``G``.

    Personal data stays out by default: Person nodes (and their relationships)
    are left out unless ``include_people``, and their names — with any name in
    ``people`` (e.g. of people a caller already removed) — are masked in every
    text the script holds, ids and comments included; phone numbers are emptied
    from ``phones`` and masked in every text unless ``include_contacts``.

    Everything embedded is escaped: values are Cypher literals, and the header
    comments hold only escaped text, so no value can end a comment or a string.

    Raises ExportError when a node has an unknown kind or an edge an unknown rel
    (labels and types are never taken from anywhere but the contract's lists).
    """
    redact = Redaction(person_names(G, also=people), people=not include_people, phones=not include_contacts)
    by_kind: dict[str, list[dict]] = defaultdict(list)
    kinds: dict[Any, str] = {}
    ids: dict[Any, str] = {}
    taken: set[str] = set()
    for node, attrs in G.nodes(data=True):
        kind = attrs.get("kind")
        try:
            check_label(kind)
        except Exception as exc:
            raise ExportError(f"node {redact.text(str(node))!r}: {exc}") from None
        if kind == "Person" and not include_people:
            continue
        kinds[node] = kind
        ids[node] = _unique(redact.text(str(node)), taken)
        props = node_props(ids[node], {k: redact.value(v) for k, v in attrs.items()})
        if not include_contacts:
            props.pop("phones", None)
        by_kind[kind].append({"id": ids[node], "props": props})
    by_rel: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, key, attrs in G.edges(keys=True, data=True):
        rel = attrs.get("rel")
        try:
            check_rel(rel)
        except Exception as exc:
            raise ExportError(f"edge {redact.text(str(u))!r} -> {redact.text(str(v))!r}: {exc}") from None
        if u not in ids or v not in ids:
            continue  # an end was left out (a person)
        props = edge_props(key, {k: redact.value(v) for k, v in attrs.items()})
        if not include_contacts and "phones" in props:
            props["phones"] = []
        by_rel[(kinds[u], rel, kinds[v])].append(
            {"source": ids[u], "target": ids[v], "key": redact.value(key), "props": props}
        )

    documents = [redact.text(str(d)) for d in G.graph.get("documents", [])]
    left_out = [what for what, kept in (("people", include_people), ("phone numbers", include_contacts)) if not kept]
    out = [
        f"// ReformGraph graph ({_comment(str(G.graph.get('schema', 'reformgraph/1')))}): "
        f"{sum(len(r) for r in by_kind.values())} nodes, {sum(len(r) for r in by_rel.values())} relationships",
        f"// documents: {_comment(', '.join(documents)) or 'none'}",
        "// left out: " + (" and ".join(left_out) if left_out else "nothing") + " (reformgraph export --include-…)",
        "// Run: cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -d DATABASE -f THIS_FILE",
        "// Idempotent: MERGE on node ids and relationship keys; running it again changes nothing.",
    ]
    if schema:
        out.append("")
        out.extend(f"{s};" for s in schema_statements())
    for kind in NODE_KINDS:
        for rows in _batches(by_kind.get(kind, []), batch):
            out.append(f"UNWIND {literal(rows)} AS row MERGE (n:{kind} {{id: row.id}}) SET n += row.props;")
    for src, rel, dst in sorted(by_rel):
        for rows in _batches(by_rel[(src, rel, dst)], batch):
            out.append(
                f"UNWIND {literal(rows)} AS row MATCH (a:{src} {{id: row.source}}) "
                f"MATCH (b:{dst} {{id: row.target}}) MERGE (a)-[r:{rel} {{key: row.key}}]->(b) "
                "SET r += row.props;"
            )
    return "\n".join(out) + "\n"


def _unique(node_id: str, taken: set[str]) -> str:
    """``node_id``, or ``node_id~2``, ``~3`` … when masking made two ids equal."""
    candidate, n = node_id, 1
    while candidate in taken:
        n += 1
        candidate = f"{node_id}~{n}"
    taken.add(candidate)
    return candidate

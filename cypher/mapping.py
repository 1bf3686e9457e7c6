"""Contract graph ↔ Neo4j properties: what is stored, and how it comes back.

Labels are node ``kind``s, relationship types are edge ``rel``s (checked
against the contract's lists before they are ever written into Cypher text).
Every node is stored with its ``id``; every relationship with its networkx
``key`` (so parallel edges survive and the same graph comes back).

Property types: strings, integers, floats and booleans are stored as they are;
lists of those stay lists (``aliases``, ``phones``); ``None`` is not stored
(Neo4j has no null properties) and comes back as ``None`` for the contract's
nullable attributes (``NULLABLE``). Anything else (a dict, a list of lists) has
no Neo4j type and is stored as JSON text; the contract has no such attribute.

>>> node_props("unit:A", {"kind": "Unit", "name": "A", "aliases": ("A", "甲"), "category": None})
{'id': 'unit:A', 'name': 'A', 'aliases': ['A', '甲']}
>>> restore_node(["Measure"], {"id": "m", "seq": 1})
('m', {'kind': 'Measure', 'seq': 1, 'deadline_raw': None, 'deadline': None, 'status': None})
>>> check_label("Unit"), check_rel("LEADS")
('Unit', 'LEADS')
>>> check_label("Unit) DETACH DELETE (x")
Traceback (most recent call last):
...
reformgraph.errors.GraphFormatError: 'Unit) DETACH DELETE (x' is not a node kind of the contract (Document, Reform, Workplan, Measure, Unit, District, Law, Person)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from reformgraph.errors import GraphFormatError
from reformgraph.jsonio import EDGE_RELS, NODE_KINDS

#: Attributes the contract allows to be null, per kind: restored as None when absent.
NULLABLE: Mapping[str, tuple[str, ...]] = {
    "Document": ("issuer", "doc_number", "date"),
    "Workplan": ("variant", "scope"),
    "Measure": ("deadline_raw", "deadline", "status"),
}
#: Kinds scoped by one document (replaced when that document is loaded again).
SCOPED_KINDS = ("Reform", "Workplan", "Measure")
#: Kinds shared across documents (merged, never replaced by one document's load).
SHARED_KINDS = ("Unit", "District", "Law", "Person")
EDGE_KEY = "key"
_PRIMITIVES = (str, int, float, bool)


def check_label(kind: Any) -> str:
    """Return ``kind`` when it is one of the contract's node kinds; GraphFormatError otherwise."""
    if kind not in NODE_KINDS:
        raise GraphFormatError(f"{kind!r} is not a node kind of the contract ({', '.join(NODE_KINDS)})")
    return kind


def check_rel(rel: Any) -> str:
    """Return ``rel`` when it is one of the contract's edge rels; GraphFormatError otherwise."""
    if rel not in EDGE_RELS:
        raise GraphFormatError(f"{rel!r} is not an edge rel of the contract ({', '.join(EDGE_RELS)})")
    return rel


def storable(value: Any) -> Any:
    """``value`` as a Neo4j property value (lists stay lists; other structures become JSON text).

    >>> storable(("a", "b")), storable(3), storable({"x": 1}), storable([[1], [2]])
    (['a', 'b'], 3, '{"x": 1}', '[[1], [2]]')
    """
    if isinstance(value, _PRIMITIVES):
        return value
    if isinstance(value, (list, tuple)):
        items = list(value)
        if all(isinstance(v, _PRIMITIVES) for v in items) and len({type(v) for v in items}) <= 1:
            return items
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def node_props(node_id: str, attrs: Mapping[str, Any]) -> dict[str, Any]:
    """The properties stored for a node: ``id`` plus every non-null attribute except ``kind``."""
    props = {"id": node_id}
    for k, v in attrs.items():
        if k in ("kind", "id") or v is None:
            continue
        props[k] = storable(v)
    return props


def edge_props(key: Any, attrs: Mapping[str, Any]) -> dict[str, Any]:
    """The properties stored for a relationship: ``key`` plus every non-null attribute except ``rel``."""
    props = {EDGE_KEY: key}
    for k, v in attrs.items():
        if k in ("rel", EDGE_KEY) or v is None:
            continue
        props[k] = storable(v)
    return props


def kind_of(labels: list[str]) -> str | None:
    """The contract kind among a node's labels (the first one), or None."""
    for label in labels:
        if label in NODE_KINDS:
            return label
    return None


def restore_node(labels: list[str], props: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """(id, attrs) of the networkx node for a stored node; nullable contract attributes come back as None."""
    kind = kind_of(labels)
    attrs: dict[str, Any] = {"kind": kind, **props}
    node_id = attrs.pop("id")
    for k in NULLABLE.get(kind or "", ()):
        attrs.setdefault(k, None)
    return node_id, attrs


def restore_edge(rel: str, props: Mapping[str, Any]) -> tuple[Any, dict[str, Any]]:
    """(key, attrs) of the networkx edge for a stored relationship (``key`` None when it was not stored)."""
    attrs = {"rel": rel, **props}
    return attrs.pop(EDGE_KEY, None), attrs

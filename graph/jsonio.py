"""Graph JSON in and out (the reformgraph/1 contract).

The format is ``networkx.node_link_data(G, edges="edges")`` of a directed
multigraph; see ``docs/graph-json.md`` (a copy of the shared contract).
Conversions come in pairs and round-trip:

>>> import networkx as nx
>>> G = nx.MultiDiGraph(schema=SCHEMA, documents=["doc:x"])
>>> G.add_node("unit:市财政局", kind="Unit", name="市财政局", aliases=["市财政局"], category="department")
>>> data = graph_to_data(G)
>>> data["nodes"][0]["kind"], data["multigraph"]
('Unit', True)
>>> nx.utils.graphs_equal(data_to_graph(data), G)
True
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from reformgraph.errors import GraphFormatError
from reformgraph.files import write_text_atomic

SCHEMA = "reformgraph/1"

NODE_KINDS = ("Document", "Reform", "Workplan", "Measure", "Unit", "District", "Law", "Person")
EDGE_RELS = (
    "PART_OF",
    "LEADS",
    "SUPPORTS",
    "RESPONSIBLE_FOR",
    "CONTACT_FOR",
    "MEMBER_OF",
    "APPLIES_TO",
    "CITES",
    "LOCATED_IN",
)


def graph_to_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Return the contract's JSON-ready dict for ``G`` (nodes and edges in insertion order)."""
    data = nx.node_link_data(G, edges="edges")
    data["graph"] = {"schema": SCHEMA, **{k: v for k, v in G.graph.items() if k != "schema"}}
    data["graph"].setdefault("documents", [])
    return data


def data_to_graph(data: dict[str, Any], *, source: str = "<data>") -> nx.MultiDiGraph:
    """Rebuild the MultiDiGraph from contract data; raise GraphFormatError if it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        raise GraphFormatError("not a graph JSON file (expected 'nodes' and 'edges' lists)", path=str(source))
    schema = (data.get("graph") or {}).get("schema")
    if schema != SCHEMA:
        raise GraphFormatError(f"expected graph schema {SCHEMA!r}, found {schema!r}", path=str(source))
    if not data.get("directed") or not data.get("multigraph"):
        raise GraphFormatError("expected a directed multigraph", path=str(source))
    ids = set()
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict):
            raise GraphFormatError(f"node #{i} is not an object", path=str(source))
        if not isinstance(node.get("id"), str) or node.get("kind") not in NODE_KINDS:
            raise GraphFormatError(f"node #{i} has no id or an unknown kind {node.get('kind')!r}", path=str(source))
        if node["kind"] in ("Unit", "District", "Person") and not (isinstance(node.get("name"), str) and node["name"]):
            raise GraphFormatError(f"node #{i} ({node['kind']} {node['id']!r}) has no name", path=str(source))
        ids.add(node["id"])
    for i, edge in enumerate(data["edges"]):
        if not isinstance(edge, dict):
            raise GraphFormatError(f"edge #{i} is not an object", path=str(source))
        if edge.get("rel") not in EDGE_RELS or "source" not in edge or "target" not in edge:
            raise GraphFormatError(
                f"edge #{i} has no source/target or an unknown rel {edge.get('rel')!r}", path=str(source)
            )
        for end in ("source", "target"):
            if not isinstance(edge[end], str) or edge[end] not in ids:
                raise GraphFormatError(f"edge #{i} ends at a missing node {edge[end]!r}", path=str(source))
    G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return G


def write_graph_json(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as UTF-8 JSON atomically: the file appears whole or not at all."""
    text = json.dumps(graph_to_data(G), ensure_ascii=False, indent=1)
    write_text_atomic(path, text + "\n")


def read_graph_json(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph JSON file written by ``reformgraph build --json``."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
        data = json.loads(text)
    except FileNotFoundError:
        raise GraphFormatError("no such file", path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFormatError(f"not valid UTF-8 JSON ({exc})", path=str(path)) from None
    except RecursionError:
        raise GraphFormatError("not a graph JSON file (nested too deeply)", path=str(path)) from None
    return data_to_graph(data, source=str(path))


def is_graph_json(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` looks like a graph JSON file (by name), not a source document."""
    return str(path).lower().endswith(".json")

"""Graph JSON in and out (the reformgraph/1 contract), fast and checked.

The format is ``networkx.node_link_data(G, edges="edges")`` of a directed
multigraph; see ``docs/graph-json.md`` (a copy of the shared contract).
Files are written with orjson, one node or edge per line, streamed in chunks
(the whole text is never held in memory) and byte-identical across runs.
Reading checks everything the contract promises (``reformgraph.contract``:
kinds, rels, endpoints, required attributes and their types, plain attribute
values) and names the first problem in one line:

>>> import networkx as nx
>>> G = nx.MultiDiGraph(schema=SCHEMA, documents=["doc:x"])
>>> G.add_node("unit:市财政局", kind="Unit", name="市财政局", aliases=["市财政局"], category="department")
>>> data = graph_to_data(G)
>>> data["nodes"][0]["kind"], data["multigraph"]
('Unit', True)
>>> nx.utils.graphs_equal(data_to_graph(data), G)
True
>>> data["nodes"][0]["name"] = ""
>>> data_to_graph(data, source="g.json")
Traceback (most recent call last):
...
reformgraph.errors.GraphFormatError: g.json:nodes[0]: Unit 'unit:市财政局': 'name' must be a non-empty string, found ""
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import orjson

from reformgraph.contract import EDGE_RELS, NODE_KINDS, SCHEMA, graph_data
from reformgraph.errors import GraphFormatError
from reformgraph.files import atomic_write
from reformgraph.gcpause import paused_gc
from reformgraph.graphdata import GraphData

if TYPE_CHECKING:
    import networkx as nx

CHUNK = 5_000  # items serialised per write: bounds the memory writing a large graph costs
#: Files this big or bigger are decoded with their values' types checked by msgspec, when installed: below, the
#: import (7 ms) costs more than it saves.
TYPED_DECODE_MIN_BYTES = 4 * 2**20
_BOM = b"\xef\xbb\xbf"
__all__ = [
    "EDGE_RELS",
    "NODE_KINDS",
    "SCHEMA",
    "data_to_graph",
    "graph_json_bytes",
    "graph_to_data",
    "is_graph_json",
    "read_graph_data",
    "read_graph_json",
    "write_graph_json",
]


def graph_to_data(G: nx.MultiDiGraph | GraphData) -> dict[str, Any]:
    """Return the contract's JSON-ready dict for ``G`` (nodes and edges in insertion order)."""
    data = G if isinstance(G, GraphData) else GraphData.of(G)
    return {
        "directed": True,
        "multigraph": True,
        "graph": _graph_attributes(data.graph),
        "nodes": list(_node_items(data)),
        "edges": list(_edge_items(data)),
    }


def data_to_graph(data: dict[str, Any], *, source: str = "<data>") -> nx.MultiDiGraph:
    """Rebuild the MultiDiGraph from contract data (left unchanged); raise GraphFormatError if it is not one."""
    return graph_data(data, source=source, copy=True).to_networkx()


def write_graph_json(G: nx.MultiDiGraph | GraphData, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as UTF-8 JSON atomically: the file appears whole or not at all.

    One node or edge per line, serialised ``CHUNK`` at a time, so the file
    never exists whole in memory.
    """
    data = G if isinstance(G, GraphData) else GraphData.of(G)
    with atomic_write(path) as fh:
        for part in _json_parts(data):
            fh.write(part)


def graph_json_bytes(G: nx.MultiDiGraph | GraphData) -> bytes:
    """The exact bytes ``write_graph_json`` writes (for hashing or sending)."""
    data = G if isinstance(G, GraphData) else GraphData.of(G)
    return b"".join(_json_parts(data))


def read_graph_data(path: str | os.PathLike[str]) -> GraphData:
    """Read and check a graph JSON file written by ``reformgraph build --json``, without networkx."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise GraphFormatError("no such file", path=str(path)) from None
    except OSError as exc:
        raise GraphFormatError(f"cannot read ({exc.strerror or exc})", path=str(path)) from None
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    with paused_gc():  # a graph JSON is hundreds of thousands of dicts that all stay alive
        data, plain = _decoded(raw, str(path))
        del raw
        return graph_data(data, source=str(path), plain=plain)


def read_graph_json(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph JSON file written by ``reformgraph build --json``."""
    return read_graph_data(path).to_networkx()


def is_graph_json(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` looks like a graph JSON file (by name), not a source document."""
    return str(path).lower().endswith(".json")


# ---- reading ---------------------------------------------------------------------------------


def _decoded(raw: bytes, source: str) -> tuple[dict[str, Any], bool]:
    """(the parsed file, whether its nodes and edges are known to be objects of plain values).

    Files of ``TYPED_DECODE_MIN_BYTES`` or more are decoded by msgspec (the
    ``fast`` extra) against the shape of a graph JSON file, which checks the
    values' types while parsing, in C, in less time than orjson takes only to
    parse. Anything it refuses, and every smaller file, is parsed by orjson
    and checked in Python, which also names the problem.
    """
    decoder = _typed_decoder() if len(raw) >= TYPED_DECODE_MIN_BYTES else None
    if decoder is not None:
        import msgspec

        try:
            top = decoder.decode(raw)
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):  # nesting too deep: orjson says so
            pass
        else:
            return {f: getattr(top, f) for f in top.__struct_fields__ if getattr(top, f) is not _ABSENT}, True
    try:
        return orjson.loads(raw), False
    except orjson.JSONDecodeError as exc:
        raise GraphFormatError(f"not valid UTF-8 JSON ({exc})", path=source) from None


_ABSENT: Any = object()


@cache
def _typed_decoder():
    """msgspec's decoder of a graph JSON file's shape, or None without the ``fast`` extra."""
    try:
        import msgspec
    except ImportError:
        return None
    # 64-bit integers (orjson reads and writes those up to 2**64 - 1); any other integer falls back to orjson,
    # which reads a bigger one as a float
    integer = Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]
    scalar = str | integer | float | bool | None
    item = dict[str, scalar | list[scalar]]

    fields = [("nodes", list[item]), ("edges", list[item])]
    # an unknown key is refused, not skipped: msgspec skips unknown fields without checking their bytes are UTF-8
    graph_file = msgspec.defstruct(
        "GraphFile",
        fields + [(f, Any, _ABSENT) for f in ("directed", "multigraph", "graph")],
        forbid_unknown_fields=True,
    )
    return msgspec.json.Decoder(graph_file)


# ---- writing ---------------------------------------------------------------------------------


def _graph_attributes(graph: dict[str, Any]) -> dict[str, Any]:
    out = {"schema": SCHEMA, **{k: v for k, v in graph.items() if k != "schema"}}
    out.setdefault("documents", [])
    return out


def _node_items(data: GraphData) -> Iterator[dict[str, Any]]:
    for n, attrs in data.nodes.items():
        yield {**attrs, "id": n}


def _edge_items(data: GraphData) -> Iterator[dict[str, Any]]:
    for u, nbrs in data.succ.items():
        for v, keyed in nbrs.items():
            for key, attrs in keyed.items():
                yield {**attrs, "source": u, "target": v, "key": key}


def _json_lines(items: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """Serialised items joined by ``,\\n``, ``CHUNK`` at a time.

    A chunk is serialised in one call (per-item calls cost 15x more) and split
    into lines at its ``},{`` boundaries; when some string holds ``},{`` itself
    the chunk is serialised item by item instead, giving the same bytes.
    """
    items = iter(items)
    first = True
    while chunk := list(islice(items, CHUNK)):
        text = orjson.dumps(chunk)[1:-1]
        if text.count(b"},{") == len(chunk) - 1:
            text = text.replace(b"},{", b"},\n{")
        else:
            text = b",\n".join(map(orjson.dumps, chunk))
        yield text if first else b",\n" + text
        first = False


def _json_parts(data: GraphData) -> Iterator[bytes]:
    head = {"directed": True, "multigraph": True, "graph": _graph_attributes(data.graph)}
    yield orjson.dumps(head)[:-1] + b',"nodes":[\n'
    yield from _json_lines(_node_items(data))
    yield b'\n],"edges":[\n'
    yield from _json_lines(_edge_items(data))
    yield b"\n]}\n"

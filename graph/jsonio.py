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
from functools import cache, reduce
from itertools import islice
from operator import or_
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import orjson

from reformgraph.contract import (
    EDGE_ATTRIBUTES,
    EDGE_RELS,
    NAMED_KINDS,
    NODE_ATTRIBUTES,
    NODE_KINDS,
    SCHEMA,
    WRITTEN_ATTRIBUTES,
    graph_data,
)
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
#: Files this big or bigger are kept, as read, in the user's cache (``reformgraph.graphcache``).
CACHED_MIN_BYTES = 4 * 2**20
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
    """Read and check a graph JSON file written by ``reformgraph build --json``, without networkx.

    A file of ``CACHED_MIN_BYTES`` or more is read from the user's cache when it was read before
    and has not changed since (``reformgraph.graphcache``), and kept there after its first read.
    """
    try:
        seen = os.stat(path)
        if seen.st_size >= CACHED_MIN_BYTES:
            from reformgraph import graphcache

            kept = graphcache.recall(path, seen)
            if kept is not None:
                return kept
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise GraphFormatError("no such file", path=str(path)) from None
    except OSError as exc:
        raise GraphFormatError(f"cannot read ({exc.strerror or exc})", path=str(path)) from None
    read = graph_data_from_bytes(raw, str(path))
    del raw
    if seen.st_size >= CACHED_MIN_BYTES:
        graphcache.remember(path, seen, read)
    return read


def graph_data_from_bytes(raw: bytes, source: str) -> GraphData:
    """A graph JSON file's bytes (as ``build --json`` writes them; a UTF-8 BOM is skipped) read and checked, or
    GraphFormatError naming ``source`` and what is wrong: the file read by :func:`read_graph_data`, or uploaded.

    >>> import networkx as nx
    >>> graph_data_from_bytes(graph_json_bytes(nx.MultiDiGraph(schema=SCHEMA)), "old.json").to_networkx().order()
    0
    >>> graph_data_from_bytes(b'{"name": "not a graph"}', "old.json")
    Traceback (most recent call last):
    ...
    reformgraph.errors.GraphFormatError: old.json: not a graph JSON file (expected 'nodes' and 'edges' lists in an object)
    """
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    with paused_gc():  # a graph JSON is hundreds of thousands of dicts that all stay alive
        data, proved = _decoded(raw, source)
        del raw
        return graph_data(data, source=source, plain=proved == PLAIN, shaped=proved == SHAPED)


def read_graph_json(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph JSON file written by ``reformgraph build --json``."""
    return read_graph_data(path).to_networkx()


def is_graph_json(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` looks like a graph JSON file (by name), not a source document."""
    return str(path).lower().endswith(".json")


# ---- reading ---------------------------------------------------------------------------------


def _decoded(raw: bytes, source: str) -> tuple[dict[str, Any], str]:
    """(the parsed file, what decoding it proved: ``SHAPED``, ``PLAIN`` or ``""``, nothing).

    Files of ``TYPED_DECODE_MIN_BYTES`` or more are decoded by msgspec (the
    ``fast`` extra), in C, first against the whole shape the contract gives
    each kind and rel (with only the attributes ReformGraph writes: a file of
    ours), else against the shape of any graph JSON file (items of plain
    values); see ``_typed_decoders``. A file both refuse, and every smaller
    file, is parsed by orjson and checked in Python, which also names the
    problem.
    """
    decoders = _typed_decoders() if len(raw) >= TYPED_DECODE_MIN_BYTES else None
    if decoders is not None:
        import msgspec

        for decoder, proved in zip(decoders, (SHAPED, PLAIN)):
            try:
                top = decoder.decode(raw)
            except msgspec.ValidationError:  # another attribute, or a problem: the next decoder, or orjson, tells
                continue
            # not JSON, nested too deep, or not UTF-8 (msgspec before 0.23 raises UnicodeDecodeError): orjson says so
            except (msgspec.DecodeError, RecursionError, UnicodeDecodeError):
                break
            data = {f: getattr(top, f) for f in top.__struct_fields__ if getattr(top, f) is not _ABSENT}
            if proved == SHAPED:  # a struct per item, made a dict of the same values (attributes in the writer's order)
                del top
                data["nodes"] = msgspec.to_builtins(data["nodes"])
                data["edges"] = msgspec.to_builtins(data["edges"])
            return data, proved
    try:
        return orjson.loads(raw), ""
    except orjson.JSONDecodeError as exc:
        raise GraphFormatError(f"not valid UTF-8 JSON ({exc})", path=source) from None


SHAPED, PLAIN = "shaped", "plain"
_ABSENT: Any = object()


@cache
def _typed_decoders():
    """msgspec's decoders of a graph JSON file (whole shape, then plain values), or None without the ``fast`` extra.

    The first makes one tagged struct per node kind and edge rel, generated
    from the contract's tables (``NODE_ATTRIBUTES``, ``EDGE_ATTRIBUTES``,
    ``NAMED_KINDS``) and holding the attributes ReformGraph writes
    (``WRITTEN_ATTRIBUTES``, any plain value) and nothing else. Its fields
    follow the writer's order: required attributes, written ones, then the
    id or the ends and key, which the reader takes out. The second reads any
    object of plain values.
    """
    try:
        import msgspec
    except ImportError:
        return None
    from msgspec import UNSET, Meta, UnsetType

    # 64-bit integers (orjson reads and writes those up to 2**64 - 1); any other integer falls back to orjson,
    # which reads a bigger one as a float
    integer = Annotated[int, Meta(ge=-(2**63), le=2**63 - 1)]
    scalar = str | integer | float | bool | None
    plain = scalar | list[scalar]
    named = Annotated[str, Meta(min_length=1)]
    of_type = {str: str, type(None): None, int: integer, list: list[str]}  # the contract's types (lists: of strings)

    def item(tag_field: str, tag: str, required, ends: list[tuple]) -> type:
        fields = [
            (name, named if name == "name" and tag in NAMED_KINDS else reduce(or_, [of_type[t] for t in allowed]))
            for name, allowed in required
        ]
        fields += [(name, plain | UnsetType, UNSET) for name in WRITTEN_ATTRIBUTES.get(tag, ())]
        # gc=False: a struct of decoded values is in no reference cycle, so the collector need not track it (a
        # tenth of the decode, and of freeing the structs)
        return msgspec.defstruct(
            tag, fields + ends, tag_field=tag_field, tag=tag, kw_only=True, forbid_unknown_fields=True, gc=False
        )

    nodes = [item("kind", kind, NODE_ATTRIBUTES[kind], [("id", named)]) for kind in NODE_KINDS]
    ends = [("source", str), ("target", str), ("key", integer | None | UnsetType, UNSET)]
    edges = [item("rel", rel, EDGE_ATTRIBUTES[rel], ends) for rel in EDGE_RELS]
    item_of_plain_values = dict[str, plain]

    def graph_file(name: str, node, edge) -> msgspec.json.Decoder:
        # an unknown key is refused, not skipped: msgspec skips unknown fields without checking their bytes are UTF-8
        fields = [("nodes", list[node]), ("edges", list[edge])]
        fields += [(f, Any, _ABSENT) for f in ("directed", "multigraph", "graph")]
        return msgspec.json.Decoder(msgspec.defstruct(name, fields, forbid_unknown_fields=True))

    return (
        graph_file("ShapedGraphFile", reduce(or_, nodes), reduce(or_, edges)),
        graph_file("GraphFile", item_of_plain_values, item_of_plain_values),
    )


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

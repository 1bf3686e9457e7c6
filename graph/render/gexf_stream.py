"""GEXF written a few thousand items at a time: the bytes networkx's ``GEXFWriter`` writes, without its tree.

networkx builds the whole document as an element tree before writing it: 1.7 GB for 100 plans (GraphML, which
networkx streams, took 730 MB). Here networkx's own writer still makes every element (its attribute ids,
types and values, its edge ids), ``CHUNK`` nodes or edges at a time; each chunk is indented as networkx
indents, serialised and dropped. The attribute declarations come before the nodes in GEXF but are only known
once every item was seen, so the nodes and edges go to temporary files first (beside the file written), and
the document is put together after: the head with the declarations, the nodes, the edges, the end.

>>> import networkx as nx
>>> H = nx.MultiDiGraph(mode="static", node_default={}, edge_default={})
>>> H.add_edge("a", "b", rel="LEADS")
0
>>> streamed = io.BytesIO()
>>> write_gexf(H, streamed, meta_description="{}")
>>> text = streamed.getvalue().decode()
>>> print(text[text.index("    <nodes>") :], end="")
    <nodes>
      <node id="a" label="a" />
      <node id="b" label="b" />
    </nodes>
    <edges>
      <edge source="a" target="b" id="0">
        <attvalues>
          <attvalue for="0" value="LEADS" />
          <attvalue for="1" value="0" />
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element, ElementTree, SubElement, tostring

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

CHUNK = 5_000  # nodes or edges made into elements at a time
__all__ = ["FirstTypeGEXFWriter", "gexf_writer", "write_gexf"]


class FirstTypeGEXFWriter(GEXFWriter):
    """networkx's ``GEXFWriter``, keeping the first type of an attribute whose values differ in type.

    GEXF declares one type per attribute. networkx until 3.6 declared the first value's type and wrote every value
    under it; 3.7 (the release pip picks on Python 3.12+) raises ``ValueError`` instead, so an export would stop on
    an attribute that is a number on some nodes and text on others. The first type is kept whatever the release,
    so the bytes written do not depend on it.

    >>> H = nx.MultiDiGraph(mode="static")
    >>> H.add_node("a", year=2024)
    >>> H.add_node("b", year="2025年")
    >>> writer = gexf_writer()
    >>> writer.add_graph(H)
    >>> [(a.get("title"), a.get("type")) for a in writer.graph_element.iter("attribute")]
    [('year', 'long')]
    """

    def get_attr_id(self, title, attr_type, edge_or_node, default, mode):
        known = self.attr[edge_or_node][mode].get(title)
        if known is not None:  # networkx 3.7 keeps {"id", "attr_type"} here, earlier releases the id
            return known["id"] if isinstance(known, dict) else known
        return super().get_attr_id(title, attr_type, edge_or_node, default, mode)


def gexf_writer() -> FirstTypeGEXFWriter:
    """The writer every GEXF of ReformGraph is made with: pretty-printed, UTF-8, GEXF 1.2."""
    return FirstTypeGEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")


def write_gexf(H: nx.MultiDiGraph, fh: BinaryIO, *, meta_description: str, chunk: int = CHUNK) -> None:
    """Write ``H`` to ``fh`` as GEXF 1.2, as networkx's ``GEXFWriter`` would (pretty-printed, UTF-8), with a
    ``<meta>`` of ReformGraph's (creator, and ``meta_description``) instead of networkx's dated one."""
    writer = gexf_writer()
    # what GEXFWriter.add_graph does before it adds the nodes and edges
    for _, _, data in H.edges(data=True):
        if data.get("id") is not None:
            writer.all_edge_ids.add(str(data["id"]))
    mode = "dynamic" if H.graph.get("mode") == "dynamic" else "static"
    default = "directed" if H.is_directed() else "undirected"
    writer.graph_element = Element("graph", defaultedgetype=default, mode=mode, name=H.graph.get("name", ""))
    # beside the file being written, where its own bytes will be (the system's temporary folder may be memory)
    name = getattr(fh, "name", None)
    folder = (os.path.dirname(name) or None) if isinstance(name, str) else None
    with tempfile.TemporaryFile(dir=folder) as nodes, tempfile.TemporaryFile(dir=folder) as edges:
        node_count = _stream(
            writer, "nodes", nodes, (_Part(H, nodes=part) for part in _parts(H.nodes(data=True), chunk))
        )
        edge_count = _stream(
            writer, "edges", edges, (_Part(H, edges=part) for part in _parts(H.edges(keys=True, data=True), chunk))
        )
        head, middle, end = _skeleton(writer, meta_description, node_count, edge_count)
        fh.write(head)
        nodes.seek(0)
        shutil.copyfileobj(nodes, fh)
        fh.write(middle)
        edges.seek(0)
        shutil.copyfileobj(edges, fh)
        fh.write(end)


class _Part:
    """The few things of a graph that ``GEXFWriter.add_nodes`` and ``add_edges`` read, over some of its items."""

    def __init__(self, H: nx.MultiDiGraph, *, nodes: list | None = None, edges: list | None = None) -> None:
        self.graph = H.graph
        self.nodes = _Nodes(nodes or [], H._node)
        self._edges = edges or []

    def is_multigraph(self) -> bool:
        return True

    def edges(self, data: bool = False, keys: bool = False) -> list:
        return self._edges


class _Nodes:
    """``G.nodes``: called, some of the nodes with their data; subscripted, any node's data."""

    def __init__(self, items: list, data: dict) -> None:
        self._items, self._data = items, data

    def __call__(self, data: bool = False) -> list:
        return self._items

    def __getitem__(self, node: Any) -> dict:
        return self._data[node]


def _parts(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


# the indentation GEXFWriter.indent gives a node or an edge (level 3), and the line that closes their list
_ITEM_BREAK, _LIST_END = "\n" + "  " * 3, "\n" + "  " * 2


def _stream(writer, what: str, out: BinaryIO, parts: Iterable[_Part]) -> int:
    """Make each part's ``what`` (nodes or edges) with networkx's writer and write them, indented, to ``out``;
    how many."""
    count = 0
    opened, closed = f"<{what}>", _LIST_END + f"</{what}>"
    for part in parts:
        holder = Element("graph")
        (writer.add_nodes if what == "nodes" else writer.add_edges)(part, holder)
        (made,) = holder
        writer.indent(made, 2)  # as in the whole document: each item on a line of its own, at level 3
        made.tail = None
        text = tostring(made, encoding="unicode")  # one call a chunk: a call per item cost 1.7 s more on 100 plans
        out.write(text[len(opened) : -len(closed)].encode("utf-8"))
        count += len(made)
    return count


def _skeleton(writer, meta_description: str, node_count: int, edge_count: int) -> tuple[bytes, bytes, bytes]:
    """The document's bytes before the nodes, between the nodes and the edges, and after the edges."""
    marks = {what: f"@@{what}-{uuid.uuid4().hex}@@" for what in ("nodes", "edges")}
    graph = writer.graph_element
    for what in ("nodes", "edges"):
        SubElement(graph, what).text = marks[what]
    writer.xml.append(graph)
    for child in list(writer.xml):  # networkx's <meta> has a creation date: ours instead (stable output)
        if child.tag == "meta":
            writer.xml.remove(child)
    meta = Element("meta")
    SubElement(meta, "creator").text = "ReformGraph"
    SubElement(meta, "description").text = meta_description
    writer.xml.insert(0, meta)
    writer.indent(writer.xml)
    buffer = io.BytesIO()
    ElementTree(writer.xml).write(buffer, encoding="utf-8", xml_declaration=True)
    text = buffer.getvalue()
    parts = []
    for what, count in (("nodes", node_count), ("edges", edge_count)):
        opened = f"<{what}>{marks[what]}</{what}>".encode()
        before, text = text.split(opened)
        parts.append(before + (f"<{what}>".encode() if count else f"<{what} />".encode()))
        text = (_LIST_END.encode() + f"</{what}>".encode() if count else b"") + text
    head, middle = parts
    return head, middle, text

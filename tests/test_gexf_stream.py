"""The streamed GEXF writer gives the bytes networkx's whole-tree writer gave (tests/support/gexf_before_stream.py)."""

from __future__ import annotations

import io
import json
import random

import networkx as nx
import pytest
from support.gexf_before_stream import write_gexf_whole

from reformgraph.render.gexf_stream import write_gexf
from reformgraph.render.interchange import adapt_for_interchange, privacy_filtered


def both(H, meta="{}", chunk=5_000):
    whole, streamed = io.BytesIO(), io.BytesIO()
    write_gexf_whole(H.copy(), whole, meta)
    write_gexf(H.copy(), streamed, meta_description=meta, chunk=chunk)
    return whole.getvalue(), streamed.getvalue()


def prepared(G):
    """The graph as write_interchange hands it to the GEXF writer."""
    H = adapt_for_interchange(G)
    meta = json.dumps(H.graph, ensure_ascii=False, sort_keys=True)
    H.graph = {"mode": "static", "node_default": {}, "edge_default": {}}
    return H, meta


@pytest.mark.parametrize("chunk", [1, 7, 5_000])
def test_the_bundled_plan_is_written_byte_for_byte_as_before(bundled_graph, chunk):
    H, meta = prepared(privacy_filtered(bundled_graph))
    whole, streamed = both(H, meta, chunk)
    assert streamed == whole and len(whole) > 100_000


def random_graph(seed: int) -> nx.MultiDiGraph:
    """Nodes and edges with attributes of every type GEXF holds, appearing first at random places (so the
    attribute ids are given in a mixed order), parallel edges, edges with their own ids, no-attribute items."""
    rng = random.Random(seed)
    H = nx.MultiDiGraph(mode="static", node_default={}, edge_default={})
    values = [1, -2, 3.5, float("inf"), float("nan"), True, False, "文本", "a&b<c>\"'", ""]
    for n in range(rng.randint(0, 40)):
        H.add_node(f"n{n}", **{f"k{rng.randint(0, 8)}": rng.choice(values) for _ in range(rng.randint(0, 3))})
    nodes = list(H)
    for _ in range(rng.randint(0, 80) if nodes else 0):
        attrs = {f"e{rng.randint(0, 6)}": rng.choice(values) for _ in range(rng.randint(0, 3))}
        if rng.random() < 0.1:
            attrs["id"] = f"x{rng.randint(0, 5)}"
        if rng.random() < 0.1:
            attrs["label"] = "边"
        H.add_edge(rng.choice(nodes), rng.choice(nodes), **attrs)
    return H


@pytest.mark.parametrize("seed", range(60))
def test_random_graphs_are_written_byte_for_byte_as_before(seed):
    H = random_graph(seed)
    chunk = random.Random(seed).choice([1, 2, 3, 5, 100])
    whole, streamed = both(H, json.dumps({"seed": seed}), chunk)
    assert streamed == whole


def test_an_attribute_of_mixed_types_keeps_its_first_type():
    """A number on one node and text on another: declared as the first, every value written (networkx 3.7's own
    writer raises ValueError here; earlier releases wrote this)."""
    H = nx.MultiDiGraph(mode="static")
    H.add_node("a", year=2024)
    H.add_node("b", year="2025年")
    H.add_edge("a", "b", urgent=True)
    H.add_edge("b", "a", urgent=0.5)
    out = io.BytesIO()
    write_gexf(H, out, meta_description="{}")
    text = out.getvalue().decode()
    assert '<attribute id="0" title="year" type="long" />' in text
    assert '<attribute id="1" title="urgent" type="boolean" />' in text
    assert text.count('<attvalue for="0" value="2024" />') == 1 and '<attvalue for="0" value="2025年" />' in text
    assert '<attvalue for="1" value="0.5" />' in text


def test_an_empty_graph_and_one_without_edges():
    for H in (nx.MultiDiGraph(mode="static"), nx.MultiDiGraph([], mode="static")):
        assert both(H)[0] == both(H)[1]
    H = nx.MultiDiGraph(mode="static")
    H.add_node("单独", kind="Unit")
    whole, streamed = both(H)
    assert streamed == whole and b"<edges />" in streamed


def test_the_temporary_files_go_beside_the_file_written(tmp_path, monkeypatch, bundled_graph):
    """Not to the system's temporary folder, which may be memory (tmpfs): the point of streaming is the memory."""
    import tempfile

    made = []
    real = tempfile.TemporaryFile

    def watched(*args, **kwargs):
        made.append(kwargs.get("dir"))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", watched)
    H, meta = prepared(privacy_filtered(bundled_graph))
    with open(tmp_path / "out.gexf", "wb") as fh:
        write_gexf(H, fh, meta_description=meta)
    assert made == [str(tmp_path)] * 2

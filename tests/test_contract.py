"""The graph JSON follows ../shared/contract/graph-json.md (docs/graph-json.md) exactly."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from reformgraph.errors import GraphFormatError
from reformgraph.jsonio import data_to_graph, graph_to_data, read_graph_json, write_graph_json

REQUIRED_NODE = {
    "Document": {"title", "path", "sha256", "issuer", "doc_number", "date"},
    "Reform": {"number", "title"},
    "Workplan": {"number", "title", "variant", "scope", "line_start", "line_end"},
    "Measure": {"workplan", "seq", "text", "deadline_raw", "deadline", "status", "line"},
    "Unit": {"name", "aliases", "category"},
    "District": {"name"},
    "Law": {"title", "category"},
    "Person": {"name"},
}
REQUIRED_EDGE = {
    "PART_OF": set(),
    "LEADS": {"raw", "line"},
    "SUPPORTS": {"raw", "line"},
    "RESPONSIBLE_FOR": {"role", "raw"},
    "CONTACT_FOR": {"role", "phones"},
    "MEMBER_OF": set(),
    "APPLIES_TO": set(),
    "CITES": {"line"},
    "LOCATED_IN": set(),
}
ENDPOINTS = {
    "LEADS": ("Unit", "Measure"),
    "SUPPORTS": ("Unit", "Measure"),
    "RESPONSIBLE_FOR": ("Unit", "Workplan"),
    "CONTACT_FOR": ("Person", "Workplan"),
    "MEMBER_OF": ("Person", "Unit"),
    "APPLIES_TO": ("Workplan", "District"),
    "CITES": ("Workplan", "Law"),
    "LOCATED_IN": ("Unit", "District"),
}


def test_every_kind_and_rel_has_its_attributes(bundled_graph):
    data = graph_to_data(bundled_graph)
    assert data["directed"] and data["multigraph"] and data["graph"]["schema"] == "reformgraph/1"
    assert data["graph"]["documents"] == ["doc:youyang-2022-18-business-environment-reforms"]
    kinds = {n["id"]: n["kind"] for n in data["nodes"]}
    assert set(kinds.values()) == set(REQUIRED_NODE)
    for n in data["nodes"]:
        assert REQUIRED_NODE[n["kind"]] <= set(n), n
    assert {e["rel"] for e in data["edges"]} == set(REQUIRED_EDGE)
    for e in data["edges"]:
        assert REQUIRED_EDGE[e["rel"]] <= set(e), e
        if e["rel"] in ENDPOINTS:
            assert (kinds[e["source"]], kinds[e["target"]]) == ENDPOINTS[e["rel"]]
    part_of = {(kinds[e["source"]], kinds[e["target"]]) for e in data["edges"] if e["rel"] == "PART_OF"}
    assert part_of == {("Measure", "Workplan"), ("Workplan", "Reform"), ("Reform", "Document")}
    for n in data["nodes"]:
        if n["kind"] == "Measure":
            assert n["status"] in ("done", "ongoing", "scheduled", None)
            assert n["deadline"] is None or len(n["deadline"]) in (7, 10)
        if n["kind"] == "Document":
            assert len(n["sha256"]) == 64


def test_json_round_trip(tmp_path, bundled_graph):
    out = tmp_path / "g.json"
    write_graph_json(bundled_graph, out)
    text = out.read_text(encoding="utf-8")
    assert "市市场监管局" in text  # not ASCII-escaped
    again = read_graph_json(out)
    assert nx.utils.graphs_equal(again, bundled_graph)
    assert graph_to_data(again) == json.loads(text)


def test_ids_are_stable_across_runs(bundled_graph):
    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths

    again = build_from_paths([str(BUNDLED_DOCUMENT)]).graph
    assert list(again.nodes) == list(bundled_graph.nodes)


@pytest.mark.parametrize(
    "payload, message",
    [
        ({"nodes": []}, "expected 'nodes' and 'edges'"),
        ({"directed": True, "multigraph": True, "graph": {"schema": "other/2"}, "nodes": [], "edges": []}, "schema"),
        (
            {
                "directed": True,
                "multigraph": True,
                "graph": {"schema": "reformgraph/1"},
                "nodes": [{"id": "x", "kind": "Planet"}],
                "edges": [],
            },
            "unknown kind",
        ),
    ],
)
def test_bad_graph_json(payload, message):
    with pytest.raises(GraphFormatError, match=message):
        data_to_graph(payload)

"""Graph JSON read fully checked (one line naming the first problem), written byte-stable and streamed.

Also: GraphData hands its dicts to networkx without a copy and merges like
``networkx.compose``; a graph JSON input is used as read (no copy, no
near-duplicate check).
"""

from __future__ import annotations

import copy
import json

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reformgraph import contract, jsonio
from reformgraph.cli import cli
from reformgraph.contract import graph_data
from reformgraph.errors import GraphFormatError
from reformgraph.graphdata import GraphData
from reformgraph.jsonio import data_to_graph, graph_to_data, read_graph_json, write_graph_json
from reformgraph.metrics.sample import graph_from_measures


def small() -> dict:
    """A valid graph JSON document: one measure led by one unit, supported by another."""
    G = graph_from_measures([("1", "市财政局", "市税务局")], document="d")
    return json.loads(json.dumps(graph_to_data(G), ensure_ascii=False))


def broken(change) -> dict:
    data = small()
    change(data)
    return data


def node(data: dict, node_id: str) -> dict:
    return next(n for n in data["nodes"] if n["id"] == node_id)


def edge(data: dict, rel: str) -> dict:
    return next(e for e in data["edges"] if e["rel"] == rel)


UNIT = "unit:市财政局"
MEASURE = "measure:d:1:1"

# (what is wrong, how to break the file, the exact one-line message)
BAD = [
    (
        "not an object",
        lambda d: d.clear(),
        "g.json: not a graph JSON file (expected 'nodes' and 'edges' lists in an object)",
    ),
    (
        "other schema",
        lambda d: d["graph"].update(schema="x/2"),
        "g.json: expected graph schema 'reformgraph/1', found \"x/2\"",
    ),
    (
        "undirected",
        lambda d: d.update(directed=False),
        "g.json: expected a directed multigraph ('directed' and 'multigraph' true)",
    ),
    (
        "documents not strings",
        lambda d: d["graph"].update(documents=[1]),
        "g.json:graph: 'documents' must be a list of document ids (strings)",
    ),
    ("node not an object", lambda d: d["nodes"].insert(1, [1, 2]), "g.json:nodes[1]: expected an object, found a list"),
    ("node without id", lambda d: d["nodes"][2].pop("id"), "g.json:nodes[2]: node has no 'id'"),
    ("empty id", lambda d: d["nodes"][2].update(id=""), "g.json:nodes[2]: 'id' must be a non-empty string, found \"\""),
    ("id a number", lambda d: d["nodes"][2].update(id=7), "g.json:nodes[2]: 'id' must be a non-empty string, found 7"),
    (
        "repeated id",
        lambda d: d["nodes"].append(dict(node(d, UNIT))),
        "g.json:nodes[6]: node id 'unit:市财政局' appears twice",
    ),
    (
        "unknown kind",
        lambda d: node(d, UNIT).update(kind="Planet"),
        "g.json:nodes[4]: node 'unit:市财政局' has an unknown kind \"Planet\" (expected one of Document, Reform, "
        "Workplan, Measure, Unit, District, Law, Person)",
    ),
    ("unit without a name", lambda d: node(d, UNIT).pop("name"), "g.json:nodes[4]: Unit 'unit:市财政局' has no 'name'"),
    (
        "unit with an empty name",
        lambda d: node(d, UNIT).update(name=""),
        "g.json:nodes[4]: Unit 'unit:市财政局': 'name' must be a non-empty string, found \"\"",
    ),
    (
        "seq a string",
        lambda d: node(d, MEASURE).update(seq="1"),
        "g.json:nodes[3]: Measure 'measure:d:1:1': 'seq' must be an integer, found \"1\"",
    ),
    (
        "line a boolean",
        lambda d: node(d, MEASURE).update(line=True),
        "g.json:nodes[3]: Measure 'measure:d:1:1': 'line' must be an integer, found true",
    ),
    (
        "aliases not strings",
        lambda d: node(d, UNIT).update(aliases=["a", 3]),
        "g.json:nodes[4]: Unit 'unit:市财政局': 'aliases' must be a list of strings, found [\"a\",3]",
    ),
    (
        "nested attribute",
        lambda d: node(d, MEASURE).update(extra={"a": [[1]]}),
        "g.json:nodes[3]: Measure 'measure:d:1:1': attribute 'extra' is an object; expected a string, number, "
        "boolean, null or list",
    ),
    (
        "list of lists",
        lambda d: node(d, MEASURE).update(extra=[[1]]),
        "g.json:nodes[3]: Measure 'measure:d:1:1': attribute 'extra' is a list holding lists or objects; "
        "only plain values may be listed",
    ),
    ("edge not an object", lambda d: d["edges"].append("x"), "g.json:edges[5]: expected an object, found a string"),
    (
        "unknown rel",
        lambda d: edge(d, "LEADS").update(rel="OWNS"),
        'g.json:edges[3]: edge has an unknown rel "OWNS" (expected one of PART_OF, LEADS, SUPPORTS, '
        "RESPONSIBLE_FOR, CONTACT_FOR, MEMBER_OF, APPLIES_TO, CITES, LOCATED_IN)",
    ),
    (
        "edge to a missing node",
        lambda d: edge(d, "LEADS").update(target="measure:d:9:9"),
        'g.json:edges[3]: LEADS edge: target "measure:d:9:9" is not a node of the graph',
    ),
    (
        "edge without source",
        lambda d: edge(d, "SUPPORTS").pop("source"),
        "g.json:edges[4]: SUPPORTS edge has no 'source'",
    ),
    (
        "wrong kinds",
        lambda d: edge(d, "LEADS").update(source=MEASURE, target=UNIT),
        "g.json:edges[3]: LEADS edge 'measure:d:1:1' → 'unit:市财政局' joins Measure → Unit; expected Unit → Measure",
    ),
    ("missing raw", lambda d: edge(d, "LEADS").pop("raw"), "g.json:edges[3]: LEADS edge has no 'raw'"),
    (
        "key a string",
        lambda d: edge(d, "LEADS").update(key="0"),
        "g.json:edges[3]: LEADS edge 'unit:市财政局' → 'measure:d:1:1': 'key' must be an integer, found \"0\"",
    ),
    (
        "repeated key",
        lambda d: d["edges"].append(dict(edge(d, "LEADS"))),
        "g.json:edges[5]: LEADS edge 'unit:市财政局' → 'measure:d:1:1': 'key' 0 is repeated for this source and target",
    ),
]


@pytest.mark.parametrize("what, change, message", BAD, ids=[b[0] for b in BAD])
def test_each_problem_is_named_in_one_line(what, change, message):
    data = broken(change)
    with pytest.raises(GraphFormatError) as err:
        data_to_graph(data, source="g.json")
    assert str(err.value) == message
    assert "\n" not in str(err.value)


def test_the_first_problem_is_named():
    data = broken(lambda d: (node(d, UNIT).pop("name"), edge(d, "LEADS").update(target="x")))
    with pytest.raises(GraphFormatError, match=r"nodes\[4\]: Unit 'unit:市财政局' has no 'name'"):
        data_to_graph(data, source="g.json")


def test_data_to_graph_leaves_its_input_alone():
    data = small()
    before = copy.deepcopy(data)
    data_to_graph(data)
    assert data == before


def test_a_valid_file_reads_back_equal(tmp_path, bundled_graph):
    out = tmp_path / "g.json"
    write_graph_json(bundled_graph, out)
    again = read_graph_json(out)
    assert nx.utils.graphs_equal(again, bundled_graph)
    assert list(again.nodes) == list(bundled_graph.nodes)
    assert list(again.edges(keys=True, data=True)) == list(bundled_graph.edges(keys=True, data=True))
    assert graph_to_data(again) == json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"[" * 5000 + b"]" * 5000, "not valid UTF-8 JSON"),
        (b'{"nodes": "\xff"}', "not valid UTF-8 JSON"),
        (b"", "not valid UTF-8 JSON"),
        (b'{"nodes": [], "edges": [], ', "not valid UTF-8 JSON"),
    ],
    ids=["deep nesting", "not UTF-8", "empty", "cut short"],
)
def test_unreadable_files_give_one_line(tmp_path, raw, message):
    path = tmp_path / "g.json"
    path.write_bytes(raw)
    with pytest.raises(GraphFormatError, match=message) as err:
        read_graph_json(path)
    assert str(err.value).startswith(f"{path}: ") and "\n" not in str(err.value)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "g.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(small(), ensure_ascii=False).encode("utf-8"))
    assert read_graph_json(path).number_of_nodes() == 6


@pytest.mark.parametrize("command", [["top"], ["unit", "市财政局"], ["export", "--format", "graphml"]])
def test_commands_refuse_an_edge_to_a_missing_node(tmp_path, command):
    path = tmp_path / "g.json"
    path.write_text(json.dumps(broken(lambda d: edge(d, "LEADS").update(target="measure:x")), ensure_ascii=False))
    args = [command[0], str(path), *command[1:]]
    if command[0] == "export":
        args += ["--out", str(tmp_path / "out.graphml")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [f'error: {path}:edges[3]: LEADS edge: target "measure:x" is not a node of the graph']
    assert not (tmp_path / "out.graphml").exists()


# ---- writing ---------------------------------------------------------------------------------


def test_output_is_byte_identical_and_one_item_per_line(tmp_path, bundled_graph):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_graph_json(bundled_graph, a)
    write_graph_json(bundled_graph, b)
    text = a.read_bytes()
    assert text == b.read_bytes() == jsonio.graph_json_bytes(bundled_graph)
    lines = text.decode("utf-8").splitlines()
    n, m = bundled_graph.number_of_nodes(), bundled_graph.number_of_edges()
    assert len(lines) == n + m + 3  # head + nodes, "],"edges":[" + edges, closing line
    assert json.loads(lines[1].rstrip(","))["id"] == next(iter(bundled_graph.nodes))


def test_chunks_and_the_item_by_item_path_write_the_same_bytes(monkeypatch):
    G = graph_from_measures([(str(i), "市财政局", "市税务局") for i in range(1, 8)], document="d")
    G.nodes["measure:d:3:1"]["text"] = 'a "},{" inside a string'  # looks like an item boundary
    whole = jsonio.graph_json_bytes(G)
    monkeypatch.setattr(jsonio, "CHUNK", 3)  # chunks of three, one of them holding the look-alike
    assert jsonio.graph_json_bytes(G) == whole
    assert whole.count(b"\n") == G.number_of_nodes() + G.number_of_edges() + 3
    items = graph_to_data(G)["nodes"]
    assert b",\n".join(map(jsonio.orjson.dumps, items)) in whole  # exactly one item per line
    assert node(json.loads(whole), "measure:d:3:1")["text"] == 'a "},{" inside a string'


# ---- GraphData and the pipeline ----------------------------------------------------------------


def test_graph_data_is_handed_to_networkx_without_a_copy():
    data = graph_data(small())
    G = data.to_networkx()
    assert G._node is data.nodes and G._succ is data.succ and G._pred is data.pred
    assert data.to_networkx() is G
    assert GraphData.of(G).nodes is data.nodes


@pytest.mark.parametrize("keys", [(None, None, None), (0, 1, 2), (2, None, 0), (None, 5, None), (1, 0, None)])
def test_parallel_edges_are_keyed_as_networkx_adds_them(keys):
    """Pairs joined by several edges (keys given, missing or mixed) get networkx's keys, in order."""
    data = small()
    lead = edge(data, "LEADS")
    data["edges"] += [{**lead, "line": line} for line in (7, 8)]  # three LEADS edges between the same ends
    expected = nx.MultiDiGraph(**data["graph"])
    for item in data["nodes"]:
        expected.add_node(item["id"], **{k: v for k, v in item.items() if k != "id"})
    leads = [e for e in data["edges"] if e["rel"] == "LEADS"]
    for e, key in zip(leads, keys):
        e.pop("key")
        if key is not None:
            e["key"] = key
    for e in data["edges"]:
        attrs = {k: v for k, v in e.items() if k not in ("source", "target", "key")}
        expected.add_edge(e["source"], e["target"], key=e.get("key"), **attrs)
    G = data_to_graph(data)
    assert list(G.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert list(G.pred[MEASURE].items()) == list(expected.pred[MEASURE].items())
    assert G._succ[UNIT][MEASURE] is G._pred[MEASURE][UNIT]


def test_the_collector_is_paused_and_what_was_made_joins_the_oldest_generation():
    import gc

    from reformgraph.gcpause import paused_gc

    with paused_gc():
        assert not gc.isenabled()
        made = [{} for _ in range(100)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert any(x is made for x in gc.get_objects(2)) and not any(x is made for x in gc.get_objects(0))
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
    kept = [{}]
    gc.freeze()  # someone else keeps objects frozen: they stay frozen (frozen objects are in no generation)
    try:
        with paused_gc():
            made = [{}]
        assert gc.get_freeze_count() > 0 and not any(x is kept for x in gc.get_objects())
    finally:
        gc.unfreeze()


def test_update_merges_like_networkx_compose():
    a = graph_from_measures([("1", "市财政局", "市税务局"), ("2", "市税务局", "")], document="d")
    b = graph_from_measures([("1", "市财政局", "市公安局")], document="d")
    b.nodes["unit:市财政局"]["category"] = "other"
    expected = nx.compose(a, b)
    merged = GraphData.of(a.copy())
    merged.update(GraphData.of(b.copy()))
    G = merged.to_networkx()
    assert nx.utils.graphs_equal(G, expected)
    assert list(G.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert G.graph["documents"] == ["doc:d"]


def test_a_graph_json_input_is_used_as_read(tmp_path, monkeypatch, bundled_graph):
    from reformgraph.loaders import pipeline

    path = tmp_path / "g.json"
    write_graph_json(bundled_graph, path)

    def no_check(*args, **kwargs):
        raise AssertionError("the near-duplicate check ran")

    monkeypatch.setattr(pipeline, "near_duplicates", no_check)
    result = pipeline.build_from_paths([str(path)])
    assert result.graph._node is result.data.nodes  # the graph read, not a copy of it
    assert nx.utils.graphs_equal(result.graph, bundled_graph)
    with pytest.raises(AssertionError, match="near-duplicate"):
        result.near_duplicates  # noqa: B018 - worked out only when asked for


def test_documents_and_a_graph_json_merge_like_compose(tmp_path, bundled_graph):
    from reformgraph.loaders.pipeline import build_from_paths
    from tests.test_parse_noise import plan

    doc = tmp_path / "small.md"
    doc.write_text(
        plan("1. 开展调研。（牵头单位：市财政局；配合单位：市高法院；完成时限：2022年5月）"), encoding="utf-8"
    )
    path = tmp_path / "g.json"
    write_graph_json(bundled_graph, path)
    merged = build_from_paths([str(doc), str(path)]).graph
    expected = nx.compose(build_from_paths([str(doc)]).graph, bundled_graph)
    expected.graph["documents"] = ["doc:small", *bundled_graph.graph["documents"]]  # both documents listed
    assert nx.utils.graphs_equal(merged, expected)


# ---- the fast checks and the item-by-item pass agree ----------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False) | st.sampled_from(["", "x", UNIT]),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(["a", "id"]), inner, max_size=2),
    max_leaves=4,
)
FIELDS = ["id", "kind", "name", "aliases", "seq", "line", "rel", "source", "target", "key", "raw", "extra"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(["nodes", "edges"]), st.integers(0, 5), st.sampled_from(FIELDS), json_values),
        min_size=1,
        max_size=3,
    ),
    st.booleans(),
)
def test_any_change_is_accepted_or_named_never_a_crash(changes, delete):
    from reformgraph.contract import _first_problem

    data = small()
    for where, index, field, value in changes:
        item = data[where][index % len(data[where])]
        if delete:
            item.pop(field, None)
        else:
            item[field] = value
    try:
        data_to_graph(data, source="g.json")
    except GraphFormatError as exc:
        assert "\n" not in str(exc) and "does not follow" not in str(exc)  # the item-by-item pass named it
    else:
        assert _first_problem(data["nodes"], data["edges"])[1] == "graph"  # ...and finds nothing either


# ---- the typed decoder (msgspec, big files) and orjson read the same ---------------------------


def _read_both(monkeypatch, path) -> tuple[object, object]:
    """What reading ``path`` gives (a graph's data, or the error line) with the typed decoder and without it."""

    def outcome():
        try:
            G = read_graph_json(path)
        except GraphFormatError as exc:
            return str(exc)
        # the values' types by name (1, 1.0 and True compare equal); not their order: the typed decoder gives a
        # node's attributes in the writer's order, orjson in the file's, and the written file is the same
        return graph_to_data(G), [sorted((k, type(v).__name__) for k, v in a.items()) for _, a in G.nodes(data=True)]

    monkeypatch.setattr(jsonio, "TYPED_DECODE_MIN_BYTES", 0)
    typed = outcome()
    monkeypatch.setattr(jsonio, "TYPED_DECODE_MIN_BYTES", 2**62)
    return typed, outcome()


@pytest.fixture()
def typed_decoder():
    pytest.importorskip("msgspec", reason="the `fast` extra (msgspec) is not installed")


@pytest.mark.parametrize("what, change, message", BAD, ids=[b[0] for b in BAD])
def test_the_typed_decoder_names_each_problem_the_same(tmp_path, monkeypatch, typed_decoder, what, change, message):
    path = tmp_path / "g.json"
    path.write_text(json.dumps(broken(change), ensure_ascii=False), encoding="utf-8")
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped == message.replace("g.json", str(path), 1)


@pytest.mark.parametrize("where", ["graph", "value"])
def test_the_typed_decoder_refuses_deep_nesting_in_one_line(tmp_path, monkeypatch, typed_decoder, where):
    deep = "[" * 100_000 + "]" * 100_000
    item = f'{{"id":"unit:x","kind":"Unit","name":"x","aliases":[],"category":"other","extra":{deep}}}'
    graph = deep if where == "graph" else '{"schema":"reformgraph/1"}'
    path = tmp_path / "g.json"
    path.write_text(f'{{"directed":true,"multigraph":true,"graph":{graph},"nodes":[{item}],"edges":[]}}')
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped and typed.startswith(f"{path}: not valid UTF-8 JSON")


@pytest.mark.parametrize("where", ["name", "key"])
def test_the_typed_decoder_refuses_bytes_not_utf8_in_one_line(tmp_path, monkeypatch, typed_decoder, where):
    """msgspec before 0.23 raised UnicodeDecodeError here (not its DecodeError): the same line as orjson's."""
    raw = json.dumps(small(), ensure_ascii=False).encode("utf-8")
    at = raw.index("市财政局".encode()) if where == "name" else raw.index(b'"name"') + 1
    path = tmp_path / "g.json"
    path.write_bytes(raw[:at] + b"\xff" + raw[at:])
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped and typed.startswith(f"{path}: not valid UTF-8 JSON")


@pytest.mark.parametrize(
    "value", [2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**30, 1e308, -0.0, 0.5, [1, "a", None]]
)
def test_the_typed_decoder_reads_numbers_as_orjson_does(tmp_path, monkeypatch, typed_decoder, value):
    data = small()
    data["nodes"][0]["extra"] = value
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped and not isinstance(typed, str)


def test_a_big_file_skips_the_plain_value_passes(tmp_path, monkeypatch, typed_decoder, bundled_graph):
    from reformgraph import contract

    path = tmp_path / "g.json"
    write_graph_json(bundled_graph, path)
    passes = []
    monkeypatch.setattr(
        contract, "_check_plain", lambda items, real=contract._check_plain: passes.append(1) or real(items)
    )
    monkeypatch.setattr(jsonio, "TYPED_DECODE_MIN_BYTES", path.stat().st_size)
    assert nx.utils.graphs_equal(read_graph_json(path), bundled_graph) and passes == []
    monkeypatch.setattr(jsonio, "TYPED_DECODE_MIN_BYTES", path.stat().st_size + 1)
    assert nx.utils.graphs_equal(read_graph_json(path), bundled_graph) and passes == [1, 1]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(["nodes", "edges"]), st.integers(0, 5), st.sampled_from(FIELDS), json_values),
        min_size=1,
        max_size=3,
    ),
)
def test_any_change_reads_the_same_typed_or_not(tmp_path, monkeypatch, typed_decoder, changes):
    data = small()
    for where, index, field, value in changes:
        data[where][index % len(data[where])][field] = value
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 3), st.binary(max_size=3)), min_size=1, max_size=4))
def test_any_byte_change_reads_the_same_typed_or_not(tmp_path, monkeypatch, typed_decoder, edits):
    """Bytes cut, replaced or inserted anywhere: the same graph or the same one line, whichever decoder reads it."""
    raw = bytearray(json.dumps(small(), ensure_ascii=False).encode("utf-8"))
    for at, cut, new in edits:
        at %= len(raw) + 1
        raw[at : at + cut] = new
    path = tmp_path / "g.json"
    path.write_bytes(bytes(raw))
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped


# ---- the shape decoder: ReformGraph's own files, checked against each kind's and rel's shape in C --------------


def _proved(monkeypatch, path) -> str:
    monkeypatch.setattr(jsonio, "TYPED_DECODE_MIN_BYTES", 0)
    return jsonio._decoded(path.read_bytes(), str(path))[1]


def test_every_graph_reformgraph_writes_is_read_against_its_whole_shape(tmp_path, monkeypatch, typed_decoder):
    """The bundled document, every corpus plan and a ledger's progress: each file takes the shape decoder, and
    writing what was read gives the same bytes (the attributes come back in the writer's order)."""
    from pathlib import Path

    from support.expected_files import documents

    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths
    from reformgraph.progress import LedgerRow, apply_progress

    real = documents(Path(__file__).parent / "fixtures" / "real")
    assert len(real) == 14
    G = build_from_paths([str(BUNDLED_DOCUMENT), *map(str, real)]).graph
    measures = [m for m, kind in G.nodes(data="kind") if kind == "Measure"]
    rows = [LedgerRow("t row 2", status="done", progress="已完成", updated="2022-01-05"), LedgerRow("t row 3")]
    G = apply_progress(G, dict(zip(measures, rows)))
    assert G.nodes[measures[0]]["progress_text"] == "已完成"
    path = tmp_path / "g.json"
    write_graph_json(G, path)
    assert _proved(monkeypatch, path) == jsonio.SHAPED
    assert jsonio.graph_json_bytes(read_graph_json(path)) == path.read_bytes()


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["nodes"][0].update(extra=1),  # an attribute ReformGraph does not write
        lambda d: d["edges"][0].update(note="x"),
        lambda d: d["nodes"].append({"kind": "District", "name": "酉阳县", "category": "x", "id": "district:酉阳县"}),
    ],
    ids=["node attribute", "edge attribute", "another kind's attribute"],
)
def test_other_attributes_take_the_plain_decoder_and_read_the_same(tmp_path, monkeypatch, typed_decoder, change):
    data = small()
    change(data)
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _proved(monkeypatch, path) == jsonio.PLAIN
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped and not isinstance(typed, str)


@pytest.mark.parametrize(
    "text",
    [
        '"name":"","name":"市财政局"',  # the last of repeated keys counts, as in orjson
        '"name":"市财政局","name":""',
        '"kind":"Unit","kind":"Person"',
        '"category":"department","category":1',
    ],
)
def test_repeated_keys_read_the_same_typed_or_not(tmp_path, monkeypatch, typed_decoder, text):
    unit = next(n for n in small()["nodes"] if n["id"] == UNIT)
    first = json.dumps(unit, ensure_ascii=False, separators=(",", ":"))
    raw = json.dumps(small(), ensure_ascii=False, separators=(",", ":"))
    assert first in raw
    path = tmp_path / "g.json"
    path.write_text(raw.replace(first, first[:-1] + "," + text + "}"), encoding="utf-8")
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped


SHAPE_FIELDS = sorted(
    {name for table in (contract.NODE_ATTRIBUTES, contract.EDGE_ATTRIBUTES) for r in table.values() for name, _ in r}
    | {name for names in contract.WRITTEN_ATTRIBUTES.values() for name in names}
    | {"id", "kind", "rel", "source", "target", "key", "extra"}
)
shape_values = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from([2**63, -(2**63) - 1, 1.0, -0.0, "", "x", UNIT, MEASURE, "unit:市税务局"])
    | st.sampled_from([*contract.NODE_KINDS, *contract.EDGE_RELS])
    | st.lists(st.sampled_from(["a", "", None, 1]), max_size=2)
    | st.dictionaries(st.just("a"), st.just(1), max_size=1)
)


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["nodes", "edges"]),
            st.integers(0, 9),
            st.sampled_from(SHAPE_FIELDS),
            shape_values | st.just(...),
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_any_change_of_shape_reads_the_same_typed_or_not(tmp_path, monkeypatch, typed_decoder, changes):
    """Kinds and rels swapped, required attributes retyped, emptied or deleted (``...``), written ones set to
    anything: the shape decoder accepts only what the checks in Python accept, and gives the same graph."""
    data = small()
    for where, index, field, value in changes:
        item = data[where][index % len(data[where])]
        if value is ...:
            item.pop(field, None)
        else:
            item[field] = value
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    typed, untyped = _read_both(monkeypatch, path)
    assert typed == untyped


def test_every_required_attribute_of_another_type_reads_the_same_typed_or_not(tmp_path, monkeypatch, typed_decoder):
    """Each required attribute of each item of ``small()``, given each other JSON type in turn (or removed)."""
    path = tmp_path / "g.json"
    tried = 0
    for where, table, label in (
        ("nodes", contract.NODE_ATTRIBUTES, "kind"),
        ("edges", contract.EDGE_ATTRIBUTES, "rel"),
    ):
        for i, item in enumerate(small()[where]):
            for name, _ in table[item[label]]:
                for value in (1.0, True, "1", "", None, 7, ["a"], [1], {"a": 1}, ...):
                    data = small()
                    if value is ...:
                        del data[where][i][name]
                    else:
                        data[where][i][name] = value
                    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
                    typed, untyped = _read_both(monkeypatch, path)
                    assert typed == untyped, (where, i, name, value)
                    tried += 1
    assert tried > 100

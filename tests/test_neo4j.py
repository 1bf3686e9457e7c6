"""The graph in a real Bolt server: loading, named-query parity, read-only runner, Cypher script, CLI.

The server is the session's ``bolt_target`` (tests/conftest.py, tests/support/bolt.py):
the Neo4j named by ``NEO4J_URI`` with the database ``NEO4J_TEST_DATABASE`` (default
``reformgraphtest``; ``neo4j`` only with ``NEO4J_TEST_ALLOW_WIPE=1``), which the tests
EMPTY, or else ArcadeDB embedded (PyPI ``arcadedb-embedded``: Bolt, Neo4j
5.26-compatible) started on 127.0.0.1 in a child process. Nothing here is mocked.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

import networkx as nx
import pytest
from click.testing import CliRunner
from support import embedded_bolt as embedded
from support.bolt import wipe
from support.cypher_payloads import BYPASSES, WRITE_ATTEMPTS

from reformgraph.cli import cli
from reformgraph.cypher.connect import Settings, open_driver
from reformgraph.cypher.load import load_graph
from reformgraph.cypher.named import run_query
from reformgraph.cypher.readonly import MAX_VALUES, QueryTimeout, ReadOnlyViolation, run_readonly
from reformgraph.cypher.script import graph_to_cypher_script
from reformgraph.cypher.statements import split_statements
from reformgraph.cypher.store import fetch_coordination_projection, fetch_graph
from reformgraph.errors import DatabaseError, ResultTooLarge
from reformgraph.metrics.chains import shortest_chain
from reformgraph.metrics.coordination import coordination_digraph, coordination_graph
from reformgraph.metrics.deadlines import monthly_load
from reformgraph.metrics.profile import top_units
from reformgraph.metrics.sample import graph_from_measures
from reformgraph.metrics.units import resolve_unit

HUB = "市市场监管局"


@dataclass
class Bolt:
    settings: Settings
    driver: object
    target: object

    @property
    def database(self) -> str:
        return self.settings.database

    def env(self, **extra: str) -> dict[str, str]:
        return self.target.env(**extra)

    def wipe(self) -> None:
        wipe(self.driver, self.database)


@pytest.fixture(scope="session")
def bolt(bolt_target):
    try:
        driver = open_driver(bolt_target.settings)
    except DatabaseError as exc:
        pytest.skip(f"the test database on {bolt_target.kind} is not usable: {exc}")
    yield Bolt(bolt_target.settings, driver, bolt_target)
    driver.close()


@pytest.fixture(scope="module")
def loaded(bolt, bundled_graph):
    """The bundled document loaded once into an empty database (tests here only read)."""
    bolt.wipe()
    report = load_graph(bolt.driver, bolt.database, bundled_graph)
    return report


@pytest.fixture
def empty(bolt):
    bolt.wipe()
    return bolt


def _q(bolt, name, **params):
    return run_query(bolt.driver, bolt.database, name, params)


# ---- the bundled document: load, round trip, parity of every named query ---------------------


def test_bundled_load_counts_and_round_trip(bolt, loaded, bundled_graph):
    G = bundled_graph
    assert loaded.total.nodes_created == G.number_of_nodes()
    assert loaded.total.rels_created == G.number_of_edges()
    H = fetch_graph(bolt.driver, bolt.database)
    assert nx.utils.graphs_equal(G, H)  # same ids, kinds, attributes (lists stay lists), edge keys


def test_loading_the_same_document_again_changes_nothing(bolt, loaded, bundled_graph):
    again = load_graph(bolt.driver, bolt.database, bundled_graph)
    assert not again.total.changed
    assert again.total.nodes_unchanged == bundled_graph.number_of_nodes()
    assert again.total.rels_unchanged == bundled_graph.number_of_edges()


@pytest.mark.parametrize("include_collective", [False, True])
def test_coordination_projection_parity(bolt, loaded, bundled_graph, include_collective):
    C = fetch_coordination_projection(bolt.driver, bolt.database, include_collective=include_collective)
    assert nx.utils.graphs_equal(C, coordination_graph(bundled_graph, include_collective=include_collective))
    D = fetch_coordination_projection(bolt.driver, bolt.database, include_collective=include_collective, directed=True)
    assert nx.utils.graphs_equal(D, coordination_digraph(bundled_graph, include_collective=include_collective))


@pytest.mark.parametrize("by", ["load", "lead", "support"])
@pytest.mark.parametrize("include_collective", [False, True])
def test_top_units_parity(bolt, loaded, bundled_graph, by, include_collective):
    rows = _q(bolt, "top_units", by=by, n=25, include_collective=include_collective)
    ranked = top_units(bundled_graph, by=by, n=25, include_collective=include_collective)
    assert [r["id"] for r in rows] == [r.unit for r in ranked]
    assert [(r["lead"], r["support"], r["load"]) for r in rows] == [
        (r.load.lead, r.load.support, r.load.weighted) for r in ranked
    ]


@pytest.mark.parametrize("unit, depth", [(HUB, 1), (HUB, 2), ("市高法院", 3)])
def test_unit_neighbourhood_parity(bolt, loaded, bundled_graph, unit, depth):
    rows = _q(bolt, "unit_neighbourhood", unit=unit, depth=depth)
    centre = resolve_unit(bundled_graph, unit)
    expected = nx.single_source_shortest_path_length(bundled_graph.to_undirected(as_view=True), centre, cutoff=depth)
    expected.pop(centre)
    assert {r["id"]: r["distance"] for r in rows} == expected
    assert {r["centre"] for r in rows} == {centre}


def _chain_pairs(G):
    """A few unit pairs with chains of different lengths (1, 2 and the longest from the hub)."""
    C = coordination_graph(G)
    hub = resolve_unit(G, HUB)
    dist = nx.single_source_shortest_path_length(C, hub)
    far = max(dist, key=lambda u: (dist[u], u))
    two = min((u for u, d in dist.items() if d == 2), default=far)
    one = min(u for u, d in dist.items() if d == 1)
    return [(hub, one), (hub, two), (hub, far), (far, two)]


def test_shortest_chain_parity(bolt, loaded, bundled_graph):
    for source, target in _chain_pairs(bundled_graph):
        chain = shortest_chain(bundled_graph, source, target)
        rows = _q(bolt, "shortest_chain", source=source, target=target)
        assert len(rows) == chain.count, (source, target)
        assert {r["hops"] for r in rows} == {chain.length}
        first = min(rows, key=lambda r: [(bundled_graph.nodes[u]["name"], u) for u in r["ids"]])
        assert tuple(first["ids"]) == chain.units
        assert [tuple(sorted(ms)) for ms in first["measures"]] == [h.measures for h in chain.hops]


def test_shortest_chain_by_name_and_unknown_unit(bolt, loaded):
    assert _q(bolt, "shortest_chain", source=HUB, target="没有这个单位") == []


@pytest.mark.parametrize("kwargs", [{}, {"include_collective": True}, {"unit": HUB}])
def test_deadlines_per_month_parity(bolt, loaded, bundled_graph, kwargs):
    params = {"unit": None, "include_collective": False, **kwargs}
    rows = _q(bolt, "deadlines_per_month", **params)
    unit = resolve_unit(bundled_graph, kwargs["unit"]) if "unit" in kwargs else None
    expected = monthly_load(bundled_graph, unit=unit, include_collective=params["include_collective"])
    assert sorted((r["id"], r["month"], r["lead"], r["support"]) for r in rows) == sorted(
        (m.unit, m.month, m.lead, m.support) for m in expected
    )
    assert rows  # the bundled document has deadlines


def test_workplan_detail_parity(bolt, loaded, bundled_graph):
    G = bundled_graph
    wid = next(n for n, d in G.nodes(data=True) if d["kind"] == "Workplan" and d["number"] == "60.1")
    rows = _q(bolt, "workplan_detail", workplan="60.1")
    measures = sorted((u for u, v, r in G.in_edges(wid, data="rel") if r == "PART_OF"), key=lambda m: G.nodes[m]["seq"])
    assert [r["id"] for r in rows] == measures
    for row, m in zip(rows, measures):
        leads = {G.nodes[u]["name"] for u, _, r in G.in_edges(m, data="rel") if r == "LEADS"}
        supports = {G.nodes[u]["name"] for u, _, r in G.in_edges(m, data="rel") if r == "SUPPORTS"} - leads
        assert (set(row["leads"]), set(row["supports"])) == (leads, supports)
        assert (row["text"], row["deadline"], row["status"]) == (
            G.nodes[m]["text"],
            G.nodes[m]["deadline"],
            G.nodes[m]["status"],
        )
    resp = {(G.nodes[u]["name"], d["role"]) for u, _, d in G.in_edges(wid, data=True) if d["rel"] == "RESPONSIBLE_FOR"}
    assert {(n, "lead") for n in rows[0]["responsible_lead"]} | {
        (n, "support") for n in rows[0]["responsible_support"]
    } == resp


def test_counts_parity(bolt, loaded, bundled_graph):
    rows = _q(bolt, "counts")
    assert {r["kind"]: r["count"] for r in rows} == dict(Counter(k for _, k in bundled_graph.nodes(data="kind")))


# ---- the read-only runner ---------------------------------------------------------------------


def test_run_readonly_rows_limit_and_refusal(bolt, loaded, bundled_graph):
    rows = run_readonly(bolt.driver, bolt.database, "MATCH (u:Unit {name: $name}) RETURN u.id AS id, u", {"name": HUB})
    assert rows == [
        {
            "id": f"unit:{HUB}",
            "u": {
                "_labels": ["Unit"],
                **{"id": f"unit:{HUB}", **{k: v for k, v in bundled_graph.nodes[f"unit:{HUB}"].items() if k != "kind"}},
            },
        }
    ]
    capped = run_readonly(bolt.driver, bolt.database, "MATCH (m:Measure) RETURN m.id AS id", limit=7)
    assert len(capped) == 7 and capped.truncated
    with pytest.raises(ReadOnlyViolation, match="DETACH is a write or admin keyword"):
        run_readonly(bolt.driver, bolt.database, "MATCH (n) DETACH DELETE n")
    with pytest.raises(ReadOnlyViolation):
        run_readonly(bolt.driver, bolt.database, "MATCH (u:Unit) SET u.name = 'x' RETURN u")
    assert _q(bolt, "counts")  # nothing was deleted
    with pytest.raises(DatabaseError) as info:
        run_readonly(bolt.driver, bolt.database, "MATCH (n RETURN n")
    assert "\n" not in str(info.value)


def test_run_readonly_timeout(bolt, loaded):
    # ~500,000 string concatenations: about 2 s on ArcadeDB embedded, far more than 0.1 s anywhere
    slow = "MATCH (a:Measure), (b:Measure) WHERE a.text + b.text CONTAINS 'zzz' RETURN count(*) AS n"
    with pytest.raises(QueryTimeout, match="did not finish within 0.1 s"):
        run_readonly(bolt.driver, bolt.database, slow, timeout_s=0.1)
    _wait_for_the_box(bolt)


def _state(bolt) -> tuple:
    """Everything a write could change: the whole graph, and the marks the payloads leave."""
    marks = run_query(bolt.driver, bolt.database, "counts", {})
    with bolt.driver.session(database=bolt.database) as session:
        pwned = session.run(
            "MATCH (n) WHERE n.name = 'PWNED' OR n.id STARTS WITH 'rg-' OR n:PWNED RETURN count(n) AS n"
        ).single()["n"]
    return fetch_graph(bolt.driver, bolt.database), marks, pwned


def test_every_bypass_and_write_attempt_is_refused_and_changes_nothing(bolt, loaded):
    before, marks, pwned = _state(bolt)
    assert pwned == 0
    accepted = []
    for query in [*BYPASSES.values(), *WRITE_ATTEMPTS]:
        try:
            run_readonly(bolt.driver, bolt.database, query)
        except ReadOnlyViolation:
            continue
        except DatabaseError as exc:  # sent, and the server refused it: the check should have
            accepted.append((query, str(exc)))
        else:
            accepted.append((query, "ran"))
    assert accepted == []
    after, marks_after, pwned_after = _state(bolt)
    assert nx.utils.graphs_equal(before, after) and marks_after == marks and pwned_after == 0


def test_terminate_cannot_reach_another_clients_write(bolt, loaded):
    """The bypass that killed a running load on Neo4j: the write transaction must still commit."""
    with bolt.driver.session(database=bolt.database) as session:
        tx = session.begin_transaction()
        tx.run("CREATE (:Law {id: 'rg-open-write', name: '正在写入'})").consume()
        for query in (BYPASSES["comment ended by a bare CR, then TERMINATE"], BYPASSES["TERMINATE TRANSACTIONS"]):
            with pytest.raises(ReadOnlyViolation, match="TERMINATE"):
                run_readonly(bolt.driver, bolt.database, query)
        tx.commit()
    with bolt.driver.session(database=bolt.database) as session:
        assert session.run("MATCH (n:Law {id: 'rg-open-write'}) DETACH DELETE n").consume().counters.nodes_deleted == 1


def test_read_only_answers_are_bounded(bolt, loaded):
    with pytest.raises(ResultTooLarge, match="the first row alone holds 300,002 values"):
        run_readonly(bolt.driver, bolt.database, "RETURN range(1, 300000) AS xs")
    rows = run_readonly(bolt.driver, bolt.database, "UNWIND range(1, 50) AS i RETURN i, range(1, 9999) AS xs")
    per_row = 1 + 1 + 1 + 9999  # the row, i, the list and its elements
    assert rows.truncated and len(rows) == MAX_VALUES // per_row and "size limit" in rows.reason
    text = run_readonly(bolt.driver, bolt.database, "MATCH (m:Measure) RETURN m.text AS t", max_chars=2000)
    assert text.truncated and sum(len(r["t"]) for r in text) <= 2000


NEVER_ENDING = "UNWIND range(1, 3000000) AS a UNWIND range(1, 3000000) AS b WITH a, b WHERE a + b < 0 RETURN a"


def _wait_for_the_box(bolt, limit_s: float = 90) -> float:
    """Seconds until the read-only runner answers again (the server ends abandoned queries at its limit)."""
    start = time.monotonic()
    while True:
        try:
            assert run_readonly(bolt.driver, bolt.database, "RETURN 1 AS one", timeout_s=2) == [{"one": 1}]
            return time.monotonic() - start
        except QueryTimeout:
            assert time.monotonic() - start < limit_s, "the abandoned queries were never ended"
            time.sleep(1)


def test_abandoned_never_ending_queries_do_not_starve_the_server(bolt, loaded):
    for _ in range(4):
        with pytest.raises(QueryTimeout):
            run_readonly(bolt.driver, bolt.database, NEVER_ENDING, timeout_s=1)
    started = time.monotonic()
    assert _q(bolt, "counts")  # every other query still runs, at once
    assert time.monotonic() - started < 10
    _wait_for_the_box(bolt)  # and the box itself answers once the server has ended them


# ---- replacing one document, atomically -------------------------------------------------------


def _doc(key: str, rows) -> nx.MultiDiGraph:
    return graph_from_measures(rows, document=key)


def _two_docs(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> nx.MultiDiGraph:
    G = nx.compose(a, b)
    G.graph["documents"] = a.graph["documents"] + b.graph["documents"]
    return G


DOC_A = [
    ("1", "市财政局", "市税务局、市高法院", "2022-03"),
    ("1", "市税务局", "", "2022-05"),
    ("2", "市发展改革委", "市财政局"),
    ("3", "市公安局", "各区县政府", "2022-12"),
]
DOC_A_EDITED = [("1", "市财政局", "市税务局", "2022-04"), ("2", "市司法局", "市财政局")]  # 3 gone, 1:2 gone
DOC_B = [("1", "市财政局", "市公安局", "2022-06"), ("2", "市高法院", "")]


def test_edited_document_replaces_its_items_and_leaves_others(empty):
    a, a2, b = _doc("a", DOC_A), _doc("a", DOC_A_EDITED), _doc("b", DOC_B)
    load_graph(empty.driver, empty.database, _two_docs(a, b))
    report = load_graph(empty.driver, empty.database, a2)
    assert report.total.nodes_deleted >= 3  # workplan 3, its reform, measure 1:2 (and units no one names now)
    H = fetch_graph(empty.driver, empty.database)
    assert _same_but_documents(H, _two_docs(a2, b))
    assert "unit:各区县政府" not in H  # only the removed measure named it
    assert "unit:市税务局" in H and "measure:a:1:2" not in H and "workplan:a:3" not in H
    assert H.nodes["measure:a:1:1"]["deadline"] == "2022-04"
    assert {v for _, v, r in H.out_edges("unit:市公安局", data="rel") if r == "LEADS"} == set()
    b_items = {n for n in H if ":b:" in n or n == "doc:b"}
    assert b_items == {n for n in b if ":b:" in n or n == "doc:b"}


def _same_but_documents(H, G) -> bool:
    """Equal apart from the order of ``graph["documents"]`` (fetch_graph sorts them)."""
    H2 = H.copy()
    H2.graph["documents"] = G.graph["documents"]
    return nx.utils.graphs_equal(H2, G)


def test_failed_load_leaves_the_previous_state(empty):
    a, a2 = _doc("a", DOC_A), _doc("a", DOC_A_EDITED)
    load_graph(empty.driver, empty.database, a)
    before = fetch_graph(empty.driver, empty.database)

    class ClientDied(Exception):
        pass

    def die_half_way(done: int, total: int) -> None:
        if done < total:
            raise ClientDied  # after the first batch was sent inside the document's transaction

    with pytest.raises(ClientDied):
        load_graph(empty.driver, empty.database, a2, batch=2, progress=die_half_way)
    after = fetch_graph(empty.driver, empty.database)
    assert nx.utils.graphs_equal(before, after)


def test_shared_units_merge_aliases_across_documents(empty):
    a, b = _doc("a", DOC_A), _doc("b", DOC_B)
    a.nodes["unit:市财政局"]["aliases"] = ["市财政局"]
    b.nodes["unit:市财政局"]["aliases"] = ["财政局"]
    load_graph(empty.driver, empty.database, a)
    load_graph(empty.driver, empty.database, b)
    H = fetch_graph(empty.driver, empty.database)
    assert H.nodes["unit:市财政局"]["aliases"] == ["市财政局", "财政局"]


def test_concurrent_loads_into_an_empty_database_all_succeed_and_count_truthfully(empty, bundled_graph):
    """Three loads of one document at once (the constraint race of issue 14): none fails, the graph is right,
    and between them they report each node and relationship created exactly once."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(3) as pool:
        reports = list(pool.map(lambda _: load_graph(empty.driver, empty.database, bundled_graph), range(3)))
    assert sum(r.total.nodes_created for r in reports) == bundled_graph.number_of_nodes()
    assert sum(r.total.rels_created for r in reports) == bundled_graph.number_of_edges()
    assert nx.utils.graphs_equal(fetch_graph(empty.driver, empty.database), bundled_graph)


# ---- the Cypher script (reformgraph export --format cypher) -----------------------------------


def _run_script(bolt, script: str) -> None:
    with bolt.driver.session(database=bolt.database) as session:
        for statement in split_statements(script):
            session.run(statement).consume()


def _tricky_graph() -> nx.MultiDiGraph:
    G = _doc("s", [("1", "市财政局", "市税务局", "2022-03"), ("2", "市高法院", "市财政局")])
    G.nodes["measure:s:1:1"]["text"] = "引号 ' 和 \" 反斜杠 \\ 换行\n制表\t；分号; // 不是注释 /* 也不是 */"
    G.nodes["doc:s"]["title"] = "O'Brien 的 `方案`"
    G.add_node("person:张三", kind="Person", name="张三")
    G.add_edge("person:张三", "workplan:s:1", rel="CONTACT_FOR", role="联络人", phones=["023-1234", "139"], line=4)
    G.add_edge("person:张三", "workplan:s:1", rel="CONTACT_FOR", role="处室负责人", phones=[], line=5)
    G.add_edge("person:张三", "unit:市财政局", rel="MEMBER_OF")
    return G


def test_cypher_script_loads_into_the_server(empty, bundled_graph):
    G = _tricky_graph()
    script = graph_to_cypher_script(G, batch=3, include_people=True, include_contacts=True)
    _run_script(empty, script)
    assert _same_but_documents(fetch_graph(empty.driver, empty.database), G)
    _run_script(empty, script)  # idempotent
    assert _same_but_documents(fetch_graph(empty.driver, empty.database), G)
    # a real slice of the bundled document: reform 60 with all its workplans and measures
    part = {
        n
        for n, d in bundled_graph.nodes(data=True)
        if d.get("reform") == "60" or d.get("workplan", "").startswith("60.")
    }
    part |= {v for n in part for v in nx.all_neighbors(bundled_graph, n)}
    S = bundled_graph.subgraph(part).copy()
    empty.wipe()
    _run_script(empty, graph_to_cypher_script(S, include_people=True, include_contacts=True))
    assert _same_but_documents(fetch_graph(empty.driver, empty.database), S)


# ---- the command line -------------------------------------------------------------------------


def test_cli_load_and_query(empty, bundled_graph, tmp_path):
    from reformgraph.jsonio import write_graph_json

    a = _doc("a", DOC_A)
    path = tmp_path / "a.json"
    write_graph_json(a, path)
    runner = CliRunner()
    first = runner.invoke(
        cli,
        ["load", str(path), "--database", empty.database],
        env=empty.env(NEO4J_DATABASE="ignored-because-of---database"),
    )
    assert first.exit_code == 0, first.output
    assert f"created {a.number_of_nodes()} nodes, {a.number_of_edges()} relationships" in first.output
    again = runner.invoke(cli, ["load", str(path)], env=empty.env())
    assert "created 0 nodes, 0 relationships; updated 0 nodes, 0 relationships" in again.output
    out = runner.invoke(
        cli, ["query", "top_units", "--param", "n=2", "--param", "by=lead", "--format", "csv"], env=empty.env()
    )
    assert out.exit_code == 0, out.output
    expected = [
        f"{r.name},{r.category},{r.load.lead},{r.load.support},{r.load.weighted:.4g},{r.unit}"
        for r in top_units(a, by="lead", n=2)
    ]
    assert out.output.splitlines() == ["unit,category,lead,support,load,id", *expected]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"NEO4J_PASSWORD": "wrong-password"}, "refused the credentials of user"),
        ({"NEO4J_DATABASE": "nosuchdatabase"}, "unknown database 'nosuchdatabase'"),
        ({"NEO4J_URI": f"bolt://127.0.0.1:{embedded.free_port()}"}, "cannot reach the graph database"),
    ],
)
def test_cli_errors_are_one_line(bolt, change, message):
    result = CliRunner().invoke(cli, ["query", "counts"], env=bolt.env(**change))
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_gds_detection(bolt):
    from support.gds import gds_available

    assert gds_available(bolt.driver, bolt.database) in (True, False)


def test_ledger_progress_on_measures_loads_and_comes_back(empty, bundled_graph):
    """Issue 16: progress_* attributes (docs/progress.md) pass through the loader unchanged (added by the ledger work)."""
    from reformgraph.progress import LedgerRow, apply_progress

    m = next(n for n, k in bundled_graph.nodes(data="kind") if k == "Measure")
    row = LedgerRow("台账.xlsx:台账 row 2", status="in_progress", progress="已召开座谈会。", updated="2026-06-30")
    G = apply_progress(bundled_graph, {m: row})
    load_graph(empty.driver, empty.database, G)
    H = fetch_graph(empty.driver, empty.database)
    assert nx.utils.graphs_equal(G, H)
    assert {k: v for k, v in H.nodes[m].items() if k.startswith("progress_")} == {
        "progress_status": "in_progress",
        "progress_text": "已召开座谈会。",
        "progress_updated": "2026-06-30",
        "progress_source": "台账.xlsx:台账 row 2",
    }


def test_the_people_a_task_names_load_with_their_measure_and_come_back(empty):
    """Round 25 (docs/loader.md): CONTACT_FOR's ``measure`` passes through the loader, and a second load of the same
    document changes nothing."""
    from reformgraph.aliases import load_alias_table
    from reformgraph.build import build_graph
    from reformgraph.loaders.parse import parse_document

    doc = parse_document(
        "某县2023年深化改革工作方案\n一、主要任务\n1.推进工程审批。\n责任单位：县住建局\n责任领导：王五\n"
        "责任人：赵六\n联系电话：13800001111\n",
        path="plan.md",
    )
    G = build_graph([doc], load_alias_table())
    load_graph(empty.driver, empty.database, G)
    H = fetch_graph(empty.driver, empty.database)
    assert nx.utils.graphs_equal(G, H)
    got = {
        (u, d["role"], d["measure"], tuple(d["phones"])) for u, _, d in H.edges(data=True) if d["rel"] == "CONTACT_FOR"
    }
    task = next(n for n, k in H.nodes(data="kind") if k == "Measure")
    assert got == {("person:王五", "责任领导", task, ()), ("person:赵六", "责任人", task, ("13800001111",))}
    assert not load_graph(empty.driver, empty.database, G).total.changed

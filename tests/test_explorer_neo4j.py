"""The explorer reading its graph from a real Bolt server, and its read-only Cypher page.

The server is the embedded ArcadeDB of ``cypher.embedded`` (Neo4j 5-compatible
Bolt, started on 127.0.0.1 in a child process), or — as in tests/test_neo4j.py
— the Neo4j named by ``NEO4J_URI`` / ``NEO4J_USER`` / ``NEO4J_PASSWORD`` when
that is set, using the database ``NEO4J_TEST_DATABASE`` (default
``reformgraphtest``), which this test EMPTIES: never point it at a database you
care about. The bundled document is loaded into it, then every page runs with
``NEO4J_URI``/``NEO4J_DATABASE`` pointing at it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reformgraph import metrics

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "explorer" / "app.py"
PAGES = ("overview", "unit", "chains", "bottlenecks", "deadlines", "reforms", "import_doc", "cypher")

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def bolt(tmp_path_factory, bundled_graph):
    """(uri, user, password, database) of a server holding the bundled document."""
    from neo4j import GraphDatabase

    from reformgraph.cypher.load import load_graph

    if os.environ.get("NEO4J_URI"):
        from reformgraph.cypher.connect import settings_from_env

        s = settings_from_env(database=os.environ.get("NEO4J_TEST_DATABASE", "reformgraphtest"))
        server, target = None, (s.uri, s.user, s.password, s.database)
    else:
        from support import embedded_bolt as embedded

        if not embedded.available():
            pytest.skip("arcadedb-embedded is not installed (pip install -e '.[dev]'), and NEO4J_URI is unset")
        server = embedded.EmbeddedBolt.start(tmp_path_factory.mktemp("bolt"))
        target = (server.uri, server.user, server.password, server.database)
    try:
        with GraphDatabase.driver(target[0], auth=(target[1], target[2])) as driver:
            if server is None:  # a real server's test database: start from empty
                driver.execute_query("MATCH (n) DETACH DELETE n", database_=target[3])
            load_graph(driver, target[3], bundled_graph)
        yield target
    finally:
        if server is not None:
            server.stop()


@pytest.fixture
def neo4j_env(bolt, monkeypatch):
    uri, user, password, database = bolt
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_USER", user)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    monkeypatch.setenv("NEO4J_DATABASE", database)
    monkeypatch.delenv("REFORMGRAPH_GRAPH", raising=False)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    yield bolt
    from reformgraph.explorer import state

    state.neo4j_driver.clear()  # close nothing shared with other tests: a fresh driver next time
    state.shared_graph_from_neo4j.clear()


def open_page(name: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.run()
    at.switch_page(f"screens/{name}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_every_page_works_on_the_graph_from_neo4j(neo4j_env, bundled_graph):
    database = neo4j_env[3]
    for page in PAGES:
        at = open_page(page)
        assert not at.error, (page, [e.value for e in at.error])
    at = open_page("overview")
    assert any(database in c.value for c in at.sidebar.caption)
    shown = {m.label: m.value for m in at.metric}
    measures = sum(1 for _, k in bundled_graph.nodes(data="kind") if k == "Measure")
    assert shown["举措"] == str(measures)
    assert at.dataframe[0].value.iloc[0]["单位"] == metrics.top_units(bundled_graph, n=1)[0].name


def test_cypher_page_runs_reads_and_refuses_writes(neo4j_env, bundled_graph):
    at = open_page("cypher")
    at.text_area(key="cypher_query").set_value(
        "MATCH (u:Unit {name: $name})-[:LEADS]->(m:Measure) RETURN count(m) AS led"
    )
    at.text_input(key="cypher_params").set_value('{"name": "市市场监管局"}')
    at.button[0].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    led = metrics.unit_load(bundled_graph)["unit:市市场监管局"].lead
    assert int(at.dataframe[0].value.iloc[0]["led"]) == led

    at.text_area(key="cypher_query").set_value("MATCH (n) DETACH DELETE n")
    at.text_input(key="cypher_params").set_value("{}")
    at.button[0].click().run()
    assert at.error and "DETACH is a write or admin keyword" in at.error[0].value

    at.text_input(key="cypher_params").set_value("[1, 2]")
    at.button[0].click().run()
    assert at.error and "JSON" in at.error[0].value


def test_without_neo4j_there_is_no_cypher_page(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    with pytest.raises(ValueError):
        at.switch_page("screens/cypher.py")


def test_an_unreachable_server_is_one_line_on_the_page(monkeypatch):
    from support.embedded_bolt import free_port

    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{free_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-a-secret")
    monkeypatch.setenv("NEO4J_DATABASE", "graph")
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    for page in ("overview", "unit"):
        at = open_page(page)
        assert at.error and "cannot reach the graph database" in at.error[0].value
        assert "\n" not in at.error[0].value

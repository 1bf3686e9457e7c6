"""The explorer reading its graph from a real Bolt server, and its read-only Cypher page.

The server is the session's ``bolt_target`` (tests/conftest.py, tests/support/bolt.py):
the Neo4j named by ``NEO4J_URI`` with the database ``NEO4J_TEST_DATABASE`` (which
this test EMPTIES; ``neo4j`` only with ``NEO4J_TEST_ALLOW_WIPE=1``), else ArcadeDB
embedded on 127.0.0.1. The bundled document is loaded into it, then every page runs
with ``NEO4J_URI``/``NEO4J_DATABASE`` pointing at it. A server that cannot be used
skips the module with the reason; nothing here errors in set-up.
"""

from __future__ import annotations

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
def bolt(bolt_target, bundled_graph):
    """(uri, user, password, database) of a server holding the bundled document."""
    from support.bolt import wipe

    from reformgraph.cypher.connect import open_driver
    from reformgraph.cypher.load import load_graph
    from reformgraph.errors import DatabaseError

    s = bolt_target.settings
    try:
        driver = open_driver(s)
    except DatabaseError as exc:
        pytest.skip(f"the test database on {bolt_target.kind} is not usable: {exc}")
    try:
        wipe(driver, s.database)
        load_graph(driver, s.database, bundled_graph)
    finally:
        driver.close()
    return (s.uri, s.user, s.password, s.database)


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

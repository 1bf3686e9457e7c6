"""Pure parts of the cypher package (no server): doctests, read-only check, named-query files,
load planning, script literals, settings. The Bolt-server tests are in test_neo4j.py."""

from __future__ import annotations

import networkx as nx
import pytest

from reformgraph.cypher.connect import settings_from_env
from reformgraph.cypher.load import EdgeRow, NodeRow, Part, plan_part, split_by_document
from reformgraph.cypher.named import QueryParameterError, UnknownQueryError, get_query, load_queries, parse_param_args
from reformgraph.cypher.readonly import ReadOnlyViolation, check_readonly
from reformgraph.cypher.script import graph_to_cypher_script, literal
from reformgraph.cypher.statements import split_statements
from reformgraph.errors import DatabaseError, GraphFormatError
from reformgraph.metrics.sample import graph_from_measures

# ---- read-only check ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n) RETURN n LIMIT 5",
        "MATCH (u:Unit {name: 'CREATE (x)'}) RETURN u",  # keywords inside strings
        "MATCH (u:Unit) RETURN u.set, u.`delete`, $merge",  # properties, backticks, parameters
        'MATCH (u) WHERE u.name = "SET" RETURN {create: 1}',  # map keys
        "CALL db.labels()",
        "CALL { MATCH (n) RETURN n } RETURN count(*)",
        "// DELETE everything\nMATCH (n) RETURN count(n) /* SET */",
    ],
)
def test_read_queries_pass(query):
    check_readonly(query)


@pytest.mark.parametrize(
    "query, word",
    [
        ("CREATE (n:Unit {id: 'x'})", "CREATE"),
        ("match (n) detach delete n", "DETACH"),
        ("MATCH (n) SET n.x = 1", "SET"),
        ("MATCH (n) REMOVE n.x", "REMOVE"),
        ("MERGE (n:Unit {id: 'x'})", "MERGE"),
        ("LOAD CSV FROM 'file:///x' AS row RETURN row", "LOAD"),
        ("MATCH (n) FOREACH (x IN [1] | SET n.y = x)", "FOREACH"),
        ("DROP CONSTRAINT unit_id", "DROP"),
        ("USE system SHOW USERS", "USE"),
        ("CALL apoc.periodic.iterate('a', 'b', {})", "apoc.periodic.iterate"),
        ("CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1", "TRANSACTIONS"),
        ("", "empty"),
    ],
)
def test_write_queries_refused(query, word):
    with pytest.raises(ReadOnlyViolation, match=word):
        check_readonly(query)


# ---- named query files ------------------------------------------------------------------------


def test_required_named_queries_exist_with_headers():
    queries = load_queries()
    for name in ("top_units", "unit_neighbourhood", "shortest_chain", "deadlines_per_month", "workplan_detail"):
        q = queries[name]
        assert q.summary and q.path.read_text(encoding="utf-8").startswith(f"// {name}:")
        assert "$" not in q.summary


def test_named_query_parameters():
    q = get_query("unit_neighbourhood")
    assert q.bind({"unit": "市财政局"}) == {"unit": "市财政局", "depth": 1}
    with pytest.raises(QueryParameterError, match="parameter unit is required"):
        q.bind({})
    with pytest.raises(QueryParameterError, match="between 1 and 3"):
        q.bind({"unit": "x", "depth": "9"})
    with pytest.raises(QueryParameterError, match="did you mean: depth"):
        q.bind({"unit": "x", "dept": "2"})
    assert get_query("top_units").bind({"include_collective": "yes"})["include_collective"] is True
    with pytest.raises(UnknownQueryError, match="did you mean: top_units"):
        get_query("top_unit")
    with pytest.raises(QueryParameterError, match="NAME=VALUE"):
        parse_param_args(["n"])


def test_query_files_are_checked(tmp_path):
    from reformgraph.cypher.named import parse_query_file

    bad = tmp_path / "bad.cypher"
    bad.write_text("// bad: uses an undeclared parameter\nMATCH (u:Unit {id: $x}) RETURN u\n", encoding="utf-8")
    with pytest.raises(GraphFormatError, match="differ from those declared"):
        parse_query_file(bad)
    bad.write_text("// bad: a label outside the contract\nMATCH (u:User) RETURN u\n", encoding="utf-8")
    with pytest.raises(GraphFormatError, match="label 'User'"):
        parse_query_file(bad)
    bad.write_text("// wrong: header names another query\nRETURN 1\n", encoding="utf-8")
    with pytest.raises(GraphFormatError, match="first line"):
        parse_query_file(bad)


# ---- load planning ----------------------------------------------------------------------------


def test_split_by_document_keeps_documents_apart():
    a = graph_from_measures([("1", "A", "B")], document="a")
    b = graph_from_measures([("1", "A", "C")], document="b")
    G = nx.compose(a, b)
    G.graph["documents"] = ["doc:a", "doc:b"]
    G.add_node("person:p", kind="Person", name="p")
    G.add_edge("person:p", "workplan:a:1", rel="CONTACT_FOR", role="联络人", phones=[])
    G.add_edge("person:p", "unit:Z", rel="MEMBER_OF")
    G.add_node("unit:Z", kind="Unit", name="Z", aliases=["Z"], category="department")
    G.add_node("unit:lonely", kind="Unit", name="lonely", aliases=[], category="other")
    parts = split_by_document(G)
    assert [p.document for p in parts] == ["doc:a", "doc:b", None]
    ids = [{n.id for n in p.nodes} for p in parts]
    assert {"measure:a:1:1", "unit:A", "unit:B", "person:p", "unit:Z"} <= ids[0]
    assert "measure:b:1:1" not in ids[0] and "unit:C" in ids[1] and "unit:B" not in ids[1]
    assert ids[2] == {"unit:lonely"}
    assert sum(len(p.edges) for p in parts) == G.number_of_edges() + 0  # every edge in exactly one part
    assert ("person:p", "MEMBER_OF", "unit:Z", 0) in {e.ident for e in parts[0].edges}


def _part() -> Part:
    nodes = (
        NodeRow("Document", "doc:a", {"id": "doc:a", "title": "A"}),
        NodeRow("Measure", "m1", {"id": "m1", "document": "doc:a", "seq": 1}),
        NodeRow("Unit", "unit:A", {"id": "unit:A", "name": "A", "aliases": ["A"]}),
    )
    edges = (EdgeRow("Unit", "LEADS", "Measure", "unit:A", "m1", 0, {"key": 0, "line": 3}),)
    return Part("doc:a", nodes, edges)


def test_plan_first_load_creates_everything():
    plan = plan_part(_part(), {}, {}, [])
    assert (plan.counts.nodes_created, plan.counts.rels_created, plan.counts.changed) == (3, 1, True)


def test_plan_reload_writes_nothing_and_edit_deletes_stale():
    part = _part()
    stored = {n.id: dict(n.props) for n in part.nodes}
    edges = {e.ident: e for e in part.edges}
    same = plan_part(part, stored, edges, [("Document", "doc:a"), ("Measure", "m1")])
    assert not same.counts.changed and not same.upsert_nodes and not same.upsert_edges
    stale_edge = EdgeRow("Unit", "SUPPORTS", "Measure", "unit:B", "m1", 0, {"key": 0})
    edited = plan_part(
        part,
        {**stored, "unit:A": {"id": "unit:A", "name": "A", "aliases": ["甲"]}},
        {**edges, stale_edge.ident: stale_edge},
        [("Document", "doc:a"), ("Measure", "m1"), ("Measure", "m2")],
    )
    assert edited.delete_nodes == (("Measure", "m2"),)
    assert edited.delete_edges == (stale_edge,)
    assert edited.sweep == (("Unit", "unit:B"),)
    assert [n.props["aliases"] for n in edited.upsert_nodes] == [["甲", "A"]]  # union, stored first
    assert (edited.counts.nodes_updated, edited.counts.nodes_deleted, edited.counts.rels_deleted) == (1, 1, 1)


# ---- script literals and statement splitting ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "it's",
        'say "hi"',
        "back\\slash",
        "new\nline",
        "tab\there",
        "分号；; // x /* y */",
        "\x01control",
        "`tick`",
    ],
)
def test_string_literals_survive_statement_splitting(text):
    statement = f"RETURN {literal(text)} AS x"
    assert split_statements(statement + ";\n" + statement + ";") == [statement, statement]


def test_script_refuses_unknown_kinds_and_infinite_numbers():
    from reformgraph.errors import ExportError

    G = nx.MultiDiGraph()
    G.add_node("x", kind="Robot")
    with pytest.raises(ExportError, match="not a node kind"):
        graph_to_cypher_script(G)
    with pytest.raises(ExportError):
        literal(float("inf"))


# ---- connection settings ----------------------------------------------------------------------


def test_settings_and_errors():
    s = settings_from_env({"NEO4J_URI": "bolt://h:1", "NEO4J_PASSWORD": "secret", "NEO4J_USER": "u"})
    assert (s.uri, s.user, s.database) == ("bolt://h:1", "u", "neo4j") and "secret" not in repr(s)
    with pytest.raises(DatabaseError, match="set NEO4J_URI"):
        settings_from_env({})


def test_cli_commands_have_help_and_are_in_the_readme():
    from pathlib import Path

    from click.testing import CliRunner

    from reformgraph.cli import cli

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for command in ("load", "query"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output
        assert f"reformgraph {command} " in readme
    assert "--password" not in CliRunner().invoke(cli, ["load", "--help"]).output

"""Pure parts of the cypher package (no server): doctests, read-only check, named-query files,
load planning, script literals, settings. The Bolt-server tests are in test_neo4j.py."""

from __future__ import annotations

import networkx as nx
import pytest
from support.cypher_payloads import BYPASSES, READS, WRITE_ATTEMPTS

from reformgraph.cypher.connect import settings_from_env
from reformgraph.cypher.lexer import code_tokens
from reformgraph.cypher.load import EdgeRow, NodeRow, Part, plan_part, split_by_document
from reformgraph.cypher.named import QueryParameterError, UnknownQueryError, get_query, load_queries, parse_param_args
from reformgraph.cypher.readonly import ReadOnlyViolation, check_readonly
from reformgraph.cypher.script import graph_to_cypher_script, literal
from reformgraph.cypher.statements import split_statements
from reformgraph.errors import CypherSyntaxError, DatabaseError, GraphFormatError
from reformgraph.metrics.sample import graph_from_measures

# ---- read-only check ---------------------------------------------------------------------------


@pytest.mark.parametrize("query", READS)
def test_read_queries_pass(query):
    check_readonly(query)


def test_every_named_query_passes_the_read_only_check():
    for query in load_queries().values():
        check_readonly(query.text)


@pytest.mark.parametrize("query", list(BYPASSES.values()), ids=list(BYPASSES))
def test_known_bypasses_are_refused(query):
    with pytest.raises(ReadOnlyViolation):
        check_readonly(query)


def test_there_are_48_classic_write_attempts():
    assert len(WRITE_ATTEMPTS) == 48 and len(set(WRITE_ATTEMPTS)) == 48


@pytest.mark.parametrize("query", WRITE_ATTEMPTS)
def test_classic_write_attempts_are_refused(query):
    with pytest.raises(ReadOnlyViolation):
        check_readonly(query)


@pytest.mark.parametrize(
    "query, reason",
    [
        ("match (n) detach delete n", "DETACH is a write or admin keyword (at character 11)"),
        ("MATCH (n) RETURN n // x\rSHOW USERS", "SHOW is a write or admin keyword (at character 25)"),
        ("CALL `db`.`clearQueryCaches`()", "procedure db.clearQueryCaches is not on the read-only list"),
        ("RETURN apoc.create.uuid()", "function apoc.create.uuid is not a built-in function"),
        ("RETURN 1; RETURN 2", "one statement only"),
        ("INSERT (:Unit)", "INSERT is a write or admin keyword"),
        ("MATCH (n) FROBNICATE (n)", "'FROBNICATE' is not a read clause"),
        ("SHOW INDEXES", "SHOW is a write or admin keyword"),
        ("MATCH (n)\u200bRETURN n", "unexpected character '\\u200b' (U+200B ZERO WIDTH SPACE)"),
        ("RETURN 'a", "unterminated string"),
        ("", "the query is empty"),
        ("// nothing", "the query is empty"),
        ("MATCH (n", "unclosed bracket"),
        ("RETURN 'x\\' AS y' AS z", "escaped quote"),
    ],
)
def test_refusals_say_why_and_where(query, reason):
    with pytest.raises(ReadOnlyViolation) as info:
        check_readonly(query)
    assert reason in str(info.value)
    assert str(info.value).startswith("only read queries are allowed here: ")


def test_tokenizer_reads_what_a_server_reads():
    tokens = code_tokens("RETURN 'a\\'b' AS `x``y`, \"q\" // c\rLIMIT $`p 1`")
    assert [(t.kind, t.text) for t in tokens] == [
        ("word", "RETURN"),
        ("string", "'a\\'b'"),
        ("word", "AS"),
        ("name", "`x``y`"),
        ("punct", ","),
        ("string", '"q"'),
        ("word", "LIMIT"),
        ("param", "$`p 1`"),
    ]
    assert tokens[3].value == "x`y" and tokens[-1].value == "p 1"
    for space in ("\u00a0", "\u2028", "\u3000", "\x85", "\u205f"):
        assert [t.text for t in code_tokens(f"MATCH{space}(n)")] == ["MATCH", "(", "n", ")"]
    for brk in ("\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"):
        assert [t.text for t in code_tokens(f"// x{brk}RETURN 1")] == ["RETURN", "1"]
    with pytest.raises(CypherSyntaxError, match="unterminated comment"):
        code_tokens("RETURN 1 /* x")
    with pytest.raises(CypherSyntaxError, match="unterminated name"):
        code_tokens("RETURN `x")


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


def test_every_node_kind_is_the_document_scoped_or_shared():
    """A load replaces a document's own items and sweeps shared nodes: every kind must be exactly one of them."""
    from reformgraph.cypher.mapping import SCOPED_KINDS, SHARED_KINDS
    from reformgraph.jsonio import NODE_KINDS

    own = {"Document", *SCOPED_KINDS}
    assert sorted(own | set(SHARED_KINDS)) == sorted(NODE_KINDS) and not own & set(SHARED_KINDS)


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


@pytest.mark.parametrize(
    "uri, routing",
    [
        ("neo4j://cluster.example.invalid:7687", True),
        ("neo4j+s://abcd1234.databases.neo4j.io", True),
        ("neo4j+ssc://10.0.0.1:7687", True),
        ("bolt://127.0.0.1:7687", False),
        ("bolt+s://db.example.invalid:7687", False),
    ],
)
def test_routing_uris_are_passed_through_untouched(uri, routing):
    from neo4j import Neo4jDriver

    from reformgraph.cypher.connect import open_driver

    settings = settings_from_env({"NEO4J_URI": uri, "NEO4J_PASSWORD": "x"})
    assert settings.uri == uri
    driver = open_driver(settings, verify=False)  # no connection is made
    try:
        assert isinstance(driver, Neo4jDriver) is routing
    finally:
        driver.close()


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


def test_driver_notifications_are_one_warning_line_each(capsys):
    """What the driver logs for a server notification (its object, the query over several lines) is one line."""
    import logging

    from reformgraph.cli.neo4j import _one_line_notifications

    class Status:  # the fields of the driver's GqlStatusObject that the line uses
        gql_status = "01N00"
        status_description = "warn: feature deprecated.\nThe query used a deprecated function: `id`."

    class Printed:  # the driver logs a NotificationPrinter that carries the notification
        notification = Status()

    _one_line_notifications()
    log = logging.getLogger("neo4j.notifications")
    for _ in range(2):
        log.warning("Received notification from DBMS server: %s", Printed())
    logging.getLogger("neo4j.pool").warning("Failed to read from defunct connection\nTraceback …")
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "warning: graph database: warn: feature deprecated. The query used a deprecated function: `id`. (01N00)"
    ]

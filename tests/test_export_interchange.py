"""GraphML/GEXF round trips, CSV tables for Excel, and the ``export`` command end to end."""

from __future__ import annotations

import csv

import networkx as nx
import pytest
from click.testing import CliRunner

from reformgraph.cli import cli
from reformgraph.errors import ExportError
from reformgraph.render.export import ViewRequest, export, format_for
from reformgraph.render.interchange import (
    adapt_for_interchange,
    privacy_filtered,
    read_interchange,
    restore_from_interchange,
    write_interchange,
)


def _without_nulls(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: v for k, v in d.items() if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: b for a, b in d.items() if b is not None})
    return H


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_round_trip_keeps_chinese_and_contract_attributes(bundled_graph, tmp_path, fmt):
    G = privacy_filtered(bundled_graph, include_people=True, include_contacts=True)
    path = write_interchange(G, tmp_path / f"all.{fmt}")
    back = read_interchange(path)
    # Everything except null attributes (absent in both formats) comes back, lists included.
    expected = _without_nulls(G)
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in back.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in expected.edges(keys=True, data=True)
    }
    assert back.graph["schema"] == "reformgraph/1" and back.graph["documents"] == G.graph["documents"]
    unit = back.nodes["unit:市市场监管局"]
    assert unit["name"] == "市市场监管局" and isinstance(unit["aliases"], list)
    phones = [d["phones"] for _, _, d in back.edges(data=True) if d["rel"] == "CONTACT_FOR"]
    assert phones and all(isinstance(p, list) for p in phones) and any(phones)
    # The raw file is readable by networkx alone, and holds the Chinese text as UTF-8.
    raw = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert raw.number_of_nodes() == G.number_of_nodes()
    assert "市市场监管局" in path.read_text(encoding="utf-8")


def test_adapt_and_restore_are_inverse_on_small_graph():
    G = nx.MultiDiGraph(schema="reformgraph/1", documents=["doc:a"])
    G.add_node("unit:甲", kind="Unit", name="甲", aliases=["甲", "甲局"], category="department")
    G.add_node("person:乙", kind="Person", name="乙")
    G.add_edge("person:乙", "unit:甲", rel="CONTACT_FOR", role="联络人", phones=["67236219", "13594177712"])
    G.add_edge("person:乙", "unit:甲", rel="MEMBER_OF")
    H = adapt_for_interchange(G)
    assert H.edges["person:乙", "unit:甲", 0]["phones"] == '["67236219", "13594177712"]'
    assert nx.utils.graphs_equal(restore_from_interchange(H), G)


def test_privacy_applies_to_graph_files(bundled_graph, tmp_path):
    report = export(bundled_graph, tmp_path / "all.gexf")
    text = (tmp_path / "all.gexf").read_text(encoding="utf-8")
    phones = {p for _, _, d in bundled_graph.edges(data=True) for p in d.get("phones") or ()}
    assert not [p for p in phones if p in text] and 'kind" value="Person' not in text
    assert report.notes and "Person" in report.notes[0]


def test_csv_tables_open_in_excel(bundled_graph, tmp_path):
    report = export(bundled_graph, tmp_path / "tables", "csv")
    units, measures = report.paths
    assert units.read_bytes().startswith(b"\xef\xbb\xbf") and measures.read_bytes().startswith(b"\xef\xbb\xbf")
    with units.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["name"] == "市市场监管局" and int(rows[0]["lead"]) > 100
    assert {"betweenness", "community", "weighted_load", "collective"} <= set(rows[0])
    with measures.open(encoding="utf-8-sig", newline="") as fh:
        mrows = list(csv.DictReader(fh))
    n_measures = sum(1 for _, k in bundled_graph.nodes(data="kind") if k == "Measure")
    assert len(mrows) == n_measures
    assert any("市市场监管局" in r["lead_units"] and r["deadline"] for r in mrows)


def test_format_from_suffix_and_errors(bundled_graph, tmp_path):
    assert format_for("a.GEXF", None) == "gexf" and format_for("out/", None) == "csv"
    with pytest.raises(ExportError, match="unknown export format"):
        format_for("a.docx", None)
    with pytest.raises(ExportError, match="whole graph"):
        export(bundled_graph, tmp_path / "a.graphml", request=ViewRequest(unit="unit:市市场监管局"))


def test_cli_export_formats(tmp_path):
    runner = CliRunner()
    cases = [
        (["--unit", "市场监管局", "--format", "png", "--out", str(tmp_path / "smj.png")], "smj.png"),
        (["--unit", "市市场监管局", "--format", "html", "--out", str(tmp_path / "smj.html")], "smj.html"),
        (["--chain", "市财政局", "市高法院", "--out", str(tmp_path / "chain.svg")], "chain.svg"),
        (["--view", "bottlenecks", "--colour-by", "community", "--out", str(tmp_path / "bn.html")], "bn.html"),
        (["--format", "graphml", "--out", str(tmp_path / "all.graphml")], "all.graphml"),
        (["--format", "csv", "--out", str(tmp_path / "tables")], "tables/units.csv"),
    ]
    for args, produced in cases:
        result = runner.invoke(cli, ["export", *args])
        assert result.exit_code == 0, (args, result.output)
        assert (tmp_path / produced).stat().st_size > 0 and "wrote" in result.output


def test_cli_export_errors_are_one_line(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--unit", "不存在的局", "--out", str(tmp_path / "x.png")])
    assert result.exit_code == 1 and result.output.startswith("error: unknown unit")
    assert "Traceback" not in result.output and not (tmp_path / "x.png").exists()


def test_cli_export_cypher(bundled_graph, tmp_path):
    """The cypher format hands the privacy-filtered graph to cypher.script.graph_to_cypher_script.

    Loading the script into a Bolt server is the cypher package's test; here the script is parse-checked:
    ;-terminated MERGE statements for every kind, Chinese kept, no Person nodes or phone numbers by default.
    """
    result = CliRunner().invoke(cli, ["export", "--format", "cypher", "--out", str(tmp_path / "load.cypher")])
    try:
        import reformgraph.cypher.script  # noqa: F401
    except ImportError:
        assert result.exit_code == 1 and "not available yet" in result.output
        return
    assert result.exit_code == 0, result.output
    script = (tmp_path / "load.cypher").read_text(encoding="utf-8")
    statements = [s.strip() for s in script.split(";\n") if s.strip() and not s.strip().startswith("//")]
    assert statements and all(s.startswith(("CREATE", "UNWIND", "//")) for s in statements)
    assert "MERGE (n:Unit" in script and "'unit:市市场监管局'" in script
    assert "MERGE (n:Person" not in script
    phones = {p for _, _, d in bundled_graph.edges(data=True) for p in d.get("phones") or ()}
    assert not [p for p in phones if p in script]


def _personal_graph() -> nx.MultiDiGraph:
    """A small plan whose people and phone numbers also appear inside a measure's text and a unit's fields."""
    from reformgraph.metrics import graph_from_measures

    G = graph_from_measures([("1", "市财政局", "市税务局、市高法院", "2022-03"), ("2", "市税务局", "", None)])
    G.add_node("person:毕士杰", kind="Person", name="毕士杰")
    G.add_edge("person:毕士杰", "workplan:demo:1", rel="CONTACT_FOR", role="联络人", phones=["67236219"])
    G.add_edge("person:毕士杰", "unit:市财政局", rel="MEMBER_OF")
    G.nodes["measure:demo:1:1"]["text"] = "请毕士杰（电话：023-67236219，手机 139 1234 5678）于2022-05-31前报送。"
    G.nodes["unit:市税务局"]["aliases"] = ["市税务局", "税务局 毕士杰 13912345678"]
    return G


def test_cli_export_cypher_keeps_names_and_phones_out_of_every_field(tmp_path):
    from reformgraph.jsonio import write_graph_json

    write_graph_json(_personal_graph(), tmp_path / "g.json")
    out = tmp_path / "load.cypher"
    result = CliRunner().invoke(cli, ["export", str(tmp_path / "g.json"), "--format", "cypher", "--out", str(out)])
    assert result.exit_code == 0, result.output
    script = out.read_text(encoding="utf-8")
    assert "MERGE (n:Person" not in script
    for secret in ("毕士杰", "67236219", "1234 5678", "13912345678"):
        assert secret not in script
    assert "[姓名已隐藏]" in script and "[电话已隐藏]" in script and "2022-05-31" in script
    both = tmp_path / "all.cypher"
    result = CliRunner().invoke(
        cli,
        ["export", str(tmp_path / "g.json"), "--format", "cypher", "--out", str(both)]
        + ["--include-people", "--include-contacts"],
    )
    assert result.exit_code == 0 and "023-67236219" in both.read_text(encoding="utf-8")


HOSTILE_DOCUMENT = "doc:x\r\nMATCH (n) DETACH DELETE n;\u2028MATCH (m) DETACH DELETE m;\x85// */"


def test_cypher_script_escapes_everything_it_embeds():
    from reformgraph.cypher.script import graph_to_cypher_script
    from reformgraph.cypher.statements import split_statements

    G = _personal_graph()
    G.add_node(HOSTILE_DOCUMENT, kind="Document", title="标题\n; DROP CONSTRAINT unit_id")
    G.graph["documents"] = [*G.graph["documents"], HOSTILE_DOCUMENT]
    script = graph_to_cypher_script(G)
    comments = [line for line in script.splitlines() if line.startswith("//")]
    assert all("DETACH DELETE" not in line or "\\n" in line for line in comments)
    for statement in split_statements(script):
        assert statement.startswith(("CREATE CONSTRAINT", "CREATE INDEX", "UNWIND")), statement[:80]
        assert "DETACH DELETE n" not in statement.replace("\\r\\nMATCH (n) DETACH DELETE n", "")


def test_cypher_export_loads_into_a_bolt_server(tmp_path, bolt_target):
    """The exported script, run statement by statement against a real Bolt server, gives the same graph;
    a hostile document id deletes nothing that was there before."""
    from neo4j import GraphDatabase
    from support.bolt import wipe

    from reformgraph.cypher.script import graph_to_cypher_script
    from reformgraph.cypher.statements import split_statements
    from reformgraph.jsonio import write_graph_json

    G = _personal_graph()
    write_graph_json(G, tmp_path / "small.json")
    out = tmp_path / "load.cypher"
    result = CliRunner().invoke(
        cli, ["export", str(tmp_path / "small.json"), "--format", "cypher", "--out", str(out), "--include-people"]
    )
    assert result.exit_code == 0, result.output
    statements = split_statements(out.read_text(encoding="utf-8"))
    s = bolt_target.settings
    with GraphDatabase.driver(s.uri, auth=(s.user, s.password)) as driver:
        wipe(driver, s.database)
        with driver.session(database=s.database) as session:
            session.run("CREATE (:Law {id: 'law:sentinel', name: '先前的数据'})").consume()
            for statement in statements:
                session.run(statement).consume()
            nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
            rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
            leads = session.run("MATCH (:Unit {name: '市财政局'})-[:LEADS]->(m:Measure) RETURN count(m) AS c").single()[
                "c"
            ]
            phones = session.run("MATCH (:Person)-[r:CONTACT_FOR]->() RETURN r.phones AS p").single()["p"]
            text = session.run("MATCH (m:Measure {id: 'measure:demo:1:1'}) RETURN m.text AS t").single()["t"]
            hostile = G.copy()
            hostile.add_node(HOSTILE_DOCUMENT, kind="Document", title="标题")
            hostile.graph["documents"] = [*G.graph["documents"], HOSTILE_DOCUMENT]
            for statement in split_statements(graph_to_cypher_script(hostile)):
                session.run(statement).consume()
            sentinel = session.run("MATCH (n:Law {id: 'law:sentinel'}) RETURN count(n) AS c").single()["c"]
            stored_id = session.run("MATCH (d:Document) WHERE d.title = '标题' RETURN d.id AS i").single()["i"]
    assert (nodes, rels, leads) == (G.number_of_nodes() + 1, G.number_of_edges(), 1)  # + the sentinel
    assert phones == []  # --include-people without --include-contacts: the person, not the number
    assert "毕士杰" in text and "67236219" not in text and "[电话已隐藏]" in text
    assert sentinel == 1 and stored_id == HOSTILE_DOCUMENT  # the hostile id is data, nothing ran


def _privacy_filtered_as_first_written(G, include_people, include_contacts):
    """privacy_filtered as it was before Redaction: networkx's copy, every text masked one by one (phones, then
    names) with every name tried on every text."""
    from reformgraph.render.interchange import NOT_TEXT
    from reformgraph.view_nodes import redact_names, redact_phones

    H = G.copy()
    names = []
    if not include_people:
        people = [n for n, k in H.nodes(data="kind") if k == "Person"]
        units = [str(d.get("name") or "") for _, d in H.nodes(data=True) if d.get("kind") == "Unit"]
        names = [str(H.nodes[p].get("name") or "") for p in people]
        names = [n for n in names if not any(n in u for u in units)]
        H.remove_nodes_from(people)
    if not include_contacts:
        for _, _, d in H.edges(data=True):
            if "phones" in d:
                d["phones"] = []

    def clean(value):
        if isinstance(value, str):
            value = value if include_contacts else redact_phones(value)
            return value if include_people else redact_names(value, names)
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    for attrs in [d for _, d in H.nodes(data=True)] + [d for _, _, d in H.edges(data=True)]:
        for key, value in list(attrs.items()):
            if key not in NOT_TEXT and key != "phones":
                attrs[key] = clean(value)
    return H


@pytest.mark.parametrize("people, contacts", [(False, False), (True, False), (False, True)])
def test_privacy_filter_masks_as_each_text_masked_alone(bundled_graph, people, contacts):
    # the bundled graph, with names and phones written into texts where an export would meet them
    G = bundled_graph.copy()
    person = next(d["name"] for _, d in G.nodes(data=True) if d.get("kind") == "Person")
    measures = [n for n, d in G.nodes(data=True) if d.get("kind") == "Measure"]
    G.nodes[measures[0]]["text"] += f"（联系人：{person}，电话 023-67236219）"
    G.nodes[measures[1]]["text"] = f"联络人：王小明 13594177712；{person}{person}"
    H = privacy_filtered(G, include_people=people, include_contacts=contacts)
    reference = _privacy_filtered_as_first_written(G, people, contacts)
    assert list(H.nodes(data=True)) == list(reference.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(reference.edges(keys=True, data=True))
    assert list(H.in_edges(keys=True)) == list(reference.in_edges(keys=True))  # the pred dicts, in networkx's order
    text = H.nodes[measures[1]]["text"]
    assert (person in text) == people and ("13594177712" in text) == contacts
    assert bundled_graph.nodes[measures[1]]["text"] != G.nodes[measures[1]]["text"]  # G itself left as it was
    assert G.nodes[measures[1]]["text"].startswith("联络人：王小明")

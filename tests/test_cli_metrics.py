"""The metric commands, driven through click's CliRunner on a hand-built graph JSON and the bundled document."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from reformgraph.cli import cli
from reformgraph.jsonio import write_graph_json
from reformgraph.metrics import graph_from_measures

ROWS = [
    ("1", "市财政局", "市市场监管局、各区县政府", "2022-03"),
    ("2", "市市场监管局", "市税务局", "2022-05"),
    ("3", "市高法院", "市税务局", "2022-06", "done"),
    ("4", "市林业局", "", "2022-07"),
]


@pytest.fixture(scope="module")
def graph_json(tmp_path_factory):
    path = tmp_path_factory.mktemp("metrics") / "graph.json"
    write_graph_json(graph_from_measures(ROWS), path)
    return str(path)


def run(*args):
    result = CliRunner().invoke(cli, list(args))
    return result


@pytest.mark.parametrize(
    "command",
    [
        ["top"],
        ["top", "--by", "betweenness"],
        ["top", "--by", "support", "--include-collective"],
        ["unit", "市场监管局"],
        ["chain", "市财政局", "市高法院"],
        ["communities"],
        ["deadlines"],
        ["deadlines", "--as-of", "2022-04-01", "--months", "2"],
        ["deadlines", "--unit", "市税务局"],
        ["bottlenecks"],
        ["bottlenecks", "--weighted"],
        ["complexity"],
        ["complexity", "--reforms"],
    ],
)
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_every_command_every_format(graph_json, command, fmt):
    result = run(command[0], graph_json, *command[1:], "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        json.loads(result.output)
    elif fmt == "csv" and command[0] != "unit":
        rows = list(csv.DictReader(io.StringIO(result.output)))
        assert rows and all(len(r) == len(rows[0]) for r in rows)


def test_top_csv_content(graph_json):
    rows = list(csv.DictReader(io.StringIO(run("top", graph_json, "--format", "csv").output)))
    # 市市场监管局: 2 x 1 lead + 1 support = 3; four units tie at 2 (one lead, or 市税务局's two supports),
    # in code-point order of names: 林 U+6797 < 税 U+7A0E < 财 U+8D22 < 高 U+9AD8
    assert [(r["unit"], r["load"]) for r in rows] == [
        ("市市场监管局", "3"),
        ("市林业局", "2"),
        ("市税务局", "2"),
        ("市财政局", "2"),
        ("市高法院", "2"),
    ]
    assert "各区县政府" not in {r["unit"] for r in rows}


def test_top_table_lists_collectives_apart(graph_json):
    out = run("top", graph_json).output
    assert "collective units (not ranked" in out and "各区县政府" in out


def test_chain_json(graph_json):
    data = json.loads(run("chain", graph_json, "财政局", "市高法院", "--format", "json").output)
    assert data["units"] == ["市财政局", "市市场监管局", "市税务局", "市高法院"]
    assert data["length"] == 3 and data["shortest_chains"] == 1
    assert data["hops"][0]["measure_ids"] == ["measure:demo:1:1"]


def test_unit_csv_sections(graph_json):
    out = run("unit", graph_json, "市税务局", "--format", "csv").output
    assert [line for line in out.splitlines() if line.startswith("#")] == [
        "# summary",
        "# partners",
        "# workplans",
        "# deadlines",
    ]


def test_deadlines_as_of(graph_json):
    rows = json.loads(run("deadlines", graph_json, "--as-of", "2022-04-01", "--format", "json").output)
    assert {(r["when"], r["unit"]) for r in rows} == {
        ("overdue", "市财政局"),
        ("overdue", "市市场监管局"),
        ("due", "市市场监管局"),
        ("due", "市税务局"),
    }


@pytest.mark.parametrize(
    "args, message",
    [
        (["unit", "市财政厅"], "error: unknown unit '市财政厅'; did you mean: 市财政局"),
        (["chain", "市财政局", "市林业局"], "error: 市林业局 shares no measure with any other unit"),
        (["chain", "市财政局", "财政局"], "error: 市财政局 and 市财政局 are the same unit"),
        (["deadlines", "--as-of", "March"], "error: expected a date as YYYY-MM-DD or YYYY-MM, got 'March'"),
    ],
)
def test_errors_are_one_line(graph_json, args, message):
    result = CliRunner().invoke(cli, [args[0], graph_json, *args[1:]])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [message] or result.output.strip().startswith(message)
    assert "Traceback" not in result.output


def test_bundled_document_commands():
    top = json.loads(run("top", "-n", "3", "--format", "json").output)
    assert [r["unit"] for r in top] == ["市市场监管局", "重庆市税务局", "市住房城乡建委"]
    chain = json.loads(run("chain", "市财政局", "市委网信办", "--format", "json").output)
    assert chain["units"] == ["市财政局", "市交通局", "市大数据发展局", "市委网信办"]
    unit = json.loads(run("unit", "市场监管局", "--format", "json").output)
    assert unit["summary"]["lead"] == 147

"""The command line's shape (issue 10): argument order, one JSON document, caching keyed on file changes,
lazy command loading, `python -m reformgraph`, and outputs that never replace their inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from reformgraph.cli import COMMANDS, cli
from reformgraph.jsonio import write_graph_json
from tests.test_parse_noise import plan

ONE = plan("1. 开展调研。（牵头单位：市财政局；配合单位：市高法院；完成时限：2022年5月）")
TWO = plan(
    "1. 开展调研。（牵头单位：市财政局；配合单位：市高法院；完成时限：2022年5月）\n"
    "2. 建立机制。（牵头单位：市司法局；配合单位：市财政局；完成时限：2022年6月）"
)


@pytest.fixture(scope="module")
def graph_json(tmp_path_factory, bundled_graph):
    path = tmp_path_factory.mktemp("g") / "graph.json"
    write_graph_json(bundled_graph, path)
    return str(path)


@pytest.fixture()
def runner():
    return CliRunner()


def test_unit_name_before_or_after_the_input(runner, graph_json):
    after = runner.invoke(cli, ["unit", graph_json, "市场监管局", "--format", "json"])
    before = runner.invoke(cli, ["unit", "市场监管局", graph_json, "--format", "json"])
    assert after.exit_code == 0 and before.exit_code == 0, before.output
    assert json.loads(after.output)["summary"]["unit"] == json.loads(before.output)["summary"]["unit"] == "市市场监管局"


def test_chain_names_in_any_position(runner, graph_json):
    a = runner.invoke(cli, ["chain", "市财政局", "市高法院", graph_json, "--format", "json"])
    b = runner.invoke(cli, ["chain", graph_json, "市财政局", "市高法院", "--format", "json"])
    assert a.exit_code == 0, a.output
    assert json.loads(a.output) == json.loads(b.output)


def test_a_missing_name_is_one_line(runner, graph_json):
    result = runner.invoke(cli, ["chain", "市财政局", graph_json])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: expected 2 unit names besides the input files, got 1 (市财政局)"
    ]


def test_stats_json_is_one_document(runner, graph_json):
    result = runner.invoke(cli, ["stats", graph_json, "--format", "json"])
    data = json.loads(result.output)
    assert {"counts", "top_units", "warnings"} <= set(data)
    assert {"what": "Workplan", "count": 124} in data["counts"]


def test_stats_csv_blocks_are_headed(runner, graph_json):
    lines = runner.invoke(cli, ["stats", graph_json, "--format", "csv"]).output.splitlines()
    assert lines[0] == "# counts" and "# top_units" in lines


def test_builds_cached_in_one_process_see_a_changed_file(runner, tmp_path):
    doc = tmp_path / "plan.md"
    doc.write_text(ONE, encoding="utf-8")
    first = json.loads(runner.invoke(cli, ["stats", str(doc), "--format", "json"]).output)
    doc.write_text(TWO, encoding="utf-8")
    stamp = doc.stat().st_mtime_ns + 10**9
    os.utime(doc, ns=(stamp, stamp))  # a later modification time, even on a coarse clock
    second = json.loads(runner.invoke(cli, ["stats", str(doc), "--format", "json"]).output)
    count = lambda data: next(r["count"] for r in data["counts"] if r["what"] == "Measure")  # noqa: E731
    assert count(second) == count(first) + 1


def test_build_refuses_to_write_over_its_input(runner, tmp_path):
    doc = tmp_path / "plan.md"
    doc.write_text(ONE, encoding="utf-8")
    result = runner.invoke(cli, ["build", str(doc), "--json", str(doc)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {doc}: refusing to write over an input file"
    assert doc.read_text(encoding="utf-8") == ONE


def test_commands_load_lazily():
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom reformgraph.cli import cli\n"
        "CliRunner().invoke(cli, ['top', '-n', '1'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('reformgraph.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['reformgraph.cli.common', 'reformgraph.cli.metrics']"
    assert len(COMMANDS) >= 14


def test_python_dash_m(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "reformgraph", "--version"], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert out.stdout.startswith("reformgraph, version ")


FREED = "class Held:\n    def __del__(self):\n        print('freed', flush=True)\nheld = Held()"


def _entry_point(prelude: str, *args: str) -> subprocess.CompletedProcess:
    code = f"import sys\n{prelude}\nsys.argv = ['reformgraph', *{list(args)!r}]\nfrom reformgraph.cli import main\nmain()\n"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_the_entry_point_ends_at_once_but_runs_exit_handlers_and_keeps_the_status():
    """main() skips the interpreter's teardown (os._exit) after flushing output and running atexit handlers."""
    bye = "import atexit\natexit.register(lambda: print('exit handler ran', flush=True))\n" + FREED
    done = _entry_point(bye, "top", "-n", "1", "--format", "csv")
    assert done.returncode == 0 and done.stdout.startswith("rank,unit") and done.stdout.endswith("exit handler ran\n")
    assert "freed" not in done.stdout  # no teardown: objects still alive at the end are not freed one by one
    failed = _entry_point(bye, "top", "no-such-plan.md")
    assert failed.returncode == 1 and failed.stderr.startswith("error: no-such-plan.md")
    assert "exit handler ran" in failed.stdout


def test_the_entry_point_waits_for_a_running_thread():
    """With another thread still running the process exits normally, which waits for it."""
    # the thread runs until the interpreter starts its normal exit (which marks the main thread stopped before
    # waiting for the others), so it is surely running when the command ends, however long the command takes
    thread = (
        "import threading, time\n"
        "def wait():\n"
        "    while threading.main_thread().is_alive():\n"
        "        time.sleep(0.01)\n"
        "    print('thread done', flush=True)\n"
        "threading.Thread(target=wait).start()\n" + FREED
    )
    done = _entry_point(thread, "top", "-n", "1", "--format", "csv")
    assert done.returncode == 0 and "thread done" in done.stdout and "freed" in done.stdout


def test_the_entry_point_freezes_the_graph_it_loads_and_commands_in_process_do_not(runner, graph_json):
    """The console script moves the graph it read out of the collector's sight; CliRunner leaves gc alone."""
    import gc

    from reformgraph.jsonio import read_graph_json

    report = "import atexit, gc\natexit.register(lambda: print('frozen', gc.get_freeze_count(), flush=True))\n"
    done = _entry_point(report, "top", graph_json, "-n", "1", "--format", "csv")
    frozen = int(done.stdout.rsplit("frozen ", 1)[1])
    G = read_graph_json(graph_json)
    assert done.returncode == 0 and frozen > G.number_of_nodes() + G.number_of_edges()  # every node and edge dict
    before = gc.get_freeze_count()
    assert runner.invoke(cli, ["top", graph_json, "-n", "1"]).exit_code == 0
    assert gc.get_freeze_count() == before

"""kill -9 while each output format is written: the target is the old file or the complete new one, never partial.

For every format a real ``reformgraph`` process writes over an existing good file (an earlier export of
a small plan). The processes are forked from one warm interpreter that has imported the command line
and its writers (tests/support/warm_cli.py): each is a process of its own, running ``reformgraph``'s
``main``, killed with SIGKILL; only the interpreter start and the imports, which write nothing, are not
repeated for every run. An uninterrupted run gives the new file — outputs are byte-for-byte
reproducible — and must leave no temporary file behind. Then the same command is killed with SIGKILL
at several points: as soon as the write is seen to start (a ``.NAME.*.part`` temporary file appears,
or the target itself changes), a few milliseconds into it, and halfway through the run. After every
kill the target must hold exactly the old bytes or exactly the new ones. A control test runs the same
harness against a writer that writes in place, to show the harness does find partial files.

Run with ``-s`` to see the figures (runs, kills, kills that landed while writing, partial files).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from support.warm_cli import WarmCli

from reformgraph.cli import cli
from reformgraph.jsonio import write_graph_json
from reformgraph.loaders.pipeline import build_from_paths
from reformgraph.resources import bundled_document
from tests.test_bad_input import GOOD_TEXT

TIMEOUT = 180  # a hang guard, not a speed target
KILL_DELAYS = (0.0, 0.004, 0.03)  # seconds after the write was seen to start
MID_RUN = 0.5  # and one kill at this fraction of an uninterrupted run's time


@dataclass(frozen=True)
class Output:
    """One output format: the command writing it ({OUT}, {INPUT}, {SMALL}) and what it writes."""

    name: str
    argv: tuple[str, ...]
    target: str  # a file, or the folder of ``files``
    files: tuple[str, ...] = ()
    reproducible: bool = True  # byte for byte; else compared by content (a workbook's zip has timestamps)

    def paths(self, folder: Path) -> list[Path]:
        return [folder / self.target / f for f in self.files] or [folder / self.target]


OUTPUTS = [
    Output("graph JSON", ("build", "{DOC}", "--json", "{OUT}", "-q"), "out.json"),
    Output("PNG", ("export", "{INPUT}", "--unit", "市财政局", "--out", "{OUT}"), "out.png"),
    Output("SVG", ("export", "{INPUT}", "--unit", "市财政局", "--out", "{OUT}"), "out.svg"),
    Output("PDF", ("export", "{INPUT}", "--unit", "市财政局", "--out", "{OUT}"), "out.pdf"),
    Output("HTML", ("export", "{INPUT}", "--out", "{OUT}"), "out.html"),
    Output("GraphML", ("export", "{INPUT}", "--out", "{OUT}"), "out.graphml"),
    Output("GEXF", ("export", "{INPUT}", "--out", "{OUT}"), "out.gexf"),
    Output(
        "CSV tables",
        ("export", "{INPUT}", "--format", "csv", "--out", "{OUT}"),
        "tables",
        ("units.csv", "measures.csv"),
    ),
    Output("Cypher script", ("export", "{INPUT}", "--out", "{OUT}"), "out.cypher"),
    Output("diff picture", ("diff", "{SMALL}", "{INPUT}", "--unit", "市财政局", "--out", "{OUT}"), "diff.png"),
    Output("ledger workbook", ("ledger", "export", "{INPUT}", "--out", "{OUT}"), "ledger.xlsx", reproducible=False),
]


def workbook_cells(data: bytes) -> list | None:
    """Every sheet's cell values, or None when ``data`` is not a whole workbook."""
    import io
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    return [[tuple(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets]


def same_output(output: Output, got: bytes | None, want: bytes) -> bool:
    if got == want:
        return True
    if output.reproducible or got is None:
        return False
    return workbook_cells(got) == workbook_cells(want) is not None


@dataclass
class Figures:
    runs: int = 0
    kills: int = 0
    during_write: int = 0
    partial: int = 0
    stray_after_success: int = 0


FIGURES: dict[str, Figures] = {}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, bundled_graph) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "small.md").write_text(GOOD_TEXT, encoding="utf-8")
    write_graph_json(build_from_paths([str(folder / "small.md")]).graph, folder / "small.json")
    write_graph_json(bundled_graph, folder / "bundled.json")
    return {"DOC": str(bundled_document()), "INPUT": str(folder / "bundled.json"), "SMALL": str(folder / "small.json")}


@pytest.fixture(scope="module", autouse=True)
def fixed_export_day():
    """Every run stamps the same export day (graph/stamp.py): an uninterrupted run before midnight and a
    killed one after it would otherwise differ in the footer's date (a CI run failed on exactly that)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1764979200")  # 2025-12-06
        yield


@pytest.fixture(scope="module")
def warm(fixed_export_day):
    """The server runs are forked from (tests/support/warm_cli.py), with the fixed export day."""
    server = WarmCli()
    yield server
    server.close()


@pytest.fixture(scope="module", autouse=True)
def print_figures():
    yield
    total = Figures()
    print("\nkill tests: format: runs, kills, kills while writing, partial files, temp files left by a success")
    for name, f in FIGURES.items():
        print(f"  {name}: {f.runs}, {f.kills}, {f.during_write}, {f.partial}, {f.stray_after_success}")
        for attr in vars(total):
            setattr(total, attr, getattr(total, attr) + getattr(f, attr))
    print(f"  total: {total.runs}, {total.kills}, {total.during_write}, {total.partial}, {total.stray_after_success}")


def _args(output: Output, values: dict[str, str]) -> list[str]:
    """The ``reformgraph`` arguments writing ``output`` from ``values``' inputs."""
    values = {**values, "OUT": output.target}
    argv = []
    for a in output.argv:
        for key, value in values.items():
            a = a.replace("{" + key + "}", value)
        argv.append(a)
    return argv


def _contents(paths: list[Path]) -> tuple[bytes | None, ...]:
    return tuple(p.read_bytes() if p.exists() else None for p in paths)


def _temp_files(paths: list[Path]) -> list[str]:
    """Temporary files of atomic writes next to the targets (``.NAME.xxxx.part``)."""
    found = []
    for p in paths:
        if p.parent.is_dir():
            found += [
                e.name for e in os.scandir(p.parent) if e.name.startswith(f".{p.name}.") and e.name.endswith(".part")
            ]
    return found


def _stamp(paths: list[Path]) -> tuple:
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((st.st_ino, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def _writing(paths: list[Path], before: tuple) -> bool:
    return bool(_temp_files(paths)) or _stamp(paths) != before


def run_and_kill(start_run: Callable[[], Any], paths: list[Path], *, delay: float | None, after: float | None):
    """Start a run (a ``subprocess.Popen`` or a :class:`~support.warm_cli.WarmRun`); SIGKILL it ``delay`` s
    after the write is seen to start, or ``after`` s after the start.

    Returns (killed, killed while a write was under way).
    """
    before = _stamp(paths)
    proc = start_run()
    start = time.monotonic()
    try:
        while proc.poll() is None and time.monotonic() - start < TIMEOUT:
            if after is not None and time.monotonic() - start >= after:
                break
            if delay is not None and _writing(paths, before):
                time.sleep(delay)
                break
            time.sleep(0.0005)
        writing = bool(_temp_files(paths))
        killed = proc.poll() is None
        if killed:
            proc.kill()
    finally:
        _, stderr = proc.communicate(timeout=TIMEOUT)
    assert killed or proc.returncode == 0, stderr.decode()
    return killed, killed and writing


def _prepare_old(output: Output, folder: Path, inputs: dict[str, str]) -> tuple[bytes | None, ...]:
    """Write the old good file(s): the same export of the small plan (in this process: nothing is killed here)."""
    small = {**inputs, "INPUT": inputs["SMALL"], "DOC": str(folder.parent / "small.md")}
    (folder.parent / "small.md").write_text(GOOD_TEXT, encoding="utf-8")
    with contextlib.chdir(folder):
        done = CliRunner().invoke(cli, _args(output, small), catch_exceptions=False)
    assert done.exit_code == 0, done.output
    old = _contents(output.paths(folder))
    assert all(old), "the old file was not written"
    return old


@pytest.mark.parametrize("output", OUTPUTS, ids=lambda o: o.name)
def test_a_killed_write_leaves_the_old_file_or_the_new_one(output, inputs, warm, tmp_path):
    figures = FIGURES.setdefault(output.name, Figures())
    argv = _args(output, inputs)
    # the old file, then an uninterrupted run over it: the new file, how long a run takes, no temp file left
    base = tmp_path / "uninterrupted"
    base.mkdir()
    old = _prepare_old(output, base, inputs)
    start = time.monotonic()
    done = warm.run(base, argv, tmp_path / "stderr")
    _, stderr = done.communicate(timeout=TIMEOUT)
    duration = time.monotonic() - start
    figures.runs += 1
    assert done.returncode == 0, stderr.decode()
    new = _contents(output.paths(base))
    assert all(new) and new != old
    if not output.reproducible:
        assert workbook_cells(new[0]) is not None
    stray = _temp_files(output.paths(base))
    figures.stray_after_success += len(stray)
    assert not stray, f"temporary files left by a successful run: {stray}"

    kills = [(d, None) for d in KILL_DELAYS] + [(None, MID_RUN * duration)]
    for i, (delay, after) in enumerate(kills):
        folder = tmp_path / f"kill{i}"
        folder.mkdir()
        for p_old, content in zip(output.paths(folder), old):
            p_old.parent.mkdir(parents=True, exist_ok=True)
            p_old.write_bytes(content)
        killed, during = run_and_kill(
            lambda: warm.run(folder, argv, tmp_path / f"stderr{i}"), output.paths(folder), delay=delay, after=after
        )
        figures.runs += 1
        figures.kills += killed
        figures.during_write += during
        after_kill = _contents(output.paths(folder))
        for path, got, o, n in zip(output.paths(folder), after_kill, old, new):
            if not (got == o or same_output(output, got, n)):
                figures.partial += 1
                pytest.fail(
                    f"{path.name} is neither the old nor the new file after kill -9 "
                    f"({'while writing' if during else 'killed'}; {len(got or b'')} bytes, old {len(o)}, new {len(n)})"
                )


def test_some_kills_landed_while_writing():
    """The figures are only worth something if kills hit writes in progress (runs after the format tests)."""
    if not FIGURES:
        pytest.skip("run with the format tests: this checks their figures")
    assert sum(f.during_write for f in FIGURES.values()) >= 1, FIGURES


def test_the_harness_catches_a_writer_that_writes_in_place(tmp_path):
    """Control: a program that rewrites its target in place is caught leaving a partial file."""
    target = tmp_path / "out.txt"
    writer = (
        "import sys, time\n"
        "with open(sys.argv[1], 'wb') as fh:\n"
        "    for _ in range(200):\n"
        "        fh.write(b'x' * 10000); fh.flush(); time.sleep(0.002)\n"
    )
    old = b"old good file\n"
    partial = 0
    for delay in KILL_DELAYS:
        target.write_bytes(old)
        killed, _ = run_and_kill(
            lambda: subprocess.Popen(
                [sys.executable, "-c", writer, str(target)], stdin=subprocess.DEVNULL, stderr=subprocess.PIPE
            ),
            [target],
            delay=delay,
            after=None,
        )
        content = target.read_bytes()
        partial += killed and content not in (old, b"x" * 2_000_000)
    assert partial >= 1


def test_new_files_get_the_usual_mode_and_replaced_files_keep_theirs(tmp_path):
    from reformgraph.files import write_text_atomic

    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "new.txt"
    write_text_atomic(fresh, "new")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.txt"
    kept.write_text("old")
    kept.chmod(0o640)
    write_text_atomic(kept, "new")
    assert (kept.read_text(), kept.stat().st_mode & 0o777) == ("new", 0o640)

"""``reformgraph`` runs as real processes forked from one warm interpreter.

``python -m reformgraph`` pays for an interpreter and for importing the command line, networkx,
matplotlib and the writers on every run. This server imports them once; each run is then a
process of its own, forked from it, that runs ``reformgraph``'s ``main`` in its own working folder
with its own stdout and stderr, and can be killed with SIGKILL like any process (the explorer's
upload workers start the same way, from a forkserver).

The server is this file run as a script; :class:`WarmCli` starts and drives it. Runs are one at a
time. The server reaps a run only when told to (:meth:`WarmRun.poll` sees it has ended), so its
process id cannot be reused while it may still be killed.

Protocol, one line each: the test writes a run as JSON (``cwd``, ``argv``, ``stderr``: a file for
the run's stderr); the server answers the run's pid. When the run has ended the test writes an
empty line; the server reaps the run and answers its exit code (``-9`` when killed).
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# What the command line imports on the way to writing a file (the command modules and the writers).
PRELOAD = (
    "reformgraph.cli",
    "reformgraph.cli.build",
    "reformgraph.cli.diff",
    "reformgraph.cli.export",
    "reformgraph.cli.ledger",
    "reformgraph.loaders.pipeline",
    "reformgraph.render.diff_image",
    "reformgraph.render.export",
    "reformgraph.render.html",
    "reformgraph.render.image",
    "reformgraph.render.interchange",
    "reformgraph.render.ledger",
    "reformgraph.render.xlsx_rows",
    "reformgraph.cypher.script",
    "matplotlib.pyplot",
    "openpyxl",
)


def _child(request: dict) -> None:  # pragma: no cover - runs in the forked process
    code = 1
    try:
        os.chdir(request["cwd"])
        null = os.open(os.devnull, os.O_RDWR)
        err = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.dup2(err, 2)
        from reformgraph.cli import cli

        cli.main(args=list(request["argv"]), prog_name="reformgraph")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def serve() -> None:  # pragma: no cover - the server process
    for name in PRELOAD:
        importlib.import_module(name)
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        out.write(f"{pid}\n")
        out.flush()
        sys.stdin.readline()  # the run has ended (or was killed): reap it now
        _, status = os.waitpid(pid, 0)
        out.write(f"{os.waitstatus_to_exitcode(status)}\n")
        out.flush()


class WarmRun:
    """One run, with the part of ``subprocess.Popen``'s interface the kill tests use."""

    def __init__(self, server: subprocess.Popen, cwd: Path, argv: list[str], stderr: Path):
        self._server = server
        self._stderr = stderr
        self.returncode: int | None = None
        server.stdin.write(json.dumps({"cwd": str(cwd), "argv": argv, "stderr": str(stderr)}) + "\n")
        server.stdin.flush()
        self.pid = int(server.stdout.readline())

    def _ended(self) -> bool:
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text()
        except FileNotFoundError:  # pragma: no cover - the server reaps only when asked
            return True
        return stat.rpartition(")")[2].split()[0] in ("Z", "X")

    def poll(self) -> int | None:
        if self.returncode is None and self._ended():
            self._server.stdin.write("\n")
            self._server.stdin.flush()
            self.returncode = int(self._server.stdout.readline())
        return self.returncode

    def kill(self) -> None:
        if self.returncode is None:  # not reaped yet: the pid is still this run's
            os.kill(self.pid, signal.SIGKILL)

    def communicate(self, timeout: float) -> tuple[None, bytes]:
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(["reformgraph"], timeout)
            time.sleep(0.002)
        return None, self._stderr.read_bytes()


class WarmCli:
    """The server; ``run(cwd, argv, stderr)`` starts one ``reformgraph`` run."""

    def __init__(self) -> None:
        self._server = subprocess.Popen(
            [sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def run(self, cwd: Path, argv: list[str], stderr: Path) -> WarmRun:
        return WarmRun(self._server, cwd, argv, stderr)

    def close(self) -> None:
        self._server.stdin.close()
        self._server.wait(timeout=60)


if __name__ == "__main__":
    serve()

"""``reformgraph explore`` as a new user starts it: a fresh home (no Streamlit credentials), no terminal.

Streamlit, when not headless, asks for an e-mail address on its first run; without a terminal that
prompt ended ``make explore`` on a fresh machine. The command must serve the explorer instead.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("streamlit", reason="the explorer extra (streamlit) is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment_of_child(pid: int) -> dict[str, str]:
    """The environment of the one process ``pid`` started (the Streamlit server), from /proc."""
    children = open(f"/proc/{pid}/task/{pid}/children").read().split()
    assert len(children) == 1, children
    raw = open(f"/proc/{children[0]}/environ", "rb").read().decode(errors="replace")
    return dict(item.split("=", 1) for item in raw.split("\0") if "=" in item)


def test_explore_serves_on_a_fresh_home_without_a_terminal(tmp_path):
    port = _free_port()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(home), PYTHONUNBUFFERED="1")
    log = tmp_path / "explore.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "reformgraph", "explore", "--port", str(port)],
            cwd=tmp_path,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 90
        healthy = False
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                    healthy = answer.status == 200
                    break
            except OSError:
                time.sleep(0.3)
        output = log.read_text(errors="replace")
        assert healthy, f"the explorer did not answer (exit {proc.poll()}):\n{output[-2000:]}"
        assert proc.poll() is None
        assert "Email" not in output and "Welcome to Streamlit" not in output, output
        assert f"explorer on http://127.0.0.1:{port}" in output
        server_env = _environment_of_child(proc.pid)
        assert server_env.get("MALLOC_ARENA_MAX") == "2"  # server_environment: glibc arenas capped
        assert server_env.get("STREAMLIT_BROWSER_GATHER_USAGE_STATS") == "false"
    finally:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(timeout=15)

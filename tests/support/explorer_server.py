"""A real ``streamlit run`` of the explorer on a free 127.0.0.1 port, started exactly as ``reformgraph explore`` does."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_explorer(
    workdir: Path, graph: str | None = None, timeout: float = 90.0, *, compare: str | None = None
) -> Iterator[str]:
    """Start the explorer from ``workdir`` (outside the clone: no .streamlit/config.toml), with ``compare`` as the
    对比 page's earlier version (``explore GRAPH --compare OLD``); yield its base URL."""
    from reformgraph.cli.explore import server_environment, streamlit_command

    port = free_port()
    env = server_environment({k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")})
    cmd = streamlit_command(graph, port=port, compare=compare)
    at = cmd.index("--") if "--" in cmd else len(cmd)
    cmd[at:at] = ["--server.fileWatcherType", "none"]
    log = workdir / "streamlit.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with code {proc.returncode}: {log.read_text(errors='replace')[-2000:]}"
                )
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"streamlit did not answer within {timeout:.0f} s") from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, 9)  # the upload workers' forkserver, if one is left


def wait_idle(page, timeout_ms: int = 90_000) -> None:
    """Wait until Streamlit has finished running the page (its "Running…" widget is gone), then a beat more."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_ms)
    page.wait_for_timeout(800)

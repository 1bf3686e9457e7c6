"""The ``explore`` command: open the Streamlit explorer, bound to 127.0.0.1.

Example:
    reformgraph explore graph.json
    reformgraph explore plan.docx --port 8600
    reformgraph explore plan-2025.docx --compare plan-2024.docx
"""

from __future__ import annotations

import os
import subprocess
import sys

import click

# Streamlit settings the explorer always runs with (an intranet tool: loopback, no telemetry,
# no Deploy button, uploads bounded by the server and not only by the browser).
SERVER_FLAGS = (
    "--browser.gatherUsageStats",
    "false",
    "--client.toolbarMode",
    "viewer",
    "--server.maxUploadSize",
    "5",
    "--server.enableStaticServing",
    "false",
    "--theme.base",
    "light",
)


def streamlit_command(
    graph: str | None, *, host: str = "127.0.0.1", port: int = 8501, compare: str | None = None
) -> list[str]:
    """The ``python -m streamlit run …`` command line that starts the explorer (``compare``: the earlier
    version the 对比 page compares the graph with).

    The server always runs headless: a non-headless Streamlit asks for an e-mail address on its
    first run (a prompt that blocks or fails without a terminal); ``explore`` opens the browser itself.

    >>> cmd = streamlit_command("g.json", port=8600)
    >>> cmd[1:4], cmd[cmd.index("--server.address") + 1], cmd[-2:]
    (['-m', 'streamlit', 'run'], '127.0.0.1', ['--graph', 'g.json'])
    >>> streamlit_command("2025.docx", compare="2024.docx")[-5:]
    ['--', '--graph', '2025.docx', '--compare', '2024.docx']
    """
    from reformgraph.resources import package_file

    app = str(package_file("reformgraph.explorer", "app.py"))
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        app,
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        *SERVER_FLAGS,
    ]
    app_args = (["--graph", graph] if graph else []) + (["--compare", compare] if compare else [])
    return cmd + (["--", *app_args] if app_args else [])


def server_environment(environ: dict[str, str]) -> dict[str, str]:
    """The explorer server's environment: ``environ`` with no usage statistics and glibc's arenas capped at two.

    Streamlit runs every rerun of every session in a new thread, and glibc gives threads their own
    memory arenas (up to eight per core) that keep what they freed: capped at two, the server holds
    3–5 MiB less (docs/performance.md). A value the user set is kept.

    >>> env = server_environment({"MALLOC_ARENA_MAX": "4"})
    >>> env["MALLOC_ARENA_MAX"], env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"]
    ('4', 'false')
    >>> server_environment({})["MALLOC_ARENA_MAX"]
    '2'
    """
    return {"MALLOC_ARENA_MAX": "2", **environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}


@click.command()
@click.argument("graph", required=False, type=click.Path())
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1024, 65535), help="Port on 127.0.0.1.")
@click.option("--headless", is_flag=True, help="Do not open a browser window.")
@click.option(
    "--compare",
    "compare",
    type=click.Path(),
    default=None,
    help="An earlier version (document or graph JSON) for the 对比 (Compare) page, as `diff OLD NEW` takes.",
)
def explore(graph: str | None, port: int, headless: bool, compare: str | None) -> None:
    """Open the explorer in the browser (Chinese first), on 127.0.0.1 only.

    GRAPH is a graph JSON from `build` or a document; without it, the bundled
    document. With NEO4J_URI set, the explorer reads the graph from Neo4j.
    With --compare OLD, the 对比 (Compare) page shows what changed from OLD to GRAPH.

    Example: reformgraph explore graph.json
    """
    from reformgraph.cli.common import load_inputs
    from reformgraph.extras import require

    require("streamlit", "explorer", "the explorer")
    for path in (graph, compare):
        if path is not None:
            load_inputs((path,))  # a bad file is one line here, not an error page in a started server
    _check_port_free(port)
    cmd = streamlit_command(graph, port=port, compare=compare)
    url = f"http://127.0.0.1:{port}"
    click.echo(f"explorer on {url} (Ctrl+C to stop)", err=True)
    server = subprocess.Popen(cmd, env=server_environment(dict(os.environ)))
    try:
        if not headless:
            _open_browser_when_ready(url, server)
        code = server.wait()
    except KeyboardInterrupt:  # pragma: no cover - interactive; the server got the same SIGINT
        code = server.wait()
    sys.exit(0 if code in (0, -2) else code)


def _open_browser_when_ready(url: str, server: subprocess.Popen, timeout: float = 60.0) -> None:
    """Open ``url`` in the user's browser once the server answers its health check.

    Only where a graphical browser can open (Windows, macOS, or a Linux desktop session): on a
    server without a display Python's :mod:`webbrowser` would start a text browser in the terminal.
    """
    import time
    import urllib.request
    import webbrowser

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return
    deadline = time.monotonic() + timeout
    while server.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    webbrowser.open(url)
                    return
        except OSError:
            time.sleep(0.3)


def _check_port_free(port: int) -> None:
    """UsageError (one line) when something already listens on 127.0.0.1:``port``."""
    import socket

    from reformgraph.errors import UsageError

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is free
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            raise UsageError(
                f"port {port} on 127.0.0.1 is not free ({exc.strerror or exc}); choose another with --port"
            ) from None

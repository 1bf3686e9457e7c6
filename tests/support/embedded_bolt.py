"""A throwaway Bolt server for tests and benchmarks: ArcadeDB embedded, in a child process.

The PyPI package ``arcadedb-embedded`` (in the ``dev`` extra) runs ArcadeDB with
its Bolt plugin inside a JVM that it bundles; it reports itself as Neo4j
5.26-compatible and the official driver talks to it. Running it in a child
process keeps the JVM (its threads, its heap, its ``log/`` directory written
to the working directory) out of the caller's process: stopping is killing
the child, and a hung JVM shutdown can never hang pytest.

The server binds to 127.0.0.1 only, on free ports, with a random password
handed to the child through its environment (never on a command line), and
serves one named database (``graph`` by default, deliberately not ``neo4j``).

Example (needs ``arcadedb-embedded``; takes about ten seconds)::

    with EmbeddedBolt.start(tmpdir) as server:
        driver = GraphDatabase.driver(server.uri, auth=server.auth)
        ...
        driver.close()
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from reformgraph.errors import DatabaseError

READY_FILE = "ready.json"
ROOT_USER = "root"
DEFAULT_DATABASE = "graph"
_PASSWORD_ENV = "REFORMGRAPH_EMBEDDED_PASSWORD"


def available() -> bool:
    """True when the ``arcadedb_embedded`` package can be imported."""
    import importlib.util

    return importlib.util.find_spec("arcadedb_embedded") is not None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class EmbeddedBolt:
    """A running ArcadeDB child process serving Bolt on 127.0.0.1."""

    uri: str
    user: str
    password: str
    database: str
    root: Path
    process: subprocess.Popen = field(repr=False)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)

    @classmethod
    def start(
        cls,
        root: str | os.PathLike[str],
        *,
        database: str = DEFAULT_DATABASE,
        heap: str = "512m",
        timeout_s: float = 120.0,
        command_timeout_s: float = 120.0,
    ) -> EmbeddedBolt:
        """Start the server under ``root`` (a fresh directory) and wait until Bolt is ready.

        ``command_timeout_s`` is ArcadeDB's ``arcadedb.command.timeout``: the server
        ends any query running longer (ArcadeDB ignores the Bolt transaction timeout
        that Neo4j enforces), so no test can leave a query running on it forever.

        Raises DatabaseError when the package is missing or the server does not start in time.
        """
        if not available():
            raise DatabaseError("arcadedb-embedded is not installed (pip install -e '.[dev]')")
        root = Path(root).resolve()
        root.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(16)
        env = {**os.environ, _PASSWORD_ENV: password}
        log = open(root / "server.log", "wb")  # noqa: SIM115 - handed to the child
        proc = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                str(root),
                database,
                heap,
                str(int(command_timeout_s * 1000)),
            ],
            cwd=root,
            env=env,
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        ready = root / READY_FILE
        deadline = time.monotonic() + timeout_s
        while not ready.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                tail = (root / "server.log").read_text(errors="replace")[-600:]
                raise DatabaseError(
                    f"embedded ArcadeDB did not start (see {root / 'server.log'}): " + " ".join(tail.split())[-300:]
                )
            time.sleep(0.1)
        info = json.loads(ready.read_text())
        return cls(f"bolt://127.0.0.1:{info['bolt_port']}", ROOT_USER, password, database, root, proc)

    def stop(self, timeout_s: float = 20.0) -> None:
        """Ask the child to stop (close its stdin); kill it if it has not ended in ``timeout_s``."""
        if self.process.poll() is not None:
            return
        try:
            self.process.stdin.close()
            self.process.wait(timeout_s)
        except (subprocess.TimeoutExpired, OSError):
            self.process.kill()
            self.process.wait(5)

    def __enter__(self) -> EmbeddedBolt:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _serve(root: str, database: str, heap: str, command_timeout_ms: str) -> None:  # pragma: no cover - in the child
    """Child process: start ArcadeDB, write the ready file, serve until stdin closes."""
    import arcadedb_embedded as arcadedb
    from arcadedb_embedded.jvm import start_jvm

    start_jvm(heap_size=heap, jvm_args=[f"-Darcadedb.command.timeout={int(command_timeout_ms)}"])
    http_port, bolt_port = free_port(), free_port()
    server = arcadedb.create_server(
        root_path=str(Path(root) / "server"),
        root_password=os.environ[_PASSWORD_ENV],
        config={
            "host": "127.0.0.1",
            "http_port": http_port,
            "bolt_port": bolt_port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "server_defaultDatabases": f"{database}[{ROOT_USER}]",
            "bolt_defaultDatabase": database,
        },
    )
    server.start()
    tmp = Path(root) / (READY_FILE + ".tmp")
    tmp.write_text(json.dumps({"bolt_port": bolt_port, "http_port": http_port, "database": database}))
    tmp.replace(Path(root) / READY_FILE)
    try:
        sys.stdin.read()  # returns when the parent closes our stdin (or dies)
    finally:
        server.stop()
        os._exit(0)  # the JVM's own shutdown can wait on lingering client threads; we are done


if __name__ == "__main__":  # pragma: no cover
    _serve(*sys.argv[1:5])

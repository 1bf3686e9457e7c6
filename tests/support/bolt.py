"""Which real Bolt server the tests and benchmarks use, and the permission to empty its database.

- ``NEO4J_URI`` set: that server (any Neo4j 5, Aura, a cluster; user and password
  from ``NEO4J_USER`` / ``NEO4J_PASSWORD``), database ``NEO4J_TEST_DATABASE``
  (default ``reformgraphtest``). The tests EMPTY that database. Neo4j Community
  has only the database ``neo4j``: use it with ``NEO4J_TEST_DATABASE=neo4j`` and
  the explicit ``NEO4J_TEST_ALLOW_WIPE=1`` (without it the tests skip, saying so).
- otherwise: ArcadeDB embedded (``support.embedded_bolt``, from the ``dev`` extra),
  started on 127.0.0.1 once per test session.

Every skip says why (pytest prints the reasons with ``-ra``).

>>> wipe_refusal("neo4j", {})
'NEO4J_TEST_DATABASE=neo4j: the tests would empty the database neo4j; set NEO4J_TEST_ALLOW_WIPE=1 to allow it'
>>> wipe_refusal("neo4j", {"NEO4J_TEST_ALLOW_WIPE": "1"}) is None, wipe_refusal("reformgraphtest", {}) is None
(True, True)
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reformgraph.cypher.connect import ENV_URI, Settings, settings_from_env
from support import embedded_bolt

ENV_TEST_DATABASE = "NEO4J_TEST_DATABASE"
ENV_ALLOW_WIPE = "NEO4J_TEST_ALLOW_WIPE"
DEFAULT_TEST_DATABASE = "reformgraphtest"
PROTECTED_DATABASES = ("neo4j", "system")


class NoServer(Exception):
    """No Bolt server can be used; the message says why (and is the skip reason)."""


@dataclass(frozen=True)
class BoltTarget:
    """Where the tests connect: settings, and the embedded server when the tests started one."""

    settings: Settings
    embedded: embedded_bolt.EmbeddedBolt | None = None

    @property
    def kind(self) -> str:
        return "ArcadeDB embedded" if self.embedded else f"{self.settings.uri} ({ENV_URI})"

    def env(self, **extra: str) -> dict[str, str]:
        """Environment variables that point the command line or the explorer at this server."""
        s = self.settings
        return {
            "NEO4J_URI": s.uri,
            "NEO4J_USER": s.user,
            "NEO4J_PASSWORD": s.password,
            "NEO4J_DATABASE": s.database,
            **extra,
        }


def wipe_refusal(database: str, env: Mapping[str, str] | None = None) -> str | None:
    """Why the tests may not empty ``database`` (None when they may)."""
    env = os.environ if env is None else env
    if database == "system":
        return "NEO4J_TEST_DATABASE=system: the system database is never used for tests"
    if database in PROTECTED_DATABASES and env.get(ENV_ALLOW_WIPE) != "1":
        return (
            f"{ENV_TEST_DATABASE}={database}: the tests would empty the database {database}; "
            f"set {ENV_ALLOW_WIPE}=1 to allow it"
        )
    return None


@contextmanager
def bolt_target(
    workdir: Path, env: Mapping[str, str] | None = None, *, heap: str = "512m", command_timeout_s: float = 30.0
) -> Iterator[BoltTarget]:
    """The server to test against (see the module); NoServer with the reason when there is none.

    The embedded server ends any query after ``command_timeout_s`` (Neo4j ends the
    read-only runner's queries at their own transaction timeout). 30 s: a load of the bundled graph takes
    1.2–4.8 s on a quiet machine, several times that on a loaded one, and a load is one transaction.
    """
    env = os.environ if env is None else env
    if env.get(ENV_URI):
        database = env.get(ENV_TEST_DATABASE) or DEFAULT_TEST_DATABASE
        refusal = wipe_refusal(database, env)
        if refusal:
            raise NoServer(refusal)
        yield BoltTarget(settings_from_env(env, database=database))
        return
    if not embedded_bolt.available():
        raise NoServer(
            f"no Bolt server: {ENV_URI} is not set and arcadedb-embedded is not installed (pip install -e '.[dev]')"
        )
    server = embedded_bolt.EmbeddedBolt.start(workdir, heap=heap, command_timeout_s=command_timeout_s)
    try:
        yield BoltTarget(Settings(server.uri, server.user, server.password, server.database), server)
    finally:
        server.stop()


def wipe(driver, database: str, chunk: int = 500) -> None:
    """Delete every node and relationship of ``database``, in chunks of ``chunk`` nodes, each a transaction.

    The embedded server deletes about 600 nodes a second with their relationships (the bundled graph's 1,345
    in 2.2–2.6 s, measured quietly): in chunks of 20,000 the whole wipe was one transaction, and on a machine
    loaded 15–20 it ran past the server's command timeout (``TransactionTimedOut`` at every fixture's set-up).
    """
    with driver.session(database=database) as session:
        while session.run(f"MATCH (n) WITH n LIMIT {int(chunk)} DETACH DELETE n").consume().counters.nodes_deleted:
            pass

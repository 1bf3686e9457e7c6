"""Detecting the Graph Data Science plugin (optional; nothing requires it).

Where GDS is installed, betweenness and communities could run inside the
database on a projection of the coordination graph; ReformGraph does not
depend on it: ``fetch_coordination_projection`` pulls the projection with one
query and the networkx metrics run on it. ``gds_version`` tells whether the
plugin is there, so a caller can choose (see docs/neo4j.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver


def gds_version(driver: Driver, database: str) -> str | None:
    """The GDS plugin's version in ``database``, or None when it is not installed (or not allowed)."""
    from neo4j.exceptions import Neo4jError

    def work(tx):
        return tx.run("RETURN gds.version() AS version").single()["version"]

    try:
        with driver.session(database=database) as session:
            return str(session.execute_read(work))
    except Neo4jError:
        return None


def gds_available(driver: Driver, database: str) -> bool:
    """True when the Graph Data Science plugin answers in ``database``."""
    return gds_version(driver, database) is not None

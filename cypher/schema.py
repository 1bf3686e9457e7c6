"""The database schema (``cypher/schema.cypher``): uniqueness constraints and indexes.

>>> statements = schema_statements()
>>> sum(s.startswith("CREATE CONSTRAINT") for s in statements)
8
>>> all("IF NOT EXISTS" in s for s in statements)
True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reformgraph.cypher.connect import at_boundary, driver_errors
from reformgraph.cypher.statements import split_statements

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver

SCHEMA_PATH = Path(__file__).with_name("schema.cypher")


@cache
def schema_statements() -> tuple[str, ...]:
    """The statements of ``schema.cypher``, in order."""
    return tuple(split_statements(SCHEMA_PATH.read_text(encoding="utf-8")))


@at_boundary
def apply_schema(driver: Driver, database: str, *, attempts: int = 3) -> None:
    """Create the constraints and indexes in ``database`` (idempotent: existing ones are kept).

    Schema statements cannot share a transaction with data writes, so each runs
    as its own auto-commit query. Two loads starting at once may race to create
    the same constraint; a statement that fails is tried again (``IF NOT EXISTS``
    then finds the other's), up to ``attempts`` times.
    """
    with driver.session(database=database) as session:
        for statement in schema_statements():
            for attempt in range(attempts):
                try:
                    session.run(statement).consume()
                    break
                except driver_errors():
                    if attempt == attempts - 1:
                        raise

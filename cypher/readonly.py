"""Running a user's Cypher safely: read transactions only, write clauses refused, rows and time capped.

The explorer's Cypher box and anything else that runs text a person typed go
through ``run_readonly``. Three guards, because no single one is enough:

1. the text is scanned (comments and string literals removed) and any write
   clause — CREATE, MERGE, SET, DELETE, REMOVE, DROP, LOAD CSV, FOREACH,
   ``CALL … IN TRANSACTIONS``, a procedure outside a short read-only list —
   is refused with a message before anything is sent;
2. the query runs in a read transaction (``execute_read``), which Neo4j itself
   refuses to write in;
3. at most ``limit`` rows are fetched, and the query gets a server-side
   transaction timeout plus a client-side wait of the same length.

>>> check_readonly("MATCH (u:Unit) WHERE u.name = 'CREATE' RETURN u.set, {start: 1} // SET x")
>>> check_readonly("MATCH (n) DETACH DELETE n")
Traceback (most recent call last):
...
reformgraph.errors.ReadOnlyViolation: only read queries are allowed here: DETACH is a write clause
>>> check_readonly("CALL dbms.security.createUser('x', 'y')")
Traceback (most recent call last):
...
reformgraph.errors.ReadOnlyViolation: only read queries are allowed here: procedure dbms.security.createUser is not on the read-only list (db.labels, db.propertyKeys, db.relationshipTypes, db.schema.nodeTypeProperties, db.schema.relTypeProperties, db.schema.visualization, dbms.components)
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

from reformgraph.errors import DatabaseError, QueryTimeout, ReadOnlyViolation

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver

WRITE_CLAUSES = (
    "CREATE",
    "MERGE",
    "SET",
    "DELETE",
    "DETACH",
    "REMOVE",
    "DROP",
    "LOAD",
    "FOREACH",
    "ALTER",
    "RENAME",
    "GRANT",
    "DENY",
    "REVOKE",
    "START",
    "STOP",
    "TERMINATE",
    "ENABLE",
    "DISABLE",
    "USE",
)
READ_PROCEDURES = (
    "db.labels",
    "db.propertyKeys",
    "db.relationshipTypes",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
    "db.schema.visualization",
    "dbms.components",
)
_READ_PROCEDURES_LOWER = {p.lower() for p in READ_PROCEDURES}

# Comments, string literals and backticked names: removed before scanning for keywords.
_SKIP = re.compile(r"""//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`""", re.S)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CALL = re.compile(r"\bCALL\s*(\{|[A-Za-z_][A-Za-z0-9_.]*)", re.I)
_IN_TRANSACTIONS = re.compile(r"\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.I)


class Rows(list):
    """A list of row dicts that also says whether the row limit cut it short (``truncated``)."""

    truncated: bool = False


def _scrub(query: str) -> str:
    """The query with comments, strings and backticked names blanked out."""
    return _SKIP.sub(" ", query)


def check_readonly(query: str) -> None:
    """Raise ReadOnlyViolation when ``query`` could write; return None for a read query."""
    text = _scrub(query)
    if not text.strip():
        raise ReadOnlyViolation("only read queries are allowed here: the query is empty")
    if _IN_TRANSACTIONS.search(text):
        raise ReadOnlyViolation("only read queries are allowed here: CALL … IN TRANSACTIONS writes")
    for match in _WORD.finditer(text):
        word = match.group().upper()
        if word not in WRITE_CLAUSES:
            continue
        before = text[: match.start()].rstrip()[-1:]
        after = text[match.end() :].lstrip()[:1]
        if before in (".", "$", ":") or after == ":":
            continue  # a property (n.set), a parameter ($set), a label (:Set) or a map key ({set: 1})
        raise ReadOnlyViolation(f"only read queries are allowed here: {word} is a write clause")
    for target in _CALL.findall(text):
        if target != "{" and target.lower() not in _READ_PROCEDURES_LOWER:
            raise ReadOnlyViolation(
                f"only read queries are allowed here: procedure {target} is not on "
                f"the read-only list ({', '.join(sorted(READ_PROCEDURES))})"
            )


def plain(value: Any) -> Any:
    """A driver value as plain Python: nodes and relationships become dicts, paths lists, temporals text."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_readonly(
    driver: Driver,
    database: str,
    query: str,
    params: dict[str, Any] | None = None,
    limit: int = 1000,
    timeout_s: float = 10,
) -> Rows:
    """Run ``query`` read-only in ``database``; return at most ``limit`` rows as plain dicts.

    Raises
    ------
    ReadOnlyViolation
        When the query contains a write clause or a procedure not on the read list.
    QueryTimeout
        When it has not finished within ``timeout_s`` seconds.
    DatabaseError
        For any other failure (syntax error, unknown database …), as one line.
    """
    from neo4j import unit_of_work

    from reformgraph.cypher.connect import Settings, translate_error

    check_readonly(query)
    if params is not None and not isinstance(params, dict):
        raise DatabaseError("query parameters must be a JSON object (a mapping of names to values)")
    if limit < 1:
        raise DatabaseError("the row limit must be at least 1")

    @unit_of_work(timeout=timeout_s)
    def work(tx) -> Rows:
        rows = Rows()
        for record in tx.run(query, params or {}):
            if len(rows) >= limit:
                rows.truncated = True
                break
            rows.append({k: plain(v) for k, v in record.items()})
        return rows

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            with driver.session(database=database, fetch_size=min(limit + 1, 1000)) as session:
                outcome["rows"] = session.execute_read(work)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="reformgraph-readonly", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        raise QueryTimeout(f"the query did not finish within {timeout_s:g} s (it was abandoned)")
    if "error" in outcome:
        exc = outcome["error"]
        if isinstance(exc, DatabaseError):
            raise exc
        raise translate_error(exc, Settings("the server", "", "", database)) from exc
    return outcome["rows"]

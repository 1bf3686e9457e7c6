"""Running a person's Cypher read-only: an allow-list checked on tokens, a read transaction, bounded answers.

The explorer's Cypher box (and anything else that runs text a person typed)
goes through :func:`run_readonly`. The guards, each enough on its own against
some servers and none enough against all:

1. **The text is read by a real tokenizer** (``cypher.lexer``: strings, ``//``
   comments ended by ``\\n``, ``\\r`` or any other line break, ``/* */``,
   backticked names, Unicode whitespace) and checked against an allow-list
   (:func:`check_readonly`), before anything is sent:

   - one statement only (a trailing ``;`` is allowed, nothing after it);
   - the statement, and every ``CALL { … }`` / ``EXISTS { … }`` /
     ``COUNT { … }`` / ``COLLECT { … }`` body, starts with a read clause
     (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL; EXPLAIN/PROFILE first);
   - at clause level, a keyword that follows a finished expression must be a read
     clause or an operator (AND, AS, IN, IS …): an unknown clause is refused;
   - a write, admin or session keyword anywhere outside a string or a name
     position (``n.set``, ``:Set``, ``{set: 1}``, ``$set``) is refused: CREATE,
     MERGE, SET, DELETE, DETACH, NODETACH, REMOVE, FOREACH, LOAD, INSERT, DROP,
     ALTER, RENAME, GRANT, DENY, REVOKE, SHOW, TERMINATE, START, STOP, ENABLE,
     DISABLE, USE, … (``WRITE_KEYWORDS``); ``CALL … IN TRANSACTIONS`` too;
   - ``CALL`` reaches only the procedures in ``READ_PROCEDURES`` (names compared
     after removing backticks: ```` CALL `dbms`.`listConfig`() ```` is
     ``dbms.listConfig``, refused); namespaced functions only in the built-in
     temporal, spatial and vector namespaces (no ``apoc.*``, no ``db.*``).

2. The query runs in a **read transaction** (access mode READ), which Neo4j
   itself refuses to write in.
3. The transaction has a **server-side timeout** (Neo4j ends the query there:
   that is the cancellation); the caller gets ``QueryTimeout`` after the same
   wait. At most ``MAX_RUNNING`` of these queries run at once per process, and a
   query the caller gave up on keeps its slot until the server has really ended
   it: on a server that ignores the timeout (ArcadeDB without
   ``arcadedb.command.timeout``), abandoned never-ending queries take at most
   ``MAX_RUNNING`` of the server's workers, never all of them, and the box says
   so instead of piling up more.
4. The answer is **bounded**: at most ``limit`` rows, ``max_values`` values and
   ``max_chars`` characters of text; rows past a bound are not kept.

In production the box should also connect as a **read-only database user**
(docs/neo4j.md says how); the checks here do not replace the server's rights.

>>> check_readonly("MATCH (u:Unit) WHERE u.name = 'CREATE' RETURN u.set, {start: 1} // SET x")
>>> check_readonly("MATCH (n) DETACH DELETE n")
Traceback (most recent call last):
...
reformgraph.errors.ReadOnlyViolation: only read queries are allowed here: DETACH is a write or admin keyword (at character 11)
>>> check_readonly("MATCH (n) RETURN n // hidden\\rTERMINATE TRANSACTIONS")
Traceback (most recent call last):
...
reformgraph.errors.ReadOnlyViolation: only read queries are allowed here: TERMINATE is a write or admin keyword (at character 30)
>>> check_readonly("CALL `dbms`.`listConfig`()")
Traceback (most recent call last):
...
reformgraph.errors.ReadOnlyViolation: only read queries are allowed here: procedure dbms.listConfig is not on the read-only list (db.labels, db.propertyKeys, db.relationshipTypes, db.schema.nodeTypeProperties, db.schema.relTypeProperties, db.schema.visualization) (at character 6)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reformgraph.cypher.lexer import Token, code_tokens
from reformgraph.errors import CypherSyntaxError, DatabaseError, QueryTimeout, ReadOnlyViolation, ResultTooLarge

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver

#: Keywords of writes, schema and admin commands, sessions and transactions (Cypher 5 and GQL): refused anywhere.
WRITE_KEYWORDS = frozenset(
    {
        "CREATE",
        "MERGE",
        "SET",
        "DELETE",
        "DETACH",
        "NODETACH",
        "REMOVE",
        "FOREACH",
        "LOAD",
        "INSERT",
        "UPSERT",
        "DROP",
        "ALTER",
        "RENAME",
        "GRANT",
        "DENY",
        "REVOKE",
        "SHOW",
        "TERMINATE",
        "KILL",
        "START",
        "STOP",
        "ENABLE",
        "DISABLE",
        "SUSPEND",
        "USE",
        "TRANSACTIONS",
        "TRANSACTION",
        "CONCURRENT",
        "COMMIT",
        "ROLLBACK",
        "SESSION",
        "PERIODIC",
        "IMPORT",
        "COPY",
        "TRUNCATE",
        "DEALLOCATE",
        "REALLOCATE",
        "CYPHER",
    }
)
#: Clauses a read query may start with (EXPLAIN / PROFILE only at the very start of the statement).
START_CLAUSES = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "FINISH"})
#: Keywords allowed at clause level right after a finished expression.
AFTER_EXPRESSION = frozenset(
    {
        *START_CLAUSES,
        "WHERE",
        "ORDER",
        "BY",
        "SKIP",
        "OFFSET",
        "LIMIT",
        "UNION",
        "YIELD",
        "AS",
        "AND",
        "OR",
        "XOR",
        "NOT",
        "IN",
        "IS",
        "STARTS",
        "ENDS",
        "CONTAINS",
        "ASC",
        "DESC",
        "ASCENDING",
        "DESCENDING",
        "DISTINCT",
        "ALL",
        "WHEN",
        "THEN",
        "ELSE",
        "END",
        "USING",
        "INDEX",
        "SCAN",
        "JOIN",
        "ON",
    }
)
#: Keywords after which an expression continues (so the next word is a value, not a clause).
_OPERATOR_WORDS = frozenset(
    {"AND", "OR", "XOR", "NOT", "IN", "IS", "STARTS", "ENDS", "CONTAINS", "WITH", "AS", "WHERE", "CASE", "WHEN"}
    | {"THEN", "ELSE", "RETURN", "UNWIND", "BY", "SKIP", "OFFSET", "LIMIT", "YIELD", "DISTINCT", "MATCH", "OPTIONAL"}
    | {"CALL", "UNION", "ALL", "EXPLAIN", "PROFILE", "ORDER", "USING", "INDEX", "SCAN", "JOIN", "ON", "FINISH"}
)
_SUBQUERY_WORDS = frozenset({"CALL", "EXISTS", "COUNT", "COLLECT"})
READ_PROCEDURES = (
    "db.labels",
    "db.propertyKeys",
    "db.relationshipTypes",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
    "db.schema.visualization",
)
_READ_PROCEDURES_LOWER = {p.lower() for p in READ_PROCEDURES}
#: Namespaces of built-in functions (``date.truncate``, ``point.distance``, ``vector.similarity.cosine`` …).
FUNCTION_NAMESPACES = frozenset({"date", "datetime", "localdatetime", "localtime", "time", "duration", "point"})
_VECTOR_NAMESPACE = "vector.similarity"

MAX_RUNNING = 2
DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT_S = 10.0
MAX_VALUES = 200_000
MAX_CHARS = 20_000_000


# ---- the check (pure) --------------------------------------------------------------------------


def _refuse(reason: str, token: Token | None = None) -> ReadOnlyViolation:
    where = f" (at character {token.start + 1})" if token is not None else ""
    return ReadOnlyViolation(f"only read queries are allowed here: {reason}{where}")


@dataclass
class _Frame:
    """One level of nesting: a clause-level body (the statement, a subquery) or a bracket of an expression."""

    clause_level: bool
    closer: str = ""
    is_map: bool = False
    expect_start: bool = False
    pattern_start_ok: bool = False
    last: Token | None = None  # the previous token at this level
    starts: list[str] = field(default_factory=list)


def _ends_expression(token: Token | None, before: Token | None) -> bool:
    """True when ``token`` finishes an expression (so a following word must be a clause or an operator)."""
    if token is None:
        return False
    if token.kind in ("string", "number", "param", "name"):
        return True
    if token.kind == "word":
        return token.keyword not in _OPERATOR_WORDS
    if token.text in ")]}":
        return True
    return token.text == "*" and before is not None and before.keyword in ("RETURN", "WITH", "DISTINCT")


def _dotted_name(tokens: list[Token], i: int) -> tuple[str, int]:
    """The dotted name starting at ``tokens[i]`` (backticks removed) and the index after it."""
    parts = []
    while i < len(tokens) and tokens[i].kind in ("word", "name"):
        parts.append(tokens[i].value if tokens[i].kind == "name" else tokens[i].text)
        if i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].kind == "punct":
            i += 2
        else:
            i += 1
            break
    return ".".join(parts), i


def _name_position(tokens: list[Token], i: int, frame: _Frame) -> bool:
    """True when the word at ``i`` is a property, label/type or map key (a name, never a keyword)."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is not None and prev.kind == "punct":
        if prev.text == "." and i >= 2:
            before = tokens[i - 2]
            if before.kind in ("word", "name", "param") or before.text in ")]}{,":
                return True  # n.set, n {.set}, a.b.c (a namespace is checked where it is called)
        if prev.text == ":" and not frame.is_map:
            return True  # (n:Set), -[:DELETE]-, WHERE n:Remove
    return frame.is_map and nxt is not None and nxt.text == ":" and nxt.kind == "punct"  # {set: 1}


def check_readonly(query: str) -> None:
    """Raise ReadOnlyViolation unless ``query`` is one read-only statement on the allow-list; else return None."""
    try:
        tokens = code_tokens(query)
    except CypherSyntaxError as exc:
        raise _refuse(f"the query cannot be read ({exc})") from None
    if not tokens:
        raise _refuse("the query is empty")
    while tokens and tokens[-1].text == ";" and tokens[-1].kind == "punct":
        tokens = tokens[:-1]
    for tok in tokens:
        if tok.kind == "string" and _escapes_its_quote(tok.text):
            raise _refuse(
                "a string with an escaped quote (\\' inside '…') ends elsewhere on some servers; "
                "use the other quote character or a parameter",
                tok,
            )
    stack = [_Frame(clause_level=True, expect_start=True, starts=["EXPLAIN", "PROFILE"])]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        frame = stack[-1]
        word = tok.keyword
        if tok.kind == "punct" and tok.text == ";":
            raise _refuse("one statement only (nothing may follow ';')", tok)
        if frame.expect_start:
            frame.expect_start = False
            if word in ("EXPLAIN", "PROFILE") and "EXPLAIN" in frame.starts:
                frame.expect_start = True
                frame.starts = []
                frame.last = tok
                i += 1
                continue
            if word in WRITE_KEYWORDS:
                raise _refuse(f"{word} is a write or admin keyword", tok)
            if not (word in START_CLAUSES or (frame.pattern_start_ok and tok.text == "(")):
                raise _refuse(
                    f"{tok.text!r} cannot start a read query (start with MATCH, OPTIONAL MATCH, WITH, UNWIND, "
                    "RETURN or CALL)",
                    tok,
                )
        if tok.kind == "word" and not _name_position(tokens, i, frame):
            if word in WRITE_KEYWORDS:
                raise _refuse(f"{word} is a write or admin keyword", tok)
            if frame.clause_level and _ends_expression(frame.last, tokens[i - 2] if i >= 2 else None):
                if word not in AFTER_EXPRESSION:
                    raise _refuse(f"{tok.text!r} is not a read clause", tok)
            if word == "UNION":
                frame.expect_start = True
                if i + 1 < len(tokens) and tokens[i + 1].keyword in ("ALL", "DISTINCT"):
                    frame.last = tokens[i + 1]
                    i += 2
                    continue
            if word == "OPTIONAL" and (i + 1 >= len(tokens) or tokens[i + 1].keyword not in ("MATCH", "CALL")):
                raise _refuse("OPTIONAL must be followed by MATCH or CALL", tok)
            if word == "CALL":
                i = _check_call(tokens, i, stack)
                continue
            if word in _SUBQUERY_WORDS and i + 1 < len(tokens) and tokens[i + 1].text == "{":
                stack.append(_Frame(clause_level=True, closer="}", expect_start=True, pattern_start_ok=True))
                frame.last = tok
                i += 2
                continue
            name, after = _dotted_name(tokens, i)
            if "." in name and after < len(tokens) and tokens[after].text == "(":
                _check_function(name, tok)
        if tok.kind == "punct" and tok.text in "([{":
            closer = {"(": ")", "[": "]", "{": "}"}[tok.text]
            frame.last = tok
            stack.append(_Frame(clause_level=False, closer=closer, is_map=tok.text == "{"))
            i += 1
            continue
        if tok.kind == "punct" and tok.text in ")]}":
            if len(stack) == 1 or stack[-1].closer != tok.text:
                raise _refuse(f"unbalanced {tok.text!r}", tok)
            stack.pop()
            stack[-1].last = tok
            i += 1
            continue
        frame.last = tok
        i += 1
    if stack[-1].expect_start:
        raise _refuse("the query is incomplete")
    if len(stack) > 1:
        raise _refuse(f"unclosed bracket (expected {stack[-1].closer!r})")


def _escapes_its_quote(literal: str) -> bool:
    """True when a string literal holds a backslash-escaped copy of its own quote character."""
    quote, i = literal[0], 1
    while i < len(literal) - 1:
        if literal[i] == "\\":
            if literal[i + 1] == quote and i + 1 < len(literal) - 1:
                return True
            i += 2
        else:
            i += 1
    return False


def _check_call(tokens: list[Token], i: int, stack: list[_Frame]) -> int:
    """Check ``CALL`` at ``tokens[i]``: a subquery opens a clause-level frame; a procedure must be on the list."""
    call = tokens[i]
    stack[-1].last = call
    j = i + 1
    if j < len(tokens) and tokens[j].text == "(":  # CALL (x, y) { … }: a variable scope clause
        depth = 0
        while j < len(tokens):
            depth += {"(": 1, ")": -1}.get(tokens[j].text, 0) if tokens[j].kind == "punct" else 0
            if tokens[j].kind == "word" and tokens[j].keyword in WRITE_KEYWORDS:
                raise _refuse(f"{tokens[j].keyword} is a write or admin keyword", tokens[j])
            j += 1
            if depth == 0:
                break
        if j >= len(tokens) or tokens[j].text != "{":
            raise _refuse("CALL (…) must be followed by a subquery in braces", call)
    if j < len(tokens) and tokens[j].text == "{":
        stack.append(_Frame(clause_level=True, closer="}", expect_start=True))
        return j + 1
    name, after = _dotted_name(tokens, j)
    if not name:
        raise _refuse("CALL must name a procedure or open a subquery", call)
    if name.lower() not in _READ_PROCEDURES_LOWER:
        raise _refuse(
            f"procedure {name} is not on the read-only list ({', '.join(sorted(READ_PROCEDURES))})", tokens[j]
        )
    stack[-1].last = tokens[after - 1]
    return after


def _check_function(name: str, token: Token) -> None:
    namespace = name.rsplit(".", 1)[0].lower()
    if namespace in FUNCTION_NAMESPACES or namespace == _VECTOR_NAMESPACE:
        return
    raise _refuse(f"function {name} is not a built-in function (only built-in functions may be called)", token)


# ---- plain values and the size budget ---------------------------------------------------------


class Rows(list):
    """A list of row dicts that also says whether a bound cut it short (``truncated``, ``reason``)."""

    truncated: bool = False
    reason: str = ""


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


def measure(value: Any) -> tuple[int, int]:
    """(values, characters of text) in a value: every list, map, node and element counts as one value.

    Works on the driver's values (nodes, relationships, paths) as well as plain ones,
    so a row is measured before anything is copied out of it.

    >>> measure({"a": [1, 2, "xyz"], "b": None})
    (6, 5)
    """
    values = chars = 0
    todo = [value]
    while todo:
        v = todo.pop()
        values += 1
        if isinstance(v, str):
            chars += len(v)
        elif isinstance(v, (list, tuple)):
            todo.extend(v)
        elif hasattr(v, "items") and hasattr(v, "values"):  # dicts, nodes, relationships
            chars += sum(len(str(k)) for k in v.keys())
            todo.extend(v.values())
        elif hasattr(v, "nodes") and hasattr(v, "relationships"):  # a path
            todo.extend(v.nodes)
            todo.extend(v.relationships)
    return values, chars


# ---- running it --------------------------------------------------------------------------------


_running = threading.BoundedSemaphore(MAX_RUNNING)


def run_readonly(
    driver: Driver,
    database: str,
    query: str,
    params: dict[str, Any] | None = None,
    limit: int = DEFAULT_LIMIT,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    *,
    max_values: int = MAX_VALUES,
    max_chars: int = MAX_CHARS,
) -> Rows:
    """Run ``query`` read-only in ``database``; return at most ``limit`` rows as plain dicts.

    Rows stop at ``limit`` rows, ``max_values`` values or ``max_chars``
    characters of text in all (``Rows.truncated`` and ``Rows.reason`` say so).

    Raises
    ------
    ReadOnlyViolation
        When the query is not on the read-only allow-list (see the module).
    QueryTimeout
        When it has not finished within ``timeout_s`` seconds (it is cancelled),
        or when earlier queries that did not finish still occupy every slot.
    ResultTooLarge
        When the first row alone is over the size bounds.
    DatabaseError
        For any other failure (syntax error, unknown database …), as one line.
    """
    from reformgraph.cypher.connect import boundary_error

    check_readonly(query)
    if params is not None and not isinstance(params, dict):
        raise DatabaseError("query parameters must be a JSON object (a mapping of names to values)")
    if limit < 1:
        raise DatabaseError("the row limit must be at least 1")
    if not _running.acquire(timeout=timeout_s):
        raise QueryTimeout(
            f"{MAX_RUNNING} earlier queries are still running on the server; try again when they have ended"
        )
    outcome: dict[str, Any] = {}

    def run() -> None:
        from neo4j import READ_ACCESS

        try:
            with driver.session(
                database=database, default_access_mode=READ_ACCESS, fetch_size=min(limit + 1, 100)
            ) as session:
                with session.begin_transaction(timeout=timeout_s, metadata={"app": "reformgraph-readonly"}) as tx:
                    outcome["rows"] = _collect(tx.run(query, params or {}), limit, max_values, max_chars)
                    tx.rollback()  # a read: nothing to commit
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc
        finally:
            _running.release()

    worker = threading.Thread(target=run, name="reformgraph-readonly", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():  # the server ends it at its own timeout; the worker keeps its slot until then
        raise QueryTimeout(f"the query did not finish within {timeout_s:g} s; the server stops it at that limit")
    if "error" in outcome:
        exc = outcome["error"]
        if isinstance(exc, DatabaseError):
            raise exc
        raise boundary_error(exc, driver, database) from exc
    return outcome["rows"]


def _collect(result, limit: int, max_values: int, max_chars: int) -> Rows:
    rows = Rows()
    values = chars = 0
    for record in result:
        if len(rows) >= limit:
            rows.truncated, rows.reason = True, f"the first {limit} rows"
            break
        n, c = measure(dict(record.items()))
        values, chars = values + n, chars + c
        if values > max_values or chars > max_chars:
            if not rows:
                raise ResultTooLarge(
                    f"the first row alone holds {n:,} values and {c:,} characters of text, more than the "
                    f"{max_values:,} values / {max_chars:,} characters returned here; return less (e.g. size(list))"
                )
            rows.truncated, rows.reason = True, f"the first {len(rows)} rows (size limit)"
            break
        rows.append({k: plain(v) for k, v in record.items()})
    return rows

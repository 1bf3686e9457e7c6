"""Connecting to Neo4j: settings from the environment, one driver, errors as one line.

The connection comes from ``NEO4J_URI``, ``NEO4J_USER`` and ``NEO4J_PASSWORD``
(``--uri`` / ``--user`` on the command line override the first two; the password
is never taken from the command line). ``NEO4J_DATABASE`` names the database
(default ``neo4j``); every session names it explicitly.

The driver asks for WARNING notifications and above only. Driver failures
become a ``DatabaseError`` whose message is one line a user can act on, at the
library's boundary (``at_boundary`` on every public function that talks to the
server; callers never wrap them again):

>>> from neo4j.exceptions import AuthError, ServiceUnavailable
>>> s = Settings("bolt://127.0.0.1:7687", "neo4j", "secret", "neo4j")
>>> str(translate_error(ServiceUnavailable("Couldn't connect to 127.0.0.1:7687"), s))
"cannot reach the graph database at bolt://127.0.0.1:7687 (Couldn't connect to 127.0.0.1:7687); is the server running? check NEO4J_URI or --uri"
>>> str(translate_error(AuthError("Authentication failed"), s))
"the graph database at bolt://127.0.0.1:7687 refused the credentials of user 'neo4j' (check NEO4J_USER / NEO4J_PASSWORD)"
>>> s  # the password never shows in a repr
Settings(uri='bolt://127.0.0.1:7687', user='neo4j', database='neo4j')
"""

from __future__ import annotations

import functools
import logging
import os
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from reformgraph.errors import DatabaseError
from reformgraph.extras import require

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver

ENV_URI = "NEO4J_URI"
ENV_USER = "NEO4J_USER"
ENV_PASSWORD = "NEO4J_PASSWORD"
ENV_DATABASE = "NEO4J_DATABASE"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
USER_AGENT = "reformgraph"
#: Notifications below this severity are not even sent by the server (Neo4j 5.7+; others ignore it).
NOTIFICATIONS_MIN_SEVERITY = "WARNING"
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Settings:
    """Where and as whom to connect, and which database to use."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str


def database_from_env(env: Mapping[str, str] | None = None) -> str:
    """``NEO4J_DATABASE`` or ``neo4j``.

    >>> database_from_env({"NEO4J_DATABASE": "plans"}), database_from_env({})
    ('plans', 'neo4j')
    """
    env = os.environ if env is None else env
    return env.get(ENV_DATABASE) or DEFAULT_DATABASE


URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str) -> str:
    """``uri`` when the driver can use it: a Bolt URI with a host and a port in range, holding no credentials.

    Checked before the driver sees it: the driver reports a malformed URI as an
    "unexpected error", wraps port 99999 round to another port, and for http://
    needs a package that is not installed. A user or password inside the URI is
    refused without echoing it.

    >>> check_uri("neo4j+s://db.example:7687")
    'neo4j+s://db.example:7687'
    >>> check_uri("http://127.0.0.1:7474")
    Traceback (most recent call last):
    ...
    reformgraph.errors.DatabaseError: cannot use NEO4J_URI='http://127.0.0.1:7474': expected bolt://HOST:PORT or neo4j://HOST:PORT (or bolt+s, bolt+ssc, neo4j+s, neo4j+ssc)
    """
    from urllib.parse import urlsplit

    expected = "expected bolt://HOST:PORT or neo4j://HOST:PORT (or bolt+s, bolt+ssc, neo4j+s, neo4j+ssc)"
    try:
        parts = urlsplit(uri)
        port = parts.port  # ValueError when not a number or out of 0..65535
    except ValueError as exc:
        raise DatabaseError(f"cannot use {ENV_URI}={uri!r}: {exc}; {expected}") from None
    if "@" in parts.netloc:
        raise DatabaseError(
            f"{ENV_URI} (or --uri) holds a user or password: give the URI without them, "
            f"and the user in {ENV_USER}, the password in {ENV_PASSWORD}"
        )
    if parts.scheme.lower() not in URI_SCHEMES or not parts.hostname or port == 0:
        raise DatabaseError(f"cannot use {ENV_URI}={uri!r}: {expected}")
    return uri


def settings_from_env(
    env: Mapping[str, str] | None = None,
    *,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Settings:
    """Settings from explicit values, else the environment; DatabaseError when no URI is known.

    >>> settings_from_env({"NEO4J_URI": "bolt://h:7687", "NEO4J_PASSWORD": "pw"}, database="x")
    Settings(uri='bolt://h:7687', user='neo4j', database='x')
    """
    env = os.environ if env is None else env
    uri = uri or env.get(ENV_URI)
    if not uri:
        raise DatabaseError(f"no graph database given: set {ENV_URI} (e.g. bolt://127.0.0.1:7687) or pass --uri")
    return Settings(
        uri=check_uri(uri),
        user=user or env.get(ENV_USER) or DEFAULT_USER,
        password=password if password is not None else env.get(ENV_PASSWORD, ""),
        database=database or database_from_env(env),
    )


def translate_error(exc: BaseException, settings: Settings) -> DatabaseError:
    """The one-line DatabaseError for a driver exception (unreachable, auth, unknown database …)."""
    from neo4j import exceptions as nx4

    uri, database = settings.uri, settings.database
    at = f" at {uri}" if uri else ""
    message = _first_line(getattr(exc, "message", None) or str(exc))
    code = getattr(exc, "code", None) or ""
    if isinstance(exc, nx4.AuthError) or code.endswith(".Unauthorized"):
        user = f" of user {settings.user!r}" if settings.user else ""
        return DatabaseError(
            f"the graph database{at} refused the credentials{user} (check {ENV_USER} / {ENV_PASSWORD})"
        )
    if code.endswith("DatabaseNotFound") or "database does not exist" in message.lower():
        return DatabaseError(
            f"unknown database {database!r}{' on ' + uri if uri else ''} "
            f"(give an existing one with --database or {ENV_DATABASE})"
        )
    # An unknown host: driver 6 raises ServiceUnavailable, driver 5 a ValueError("Cannot resolve address …").
    unresolved = isinstance(exc, ValueError) and message.startswith("Cannot resolve address")
    if unresolved or isinstance(exc, (nx4.ServiceUnavailable, nx4.SessionExpired, OSError)):
        return DatabaseError(
            f"cannot reach the graph database{at} ({message}); is the server running? check {ENV_URI} or --uri"
        )
    if isinstance(exc, nx4.ConfigurationError) or isinstance(exc, ValueError):
        return DatabaseError(f"cannot use {ENV_URI}={uri!r}: {message}")
    if isinstance(exc, nx4.ConstraintError):
        return DatabaseError(f"the graph database refused the write (a uniqueness constraint): {message}")
    if code.endswith("TransactionTimedOut") or "TransactionTimedOut" in code:
        return DatabaseError(f"the graph database ended the query at its time limit: {message}")
    if isinstance(exc, nx4.Neo4jError):
        return DatabaseError(f"graph database error: {message}")
    return DatabaseError(f"graph database error ({type(exc).__name__}): {message}")


def _first_line(text: str) -> str:
    text = " ".join(str(text).split())
    return text[:300] + ("…" if len(text) > 300 else "")


def notification_line(record: logging.LogRecord) -> str | None:
    """One line for a driver log record that carries a server notification; None for any other record.

    The driver logs each notification (``neo4j.notifications``) with the query it
    came from, over several lines; this keeps its status description and code.

    >>> class Status:
    ...     gql_status = "01N00"
    ...     status_description = "warn: feature deprecated.\\nThe query used a deprecated function: `id`."
    >>> class Printed:
    ...     notification = Status()
    >>> record = logging.LogRecord("neo4j.notifications", logging.WARNING, "", 0, "%s", (Printed(),), None)
    >>> notification_line(record)
    'graph database: warn: feature deprecated. The query used a deprecated function: `id`. (01N00)'
    """
    args = record.args if isinstance(record.args, tuple) else ()
    for arg in args:
        note = getattr(arg, "notification", None)
        if note is None:
            continue
        code = getattr(note, "gql_status", None) or getattr(note, "code", None) or "no code"
        text = (
            getattr(note, "status_description", None)
            or getattr(note, "description", None)
            or getattr(note, "title", None)
            or str(note)
        )
        return f"graph database: {_first_line(text)} ({code})"
    return None


# Settings of the drivers opened here, so errors raised later can name the server and user.
_SETTINGS: weakref.WeakKeyDictionary[Any, Settings] = weakref.WeakKeyDictionary()


def settings_of(driver: Driver, database: str) -> Settings:
    """The settings ``driver`` was opened with (``open_driver``), for ``database``; blank when unknown."""
    try:
        known = _SETTINGS.get(driver)
    except TypeError:  # not weak-referenceable
        known = None
    if known is None:
        return Settings("", "", "", database)
    return replace(known, database=database)


def boundary_error(exc: BaseException, driver: Driver, database: str) -> DatabaseError:
    """The one-line DatabaseError for a driver exception raised while using ``driver`` on ``database``."""
    return translate_error(exc, settings_of(driver, database))


def driver_errors() -> tuple[type[BaseException], ...]:
    """The driver's exception classes that the library's boundary translates."""
    from neo4j.exceptions import DriverError, Neo4jError

    return (Neo4jError, DriverError)


def at_boundary(func: F) -> F:
    """Decorate a public function taking ``(driver, database, …)``: driver exceptions leave it as DatabaseError.

    This is the library's boundary: callers (the command line, the explorer)
    see only ReformGraphError subclasses, each one line, and never wrap them again.
    """

    @functools.wraps(func)
    def wrapper(driver, database, *args, **kwargs):
        try:
            return func(driver, database, *args, **kwargs)
        except DatabaseError:
            raise
        except driver_errors() as exc:
            raise boundary_error(exc, driver, database) from exc

    return wrapper  # type: ignore[return-value]


@contextmanager
def translated(settings: Settings) -> Iterator[None]:
    """Turn any driver exception raised inside the block into a one-line DatabaseError."""
    try:
        yield
    except DatabaseError:
        raise
    except (*driver_errors(), OSError, ValueError) as exc:
        raise translate_error(exc, settings) from exc


def open_driver(settings: Settings, *, verify: bool = True) -> Driver:
    """Create the (one, long-lived) driver; with ``verify``, check the server, credentials and database.

    Raises DatabaseError (one line) when the server is unreachable, refuses the
    credentials, or does not have the database.
    """
    require("neo4j", "neo4j", "connecting to Neo4j")
    from neo4j import GraphDatabase

    with translated(settings):
        driver = GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, settings.password),
            user_agent=USER_AGENT,
            connection_timeout=10.0,
            max_transaction_retry_time=10.0,
            notifications_min_severity=NOTIFICATIONS_MIN_SEVERITY,
        )
    _SETTINGS[driver] = settings
    if verify:
        try:
            check_database(driver, settings)
        except BaseException:
            driver.close()
            raise
    return driver


def check_database(driver: Driver, settings: Settings) -> None:
    """Reach the server and run ``RETURN 1`` in the named database; DatabaseError otherwise."""
    with translated(settings):
        driver.verify_connectivity()
        with driver.session(database=settings.database) as session:
            session.run("RETURN 1 AS ok").consume()


def driver_from_env(env: Mapping[str, str] | None = None, *, verify: bool = True) -> Driver | None:
    """A driver for ``NEO4J_URI`` (``None`` when it is unset), checked against ``NEO4J_DATABASE``.

    >>> driver_from_env({}) is None
    True
    """
    env = os.environ if env is None else env
    if not env.get(ENV_URI):
        return None
    return open_driver(settings_from_env(env), verify=verify)

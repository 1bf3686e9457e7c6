"""The ``load`` and ``query`` commands: the graph in Neo4j.

The connection comes from ``NEO4J_URI`` / ``NEO4J_USER`` / ``NEO4J_PASSWORD``
(``--uri`` / ``--user`` override the first two; the password is never an
option: set ``NEO4J_PASSWORD`` or type it at the prompt). ``--database``
(default ``NEO4J_DATABASE``, else ``neo4j``) names the database.

Example:
    export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=…
    reformgraph load data/youyang-2022-18-business-environment-reforms.md
    reformgraph query top_units --param n=10
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from reformgraph.cli.common import emit, format_option, inputs_argument, load_inputs, say


def connection_options(func: Callable) -> Callable:
    """``--uri``, ``--user`` and ``--database`` (the password only from NEO4J_PASSWORD or a prompt)."""
    func = click.option("--database", "-d", default=None, help="Database name (default: NEO4J_DATABASE, else neo4j).")(
        func
    )
    func = click.option("--user", default=None, help="User (default: NEO4J_USER, else neo4j).")(func)
    return click.option("--uri", default=None, help="Bolt URI, e.g. bolt://127.0.0.1:7687 (default: NEO4J_URI).")(func)


class _OneLine(logging.Handler):
    """Driver log records as one ``warning:`` line each on stderr; the same notification only once."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        from reformgraph.cypher.connect import notification_line

        line = notification_line(record)
        if line and line not in self.seen:
            self.seen.add(line)
            click.echo(f"warning: {line}", err=True)


def _one_line_notifications() -> None:
    """Route the driver's logging (notifications, connection chatter) to one line per real problem.

    Failures reach the user as the command's own ``error:`` line; the driver's
    own records at WARNING and above become one ``warning:`` line each (a server
    notification: its title and code), never a multi-line block or a traceback.
    """
    log = logging.getLogger("neo4j")
    if not any(isinstance(h, _OneLine) for h in log.handlers):
        log.addHandler(_OneLine())
    log.propagate = False


def _settings(uri: str | None, user: str | None, database: str | None):
    from reformgraph.cypher.connect import ENV_PASSWORD, settings_from_env

    password = os.environ.get(ENV_PASSWORD)
    settings = settings_from_env(uri=uri, user=user, database=database)
    if password is None:
        if not sys.stdin.isatty():
            from reformgraph.errors import DatabaseError

            raise DatabaseError(f"no password: set {ENV_PASSWORD} (it is never taken from the command line)")
        password = click.prompt(
            f"Password for {settings.user} at {settings.uri}", hide_input=True, err=True, default="", show_default=False
        )
        settings = settings_from_env(uri=uri, user=user, database=database, password=password)
    return settings


@contextmanager
def _connected(uri: str | None, user: str | None, database: str | None) -> Iterator[tuple]:
    """``(settings, driver)``: the driver is closed on leaving; its notifications are one line each."""
    from reformgraph.cypher.connect import open_driver

    settings = _settings(uri, user, database)
    _one_line_notifications()
    driver = open_driver(settings)
    try:
        yield settings, driver
    finally:
        driver.close()


@click.command("load")
@inputs_argument
@connection_options
@click.option(
    "--batch", default=1000, show_default=True, type=click.IntRange(1, 100_000), help="Rows per UNWIND statement."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; print only the totals.")
def load_command(
    inputs: tuple[str, ...],
    alias_path: str | None,
    uri: str | None,
    user: str | None,
    database: str | None,
    batch: int,
    quiet: bool,
) -> None:
    """Load documents (or a graph JSON) into Neo4j; print what was created or updated.

    Each document is written in one transaction: loading it again changes
    nothing, loading an edited version replaces its workplans and measures
    (stale ones removed) and leaves other documents alone, and a load that
    fails leaves the document as it was.

    Example: reformgraph load data/youyang-2022-18-business-environment-reforms.md --database plans
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from reformgraph.cypher.load import load_graph

    result = load_inputs(inputs, alias_path)
    with _connected(uri, user, database) as (settings, driver):
        console = Console(stderr=True)
        with Progress(
            TextColumn("loading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("rows"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=quiet or not console.is_terminal,
        ) as bar:
            task = bar.add_task("load", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = load_graph(driver, settings.database, result.graph, batch=batch, progress=progress)
    if not quiet:
        for document, counts in report.parts:
            say(f"{document or '(shared nodes)'}: {counts.summary()}")
    say(f"database {settings.database!r} at {settings.uri}: {report.total.summary()}")


@click.command("query")
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter (repeatable), e.g. --param n=10.",
)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and their parameters.")
@connection_options
@format_option
def query_command(
    name: str | None,
    params: tuple[str, ...],
    list_only: bool,
    uri: str | None,
    user: str | None,
    database: str | None,
    fmt: str,
) -> None:
    """Run a named query from cypher/queries/ against Neo4j (read-only).

    Without NAME (or with --list), list the queries and their parameters.

    Example: reformgraph query top_units --param n=10 --param by=lead
    """
    from reformgraph.cypher.named import get_query, load_queries, parse_param_args, run_query

    if list_only or not name:
        rows = [
            {
                "query": q.name,
                "parameters": ", ".join(
                    f"{p.name}" + ("" if p.required else f"={p.default if p.default is not None else 'null'}")
                    for p in q.params
                ),
                "what": q.summary,
            }
            for q in load_queries().values()
        ]
        emit(rows, fmt, title="named queries")
        return
    bound = get_query(name).bind(parse_param_args(params))  # errors before connecting
    with _connected(uri, user, database) as (settings, driver):
        rows = run_query(driver, settings.database, name, bound)
    emit(rows, fmt, title=name)

"""What every command shares: the INPUT... argument and shared options, loading, and printing.

Command modules use these decorators so an option means the same thing
everywhere, and these printers so every command's table, CSV and JSON look alike.

>>> import io
>>> buf = io.StringIO()
>>> emit([{"unit": "市财政局", "lead": 3}], "csv", out=buf)
>>> buf.getvalue().splitlines()
['unit,lead', '市财政局,3']
>>> split_names(("市场监管局", "README.md"), 1, exists=lambda p: p.endswith(".md"))
(('README.md',), ('市场监管局',))
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TextIO

import click

from reformgraph.errors import UsageError

FORMATS = ("table", "csv", "json")
INPUT_SUFFIXES = (
    ".json",
    ".md",
    ".txt",
    ".docx",
    ".doc",
    ".wps",
    ".xlsx",
    ".xls",
    ".et",
    ".csv",
    ".html",
    ".htm",
    ".pdf",
    ".ofd",
)


def aliases_option(func: Callable) -> Callable:
    """``--aliases PATH``: an alias table CSV (default: the packaged one)."""
    return click.option(
        "--aliases",
        "alias_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="Alias table CSV (surface,canonical,category; default: the packaged table).",
    )(func)


def inputs_argument(func: Callable) -> Callable:
    """``INPUT...`` (documents or graph JSON files; none means the bundled document) and ``--aliases``."""
    return click.argument("inputs", nargs=-1, type=click.Path())(aliases_option(func))


def format_option(func: Callable) -> Callable:
    """``--format table|csv|json`` (table by default)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format.",
    )(func)


def top_n_option(default: int = 20, what: str = "units") -> Callable[[Callable], Callable]:
    """``-n N``: how many rows to list (0: all)."""
    return click.option(
        "-n",
        "top_n",
        default=default,
        show_default=True,
        type=click.IntRange(0, 1_000_000),
        help=f"How many {what} to list (0: all).",
    )


def include_collective_option(func: Callable) -> Callable:
    """``--include-collective``: count 各区县政府, 市级相关部门 … too."""
    return click.option(
        "--include-collective",
        is_flag=True,
        help="Count collective units (各区县政府, 市级相关部门 …); left out by default.",
    )(func)


def split_names(
    args: Sequence[str], n_names: int, *, exists: Callable[[str], bool] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split positional arguments into (inputs, names), whatever order they were given in.

    An argument that is an existing file or ends with a document suffix is an input;
    the others are names. Raises UsageError when the names do not number ``n_names``.
    """
    exists = exists or os.path.exists
    inputs = tuple(a for a in args if exists(a) or a.lower().endswith(INPUT_SUFFIXES))
    names = tuple(a for a in args if a not in inputs)
    if len(names) != n_names:
        want = "one unit name" if n_names == 1 else f"{n_names} unit names"
        got = "、".join(names) if names else "none"
        raise UsageError(f"expected {want} besides the input files, got {len(names)} ({got})")
    return inputs, names


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


@lru_cache(maxsize=8)
def _cached_build(
    inputs: tuple[str, ...], stamps: tuple, alias_path: str | None, alias_stamp, strict: bool, keep_going: bool = False
):
    from reformgraph.loaders.pipeline import build_from_paths

    return build_from_paths(inputs, alias_path=alias_path, strict=strict, keep_going=keep_going)


def load_inputs(
    inputs: Sequence[str], alias_path: str | None = None, *, strict: bool = False, keep_going: bool = False
):
    """Build (or read) the graph of the command's INPUT... (the bundled document when empty).

    Builds are cached for the process, keyed on each path with its modification time and size.
    With ``keep_going`` unreadable inputs are left out (``result.failures``).
    """
    from reformgraph.resources import bundled_document

    paths = tuple(inputs) or (str(bundled_document()),)
    return _cached_build(
        paths,
        tuple(_stamp(p) for p in paths),
        alias_path,
        _stamp(alias_path) if alias_path else None,
        strict,
        keep_going,
    )


def resolve_unit_name(G, name: str, alias_path: str | None):
    """The node id of the unit ``name`` names in ``G`` (alias table, abbreviations, suggestions)."""
    from reformgraph.aliases import load_alias_table
    from reformgraph.errors import AliasTableError
    from reformgraph.metrics import resolve_unit

    try:
        table = load_alias_table(alias_path)
    except AliasTableError:
        table = None  # a graph JSON needs no alias table; names still resolve against the graph
    return resolve_unit(G, name, aliases=table)


def emit_json(obj: Any, out: TextIO | None = None) -> None:
    """Print ``obj`` as one JSON document (UTF-8 text, not ASCII-escaped)."""
    (out or sys.stdout).write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    """Print ``rows`` as a terminal table (CJK-aligned), CSV, or JSON."""
    out = out or sys.stdout
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        emit_json(list(rows), out)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in columns})
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(title=Text(title) if title else None, show_lines=False)
        for col in columns:
            table.add_column(Text(col), overflow="fold")
        for row in rows:
            table.add_row(*(Text(_cell(row.get(c))) for c in columns))  # Text: markup in documents stays text
        width = None if out.isatty() else 200
        Console(file=out, width=width, soft_wrap=False).print(table)


def emit_sections(
    fmt: str,
    sections: Sequence[tuple[str, Sequence[dict], str]],
    *,
    extra: dict | None = None,
    columns: dict[str, Sequence[str]] | None = None,
    empty: bool = False,
) -> None:
    """Print several named tables: tables, CSV blocks headed ``# name``, or one JSON object.

    ``sections`` are (name, rows, title); ``empty`` prints "title: none" for an empty table.
    """
    columns = columns or {}
    if fmt == "json":
        emit_json({**(extra or {}), **{name: list(rows) for name, rows, _ in sections}})
        return
    for i, (name, rows, title) in enumerate(sections):
        if fmt == "csv":
            if i:
                click.echo("")
            click.echo(f"# {name}")
            emit(rows, "csv", columns=columns.get(name))
        elif rows:
            emit(rows, "table", title=title, columns=columns.get(name))
        elif empty:
            click.echo(f"{title}: none")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)

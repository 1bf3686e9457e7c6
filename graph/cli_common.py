"""What every CLI command shares: the INPUT... argument, --format, and output.

Command modules (``graph/cli.py``, ``graph/cli_metrics.py``, ``cypher/cli.py``,
``graph/cli_export.py``) use these decorators so options mean the same thing
everywhere.

>>> import io
>>> buf = io.StringIO()
>>> emit([{"unit": "市财政局", "lead": 3}], "csv", out=buf)
>>> buf.getvalue().splitlines()
['unit,lead', '市财政局,3']
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TextIO

import click

from graph.pipeline import BUNDLED_DOCUMENT, BuildResult, build_from_paths

FORMATS = ("table", "csv", "json")


def inputs_argument(func: Callable) -> Callable:
    """``INPUT...``: documents or graph JSON files; none means the bundled document."""
    func = click.option(
        "--aliases", "alias_path", type=click.Path(dir_okay=False), default=None,
        help="Alias table CSV (default: data/aliases.csv).",
    )(func)
    return click.argument("inputs", nargs=-1, type=click.Path())(func)


def format_option(func: Callable) -> Callable:
    """``--format table|csv|json`` (table by default)."""
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
        help="Output format.",
    )(func)


@lru_cache(maxsize=8)
def _cached_build(inputs: tuple[str, ...], alias_path: str | None) -> BuildResult:
    return build_from_paths(inputs, alias_path=alias_path)


def load_inputs(inputs: Sequence[str], alias_path: str | None = None) -> BuildResult:
    """Build (or read) the graph for the command's INPUT... (bundled document when empty)."""
    paths = tuple(inputs) or (str(BUNDLED_DOCUMENT),)
    return _cached_build(paths, alias_path)


def emit(rows: Sequence[dict[str, Any]], fmt: str, *, columns: Sequence[str] | None = None,
         title: str | None = None, out: TextIO | None = None) -> None:
    """Print ``rows`` as a terminal table (CJK-aligned), CSV, or JSON."""
    out = out or sys.stdout
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in columns})
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        width = None if out.isatty() else 200
        Console(file=out, width=width, soft_wrap=False).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)


def capture(fn: Callable[[TextIO], None]) -> str:
    """Run ``fn(out)`` and return what it wrote (for tests and the explorer)."""
    buf = io.StringIO()
    fn(buf)
    return buf.getvalue()

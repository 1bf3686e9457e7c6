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
>>> printable("市财政局\\x1b[31m\\nRED")
'市财政局\\\\x1b[31m\\\\nRED'
"""

from __future__ import annotations

import math
import os
import stat
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TextIO

import click

from reformgraph.errors import DocumentError, UsageError
from reformgraph.textwidth import display_width

FORMATS = ("table", "csv", "json")
#: Terminal tables show at most this many rows and count the rest (CSV and JSON print every row).
TABLE_MAX_ROWS = 1000
#: Longer terminal tables are printed as plain aligned text (a box-drawn table costs about 1 ms a row).
RICH_TABLE_ROWS = 200
#: Characters of a long text (a title, a measure) shown in a terminal table cell; CSV and JSON keep it whole.
TABLE_TEXT = 40
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
    ".odt",
    ".ods",
    ".mht",
    ".mhtml",
)


# Characters that would act on the terminal instead of being shown: C0 and C1 controls (ESC starts colour,
# cursor and hyperlink sequences; CR overwrites a line), DEL, and the bidirectional overrides that reorder text.
_CONTROLS = {
    **{c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))},
    **{c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    0x0A: "\\n",
    0x0D: "\\r",
}
_CONTROLS_ONE_LINE = {k: v for k, v in _CONTROLS.items() if k != 0x09}
_CONTROLS_MULTILINE = {k: v for k, v in _CONTROLS_ONE_LINE.items() if k != 0x0A}
MAX_LINE = 2000  # characters of one printed message (an error quoting a 5 MB line stays readable)


def printable(text: object, *, multiline: bool = False) -> str:
    """``text`` safe to print on a terminal: control characters shown as escapes (``\\x1b``, ``\\n``).

    Text from documents and graph files is data: it must never move the cursor,
    colour the screen, open a hyperlink or add a line to a one-line message.
    ``multiline`` keeps newlines (table cells).
    """
    return str(text).translate(_CONTROLS_MULTILINE if multiline else _CONTROLS_ONE_LINE)


def one_line(text: object) -> str:
    """``printable(text)``, cut to ``MAX_LINE`` characters."""
    return shorten(printable(text), MAX_LINE)


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, the last of them "…" when anything was cut.

    >>> shorten("市市场监管局", 4), shorten("市财政局", 4)
    ('市市场…', '市财政局')
    """
    return text if len(text) <= width else text[: width - 1] + "…"


def say(text: str, *, err: bool = False) -> None:
    """Echo one line holding user text (names, warnings, paths) with control characters escaped."""
    click.echo(printable(text), err=err)


def aliases_option(func: Callable) -> Callable:
    """``--aliases PATH``: an alias table CSV (default: the packaged one)."""
    return click.option(
        "--aliases",
        "alias_path",
        type=click.Path(),
        default=None,
        help="Alias table CSV (surface,canonical,category; default: the packaged table).",
    )(func)


def inputs_argument(func: Callable) -> Callable:
    """``INPUT...`` (documents or graph JSON files; none means the bundled document) and ``--aliases``."""
    return click.argument("inputs", nargs=-1, type=click.Path())(aliases_option(func))


def columns_option(func: Callable) -> Callable:
    """``--columns SPEC``: the user's names of the tables' columns (``loaders.column_spec``), read into a
    ``ColumnSpec`` (a bad spec: click's one-line usage error)."""

    def read(ctx, param, value):
        if value is None:
            return None
        from reformgraph.errors import ColumnSpecError
        from reformgraph.loaders.column_spec import parse_columns

        try:
            return parse_columns(value)
        except ColumnSpecError as exc:
            raise click.BadParameter(str(exc).removeprefix("--columns: "), ctx=ctx, param=param) from None

    return click.option(
        "--columns",
        "columns",
        metavar="SPEC",
        default=None,
        callback=read,
        help="Name the columns of tables whose headers are not recognised: HEADER=ROLE items (主办=牵头,协办=配合,"
        "办结时间=时限), or N=ROLE by column number for a table with no header row (2=任务,4=牵头). Roles: 任务/task, "
        "牵头/lead, 配合/support, 责任/responsible, 时限/deadline, 序号/number, 类别/section, 内容/detail, 备注/other.",
    )(func)


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


SEED = click.IntRange(0, 2**32 - 1)  # what numpy's and Python's generators accept alike


class FiniteFloatRange(click.FloatRange):
    """A FloatRange that also refuses nan (which compares false with every bound) and ±inf."""

    def convert(self, value, param, ctx):
        rv = super().convert(value, param, ctx)
        if not math.isfinite(rv):
            self.fail(f"{rv} is not a finite number", param, ctx)
        return rv


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


_whole_process = False


def run_as_whole_process() -> None:
    """Say the command owns this process until it ends (the console script): graphs it loads are then frozen.

    A metric command on a 100-document graph allocates millions of objects after loading it, and each full
    collection they set off walked the whole graph again: three of them, 0.5 s of a 4.5 s ``bottlenecks``.
    Once loaded, the graph is moved out of the collector's sight (``gc.freeze()``): reference counting is all
    it needs (it holds no cycles), and the process ends without freeing it anyway (``reformgraph.cli.main``).
    Commands run in-process (CliRunner, a library caller) leave the collector as it is.
    """
    global _whole_process
    _whole_process = True


@lru_cache(maxsize=8)
def _cached_build(
    inputs: tuple[str, ...],
    stamps: tuple,
    alias_path: str | None,
    alias_stamp,
    strict: bool,
    keep_going: bool = False,
    columns=None,
):
    from reformgraph.loaders.pipeline import build_from_paths

    return build_from_paths(inputs, alias_path=alias_path, strict=strict, keep_going=keep_going, columns=columns)


def input_paths(inputs: Sequence[str]) -> tuple[str, ...]:
    """The paths a command reads: its INPUT..., or the bundled document when none is given."""
    from reformgraph.resources import bundled_document

    return tuple(inputs) or (str(bundled_document()),)


def check_input_file(path: str, what: str = "a document or a graph JSON file") -> None:
    """Raise DocumentError (one line) unless ``path`` is a regular file: checked before anything reads it.

    A pipe or a device (``/dev/zero``) would block or never end; a directory, a
    missing file, a symlink loop or a name too long fail here with what is wrong.
    """
    if not path:
        raise UsageError("an empty file name was given as an input")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise DocumentError("no such file", path=path) from None
    except (OSError, ValueError) as exc:  # ELOOP, ENAMETOOLONG, EACCES …; ValueError: a NUL in the name
        raise DocumentError(f"cannot read ({getattr(exc, 'strerror', None) or exc})", path=path) from None
    if stat.S_ISDIR(mode):
        raise DocumentError(f"is a directory, expected {what}", path=path)
    if not stat.S_ISREG(mode):
        raise DocumentError(f"not a regular file (a pipe, device or socket), expected {what}", path=path)


def guard_output(
    out: str | None,
    inputs: Sequence[str],
    *,
    option: str,
    alias_path: str | None = None,
    files: Sequence[str] = (),
) -> None:
    """Refuse an output before anything is read or written (``out`` None: no output asked for).

    Refused: an empty name; a path that is, or links to, an input, the alias
    table or the bundled document; a path inside a file; a folder without write
    permission; an existing folder where a file is expected. ``files`` are the
    names written inside ``out`` when it is a folder (the CSV tables).
    """
    from reformgraph.files import check_writable_target, refuse_input_overwrite

    if out is None:
        return
    if not out.strip():
        raise UsageError(f"{option} was given an empty file name")
    sources = [*input_paths(inputs), *([alias_path] if alias_path else [])]
    for target in [os.path.join(out, name) for name in files] or [out]:
        refuse_input_overwrite(target, sources)
        check_writable_target(target)


def load_inputs(
    inputs: Sequence[str],
    alias_path: str | None = None,
    *,
    strict: bool = False,
    keep_going: bool = False,
    columns=None,
):
    """Build (or read) the graph of the command's INPUT... (the bundled document when empty).

    Every path is checked first (:func:`check_input_file`). Builds are cached for
    the process, keyed on each path with its modification time and size.
    With ``keep_going`` unreadable inputs are left out (``result.failures``).
    """
    from dataclasses import replace

    from reformgraph.errors import ReformGraphError

    if alias_path is not None:
        check_input_file(alias_path, "an alias table CSV")
    paths, failures = [], []
    for path in input_paths(inputs):
        try:
            check_input_file(path)
        except ReformGraphError as exc:
            if not keep_going:
                raise
            failures.append(exc)
        else:
            paths.append(path)
    if not paths:
        raise failures[0]
    result = _cached_build(
        tuple(paths),
        tuple(_stamp(p) for p in paths),
        alias_path,
        _stamp(alias_path) if alias_path else None,
        strict,
        keep_going,
        columns,
    )
    if _whole_process:
        import gc

        gc.freeze()  # the graph lives until the process ends: see run_as_whole_process
    if not failures:
        return result
    every = input_paths(inputs)  # report the failures in the order the inputs were given

    def position(message: str) -> int:
        return next((i for i, p in enumerate(every) if message.startswith(f"{p}:")), len(every))

    return replace(result, failures=tuple(sorted((*map(str, failures), *result.failures), key=position)))


def alias_table_if_readable(alias_path: str | None):
    """The alias table (``None``: the packaged one), or None when it cannot be read.

    A graph JSON needs no alias table: names still resolve against the graph.
    """
    from reformgraph.aliases import load_alias_table
    from reformgraph.errors import AliasTableError

    try:
        return load_alias_table(alias_path)
    except AliasTableError:
        return None


def resolve_unit_name(G, name: str, alias_path: str | None):
    """The node id of the unit ``name`` names in ``G`` (alias table, abbreviations, suggestions)."""
    from reformgraph.metrics import resolve_unit

    return resolve_unit(G, name, aliases=alias_table_if_readable(alias_path))


def resolve_chain_ends(G, source: str, target: str, alias_path: str | None) -> tuple[str, str]:
    """The node ids of a chain's two units; NoChainError when both names mean the same unit."""
    from reformgraph.errors import NoChainError

    a, b = resolve_unit_name(G, source, alias_path), resolve_unit_name(G, target, alias_path)
    if a == b:
        raise NoChainError(f"{G.nodes[a]['name']} and {G.nodes[b]['name']} are the same unit")
    return a, b


def emit_json(obj: Any, out: TextIO | None = None) -> None:
    """Print ``obj`` as one JSON document (UTF-8 text, not ASCII-escaped)."""
    import json  # imported where used: most commands never print JSON

    (out or sys.stdout).write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
    limit: int | None = TABLE_MAX_ROWS,
) -> None:
    """Print ``rows`` as a terminal table (CJK-aligned), CSV, or JSON.

    A terminal table shows at most ``limit`` rows and then says how many it
    left out (CSV and JSON print every row); past ``RICH_TABLE_ROWS`` rows it
    is printed as plain aligned text, which costs a thousandth of a box-drawn
    table's time.
    """
    out = out or sys.stdout
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        emit_json(list(rows), out)
    elif fmt == "csv":
        import csv  # imported where used, as json above

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(row.get(k)) for k in columns] for row in rows)
    else:
        shown = rows[:limit] if limit else rows
        if len(shown) <= RICH_TABLE_ROWS:
            _rich_table(shown, columns, title, out)
        else:
            _plain_table(shown, columns, title, out)
        if len(shown) < len(rows):
            out.write(
                f"… {len(rows) - len(shown):,} more rows not shown (of {len(rows):,}); "
                "--format csv or --format json prints them all\n"
            )


def _rich_table(rows: Sequence[dict[str, Any]], columns: list[str], title: str | None, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Text (never a markup string) and printable(): [/x], [link=…] and escape sequences in documents stay text
    table = Table(title=Text(printable(title)) if title else None, show_lines=False)
    for col in columns:
        table.add_column(Text(printable(col)), overflow="fold")
    for row in rows:
        table.add_row(*(Text(printable(_cell(row.get(c)), multiline=True)) for c in columns))
    width = None if out.isatty() else 200

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1; the command line exits 141 quietly, as for CSV
            raise BrokenPipeError

    PipeConsole(file=out, width=width, soft_wrap=False).print(table)


def _plain_table(rows: Sequence[dict[str, Any]], columns: list[str], title: str | None, out: TextIO) -> None:
    """Columns padded to their widest cell (CJK characters count two), two spaces apart; one line a row.

    Cells are printable() (escape sequences in documents stay text) with their white space folded, and cut
    to ``TABLE_TEXT`` characters: one long text (a measure of 1,000 characters) padded every line of a
    23,000-row diff to 4,480 columns. CSV and JSON keep every text whole.
    """
    cells = [[shorten(printable(" ".join(_cell(row.get(c)).split())), TABLE_TEXT) for c in columns] for row in rows]
    widths = [max(map(display_width, column)) for column in zip([printable(c) for c in columns], *cells)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    if title:
        out.write(printable(title) + "\n")
    out.write(line([printable(c) for c in columns]) + "\n" + "  ".join("─" * w for w in widths) + "\n")
    out.write("".join(line(values) + "\n" for values in cells))


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

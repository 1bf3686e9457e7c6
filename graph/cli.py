"""The ``reformgraph`` command line.

Example:
    reformgraph build data/youyang-2022-18-business-environment-reforms.md --json graph.json
    reformgraph stats graph.json
"""

from __future__ import annotations

import sys
from collections import Counter

import click

from graph.cli_common import emit, format_option, inputs_argument, load_inputs
from graph.errors import ReformGraphError
from graph.jsonio import write_graph_json


class ReformGraphGroup(click.Group):
    """A click group that turns every ReformGraphError into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ReformGraphError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=ReformGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reformgraph")
def cli() -> None:
    """ReformGraph: who must work with whom in a reform plan.

    Every command takes INPUT... (documents, or a graph JSON written by
    `build`); with none, the bundled document.
    """


@cli.command()
@inputs_argument
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None,
              help="Write the graph JSON (reformgraph/1) here.")
@click.option("--strict", is_flag=True, help="Fail when the document parses with warnings.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def build(inputs: tuple[str, ...], alias_path: str | None, json_out: str | None,
          strict: bool, quiet: bool) -> None:
    """Parse documents and build one graph.

    Prints counts, parse warnings, unit names the alias table does not know,
    and suspected near-duplicate units. Nothing is written when a document
    cannot be read.

    Example: reformgraph build data/plan.md --json graph.json
    """
    from graph.pipeline import BUNDLED_DOCUMENT, build_from_paths

    result = build_from_paths(list(inputs) or [str(BUNDLED_DOCUMENT)], alias_path=alias_path, strict=strict)
    if json_out:
        write_graph_json(result.graph, json_out)
    if quiet:
        return
    counts = Counter(kind for _, kind in result.graph.nodes(data="kind"))
    click.echo("built: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts))
               + f"; edges {result.graph.number_of_edges()}")
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    if result.unresolved:
        click.echo(f"unit names not in the alias table ({len(result.unresolved)}): "
                   + "、".join(result.unresolved), err=True)
    for a, b, score in result.near_duplicates:
        click.echo(f"near-duplicate units? {a} ~ {b} ({score:.0f}%)", err=True)
    if json_out:
        click.echo(f"wrote {json_out}")


@cli.command()
@inputs_argument
@format_option
@click.option("-n", "top_n", default=10, show_default=True, help="How many top units to list.")
def stats(inputs: tuple[str, ...], alias_path: str | None, fmt: str, top_n: int) -> None:
    """Counts by kind, the units leading and supporting most measures, and warnings.

    Example: reformgraph stats graph.json
    """
    result = load_inputs(inputs, alias_path)
    G = result.graph
    counts = Counter(kind for _, kind in G.nodes(data="kind"))
    rels = Counter(rel for _, _, rel in G.edges(data="rel"))
    rows = [{"what": k, "count": counts[k]} for k in sorted(counts)]
    rows += [{"what": r, "count": rels[r]} for r in sorted(rels)]
    emit(rows, fmt, title="nodes and edges")
    lead = Counter(u for u, _, r in G.edges(data="rel") if r == "LEADS")
    support = Counter(u for u, _, r in G.edges(data="rel") if r == "SUPPORTS")
    units = sorted(set(lead) | set(support), key=lambda u: (-lead[u], -support[u], u))[:top_n]
    emit([{"unit": G.nodes[u]["name"], "category": G.nodes[u]["category"], "lead": lead[u],
           "support": support[u]} for u in units], fmt, title=f"top {top_n} units by measures led")
    if fmt == "table":
        for w in result.warnings:
            click.echo(f"warning: {w}")


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="reformgraph")


# ---- COMMAND MODULES: each adds its commands to `cli` (one line per module) ----
from graph.cli_metrics import register as _register_metrics; _register_metrics(cli)  # noqa: E402,E702
from graph.cli_export import register as _register_export; _register_export(cli)  # noqa: E402,E702
from graph.cli_diff import register as _register_diff; _register_diff(cli)  # noqa: E402,E702
from cypher.cli import register as _register_cypher; _register_cypher(cli)  # noqa: E402,E702


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

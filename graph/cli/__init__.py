"""The ``reformgraph`` command line: one click group whose commands load on first use.

Each command lives at module level in a module of this package, so it can be
imported and tested alone; the group imports a command's module only when that
command runs (``reformgraph top`` never imports the Neo4j driver or matplotlib).
Every :class:`~reformgraph.errors.ReformGraphError` becomes one line on stderr
and exit code 1.

Example:
    reformgraph build plan.md --json graph.json
    reformgraph top graph.json --by betweenness -n 10
"""

from __future__ import annotations

import importlib
import sys

import click

from reformgraph.errors import ReformGraphError

# command name -> "module:attribute" (modules relative to this package)
COMMANDS: dict[str, str] = {
    "build": "build:build",
    "stats": "build:stats",
    "top": "metrics:top",
    "unit": "metrics:unit",
    "chain": "metrics:chain",
    "communities": "metrics:communities",
    "deadlines": "metrics:deadlines",
    "bottlenecks": "metrics:bottlenecks",
    "complexity": "metrics:complexity",
    "export": "export:export_command",
    "diff": "diff:diff",
    "load": "neo4j:load_command",
    "query": "neo4j:query_command",
    "explore": "explore:explore",
    "ledger": "ledger:ledger",
    "lights": "ledger:lights",
}


class ReformGraphGroup(click.Group):
    """A click group with lazily imported commands; every ReformGraphError becomes one line and exit 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        spec = COMMANDS.get(name)
        if spec is None:
            return None
        module, attr = spec.split(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), attr)

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


def main() -> None:
    """Console-script entry point (also ``python -m reformgraph``)."""
    cli(prog_name="reformgraph")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

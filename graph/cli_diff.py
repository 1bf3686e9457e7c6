"""The ``diff`` command: what changed between two plans (two years, or a city and a district).

Example:
    reformgraph diff plan-2024.docx plan-2025.docx
    reformgraph diff city.md district.pdf --unit 区财政局 --format json
"""

from __future__ import annotations

import json

import click

from graph.cli_common import FORMATS, emit, load_inputs

SECTIONS = (
    ("units", "units that gained or lost measures (lead/support, old → new)",
     ("unit", "lead_old", "lead_new", "support_old", "support_new", "delta")),
    ("workplans", "workplans added or removed", ("change", "workplan", "variant", "number", "measures")),
    ("leads", "lead roles that moved", ("workplan", "variant", "old", "new", "lost", "gained")),
    ("deadlines", "deadlines that moved (months > 0: slipped)",
     ("workplan", "measure", "old", "new", "months", "leads")),
)


def register(cli: click.Group) -> None:
    """Add the ``diff`` command to ``cli``."""

    @cli.command()
    @click.argument("old", type=click.Path())
    @click.argument("new", type=click.Path())
    @click.option("--aliases", "alias_path", type=click.Path(dir_okay=False), default=None,
                  help="Alias table CSV (default: data/aliases.csv).")
    @click.option("--unit", "unit_name", default=None, help="Only rows about this unit.")
    @click.option("--out", "out_path", type=click.Path(dir_okay=False), default=None,
                  help="With --unit: also draw the unit's measures per workplan, old beside new (.png/.svg/.pdf).")
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                  help="Output format.")
    def diff(old, new, alias_path, unit_name, out_path, fmt):
        """Compare two plans: units that gained or lost measures, lead roles that moved,
        workplans added or removed, deadlines that slipped.

        OLD and NEW are each a document (any input format) or a graph JSON file.
        Workplans are matched by title, measures by text similarity.

        Example: reformgraph diff plan-2024.docx plan-2025.docx --unit 区财政局 --out czj.png
        """
        from graph.diff import diff_graphs, diff_rows

        G_old = load_inputs((old,), alias_path).graph
        G_new = load_inputs((new,), alias_path).graph
        unit = _resolve(G_old, G_new, unit_name, alias_path) if unit_name else None
        if out_path and not unit:
            raise click.UsageError("--out draws one unit: give --unit too")
        rows = diff_rows(diff_graphs(G_old, G_new, unit=unit))
        if out_path:
            from pathlib import Path

            from graph.diff_image import write_unit_diff_image

            write_unit_diff_image(G_old, G_new, unit, out_path, labels=(Path(old).stem, Path(new).stem))
        if fmt == "json":
            click.echo(json.dumps({"old": old, "new": new, "unit": unit, **rows}, ensure_ascii=False, indent=1))
            return
        for i, (name, title, columns) in enumerate(SECTIONS):
            if fmt == "csv":
                if i:
                    click.echo("")
                click.echo(f"# {name}")
                emit(rows[name], "csv", columns=columns)
            elif rows[name]:
                emit(rows[name], "table", title=title, columns=columns)
            else:
                click.echo(f"{title}: none")


def _resolve(G_old, G_new, name: str, alias_path: str | None) -> str:
    """The canonical unit name, looked up in the new plan, else the old one."""
    from graph.aliases import load_alias_table
    from graph.errors import AliasTableError, UnknownUnitError
    from graph.metrics import resolve_unit

    try:
        table = load_alias_table(alias_path)
    except AliasTableError:
        table = None
    try:
        return G_new.nodes[resolve_unit(G_new, name, aliases=table)]["name"]
    except UnknownUnitError:
        return G_old.nodes[resolve_unit(G_old, name, aliases=table)]["name"]

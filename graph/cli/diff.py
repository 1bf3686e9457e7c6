"""The ``diff`` command: what changed between two plans (two years, or a city and a district).

Example:
    reformgraph diff plan-2024.docx plan-2025.docx
    reformgraph diff city.md district.pdf --unit 区财政局 --format json
"""

from __future__ import annotations

import click

from reformgraph.cli.common import (
    aliases_option,
    emit_sections,
    format_option,
    guard_output,
    load_inputs,
    resolve_unit_name,
)

SECTIONS = (
    (
        "units",
        "units that gained or lost measures (lead/support, old → new)",
        ("unit", "lead_old", "lead_new", "support_old", "support_new", "delta"),
    ),
    (
        "workplans",
        "workplans added, removed or renamed",
        ("change", "workplan", "old_title", "variant", "number", "measures"),
    ),
    (
        "roles",
        "lead and support units that changed, measure by measure",
        ("workplan", "measure", "lead_lost", "lead_gained", "support_lost", "support_gained"),
    ),
    ("measures", "measures added or removed", ("change", "workplan", "measure", "leads", "supports", "deadline")),
    (
        "deadlines",
        "deadlines that moved (months > 0: slipped; empty: one plan gives none)",
        ("workplan", "measure", "old", "new", "months", "leads"),
    ),
)


@click.command()
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@aliases_option
@click.option("--unit", "unit_name", default=None, help="Only rows about this unit.")
@click.option(
    "--out",
    "out_path",
    type=click.Path(),
    default=None,
    help="With --unit: also draw the unit's measures per workplan, old beside new (.png/.svg/.pdf).",
)
@format_option
def diff(old, new, alias_path, unit_name, out_path, fmt):
    """Compare two plans: measures added, removed or handed to other units, deadlines that moved,
    workplans added, removed or renamed, units that gained or lost measures.

    OLD and NEW are each a document (any input format) or a graph JSON file. Measures are
    matched by their text and their units (not by workplan title), so a retitled or renumbered
    workplan hides nothing.

    Example: reformgraph diff plan-2024.docx plan-2025.docx --unit 区财政局 --out czj.png
    """
    from reformgraph.diff import diff_graphs, diff_rows

    if out_path is not None and not unit_name:
        raise click.UsageError("--out draws one unit: give --unit too")
    guard_output(out_path, (old, new), option="--out", alias_path=alias_path)
    G_old = load_inputs((old,), alias_path).graph
    G_new = load_inputs((new,), alias_path).graph
    unit = _resolve(G_old, G_new, unit_name, alias_path) if unit_name else None
    d = diff_graphs(G_old, G_new, unit=unit)
    rows = diff_rows(d)
    if out_path is not None:
        from pathlib import Path

        from reformgraph.render.diff_image import write_unit_diff_image

        drawn = write_unit_diff_image(G_old, G_new, unit, out_path, labels=(Path(old).stem, Path(new).stem))
        click.echo(drawn.summary(out_path), err=True)
    if fmt == "table":
        n_old, n_new = _count(G_old), _count(G_new)
        click.echo(f"measures matched by text and units: {d.matched} (old plan {n_old}, new plan {n_new})")
    emit_sections(
        fmt,
        [(name, rows[name], title) for name, title, _ in SECTIONS],
        extra={"old": old, "new": new, "unit": unit},
        # a diff of graphs of several files names each row's file (diff_rows), first
        columns={
            name: (("document", *cols) if d.several_documents and name != "units" else cols)
            for name, _, cols in SECTIONS
        },
        empty=True,
    )


def _count(G) -> int:
    return sum(1 for _, k in G.nodes(data="kind") if k == "Measure")


def _resolve(G_old, G_new, name: str, alias_path: str | None) -> str:
    """The canonical unit name, looked up in the new plan, else the old one."""
    from reformgraph.errors import UnknownUnitError

    try:
        return G_new.nodes[resolve_unit_name(G_new, name, alias_path)]["name"]
    except UnknownUnitError:
        return G_old.nodes[resolve_unit_name(G_old, name, alias_path)]["name"]

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
    ("workplans", "workplans added or removed", ("change", "workplan", "variant", "number", "measures")),
    ("leads", "lead roles that moved", ("workplan", "variant", "old", "new", "lost", "gained")),
    (
        "deadlines",
        "deadlines that moved (months > 0: slipped)",
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
    """Compare two plans: units that gained or lost measures, lead roles that moved,
    workplans added or removed, deadlines that slipped.

    OLD and NEW are each a document (any input format) or a graph JSON file.
    Workplans are matched by title, measures by text similarity.

    Example: reformgraph diff plan-2024.docx plan-2025.docx --unit 区财政局 --out czj.png
    """
    from reformgraph.diff import diff_graphs, diff_rows

    if out_path is not None and not unit_name:
        raise click.UsageError("--out draws one unit: give --unit too")
    guard_output(out_path, (old, new), option="--out", alias_path=alias_path)
    G_old = load_inputs((old,), alias_path).graph
    G_new = load_inputs((new,), alias_path).graph
    unit = _resolve(G_old, G_new, unit_name, alias_path) if unit_name else None
    rows = diff_rows(diff_graphs(G_old, G_new, unit=unit))
    if out_path is not None:
        from pathlib import Path

        from reformgraph.render.diff_image import write_unit_diff_image

        write_unit_diff_image(G_old, G_new, unit, out_path, labels=(Path(old).stem, Path(new).stem))
    emit_sections(
        fmt,
        [(name, rows[name], title) for name, title, _ in SECTIONS],
        extra={"old": old, "new": new, "unit": unit},
        columns={name: cols for name, _, cols in SECTIONS},
        empty=True,
    )


def _resolve(G_old, G_new, name: str, alias_path: str | None) -> str:
    """The canonical unit name, looked up in the new plan, else the old one."""
    from reformgraph.errors import UnknownUnitError

    try:
        return G_new.nodes[resolve_unit_name(G_new, name, alias_path)]["name"]
    except UnknownUnitError:
        return G_old.nodes[resolve_unit_name(G_old, name, alias_path)]["name"]

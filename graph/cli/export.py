"""The ``export`` command: briefing images, offline HTML, and files for Gephi, Excel and Neo4j.

A thin shell over :func:`reformgraph.render.export.export`. It prints one line
saying what it wrote and drew — nodes, edges, labels drawn, labels hidden,
overlapping label pairs, texts cut at the slide's edge when there are any — and
the notes (what was summarised or left out) on stderr.

Example:
    reformgraph export --unit 市市场监管局 --format png --out smj.png
    reformgraph export --format gexf --out all.gexf
"""

from __future__ import annotations

import click

from reformgraph.cli.common import (
    SEED,
    guard_output,
    inputs_argument,
    load_inputs,
    resolve_chain_ends,
    resolve_unit_name,
    say,
)
from reformgraph.render.export import COLOUR_BY, FORMATS, SIZE_BY, VIEWS
from reformgraph.view_model import LANGS


def _cypher_script(*, include_people: bool, include_contacts: bool):
    """The Cypher script writer, keeping what the export kept (it has filtered and masked the graph already)."""
    from reformgraph.cypher.script import graph_to_cypher_script

    return lambda H: graph_to_cypher_script(H, include_people=include_people, include_contacts=include_contacts)


@click.command("export")
@inputs_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from the --out suffix; csv when --out is a directory).",
)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(),
    help="File to write (a directory for --format csv: units.csv and measures.csv).",
)
@click.option("--unit", default=None, help="Export this unit's neighbourhood (name, alias or abbreviation).")
@click.option(
    "--depth",
    default=0,
    show_default=True,
    type=click.IntRange(0, 3),
    help="With --unit: 0 = the unit and its partner units (who works with it); 1–3 = hops through "
    "its workplans, measures and other nodes.",
)
@click.option(
    "--chain",
    nargs=2,
    default=None,
    metavar="FROM TO",
    help="Export the shortest coordination chain between two units.",
)
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="coordination",
    show_default=True,
    help="Network-wide view when neither --unit nor --chain is given.",
)
@click.option(
    "--size-by",
    type=click.Choice(SIZE_BY),
    default=None,
    help="Node size: connections in the view (default for --unit) or a unit metric "
    "(load is the default for the coordination view).",
)
@click.option(
    "--colour-by",
    "colour_by",
    type=click.Choice(COLOUR_BY),
    default="kind",
    show_default=True,
    help="Node colour: kind (unit category in network views) or community.",
)
@click.option(
    "--max-nodes",
    default=60,
    show_default=True,
    type=click.IntRange(5, 500),
    help="Summarise views larger than this (measures grouped by workplan, then the weakest folded).",
)
@click.option("--dpi", default=200, show_default=True, type=click.IntRange(200, 600), help="PNG resolution.")
@click.option(
    "--layout-seed",
    "--seed",
    "layout_seed",
    default=7,
    show_default=True,
    type=SEED,
    help="Layout seed: same seed, same picture (--seed is the old name).",
)
@click.option(
    "--lang",
    type=click.Choice(LANGS),
    default="both",
    show_default=True,
    help="Language of titles, legends and notes: zh, en, or both (中文 English).",
)
@click.option("--include-contacts", is_flag=True, help="Include phone numbers (left out by default).")
@click.option("--include-people", is_flag=True, help="Include people's names (left out by default).")
def export_command(
    inputs: tuple[str, ...],
    alias_path: str | None,
    fmt: str | None,
    out: str,
    unit: str | None,
    depth: int,
    chain: tuple[str, str] | None,
    view: str,
    size_by: str | None,
    colour_by: str,
    max_nodes: int,
    dpi: int,
    layout_seed: int,
    lang: str,
    include_contacts: bool,
    include_people: bool,
) -> None:
    """Export a view as PNG/SVG/PDF/HTML, or the whole graph as GraphML/GEXF/CSV/Cypher.

    Images are slide-sized (16:9) with a title, legends and a footer naming the
    source document; HTML is one offline file. Phone numbers and people's names
    stay out unless --include-contacts / --include-people are given.

    Example: reformgraph export --unit 市市场监管局 --format html --out smj.html
    """
    from reformgraph.render.export import ViewRequest, export, format_for
    from reformgraph.render.interchange import CSV_FILES

    files = CSV_FILES if format_for(out, fmt) == "csv" else ()
    guard_output(out, inputs, option="--out", alias_path=alias_path, files=files)
    G = load_inputs(inputs, alias_path).graph
    unit_id = resolve_unit_name(G, unit, alias_path) if unit else None
    chain_ids = resolve_chain_ends(G, *chain, alias_path) if chain else None
    request = ViewRequest(
        unit=unit_id,
        depth=depth,
        chain=chain_ids,
        view=view,
        size_by=size_by,
        colour_by=colour_by,
        max_nodes=max_nodes,
        include_people=include_people,
        include_contacts=include_contacts,
        lang=lang,
    )
    report = export(
        G,
        out,
        fmt,
        request=request,
        dpi=dpi,
        seed=layout_seed,
        inputs=inputs,
        cypher_script=_cypher_script(include_people=include_people, include_contacts=include_contacts),
    )
    for note in report.notes:
        say(f"note: {note}", err=True)
    for warning in report.warnings:
        say(f"warning: {warning}", err=True)
    say(report.summary())

"""The ``build`` and ``stats`` commands: documents to one graph, and what is in it.

Example:
    reformgraph build plan.docx --json graph.json
    reformgraph stats graph.json --format json
"""

from __future__ import annotations

from collections import Counter

import click

from reformgraph.cli.common import (
    columns_option,
    emit_sections,
    format_option,
    guard_output,
    inputs_argument,
    load_inputs,
    say,
    top_n_option,
)


@click.command()
@inputs_argument
@click.option(
    "--json",
    "json_out",
    type=click.Path(),
    default=None,
    help="Write the graph JSON (reformgraph/1) here.",
)
@click.option("--strict", is_flag=True, help="Fail when the document parses with warnings.")
@click.option(
    "--keep-going",
    "-k",
    is_flag=True,
    help="Leave out documents that cannot be read (each reported with its reason), build the rest, exit 1.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@columns_option
def build(
    inputs: tuple[str, ...],
    alias_path: str | None,
    json_out: str | None,
    strict: bool,
    keep_going: bool,
    quiet: bool,
    columns=None,
) -> None:
    """Parse documents and build one graph.

    Prints counts, parse warnings, the plans whose place is unknown beside
    plans of several places, unit names the alias table does not know,
    and suspected near-duplicate units. Nothing is written when a document
    cannot be read, unless --keep-going: then the others are built (and written),
    each unreadable one is reported with its reason, and the exit code is 1.

    Example: reformgraph build a.md b.docx c.pdf --keep-going --json graph.json

    Example: reformgraph build 台账.xlsx --columns "主办=牵头,协办=配合,办结时间=时限"
    """
    from reformgraph.jsonio import write_graph_json

    guard_output(json_out, inputs, option="--json", alias_path=alias_path)
    result = load_inputs(inputs, alias_path, strict=strict, keep_going=keep_going, columns=columns)
    for failure in result.failures:
        say(f"error: {failure}", err=True)
    if json_out is not None:
        write_graph_json(result.data, json_out)  # result.data: networkx is never imported by `build`
    if quiet:
        if result.failures:
            raise SystemExit(1)
        return
    counts = result.data.kind_counts()
    click.echo(
        "built: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)) + f"; edges {result.data.number_of_edges()}"
    )
    for w in result.warnings:
        say(f"warning: {w}", err=True)
    if unplaced := result.unplaced:  # round 78: one line, never a guess
        say(
            f"warning: {len(unplaced)} plan(s) name no place of their own in title or issuer: their 区X / 县X / 市X "
            f"keep the names as written, apart from the other plans' (shown with their places): {', '.join(unplaced)}",
            err=True,
        )
    if result.unresolved:
        say(f"unit names not in the alias table ({len(result.unresolved)}): " + "、".join(result.unresolved), err=True)
    for a, b, score in result.near_duplicates:
        say(f"near-duplicate units? {a} ~ {b} ({score:.0f}%)", err=True)
    if json_out is not None:
        say(f"wrote {json_out}")
    if result.failures:
        raise SystemExit(1)


@click.command()
@inputs_argument
@format_option
@top_n_option(10)
def stats(inputs: tuple[str, ...], alias_path: str | None, fmt: str, top_n: int) -> None:
    """Counts by kind, the units leading and supporting most measures, and warnings.

    Example: reformgraph stats graph.json
    """
    result = load_inputs(inputs, alias_path)
    G = result.graph
    counts = Counter(kind for _, kind in G.nodes(data="kind"))
    rels = Counter(rel for _, _, rel in G.edges(data="rel"))
    totals = [{"what": k, "count": counts[k]} for k in sorted(counts)]
    totals += [{"what": r, "count": rels[r]} for r in sorted(rels)]
    lead = Counter(u for u, _, r in G.edges(data="rel") if r == "LEADS")
    support = Counter(u for u, _, r in G.edges(data="rel") if r == "SUPPORTS")
    units = sorted(set(lead) | set(support), key=lambda u: (-lead[u], -support[u], u))[:top_n]
    top = [
        {"unit": G.nodes[u]["name"], "category": G.nodes[u]["category"], "lead": lead[u], "support": support[u]}
        for u in units
    ]
    emit_sections(
        fmt,
        [("counts", totals, "nodes and edges"), ("top_units", top, f"top {top_n} units by measures led")],
        extra={"warnings": list(result.warnings)} if fmt == "json" else None,
    )
    if fmt == "table":
        for w in result.warnings:
            say(f"warning: {w}")

"""Metric commands: top, unit, chain, communities, deadlines, bottlenecks, complexity.

Thin shells over ``reformgraph.metrics``: resolve the input, call one pure
function, print rows with ``emit``.

Example:
    reformgraph top --by betweenness -n 10
    reformgraph unit 市场监管局
    reformgraph chain 市财政局 市高法院 --format json
"""

from __future__ import annotations

from collections.abc import Callable

import click

from reformgraph.cli.common import (
    SEED,
    TABLE_TEXT,
    FiniteFloatRange,
    emit,
    emit_json,
    emit_sections,
    format_option,
    include_collective_option,
    inputs_argument,
    load_inputs,
    resolve_chain_ends,
    resolve_unit_name,
    say,
    shorten,
    split_names,
    top_n_option,
)


def _weighted(func: Callable) -> Callable:
    return click.option(
        "--weighted", is_flag=True, help="Betweenness with hop length 1/shared measures instead of hop count."
    )(func)


def _graph(inputs: tuple[str, ...], alias_path: str | None):
    return load_inputs(inputs, alias_path).graph


def _measure_ref(G, m: str) -> str:
    d = G.nodes[m]
    return f"{d.get('workplan')}#{d.get('seq')}" + (f" (line {d['line']})" if d.get("line") else "")


@click.command()
@inputs_argument
@format_option
@click.option(
    "--by",
    type=click.Choice(["load", "lead", "support", "betweenness", "partners"]),
    default="load",
    show_default=True,
    help="What to rank by.",
)
@top_n_option(20)
@include_collective_option
@_weighted
def top(inputs, alias_path, fmt, by, top_n, include_collective, weighted):
    """Rank units by weighted load, measures led or supported, betweenness or partners.

    load = 2 x led + 1 x supported measures; betweenness = share of shortest
    coordination chains through the unit (0..1); partners = distinct units
    sharing a measure (--weighted: hop length 1/shared measures). Collective
    units are listed apart, after the ranking (table format only), unless
    --include-collective.

    Example: reformgraph top --by betweenness -n 10
    """
    from reformgraph.metrics import collective_loads, is_collective, keep_units, measure_roles, part_of, top_units

    G = _graph(inputs, alias_path)
    everyone = measure_roles(G, include_collective=True)  # once, for the ranking and the collective units
    roles = everyone if include_collective else keep_units(everyone, lambda u: not is_collective(G, u))
    parents = part_of(G)  # also once, for the ranking and the collective units
    n = top_n or None
    ranked = top_units(
        G, by=by, n=n, include_collective=include_collective, weighted=weighted, roles=roles, parents=parents
    )
    rows = [
        {
            "rank": r.rank,
            "unit": r.name,
            "category": r.category,
            "lead": r.load.lead,
            "support": r.load.support,
            "load": r.load.weighted,
            "partners": r.load.partners,
            "workplans": r.load.workplans,
            "reforms": r.load.reforms,
            "share": round(r.load.share, 4),
        }
        for r in ranked
    ]
    if by == "betweenness":
        for row, r in zip(rows, ranked):
            row["betweenness"] = round(r.value, 4)
    emit(rows, fmt, title=f"top {len(rows)} units by {by}")
    if fmt == "table":
        if not include_collective:
            coll = collective_loads(G, everyone, parents=parents)
            if coll:
                emit(
                    [
                        {
                            "unit": u.name,
                            "lead": u.lead,
                            "support": u.support,
                            "load": u.weighted,
                            "share": round(u.share, 4),
                        }
                        for u in coll
                    ],
                    "table",
                    title="collective units (not ranked; --include-collective ranks them)",
                )
        click.echo(
            "load = 2 x lead + 1 x support; share = fraction of all measures the unit takes part in"
            + (
                "; betweenness = share of shortest coordination chains between other units passing through it"
                if by == "betweenness"
                else ""
            )
        )


@click.command()
@inputs_argument
@click.argument("name")
@format_option
@include_collective_option
@_weighted
def unit(inputs, alias_path, name, fmt, include_collective, weighted):
    """Profile one unit: load, bottleneck numbers, community, partners, workplans, deadlines.

    NAME is a unit name, an alias, or an abbreviation contained in exactly
    one unit name (市场监管局 -> 市市场监管局); otherwise the error suggests
    names. Table and CSV print one section after another (CSV sections
    start with a "# name" line); JSON prints one object.

    Example: reformgraph unit 市市场监管局
    """
    from reformgraph.metrics import unit_profile

    inputs, (name,) = split_names(inputs + (name,), 1)
    G = _graph(inputs, alias_path)
    uid = resolve_unit_name(G, name, alias_path)
    p = unit_profile(G, uid, include_collective=include_collective, weighted=weighted)
    load, b, c = p.load, p.bottleneck, p.community
    peak = min(p.months, key=lambda m: (-m.total, m.month), default=None)
    summary = {
        "unit": load.name,
        "category": load.category,
        "lead": load.lead,
        "support": load.support,
        "load": load.weighted,
        "workplans": load.workplans,
        "reforms": load.reforms,
        "partners": len(p.partners),
        "share": round(load.share, 4),
        "betweenness": round(b.betweenness, 4) if b else None,
        "articulation": b.articulation if b else None,
        "cut_off": b.cut_off if b else None,
        "dependents": b.dependents if b else None,
        "community": c.index if c else None,
        "community_size": c.size if c else None,
        "community_central": c.central_name if c else None,
        "peak_month": peak.month if peak else None,
        "peak_measures": peak.total if peak else None,
    }
    partners = [
        {
            "partner": q.name,
            "category": q.category,
            "shared": q.shared,
            "they_lead": q.as_lead_of_this,
            "they_support": q.as_support_of_this,
        }
        for q in p.partners
    ]
    workplans = [
        {
            "workplan": w.number,
            "title": w.title if fmt != "table" else shorten(w.title, TABLE_TEXT),
            "lead": w.lead,
            "support": w.support,
            "responsible": w.responsible,
        }
        for w in p.workplans
    ]
    months = [{"month": m.month, "lead": m.lead, "support": m.support, "total": m.total} for m in p.months]
    if fmt == "table":
        emit([{"what": k, "value": v} for k, v in summary.items()], "table", title=load.name)
        click.echo(
            "betweenness: share of shortest coordination chains through the unit; articulation: "
            "removing it splits the coordination graph, cutting off cut_off units; dependents: "
            "distinct lead units it supports"
        )
    emit_sections(
        fmt,
        ([("summary", [summary], "")] if fmt == "csv" else [])
        + [
            ("partners", partners, "partners (shared measures)"),
            ("workplans", workplans, "workplans involved"),
            ("deadlines", months, "measures due per month"),
        ],
        extra={"summary": summary},
    )


@click.command()
@inputs_argument
@click.argument("source")
@click.argument("target")
@format_option
@include_collective_option
def chain(inputs, alias_path, source, target, fmt, include_collective):
    """The shortest coordination chain between two units, with the measures behind each hop.

    Two units are one hop apart when they share a measure. When several
    shortest chains exist the first in name order is shown, with their count.

    Example: reformgraph chain 市财政局 市高法院
    """
    from reformgraph.metrics import shortest_chain

    inputs, (source, target) = split_names(inputs + (source, target), 2)
    G = _graph(inputs, alias_path)
    a, b = resolve_chain_ends(G, source, target, alias_path)
    c = shortest_chain(G, a, b, include_collective=include_collective)
    rows = [
        {
            "hop": i,
            "from": h.source_name,
            "to": h.target_name,
            "shared": len(h.measures),
            "measures": [_measure_ref(G, m) for m in h.measures],
        }
        for i, h in enumerate(c.hops, 1)
    ]
    if fmt == "json":
        emit_json(
            {
                "units": list(c.names),
                "length": c.length,
                "shortest_chains": c.count,
                "hops": [{**r, "measure_ids": list(h.measures)} for r, h in zip(rows, c.hops)],
            }
        )
        return
    if fmt == "table":
        say(" → ".join(c.names) + f"  ({c.length} hop(s); {c.count} shortest chain(s))")
        for r in rows:
            r["measures"] = r["measures"][:8] + (["…"] if len(r["measures"]) > 8 else [])
    emit(
        rows,
        fmt,
        columns=["hop", "from", "to", "shared", "measures"],
        title="measures are workplan#seq (line in the source document)",
    )


@click.command()
@inputs_argument
@format_option
@include_collective_option
@click.option(
    "--louvain-seed",
    "--seed",
    "louvain_seed",
    default=42,
    show_default=True,
    type=SEED,
    help="Louvain random seed (--seed is the old name).",
)
@click.option(
    "--resolution",
    default=1.0,
    show_default=True,
    type=FiniteFloatRange(0, 1000, min_open=True),
    help="Louvain resolution (>1: smaller groups).",
)
def communities(inputs, alias_path, fmt, include_collective, louvain_seed, resolution):
    """Groups of units that work together (Louvain, fixed seed), with modularity and each group's hub.

    central = the member sharing the most measures with fellow members.

    Example: reformgraph communities --format csv
    """
    from reformgraph.metrics import communities as find

    G = _graph(inputs, alias_path)
    part = find(G, include_collective=include_collective, seed=louvain_seed, resolution=resolution)
    rows = [
        {
            "community": c.index,
            "size": c.size,
            "central": c.central_name,
            "internal": c.internal_weight,
            "external": c.external_weight,
            "members": list(c.names),
        }
        for c in part.communities
    ]
    if fmt == "json":
        emit_json(
            {
                "modularity": round(part.modularity, 4),
                "seed": part.seed,
                "resolution": part.resolution,
                "communities": rows,
            }
        )
        return
    emit(rows, fmt, title=f"{len(rows)} communities; modularity {part.modularity:.3f} (seed {louvain_seed})")
    if fmt == "table":
        click.echo(
            "internal/external = shared-measure links inside / leaving the community; "
            "modularity near 0 means no real grouping, above 0.3 clear groups"
        )


@click.command()
@inputs_argument
@format_option
@click.option("--unit", "unit_name", default=None, help="Only this unit.")
@click.option(
    "--as-of",
    "as_of",
    default=None,
    metavar="DATE",
    help="List overdue (not done, deadline before DATE: YYYY-MM-DD or YYYY-MM) and upcoming measures instead.",
)
@click.option(
    "--months",
    default=3,
    show_default=True,
    type=click.IntRange(0, 1200),
    help="With --as-of: how many months ahead (0 to 1200).",
)
@include_collective_option
def deadlines(inputs, alias_path, fmt, unit_name, as_of, months, include_collective):
    """Measures due per unit per month (peak months marked), or with --as-of what is overdue and due soon.

    Example: reformgraph deadlines --as-of 2022-03-31 --months 3
    """
    from reformgraph.metrics import due_within, monthly_load, overdue, parse_date, peaks_of

    G = _graph(inputs, alias_path)
    uid = resolve_unit_name(G, unit_name, alias_path) if unit_name else None
    if as_of is None:
        monthly = monthly_load(G, unit=uid, include_collective=include_collective)
        peaks = peaks_of(monthly)  # each unit's busiest month among the rows: every month of each unit listed
        rows = [
            {
                "unit": r.name,
                "month": r.month,
                "lead": r.lead,
                "support": r.support,
                "total": r.total,
                "peak": peaks.get(r.unit, ("", 0))[0] == r.month,
            }
            for r in monthly
        ]
        emit(
            rows,
            fmt,
            columns=["unit", "month", "lead", "support", "total", "peak"],
            title="measures due per unit per month (peak = the unit's busiest month)",
        )
        return
    day = parse_date(as_of)
    rows = []
    for when, items in (
        ("overdue", overdue(G, day, unit=uid, include_collective=include_collective)),
        ("due", due_within(G, day, months, unit=uid, include_collective=include_collective)),
    ):
        for d in items:
            rows.append(
                {
                    "when": when,
                    "due": d.due,
                    "unit": d.name,
                    "role": d.role,
                    "workplan": d.workplan,
                    "line": d.line,
                    "status": d.status,
                    "measure": shorten(d.text, TABLE_TEXT) if fmt == "table" else d.text,
                }
            )
    emit(
        rows,
        fmt,
        columns=["when", "due", "unit", "role", "workplan", "line", "status", "measure"],
        title=f"as of {day.isoformat()}: overdue, and due within {months} month(s)",
    )
    if fmt == "table" and not rows:
        click.echo("nothing overdue or due in that window")


@click.command()
@inputs_argument
@format_option
@top_n_option(20)
@include_collective_option
@_weighted
def bottlenecks(inputs, alias_path, fmt, top_n, include_collective, weighted):
    """Units others' coordination runs through: betweenness, articulation points, dependents.

    betweenness: share of shortest coordination chains between other units
    that pass through the unit (0..1; chain length in hops, as `chain`
    shows them, or with --weighted 1/shared measures per hop); articulation:
    removing the unit splits the coordination graph, and cut_off units lose
    every chain to the rest; dependents: distinct lead units that rely on it
    as a supporting unit.

    Example: reformgraph bottlenecks -n 10
    """
    from reformgraph.metrics import bottlenecks as find

    rows = [
        {
            "unit": b.name,
            "category": b.category,
            "betweenness": round(b.betweenness, 4),
            "articulation": b.articulation,
            "cut_off": b.cut_off,
            "dependents": b.dependents,
        }
        for b in find(_graph(inputs, alias_path), include_collective=include_collective, weighted=weighted)
    ]
    emit(rows[: top_n or None], fmt, title="bottlenecks")
    if fmt == "table":
        click.echo(
            "betweenness = share of shortest coordination chains through the unit; articulation = "
            "removing it splits the graph (cut_off units lose every chain to the rest); "
            "dependents = distinct lead units it supports"
        )


@click.command()
@inputs_argument
@format_option
@click.option("--reforms", is_flag=True, help="Per reform item instead of per workplan.")
@top_n_option(20, "rows")
@include_collective_option
def complexity(inputs, alias_path, fmt, reforms, top_n, include_collective):
    """The most cross-departmental workplans (or reform items): distinct units involved.

    A unit is involved when it leads or supports a measure or is named in the
    workplan's 责任单位 section.

    Example: reformgraph complexity --reforms -n 10
    """
    from reformgraph.metrics import reform_complexity, workplan_complexity

    G = _graph(inputs, alias_path)
    if reforms:
        rows = [
            {"reform": r.number, "units": r.units, "workplans": r.workplans, "measures": r.measures, "title": r.title}
            for r in reform_complexity(G, include_collective=include_collective)
        ]
    else:
        rows = [
            {
                "workplan": w.number,
                "units": w.units,
                "lead_units": w.lead_units,
                "measures": w.measures,
                "title": w.title,
            }
            for w in workplan_complexity(G, include_collective=include_collective)
        ]
    if fmt == "table":
        for r in rows:
            r["title"] = shorten(r["title"], TABLE_TEXT)
    emit(rows[: top_n or None], fmt, title="distinct units per " + ("reform item" if reforms else "workplan"))

"""One entry point for every export format: pick the view, render it, write the file(s).

The CLI (``reformgraph export``) and the explorer's download buttons share this.
Views come from :mod:`graph.views`, metrics from :mod:`graph.metrics`;
rendering from :mod:`graph.html_render`, :mod:`graph.image_render` and
:mod:`graph.interchange`.

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "市财政局", "市税务局")])
>>> v = choose_view(G, unit="市财政局", depth=2)
>>> sorted(n.label for n in v.nodes if n.kind == "Unit")
['市税务局', '市财政局']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from reformgraph.errors import ExportError
from reformgraph.files import write_text_atomic
from reformgraph.views import (
    DEFAULT_MAX_NODES,
    View,
    bottleneck_view,
    chain_view,
    coordination_view,
    unit_neighbourhood,
)

IMAGE_FORMATS = ("png", "svg", "pdf")
VIEW_FORMATS = IMAGE_FORMATS + ("html",)
GRAPH_FORMATS = ("graphml", "gexf", "csv", "cypher")
FORMATS = VIEW_FORMATS + GRAPH_FORMATS
VIEWS = ("coordination", "bottlenecks")
SIZE_BY = ("connections", "load", "betweenness")
COLOUR_BY = ("kind", "community")


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, and anything the user should know (notes, replaced characters)."""

    paths: tuple[Path, ...]
    format: str
    nodes: int
    edges: int
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def metric_sizes(G: nx.MultiDiGraph, size_by: str) -> tuple[dict[str, float] | None, str]:
    """Unit sizes for ``size_by`` (``connections`` → None: size by connections in the view) and a legend label."""
    from reformgraph.metrics import betweenness, unit_load

    if size_by == "connections":
        return None, "连接数 connections in view"
    if size_by == "load":
        return (
            {u: float(r.weighted) for u, r in unit_load(G, include_collective=True).items()},
            "加权负荷 weighted load (牵头×2 + 配合×1)",
        )
    if size_by == "betweenness":
        return betweenness(G), "中介中心性 betweenness"
    raise ExportError(f"unknown --size-by {size_by!r} (expected one of {', '.join(SIZE_BY)})")


def community_groups(G: nx.MultiDiGraph) -> tuple[dict[str, str], str]:
    """Unit id → "社区 community N" (Louvain, seeded), for colouring by community."""
    from reformgraph.metrics import communities

    part = communities(G)
    groups = {u: f"社区 community {c.index} ({c.central_name})" for c in part.communities for u in c.members}
    return groups, f"社区 community (modularity {part.modularity:.2f})"


def choose_view(
    G: nx.MultiDiGraph,
    *,
    unit: str | None = None,
    depth: int = 1,
    chain: Sequence[str] | None = None,
    view: str = "coordination",
    size_by: str | None = None,
    colour_by: str = "kind",
    max_nodes: int = DEFAULT_MAX_NODES,
    kinds: Sequence[str] | None = None,
    rels: Sequence[str] | None = None,
    include_people: bool = False,
    include_contacts: bool = False,
) -> View:
    """The view the options describe: a unit's neighbourhood, a chain, or a network-wide view."""
    if colour_by not in COLOUR_BY:
        raise ExportError(f"unknown --colour-by {colour_by!r} (expected one of {', '.join(COLOUR_BY)})")
    groups, group_label = community_groups(G) if colour_by == "community" else (None, None)
    if unit is not None:
        sizes, size_label = metric_sizes(G, size_by or "connections")
        return unit_neighbourhood(
            G,
            unit,
            depth=depth,
            kinds=kinds,
            rels=rels,
            max_nodes=max_nodes,
            sizes=sizes,
            size_label=size_label,
            groups=groups,
            group_label=group_label,
            include_people=include_people,
            include_contacts=include_contacts,
        )
    if chain:
        from reformgraph.metrics import resolve_unit, shortest_chain

        if len(chain) == 2:
            found = shortest_chain(G, resolve_unit(G, chain[0]), resolve_unit(G, chain[1]))
            return chain_view(G, found, include_contacts=include_contacts)
        return chain_view(G, chain, include_contacts=include_contacts)
    from reformgraph.metrics import coordination_graph

    C = coordination_graph(G)
    if view == "bottlenecks":
        metric, label = metric_sizes(G, "betweenness")
        return bottleneck_view(G, C, metric, metric_label=label, groups=groups, group_label=group_label)
    if view == "coordination":
        sizes, size_label = metric_sizes(G, size_by or "load")
        return coordination_view(
            G, C, sizes=sizes, size_label=size_label, groups=groups, group_label=group_label, max_nodes=max_nodes
        )
    raise ExportError(f"unknown view {view!r} (expected one of {', '.join(VIEWS)}, or give --unit / --chain)")


def format_for(out: str | Path, fmt: str | None) -> str:
    """The format given, or the one ``out``'s suffix names."""
    if fmt:
        fmt = fmt.lower()
    else:
        suffix = Path(out).suffix.lstrip(".").lower()
        fmt = {"htm": "html", "cql": "cypher"}.get(suffix, suffix) or "csv"
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    return fmt


def export(
    G: nx.MultiDiGraph,
    out: str | Path,
    fmt: str | None = None,
    *,
    unit: str | None = None,
    depth: int = 1,
    chain: Sequence[str] | None = None,
    view: str = "coordination",
    size_by: str | None = None,
    colour_by: str = "kind",
    max_nodes: int = DEFAULT_MAX_NODES,
    include_people: bool = False,
    include_contacts: bool = False,
    dpi: int = 200,
    seed: int = 7,
    exported: str | None = None,
    cypher_script: Callable[[nx.MultiDiGraph], str] | None = None,
) -> ExportReport:
    """Export ``G`` (a view of it for png/svg/pdf/html; all of it for graphml/gexf/csv/cypher) to ``out``.

    ``cypher_script`` writes the Cypher script (``reformgraph.cypher.script.graph_to_cypher_script``);
    the command line passes it in, so this layer does not depend on the Cypher package.
    """
    from reformgraph.render.interchange import privacy_filtered

    fmt = format_for(out, fmt)
    out = Path(out)
    if fmt in VIEW_FORMATS:
        v = choose_view(
            G,
            unit=unit,
            depth=depth,
            chain=chain,
            view=view,
            size_by=size_by,
            colour_by=colour_by,
            max_nodes=max_nodes,
            include_people=include_people,
            include_contacts=include_contacts,
        )
        warnings: tuple[str, ...] = ()
        if fmt == "html":
            from reformgraph.render.html import write_html

            write_html(v, out, seed=seed, exported=exported)
        else:
            from reformgraph.render.image import write_image

            result = write_image(v, out, fmt, dpi=dpi, seed=seed, exported=exported)
            if result.replaced:
                warnings = (
                    f"the font {result.font.family} ({result.font.path}) and its fallback have no glyph for "
                    f"{''.join(result.replaced)!r}; drawn as '?'",
                )
        return ExportReport((out,), fmt, len(v.nodes), len(v.edges), v.notes, warnings)
    if unit is not None or chain:
        raise ExportError(f"--format {fmt} exports the whole graph; --unit/--chain apply to png, svg, pdf and html")
    H = privacy_filtered(G, include_people=include_people, include_contacts=include_contacts)
    notes = ()
    if not include_people:
        notes = ("人员节点未导出 (Person nodes left out; --include-people to keep them)",)
    elif not include_contacts:
        notes = ("电话号码未导出 (phone numbers left out; --include-contacts to keep them)",)
    if fmt in ("graphml", "gexf"):
        from reformgraph.render.interchange import write_interchange

        paths: tuple[Path, ...] = (write_interchange(H, out, fmt),)
    elif fmt == "csv":
        from reformgraph.render.interchange import write_csv_tables

        paths = tuple(write_csv_tables(H, out))
        notes = ()  # the tables hold no people or phone numbers
    else:
        if cypher_script is None:
            raise ExportError("--format cypher needs the Cypher script writer (reformgraph.cypher.script)")
        write_text_atomic(out, cypher_script(H))  # a kill leaves the old file or the new one
        paths = (out,)
    return ExportReport(paths, fmt, H.number_of_nodes(), H.number_of_edges(), notes)

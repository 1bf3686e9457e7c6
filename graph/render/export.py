"""One entry point for every export format: pick the view, render it, write the file(s).

The CLI (``reformgraph export``) and the explorer's download buttons share this.
Views come from :mod:`graph.views`, metrics from :mod:`graph.metrics`;
rendering from :mod:`graph.render.html`, :mod:`graph.render.image` and
:mod:`graph.render.interchange`. Every file goes through :mod:`graph.files`
(written atomically; never over one of the inputs).

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "市财政局", "市税务局")])
>>> v = choose_view(G, ViewRequest(unit="市财政局", depth=2))
>>> sorted(n.label for n in choose_view(G, ViewRequest(unit="市财政局")).nodes)  # depth 0: the unit and partners
['市税务局', '市财政局']
>>> sorted(n.label for n in v.nodes if n.kind == "Unit")
['市税务局', '市财政局']
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from reformgraph.errors import ExportError
from reformgraph.files import check_writable_target, refuse_input_overwrite, write_text_atomic
from reformgraph.view_model import DEFAULT_MAX_NODES, LANGS, View
from reformgraph.view_nodes import bi
from reformgraph.views import bottleneck_view, chain_view, coordination_view, unit_neighbourhood, unit_partners_view

IMAGE_FORMATS = ("png", "svg", "pdf")
VIEW_FORMATS = IMAGE_FORMATS + ("html",)
GRAPH_FORMATS = ("graphml", "gexf", "csv", "cypher")
FORMATS = VIEW_FORMATS + GRAPH_FORMATS
VIEWS = ("coordination", "bottlenecks")
SIZE_BY = ("connections", "load", "betweenness")
COLOUR_BY = ("kind", "community")


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, and anything the user should know (notes, replaced characters).

    For a picture (png/svg/pdf/html): ``labels_drawn`` and ``labels_hidden`` (node labels left out
    for lack of room) and ``overlaps``, the pairs of drawn texts that overlap (0 is the standard);
    None for whole-graph files.
    """

    paths: tuple[Path, ...]
    format: str
    nodes: int
    edges: int
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    labels_drawn: int | None = None
    labels_hidden: int | None = None
    overlaps: int | None = None
    clipped: int = 0

    def summary(self) -> str:
        """One line: what was written and what was drawn; texts cut at the slide's edge, when there are any
        (a ranking's long name ran off plan 24's bottleneck slide under "0 overlapping label pairs").

        >>> ExportReport((Path("b.png"),), "png", 25, 76, labels_drawn=25, labels_hidden=0, overlaps=0, clipped=1).summary()
        'wrote b.png (png: 25 nodes, 76 edges, 25 labels drawn, 0 labels hidden, 0 overlapping label pairs, 1 text cut at the edge)'
        """
        where = ", ".join(str(p) for p in self.paths)
        if self.format == "csv":
            return f"wrote {where} (csv)"
        if self.labels_drawn is None:
            return f"wrote {where} ({self.format}: {self.nodes} nodes, {self.edges} edges)"
        return (
            f"wrote {where} ({self.format}: {self.nodes} nodes, {self.edges} edges, {self.labels_drawn} labels drawn, "
            f"{self.labels_hidden} labels hidden, {self.overlaps} overlapping label pairs"
            + (f", {self.clipped} text{'s' if self.clipped > 1 else ''} cut at the edge" if self.clipped else "")
            + ")"
        )


def metric_sizes(G: nx.MultiDiGraph, size_by: str, lang: str = "both") -> tuple[dict[str, float] | None, str]:
    """Unit sizes for ``size_by`` (``connections`` → None: size by connections in the view) and a legend label."""
    from reformgraph.metrics import betweenness, unit_load

    if size_by == "connections":
        return None, bi("本图中的连接数", "connections in view", lang)
    if size_by == "load":
        return (
            {u: float(r.weighted) for u, r in unit_load(G, include_collective=True).items()},
            bi("加权负荷（牵头×2 + 配合×1）", "weighted load (lead × 2 + support × 1)", lang, note=False),
        )
    if size_by == "betweenness":
        return betweenness(G), bi("中介中心性", "betweenness", lang)
    raise ExportError(f"unknown --size-by {size_by!r} (expected one of {', '.join(SIZE_BY)})")


def community_groups(G: nx.MultiDiGraph, lang: str = "both") -> tuple[dict[str, str], str]:
    """Unit id → "协同组 community N" (Louvain, seeded), for colouring by community, and the legend's title.

    协同组 is the explorer's word (社区 reads as a residential community in a plan); no English in Chinese.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("unit:甲", "m:1", {"rel": "LEADS"}), ("unit:乙", "m:1", {"rel": "SUPPORTS"})])
    >>> for n in ("unit:甲", "unit:乙"):
    ...     G.add_node(n, kind="Unit", name=n[5:], category="department")
    >>> groups, title = community_groups(G, "zh")
    >>> groups["unit:甲"], title
    ('协同组 1（乙）', '协同组（模块度 0.00）')
    """
    from reformgraph.metrics import communities

    part = communities(G)
    word = bi("协同组", "Community", lang)
    q = f"{part.modularity:.2f}"
    opening, closing = ("（", "）") if lang == "zh" else (" (", ")")  # full-width brackets in Chinese alone
    groups = {u: f"{word} {c.index}{opening}{c.central_name}{closing}" for c in part.communities for u in c.members}
    return groups, f"协同组（模块度 {q}）" if lang == "zh" else f"{word} (modularity {q})"


@dataclass(frozen=True)
class ViewRequest:
    """What picture to make: the options of ``reformgraph export`` and of the explorer's downloads, said once.

    ``unit`` (a unit id) with ``depth`` 0 gives the unit and its partner units, ``depth`` 1–3 its
    neighbourhood (``kinds``/``rels`` narrow it); ``chain`` (two unit ids, or a whole chain of ids) a
    coordination chain; otherwise the network-wide ``view`` (``coordination`` or ``bottlenecks``).
    ``include_people``/``include_contacts`` also apply to whole-graph files.

    >>> ViewRequest(unit="unit:市财政局").depth, ViewRequest().view
    (0, 'coordination')
    """

    unit: str | None = None
    depth: int = 0
    chain: Sequence[str] | None = None
    view: str = "coordination"
    size_by: str | None = None
    colour_by: str = "kind"
    max_nodes: int = DEFAULT_MAX_NODES
    kinds: Sequence[str] | None = None
    rels: Sequence[str] | None = None
    include_people: bool = False
    include_contacts: bool = False
    lang: str = "both"


def choose_view(G: nx.MultiDiGraph, request: ViewRequest = ViewRequest()) -> View:
    """The view ``request`` describes: a unit's partner units (``depth`` 0) or neighbourhood
    (``depth`` 1–3), a chain, or a network-wide view."""
    r = request
    if r.colour_by not in COLOUR_BY:
        raise ExportError(f"unknown --colour-by {r.colour_by!r} (expected one of {', '.join(COLOUR_BY)})")
    if r.lang not in LANGS:
        raise ExportError(f"unknown --lang {r.lang!r} (expected one of {', '.join(LANGS)})")
    groups, group_label = community_groups(G, r.lang) if r.colour_by == "community" else (None, None)
    if r.unit is not None and r.depth == 0:
        return unit_partners_view(
            G,
            r.unit,
            max_partners=r.max_nodes,
            groups=groups,
            group_label=group_label,
            include_contacts=r.include_contacts,
            lang=r.lang,
        )
    if r.unit is not None:
        sizes, size_label = metric_sizes(G, r.size_by or "connections", r.lang)
        return unit_neighbourhood(
            G,
            r.unit,
            depth=r.depth,
            kinds=r.kinds,
            rels=r.rels,
            max_nodes=r.max_nodes,
            sizes=sizes,
            size_label=size_label,
            groups=groups,
            group_label=group_label,
            include_people=r.include_people,
            include_contacts=r.include_contacts,
            lang=r.lang,
        )
    if r.chain:
        from reformgraph.metrics import resolve_unit, shortest_chain

        if len(r.chain) == 2:
            found = shortest_chain(G, resolve_unit(G, r.chain[0]), resolve_unit(G, r.chain[1]))
            return chain_view(G, found, include_contacts=r.include_contacts, lang=r.lang)
        return chain_view(G, r.chain, include_contacts=r.include_contacts, lang=r.lang)
    from reformgraph.metrics import coordination_graph

    C = coordination_graph(G)
    if r.view == "bottlenecks":
        from reformgraph.metrics import bottlenecks

        metric, label = metric_sizes(G, "betweenness", r.lang)
        cuts = [b.unit for b in bottlenecks(G) if b.articulation]
        return bottleneck_view(
            G, C, metric, metric_label=label, groups=groups, group_label=group_label, articulation=cuts, lang=r.lang
        )
    if r.view == "coordination":
        sizes, size_label = metric_sizes(G, r.size_by or "load", r.lang)
        return coordination_view(
            G,
            C,
            sizes=sizes,
            size_label=size_label,
            groups=groups,
            group_label=group_label,
            max_nodes=r.max_nodes,
            lang=r.lang,
        )
    raise ExportError(f"unknown view {r.view!r} (expected one of {', '.join(VIEWS)}, or give --unit / --chain)")


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
    request: ViewRequest = ViewRequest(),
    dpi: int = 200,
    seed: int = 7,
    exported: str | None = None,
    inputs: Sequence[str | os.PathLike[str]] = (),
    cypher_script: Callable[[nx.MultiDiGraph], str] | None = None,
) -> ExportReport:
    """Export ``G`` (the view ``request`` describes for png/svg/pdf/html; all of it for graphml/gexf/csv/cypher).

    ``inputs`` are the files ``G`` was read from: writing over one of them is refused before
    anything is drawn. ``cypher_script`` writes the Cypher script
    (``reformgraph.cypher.script.graph_to_cypher_script``); the command line passes it in, so this
    layer does not depend on the Cypher package.
    """
    from reformgraph.render.interchange import privacy_filtered

    fmt = format_for(out, fmt)
    out = Path(out)
    targets = [out / "units.csv", out / "measures.csv"] if fmt == "csv" else [out]
    for target in targets:
        refuse_input_overwrite(target, inputs)
        if fmt != "csv":
            check_writable_target(target)
    if fmt in VIEW_FORMATS:
        v = choose_view(G, request)
        warnings: tuple[str, ...] = ()
        if fmt == "html":
            from reformgraph.render.html import placed, render_html

            p = placed(v, seed=seed)
            write_text_atomic(out, render_html(v, seed=seed, exported=exported, placement=p))
            drawn, hidden, overlaps, clipped = len(p.labels), len(p.hidden), p.overlaps, 0
        else:
            from reformgraph.render.image import write_image

            result = write_image(v, out, fmt, dpi=dpi, seed=seed, exported=exported)
            drawn, hidden, overlaps, clipped = (
                result.labels_drawn,
                result.labels_hidden,
                result.overlaps,
                result.clipped,
            )
            if result.replaced:
                warnings = (
                    f"the font {result.font.family} ({result.font.path}) and its fallback have no glyph for "
                    f"{''.join(result.replaced)!r}; drawn as '?'",
                )
        return ExportReport(
            (out,), fmt, len(v.nodes), len(v.edges), v.notes, warnings, drawn, hidden, overlaps, clipped
        )
    if request.unit is not None or request.chain:
        raise ExportError(f"--format {fmt} exports the whole graph; --unit/--chain apply to png, svg, pdf and html")
    include_people, include_contacts = request.include_people, request.include_contacts
    H = privacy_filtered(G, include_people=include_people, include_contacts=include_contacts)
    notes = []
    if not include_people:
        notes.append(
            "人员节点未导出，文本中的人名已隐藏 (Person nodes and names in texts left out; --include-people to keep them)"
        )
    if not include_contacts:
        notes.append("电话号码已隐藏 (phone numbers left out; --include-contacts to keep them)")
    if fmt in ("graphml", "gexf"):
        from reformgraph.render.interchange import write_interchange

        paths: tuple[Path, ...] = (write_interchange(H, out, fmt),)
    elif fmt == "csv":
        from reformgraph.render.interchange import write_csv_tables

        paths = tuple(write_csv_tables(H, out))
    else:
        if cypher_script is None:
            raise ExportError("--format cypher needs the Cypher script writer (reformgraph.cypher.script)")
        write_text_atomic(out, cypher_script(H))  # a kill leaves the old file or the new one
        paths = (out,)
    return ExportReport(paths, fmt, H.number_of_nodes(), H.number_of_edges(), tuple(notes))

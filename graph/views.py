"""What a picture shows: pure functions that pick the nodes and edges of a view.

A *view* is a small frozen record (:class:`View`) that every renderer draws the
same way: the explorer and the HTML export (vis-network) and the PNG/SVG/PDF export. The
functions here decide *what* is shown; they never lay out or draw, and never
change the graph.

Five views exist: a unit and its partner units (:func:`unit_partners_view`, what
the explorer shows first: who works with this unit), a unit's neighbourhood
(:func:`unit_neighbourhood`: its workplans, measures, …), a chain of units
(:func:`chain_view`), the unit–unit coordination network
(:func:`coordination_view`) and the bottleneck view (:func:`bottleneck_view`).
Hubs with hundreds of neighbours are summarised rather than drawn as a
hairball: measures are grouped by their workplan, and when a kind still has too
many nodes the weakest are folded into one "+N more" node. Every summary is
written into ``View.notes``, which the command line prints and the explorer
shows beside the picture (never on the slide itself).

Language: every view takes ``lang`` — ``"zh"``, ``"en"`` or ``"both"`` (the
default: "中文 English", what a slide for mixed readers wants); titles, notes
and legend texts follow it, and renderers read ``View.lang``.

Labels are short (:data:`LABEL_CHARS`), and stay distinct when shortened: two
nodes whose cut labels would read the same keep the part of their text that
tells them apart (``view_nodes.distinct_cuts``). The records are in ``view_model``, the nodes' labels, tooltips and
masks in ``view_nodes``, the summaries of hubs in ``view_summary``.

Privacy is decided in the views, so no renderer can leak: Person nodes are left out
unless ``include_people``; phone numbers (and anything in label or tooltip text
that looks like one) are masked unless ``include_contacts``.

Tooltips (``ViewNode.title``) are plain text with ``\\n`` line breaks; every
renderer must escape them (they hold document text).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("unit:市财政局", kind="Unit", name="市财政局", aliases=[], category="department")
>>> G.add_node("unit:市税务局", kind="Unit", name="市税务局", aliases=[], category="department")
>>> G.add_node("workplan:d:1", kind="Workplan", number="1", title="示例方案")
>>> G.add_node("measure:d:1:1", kind="Measure", workplan="1", seq=1, text="开展调研。", deadline="2022-05")
>>> _ = G.add_edge("measure:d:1:1", "workplan:d:1", rel="PART_OF")
>>> _ = G.add_edge("unit:市财政局", "measure:d:1:1", rel="LEADS")
>>> _ = G.add_edge("unit:市税务局", "measure:d:1:1", rel="SUPPORTS")
>>> v = unit_neighbourhood(G, "unit:市财政局", depth=2)
>>> sorted(n.label for n in v.nodes)
['1.1 开展调研。', '[1] 示例方案', '市税务局', '市财政局']
>>> v.focus
('unit:市财政局',)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import networkx as nx

from reformgraph.metrics.units import resolve_unit
from reformgraph.view_model import DEFAULT_MAX_NODES, PARTNER_EDGE_GROUPS, REL_LABELS, View, ViewEdge, ViewNode
from reformgraph.view_nodes import (
    bi,
    category_text,
    colon,
    documents_of,
    merge_edge_tuples,
    merge_edges,
    node_label,
    node_labels,
    role_targets,
    short_number,
    source_line,
    view_node,
    with_sizes,
)
from reformgraph.view_summary import fold_kinds, group_measures

if TYPE_CHECKING:
    from reformgraph.metrics.profile import Partner

# ---------------------------------------------------------------- views


def unit_partners_view(
    G: nx.MultiDiGraph,
    unit_id: str,
    *,
    max_partners: int = DEFAULT_MAX_NODES,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    include_contacts: bool = False,
    lang: str = "both",
    partners: Sequence[Partner] | None = None,
) -> View:
    """Who works with this unit: the unit and its partner units, the strongest first.

    The partners are ``graph.metrics.unit_partners`` (real units sharing at least one measure;
    collective names such as 各区县政府 are not partners). Each partner is joined to the unit by
    up to three edges, their width the number of shared measures: lead → support when the unit
    leads and the partner supports (group ``focus_leads``), the other way round
    (``partner_leads``), and an undirected ``together`` edge for measures both lead or both
    support. A partner's size is the number of measures it shares with the unit; colour is its
    category (or ``groups``). Above ``max_partners`` the weakest are folded into one node. ``partners``: the unit's
    ``unit_partners(G, unit, include_collective=True)`` when the caller has them already (the explorer's unit page
    lists them too); the collective ones are named in a note, not drawn.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "甲局", "乙局"), ("2", "乙局", "甲局、丙局"), ("3", "甲局", "乙局")])
    >>> v = unit_partners_view(G, "甲局", lang="zh")
    >>> [(n.label, n.size) for n in v.nodes]
    [('甲局', None), ('乙局', 3.0), ('丙局', 1.0)]
    >>> sorted((e.source[5:], e.target[5:], e.group, e.weight) for e in v.edges)
    [('丙局', '甲局', 'together', 1.0), ('乙局', '甲局', 'partner_leads', 1.0), ('甲局', '乙局', 'focus_leads', 2.0)]
    """
    from reformgraph.metrics.profile import unit_partners

    focus = resolve_unit(G, unit_id)
    # one pass over the unit's measures for both: without collective units, a unit's partners are the same in the
    # same order (their counts do not depend on the collective ones)
    everyone = unit_partners(G, focus, include_collective=True) if partners is None else partners
    collective = [p for p in everyone if p.category == "collective"]
    partners = [p for p in everyone if p.category != "collective"]
    if not partners:  # a lone dot answers nothing: what the unit does alone, its workplans and measures (session 32)
        return _alone(G, focus, max_partners, groups, group_label, include_contacts, lang)
    shown, rest = partners[:max_partners], partners[max_partners:]
    nodes = [_unit_node(G, focus, groups, focus=True, include_contacts=include_contacts, lang=lang)]
    edges: list[ViewEdge] = []
    name = G.nodes[focus].get("name", focus)
    for p in shown:
        together = p.shared - p.as_lead_of_this - p.as_support_of_this
        title = "\n".join(
            (
                p.name,
                bi(f"与{name}共同举措 {p.shared} 项", f"{p.shared} measures shared with {name}", lang, note=True),
                " · ".join(
                    (
                        bi(f"{name}牵头、{p.name}配合", f"{name} leads, {p.name} supports", lang)
                        + f" {p.as_support_of_this}",
                        bi(f"{p.name}牵头、{name}配合", f"{p.name} leads, {name} supports", lang)
                        + f" {p.as_lead_of_this}",
                        bi(*PARTNER_EDGE_GROUPS["together"], lang) + f" {together}",
                    )
                ),
            )
        )
        node = _unit_node(G, p.unit, groups, include_contacts=include_contacts, lang=lang)
        nodes.append(replace(node, size=float(p.shared), title=title))
        for source, target, weight, group in (
            (focus, p.unit, p.as_support_of_this, "focus_leads"),
            (p.unit, focus, p.as_lead_of_this, "partner_leads"),
            (p.unit, focus, together, "together"),
        ):
            if weight:
                rel = "COORDINATES" if group == "together" else "LEADS_UNIT"
                label = bi(*PARTNER_EDGE_GROUPS[group], lang) + f" ×{weight}"
                edges.append(ViewEdge(source, target, rel, label, float(weight), group))
    notes: list[str] = []
    if rest:
        gid = "group:Unit:more"
        shared = sum(p.shared for p in rest)
        nodes.append(
            ViewNode(
                gid,
                bi(f"+{len(rest)} 个其他单位", f"+{len(rest)} more units", lang),
                "Group",
                # the legend's "方块 = 合并节点" names it: as "Unit" it was a category of its own in the legend,
                # "单位 Unit" in blue beside 部门 and 企业, that no partner has (session 64)
                "Group",
                float(max(p.shared for p in rest)),
                bi("另有协同单位", "more partners", lang) + colon(lang) + "\n" + "、".join(p.name for p in rest),
                False,
                len(rest),
            )
        )
        edges.append(ViewEdge(focus, gid, "COORDINATES", f"×{shared}", float(shared), "together"))
        notes.append(
            bi(
                f"共同举措最少的 {len(rest)} 个协同单位合并为一个节点",
                f"the {len(rest)} partners sharing fewest measures are shown as one node",
                lang,
                note=True,
            )
        )
    if collective:
        notes.append(
            bi(
                f"未画出集合称谓 {'、'.join(p.name for p in collective)}（不计为协同单位）",
                f"collective names not drawn (not counted as partners): {', '.join(p.name for p in collective)}",
                lang,
                note=True,
            )
        )
    return View(
        title=_partners_title(name, len(partners), lang),
        nodes=tuple(nodes),
        edges=tuple(edges),
        notes=tuple(notes),
        focus=(focus,),
        size_label=bi("共同举措数", "shared measures", lang),
        group_label=group_label or (bi("类别", "Category", lang) if groups is None else bi("分组", "Group", lang)),
        source=source_line(G, documents_of(G, role_targets(G, focus))),
        include_contacts=include_contacts,
        layout="star",
        lang=lang,
    )


def _alone(
    G: nx.MultiDiGraph,
    focus: str,
    max_nodes: int,
    groups: Mapping[str, str] | None,
    group_label: str | None,
    include_contacts: bool,
    lang: str,
) -> View:
    """The partner view of a unit that shares no measure with another unit: its workplans and measures (the
    neighbourhood of depth 1), titled as a partner view (0 partner units) with a note saying what is drawn.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "甲局", "乙局"), ("2", "丙局", "")])
    >>> v = unit_partners_view(G, "丙局", lang="zh")
    >>> v.title, v.notes[0], sorted(n.kind for n in v.nodes)
    ('丙局 · 协同单位 0 个', '没有协同单位：图中是它单独承担的工作方案与举措', ['Measure', 'Unit'])
    """
    view = unit_neighbourhood(
        G,
        focus,
        1,
        max_nodes=max_nodes,
        groups=groups,
        group_label=group_label,
        include_contacts=include_contacts,
        lang=lang,
    )
    note = bi(
        "没有协同单位：图中是它单独承担的工作方案与举措",
        "no partner units: drawn are the workplans and measures it carries alone",
        lang,
        note=True,
    )
    return replace(view, title=_partners_title(G.nodes[focus].get("name", focus), 0, lang), notes=(note, *view.notes))


def _partners_title(name: str, partners: int, lang: str) -> str:
    """The title of a unit's partner view.

    >>> _partners_title("市财政局", 36, "zh"), _partners_title("市财政局", 36, "en")
    ('市财政局 · 协同单位 36 个', '市财政局 · 36 partner units')
    """
    return f"{name} · " + bi(f"协同单位 {partners} 个", f"{partners} partner units", lang, note=True)


def unit_neighbourhood(
    G: nx.MultiDiGraph,
    unit_id: str,
    depth: int = 1,
    kinds: Iterable[str] | None = None,
    rels: Iterable[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    *,
    sizes: Mapping[str, float] | None = None,
    size_label: str | None = None,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    include_people: bool = False,
    include_contacts: bool = False,
    lang: str = "both",
) -> View:
    """The nodes within ``depth`` hops of a unit (edges followed both ways), summarised when large.

    Parameters
    ----------
    G : the contract graph.
    unit_id : a unit id (``"unit:市财政局"``), canonical name or alias; unknown names raise
        UnknownUnitError with suggestions.
    depth : hops from the unit (1–3 are useful).
    kinds, rels : only these node kinds / edge rels (the unit itself is always shown); the walk
        passes only through nodes and edges that are shown (the neighbourhood of the filtered graph).
    max_nodes : above this many nodes, measures are grouped by workplan, then the weakest nodes
        of each crowded kind are folded into one node per kind. ``View.notes`` says what was done.
    sizes : optional metric per node id (e.g. unit load); nodes not in it get the base size.
        Without it, size is the node's weighted connections in the view (the unit itself unsized).
    groups : optional colour key per node id (e.g. community); default is the node kind.
    include_people, include_contacts : privacy switches (people's names; phone numbers).
    lang : "zh", "en" or "both" for titles, notes and legend texts.
    """
    focus = resolve_unit(G, unit_id)
    kinds = set(kinds) if kinds is not None else None
    rels = set(rels) if rels is not None else None

    def node_ok(n: str) -> bool:
        k = G.nodes[n].get("kind")
        if k == "Person" and not include_people:
            return False
        return n == focus or kinds is None or k in kinds

    seen = {focus: 0}
    frontier = [focus]
    hidden_people: set[str] = set()
    for level in range(1, max(0, depth) + 1):
        nxt = []
        for n in frontier:
            for _, m, r in list(G.out_edges(n, data="rel")) + [(n, s, r) for s, _, r in G.in_edges(n, data="rel")]:
                if m in seen or (rels is not None and r not in rels):
                    continue
                if not node_ok(m):
                    if G.nodes[m].get("kind") == "Person":
                        hidden_people.add(m)
                    continue
                seen[m] = level
                nxt.append(m)
        frontier = sorted(nxt)
    chosen = set(seen)
    order = sorted(chosen, key=lambda n: (seen[n], n))
    # A view to summarise groups every measure by its workplan: a measure's own label and tooltip are never
    # shown then, and working them out for the 66,000 measures of a 100-plan hub at depth 3 took seconds.
    grouped = set()
    if len(order) > max_nodes:
        grouped = {n for n in order if n != focus and G.nodes[n].get("kind") == "Measure"}
    labels = node_labels(G, [n for n in order if n not in grouped])
    nodes = {
        n: (
            ViewNode(n, "", "Measure", (groups or {}).get(n) or "Measure", None, "")
            if n in grouped
            else view_node(
                G,
                n,
                group=(groups or {}).get(n),
                focus=(n == focus),
                include_contacts=include_contacts,
                label=labels[n],
                lang=lang,
            )
        )
        for n in order
    }
    edges = list(
        merge_edge_tuples(
            (
                (u, v, r, 1.0, "")
                for u, v, r in G.edges(data="rel")
                if u in chosen and v in chosen and (rels is None or r in rels)
            ),
            lang,
        )
    )
    notes: list[str] = []
    if hidden_people:
        k = len(hidden_people)
        notes.append(bi(f"{k} 名人员未显示", f"{k} people hidden; include_people to show", lang, note=True))
    keep = {focus}
    if len(nodes) > max_nodes:
        nodes, edges, note = group_measures(G, nodes, edges, keep, include_contacts, lang)
        if note:
            notes.append(note)
        nodes, edges, more = fold_kinds(nodes, edges, keep, max_nodes, lang)
        notes.extend(more)
    ordered = tuple(nodes.values())
    name = G.nodes[focus].get("name", focus)
    star = depth == 1 and all(e.source == focus or e.target == focus for e in edges)
    return View(
        title=f"{name} · " + bi(f"{depth} 度关系", f"neighbourhood, depth {depth}", lang, note=True),
        nodes=with_sizes(ordered, edges, sizes),
        edges=tuple(edges),
        notes=tuple(notes),
        focus=(focus,),
        size_label=size_label
        or (bi("本图中的连接数", "connections in view", lang) if sizes is None else bi("指标", "metric", lang)),
        group_label=group_label or (bi("类型", "Kind", lang) if groups is None else bi("分组", "Group", lang)),
        source=source_line(G, documents_of(G, [*chosen, *role_targets(G, focus)])),
        include_contacts=include_contacts,
        include_people=include_people,
        layout="star" if star else "radial",
        lang=lang,
    )


def _unit_node(
    G: nx.MultiDiGraph,
    n: str,
    groups: Mapping[str, str] | None,
    *,
    focus: bool = False,
    include_contacts: bool = False,
    lang: str = "both",
) -> ViewNode:
    group = (groups or {}).get(n)
    if group is None:
        group = category_text(G.nodes[n].get("category") if n in G else None, lang)
    if n in G:
        return view_node(G, n, group=group, focus=focus, include_contacts=include_contacts, lang=lang)
    name = n.split(":", 1)[-1]
    return ViewNode(n, name, "Unit", group, None, name, focus)


def _shared_measures(G: nx.MultiDiGraph, a: str, b: str) -> list[str]:
    return sorted(
        set(role_targets(G, a)).intersection(role_targets(G, b)),
        key=lambda m: (str(G.nodes[m].get("workplan")), G.nodes[m].get("seq") or 0, m),
    )


def chain_view(
    G: nx.MultiDiGraph,
    units: Sequence[str],
    *,
    hop_measures: Sequence[Sequence[str]] | None = None,
    max_measures_per_hop: int = 3,
    include_contacts: bool = False,
    lang: str = "both",
) -> View:
    """A chain of units (a path in the coordination graph) with the measures that make each hop.

    ``units`` are unit ids or names in chain order, or a ``graph.metrics.Chain`` (its units and
    hops are used). ``hop_measures[i]`` lists the measure ids
    linking ``units[i]`` and ``units[i+1]``; when omitted they are the measures both units lead
    or support. At most ``max_measures_per_hop`` measures are drawn per hop; the rest become one
    "+N" node and a note.

    >>> G = nx.MultiDiGraph()
    >>> for u in ("甲局", "乙局"):
    ...     G.add_node(f"unit:{u}", kind="Unit", name=u, aliases=[], category="department")
    >>> G.add_node("measure:d:1:1", kind="Measure", workplan="1", seq=1, text="联合检查")
    >>> _ = G.add_edge("unit:甲局", "measure:d:1:1", rel="LEADS")
    >>> _ = G.add_edge("unit:乙局", "measure:d:1:1", rel="SUPPORTS")
    >>> v = chain_view(G, ["甲局", "乙局"])
    >>> [(e.source, e.rel) for e in v.edges]
    [('unit:甲局', 'LEADS'), ('unit:乙局', 'SUPPORTS')]
    """
    if hasattr(units, "hops") and hasattr(units, "units"):  # a graph.metrics.Chain
        hop_measures = [h.measures for h in units.hops] if hop_measures is None else hop_measures
        units = units.units
    ids = [resolve_unit(G, u) for u in units]
    nodes: dict[str, ViewNode] = {}
    for i, u in enumerate(ids):
        nodes[u] = view_node(G, u, focus=i in (0, len(ids) - 1), include_contacts=include_contacts, lang=lang)
    edges: list[ViewEdge] = []
    notes: list[str] = []
    hops = []
    for i, (a, b) in enumerate(zip(ids, ids[1:])):
        ms = list(hop_measures[i]) if hop_measures is not None else _shared_measures(G, a, b)
        hops.append(ms)
    labels = node_labels(G, [m for ms in hops for m in ms[:max_measures_per_hop]])
    for i, ((a, b), ms) in enumerate(zip(zip(ids, ids[1:]), hops)):
        if not ms:
            edges.append(ViewEdge(a, b, "COORDINATES", REL_LABELS["COORDINATES"]))
            continue
        shown, rest = ms[:max_measures_per_hop], ms[max_measures_per_hop:]
        for m in shown:
            if m not in nodes:
                nodes[m] = view_node(G, m, include_contacts=include_contacts, label=labels[m], lang=lang)
            for u in (a, b):
                rel = next(
                    (r for _, t, r in G.out_edges(u, data="rel") if t == m and r in ("LEADS", "SUPPORTS")), "SUPPORTS"
                )
                edges.append(ViewEdge(u, m, rel, REL_LABELS[rel]))
        if rest:
            gid = f"group:Measure:hop{i}"
            nodes[gid] = ViewNode(
                gid,
                bi(f"+{len(rest)} 项举措", f"+{len(rest)} measures", lang),
                "Group",
                "Measure",
                None,
                bi("另有举措", "more measures", lang)
                + colon(lang)
                + "\n"
                + "\n".join(node_label(G.nodes[m], m) for m in rest[:20]),
                False,
                len(rest),
            )
            edges += [ViewEdge(a, gid, "COORDINATES", "协同"), ViewEdge(b, gid, "COORDINATES", "协同")]
            notes.append(
                bi(
                    f"{G.nodes[a].get('name')}–{G.nodes[b].get('name')}{colon(lang)}另有 {len(rest)} 项共同举措未单独显示",
                    f"{len(rest)} more shared measures shown as one node",
                    lang,
                    note=True,
                )
            )
    merged = merge_edges(edges, lang)
    names = " → ".join(G.nodes[u].get("name", u) for u in ids)
    return View(
        title=bi("协同链", "Chain", lang) + colon(lang) + names,
        # Nothing is sized: every measure of a hop links the same two units, so a size would say nothing.
        nodes=tuple(nodes.values()),
        edges=merged,
        notes=tuple(notes),
        focus=(ids[0], ids[-1]) if ids else (),
        size_label=bi("本图中的连接数", "connections in view", lang),
        group_label=bi("类型", "Kind", lang),
        source=source_line(G, documents_of(G, [m for ms in hops for m in ms])),
        include_contacts=include_contacts,
        layout="chain",
        lang=lang,
    )


def coordination_view(
    G: nx.MultiDiGraph,
    C: nx.Graph,
    *,
    sizes: Mapping[str, float] | None = None,
    size_label: str | None = None,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None,
    min_weight: float = 1,
    focus: Sequence[str] = (),
    title: str | None = None,
    lang: str = "both",
) -> View:
    """The unit–unit coordination network ``C`` (nodes: unit ids; edge ``weight``: shared measures).

    ``C`` comes from the coordination-graph function in ``graph/`` (this module does not
    compute metrics). Units are ranked by ``sizes`` (or weighted degree when absent); the top
    ``max_nodes`` are drawn, with every link between them (a unit whose links were cut would
    look unconnected); ``max_edges`` caps them (the strongest kept) only when asked. Edges
    below ``min_weight`` are dropped. Colour is the unit category unless ``groups`` (e.g.
    community per unit) is given. Directed ``C`` is drawn undirected.
    """
    U = nx.Graph()
    for n in C.nodes:
        U.add_node(n)
    for a, b, w in C.edges(data="weight", default=1):
        if a == b:
            continue
        prev = U.get_edge_data(a, b, {}).get("weight", 0)
        U.add_edge(a, b, weight=max(prev, float(w)))
    rank_value = dict(sizes) if sizes is not None else dict(U.degree(weight="weight"))
    ranked = sorted(U.nodes, key=lambda n: (-float(rank_value.get(n, 0)), str(n)))
    notes: list[str] = []
    keep = ranked[:max_nodes]
    for f in focus:
        if f in U and f not in keep:
            keep.append(f)
    if len(keep) < U.number_of_nodes():
        k, total = len(keep), U.number_of_nodes()
        notes.append(
            bi(f"显示 {k} / {total} 个单位", f"showing the {k} highest-ranked of {total} units", lang, note=True)
        )
    keep_set = set(keep)
    cand = [(a, b, w) for a, b, w in U.edges(data="weight") if a in keep_set and b in keep_set and w >= min_weight]
    cand.sort(key=lambda e: (-e[2], str(e[0]), str(e[1])))
    if max_edges is not None and len(cand) > max_edges:
        notes.append(
            bi(
                f"只画出最强的 {max_edges} / {len(cand)} 条协同关系",
                f"drawing the {max_edges} strongest of {len(cand)} links",
                lang,
                note=True,
            )
        )
        cand = cand[:max_edges]
    if min_weight > 1:
        notes.append(
            bi(
                f"不显示少于 {min_weight:g} 项共同举措的关系",
                f"links with fewer than {min_weight:g} shared measures hidden",
                lang,
                note=True,
            )
        )
    edges = tuple(ViewEdge(a, b, "COORDINATES", f"{w:g} 项", float(w)) for a, b, w in cand)
    nodes = tuple(_unit_node(G, n, groups, focus=n in focus, lang=lang) for n in keep)
    return View(
        title=title or bi("协同网络", "Coordination network", lang),
        nodes=with_sizes(nodes, edges, sizes),
        edges=edges,
        notes=tuple(notes),
        focus=tuple(focus),
        size_label=size_label
        or (bi("共同举措", "shared measures", lang) if sizes is None else bi("指标", "metric", lang)),
        group_label=group_label
        or (bi("类别", "Category", lang) if groups is None else bi("协同组", "Community", lang)),
        source=source_line(G),
        lang=lang,
    )


def bottleneck_view(
    G: nx.MultiDiGraph,
    C: nx.Graph,
    metric: Mapping[str, float],
    *,
    top: int = 25,
    metric_label: str | None = None,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    max_edges: int | None = None,
    articulation: Iterable[str] = (),
    ranked: int = 10,
    lang: str = "both",
) -> View:
    """The ``top`` units by ``metric`` (e.g. betweenness) in the coordination network, sized by it.

    The answer is also written out: ``View.ranking`` lists the first ``ranked`` units with a metric
    above 0 and their values, ``◆`` marking the ``articulation`` points (units whose removal splits
    the network; the labels in the picture carry it too). Size alone does not tell 0.148 from 0.127.

    >>> G = nx.MultiDiGraph()
    >>> for u in "ABC":
    ...     G.add_node(f"unit:{u}", kind="Unit", name=u, aliases=[], category="department")
    >>> C = nx.Graph([("unit:A", "unit:B", {"weight": 2}), ("unit:B", "unit:C", {"weight": 1})])
    >>> v = bottleneck_view(G, C, {"unit:A": 0.0, "unit:B": 1.0, "unit:C": 0.0}, top=2, articulation=["unit:B"])
    >>> [(n.label, n.size) for n in v.nodes], v.ranking
    ([('B ◆', 1.0), ('A', 0.0)], ('1. B ◆  1', '◆ 关键连接单位（移除即断开） Key link (its removal splits the network)'))
    """
    metric_label = metric_label or bi("中介中心性", "betweenness", lang)
    cuts = set(articulation)
    view = coordination_view(
        G,
        C,
        sizes=metric,
        size_label=metric_label,
        groups=groups,
        group_label=group_label,
        max_nodes=top,
        max_edges=max_edges,
        title=bi("瓶颈", "Bottlenecks", lang) + colon(lang) + metric_label,
        lang=lang,
    )
    mark = {n.id: f"{n.label} ◆" for n in view.nodes if n.id in cuts}
    nodes = tuple(replace(n, label=mark[n.id]) if n.id in mark else n for n in view.nodes)
    first = [n for n in sorted(nodes, key=lambda n: -(n.size or 0.0)) if (n.size or 0.0) > 0][:ranked]
    # three significant digits, as the size legend: to three decimals ranks 3 to 5 of 92 plans all read 0.003
    lines = tuple(f"{i}. {n.label}  {short_number(n.size)}" for i, n in enumerate(first, start=1))
    title = bi("排名", "Ranking", lang)
    if cuts:  # what ◆ means, as the list's last line
        lines += ("◆ " + bi("关键连接单位（移除即断开）", "Key link (its removal splits the network)", lang),)
    return replace(view, nodes=nodes, ranking=lines, ranking_label=title)

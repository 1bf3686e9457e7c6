"""What a picture shows: pure functions that pick the nodes and edges of a view.

A *view* is a small frozen record (:class:`View`) that every renderer draws the
same way: the explorer (pyvis), the HTML export and the PNG/SVG/PDF export. The
functions here decide *what* is shown; they never lay out or draw, and never
change the graph.

Four views exist: a unit's neighbourhood (:func:`unit_neighbourhood`), a chain
of units (:func:`chain_view`), the unit–unit coordination network
(:func:`coordination_view`) and the bottleneck view (:func:`bottleneck_view`).
Hubs with hundreds of neighbours are summarised rather than drawn as a
hairball: measures are grouped by their workplan, and when a kind still has too
many nodes the weakest are folded into one "+N more" node. Every summary is
written into ``View.notes``, and the renderers print the notes on the picture.

Privacy is decided here, so no renderer can leak: Person nodes are left out
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

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import networkx as nx

from reformgraph.metrics.units import resolve_unit

KIND_LABELS = {
    "Document": "文件 Document",
    "Reform": "改革事项 Reform",
    "Workplan": "工作方案 Workplan",
    "Measure": "举措 Measure",
    "Unit": "单位 Unit",
    "District": "区县 District",
    "Law": "法规政策 Law",
    "Person": "人员 Person",
    "Group": "分组 Group",
}
REL_LABELS = {
    "PART_OF": "属于",
    "LEADS": "牵头",
    "SUPPORTS": "配合",
    "RESPONSIBLE_FOR": "负责",
    "CONTACT_FOR": "联系人",
    "MEMBER_OF": "任职",
    "APPLIES_TO": "适用",
    "CITES": "引用",
    "LOCATED_IN": "位于",
    "COORDINATES": "协同",
}
CATEGORY_LABELS = {
    "department": "部门 department",
    "collective": "统称 collective",
    "district_government": "区县政府 district government",
    "court": "法院 court",
    "procuratorate": "检察院 procuratorate",
    "enterprise": "企业 enterprise",
    "association": "协会 association",
    "other": "其他 other",
}

DEFAULT_MAX_NODES = 60
LABEL_CHARS = 14  # labels longer than this are cut with "…"; the tooltip keeps the full text

# Seven or more digits, optionally split by - or spaces: phone numbers, never years or item numbers.
_PHONE = re.compile(r"(?<![\d])(?:\+?\d[\d\- ]{5,}\d)(?![\d])")


@dataclass(frozen=True)
class ViewNode:
    """A node as drawn.

    ``kind`` is the contract kind, or ``"Group"`` for a node that stands for
    ``members`` summarised nodes. ``group`` is the legend/colour key. ``size`` is
    the value that sets the node's size (None: drawn at the base size). ``title``
    is the plain-text tooltip.
    """

    id: str
    label: str
    kind: str
    group: str
    size: float | None
    title: str
    focus: bool = False
    members: int = 1


@dataclass(frozen=True)
class ViewEdge:
    """An edge as drawn: ``rel`` (contract rel or COORDINATES), a short label, a weight (count)."""

    source: str
    target: str
    rel: str
    label: str
    weight: float = 1.0


@dataclass(frozen=True)
class View:
    """Everything a renderer needs: nodes, edges, what summarising was done, and legend titles."""

    title: str
    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    notes: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    size_label: str = "连接数 connections in view"
    group_label: str = "类型 kind"
    source: str = ""
    include_contacts: bool = False
    include_people: bool = False
    layout: str = "spring"  # "radial" (focus in the centre), "chain" (left to right) or "spring" (seeded)

    def node(self, node_id: str) -> ViewNode:
        """The node with this id (KeyError if it is not in the view)."""
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)


# ---------------------------------------------------------------- helpers


def redact_phones(text: str) -> str:
    """Mask anything that looks like a phone number.

    >>> redact_phones("联系电话：67236219、13594177712；完成时限：2022年5月")
    '联系电话：[电话已隐藏]、[电话已隐藏]；完成时限：2022年5月'
    """
    return _PHONE.sub("[电话已隐藏]", text)


def _cut(text: str, limit: int = LABEL_CHARS) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def source_line(G: nx.MultiDiGraph) -> str:
    """ "Title 〔number〕 (issuer, date)" for every Document node, for footers.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("doc:a", kind="Document", title="方案", doc_number="18号", issuer=None, date="2022-01-13")
    >>> source_line(G)
    '方案 18号 (2022-01-13)'
    """
    parts = []
    for _, d in G.nodes(data=True):
        if d.get("kind") != "Document":
            continue
        extra = ", ".join(x for x in (d.get("issuer"), d.get("date")) if x)
        text = " ".join(x for x in (d.get("title"), d.get("doc_number")) if x) or d.get("path", "")
        parts.append(f"{text} ({extra})" if extra else text)
    return "; ".join(parts)


def node_label(d: Mapping, node_id: str = "") -> str:
    """A short label for a graph node (full text goes to the tooltip)."""
    kind = d.get("kind")
    if kind == "Unit" or kind == "District" or kind == "Person":
        return d.get("name") or node_id
    if kind == "Measure":
        return f"{d.get('workplan')}.{d.get('seq')} {_cut(d.get('text', ''), LABEL_CHARS - 4)}"
    if kind == "Workplan":
        return f"[{d.get('number')}] {_cut(d.get('title', ''), LABEL_CHARS - 4)}"
    if kind == "Reform":
        return f"{d.get('number')}. {_cut(d.get('title', ''), LABEL_CHARS - 4)}"
    if kind in ("Law", "Document"):
        return _cut(d.get("title") or node_id)
    return _cut(str(d.get("name") or node_id))


def node_title(G: nx.MultiDiGraph, node_id: str, *, include_contacts: bool = False) -> str:
    """A plain-text tooltip for a graph node: kind, full text, key attributes."""
    d = G.nodes[node_id]
    kind = d.get("kind", "")
    lines = [KIND_LABELS.get(kind, kind)]
    if kind == "Unit":
        lines.append(d.get("name", ""))
        lines.append(f"类别 category: {d.get('category')}")
        aliases = [a for a in d.get("aliases") or () if a != d.get("name")]
        if aliases:
            lines.append("别名 aliases: " + "、".join(aliases))
        rels = Counter(r for _, _, r in G.out_edges(node_id, data="rel"))
        lines.append(f"牵头 leads {rels['LEADS']} · 配合 supports {rels['SUPPORTS']}")
    elif kind == "Measure":
        lines.append(f"工作方案 {d.get('workplan')} 第 {d.get('seq')} 项 (line {d.get('line')})")
        lines.append(d.get("text", ""))
        lines.append(f"时限 deadline: {d.get('deadline_raw') or d.get('deadline') or '—'} · {d.get('status') or '—'}")
    elif kind == "Workplan":
        lines.append(f"{d.get('number')}. {d.get('title', '')}")
        if d.get("scope"):
            lines.append(f"适用范围 scope: {d['scope']}")
        lines.append(f"lines {d.get('line_start')}–{d.get('line_end')}")
    elif kind == "Reform":
        lines.append(f"{d.get('number')}. {d.get('title', '')}")
    elif kind == "Person":
        lines.append(d.get("name", ""))
        for _, wp, e in G.out_edges(node_id, data=True):
            if e.get("rel") == "CONTACT_FOR":
                wpn = G.nodes[wp].get("number", wp)
                phones = "、".join(e.get("phones") or ()) if include_contacts else ""
                lines.append(f"{e.get('role', '')} · 工作方案 {wpn}" + (f" · {phones}" if phones else ""))
    else:
        lines.append(str(d.get("title") or d.get("name") or node_id))
    text = "\n".join(x for x in lines if x)
    return text if include_contacts else redact_phones(text)


def _node(
    G: nx.MultiDiGraph,
    n: str,
    *,
    group: str | None = None,
    size: float | None = None,
    focus: bool = False,
    include_contacts: bool = False,
) -> ViewNode:
    d = G.nodes[n]
    label = node_label(d, n)
    if not include_contacts:
        label = redact_phones(label)
    return ViewNode(
        n,
        label,
        d.get("kind", ""),
        group if group is not None else d.get("kind", ""),
        size,
        node_title(G, n, include_contacts=include_contacts),
        focus,
    )


def _merge_edges(edges: Iterable[ViewEdge]) -> tuple[ViewEdge, ...]:
    """Merge parallel edges (same source, target, rel), summing weights; keep first-seen order."""
    acc: dict[tuple[str, str, str], float] = {}
    for e in edges:
        if e.source == e.target:
            continue
        key = (e.source, e.target, e.rel)
        acc[key] = acc.get(key, 0.0) + e.weight
    out = []
    for (s, t, rel), w in acc.items():
        label = REL_LABELS.get(rel, rel) + (f" ×{int(w)}" if w > 1 and float(w).is_integer() else "")
        out.append(ViewEdge(s, t, rel, label, float(w)))
    return tuple(out)


def _strength(nodes: Iterable[str], edges: Sequence[ViewEdge]) -> dict[str, float]:
    s = {n: 0.0 for n in nodes}
    for e in edges:
        if e.source in s:
            s[e.source] += e.weight
        if e.target in s:
            s[e.target] += e.weight
    return s


def _apply_sizes(
    nodes: Sequence[ViewNode], edges: Sequence[ViewEdge], sizes: Mapping[str, float] | None
) -> tuple[ViewNode, ...]:
    if sizes is None:
        strength = _strength([n.id for n in nodes], edges)
        return tuple(replace(n, size=float(strength[n.id])) for n in nodes)
    return tuple(replace(n, size=float(sizes[n.id]) if n.id in sizes else None) for n in nodes)


# ---------------------------------------------------------------- summarising


def _group_measures(
    G: nx.MultiDiGraph, nodes: dict[str, ViewNode], edges: list[ViewEdge], keep: set[str], include_contacts: bool
) -> tuple[dict[str, ViewNode], list[ViewEdge], str]:
    """Replace Measure nodes by one node per workplan (the workplan node itself when it is shown)."""
    measures = [n for n, v in nodes.items() if v.kind == "Measure" and n not in keep]
    if not measures:
        return nodes, edges, ""
    to_group: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for m in measures:
        wp = next((t for _, t, r in G.out_edges(m, data="rel") if r == "PART_OF"), None)
        gid = wp if wp is not None else f"group:Measure:{m}"
        to_group[m] = gid
        counts[gid] += 1
    new_nodes = {n: v for n, v in nodes.items() if n not in to_group}
    for gid, k in counts.items():
        if gid in G:
            base = new_nodes.get(gid) or _node(G, gid, include_contacts=include_contacts)
            title = base.title + f"\n含本视图中的 {k} 项举措 ({k} measures in this view)"
            new_nodes[gid] = replace(base, label=f"{base.label} ({k})", title=title, members=k)
    new_edges = [
        ViewEdge(to_group.get(e.source, e.source), to_group.get(e.target, e.target), e.rel, e.label, e.weight)
        for e in edges
    ]
    # A unit's RESPONSIBLE_FOR edge duplicates its grouped LEADS/SUPPORTS edges to the same workplan.
    pairs = {(e.source, e.target) for e in new_edges if e.rel in ("LEADS", "SUPPORTS")}
    new_edges = [e for e in new_edges if not (e.rel == "RESPONSIBLE_FOR" and (e.source, e.target) in pairs)]
    note = f"将 {len(measures)} 项举措按工作方案合并为 {len(counts)} 个节点 (grouped {len(measures)} measures by workplan into {len(counts)} nodes)"
    return new_nodes, list(_merge_edges(new_edges)), note


def _fold_kinds(
    nodes: dict[str, ViewNode], edges: list[ViewEdge], keep: set[str], max_nodes: int
) -> tuple[dict[str, ViewNode], list[ViewEdge], list[str]]:
    """Fold the weakest nodes of the most crowded kinds into one "+N more" node per kind."""
    notes: list[str] = []
    if len(nodes) <= max_nodes:
        return nodes, edges, notes
    strength = _strength(nodes, edges)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for n, v in nodes.items():
        if n not in keep:
            by_kind[v.kind].append(n)
    budget = max_nodes - len(keep & set(nodes)) - len(by_kind)  # one fold node per kind at most
    budget = max(budget, len(by_kind))
    # Share the budget between kinds in proportion to their size (at least one each).
    total = sum(len(v) for v in by_kind.values())
    allowance = {k: max(1, int(budget * len(v) / total)) for k, v in by_kind.items()}
    fold: dict[str, str] = {}
    counts: dict[str, int] = {}
    for kind, members in sorted(by_kind.items()):
        if len(members) <= allowance[kind] + 1:
            continue
        ranked = sorted(members, key=lambda n: (-strength[n], n))
        folded = ranked[allowance[kind] :]
        gid = f"group:{kind}:more"
        for n in folded:
            fold[n] = gid
        kl = KIND_LABELS.get(kind, kind)
        sample = "、".join(nodes[n].label for n in folded[:12]) + ("…" if len(folded) > 12 else "")
        nodes[gid] = ViewNode(
            gid,
            f"+{len(folded)} 个其他{kl.split()[0]}",
            "Group",
            kind,
            None,
            f"{kl}: 另有 {len(folded)} 个未单独显示 ({len(folded)} more, not drawn one by one)\n{sample}",
            False,
            sum(nodes[n].members for n in folded),
        )
        counts[kind] = len(folded)
    if counts:
        zh = "、".join(f"{k} 个{KIND_LABELS.get(kind, kind).split()[0]}" for kind, k in counts.items())
        en = ", ".join(f"{k} {kind}" for kind, k in counts.items())
        notes.append(f"连接最少的 {zh} 各合并为一个方块节点 (fewest-connected {en} nodes each shown as one node)")
    nodes = {n: v for n, v in nodes.items() if n not in fold}
    edges = list(
        _merge_edges(
            ViewEdge(fold.get(e.source, e.source), fold.get(e.target, e.target), e.rel, e.label, e.weight)
            for e in edges
        )
    )
    return nodes, edges, notes


# ---------------------------------------------------------------- views


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
        Without it, size is the node's weighted connections in the view.
    groups : optional colour key per node id (e.g. community); default is the node kind.
    include_people, include_contacts : privacy switches (people's names; phone numbers).
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
    nodes = {
        n: _node(G, n, group=(groups or {}).get(n), focus=(n == focus), include_contacts=include_contacts)
        for n in sorted(chosen, key=lambda n: (seen[n], n))
    }
    edges = [
        ViewEdge(u, v, r, REL_LABELS.get(r, r))
        for u, v, r in G.edges(data="rel")
        if u in chosen and v in chosen and (rels is None or r in rels)
    ]
    edges = list(_merge_edges(edges))
    notes: list[str] = []
    if hidden_people:
        notes.append(f"{len(hidden_people)} 名人员未显示 ({len(hidden_people)} people hidden; include_people to show)")
    keep = {focus}
    if len(nodes) > max_nodes:
        nodes, edges, note = _group_measures(G, nodes, edges, keep, include_contacts)
        if note:
            notes.append(note)
        nodes, edges, more = _fold_kinds(nodes, edges, keep, max_nodes)
        notes.extend(more)
    ordered = tuple(nodes.values())
    name = G.nodes[focus].get("name", focus)
    return View(
        title=f"{name} · {depth} 度关系 (neighbourhood, depth {depth})",
        nodes=_apply_sizes(ordered, edges, sizes),
        edges=tuple(edges),
        notes=tuple(notes),
        focus=(focus,),
        size_label=size_label or ("连接数 connections in view" if sizes is None else "指标 metric"),
        group_label=group_label or ("类型 kind" if groups is None else "分组 group"),
        source=source_line(G),
        include_contacts=include_contacts,
        include_people=include_people,
        layout="radial",
    )


def _unit_node(
    G: nx.MultiDiGraph, n: str, groups: Mapping[str, str] | None, *, focus: bool = False, include_contacts: bool = False
) -> ViewNode:
    group = (groups or {}).get(n)
    if group is None:
        group = CATEGORY_LABELS.get(G.nodes[n].get("category"), "其他 other") if n in G else "其他 other"
    if n in G:
        return _node(G, n, group=group, focus=focus, include_contacts=include_contacts)
    name = n.split(":", 1)[-1]
    return ViewNode(n, name, "Unit", group, None, name, focus)


def _shared_measures(G: nx.MultiDiGraph, a: str, b: str) -> list[str]:
    ma = {m for _, m, r in G.out_edges(a, data="rel") if r in ("LEADS", "SUPPORTS")}
    mb = {m for _, m, r in G.out_edges(b, data="rel") if r in ("LEADS", "SUPPORTS")}
    return sorted(ma & mb, key=lambda m: (str(G.nodes[m].get("workplan")), G.nodes[m].get("seq") or 0, m))


def chain_view(
    G: nx.MultiDiGraph,
    units: Sequence[str],
    *,
    hop_measures: Sequence[Sequence[str]] | None = None,
    max_measures_per_hop: int = 3,
    include_contacts: bool = False,
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
        nodes[u] = _node(G, u, focus=i in (0, len(ids) - 1), include_contacts=include_contacts)
    edges: list[ViewEdge] = []
    notes: list[str] = []
    for i, (a, b) in enumerate(zip(ids, ids[1:])):
        ms = list(hop_measures[i]) if hop_measures is not None else _shared_measures(G, a, b)
        if not ms:
            edges.append(ViewEdge(a, b, "COORDINATES", REL_LABELS["COORDINATES"]))
            continue
        shown, rest = ms[:max_measures_per_hop], ms[max_measures_per_hop:]
        for m in shown:
            if m not in nodes:
                nodes[m] = _node(G, m, include_contacts=include_contacts)
            for u in (a, b):
                rel = next(
                    (r for _, t, r in G.out_edges(u, data="rel") if t == m and r in ("LEADS", "SUPPORTS")), "SUPPORTS"
                )
                edges.append(ViewEdge(u, m, rel, REL_LABELS[rel]))
        if rest:
            gid = f"group:Measure:hop{i}"
            nodes[gid] = ViewNode(
                gid,
                f"+{len(rest)} 项举措",
                "Group",
                "Measure",
                None,
                "另有举措 more measures:\n" + "\n".join(node_label(G.nodes[m], m) for m in rest[:20]),
                False,
                len(rest),
            )
            edges += [ViewEdge(a, gid, "COORDINATES", "协同"), ViewEdge(b, gid, "COORDINATES", "协同")]
            notes.append(
                f"{G.nodes[a].get('name')}–{G.nodes[b].get('name')}: 另有 {len(rest)} 项共同举措未单独显示 "
                f"({len(rest)} more shared measures shown as one node)"
            )
    merged = _merge_edges(edges)
    names = " → ".join(G.nodes[u].get("name", u) for u in ids)
    return View(
        title=f"协同链 chain: {names}",
        nodes=_apply_sizes(tuple(nodes.values()), merged, None),
        edges=merged,
        notes=tuple(notes),
        focus=(ids[0], ids[-1]) if ids else (),
        source=source_line(G),
        include_contacts=include_contacts,
        layout="chain",
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
) -> View:
    """The unit–unit coordination network ``C`` (nodes: unit ids; edge ``weight``: shared measures).

    ``C`` comes from the coordination-graph function in ``graph/`` (this module does not
    compute metrics). Units are ranked by ``sizes`` (or weighted degree when absent); the top
    ``max_nodes`` are drawn. Edges below ``min_weight`` are dropped; when more than ``max_edges``
    remain (default 4 × nodes), only the strongest are drawn. Colour is the unit category
    unless ``groups`` (e.g. community per unit) is given. Directed ``C`` is drawn undirected.
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
        notes.append(
            f"显示 {len(keep)} / {U.number_of_nodes()} 个单位 (showing the {len(keep)} highest-ranked of "
            f"{U.number_of_nodes()} units)"
        )
    keep_set = set(keep)
    cand = [(a, b, w) for a, b, w in U.edges(data="weight") if a in keep_set and b in keep_set and w >= min_weight]
    limit = max_edges if max_edges is not None else 4 * max(1, len(keep))
    cand.sort(key=lambda e: (-e[2], str(e[0]), str(e[1])))
    if len(cand) > limit:
        notes.append(
            f"只画出最强的 {limit} / {len(cand)} 条协同关系 (drawing the {limit} strongest of {len(cand)} links)"
        )
        cand = cand[:limit]
    if min_weight > 1:
        notes.append(
            f"不显示少于 {min_weight:g} 项共同举措的关系 (links with fewer than {min_weight:g} shared measures hidden)"
        )
    edges = tuple(ViewEdge(a, b, "COORDINATES", f"{w:g} 项", float(w)) for a, b, w in cand)
    nodes = tuple(_unit_node(G, n, groups, focus=n in focus) for n in keep)
    return View(
        title=title or "协同网络 coordination network",
        nodes=_apply_sizes(nodes, edges, sizes),
        edges=edges,
        notes=tuple(notes),
        focus=tuple(focus),
        size_label=size_label or ("共同举措 shared measures" if sizes is None else "指标 metric"),
        group_label=group_label or ("类别 category" if groups is None else "社区 community"),
        source=source_line(G),
    )


def bottleneck_view(
    G: nx.MultiDiGraph,
    C: nx.Graph,
    metric: Mapping[str, float],
    *,
    top: int = 25,
    metric_label: str = "中介中心性 betweenness",
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    max_edges: int | None = None,
) -> View:
    """The ``top`` units by ``metric`` (e.g. betweenness) in the coordination network, sized by it.

    >>> G = nx.MultiDiGraph()
    >>> for u in "ABC":
    ...     G.add_node(f"unit:{u}", kind="Unit", name=u, aliases=[], category="department")
    >>> C = nx.Graph([("unit:A", "unit:B", {"weight": 2}), ("unit:B", "unit:C", {"weight": 1})])
    >>> v = bottleneck_view(G, C, {"unit:A": 0.0, "unit:B": 1.0, "unit:C": 0.0}, top=2)
    >>> [(n.label, n.size) for n in v.nodes]
    [('B', 1.0), ('A', 0.0)]
    """
    view = coordination_view(
        G,
        C,
        sizes=metric,
        size_label=metric_label,
        groups=groups,
        group_label=group_label,
        max_nodes=top,
        max_edges=max_edges,
        title=f"瓶颈 bottlenecks: {metric_label}",
    )
    return view

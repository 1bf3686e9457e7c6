"""Hubs summarised instead of drawn as a hairball: a view's measures grouped by their workplan
(``group_measures``), then the weakest nodes of the most crowded kinds folded into one "+N more" node per kind
(``fold_kinds``). Each summary says what it did in a note the view carries.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

import networkx as nx

from reformgraph.view_model import KIND_LABELS, ViewEdge, ViewNode
from reformgraph.view_nodes import (
    bi,
    merge_edge_tuples,
    merge_edges,
    node_labels,
    node_strength,
    split_label,
    view_node,
)

# ---------------------------------------------------------------- summarising


def group_measures(
    G: nx.MultiDiGraph,
    nodes: dict[str, ViewNode],
    edges: list[ViewEdge],
    keep: set[str],
    include_contacts: bool,
    lang: str = "both",
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
    labels = node_labels(G, [gid for gid in counts if gid in G])
    for gid, k in counts.items():
        if gid in G:
            base = new_nodes.get(gid) or view_node(
                G, gid, include_contacts=include_contacts, label=labels[gid], lang=lang
            )
            title = base.title + "\n" + bi(f"含本视图中的 {k} 项举措", f"{k} measures in this view", lang, note=True)
            new_nodes[gid] = replace(base, label=f"{base.label} ({k})", title=title, members=k)
    new_edges = [
        (to_group.get(e.source, e.source), to_group.get(e.target, e.target), e.rel, e.weight, "") for e in edges
    ]
    # A unit's RESPONSIBLE_FOR edge duplicates its grouped LEADS/SUPPORTS edges to the same workplan.
    pairs = {(s, t) for s, t, rel, _, _ in new_edges if rel in ("LEADS", "SUPPORTS")}
    new_edges = [e for e in new_edges if not (e[2] == "RESPONSIBLE_FOR" and (e[0], e[1]) in pairs)]
    note = bi(
        f"将 {len(measures)} 项举措按工作方案合并为 {len(counts)} 个节点",
        f"grouped {len(measures)} measures by workplan into {len(counts)} nodes",
        lang,
        note=True,
    )
    return new_nodes, list(merge_edge_tuples(new_edges, lang)), note


def fold_kinds(
    nodes: dict[str, ViewNode], edges: list[ViewEdge], keep: set[str], max_nodes: int, lang: str = "both"
) -> tuple[dict[str, ViewNode], list[ViewEdge], list[str]]:
    """Fold the weakest nodes of the most crowded kinds into one "+N more" node per kind."""
    notes: list[str] = []
    if len(nodes) <= max_nodes:
        return nodes, edges, notes
    strength = node_strength(nodes, edges)
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
        zh, en = split_label(KIND_LABELS.get(kind, kind))
        sample = "、".join(nodes[n].label for n in folded[:12]) + ("…" if len(folded) > 12 else "")
        nodes[gid] = ViewNode(
            gid,
            bi(f"+{len(folded)} 个其他{zh}", f"+{len(folded)} more", lang),
            "Group",
            # coloured as its kind where the kind is the colour (by kind), else as a group: among units coloured
            # by community "Unit" was a legend entry of its own that no unit has (session 64)
            kind if all(nodes[n].group == kind for n in folded) else "Group",
            None,
            bi(f"{zh}：另有 {len(folded)} 个未单独显示", f"{en}: {len(folded)} more, not drawn one by one", lang)
            + f"\n{sample}",
            False,
            sum(nodes[n].members for n in folded),
        )
        counts[kind] = len(folded)
    if counts:
        zh = "、".join(f"{k} 个{split_label(KIND_LABELS.get(kind, kind))[0]}" for kind, k in counts.items())
        en = ", ".join(f"{k} {kind}" for kind, k in counts.items())
        notes.append(
            bi(
                f"连接最少的 {zh} 各合并为一个方块节点",
                f"fewest-connected {en} nodes each shown as one node",
                lang,
                note=True,
            )
        )
    nodes = {n: v for n, v in nodes.items() if n not in fold}
    edges = list(
        merge_edges(
            (
                ViewEdge(fold.get(e.source, e.source), fold.get(e.target, e.target), e.rel, e.label, e.weight)
                for e in edges
            ),
            lang,
        )
    )
    return nodes, edges, notes

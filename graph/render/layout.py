"""Where nodes go, and how they look: seeded positions, colours and sizes shared by every renderer.

Positions are computed once with networkx (seeded, so the same view gives the
same picture every time) and handed to both the HTML export (physics off: big
hubs cannot thrash) and the image export. Colours come from one fixed palette
per node kind, or a stable palette over the sorted group keys.

>>> from reformgraph.views import View, ViewNode, ViewEdge
>>> v = View("t", (ViewNode("a", "A", "Unit", "Unit", 1.0, "A", True), ViewNode("b", "B", "Measure", "Measure", 1.0, "B")),
...          (ViewEdge("a", "b", "LEADS", "牵头"),), focus=("a",))
>>> pos = positions(v)
>>> pos["a"]
(0.0, 0.0)
>>> pos == positions(v)
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import networkx as nx

from reformgraph.views import KIND_LABELS, View, ViewNode

DEFAULT_SEED = 7

KIND_COLOURS = {
    "Unit": "#1f77b4",
    "Measure": "#ff7f0e",
    "Workplan": "#2ca02c",
    "Reform": "#9467bd",
    "Document": "#7f7f7f",
    "District": "#8c564b",
    "Law": "#e377c2",
    "Person": "#bcbd22",
    "Group": "#c7c7c7",
}
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#dbdb8d",
    "#9edae5",
    "#393b79",
)


def positions(view: View, *, seed: int = DEFAULT_SEED) -> dict[str, tuple[float, float]]:
    """Seeded positions in roughly [-1, 1]², focus nodes fixed (one focus at the centre).

    ``view.layout`` chooses: ``"radial"`` (focus at the centre, rings by hops, each ring
    ordered next to its parents: readable for a unit's neighbourhood), ``"chain"`` (left to
    right in chain order) or ``"spring"`` (networkx spring layout, seeded).
    """
    if not view.nodes:
        return {}
    if view.layout == "chain":
        return _chain_positions(view)
    H = nx.Graph()
    for n in view.nodes:
        H.add_node(n.id)
    for e in view.edges:
        if H.has_edge(e.source, e.target):
            H[e.source][e.target]["weight"] += e.weight
        else:
            H.add_edge(e.source, e.target, weight=e.weight)
    # Log weights: a hub's 200-measure edge should pull, not collapse the picture.
    for _, _, d in H.edges(data=True):
        d["w"] = 1.0 + math.log1p(d["weight"])
    n = H.number_of_nodes()
    focus = [f for f in view.focus if f in H]
    if view.layout == "radial" and len(focus) == 1:
        return _radial_positions(view, H, focus[0])
    if len(focus) == 1 and nx.is_connected(H):
        k = 1.6 / math.sqrt(max(n, 1))
        pos = nx.spring_layout(H, k=k, pos={focus[0]: (0.0, 0.0)}, fixed=focus, weight="w", seed=seed, iterations=200)
        fx, fy = pos[focus[0]]
        pos = {node: (x - fx, y - fy) for node, (x, y) in pos.items()}
    else:
        pos = _components_positions(H, seed)
        focus = []
    out = {node: (float(x), float(y)) for node, (x, y) in pos.items()}
    # Normalise to [-1, 1] around the centre (the focus node when there is one).
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    cx = 0.0 if len(focus) == 1 else (max(xs) + min(xs)) / 2
    cy = 0.0 if len(focus) == 1 else (max(ys) + min(ys)) / 2
    span = max(max(abs(x - cx) for x in xs), max(abs(y - cy) for y in ys), 1e-9)
    return {node: (round((x - cx) / span, 6), round((y - cy) / span, 6)) for node, (x, y) in out.items()}


def _components_positions(H: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout of the largest component in the middle; smaller components and isolated
    nodes on a ring around it (so one stray node cannot squeeze the rest into a dot)."""
    comps = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    if not comps:
        return {}
    main = H.subgraph(comps[0])
    k = 3.0 / math.sqrt(max(main.number_of_nodes(), 1))
    pos = (
        {
            n: (float(x), float(y))
            for n, (x, y) in nx.spring_layout(main, k=k, weight=None, seed=seed, iterations=200).items()
        }
        if len(comps[0]) > 1
        else {comps[0][0]: (0.0, 0.0)}
    )
    rest = [n for c in comps[1:] for n in c]
    if rest:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
        pos = {n: (0.75 * (x - cx) / span, 0.75 * (y - cy) / span) for n, (x, y) in pos.items()}
        for i, n in enumerate(rest):
            a = 2 * math.pi * i / len(rest) + math.pi / 2
            pos[n] = (math.cos(a), math.sin(a))
    return pos


def _radial_positions(view: View, H: nx.Graph, focus: str) -> dict[str, tuple[float, float]]:
    """Focus at the centre, nodes on rings by hops from it; each ring ordered next to its parents."""
    dist = nx.single_source_shortest_path_length(H, focus)
    far = max(dist.values(), default=0) + 1
    rings: dict[int, list[str]] = {}
    for node in H.nodes:
        rings.setdefault(dist.get(node, far), []).append(node)
    kind = {n.id: n.kind for n in view.nodes}
    group = {n.id: n.group for n in view.nodes}
    strength = dict(H.degree(weight="weight"))
    angle: dict[str, float] = {focus: 0.0}
    pos: dict[str, tuple[float, float]] = {focus: (0.0, 0.0)}
    levels = sorted(r for r in rings if r > 0)
    for r in levels:
        members = rings[r]
        if r == levels[0]:
            members.sort(key=lambda m: (group[m], kind[m] == "Group", -strength[m], m))
        else:

            def target(m: str) -> float:
                parents = [angle[p] for p in H.neighbors(m) if p in angle and dist.get(p, far) < r]
                if not parents:
                    return 2 * math.pi
                sx = sum(math.cos(a) for a in parents)
                sy = sum(math.sin(a) for a in parents)
                return math.atan2(sy, sx) % (2 * math.pi)

            members.sort(key=lambda m: (round(target(m), 6), group[m], m))
        radius = r / len(levels)
        count = len(members)
        stagger = 0.07 / len(levels) if count > 24 else 0.0
        for i, m in enumerate(members):
            a = 2 * math.pi * i / count + (math.pi / count if r % 2 == 0 else 0.0)
            angle[m] = a
            rr = radius + (stagger if i % 2 else -stagger)
            pos[m] = (round(rr * math.cos(a), 6), round(rr * math.sin(a), 6))
    return pos


def _chain_positions(view: View) -> dict[str, tuple[float, float]]:
    units = [n.id for n in view.nodes if n.kind == "Unit"]
    step = 2.0 / max(len(units) - 1, 1)
    pos = {u: (-1.0 + i * step, 0.0) for i, u in enumerate(units)}
    # Each measure sits between the two units of its hop, stacked vertically.
    stacks: dict[tuple[float, float], int] = {}
    for n in view.nodes:
        if n.id in pos:
            continue
        ends = sorted({e.source for e in view.edges if e.target == n.id and e.source in pos}, key=lambda u: pos[u][0])
        x = sum(pos[u][0] for u in ends) / len(ends) if ends else 0.0
        key = (round(x, 6), 0.0)
        i = stacks.get(key, 0)
        stacks[key] = i + 1
        y = (i // 2 + 1) * 0.35 * (1 if i % 2 == 0 else -1)
        pos[n.id] = (x, y)
    return pos


def group_colours(view: View) -> dict[str, str]:
    """Colour per legend group: kind colours when groups are kinds, else a stable palette."""
    keys = sorted({n.group for n in view.nodes})
    if all(k in KIND_COLOURS for k in keys):
        return {k: KIND_COLOURS[k] for k in keys}
    out = {}
    i = 0
    for k in keys:
        if k in KIND_COLOURS and k in ("Measure", "Group"):
            out[k] = KIND_COLOURS[k]
            continue
        out[k] = PALETTE[i % len(PALETTE)]
        i += 1
    return out


def group_label(key: str) -> str:
    """Legend text for a group key (kind keys get their bilingual label)."""
    return KIND_LABELS.get(key, key)


def size_scale(nodes: Sequence[ViewNode], lo: float, hi: float, base: float | None = None) -> dict[str, float]:
    """Map each node's ``size`` onto [lo, hi] by square root (area ∝ value); None → ``base`` (or lo)."""
    values = [n.size for n in nodes if n.size is not None]
    base = lo if base is None else base
    if not values:
        return {n.id: base for n in nodes}
    vmin, vmax = min(values), max(values)
    out = {}
    for n in nodes:
        if n.size is None:
            out[n.id] = base
        elif vmax == vmin:
            out[n.id] = (lo + hi) / 2
        else:
            t = math.sqrt((n.size - vmin) / (vmax - vmin))
            out[n.id] = lo + t * (hi - lo)
    return out


def size_legend_values(nodes: Sequence[ViewNode]) -> list[float]:
    """Up to three reference values (min, middle, max) for the size legend."""
    values = sorted({n.size for n in nodes if n.size is not None})
    if not values:
        return []
    if len(values) <= 3:
        return values
    mid = values[len(values) // 2]
    return [values[0], mid, values[-1]]


def scaled_positions(pos: Mapping[str, tuple[float, float]], scale: float) -> dict[str, tuple[int, int]]:
    """Positions in pixels for vis-network (y grows downwards)."""
    return {n: (int(round(x * scale)), int(round(-y * scale))) for n, (x, y) in pos.items()}

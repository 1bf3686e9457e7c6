"""Where nodes and their labels go, and how they look: one placement shared by every renderer.

The layout works in *em*: one unit is the label font size. A canvas is ``W × H``
em (a slide's network area at 10 pt is about 72 × 44 em; the HTML export draws
1 em as 15 px), so the same placement gives the same picture on a slide and in
the browser, and a label's room is known before anything is drawn.

:func:`place` does it in three steps:

1. **positions** by the view's ``layout``: ``star`` (the focus in the centre,
   the others in two curved columns, strongest at the top, labels pointing
   outwards: a hub's 40 partners read as two lists), ``radial`` (rings by hops
   from the focus), ``chain`` (left to right) or ``spring`` (networkx
   ForceAtlas2, seeded);
2. **room for labels**: every node is a box — its marker plus its label (below
   it, or beside it in a star) — and overlapping boxes are pushed apart until
   none overlaps (focus nodes stay put), inside the canvas;
3. **hiding as a last resort**: when the canvas is too crowded for every label,
   the least important labels are hidden (``Placement.hidden``) rather than
   drawn over one another; ``Placement.overlaps`` counts the label pairs that
   still overlap (0 by construction).

Label width is estimated from the text (a CJK character is 1 em, other
characters 0.6 em, slightly more than Noto Sans CJK draws), so boxes are never
smaller than the drawn text; the image export measures the drawn text again.

>>> from reformgraph.views import View, ViewNode, ViewEdge
>>> v = View("t", (ViewNode("a", "甲局", "Unit", "Unit", None, "A", True), ViewNode("b", "乙局", "Unit", "Unit", 2.0, "B")),
...          (ViewEdge("a", "b", "COORDINATES", "协同"),), focus=("a",), layout="star")
>>> p = place(v, (40.0, 20.0))
>>> p.pos["a"], p.pos["b"][0] > 0, p.labels["b"].ha, p.overlaps, p.hidden
((0.0, 0.0), True, 'left', 0, ())
>>> positions(v)["a"]
(0.0, 0.0)
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from reformgraph.view_model import CATEGORY_LABELS, LANGS, PARTNER_EDGE_GROUPS, View, ViewNode
from reformgraph.view_nodes import bi, category_text, colon, kind_text, short_number

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
# Unit categories keep their colour in every picture and both languages.
CATEGORY_COLOURS = {
    "department": "#76889e",  # the most common category: a quiet blue-grey
    "district_government": "#f28e2b",
    "subdistrict": "#ffbe7d",  # the light orange beside the district governments' orange
    "court": "#59a14f",
    "procuratorate": "#76b7b2",
    "enterprise": "#b07aa1",
    "association": "#edc948",
    "collective": "#bab0ac",
    "other": "#9c755f",
}
_CATEGORY_BY_TEXT = {category_text(c, lang): CATEGORY_COLOURS[c] for c in CATEGORY_LABELS for lang in LANGS}
# Edge colours of the partner view: who leads. Blue and orange are told apart by colour-blind readers too.
EDGE_COLOURS = {"focus_leads": "#1f5fbf", "partner_leads": "#e07b00", "together": "#9aa5b1", "": "#9aa5b1"}

# The slide (image export) and its network area; the HTML export draws the same canvas, 1 em = EM_PX px.
SLIDE_INCHES = (13.333, 7.5)  # 16:9, the size of a PowerPoint slide
NETWORK_BOX = (0.02, 0.085, 0.77, 0.905)  # left, bottom, right, top of the network area (figure fraction)
EM_PX = 15  # HTML label size in px: ≥ 12 px on screen down to 80 % zoom-to-fit
# The explorer's pictures are no wider than this (em): at 80 % zoom-to-fit (labels 12 px) they fit the
# 820 px a 1280 px laptop screen leaves beside the sidebar. A page scrolls, so they grow taller instead.
SCREEN_WIDTH_EM = 64.0

LABEL_HEIGHT = 1.3  # em: a line of text with its white halo
LABEL_GAP = 0.3  # em between a marker and its label
FOCUS_FONT = 1.25  # focus labels are this much larger
MARKER_EM = (0.8, 3.0)  # marker diameter in em for the smallest / largest value
FOCUS_MARKER_EM = 2.4
BASE_MARKER_EM = 1.1  # nodes without a size (grouped nodes, units of a chain)
PAD = 0.3  # em kept free around every box
# ... and beside it: two labels side by side on one line must not read as one name
# ("上海机场（集团）有限公司 上海金山铁路有限公司" with a 0.3 em gap did); 1 em hid 10 of the depth-2 hub's labels
PAD_X = 0.7
MAX_ROUNDS = 40  # rounds of separating, moving labels and hiding: bounds the time for huge views


# ---------------------------------------------------------------- text and sizes


def label_font_size(n_nodes: int) -> float:
    """Label size in points on a slide: 11 pt for small pictures, never below 9 pt."""
    return 11.0 if n_nodes <= 30 else 10.0 if n_nodes <= 50 else 9.0


def canvas_for(view: View) -> tuple[float, float]:
    """The network area of a slide in em of the view's label size: where every renderer places it.

    >>> from reformgraph.views import View
    >>> [round(x, 1) for x in canvas_for(View("t", (), ()))]
    [65.5, 40.3]
    """
    left, bottom, right, top = NETWORK_BOX
    fs = label_font_size(len(view.nodes))
    return ((right - left) * SLIDE_INCHES[0] * 72 / fs, (top - bottom) * SLIDE_INCHES[1] * 72 / fs)


def screen_canvas(view: View, max_width: float = SCREEN_WIDTH_EM) -> tuple[float, float]:
    """:func:`canvas_for` made no wider than ``max_width`` em and taller by as much (the same area):
    the canvas of a picture on a page, where width is scarce and the page scrolls.

    >>> from reformgraph.views import View
    >>> [round(x, 1) for x in screen_canvas(View("t", (), ()))], [round(x, 1) for x in screen_canvas(View("t", (), ()), 50)]
    ([64.0, 41.2], [50.0, 52.7])
    """
    W, H = canvas_for(view)
    if W <= max_width:
        return W, H
    return float(max_width), H * W / max_width


def text_width(text: str) -> float:
    """Estimated width of ``text`` in em: wide (CJK) characters 1, others 0.6 (a little more than drawn).

    >>> text_width("市财政局"), text_width("[60.1] 食品")
    (4.0, 6.2)
    """
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.6 for ch in text)


def fit_text(text: str, max_em: float) -> str:
    """``text`` cut with "…" so that it is at most ``max_em`` wide.

    >>> fit_text("来源：某某文件", 4.0), fit_text("短", 4.0)
    ('来源：…', '短')
    """
    if text_width(text) <= max_em:
        return text
    out, used = "", 1.0
    for ch in text:
        used += text_width(ch)
        if used > max_em:
            break
        out += ch
    return out + "…"


@dataclass(frozen=True)
class SizeScale:
    """Marker diameter (em) for a value: area grows in proportion to the value (above a floor).

    ``diameter(v) = sqrt(lo² + (hi² − lo²) · v / vmax)``: a node twice the value has (almost)
    twice the area, and the size legend draws its reference values with the same function.
    """

    vmax: float
    lo: float = MARKER_EM[0]
    hi: float = MARKER_EM[1]

    def diameter(self, value: float | None) -> float | None:
        if value is None:
            return None
        share = max(0.0, float(value)) / self.vmax if self.vmax > 0 else 1.0
        return math.sqrt(self.lo**2 + (self.hi**2 - self.lo**2) * min(share, 1.0))


COUNT_FLOOR = 8.0  # counts are drawn against at least this many: 2 shared measures is a small node


def size_scale(nodes: Sequence[ViewNode], hi: float = MARKER_EM[1]) -> SizeScale:
    """The scale for a view's sized nodes: the largest value gets ``hi`` — or, when the values are
    counts (whole numbers), a count of :data:`COUNT_FLOOR` does, so that small counts stay small.

    A ``hi`` below the usual one (a star's column of many partners, each in a narrow row) lowers the
    floor in proportion: the smallest and the largest marker keep :data:`MARKER_EM`'s ratio. With the
    floor kept, the 128 partners of the 87 held-out plans' busiest unit were drawn 0.86 em for 2 shared
    measures and 0.93 em for 5, and the size legend showed "2" and "5" as one circle.

    >>> from reformgraph.views import ViewNode
    >>> nodes = [ViewNode(str(v), "", "Unit", "Unit", float(v), "") for v in (2, 5, 22)]
    >>> [round(size_scale(nodes, hi).diameter(5) / size_scale(nodes, hi).diameter(2), 2) for hi in (3.0, 1.27)]
    [1.35, 1.35]
    """
    values = [n.size for n in nodes if n.size is not None]
    vmax = max(values, default=0.0)
    if values and all(float(v).is_integer() for v in values):
        vmax = max(vmax, COUNT_FLOOR)
    return SizeScale(vmax, MARKER_EM[0] * min(1.0, hi / MARKER_EM[1]), hi)


def diameters(nodes: Sequence[ViewNode], scale: SizeScale) -> dict[str, float]:
    """Marker diameter in em per node: focus nodes a fixed large size, unsized nodes the base size."""
    out = {}
    for n in nodes:
        d = scale.diameter(n.size)
        out[n.id] = FOCUS_MARKER_EM if n.focus and d is None else d if d is not None else BASE_MARKER_EM
    return out


def _nice(value: float) -> float:
    """The largest 1-2-5 number not above ``value``."""
    if value <= 0:
        return 0.0
    exp = math.floor(math.log10(value))
    for step in (5, 2, 1):
        if step * 10**exp <= value:
            return float(step * 10**exp)
    return float(10**exp)


legend_number = short_number  # a size legend's number, as the ranking beside it writes its values


LEGEND_STEP = 2.0  # each bubble of the size legend stands for at least twice the value of the one before
LEGEND_WIDER = 1.25  # and is drawn at least this much wider (above the floor size small values look alike)


def _as_scale(values: Sequence[float], scale: SizeScale) -> list[float]:
    """``values`` thinned from the largest down so that each kept value is at most :data:`LEGEND_STEP` times
    smaller than the next kept one, and its bubble :data:`LEGEND_WIDER` times narrower: bubbles that read as a
    scale. (Every scale of :func:`size_scale` keeps the ratio of its smallest and largest marker, so the
    ratio of two bubbles is the same on a star's narrow rows.)

    >>> _as_scale([0.000798, 0.001, 0.00565], SizeScale(0.00565))
    [0.001, 0.00565]
    >>> _as_scale([0.01, 0.02, 0.148], SizeScale(0.148))  # 1.10 and 1.33 em: alike beside 3 em
    [0.02, 0.148]
    >>> _as_scale([1.0, 2.0, 5.0], SizeScale(8.0))
    [1.0, 2.0, 5.0]
    """
    kept: list[float] = []
    for v in sorted(values, reverse=True):
        if not kept or (
            v * LEGEND_STEP <= kept[-1] * (1 + 1e-9)
            and (scale.diameter(v) or 0.0) * LEGEND_WIDER <= (scale.diameter(kept[-1]) or 0.0) * (1 + 1e-9)
        ):
            kept.append(v)
    return sorted(kept)


def size_legend_values(nodes: Sequence[ViewNode]) -> list[float]:
    """Up to three round reference values inside the range of the sized nodes (largest last), each at
    least :data:`LEGEND_STEP` times the one before and drawn :data:`LEGEND_WIDER` times wider (two nearly equal
    bubbles, ``0.000798`` beside ``0.001`` on the held-out plans' bottleneck slide, showed no scale).

    >>> from reformgraph.views import ViewNode
    >>> size_legend_values([ViewNode(str(v), "", "Unit", "Unit", float(v), "") for v in (1, 7, 12, 31)])
    [2.0, 10.0, 31.0]
    >>> size_legend_values([ViewNode(str(v), "", "Unit", "Unit", v, "") for v in (0.0, 0.0013, 0.0093)])
    [0.0013, 0.0093]
    >>> size_legend_values([ViewNode(str(v), "", "Unit", "Unit", v, "") for v in (0.000798, 0.002, 0.004, 0.00565)])
    [0.001, 0.00565]
    """
    values = sorted({float(n.size) for n in nodes if n.size is not None})
    values = [v for v in values if v > 0] or values  # a zero is drawn at the floor size: it says nothing
    if not values:
        return []
    lo, hi = values[0], values[-1]
    scale = size_scale(nodes)
    if len(values) <= 3:
        return _as_scale(values, scale)
    picks = [hi]
    for target in (hi / 3, hi / 10):
        nice = _nice(target)
        if nice >= lo and all(abs(nice - p) > 1e-9 for p in picks):
            picks.append(nice)
    if lo not in picks and len(picks) < 3 and lo > 0:
        picks.append(lo)
    return _as_scale(picks, scale)


# ---------------------------------------------------------------- colours


def natural_key(text: str) -> tuple:
    """Sort key reading the numbers in ``text`` as numbers ("社区 2" before "社区 10")."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def group_colours(view: View) -> dict[str, str]:
    """Colour per legend group: fixed colours for kinds and unit categories (the same in every
    picture and language), else a stable palette over the keys in natural order (协同组 2 before 协同组 10).

    >>> from reformgraph.views import View, ViewNode
    >>> list(group_colours(View("t", tuple(ViewNode(g, "", "Unit", g, None, "") for g in ("组 10", "组 2", "组 1")), ())))
    ['组 1', '组 2', '组 10']
    """
    keys = sorted({n.group for n in view.nodes}, key=natural_key)
    if all(k in KIND_COLOURS for k in keys):
        return {k: KIND_COLOURS[k] for k in keys}
    if all(k in _CATEGORY_BY_TEXT or k in ("Group", "Unit") for k in keys):
        return {k: _CATEGORY_BY_TEXT.get(k, KIND_COLOURS.get(k, "#999999")) for k in keys}
    out = {}
    i = 0
    for k in keys:
        if k in KIND_COLOURS and k in ("Measure", "Group"):
            out[k] = KIND_COLOURS[k]
            continue
        out[k] = PALETTE[i % len(PALETTE)]
        i += 1
    return out


def group_label(key: str, lang: str = "both") -> str:
    """Legend text for a group key (kind keys get their label in ``lang``)."""
    return kind_text(key, lang)


def size_title(view: View) -> str:
    """The size legend's title ("大小：共同举措数" in Chinese).

    >>> from reformgraph.views import View
    >>> size_title(View("t", (), (), size_label="中介中心性", lang="zh"))
    '大小：中介中心性'
    """
    return bi("大小", "Size", view.lang) + colon(view.lang) + view.size_label


def edge_legend(view: View) -> list[tuple[str, str]]:
    """(label, colour) for every edge group drawn (the partner view's lead/support colours)."""
    present = {e.group for e in view.edges if e.group}
    return [(bi(*PARTNER_EDGE_GROUPS[g], view.lang), EDGE_COLOURS[g]) for g in PARTNER_EDGE_GROUPS if g in present]


# ---------------------------------------------------------------- placement


@dataclass(frozen=True)
class PlacedLabel:
    """A label's anchor (em), alignment, font scale and box ``(x0, y0, x1, y1)`` in em."""

    text: str
    x: float
    y: float
    ha: str
    va: str
    scale: float
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class Placement:
    """Node centres and marker diameters (em, origin at the canvas centre, y up), the labels drawn,
    the labels hidden for lack of room, and how many label pairs overlap (0 unless nothing helped)."""

    canvas: tuple[float, float]
    pos: dict[str, tuple[float, float]]
    diameter: dict[str, float]
    labels: dict[str, PlacedLabel]
    hidden: tuple[str, ...]
    overlaps: int
    scale: SizeScale = SizeScale(0.0)  # the size scale markers were drawn with (for the size legend)


def place(view: View, canvas: tuple[float, float], *, seed: int = DEFAULT_SEED) -> Placement:
    """Place ``view`` on a ``canvas`` of ``(W, H)`` em: positions, labels, no overlapping labels."""
    import numpy as np

    W, H = canvas
    nodes = list(view.nodes)
    if not nodes:
        return Placement(canvas, {}, {}, {}, (), 0)
    ids = [n.id for n in nodes]
    index = {n: i for i, n in enumerate(ids)}
    focus = {f for f in view.focus if f in index}
    star = view.layout == "star" and len(focus) == 1
    hi = MARKER_EM[1]
    if star:
        rows = max(1, math.ceil((len(nodes) - 1) / 2))
        hi = max(MARKER_EM[0], min(hi, (H - 2) / rows - 0.25))
    sizing = size_scale(nodes, hi)
    dia = diameters(nodes, sizing)
    scale = {n.id: FOCUS_FONT if n.id in focus else 1.0 for n in nodes}
    width = {n.id: text_width(n.label) * scale[n.id] for n in nodes}
    side = {n.id: "below" for n in nodes}

    if star:
        raw, side = _star_positions(view, W, H, dia, width)
    elif view.layout == "chain":
        raw = _chain_positions(view)
    elif view.layout == "radial" and len(focus) == 1:
        raw = _radial_positions(view, next(iter(focus)))
    else:
        raw = _force_positions(view, seed)

    if not star:
        side = {i: _outward(raw[i], view.layout) for i in ids}  # labels point away from the centre in rings
    ext = np.array([_extents(dia[i], width[i], side[i], scale[i]) for i in ids])  # left, right, down, up
    xy = np.array([raw[i] for i in ids], dtype=float)
    fixed = np.array([i in focus or (view.layout == "chain" and view.node(i).kind == "Unit") for i in ids])
    if not star:
        xy = _fit(xy, ext, W, H, centred=len(focus) == 1 and view.layout != "chain")
    if view.layout == "chain":
        units = sorted((xy[index[n.id]][0], n.id) for n in nodes if n.kind == "Unit")
        for n in _stagger_chain_names(units, dia, width, side):
            ext[index[n]] = _extents(dia[n], width[n], side[n], scale[n])
    hidden: set[str] = set()
    stuck: set[str] = set()  # nodes no free place was found for
    # Least important first: the label given up (or moved) first when two collide.
    priority = sorted(range(len(ids)), key=lambda i: (ids[i] in focus, nodes[i].size or 0.0, -width[ids[i]]))
    relocated = 0  # nodes the last round moved to free places
    for attempt in range(MAX_ROUNDS):
        if not relocated:  # after nodes moved only to free places there is nothing new to push apart
            xy = _separate(xy, ext, fixed, W, H, iterations=400 if attempt == 0 else 200)
        lab = np.array([_label_extents(dia[i], width[i], side[i], scale[i], i in hidden) for i in ids])
        pairs = _label_conflicts(xy, lab, ext)
        if not pairs:
            break  # markers may still touch in a crowded view; no label lies over anything
        involved = sorted({i for pair in pairs for i in pair}, key=priority.index)
        if not star and _flip_sides(xy, ext, involved, ids, dia, width, scale, side, hidden, W, H):
            continue
        # No side is free where it stands: move the node, label and all, to the nearest free place (a node
        # with none is not looked for again until a label is hidden: that may free its room)
        relocated = not star and _relocate(
            xy, ext, involved, ids, dia, width, scale, side, hidden | focus | stuck, fixed, W, H, stuck
        )
        if relocated:
            continue
        # Hide the least important labels in a collision (never a focus label), a few at a time.
        losers = [i for i in involved if ids[i] not in focus and ids[i] not in hidden]
        if not losers:
            break
        for i in losers[: 1 if len(losers) <= 8 else len(losers) // 4]:
            hidden.add(ids[i])
            ext[i] = _extents(dia[ids[i]], 0.0, "below", 1.0)
        stuck.clear()  # the hidden labels' room: worth looking again
    else:
        # Out of rounds: hide every label still in a collision, so none is drawn over another.
        lab = np.array([_label_extents(dia[i], width[i], side[i], scale[i], i in hidden) for i in ids])
        for i in {i for pair in _label_conflicts(xy, lab, ext) for i in pair}:
            if ids[i] not in focus:
                hidden.add(ids[i])
    pos = {i: (round(float(x), 4), round(float(y), 4)) for i, (x, y) in zip(ids, xy)}
    labels = {}
    for n in nodes:
        if n.id in hidden or not n.label:
            continue
        labels[n.id] = _label(n.label, pos[n.id], dia[n.id], width[n.id], side[n.id], scale[n.id])
    boxes = [lab.box for lab in labels.values()]
    overlaps = sum(1 for a in range(len(boxes)) for b in range(a + 1, len(boxes)) if _boxes_overlap(boxes[a], boxes[b]))
    return Placement(canvas, pos, dia, labels, tuple(sorted(hidden)), overlaps, sizing)


SIDES = ("below", "right", "left", "above")


def _outward(xy, layout: str) -> str:
    """The first side to try for a label: outwards in rings; in a chain away from the line for a
    measure (its links run to the units on the line), beside a unit on the line (its links run up and
    down to the measures of its hops; under it, those below ran through its name), left of the first
    unit, below elsewhere.

    >>> _outward((0.0, 0.35), "chain"), _outward((0.0, -0.35), "chain"), _outward((-1.0, 0.0), "chain")
    ('above', 'below', 'left')
    >>> _outward((1.0, 0.0), "chain"), _outward((0.0, 0.0), "chain"), _outward((0.9, 0.1), "radial")
    ('right', 'right', 'right')
    """
    if layout == "radial" and abs(xy[0]) > abs(xy[1]) * 0.6:
        return "right" if xy[0] > 0 else "left"
    if layout == "chain" and xy[1] > 0:
        return "above"
    if layout == "chain" and xy[1] == 0:  # a unit: _chain_positions puts the two ends at x = ±1
        return "left" if xy[0] == -1.0 else "right"
    return "below"


def _stagger_chain_names(units: list[tuple[float, str]], dia, width, side) -> list[str]:
    """In a chain, a unit of the middle whose name is wider than the room to the next unit gets its label
    under it, the next such unit over it, and so on; the units whose side changed. Beside it, the name ran
    into the next unit; under two neighbouring units, two names ran into each other, and one was hidden
    (上海市青浦区发展改革委 between two units 10.6 em apart, session 62).

    >>> side = {"a": "left", "b": "right", "c": "right", "d": "right"}
    >>> dia, width = dict.fromkeys("abcd", 1.0), {"a": 3.0, "b": 11.0, "c": 11.0, "d": 8.0}
    >>> _stagger_chain_names([(-20.0, "a"), (-10.0, "b"), (0.0, "c"), (10.0, "d")], dia, width, side), side
    (['b', 'c'], {'a': 'left', 'b': 'below', 'c': 'above', 'd': 'right'})
    >>> side = {"a": "left", "b": "right", "c": "right"}
    >>> _stagger_chain_names([(-21.0, "a"), (0.0, "b"), (21.0, "c")], dia, width, side)  # room beside it: as before
    []
    """
    changed, last = [], "above"
    for (x, u), (x_next, v) in zip(units[1:-1], units[2:]):
        room = x_next - x - (dia[u] + dia[v]) / 2 - LABEL_GAP - PAD_X
        if width[u] <= room:
            last = "above"
            continue
        side[u] = last = "below" if last == "above" else "above"
        changed.append(u)
    return changed


def _flip_sides(xy, ext, involved, ids, dia, width, scale, side, hidden, W: float, H: float) -> int:
    """Move colliding labels to a side where they fit without overlapping anything; how many moved."""
    import numpy as np

    moved = 0
    for i in involved:
        n = ids[i]
        if n in hidden:
            continue
        for s in SIDES:
            if s == side[n]:
                continue
            trial = np.array(_extents(dia[n], width[n], s, scale[n]))
            x, y = xy[i]
            if x - trial[0] < -W / 2 or x + trial[1] > W / 2 or y - trial[2] < -H / 2 or y + trial[3] > H / 2:
                continue
            others = np.ones(len(ids), dtype=bool)
            others[i] = False
            ox = np.minimum(x + trial[1], xy[:, 0] + ext[:, 1]) - np.maximum(x - trial[0], xy[:, 0] - ext[:, 0])
            oy = np.minimum(y + trial[3], xy[:, 1] + ext[:, 3]) - np.maximum(y - trial[2], xy[:, 1] - ext[:, 2])
            if not ((ox > -PAD_X / 2) & (oy > -PAD / 2) & others).any():
                side[n] = s
                ext[i] = trial
                moved += 1
                break
    return moved


RELOCATE_STEP = 0.5  # em between the rings of places tried around a node whose label has no free side
RELOCATE_REACH = 0.25  # of the canvas's width: how far a node may be moved to keep its label
RELOCATE_ANGLES = 24
OCCUPANCY_CELL = 0.25  # em: the grid that finds free places for nodes to move to


def _relocate(xy, ext, involved, ids, dia, width, scale, side, keep, fixed, W: float, H: float, stuck: set) -> int:
    """Move colliding nodes (not ``keep``, not ``fixed``) to the nearest place where their box, marker and
    label on some side, overlaps nothing and lies inside the canvas; how many moved. The ids of those
    for which no place was found are added to ``stuck``.

    Places are tried on rings ``RELOCATE_STEP`` em apart around the node, nearest first, up to
    ``RELOCATE_REACH`` of the canvas's width: the node stays near its neighbours, and its edges follow
    it. On the nearest ring with a free place, the label's present side wins, then ``SIDES`` in order.
    A node whose box no longer collides (another one moved) stays where it is.

    >>> import numpy as np
    >>> xy, fixed = np.array([[0.0, 0.0], [0.5, 0.0]]), np.array([False, False])
    >>> ext = np.array([_extents(1.0, 4.0, "below", 1.0)] * 2)
    >>> side, one = {"a": "below", "b": "below"}, {"a": 1.0, "b": 1.0}
    >>> _relocate(xy, ext, [1], ["a", "b"], one, {"a": 4.0, "b": 4.0}, one, side, set(), fixed, 40.0, 20.0, set())
    1
    >>> xy[0].tolist(), bool(_box_hits(xy[1], ext[1], *_padded_boxes(xy[:1], ext[:1])).any())
    ([0.0, 0.0], False)
    """
    import numpy as np

    rings = int(W * RELOCATE_REACH / RELOCATE_STEP)
    angles = np.linspace(0.0, 2 * np.pi, RELOCATE_ANGLES, endpoint=False)
    # every place tried, nearest first (ring by ring, the same angles on each)
    offsets = np.arange(1, rings + 1)[:, None, None] * RELOCATE_STEP * np.column_stack([np.cos(angles), np.sin(angles)])
    offsets = offsets.reshape(-1, 2)
    occupied = _Occupancy(xy, ext, W, H)
    moved = 0
    for i in involved:
        n = ids[i]
        if n in keep or fixed[i]:
            continue
        others = np.arange(len(ids)) != i
        boxes = _padded_boxes(xy[others], ext[others])
        if not _box_hits(xy[i], ext[i], *boxes).any():
            continue  # free already: the move of another node made room
        sides = (side[n], *(s for s in SIDES if s != side[n]))
        reaches = np.array([_extents(dia[n], width[n], s, scale[n]) for s in sides])
        # the grid finds the nearest ring with a free place at once (it sees a box a cell bigger than it is);
        # the exact test then looks on that ring and the nearer ones
        free = occupied.free(xy[i] + offsets, reaches, xy[i], ext[i])  # (sides, places)
        if not free.any():
            stuck.add(n)
            continue
        rings_near = int(np.argmax(free.any(axis=0))) // RELOCATE_ANGLES + 1
        tried = offsets[: rings_near * RELOCATE_ANGLES]
        near = _near(boxes, xy[i], rings_near * RELOCATE_STEP + float(reaches.max()) + PAD_X)
        firsts = _first_free(xy[i] + tried, reaches, near, W, H)
        # the nearest ring with a free place; on it, the first side in ``sides`` with one
        ring = np.where(firsts >= 0, firsts // RELOCATE_ANGLES, rings + 1)
        j = int(np.argmin(ring))
        xy[i] = xy[i] + tried[firsts[j]]
        ext[i] = reaches[j]
        side[n] = sides[j]
        occupied = _Occupancy(xy, ext, W, H)
        moved += 1
    return moved


class _Occupancy:
    """How many padded boxes touch each cell of a grid over the canvas (cells ``OCCUPANCY_CELL`` em wide), as a
    summed-area table: whether a box may go somewhere is a few lookups, whatever the number of boxes.

    A box marks every cell it touches, so the grid sees each box up to a cell bigger than it is: a place it
    calls free is free (``_first_free`` agrees), a place next to a box by less than a cell may be missed.

    >>> import numpy as np
    >>> grid = _Occupancy(np.array([[0.0, 0.0]]), np.array([[1.0, 1.0, 1.0, 1.0]]), 20.0, 10.0)
    >>> grid.free(np.array([[0.0, 0.0], [3.0, 0.0], [9.5, 0.0]]), np.array([[1.0] * 4]), None, None).tolist()
    [[False, True, False]]
    """

    def __init__(self, xy, ext, W: float, H: float):
        import numpy as np

        self.W, self.H = W, H
        self.nx, self.ny = max(1, math.ceil(W / OCCUPANCY_CELL)), max(1, math.ceil(H / OCCUPANCY_CELL))
        x0, x1, y0, y1 = self._cells(*_padded_boxes(xy, ext))
        marks = np.zeros((self.ny + 1, self.nx + 1))
        for dy, dx, sign in ((y0, x0, 1), (y0, x1 + 1, -1), (y1 + 1, x0, -1), (y1 + 1, x1 + 1, 1)):
            np.add.at(marks, (dy, dx), sign)
        counts = marks.cumsum(axis=0).cumsum(axis=1)[: self.ny, : self.nx]
        self.table = np.zeros((self.ny + 1, self.nx + 1))
        self.table[1:, 1:] = counts.cumsum(axis=0).cumsum(axis=1)

    def _cells(self, x0, x1, y0, y1):
        import numpy as np

        def cell(v, span, n):
            return np.clip(np.floor((v + span / 2) / OCCUPANCY_CELL), 0, n - 1).astype(int)

        return (
            cell(x0, self.W, self.nx),
            cell(x1, self.W, self.nx),
            cell(y0, self.H, self.ny),
            cell(y1, self.H, self.ny),
        )

    def free(self, centres, reaches, own_xy, own_ext):
        """(reaches × centres): a box of each reach inside the canvas, touching no cell of another box than the
        one of reach ``own_ext`` around ``own_xy`` (the node being moved; None: no box is its own)."""
        import numpy as np

        x, y = centres[:, 0][None, :], centres[:, 1][None, :]
        r = reaches[:, :, None]
        W, H = self.W, self.H
        inside = (x - r[:, 0] >= -W / 2) & (x + r[:, 1] <= W / 2) & (y - r[:, 2] >= -H / 2) & (y + r[:, 3] <= H / 2)
        qx0, qx1, qy0, qy1 = self._cells(
            x - r[:, 0] - PAD_X / 2, x + r[:, 1] + PAD_X / 2, y - r[:, 2] - PAD / 2, y + r[:, 3] + PAD / 2
        )
        t = self.table
        count = t[qy1 + 1, qx1 + 1] - t[qy0, qx1 + 1] - t[qy1 + 1, qx0] + t[qy0, qx0]
        if own_xy is not None:  # the cells of the node's own box, where it stands now
            ox0, ox1, oy0, oy1 = (int(v[0]) for v in self._cells(*_padded_boxes(own_xy[None, :], own_ext[None, :])))
            across = np.clip(np.minimum(qx1, ox1) - np.maximum(qx0, ox0) + 1, 0, None)
            down = np.clip(np.minimum(qy1, oy1) - np.maximum(qy0, oy0) + 1, 0, None)
            count = count - across * down
        return inside & (count < 0.5)


def _near(boxes, centre, distance: float):
    """The boxes that reach within ``distance`` (across and up or down) of ``centre``."""
    bx0, bx1, by0, by1 = boxes
    keep = (bx1 > centre[0] - distance) & (bx0 < centre[0] + distance)
    keep &= (by1 > centre[1] - distance) & (by0 < centre[1] + distance)
    return bx0[keep], bx1[keep], by0[keep], by1[keep]


def _padded_boxes(xy, ext):
    """(x0, x1, y0, y1) of boxes of reach ``ext`` around ``xy``, padded as ``_separate`` keeps them apart."""
    return (
        xy[:, 0] - ext[:, 0] - PAD_X / 2,
        xy[:, 0] + ext[:, 1] + PAD_X / 2,
        xy[:, 1] - ext[:, 2] - PAD / 2,
        xy[:, 1] + ext[:, 3] + PAD / 2,
    )


def _box_hits(centre, reach, bx0, bx1, by0, by1):
    """Which of the boxes ``[bx0, bx1] × [by0, by1]`` the box of ``reach`` around ``centre`` overlaps."""
    return _padded_hits(centre[0], centre[1], reach, (bx0, bx1, by0, by1))


def _padded_hits(x, y, reach, boxes):
    """Whether the box of ``reach`` (left, right, down, up) around ``(x, y)``, padded as ``_separate`` keeps
    boxes apart, overlaps each of ``boxes`` (padded already); numpy broadcasting over all of them."""
    import numpy as np

    bx0, bx1, by0, by1 = boxes
    x0, x1 = x - reach[0] - PAD_X / 2, x + reach[1] + PAD_X / 2
    y0, y1 = y - reach[2] - PAD / 2, y + reach[3] + PAD / 2
    return (np.minimum(x1, bx1) - np.maximum(x0, bx0) > 1e-9) & (np.minimum(y1, by1) - np.maximum(y0, by0) > 1e-9)


def _first_free(centres, reaches, boxes, W: float, H: float):
    """For each reach in ``reaches`` (a row each), the index of the first of ``centres`` where a box of that
    reach lies inside the canvas and hits none of ``boxes`` (padded), or -1.

    >>> import numpy as np
    >>> boxes = (np.array([-1.0]), np.array([1.0]), np.array([-1.0]), np.array([1.0]))
    >>> _first_free(np.array([[0.0, 0.0], [3.0, 0.0], [9.0, 0.0]]), np.array([[0.5] * 4, [2.0] * 4]), boxes, 30, 20)
    array([1, 2])
    """
    import numpy as np

    x, y = centres[:, 0][None, :], centres[:, 1][None, :]  # (1, places)
    r = reaches[:, :, None]  # (sides, 4, 1)
    inside = (x - r[:, 0] >= -W / 2) & (x + r[:, 1] <= W / 2) & (y - r[:, 2] >= -H / 2) & (y + r[:, 3] <= H / 2)
    # (sides, places, boxes): each reach's four sides as (sides, 1, 1) against places (1, places, 1)
    hits = _padded_hits(x[..., None], y[..., None], reaches.T[:, :, None, None], boxes)
    free = inside & ~hits.any(axis=2)
    return np.where(free.any(axis=1), np.argmax(free, axis=1), -1)


def _extents(d: float, w: float, side: str, scale: float) -> tuple[float, float, float, float]:
    """(left, right, down, up) reach of a node's box from its centre, in em."""
    r = d / 2
    h = LABEL_HEIGHT * scale
    if w <= 0:
        return (r, r, r, r)
    if side == "right":
        return (r, r + LABEL_GAP + w, max(r, h / 2), max(r, h / 2))
    if side == "left":
        return (r + LABEL_GAP + w, r, max(r, h / 2), max(r, h / 2))
    half = max(r, w / 2)
    if side == "above":
        return (half, half, r, r + LABEL_GAP + h)
    return (half, half, r + LABEL_GAP + h, r)


def _label(text, xy, d, w, side, scale) -> PlacedLabel:
    x, y = xy
    r = d / 2
    h = LABEL_HEIGHT * scale
    if side == "right":
        x0 = x + r + LABEL_GAP
        return PlacedLabel(text, x0, y, "left", "center", scale, (x0, y - h / 2, x0 + w, y + h / 2))
    if side == "left":
        x1 = x - r - LABEL_GAP
        return PlacedLabel(text, x1, y, "right", "center", scale, (x1 - w, y - h / 2, x1, y + h / 2))
    if side == "above":
        bottom = y + r + LABEL_GAP
        return PlacedLabel(text, x, bottom, "center", "bottom", scale, (x - w / 2, bottom, x + w / 2, bottom + h))
    top = y - r - LABEL_GAP
    return PlacedLabel(text, x, top, "center", "top", scale, (x - w / 2, top - h, x + w / 2, top))


def _label_extents(d: float, w: float, side: str, scale: float, hidden: bool) -> tuple[float, float, float, float]:
    """(left, right, down, up) of the label box alone from the node centre (an empty box when hidden).

    ``down``/``up`` may be negative: a label below its node starts under the marker.
    """
    if hidden or w <= 0:
        return (0.0, 0.0, 0.0, 0.0)
    r, h = d / 2, LABEL_HEIGHT * scale
    if side == "right":
        return (-(r + LABEL_GAP), r + LABEL_GAP + w, h / 2, h / 2)
    if side == "left":
        return (r + LABEL_GAP + w, -(r + LABEL_GAP), h / 2, h / 2)
    if side == "above":
        return (w / 2, w / 2, -(r + LABEL_GAP), r + LABEL_GAP + h)
    return (w / 2, w / 2, r + LABEL_GAP + h, -(r + LABEL_GAP))


def _label_conflicts(xy, lab, ext) -> list[tuple[int, int]]:
    """Pairs (i, j) where i's label box overlaps j's box (marker or label), i ≠ j."""
    import numpy as np

    lx0, lx1 = xy[:, 0] - lab[:, 0], xy[:, 0] + lab[:, 1]
    ly0, ly1 = xy[:, 1] - lab[:, 2], xy[:, 1] + lab[:, 3]
    has = (lx1 - lx0 > 1e-9) & (ly1 - ly0 > 1e-9)
    bx0, bx1 = xy[:, 0] - ext[:, 0], xy[:, 0] + ext[:, 1]
    by0, by1 = xy[:, 1] - ext[:, 2], xy[:, 1] + ext[:, 3]
    ox = np.minimum(lx1[:, None], bx1[None, :]) - np.maximum(lx0[:, None], bx0[None, :])
    oy = np.minimum(ly1[:, None], by1[None, :]) - np.maximum(ly0[:, None], by0[None, :])
    hit = (ox > 1e-6) & (oy > 1e-6) & has[:, None]
    np.fill_diagonal(hit, False)
    return sorted({(int(min(i, j)), int(max(i, j))) for i, j in zip(*np.nonzero(hit))})


def _boxes_overlap(a, b, tol: float = 1e-6) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > tol and min(a[3], b[3]) - max(a[1], b[1]) > tol


def _separate(xy, ext, fixed, W: float, H: float, iterations: int = 400):
    """Push overlapping boxes apart (padded by PAD_X across, PAD up and down), never moving ``fixed`` ones,
    inside the canvas.

    Each round finds the overlapping pairs and moves both boxes of a pair apart along the axis
    where they overlap least (all of it onto the other box when one is fixed).
    """
    import numpy as np

    xy = xy.copy()
    n = len(xy)
    lo = np.column_stack([-W / 2 + ext[:, 0], -H / 2 + ext[:, 2]])
    hi = np.maximum(np.column_stack([W / 2 - ext[:, 1], H / 2 - ext[:, 3]]), lo)
    mobile = (~fixed).astype(float)
    for _ in range(iterations):
        x0, x1 = xy[:, 0] - ext[:, 0] - PAD_X / 2, xy[:, 0] + ext[:, 1] + PAD_X / 2
        y0, y1 = xy[:, 1] - ext[:, 2] - PAD / 2, xy[:, 1] + ext[:, 3] + PAD / 2
        ox = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
        oy = np.minimum(y1[:, None], y1[None, :]) - np.maximum(y0[:, None], y0[None, :])
        ii, jj = np.nonzero(np.triu((ox > 1e-9) & (oy > 1e-9), 1))
        if not len(ii):
            break
        oxp, oyp = ox[ii, jj], oy[ii, jj]
        along_x = oxp < oyp
        axis = np.where(along_x, 0, 1)
        delta = xy[jj, axis] - xy[ii, axis]
        sign = np.where(np.abs(delta) > 1e-9, np.sign(delta), 1.0)  # i < j: a tie pushes j up/right
        push = np.where(along_x, oxp, oyp) * sign
        share_i = np.where(mobile[jj] > 0, 0.5, 1.0) * mobile[ii]
        share_j = np.where(mobile[ii] > 0, 0.5, 1.0) * mobile[jj]
        move = np.zeros((n, 2))
        np.add.at(move, (ii, axis), -push * share_i)
        np.add.at(move, (jj, axis), push * share_j)
        counts = np.maximum(np.bincount(ii, minlength=n) + np.bincount(jj, minlength=n), 1)[:, None]
        xy = xy + move / np.sqrt(counts) * 0.9
        xy = np.where(fixed[:, None], xy, np.clip(xy, lo, hi))
    return xy


def _fit(xy, ext, W: float, H: float, *, centred: bool):
    """Scale positions (x and y independently) so every box lies inside the canvas."""

    xy = xy.copy()
    if not centred:
        mid = (xy.max(axis=0) + xy.min(axis=0)) / 2
        xy = xy - mid
    out = xy.copy()
    for axis, (half, a, b) in enumerate(((W / 2, 0, 1), (H / 2, 2, 3))):
        coords = xy[:, axis]
        limits = []
        for c, reach_neg, reach_pos in zip(coords, ext[:, a], ext[:, b]):
            if c > 1e-9:
                limits.append((half - reach_pos) / c)
            elif c < -1e-9:
                limits.append((half - reach_neg) / -c)
        factor = max(0.0, min(limits)) if limits else 1.0
        out[:, axis] = coords * factor
    return out


# ---------------------------------------------------------------- layouts


def _star_positions(view: View, W: float, H: float, dia: Mapping[str, float], width: Mapping[str, float]):
    """The focus at the centre; the others alternately in a right and a left column, in view
    order (strongest first: top right, top left, …), bulging outwards like ( and ); labels outwards."""
    focus = view.focus[0]
    ranked = sorted(enumerate(view.nodes), key=lambda p: (-(p[1].size or 0.0), p[0]))
    others = [n.id for _, n in ranked if n.id != focus]
    right, left = others[0::2], others[1::2]
    rows = max(len(right), 1)
    step = min((H - 2.0) / rows, 3.2)
    inner = max(width[focus] / 2, dia[focus] / 2) + 3.0
    reach = {
        sign: max((dia[m] / 2 + LABEL_GAP + width[m] for m in members), default=0.0)
        for members, sign in ((right, 1.0), (left, -1.0))
    }
    centre = star_centre(inner + reach[-1.0], inner + reach[1.0], W / 2 - 1.0)
    pos = {focus: (centre, 0.0)}
    side = {focus: "below"}
    for members, sign, where in ((right, 1.0, "right"), (left, -1.0, "left")):
        if not members:
            continue
        outer = max(inner, min(W / 2 - 1.0 - sign * centre - reach[sign], inner + 6.0 + 2.0 * len(members)))
        top = (len(members) - 1) / 2 * step
        span = max(top * 1.12, 1e-9)
        for k, m in enumerate(members):
            y = top - k * step
            bulge = math.sqrt(max(0.0, 1 - (y / span) ** 2))
            pos[m] = (centre + sign * (inner + (outer - inner) * bulge), y)
            side[m] = where
    return pos, side


def star_centre(left: float, right: float, room: float) -> float:
    """Where a star's focus goes across the canvas: at the middle (0), unless the least its left or
    right column needs (``left``, ``right``: em from the focus to the end of its widest label) runs
    past ``room`` (em from the middle to the edge) — then as far to the other side as that side allows.

    A partner named 上海市宝山区委宣传部（区文明办、区政府新闻办、区委网信办） (28 em) in the left column
    ran off the explorer's picture, with the right column's names half as long.

    >>> star_centre(20.0, 20.0, 31.0), star_centre(36.5, 22.5, 31.0), star_centre(22.5, 36.5, 31.0)
    (0.0, 5.5, -5.5)
    >>> star_centre(40.0, 30.0, 31.0)  # no room either way: only what the other side leaves
    1.0
    """
    if left > room >= right:
        return min(left - room, room - right)
    if right > room >= left:
        return -min(right - room, room - left)
    return 0.0


def _graph(view: View) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(n.id for n in view.nodes)
    for e in view.edges:
        if e.source in H and e.target in H and e.source != e.target:
            w = H[e.source][e.target]["weight"] + e.weight if H.has_edge(e.source, e.target) else e.weight
            H.add_edge(e.source, e.target, weight=w)
    return H


def _force_positions(view: View, seed: int) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 (seeded, log-weighted links) per connected part. When one part holds most units,
    it fills the picture and the smaller parts sit in a row beneath it (one stray unit cannot
    squeeze the rest into a corner); when the network falls apart into parts of similar size (a plan
    of many small offices), the parts share the picture in rows, each given room in proportion to
    its units — a five-unit part filling the picture left twenty units crammed into its last row."""
    H = _graph(view)
    for _, _, d in H.edges(data=True):
        d["w"] = 1.0 + math.log1p(d["weight"])
    parts = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    total = sum(len(c) for c in parts)

    def layout(c: list[str]) -> dict[str, tuple[float, float]]:
        return _normalised(_atlas(H.subgraph(c), seed)) if len(c) > 1 else {c[0]: (0.0, 0.0)}

    pos: dict[str, tuple[float, float]] = {}
    if len(parts[0]) >= 0.6 * total:
        pos.update(layout(parts[0]))
        rest = parts[1:]
        if rest:
            # Give the row under the main part room in proportion to how many nodes it holds.
            weight = sum(len(c) for c in rest)
            x = -1.0
            for c in rest:
                span = 2.0 * len(c) / weight
                for n, (sx, sy) in layout(c).items():
                    pos[n] = (x + span / 2 + sx * span / 2 * 0.8, -1.35 + sy * 0.15)
                x += span
        return pos
    # Rows of parts (largest first), each row about total / rows units; a row's height and a part's
    # width in proportion to their units.
    n_rows = max(1, round(math.sqrt(len(parts) / 2.0)))
    rows: list[list[list[str]]] = [[]]
    for c in parts:
        if rows[-1] and sum(len(x) for x in rows[-1]) >= total / n_rows and len(rows) < n_rows:
            rows.append([])
        rows[-1].append(c)
    heights = [max(len(c) for c in row) ** 0.5 for row in rows]
    y = 1.0
    for row, h in zip(rows, heights):
        band = 2.0 * h / sum(heights)
        weight = sum(len(c) for c in row)
        x = -1.0
        for c in row:
            span = 2.0 * len(c) / weight
            for n, (sx, sy) in layout(c).items():
                pos[n] = (x + span / 2 + sx * span / 2 * 0.8, y - band / 2 + sy * band / 2 * 0.75)
            x += span
        y -= band
    return pos


def _atlas(H: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    if H.number_of_nodes() == 1:
        return {next(iter(H)): (0.0, 0.0)}
    start = nx.circular_layout(sorted(H.nodes))
    pos = nx.forceatlas2_layout(H, pos=start, max_iter=300, scaling_ratio=4.0, gravity=2.0, weight="w", seed=seed)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _normalised(pos: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Positions centred and stretched to fill [-1, 1] on both axes."""
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    sx, sy = max((max(xs) - min(xs)) / 2, 1e-9), max((max(ys) - min(ys)) / 2, 1e-9)
    return {n: ((x - cx) / sx, (y - cy) / sy) for n, (x, y) in pos.items()}


def _radial_positions(view: View, focus: str) -> dict[str, tuple[float, float]]:
    """Focus at the centre, nodes on rings by hops from it; each ring ordered next to its parents."""
    H = _graph(view)
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
        for i, m in enumerate(members):
            a = 2 * math.pi * i / count + (math.pi / count if r % 2 == 0 else 0.0) + math.pi / 2
            angle[m] = a
            pos[m] = (round(radius * math.cos(a), 6), round(radius * math.sin(a), 6))
    return pos


def _chain_positions(view: View) -> dict[str, tuple[float, float]]:
    units = [n.id for n in view.nodes if n.kind == "Unit"]
    step = 2.0 / max(len(units) - 1, 1)
    pos = {u: (-1.0 + i * step, 0.0) for i, u in enumerate(units)}
    # Each measure sits between the two units of its hop, stacked above and below the line.
    stacks: dict[float, int] = {}
    for n in view.nodes:
        if n.id in pos:
            continue
        ends = sorted({e.source for e in view.edges if e.target == n.id and e.source in pos}, key=lambda u: pos[u][0])
        x = sum(pos[u][0] for u in ends) / len(ends) if ends else 0.0
        i = stacks.get(round(x, 6), 0)
        stacks[round(x, 6)] = i + 1
        y = (i // 2 + 1) * 0.35 * (1 if i % 2 == 0 else -1)
        pos[n.id] = (x, y)
    return pos


def positions(view: View, *, seed: int = DEFAULT_SEED, canvas: tuple[float, float] = (72.0, 44.0)) -> dict:
    """Node centres of :func:`place` on ``canvas``, scaled to roughly [-1, 1] (focus at the centre)."""
    p = place(view, canvas, seed=seed)
    half = max(canvas) / 2
    return {n: (round(x / half, 6), round(y / half, 6)) for n, (x, y) in p.pos.items()}

"""What session 61's look at the real held-out plans found hiding an answer, each as a property of a view,
a layout or a page (docs/looks-other-plans.md, "Looks at the real held-out plans (session 61)").

The graphs are hand-built with names of our own, shaped as the held-out plans are: a district bureau sharing
measures with thirty partners, one of them a 宣传部 with its three offices in brackets (28 em).
"""

from __future__ import annotations

import networkx as nx
import pytest

from reformgraph.metrics import graph_from_measures
from reformgraph.render.layout import place, screen_canvas
from reformgraph.views import unit_partners_view

HUB = "区环境卫生局"
LONG = "某市某区委宣传部（区文明办、区政府新闻办、区委网信办）"


def _hub_graph(second: str, partners: int = 30) -> nx.MultiDiGraph:
    """``HUB`` leads measures with ``partners`` partners; ``second`` shares the second most (the left column's top)."""
    names = [f"某区第{k}局" for k in range(1, partners)]
    rows = [(str(k), HUB, "某区首位局") for k in range(1, 40)]  # the strongest partner: the right column's top
    rows += [(str(k), HUB, [second]) for k in range(1, 30)]
    rows += [(str(k), HUB, name) for k, name in enumerate(names, start=1)]
    return graph_from_measures(rows)


def _label_room(view) -> tuple[float, float, float]:
    """(leftmost label edge, rightmost label edge, half the canvas width) on the explorer's canvas, in em."""
    p = place(view, screen_canvas(view))
    boxes = [label.box for label in p.labels.values()]
    return min(b[0] for b in boxes), max(b[2] for b in boxes), p.canvas[0] / 2


def test_a_long_partner_name_stays_inside_the_explorer_s_picture():
    """The unit page of the 87-plan graph cut 上海市宝山区委宣传部（…） at the frame's left edge: the star kept its
    focus in the middle though the left column's widest name needed more than half the width."""
    view = unit_partners_view(_hub_graph(LONG), f"unit:{HUB}", lang="zh")
    assert LONG in {n.label for n in view.nodes}
    left, right, half = _label_room(view)
    assert -half <= left and right <= half, (left, right, half)


def test_a_star_whose_names_fit_keeps_its_focus_in_the_middle():
    """The guard: with names that fit on both sides the focus stays at the centre, as before."""
    view = unit_partners_view(_hub_graph("某区第二局"), f"unit:{HUB}", lang="zh")
    p = place(view, screen_canvas(view))
    assert p.pos[f"unit:{HUB}"][0] == pytest.approx(0.0)

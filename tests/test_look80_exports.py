"""What session 64's look at the exported pictures found, each as a property of a view or a slide
(docs/looks-other-plans.md, "Looks at the exports and what look79 left (session 64)").

The graphs are built with names of our own (``metrics.sample.graph_from_measures``).
"""

from __future__ import annotations

from reformgraph.metrics.sample import graph_from_measures
from reformgraph.render.layout import KIND_COLOURS, group_colours
from reformgraph.views import unit_neighbourhood, unit_partners_view

PARTNERS = [f"第{k}局" for k in "一二三四五六七八"]


def _hub():
    """甲局 shares measures with eight bureaus, the first most."""
    rows = [(str(k + 1), "甲局", p) for k, p in enumerate(PARTNERS) for _ in range(9 - k)]
    return graph_from_measures(rows)


# ---------------------------------------------------------------- a fold node is no category of its own


def test_the_partner_views_fold_node_adds_no_category_to_the_legend():
    """上海市规划资源局's 65 partners, 60 drawn: the "+5 个其他单位" square was group "Unit", and the legend of
    categories (部门, 企业, 区县政府 …) read "单位 Unit" in blue, a category no partner has."""
    view = unit_partners_view(_hub(), "甲局", max_partners=5, lang="zh")
    (fold,) = [n for n in view.nodes if n.kind == "Group"]
    colours = group_colours(view)
    assert fold.group == "Group" and colours[fold.group] == KIND_COLOURS["Group"]
    assert "Unit" not in colours  # the legend's entries are the partners' categories, and the square's note


def test_a_neighbourhood_coloured_by_community_folds_units_into_no_unit_group():
    """The same in a depth-1 picture coloured by community: folded units are a group, not "Unit"."""
    G = _hub()
    groups = {n: ("协同组 1" if k % 2 else "协同组 2") for k, n in enumerate(sorted(G)) if n.startswith("unit:")}
    view = unit_neighbourhood(G, "甲局", depth=2, max_nodes=8, groups=groups, lang="zh")
    folds = {n.label: n.group for n in view.nodes if n.kind == "Group"}
    assert folds["+6 个其他单位"] == "Group" and folds["+6 个其他工作方案"] == "Workplan"
    assert "Unit" not in group_colours(view)


def test_a_neighbourhood_coloured_by_kind_keeps_its_folded_units_the_units_colour():
    """The guard: coloured by kind, "+N 个其他单位" is drawn in the units' colour, as before."""
    view = unit_neighbourhood(_hub(), "甲局", depth=2, max_nodes=8, lang="zh")
    folds = {n.label: n.group for n in view.nodes if n.kind == "Group"}
    assert folds == {"+6 个其他单位": "Unit", "+6 个其他工作方案": "Workplan"}


def test_a_partner_view_with_room_for_every_partner_has_no_fold_node():
    view = unit_partners_view(_hub(), "甲局", lang="zh")
    assert not [n for n in view.nodes if n.kind == "Group"] and len(view.nodes) == 9


# ---------------------------------------------------------------- the bottleneck slide's ranking tells its units apart


def _bottlenecks(values: list[float]):
    import networkx as nx

    from reformgraph.views import bottleneck_view

    G = nx.MultiDiGraph()
    names = [f"第{k}局" for k in range(len(values))]
    for name in names:
        G.add_node(f"unit:{name}", kind="Unit", name=name, aliases=[], category="department")
    C = nx.path_graph([f"unit:{name}" for name in names])
    return bottleneck_view(G, C, {f"unit:{n}": v for n, v in zip(names, values)}, lang="zh")


def test_the_bottleneck_rankings_small_values_read_apart():
    """The 92 held-out plans' betweenness is 0.002 to 0.006: to three decimals ranks 3 to 5 read 0.003 and 6 to 10
    0.002, and the legend beside them said 0.00565 for the first's 0.006."""
    view = _bottlenecks([0.00565, 0.00421, 0.00298, 0.00295, 0.00291])
    values = [line.rsplit("  ", 1)[1] for line in view.ranking]
    assert values == ["0.00565", "0.00421", "0.00298", "0.00295", "0.00291"]


def test_the_bottleneck_rankings_values_of_one_plan_are_as_before():
    """The guard: the bundled plan's values (0.148, 0.127) read as they did."""
    view = _bottlenecks([0.147703, 0.12719, 0.0])
    assert [line.rsplit("  ", 1)[1] for line in view.ranking] == ["0.148", "0.127"]


# ---------------------------------------------------------------- a legend's long group name stays on the slide


def test_a_community_legend_of_long_names_stays_on_the_slide():
    """Coloured by community, "协同组 Community 2 (市规划自然资源局)" ran past the slide's right edge (the bundled
    plan's export said "8 texts cut at the edge"). A group's name wraps in the legend's column now."""
    from reformgraph.render.image import render_image
    from reformgraph.views import View, ViewEdge, ViewNode

    centres = ["市市场监管局", "市规划自然资源局", "市住房公积金管理中心", "市政府口岸物流办"]
    nodes = tuple(
        ViewNode(f"unit:{k}", f"第{k}局", "Unit", f"协同组 Community {k % 4 + 1} ({centres[k % 4]})", float(k + 1), "")
        for k in range(12)
    )
    edges = tuple(ViewEdge(f"unit:{k}", f"unit:{k + 1}", "COORDINATES", "", 1.0) for k in range(11))
    view = View("协同网络 Coordination network", nodes, edges, group_label="协同组 Community (modularity 0.33)")
    result = render_image(view, "svg", exported="2024-05-01")
    assert (result.clipped, result.overlaps) == (0, 0)


def test_a_category_legend_keeps_each_category_on_one_line():
    """The guard: 区县政府 District govt and the other categories are one line each, as before."""
    from reformgraph.render.image import LEGEND_CELLS, _wrap
    from reformgraph.render.layout import group_label
    from reformgraph.view_model import CATEGORY_LABELS
    from reformgraph.view_nodes import category_text

    for category in CATEGORY_LABELS:
        label = group_label(category_text(category, "both"), "both")
        assert _wrap(label, LEGEND_CELLS, break_words=True) == label, label

"""What session 64's look left, mended (docs/looks-other-plans.md, "Every page and export again, and what look80
left (session 65)"): the size legend's bubbles read as a scale, a workplan drawn from several plans says whose it
is, and the 督办 table's four columns of counts read alike.

The graphs are built with names of our own (``metrics.sample.graph_from_measures``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from reformgraph.metrics.sample import graph_from_measures
from reformgraph.render.layout import size_legend_values, size_scale
from reformgraph.view_nodes import node_labels
from reformgraph.views import ViewNode, unit_neighbourhood

ROOT = Path(__file__).resolve().parents[1]


def _sized(values):
    return [ViewNode(f"unit:{k}", f"第{k}局", "Unit", "Unit", v, "") for k, v in enumerate(values)]


# ---------------------------------------------------------------- the size legend reads as a scale


@pytest.mark.parametrize(
    "values",
    [
        [0.000798, 0.0012, 0.0021, 0.0031, 0.00448, 0.00565],  # the held-out plans' betweenness: 0.000798 beside 0.001
        [0.9, 1.3, 2.2, 4.0],  # four values: the smallest near a round one
        [1.1, 1.2, 6.0],  # three values are drawn as they are, but not two nearly equal ones
        [0.0, 0.0104, 0.0111],
        [0.0069, 0.0111, 0.0396, 0.0674, 0.107, 0.127, 0.148],  # the bundled plan's: 0.01 and 0.02, 1.10 and 1.33 em
    ],
)
def test_the_size_legends_bubbles_each_stand_for_at_least_twice_the_one_before(values):
    """The bottleneck slide of the held-out plans showed 0.000798 and 0.001 as two bubbles a reader could not tell
    apart (``size_legend_values`` added the smallest value when it had fewer than three); the bundled plan's
    showed 0.01 and 0.02, 1.10 and 1.33 em wide beside 0.148's 3 em."""
    shown = size_legend_values(_sized(values))
    assert shown and shown[-1] == max(values)
    assert all(b >= 2 * a for a, b in zip(shown, shown[1:])), shown
    scale = size_scale(_sized(values))
    sizes = [scale.diameter(v) for v in shown]
    assert all(b >= 1.25 * a for a, b in zip(sizes, sizes[1:])), sizes


def test_a_size_legend_that_was_a_scale_is_as_before():
    """The guard: round reference values a scale apart, and a plan's few counts, read as they did."""
    assert size_legend_values(_sized([1, 7, 12, 31])) == [2.0, 10.0, 31.0]
    assert size_legend_values(_sized([0.0, 0.0013, 0.0093])) == [0.0013, 0.0093]
    assert size_legend_values(_sized([2, 5, 22])) == [2.0, 5.0, 22.0]


# ---------------------------------------------------------------- a workplan of several plans says whose it is


def _two_plans() -> nx.MultiDiGraph:
    """甲局 works in two plans; each numbers its workplans 1, 2 (titled 工作方案1 … by the sample builder)."""
    first = graph_from_measures([("1", "甲局", "乙局"), ("2", "甲局", "丙局")], document="某区道路整治方案")
    second = graph_from_measures([("2", "甲局", "丁局"), ("3", "戊局", "甲局")], document="某区公园建设方案")
    G = nx.compose(first, second)
    G.graph["documents"] = [*first.graph["documents"], *second.graph["documents"]]
    return G


def test_a_depth_one_picture_of_two_plans_names_each_workplans_plan():
    """A picture of several plans drew ``[1] 工作方案1`` and ``[3] 工作方案3``, each from another plan, with
    nothing saying so (only two equal labels, ``[2] 工作方案2`` of both, were told apart)."""
    view = unit_neighbourhood(_two_plans(), "甲局", depth=2, lang="zh")
    labels = sorted(n.label for n in view.nodes if n.kind == "Workplan")
    assert labels == [
        "[1] 工作方案1 · 某区道路整治方案",
        "[2] 工作方案2 · 某区公园建设方案",
        "[2] 工作方案2 · 某区道路整治方案",
        "[3] 工作方案3 · 某区公园建设方案",
    ]
    grouped = unit_neighbourhood(_two_plans(), "甲局", depth=1, max_nodes=4, lang="zh")  # measures by workplan
    assert all(" · 某区" in n.label for n in grouped.nodes if n.kind == "Workplan")


def test_one_plans_workplans_and_measures_keep_their_labels():
    """The guards: the workplans of one plan (in a graph of two) need no plan's name; measures of two plans are
    told apart only where their labels are equal, as before (a measure's label is long already)."""
    G = _two_plans()
    one = [n for n in G if n.startswith("workplan:某区道路整治方案:")]
    assert sorted(node_labels(G, one).values()) == ["[1] 工作方案1", "[2] 工作方案2"]
    measures = [n for n in G if G.nodes[n].get("kind") == "Measure"]
    labels = node_labels(G, measures)
    assert labels["measure:某区道路整治方案:1:1"] == "1.1 措施1-1"
    assert labels["measure:某区公园建设方案:2:1"].startswith("2.1 措施2-1 · ")


# ---------------------------------------------------------------- 督办's four columns of counts read alike


@pytest.mark.timeout(300)
def test_the_supervision_tables_counts_are_all_drawn_at_the_cells_left(bundled_graph, tmp_path, monkeypatch):
    """红 and 黄 are tags (Streamlit draws a tag column at the left, whatever its alignment), 绿 and 合计 were numbers
    drawn at the right: two columns' numbers beside two columns' tags at the other edge. All four are drawn at the
    left now; the colours stay (the guard), and 绿 and 合计 stay numbers (they sort as numbers)."""
    from streamlit.testing.v1 import AppTest

    from reformgraph.explorer.progress_view import LIGHT_COLOURS
    from reformgraph.jsonio import write_graph_json

    path = tmp_path / "graph.json"
    write_graph_json(bundled_graph, path)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("REFORMGRAPH_GRAPH", str(path))
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    at = AppTest.from_file(str(ROOT / "explorer" / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("screens/supervision.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    columns = json.loads(at.dataframe[0].proto.columns)
    red, yellow, green, total = (columns[h] for h in ("红", "黄", "绿", "合计"))
    assert red["type_config"]["type"] == yellow["type_config"]["type"] == "multiselect"
    assert {o["color"] for o in red["type_config"]["options"]} == {LIGHT_COLOURS["red"]}
    assert {o["color"] for o in yellow["type_config"]["options"]} == {LIGHT_COLOURS["yellow"]}
    assert green["alignment"] == total["alignment"] == "left"
    assert green["type_config"]["type"] == total["type_config"]["type"] == "number"


# ---------------------------------------------------------------- a wrapped ranking entry stays under its name


def test_a_ranking_entrys_wrapped_value_hangs_under_its_name():
    """The held-out plans' bottleneck slide drew "8. 上海市住房城乡建设管理委" and, on the next line at the number's place,
    "0.00148", which read as an entry of its own. The later lines of an entry are indented past its number."""
    from reformgraph.render.image import _hanging, render_image

    first, second = _hanging("8. 上海市住房城乡建设管理委 0.00148", 34).split("\n")
    assert first == "8. 上海市住房城乡建设管理委" and second.strip() == "0.00148" and second.startswith("   ")
    long = [
        "上海市住房城乡建设管理委",
        "上海市静安区绿化市容局",
        "上海市交通委",
        "某区委宣传部（区文明办、区政府新闻办）",
    ]
    view = _bottlenecks(long, [0.00406, 0.00148, 0.00136, 0.00126])
    result = render_image(view, "svg", exported="2024-05-01")
    assert (result.clipped, result.overlaps) == (0, 0)


def test_a_ranking_entry_that_fits_is_one_line_as_before():
    from reformgraph.render.image import _hanging

    assert _hanging("1. 市交通局 ◆ 0.148", 34) == "1. 市交通局 ◆ 0.148"


def _bottlenecks(names: list[str], values: list[float]):
    from reformgraph.views import bottleneck_view

    G = nx.MultiDiGraph()
    for name in names:
        G.add_node(f"unit:{name}", kind="Unit", name=name, aliases=[], category="department")
    C = nx.path_graph([f"unit:{name}" for name in names])
    return bottleneck_view(G, C, {f"unit:{n}": v for n, v in zip(names, values)}, lang="zh")


# ---------------------------------------------------------------- the diff slide's legend names the bars drawn


def test_the_diff_slides_legend_names_only_the_bars_drawn():
    """市发展改革委's slide against a revision drew new leads and one old support bar in its 16 rows; its legend named
    all four colours, 旧版 牵头 and 新版 配合 among them, which nothing on the slide was drawn in."""
    from reformgraph.render.diff_image import render_unit_diff

    old = graph_from_measures([("1", "乙局", "甲局"), ("2", "乙局", "丙局")])
    new = graph_from_measures([("1", "甲局", "乙局"), ("2", "甲局", "丙局")])
    _, shown = render_unit_diff(old, new, "甲局", "svg", lang="zh", exported="2025-01-01")
    assert shown.legend == ("旧版：配合", "新版：牵头") and shown.overlaps == 0


def test_a_diff_slide_with_every_bar_keeps_its_four_legend_entries():
    """The guard: a unit that leads and supports in both versions has all four, in their order."""
    from reformgraph.render.diff_image import render_unit_diff

    rows = [("1", "甲局", "乙局"), ("2", "乙局", "甲局")]
    old, new = graph_from_measures(rows), graph_from_measures([*rows, ("2", "甲局", "丙局")])
    _, shown = render_unit_diff(old, new, "甲局", "svg", lang="en", exported="2025-01-01")
    assert shown.legend == ("old: lead", "old: support", "new: lead", "new: support")

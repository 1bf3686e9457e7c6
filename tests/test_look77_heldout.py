"""What session 61's look at the real held-out plans found hiding an answer, each as a property of a view,
a layout or a page (docs/looks-other-plans.md, "Looks at the real held-out plans (session 61)").

The graphs are hand-built with names of our own, shaped as the held-out plans are: a district bureau sharing
measures with thirty partners, one of them a 宣传部 with its three offices in brackets (28 em).
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from reformgraph.metrics import graph_from_measures
from reformgraph.render.layout import MARKER_EM, canvas_for, place, screen_canvas, size_legend_values
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


def _footer(page: str) -> str:
    """The page's footer as a reader sees it: unescaped, runs of spaces as one."""
    return " ".join(html.unescape(re.search(r"<footer>(.*?)</footer>", page, re.S).group(1)).split())


TITLE = "某区人民政府办公室关于印发某区某某工作方案的通知 〔2024〕15号 (某区人民政府办公室, 2024-04-12)"


def test_a_picture_of_many_plans_names_how_many_not_every_title():
    """The bottleneck picture of the 87 held-out plans listed every plan's title under it: forty lines between
    the picture and the page's export buttons and tables. Now ten lines at most, headed by the count."""
    from reformgraph.explorer.cached import footer_lines
    from reformgraph.render.html import render_html

    view = unit_partners_view(_hub_graph("某区第二局"), f"unit:{HUB}", lang="zh")
    footer = _footer(render_html(replace(view, source="; ".join([TITLE] * 87)), exported="2026-12-07"))
    assert footer.startswith("来源（87 份文件）：") and "…" in footer
    assert footer_lines(footer) <= 10


def test_a_picture_of_fifteen_plans_still_names_each_whole():
    """The guard: fifteen titles as long as session 33's stay whole under the picture, and one plan is named as before."""
    from reformgraph.render.html import render_html

    view = unit_partners_view(_hub_graph("某区第二局"), f"unit:{HUB}", lang="zh")
    fifteen = "; ".join(f"某区关于印发某某工作方案的通知 〔2024〕{k}号 (某区政府办, 2024-04-12)" for k in range(15))
    assert _footer(render_html(replace(view, source=fifteen))).startswith(f"来源：{fifteen} · ")
    assert _footer(render_html(replace(view, source=TITLE))).startswith(f"来源：{TITLE} · 导出：")


def _many_partners(n: int) -> nx.MultiDiGraph:
    """``HUB`` sharing 22 measures with one partner, 5 with the next, 2 with each of the others."""
    rows = [(str(k), HUB, "某区首位局") for k in range(1, 23)]
    rows += [(str(k), HUB, "某区次位局") for k in range(1, 6)]
    rows += [(str(k % 9 + 1), HUB, f"某区第{k}局") for k in range(n - 2) for _ in range(2)]
    return graph_from_measures(rows)


def test_a_column_of_many_partners_keeps_its_sizes_apart():
    """The slide of the busiest unit of the 87 held-out plans (128 partners) drew 2 and 5 shared measures as one
    size, and its size legend showed "2" and "5" as two equal circles: the floor stayed while the top came down."""
    view = unit_partners_view(_many_partners(60), f"unit:{HUB}", lang="zh")
    p = place(view, canvas_for(view))
    values = size_legend_values([n for n in view.nodes if not n.focus])
    assert values[:2] == [2.0, 5.0], values
    small, larger = (p.scale.diameter(v) for v in values[:2])
    assert larger >= 1.25 * small, (small, larger)


def test_a_star_with_room_keeps_its_marker_sizes():
    """The guard: with few partners the star's rows are wide enough and the sizes are the usual ones."""
    view = unit_partners_view(_many_partners(8), f"unit:{HUB}", lang="zh")
    scale = place(view, canvas_for(view)).scale
    assert (scale.lo, scale.hi) == MARKER_EM


def test_a_long_name_in_the_bottleneck_ranking_stays_on_the_slide():
    """The bottleneck slide of a district's plan listed "9." on one line, 区委宣传部（区文明办、区政府新闻办、区委网信办）
    on the next, past the slide's right edge, and its value on a third: a name with no space was never broken."""
    from reformgraph.metrics import betweenness, coordination_graph
    from reformgraph.render.image import render_image
    from reformgraph.views import bottleneck_view

    rows = [("1", HUB, [LONG]), ("2", [LONG], "某区叶子局"), ("3", "某区叶子局", "某区末端局")]
    rows += [(str(k), HUB, f"某区第{k}局") for k in range(4, 12)]
    G = graph_from_measures(rows)
    C = coordination_graph(G)
    view = bottleneck_view(G, C, betweenness(G), lang="zh")
    assert any(LONG in line for line in view.ranking)
    result = render_image(view, "png")
    assert result.clipped == 0 and result.overlaps == 0, (result.clipped, result.overlaps)


def test_a_ratio_s_digits_take_no_room_from_the_unit_names():
    """瓶颈's details table at 1280 px cut 区委宣传部（区文明办、区政府新闻办、区委网信办） after 15 characters: the
    betweenness column, shown to four decimals, was given the width of 0.0014204545454545455."""
    from reformgraph.explorer.ui import column_widths

    columns = {"name": "单位", "bc": "中介中心性", "dep": "被依赖数", "cut": "移除后断开的单位数", "cat": "类别"}
    rows = [
        {"name": LONG, "bc": 0.0014204545454545455, "dep": 1, "cut": 0, "cat": "部门"},
        {"name": HUB, "bc": 0.6940174672489083, "dep": 9, "cut": 6, "cat": "部门"},
    ]
    shown = [dict(r, bc=round(r["bc"], 4)) for r in rows]
    assert column_widths(rows, columns) == column_widths(shown, columns)
    assert column_widths(rows, columns)["单位"] >= 320


def test_whole_numbers_and_short_fractions_are_measured_as_they_are():
    """The guard: a count, a share of one decimal and a text are measured as before."""
    from reformgraph.explorer.ui import widest_px

    assert widest_px([4720]) == widest_px(["4720"]) and widest_px([20.1]) == widest_px(["20.1"])
    assert widest_px(["0.0014204545454545455"]) > widest_px(["0.0014"])  # a text is never cut short


def test_a_hop_lists_its_measures_in_the_order_the_plan_writes_them():
    """协同链's hop table of plan 24 listed measures 2-10, 2-29 … 2-37, then 2-5: the ids sorted as text."""
    from reformgraph.explorer.tables import document_order
    from reformgraph.metrics import shortest_chain

    G = graph_from_measures([("2", "某区甲局", "某区乙局")] * 12)
    hop = shortest_chain(G, "unit:某区甲局", "unit:某区乙局").hops[0]
    assert [G.nodes[m]["seq"] for m in document_order(G, hop.measures)] == list(range(1, 13))
    assert [G.nodes[m]["seq"] for m in hop.measures] != list(range(1, 13))  # the metric's own order is the ids'


def test_one_chain_is_one_chain_in_english():
    """Under a chain: "1 shortest chains in all." The noun after a number that is 1 is singular, also after a word."""
    from reformgraph.explorer.i18n import text

    assert text("chains.found", "en", hops=1, n=1) == "Shortest chain: 1 hop; 1 shortest chain in all."
    assert text("chains.found", "en", hops=2, n=3) == "Shortest chain: 2 hops; 3 shortest chains in all."
    assert text("common.has_progress", "en", n=1).startswith("Progress of 1 measure was imported")  # "was" kept


def test_no_full_width_bracket_beside_a_figure_in_english():
    """总览's deadline bars read "39（98%）" and 协同链's hops "（Shared measures 7）" in English mode too."""
    import sys

    from streamlit.testing.v1 import AppTest

    from reformgraph.explorer.i18n import text

    assert text("common.aside", "zh", text="98%") == "（98%）" and text("common.aside", "en", text="98%") == " (98%)"
    app = Path(__file__).resolve().parents[1] / "explorer" / "app.py"
    argv = sys.argv
    sys.argv = [str(app)]
    try:
        at = AppTest.from_file(str(app), default_timeout=120)
        at.run()
        at.toggle(key="lang_en").set_value(True).run()
        for page, figure in (("overview", "%)"), ("chains", "(Shared measures ")):
            at.switch_page(f"screens/{page}.py")
            at.run()
            assert not at.exception, [e.value for e in at.exception]
            shown = " ".join(str(e.proto) for e in at.get("html")) + " ".join(m.value for m in at.markdown)
            assert figure in shown and "（" not in shown, page
    finally:
        sys.argv = argv


def test_the_export_command_says_when_a_text_runs_off_the_slide():
    """`reformgraph export` printed "0 overlapping label pairs" for plan 24's bottleneck slide, whose ranking ran
    past its right edge: the texts cut at the edge (``ImageResult.clipped``) were counted, never said."""
    from reformgraph.render.export import ExportReport

    drawn = dict(labels_drawn=25, labels_hidden=0, overlaps=0)
    base = "wrote b.png (png: 25 nodes, 76 edges, 25 labels drawn, 0 labels hidden, 0 overlapping label pairs"
    assert (
        ExportReport((Path("b.png"),), "png", 25, 76, **drawn, clipped=2).summary()
        == base + ", 2 texts cut at the edge)"
    )
    assert ExportReport((Path("b.png"),), "png", 25, 76, **drawn).summary() == base + ")"  # none cut: as before

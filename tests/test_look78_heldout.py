"""What session 62's second look at the real held-out plans found, each as a property of a page, a view or a
table (docs/looks-other-plans.md, "Looks again at the real held-out plans (session 62)").

The graphs are hand-built with names of our own, shaped as the held-out plans are: a district bureau sharing
measures with a hundred partners; plans of one template whose first workplans are all called 工作任务.
"""

from __future__ import annotations

import io
import re

import networkx as nx
import pytest

from reformgraph.metrics import graph_from_measures
from reformgraph.views import unit_partners_view

HUB = "区环境卫生局"


def _star(partners: int) -> nx.MultiDiGraph:
    """``HUB`` sharing measures with ``partners`` partners, the first more than the others."""
    rows = [(str(k), HUB, "某区首位局") for k in range(1, 12)]
    rows += [(str(k % 9 + 1), HUB, f"某区第{k}局") for k in range(partners - 1)]
    return graph_from_measures(rows)


# ---------------------------------------------------------------- the unit page's frame at 1280 px

# The explorer's main column on a 1280 px laptop, less the frame's padding (docs/explorer.md).
LAPTOP_FRAME_PX = 790

_BOXES = """() => {
    const footer = document.querySelector("footer").getBoundingClientRect();
    return {net: document.getElementById("net").getBoundingClientRect().height, footer_end: footer.bottom};
}"""

# What Streamlit's ``st.iframe(..., height="content")`` measures to size the frame (its IFrame component).
_CONTENT = """() => Math.ceil(Math.max(document.body.getBoundingClientRect().height, document.body.scrollHeight,
    document.body.offsetHeight, document.documentElement.scrollHeight, document.documentElement.offsetHeight))"""


def _framed(browser, page_html: str, width: int):
    """``page_html`` in an iframe ``width`` px wide, sized to what it holds as the explorer's ``st.iframe`` is."""
    page = browser.new_page(viewport={"width": width + 40, "height": 900})
    page.set_content(f'<body style="margin:0"><iframe title="t" style="border:none" width="{width}"></iframe>')
    page.evaluate("(html) => { document.querySelector('iframe').srcdoc = html; }", page_html)
    page.frame_locator("iframe").locator("body[data-rendered='1']").wait_for(timeout=30_000)
    frame = page.frames[1]
    for _ in range(3):  # Streamlit re-measures on every change; the size settles at once
        page.evaluate("(h) => { document.querySelector('iframe').style.height = h + 'px'; }", frame.evaluate(_CONTENT))
        page.wait_for_timeout(200)
    return page, frame


def _ink_rows(png: bytes) -> tuple[int, int, int]:
    """(rows above the first drawn pixel, rows below the last, height) of a screenshot: white and the frame's
    light grey border are not ink."""
    np = pytest.importorskip("numpy")
    from PIL import Image

    grey = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=int)
    inked = np.flatnonzero((grey < 200).any(axis=1))
    return int(inked[0]), int(grey.shape[0] - 1 - inked[-1]), grey.shape[0]


def test_a_large_star_in_a_laptop_frame_has_no_blank_band(browser):
    """The unit page of the 87 held-out plans' busiest unit (128 partners) at 1280 px: the picture, scaled to the
    frame's width, sat in a frame sized for its full height, ~100 px of blank above it and below it."""
    from reformgraph.explorer.cached import page_html

    page, frame = _framed(browser, page_html(unit_partners_view(_star(100), f"unit:{HUB}", lang="zh")), LAPTOP_FRAME_PX)
    try:
        top, bottom, height = _ink_rows(frame.locator("#net").screenshot())
        assert top <= 30 and bottom <= 30, (top, bottom, height)  # one em of margin at 0.8, and the border
        assert frame.evaluate(_CONTENT) - frame.evaluate(_BOXES)["footer_end"] <= 4  # the frame ends with its footer
    finally:
        page.close()


def test_a_frame_wide_enough_draws_the_picture_at_full_size_as_before(browser):
    """The guard: where the frame holds the drawing at full size, it is drawn at full size (labels 15 px) in a
    network as tall as the page says."""
    from reformgraph.explorer.cached import page_html

    html = page_html(unit_partners_view(_star(100), f"unit:{HUB}", lang="zh"))
    page, frame = _framed(browser, html, 1500)
    try:
        assert frame.evaluate("() => window.reformgraphNetwork.getScale()") >= 0.99
        assert frame.evaluate(_BOXES)["net"] >= int(re.search(r"#net \{ width: 100%; height: (\d+)px", html).group(1))
    finally:
        page.close()


def test_the_exported_page_in_a_window_of_its_own_still_fills_the_window(browser, tmp_path):
    """The guard: the offline HTML export opened in a browser window is no frame; its network fills the window."""
    from reformgraph.render.html import render_html

    path = tmp_path / "star.html"
    path.write_text(render_html(unit_partners_view(_star(100), f"unit:{HUB}", lang="zh")), encoding="utf-8")
    page = browser.new_page(viewport={"width": LAPTOP_FRAME_PX, "height": 2400})
    try:
        page.goto(path.as_uri())
        page.locator("body[data-rendered='1']").wait_for(timeout=30_000)
        box = page.evaluate(_BOXES)
        assert box["footer_end"] >= 2400 - 2, box  # the network grew into the window's height
    finally:
        page.close()


# ---------------------------------------------------------------- a chain of long names


def _chain_view(names: list[str]):
    from reformgraph.metrics import shortest_chain
    from reformgraph.views import chain_view

    G = graph_from_measures([(str(k), a, b) for k, (a, b) in enumerate(zip(names, names[1:]), start=1)])
    return chain_view(G, shortest_chain(G, f"unit:{names[0]}", f"unit:{names[-1]}"), lang="zh")


def test_every_unit_of_a_chain_of_long_names_is_named():
    """The chain from the 87 held-out plans' busiest unit to 团上海市青浦区委 drew 上海市青浦区发展改革委 with no
    name: two middle units with 11-em names 10.6 em apart, neither fitting beside its node, both put under it."""
    from reformgraph.render.layout import canvas_for, place

    view = _chain_view(["某区绿化市容局", "某区新城公司", "某市某区发展和改革委员会", "某市某区应急管理局", "某区团委"])
    p = place(view, canvas_for(view))
    assert not p.hidden and p.overlaps == 0, p.hidden
    long = [p.labels[f"unit:{n}"] for n in ("某市某区发展和改革委员会", "某市某区应急管理局")]
    assert {label.va for label in long} == {"top", "bottom"}  # one under its node, the next over it


def test_a_chain_of_short_names_keeps_each_name_beside_its_unit():
    """The guard: names with room beside their units stay there (session 38's rule: no link through a name)."""
    from reformgraph.render.layout import canvas_for, place

    view = _chain_view(["某区甲局", "某区乙局", "某区丙局", "某区丁局", "某区戊局"])
    p = place(view, canvas_for(view))
    assert {p.labels[n.id].va for n in view.nodes if n.kind == "Unit"} == {"center"}


# ---------------------------------------------------------------- English tables at 1280 px


def _headers(keys: dict[str, str], lang: str) -> dict[str, str]:
    from reformgraph.explorer.i18n import text

    return {column: text(key, lang) for column, key in keys.items()}


def test_the_bottleneck_details_headers_are_whole_in_english():
    """瓶颈's details at 1280 px in English read "Units cut off if remo…" and "Articulation poin…": a header
    wider than what its column of ticks and counts was given."""
    from reformgraph.explorer.ui import column_widths, text_px

    keys = {"name": "col.unit", "bc": "unit.size.betweenness", "dep": "col.dependents"}
    keys |= {"art": "bottlenecks.articulation", "cut": "bottlenecks.cut_off", "cat": "col.category"}
    rows = [{"name": "某市某区住房保障房屋管理局", "bc": 0.085, "dep": 23, "art": "✓", "cut": 95, "cat": "Department"}]
    headers = _headers(keys, "en")
    widths = column_widths(rows, headers)
    for column in ("art", "cut", "dep", "bc"):
        assert widths[headers[column]] >= text_px(headers[column]) + 24, (headers[column], widths)
    assert widths[headers["name"]] >= text_px(rows[0]["name"]) + 24  # the unit's name whole, as in session 61


def test_the_chain_table_in_english_is_no_wider_than_in_chinese():
    """The guard: 协同链's hop table had "Deadline as writ…"; a header whole but wider would push the line
    numbers off the table's right edge (a first mend, "Written deadline", did: 866 px for 780)."""
    from reformgraph.explorer.ui import column_widths, text_px

    keys = {"wp": "col.workplan", "seq": "col.seq", "text": "col.source", "deadline": "col.deadline_raw"}
    keys |= {"document": "col.document", "line": "col.line"}
    text = "加强规划指标衔接。编制各层级国土空间总体规划以及新编详细规划、行业专项规划时，应衔接落实。" * 2
    row = {"wp": "1", "seq": 2, "text": text, "a": "牵头", "b": "牵头", "deadline": "—", "line": 153}
    row["document"] = "01-shanghai-jiading-sponge-city-2024"
    roles = {"a": "某区绿化市容局", "b": "某市某区规划资源局局"}
    zh = column_widths([row], _headers(keys, "zh") | roles)
    en_headers = _headers(keys, "en") | roles
    en = column_widths([row], en_headers)
    assert en[en_headers["deadline"]] >= text_px(en_headers["deadline"]) + 24
    assert sum(en.values()) <= sum(zh.values()) + 24, (en, zh)


# ---------------------------------------------------------------- workplans of several plans told apart


def _plans(titles: dict[str, str]) -> nx.MultiDiGraph:
    """Each file's plan with a workplan "[1] 工作任务" (the held-out plans' commonest first workplan)."""
    G = nx.MultiDiGraph(documents=[f"doc:{stem}" for stem in titles])
    for stem, title in titles.items():
        G.add_node(f"doc:{stem}", kind="Document", title=title)
        G.add_node(f"workplan:{stem}:1", kind="Workplan", number="1", title="工作任务", document=f"doc:{stem}")
    return G


def test_workplans_of_several_plans_are_told_apart_by_their_plans_short_titles():
    """The depth-1 picture of the 87 held-out plans' busiest unit read "[1] 工作任务 · 82-shangh… (20)" and
    "[1] 工作任务 · 17-shangh… (1)": the file's stem, cut, told a reader nothing of which plan."""
    from reformgraph.view_nodes import node_labels

    G = _plans(
        {
            "82-shanghai-jingan-waste-sorting-system-2024": "关于印发《某区持续优化生活垃圾全程分类体系工作方案》的通知",
            "17-shanghai-jingan-fire-rescue-2019": "某区人民政府办公室关于转发区消防支队《某区消防救援发展三年行动计划》的通知",
            "09-district-city-checkup-2021": "某区人民政府办公室关于印发2021年本区城市体检工作方案的通知",
        }
    )
    labels = sorted(node_labels(G, [n for n in G if n.startswith("workplan:")]).values())
    assert labels == [
        "[1] 工作任务 · 2021年本区城市…",
        "[1] 工作任务 · 某区持续优化生活垃…",
        "[1] 工作任务 · 某区消防救援发展三…",
    ]


def test_two_copies_of_one_plan_are_still_told_apart_by_their_files():
    """The guard: two files of one plan (one title) are told apart by their files' names, as before."""
    from reformgraph.view_nodes import node_labels

    G = _plans({"甲区方案": "关于印发《某区某某工作方案》的通知", "乙区方案": "关于印发《某区某某工作方案》的通知"})
    labels = sorted(node_labels(G, [n for n in G if n.startswith("workplan:")]).values())
    assert labels == ["[1] 工作任务 · 乙区方案", "[1] 工作任务 · 甲区方案"]


# ---------------------------------------------------------------- English legends


def test_english_legend_titles_and_entries_begin_with_a_capital():
    """English slides wrote "kind" over "Measure", "size: connections in view" under "Community", "black ring =
    focus" beside "Unit" and "department" beside "Enterprise"'s kin: titles in lower case beside capitalised names."""
    from reformgraph.metrics import betweenness, coordination_graph
    from reformgraph.render.image import slide_footer
    from reformgraph.render.layout import size_title
    from reformgraph.view_nodes import category_text
    from reformgraph.views import bottleneck_view, unit_neighbourhood

    G = _star(6)
    views = [
        unit_partners_view(G, f"unit:{HUB}", lang="en"),
        unit_neighbourhood(G, f"unit:{HUB}", 1, lang="en"),
        bottleneck_view(G, coordination_graph(G), betweenness(G), lang="en"),
    ]
    firsts = [t[0] for v in views for t in (v.group_label, size_title(v))]
    firsts += [category_text(c, "en")[0] for c in ("department", "district_government", "enterprise", "other")]
    assert all(c.isupper() for c in firsts), firsts
    assert slide_footer("某方案", "2026-12-07", "en").endswith("ReformGraph  ·  Phone numbers hidden")


def test_chinese_legends_are_as_before():
    """The guard: the Chinese slides' legends keep their words."""
    from reformgraph.render.layout import size_title

    view = unit_partners_view(_star(6), f"unit:{HUB}", lang="zh")
    assert (view.group_label, size_title(view)) == ("类别", "大小：共同举措数")


# ---------------------------------------------------------------- 时限's table of many years


def _heatmap_page(browser, units: list[str], months: list[str], gaps: list[str]):
    from reformgraph.explorer.ui import heatmap_html

    counts = {
        (u, m): (i * 7 + j * 3) % 23 + 1 for i, u in enumerate(units) for j, m in enumerate(months) if (i + j) % 3
    }
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_content(
        "<body style=\"margin:0;font-family:'Noto Sans CJK SC','Source Sans Pro',sans-serif\">"
        f'<div style="width:820px">{heatmap_html(units, months, counts, gap_after=gaps)}</div></body>'
    )
    return page


_WIDTHS = """() => {
    const box = document.querySelector("[data-testid=heatmap]");
    const rows = Array.from(document.querySelectorAll("[data-testid=heatmap] tbody tr")).map(tr =>
        Array.from(tr.querySelectorAll("td")).filter(td => td.textContent).map(td => {
            const range = document.createRange();
            range.selectNodeContents(td);
            const t = range.getBoundingClientRect();
            return [t.left, t.right];
        }));
    return {scroll: box.scrollWidth, client: box.clientWidth, rows};
}"""


def test_a_deadline_table_of_many_years_fits_a_laptop_page(browser):
    """时限 of the 89 held-out plans at 1280 px: 18 months from 2019 to 2035 with 15 "…" gaps ran 106 px past the
    page's right edge, the last numbers cut: a gap's cells were 21 px wide, as wide as a month's."""
    months = ["2019-03", "2019-05", "2019-06", "2019-09", "2019-12", "2021-06", "2021-12", "2024-06", "2024-11"]
    months += ["2024-12", "2025-03", "2025-06", "2025-12", "2026-12", "2027-12", "2028-12", "2030-12", "2035-12"]
    gaps = [a for a, b in zip(months, months[1:]) if int(b[:4]) * 12 + int(b[5:]) - int(a[:4]) * 12 - int(a[5:]) > 1]
    units = ["某市某区住房保障房屋管理局局", *[f"某市某区第{k}局" for k in range(24)]]
    page = _heatmap_page(browser, units, months, gaps)
    try:
        drawn = page.evaluate(_WIDTHS)
    finally:
        page.close()
    assert len(gaps) == 15 and drawn["scroll"] <= drawn["client"], (drawn["scroll"], drawn["client"])
    apart = [b[0] - a[1] for row in drawn["rows"] for a, b in zip(row, row[1:])]
    assert min(apart) >= 4, min(apart)  # two numbers side by side never read as one


def test_a_deadline_table_of_consecutive_months_keeps_its_month_width():
    """The guard: two years of months with no gap (the bundled plan) keep their 21 px columns."""
    from reformgraph.explorer.ui import heatmap_html

    months = [f"{y}-{m:02d}" for y in (2021, 2022) for m in range(1, 13)]
    page = heatmap_html(["市市场监管局", "市规划自然资源局"], months, {("市市场监管局", "2021-01"): 12})
    assert "min-width:21px" in page and "rg-gap" not in page.split("</style>")[1]

"""Every standard picture as a reader sees it: no label over another, every name there, the facts whole.

The standard images are a unit's partner units and its depth-1 and depth-2 neighbourhoods (the
biggest hub and a small unit), a coordination chain, the bottleneck slide and the coordination
network. Each is drawn for real and its texts measured: no two overlap. The command line says
so in its one line.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from reformgraph.cli import cli
from reformgraph.errors import ExportError
from reformgraph.metrics import coordination_graph, unit_partners
from reformgraph.render.export import ViewRequest, choose_view, export
from reformgraph.render.fonts import find_cjk_font
from reformgraph.render.html import placed, render_html
from reformgraph.render.image import render_image
from reformgraph.render.layout import (
    SIDES,
    _extents,
    _first_free,
    _Occupancy,
    _padded_boxes,
    _relocate,
    place,
    size_legend_values,
)
from reformgraph.views import coordination_view, unit_partners_view

HUB = "unit:市市场监管局"
SMALL = "unit:市贸促会"
STANDARD = {
    "hub-partners": dict(unit=HUB, depth=0),
    "hub-depth1": dict(unit=HUB, depth=1),
    "hub-depth2": dict(unit=HUB, depth=2),
    "small-partners": dict(unit=SMALL, depth=0),
    "small-depth1": dict(unit=SMALL, depth=1),
    "small-depth2": dict(unit=SMALL, depth=2),
    "chain": dict(chain=("unit:市财政局", "unit:市高法院")),
    "bottlenecks": dict(view="bottlenecks"),
    "bottlenecks-zh": dict(view="bottlenecks", lang="zh"),
    "coordination": dict(view="coordination"),
}
# Pictures small enough that every label must be drawn (the coordination view may give up a few; the depth-2
# hub hid two reforms' labels at the slide's bottom edge before a node with no free side could move).
EVERY_LABEL = {
    "hub-partners",
    "hub-depth1",
    "hub-depth2",
    "small-partners",
    "small-depth1",
    "small-depth2",
    "chain",
    "bottlenecks",
    "bottlenecks-zh",
}


@pytest.fixture(scope="module")
def font():
    try:
        return find_cjk_font()
    except ExportError as exc:
        pytest.skip(f"{exc} (the test set-up installs it with .ci/system-deps.sh)")


@pytest.mark.parametrize("name", sorted(STANDARD))
def test_standard_images_have_no_overlapping_labels(bundled_graph, font, name):
    view = choose_view(bundled_graph, ViewRequest(**STANDARD[name]))
    result = render_image(view, "svg", exported="2024-05-01")
    assert result.overlaps == 0, name
    assert result.clipped == 0, name  # no text runs past the slide's edge
    assert result.labels_drawn + result.labels_hidden == len(view.nodes)
    if name in EVERY_LABEL:
        assert result.labels_hidden == 0, name
    else:
        assert result.labels_hidden <= len(view.nodes) // 10, name
    # The HTML page draws the same placement: no overlap there either.
    p = placed(view)
    assert p.overlaps == 0
    # Two labels on one line are far enough apart to read as two names (0.3 em ran them together).
    assert min(_same_line_gaps(p), default=1.0) >= 0.65, name


def _same_line_gaps(p) -> list[float]:
    """Horizontal gaps (em) between labels that share a line."""
    import itertools

    gaps = []
    for a, b in itertools.combinations(p.labels.values(), 2):
        (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a.box, b.box
        if min(ay1, by1) - max(ay0, by0) > 0.2:
            gaps.append(max(bx0 - ax1, ax0 - bx1))
    return gaps


FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    "plan",
    [
        "real/02-shanghai-traffic-refined-mgmt-2024-2026.md",
        "real/09-guobanfa-zero-waste-city-2018.md",
        "real/13-shanghai-transport-photovoltaic-2023.md",
        # a town's plan of 10 units and a county's of long names: a few units, far apart in size
        "round50/fresh15/08-town-marriage-customs-2026.txt",
        "round50/fresh15/02-county-wage-arrears-winter-2026.txt",
    ],
)
def test_standard_images_of_other_plans_are_clean(font, plan):
    """Plans of other layouts and sizes: the busiest unit, the farthest chain, the network views; no text
    over another, no legend circle over the next, none past the slide's edge."""
    from reformgraph.loaders.pipeline import build_from_paths
    from reformgraph.metrics import top_units

    G = build_from_paths([str(FIXTURES / plan)]).graph
    C = coordination_graph(G)
    part = C.subgraph(max(nx.connected_components(C), key=len))
    lengths = dict(nx.all_pairs_shortest_path_length(part))
    a, b, _ = max(((a, b, d) for a in lengths for b, d in lengths[a].items()), key=lambda x: (x[2], x[0], x[1]))
    hub = top_units(G, by="load", n=1)[0].unit
    for kwargs in (
        dict(unit=hub, depth=0),
        dict(unit=hub, depth=1),
        dict(chain=(a, b)),
        dict(view="bottlenecks"),
        dict(view="coordination"),
    ):
        view = choose_view(G, ViewRequest(**kwargs))
        result = render_image(view, "svg", exported="2024-05-01")
        assert (result.overlaps, result.clipped) == (0, 0), kwargs
        assert min(_same_line_gaps(placed(view)), default=1.0) >= 0.65, kwargs


def test_the_bottleneck_slide_writes_out_its_ranking(bundled_graph):
    """Size alone does not tell 0.148 from 0.127: the slide lists the first ten with their values, ◆
    marking the articulation points, as the explorer's ranking does."""
    from reformgraph.metrics import bottlenecks

    view = choose_view(bundled_graph, ViewRequest(view="bottlenecks", lang="zh"))
    top = [b for b in bottlenecks(bundled_graph) if b.betweenness > 0][:10]
    expected = [f"{i}. {b.name}{' ◆' if b.articulation else ''}  {b.betweenness:.3g}" for i, b in enumerate(top, 1)]
    assert list(view.ranking[:10]) == expected and view.ranking[-1].startswith("◆ 关键连接单位")
    result = render_image(view, "svg", exported="2024-05-01")
    assert all(line in result.texts for line in view.ranking)


def test_export_prints_one_line_with_what_it_drew(tmp_path, font, bundled_graph):
    out = tmp_path / "smj.png"
    result = CliRunner().invoke(cli, ["export", "--unit", "市市场监管局", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    m = re.fullmatch(
        r"wrote (.+) \(png: (\d+) nodes, (\d+) edges, (\d+) labels drawn, (\d+) labels hidden, "
        r"(\d+) overlapping label pairs\)",
        lines[0],
    )
    assert m and m.group(1) == str(out)
    nodes, drawn, hidden, overlaps = int(m.group(2)), int(m.group(4)), int(m.group(5)), int(m.group(6))
    assert overlaps == 0 and drawn + hidden == nodes and nodes == len(unit_partners(bundled_graph, HUB)) + 1
    assert "collective" in result.stderr  # notes go to the terminal, not onto the slide


def test_the_partner_view_is_who_works_with_the_unit(bundled_graph):
    for unit in (HUB, SMALL):
        view = unit_partners_view(bundled_graph, unit)
        partners = unit_partners(bundled_graph, unit)
        assert [n.id for n in view.nodes[1:]] == [p.unit for p in partners]  # strongest first
        assert [n.size for n in view.nodes[1:]] == [float(p.shared) for p in partners]
        for p in partners:  # edge widths add up to the shared measures, split by who leads
            weights = {e.group: e.weight for e in view.edges if p.unit in (e.source, e.target)}
            assert sum(weights.values()) == p.shared
            assert weights.get("focus_leads", 0) == p.as_support_of_this
            assert weights.get("partner_leads", 0) == p.as_lead_of_this
        leads = [e for e in view.edges if e.group == "focus_leads"]
        assert all(e.source == unit and e.rel == "LEADS_UNIT" for e in leads)


def test_labels_stay_distinct_when_cut(bundled_graph):
    view = choose_view(bundled_graph, ViewRequest(unit=HUB, depth=1))
    texts = [re.sub(r"^\[[\d.]+\] | \(\d+\)$", "", n.label) for n in view.nodes if n.kind == "Workplan"]
    assert len(texts) == len(set(texts)) > 30
    assert any("食品" in t for t in texts) and any("药品" in t for t in texts)  # 60.x/62.x variants told apart


def test_labels_of_two_plans_of_one_template_name_their_file(tmp_path):
    """Two districts' plans written from one template: their workplans (and measures) read alike, so a label
    equal to another plan's gets its file's name; labels of one plan alone stay as they were."""
    from reformgraph.loaders.pipeline import build_from_paths

    text = (FIXTURES / "real" / "09-guobanfa-zero-waste-city-2018.md").read_text(encoding="utf-8")
    paths = []
    for name in ("甲区无废城市方案", "乙区无废城市方案"):
        paths.append(tmp_path / f"{name}.md")
        paths[-1].write_text(text, encoding="utf-8")
    G2 = build_from_paths([str(p) for p in paths]).graph
    unit = max(
        (n for n, k in G2.nodes(data="kind") if k == "Unit"),
        key=lambda n: sum(1 for _, _, r in G2.out_edges(n, data="rel") if r == "LEADS"),
    )
    for depth in (1, 2):
        view = choose_view(G2, ViewRequest(unit=unit, depth=depth, max_nodes=500))
        labels = [n.label for n in view.nodes if n.kind in ("Workplan", "Measure", "Reform")]
        assert len(labels) == len(set(labels)) > 2, depth
        assert all(label.count(" · 甲区") + label.count(" · 乙区") == 1 for label in labels), labels
    single = build_from_paths([str(paths[0])]).graph
    view = choose_view(single, ViewRequest(unit=unit, depth=1))
    assert not [n.label for n in view.nodes if "甲区" in n.label]


def test_every_link_between_the_units_drawn_is_drawn(bundled_graph):
    C = coordination_graph(bundled_graph)
    view = coordination_view(bundled_graph, C, max_nodes=25)
    kept = {n.id for n in view.nodes}
    expected = {frozenset((a, b)) for a, b in C.edges if a in kept and b in kept}
    assert {frozenset((e.source, e.target)) for e in view.edges} == expected
    connected = {n for e in expected for n in e}
    assert connected == {n for n in kept if any(C.has_edge(n, m) for m in kept if m != n)}


def test_size_legend_values_are_sizes_drawn(bundled_graph):
    view = unit_partners_view(bundled_graph, HUB)
    values = size_legend_values([n for n in view.nodes if not n.focus])
    sizes = [n.size for n in view.nodes if n.size is not None]
    assert values and min(sizes) <= values[0] and values[-1] == max(sizes)
    p = placed(view)
    for n in view.nodes[1:]:  # each marker is drawn with the scale the legend uses
        assert p.diameter[n.id] == pytest.approx(p.scale.diameter(n.size))


def test_chinese_pages_have_no_english(bundled_graph):
    view = choose_view(bundled_graph, ViewRequest(unit=HUB, depth=0, lang="zh"))
    page = render_html(view, exported="2024-05-01")
    visible = re.sub(r"<script>.*?</script>|<style>.*?</style>|<[^>]+>", " ", page, flags=re.S)
    assert not re.findall(r"\b[A-Za-z]{3,}\b", visible.replace("ReformGraph", ""))


# ---- whole-graph files: private data masked in every text field; written atomically; never over an input


def _with_private_data(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = G.copy()
    H.add_node("person:毕士杰", kind="Person", name="毕士杰")
    m = next(n for n, k in H.nodes(data="kind") if k == "Measure")
    H.nodes[m]["text"] = "联系人：王小明，电话13594177712；毕士杰负责。"
    H.add_node("unit:市某局（李四 67236219）", kind="Unit", name="市某局（李四 67236219）", category="department")
    H.add_edge("unit:市某局（李四 67236219）", m, rel="SUPPORTS", line=1)
    return H


PRIVATE = ("王小明", "13594177712", "毕士杰", "67236219")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_names_and_phones_are_masked_in_every_text_field(bundled_graph, tmp_path, fmt):
    G = _with_private_data(bundled_graph)
    out = tmp_path / ("t" if fmt == "csv" else f"all.{fmt}")
    report = export(G, out, fmt)
    text = "".join(p.read_text(encoding="utf-8-sig") for p in report.paths)
    assert not [p for p in PRIVATE if p in text]
    assert "[电话已隐藏]" in text and "[姓名已隐藏]" in text
    full = export(
        G,
        tmp_path / ("f" if fmt == "csv" else f"full.{fmt}"),
        fmt,
        request=ViewRequest(include_people=True, include_contacts=True),
    )
    text = "".join(p.read_text(encoding="utf-8-sig") for p in full.paths)
    assert all(p in text for p in ("王小明", "13594177712", "67236219"))


def test_csv_rows_keep_their_numbers_after_masking(bundled_graph, tmp_path):
    report = export(bundled_graph, tmp_path / "t", "csv")
    with open(report.paths[1], encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    dated = [r for r in rows if r["deadline"]]
    assert dated and all(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", r["deadline"]) for r in dated)


def test_an_export_never_overwrites_its_input_and_a_failed_write_keeps_the_old_file(
    bundled_graph, tmp_path, monkeypatch
):
    doc = tmp_path / "plan.md"
    from reformgraph.resources import bundled_document

    doc.write_text(bundled_document().read_text(encoding="utf-8"), encoding="utf-8")
    before = doc.read_bytes()
    result = CliRunner().invoke(cli, ["export", str(doc), "--out", str(doc), "--format", "html"])
    assert result.exit_code == 1 and "refusing to write over an input file" in result.output
    assert doc.read_bytes() == before
    # A write that dies half-way leaves the previous file whole (temporary file + rename).
    out = tmp_path / "all.graphml"
    export(bundled_graph, out, "graphml")
    good = out.read_bytes()

    def dies(G, fh, **kwargs):
        fh.write(b"<?xml half")
        raise RuntimeError("killed")

    monkeypatch.setattr(nx, "write_graphml", dies)
    with pytest.raises(RuntimeError):
        export(bundled_graph, out, "graphml")
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _crowd(n_free: int = 0):
    """Boxes of ``_extents`` (marker 1 em, label 4 em below) around the origin on a 30 x 12 em canvas: a node at
    the origin with a second one over it, and walls of fixed nodes ``n_free`` em away left and right."""
    import numpy as np

    xy = [[0.0, -4.0], [0.3, -4.0]]
    for x in (-8.0 - n_free, 8.0 + n_free):
        xy += [[x, y] for y in (-5.0, -2.5, 0.0, 2.5, 5.0)]
    xy = np.array(xy)
    ext = np.array([_extents(1.0, 4.0, "below", 1.0)] * len(xy))
    ids = [f"n{i}" for i in range(len(xy))]
    one = dict.fromkeys(ids, 1.0)
    fixed = np.array([i >= 2 for i in range(len(xy))])
    return xy, ext, ids, one, dict.fromkeys(ids, 4.0), dict.fromkeys(ids, "below"), fixed


def _free(xy, ext, i):
    import numpy as np

    others = np.arange(len(xy)) != i
    x0, x1, y0, y1 = _padded_boxes(xy[others], ext[others])
    a0, a1, b0, b1 = _padded_boxes(xy[i : i + 1], ext[i : i + 1])
    return not (
        (np.minimum(a1, x1) - np.maximum(a0, x0) > 1e-9) & (np.minimum(b1, y1) - np.maximum(b0, y0) > 1e-9)
    ).any()


def test_a_node_with_no_free_side_moves_to_the_nearest_free_place():
    import numpy as np

    xy, ext, ids, one, width, side, fixed = _crowd()
    start, walls = xy[1].copy(), xy[2:].copy()
    stuck: set[str] = set()
    assert _relocate(xy, ext, [1], ids, one, width, one, side, set(), fixed, 30.0, 12.0, stuck) == 1
    assert stuck == set() and _free(xy, ext, 1) and side["n1"] in SIDES
    assert xy[0].tolist() == [0.0, -4.0] and (xy[2:] == walls).all()  # only the node asked for moved
    reach = ext[1]
    assert -15 <= xy[1, 0] - reach[0] and xy[1, 0] + reach[1] <= 15  # inside the canvas
    assert -6 <= xy[1, 1] - reach[2] and xy[1, 1] + reach[3] <= 6
    # the nearest place: on the ring before it (0.5 em nearer), no angle and no side is free
    moved = float(np.hypot(*(xy[1] - start)))
    nearer = moved - 0.5
    for a in np.linspace(0, 2 * np.pi, 24, endpoint=False):
        for s in SIDES:
            trial, e = xy.copy(), ext.copy()
            trial[1] = start + nearer * np.array([np.cos(a), np.sin(a)])
            e[1] = _extents(1.0, 4.0, s, 1.0)
            inside = -15 <= trial[1, 0] - e[1, 0] and trial[1, 0] + e[1, 1] <= 15
            inside = inside and -6 <= trial[1, 1] - e[1, 2] and trial[1, 1] + e[1, 3] <= 6
            assert not (inside and _free(trial, e, 1)), (a, s)


def test_relocation_keeps_focus_fixed_and_reports_the_stuck():
    xy, ext, ids, one, width, side, fixed = _crowd()
    before = xy.copy()
    # asked to keep n1 (a focus or hidden node) or n1 fixed: nothing moves
    assert _relocate(xy, ext, [1], ids, one, width, one, side, {"n1"}, fixed, 30.0, 12.0, set()) == 0
    fixed[1] = True
    assert _relocate(xy, ext, [1], ids, one, width, one, side, set(), fixed, 30.0, 12.0, set()) == 0
    assert (xy == before).all()
    # a canvas with room for one box only: the node is reported stuck, not moved
    xy, ext = xy[:2], ext[:2]
    xy[1] = xy[0]
    stuck: set[str] = set()
    assert _relocate(xy, ext, [1], ids[:2], one, width, one, side, set(), fixed[:2] & False, 4.8, 3.5, stuck) == 0
    assert stuck == {"n1"} and xy[1].tolist() == xy[0].tolist()


def test_crowded_neighbourhoods_keep_more_labels_with_none_overlapping(bundled_graph):
    """Depth 2 and 3 of the hub with up to 200 nodes: every label drawn is clear of every other box."""
    for depth, cap in ((2, 200), (3, 120)):
        view = choose_view(bundled_graph, ViewRequest(unit=HUB, depth=depth, max_nodes=cap))
        p = place(view, (80.0, 49.2))
        assert p.overlaps == 0
        assert len(p.labels) + len(p.hidden) == sum(1 for n in view.nodes if n.label)
        assert len(p.hidden) < len(view.nodes) / 2, (depth, cap, len(p.hidden))


def test_a_place_the_occupancy_grid_calls_free_is_free():
    """Random boxes, and places just beside them (a hair's breadth apart or overlapping): wherever the grid sees
    no other box, the exact box-by-box test agrees (the grid may miss a free place next to a box, never call a
    taken one free); it finds most free places; and the moving node's own box never stands in its way."""
    import numpy as np

    from reformgraph.render.layout import PAD_X

    rng = np.random.default_rng(15)
    agreed = found = 0
    for _ in range(40):
        n = int(rng.integers(5, 40))
        W, H = float(rng.uniform(30, 80)), float(rng.uniform(20, 50))
        xy = np.column_stack([rng.uniform(-W / 3, W / 3, n), rng.uniform(-H / 3, H / 3, n)])
        ext = rng.uniform(0.2, 4.0, (n, 4))
        grid = _Occupancy(xy, ext, W, H)
        reach = rng.uniform(0.2, 4.0, 4)
        # right of a box, the gap between the padded boxes from -0.2 to +0.2 em
        j = rng.integers(1, n, 400)
        gap = rng.uniform(-0.2, 0.2, 400)
        places = np.column_stack(
            [xy[j, 0] + ext[j, 1] + PAD_X + reach[0] + gap, xy[j, 1] + rng.uniform(-1.0, 1.0, 400)]
        )
        free = grid.free(places, reach[None, :], xy[0], ext[0])[0]  # node 0 is moving: its own box does not count
        exact = _first_free_each(places, reach, _padded_boxes(xy[1:], ext[1:]), W, H)
        assert not (free & ~exact).any()
        agreed += int(free.sum())
        found += int(exact.sum())
        alone = _Occupancy(xy[:1], ext[:1], W, H)  # only the moving node's box: every place inside is free
        inside = _first_free_each(places, reach, _padded_boxes(xy[:0], ext[:0]), W, H)
        assert (alone.free(places, reach[None, :], xy[0], ext[0])[0] == inside).all()
    # these places are all within a cell of a box, where the grid is cautious by design: it still finds some
    assert agreed > 0.25 * found > 0


def _first_free_each(places, reach, boxes, W, H):
    import numpy as np

    return np.array([_first_free(places[k : k + 1], reach[None, :], boxes, W, H)[0] == 0 for k in range(len(places))])


def test_a_unit_with_no_partner_is_drawn_with_what_it_does_alone(bundled_graph):
    """市林业局 shares no measure with another unit: its picture is its workplans and measures, not a lone dot."""
    lone = "unit:市林业局"
    assert unit_partners(bundled_graph, lone) == []
    view = unit_partners_view(bundled_graph, lone, lang="zh")
    measures = {m for _, m, d in bundled_graph.out_edges(lone, data=True) if d.get("rel") in ("LEADS", "SUPPORTS")}
    assert measures and {n.id for n in view.nodes if n.kind == "Measure"} == measures
    assert view.title == "市林业局 · 协同单位 0 个" and view.notes[0].startswith("没有协同单位")

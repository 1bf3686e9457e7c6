"""View selection on small hand-built graphs: what is shown, what is summarised, what stays private."""

from __future__ import annotations

import random
import re
from pathlib import Path

import networkx as nx
import pytest
from support.copies import bundled_copies

from reformgraph.errors import UnknownUnitError
from reformgraph.metrics import coordination_graph, graph_from_measures, shortest_chain
from reformgraph.render.layout import positions
from reformgraph.view_nodes import Redaction, redact_names, redact_phones
from reformgraph.views import bottleneck_view, chain_view, coordination_view, unit_neighbourhood, unit_partners_view

# 市财政局 leads m1 (supported by 市税务局) and m2; 市税务局 leads m3 with 市高法院.
SMALL = [
    ("1", "市财政局", "市税务局", "2022-03"),
    ("1", "市财政局", "", "2022-04"),
    ("2", "市税务局", "市高法院", "2022-05"),
]


@pytest.fixture()
def small():
    G = graph_from_measures(SMALL)
    # A contact person with a phone number, as the loader makes them.
    G.add_node("person:毕士杰", kind="Person", name="毕士杰")
    G.add_edge("person:毕士杰", "workplan:demo:1", rel="CONTACT_FOR", role="联络人", phones=["67236219"])
    G.add_edge("person:毕士杰", "unit:市财政局", rel="MEMBER_OF")
    return G


def _hub(n_workplans: int = 30, per_workplan: int = 8) -> nx.MultiDiGraph:
    """A hub leading n_workplans × per_workplan measures, each supported by a partner of its workplan."""
    rows = [(str(w), "市市场监管局", f"伙伴{w}局") for w in range(1, n_workplans + 1) for _ in range(per_workplan)]
    return graph_from_measures(rows)


def test_depth_one_and_two(small):
    v1 = unit_neighbourhood(small, "市财政局", depth=1)
    assert {n.kind for n in v1.nodes} == {"Unit", "Measure"}
    assert {n.label for n in v1.nodes if n.kind == "Unit"} == {"市财政局"}
    v2 = unit_neighbourhood(small, "市财政局", depth=2)
    assert {n.label for n in v2.nodes if n.kind == "Unit"} == {"市财政局", "市税务局"}
    assert v2.focus == ("unit:市财政局",) and v2.node("unit:市财政局").focus
    assert {e.rel for e in v2.edges} >= {"LEADS", "SUPPORTS", "PART_OF"}


def test_kind_and_rel_filters(small):
    v = unit_neighbourhood(small, "市财政局", depth=2, kinds={"Unit", "Measure"}, rels={"LEADS", "SUPPORTS"})
    assert {n.kind for n in v.nodes} == {"Unit", "Measure"}
    assert {e.rel for e in v.edges} <= {"LEADS", "SUPPORTS"}


def test_unknown_unit_suggests(small):
    with pytest.raises(UnknownUnitError, match="did you mean"):
        unit_neighbourhood(small, "财政厅局")


def test_people_hidden_by_default_and_phones_masked(small):
    v = unit_neighbourhood(small, "市财政局", depth=1)
    assert all(n.kind != "Person" for n in v.nodes)
    assert any("1 名人员未显示" in note for note in v.notes)
    with_people = unit_neighbourhood(small, "市财政局", depth=1, include_people=True)
    person = with_people.node("person:毕士杰")
    assert person.label == "毕士杰" and "67236219" not in person.title
    with_contacts = unit_neighbourhood(small, "市财政局", depth=1, include_people=True, include_contacts=True)
    assert "67236219" in with_contacts.node("person:毕士杰").title


def test_redact_phones_keeps_dates_and_numbers():
    assert redact_phones("2022年5月完成第60.2项，电话 023-67236219") == "2022年5月完成第60.2项，电话 [电话已隐藏]"


def test_hub_is_summarised_and_says_so():
    G = _hub()
    v = unit_neighbourhood(G, "市市场监管局", depth=2, max_nodes=40)
    assert len(v.nodes) <= 40 + 5  # at most one fold node per kind above the budget
    assert any("grouped 240 measures by workplan" in note for note in v.notes)
    assert any(n.kind == "Group" for n in v.nodes)  # the weakest partners are folded
    # Grouped workplans say how many measures they stand for.
    wp = v.node("workplan:demo:1")
    assert wp.members == 8 and wp.label.endswith("(8)")
    # Every edge joins nodes that are in the view.
    ids = {n.id for n in v.nodes}
    assert all(e.source in ids and e.target in ids for e in v.edges)


def test_small_view_is_not_summarised(small):
    v = unit_neighbourhood(small, "市财政局", depth=3)
    assert not [n for n in v.notes if "grouped" in n]


def test_chain_view_from_metrics_chain(small):
    chain = shortest_chain(small, "unit:市财政局", "unit:市高法院")
    v = chain_view(small, chain)
    assert [n.label for n in v.nodes if n.kind == "Unit"] == ["市财政局", "市税务局", "市高法院"]
    assert v.focus == ("unit:市财政局", "unit:市高法院") and v.layout == "chain"
    pos = positions(v)
    assert pos["unit:市财政局"][0] < pos["unit:市税务局"][0] < pos["unit:市高法院"][0]


def _crosses(a, b, box) -> bool:
    """Whether the segment a–b runs through ``box`` (x0, y0, x1, y1): sampled, enough for a test."""
    x0, y0, x1, y1 = box
    points = ((a[0] + (b[0] - a[0]) * k / 200, a[1] + (b[1] - a[1]) * k / 200) for k in range(201))
    return any(x0 < x < x1 and y0 < y < y1 for x, y in points)


def test_no_link_of_a_chain_runs_through_a_measure_label():
    # A measure drawn above the line has its links running down to the units: its label goes above it
    # (under it, both links ran through the text on every chain of a town's and a district's plan).
    from reformgraph.render.layout import canvas_for, place

    G = graph_from_measures([("1", "甲局", "乙局"), ("1", "乙局", "丙局"), ("2", "乙局", "丙局")])
    v = chain_view(G, shortest_chain(G, "unit:甲局", "unit:丙局"))
    p = place(v, canvas_for(v))
    measures = [n.id for n in v.nodes if n.kind == "Measure"]
    assert measures and all(m in p.labels for m in measures)
    for e in v.edges:
        for m in measures:
            if m not in (e.source, e.target):
                continue
            assert not _crosses(p.pos[e.source], p.pos[e.target], p.labels[m].box), (e.source, e.target)


def test_no_link_of_a_chain_runs_through_a_unit_s_name():
    # Two measures a hop: one above the line, one below. The units' names went under them, and the
    # links down to the measures below ran through every name (a county's plan).
    from reformgraph.render.layout import canvas_for, place

    pairs = [("县人力社保局", "县住房城乡建设局"), ("县住房城乡建设局", "县财政局")]
    G = graph_from_measures([(str(i), a, b) for i, (a, b) in enumerate(pairs, 1) for _ in range(2)])
    v = chain_view(G, shortest_chain(G, "unit:县人力社保局", "unit:县财政局"))
    p = place(v, canvas_for(v))
    assert sum(n.kind == "Measure" for n in v.nodes) == 4 and set(p.labels) == {n.id for n in v.nodes}
    for e in v.edges:
        for n, label in p.labels.items():
            assert not _crosses(p.pos[e.source], p.pos[e.target], label.box), (e.source, e.target, n)


def test_chain_view_caps_measures_per_hop():
    G = graph_from_measures([("1", "甲局", "乙局")] * 6)
    v = chain_view(G, ["甲局", "乙局"], max_measures_per_hop=2)
    assert sum(n.kind == "Measure" for n in v.nodes) == 2
    assert v.node("group:Measure:hop0").members == 4 and v.notes


def test_coordination_and_bottleneck_views_cap_and_report():
    G = _hub(n_workplans=12, per_workplan=1)
    C = coordination_graph(G)
    v = coordination_view(G, C, max_nodes=5)
    assert len(v.nodes) == 5 and "showing the 5 highest-ranked of 13 units" in v.notes[0]
    metric = {u: (1.0 if u == "unit:市市场监管局" else 0.0) for u in C}
    b = bottleneck_view(G, C, metric, top=3)
    assert b.nodes[0].label == "市市场监管局" and b.nodes[0].size == 1.0 and len(b.nodes) == 3


def test_sizes_and_groups_passed_in(small):
    v = unit_neighbourhood(
        small,
        "市财政局",
        depth=2,
        sizes={"unit:市财政局": 5.0},
        groups={"unit:市财政局": "社区 1"},
        size_label="负荷 load",
    )
    assert v.node("unit:市财政局").size == 5.0 and v.node("unit:市财政局").group == "社区 1"
    assert v.node("unit:市税务局").size is None and v.size_label == "负荷 load"


def test_positions_are_seeded_and_graph_untouched(small):
    before = nx.node_link_data(small, edges="edges")
    v = unit_neighbourhood(small, "市财政局", depth=3)
    assert positions(v, seed=3) == positions(v, seed=3)
    assert positions(v)["unit:市财政局"] == (0.0, 0.0)
    assert nx.node_link_data(small, edges="edges") == before


def test_a_picture_names_the_documents_it_draws_from_each_once(tmp_path):
    """On a graph of several plans a unit's picture cites its own plan, not all of them; a copy is named once."""
    from reformgraph.loaders.pipeline import build_from_paths

    other = Path(__file__).parent / "fixtures" / "real" / "01-shanghai-songjiang-urban-renewal-2025.md"
    paths = bundled_copies(tmp_path, ("甲方案", "乙方案"))
    G = build_from_paths([*paths, str(other)]).graph
    titles = {n: d["title"] for n, d in G.nodes(data=True) if d.get("kind") == "Document"}
    bundled, shanghai = titles["doc:甲方案"], titles[f"doc:{other.stem}"]
    assert bundled == titles["doc:乙方案"] and bundled != shanghai
    hub = "unit:重庆市税务局"
    for view in (
        unit_neighbourhood(G, hub),
        unit_partners_view(G, hub),
        # beside 上海市松江区's plan the bundled county plan's 市市场监管局 is its city's (round 60, place60)
        chain_view(G, shortest_chain(G, hub, "unit:重庆市市场监管局")),
    ):
        assert view.source.count(bundled) == 1 and shanghai not in view.source, view.source
    whole = coordination_view(G, coordination_graph(G))
    assert whole.source.count(bundled) == 1 and shanghai in whole.source


def test_a_measure_tooltip_names_its_file_only_when_the_graph_has_several():
    from reformgraph.view_nodes import node_title

    one = graph_from_measures([("1", "市财政局", "市税务局")])
    assert "文件" not in node_title(one, "measure:demo:1:1")
    one.graph["documents"] = ["doc:demo", "doc:other"]
    assert "文件 document: demo" in node_title(one, "measure:demo:1:1").splitlines()


ENGLISH_TEMPLATE_WORDS = re.compile(
    r"\b(category|aliases|leads|supports|workplan|measures?|deadline|document|lines?|scope|more|partners|"
    r"Measure|Unit|Workplan|Reform|Person|District|Law|Document|dated|done|ongoing|part of|coordinates with)\b"
)


def test_tooltips_in_chinese_mode_have_no_english_and_in_english_mode_no_chinese_template():
    """A picture's tooltips speak the page's language: no "category:" or "deadline:" when the page is Chinese."""
    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths

    G = build_from_paths([str(BUNDLED_DOCUMENT)]).graph
    hub = "unit:市市场监管局"

    def titles(lang):
        views = (
            unit_neighbourhood(G, hub, 1, lang=lang),  # measures grouped by workplan, kinds folded
            unit_neighbourhood(G, hub, 2, lang=lang, max_nodes=500),
            unit_partners_view(G, hub, lang=lang),
            chain_view(G, shortest_chain(G, hub, "unit:重庆市税务局"), lang=lang),
        )
        return [n.title for v in views for n in v.nodes] + [e.label for v in views for e in v.edges]

    zh = titles("zh")
    assert any("时限：" in t for t in zh) and any("类别：" in t for t in zh)
    assert not [t for t in zh if ENGLISH_TEMPLATE_WORDS.search(t)]
    assert "牵头" in zh and "leads" in titles("en")  # edges: the rel in the page's language
    en = titles("en")
    assert any("deadline: " in t for t in en) and any("category: " in t for t in en)
    template = ("举措", "单位", "时限", "类别", "别名", "文件", "工作方案", "另有", "与", "牵头", "适用范围", "第 ")
    assert not [line for t in en for line in t.splitlines() if line.startswith(template)]
    assert not [t for t in en if re.search("未注明|有完成时限|共同牵头或共同配合", t)]


def test_pictures_and_tables_name_a_unit_category_and_a_status_alike():
    """The legend of a picture and the explorer's tables use one word per category (集合称谓, not 统称 beside it);
    a tooltip and the tables one word per status. The explorer's labels import nothing, so the two tables are
    kept equal here."""
    from reformgraph.explorer.i18n import text
    from reformgraph.view_model import CATEGORY_LABELS, STATUS_LABELS
    from reformgraph.view_nodes import category_text, split_label

    for category in CATEGORY_LABELS:
        assert category_text(category, "zh") == text(f"category.{category}", "zh"), category
        assert category_text(category, "en") == text(f"category.{category}", "en"), category
    for status, both in STATUS_LABELS.items():  # a measure's tooltip and the explorer's 状态 column
        assert split_label(both) == (text(f"status.{status}", "zh"), text(f"status.{status}", "en")), status


def test_redaction_masks_each_text_as_the_functions_do_one_text_at_a_time():
    rng = random.Random(15)
    names = ["杨光", "毕士杰", "士杰", "Li Ming", "王小明", "小明明", "光", ""]
    pieces = [*names, "联系人：", "联络人:", "，", "市财政局", "023-67236219", "13594177712", "2022-05-31", " ", "a"]
    redaction = Redaction(names)
    people_only = Redaction(names, phones=False)
    phones_only = Redaction(names, people=False)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        twice = [redaction.text(text), redaction.text(text)]  # the second from what the first remembered
        assert twice == [redact_phones(redact_names(text, names))] * 2
        assert people_only.text(text) == redact_names(text, names)
        assert phones_only.text(text) == redact_phones(text)


def _distinct_cuts_first_written(texts, limit):
    """``distinct_cuts`` as first written (kept as the reference): prefixes over every pair of a group."""
    from collections import defaultdict

    from reformgraph.view_nodes import _common_prefix, _cut

    clean = [re.sub(r"\s+", " ", t or "").strip() for t in texts]
    cuts = [_cut(t, limit) for t in clean]
    by_cut = defaultdict(list)
    for i, c in enumerate(cuts):
        by_cut[c].append(i)
    for same in by_cut.values():
        if len({clean[i] for i in same}) < 2:
            continue
        group = [clean[i] for i in same]
        shared = min(_common_prefix(a, b) for a in group for b in group if a != b)
        if shared and group[0][shared - 1] in "（(【[《“·":
            shared -= 1
        head = max(2, limit // 2 - 1)
        for i in same:
            t = clean[i]
            own = max(_common_prefix(t, o) for o in group if o != t) + 2
            tail = t[shared : max(shared + limit - head, own)]
            start = t[:head] + "…" if shared > head else t[:shared]
            cuts[i] = start + tail + ("…" if len(t) > shared + len(tail) else "")
    return cuts


def test_distinct_cuts_of_many_copies_are_the_cuts_of_every_pair():
    """Titles in many copies (plans of one template) and near-copies in random order: the cuts worked out on
    the distinct texts are those of comparing every pair."""
    from reformgraph.view_nodes import distinct_cuts

    rng = random.Random(15)
    stems = ["探索实行惩罚性赔偿制度", "探索实行惩罚性赔偿和内部举报人制度", "开展“一照多址”改革", "短"]
    tails = ["（食品）", "（药品）", "·食品，惩罚性赔偿", "", "（一）"]
    for _ in range(300):
        texts = [rng.choice(stems) + rng.choice(tails) for _ in range(rng.randint(1, 40))]
        limit = rng.choice([6, 8, 14])
        assert distinct_cuts(texts, limit) == _distinct_cuts_first_written(texts, limit), (texts, limit)


def test_a_summarised_neighbourhood_shows_no_measure_of_its_own(tmp_path):
    """Past ``max_nodes`` every measure is grouped by workplan (so none is described one by one): no node of
    the view is a measure, each node has its label and tooltip, and labels of two copies stay distinct."""
    from reformgraph.loaders.pipeline import build_from_paths

    G = build_from_paths(bundled_copies(tmp_path, ("甲方案", "乙方案"))).graph
    view = unit_neighbourhood(G, "市市场监管局", depth=2, max_nodes=60)
    assert not [n for n in view.nodes if n.kind == "Measure"]
    assert all(n.label and n.title for n in view.nodes)
    assert len({n.label for n in view.nodes}) == len(view.nodes)

"""Metrics on small hand-built graphs whose answers are worked out by hand in the comments."""

from __future__ import annotations

import dataclasses
import json
import random

import networkx as nx
import pytest

from reformgraph.aliases import AliasTable
from reformgraph.errors import DateFormatError, NoChainError, UnknownUnitError
from reformgraph.jsonio import graph_to_data
from reformgraph.metrics import (
    betweenness,
    bottlenecks,
    communities,
    communities_of,
    coordination_digraph,
    coordination_graph,
    due_within,
    graph_from_measures,
    monthly_load,
    overdue,
    peak_months,
    reform_complexity,
    resolve_unit,
    shortest_chain,
    top_units,
    unit_load,
    unit_partners,
    unit_profile,
    workplan_complexity,
)

# The "city" graph. Coordination graph (collectives left out):
#
#   市财政局 =2= 市税务局 -1- 市市场监管局 -1- 市高法院      市公安局 -1- 市司法局      市人力社保局
#
# m1, m2 give 财政–税务 weight 2; 各区县政府 (collective) supports m1 only;
# 市高法院 and 市司法局 only ever support; 市人力社保局 leads alone (no partner).
CITY = [
    ("1", "市财政局", "市税务局、各区县政府", "2022-03"),  # m1
    ("1", "市财政局", "市税务局", "2022-03-10"),  # m2
    ("2", "市税务局", "市市场监管局", "2022-05"),  # m3
    ("3", "市市场监管局", "市高法院", "2022-06", "done"),  # m4
    ("4", "市人力社保局", "", None),  # m5
    ("5.1", "市公安局", "市司法局", "2022-03"),  # m6
]


@pytest.fixture()
def city():
    G = graph_from_measures(CITY)
    G.nodes["unit:市财政局"]["aliases"] = ["市财政局", "重庆市财政局"]
    return G


def uid(name: str) -> str:
    return f"unit:{name}"


def _plain(value) -> None:
    """Fail unless ``value`` holds only plain Python types (no numpy scalars)."""
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    if isinstance(value, dict):
        for k, v in value.items():
            _plain(k)
            _plain(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _plain(v)
    else:
        assert value is None or type(value) in (str, int, float, bool), type(value)


# ---- load -----------------------------------------------------------------------------------


def test_load_counts_by_hand(city):
    load = unit_load(city)
    assert list(load) == sorted(load, key=lambda u: load[u].name)
    row = load[uid("市财政局")]
    assert (row.lead, row.support, row.weighted, row.partners, row.workplans, row.reforms) == (2, 0, 4.0, 1, 1, 1)
    assert row.share == pytest.approx(2 / 6)
    tax = load[uid("市税务局")]
    assert (tax.lead, tax.support, tax.weighted, tax.partners, tax.workplans) == (1, 2, 4.0, 2, 2)


def test_unit_only_supporting(city):
    court = unit_load(city)[uid("市高法院")]
    assert (court.lead, court.support, court.weighted, court.partners) == (0, 1, 1.0, 1)


def test_collectives_left_out_unless_asked(city):
    assert uid("各区县政府") not in unit_load(city)
    assert unit_load(city)[uid("市财政局")].partners == 1
    with_coll = unit_load(city, include_collective=True)
    assert with_coll[uid("各区县政府")].collective and with_coll[uid("各区县政府")].support == 1
    assert with_coll[uid("市财政局")].partners == 1  # collective units are reported but never counted as partners


def test_custom_weights(city):
    assert unit_load(city, weights={"lead": 3})[uid("市税务局")].weighted == 5.0


def test_top_ties_broken_by_name(city):
    # 市财政局 and 市税务局 both have load 4: name order (code points: 税 U+7A0E < 财 U+8D22).
    ranked = top_units(city, by="load", n=3)
    assert [(r.rank, r.name, r.value) for r in ranked] == [
        (1, "市税务局", 4.0),
        (2, "市财政局", 4.0),
        (3, "市市场监管局", 3.0),
    ]
    # support ties at 1 are broken by load (市市场监管局: 3), then by name (司 U+53F8 < 高 U+9AD8)
    assert [r.name for r in top_units(city, by="support", n=4)] == ["市税务局", "市市场监管局", "市司法局", "市高法院"]
    with pytest.raises(ValueError):
        top_units(city, by="nonsense")


def test_top_by_betweenness_and_partners(city):
    # equal betweenness: the larger load (税务 4 > 市场监管 3) ranks first
    assert [r.name for r in top_units(city, by="betweenness", n=2)] == ["市税务局", "市市场监管局"]
    assert [r.name for r in top_units(city, by="partners", n=2)] == ["市税务局", "市市场监管局"]
    assert len(top_units(city, n=None)) == 7


# ---- coordination graph and bottlenecks -----------------------------------------------------


def test_coordination_projection(city):
    C = coordination_graph(city)
    assert C[uid("市财政局")][uid("市税务局")]["weight"] == 2
    assert C[uid("市财政局")][uid("市税务局")]["distance"] == 0.5
    assert C[uid("市财政局")][uid("市税务局")]["measures"] == ("measure:demo:1:1", "measure:demo:1:2")
    assert uid("市人力社保局") in C and C.degree(uid("市人力社保局")) == 0
    assert uid("各区县政府") not in C
    assert C.number_of_edges() == 4
    Cc = coordination_graph(city, include_collective=True)
    assert Cc.has_edge(uid("市税务局"), uid("各区县政府"))
    D = coordination_digraph(city)
    assert D.has_edge(uid("市财政局"), uid("市税务局")) and not D.has_edge(uid("市税务局"), uid("市财政局"))
    assert D[uid("市财政局")][uid("市税务局")]["weight"] == 2


def test_betweenness_by_hand(city):
    # 7 units; 税务 lies on 财政–市场监管 and 财政–高法院 (2 of C(6,2)=15 pairs of other units).
    bc = betweenness(city)
    assert bc[uid("市税务局")] == pytest.approx(2 / 15)
    assert bc[uid("市市场监管局")] == pytest.approx(2 / 15)
    assert bc[uid("市财政局")] == 0.0 and bc[uid("市人力社保局")] == 0.0


def test_weighted_betweenness_prefers_strong_ties():
    # A–B–D is 2 hops of weight 1 (length 2); A–C (weight 3) and C–D (weight 3) is length 2/3.
    G = graph_from_measures([("1", "A", "B"), ("2", "B", "D")] + [("3", "A", "C")] * 3 + [("4", "C", "D")] * 3)
    bc = betweenness(G, weighted=True)
    assert bc["unit:C"] == pytest.approx(1 / 3) and bc["unit:B"] == 0.0  # C is on the A–D chain: 1 of C(3,2) pairs
    # by hops both chains are shortest: B and C each carry half of the A–D pair
    hops = betweenness(G)
    assert hops["unit:B"] == pytest.approx(1 / 6) and hops["unit:C"] == pytest.approx(1 / 6)


def test_bottlenecks_by_hand(city):
    rows = {b.name: b for b in bottlenecks(city)}
    assert rows["市税务局"].articulation and rows["市税务局"].cut_off == 1
    assert rows["市市场监管局"].articulation and rows["市市场监管局"].cut_off == 1
    assert not rows["市财政局"].articulation
    assert {n: b.dependents for n, b in rows.items()} == {
        "市财政局": 0,
        "市税务局": 1,
        "市市场监管局": 1,
        "市高法院": 1,
        "市公安局": 0,
        "市司法局": 1,
        "市人力社保局": 0,
    }
    # equal betweenness (2/15) and dependents (1): name order, 市 U+5E02 < 税 U+7A0E
    order = [b.name for b in bottlenecks(city)]
    assert order[:2] == ["市市场监管局", "市税务局"]


def test_sampled_betweenness_is_repeatable():
    G = nx.barabasi_albert_graph(60, 2, seed=1)
    rows = [("w", f"U{a:02d}", f"U{b:02d}") for a, b in G.edges]
    H = graph_from_measures(rows)
    a = betweenness(H, k=20, seed=7)
    assert a == betweenness(H, k=20, seed=7)
    assert betweenness(H, k=1000) == betweenness(H, k=None)


# ---- communities ----------------------------------------------------------------------------

TWO_TRIANGLES = [
    ("1", "A", "B"),
    ("1", "A", "C"),
    ("1", "B", "C"),
    ("2", "X", "Y"),
    ("2", "X", "Z"),
    ("2", "Y", "Z"),
    ("3", "C", "X"),
]


def test_two_triangles_by_hand():
    # m = 7 links; each triangle has 3 inside and degree sum 7: Q = 2 * (3/7 - (7/14)^2) = 0.357.
    part = communities(graph_from_measures(TWO_TRIANGLES))
    assert [c.names for c in part.communities] == [("A", "B", "C"), ("X", "Y", "Z")]
    assert part.modularity == pytest.approx(2 * (3 / 7 - 0.25))
    first = part.communities[0]
    assert (first.internal_weight, first.external_weight, first.size) == (3, 1, 3)
    # C has strength 2 inside like A and B: tie broken by name.
    assert first.central_name == "A"
    assert part.community_of()["unit:Z"] == 2


def test_communities_repeatable_and_cover_every_unit(city):
    a, b = communities(city), communities(city)
    assert a == b
    members = [u for c in a.communities for u in c.members]
    assert sorted(members) == sorted(coordination_graph(city))
    assert len(members) == len(set(members))
    sizes = [c.size for c in a.communities]
    assert sizes == sorted(sizes, reverse=True)
    # the pair 市公安局–市司法局 is its own community; 市人力社保局 is alone
    groups = {c.names for c in a.communities}
    assert ("市公安局", "市司法局") in groups and ("市人力社保局",) in groups


def _planted_groups(seed: int) -> nx.Graph:
    """A coordination graph of four dense groups of 15 units joined by a few links (names G<group>-<n>)."""
    rng = random.Random(seed)
    rows = []
    for g in range(4):
        members = [f"G{g}-{i:02d}" for i in range(15)]
        rows += [(f"m{g}", a, b) for a in members for b in members if a < b and rng.random() < 0.5]
    rows += [("x", f"G{g}-00", f"G{(g + 1) % 4}-01") for g in range(4)]
    return coordination_graph(graph_from_measures(rows))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_igraph_louvain_finds_what_networkx_finds(monkeypatch, seed):
    """Big graphs go to igraph's Louvain: the same planted groups, modularity as networkx's, repeatable."""
    pytest.importorskip("igraph", reason="the `fast` extra (igraph) is not installed")
    import importlib

    igraphs = importlib.import_module("reformgraph.metrics.igraphs")
    C = _planted_groups(seed)
    theirs = communities_of(C, seed=seed)  # 60 units: networkx
    monkeypatch.setattr(igraphs, "IGRAPH_MIN_NODES", 0)
    calls = []
    real = igraphs.to_igraph
    monkeypatch.setattr(
        importlib.import_module("reformgraph.metrics.communities"),
        "to_igraph",
        lambda *a, **k: calls.append(1) or real(*a, **k),
    )
    state = random.getstate()
    mine = communities_of(C, seed=seed)
    assert calls == [1]  # igraph computed it
    assert random.getstate() == state  # igraph's generator was seeded privately and the module's left alone
    assert mine == communities_of(C, seed=seed)  # repeatable
    group_of = lambda part: {frozenset(c.names) for c in part.communities}  # noqa: E731
    assert group_of(mine) == group_of(theirs) == {frozenset(f"G{g}-{i:02d}" for i in range(15)) for g in range(4)}
    assert mine.modularity == pytest.approx(theirs.modularity, rel=1e-9)
    assert mine.modularity == pytest.approx(nx.community.modularity(C, [set(c.members) for c in mine.communities]))


def test_communities_on_graph_without_units():
    part = communities(graph_from_measures([]))
    assert part.communities == () and part.modularity == 0.0


# ---- chains ---------------------------------------------------------------------------------


def test_chain_by_hand(city):
    c = shortest_chain(city, uid("市财政局"), uid("市高法院"))
    assert c.names == ("市财政局", "市税务局", "市市场监管局", "市高法院")
    assert (c.length, c.count) == (3, 1)
    assert c.hops[0].measures == ("measure:demo:1:1", "measure:demo:1:2")
    assert c.hops[2].measures == ("measure:demo:3:1",)


def test_chain_counts_alternatives():
    # A reaches D through B, C or E: three shortest chains; the first in name order goes through B.
    G = graph_from_measures([("1", "A", "B、C、E"), ("2", "D", "B、C、E")])
    c = shortest_chain(G, "unit:A", "unit:D")
    assert c.names == ("A", "B", "D") and c.count == 3


def test_no_chain(city):
    with pytest.raises(NoChainError, match="separate parts"):
        shortest_chain(city, uid("市财政局"), uid("市公安局"))
    with pytest.raises(NoChainError, match="shares no measure"):
        shortest_chain(city, uid("市财政局"), uid("市人力社保局"))


def test_chain_through_collectives_only_when_asked():
    G = graph_from_measures([("1", "A", "各区县政府"), ("2", "B", "各区县政府")])
    with pytest.raises(NoChainError):
        shortest_chain(G, "unit:A", "unit:B")
    assert shortest_chain(G, "unit:A", "unit:B", include_collective=True).names == ("A", "各区县政府", "B")
    # a collective endpoint is always kept
    assert shortest_chain(G, "unit:A", "unit:各区县政府").length == 1


# ---- deadlines ------------------------------------------------------------------------------


def test_monthly_load_and_peaks(city):
    rows = {(r.name, r.month): (r.lead, r.support) for r in monthly_load(city)}
    assert rows[("市财政局", "2022-03")] == (2, 0)
    assert rows[("市税务局", "2022-03")] == (0, 2)
    assert rows[("市税务局", "2022-05")] == (1, 0)
    assert ("各区县政府", "2022-03") not in rows
    assert peak_months(city)[uid("市税务局")] == ("2022-03", 2)
    # a unit of its own: collectives included when asked for by id
    assert [(r.month, r.support) for r in monthly_load(city, unit=uid("各区县政府"))] == [("2022-03", 1)]


def test_peak_month_tie_is_earliest():
    G = graph_from_measures([("1", "A", "", "2022-05"), ("1", "A", "", "2022-02")])
    assert peak_months(G)["unit:A"] == ("2022-02", 1)


def test_overdue_and_due_within(city):
    late = overdue(city, "2022-05-31")
    # m1 (end of March), m2 (10 March), m6 (end of March): not done and before 31 May; m3 due 31 May is not late.
    assert sorted({d.measure for d in late}) == ["measure:demo:1:1", "measure:demo:1:2", "measure:demo:5.1:1"]
    assert [d.due for d in late][0] == "2022-03-10"
    soon = due_within(city, "2022-04-01", months=2)
    # until 1 June: m3 (31 May); m4 is done.
    assert {(d.name, d.role) for d in soon} == {("市税务局", "lead"), ("市市场监管局", "support")}
    assert overdue(city, "2022-05-31", unit=uid("市财政局"))[0].role == "lead"
    with pytest.raises(DateFormatError):
        overdue(city, "2022/05/31")


# ---- complexity -----------------------------------------------------------------------------


def test_complexity(city):
    rows = {w.number: w for w in workplan_complexity(city)}
    assert (rows["1"].units, rows["1"].lead_units, rows["1"].measures) == (2, 1, 2)
    assert workplan_complexity(city, include_collective=True)[0].units == 3
    reforms = {r.number: r for r in reform_complexity(city)}
    assert (reforms["5"].units, reforms["5"].workplans) == (2, 1)


def test_complexity_counts_responsible_units(city):
    G = city.copy()
    G.add_node("unit:市审计局", kind="Unit", name="市审计局", aliases=["市审计局"], category="department")
    G.add_edge("unit:市审计局", "workplan:demo:4", rel="RESPONSIBLE_FOR", role="support", raw="市审计局")
    assert {w.number: w.units for w in workplan_complexity(G)}["4"] == 2
    assert unit_load(G)["unit:市审计局"].workplans == 1


# ---- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("unit:市财政局", "市财政局"),
        ("市财政局", "市财政局"),
        ("重庆市财政局", "市财政局"),  # a surface form in the unit's aliases
        ("市场监管局", "市市场监管局"),  # an abbreviation contained in one name only
        ("市高法院等有关部门", "市高法院"),
        ("各区县政府", "各区县政府"),
    ],
)
def test_resolve_unit(city, typed, expected):
    assert resolve_unit(city, typed) == uid(expected)


def test_resolve_through_alias_table(city):
    table = AliasTable.from_rows([("市工商局", "市市场监管局", "department")])
    assert resolve_unit(city, "市工商局", aliases=table) == uid("市市场监管局")


def test_unknown_unit_suggests(city):
    with pytest.raises(UnknownUnitError) as err:
        resolve_unit(city, "市财政厅")
    assert err.value.suggestions[0] == "市财政局"
    assert "did you mean" in str(err.value)
    with pytest.raises(UnknownUnitError) as err:
        resolve_unit(city, "局")  # in many names: ambiguous, so suggestions only
    assert len(err.value.suggestions) >= 2


# ---- contracts: graph untouched, plain results, deterministic -------------------------------


def test_graph_untouched_and_results_plain(city):
    before = json.dumps(graph_to_data(city), ensure_ascii=False, sort_keys=True)
    results = [
        unit_load(city),
        top_units(city, by="betweenness"),
        bottlenecks(city),
        communities(city),
        shortest_chain(city, uid("市财政局"), uid("市高法院")),
        monthly_load(city),
        peak_months(city),
        overdue(city, "2022-12"),
        due_within(city, "2022-01", 6),
        workplan_complexity(city),
        reform_complexity(city),
        unit_profile(city, uid("市税务局")),
        unit_partners(city, uid("市税务局")),
        betweenness(city),
    ]
    for r in results:
        _plain(r)
    assert json.dumps(graph_to_data(city), ensure_ascii=False, sort_keys=True) == before
    again = [unit_load(city), bottlenecks(city), communities(city)]
    assert again == results[0:1] + results[2:4]


def test_unit_profile(city):
    p = unit_profile(city, uid("市税务局"))
    assert (p.load.lead, p.load.support) == (1, 2)
    assert [(q.name, q.shared, q.as_lead_of_this, q.as_support_of_this) for q in p.partners] == [
        ("市财政局", 2, 2, 0),
        ("市市场监管局", 1, 0, 1),
    ]
    assert [(w.number, w.lead, w.support) for w in p.workplans] == [("1", 0, 2), ("2", 1, 0)]
    assert p.bottleneck.articulation and p.community is not None
    lonely = unit_profile(city, uid("市人力社保局"))
    assert lonely.partners == () and lonely.community.size == 1
    coll = unit_profile(city, uid("各区县政府"))
    assert coll.load.collective and coll.bottleneck is None and coll.community is None


# ---- betweenness engine: igraph cross-checked with networkx ---------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_betweenness_matches_networkx(seed):
    # Weights 1, 2 and 4 give lengths 1, 0.5 and 0.25: exact in binary, so both libraries see the same ties.
    import random

    rng = random.Random(seed)
    B = nx.barabasi_albert_graph(40, 2, seed=seed)
    rows = [("w", f"U{a:02d}", f"U{b:02d}") for a, b in B.edges for _ in range(rng.choice([1, 2, 4]))]
    C = coordination_graph(graph_from_measures(rows))
    ours = betweenness(graph_from_measures(rows), weighted=True, k=None)
    theirs = nx.betweenness_centrality(C, weight="distance", normalized=True)
    assert ours == pytest.approx(theirs, abs=1e-9)
    assert betweenness(graph_from_measures(rows), k=None) == pytest.approx(
        nx.betweenness_centrality(C, normalized=True), abs=1e-9
    )


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("weighted", [False, True])
def test_betweenness_split_over_a_forked_process_equals_one_and_networkx(monkeypatch, seed, weighted):
    """igraph's exact betweenness, half of its sources summed in a forked process or not, equals networkx's."""
    pytest.importorskip("igraph", reason="the `fast` extra (igraph) is not installed")
    import importlib
    import random

    engine = importlib.import_module("reformgraph.metrics.bottlenecks")  # the module, not the function
    igraphs = importlib.import_module("reformgraph.metrics.igraphs")
    rng = random.Random(seed)
    B = nx.barabasi_albert_graph(60, 2, seed=seed)
    B.add_edges_from([(100, 101), (101, 102), (102, 100), (103, 104)])  # other components, a triangle and a pair
    rows = [("w", f"U{a:03d}", f"U{b:03d}") for a, b in B.edges for _ in range(rng.choice([1, 2, 4]))]
    C = coordination_graph(graph_from_measures(rows))
    monkeypatch.setattr(igraphs, "IGRAPH_MIN_NODES", 0)
    monkeypatch.setattr(engine, "_can_fork", lambda: True)
    monkeypatch.setattr(engine, "SPLIT_MIN_NODES", 0)
    forks = []
    monkeypatch.setattr(engine.os, "fork", lambda fork=engine.os.fork: forks.append(1) or fork())
    split = engine.coordination_betweenness(C, weighted=weighted, k=None)
    assert forks == [1]  # half of the sources went to a child process
    monkeypatch.setattr(engine, "SPLIT_MIN_NODES", 10**9)
    single = engine.coordination_betweenness(C, weighted=weighted, k=None)
    theirs = nx.betweenness_centrality(C, weight="distance" if weighted else None, normalized=True)
    assert split == single  # the same numbers once rounded to BETWEENNESS_DIGITS
    assert list(split) == list(C) and max(split.values()) > 0
    for u in C:
        assert split[u] == pytest.approx(theirs[u], rel=10 ** (1 - engine.BETWEENNESS_DIGITS), abs=1e-12)


def test_a_failed_child_half_is_computed_here(monkeypatch):
    pytest.importorskip("igraph", reason="the `fast` extra (igraph) is not installed")
    import importlib

    engine = importlib.import_module("reformgraph.metrics.bottlenecks")
    igraphs = importlib.import_module("reformgraph.metrics.igraphs")
    C = coordination_graph(
        graph_from_measures([("w", f"U{a:03d}", f"U{b:03d}") for a, b in nx.barabasi_albert_graph(50, 2, seed=9).edges])
    )
    monkeypatch.setattr(igraphs, "IGRAPH_MIN_NODES", 0)
    expected = engine.coordination_betweenness(C, k=None)
    monkeypatch.setattr(engine, "SPLIT_MIN_NODES", 0)
    monkeypatch.setattr(engine, "_can_fork", lambda: True)
    real_fork = engine.os.fork

    def failing_child():
        pid = real_fork()
        if pid == 0:
            engine.os._exit(3)  # dies before sending anything
        return pid

    monkeypatch.setattr(engine.os, "fork", failing_child)
    assert engine.coordination_betweenness(C, k=None) == expected


def test_sampled_betweenness_estimates_exact():
    B = nx.barabasi_albert_graph(300, 3, seed=5)
    G = graph_from_measures([("w", f"U{a:03d}", f"U{b:03d}") for a, b in B.edges])
    exact, sampled = betweenness(G, k=None), betweenness(G, k=150, seed=1)
    top = lambda d: set(sorted(d, key=lambda u: (-d[u], u))[:10])  # noqa: E731
    assert len(top(exact) & top(sampled)) >= 8
    assert sum(sampled.values()) == pytest.approx(sum(exact.values()), rel=0.15)


@pytest.mark.parametrize("seed", range(6))
def test_cut_offs_match_brute_force(seed):
    from reformgraph.metrics.bottlenecks import cut_offs

    C = nx.gnm_random_graph(30, 34, seed=seed)
    C.add_edges_from([(100, 101), (101, 102)])  # a second component
    expected = {}
    for v in nx.articulation_points(C):
        rest = C.subgraph(nx.node_connected_component(C, v) - {v})
        sizes = sorted(len(c) for c in nx.connected_components(rest))
        expected[v] = sum(sizes) - sizes[-1]
    assert cut_offs(C) == expected


def test_to_igraph_keeps_every_link_once_with_its_weight():
    ig = pytest.importorskip("igraph", reason="the `fast` extra (igraph) is not installed")
    from reformgraph.metrics.igraphs import to_igraph

    C = nx.gnm_random_graph(40, 120, seed=5)
    C = nx.relabel_nodes(C, {i: f"u{(i * 7) % 40:02d}" for i in C})  # insertion order differs from name order
    for u, v in C.edges:
        C.edges[u, v]["weight"] = len(u + v) + int(u[1:])
    C.add_edge("u03", "u03", weight=9)  # a self-loop, seen from one end only
    g, nodes, weights = to_igraph(ig, C, "weight")
    assert nodes == list(C)
    mine = [(nodes[a], nodes[b], w) for (a, b), w in zip(g.get_edgelist(), weights)]
    assert mine == [(u, v, float(w)) for u, v, w in C.edges(data="weight")]
    assert to_igraph(ig, C)[2] is None


def test_seeded_igraph_blocks_run_one_at_a_time():
    """A second thread's seeded block waits until the first ends: no run draws from another's generator."""
    ig = pytest.importorskip("igraph", reason="the `fast` extra (igraph) is not installed")
    import threading

    from reformgraph.metrics.igraphs import seeded

    order = []

    def second():
        with seeded(ig, 2):
            order.append("second")

    with seeded(ig, 1):
        other = threading.Thread(target=second)
        other.start()
        other.join(0.3)
        assert other.is_alive() and order == []  # waiting for the first block
        order.append("first")
    other.join(5)
    assert order == ["first", "second"]


def _collective_mix(seed: int) -> nx.MultiDiGraph:
    """Random measures over ordinary and collective units, some units both leading and supporting one measure."""
    rng = random.Random(seed)
    names = ["市财政局", "市税务局", "市教委", "市公安局", "各区县政府", "各有关部门", "市民政局"]
    rows = []
    for i in range(1, 120):
        leads = rng.sample(names, rng.randint(1, 2))
        supports = rng.sample(names, rng.randint(0, 3))
        rows.append((str(i), "、".join(leads), "、".join(supports)))
    return graph_from_measures(rows)


@pytest.mark.parametrize("seed", range(4))
def test_roles_without_collectives_are_the_roles_with_them_filtered(seed):
    """What the explorer and unit_profile rely on to scan the edges once for both kinds of roles."""
    from reformgraph.metrics import is_collective, keep_units, measure_roles

    G = _collective_mix(seed)
    everyone = measure_roles(G, include_collective=True)
    filtered = keep_units(everyone, lambda u: not is_collective(G, u))
    assert any(is_collective(G, u) for r in everyone.values() for u in r.units)  # there is something to leave out
    direct = measure_roles(G, include_collective=False)
    assert filtered == direct and list(filtered) == list(direct)


def test_lights_read_the_roles_given_as_they_would_compute_them():
    from datetime import date

    from reformgraph.lights import measure_lights
    from reformgraph.metrics import measure_roles

    G = _collective_mix(0)
    as_of = date(2026, 1, 1)
    for include in (False, True):
        given = measure_roles(G, include_collective=include)
        assert measure_lights(G, as_of, include_collective=include, roles=given) == measure_lights(
            G, as_of, include_collective=include
        )

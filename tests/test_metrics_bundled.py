"""Metrics on the bundled document, checked against the text (docs/metrics.md says how each was read)."""

from __future__ import annotations

import pytest

from reformgraph.errors import NoChainError, UnknownUnitError
from reformgraph.metrics import (
    bottlenecks,
    communities,
    coordination_graph,
    monthly_load,
    overdue,
    resolve_unit,
    shortest_chain,
    top_units,
    unit_load,
    unit_profile,
    workplan_complexity,
)


def lines_of(G, measures):
    return sorted(G.nodes[m]["line"] for m in measures)


def test_lead_and_support_counts_match_the_text(bundled_graph):
    # `grep -c '（牵头单位：市市场监管局'` finds 144 measure lines; lines 2845, 3071 and 3815 hold three more
    # whose name wraps onto the next line: 147. 重庆市税务局: 64 + lines 4004, 4810, 4905 = 67.
    load = unit_load(bundled_graph)
    assert (load["unit:市市场监管局"].lead, load["unit:市市场监管局"].support) == (147, 52)
    assert load["unit:重庆市税务局"].lead == 67
    assert load["unit:市高法院"].lead == 42
    assert load["unit:市规划自然资源局"].lead == 32
    # 55 measures spell it 市住房城乡建设委 (alias table), 5 市住房城乡建委
    assert load["unit:市住房城乡建委"].lead == 60


def test_ranking_by_load(bundled_graph):
    top = top_units(bundled_graph, by="load", n=5)
    assert [r.name for r in top] == ["市市场监管局", "重庆市税务局", "市住房城乡建委", "市规划自然资源局", "市高法院"]
    assert top[0].value == 2 * 147 + 52
    assert all(not r.load.collective for r in top_units(bundled_graph, n=None))
    collective = [r for r in top_units(bundled_graph, n=None, include_collective=True) if r.load.collective]
    assert "市级相关部门" in {r.name for r in collective}


def test_chain_read_in_the_text(bundled_graph):
    # 2467/2475: 市财政局 leads, 市交通局 supports (workplan 55); 3353 (continued on 3355): 市大数据发展局 leads,
    # 市交通局 supports (62.5); 1823: 市大数据发展局 and 市委网信办 co-lead (37). 市委网信办 appears in no
    # other measure, and no parenthetical names both 市财政局 and 市大数据发展局.
    c = shortest_chain(bundled_graph, "unit:市财政局", "unit:市委网信办")
    assert c.names == ("市财政局", "市交通局", "市大数据发展局", "市委网信办")
    assert [lines_of(bundled_graph, h.measures) for h in c.hops] == [[2467, 2475], [3353], [1823]]
    assert c.count > 1


def test_one_hop_chain(bundled_graph):
    # 市高法院 leads and 市财政局 supports in workplan 19 (lines 999, 1009) among others.
    c = shortest_chain(bundled_graph, "unit:市财政局", "unit:市高法院")
    assert c.length == 1 and {999, 1009} <= set(lines_of(bundled_graph, c.hops[0].measures))


def test_unit_without_partners(bundled_graph):
    with pytest.raises(NoChainError, match="市林业局 shares no measure"):
        shortest_chain(bundled_graph, "unit:市财政局", "unit:市林业局")


def test_names_resolve(bundled_graph):
    assert resolve_unit(bundled_graph, "市场监管局") == "unit:市市场监管局"
    assert resolve_unit(bundled_graph, "市住房城乡建设委") == "unit:市住房城乡建委"  # a surface form
    with pytest.raises(UnknownUnitError, match="did you mean: 市财政局"):
        resolve_unit(bundled_graph, "市财政厅")


def test_bottlenecks_and_communities(bundled_graph):
    rows = bottlenecks(bundled_graph)
    assert rows[0].betweenness >= rows[-1].betweenness
    assert {"市市场监管局", "市交通局", "市高法院"} <= {b.name for b in rows if b.articulation}
    part = communities(bundled_graph)
    assert part == communities(bundled_graph)
    assert part.modularity > 0.25
    assert sum(c.size for c in part.communities) == coordination_graph(bundled_graph).number_of_nodes()


def test_deadlines_and_complexity(bundled_graph):
    months = {(r.name, r.month): r.total for r in monthly_load(bundled_graph)}
    assert months[("市市场监管局", "2022-06")] == 38
    late = overdue(bundled_graph, "2022-03-31")
    assert late and all(d.status != "done" and d.due < "2022-03-31" for d in late)
    assert workplan_complexity(bundled_graph)[0].number == "96"


def test_profile(bundled_graph):
    p = unit_profile(bundled_graph, "unit:市市场监管局")
    assert p.partners[0].name == "重庆市税务局" and p.community.central_name == "市市场监管局"


def test_one_units_measure_roles_are_the_whole_scans(bundled_graph):
    """unit_measure_roles (from one unit's edges) gives what measure_roles gives for that unit's measures."""
    from reformgraph.metrics.participation import measure_roles, unit_measure_roles
    from reformgraph.metrics.units import unit_nodes

    everyone = measure_roles(bundled_graph, include_collective=True)
    units = unit_nodes(bundled_graph, include_collective=True)
    assert any(len(r.leads) > 1 or len(r.supports) > 1 for r in everyone.values())  # sorted tuples are compared
    for u in units:
        mine = {m: r for m, r in everyone.items() if u in r.units}
        assert unit_measure_roles(bundled_graph, u) == mine
        assert list(unit_measure_roles(bundled_graph, u)) == list(mine)  # in measure id order
    assert sum(bool(unit_measure_roles(bundled_graph, u)) for u in units) > 80


def test_deadline_figures_from_roles_the_caller_has_are_the_same(bundled_graph):
    """overdue / due_within / monthly rows / peaks given measure_roles equal what each computes alone."""
    from reformgraph.metrics import (
        due_within,
        measure_roles,
        monthly_from_roles,
        monthly_load,
        overdue,
        peak_months,
        peaks_of,
    )

    G = bundled_graph
    for include_collective in (False, True):
        roles = measure_roles(G, include_collective=include_collective)
        alone = overdue(G, "2022-09-15", include_collective=include_collective)
        assert alone and overdue(G, "2022-09-15", include_collective=include_collective, roles=roles) == alone
        soon = due_within(G, "2022-03-01", 3, include_collective=include_collective)
        assert soon and due_within(G, "2022-03-01", 3, include_collective=include_collective, roles=roles) == soon
        monthly = monthly_load(G, include_collective=include_collective)
        assert monthly_from_roles(G, roles, include_collective=include_collective) == monthly
        assert peaks_of(monthly) == peak_months(G, include_collective=include_collective)
    # one unit's rows come from its own measures, whatever roles are given
    unit = "unit:市财政局"
    assert overdue(G, "2022-09-15", unit=unit, roles=measure_roles(G)) == overdue(G, "2022-09-15", unit=unit)


def test_loads_and_coordination_from_roles_the_caller_has_are_the_same(bundled_graph):
    import networkx as nx

    from reformgraph.metrics import coordination_graph, measure_roles, unit_load

    G = bundled_graph
    for include_collective in (False, True):
        roles = measure_roles(G, include_collective=include_collective)
        assert unit_load(G, include_collective=include_collective, roles=roles) == unit_load(
            G, include_collective=include_collective
        )
        mine = coordination_graph(G, include_collective=include_collective, roles=roles)
        theirs = coordination_graph(G, include_collective=include_collective)
        assert nx.utils.graphs_equal(mine, theirs) and list(mine.edges(data=True)) == list(theirs.edges(data=True))


def test_bottlenecks_from_betweenness_the_caller_has_are_the_same(bundled_graph):
    from reformgraph.metrics import (
        bottlenecks,
        bottlenecks_of,
        coordination_betweenness,
        coordination_graph,
        measure_roles,
    )

    for include_collective in (False, True):
        roles = measure_roles(bundled_graph, include_collective=include_collective)
        C = coordination_graph(bundled_graph, include_collective=include_collective, roles=roles)
        given = bottlenecks_of(C, roles, computed_betweenness=coordination_betweenness(C))
        assert given == bottlenecks(bundled_graph, include_collective=include_collective)
        assert any(b.betweenness > 0 for b in given)


def test_collective_loads_from_their_own_measures_are_the_whole_graphs(bundled_graph):
    """``collective_loads`` reads only the collective units' measures: the same rows as every unit's load."""
    from reformgraph.metrics import collective_loads, measure_roles, part_of

    G = bundled_graph
    every = unit_load(G, include_collective=True)
    expected = sorted((u for u in every.values() if u.collective), key=lambda u: (-u.weighted, u.name))
    assert len(expected) >= 5 and any(u.partners for u in expected)
    assert collective_loads(G) == expected
    assert collective_loads(G, measure_roles(G, include_collective=True), parents=part_of(G)) == expected
    ranked = top_units(G, n=None, roles=measure_roles(G), parents=part_of(G))
    assert ranked == top_units(G, n=None)

"""The unit page's work at the size of 100 documents (docs/performance.md, session 65).

The list of graph edges behind the unit page's picture held 44,000 rows for the busiest unit of 100 copies of
the bundled document, each made with its source text and line, and the page shows 1,000: rows are now made when
read. The shared edges of a hub and each partner were found by scanning the hub's 19,900 measures once per
partner that leads with it: now from the smaller side, in the same order. The sidebar's edge count walked every
node's degree through networkx's views.
"""

from __future__ import annotations

import pytest

from reformgraph.explorer import tables
from reformgraph.explorer.state import edge_count
from reformgraph.metrics.sample import graph_from_measures
from reformgraph.views import unit_partners_view

# A hub in every measure; 乙局 leads some with it, 丙局 supports some; 乙局 both leads and supports one measure,
# so its edges to that measure are two.
ROWS = [(str(i % 4 + 1), "甲局" if i % 3 else "乙局、甲局", "丙局" if i % 2 else "甲局") for i in range(40)]


@pytest.fixture(scope="module")
def graph():
    G = graph_from_measures(ROWS)
    G.add_edge("unit:乙局", "measure:demo:1:1", rel="SUPPORTS", raw="乙局", line=3)  # a second edge to one measure
    return G


def test_the_rows_behind_a_picture_are_made_when_read(graph):
    view = unit_partners_view(graph, "unit:甲局")
    rows = tables.view_edge_table(graph, view)
    assert repr(rows) == f"<MadeRows: {len(rows)} rows, 0 made>" and len(rows) > 20
    first = rows[:3]
    assert repr(rows) == f"<MadeRows: {len(rows)} rows, 3 made>"
    assert [dict(r) for r in first] == tables.view_edge_rows(graph, view)[:3]
    with pytest.raises(TypeError):
        rows[0]["line"] = 1  # shared between sessions: read-only


def test_shared_edges_from_the_smaller_side_are_the_larger_sides_in_its_order(graph):
    """Every unit–unit edge of the picture lists what scanning the other unit's whole list listed: the same
    edges, the same order, a measure with two edges from one unit included."""
    view = unit_partners_view(graph, "unit:甲局")
    whole = []
    seen = set()
    for e in view.edges:
        if e.rel not in ("COORDINATES", "LEADS_UNIT") or graph.get_edge_data(e.source, e.target):
            continue
        mine = dict(tables._measure_edges(graph, e.source))
        pairs = tables._shared_edges(
            mine, tables._measure_edges(graph, e.target), e.source, e.target, getattr(e, "group", "")
        )
        fresh = [(a, b, id(d)) for a, b, d in pairs if (a, b, id(d)) not in seen]
        seen.update(fresh)
        whole += fresh
    assert len(tables._measure_edges(graph, "unit:甲局")) > len(tables._measure_edges(graph, "unit:乙局"))
    rows = tables.view_edge_rows(graph, view)
    assert [(r["from"], r["to"], r["line"]) for r in rows] == [
        (tables.unit_label(graph, a), tables.unit_label(graph, b), _line(graph, a, b, d)) for a, b, d in whole
    ]


def _line(G, a, b, ident):
    d = next(d for d in G.get_edge_data(a, b).values() if id(d) == ident)
    return tables.edge_evidence(G, a, b, d)["line"]


def test_the_edge_count_is_networkxs(graph):
    assert edge_count(graph) == graph.number_of_edges() > 80


def test_the_unit_pages_partners_are_found_once(graph, monkeypatch):
    """The page lists the unit's partners and draws them: one ``unit_partners`` for both (it was one each, every
    one a pass over the unit's measures and their units: 19,900 measures for the busiest unit of 100 plans)."""
    from reformgraph.explorer import cached
    from reformgraph.metrics import profile

    calls = []
    real = profile.unit_partners

    def counted(G, unit, **kwargs):
        if G is graph:  # not the explorer's warm-up, which draws a picture of its own in a thread
            calls.append(unit)
        return real(G, unit, **kwargs)

    monkeypatch.setattr(profile, "unit_partners", counted)
    monkeypatch.setattr(cached.metrics, "unit_partners", profile.unit_partners)
    token = "test-partners-once"
    listed = cached.partners(token, graph, "unit:甲局")
    view, _, _ = cached.unit_view(token, graph, "unit:甲局", 0, (), (), "degree", "kind", "zh")
    assert calls == ["unit:甲局"]
    assert [n.id for n in view.nodes][1:] == [p.unit for p in listed]

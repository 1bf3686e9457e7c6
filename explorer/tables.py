"""Rows for the explorer's tables: pure functions over the graph, no Streamlit.

Every row that stands for an edge carries the source text and line number
behind it, so a reader can check the graph against the document.

>>> G = tiny_graph()
>>> graph_counts(G)["measures"]
2
>>> [(r["role"], r["seq"], r["line"]) for r in unit_measure_rows(G, "unit:市财政局")]
[('lead', 1, 9), ('support', 2, 11)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import networkx as nx

from reformgraph.explorer import i18n
from reformgraph.explorer.made_rows import MadeRows
from reformgraph.metrics.participation import ROLE_RELS, parent
from reformgraph.view_nodes import document_name

STATUSES = ("done", "ongoing", "scheduled", None)


def number_key(number: str | None) -> tuple:
    """Sort key for item numbers such as ``"3"``, ``"3.2"``, ``"60.1"``.

    >>> sorted(["10", "3.2", "3", "3.10", "2"], key=number_key)
    ['2', '3', '3.2', '3.10', '10']
    """
    parts = re.findall(r"\d+|\D+", number or "")
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def nodes_of_kind(G: nx.MultiDiGraph, kind: str) -> list[str]:
    """Ids of every node of ``kind``, in insertion order."""
    return [n for n, k in G.nodes(data="kind") if k == kind]


def graph_counts(G: nx.MultiDiGraph) -> dict[str, int]:
    """Documents, reform items, workplans, measures and units in ``G``."""
    counts = Counter(k for _, k in G.nodes(data="kind"))
    return {
        "documents": counts["Document"],
        "reforms": counts["Reform"],
        "workplans": counts["Workplan"],
        "measures": counts["Measure"],
        "units": counts["Unit"],
    }


def status_counts(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Measures per status (done, ongoing, scheduled, not stated) with their share."""
    counts = Counter(d.get("status") for _, d in G.nodes(data=True) if d.get("kind") == "Measure")
    total = sum(counts.values()) or 1
    return [{"status": s, "count": counts[s], "share": counts[s] / total} for s in STATUSES]


def unit_label(G: nx.MultiDiGraph, node: str) -> str:
    """A node's display name: the unit's or person's name, a law's title, a measure's number."""
    d = G.nodes[node]
    kind = d.get("kind")
    if kind == "Measure":
        return f"{d.get('workplan')}-{d.get('seq')}"
    if kind in ("Workplan", "Reform"):
        return f"{d.get('number')} {d.get('title') or ''}".strip()
    return str(d.get("name") or d.get("title") or node)


def document_label(G: nx.MultiDiGraph, node: str) -> str | None:
    """The document ``node`` was read from, as the graph names it (its id without ``doc:``: the file's stem),
    or None for a node of no one document (a unit, a law).

    >>> document_label(tiny_graph(), "measure:demo:1:1"), document_label(tiny_graph(), "unit:市财政局")
    ('demo', None)
    """
    return document_name(G.nodes[node].get("document") if node in G else None)


def measure_context(G: nx.MultiDiGraph, measure: str) -> dict[str, Any]:
    """A measure with its document, workplan and reform item (numbers and titles)."""
    d = G.nodes[measure]
    wp = parent(G, measure, "Workplan")
    reform = parent(G, wp, "Reform") if wp else None
    return {
        "measure": measure,
        "document": document_label(G, measure),
        "seq": d.get("seq"),
        "text": d.get("text"),
        "line": d.get("line"),
        "deadline": d.get("deadline"),
        "deadline_raw": d.get("deadline_raw"),
        "status": d.get("status"),
        "workplan": G.nodes[wp].get("number") if wp else d.get("workplan"),
        "workplan_title": G.nodes[wp].get("title") if wp else None,
        "workplan_id": wp,
        "reform": G.nodes[reform].get("number") if reform else None,
        "reform_title": G.nodes[reform].get("title") if reform else None,
    }


def reforms_differ(rows: Iterable[Mapping[str, Any]]) -> bool:
    """Whether a table of :func:`measure_context` rows needs its reform item column: some row's reform item is not
    its workplan under another name. A plan of one table or one list makes each section both (``1 重点任务分工表``
    twice), and the second column only took the room of the measure's text (session 32).

    >>> row = {"reform": "1", "reform_title": "重点任务分工表", "workplan": "1", "workplan_title": "重点任务分工表"}
    >>> reforms_differ([row]), reforms_differ([row, {**row, "workplan": "1.2", "workplan_title": "优化审批"}])
    (False, True)
    >>> reforms_differ([{**row, "reform": None}])
    False
    """
    return any(
        r["reform"] is not None and (r["reform"], r["reform_title"]) != (r["workplan"], r["workplan_title"])
        for r in rows
    )


def unit_measure_rows(G: nx.MultiDiGraph, unit: str) -> list[dict[str, Any]]:
    """Every measure ``unit`` leads or supports: role, workplan, deadline, source text and line.

    Sorted by document (when the graph holds several), workplan number, then measure order.
    """
    rows = []
    for m, data in _measure_edges(G, unit):
        row = measure_context(G, m)
        row.update(
            role="lead" if data["rel"] == "LEADS" else "support",
            raw=data.get("raw"),
            line=data.get("line", row["line"]),
        )
        rows.append(row)
    return sorted(rows, key=lambda r: (r["document"] or "", number_key(r["workplan"]), r["seq"] or 0, r["role"]))


def edge_evidence(G: nx.MultiDiGraph, u: str, v: str, data: dict[str, Any]) -> dict[str, Any]:
    """The source text and line behind one edge of ``G``.

    LEADS/SUPPORTS: the measure's sentence and the line naming the unit; RESPONSIBLE_FOR:
    the name as written in 责任单位及责任人; CITES: the title cited; PART_OF, APPLIES_TO: the
    child's lines. Phone numbers are never included.
    """
    rel = data.get("rel")
    line = data.get("line")
    source: str | None = None
    if rel in ("LEADS", "SUPPORTS"):
        source = G.nodes[v].get("text")
    elif rel == "RESPONSIBLE_FOR":
        source = data.get("raw")
    elif rel == "CITES":
        source = G.nodes[v].get("title")
    elif rel == "CONTACT_FOR":
        source = data.get("role")
    elif rel in ("PART_OF", "APPLIES_TO"):
        child = G.nodes[u]
        source = child.get("text") or child.get("title")
        line = line or child.get("line") or child.get("line_start")
    return {"source": source, "line": line, "raw": data.get("raw")}


def edge_rows(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """One row per edge: from, relation, to, source text and line (see :func:`edge_evidence`)."""
    return [edge_row(G, u, v, data) for u, v, data in edges]


def edge_row(G: nx.MultiDiGraph, u: str, v: str, data: dict[str, Any]) -> dict[str, Any]:
    """The row of one edge ``u`` → ``v`` (its attributes ``data``): :func:`edge_rows`' row."""
    return {
        "from": unit_label(G, u),
        "from_kind": G.nodes[u].get("kind"),
        "rel": data.get("rel"),
        "to": unit_label(G, v),
        "to_kind": G.nodes[v].get("kind"),
        "document": document_label(G, v) or document_label(G, u),
        **edge_evidence(G, u, v, data),
    }


def reform_rows(G: nx.MultiDiGraph, query: str = "") -> list[dict[str, Any]]:
    """Reform items (sorted by number) with their workplans, optionally filtered by a keyword.

    The keyword matches an item's or workplan's title, a measure's text or a unit's name.
    """
    workplans: dict[str, list[str]] = {}
    for wp in nodes_of_kind(G, "Workplan"):
        reform = parent(G, wp, "Reform")
        if reform:
            workplans.setdefault(reform, []).append(wp)
    rows = []
    q = query.strip()
    for reform in nodes_of_kind(G, "Reform"):
        wps = sorted(workplans.get(reform, []), key=lambda w: number_key(G.nodes[w].get("number")))
        if q and not _reform_matches(G, reform, wps, q):
            continue
        d = G.nodes[reform]
        rows.append(
            {
                "reform": reform,
                "number": d.get("number"),
                "title": d.get("title"),
                "document": d.get("document"),
                "workplans": wps,
            }
        )
    return sorted(rows, key=lambda r: (r["document"] or "", number_key(r["number"])))


def _reform_matches(G: nx.MultiDiGraph, reform: str, wps: list[str], q: str) -> bool:
    if q in (G.nodes[reform].get("title") or "") or q == G.nodes[reform].get("number"):
        return True
    for wp in wps:
        if q in (G.nodes[wp].get("title") or "") or q in (G.nodes[wp].get("variant") or ""):
            return True
        for m, _, rel in G.in_edges(wp, data="rel"):
            if rel == "PART_OF" and q in (G.nodes[m].get("text") or ""):
                return True
            if rel == "RESPONSIBLE_FOR" and q in unit_label(G, m):
                return True
    return False


def workplan_detail(G: nx.MultiDiGraph, wp: str, *, include_contacts: bool = False) -> dict[str, Any]:
    """A workplan with its measures (lead and support units, each with its line), responsible
    units, contacts (their role and unit; people's names and phone numbers only when
    ``include_contacts``, as in ``reformgraph export``), citations and districts."""
    d = G.nodes[wp]
    measures, responsible, contacts = [], [], []
    for src, _, data in G.in_edges(wp, data=True):
        rel = data.get("rel")
        if rel == "PART_OF" and G.nodes[src].get("kind") == "Measure":
            measures.append(src)
        elif rel == "RESPONSIBLE_FOR":
            responsible.append(
                {
                    "unit": unit_label(G, src),
                    "unit_id": src,
                    "role": data.get("role"),
                    "raw": data.get("raw"),
                    "line": data.get("line"),
                }
            )
        elif rel == "CONTACT_FOR":
            units = [unit_label(G, t) for _, t, r in G.out_edges(src, data="rel") if r == "MEMBER_OF"]
            task = data.get("measure")
            row = {
                "seq": G.nodes[task].get("seq") if task in G else None,  # the task that names the person, if one
                "role": data.get("role"),
                "unit": "、".join(units),
                "line": data.get("line"),
            }
            if include_contacts:
                row["name"] = unit_label(G, src)
                row["phones"] = "、".join(data.get("phones") or [])
            contacts.append(row)
    measure_rows = []
    for m in sorted(measures, key=lambda m: G.nodes[m].get("seq") or 0):
        md = G.nodes[m]
        leads, supports = [], []
        for u, _, data in G.in_edges(m, data=True):
            if data.get("rel") == "LEADS":
                leads.append(unit_label(G, u))
            elif data.get("rel") == "SUPPORTS":
                supports.append(unit_label(G, u))
        measure_rows.append(
            {
                "measure": m,
                "seq": md.get("seq"),
                "text": md.get("text"),
                "leads": "、".join(leads),
                "supports": "、".join(supports),
                "deadline": md.get("deadline"),
                "deadline_raw": md.get("deadline_raw"),
                "status": md.get("status"),
                "line": md.get("line"),
            }
        )
    citations = [
        {"title": G.nodes[t].get("title"), "category": G.nodes[t].get("category"), "line": data.get("line")}
        for _, t, data in G.out_edges(wp, data=True)
        if data.get("rel") == "CITES"
    ]
    districts = [unit_label(G, t) for _, t, rel in G.out_edges(wp, data="rel") if rel == "APPLIES_TO"]
    return {
        "workplan": wp,
        "number": d.get("number"),
        "title": d.get("title"),
        "variant": d.get("variant"),
        "scope": d.get("scope"),
        "line_start": d.get("line_start"),
        "line_end": d.get("line_end"),
        "document": d.get("document"),
        "measures": measure_rows,
        "responsible": responsible,
        "contacts": sorted(contacts, key=lambda c: c["line"] or 0),  # as the document names them
        "citations": sorted(citations, key=lambda c: c["line"] or 0),
        "districts": districts,
    }


def default_as_of(G: nx.MultiDiGraph, months: Iterable[str], today: date | None = None) -> date:
    """The Deadlines page's first as-of date: today while the plan still has deadlines ahead,
    else the date of the newest document (what was already late when the plan was issued).

    >>> G = tiny_graph()
    >>> G.nodes["doc:demo"]["date"] = "2022-01-13"
    >>> default_as_of(G, ["2022-05"], today=date(2026, 1, 1)), default_as_of(G, ["2030-01"], today=date(2026, 1, 1))
    (datetime.date(2022, 1, 13), datetime.date(2026, 1, 1))
    """
    today = today or date.today()
    latest = max(months, default="")
    if latest and latest >= today.isoformat()[:7]:
        return today
    dates = [d.get("date") for _, d in G.nodes(data=True) if d.get("kind") == "Document" and d.get("date")]
    try:
        return date.fromisoformat(max(dates)) if dates else today
    except ValueError:
        return today


def unit_options(G: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """``(node id, label)`` for every unit, the label listing other spellings and 简称 so that a
    search box filtering its options by their text finds them (``发改委`` → 市发展改革委).

    Sorted by how many measures the unit takes part in (most first), then name; collectives (各地区, 有关部门) after
    every named body, so that the unit page opens on the busiest bureau, not on a collective (session 21).

    >>> dict(unit_options(tiny_graph()))["unit:市税务局"]
    '市税务局（国税局、地税局）'
    """
    from reformgraph.search import unit_abbreviations

    adj = G._adj  # the raw adjacency: the edge view's generator took most of this on 100 plans' 300,000 edges
    units = nodes_of_kind(G, "Unit")
    measures = {u: sum(a.get("rel") in ROLE_RELS for keyed in adj[u].values() for a in keyed.values()) for u in units}
    out = []
    for n in units:
        d = G.nodes[n]
        name = d.get("name") or n
        others = [a for a in d.get("aliases") or [] if a != name]
        others += [a for a in unit_abbreviations(name) if a not in others]
        label = f"{name}（{'、'.join(others)}）" if others else name
        out.append((d.get("category") == "collective", -measures[n], label, n))
    out.sort()
    return [(n, label) for _, _, label, n in out]


def document_order(G: nx.MultiDiGraph, measures: Iterable[str]) -> list[str]:
    """``measures`` (ids) in the order their documents write them: the graph's documents in turn, then the line
    (then the numbers in the id, read as numbers).

    A hop of a chain (held-out plan 24) listed measures 2-10, 2-29 … 2-37 and then 2-5: its ids sorted as text.

    >>> G = nx.MultiDiGraph(documents=["doc:a"])
    >>> for seq, line in ((10, 212), (5, 158), (29, 418)):
    ...     G.add_node(f"measure:a:2:{seq}", kind="Measure", document="doc:a", line=line)
    >>> document_order(G, ["measure:a:2:10", "measure:a:2:29", "measure:a:2:5"])
    ['measure:a:2:5', 'measure:a:2:10', 'measure:a:2:29']
    """
    order = {d: i for i, d in enumerate(G.graph.get("documents") or ())}

    def key(m: str) -> tuple:
        d = G.nodes[m]
        numbers = tuple(int(x) for x in m.split(":")[-2:] if x.isdigit())
        return (order.get(d.get("document"), len(order)), d.get("line") or 0, numbers, m)

    return sorted(measures, key=key)


def tiny_graph() -> nx.MultiDiGraph:
    """A two-measure graph in contract shape, for examples and tests.

    Workplan 1 of reform 1: measure 1 (市财政局 leads, line 9), measure 2 (市税务局 leads,
    市财政局 supports, line 11).
    """
    from reformgraph.jsonio import SCHEMA

    G = nx.MultiDiGraph(schema=SCHEMA, documents=["doc:demo"])
    G.add_node(
        "doc:demo",
        kind="Document",
        title="示例文件",
        path="demo.md",
        sha256="0" * 64,
        issuer=None,
        doc_number=None,
        date=None,
    )
    G.add_node("reform:demo:1", kind="Reform", number="1", title="示例改革", document="doc:demo")
    G.add_edge("reform:demo:1", "doc:demo", rel="PART_OF")
    G.add_node(
        "workplan:demo:1",
        kind="Workplan",
        number="1",
        title="示例工作方案",
        variant=None,
        scope=None,
        line_start=5,
        line_end=12,
        reform="1",
        document="doc:demo",
    )
    G.add_edge("workplan:demo:1", "reform:demo:1", rel="PART_OF")
    for seq, line, text, deadline in ((1, 9, "开展调研。", "2022-05"), (2, 11, "完善系统。", None)):
        m = f"measure:demo:1:{seq}"
        G.add_node(
            m,
            kind="Measure",
            workplan="1",
            seq=seq,
            text=text,
            deadline_raw=deadline and "2022年5月",
            deadline=deadline,
            status="scheduled" if deadline else None,
            line=line,
            document="doc:demo",
        )
        G.add_edge(m, "workplan:demo:1", rel="PART_OF")
    for name in ("市财政局", "市税务局"):
        G.add_node(f"unit:{name}", kind="Unit", name=name, aliases=[name], category="department")
    G.add_edge("unit:市财政局", "measure:demo:1:1", rel="LEADS", raw="市财政局", line=9)
    G.add_edge("unit:市税务局", "measure:demo:1:2", rel="LEADS", raw="市税务局", line=11)
    G.add_edge("unit:市财政局", "measure:demo:1:2", rel="SUPPORTS", raw="市财政局", line=11)
    return G


def view_edge_rows(G: nx.MultiDiGraph, view: Any) -> list[dict[str, Any]]:
    """The graph edges behind every edge of a drawn view (``graph.views.View``), with evidence:
    :func:`view_edge_table`'s rows, all made (see there).

    >>> [(r["to"], r["line"], r["summary"]) for r in view_edge_rows(tiny_graph(), _tiny_view())]
    [('1-1', 9, False)]
    """
    return [dict(row) for row in view_edge_table(G, view)]


def _tiny_view() -> Any:
    from reformgraph.views import View, ViewEdge

    return View("t", (), (ViewEdge("unit:市财政局", "workplan:demo:1", "LEADS", "牵头"),))


def view_edge_table(G: nx.MultiDiGraph, view: Any) -> MadeRows:
    """The graph edges behind every edge of a drawn view (``graph.views.View``), with evidence; each row is made
    when it is read (``made_rows.MadeRows``: the page shows the first ``ui.TABLE_ROWS``; the busiest unit of a
    100-document graph has 44,000).

    A view edge between two graph nodes stands for the parallel graph edges of its relation;
    a unit → workplan LEADS/SUPPORTS edge (measures grouped by workplan) for the unit's edges to
    that workplan's measures; a unit–unit COORDINATES edge for the measures both units share.
    An edge touching a summary node ("+N …") has no single source and is listed with
    ``summary=True``. A graph edge behind several view edges is listed once, under the first.

    >>> rows = view_edge_table(tiny_graph(), _tiny_view())
    >>> [(r["to"], r["line"], r["source"]) for r in rows], rows
    ([('1-1', 9, '开展调研。')], <MadeRows: 1 rows, 1 made>)
    """
    items: list[Any] = []  # a summary row (a dict), or a graph edge (u, v, data) whose row is made when read
    # A graph edge behind several drawn ones is listed once: a unit supporting one measure with three
    # partners was listed three times as "县总工会 配合 1-4" under its partner picture
    seen: set[tuple[str, str, int]] = set()
    by_workplan: dict[str, dict[tuple[str, str], list]] = {}  # unit → (rel, workplan) → its edges
    measures_of: dict[str, list[tuple[str, dict[str, Any]]]] = {}  # unit → its (measure, LEADS/SUPPORTS edge)
    by_measure: dict[str, dict[str, dict[str, Any]]] = {}  # unit → measure → its edge (the last, as dict() keeps)
    at_of: dict[str, dict[str, list]] = {}  # unit → measure → its (place among the unit's measure edges, edge)

    def measures(unit: str) -> list[tuple[str, dict[str, Any]]]:
        if unit not in measures_of:
            measures_of[unit] = _measure_edges(G, unit)
        return measures_of[unit]

    def measure_index(unit: str) -> dict[str, dict[str, Any]]:
        if unit not in by_measure:
            by_measure[unit] = dict(measures(unit))
        return by_measure[unit]

    def placed(unit: str) -> dict[str, list[tuple[int, tuple[str, dict[str, Any]]]]]:
        if unit not in at_of:
            at_of[unit] = {}
            for i, pair in enumerate(measures(unit)):
                at_of[unit].setdefault(pair[0], []).append((i, pair))
        return at_of[unit]

    def theirs_of(a: str, b: str) -> list[tuple[str, dict[str, Any]]]:
        """``b``'s measure edges, or, when ``b`` has more than ``a``, only those to ``a``'s measures, in ``b``'s
        order: the same shared edges, from the smaller side (a hub's 19,900 measures scanned once for each of
        the partners that lead with it was most of the unit page's first visit on 100 documents)."""
        if len(measures(b)) <= len(measures(a)):
            return measures(b)
        at = placed(b)
        return [pair for _, pair in sorted(p for m in measure_index(a) if m in at for p in at[m])]

    def grouped(unit: str, rel: str, wp: str) -> list:
        if unit not in by_workplan:
            index: dict[tuple[str, str], list] = {}
            for m, d in measures(unit):
                index.setdefault((d["rel"], parent(G, m, "Workplan")), []).append((unit, m, d))
            by_workplan[unit] = index
        return by_workplan[unit].get((rel, wp), [])

    for e in view.edges:
        if e.source not in G or e.target not in G:
            items.append(
                {
                    "from": _view_label(view, e.source),
                    "rel": e.rel,
                    "to": _view_label(view, e.target),
                    "source": None,
                    "line": None,
                    "raw": None,
                    "summary": True,
                }
            )
            continue
        underlying = [
            (e.source, e.target, d)
            for d in (G.get_edge_data(e.source, e.target) or {}).values()
            if d.get("rel") == e.rel
        ]
        if not underlying and e.rel in ("LEADS", "SUPPORTS") and G.nodes[e.target].get("kind") == "Workplan":
            underlying = grouped(e.source, e.rel, e.target)
        if not underlying and e.rel in ("COORDINATES", "LEADS_UNIT"):
            underlying = _shared_edges(
                measure_index(e.source), theirs_of(e.source, e.target), e.source, e.target, getattr(e, "group", "")
            )
        fresh = [(a, b, d) for a, b, d in underlying if (a, b, id(d)) not in seen]
        seen.update((a, b, id(d)) for a, b, d in fresh)
        items.extend(fresh)
    return MadeRows(items, lambda item: item if isinstance(item, dict) else {**edge_row(G, *item), "summary": False})


def _view_label(view: Any, node_id: str) -> str:
    for n in view.nodes:
        if n.id == node_id:
            return n.label
    return node_id


def _measure_edges(G: nx.MultiDiGraph, unit: str) -> list[tuple[str, dict[str, Any]]]:
    """(measure, edge) for each of the unit's LEADS and SUPPORTS edges, in the graph's order."""
    # the raw adjacency, in out_edges' order: its view's generator was most of the cost for a hub's partners
    return [(m, d) for m, keyed in G._adj[unit].items() for d in keyed.values() if d.get("rel") in ROLE_RELS]


def _shared_edges(
    mine: dict[str, dict[str, Any]], theirs: list[tuple[str, dict[str, Any]]], a: str, b: str, group: str = ""
) -> list[tuple[str, str, dict[str, Any]]]:
    """Both units' LEADS/SUPPORTS edges to every measure they share: ``mine`` of ``a`` (measure → edge),
    ``theirs`` of ``b`` (:func:`_measure_edges`). The partner view of a hub has dozens of partners;
    the caller scans the hub's own edges once for all of them.

    ``group`` narrows them as the partner view draws them: ``focus_leads`` / ``partner_leads``
    (an edge from the lead ``a`` to the supporting ``b``), ``together`` (both lead or both support).
    """
    out = []
    for m, d in theirs:
        if m in mine:
            pair = (mine[m]["rel"], d["rel"])
            if group in ("focus_leads", "partner_leads") and pair != ("LEADS", "SUPPORTS"):
                continue
            if group == "together" and pair[0] != pair[1]:
                continue
            out += [(a, m, mine[m]), (b, m, d)]
    return out


def shared_measure_rows(G: nx.MultiDiGraph, unit: str, partner: str) -> list[dict[str, Any]]:
    """The measures ``unit`` and ``partner`` both lead or support: workplan, text, both roles, line.

    >>> [(r["seq"], r["role"], r["partner_role"]) for r in shared_measure_rows(tiny_graph(), "unit:市财政局", "unit:市税务局")]
    [(2, 'support', 'lead')]
    """
    mine = {m: d for _, m, d in G.out_edges(unit, data=True) if d.get("rel") in ("LEADS", "SUPPORTS")}
    theirs = {m: d for _, m, d in G.out_edges(partner, data=True) if d.get("rel") in ("LEADS", "SUPPORTS")}
    rows = []
    for m in set(mine) & set(theirs):
        row = measure_context(G, m)
        row.update(
            role="lead" if mine[m]["rel"] == "LEADS" else "support",
            partner_role="lead" if theirs[m]["rel"] == "LEADS" else "support",
            line=mine[m].get("line", row["line"]),
        )
        rows.append(row)
    return sorted(rows, key=lambda r: (r["document"] or "", number_key(r["workplan"]), r["seq"] or 0))


def hop_table(G: nx.MultiDiGraph, hop: Any, lang: str, document: Mapping[str, str] | None = None) -> tuple[list, dict]:
    """The rows and headers of 协同链's table for one ``hop`` (``metrics.Hop``) in ``lang``: each shared measure
    with both units' roles in one cell, in the hop's order ("牵头 → 配合", under the hop's heading "甲 → 乙").
    Two role columns headed by the units' names were cut at 90 px, and two names of one district read
    alike there (``上海市嘉定区…`` twice, session 62). ``document`` is ``ui.document_column(G)``.

    >>> from reformgraph.metrics import shortest_chain
    >>> G = tiny_graph()
    >>> hop = shortest_chain(G, "unit:市财政局", "unit:市税务局").hops[0]
    >>> rows, columns = hop_table(G, hop, "zh")
    >>> list(columns.values()), rows[0]["roles"]
    (['工作方案', '序号', '原文', '角色（前 → 后）', '原文时限', '行号'], '配合 → 牵头')
    """
    rows = []
    for m in document_order(G, hop.measures):
        md = G.nodes[m]
        roles = {u: r for u, _, r in G.in_edges(m, data="rel") if r in ("LEADS", "SUPPORTS")}
        line = next((dd.get("line") for u, _, dd in G.in_edges(m, data=True) if u == hop.source), md.get("line"))
        both = ("lead" if roles.get(u) == "LEADS" else "support" for u in (hop.source, hop.target))
        rows.append(
            {
                "workplan": md.get("workplan"),
                "seq": md.get("seq"),
                "text": md.get("text"),
                "roles": " → ".join(i18n.role_label(r, lang) for r in both),
                "document": document_label(G, m),
                "line": line,
                "deadline": md.get("deadline_raw"),
            }
        )
    columns = {
        "workplan": i18n.text("col.workplan", lang),
        "seq": i18n.text("col.seq", lang),
        "text": i18n.text("col.source", lang),
        "roles": i18n.text("chains.roles", lang),
        "deadline": i18n.text("col.deadline_raw", lang),
        **(document or {}),
        "line": i18n.text("col.line", lang),
    }
    return rows, columns


def groups_and_lone_units(partition: Any) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    """The communities of ``partition`` (``metrics.CommunityPartition``) of two units or more, and the names of
    the units alone in theirs: a unit that shares no measure with another unit is a community of one, a
    group of nobody to work with (174 of the 92 held-out plans' 218 communities, session 63).

    >>> from reformgraph.metrics import communities, graph_from_measures
    >>> part = communities(graph_from_measures([("1", "甲局", "乙局"), ("2", "丙局", ""), ("3", "丁局", "")]))
    >>> groups, alone = groups_and_lone_units(part)
    >>> [c.names for c in groups], alone
    ([('乙局', '甲局')], ('丁局', '丙局'))
    """
    groups = tuple(c for c in partition.communities if c.size > 1)
    alone = tuple(sorted(n for c in partition.communities if c.size == 1 for n in c.names))
    return groups, alone


def bottleneck_details(bottlenecks: Iterable[Any], lang: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """瓶颈's details: a row for each ``metrics.Bottleneck`` and the table's columns (key → header) in ``lang``.

    >>> from reformgraph.metrics import Bottleneck
    >>> rows, columns = bottleneck_details([Bottleneck("u", "某区人民政府", "district_government", 0.5, True, 3, 4)], "en")
    >>> rows[0]["cat"], list(columns.values())
    ('District govt', ['Unit', 'Betweenness', 'Dependents', 'Key link', 'Units cut off', 'Category'])
    """
    rows = [
        {
            "name": b.name,
            "bc": b.betweenness,
            "cat": i18n.category_label(b.category, lang),
            "art": "✓" if b.articulation else "",
            "cut": b.cut_off,
            "dep": b.dependents,
        }
        for b in bottlenecks
    ]
    keys = {
        "name": "col.unit",
        "bc": "unit.size.betweenness",
        "dep": "col.dependents",
        "art": "bottlenecks.articulation",
        "cut": "bottlenecks.cut_off",
        "cat": "col.category",
    }
    return rows, {key: i18n.text(label, lang) for key, label in keys.items()}

"""The explorer's 对比 (Compare) page as data: two versions of a plan, what changed, and where each change
is written. Pure: two graphs in, rows out (no Streamlit).

The diff is :func:`graph.diff.diff_graphs` and its rows :func:`graph.diff.diff_rows` (the ``diff``
command's matching, rows and columns); this module only adds what a page shows beside them: for every
measure row its **source sentence and line in each version** (the measure's text and line in the old
and the new graph; for a graph of several files, the old file too), a deadline's shift (slipped,
brought forward, or given in one version only), for a chosen unit what changed for it on each row
(newly leads, handed over, newly supports, no longer supports), and the counts a reader sees first.

>>> from reformgraph.diff import _example_graphs
>>> old, new = _example_graphs()
>>> c = compare(old, new)
>>> {k: c.counts[k] for k in ("matched", "added", "removed", "roles", "slipped", "renamed")}
{'matched': 2, 'added': 1, 'removed': 0, 'roles': 2, 'slipped': 1, 'renamed': 1}
>>> [(r["measure"], r["new_line"], r["old_text"]) for r in c.tables["deadlines"]]
[('建设平台。', None, '建设平台。')]
>>> mine = for_unit(c, old, new, "区财政局")
>>> [r["unit_change"] for r in mine.tables["roles"]], [mine.counts[k] for k in ("lead_old", "support_new")]
([('support_gained',), ('lead_lost',)], [1, 1])
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from reformgraph.diff import PlanDiff, _role_counts, diff_graphs, diff_rows, only_unit
from reformgraph.view_nodes import document_name, short_title

TABLES = ("roles", "added", "removed", "deadlines", "workplans", "units")
"""The page's tables, in the order it shows them."""
UNIT_CHANGES = ("lead_gained", "lead_lost", "support_gained", "support_lost")
"""What a role change can be for one unit: it newly leads, no longer leads (handed over), newly supports,
no longer supports."""


@dataclass(frozen=True)
class Comparison:
    """What the 对比 page shows: ``counts`` (see :func:`compare`), ``tables`` (named lists of rows, the
    names of :data:`TABLES`), the diff they come from, and the unit they are about (None: every unit)."""

    counts: Mapping[str, int]
    tables: Mapping[str, list[dict[str, Any]]]
    diff: PlanDiff
    unit: str | None = None


def compare(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> Comparison:
    """The comparison of every unit's measures: :func:`graph.diff.diff_graphs` of ``old`` and ``new`` with
    sources and counts (the graphs are left untouched).

    ``counts``: ``matched`` (measures in both versions), ``old`` and ``new`` (measures in each), ``added``,
    ``removed``, ``roles`` (measures whose units changed), ``slipped``, ``forward``, ``undated`` (deadlines),
    ``renamed``, ``workplans_added``, ``workplans_removed`` and ``units`` (units whose load changed).
    """
    return _comparison(diff_graphs(old, new), old, new, None)


def for_unit(full: Comparison, old: nx.MultiDiGraph, new: nx.MultiDiGraph, unit: str | None) -> Comparison:
    """``full`` (:func:`compare` of ``old`` and ``new``) with only the rows about ``unit`` (a canonical
    name), as ``reformgraph diff --unit`` gives them, each role row saying what changed for that unit;
    ``full`` itself for None. The measures are not matched again (:func:`graph.diff.only_unit`)."""
    if unit is None:
        return full
    c = _comparison(only_unit(full.diff, old, new, unit), old, new, unit)
    (lead_old, support_old), (lead_new, support_new) = (_roles_of(G, unit) for G in (old, new))
    counts = {**c.counts, "lead_old": lead_old, "support_old": support_old}
    return replace(c, counts={**counts, "lead_new": lead_new, "support_new": support_new})


def _comparison(d: PlanDiff, old: nx.MultiDiGraph, new: nx.MultiDiGraph, unit: str | None) -> Comparison:
    rows = diff_rows(d)
    roles = [
        {**row, **_sources(old, new, r.old_node, r.new_node), "unit_change": _unit_change(r, unit)}
        for r, row in zip(d.roles, rows["roles"])
    ]
    changed = [{**row, **_sources(old, new, m.old_node, m.new_node)} for m, row in zip(d.measures, rows["measures"])]
    deadlines = [
        {**row, **_sources(old, new, s.old_node, s.new_node), "shift": s.shift}
        for s, row in zip(d.deadlines, rows["deadlines"])
    ]
    tables = {
        "roles": roles,
        "added": [r for r in changed if r["change"] == "added"],
        "removed": [r for r in changed if r["change"] == "removed"],
        "deadlines": deadlines,
        "workplans": rows["workplans"],
        "units": rows["units"],
    }
    shifts = [s.shift for s in d.deadlines]
    counts = {
        "matched": d.matched,
        "old": _measure_count(old),
        "new": _measure_count(new),
        "added": len(tables["added"]),
        "removed": len(tables["removed"]),
        "roles": len(roles),
        "slipped": shifts.count("slipped"),
        "forward": shifts.count("forward"),
        "undated": shifts.count("undated"),
        "renamed": sum(1 for w in d.workplans if w.change == "renamed"),
        "workplans_added": sum(1 for w in d.workplans if w.change == "added"),
        "workplans_removed": sum(1 for w in d.workplans if w.change == "removed"),
        "units": len(d.units),
    }
    return Comparison(counts, tables, d, unit)


def _sources(old: nx.MultiDiGraph, new: nx.MultiDiGraph, old_node: str | None, new_node: str | None) -> dict:
    """A measure's sentence and line in each version (None where the version has no such measure), and the
    old version's file."""
    o = old.nodes[old_node] if old_node in old else {}
    n = new.nodes[new_node] if new_node in new else {}
    return {
        "old_text": o.get("text"),
        "old_line": o.get("line"),
        "old_document": document_name(o.get("document")),
        "new_text": n.get("text"),
        "new_line": n.get("line"),
    }


def _unit_change(r: Any, unit: str | None) -> tuple[str, ...]:
    """What a role change (``graph.diff.RoleChange``) did to ``unit``: names of :data:`UNIT_CHANGES`."""
    if unit is None:
        return ()
    return tuple(k for k in UNIT_CHANGES if unit in getattr(r, k))


def _roles_of(G: nx.MultiDiGraph, unit: str) -> tuple[int, int]:
    """Measures the unit named ``unit`` leads and supports in ``G`` (as ``diff`` counts a unit's load)."""
    lead, support = _role_counts(G)
    return lead[unit], support[unit]


def _measure_count(G: nx.MultiDiGraph) -> int:
    return sum(1 for _, kind in G.nodes(data="kind") if kind == "Measure")


def version_label(G: nx.MultiDiGraph, fallback: str) -> str:
    """How the page names a version: its plan's short title when the graph holds one document with a title,
    else ``fallback`` (the file's name).

    >>> G = nx.MultiDiGraph(documents=["doc:v1"])
    >>> G.add_node("doc:v1", kind="Document", title="某区人民政府办公室关于印发《某区工作要点》的通知")
    >>> version_label(G, "v1.docx"), version_label(nx.MultiDiGraph(), "v2.docx")
    ('某区工作要点', 'v2.docx')
    """
    documents = [d for _, d in G.nodes(data=True) if d.get("kind") == "Document"]
    if len(documents) == 1 and documents[0].get("title"):
        return short_title(documents[0]["title"])
    return fallback

"""Small contract-shaped graphs from a list of measures, for examples, tests and benchmarks.

The real graphs come from ``reformgraph.loaders.pipeline.build_from_paths``; this module
builds the same shape (reformgraph/1) from compact rows so that a metric's
answer can be checked by hand.

>>> G = graph_from_measures([("1", "A", "B、C", "2022-03"), ("2", "B", "", None, "done")])
>>> sorted(n for n, k in G.nodes(data="kind") if k == "Unit")
['unit:A', 'unit:B', 'unit:C']
>>> sorted((u, v, r) for u, v, r in G.edges(data="rel") if r in ("LEADS", "SUPPORTS"))
[('unit:A', 'measure:demo:1:1', 'LEADS'), ('unit:B', 'measure:demo:1:1', 'SUPPORTS'), ('unit:B', 'measure:demo:2:1', 'LEADS'), ('unit:C', 'measure:demo:1:1', 'SUPPORTS')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import networkx as nx

from reformgraph.aliases import categorize
from reformgraph.jsonio import SCHEMA


def _names(value: str | Sequence[str] | None) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v for v in value.replace(",", "、").split("、") if v]
    return list(value)


def graph_from_measures(
    rows: Iterable[Sequence], *, document: str = "demo", categories: Mapping[str, str] | None = None
) -> nx.MultiDiGraph:
    """Build a reformgraph/1 graph from ``(workplan, leads, supports[, deadline[, status]])`` rows.

    Parameters
    ----------
    rows
        One row per measure, in order. ``workplan`` is the workplan number
        (``"3"`` or ``"3.1"``; the reform item is the part before the dot);
        ``leads`` and ``supports`` are unit names, a sequence or one string
        separated by ``、``; ``deadline`` is ``"YYYY-MM"``/``"YYYY-MM-DD"`` or
        None; ``status`` defaults to ``"scheduled"`` when there is a deadline.
    document
        The document key (ids are ``measure:<document>:<workplan>:<seq>``).
    categories
        Unit name → category; names not listed are categorised by rule
        (``reformgraph.aliases.categorize``: 各区县政府 is ``collective``).

    Returns
    -------
    networkx.MultiDiGraph
        Document, Reform, Workplan, Measure and Unit nodes with PART_OF,
        LEADS and SUPPORTS edges, as ``reformgraph.build`` makes them.
    """
    categories = dict(categories or {})
    did = f"doc:{document}"
    G = nx.MultiDiGraph(schema=SCHEMA, documents=[did])
    G.add_node(
        did,
        kind="Document",
        title=document,
        path=f"{document}.md",
        sha256="0" * 64,
        issuer=None,
        doc_number=None,
        date=None,
    )
    seq: dict[str, int] = {}
    for line, row in enumerate(rows, start=1):
        wp, leads, supports = row[0], _names(row[1]), _names(row[2])
        deadline = row[3] if len(row) > 3 else None
        status = row[4] if len(row) > 4 else ("scheduled" if deadline else None)
        reform = str(wp).split(".")[0]
        rid, wid = f"reform:{document}:{reform}", f"workplan:{document}:{wp}"
        if rid not in G:
            G.add_node(rid, kind="Reform", number=reform, title=f"改革事项{reform}", document=did)
            G.add_edge(rid, did, rel="PART_OF")
        if wid not in G:
            G.add_node(
                wid,
                kind="Workplan",
                number=str(wp),
                title=f"工作方案{wp}",
                variant=None,
                scope=None,
                line_start=line,
                line_end=line,
                reform=reform,
                document=did,
            )
            G.add_edge(wid, rid, rel="PART_OF")
        seq[wid] = seq.get(wid, 0) + 1
        mid = f"measure:{document}:{wp}:{seq[wid]}"
        G.add_node(
            mid,
            kind="Measure",
            workplan=str(wp),
            seq=seq[wid],
            text=f"措施{wp}-{seq[wid]}",
            deadline_raw=deadline,
            deadline=deadline,
            status=status,
            line=line,
            document=did,
        )
        G.add_edge(mid, wid, rel="PART_OF")
        for rel, names in (("LEADS", leads), ("SUPPORTS", [n for n in supports if n not in leads])):
            for name in dict.fromkeys(names):
                uid = f"unit:{name}"
                if uid not in G:
                    G.add_node(
                        uid, kind="Unit", name=name, aliases=[name], category=categories.get(name) or categorize(name)
                    )
                G.add_edge(uid, mid, rel=rel, raw=name, line=line)
    return G

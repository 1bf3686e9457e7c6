"""The whole graph for other tools: GraphML and GEXF (Gephi, yEd, Cytoscape) and CSV tables (Excel).

GraphML and GEXF hold only scalar attributes, so the contract graph is adapted
in one documented way (docs/exports.md), and :func:`read_interchange` undoes it:

- list attributes (Unit ``aliases``, CONTACT_FOR ``phones``, the graph's
  ``documents``) are stored as JSON text (``'["市场监管局", "市市场监管局"]'``);
  the graph attribute ``reformgraph_json_attributes`` names them;
- ``None`` (null) attributes are left out (both formats mean "absent");
- every node gets a ``label`` (name or title) for Gephi/yEd to display; the
  graph attribute ``reformgraph_added_attributes`` names it so the reader drops it;
- GEXF has no graph-level attributes in networkx, so schema and bookkeeping live
  in a meta description there; GraphML keeps them as graph ``<data>``.

Privacy applies to every export (:func:`privacy_filtered`): Person nodes are left
out unless ``include_people``; ``phones`` are emptied unless ``include_contacts``;
and every text field of every node, edge and the graph — a measure's text, a
unit's name or aliases, a title — has phone numbers and people's names masked
(``[电话已隐藏]``, ``[姓名已隐藏]``), since a document can write them anywhere.

Files are written atomically (:mod:`graph.files`): a kill leaves the old file or the new one.

CSV tables are UTF-8 with a BOM, so Excel on Chinese Windows opens them correctly.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(schema="reformgraph/1", documents=["doc:a"])
>>> G.add_node("unit:市财政局", kind="Unit", name="市财政局", aliases=["财政局"], category="department")
>>> H = adapt_for_interchange(G)
>>> H.nodes["unit:市财政局"]["aliases"], H.nodes["unit:市财政局"]["label"]
('["财政局"]', '市财政局')
>>> nx.utils.graphs_equal(restore_from_interchange(H), G)
True
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from reformgraph.errors import ExportError
from reformgraph.files import atomic_write, write_text_atomic
from reformgraph.graphdata import GraphData
from reformgraph.view_nodes import Redaction, person_names

JSON_ATTRS_KEY = "reformgraph_json_attributes"
ADDED_ATTRS_KEY = "reformgraph_added_attributes"
REDACTED_KEY = "reformgraph_redacted"
INTERCHANGE_FORMATS = ("graphml", "gexf")
CSV_FILES = ("units.csv", "measures.csv")  # the tables --format csv writes into its folder


# Attributes that hold identifiers or machine values, never free text: left as they are.
NOT_TEXT = frozenset({"id", "kind", "rel", "sha256", "category", "status", "deadline", "date", "schema"})


def privacy_filtered(
    G: nx.MultiDiGraph, *, include_people: bool = False, include_contacts: bool = False
) -> nx.MultiDiGraph:
    """A copy of ``G`` without Person nodes (unless ``include_people``), with empty ``phones``
    (unless ``include_contacts``), and with people's names and phone numbers masked in every text
    attribute; the graph attribute ``reformgraph_redacted`` says what was removed.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:毕士杰", kind="Person", name="毕士杰")
    >>> G.add_node("workplan:d:1", kind="Workplan", title="方案（联系人毕士杰，67236219）")
    >>> _ = G.add_edge("person:毕士杰", "workplan:d:1", rel="CONTACT_FOR", role="联络人", phones=["67236219"])
    >>> H = privacy_filtered(G)
    >>> H.number_of_nodes(), H.nodes["workplan:d:1"]["title"]
    (1, '方案（联系人[姓名已隐藏]，[电话已隐藏]）')
    >>> H = privacy_filtered(G, include_people=True)
    >>> H.edges["person:毕士杰", "workplan:d:1", 0]["phones"], H.graph["reformgraph_redacted"]
    ([], 'contacts')
    """
    H = GraphData.of(G).copy().to_networkx()  # as G.copy(), in comprehensions (a tenth of its time)
    redacted = []
    names: set[str] = set()
    if not include_people:
        names = person_names(H)  # a name that is part of a unit's name is left alone: it would mask the unit
        H.remove_nodes_from([n for n, k in H.nodes(data="kind") if k == "Person"])
        redacted.append("people")
    if not include_contacts:
        for _, _, d in H.edges(data=True):
            if "phones" in d:
                d["phones"] = []
        redacted.append("contacts")

    clean = Redaction(names, people=not include_people, phones=not include_contacts).value

    if redacted:
        for attrs in [d for _, d in H.nodes(data=True)] + [d for _, _, d in H.edges(data=True)] + [H.graph]:
            for key, value in list(attrs.items()):
                if key not in NOT_TEXT and key != "phones":
                    attrs[key] = clean(value)
        # A node id built from a name ("unit:市财政局（张三 67236219）") is masked too, kept unique.
        taken = set(H.nodes)
        mapping = {}
        for n in list(H.nodes):
            new = clean(n) if isinstance(n, str) else n
            if new != n:
                base, k = new, 1
                while new in taken:
                    k += 1
                    new = f"{base}#{k}"
                taken.add(new)
                mapping[n] = new
        if mapping:
            nx.relabel_nodes(H, mapping, copy=False)
        H.graph[REDACTED_KEY] = ",".join(redacted)
    else:
        H.graph.pop(REDACTED_KEY, None)
    return H


def _label(d: Mapping[str, Any], n: str) -> str:
    return str(d.get("name") or d.get("title") or n)


def adapt_for_interchange(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with only scalar attributes (lists as JSON text, nulls dropped) and node labels."""
    json_attrs: set[str] = set()

    def scalar(attrs: Mapping[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in attrs.items():
            if v is None:
                continue
            if isinstance(v, (list, tuple, dict, set)):
                out[k] = json.dumps(sorted(v) if isinstance(v, set) else v, ensure_ascii=False)
                json_attrs.add(k)
            elif isinstance(v, bool) or isinstance(v, (int, float, str)):
                out[k] = v
            else:
                out[k] = str(v)
        return out

    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        attrs = scalar(d)
        attrs["label"] = _label(d, n)
        H.add_node(n, **attrs)
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **scalar(d))
    H.graph.update(scalar(G.graph))
    H.graph[JSON_ATTRS_KEY] = ",".join(sorted(json_attrs))
    H.graph[ADDED_ATTRS_KEY] = "label"
    return H


def restore_from_interchange(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Undo :func:`adapt_for_interchange` (JSON text back to lists, added labels dropped)."""
    graph_attrs = dict(H.graph)
    json_attrs = {a for a in str(graph_attrs.pop(JSON_ATTRS_KEY, "")).split(",") if a}
    added = {a for a in str(graph_attrs.pop(ADDED_ATTRS_KEY, "")).split(",") if a}

    def restore(attrs: Mapping[str, Any], drop: set[str]) -> dict[str, Any]:
        out = {}
        for k, v in attrs.items():
            if k in drop:
                continue
            if k in json_attrs and isinstance(v, str):
                try:
                    v = json.loads(v)
                except ValueError:
                    pass
            out[k] = v
        return out

    G = nx.MultiDiGraph()
    for n, d in H.nodes(data=True):
        G.add_node(n, **restore(d, added))
    for u, v, k, d in H.edges(keys=True, data=True):
        G.add_edge(u, v, key=k, **restore(d, set()))
    G.graph.update(restore(graph_attrs, set()))
    return G


def write_interchange(G: nx.MultiDiGraph, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``G`` as GraphML or GEXF (format from the suffix unless given)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in INTERCHANGE_FORMATS:
        raise ExportError(f"{path}: unknown graph format {fmt!r} (expected graphml or gexf)")
    H = adapt_for_interchange(G)
    with atomic_write(path) as fh:  # a kill leaves the old file or the new one
        if fmt == "graphml":
            nx.write_graphml(H, fh, encoding="utf-8", prettyprint=True, named_key_ids=True)
        else:
            meta = json.dumps(H.graph, ensure_ascii=False, sort_keys=True)
            H.graph = {"mode": "static"}
            H.graph["node_default"] = {}
            H.graph["edge_default"] = {}
            _write_gexf(H, fh, meta)
    return path


def _write_gexf(H: nx.MultiDiGraph, fh, meta: str) -> None:
    # networkx's writer, streamed: its bytes without its whole tree in memory (1.7 GB for 100 plans)
    from reformgraph.render.gexf_stream import write_gexf

    write_gexf(H, fh, meta_description=meta)


def read_interchange(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML or GEXF file written by :func:`write_interchange` back into the contract shape."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt == "graphml":
        H = nx.read_graphml(path, force_multigraph=True)
        H = H if H.is_directed() else H.to_directed()
        for key in ("node_default", "edge_default"):
            H.graph.pop(key, None)  # networkx bookkeeping, not ours
    elif fmt == "gexf":
        H = nx.read_gexf(path, relabel=False)
        if not H.is_multigraph():
            H = nx.MultiDiGraph(H)
        H.graph = _gexf_meta(path)
        for _, d in H.nodes(data=True):
            d.pop("label", None)  # networkx puts the GEXF label in "label"; it is ours
        # networkx reads GEXF edge ids into "id"; drop them (keys are restored by networkx).
        for _, _, d in H.edges(data=True):
            d.pop("id", None)
    else:
        raise ExportError(f"{path}: expected a .graphml or .gexf file")
    return restore_from_interchange(nx.MultiDiGraph(H))


def _gexf_meta(path: Path) -> dict[str, Any]:
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    for el in root.iter():
        if el.tag.endswith("description") and el.text:
            try:
                return json.loads(el.text)
            except ValueError:
                return {}
    return {}


# ---------------------------------------------------------------- CSV


UNIT_COLUMNS = (
    "unit",
    "name",
    "category",
    "collective",
    "lead",
    "support",
    "weighted_load",
    "workplans",
    "reforms",
    "partners",
    "share",
    "betweenness",
    "articulation",
    "dependents",
    "community",
)
MEASURE_COLUMNS = (
    "measure",
    "document",
    "reform",
    "workplan",
    "workplan_title",
    "seq",
    "lead_units",
    "support_units",
    "deadline_raw",
    "deadline",
    "status",
    "line",
    "text",
)


def unit_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per unit (collective units included and flagged) with the coordination metrics."""
    from reformgraph.metrics import bottlenecks, communities, unit_load

    load = unit_load(G, include_collective=True)
    bn = {b.unit: b for b in bottlenecks(G)}
    community = communities(G).community_of()
    rows = []
    for uid, r in sorted(load.items(), key=lambda kv: (-kv[1].weighted, kv[1].name)):
        b = bn.get(uid)
        rows.append(
            {
                "unit": uid,
                "name": r.name,
                "category": r.category,
                "collective": r.collective,
                "lead": r.lead,
                "support": r.support,
                "weighted_load": r.weighted,
                "workplans": r.workplans,
                "reforms": r.reforms,
                "partners": r.partners,
                "share": round(r.share, 6),
                "betweenness": round(b.betweenness, 6) if b else None,
                "articulation": b.articulation if b else None,
                "dependents": b.dependents if b else None,
                "community": community.get(uid),
            }
        )
    return rows


def measure_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per measure: its workplan, lead and support units (、-separated), deadline, source line."""
    rows = []
    for m, d in G.nodes(data=True):
        if d.get("kind") != "Measure":
            continue
        leads = sorted(G.nodes[u].get("name", u) for u, _, r in G.in_edges(m, data="rel") if r == "LEADS")
        supports = sorted(G.nodes[u].get("name", u) for u, _, r in G.in_edges(m, data="rel") if r == "SUPPORTS")
        wp = next((t for _, t, r in G.out_edges(m, data="rel") if r == "PART_OF"), None)
        wd = G.nodes[wp] if wp is not None else {}
        rows.append(
            {
                "measure": m,
                "document": d.get("document"),
                "reform": wd.get("reform"),
                "workplan": d.get("workplan"),
                "workplan_title": wd.get("title"),
                "seq": d.get("seq"),
                "lead_units": "、".join(leads),
                "support_units": "、".join(supports),
                "deadline_raw": d.get("deadline_raw"),
                "deadline": d.get("deadline"),
                "status": d.get("status"),
                "line": d.get("line"),
                "text": d.get("text"),
            }
        )
    return rows


def write_csv(rows: Iterable[Mapping[str, Any]], path: str | Path, columns: Iterable[str]) -> Path:
    """Write rows as CSV, UTF-8 with BOM (Excel), empty cells for None, true/false for booleans."""
    path = Path(path)
    text = csv_text(rows, list(columns))
    write_text_atomic(path, text, encoding="utf-8-sig")  # a kill leaves the old file or the new one
    return path


def csv_text(
    rows: Iterable[Mapping[str, Any]],
    keys: list[str],
    headers: Iterable[str] | None = None,
    *,
    for_people: bool = False,
) -> str:
    """The CSV of ``rows``' ``keys`` under a header row (``headers``, else the keys): an empty cell for None,
    true/false for booleans. ``for_people``: a file someone opens in a spreadsheet, where a text cell that
    starts like a formula (``=`` ``+`` ``-`` ``@``, a tab or a carriage return) could run as one, so such a
    cell is written with a leading ``'`` (the spreadsheet's own mark for "text"); a number stays a number.

    >>> csv_text([{"a": "=1+1", "b": None, "n": -3}], ["a", "b", "n"], for_people=True)
    "a,b,n\\r\\n'=1+1,,-3\\r\\n"
    >>> csv_text([{"a": "=1+1", "b": True}], ["a", "b"])
    'a,b\\r\\n=1+1,true\\r\\n'
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(list(keys if headers is None else headers))
    cell = _sheet_cell if for_people else _csv_cell
    writer.writerows([cell(row.get(k)) for k in keys] for row in rows)
    return buf.getvalue()


def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _sheet_cell(v: Any) -> Any:
    v = _csv_cell(v)
    return "'" + v if isinstance(v, str) and v.startswith(_FORMULA_STARTS) else v


def write_csv_tables(G: nx.MultiDiGraph, directory: str | Path) -> list[Path]:
    """Write ``units.csv`` and ``measures.csv`` into ``directory`` (created if needed)."""
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise ExportError(f"{directory}: --format csv writes two tables; give a directory, not a file")
    units, measures = CSV_FILES
    return [
        write_csv(unit_rows(G), directory / units, UNIT_COLUMNS),
        write_csv(measure_rows(G), directory / measures, MEASURE_COLUMNS),
    ]

"""Progress of measures (the 台账): the five status words, ledger rows, and progress on the graph.

A ledger row reports on one measure: 进展情况 (free text), 状态 (one of five words) and
更新日期. On the graph they become optional Measure attributes (docs/graph-json.md), present
only once something was reported, and distinct from ``status`` (what the plan's own text
says: done / ongoing / scheduled):

================  ==========================================================
progress_status   ``not_started`` | ``in_progress`` | ``done`` | ``delayed`` | ``long_term``
progress_text     the 进展情况 text
progress_updated  the 更新日期, ``YYYY-MM-DD``
progress_source   where the report was read (file, sheet, row)
================  ==========================================================

>>> parse_status("推进中"), parse_status(" 持续推进 "), parse_status(None)
('in_progress', 'long_term', None)
>>> status_word("long_term")
'长期推进'
>>> parse_day("2026年6月30日"), parse_day("2026/6/3"), parse_day("2026.06.30 00:00:00")
('2026-06-30', '2026-06-03', '2026-06-30')
>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "市财政局", "市税务局", "2022-05")])
>>> [(e.leads, e.supports, e.due) for e in ledger_entries(G)]
[(('市财政局',), ('市税务局',), '2022-05-31')]
>>> row = LedgerRow(where="台账.xlsx:台账 row 2", measure_id="measure:demo:1:1", status="done", updated="2022-05-20")
>>> H = apply_progress(G, {"measure:demo:1:1": row})
>>> {k: v for k, v in H.nodes["measure:demo:1:1"].items() if k.startswith("progress_")}
{'progress_status': 'done', 'progress_updated': '2022-05-20', 'progress_source': '台账.xlsx:台账 row 2'}
>>> "progress_status" in G.nodes["measure:demo:1:1"]  # the input graph is left as it was
False
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

import networkx as nx

from reformgraph.contract import PROGRESS_ATTRIBUTES
from reformgraph.metrics.deadlines import last_day
from reformgraph.metrics.participation import part_of
from reformgraph.regexcache import compiled

#: The 状态 drop-down, in order: word → attribute value.
STATUS_CODES: dict[str, str] = {
    "未启动": "not_started",
    "推进中": "in_progress",
    "已完成": "done",
    "已延期": "delayed",
    "长期推进": "long_term",
}
#: Other words accepted on import for the same status.
STATUS_SYNONYMS: dict[str, str] = {"持续推进": "long_term"}
STATUS_WORDS: dict[str, str] = {code: word for word, code in STATUS_CODES.items()}
#: The ledger's columns, in order: key → header. Units fill 进展情况, 状态 and 更新日期;
#: 措施编号 and 校验码 tie a row back to its measure; 亮灯 is a formula.
LEDGER_HEADERS: dict[str, str] = {
    "seq": "序号",
    "reform": "改革事项",
    "workplan": "工作方案",
    "text": "举措",
    "leads": "牵头单位",
    "supports": "配合单位",
    "deadline_raw": "完成时限",
    "due": "截止日期",
    "progress": "进展情况",
    "status": "状态",
    "updated": "更新日期",
    "light": "亮灯",
    "measure": "措施编号",
    "check": "校验码",
}
LEDGER_SHEET = "台账"
GUIDE_SHEET = "说明"

_DAY = compiled(
    r"^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*|(\d{2}))(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_SPACE = compiled(r"\s+")
_NUMBERING = compiled(r"^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])")
_PUNCT = compiled(r"[\s，。、；：！？,.;:!?“”\"'‘’（）()《》〈〉【】\[\]—\-…·]+")
_NAME_SEP = compiled(r"[、，,；;/／\s]+")


def parse_status(value: object) -> str | None:
    """The status code for a 状态 word (None when blank); ValueError naming the words otherwise."""
    if value is None:
        return None
    word = _SPACE.sub("", str(value))
    if not word:
        return None
    code = STATUS_CODES.get(word) or STATUS_SYNONYMS.get(word)
    if code is None:
        raise ValueError(f"unknown 状态 {word!r} (expected {'/'.join(STATUS_CODES)})")
    return code


def status_word(code: str | None) -> str:
    """The 状态 word for a status code ('' for None)."""
    return STATUS_WORDS.get(code, "") if code else ""


def parse_day(value: object) -> str:
    """A day as ``YYYY-MM-DD`` from a date, a datetime or text: 2026-06-30, 2026/6/30, 2026年6月30日, 20260630.

    Raises ValueError (with the value) for anything else, including a month without a day.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    m = _DAY.match(text)
    try:
        if not m:
            raise ValueError
        return date(int(m[1]), int(m[2] or m[3]), int(m[4])).isoformat()
    except ValueError:
        raise ValueError(f"{text!r} is not a date (expected a day such as 2026-06-30)") from None


def split_names(cell: object) -> tuple[str, ...]:
    """Unit names in a 牵头单位 cell, separated by 、，, ; / or spaces.

    >>> split_names("市财政局、市税务局 ， 市高法院")
    ('市财政局', '市税务局', '市高法院')
    """
    if cell is None:
        return ()
    return tuple(n for n in _NAME_SEP.split(str(cell)) if n)


def comparable(text: str | None) -> str:
    """Text reduced for comparison: no whitespace, punctuation or leading numbering (1. / （一）).

    >>> comparable("1.开展 工作调研。以问题为导向，")
    '开展工作调研以问题为导向'
    """
    squashed = _SPACE.sub("", text or "")
    return _PUNCT.sub("", _NUMBERING.sub("", squashed))


def fingerprint(text: str | None, leads: Iterable[str]) -> str:
    """Eight hex digits of the measure's text and lead units: the ledger's 校验码.

    A row whose 校验码 equals the measure's was exported from that very measure, unchanged.

    >>> fingerprint("开展调研。", ["市财政局"]) == fingerprint(" 开展 调研。", ["市财政局"])
    True
    >>> fingerprint("开展调研。", ["市财政局"]) == fingerprint("开展调研。", ["市税务局"])
    False
    """
    payload = _SPACE.sub("", text or "") + "|" + "、".join(sorted(leads))
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One reported row: how to find its measure, and what it reports.

    ``where`` says where it was read (file, sheet, row) for messages; ``origin`` is what
    ``progress_source`` records (``where`` unless the row was carried from an older graph).
    ``status`` is a status code; ``updated`` is ``YYYY-MM-DD``; blank values are None.
    """

    where: str
    measure_id: str | None = None
    check: str | None = None
    text: str = ""
    leads: tuple[str, ...] = ()
    workplan: str = ""
    status: str | None = None
    progress: str | None = None
    updated: str | None = None
    origin: str | None = None

    @property
    def reports(self) -> bool:
        """True when the row reports anything (a status, a text or a date)."""
        return bool(self.status or self.progress or self.updated)

    @property
    def source(self) -> str:
        return self.origin or self.where


@dataclass(frozen=True, slots=True)
class MeasureKey:
    """What a ledger row can be matched on: a measure's id, text, lead units and workplan."""

    id: str
    text: str
    leads: tuple[str, ...]
    names: frozenset[str]
    workplan: str
    check: str


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One measure as a ledger row to write: context, units, deadline and progress so far."""

    measure: str
    reform: str
    workplan: str
    text: str
    leads: tuple[str, ...]
    supports: tuple[str, ...]
    deadline_raw: str | None
    due: str | None
    plan_status: str | None
    check: str
    progress: Mapping[str, str] = field(default_factory=dict)


def _label(G: nx.MultiDiGraph, node: str | None) -> str:
    if node is None:
        return ""
    d = G.nodes[node]
    return f"{d.get('number') or ''} {d.get('title') or ''}".strip()


def _units(G: nx.MultiDiGraph, measure: str, rel: str) -> list[str]:
    """The units with a ``rel`` edge into ``measure``, each once, in the order of ``G.in_edges(measure)``."""
    return [u for u, keyed in G._pred[measure].items() if any(d.get("rel") == rel for d in keyed.values())]


def _measures(G: nx.MultiDiGraph) -> list[str]:
    return [n for n, k in G.nodes(data="kind") if k == "Measure"]


def ledger_entries(G: nx.MultiDiGraph) -> list[LedgerEntry]:
    """Every measure of ``G`` as a ledger row, in document order (reform, workplan, measure)."""
    up = part_of(G)
    out = []
    for m in _measures(G):
        d = G.nodes[m]
        wp = up.get(m)
        leads = tuple(G.nodes[u].get("name", u) for u in _units(G, m, "LEADS"))
        supports = tuple(G.nodes[u].get("name", u) for u in _units(G, m, "SUPPORTS"))
        out.append(
            LedgerEntry(
                measure=m,
                reform=_label(G, up.get(wp) if wp else None),
                workplan=_label(G, wp) if wp else str(d.get("workplan") or ""),
                text=d.get("text") or "",
                leads=leads,
                supports=supports,
                deadline_raw=d.get("deadline_raw"),
                due=last_day(d.get("deadline")),
                plan_status=d.get("status"),
                check=fingerprint(d.get("text"), leads),
                progress={k: d[k] for k in PROGRESS_ATTRIBUTES if d.get(k)},
            )
        )
    return out


def entries_by_lead(entries: Iterable[LedgerEntry]) -> list[tuple[str, list[LedgerEntry]]]:
    """Entries grouped by lead unit (a measure with two leads is in both groups).

    Groups are ordered by size (largest first), then name; entries keep their order.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "A", ""), ("1", "A、B", ""), ("2", "B", ""), ("2", "B", "")])
    >>> [(name, len(group)) for name, group in entries_by_lead(ledger_entries(G))]
    [('B', 3), ('A', 2)]
    """
    groups: dict[str, list[LedgerEntry]] = {}
    for e in entries:
        for lead in e.leads:
            groups.setdefault(lead, []).append(e)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def measure_keys(G: nx.MultiDiGraph) -> list[MeasureKey]:
    """What every measure of ``G`` can be matched on (names include each lead's other spellings)."""
    up = part_of(G)
    out = []
    for m in _measures(G):
        d = G.nodes[m]
        lead_ids = _units(G, m, "LEADS")
        leads = tuple(G.nodes[u].get("name", u) for u in lead_ids)
        names = {n for u in lead_ids for n in (G.nodes[u].get("name"), *(G.nodes[u].get("aliases") or ())) if n}
        wp = up.get(m)
        out.append(
            MeasureKey(
                id=m,
                text=d.get("text") or "",
                leads=leads,
                names=frozenset(names),
                workplan=_label(G, wp) if wp else "",
                check=fingerprint(d.get("text"), leads),
            )
        )
    return out


def rows_from_graph(G: nx.MultiDiGraph, source: str) -> list[LedgerRow]:
    """The progress already on ``G``'s measures as ledger rows (to carry it onto a re-built plan).

    ``source`` (e.g. the file name) names the rows in messages; each row keeps the measure's
    ``progress_source`` as its origin.
    """
    keys = {k.id: k for k in measure_keys(G)}
    rows = []
    for m in _measures(G):
        d = G.nodes[m]
        if not any(d.get(k) for k in PROGRESS_ATTRIBUTES[:3]):
            continue
        k = keys[m]
        rows.append(
            LedgerRow(
                where=f"{source}:{m}",
                measure_id=m,
                check=k.check,
                text=k.text,
                leads=k.leads,
                workplan=k.workplan,
                status=d.get("progress_status"),
                progress=d.get("progress_text"),
                updated=d.get("progress_updated"),
                origin=d.get("progress_source") or source,
            )
        )
    return rows


def apply_progress(G: nx.MultiDiGraph, chosen: Mapping[str, LedgerRow]) -> nx.MultiDiGraph:
    """``G`` with each chosen row's progress on its measure; ``G`` itself is left untouched.

    Only what a row reports is written: a blank cell never erases earlier progress.
    ``progress_source`` records the row when it reports anything. The result has its own graph
    attributes, node table and attributes for every measure a row changes, and shares the rest with
    ``G`` (its adjacency and edges, the other nodes' attributes): like every graph here, treat both as
    read-only; ``.copy()`` the result before adding nodes or edges to it. A whole copy took 2.4 s of a
    100-plan import.
    """
    from reformgraph.graphdata import GraphData

    H = GraphData(dict(G.graph))
    H.nodes, H.succ, H.pred = dict(G._node), G._succ, G._pred
    for m, row in chosen.items():
        if m not in H.nodes or not row.reports:
            continue
        d = H.nodes[m] = dict(H.nodes[m])
        for attr, value in (
            ("progress_status", row.status),
            ("progress_text", row.progress),
            ("progress_updated", row.updated),
        ):
            if value:
                d[attr] = value
        d["progress_source"] = row.source
    return H.to_networkx()

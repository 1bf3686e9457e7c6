"""What a picture shows: pure functions that pick the nodes and edges of a view.

A *view* is a small frozen record (:class:`View`) that every renderer draws the
same way: the explorer and the HTML export (vis-network) and the PNG/SVG/PDF export. The
functions here decide *what* is shown; they never lay out or draw, and never
change the graph.

Five views exist: a unit and its partner units (:func:`unit_partners_view`, what
the explorer shows first: who works with this unit), a unit's neighbourhood
(:func:`unit_neighbourhood`: its workplans, measures, …), a chain of units
(:func:`chain_view`), the unit–unit coordination network
(:func:`coordination_view`) and the bottleneck view (:func:`bottleneck_view`).
Hubs with hundreds of neighbours are summarised rather than drawn as a
hairball: measures are grouped by their workplan, and when a kind still has too
many nodes the weakest are folded into one "+N more" node. Every summary is
written into ``View.notes``, which the command line prints and the explorer
shows beside the picture (never on the slide itself).

Language: every view takes ``lang`` — ``"zh"``, ``"en"`` or ``"both"`` (the
default: "中文 English", what a slide for mixed readers wants); titles, notes
and legend texts follow it, and renderers read ``View.lang``.

Labels are short (:data:`LABEL_CHARS`), and stay distinct when shortened: two
nodes whose cut labels would read the same keep the part of their text that
tells them apart (:func:`distinct_cuts`).

Privacy is decided here, so no renderer can leak: Person nodes are left out
unless ``include_people``; phone numbers (and anything in label or tooltip text
that looks like one) are masked unless ``include_contacts``.

Tooltips (``ViewNode.title``) are plain text with ``\\n`` line breaks; every
renderer must escape them (they hold document text).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("unit:市财政局", kind="Unit", name="市财政局", aliases=[], category="department")
>>> G.add_node("unit:市税务局", kind="Unit", name="市税务局", aliases=[], category="department")
>>> G.add_node("workplan:d:1", kind="Workplan", number="1", title="示例方案")
>>> G.add_node("measure:d:1:1", kind="Measure", workplan="1", seq=1, text="开展调研。", deadline="2022-05")
>>> _ = G.add_edge("measure:d:1:1", "workplan:d:1", rel="PART_OF")
>>> _ = G.add_edge("unit:市财政局", "measure:d:1:1", rel="LEADS")
>>> _ = G.add_edge("unit:市税务局", "measure:d:1:1", rel="SUPPORTS")
>>> v = unit_neighbourhood(G, "unit:市财政局", depth=2)
>>> sorted(n.label for n in v.nodes)
['1.1 开展调研。', '[1] 示例方案', '市税务局', '市财政局']
>>> v.focus
('unit:市财政局',)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from reformgraph.metrics.units import resolve_unit
from reformgraph.regexcache import compiled

KIND_LABELS = {
    "Document": "文件 Document",
    "Reform": "改革事项 Reform",
    "Workplan": "工作方案 Workplan",
    "Measure": "举措 Measure",
    "Unit": "单位 Unit",
    "District": "区县 District",
    "Law": "法规政策 Law",
    "Person": "人员 Person",
    "Group": "分组 Group",
}
REL_LABELS = {
    "PART_OF": "属于",
    "LEADS": "牵头",
    "SUPPORTS": "配合",
    "RESPONSIBLE_FOR": "负责",
    "CONTACT_FOR": "联系人",
    "MEMBER_OF": "任职",
    "APPLIES_TO": "适用",
    "CITES": "引用",
    "LOCATED_IN": "位于",
    "COORDINATES": "协同",
}
#: The rels in English, beside ``REL_LABELS`` (an edge's label and tooltip in an English picture).
REL_LABELS_EN = {
    "PART_OF": "part of",
    "LEADS": "leads",
    "SUPPORTS": "supports",
    "RESPONSIBLE_FOR": "responsible for",
    "CONTACT_FOR": "contact for",
    "MEMBER_OF": "member of",
    "APPLIES_TO": "applies to",
    "CITES": "cites",
    "LOCATED_IN": "located in",
    "COORDINATES": "coordinates with",
}
CATEGORY_LABELS = {
    "department": "部门 department",
    "collective": "集合称谓 collective",
    "district_government": "区县政府 district government",
    "court": "法院 court",
    "procuratorate": "检察院 procuratorate",
    "enterprise": "企业 enterprise",
    "association": "协会 association",
    "other": "其他 other",
}

#: A measure's ``status`` (the plan's own word on its deadline), as the explorer's tables name it.
STATUS_LABELS = {
    "done": "已完成 done",
    "ongoing": "持续推进 ongoing",
    "scheduled": "有完成时限 dated",
    "none": "未注明 not stated",
}

DEFAULT_MAX_NODES = 60
LABEL_CHARS = 14  # labels longer than this are cut with "…"; the tooltip keeps the full text
LANGS = ("zh", "en", "both")

# Unit–unit edges of the partner view: who leads (the edge goes from the lead unit to the supporting one).
PARTNER_EDGE_GROUPS = {
    "focus_leads": ("本单位牵头、对方配合", "this unit leads, the partner supports"),
    "partner_leads": ("对方牵头、本单位配合", "the partner leads, this unit supports"),
    "together": ("共同牵头或共同配合", "both lead or both support"),
}

# Seven or more digits, optionally split by - or spaces: phone numbers, never years or item numbers.
_PHONE = compiled(r"(?<![\d])(?:\+?\d[\d\- ]{5,}\d)(?![\d])")
_DATE = compiled(r"(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?")  # 2022-05, 2022-01-13: dates, not phones
# A person named after a contact role: "联系人：张三", "责任人: 李四".
_ROLE_NAME = compiled(r"((?:联系人|联络人|责任人|负责人|经办人)\s*[：:]\s*)([\u4e00-\u9fff·]{2,4})")
PHONE_MASK = "[电话已隐藏]"
NAME_MASK = "[姓名已隐藏]"


@dataclass(frozen=True)
class ViewNode:
    """A node as drawn.

    ``kind`` is the contract kind, or ``"Group"`` for a node that stands for
    ``members`` summarised nodes. ``group`` is the legend/colour key. ``size`` is
    the value that sets the node's size (None: drawn at the base size). ``title``
    is the plain-text tooltip.
    """

    id: str
    label: str
    kind: str
    group: str
    size: float | None
    title: str
    focus: bool = False
    members: int = 1


@dataclass(frozen=True)
class ViewEdge:
    """An edge as drawn: ``rel`` (contract rel, COORDINATES, or LEADS_UNIT: lead unit → supporting unit),
    a short label, a weight (count), and ``group``: the edge-legend key (``PARTNER_EDGE_GROUPS``; "" for none)."""

    source: str
    target: str
    rel: str
    label: str
    weight: float = 1.0
    group: str = ""


@dataclass(frozen=True)
class View:
    """Everything a renderer needs: nodes, edges, what summarising was done, and legend titles."""

    title: str
    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    notes: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    size_label: str = "连接数 connections in view"
    group_label: str = "类型 kind"
    source: str = ""
    include_contacts: bool = False
    include_people: bool = False
    # "star" (focus in the centre, the others in two columns), "radial" (rings by hops),
    # "chain" (left to right) or "spring" (seeded force layout)
    layout: str = "spring"
    lang: str = "both"
    # A ranking drawn beside the picture (the bottleneck slide: "1. 市交通局 0.148 ◆"), and its title.
    ranking: tuple[str, ...] = ()
    ranking_label: str = ""

    def node(self, node_id: str) -> ViewNode:
        """The node with this id (KeyError if it is not in the view)."""
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)


# ---------------------------------------------------------------- helpers


def bi(zh: str, en: str, lang: str = "both", *, note: bool = False) -> str:
    """``zh``, ``en`` or both ("中文 English"; a note: "中文 (English)") as ``lang`` asks.

    >>> bi("单位", "Unit"), bi("单位", "Unit", "zh"), bi("已合并", "grouped", note=True)
    ('单位 Unit', '单位', '已合并 (grouped)')
    """
    if lang == "zh":
        return zh
    if lang == "en":
        return en
    return f"{zh} ({en})" if note else f"{zh} {en}"


def colon(lang: str = "both") -> str:
    """The colon after a heading: full-width "：" in Chinese, ": " when English is drawn too.

    >>> "瓶颈" + colon("zh") + "中介中心性", "瓶颈 bottlenecks" + colon() + "中介中心性"
    ('瓶颈：中介中心性', '瓶颈 bottlenecks: 中介中心性')
    """
    return "：" if lang == "zh" else ": "


def split_label(bilingual: str) -> tuple[str, str]:
    """("中文", "English") from a "中文 English" table entry such as ``KIND_LABELS["Unit"]``."""
    zh, _, en = bilingual.partition(" ")
    return zh, en or zh


def kind_text(kind: str, lang: str = "both") -> str:
    """A node kind's legend text in ``lang``."""
    return bi(*split_label(KIND_LABELS[kind]), lang) if kind in KIND_LABELS else kind


def rel_text(rel: str, lang: str = "both") -> str:
    """An edge rel's label in ``lang``.

    >>> rel_text("LEADS", "zh"), rel_text("LEADS", "en"), rel_text("LEADS")
    ('牵头', 'leads', '牵头 leads')
    """
    return bi(REL_LABELS.get(rel, rel), REL_LABELS_EN.get(rel, rel), lang)


def category_text(category: str | None, lang: str = "both") -> str:
    """A unit category's legend text in ``lang``."""
    return bi(*split_label(CATEGORY_LABELS.get(category or "other", CATEGORY_LABELS["other"])), lang)


def distinct_cuts(texts: Sequence[str], limit: int = LABEL_CHARS) -> list[str]:
    """Shorten every text to about ``limit`` characters so that different texts stay different.

    A text longer than ``limit`` is cut with "…"; when the cut would equal another's, the label keeps
    its head and the part that differs ("head…tail").

    >>> distinct_cuts(["探索实行惩罚性赔偿制度（食品）", "探索实行惩罚性赔偿制度（药品）", "短"], 8)
    ['探索实…（食品）', '探索实…（药品）', '短']
    """
    clean = [re.sub(r"\s+", " ", t or "").strip() for t in texts]
    cuts = [_cut(t, limit) for t in clean]
    by_cut: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(cuts):
        by_cut[c].append(i)
    for same in by_cut.values():
        fulls = {clean[i] for i in same}
        if len(fulls) < 2:
            continue
        # the distinct texts only: copies of a text (100 plans of one template) change no prefix below, and
        # every pair of a group of thousands of copies took 10 s for one picture of a 100-plan graph
        group = sorted(fulls)
        shared = min(_common_prefix(a, b) for a in group for b in group if a != b)
        if shared and group[0][shared - 1] in "（(【[《“·":
            shared -= 1  # keep an opening bracket (or the variant's dot) with what it opens
        head = max(2, limit // 2 - 1)
        # how far each text runs alike with its nearest other text of the group
        alike = {t: max(_common_prefix(t, o) for o in group if o != t) for t in group}
        for i in same:
            t = clean[i]
            # Far enough past the shared head that t differs from every other text of the group.
            own = alike[t] + 2
            tail = t[shared : max(shared + limit - head, own)]
            start = t[:head] + "…" if shared > head else t[:shared]
            cuts[i] = start + tail + ("…" if len(t) > shared + len(tail) else "")
    return cuts


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def redact_phones(text: str) -> str:
    """Mask anything that looks like a phone number.

    Seven or more digits, optionally split by ``-`` or spaces; ISO dates are left alone.

    >>> redact_phones("联系电话：67236219、13594177712；完成时限：2022年5月")
    '联系电话：[电话已隐藏]、[电话已隐藏]；完成时限：2022年5月'
    >>> redact_phones("时限 2022-05，发文 2022-01-13，电话 023-67236219")
    '时限 2022-05，发文 2022-01-13，电话 [电话已隐藏]'
    """

    def mask(m: re.Match) -> str:
        found = m.group(0)
        if _DATE.fullmatch(found.strip()) or sum(ch.isdigit() for ch in found) < 7:
            return found
        return PHONE_MASK

    return _PHONE.sub(mask, text)


def redact_names(text: str, names: Iterable[str] = ()) -> str:
    """Mask people's ``names`` wherever they occur, and any name written after a contact role.

    >>> redact_names("联系人：王小明，请与杨光联系", ["杨光"])
    '联系人：[姓名已隐藏]，请与[姓名已隐藏]联系'
    """
    return _masked_names(text, _maskable(names))


def _maskable(names: Iterable[str]) -> tuple[str, ...]:
    """The names worth masking (two characters or more), longest first (a name inside a longer one is masked
    as part of it), ties in character order so that every run masks alike."""
    return tuple(sorted({n for n in names if n and len(n) >= 2}, key=lambda n: (-len(n), n)))


def _masked_names(text: str, names: tuple[str, ...], holds_one: Callable[[str], object] | None = None) -> str:
    """``text`` with ``names`` (``_maskable``) masked in turn, then any name after a contact role; ``holds_one``
    (a search for any of the names) lets a text that holds none skip the names one by one."""
    if holds_one is None or holds_one(text):
        for name in names:
            text = text.replace(name, NAME_MASK)
    return _ROLE_NAME.sub(lambda m: m.group(1) + NAME_MASK, text)


def person_names(G: nx.MultiDiGraph, also: Iterable[str] = ()) -> set[str]:
    """The names of ``G``'s people (and ``also``) an export masks: those that are part of no unit's name (masking
    one would mask the unit's name too).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:杨光", kind="Person", name="杨光")
    >>> G.add_node("person:中心", kind="Person", name="中心")
    >>> G.add_node("unit:市公共资源交易中心", kind="Unit", name="市公共资源交易中心")
    >>> sorted(person_names(G, also=["毕士杰"]))
    ['杨光', '毕士杰']
    """
    units = [str(d.get("name") or "") for _, d in G.nodes(data=True) if d.get("kind") == "Unit"]
    names = set(also) | {str(d.get("name") or "") for _, d in G.nodes(data=True) if d.get("kind") == "Person"}
    return {n for n in names if not any(n in u for u in units)}


class Redaction:
    """People's names and phone numbers masked in every text of an export: ``redact_names`` then
    ``redact_phones``, each as asked, worked out once per distinct text.

    An export of a big graph masks the same texts many times over (a unit's name as written on every edge
    that names it, a role on every contact), and each text is checked against every name; remembering each
    text's masked form makes that once a text.

    >>> r = Redaction(names=["毕士杰"])
    >>> r.text("请毕士杰报送，电话 023-67236219；完成时限：2022-05-31")
    '请[姓名已隐藏]报送，电话 [电话已隐藏]；完成时限：2022-05-31'
    >>> r.value({"aliases": ["市财政局 13912345678"], "seq": 3}), r.value(("联络人：王五",))
    ({'aliases': ['市财政局 [电话已隐藏]'], 'seq': 3}, ('联络人：[姓名已隐藏]',))
    >>> Redaction(names=["毕士杰"], people=False).text("毕士杰 67236219")
    '毕士杰 [电话已隐藏]'
    """

    def __init__(self, names: Iterable[str] = (), *, people: bool = True, phones: bool = True):
        self.names = _maskable(names)
        self.people = people
        self.phones = phones
        self._masked: dict[str, str] = {}
        # one regex pass tells whether a text holds any of the names (most texts hold none: ids, unit names)
        self._holds_one = compiled("|".join(map(re.escape, self.names))).search if self.names else None

    def text(self, text: str) -> str:
        """``text`` with names (if ``people``) and phone numbers (if ``phones``) masked."""
        masked = self._masked.get(text)
        if masked is None:
            masked = _masked_names(text, self.names, self._holds_one) if self.people else text
            masked = self._masked[text] = redact_phones(masked) if self.phones else masked
        return masked

    def value(self, value: Any) -> Any:
        """``value`` with every text in it masked (in lists, tuples and dicts too); other values as they are."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.value(v) for v in value)
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value


def _cut(text: str, limit: int = LABEL_CHARS) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def source_line(G: nx.MultiDiGraph, documents: Iterable[str] | None = None) -> str:
    """ "Title 〔number〕 (issuer, date)" for every Document node, for footers; with ``documents`` (ids), for
    those only (the documents a picture draws from, not every one of a 100-document graph). A document
    read twice (two copies of one plan) is named once.

    >>> G = nx.MultiDiGraph(documents=["doc:a", "doc:b", "doc:c"])
    >>> G.add_node("doc:a", kind="Document", title="方案", doc_number="18号", issuer=None, date="2022-01-13")
    >>> G.add_node("doc:b", kind="Document", title="方案", doc_number="18号", issuer=None, date="2022-01-13")
    >>> G.add_node("doc:c", kind="Document", title="通知", doc_number=None, issuer="市政府", date=None)
    >>> source_line(G)
    '方案 18号 (2022-01-13); 通知 (市政府)'
    >>> source_line(G, ["doc:c"])
    '通知 (市政府)'
    """
    if documents is None:
        ids = [n for n, kind in G.nodes(data="kind") if kind == "Document"]
    else:
        wanted = set(documents)
        order = {n: i for i, n in enumerate(G.graph.get("documents") or ())}
        ids = sorted((n for n in wanted if n in G), key=lambda n: (order.get(n, len(order)), n))
    parts = []
    for n in ids:
        d = G.nodes[n]
        extra = ", ".join(x for x in (d.get("issuer"), d.get("date")) if x)
        text = " ".join(x for x in (d.get("title"), d.get("doc_number")) if x) or d.get("path", "")
        parts.append(f"{text} ({extra})" if extra else text)
    return "; ".join(dict.fromkeys(parts))


def many_documents(G: nx.MultiDiGraph) -> bool:
    """True when ``G`` holds more than one document: a line number then needs its file beside it.

    >>> many_documents(nx.MultiDiGraph(documents=["doc:a"])), many_documents(nx.MultiDiGraph(documents=["doc:a", "doc:b"]))
    (False, True)
    """
    return len(G.graph.get("documents") or ()) > 1


def document_name(document: str | None) -> str | None:
    """A document id as a page names it: the id without ``doc:`` (the file's stem).

    >>> document_name("doc:工作方案"), document_name(None)
    ('工作方案', None)
    """
    return document.removeprefix("doc:") if document else None


def document_title(G: nx.MultiDiGraph, document: str) -> str:
    """A document as a list to pick from names it: its name (the file's stem) and its title, cut to 40
    characters, when the title says more than the name.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("doc:youyang", title="关于印发营商环境创新试点改革事项工作方案的通知")
    >>> document_title(G, "doc:youyang"), document_title(G, "doc:other")
    ('youyang（关于印发营商环境创新试点改革事项工作方案的通知）', 'other')
    """
    name = document_name(document) or document
    title = G.nodes[document].get("title") if document in G else None
    if not title or title == name:
        return name
    return f"{name}（{_cut(title, 40)}）"


def documents_of(G: nx.MultiDiGraph, nodes: Iterable[str]) -> set[str] | None:
    """The documents ``nodes`` were read from (their ``document`` attribute), or None when none says: a
    picture's footer then names every document.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("measure:a:1:1", kind="Measure", document="doc:a")
    >>> G.add_node("unit:甲局", kind="Unit")
    >>> documents_of(G, ["measure:a:1:1", "unit:甲局"]), documents_of(G, ["unit:甲局"])
    ({'doc:a'}, None)
    """
    found = {doc for n in nodes if n in G and (doc := G.nodes[n].get("document"))}
    return found or None


def _role_targets(G: nx.MultiDiGraph, unit: str) -> list[str]:
    """The measures ``unit`` leads or supports."""
    return [m for _, m, r in G.out_edges(unit, data="rel") if r in ("LEADS", "SUPPORTS")]


def _label_parts(d: Mapping, node_id: str = "") -> tuple[str, str, int]:
    """(number prefix, full text, cut length) of a node's label."""
    kind = d.get("kind")
    if kind in ("Unit", "District", "Person"):
        return "", str(d.get("name") or node_id), 10_000  # names are never cut
    if kind == "Measure":
        return f"{d.get('workplan')}.{d.get('seq')} ", d.get("text") or "", LABEL_CHARS - 4
    if kind == "Workplan":
        title = d.get("title") or ""
        if d.get("variant"):
            title = f"{title}·{d['variant']}"
        return f"[{d.get('number')}] ", title, LABEL_CHARS - 4
    if kind == "Reform":
        return f"{d.get('number')}. ", d.get("title") or "", LABEL_CHARS - 4
    if kind in ("Law", "Document"):
        return "", str(d.get("title") or node_id), LABEL_CHARS
    return "", str(d.get("name") or node_id), LABEL_CHARS


def node_label(d: Mapping, node_id: str = "") -> str:
    """A short label for a graph node (full text goes to the tooltip)."""
    prefix, text, limit = _label_parts(d, node_id)
    return prefix + _cut(text, limit)


def node_labels(G: nx.MultiDiGraph, ids: Iterable[str]) -> dict[str, str]:
    """Short labels for ``ids`` that stay distinct when cut (:func:`distinct_cuts` within each kind).

    >>> G = nx.MultiDiGraph()
    >>> for n, v in (("60.1", "食品"), ("60.2", "药品")):
    ...     G.add_node(f"workplan:d:{n}", kind="Workplan", number=n, title="探索实行惩罚性赔偿和内部举报人制度", variant=v)
    >>> list(node_labels(G, G.nodes).values())
    ['[60.1] 探索实行…·食品', '[60.2] 探索实行…·药品']
    """
    parts = {n: _label_parts(G.nodes[n], n) for n in ids}
    out: dict[str, str] = {}
    by_limit: dict[tuple[str, int], list[str]] = defaultdict(list)
    for n, (_, _, limit) in parts.items():
        by_limit[(G.nodes[n].get("kind", ""), limit)].append(n)
    for (_, limit), members in by_limit.items():
        for n, cut in zip(members, distinct_cuts([parts[m][1] for m in members], limit)):
            out[n] = parts[n][0] + cut
    return _told_apart(G, {n: out[n] for n in parts})


DOCUMENT_TAG_CHARS = 10  # a document's name beside a label, cut to this (distinct from the others' still)


def _told_apart(G: nx.MultiDiGraph, labels: dict[str, str]) -> dict[str, str]:
    """``labels`` where equal labels of nodes from different documents get their document's name after them
    (workplan 1 of two plans of one template both read "[1] 开展…"); the names cut, still distinct.

    >>> G = nx.MultiDiGraph(documents=["doc:甲区方案", "doc:乙区方案"])
    >>> for doc in ("甲区方案", "乙区方案"):
    ...     G.add_node(f"workplan:{doc}:1", kind="Workplan", number="1", title="开展调研", document=f"doc:{doc}")
    >>> G.add_node("workplan:甲区方案:2", kind="Workplan", number="2", title="建设平台", document="doc:甲区方案")
    >>> list(node_labels(G, G.nodes).values())
    ['[1] 开展调研 · 甲区方案', '[1] 开展调研 · 乙区方案', '[2] 建设平台']
    """
    same: dict[str, list[str]] = defaultdict(list)
    for n, label in labels.items():
        same[label].append(n)
    clashes = [ns for ns in same.values() if len({G.nodes[n].get("document") for n in ns}) > 1]
    if not clashes:
        return labels
    documents = sorted({d for ns in clashes for n in ns if (d := G.nodes[n].get("document"))})
    tags = dict(zip(documents, distinct_cuts([document_name(d) or d for d in documents], DOCUMENT_TAG_CHARS)))
    out = dict(labels)
    for ns in clashes:
        for n in ns:
            if document := G.nodes[n].get("document"):
                out[n] = f"{labels[n]} · {tags[document]}"
    return out


def node_title(G: nx.MultiDiGraph, node_id: str, *, include_contacts: bool = False, lang: str = "both") -> str:
    """A plain-text tooltip for a graph node in ``lang``: kind, full text, key attributes; on a graph of
    several documents, a measure's, workplan's or reform item's document.

    >>> G = nx.MultiDiGraph(documents=["doc:甲", "doc:乙"])
    >>> G.add_node("measure:甲:1:2", kind="Measure", document="doc:甲", workplan="1", seq=2, line=9, text="开展调研。")
    >>> print(node_title(G, "measure:甲:1:2", lang="zh"))
    举措
    工作方案 1 第 2 项（第 9 行）
    文件：甲
    开展调研。
    时限：— · 未注明
    >>> print(node_title(G, "measure:甲:1:2", lang="en").splitlines()[1:3])
    ['workplan 1, measure 2 (line 9)', 'document: 甲']
    """
    d = G.nodes[node_id]
    kind = d.get("kind", "")
    sep = colon(lang)
    lines = [kind_text(kind, lang)]
    if kind == "Unit":
        lines.append(d.get("name", ""))
        lines.append(bi("类别", "category", lang) + sep + category_text(d.get("category"), lang))
        aliases = [a for a in d.get("aliases") or () if a != d.get("name")]
        if aliases:
            lines.append(bi("别名", "aliases", lang) + sep + "、".join(aliases))
        rels = Counter(r for _, _, r in G.out_edges(node_id, data="rel"))
        a, b = rels["LEADS"], rels["SUPPORTS"]
        lines.append(bi(f"牵头 {a} · 配合 {b}", f"leads {a} · supports {b}", lang))
    elif kind == "Measure":
        wp, seq, line = d.get("workplan"), d.get("seq"), d.get("line")
        lines.append(
            bi(f"工作方案 {wp} 第 {seq} 项（第 {line} 行）", f"workplan {wp}, measure {seq} (line {line})", lang)
        )
        lines.append(d.get("text", ""))
        status = bi(*split_label(STATUS_LABELS.get(d.get("status") or "none", d.get("status") or "")), lang)
        due = d.get("deadline_raw") or d.get("deadline") or "—"
        lines.append(bi("时限", "deadline", lang) + sep + f"{due} · {status}")
    elif kind == "Workplan":
        lines.append(f"{d.get('number')}. {d.get('title', '')}")
        if d.get("scope"):
            lines.append(bi("适用范围", "scope", lang) + sep + d["scope"])
        start, end = d.get("line_start"), d.get("line_end")
        lines.append(bi(f"第 {start}–{end} 行", f"lines {start}–{end}", lang))
    elif kind == "Reform":
        lines.append(f"{d.get('number')}. {d.get('title', '')}")
    elif kind == "Person":
        lines.append(d.get("name", ""))
        for _, wp, e in G.out_edges(node_id, data=True):
            if e.get("rel") == "CONTACT_FOR":
                wpn = G.nodes[wp].get("number", wp)
                phones = "、".join(e.get("phones") or ()) if include_contacts else ""
                lines.append(
                    f"{e.get('role', '')} · {bi('工作方案', 'workplan', lang)} {wpn}"
                    + (f" · {phones}" if phones else "")
                )
    else:
        lines.append(str(d.get("title") or d.get("name") or node_id))
    if kind in ("Measure", "Workplan", "Reform") and d.get("document") and many_documents(G):
        # a line number means something only beside its file
        lines.insert(2, bi("文件", "document", lang) + sep + document_name(d["document"]))
    text = "\n".join(x for x in lines if x)
    return text if include_contacts else redact_phones(text)


def _node(
    G: nx.MultiDiGraph,
    n: str,
    *,
    group: str | None = None,
    size: float | None = None,
    focus: bool = False,
    include_contacts: bool = False,
    label: str | None = None,
    lang: str = "both",
) -> ViewNode:
    d = G.nodes[n]
    label = node_label(d, n) if label is None else label
    if not include_contacts:
        label = redact_phones(label)
    return ViewNode(
        n,
        label,
        d.get("kind", ""),
        group if group is not None else d.get("kind", ""),
        size,
        node_title(G, n, include_contacts=include_contacts, lang=lang),
        focus,
    )


def _merge_edges(edges: Iterable[ViewEdge], lang: str = "both") -> tuple[ViewEdge, ...]:
    """Merge parallel edges (same source, target, rel), summing weights; keep first-seen order; label them
    in ``lang``."""
    return _merged(((e.source, e.target, e.rel, e.weight, e.group) for e in edges), lang)


def _merged(edges: Iterable[tuple[str, str, str, float, str]], lang: str = "both") -> tuple[ViewEdge, ...]:
    """``_merge_edges`` of edges given as (source, target, rel, weight, group): no ``ViewEdge`` made for each
    of the 300,000 edges of a big graph's neighbourhood before they are merged.

    >>> [(e.source, e.target, e.label, e.weight) for e in _merged([("a", "b", "LEADS", 1.0, ""), ("a", "b", "LEADS", 2.0, "")], "zh")]
    [('a', 'b', '牵头 ×3', 3.0)]
    """
    acc: dict[tuple[str, str, str], float] = {}
    groups: dict[tuple[str, str, str], str] = {}
    for source, target, rel, weight, group in edges:
        if source == target:
            continue
        key = (source, target, rel)
        acc[key] = acc.get(key, 0.0) + weight
        if key not in groups:
            groups[key] = group
    texts: dict[str, str] = {}
    out = []
    for (s, t, rel), w in acc.items():
        text = texts.get(rel)
        if text is None:
            text = texts[rel] = rel_text(rel, lang)
        label = text + (f" ×{int(w)}" if w > 1 and float(w).is_integer() else "")
        out.append(ViewEdge(s, t, rel, label, float(w), groups[(s, t, rel)]))
    return tuple(out)


def _strength(nodes: Iterable[str], edges: Sequence[ViewEdge]) -> dict[str, float]:
    s = {n: 0.0 for n in nodes}
    for e in edges:
        if e.source in s:
            s[e.source] += e.weight
        if e.target in s:
            s[e.target] += e.weight
    return s


def _apply_sizes(
    nodes: Sequence[ViewNode], edges: Sequence[ViewEdge], sizes: Mapping[str, float] | None
) -> tuple[ViewNode, ...]:
    """Sizes from ``sizes``, else each node's weighted connections in the view.

    Without ``sizes``, focus nodes and "+N more" nodes are not sized (None): a hub's 199
    connections, or the sum over 25 folded workplans, would make every other node a dot, and the
    size legend would describe them only.
    """
    if sizes is None:
        strength = _strength([n.id for n in nodes], edges)
        return tuple(
            replace(n, size=None if n.focus or n.id.startswith("group:") else float(strength[n.id])) for n in nodes
        )
    return tuple(replace(n, size=float(sizes[n.id]) if n.id in sizes else None) for n in nodes)


# ---------------------------------------------------------------- summarising


def _group_measures(
    G: nx.MultiDiGraph,
    nodes: dict[str, ViewNode],
    edges: list[ViewEdge],
    keep: set[str],
    include_contacts: bool,
    lang: str = "both",
) -> tuple[dict[str, ViewNode], list[ViewEdge], str]:
    """Replace Measure nodes by one node per workplan (the workplan node itself when it is shown)."""
    measures = [n for n, v in nodes.items() if v.kind == "Measure" and n not in keep]
    if not measures:
        return nodes, edges, ""
    to_group: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for m in measures:
        wp = next((t for _, t, r in G.out_edges(m, data="rel") if r == "PART_OF"), None)
        gid = wp if wp is not None else f"group:Measure:{m}"
        to_group[m] = gid
        counts[gid] += 1
    new_nodes = {n: v for n, v in nodes.items() if n not in to_group}
    labels = node_labels(G, [gid for gid in counts if gid in G])
    for gid, k in counts.items():
        if gid in G:
            base = new_nodes.get(gid) or _node(G, gid, include_contacts=include_contacts, label=labels[gid], lang=lang)
            title = base.title + "\n" + bi(f"含本视图中的 {k} 项举措", f"{k} measures in this view", lang, note=True)
            new_nodes[gid] = replace(base, label=f"{base.label} ({k})", title=title, members=k)
    new_edges = [
        (to_group.get(e.source, e.source), to_group.get(e.target, e.target), e.rel, e.weight, "") for e in edges
    ]
    # A unit's RESPONSIBLE_FOR edge duplicates its grouped LEADS/SUPPORTS edges to the same workplan.
    pairs = {(s, t) for s, t, rel, _, _ in new_edges if rel in ("LEADS", "SUPPORTS")}
    new_edges = [e for e in new_edges if not (e[2] == "RESPONSIBLE_FOR" and (e[0], e[1]) in pairs)]
    note = bi(
        f"将 {len(measures)} 项举措按工作方案合并为 {len(counts)} 个节点",
        f"grouped {len(measures)} measures by workplan into {len(counts)} nodes",
        lang,
        note=True,
    )
    return new_nodes, list(_merged(new_edges, lang)), note


def _fold_kinds(
    nodes: dict[str, ViewNode], edges: list[ViewEdge], keep: set[str], max_nodes: int, lang: str = "both"
) -> tuple[dict[str, ViewNode], list[ViewEdge], list[str]]:
    """Fold the weakest nodes of the most crowded kinds into one "+N more" node per kind."""
    notes: list[str] = []
    if len(nodes) <= max_nodes:
        return nodes, edges, notes
    strength = _strength(nodes, edges)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for n, v in nodes.items():
        if n not in keep:
            by_kind[v.kind].append(n)
    budget = max_nodes - len(keep & set(nodes)) - len(by_kind)  # one fold node per kind at most
    budget = max(budget, len(by_kind))
    # Share the budget between kinds in proportion to their size (at least one each).
    total = sum(len(v) for v in by_kind.values())
    allowance = {k: max(1, int(budget * len(v) / total)) for k, v in by_kind.items()}
    fold: dict[str, str] = {}
    counts: dict[str, int] = {}
    for kind, members in sorted(by_kind.items()):
        if len(members) <= allowance[kind] + 1:
            continue
        ranked = sorted(members, key=lambda n: (-strength[n], n))
        folded = ranked[allowance[kind] :]
        gid = f"group:{kind}:more"
        for n in folded:
            fold[n] = gid
        zh, en = split_label(KIND_LABELS.get(kind, kind))
        sample = "、".join(nodes[n].label for n in folded[:12]) + ("…" if len(folded) > 12 else "")
        nodes[gid] = ViewNode(
            gid,
            bi(f"+{len(folded)} 个其他{zh}", f"+{len(folded)} more", lang),
            "Group",
            kind,
            None,
            bi(f"{zh}：另有 {len(folded)} 个未单独显示", f"{en}: {len(folded)} more, not drawn one by one", lang)
            + f"\n{sample}",
            False,
            sum(nodes[n].members for n in folded),
        )
        counts[kind] = len(folded)
    if counts:
        zh = "、".join(f"{k} 个{split_label(KIND_LABELS.get(kind, kind))[0]}" for kind, k in counts.items())
        en = ", ".join(f"{k} {kind}" for kind, k in counts.items())
        notes.append(
            bi(
                f"连接最少的 {zh} 各合并为一个方块节点",
                f"fewest-connected {en} nodes each shown as one node",
                lang,
                note=True,
            )
        )
    nodes = {n: v for n, v in nodes.items() if n not in fold}
    edges = list(
        _merge_edges(
            (
                ViewEdge(fold.get(e.source, e.source), fold.get(e.target, e.target), e.rel, e.label, e.weight)
                for e in edges
            ),
            lang,
        )
    )
    return nodes, edges, notes


# ---------------------------------------------------------------- views


def unit_partners_view(
    G: nx.MultiDiGraph,
    unit_id: str,
    *,
    max_partners: int = DEFAULT_MAX_NODES,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    include_contacts: bool = False,
    lang: str = "both",
) -> View:
    """Who works with this unit: the unit and its partner units, the strongest first.

    The partners are ``graph.metrics.unit_partners`` (real units sharing at least one measure;
    collective names such as 各区县政府 are not partners). Each partner is joined to the unit by
    up to three edges, their width the number of shared measures: lead → support when the unit
    leads and the partner supports (group ``focus_leads``), the other way round
    (``partner_leads``), and an undirected ``together`` edge for measures both lead or both
    support. A partner's size is the number of measures it shares with the unit; colour is its
    category (or ``groups``). Above ``max_partners`` the weakest are folded into one node.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "甲局", "乙局"), ("2", "乙局", "甲局、丙局"), ("3", "甲局", "乙局")])
    >>> v = unit_partners_view(G, "甲局", lang="zh")
    >>> [(n.label, n.size) for n in v.nodes]
    [('甲局', None), ('乙局', 3.0), ('丙局', 1.0)]
    >>> sorted((e.source[5:], e.target[5:], e.group, e.weight) for e in v.edges)
    [('丙局', '甲局', 'together', 1.0), ('乙局', '甲局', 'partner_leads', 1.0), ('甲局', '乙局', 'focus_leads', 2.0)]
    """
    from reformgraph.metrics.profile import unit_partners

    focus = resolve_unit(G, unit_id)
    partners = unit_partners(G, focus)
    if not partners:  # a lone dot answers nothing: what the unit does alone, its workplans and measures (session 32)
        return _alone(G, focus, max_partners, groups, group_label, include_contacts, lang)
    shown, rest = partners[:max_partners], partners[max_partners:]
    nodes = [_unit_node(G, focus, groups, focus=True, include_contacts=include_contacts, lang=lang)]
    edges: list[ViewEdge] = []
    name = G.nodes[focus].get("name", focus)
    for p in shown:
        together = p.shared - p.as_lead_of_this - p.as_support_of_this
        title = "\n".join(
            (
                p.name,
                bi(f"与{name}共同举措 {p.shared} 项", f"{p.shared} measures shared with {name}", lang, note=True),
                " · ".join(
                    (
                        bi(f"{name}牵头、{p.name}配合", f"{name} leads, {p.name} supports", lang)
                        + f" {p.as_support_of_this}",
                        bi(f"{p.name}牵头、{name}配合", f"{p.name} leads, {name} supports", lang)
                        + f" {p.as_lead_of_this}",
                        bi(*PARTNER_EDGE_GROUPS["together"], lang) + f" {together}",
                    )
                ),
            )
        )
        node = _unit_node(G, p.unit, groups, include_contacts=include_contacts, lang=lang)
        nodes.append(replace(node, size=float(p.shared), title=title))
        for source, target, weight, group in (
            (focus, p.unit, p.as_support_of_this, "focus_leads"),
            (p.unit, focus, p.as_lead_of_this, "partner_leads"),
            (p.unit, focus, together, "together"),
        ):
            if weight:
                rel = "COORDINATES" if group == "together" else "LEADS_UNIT"
                label = bi(*PARTNER_EDGE_GROUPS[group], lang) + f" ×{weight}"
                edges.append(ViewEdge(source, target, rel, label, float(weight), group))
    notes: list[str] = []
    if rest:
        gid = "group:Unit:more"
        shared = sum(p.shared for p in rest)
        nodes.append(
            ViewNode(
                gid,
                bi(f"+{len(rest)} 个其他单位", f"+{len(rest)} more units", lang),
                "Group",
                "Unit",
                float(max(p.shared for p in rest)),
                bi("另有协同单位", "more partners", lang) + colon(lang) + "\n" + "、".join(p.name for p in rest),
                False,
                len(rest),
            )
        )
        edges.append(ViewEdge(focus, gid, "COORDINATES", f"×{shared}", float(shared), "together"))
        notes.append(
            bi(
                f"共同举措最少的 {len(rest)} 个协同单位合并为一个节点",
                f"the {len(rest)} partners sharing fewest measures are shown as one node",
                lang,
                note=True,
            )
        )
    collective = [p for p in unit_partners(G, focus, include_collective=True) if p.category == "collective"]
    if collective:
        notes.append(
            bi(
                f"未画出集合称谓 {'、'.join(p.name for p in collective)}（不计为协同单位）",
                f"collective names not drawn (not counted as partners): {', '.join(p.name for p in collective)}",
                lang,
                note=True,
            )
        )
    return View(
        title=_partners_title(name, len(partners), lang),
        nodes=tuple(nodes),
        edges=tuple(edges),
        notes=tuple(notes),
        focus=(focus,),
        size_label=bi("共同举措数", "shared measures", lang),
        group_label=group_label or (bi("类别", "category", lang) if groups is None else bi("分组", "group", lang)),
        source=source_line(G, documents_of(G, _role_targets(G, focus))),
        include_contacts=include_contacts,
        layout="star",
        lang=lang,
    )


def _alone(
    G: nx.MultiDiGraph,
    focus: str,
    max_nodes: int,
    groups: Mapping[str, str] | None,
    group_label: str | None,
    include_contacts: bool,
    lang: str,
) -> View:
    """The partner view of a unit that shares no measure with another unit: its workplans and measures (the
    neighbourhood of depth 1), titled as a partner view (0 partner units) with a note saying what is drawn.

    >>> from reformgraph.metrics.sample import graph_from_measures
    >>> G = graph_from_measures([("1", "甲局", "乙局"), ("2", "丙局", "")])
    >>> v = unit_partners_view(G, "丙局", lang="zh")
    >>> v.title, v.notes[0], sorted(n.kind for n in v.nodes)
    ('丙局 · 协同单位 0 个', '没有协同单位：图中是它单独承担的工作方案与举措', ['Measure', 'Unit'])
    """
    view = unit_neighbourhood(
        G,
        focus,
        1,
        max_nodes=max_nodes,
        groups=groups,
        group_label=group_label,
        include_contacts=include_contacts,
        lang=lang,
    )
    note = bi(
        "没有协同单位：图中是它单独承担的工作方案与举措",
        "no partner units: drawn are the workplans and measures it carries alone",
        lang,
        note=True,
    )
    return replace(view, title=_partners_title(G.nodes[focus].get("name", focus), 0, lang), notes=(note, *view.notes))


def _partners_title(name: str, partners: int, lang: str) -> str:
    """The title of a unit's partner view.

    >>> _partners_title("市财政局", 36, "zh"), _partners_title("市财政局", 36, "en")
    ('市财政局 · 协同单位 36 个', '市财政局 · 36 partner units')
    """
    return f"{name} · " + bi(f"协同单位 {partners} 个", f"{partners} partner units", lang, note=True)


def unit_neighbourhood(
    G: nx.MultiDiGraph,
    unit_id: str,
    depth: int = 1,
    kinds: Iterable[str] | None = None,
    rels: Iterable[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    *,
    sizes: Mapping[str, float] | None = None,
    size_label: str | None = None,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    include_people: bool = False,
    include_contacts: bool = False,
    lang: str = "both",
) -> View:
    """The nodes within ``depth`` hops of a unit (edges followed both ways), summarised when large.

    Parameters
    ----------
    G : the contract graph.
    unit_id : a unit id (``"unit:市财政局"``), canonical name or alias; unknown names raise
        UnknownUnitError with suggestions.
    depth : hops from the unit (1–3 are useful).
    kinds, rels : only these node kinds / edge rels (the unit itself is always shown); the walk
        passes only through nodes and edges that are shown (the neighbourhood of the filtered graph).
    max_nodes : above this many nodes, measures are grouped by workplan, then the weakest nodes
        of each crowded kind are folded into one node per kind. ``View.notes`` says what was done.
    sizes : optional metric per node id (e.g. unit load); nodes not in it get the base size.
        Without it, size is the node's weighted connections in the view (the unit itself unsized).
    groups : optional colour key per node id (e.g. community); default is the node kind.
    include_people, include_contacts : privacy switches (people's names; phone numbers).
    lang : "zh", "en" or "both" for titles, notes and legend texts.
    """
    focus = resolve_unit(G, unit_id)
    kinds = set(kinds) if kinds is not None else None
    rels = set(rels) if rels is not None else None

    def node_ok(n: str) -> bool:
        k = G.nodes[n].get("kind")
        if k == "Person" and not include_people:
            return False
        return n == focus or kinds is None or k in kinds

    seen = {focus: 0}
    frontier = [focus]
    hidden_people: set[str] = set()
    for level in range(1, max(0, depth) + 1):
        nxt = []
        for n in frontier:
            for _, m, r in list(G.out_edges(n, data="rel")) + [(n, s, r) for s, _, r in G.in_edges(n, data="rel")]:
                if m in seen or (rels is not None and r not in rels):
                    continue
                if not node_ok(m):
                    if G.nodes[m].get("kind") == "Person":
                        hidden_people.add(m)
                    continue
                seen[m] = level
                nxt.append(m)
        frontier = sorted(nxt)
    chosen = set(seen)
    order = sorted(chosen, key=lambda n: (seen[n], n))
    # A view to summarise groups every measure by its workplan: a measure's own label and tooltip are never
    # shown then, and working them out for the 66,000 measures of a 100-plan hub at depth 3 took seconds.
    grouped = set()
    if len(order) > max_nodes:
        grouped = {n for n in order if n != focus and G.nodes[n].get("kind") == "Measure"}
    labels = node_labels(G, [n for n in order if n not in grouped])
    nodes = {
        n: (
            ViewNode(n, "", "Measure", (groups or {}).get(n) or "Measure", None, "")
            if n in grouped
            else _node(
                G,
                n,
                group=(groups or {}).get(n),
                focus=(n == focus),
                include_contacts=include_contacts,
                label=labels[n],
                lang=lang,
            )
        )
        for n in order
    }
    edges = list(
        _merged(
            (
                (u, v, r, 1.0, "")
                for u, v, r in G.edges(data="rel")
                if u in chosen and v in chosen and (rels is None or r in rels)
            ),
            lang,
        )
    )
    notes: list[str] = []
    if hidden_people:
        k = len(hidden_people)
        notes.append(bi(f"{k} 名人员未显示", f"{k} people hidden; include_people to show", lang, note=True))
    keep = {focus}
    if len(nodes) > max_nodes:
        nodes, edges, note = _group_measures(G, nodes, edges, keep, include_contacts, lang)
        if note:
            notes.append(note)
        nodes, edges, more = _fold_kinds(nodes, edges, keep, max_nodes, lang)
        notes.extend(more)
    ordered = tuple(nodes.values())
    name = G.nodes[focus].get("name", focus)
    star = depth == 1 and all(e.source == focus or e.target == focus for e in edges)
    return View(
        title=f"{name} · " + bi(f"{depth} 度关系", f"neighbourhood, depth {depth}", lang, note=True),
        nodes=_apply_sizes(ordered, edges, sizes),
        edges=tuple(edges),
        notes=tuple(notes),
        focus=(focus,),
        size_label=size_label
        or (bi("本图中的连接数", "connections in view", lang) if sizes is None else bi("指标", "metric", lang)),
        group_label=group_label or (bi("类型", "kind", lang) if groups is None else bi("分组", "group", lang)),
        source=source_line(G, documents_of(G, [*chosen, *_role_targets(G, focus)])),
        include_contacts=include_contacts,
        include_people=include_people,
        layout="star" if star else "radial",
        lang=lang,
    )


def _unit_node(
    G: nx.MultiDiGraph,
    n: str,
    groups: Mapping[str, str] | None,
    *,
    focus: bool = False,
    include_contacts: bool = False,
    lang: str = "both",
) -> ViewNode:
    group = (groups or {}).get(n)
    if group is None:
        group = category_text(G.nodes[n].get("category") if n in G else None, lang)
    if n in G:
        return _node(G, n, group=group, focus=focus, include_contacts=include_contacts, lang=lang)
    name = n.split(":", 1)[-1]
    return ViewNode(n, name, "Unit", group, None, name, focus)


def _shared_measures(G: nx.MultiDiGraph, a: str, b: str) -> list[str]:
    return sorted(
        set(_role_targets(G, a)).intersection(_role_targets(G, b)),
        key=lambda m: (str(G.nodes[m].get("workplan")), G.nodes[m].get("seq") or 0, m),
    )


def chain_view(
    G: nx.MultiDiGraph,
    units: Sequence[str],
    *,
    hop_measures: Sequence[Sequence[str]] | None = None,
    max_measures_per_hop: int = 3,
    include_contacts: bool = False,
    lang: str = "both",
) -> View:
    """A chain of units (a path in the coordination graph) with the measures that make each hop.

    ``units`` are unit ids or names in chain order, or a ``graph.metrics.Chain`` (its units and
    hops are used). ``hop_measures[i]`` lists the measure ids
    linking ``units[i]`` and ``units[i+1]``; when omitted they are the measures both units lead
    or support. At most ``max_measures_per_hop`` measures are drawn per hop; the rest become one
    "+N" node and a note.

    >>> G = nx.MultiDiGraph()
    >>> for u in ("甲局", "乙局"):
    ...     G.add_node(f"unit:{u}", kind="Unit", name=u, aliases=[], category="department")
    >>> G.add_node("measure:d:1:1", kind="Measure", workplan="1", seq=1, text="联合检查")
    >>> _ = G.add_edge("unit:甲局", "measure:d:1:1", rel="LEADS")
    >>> _ = G.add_edge("unit:乙局", "measure:d:1:1", rel="SUPPORTS")
    >>> v = chain_view(G, ["甲局", "乙局"])
    >>> [(e.source, e.rel) for e in v.edges]
    [('unit:甲局', 'LEADS'), ('unit:乙局', 'SUPPORTS')]
    """
    if hasattr(units, "hops") and hasattr(units, "units"):  # a graph.metrics.Chain
        hop_measures = [h.measures for h in units.hops] if hop_measures is None else hop_measures
        units = units.units
    ids = [resolve_unit(G, u) for u in units]
    nodes: dict[str, ViewNode] = {}
    for i, u in enumerate(ids):
        nodes[u] = _node(G, u, focus=i in (0, len(ids) - 1), include_contacts=include_contacts, lang=lang)
    edges: list[ViewEdge] = []
    notes: list[str] = []
    hops = []
    for i, (a, b) in enumerate(zip(ids, ids[1:])):
        ms = list(hop_measures[i]) if hop_measures is not None else _shared_measures(G, a, b)
        hops.append(ms)
    labels = node_labels(G, [m for ms in hops for m in ms[:max_measures_per_hop]])
    for i, ((a, b), ms) in enumerate(zip(zip(ids, ids[1:]), hops)):
        if not ms:
            edges.append(ViewEdge(a, b, "COORDINATES", REL_LABELS["COORDINATES"]))
            continue
        shown, rest = ms[:max_measures_per_hop], ms[max_measures_per_hop:]
        for m in shown:
            if m not in nodes:
                nodes[m] = _node(G, m, include_contacts=include_contacts, label=labels[m], lang=lang)
            for u in (a, b):
                rel = next(
                    (r for _, t, r in G.out_edges(u, data="rel") if t == m and r in ("LEADS", "SUPPORTS")), "SUPPORTS"
                )
                edges.append(ViewEdge(u, m, rel, REL_LABELS[rel]))
        if rest:
            gid = f"group:Measure:hop{i}"
            nodes[gid] = ViewNode(
                gid,
                bi(f"+{len(rest)} 项举措", f"+{len(rest)} measures", lang),
                "Group",
                "Measure",
                None,
                bi("另有举措", "more measures", lang)
                + colon(lang)
                + "\n"
                + "\n".join(node_label(G.nodes[m], m) for m in rest[:20]),
                False,
                len(rest),
            )
            edges += [ViewEdge(a, gid, "COORDINATES", "协同"), ViewEdge(b, gid, "COORDINATES", "协同")]
            notes.append(
                bi(
                    f"{G.nodes[a].get('name')}–{G.nodes[b].get('name')}{colon(lang)}另有 {len(rest)} 项共同举措未单独显示",
                    f"{len(rest)} more shared measures shown as one node",
                    lang,
                    note=True,
                )
            )
    merged = _merge_edges(edges, lang)
    names = " → ".join(G.nodes[u].get("name", u) for u in ids)
    return View(
        title=bi("协同链", "Chain", lang) + colon(lang) + names,
        # Nothing is sized: every measure of a hop links the same two units, so a size would say nothing.
        nodes=tuple(nodes.values()),
        edges=merged,
        notes=tuple(notes),
        focus=(ids[0], ids[-1]) if ids else (),
        size_label=bi("本图中的连接数", "connections in view", lang),
        group_label=bi("类型", "kind", lang),
        source=source_line(G, documents_of(G, [m for ms in hops for m in ms])),
        include_contacts=include_contacts,
        layout="chain",
        lang=lang,
    )


def coordination_view(
    G: nx.MultiDiGraph,
    C: nx.Graph,
    *,
    sizes: Mapping[str, float] | None = None,
    size_label: str | None = None,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None,
    min_weight: float = 1,
    focus: Sequence[str] = (),
    title: str | None = None,
    lang: str = "both",
) -> View:
    """The unit–unit coordination network ``C`` (nodes: unit ids; edge ``weight``: shared measures).

    ``C`` comes from the coordination-graph function in ``graph/`` (this module does not
    compute metrics). Units are ranked by ``sizes`` (or weighted degree when absent); the top
    ``max_nodes`` are drawn, with every link between them (a unit whose links were cut would
    look unconnected); ``max_edges`` caps them (the strongest kept) only when asked. Edges
    below ``min_weight`` are dropped. Colour is the unit category unless ``groups`` (e.g.
    community per unit) is given. Directed ``C`` is drawn undirected.
    """
    U = nx.Graph()
    for n in C.nodes:
        U.add_node(n)
    for a, b, w in C.edges(data="weight", default=1):
        if a == b:
            continue
        prev = U.get_edge_data(a, b, {}).get("weight", 0)
        U.add_edge(a, b, weight=max(prev, float(w)))
    rank_value = dict(sizes) if sizes is not None else dict(U.degree(weight="weight"))
    ranked = sorted(U.nodes, key=lambda n: (-float(rank_value.get(n, 0)), str(n)))
    notes: list[str] = []
    keep = ranked[:max_nodes]
    for f in focus:
        if f in U and f not in keep:
            keep.append(f)
    if len(keep) < U.number_of_nodes():
        k, total = len(keep), U.number_of_nodes()
        notes.append(
            bi(f"显示 {k} / {total} 个单位", f"showing the {k} highest-ranked of {total} units", lang, note=True)
        )
    keep_set = set(keep)
    cand = [(a, b, w) for a, b, w in U.edges(data="weight") if a in keep_set and b in keep_set and w >= min_weight]
    cand.sort(key=lambda e: (-e[2], str(e[0]), str(e[1])))
    if max_edges is not None and len(cand) > max_edges:
        notes.append(
            bi(
                f"只画出最强的 {max_edges} / {len(cand)} 条协同关系",
                f"drawing the {max_edges} strongest of {len(cand)} links",
                lang,
                note=True,
            )
        )
        cand = cand[:max_edges]
    if min_weight > 1:
        notes.append(
            bi(
                f"不显示少于 {min_weight:g} 项共同举措的关系",
                f"links with fewer than {min_weight:g} shared measures hidden",
                lang,
                note=True,
            )
        )
    edges = tuple(ViewEdge(a, b, "COORDINATES", f"{w:g} 项", float(w)) for a, b, w in cand)
    nodes = tuple(_unit_node(G, n, groups, focus=n in focus, lang=lang) for n in keep)
    return View(
        title=title or bi("协同网络", "Coordination network", lang),
        nodes=_apply_sizes(nodes, edges, sizes),
        edges=edges,
        notes=tuple(notes),
        focus=tuple(focus),
        size_label=size_label
        or (bi("共同举措", "shared measures", lang) if sizes is None else bi("指标", "metric", lang)),
        group_label=group_label
        or (bi("类别", "category", lang) if groups is None else bi("协同组", "community", lang)),
        source=source_line(G),
        lang=lang,
    )


def bottleneck_view(
    G: nx.MultiDiGraph,
    C: nx.Graph,
    metric: Mapping[str, float],
    *,
    top: int = 25,
    metric_label: str | None = None,
    groups: Mapping[str, str] | None = None,
    group_label: str | None = None,
    max_edges: int | None = None,
    articulation: Iterable[str] = (),
    ranked: int = 10,
    lang: str = "both",
) -> View:
    """The ``top`` units by ``metric`` (e.g. betweenness) in the coordination network, sized by it.

    The answer is also written out: ``View.ranking`` lists the first ``ranked`` units with a metric
    above 0 and their values, ``◆`` marking the ``articulation`` points (units whose removal splits
    the network; the labels in the picture carry it too). Size alone does not tell 0.148 from 0.127.

    >>> G = nx.MultiDiGraph()
    >>> for u in "ABC":
    ...     G.add_node(f"unit:{u}", kind="Unit", name=u, aliases=[], category="department")
    >>> C = nx.Graph([("unit:A", "unit:B", {"weight": 2}), ("unit:B", "unit:C", {"weight": 1})])
    >>> v = bottleneck_view(G, C, {"unit:A": 0.0, "unit:B": 1.0, "unit:C": 0.0}, top=2, articulation=["unit:B"])
    >>> [(n.label, n.size) for n in v.nodes], v.ranking
    ([('B ◆', 1.0), ('A', 0.0)], ('1. B ◆  1.000', '◆ 关键连接单位（移除即断开） articulation point (its removal splits the network)'))
    """
    metric_label = metric_label or bi("中介中心性", "betweenness", lang)
    cuts = set(articulation)
    view = coordination_view(
        G,
        C,
        sizes=metric,
        size_label=metric_label,
        groups=groups,
        group_label=group_label,
        max_nodes=top,
        max_edges=max_edges,
        title=bi("瓶颈", "Bottlenecks", lang) + colon(lang) + metric_label,
        lang=lang,
    )
    mark = {n.id: f"{n.label} ◆" for n in view.nodes if n.id in cuts}
    nodes = tuple(replace(n, label=mark[n.id]) if n.id in mark else n for n in view.nodes)
    first = [n for n in sorted(nodes, key=lambda n: -(n.size or 0.0)) if (n.size or 0.0) > 0][:ranked]
    lines = tuple(f"{i}. {n.label}  {n.size:.3f}" for i, n in enumerate(first, start=1))
    title = bi("排名", "ranking", lang)
    if cuts:  # what ◆ means, as the list's last line
        lines += ("◆ " + bi("关键连接单位（移除即断开）", "articulation point (its removal splits the network)", lang),)
    return replace(view, nodes=nodes, ranking=lines, ranking_label=title)

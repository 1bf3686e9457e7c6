"""The nodes and edges of a view: their labels (short, told apart) and tooltips, the source sentence behind an edge,
the names of the documents, people's names and phone numbers masked (``Redaction``), parallel edges merged, and
node sizes.

>>> distinct_cuts(["探索实行惩罚性赔偿制度（食品）", "探索实行惩罚性赔偿制度（药品）"], 8)
['探索实…（食品）', '探索实…（药品）']
>>> redact_phones("联系电话：023-12345678，2022-05前完成")
'联系电话：[电话已隐藏]，2022-05前完成'
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import networkx as nx

from reformgraph.regexcache import compiled
from reformgraph.view_model import (
    CATEGORY_LABELS,
    KIND_LABELS,
    LABEL_CHARS,
    NAME_MASK,
    PHONE_MASK,
    REL_LABELS,
    REL_LABELS_EN,
    STATUS_LABELS,
    ViewEdge,
    ViewNode,
)

# Seven or more digits, optionally split by - or spaces: phone numbers, never years or item numbers.
_PHONE = compiled(r"(?<![\d])(?:\+?\d[\d\- ]{5,}\d)(?![\d])")
_DATE = compiled(r"(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?")  # 2022-05, 2022-01-13: dates, not phones
# A person named after a contact role: "联系人：张三", "责任人: 李四".
_ROLE_NAME = compiled(r"((?:联系人|联络人|责任人|负责人|经办人)\s*[：:]\s*)([\u4e00-\u9fff·]{2,4})")


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


def short_number(value: float) -> str:
    """A number on a slide (a size legend's, a ranking's): whole numbers as they are, others to three significant
    digits, so that small values still tell apart (betweenness of 92 plans, 0.00565 and 0.00421, read 0.006 and
    0.004, and ranks 3 to 5 all 0.003, to three decimals).

    >>> short_number(31.0), short_number(0.147703), short_number(0.0029812), short_number(0.0029513)
    ('31', '0.148', '0.00298', '0.00295')
    """
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.3g}"


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
    """A document as a list to pick from names it: its plan's :func:`short_title`, cut to 40 characters, then
    its name (the file's stem) in brackets, when the title says more than the name. The name first
    (``01-shanghai-jiading-sponge-city-2024（上海市嘉定区人民政府办公室关于转发《…``) left the words that tell two
    plans apart past the list's right edge (session 63).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("doc:youyang", title="关于印发营商环境创新试点改革事项工作方案的通知")
    >>> document_title(G, "doc:youyang"), document_title(G, "doc:other")
    ('营商环境创新试点改革事项工作方案（youyang）', 'other')
    """
    name = document_name(document) or document
    title = G.nodes[document].get("title") if document in G else None
    if not title or title == name:
        return name
    return f"{_cut(short_title(title), 40)}（{name}）"


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


def role_targets(G: nx.MultiDiGraph, unit: str) -> list[str]:
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

# A title's wrapper: who issued it and the verb before the plan's own name ("上海市某区人民政府办公室关于印发"),
# and the closing "的通知" after it.
_TITLE_HEAD = compiled(r"^.*?(?:关于|印发|转发|批转)+")
_TITLE_TAIL = compiled(r"(?:等)?的通知$")
_QUOTED_LAST = compiled(r"《([^《》]+)》(?:等)?(?:的通知)?$")


def short_title(title: str) -> str:
    """A plan's own name from its document's title: the name in 《》 the title ends with, else the title
    without its issuer, its "关于印发" and its "的通知" — what a reader calls the plan.

    >>> short_title("上海市某区人民政府办公室关于印发《某区生活垃圾分类工作方案》的通知")
    '某区生活垃圾分类工作方案'
    >>> short_title("某区人民政府关于印发《关于加快推进本区公园建设的实施意见》的通知")
    '加快推进本区公园建设的实施意见'
    >>> short_title("某市人民政府办公厅关于进一步加强道路养护的实施意见"), short_title("各地自查")
    ('进一步加强道路养护的实施意见', '各地自查')
    >>> short_title("某区人民政府办公室关于印发贯彻《某某条例》推进全程分类实施方案的通知")  # a law cited inside
    '贯彻《某某条例》推进全程分类实施方案'
    """
    title = title.strip()
    if m := _QUOTED_LAST.search(title):
        return m.group(1).strip().removeprefix("关于") or m.group(1)
    return _TITLE_TAIL.sub("", _TITLE_HEAD.sub("", title, count=1)).strip() or title


def _document_tag(G: nx.MultiDiGraph, document: str) -> str:
    """What tells a document apart to a reader: its plan's short title, else its name (the file's stem)."""
    title = G.nodes[document].get("title") if document in G else None
    return short_title(title) if title else (document_name(document) or document)


def plan_tags(G: nx.MultiDiGraph, documents: Iterable[str] | None = None) -> dict[str, str]:
    """What tells each of ``documents`` (ids; default: every document of ``G``) apart from the others to a
    reader: its plan's :func:`short_title`, cut to :data:`DOCUMENT_TAG_CHARS` and still distinct from the
    others' (two titles that open alike keep where they differ); the file's name for a document with no title
    or with the same title as another (two copies of one plan). A table's 文件 cell and a workplan's label in a
    picture of several plans both read it; the file's stem (``01-sh…2024``) had told a reader nothing.

    >>> G = nx.MultiDiGraph(documents=["doc:a-2024", "doc:b-2025", "doc:c", "doc:d"])
    >>> G.add_node("doc:a-2024", title="关于印发《某区持续优化生活垃圾全程分类体系工作方案》的通知")
    >>> G.add_node("doc:b-2025", title="关于印发《某区持续优化生活垃圾分类收运体系工作方案》的通知")
    >>> G.add_node("doc:c", title="某区城市更新行动方案")
    >>> plan_tags(G)
    {'doc:a-2024': '某区持续…全程分类体系…', 'doc:b-2025': '某区持续…分类收运体系…', 'doc:c': '某区城市更新行动方案', 'doc:d': 'd'}
    """
    documents = sorted(G.graph.get("documents") or () if documents is None else documents)
    titles = {d: _document_tag(G, d) for d in documents}
    alike = Counter(titles.values())
    # two copies of one plan (one title, two files) are told apart by their files' names
    names = [titles[d] if alike[titles[d]] == 1 else (document_name(d) or d) for d in documents]
    return dict(zip(documents, distinct_cuts(names, DOCUMENT_TAG_CHARS)))


PLAN_PARTS = ("Workplan", "Reform")  # numbered within their plan: "[2] 保障措施" of two plans look alike


def _told_apart(G: nx.MultiDiGraph, labels: dict[str, str]) -> dict[str, str]:
    """``labels`` where equal labels of nodes from different documents get their plan's short title after them
    (workplan 1 of two plans of one template both read "[1] 开展…"), or the file's name where a document has
    no title or the same title as another (two copies of one plan); cut, still distinct. The file's stem had
    read "[1] 工作任务 · 82-shangh…" on a graph of 87 plans, each with its own title (session 62).

    A plan's parts (:data:`PLAN_PARTS`: workplans, reform items) drawn from more than one plan all say whose
    they are, equal or not: ``[2] 组织保障`` beside ``[2] 保障措施`` of a depth-1 picture of several plans read
    as one plan's two workplans (session 64's Left).

    >>> G = nx.MultiDiGraph(documents=["doc:甲区方案", "doc:乙区方案"])
    >>> for doc in ("甲区方案", "乙区方案"):
    ...     G.add_node(f"workplan:{doc}:1", kind="Workplan", number="1", title="开展调研", document=f"doc:{doc}")
    >>> G.add_node("workplan:甲区方案:2", kind="Workplan", number="2", title="建设平台", document="doc:甲区方案")
    >>> list(node_labels(G, G.nodes).values())
    ['[1] 开展调研 · 甲区方案', '[1] 开展调研 · 乙区方案', '[2] 建设平台 · 甲区方案']
    >>> list(node_labels(G, ["workplan:甲区方案:1", "workplan:甲区方案:2"]).values())  # one plan's: as they were
    ['[1] 开展调研', '[2] 建设平台']
    """
    same: dict[str, list[str]] = defaultdict(list)
    for n, label in labels.items():
        same[label].append(n)
    told = {n for ns in same.values() if len({G.nodes[m].get("document") for m in ns}) > 1 for n in ns}
    parts = [n for n in labels if G.nodes[n].get("kind") in PLAN_PARTS and G.nodes[n].get("document")]
    if len({G.nodes[n].get("document") for n in parts}) > 1:
        told.update(parts)
    told = {n for n in told if G.nodes[n].get("document")}
    if not told:
        return labels
    tags = plan_tags(G, {G.nodes[n]["document"] for n in told})
    return {n: f"{label} · {tags[G.nodes[n]['document']]}" if n in told else label for n, label in labels.items()}


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
        # the raw adjacency, as out_edges would walk it: a hub's partners of 100 plans have 152,000 edges
        rels = Counter(a.get("rel") for keyed in G._adj[node_id].values() for a in keyed.values())
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


def view_node(
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


def merge_edges(edges: Iterable[ViewEdge], lang: str = "both") -> tuple[ViewEdge, ...]:
    """Merge parallel edges (same source, target, rel), summing weights; keep first-seen order; label them
    in ``lang``."""
    return merge_edge_tuples(((e.source, e.target, e.rel, e.weight, e.group) for e in edges), lang)


def merge_edge_tuples(edges: Iterable[tuple[str, str, str, float, str]], lang: str = "both") -> tuple[ViewEdge, ...]:
    """``merge_edges`` of edges given as (source, target, rel, weight, group): no ``ViewEdge`` made for each
    of the 300,000 edges of a big graph's neighbourhood before they are merged.

    >>> [(e.source, e.target, e.label, e.weight) for e in merge_edge_tuples([("a", "b", "LEADS", 1.0, ""), ("a", "b", "LEADS", 2.0, "")], "zh")]
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


def node_strength(nodes: Iterable[str], edges: Sequence[ViewEdge]) -> dict[str, float]:
    s = {n: 0.0 for n in nodes}
    for e in edges:
        if e.source in s:
            s[e.source] += e.weight
        if e.target in s:
            s[e.target] += e.weight
    return s


def with_sizes(
    nodes: Sequence[ViewNode], edges: Sequence[ViewEdge], sizes: Mapping[str, float] | None
) -> tuple[ViewNode, ...]:
    """Sizes from ``sizes``, else each node's weighted connections in the view.

    Without ``sizes``, focus nodes and "+N more" nodes are not sized (None): a hub's 199
    connections, or the sum over 25 folded workplans, would make every other node a dot, and the
    size legend would describe them only.
    """
    if sizes is None:
        strength = node_strength([n.id for n in nodes], edges)
        return tuple(
            replace(n, size=None if n.focus or n.id.startswith("group:") else float(strength[n.id])) for n in nodes
        )
    return tuple(replace(n, size=float(sizes[n.id]) if n.id in sizes else None) for n in nodes)

"""Records in, one typed MultiDiGraph out (the reformgraph/1 model).

Workplans and measures are scoped by their document; units, districts, laws
and people are shared across documents. Ids are stable: the same input gives
the same ids.

>>> from reformgraph.records import Deadline, Document, Measure, Reform, UnitMention, Workplan
>>> m = Measure(1, "开展调研。", (UnitMention("市财政局", 9),), (UnitMention("市高法院", 9),),
...             Deadline("2022年5月", "2022-05", "scheduled"), 9)
>>> wp = Workplan("1", "1", "示例", None, None, 5, 10, (m,), (), (), (), ())
>>> doc = Document("demo", "demo.md", "0" * 64, "示例", None, None, None, (Reform("1", "示例"),), (wp,))
>>> from reformgraph.aliases import AliasTable, clean_name
>>> G = build_graph([doc], AliasTable.from_rows([]))
>>> sorted(rel for _, _, rel in G.edges(data="rel"))
['LEADS', 'PART_OF', 'PART_OF', 'PART_OF', 'SUPPORTS']
>>> G.nodes["measure:demo:1:1"]["deadline"]
'2022-05'

``build_data`` is the same without networkx (``reformgraph build --json`` never imports it):

>>> build_data([doc], AliasTable.from_rows([])).kind_counts()["Unit"]
2
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from reformgraph.aliases import AliasTable, clean_name
from reformgraph.districts import district_prefix
from reformgraph.graphdata import GraphData
from reformgraph.jsonio import SCHEMA
from reformgraph.own_bodies import (
    division_name,
    issuer_body,
    own_body_name,
    own_town,
    place_stems,
    reads_as_own,
    town_qualifiers,
    town_word,
)
from reformgraph.plan_place import (
    body_of_place,
    joint_places,
    local_name,
    own_place,
    place_index,
    place_levels,
    place_qualifiers,
    plan_city,
    qualified_name,
    with_cities,
    written_levels,
)
from reformgraph.records import Document, Workplan
from reformgraph.unit_forms import system_short_form, unclipped

if TYPE_CHECKING:
    import networkx as nx


def document_id(doc: Document) -> str:
    return f"doc:{doc.key}"


def reform_id(doc: Document, number: str) -> str:
    return f"reform:{doc.key}:{number}"


def workplan_id(doc: Document, number: str) -> str:
    return f"workplan:{doc.key}:{number}"


def measure_id(doc: Document, workplan: str, seq: int) -> str:
    return f"measure:{doc.key}:{workplan}:{seq}"


def unit_id(name: str) -> str:
    return f"unit:{name}"


def district_id(name: str) -> str:
    return f"district:{name}"


def law_id(title: str) -> str:
    return f"law:{title}"


def person_id(name: str) -> str:
    return f"person:{name}"


def build_graph(documents: Sequence[Document], aliases: AliasTable) -> nx.MultiDiGraph:
    """Build the graph of ``documents``, resolving unit names through ``aliases``."""
    return build_data(documents, aliases).to_networkx()


def build_data(
    documents: Sequence[Document], aliases: AliasTable, places: Sequence[str | None] | None = None
) -> GraphData:
    """``build_graph`` as plain dicts (:class:`~reformgraph.graphdata.GraphData`), without networkx; ``places``: the
    plans' places (``plan_places``) when the caller has them already."""
    G = GraphData({"schema": SCHEMA, "documents": [document_id(d) for d in documents]})
    places = list(plan_places(documents) if places is None else places)
    several = len(set(places)) > 1
    # round 41 (places): a level two plans' places share (two counties) names two bodies by one word (县财政局)
    qualifiers = place_qualifiers(places, _unknown_levels(documents, places)) if several else {}
    # round 79: a town's plan names its own bodies 镇X, or bare (城运中心) as every plan may (房管局)
    # (round 80: read in two towns' plans of one district too, no district's plan beside them)
    towns = [own_town(d.issuer, place) for d, place in zip(documents, places, strict=True)] if documents[1:] else []
    own_places = len(set(zip(places, towns))) > 1  # two places, or a town and its district
    town_levels = town_qualifiers(places, towns) if own_places else []
    # each surface form met so far → its unit's id (see ``_add_unit``), one table per way of naming a plan's bodies
    units: dict[tuple[tuple[tuple[str, str], ...], ...], dict[str, str]] = {}
    # a body of another plan's place spelled out (九江市财政局 in the province's plan) is that plan's (round 41)
    others = _OtherPlaces(place_index(places), qualifiers) if several else None
    owns = [_own_levels(place, towns[i]) if own_places and place is not None else () for i, place in enumerate(places)]
    # round 80: plans of two levels (a city's and a district's, a district's and a town's) name two bodies by one
    # bare name (宣传部: the 市委's, the 区委's), read with each plan's level word though no level has two places
    words = {levels[0][0] for levels in owns if levels}
    # round 80: the plans of two bodies or more (a 厅's and a 局's) name two bodies by one division's name (人事处)
    bodies = [issuer_body(d.issuer) for d in documents] if documents[1:] else []
    two_bodies = len(set(bodies)) > 1
    # every plan's place by its name: a body named after one (九江学院 in the province's plan) is no bare name
    stems = frozenset(stem for place in set(places) if place for stem in place_stems(place))
    for i, (doc, place) in enumerate(zip(documents, places, strict=True)):
        levels = qualifiers.get(place or "", {})
        if owns[i]:  # its bare names read as its own (round 79): 镇X in a town's plan, 区X
            levels = {**levels, **town_levels[i]}
        own = _Own(owns[i], frozenset(levels), len(words) > 1, bodies[i] if two_bodies else None, stems)
        if joint := joint_places(doc.title, doc.issuer, place):  # round 81: a joint plan of two places or more
            own, levels = _joint_own(own, levels, place, joint)
        table = units.setdefault((tuple(levels.items()), own), {})
        _add_document(G, doc, aliases, table, place, levels, others, own)
    return G


def _own_levels(place: str, town: str | None) -> tuple[tuple[str, str], ...]:
    """The levels a plan of ``place`` (of the town ``town``, ``own_bodies.own_town``) names its bare bodies by, each
    (its level word, its place), its own first (``own_bodies.own_body_name``)."""
    mine = ((town_word(town), place + town),) if town else ()
    return (*mine, (next(iter(place_levels(place))), place))


def _joint_own(own: _Own, levels: dict[str, str], place: str, joint: tuple[str, ...]) -> tuple[_Own, dict[str, str]]:
    """How a joint plan of ``place`` and the places ``joint`` (``plan_place.joint_places``) names its bodies (round
    81): a level word only another of its places has (白沙区's 区 in 青川县's and 白沙区's plan) names that place's
    body, shown with its name (``_Own.spelled``); one its own place has too (县 in two counties' plan) is either's,
    kept as written (``_Own.unsure``: never the first place's by guess, nor its fully named bodies written short);
    and a bare name (房管局) is no one place's."""
    mine = place_levels(place)
    theirs = [(next(iter(place_levels(other)), ""), other) for other in joint]
    unsure = frozenset(word for word, _ in theirs if word in mine)
    spelled = tuple((word, other) for word, other in theirs if word and word not in mine)
    kept = {word: name for word, name in levels.items() if word not in unsure}
    return own._replace(levels=(), shared=frozenset(kept), spelled=spelled, unsure=unsure), kept


class _Own(NamedTuple):
    """How a plan's bare names read (``own_bodies.own_body_name``): its ``levels``, the level words ``shared`` (of
    which the graph holds two places), whether the graph holds plans of two levels (``mixed``), and the body whose
    divisions it names bare, where the graph holds the plans of two (``body``: ``own_bodies.issuer_body``), the
    names of the graph's places (``stems``: ``own_bodies.place_stems``), and a joint plan's level words of its other
    places (``spelled``: each with its place) and of two of its places (``unsure``) (``_joint_own``, round 81)."""

    levels: tuple[tuple[str, str], ...] = ()
    shared: frozenset[str] = frozenset()
    mixed: bool = False
    body: str | None = None
    stems: frozenset[str] = frozenset()
    spelled: tuple[tuple[str, str], ...] = ()
    unsure: frozenset[str] = frozenset()


_NO_OWN = _Own()


def plan_places(documents: Sequence[Document]) -> list[str | None]:
    """The place each of ``documents`` is a plan of (``plan_place.own_place``: its title's or issuer's, None when
    neither names one), a county's written after its city beside another city's plan (``plan_place.with_cities``,
    round 60); computed once for a build and its warning (``unplaced_plans``).

    >>> from reformgraph.records import Document
    >>> plan_places([Document("a", "a.md", "0" * 64, "东湖区方案", None, None, None, (), ())])
    ['东湖区']
    """
    places = [own_place(d.title, d.issuer) for d in documents]
    if len(set(places)) > 1:  # a county's plan naming its city's bodies, beside another city's plan (round 60)
        places = with_cities(
            places, [plan_city(place, _body_names(doc)) for doc, place in zip(documents, places, strict=True)]
        )
    return places


def unplaced_plans(documents: Sequence[Document], places: Sequence[str | None] | None = None) -> tuple[str, ...]:
    """The paths of the plans whose place is unknown (``plan_place.own_place``: neither title nor issuer names it)
    and that name bodies by a level word (区X, 县X, 市X), beside plans of a known place (round 78): those names are
    kept as written, never given a place by guess, and the known places' bodies of those levels show their places'
    names apart from them (``_unknown_levels``). Empty when every plan's place is known, or none is. ``places``: the
    plans' places (``plan_places``) when the caller has them already.

    >>> from reformgraph.records import Deadline, Document, Measure, UnitMention, Workplan
    >>> def plan(path, title, unit="区财政局"):
    ...     m = Measure(1, "开展调研。", (UnitMention(unit, 2),), (), Deadline(None, None, None), 2)
    ...     wp = Workplan("1", "1", "任务", None, None, 1, 2, (m,), (), (), (), ())
    ...     return Document(path, path, "0" * 64, title, None, None, None, (), (wp,))
    >>> unplaced_plans([plan("a.md", "东湖区方案"), plan("b.md", "西山区方案"), plan("c.md", "关于做好工作的通知")])
    ('c.md',)
    >>> unplaced_plans([plan("a.md", "东湖区方案"), plan("c.md", "关于做好工作的通知", "国家发展改革委")])
    ()
    >>> unplaced_plans([plan("a.md", "东湖区方案"), plan("b.md", "西山区方案")]), unplaced_plans([plan("c.md", "通知")])
    ((), ())
    """
    if places is None:
        places = plan_places(documents)
    if all(places) or not any(places):
        return ()
    return tuple(
        doc.path
        for doc, place in zip(documents, places, strict=True)
        if place is None and written_levels(_body_names(doc))
    )


def _unknown_levels(documents: Sequence[Document], places: Sequence[str | None]) -> frozenset[str]:
    """The level words the plans of unknown place write before their bodies (市财政局: 市), whose bodies of the
    known places show their place's name beside them (round 78: ``plan_place.place_qualifiers``)."""
    if all(places):
        return frozenset()
    return written_levels(
        name for doc, place in zip(documents, places, strict=True) if place is None for name in _body_names(doc)
    )


def _body_names(doc: Document) -> Iterator[str]:
    """The names of the bodies ``doc`` gives tasks or makes responsible for a workplan (read only when asked)."""
    for wp in doc.workplans:
        for m in wp.measures:
            for u in m.leads + m.supports:
                yield u.raw
        for r in wp.responsible:
            yield r.raw


def unresolved_forms(documents: Iterable[Document], aliases: AliasTable) -> list[str]:
    """Surface forms the alias table does not list (they became units by rule).

    A form that only adds an open list's tail to another listed form (``商务部等`` beside ``商务部``) is left out, and
    so is one that names no unit (punctuation alone, which makes no node: ``_unit_node``).
    """
    surfaces = (
        getattr(u, "written", None) or u.raw for doc in documents for wp in doc.workplans for u in _mentions(wp)
    )
    forms = {s for s in surfaces if not (resolved := aliases.resolve(s)).known and resolved.canonical}
    return sorted(s for s in forms if clean_name(s) == s or clean_name(s) not in forms)


def _mentions(wp: Workplan):
    for m in wp.measures:
        yield from (u for u in m.leads if not u.implied)
        yield from (u for u in m.supports if not u.implied)
    yield from wp.responsible


def _add_document(
    G: GraphData,
    doc: Document,
    aliases: AliasTable,
    units: dict[str, str],
    place: str | None = None,
    levels: dict[str, str] | None = None,
    others: _OtherPlaces | None = None,
    own: _Own = _NO_OWN,
) -> None:
    """Add ``doc``, a plan of ``place`` (``own_place``), whose bodies of the levels of ``levels`` show their place's
    name (``place_qualifiers``); ``others``: the other plans' places of the graph; ``own``: the level words its bare
    names read as (``own_bodies.own_body_name``)."""
    did = document_id(doc)
    G.add_node(
        did,
        kind="Document",
        title=doc.title,
        path=doc.path,
        sha256=doc.sha256,
        issuer=doc.issuer,
        doc_number=doc.doc_number,
        date=doc.date,
    )
    for reform in doc.reforms:
        rid = reform_id(doc, reform.number)
        G.add_node(rid, kind="Reform", number=reform.number, title=reform.title, document=did)
        G.add_edge(rid, did, rel="PART_OF")
    clipped = _clipped_names(doc)
    for wp in doc.workplans:
        _add_workplan(G, doc, did, wp, aliases, units, place, clipped, levels, others, own)


class _OtherPlaces(NamedTuple):
    """The places of a graph's plans (``plan_place.place_index``) and the names their bodies show
    (``plan_place.place_qualifiers``)."""

    index: dict[str, tuple[str, ...]]
    qualifiers: dict[str, dict[str, str]]

    def name_of(self, name: str) -> str | None:
        """The name a body of another plan's place spelled out in ``name`` shows, else None."""
        hit = body_of_place(name, self.index)
        if hit is None:
            return None
        place, local = hit
        return qualified_name(local, self.qualifiers.get(place, {}))


def _clipped_names(doc: Document) -> dict[str, str]:
    """The document's clipped unit names (市发改) → the name of the body each clips in the same plan (市发展改革委:
    ``unit_forms.unclipped``); a name the plan writes in full elsewhere is one unit with it (round 35)."""
    names = {u.raw for wp in doc.workplans for m in wp.measures for u in (*m.leads, *m.supports)}
    if not any(len(n) <= 7 for n in names):
        return {}
    return unclipped(names)


def _add_unit(
    G: GraphData,
    raw: str,
    aliases: AliasTable,
    units: dict[str, str],
    written: str | None = None,
    place: str | None = None,
    levels: dict[str, str] | None = None,
    others: _OtherPlaces | None = None,
    own: _Own = _NO_OWN,
) -> str:
    """The id of the unit named ``written or raw``: its node made, or the name added to its aliases, when first met;
    ``""`` (no unit) for a name that is punctuation alone (a stray `` ` `` a loader took for a list's item).
    ``place``: the place whose plan names it (``plan_place``), whose name spelled out before a body's is dropped;
    ``levels``: the level words whose bodies show their place's name (``plan_place.place_qualifiers``, round 41);
    ``own``: the level words the plan's bare names read as (``own_bodies.own_body_name``, round 79).

    ``units`` (surface form → unit id, kept for one build) answers every later mention of a form at once, with
    the same id string: the hundreds of thousands of mentions of a big build neither resolve the name again
    nor make and hash a new id (a tenth of building 200 documents, and most of what made a document cost
    more to build in a big graph than in a small one).
    """
    surface = written or raw  # loaders give names with whitespace removed; the list item as written
    # a national system's body by its short name first (round 41): 国家税务总局赣州市税务局 is 赣州市税务局, then
    # the plan's own 市税务局
    short, name = system_short_form(surface), surface
    if own.spelled and (spelled := _spelled_out(short, own.spelled)) != short:
        short = name = spelled  # 区工业和信息化局 in a joint plan of 青川县 and 白沙区: 白沙区工业和信息化局 (round 81)
    local = local_name(short, place) if place is not None else short
    if local != short and not (own.unsure and local.startswith(tuple(own.unsure))):
        # 江临市财政局 in 江临市's plan: 市财政局
        uid = _add_unit(G, local, aliases, units, None, None, levels, None, own)
        if uid and surface not in G.nodes[uid]["aliases"]:
            G.nodes[uid]["aliases"].append(surface)
        return uid
    if others is not None and (other := others.name_of(short)) is not None:
        return _unit_node(G, other, surface, aliases, None)  # the name it shows: no level word left to qualify
    uid = units.get(surface)
    if uid is None:
        uid = units[surface] = _unit_node(G, name, surface, aliases, levels, own, placed=place is not None)
    return uid


def _spelled_out(name: str, spelled: tuple[tuple[str, str], ...]) -> str:
    """``name`` with its level word replaced by the place ``spelled`` gives it (``_Own.spelled``), else itself.

    >>> _spelled_out("区工业和信息化局", (("区", "白沙区"),)), _spelled_out("县公交公司", (("区", "白沙区"),))
    ('白沙区工业和信息化局', '县公交公司')
    """
    for word, place in spelled:
        if (named := qualified_name(name, {word: place})) != name:
            return named
    return name


def _unit_node(
    G: GraphData,
    name: str,
    written: str,
    aliases: AliasTable,
    levels: dict[str, str] | None,
    own: _Own = _NO_OWN,
    *,
    placed: bool = False,
) -> str:
    """The id of the unit ``name`` resolves to (its level word qualified by ``levels``, round 41; a bare name by
    ``own``'s level, round 79: ``own_bodies.own_body_name``; in the plan of a place, ``placed``, a short form of the
    state's body as the place's own: ``AliasTable.resolve_in_place``): its node made
    with ``written`` for alias, or ``written`` added to its aliases; ``""`` when nothing of ``name`` is left once
    cleaned (no unit: a node of no name would stop every later step that reads a unit's name)."""
    res = aliases.resolve_in_place(name) if placed else aliases.resolve(name)
    canonical = res.canonical
    if not canonical:
        return ""
    if (
        own.levels
        and reads_as_own(canonical, res.category)
        and (meant := own_body_name(canonical, own.levels, own.shared, own.mixed, own.stems)) != canonical
    ):
        res = aliases.resolve(meant)  # 房管局 in a district's plan beside others: its 区房管局 (round 79)
        canonical = res.canonical
    elif own.body and res.category == "department" and (meant := division_name(canonical, own.body)) != canonical:
        res = aliases.resolve(meant)  # 人事处 in a 厅's plan beside a 局's: the 厅's (round 80)
        canonical = res.canonical
    if levels and res.category != "collective":  # two counties' 县财政局: 南城县财政局, 黎川县财政局 (round 41)
        canonical = qualified_name(canonical, levels)
    uid = unit_id(canonical)
    if uid not in G:
        G.add_node(uid, kind="Unit", name=canonical, aliases=[written], category=res.category)
        district = district_prefix(canonical)
        if district and res.category != "collective":
            G.add_node(district_id(district), kind="District", name=district)
            G.add_edge(uid, district_id(district), rel="LOCATED_IN")
    elif written not in G.nodes[uid]["aliases"]:
        G.nodes[uid]["aliases"].append(written)
    return uid


def _add_workplan(
    G: GraphData,
    doc: Document,
    did: str,
    wp: Workplan,
    aliases: AliasTable,
    units: dict[str, str],
    place: str | None = None,
    clipped: dict[str, str] | None = None,
    levels: dict[str, str] | None = None,
    others: _OtherPlaces | None = None,
    own: _Own = _NO_OWN,
) -> None:
    """Add ``wp`` of ``doc`` (whose id is ``did``: one string for every node of the document that names it);
    ``place``: the place it is a plan of (``plan_place.own_place``); ``clipped``: its clipped names (市发改) → the
    name each clips (``_clipped_names``); ``own``: the level words its bare names read as (``_add_unit``)."""
    wid = workplan_id(doc, wp.number)
    G.add_node(
        wid,
        kind="Workplan",
        number=wp.number,
        title=wp.title,
        variant=wp.variant,
        scope=wp.scope,
        line_start=wp.line_start,
        line_end=wp.line_end,
        reform=wp.reform_number,
        document=did,
    )
    G.add_edge(wid, reform_id(doc, wp.reform_number), rel="PART_OF")
    for m in wp.measures:
        mid = measure_id(doc, wp.number, m.seq)
        G.add_node(
            mid,
            kind="Measure",
            workplan=wp.number,
            seq=m.seq,
            text=m.text,
            deadline_raw=m.deadline.raw,
            deadline=m.deadline.date,
            status=m.deadline.status,
            line=m.line,
            document=did,
        )
        G.add_edge(mid, wid, rel="PART_OF")
        seen: set[tuple[str, str]] = set()
        for rel, mentions in (("LEADS", m.leads), ("SUPPORTS", m.supports)):
            for u in mentions:
                if u.implied:
                    continue  # the collective closing an open list (A等有关部门) names no unit
                if clipped and u.raw in clipped:  # 市发改: the unit of the 市发展改革委 the plan names
                    uid = _add_unit(G, clipped[u.raw], aliases, units, None, place, levels, others, own)
                    if uid and u.raw not in G.nodes[uid]["aliases"]:
                        G.nodes[uid]["aliases"].append(u.raw)
                else:
                    uid = _add_unit(G, u.raw, aliases, units, u.written, place, levels, others, own)
                if not uid:
                    continue  # punctuation alone names no unit
                if (uid, "LEADS") in seen or (uid, rel) in seen:
                    continue  # the same unit named twice (two spellings) in one measure
                seen.add((uid, rel))
                G.add_edge(uid, mid, rel=rel, raw=u.written or u.raw, line=u.line)
    seen_resp: set[str] = set()
    for r in wp.responsible:
        uid = _add_unit(G, r.raw, aliases, units, None, place, levels, others, own)
        if not uid or uid in seen_resp:
            continue
        seen_resp.add(uid)
        G.add_edge(uid, wid, rel="RESPONSIBLE_FOR", role=r.role, raw=r.raw, line=r.line)
    for c in wp.contacts:
        pid = person_id(c.name)
        G.add_node(pid, kind="Person", name=c.name)
        task = {} if c.measure is None else {"measure": measure_id(doc, wp.number, c.measure)}  # a person a task names
        G.add_edge(pid, wid, rel="CONTACT_FOR", role=c.role, phones=list(c.phones), line=c.line, **task)
        if c.unit_raw:
            uid = _add_unit(G, c.unit_raw, aliases, units, None, place, levels, others, own)
            if uid and not G.has_edge(pid, uid):
                G.add_edge(pid, uid, rel="MEMBER_OF")
    for name in wp.districts:
        G.add_node(district_id(name), kind="District", name=name)
        G.add_edge(wid, district_id(name), rel="APPLIES_TO")
    cited: set[str] = set()
    for cite in wp.citations:
        lid = law_id(cite.title)
        G.add_node(lid, kind="Law", title=cite.title, category=cite.category)
        if lid not in cited:
            cited.add(lid)
            G.add_edge(wid, lid, rel="CITES", line=cite.line)

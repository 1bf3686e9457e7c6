"""Metrics from ``graph.metrics``, cached per graph for the explorer.

Every function takes the graph's cache ``token`` (``LoadedGraph.token``: it
changes whenever the graph does) and the graph itself as ``_G`` (underscore:
Streamlit does not hash it).

Results are held once per process (``st.cache_resource``) and handed to
every page and session as they are, so they are read-only: frozen records in
tuples, dicts behind ``types.MappingProxyType`` (:func:`frozen`). ``st.cache_data``
would hand each caller its own copy by unpickling the result again on every
rerun of every session: on a 100-document graph (a hub unit's 19,900
measures, 135,900 overdue measure roles) that was most of a second a rerun,
and copies that left the server's memory fragmented. The coordination graph
and the drawn pictures (a view and its page, a 0.7 MB string with vis-network
inlined) are held the same way. Only small results (counts, one workplan,
one chain) still go through ``st.cache_data``.

>>> rows = frozen([{"a": 1}])
>>> rows[0]["a"], isinstance(rows, tuple)
(1, True)
>>> rows[0]["a"] = 2
Traceback (most recent call last):
TypeError: 'mappingproxy' object does not support item assignment
"""

from __future__ import annotations

import functools
import inspect
import itertools
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from types import MappingProxyType
from typing import Any

import networkx as nx
import streamlit as st

from reformgraph import diff_view, metrics, view_model, view_nodes, views
from reformgraph.errors import NoChainError
from reformgraph.explorer import tables
from reformgraph.metrics.igraphs import IGRAPH_MIN_NODES
from reformgraph.regexcache import compiled
from reformgraph.render.html import render_html
from reformgraph.render.layout import screen_canvas
from reformgraph.stamp import export_day
from reformgraph.view_nodes import document_name, many_documents

_FOOTER_TEXT_PX = 760  # its width on a 1280 px laptop, less the padding
_WIDE = compiled("[\u2e80-\U0003ffff]")


def footer_lines(footer: str | None) -> int:
    """How many lines the picture's ``footer`` (source, date, privacy note: ``graph.render.html.page_footer``)
    takes on a laptop (12 px: 12 px a CJK character, 7 px any other). The frame itself follows what the page
    holds (``ui.picture``); this says how much of a laptop's screen a footer takes (ten lines at most).

    >>> footer_lines("来源：国务院办公厅关于印发的通知 · 导出：2026-12-03"), footer_lines("国务院办公厅关于印发的通知" * 30)
    (1, 7)
    """
    text = footer or ""
    wide = len(_WIDE.findall(text))
    px = 12 * wide + 7 * (len(text) - wide)
    return -(-px // _FOOTER_TEXT_PX)


def keyed(cache: Callable[[Callable], Callable]) -> Callable[[Callable], Callable]:
    """``cache`` (``st.cache_resource(...)`` or ``st.cache_data(...)``) over a function, always called with
    every argument by position and its defaults filled in.

    Streamlit keys a cached value by the arguments as they were passed, so ``betweenness(token, G)``
    and ``betweenness(token, G, False)`` were two computations (and two copies) of one figure: on a
    100-document corpus, seconds of betweenness done twice.

    >>> made = []
    >>> @keyed(functools.lru_cache)
    ... def area(width, height=1):
    ...     made.append((width, height))
    ...     return width * height
    >>> area(3), area(3, 1), area(height=1, width=3), made
    (3, 3, 3, [(3, 1)])
    """

    def decorate(func: Callable) -> Callable:
        cached = cache(func)
        signature = inspect.signature(func)

        @functools.wraps(func)
        def call(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            return cached(*bound.args)

        call.clear = getattr(cached, "clear", None)  # type: ignore[attr-defined]  (Streamlit's, to empty it)
        return call

    return decorate


def elsewhere(func: Callable[..., Any], *args: Any) -> Any:
    """``func(*args)`` computed in a separate process (``explorer.worker``), or here when none can be started.

    python-igraph holds the interpreter lock while it computes: exact betweenness of a 3,396-unit
    coordination graph stopped every session of the server for seconds. A child process takes the
    second core instead (and there ``coordination_betweenness`` may fork again for half of its sources),
    while this thread waits without the lock. ``func`` and ``args`` must pickle; an error ``func``
    raises is raised here; a child that dies (killed, out of memory) leaves the work to this process.

    >>> import os
    >>> elsewhere(os.getpid) != os.getpid()
    True
    """
    import pickle
    import subprocess
    import sys

    payload = pickle.dumps((func, args), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reformgraph.explorer.worker"], input=payload, capture_output=True, check=False
        )
    except OSError:  # no process to be had (limits, a sandbox)
        return func(*args)
    if done.returncode != 0 or not done.stdout:
        return func(*args)
    status, value = pickle.loads(done.stdout)
    if status == "error":
        raise value
    return value


def frozen(value: Any) -> Any:
    """``value`` made read-only for sharing: a dict behind a ``MappingProxyType`` and a list or tuple as a
    tuple, their dicts and lists frozen the same way (a row's cells cannot be changed); anything else as
    it is (records are frozen dataclasses already). A dict is wrapped, not copied: give it results nobody
    else holds (a fresh computation's), as the cached functions here do.
    """
    if isinstance(value, dict):
        if any(map(isinstance, value.values(), itertools.repeat(_NESTED))):
            value = {k: frozen(v) if isinstance(v, _NESTED) else v for k, v in value.items()}
        return MappingProxyType(value)
    if isinstance(value, (list, tuple)):
        if value and set(map(type, value)) == {dict}:  # rows: their cells' types in one pass (67,200 rows: 30 ms)
            if set(map(type, itertools.chain.from_iterable(map(dict.values, value)))).isdisjoint(_NESTED):
                return tuple(map(MappingProxyType, value))
        return tuple(frozen(v) if isinstance(v, _NESTED) else v for v in value)
    return value


_NESTED = (dict, list)


def _warm_up() -> None:
    """Pay, once per process and off the pages' threads, what the first network picture and notice cost.

    Asking fontconfig for a CJK font (the download buttons), networkx compiling the dispatch
    wrappers of the layout's functions, and Streamlit building its emoji
    table on the first ``st.info``: more than half a second that the unit
    page's first visit would otherwise wait for. Best effort: a page that
    gets there first simply does the same work.
    """
    try:
        import streamlit.emojis  # noqa: F401  (read by st.info / st.warning to find a leading icon)

        from reformgraph.explorer.exports import cjk_font_problem

        cjk_font_problem()  # fc-list, for the download buttons under every picture

        G = metrics.graph_from_measures([("1", "甲局", "乙局、丙局"), ("2", "乙局", "丁局")])
        render_html(views.unit_partners_view(G, "unit:甲局"), exported="")
        render_html(views.unit_neighbourhood(G, "unit:甲局", 2, sizes=metrics.betweenness(G)), exported="")
        metrics.communities(G)  # Louvain's dispatch wrapper (the unit page's profile names the community)
    except Exception:  # noqa: BLE001 - never let a warm-up failure reach a page
        pass


threading.Thread(target=_warm_up, name="reformgraph-warm-up", daemon=True).start()

_prefetched: set[str] = set()
_prefetched_lock = threading.Lock()
#: How long a thread may keep the interpreter once another asks for it (Python's default: 5 ms), from the
#: moment a graph of ``SHORT_SWITCH_MIN_NODES`` nodes or more starts its background figures. While the thread
#: computes them (seconds), a session's rerun hands the interpreter back and forth with it hundreds of times:
#: the overview's rerun on the 3,396-unit synthetic corpus took 315-323 ms at 5 ms, 52-59 ms at 0.5 ms
#: (``benchmarks/bench_explorer.py --big 100``; the other pages' reruns did not change). On the bundled
#: document (1,345 nodes, its figures ready in a tenth of a second) the short switches made the unit page's
#: first visit 75-81 -> 108-115 ms, so a small graph keeps Python's default.
SWITCH_INTERVAL = 0.0005
SHORT_SWITCH_MIN_NODES = 20_000  # about twenty plans


def prefetch(token: str, G: nx.MultiDiGraph) -> None:
    """Compute the graph-wide figures of the unit and 瓶颈 pages in the background, once per graph.

    Betweenness of a 3,396-unit coordination graph (a 100-document corpus) takes seconds, and the
    unit page's first visit waited for it. Started when a page has been drawn (the overview first,
    which a person reads for a while), a daemon thread fills the same caches the pages read; a page
    that asks for a figure still being computed waits for it (Streamlit computes each cached value
    once) instead of computing it again. Failures are left to the page that asks, which reports them.
    On a big graph the interpreter then switches threads every :data:`SWITCH_INTERVAL` at most, so that a
    click in those seconds is not kept waiting by the thread's pure-Python work.
    """
    with _prefetched_lock:
        if token in _prefetched:
            return
        _prefetched.add(token)
    if G.number_of_nodes() >= SHORT_SWITCH_MIN_NODES:  # seconds of background work: a click waits little for it
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
    threading.Thread(target=_prefetch, args=(token, G), name="reformgraph-prefetch", daemon=True).start()


def _prefetch(token: str, G: nx.MultiDiGraph) -> None:
    try:
        unit_loads(token, G, True)  # the roles with and without collective units on the way
        community_of(token, G)  # the coordination graph and Louvain
        bottleneck_rows(token, G)  # betweenness, articulation points, dependents
    except Exception:  # noqa: BLE001 - the page that needs a figure computes it and reports its error
        pass


def page_html(view: view_model.View) -> str:
    """The view as the page shows it: placed on :func:`graph.render.layout.screen_canvas` (no wider than a
    laptop's page, so no label runs off the frame at 1280 px), drawn by ``graph.render.html``."""
    return render_html(view, exported=export_day().isoformat(), canvas=screen_canvas(view))


@keyed(st.cache_resource(show_spinner=False, max_entries=16))
def roles(token: str, _G: nx.MultiDiGraph, include_collective: bool = False) -> dict[str, metrics.MeasureRoles]:
    """``metrics.measure_roles``, shared and read-only: the scan the loads, rankings, coordination graph
    and deadline figures start from, made once per graph instead of once for each of them. Without the
    collective units they are the roles with them, those units left out (as ``metrics.unit_profile``
    makes them): one scan of the graph's edges for both."""
    if include_collective:
        return metrics.measure_roles(_G, include_collective=True)
    return metrics.keep_units(roles(token, _G, True), lambda u: not metrics.is_collective(_G, u))


@keyed(st.cache_resource(show_spinner=False, max_entries=32))
def unit_loads(token: str, _G: nx.MultiDiGraph, include_collective: bool = False) -> Mapping[str, metrics.UnitLoad]:
    """``metrics.unit_load`` (lead, support, weighted load, partners …) per unit id."""
    return frozen(
        metrics.unit_load(_G, include_collective=include_collective, roles=roles(token, _G, include_collective))
    )


@keyed(st.cache_resource(show_spinner=False, max_entries=32))
def ranking(
    token: str, _G: nx.MultiDiGraph, by: str, n: int | None = 20, include_collective: bool = False
) -> Sequence[metrics.RankedUnit]:
    """``metrics.top_units``."""
    return frozen(
        metrics.top_units(
            _G, by=by, n=n, include_collective=include_collective, roles=roles(token, _G, include_collective)
        )
    )


@keyed(st.cache_resource(show_spinner=False, max_entries=16))
def coordination(token: str, _G: nx.MultiDiGraph, include_collective: bool = False) -> nx.Graph:
    """The unit–unit coordination graph (shared, read-only)."""
    return metrics.coordination_graph(
        _G, include_collective=include_collective, roles=roles(token, _G, include_collective)
    )


@keyed(st.cache_resource(show_spinner=False, max_entries=16))
def bottleneck_rows(token: str, _G: nx.MultiDiGraph, include_collective: bool = False) -> Sequence[metrics.Bottleneck]:
    """``metrics.bottlenecks``: betweenness, articulation points, dependents per unit, from the cached
    coordination graph, roles and betweenness (which the unit page computes too)."""
    return frozen(
        metrics.bottlenecks_of(
            coordination(token, _G, include_collective),
            roles(token, _G, include_collective),
            computed_betweenness=betweenness(token, _G, include_collective),
        )
    )


@keyed(st.cache_resource(show_spinner=False, max_entries=16))
def betweenness(token: str, _G: nx.MultiDiGraph, include_collective: bool = False) -> Mapping[str, float]:
    """Unit id → betweenness (``metrics.coordination_betweenness`` of the cached coordination graph: the
    numbers of ``metrics.bottlenecks``, without its articulation points and dependents, which the
    unit page does not show)."""
    C = coordination(token, _G, include_collective)
    if C.number_of_nodes() >= IGRAPH_MIN_NODES:  # seconds of work: not in the server's process
        return frozen(elsewhere(metrics.coordination_betweenness, C))
    return frozen(metrics.coordination_betweenness(C))


@keyed(st.cache_resource(show_spinner=False, max_entries=16))
def partition(token: str, _G: nx.MultiDiGraph, include_collective: bool = False) -> metrics.CommunityPartition:
    """``metrics.communities`` (Louvain, fixed seed) of the cached coordination graph."""
    return metrics.communities_of(coordination(token, _G, include_collective))


@keyed(st.cache_resource(show_spinner=False, max_entries=16))
def community_of(token: str, _G: nx.MultiDiGraph, include_collective: bool = False) -> Mapping[str, int]:
    """Unit id → community index (1 = largest)."""
    return frozen({u: c.index for c in partition(token, _G, include_collective).communities for u in c.members})


@keyed(st.cache_resource(show_spinner=False, max_entries=256))
def partners(token: str, _G: nx.MultiDiGraph, unit: str) -> Sequence[metrics.Partner]:
    """``metrics.unit_partners`` for one unit: :func:`every_partner` without the collective ones (the same units in
    the same order: their counts do not depend on the collective ones)."""
    return tuple(p for p in every_partner(token, _G, unit) if p.category != "collective")


@keyed(st.cache_resource(show_spinner=False, max_entries=256))
def every_partner(token: str, _G: nx.MultiDiGraph, unit: str) -> Sequence[metrics.Partner]:
    """``metrics.unit_partners`` for one unit, collective units included: what its picture draws and names, and
    :func:`partners`, from one pass over the unit's measures (19,900 for the busiest unit of 100 plans)."""
    return frozen(metrics.unit_partners(_G, unit, include_collective=True))


@keyed(st.cache_resource(show_spinner=False, max_entries=256))
def measure_rows(token: str, _G: nx.MultiDiGraph, unit: str) -> Sequence[Mapping[str, Any]]:
    """``tables.unit_measure_rows`` for one unit."""
    return frozen(tables.unit_measure_rows(_G, unit))


@keyed(st.cache_resource(show_spinner=False, max_entries=8))
def unit_choices(token: str, _G: nx.MultiDiGraph) -> Sequence[tuple[str, str]]:
    """``tables.unit_options``: (id, label with other spellings), busiest first."""
    return frozen(tables.unit_options(_G))


@keyed(st.cache_resource(show_spinner=False, max_entries=4))
def comparison(old_token: str, _old: nx.MultiDiGraph, token: str, _G: nx.MultiDiGraph) -> diff_view.Comparison:
    """``diff_view.compare`` of an earlier version and the graph (the measures matched once per pair)."""
    return _frozen_comparison(diff_view.compare(_old, _G))


@keyed(st.cache_resource(show_spinner=False, max_entries=64))
def unit_comparison(
    old_token: str, _old: nx.MultiDiGraph, token: str, _G: nx.MultiDiGraph, unit: str
) -> diff_view.Comparison:
    """``diff_view.for_unit``: the cached :func:`comparison`'s rows about one unit."""
    return _frozen_comparison(diff_view.for_unit(comparison(old_token, _old, token, _G), _old, _G, unit))


def _frozen_comparison(c: diff_view.Comparison) -> diff_view.Comparison:
    return replace(c, counts=frozen(dict(c.counts)), tables=frozen(dict(c.tables)))


@keyed(st.cache_data(show_spinner=False, max_entries=64))
def chain(token: str, _G: nx.MultiDiGraph, source: str, target: str) -> tuple[metrics.Chain | None, str | None]:
    """``metrics.shortest_chain`` as ``(chain, None)``, or ``(None, message)`` when there is none."""
    try:
        return metrics.shortest_chain(_G, source, target), None
    except NoChainError as exc:
        return None, str(exc)


@keyed(st.cache_resource(show_spinner=False, max_entries=8))
def plan_tags(token: str, _G: nx.MultiDiGraph) -> Mapping[str, str]:
    """A file's name → its plan's short title (``view_nodes.plan_tags``), for the 文件 column of a graph of
    several documents; empty for one document (its tables have no such column)."""
    if not many_documents(_G):
        return MappingProxyType({})
    return MappingProxyType({document_name(d): tag for d, tag in view_nodes.plan_tags(_G).items()})


@keyed(st.cache_resource(show_spinner=False, max_entries=8))
def monthly(token: str, _G: nx.MultiDiGraph) -> Sequence[metrics.MonthLoad]:
    """``metrics.monthly_load`` for every unit."""
    return frozen(metrics.monthly_from_roles(_G, roles(token, _G)))


@keyed(st.cache_resource(show_spinner=False, max_entries=8))
def peaks(token: str, _G: nx.MultiDiGraph) -> Mapping[str, tuple[str, int]]:
    """``metrics.peak_months``, from the cached ``monthly`` rows."""
    return frozen(metrics.peaks_of(monthly(token, _G)))


@keyed(st.cache_resource(show_spinner=False, max_entries=32))
def overdue(token: str, _G: nx.MultiDiGraph, as_of: date, unit: str | None = None) -> Sequence[metrics.DueMeasure]:
    """``metrics.overdue`` as of a date."""
    return frozen(metrics.overdue(_G, as_of, unit=unit, roles=roles(token, _G)))


@keyed(st.cache_resource(show_spinner=False, max_entries=32))
def due_soon(
    token: str, _G: nx.MultiDiGraph, as_of: date, months: int, unit: str | None = None
) -> Sequence[metrics.DueMeasure]:
    """``metrics.due_within`` as of a date."""
    return frozen(metrics.due_within(_G, as_of, months, unit=unit, roles=roles(token, _G)))


@keyed(st.cache_data(show_spinner=False, max_entries=8))
def counts(token: str, _G: nx.MultiDiGraph) -> dict[str, int]:
    """``tables.graph_counts``."""
    return tables.graph_counts(_G)


@keyed(st.cache_data(show_spinner=False, max_entries=8))
def statuses(token: str, _G: nx.MultiDiGraph) -> list[dict]:
    """``tables.status_counts``."""
    return tables.status_counts(_G)


@keyed(st.cache_resource(show_spinner=False, max_entries=8))
def reforms(token: str, _G: nx.MultiDiGraph, query: str = "") -> Sequence[Mapping[str, Any]]:
    """``tables.reform_rows``."""
    return frozen(tables.reform_rows(_G, query))


@keyed(st.cache_data(show_spinner=False, max_entries=64))
def workplan(token: str, _G: nx.MultiDiGraph, wp: str, include_contacts: bool = False) -> dict:
    """``tables.workplan_detail``."""
    return tables.workplan_detail(_G, wp, include_contacts=include_contacts)


@keyed(st.cache_resource(show_spinner=False, max_entries=16))
def unit_view(
    token: str,
    _G: nx.MultiDiGraph,
    unit: str,
    depth: int,
    kinds: tuple[str, ...],
    rels: tuple[str, ...],
    size_by: str,
    colour_by: str,
    lang: str,
) -> tuple[view_model.View, str, Sequence[Mapping[str, Any]]]:
    """A unit's picture (``graph.views``), its offline HTML and the source of every edge drawn in it
    (``tables.view_edge_table``: made when read), shared and read-only.

    ``depth`` 0: the unit and its partner units (the default picture); 1–3: its neighbourhood.
    ``size_by``: ``degree`` (connections in the view), ``load`` (weighted load) or ``betweenness``;
    ``colour_by``: ``kind`` or ``community``. Texts in the picture are in ``lang`` only.
    """
    from reformgraph.explorer.i18n import text

    groups = None
    if colour_by == "community":
        groups = {u: f"{text('col.community', lang)} {i}" for u, i in community_of(token, _G).items()}
    if depth == 0:
        view = views.unit_partners_view(
            _G,
            unit,
            groups=groups,
            group_label=text("col.community", lang) if groups else None,
            lang=lang,
            partners=every_partner(token, _G, unit) if unit in _G else None,  # the page lists them: found once
        )
    else:
        sizes = None
        if size_by == "load":
            sizes = {u: r.weighted for u, r in unit_loads(token, _G, True).items()}
        elif size_by == "betweenness":
            sizes = betweenness(token, _G)
        size_label = text(f"unit.size.{size_by}", lang) if size_by != "degree" else None
        view = views.unit_neighbourhood(
            _G,
            unit,
            depth,
            kinds,
            rels,
            sizes=sizes,
            size_label=size_label,
            groups=groups,
            group_label=text("col.community", lang) if groups else None,
            lang=lang,
        )
    return view, page_html(view), tables.view_edge_table(_G, view)  # rows made when read (read-only)


@keyed(st.cache_resource(show_spinner=False, max_entries=256))
def shared_rows(token: str, _G: nx.MultiDiGraph, unit: str, partner: str) -> Sequence[Mapping[str, Any]]:
    """The measures ``unit`` and ``partner`` both take part in, with both roles and the source line."""
    return frozen(tables.shared_measure_rows(_G, unit, partner))


@keyed(st.cache_resource(show_spinner=False, max_entries=8))
def chain_view(
    token: str, _G: nx.MultiDiGraph, source: str, target: str, lang: str = "zh"
) -> tuple[view_model.View, str] | None:
    """The shortest chain's view and HTML (None when there is no chain; shared, read-only)."""
    found, _ = chain(token, _G, source, target)
    if found is None:
        return None
    view = views.chain_view(_G, found, lang=lang)
    return view, page_html(view)


@keyed(st.cache_resource(show_spinner=False, max_entries=8))
def bottleneck_view(
    token: str, _G: nx.MultiDiGraph, top: int, colour_by: str, lang: str
) -> tuple[view_model.View, str]:
    """The coordination network's top units by betweenness, sized by it, and its HTML (shared, read-only)."""
    from reformgraph.explorer.i18n import text

    groups = None
    if colour_by == "community":
        groups = {u: f"{text('col.community', lang)} {i}" for u, i in community_of(token, _G).items()}
    view = views.bottleneck_view(
        _G,
        coordination(token, _G),
        betweenness(token, _G),
        top=top,
        groups=groups,
        group_label=text("col.community", lang) if groups else None,
        metric_label=text("unit.size.betweenness", lang),
        articulation=[b.unit for b in bottleneck_rows(token, _G) if b.articulation],
        lang=lang,
    )
    # The page lists the ranking as named bars right below the picture (downloads keep it on the slide).
    return view, page_html(replace(view, ranking=()))

"""督办 in the explorer: lights cached per graph, their labels and rows, and the unit page's section.

The 督办 page (screens/supervision.py) and the unit page share these. The rule itself
is ``reformgraph.lights`` (docs/progress.md); the controls (as-of day, the two numbers of
the rule) live in the session, so both pages judge on the same day.

>>> from reformgraph.lights import MeasureLight
>>> ml = MeasureLight("m", "red", "overdue", ("unit:A",), ("A",), "1", 2, "开展调研。", "2022-05-31",
...                   "2022年5月", "in_progress", "已开会", "2022-05-01")
>>> row = measure_row(ml, "zh")
>>> row["light"], row["reason"], row["status"], row["measure"]
('红', '已过截止日期', '推进中', '1-2')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import networkx as nx
import streamlit as st

from reformgraph.contract import PROGRESS_ATTRIBUTES
from reformgraph.explorer import cached
from reformgraph.explorer.i18n import text
from reformgraph.explorer.tables import default_as_of
from reformgraph.lights import (
    LIGHTS,
    STALE_DAYS,
    WARN_DAYS,
    LightRule,
    MeasureLight,
    UnitLights,
    measure_lights,
    unit_lights,
    worst_first,
)
from reformgraph.view_nodes import document_name, many_documents

#: The fills of the ledger's 亮灯 column, so the page and the workbook look alike.
LIGHT_COLOURS = {"red": "#F8696B", "yellow": "#FFD966", "green": "#63BE7B"}
AS_OF_KEY, WARN_KEY, STALE_KEY = "sv_as_of", "sv_warn_days", "sv_stale_days"


def light_label(light: str, lang: str) -> str:
    """红 / 黄 / 绿 (Red / Yellow / Green)."""
    return text(f"light.{light}", lang)


def progress_label(status: str | None, lang: str) -> str:
    """A reported status (未启动 … 长期推进), or 未填报 when the ledger said nothing."""
    return text(f"progress.{status or 'none'}", lang)


def measure_row(ml: MeasureLight, lang: str) -> dict[str, Any]:
    """One measure's light as a table row (labels in ``lang``)."""
    return {
        "light": light_label(ml.light, lang),
        "reason": text(f"reason.{ml.reason}", lang),
        "measure": f"{ml.workplan}-{ml.seq}",
        "lead": "、".join(ml.lead_names),
        "due": ml.due or ml.deadline_raw or "",
        "status": progress_label(ml.progress_status, lang),
        "updated": ml.progress_updated or "",
        "progress": ml.progress_text or "",
        "text": ml.text,
        "document": document_name(ml.document),
    }


def measure_columns(
    lang: str, *, with_lead: bool = False, with_document: bool = False, with_reports: bool = True
) -> dict[str, str]:
    """Headers of :func:`measure_row`'s keys, in the order a reader asks: which light, which measure,
    what it says, by when, what the unit reported, why. The lead unit only ``with_lead``: both pages
    show the measures of one unit, picked above the table (a ninth column left the text 94 px). The
    document only ``with_document`` (a graph of several documents, where two measures may share a number).
    What a unit reported (进展情况, 更新日期) only ``with_reports``: two empty columns beside 填报状态's
    未填报 took the width the measure's text needs.

    >>> list(measure_columns("zh", with_document=True))[:3]
    ['light', 'document', 'measure']
    """
    keys = {
        "light": "col.light",
        "document": "col.document",
        "measure": "col.seq",
        "text": "col.source",
        "due": "col.deadline",
        "status": "col.progress_status",
        "progress": "col.progress",
        "updated": "col.updated",
        "reason": "col.reason",
        "lead": "col.lead_unit",
    }
    if not with_lead:
        keys.pop("lead")
    if not with_document:
        keys.pop("document")
    if not with_reports:
        keys.pop("progress")
        keys.pop("updated")
    return {k: text(v, lang) for k, v in keys.items()}


@st.cache_data(show_spinner=False, max_entries=8)
def has_progress(token: str, _G: nx.MultiDiGraph) -> int:
    """How many measures carry reported progress (counted once per graph: a scan of every node)."""
    return sum(
        1 for _, d in _G.nodes(data=True) if d.get("kind") == "Measure" and any(d.get(a) for a in PROGRESS_ATTRIBUTES)
    )


# The lights are held once per process and shared read-only (a tuple of frozen records), as the metrics in
# ``explorer.cached`` are: unpickling a 100-document graph's 63,000 lights on every rerun took most of a second.
@st.cache_resource(show_spinner=False, max_entries=32)
def lights(token: str, _G: nx.MultiDiGraph, as_of: date, warn_days: int, stale_days: int) -> tuple[MeasureLight, ...]:
    """``measure_lights`` of the graph (collective leads left out of the unit counts)."""
    counted = cached.roles(token, _G, False)
    return tuple(measure_lights(_G, as_of, LightRule(warn_days, stale_days), include_collective=False, roles=counted))


@st.cache_resource(show_spinner=False, max_entries=32)
def lights_by_unit(
    token: str, _G: nx.MultiDiGraph, as_of: date, warn_days: int, stale_days: int
) -> tuple[UnitLights, ...]:
    """``unit_lights`` of ``lights`` (lead units ranked by red, then yellow), shared read-only."""
    return tuple(unit_lights(lights(token, _G, as_of, warn_days, stale_days)))


def lights_as_of(G: nx.MultiDiGraph, today: date | None = None) -> date:
    """The first day the lights are judged on: the newest 更新日期 of the imported ledgers (the day
    the reports describe; never after today), else the 时限 page's first as-of date.

    Judging on the plan's date of issue, ledgers filled in months later showed updates "from the
    future" and every measure of a 2022 plan red by deadline alone.

    >>> from reformgraph.explorer.tables import tiny_graph
    >>> G = tiny_graph()
    >>> G.nodes["measure:demo:1:1"]["progress_updated"] = "2022-10-20"
    >>> lights_as_of(G, today=date(2026, 1, 1)), lights_as_of(G, today=date(2022, 6, 30))
    (datetime.date(2022, 10, 20), datetime.date(2022, 6, 30))
    """
    today = today or date.today()
    updates = []
    for _, d in G.nodes(data=True):
        if d.get("kind") == "Measure" and d.get("progress_updated"):
            try:
                updates.append(date.fromisoformat(str(d["progress_updated"])[:10]))
            except ValueError:
                continue
    if updates:
        return min(max(updates), today)
    months = [d["deadline"][:7] for _, d in G.nodes(data=True) if d.get("kind") == "Measure" and d.get("deadline")]
    return default_as_of(G, months, today=today)


@st.cache_data(show_spinner=False, max_entries=8)
def ledger_bytes(token: str, _G: nx.MultiDiGraph, today: date) -> bytes:
    """The 台账 workbook of the graph (one sheet per lead unit, progress pre-filled), as
    ``reformgraph ledger export --by-unit`` writes it."""
    import io

    from reformgraph.progress import ledger_entries
    from reformgraph.render.ledger import write_ledger

    titles = [d.get("title") for _, d in _G.nodes(data=True) if d.get("kind") == "Document"]
    title = titles[0] if len(titles) == 1 and titles[0] else ""  # as the command names it
    buf = io.BytesIO()
    write_ledger(buf, ledger_entries(_G), by_unit=True, title=title, exported=today)
    return buf.getvalue()


def init_controls(G: nx.MultiDiGraph) -> None:
    """Session defaults for the as-of day and the rule's numbers (shared by both pages)."""
    if AS_OF_KEY not in st.session_state:
        st.session_state[AS_OF_KEY] = lights_as_of(G)
    st.session_state.setdefault(WARN_KEY, WARN_DAYS)
    st.session_state.setdefault(STALE_KEY, STALE_DAYS)


@st.cache_resource(show_spinner=False, max_entries=64)
def led_lights(
    token: str, _G: nx.MultiDiGraph, unit: str, as_of: date, warn_days: int, stale_days: int
) -> tuple[MeasureLight, ...]:
    """The lights of the measures ``unit`` leads: ``lights`` kept where it leads, read from its own measures."""
    return tuple(measure_lights(_G, as_of, LightRule(warn_days, stale_days), include_collective=False, lead=unit))


def _session_rule(G: nx.MultiDiGraph) -> tuple[date, int, int]:
    """The session's as-of day, warning days and stale days (defaults set on first use)."""
    init_controls(G)
    return st.session_state[AS_OF_KEY], int(st.session_state[WARN_KEY]), int(st.session_state[STALE_KEY])


def current_lights(token: str, G: nx.MultiDiGraph) -> tuple[date, tuple[MeasureLight, ...], tuple[UnitLights, ...]]:
    """The as-of day in the session, every measure's light on it, and the lead units' counts."""
    as_of, warn_days, stale_days = _session_rule(G)
    return as_of, lights(token, G, as_of, warn_days, stale_days), lights_by_unit(token, G, as_of, warn_days, stale_days)


def unit_section(token: str, G: nx.MultiDiGraph, unit: str, lang: str) -> None:
    """The unit page's 督办 section: its red / yellow / green counts and its red and yellow measures."""
    as_of, warn_days, stale_days = _session_rule(G)
    mine = led_lights(token, G, unit, as_of, warn_days, stale_days)
    st.subheader(text("unit.lights", lang))
    st.caption(text("unit.lights_caption", lang, date=as_of.isoformat()))
    if not mine:
        st.info(text("unit.no_lights", lang))
        return
    counts = next((u for u in unit_lights(mine) if u.unit == unit), None)
    cols = st.columns(3)
    for col, light in zip(cols, LIGHTS):
        col.metric(light_label(light, lang), getattr(counts, light) if counts else 0)
    behind = worst_first(ml for ml in mine if ml.light != "green")
    if behind:
        st.markdown(f"**{text('unit.lights_list', lang)}**")
        show_measures(
            behind,
            lang,
            name=f"{unit.removeprefix('unit:')}-lights",
            with_document=many_documents(G),
            plans=cached.plan_tags(token, G),
        )


def show_measures(
    measures: Sequence[MeasureLight],
    lang: str,
    *,
    name: str,
    key: str | None = None,
    with_lead: bool = False,
    with_document: bool = False,
    plans: Mapping[str, str] | None = None,
) -> None:
    """A table of measures' lights (:func:`measure_row`) with the light column coloured (texts wrapped, every
    column on screen); past ``ui.TABLE_ROWS`` the rest downloads as ``{name}.csv``. ``with_document`` adds
    the 文件 column (pass ``view_nodes.many_documents(G)``), its cells the plans' short titles given by
    ``plans`` (``cached.plan_tags``). When none of ``measures`` has a reported progress or
    date, their two columns are left out (填报状态 says 未填报 for each)."""
    from reformgraph.explorer.ui import table

    reported = any(ml.progress_text or ml.progress_updated for ml in measures)
    columns = measure_columns(lang, with_lead=with_lead, with_document=with_document, with_reports=reported)
    table(
        measures,
        columns,
        text("common.none", lang),
        row=lambda ml: measure_row(ml, lang),
        name=name,
        wrap=True,
        column_config={columns["light"]: light_column(lang)},
        key=key,
        plans=plans,
    )


def light_column(lang: str) -> dict[str, Any]:
    """The 亮灯 column's config: each label (红 / 黄 / 绿) drawn as a tag in its light's colour, the
    ledger's fills. A read-only ``MultiselectColumn`` of a text column colours its cells without a
    pandas ``Styler`` (which cost the unit page's first visit about 100 ms through Streamlit's
    ``marshall_styler``); the cell's value stays the label.

    >>> light_column("en")["type_config"]["options"]
    [{'value': 'Red', 'color': '#F8696B'}, {'value': 'Yellow', 'color': '#FFD966'}, {'value': 'Green', 'color': '#63BE7B'}]
    """
    return st.column_config.MultiselectColumn(
        options=[light_label(light, lang) for light in LIGHTS],
        color=[LIGHT_COLOURS[light] for light in LIGHTS],
    )


def counts_shown(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The 督办 table's ``rows`` with their red and yellow counts as text, for :func:`counts_column` to colour.

    >>> counts_shown([{"name": "甲", "red": 2, "yellow": 0, "green": 1, "total": 3}])
    [{'name': '甲', 'red': '2', 'yellow': '0', 'green': 1, 'total': 3}]
    """
    return [{**row, "red": str(row["red"]), "yellow": str(row["yellow"])} for row in rows]


def counts_column(shown: Sequence[str], light: str) -> dict[str, Any]:
    """A 督办 count column whose counts other than 0 are drawn on ``light``'s colour, as
    :func:`light_column` draws a light: a read-only ``MultiselectColumn`` of text colours cells without a
    pandas ``Styler``, whose import (pandas, 44 MiB) was the server's biggest allocation (docs/performance.md,
    session 64). ``shown`` is the column's cells (:func:`counts_shown`).

    >>> c = counts_column(["3", "0", "12", "3"], "red")["type_config"]["options"]
    >>> [(o["value"], o["color"]) for o in c]
    [('12', '#F8696B'), ('3', '#F8696B')]
    """
    options = sorted({n for n in shown if n != "0"})
    return st.column_config.MultiselectColumn(width="small", options=options, color=LIGHT_COLOURS[light])


def plain_counts_column() -> dict[str, Any]:
    """A 督办 count column with no light's colour (绿, 合计): a number drawn at its cell's left, where Streamlit
    draws :func:`counts_column`'s tags (a tag column takes no alignment: a right-aligned one is still drawn at
    the left), so the four columns of counts read alike; its numbers still sort as numbers. Right-aligned, 绿's
    and 合计's numbers had stood apart from 红's and 黄's tags (session 64's Left).

    >>> plain_counts_column()["alignment"], plain_counts_column()["type_config"]["type"]
    ('left', 'number')
    """
    return st.column_config.NumberColumn(width="small", alignment="left")

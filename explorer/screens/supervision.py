"""督办 Supervision: red / yellow / green per lead unit on a day, and the measures behind each cell.

Click a number in the unit × light table (or pick a unit and a light below it) to list the
measures it counts. The rule is ``reformgraph.lights`` (docs/progress.md); progress comes
from ledgers imported with ``reformgraph ledger import``.
"""

from functools import partial

import streamlit as st

from reformgraph.explorer import cached, state
from reformgraph.explorer.i18n import current_lang, sentences, t
from reformgraph.explorer.progress_view import (
    AS_OF_KEY,
    STALE_KEY,
    WARN_KEY,
    counts_column,
    counts_shown,
    current_lights,
    has_progress,
    init_controls,
    ledger_bytes,
    light_label,
    plain_counts_column,
    show_measures,
)
from reformgraph.explorer.ui import (
    ROW_PX,
    TABLE_ROWS,
    arrow_table,
    capped_footer,
    md_escape,
    rows_in_view,
    scroll_caption,
    whole_rows_height,
)
from reformgraph.lights import LIGHTS, light_totals, worst_first, worst_light
from reformgraph.stamp import export_day
from reformgraph.view_nodes import many_documents

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()
init_controls(G)
st.session_state.setdefault("sv_unit", None)

st.title(t("supervision.title"))
c1, c2, c3 = st.columns(3)
c1.date_input(t("supervision.as_of"), key=AS_OF_KEY, persist_state="session")
c2.number_input(t("supervision.warn_days"), 0, 3650, step=5, key=WARN_KEY, persist_state="session")
c3.number_input(t("supervision.stale_days"), 1, 3650, step=10, key=STALE_KEY, persist_state="session")
st.caption(t("supervision.rule", warn=st.session_state[WARN_KEY], stale=st.session_state[STALE_KEY]))

as_of, every, units = current_lights(token, G)
st.session_state.setdefault("sv_light", worst_light(units[0]) if units else "all")  # the first unit's worst
reported = has_progress(token, G)
if not reported:
    st.info(t("supervision.no_progress"))
st.download_button(
    t("supervision.download"),
    partial(ledger_bytes, token, G, export_day()),  # the stamp every export prints (graph/stamp.py)
    file_name="台账.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    help=t("supervision.download_help"),
    key="sv_ledger",
    on_click="ignore",
)
totals = light_totals(every)
m = st.columns(4)
for col, light in zip(m, LIGHTS):
    col.metric(light_label(light, lang), totals[light])
m[3].metric(t("supervision.reported"), reported)

st.subheader(t("supervision.table"))
st.caption(sentences(t("supervision.table_help"), t("overview.collective_note")))
st.space("small")  # room for the toolbar the table shows above itself while a cell is selected
headers = {"name": t("col.unit"), **{light: light_label(light, lang) for light in LIGHTS}, "total": t("col.total")}


def _unit_row(u):
    return {"name": u.name, "red": u.red, "yellow": u.yellow, "green": u.green, "total": u.total}


# Ranked by red, then yellow: past TABLE_ROWS units the rest are the quietest
table = arrow_table(counts_shown([_unit_row(u) for u in units[:TABLE_ROWS]]), headers)
widths = {headers["name"]: st.column_config.TextColumn(width="medium")}  # fixed widths: a click lands on a number
widths.update({headers[k]: plain_counts_column() for k in ("green", "total")})  # at the left, as the tags
widths.update({headers[k]: counts_column(table.column(headers[k]).to_pylist(), k) for k in ("red", "yellow")})
event = st.dataframe(
    table,
    hide_index=True,
    column_config=widths,
    width="content",
    on_select="rerun",
    selection_mode="single-cell",
    key="sv_table",
    height=whole_rows_height(table.num_rows, ROW_PX, 420),  # whole rows: 420 px cut the eleventh across its text
)
if len(units) <= TABLE_ROWS:
    scroll_caption(len(units), rows_in_view(table.num_rows, ROW_PX, 420))
capped_footer(units, TABLE_ROWS, headers, row=_unit_row, name=t("supervision.table"), key="sv_table")

# A clicked cell picks the unit and the light below (only when the click is new, so the pickers stay usable).
cells = list(getattr(getattr(event, "selection", None), "cells", None) or [])
if cells and cells[0] != st.session_state.get("sv_applied"):
    st.session_state["sv_applied"] = cells[0]
    row, column = cells[0]
    if 0 <= row < len(units):
        st.session_state["sv_unit"] = units[row].unit
        by_header = {h: k for k, h in headers.items()}
        if by_header.get(column) in LIGHTS:
            st.session_state["sv_light"] = by_header[column]

names = {u.unit: u.name for u in units}
if st.session_state["sv_unit"] not in names:
    st.session_state["sv_unit"] = units[0].unit if units else None
p1, p2 = st.columns([2, 1])
unit = p1.selectbox(
    t("supervision.pick_unit"),
    list(names),
    key="sv_unit",
    format_func=lambda u: f"{names.get(u, u)}",
)
light = p2.radio(
    t("supervision.pick_light"),
    (*LIGHTS, "all"),
    key="sv_light",
    horizontal=True,
    format_func=lambda x: t("light.all") if x == "all" else light_label(x, lang),
)
if unit:
    chosen = worst_first(ml for ml in every if unit in ml.leads and (light == "all" or ml.light == light))
    label = t("light.all") if light == "all" else light_label(light, lang)
    st.markdown(f"**{md_escape(t('supervision.measures', unit=names[unit], light=label, n=len(chosen)))}**")
    if chosen:
        show_measures(
            chosen,
            lang,
            name=f"{names[unit]}-{label}",
            key="sv_measures",
            with_document=many_documents(G),
            plans=cached.plan_tags(token, G),
        )
    else:
        st.info(t("supervision.none"))

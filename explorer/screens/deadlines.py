"""时限 Deadlines: a unit × month heatmap; overdue and due-soon lists for an as-of date."""

import altair as alt
import streamlit as st

from reformgraph.explorer import cached, state
from reformgraph.explorer.i18n import current_lang, role_label, status_label, t
from reformgraph.explorer.tables import default_as_of
from reformgraph.explorer.ui import frame

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()
monthly = cached.monthly(token, G)
st.session_state.setdefault("dl_as_of", default_as_of(G, [r.month for r in monthly]))
st.session_state.setdefault("dl_months", 3)
st.session_state.setdefault("dl_top", 25)

st.title(t("deadlines.title"))
totals: dict[str, int] = {}
for r in monthly:
    totals[r.name] = totals.get(r.name, 0) + r.lead + r.support
c1, c2, c3 = st.columns(3)
as_of = c1.date_input(t("deadlines.as_of"), key="dl_as_of", persist_state="session")
months = c2.slider(t("deadlines.months"), 1, 12, key="dl_months", persist_state="session")
top = c3.slider(t("deadlines.top_units"), 5, max(5, min(80, len(totals) or 5)), key="dl_top", persist_state="session")

st.subheader(t("deadlines.heatmap"))
busiest = sorted(totals, key=lambda n: (-totals[n], n))[:top]
cells = [
    {"unit": r.name, "month": r.month, "lead": r.lead, "support": r.support, "total": r.lead + r.support}
    for r in monthly
    if r.name in set(busiest)
]
if cells:
    chart = (
        alt.Chart(alt.Data(values=cells))
        .mark_rect()
        .encode(
            x=alt.X("month:O", title=t("col.month")),
            y=alt.Y("unit:N", sort=busiest, title=None),
            color=alt.Color("total:Q", title=t("col.count"), scale=alt.Scale(scheme="orangered")),
            tooltip=["unit:N", "month:O", "lead:Q", "support:Q", "total:Q"],
        )
        .properties(height=max(220, 20 * len(busiest)))
    )
    st.altair_chart(chart, width="stretch")

unit_ids = [u for u, _ in cached.unit_choices(token, G)]
labels = dict(cached.unit_choices(token, G))
only = st.selectbox(
    t("deadlines.unit_filter"),
    [None] + unit_ids,
    key="dl_unit",
    persist_state="session",
    format_func=lambda u: t("deadlines.all_units") if u is None else labels.get(u, u),
)


def _rows(items):
    return [
        {
            "due": r.due,
            "name": r.name,
            "role": role_label(r.role, lang),
            "workplan": r.workplan,
            "status": status_label(r.status, lang),
            "text": r.text,
            "line": r.line,
        }
        for r in items
    ]


columns = {
    "due": t("col.deadline"),
    "name": t("col.unit"),
    "role": t("col.role"),
    "workplan": t("col.workplan"),
    "status": t("col.status"),
    "text": t("col.source"),
    "line": t("col.line"),
}
late = cached.overdue(token, G, as_of, only)
soon = cached.due_soon(token, G, as_of, months, only)
st.subheader(f"{t('deadlines.overdue')} · {len(late)}")
if late:
    st.dataframe(frame(_rows(late), columns), hide_index=True)
else:
    st.info(t("deadlines.none_overdue"))
st.subheader(f"{t('deadlines.due_soon')} · {len(soon)}")
if soon:
    st.dataframe(frame(_rows(soon), columns), hide_index=True)
else:
    st.info(t("deadlines.none_due"))

st.subheader(t("deadlines.peak"))
peaks = cached.peaks(token, G)
peak_rows = sorted(
    ({"name": G.nodes[u].get("name", u), "month": m, "n": n} for u, (m, n) in peaks.items()),
    key=lambda r: (-r["n"], r["name"]),
)
st.dataframe(frame(peak_rows, {"name": t("col.unit"), "month": t("col.month"), "n": t("col.count")}), hide_index=True)

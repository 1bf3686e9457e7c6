"""总览 Overview: counts, the busiest units, and how far the measures have got."""

import altair as alt
import streamlit as st

from reformgraph.explorer import cached, state
from reformgraph.explorer.i18n import current_lang, status_label, t
from reformgraph.explorer.ui import frame
from reformgraph.metrics import LEAD_WEIGHT, SUPPORT_WEIGHT

st.session_state.setdefault("overview_by", "load")
st.session_state.setdefault("overview_n", 15)

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()

st.title(t("overview.title"))
counts = cached.counts(token, G)
for col, key in zip(st.columns(5), ("documents", "reforms", "workplans", "measures", "units")):
    col.metric(t(f"overview.{key}"), counts[key])

st.subheader(t("overview.top"))
by_labels = {"load": t("col.load"), "lead": t("col.lead"), "support": t("col.support")}
left, right = st.columns([2, 1])
by = left.radio(
    t("overview.top_by"),
    list(by_labels),
    format_func=by_labels.get,
    key="overview_by",
    persist_state="session",
    horizontal=True,
)
n = right.slider(t("overview.top_n"), 5, 40, key="overview_n", persist_state="session")
ranked = cached.ranking(token, G, by, n)
rows = [
    {
        "name": r.name,
        "lead": r.load.lead,
        "support": r.load.support,
        "load": r.load.weighted,
        "partners": r.load.partners,
        "share": r.load.share,
    }
    for r in ranked
]
if rows:
    long = [
        {"unit": r["name"], "role": by_labels[k], "value": r[k]}
        for r in rows
        for k in (["lead", "support"] if by != "load" else ["load"])
    ]
    chart = (
        alt.Chart(alt.Data(values=long))
        .mark_bar()
        .encode(
            y=alt.Y("unit:N", sort=[r["name"] for r in rows], title=None),
            x=alt.X("value:Q", title=by_labels[by]),
            color=alt.Color("role:N", title=None, legend=alt.Legend(orient="bottom")),
            tooltip=["unit:N", "role:N", "value:Q"],
        )
        .properties(height=max(200, 22 * len(rows)))
    )
    st.altair_chart(chart, width="stretch")
st.dataframe(
    frame(
        rows,
        {
            "name": t("col.unit"),
            "lead": t("col.lead"),
            "support": t("col.support"),
            "load": t("col.load"),
            "partners": t("col.partners"),
            "share": t("col.share"),
        },
    ),
    hide_index=True,
    column_config={t("col.share"): st.column_config.NumberColumn(format="percent")},
)
st.caption(
    t("overview.collective_note")
    + " "
    + t("overview.load_note", weights=f"{t('role.lead')} × {LEAD_WEIGHT:g} + {t('role.support')} × {SUPPORT_WEIGHT:g}")
)

st.subheader(t("overview.status"))
status_rows = [{**r, "label": status_label(r["status"], lang)} for r in cached.statuses(token, G)]
c1, c2 = st.columns([1, 1])
c1.altair_chart(
    alt.Chart(alt.Data(values=[{"label": r["label"], "count": r["count"]} for r in status_rows]))
    .mark_arc(innerRadius=50)
    .encode(theta="count:Q", color=alt.Color("label:N", title=None), tooltip=["label:N", "count:Q"]),
    width="stretch",
)
c2.dataframe(
    frame(status_rows, {"label": t("col.status"), "count": t("col.count"), "share": t("col.share")}),
    hide_index=True,
    column_config={t("col.share"): st.column_config.NumberColumn(format="percent")},
)
c2.caption(t("overview.status_note"))

"""总览 Overview: counts, the busiest units (every name on the page), and the measures by deadline."""

import streamlit as st

from reformgraph.explorer import cached, state
from reformgraph.explorer.i18n import current_lang, sentences, status_label, t
from reformgraph.explorer.progress_view import has_progress
from reformgraph.explorer.ui import bars_html, count_slider, table
from reformgraph.metrics import LEAD_WEIGHT, SUPPORT_WEIGHT

st.session_state.setdefault("overview_by", "load")
st.session_state.setdefault("overview_n", 15)

# Fixed colours, the same in both languages; neutral for neutral states (nothing here is an alarm).
ROLE_COLOURS = {"lead": "#1f5fbf", "support": "#9ec0f0", "load": "#4e79a7"}
STATUS_COLOURS = {"done": "#4e79a7", "ongoing": "#8fb3d9", "scheduled": "#b8c2cc", None: "#e3e6ea"}

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
# Up to 40 bars, never more than there are units: a town's 9 read "15" on a slider that went to 40
everyone = cached.ranking(token, G, by, None)
n = count_slider(right, t("overview.top_n"), "overview_n", len(everyone), most=40)
ranked = everyone[:n]
rows = [
    {
        "name": r.name,
        "lead": r.load.lead,
        "support": r.load.support,
        "load": r.load.weighted,
        "partners": r.load.partners,
        "share": round(100 * r.load.share, 1),
    }
    for r in ranked
]
if rows:
    # Every unit's name beside its bar, whatever the number of bars (a chart axis would drop names).
    if by == "load":
        bars = [(r["name"], [(r["load"], ROLE_COLOURS["load"])], f"{r['load']:g}") for r in rows]
        legend = [(by_labels["load"], ROLE_COLOURS["load"])]
    else:
        first, second = ("lead", "support") if by == "lead" else ("support", "lead")
        bars = [
            (r["name"], [(r[first], ROLE_COLOURS[first]), (r[second], ROLE_COLOURS[second])], f"{r[by]}") for r in rows
        ]
        legend = [(by_labels[first], ROLE_COLOURS[first]), (by_labels[second], ROLE_COLOURS[second])]
    st.html(bars_html(bars, legend=legend, test_id="ranking"))
table(
    rows,
    {
        "name": t("col.unit"),
        "lead": t("col.led"),  # short: the six headers fit a laptop's page in English (session 43's audit)
        "support": t("col.supported"),
        "load": t("col.load"),
        "partners": t("col.partners"),
        "share": t("col.share"),
    },
    t("common.none"),
    column_config={t("col.share"): st.column_config.NumberColumn(format="%.1f%%")},
)
st.caption(
    sentences(
        t("overview.collective_note"),
        t(
            "overview.load_note",
            weights=f"{t('role.lead')} × {LEAD_WEIGHT:g} + {t('role.support')} × {SUPPORT_WEIGHT:g}",
        ),
        t("overview.partners_note"),
    )
)

st.subheader(t("overview.status"))
status_rows = [{**r, "label": status_label(r["status"], lang)} for r in cached.statuses(token, G)]
total = sum(r["count"] for r in status_rows) or 1
st.html(
    bars_html(
        [
            (
                r["label"],
                [(r["count"], STATUS_COLOURS[r["status"]])],
                f"{r['count']}" + t("common.aside", text=f"{r['count'] / total:.0%}"),
            )
            for r in status_rows
        ],
        scale=max(r["count"] for r in status_rows) or 1,
        test_id="status",
    )
)
reported = has_progress(token, G)
st.caption(
    sentences(t("overview.status_note"), t("common.has_progress", n=reported) if reported else t("common.no_progress"))
)

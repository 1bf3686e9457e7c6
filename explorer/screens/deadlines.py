"""时限 Deadlines: a unit × month table; measures whose deadline has passed, and those due soon, for an as-of date.

The tool has no progress data, so a measure whose deadline is before the as-of date is "时限已过"
(deadline passed) — never "未完成" (unfinished).
"""

import calendar
from datetime import date

import streamlit as st

from reformgraph.explorer import cached, state
from reformgraph.explorer.i18n import current_lang, role_label, sentences, status_label, t
from reformgraph.explorer.progress_view import has_progress, progress_label
from reformgraph.explorer.tables import default_as_of, document_label
from reformgraph.explorer.ui import count_slider, document_column, heatmap_html, table

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()
monthly = cached.monthly(token, G)
st.session_state.setdefault("dl_months", 3)
st.session_state.setdefault("dl_top", 25)


def _month_end(month: str) -> date:
    y, m = int(month[:4]), int(month[5:7])
    return date(y, m, calendar.monthrange(y, m)[1])


def _as_of_choices() -> dict[date, str]:
    """The date of issue, today, and the end of every month that has deadlines: a date picker's
    calendar would speak English, and these are the dates a planner asks about."""
    choices = {}
    for d in sorted({d.get("date") for _, d in G.nodes(data=True) if d.get("kind") == "Document" and d.get("date")}):
        try:
            issued = date.fromisoformat(d)
        except ValueError:
            continue
        choices[issued] = t("deadlines.as_of_doc", date=issued.isoformat())
    today = date.today()
    choices.setdefault(today, t("deadlines.as_of_today", date=today.isoformat()))
    for month in sorted({r.month for r in monthly}):
        choices.setdefault(_month_end(month), _month_end(month).isoformat())
    return dict(sorted(choices.items()))


choices = _as_of_choices()
first = default_as_of(G, [r.month for r in monthly])
if st.session_state.get("dl_as_of") not in choices:
    st.session_state["dl_as_of"] = first if first in choices else next(iter(choices))

st.title(t("deadlines.title"))
totals: dict[str, int] = {}
for r in monthly:
    totals[r.name] = totals.get(r.name, 0) + r.lead + r.support
c1, c2, c3 = st.columns(3)
as_of = c1.selectbox(
    t("deadlines.as_of"), list(choices), key="dl_as_of", persist_state="session", format_func=choices.get
)
months = c2.slider(t("deadlines.months"), 1, 12, key="dl_months", persist_state="session")
top = count_slider(c3, t("deadlines.top_units"), "dl_top", len(totals))

st.subheader(t("deadlines.heatmap"))
busiest = sorted(totals, key=lambda n: (-totals[n], n))[:top]
wanted = set(busiest)
counts = {(r.name, r.month): r.lead + r.support for r in monthly if r.name in wanted and r.lead + r.support}
columns = sorted({m for _, m in counts})
# A "…" column where months with nothing lie between two columns: the axis does not pretend to be continuous.
gaps = [
    a for a, b in zip(columns, columns[1:]) if (int(b[:4]) * 12 + int(b[5:7])) - (int(a[:4]) * 12 + int(a[5:7])) > 1
]
if counts:
    st.html(heatmap_html(busiest, columns, counts, gap_after=gaps, corner=t("col.unit")))
    st.caption(t("deadlines.heatmap_note"))
else:
    st.caption(t("deadlines.no_dates") if not monthly else t("common.none"))

unit_ids = [u for u, _ in cached.unit_choices(token, G)]
labels = dict(cached.unit_choices(token, G))
only = st.selectbox(
    t("deadlines.unit_filter"),
    [None] + unit_ids,
    key="dl_unit",
    persist_state="session",
    format_func=lambda u: t("deadlines.all_units") if u is None else labels.get(u, u),
    placeholder=t("common.choose"),
)


reported = has_progress(token, G)


def _row(r):
    return {
        "due": r.due,
        "name": r.name,
        "role": role_label(r.role, lang),
        "workplan": r.workplan,
        "status": status_label(r.status, lang),
        "progress": progress_label(G.nodes[r.measure].get("progress_status"), lang),
        "text": r.text,
        "document": document_label(G, r.measure),
        "line": r.line,
    }


columns_ = {
    "due": t("col.deadline"),
    "name": t("col.unit"),
    "role": t("col.role"),
    "workplan": t("col.workplan"),
    **({"progress": t("col.progress_status")} if reported else {"status": t("col.status")}),
    "text": t("col.source"),
    **document_column(G),
    "line": t("col.line"),
}
late = cached.overdue(token, G, as_of, only)
soon = cached.due_soon(token, G, as_of, months, only)
st.subheader(f"{t('deadlines.overdue')} · {len(late)}")
st.caption(
    sentences(
        t("deadlines.overdue_note"), t("common.has_progress", n=reported) if reported else t("common.no_progress")
    )
)
plans = cached.plan_tags(token, G)
table(late, columns_, t("deadlines.none_overdue"), row=_row, name="overdue", wrap=True, height=420, plans=plans)
st.subheader(f"{t('deadlines.due_soon')} · {len(soon)}")
table(soon, columns_, t("deadlines.none_due"), row=_row, name="due-soon", wrap=True, height=420, plans=plans)

st.subheader(t("deadlines.peak"))
peaks = cached.peaks(token, G)
peak_rows = sorted(
    ({"name": G.nodes[u].get("name", u), "month": m, "n": n} for u, (m, n) in peaks.items()),
    key=lambda r: (-r["n"], r["name"]),
)
table(peak_rows, {"name": t("col.unit"), "month": t("col.month"), "n": t("col.count")}, t("common.none"), name="peaks")

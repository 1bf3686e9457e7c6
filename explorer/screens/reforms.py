"""改革事项 Reforms: browse item → workplan → measures → units, with the source lines."""

import streamlit as st

from reformgraph.explorer import cached, state
from reformgraph.explorer.i18n import current_lang, law_category_label, role_label, status_label, t
from reformgraph.explorer.ui import md_escape, table
from reformgraph.view_nodes import document_title, many_documents

st.session_state.setdefault("reforms_query", "")

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()

st.title(t("reforms.title"))
query = st.text_input(t("reforms.filter"), key="reforms_query", persist_state="session")
items = cached.reforms(token, G, query)
if not items:
    st.info(t("reforms.no_match"))
    st.stop()

documents = sorted({r["document"] for r in items if r["document"]}) if many_documents(G) else []
if len(documents) > 1:  # a graph of several plans: the plan first (each has its own 1., 2., …)
    document = st.selectbox(
        t("col.document"),
        documents,
        format_func=lambda d: document_title(G, d),
        key="reforms_document",
        persist_state="session",
    )
    items = [r for r in items if r["document"] == document]
by_id = {r["reform"]: r for r in items}
reform = st.selectbox(
    t("reforms.pick_reform"),
    list(by_id),
    format_func=lambda r: f"{by_id[r]['number']}. {by_id[r]['title']}",
    key="reforms_item",
    persist_state="session",
)
workplans = by_id[reform]["workplans"]
if not workplans:
    st.info(t("reforms.none"))
    st.stop()
wp = workplans[0]
if len(workplans) > 1:
    wp = st.selectbox(
        t("reforms.pick_workplan"),
        workplans,
        key=f"reforms_wp_{reform}",
        format_func=lambda w: (
            f"{G.nodes[w].get('number')} {G.nodes[w].get('title') or ''}"
            + (f"（{G.nodes[w]['variant']}）" if G.nodes[w].get("variant") else "")
        ),
    )

show_contacts = st.toggle(t("reforms.show_contacts"), key="reforms_phones", value=False)
detail = cached.workplan(token, G, wp, show_contacts)
st.subheader(md_escape(f"{detail['number']} {detail['title'] or ''}"))
st.caption(
    md_escape(
        (f"{document_title(G, detail['document'])} · " if documents else "")
        + t("reforms.workplan_info", start=detail["line_start"], end=detail["line_end"])
        + (f" · {detail['variant']}" if detail["variant"] else "")
    )
)
if detail["scope"]:
    st.markdown(f"**{t('col.scope')}**：{md_escape(detail['scope'])}")

st.markdown(f"**{t('reforms.measures')}**")
# The deadline as the document writes it (the normalised date is in the 时限 page): what a planner reads.
measures = [{**m, "status": status_label(m["status"], lang)} for m in detail["measures"]]
table(
    measures,
    {
        "seq": t("col.seq"),
        "text": t("col.source"),
        "leads": t("col.leads"),
        "supports": t("col.supports"),
        "deadline_raw": t("col.deadline"),
        "status": t("col.status"),
        "line": t("col.line"),
    },
    t("reforms.none"),
    wrap=True,
)

left, right = st.columns(2)
with left:
    st.markdown(f"**{t('reforms.responsible')}**")
    resp = [{**r, "role": role_label(r["role"], lang)} for r in detail["responsible"]]
    table(
        resp,
        {"unit": t("col.unit"), "role": t("col.role"), "raw": t("col.source"), "line": t("col.line")},
        t("reforms.none"),
        share=0.5,
    )
    st.markdown(f"**{t('col.contacts')}**")
    columns = {"role": t("col.role"), "unit": t("col.unit"), "line": t("col.line")}
    if show_contacts:
        columns = {"name": t("col.name"), **columns, "phones": t("col.phones")}
    if any(c["seq"] is not None for c in detail["contacts"]):  # people a task names: its number (序号) first
        columns = {"seq": t("col.seq"), **columns}
    table(detail["contacts"], columns, t("reforms.none"), share=0.5)
    if detail["contacts"] and not show_contacts:
        st.caption(t("reforms.contacts_hidden"))
with right:
    st.markdown(f"**{t('reforms.citations')}**")
    cites = [{**c, "category": law_category_label(c["category"], lang)} for c in detail["citations"]]
    table(
        cites,
        {"title": t("col.name"), "category": t("col.category"), "line": t("col.line")},
        t("reforms.none"),
        share=0.5,
    )
    st.markdown(f"**{t('reforms.districts')}**")
    if detail["districts"]:
        st.text("、".join(detail["districts"]))
    else:  # "无" as the tables beside it say it (as plain text it stood out, large and black)
        st.caption(t("reforms.none"))

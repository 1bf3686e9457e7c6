"""协同链 Chains: two units in; the shortest coordination chain drawn and listed hop by hop."""

import streamlit as st

from reformgraph.explorer import cached, state, tables
from reformgraph.explorer.exports import download_buttons
from reformgraph.explorer.i18n import current_lang, t
from reformgraph.explorer.ui import document_column, md_escape, picture, table

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()

st.title(t("chains.title"))
st.caption(t("chains.explain"))
choices = cached.unit_choices(token, G)
ids = [u for u, _ in choices]
labels = dict(choices)
if len(ids) < 2:
    st.info(t("unit.pick"))
    st.stop()
if st.session_state.get("chain_from") not in labels:
    st.session_state["chain_from"] = st.session_state.get("unit") if st.session_state.get("unit") in labels else ids[0]
if st.session_state.get("chain_to") not in labels:
    start = st.session_state["chain_from"]
    others = [u for u in ids if u != start]
    # the busiest unit a chain reaches (of the first 20), so that the page opens on an answer, not on "no chain"
    linked = (u for u in others[:20] if cached.chain(token, G, start, u)[0] is not None)
    st.session_state["chain_to"] = next(linked, others[0] if others else ids[0])

c1, c2 = st.columns(2)
source = c1.selectbox(
    t("chains.from"),
    ids,
    key="chain_from",
    persist_state="session",
    format_func=labels.get,
    placeholder=t("common.choose"),
)
target = c2.selectbox(
    t("chains.to"), ids, key="chain_to", persist_state="session", format_func=labels.get, placeholder=t("common.choose")
)
if source == target:
    st.info(t("chains.same"))
    st.stop()

found, _ = cached.chain(token, G, source, target)
if found is None:  # the reason in the session's language (the error's text is English)
    st.warning(t("chains.none"))
    st.stop()

st.success(t("chains.found", hops=found.length, n=found.count))
st.markdown(" → ".join(f"**{md_escape(n)}**" for n in found.names))
drawn = cached.chain_view(token, G, source, target, lang)
if drawn is not None:
    view, page = drawn
    picture(page, t("chains.title"))
    download_buttons(view, page, "-".join(found.names), "chain_dl")

st.subheader(t("chains.hops"))
for i, hop in enumerate(found.hops, start=1):
    st.markdown(
        f"**{i}. {md_escape(hop.source_name)} → {md_escape(hop.target_name)}** "
        + t("common.aside", text=f"{t('col.weight')} {len(hop.measures)}")
    )
    rows, columns = tables.hop_table(G, hop, lang, document_column(G))
    table(
        rows,
        columns,
        t("common.none"),
        wrap=True,
        plans=cached.plan_tags(token, G),
    )

"""瓶颈 Bottlenecks: the betweenness ranking, the coordination network sized by it, communities."""

import streamlit as st

from reformgraph.explorer import cached, state, tables
from reformgraph.explorer.exports import download_buttons
from reformgraph.explorer.i18n import current_lang, t
from reformgraph.explorer.ui import bars_html, count_slider, md_escape, picture, table
from reformgraph.view_nodes import colon, short_number

LONE_UNITS_SHOWN = 10  # more units with no partner than this are named in a fold

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()
st.session_state.setdefault("bn_top", 25)
st.session_state.setdefault("bn_colour", "community")

st.title(t("bottlenecks.title"))
rows = cached.bottleneck_rows(token, G)
c1, c2 = st.columns(2)
top = count_slider(c1, t("bottlenecks.top_n"), "bn_top", len(rows))
colour_by = c2.radio(
    t("unit.color_by"),
    ("community", "kind"),
    key="bn_colour",
    persist_state="session",
    horizontal=True,
    format_func=lambda c: t(f"unit.color.{c}"),
)

# The ranking first: the page's answer (which units the coordination runs through) on a laptop's first screen,
# where the network below began at its top edge; then the network, then the details, each at the page's full width
# (in three fifths of the page, beside the bars, the details' six columns were cut at the right edge; session 32).
st.subheader(t("bottlenecks.ranking"))
# Every unit's name beside its bar (articulation points marked ◆), its value as the slide writes it (three
# significant digits: to three decimals the 92 held-out plans' bars read 0.003 alike; session 64).
# Units on no shortest chain (betweenness 0) are a sentence, not a column of empty bars.
ranked = [b for b in rows[:top] if b.betweenness > 0]
if ranked:
    st.html(
        bars_html(
            [
                (b.name + (" ◆" if b.articulation else ""), [(b.betweenness, "#4e79a7")], short_number(b.betweenness))
                for b in ranked
            ],
            test_id="ranking",
        )
    )
if len(ranked) < len(rows[:top]):
    st.caption(t("bottlenecks.zero", n=len(rows[:top]) - len(ranked)))
st.subheader(t("bottlenecks.network"))
view, page = cached.bottleneck_view(token, G, top, colour_by, lang)
picture(page, t("bottlenecks.network"))
download_buttons(view, page, f"bottlenecks-top{top}", "bn_dl")
st.subheader(t("bottlenecks.details"))
details, columns = tables.bottleneck_details(rows[:top], lang)
table(
    details,
    columns,
    t("common.none"),
    column_config={t("unit.size.betweenness"): st.column_config.NumberColumn(format="%.4f")},
)
st.caption(t("bottlenecks.meaning"))

st.subheader(t("bottlenecks.communities"))
part = cached.partition(token, G)
groups, alone = tables.groups_and_lone_units(part)
st.caption(t("bottlenecks.modularity", q=f"{part.modularity:.3f}"))
table(
    [{"i": c.index, "size": c.size, "central": c.central_name} for c in groups],
    {"i": t("col.community"), "size": t("bottlenecks.size"), "central": t("bottlenecks.central")},
    t("common.none"),
)
# Each community's members in full, as text that wraps: in a table column the longer lists were cut at its
# edge, and which units work together is what the reader came for (session 32).
for c in groups:
    st.markdown(t("bottlenecks.members_of", i=c.index, n=c.size, names=md_escape("、".join(c.names))))
# A unit that shares no measure with another is a "community" of one: 174 of the 92 held-out plans' 218, each
# listed as a group of its own, made the page 12,000 px of lines under a table of 218 rows (session 63).
if len(alone) > LONE_UNITS_SHOWN:
    with st.expander(t("bottlenecks.alone", n=len(alone))):
        st.markdown(md_escape("、".join(alone)))
elif alone:  # a fold around one name or three is one click for nothing
    st.markdown(t("bottlenecks.alone", n=len(alone)) + colon(lang) + md_escape("、".join(alone)))

"""单位 Unit: search a unit; its neighbourhood network, profile, measures and the source of every edge.

The selected unit lives in ``st.session_state["unit"]`` (a node id) and in the
URL (``?unit=市市场监管局``), so a link opens the same unit.
"""

import streamlit as st

from reformgraph.errors import UnknownUnitError
from reformgraph.explorer import cached, state
from reformgraph.explorer.exports import download_buttons
from reformgraph.explorer.i18n import category_label, current_lang, kind_label, rel_label, role_label, status_label, t
from reformgraph.explorer.node_click import clicked_node
from reformgraph.explorer.progress_view import unit_section as lights_section
from reformgraph.explorer.ui import frame, legend_html, md_escape
from reformgraph.metrics import resolve_unit
from reformgraph.render.layout import group_colours

KINDS = ("Unit", "Measure", "Workplan", "Reform", "District", "Law", "Document")
RELS = ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR", "PART_OF", "APPLIES_TO", "CITES", "LOCATED_IN")
SIZE_BY = ("degree", "load", "betweenness")
COLOUR_BY = ("kind", "community")

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()
st.session_state.setdefault("unit_depth", 1)
st.session_state.setdefault("unit_kinds", list(KINDS))
st.session_state.setdefault("unit_rels", list(RELS))
st.session_state.setdefault("unit_size_by", "load")
st.session_state.setdefault("unit_colour_by", "kind")

choices = cached.unit_choices(token, G)
labels = dict(choices)


def _select(unit_id: str) -> None:
    """Show ``unit_id`` (from a button, a suggestion or a typed name); the picker follows on the next run."""
    st.session_state["unit"] = unit_id
    st.session_state["unit_sync"] = True


def _resolve(name: str) -> str | None:
    """A unit id for a typed or linked name; shows suggestions and returns None when unknown."""
    try:
        return resolve_unit(G, name)
    except UnknownUnitError as exc:
        st.warning(t("unit.unknown", name=md_escape(name)))
        if exc.suggestions:
            st.caption(t("unit.did_you_mean"))
            cols = st.columns(min(len(exc.suggestions), 5))
            for col, suggestion in zip(cols, exc.suggestions):
                col.button(
                    suggestion, key=f"unit_suggest_{suggestion}", on_click=_select, args=(resolve_unit(G, suggestion),)
                )
        return None


# A click on a node of the picture (see explorer/node_click.py): a unit becomes the unit shown,
# any other node drawn is opened in the inspector below.
clicked = clicked_node(t("unit.network"), key="unit_click")
if clicked in G and G.nodes[clicked].get("kind") == "Unit":
    _select(clicked)
    clicked = None

# A unit named in the URL (a deep link, or the browser's back button) is applied once per change.
wanted = st.query_params.get("unit")
if wanted and wanted != st.session_state.get("unit_url"):
    st.session_state["unit_url"] = wanted
    resolved = _resolve(wanted)
    if resolved:
        _select(resolved)
if st.session_state.get("unit") not in labels and choices:
    _select(choices[0][0])
if st.session_state.pop("unit_sync", False) or st.session_state.get("unit_pick") is None:
    st.session_state["unit_pick"] = st.session_state.get("unit")

picked = st.selectbox(
    t("unit.search"),
    [c for c, _ in choices],
    format_func=lambda u: labels.get(u, u),
    key="unit_pick",
    accept_new_options=True,
    placeholder=t("unit.search_placeholder"),
)
if picked and picked not in labels:  # a typed name that is not an option: resolve it
    resolved = _resolve(picked)
    if resolved:
        _select(resolved)
        st.rerun()
    st.stop()
if picked:
    st.session_state["unit"] = picked
unit = st.session_state.get("unit")
if not unit:
    st.info(t("unit.pick"))
    st.stop()
name = G.nodes[unit].get("name", unit)
if st.query_params.get("unit") != name:
    st.query_params["unit"] = name
st.session_state["unit_url"] = name

d = G.nodes[unit]
loads = cached.unit_loads(token, G, True)
load = loads.get(unit)
measure_rows = cached.measure_rows(token, G, unit)
st.title(md_escape(d.get("name", unit)))
st.caption(f"{category_label(d.get('category'), lang)} · {t('unit.measure_count', n=len(measure_rows))}")

# ---- controls
with st.expander(t("unit.network"), expanded=True):
    c1, c2, c3 = st.columns([1, 1, 1])
    depth = c1.slider(t("unit.depth"), 1, 3, key="unit_depth", persist_state="session")
    size_by = c2.radio(
        t("unit.size_by"),
        SIZE_BY,
        key="unit_size_by",
        persist_state="session",
        horizontal=True,
        format_func=lambda s: t(f"unit.size.{s}"),
    )
    colour_by = c3.radio(
        t("unit.color_by"),
        COLOUR_BY,
        key="unit_colour_by",
        persist_state="session",
        horizontal=True,
        format_func=lambda c: t(f"unit.color.{c}"),
    )
    c4, c5 = st.columns(2)
    kinds = c4.multiselect(
        t("unit.kinds"), KINDS, key="unit_kinds", persist_state="session", format_func=lambda k: kind_label(k, lang)
    )
    rels = c5.multiselect(
        t("unit.rels"), RELS, key="unit_rels", persist_state="session", format_func=lambda r: rel_label(r, lang)
    )

view, page, evidence = cached.unit_view(token, G, unit, depth, tuple(kinds), tuple(rels), size_by, colour_by, lang)

left, right = st.columns([3, 2])
with left:
    for note in view.notes:
        st.info(t("unit.summarised", note=md_escape(note)))
    st.iframe(page, height=900, alt=t("unit.network"))
    st.caption(t("unit.network_caption") + " " + t("app.offline"))
    # The legend, in the chosen language (the picture carries a bilingual one too).
    entries = [
        (kind_label(g, lang) if colour_by == "kind" or g in KINDS + ("Group",) else g, colour)
        for g, colour in group_colours(view).items()
    ]
    st.html(legend_html(t("unit.legend"), entries, f"{t('unit.size_by')}：{t('unit.size.' + size_by)}"))
    download_buttons(view, page, f"{name}-{depth}", "unit_dl")

with right:
    st.subheader(t("unit.profile"))
    if load is not None:
        m1, m2, m3 = st.columns(3)
        m1.metric(t("col.lead"), load.lead)
        m2.metric(t("col.support"), load.support)
        m3.metric(t("col.load"), f"{load.weighted:g}")
        m4, m5, m6 = st.columns(3)
        m4.metric(t("unit.workplans"), load.workplans)
        m5.metric(t("unit.reforms"), load.reforms)
        m6.metric(t("col.partners"), load.partners)
    community = cached.community_of(token, G).get(unit)
    bc = cached.betweenness(token, G).get(unit)
    facts = [
        (t("col.category"), category_label(d.get("category"), lang)),
        (t("unit.aliases"), "、".join(d.get("aliases") or [])),
    ]
    if bc is not None:
        facts.append((t("unit.size.betweenness"), f"{bc:.4f}"))
    if community is not None:
        facts.append((t("unit.community"), str(community)))
    st.dataframe(
        frame([{"k": k, "v": v} for k, v in facts], {"k": t("col.item"), "v": t("col.value")}), hide_index=True
    )
    st.markdown(f"**{t('unit.partners')}**")
    partner_rows = [
        {"name": p.name, "shared": p.shared, "cat": category_label(p.category, lang)}
        for p in cached.partners(token, G, unit)
    ]
    st.dataframe(
        frame(partner_rows, {"name": t("col.unit"), "shared": t("col.weight"), "cat": t("col.category")}),
        hide_index=True,
        height=260,
    )

    shown = [n for n in view.nodes if n.id != unit]
    st.markdown(f"**{t('unit.select_node')}**")
    node_ids = [n.id for n in shown]
    node_labels = {n.id: f"{n.label} · {kind_label(n.kind, lang)}" for n in shown}
    if clicked in node_labels:
        st.session_state[f"unit_inspect_{unit}"] = clicked
    inspect = st.selectbox(
        t("unit.select_node"),
        node_ids,
        index=None,
        key=f"unit_inspect_{unit}",
        format_func=lambda n: node_labels.get(n, n),
        help=t("unit.select_node_help"),
        label_visibility="collapsed",
    )
    if inspect:
        node = view.node(inspect)
        st.text(node.title)
        if node.kind == "Unit" and inspect in G:
            st.button(t("unit.go"), on_click=_select, args=(inspect,), key="unit_go")

lights_section(token, G, unit, lang)  # 督办: the lights of the measures it leads

# ---- the measures, and the source of every edge drawn
st.subheader(t("unit.measures"))
st.caption(t("unit.measures_caption"))
if measure_rows:
    rows = [
        {
            **r,
            "role": role_label(r["role"], lang),
            "status": status_label(r["status"], lang),
            "reform": f"{r['reform']}. {r['reform_title'] or ''}" if r["reform"] else None,
            "workplan": f"{r['workplan']} {r['workplan_title'] or ''}",
        }
        for r in measure_rows
    ]
    st.dataframe(
        frame(
            rows,
            {
                "role": t("col.role"),
                "reform": t("col.reform"),
                "workplan": t("col.workplan"),
                "seq": t("col.seq"),
                "deadline": t("col.deadline"),
                "status": t("col.status"),
                "text": t("col.source"),
                "line": t("col.line"),
            },
        ),
        hide_index=True,
    )
else:
    st.info(t("unit.no_measures"))

st.subheader(t("unit.edges"))
st.caption(t("unit.edges_caption"))
edge_rows = [{**r, "rel": rel_label(r["rel"], lang)} for r in evidence]
st.dataframe(
    frame(
        edge_rows,
        {
            "from": t("col.from"),
            "rel": t("col.relation"),
            "to": t("col.to"),
            "source": t("col.source"),
            "line": t("col.line"),
        },
    ),
    hide_index=True,
)

"""单位 Unit: who works with this unit (its partner units, drawn first), its profile, measures and sources.

The selected unit lives in ``st.session_state["unit"]`` (a node id) and in the
URL (``?unit=市市场监管局``, a name, spelling or 简称), so a link opens the same unit.

The search box filters its options by their text, which lists each unit's other spellings and
简称 (``发改委``, ``人社局`` …, from ``data/abbreviations.csv``); Enter takes the best match. A
name in the URL goes through :func:`reformgraph.search.search_units` (the same rules, plus a
"did you mean" list when nothing matches).

The picture: by default the unit and its partner units, strongest first (edge width = shared
measures, arrow from the lead unit to the supporting one). Clicking a partner lists the
measures the two share; "工作方案与举措" and deeper views are one click away above the picture,
where clicking a unit opens that unit.
"""

import streamlit as st

from reformgraph.explorer import cached, state
from reformgraph.explorer.exports import download_buttons
from reformgraph.explorer.i18n import (
    category_label,
    current_lang,
    kind_label,
    rel_label,
    role_label,
    sentences,
    status_label,
    t,
)
from reformgraph.explorer.node_click import clicked_node
from reformgraph.explorer.progress_view import unit_section as lights_section
from reformgraph.explorer.tables import reforms_differ
from reformgraph.explorer.ui import document_column, md_escape, picture, table
from reformgraph.search import search_units
from reformgraph.view_nodes import colon

KINDS = ("Unit", "Measure", "Workplan", "Reform", "District", "Law", "Document")
RELS = ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR", "PART_OF", "APPLIES_TO", "CITES", "LOCATED_IN")
SIZE_BY = ("degree", "load", "betweenness")
COLOUR_BY = ("kind", "community")
DEPTHS = (0, 1, 2, 3)  # 0: partner units

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()
st.session_state.setdefault("unit_depth", 0)
st.session_state.setdefault("unit_kinds", list(KINDS))
st.session_state.setdefault("unit_rels", list(RELS))
st.session_state.setdefault("unit_size_by", "load")
st.session_state.setdefault("unit_colour_by", "kind")

choices = cached.unit_choices(token, G)
labels = dict(choices)


def _select(unit_id: str) -> None:
    """Show ``unit_id`` (from a button, a suggestion or a link); the picker follows on the next run."""
    st.session_state["unit"] = unit_id
    st.session_state["unit_sync"] = True


def _resolve(name: str) -> str | None:
    """A unit id for a linked name (name, spelling or 简称); suggestions and None when nothing is sure."""
    busy = {u: -i for i, (u, _) in enumerate(choices)}
    found = search_units(G, name, busy=busy)
    sure = [m for m in found if m.score >= 85]
    if found and (found[0].why == "name" or len(sure) == 1 or (len(found) == 1 and found[0].score >= 70)):
        return found[0].unit  # one clear match; several names containing the text are a question
    st.warning(t("unit.unknown", name=md_escape(name)))
    if found:
        st.caption(t("unit.did_you_mean"))
        cols = st.columns(min(len(found), 5))
        for col, match in zip(cols, found[:5]):
            col.button(match.name, key=f"unit_suggest_{match.unit}", on_click=_select, args=(match.unit,))
    return None


# A click on a node of the picture (see explorer/node_click.py).
clicked = clicked_node(t("unit.network"), key="unit_click")
depth_now = st.session_state.get("unit_depth", 0)
if clicked in G and G.nodes[clicked].get("kind") == "Unit" and depth_now:
    _select(clicked)  # in the deeper views a unit opens that unit
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
    placeholder=t("unit.search_placeholder"),
    filter_mode="fuzzy",
)
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
partners = cached.partners(token, G, unit)
st.title(md_escape(d.get("name", unit)))
st.caption(
    f"{category_label(d.get('category'), lang)} · {t('unit.measure_count', n=len(measure_rows))}"
    f" · {t('col.partners')} {len(partners)}"
)

# ---- the picture: partner units first; workplans and measures one click away
depth = st.radio(
    t("unit.view"),
    DEPTHS,
    key="unit_depth",
    persist_state="session",
    horizontal=True,
    format_func=lambda k: t(f"unit.view.{k}"),
    help=t("unit.view_help"),
)
kinds, rels, size_by, colour_by = list(KINDS), list(RELS), "degree", "kind"
with st.expander(t("unit.options"), expanded=False):
    c1, c2 = st.columns(2)
    size_by = c1.radio(
        t("unit.size_by"),
        SIZE_BY,
        key="unit_size_by",
        persist_state="session",
        horizontal=True,
        format_func=lambda s: t(f"unit.size.{s}"),
        disabled=depth == 0,
    )
    colour_by = c2.radio(
        t("unit.color_by"),
        COLOUR_BY,
        key="unit_colour_by",
        persist_state="session",
        horizontal=True,
        format_func=lambda c: t(f"unit.color.{c}"),
    )
    c4, c5 = st.columns(2)
    kinds = c4.multiselect(
        t("unit.kinds"),
        KINDS,
        key="unit_kinds",
        persist_state="session",
        format_func=lambda k: kind_label(k, lang),
        placeholder=t("common.choose"),
        disabled=depth == 0,
    )
    rels = c5.multiselect(
        t("unit.rels"),
        RELS,
        key="unit_rels",
        persist_state="session",
        format_func=lambda r: rel_label(r, lang),
        placeholder=t("common.choose"),
        disabled=depth == 0,
    )

view, page, view_edges = cached.unit_view(token, G, unit, depth, tuple(kinds), tuple(rels), size_by, colour_by, lang)
if depth == 0 and not partners:
    st.info(t("unit.no_partners"))
picture(page, t("unit.network"))
st.caption(sentences(t("unit.network_caption"), t("app.offline")))
download_buttons(view, page, f"{name}-{t(f'unit.view.{depth}')}", "unit_dl")

left, right = st.columns([2, 3])
with left:
    st.subheader(t("unit.profile"))
    if load is not None:
        m1, m2, m3 = st.columns(3)
        m1.metric(t("col.led"), load.lead)  # three to a third of a laptop's page: short English
        m2.metric(t("col.supported"), load.support)
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
    # one line a fact, not a table: a unit written in many ways (市市场监管局、工商局、质监局 …) wraps on its own line,
    # and the short facts stay one line high (a table's rows are all as high as its tallest)
    st.markdown("  \n".join(f"**{md_escape(k)}**{colon(lang)}{md_escape(v) or t('common.none')}" for k, v in facts))

with right:
    st.subheader(t("unit.partners"))
    table(
        partners,
        {"name": t("col.unit"), "shared": t("col.weight"), "cat": t("col.category")},
        t("unit.no_partners"),
        row=lambda p: {"name": p.name, "shared": p.shared, "cat": category_label(p.category, lang)},
        name=f"{name}-partners",
        share=0.6,
        **({"height": 300} if len(partners) > 8 else {}),
    )
    shown = [n for n in view.nodes if n.id != unit and not n.id.startswith("group:")]
    node_labels = {n.id: f"{n.label} · {kind_label(n.kind, lang)}" for n in shown}
    if clicked in node_labels:
        st.session_state[f"unit_inspect_{unit}"] = clicked
    inspect = st.selectbox(
        t("unit.select_node"),
        [n.id for n in shown],
        index=None,
        key=f"unit_inspect_{unit}",
        format_func=lambda n: node_labels.get(n, n),
        help=t("unit.select_node_help"),
        placeholder=t("common.choose"),
    )
    if inspect:
        node = view.node(inspect)
        if node.kind == "Unit" and inspect in G:
            partner_name = G.nodes[inspect].get("name", inspect)
            st.markdown(f"**{md_escape(t('unit.shared', name=partner_name))}**")
            table(
                cached.shared_rows(token, G, unit, inspect),
                {
                    "workplan": t("col.workplan"),
                    "seq": t("col.seq"),
                    "text": t("col.source"),
                    "me": name,
                    "them": partner_name,
                    **document_column(G),
                    "line": t("col.line"),
                },
                t("common.none"),
                row=lambda r: {
                    "workplan": f"{r['workplan']} {r['workplan_title'] or ''}",
                    "seq": r["seq"],
                    "text": r["text"],
                    "me": role_label(r["role"], lang),
                    "them": role_label(r["partner_role"], lang),
                    "document": r["document"],
                    "line": r["line"],
                },
                name=f"{name}-{partner_name}",
                plans=cached.plan_tags(token, G),
            )
            st.button(t("unit.go"), on_click=_select, args=(inspect,), key="unit_go")
        else:
            st.text(node.title)

lights_section(token, G, unit, lang)  # 督办: the lights of the measures it leads

# ---- the measures, and the source of every edge drawn
st.subheader(t("unit.measures"))
st.caption(t("unit.measures_caption"))


def _measure_row(r):
    return {
        **r,
        "role": role_label(r["role"], lang),
        "status": status_label(r["status"], lang),
        "measure": f"{r['workplan']}-{r['seq']}" if r["seq"] is not None else r["workplan"],
        "deadline": r["deadline_raw"] or r["deadline"],
        "reform": f"{r['reform']}. {r['reform_title'] or ''}" if r["reform"] else None,
        "workplan": f"{r['workplan']} {r['workplan_title'] or ''}",
    }


# What the unit must do and by when first; where it comes from after (a wide title would push them off).
table(
    measure_rows,
    {
        "role": t("col.role"),
        "measure": t("col.seq"),
        "deadline": t("col.deadline"),
        "status": t("col.status"),
        "text": t("col.source"),
        "workplan": t("col.workplan"),
        **({"reform": t("col.reform")} if reforms_differ(measure_rows) else {}),
        **document_column(G),
        "line": t("col.line"),
    },
    t("unit.no_measures"),
    row=_measure_row,
    name=f"{name}-measures",
    wrap=True,
    plans=cached.plan_tags(token, G),
)

st.subheader(t("unit.edges"))
st.caption(t("unit.edges_caption"))
table(
    view_edges,
    {
        "from": t("col.from"),
        "rel": t("col.relation"),
        "to": t("col.to"),
        "source": t("col.source"),
        **document_column(G),
        "line": t("col.line"),
    },
    t("common.none"),
    row=lambda r: {**r, "rel": rel_label(r["rel"], lang)},
    name=f"{name}-edges",
    wrap=True,
    plans=cached.plan_tags(token, G),
)

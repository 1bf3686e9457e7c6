"""对比 Compare: what changed from an earlier version of the plan to the graph explored — measures added and
removed, lead and supporting units changed, deadlines moved, workplans renamed, units' load — for every unit
or one, each measure row with its sentence and line in both versions.

The earlier version is ``reformgraph explore NEW --compare OLD`` (a document or a graph JSON, as ``diff``
takes), or a document or graph JSON uploaded here (the Import page's formats and limits; this session only). The diff is
``graph.diff_view`` over ``graph.diff`` (the ``diff`` command's matching and rows), cached per pair of
graphs; a unit's rows are cut from it without matching again.
"""

from pathlib import Path

import streamlit as st

from reformgraph.diff_view import version_label
from reformgraph.errors import ReformGraphError
from reformgraph.explorer import cached, state
from reformgraph.explorer.exports import unit_diff_buttons
from reformgraph.explorer.i18n import current_lang, sentences, t
from reformgraph.explorer.ui import md_escape, table
from reformgraph.explorer.upload import COMPARE_TYPES, UPLOAD_LIMIT_MB, UPLOAD_SECONDS, error_text, safe_name
from reformgraph.view_nodes import colon

loaded = state.require_graph()
G, token = loaded.graph, loaded.token
lang = current_lang()

st.title(t("compare.title"))


def _upload() -> None:
    """The uploader of an earlier version: a good file becomes the session's earlier version; a bad one is one line."""
    uploaded = st.file_uploader(
        t("compare.upload"), type=list(COMPARE_TYPES), key="compare_file", max_upload_size=UPLOAD_LIMIT_MB
    )
    st.caption(t("compare.upload_help", mb=UPLOAD_LIMIT_MB, seconds=UPLOAD_SECONDS))
    if uploaded is None:
        return
    name = safe_name(uploaded.name)
    try:
        with st.spinner(md_escape(t("import.parsing", name=name))):
            data = uploaded.getvalue()
            state.uploaded_graph(name, data, graph_json=True)
    except ReformGraphError as exc:
        st.error(md_escape(error_text(exc, lang)))
        return
    st.session_state["compare_upload"] = (name, data)


if not state.compare_configured():
    st.info(t("compare.none"))
    _upload()
    if not state.compare_configured():
        st.stop()
else:
    with st.expander(t("compare.replace")):
        _upload()
        if st.session_state.get("compare_upload") and st.button(t("compare.drop")):
            st.session_state.pop("compare_upload", None)
            st.rerun()

try:
    earlier = state.compare_graph()
except ReformGraphError as exc:
    st.error(md_escape(t("app.load_error", error=str(exc))))
    st.stop()
if earlier is None:
    st.stop()
old = earlier.graph


def _file_name(src: state.Source) -> str:
    args = dict(src.label_args)
    return Path(args["path"]).name if "path" in args else args.get("name") or args.get("database") or src.ref


st.caption(
    md_escape(
        t(
            "compare.versions",
            old=version_label(old, _file_name(earlier.source)),
            new=version_label(G, _file_name(loaded.source)),
        )
    )
)
if earlier.token == token:
    st.info(t("compare.same"))
    st.stop()

# ---- the unit filter: units of the later version first (busiest first), then those only the earlier one has
labels: dict[str, str] = {}
for graph, graph_token in ((G, token), (old, earlier.token)):
    for node, label in cached.unit_choices(graph_token, graph):
        labels.setdefault(graph.nodes[node].get("name", node), label)
unit = st.selectbox(
    t("compare.unit"),
    [None, *labels],
    key="compare_unit",
    format_func=lambda u: t("compare.all_units") if u is None else labels.get(u, u),
    placeholder=t("common.choose"),
    filter_mode="fuzzy",
)

with st.spinner():
    full = cached.comparison(earlier.token, old, token, G)
shown = cached.unit_comparison(earlier.token, old, token, G, unit) if unit else full
counts = shown.counts

cols = st.columns(6)
for col, key in zip(cols, ("matched", "added", "removed", "roles", "slipped", "forward")):
    col.metric(t(f"compare.m.{key}"), counts[key])
notes = [
    t(
        "compare.counts_note",
        old=counts["old"],
        new=counts["new"],
        renamed=counts["renamed"],
        wp_added=counts["workplans_added"],
        wp_removed=counts["workplans_removed"],
    )
]
if unit:
    notes.append(
        t(
            "compare.unit_note",
            unit=unit,
            **{k: counts[k] for k in ("lead_old", "support_old", "lead_new", "support_new")},
        )
    )
st.caption(md_escape(sentences(*notes)))

if unit:
    st.markdown(f"**{md_escape(t('compare.image', unit=unit))}**")
    unit_diff_buttons(old, G, unit, (t("compare.old"), t("compare.new")), "compare_image")
else:
    st.caption(t("compare.image_pick"))

# ---- the tables
several = shown.diff.several_documents
new_file = {"document": t("col.document")} if several else {}
old_file = {"old_document": t("compare.col.old_document")} if several else {}
stem = f"{unit}-" if unit else ""


def _names(units) -> str | None:
    return "、".join(units) or None


def _sourced(r) -> dict:
    """A row whose earlier text, when the later version kept it word for word, says so (half the reading)."""
    same = r["old_text"] is not None and r["old_text"] == r["new_text"]
    lines = t("compare.moved_short", old=r["old_line"] or "—", new=r["new_line"] or "—")
    return {**r, "lines": lines, **({"old_text": t("compare.same_text")} if same else {})}


def _reworded(items) -> bool:
    """Whether some measure of a table reads differently in the two versions (else one text column says it all)."""
    return any(r["old_text"] != r["new_text"] for r in items)


# A unit that moved from one role to the other on a measure: one word, not two ("新牵头、不再配合").
SWAPS = {
    ("lead_gained", "support_lost"): "compare.uc.to_lead",
    ("lead_lost", "support_gained"): "compare.uc.to_support",
}


def _unit_change(change: tuple[str, ...]) -> str | None:
    key = SWAPS.get(tuple(sorted(change)))
    return t(key) if key else "、".join(t(f"compare.uc.{k}") for k in change) or None


def _role_row(r):
    lead = (
        _names(r["lead_new"])
        if r["lead_old"] == r["lead_new"]
        else t("compare.moved", old=_names(r["lead_old"]) or "—", new=_names(r["lead_new"]) or "—")
    )
    support = [t(f"compare.col.{k}") + colon(lang) + _names(r[k]) for k in ("support_gained", "support_lost") if r[k]]
    return {
        **_sourced(r),
        "for_unit": _unit_change(r["unit_change"]),
        "lead": lead,
        "support": "；".join(support) or None,
    }


def _measure_row(r):
    return {**r, "leads": _names(r["leads"]), "supports": _names(r["supports"])}


def _shift(r) -> str:
    if r["shift"] == "undated":
        return t("compare.shift.undated_new" if r["new"] is None else "compare.shift.undated_old")
    n = abs(r["months"] or 0)
    return t(f"compare.shift.{r['shift']}", n=n) if n else t(f"compare.shift.{r['shift']}_days")


def _deadline_row(r):
    when = t("compare.moved_short", old=r["old"] or "—", new=r["new"] or "—")
    return {**_sourced(r), "shift": _shift(r), "when": when, "leads": _names(r["leads"])}


def _supports_changed(items) -> bool:
    return any(r["support_gained"] or r["support_lost"] for r in items)


def _texts(name: str) -> dict[str, str]:
    """The text and line columns of a table of measures in both versions: the earlier text only when some
    measure was reworded (a caption says the texts are the same otherwise)."""
    earlier = {"old_text": t("compare.col.old_text")} if _reworded(shown.tables[name]) else {}
    return {"new_text": t("compare.col.new_text"), "lines": t("compare.col.lines"), **earlier}


sections = (
    (
        "roles",
        {
            **({"for_unit": t("compare.col.for_unit")} if unit else {}),
            "lead": t("compare.col.lead"),
            # only when some measure's supporting units changed: a column of "—" took the texts' room
            **({"support": t("compare.col.support")} if _supports_changed(shown.tables["roles"]) else {}),
            **_texts("roles"),
            "workplan": t("col.workplan"),
            **new_file,
            **old_file,
        },
        _role_row,
    ),
    (
        "added",
        {
            "new_text": t("compare.col.new_text"),
            "leads": t("col.leads"),
            "supports": t("col.supports"),
            "deadline": t("col.deadline"),
            "new_line": t("compare.col.new_line"),
            "workplan": t("col.workplan"),
            **new_file,
        },
        _measure_row,
    ),
    (
        "removed",
        {
            "old_text": t("compare.col.old_text"),
            "leads": t("col.leads"),
            "supports": t("col.supports"),
            "deadline": t("col.deadline"),
            "old_line": t("compare.col.old_line"),
            "workplan": t("col.workplan"),
            **({"document": t("compare.col.old_document")} if several else {}),
        },
        _measure_row,
    ),
    (
        "deadlines",
        {
            "shift": t("compare.col.change"),
            "when": t("col.deadline"),
            "leads": t("col.leads"),
            **_texts("deadlines"),
            **new_file,
            **old_file,
        },
        _deadline_row,
    ),
    (
        "workplans",
        {
            "change": t("compare.col.change"),
            "workplan": t("col.workplan"),
            "old_title": t("compare.col.old_title"),
            "measures": t("compare.col.measures"),
            **new_file,
        },
        lambda r: {**r, "change": t(f"compare.change.{r['change']}")},
    ),
    (
        "units",
        {
            "unit": t("col.unit"),
            "lead_old": t("compare.col.lead_old_n"),
            "lead_new": t("compare.col.lead_new_n"),
            "support_old": t("compare.col.support_old_n"),
            "support_new": t("compare.col.support_new_n"),
            "delta": t("compare.col.delta"),
        },
        None,
    ),
)
# The workplan of a moved deadline is in its CSV only: on the page, seven columns did not fit 1280 px (its
# text and lines say where it is).
in_file = {"deadlines": {"workplan": t("col.workplan")}}
for name, columns, row in sections:
    items = shown.tables[name]
    st.subheader(f"{t(f'compare.{name}')} · {len(items)}")
    if name == "units":
        st.caption(t("compare.units_caption"))
    elif name in ("roles", "deadlines") and items and not _reworded(items):
        st.caption(t("compare.texts_same"))
    table(
        items,
        columns,
        t("common.none"),
        row=row,
        name=f"{stem}compare-{name}",
        wrap=name != "units",
        download={**columns, **in_file.get(name, {})},
    )

"""导入 Import: upload a document in any format the command line reads and explore it in this session.

The file is parsed in memory (never written to disk) by the CLI's own readers, in a
worker process with a time, memory and size budget (``explorer/upload.py``); a bad
file gets the reason in the session's language and the CLI's one-line message. The
file name is only ever shown escaped (a name holding Markdown shows as text). A
failed file is remembered by its digest, so a rerun of the page does not parse it again.
"""

import streamlit as st

from reformgraph.errors import ReformGraphError
from reformgraph.explorer import state
from reformgraph.explorer.i18n import current_lang, t, warning_text
from reformgraph.explorer.tables import graph_counts
from reformgraph.explorer.ui import md_escape, table
from reformgraph.explorer.upload import (
    UPLOAD_LIMIT_MB,
    UPLOAD_SECONDS,
    UPLOAD_TYPES,
    check_upload,
    error_text,
    keep_recent,
    safe_name,
    upload_digest,
)
from reformgraph.loaders.column_spec import parse_columns

st.session_state.setdefault("upload_failures", {})

st.title(t("import.title"))
st.caption(t("import.help", mb=UPLOAD_LIMIT_MB, seconds=UPLOAD_SECONDS))
uploaded = st.file_uploader(
    t("import.upload"), type=list(UPLOAD_TYPES), key="import_file", max_upload_size=UPLOAD_LIMIT_MB
)
with st.expander(t("import.columns")):  # the command line's --columns (docs/formats.md), for tables no rule reads
    columns = st.text_input(t("import.columns_label"), key="import_columns", help=t("import.columns_help")).strip()
if uploaded is None:
    st.stop()

name = safe_name(uploaded.name)
digest = None
try:
    check_upload(name, uploaded.size)
    data = uploaded.getvalue()
    if columns:
        parse_columns(columns)  # a bad spec: its one line, before any worker starts
    digest = upload_digest(data, columns)
    failed = st.session_state["upload_failures"].get(digest)
    if failed is not None:
        raise failed
    with st.spinner(md_escape(t("import.parsing", name=name))):
        loaded = state.shared_graph_from_upload(digest, name, data, columns)
    state.remember_upload(name, data, columns)
except ReformGraphError as exc:
    if digest is not None:
        failures = st.session_state["upload_failures"]
        st.session_state["upload_failures"] = keep_recent(failures, digest, exc, active=None)
    st.error(md_escape(error_text(exc, current_lang())))
    st.stop()

counts = graph_counts(loaded.graph)
summary = " · ".join(f"{t('overview.' + k)} {v}" for k, v in counts.items())
st.success(md_escape(t("import.built", name=name, summary=summary)))
if st.session_state.get("active_upload") == digest:
    st.info(t("import.in_use"))
elif st.button(t("import.use"), type="primary"):
    st.session_state["active_upload"] = digest
    st.rerun()

if loaded.parse_warnings:
    st.markdown(f"**{t('import.warnings')}** ({len(loaded.parse_warnings)})")
    lang = current_lang()
    rows = [{"line": w.line, "w": warning_text(w.kind, w.params, w.message, lang)} for _, w in loaded.parse_warnings]
    # through ui.table: the warning's text wraps at the page's width (st.dataframe alone gave 行号 185 px and cut
    # every warning at the right edge, session 63), and the whole list downloads past the table's cap
    table(rows, {"line": t("col.line"), "w": t("col.warning")}, t("common.none"), name="warnings", wrap=True)
if loaded.unresolved:
    st.markdown(f"**{t('import.unresolved')}** ({len(loaded.unresolved)})")
    st.text("、".join(loaded.unresolved))

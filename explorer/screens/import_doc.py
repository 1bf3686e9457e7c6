"""导入 Import: upload a plan in any format the command line reads (text, Word, Excel, CSV, HTML, PDF) and explore it in this session.

The file is parsed in memory (never written to disk) by the CLI's own parser;
a bad file gets the CLI's one-line message.
"""

import streamlit as st

from reformgraph.errors import ReformGraphError
from reformgraph.explorer import state
from reformgraph.explorer.i18n import t
from reformgraph.explorer.tables import graph_counts
from reformgraph.explorer.ui import frame, md_escape
from reformgraph.explorer.upload import UPLOAD_LIMIT_BYTES, UPLOAD_TYPES, check_upload, safe_name

st.title(t("import.title"))
st.caption(t("import.help", mb=UPLOAD_LIMIT_BYTES // (1024 * 1024)))
uploaded = st.file_uploader(
    t("import.upload"), type=list(UPLOAD_TYPES), key="import_file", max_upload_size=UPLOAD_LIMIT_BYTES // (1024 * 1024)
)
if uploaded is None:
    st.stop()

name = safe_name(uploaded.name)
try:
    check_upload(name, uploaded.size)
    data = uploaded.getvalue()
    digest = state.remember_upload(name, data)
    loaded = state.shared_graph_from_upload(digest, name, data)
except ReformGraphError as exc:
    st.error(t("import.error", error=str(exc)))
    st.stop()

counts = graph_counts(loaded.graph)
summary = " · ".join(f"{t('overview.' + k)} {v}" for k, v in counts.items())
st.success(md_escape(t("import.built", name=name, summary=summary)))
if st.session_state.get("active_upload") == digest:
    st.info(t("import.in_use"))
elif st.button(t("import.use"), type="primary"):
    st.session_state["active_upload"] = digest
    st.rerun()

if loaded.warnings:
    st.markdown(f"**{t('import.warnings')}** ({len(loaded.warnings)})")
    st.dataframe(frame([{"w": w} for w in loaded.warnings], {"w": t("col.warning")}), hide_index=True)
if loaded.unresolved:
    st.markdown(f"**{t('import.unresolved')}** ({len(loaded.unresolved)})")
    st.text("、".join(loaded.unresolved))

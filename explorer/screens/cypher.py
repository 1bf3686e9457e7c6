"""Cypher 查询 (only with NEO4J_URI): a read-only query box over the Neo4j database.

Queries go through ``cypher.readonly.run_readonly``: anything outside the
read-only allow-list is refused before it is sent, the query runs in a read
transaction with a server-side timeout, and the answer is bounded in rows,
values and text. Parameters are a JSON object, bound as ``$name`` — never
pasted into the text.
"""

import json

import streamlit as st

from reformgraph.errors import ReformGraphError
from reformgraph.explorer import state
from reformgraph.explorer.i18n import t

ROW_LIMIT = 1000
TIMEOUT_S = 10
EXAMPLE = (
    "MATCH (u:Unit)-[:LEADS]->(m:Measure)\nRETURN u.name AS unit, count(m) AS measures\nORDER BY measures DESC LIMIT $n"
)

st.title(t("cypher.title"))
st.caption(t("cypher.help", limit=ROW_LIMIT, timeout=TIMEOUT_S))
with st.form("cypher_form"):
    query = st.text_area(t("cypher.query"), value=EXAMPLE, height=160, key="cypher_query")
    params_text = st.text_input(t("cypher.params"), value='{"n": 10}', key="cypher_params")
    submitted = st.form_submit_button(t("cypher.run"), type="primary")


def _cell(value):
    return (
        value
        if value is None or isinstance(value, (str, int, float, bool))
        else json.dumps(value, ensure_ascii=False, default=str)
    )


if submitted:
    st.session_state.pop("cypher_result", None)
    try:
        params = json.loads(params_text or "{}")
        if not isinstance(params, dict):
            raise ValueError('expected an object such as {"n": 10}')
    except ValueError as exc:
        st.session_state["cypher_result"] = ("error", t("cypher.bad_params", error=str(exc)))
    else:
        from reformgraph.cypher.readonly import run_readonly

        try:
            rows = run_readonly(
                state.neo4j_driver(), state.neo4j_database(), query, params, limit=ROW_LIMIT, timeout_s=TIMEOUT_S
            )
        except ReformGraphError as exc:
            st.session_state["cypher_result"] = ("error", t("cypher.error", error=str(exc)))
        else:
            table = [{k: _cell(v) for k, v in row.items()} for row in rows]
            st.session_state["cypher_result"] = ("rows", table, bool(getattr(rows, "truncated", False)))

result = st.session_state.get("cypher_result")
if result and result[0] == "error":
    st.error(result[1])
elif result:
    _, table, truncated = result
    st.caption(t("cypher.rows", n=len(table)) + (" " + t("cypher.truncated", limit=len(table)) if truncated else ""))
    st.dataframe(table, hide_index=True)

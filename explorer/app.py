"""ReformGraph explorer: the Streamlit entry point, a router over thin pages.

Started by ``reformgraph explore [GRAPH]`` (``make explore`` does this), which runs
``streamlit run`` on this file bound to 127.0.0.1

``--graph PATH`` (a graph JSON or a document) is optional; without it the app
builds the bundled document itself (cached). With ``NEO4J_URI`` set it reads
the graph from Neo4j and adds a read-only Cypher page.
"""

from __future__ import annotations

from pathlib import Path

# Streamlit makes this file the main module, so an upload's worker (a forkserver's child) runs it again as
# "__mp_main__" before it parses (multiprocessing re-imports the parent's main module). The worker needs nothing of
# the app: these imports (Streamlit and the pages' state, 1.9 s on a quiet machine) are the app's alone, and
# tests/test_upload_worker.py lists what a worker holds when it starts.
if __name__ != "__mp_main__":
    import streamlit as st

    from reformgraph.errors import ReformGraphError
    from reformgraph.explorer import state
    from reformgraph.explorer.i18n import t, text
    from reformgraph.explorer.ui import page_css

_HERE = Path(__file__).resolve().parent
PAGES = (
    # (file under screens/, url path, label key, icon); the first is served at the root, "/", and its url path
    # (the address a reader guesses, /overview) leads there (``_root_by_name``)
    ("overview.py", "overview", "nav.overview", ":material/dashboard:"),
    ("unit.py", "unit", "nav.unit", ":material/account_tree:"),
    ("chains.py", "chains", "nav.chains", ":material/link:"),
    ("bottlenecks.py", "bottlenecks", "nav.bottlenecks", ":material/hub:"),
    ("deadlines.py", "deadlines", "nav.deadlines", ":material/event:"),
    ("reforms.py", "reforms", "nav.reforms", ":material/list_alt:"),
    ("supervision.py", "supervision", "nav.supervision", ":material/traffic:"),
    ("compare.py", "compare", "nav.compare", ":material/compare_arrows:"),
    ("import_doc.py", "import", "nav.import", ":material/upload_file:"),
)
ROOT_SUFFIX = "-root"  # the root page's url path, served nowhere (``_root_by_name``)
LOOPBACK = ("127.0.0.1", "localhost", "::1")
CYPHER_PAGE = ("cypher.py", "cypher", "nav.cypher", ":material/terminal:")


def _language_from_url() -> None:
    """A new session's language from ``?lang=en``, before any label is written (the style sheet's too:
    read in the sidebar, after it, a session opened in English had Streamlit's uploader in Chinese)."""
    if "lang_en" not in st.session_state:
        st.session_state["lang_en"] = st.query_params.get("lang") == "en"


def _language_to_url() -> None:
    """The session's language kept in the address (``?lang=en``): Streamlit clears it when a page is left, and a
    reload, or a reconnect after a laptop slept (a new session), opened the next page in Chinese."""
    english = st.session_state.get("lang_en", False)
    if english and st.query_params.get("lang") != "en":
        st.query_params["lang"] = "en"
    elif not english and "lang" in st.query_params:
        del st.query_params["lang"]


def _sidebar() -> None:
    st.sidebar.toggle(text("app.english"), key="lang_en")
    _language_to_url()
    address = st.get_option("server.address")
    if address not in LOOPBACK:  # e.g. `streamlit run explorer/app.py` without --server.address 127.0.0.1
        st.sidebar.warning(t("app.exposed", address=address or "0.0.0.0"))
    st.sidebar.caption(t("app.tagline"))
    try:
        loaded = state.active_graph()
    except ReformGraphError as exc:  # pages that need the graph report it too, in one line
        st.sidebar.error(t("app.load_error", error=str(exc)))
        return
    src = loaded.source
    st.sidebar.markdown(f"**{t('app.source')}**")
    st.sidebar.caption(t(src.label_key(), **{k: Path(v).name if k == "path" else v for k, v in src.label_args}))
    st.sidebar.caption(t("app.counts", nodes=loaded.size[0], edges=loaded.size[1]))
    if loaded.parse_warnings:
        st.sidebar.caption(t("app.warnings", n=len(loaded.parse_warnings)))
    if src.kind == "upload" and st.sidebar.button(t("app.source.use_default")):
        st.session_state.pop("active_upload", None)
        st.rerun()


def main() -> None:
    # A local icon file: a :material/…: or emoji favicon would be fetched from a public CDN.
    st.set_page_config(page_title="ReformGraph", page_icon=str(_HERE / "assets" / "icon.svg"), layout="wide")
    st.set_option("client.toolbarMode", "viewer")  # no "Deploy" (to Streamlit's cloud) on an intranet tool
    _language_from_url()
    # Streamlit's own English in our words; and no Deploy on a first load started without that setting.
    st.html(page_css(*(t(f"common.{k}") for k in ("no_match", "skip", "stop", "upload", "drop"))))
    _sidebar()
    specs = list(PAGES)
    if state.neo4j_configured():
        specs.append(CYPHER_PAGE)
    pages = [  # the root page's url path is served nowhere (it is at "/"): its name leads there (_root_by_name)
        st.Page(
            str(_HERE / "screens" / file),
            title=t(key),
            url_path=url + ROOT_SUFFIX * (i == 0),
            icon=icon,
            default=(i == 0),
        )
        for i, (file, url, key, icon) in enumerate(specs)
    ]
    st.navigation([*pages, _root_by_name(pages[0], specs[0][1], t(specs[0][2]))]).run()
    _prefetch()


def _root_by_name(root: st.Page, name: str, title: str) -> st.Page:
    """A hidden page at ``/name``, the root page's own name (``/overview``), that opens the root page (``/``).

    Streamlit serves its default page at the root only, and ``/overview`` opened Streamlit's own English dialog,
    "Page not found", in a Chinese session (session 63). A url path must be unique, so the root page's own ends
    in :data:`ROOT_SUFFIX`."""

    def to_root() -> None:
        st.switch_page(root)

    return st.Page(to_root, title=title, url_path=name, visibility="hidden")


def _prefetch() -> None:
    """Once a page is drawn, the graph-wide figures of the heavier pages start in the background."""
    try:
        loaded = state.active_graph()
    except ReformGraphError:
        return
    from reformgraph.explorer import cached

    cached.prefetch(loaded.token, loaded.graph)


# Streamlit runs this file as "__main__". An upload's worker process (forkserver) runs it again as "__mp_main__",
# since Streamlit names it the main module: there, main() built the bundled graph and drew the overview in bare
# mode before parsing the upload: 33 s on the loaded machine of session 64 (7 s then, for the imports above).
if __name__ == "__main__":
    main()

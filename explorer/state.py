"""Where the explorer's graph comes from, and the caches that keep it warm.

The graph comes from, in order: an imported document chosen on the Import
page (this session only); Neo4j when ``NEO4J_URI`` is set; the graph JSON or
document given as ``--graph PATH`` after ``--`` on the ``streamlit run``
line (or ``REFORMGRAPH_GRAPH``); otherwise the bundled document.

Caching: the graph built from files is held once per process with
``st.cache_resource`` (no pickled copy beside it) and treated as read-only —
every function in ``graph/`` leaves its graph untouched — so a rerun
(switching units, moving a slider) costs no parse and no unpickling. Metrics are
``st.cache_data`` keyed by the graph's token (``explorer/cached.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import networkx as nx
import streamlit as st

from reformgraph.aliases import DEFAULT_ALIAS_PATH
from reformgraph.errors import ReformGraphError
from reformgraph.jsonio import graph_to_data, is_graph_json
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, BuildResult, build_from_paths

GRAPH_ENV = "REFORMGRAPH_GRAPH"
COMPARE_ENV = "REFORMGRAPH_COMPARE"


@dataclass(frozen=True)
class AppOptions:
    """What the ``streamlit run explorer/app.py -- ...`` line asked for."""

    graph_path: str | None = None
    compare_path: str | None = None  # the earlier version the 对比 page compares the graph with


def parse_app_args(argv: Sequence[str], env: dict[str, str] | None = None) -> AppOptions:
    """Read ``--graph PATH`` and ``--compare OLD`` from the arguments after ``--`` (other arguments are ignored).

    >>> parse_app_args(["--graph", "build/graph.json"]).graph_path
    'build/graph.json'
    >>> parse_app_args(["--graph", "2025.docx", "--compare", "2024.docx"], env={}).compare_path
    '2024.docx'
    >>> parse_app_args([], env={"REFORMGRAPH_GRAPH": "g.json"}).graph_path
    'g.json'
    >>> parse_app_args(["-q", "tests"], env={}).graph_path is None
    True
    """
    parser = argparse.ArgumentParser(prog="explorer/app.py", add_help=False, allow_abbrev=False)
    parser.add_argument("--graph", default=None)
    parser.add_argument("--compare", default=None)
    ns, _ = parser.parse_known_args(list(argv))
    env = os.environ if env is None else env
    return AppOptions(
        graph_path=ns.graph or env.get(GRAPH_ENV) or None, compare_path=ns.compare or env.get(COMPARE_ENV) or None
    )


@dataclass(frozen=True)
class Source:
    """One place a graph can come from: ``kind`` is bundled, file, neo4j or upload."""

    kind: str
    ref: str
    label_args: tuple[tuple[str, str], ...] = ()

    def label_key(self) -> str:
        return f"app.source.{self.kind}"


@dataclass(frozen=True)
class LoadedGraph:
    """A graph ready to explore, with its cache token and what the build noticed."""

    token: str
    graph: nx.MultiDiGraph = field(repr=False)
    source: Source
    parse_warnings: tuple = ()  # (path, records.ParseWarning): the Import page words them in the page's language
    unresolved: tuple[str, ...] = ()
    size: tuple[int, int] = field(init=False)

    def __post_init__(self) -> None:
        # (nodes, edges), counted once
        object.__setattr__(self, "size", (self.graph.number_of_nodes(), edge_count(self.graph)))


def edge_count(G: nx.MultiDiGraph) -> int:
    """``G.number_of_edges()``, counted on the adjacency: networkx sums every node's degree through its views
    (233 ms on 100 copies of the bundled document, 86,287 nodes, at load 15; this, 28 ms).

    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "a"), ("c", "c")])
    >>> edge_count(G), G.number_of_edges()
    (4, 4)
    """
    return sum(map(len, chain.from_iterable(map(dict.values, G._succ.values()))))


def _stamp(path: Path) -> str:
    st_ = path.stat()
    return f"{st_.st_mtime_ns}:{st_.st_size}"


def _alias_stamp() -> str:
    return _stamp(DEFAULT_ALIAS_PATH) if DEFAULT_ALIAS_PATH.exists() else "-"


# ---- files (the bundled document, or --graph PATH) -------------------------------------------


def parsed_paths(paths: tuple[str, ...], stamp: str) -> BuildResult:
    """Parse and build ``paths`` (documents or graph JSON); ``stamp`` changes when a file does.

    Not cached itself: :func:`shared_graph_from_paths` holds the one graph, and a
    pickled copy in ``st.cache_data`` would double the graph's memory.
    """
    return build_from_paths(list(paths))


@st.cache_resource(show_spinner=False, max_entries=8)
def shared_graph_from_paths(paths: tuple[str, ...], stamp: str, kind: str) -> LoadedGraph:
    """The one read-only graph per process for these files (built from :func:`parsed_paths`)."""
    result = parsed_paths(paths, stamp)
    ref = paths[0]
    token = "file:" + hashlib.sha256(f"{paths}|{stamp}".encode()).hexdigest()[:16]
    return LoadedGraph(
        token,
        result.graph,
        Source(kind, ref, (("path", ref),)),
        result.parse_warnings,
        result.unresolved,
    )


def load_paths(paths: Sequence[str], kind: str) -> LoadedGraph:
    """Load (or reuse) the graph for ``paths``; raises ReformGraphError with a one-line message."""
    resolved = tuple(str(Path(p).resolve()) for p in paths)
    missing = [p for p, r in zip(paths, resolved) if not Path(r).is_file()]
    if missing:
        raise ReformGraphError(f"{missing[0]}: file not found")
    stamp = "|".join(_stamp(Path(p)) for p in resolved) + "|" + _alias_stamp()
    return shared_graph_from_paths(resolved, stamp, kind)


# ---- uploads (the Import page) --------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=16)
def parsed_upload(digest: str, name: str, _data: bytes, columns: str = "") -> BuildResult:
    """Parse an uploaded document in a worker process with a time budget (keyed by its SHA-256, ``upload_digest``),
    its tables' columns named by ``columns`` (``--columns``' spec, checked by the page), when given."""
    from reformgraph.explorer.upload import build_isolated
    from reformgraph.loaders.column_spec import parse_columns

    return build_isolated(_data, name, columns=parse_columns(columns) if columns.strip() else None)


@st.cache_resource(show_spinner=False, max_entries=16)
def shared_graph_from_upload(digest: str, name: str, _data: bytes, columns: str = "") -> LoadedGraph:
    result = parsed_upload(digest, name, _data, columns)
    return LoadedGraph(
        f"upload:{digest[:16]}",
        result.graph,
        Source("upload", digest, (("name", name),)),
        result.parse_warnings,
        result.unresolved,
    )


def remember_upload(name: str, data: bytes, columns: str = "") -> str:
    """Keep an uploaded file's bytes in this session (never on disk), and the column names it is read with; return
    its digest (``upload_digest``).

    A session keeps at most ``MAX_UPLOADS_PER_SESSION`` uploads, the one in use included.
    """
    from reformgraph.explorer.upload import keep_recent, upload_digest

    digest = upload_digest(data, columns)
    uploads = st.session_state.get("uploads", {})
    st.session_state["uploads"] = keep_recent(
        uploads, digest, (name, data), active=st.session_state.get("active_upload")
    )
    if columns.strip():
        st.session_state["upload_columns"] = {
            k: v for k, v in st.session_state.get("upload_columns", {}).items() if k in st.session_state["uploads"]
        } | {digest: columns}
    return digest


# ---- Neo4j -------------------------------------------------------------------------------------


def neo4j_configured(env: dict[str, str] | None = None) -> bool:
    """True when ``NEO4J_URI`` is set: the explorer then reads its graph from Neo4j."""
    env = os.environ if env is None else env
    return bool(env.get("NEO4J_URI"))


@st.cache_resource(show_spinner=False)
def neo4j_driver():
    """One long-lived driver per process (``cypher`` is imported only when Neo4j is used)."""
    from reformgraph.cypher.connect import driver_from_env

    return driver_from_env()


def neo4j_database() -> str:
    """``NEO4J_DATABASE`` or ``neo4j`` (the database is always named)."""
    from reformgraph.cypher.connect import database_from_env

    return database_from_env()


@st.cache_resource(show_spinner=False, ttl=300)
def shared_graph_from_neo4j(database: str) -> LoadedGraph:
    """The whole graph fetched from Neo4j (refetched at most every five minutes)."""
    from reformgraph.cypher.store import fetch_graph

    G = fetch_graph(neo4j_driver(), database)  # driver failures arrive as one-line DatabaseErrors
    # The token follows the content, so metrics cached for an older fetch are never reused.
    content = json.dumps(graph_to_data(G), sort_keys=True, ensure_ascii=False, default=str)
    token = "neo4j:" + hashlib.sha256(content.encode()).hexdigest()[:16]
    return LoadedGraph(token, G, Source("neo4j", database, (("database", database),)))


# ---- the session's graph -----------------------------------------------------------------------


def default_graph() -> LoadedGraph:
    """The graph every session starts with (Neo4j, --graph PATH, or the bundled document)."""
    if neo4j_configured():
        return shared_graph_from_neo4j(neo4j_database())
    options = parse_app_args(sys.argv[1:])
    if options.graph_path:
        return load_paths([options.graph_path], "file")
    return load_paths([str(BUNDLED_DOCUMENT)], "bundled")


def active_graph() -> LoadedGraph:
    """The graph this session explores: the imported one when chosen, else the default."""
    chosen = st.session_state.get("active_upload")
    uploads = st.session_state.get("uploads", {})
    if chosen and chosen in uploads:
        name, data = uploads[chosen]
        return shared_graph_from_upload(chosen, name, data, st.session_state.get("upload_columns", {}).get(chosen, ""))
    return default_graph()


@st.cache_resource(show_spinner=False, max_entries=4)
def shared_graph_from_json_upload(digest: str, name: str, _data: bytes) -> LoadedGraph:
    """The graph of an uploaded graph JSON (``upload.graph_from_json_bytes``), one per process for these bytes."""
    from reformgraph.explorer.upload import graph_from_json_bytes

    result = graph_from_json_bytes(_data, name)
    return LoadedGraph(f"upload:{digest[:16]}", result.graph, Source("upload", digest, (("name", name),)))


def uploaded_graph(name: str, data: bytes, *, graph_json: bool = False) -> LoadedGraph:
    """The graph of an uploaded document (parsed in the upload worker, with the Import page's limits), or, with
    ``graph_json``, of a graph JSON too (the 对比 page's earlier version), or ReformGraphError with the reason.
    A file that failed is remembered by its digest for this session, so that a rerun of the page does not parse
    it again."""
    from reformgraph.explorer.upload import COMPARE_TYPES, UPLOAD_TYPES, check_upload, keep_recent

    check_upload(name, len(data), types=COMPARE_TYPES if graph_json else UPLOAD_TYPES)
    digest = hashlib.sha256(data).hexdigest()
    failures = st.session_state.setdefault("upload_failures", {})
    if digest in failures:
        raise failures[digest]
    try:
        if is_graph_json(name):
            return shared_graph_from_json_upload(digest, name, data)
        return shared_graph_from_upload(digest, name, data)
    except ReformGraphError as exc:
        st.session_state["upload_failures"] = keep_recent(failures, digest, exc, active=None)
        raise


def compare_configured() -> bool:
    """Whether the 对比 page has an earlier version: one uploaded there, or ``--compare OLD``."""
    return bool(st.session_state.get("compare_upload") or parse_app_args(sys.argv[1:]).compare_path)


def compare_graph() -> LoadedGraph | None:
    """The earlier version the 对比 page compares the session's graph with: a document uploaded on that page
    (this session only), else ``--compare OLD``, else None. Raises ReformGraphError (one line) for a file
    that cannot be read."""
    uploaded = st.session_state.get("compare_upload")
    if uploaded:
        name, data = uploaded
        return uploaded_graph(name, data, graph_json=True)
    path = parse_app_args(sys.argv[1:]).compare_path
    return load_paths([path], "file") if path else None


def require_graph() -> LoadedGraph:
    """``active_graph()``, or a one-line error on the page and stop (never a traceback)."""
    from reformgraph.explorer.i18n import t

    try:
        return active_graph()
    except ReformGraphError as exc:
        st.error(t("app.load_error", error=str(exc)))
        st.stop()
        raise  # unreachable: st.stop() ends the run

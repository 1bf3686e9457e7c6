"""From paths to one graph: the I/O edge that the CLI, explorer and benchmarks share.

>>> result = build_from_paths([str(BUNDLED_DOCUMENT)])
>>> sum(1 for _, k in result.graph.nodes(data="kind") if k == "Workplan")
124
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

from reformgraph.aliases import AliasTable, load_alias_table, near_duplicates
from reformgraph.build import build_graph, unresolved_forms
from reformgraph.errors import ReformGraphError, StrictModeError
from reformgraph.jsonio import is_graph_json, read_graph_json
from reformgraph.loaders.read import read_document
from reformgraph.records import Document
from reformgraph.resources import bundled_document

BUNDLED_DOCUMENT = bundled_document()


@dataclass(frozen=True)
class BuildResult:
    """A built graph and what the build noticed on the way."""

    graph: nx.MultiDiGraph
    documents: tuple[Document, ...]
    warnings: tuple[str, ...]
    unresolved: tuple[str, ...]
    near_duplicates: tuple[tuple[str, str, float], ...]
    failures: tuple[str, ...] = ()  # inputs left out with --keep-going: "path[:line]: reason"


def build_from_paths(
    paths: Sequence[str],
    *,
    alias_path: str | None = None,
    strict: bool = False,
    aliases: AliasTable | None = None,
    keep_going: bool = False,
) -> BuildResult:
    """Read every path (documents or graph JSON) and build one graph.

    Raises DocumentError (or a subclass) for unreadable input, and StrictModeError
    when ``strict`` and any document parsed with warnings. With ``keep_going`` an
    unreadable document is left out and reported in ``failures`` (an error still when
    no input can be read).
    """
    table = aliases if aliases is not None else load_alias_table(alias_path)
    documents: list[Document] = []
    json_graphs: list[nx.MultiDiGraph] = []
    failures: list[str] = []
    for path in paths:
        try:
            if is_graph_json(path):
                json_graphs.append(read_graph_json(path))
            else:
                documents.append(read_document(path))
        except ReformGraphError as exc:
            if not keep_going or len(failures) + 1 == len(paths):
                raise
            failures.append(str(exc))
    warnings = tuple(f"{d.path}:{w.line}: {w.message}" for d in documents for w in d.warnings)
    if strict and warnings:
        first = documents[[bool(d.warnings) for d in documents].index(True)]
        raise StrictModeError(
            f"{len(warnings)} warning(s) with --strict; first: {first.warnings[0].message}",
            path=first.path,
            line=first.warnings[0].line,
        )
    G = build_graph(documents, table)
    for other in json_graphs:
        docs = list(dict.fromkeys(G.graph.get("documents", []) + other.graph.get("documents", [])))
        G = nx.compose(G, other)
        G.graph["documents"] = docs
    unresolved = tuple(unresolved_forms(documents, table))
    dups = tuple(near_duplicates([d["name"] for _, d in G.nodes(data=True) if d.get("kind") == "Unit"], table))
    return BuildResult(G, tuple(documents), warnings, unresolved, dups, tuple(failures))

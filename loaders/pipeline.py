"""From paths to one graph: the I/O edge that the CLI, explorer and benchmarks share.

A graph JSON input is read as it is (checked, not copied, nothing in it
recomputed); documents are parsed and built without networkx, which is
imported only when ``result.graph`` is first used.

>>> result = build_from_paths([str(BUNDLED_DOCUMENT)])
>>> result.data.kind_counts()["Workplan"]
124
>>> sum(1 for _, k in result.graph.nodes(data="kind") if k == "Workplan")
124
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from reformgraph.aliases import AliasTable, load_alias_table, near_duplicates
from reformgraph.build import build_data, plan_places, unplaced_plans, unresolved_forms
from reformgraph.errors import ReformGraphError, StrictModeError
from reformgraph.gcpause import paused_gc
from reformgraph.graphdata import GraphData
from reformgraph.jsonio import is_graph_json, read_graph_data
from reformgraph.loaders.column_spec import ColumnSpec
from reformgraph.loaders.read import read_document
from reformgraph.records import Document, ParseWarning
from reformgraph.resources import bundled_document

if TYPE_CHECKING:
    import networkx as nx

BUNDLED_DOCUMENT = bundled_document()


@dataclass(frozen=True, eq=False)
class BuildResult:
    """A built graph and what the build noticed on the way.

    ``data`` is the graph as plain dicts; ``graph`` is the networkx
    MultiDiGraph over the same dicts, made on first use. ``near_duplicates``
    (suspected spellings of one unit) is worked out on first use too: only
    ``build`` prints it.
    """

    data: GraphData
    documents: tuple[Document, ...]
    parse_warnings: tuple[tuple[str, ParseWarning], ...]  # (path, warning) of every document, in order
    unresolved: tuple[str, ...]
    aliases: AliasTable | None = field(default=None, repr=False)
    failures: tuple[str, ...] = ()  # inputs left out with --keep-going: "path[:line]: reason"
    unplaced: tuple[str, ...] = ()  # plans of no place beside plans of a known place (``build.unplaced_plans``)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Each parse warning as the command line prints it: ``path:line: message``."""
        return tuple(f"{path}:{w.line}: {w.message}" for path, w in self.parse_warnings)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        return self.data.to_networkx()

    @cached_property
    def near_duplicates(self) -> tuple[tuple[str, str, float], ...]:
        names = [d["name"] for d in self.data.nodes.values() if d.get("kind") == "Unit"]
        return tuple(near_duplicates(names, self.aliases))


def build_from_paths(
    paths: Sequence[str],
    *,
    alias_path: str | None = None,
    strict: bool = False,
    aliases: AliasTable | None = None,
    keep_going: bool = False,
    columns: ColumnSpec | None = None,
) -> BuildResult:
    """Read every path (documents or graph JSON) and build one graph; ``columns``: the user's names of the documents'
    tables' columns (``column_spec.parse_columns``, ``--columns``).

    Raises DocumentError (or a subclass) for unreadable input, GraphFormatError
    for a graph JSON that breaks the contract, and StrictModeError when
    ``strict`` and any document parsed with warnings. With ``keep_going`` an
    unreadable document is left out and reported in ``failures`` (an error still when
    no input can be read).
    """
    table = aliases if aliases is not None else load_alias_table(alias_path)
    with paused_gc():  # millions of objects that all stay alive: nothing for the collector to find
        documents: list[Document] = []
        read: list[GraphData] = []
        failures: list[str] = []
        for path in paths:
            try:
                if is_graph_json(path):
                    read.append(read_graph_data(path))
                else:
                    documents.append(read_document(path, columns=columns))
            except ReformGraphError as exc:
                if not keep_going or len(failures) + 1 == len(paths):
                    raise
                failures.append(str(exc))
        result = build_from_documents(documents, table, strict=strict, graphs=read)
    return replace(result, failures=tuple(failures)) if failures else result


def build_from_documents(
    documents: Sequence[Document],
    aliases: AliasTable,
    *,
    strict: bool = False,
    graphs: Sequence[GraphData] = (),
) -> BuildResult:
    """Build parsed ``documents`` into one graph, merged with already built ``graphs`` (read from JSON).

    A single graph and no documents is used as it is.
    """
    warnings = tuple((d.path, w) for d in documents for w in d.warnings)
    if strict and warnings:
        path, first = warnings[0]
        raise StrictModeError(
            f"{len(warnings)} warning(s) with --strict; first: {first.message}", path=path, line=first.line
        )
    places = plan_places(documents)  # once, for the graph and the warning (round 79)
    with paused_gc():
        if graphs and not documents:
            data, rest = graphs[0], graphs[1:]
        else:
            data, rest = build_data(documents, aliases, places), graphs
        for other in rest:
            data.update(other)
    unresolved = tuple(unresolved_forms(documents, aliases))
    return BuildResult(
        data, tuple(documents), warnings, unresolved, aliases, unplaced=unplaced_plans(documents, places)
    )

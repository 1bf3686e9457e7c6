"""Building the graph: every mention of a unit, however often its name is met, gives the graph it gave when
each was resolved on its own (``build._add_unit`` answers later mentions of a surface form from a memo)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from support.expected_files import documents

from reformgraph import build
from reformgraph.aliases import AliasTable, load_alias_table
from reformgraph.jsonio import graph_json_bytes
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import read_document


class _Forgetful(dict):
    """A memo that never remembers: every mention is resolved as if it were the first."""

    def __setitem__(self, key, value) -> None:
        pass


def _built(docs, aliases: AliasTable, monkeypatch, memo: type[dict]) -> bytes:
    made: dict[int, dict] = {}  # one memo per table the build keeps (one per way of naming a place's bodies)
    real_add_document = build._add_document

    def add_document(G, doc, aliases, units, *place):
        real_add_document(G, doc, aliases, made.setdefault(id(units), memo()), *place)

    monkeypatch.setattr(build, "_add_document", add_document)
    try:
        return graph_json_bytes(build.build_data(docs, aliases))
    finally:
        monkeypatch.setattr(build, "_add_document", real_add_document)


def test_units_met_again_build_the_same_graph_as_units_resolved_each_time(monkeypatch):
    real = documents(Path(__file__).parent / "fixtures" / "real")
    docs = [read_document(p) for p in [BUNDLED_DOCUMENT, *real]]
    docs.append(replace(docs[0], key="again"))  # the bundled document twice: every name met again
    aliases = load_alias_table(None)
    remembered = _built(docs, aliases, monkeypatch, dict)
    assert remembered == _built(docs, aliases, monkeypatch, _Forgetful)
    assert remembered == graph_json_bytes(build.build_data(docs, aliases))

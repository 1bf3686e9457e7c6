"""Finding a unit from what a person types: names, spellings, 简称 and rules.

:func:`search_units` ranks every unit for a query and says why it matched. In order:

1. the canonical name or a spelling the document used (its ``aliases``): 100;
2. the query inside the name (``市场监管局`` → 市市场监管局, ``网信办`` → 市委网信办): 90, shorter names first;
3. a 简称 from the abbreviation table (``data/abbreviations.csv``: ``发改委`` → a name containing
   发展改革委, ``人社局`` → 人力社保局, ``环保局`` → 生态环境局): 85;
4. every character of the query in order (``住建委`` → 市住房城乡建委): 70, tighter matches first;
5. otherwise rapidfuzz similarity (a typo such as ``市财证局``), at most 60.

:func:`unit_abbreviations` lists the short forms that stand for a name, so a search box that
filters its options by their text finds them too.

>>> from reformgraph.metrics.sample import graph_from_measures
>>> G = graph_from_measures([("1", "市发展改革委", "市人力社保局、市委网信办")])
>>> [m.name for m in search_units(G, "发改委")][:1], search_units(G, "人社局")[0].name
(['市发展改革委'], '市人力社保局')
>>> search_units(G, "网信办")[0].why
'name contains'
>>> unit_abbreviations("市发展改革委")
('发改委',)
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rapidfuzz import fuzz

from reformgraph.errors import ReformGraphError

ABBREVIATIONS_FILE = "abbreviations.csv"


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found for a query: its id, name, score (0–100) and the rule that found it."""

    unit: str
    name: str
    score: float
    why: str


@lru_cache(maxsize=4)
def abbreviation_table(path: str | None = None) -> tuple[tuple[str, str], ...]:
    """``(short, long)`` rows of the 简称 table (the packaged one unless ``path``)."""
    from reformgraph.resources import data_path

    file = Path(path) if path else data_path(ABBREVIATIONS_FILE)
    rows = []
    try:
        with file.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(line for line in fh if not line.lstrip().startswith("#"))
            header = next(reader, None)
            if header is None or [h.strip() for h in header[:2]] != ["short", "long"]:
                raise ReformGraphError(f"{file}:1: expected the header 'short,long'")
            for row in reader:
                if len(row) >= 2 and row[0].strip() and row[1].strip():
                    rows.append((row[0].strip(), row[1].strip()))
    except OSError as exc:
        raise ReformGraphError(f"{file}: cannot read the abbreviation table ({exc.strerror or exc})") from None
    return tuple(rows)


def unit_abbreviations(name: str, table: tuple[tuple[str, str], ...] | None = None) -> tuple[str, ...]:
    """The short forms of ``name``: every 简称 whose long form it contains (not already part of it)."""
    table = abbreviation_table() if table is None else table
    out = []
    for short, long in table:
        if long in name and short not in name and short not in out:
            out.append(short)
    return tuple(out)


def _in_order(query: str, name: str) -> int | None:
    """The span of ``name`` holding every character of ``query`` in order (None if it does not)."""
    start = pos = -1
    for ch in query:
        pos = name.find(ch, pos + 1)
        if pos < 0:
            return None
        if start < 0:
            start = pos
    return pos - start + 1


def expand_abbreviations(query: str, table: tuple[tuple[str, str], ...] | None = None) -> set[str]:
    """What ``query`` reads as with its 简称 spelled out (``市发改委`` → ``市发展改革委``); empty when none.

    >>> sorted(expand_abbreviations("发改委", (("发改委", "发展改革委"),)))
    ['发展改革委']
    """
    table = abbreviation_table() if table is None else table
    out = {query.replace(short, long) for short, long in table if short in query}
    return out | {long for short, long in table if short == query}


def search_units(
    G: nx.MultiDiGraph,
    query: str,
    *,
    table: tuple[tuple[str, str], ...] | None = None,
    busy: Mapping[str, float] | None = None,
    limit: int = 10,
) -> list[UnitMatch]:
    """The units ``query`` may mean, best first (ties: busier units per ``busy``, then shorter names)."""
    q = "".join((query or "").split())
    if not q:
        return []
    expansions = expand_abbreviations(q, table)
    busy = busy or {}
    found: list[UnitMatch] = []
    for n, d in G.nodes(data=True):
        if d.get("kind") != "Unit":
            continue
        name = str(d.get("name") or n)
        spellings = {name, *(d.get("aliases") or ())}
        if q in spellings or q == n:
            match = UnitMatch(n, name, 100.0, "name")
        elif q in name:
            match = UnitMatch(n, name, 90.0 - len(name) / 100, "name contains")
        elif any(x in name for x in expansions):
            match = UnitMatch(n, name, 85.0 - len(name) / 100, "abbreviation")
        elif (span := _in_order(q, name)) is not None and len(q) >= 2:
            match = UnitMatch(n, name, 70.0 - (span - len(q)) - len(name) / 100, "characters in order")
        else:
            score = fuzz.WRatio(q, name)
            if score < 60:
                continue
            match = UnitMatch(n, name, min(60.0, score * 0.6), "similar")
        found.append(match)
    found.sort(key=lambda m: (-m.score, -float(busy.get(m.unit, 0.0)), len(m.name), m.name))
    return found[:limit]

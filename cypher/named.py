"""Named queries: one Cypher file per query in ``cypher/queries/``, with a header naming its parameters.

A query file starts with comment lines: the first is ``// NAME: what it answers``,
the next ones describe it, and each parameter has one line::

    // @param NAME: TYPE [= DEFAULT] [-- description]

TYPE is ``str``, ``int``, ``float``, ``bool`` or ``choice(a,b,c)``; DEFAULT is a
JSON value (``"load"``, ``20``, ``false``, ``null``); a parameter without a
default is required. Queries take parameters only (never text spliced into
Cypher), and every label and relationship type in them is checked against the
contract's lists when the file is read.

>>> q = get_query("top_units")
>>> [p.name for p in q.params][:2]
['by', 'n']
>>> q.bind({"n": "5", "by": "lead"})["n"], q.bind({})["by"]
(5, 'load')
>>> q.bind({"by": "size"})
Traceback (most recent call last):
...
reformgraph.errors.QueryParameterError: top_units: parameter by must be one of load, lead, support (got 'size')
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reformgraph.aliases import suggest
from reformgraph.cypher.connect import at_boundary
from reformgraph.errors import GraphFormatError, QueryParameterError, UnknownQueryError
from reformgraph.jsonio import EDGE_RELS, NODE_KINDS
from reformgraph.regexcache import compiled

if TYPE_CHECKING:  # pragma: no cover
    from neo4j import Driver

QUERY_DIR = Path(__file__).with_name("queries")
_PARAM = compiled(r"^//\s*@param\s+(\w+)\s*:\s*(\w+(?:\([^)]*\))?)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$")
_NAME = compiled(r"^//\s*(\w+)\s*:\s*(.*)$")
_LABEL_IN_PATTERN = compiled(r"\(\s*\w*\s*:\s*([A-Za-z_]\w*)")
_LABEL_PREDICATE = compiled(r"\b[a-z_]\w*:([A-Z]\w*)")
_REL_TYPES = compiled(r"\[\s*\w*\s*:\s*([A-Za-z_|]+)")
_TRUE, _FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


@dataclass(frozen=True)
class Param:
    """One declared parameter: its type, its default (``required`` when it has none) and what it means."""

    name: str
    type: str
    default: Any = None
    required: bool = True
    description: str = ""

    @property
    def bounds(self) -> tuple[int, int] | None:
        """``(low, high)`` for an ``int(low..high)`` parameter."""
        m = re.match(r"^int\((-?\d+)\.\.(-?\d+)\)$", self.type)
        return (int(m.group(1)), int(m.group(2))) if m else None

    @property
    def choices(self) -> tuple[str, ...]:
        if self.type.startswith("choice("):
            return tuple(c.strip() for c in self.type[7:-1].split(","))
        return ()

    def convert(self, value: Any, query: str) -> Any:
        """``value`` (text from the command line, or already typed) as this parameter's type."""
        if value is None:
            return None
        base = "choice" if self.choices else self.type.partition("(")[0]
        try:
            if base == "int":
                if isinstance(value, bool):
                    raise ValueError
                number = int(value)
                if self.bounds and not self.bounds[0] <= number <= self.bounds[1]:
                    raise QueryParameterError(
                        f"{query}: parameter {self.name} must be between "
                        f"{self.bounds[0]} and {self.bounds[1]} (got {number})"
                    )
                return number
            if base == "float":
                return float(value)
            if base == "bool":
                if isinstance(value, bool):
                    return value
                text = str(value).strip().lower()
                if text not in _TRUE | _FALSE:
                    raise ValueError
                return text in _TRUE
        except (TypeError, ValueError):
            raise QueryParameterError(f"{query}: parameter {self.name} must be {base} (got {value!r})") from None
        value = str(value)
        if self.choices and value not in self.choices:
            raise QueryParameterError(
                f"{query}: parameter {self.name} must be one of {', '.join(self.choices)} (got {value!r})"
            )
        return value


@dataclass(frozen=True)
class NamedQuery:
    """A query file: name, one-line summary, description, parameters and Cypher text."""

    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def bind(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """The full parameter map: given values converted, defaults filled in; errors for unknown or missing."""
        declared = {p.name: p for p in self.params}
        for key in given:
            if key not in declared:
                hint = suggest(key, declared)
                tip = f"; did you mean: {', '.join(hint)}?" if hint else ""
                known = ", ".join(declared) or "none"
                raise QueryParameterError(f"{self.name}: unknown parameter {key!r} (parameters: {known}){tip}")
        out = {}
        for p in self.params:
            if p.name in given:
                out[p.name] = p.convert(given[p.name], self.name)
            elif p.required:
                raise QueryParameterError(f"{self.name}: parameter {p.name} is required ({p.description or p.type})")
            else:
                out[p.name] = p.default
        return out


def check_schema_names(text: str, source: str = "<query>") -> None:
    """GraphFormatError when the query names a label or relationship type outside the contract.

    >>> check_schema_names("MATCH (u:Unit)-[:LEADS|SUPPORTS]->(m:Measure) WHERE m:Measure RETURN u")
    >>> check_schema_names("MATCH (u:Unit)-[:OWNS]->(m) RETURN u", "q.cypher")
    Traceback (most recent call last):
    ...
    reformgraph.errors.GraphFormatError: q.cypher: relationship type 'OWNS' is not in the contract
    """
    body = re.sub(r"//[^\n]*|'(?:\\.|[^'\\])*'", " ", text)
    no_rels = re.sub(r"\[[^\]]*\]", " ", body)
    for label in _LABEL_IN_PATTERN.findall(no_rels) + _LABEL_PREDICATE.findall(no_rels):
        if label not in NODE_KINDS:
            raise GraphFormatError(f"label {label!r} is not in the contract", path=str(source))
    for group in _REL_TYPES.findall(body):
        for rel in group.split("|"):
            if rel and rel not in EDGE_RELS:
                raise GraphFormatError(f"relationship type {rel!r} is not in the contract", path=str(source))


def parse_query_file(path: Path) -> NamedQuery:
    """Read one query file (header comments, then Cypher)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    head = []
    for line in lines:
        if not line.startswith("//"):
            break
        head.append(line)
    m = _NAME.match(head[0]) if head else None
    if not m or m.group(1) != path.stem:
        raise GraphFormatError(f"the first line must be '// {path.stem}: what it answers'", path=str(path))
    params, notes = [], []
    for line in head[1:]:
        pm = _PARAM.match(line)
        if pm:
            name, ptype, default, description = pm.groups()
            base = ptype.partition("(")[0]
            if base not in ("str", "int", "float", "bool", "choice") or (
                base == "int" and ptype != "int" and not Param(name, ptype).bounds
            ):
                raise GraphFormatError(f"parameter {name} has unknown type {ptype!r}", path=str(path))
            params.append(
                Param(
                    name, ptype, json.loads(default) if default else None, default is None, (description or "").strip()
                )
            )
        elif line.lstrip("/ ").startswith("@param"):
            raise GraphFormatError(f"cannot read the parameter line {line!r}", path=str(path))
        else:
            notes.append(line[2:].strip())
    body = "\n".join(lines[len(head) :]).strip()
    check_schema_names(body, str(path))
    used = set(re.findall(r"\$(\w+)", re.sub(r"'(?:\\.|[^'\\])*'", " ", body)))
    declared = {p.name for p in params}
    if used != declared:
        raise GraphFormatError(
            f"parameters used {sorted(used)} differ from those declared {sorted(declared)}", path=str(path)
        )
    return NamedQuery(path.stem, m.group(2).strip(), " ".join(notes), tuple(params), body, path)


@cache
def load_queries(directory: Path = QUERY_DIR) -> dict[str, NamedQuery]:
    """Every named query in ``directory``, by name (sorted)."""
    return {q.name: q for q in sorted((parse_query_file(p) for p in directory.glob("*.cypher")), key=lambda q: q.name)}


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; UnknownQueryError (with suggestions) otherwise."""
    queries = load_queries()
    if name not in queries:
        hint = suggest(name, queries)
        tip = f"; did you mean: {', '.join(hint)}?" if hint else ""
        raise UnknownQueryError(f"unknown query {name!r} (queries: {', '.join(queries)}){tip}")
    return queries[name]


def parse_param_args(args: Sequence[str]) -> dict[str, str]:
    """``["n=10", "unit=市财政局"]`` → ``{"n": "10", "unit": "市财政局"}``.

    >>> parse_param_args(["n=10", "unit=a=b"])
    {'n': '10', 'unit': 'a=b'}
    """
    out = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        if not sep or not key.strip():
            raise QueryParameterError(f"--param expects NAME=VALUE, got {arg!r}")
        out[key.strip()] = value
    return out


@at_boundary
def run_query(driver: Driver, database: str, name: str, params: Mapping[str, Any] | None = None) -> list[dict]:
    """Run the named query ``name`` in a read transaction; rows as plain dicts."""
    query = get_query(name)
    bound = query.bind(params or {})

    def work(tx) -> list[dict]:
        return [record.data() for record in tx.run(query.text, bound)]

    with driver.session(database=database) as session:
        return session.execute_read(work)

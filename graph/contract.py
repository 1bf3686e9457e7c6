"""The reformgraph/1 contract: what every node kind and edge rel carries, and checking data against it.

``graph_data`` turns parsed graph JSON into a :class:`~reformgraph.graphdata.GraphData`
after checking everything ``docs/graph-json.md`` promises: the node kinds and
edge rels, that every edge joins two nodes of the graph and of the right
kinds, the required attributes and their JSON types, non-empty names and ids,
plain attribute values (a string, number, boolean, null, or a list of those;
nothing nested). The checks run as a few whole-list passes done in C
(``map``, ``set``, ``zip``), fast enough that reading a graph stays several
times faster than parsing its documents; only when they find something does
a slower pass go item by item to name the first problem in one line.

>>> ok = {"directed": True, "multigraph": True, "graph": {"schema": SCHEMA},
...       "nodes": [{"kind": "District", "name": "酉阳县", "id": "district:酉阳县"}], "edges": []}
>>> list(graph_data(ok, copy=True).nodes)
['district:酉阳县']
>>> bad = {**ok, "edges": [{"rel": "LOCATED_IN", "source": "unit:x", "target": "district:酉阳县"}]}
>>> graph_data(bad, source="g.json")
Traceback (most recent call last):
...
reformgraph.errors.GraphFormatError: g.json:edges[0]: LOCATED_IN edge: source "unit:x" is not a node of the graph
"""

from __future__ import annotations

import operator
from collections import Counter, deque
from itertools import chain, compress, repeat
from operator import add, itemgetter, setitem
from typing import Any, NoReturn

import orjson

from reformgraph.errors import GraphFormatError
from reformgraph.graphdata import GraphData

SCHEMA = "reformgraph/1"

NODE_KINDS = ("Document", "Reform", "Workplan", "Measure", "Unit", "District", "Law", "Person")
EDGE_RELS = (
    "PART_OF",
    "LEADS",
    "SUPPORTS",
    "RESPONSIBLE_FOR",
    "CONTACT_FOR",
    "MEMBER_OF",
    "APPLIES_TO",
    "CITES",
    "LOCATED_IN",
)

_STR, _OPT_STR, _INT, _LIST = (str,), (str, type(None)), (int,), (list,)
_TYPE_NAMES = {_STR: "a string", _OPT_STR: "a string or null", _INT: "an integer", _LIST: "a list of strings"}

#: The attributes every node kind must carry and the JSON types allowed for each (lists: of strings).
NODE_ATTRIBUTES: dict[str, tuple[tuple[str, tuple[type, ...]], ...]] = {
    "Document": (
        ("title", _STR),
        ("path", _STR),
        ("sha256", _STR),
        ("issuer", _OPT_STR),
        ("doc_number", _OPT_STR),
        ("date", _OPT_STR),
    ),
    "Reform": (("number", _STR), ("title", _STR)),
    "Workplan": (
        ("number", _STR),
        ("title", _STR),
        ("variant", _OPT_STR),
        ("scope", _OPT_STR),
        ("line_start", _INT),
        ("line_end", _INT),
    ),
    "Measure": (
        ("workplan", _STR),
        ("seq", _INT),
        ("text", _STR),
        ("deadline_raw", _OPT_STR),
        ("deadline", _OPT_STR),
        ("status", _OPT_STR),
        ("line", _INT),
    ),
    "Unit": (("name", _STR), ("aliases", _LIST), ("category", _STR)),
    "District": (("name", _STR),),
    "Law": (("title", _STR), ("category", _STR)),
    "Person": (("name", _STR),),
}
#: What a ledger reports on a measure (``reformgraph ledger import``; "Additions to version 1" in docs/graph-json.md).
PROGRESS_ATTRIBUTES = ("progress_status", "progress_text", "progress_updated", "progress_source")
#: The attributes ReformGraph writes beyond the required ones, by kind or rel, in the order it writes them
#: (after the required ones). Not a promise of the contract: an item may carry any other plain attribute too.
#: The graph JSON reader decodes big files whose items carry no other attribute against their whole shape.
WRITTEN_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "Reform": ("document",),
    "Workplan": ("reform", "document"),
    "Measure": ("document", *PROGRESS_ATTRIBUTES),
    "RESPONSIBLE_FOR": ("line",),
    "CONTACT_FOR": ("line", "measure"),
}
#: Node kinds whose ``name`` must not be empty: a unit, district or person is known by it.
NAMED_KINDS = frozenset({"Unit", "District", "Person"})
#: The attributes every edge rel must carry, and the JSON types allowed for each.
EDGE_ATTRIBUTES: dict[str, tuple[tuple[str, tuple[type, ...]], ...]] = {
    "PART_OF": (),
    "LEADS": (("raw", _STR), ("line", _INT)),
    "SUPPORTS": (("raw", _STR), ("line", _INT)),
    "RESPONSIBLE_FOR": (("role", _STR), ("raw", _STR)),
    "CONTACT_FOR": (("role", _STR), ("phones", _LIST)),
    "MEMBER_OF": (),
    "APPLIES_TO": (),
    "CITES": (("line", _INT),),
    "LOCATED_IN": (),
}
#: The (source kind, target kind) pairs each rel may join.
EDGE_ENDPOINTS: dict[str, frozenset[tuple[str, str]]] = {
    "PART_OF": frozenset({("Measure", "Workplan"), ("Workplan", "Reform"), ("Reform", "Document")}),
    "LEADS": frozenset({("Unit", "Measure")}),
    "SUPPORTS": frozenset({("Unit", "Measure")}),
    "RESPONSIBLE_FOR": frozenset({("Unit", "Workplan")}),
    "CONTACT_FOR": frozenset({("Person", "Workplan")}),
    "MEMBER_OF": frozenset({("Person", "Unit")}),
    "APPLIES_TO": frozenset({("Workplan", "District")}),
    "CITES": frozenset({("Workplan", "Law")}),
    "LOCATED_IN": frozenset({("Unit", "District")}),
}
#: The types an attribute value may have (JSON scalars); a list may hold these and nothing deeper.
SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
_KEY_TYPES = frozenset({int, type(None)})
_PLAIN_TYPES = SCALAR_TYPES | {list}
_KINDS = {kind: kind for kind in NODE_KINDS}
_RELS = {rel: rel for rel in EDGE_RELS}
_KIND_CODE = {kind: i for i, kind in enumerate(NODE_KINDS)}
_REL_CODE = {rel: 64 * i for i, rel in enumerate(EDGE_RELS)}
#: Every allowed (rel, source kind, target kind) as ``_REL_CODE[rel] + 8 * _KIND_CODE[a] + _KIND_CODE[b]``.
_ALLOWED_CODES = frozenset(
    _REL_CODE[rel] + 8 * _KIND_CODE[a] + _KIND_CODE[b] for rel, pairs in EDGE_ENDPOINTS.items() for a, b in pairs
)
_NODE_KEYS = frozenset({"id"})
_EDGE_KEYS = frozenset({"source", "target", "key"})


_ABSENT: Any = object()  # an id or an end an item does not have


class _Found(Exception):
    """The fast checks found a problem; the item-by-item pass names it."""


def graph_data(
    data: Any, *, source: str = "<data>", copy: bool = False, plain: bool = False, shaped: bool = False
) -> GraphData:
    """Check contract data (graph JSON as parsed) and return it as a :class:`GraphData`.

    With ``copy=False`` the node and edge objects of ``data`` become the
    graph's attribute dicts (their ``id``, ``source``, ``target`` and ``key``
    removed), as when reading a file nobody else holds; ``copy=True`` leaves
    ``data`` as it was. ``plain=True`` says a typed decoder already proved
    every node and edge an object whose values are plain (``SCALAR_TYPES``,
    or lists of them), so those passes are skipped. ``shaped=True`` says
    more (and implies ``plain``): it also proved every node's ``kind`` and
    every edge's ``rel`` one of the contract's, with a non-empty string
    ``id`` (nodes), string ends and an integer or null ``key`` (edges), and
    the required attributes of their types and non-empty names; and every
    kind and rel is already one shared string. Then only what joins items
    is checked here: unique ids, and edges between nodes of the right kinds.

    Raises GraphFormatError naming the first problem: ``source: …`` for the
    whole file, ``source:nodes[i]: …`` or ``source:edges[i]: …`` for an item.
    """
    graph, node_list, edge_list = _check_header(data, source)
    if not plain and not (set(map(type, node_list)) <= {dict} and set(map(type, edge_list)) <= {dict}):
        _fail_first(node_list, edge_list, source)
    if copy:
        graph, node_list, edge_list = dict(graph), list(map(dict, node_list)), list(map(dict, edge_list))
    # The ids, the edges' ends and keys are taken out of the items first (one pass each, where reading them for
    # the checks and deleting them afterwards took two); when a check fails they are put back, so that the
    # item-by-item pass names the problem in the items as given.
    ids = list(map(dict.pop, node_list, repeat("id"), repeat(_ABSENT)))
    ends = [list(map(dict.pop, edge_list, repeat(name), repeat(_ABSENT))) for name in ("source", "target")]
    keys = list(map(dict.pop, edge_list, repeat("key"), repeat(None)))  # absent or null: the same to every check
    plain = plain or shaped
    try:
        kind_list, index = _check_nodes(node_list, ids, plain, shaped)
        rels, positions = _check_edges(edge_list, ends, keys, kind_list, index, plain, shaped)
        found = False
    except (_Found, KeyError, TypeError):  # a missing key, or an unhashable value where a name belongs
        found = True
    if found:
        for items, name, values in (
            (node_list, "id", ids),
            (edge_list, "source", ends[0]),
            (edge_list, "target", ends[1]),
        ):
            given = list(map(operator.is_not, values, repeat(_ABSENT)))
            deque(map(setitem, compress(items, given), repeat(name), compress(values, given)), maxlen=0)
        deque(map(setitem, edge_list, repeat("key"), keys), maxlen=0)
        _fail_first(node_list, edge_list, source)
    # Every kind and rel becomes one of a few shared strings, and the ids live on only as the keys of the
    # graph's dicts (an edge's endpoints are reached by their position in ``ids``, never by hashing them
    # again), so the parsed copies are freed. All of these are loops in C.
    if not shaped:  # a shape decoder's kinds and rels are its own shared strings already
        deque(map(setitem, node_list, repeat("kind"), map(_KINDS.__getitem__, kind_list)), maxlen=0)
        deque(map(setitem, edge_list, repeat("rel"), map(_RELS.__getitem__, rels)), maxlen=0)
    out = GraphData(graph)
    out.nodes = dict(zip(ids, node_list))
    out.succ, out.pred = _adjacency(ids, positions, keys, edge_list, source)
    return out


def _adjacency(ids: list, ends: tuple[list[int], list[int]], keys: list, edge_list: list, source: str):
    """networkx's ``succ`` and ``pred`` dicts for the edges joining ``ids[s]`` to ``ids[t]``.

    Each source and target joined by one edge (nearly all) gets ``{key: attrs}``
    in whole-list passes; only pairs joined by several edges go edge by edge,
    numbering the edges without a key as ``add_edge`` does.
    """
    s_idx, t_idx = ends
    succ_of = [{} for _ in ids]
    pred_of = [{} for _ in ids]
    firsts = [0 if key is None else key for key in keys] if None in keys else keys
    keyed = [{key: attrs} for key, attrs in zip(firsts, edge_list)]
    deque(map(setitem, map(succ_of.__getitem__, s_idx), map(ids.__getitem__, t_idx), keyed), maxlen=0)
    if sum(map(len, succ_of)) != len(edge_list):  # some source and target are joined by more than one edge
        _join_parallel(ids, ends, keys, edge_list, succ_of, source)
        keyed = map(dict.__getitem__, map(succ_of.__getitem__, s_idx), map(ids.__getitem__, t_idx))
    deque(map(setitem, map(pred_of.__getitem__, t_idx), map(ids.__getitem__, s_idx), keyed), maxlen=0)
    return dict(zip(ids, succ_of)), dict(zip(ids, pred_of))


def _join_parallel(
    ids: list, ends: tuple[list[int], list[int]], keys: list, edge_list: list, succ_of: list, source: str
):
    """Put the key dict of every pair joined by several edges into ``succ_of``, edge by edge as ``add_edge`` would."""
    pairs = list(zip(*ends))
    counts = Counter(pairs)
    joined: dict[tuple[int, int], dict] = {}
    for i in compress(range(len(pairs)), map((1).__lt__, map(counts.__getitem__, pairs))):
        pair, key, attrs = pairs[i], keys[i], edge_list[i]
        keyed = joined.get(pair)
        if keyed is None:
            joined[pair] = {0 if key is None else key: attrs}
            continue
        if key is None:
            key = len(keyed)
            while key in keyed:
                key += 1
        elif key in keyed:
            u, v = ids[pair[0]], ids[pair[1]]
            _fail(
                f"{attrs['rel']} edge {u!r} → {v!r}: 'key' {key} is repeated for this source and target",
                source,
                f"edges[{i}]",
            )
        keyed[key] = attrs
    for (s, t), keyed in joined.items():
        succ_of[s][ids[t]] = keyed


# ---- the fast checks: whole-list passes ------------------------------------------------------


def _check_header(data: Any, source: str) -> tuple[dict, list, list]:
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        _fail("not a graph JSON file (expected 'nodes' and 'edges' lists in an object)", source)
    graph = data.get("graph")
    schema = graph.get("schema", ...) if isinstance(graph, dict) else ...
    if schema != SCHEMA:
        _fail(f"expected graph schema {SCHEMA!r}, found {'none' if schema is ... else _shown(schema)}", source)
    if data.get("directed") is not True or data.get("multigraph") is not True:
        _fail("expected a directed multigraph ('directed' and 'multigraph' true)", source)
    documents = graph.get("documents", [])
    if type(documents) is not list or not set(map(type, documents)) <= {str}:
        _fail("'documents' must be a list of document ids (strings)", source, "graph")
    problem = _value_problem(graph)
    if problem:
        _fail(problem, source, "graph")
    return graph, data["nodes"], data["edges"]


def _check_nodes(node_list: list, ids: list, plain: bool, shaped: bool) -> tuple[list[str], dict[str, int]]:
    """(kinds, id → position) of valid nodes whose ``ids`` were taken out; raises _Found (or KeyError, TypeError)."""
    kind_list = list(map(itemgetter("kind"), node_list))
    if not shaped and (
        not set(map(type, ids)) <= {str} or not all(ids) or not set(kind_list) <= NODE_ATTRIBUTES.keys()
    ):
        raise _Found
    index = dict(zip(ids, range(len(ids))))
    if len(index) != len(ids):
        raise _Found  # an id repeated
    if shaped:
        return kind_list, index
    groups = _grouped(node_list, kind_list)
    _check_required(groups, NODE_ATTRIBUTES)
    for kind in NAMED_KINDS & groups.keys():
        if not all(map(itemgetter("name"), groups[kind])):
            raise _Found  # an empty name
    if not plain:
        _check_plain(node_list)
    return kind_list, index


def _check_edges(
    edge_list: list,
    ends: list[list],
    keys: list,
    kind_list: list[str],
    index: dict[str, int],
    plain: bool,
    shaped: bool,
) -> tuple[list, tuple[list, list]]:
    """(rels, (source positions, target positions)) of valid edges whose ``ends`` (sources, targets) and ``keys``
    were taken out; raises _Found (or KeyError, TypeError) otherwise.

    An endpoint is hashed once, to find its node's position; its kind is then
    read by position, and each distinct (rel, source kind, target kind) is
    judged once.
    """
    rels = list(map(itemgetter("rel"), edge_list))
    if not shaped and not set(rels) <= EDGE_ENDPOINTS.keys():
        raise _Found
    s_idx = list(map(index.__getitem__, ends[0]))  # an absent end (``_ABSENT``) is no id: KeyError
    t_idx = list(map(index.__getitem__, ends[1]))
    # (rel, source kind, target kind) as one number, rel * 64 + source kind * 8 + target kind: no tuple per edge
    kind_code = list(map(_KIND_CODE.__getitem__, kind_list))
    source_code = list(map((8).__mul__, kind_code))
    pairs = map(add, map(source_code.__getitem__, s_idx), map(kind_code.__getitem__, t_idx))
    if not set(map(add, map(_REL_CODE.__getitem__, rels), pairs)) <= _ALLOWED_CODES:
        raise _Found
    if shaped:
        return rels, (s_idx, t_idx)
    if not set(map(type, keys)) <= _KEY_TYPES:
        raise _Found
    _check_required(
        _grouped(edge_list, rels, {rel for rel, required in EDGE_ATTRIBUTES.items() if required}), EDGE_ATTRIBUTES
    )
    if not plain:
        _check_plain(edge_list)
    return rels, (s_idx, t_idx)


def _grouped(items: list[dict], labels: list[str], wanted=None) -> dict[str, list[dict]]:
    """The items of each label (kind or rel) present, of the ``wanted`` labels only if given: one pass in C."""
    groups = {label: [] for label in (set(labels) if wanted is None else wanted & set(labels))}
    if wanted is None:
        deque(map(list.append, map(groups.__getitem__, labels), items), maxlen=0)
    else:
        sink: list[dict] = []
        deque(map(list.append, map(groups.get, labels, repeat(sink)), items), maxlen=0)
    return groups


def _check_required(groups: dict[str, list[dict]], required: dict) -> None:
    """Every item of a label carries the label's required attributes, of their types: one pass in C per attribute."""
    for label, items in groups.items():
        for name, allowed in required[label]:
            if allowed is _LIST:
                values = list(map(itemgetter(name), items))  # KeyError: missing
                if not set(map(type, values)) <= {list} or not set(map(type, chain.from_iterable(values))) <= {str}:
                    raise _Found
            elif not set(map(type, map(itemgetter(name), items))) <= set(allowed):  # KeyError: missing
                raise _Found


def _check_plain(items: list[dict]) -> None:
    """Every attribute value is a JSON scalar or a list of scalars (nothing nested): passes in C over all values."""
    values = list(chain.from_iterable(map(dict.values, items)))
    types = set(map(type, values))
    if not types <= _PLAIN_TYPES:
        raise _Found
    if list in types:
        lists = compress(values, map(operator.is_, map(type, values), repeat(list)))
        if not set(map(type, chain.from_iterable(lists))) <= SCALAR_TYPES:
            raise _Found


# ---- the item-by-item pass: names the first problem ------------------------------------------


def _fail(message: str, source: str, where: str | None = None) -> NoReturn:
    raise GraphFormatError(message, path=source, where=where)


def _fail_first(node_list: list, edge_list: list, source: str) -> NoReturn:
    """Fail naming the first node or edge that breaks the contract."""
    message, where = _first_problem(node_list, edge_list)
    _fail(message, source, where)


def _shown(value: Any) -> str:
    text = orjson.dumps(value).decode()
    return text if len(text) <= 40 else text[:39] + "…"


def _type_name(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _value_problem(attrs: dict[str, Any], skip: frozenset[str] = frozenset()) -> str | None:
    for name, value in attrs.items():
        if name in skip:
            continue
        if type(value) is list:
            if not set(map(type, value)) <= SCALAR_TYPES:
                return f"attribute {name!r} is a list holding lists or objects; only plain values may be listed"
        elif type(value) not in SCALAR_TYPES:
            return f"attribute {name!r} is {_type_name(value)}; expected a string, number, boolean, null or list"
    return None


def _required_problem(what: str, attrs: dict[str, Any], required) -> str | None:
    for name, allowed in required:
        value = attrs.get(name, ...)
        if value is ...:
            return f"{what} has no {name!r}"
        if type(value) not in allowed or (allowed is _LIST and not set(map(type, value)) <= {str}):
            return f"{what}: {name!r} must be {_TYPE_NAMES[allowed]}, found {_shown(value)}"
    return None


def _node_problem(node: Any, kinds: dict[str, str]) -> str | None:
    if type(node) is not dict:
        return f"expected an object, found {_type_name(node)}"
    n = node.get("id", ...)
    if type(n) is not str or not n:
        return "node has no 'id'" if n is ... else f"'id' must be a non-empty string, found {_shown(n)}"
    kind = node.get("kind")
    if type(kind) is not str or kind not in NODE_ATTRIBUTES:
        found = "no kind" if kind is None else f"an unknown kind {_shown(kind)}"
        return f"node {n!r} has {found} (expected one of {', '.join(NODE_KINDS)})"
    if n in kinds:
        return f"node id {n!r} appears twice"
    what = f"{kind} {n!r}"
    problem = _value_problem(node, _NODE_KEYS) or _required_problem(what, node, NODE_ATTRIBUTES[kind])
    if problem:
        return problem if problem.startswith(what) else f"{what}: {problem}"
    if kind in NAMED_KINDS and not node["name"]:
        return f"{what}: 'name' must be a non-empty string, found \"\""
    kinds[n] = kind
    return None


def _edge_problem(edge: Any, kinds: dict[str, str]) -> str | None:
    if type(edge) is not dict:
        return f"expected an object, found {_type_name(edge)}"
    rel = edge.get("rel")
    if type(rel) is not str or rel not in EDGE_ENDPOINTS:
        found = "no rel" if rel is None else f"an unknown rel {_shown(rel)}"
        return f"edge has {found} (expected one of {', '.join(EDGE_RELS)})"
    for name in ("source", "target"):
        end = edge.get(name, ...)
        if end is ...:
            return f"{rel} edge has no {name!r}"
        if type(end) is not str or end not in kinds:
            return f"{rel} edge: {name} {_shown(end)} is not a node of the graph"
    u, v = edge["source"], edge["target"]
    if (kinds[u], kinds[v]) not in EDGE_ENDPOINTS[rel]:
        allowed = " or ".join(f"{a} → {b}" for a, b in sorted(EDGE_ENDPOINTS[rel]))
        return f"{rel} edge {u!r} → {v!r} joins {kinds[u]} → {kinds[v]}; expected {allowed}"
    key = edge.get("key")
    if key is not None and type(key) is not int:
        return f"{rel} edge {u!r} → {v!r}: 'key' must be an integer, found {_shown(key)}"
    problem = _value_problem(edge, _EDGE_KEYS) or _required_problem(f"{rel} edge", edge, EDGE_ATTRIBUTES[rel])
    if problem:
        return problem if problem.startswith(f"{rel} edge") else f"{rel} edge: {problem}"
    return None


def _first_problem(node_list: list, edge_list: list) -> tuple[str, str]:
    """(message, where) for the first node or edge that breaks the contract."""
    kinds: dict[str, str] = {}
    for i, node in enumerate(node_list):
        problem = _node_problem(node, kinds)
        if problem:
            return problem, f"nodes[{i}]"
    for i, edge in enumerate(edge_list):
        problem = _edge_problem(edge, kinds)
        if problem:
            return problem, f"edges[{i}]"
    return "does not follow the graph JSON contract", "graph"  # pragma: no cover - the fast checks found something

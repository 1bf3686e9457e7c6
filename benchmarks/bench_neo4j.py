"""Neo4j benchmark: split, load and read times, batched vs one-query-per-row, and every named query.

For the bundled document and a synthetic corpus 100x larger (the bundled
document's items copied into 100 documents with their own ids, sharing the same
units, districts, laws and people), on a real Bolt server, it prints separately:

- **split**: ``split_by_document`` alone (pure Python, no server);
- **load**: the batched loader (``UNWIND $rows … MERGE``, one transaction per
  document: read the stored state, compare, write) on an emptied database,
  parts cut beforehand so the timer holds only the load; then the same load
  again (nothing changes);
- **naive**: the loader's own statements for new rows sent one row per auto-commit query,
  on an emptied database, parts cut beforehand (on the corpus, for a bounded
  sample of rows: ``--naive-seconds``); the **ratio** of the two rates in rows
  per second (rows = nodes + relationships; target >= 20x);
- **read**: ``fetch_graph`` (one query per kind and per relationship type), the
  ``fetch_graph`` it replaced (every node, then every relationship, one record
  each) with the driver as it was (pure-Python codec) and with the Rust codec,
  and ``fetch_coordination_projection``; then the median time of each named query.

Each timer times only what it names. The server is ArcadeDB embedded
(``arcadedb-embedded``, started here on 127.0.0.1) or the one in ``NEO4J_URI``
with the database ``NEO4J_TEST_DATABASE`` (default ``reformgraphtest``; ``neo4j``
only with ``NEO4J_TEST_ALLOW_WIPE=1``), which is EMPTIED.

Run: .venv/bin/python benchmarks/bench_neo4j.py [--copies 100] [--naive-seconds 30]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the Bolt set-up is test infrastructure

from support.bolt import NoServer, bolt_target, wipe  # noqa: E402

from reformgraph.cypher.connect import open_driver  # noqa: E402
from reformgraph.cypher.load import (  # noqa: E402
    LoadCounts,
    Part,
    _q_create_edges,
    _q_create_nodes,
    load_part,
    split_by_document,
)
from reformgraph.cypher.mapping import SCOPED_KINDS, restore_edge, restore_node  # noqa: E402
from reformgraph.cypher.named import load_queries, run_query  # noqa: E402
from reformgraph.cypher.schema import apply_schema  # noqa: E402
from reformgraph.cypher.store import fetch_coordination_projection, fetch_graph  # noqa: E402
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths  # noqa: E402

HUB = "市市场监管局"


def replicate(G: nx.MultiDiGraph, copies: int) -> nx.MultiDiGraph:
    """``copies`` documents: G's document items under new ids (…:KEY~i:…), shared nodes kept."""
    doc = G.graph["documents"][0]
    key = doc.removeprefix("doc:")
    out = nx.MultiDiGraph(schema=G.graph.get("schema"), documents=[])
    for n, d in G.nodes(data=True):
        if d["kind"] not in SCOPED_KINDS and d["kind"] != "Document":
            out.add_node(n, **d)
    for i in range(copies):
        new_key = f"{key}~{i:03d}"

        def rename(n: str) -> str:
            kind = G.nodes[n]["kind"]
            return n.replace(key, new_key, 1) if kind in SCOPED_KINDS or kind == "Document" else n

        for n, d in G.nodes(data=True):
            if d["kind"] in SCOPED_KINDS or d["kind"] == "Document":
                attrs = dict(d)
                if "document" in attrs:
                    attrs["document"] = f"doc:{new_key}"
                out.add_node(rename(n), **attrs)
        for u, v, k, d in G.edges(keys=True, data=True):
            out.add_edge(rename(u), rename(v), key=k, **d)
        out.graph["documents"].append(f"doc:{new_key}")
    return out


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def median_time(fn: Callable[[], Any], repeat: int) -> tuple[Any, float]:
    times, result = [], None
    for _ in range(repeat):
        result, t = timed(fn)
        times.append(t)
    return result, statistics.median(times)


def batched_load(driver, database: str, parts: list[Part]) -> tuple[LoadCounts, float]:
    """The loader on parts cut beforehand: schema, then one transaction per part (the timer holds only that)."""

    def run() -> LoadCounts:
        apply_schema(driver, database)
        total = LoadCounts()
        for part in parts:
            total = total + load_part(driver, database, part)
        return total

    return timed(run)


def naive_load(driver, database: str, parts: list[Part], seconds: float | None = None) -> tuple[int, float]:
    """One auto-commit query per node and per relationship: the statements the loader sends for new rows
    (CREATE, after finding nothing stored), one row each.

    Returns (rows, seconds); stops after ``seconds`` when given (a sample of the rows).
    """
    rows = 0
    seen: set = set()  # a shared unit is in many parts; it is created once
    start = time.perf_counter()
    with driver.session(database=database) as session:
        for part in parts:
            for n in part.nodes:
                if n.id in seen:
                    continue
                seen.add(n.id)
                session.run(_q_create_nodes(n.kind), rows=[{"id": n.id, "props": n.props}]).consume()
                rows += 1
            for e in part.edges:
                if e.ident in seen:
                    continue
                seen.add(e.ident)
                session.run(
                    _q_create_edges(e.source_kind, e.rel, e.target_kind),
                    rows=[{"source": e.source, "target": e.target, "key": e.key, "props": e.props}],
                ).consume()
                rows += 1
                if seconds and time.perf_counter() - start > seconds:
                    return rows, time.perf_counter() - start
            if seconds and time.perf_counter() - start > seconds:
                break
    return rows, time.perf_counter() - start


def previous_fetch_graph(driver, database: str) -> nx.MultiDiGraph:
    """fetch_graph as it was before (for the ratio): every node, then every relationship, one record each,
    read with ``record.data()`` in two transactions, the graph built one edge at a time."""

    def read_all(tx, query: str) -> list[dict]:
        return [record.data() for record in tx.run(query)]

    with driver.session(database=database) as session:
        node_rows = session.execute_read(
            read_all, "MATCH (n) WHERE n.id IS NOT NULL RETURN labels(n) AS labels, properties(n) AS props"
        )
        edge_rows = session.execute_read(
            read_all,
            "MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
            "RETURN a.id AS source, type(r) AS rel, b.id AS target, properties(r) AS props",
        )
    kinds = ("Document", "Reform", "Workplan", "Measure", "Unit", "District", "Law", "Person")
    nodes = []
    for row in node_rows:
        node_id, attrs = restore_node(list(row["labels"]), row["props"])
        if attrs["kind"] is not None:
            nodes.append((node_id, attrs))
    nodes.sort(key=lambda item: (kinds.index(item[1]["kind"]), item[0]))
    G = nx.MultiDiGraph(documents=[n for n, a in nodes if a["kind"] == "Document"])
    G.add_nodes_from(nodes)
    edges = []
    for row in edge_rows:
        if row["source"] not in G or row["target"] not in G:
            continue
        key, attrs = restore_edge(row["rel"], row["props"])
        edges.append((row["source"], row["target"], key, attrs))
    edges.sort(key=lambda e: (e[0], e[3]["rel"], e[1], (e[2] is None, str(e[2]))))
    for u, v, key, attrs in edges:
        if key is None or G.has_edge(u, v, key):
            G.add_edge(u, v, **attrs)
        else:
            G.add_edge(u, v, key=key, **attrs)
    return G


_PREVIOUS_READ = """
import os, sys, time
sys.modules["neo4j._rust"] = None  # the driver without its Rust extension, as before
sys.path.insert(0, os.environ["BENCH_DIR"])
from neo4j import GraphDatabase
from bench_neo4j import previous_fetch_graph
driver = GraphDatabase.driver(os.environ["BENCH_URI"], auth=(os.environ["BENCH_USER"], os.environ["BENCH_PASSWORD"]))
start = time.perf_counter()
G = previous_fetch_graph(driver, os.environ["BENCH_DATABASE"])
print(time.perf_counter() - start, G.number_of_nodes())
driver.close()
"""


def previous_read_seconds(settings) -> float:
    """fetch_graph as it was before, with the driver as it was (pure-Python codec), in a child process."""
    import os
    import subprocess

    env = {
        **os.environ,
        "BENCH_DIR": str(Path(__file__).resolve().parent),
        "BENCH_URI": settings.uri,
        "BENCH_USER": settings.user,
        "BENCH_PASSWORD": settings.password,
        "BENCH_DATABASE": settings.database,
    }
    out = subprocess.run([sys.executable, "-c", _PREVIOUS_READ], env=env, capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise SystemExit(f"error: the previous read failed: {out.stderr.strip().splitlines()[-1:]}")
    return float(out.stdout.split()[0])


QUERY_PARAMS = {
    "top_units": {"n": 20},
    "unit_neighbourhood": {"unit": HUB, "depth": 2},
    "shortest_chain": {"source": HUB, "target": "市高法院"},
    "deadlines_per_month": {},
    "workplan_detail": {"workplan": "60.1"},
    "counts": {},
}


def measure(driver, settings, label: str, G: nx.MultiDiGraph, naive_seconds: float | None, repeat: int) -> dict:
    database = settings.database
    rows = G.number_of_nodes() + G.number_of_edges()
    parts, t_split = median_time(lambda: split_by_document(G), repeat)
    wipe(driver, database)
    naive_rows, t_naive = naive_load(driver, database, parts, naive_seconds)
    wipe(driver, database)
    counts, t_load = batched_load(driver, database, parts)
    assert counts.nodes_created == G.number_of_nodes(), counts
    again, t_reload = batched_load(driver, database, parts)
    assert not again.changed, again
    H, t_fetch = median_time(lambda: fetch_graph(driver, database), repeat)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    _, t_two = median_time(lambda: previous_fetch_graph(driver, database), repeat)
    t_before = statistics.median(previous_read_seconds(settings) for _ in range(repeat))
    P, t_projection = median_time(lambda: fetch_coordination_projection(driver, database), repeat)
    queries = []
    for name in load_queries():
        answer, t = median_time(lambda: run_query(driver, database, name, QUERY_PARAMS.get(name, {})), repeat)
        queries.append((name, t, len(answer)))
    rate_batched, rate_naive = rows / t_load, naive_rows / t_naive
    result = {
        "label": label,
        "rows": rows,
        "split": t_split,
        "load": t_load,
        "reload": t_reload,
        "naive_rows": naive_rows,
        "naive": t_naive,
        "ratio": rate_batched / rate_naive,
        "fetch": t_fetch,
        "previous_rust": t_two,
        "before": t_before,
        "projection": t_projection,
        "units": P.number_of_nodes(),
        "queries": queries,
    }
    print(
        f"{label} ({G.number_of_nodes():,} nodes + {G.number_of_edges():,} relationships = {rows:,} rows)\n"
        f"  split    {t_split:8.2f} s\n"
        f"  load     {t_load:8.2f} s  batched, {rate_batched:,.0f} rows/s (reload, nothing changes: {t_reload:.2f} s)\n"
        f"  naive    {t_naive:8.2f} s  for {naive_rows:,} rows, {rate_naive:,.0f} rows/s\n"
        f"  ratio    {result['ratio']:8.1f} x  batched vs one query per row (target >= 20x)\n"
        f"  read     {t_fetch:8.2f} s  fetch_graph; before: {t_before:.2f} s ({t_before / t_fetch:.1f}x slower: the "
        f"previous fetch_graph, pure-Python codec; {t_two:.2f} s with the Rust codec); "
        f"{t_projection:.2f} s the coordination projection",
        flush=True,
    )
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=100, help="documents in the synthetic corpus")
    ap.add_argument("--naive-seconds", type=float, default=30.0, help="time budget of the naive load on the corpus")
    args = ap.parse_args()

    G = build_from_paths([str(BUNDLED_DOCUMENT)]).graph
    corpus = replicate(G, args.copies)
    rust = importlib.util.find_spec("neo4j._rust") is not None
    try:
        with bolt_target(
            Path(tempfile.mkdtemp(prefix="reformgraph-bench-")), heap="2g", command_timeout_s=600
        ) as target:
            driver = open_driver(target.settings)
            try:
                info = driver.get_server_info()
                print(f"server: {info.agent} ({target.kind}), database {target.settings.database!r}")
                print(f"driver: neo4j {_version('neo4j')}, Rust extension {'on' if rust else 'off'}")
                parts = split_by_document(G)  # warm-up: the server compiles each statement shape, its JIT warms up
                for _ in range(3):
                    wipe(driver, target.settings.database)
                    batched_load(driver, target.settings.database, parts)
                    batched_load(driver, target.settings.database, parts)
                    wipe(driver, target.settings.database)
                    naive_load(driver, target.settings.database, parts, seconds=3)
                small = measure(driver, target.settings, "bundled document", G, None, repeat=3)
                large = measure(driver, target.settings, f"corpus x{args.copies}", corpus, args.naive_seconds, repeat=1)
            finally:
                driver.close()
    except NoServer as exc:
        raise SystemExit(f"error: {exc}") from None

    print("\nnamed queries (bundled: median of 3 runs; corpus: one run):")
    print(f"{'query':32} {'bundled':>10} {'rows':>6} {'corpus':>10} {'rows':>7}")
    for (name, ts, rs), (_, tl, rl) in zip(small["queries"], large["queries"]):
        print(f"{name:32} {ts * 1000:8.1f} ms {rs:6d} {tl * 1000:8.1f} ms {rl:7d}")
    print(
        f"\nbatched/naive: bundled {small['ratio']:.1f}x, corpus {large['ratio']:.1f}x (target >= 20x); "
        f"fetch_graph vs before: bundled {small['before'] / small['fetch']:.1f}x, "
        f"corpus {large['before'] / large['fetch']:.1f}x (target >= 4x on the corpus)"
    )


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


if __name__ == "__main__":
    main()

"""Neo4j load and query benchmark: batched vs one-query-per-row, and the time of every named query.

Loads the bundled document, then a synthetic corpus 100x larger (the bundled
document's items copied into 100 documents with their own ids, sharing the
same units, districts, laws and people), into a Bolt server, and prints:

- rows per second (rows = nodes + relationships) for ``reformgraph load``'s
  batched loader (``UNWIND $rows … MERGE``, one transaction per document)
  and for a naive loader that sends one auto-commit query per row, on the same
  server, and their ratio (target >= 20x). On the large corpus the naive load
  runs for a bounded sample of rows (--naive-seconds) and its rate is taken
  from that sample;
- the median time of each named query in ``cypher/queries/`` (and of
  fetch_graph / fetch_coordination_projection) on both.

The server is ArcadeDB embedded (``arcadedb-embedded``, started here on
127.0.0.1), or the one in ``NEO4J_URI`` with the database
``NEO4J_TEST_DATABASE`` (default ``reformgraphtest``), which is EMPTIED.

Run: .venv/bin/python benchmarks/bench_neo4j.py [--copies 100] [--naive-seconds 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1] / "tests")
)  # the embedded Bolt server is test infrastructure

from support import embedded_bolt as embedded  # noqa: E402

from reformgraph.cypher.connect import Settings, open_driver, settings_from_env  # noqa: E402
from reformgraph.cypher.load import _q_upsert_edges, _q_upsert_nodes, load_graph, split_by_document  # noqa: E402
from reformgraph.cypher.mapping import SCOPED_KINDS  # noqa: E402
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


def wipe(driver, database: str) -> None:
    with driver.session(database=database) as session:
        while True:  # in chunks, so a large database does not need one huge transaction
            summary = session.run("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n").consume()
            if summary.counters.nodes_deleted == 0:
                break


def naive_load(driver, database: str, G: nx.MultiDiGraph, seconds: float | None = None) -> tuple[int, float]:
    """One auto-commit query per node and per relationship; returns (rows, seconds).

    Each query is the loader's own statement (same MERGE, same direction) with a
    one-row list, so the comparison isolates batching.
    """
    rows = 0
    start = time.perf_counter()
    with driver.session(database=database) as session:
        for part in split_by_document(G):
            for n in part.nodes:
                session.run(_q_upsert_nodes(n.kind), rows=[{"id": n.id, "props": n.props}]).consume()
                rows += 1
            for e in part.edges:
                session.run(
                    _q_upsert_edges(e.source_kind, e.rel, e.target_kind),
                    rows=[{"source": e.source, "target": e.target, "key": e.key, "props": e.props}],
                ).consume()
                rows += 1
                if seconds and time.perf_counter() - start > seconds:
                    return rows, time.perf_counter() - start
            if seconds and time.perf_counter() - start > seconds:
                break
    return rows, time.perf_counter() - start


def batched_load(driver, database: str, G: nx.MultiDiGraph) -> tuple[int, float]:
    start = time.perf_counter()
    report = load_graph(driver, database, G)
    elapsed = time.perf_counter() - start
    assert report.total.nodes_created == G.number_of_nodes(), report.total
    return G.number_of_nodes() + G.number_of_edges(), elapsed


def time_queries(driver, database: str, repeat: int = 3) -> list[tuple[str, float, int]]:
    params = {
        "top_units": {"n": 20},
        "unit_neighbourhood": {"unit": HUB, "depth": 2},
        "shortest_chain": {"source": HUB, "target": "市高法院"},
        "deadlines_per_month": {},
        "workplan_detail": {"workplan": "60.1"},
        "counts": {},
    }
    out = []
    for name in load_queries():
        times, rows = [], 0
        for _ in range(repeat):
            t = time.perf_counter()
            rows = len(run_query(driver, database, name, params.get(name, {})))
            times.append(time.perf_counter() - t)
        out.append((name, statistics.median(times), rows))
    for name, fn in (
        ("fetch_graph", lambda: fetch_graph(driver, database)),
        ("fetch_coordination_projection", lambda: fetch_coordination_projection(driver, database)),
    ):
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t)
        out.append((name, statistics.median(times), result.number_of_nodes()))
    return out


def report(label: str, batched: tuple[int, float], naive: tuple[int, float]) -> float:
    b_rate, n_rate = batched[0] / batched[1], naive[0] / naive[1]
    print(
        f"{label}: batched {batched[0]} rows in {batched[1]:.2f} s = {b_rate:,.0f} rows/s; "
        f"naive {naive[0]} rows in {naive[1]:.2f} s = {n_rate:,.0f} rows/s; ratio {b_rate / n_rate:.1f}x"
    )
    return b_rate / n_rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=100, help="documents in the synthetic corpus")
    ap.add_argument("--naive-seconds", type=float, default=30.0, help="time budget of the naive load on the corpus")
    args = ap.parse_args()

    G = build_from_paths([str(BUNDLED_DOCUMENT)]).graph
    corpus = replicate(G, args.copies)
    print(f"bundled document: {G.number_of_nodes()} nodes, {G.number_of_edges()} relationships")
    print(
        f"synthetic corpus: {args.copies} documents, {corpus.number_of_nodes()} nodes, "
        f"{corpus.number_of_edges()} relationships"
    )

    server = None
    if os.environ.get("NEO4J_URI"):
        settings = settings_from_env(database=os.environ.get("NEO4J_TEST_DATABASE", "reformgraphtest"))
    else:
        server = embedded.EmbeddedBolt.start(tempfile.mkdtemp(prefix="reformgraph-bench-"), heap="2g")
        settings = Settings(server.uri, server.user, server.password, server.database)
    driver = open_driver(settings)
    try:
        t = time.perf_counter()
        info = driver.get_server_info()
        print(f"server: {info.agent} at {settings.uri}, database {settings.database!r}")
        apply_schema(driver, settings.database)
        # warm-up: the server compiles each statement shape once
        wipe(driver, settings.database)
        load_graph(driver, settings.database, G)
        wipe(driver, settings.database)
        naive_load(driver, settings.database, G, seconds=5)
        wipe(driver, settings.database)
        print(f"(warm-up {time.perf_counter() - t:.1f} s)")

        b1 = batched_load(driver, settings.database, G)
        t = time.perf_counter()
        again = load_graph(driver, settings.database, G)
        print(f"bundled reload (nothing changes): {time.perf_counter() - t:.2f} s, changed={again.total.changed}")
        queries_small = time_queries(driver, settings.database)
        wipe(driver, settings.database)
        n1 = naive_load(driver, settings.database, G)
        wipe(driver, settings.database)
        r1 = report("bundled document", b1, n1)

        # naive first: right after wiping the large corpus the server is still busy reclaiming space,
        # which would make the naive rate look worse than it is
        n2 = naive_load(driver, settings.database, corpus, seconds=args.naive_seconds)
        wipe(driver, settings.database)
        b2 = batched_load(driver, settings.database, corpus)
        queries_large = time_queries(driver, settings.database, repeat=1)
        r2 = report(f"corpus x{args.copies} (naive: first {n2[0]} rows)", b2, n2)

        print("\nnamed queries (bundled: median of 3 runs; corpus: one run):")
        print(f"{'query':32} {'bundled':>10} {'rows':>6} {'corpus':>10} {'rows':>7}")
        for (name, ts, rs), (_, tl, rl) in zip(queries_small, queries_large):
            print(f"{name:32} {ts * 1000:8.1f} ms {rs:6d} {tl * 1000:8.1f} ms {rl:7d}")
        print(f"\nbatched/naive ratio: bundled {r1:.1f}x, corpus {r2:.1f}x (target >= 20x)")
    finally:
        driver.close()
        if server:
            server.stop()


if __name__ == "__main__":
    main()

"""Benchmark: every coordination metric on a synthetic corpus of ~100 documents' worth of workplans.

Run: .venv/bin/python benchmarks/bench_metrics.py [--documents 100] [--seed 2022] [--quick]

Prints, for each metric, the wall time and the peak of Python allocations
(tracemalloc, measured in a second run; igraph's own C buffers are not
traced), against the 10 s target; then exact against sampled betweenness:
time, and agreement of the top 20 (share of the exact top 20 found in the
sampled top 20, and Kendall's tau on the exact top 20's values), over several
sampling seeds; and networkx's time per source as the baseline igraph replaces.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_corpus  # noqa: E402

from reformgraph.metrics import (  # noqa: E402
    auto_k,
    bottlenecks,
    communities,
    coordination_betweenness,
    coordination_digraph,
    coordination_graph,
    due_within,
    monthly_load,
    overdue,
    peak_months,
    reform_complexity,
    shortest_chain,
    top_units,
    unit_load,
    unit_profile,
    workplan_complexity,
)

TARGET_S = 10.0
TOP = 20
SEEDS = 3


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def timed_cpu(fn):
    """(wall s, CPU s of this process, result): CPU time is what the machine's other load does not inflate."""
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t, time.process_time() - c, out


def peak_mib(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def top_ids(values: dict[str, float], n: int = TOP) -> list[str]:
    return sorted(values, key=lambda u: (-values[u], u))[:n]


def kendall_tau(xs: list[float], ys: list[float]) -> float:
    """Kendall's tau-a of two equally long lists (plain Python; 20 items)."""
    concordant = discordant = 0
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            s = (xs[i] - xs[j]) * (ys[i] - ys[j])
            concordant += s > 0
            discordant += s < 0
    pairs = len(xs) * (len(xs) - 1) / 2
    return (concordant - discordant) / pairs if pairs else 1.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2022)
    ap.add_argument("--quick", action="store_true", help="skip the memory runs and the networkx baseline")
    args = ap.parse_args()

    t_gen, G = timed(lambda: synthetic_corpus(args.documents, seed=args.seed))
    kinds = Counter(k for _, k in G.nodes(data="kind"))
    C = coordination_graph(G)
    n, m = C.number_of_nodes(), C.number_of_edges()
    loads = unit_load(G)
    busiest = max(loads.values(), key=lambda r: (r.lead + r.support, r.name))
    print(f"synthetic corpus: {args.documents} documents (seed {args.seed}), generated in {t_gen:.1f} s")
    print(
        f"  {kinds['Workplan']} workplans, {kinds['Measure']} measures, {kinds['Unit']} units; "
        f"coordination graph {n} units, {m} links; busiest unit in {busiest.share:.1%} of measures"
    )
    print(f"  k='auto' here: {auto_k(n, m) or 'exact'}")

    names = sorted(C, key=lambda u: C.nodes[u]["name"])
    giant = max(nx.connected_components(C), key=len)
    a, b = min(giant, key=lambda u: (C.nodes[u]["name"], u)), max(giant, key=lambda u: (C.nodes[u]["name"], u))
    months = sorted({d["deadline"][:7] for _, d in G.nodes(data=True) if d.get("deadline")})
    as_of = f"{months[len(months) // 2]}-15"
    metrics = [
        ("unit_load", lambda: unit_load(G)),
        ("coordination_graph", lambda: coordination_graph(G)),
        ("coordination_digraph", lambda: coordination_digraph(G)),
        ("top_units(by=load)", lambda: top_units(G, by="load")),
        ("top_units(by=betweenness)", lambda: top_units(G, by="betweenness")),
        ("bottlenecks (k=auto)", lambda: bottlenecks(G)),
        ("communities (Louvain)", lambda: communities(G)),
        ("shortest_chain", lambda: shortest_chain(G, a, b)),
        ("monthly_load", lambda: monthly_load(G)),
        ("peak_months", lambda: peak_months(G)),
        (f"overdue({as_of})", lambda: overdue(G, as_of)),
        (f"due_within({as_of}, 3)", lambda: due_within(G, as_of, 3)),
        ("workplan_complexity", lambda: workplan_complexity(G)),
        ("reform_complexity", lambda: reform_complexity(G)),
        ("unit_profile(busiest)", lambda: unit_profile(G, busiest.unit)),
    ]
    print(f"\n{'metric':32} {'wall s':>7} {'CPU s':>7} {'peak MiB':>9}  ≤ {TARGET_S:.0f} s")
    worst = 0.0
    for name, fn in metrics:
        t, cpu, _ = timed_cpu(fn)
        worst = max(worst, t)
        mem = "" if args.quick else f"{peak_mib(fn):9.1f}"
        print(f"{name:32} {t:7.2f} {cpu:7.2f} {mem:>9}  {'ok' if t <= TARGET_S else 'OVER'}")
    print(f"slowest metric: {worst:.2f} s wall ({worst / TARGET_S:.0%} of the target)")

    print(
        f"\nbetweenness on the coordination graph ({n} units, {m} links); top-20 agreement with the exact "
        f"ranking of the same kind, mean (and worst) over {SEEDS} sampling seeds:"
    )
    print(f"{'variant':30} {'wall s':>7} {'CPU s':>7} {'x exact':>8} {'top-20 overlap':>15} {'worst':>6} {'tau':>6}")
    for weighted in (False, True):
        kind = "weighted (1/shared)" if weighted else "hops (default)"
        t_exact, c_exact, exact = timed_cpu(lambda: coordination_betweenness(C, weighted=weighted, k=None))
        best = top_ids(exact)
        print(f"{kind + ' exact':30} {t_exact:7.2f} {c_exact:7.2f} {1.0:8.2f} {1.0:15.2f} {1.0:6.2f} {1.0:6.2f}")
        auto = auto_k(n, m, weighted=weighted)
        for k in sorted({250, 500, 1000} | ({auto} if auto else set())):
            overlaps, taus, walls, cpus = [], [], [], []
            for seed in range(SEEDS):
                t, c, est = timed_cpu(lambda: coordination_betweenness(C, weighted=weighted, k=k, seed=seed))
                walls.append(t)
                cpus.append(c)
                overlaps.append(len(set(best) & set(top_ids(est))) / TOP)
                taus.append(kendall_tau([exact[u] for u in best], [est[u] for u in best]))
            label = f"{kind} k={k}" + (" (auto)" if k == auto else "")
            cpu = sorted(cpus)[len(cpus) // 2]
            print(
                f"{label:30} {sorted(walls)[len(walls) // 2]:7.2f} {cpu:7.2f} {cpu / c_exact:8.2f} "
                f"{sum(overlaps) / len(overlaps):15.2f} {min(overlaps):6.2f} {sum(taus) / len(taus):6.2f}"
            )
        ranked = [exact[u] for u in sorted(exact, key=lambda u: -exact[u])[: TOP + 5]]
        print(f"  exact values at ranks 18-25: {', '.join(f'{v:.5f}' for v in ranked[17:25])}")
    if not args.quick:
        sources = random.Random(0).sample(names, 10)
        for weighted in (False, True):
            _, c_nx, _ = timed_cpu(
                lambda: nx.betweenness_centrality_subset(
                    C, sources, list(C), normalized=False, weight="distance" if weighted else None
                )
            )
            _, c_ig, _ = timed_cpu(lambda: coordination_betweenness(C, weighted=weighted, k=None))
            per_source = c_nx / len(sources)
            print(
                f"networkx (pure Python), {'weighted' if weighted else 'hops'}: {per_source * 1000:.0f} ms CPU per "
                f"source, exact ≈ {per_source * n:.0f} s CPU = {per_source * n / c_ig:.0f}x igraph exact"
            )
    print(f"\nprocess peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()

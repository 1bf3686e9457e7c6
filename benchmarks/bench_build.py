"""Benchmark: parse + build of the bundled document against a one-regex-pass floor, and 50 documents.

Run: .venv/bin/python benchmarks/bench_build.py   (or `make bench`)
Prints best-of-N wall times, the ratio to the regex floor, the 50-document scaling and peak memory.
"""

from __future__ import annotations

import re
import statistics
import time
import tracemalloc

from reformgraph.aliases import load_alias_table
from reformgraph.build import build_graph
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text

REPEAT = 15
FLOOR = re.compile(r"[（(](?:牵头单位|责任单位)[:：][^）)]*[）)]")


def best(fn, repeat=REPEAT):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> None:
    data = BUNDLED_DOCUMENT.read_bytes()
    text = decode_text(data)
    aliases = load_alias_table()
    parse_document(text, path="warm")  # warm regex caches

    def one():
        doc = parse_document(text, path=str(BUNDLED_DOCUMENT), key="bundled")
        return build_graph([doc], aliases)

    def floor():
        return len(FLOOR.findall(text))

    def fifty():
        docs = [parse_document(text, path=f"copy{i}.md", key=f"copy{i}") for i in range(50)]
        return build_graph(docs, aliases)

    t_one, m_one = best(one)
    t_floor, _ = best(floor)
    t_parse, _ = best(lambda: parse_document(text, path="p", key="p"))
    t_fifty, _ = best(fifty, repeat=3)
    tracemalloc.start()
    G = fifty()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"document: {BUNDLED_DOCUMENT.name} ({len(data) / 1024:.0f} KiB, {text.count(chr(10)) + 1} lines)")
    print(f"regex floor (one pass)       {t_floor * 1000:8.2f} ms")
    print(f"parse only                   {t_parse * 1000:8.2f} ms")
    print(f"parse + build (best/median)  {t_one * 1000:8.2f} / {m_one * 1000:.2f} ms   target <= 50 ms")
    print(f"ratio parse+build / floor    {t_one / t_floor:8.1f}x          target ~25x")
    print(
        f"50 documents parse + build   {t_fifty * 1000:8.1f} ms   = {t_fifty / t_one:.1f}x one document"
        f" (target <= {50 * 1.05:.1f}x)"
    )
    print(
        f"50 documents: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
        f"peak traced memory {peak / 2**20:.1f} MiB"
    )


if __name__ == "__main__":
    main()

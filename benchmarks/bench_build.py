"""Benchmark: parse + build of the bundled document against a one-regex-pass floor, and 50 documents.

Run: .venv/bin/python benchmarks/bench_build.py   (or `make bench`)
Prints best-of-N wall times, the ratio to the regex floor, the 50-document scaling and peak memory.
"""

from __future__ import annotations

import re
import statistics
import time
import tracemalloc
from pathlib import Path

from reformgraph.aliases import load_alias_table
from reformgraph.build import build_graph
from reformgraph.errors import DocumentError
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
    corpus_and_hostile(t_one, len(data), aliases)


CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"


def corpus_and_hostile(t_bundled: float, bundled_bytes: int, aliases) -> None:
    """The real corpus built (time per 100 KB against the bundled document's) and issue 14's hostile inputs."""
    texts = [decode_text(p.read_bytes()) for p in sorted(CORPUS.glob("[0-9][0-9]-*.md"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    if texts:
        t_corpus, _ = best(lambda: build_graph([parse_document(t, key=f"c{i}") for i, t in enumerate(texts)], aliases))
        per_corpus, per_bundled = t_corpus / (size / 102_400), t_bundled / (bundled_bytes / 102_400)
        print(
            f"corpus: {len(texts)} plans, {size / 1024:.0f} KiB, parse + build {t_corpus * 1000:.1f} ms = "
            f"{per_corpus * 1000:.1f} ms per 100 KB; bundled {per_bundled * 1000:.1f} ms per 100 KB "
            f"(corpus/bundled {per_corpus / per_bundled:.2f}x)"
        )
    hostile = {
        "16 KB of dots": "." * 16_000,
        "48 KB of …": "…" * 48_000,
        "TOC line with a 2.3 KB gap": "1. 标题" + " " * 2300 + "..... ( 12 )",
        "2,000 lines of 任务": "\n".join(["任务"] * 2000),
    }
    for name, text in hostile.items():
        t, _ = best(lambda text=text: _parse_or_refuse(text), repeat=3)
        print(f"hostile input: {name:28s} {t * 1000:8.2f} ms")


def _parse_or_refuse(text: str) -> None:
    try:
        parse_document(text)
    except DocumentError:
        pass


if __name__ == "__main__":
    main()

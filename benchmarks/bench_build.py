"""Benchmark: parse + build of the bundled document against a one-regex-pass floor, and 50 documents.

Run: .venv/bin/python benchmarks/bench_build.py   (or `make bench`)
Prints first the parser's share (CPU time, best of N, measured before anything else is built) against a
single-pass scanner that finds the same measures, and the 20 ms target of issue 15; then best-of-N wall
times, the ratio to the regex floor, the 50-document scaling and peak memory.
"""

from __future__ import annotations

import re
import statistics
import time
import tracemalloc
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

from rusage import usage

from reformgraph.aliases import load_alias_table
from reformgraph.build import build_graph
from reformgraph.errors import DocumentError
from reformgraph.gcpause import paused_gc
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.vocab import DEADLINE_LABELS, LEAD_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS, trie_pattern
from reformgraph.records import Deadline, Measure, UnitMention, positional_makers

REPEAT = 15
FLOOR = re.compile(r"[（(](?:牵头单位|责任单位)[:：][^）)]*[）)]")


def best(fn, repeat=REPEAT, clock=time.perf_counter):
    """(best, median) of ``repeat`` calls timed by ``clock``."""
    times = []
    for _ in range(repeat):
        t = clock()
        fn()
        times.append(clock() - t)
    return min(times), statistics.median(times)


def main() -> None:
    data = BUNDLED_DOCUMENT.read_bytes()
    text = decode_text(data)
    aliases = load_alias_table()
    t = time.process_time()
    parse_document(text, path="warm")  # warm regex caches
    t_first = time.process_time() - t
    # first, in a process holding nothing else, as in a one-document build (measured after the 50-document
    # graph below, still alive, the same parse took 2 ms more: a bigger, fragmented heap)
    parse_share(text, t_first)

    def one():
        doc = parse_document(text, path=str(BUNDLED_DOCUMENT), key="bundled")
        return build_graph([doc], aliases)

    def floor():
        return len(FLOOR.findall(text))

    def fifty():
        # with the collector paused for the whole build, as build_from_paths (every command) runs it: left
        # running, its full collections walk every document parsed so far (2.3 s against 1.9 s)
        with paused_gc():
            docs = [parse_document(text, path=f"copy{i}.md", key=f"copy{i}") for i in range(50)]
            return build_graph(docs, aliases)

    t_one, m_one = best(one)
    t_floor, _ = best(floor)
    t_parse, _ = best(lambda: parse_document(text, path="p", key="p"))
    # each of three rounds: the 50-document build against the same 50 documents built one at a time, over the
    # same span (a best of three long runs against a best of many short ones caught the machine's fast moments for
    # the short side); the median round. Each single build keeps its graph until the round ends, so the fifty
    # small graphs take fresh pages from the kernel as the big one does (as fifty processes would); "dropped":
    # each is dropped before the next build, which reuses its pages (how this line was measured before
    # session 11).
    rounds, users, dropped = [], [], []
    for _ in range(3):
        before = usage()
        t_big = best(fifty, repeat=1)[0]
        middle = usage()
        kept: list = []
        # the collector paused for each, as for the big build: left running, it would walk the kept graphs
        t_singles = sum(best(_paused(lambda: kept.append(one())), repeat=1)[0] for _ in range(50))
        after = usage()
        kept.clear()
        t_dropped = sum(best(one, repeat=1)[0] for _ in range(50))
        rounds.append((t_big / t_singles * 50, t_big))
        users.append((middle - before).user / (after - middle).user * 50)
        dropped.append(t_big / t_dropped * 50)
    fifty_ratio, t_fifty = statistics.median(rounds)
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
        f"50 documents parse + build   {t_fifty * 1000:8.1f} ms   = {fifty_ratio:.1f}x one document, built one at a"
        f" time in the same span (median of three rounds; target <= {50 * 1.05:.1f}x)"
    )
    # the kernel's share (system time): the big build's heap is new pages, and so are the kept single builds'
    print(f"  the same in user time alone: {', '.join(f'{u:.1f}x' for u in users)} (three rounds)")
    print(
        "  single graphs dropped before the next build (their pages reused, the method before session 11):"
        f" {', '.join(f'{d:.1f}x' for d in dropped)}"
    )
    print(
        f"50 documents: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
        f"peak traced memory {peak / 2**20:.1f} MiB"
    )
    corpus_and_hostile(t_one, len(data), aliases)


# ---- the parser's share against a single-pass scanner (issue 15) ------------------------------------

PARSE_TARGET = 0.020  # seconds: the parser's share of a one-document build
PARSE_BEFORE = (
    "56 ms CPU, 3.4x the scanner (main at 184f9ef); 34.6 ms, 3.7x (73aaf0c); "
    "42-54 ms, 4.6-4.9x (db1f7e2, main's prose rules, before helper parser20); "
    "29.5-30.5 ms, 3.0-3.4x (9ce4a44, before helper parser15); "
    "25.3-27.5 ms, 3.4-3.7x (61ea864, before helper parser15b); "
    "24.6-24.8 ms, 3.5x in a fresh process (b7ff8b5, before helpers index16, records16, workplans16)"
)


_SCAN_LEADS = frozenset(LEAD_LABELS + RESPONSIBLE_LABELS)
_SCAN_SUPPORTS = frozenset(SUPPORT_LABELS)
# the labels as one trie (``vocab.trie_pattern``), as the parser's own label pattern is built: a flat alternation
# made the floor dearer with every label a round added (session 30: 61.9 M instructions a scan with round 41's
# office labels as a flat list, 54.7 M as a trie), so the ratio improved while the parser did not
_SCAN_PAREN = re.compile(
    rf"[（(]((?:{trie_pattern(_SCAN_LEADS)})[:：][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*)[）)]"
)
_SCAN_FIELD = re.compile(
    rf"({trie_pattern(LEAD_LABELS + RESPONSIBLE_LABELS + SUPPORT_LABELS + DEADLINE_LABELS)})[:：]([^；;]*)"
)
_SCAN_UNITS = re.compile("[、，,]")
# the records made as the parser makes them (``positional_makers``), so that neither pays the frozen constructor
_scan_mention, _scan_measure, _scan_deadline = positional_makers(UnitMention, Measure, Deadline)


def single_pass_scanner(text: str) -> list[Measure]:
    """The floor for reading the bundled document: one regex pass, nothing but its measures.

    Lines compacted, one pass over the text for the parentheticals that open with a lead label,
    their fields split, units split on 、，, and the records made (no workplans, contacts,
    conventions, deadline reading, layouts or warnings).
    """
    compacts = ["".join(line.split()).replace("*", "") for line in text.splitlines()]
    ends = list(accumulate(map(len, compacts)))
    flat = "".join(compacts)
    measures = []
    for m in _SCAN_PAREN.finditer(flat):
        line = bisect_right(ends, m.start()) + 1
        leads: list[str] = []
        supports: list[str] = []
        deadline = None
        for label, value in _SCAN_FIELD.findall(m.group(1)):
            if label in _SCAN_LEADS:
                leads += _SCAN_UNITS.split(value.rstrip("。"))
            elif label in _SCAN_SUPPORTS:
                supports += _SCAN_UNITS.split(value.rstrip("。"))
            elif deadline is None:
                deadline = value
        measures.append(
            _scan_measure(
                len(measures) + 1,
                flat[max(0, m.start() - 80) : m.start()],
                tuple(_scan_mention(u, line, None, False) for u in leads if u),
                tuple(_scan_mention(u, line, None, False) for u in supports if u),
                _scan_deadline(deadline, None, None),
                line,
            )
        )
    return measures


def parse_share(text: str, t_first: float) -> None:
    """The parser's CPU time on the bundled document against the scanner floor and the 20 ms target."""
    doc = parse_document(text)
    parsed = sorted(m.line for w in doc.workplans for m in w.measures)
    scanned = single_pass_scanner(text)
    same = "the same" if parsed == sorted(m.line for m in scanned) else "NOT the same"
    # CPU time: the machine is shared, and CPU time drifts less than wall time. Both run with the cyclic
    # collector paused (parse_document pauses it itself), so neither pays for passes over the graphs
    # this process built before.
    t_parse, _ = best(lambda: parse_document(text), clock=time.process_time)
    t_scan, _ = best(_paused(single_pass_scanner, text), clock=time.process_time)
    met = t_parse <= PARSE_TARGET and t_parse <= 2 * t_scan
    print(
        f"single-pass scanner (CPU)    {t_scan * 1000:8.2f} ms   {len(scanned)} measures ({same} lines as the parser's)"
    )
    print(
        f"parse only (CPU, best of {REPEAT})  {t_parse * 1000:8.2f} ms = {t_parse / t_scan:.1f}x the scanner"
        f"   target <= {PARSE_TARGET * 1000:.0f} ms and <= 2x: {'met' if met else 'MISSED'}"
    )
    print(f"  first parse in this process  {t_first * 1000:6.2f} ms CPU; before this work: {PARSE_BEFORE}")


def _paused(fn, *args):
    def run():
        with paused_gc():
            return fn(*args)

    return run


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
        # round 26's manner before a verb: 1.0 s for this one item when the manner was looked for in all of it
        "a unit of 10,000 积极 and 配合": "1.推进。（牵头单位：" + "积极" * 5000 + "X积极配合）",
        # round 27's tables read by position: each header looked at every line after it until its budget
        "10,000 spaced headers": "\n".join(["序号    重点任务    牵头单位    完成时限", "    x"] * 10_000),
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

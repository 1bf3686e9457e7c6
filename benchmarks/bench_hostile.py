"""Benchmark: parse time of hostile inputs at sizes n, 2n and 4n, to see which grow faster than their size.

Run: .venv/bin/python benchmarks/bench_hostile.py [N]   (N: the first size in thousands of units, default 50)
Each input is made in code (no files); each line prints its sizes, CPU times (best of 3) and their ratios:
a ratio near 2 at each doubling is linear, near 4 quadratic. The inputs of round 43 first (each once quadratic:
the times before the fix are in the comment beside it), then the other shapes tried in round 43, all linear.
"""

from __future__ import annotations

import sys
import time

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.vocab import DEADLINE_LABELS, LEAD_LABELS, SUPPORT_LABELS

REPEAT = 3
_LABELS_AND_COLONS = "：".join(LEAD_LABELS + SUPPORT_LABELS + DEADLINE_LABELS)
_PIPE_HEAD = "| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n"


def _lines(line: str, count: int) -> str:
    return "\n".join([line] * count)


# name → text of about k thousand characters
HOSTILE = {
    # before round 43 (n = 50: sizes 60, 120, 240 KB): 1.7 s, 6.4 s, 26 s
    "lines of 牵头单位：——": lambda k: _lines("牵头单位：——", k * 150),
    # before: 1.9 s, 7.4 s, over 60 s
    "lines of 牵头：配合：": lambda k: _lines("牵头：配合：", k * 150),
    # before: 3.1 s, 12.5 s, over 60 s
    "one line of labels and colons": lambda k: _LABELS_AND_COLONS * max(1, k),
    # before: 0.75 s, 2.7 s, 11 s
    "lines of 50 nested brackets": lambda k: _lines("（" * 50 + "牵头单位：区财政局" + "）" * 50, k * 1000 // 110),
    # before: 2.6 s, 5.1 s, 11 s (linear, 50 s per MB)
    "one line of nested brackets": lambda k: "（" * (k * 500) + "牵头单位：区财政局" + "）" * (k * 500),
    "one line, no punctuation": lambda k: "改革推进工作" * (k * 1000 // 6),
    "unclosed （牵头单位： lines": lambda k: _lines("1. 推进（牵头单位：区财政局、", k * 1000 // 15),
    "a line of 、": lambda k: "、" * (k * 1000),
    "a field of many units": lambda k: "1. 推进改革。牵头单位：" + "、".join(["区财政局", "区发展改革委"] * (k * 100)),
    "runs of ——": lambda k: _lines("——" * 50, k * 10),
    "a table of many columns": lambda k: "|" + "|".join(["牵头单位"] * (k * 100)) + "|\n|" + "|---" * (k * 100) + "|",
    "empty pipe rows": lambda k: _PIPE_HEAD + _lines("| | | | |", k * 100),
    "lead labels, no colon": lambda k: "".join(LEAD_LABELS) * (k * 1000 // sum(map(len, LEAD_LABELS))),
    "many headings": lambda k: "".join(f"{'一二三四五六七八九十'[i % 10]}、重点任务\n" for i in range(k * 150)),
    "many labelled tasks": lambda k: (
        "一、重点任务\n"
        + "".join(
            f"{i}. 建设平台{i}。（牵头单位：区大数据局；完成时限：2024年{i % 12 + 1}月）\n" for i in range(1, k * 15)
        )
    ),
}


def _parse_or_refuse(text: str) -> None:
    try:
        parse_document(text, path="hostile.md")
    except DocumentError:
        pass


def best_time(text: str) -> float:
    """The best CPU time of ``REPEAT`` parses of ``text``."""
    times = []
    for _ in range(REPEAT):
        t = time.process_time()
        _parse_or_refuse(text)
        times.append(time.process_time() - t)
    return min(times)


def main(first: int = 50) -> None:
    print(f"{'input':32s} {'sizes (KB)':>20s} {'CPU (s)':>24s}  ratios")
    for name, make in HOSTILE.items():
        texts = [make(k) for k in (first, 2 * first, 4 * first)]
        times = [best_time(t) for t in texts]
        sizes = "/".join(f"{len(t) // 1000}" for t in texts)
        cpu = "/".join(f"{t:.3f}" for t in times)
        ratios = "/".join(f"{b / a:.1f}" if a > 0 else "-" for a, b in zip(times, times[1:]))
        print(f"{name:32s} {sizes:>20s} {cpu:>24s}  {ratios}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)

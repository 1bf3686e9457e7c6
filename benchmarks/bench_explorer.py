"""Server-side time to render the explorer's unit page for the biggest hub.

Runs ``explorer/app.py`` headless with ``streamlit.testing.v1.AppTest`` (the
whole script: router, sidebar, the unit page with its network, profile and
tables, and the protobuf messages Streamlit would send) and prints:

- cold: the first render in a fresh process (parse + build the bundled
  document, metrics, layout, HTML);
- warm: the same page rendered again (what a rerun costs: moving a slider,
  coming back to the unit) — target ≤ 300 ms;
- switch: opening another unit for the first time (graph and metrics cached,
  that unit's view computed once).

Usage: .venv/bin/python benchmarks/bench_explorer.py [--runs 20]
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "explorer" / "app.py"
TARGET_MS = 300.0


def _timed(at) -> float:
    start = time.perf_counter()
    at.run(timeout=300)
    elapsed = (time.perf_counter() - start) * 1000
    if at.exception:
        raise SystemExit(f"the page raised: {at.exception[0].value}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="warm renders to time (default 20)")
    args = parser.parse_args(argv)
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    for var in ("NEO4J_URI", "REFORMGRAPH_GRAPH"):
        os.environ.pop(var, None)
    sys.argv = [str(APP)]

    from streamlit.testing.v1 import AppTest

    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths
    from reformgraph.metrics import top_units

    G = build_from_paths([str(BUNDLED_DOCUMENT)]).graph
    ranked = top_units(G, by="lead", n=2, include_collective=True)
    hub, other = ranked[0], ranked[1]
    measures = hub.load.lead + hub.load.support

    at = AppTest.from_file(str(APP), default_timeout=300)
    at.query_params["unit"] = hub.name
    start = time.perf_counter()
    at.run(timeout=300)
    at.switch_page("screens/unit.py")
    at.run(timeout=300)
    cold = (time.perf_counter() - start) * 1000
    assert at.title[0].value == hub.name, at.title[0].value
    warm = [_timed(at) for _ in range(args.runs)]
    at.selectbox(key="unit_pick").set_value(other.unit)
    switch = _timed(at)
    assert at.title[0].value == other.name

    median = statistics.median(warm)
    print(f"unit page for the biggest hub: {hub.name} ({measures} measures, {G.number_of_nodes()} nodes in graph)")
    print(f"  cold (parse, build, metrics, layout, first render): {cold:8.1f} ms")
    print(
        f"  warm, {args.runs} renders: median {median:.1f} ms, min {min(warm):.1f} ms, max {max(warm):.1f} ms"
        f"  (target <= {TARGET_MS:.0f} ms: {'met' if median <= TARGET_MS else 'MISSED'})"
    )
    print(f"  switch to {other.name} (first visit, graph cached): {switch:8.1f} ms")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())

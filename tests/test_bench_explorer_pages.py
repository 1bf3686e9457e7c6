"""``bench_explorer.py`` opens every page of the explorer: its lists follow the app's page list (``explorer.app``'s
``PAGES``), so a page added to the explorer is in the memory figure the issue's target is about (session 63: the
benchmark opened 7 of 9 pages, 督办 and 对比 left out)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench_explorer as bench  # noqa: E402

from reformgraph.explorer.app import PAGES  # noqa: E402


def test_the_memory_run_opens_every_page_of_the_explorer():
    opened = {path.split("?")[0] or "overview" for path in bench.PAGES}
    assert opened == {url for _, url, _, _ in PAGES}


def test_the_big_run_opens_every_page_of_the_explorer():
    assert set(bench.BIG_PAGES) == {file.removesuffix(".py") for file, _, _, _ in PAGES}

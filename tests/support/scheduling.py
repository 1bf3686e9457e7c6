"""How ``make test`` spreads the suite over pytest-xdist workers (``pytest -n 2``).

- The unit of work is a whole test module: its module-scoped fixtures (a Streamlit server, a
  built wheel and a virtual environment, the warm command-line server, a workbook …) are made
  once, on one worker, exactly as in a serial run, and two workers never share one of them.
- The modules that use the Bolt server (``BOLT_MODULES``) are one unit: one worker starts the
  server once and runs them in file order, so the tests that empty its database never run at the
  same time as tests reading it (this matters most on a real Neo4j named by ``NEO4J_URI``, where
  both workers would share one database). ``tests/conftest.py`` refuses to collect a test that
  uses ``bolt_target`` outside these modules.
- A worker asking for work gets the unit listed first in ``LONGEST_FIRST`` that is still waiting
  (the modules that took longest in one serial run), then the others, largest first: a long
  module never starts last while the other worker has nothing left to do. A stale list costs
  only time, never a check.

Only :func:`make_scheduler` needs pytest-xdist (``pytest_xdist_make_scheduler`` in conftest.py calls it).

>>> scope_of("tests/test_neo4j.py::test_bundled_load_counts_and_round_trip")
'bolt'
>>> scope_of("tests/test_export_html.py::test_hub_html_opens_offline_in_chromium[zh]")
'tests/test_export_html.py'
>>> scope_of("tests/test_docs.py::test_named_files_exist[a::b.md]")
'tests/test_docs.py'
>>> priority("tests/test_explorer_e2e.py") < priority("bolt") < priority("tests/test_docs.py")
True
"""

from __future__ import annotations

from pathlib import PurePosixPath

BOLT = "bolt"
BOLT_MODULES = ("test_explorer_neo4j.py", "test_export_interchange.py", "test_neo4j.py")

# Longest first: seconds of each module run alone, serially, on a busy 2-core machine (bolt: its three modules).
LONGEST_FIRST = (
    "tests/test_explorer_e2e.py",  # 120 s: a Streamlit server and chromium, page by page
    BOLT,  # 95 s: the Bolt server's start, loads and queries
    "tests/test_kill_outputs.py",  # 89 s
    "tests/test_explorer_app.py",  # 61 s
    "tests/test_upload_server.py",  # 51 s
    "tests/test_bad_input.py",  # 45 s
    "tests/test_export_images.py",  # 34 s
    "tests/test_export_standard.py",  # 28 s
    "tests/test_ledger.py",  # 26 s
    "tests/test_upload.py",  # 22 s
    "tests/test_ledger_browser.py",  # 16 s
    "tests/test_export_html.py",  # 16 s
    "tests/test_packaging.py",  # 15 s
)


def scope_of(nodeid: str) -> str:
    """The unit of work a test belongs to: ``bolt`` for the Bolt server's modules, else its module's path."""
    path = nodeid.split("::", 1)[0]
    return BOLT if PurePosixPath(path).name in BOLT_MODULES else path


def priority(scope: str) -> int:
    """Where ``scope`` stands in ``LONGEST_FIRST`` (units not listed come after every listed one)."""
    return LONGEST_FIRST.index(scope) if scope in LONGEST_FIRST else len(LONGEST_FIRST)


def make_scheduler(config, log):
    """xdist's ``loadscope`` scheduling with the units of :func:`scope_of`, handed out by :func:`priority`."""
    from xdist.scheduler import LoadScopeScheduling

    class ModuleScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid)

        def _assign_work_unit(self, node) -> None:
            # The waiting units are ordered largest first (xdist's loadscope reorder); min() keeps that
            # order among units of equal priority.
            first = min(self.workqueue, key=priority)
            self.workqueue.move_to_end(first, last=False)
            super()._assign_work_unit(node)

    return ModuleScheduling(config, log)

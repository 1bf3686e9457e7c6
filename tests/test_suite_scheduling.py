"""How ``make test`` spreads the suite over two workers (tests/support/scheduling.py) does what it says.

The check that matters runs pytest-xdist for real on a small suite laid out like this one: pytest-xdist's
own ``--dist loadgroup`` stopped grouping without a word when pytest changed how it stores node ids, so
the grouping is proven by where the tests ran, not by reading the scheduler.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import scheduling

TESTS = Path(__file__).resolve().parent


def test_every_module_named_by_the_scheduler_exists():
    for name in scheduling.BOLT_MODULES:
        assert (TESTS / name).is_file(), name
    for scope in scheduling.LONGEST_FIRST:
        assert scope == scheduling.BOLT or (TESTS.parent / scope).is_file(), scope


MODULE = """
import os
import pytest


@pytest.mark.parametrize("i", range({n}))
def test_where(i):
    with open(os.path.join({out!r}, os.environ["PYTEST_XDIST_WORKER"]), "a") as fh:
        fh.write(__name__ + "\\n")
"""


def test_two_workers_run_whole_modules_and_the_bolt_modules_together(tmp_path):
    pytest.importorskip("xdist", reason="the Python package pytest-xdist is not installed (pip install -e '.[dev]')")
    suite, out = tmp_path / "tests", tmp_path / "out"
    suite.mkdir()
    out.mkdir()
    (suite / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(TESTS)!r})\n"
        "from support.scheduling import make_scheduler\n\n\n"
        "def pytest_xdist_make_scheduler(config, log):\n    return make_scheduler(config, log)\n",
        encoding="utf-8",
    )
    modules = {"test_neo4j": 3, "test_explorer_neo4j": 3, "test_export_interchange": 3, "test_docs": 9}
    modules |= {f"test_other{k}": 4 for k in range(6)}
    for name, n in modules.items():
        (suite / f"{name}.py").write_text(MODULE.format(n=n, out=str(out)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "NEO4J_"))}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", str(suite)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    ran = {worker.name: worker.read_text().split() for worker in out.iterdir()}
    assert sorted(ran) == ["gw0", "gw1"], ran  # both workers had work
    assert sum(len(names) for names in ran.values()) == sum(modules.values())
    for name in modules:
        workers = {w for w, names in ran.items() if name in names}
        assert len(workers) == 1, f"{name} ran on {workers}"
    bolt = {w for w, names in ran.items() if set(names) & {"test_neo4j", "test_explorer_neo4j"}}
    assert len(bolt) == 1 and "test_export_interchange" in ran[bolt.pop()]
    # a worker runs one module's tests one after the other (module fixtures are made once)
    for names in ran.values():
        assert [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n] == list(dict.fromkeys(names))

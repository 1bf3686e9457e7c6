"""Shared fixtures: the bundled document parsed and built once per session; one headless chromium.

``make test`` runs the suite on two pytest-xdist workers (``pytest -n 2``); a session fixture then
exists once per worker. Whatever ``--dist`` says (except ``each``), work is handed out by
tests/support/scheduling.py: whole modules, the Bolt server's modules together on one worker,
the longest modules first.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, BuildResult, build_from_paths


def pytest_configure(config):
    """Every test, and every command a test starts, keeps read graphs in a cache folder of this run's own
    (``reformgraph.graphcache``): never the user's, never one left by an earlier run."""
    folder = tempfile.mkdtemp(prefix="reformgraph-test-cache-")
    os.environ["REFORMGRAPH_CACHE_DIR"] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    config.addinivalue_line(
        "markers",
        "cpu_timeout(seconds): fail the test past this much CPU time (tests/support/cpu_timeout.py): a hang guard "
        "that a loaded machine does not trip",
    )


@pytest.fixture(scope="session")
def bundled() -> BuildResult:
    """The bundled document, parsed and built (shared, do not mutate)."""
    return build_from_paths([str(BUNDLED_DOCUMENT)])


@pytest.fixture(scope="session")
def bundled_graph(bundled):
    return bundled.graph


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Whole modules per worker, the Bolt modules together, longest first (tests/support/scheduling.py)."""
    if config.getvalue("dist") == "each":
        return None
    from support.scheduling import make_scheduler

    return make_scheduler(config, log)


def pytest_collection_modifyitems(config, items):
    """A test using the Bolt server must live in a module the scheduler keeps on the server's worker."""
    from support.scheduling import BOLT_MODULES

    strays = [
        item.nodeid
        for item in items
        if "bolt_target" in getattr(item, "fixturenames", ()) and item.path.name not in BOLT_MODULES
    ]
    if strays:
        raise pytest.UsageError(
            f"{strays[0]} uses bolt_target outside BOLT_MODULES (tests/support/scheduling.py): "
            "add its module there so that one worker runs every test on the Bolt server"
        )


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian chromium driven by Playwright (never a downloaded browser); skips naming the package if absent."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(
            f"{CHROMIUM} not found: install the Debian package `chromium` "
            "(apt-get install chromium, or `make system-deps` as root) to run the browser test"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="the Python package playwright is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture(scope="session")
def bolt_target(tmp_path_factory):
    """The real Bolt server of the Neo4j tests (NEO4J_URI, else ArcadeDB embedded; tests/support/bolt.py).

    Started once: every test using it runs on one worker (tests/support/scheduling.py) and shares it;
    skips with the reason when there is none.
    """
    from support.bolt import NoServer, bolt_target

    try:
        with bolt_target(tmp_path_factory.mktemp("bolt")) as target:
            yield target
    except NoServer as exc:
        pytest.skip(str(exc))


@pytest.fixture(autouse=True)
def _cpu_timeout(request):
    """The ``cpu_timeout`` mark's guard around the test (tests/support/cpu_timeout.py)."""
    marker = request.node.get_closest_marker("cpu_timeout")
    if marker is None:
        yield
        return
    from support.cpu_timeout import cpu_time_limit

    with cpu_time_limit(marker.args[0]):
        yield

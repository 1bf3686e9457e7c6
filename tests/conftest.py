"""Shared fixtures: the bundled document parsed and built once per session; one headless chromium."""

from __future__ import annotations

import os

import pytest

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, BuildResult, build_from_paths


@pytest.fixture(scope="session")
def bundled() -> BuildResult:
    """The bundled document, parsed and built (shared, do not mutate)."""
    return build_from_paths([str(BUNDLED_DOCUMENT)])


@pytest.fixture(scope="session")
def bundled_graph(bundled):
    return bundled.graph


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

    One per test session, shared by every module; skips with the reason when there is none.
    """
    from support.bolt import NoServer, bolt_target

    try:
        with bolt_target(tmp_path_factory.mktemp("bolt")) as target:
            yield target
    except NoServer as exc:
        pytest.skip(str(exc))

"""Shared fixtures: the bundled document parsed and built once per session."""

from __future__ import annotations

import pytest

from graph.pipeline import BUNDLED_DOCUMENT, BuildResult, build_from_paths


@pytest.fixture(scope="session")
def bundled() -> BuildResult:
    """The bundled document, parsed and built (shared, do not mutate)."""
    return build_from_paths([str(BUNDLED_DOCUMENT)])


@pytest.fixture(scope="session")
def bundled_graph(bundled):
    return bundled.graph

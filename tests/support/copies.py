"""Copies of the bundled document under other names: a graph of several documents that number alike."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT


def bundled_copies(directory: Path, names: Iterable[str]) -> list[str]:
    """Write the bundled document as ``directory/<name>.md`` for each name; return the paths in that order."""
    paths = []
    for name in names:
        path = directory / f"{name}.md"
        path.write_bytes(BUNDLED_DOCUMENT.read_bytes())
        paths.append(str(path))
    return paths

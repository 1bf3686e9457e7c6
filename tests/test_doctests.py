"""Every docstring example in the installed package runs (the examples are part of the docs).

Modules are found by walking ``reformgraph`` itself, so a new module is covered without
being listed here. The explorer's page scripts are Streamlit pages (they draw when
imported) and are exercised by the explorer tests instead.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PAGE_SCRIPTS = ("reformgraph.explorer.app", "reformgraph.explorer.screens.")


def _modules() -> list[str]:
    names = {"reformgraph"}
    # the subpackages live in their own folders (setuptools package-dir), so each is walked from its own path
    for pkg_name in ("reformgraph", "reformgraph.loaders", "reformgraph.cypher", "reformgraph.explorer"):
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):
            if info.name == "reformgraph.__main__" or info.name.startswith(PAGE_SCRIPTS):
                continue
            names.add(info.name)
    return sorted(names)


MODULES = _modules()


def test_walk_finds_every_layer():
    for pkg in (
        "reformgraph.metrics",
        "reformgraph.loaders",
        "reformgraph.cypher",
        "reformgraph.render",
        "reformgraph.cli",
        "reformgraph.explorer",
    ):
        assert any(m.startswith(pkg + ".") for m in MODULES), pkg


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0

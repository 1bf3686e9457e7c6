"""Every docstring example in ``tests/support`` runs: the helpers the tests share are documented by them, as the
package's modules are (``test_doctests``), and an example that went stale would mislead the next test's author.

Modules are found by walking the folder, so a new helper module is covered without being listed here. They are
imported as ``support.NAME``, the name the tests import them by (pytest puts ``tests/`` on the path).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

SUPPORT = Path(__file__).resolve().parent / "support"
MODULES = sorted(info.name for info in pkgutil.iter_modules([str(SUPPORT)]))


def test_the_walk_finds_the_helpers_with_examples():
    assert {"office", "readings", "scheduling", "bolt"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_of_each_helper_module_run(name: str):
    result = doctest.testmod(importlib.import_module(f"support.{name}"), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in tests/support/{name}.py"

"""Files shipped inside the package (``reformgraph.data``), found with importlib.resources.

Works the same from a clone, an editable install, a wheel or ``pipx``: nothing is
looked up relative to the working directory or the source tree.

>>> bundled_document().name
'youyang-2022-18-business-environment-reforms.md'
>>> data_path("aliases.csv").is_file()
True
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

BUNDLED_DOCUMENT_NAME = "youyang-2022-18-business-environment-reforms.md"


@cache
def data_path(name: str, package: str = "reformgraph.data") -> Path:
    """A real filesystem path for a packaged file (extracted once if the package is zipped).

    A package installed as files (a clone, an editable install, a wheel, ``pipx``) holds the file in its
    folder; only a zipped one goes through :mod:`importlib.resources`, whose import (with tempfile and
    zipfile) was 4 % of a one-document build's start-up.
    """
    folders = importlib.import_module(package).__spec__.submodule_search_locations or ()
    for folder in folders:
        path = Path(folder, name)
        if path.is_file():
            return path
    return _extracted(name, package)


def _extracted(name: str, package: str) -> Path:
    import atexit
    from importlib import resources

    ref = resources.files(package) / name
    if isinstance(ref, Path):
        return ref
    stack = resources.as_file(ref)
    path = stack.__enter__()
    atexit.register(stack.__exit__, None, None, None)
    return path


def bundled_document() -> Path:
    """The bundled plan (渝府办发〔2022〕18号), the default input of every command."""
    return data_path(BUNDLED_DOCUMENT_NAME)


def package_file(package: str, name: str) -> Path:
    """A packaged file of a subpackage, e.g. ``package_file("reformgraph.explorer", "app.py")``."""
    return data_path(name, package)

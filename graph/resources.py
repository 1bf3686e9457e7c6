"""Files shipped inside the package (``reformgraph.data``), found with importlib.resources.

Works the same from a clone, an editable install, a wheel or ``pipx``: nothing is
looked up relative to the working directory or the source tree.

>>> bundled_document().name
'youyang-2022-18-business-environment-reforms.md'
>>> data_path("aliases.csv").is_file()
True
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib import resources
from pathlib import Path

BUNDLED_DOCUMENT_NAME = "youyang-2022-18-business-environment-reforms.md"
_extracted = ExitStack()
atexit.register(_extracted.close)


@cache
def data_path(name: str, package: str = "reformgraph.data") -> Path:
    """A real filesystem path for a packaged file (extracted once if the package is zipped)."""
    ref = resources.files(package) / name
    if isinstance(ref, Path):
        return ref
    return _extracted.enter_context(resources.as_file(ref))


def bundled_document() -> Path:
    """The bundled plan (渝府办发〔2022〕18号), the default input of every command."""
    return data_path(BUNDLED_DOCUMENT_NAME)


def package_file(package: str, name: str) -> Path:
    """A packaged file of a subpackage, e.g. ``package_file("reformgraph.explorer", "app.py")``."""
    return data_path(name, package)

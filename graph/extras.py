"""Optional dependencies: import one, or say in one line which extra installs it.

>>> require("json", "core", "reading JSON").__name__
'json'
>>> try:
...     require("no_such_module_xyz", "images", "drawing a PNG")
... except MissingExtraError as exc:
...     print(exc)
drawing a PNG needs the optional package 'no_such_module_xyz': pip install 'reformgraph[images]'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from reformgraph.errors import MissingExtraError


def require(module: str, extra: str, what: str) -> ModuleType:
    """Import ``module`` or raise MissingExtraError naming ``extra`` (e.g. ``images``, ``neo4j``)."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        missing = (exc.name or module).split(".")[0]
        if missing != module.split(".")[0]:
            raise  # the module is there but broken: not a missing extra
        raise MissingExtraError(what, extra, missing) from None

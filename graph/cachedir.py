"""The user's cache folder, shared by the caches of read graphs and of compiled expressions, and the two rules
every entry in it keeps: written whole (a temporary file renamed over it) and read only when it is the user's own.

``$REFORMGRAPH_CACHE_DIR`` names the folder, else the platform's user cache folder (``$XDG_CACHE_HOME/reformgraph``,
``~/.cache/reformgraph``; ``~/Library/Caches/reformgraph`` on macOS, ``%LOCALAPPDATA%\\reformgraph\\Cache`` on
Windows); each cache has a subfolder of its own (``graphs``, ``patterns``). ``REFORMGRAPH_CACHE_DIR=off`` turns
every cache off. Folders are made for their user only (``0700``), entries written ``0600``.

>>> import os, tempfile
>>> root = tempfile.mkdtemp()
>>> os.environ["REFORMGRAPH_CACHE_DIR"] = root
>>> cache_folder("graphs") == Path(root) / "graphs"
True
>>> entry = cache_folder("graphs") / "one.entry"
>>> write_whole(entry, b"abc"), read_own(entry)
(True, b'abc')
>>> oct(entry.parent.stat().st_mode & 0o777), oct(entry.stat().st_mode & 0o777)
('0o700', '0o600')
>>> os.environ["REFORMGRAPH_CACHE_DIR"] = "off"
>>> cache_folder("graphs") is None
True
>>> del os.environ["REFORMGRAPH_CACHE_DIR"]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FOLDER_VARIABLE = "REFORMGRAPH_CACHE_DIR"
_OFF = frozenset({"", "0", "off", "no", "false", "none"})
__all__ = ["FOLDER_VARIABLE", "cache_folder", "is_own", "read_own", "write_whole"]


def cache_folder(kind: str) -> Path | None:
    """The folder of the cache ``kind`` (``graphs``, ``patterns``), or None when caches are off."""
    chosen = os.environ.get(FOLDER_VARIABLE)
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen) / kind
    try:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
            return base / "reformgraph" / "Cache" / kind
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "reformgraph" / kind
        xdg = Path(os.environ.get("XDG_CACHE_HOME", ""))
        return (xdg if xdg.is_absolute() else Path.home() / ".cache") / "reformgraph" / kind
    except (RuntimeError, KeyError):  # no home folder to be found: no cache
        return None


def is_own(seen: os.stat_result) -> bool:
    """Whether a file is the current user's own (always, where files have no owner)."""
    return not hasattr(os, "getuid") or seen.st_uid == os.getuid()


def read_own(entry: Path) -> bytes | None:
    """The bytes of ``entry`` when it is there and the user's own, else None."""
    try:
        with open(entry, "rb") as fh:
            return fh.read() if is_own(os.fstat(fh.fileno())) else None
    except OSError:
        return None


def write_whole(entry: Path, *chunks: bytes) -> bool:
    """Write ``chunks`` to ``entry`` whole (a temporary file beside it, ``0600``, renamed over it), making its folder
    (``0700``, and its parent when it is the cache's own) first; False, leaving nothing behind, when that fails."""
    import tempfile  # imported here: only a write needs it

    try:
        entry.parent.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        entry.parent.mkdir(mode=0o700, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{entry.name}.", suffix=".tmp", dir=entry.parent)  # 0600
    except OSError:
        return False
    try:
        with open(handle, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(temporary, entry)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True

"""A per-user cache of big graph JSON files as read, so that reading one again takes about half the time.

Reading a graph JSON of 200 documents (160 MB) decodes a million strings and
checks every item against the contract: about 2.2 s, a third of parsing the
documents again, and every command on that file pays it. So the first read of
a file of ``jsonio.CACHED_MIN_BYTES`` (4 MiB) or more also writes what it made
(``GraphData``'s four dicts: the graph's attributes, its nodes, its adjacency)
to the user's cache folder with :mod:`marshal`, which turns them back into the
same dicts, in the same order and sharing the same objects, in about 1.2 s.

The JSON file stays the one source of truth. An entry is used only when it
matches the file exactly:

- its name is a hash of the file's resolved path, and its header repeats that
  path;
- the header also repeats the file's device, inode, size, modification and
  change times (``st_ctime_ns`` changes on every write, and no tool can set it
  back, so a file replaced or edited in any way is read again), the reader's
  version (a hash of the modules that shape a read graph) and Python's version;
- a CRC-32 of the payload finds a torn or damaged entry.

Anything else (no entry, another file, a damaged entry, a folder that cannot be
written) is a miss: the file is read as JSON, as without a cache. Entries are
written atomically (a temporary file renamed over the entry) and touched when
used. After each write, entries whose file is gone are removed, then the least
recently used while the folder holds more than ``MAX_BYTES`` (1 GiB).

The folder is ``graphs`` in the user's cache folder (``reformgraph.cachedir``:
``$REFORMGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/reformgraph``, ``~/.cache/…``);
``REFORMGRAPH_CACHE_DIR=off`` turns the cache off. :mod:`marshal` must never
read data from someone else: the folder is made for its user only (``0700``),
entries are written ``0600``, and an entry that is not the current user's own
is never read (docs/performance.md).

>>> import os, tempfile
>>> from reformgraph.graphdata import GraphData
>>> folder = tempfile.mkdtemp()
>>> os.environ["REFORMGRAPH_CACHE_DIR"] = folder
>>> cache_folder() == Path(folder) / "graphs"
True
>>> path = os.path.join(folder, "g.json")
>>> with open(path, "w") as fh:
...     _ = fh.write("{}")
>>> data = GraphData({"schema": "reformgraph/1"})
>>> data.add_edge("a", "b", rel="LEADS")
0
>>> remember(path, os.stat(path), data)  # written a moment ago: not kept yet (RACY_NS)
>>> recall(path, os.stat(path)) is None
True
>>> os.environ["REFORMGRAPH_CACHE_DIR"] = "off"
>>> cache_folder() is None
True
>>> del os.environ["REFORMGRAPH_CACHE_DIR"]
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
import zlib
from functools import cache
from pathlib import Path

from reformgraph import cachedir
from reformgraph.gcpause import paused_gc
from reformgraph.graphdata import GraphData

#: A file changed less than this long before its read began is not kept: file times tick coarsely (a few ms),
#: so a same-size rewrite within one tick of the read could otherwise go unseen ("racy" files, as git calls them).
RACY_NS = 2 * 10**9
#: Past this much, the least recently used entries are removed after a write.
MAX_BYTES = 2**30
FOLDER_VARIABLE = cachedir.FOLDER_VARIABLE
_MAGIC = b"RGGRAPH1"
_SUFFIX = ".graph"
#: The modules whose code decides what a read graph holds: a change to any of them is a new reader.
_READER_MODULES = ("contract", "graphdata", "jsonio", "graphcache")
__all__ = ["cache_folder", "recall", "remember"]


def cache_folder() -> Path | None:
    """Where entries live (``graphs`` in the user's cache folder, ``reformgraph.cachedir``), or None when the cache
    is off (``REFORMGRAPH_CACHE_DIR=off``)."""
    return cachedir.cache_folder("graphs")


def recall(path: str | os.PathLike[str], seen: os.stat_result) -> GraphData | None:
    """The graph read earlier from ``path`` when it was exactly as ``seen`` (its ``os.stat``), else None."""
    entry = _entry(path)
    if entry is None:
        return None
    try:
        with open(entry, "rb") as fh:
            if not cachedir.is_own(os.fstat(fh.fileno())):
                return None
            head = _read_header(fh)
            if head is None or head[:-2] != _key(path, seen):
                return None
            payload = fh.read()
    except OSError:
        return None
    if head[-2:] != (len(payload), zlib.crc32(payload)):
        return None
    try:
        with paused_gc():
            graph, nodes, succ, pred = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not all(isinstance(d, dict) for d in (graph, nodes, succ, pred)):
        return None
    try:
        os.utime(entry)  # used: the last to go
    except OSError:
        pass
    data = GraphData(graph)
    data.nodes, data.succ, data.pred = nodes, succ, pred
    return data


def remember(path: str | os.PathLike[str], seen: os.stat_result, data: GraphData) -> None:
    """Keep ``data``, read from ``path`` as ``seen``, for the next read; quietly nothing when that cannot be done.

    Nothing is kept when the file changed while it was read, or changed ``RACY_NS`` or less before.
    """
    entry = _entry(path)
    if entry is None or time.time_ns() - max(seen.st_mtime_ns, seen.st_ctime_ns) <= RACY_NS:
        return
    try:
        if _identity(os.stat(path)) != _identity(seen):
            return
        payload = marshal.dumps((data.graph, data.nodes, data.succ, data.pred))
    except (OSError, ValueError):  # ValueError: a value marshal cannot hold (never in a contract graph)
        return
    head = marshal.dumps((*_key(path, seen), len(payload), zlib.crc32(payload)))  # then the payload's length and CRC
    if cachedir.write_whole(entry, _MAGIC + len(head).to_bytes(4, "little") + head, payload):
        _evict(entry.parent, keep=entry)


def _entry(path: str | os.PathLike[str]) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    name = hashlib.sha256(os.fsencode(os.path.realpath(path))).hexdigest()[:32]
    return folder / f"{name}{_SUFFIX}"


def _identity(seen: os.stat_result) -> tuple[int, ...]:
    return (seen.st_dev, seen.st_ino, seen.st_size, seen.st_mtime_ns, seen.st_ctime_ns)


def _key(path: str | os.PathLike[str], seen: os.stat_result) -> tuple:
    """What an entry must match: the reader, Python, marshal, and the file's path and identity."""
    where = os.fsdecode(os.path.realpath(path))
    return (_reader_version(), tuple(sys.version_info[:2]), marshal.version, where, _identity(seen))


def _read_header(fh) -> tuple | None:
    """The header of the entry open in ``fh`` (left at its payload), or None for a file that is not an entry."""
    start = fh.read(len(_MAGIC) + 4)
    if len(start) < len(_MAGIC) + 4 or not start.startswith(_MAGIC):
        return None
    try:
        head = marshal.loads(fh.read(int.from_bytes(start[len(_MAGIC) :], "little")))
    except (EOFError, ValueError, TypeError):
        return None
    return head if isinstance(head, tuple) and len(head) == 7 else None


@cache
def _reader_version() -> str:
    """A hash of the reader's own source (of the package's version where no source is shipped)."""
    folder = Path(__file__).resolve().parent
    try:
        sources = [(folder / f"{name}.py").read_bytes() for name in _READER_MODULES]
    except OSError:
        import reformgraph

        sources = [str(reformgraph.__version__).encode()]
    return hashlib.sha256(b"\0".join(sources)).hexdigest()


def _evict(folder: Path, *, keep: Path) -> None:
    """Remove entries whose file is gone, then the least recently used (never ``keep``) past ``MAX_BYTES``, and
    what killed writes left."""
    try:
        entries = [(entry.stat(), entry) for entry in folder.glob(f"*{_SUFFIX}")]
        for left in folder.glob(f".*{_SUFFIX}.*.tmp"):  # left by a write that was killed an hour ago or more
            if time.time() - left.stat().st_mtime > 3600:
                left.unlink(missing_ok=True)
    except OSError:
        return
    total = sum(seen.st_size for seen, _ in entries)
    for seen, entry in sorted(entries, key=lambda item: item[0].st_mtime_ns):
        if entry != keep and (total > MAX_BYTES or not _source_exists(entry)):
            entry.unlink(missing_ok=True)
            total -= seen.st_size


def _source_exists(entry: Path) -> bool:
    """Whether ``entry`` is an entry whose file is still there (True when the entry cannot be opened)."""
    try:
        with open(entry, "rb") as fh:
            head = _read_header(fh)
    except OSError:
        return True
    return head is not None and isinstance(head[3], str) and os.path.exists(head[3])

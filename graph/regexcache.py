"""Regular expressions compiled once per Python, not once per process: ``compiled`` is ``re.compile`` with the
compiling kept in the user's cache, as Python keeps compiled modules in ``.pyc`` files.

The package compiles about 190 expressions when it is imported, most with classes of every Chinese character, and
the standard library compiles them in Python: 90–110 ms of a 210 ms import, a third of a one-document build.
``compiled`` keeps what an expression compiles to (the code Python's matching engine runs, its flags and its
groups) in one file per Python (``patterns`` in the user's cache folder, ``reformgraph.cachedir``), and makes the
expression from it in the next process: all of them in about 3 ms.

An expression made from the file is the one ``re.compile`` makes. What is kept was checked to be so (compiled
patterns compare equal only when their text, flags and code are the same) before it was written, and Python's engine
checks the code of every expression it is given. The file's name and header name the Python and its engine
(``_sre.MAGIC``), a CRC-32 finds a damaged file, and only the user's own file is read. Anything unexpected (no
folder, another Python, a damaged file, an engine whose private interface changed) is a miss: ``re.compile``, as
without a cache. What a process compiled afresh is added when it ends (``atexit``), merged with what the file holds
by then, written whole. ``REFORMGRAPH_CACHE_DIR=off`` turns it off.

>>> year = compiled(r"(?P<year>\\d{4})年")
>>> year.search("2024年底前").group("year")
'2024'
>>> year == re.compile(r"(?P<year>\\d{4})年")
True
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path

from reformgraph import cachedir

try:  # the engine's private interface (CPython): without it, every expression is compiled as without a cache
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python
    _sre = None

_MAGIC = b"RGPATTERNS2\n"  # 2: the code kept as bytes (1: as lists of ints)
#: At most this many expressions are kept (the package has about 200). A file that would hold more (expressions
#: of older code) keeps only what the writing process used.
MAX_ENTRIES = 2000
__all__ = ["compiled"]

#: Set on the first call: (the file, its expressions) or None when there is no cache.
_state: tuple[Path, dict] | None | bool = False
_fresh: dict[tuple[str | bytes, int], None] = {}  # in the order first compiled
_used: set[tuple[str | bytes, int]] = set()


def compiled(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the compiling kept by an earlier process when there is one."""
    flags = int(flags)
    state = _loaded()
    if state is not None:
        parts = state[1].get((pattern, flags))
        if parts is not None:
            try:
                made = _made(pattern, parts)
                _used.add((pattern, flags))
                return made
            except Exception:  # an engine that changed under the same name: stop using the file
                state[1].clear()
        elif len(_fresh) < MAX_ENTRIES:
            if not _fresh:
                atexit.register(_keep_fresh)
            _fresh[pattern, flags] = None
    return re.compile(pattern, flags)


def _made(pattern: str | bytes, parts: tuple) -> re.Pattern:
    """The expression ``pattern`` made from its kept parts, its code kept as the bytes of an array of code words.

    The code stays bytes in the table (four bytes a word) and is a list of ints only while the engine reads it: as
    lists, the 200 expressions' code held some 16 MiB for the life of the process (the explorer's server, too).

    >>> parts = _parts("a+", 0)
    >>> _made("a+", parts) == re.compile("a+"), type(parts[1]).__name__
    (True, 'bytes')
    """
    flags, code, *rest = parts
    return _sre.compile(pattern, flags, array(_CODE_WORD, code).tolist(), *rest)


def _key() -> tuple:
    """What the file must have been written by: this Python and its engine."""
    return (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode, marshal.version)


#: The array type of one code word of the engine (``_sre.CODESIZE`` bytes); None: no cache
_CODE_WORD = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None) if _sre else None


def _loaded() -> tuple[Path, dict] | None:
    global _state
    if _state is False:
        _state = None
        folder = cachedir.cache_folder("patterns") if _CODE_WORD is not None else None
        if folder is not None:
            # the file's format in its name too: two versions of the package on one machine (an upgrade, a
            # benchmark against an older commit) each keep their own file instead of overwriting each other's
            entry = folder / f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_MAGIC.strip().decode()}.patterns"
            _state = (entry, _read(entry))
    return _state


def _read(entry: Path) -> dict:
    """The expressions the file ``entry`` keeps, or none when it is missing, damaged or not this Python's."""
    data = cachedir.read_own(entry)
    start = len(_MAGIC) + 4
    if data is None or len(data) < start or not data.startswith(_MAGIC):
        return {}
    payload = memoryview(data)[start:]
    if zlib.crc32(payload) != int.from_bytes(data[len(_MAGIC) : start], "little"):
        return {}
    try:
        key, table = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return table if key == _key() and isinstance(table, dict) else {}


def _parts(pattern: str | bytes, flags: int) -> tuple | None:
    """What ``re.compile`` compiles ``pattern`` to, as ``_sre.compile`` takes it, when that makes the same pattern."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = array(_CODE_WORD, [int(op) for op in _compiler._code(parsed, flags)]).tobytes()
        groups = parsed.state.groupdict
        by_number: list[str | None] = [None] * parsed.state.groups
        for name, number in groups.items():
            by_number[number] = name
        parts = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), tuple(by_number))
        same = _made(pattern, parts) == re.compile(pattern, flags)
    except Exception:  # a private interface that changed: nothing kept
        return None
    return parts if same else None


def _keep_fresh() -> None:
    """Add what this process compiled afresh to the file (at exit), merged with what the file holds by now."""
    state = _loaded()
    if state is None or not _fresh:
        return
    entry, _ = state
    table = _read(entry)
    if len(table) + len(_fresh) > MAX_ENTRIES:  # full of expressions older code compiled: this process's only
        table = {key: parts for key, parts in table.items() if key in _used}
    for pattern, flags in _fresh:
        if (pattern, flags) not in table and len(table) < MAX_ENTRIES:
            parts = _parts(pattern, flags)
            if parts is not None:
                table[(pattern, flags)] = parts
    _fresh.clear()
    try:
        payload = marshal.dumps((_key(), table))
    except ValueError:
        return
    cachedir.write_whole(entry, _MAGIC, zlib.crc32(payload).to_bytes(4, "little"), payload)

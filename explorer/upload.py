"""An uploaded document → a graph, in a worker process the server can kill (no Streamlit here).

The bytes go through the same readers and parser as ``reformgraph build``
(``loaders.read.parse_bytes``, every format the command line reads), so a bad file
gets the same one-line message as the CLI (``str`` of the DocumentError:
``name:line: what is wrong``), shown on the page in the session's language
(:func:`error_text`).

The Import page never parses on its own thread: :func:`build_isolated` runs
:func:`build_from_bytes` in a child of a ``forkserver`` process (forked from a clean,
single-threaded process that has already imported the readers, so a start costs
milliseconds, not an interpreter). The server enforces the budget: at most
``UPLOAD_LIMIT_BYTES`` of input (Streamlit's ``server.maxUploadSize`` refuses larger
request bodies before they are read, and this module checks again),
``UPLOAD_SECONDS`` of wall time after which the worker's whole process group (with any
LibreOffice it started) is killed, ``UPLOAD_MEMORY_BYTES`` of address space
(``RLIMIT_AS``), and ``PARSE_WORKERS`` uploads parsed at once across all sessions.
The parent only waits on a pipe (the GIL is free), so other sessions' pages keep
answering while a big or hostile upload is parsed.

>>> build_from_bytes(b"", "empty.md")
Traceback (most recent call last):
...
reformgraph.errors.DocumentError: empty.md: the file is empty
>>> check_upload("plan.exe", 10)
Traceback (most recent call last):
...
reformgraph.errors.UnsupportedFormatError: plan.exe: cannot read .exe files; expected one of .csv .doc .docx .eml .et .htm .html .markdown .md .mht .mhtml .msg .ods .odt .ofd .pdf .rtf .text .txt .wps .xls .xlsm .xlsx .xml
"""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import PurePath
from typing import TypeVar

from reformgraph.aliases import AliasTable, load_alias_table
from reformgraph.errors import (
    ColumnSpecError,
    DocumentEncodingError,
    DocumentError,
    DocumentLimitError,
    GraphFormatError,
    MissingConverterError,
    ReformGraphError,
    UnsupportedFormatError,
)
from reformgraph.jsonio import graph_data_from_bytes
from reformgraph.loaders.column_spec import ColumnSpec
from reformgraph.loaders.limits import first_line_of
from reformgraph.loaders.pipeline import BuildResult, build_from_documents
from reformgraph.loaders.read import EXTENSIONS, parse_bytes

UPLOAD_LIMIT_MB = 5
"""Largest document the Import page accepts, in MB (the bundled one is about 0.5 MB); ``server.maxUploadSize`` is 5 too."""
UPLOAD_LIMIT_BYTES = UPLOAD_LIMIT_MB * 1_000_000
"""The same in bytes, counted as the uploader counts in a Linux or macOS browser (10^6 bytes per MB); the
server's ``maxUploadSize`` counts 2^20, so it never refuses what passes here."""
UPLOAD_SECONDS = 30
"""Wall time one upload may take to parse and build (a 5 MB real document takes a few seconds)."""
UPLOAD_MEMORY_BYTES = 2 * 1024**3
"""Address space of the worker process (the bundled document needs about 60 MB)."""
PARSE_WORKERS = 2
"""Uploads parsed at the same time, across every session of the server."""
MAX_UPLOADS_PER_SESSION = 3
"""Uploads a session keeps in memory (the one in use included)."""
UPLOAD_TYPES = tuple(sorted(ext.lstrip(".") for ext in EXTENSIONS))
"""Every extension the command line reads by name (others are read as text there, but not uploaded)."""
COMPARE_TYPES = tuple(sorted((*UPLOAD_TYPES, "json")))
"""What the 对比 page's uploader takes: a document, or a graph JSON written by ``build --json`` (as ``--compare``)."""

_SLOTS = threading.BoundedSemaphore(PARSE_WORKERS)
T = TypeVar("T")


def safe_name(name: str) -> str:
    """The file name only (no directories, no control characters, at most 120 characters).

    Uploads never name a path on this machine, and a name is always shown as text.

    >>> safe_name("../../etc/passwd.md"), safe_name("C:\\\\x\\\\方案.txt"), safe_name("a\\nb.md")
    ('passwd.md', '方案.txt', 'a b.md')
    """
    printable = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in name)
    base = PurePath(printable.replace("\\", "/")).name.strip()
    if len(base) > 120:
        stem, suffix = os.path.splitext(base)
        base = stem[: 120 - len(suffix[:12])] + suffix[:12]
    return base or "upload.md"


def check_upload(
    name: str, size: int, limit: int = UPLOAD_LIMIT_BYTES, *, types: tuple[str, ...] = UPLOAD_TYPES
) -> None:
    """Raise for a file of a type not among ``types`` (the readers' own), or over ``limit`` bytes."""
    name = safe_name(name)
    suffix = PurePath(name).suffix.lower()
    if suffix.lstrip(".") not in types:
        expected = " ".join("." + t for t in types)
        raise UnsupportedFormatError(
            f"cannot read {suffix or 'extension-less'} files; expected one of {expected}", path=name
        )
    if size > limit:
        raise DocumentLimitError(
            f"the file has {size:,} bytes; the upload limit is {limit:,} bytes",
            limit="file_bytes",
            maximum=limit,
            path=name,
        )


def build_from_bytes(
    data: bytes,
    name: str,
    *,
    aliases: AliasTable | None = None,
    limit: int = UPLOAD_LIMIT_BYTES,
    columns: ColumnSpec | None = None,
) -> BuildResult:
    """Read, parse and build one uploaded document, in this process; ``columns``: the user's names of its tables'
    columns (``--columns``, the page's column names).

    Raises DocumentError (or a subclass) with the CLI's message when the file
    cannot be read or holds no workplans.
    """
    name = safe_name(name)
    check_upload(name, len(data), limit)
    doc = parse_bytes(data, path=name, columns=columns)
    return build_from_documents([doc], aliases if aliases is not None else load_alias_table())


def graph_from_json_bytes(data: bytes, name: str, *, limit: int = UPLOAD_LIMIT_BYTES) -> BuildResult:
    """An uploaded graph JSON (``build --json``'s) as a build result, with the upload's limit on its size; a file
    that is not one is GraphFormatError, one line naming the file and what is wrong. Read in this process: no
    document reader runs (the worker is for those), and a graph JSON is what ``--compare`` reads here too.

    >>> graph_from_json_bytes(b'{"nodes": 1}', "old.json")
    Traceback (most recent call last):
    ...
    reformgraph.errors.GraphFormatError: old.json: not a graph JSON file (expected 'nodes' and 'edges' lists in an object)
    """
    name = safe_name(name)
    check_upload(name, len(data), limit, types=COMPARE_TYPES)
    return build_from_documents([], load_alias_table(), graphs=[graph_data_from_bytes(data, name)])


# ---- the worker process ------------------------------------------------------------------------------


WORKER_PRELOAD = (__name__, "reformgraph.loaders.parse")
"""What the forkserver imports once, before any worker is forked from it: this module and the parser, which
``loaders.read`` imports only when a text is parsed (0.9 s of imports a worker paid on every upload before)."""


@cache
def _context() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_PRELOAD))
    return context


def _parse_worker(conn, data: bytes, name: str, memory: int, columns: ColumnSpec | None = None) -> None:
    """The worker: own process group (killed as one), bounded memory, lower priority; sends (kind, value).

    The answer for "out of memory" is pickled, and a reserve of memory set aside, before the limit
    is set: when an allocation fails, the reserve is freed and the ready bytes are sent, so the
    page hears "over the memory limit" even when nothing more could be allocated.
    """
    import resource
    from multiprocessing.reduction import ForkingPickler

    os.setpgid(0, 0)
    out_of_memory_reply = bytes(ForkingPickler.dumps(("error", memory_error(name, memory))))
    reserve = bytearray(_RESERVE_BYTES)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (min(memory, hard) if hard != resource.RLIM_INFINITY else memory, hard))
    os.nice(5)
    reply: tuple[str, object] | None = None  # None: out of memory
    try:
        # The Document records stay here: the pages use the graph, and frozen records unpickle
        # slowly (7.7 s of 11.6 for a 4.5 MB table of 30,000 tasks).
        reply = ("ok", dataclasses.replace(build_from_bytes(data, name, columns=columns), documents=()))
    except ReformGraphError as exc:
        reply = ("error", exc)
    except MemoryError:
        reply = None
    except Exception as exc:  # noqa: BLE001 - a bug must still reach the page as one line, not kill the worker silently
        if not out_of_memory(exc):
            reply = (
                "error",
                DocumentError(f"internal error while reading ({first_line_of(exc)}); please report it", path=name),
            )
    del reserve
    try:
        if reply is None:
            conn.send_bytes(out_of_memory_reply)
        else:
            conn.send(reply)
    except MemoryError:
        conn.send_bytes(out_of_memory_reply)
    finally:
        conn.close()


_RESERVE_BYTES = 4 * 1024 * 1024
"""Memory a worker sets aside before its limit and frees to send its answer when an allocation failed."""


def out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc`` means an allocation failed under the worker's address-space limit.

    A ``MemoryError`` anywhere in its chain, or the ``SystemError`` some C code raises when an
    allocation fails without setting one ("error return without exception set").

    >>> out_of_memory(SystemError("error return without exception set"))
    True
    >>> out_of_memory(ValueError("bad value"))
    False
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, MemoryError):
            return True
        if isinstance(seen, SystemError) and "without exception set" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def memory_error(name: str, memory: int) -> DocumentLimitError:
    mib = memory // (1024 * 1024)
    return DocumentLimitError(
        f"parsing needs more than {mib:,} MiB of memory; the limit is {mib:,} MiB",
        limit="memory",
        maximum=mib,
        path=name,
    )


def build_isolated(
    data: bytes,
    name: str,
    *,
    seconds: float = UPLOAD_SECONDS,
    memory: int = UPLOAD_MEMORY_BYTES,
    columns: ColumnSpec | None = None,
) -> BuildResult:
    """:func:`build_from_bytes` in a worker process, killed after ``seconds``; errors come back as raised.

    The result carries the graph, warnings, unresolved names and near-duplicates, but
    no Document records (``documents`` is empty).
    """
    name = safe_name(name)
    check_upload(name, len(data))
    if not _SLOTS.acquire(timeout=seconds):
        raise DocumentLimitError(
            f"the server is already parsing {PARSE_WORKERS} uploads; try again in a minute",
            limit="workers",
            maximum=PARSE_WORKERS,
            path=name,
        )
    try:
        context = _context()
        receive, send = context.Pipe(duplex=False)
        worker = context.Process(target=_parse_worker, args=(send, data, name, memory, columns), daemon=True)
        worker.start()
        send.close()
        try:
            if not receive.poll(seconds):
                raise DocumentLimitError(
                    f"parsing took longer than {seconds:g} s and was stopped; the limit is {seconds:g} s",
                    limit="seconds",
                    maximum=int(seconds),
                    path=name,
                )
            try:
                kind, value = receive.recv()
            except EOFError:
                worker.join(5)
                raise DocumentError(
                    f"the parsing process ended without an answer (exit code {worker.exitcode})", path=name
                ) from None
        finally:
            _kill_group(worker)
            receive.close()
    finally:
        _SLOTS.release()
    if kind == "error":
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def worker_modules(seconds: float = UPLOAD_SECONDS) -> list[str]:
    """The names of the modules an upload's worker holds when it starts, before it reads anything: the
    forkserver's preload, and whatever running the server's main module again as ``__mp_main__`` imported
    (under ``streamlit run`` the app's script; see ``explorer/app.py``). For the test of the worker's start."""
    context = _context()
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(target=_send_modules, args=(send,), daemon=True)
    worker.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise TimeoutError(f"an upload worker did not start within {seconds:g} s")
        return receive.recv()
    finally:
        worker.join(5)
        receive.close()


def _send_modules(conn) -> None:
    conn.send(sorted(sys.modules))
    conn.close()


def _kill_group(worker) -> None:
    """Kill the worker and everything it started (it leads its own process group), then reap it."""
    if worker.pid is not None:
        try:
            os.killpg(worker.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass  # the group is gone (or not made yet: the worker itself is killed next)
    worker.kill()
    worker.join(5)


# ---- session bookkeeping and messages ------------------------------------------------------------------


def keep_recent(
    uploads: Mapping[str, T], digest: str, item: T, *, active: str | None, limit: int = MAX_UPLOADS_PER_SESSION
) -> dict[str, T]:
    """``uploads`` with ``item`` added last, then the oldest dropped until ``limit`` remain (never the active one).

    >>> kept = {}
    >>> for d in "abcd":
    ...     kept = keep_recent(kept, d, d.upper(), active="a")
    >>> kept
    {'a': 'A', 'c': 'C', 'd': 'D'}
    """
    kept = {k: v for k, v in uploads.items() if k != digest}
    kept[digest] = item
    for old in list(kept):
        if len(kept) <= limit:
            break
        if old not in (active, digest):
            del kept[old]
    return kept


def upload_digest(data: bytes, columns: str = "") -> str:
    """The key an upload is parsed, cached and kept under: its bytes' SHA-256, with the column names it is read with
    (``--columns``' spec, as typed; none: the bytes' digest alone).

    >>> upload_digest(b"x") == hashlib.sha256(b"x").hexdigest() != upload_digest(b"x", "主办=牵头")
    True
    """
    if not columns.strip():
        return hashlib.sha256(data).hexdigest()
    return hashlib.sha256(data + b"\n--columns " + columns.strip().encode("utf-8")).hexdigest()


def error_text(exc: ReformGraphError, lang: str) -> str:
    """What the Import page says about a failed upload: the reason in ``lang``, then the CLI's line.

    >>> print(error_text(DocumentLimitError("x", limit="pages", maximum=2000, path="a.pdf"), "zh"))
    无法导入：文件超出读取上限，页数不能超过 2,000。
    <BLANKLINE>
    详情：a.pdf: x
    """
    from reformgraph.explorer.i18n import text

    if isinstance(exc, DocumentLimitError):
        what = text(f"limit.{exc.limit}", lang) if f"limit.{exc.limit}" in _limit_keys() else exc.limit
        reason = text("import.reason.limit", lang, what=what, maximum=f"{exc.maximum:,}")
    elif isinstance(exc, MissingConverterError):
        reason = text("import.reason.converter", lang, package=exc.package)
    elif isinstance(exc, UnsupportedFormatError):
        reason = text("import.reason.type", lang, types=" ".join("." + t for t in UPLOAD_TYPES))
    elif isinstance(exc, DocumentEncodingError):
        reason = text("import.reason.encoding", lang)
    elif isinstance(exc, ColumnSpecError):
        reason = text("import.reason.columns", lang)
    elif isinstance(exc, GraphFormatError):
        reason = text("import.reason.graph", lang)
    else:
        reason = text("import.reason.unreadable", lang)
    return text("import.error", lang, reason=reason) + "\n\n" + text("import.error_detail", lang, error=str(exc))


@cache
def _limit_keys() -> frozenset[str]:
    from reformgraph.explorer.i18n import TEXT

    return frozenset(k for k in TEXT if k.startswith("limit."))

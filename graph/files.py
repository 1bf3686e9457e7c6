"""Writing output files safely: whole or not at all, and never over an input.

Every file ReformGraph writes goes through :func:`atomic_write`: the content is
written to a temporary file in the target's folder, flushed to disk and renamed
over the target, so a crash or ``kill -9`` leaves the old file or the new one,
never a mix. :func:`refuse_input_overwrite` stops ``build x.md --json x.md``
before anything is read or written.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_write(d / "out.txt") as fh:
...     _ = fh.write(b"hello")
>>> (d / "out.txt").read_bytes()
b'hello'
>>> oct((d / "out.txt").stat().st_mode & 0o777) == oct(0o666 & ~_umask())
True
>>> refuse_input_overwrite(d / "out.txt", [d / "plan.md"])
>>> try:
...     refuse_input_overwrite(d / "plan.md", [d / "plan.md"])
... except ExportError as exc:
...     print(str(exc).split(": ", 1)[1])
refusing to write over an input file
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reformgraph.errors import ExportError


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13); neither can be written over
        return False


def refuse_input_overwrite(out: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise ExportError when ``out`` is (or links to) one of ``inputs``."""
    target = Path(out)
    for source in inputs:
        if _same_file(target, Path(source)):
            raise ExportError("refusing to write over an input file", path=str(out))


def check_writable_target(path: str | os.PathLike[str]) -> Path:
    """The target as a Path, or ExportError (one line) when it cannot be a file to write."""
    path = Path(path)
    if path.is_dir():
        raise ExportError("is a directory; give a file name", path=str(path))
    parent = path.parent
    for ancestor in (parent, *parent.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                raise ExportError(f"{ancestor} is a file, not a folder", path=str(path))
            if not os.access(ancestor, os.W_OK | os.X_OK):
                raise ExportError(f"no permission to write in {ancestor}", path=str(path))
            break
    return path


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()  # read once at import: os.umask() is process-wide and would race with other threads


def _umask() -> int:
    return _UMASK


def _final_mode(path: Path) -> int:
    """The mode the file would get from a plain open(): the old file's, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


_PART_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)


def _create_part_file(path: Path) -> tuple[int, str]:
    """A new file ``.NAME.RANDOM.part`` beside ``path``, mode 0600, opened for writing (as ``tempfile.mkstemp``).

    Written here because importing :mod:`tempfile` (with shutil, random, bz2, lzma) was 2 % of a
    one-document build's start-up.
    """
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{os.urandom(6).hex()}.part")
        try:
            return os.open(tmp, _PART_FLAGS, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a binary file that replaces ``path`` only when the block ends without an exception.

    Creates missing parent folders. OS errors become ExportError naming the path.
    """
    path = check_writable_target(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _create_part_file(path)
    except OSError as exc:
        raise ExportError(f"cannot write ({exc.strerror or exc})", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fchmod(fh.fileno(), _final_mode(path))  # mkstemp makes 0600; keep what open() would give
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write ({exc.strerror or exc})", path=str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path) as fh:
        fh.write(data)


def write_text_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    write_bytes_atomic(path, text.encode(encoding))

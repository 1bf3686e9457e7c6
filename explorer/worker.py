"""One call in a child process: what ``explorer.cached.elsewhere`` starts.

``python -m reformgraph.explorer.worker`` reads ``(function, args)`` pickled from its standard input, calls
the function and writes ``("ok", result)`` or ``("error", exception)`` pickled to its standard output. It
imports nothing of the app: a process started by ``multiprocessing`` would import the server's main module,
which under ``streamlit run`` is the app script itself, and so run the whole app again before the call.
Only the server writes what this process reads.

>>> import io, os, pickle
>>> out = io.BytesIO()
>>> call(io.BytesIO(pickle.dumps((divmod, (7, 2)))), out)
>>> pickle.loads(out.getvalue())
('ok', (3, 1))
"""

from __future__ import annotations

import pickle
import sys
from typing import BinaryIO


def call(source: BinaryIO, sink: BinaryIO) -> None:
    """Read ``(function, args)`` from ``source``, call it, write the outcome to ``sink`` (both pickled)."""
    func, args = pickle.load(source)
    try:
        outcome = ("ok", func(*args))
    except Exception as exc:  # noqa: BLE001 - handed back to the caller, which raises it there
        outcome = ("error", exc)
    pickle.dump(outcome, sink, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    call(sys.stdin.buffer, sys.stdout.buffer)

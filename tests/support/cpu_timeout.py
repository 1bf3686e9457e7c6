"""A hang guard counted in the process's CPU time, not in wall time.

A test that parses a hostile input guards against a hang, not a speed target (the timings live in benchmarks/). A
wall-clock limit fails such a test when the machine is loaded (session 53: twice, with nine helpers running valgrind
beside the suite, for inputs that take 1.5–2.7 s of CPU), while a hang burns CPU whatever the load. ``cpu_time_limit``
arms the process's profiling timer (``ITIMER_PROF``: user and system time), whose signal raises ``CpuTimeExceeded``
in the test. Like pytest-timeout's signal method it interrupts Python code and the regex engine (which checks
signals as it runs), in the main thread only; the suite's wall-clock ``timeout`` stays the outer guard.

>>> with cpu_time_limit(5.0):
...     sum(range(1000))
499500
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class CpuTimeExceeded(Exception):
    """A test used more CPU time than its ``cpu_timeout`` mark allows: a hang, or a change of complexity."""


@contextmanager
def cpu_time_limit(seconds: float) -> Iterator[None]:
    """Raise ``CpuTimeExceeded`` in the block once the process has spent ``seconds`` more of CPU time in it."""

    def expire(signum, frame):
        raise CpuTimeExceeded(f"more than {seconds:g} s of CPU time: a hang, or an input's cost grew")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)

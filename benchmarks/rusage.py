"""This process's CPU time split into its own work and the kernel's, with its page faults (``getrusage``).

The benchmarks print the split beside a CPU-time ratio: building a big graph makes the kernel hand the growing
heap fresh pages (system time, page faults), which small builds reusing the pages the last one freed do not pay.

>>> before = usage()
>>> spent = usage() - before
>>> spent.user >= 0 and spent.system >= 0 and spent.faults >= 0
True
>>> (spent + spent).faults == 2 * spent.faults
True
"""

from __future__ import annotations

import resource
from typing import NamedTuple


class Usage(NamedTuple):
    """User and system CPU seconds and minor page faults of this process; subtract two to get a span's."""

    user: float
    system: float
    faults: int

    def __sub__(self, other: Usage) -> Usage:  # type: ignore[override]
        return Usage(self.user - other.user, self.system - other.system, self.faults - other.faults)

    def __add__(self, other: Usage) -> Usage:  # type: ignore[override]
        return Usage(self.user + other.user, self.system + other.system, self.faults + other.faults)


def usage() -> Usage:
    """This process's figures so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return Usage(r.ru_utime, r.ru_stime, r.ru_minflt)

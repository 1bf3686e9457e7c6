"""The CPU-time hang guard (tests/support/cpu_timeout.py): it fires on CPU spent, not on time waited, and the
``cpu_timeout`` mark arms it around a test."""

from __future__ import annotations

import time

import pytest
from support.cpu_timeout import CpuTimeExceeded, cpu_time_limit


def _spin(seconds: float) -> None:
    """Burn ``seconds`` of this process's CPU time."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_a_block_spending_more_cpu_than_its_limit_is_stopped():
    with pytest.raises(CpuTimeExceeded, match="more than 0.1 s of CPU time"):
        with cpu_time_limit(0.1):
            _spin(2.0)


def test_waiting_is_not_counted():
    """Time asleep (as a test's wall time grows on a loaded machine) spends no CPU: the guard stays quiet."""
    with cpu_time_limit(0.2):
        time.sleep(0.5)


def test_the_guard_is_disarmed_after_its_block():
    with cpu_time_limit(0.1):
        pass
    _spin(0.2)  # would raise if the timer were still armed


@pytest.mark.cpu_timeout(0.1)
def test_the_mark_arms_the_guard_around_the_test():
    with pytest.raises(CpuTimeExceeded):
        _spin(2.0)

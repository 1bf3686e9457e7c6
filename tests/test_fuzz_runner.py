"""The fuzz runner's own rules: what it calls a crash and a hang (tests/support/fuzzing.py).

A hang is CPU time, not wall-clock time: on a loaded CI machine a reader waiting for a core
is not hung, while one that spins is, however busy the machine.
"""

from __future__ import annotations

import time

from support import fuzzing

from reformgraph.errors import ReformGraphError


def test_a_reader_that_spins_is_a_hang(monkeypatch):
    def spin(data, path):
        end = fuzzing.cpu_seconds() + 0.2
        while fuzzing.cpu_seconds() < end:
            pass

    monkeypatch.setattr(fuzzing, "parse_bytes", spin)
    monkeypatch.setattr(fuzzing, "HANG_SECONDS", 0.1)
    figures = fuzzing.Figures()
    problem = fuzzing.run_one(".md", b"x", figures)
    assert problem and problem.startswith("hang:"), problem
    assert figures.hangs and figures.failing_inputs == [b"x"]


def test_a_reader_that_waits_under_the_wall_limit_is_no_hang(monkeypatch):
    monkeypatch.setattr(fuzzing, "parse_bytes", lambda data, path: time.sleep(0.3))
    monkeypatch.setattr(fuzzing, "HANG_SECONDS", 0.1)
    figures = fuzzing.Figures()
    assert fuzzing.run_one(".md", b"x", figures) is None
    assert figures.slowest >= 0.3 and not figures.hangs


def test_a_reader_that_waits_past_the_wall_limit_is_a_hang(monkeypatch):
    monkeypatch.setattr(fuzzing, "parse_bytes", lambda data, path: time.sleep(0.3))
    monkeypatch.setattr(fuzzing, "HANG_WALL_SECONDS", 0.1)
    assert fuzzing.run_one(".md", b"x", fuzzing.Figures()).startswith("hang:")


def test_crashes_and_several_line_errors_are_problems_one_line_errors_are_not(monkeypatch):
    def crash(data, path):
        raise KeyError("boom")

    def several_lines(data, path):
        raise ReformGraphError("fuzz.md: line 1\nline 2")

    def one_line(data, path):
        raise ReformGraphError("fuzz.md: line 1: expected a plan")

    figures = fuzzing.Figures()
    monkeypatch.setattr(fuzzing, "parse_bytes", crash)
    assert fuzzing.run_one(".md", b"a", figures).startswith("crash: KeyError")
    monkeypatch.setattr(fuzzing, "parse_bytes", several_lines)
    assert fuzzing.run_one(".md", b"b", figures).startswith("error message of several lines")
    monkeypatch.setattr(fuzzing, "parse_bytes", one_line)
    assert fuzzing.run_one(".md", b"c", figures) is None
    assert figures.failing_inputs == [b"a", b"b"] and len(figures.crashes) == 1


def test_failing_inputs_are_saved_to_be_read_again(tmp_path):
    figures = fuzzing.Figures(failing_inputs=[b"a", b"bb"])
    folder = figures.save_failing(tmp_path / "fuzz-failing", ".csv")
    assert sorted((p.name, p.read_bytes()) for p in folder.iterdir()) == [
        ("failing-0.csv", b"a"),
        ("failing-1.csv", b"bb"),
    ]

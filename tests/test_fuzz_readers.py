"""Fuzzing every reader with hypothesis, on a fixed budget (issue 14).

Each format's seeds (valid files and the hostile classes: whole-sheet merges, far-corner
cells, overlapping merges, gridSpan bombs, deep nesting, DTDs, nested HTML tables,
``<?`` runs, NUL bytes, long lines, escaping OFD paths …) are mutated as described in
tests/support/fuzzing.py. The examples are derandomized, so every run reads the same
inputs and a failure reproduces. An input must give a Document or one line of
ReformGraphError, within ``HANG_SECONDS`` of CPU time.

Hypothesis only generates here: it neither shrinks nor explains a failing input. Both
re-run the reader thousands of times under a tracer, and one slow input on a loaded
machine once kept a CI worker shrinking for over 25 minutes at 7.8 GB, past any timeout.
Every failing input is collected instead, the test fails after the run with the list,
and the inputs are written to test-artifacts/fuzz-failing/ to be read again by hand
(``parse_bytes(Path(...).read_bytes(), path=...)``). The figures (inputs, crashes, hangs, slowest
input) are printed and written to test-artifacts/fuzz-readers.txt;
``benchmarks/fuzz_readers.py`` runs the same with a bigger budget.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from support import fuzzing

pytestmark = pytest.mark.timeout(240)

SEEDS = fuzzing.seeds()
EXAMPLES = {".md": 60, ".doc": 40, ".wps": 40, ".pdf": 60}  # the rest: DEFAULT_EXAMPLES
DEFAULT_EXAMPLES = 100
FIGURES: dict[str, fuzzing.Figures] = {}
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.mark.parametrize("extension", list(SEEDS))
def test_fuzzed_input_never_crashes_or_hangs(extension):
    figures = FIGURES.setdefault(extension, fuzzing.Figures())

    @settings(
        max_examples=EXAMPLES.get(extension, DEFAULT_EXAMPLES),
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    @given(fuzzing.mutated(extension, SEEDS[extension]))
    def read(data: bytes) -> None:
        problem = fuzzing.run_one(extension, data, figures)
        if problem:
            problems.append(problem)

    problems: list[str] = []
    with fuzzing.fast_converters():
        for seed in SEEDS[extension]:  # the seeds themselves first
            problem = fuzzing.run_one(extension, seed, figures)
            if problem:
                problems.append("seed: " + problem)
        read()
    if problems:
        saved = figures.save_failing(ARTIFACTS / "fuzz-failing", extension)
        pytest.fail(
            f"{len(problems)} of {figures.inputs} inputs failed (saved in {saved}):\n" + "\n".join(problems[:10])
        )


def test_fuzzing_figures():
    """Prints and saves the figures of the runs above (run after them, in file order)."""
    if not FIGURES:
        pytest.skip("no fuzzing ran in this session (select the fuzz tests too)")
    lines = [figures.line(ext) for ext, figures in FIGURES.items()]
    total = sum(f.inputs for f in FIGURES.values())
    slowest = max(FIGURES.items(), key=lambda kv: kv[1].slowest)
    lines.append(
        f"total  inputs {total:6d}  crashes {sum(len(f.crashes) for f in FIGURES.values())}  "
        f"hangs {sum(len(f.hangs) for f in FIGURES.values())}  slowest {slowest[1].slowest:.3f} s ({slowest[0]})"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "fuzz-readers.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n" + "\n".join(lines))
    assert total >= len(SEEDS) * 25

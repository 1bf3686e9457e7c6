"""Benchmark: the real plans hard-wrapped at every width, read as the plans (round 71 meta71).

Run: .venv/bin/python benchmarks/bench_wrap_widths.py [--widths 24,28,32,36,40,48] [--jobs 2] [--detail]
     [--transforms wrapped,pdf-text,indented]

tests/test_grammar70_meta70.py copies each of the 84 real and held-out plans once per transform, at one wrap width a
plan (30–40 characters). A PDF's text layer breaks its lines wherever its page and font put the margin, so this
sweeps the two transforms that wrap (``wrapped``; ``pdf-text``: wrapped, page footers, no blank line) over every
plan at each width given, comparing each copy's reading with the plan's expected file as the module does
(``copy_compared``), and prints a table: plans read exactly per transform and width. ``--detail`` names the plans
that are not. About 4 minutes on two cores for the default six widths. ``--transforms`` may add ``indented`` (round
75 sweep75: ``metamorphic.indented_pdf_text``, a PDF's text whose paragraphs open with a first line's indent, as an
office's .txt of a printed plan gives it).
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1] / "tests")
)  # the copies and their comparison are test support
import test_grammar70_meta70 as meta  # noqa: E402
from support import metamorphic  # noqa: E402

WIDTHS = (24, 28, 32, 36, 40, 48)
SWEPT = ("wrapped", "pdf-text")
COPIES = {
    "wrapped": lambda width: lambda text, index: metamorphic.wrapped(text, width),
    "pdf-text": lambda width: lambda text, index: metamorphic.pdf_text(text, width, index % len(metamorphic.FOOTERS)),
    "indented": lambda width: (
        lambda text, index: metamorphic.indented_pdf_text(text, width, index % len(metamorphic.FOOTERS))
    ),
}


def copy_at(transform: str, width: int):
    """The copying function of ``transform`` at ``width`` characters a line (the footer style still the plan's)."""
    return COPIES[transform](width)


def reads_exactly(case: tuple[str, int, Path]) -> bool:
    """Whether the plan ``expected`` copied by ``transform`` at ``width`` reads as its expected file."""
    transform, width, expected = case
    try:
        read, written = meta.copy_compared(expected, meta._index(expected), transform, copy_at(transform, width))
    except Exception:  # a copy the loader rejects reads nothing
        return False
    return read == written


def sweep(widths=WIDTHS, jobs: int = 2, transforms=SWEPT) -> dict[tuple[str, int], list[str]]:
    """(transform, width) → the plans whose copy does not read exactly."""
    cases = [(t, w, p) for t in transforms for w in widths for p in meta.PLANS]
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(reads_exactly, cases, chunksize=8))
    missed: dict[tuple[str, int], list[str]] = {(t, w): [] for t in transforms for w in widths}
    for (t, w, p), ok in zip(cases, results):
        if not ok:
            missed[t, w].append(meta._name(p))
    return missed


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--widths", default=",".join(map(str, WIDTHS)))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--detail", action="store_true")
    parser.add_argument("--transforms", default=",".join(SWEPT), help=f"of {', '.join(COPIES)}")
    args = parser.parse_args(argv)
    widths = [int(w) for w in args.widths.split(",")]
    transforms = args.transforms.split(",")
    missed = sweep(widths, args.jobs, transforms)
    plans = len(meta.PLANS)
    print(f"{'transform':<10}" + "".join(f"{w:>8}" for w in widths) + f"{'all':>10}")
    for t in transforms:
        row = [plans - len(missed[t, w]) for w in widths]
        print(f"{t:<10}" + "".join(f"{n:>8}" for n in row) + f"{sum(row):>6}/{plans * len(widths)}")
    if args.detail:
        for (t, w), names in missed.items():
            if names:
                print(f"{t} {w}: {' '.join(names)}")


if __name__ == "__main__":
    main()

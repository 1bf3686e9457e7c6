"""Fuzz every reader with a bigger budget than the test suite, and print the figures.

    .venv/bin/python benchmarks/fuzz_readers.py --inputs 2000 [--seed 1] [--formats .xlsx,.docx]

Per format: inputs read, crashes (any exception but a one-line ReformGraphError), hangs
(slower than tests/support/fuzzing.HANG_SECONDS), the slowest input, and how the inputs
ended (a Document, or which error), so one can see that the mutations reach past the
first check. Crashes are printed in full at the end. Uses the seeds and mutations of
tests/test_fuzz_readers.py.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from support import fuzzing  # noqa: E402

from reformgraph.errors import ReformGraphError  # noqa: E402
from reformgraph.loaders.read import parse_bytes  # noqa: E402


def outcome(extension: str, data: bytes) -> str:
    try:
        parse_bytes(data, path="fuzz" + extension)
    except ReformGraphError as exc:
        return re.sub(r"[\d,]+", "N", str(exc).split(": ", 1)[-1])[:70]
    except Exception as exc:  # noqa: BLE001
        return f"CRASH {type(exc).__name__}"
    return "document"


def fuzz(extension: str, seed_list: list[bytes], figures, endings, args) -> None:
    @seed(args.seed)
    @settings(max_examples=args.inputs, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(fuzzing.mutated(extension, seed_list))
    def read(data: bytes) -> None:
        fuzzing.run_one(extension, data, figures)
        endings[outcome(extension, data)] += 1

    read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=1000, help="inputs per format")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default="", help="comma-separated extensions (default: all)")
    parser.add_argument("--save", default="", help="folder to write the slowest and the failing inputs to")
    args = parser.parse_args()
    seeds = fuzzing.seeds()
    chosen = [e for e in seeds if not args.formats or e in args.formats.split(",")]
    started = time.perf_counter()
    report = []
    with fuzzing.fast_converters():
        for extension in chosen:
            figures = fuzzing.Figures()
            endings: collections.Counter[str] = collections.Counter()
            fuzz(extension, seeds[extension], figures, endings, args)
            report.append((extension, figures))
            print(figures.line(extension), flush=True)
            for ending, count in endings.most_common(6):
                print(f"         {count:6d}  {ending}")
    total = sum(f.inputs for _, f in report)
    worst = max(report, key=lambda r: r[1].slowest)
    print(
        f"total  inputs {total} (each read twice: figures, then the ending)  crashes "
        f"{sum(len(f.crashes) for _, f in report)}  hangs {sum(len(f.hangs) for _, f in report)}  "
        f"slowest {worst[1].slowest:.3f} s ({worst[0]}, {worst[1].slowest_size:,} bytes)  "
        f"wall {time.perf_counter() - started:.0f} s"
    )
    for extension, figures in report:
        for problem in figures.crashes + figures.hangs:
            print(f"{extension}: {problem}")
        if args.save:
            folder = figures.save_failing(Path(args.save), extension)
            (folder / f"slowest{extension}").write_bytes(figures.slowest_input)


if __name__ == "__main__":
    main()

"""Benchmark: the parser against the single-pass scanner in instructions executed, not in time (issue 15).

Run: .venv/bin/python benchmarks/bench_instructions.py [--stages]
Needs valgrind (Debian: apt-get install valgrind); without it, says so and stops.

The machine is shared: best-of-N CPU times of the same parse drift by 10 % between runs, more than most changes
to the parser move them. Instructions counted by valgrind's callgrind do not drift, with the process's addresses
and string hashes fixed (``setarch -R``, ``PYTHONHASHSEED=0``). Each side runs in a process of its own, once with
no call and once with ``CALLS`` calls; the difference over ``CALLS`` is one call's count, the imports and the first
call's one-time work (regexes compiled, caches filled) cancelled.

With ``--stages`` the parser's stages are counted one by one as well (source, index, workplans, outline,
conventions, finalize; each run on the output of the stages before it).

With ``--split`` each side's count is split by where it runs (``split_per_call``): "C scans" (the regex engine's
loops, ``str`` searches, splits, joins and replacements, the charmap encoder, ``memchr``/``memcpy``) and the rest,
"Python-level" (the interpreter, calls, objects made and freed, look-ups). The two run at different speeds: fitted on
this machine's stages and scanner (docs/performance.md, helper perfcpu70, session 54), a million C-scan instructions
take ~0.061 ms and a million Python-level ones ~0.147 ms. Their weighted sum is a load-independent estimate of CPU
time, the measure the issue states its line in, which a noisy machine cannot time to a few per cent.
"""

from __future__ import annotations

import argparse
import atexit
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CALLS = 4
HERE = Path(__file__).resolve().parent
_COLLECTED = re.compile(r"Collected : (\d+)")
# ms a million instructions, by kind (perfcpu70's least-squares fit over six stages and the scanner, session 54)
MS_PER_M_C_SCANS = 0.061
MS_PER_M_PYTHON_LEVEL = 0.147
# the C functions whose work grows with the characters scanned, not with the items handled (callgrind's names)
_C_SCANS = re.compile(
    r"sre_|__mem|__str|any_find_slice$|anylib_|ucs[124]lib_|asciilib_|split$|rsplit$|bytes_split$|unicode_count$"
    r"|_Py_bytes_count$|_Py_bytes_contains$|PyUnicode_Contains$|PyUnicode_FindChar$|replace$|_PyUnicode_JoinArray$"
    r"|_PyUnicode_EncodeCharmap$|charmapencode|bytes_translate|_copy_characters$|PyUnicode_Splitlines$"
    r"|_PyUnicode_IsWhitespace$|_PyUnicode_IsLinebreak$|_PyUnicode_FromUCS[124]|unicode_decode_utf8$"
)
_SELF_COST = re.compile(r"^\s*([\d,]+) \([ \d.]+%\)\s+\S+?:(\S+?)(?:'\d+)?(?: \[.*\])?$", re.M)

# one program for every side: argv[1] names what runs, argv[2] how many times
_PROGRAM = """
import sys
sys.path.insert(0, {here!r})
from reformgraph.gcpause import paused_gc
from reformgraph.loaders import parse as P
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import read_outline
from reformgraph.loaders.tasks import document_from_sections
from reformgraph.loaders.workplans import read_workplans
from bench_build import single_pass_scanner

text = decode_text(BUNDLED_DOCUMENT.read_bytes())
what, calls = sys.argv[1], int(sys.argv[2])
with paused_gc():
    source = Source.from_text(text)
    index = index_assignments(source)
    workplans = read_workplans(source, index)
    meta = P.metadata(source, workplans.head_end)
    conventions = P.conventions(source, meta)
    read_outline(source, index, title=meta.title, beat=workplans.evidence, book=workplans.sections)
    P.parse_document(text)
    single_pass_scanner(text)
sides = {{
    "parse": lambda: P.parse_document(text),
    "scanner": lambda: single_pass_scanner(text),
    "source": lambda: Source.from_text(text),
    "index": lambda: index_assignments(source),
    "workplans": lambda: read_workplans(source, index),
    "outline": lambda: read_outline(
        source, index, title=meta.title, beat=workplans.evidence, book=workplans.sections
    ),
    "conventions": lambda: (P.metadata(source, workplans.head_end), P.conventions(source, meta)),
    "finalize": lambda: document_from_sections(
        list(workplans.sections), path="p", key=None, sha256="", title=meta.title, warnings=[],
        conventions=conventions, issuer=meta.issuer, doc_number=meta.doc_number, date=meta.date,
        reforms=workplans.reforms, lines_written=source.lines, gap_ends=source.gap_ends,
    ),
}}
for _ in range(calls):
    with paused_gc():
        sides[what]()
"""
STAGES = ("source", "index", "workplans", "outline", "conventions", "finalize")


def instructions(what: str, calls: int) -> int:
    """Instructions executed by a process that prepares the bundled document and runs ``what`` ``calls`` times."""
    done = _run(what, calls, "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null")
    return int(_COLLECTED.search(done.stderr).group(1))


def _run(what: str, calls: int, *tool: str) -> subprocess.CompletedProcess:
    """The program run for ``what`` under ``tool`` (none: plain Python), with the benchmark's own pattern cache."""
    return subprocess.run(
        [*_FIXED_LAYOUT, *tool, sys.executable, "-c", _PROGRAM.format(here=str(HERE)), what, str(calls)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0", "REFORMGRAPH_CACHE_DIR": _own_cache()},
    )


_CACHE: list[str] = []


def _own_cache() -> str:
    """A cache folder of this run's own (``reformgraph.regexcache`` keeps compiled expressions there): the user's
    is shared with every other process of the package, and one of other code rewriting it between the two counts
    of a side made the count with calls compile what the count with none had found (a stage counted at −1,435 M
    while other checkouts ran; session 42)."""
    if not _CACHE:
        _CACHE.append(tempfile.mkdtemp(prefix="bench-instructions-"))
        atexit.register(shutil.rmtree, _CACHE[0], ignore_errors=True)
    return _CACHE[0]


# the same memory layout and string hashes in every process: with addresses randomised (ASLR) the count of one
# call moved by up to 2.5 M instructions between runs of the same code (dicts keyed by ``id``, allocator paths);
# without, by 0.2 M. ``setarch -R`` where it is (util-linux), else as the system lays processes out
_FIXED_LAYOUT = ("setarch", platform.machine(), "-R") if shutil.which("setarch") else ()


def per_call(what: str) -> float:
    """One call's instructions: ``CALLS`` calls less none, over ``CALLS``.

    A plain run with one call goes first: a process compiles what the regex cache (``reformgraph.regexcache``) does
    not hold yet and keeps it at its exit, so both counted runs find every expression kept. Without it, the count
    with calls held the compiling of the expressions only a call uses (up to a few M instructions a call)."""
    _run(what, 1)  # fills the benchmark's own cache with every expression a call compiles (plain Python: quick)
    none = instructions(what, 0)
    return (instructions(what, CALLS) - none) / CALLS


def is_c_scan(function: str) -> bool:
    """Whether callgrind's function name is one of the C scans (work a character, not an item).

    >>> is_c_scan("sre_ucs2_match"), is_c_scan("__memchr_avx2"), is_c_scan("_PyEval_EvalFrameDefault")
    (True, True, False)
    """
    return _C_SCANS.match(function) is not None


def self_costs(annotated: str) -> dict[str, int]:
    """Each function's own instructions from ``callgrind_annotate --inclusive=no`` output, summed by name.

    >>> self_costs("  1,200 (60.00%)  a/sre_lib.h:sre_search [x.so]\\n    800 (40.00%)  b/c.h:sre_search'2\\n")
    {'sre_search': 2000}
    """
    costs: dict[str, int] = {}
    for match in _SELF_COST.finditer(annotated):
        name = match.group(2)
        costs[name] = costs.get(name, 0) + int(match.group(1).replace(",", ""))
    return costs


def _self_costs_of(what: str, calls: int) -> dict[str, int]:
    """Every function's own instructions in the program run for ``what`` ``calls`` times."""
    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as folder:
        out = str(Path(folder) / "callgrind.out")
        _run(what, calls, "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}")
        annotated = subprocess.run(
            ["callgrind_annotate", "--inclusive=no", "--threshold=100", out], capture_output=True, text=True, check=True
        ).stdout
    return self_costs(annotated)


def split_per_call(what: str) -> tuple[float, float]:
    """One call's instructions as (C scans, Python-level), ``CALLS`` calls less none over ``CALLS`` as ``per_call``."""
    _run(what, 1)
    return split_counts(_self_costs_of(what, 0), _self_costs_of(what, CALLS), CALLS)


def split_counts(none: dict[str, int], called: dict[str, int], calls: int) -> tuple[float, float]:
    """One call's (C scans, Python-level) instructions from two runs' self costs, ``calls`` calls less none.

    >>> split_counts({"sre_search": 10, "f": 5}, {"sre_search": 50, "f": 25, "g": 20}, 4)
    (10.0, 10.0)
    """
    c_scans = python_level = 0.0
    for name, count in called.items():
        share = (count - none.get(name, 0)) / calls
        if is_c_scan(name):
            c_scans += share
        else:
            python_level += share
    return c_scans, python_level


def weighted_ms(c_scans: float, python_level: float) -> float:
    """The CPU time the fit gives a split count, in ms.

    >>> round(weighted_ms(10e6, 10e6), 2)
    2.08
    """
    return (c_scans * MS_PER_M_C_SCANS + python_level * MS_PER_M_PYTHON_LEVEL) / 1e6


def _print_split(sides: tuple[str, ...]) -> None:
    """The split and the weighted time of each side, and the parse against the scanner in weighted time."""
    weighted = {}
    for side in sides:
        c_scans, python_level = split_per_call(side)
        weighted[side] = weighted_ms(c_scans, python_level)
        print(
            f"  {side:<12} C scans {c_scans / 1e6:6.2f} M  Python-level {python_level / 1e6:6.2f} M"
            f"  weighted {weighted[side]:6.2f} ms"
        )
    if "parse" in weighted and "scanner" in weighted:
        ratio = weighted["parse"] / weighted["scanner"]
        verdict = "met" if ratio <= 2 else "MISSED"
        print(f"parse in weighted time = {ratio:.2f}x the scanner   target <= 2x: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stages", action="store_true", help="count the parser's stages one by one too")
    parser.add_argument(
        "--split", action="store_true", help="split each count into C scans and Python-level work, and weigh them"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind not found: install the Debian package valgrind to count instructions (nothing measured)")
        return
    scanner = per_call("scanner")
    parse = per_call("parse")
    verdict = "met" if parse <= 2 * scanner else "MISSED"
    print(f"single-pass scanner   {scanner / 1e6:8.1f} M instructions")
    print(
        f"parse only            {parse / 1e6:8.1f} M instructions = {parse / scanner:.2f}x the scanner   target <= 2x: {verdict}"
    )
    print(
        f"  to meet it: {max(0.0, parse - 2 * scanner) / 1e6:.1f} M instructions fewer ({max(0.0, 1 - 2 * scanner / parse):.0%})"
    )
    if args.stages:
        total = 0.0
        for stage in STAGES:
            count = per_call(stage)
            total += count
            print(f"  {stage:<12} {count / 1e6:8.1f} M")
        print(f"  {'stages':<12} {total / 1e6:8.1f} M (the rest of parse: the tables' look, the choice, the document)")
    if args.split:
        print("split by where the instructions run (ms a M: C scans 0.061, Python-level 0.147; perfcpu70's fit)")
        _print_split(("scanner", "parse", *STAGES) if args.stages else ("scanner", "parse"))


if __name__ == "__main__":
    main()

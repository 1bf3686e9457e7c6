"""Benchmark: how well the loader reads real plans against their hand-written expected files.

Run: .venv/bin/python benchmarks/bench_heldout.py [--set heldout|real|all] [--dir FOLDER] [--detail]

For every `NN-name.expected.json` in tests/fixtures/heldout (plans never used while writing the grammar) and
tests/fixtures/real (the development corpus), the document is read with `read_document` and compared with its
expected file. Printed per document and overall (micro-averaged over the set):

- measures: precision / recall / F1 of tasks, a task matched by its `line` (the k-th task of a line by k);
- leads, supports: F1 of (line, unit as written) pairs;
- deadlines: F1 of (line, normalised date, status) for tasks that have a date or a status.

`--dir FOLDER` scores the plans of any folder laid out the same way (a new batch read by hand before the
parser runs on it); the document beside an expected file is the file of the same name in any format
(`NN-name.md`, `NN-name.docx`, `NN-name.pdf` …). A document the loader rejects counts as reading nothing. `--detail` lists every missed and extra item.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reformgraph.errors import ReformGraphError
from reformgraph.loaders.column_spec import parse_columns
from reformgraph.loaders.read import read_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the expected files' reading is test support
from support.expected_files import document_path  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SETS = {"heldout": FIXTURES / "heldout", "real": FIXTURES / "real"}
ASPECTS = ("measures", "leads", "supports", "deadlines")


@dataclass
class Count:
    """True positives, predicted and expected item counts of one aspect."""

    hit: int = 0
    got: int = 0
    want: int = 0
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    def add(self, got: set, want: set) -> None:
        self.hit += len(got & want)
        self.got += len(got)
        self.want += len(want)
        self.missed += sorted(want - got, key=str)
        self.extra += sorted(got - want, key=str)

    def merge(self, other: Count) -> None:
        self.hit += other.hit
        self.got += other.got
        self.want += other.want

    def f1(self) -> float:
        if not self.got and not self.want:
            return 1.0
        return 2 * self.hit / (self.got + self.want)

    def precision(self) -> float:
        return self.hit / self.got if self.got else (1.0 if not self.want else 0.0)

    def recall(self) -> float:
        return self.hit / self.want if self.want else 1.0


def _items(tasks: Iterable[tuple]) -> dict[str, set]:
    """(line, leads, supports, date, status) rows -> the compared sets of each aspect."""
    items: dict[str, set] = {a: set() for a in ASPECTS}
    seen: dict[int, int] = {}
    for line, leads, supports, date, status in tasks:
        seen[line] = seen.get(line, 0) + 1
        if seen[line] > 1:  # the k-th task written on one line (several parentheticals in a paragraph)
            line = f"{line}#{seen[line]}"
        items["measures"].add(line)
        items["leads"].update((line, u) for u in leads)
        items["supports"].update((line, u) for u in supports)
        if date or status:
            items["deadlines"].add((line, date, status))
    return items


def expected_rows(expected: dict) -> list[tuple]:
    return [(t["line"], t["leads"], t["supports"], t["deadline"], t["status"]) for t in expected["tasks"]]


def read_rows(path: Path, columns: str | None = None) -> tuple[list[tuple], str | None]:
    """The loader's tasks of ``path`` as ``expected_rows`` gives the expected ones, read with the ``--columns`` spec
    ``columns`` when the expected file names one (round 79), and the error when it is refused."""
    try:
        doc = read_document(path, columns=parse_columns(columns) if columns else None)
    except ReformGraphError as exc:
        return [], str(exc)
    rows = [
        (
            m.line,
            [u.raw for u in m.leads],
            [u.raw for u in m.supports],
            m.deadline.date,
            m.deadline.status,
        )
        for w in doc.workplans
        for m in w.measures
    ]
    return rows, None


def score(expected_path: Path) -> tuple[dict[str, Count], str | None]:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    doc_path = document_path(expected_path)
    rows, error = read_rows(doc_path, expected.get("columns"))
    got, want = _items(rows), _items(expected_rows(expected))
    counts = {a: Count() for a in ASPECTS}
    for a in ASPECTS:
        counts[a].add(got[a], want[a])
    return counts, error


def report(name: str, directory: Path, detail: bool) -> dict[str, Count]:
    total = {a: Count() for a in ASPECTS}
    shown = (
        directory.relative_to(FIXTURES.parent.parent) if directory.is_relative_to(FIXTURES.parent.parent) else directory
    )
    print(f"\n{name} ({shown})")
    print(
        f"{'document':<44} {'tasks':>5} {'meas P':>6} {'meas R':>6} {'meas F1':>7} {'lead F1':>7} {'supp F1':>7} {'dl F1':>6}"
    )
    for expected_path in sorted(directory.glob("*.expected.json")):
        counts, error = score(expected_path)
        m = counts["measures"]
        print(
            f"{expected_path.name.replace('.expected.json', '')[:44]:<44} {m.want:>5} {m.precision():>6.2f} "
            f"{m.recall():>6.2f} {m.f1():>7.2f} {counts['leads'].f1():>7.2f} {counts['supports'].f1():>7.2f} "
            f"{counts['deadlines'].f1():>6.2f}" + (f"  rejected: {error}" if error else "")
        )
        if detail:
            for a in ASPECTS:
                for item in counts[a].missed:
                    print(f"    missed {a}: {item}")
                for item in counts[a].extra:
                    print(f"    extra  {a}: {item}")
        for a in ASPECTS:
            total[a].merge(counts[a])
    m = total["measures"]
    print(
        f"{'overall':<44} {m.want:>5} {m.precision():>6.2f} {m.recall():>6.2f} {m.f1():>7.2f} "
        f"{total['leads'].f1():>7.2f} {total['supports'].f1():>7.2f} {total['deadlines'].f1():>6.2f}"
    )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--dir", type=Path, help="score the plans of this folder instead of --set")
    parser.add_argument("--detail", action="store_true", help="list every missed and extra item")
    args = parser.parse_args()
    if args.dir is not None:
        report(args.dir.name, args.dir.resolve(), args.detail)
        return
    for name, directory in SETS.items():
        if args.set in (name, "all"):
            report(name, directory, args.detail)


if __name__ == "__main__":
    main()

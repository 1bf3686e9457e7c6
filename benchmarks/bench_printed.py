"""Benchmark: the corpus plans read from print: as a PDF and as hard-wrapped text, against their own text.

Run: .venv/bin/python benchmarks/bench_printed.py [--columns 56] [--detail]
Needs LibreOffice (``soffice``) for the PDF side; without it, only the wrapped side runs.

Every plan of tests/fixtures/real and tests/fixtures/heldout is
- printed to PDF by LibreOffice (its text, one paragraph a line, markdown marks off) and read back with
  ``read_document`` (pypdf's text layer, hard-wrapped at the page's width);
- set as an official document (GB/T 9704: 16-point type, justified, paragraphs indented two characters, a page
  number in the footer), printed and read back the same way (its quotation marks aside);
- wrapped at ``--columns`` display columns (a wide character two; no line opening with a closing mark) and parsed;
and each reading is compared with the reading of the plan's own text: every task's text, leads, supports and
deadline as written. Printed: per plan, same or the number of tasks that differ; the count of plans read the same.

Plans whose tables are flattened one cell a line (02, 05/11/13 and held-out 01's appendix) are no page's
wrapping of a table: a page wraps a cell in its column, which ``tests/test_pdf_tables.py`` prints for real.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from reformgraph.errors import ReformGraphError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
sys.path.insert(0, str(FIXTURES.parent))  # the printing of plans is test infrastructure
from support.printing import official_docx, print_to_pdf, soffice, wrap  # noqa: E402


def reading(doc) -> list[tuple]:
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], "".join((m.deadline.raw or "").split()))
        for w in doc.workplans
        for m in w.measures
    ]


def unquoted(tasks: list[tuple] | None) -> list[tuple] | None:
    """The tasks with their texts' quotation marks dropped: LibreOffice sets “” in a Latin font, whose place in a
    justified line the text layer does not always keep."""
    return None if tasks is None else [(re.sub("[“”]", "", t[0]), *t[1:3], re.sub("[“”]", "", t[3])) for t in tasks]


def compare(name: str, own: list[tuple], other: list[tuple] | None, detail: bool) -> bool:
    if other is None:
        print(f"  {name}: not read")
        return False
    differing = [(a, b) for a, b in zip(own, other) if a != b] + [(a, None) for a in own[len(other) :]]
    differing += [(None, b) for b in other[len(own) :]]
    if detail:
        for a, b in differing:
            print(f"    own:     {a}\n    printed: {b}")
    print(f"  {name}: {'same' if not differing else f'{len(differing)} of {len(own)} tasks differ'}")
    return not differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=56)
    parser.add_argument("--detail", action="store_true")
    args = parser.parse_args()
    plans = sorted(FIXTURES.glob("real/[0-9]*.md")) + sorted(FIXTURES.glob("heldout/[0-9]*.md"))
    program = soffice()
    same = {"pdf": 0, "official": 0, "wrapped": 0}
    with tempfile.TemporaryDirectory() as tmp:
        texts = {}
        for plan in plans:
            text = re.sub(r"^#+\s*", "", plan.read_text(encoding="utf-8"), flags=re.M).replace("**", "")
            texts[plan] = text
            (Path(tmp) / f"{plan.parent.name}-{plan.stem}.txt").write_text(text, encoding="utf-8")
            official_docx(text, Path(tmp) / f"{plan.parent.name}-{plan.stem}-official.docx")
        if program:
            print_to_pdf(sorted(Path(tmp).glob("*.txt")) + sorted(Path(tmp).glob("*.docx")), Path(tmp), program)
        else:
            print("LibreOffice (soffice) is not installed: the PDF side is skipped", file=sys.stderr)
        for plan in plans:
            name = f"{plan.parent.name}/{plan.stem}"
            print(name)
            own = reading(parse_document(texts[plan], path=plan.name))
            if program:
                try:
                    printed = reading(read_document(Path(tmp) / f"{plan.parent.name}-{plan.stem}.pdf"))
                except ReformGraphError:
                    printed = None
                same["pdf"] += compare("PDF", own, printed, args.detail)
                try:
                    official = reading(read_document(Path(tmp) / f"{plan.parent.name}-{plan.stem}-official.pdf"))
                except ReformGraphError:
                    official = None
                same["official"] += compare("official layout PDF", unquoted(own), unquoted(official), args.detail)
            same["wrapped"] += compare(
                f"wrapped at {args.columns}",
                own,
                reading(parse_document(wrap(texts[plan], args.columns), path=plan.name)),
                args.detail,
            )
    if program:
        print(f"printed to PDF and read back: {same['pdf']} of {len(plans)} plans read as their own text")
        print(
            f"set as an official document (16 pt, justified, indented) and printed: {same['official']} of"
            f" {len(plans)} (quotation marks aside)"
        )
    print(f"wrapped at {args.columns} columns: {same['wrapped']} of {len(plans)} plans read as their own text")


if __name__ == "__main__":
    main()

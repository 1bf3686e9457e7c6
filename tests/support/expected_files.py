"""Hand-written expected files (tests/fixtures/real, tests/fixtures/heldout) and what the loader reads.

The expected files are described in tests/fixtures/real/SPEC.md. ``compared`` gives, for one
expected file, the loader's reading and the written expectation as two lists of the same
shape, (line, text start, leads, supports, deadline raw, date, status) per task, so that a
test can assert them equal and pytest shows the first task that differs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from reformgraph.errors import DocumentError
from reformgraph.loaders.column_spec import parse_columns
from reformgraph.loaders.read import decode_text, read_document

ROLE_WORDS = ("牵头", "负责", "配合", "参与", "落实", "指导", "会同", "协办", "协助", "支撑", "按职责分工")


def document_path(expected: Path) -> Path:
    """The document an expected file reads: ``NN-name.md`` beside ``NN-name.expected.json``, else the one file of
    that name in another format (``NN-name.txt``, ``NN-name.docx``).

    >>> document_path(Path("tests/fixtures/real/05-guowuyuan-bonded-zones-2019.expected.json")).name
    '05-guowuyuan-bonded-zones-2019.md'
    """
    stem = expected.name.removesuffix(".expected.json")
    markdown = expected.with_name(stem + ".md")
    if markdown.exists():
        return markdown
    others = sorted(p for p in expected.parent.glob(stem + ".*") if p != expected)
    return others[0] if others else markdown


def plan_number(path: Path) -> str:
    """The plan's number as its file's name writes it, before the first ``-`` (``07``; three digits from held-out 100).

    >>> plan_number(Path("heldout/07-shanghai-fengxian-emergency-shelters-2022.expected.json")), plan_number(Path("101-a.md"))
    ('07', '101')
    """
    return path.name.split("-", 1)[0]


def by_number(paths) -> list[Path]:
    """``paths`` in the order of their plans' numbers (``99`` before ``101``, which a name's order puts after ``10``).

    >>> [p.name for p in by_number([Path("101-a.md"), Path("11-b.md"), Path("10-c.md")])]
    ['10-c.md', '11-b.md', '101-a.md']
    """
    return sorted(paths, key=lambda p: int(plan_number(p)))


def documents(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.md") if p.name not in ("README.md", "SOURCES.md", "SPEC.md"))


def measures(doc):
    return [m for w in doc.workplans for m in w.measures]


def unit_rows(doc) -> list[tuple[int, list[str], list[str]]]:
    """(line, leads as written, supports as written) of each task of ``doc``, in order (the message tests')."""
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)]


def roles(doc) -> list[tuple[list[str], list[str]]]:
    """(leads, supports) as written of every task of ``doc``, in order."""
    return [([u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)]


def hand_read_cases(folder: Path) -> list:
    """One pytest case per expected file of ``folder`` (a round's plans read by hand), named by its plan."""
    import pytest

    return [pytest.param(p, id=p.name.removesuffix(".expected.json")) for p in sorted(folder.glob("*.expected.json"))]


def text_start(text: str) -> str:
    # the compact text drops whitespace and markdown emphasis (*), as the expected files' "text" drops whitespace
    return re.sub(r"[\s*]", "", text)


def compared(expected_path: Path) -> tuple[list[tuple], list[tuple]]:
    """(what the loader reads, what the expected file says) for one document, task by task; read with the columns
    its ``columns`` names, when it names them (``--columns``, round 79)."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert expected["count"] == len(expected["tasks"])
    columns = parse_columns(expected["columns"]) if "columns" in expected else None
    try:
        got = measures(read_document(document_path(expected_path), columns=columns))
    except DocumentError:
        if expected["count"]:
            raise
        got = []  # a plan with no task at all is rejected: no workplans, as its expected file says (held-out 34)
    return compared_tasks(got, expected["tasks"])


def compared_tasks(got: list, want: list[dict]) -> tuple[list[tuple], list[tuple]]:
    """(the measures ``got``, the expected file's tasks ``want``) as ``compared`` gives them, task by task."""
    read = [
        (
            m.line,
            m.text[: len(text_start(t["text"]))] if t else m.text[:12],
            [u.raw for u in m.leads],
            [u.raw for u in m.supports],
            m.deadline.raw,
            m.deadline.date,
            m.deadline.status,
        )
        for m, t in zip(got, want + [None] * (len(got) - len(want)))
    ]
    written = [
        (t["line"], text_start(t["text"]), t["leads"], t["supports"], t["deadline_raw"], t["deadline"], t["status"])
        for t in want
    ]
    return read, written


def bad_unit_names(outputs, labels) -> list[tuple]:
    """Unit names that end in a role word, start with a label, or are empty, in documents' outputs."""
    return [
        (doc.path, m.line, u.raw)
        for doc in outputs
        for m in measures(doc)
        for u in (*m.leads, *m.supports)
        if u.raw.endswith(ROLE_WORDS) or u.raw.startswith(labels) or not u.raw
    ]


# a point's heading, （一）; in markdown after its marks too (### （一）2026年：…, a year's heading over its tasks: round 77)
_GROUP_HEADING = re.compile(r"\s*(?:#+\s*)?[（(][一二三四五六七八九十]+[）)]")

_YES_FIELD = re.compile(r"是否已?(?:完成|销号|办结|整改到位|整改完成)[：:]是")


def deadline_outside_its_task(doc) -> list[tuple]:
    """Deadlines whose words are neither in the task's text nor on the lines around its assignment."""
    lines = decode_text(Path(doc.path).read_bytes()).splitlines()  # as the reader decodes it (GB18030, a BOM)
    bad = []
    for m in measures(doc):
        if m.deadline.raw is None:
            continue
        own = re.sub(r"\s", "", "".join(lines[max(0, m.line - 3) : m.line + 12])) + m.text
        # or the stage of a schedule the task is listed under: （三）巩固提高阶段（12月1日至12月31日） (round 39)
        own += next((line for line in reversed(lines[max(0, m.line - 40) : m.line]) if "阶段" in line), "")
        own += _table_header(lines, m.line)  # or a column's name: a table's 一季度 | 二季度 columns (round 42)
        # or the fields of the heading its item is under: （一）…（牵头单位：…；完成时限：…） over items whose texts run
        # several lines (round 76)
        own += next((line for line in reversed(lines[max(0, m.line - 40) : m.line]) if _GROUP_HEADING.match(line)), "")
        for part in m.deadline.raw.split("；"):
            if part == "已完成" and _YES_FIELD.search(own):
                continue  # 是否完成：是, a done task's report, as the reader writes it (round 44)
            if part.replace("*", "") not in own.replace("*", ""):
                bad.append((doc.path, m.line, m.deadline.raw))
    return bad


def _table_header(lines: list[str], line: int) -> str:
    """The first line of the pipe table (or table of tabs: round 42) holding the 1-based ``line``, or "" when it is
    no such table's row."""
    top = line - 1
    if top >= len(lines):
        return ""
    if "\t" in lines[top]:
        while top > 0 and "\t" in lines[top - 1]:
            top -= 1
        return lines[top]
    if not lines[top].lstrip().startswith("|"):
        return ""
    while top > 0 and lines[top - 1].lstrip().startswith("|"):
        top -= 1
    return lines[top]

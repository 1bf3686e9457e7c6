"""What a parsed document reads, in the shapes the grammar tests compare."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reformgraph.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def task_rows(doc: Document) -> list[tuple[str, list[str], list[str], str | None]]:
    """(text, leads, supports, deadline date) of every task of ``doc``, in order.

    >>> from reformgraph.loaders.parse import parse_document
    >>> task_rows(parse_document("某县方案\\n\\n1.推进改革。（县发改局牵头，县财政局配合；2026年6月底前）"))
    [('推进改革。', ['县发改局'], ['县财政局'], '2026-06')]
    """
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


def numbered_rows(doc: Document, chars: int, deadline: str = "date") -> list[tuple]:
    """(line, the first ``chars`` characters of the text, leads, supports, the deadline's ``deadline`` field) of every
    task of ``doc``, in order: ``task_rows`` with the line each task stands on.

    >>> from reformgraph.loaders.parse import parse_document
    >>> numbered_rows(parse_document("某县方案\\n\\n1.推进改革。（县发改局牵头；2026年6月底前）"), 4, "raw")
    [(3, '推进改革', ['县发改局'], [], '2026年6月底前')]
    """
    return [
        (m.line, m.text[:chars], [u.raw for u in m.leads], [u.raw for u in m.supports], getattr(m.deadline, deadline))
        for w in doc.workplans
        for m in w.measures
    ]


def deadline_readings(text: str, path: str = "plan.txt") -> list[tuple[str | None, str | None]]:
    """(deadline words, date) of every task of ``text`` parsed as the file ``path``, in order.

    >>> deadline_readings("某县方案\\n\\n1.推进改革。（县发改局牵头；2026年6月底前）")
    [('2026年6月底前', '2026-06')]
    """
    from reformgraph.loaders.parse import parse_document

    document = parse_document(text, path=path)
    return [(m.deadline.raw, m.deadline.date) for w in document.workplans for m in w.measures]


def lines_and_roles(text: str, path: str = "plan.md") -> list[tuple[int, list[str], list[str]]]:
    """(line, leads as written, supports as written) of every task of ``text`` parsed as ``path``, in order; no task
    at all (the parser's ``DocumentError``) reads as none.

    >>> lines_and_roles("某县方案\\n\\n1.推进改革。（县发改局牵头，县财政局配合）")
    [(3, ['县发改局'], ['县财政局'])]
    >>> lines_and_roles("某县方案\\n\\n没有任务。")
    []
    """
    from reformgraph.errors import DocumentError
    from reformgraph.loaders.parse import parse_document

    try:
        document = parse_document(text, path=path)
    except DocumentError:
        return []
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in document.workplans for m in w.measures
    ]


def gate_questions(module, name: str, suffixes: frozenset[str] | set[str], read=None) -> list[str]:
    """What the one-argument gate ``module.name`` is asked, each once in the order first asked, while the bundled plan
    and every file of tests/fixtures whose suffix is in ``suffixes`` are read, by ``read`` (a path's reader;
    ``read_document`` when not given; a file that is no plan keeps what was asked before its error): the inputs a fast path's test compares its gate on (``may_share_a_body``,
    ``pieces_may_share_a_body``: sessions 49 and 51)."""
    from pathlib import Path

    from reformgraph.errors import ReformGraphError
    from reformgraph.loaders.parse import parse_document
    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
    from reformgraph.loaders.read import decode_text, read_document

    asked: list[str] = []
    gate = getattr(module, name)

    def recording(written: str) -> bool:
        asked.append(written)
        return gate(written)

    setattr(module, name, recording)
    try:
        parse_document(decode_text(BUNDLED_DOCUMENT.read_bytes()))
        for path in sorted((Path(__file__).parents[1] / "fixtures").rglob("*")):
            if path.is_file() and path.suffix.lower() in suffixes and not path.name.startswith("."):
                try:
                    (read or read_document)(path)
                except ReformGraphError:
                    pass
    finally:
        setattr(module, name, gate)
    return list(dict.fromkeys(asked))


# a last task of an ordinary plan, which every ``county_plan_rows`` holds after the items it is given
ORDINARY_LAST_TASK = "（九）做好档案整理。开展常规检查。（县档案馆负责，2026年9月底前）"


def county_plan_rows(items: str, heading: str = "一、重点任务") -> list[tuple[str, list[str], list[str], str | None]]:
    """``task_rows`` of ``items`` written into an ordinary county plan (its title, addressees, preamble, ``heading``,
    the items, ``ORDINARY_LAST_TASK``, requirements and signature), that last task left out.

    >>> county_plan_rows("（一）推进改革。（县发改局牵头，县财政局配合）")
    [('推进改革。', ['县发改局'], ['县财政局'], None)]
    """
    from reformgraph.loaders.parse import parse_document

    text = (
        f"某县2026年重点工作方案\n\n各乡镇人民政府，县直各单位：\n\n为做好工作，制定本方案。\n\n{heading}\n\n"
        f"{items}\n\n{ORDINARY_LAST_TASK}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某县人民政府办公室\n\n2026年3月10日\n"
    )
    return [row for row in task_rows(parse_document(text)) if row[1] != ["县档案馆"]]


def file_reading(
    path, expected: list[tuple[str, list[str], list[str], str | None]]
) -> list[tuple[str, list[str], list[str], str | None]]:
    """``task_rows`` of the file at ``path`` (read as a user's file is), each task's text cut to the length of the
    expected text at its place, so that a test writes only the start of a task's text; tasks past the expected ones
    whole (a false task shows).

    >>> import tempfile, pathlib
    >>> plan = pathlib.Path(tempfile.mkdtemp()) / "p.md"
    >>> _ = plan.write_text("某县方案\\n\\n1.推进改革。（县发改局牵头）", encoding="utf-8")
    >>> file_reading(plan, [("推进", ["县发改局"], [], None)])
    [('推进', ['县发改局'], [], None)]
    """
    from reformgraph.loaders.read import read_document

    rows = task_rows(read_document(path))
    cut = [(text[: len(want[0])], leads, supports, date) for (text, leads, supports, date), want in zip(rows, expected)]
    return cut + rows[len(expected) :]


def plan_units(text: str) -> list[tuple[list[str], list[str]]]:
    """(leads, supports) of every task of a small plan written as text.

    >>> plan_units("某县方案\\n\\n1.推进改革。（县发改局牵头，县财政局配合）")
    [(['县发改局'], ['县财政局'])]
    """
    return [(leads, supports) for _, leads, supports, _ in task_rows(_plan(text))]


def dated_plan_units(text: str) -> list[tuple[list[str], list[str], str | None]]:
    """(leads, supports, deadline date) of every task of a small plan written as text.

    >>> dated_plan_units("某县方案\\n\\n1.推进改革。（县发改局牵头；2026年6月底前）")
    [(['县发改局'], [], '2026-06')]
    """
    return [(leads, supports, date) for _, leads, supports, date in task_rows(_plan(text))]


def plan_deadlines(text: str, path: str = "plan.md") -> list[tuple[int, str | None, str | None]]:
    """(line, deadline date, status) of every task of a small plan written as text.

    >>> plan_deadlines("某县方案\\n\\n1.推进改革。（县发改局牵头；2026年6月底前）")
    [(3, '2026-06', 'scheduled')]
    """
    return [(line, date, status) for line, _, date, status in written_plan_deadlines(text, path)]


def written_plan_deadlines(text: str, path: str = "plan.md") -> list[tuple[int, str | None, str | None, str | None]]:
    """(line, deadline as written, date, status) of every task of a small plan written as text.

    >>> written_plan_deadlines("某县方案\\n\\n1.推进改革。（县发改局牵头；2026年6月底前）")
    [(3, '2026年6月底前', '2026-06', 'scheduled')]
    """
    return [(line, raw, date, status) for line, _, _, raw, date, status in plan_measures(text, path)]


def plan_measures(
    text: str, path: str = "plan.txt"
) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    """(line, leads, supports, deadline as written, date, status) of every task of a small plan written as text.

    >>> plan_measures("某县方案\\n\\n1.推进改革。（县发改局牵头，县财政局配合；2026年6月底前）")
    [(3, ['县发改局'], ['县财政局'], '2026年6月底前', '2026-06', 'scheduled')]
    """
    return [
        (
            m.line,
            [u.raw for u in m.leads],
            [u.raw for u in m.supports],
            m.deadline.raw,
            m.deadline.date,
            m.deadline.status,
        )
        for w in _plan(text, path).workplans
        for m in w.measures
    ]


def plan_rows(text: str, chars: int = 6) -> list[tuple]:
    """(line, the text's first ``chars`` characters, leads, supports, deadline as written) of every task of a small
    plan written as Markdown; [] where the loader finds no task (rounds 80 and 81's held-out modules).

    >>> plan_rows("某县方案\\n\\n1.推进改革。（县发改局牵头，县财政局配合）", 4)
    [(3, '推进改革', ['县发改局'], ['县财政局'], None)]
    >>> plan_rows("某县方案\\n\\n推进改革。")
    []
    """
    from reformgraph.errors import DocumentError
    from reformgraph.loaders.read import parse_text

    try:
        doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    except DocumentError:
        return []
    return [
        (m.line, m.text[:chars], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw)
        for w in doc.workplans
        for m in w.measures
    ]


def plan_unit_lines(text: str, path: str = "plan.txt") -> list[tuple[int, list[str], list[str]]]:
    """(line, leads, supports) of every task of a small plan written as text.

    >>> plan_unit_lines("某县方案\\n\\n1.推进改革。（县发改局牵头，县财政局配合）")
    [(3, ['县发改局'], ['县财政局'])]
    """
    return [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text, path)]


def plan_unit_lines_dated(
    text: str, path: str = "plan.txt"
) -> list[tuple[int, list[str], list[str], str | None, str | None]]:
    """(line, leads, supports, deadline date, status) of every task of a small plan written as text.

    >>> plan_unit_lines_dated("某县方案\\n\\n1.推进改革。（县发改局牵头；长期坚持）")
    [(3, ['县发改局'], [], None, 'ongoing')]
    """
    return [
        (line, leads, supports, date, status) for line, leads, supports, _, date, status in plan_measures(text, path)
    ]


def _plan(text: str, path: str = "plan.txt") -> Document:
    from reformgraph.loaders.parse import parse_document

    return parse_document(text, path=path)


def sheet_document(*rows: list[object]) -> Document:
    """The document a workbook of one sheet (``Sheet1``) holding ``rows`` reads as.

    >>> task_rows(sheet_document(["序号", "任务", "牵头单位"], ["1", "推进改革", "县发改局"]))
    [('推进改革', ['县发改局'], [], None)]
    """
    from reformgraph.loaders.sheets import document_from_sheets

    return document_from_sheets([("Sheet1", [list(r) for r in rows])], path="t.xlsx", key="t", sha256="0")


def readings_printed(readings: list) -> str:
    """The readings (``loaders.reading.Reading``) as their records print: ``Reading`` has no equality of its own
    (two are equal only if one), so fast-path tests compare these.

    >>> from reformgraph.loaders.reading import Reading
    >>> readings_printed([Reading("table", [], evidence=0)])
    "[('table', [], 0, 1, None, ())]"
    """
    return repr([(r.layout, r.sections, r.evidence, r.first_line, r.last_line, r.warnings) for r in readings])


def source_without_latin(text: str):
    """``Source.from_text(text)`` with no marks known (``latin_of`` answering None): every mark looked for in the
    text, the rule the source's fast paths stand for (perfsource66, perfsource68).

    >>> source_without_latin("甲 乙").latin is None
    True
    """
    from unittest import mock

    from reformgraph.loaders import source as source_module

    with mock.patch.object(source_module, "latin_of", lambda text: None):
        return source_module.Source.from_text(text)


def text_fixture_paths() -> list[Path]:
    """The plans of ``tests/fixtures`` written as text (``.md``, ``.txt``), in path order: what the fast-path tests
    read beside the bundled plan.

    >>> paths = text_fixture_paths()
    >>> len(paths) > 500, sorted({p.suffix for p in paths})
    (True, ['.md', '.txt'])
    """
    return [path for path in sorted(FIXTURES.rglob("*")) if path.suffix in (".md", ".txt")]


def plan_texts(*, bundled: bool = True) -> Iterator[str]:
    """The decoded texts of the bundled plan (with ``bundled``) and of every text fixture (``text_fixture_paths``), in
    that order.

    >>> texts = plan_texts()
    >>> "牵头单位" in next(texts), sum(1 for _ in texts) == len(text_fixture_paths())
    (True, True)
    """
    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
    from reformgraph.loaders.read import decode_text

    if bundled:
        yield decode_text(BUNDLED_DOCUMENT.read_bytes())
    for path in text_fixture_paths():
        yield decode_text(path.read_bytes())


def exported_page(plan: Path, out: Path, *options: str) -> str:
    """The HTML page ``reformgraph export`` writes of ``plan`` at ``out`` (``options`` given after the plan, as
    ``--unit``, ``--depth``), read back: what a reader of the export sees, people and phones left out by default
    (rounds 79 and 81)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "reformgraph", "export", str(plan), *options, "--format", "html", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")

"""A document of task tables and paragraphs: the tables' tasks, and the paragraphs' own unless they restate the tables.

A Word plan often lists its tasks in a 任务分工表 that restates the tasks its paragraphs describe: the table is
then the plan's assignment, and the paragraphs add nothing. But a plan may also assign tasks in its paragraphs
(``3.压缩企业开办时间。（责任单位：县市场监管局）``) and list others in an annex table. So the paragraphs are read
too (their table rows left out), and their tasks are kept unless half of them or more are tasks a table lists:
the same words, one text holding the other, or the same first ten characters. Then the paragraphs restate the
tables and the tables alone are the document, as before. A plan whose paragraphs assign their own tasks and whose
annex table sums up a few of them (held-out 01 as a Word file: 5 of its 34 paragraph tasks restate a row) keeps
both, as its text read as a .md does (round 78).

>>> _restated("推行“一窗通办”。", {"推行“一窗通办”"}), _restated("开展营商环境评价", {"建立帮办代办机制"})
(True, False)
>>> _restate_the_tables(["建立帮办代办机制。", "开展评价。"], {"建立帮办代办机制"})
True
>>> _restate_the_tables(["建立帮办代办机制。", "开展评价。", "清理证明。"], {"建立帮办代办机制"})
False
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from reformgraph.errors import DocumentError
from reformgraph.loaders.compact import compact
from reformgraph.loaders.plan_periods import date_line
from reformgraph.loaders.vocab import ANNEX_MARK, LABEL, LABEL_ROLES
from reformgraph.records import Document
from reformgraph.regexcache import compiled

_SAME_START = 10  # characters: two task texts that open alike are one task written twice
_MIN_HELD = 4  # characters: a shorter text held in another says nothing
_COVER_LINES = 40  # lines: how far down a notice's 现将…印发 sentence may stand


def body_lines(lines: list[str], table_lines: Iterable[str]) -> list[str]:
    """``lines`` with the lines that are a table's rows blanked (line numbers stay those of ``lines``).

    >>> body_lines(["一、任务", "1  建平台  区大数据局", "2.清理证明。"], ["1  建平台  区大数据局"])
    ['一、任务', '', '2.清理证明。']
    """
    rows = set(table_lines)
    return ["" if line in rows else line for line in lines]


def with_body_tasks(tables: Document, body: str, read_body: Callable[[str], Document]) -> Document:
    """``tables`` (the document read from its task tables) with the workplans of its paragraphs (``body``, the
    text outside the tables; ``read_body(body)`` a Document, or a DocumentError when they assign nothing) when fewer
    than half of the paragraph tasks are tables' tasks; the tables' workplans are numbered after the paragraphs'.
    The paragraphs' issuer, number and date fill what the tables' reading lacks either way (a red-headed notice
    whose tasks are all in its table: round 37)."""
    try:
        read = read_body(body)
    except DocumentError:
        from reformgraph.loaders.parse import text_metadata

        meta = text_metadata(body)
        return _with_metadata(tables, meta.issuer, meta.doc_number, meta.date)
    if any(w.kind == "bare_units" for w in read.warnings):
        # units alone in brackets read as a task's only because the text names no unit: the tables do
        return _with_metadata(tables, read.issuer, read.doc_number, read.date)
    read = _without_requirements(read, body)
    listed = {_key(m.text) for w in tables.workplans for m in w.measures}
    measures = [m for w in read.workplans for m in w.measures]
    if not measures or _restate_the_tables([m.text for m in measures], listed):
        return _with_metadata(tables, read.issuer, read.doc_number, read.date)
    body = read
    start = 1 + max((int(w.number) for w in body.workplans if w.number.isdigit()), default=0)
    renumbered = {w.number: str(start + k) for k, w in enumerate(tables.workplans)}
    workplans = [
        dataclasses.replace(
            w, number=renumbered[w.number], reform_number=renumbered.get(w.reform_number, renumbered[w.number])
        )
        for w in tables.workplans
    ]
    reforms = [dataclasses.replace(r, number=renumbered.get(r.number, r.number)) for r in tables.reforms]
    return dataclasses.replace(
        _with_metadata(tables, body.issuer, body.doc_number, body.date),
        reforms=(*body.reforms, *reforms),
        workplans=(*body.workplans, *workplans),
        warnings=tuple(sorted((*_notes_not_given(body, tables), *tables.warnings), key=lambda w: w.line)),
    )


def _notes_not_given(body: Document, tables: Document) -> list:
    """``body``'s warnings but the one note of a kind ``tables`` gives once for the whole document (``traditional``:
    tables and paragraphs are each folded, round 44)."""
    once = {w.kind for w in tables.warnings if w.kind == "traditional"}
    return [w for w in body.warnings if w.kind not in once]


# a notice that sends its attachment out: 现将《…》印发给你们, 现将任务分解表印发给你们，并提出如下要求
_TRANSMITS = compiled(r"现将.{0,80}?(?:印发|转发|下发)")


def _without_requirements(read: Document, body: str) -> Document:
    r"""``read`` (the paragraphs' document) without the tasks of a notice that sends the task tables out: the points
    between its 现将…印发给你们 and its date or 附件 line are what it asks of everyone (加强督查考核。党政办公室每月
    …督查), not tasks of the plan (round 39).

    >>> from reformgraph.loaders.parse import parse_document
    >>> body = "关于印发任务分解表的通知\n各科室：\n现将任务分解表印发给你们，并提出如下要求：\n一、加强督查。党政办每月对推进情况进行督查。"
    >>> len(parse_document(body).workplans), _without_requirements(parse_document(body), body).workplans
    (1, ())
    """
    lines = body.splitlines()
    at = next((i for i, line in enumerate(lines[:_COVER_LINES]) if "现将" in line and _TRANSMITS.search(line)), None)
    if at is None:
        return read
    end = next(
        (j for j in range(at + 1, len(lines)) if ANNEX_MARK.match(c := compact(lines[j])) or date_line(c)), len(lines)
    )
    asked = range(at + 2, end + 1)  # 1-based lines after the sentence, before the date or 附件 line
    workplans = [
        dataclasses.replace(
            w, measures=tuple(m for m in w.measures if m.line not in asked or _names_units_in_fields(lines[m.line - 1]))
        )
        for w in read.workplans
    ]
    return dataclasses.replace(read, workplans=tuple(w for w in workplans if w.measures))


_UNIT_ROLES = frozenset(("lead", "responsible", "support"))


def _names_units_in_fields(line: str) -> bool:
    """Whether ``line`` names its units in labelled fields (``（牵头单位：A；配合单位：B；…）``), as a plan's task list
    does and a notice's requirements do not: items so closed after ``现将《…》印发给你们，请认真贯彻落实。`` are the plan's
    own tasks, its text following the notice (round 81 fresh81: before, a Word plan's four items were dropped as the
    notice's requirements, its annex table alone read).

    >>> _names_units_in_fields("（一）开展整治。（牵头单位：市应急管理局；完成时限：2026年12月31日前）")
    True
    >>> _names_units_in_fields("二、加强督查考核。党政办公室每月对推进情况进行督查。"), _names_units_in_fields("（完成时限：6月底前）")
    (False, False)
    """
    return any(LABEL_ROLES.get(m.group(1)) in _UNIT_ROLES for m in LABEL.finditer(line))


def _with_metadata(doc: Document, issuer: str | None, doc_number: str | None, date: str | None) -> Document:
    """``doc`` with the issuer, number and date it lacks taken from the ones given."""
    return dataclasses.replace(
        doc, issuer=doc.issuer or issuer, doc_number=doc.doc_number or doc_number, date=doc.date or date
    )


def _key(text: str) -> str:
    return "".join(text.split()).rstrip("。；;，,")


def _restate_the_tables(texts: list[str], listed: set[str]) -> bool:
    """Whether paragraph tasks (``texts``) restate the tables' (``listed``): half of them or more are tables' tasks."""
    return 2 * sum(_restated(text, listed) for text in texts) >= len(texts)


def _restated(text: str, listed: set[str]) -> bool:
    """Whether a paragraph's task is one of the tables' tasks (``listed``: their texts, as ``_key`` gives them)."""
    key = _key(text)
    if key in listed:
        return True
    for other in listed:
        short, long = (key, other) if len(key) <= len(other) else (other, key)
        if len(short) >= _MIN_HELD and short in long:
            return True
        if len(short) >= _SAME_START and short[:_SAME_START] == long[:_SAME_START]:
            return True
    return False

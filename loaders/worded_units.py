"""Units a task table names in its task cells' words, for a table with no unit column (round 73 ledger73): each
task cell that holds a role word is read as a paragraph is, and its units go into a 责任单位 column added after the
row's last cell. Above the parser (each cell is parsed), below the office readers that use it (sheets, CSV, Word).

>>> rows = [["序号", "重点任务"], ["1", "建设平台。由区数据局牵头，区财政局配合。"]]
>>> units_from_task_words(rows)[0][-1], units_from_task_words(rows)[1][-1]
('责任单位', '牵头：区数据局；配合：区财政局')
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.loaders.compact import compact
from reformgraph.loaders.field_cells import task_header_at
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.tables import column_kind, detect_columns
from reformgraph.records import Document

# round 73 ledger73: a table with no unit column whose task cells name their units in words
_WORDED_ROLES = ("牵头", "负责", "配合")  # the cheap test before a task cell is read for its units
_WORDED_ROWS = 2_000  # task cells read for their units at most (each a paragraph parsed): a 台账's rows are fewer


def units_from_task_words(rows: Sequence[Sequence[object]]) -> list[list[object]] | None:
    """A sheet whose header names a task column and no unit column, its task cells naming their units in words (round
    73: ``…由县市场监管局牵头，县行政审批局配合。``, ``县发展改革局牵头，县财政局配合：建立…``, ``…（县住建局负责）``), with
    a 责任单位 column after its last holding each row's units as a labelled list (``牵头：A；配合：B``), read from those
    words as a paragraph's are; None for any other sheet, and when fewer than half its task cells name a unit.

    >>> rows = [["序号", "重点任务", "完成时限"], ["1", "建设平台。由区数据局牵头，区财政局配合。", "2026年6月底前"]]
    >>> units_from_task_words(rows)[1][-1], units_from_task_words([["序号", "任务", "牵头单位"], ["1", "建平台", "区数据局"]])
    ('牵头：区数据局；配合：区财政局', None)
    """
    texts = [[compact(str(c)) if c is not None else "" for c in row] for row in rows]
    header_at = task_header_at(texts, column_kind)
    if header_at is None or detect_columns(texts[header_at]) is not None:
        return None
    task = next(i for i, c in enumerate(texts[header_at]) if c and column_kind(c) == "task")
    width = max(map(len, rows))  # the new column after every row's last cell
    named, asked, out = 0, 0, [list(row) for row in rows[: header_at + 1]]
    out[header_at] = [*out[header_at], *[None] * (width - len(out[header_at])), "责任单位"]
    for row, cells in zip(rows[header_at + 1 :], texts[header_at + 1 :]):
        cell = cells[task] if task < len(cells) else ""
        units = ""
        if len(cell) > 4:
            asked += 1
            if asked > _WORDED_ROWS:
                return None
            if any(word in cell for word in _WORDED_ROLES):
                units = _worded_units(parse_document("1." + cell))
                named += bool(units)
        out.append([*row, *[None] * (width - len(row)), units or None])
    return out if named and 2 * named >= asked else None


def _worded_units(document: Document) -> str:
    """The units of ``document``'s one task as a labelled list (``牵头：A、B；配合：C``), "" when it has none or several."""
    found = [m for w in document.workplans for m in w.measures]
    if len(found) != 1:
        return ""
    leads, supports = "、".join(u.raw for u in found[0].leads), "、".join(u.raw for u in found[0].supports)
    return "；".join(
        part for part in (f"牵头：{leads}" if leads else "", f"配合：{supports}" if supports else "") if part
    )

"""Unit fields a task cell closes with, for a table with no unit column (round 76 provinces76: a 广东-style 清单 writes
each measure's units after it in its own cell, ``…一网通办。【牵头单位】省商务厅【配合单位】省财政厅、省公安厅``, or in
one bracket closing it, ``【牵头单位：A；完成时限：B】``, ``（责任单位：A）``): the
fields move out of the task cells into a 责任单位 column added after the row's last cell, a labelled list the table's
reader reads as any 责任单位 cell's (``牵头单位：A；配合单位：B``), and a deadline field into the table's deadline
column (a 完成时限 column added when it has none). Lexical: no cell is parsed, so that every table reader (sheets,
Word, pipe tables) may ask it below the parser.

>>> rows = [["序号", "工作措施", "完成时限"], ["1", "建平台。【牵头单位】区数据局【配合单位】区财政局", "2026年"]]
>>> fields_as_columns(rows, lambda c: {"工作措施": "task", "完成时限": "deadline"}.get(c))[1]
['1', '建平台。', '2026年', '牵头单位：区数据局；配合单位：区财政局']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reformgraph.loaders.scan import split_outside
from reformgraph.loaders.source import square_labels
from reformgraph.loaders.vocab import LABEL_ROLES

_UNIT_ROLES = frozenset({"lead", "responsible", "support"})
_HEADER_ROWS_LOOKED_AT = 10


def cell_fields(cell: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(the cell's own text, its fields as (label, value)) when ``cell`` closes with labelled fields, a unit field
    among them: after square labels (``【牵头单位】A【配合单位】B``) or in one bracket, square or round, closing the cell
    (``【牵头单位：A；完成时限：B】``, ``（责任单位：A）``); else None.

    >>> cell_fields("建平台。【牵头单位】区数据局【配合单位】区财政局、区税务局")
    ('建平台。', [('牵头单位', '区数据局'), ('配合单位', '区财政局、区税务局')])
    >>> cell_fields("建平台。【责任单位：各街道；完成时限：2026年6月底前】")
    ('建平台。', [('责任单位', '各街道'), ('完成时限', '2026年6月底前')])
    >>> cell_fields("建平台。（牵头单位：区数据局；配合单位：各县（市、区））")
    ('建平台。', [('牵头单位', '区数据局'), ('配合单位', '各县（市、区）')])

    A bracket that is no field (a title, a note, a role after a unit, a unit named in prose) is the cell's own text:

    >>> cell_fields("开展【护苗】行动，完善机制。"), cell_fields("建平台。【完成时限】2026年"), cell_fields("甲【牵头】、乙")
    (None, None, None)
    >>> cell_fields("建平台。（区数据局负责）"), cell_fields("建平台（2026年）")
    (None, None)
    """
    starts = [at for at, c in enumerate(cell) if c == "【"]
    if cell.endswith(("）", ")")) and (opening := _opening(cell)) is not None:
        starts.append(opening)
    for at in sorted(set(starts)):
        fields = _fields(cell[at:])
        if fields is not None:
            return cell[:at], fields
    return None


def _opening(cell: str) -> int | None:
    """Where the bracket closing ``cell`` opens (brackets nested in it skipped: ``（…各县（市、区））``); None when it
    opens nowhere.

    >>> _opening("甲（乙（丙）丁）"), _opening("甲）")
    (1, None)
    """
    depth = 0
    for at in range(len(cell) - 1, -1, -1):
        if cell[at] in "）)":
            depth += 1
        elif cell[at] in "（(":
            depth -= 1
            if depth == 0:
                return at
    return None


def _fields(tail: str) -> list[tuple[str, str]] | None:
    """The fields ``tail`` is made of, a unit field among them; None when any part of it is no field (a square
    bracket left in a value holds no label: ``【牵头单位】A【详见附件】``)."""
    written = square_labels(tail)  # 【牵头单位】A【配合单位】B → 牵头单位：A；配合单位：B
    if written[0] in "【（(" and written[-1] in "】）)":  # one bracket of fields closing the cell
        written = written[1:-1]
    written = written.strip("；;。")
    fields = []
    for a, b in split_outside(written, "；;"):
        label, colon, value = written[a:b].partition("：")
        if not colon or not value or label not in LABEL_ROLES or "【" in value or "】" in value:
            return None
        fields.append((label, value.rstrip("。，,")))
    return fields if any(LABEL_ROLES[label] in _UNIT_ROLES for label, _ in fields) else None


def task_header_at(rows: Sequence[Sequence[str]], column_kind: Callable[[str], str | None]) -> int | None:
    """The first of ``rows``' first ten (compact cell texts) that holds two cells or more, one naming a task column
    (``column_kind``: ``tables.column_kind``); None when none does.

    >>> task_header_at([["某县清单"], ["序号", "具体举措"]], lambda c: "task" if c == "具体举措" else None)
    1
    """
    return next(
        (
            k
            for k, row in enumerate(rows[:_HEADER_ROWS_LOOKED_AT])
            if sum(map(bool, row)) > 1 and "task" in map(column_kind, filter(None, row))
        ),
        None,
    )


def fields_as_columns(
    rows: Sequence[Sequence[str]], column_kind: Callable[[str], str | None]
) -> list[list[str]] | None:
    """``rows`` (compact cell texts) of a table whose header names a task column and no unit column, at least half
    its task rows closing a task cell with unit fields (``cell_fields``), with those fields moved into a 责任单位
    column after the last (and a deadline field into the deadline column, added as 完成时限 when there is none);
    None for any other table. ``column_kind`` names a header cell's kind (``tables.column_kind``)."""
    if not any("【" in c or c.endswith(("）", ")")) for row in rows for c in row):
        return None
    header_at = task_header_at(rows, column_kind)
    if header_at is None:
        return None
    header = list(rows[header_at])
    kinds = [column_kind(c) if c else None for c in header]
    tasks = [i for i, kind in enumerate(kinds) if kind == "task"]
    due = next((i for i, kind in enumerate(kinds) if kind == "deadline"), None)
    width = max(map(len, rows))
    added = ["责任单位"] if due is not None else ["责任单位", "完成时限"]
    out = [list(row) for row in rows[:header_at]]
    out.append([*header, *[""] * (width - len(header)), *added])
    asked = named = 0
    for row in rows[header_at + 1 :]:
        cells = [*row, *[""] * (width - len(row)), *[""] * len(added)]
        asked += any(cells[i] for i in tasks if i < len(row))
        for i in tasks:
            found = cell_fields(cells[i]) if i < len(row) else None
            if found is None:
                continue
            cells[i], fields = found
            named += 1
            cells[width] = "；".join(
                f"{label}：{value}" for label, value in fields if LABEL_ROLES[label] in _UNIT_ROLES
            )
            dates = [value for label, value in fields if LABEL_ROLES[label] == "deadline"]
            at = due if due is not None else width + 1
            if dates and not cells[at]:
                cells[at] = "；".join(dates)
            break
        out.append(cells)
    return out if named and 2 * named >= asked else None

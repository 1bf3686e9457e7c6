"""Task tables (任务分解表): a header row names the columns, every row below is one task.

Shared by the .xlsx, .csv, .docx and .html readers. Cells are compacted (whitespace and
line breaks removed, so a cell broken across lines reads as one). A header row repeated
after a page break is skipped; a row whose only text is a ``一、…`` heading (or a lone
cell) opens a new workplan; a table with no recognisable header is not a task list
(its years are not deadlines) and is ignored.

>>> rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
...         ["一、", "营商环境", "", "", ""],
...         ["1", "建设平台", "区大数据局", "区财政局、区税务局", "2025年底"],
...         ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
...         ["2", "清理证明", "", "", "持续推进"]]
>>> sections = table_sections(rows)
>>> [(title, [(t.text, t.lead, t.support, t.deadline, t.line) for t in tasks]) for title, _, tasks in sections]
[('营商环境', [('建设平台', '区大数据局', '区财政局、区税务局', '2025年底', 3), ('清理证明', '区大数据局', None, '持续推进', 5)])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reformgraph.loaders.compact import compact
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.tasks import Task, document_from_sections
from reformgraph.records import Document

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "任务编号"),
    "section": ("类别", "领域", "重点领域", "任务类别", "板块", "改革领域", "专项"),
    "lead": ("牵头单位", "牵头部门", "推进单位", "主责单位", "牵头责任单位"),
    "single": ("责任单位", "责任部门", "责任主体"),
    "support": ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位"),
    "deadline": ("完成时限", "完成时间", "时间节点", "时限", "时间安排"),
    "task": (
        "任务",
        "工作任务",
        "重点任务",
        "主要任务",
        "具体任务",
        "任务内容",
        "工作内容",
        "改革举措",
        "具体措施",
        "工作措施",
        "主要举措",
        "改革任务",
        "任务事项",
        "工作事项",
    ),
}
_SECTION_ROW = re.compile(r"^([一二三四五六七八九十]{1,3})、")


@dataclass(frozen=True)
class Columns:
    """Column indexes of a task table's header row (None when the table lacks that column)."""

    task: int
    number: int | None = None
    section: int | None = None
    lead: int | None = None
    single: int | None = None
    support: int | None = None
    deadline: int | None = None


def detect_columns(header: Sequence[object]) -> Columns | None:
    """Map a header row to columns; None unless it names a task column and a unit column.

    >>> detect_columns(["序号", "重点任务", "责任单位", "完成时限"])
    Columns(task=1, number=0, section=None, lead=None, single=2, support=None, deadline=3)
    >>> detect_columns(["年份", "指标", "数值"]) is None
    True
    """
    cells = [compact(str(c)) if c is not None else "" for c in header]
    found: dict[str, int] = {}
    for i, c in enumerate(cells):  # exact names first
        for kind, names in COLUMN_NAMES.items():
            if c in names and kind not in found:
                found[kind] = i
    for i, c in enumerate(cells):  # then names inside longer headers (任务内容及目标)
        if not c or i in found.values() or len(c) > 12:
            continue
        for kind in ("lead", "support", "single", "deadline", "number", "section", "task"):
            if kind not in found and any(name in c for name in COLUMN_NAMES[kind]):
                found[kind] = i
                break
    if "task" not in found or not ({"lead", "single"} & set(found)):
        return None
    return Columns(**found)


def table_sections(
    rows: Sequence[Sequence[object]],
    *,
    first_row: int = 1,
    title: str = "工作任务",
    carry_units: bool = True,
    row_lines: Sequence[int] | None = None,
) -> list[tuple[str, int, list[Task]]]:
    """(workplan title, first row, tasks) of one table; [] when it is not a task table.

    ``first_row`` is the row number of ``rows[0]`` (a task's ``line`` is its row).
    With ``carry_units`` an empty lead/责任单位 cell takes the previous task's value
    (a row-spanning merged cell, as csv and flattened tables lose it).
    ``row_lines`` gives each row's line number instead (flattened tables).
    """
    cells = [[compact(str(c)) if c is not None else "" for c in row] for row in rows]
    header_at = next((i for i, row in enumerate(cells[:15]) if detect_columns(row)), None)
    if header_at is None:
        return []
    cols = detect_columns(cells[header_at])
    header = cells[header_at]
    sections: list[tuple[str, int, list[Task]]] = []
    current: tuple[str, int, list[Task]] | None = None
    prev: Task | None = None

    def get(row: list[str], index: int | None) -> str | None:
        if index is None or index >= len(row):
            return None
        return row[index] or None

    for k in range(header_at + 1, len(cells)):
        row = cells[k]
        number = row_lines[k] if row_lines is not None else first_row + k
        filled = [c for c in row if c]
        if not filled or row[: len(header)] == header:
            continue
        task = get(row, cols.task)
        units = [get(row, i) for i in (cols.lead, cols.single, cols.support)]
        heading = next((c for c in filled if _SECTION_ROW.match(c)), None)
        lone = len(set(filled)) == 1 and (len(filled) > 1 or task is None)  # merged across, or outside the task column
        if lone or (heading and not any(units)):
            name = _SECTION_ROW.sub("", heading or filled[0])
            if not name and task:
                name = task
            current = (name or filled[0], number, [])
            sections.append(current)
            prev = None
            continue
        if not task:
            continue
        section = get(row, cols.section)
        if section and (current is None or current[0] != section):
            current = (section, number, [])
            sections.append(current)
        if current is None:
            current = (title, number, [])
            sections.append(current)
        lead, single, support = units
        if carry_units and prev is not None and not lead and not single:
            lead, single = prev.lead, prev.single
        t = Task(text=task, lead=lead, single=single, support=support, deadline=get(row, cols.deadline), line=number)
        current[2].append(t)
        prev = t
    return [s for s in sections if s[2]]


def document_from_tables(
    tables: Sequence[Sequence[Sequence[object]]],
    *,
    path: str,
    key: str,
    sha256: str,
    title: str,
    carry_units: bool = True,
) -> Document | None:
    """A Document from every task table among ``tables`` (row numbers count from 1 in each); None if none is one."""
    sections = [s for rows in tables for s in table_sections(rows, title=title, carry_units=carry_units)]
    if not sections:
        return None
    return document_from_sections(sections, path=path, key=key, sha256=sha256, title=title)


_UNIT_END = re.compile(
    r"(局|委|办|厅|中心|政府|街道|街镇|各镇|乡镇|法院|检察院|公司|集团|协会|委员会|支队|大队|"
    r"分行|银行|海关|税务|所|站|部|处|院|会|队|团|园区|管委会)(牵头|配合|负责)?$"
)
_ROW_NUMBER = re.compile(r"^\d{1,3}[.．、]?$")


def _is_unit_cell(cell: str) -> bool:
    parts = [p for p in re.split(r"[、，,；;/]", re.sub(r"[（(][^（()）]*[)）]", "", cell)) if p]
    return bool(parts) and len(cell) <= 80 and all(_UNIT_END.search(p.rstrip("等")) for p in parts)


def flattened_rows(compacts: Sequence[str]) -> tuple[list[list[str]], list[int]] | None:
    """Rows of a task table flattened to one cell per line; None unless a header of column names is found.

    Returns (rows, 1-based line of each row). A row opens at a bare row number
    (``序号`` column); its lines are sorted into cells: unit-like lines fill the unit
    columns in order, a deadline-like line the deadline column, the rest (a cell broken
    across lines) the task. A header repeated after a page break is dropped; a ``一、``
    line is a section row; other text after a complete row ends the table.

    >>> rows, at = flattened_rows(["序号", "任务", "推进单位", "1", "建设数据", "平台", "区大数据局", "2", "一网通办"])
    >>> rows
    [['序号', '任务', '推进单位'], ['1', '建设数据平台', '区大数据局'], ['2', '一网通办', '']]
    """
    names = {name: kind for kind, ns in COLUMN_NAMES.items() for name in ns}
    lines = [(i, c) for i, c in enumerate(compacts) if c]
    for k in range(len(lines)):
        header = []
        while k + len(header) < len(lines) and lines[k + len(header)][1] in names:
            header.append(lines[k + len(header)][1])
        cols = detect_columns(header) if len(header) >= 2 else None
        if cols is not None and cols.number == 0:
            break
    else:
        return None
    width = len(header)
    unit_slots = [i for i in (cols.lead, cols.single, cols.support) if i is not None]
    rows: list[list[str]] = [header]
    row_lines = [lines[k][0] + 1]
    current: list[str] | None = None
    for i, c in lines[k + width :]:
        if c in names:
            continue  # a repeated header
        if _SECTION_ROW.match(c) and len(c) <= 40:
            rows.append([c] + [""] * (width - 1))
            row_lines.append(i + 1)
            current = None
            continue
        if _ROW_NUMBER.match(c):
            current = [re.sub(r"[.．、]$", "", c)] + [""] * (width - 1)
            rows.append(current)
            row_lines.append(i + 1)
            continue
        if current is None:
            continue

        if current[cols.task] and _is_unit_cell(c) and unit_slots:
            slot = next((s for s in unit_slots if not current[s]), unit_slots[-1])
            current[slot] = (current[slot] + "、" + c) if current[slot] else c
        elif cols.deadline is not None and len(c) <= 20 and parse_deadline(c).status and not current[cols.deadline]:
            current[cols.deadline] = c
        elif current[cols.task] and any(current[s] for s in unit_slots + [cols.deadline] if s is not None):
            break  # text after a complete row that opens no new row: the table has ended
        else:
            current[cols.task] += c
    return rows, row_lines

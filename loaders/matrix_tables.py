"""Task tables laid out as a matrix: a column per unit, a mark in a task's row for the unit's role (round 35).

A 分工表 may name its units as column headers and mark each task's row under them: ``●`` lead, ``○`` support
(its legend says so: ``说明：●为牵头单位，○为配合单位``), or the role written out (``牵头``, ``配合``). Such a
table is rewritten as the usual one: its unit columns emptied, and columns of lead, supporting and responsible
units added, holding the names the marks point at. The rows stay where they were (a task's line is its row).

>>> from reformgraph.loaders.tables import column_kind
>>> rows = [["序号", "重点任务", "市发展改革委", "市财政局", "完成时限"], ["1", "清理收费", "●", "○", "12月底前"]]
>>> matrix_as_columns(rows, column_kind)
[['序号', '重点任务', '', '', '完成时限', '牵头单位', '配合单位'], ['1', '清理收费', '', '', '12月底前', '市发展改革委', '市财政局']]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.vocab import UNIT_MARKS
from reformgraph.regexcache import compiled

# the roles written out, in a cell or in a legend
_ROLE_WORDS = {"牵头": "lead", "主责": "lead", "配合": "support", "参与": "support", "协办": "support"}
_ROLE_WORDS |= {"责任": "single", "负责": "single"}
# what a mark in a unit's column says of it when no legend says otherwise
MARK_ROLES = {**UNIT_MARKS, **_ROLE_WORDS}
# a legend: ●为牵头单位, ○表示配合单位, √代表责任单位
_LEGEND = compiled(r"([●★▲◆■○☆△◇□√✓✔])(?:为|表示|代表|是|：|:)?(牵头|主责|配合|参与|协办|责任|负责)")
# a legend giving a mark a meaning other than a unit's role (round 45): 注：标★的为省级重点任务, 带▲的项目为市级重点项目,
# ★表示重点改革事项 (not 标★的为牵头单位, ●为主要责任单位: a role, ``_LEGEND``)
_ROLE_AFTER = r"(?:主要)?(?:牵头|主责|配合|参与|协办|责任|负责|协同|支持|支撑)"
# the marks a legend gives a task (★, ▲; ● ○ □ ■ mark a matrix's roles, ☆ △ a support): two, so that a text with
# none of them is passed over in a few fast scans (a scan for the ten marks cost the bundled parse 2.4 ms)
_TASK_MARKS = "★▲"
_OTHER_LEGEND = compiled(
    rf"(?:标|带|加|有|注)([{_TASK_MARKS}])号?(?:的|者)[\u4e00-\u9fff]{{0,4}}?(?:为|是|系|表示|代表)(?!{_ROLE_AFTER})"
    rf"|([{_TASK_MARKS}])(?:为|表示|代表)(?!{_ROLE_AFTER})"
)
_COLUMN_NAMES = {"lead": "牵头单位", "support": "配合单位", "single": "责任单位"}
_HEADER_ROWS = 15  # rows looked at for the unit names
_GROUP_KINDS = ("lead", "single", "support")  # what a header cell over the unit columns may name: 责任单位


def legend_roles(cells: Sequence[Sequence[str]]) -> dict[str, str]:
    """The marks' roles, the table's legend (in any cell) over the usual ones (``MARK_ROLES``).

    >>> legend_roles([["说明：★为牵头单位，☆为配合单位。"]])["★"], legend_roles([["说明：●表示配合单位"]])["●"]
    ('lead', 'support')
    """
    roles = dict(MARK_ROLES)
    for row in cells:
        for cell in row:
            if cell and ("为" in cell or "表示" in cell or "代表" in cell):
                for mark, word in _LEGEND.findall(cell):
                    roles[mark] = _ROLE_WORDS[word]
    return roles


def marks_of_tasks(text: str) -> str:
    """The marks a legend in ``text`` gives a meaning other than a unit's role (``注：标★的为省级重点任务``): they mark
    a task, or a project, and say nothing of the units beside them (round 45; without such a legend a ★ opening a
    unit of a 责任单位 cell marks the lead, round 44). "" when no legend does.

    >>> marks_of_tasks("注：标★的为省级重点任务。"), marks_of_tasks("注：标★的项目为市级重点民生项目"), marks_of_tasks("▲表示新增任务")
    ('★', '★', '▲')
    >>> marks_of_tasks("注：标★的为牵头单位，☆为配合单位"), marks_of_tasks("●为主要责任单位"), marks_of_tasks("★区住建局")
    ('', '', '')
    """
    if not any(mark in text for mark in _TASK_MARKS):  # most texts
        return ""
    return "".join(dict.fromkeys(a or b for a, b in _OTHER_LEGEND.findall(text)))


def without_marks(text: str, marks: str) -> str:
    """``text`` without ``marks`` (``marks_of_tasks``: marks of tasks, which the text reader and the tables' reader
    read as no unit's role). Lines stay where they are.

    >>> without_marks("| 1 | 建设平台 | ★市数据局、市发展改革委 |", "★")
    '| 1 | 建设平台 | 市数据局、市发展改革委 |'
    """
    return text.translate(dict.fromkeys(map(ord, marks)))


def matrix_as_columns(cells: list[list[str]], column_kind: Callable[[str], str]) -> list[list[str]]:
    """``cells`` (compacted) with a matrix of units rewritten as columns of units (the module's doc); as they are
    when no header row names two units or more whose columns hold marks only. ``column_kind``: what a header cell
    names (``tables.column_kind``)."""
    for h, row in enumerate(cells[:_HEADER_ROWS]):
        units = [i for i, c in enumerate(row) if c and column_kind(c) == "unknown" and is_unit_name(c)]
        if len(units) < 2 or not any(c and column_kind(c) == "task" for c in row):
            continue  # a header names the tasks' column too (a row of a task's units does not)
        roles = legend_roles(cells)
        body = cells[h + 1 :]
        marked = [r for r in body if any(i < len(r) and r[i] in roles for i in units)]
        if not marked or any(i < len(r) and r[i] and r[i] not in roles for r in marked for i in units):
            continue
        return _rewritten(cells, h, units, roles, column_kind)
    return cells


def _rewritten(
    cells: list[list[str]], h: int, units: list[int], roles: dict[str, str], column_kind: Callable[[str], str]
) -> list[list[str]]:
    names = {i: cells[h][i] for i in units}
    used = [k for k in _COLUMN_NAMES if any(i < len(r) and roles.get(r[i]) == k for r in cells[h + 1 :] for i in units)]
    above = cells[h - 1] if h > 0 else []
    grouped = bool(above) and all(i < len(above) and column_kind(above[i]) in _GROUP_KINDS for i in units)
    header_at = h - 1 if grouped else h  # 责任单位 over the units' names (two header rows): one header row
    header = [c if i not in names else "" for i, c in enumerate(cells[header_at])]
    out = [list(r) for r in cells]
    out[header_at] = header + [_COLUMN_NAMES[k] for k in used]
    if grouped:
        out[h] = [""] * len(cells[h])
    for k in range(h + 1, len(cells)):
        row = cells[k]
        if not any(i < len(row) and row[i] in roles for i in units):
            out[k] = list(row) + [""] * len(used)
            continue
        chosen = {kind: [names[i] for i in units if i < len(row) and roles.get(row[i]) == kind] for kind in used}
        out[k] = [c if i not in names else "" for i, c in enumerate(row)] + ["、".join(chosen[kind]) for kind in used]
    return out

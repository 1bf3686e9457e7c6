"""Task tables laid out by unit: a row per unit, the tasks it leads and those it supports in its cells (round 36).

A 责任分解表 "by unit" gives each unit a row, ``责任单位 | 牵头任务 | 配合任务``: the tasks it leads numbered in one
cell (``1.推进…（2026年6月底前）；2.深化…（2026年12月底前）``), those it supports in another, each with its lead
(``1.推进政务数据共享交换（市数据局牵头）``). Such a table is rewritten as the usual one, a row per task: each task
the unit leads, its own deadline from its bracket, and as its partners the units whose 配合 cells name it (the same
lead, the same words before the bracket); a task a unit supports that no row leads is a row of its lead with the unit
as its partner. Each new row keeps the line of the row it came from.

>>> rows = [["序号", "责任单位", "牵头任务", "配合任务"],
...         ["1", "市政务服务局", "1.推进一网通办（2026年6月底前）；2.深化改革（2026年12月底前）", "1.推进数据共享（市数据局牵头）"],
...         ["2", "市数据局", "1.推进数据共享（2026年9月底前）", "1.推进一网通办（市政务服务局牵头）"]]
>>> cells, lines = by_unit_as_rows(rows)
>>> cells[1:], lines
([['1', '推进一网通办', '市政务服务局', '市数据局', '2026年6月底前'], ['2', '深化改革', '市政务服务局', '', '2026年12月底前'], \
['3', '推进数据共享', '市数据局', '市政务服务局', '2026年9月底前']], [0, 1, 1, 2])
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.regexcache import compiled

# 承担任务: the tasks a unit carries, led by it (round 44)
LEAD_TASKS = frozenset(
    {"牵头任务", "牵头事项", "牵头工作", "牵头负责任务", "牵头负责事项", "承担任务", "承担事项", "承担工作任务"}
)
SUPPORT_TASKS = frozenset({"配合任务", "配合事项", "配合工作", "参与任务", "协办任务", "协同任务", "配合负责事项"})
_UNIT_COLUMNS = frozenset({"责任单位", "单位", "部门", "单位名称", "责任部门", "部门名称"})
_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_HEADER_ROWS = 15  # rows looked at for the header
# an item's number at the cell's start or after a clause's end: 1.推进…；2.深化…
_ITEM = compiled(r"(?:^|(?<=[；;。]))(\d{1,2})[.．、](?!\d)")
_LAST_BRACKET = compiled(r"[（(]([^（()）]{1,40})[)）][。；;，,]*$")
_LED_BY = compiled(r"^(.{2,30}?)(?:牵头|主责|负责)$")
_SAME_WORDS = 6  # characters: two items naming one task open with as many of the same words


def by_unit_as_rows(cells: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[int]] | None:
    """The task table a table by unit (``cells``, compacted) stands for, and each row's line (0-based row of
    ``cells``); None when no header row names a unit column and a column of the tasks units lead."""
    h = next(
        (
            k
            for k, row in enumerate(cells[:_HEADER_ROWS])
            if not LEAD_TASKS.isdisjoint(row) and not _UNIT_COLUMNS.isdisjoint(row)
        ),
        None,
    )
    if h is None:
        return None
    header = cells[h]
    lead = next(i for i, c in enumerate(header) if c in LEAD_TASKS)
    unit = next(i for i, c in enumerate(header) if c in _UNIT_COLUMNS)
    support = next((i for i, c in enumerate(header) if c in SUPPORT_TASKS), None)
    tasks: list[list] = []  # [text, lead, supports, deadline, line]
    supported: list[tuple[str, str, str, int]] = []  # (text, its lead, the supporting unit, line)
    for k in range(h + 1, len(cells)):
        row = cells[k]
        name = row[unit] if unit < len(row) else ""
        if not name:
            continue
        for text, bracket in _items(row[lead] if lead < len(row) else ""):
            deadline = bracket if bracket and parse_deadline(bracket).status else ""
            tasks.append([text, name, [], deadline, k])
        if support is not None:
            for text, bracket in _items(row[support] if support < len(row) else ""):
                led = _LED_BY.match(bracket or "")
                if led is not None:
                    supported.append((text, led.group(1), name, k))
    for text, led_by, name, k in supported:
        task = next((t for t in tasks if t[1] == led_by and _same_task(t[0], text)), None)
        if task is None:
            tasks.append([text, led_by, [name], "", k])
        elif name not in task[2]:
            task[2].append(name)
    out = [list(r) for r in cells[:h]] + [list(_HEADER)]
    lines = [*range(h), h]
    for n, (text, name, partners, deadline, k) in enumerate(tasks, start=1):
        out.append([str(n), text, name, "、".join(partners), deadline])
        lines.append(k)
    return out, lines


def _items(cell: str) -> list[tuple[str, str | None]]:
    """The numbered items of a cell (the whole cell when it numbers none), each as (its words, what its last
    bracket holds, else None).

    >>> _items("1.推进一网通办（2026年6月底前）；2.深化改革。"), _items("推进数据共享（市数据局牵头）")
    ([('推进一网通办', '2026年6月底前'), ('深化改革', None)], [('推进数据共享', '市数据局牵头')])
    """
    if not cell:
        return []
    starts = [m for m in _ITEM.finditer(cell)]
    spans = [(m.end(), starts[i + 1].start() if i + 1 < len(starts) else len(cell)) for i, m in enumerate(starts)]
    out = []
    for a, b in spans or [(0, len(cell))]:
        item = cell[a:b].strip("；;。，, ")
        bracket = _LAST_BRACKET.search(item)
        if bracket is not None:
            out.append((item[: bracket.start()].rstrip("，,；; "), bracket.group(1)))
        elif item:
            out.append((item, None))
    return [(text, bracket) for text, bracket in out if text]


def _same_task(a: str, b: str) -> bool:
    """Whether two items name one task: the same words, or the same first words.

    >>> _same_task("推进政务数据共享交换", "推进政务数据共享交换工作"), _same_task("推进数据共享", "深化改革")
    (True, False)
    """
    return a == b or a[:_SAME_WORDS] == b[:_SAME_WORDS]

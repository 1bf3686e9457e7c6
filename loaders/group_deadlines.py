"""A deadline stated once for a group of tasks, not task by task (round 32): after the group's items
(``上述工作于2025年11月底前完成。``, ``（此项工作于2025年4月底前完成）``, ``以上任务均需于…完成。``, a bracket or a
``完成时限：`` line alone) or in a bracket closing the group's heading (``（三）建立长效管理机制（2025年12月底前完成）``).
Each task of the group that states no deadline of its own has it (``tasks.finalize``); a task's own deadline wins.

A statement after items counts only where the group ends with it (a heading, a higher number or the end comes
next) and does not follow a label line (``责任单位：A`` / ``完成时限：…``: the last item's own fields), so that a
task's own deadline line stays the task's; one that names a unit or a role
(``以上工作由A负责，B配合，…``) is a group assignment, read by the outline's rules (``tasklist``), not here.

>>> lines = ["（一）摸底调查", "1.开展普查。（责任单位：甲局）", "2.征求意愿。（责任单位：乙局）", "上述工作于2025年4月底前完成。",
...          "（二）建立机制（2025年12月底前完成）", "3.成立业委会。（牵头单位：丙局）", "（三）宣传"]
>>> [(first, last, d.date) for first, last, d in group_deadlines(lines, frozenset(), 2025, None)]
[(2, 4, '2025-04'), (6, 6, '2025-12')]
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.loaders.deadlines import text_deadline
from reformgraph.loaders.tasklist import number_level
from reformgraph.loaders.vocab import LABEL
from reformgraph.records import Deadline
from reformgraph.regexcache import compiled

# where a statement may be: its opening words, a deadline label, or a bracket that closes with a deadline's end
_HINTS = compiled(
    r"此项|该项|本项|上述|以上|前述|上列|完成时限[:：]|完成时间[:：]|时间节点[:：]|时限要求[:：]|完成期限[:：]"
    r"|(?:前|底|末|内|年|月)(?:完成)?[）)]"
)
# a whole line that states a group's deadline after its items
_AFTER_ITEMS = compiled(
    r"[（(]?(?:(?:此项|该项|本项|上述|以上|前述|上列)[^（()）:：]{0,40}"
    r"|(?:完成时限|完成时间|时间节点|时限要求|完成期限)[:：][^（()）:：]{2,30}"
    r"|(?<=[（(])[^（()）:：]{2,30})[。；;]?[）)]?[。；;]?"
)
# a heading closed by a bracket that holds its deadline alone: （三）建立长效管理机制（2025年12月底前完成）
_HEADING_BRACKET = compiled(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?([^。；;（()）]{2,40})[（(]([^（()）:：]{2,30})[）)][。；;]?"
)
# a statement with these words names who does the work: a group assignment, not a deadline alone
_ROLE_WORDS = compiled(r"牵头|负责|配合|单位|部门|主办|协办|参与|落实主体|责任人")
__all__ = ["group_deadlines"]


def group_deadlines(
    compacts: Sequence[str], headings: frozenset[int], plan_year: int | None, document_date: str | None
) -> tuple[tuple[int, int, Deadline], ...]:
    """(first line, last line, deadline) of each group whose deadline is stated once: the deadline of its tasks
    that state none. ``compacts`` are the plan's compact lines, ``headings`` the 0-based markdown heading lines."""
    found: list[tuple[int, int, Deadline]] = []
    for i, line in enumerate(compacts):
        if not line or _HINTS.search(line) is None:  # a C scan of the line: most lines have no hint
            continue
        level = number_level(line, 0)
        if level is not None:
            group = _heading_group(compacts, headings, i, level)
        elif _AFTER_ITEMS.fullmatch(line) and _ROLE_WORDS.search(line) is None and not _after_fields(compacts, i):
            group = _items_before(compacts, headings, i)
        else:
            continue
        if group is None:
            continue
        first, last, statement = group
        deadline = text_deadline(statement, plan_year=plan_year, document_date=document_date)
        if deadline.raw is not None:
            found.append((first + 1, last + 1, deadline))
    return tuple(found)


def _heading_group(
    compacts: Sequence[str], headings: frozenset[int], at: int, level: int
) -> tuple[int, int, str] | None:
    """(first, last 0-based line, the bracket's words) of the group under the numbered heading at line ``at`` when a
    bracket that holds a deadline alone closes it; its lines run to the next number of its level or above."""
    m = _HEADING_BRACKET.fullmatch(compacts[at])
    if m is None or _ROLE_WORDS.search(m.group(2)) is not None:
        return None
    last = at
    for j in range(at + 1, len(compacts)):
        line = compacts[j]
        if not line:
            continue
        if j in headings:
            break
        below = number_level(line, 0)
        if below is not None and below <= level:
            break
        last = j
    return (at + 1, last, m.group(2)) if last > at else None


def _after_fields(compacts: Sequence[str], at: int) -> bool:
    """True when the line before line ``at`` is a label line (``责任单位：A``): a ``完成时限：`` line at ``at`` is then
    the last item's own field, not the group's."""
    before = next((compacts[j] for j in range(at - 1, -1, -1) if compacts[j]), "")
    return LABEL.match(before) is not None


def _items_before(compacts: Sequence[str], headings: frozenset[int], at: int) -> tuple[int, int, str] | None:
    """(first, last 0-based line, the statement) of the numbered items the statement at line ``at`` closes: the items
    numbered alike above it, back to their group's heading; None unless a heading, a higher number or the end
    comes after it (else it is one item's line)."""
    level = None
    first = None
    for j in range(at - 1, -1, -1):
        line = compacts[j]
        if not line:
            continue
        if j in headings:
            break
        number = number_level(line, 0)
        if number is None:
            continue  # an item's own further line
        if level is None:
            level = number
        if number < level:
            break  # the group's heading
        if number == level:
            first = j
    if first is None or level is None:
        return None
    for j in range(at + 1, len(compacts)):
        line = compacts[j]
        if not line:
            continue
        after = number_level(line, 0)
        if j not in headings and (after is None or after >= level):
            return None  # the list goes on: the statement is no group's
        break
    return first, at, compacts[at]

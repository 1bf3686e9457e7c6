"""A deadline stated once for a group of tasks, not task by task (round 32): after the group's items
(``上述工作于2025年11月底前完成。``, ``（此项工作于2025年4月底前完成）``, ``以上任务均需于…完成。``, a bracket or a
``完成时限：`` line alone) or in a bracket closing the group's heading (``（三）建立长效管理机制（2025年12月底前完成）``).
Each task of the group that states no deadline of its own has it (``tasks.finalize``); a task's own deadline wins,
then the statement after its list, then its headings' brackets, the nearest first.

A statement after items counts only where the group ends with it (a heading, a higher number or the end comes
next) and does not follow a label line (``责任单位：A`` / ``完成时限：…``: the last item's own fields), so that a
task's own deadline line stays the task's; one that names a unit or a role (``以上工作由A负责，B配合，…``) is a
group assignment, read by the outline's rules (``tasklist``), not here.

Looked for only from a task that states no deadline, over the lines of its own group (a plan whose tasks all state
theirs pays nothing): ``GroupDeadlines`` is called with the task's line.

>>> source = Source.from_text("\\n".join(["（一）摸底调查", "1.开展普查。（责任单位：甲局）", "2.征求意愿。（责任单位：乙局）",
...     "上述工作于2025年4月底前完成。", "（二）建立机制（2025年12月底前完成）", "3.成立业委会。（牵头单位：丙局）", "（三）宣传"]))
>>> of_line = GroupDeadlines(source, 2025, None)
>>> of_line(2).date, of_line(3).date, of_line(6).date, of_line(7)
('2025-04', '2025-04', '2025-12', None)
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.loaders.deadlines import text_deadline
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import number_level
from reformgraph.loaders.vocab import LABEL
from reformgraph.records import Deadline
from reformgraph.regexcache import compiled

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
_REACH = 400  # lines: how far from a task its group's statement or heading is looked for
__all__ = ["GroupDeadlines"]


class GroupDeadlines:
    """The deadline stated once for the group of the task at a line (1-based), or None; called per task that states
    none, each statement read once."""

    def __init__(self, source: Source, plan_year: int | None, document_date: str | None) -> None:
        self._compacts, self._headings = source.compacts, source.headings
        self._plan_year, self._document_date = plan_year, document_date
        self._read: dict[int, Deadline | None] = {}  # a statement's or heading's line → its deadline

    def __call__(self, line: int) -> Deadline | None:
        compacts, headings = self._compacts, self._headings
        item = _item_start(compacts, headings, line - 1)
        if item is None:
            return None
        start, level = item
        after = _statement_after(compacts, headings, start, level)
        if after is not None and (found := self._deadline(after, compacts[after])) is not None:
            return found
        for at, words in _heading_brackets(compacts, headings, start, level):
            if (found := self._deadline(at, words)) is not None:
                return found
        return None

    def _deadline(self, at: int, statement: str) -> Deadline | None:
        if at not in self._read:
            found = text_deadline(statement, plan_year=self._plan_year, document_date=self._document_date)
            self._read[at] = found if found.raw is not None else None
        return self._read[at]


def _item_start(compacts: Sequence[str], headings: frozenset[int], at: int) -> tuple[int, int] | None:
    """(0-based line, level) of the numbered item line ``at`` belongs to: itself or the nearest numbered line above."""
    for j in range(at, max(-1, at - _REACH), -1):
        line = compacts[j]
        if not line:
            continue
        if j in headings:
            return None
        level = number_level(line, 0)
        if level is not None:
            return j, level
    return None


def _statement_after(compacts: Sequence[str], headings: frozenset[int], start: int, level: int) -> int | None:
    """The line of the statement that closes the list the item at ``start`` (numbered at ``level``) is in, when a
    heading, a higher number or the end comes after it; None when the list ends with none."""
    end = min(len(compacts), start + _REACH)
    for j in range(start + 1, end):
        line = compacts[j]
        if not line:
            continue
        if j in headings:
            return None
        number = number_level(line, 0)
        if number is not None:
            if number < level:
                return None  # the group ends with no statement
            continue
        if _AFTER_ITEMS.fullmatch(line) is None or _ROLE_WORDS.search(line) is not None:
            continue  # an item's own further line
        before = next((compacts[k] for k in range(j - 1, start - 1, -1) if compacts[k]), "")
        if LABEL.match(before) is not None:
            return None  # 完成时限：… after 责任单位：…: the last item's own field
        nxt = next((k for k in range(j + 1, len(compacts)) if compacts[k]), None)
        if nxt is None or nxt in headings:
            return j
        after = number_level(compacts[nxt], 0)
        return j if after is not None and after < level else None  # else the list goes on: no group's
    return None


def _heading_brackets(compacts: Sequence[str], headings: frozenset[int], start: int, level: int):
    """(0-based line, the bracket's words) of each heading above the item at ``start`` closed by a bracket that holds
    a deadline alone (``（三）建立长效管理机制（2025年12月底前完成）``), the nearest first."""
    for j in range(start - 1, max(-1, start - _REACH), -1):
        line = compacts[j]
        if not line:
            continue
        if j in headings:
            return
        number = number_level(line, 0)
        if number is None or number >= level:
            continue
        level = number
        if line[-1] in "）)。" and (m := _HEADING_BRACKET.fullmatch(line)) and _ROLE_WORDS.search(m.group(2)) is None:
            yield j, m.group(2)
        if level <= 1:
            return

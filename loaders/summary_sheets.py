"""A workbook's 汇总 sheet read beside its other sheets: which of its rows repeat a task another sheet holds.

A 汇总 (summary) sheet either counts over the other sheets (街道 | 任务总数: no tasks of its own) or lists every task,
some of them also on a 领域 sheet, word for word or reworded. Its rows that repeat another sheet's task are blanked, so
that each task is read once (rounds 38, 59, 60).

A row is reworded (``rewords``) when its other cells (units, deadline) match and three quarters of the shorter task's
characters are in the longer's. Comparing each summary row with every other row is quadratic (session 44 measured
25.9 s for 2,000 rows a side), so the other sheets' rows are indexed once (``HeldTasks``): each row's characters as a
set of marks (a character's second occurrence a mark of its own, so that a set intersection counts shared characters
as ``Counter`` ``&`` does), and a similarity join's prefix filter finds the candidates. If the shorter of two rows
shares three quarters of its characters with the longer, any ``n - ⌈3n/4⌉ + 1`` of its ``n`` marks include one of the
longer's; so a row is compared only with rows holding one of its rarest marks (rows as long at least) or rows whose
rarest marks it holds (shorter rows). Each candidate is checked by ``rewords`` itself, so the answer is the pairwise
rule's. A file built so that every row shares its rarest marks with every other (no real plan: hostile) is looked at
for ``REWORD_WORK`` steps a sheet at most; the rows left are compared word for word only, and a warning says how many.

>>> held = held_tasks([[["1", "完成农村生活污水治理行政村20个。", "县生态环境局", "2026年12月底前"]]])
>>> rows = [["序号", "任务", "牵头单位", "完成时限"], ["1", "完成20个行政村的农村生活污水治理。", "县生态环境局", "2026年12月底前"],
...         ["2", "开展村庄清洁行动。", "县农业农村局", "2026年12月底前"]]
>>> reading = unheld_rows(rows, held)
>>> reading.rows[1:], reading.unchecked
([[None, None, None, None], ['2', '开展村庄清洁行动。', '县农业农村局', '2026年12月底前']], 0)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from reformgraph.loaders.unit_lists import LIST_MARK
from reformgraph.loaders.unit_names import is_collective, is_unit_name

TASK_TEXT = 6  # characters: a row's task words as long as this at least are its task's, not a unit or a date
_REWORDED_SHARE = 0.75  # of the shorter words' characters, in the other's: a task reworded (round 60)
REWORD_WORK = 1_000_000  # index entries looked at for one summary sheet's reworded rows, at most (about a second)
_MARK_REPEAT = 1 << 21  # above every code point: a character's k-th repeat is its code point + k × this


class TaskRow(NamedTuple):
    """A row of a task table as a summary sheet's rows are compared with it: its task words (``task_row``), its other
    cells (units, deadline …), whitespace removed, and its words' marks (``marks``)."""

    words: str
    cells: frozenset[str]
    marks: frozenset[int]


def marks(words: str) -> frozenset[int]:
    """The characters of ``words`` as a set, each repeat of a character a mark of its own, so that two sets'
    intersection is as large as the characters two texts share (their ``Counter``\\ s' ``&``).

    >>> len(marks("改革改革") & marks("深化改革"))
    2
    """
    seen: dict[str, int] = {}
    out = []
    for c in words:
        k = seen.get(c, 0)
        seen[c] = k + 1
        out.append(ord(c) + k * _MARK_REPEAT)
    return frozenset(out)


def task_row(row: Sequence[str | None]) -> TaskRow:
    """A row's task words, its longest cell that is no list of units' names (round 60: a short task's longest cell
    may be its partners, which another task's row names too), and its other cells but its number (序号), whitespace
    removed.

    >>> row = task_row(["3", "开展村庄清洁行动。", "县农业农村局", "县卫生健康局、各乡镇人民政府", "持续推进"])
    >>> row.words, sorted(row.cells)
    ('开展村庄清洁行动。', ['县农业农村局', '县卫生健康局、各乡镇人民政府', '持续推进'])
    """
    cells = ["".join(c.split()) for c in row if c]
    words = max((c for c in cells if not _names_units(c)), key=len, default="")
    return TaskRow(words, frozenset(c for c in cells if c != words and not c.isdigit()), marks(words))


def _names_units(cell: str) -> bool:
    """Whether a cell is a list of units' names (``县卫生健康局、各乡镇人民政府``)."""
    return all(is_unit_name(name) or is_collective(name) for name in LIST_MARK.split(cell) if name)


def rewords(row: TaskRow, other: TaskRow) -> bool:
    """Whether ``row`` names ``other``'s task in words of its own (a 领域 sheet's ``实施高标准农田建设2.5万亩（含高效节水
    灌溉）`` for the 汇总's ``新建高标准农田2.5万亩，同步发展高效节水灌溉``): the same other cells (units, deadline: the
    fewer's, two at least, all among the other's, which may add its 领域) and three quarters of the shorter words'
    characters in the longer's.

    >>> units = ["县生态环境局", "各乡镇人民政府", "2026年12月底前"]
    >>> rewords(task_row(["完成农村生活污水治理行政村20个。", *units]), task_row(["完成20个行政村的农村生活污水治理。", *units]))
    True
    >>> rewords(task_row(["开展村庄清洁行动。", *units]), task_row(["推进农村户厕改造1200户。", *units]))
    False
    """
    fewer, more = sorted((row.cells, other.cells), key=len)
    if len(fewer) < 2 or not fewer <= more:
        return False
    return len(row.marks & other.marks) >= _REWORDED_SHARE * min(len(row.words), len(other.words))


def _opening(n: int) -> int:
    """How many of a text's ``n`` marks, any of them, must include one the other text holds when the two are
    reworded (this text the shorter): all but those that may be missing, ``n - ⌈¾n⌉``, and one.

    >>> _opening(20), _opening(6)
    (6, 2)
    """
    return n - -(-3 * n // 4) + 1


class HeldTasks(NamedTuple):
    """The task rows of a workbook's other sheets, indexed for a summary sheet's rows (``held_tasks``)."""

    rows: tuple[TaskRow, ...]
    words: frozenset[str]
    holding: dict[int, list[int]]  # a mark: the rows holding it
    opening: dict[int, list[int]]  # a mark: the rows holding it among their rarest (``_opening`` of them)
    rarity: Counter[int]  # a mark: how many rows hold it


def held_tasks(sheets: Sequence[Sequence[Sequence[str | None]]]) -> HeldTasks:
    """The rows (``task_row``) of every row of ``sheets`` that holds a task's words (``TASK_TEXT`` characters at least),
    indexed by their marks.

    >>> held = held_tasks([[["1", "建设城东快速路", "市交通局"], ["2", "区", "市住建局"]]])
    >>> [r.words for r in held.rows], sorted(held.words)
    (['建设城东快速路'], ['建设城东快速路'])
    """
    rows = tuple(r for rows in sheets for row in rows if len((r := task_row(row)).words) >= TASK_TEXT)
    rarity: Counter[int] = Counter()
    holding: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        rarity.update(row.marks)
        for mark in row.marks:
            holding.setdefault(mark, []).append(i)
    opening: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        for mark in _rarest(row, rarity):
            opening.setdefault(mark, []).append(i)
    return HeldTasks(rows, frozenset(r.words for r in rows), holding, opening, rarity)


def _rarest(row: TaskRow, rarity: Counter[int]) -> list[int]:
    """``row``'s ``_opening`` rarest marks (fewest rows holding them first; ties by the mark)."""
    return sorted(row.marks, key=lambda mark: (rarity[mark], mark))[: _opening(len(row.words))]


def _reworded(this: TaskRow, held: HeldTasks, work: int) -> tuple[bool | None, int]:
    """Whether a held row is reworded by ``this`` (``rewords``), its candidates found by the index, and how many index
    entries that took; None when it took more than ``work`` before an answer."""
    n = len(this.words)
    rows = held.rows
    seen: set[int] = set()
    done = 0
    for marks_of, postings, longer in (
        (_rarest(this, held.rarity), held.holding, True),  # rows as long: this row's rarest mark is theirs
        (this.marks, held.opening, False),  # shorter rows: their rarest mark is this row's
    ):
        for mark in marks_of:
            if done > work:
                return None, done
            for i in postings.get(mark, ()):
                done += 1
                if i not in seen and (len(rows[i].words) >= n) == longer:
                    seen.add(i)
                    if rewords(this, rows[i]):
                        return True, done
    return False, done


class SummaryRows(NamedTuple):
    """A summary sheet's rows as read (``unheld_rows``), and how many of them were compared word for word only."""

    rows: list[list[str | None]]
    unchecked: int
    first_unchecked: int  # the first such row's number (1-based), 0 for none


def unheld_rows(rows: list[list[str | None]], held: HeldTasks, work: int | None = None) -> SummaryRows:
    """A summary sheet's rows as read beside the workbook's other sheets (their task rows ``held``): when it repeats
    a task of theirs it lists every task, and the rows of the tasks no other sheet holds are read (the repeated ones
    blank, so that each row keeps its number); a sheet repeating none (counts over the others: 街道 | 任务总数) is left
    out (round 38). A task is repeated word for word, or reworded (``rewords``: round 60), looked for in ``work`` index
    entries at most (``REWORD_WORK``); the rows past them are compared word for word only (``unchecked``).

    >>> rows = [["序号", "任务", "牵头单位"], ["1", "建设城东快速路", "市交通局"], ["2", "改造雨污管网60公里", "市住建局"]]
    >>> unheld_rows(rows, held_tasks([[["1", "建设城东快速路", "市交通局"]]])).rows
    [['序号', '任务', '牵头单位'], [None, None, None], ['2', '改造雨污管网60公里', '市住建局']]
    >>> unheld_rows([["街道", "任务总数"], ["东湖街道", "12"]], held_tasks([[["1", "建设城东快速路", "市交通局"]]])).rows
    []
    """
    work = REWORD_WORK if work is None else work
    repeated = []
    unchecked = first_unchecked = 0
    for number, row in enumerate(rows, start=1):
        this = task_row(row)
        again: bool | None = len(this.words) >= TASK_TEXT and this.words in held.words
        if not again and len(this.words) >= TASK_TEXT:
            again, done = _reworded(this, held, work) if work > 0 else (None, 0)
            work -= done
            if again is None:
                unchecked += 1
                first_unchecked = first_unchecked or number
        repeated.append(bool(again))
    if not any(repeated):
        return SummaryRows([], unchecked, first_unchecked)
    return SummaryRows(
        [[None] * len(row) if again else row for again, row in zip(repeated, rows)], unchecked, first_unchecked
    )

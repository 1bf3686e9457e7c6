r"""Tasks given their units by number (round 40): a 职责分工 section after the numbered tasks, ``第1-3项任务由A牵头，
B配合；第4项任务由C负责`` or ``任务1、2、5由A牵头，B配合``, over items that name no unit of their own.

Before, the items were no tasks (they name no unit) and the statement was one task of its own, every unit of it
leading or supporting the section's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from reformgraph.regexcache import compiled

_NUMBERS = r"\d{1,2}(?:\s*(?:[-—－–～~至到、，,和及]|以及)\s*第?\s*\d{1,2})*"
_ITEMS = r"(?:重点)?(?:任务|工作|措施|内容|事项)"
# a clause citing tasks by number before 由 and its units: 第1-3项任务由, 第4项由, 1-3项工作均由, 任务1、2、5由; never a
# count (新增2项由省财政补助: no 第, no 任务 after 项)
CITING = compiled(
    r"(?:第\s*("
    + _NUMBERS
    + r")\s*项"
    + _ITEMS
    + r"?|("
    + _NUMBERS
    + r")\s*项"
    + _ITEMS
    + r"|(?:任务|事项)("
    + _NUMBERS
    + r"))(?:均|分别)?由"
)
_NUMBER_OR_RANGE = compiled(r"\d{1,2}|[-—－–～~至到]")
# an item's own Arabic number where its paragraph opens: 1. 1、 1． (level 3) or （1） (level 4)
_ITEM_NUMBER = compiled(r"(\d{1,3})[.．、](?!\d)|[（(](\d{1,3})[)）]")
_CLAUSE_END = "；;。"


def cited_numbers(written: str) -> list[int]:
    """The task numbers a citation writes: ranges (``1-3``, ``1至3``) and lists (``1、2、5``).

    >>> cited_numbers("1-3"), cited_numbers("1、2、5"), cited_numbers("5、6"), cited_numbers("2至4、7")
    ([1, 2, 3], [1, 2, 5], [5, 6], [2, 3, 4, 7])
    """
    out: list[int] = []
    ranged = False
    for token in _NUMBER_OR_RANGE.findall(written):
        if not token.isdigit():
            ranged = bool(out)
            continue
        n = int(token)
        if ranged and out[-1] < n <= out[-1] + 50:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
        ranged = False
    return out


def citations(text: str, start: int, end: int) -> list[tuple[list[int], int, int]]:
    """(numbers, start, end) of each clause of ``text[start:end]`` that gives tasks cited by number their units: the
    units' words run from after ``由`` to the next citation or the clause's end.

    >>> t = "第1-3项任务由甲局牵头，乙局配合；第4项由丙局负责；任务5、6由丁局负责。新增2项由省财政补助。"
    >>> [(n, t[a:b]) for n, a, b in citations(t, 0, len(t))]
    [([1, 2, 3], '甲局牵头，乙局配合'), ([4], '丙局负责'), ([5, 6], '丁局负责')]
    """
    found = list(CITING.finditer(text, start, end))
    out = []
    for n, m in enumerate(found):
        stop = found[n + 1].start() if n + 1 < len(found) else end
        full_stop = text.find("。", m.end(), stop)  # a sentence's end closes the clause
        words = text[m.end() : stop if full_stop == -1 else full_stop].rstrip(_CLAUSE_END)
        out.append((cited_numbers(m.group(1) or m.group(2) or m.group(3)), m.end(), m.end() + len(words)))
    return out


def numbered_items(text: str, marks: Sequence[int], before: int) -> dict[int, dict[int, int]]:
    """The nearest numbered list before paragraph ``before``, at each level (3: ``1.``, 4: ``（1）``): number →
    paragraph index, the latest paragraph of each number, back to the list's item 1.

    >>> t = "1.甲。2.乙。（1）丙。3.丁。职责。"
    >>> numbered_items(t, [0, 4, 8, 13, 17], 4)
    {3: {3: 3, 2: 1, 1: 0}, 4: {1: 2}}
    """
    found: dict[int, dict[int, int]] = {3: {}, 4: {}}
    closed: set[int] = set()
    for j in range(before - 1, -1, -1):
        m = _ITEM_NUMBER.match(text, marks[j], marks[j] + 6)
        if m is None:
            continue
        level = 3 if m.group(1) else 4
        if level in closed:
            continue
        n = int(m.group(1) or m.group(2))
        found[level].setdefault(n, j)
        if n == 1:
            closed.add(level)
            if len(closed) == 2:
                break
    return found


def cited_items(text: str, marks: Sequence[int], k: int, numbers: Sequence[int]) -> list[int] | None:
    """The paragraphs of the tasks ``numbers`` cites from paragraph ``k``: items of the nearest list before it, all of
    one level; None when one of them is not there.

    >>> cited_items("1.甲。2.乙。职责。", [0, 4, 8], 2, [1, 2]), cited_items("1.甲。职责。", [0, 4], 1, [1, 2])
    ([0, 1], None)
    """
    lists = numbered_items(text, marks, k)
    for level in (3, 4):
        items = lists[level]
        if numbers and all(n in items for n in numbers):
            return [items[n] for n in numbers]
    return None

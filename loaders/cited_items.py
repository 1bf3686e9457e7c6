r"""Tasks given their units by number (round 40): a 职责分工 section after the numbered tasks, ``第1-3项任务由A牵头，
B配合；第4项任务由C负责`` or ``任务1、2、5由A牵头，B配合``, over items that name no unit of their own.

Before, the items were no tasks (they name no unit) and the statement was one task of its own, every unit of it
leading or supporting the section's words.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reformgraph.loaders.date_words import _cn_number
from reformgraph.regexcache import compiled

_NUMBER = r"[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?"  # 1, （1）, 一, （一）
_JOINS = r"\s*(?:[-—－–～~至到、，,和及]|以及)\s*第?\s*"
_NUMBERS = _NUMBER + r"(?:" + _JOINS + _NUMBER + r")*"
_ARABIC_LIST = r"\d{1,2}(?:" + _JOINS + r"\d{1,2})+"  # two or more: 1-3, 1、2
_ITEMS = r"(?:重点)?(?:任务|工作|措施|内容|事项)"
# a clause citing tasks by number before 由 and its units: 第1-3项任务由, 第4项由, 第（一）至（三）项由, 1-3项工作均由,
# 任务1、2、5由; a count (no 第, one number) only with its 任务 word (新增2项由省财政补助 is none), where a clause opens,
# and then only of a whole list of that many items (``count_citations``: 上述3项任务由, 前3项工作由, round 40)
_COUNT = r"(?:以上|上述|前述|(前))?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*项" + _ITEMS
CITING = compiled(
    r"(?:第\s*("
    + _NUMBERS
    + r")\s*项"
    + _ITEMS
    + r"?|("
    + _ARABIC_LIST
    + r")\s*项"
    + _ITEMS
    + r"|(?:任务|事项)("
    + _NUMBERS
    + r")|"
    + _COUNT
    + r")(?:均|分别)?由"
)
_CLAUSE_OPENS = frozenset("。；;：:\n")
# the closing clause of a statement citing tasks by number that gives the rest of the list its units: 其他工作由C负责,
# 其余任务由C牵头 (round 41)
REST_CITED = compiled(r"其[他它余](?:各项)?(?:工作|任务|事项|措施)(?:均|统一)?由")
_NUMBER_OR_RANGE = compiled(r"\d{1,2}|[一二三四五六七八九十]{1,3}|[-—－–～~至到]")
# an item's own number where its paragraph opens: （一） (level 2), 1. 1、 1． (level 3), （1） (level 4)
_ITEM_NUMBER = compiled(r"[（(]([一二三四五六七八九十]{1,3})[)）]|(\d{1,3})[.．、](?!\d)|[（(](\d{1,3})[)）]")
_CLAUSE_END = "；;。"
_RANGE_MARKS = frozenset("-—－–～~至到")


def _levels(written: str) -> tuple[int, ...]:
    """The levels of items a citation's numbers may name, most likely first: Chinese numerals name （一） items,
    bracketed ones （1） items, others 1. items (or （1） ones).

    >>> _levels("一、二"), _levels("（1）—（3）"), _levels("1-3")
    ((2,), (4, 3), (3, 4))
    """
    if not any(c.isdigit() for c in written):
        return (2,)
    return (4, 3) if "（" in written or "(" in written else (3, 4)


def cited_numbers(written: str) -> list[int]:
    """The task numbers a citation writes: ranges (``1-3``, ``1至3``) and lists (``1、2、5``), in Arabic or Chinese
    numerals.

    >>> cited_numbers("1-3"), cited_numbers("1、2、5"), cited_numbers("2至4、7"), cited_numbers("（一）至（三）")
    ([1, 2, 3], [1, 2, 5], [2, 3, 4, 7], [1, 2, 3])
    """
    out: list[int] = []
    ranged = False
    for token in _NUMBER_OR_RANGE.findall(written):
        if token in _RANGE_MARKS:
            ranged = bool(out)
            continue
        n = int(token) if token.isdigit() else _cn_number(token)
        if ranged and out[-1] < n <= out[-1] + 50:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
        ranged = False
    return out


def citations(text: str, start: int, end: int) -> list[tuple[list[int], tuple[int, ...], int, int]]:
    """(numbers, their items' levels (``_levels``), start, end) of each clause of ``text[start:end]`` that gives tasks cited by number their units: the
    units' words run from after ``由`` to the next citation or the clause's end.

    >>> t = "第1-3项任务由甲局牵头，乙局配合；第4项由丙局负责；任务5、6由丁局负责；3项由戊局负责。"
    >>> [(n, t[a:b]) for n, _, a, b in citations(t, 0, len(t))]
    [([1, 2, 3], '甲局牵头，乙局配合'), ([4], '丙局负责'), ([5, 6], '丁局负责')]
    """
    found = [m for m in CITING.finditer(text, start, end) if m.group(5) is None or _opens_clause(text, start, m)]
    out = []
    for n, m in enumerate(found):
        stop = found[n + 1].start() if n + 1 < len(found) else end
        words = text[m.end() : stop]
        words = words[: min((at for c in _CLAUSE_END if (at := words.find(c)) != -1), default=len(words))]
        if "其" in words and (rest := REST_CITED.search(words)) is not None:
            words = words[: rest.start()].rstrip("，,")  # 第6项由B负责，其他工作由C负责: B's words end at 其他
        written = m.group(1) or m.group(2) or m.group(3)
        if written is None:  # a count: items 1 to N of a list (of N items unless 前N项)
            count = m.group(5)
            numbers = list(range(1, (int(count) if count.isdigit() else _cn_number(count)) + 1))
            levels = _COUNT_LEVELS if m.group(4) else _WHOLE_LIST
        else:
            numbers, levels = cited_numbers(written), _levels(written)
        out.append((numbers, levels, m.end(), m.end() + len(words)))
    return out


_COUNT_LEVELS = (2, 3, 4)
_WHOLE_LIST = (-2, -3, -4)  # negative: the list must hold no item after the last one cited


def rest_citation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the units' words of the clause of ``text[start:end]`` that gives every item its citations
    leave out their units (``其他工作由区文体旅局负责``), or None.

    >>> t = "第5项由甲局负责，其他工作由乙局负责。"
    >>> a, b = rest_citation(t, 0, len(t)); t[a:b]
    '乙局负责'
    """
    found = REST_CITED.search(text, start, end)
    if found is None:
        return None
    stop = min((at for c in _CLAUSE_END if (at := text.find(c, found.end(), end)) != -1), default=end)
    return found.end(), stop


def items_of_the_same_list(text: str, marks: Sequence[int], k: int, cited: Collection[int], items: Collection[int]):
    """The paragraphs of the numbered list (before paragraph ``k``) that holds every one of ``items``, but those.

    >>> items_of_the_same_list("1.甲。2.乙。3.丙。职责。", [0, 4, 8, 12], 3, {3}, [0])
    [1, 2]
    """
    for found in numbered_items(text, marks, k, cited).values():
        paragraphs = set(found.values())
        if items and paragraphs.issuperset(items):
            return sorted(paragraphs - set(items))
    return []


def _opens_clause(text: str, start: int, m) -> bool:
    """Whether a count citation (``3项任务由``) opens its clause: a paragraph's start or after 。；： (not
    ``其中2项由``).

    >>> t = "上述3项任务由甲局负责。其中2项任务由乙局负责。"
    >>> [_opens_clause(t, 0, m) for m in CITING.finditer(t)]
    [True, False]
    """
    return m.start() == start or text[m.start() - 1] in _CLAUSE_OPENS


def numbered_items(
    text: str, marks: Sequence[int], before: int, statements: Collection[int] = ()
) -> dict[int, dict[int, int]]:
    """The nearest numbered list before paragraph ``before``, at each level (2: ``（一）``, 3: ``1.``, 4: ``（1）``):
    number → paragraph index, the latest paragraph of each number, back to the list's item 1. The paragraphs
    ``statements`` (citing tasks, numbered themselves: ``1.第1-2项由A牵头`` / ``2.第3项由B负责``) are no items.

    >>> t = "1.甲。2.乙。（1）丙。3.丁。职责。"
    >>> numbered_items(t, [0, 4, 8, 13, 17], 4)
    {2: {}, 3: {3: 3, 2: 1, 1: 0}, 4: {1: 2}}
    """
    found: dict[int, dict[int, int]] = {2: {}, 3: {}, 4: {}}
    closed: set[int] = set()
    for j in range(before - 1, -1, -1):
        m = _ITEM_NUMBER.match(text, marks[j], marks[j] + 6)
        if m is None or j in statements:
            continue
        level = m.lastindex + 1  # its group: 1 for （一）, 2 for 1., 3 for （1）
        if level in closed:
            continue
        written = m.group(m.lastindex)
        n = int(written) if level > 2 else _cn_number(written)
        found[level].setdefault(n, j)
        if n == 1:
            closed.add(level)
            if len(closed) == len(found):
                break
    return found


def cited_items(
    text: str,
    marks: Sequence[int],
    k: int,
    numbers: Sequence[int],
    levels: Sequence[int] = (3, 4),
    statements: Collection[int] = (),
) -> list[int] | None:
    """The paragraphs of the tasks ``numbers`` cites from paragraph ``k``: items of the nearest list before it, all of
    one of ``levels`` (tried in order); None when one of them is not there.

    >>> cited_items("1.甲。2.乙。职责。", [0, 4, 8], 2, [1, 2]), cited_items("1.甲。职责。", [0, 4], 1, [1, 2])
    ([0, 1], None)
    >>> cited_items("（一）甲。（二）乙。职责。", [0, 5, 10], 2, [1, 2], (2,))
    [0, 1]
    >>> cited_items("1.甲。2.乙。3.丙。职责。", [0, 4, 8, 12], 3, [1, 2], (-2, -3, -4))  # 2项任务 of three: none
    """
    lists = numbered_items(text, marks, k, statements)
    if levels and levels[0] < 0:  # a count: the nearest list holding exactly those items
        whole = [lists[-level] for level in levels if numbers and sorted(lists[-level]) == list(numbers)]
        if not whole:
            return None
        items = max(whole, key=lambda found: found[numbers[-1]])
        return [items[n] for n in numbers]
    for level in levels:
        items = lists[level]
        if numbers and all(n in items for n in numbers):
            return [items[n] for n in numbers]
    return None


_ROW_NUMBER = compiled(r"\d{1,2}[.．、]?")
# a clause of a note under a table citing its rows (第1—3项由, 1—3项由, 序号1、2由, 3项由): a number there is a row's
_NOTE_CITING = compiled(r"(?<=[：:；;。])(?:第|序号)?\s*(" + _NUMBERS + r")\s*项?" + _ITEMS + r"?(?:均|分别)?由")
# a note giving every row of the table above its units: 以上任务由A牵头，B配合 / 上述各项工作均由A负责
_EVERY_ROW = compiled(r"^\S{0,4}?[：:](?:以上|上述|表中)(?:各项|所有)?" + _ITEMS + r"(?:均|统一)?由([^。；;]+)")


def rows_given_units_by_note(rows: Sequence[Sequence[str]], note: str) -> list[list[str]] | None:
    """A table without a unit column (``序号 | 任务名称 | 主要内容 | 完成时限``) and the note under it that gives its
    rows their units by number (``注：第1—3项由A牵头，B配合；第4项由C牵头``): the rows with a 责任单位 column holding
    each cited row's units (round 40; before, the rows were a data table's and the note one task). None when the
    note cites no row of the table.

    >>> rows = [["序号", "任务名称", "完成时限"], ["1", "建基站", "2023年底"], ["2", "建园区", "2022年底"]]
    >>> rows_given_units_by_note(rows, "注：第1项由甲局牵头，乙局配合；第2项由丙局牵头。")
    [['序号', '任务名称', '完成时限', '责任单位'], ['1', '建基站', '2023年底', '甲局牵头，乙局配合'], ['2', '建园区', '2022年底', '丙局牵头']]
    >>> rows_given_units_by_note(rows, "注：1项由甲局牵头；序号2由丙局牵头。")[1:]
    [['1', '建基站', '2023年底', '甲局牵头'], ['2', '建园区', '2022年底', '丙局牵头']]
    >>> rows_given_units_by_note(rows, "注：以上任务由甲局牵头。")[2]
    ['2', '建园区', '2022年底', '甲局牵头']
    """
    if not rows or rows[0][0] != "序号":
        return None
    words: dict[int, str] = {}
    found = list(_NOTE_CITING.finditer(note))
    for n, m in enumerate(found):
        stop = found[n + 1].start() if n + 1 < len(found) else len(note)
        cut = min((at for c in _CLAUSE_END if (at := note.find(c, m.end(), stop)) != -1), default=stop)
        for number in cited_numbers(m.group(1)):
            words.setdefault(number, note[m.end() : cut])
    every = _EVERY_ROW.search(note) if not words else None
    if every is not None:  # 注：以上任务由A牵头，B配合: every row
        words = {n: every.group(1) for n in range(1, 100)}
    out = [[*rows[0], "责任单位"]]
    cited = 0
    for row in rows[1:]:
        number = row[0].strip() if row else ""
        given = words.get(int(number.rstrip(".．、"))) if _ROW_NUMBER.fullmatch(number) else None
        cited += given is not None
        out.append([*row, given or ""])
    return out if cited else None


# the words that close an item's title: （一）老旧小区改造。全年完成… / 1.老旧小区改造：… (round 40)
_TITLE_ENDS = "。：:；;，,"
_NAMED_TAIL = compiled(r"(?:等)?(?:工作|任务|项目)?(?:均|分别)?$")
_NAME_PARTS = compiled(r"和|及|与")


def _item_titles(text: str, marks: Sequence[int], ends: Sequence[int], k: int) -> dict[str, int]:
    """The title of each item of the nearest numbered lists before paragraph ``k`` (its words up to the first
    ``。`` or ``：``, or the whole paragraph) → its paragraph.

    >>> t = "（一）老旧小区改造。完成15个。（二）背街小巷整治：整治40条。职责。"
    >>> _item_titles(t, [0, 16, 33], [16, 33, len(t)], 2)
    {'老旧小区改造': 0, '背街小巷整治': 1}
    """
    titles: dict[str, int] = {}
    for items in numbered_items(text, marks, k).values():
        for j in sorted(items.values()):
            m = _ITEM_NUMBER.match(text, marks[j], marks[j] + 6)
            start = m.end() if m else marks[j]
            stop = min((at for c in _TITLE_ENDS if (at := text.find(c, start, ends[j])) != -1), default=ends[j])
            if 2 <= stop - start <= 30:
                titles.setdefault(text[start:stop], j)
    return titles


def named_citations(text: str, marks: Sequence[int], ends: Sequence[int], k: int) -> list[tuple[list[int], int, int]]:
    """(the items' paragraphs, start, end of the units' words) of each clause of paragraph ``k`` that gives tasks
    cited by their titles their units (``老旧小区改造、城中村改造由A牵头，B配合；背街小巷整治由C负责``): every name
    before ``由`` is the title of an item before it (round 40; before, the items named no unit and the statement
    was one task).

    >>> t = "（一）老旧小区改造。完成15个。（二）城中村改造。稳步推进。老旧小区改造、城中村改造由甲局牵头；其他由乙局负责。"
    >>> [(j, t[a:b]) for j, a, b in named_citations(t, [0, 16, 30], [16, 30, len(t)], 2)]
    [([0, 1], '甲局牵头')]
    """
    out: list[tuple[list[int], int, int]] = []
    titles: dict[str, int] | None = None
    m = _ITEM_NUMBER.match(text, marks[k], marks[k] + 6)
    start = m.end() if m else marks[k]
    while start < ends[k]:
        stop = min((at for c in _CLAUSE_END if (at := text.find(c, start, ends[k])) != -1), default=ends[k])
        by = text.find("由", start, stop)
        subject = text[start:by] if by != -1 else ""
        if 2 <= len(subject) <= 60 and "，" not in subject and "," not in subject:
            if titles is None:
                titles = _item_titles(text, marks, ends, k)
            items = _titled(_NAMED_TAIL.sub("", subject), titles)
            if items:
                out.append((items, by + 1, stop))
        start = stop + 1
    return out


def _titled(subject: str, titles: dict[str, int]) -> list[int] | None:
    """The paragraphs of the items ``subject`` names, split on ``、`` (and on 和/及/与 where a part is no title);
    None unless every name is one.

    >>> _titled("甲改造和乙整治、丙建设", {"甲改造": 0, "乙整治": 1, "丙建设": 2}), _titled("甲改造、丁", {"甲改造": 0})
    ([0, 1, 2], None)
    """
    out: list[int] = []
    for part in subject.split("、"):
        if part in titles:
            out.append(titles[part])
            continue
        pieces = _NAME_PARTS.split(part)
        if len(pieces) < 2 or not all(p in titles for p in pieces):
            return None
        out.extend(titles[p] for p in pieces)
    return out

"""What a plan states once for a group of tasks, not task by task: a deadline (round 32) or the group's leaders
(round 33).

A deadline: after the group's items
(``上述工作于2025年11月底前完成。``, ``（此项工作于2025年4月底前完成）``, ``以上任务均需于…完成。``, a bracket or a
``完成时限：`` line alone) or in a bracket closing the group's heading (``（三）建立长效管理机制（2025年12月底前完成）``).
Each task of the group that states no deadline of its own has it (``tasks.finalize``); a task's own deadline wins,
then the statement after its list, then its headings' brackets, the nearest first.

A statement after items counts only where the group ends with it (a heading, a higher number or the end comes
next) and does not follow a labelled line (``责任单位：A`` / ``完成时限：…``, any label: the last item's own fields), so that a
task's own deadline line stays the task's; one that names a unit or a role (``以上工作由A负责，B配合，…``) is a
group assignment, read by the outline's rules (``tasklist``), not here.

Looked for only from a task that states no deadline, over the lines of its own group (a plan whose tasks all state
theirs pays nothing): ``GroupStatements.deadline`` is called with the task's line.

The group's leaders: person lines (``牵头领导：王某某（副县长）``, ``分管领导：…``, a label of ``vocab.PERSON_LABELS``)
between a group's heading and its first item are each task's of the group that names no person of its own
(``GroupStatements.people``: before, no contact).

>>> source = Source.from_text("\\n".join(["（一）摸底调查", "1.开展普查。（责任单位：甲局）", "2.征求意愿。（责任单位：乙局）",
...     "上述工作于2025年4月底前完成。", "（二）建立机制（2025年12月底前完成）", "3.成立业委会。（牵头单位：丙局）", "（三）宣传"]))
>>> group = GroupStatements(source, 2025, None)
>>> group.deadline(2).date, group.deadline(3).date, group.deadline(6).date, group.deadline(7)
('2025-04', '2025-04', '2025-12', None)
"""

from __future__ import annotations

from bisect import bisect_left

from reformgraph.loaders.deadlines import RANGE_DASH, parse_deadline
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import number_level
from reformgraph.loaders.text_deadlines import text_deadline
from reformgraph.loaders.vocab import PERSON_LABELS
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
_MONTH_RANGE_END = RANGE_DASH + r"\d{1,2}月(?:份|上旬|中旬|下旬|底|初|末)?前?"  # —5月 of 4—5月, 4月—5月底
# a line naming only a time, heading the items under it: 3月：, 1月—2月：, 4—5月 (round 36), （一）3月份, （二）第二季度, （三）6月底前 (a
# monthly or quarterly plan's schedule: round 34); its deadline is the period's end (parse_deadline)
_PERIOD = (
    r"(?:\d{4}年)?(?:第?[一二三四1-4]季度|[上下]半年|年底前?|年内|\d{1,2}(?:月(?:份|上旬|中旬|下旬|底|初|末)?前?"
    r"(?:" + _MONTH_RANGE_END + r")?|" + _MONTH_RANGE_END + r"))(?:前|以前)?"
)
_PERIOD_LINE = compiled(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?(" + _PERIOD + r")"
    r"(?:[（(]\d{1,2}(?:月份?)?" + RANGE_DASH + r"\d{1,2}月份?[）)])?[：:]?"  # 三、第三季度（7—9月） (round 35)
)
# a stage of a schedule with its time in brackets, numbered or not, the time before or after the stage's name
# (第一阶段：宣传发动（2025年3月—4月）, 第一阶段（2025年3月—4月）：宣传发动, 宣传发动阶段（3月—4月）: round 39)
_STAGE_LINE = compiled(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?"
    r"(?:第[一二三四五六七八九十]{1,2}阶段(?:[：:]?[\u4e00-\u9fff]{2,12})?|[\u4e00-\u9fff]{2,12}阶段)"
    r"(?:[（(]([^（()）:：]{2,30})[）)])?(?:[：:][\u4e00-\u9fff]{2,12})?[。：:]?"
    # round 72 fresh72: its time after a colon, 总结验收阶段：2026年12月, 动员部署阶段：2026年4月1日—15日
    r"|(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?"
    r"(?:第[一二三四五六七八九十]{1,2}阶段|[\u4e00-\u9fff]{2,12}阶段)[：:]((?:\d{4}年)?\d{1,2}月[^（()）:：。；;]{0,24})[。]?"
)
# round 77 fresh77: a year's heading in a plan of several years (a 三年行动计划's （一）2026年：夯实基础年, 二、2027年（提质增效年）),
# numbered, the year alone or with the year's name after a colon or in brackets: its tasks are the year's work
_YEAR_LINE = compiled(
    r"(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)(\d{4}年度?)"
    r"(?:[：:][\u4e00-\u9fff]{2,12}|[（(][\u4e00-\u9fff]{2,12}[）)])?"
)
# the line under a stage heading that gives its time (（一）动员部署阶段 / 时间：2025年3月1日至4月15日)
_STAGE_TIME_LINE = compiled(r"(?:时间|时间安排|时间节点|实施时间|完成时间)[：:]([^（()）:：]{2,40})")
# a statement with these words names who does the work: a group assignment, not a deadline alone
_ROLE_WORDS = compiled(r"牵头|负责|配合|单位|部门|主办|协办|参与|落实主体|责任人")
# a line of a labelled field, whatever its label (责任单位：A, 整改责任单位：A, 督办领导：…)
_FIELD_LINE = compiled(r"[\u4e00-\u9fff]{2,10}[:：]")
# a person line: 牵头领导：王某某（副县长）
_PERSON_OPENINGS = frozenset(label[:2] for label in PERSON_LABELS)
_PERSON_LINE = compiled(f"({'|'.join(sorted(PERSON_LABELS, key=len, reverse=True))})[:：](.{{2,40}})")
_ANSWERABLE = ("责任人", "负责人")  # person labels an item's own line may hold besides its leaders (…领导)
_REACH = 400  # lines: how far above a task's line its item's number is looked for
_VISITS_PER_LINE = 8  # the lines a plan's look-ups may visit, per line of the plan (a bound for hostile plans)
__all__ = ["GroupStatements"]


def _closes_bracket_of(before: str, line: str) -> bool:
    """True when ``line`` closes a bracket that ``before``, the line above, opened and left open: an item's
    parenthetical wrapped over two lines (``…（责任单位：甲局；`` / ``完成时限：2025年12月）``), no statement of its own
    (round 40: before, its deadline went to every item of the group).

    >>> _closes_bracket_of("3.推进园区建设。（责任单位：甲局；", "完成时限：2025年12月）"), _closes_bracket_of("（甲局）", "完成时限：6月）")
    (True, False)
    """
    if line[-1:] not in "）)" and line[-2:-1] not in "）)":
        return False
    opened = before.count("（") + before.count("(") - before.count("）") - before.count(")")
    return opened > 0 and line.count("（") + line.count("(") < line.count("）") + line.count(")")


class GroupStatements:
    """What is stated once for the group of the task at a line (1-based): its deadline, its leaders; asked per task
    that states none of its own. Linear in the plan: the items of one list share the walk to its end (the first item's finds every sibling)
    and each item's walk up stops at the sibling before it; a budget of line visits bounds the rest."""

    def __init__(self, source: Source, plan_year: int | None, document_date: str | None) -> None:
        self._compacts, self._headings = source.compacts, source.headings
        self._plan_year, self._document_date = plan_year, document_date
        self._read: dict[int, Deadline | None] = {}  # a statement's or heading's line → its deadline
        self._closing: dict[int, int | None] = {}  # an item's line → the line of the statement closing its list
        self._parent: dict[int, int | None] = {}  # an item's line → its heading's line
        self._period: dict[int, int | None] = {}  # an item's line → the line of the time heading over it
        self._period_read: dict[int, Deadline | None] = {}  # a time heading's line → its deadline
        self._leaders: dict[tuple[int, bool], tuple[tuple[str, str, int], ...]] = {}  # a run → its person lines
        self._person_lines: list[int] | None = None
        self._budget = _VISITS_PER_LINE * len(source.compacts) + _REACH

    def deadline(self, line: int) -> Deadline | None:
        """The deadline stated once for the group of the task at ``line``, or None."""
        item = self._item_start(line - 1)
        if item is None:
            return None
        start, level = item
        after = self._statement_after(start, level)
        if after is not None and (found := self._deadline(after, self._compacts[after])) is not None:
            return found
        period = self._period_above(start, level)
        if period is not None:
            return self._period_deadline(period)
        while (parent := self._parent_of(start, level)) is not None:
            if "阶段" in self._compacts[parent] and self._stage_between(parent, start):
                return None  # （四）…阶段：2026年12月 / 5.… / 第五阶段：总结提升 / 6.…: the fifth's, no time (round 73)
            start, level = parent, number_level(self._compacts[parent], 0) or 1
            if (found := self._period_deadline(start)) is not None:
                return found  # （一）3月份: a numbered time heading
            if (period := self._period_above(start, level)) is not None:
                return self._period_deadline(period)  # a sub-item's: its item's time heading
            m = _HEADING_BRACKET.fullmatch(self._compacts[start]) if self._compacts[start][-1] in "）)。" else None
            if m is not None and _ROLE_WORDS.search(m.group(2)) is None:
                if (found := self._deadline(start, m.group(2))) is not None:
                    return found
            if level <= 1:
                break
        return None

    def _stage_between(self, parent: int, start: int) -> bool:
        """Whether a stage heading with no number and no time (``第五阶段：总结提升``) stands between the stage heading
        at line ``parent`` and the item at ``start``: the stage above ends there, and its time is none of the item's
        (round 73 left43; before, the items under the fifth stage took the fourth's time).

        >>> lines = ["（四）总结验收阶段：2026年12月", "1.甲局负责验收。", "第五阶段：总结提升", "2.乙局负责总结。"]
        >>> group = GroupStatements(Source.from_text("\\n".join(lines)), 2026, None)
        >>> group._stage_between(0, 1), group._stage_between(0, 3), group.deadline(4)
        (False, True, None)
        """
        return any(
            "阶段" in (line := self._compacts[j])
            and number_level(line, 0) is None
            and _STAGE_LINE.fullmatch(line) is not None
            and self._period_time(j) is None
            for j in range(parent + 1, start)
        )

    def people(self, line: int) -> tuple[tuple[str, str, int], ...]:
        """(label, value, line) of each person line of the task at ``line``: its own, written under its item before
        the next item or heading (``1.深化改革。（甲局牵头）`` / ``牵头领导：王某某（副县长）``, round 34), else its
        group's, written between the group's heading and its first item; () when there is none.

        >>> source = Source.from_text("\\n".join(["（一）提质行动", "牵头领导：王某某（副县长）", "1.深化改革。（甲局牵头）",
        ...     "2.建设平台。（乙局负责）", "责任领导：李某某", "（二）宣传", "3.开展宣传。（丙局负责）"]))
        >>> group = GroupStatements(source, 2025, None)
        >>> group.people(3), group.people(4), group.people(7)
        ((('牵头领导', '王某某（副县长）', 2),), (('责任领导', '李某某', 5),), ())
        """
        if self._person_lines is None:  # once: the person lines (the lines opening as one does, then matched)
            compacts = self._compacts
            maybe = [j for j, c in enumerate(compacts) if c[:2] in _PERSON_OPENINGS]
            self._person_lines = [j for j in maybe if _PERSON_LINE.fullmatch(compacts[j])]
        persons, at = self._person_lines, line - 1
        k = bisect_left(persons, at)
        below = k < len(persons) and persons[k] - at <= _REACH
        above = k > 0 and at - persons[k - 1] <= _REACH
        if not (below or above):
            return ()  # most plans and most tasks: no person line within reach
        item = self._item_start(at)
        if item is None:
            return ()
        if below and (own := self._person_run(item[0] + 1, own=True)):
            return own
        parent = self._parent_of(*item) if above else None
        return () if parent is None else self._person_run(parent + 1, own=False)

    def _person_run(self, start: int, *, own: bool) -> tuple[tuple[str, str, int], ...]:
        """The person lines from ``start`` to the next numbered line or heading: an item's own (from the line after
        it: its leaders and 责任人 only; a 联系人 line there is the plan's or a unit's contact point) or its group's
        (from the line after the group's heading)."""
        key = (start, own)
        if key not in self._leaders:
            found = []
            for j, text in self._lines(start, len(self._compacts), 1):
                if j in self._headings or number_level(text, 0) is not None:
                    break
                m = _PERSON_LINE.fullmatch(text)
                if m is not None and (not own or "领导" in m.group(1) or m.group(1).endswith(_ANSWERABLE)):
                    found.append((m.group(1), m.group(2), j + 1))
            self._leaders[key] = tuple(found)
        return self._leaders[key]

    def _deadline(self, at: int, statement: str) -> Deadline | None:
        if at not in self._read:
            found = text_deadline(statement, plan_year=self._plan_year, document_date=self._document_date)
            self._read[at] = found if found.raw is not None else None
        return self._read[at]

    def _period_deadline(self, at: int) -> Deadline | None:
        """The deadline of the time heading at line ``at`` (``3月：``, ``（二）第二季度``, a stage with its time:
        ``第一阶段：宣传发动（2025年3月—4月）``, or on the line under it: ``时间：2025年3月1日至4月15日``), or None."""
        if at not in self._period_read:
            time = self._period_time(at)
            found = None if time is None else parse_deadline(time, self._plan_year)
            self._period_read[at] = found if found is not None and found.date is not None else None
        return self._period_read[at]

    def _period_time(self, at: int) -> str | None:
        line = self._compacts[at]
        if (m := _PERIOD_LINE.fullmatch(line)) is not None:
            return m.group(1)
        if "年" in line[:9] and (m := _YEAR_LINE.fullmatch(line)) is not None:
            return m.group(1)  # （一）2026年：夯实基础年 (round 77)
        if "阶段" not in line or (m := _STAGE_LINE.fullmatch(line)) is None:
            return None
        if m.group(1) is not None or m.group(2) is not None:
            return m.group(1) or m.group(2)
        below = next((j for j, _ in self._lines(at + 1, min(len(self._compacts), at + 3), 1)), None)
        time = None if below is None else _STAGE_TIME_LINE.fullmatch(self._compacts[below])
        return None if time is None else time.group(1)

    def _period_above(self, start: int, level: int) -> int | None:
        """The line of the time heading (``3月：``, not numbered) the item at ``start`` is listed under: above it, past
        its siblings (the heading goes on over them) and their sub-items, before its parent; None when there is none.
        A notice's addressee line ends the search: a title block's date line above it is no time heading (round 41).

        >>> lines = ["某区工作要点", "某区人民政府办公室", "2026年2月", "各街道办事处、区级各部门：", "一、便利化",
        ...     "（一）推行零跑动。（牵头单位：区税务局）", "2026年3月", "（二）优化服务。（牵头单位：区财政局）"]
        >>> group = GroupStatements(Source.from_text("\\n".join(lines)), 2026, None)
        >>> group.deadline(6), group.deadline(8).date
        (None, '2026-03')
        """
        chain = []
        at, found = start, None
        while at not in self._period:
            chain.append(at)
            sibling, deeper = None, False
            for j, line in self._lines(at - 1, max(-1, at - _REACH), -1):
                if j in self._headings:
                    break
                number = number_level(line, 0)
                if number is not None:
                    if number > level:
                        deeper = True  # the sibling's sub-items: a time heading above them is theirs
                        continue
                    sibling = j if number == level else None
                    break
                if not deeper and self._is_period(j, line):
                    found = None if self._addressed_between(j, at) or self._after_a_period(j) else j
                    break
            if found is not None or sibling is None:
                break
            at = sibling
        else:
            found = self._period[at]
        self._period.update(dict.fromkeys(chain, found))
        return found

    def _is_period(self, at: int, line: str) -> bool:
        """Whether line ``at`` is a time heading (``3月：``, a stage with its time)."""
        return _PERIOD_LINE.fullmatch(line) is not None or ("阶段" in line and self._period_time(at) is not None)

    def _after_a_period(self, at: int) -> bool:
        """True when the line above the time heading at ``at`` is one too: the stages of a schedule listed one a line
        (``第一阶段：排查登记（…）`` / ``第二阶段：集中整治（…）`` / ``第三阶段：…``), none heading the text after the last
        (round 62: before, a plan's next part, ``二、主要任务``, and its tasks were the last stage's)."""
        above = next((j for j, _ in self._lines(at - 1, max(-1, at - 3), -1)), None)
        return above is not None and self._is_period(above, self._compacts[above])

    def _addressed_between(self, above: int, below: int) -> bool:
        """True when a notice's addressee line (各街道办事处、区级各部门：) lies between lines ``above`` and ``below``:
        a date line above it is the notice's, under its title and issuer, no time heading (round 41; looked for
        only once a time heading is found, the rare case)."""
        return any(c[:1] == "各" and c[-1:] in "：:" for c in self._compacts[above + 1 : below])

    def _lines(self, start: int, stop: int, step: int):
        """The non-empty lines from ``start`` towards ``stop``, while the budget of visits lasts."""
        compacts = self._compacts
        for j in range(start, stop, step):
            self._budget -= 1
            if self._budget < 0:
                return
            if compacts[j]:
                yield j, compacts[j]

    def _item_start(self, at: int) -> tuple[int, int] | None:
        """(0-based line, level) of the numbered item line ``at`` belongs to: itself or the nearest numbered line above."""
        line = self._compacts[at] if 0 <= at < len(self._compacts) else ""
        if line and at not in self._headings and (level := number_level(line, 0)) is not None:
            return at, level  # the usual task: its units on its own numbered line
        for j, line in self._lines(at, max(-1, at - _REACH), -1):
            if j in self._headings:
                return None
            level = number_level(line, 0)
            if level is not None:
                return j, level
        return None

    def _statement_after(self, start: int, level: int) -> int | None:
        """The line of the statement that closes the list the item at ``start`` (numbered at ``level``) is in, when a
        heading, a higher number or the end comes after it; None when the list ends with none."""
        if start in self._closing:
            return self._closing[start]
        siblings = [start]
        found = None
        compacts, headings = self._compacts, self._headings
        for j, line in self._lines(start + 1, len(compacts), 1):
            if j in headings:
                break
            number = number_level(line, 0)
            if number is not None:
                if number < level:
                    break  # the group ends with no statement
                if number == level:
                    siblings.append(j)
                continue
            if _AFTER_ITEMS.fullmatch(line) is None or _ROLE_WORDS.search(line) is not None:
                continue  # an item's own further line
            before = next((compacts[k] for k in range(j - 1, start - 1, -1) if compacts[k]), "")
            if _FIELD_LINE.match(before) is None and not _closes_bracket_of(before, line):
                # 完成时限：… after 责任单位：… (any label), or closing a bracket the line above opened: the last item's own
                nxt = next((k for k in range(j + 1, len(compacts)) if compacts[k]), None)
                after = None if nxt is None or nxt in headings else number_level(compacts[nxt], 0)
                if nxt is None or nxt in headings or (after is not None and after < level):
                    found = j  # else the list goes on: no group's
            break
        self._closing.update(dict.fromkeys(siblings, found))
        return found

    def _parent_of(self, start: int, level: int) -> int | None:
        """The line of the heading above the item at ``start``: the nearest line numbered higher (一、 over （一）,
        （一） over 1.); an item's walk stops at its sibling before it, whose heading is known."""
        if start in self._parent:
            return self._parent[start]
        found = None
        for j, line in self._lines(start - 1, -1, -1):
            if j in self._headings:
                # ### （一）动员部署阶段（2026年3月）: a markdown heading numbered higher is the item's too (round 37)
                number = number_level(line, 0)
                found = j if number is not None and number < level else None
                break
            if j in self._parent and number_level(line, 0) == level:
                found = self._parent[j]  # a sibling's heading is this item's
                break
            number = number_level(line, 0)
            if number is not None and number < level:
                found = j
                break
        self._parent[start] = found
        return found

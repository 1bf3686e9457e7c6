"""A plan's own periods: the campaign it runs (``集中整治期间``, its stages ``集中攻坚阶段``), a date written on a line
of its own, and the default deadline a plan states once for every task (``以上任务均于2026年底前完成``).

>>> default_deadline("各项任务除已明确完成时限的外，均应于2026年底前完成。", None).date
'2026-12'
"""

from __future__ import annotations

from datetime import date, timedelta

from reformgraph.loaders.date_words import (
    CN_MONTH,
    CN_YEAR,
    DAYS_BEFORE,
    LUNAR_MONTHS,
    cn_month,
    cn_year,
    days_earlier,
    iso_day,
    ocr_zeros,
)
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.vocab import ISSUER_NAME
from reformgraph.records import Deadline
from reformgraph.regexcache import compiled

# the period a campaign (攻坚行动, 专项整治, 百日行动) runs, stated once: a label (攻坚时间：2024年5月10日至8月31日,
# a heading 一、行动时间 over the dates) or the sentence that opens it (决定自2024年5月至8月在全县开展…行动): round 40
_PERIOD_RANGE = r"(\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|－|-|～|~)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?底?)"
_CAMPAIGN_LABEL = compiled(r"(?:攻坚|行动|整治|活动|实施)(?:时间|期限|周期)(?:为|：|:|\s){0,6}" + _PERIOD_RANGE)
_CAMPAIGN_OPENING = compiled(
    r"(?:自|从|于)" + _PERIOD_RANGE + r"[^。\n]{0,30}?开展[^。\n]{0,30}?(?:行动|攻坚|整治|活动)"
)
_CAMPAIGN_WORDS = ("攻坚", "行动", "整治", "活动")


def during_the_campaign(field: str) -> bool:
    """Whether a deadline field names the campaign's own period (``攻坚期间``, ``专项行动期间``, ``整治期间内``).

    >>> during_the_campaign("攻坚期间"), during_the_campaign("专项行动期间内"), during_the_campaign("“十四五”期间")
    (True, True, False)
    """
    words = field.removesuffix("内")
    return words.endswith("期间") and len(words) <= 8 and words[-4:-2] in _CAMPAIGN_WORDS


def campaign_end(text: str) -> Deadline | None:
    r"""The end of the campaign period a plan states once (the label first, then the opening sentence), None when
    it states none (round 40).

    >>> campaign_end("一、攻坚时间\n\n2024年5月10日至8月31日。\n1. 开展整治。时间节点：攻坚期间。").date
    '2024-08-31'
    >>> campaign_end("决定自2024年5月至8月在全县开展安全生产攻坚行动。").date, campaign_end("时间节点：攻坚期间")
    ('2024-08', None)
    """
    stated = _CAMPAIGN_LABEL.search(text) or _CAMPAIGN_OPENING.search(text)
    return None if stated is None else parse_deadline(stated.group(1))


class CampaignPeriod:
    """A plan's campaign period, read from its text only when a task's field says ``攻坚期间`` (round 40): most
    plans have none, and a scan of a long plan's text is not free.

    >>> period = CampaignPeriod("自2024年5月至8月在全县开展攻坚行动。")
    >>> period.end().date, period.end() is period.end()
    ('2024-08', True)
    """

    __slots__ = ("_text", "_end", "_read", "_events")

    def __init__(self, text: str) -> None:
        self._text = text
        self._end: Deadline | None = None
        self._read = False
        self._events: dict[tuple[str, int | None], Deadline | None] = {}

    def end(self) -> Deadline | None:
        if not self._read:
            self._end, self._read = campaign_end(self._text), True
        return self._end

    def holiday_eve(self, deadline: Deadline, plan_year: int | None) -> Deadline | None:
        """A deadline before a holiday whose day moves, read as its month (``元宵节前``: 2026-03), where the plan gives
        the holiday's day in that month (``至2026年3月3日（元宵节）``): the day before it; else None (round 65).

        >>> period = CampaignPeriod("保障工作自即日起至2026年3月3日（元宵节）结束。")
        >>> period.holiday_eve(Deadline("元宵节前", "2026-03", "scheduled"), 2026).date
        '2026-03-02'
        >>> period.holiday_eve(Deadline("端午前", "2026-06", "scheduled"), 2026) is None
        True
        """
        named = _MOVING_BEFORE.fullmatch(deadline.raw or "")
        if named is None or deadline.date is None or len(deadline.date) != 7:
            return None
        given = _holiday_day_given(self._text, named.group(1))
        if given is None:
            return None
        day = parse_deadline(given, plan_year).date
        if day is None or day[:7] != deadline.date:
            return None  # another year's, or no day
        return Deadline(deadline.raw, (date.fromisoformat(day) - timedelta(days=1)).isoformat(), "scheduled")

    def stage_end(self, stage: str, plan_year: int | None) -> Deadline | None:
        """The end of a stage the plan's schedule names with its time in brackets (``（二）集中攻坚阶段（5月21日—8月10日）``),
        for a field that names the stage (``时间节点：集中攻坚阶段``), else None.

        >>> CampaignPeriod("（二）集中攻坚阶段（5月21日—8月10日）。").stage_end("集中攻坚阶段", 2024).date
        '2024-08-10'
        >>> CampaignPeriod("（二）集中攻坚阶段。").stage_end("集中攻坚阶段", 2024) is None
        True
        """
        at = self._text.find(stage)
        while at != -1:
            timed = _STAGE_TIME.match(self._text, at + len(stage))
            if timed is not None:
                found = parse_deadline(timed.group(1), plan_year)
                return found if found.date is not None else None
            at = self._text.find(stage, at + len(stage))
        timed = _titled_stage_time(self._text, stage.removesuffix("阶段"))
        if timed is not None:
            found = parse_deadline(timed, plan_year)
            return found if found.date is not None else None
        return None

    def event_end(self, field: str, plan_year: int | None) -> Deadline | None:
        """The last day a deadline field naming an event before (前) or during (期间) it allows (``暗访前``,
        ``县级验收前``, ``那达慕期间``), where the plan dates the event elsewhere: a sentence giving its time
        (``国家暗访预计于2026年7月开展``, ``那达慕大会定于2026年7月中旬…举办``) or a stage of the schedule named after it
        (``（三）检查验收阶段（2026年10月）``); None when the plan dates it nowhere (round 63).

        >>> CampaignPeriod("国家暗访预计于2026年7月开展。").event_end("暗访前", 2026).date
        '2026-07'
        >>> CampaignPeriod("大会定于2026年7月15日至17日举办。").event_end("大会前", 2026).date
        '2026-07-14'
        >>> CampaignPeriod("（三）检查验收阶段（2026年10月）。").event_end("县级验收前", 2026).date
        '2026-10'
        >>> CampaignPeriod("县级考核计划于12月进行。").event_end("考核前", 2026).date
        '2026-12'
        >>> CampaignPeriod("省里定于2026年8月对各地开展暗访。").event_end("暗访前", 2026).date
        '2026-08'
        >>> CampaignPeriod("省里定于8月10日至20日对各地开展暗访。").event_end("暗访前5天", 2026).date
        '2026-08-05'
        >>> CampaignPeriod("暗访工作由省里统一组织，时间初定为8月。").event_end("暗访前15天", 2026).date
        '2026-08'
        >>> CampaignPeriod("国家暗访结束后开展总结。").event_end("暗访前", 2026) is None
        True
        >>> CampaignPeriod("计划于2026年6月完成整改并开展暗访。").event_end("暗访前", 2026) is None
        True
        """
        named = _EVENT_FIELD.fullmatch(field)
        if named is None or named.group(1) in _NO_EVENTS:
            return None
        key = (named.group(1) + named.group(2), plan_year)
        if key not in self._events:
            self._events[key] = _event_date(self._text, named.group(1), named.group(2) == "前", plan_year)
        found = self._events[key]
        if found is None or found.date is None:
            return None
        # 暗访前5天: that many days before its day (a month alone: its month, round 65)
        if not named.group(3):
            return Deadline(field, found.date, found.status)
        when = found.date  # the event's eve (a day) or month: counted from its day
        if len(when) == 10:
            when = (date.fromisoformat(when) + timedelta(days=1)).isoformat()
        return Deadline(field, days_earlier(when, named.group(3)), found.status)


# round 65 left35: a holiday whose day moves (春节 and the lunar ones), before which a deadline reads its month
# (元宵节前: 2026-03), and the plan giving its day beside its name in brackets, either way round
# (至2026年3月3日（元宵节）, 元宵节（3月3日）)
_MOVING_HOLIDAYS = ("春节", *LUNAR_MONTHS)
_MOVING_BEFORE = compiled(r"(?:\d{4}年)?“?(" + "|".join(_MOVING_HOLIDAYS) + r")(?:节)?”?前")


def _holiday_day_given(text: str, name: str) -> str | None:
    """The day ``text`` gives the holiday ``name`` in brackets beside it (``2026年3月3日（元宵节）``,
    ``元宵节（3月3日）``), as written, else None.

    >>> _holiday_day_given("自即日起至2026年3月3日（元宵节）结束", "元宵"), _holiday_day_given("今年元宵节（3月3日）", "元宵")
    ('2026年3月3日', '3月3日')
    >>> _holiday_day_given("元宵节前完成", "元宵")
    """
    found = compiled(
        r"((?:\d{4}年)?\d{1,2}月\d{1,2}日)[（(]"
        + name
        + r"节?[）)]|"
        + name
        + r"节?[（(]((?:\d{4}年)?\d{1,2}月\d{1,2}日)[）)]"
    ).search(text)
    return None if found is None else found.group(1) or found.group(2)


# the time of a stage, in brackets right after its name: 集中攻坚阶段（5月21日—8月10日）, or after the title a numbered
# stage is given (第二阶段：集中整治（2026年5月11日至8月31日）: round 62)
_STAGE_TIME = compiled(r"(?:[：:][\u4e00-\u9fff]{2,8})?[（(]([^（()）]{2,30})[）)]")
# round 63: a stage named by the title a numbered stage is given (排查登记阶段 for 第一阶段：排查登记（2026年3月—4月）),
# or by the first words of its name (整改阶段 for （二）整改提升阶段（2026年5月—8月）: the one stage opening so)
_STAGE_TITLED = compiled(r"阶段[：:]$")
_STAGE_LONGER = compiled(r"[\u4e00-\u9fff]{1,4}阶段(?=[（(])")


def _titled_stage_time(text: str, name: str) -> str | None:
    """The time in brackets of the stage ``name`` (a stage's name without 阶段) titles (``第一阶段：排查登记（…）``) or
    opens the name of (``整改提升阶段（…）`` for 整改, when no other stage's name opens so), else None.

    >>> _titled_stage_time("第一阶段：排查登记（2026年3月—4月）。", "排查登记")
    '2026年3月—4月'
    >>> _titled_stage_time("（二）整改提升阶段（2026年5月—8月）。", "整改")
    '2026年5月—8月'
    >>> _titled_stage_time("（一）整改提升阶段（5月）。（二）整改落实阶段（6月）。", "整改") is None
    True
    >>> _titled_stage_time("开展排查登记（2026年3月）", "排查登记") is None
    True
    """
    if len(name) < 2:
        return None
    times: set[str] = set()
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if _STAGE_TITLED.search(text, max(0, at - 3), at) is not None:
            timed = _STAGE_TIME.match(text, end)
            if timed is not None:
                return timed.group(1)
        elif (longer := _STAGE_LONGER.match(text, end)) is not None:
            timed = _STAGE_TIME.match(text, longer.end())
            if timed is not None:
                times.add(timed.group(1))
        at = text.find(name, end)
    return times.pop() if len(times) == 1 else None


# round 63: a deadline field naming an event before or during it (暗访前, 迎接县级验收前, 2026年那达慕大会期间); group 1
# the event, group 2 前 or 期间
# (round 65 left35: and a count of days before it, 验收前10天, group 3)
_EVENT_FIELD = compiled(
    r"(?:\d{4}年)?(?:迎接|接受)?“?([\u4e00-\u9fff]{2,10}?)”?(前|期间)((?<=前)" + DAYS_BEFORE + r")?(?:完成)?"
)
# words before 前 or 期间 that are no event of the plan's (年底前, 节前, 本阶段前 …) or are read elsewhere
_NO_EVENTS = frozenset(("年底", "年末", "月底", "年内", "节日", "假期", "活动", "整治", "行动", "工作", "开学"))
# a level before an event (国家暗访, 县级验收): the event named without it too (round 64 left34: and 地区, the
# prefecture of 西藏 and 新疆: 地区暗访)
# (round 65 left35: and 自治区, the province-level region of 广西, 内蒙古 …: 自治区级验收)
_EVENT_LEVEL = compiled(
    r"(?:国家级?|自治区级?|省级?|市级?|县级?|区级?|州级?|盟级?|旗级?|地区级?)(?=[\u4e00-\u9fff]{2})"
)
# the time a sentence gives an event, right after its name (a word or two between: 那达慕大会定于…): 预计于2026年7月开展,
# 定于2026年7月中旬在…举办; group 1 the time, a span's start its first part
_DATE_SPAN = r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底)?"  # (the plan's year with none)
# the words that set an event's time (定于…, 预计在…) and the verbs of holding it (开展, 举办 …), shared by the sentences
# dating an event whether its name stands before the time or after it
_SETS_TIME = r"(?:预计|定于|计划|拟定?|将)(?:于|在)?"
_HOLDS = r"(?:开展|进行|举办|举行|召开|组织|实施)"
# (round 64 left33: or its time alone closing the clause, a festival's day being no work held, 今年开斋节预计在3月20日
# 前后，…; 前后 or 左右 after a day: its month alone, the day not sure)
# (round 64 left33: or 为 or 在 alone, 今年肉孜节为3月20日, 师级暗访在6月进行)
_EVENT_DATED = compiled(
    r"[\u4e00-\u9fff]{0,4}?(?:"
    + _SETS_TIME
    + r"|为|在)("
    + _DATE_SPAN
    + r")((?:至|到|—|－|-|～|~)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:[^。；;\n]{0,12}?"
    + _HOLDS
    + r"|(前后|左右)?(?=[，,。；;\n]))"
)
# round 64 left33: the event with its time in brackets right after its name (今年藏历新年（2月18日）, 古尔邦节（5月下旬）前)
_EVENT_BRACKETED = compiled(r"[（(](" + _DATE_SPAN + r")[）)]")
# ... or its time first, then the event, a verb of meeting or holding it between (2026年10月，迎接市级验收: a schedule's
# line), its level after the verb; matched on the words before the name, to their end
_EVENT_DATE_FIRST = compiled(
    r"(?<![\d至到—－\-～~])("
    + _DATE_SPAN
    + r")[，,：:](?:迎接|接受|开展|举办|举行|组织|进行|召开|欢度|庆祝)?"
    + r"(?:国家级?|省级?|市级?|县级?|区级?|州级?|盟级?|旗级?|自治区级?)?$"
)

# round 64 left34: ... or its time before it, after 定于/预计 …, words between naming whom and a verb of holding it
# (省里定于2026年8月对各地开展暗访, 定于2026年9月对各县开展农村安全生产暗访); not work done before it (计划于6月完成整改
# 并开展暗访); matched on the words before the name, to their end
# (round 65 left35: its time a span of days, 定于8月10日至20日对各地开展暗访: the span's first day, before it its eve)
_EVENT_SET_BEFORE = compiled(
    _SETS_TIME
    + "("
    + _DATE_SPAN
    + r")((?:至|到|—|－|-|～|~)(?:\d{1,2}月)?\d{1,2}日)?(?:(?!完成)[\u4e00-\u9fff、]){0,12}?"
    + _HOLDS
    + r"[\u4e00-\u9fff]{0,8}$"
)
# round 65 left35: ... or its name first, then a clause saying who holds it, then its time set after a comma
# (暗访工作由省里统一组织，时间初定为8月; 省级验收由省农业农村厅组织，预计在11月中旬): matched right after the name; the
# words setting the time are needed (not 验收由县里组织，2026年6月底前完成整改, other work's deadline)
_EVENT_ORGANISED = compiled(
    r"(?:工作)?由[\u4e00-\u9fff、（）()]{1,20}?(?:统一)?(?:组织|负责|牵头)(?:开展|实施)?[，,]"
    r"(?:时间)?(?:(?:初定|暂定|拟定?|预计|计划|定于?)(?:为|于|在)?|为)("
    + _DATE_SPAN
    + r")()(前后|左右)?(?=[，,。；;\n]|$)"
)


def _event_date(text: str, event: str, before: bool, plan_year: int | None) -> Deadline | None:
    """The last day ``event`` allows before it (``before``) or during it, as the plan dates it (``event_end``)."""
    names = [event]
    if (level := _EVENT_LEVEL.match(event)) is not None:
        names.append(event[level.end() :])
    for name in names:
        at = text.find(name)
        while at != -1:
            dated = _EVENT_DATED.match(text, at + len(name)) or _EVENT_ORGANISED.match(text, at + len(name))
            if dated is not None:
                if not before:  # during it: the span's end
                    found = parse_deadline(dated.group(1) + (dated.group(2) or ""), plan_year)
                    return _about(found) if dated.group(3) else found
                found = parse_deadline(dated.group(1), plan_year)
                return _about(found) if dated.group(3) else _eve(found)
            timed = (
                _EVENT_BRACKETED.match(text, at + len(name))
                or _EVENT_DATE_FIRST.search(text, max(0, at - 24), at)
                or _EVENT_SET_BEFORE.search(text, max(0, at - 40), at)
            )
            if timed is not None:  # 藏历新年（2月18日）, 2026年10月，迎接市级验收 (round 64)
                # (during a span of days set before the name, 定于8月10日至20日…: its end, round 65)
                spans = not before and timed.re is _EVENT_SET_BEFORE and timed.group(2)
                found = parse_deadline(timed.group(1) + (timed.group(2) if spans else ""), plan_year)
                return _eve(found) if before else (found if found.date is not None else None)
            at = text.find(name, at + len(name))
    for name in names:  # a stage of the schedule named after the event: （三）检查验收阶段（2026年10月）
        at = text.find(name + "阶段")
        while at != -1:
            timed = _STAGE_TIME.match(text, at + len(name) + 2)
            if timed is not None:
                found = parse_deadline(timed.group(1), plan_year)
                return found if found.date is not None else None
            at = text.find(name + "阶段", at + 1)
    return None


# round 64 left33: an event named in a task's own words, opening a clause, before (前) or during (期间) it, what is done
# then after it (…配合，暗访前完成整改; 在省级暗访前全部整改到位; 验收前全部到位): the words ``event_end`` takes
# (round 64 left34: or inside a clause, after its subject and a modal, 在 or 于 before it: 各乡镇要在暗访前完成自查整改,
# 各学校务必于验收前全部到位; not the 于 of 关于, 对于, 由于 …)
_EVENT_IN_WORDS = compiled(
    r"(?:^|(?<=[，,。；;：:]))(?:[\u4e00-\u9fff（）()]{1,14}?(?:要|务必|必须|须|应|需)?(?<![关对由属位用基鉴处至等现正所存实])"
    r"(?:在|于)|(?:确保|力争|争取|务必)?(?:在|于)?)"
    r"((?:\d{4}年)?(?:迎接|接受)?“?[\u4e00-\u9fff]{2,10}?”?(?:前(?:"
    + DAYS_BEFORE
    + r")(?=[\u4e00-\u9fff]{0,4}?(?:完成|到位|落实|报送|上报|提交|建成)|[，,。；;]|$)|(?:前|期间)"
    r"(?=全部|全面|基本|[\u4e00-\u9fff]{0,4}?(?:完成|到位|落实|投入使用|建成)|[，,。；;]|$)))"
)


def event_in_words(text: str) -> str | None:
    """The words of an event a task's own text names, opening a clause, before or during it, with what is done then
    after them (``…配合，暗访前完成整改`` → ``暗访前``), else None (round 64).

    >>> event_in_words("由市城管局牵头，暗访前完成整改。"), event_in_words("各县配合，在省级暗访前全部整改到位。")
    ('暗访前', '省级暗访前')
    >>> event_in_words("规范摊位设置，确保在古尔邦节前整治到位。")
    '古尔邦节前'
    >>> event_in_words("做好节前准备。"), event_in_words("古尔邦节期间实行24小时值守。")
    (None, None)
    >>> event_in_words("建立问题清单，各乡镇要在暗访前完成自查整改。"), event_in_words("各乡镇（街道）务必于验收前全部到位")
    ('暗访前', '验收前')
    >>> event_in_words("关于验收前的准备。"), event_in_words("各乡镇在验收前发现的问题。")
    (None, None)
    """
    found = _EVENT_IN_WORDS.search(text)
    return None if found is None else found.group(1)


def _eve(found: Deadline) -> Deadline | None:
    """The last day before an event dated ``found``: the day before a day, else its month (None with no date).

    >>> _eve(parse_deadline("2026年2月18日")).date, _eve(parse_deadline("2026年7月")).date, _eve(parse_deadline("下次"))
    ('2026-02-17', '2026-07', None)
    """
    if found.date is not None and len(found.date) == 10:
        return Deadline(found.raw, (date.fromisoformat(found.date) - timedelta(days=1)).isoformat(), "scheduled")
    return found if found.date is not None else None


def _about(found: Deadline) -> Deadline | None:
    """An event's day written about (``3月20日前后``): its month, the day not sure (round 64).

    >>> _about(parse_deadline("2026年3月20日")).date
    '2026-03'
    """
    return None if found.date is None else Deadline(found.raw, found.date[:7], "scheduled")


# a deadline that names a stage of the schedule and when in it the work is done: 集中整治阶段结束前, 在第一阶段内完成,
# 第二阶段结束前完成集中查处, 第三阶段建立并长期坚持 (round 62); group 1: the stage's name
_STAGE_NAMED = compiled(
    r"(?:在|于)?((?:第[一二三四五六七八九十]|[\u4e00-\u9fff]{2,6})阶段)(?:结束前|截止前|结束|内|末|期间)?"
    r"(?:[\u4e00-\u9fff]{0,12})"
)


def stage_named(field: str) -> str | None:
    """The stage of the plan's schedule a deadline field names at its opening, with when in it and what is done
    then (``集中整治阶段结束前``, ``在第一阶段内完成``, ``第三阶段建立并长期坚持``), else None.

    >>> stage_named("集中整治阶段结束前"), stage_named("在第一阶段内完成"), stage_named("第三阶段建立并长期坚持")
    ('集中整治阶段', '第一阶段', '第三阶段')
    >>> stage_named("分阶段推进"), stage_named("第一阶段2024年6月"), stage_named("各阶段工作")
    (None, None, None)
    """
    m = _STAGE_NAMED.fullmatch(field)
    if m is None or m.group(1).startswith(("各", "每", "分", "本", "该", "两", "多", "下一", "上一")):
        return None
    return m.group(1)


def names_a_stage(field: str) -> bool:
    """Whether a deadline field is the name of a stage of the plan's schedule alone (``集中攻坚阶段``, ``第二阶段``).

    >>> names_a_stage("集中攻坚阶段"), names_a_stage("第一阶段2024年6月"), names_a_stage("分阶段")
    (True, False, False)
    """
    return field.endswith("阶段") and 4 <= len(field) <= 10 and not any(c.isdigit() for c in field)


# a deadline stated once for every task that states none (round 30): 未注明完成时限的任务，均须于2024年12月底前完成;
# 完成时限未注明的为年底前完成. Looked for after each of the words saying "not stated" (``default_deadline``) with a
# negation before it (未, 无, 不, 没有); group 1: the deadline's words, up to the sentence's end
_UNSTATED_TAIL = compiled(
    r"(?:(?:完成)?(?:时限|时间节点|时间|期限))?[”\"]?(?:的外?|外)(?:任务|事项|工作|举措)?[，,]?"
    r"(?:各项|所有|其他|其余)?(?:任务|事项|工作|举措)?(?:均|一律|原则上)?(?:须|需|应|要)?(?:为|于|在)?"
    r"([^。；;）)]{2,20})"
)
# what says the words after it are not stated: 未注明, 无特别说明 (round 37), and 除已明确…外 (all but those stated)
_NEGATIONS = ("未", "无", "不", "没有", "未作", "未予", "无特别", "无特殊", "未特别", "除", "除已", "除另有")
# the words saying "not stated" (注明, 标明, 列明, 写明, 说明, 明确; 标注) by a character of each: 明, after one of these
# (or before 确), then 注 after 标
_BEFORE_MING = frozenset("注标列写说")
_NEGATION_LAST = frozenset(negation[-1] for negation in _NEGATIONS)  # a negation ends with one of these


def date_line(compact: str) -> str | None:
    """The date (ISO) a line that is a date alone states: a notice's date under its issuer's name, or beside it;
    written in Chinese numerals too (``二〇二五年三月十日``, with a letter O for 〇 as typed: round 34).

    >>> date_line("2025年2月20日"), date_line("2025年2月20日前完成"), date_line("江临市人民政府办公室2025年4月18日")
    ('2025-02-20', None, '2025-04-18')
    >>> date_line("二〇二五年三月十日"), date_line("二O二五年十二月三十一日")
    ('2025-03-10', '2025-12-31')
    >>> date_line("（2026年2月18日中共株洲市委常委会第45次会议审议通过）"), date_line("（2026年2月18日前完成）")
    ('2026-02-18', None)
    >>> date_line("2026年3月9日（周一）08:47"), date_line("2026年3月9日星期一")
    ('2026-03-09', '2026-03-09')
    """
    if compact[-1:] in _DAY_TAIL_LAST and (tail := _DAY_TAIL.search(compact)) is not None:
        compact = compact[: tail.start()]  # 2026年3月9日（周一）08:47: a message's date line (round 38)
    d = _DATE_ALONE.fullmatch(compact)
    if d is None and compact.endswith(("）", ")")) and compact.startswith(("（", "(")):
        d = _PASSED_ON.fullmatch(compact)  # （2026年2月18日市委常委会会议审议通过）: a 要点's date (round 36)
        if d is None:
            d = _DATE_ALONE.fullmatch(compact, 1, len(compact) - 1)  # （2025年4月18日）: a speech's date (round 38)
    if d is None and compact.endswith(("日", "印发")) and "年" in compact:  # beside its issuer, in Chinese numerals
        written = ocr_zeros(compact)
        if _CN_DATE_DIGITS.search(written):
            written = CN_MONTH.sub(cn_month, CN_YEAR.sub(cn_year, written))
        d = _DATE_LINE.fullmatch(written)
    return iso_day(d) if d else None


_DATE_ALONE = compiled(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
# a weekday and a time after a date (（周一）, 星期一, 08:47)
_DAY_TAIL = compiled(r"(?<=日)(?:[（(]?(?:周|星期)[一二三四五六日天][）)]?)?(?:\d{1,2}[:：]\d{2})?$")
_DAY_TAIL_LAST = frozenset("一二三四五六日天）)0123456789")
# a date alone on its line, or after its issuer's name on the same line (a 纪要's head: 江临市人民政府办公室　　2025年4月18日),
# or with 印发 after it (round 34)
_DATE_LINE = compiled(r"(?:" + ISSUER_NAME.pattern + r")?" + _DATE_ALONE.pattern + r"(?:印发)?")
_CN_DATE_DIGITS = compiled(r"[〇零一二三四五六七八九]{4}年")  # a year in Chinese numerals
# a line in brackets under a title, with the day a meeting adopted the document or it was issued
_PASSED_ON = compiled(r"[（(]" + _DATE_ALONE.pattern + r"[^（()）]{0,40}(?:通过|印发|发布)[）)]")


def default_deadline(text: str, plan_year: int | None) -> Deadline | None:
    """The deadline a plan states once for every task that states none (``未注明完成时限的任务，均须于2024年12月底前
    完成``), None when it states none (looked for only where the words 注明/明确/标明 … are, a negation right before them).

    >>> default_deadline("说明：未注明完成时限的任务，均须于2024年12月底前完成。", None).date
    '2024-12'
    >>> default_deadline("完成时限未注明的为年底前完成。", 2025).date, default_deadline("未明确的事项另行通知。", 2025)
    ('2025-12', None)
    >>> default_deadline("未注明时间节点的，均为2024年底前完成。", None).date, default_deadline("“时间节点”未作说明的，为2024年底前完成。", None).date
    ('2024-12', '2024-12')
    >>> default_deadline("各项任务除已明确完成时限的外，均应于2026年底前完成。", None).date  # round 37
    '2026-12'
    >>> default_deadline("除注明时限外，均须于2026年12月底前完成。", None).date, default_deadline("无特别说明的，各项任务均于2026年底前完成。", None).date
    ('2026-12', '2026-12')
    >>> default_deadline("未标注的，均于2026年底前完成。", None).date
    '2026-12'

    Each 明, then each 注, is found by a C scan and the character before it tried first (a set look-up or two: most
    are in 明显, 透明, 目标 …); reading the words and the negation at every one cost the bundled plan's 258 of them
    0.3 M instructions more.
    """
    negation = _NEGATION_LAST
    at = text.find("明", 1)  # (a word opening the text has no negation before it)
    while at != -1:
        before = text[at - 1]
        # 未注明, 无特别说明 (注明确: 确 opens none of the words ``_UNSTATED_TAIL`` reads, so nothing is read there)
        if before in _BEFORE_MING:
            if at > 1 and text[at - 2] in negation:
                if (deadline := _deadline_for_unstated(text, at - 1, at + 1, plan_year)) is not None:
                    return deadline
        elif before in negation and text[at + 1 : at + 2] == "确":  # 未明确, 除已明确
            if (deadline := _deadline_for_unstated(text, at, at + 2, plan_year)) is not None:
                return deadline
        at = text.find("明", at + 1)
    at = text.find("注", 2)
    while at != -1:
        if text[at - 1] == "标" and text[at - 2] in negation:  # 未标注
            if (deadline := _deadline_for_unstated(text, at - 1, at + 1, plan_year)) is not None:
                return deadline
        at = text.find("注", at + 1)
    return None


def _deadline_for_unstated(text: str, start: int, end: int, plan_year: int | None) -> Deadline | None:
    """The deadline stated for the tasks that state none when ``text[start:end]`` (注明, 明确 …), which a negation's last
    character comes right before, has a whole negation before it and the words after it read as such a statement
    (``_UNSTATED_TAIL``, a deadline with a status); else None.

    >>> t = "未注明完成时限的任务，均须于2024年底前完成。"
    >>> _deadline_for_unstated(t, 1, 3, None).date, _deadline_for_unstated("未注明的另行通知。", 1, 3, None)
    ('2024-12', None)
    """
    if not text.endswith(_NEGATIONS, max(0, start - 3), start):
        return None
    m = _UNSTATED_TAIL.match(text, end)
    deadline = parse_deadline(m.group(1).removesuffix("完成"), plan_year) if m else None
    return deadline if deadline is not None and deadline.status is not None else None

"""How dates are written in plans: Chinese numerals (二〇二六年三月), quarters, the periods of recurring work (每季度),
the holidays and national campaigns a deadline is written before (五一前, 国庆节前后, 端午前, 安全生产月), a day
written month·day (“3·15”), OCR's letter O for a zero, and the date arithmetic deadlines need (n years on, the next
term, n working days). The bottom of the deadline readers: fields (``deadlines``), a task's own words
(``text_deadlines``) and a plan's own periods (``plan_periods``) read dates with it.

>>> CN_MONTH.sub(cn_month, CN_YEAR.sub(cn_year, "二〇二六年十二月底前")), ocr_zeros("2O26年6月")
('2026年12月底前', '2026年6月')
>>> HOLIDAY_BY_NAME["五一"].eve(2026), HOLIDAY_BY_NAME["春节"].eve(2026)
((4, 30), (2, None))
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from reformgraph.records import Deadline
from reformgraph.regexcache import compiled


@dataclass(frozen=True)
class Holiday:
    """A holiday a deadline is written before (``五一前``) or about (``五一前后``), as one of the ways it is written:
    its month and day, or None for what moves with the lunar calendar (春节's month is known, its day not; 端午's
    month is the year's, ``LUNAR_MONTHS``).

    >>> Holiday("五一", 5, 1).eve(2026), Holiday("元旦", 1, 1).eve(2026), Holiday("春节", 2, None).eve(2026)
    ((4, 30), (0, None), (2, None))
    >>> Holiday("端午", None, None).eve(2025), Holiday("端午", None, None).eve(2026), Holiday("端午", None, None).eve(1990)
    ((5, None), (6, None), None)
    """

    name: str
    month: int | None
    day: int | None
    before_only: bool = (
        False  # a day's numbers (八一, 十一, 双十一) or name: read only before 前, not in 十一月, 七一路
    )

    def month_in(self, year: int) -> int | None:
        """The month it falls in, in ``year`` (a lunar holiday's from ``LUNAR_MONTHS``; None beyond the table)."""
        if self.month is not None:
            return self.month
        months = LUNAR_MONTHS.get(self.name) or LUNAR_MONTHS.get(self.name.removesuffix("节"), ())
        return months[year - _LUNAR_FIRST_YEAR] if 0 <= year - _LUNAR_FIRST_YEAR < len(months) else None

    def day_in(self, year: int) -> date | None:
        """Its day in ``year``: a fixed day's, a lunar festival's from ``LUNAR_DAYS`` (round 67; 春节's since round
        65), None for one whose day moves otherwise (``全国助残日``) or a year the table does not hold.

        >>> Holiday("国庆节", 10, 1).day_in(2026), Holiday("中秋节", None, None).day_in(2026), Holiday("春节", 2, None).day_in(2040)
        (datetime.date(2026, 10, 1), datetime.date(2026, 9, 25), None)
        """
        if self.month is not None and self.day is not None:
            return date(year, self.month, self.day)
        days = LUNAR_DAYS.get(self.name) or LUNAR_DAYS.get(self.name.removesuffix("节"), ())
        return date(year, *days[year - _LUNAR_FIRST_YEAR]) if 0 <= year - _LUNAR_FIRST_YEAR < len(days) else None

    def eve(self, year: int) -> tuple[int, int | None] | None:
        """The last month (and day) ``X前`` allows in ``year``: the day before it; its month when its day moves; 0
        (the December before the year) when it opens the year (元旦前, round 41); None when its month is not known.

        Round 75: a lunar festival whose day the calendar gives is before its day's month less a day: 春节 fell on
        26 January 2028, so ``2028年春节前`` is January (before, February, the festival's usual month, in every year).

        >>> Holiday("春节", 2, None).eve(2028), Holiday("春节", 2, None).eve(2027), Holiday("春节", 2, None).eve(2060)
        ((1, None), (2, None), (2, None))
        """
        month = self.month_in(year)
        if month is None or self.day is None:
            if month is None:
                return None
            day = self.day_in(year)
            return (month if day is None else (day - timedelta(days=1)).month, None)
        return _day_before(month, self.day)


def _day_before(month: int, day: int) -> tuple[int, int | None]:
    """The month and day before ``month``-``day`` (0 and None: before 1 January, the year before's December).

    >>> _day_before(3, 15), _day_before(10, 1), _day_before(1, 1)
    ((3, 14), (9, 30), (0, None))
    """
    before = date(2001, month, day) - timedelta(days=1)
    return (before.month, before.day) if before.year == 2001 else (0, None)


# round 54: the month each lunar holiday falls in, year by year from 2020 (端午 the fifth day of the fifth month,
# 中秋 the fifteenth of the eighth, 重阳 the ninth of the ninth, 元宵 the fifteenth of the first): a deadline before
# one is read as that month, as 春节前 reads February (round 27), the day it falls on not weighed (since round 75 its
# eve is the month of the day before its day: 2028年春节前 January, ``Holiday.eve``)
# round 67 left37: their days, year by year 2020–2035 (春节's since round 65), for a count of days before one
# (端午节前10日) and its eve (中秋节前夕); the months are read from them. Each day was computed with the lunardate
# library (0.3.0, its Hong Kong Observatory tables) and checked against zhdate's (1.0, its own tables): the two
# agree on every day here (tests/test_grammar67_left37.py spot-checks the well-known ones: 中秋 2025-10-06, 2026-09-25)
_LUNAR_FIRST_YEAR = 2020
# fmt: off
LUNAR_DAYS = {  # 2020 … 2035: (month, day)
    "春节": ((1, 25), (2, 12), (2, 1), (1, 22), (2, 10), (1, 29), (2, 17), (2, 6), (1, 26), (2, 13), (2, 3), (1, 23),
           (2, 11), (1, 31), (2, 19), (2, 8)),
    "元宵": ((2, 8), (2, 26), (2, 15), (2, 5), (2, 24), (2, 12), (3, 3), (2, 20), (2, 9), (2, 27), (2, 17), (2, 6),
           (2, 25), (2, 14), (3, 5), (2, 22)),
    "端午": ((6, 25), (6, 14), (6, 3), (6, 22), (6, 10), (5, 31), (6, 19), (6, 9), (5, 28), (6, 16), (6, 5), (6, 24),
           (6, 12), (6, 1), (6, 20), (6, 10)),
    "中秋": ((10, 1), (9, 21), (9, 10), (9, 29), (9, 17), (10, 6), (9, 25), (9, 15), (10, 3), (9, 22), (9, 12),
           (10, 1), (9, 19), (9, 8), (9, 27), (9, 16)),
    "重阳": ((10, 25), (10, 14), (10, 4), (10, 23), (10, 11), (10, 29), (10, 18), (10, 8), (10, 26), (10, 16),
           (10, 5), (10, 24), (10, 12), (10, 1), (10, 20), (10, 9)),
    # round 62 left31: a region's festival of the lunar calendar, 广西's “三月三” (the third of the third month, a
    # public holiday there with the day after it: 19 April in 2026), written in quotes before 前 or 期间 (2026年“三月三”前)
    "三月三": ((3, 26), (4, 14), (4, 3), (4, 22), (4, 11), (3, 31), (4, 19), (4, 9), (3, 28), (4, 16), (4, 5), (3, 25),
            (4, 12), (4, 2), (4, 21), (4, 10)),
    # round 63 left32: the Yi people's torch festival (the 24th of the sixth month, three days: 6 August in 2026),
    # written with its 节 (火把 alone is a torch, no day)
    "火把节": ((8, 13), (8, 2), (7, 22), (8, 10), (7, 29), (7, 18), (8, 6), (7, 27), (8, 14), (8, 3), (7, 24), (8, 11),
            (7, 30), (7, 20), (8, 8), (7, 28)),
}
# fmt: on
# the month of each lunar holiday but 春节 (a holiday of its own below, known by its month), year by year
LUNAR_MONTHS = {name: tuple(month for month, _ in days) for name, days in LUNAR_DAYS.items() if name != "春节"}


# the holidays a deadline names, each way it is written (round 27: 春节, 国庆; round 32: 清明, 五一; round 41: 元旦;
# round 52: the days written as numbers, 八一 Army Day, 七一 the Party's founding, 六一 Children's Day, 十一 National
# Day; round 53: the shopping festivals of 11 November and 12 December; round 54: the fixed days written as names,
# 建军节, 建党节, 儿童节, 国际志愿者日 …, and the lunar holidays alone before 前, read in the month they fall in that
# year). 春节 falls by 20 February: its month.
HOLIDAYS = (
    Holiday("春节", 2, None),
    Holiday("国庆节", 10, 1),
    Holiday("国庆", 10, 1),
    Holiday("十一", 10, 1, before_only=True),
    Holiday("元旦", 1, 1),
    Holiday("清明节", 4, 5),
    Holiday("清明", 4, 5),
    Holiday("五一", 5, 1),
    Holiday("六一", 6, 1, before_only=True),
    Holiday("七一", 7, 1, before_only=True),
    Holiday("八一", 8, 1, before_only=True),
    Holiday("双十一", 11, 11, before_only=True),
    Holiday("双十二", 12, 12, before_only=True),
    Holiday("妇女节", 3, 8, before_only=True),
    Holiday("劳动节", 5, 1, before_only=True),
    Holiday("儿童节", 6, 1, before_only=True),
    Holiday("建党节", 7, 1, before_only=True),
    Holiday("建军节", 8, 1, before_only=True),
    Holiday("教师节", 9, 10, before_only=True),
    Holiday("国际志愿者日", 12, 5, before_only=True),
    # round 55: the national days of a fixed date a plan's publicity is timed by (the state security education day
    # of the 国家安全法, World Book Day, the disaster reduction day of 12 May, the constitution day, World Environment
    # Day, the international anti-drug day), as written with and without their 全民 / 全国
    Holiday("全民国家安全教育日", 4, 15, before_only=True),
    Holiday("国家安全教育日", 4, 15, before_only=True),
    Holiday("世界读书日", 4, 23, before_only=True),
    Holiday("全国防灾减灾日", 5, 12, before_only=True),
    Holiday("防灾减灾日", 5, 12, before_only=True),
    Holiday("国家宪法日", 12, 4, before_only=True),
    Holiday("世界环境日", 6, 5, before_only=True),
    Holiday("国际禁毒日", 6, 26, before_only=True),
    # round 57: the other days of a fixed date a plan's publicity or campaign is timed by (World Wetlands Day, World
    # Water Day, Earth Day, the biodiversity day, World No Tobacco Day, the land day, the national fitness day, World
    # Food Day, World AIDS Day, the traffic safety day, the day of persons with disabilities), and those whose day
    # moves within a known month (the farmers' harvest festival at the autumn equinox, the third Sunday of May's day
    # for the disabled, the second Saturday of June's heritage day): their month, as 春节's
    Holiday("世界湿地日", 2, 2, before_only=True),
    Holiday("世界水日", 3, 22, before_only=True),
    Holiday("世界地球日", 4, 22, before_only=True),
    Holiday("国际生物多样性日", 5, 22, before_only=True),
    Holiday("世界无烟日", 5, 31, before_only=True),
    Holiday("全国土地日", 6, 25, before_only=True),
    Holiday("全民健身日", 8, 8, before_only=True),
    Holiday("世界粮食日", 10, 16, before_only=True),
    Holiday("世界艾滋病日", 12, 1, before_only=True),
    Holiday("全国交通安全日", 12, 2, before_only=True),
    Holiday("国际残疾人日", 12, 3, before_only=True),
    Holiday("中国农民丰收节", 9, None, before_only=True),
    Holiday("农民丰收节", 9, None, before_only=True),
    Holiday("全国助残日", 5, None, before_only=True),
    Holiday("文化和自然遗产日", 6, None, before_only=True),
    # round 57 left21: the national college entrance exam (from 7 June, fixed since 2003: 高考前 its eve, 06-06) and
    # the senior-high entrance exam (each city's days, in June nearly everywhere: its month, as 全国助残日's)
    Holiday("高考", 6, 7, before_only=True),
    Holiday("中考", 6, None, before_only=True),
    # round 58 left24: the national people's congress and the CPPCC (全国两会), meeting in early March every year (the
    # congress opens on 5 March by custom, its day fixed year by year): their month; not a province's 两会 (January)
    Holiday("全国两会", 3, None, before_only=True),
    # round 61 left29: and 两会 with no level named (2027年两会前, 2027年两会期间): a county's or a city's own (January or
    # February), a province's (January) or the nation's (March); the last of a year's is the nation's, so the latest
    # day the words allow falls in March, whichever is meant (before, the bare year: later than any of them)
    Holiday("两会", 3, None, before_only=True),
    # round 65 left35: the Dai new year (泼水节), on the Dai calendar's solar new year, 13 to 15 April every year
    # (西双版纳, 德宏): a fixed Gregorian day, its eve 12 April
    Holiday("泼水节", 4, 13, before_only=True),
    *(Holiday(name + end, None, None, before_only=True) for name in LUNAR_MONTHS for end in ("节", "")),
)
HOLIDAY_BY_NAME = {h.name: h for h in HOLIDAYS}
# round 65 left35: a count of days before an event or a holiday (验收前10天, 暗访前5天, 春节前一周, 节前3日)
DAYS_BEFORE = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:天|日)|[一两二三]周|一个?星期"
_WEEKS = {"一": 1, "两": 2, "二": 2, "三": 3}
# round 65 left35: the day of 春节 (the lunar new year) year by year from 2020, for a count of days before it (春节前一周:
# 2026-02-10); 春节前 alone still reads its month (round 27). Round 67: in ``LUNAR_DAYS``, with the other lunar
# festivals' days
# the holidays' names as a pattern's alternatives, the longest first
_HOLIDAY_NAMES = "|".join(sorted((h.name for h in HOLIDAYS), key=len, reverse=True))
# a holiday, then a count of days before it (国庆节前3日, 春节前一周, 2026年五一前10天), or its eve (春节前夕: the day
# before it, round 66)
_HOLIDAY_DAYS_BEFORE = compiled(r"(?:\d{4}年)?“?(" + _HOLIDAY_NAMES + r")”?前(" + DAYS_BEFORE + "|夕)")


def days_before_holiday(text: str, eve: str | None) -> str | None:
    """The last day a count of days before a holiday allows (``国庆节前3日``, ``春节前一周``), ``eve`` the date its words
    without the count read (``国庆节前``: the holiday's year, as a deadline reads it): that many days before its day
    (the lunar festivals' from ``LUNAR_DAYS``: 春节's since round 65, the others' since round 67), or, for a holiday
    known by its month alone, the month its last day less the count falls in; None for other words or no eve.

    >>> days_before_holiday("国庆节前3日", "2026-09-30"), days_before_holiday("春节前一周", "2026-02")
    ('2026-09-28', '2026-02-10')
    >>> days_before_holiday("元旦前3天", "2026-12"), days_before_holiday("端午前10天", "2026-06")
    ('2026-12-29', '2026-06-09')
    >>> days_before_holiday("国庆节前", "2026-09-30"), days_before_holiday("春节前一周", None)
    (None, None)

    Its eve (前夕) is the day before it, a day of its own where the holiday's day is known (round 66: ``春节前夕``
    from the table, as ``国庆节前夕`` is 09-30; round 67: the other lunar festivals' too, ``LUNAR_DAYS``), else its
    month as before (a year the table does not hold):

    >>> days_before_holiday("春节前夕", "2027-02"), days_before_holiday("中秋节前夕", "2026-09")
    ('2027-02-05', '2026-09-24')
    >>> days_before_holiday("端午节前10日", "2028-05"), days_before_holiday("中秋节前夕", "2040-09")
    ('2028-05-18', '2040-09')
    """
    m = _HOLIDAY_DAYS_BEFORE.fullmatch(text)
    if m is None or eve is None:
        return None
    count = "1日" if m.group(2) == "夕" else m.group(2)
    holiday = HOLIDAY_BY_NAME[m.group(1)]
    day = holiday.day_in(_holiday_year(holiday, eve))
    return days_earlier(eve[:7] if day is None else day.isoformat(), count)


def _holiday_year(holiday: Holiday, eve: str) -> int:
    """The year of the holiday whose eve (what ``X前`` reads) is ``eve``: the eve's, or the next for a holiday
    opening the year (``元旦前``: the December before it).

    >>> _holiday_year(HOLIDAY_BY_NAME["元旦"], "2025-12"), _holiday_year(HOLIDAY_BY_NAME["中秋"], "2026-09")
    (2026, 2026)
    """
    year = int(eve[:4])
    return year + 1 if holiday.month is not None and int(eve[5:7]) > holiday.month else year


# round 67 left37: a count of days after a holiday (国庆节后3日内, 春节后一周内, 2026年五一后10天): after its days off
_HOLIDAY_DAYS_AFTER = compiled(r"(?:\d{4}年)?“?(" + _HOLIDAY_NAMES + r")”?后(" + DAYS_BEFORE + r")(?:[之以]?内)?")
# the days off after a public holiday's day, at most (the State Council's 全国年节及纪念日放假办法 and its yearly
# arrangement of them): 春节 to 初七 (除夕 before it), 国庆 to 7 October, 劳动节 to 5 May, 元旦, 清明, 端午 and 中秋 a
# weekend's two days after the day; other days no day off (重阳, 元宵)
_DAYS_OFF_AFTER = {"春节": 6, "国庆节": 6, "国庆": 6, "十一": 6, "五一": 4, "劳动节": 4}
_DAYS_OFF_AFTER.update(dict.fromkeys(("元旦", "清明节", "清明", "端午节", "端午", "中秋节", "中秋"), 2))


def holiday_after_at(text: str) -> int | None:
    """Where the 后 of a count of days after a holiday stands in ``text`` (``国庆节后3日内`` → 3), else None.

    >>> holiday_after_at("国庆节后3日内"), holiday_after_at("2027年春节后一周"), holiday_after_at("节后3日")
    (3, 7, None)
    """
    m = _HOLIDAY_DAYS_AFTER.fullmatch(text)
    return None if m is None else m.end(1) + (text[m.end(1)] == "”")


def days_after_holiday(text: str, eve: str | None) -> str | None:
    """The month a count of days after a holiday ends in (``国庆节后3日内``), ``eve`` the date its words with 前 for
    后 read (the holiday's year): that many days after its days off (``_DAYS_OFF_AFTER``), their month, the day
    being each year's arrangement (round 67); None for other words, no eve or a holiday whose day is not known.

    >>> days_after_holiday("国庆节后3日内", "2026-09-30"), days_after_holiday("春节后7日内", "2027-02")
    ('2026-10', '2027-02')
    >>> days_after_holiday("重阳节后5日内", "2026-10"), days_after_holiday("全国助残日后3日", "2026-05")
    ('2026-10', None)
    """
    m = _HOLIDAY_DAYS_AFTER.fullmatch(text)
    if m is None or eve is None:
        return None
    holiday = HOLIDAY_BY_NAME[m.group(1)]
    day = holiday.day_in(_holiday_year(holiday, eve))
    if day is None:
        return None
    last = day + timedelta(days=_DAYS_OFF_AFTER.get(holiday.name, 0) + day_count(m.group(2)))
    return f"{last.year:04d}-{last.month:02d}"


# round 66: a bare 节前3日; round 67: 节后7日内, 节日期间, 节假日期间: a time of a festival naming none, the one its
# plan's title names
_BARE_FESTIVAL = compiled(
    r"节(?=[前后](?:" + DAYS_BEFORE + r")(?:[之以]?内)?$)|(?:节日|节假日|节日假期|假日|假期)(?=期间$)"
)


def festival_named(words: str, festival: str) -> str | None:
    """``words`` of a festival's time naming none (``节前3日``, ``节后7日内``, ``节日期间``, ``节假日期间``) with the
    festival ``festival`` named in place of their bare 节 (rounds 66, 67), else None.

    >>> festival_named("节后7日内", "春节"), festival_named("节日期间", "国庆节"), festival_named("节前3日", "五一")
    ('春节后7日内', '国庆节期间', '五一前3日')
    >>> festival_named("节后", "春节"), festival_named("国庆节前3日", "国庆节"), festival_named("节日期间内", "春节")
    (None, None, None)
    """
    m = _BARE_FESTIVAL.match(words)
    return None if m is None else festival + words[m.end() :]


def names_no_festival(words: str) -> bool:
    """Whether ``words`` are a festival's time naming none (``节前3日``, ``节后7日内``, ``节日期间``: rounds 66, 67).

    >>> names_no_festival("节后7日内"), names_no_festival("国庆节前3日")
    (True, False)
    """
    return _BARE_FESTIVAL.match(words) is not None


# round 67 left37: a holiday's days off before 期间 (国庆节假日期间, 春节假期期间), its 期间
_BREAK_DURING = compiled("(" + _HOLIDAY_NAMES + r")(”?)(?:节?假日|节日|假期)期间")


def break_as_during(text: str) -> str:
    """``text`` with a holiday's days off before its 期间 (``国庆节假日期间``) written as 期间 alone, the words a
    deadline's reader knows (round 67); ``text`` itself when it has none.

    >>> break_as_during("国庆节假日期间"), break_as_during("2027年春节假期期间"), break_as_during("暑假期间")
    ('国庆节期间', '2027年春节期间', '暑假期间')
    """
    if "假" not in text or "期间" not in text:
        return text
    return _BREAK_DURING.sub(r"\1\2期间", text)


def whole_as_during(text: str) -> str:
    """``text`` with the whole of a season or holiday (``整个采暖季``, ``整个暑假``) written as its 期间, the words a
    deadline's reader knows (SPEC: during a season, its last month; round 69 left40); ``text`` itself otherwise.

    >>> whole_as_during("整个采暖季"), whole_as_during("整个暑假"), whole_as_during("整个活动"), whole_as_during("采暖季期间")
    ('采暖季期间', '暑假期间', '整个活动', '采暖季期间')
    >>> whole_as_during("整个国庆假期"), whole_as_during("整个春节假日"), whole_as_during("整个工作假期")  # its days off
    ('国庆假期期间', '春节假日期间', '整个工作假期')
    """
    if not text.startswith("整个"):
        return text
    rest = text[2:]
    # (a holiday's days off after its name, 国庆假期, 五一节假日: the holiday's 期间, as ``break_as_during`` reads them)
    names = (rest, rest[:-2], rest[:-3]) if rest.endswith(("假期", "假日")) else (rest,)
    return rest + "期间" if any(n in SEASON_BY_NAME or n in HOLIDAY_BY_NAME for n in names) else text


def holiday_days_start(text: str) -> int | None:
    """Where the count of days after a holiday's 前 begins in ``text`` (``国庆节前3日`` → 5), else None.

    >>> holiday_days_start("国庆节前3日"), holiday_days_start("2026年春节前一周"), holiday_days_start("暗访前5天")
    (4, 8, None)
    """
    m = _HOLIDAY_DAYS_BEFORE.fullmatch(text)
    return None if m is None else m.start(2)


# round 63 left32: festivals with no month of their own, which each place dates year by year (内蒙古's 那达慕: each
# league and banner sets its days, from June to August): a deadline before or during one names no date the words
# allow, unless the plan dates it elsewhere (``plan_periods.CampaignPeriod.event_end``); not the bare year
# round 64 left33: and the festivals of the Islamic calendar (开斋节, called 肉孜节 in 新疆; 古尔邦节, also 宰牲节: their
# Gregorian day about eleven days earlier each year, the regions announcing the days) and the Tibetan new year (藏历新年,
# 藏历年: its Gregorian day moving by up to a month from year to year)
# round 64 left34: and the other Tibetan festivals of the Tibetan calendar (雪顿节, on its sixth month's 30th day, July or
# August; 望果节, the harvest festival each village or township holds when its crops ripen)
# round 65 left35: and the new years of the Yi (彝族年: the Yi calendar's tenth month, each prefecture or county setting
# its days), the Miao (苗年) and the Dong (侗年: the tenth or eleventh lunar month, on a day each village or county
# chooses); the torch festival (火把节) and “三月三” are fixed lunar days (``LUNAR_MONTHS``)
UNFIXED_FESTIVALS = (
    "那达慕",
    "开斋节",
    "肉孜节",
    "古尔邦节",
    "宰牲节",
    "藏历新年",
    "藏历年",
    "雪顿节",
    "望果节",
    "彝族年",
    "苗年",
    "侗年",
)
_UNFIXED_FESTIVAL = compiled(
    r"(?:\d{4}年)?(?:迎接)?“?(?:" + "|".join(UNFIXED_FESTIVALS) + r")(?:大会|节)?”?(?:前|期间)(?:完成|结束)?"
)


def unfixed_festival(text: str) -> bool:
    """Whether a deadline's words are only a time before or during a festival of no fixed month
    (``UNFIXED_FESTIVALS``), its year before it or not.

    >>> unfixed_festival("那达慕前"), unfixed_festival("2026年那达慕大会期间"), unfixed_festival("2026年7月底前（那达慕前）")
    (True, True, False)
    >>> unfixed_festival("2026年古尔邦节前"), unfixed_festival("肉孜节期间"), unfixed_festival("藏历新年前完成")
    (True, True, True)
    """
    return (
        text[-1:] in _UNFIXED_FESTIVAL_LAST
        and any(name in text for name in UNFIXED_FESTIVALS)
        and _UNFIXED_FESTIVAL.fullmatch(text) is not None
    )


# the last characters of every match of ``_UNFIXED_FESTIVAL`` (前, 期间, 完成, 结束): a field ending otherwise is no
# festival's time, known by one look at its last character (session 50: the twelve names' ``in`` scans, ~9.8 k
# instructions a field, ran for 41 fields a parse of the bundled plan, none of them a festival's)
_UNFIXED_FESTIVAL_LAST = "前间成束"


# round 54: a day written month·day in quotes (“3·15”前, “5·12”前: its eve), only before 前
_MARKED_DAY = r"“\d{1,2}[·・．.]\d{1,2}(?=”前)"  # the opening quote matched: a rare first character to look for


def _holiday_names(holidays: tuple[Holiday, ...]) -> str:
    """The alternatives of a pattern for ``holidays``, the longest first, those read only before 前 (``before_only``)
    also before 期间 (round 57: ``2026年端午期间``, ``十一期间``), and one written as a name, not numbers, also before
    the next holiday of a list (``2026年中秋、国庆期间``, ``中秋国庆期间``; not ``十一、``, an item's number).

    >>> _holiday_names((Holiday("清明", 4, 5), Holiday("清明节", 4, 5), Holiday("八一", 8, 1, before_only=True)))[:26]
    '清明节|清明|八一(?=”?(?:前|期间|后(?:'
    >>> written = compiled(_holiday_names((Holiday("中秋", None, None, before_only=True), Holiday("七一", 7, 1, before_only=True))))
    >>> [m.start() for m in written.finditer("中秋、国庆；七一前；七一后3日内；七一路；七一后开展")]  # round 69: 七一后3日内
    [0, 6, 10]
    """
    ordered = sorted(holidays, key=lambda h: -len(h.name))
    anywhere = "|".join(h.name for h in ordered if not h.before_only)
    return "|".join(h.name + _read_before(h, anywhere) for h in ordered)


def _read_before(holiday: Holiday, anywhere: str) -> str:
    """The lookahead a holiday read only before some words takes (``_holiday_names``), or nothing: ``anywhere`` the
    holidays read wherever they are written."""
    if not holiday.before_only:
        return ""
    # round 69 left40: also before a count of days after it (七一后3日内, 十一后5日内, 劳动节后3日内), as a field reads them
    after = "后(?:" + DAYS_BEFORE + ")"
    if _WRITTEN_AS_NUMBERS.fullmatch(holiday.name) is not None:
        return "(?=”?(?:前|期间|" + after + "))"
    # (“三月三”节前: the quote closed before 节, round 63)
    return "(?=”?节?(?:前|期间|" + after + "|[、和及]|" + anywhere + "))"


_WRITTEN_AS_NUMBERS = compiled("[一二三四五六七八九十双]+")


@dataclass(frozen=True)
class Campaign:
    """A national campaign held in one month of every year (its day set year by year, or a week of it), as a
    deadline names it: its name, its month (None where the month itself is set year by year: the year alone is
    known), and what may be written before the name (a pattern).

    >>> Campaign("科普日", 9, "(?:全国)?").written
    '(?:全国)?科普日'
    """

    name: str
    month: int | None
    opening: str = ""

    @property
    def written(self) -> str:
        """The pattern of its name as written."""
        return self.opening + self.name


# round 54: the fire service's 119 month in November, work safety's in June, quality's in September, the cyber
# security week in September; round 55: the constitution's publicity week (December, around 4 December), the
# science popularisation day (September, its day set each year), the disaster reduction week (May). Round 57: the
# campaigns whose month is set year by year, the energy saving week and the low carbon day in it (May to August in
# recent years), the food safety week (June to September): no month, the year's end the last day the text allows
# (before, a field read the bare year and a task's words none)
CAMPAIGNS = (
    Campaign("消防宣传月", 11, "(?:“?119”?)?"),
    Campaign("安全生产月", 6),
    Campaign("质量月", 9),
    Campaign("网络安全宣传周", 9, "(?:国家)?"),
    Campaign("宪法宣传周", 12),
    Campaign("科普日", 9, "(?:全国)?"),
    Campaign("防灾减灾宣传周", 5, "(?:全国)?"),
    Campaign("节能宣传周", None, "(?:全国)?"),
    Campaign("低碳日", None, "(?:全国)?"),
    Campaign("食品安全宣传周", None, "(?:全国)?"),
    # round 57 left21: the bird-loving week (each province's week, March to May) and the forest fire season (each
    # province's months, in the south from autumn into the next spring): no month, as the campaigns above
    Campaign("爱鸟周", None),
    Campaign("森林防火期", None),
    # round 58 left23: the rainy season (its onset from April in South China to July in the North: no one month),
    # the year's end before it or during it, in a field (as before: the bare year) and now in a task's words (none)
    Campaign("雨季", None),
)
_CAMPAIGN_MONTH = {c.name: c.month for c in CAMPAIGNS}


def _campaign_names() -> str:
    """The alternatives of a pattern for ``CAMPAIGNS``.

    >>> _campaign_names().split("|")[:2]
    ['(?:“?119”?)?消防宣传月', '安全生产月']
    """
    return "|".join(c.written for c in CAMPAIGNS)


# a season's or holiday's coming before its 前 (round 57 fresh24: 2026年汛期到来前, 2026年冬季来临前, 春节到来之前),
# read as 前 alone; before, the season was no time (汛期到来前 read its bare year, 2026-12)
ARRIVING = "(?:到来|来临)"
# ... and its end before a deadline's 前 (round 57 fresh24: 2026年暑假结束前, 2026年寒假结束前): during it, its last month
# (before, its eve: 2026年暑假结束前 read July, 2026年寒假结束前 the bare year); a season with no end month keeps its eve
ENDING = ("结束前", "结束之前", "结束以前", "结束时")
ENDING_PATTERN = "结束(?:[之以]?前|时)"  # ENDING as a pattern (round 57 left22)
# a season listed with another time (round 56, fresh22: 2026年寒假期间、2026年暑期各开展一次集中行动): before the
# next one's 、 or the 各 (each) that closes the list; before, the second season was no time and its task was due
# at the first one's end
_LISTED = "、|各(?:开展|组织|举办|进行|安排)"
_LISTED_AFTER = ("、", "各")  # and read during it, as closing the value (2026年暑期各开展一次: August)
# a season the work is done in, the work's verb right after it (round 57: 在2026年寒假开展…活动, 2026年冬季集中开展专项整治;
# before, no time: the season was read only before 前, 期间, 、 or 各…), read during it as closing the value; not a
# season naming the work (组织2026年寒假社会实践活动, 2026年冬季行动)
# (round 57 left21: or 完成, the work done within it: 2026年春季完成造林任务, 2026年冬季完成改造)
_DONE_IN = "(?:集中)?(?:开展|组织|举办|进行|实施)|(?:全面)?完成"
_DONE_IN_AT = compiled(_DONE_IN)
# ... or closing its clause, as the season closes a field's value (2026年寒假，组织学生…; …安排在2026年寒假。)
_CLAUSE_ENDS = ("，", ",", "。", "；", ";")


@dataclass(frozen=True)
class Season:
    """A time of the year a deadline names by what happens then (``2026年春耕前``, ``2026年寒假期间``): ``eve`` the
    month (and ``day``) its eve falls in, what 前 reads; ``end`` the month it ends in, what 期间 (or the name alone,
    closing the value) reads, None where only its eve is read; an ``end`` before the ``eve`` is the next year's (a
    winter's). ``written`` is the date pattern's alternative (``SEASONS_AND_HOLIDAYS``), or None for a season the
    pattern writes itself (the flood season's and the school terms', in ``deadlines._TOKEN``).

    >>> Season("冬季", 11, 2).month_at("2026年冬季期间", 7), Season("冬季", 11, 2).month_at("2026年冬季前", 7)
    ((14, None), (11, None))
    """

    name: str
    eve: int
    end: int | None = None
    day: int | None = None
    written: str | None = ""

    def month_at(self, text: str, at: int) -> tuple[int, int | None]:
        """The month (and day) the season written in ``text`` up to ``at`` allows: its end during it (a month past
        12 in the next year), else its eve; listed with another time, during it (round 56).

        >>> Season("暑期", 7, 8).month_at("2026年暑期各开展一次", 7)
        (8, None)
        >>> Season("冬季", 11, 2).month_at("2026年冬季集中开展整治", 7), Season("暑假", 7, 8).month_at("2026年暑假开展", 7)
        ((14, None), (8, None))
        >>> Season("暑假", 7, 8).month_at("2026年暑假结束前", 7), Season("暑假", 7, 8).month_at("2026年暑假前", 7)
        ((8, None), (7, None))
        """
        at += text.startswith("”", at)  # “三秋”期间: the closing quote before the word (round 57)
        during = self.end is not None and (
            at == len(text)
            or text.startswith(("期间", *ENDING, *_LISTED_AFTER, *_CLAUSE_ENDS), at)
            or _done_in(text, at)
        )
        if not during:
            return self.eve, self.day
        return (self.end + 12 if self.end < self.eve else self.end), None


def _done_in(text: str, at: int) -> bool:
    """Whether the work's verb (``_DONE_IN``) follows a season written in ``text`` up to ``at``.

    >>> _done_in("2026年冬季集中开展整治", 7), _done_in("2026年冬季集中供暖", 7), _done_in("2026年寒假社会实践", 7)
    (True, False, False)
    """
    return _DONE_IN_AT.match(text, at) is not None


def _named_before_or_during(name: str) -> str:
    """The pattern of a season read only before (前) or during (期间) it, or closing a value (round 56: ``冬季行动``,
    ``春运工作`` name no time), or listed with another time (``_LISTED``), or before the work's verb (``_DONE_IN``) or
    the end of its clause (round 57).

    >>> import re
    >>> [bool(re.match(_named_before_or_during("暑期"), t)) for t in ("暑期各开展一次", "暑期、寒假", "暑期托管")]
    [True, True, False]
    """
    return (
        name
        + "(?=”?(?:"
        + ARRIVING
        + "?[之以]?前|期间|"
        + ENDING_PATTERN
        + "|$)|["
        + "".join(_CLAUSE_ENDS)
        + "]|"
        + _LISTED
        + "|"
        + _DONE_IN
        + ")"
    )


# the times of the year a deadline names, the one table of them (round 56: before, the pattern's alternatives and
# deadlines._SEASON_END's months were two lists; deadlines._season_end reads this one by name). Round 32: the farming year (spring ploughing in March and April,
# the wheat harvest from late May, 三夏 the summer harvest and sowing of June, the autumn harvest from late
# September), the summer holidays (from July), the heating season (from mid-November in the north); round 41: during
# a harvest, to its end (the autumn one runs into October, the wheat one through June); round 55: the summer and
# winter peaks of power and gas demand (July, December: their eves June and November). Round 56: the winter school
# holidays (late January into February), 春运 (the 40 days around the Spring Festival: from 15 days before it, in
# January or early February, to March at the latest), the winter (December to February: a year's winter is the one
# opening at its end, as its heating season), the summer period (暑期, as the summer holidays: July and August), the
# summer peak to September; round 57: 三秋 (late September through October). Each its own pattern in the order of the alternatives (the longer names first)
SEASONS = (
    Season("春耕春播", 3),
    Season("春耕", 3),
    Season("春播", 3),
    Season("麦收期间", 6),
    Season("麦收", 5),
    Season("三夏", 6),
    # round 57: 三秋, the autumn harvest, sowing and field work (late September through October), read before or
    # during it only (三秋生产 names the work)
    Season("三秋", 9, 10, written=_named_before_or_during("三秋")),
    Season("秋收期间", 10),
    # round 57 left22: the autumn harvest's end (结束前), October as 秋收期间 (round 41), not its eve
    Season("秋收", 9, 10),
    Season("暑假", 7, 8),
    Season("暑期", 7, 8, written=_named_before_or_during("暑期")),
    Season("寒假", 1, 2, written=_named_before_or_during("寒假")),
    Season("春运", 1, 3, written=_named_before_or_during("春运")),
    Season("冬季供暖", 11),
    # round 57 left22: a heating season's end, March of the next year (the northern season to mid-March)
    Season("供暖季", 11, 3),
    Season("供暖", 11),
    Season("冬季采暖", 11),
    Season("采暖季", 11, 3),
    Season("采暖", 11),
    Season("冬季", 11, 2, written=_named_before_or_during("冬季")),
    # round 57 left21: spring (March to May) and autumn (September to November) after their year, read as the
    # other seasons (2026年春季集中开展 2026-05, 2026年秋季前 2026-08); not a school term's (春季学期, 秋季开学前: below)
    # nor the work's name (2026年春季植树活动, 2026年秋季攻势)
    Season("春季", 2, 5, written=_named_before_or_during("春季")),
    Season("秋季", 8, 11, written=_named_before_or_during("秋季")),
    # round 61 left29: the graduation season (the weeks from June, when a year's graduates defend, graduate and leave,
    # to July, when they have left: 2026年毕业生离校前 reads July, round 60): its eve May, during it July; read only
    # before or during it or closing the value (毕业季招聘活动 names the work)
    Season("毕业季", 5, 7, written=_named_before_or_during("毕业季")),
    Season("植树节", 3, day=12),
    Season("植树季", 3),
    Season("迎峰度夏", 6, 9, written=_named_before_or_during("迎峰度夏")),
    Season("迎峰度冬", 11, 2, written=_named_before_or_during("迎峰度冬")),
    # round 57 left22: the flood season's end (2026年汛期结束前: September, its usual end, 汛期（6月1日—9月30日）), read
    # only before 结束 (汛期 alone names the work's time: 汛期加密巡查; its eve is written in deadlines._TOKEN)
    # round 58 left23: and during it after its year (2026年汛期期间) or closing the value (完成时限：2026年汛期), to its end,
    # as 2026年暑期 reads (SPEC); before, the bare year (2026-12); with no year 汛期 and 汛期期间 stay ongoing (round 42)
    Season("汛期", 5, 9, written="汛期(?:(?<=年汛期)(?=期间|$)|(?=" + ENDING_PATTERN + "))"),
    # written in deadlines._TOKEN itself: the flood season (round 27), the school terms (round 28, 37, 38)
    *(Season(name, 5, written=None) for name in ("汛前", "汛期前", "入汛前", "主汛期前")),
    Season("春季开学", 2, written=None),
    Season("秋季开学", 8, day=31, written=None),
    Season("春季学期开学", 2, written=None),
    Season("秋季学期开学", 8, day=31, written=None),
    Season("秋季学期", 9, written=None),  # round 38: 2026年秋季学期 (in place when the term opens)
    Season("春季学期", 3, written=None),
)
SEASON_BY_NAME = {s.name: s for s in SEASONS}
# the names around the Spring Festival: with no year of their own, the next festival's year in a plan issued
# after its year's (round 36's 春节前; round 56)
AROUND_THE_FESTIVAL = ("春节", "寒假", "春运")
# round 61 left29: the sessions of the people's congresses (两会, 全国两会: from January to early March), likewise with
# no year of their own: the next year's in a plan issued after its year's had met (from the 5 March the nation's opens)
AROUND_THE_SESSIONS = "两会"
SESSIONS_OPEN = "03-05"


def _season_names() -> str:
    """The alternatives of a pattern for ``SEASONS`` (those the pattern does not write itself).

    >>> _season_names().split("|")[:3], "|寒假(?=”?(?:(?:到来|来临)?[之以]?前|期间|结束(?:[之以]?前|时)|$)|[，,。；;]|、|" in _season_names()
    (['春耕春播', '春耕', '春播'], True)
    """
    return "|".join(s.written or s.name for s in SEASONS if s.written is not None)


# the holidays as a pattern's alternatives (a day's numbers and names only before 前)
HOLIDAYS_WRITTEN = _holiday_names(HOLIDAYS)
# what happens at a time of the year, as a deadline names it (2025年春耕前, 麦收前, “三夏”期间, 暑假前, 五一前): round 32
SEASONS_AND_HOLIDAYS = (
    _season_names()
    + "|"
    + HOLIDAYS_WRITTEN
    + "|"
    + _MARKED_DAY
    + "|"
    + _campaign_names()  # round 54: the national campaigns' months
)


def listed(names: str) -> str:
    """A pattern of one or more of ``names`` (a pattern's alternatives) listed, 、, 和, 及 or nothing between them,
    each in quotes or not (round 57: ``元旦、春节``, ``中秋国庆``, ``“五一”和端午``).

    >>> import re
    >>> [re.fullmatch(listed("元旦|春节|国庆"), t) is not None for t in ("元旦、春节", "元旦春节", "“国庆”", "元旦，春节")]
    [True, True, True, False]
    """
    one = "“?(?:" + names + ")(?:”节?)?"  # “三月三”节: the quote closed before 节 (round 63)
    return one + "(?:[、和及]?" + one + ")*"


_ARRIVING_BEFORE = compiled(
    "(汛期?|入汛|主汛期|"
    + "|".join(
        sorted(
            [
                *(s.name for s in SEASONS if not s.name.endswith("前")),
                *HOLIDAY_BY_NAME,
                *(c.name for c in CAMPAIGNS if c.month is None),  # 2026年雨季来临前 (round 58 left23)
            ],
            key=len,
            reverse=True,
        )
    )
    + ")(”?)(?:"
    + ARRIVING
    + "[之以]?|[之以])前"
)


def arrival_as_before(text: str) -> str:
    """``text`` with a season's or holiday's coming before its 前 (``到来前``, ``来临之前``) or its ``之前``/``以前``
    written as 前 alone (round 57 fresh24), the words a deadline's reader knows; ``text`` itself when it has none.

    >>> arrival_as_before("2026年汛期到来前"), arrival_as_before("2026年冬季来临之前"), arrival_as_before("春节以前")
    ('2026年汛期前', '2026年冬季前', '春节前')
    >>> arrival_as_before("2026年6月底之前"), arrival_as_before("寒潮来临前")
    ('2026年6月底之前', '寒潮来临前')
    """
    if "前" not in text or not ("来" in text or "之前" in text or "以前" in text):
        return text
    return _ARRIVING_BEFORE.sub(r"\1\2前", text)


# round 67 left38: the first quarters of a year counted (2026年前两个季度, 前三季度, 2026年前2个季度): due at the last
# one's end, as 上半年 ends in June (before, the bare year, 2026-12, and 前两个季度 with no year no date)
_FIRST_QUARTERS = compiled(r"前([一二两三四1-4])个?季度")
_QUARTER_NAMES = dict(zip("一1二两2三3四4", "一一二二二三三四四"))  # the count as the quarter it ends with


def first_quarters_as_end(text: str) -> str:
    """``text`` with the first quarters of a year counted written as the last one's end (``前两个季度`` →
    ``第二季度末``), read so; other words unchanged.

    >>> first_quarters_as_end("2026年前两个季度"), first_quarters_as_end("前三季度"), first_quarters_as_end("第三季度")
    ('2026年第二季度末', '第三季度末', '第三季度')
    """
    if "季" not in text:
        return text
    return _FIRST_QUARTERS.sub(lambda m: "第" + _QUARTER_NAMES[m.group(1)] + "季度末", text)


# the seasons and holidays, one or several listed (round 57); the holidays alone so
TIMES_OF_YEAR_LISTED = listed(SEASONS_AND_HOLIDAYS)
HOLIDAYS_LISTED = listed(HOLIDAYS_WRITTEN)
QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


# the periods work recurs by (每日 … 每年): the one list every reader of a period in loaders/ takes its words from
# (round 50; before, deadlines.py, prose.py and assign.py each wrote their own). A reader that takes only some of
# them, or adds one, says which and why where it does.
PERIODS = ("日", "天", "周", "旬", "月", "季度", "半年", "年")
# the periods a date recurs in, each with a point that ends it (每年2月底前, 每季度末, 每月10日前): no day, week or 旬
POINT_PERIODS = ("年", "季度", "月", "半年")
# the periods work recurs by, in a task's words (round 46: 每日, 每天, as a field reads them since round 38; round 48:
# every few years or months, 每两年开展一次评审, 每三个月); and a half month, a school term; every other month,
# 每双月调度一次 (round 50: before, read only in a field); the few years in a digit, 每5年全面更新一次 (round 51);
# a school year, 每学年开展一次 (round 55)
PERIOD = "(?:" + "|".join(PERIODS) + r"|半月|学[期年]|双月|[两二三五2-9]年|[两三]个?月|[2-9]个月)"


def marked_day_eve(written: str) -> tuple[int, int | None] | None:
    """The day before a day written month·day (``3·15``), None when it is no day.

    >>> marked_day_eve("“5·12"), marked_day_eve("“2·30")
    ((5, 11), None)
    """
    month, day = (int(part) for part in re.split(r"[·・．.]", written.lstrip("“")))
    try:
        return _day_before(month, day)
    except ValueError:
        return None


# round 54: a national campaign (``CAMPAIGNS``) written after a year, in a field or a task's words, is the
# campaign's month; before it (前), the month before


def campaign_named(season: str) -> str | None:
    """The national campaign a season token names (``“119”消防宣传月`` → ``消防宣传月``), else None."""
    return next((name for name in _CAMPAIGN_MONTH if season.endswith(name)), None)


def campaign_month(campaign: str, text: str, end: int) -> tuple[int, None] | None:
    """The month a national ``campaign`` written in ``text`` up to ``end`` allows: its own, or the one before it
    when 前 follows (``2026年安全生产月前``); None when its month is set year by year (round 57: the year alone).

    >>> campaign_month("安全生产月", "2026年安全生产月期间", 10), campaign_month("安全生产月", "2026年安全生产月前", 10)
    ((6, None), (5, None))
    >>> campaign_month("节能宣传周", "2026年全国节能宣传周期间", 12) is None
    True
    """
    month = _CAMPAIGN_MONTH[campaign]
    if month is None:
        return None
    before = text.startswith("前", end + (text[end : end + 1] == "”")) and not text.startswith("前后", end)
    return (month - 1 if before else month), None


def ocr_zeros(written: str) -> str:
    """``written`` with a letter O (o, Ｏ) a scan's OCR read for a zero as one: after a digit (``2O25年``, ``3O日``)
    a 0, among Chinese numerals (``二O二五年``) a 〇 (round 34). Asked where dates are read, on short texts: looking
    for a letter O in a whole plan costs 0.7 M instructions (CPython's search for an ASCII character in Chinese text
    stops at every character whose low byte is the same).

    >>> ocr_zeros("2O25年11月3O日前"), ocr_zeros("二O二五年三月"), ocr_zeros("O2O模式，IoT"), ocr_zeros("2OO5年")
    ('2025年11月30日前', '二〇二五年三月', 'O2O模式，IoT', '2005年')
    """
    if "O" not in written and "o" not in written and "Ｏ" not in written:
        return written
    return _LETTER_O_DIGIT.sub(_zeros, _LETTER_O_NUMERAL.sub("〇", written))


_LETTER_O_DIGIT = compiled(r"(?<=\d)[OoＯ]+(?=[\d年月日号])")
_LETTER_O_NUMERAL = compiled(r"(?<=[〇一二三四五六七八九])[OoＯ](?=[〇一二三四五六七八九OoＯ年])")


def _zeros(m: re.Match[str]) -> str:
    return "0" * len(m.group())


# a quarter written Q1–Q4 (after a year or not); a year written with its last two digits before a time (25年底)
QUARTER_Q = compiled(r"(?<![A-Za-z])(?:((?:19|20)\d{2})年?)?[Qq]([1-4])(?![A-Za-z\d])")


def quarter_written(m: re.Match[str]) -> str:
    return f"{m.group(1) + '年' if m.group(1) else ''}第{'一二三四'[int(m.group(2)) - 1]}季度"


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
CN_YEAR = compiled(r"([〇零一二三四五六七八九]{4})年")
# a month (and day) in Chinese numerals, where a date goes on (底, 末, 前, 中旬 …), not 一月一次
CN_MONTH = compiled(
    r"(?<![一二三四五六七八九十〇\d])(十[一二]?|[一二三四五六七八九])月"
    r"(?:(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日)?(?=底|末|前|中|上|下|份|$|日|\d|[，,；;])"
)


def _cn_number(written: str) -> int:
    """一 … 三十一 as a number.

    >>> [_cn_number(w) for w in ("九", "十", "十二", "二十", "三十一")]
    [9, 10, 12, 20, 31]
    """
    if "十" not in written:
        return _CN_DIGIT[written]
    tens, _, ones = written.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def days_earlier(when: str, written: str) -> str:
    """The last day ``written`` days (``DAYS_BEFORE``) before ``when`` allows: a day that many days earlier; a month
    (an event dated by its month alone) the month its last day less the count falls in, the last day the words
    allow (round 65).

    >>> days_earlier("2026-08-10", "5天"), days_earlier("2026-02-17", "一周"), days_earlier("2026-10-01", "3日")
    ('2026-08-05', '2026-02-10', '2026-09-28')
    >>> days_earlier("2026-10", "10天"), days_earlier("2026-10", "两周"), days_earlier("2026-03", "三十一天")
    ('2026-10', '2026-10', '2026-02')
    """
    days = day_count(written)
    if len(when) == 10:
        return (date.fromisoformat(when) - timedelta(days=days)).isoformat()
    year, month = int(when[:4]), int(when[5:7])
    return (date(year, month, monthrange(year, month)[1]) - timedelta(days=days)).isoformat()[:7]


def day_count(written: str) -> int:
    """The days a count written as ``DAYS_BEFORE`` is (``3日``, ``十天``, ``一周``, ``两周``, ``一个星期``).

    >>> [day_count(t) for t in ("3日", "十天", "一周", "两周", "一个星期")]
    [3, 10, 7, 14, 7]
    """
    count = written.rstrip("天日")
    return 7 * _WEEKS[count[0]] if count.endswith(("周", "星期")) else count_written(count)


def latest(dates: list[str]) -> str:
    """The latest of ``dates`` (``YYYY-MM`` or ``YYYY-MM-DD``), a month counted to its last day: the last day the
    text allows (SPEC), so ``2026年高考、中考前`` is due in 中考's June, not on 高考's eve (round 58 left23; before,
    the strings' order put ``2026-06-06`` after ``2026-06``).

    >>> latest(["2026-06-06", "2026-06"]), latest(["2026-05", "2026-06-06"]), latest(["2026-06", "2026-06-30"])
    ('2026-06', '2026-06-06', '2026-06-30')
    """
    return dates[0] if len(dates) == 1 else max(dates, key=_to_its_end)  # one date: no key to compare by


def _to_its_end(when: str) -> tuple[str, int]:
    """``when`` as a key: a month as its last day (``2026-06`` → ``2026-06-30``), a day written before a month that
    ends on it (``国庆、中秋前``: 09-30 beside September, the day as written, round 52).

    >>> _to_its_end("2026-06"), _to_its_end("2024-02"), _to_its_end("2026-06-06")
    (('2026-06-30', 0), ('2024-02-29', 0), ('2026-06-06', 10))
    """
    if len(when) != 7 or not when[:4].isdigit() or not when[5:].isdigit():
        return when, len(when)
    if (end := _MONTH_LAST_DAYS.get(when[5:])) is not None:
        return when + end, 0
    return f"{when}-{monthrange(int(when[:4]), int(when[5:]))[1]:02d}", 0  # February (a leap year's?), or no month


# each month's last day as a date writes it, but February's (``monthrange``: its leap years)
_MONTH_LAST_DAYS = {f"{m:02d}": f"-{monthrange(2001, m)[1]}" for m in range(1, 13) if m != 2}


def count_written(written: str) -> int:
    """A count written in digits or Chinese numerals (``3``, ``三``, ``十五``) as a number.

    >>> count_written("30"), count_written("三"), count_written("十五")
    (30, 3, 15)
    """
    return int(written) if written.isdigit() else _cn_number(written)


def iso_day(m: re.Match[str]) -> str:
    """The ISO day of a match whose first three groups are a year, a month and a day written in digits.

    >>> iso_day(re.match(r"(\\d+)年(\\d+)月(\\d+)日", "2026年3月9日"))
    '2026-03-09'
    """
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def cn_year(m: re.Match[str]) -> str:
    return "".join(str(_CN_DIGIT[c]) for c in m.group(1)) + "年"


def cn_month(m: re.Match[str]) -> str:
    day = f"{_cn_number(m.group(2))}日" if m.group(2) else ""
    return f"{_cn_number(m.group(1))}月{day}"


def date_written_out(m: re.Match[str]) -> str:
    day = f"{m.group(3)}日" if m.group(3) else ""
    return f"{m.group(1)}年{m.group(2)}月{day}"


MONTH_OPENING = compiled(r"((1[0-2]|[1-9])月份?)[：:]")  # a line of a monthly schedule: 12月：…
FIVE_YEAR_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035}


# the term not named (新学期开学前, 开学前): round 43; round 58: 下学期开学前, 下个学期开学前, 新学年开学前 (before, none in a
# field: the term's name was put after 下学期)
BARE_TERM = compiled(r"(?:新学期|新学年|下个?学期)?开学前")


def next_term(document_date: str | None) -> tuple[str, int] | None:
    """The school term a plan dated ``document_date`` means by ``开学前``: the next to open (from March to August the
    autumn term, else the spring term, the next year's from September), and how many years after the plan's year it
    opens; None with no date.

    >>> next_term("2025-05-20"), next_term("2024-11-02"), next_term("2025-01-10"), next_term(None)
    (('秋季开学前', 0), ('春季开学前', 1), ('春季开学前', 0), None)
    """
    month = int(document_date[5:7]) if document_date and document_date[5:7].isdigit() else 0
    if not month:
        return None
    return ("秋季开学前", 0) if 3 <= month <= 8 else ("春季开学前", int(month >= 9))


# round 58 (fresh26): a school year (学年, 学年度: September to August), written by its two years or by the year it
# opens in (2026—2027学年, 2026学年), and its terms: the first (第一学期, 上学期) ends in January of its second year,
# as the autumn term's end (2026年秋季学期末, …结束前) does, the second (第二学期, 下学期) in July, as the spring
# term's end; before, a school year read as its years' span (2027-12) and a term's end as its opening (09, 03)
_SCHOOL_YEAR = compiled(
    r"(?P<opens>\d{4})年?(?:[—\-－–~～至到](?P<closes>\d{4})年?)?学年度?(?:(?P<term>第[一二12]|[上下])学期(?P<opening>开学)?)?"
    r"|(?P<year>\d{4})年(?P<season>[春秋])季学期(?:(?P<midterm>期中)|期末|末|内|期间|" + ENDING_PATTERN + ")"
)
# round 58 (left25): a term's midterm (2026年秋季学期期中, 2027年春季学期期中前) in the middle month of the term, the
# autumn term's (September to January) November, the spring term's (late February to early July) April; before, the
# term's opening (09, 03)
_MIDTERM = {"秋": 11, "春": 4}
_TERM_END = {"第一": 1, "第1": 1, "上": 1, "第二": 7, "第2": 7, "下": 7}  # the month each term of a school year ends


def _school_months(m: re.Match[str]) -> str:
    """The words of a school year or a term's end ``m`` (``_SCHOOL_YEAR``) as its last month's, or as written when its
    two years are not one after the other."""
    if m.group("season"):
        year = int(m.group("year"))
        if m.group("midterm"):
            return f"{year}年{_MIDTERM[m.group('season')]}月"
        return f"{year + 1}年1月" if m.group("season") == "秋" else f"{year}年7月"
    opens = int(m.group("opens"))
    if m.group("closes") and int(m.group("closes")) != opens + 1:
        return m.group()
    month = _TERM_END[m.group("term")] if m.group("term") else 8
    if m.group("opening"):  # 第二学期开学前: the term's opening, as 2027年春季学期开学前 (02) is read
        return f"{opens + 1}年春季学期开学" if month == 7 else f"{opens}年秋季学期开学"
    return f"{opens + 1}年{month}月"


def school_terms_as_months(text: str) -> str:
    """``text`` with each school year and term's end written as its last month (``_SCHOOL_YEAR``), for a reader of
    dates; ``text`` itself when it names none.

    >>> school_terms_as_months("2026—2027学年"), school_terms_as_months("2025-2026学年第二学期完成")
    ('2027年8月', '2026年7月完成')
    >>> school_terms_as_months("2026学年第一学期"), school_terms_as_months("2026年秋季学期结束前")
    ('2027年1月', '2027年1月')
    >>> school_terms_as_months("2026年春季学期末"), school_terms_as_months("2026年秋季学期开学前")
    ('2026年7月', '2026年秋季学期开学前')
    >>> school_terms_as_months("2026—2027学年第二学期开学前"), school_terms_as_months("2026年春季学期内")
    ('2027年春季学期开学前', '2026年7月')
    >>> school_terms_as_months("2026年秋季学期期中"), school_terms_as_months("2027年春季学期期中前完成")
    ('2026年11月', '2027年4月前完成')
    >>> school_terms_as_months("2026—2028学年")  # no school year: as written
    '2026—2028学年'
    >>> school_terms_as_months("2026届毕业生离校前完成"), school_terms_as_months("2026级新生入学前")  # round 59
    ('2026年7月前完成', '2026年9月前')
    >>> school_terms_as_months("2026年高校毕业生离校前"), school_terms_as_months("2026年新生入学前")  # round 60
    ('2026年7月前', '2026年9月前')
    """
    if "届" in text or "新生" in text or "离校" in text:
        text = _COHORT_EVENT.sub(_cohort_month, text)
    if "学" not in text:
        return text
    return _SCHOOL_YEAR.sub(_school_months, text)


# round 59 (left26): a school cohort's event, before 前: the graduates of a year's cohort (2026届) leave at that school
# year's end (June to July: July, as the school year's second term ends, round 58 fresh26), the new students of a
# year's cohort (2026级) enrol at the autumn term's opening (late August to mid September: September); before, the
# bare year (round 58 left24's choice: each school sets its day, but every school's falls within these months)
# (the words after the year's digits: a task's words are searched for them after a number, text_deadlines)
# round 60 (left28): and a year's graduates leaving or new students enrolling with no cohort's mark (2026年毕业生离校前,
# 2026年高校毕业生离校前, 2026年新生入学前): the graduates leaving in that year or of that year's cohort, read either way
# the same month; before, the bare year (no word between the year and the event that dates something else: 底, 末, 月)
COHORT_EVENT = (
    r"(?:届[^，,。；;、（）()\d]{0,6}?毕业生(?:离校|毕业)|级[^，,。；;、（）()\d]{0,6}?新生(?:入学|报到|入校)"
    r"|年[^，,。；;、（）()\d底末月前]{0,6}?(?:毕业生离校|新生(?:入学|报到|入校)))"
)
_COHORT_EVENT = compiled(r"(?P<year>\d{4})" + COHORT_EVENT + r"(?=[之以]?前)")


def _cohort_month(m: re.Match[str]) -> str:
    """The month of a cohort's event ``m`` (``_COHORT_EVENT``): its graduates' leaving (July), its new students'
    enrolment (September), in the cohort's year."""
    return f"{m.group('year')}年{9 if '新生' in m.group() else 7}月"


# round 60 (left28): a listed company's periodic report of a year, disclosed by the day the law sets every company
# (证券法 Article 79, 上市公司信息披露管理办法 Article 13): the year's annual report by 30 April of the next year, its
# half-year report by 31 August, its first and third quarters' by 30 April and 31 October; before its disclosure is
# by that month (2026年半年报披露前: 2026-08; 2025年年报披露前: 2026-04); before, the bare year (2026-12, 2025-12)
# (the words after the year's digits: a task's words are searched for them after a number, text_deadlines)
# round 61 (left29): the annual report written 2026年度报告 (年度 after the digits, no second 年); and the annual
# shareholders' meeting on a year (2026年年度股东大会召开前, 2026年度股东会前: 股东会 since the 2023 公司法), which a
# company holds within six months of the year's end (上市公司股东会规则 Article 4): by June of the next year
_REPORTS = r"年度报告|年报|半年度报告|半年报|中期报告|中报|第?[一三]季度报告|[一三]季报"
_MEETINGS = r"年度股东大?会"
REPORT_EVENT = r"年?(?:(?:" + _REPORTS + r")(?:披露|公布)|" + _MEETINGS + r"(?:召开)?)"
_REPORT_EVENT = compiled(
    r"(?P<year>\d{4})年?(?:(?P<report>"
    + _REPORTS
    + r")(?:披露|公布)|(?P<meeting>"
    + _MEETINGS
    + r")(?:召开)?)(?=[之以]?前)"
)
_REPORT_DUE = {"年": (1, 4), "半": (0, 8), "中": (0, 8), "一": (0, 4), "三": (0, 10)}  # (years on, month)
_MEETING_DUE = (1, 6)  # (years on, month)


def reports_as_months(text: str) -> str:
    """``text`` with each periodic report's disclosure and annual meeting (``_REPORT_EVENT``) written as the month it
    is due by.

    >>> reports_as_months("2026年半年报披露前"), reports_as_months("2025年年度报告披露前完成")
    ('2026年8月前', '2026年4月前完成')
    >>> reports_as_months("2026年第三季度报告披露之前"), reports_as_months("2026年等级医院评审前")
    ('2026年10月之前', '2026年等级医院评审前')
    >>> reports_as_months("2026年度报告披露前"), reports_as_months("2026年年度股东大会召开前")  # round 61
    ('2027年4月前', '2027年6月前')
    >>> reports_as_months("2026年度股东会前"), reports_as_months("2026年临时股东大会召开前")
    ('2027年6月前', '2026年临时股东大会召开前')
    """
    return _REPORT_EVENT.sub(_report_month, text) if "披露" in text or "公布" in text or "股东" in text else text


def _report_month(m: re.Match[str]) -> str:
    if m.group("meeting") is not None:
        years_on, month = _MEETING_DUE
    else:
        report = m.group("report")
        years_on, month = _REPORT_DUE[report[0] if report[0] != "第" else report[1]]
    return f"{int(m.group('year')) + years_on}年{month}月"


# round 58 (fresh26): the term or school year a plan is issued in (本学期末, 本学期内, 本学年内), by its date: the spring
# term (February to July) ends in July, the autumn one (from August) in January, the school year in August
THIS_TERM = compiled(r"本(?P<unit>学期|学年)(?:期末|末|内|结束前)?")


def this_term_end(unit: str, document_date: str | None) -> str | None:
    """The month the term (``unit`` 学期) or school year (学年) a plan dated ``document_date`` is issued in ends, or
    None with no date.

    >>> this_term_end("学期", "2026-03-10"), this_term_end("学期", "2026-09-01"), this_term_end("学期", "2027-01-05")
    ('2026-07', '2027-01', '2027-01')
    >>> this_term_end("学年", "2026-03-10"), this_term_end("学年", "2026-09-01"), this_term_end("学年", None)
    ('2026-08', '2027-08', None)
    """
    if not document_date or not document_date[:4].isdigit() or not document_date[5:7].isdigit():
        return None
    year, month = int(document_date[:4]), int(document_date[5:7])
    if unit == "学年":
        return f"{year + 1 if month >= 8 else year}-08"
    if 2 <= month <= 7:
        return f"{year}-07"
    return f"{year + 1 if month >= 8 else year}-01"


IN_YEARS = compiled(r"分([两二三四五2-5])年(?:完成|实施|推进|建设|建成|落实|到位|改造)")


# round 57 left21: a span of years counted from a start (2026年起三年内, 自2026年起用3年时间): due at the end of its
# last year, as 分三年完成 (``in_years``) counts from the plan's year; before, the start alone was read (ongoing)
# (or from its start month: 自2026年1月起三年内, round 58 left23; or its start day: 自2026年7月1日起三年内, round 58
# left24, the day before the same day N years on)
# (round 62: or how long it lasts, in years or months: 2026年6月起，为期18个月, 自2026年起为期两年)
YEARS_FROM_START = compiled(
    r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?起[，,]?"
    r"(?:(?:用|在)?([两二三四五六七八九十2-9])年(?:内|时间)|为期([两二三四五六七八九十]{1,3}|\d{1,2})(个月|年))"
)


def years_from_start(text: str) -> str | None:
    """The last month of a span of years written from its start year or month in ``text`` (``YEARS_FROM_START``),
    or None: N years from a month end the month before it, N years on (from January, the N-th year's December).

    >>> years_from_start("2026年起三年内完成改造"), years_from_start("自2026年起，用5年时间"), years_from_start("2026年起实施")
    ('2028-12', '2030-12', None)
    >>> years_from_start("自2026年1月起三年内"), years_from_start("2026年7月起两年内")
    ('2028-12', '2028-06')
    >>> years_from_start("自2026年7月1日起三年内"), years_from_start("自2026年3月15日起两年内")
    ('2029-06-30', '2028-03-14')
    >>> years_from_start("2026年6月起，为期18个月"), years_from_start("自2026年起为期两年"), years_from_start("2026年9月起为期三个月")
    ('2027-11', '2027-12', '2026-11')
    >>> years_from_start("2026年6月起，为期18天"), years_from_start("自2026年7月1日起为期6个月")  # days: no span read
    (None, '2026-12-31')
    """
    m = YEARS_FROM_START.search(text) if "起" in text else None
    if m is None:
        return None
    written = m.group(4) or m.group(5)
    n = 2 if written == "两" else count_written(written)
    months = n if m.group(6) == "个月" else 12 * n
    if m.group(3):
        if m.group(6) == "个月":
            return _day_before_months_on(int(m.group(1)), int(m.group(2)), int(m.group(3)), n)
        return _day_before_years_on(int(m.group(1)), int(m.group(2)), int(m.group(3)), n)
    last = int(m.group(1)) * 12 + int(m.group(2) or 1) - 1 + months - 1  # months counted from year 0's January
    return f"{last // 12}-{last % 12 + 1:02d}"


def _day_before_years_on(year: int, month: int, day: int, n: int) -> str | None:
    """The last day of ``n`` years from a start day (the day before the same day ``n`` years on; 29 February's
    eve is 28 February in any year), or None where the start is no day of the calendar.

    >>> _day_before_years_on(2026, 7, 1, 3), _day_before_years_on(2028, 2, 29, 1), _day_before_years_on(2026, 2, 30, 1)
    ('2029-06-30', '2029-02-28', None)
    """
    try:
        date(year, month, day)
    except ValueError:
        return None
    if (month, day) == (2, 29):
        return f"{year + n}-02-28"
    return (date(year + n, month, day) - timedelta(days=1)).isoformat()


def _day_before_months_on(year: int, month: int, day: int, n: int) -> str | None:
    """The last day of ``n`` months from a start day (the day before the same day ``n`` months on, that day the
    month's last day where it has no such day), or None where the start is no day of the calendar.

    >>> _day_before_months_on(2026, 7, 1, 6), _day_before_months_on(2026, 8, 31, 6), _day_before_months_on(2026, 2, 30, 1)
    ('2026-12-31', '2027-02-28', None)
    """
    try:
        date(year, month, day)
    except ValueError:
        return None
    y, m = divmod(year * 12 + month - 1 + n, 12)
    last = monthrange(y, m + 1)[1]
    return date(y, m + 1, last).isoformat() if day > last else (date(y, m + 1, day) - timedelta(days=1)).isoformat()


def in_years(m: re.Match[str], plan_year: int) -> Deadline:
    """Work ``分N年完成`` from ``plan_year``: due at the end of its N-th year (the plan's year the first).

    >>> in_years(IN_YEARS.search("建设充电桩300个，分两年完成。"), 2024)
    Deadline(raw='分两年完成', date='2025-12', status='scheduled')
    """
    n = 2 if m.group(1) == "两" else count_written(m.group(1))
    return Deadline(m.group(), f"{plan_year + n - 1}-12", "scheduled")


def this_period(document_date: str | None, following: bool, quarter: bool) -> str | None:
    """The month a document's 本月 (``following``: 下月) or 本季度 ends, from its date, else None.

    >>> this_period("2025-05-20", False, False), this_period("2025-12-03", True, False), this_period("2025-05-20", False, True)
    ('2025-05', '2026-01', '2025-06')
    """
    if not document_date or not re.match(r"\d{4}-\d{2}", document_date):
        return None
    y, mo = int(document_date[:4]), int(document_date[5:7])
    if quarter:
        mo = (mo - 1) // 3 * 3 + 3 + (3 if following else 0)
    elif following:
        mo += 1
    y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
    return f"{y:04d}-{mo:02d}"


def relative_date(document_date: str | None, n: int, unit: str) -> str | None:
    """The date ``n`` days, months or working days (``个工作日``: weekdays, round 40) after ``document_date``.

    >>> relative_date("2025-03-18", 20, "个工作日"), relative_date("2025-03-18", 30, "日"), relative_date("2025-03-18", 3, "个月")
    ('2025-04-15', '2025-04-17', '2025-06')
    """
    if not document_date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", document_date):
        return None
    y, mo, d = (int(x) for x in document_date.split("-"))
    if unit.endswith("工作日"):
        return _after_working_days(date(y, mo, d), n).isoformat()
    if unit == "个月":
        mo += n
        y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        return f"{y:04d}-{mo:02d}"
    return (date(y, mo, d) + timedelta(days=n)).isoformat()


def _after_working_days(start: date, n: int) -> date:
    """The day ``n`` working days (Monday to Friday; holidays are not known) after ``start``.

    >>> _after_working_days(date(2024, 5, 8), 5)  # a Wednesday: the next Wednesday
    datetime.date(2024, 5, 15)
    """
    day = start
    while n > 0:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day

"""Deadlines (完成时限): as written → the last date the text allows, and a status.

``parse_deadline`` normalises a deadline field or column; ``text_deadline`` finds the
deadline a task states in its own words.

>>> parse_deadline("2021年12月")
Deadline(raw='2021年12月', date='2021-12', status='scheduled')
>>> parse_deadline("2021年4月至9月").date
'2021-09'
>>> parse_deadline("第一阶段2021年12月；第二阶段2022年6月底").date
'2022-06'
>>> parse_deadline("已完成").status, parse_deadline("持续推进").status
('done', 'ongoing')
>>> parse_deadline("每季度，首次2022年3月31日前")
Deadline(raw='每季度，首次2022年3月31日前', date='2022-03-31', status='scheduled')
>>> text_deadline("完善码头岸电设施。持续推进建设。2023年，实现全覆盖。")
Deadline(raw='2023年', date='2023-12', status='scheduled')
>>> text_deadline("聚焦功能区，2021年组织开展“回头看”。到2025年，完成新建。").raw
'2021年；到2025年'
>>> text_deadline("建设示范片区。各城区2020年上半年启动建设。")
Deadline(raw='2020年上半年', date='2020-06', status='scheduled')
>>> text_deadline("推进改造，2024年内完成。今年10月完成验收。", plan_year=2024)
Deadline(raw='2024年内；10月', date='2024-12', status='scheduled')
>>> text_deadline("加强企业家培训。2026年内培训民营企业家200人次。", plan_year=2026).date
'2026-12'
>>> text_deadline("建成县级胸痛中心，二〇二五年十二月底前通过验收。", plan_year=2024).date
'2025-12'
>>> text_deadline("开展整治，3月底前启动，国庆节前全面完成。", plan_year=2025)
Deadline(raw='3月底前；国庆节前', date='2025-09-30', status='scheduled')
>>> text_deadline("持续改善水路客运服务。")
Deadline(raw='持续改善', date=None, status='ongoing')
>>> text_deadline("要在本意见印发之日起30日内，制定办法。", document_date="2018-11-16").date
'2018-12-16'
>>> text_deadline("本方案印发后3个月内，制定规划。", document_date="2019-08-20").date
'2019-11'
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from reformgraph.loaders.vocab import ISSUER_NAME
from reformgraph.records import Deadline, positional_makers
from reformgraph.regexcache import compiled

(_deadline,) = positional_makers(Deadline)  # every field in order, at a third of the frozen constructor's cost


@dataclass(frozen=True)
class Holiday:
    """A holiday a deadline is written before (``五一前``) or about (``五一前后``), as one of the ways it is written:
    its month and day, or None for what moves with the lunar calendar (春节's month is known, its day not; 端午's
    month is the year's, ``_LUNAR_MONTHS``).

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
        """The month it falls in, in ``year`` (a lunar holiday's from ``_LUNAR_MONTHS``; None beyond the table)."""
        if self.month is not None:
            return self.month
        months = _LUNAR_MONTHS.get(self.name.removesuffix("节"), ())
        return months[year - _LUNAR_FIRST_YEAR] if 0 <= year - _LUNAR_FIRST_YEAR < len(months) else None

    def eve(self, year: int) -> tuple[int, int | None] | None:
        """The last month (and day) ``X前`` allows in ``year``: the day before it; its month when its day moves; 0
        (the December before the year) when it opens the year (元旦前, round 41); None when its month is not known."""
        month = self.month_in(year)
        if month is None or self.day is None:
            return None if month is None else (month, None)
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
# one is read as that month, as 春节前 reads February (round 27), the day it falls on not weighed
_LUNAR_FIRST_YEAR = 2020
_LUNAR_MONTHS = {  # 2020 … 2030
    "元宵": (2, 2, 2, 2, 2, 2, 3, 2, 2, 2, 2),
    "端午": (6, 6, 6, 6, 6, 5, 6, 6, 5, 6, 6),
    "中秋": (10, 9, 9, 9, 9, 10, 9, 9, 10, 9, 9),
    "重阳": (10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10),
}


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
    *(Holiday(name + end, None, None, before_only=True) for name in _LUNAR_MONTHS for end in ("节", "")),
)
_HOLIDAY_BY_NAME = {h.name: h for h in HOLIDAYS}
# round 54: a day written month·day in quotes (“3·15”前, “5·12”前: its eve), only before 前
_MARKED_DAY = r"“\d{1,2}[·・．.]\d{1,2}(?=”前)"  # the opening quote matched: a rare first character to look for


def _holiday_names(holidays: tuple[Holiday, ...]) -> str:
    """The alternatives of a pattern for ``holidays``, the longest first, a day's numbers only before 前.

    >>> _holiday_names((Holiday("清明", 4, 5), Holiday("清明节", 4, 5), Holiday("八一", 8, 1, before_only=True)))
    '清明节|清明|八一(?=”?前)'
    """
    ordered = sorted(holidays, key=lambda h: -len(h.name))
    return "|".join(h.name + ("(?=”?前)" if h.before_only else "") for h in ordered)


# what happens at a time of the year, as a deadline names it (2025年春耕前, 麦收前, “三夏”期间, 暑假前, 五一前): round 32
_FARM_AND_HOLIDAYS = (
    "春耕春播|春耕|春播|麦收期间|麦收|三夏|秋收期间|秋收|暑假|冬季供暖|供暖季?|冬季采暖|采暖季?|植树节|植树季|"
    + _holiday_names(HOLIDAYS)
    + "|"
    + _MARKED_DAY
    + "|(?:“?119”?)?消防宣传月|安全生产月|质量月|(?:国家)?网络安全宣传周"  # round 54: the national campaigns' months
)

# Patterns whose alternatives open with a group or a class give the regex engine nothing to scan
# for: it tries every alternative at every character. A leading lookahead over the characters a
# match can start with (checked by tests/test_deadlines_citations.py) rejects the others in one test.
_TOKEN = compiled(
    r"(?=[\d上下第一二三四年春秋国汛入十麦暑清五供冬采植元八七六双妇劳儿建教端中重消安质网“])"
    r"(?:(?P<year>(?<!\d)(?:19|20|１９|２０)\d{2}(?![\d万亿千百元个家户人次项%％]))\s*年?|(?P<month>\d{1,2})\s*月|(?P<day>\d{1,2})\s*日"
    r"|(?P<half>上半年|下半年)|(?P<quarter>第?[一二三四1-4]季度|第[一二三四1-4]季(?!节))|(?P<yearend>年底|年末)|(?P<midyear>年中(?![期央国]))"
    r"|(?P<season>汛期?前|入汛前|主汛期前|[春秋]季(?:学期)?开学|[春秋]季学期|" + _FARM_AND_HOLIDAYS + ")"
    r"|(?P<period>十(?P<five>[一二三四五六七八九])五”?(?:期间|时期|末)))"  # “十四五”期间: the plan period's end
)
# a date of the year named by what happens then (2025年春节前, 2024年汛前, 国庆节前): the last month (and day) it
# allows. 春节 falls by 20 February; a flood season (主汛期) opens in June; a school term in March and September.
# Round 32: the farming year (spring ploughing in March and April, the wheat harvest from late May, 三夏 the summer
# harvest and sowing of June, the autumn harvest from late September), the summer holidays (from July), 清明 (4 or 5
# April), 五一 (1 May), the heating season (from mid-November in the north). Holidays of the lunar calendar that move
# by a month (中秋, 端午) were left without a date (round 54: their month in the year, ``HOLIDAYS``; the holidays are
# read from that table, not from this one). Round 41: 元旦前 is before the New Year's
# Day that closes the plan's year (its December: round 32 had left it undated, asking which year's), 秋收期间 runs
# to October, 麦收期间 through June.
_SEASON_END = (
    {
        "春季开学": (2, None),
        "秋季开学": (8, 31),
        "春季学期开学": (2, None),  # round 37
        "秋季学期开学": (8, 31),
        "秋季学期": (9, None),  # round 38: 2026年秋季学期 (in place when the term opens)
        "春季学期": (3, None),
        "植树节": (3, 12),
        "植树季": (3, None),
        "麦收": (5, None),
        "三夏": (6, None),
        "秋收": (9, None),
        # round 41: during a harvest, to its end (the autumn one runs into October, the wheat one through June)
        "秋收期间": (10, None),
        "麦收期间": (6, None),
        "暑假": (7, None),
    }
    | dict.fromkeys(("汛前", "汛期前", "入汛前", "主汛期前"), (5, None))
    | dict.fromkeys(("春耕春播", "春耕", "春播"), (3, None))
    | dict.fromkeys(("冬季供暖", "供暖季", "供暖", "冬季采暖", "采暖季", "采暖"), (11, None))
)
# round 52: a holiday with 前后 in a deadline field (2026年五一前后, 2026年春节、“八一”前后) allows some days after it:
# the last day the text allows is in the holiday's month (SPEC), not the day before it (before, 五一前后 read as 五一前)
# (and closing a list of holidays, said of each: 2026年国庆、中秋前后, 春节、“八一”前后)
_AROUND = compiled(
    r"”?(?:[、和及]“?(?:" + "|".join(sorted((h.name for h in HOLIDAYS), key=len, reverse=True)) + r")”?)*前后"
)
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
# a deadline another body sets (按照上级要求, 根据省统一部署): no date of the plan's and no work that goes on, so no
# status (round 43: 按照/根据 made it ongoing, while 按上级要求 and 与国家同步 had none); the words after 按照/根据 that
# say so, a lookahead of ``_ONGOING`` (round 44: before, a second pattern and a second search of the text without it)
_DEFERRED_AFTER = r"(?:上级|国家|中央|全国|省|市|县)[^，,；;。]{0,6}?(?:要求|部署|安排|时限|进度)"


# the periods work recurs by (每日 … 每年): the one list every reader of a period in loaders/ takes its words from
# (round 50; before, deadlines.py, prose.py and assign.py each wrote their own). A reader that takes only some of
# them, or adds one, says which and why where it does.
PERIODS = ("日", "天", "周", "旬", "月", "季度", "半年", "年")
# the periods a date recurs in, each with a point that ends it (每年2月底前, 每季度末, 每月10日前): no day, week or 旬
POINT_PERIODS = ("年", "季度", "月", "半年")
# the periods work recurs by, in a task's words (round 46: 每日, 每天, as a field reads them since round 38; round 48:
# every few years or months, 每两年开展一次评审, 每三个月); and a half month, a school term; every other month,
# 每双月调度一次 (round 50: before, read only in a field); the few years in a digit, 每5年全面更新一次 (round 51)
_PERIOD = "(?:" + "|".join(PERIODS) + r"|半月|学期|双月|[两二三五2-9]年|[两三]个?月|[2-9]个月)"


def _ongoing_words(deferred: str) -> str:
    """The words of work that goes on, 按照 and 根据 followed by ``deferred`` (a lookahead, or nothing)."""
    return (
        r"持续|长期|常态|每"
        + _PERIOD
        + r"|日常|随时|贯穿|适时|按照"
        + deferred
        + r"|依法依规|根据"
        + deferred
        + r"|定期"
        r"|分年度|按年度|逐年|逐步|常抓|长效|恒常"  # round 24: recurring and gradual work (恒常: round 39, Macau)
        r"|按(?:季度?|月|周|半年)"  # round 25
        r"|逐(?:季度?|月)"  # round 54: 逐月调度, 逐季度通报 (逐年 above)
        r"|分阶段|分步|分批|滚动|动态|常年"  # work done in stages or rolled on, or all year round (分阶段推进, 滚动实施, 常年): round 40
    )


_ONGOING = compiled(_ongoing_words("(?!" + _DEFERRED_AFTER + ")"))
# round 43: the words of work that goes on, for a filter that must hold every deadline the reader reads (按照上级要求
# too: the reader reads it, with no status)
ONGOING_PATTERN = _ongoing_words("")
_DONE = "已完成"
# the usual field, a year and a month (2021年12月): one date, read without the token loop
_YEAR_MONTH = compiled(r"((?:19|20|１９|２０)\d{2})年(\d{1,2})月")  # a year as the full reading reads one (round 33)


RANGE_DASH = r"[—\-－–~～至到]"  # what stands between a range's ends: 4—5月, 2025年至2027年, 4-9月
_RANGE_START = compiled(r"年\d{1,2}" + RANGE_DASH + "$")  # 2026年4— of 2026年4—9月: its month's end is the range's


def _dates(text: str) -> list[str]:
    """Every date the text names, each as its last allowed day (month or day precision)."""
    out: list[tuple[int, int, int | None]] = []
    year: int | None = None
    kind = None
    for m in _TOKEN.finditer(text):
        before, kind = kind, m.lastgroup
        if kind == "year":
            year = int(m.group("year"))
            out.append((year, 12, None))  # a bare year allows the whole year
        elif kind == "period":
            year = _FIVE_YEAR_END[m.group("five")]
            out.append((year, 12, None))
        elif year is None:
            continue
        elif kind == "month":
            month = int(m.group("month"))
            if 1 <= month <= 12:
                if (
                    out
                    and out[-1][0] == year
                    and out[-1][1] == 12
                    and out[-1][2] is None
                    and m.start() > 0
                    and (text[m.start() - 1] == "年" or _RANGE_START.search(text, m.start() - 4, m.start()))
                ):
                    out[-1] = (year, month, None)  # 2022年5月 refines the bare year, and 2026年4—9月 (round 36)
                else:
                    out.append((year, month, None))
        elif kind == "day" and out:
            y, mo, _ = out[-1]
            out[-1] = (y, mo, int(m.group("day")))
        elif kind == "half":
            out[-1] = (year, 6 if m.group("half") == "上半年" else 12, None)
        elif kind == "quarter":
            q = m.group("quarter").lstrip("第")[0]
            out[-1] = (year, _QUARTER_END[q], None)
        elif kind == "yearend":
            out[-1] = (year, 12, None)
        elif kind == "midyear":
            out[-1] = (year, 6, None)
        elif kind == "season" and "月" not in text[: m.start()]:  # 2026年6月底前（汛期前完成）: the month (round 38)
            end = _season_end(text, m, year)
            if end is None:
                continue  # a lunar holiday in a year the table does not hold: the year alone (round 54)
            month, day = end
            when = (year, month, day) if month else (year - 1, 12, None)  # 2025年元旦前: 2024-12 (round 41)
            if before == "season":
                out.append(when)  # a list of holidays (国庆、中秋前后): a date each, the latest kept (round 54)
            else:
                out[-1] = when
    return [f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "") for y, mo, d in out]


def _season_end(text: str, m: re.Match[str], year: int) -> tuple[int, int | None] | None:
    """The month (and day) a season or holiday token ``m`` of ``text`` allows in ``year``: the day before it
    (``五一前``, ``“3·15”前``), or, followed by 前后, the holiday's month (round 52); None for a lunar holiday in a year
    ``_LUNAR_MONTHS`` does not hold, or a month·day that is no day.

    >>> [_season_end(t, _TOKEN.search(t, 5), 2026) for t in ("2026年五一前", "2026年五一前后", "2026年“八一”前后")]
    [(4, 30), (5, None), (8, None)]
    >>> _season_end("2026年国庆、中秋前后", _TOKEN.search("2026年国庆、中秋前后", 5), 2026)  # 前后 of a list: each's
    (10, None)
    >>> [_season_end(t, _TOKEN.search(t, 5), 2026) for t in ("2026年端午前", "2026年“3·15”前", "2026年“3·35”前")]
    [(6, None), (3, 14), None]
    """
    season = m.group("season")
    holiday = _HOLIDAY_BY_NAME.get(season)
    if holiday is None:
        if (campaign := _campaign(season)) is not None:
            return _campaign_month(campaign, text, m.end())
        return _SEASON_END[season] if season in _SEASON_END else _marked_day_eve(season)
    if _AROUND.match(text, m.end()):
        month = holiday.month_in(year)
        return None if month is None else (month, None)
    return holiday.eve(year)


def _marked_day_eve(written: str) -> tuple[int, int | None] | None:
    """The day before a day written month·day (``3·15``), None when it is no day.

    >>> _marked_day_eve("“5·12"), _marked_day_eve("“2·30")
    ((5, 11), None)
    """
    month, day = (int(part) for part in re.split(r"[·・．.]", written.lstrip("“")))
    try:
        return _day_before(month, day)
    except ValueError:
        return None


# round 54: the national campaigns held in a month of every year (the fire service's 119 month in November, work
# safety's in June, quality's in September, the cyber security week in September): written after a year, in a field
# or a task's words, the campaign's month; before it (前), the month before
_CAMPAIGN_MONTH = {"消防宣传月": 11, "安全生产月": 6, "质量月": 9, "网络安全宣传周": 9}


def _campaign(season: str) -> str | None:
    """The national campaign a season token names (``“119”消防宣传月`` → ``消防宣传月``), else None."""
    return next((name for name in _CAMPAIGN_MONTH if season.endswith(name)), None)


def _campaign_month(campaign: str, text: str, end: int) -> tuple[int, None]:
    """The month a national ``campaign`` written in ``text`` up to ``end`` allows: its own, or the one before it
    when 前 follows (``2026年安全生产月前``).

    >>> _campaign_month("安全生产月", "2026年安全生产月期间", 10), _campaign_month("安全生产月", "2026年安全生产月前", 10)
    ((6, None), (5, None))
    """
    month = _CAMPAIGN_MONTH[campaign]
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


# how a deadline is asked for before its date (限…前, 请于…前, 须于…)
_ASKED_BY = compiled(r"(?:限|请|须|应|要|务必|并)于?(?=\d|[今本明年上下一二三四五六七八九十])")


# a spreadsheet's day numbers (days from 1899-12-30) of the years 2000–2099: a deadline cell formatted as a number
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_EXCEL_SERIALS = (36526, 73050)
# a date a sheet or an OA export writes in digits alone: a day number (with its time as a fraction), 20251231, or the
# US order 6/30/2025 (a month first, then the day, then the year)
_SHEET_DATE = compiled(
    r"(?P<serial>\d{5})(?:\.\d+)?|(?P<y>20\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
    r"|(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>20\d{2})"
)


def parse_deadline(raw: str | None, plan_year: int | None = None, document_date: str | None = None) -> Deadline:
    """Normalise a 完成时限 value (None when the measure names none): whitespace and ``*`` removed, then read.

    Dates typed as numbers (``2024.10.31``, ``2024-10``, ``2024/9/30前``) read as the same dates written out.
    A deadline with no year of its own (``6月底前``, ``年底前``, ``今年底``, ``明年6月``, ``三季度末``,
    ``下半年``) is in ``plan_year`` (``明年`` the year after); without a plan year it is still a deadline
    (``scheduled``) with no date.

    >>> parse_deadline(" 2022年 6月。"), parse_deadline("2022年13月").date
    (Deadline(raw='2022年6月', date='2022-06', status='scheduled'), '2022-12')
    >>> parse_deadline("2024.10.31").date, parse_deadline("2023-2025").date
    ('2024-10-31', '2025-12')
    >>> parse_deadline("6月底前完成", 2024), parse_deadline("明年三季度末", 2024).date
    (Deadline(raw='6月底前完成', date='2024-06', status='scheduled'), '2025-09')
    >>> parse_deadline("年底前")
    Deadline(raw='年底前', date=None, status='scheduled')
    >>> parse_deadline("2024年汛前").date, parse_deadline("国庆节前", 2024).date, parse_deadline("春节前", 2024).date
    ('2024-05', '2024-09-30', '2025-02')
    >>> parse_deadline("2024年年中").date, parse_deadline("秋季开学前", 2024).date, parse_deadline("“十五五”时期").date
    ('2024-06', '2024-08-31', '2030-12')
    >>> parse_deadline("2024年12月底前（每月25日前报送进展）").date, parse_deadline("12月底前，每月5日前报送", 2024).date
    ('2024-12', '2024-12')
    >>> parse_deadline("46295").date  # a sheet's date cell formatted as a number
    '2026-09-30'
    """
    if raw is None:
        return _deadline(None, None, None)
    text = "".join(raw.split()).replace("*", "").rstrip("。；;，,")
    if not text:
        return _deadline(None, None, None)
    if text[-1] in "）)" and (note := _closing_note(text, plan_year)):
        text = text[:note]  # 2024年6月（已纳入民生实事）: a note after the date, no words of the deadline (round 45)
    ym = _YEAR_MONTH.fullmatch(text)
    if ym is not None and 1 <= (month := int(ym.group(2))) <= 12:  # as _read_deadline reads it, in a third
        return _deadline(text, f"{int(ym.group(1)):04d}-{month:02d}", "scheduled")
    if "每" in text and (plain := _REPORTING_NOTE.sub("", text)) != text and _MONTH_OR_YEAR.search(plain):
        found = _read_field(
            plain, plan_year, document_date
        )  # 2024年12月底前（每月25日前报送进展）: the note's day is no deadline
        return _deadline(text, found.date, found.status)
    return _read_field(text, plan_year, document_date)


def _closing_note(text: str, plan_year: int | None) -> int:
    """Where a bracket closing a deadline's words starts when it is a note with no date and no status of its own
    after a date (``2024年6月（已纳入民生实事）``, ``2025年9月底前（视情况调整）``), else 0 (round 45). A bracket
    with a date (``汛期（6月1日—9月30日）``) or a status (``（持续推进）``, ``（已完成）``) is read with the rest.

    >>> [_closing_note(t, 2024) for t in ("2024年6月（已纳入民生实事）", "汛期（6月1日—9月30日）", "2024年6月（已完成）")]
    [7, 0, 0]
    >>> _closing_note("2025年12月底前（基本完成）/2027年（全面完成）", 2024)
    0
    """
    at = max(text.rfind("（"), text.rfind("("))
    if at <= 0 or _MONTH_OR_YEAR.search(text, at) is not None or any(c.isdigit() for c in text[at:]):
        return 0
    if "（" in text[:at] or "(" in text[:at]:
        return 0  # 2025年12月底前（基本完成）/2027年（全面完成）: the stage each date closes, read together
    if _read_field(text[at + 1 : -1], plan_year, None).status is not None:
        return 0
    return at if _read_field(text[:at], plan_year, None).status == "scheduled" else 0


# a recurring report after a deadline, in brackets or after a comma (（每月25日前报送进展）, ，每季度末报送): round 31
_REPORTING_NOTE = compiled(r"[（(][^（()）]*?每[^（()）]*[)）]|[，,；;]每[^，,；;。（()）]*")
_MONTH_OR_YEAR = compiled(r"\d{4}|月|年")


def _read_field(text: str, plan_year: int | None = None, document_date: str | None = None) -> Deadline:
    """A deadline field without whitespace, read in full (``parse_deadline`` without its fast path).

    >>> _read_field("2024/9/30前"), _read_field("年内", 2023).date
    (Deadline(raw='2024/9/30前', date='2024-09-30', status='scheduled'), '2023-12')
    >>> _read_field("二〇二四年十二月底前").date, _read_field("十月三十一日前", 2024).date, _read_field("次年3月", 2024).date
    ('2024-12', '2024-10-31', '2025-03')
    >>> _read_field("2024年6月30号前").date, _read_field("12.31前", 2024).date, _read_field("提升2.5", 2024).date
    ('2024-06-30', '2024-12-31', None)
    >>> _read_field("即日起至12月底", 2024), _read_field("自即日起至11月30日", 2024).date
    (Deadline(raw='即日起至12月底', date='2024-12', status='scheduled'), '2024-11-30')
    >>> _read_field("2025年Q3").date, _read_field("2025Q4").date, _read_field("Q2", 2025).date, _read_field("25年底").date
    ('2025-09', '2025-12', '2025-06', '2025-12')
    >>> _read_field("10年内", 2025).date, _read_field("25年6月底前").date, _read_field("贯穿全年", 2025).date
    (None, '2025-06', '2025-12')
    >>> _read_field("立行立改", 2026, "2026-03-10"), _read_field("立行立改").status
    (Deadline(raw='立行立改', date='2026-03', status='scheduled'), 'scheduled')
    >>> _read_field("收到县安委办通知后3个工作日内", 2025)
    Deadline(raw='收到县安委办通知后3个工作日内', date=None, status='scheduled')
    >>> _read_field("今冬明春", 2023).date, _read_field("元旦春节前", 2023, "2023-09-12").date  # round 40
    ('2024-05', '2024-02')
    >>> _read_field("方案印发后1个月内", 2024, "2024-03-01").date, _read_field("本通知印发之日起三十日内").status
    ('2024-04', 'scheduled')
    >>> _read_field("防火期内", 2025).status, _read_field("汛期", 2025).status, _read_field("汛期前", 2025).date  # round 42
    ('ongoing', 'ongoing', '2025-05')
    >>> _read_field("开学前", 2025, "2025-03-01").date, _read_field("开学前", 2024, "2024-10-08").date  # round 43
    ('2025-08-31', '2025-02')
    >>> _read_field("全年持续推进", 2026), _read_field("全年", 2026).date  # round 47
    (Deadline(raw='全年持续推进', date=None, status='ongoing'), '2026-12')
    >>> _read_field("全程", 2026).status, _read_field("全程电子化", 2026).status  # round 48
    ('ongoing', None)
    """
    if text[:1].isdigit() and text.isascii() and (sheet := _SHEET_DATE.fullmatch(text)) is not None:
        if (serial := sheet.group("serial")) is not None:
            if _EXCEL_SERIALS[0] <= int(serial) <= _EXCEL_SERIALS[1]:
                # a date cell of a sheet shown as a number (round 38), with its time of day (45869.70833: round 39)
                return _deadline(text, (_EXCEL_EPOCH + datetime.timedelta(days=int(serial))).isoformat(), "scheduled")
        else:  # 20251231 (an OA system's export), 6/30/2025 (a sheet in the US order): round 39
            y, m, d = sheet.group("y", "m", "d") if sheet.group("y") else sheet.group("uy", "um", "ud")
            if int(m) <= 12 and 1 <= int(d) <= 31:
                return _deadline(text, f"{y}-{int(m):02d}-{int(d):02d}", "scheduled")
    if text[:1] in "限请须应要务并" and (asked := _ASKED_BY.match(text)) is not None:
        text = text[asked.end() :]  # 限10月31日前完成, 请于12月底前完成: the date (round 38)
    text = ocr_zeros(text)
    written = _NUMERIC_DATE.sub(_date_written_out, text) if "." in text or "-" in text or "/" in text else text
    if "即日" in written:  # 即日起至12月底: from now until the date, which is the deadline
        written = _FROM_NOW.sub("", written, 1)
    if "号" in written or "." in written:  # 6月30号前, 12.31前: the day written as 号, a month and day as numbers
        written = _MONTH_DAY_NUMBERS.sub(r"\1月\2日", _DAY_HAO.sub(r"\1日", written))
    if "冬" in written or "元旦" in written:  # 今冬明春: this winter and next spring; 元旦春节前: the later (round 40)
        written = _WINTER_AND_SPRING.sub(_written_out_season, written)
    if written.startswith("贯穿全年"):  # 贯穿全年: 全年 (round 35); 贯穿全程/始终: ongoing (round 38)
        written = written[2:]
    elif written.startswith("全年") and written.startswith(_ALL_YEAR_ON, 2):
        written = written[2:]  # 全年持续推进: work that goes on all year, as the task's last clause reads it (round 47)
    if "Q" in written or "q" in written:  # 2025年Q3, 2025Q4: a quarter as a 台账 writes it (round 35)
        written = _QUARTER_Q.sub(_quarter_written, written)
    if (
        "开学前" in written
        and "季开学" not in written
        and "季学期" not in written
        and _HAS_YEAR.search(written) is None
    ):
        # 开学前 alone: the next term to open after the document's date, as a task's words read it (round 43)
        if (term := _next_term(document_date)) is not None:
            term_written = ("明年" if term[1] else "") + term[0]
            written = _BARE_TERM.sub(term_written, written, 1)
    if "年" in written and (short := _TWO_DIGIT_YEAR.search(written)) is not None:  # 25年底: 2025 (round 35)
        written = f"{written[: short.start()]}20{written[short.start() :]}"
    if "月" in written or "〇" in written:  # a date in Chinese numerals: 十月底前, 二〇二四年十二月 (round 25)
        written = _CN_MONTH.sub(_cn_month, _CN_YEAR.sub(_cn_year, written))
    if _HAS_YEAR.search(written) is None and "每" not in written and _NO_YEAR.search(written):
        found = _in_plan_year(text, written, plan_year, document_date)
    else:
        found = _read_deadline(written)
    if found.status is None and "内" in written and (issued := _AFTER_ISSUE.search(written)) is not None:
        # 方案印发后1个月内: counted from the document's date (round 40); none known: a deadline with no date
        when = _relative(document_date, _count(issued.group("n")), issued.group("unit"))
        return _deadline(text, when, "scheduled")
    if found.status is None and "内" in written and _AFTER_EVENT.search(written) is not None:
        # 收到县安委办通知后3个工作日内, 接到交办件后24小时内: a time limit counted from an event (round 40)
        return _deadline(text, None, "scheduled")
    if found.status is None and plan_year is not None and "分" in written and (years := _IN_YEARS.search(written)):
        return _deadline(text, in_years(years, plan_year).date, "scheduled")  # 分两年完成 (round 40)
    if found.status is None and _IMMEDIATE.search(written) is not None:
        # 立行立改: due at once, the month the plan is dated (none known: a deadline with no date; round 37)
        return _deadline(text, document_date[:7] if document_date else None, "scheduled")
    if found.date is None and ("（" in written or "(" in written) and (inner := _DATES_IN_BRACKETS.search(written)):
        within = _read_field(inner.group(1), plan_year)  # 汛期（6月1日—9月30日）: the dates it spells out (round 32)
        if within.date is not None:
            return _deadline(text, within.date, within.status)
    if found.status is None and "期" in written and _SEASON_DURING.fullmatch(written) is not None:
        return _deadline(text, None, "ongoing")  # 防火期内, 汛期: work all through a season that recurs (round 42)
    if found.status is None and "程" in written and _THROUGHOUT.fullmatch(written) is not None:
        return _deadline(text, None, "ongoing")  # 全程, 全过程: through every step of the work (round 48)
    return found if written is text else _deadline(text, found.date, found.status)


# a continuing word after 全年 in a field (全年持续推进, 全年常态化开展): ongoing, as ``_STATUS_TAIL`` reads the clause
_ALL_YEAR_ON = ("持续", "常态", "长期")


# a field naming a season the work goes on through, every year (round 42: a forest fire or flood control plan's
# 完成时限 column: 防火期内, 森林防火期, 汛期, 整个汛期, 禁渔期间); its dates differ by place and year, so no date.
# Not 主汛期前 (May: round 27), 汛期（6月1日—9月30日） (its dates: round 32), 攻坚期间 (the campaign's end: round 40)
_SEASON_DURING = compiled(
    r"(?:整个|全)?(?:森林草原|森林|草原)?(?:防灭火|防火|防火紧要|高火险|主汛|汛|禁渔|休渔|禁牧)期(?:内|间|期间)?"
)


# a field saying the work goes on through every step of what the plan organises (a 征兵 or an election's table:
# 全程, 全过程, 全程监督), as 贯穿全程 has read since round 38
_THROUGHOUT = compiled(r"全(?:过)?程(?:开展|推进|监督|参与|跟踪)?")


# seasons a 乡镇 plan's field names, written out as a date the grammar reads (round 40): 今冬明春 (this winter and
# next spring, up to May), 元旦春节前 / 元旦、春节前 (before the later holiday, the Spring Festival)
_WINTER_AND_SPRING = compiled(r"今冬明春|元旦[、和及]?(?=春节)")


def _written_out_season(m: re.Match[str]) -> str:
    """今冬明春 as 明年5月底; 元旦 before 春节 dropped.

    >>> _WINTER_AND_SPRING.sub(_written_out_season, "今冬明春；元旦、春节前")
    '明年5月底；春节前'
    """
    return "明年5月底" if m.group() == "今冬明春" else ""


# a quarter written Q1–Q4 (after a year or not); a year written with its last two digits before a time (25年底)
_QUARTER_Q = compiled(r"(?<![A-Za-z])(?:((?:19|20)\d{2})年?)?[Qq]([1-4])(?![A-Za-z\d])")
_TWO_DIGIT_YEAR = compiled(r"(?<![\d.．])[23]\d(?=年(?:底|末|\d{1,2}月|[上下]半年|第?[一二三四]季度))")


def _quarter_written(m: re.Match[str]) -> str:
    return f"{m.group(1) + '年' if m.group(1) else ''}第{'一二三四'[int(m.group(2)) - 1]}季度"


# within a time of the document's issue, in a field: (本)方案印发后1个月内, 文件下发之日起30日内 (round 40)
_AFTER_ISSUE = compiled(
    r"(?:印发|发布|下发|实施)(?:之日起|后)(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<unit>日|天|个月|个?工作日)内"
)
# within a time of an event the plan does not date (收到通知后3个工作日内, 接到交办件后24小时内): round 40
_AFTER_EVENT = compiled(r"后(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?(?:工作日|日|天|小时|个月|周)内")
_IMMEDIATE = compiled(r"立行立改|即知即改|立查立改|即查即改|立即整改|马上就改|立改立行")
_DATES_IN_BRACKETS = compiled(r"[（(]([^（()）]*\d[^（()）]*)[）)]")


# a date typed as numbers (2024.10.31, 2024-10, 2024/9/30); a span of years (2023-2025) is not one
_NUMERIC_DATE = compiled(r"(?<!\d)((?:19|20|１９|２０)\d{2})[./\-](\d{1,2})(?:[./\-](\d{1,2}))?(?!\d)")  # not 0736-72…
_HAS_YEAR = compiled(
    r"(?<!\d)(?:19|20|１９|２０)\d{2}(?![\d万亿千百元个家户人次项%％])"
)  # a year: not inside 12345, not 0736 (a hotline, a phone), not 2000万元 (an amount: round 36)
_FROM_NOW = compiled(r"^[自从]?即日起?[至到]")
_DAY_HAO = compiled(r"(?<=月)(\d{1,2})号")  # 6月30号: the 30th
_MONTH_DAY_NUMBERS = compiled(r"(?<![\d.])(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])(?=前|底|$)")  # 12.31前
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN_YEAR = compiled(r"([〇零一二三四五六七八九]{4})年")
# a month (and day) in Chinese numerals, where a date goes on (底, 末, 前, 中旬 …), not 一月一次
_CN_MONTH = compiled(
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


def _count(written: str) -> int:
    """A count written in digits or Chinese numerals (``3``, ``三``, ``十五``) as a number.

    >>> _count("30"), _count("三"), _count("十五")
    (30, 3, 15)
    """
    return int(written) if written.isdigit() else _cn_number(written)


def _cn_year(m: re.Match[str]) -> str:
    return "".join(str(_CN_DIGIT[c]) for c in m.group(1)) + "年"


def _cn_month(m: re.Match[str]) -> str:
    day = f"{_cn_number(m.group(2))}日" if m.group(2) else ""
    return f"{_cn_number(m.group(1))}月{day}"


# a deadline that names no year, opening the value or a clause of it: 6月底前, 年底前, 年内, 今年底, 明年6月,
# 三季度末, 下半年, 于12月底前 (not 全面完成年内目标, where 年内 is no deadline)
_NO_YEAR = compiled(
    r"(?P<lead>(?:^|[，,；;])(?:于|在|到|至|截至|力争|确保|争取)?)"
    r"(?:\d{1,2}(?:"
    + RANGE_DASH
    + r"\d{1,2})?月|年度?[底末内]|[今本当明次]年|[上下]半年|第?[一二三四1-4]季度|第[一二三四1-4]季|全年"  # 全年, 次年: round 25
    r"|汛期?前|入汛前|主汛期前"  # round 27 (春节前, 国庆节前: the holidays')
    r"|年中(?![期央国])|[春秋]季(?:学期)?开学前"  # round 28 (学期: round 37)
    r"|“?(?:" + _FARM_AND_HOLIDAYS + r")”?前|“?三夏”?期间|[秋麦]收期间)"  # round 32; 秋收期间: round 41
)
_NAMED_YEAR = compiled(r"([今本当明次])年(?:度)?")


def _date_written_out(m: re.Match[str]) -> str:
    day = f"{m.group(3)}日" if m.group(3) else ""
    return f"{m.group(1)}年{m.group(2)}月{day}"


def _in_plan_year(raw: str, text: str, plan_year: int | None, document_date: str | None = None) -> Deadline:
    """A deadline with no year of its own (``text``, numbers written out) read in the plan's year."""
    if plan_year is None:
        status = _read_deadline(text).status
        return _deadline(raw, None, "scheduled" if status is None else status)
    dated = _NAMED_YEAR.sub(lambda m: f"{plan_year + (m.group(1) in '明次')}年", text)
    if dated == text:
        # 春节前 in a plan of a year is the next one's: a year's plan is issued after its own Spring Festival, a
        # winter campaign's (根治欠薪冬季行动) before the next; but for a plan dated in its year's January or first
        # days of February, before that year's festival (round 36). The year goes before the clause that names the
        # time (立行立改，5月底前完成: 2025-05, not the year alone in front of the words: round 32)
        next_festival = ("春节" in text and not _before_festival(document_date, plan_year)) or "元旦" in text
        # 元旦前 (round 41): the next New Year's Day, the one that closes the plan's year
        year = f"{plan_year + 1 if next_festival else plan_year}年"
        m = _NO_YEAR.search(text)
        at = 0 if m is None else m.end("lead")  # after 于, 力争, 确保 … too: 于2025年6月底前
        dated = f"{text[:at]}{year}{text[at:]}"
    found = _read_deadline(dated)
    if (
        found.date is not None
        and ("，" in text or "," in text or "；" in text)
        and found.date < f"{plan_year}-12"
        and (_LATER_YEAR_END.search(text) is not None)
    ):
        return _deadline(raw, f"{plan_year}-12", found.status)  # 二季度开工，年内建成: the last stage's (round 38)
    return _deadline(raw, found.date, found.status)


# a later clause of a deadline field that runs to the year's end (…，年内建成; …，全年完成)
_LATER_YEAR_END = compiled(r"[，,；;](?:年内|年底前?|年末|全年)")


def _before_festival(document_date: str | None, year: int) -> bool:
    """True when a plan dated ``document_date`` was issued before ``year``'s Spring Festival (by 10 February: the
    festival falls between 21 January and 20 February), in that year or (round 43) before it: a plan for 2025
    issued in December 2024 names 2025's festival.

    >>> _before_festival("2026-01-20", 2026), _before_festival("2026-03-01", 2026), _before_festival(None, 2026)
    (True, False, False)
    >>> _before_festival("2024-12-20", 2025), _before_festival("2025-12-20", 2025)
    (True, False)
    """
    return bool(document_date) and document_date[:10] <= f"{year:04d}-02-10"


# a year in a title: 2024年, 2023—2025 (the start of a span counts as a year the title names)
_TITLE_YEAR = compiled(r"(\d{4})(?:年|—|-|－)")
_TITLE_SPAN = compiled(r"(\d{4})年?" + RANGE_DASH + r"(\d{4})年")  # 2025—2027年, 2025年至2027年


def plan_year_of(title: str | None, document_date: str | None = None, doc_number: str | None = None) -> int | None:
    """The year a plan's deadlines without a year of their own fall in: the one year its title names, else the
    year of its date, the next one when it is dated in December, else the year of its document number (a portal's
    copy with the 文号 on top and no date under it: round 40), None when none says.

    >>> plan_year_of("某市2024年优化营商环境工作要点"), plan_year_of("2023—2025年行动方案", "2023-03-01"), plan_year_of("方案")
    (2024, 2023, None)
    >>> plan_year_of("关于印发三年行动方案（2025—2027年）的通知", "2024-12-20")
    2025
    >>> plan_year_of("巡视反馈意见整改方案", "2024-12-26"), plan_year_of("巡视反馈意见整改方案", "2024-11-26")
    (2025, 2024)
    >>> plan_year_of("关于印发《某省行动方案（2021—2025年）》2025年度工作安排的通知")
    2025
    >>> plan_year_of("关于印发某区若干措施任务分工的通知", None, "〔2024〕12号")
    2024
    """
    title = ocr_zeros(title) if title else title
    if title and "《" in title and _TITLE_YEAR.search(outside := _QUOTED.sub("", title)):
        title = outside  # 《…行动方案（2021—2025年）》2025年度工作安排: the year outside the quoted plan (round 39)
    years = set(_TITLE_YEAR.findall(title or ""))
    if len(years) == 1:
        return int(years.pop())
    span = _TITLE_SPAN.search(title or "") if len(years) == 2 else None
    if span is not None:  # 三年行动方案（2025—2027年）: its first year (round 31; before, the date's year)
        return int(span.group(1))
    if not document_date:
        number_year = _NUMBER_YEAR.match(doc_number) if doc_number else None
        return int(number_year.group(1)) if number_year else None
    # issued in December, a plan whose title names no year is the coming year's (a 整改方案 of 2024-12-26 with
    # 3月底前: 2025-03, not nine months before it was issued; round 33)
    return int(document_date[:4]) + (document_date[5:7] == "12")


_NUMBER_YEAR = compiled(r"〔((?:19|20)\d{2})〕")  # a document number as the metadata writes it: 〔2024〕12号
_MONTH_OPENING = compiled(r"((1[0-2]|[1-9])月份?)[：:]")  # a line of a monthly schedule: 12月：…
_QUOTED = compiled(r"《[^《》]*》")  # a plan or law a title names
# a start, not a deadline: 2023年起, 自2023年7月起 (起草 is drafting); 2026年秋季学期起 (a term: round 44); not one
# running to an end, 2026年5月1日起至9月30日 (a span, due at its end: round 50)
_START = compiled(r"(?:从|自)?\d{4}年(?:\d{1,2}月|[春秋]季学期)?(?:\d{1,2}日)?起(?!草|[至到])")


def _read_deadline(text: str) -> Deadline:
    """A deadline field without whitespace, read: its latest date, and its status.

    A start (``2023年起``) is no date the task must meet: with nothing else, the task is ongoing.

    >>> _read_deadline("2023年起持续推进"), _read_deadline("2023年起").status
    (Deadline(raw='2023年起持续推进', date=None, status='ongoing'), 'ongoing')
    >>> _read_deadline("2026年秋季学期起全面实施").date  # a term's start (round 44)
    >>> _read_deadline("分阶段推进").status, _read_deadline("分阶段推进，2024年10月底前完成").date  # round 40
    ('ongoing', '2024-10')
    >>> _read_deadline("常年").status, _read_deadline("立行立改，长期坚持；已完成").status  # round 42
    ('ongoing', 'done')
    >>> _read_deadline("按照上级要求").status, _read_deadline("根据国家部署，持续推进").status  # round 43
    (None, 'ongoing')
    """
    started = "起" in text and _START.search(text) is not None
    dates = _dates(_START.sub("", text) if started else text)
    date_ = max(dates) if dates else None
    ongoing = started or bool(_ONGOING.search(text))  # 按照上级要求: no work that goes on (round 43)
    if _DONE in text and (not ongoing or _closes_done(text)):
        status = "done"
    elif dates:
        status = "scheduled"
    elif ongoing:
        status = "ongoing"
    else:
        status = None
    return _deadline(text, date_, status)


def _closes_done(text: str) -> bool:
    """Whether a deadline's words close with 已完成 in a clause of its own (a ledger's report joined after its words,
    ``立行立改，长期坚持；已完成``): the work is reported done, whatever its time said (round 42).

    >>> _closes_done("立行立改，长期坚持；已完成"), _closes_done("长期坚持，已完成阶段任务")
    (True, False)
    """
    return text.endswith(_DONE) and text[-len(_DONE) - 1 : -len(_DONE)] in ("；", ";", "，", ",")


# ---- deadlines written in a task's own text -------------------------------------------------------

_Y = r"\d{4}年"
# what a task says is done at a time written with no year of its own (9月份完成, 当年建成, 明年全部完成): round 40
# round 43: and what a task reaches then (实现全覆盖, 参保率达到95%) or puts on trial (Q3试行)
_DONE_VERB = r"完成|建成|全部|全面|基本|完工|竣工|见效|投运|投用|投入使用|上线|验收|办结|实现|达到|试运行|试行"
# a target a task names at a point of its year, its measure between (年中参保率达到95%，年底达到98%): round 43
_TARGET_THEN = r"[\u4e00-\u9fff]{1,6}?达到"
_MD = r"(?:\d{1,2}月(?:\d{1,2}日)?)"
# 2026年内 before any verb (2026年内培训企业家200人次: round 41; round 40 listed the verbs), not before the nouns
# that open with 内 (2024年内部审计, 内控, 内蒙古)
_POINT_TAIL = (
    r"(?:"
    + _MD
    + r"|上半年|下半年|第?[一二三四1-4]季度|第[一二三四1-4]季|年底|年末|年中(?![期央国])|底|末|内(?![部容外涵蒙地需控核审河陆务科])|汛期|入汛|主汛期|汛|“?(?:"
    + _FARM_AND_HOLIDAYS
    + r")”?)?(?:底|末)?(?:前|以前|之前)?"
)
_TEXT_DATE = compiled(
    # a start (从2019年1月1日起) is not a deadline; it is matched only to be skipped
    r"(?P<start>(?:从|自)?" + _Y + _MD + r"?起(?!草|[至到]))"
    # a period: 2019年1月1日至12月31日, 2023—2025年; 2026年5月1日起至9月30日 (round 50)
    r"|(?P<range>"
    + _Y
    + _MD
    + r"?(?:起(?=[至到]))?(?:至|到|—|－|-|～|~)(?:"
    + _Y
    + r")?"
    + _MD
    + r"?(?:底|末)?(?:前)?)"
    r"|(?P<range2>\d{4}(?:—|－|-|～|~)" + _Y + r")"
    # a point: 到2025年底, 2024年6月底前, 2023年，
    r"|(?P<point>(?:到|至)?" + _Y + _POINT_TAIL + r")"
    # in the plan's own year: 6月底前, 9月30日前, 年底前, 上半年
    # round 42: the dates a named period spells out in brackets, its end (汛期（6月1日至9月30日）实行24小时值班)
    r"|(?P<in_year>(?<=期[（(])\d{1,2}月\d{1,2}日(?:至|—|－|-|～|~)(?P<span_m>\d{1,2})月(?P<span_d>\d{1,2})日(?=[）)])"
    r"|(?:(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})日前|(?:底|末|[上中下]{1,2}旬)(?:前|以前|之前)?|(?:前|以前|之前))"
    r"|(?P<ye>年底|年末)(?:前|以前|之前)?|(?P<half>上半年|下半年)"
    r"|(?<=[今明次]年)(?P<named_m>\d{1,2})月份?(?![\d度])"  # 今年10月完成, 明年3月份: the month, its year named (round 40)
    # round 40 (dates2): a month the work is done in (9月份完成验收: not 1-9月完成投资, 截至9月, 每年9月), 年中前,
    # a year named alone before what is done then (当年完成, 明年全部完成)
    r"|(?<![\d\-—－~～至到止每年])(?P<done_m>\d{1,2})月份?(?=" + _DONE_VERB + r")"
    # the months a task's work is done over (6—8月开展低保专项治理; not 1-9月完成投资, a count to date): round 40;
    # the first month may be written with its 月 (5月至8月集中开展…: round 42)
    r"|(?<![\d\-—－~～至到年])\d{1,2}月?(?:—|－|-|～|~|至)(?P<range_m>\d{1,2})月份?(?=开展|组织|集中|实施|进行)"
    # 年中 before what is done then too (力争年中完成, 年中建成: round 43), as 年中前 (not 年中考核, 年中工作会议)
    r"|(?P<mid>年中)(?:前|以前|之前|(?="
    + _DONE_VERB
    + "|"
    + _TARGET_THEN
    + r"))|(?<=[今当明次本])(?P<named_y>年)(?="
    + _DONE_VERB
    + r"))"
    r")"
    # within N days of this document: 本意见印发之日起30日内
    # (and 本方案印发后3个月内, 本意见印发之日起三个月内: round 40)
    r"|(?P<relative>本(?:意见|通知|方案|办法|决定|规定)(?:印发|发布|实施)(?:之日起|后)"
    r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<unit>日|天|个月|个?工作日)内)"
    # a recurring deadline: 每年2月底前
    r"|(?P<recurring>每(?:"
    + "|".join(POINT_PERIODS)
    + r")(?:年|季)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末)?前)"  # 每年年底前: round 35
    # plan periods: “十四五”期间
    r"|(?P<period>“?十(?P<five>[一二三四五六七八九])五”?(?:期间|时期|末))"
    r"|(?P<within_year>(?<![一二两三四五六七八九十百\d])年内|本年度内)"  # not 两年内, 3年内: within years (round 39)
    # this month, next month, this quarter, counted from the document's date (a 纪要's 本月底前: round 35)
    r"|(?P<this_period>(?P<which>本|下)(?P<period_unit>月|季度)(?:底|末)?(?:前|内|以前|之前))"
)
_TRIGGER = compiled(  # the leading lookahead: as in _TOKEN
    r"(?=[\d年上下十每本])"
    r"(?:\d{4}|\d{1,2}月|年底|年末|上半年|下半年|年内|十[一二三四五六七八九]五|每(?:" + "|".join(POINT_PERIODS) + r")"
    r"|本(?:意见|通知|方案|办法|决定|规定|月|季度|年度内)|下月"
    r"|年中|年(?=" + _DONE_VERB + r")|\d{1,2}[—－\-～~至]\d{1,2}月)"  # round 40 (dates2)
)
_PREFIXES = "到至从自“"
_FIVE_YEAR_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035}
_CLAUSE_BREAK = "，。；：:,;、"
# 持续 not after 可 (可持续 is an adjective); the lookbehind follows 持续 so that every alternative opens
# with a literal, which the regex engine scans for instead of trying each alternative at each character
# an amount given per period, not work done every period (每人每月730元: round 43), a few words between them too
# (每人每年补助1200元, 每生每年资助标准不低于1000元, 每年安排就业专项资金不少于500万元: round 44)
_NOT_AN_AMOUNT = r"(?![\u4e00-\u9fff]{0,12}[\d.,，]+[万亿千百]?元)"
# a period after a person's 每 (每人每年至少参加一次培训, 每名学员每年…, 每户每月…): a rate each person keeps, not a
# schedule of the task's (round 45); checked right after the period's 每, as it is no part of the text before
_NOT_PER_PERSON = (
    r"(?<!每[人户生]每)(?<!每个人每)(?<!每[名位][\u4e00-\u9fff]每)(?<!每[名位][\u4e00-\u9fff]{2}每)"
    r"(?<!每[名位][\u4e00-\u9fff]{3}每)"
)
# work done by the month or quarter (按月报送, 按季度拨付), not a mode of a service among others named with it (优化线上
# 开户、按月汇缴等服务, 实现按月提取、按季到账: what the task offers, no schedule of its own; round 51); the lookbehind
# after 按, so that the alternative opens with a literal (as 持续's, above)
_BY_PERIOD = (
    r"|按(?<!、按)(?:月|季度)(?=[\u4e00-\u9fff])(?!底|末)(?![\u4e00-\u9fff]{2}(?:、按|等))"
    r"|逐(?:月|季度)(?=[\u4e00-\u9fff])"  # round 54: 逐月调度进展, as 按月 reads
)
_ONGOING_WORD = compiled(
    r"持续(?<!可持续)[\u4e00-\u9fff]{2}|常态化?[\u4e00-\u9fff]{2}|长期坚持|每"
    + _NOT_PER_PERSON
    + _PERIOD
    + _NOT_AN_AMOUNT
    + r"|常年(?:开展|坚持|推进)"
    + _BY_PERIOD  # 每学期, 常年开展, 按月报送: round 39
)
# recurring work alone (not 持续…: a continuing word in a second sentence is the clause's, as the real corpus reads
# it), in the sentence after a short title sentence
_RECURRING_WORD = compiled(r"每" + _NOT_PER_PERSON + _PERIOD + _NOT_AN_AMOUNT + r"|常年(?:开展|坚持|推进)" + _BY_PERIOD)
_TITLE_SENTENCE = 20  # characters: the longest first sentence read as a task's title
_TITLE = compiled(r"《[^《》]{0,120}》")
# how long a policy holds, or the period it covers: dates that are no task's deadline (若干措施's articles)
_VALIDITY = compiled(
    r"(?:有效期|执行期限?|实施期限|政策期限|政策期|兑现期)(?:为|至|到)[^，,。；;）)]{0,30}|执行至[^，,。；;）)]{0,30}"
    # round 43: a policy extended to a date (延续实施阶段性降低失业保险费率政策至2023年4月30日, …政策延续至…)
    r"|(?:政策|延续|延长)(?:实施|执行)?至[^，,。；;）)]{0,30}"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:起)?至\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:期间|之间|内)"
)
# a season or a holiday a task is done before, in its words: 春耕前, 汛期前, 入汛前, 国庆节前 (read as a field reads them)
_SEASON_BEFORE = compiled(
    r"(?:汛期?|入汛|主汛期|(?:[春秋]季(?:学期)?)?开学|" + _FARM_AND_HOLIDAYS + r")”?前(?!后|检查|排查|准备|安全)"
)  # not 春节前后, nor 汛前检查 (a noun: round 38); 开学前 alone: round 41 (``_seasons_before``)
# a last sentence, or a closing bracket, that is a status alone: …住房。持续推进。 / …住房。（长期坚持） (round 34)
# (and a last clause that is one: …拆除危旧房150处，全年持续推进。 round 37)
# (and a last sentence that is a deadline field holding one: …配合。完成时限：长期坚持。 round 38)
_TAIL_OPENING = r"(?:[。；;）)，,][（(]?|[（(])"  # a closing clause or bracket of the text's own
_TAIL_LABEL = r"[\u4e00-\u9fff]{0,4}(?:时限|期限)[：:]"  # 完成时限：, 办结期限：
_STATUS_TAIL = compiled(  # (and a bracket right after the last word: …参与人居环境整治（持续推进）。 round 44)
    _TAIL_OPENING
    + "(?:"
    + _TAIL_LABEL
    + r")?(?:全年)?(持续推进|持续开展|长期(?:坚持|推进)?|常态化(?:开展|推进)?)[）)]?[。；;]?$"
)
# a closing deadline field that holds a period alone: …。（完成时限：每季度） (round 54), its label required (a bare
# （每季度） after a long first sentence stays the clause's, as before)
_RECURRING_TAIL = compiled(_TAIL_OPENING + _TAIL_LABEL + r"(每(?:" + "|".join(PERIODS) + r"))[）)]?[。；;]?$")


_TAILS = (_STATUS_TAIL, _RECURRING_TAIL)


def _recurring_tail(text: str) -> re.Match[str] | None:
    """The closing deadline field of ``text`` that holds a recurring period alone, else None: the field states the
    work recurs, wherever the task's words put their units (round 54; before, no deadline after a long title).

    >>> _recurring_tail("加强协调。A负责，组织进机关。（完成时限：每季度）").group(1), _recurring_tail("组织进机关（每季度）")
    ('每季度', None)
    """
    return _RECURRING_TAIL.search(text) if "每" in text else None


_SENTENCE_END = compiled("[。！？]")


def _sentence_end(text: str) -> int:
    """Where the text's first sentence ends (just past its 。！？), or its length."""
    end = _SENTENCE_END.search(text)
    return end.end() if end else len(text)


# what a plan says it will have done by a year that opens a clause: ，2028年逐步扩大至全市范围
_BY_THEN = ("逐步", "全面", "基本", "完成", "实现", "建成", "力争", "初步", "确保", "达到", "累计")
# a modal word between the clause's break and the year (，力争2027年建成投运, ，确保2026年全面完成: round 50; before, no
# deadline, as the year did not open its clause)
_MODAL_BEFORE_YEAR = ("力争", "确保", "争取")
# ... and a plan's word (，计划2026年建成投用, 预计2026年完成: round 51), which names no object's year only where it opens
# its clause (编制计划2026年重点项目清单: the plan is the object)
_PLANNED_BEFORE_YEAR = ("计划", "预计")
# a scope between the year and what is done by then (2026年全县完成改造…, 2026年全市建成…: round 51)
_SCOPE_AFTER_YEAR = compiled(r"全[省市州盟县区旗镇乡]")
# ... or what will be done in that year: ，2021年组织开展划定情况“回头看”
_IN_THAT_YEAR = ("组织", "开展", "启动", "制定", "出台")
# ... but not a count to reach in it, in the same clause: ，2026年组织企业参加境外展会不少于100场次 (the year's target,
# as 全年举办…不少于4场: round 48), nor one written with 以上 after it: ，2026年组织宣传活动100场次以上 (round 49)
_YEARS_COUNT = compiled(r"[^，,。；;]{0,40}?(?:(?:不少于|不低于|不超过|超过)\d|\d[^\d，,。；;]{0,3}以上)")


def _point_is_deadline(text: str, m: re.Match[str]) -> bool:
    """A point in time is a deadline unless it is a bare year used as a label (2022年度, 比2022年).

    A bare year counts where it opens a clause (after a modal word too, ``，力争2027年建成投运``: round 50; or a plan's
    word, ``，计划2026年建成投用``: round 51) and the clause ends there (``2023年，…``) or goes
    on with what will be done by then (``，2028年逐步扩大至全市范围``) or in it (``，2021年组织开展“回头看”``), not with a
    count to reach in it (``，2026年组织…不少于100场次``: round 48; ``…100场次以上``: round 49), a scope between them
    (``，2026年全县完成改造100户以上``: round 51). A half year is no bare year, though it ends
    in 年 (``各城区2020年上半年启动``: before round 40, no deadline), as a quarter is none (``2025年第三季度``).
    """
    raw = m.group()
    after = text[m.end() : m.end() + 1]
    if after == "度":
        return False
    if raw.startswith(("到", "至")) or not raw.endswith("年") or raw.endswith("半年"):
        return True
    modal = text.endswith(_MODAL_BEFORE_YEAR, 0, m.start()) or text.endswith(_PLANNED_BEFORE_YEAR, 0, m.start())
    opening = m.start() - 2 if modal else m.start()
    before = text[opening - 1] if opening > 0 else "。"
    verb = m.end() + 2 if after == "全" and _SCOPE_AFTER_YEAR.match(text, m.end()) else m.end()
    return before in _CLAUSE_BREAK + "于在）" and (
        after == ""
        or after in _CLAUSE_BREAK
        or text.startswith(_BY_THEN, verb)
        or (text.startswith(_IN_THAT_YEAR, verb) and _YEARS_COUNT.match(text, verb) is None)
    )


def year_first_no_deadline(clause: str) -> bool:
    """Whether ``clause`` opens with a bare year (after a modal or a plan's word too) that :func:`_point_is_deadline`
    reads as no time to finish by: a year's target (``2026年组织宣传活动100场次以上``, ``2026年新增床位200张``), not
    ``2026年全县完成改造100户`` or ``力争2026年建成投用``. A field reads any year as its December; a clause of a
    sentence naming units is a task's words, read as they are (round 51).

    >>> year_first_no_deadline("2026年新增床位200张"), year_first_no_deadline("2026年全县完成改造100户")
    (True, False)
    >>> year_first_no_deadline("2026年6月底前完成"), year_first_no_deadline("全年完成")
    (False, False)
    >>> year_first_no_deadline("2026年中秋、国庆前后")  # a holiday after the year (round 52)
    False
    """
    if not clause[:1].isdigit() and not clause.startswith((*_MODAL_BEFORE_YEAR, *_PLANNED_BEFORE_YEAR)):
        return False
    m = next(_date_matches(clause), None)
    return (
        m is not None
        and m.start() <= 2
        and m.lastgroup == "point"
        and m.group().endswith("年")
        and not clause.startswith(_LUNAR_HOLIDAYS, m.end())
        and not _point_is_deadline(clause, m)
    )


# the holidays of the lunar calendar, no date of their own here (round 32), that name a day of the year after it:
# 2026年中秋、国庆前后 is a time, no year's target (round 52)
_LUNAR_HOLIDAYS = tuple(_LUNAR_MONTHS)


# a year that names what a clause is about, not when it is done: 谋划2026年重点项目, 编制2026年工作要点 (round 35)
# (not a range's end: 2025年至2027年每年完成10个, round 45)
# (nor a modal word's: 力争2026年建成…, round 50; nor a plan's word opening the clause: 计划2026年建成…, round 51)
_OBJECT_YEAR = compiled(
    r"(?![至到])[\u4e00-\u9fff]"
    + "".join(f"(?<!{word})" for word in _MODAL_BEFORE_YEAR)
    + "".join(f"(?:(?<!{word})|(?<=[^，,。；;：:]{word}))" for word in _PLANNED_BEFORE_YEAR)
    + r"\d{4}年(?![底末内前中度初]|[上下]半年|第?[一二三四]季度|\d|$)"
)


def year_of_its_object(clause: str) -> bool:
    """Whether ``clause`` holds a year that is its object's (a verb right before it, a noun after it), which makes
    no deadline of it: ``谋划2026年重点项目``, not ``力争2026年底前完成`` or ``确保2026年6月上线``.

    >>> year_of_its_object("谋划2026年重点项目"), year_of_its_object("力争2026年底前完成"), year_of_its_object("2026年")
    (True, False, False)
    >>> year_of_its_object("力争2026年建成投用")  # a modal word's year (round 50)
    False
    >>> year_of_its_object("计划2026年建成投用"), year_of_its_object("编制计划2026年重点项目清单")  # round 51
    (False, True)
    """
    return "年" in clause and _OBJECT_YEAR.search(clause) is not None


def text_deadline(text: str, *, plan_year: int | None = None, document_date: str | None = None) -> Deadline:
    """The deadline a task's own text states, or ``Deadline(None, None, None)``.

    Dates anywhere in the text count (``2024年6月底前``, ``到2025年底``, ``2023—2025年``,
    ``2019年1月1日至12月31日``, ``本意见印发之日起30日内`` counted from ``document_date``,
    ``年内``, ``6月底前``, ``年底前``, ``上半年`` in ``plan_year``, ``“十四五”期间``); a start (``从2019年起``), a
    year used as a label (``2022年度``) and cited titles 《…》 do not. A continuing or
    recurring word (持续推进, 常态开展, 长期坚持, 每年, 每季度) counts only in the task's
    first sentence, where it qualifies the task itself, or as a last sentence or bracket of its own (``…。持续推进。``):
    then the status is ``ongoing``.
    Several deadlines: ``raw`` joins them with ``；`` and ``date`` is the latest.

    Round 40: a month or a year named with no year of its own before what is done then, and working days counted
    from the document's date; a date describing the task's object (a verb and 的 after it) is none.

    >>> [text_deadline(t, plan_year=2025).raw for t in ("推进改造，十月底前完成。", "9月份完成验收。", "当年完成。")]
    ['十月底前', '9月份', '当年']
    >>> text_deadline("于年中前完成铺设，明年全部完成。", plan_year=2025).date
    '2026-12'
    >>> text_deadline("推进参保扩面，力争年中完成。", plan_year=2025).date, text_deadline("召开年中工作会议。").raw  # round 43
    ('2025-06', None)
    >>> text_deadline("对2000年底前建成的老旧小区实施改造。", plan_year=2025)
    Deadline(raw=None, date=None, status=None)
    >>> [text_deadline(t, plan_year=2025).raw for t in ("11月中下旬前完成报批。", "6—8月开展专项治理。", "每半月通报。")]
    ['11月中下旬前', '6—8月', '每半月']
    >>> text_deadline("5月至8月集中开展校园招聘。", plan_year=2023)  # round 42
    Deadline(raw='5月至8月', date='2023-08', status='scheduled')
    >>> text_deadline("本方案印发后二十个工作日内报送。", document_date="2025-03-18").date
    '2025-04-15'
    >>> text_deadline("推进一网统管。每年开展一次评估。").status
    'ongoing'
    """
    written = ocr_zeros(text)
    text, origin = _numerals_as_digits(written)
    found = _text_deadline(text, plan_year, document_date)
    if origin is None or found.raw is None:
        return found
    return replace(found, raw=_as_written(found.raw, text, written, origin))


def _numerals_as_digits(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """``text`` with its dates in Chinese numerals in digits (``二〇二五年底前``, ``十月底前``: read as a field reads
    them, round 40), and where each character of the result was written: (the start, the end) of the numerals it
    stands for, or None when nothing changed.

    >>> _numerals_as_digits("十月底前完成")
    ('10月底前完成', ([0, 0, 0, 2, 3, 4, 5], [2, 2, 2, 3, 4, 5, 6]))
    >>> _numerals_as_digits("6月底前完成")
    ('6月底前完成', None)
    >>> [_numerals_as_digits(t)[0] for t in ("2025.6.30前完成迁移", "6.30前上线", "2025年Q3完成", "PM2.5前体物")]
    ['2025年6月30日前完成迁移', '6月30日前上线', '2025年第三季度完成', 'PM2.5前体物']
    """
    steps = _typed_dates(text)  # round 43
    if "〇" in text:
        steps += [(_CN_YEAR, _cn_year), (_CN_MONTH, _cn_month)]
    elif "月" in text and _CN_MONTH.search(text) is not None:
        steps.append((_CN_MONTH, _cn_month))
    if not steps:
        return text, None
    starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
    for pattern, digits in steps:
        pieces: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        at = 0
        for m in pattern.finditer(text):
            replaced = digits(m)
            pieces += (text[at : m.start()], replaced)
            new_starts += starts[at : m.start()] + [starts[m.start()]] * len(replaced)
            new_ends += ends[at : m.start()] + [ends[m.end() - 1]] * len(replaced)
            at = m.end()
        pieces.append(text[at:])
        text, starts, ends = "".join(pieces), new_starts + starts[at:], new_ends + ends[at:]
    return text, (starts, ends)


# dates typed as numbers in a task's words (round 43; a field read them since round 24): 2025.6.30前, 2025/6/30,
# 6.30前, 2025年Q3. Not an amount (2025.6万元), a decimal before 前 that is no date (PM2.5前体物), a version (V2.5前)
_TEXT_NUMERIC_DATE = compiled(
    r"(?<![\d.．/])((?:19|20)\d{2})[./](1[0-2]|0?[1-9])(?:[./]([12]\d|3[01]|0?[1-9]))?(?![\d.．/万亿千百元个家户人次项%％])"
)
_TEXT_MONTH_DAY = compiled(r"(?<![\dA-Za-z.．])(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])(?=前|底)(?!前体)")


def _month_day_written_out(m: re.Match[str]) -> str:
    return f"{m.group(1)}月{m.group(2)}日"


def _typed_dates(text: str) -> list[tuple[re.Pattern[str], object]]:
    """The rewritings ``_numerals_as_digits`` applies to the dates typed as numbers in ``text``, each tried only
    when its character is there (round 43).

    >>> [len(_typed_dates(t)) for t in ("2025.6.30前完成", "新建5.2公里", "2025年Q3上线")]
    [1, 0, 1]
    """
    steps: list[tuple[re.Pattern[str], object]] = []
    if ("." in text or "/" in text) and _TEXT_NUMERIC_DATE.search(text) is not None:
        steps.append((_TEXT_NUMERIC_DATE, _date_written_out))
    if "." in text and _TEXT_MONTH_DAY.search(text) is not None:
        steps.append((_TEXT_MONTH_DAY, _month_day_written_out))
    if ("Q" in text or "q" in text) and _QUARTER_Q.search(text) is not None:
        steps.append((_QUARTER_Q, _quarter_written))
    return steps


def _as_written(raw: str, read: str, written: str, origin: tuple[list[int], list[int]]) -> str:
    """``raw`` (found in ``read``, the text with its numerals in digits) in the words of ``written``: each of its
    deadlines as the text writes it (``10月底前`` → ``十月底前``).

    >>> read, origin = _numerals_as_digits("二〇二四年十二月底前建成")
    >>> _as_written("2024年12月底前", read, "二〇二四年十二月底前建成", origin)
    '二〇二四年十二月底前'
    """
    starts, ends = origin
    out = []
    for piece in raw.split("；"):
        at = read.find(piece)
        out.append(piece if at < 0 or not piece else written[starts[at] : ends[at + len(piece) - 1]])
    return "；".join(out)


def _text_deadline(text: str, plan_year: int | None, document_date: str | None) -> Deadline:
    """``text_deadline`` of a text whose dates in Chinese numerals are in digits.

    >>> _text_deadline("推进汽车以旧换新。全年完成汽车以旧换新5000辆。", 2024, None)  # round 41
    Deadline(raw='全年', date='2024-12', status='scheduled')
    >>> _text_deadline("促进汽车消费。全年举办车展活动不少于4场。", 2024, None).date is None
    True
    >>> _text_deadline("汛期（6月1日至9月30日）实行24小时值班", 2022, None).date  # round 42
    '2022-09-30'
    >>> _text_deadline("延续实施阶段性降低失业保险费率政策至2023年4月30日。", 2022, None).date is None  # round 43
    True
    """
    masked = _TITLE.sub(lambda m: "　" * len(m.group()), text) if "《" in text else text
    # 本条政策执行期限至…, 有效期至…, 对…至…期间: how long a measure holds, no deadline of the task's (round 38)
    if ("期" in masked or "至" in masked) and _VALIDITY.search(masked):
        masked = _VALIDITY.sub(lambda m: "　" * len(m.group()), masked)
    raws: list[str] = []
    dates: list[str] = []
    starts: list[int] = []  # where each raw begins, to put a quarter read apart in text order
    for m in _date_matches(masked):
        kind = m.lastgroup  # every alternative is one named group, closed after the groups inside it
        if kind == "start":
            continue
        if kind == "point" and not _point_is_deadline(masked, m):
            continue
        raw = m.group().rstrip("，。")
        if kind in ("point", "in_year") and _OBJECT_DATE.match(masked, m.end()) is not None:
            continue  # 对2000年底前建成的老旧小区…: the date of what the task works on (round 40)
        if kind == "in_year" and m.group("named_y"):
            raw = masked[m.start() - 1] + raw  # 当年, 明年 (round 40)
        if kind in ("range", "range2", "point"):
            found = _dates(raw)
            if not found:
                continue
            dates.append(max(found))
        elif kind == "relative":
            when = _relative(document_date, _count(m.group("n")), m.group("unit"))
            if when is None:
                continue
            dates.append(when)
        elif kind == "period":
            dates.append(f"{_FIVE_YEAR_END[m.group('five')]}-12")
        elif kind == "this_period":
            when = _this_period(document_date, m.group("which") == "下", m.group("period_unit") == "季度")
            if when is None:
                continue
            dates.append(when)
        elif kind == "within_year":
            if plan_year is None:
                continue
            dates.append(f"{plan_year}-12")
        elif kind == "in_year":
            if plan_year is None or (m.start() > 0 and masked[m.start() - 1].isdigit()):
                continue
            named = _year_named_before(masked, m)
            if m.group("ye") and raw in ("年底", "年末") and named is None and not _bare_year_end(masked, m):
                continue  # 年末检查: a year-end activity, not a deadline (今年底完成 is one: round 40)
            next_year = named is not None and named in "明次"
            dates.append(_in_year(m, plan_year + 1 if next_year else plan_year))  # 明年3月底前 (round 38)
        raws.append(raw)
        starts.append(m.start())
    beside: list[tuple[int, str, str]] = []  # dates the loop does not read, put among its own in text order
    if plan_year is not None and "季度" in masked:
        beside += _yearless_quarters(masked, plan_year)  # 于今年三季度末前完成… (round 40)
    if raws and plan_year is not None and "前" in masked and _SEASON_BEFORE.search(masked) is not None:
        # 3月底前启动，国庆节前完成 (round 40; a season alone: below)
        taken = [(at, at + len(raw)) for at, raw in zip(starts, raws)]
        beside += _seasons_beside(masked, taken, plan_year, document_date)
    if beside:
        merged = sorted([*zip(starts, raws, dates), *beside])
        raws, dates = [r for _, r, _ in merged], [d for _, _, d in merged]
    if not raws:
        if plan_year is not None and masked[:1].isdigit() and (opening := _MONTH_OPENING.match(masked)) is not None:
            # 12月：开展年度考核: a monthly schedule's line, due in its month (round 39)
            return Deadline(opening.group(1), f"{plan_year}-{int(opening.group(2)):02d}", "scheduled")
        if ("年）" in masked or "年)" in masked) and (stage := _stage_year(masked)) is not None:
            return stage
        staged = _staged_years(masked)
        if staged:
            return Deadline("；".join(f"{y}年" for y in staged), f"{max(staged)}-12", "scheduled")
        if plan_year is not None and "分" in masked and (years := _IN_YEARS.search(masked)) is not None:
            return in_years(years, plan_year)  # 分两年完成 (round 40)
        if plan_year is not None and "全年" in masked and (whole := WHOLE_YEAR_DONE.search(masked)) is not None:
            return Deadline(whole.group(1), f"{plan_year}-12", "scheduled")  # 全年完成…5000辆 (round 41)
        if plan_year is not None and "前" in masked:  # 春耕前完成…, 汛期前完成… in the task's words (round 34)
            found = _seasons_before(masked, plan_year, document_date)
            if found is not None:
                return found
        first = _sentence_end(masked)
        word = _ONGOING_WORD.search(masked, 0, first) or _STATUS_TAIL.search(masked) or _recurring_tail(masked)
        # 健全督察机制。每季度通报…: after a title (round 38); a whole text shorter than a title's length too
        # (推进一网统管。每年开展一次评估。: round 40, before, no status)
        if word is None and first <= _TITLE_SENTENCE and first < len(masked):
            word = _RECURRING_WORD.search(masked, first, _sentence_end(masked[first:]) + first)
        if word:
            return Deadline(word.group(1) if word.re in _TAILS else word.group(), None, "ongoing")
        return Deadline(None, None, None)
    if len(dates) > 1 and len(dates) == len(raws) and any(_YEAR_TARGET.fullmatch(r) for r in raws):
        # 到2035年远景目标…，2025年12月底前形成初稿: a target year beside a dated step, the step's date (round 38)
        kept = [(r, d) for r, d in zip(raws, dates) if not _YEAR_TARGET.fullmatch(r)]
        if kept and any("月" in r for r, _ in kept):
            raws, dates = [r for r, _ in kept], [d for _, d in kept]
    return Deadline("；".join(raws), max(dates) if dates else None, "scheduled" if dates else "ongoing")


# a quarter with no year of its own that a task is due by (round 40): 今年三季度末前, 明年一季度, 第四季度末, 二季度前;
# its year named (今年/明年) or its end said (末/底/前), or (round 43) the work done in it (三季度完成, 第三季度内建成).
# Not 每季度末, 前三季度, 2024年三季度 (a point: read before), 三季度启动 (a start)
_YEARLESS_QUARTER = compiled(
    r"(?P<named>[今本当明次])年度?第?(?P<q>[一二三四1-4])季度(?:末|底)?(?:以前|之前|前)?"
    r"|(?<![\d年每前至到—\-～~、第])第?(?P<q2>[一二三四1-4])季度(?:(?:末|底)(?:以前|之前|前)?|以前|之前|前"
    r"|(?=内?(?:" + _DONE_VERB + r")))"
)


def _yearless_quarters(text: str, plan_year: int) -> list[tuple[int, str, str]]:
    """The quarters with no year of their own in a task's words, each as (where, as written, its last month) in
    ``plan_year`` (``明年``: the year after).

    >>> _yearless_quarters("于今年三季度末前完成迁移，明年一季度推广。", 2023)
    [(1, '今年三季度末前', '2023-09'), (13, '明年一季度', '2024-03')]
    >>> _yearless_quarters("第四季度末前建成；每季度末报送；前三季度累计；2024年三季度末", 2025)
    [(0, '第四季度末前', '2025-12')]
    >>> _yearless_quarters("新创建示范小区30个。三季度完成。二季度启动。", 2025)  # round 43
    [(11, '三季度', '2025-09')]
    >>> _yearless_quarters("推进企业开办，第三季度上线运行；第四季度实现全覆盖。", 2025)  # round 43 (left6)
    [(7, '第三季度', '2025-09'), (16, '第四季度', '2025-12')]
    """
    found = []
    for m in _YEARLESS_QUARTER.finditer(text):
        year = plan_year + (m.group("named") in ("明", "次"))
        quarter = m.group("q") or m.group("q2")
        found.append((m.start(), m.group(), f"{year:04d}-{_QUARTER_END[quarter]:02d}"))
    return found


def _seasons_before(text: str, plan_year: int, document_date: str | None) -> Deadline | None:
    """The seasons and holidays a task's words say it is done before, each read as a field reads it (round 34), or
    None: every one (``汛期前完成…，暑假前开展…``: both, the latest the date; before round 41, the first alone), and
    a school's term named alone (``开学前``) the next one to open after the document's date (round 41: from March to
    August the autumn term's, else the spring's; with no document date none).

    >>> _seasons_before("汛期前完成标志设置，暑假前开展一次防溺水教育", 2025, None)
    Deadline(raw='汛期前；暑假前', date='2025-07', status='scheduled')
    >>> _seasons_before("开学前集中清理", 2025, "2025-05-20"), _seasons_before("开学前完成检查", 2024, "2024-11-02").date
    (Deadline(raw='开学前', date='2025-08-31', status='scheduled'), '2025-02')
    """
    raws: list[str] = []
    dates: list[str] = []
    for m in _SEASON_BEFORE.finditer(text):
        start, year = _season_year(text, m.start(), plan_year)
        when = _season_date(m.group(), year, document_date)
        if when is not None:
            raws.append(text[start : m.end()])
            dates.append(when)
    return Deadline("；".join(raws), max(dates), "scheduled") if dates else None


def _season_year(text: str, at: int, plan_year: int) -> tuple[int, int]:
    """Where a season written at ``at`` begins with the year named before it, and that year: ``明年汛前`` /
    ``次年汛期前`` the year after the plan's (round 42: 汛后…10月底前编制修复方案，明年汛前完成修复; before, the
    plan's own May), else ``at`` and ``plan_year``.

    >>> _season_year("明年汛前完成修复", 2, 2022), _season_year("汛前完成", 0, 2022)
    ((0, 2023), (0, 2022))

    A year written before it is the season's (round 44: ``2025年秋季学期开学前`` in a plan of 2024 is 2025's term,
    its raw words the whole phrase; before, the plan's year and ``秋季学期开学前``).

    >>> _season_year("新建幼儿园，2025年秋季学期开学前投入使用", 11, 2024)
    (6, 2025)
    """
    if at >= 2 and text[at - 1] == "年":
        if text[at - 2] in "明次":
            return at - 2, plan_year + 1
        if at >= 5 and text[at - 5 : at - 1].isdecimal() and (at == 5 or not text[at - 6].isdecimal()):
            return at - 5, int(text[at - 5 : at - 1])
    return at, plan_year


def _season_date(word: str, plan_year: int, document_date: str | None) -> str | None:
    """The date of a season a task is done before (``汛期前``), as a field reads it, ``开学前`` the next term's
    (``_seasons_before``; the field reading picks the term itself); None when it has none.

    >>> _season_date("国庆节前", 2025, None), _season_date("开学前", 2025, None), _season_date("开学前", 2025, "2024-11-02")
    ('2025-09-30', None, '2026-02')
    """
    return parse_deadline(word, plan_year, document_date).date


_BARE_TERM = compiled(r"(?:新学期)?开学前")  # the term not named (新学期开学前, 开学前): round 43


def _next_term(document_date: str | None) -> tuple[str, int] | None:
    """The school term a plan dated ``document_date`` means by ``开学前``: the next to open (from March to August the
    autumn term, else the spring term, the next year's from September), and how many years after the plan's year it
    opens; None with no date.

    >>> _next_term("2025-05-20"), _next_term("2024-11-02"), _next_term("2025-01-10"), _next_term(None)
    (('秋季开学前', 0), ('春季开学前', 1), ('春季开学前', 0), None)
    """
    month = int(document_date[5:7]) if document_date and document_date[5:7].isdigit() else 0
    if not month:
        return None
    return ("秋季开学前", 0) if 3 <= month <= 8 else ("春季开学前", int(month >= 9))


def _seasons_beside(
    text: str, taken: list[tuple[int, int]], plan_year: int, document_date: str | None
) -> list[tuple[int, str, str]]:
    """The seasons and holidays a task is due before (``国庆节前``, ``汛期前``) outside the dates already read
    (``taken``: their spans; ``2025年汛期前`` is one), each as (where, as written, its date in ``plan_year``).

    >>> _seasons_beside("3月底前启动，国庆节前完成；2025年汛期前验收", [(0, 4), (14, 21)], 2025, None)
    [(7, '国庆节前', '2025-09-30')]
    """
    found = []
    for m in _SEASON_BEFORE.finditer(text):
        if any(start <= m.start() < end for start, end in taken):
            continue
        start, year = _season_year(text, m.start(), plan_year)
        when = _season_date(m.group(), year, document_date)
        if when is not None:
            found.append((start, text[start : m.end()], when))
    return found


# a date that describes the task's object, a short verb and 的 after it: 2000年底前建成的老旧小区, 2023年底前改造的户厕
_OBJECT_DATE = compiled(r"[\u4e00-\u9fff]{0,3}的")
_YEAR_TARGET = compiled(r"(?:到|至)\d{4}年")  # a year a plan's target is reached by (到2030年), no month


# work spread over the plan's year and the next ones: 分两年完成, 分三年实施 (round 40)
# the year's work to finish by its end, in a task's words (全年完成汽车以旧换新5000辆, 全年累计建成…: round 41;
# before, no deadline); not 全年举办…不少于4场 (the year's target, round 36) nor 全年实现… (a level to reach)
WHOLE_YEAR_DONE = compiled(r"(全年)(?:累计|共|计划)?(?:完成|建成)")
_IN_YEARS = compiled(r"分([两二三四五2-5])年(?:完成|实施|推进|建设|建成|落实|到位|改造)")


def in_years(m: re.Match[str], plan_year: int) -> Deadline:
    """Work ``分N年完成`` from ``plan_year``: due at the end of its N-th year (the plan's year the first).

    >>> in_years(_IN_YEARS.search("建设充电桩300个，分两年完成。"), 2024)
    Deadline(raw='分两年完成', date='2025-12', status='scheduled')
    """
    n = 2 if m.group(1) == "两" else _count(m.group(1))
    return Deadline(m.group(), f"{plan_year + n - 1}-12", "scheduled")


# a year opening a clause of a staged schedule: 2024年在试点县推行，2025年全省推开; 第二阶段（2025年）全省推开
_STAGE_YEAR = compiled(
    r"(?:^|[，,；;。、（(])(?:第[一二三四五六]阶段[（(])?((?:19|20)\d{2})年(?:[）)])?(?![底前末内度以起至—\-－~～\d])"
)


def _stage_year(text: str) -> Deadline | None:
    """The year a stage of a schedule runs in, in a bracket of the task's title sentence alone: due that December.

    A 三年行动's stages are written ``（三）巩固提升阶段（2022年）。…`` or ``（2021年全年）`` beside those dated by
    months (``（2020年6月至12月）``, read before); a bare year was no date (round 42).

    >>> _stage_year("集中攻坚阶段（2021年全年）。县安委办要组织集中攻坚。")
    Deadline(raw='2021年全年', date='2021-12', status='scheduled')
    >>> _stage_year("巩固提升（2022年）。县安委办要及时总结。").date
    '2022-12'
    >>> _stage_year("推进工程。落实标准（2022年）。") is None  # a year in a later sentence: not the stage's
    True
    """
    m = _STAGE_YEAR_BRACKET.search(text, 0, _sentence_end(text))
    if m is None or m.start() > _TITLE_SENTENCE:
        return None
    return Deadline(m.group(1), f"{m.group(2)}-12", "scheduled")


# a bracket holding a year alone (or that year's whole), as a stage's title writes its time (round 42)
_STAGE_YEAR_BRACKET = compiled(r"[（(](((?:19|20)\d{2})年(?:全年)?)[）)]")


def _staged_years(text: str) -> list[int]:
    """The years of a staged schedule in a task's words, two or more years each opening a clause (round 30); []
    for one year alone (``2024年全市GDP增长``: no schedule).

    >>> _staged_years("推行统一目录，2024年在试点县推行，2025年全省推开。"), _staged_years("第一阶段（2024年）试点")
    ([2024, 2025], [])
    >>> _staged_years("2024年试点、2025年推开、2026年全覆盖。")
    [2024, 2025, 2026]
    """
    if "年" not in text:
        return []
    years = sorted({int(m.group(1)) for m in _STAGE_YEAR.finditer(text)})
    return years if len(years) >= 2 else []


_NAMED_YEARS = "今明次本当"


def _year_named_before(text: str, m: re.Match[str]) -> str | None:
    """The 今/明/次/本/当 that names the year of a date written with none (an ``in_year`` match): before its 年 for
    ``明年6月底前``, before the 年 of 年底 itself for ``明年底前``, ``今年年底`` (round 40: 明年底前 was the plan's
    year), else None.

    >>> [_year_named_before(t, next(_date_matches(t))) for t in ("力争明年6月底前完成", "到明年底完成", "今年年底前", "年底前")]
    ['明', '明', '今', None]
    """
    at = m.start()
    if (m.group("ye") or m.group("named_y")) and at >= 1 and text[at - 1] in _NAMED_YEARS:  # 明年底, 当年完成
        return text[at - 1]
    if at >= 2 and text[at - 1] == "年" and text[at - 2] in _NAMED_YEARS:  # 明年6月, 今年年底
        return text[at - 2]
    return None


def _bare_year_end(text: str, m: re.Match[str]) -> bool:
    """A bare 年底/年末 is a deadline after 到/于/在 or where its clause ends (``年底，…``), not in ``年末检查``;
    round 43: before what is done then too (``年底完成``, ``力争年底全面建成``), not ``年底完成情况``.

    >>> [_bare_year_end(t, next(_date_matches(t))) for t in ("年底完成改造", "年末检查", "对照年底完成情况考核")]
    [True, False, False]
    >>> _bare_year_end("年底参保率达到98%", next(_date_matches("年底参保率达到98%")))  # round 43: a target then
    True
    """
    before = text[m.start() - 1] if m.start() > 0 else "。"
    after = text[m.end() : m.end() + 1]
    return (
        before in "到至于在"
        or after == ""
        or after in _CLAUSE_BREAK
        or (after in _DONE_VERB and _DONE_THEN.match(text, m.end()) is not None)
        or ("达到" in text and _TARGET_AT.match(text, m.end()) is not None)  # 年底覆盖率达到90% (round 43)
    )


# what is done at a time a task names, right after it (年底完成, 年底全面建成), not a count of it (年底完成情况, 完成率)
_DONE_THEN = compiled(r"(?:" + _DONE_VERB + r")(?![\u4e00-\u9fff]{0,2}(?:情况|率|数|值|量|进度))")
_TARGET_AT = compiled(_TARGET_THEN)


def _date_matches(text: str):
    """``_TEXT_DATE`` matches, tried only where a year, 年内, 十…五, 每… or 本… begins (fast on long texts)."""
    pos = 0
    for trigger in _TRIGGER.finditer(text):
        at = trigger.start()
        if at < pos:
            continue
        starts = (at - 1, at) if at > 0 and text[at - 1] in _PREFIXES else (at,)
        for start in starts:
            if start < pos:
                continue
            m = _TEXT_DATE.match(text, start)
            if m:
                yield m
                pos = m.end()
                break


def _in_year(m: re.Match[str], year: int) -> str:
    """6月底前 / 9月30日前 / 年底前 / 上半年 / (今年)10月 in the plan's year."""
    if written := m.group("m") or m.group("named_m") or m.group("done_m") or m.group("range_m") or m.group("span_m"):
        month = min(12, max(1, int(written)))
        day = m.group("d") or m.group("span_d")
        return f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    if m.group("half") == "上半年" or m.group("mid"):
        return f"{year:04d}-06"
    return f"{year:04d}-12"


def _this_period(document_date: str | None, following: bool, quarter: bool) -> str | None:
    """The month a document's 本月 (``following``: 下月) or 本季度 ends, from its date, else None.

    >>> _this_period("2025-05-20", False, False), _this_period("2025-12-03", True, False), _this_period("2025-05-20", False, True)
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


def _relative(document_date: str | None, n: int, unit: str) -> str | None:
    """The date ``n`` days, months or working days (``个工作日``: weekdays, round 40) after ``document_date``.

    >>> _relative("2025-03-18", 20, "个工作日"), _relative("2025-03-18", 30, "日"), _relative("2025-03-18", 3, "个月")
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

    __slots__ = ("_text", "_end", "_read")

    def __init__(self, text: str) -> None:
        self._text = text
        self._end: Deadline | None = None
        self._read = False

    def end(self) -> Deadline | None:
        if not self._read:
            self._end, self._read = campaign_end(self._text), True
        return self._end

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
        return None


# the time of a stage, in brackets right after its name: 集中攻坚阶段（5月21日—8月10日）
_STAGE_TIME = compiled(r"[（(]([^（()）]{2,30})[）)]")


def names_a_stage(field: str) -> bool:
    """Whether a deadline field is the name of a stage of the plan's schedule alone (``集中攻坚阶段``, ``第二阶段``).

    >>> names_a_stage("集中攻坚阶段"), names_a_stage("第一阶段2024年6月"), names_a_stage("分阶段")
    (True, False, False)
    """
    return field.endswith("阶段") and 4 <= len(field) <= 10 and not any(c.isdigit() for c in field)


# a deadline stated once for every task that states none (round 30): 未注明完成时限的任务，均须于2024年12月底前完成;
# 完成时限未注明的为年底前完成. Looked for after each of the words saying "not stated" (``_UNSTATED_KEYS``) with a
# negation before it (未, 无, 不, 没有); group 1: the deadline's words, up to the sentence's end
_UNSTATED_TAIL = compiled(
    r"(?:(?:完成)?(?:时限|时间节点|时间|期限))?[”\"]?(?:的外?|外)(?:任务|事项|工作|举措)?[，,]?"
    r"(?:各项|所有|其他|其余)?(?:任务|事项|工作|举措)?(?:均|一律|原则上)?(?:须|需|应|要)?(?:为|于|在)?"
    r"([^。；;）)]{2,20})"
)
# what says the words after it are not stated: 未注明, 无特别说明 (round 37), and 除已明确…外 (all but those stated)
_NEGATIONS = ("未", "无", "不", "没有", "未作", "未予", "无特别", "无特殊", "未特别", "除", "除已", "除另有")
# the words saying "not stated" (注明, 明确, 标明, 列明, 写明, 标注) by a character of each: (it, the characters that
# may come before it, after it)
_UNSTATED_KEYS = (("明", "注标列写说", "确"), ("注", "标", ""))


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
            written = _CN_MONTH.sub(_cn_month, _CN_YEAR.sub(_cn_year, written))
        d = _DATE_LINE.fullmatch(written)
    return f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}" if d else None


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
    完成``), None when it states none (looked for only where the words 注明/明确/标明 … are).

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
    """
    for key, befores, afters in _UNSTATED_KEYS:  # one character of the words each, found by a C scan
        at = text.find(key)
        while at != -1:
            if text[at + 1 : at + 2] in afters:  # 明确
                start, end = at, at + 2
            elif at and text[at - 1] in befores:  # 注明, 标明, 列明, 写明, 标注
                start, end = at - 1, at + 1
            else:
                start = end = -1
            if start > 0 and text.endswith(_NEGATIONS, max(0, start - 3), start):
                m = _UNSTATED_TAIL.match(text, end)
                deadline = parse_deadline(m.group(1).removesuffix("完成"), plan_year) if m else None
                if deadline is not None and deadline.status is not None:
                    return deadline
            at = text.find(key, at + 1)
    return None

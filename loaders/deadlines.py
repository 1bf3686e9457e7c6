"""Deadlines (完成时限): as written → the last date the text allows, and a status.

``parse_deadline`` normalises a deadline field or column; the deadline a task states in its own words is read by
``text_deadlines``, how dates are written (numerals, holidays, periods) is in ``date_words``.

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
"""

from __future__ import annotations

import datetime
import re

from reformgraph.loaders.date_words import (
    AROUND_THE_FESTIVAL,
    AROUND_THE_SESSIONS,
    BARE_TERM,
    CN_MONTH,
    CN_YEAR,
    ENDING_PATTERN,
    FIVE_YEAR_END,
    HOLIDAY_BY_NAME,
    HOLIDAYS,
    IN_YEARS,
    PERIOD,
    QUARTER_END,
    QUARTER_Q,
    SEASON_BY_NAME,
    SEASONS_AND_HOLIDAYS,
    SESSIONS_OPEN,
    THIS_TERM,
    TIMES_OF_YEAR_LISTED,
    arrival_as_before,
    break_as_during,
    campaign_month,
    campaign_named,
    cn_month,
    cn_year,
    count_written,
    date_written_out,
    days_after_holiday,
    days_before_holiday,
    first_quarters_as_end,
    holiday_after_at,
    holiday_days_start,
    in_years,
    latest,
    marked_day_eve,
    next_term,
    ocr_zeros,
    quarter_written,
    relative_date,
    reports_as_months,
    school_terms_as_months,
    this_period,
    this_term_end,
    unfixed_festival,
    whole_as_during,
    years_from_start,
)
from reformgraph.records import Deadline, positional_makers
from reformgraph.regexcache import compiled

(_deadline,) = positional_makers(Deadline)  # every field in order, at a third of the frozen constructor's cost


# Patterns whose alternatives open with a group or a class give the regex engine nothing to scan
# for: it tries every alternative at every character. A leading lookahead over the characters a
# match can start with (checked by tests/test_deadlines_citations.py) rejects the others in one test.
_TOKEN = compiled(
    r"(?=[\d上下第一二三四年春秋国汛入十麦暑寒清五供冬采植元八七六双妇劳儿建教端中重消安质网迎宪科防世节低食全农高爱森雨两毕火泼“])"
    r"(?:(?P<year>(?<!\d)(?:19|20|１９|２０)\d{2}(?![\d万亿千百元个家户人次项%％]))\s*年?|(?P<month>\d{1,2})\s*月|(?P<day>\d{1,2})\s*日"
    r"|(?P<half>上半年|下半年)|(?P<quarter>第?[一二三四1-4]季(?:度|(?=末))|第[一二三四1-4]季(?!节))|(?P<yearend>年底|年末)|(?P<midyear>年中(?![期央国]))"
    r"|(?P<season>汛期?前|入汛前|主汛期前|[春秋]季(?:学期)?开学|[春秋]季学期|" + SEASONS_AND_HOLIDAYS + ")"
    r"|(?P<period>十(?P<five>[一二三四五六七八九])五”?(?:期间|时期|末)))"  # “十四五”期间: the plan period's end
)
# round 52: a holiday with 前后 in a deadline field (2026年五一前后, 2026年春节、“八一”前后) allows some days after it:
# the last day the text allows is in the holiday's month (SPEC), not the day before it (before, 五一前后 read as 五一前)
# (and closing a list of holidays, said of each: 2026年国庆、中秋前后, 春节、“八一”前后)
_HOLIDAYS_AFTER = (
    r"”?(?:[、和及]?“?(?:" + "|".join(sorted((h.name for h in HOLIDAYS), key=len, reverse=True)) + r")”?)*"
)
_AROUND = compiled(_HOLIDAYS_AFTER + "前后")
# round 57: and 期间 closing a list of holidays, said of each too (2026年元旦、春节期间: 元旦's month, not its eve), the
# names written with no 、 between them as well (元旦春节期间)
_DURING = compiled(_HOLIDAYS_AFTER + "期间")
# a deadline another body sets (按照上级要求, 根据省统一部署): no date of the plan's and no work that goes on, so no
# status (round 43: 按照/根据 made it ongoing, while 按上级要求 and 与国家同步 had none); the words after 按照/根据 that
# say so, a lookahead of ``_ONGOING`` (round 44: before, a second pattern and a second search of the text without it)
_DEFERRED_AFTER = r"(?:上级|国家|中央|全国|省|市|县)[^，,；;。]{0,6}?(?:要求|部署|安排|时限|进度)"


def _ongoing_words(deferred: str) -> str:
    """The words of work that goes on, 按照 and 根据 followed by ``deferred`` (a lookahead, or nothing)."""
    return (
        r"持续|长期|常态|每"
        + PERIOD
        + r"|日常|随时|贯穿|适时|按照"
        + deferred
        + r"|依法依规|根据"
        + deferred
        + r"|定期"
        r"|分年度|按年度|逐年|逐步|常抓|长效|恒常"  # round 24: recurring and gradual work (恒常: round 39, Macau)
        r"|按(?:季度?|月|周|半年)"  # round 25
        r"|逐(?:季度?|月)"  # round 54: 逐月调度, 逐季度通报 (逐年 above)
        r"|分阶段|分步|分[两二三四几多]?批|滚动|动态|常年"  # work done in stages or rolled on, or all year round (分阶段推进, 滚动实施, 常年): round 40
        # round 70 (fresh36): and quarter by quarter (分季度推进, 分季度通报; not 分季度 alone, 部分季度)
        r"|分季度?(?=推进|实施|落实|开展|调度|通报)"
        # round 67 (fresh34): each quarter's end alone (季末, 每季末; not 一季末, a date) and a pace written 一X一Y
        # (一月一调度, 一季一通报; not 一月一日, a date); round 70 (fresh36): 季度末 alone too (not 三季度末, 本季度末)
        r"|季度?末(?<![一二三四1-4第本上下]季末)(?<![一二三四1-4第本上下]季度末)"
        r"|一(?:月|季度?|周|旬|年)一(?![日号\d〇一二三四五六七八九十])"
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
# round 57: a period named after its year with its dates spelled out in brackets (2026年汛期（6月1日至9月30日）,
# 2026年汛期（5—9月）): the bracket's first month refines the bare year, so the period is due at the bracket's end, as a
# task's words read it (round 42); not a bracket running into the next year (（10月1日至次年4月30日）)
_SPELLED_PERIOD = compiled(r"年[\u4e00-\u9fff]{1,8}[（(](?:\d{1,2}" + RANGE_DASH + ")?$")
_SPELLED_REACH = 14  # characters before a month: 年, the longest period's name (8), the bracket and a range's start


def _spells_the_period(text: str, at: int) -> bool:
    """True when the month at ``at`` opens the bracket spelling out a period named after its year.

    >>> _spells_the_period("2026年汛期（6月1日至9月30日）", 8), _spells_the_period("2026年汛期（5—9月）", 10)
    (True, True)
    >>> _spells_the_period("2026年森林防火期（10月1日至次年4月30日）", 10), _spells_the_period("2026年6月", 5)
    (False, False)
    """
    if text[at - 1 : at] not in "（(—-－–~～至到" or not _SPELLED_PERIOD.search(text, max(0, at - _SPELLED_REACH), at):
        return False
    close = text.find("）", at)
    return "次年" not in text[at : close if close != -1 else len(text)]


def dates_named(text: str) -> list[str]:
    """Every date the text names, each as its last allowed day (month or day precision)."""
    if "学" in text or "届" in text or "新生" in text or "离校" in text:
        # 2026—2027学年第一学期: January 2027 (round 58 fresh26); 2026届毕业生离校前: July 2026 (round 59)
        text = school_terms_as_months(text)
    if (
        "披露" in text or "公布" in text or "股东" in text
    ):  # 2026年半年报披露前: August 2026 (round 60; 年度股东大会: 61)
        text = reports_as_months(text)
    out: list[tuple[int, int, int | None]] = []
    year: int | None = None
    kind = None
    year_end = 0  # where the last year written ends: a season after a month of it is that month's (round 38)
    for m in _TOKEN.finditer(text):
        before, kind = kind, m.lastgroup
        if kind == "year":
            year = int(m.group("year"))
            year_end = m.end()
            out.append((year, 12, None))  # a bare year allows the whole year
        elif kind == "period":
            year = FIVE_YEAR_END[m.group("five")]
            year_end = m.end()
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
                    and (
                        text[m.start() - 1] == "年"
                        or _RANGE_START.search(text, m.start() - 4, m.start())
                        or _spells_the_period(text, m.start())
                    )
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
            out[-1] = (year, QUARTER_END[q], None)
        elif kind == "yearend":
            out[-1] = (year, 12, None)
        elif kind == "midyear":
            out[-1] = (year, 6, None)
        elif kind == "season" and "月" not in text[year_end : m.start()]:
            # 2026年6月底前（汛期前完成）: the month (round 38); a season after a later year is that year's (round 75:
            # 2027年12月底前…；2028年春节前…, before the bare year 2028-12)
            end = _season_end(text, m, year)
            if end is None:
                continue  # a lunar holiday in a year the table does not hold (round 54), a campaign whose month
                # moves (round 57): the year alone
            month, day = end
            when = (year, month, day) if month else (year - 1, 12, None)  # 2025年元旦前: 2024-12 (round 41)
            if month > 12:  # 2026年冬季期间: into the next year (round 56)
                when = (year + 1, month - 12, day)
            if before == "season":
                out.append(when)  # a list of holidays (国庆、中秋前后): a date each, the latest kept (round 54)
            else:
                out[-1] = when
    return [f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "") for y, mo, d in out]


def _season_end(text: str, m: re.Match[str], year: int) -> tuple[int, int | None] | None:
    """The month (and day) a season or holiday token ``m`` of ``text`` allows in ``year``: the day before it
    (``五一前``, ``“3·15”前``), or, followed by 前后, the holiday's month (round 52); None for a lunar holiday in a year
    ``LUNAR_MONTHS`` does not hold, or a month·day that is no day.

    >>> [_season_end(t, _TOKEN.search(t, 5), 2026) for t in ("2026年五一前", "2026年五一前后", "2026年“八一”前后")]
    [(4, 30), (5, None), (8, None)]
    >>> _season_end("2026年国庆、中秋前后", _TOKEN.search("2026年国庆、中秋前后", 5), 2026)  # 前后 of a list: each's
    (10, None)
    >>> [_season_end(t, _TOKEN.search(t, 5), 2026) for t in ("2026年端午前", "2026年“3·15”前", "2026年“3·35”前")]
    [(6, None), (3, 14), None]
    """
    season = m.group("season")
    holiday = HOLIDAY_BY_NAME.get(season)
    if holiday is None:
        if (campaign := campaign_named(season)) is not None:
            return campaign_month(campaign, text, m.end())
        named = SEASON_BY_NAME.get(season)  # date_words.SEASONS, the one table of them (round 56)
        return named.month_at(text, m.end()) if named is not None else marked_day_eve(season)
    if _AROUND.match(text, m.end()) or _DURING.match(text, m.end()):  # 2026年国庆期间: its month (round 56)
        month = holiday.month_in(year)
        return None if month is None else (month, None)
    return holiday.eve(year)


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
    ('2024-05', '2024-09-30', '2025-01')
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
    if unfixed_festival(text):
        return _deadline(text, None, None)  # 2026年那达慕前: no month the words allow, not the year alone (round 63)
    if text[-1] in "天日周期夕" and (days := holiday_days_start(text)) is not None:
        # 国庆节前3日, 春节前一周: days before its day, in the year its 前 alone reads (round 65)
        eve = parse_deadline(text[:days], plan_year, document_date).date
        if (before := days_before_holiday(text, eve)) is not None:
            return _deadline(text, before, "scheduled")
    if text[-1] in "天日周期内" and "后" in text and (after := holiday_after_at(text)) is not None:
        # 国庆节后3日内, 春节后一周: days after its days off, in the year its 前 reads (round 67)
        eve = parse_deadline(text[:after] + "前", plan_year, document_date).date
        if (month := days_after_holiday(text, eve)) is not None:
            return _deadline(text, month, "scheduled")
    if (words := _PLAIN_WORDS.fullmatch(text)) is not None:
        # 长期坚持, 2022年5月取得阶段性成果并长期坚持: no rule of _read_field's applies, and of ``_read_deadline``'s
        # none but its status: no start (起, 开始) and no date token (``_TOKEN``) past the year and month
        return _with_status(text, _plain_words_date(words), False)
    if "每" in text and (plain := _REPORTING_NOTE.sub("", text)) != text and _MONTH_OR_YEAR.search(plain):
        reading = plain  # 2024年12月底前（每月25日前报送进展）: the note's day is no deadline
    else:
        # 2026年汛期到来前: as 汛期前 (round 57 fresh24); 国庆节假日期间: as 国庆节期间 (round 67)
        # 2026年前两个季度: as 2026年第二季度末 (round 67 left38)
        # 整个采暖季: as 采暖季期间 (round 69 left40)
        reading = first_quarters_as_end(break_as_during(arrival_as_before(whole_as_during(text))))
    if reading != text:  # the words rewritten are read; the raw words stay as written
        found = _read_field(reading, plan_year, document_date)
        return _deadline(text, found.date, found.status)
    found = _read_field(text, plan_year, document_date)
    if found.date is None and "本学" in text and (term := THIS_TERM.search(text)) is not None:
        # 本学期末, 本学年内: the term the plan is issued in, by its date (round 58 fresh26)
        if (end := this_term_end(term.group("unit"), document_date)) is not None:
            return _deadline(text, end, "scheduled")
    return found


# a field of the words of a status or a stage alone (长期, 持续推进, 已完成，持续推进, 取得阶段性成果并长期坚持),
# after a year and month in ASCII digits or not: none of these characters is one a rewrite of ``_read_field`` (a
# date in other forms, a season, a year named in words, a time after an event) looks for, so such a field reads
# as ``_read_deadline`` reads it, without the thirty tests before (tests/test_fast_paths_deadlines.py compares the
# two on every string of them up to three characters, after each of several dates). A new rule of ``_read_field``
# that reads a word of these characters takes them out of the class (else such fields never reach it)
_PLAIN_CHARACTERS = "长期持续推进坚开展动已完成常态化实施取得阶段性成果效善并"  # and commas, which no field ends with
_PLAIN_WORDS = compiled(r"(?:((?:19|20)[0-9]{2})年([0-9]{1,2})月)?[" + _PLAIN_CHARACTERS + "，,]*")


def status_words(field: str) -> bool:
    """Whether ``field`` is a status's or a stage's plain words alone, with no date (``长期``, ``已完成``,
    ``持续推进``: ``_PLAIN_WORDS``'s characters), as a 备注 cell may hold them (round 73).

    >>> status_words("长期"), status_words("已完成"), status_words("2026年6月"), status_words("已纳入市级试点")
    (True, True, False, False)
    """
    return bool(field) and not field[0].isdigit() and _PLAIN_WORDS.fullmatch(field) is not None


# the usual field's month as its date writes it (6月 → -06): a month of 1–12 as ``_YEAR_MONTH`` reads one, in ASCII
# digits (one or two); and the years it reads, in ASCII digits
_MONTH_DATES = {**{f"{m}月": f"-{m:02d}" for m in range(1, 13)}, **{f"0{m}月": f"-0{m}" for m in range(1, 10)}}
_YEARS = frozenset(map(str, range(1900, 2100)))


def usual_field(field: str) -> Deadline | None:
    """``parse_deadline`` of a field in one of the usual forms, whatever the plan's year and date, read with no
    clean-up (the field has nothing to clean): a year and a month alone in ASCII digits (``2022年6月``: 20 of the
    bundled plan's 62 fields, its date made with no pattern and no number), and plain words (``_PLAIN_WORDS``: 长期,
    2022年5月取得阶段性成果并长期坚持; 27 more), which no rule before that pattern's in ``parse_deadline`` reads
    (none of their characters is whitespace, ``*``, a bracket, 前 or 间, and none but 期 ends a count of days);
    None for any other field.

    >>> usual_field("2022年6月"), usual_field("长期坚持")
    (Deadline(raw='2022年6月', date='2022-06', status='scheduled'), Deadline(raw='长期坚持', date=None, status='ongoing'))
    >>> usual_field("2022年13月").date, usual_field("2022年6月底前"), usual_field("长期，"), usual_field("")
    ('2022-12', None, None, None)
    """
    last = field[-1:]
    if last == "月":  # a year and a month alone (or plain words of a month that is none: 2022年13月)
        month = _MONTH_DATES.get(field[5:])
        if month is not None and field[4:5] == "年" and field[:4] in _YEARS:
            return _deadline(field, field[:4] + month, "scheduled")
    elif not last or last not in _PLAIN_CHARACTERS:  # most other fields: no pattern tried
        return None
    words = _PLAIN_WORDS.fullmatch(field)
    return None if words is None else _with_status(field, _plain_words_date(words), False)


def _plain_words_date(words: re.Match[str]) -> str | None:
    """The date ``dates_named`` reads in a field of plain words (``_PLAIN_WORDS``' match): its year and month,
    the year's end for a month that is none (2026年13月), None with no year (none of the words is a date token).

    >>> [_plain_words_date(_PLAIN_WORDS.fullmatch(t)) for t in ("2022年5月取得阶段性成果", "2026年13月", "长期坚持")]
    ['2022-05', '2026-12', None]
    """
    year = words.group(1)
    if year is None:
        return None
    month = int(words.group(2))
    return f"{year}-{month:02d}" if 1 <= month <= 12 else f"{year}-12"


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
    written = _NUMERIC_DATE.sub(date_written_out, text) if "." in text or "-" in text or "/" in text else text
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
        written = QUARTER_Q.sub(quarter_written, written)
    if (
        "开学前" in written
        and "季开学" not in written
        and "季学期" not in written
        and _HAS_YEAR.search(written) is None
    ):
        # 开学前 alone: the next term to open after the document's date, as a task's words read it (round 43)
        if (term := next_term(document_date)) is not None:
            term_written = ("明年" if term[1] else "") + term[0]
            written = BARE_TERM.sub(term_written, written, 1)
    if "年" in written and (short := _TWO_DIGIT_YEAR.search(written)) is not None:  # 25年底: 2025 (round 35)
        written = f"{written[: short.start()]}20{written[short.start() :]}"
    if "月" in written or "〇" in written:  # a date in Chinese numerals: 十月底前, 二〇二四年十二月 (round 25)
        written = CN_MONTH.sub(cn_month, CN_YEAR.sub(cn_year, written))
    if _HAS_YEAR.search(written) is None and "每" not in written and _NO_YEAR.search(written):
        found = _in_plan_year(text, written, plan_year, document_date)
    else:
        found = _read_deadline(written)
        if found.date is not None and ("内" in written or "年" in written[5:]):
            # 2026年6月底前启动，年内完成: the dated year's end, as a schedule with no year of its own reads (round 56)
            found = _deadline(found.raw, _to_the_years_end(found.date, written, int(found.date[:4])), found.status)
    if found.status is None and "内" in written and (issued := _AFTER_ISSUE.search(written)) is not None:
        # 方案印发后1个月内: counted from the document's date (round 40); none known: a deadline with no date
        when = relative_date(document_date, count_written(issued.group("n")), issued.group("unit"))
        return _deadline(text, when, "scheduled")
    if found.status is None and "内" in written and _AFTER_EVENT.search(written) is not None:
        # 收到县安委办通知后3个工作日内, 接到交办件后24小时内: a time limit counted from an event (round 40)
        return _deadline(text, None, "scheduled")
    if found.status is None and plan_year is not None and "分" in written and (years := IN_YEARS.search(written)):
        return _deadline(text, in_years(years, plan_year).date, "scheduled")  # 分两年完成 (round 40)
    if found.status is None and written[:1] in "本下" and (this := _THIS_PERIOD.fullmatch(written)) is not None:
        # 本季度末, 下月底 alone in a field: counted from the document's date, as the words read 本季度末前 (round 35;
        # round 71 left41: before, no date and no status); none known: due with no date, as a yearless field in a plan
        # with no year (round 72 left42; before, no date and no status)
        when = this_period(document_date, this.group(1) == "下", this.group(2) != "月")
        return _deadline(text, when, "scheduled")
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


# a field naming a season the work goes on through, every year (round 42: a forest fire or flood control plan's
# 完成时限 column: 防火期内, 森林防火期, 汛期, 整个汛期, 禁渔期间); its dates differ by place and year, so no date.
# Not 主汛期前 (May: round 27), 汛期（6月1日—9月30日） (its dates: round 32), 攻坚期间 (the campaign's end: round 40)
# this or next month's or quarter's end alone in a field (本季度末, 本月底前, 下季度末前完成): round 71 left41
_THIS_PERIOD = compiled(r"([本下])(月|季度?)(?:底|末)(?:前|以前|之前)?(?:完成)?")
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


_TWO_DIGIT_YEAR = compiled(r"(?<![\d.．])[23]\d(?=年(?:底|末|\d{1,2}月|[上下]半年|第?[一二三四]季度))")


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


# a deadline that names no year, opening the value or a clause of it: 6月底前, 年底前, 年内, 今年底, 明年6月,
# 三季度末, 下半年, 于12月底前 (not 全面完成年内目标, where 年内 is no deadline)
_NO_YEAR = compiled(
    # round 70 (fresh36): work that goes on until a time (持续至年底, 持续推进到年底): due then, as 持续至2026年底 reads
    r"(?P<lead>(?:^|[，,；;])(?:持续(?:推进|开展|实施)?(?=[至到])|)(?:于|在|到|至|截至|力争|确保|争取)?)"
    r"(?:\d{1,2}(?:"
    + RANGE_DASH
    + r"\d{1,2})?月|年度?[底末内]|[今本当明次]年|[上下]半年|第?[一二三四1-4]"
    # round 70 fresh36: or two quarters or a span of them (三、四季度, 第二、三季度, 一至三季度), as after a year they read
    + r"(?:(?:、|"
    + RANGE_DASH
    + r")第?[一二三四1-4])?季[度末]|第[一二三四1-4]季|全年"  # 全年, 次年: round 25
    r"|汛期?前|入汛前|主汛期前"  # round 27 (春节前, 国庆节前: the holidays')
    r"|年中(?![期央国])|[春秋]季(?:学期)?开学前"  # round 28 (学期: round 37)
    r"|"
    + TIMES_OF_YEAR_LISTED
    + r"(?:前|期间|"
    + ENDING_PATTERN  # round 57 left22: 暑假结束前 with no year, the plan's year as 暑假前 (before, none)
    + r")|[秋麦]收期间)"  # round 32; 秋收期间: round 41; 期间: round 56; listed: 57
)
_NAMED_YEAR = compiled(r"([今本当明次])年(?:度)?")


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
        next_festival = (
            (any(name in text for name in AROUND_THE_FESTIVAL) and not _before_festival(document_date, plan_year))
            or (AROUND_THE_SESSIONS in text and not _before_festival(document_date, plan_year, SESSIONS_OPEN))
            or "元旦" in text
        )  # 寒假前, 春运前 too (round 56); 两会前 (round 61)
        # 元旦前 (round 41): the next New Year's Day, the one that closes the plan's year
        year = f"{plan_year + 1 if next_festival else plan_year}年"
        m = _NO_YEAR.search(text)
        at = 0 if m is None else m.end("lead")  # after 于, 力争, 确保 … too: 于2025年6月底前
        if next_festival and (festival := festival_after_a_month(text, at)) is not None:
            # 12月底前设立窗口；春节前完成援助: the month the plan's year's, the festival the next's (round 75; before,
            # both the next year's: 12月 a year late)
            dated = f"{text[:at]}{plan_year}年{text[at:festival]}{year}{text[festival:]}"
        else:
            dated = f"{text[:at]}{year}{text[at:]}"
    found = _read_deadline(dated)
    # 二季度开工，年内建成: the last stage's (round 38)
    return _deadline(raw, _to_the_years_end(found.date, text, plan_year), found.status)


# a continuing word after 全年 in a field (全年持续推进, 全年常态化开展): ongoing, as ``_STATUS_TAIL`` reads the clause
_ALL_YEAR_ON = ("持续", "常态", "长期", "按季", "分季", "逐季", "按月", "逐月")  # 按季度推进 …: round 70 (fresh36)
# a later clause of a deadline field that runs to the year's end (…，年内建成; …，全年完成); not work going on all
# year (…，全年持续推进: ongoing beside the date, round 56)
_LATER_YEAR_END = compiled(r"[，,；;](?:年内|年底前?|年末|全年(?!" + "|".join(_ALL_YEAR_ON) + "))")


def festival_after_a_month(text: str, start: int = 0) -> int | None:
    """Where the first name around the Spring Festival (``AROUND_THE_FESTIVAL``) of a yearless deadline ``text``
    opens when a month is written before it, after ``start`` (a schedule's earlier step in the plan's year), else None.

    >>> festival_after_a_month("12月底前设立窗口；春节前完成"), festival_after_a_month("春节前完成；12月底前验收")
    (10, None)
    >>> festival_after_a_month("春节前"), festival_after_a_month("元旦春节前")
    (None, None)
    """
    found = [k for name in AROUND_THE_FESTIVAL if (k := text.find(name, start)) != -1]
    if not found:
        return None
    first = min(found)
    return first if text.find("月", start, first) != -1 else None


def _to_the_years_end(date: str | None, text: str, year: int) -> str | None:
    """``date`` of a schedule ``text``, or the end of ``year`` when a later clause of it runs to the year's end and
    the date falls earlier in that year: ``二季度开工，年内建成`` (round 38), ``2026年6月底前出台办法，年内建成平台``.

    >>> _to_the_years_end("2026-06", "2026年6月底前启动，年内完成", 2026), _to_the_years_end("2026-06", "2026年6月底前完成", 2026)
    ('2026-12', '2026-06')
    >>> _to_the_years_end("2025-12", "2025年12月底前完成，年内验收", 2025)
    '2025-12'
    """
    if (
        date is not None
        and date.startswith(f"{year}-")
        and date < f"{year}-12"
        and ("，" in text or "," in text or "；" in text or ";" in text)
        and _LATER_YEAR_END.search(text) is not None
    ):
        return f"{year}-12"
    return date


def _before_festival(document_date: str | None, year: int, by: str = "02-10") -> bool:
    """True when a plan dated ``document_date`` was issued before ``year``'s Spring Festival (by 10 February: the
    festival falls between 21 January and 20 February), in that year or (round 43) before it: a plan for 2025
    issued in December 2024 names 2025's festival; ``by`` another day of the year (the sessions' 5 March, round 61).

    >>> _before_festival("2026-01-20", 2026), _before_festival("2026-03-01", 2026), _before_festival(None, 2026)
    (True, False, False)
    >>> _before_festival("2024-12-20", 2025), _before_festival("2025-12-20", 2025)
    (True, False)
    >>> _before_festival("2026-03-01", 2026, "03-05"), _before_festival("2026-10-09", 2026, "03-05")
    (True, False)
    """
    return bool(document_date) and document_date[:10] <= f"{year:04d}-{by}"


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
_QUOTED = compiled(r"《[^《》]*》")  # a plan or law a title names
# a start, not a deadline: 2023年起, 自2023年7月起 (起草 is drafting); 2026年秋季学期起 (a term: round 44); not one
# running to an end, 2026年5月1日起至9月30日 (a span, due at its end: round 50); a quarter's or a half year's start
# (2026年第二季度起执行并长期坚持, 2026年下半年起: round 61; before, the quarter's end was the task's date)
# (round 80 fresh80: or today's, 即日起 / 自即日起 closing a field, as a dated start reads; before, no status)
_START = compiled(
    r"(?:从|自)?(?:\d{4}年(?:\d{1,2}月|[春秋]季学期|第?[一二三四1-4]季度|[上下]半年)?(?:\d{1,2}日)?|即日)"
    r"(?:起(?!草|(?:持续|延续|继续)?[至到])|开始(?=[，,]?每|[，,]|$))"
)
# (round 71 left41: nor one that goes on to its end, 2026年4月起持续至10月底: due at the end, as 起至 reads; before,
# ongoing with no date)
# (round 59: 从2026年开始每年评选一次, 2026年开始，每年…: a recurrence from its start year, as 2026年起每年; a start
# closing its clause, as 2026年起; 2026年10月开始供暖 stays a date)


def _read_deadline(text: str) -> Deadline:
    """A deadline field without whitespace, read: its latest date, and its status.

    A start (``2023年起``) is no date the task must meet: with nothing else, the task is ongoing.

    >>> _read_deadline("2023年起持续推进"), _read_deadline("2023年起").status
    (Deadline(raw='2023年起持续推进', date=None, status='ongoing'), 'ongoing')
    >>> _read_deadline("即日起").status, _read_deadline("自即日起").status, _read_deadline("即日起至6月底").status
    ('ongoing', 'ongoing', None)
    >>> _read_deadline("2026年秋季学期起全面实施").date  # a term's start (round 44)
    >>> _read_deadline("从2026年开始每年评选一次").status, _read_deadline("2026年10月开始供暖").date  # round 59
    ('ongoing', '2026-10')
    >>> _read_deadline("分阶段推进").status, _read_deadline("分阶段推进，2024年10月底前完成").date  # round 40
    ('ongoing', '2024-10')
    >>> _read_deadline("2026年4月起持续至10月底").date, _read_deadline("分两批推进").status  # round 71 left41
    ('2026-10', 'ongoing')
    >>> _read_deadline("常年").status, _read_deadline("立行立改，长期坚持；已完成").status  # round 42
    ('ongoing', 'done')
    >>> _read_deadline("按照上级要求").status, _read_deadline("根据国家部署，持续推进").status  # round 43
    (None, 'ongoing')
    """
    started = ("起" in text or "开始" in text) and _START.search(text) is not None
    dates = dates_named(_START.sub("", text) if started else text)
    if started and (span_end := years_from_start(text)) is not None:
        dates = [*dates, span_end]  # 2026年起三年内完成: the span's last year (round 57 left21), no start alone
        started = False
    return _with_status(text, latest(dates) if dates else None, started)  # (a month after its days: round 58 left23)


def _with_status(text: str, date_: str | None, started: bool) -> Deadline:
    """The deadline of ``text`` whose latest date is ``date_`` (None: it names none), with its status: done, else
    scheduled when dated, else ongoing (a start, ``started``, or words of work that goes on), else none.

    >>> _with_status("2022年5月，已完成", "2022-05", False), _with_status("长期坚持", None, False).status
    (Deadline(raw='2022年5月，已完成', date='2022-05', status='done'), 'ongoing')
    """
    ongoing = started or bool(_ONGOING.search(text))  # 按照上级要求: no work that goes on (round 43)
    if _DONE in text and (not ongoing or _closes_done(text)):
        status = "done"
    elif date_ is not None:
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

"""Deadlines written in a task's own words (``text_deadline``): a date in its sentence (``2026年6月底前完成``), a
season or holiday (``汛期前``, ``春节前``), a year's target (``2026年完成改造100户``), recurring work (``每季度``,
``长期坚持``), a stage of the plan, a time after an event (``印发后30日内``), read against the plan's year and date.

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

import re
from collections.abc import Iterator
from dataclasses import replace

from reformgraph.loaders.date_words import (
    AROUND_THE_FESTIVAL,
    ARRIVING,
    CN_MONTH,
    CN_YEAR,
    COHORT_EVENT,
    DAYS_BEFORE,
    ENDING_PATTERN,
    FIVE_YEAR_END,
    HOLIDAYS_LISTED,
    HOLIDAYS_WRITTEN,
    IN_YEARS,
    LUNAR_MONTHS,
    MONTH_OPENING,
    PERIOD,
    PERIODS,
    POINT_PERIODS,
    QUARTER_END,
    QUARTER_Q,
    REPORT_EVENT,
    SEASONS_AND_HOLIDAYS,
    TIMES_OF_YEAR_LISTED,
    YEARS_FROM_START,
    arrival_as_before,
    cn_month,
    cn_year,
    count_written,
    date_written_out,
    festival_named,
    first_quarters_as_end,
    in_years,
    latest,
    names_no_festival,
    ocr_zeros,
    quarter_written,
    relative_date,
    this_period,
    this_term_end,
    years_from_start,
)
from reformgraph.loaders.deadlines import dates_named, parse_deadline
from reformgraph.records import Deadline
from reformgraph.regexcache import compiled

# ---- deadlines written in a task's own text -------------------------------------------------------

_Y = r"\d{4}年"
# what a task says is done at a time written with no year of its own (9月份完成, 当年建成, 明年全部完成): round 40
# round 43: and what a task reaches then (实现全覆盖, 参保率达到95%) or puts on trial (Q3试行)
_DONE_VERB = r"完成|建成|全部|全面|基本|完工|竣工|见效|投运|投用|投入使用|上线|验收|办结|实现|达到|试运行|试行"
# a target a task names at a point of its year, its measure between (年中参保率达到95%，年底达到98%): round 43
_TARGET_THEN = r"[\u4e00-\u9fff]{1,6}?达到"
_MD = r"(?:\d{1,2}月(?:\d{1,2}日)?)"
# a season or holiday after a year, or several listed, and the 期间 that may close them (round 57: 2026年元旦、春节期间,
# 2026年元旦春节期间, 2026年国庆期间; before, the point stopped at the first name and before 期间: 2026年元旦 read its
# eve, 2025-12, and 2026年国庆期间 the eve, 09-30, where a field reads the holiday's month, 10, since round 56)
_TIMES_LISTED = TIMES_OF_YEAR_LISTED + "(?:期间)?"
# round 70 (fresh36): the first of two quarters or of a span of them, before the last (三、 of 2026年三、四季度, 一至 of
# 一至三季度, 第二季度至 of 2026年第二季度至第四季度): the quarters are due at the last one's end, as a field reads them
_QUARTERS_BEFORE = r"[一二三四1-4](?:季度)?(?:、|[至到—\-～~])第?"
# 2026年内 before any verb (2026年内培训企业家200人次: round 41; round 40 listed the verbs), not before the nouns
# that open with 内 (2024年内部审计, 内控, 内蒙古)
_POINT_TAIL = (
    r"(?:"
    + _MD
    + r"|上半年|下半年|第?(?:"
    + _QUARTERS_BEFORE
    + r")?[一二三四1-4]季(?:度|(?=末))|第[一二三四1-4]季|前[一二两三1-3]个?季度|年底|年末|年中(?![期央国])|底|末|内(?![部容外涵蒙地需控核审河陆务科])|汛期|入汛|主汛期|汛|"
    + r"[春秋]季学期(?:期?末|内|期间|(?=结束))|"  # round 58: a term's end or the term throughout
    + r"[春秋]季学期期中(?=[前以之，,。；;）)])|"  # round 58 (left25): its midterm (not 期中考试, the work itself)
    + _TIMES_LISTED
    + r")?(?:底|末)?(?:前后|"  # 前后: round 56 (left19)
    + ENDING_PATTERN
    + "|"
    + ARRIVING  # 到来前: round 57 (fresh24)
    + r"?(?:前|以前|之前))?"
)
# the months a task's work is done over, after the year they fall in (2026年3—5月集中开展…: round 56), as
# without it (6—8月开展…: round 40); not a count to date (2026年1—9月完成投资)
_DONE_OVER = r"(?=开展|组织|集中|实施|进行)"
_MONTHS_DONE_OVER = r"\d{1,2}(?:—|－|-|～|~|至)\d{1,2}月份?" + _DONE_OVER
# a school year, or one of its terms, the work is done in or by (2026—2027学年第一学期完成, 在2026—2027学年内完成):
# round 58 (fresh26), read by ``date_words.school_terms_as_months``; not a school year the work is about
# (组织2026—2027学年新生入学教育)
# (after the year's digits, which a span of years shares: tried once at each year)
_SCHOOL_YEAR_AFTER_DIGITS = (
    r"学年度?(?:(?:第[一二12]|[上下])学期(?:开学前)?)?(?:内|末|结束前)?(?=[，,。；;）)]|$|" + _DONE_VERB + ")"
)
_TEXT_DATE = compiled(
    # a start (从2019年1月1日起) is not a deadline; it is matched only to be skipped (a quarter's or a half year's
    # too, 2026年第二季度起执行: round 61, as ``deadlines._START``)
    r"(?P<start>(?:从|自)?" + _Y + r"(?:" + _MD + r"|第?[一二三四]季度|[上下]半年)?起(?!草|[至到]))"
    # a period: 2019年1月1日至12月31日, 2023—2025年; 2026年5月1日起至9月30日 (round 50)
    r"|(?P<range>"
    + _Y
    + _MD
    + r"?(?:起(?=[至到]))?(?:至|到|—|－|-|～|~)(?:"
    + _Y
    + r")?"
    + _MD
    + r"?(?:底|末)?(?:前)?)"
    r"|(?P<range2>\d{4}(?:(?:—|－|-|～|~)(?:"
    + _Y
    + r"|\d{4}"
    + _SCHOOL_YEAR_AFTER_DIGITS
    + r")|"
    + _SCHOOL_YEAR_AFTER_DIGITS
    + "|"
    + COHORT_EVENT  # 2026届毕业生离校前 (round 59)
    + r"[之以]?前|"
    + REPORT_EVENT  # 2026年半年报披露前 (round 60)
    + r"[之以]?前)|"
    + _Y
    + _MONTHS_DONE_OVER
    + r")"
    # a point: 到2025年底, 2024年6月底前, 2023年，
    r"|(?P<point>(?:到|至)?" + _Y + _POINT_TAIL + r")"
    # in the plan's own year: 6月底前, 9月30日前, 年底前, 上半年
    # round 42: the dates a named period spells out in brackets, its end (汛期（6月1日至9月30日）实行24小时值班)
    r"|(?P<in_year>(?<=期[（(])\d{1,2}月\d{1,2}日(?:至|—|－|-|～|~)(?P<span_m>\d{1,2})月(?P<span_d>\d{1,2})日(?=[）)])"
    # round 62 (heldout3): the months a stage of the work runs over, in its title's bracket with no year
    # ((一)动员部署、排查摸底阶段(4月-5月), (三)检查阶段(9月)), due by the last, as a stage's year (``_stage_year``)
    r"|(?<=阶段[（(])(?:\d{1,2}月?(?:—|－|-|～|~|至))?(?P<stage_m>\d{1,2})月(?=[）)])"
    r"|(?:(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})日前|(?:底|末|[上中下]{1,2}旬)(?:前|以前|之前)?|(?:前|以前|之前))"
    # (not a half year a verb's object opens: 完成上半年巡查, 开展下半年督查, the work's name, round 69 left40)
    r"|(?P<ye>年底|年末)(?:前|以前|之前)?|(?<!完成|开展|组织|做好)(?P<half>上半年|下半年)"
    r"|(?<=[今明次]年)(?P<named_m>\d{1,2})月份?(?![\d度])"  # 今年10月完成, 明年3月份: the month, its year named (round 40)
    # round 40 (dates2): a month the work is done in (9月份完成验收: not 1-9月完成投资, 截至9月, 每年9月), 年中前,
    # a year named alone before what is done then (当年完成, 明年全部完成)
    r"|(?<![\d\-—－~～至到止每年])(?P<done_m>\d{1,2})月份?(?=" + _DONE_VERB + r")"
    # the months a task's work is done over (6—8月开展低保专项治理; not 1-9月完成投资, a count to date): round 40;
    # the first month may be written with its 月 (5月至8月集中开展…: round 42)
    r"|(?<![\d\-—－~～至到年])\d{1,2}月?(?:—|－|-|～|~|至)(?P<range_m>\d{1,2})月份?"
    + _DONE_OVER
    # 年中 before what is done then too (力争年中完成, 年中建成: round 43), as 年中前 (not 年中考核, 年中工作会议)
    + r"|(?P<mid>年中)(?:前|以前|之前|(?="
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
    # (到“十四五”末 keeps its 到, as 到2025年底 does: round 64)
    r"|(?P<period>(?:[到至](?=“十[一二三四五六七八九]五”末))?“?十(?P<five>[一二三四五六七八九])五”?(?:期间|时期|末))"
    # not 两年内, 3年内: within years (round 39); not 一个自然年内, a span counted anywhere (round 78 heldout23)
    r"|(?P<within_year>(?<![一二两三四五六七八九十百\d然])年内|本年度内)"
    # this month, next month, this quarter, counted from the document's date (a 纪要's 本月底前: round 35); the end
    # with no 前 closing a clause or before what is done then (本季度末完成…, 本月底，: round 72 left42)
    r"|(?P<this_period>(?P<which>本|下)(?P<period_unit>月|季度)(?:(?:底|末)?(?:前|内|以前|之前)|(?:底|末)(?=[，,。；;）)]|$|"
    + _DONE_VERB
    + r")))"
    # the term or school year the plan is issued in: 本学期末前完成, 本学年内 (round 58 fresh26)
    r"|(?P<this_term>本学[期年](?:内|(?:期末|末|结束前)?(?:前|以前|之前)?(?=[，,。；;）)]|$|" + _DONE_VERB + ")))"
)
_TRIGGER = compiled(  # the leading lookahead: as in _TOKEN
    r"(?=[\d年上下十每本])"
    r"(?:\d{4}|\d{1,2}月|年底|年末|上半年|下半年|年内|十[一二三四五六七八九]五|每(?:" + "|".join(POINT_PERIODS) + r")"
    r"|本(?:意见|通知|方案|办法|决定|规定|月|季度|年度内|学[期年])|下月|下季度"  # (下季度末前: round 72 left42)
    r"|年中|年(?=" + _DONE_VERB + r")|\d{1,2}[—－\-～~至]\d{1,2}月)"  # round 40 (dates2)
)
_PREFIXES = "到至从自“"
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
    r"|按(?<!、按)(?:(?:月|季度)(?=[\u4e00-\u9fff])(?!底|末)(?![\u4e00-\u9fff]{2}(?:、按|等))"
    r"|年度(?=推进|实施))"  # round 55: 按年度推进, as a field's reads (round 24); not 按年度目标, 按年度计划
    r"|逐(?:月|季度)(?=[\u4e00-\u9fff])"  # round 54: 逐月调度进展, as 按月 reads
)
# round 72 fresh72: 常态 naming the mechanism or system a task builds (建立…常态管理机制, 常态化处置制度) is the
# system's, no time of the task; 常态化开展…, 落实常态化管理巡查 go on as before
_NAMES_A_SYSTEM = r"(?!化?[\u4e00-\u9fff]{0,2}(?:机制|制度|体系))"
_ONGOING_WORD = compiled(
    r"持续(?<!可持续)[\u4e00-\u9fff]{2}|常态"
    + _NAMES_A_SYSTEM
    + r"化?[\u4e00-\u9fff]{2}|长期坚持|每"
    + _NOT_PER_PERSON
    + PERIOD
    + _NOT_AN_AMOUNT
    + r"|常年(?:开展|坚持|推进)"
    + _BY_PERIOD  # 每学期, 常年开展, 按月报送: round 39
)
# recurring work alone (not 持续…: a continuing word in a second sentence is the clause's, as the real corpus reads
# it), in the sentence after a short title sentence
_RECURRING_WORD = compiled(r"每" + _NOT_PER_PERSON + PERIOD + _NOT_AN_AMOUNT + r"|常年(?:开展|坚持|推进)" + _BY_PERIOD)
_TITLE_SENTENCE = 20  # characters: the longest first sentence read as a task's title
_TITLE = compiled(r"《[^《》]{0,120}》")
# a plan's period in brackets right after its name, cited without 《》 (…总体规划（2021-2035年）, a name cut short after
# its 规 as 市级消防专项规（2022-2035年）, 本实施方案（2023-2030年）): the plan's years, no deadline of the task citing it (round 64; a task's own span
# closes its words: 完成管网改造（2023-2025年）)
_PLAN_PERIOD = compiled(r"(?:(?<=规划)|(?<=规)|(?<=纲要)|(?<=方案)|(?<=计划))[（(]\d{4}\s*[-—－–~～至]\s*\d{4}年[）)]")
# how long a policy holds, or the period it covers: dates that are no task's deadline (若干措施's articles)
_VALIDITY = compiled(
    r"(?:有效期|执行期限?|实施期限|政策期限|政策期|兑现期)(?:为|至|到)[^，,。；;）)]{0,30}|执行至[^，,。；;）)]{0,30}"
    # round 43: a policy extended to a date (延续实施阶段性降低失业保险费率政策至2023年4月30日, …政策延续至…)
    r"|(?:政策|延续|延长)(?:实施|执行)?至[^，,。；;）)]{0,30}"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:起)?至\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:期间|之间|内)"
)
# a season or a holiday a task is done before, in its words: 春耕前, 汛期前, 入汛前, 国庆节前 (read as a field reads them)
# (round 57: and during a holiday, or holidays listed, opening a clause: ，春节期间对商超开展检查, 中秋国庆期间…, as a
# field reads 春节期间 since round 56; before, none; round 57 left22: before its end, 暑假结束前投入使用, as 暑假前.
# Not a holiday inside the work's object, 加强清明节期间祭祀用火管理, nor a season that recurs, 在夏收、秋收期间组织巡查
# (round 40: no deadline), nor 节日期间, 活动期间)
# round 67 left37: a festival's name before any words (a title's: 2026年端午节假日期间…, 2028年端午节龙舟赛事…; a
# count after it: 端午节后3日内), not only before 前 or 期间: a lunar festival's name is no number (as 十一, 八一 are)
_A_FESTIVAL = HOLIDAYS_WRITTEN + "|" + "|".join(name + "节?" for name in sorted(LUNAR_MONTHS, key=len, reverse=True))
_SEASON_BEFORE = compiled(
    r"(?:汛期?|入汛|主汛期|(?:[春秋]季(?:学期)?)?开学|"
    + SEASONS_AND_HOLIDAYS
    + r")”?(?:(?:到来|来临|结束)[之以]?|[之以])?前(?!后|检查|排查|准备|安全)(?:夕|(?:"
    + DAYS_BEFORE
    + r")(?![内后以]))?"
    r"|(?P<during>" + HOLIDAYS_LISTED + r"(?:节?假日|节日|假期)?期间)"  # round 67: 国庆节假日期间, 春节假期期间
    # (round 65 left35: 前夕, the eve, as 前, its raw words whole: 春节前夕完成摊区规划; and a count of days after 前)
    # round 65 left35: a count of days before the festival the words named before it (国庆节是…高峰，…，节前3日完成检查;
    # 春节期间…，节前一周完成), 节 opening its clause
    # round 67 left37: and after it (节后5日内将总结报…); not a bare 节日期间 in the words, a practice's time there
    # (…，春节前夕完成摊区规划，节日期间实行错时执法: round 57's choice, as above)
    # round 67 left37: a count of days after a festival named (国庆节后3日内完成整改), read as a field reads it
    r"|(?:" + _A_FESTIVAL + r")”?后(?:" + DAYS_BEFORE + r")(?:[之以]?内)?"
    r"|(?P<eve>(?:(?<=[在于])|(?<![\u4e00-\u9fff]))节(?:前(?:"
    + DAYS_BEFORE
    + r")(?![内后以])|后(?:"
    + DAYS_BEFORE
    + r")(?:[之以]?内)?))"
)
_FESTIVAL_NAMED = compiled(HOLIDAYS_WRITTEN)
_FESTIVAL_IN_TITLE = compiled(_A_FESTIVAL)
_OPENS_A_CLAUSE = frozenset(
    "，,。；;在于"
)  # what may stand right before a holiday's 期间 read as a task's time  # not 春节前后, nor 汛前检查 (a noun: round 38); 开学前 alone: round 41 (``_seasons_before``)


# round 67 left38: a flood season's 前 right after a verb whose object it opens (开展汛前隐患排查整治, 组织汛前检查, 纳入汛前
# 隐患排查整治范围: 纳入's 入 no 入汛前), the work's name, not its time (before, May of the plan's year)
# round 68 left39: and after 抓好, 抓实, 落实 (抓好汛前隐患排查整治, 落实汛前各项准备工作), and any season's or festival's 前 so
# (开展春节前走访慰问, 开展重阳节前登山步道安全巡查: the visits' name; before, the festival's month)
# round 69 left40: and after 加强, 强化, 部署 (加强国庆前廉政提醒, 部署汛前应急演练: before, the season's month)
_SEASON_AS_OBJECT = compiled(r"(?:开展|组织|进行|实施|纳入?|做好|抓好|抓实|落实|加强|强化|部署)$")
# a period that recurs, written right before a season or a term: 每学期开学前, 每个学期开学前, 每年汛期前 (round 58)
_EVERY_TIME = compiled(r"每(?:个|一)?(?:学期|学年|年度?)$")


def _times_of_year(text: str, festival: str | None = None) -> Iterator[re.Match[str]]:
    """The seasons and holidays ``text`` says a task is done before or during (``_SEASON_BEFORE``), a holiday's
    期间 only where it opens a clause (at the start, after a clause's break, 在 or 于): not in the work's object.

    >>> [m.group() for m in _times_of_year("加强清明节期间祭祀用火管理，春节期间开展检查，汛期前完成")]
    ['春节期间', '汛期前']
    """
    for m in _SEASON_BEFORE.finditer(text):
        if m.start() and _EVERY_TIME.search(text, max(0, m.start() - 4), m.start()) is not None:
            continue  # 每学期开学前完成, 每年汛期前: a time that recurs (round 58 fresh26), read as 每学期 is
        if _names_the_work(text, m):
            continue  # 开展汛前隐患排查整治, 纳入汛前…范围: the season names the work, not its time (round 67 left38)
        if m.group("eve") is not None and festival is None and _festival_before(text, m.start()) is None:
            continue  # 节前3日 with no festival named before it, nor in the plan's title
        if m.group("during") is None or m.start() == 0 or text[m.start() - 1] in _OPENS_A_CLAUSE:
            yield m


def _names_the_work(text: str, m: re.Match[str]) -> bool:
    """Whether the season or festival's 前 that ``m`` matched in ``text`` opens the object of the verb right before it
    (``开展汛前隐患排查``, ``落实汛前各项准备工作``, ``开展春节前走访慰问``: the work's name, rounds 67 and 68), a noun
    after its 前; not a count of days, an eve of its own (``节前3日``) or a time opening its clause (``汛前完成修订``).

    >>> work = lambda t: _names_the_work(t, next(_SEASON_BEFORE.finditer(t)))
    >>> [work(t) for t in ("开展春节前走访慰问", "抓好汛前清淤疏浚", "纳入汛前隐患整治范围", "组织中秋节前夕慰问活动")]
    [True, True, True, True]
    >>> [work(t) for t in ("汛前完成修订", "对接春节前走访", "开展春节前，完成")]
    [False, False, False]
    """
    at, end = m.start(), m.end()
    return (
        at > 0
        and (text[end - 1] == "前" or text.startswith("前夕", end - 2))  # 开展春节前夕走访慰问 too
        and end < len(text)
        and "\u4e00" <= text[end] <= "\u9fff"
        and _SEASON_AS_OBJECT.search(text, max(0, at - 2), at) is not None
    )


def _festival_before(text: str, at: int) -> re.Match[str] | None:
    """The last holiday ``text`` names before ``at`` (the festival a bare ``节前3日`` counts from), else None.

    >>> _festival_before("国庆节是接待高峰，节前3日完成检查", 9).group(), _festival_before("节前3日完成", 0)
    ('国庆节', None)
    """
    named = list(_FESTIVAL_NAMED.finditer(text, 0, at))
    return named[-1] if named else None


def _season_words(text: str, m: re.Match[str], festival: str | None = None) -> str:
    """The words a season or holiday match ``m`` of ``text`` is read as: its own, or a bare ``节前3日``'s with the
    festival named before it (``国庆节前3日``: round 65), else with ``festival``, the one the plan's title names
    (round 66)."""
    if m.group("eve") is None:
        return m.group()
    named = _festival_before(text, m.start())
    name = named.group() if named is not None else festival
    return (festival_named(m.group(), name) if name is not None else None) or m.group()


def title_festival(title: str | None) -> str | None:
    """The one festival a plan's title names (``关于做好2027年春节期间…的通知``: 春节), the festival its tasks' bare
    ``节前3日`` counts from when their words name none (round 66); None for none or several (``中秋国庆“双节”``).

    >>> title_festival("关于做好2027年春节期间食品安全保障工作的通知"), title_festival("关于做好中秋国庆期间安全工作的通知")
    ('春节', None)
    >>> title_festival("2026年端午节假日期间文化和旅游市场安全工作安排"), title_festival("关于做好2028年端午节龙舟赛事安全保障工作的通知")
    ('端午节', '端午节')
    """
    if not title:
        return None
    named = {m.group().removesuffix("节"): m.group() for m in _FESTIVAL_IN_TITLE.finditer(title)}
    return named.popitem()[1] if len(named) == 1 else None


def _antecedents(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """``found`` (where, raw, date) without the times of the festival a bare ``节前3日`` counts from, named before it
    (``春节期间…，节前3日完成``: its 春节期间 says which festival, no deadline of its own; round 65)."""
    eves = [at for at, raw, _ in found if names_no_festival(raw)]
    if not eves:
        return found
    named = _festival_before(text, eves[-1])
    if named is None:
        return found
    return [f for f in found if not (f[0] < eves[-1] and f[1].startswith(named.group()))]


def holiday_in_the_work(text: str, plan_year: int | None, document_date: str | None) -> Deadline | None:
    """The holiday whose 期间 the work's object names with no year (``做好春节期间安全生产工作``), read as a field
    reads it (the next festival), or None: a task's time when nothing else gives it one (round 57 left21: its own
    words, its stage's and the plan's dates come first, so ``加强清明节期间…管理`` under a stage keeps the stage's).

    >>> holiday_in_the_work("做好春节期间安全生产工作", 2026, "2026-01-12")
    Deadline(raw='春节期间', date='2026-02', status='scheduled')
    >>> holiday_in_the_work("做好节日期间安全生产工作", 2026, None), holiday_in_the_work("做好2026年春节期间工作", 2026, None)
    (None, None)
    """
    if "期间" not in text:
        return None
    for m in _SEASON_BEFORE.finditer(text):
        if m.group("during") is not None and text[m.start() - 1 : m.start()] != "年":  # (2026年春节期间: read already)
            return parse_deadline(m.group(), plan_year, document_date)
    return None


def _names_a_time_of_year(text: str) -> bool:
    """Whether ``text`` may name a season or holiday a task is done before or during (``_SEASON_BEFORE``): a cheap
    test before the search.

    >>> _names_a_time_of_year("春节期间开展检查"), _names_a_time_of_year("汛期前完成"), _names_a_time_of_year("开展检查")
    (True, True, False)
    >>> _names_a_time_of_year("节后5日内报送"), _names_a_time_of_year("国庆后一周内报送")  # round 67
    (True, True)
    """
    return (
        "前" in text or "期间" in text or "节后" in text or ("后" in text and _UNMARKED_AFTER.search(text) is not None)
    )


# round 67 left38: a count after a festival written without 节 (五一后3日内, 国庆后一周内: no 节后 in the words)
# round 68 left39: every festival ``_SEASON_BEFORE`` counts days after (重阳后3日内, 元宵后5日内: before, the words
# were not searched; ``_A_FESTIVAL``'s names, so the cheap test and the reading agree)
_UNMARKED_AFTER = compiled(r"(?:" + _A_FESTIVAL + r")”?后")


# a last sentence, or a closing bracket, that is a status alone: …住房。持续推进。 / …住房。（长期坚持） (round 34)
# (and a last clause that is one: …拆除危旧房150处，全年持续推进。 round 37)
# (and a last sentence that is a deadline field holding one: …配合。完成时限：长期坚持。 round 38)
_TAIL_OPENING = r"(?:[。；;）)，,][（(]?|[（(])"  # a closing clause or bracket of the text's own
_TAIL_LABEL = r"[\u4e00-\u9fff]{0,4}(?:时限|期限)[：:]"  # 完成时限：, 办结期限：
# (and a last sentence naming the task as its subject: …做好技术指导。此项工作长期坚持。 round 57 fresh24; before, no
# status: the sentence did not open with the status word)
_THIS_TASK = r"(?:[此该本]项工作(?:[需要须应])?)?"
# (round 59: and the pace the work keeps, alone: …具体落实。按季度组织。 / …按职责分工落实，按年度推进。 as a field reads
# 按年度推进 (round 24); before, none: a pace is no continuing word)
_PACE = r"按(?:月|季度|年度)(?:推进|实施|开展|组织)"
# work done in batches or rolled on (分批推进、滚动实施), read by ``_ROLLED_TAIL`` below
_ROLLED_ON = r"(?:分[两二三四几多]?批|分步|分阶段)推进(?:[、，,]滚动(?:实施|推进))?|滚动(?:实施|推进)"
# (round 61: and a closing sentence after it that only gives the task its units, …，持续推进。由A牵头，B配合。 a plan in
# prose closes each task so; before, no status: the status word was not the text's last)
_ROLE_SENTENCE = r"(?:[。；;]由[^。；;\n]{2,60}?(?:牵头|负责)(?:[，,][^。；;\n]{2,80}?(?:配合|参与|协助))?)?"
_STATUS_TAIL = compiled(  # (and a bracket right after the last word: …参与人居环境整治（持续推进）。 round 44)
    _TAIL_OPENING
    + "(?:"
    + _TAIL_LABEL
    + r")?"
    + _THIS_TASK
    + r"(?:全年)?(持续推进|持续开展|长期(?:坚持|推进)?|常态化(?:开展|推进)?|"
    # round 71 left41: until a season or an event with no date ends, …开展排查，持续至汛期结束。 (as the field reads it)
    + r"持续至(?:(?![年月季])[\u4e00-\u9fff]){2,8}?结束|"
    + _PACE
    + r")[）)]?"
    + _ROLE_SENTENCE
    + r"[。；;]?$"
)
# a closing deadline field that holds a period alone: …。（完成时限：每季度） (round 54), its label required (a bare
# （每季度） after a long first sentence stays the clause's, as before)
# (round 59: or a last sentence that is the period alone, …县审计局具体落实。每月。 as …。持续推进。 reads; before, none)
_RECURRING_TAIL = compiled(
    r"(?:" + _TAIL_OPENING + _TAIL_LABEL + r"|[。；;])(每(?:" + "|".join(PERIODS) + r"))[）)]?[。；;]?$"
)


# (round 67 fresh34: and work done in batches or rolled on, alone, …协同推进，分批推进、滚动实施。 as a field reads
# 分批推进 and 滚动实施 (round 40); before, none; tried only where its words are)
# (round 71 left41: and after the work it paces, its clause's subject, …配合，户厕问题摸排整改分两批推进。 / 。改造项目分两批
# 推进。; the pace closes the clause, its predicate)
_ROLLED_TAIL = compiled(
    _TAIL_OPENING + r"[\u4e00-\u9fff]{0,12}?(" + _ROLLED_ON + r")[）)]?" + _ROLE_SENTENCE + r"[。；;]?$"
)
# a title's next sentence opening with its units, a modal and 持续 (…建设。市交通委要持续完善…): the continuing word
# qualifies that sentence's work, the task's own first (round 69: held-out 59 line 44, as its later sentences'
# tasks read 市交通委、市公安局要持续深化…); a bare 持续推进 there stays the clause's
_SUBJECT_GOES_ON = compiled(r"[^，,。；;：:“”]{2,30}?(?:要|将)(持续(?<!可持续)[\u4e00-\u9fff]{2})")
_TAILS = (_STATUS_TAIL, _RECURRING_TAIL, _ROLLED_TAIL, _SUBJECT_GOES_ON)


def _rolled_tail(text: str) -> re.Match[str] | None:
    """The closing clause of ``text`` that says its work is done in batches or rolled on, alone, else None.

    >>> _rolled_tail("A主责，B协同推进，分批推进、滚动实施。").group(1), _rolled_tail("建立项目库，滚动实施重点项目。")
    ('分批推进、滚动实施', None)
    """
    if "滚动" in text or "批推进" in text or "步推进" in text or "段推进" in text:
        return _ROLLED_TAIL.search(text)
    return None


def _recurring_tail(text: str) -> re.Match[str] | None:
    """The closing deadline field of ``text`` that holds a recurring period alone, else None: the field states the
    work recurs, wherever the task's words put their units (round 54; before, no deadline after a long title).

    >>> _recurring_tail("加强协调。A负责，组织进机关。（完成时限：每季度）").group(1), _recurring_tail("组织进机关（每季度）")
    ('每季度', None)
    >>> _recurring_tail("开展抽查。A负责，B具体落实。每月。").group(1), _recurring_tail("A负责。每月通报一次。")  # round 59
    ('每月', None)
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
    if after == "全" and text.startswith(_WHOLE_YEAR, m.end()):
        return before in _CLAUSE_BREAK + "于在）" and _whole_year_due(text, m.end())
    verb = m.end() + 2 if after == "全" and _SCOPE_AFTER_YEAR.match(text, m.end()) else m.end()
    return before in _CLAUSE_BREAK + "于在）" and (
        after == ""
        or after in _CLAUSE_BREAK
        or text.startswith(_BY_THEN, verb)
        or (text.startswith(_IN_THAT_YEAR, verb) and _YEARS_COUNT.match(text, verb) is None)
    )


_WHOLE_YEAR = "全年"
_CLAUSE_END = compiled(r"[，,。；;]|$")
# a count or a level to reach (全年举办车展不少于4场: the year's target, round 36)
_WHOLE_YEARS_TARGET = compiled(r"\d|不少于|不低于|以上|达到")


def whole_years_target(clause: str) -> bool:
    """Whether ``clause``, opening with 全年, names the year's count or level to reach, no time to finish by
    (``全年举办车展活动不少于4场``), rather than what is done by the year's end (``全年完成汽车以旧换新5000辆``).

    >>> whole_years_target("全年举办车展活动不少于4场"), whole_years_target("全年完成汽车以旧换新5000辆")
    (True, False)
    >>> whole_years_target("全年开展业务培训")
    False
    """
    return _WHOLE_YEARS_TARGET.search(clause) is not None and WHOLE_YEAR_DONE.match(clause) is None


def _whole_year_due(text: str, at: int) -> bool:
    """Whether the 全年 at ``at``, after a year opening its clause, is that year's end (``2026年全年开展培训``,
    ``，2026年全年推进。``): not the year's target (:func:`whole_years_target`) (round 56; before, the year was read
    as a bare year naming a target: no deadline). Work going on all year after its year (``2026年全年持续推进``) is
    that year's too, as the same words in a field read (round 56, left19: before, none).

    >>> t = "，2026年全年开展培训。"
    >>> _whole_year_due(t, 6), _whole_year_due("，2026年全年培训500人次以上", 6), _whole_year_due("，2026年全年持续推进", 6)
    (True, False, True)
    """
    end = _CLAUSE_END.search(text, at).start()
    return not whole_years_target(text[at:end])


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
_LUNAR_HOLIDAYS = tuple(LUNAR_MONTHS)


# a year that names what a clause is about, not when it is done: 谋划2026年重点项目, 编制2026年工作要点 (round 35)
# (not a range's end: 2025年至2027年每年完成10个, round 45)
# (nor a modal word's: 力争2026年建成…, round 50; nor a plan's word opening the clause: 计划2026年建成…, round 51)
_OBJECT_YEAR = compiled(
    r"(?![至到])[\u4e00-\u9fff]"
    + "".join(f"(?<!{word})" for word in _MODAL_BEFORE_YEAR)
    + "".join(f"(?:(?<!{word})|(?<=[^，,。；;：:]{word}))" for word in _PLANNED_BEFORE_YEAR)
    + r"\d{4}年(?![底末内前中度初]|[上下]半年|第?[一二三四]季度|\d|$|起(?!草)|开始)"
)  # nor a start's (自2026年起每月…, 从2026年开始每年…: round 59; 起草 is drafting)


def year_of_its_object(clause: str) -> bool:
    """Whether ``clause`` holds a year that is its object's (a verb right before it, a noun after it), which makes
    no deadline of it: ``谋划2026年重点项目``, not ``力争2026年底前完成`` or ``确保2026年6月上线``.

    >>> year_of_its_object("谋划2026年重点项目"), year_of_its_object("力争2026年底前完成"), year_of_its_object("2026年")
    (True, False, False)
    >>> year_of_its_object("力争2026年建成投用")  # a modal word's year (round 50)
    False
    >>> year_of_its_object("计划2026年建成投用"), year_of_its_object("编制计划2026年重点项目清单")  # round 51
    (False, True)
    >>> year_of_its_object("自2026年起每月开展一次"), year_of_its_object("修订2026年起草计划")  # round 59
    (False, True)
    """
    return "年" in clause and _OBJECT_YEAR.search(clause) is not None


def text_deadline(
    text: str, *, plan_year: int | None = None, document_date: str | None = None, festival: str | None = None
) -> Deadline:
    """The deadline a task's own text states, or ``Deadline(None, None, None)``.

    Dates anywhere in the text count (``2024年6月底前``, ``到2025年底``, ``2023—2025年``,
    ``2019年1月1日至12月31日``, ``本意见印发之日起30日内`` counted from ``document_date``,
    ``年内``, ``6月底前``, ``年底前``, ``上半年`` in ``plan_year``, ``“十四五”期间``); a start (``从2019年起``), a
    year used as a label (``2022年度``) and cited titles 《…》 do not. A continuing or
    recurring word (持续推进, 常态开展, 长期坚持, 每年, 每季度) counts only in the task's
    first sentence, where it qualifies the task itself, or as a last sentence or bracket of its own (``…。持续推进。``):
    then the status is ``ongoing``.
    Several deadlines: ``raw`` joins them with ``；`` and ``date`` is the latest. ``festival``: the one festival the
    plan's title names (``title_festival``), which a bare ``节前3日`` naming none before it counts from (round 66).

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
    >>> text_deadline("检查阶段(9月)届时，由区文物局牵头检查。", plan_year=2023).date  # a stage's months (round 62)
    '2023-09'
    >>> text_deadline("推进一网统管。每年开展一次评估。").status
    'ongoing'
    >>> text_deadline("完善设施建设。市交通委要持续完善标准。").raw, text_deadline("完善设施。持续推进建设。").raw  # round 69
    ('持续完善', None)
    """
    written = ocr_zeros(text)
    text, origin = _numerals_as_digits(written)
    found = _text_deadline(text, plan_year, document_date, festival)
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
        steps += [(CN_YEAR, cn_year), (CN_MONTH, cn_month)]
    elif "月" in text and CN_MONTH.search(text) is not None:
        steps.append((CN_MONTH, cn_month))
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
        steps.append((_TEXT_NUMERIC_DATE, date_written_out))
    if "." in text and _TEXT_MONTH_DAY.search(text) is not None:
        steps.append((_TEXT_MONTH_DAY, _month_day_written_out))
    if ("Q" in text or "q" in text) and QUARTER_Q.search(text) is not None:
        steps.append((QUARTER_Q, quarter_written))
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


# the dates a period named after its year spells out in brackets right after it (2026年汛期（6月1日至9月30日）,
# 2026年汛期（5—9月）): read with it, due at their end, as a field reads them (round 57)
_SPELLED_OUT = compiled(r"[（(][\d月日至到—－\-–～~]{3,16}[）)]")


def _spelled_out(text: str, at: int) -> str:
    """The bracket of dates written at ``at`` after a point (``（5—9月）``), else ''.

    >>> _spelled_out("2026年汛期（5—9月）实行值班", 7), _spelled_out("2026年底前（首批）完成", 8)
    ('（5—9月）', '')
    """
    if text[at : at + 1] not in "（(":
        return ""
    m = _SPELLED_OUT.match(text, at)
    return m.group() if m else ""


# an "as of" date over a clause stating what is (截至2025年底，全县尚有…; 截至目前，已完成…; 截至6月底，累计…): the
# time a state is counted at, no deadline of the task's (round 79 left49, SPEC). Not 截至 before the work's own verb
# (截至2026年6月底前完成…: by then), nor over a clause stating no state (截至2026年底，全面完成改造: a target).
_AS_OF = compiled(
    r"截至[^，,。；;]{2,12}?[，,](?=[^，,。；;]{0,16}?(?:尚有|尚未|仍有|还有|已经|已有|已完成|已建成|已累计|累计|共有|共计|现有))"
)


def states_as_of(text: str, at: int = 0) -> bool:
    """Whether ``text`` opens at ``at`` with an "as of" date over a clause stating what is (``截至2025年底，全县尚有…``,
    ``_AS_OF``): no deadline (round 79 left49).

    >>> states_as_of("截至2025年底，全县尚有危房120座。"), states_as_of("截至2026年底，全面完成改造。")
    (True, False)
    """
    return text.startswith("截至", at) and _AS_OF.match(text, at) is not None


def _text_deadline(
    text: str, plan_year: int | None, document_date: str | None, festival: str | None = None
) -> Deadline:
    """``text_deadline`` of a text whose dates in Chinese numerals are in digits.

    >>> _text_deadline("推进汽车以旧换新。全年完成汽车以旧换新5000辆。", 2024, None)  # round 41
    Deadline(raw='全年', date='2024-12', status='scheduled')
    >>> _text_deadline("促进汽车消费。全年举办车展活动不少于4场。", 2024, None).date is None
    True
    >>> _text_deadline("汛期（6月1日至9月30日）实行24小时值班", 2022, None).date  # round 42
    '2022-09-30'
    >>> _text_deadline("延续实施阶段性降低失业保险费率政策至2023年4月30日。", 2022, None).date is None  # round 43
    True
    >>> _text_deadline("截至2025年底，全县尚有120座危房未改造，加快改造。", 2026, None).raw is None  # round 79
    True
    >>> _text_deadline("截至2026年底，全面完成危房改造。", 2026, None).date  # a target: no state stated
    '2026-12'
    """
    masked = _TITLE.sub(lambda m: "　" * len(m.group()), text) if "《" in text else text
    if ("年）" in masked or "年)" in masked) and (periods := _PLAN_PERIOD.findall(masked)):
        # 与区国土空间总体规划（2021-2035年）相衔接: a cited plan's period, as in its title 《…》 (round 64)
        for period in periods:
            masked = masked.replace(period, "　" * len(period))
    # 本条政策执行期限至…, 有效期至…, 对…至…期间: how long a measure holds, no deadline of the task's (round 38)
    if ("期" in masked or "至" in masked) and _VALIDITY.search(masked):
        masked = _VALIDITY.sub(lambda m: "　" * len(m.group()), masked)
    if "截至" in masked and _AS_OF.search(masked):
        masked = _AS_OF.sub(lambda m: "　" * len(m.group()), masked)  # 截至2025年底，尚有…: what is (round 79)
    raws: list[str] = []
    dates: list[str] = []
    starts: list[int] = []  # where each raw begins, to put a quarter read apart in text order
    yearless: list[int] = []  # where a time of the plan's year written with no year begins (6月底前, 年底前)
    for m in _date_matches(masked):
        kind = m.lastgroup  # every alternative is one named group, closed after the groups inside it
        if kind == "start":
            span = YEARS_FROM_START.search(masked, m.start(), m.end() + 8) if masked[m.end() - 2] in "年月日" else None
            if span is None or span.start() >= m.end():
                continue
            raws.append(span.group())  # 2026年起三年内完成…: the span's last year (round 57 left21)
            dates.append(years_from_start(span.group()) or "")
            starts.append(m.start())
            continue
        if kind == "point" and not _point_is_deadline(masked, m):
            continue
        raw = m.group().rstrip("，。")
        if kind in ("point", "in_year") and _OBJECT_DATE.match(masked, m.end()) is not None:
            continue  # 对2000年底前建成的老旧小区…: the date of what the task works on (round 40)
        if kind == "in_year" and m.group("named_y"):
            raw = masked[m.start() - 1] + raw  # 当年, 明年 (round 40)
        if kind in ("range", "range2", "point"):
            # (2026年汛期到来前 read as 汛期前: round 57 fresh24)
            found = dates_named(
                first_quarters_as_end(arrival_as_before(raw)) + _spelled_out(masked, m.end())
                if kind == "point"
                else raw
            )
            if not found:
                continue
            dates.append(latest(found))
        elif kind == "relative":
            when = relative_date(document_date, count_written(m.group("n")), m.group("unit"))
            if when is None:
                continue
            dates.append(when)
        elif kind == "period":
            dates.append(f"{FIVE_YEAR_END[m.group('five')]}-12")
        elif kind == "this_period":
            # with no document date to count from, a time the plan states but no reader can place: kept as written,
            # due (scheduled) with no date, as a yearless field in a plan with no year (round 72 left42; before, none)
            when = this_period(document_date, m.group("which") == "下", m.group("period_unit") == "季度")
            dates.append(when or "")
        elif kind == "this_term":
            when = this_term_end(m.group()[1:3], document_date)
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
            if named is None:
                yearless.append(m.start())
        raws.append(raw)
        starts.append(m.start())
    beside: list[tuple[int, str, str]] = []  # dates the loop does not read, put among its own in text order
    if plan_year is not None and ("季度" in masked or "季末" in masked):
        beside += _yearless_quarters(masked, plan_year)  # 于今年三季度末前完成… (round 40)
    if raws and plan_year is not None and _names_a_time_of_year(masked) and _SEASON_BEFORE.search(masked) is not None:
        # 3月底前启动，国庆节前完成 (round 40; a season alone: below)
        taken = [(at, at + len(raw)) for at, raw in zip(starts, raws)]
        beside += _seasons_beside(masked, taken, plan_year, document_date, festival)
    if beside:
        merged = sorted([*zip(starts, raws, dates), *beside])
        if yearless and plan_year is not None:
            merged = _after_the_festival(merged, yearless, plan_year)
        raws, dates = [r for _, r, _ in merged], [d for _, _, d in merged]
    if not raws:
        if plan_year is not None and masked[:1].isdigit() and (opening := MONTH_OPENING.match(masked)) is not None:
            # 12月：开展年度考核: a monthly schedule's line, due in its month (round 39)
            return Deadline(opening.group(1), f"{plan_year}-{int(opening.group(2)):02d}", "scheduled")
        if ("年）" in masked or "年)" in masked) and (stage := _stage_year(masked)) is not None:
            return stage
        staged = _staged_years(masked)
        if staged:
            return Deadline("；".join(f"{y}年" for y in staged), f"{max(staged)}-12", "scheduled")
        if plan_year is not None and "分" in masked and (years := IN_YEARS.search(masked)) is not None:
            return in_years(years, plan_year)  # 分两年完成 (round 40)
        if plan_year is not None and "全年" in masked and (whole := WHOLE_YEAR_DONE.search(masked)) is not None:
            return Deadline(whole.group(1), f"{plan_year}-12", "scheduled")  # 全年完成…5000辆 (round 41)
        if plan_year is not None and _names_a_time_of_year(masked):  # 春耕前完成…, 汛期前… in the words (round 34)
            found = _seasons_before(masked, plan_year, document_date, festival)
            if found is not None:
                return found
        first = _sentence_end(masked)
        word = _ONGOING_WORD.search(masked, 0, first) or _pace_word(masked, 0, first)
        if word is not None and _in_purpose(masked, word.start()):
            # 为持续保持村民生活环境，…市容办负责…每月…: a purpose's 持续 is the aim's, no time of the task (round 66)
            purpose_end = min((i for c in "，," if (i := masked.find(c, word.end(), first)) != -1), default=first)
            word = _ONGOING_WORD.search(masked, purpose_end, first)
        if word is not None and (view_end := _viewpoint_end(masked, word.start(), first)) != -1:
            # 从长效常态管理角度制定…方案: the angle the work is seen from, no time of the task (round 77 heldout22)
            word = _ONGOING_WORD.search(masked, view_end, first)
        if word is not None and masked.rstrip("。；;")[-1:] in "）)":
            # 建立常态化巡查机制（长期坚持）: the task's own bracket of a status alone says it, not the work's 常态化
            # (round 59; before, the raw words 常态化巡查, the status the same)
            word = _STATUS_TAIL.search(masked) or word
        word = word or _STATUS_TAIL.search(masked) or _recurring_tail(masked) or _rolled_tail(masked)
        # 健全督察机制。每季度通报…: after a title (round 38); a whole text shorter than a title's length too
        # (推进一网统管。每年开展一次评估。: round 40, before, no status)
        if word is None and first <= _TITLE_SENTENCE and first < len(masked):
            end = _sentence_end(masked[first:]) + first
            word = _RECURRING_WORD.search(masked, first, end) or _pace_word(masked, first, end)
            if word is None and "持续" in masked:
                word = _SUBJECT_GOES_ON.match(masked, first, end)  # 。市交通委要持续完善… (round 69)
        if word:
            return Deadline(word.group(1) if word.re in _TAILS else word.group(), None, "ongoing")
        return Deadline(None, None, None)
    if len(dates) > 1 and len(dates) == len(raws) and any(_YEAR_TARGET.fullmatch(r) for r in raws):
        # 到2035年远景目标…，2025年12月底前形成初稿: a target year beside a dated step, the step's date (round 38)
        kept = [(r, d) for r, d in zip(raws, dates) if not _YEAR_TARGET.fullmatch(r)]
        if kept and any("月" in r for r, _ in kept):
            raws, dates = [r for r, _ in kept], [d for _, d in kept]
    return Deadline("；".join(raws), (latest(dates) or None) if dates else None, "scheduled" if dates else "ongoing")


# round 67 left38: a pace written 每季末 or 一X一 (每季末报送, 一季一通报, 一月一调度), in the words as in a field (round 67
# fresh34's ``deadlines._ONGOING``): not 一季末 (a date), 一月一日 (a day); round 68 left39: 一年一度 read whole (its
# status the same: ongoing)
_PACE_WORD = compiled(r"每季末|一(?:月|季度?|周|旬|年)一度?(?![日号\d〇一二三四五六七八九十])")


def _pace_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first pace ``_PACE_WORD`` reads in ``text[start:end]``, else None; a cheap test first (``季末``, ``一季一``,
    ``一月一`` …).

    >>> _pace_word("各区每季末报送进展", 0, 9).group(), _pace_word("一季一通报完成情况", 0, 9).group()
    ('每季末', '一季一')
    >>> _pace_word("2027年一月一日起施行", 0, 12), _pace_word("一季末完成", 0, 5)
    (None, None)
    """
    if (
        "季末" not in text
        and "一季一" not in text
        and "月一" not in text
        and "一周一" not in text
        and "一年一" not in text
    ):
        return None
    return _PACE_WORD.search(text, start, end)


_VIEWPOINT = compiled(r"[^，,。；;]{0,8}?(?:角度|层面|视角)")
_VIEWPOINT_OPENING = 8  # characters: the longest words between 从 and the continuing word of a viewpoint


def _viewpoint_end(text: str, at: int, end: int) -> int:
    """Where the viewpoint ends (``从长效常态管理角度``: the angle a task's work is seen from) when the words at
    ``text[at]`` stand inside one, opened by 从 a few characters before them and closed by 角度, 层面 or 视角 in their
    clause before ``end``; else -1.

    >>> t = "从长效常态管理角度制定本小区的方案"
    >>> _viewpoint_end(t, 3, len(t)), _viewpoint_end("从今年起常态化开展巡查", 4, 11)
    (9, -1)
    >>> _viewpoint_end("常态化开展巡查，从多个角度排查", 0, 15)
    -1
    """
    opening = text.rfind("从", max(0, at - _VIEWPOINT_OPENING), at)
    if opening == -1 or any(c in text[opening:at] for c in "，,。；;"):
        return -1
    view = _VIEWPOINT.match(text, at, end)
    return -1 if view is None else view.end()


def _in_purpose(text: str, at: int) -> bool:
    """Whether the words at ``text[at]`` follow a purpose's 为 (``为持续保持…``, ``为了常态化开展…``: what the task is
    for), not 作为, 成为, 认为, 视为.

    >>> _in_purpose("为持续保持环境整洁，市容办负责考核", 1), _in_purpose("作为持续开展的工作", 2)
    (True, False)
    """
    return text.endswith(("为", "为了"), 0, at) and not text.endswith(("作为", "成为", "认为", "视为", "作为了"), 0, at)


# a quarter with no year of its own that a task is due by (round 40): 今年三季度末前, 明年一季度, 第四季度末, 二季度前;
# its year named (今年/明年) or its end said (末/底/前), or (round 43) the work done in it (三季度完成, 第三季度内建成).
# Not 每季度末, 前三季度, 2024年三季度 (a point: read before), 三季度启动 (a start). Round 67 (fresh34): 季末 for 季度末
# (三季末前, 今年二季末). Round 70 (fresh36): two quarters or a span of them, the later's end (三、四季度完成, 一至三季度完成)
_YEARLESS_QUARTER = compiled(
    r"(?P<named>[今本当明次])年度?(?:第?(?P<q>[一二三四1-4])季(?:度|(?=末))(?:末|底)?(?:以前|之前|前)?"
    r"|前(?P<first>[一二两三1-3])个?季度)"  # round 68 left39: 今年前两个季度, 明年前三季度 (the last one's end)
    r"|(?<![\d年每前至到—\-～~、第])第?(?:" + _QUARTERS_BEFORE + r")?(?P<q2>[一二三四1-4])季(?:度|(?=末))"
    r"(?:(?:末|底)(?:以前|之前|前)?|以前|之前|前"
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
    >>> _yearless_quarters("今年前两个季度全部开工，明年前三季度完成验收。", 2026)  # round 68 (left39)
    [(0, '今年前两个季度', '2026-06'), (12, '明年前三季度', '2027-09')]
    >>> _yearless_quarters("三、四季度完成整治；一至三季度完成修订；2026年三、四季度完成；二至四季度分批公布", 2026)  # round 70
    [(0, '三、四季度', '2026-12'), (10, '一至三季度', '2026-09')]
    """
    found = []
    for m in _YEARLESS_QUARTER.finditer(text):
        year = plan_year + (m.group("named") in ("明", "次"))
        quarter = m.group("q") or m.group("q2") or m.group("first").replace("两", "二")
        found.append((m.start(), m.group(), f"{year:04d}-{QUARTER_END[quarter]:02d}"))
    return found


def _seasons_before(
    text: str, plan_year: int, document_date: str | None, festival: str | None = None
) -> Deadline | None:
    """The seasons and holidays a task's words say it is done before, each read as a field reads it (round 34), or
    None: every one (``汛期前完成…，暑假前开展…``: both, the latest the date; before round 41, the first alone), and
    a school's term named alone (``开学前``) the next one to open after the document's date (round 41: from March to
    August the autumn term's, else the spring's; with no document date none).

    >>> _seasons_before("汛期前完成标志设置，暑假前开展一次防溺水教育", 2025, None)
    Deadline(raw='汛期前；暑假前', date='2025-07', status='scheduled')
    >>> _seasons_before("开学前集中清理", 2025, "2025-05-20"), _seasons_before("开学前完成检查", 2024, "2024-11-02").date
    (Deadline(raw='开学前', date='2025-08-31', status='scheduled'), '2025-02')
    """
    found: list[tuple[int, str, str]] = []
    for m in _times_of_year(text, festival):
        start, year = _season_year(text, m.start(), plan_year)
        when = _season_date(_season_words(text, m, festival), year, document_date)
        if when is not None:
            found.append((start, text[start : m.end()], when))
    found = _antecedents(text, found)
    return Deadline("；".join(r for _, r, _ in found), latest([d for _, _, d in found]), "scheduled") if found else None


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


def _seasons_beside(
    text: str, taken: list[tuple[int, int]], plan_year: int, document_date: str | None, festival: str | None = None
) -> list[tuple[int, str, str]]:
    """The seasons and holidays a task is due before (``国庆节前``, ``汛期前``) outside the dates already read
    (``taken``: their spans; ``2025年汛期前`` is one), each as (where, as written, its date in ``plan_year``).

    >>> _seasons_beside("3月底前启动，国庆节前完成；2025年汛期前验收", [(0, 4), (14, 21)], 2025, None)
    [(7, '国庆节前', '2025-09-30')]
    """
    found = []
    for m in _times_of_year(text, festival):
        if any(start <= m.start() < end for start, end in taken):
            continue
        start, year = _season_year(text, m.start(), plan_year)
        when = _season_date(_season_words(text, m, festival), year, document_date)
        if when is not None:
            found.append((start, text[start : m.end()], when))
    return _antecedents(text, found)


# a date that describes the task's object, a short verb and 的 after it: 2000年底前建成的老旧小区, 2023年底前改造的户厕
_OBJECT_DATE = compiled(r"[\u4e00-\u9fff]{0,3}的")
_YEAR_TARGET = compiled(r"(?:到|至)\d{4}年")  # a year a plan's target is reached by (到2030年), no month


# work spread over the plan's year and the next ones: 分两年完成, 分三年实施 (round 40)
# the year's work to finish by its end, in a task's words (全年完成汽车以旧换新5000辆, 全年累计建成…: round 41;
# before, no deadline); not 全年举办…不少于4场 (the year's target, round 36) nor 全年实现… (a level to reach)
WHOLE_YEAR_DONE = compiled(r"(全年)(?:累计|共|计划)?(?:完成|建成)")


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


def _after_the_festival(
    found: list[tuple[int, str, str]], yearless: list[int], plan_year: int
) -> list[tuple[int, str, str]]:
    """``found`` (where, raw, date; in text order) with each time written with no year after a Spring Festival of the
    next year (``春节前…，6月底前…`` in a plan issued after its year's festival) in the festival's year: a schedule's
    steps are written in the order they fall, so the month after the festival follows it, as a ``完成时限`` field
    reads the same words (``deadlines.festival_after_a_month``; round 77 left47: before, the plan's own June, past
    when the plan was issued). ``yearless``: where such times begin. A month before the festival (``12月底前…，
    春节前…``) stays the plan's year's.

    >>> _after_the_festival([(0, "春节前", "2027-02"), (9, "6月底前", "2026-06")], [9], 2026)
    [(0, '春节前', '2027-02'), (9, '6月底前', '2027-06')]
    >>> _after_the_festival([(0, "12月底前", "2026-12"), (9, "春节前", "2027-02")], [0], 2026)
    [(0, '12月底前', '2026-12'), (9, '春节前', '2027-02')]
    >>> _after_the_festival([(0, "春节前", "2026-02"), (9, "6月底前", "2026-06")], [9], 2026)  # issued before it
    [(0, '春节前', '2026-02'), (9, '6月底前', '2026-06')]
    """
    out: list[tuple[int, str, str]] = []
    year = plan_year
    for at, raw, date in found:
        if year > plan_year and at in yearless and date.startswith(f"{plan_year}-"):
            date = f"{year}{date[4:]}"
        elif date[:4].isdecimal() and int(date[:4]) > year and any(name in raw for name in AROUND_THE_FESTIVAL):
            year = int(date[:4])
        out.append((at, raw, date))
    return out


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
        if at > 1 and text[at - 1] == "“" and text[at - 2] in "到至":
            starts = (at - 2, *starts)  # 到“十四五”末 (round 64)
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
    if written := (
        m.group("m") or m.group("named_m") or m.group("done_m") or m.group("range_m") or m.group("span_m")
    ) or m.group("stage_m"):
        month = min(12, max(1, int(written)))
        day = m.group("d") or m.group("span_d")
        return f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    if m.group("half") == "上半年" or m.group("mid"):
        return f"{year:04d}-06"
    return f"{year:04d}-12"

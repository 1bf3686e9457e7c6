"""Round 65 (left35): the wordings round 64 left unread: an event dated by a sentence naming it first and its time
after a clause (暗访工作由省里统一组织，时间初定为8月), a span of days before an event's name (定于8月10日至20日对各地开展
暗访), a count of days before an event or a holiday (验收前10天, 春节前一周, 节前3日), the new years of the Yi, Miao and
Dong (no fixed day) and the Dai water-splashing festival (13 April), and a duty's 会同 with a subject of its own, read
by hand before the parser ran (docs/round65_left35.md)."""

from __future__ import annotations

from reformgraph.loaders.date_words import days_earlier, unfixed_festival
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.plan_periods import CampaignPeriod, event_in_words
from reformgraph.loaders.prose import duty_partners
from reformgraph.records import Document
from tests.support.readings import deadline_readings

_deadlines = deadline_readings  # (words, date) of every task


def _items(preamble: str, *fields: tuple[str, str], dated: str = "2026年4月20日") -> str:
    """A plan dated ``dated`` whose items each carry their words and a deadline field (empty: none)."""
    items = "".join(
        f"{n}.开展第{n}项工作。{words}\n牵头单位：县农业农村局\n配合单位：各乡镇人民政府\n"
        + (f"完成时限：{field}\n" if field else "")
        + "\n"
        for n, (words, field) in enumerate(fields, 1)
    )
    return f"某县迎检工作方案\n\n{preamble}\n\n一、重点任务\n\n{items}某县农业农村局\n{dated}\n"


# ---- festivals of no fixed day, and one of a fixed day --------------------------------------------------------


def test_the_yi_miao_and_dong_new_years_have_no_date_the_plan_does_not_give() -> None:
    # before: 2026年彝族年期间, 2026年苗年期间 read as the bare year (2026-12)
    words = ("2026年彝族年期间", "2026年苗年期间", "彝族年前", "苗年前", "侗年前")
    assert [parse_deadline(w, 2026).date for w in words] == [None] * 5
    assert unfixed_festival("侗年前") and unfixed_festival("2026年苗年前")


def test_a_date_beside_the_new_year_is_still_the_date() -> None:  # guard
    assert parse_deadline("2026年11月底前（苗年前）", 2026).date == "2026-11"
    assert not unfixed_festival("2026年11月底前（彝族年前）")


def test_the_torch_festival_is_a_lunar_day_already_known() -> None:  # guard: round 63's lunar table, not unfixed
    assert parse_deadline("火把节前", 2026).date == "2026-08"
    assert not unfixed_festival("火把节前")


def test_the_water_splashing_festival_falls_on_13_april() -> None:
    # before: 泼水节前 read as the bare year (2026-12)
    assert parse_deadline("泼水节前", 2026).date == "2026-04-12"
    assert parse_deadline("泼水节期间", 2026).date == "2026-04"
    assert _deadlines(_items("县城开展环境整治。", ("集中清理，泼水节前完成。", ""))) == [("泼水节前", "2026-04-12")]


# ---- an event named first, its time after a clause --------------------------------------------------------------


def test_an_event_named_first_and_its_time_set_after_a_clause() -> None:
    # before: no date (only a time right after the name, or in brackets, or first with a comma)
    period = CampaignPeriod("全市暗访工作由省里统一组织，时间初定为8月，结果纳入考核。")
    assert period.event_end("暗访前", 2026).date == "2026-08"
    period = CampaignPeriod("今年的自治区级验收由自治区农业农村厅组织，预计在11月中旬。")
    assert period.event_end("自治区级验收前", 2026).date == "2026-11"
    assert period.event_end("验收前", 2026).date == "2026-11"


def test_other_work_dated_after_the_event_s_clause_dates_nothing() -> None:  # guards
    assert CampaignPeriod("验收由县里组织，2026年6月底前完成整改。").event_end("验收前", 2026) is None
    assert CampaignPeriod("验收由县里组织，8月完成整改。").event_end("验收前", 2026) is None


# ---- a span of days before the event's name ---------------------------------------------------------------------


def test_an_event_dated_by_a_span_of_days_before_its_name() -> None:
    # before: no date (the span's second day not allowed between the time and the words naming whom)
    period = CampaignPeriod("省爱卫办定于8月10日至20日对各地开展暗访，暗访结果作为复审依据。")
    assert period.event_end("暗访前", 2026).date == "2026-08-09"  # its first day's eve
    assert period.event_end("暗访期间", 2026).date == "2026-08-20"  # during it: its last day
    assert period.event_end("2026年省级暗访前", 2026).date == "2026-08-09"


def test_a_bare_year_before_the_event_takes_the_event_s_date() -> None:
    # before: 2026年省级暗访前 in a field read as the bare year, 2026-12
    text = _items("省里定于2026年8月对各地开展暗访。", ("建立清单。", "2026年省级暗访前"), ("建立台账。", "2026年底前"))
    assert _deadlines(text) == [("2026年省级暗访前", "2026-08"), ("2026年底前", "2026-12")]


# ---- a count of days before an event ----------------------------------------------------------------------------


def test_days_before_a_day_or_a_month() -> None:
    assert days_earlier("2026-08-10", "5天") == "2026-08-05"
    assert days_earlier("2026-02-17", "一周") == "2026-02-10"
    assert days_earlier("2026-10", "10天") == "2026-10"  # a month: its last day less ten days
    assert days_earlier("2026-03", "31天") == "2026-02"


def test_days_before_an_event_in_a_field_and_in_the_words() -> None:
    # before: no date (暗访前5天 no event's field; 初审前10天报送 no event's words)
    text = _items(
        "省里定于8月10日至20日对各地开展暗访。",
        ("整治背街小巷。", "暗访前5天"),
        ("整理资料，暗访前10天报送县农业农村局。", ""),
        ("建立台账。", "暗访前"),
    )
    assert _deadlines(text) == [("暗访前5天", "2026-08-05"), ("暗访前10天", "2026-07-31"), ("暗访前", "2026-08-09")]
    assert event_in_words("整理资料，验收前10天报送县农业农村局。") == "验收前10天"


def test_no_days_read_where_no_event_is() -> None:  # guards
    assert event_in_words("提前10天通知。") is None
    assert event_in_words("对验收前10天内发现的问题建立台账。") is None
    assert CampaignPeriod("开展自查。").event_end("暗访前5天", 2026) is None


# ---- a count of days before a holiday ---------------------------------------------------------------------------


def test_days_before_a_holiday_in_a_field() -> None:
    # before: 春节前一周 read as 春节前 (its month), 国庆节前3日 as 国庆节前 (09-30)
    assert parse_deadline("春节前一周", 2026, "2026-01-16").date == "2026-02-10"  # 春节 on 17 February 2026
    assert parse_deadline("国庆节前3日", 2026).date == "2026-09-28"
    assert parse_deadline("2026年五一前10天", 2026).date == "2026-04-21"
    # round 67 left37: 端午's day from its table (19 June 2026); before, its month alone (2026-06)
    assert parse_deadline("端午前10天", 2026).date == "2026-06-09"


def test_a_holiday_without_days_reads_as_before() -> None:  # guards
    assert parse_deadline("春节前", 2026, "2026-01-16").date == "2026-02"
    assert parse_deadline("国庆节前", 2026).date == "2026-09-30"
    assert parse_deadline("国庆节前后", 2026).date == "2026-10"


def test_days_before_a_holiday_in_the_words() -> None:
    text = _items(
        "县城开展节日保障。",
        ("检修亮化设施，春节前一周全部调试到位。", ""),
        ("国庆节是接待高峰，对民宿开展检查，节前3日完成全部检查。", ""),
        ("春节期间用气量大，对餐饮场所开展检查，节前3日完成第一轮检查。", ""),
        dated="2026年1月16日",
    )
    # (the festival a bare 节前3日 counts from names no deadline of its own: 春节期间 there is its antecedent)
    assert _deadlines(text) == [("春节前一周", "2026-02-10"), ("节前3日", "2026-09-28"), ("节前3日", "2026-02-14")]


def test_no_count_of_days_read_where_no_festival_is_named() -> None:  # guards
    text = _items("县城开展节日保障。", ("做好准备，节前3日完成检查。", ""), dated="2026年1月16日")
    assert _deadlines(text) == [(None, None)]


# ---- a duty's 会同 with a subject of its own ----------------------------------------------------------------------


def _rows(doc: Document) -> list[tuple[int, list[str], list[str]]]:
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def _duties(*items: str) -> str:
    listed = "".join(f"{n}.{item}\n\n" for n, item in enumerate(items, 1))
    return (
        "某县专项整治工作方案\n\n一、重点任务\n\n开展专项整治。\n\n二、职责分工\n\n（一）县住房城乡建设局\n\n"
        f"{listed}（二）县财政局\n\n1.负责经费保障；\n\n某县人民政府办公室\n2026年3月1日\n"
    )


def test_a_first_duty_naming_units_is_no_paragraph_of_its_heading() -> None:
    # before: the heading took its first duty as its own paragraph (one task on the heading's line, no partner)
    doc = parse_document(
        _duties(
            "指导农房改造，对列入名录的村寨，县住房城乡建设局会同县文化广播电视和旅游局制定改造方案；", "督促农房整改；"
        )
    )
    assert _rows(doc) == [
        (11, ["县住房城乡建设局"], ["县文化广播电视和旅游局"]),
        (13, ["县住房城乡建设局"], []),
        (17, ["县财政局"], []),
    ]
    doc = parse_document(_duties("县住房城乡建设局会同县自然资源局制定方案；", "督促农房整改；"))
    assert _rows(doc)[0] == (11, ["县住房城乡建设局"], ["县自然资源局"])
    doc = parse_document(_duties("开展排查，县应急管理局会同县自然资源局制定方案；", "督促农房整改；"))
    # another's subject after the heading's own work (开展排查): both lead (round 66; before, prose's reading alone)
    assert _rows(doc)[0] == (11, ["县住房城乡建设局", "县应急管理局"], ["县自然资源局"])


def test_a_heading_over_one_paragraph_still_takes_it() -> None:  # guard: duties listed unit by unit (round 30)
    text = (
        "某县专项整治工作方案\n\n一、重点任务\n\n开展专项整治。\n\n二、职责分工\n\n（一）县住房城乡建设局\n\n"
        "负责农房改造，会同县自然资源局制定方案。\n\n（二）县财政局\n\n负责经费保障。\n\n某县人民政府办公室\n2026年3月1日\n"
    )
    assert [row[:2] for row in _rows(parse_document(text))] == [(9, ["县住房城乡建设局"]), (13, ["县财政局"])]


def test_a_partner_list_ends_before_依法_or_逐村() -> None:
    # before: 处 and 村 end names too, so the longest list took the words (…支队依法查处, …旅游局逐村)
    text = "对违规用火行为，州林业和草原局会同州公安局森林警察支队依法查处；"
    assert [u.name for u in duty_partners(text, 0, len(text))] == ["州公安局森林警察支队"]
    text = "对村寨，县住房城乡建设局会同县文化广播电视和旅游局逐村制定方案；"
    assert [u.name for u in duty_partners(text, 0, len(text))] == ["县文化广播电视和旅游局"]


def test_a_name_holding_依法治_is_kept_whole() -> None:  # guard
    text = "会同县委依法治县办公室开展检查；"
    assert [u.name for u in duty_partners(text, 0, len(text))] == ["县委依法治县办公室"]


# ---- a moving holiday's day given by the plan, and 前夕 -----------------------------------------------------------


def test_a_lunar_holiday_the_plan_gives_the_day_of() -> None:
    # before: 元宵节前 read as its month (2026-03) though the plan gives its day
    text = _items(
        "春节期间市容保障工作自即日起至2026年3月3日（元宵节）结束。",
        ("清理燃放垃圾，元宵节前完成。", ""),
        ("开展检查。", "元宵节前"),
        dated="2026年1月16日",
    )
    assert _deadlines(text) == [("元宵节前", "2026-03-02"), ("元宵节前", "2026-03-02")]


def test_a_lunar_holiday_the_plan_does_not_date_reads_its_month() -> None:  # guards
    text = _items("开展节日保障。", ("清理燃放垃圾，元宵节前完成。", ""), dated="2026年1月16日")
    assert _deadlines(text) == [("元宵节前", "2026-03")]
    text = _items("去年至2025年2月12日（元宵节）结束。", ("清理垃圾，元宵节前完成。", ""), dated="2026年1月16日")
    assert _deadlines(text) == [("元宵节前", "2026-03")]  # another year's day


def test_the_eve_of_a_holiday_in_the_words_keeps_its_夕() -> None:
    # before: the raw words 春节前 (the date the same)
    text = _items("开展节日保障。", ("设置摊区，春节前夕完成规划和公示。", ""), dated="2026年1月16日")
    assert _deadlines(text) == [("春节前夕", "2026-02-16")]  # round 66: the eve's day (2026-02-17 less one)

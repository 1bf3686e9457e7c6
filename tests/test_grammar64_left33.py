"""Round 64 (left33): the wordings round 63 left unread: an event the plan dates elsewhere named in a task's own words
(…配合，暗访前完成整改), an event dated with its time first (2026年10月，迎接市级验收) or in brackets after its name
(今年藏历新年（2月18日）), a festival's day written about (今年开斋节预计在3月20日前后), and the festivals of the
Islamic and Tibetan calendars (开斋节, 肉孜节, 古尔邦节, 藏历新年) with no month of their own, read by hand before the
parser ran (docs/round64_left33.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.plan_periods import CampaignPeriod, event_in_words
from tests.support.readings import deadline_readings

_deadlines = deadline_readings  # (words, date) of every task


def _plan(preamble: str, *deadlines: str) -> str:
    items = "".join(
        f"{n}.开展第{n}项整治。完成整治任务。\n牵头单位：县市场监督管理局\n配合单位：县商务局\n完成时限：{d}\n\n"
        for n, d in enumerate(deadlines, 1)
    )
    return f"某县节日市场保障工作方案\n\n{preamble}\n\n一、重点任务\n\n{items}某县市场监督管理局\n2026年2月26日\n"


def _prose(preamble: str, *sentences: str) -> str:
    items = "".join(f"{n}.开展第{n}项整改。{s}\n\n" for n, s in enumerate(sentences, 1))
    return f"某州迎检问题整改工作方案\n\n{preamble}\n\n一、整改任务\n\n{items}某州住房和城乡建设局\n2026年4月3日\n"


# ---- festivals of the Islamic and Tibetan calendars: no month of their own --------------------------------------


def test_a_festival_of_the_islamic_or_tibetan_calendar_has_no_date_the_plan_does_not_give() -> None:
    # before: 2026年古尔邦节前 read as the bare year (2026-12)
    assert [parse_deadline(w, 2026).date for w in ("2026年古尔邦节前", "2026年藏历新年前", "2026年肉孜节期间")] == [
        None,
        None,
        None,
    ]
    assert parse_deadline("2026年古尔邦节前", 2026).raw == "2026年古尔邦节前"  # the words kept


def test_a_date_beside_the_festival_is_the_date() -> None:
    assert parse_deadline("2026年5月底前（古尔邦节前）", 2026).date == "2026-05"
    assert parse_deadline("今年古尔邦节（5月下旬）前", 2026).date == "2026-05"


# ---- how a plan dates an event --------------------------------------------------------------------------------------


def test_a_festival_whose_day_the_plan_writes_about() -> None:
    text = _plan("今年开斋节预计在3月20日前后，具体放假时间以自治区通知为准。", "开斋节前", "开斋节期间")
    # before: no date (the event's time was read only with a verb of holding it after)
    assert _deadlines(text) == [("开斋节前", "2026-03"), ("开斋节期间", "2026-03")]


def test_an_event_with_its_time_in_brackets_after_its_name() -> None:
    text = _plan("今年藏历新年（2月18日）与春节仅相隔一天。", "藏历新年前", "藏历新年期间")
    # before: no date; before it the day before, during it its day
    assert _deadlines(text) == [("藏历新年前", "2026-02-17"), ("藏历新年期间", "2026-02-18")]


def test_an_event_dated_with_its_time_first_in_the_schedule() -> None:
    text = _plan(
        "二、工作步骤\n\n2026年4月—9月，对标创建。\n2026年10月，迎接市级验收。组织县级预评审。", "验收前", "市级验收前"
    )
    # before: no date (the time after the event's name only)
    assert _deadlines(text) == [("验收前", "2026-10"), ("市级验收前", "2026-10")]


def test_a_time_before_the_event_that_is_no_time_of_it() -> None:
    # a deadline of other work before the event's name, a past event, a time after no comma: no date
    for said in ("2026年6月底前，完成市级验收。", "2025年，我县通过市级验收。", "2026年10月底前完成验收。"):
        assert CampaignPeriod(said).event_end("验收前", 2026) is None, said


# ---- an event named in a task's own words ---------------------------------------------------------------------------


def test_an_event_the_plan_dates_named_in_a_tasks_words() -> None:
    text = _prose(
        "全省高原美丽城镇建设省级暗访预计于2026年8月开展。",
        "由州城市管理综合执法支队牵头，各县住房和城乡建设局配合，暗访前完成整改。",
        "由州住房和城乡建设局牵头，各县人民政府配合，在省级暗访前全部整改到位。",
    )
    # before: no deadline (only a field named an event)
    assert _deadlines(text) == [("暗访前", "2026-08"), ("省级暗访前", "2026-08")]


def test_an_event_named_in_a_tasks_words_that_the_plan_does_not_date() -> None:
    text = _prose(
        "为迎接暗访，制定本方案。",
        "由州城市管理综合执法支队牵头，暗访前完成整改。",
        "由州商务局牵头，古尔邦节前完成检查。",
    )
    # the festival's words kept, no date (round 63's rule for a field); another event undated: nothing
    assert _deadlines(text) == [(None, None), ("古尔邦节前", None)]


def test_words_before_or_during_that_name_no_event_done_by() -> None:
    assert event_in_words("做好节前准备工作。") is None
    assert event_in_words("古尔邦节期间实行24小时值守。") is None  # the work done during it: no deadline (round 63)
    assert event_in_words("由州商务局牵头，施工前组织技术交底，") is None


def test_an_event_dated_by_wei_or_zai_alone() -> None:
    text = _prose(
        "今年肉孜节为3月20日。据师通知，师级暗访在6月进行。",
        "由团社会事务服务中心牵头，肉孜节前完成第一轮集中清理。",
        "由团社会事务服务中心牵头，确保在暗访前全部投入使用。",
        "由团市场监督管理所牵头，确保在肉孜节前整治到位。",
    )
    # before: no date (为 and 在 alone were no way of dating an event; 确保 before 在 opened no event's clause)
    assert _deadlines(text) == [("肉孜节前", "2026-03-19"), ("暗访前", "2026-06"), ("肉孜节前", "2026-03-19")]


def test_wei_or_zai_after_an_event_that_gives_no_time_of_it() -> None:
    for said in ("县级验收合格率为95%以上。", "暗访在即，各单位要高度重视。", "验收为2026年度重点工作。"):
        assert CampaignPeriod(said).event_end("验收前", 2026) is None, said
        assert CampaignPeriod(said).event_end("暗访前", 2026) is None, said
    assert event_in_words("由州商务局牵头，确保在施工前组织技术交底。") is None

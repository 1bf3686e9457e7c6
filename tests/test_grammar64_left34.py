"""Round 64 (left34): the wordings left33 left unread: an event named inside a clause after its subject and a modal
(各乡镇要在暗访前完成自查整改, 各学校务必于验收前全部到位), an event dated with its time before it and words between
(省里定于2026年8月对各地开展暗访), 地区 as an event's level (地区暗访前), and the Tibetan festivals 雪顿节 and 望果节 with
no month of their own, read by hand before the parser ran (docs/round64_left34.md)."""

from __future__ import annotations

from reformgraph.loaders.date_words import unfixed_festival
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.plan_periods import CampaignPeriod, event_in_words
from tests.support.readings import deadline_readings

_deadlines = deadline_readings  # (words, date) of every task


def _prose(preamble: str, *sentences: str) -> str:
    items = "".join(
        f"{n}.开展第{n}项整改。{s}\n牵头单位：县农业农村局\n配合单位：各乡镇人民政府\n\n"
        for n, s in enumerate(sentences, 1)
    )
    return f"某县迎检问题整改工作方案\n\n{preamble}\n\n一、整改任务\n\n{items}某县农业农村局\n2026年4月20日\n"


# ---- 雪顿节, 望果节: no month of their own -----------------------------------------------------------------------


def test_the_shoton_and_ongkor_festivals_have_no_date_the_plan_does_not_give() -> None:
    # before: 2026年雪顿节前 read as the bare year (2026-12)
    assert [parse_deadline(w, 2026).date for w in ("2026年雪顿节前", "2026年望果节期间", "雪顿节前")] == [None] * 3
    assert unfixed_festival("望果节前") and unfixed_festival("2026年雪顿节期间")


def test_a_date_beside_the_festival_is_still_the_date() -> None:  # guard
    assert parse_deadline("2026年8月底前（雪顿节前）", 2026).date == "2026-08"
    assert not unfixed_festival("2026年8月底前（望果节前）")


# ---- an event inside a clause -----------------------------------------------------------------------------------


def test_an_event_inside_a_clause_after_its_subject() -> None:
    # before: only an event opening its clause (…配合，暗访前完成整改)
    assert event_in_words("建立问题清单，各乡镇要在暗访前完成自查整改。") == "暗访前"
    assert event_in_words("逐校测算，各乡镇（街道）中心学校务必于验收前全部到位。") == "验收前"
    assert event_in_words("各学校在市级验收前完成设备安装调试。") == "市级验收前"


def test_no_event_inside_a_clause_where_none_is_done_by() -> None:  # guards
    assert event_in_words("关于验收前的准备工作。") is None
    assert event_in_words("对各乡镇在验收前发现的问题逐一整改。") is None
    assert event_in_words("各乡镇要做好节前准备。") is None


# ---- an event dated with its time before it, words between --------------------------------------------------------


def test_an_event_dated_before_its_name_with_words_between() -> None:
    # before: only a time after the name (暗访预计于2026年8月开展) or right before it after a comma
    assert CampaignPeriod("省里定于2026年8月对各地开展暗访。").event_end("暗访前", 2026).date == "2026-08"
    period = CampaignPeriod("地区安委会办公室定于2026年9月对各县开展农村安全生产暗访。")
    assert period.event_end("地区暗访前", 2026).date == "2026-09"


def test_work_done_before_the_event_dates_nothing() -> None:  # guards
    assert CampaignPeriod("计划于2026年6月完成整改并开展暗访。").event_end("暗访前", 2026) is None
    assert CampaignPeriod("2026年8月，各地开展自查。省级暗访另行通知。").event_end("暗访前", 2026) is None


def test_a_plan_reads_both_rules_together() -> None:
    text = _prose(
        "根据省农业农村厅通知精神，省里定于2026年8月对各地开展暗访，重点察看农村户厕使用情况。",
        "建立问题清单，各乡镇要在暗访前完成自查整改。",
        "补齐收集设施，相关乡镇务必在省级暗访前全部配备到位。",
        "各乡镇要做好节前准备。",
    )
    assert _deadlines(text) == [("暗访前", "2026-08"), ("省级暗访前", "2026-08"), (None, None)]

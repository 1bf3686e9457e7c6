"""Round 67 (left37): what round 66 left unread: a bare 节后N日, 节日期间 or 节假日期间 in a notice whose title names one
festival, a festival's 假日期间, a count of days after a festival, the lunar festivals' days (their eves and counts
before them: 中秋节前夕, 端午节前10日), and a bureau's section written after its name (docs/loader.md, round 67)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.date_words import LUNAR_DAYS, festival_named
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline, title_festival
from reformgraph.loaders.unit_names import name_run
from tests.support.expected_files import compared
from tests.support.readings import deadline_readings

PLANS = sorted((Path(__file__).parent / "fixtures" / "round67" / "left37").glob("*.expected.json"))


# ---- the lunar festivals' days ------------------------------------------------------------------------------------


def test_the_table_holds_the_well_known_days() -> None:
    # each checked against a second source (zhdate) when written; these by the calendar every office prints
    first = 2020
    assert LUNAR_DAYS["中秋"][2025 - first] == (10, 6) and LUNAR_DAYS["中秋"][2026 - first] == (9, 25)
    assert LUNAR_DAYS["端午"][2025 - first] == (5, 31) and LUNAR_DAYS["端午"][2026 - first] == (6, 19)
    assert LUNAR_DAYS["春节"][2026 - first] == (2, 17) and LUNAR_DAYS["重阳"][2026 - first] == (10, 18)
    assert {len(days) for days in LUNAR_DAYS.values()} == {16}  # 2020 … 2035


def test_a_lunar_festival_s_eve_and_a_count_before_it_are_days() -> None:
    # before: their month (2026-09, 2026-06, 2026-10, 2027-02, 2028-05), or the year alone after 2030
    assert parse_deadline("中秋节前夕", 2026).date == "2026-09-24"
    assert parse_deadline("端午节前夕", 2026).date == "2026-06-18"
    assert parse_deadline("重阳节前夕", 2026).date == "2026-10-17"
    assert parse_deadline("元宵节前夕", 2027, "2027-01-18").date == "2027-02-19"
    assert parse_deadline("端午节前10日", 2028).date == "2028-05-18"
    assert parse_deadline("中秋节前夕", 2031).date == "2031-09-30"  # 中秋 2031 on 1 October


def test_a_lunar_festival_without_a_count_reads_as_before() -> None:  # guards
    assert parse_deadline("端午节前", 2026).date == "2026-06"  # its month, as 春节前 (round 27)
    assert parse_deadline("中秋节期间", 2026).date == "2026-09"
    assert parse_deadline("春节前", 2027, "2027-01-08").date == "2027-02"


# ---- after a festival, and its 假日期间 ------------------------------------------------------------------------------


def test_a_count_of_days_after_a_festival_is_the_month_its_days_off_and_the_count_end_in() -> None:
    # before: no date
    assert parse_deadline("国庆节后3日内", 2026).date == "2026-10"  # 1–7 October off, then 3 days
    assert parse_deadline("春节后7日内", 2027, "2027-01-18").date == "2027-02"  # 6–12 February, then 7 days
    assert parse_deadline("2026年端午节后一周", 2026).date == "2026-06"


def test_a_festival_alone_after_后_is_a_start() -> None:  # guards (round 41: 春节后 is a start)
    assert parse_deadline("春节后", 2026).date is None
    assert parse_deadline("国庆节后", 2026).date is None


def test_a_festival_s_days_off_before_期间_read_as_its_期间() -> None:
    # before: no date
    assert parse_deadline("国庆节假日期间", 2026).date == "2026-10"
    assert parse_deadline("春节假期期间", 2027, "2027-01-18").date == "2027-02"


# ---- a bare 节 under a title naming one festival --------------------------------------------------------------------


def test_bare_words_take_the_festival_named() -> None:
    assert festival_named("节后7日内", "春节") == "春节后7日内"
    assert festival_named("节假日期间", "国庆节") == "国庆节期间"
    assert festival_named("节后", "春节") is None  # a start, no count
    assert festival_named("中秋节前夕", "中秋节") is None  # a festival named already


def test_a_title_names_a_lunar_festival_before_any_words() -> None:
    # before: only before 前 or 期间 (2026年端午节期间), so 端午节假日期间 and 端午节龙舟赛事 named none
    assert title_festival("沅澄市2026年端午节假日期间文化和旅游市场安全工作安排") == "端午节"
    assert title_festival("关于做好2028年端午节龙舟赛事安全保障工作的通知") == "端午节"
    assert title_festival("关于做好2026年中秋国庆“双节”期间安全防范工作的通知") is None  # guard: two festivals


def _notice(title: str, words: str, field: str = "") -> str:
    limit = f"；完成时限：{field}" if field else ""
    return (
        f"某县商务局\n{title}\n\n各乡镇人民政府：\n\n节日临近，现将有关事项通知如下。\n\n"
        f"（一）开展专项检查。{words}（牵头单位：县商务局；配合单位：县市场监督管理局{limit}）\n\n"
        "某县商务局\n2026年9月10日\n"
    )


def test_bare_times_in_a_field_under_a_title_naming_one_festival() -> None:
    # before: no date (节前5日 read from 中秋's month: 2026-09)
    title = "关于做好2026年中秋节期间市场保供稳价工作的通知"
    assert deadline_readings(_notice(title, "对商超开展检查。", "节日期间")) == [("节日期间", "2026-09")]
    assert deadline_readings(_notice(title, "对商超开展检查。", "节后3日内")) == [("节后3日内", "2026-09")]
    assert deadline_readings(_notice(title, "对商超开展检查。", "节前5日")) == [("节前5日", "2026-09-20")]


def test_bare_times_under_a_title_naming_none_or_two_read_as_before() -> None:  # guards
    for title in ("关于做好2026年市场保供稳价工作的通知", "关于做好2026年中秋国庆“双节”期间安全工作的通知"):
        assert deadline_readings(_notice(title, "对商超开展检查。", "节日期间")) == [("节日期间", None)]


def test_a_bare_count_after_the_festival_in_the_words() -> None:
    # before: no date
    found = text_deadline("梳理活动开展情况，节后5日内将工作总结报区民政局。", plan_year=2026, festival="重阳节")
    assert (found.raw, found.date) == ("节后5日内", "2026-10")  # 重阳 (18 October) gives no day off


def test_a_count_after_a_festival_named_and_its_days_off_in_the_words() -> None:
    # before: no date
    found = text_deadline("对景区开展检查，国庆节后3日内完成整改。", plan_year=2026)
    assert (found.raw, found.date) == ("国庆节后3日内", "2026-10")
    found = text_deadline("国庆节假日期间，对景区开展客流监测。", plan_year=2026)
    assert (found.raw, found.date) == ("国庆节假日期间", "2026-10")
    assert text_deadline("春节后开展检查。", plan_year=2026).date is None  # guard: a start


def test_a_bare_节日期间_in_the_words_is_no_deadline() -> None:  # guard: round 57's choice
    words = "科学设置年货临时摊区，春节前夕完成摊区规划和公示，节日期间实行错时执法。"
    found = text_deadline(words, plan_year=2026, document_date="2026-01-10", festival="春节")
    assert (found.raw, found.date) == ("春节前夕", "2026-02-16")
    assert text_deadline("节日期间，在各社区开展敬老活动。", plan_year=2026, festival="重阳节").date is None


# ---- a bureau's section after its name --------------------------------------------------------------------------------


def test_a_section_after_its_bureau_s_name_is_one_unit() -> None:
    # before: 市文化广电旅游局 and 市场管理科 (市场, a market, read as the city's level opening a second name)
    assert name_run("市文化广电旅游局市场管理科") == [0]


def test_a_section_of_a_body_of_its_own_and_two_bodies_still_split() -> None:  # guards
    assert name_run("市民政局市财政局社保科") == [0, 4]
    assert name_run("市发展改革委市财政局市税务局") == [0, 6, 10]


# ---- the plans -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", PLANS, ids=[p.name[:2] for p in PLANS])
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written

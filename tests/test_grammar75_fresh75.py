"""Round 75 fresh75: a fresh set of ten plans in kinds earlier rounds had met little (tests/fixtures/round75/fresh75:
a county's 乡村振兴 考核 list with 分值, 分管领导 and 责任人 columns, a city 督查室's 通报 of lagging tasks with 整改时限
and 简称s, a district's 任务书 of quarterly milestones, a county's workbook of one sheet per 专项, a city's 正面/负面
清单 by department, a 联席会议's member units' duties, a landscape annex table whose header is repeated, a 任务书 of one
block a task with 时间安排 steps, a 防汛 plan's season, holiday and quarter deadlines, and 民生实事 brackets holding a
责任人 field), read by hand before the parser ran. The rules, tested here in words of our own with their guards:

- the eve of a lunar festival is the month of the day before its day (``2028年春节前``: January, the festival on
  26 January 2028), not the festival's usual month;
- a standing body's make-up (``领导小组由A、B等单位组成，A为牵头单位``) is no task;
- a deadline field written as a sentence after a prose task's roles (``由A牵头，B配合。整改时限：…``) is read whole,
  as a field is;
- a season or festival after a later year is that year's (``2027年11月底前…，2028年春节前…``), and in a yearless
  schedule a month before the festival is the plan's year's (``12月底前…；春节前…`` in a November plan).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_measures, plan_unit_lines

from reformgraph.loaders.deadlines import parse_deadline

FOLDER = Path(__file__).parent / "fixtures" / "round75" / "fresh75"


# ---- the eve of a lunar festival ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2028年春节前", "2028-01"),  # 26 January 2028 (before: 2028-02)
        ("2031年春节前完成", "2031-01"),  # 23 January 2031
        ("2033年春节前", "2033-01"),  # 31 January 2033
        ("2020年中秋节前", "2020-09"),  # 1 October 2020: before it is September (before: 2020-10)
    ],
)
def test_a_festival_falling_early_is_due_the_month_before(written: str, date: str) -> None:
    assert parse_deadline(written).date == date


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2027年春节前", "2027-02"),  # 6 February 2027: February as before
        ("2026年春节前", "2026-02"),
        ("2040年春节前", "2040-02"),  # a year the calendar table does not hold: the festival's usual month
        ("2025年端午节前", "2025-05"),  # 31 May 2025
        ("2026年国庆节前", "2026-09-30"),  # a fixed day, as before
    ],
)
def test_other_festivals_eves_as_before(written: str, date: str) -> None:
    assert parse_deadline(written).date == date


def test_a_plans_spring_festival_with_no_year() -> None:
    # a winter plan issued in November 2027: 春节前 is the next festival's, 2028's, on 26 January
    text = (
        "某县2027—2028年冬春根治欠薪行动方案\n\n1．开展欠薪隐患排查。（牵头单位：县人社局；完成时限：春节前）\n\n"
        "某县人民政府办公室\n2027年11月20日\n"
    )
    assert [(m[3], m[4]) for m in plan_measures(text)] == [("春节前", "2028-01")]


# ---- a season after a later year -------------------------------------------------------------------------------------


def test_a_festival_after_a_later_year() -> None:
    # before: the season was dropped whenever a month came anywhere before it, so the bare later year stood (2028-12)
    assert parse_deadline("2027年11月底前完成排查，2028年春节前完成清零").date == "2028-01"
    assert parse_deadline("2026年10月底前完成摸底；2027年汛期前完成整治").date == "2027-05"


def test_a_yearless_schedule_across_the_new_year() -> None:
    # before: the next festival's year went before the whole field, so 12月 read a year late (2028-12)
    assert parse_deadline("12月底前建立台账；春节前全部清零", 2027, "2027-11-10").date == "2028-01"
    assert parse_deadline("于12月20日前完成摸底，春节前兑付到位", 2027, "2027-11-10").date == "2028-01"


def test_seasons_after_a_month_of_their_year_as_before() -> None:
    # guards: a season after a month of the same year is that month's (round 38); a festival alone; the festival first
    assert parse_deadline("2026年6月底前（汛期前完成）").date == "2026-06"
    assert parse_deadline("春节前", 2027, "2027-11-10").date == "2028-01"
    assert parse_deadline("春节前完成；12月底前完成", 2027, "2027-11-10").date == "2028-12"


# ---- a standing body's make-up --------------------------------------------------------------------------------------


_DUTIES = "三、成员单位职责\n县民政局：负责日常工作。\n县教育局：负责校园安全。\n"


def test_a_bodys_make_up_is_no_task() -> None:
    # before: the sentence read as a task led by the unit named 牵头单位 in it
    for members in (
        "联席会议由县民政局、县教育局、县公安局等单位组成，县民政局为牵头单位。",
        "领导小组由县政府办、县财政局、县民政局组成，县民政局为牵头单位，办公室设在县民政局。",
        "工作专班成员单位由县发改局、县住建局等部门组成，县发改局为牵头单位。",
    ):
        text = "某县工作协调机制\n\n一、组成\n" + members + "\n" + _DUTIES
        assert plan_unit_lines(text) == [(6, ["县民政局"], []), (7, ["县教育局"], [])], members


def test_a_task_setting_up_a_body_as_before() -> None:
    # guards: a task setting up a body whose lead and members it names (组成的); 为牵头单位 inside a task
    text = (
        "某县工作方案\n\n一、重点任务\n1．建立工作专班。成立由县发改局牵头、县财政局等部门组成的工作专班，统筹推进。\n"
        "2．推进社区养老。县民政局为牵头单位，县财政局为配合单位。\n"
    )
    assert plan_unit_lines(text) == [(4, ["县发改局"], ["县财政局"]), (5, ["县民政局"], ["县财政局"])]


# ---- a deadline field written as a sentence after prose roles ---------------------------------------------------------


def _deadline(sentences: str) -> tuple:
    text = "某区督查通报\n\n1．背街小巷整治。由区城管局牵头，区住建局配合，" + sentences + "\n"
    [(_, leads, supports, raw, date, status)] = plan_measures(text)
    assert (leads, supports) == (["区城管局"], ["区住建局"])
    return raw, date, status


def test_a_deadline_sentence_after_prose_roles() -> None:
    # before: the date its words held alone (its closing note lost), or nothing for words with no date
    assert _deadline("加快推进。整改时限：2027年10月底前（已完成）。") == (
        "2027年10月底前（已完成）",
        "2027-10",
        "done",
    )
    assert _deadline("加快推进。整改时限：2027年10月底前（每月通报进度）。")[:2] == (
        "2027年10月底前（每月通报进度）",
        "2027-10",
    )
    assert _deadline("加快推进。办结时限：立行立改。")[0] == "立行立改"
    assert _deadline("加快推进。时间安排：一季度完成摸底；三季度完成整治。")[0] == "一季度完成摸底；三季度完成整治"


def test_prose_deadlines_as_before() -> None:
    # guards: a field naming no time leaves the date the sentences hold; a label's word with no colon is no field
    assert _deadline("2027年9月底前完成。时限要求：严格按期完成。")[:2] == ("2027年9月底前完成", "2027-09")
    assert _deadline("2027年9月底前完成。时限要压茬推进。")[:2] == ("2027年9月底前完成", "2027-09")
    assert _deadline("2027年9月底前完成。")[:2] == ("2027年9月底前完成", "2027-09")
    # a field holding the year's target is no time (round 52)
    assert _deadline("加快推进。完成时限：2027年新增背街小巷整治40条。") == (None, None, None)


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written

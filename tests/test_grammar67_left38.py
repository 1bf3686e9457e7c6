"""Round 67 (left38): what round 67's helpers left unread: a pace written 每季末 or 一X一 (一季一通报) in a task's own
words, 汛前 as the work's object (开展汛前隐患排查整治), the first quarters of a year counted (2026年前两个季度), and a
count after a festival named without 节 (国庆后一周内) in the words (docs/loader.md, round 67)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.expected_files import compared

PLANS = sorted((Path(__file__).parent / "fixtures" / "round67" / "left38").glob("*.expected.json"))


def _reading(text: str, plan_year: int = 2026) -> tuple[str | None, str | None]:
    """A task's words' deadline as (date, status)."""
    found = text_deadline(text, plan_year=plan_year)
    return found.date, found.status


# ---- a pace in a task's own words -------------------------------------------------------------------------------


def test_a_pace_opening_a_measure_is_ongoing() -> None:
    # before: no status (the words read only 每月, 每季度, 按月 …; fresh34 read these in a field)
    assert _reading("实行投资进度通报。一季一通报重大项目投资完成情况，通报结果抄送市政府督查室。") == (None, "ongoing")
    assert _reading("报送项目储备情况。各区每季末报送新谋划储备项目清单。") == (None, "ongoing")
    assert _reading("各村（社区）每季末报送隐患排查整治进展，镇应急管理办公室汇总后报区应急管理局。") == (
        None,
        "ongoing",
    )
    assert _reading("一月一调度项目进展，协调解决困难问题。") == (None, "ongoing")


def test_a_pace_in_a_later_sentence_is_the_step_s() -> None:
    # held-out 51/52's rule (round 66): recurring words after the first sentence (or the one after a short title)
    # are a step's, no status of the task
    assert _reading("加快项目前期工作。推动储备项目完成前期手续，提高项目成熟度。各区每季末报送前期工作进展情况。") == (
        None,
        None,
    )
    assert _reading("推进竣工投产。2026年11月底前完成验收。竣工情况一季一通报。") == ("2026-11", "scheduled")


def test_a_date_written_with_one_is_no_pace() -> None:
    assert _reading("2027年一月一日起施行新标准。") != (None, "ongoing")
    assert _reading("一季末完成首批验收。")[1] != "ongoing"


# ---- 汛前 as the work's object ----------------------------------------------------------------------------------


def test_a_flood_season_after_a_verb_names_the_work() -> None:
    # before: May of the plan's year (2026-05)
    assert _reading("储备防汛物资。开展汛前防汛物资清查，补充编织袋。") == (None, None)
    assert _reading("对山塘开展汛前隐患排查整治，建立整改台账。") == (None, None)
    assert _reading("组织汛前检查，督促整改。") == (None, None)
    # 纳入汛前…范围: 纳入's 入 is no 入汛前 (before: 入汛前 read, the latest of it and the day its month, 2026-05)
    assert _reading("将危险区纳入汛前隐患排查整治范围，2026年5月20日前完成检修。") == ("2026-05-20", "scheduled")


def test_a_flood_season_before_the_work_is_its_time() -> None:
    assert _reading("修订预案。汛前完成修订并报备案。") == ("2026-05", "scheduled")
    assert text_deadline("对山塘开展隐患排查整治，入汛前完成整改。", plan_year=2026).date == "2026-05"
    assert _reading("做好准备工作，主汛期前完成。") == ("2026-05", "scheduled")
    assert parse_deadline("2026年汛前", 2026).date == "2026-05"


# ---- the first quarters of a year counted -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "date"),
    [
        ("2026年前两个季度", "2026-06"),  # before: 2026-12
        ("2026年前两季度", "2026-06"),
        ("2026年前三个季度", "2026-09"),
        ("2026年前2个季度", "2026-06"),
        ("前三季度", "2026-09"),  # before: no date
    ],
)
def test_the_first_quarters_end_with_the_last_one(field: str, date: str) -> None:
    assert parse_deadline(field, 2026).date == date


def test_the_first_quarters_in_the_words() -> None:
    assert _reading("推动企业开展创建，2026年前两个季度完成10家企业达标创建。") == ("2026-06", "scheduled")
    assert _reading("2026年前三个季度完成全镇排查。") == ("2026-09", "scheduled")


def test_other_quarters_and_years_read_as_before() -> None:
    assert parse_deadline("2026年上半年", 2026).date == "2026-06"
    assert parse_deadline("2026年三季度", 2026).date == "2026-09"
    assert parse_deadline("2026年前", 2026).date == "2026-12"
    assert _reading("全县前三季度累计完成投资50亿元。") == (None, None)


# ---- a count after a festival named without 节, in the words -----------------------------------------------------


def test_a_count_after_a_festival_without_its_jie() -> None:
    # before: no date in the words (the cheap test looked for 节后 only); a field read them since left37
    assert _reading("活动结束后，国庆后一周内将活动总结报区商务局。") == ("2026-10", "scheduled")
    assert _reading("对重点监测企业开展销售数据日报，国庆后5日内完成分析。") == ("2026-10", "scheduled")
    assert _reading("汇总客流量数据，五一后3日内报送区商务局。") == ("2026-05", "scheduled")
    assert parse_deadline("五一后3日内", 2026).date == "2026-05"


def test_a_festival_and_hou_alone_is_no_date() -> None:
    assert _reading("国庆后组织开展回头看。") == (None, None)
    assert _reading("汇总后报区商务局。") == (None, None)


@pytest.mark.parametrize("expected_path", PLANS, ids=[p.name[:2] for p in PLANS])
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # the deadline's raw words aside, as tests/test_round_plans.py compares (the readers choose different spans)
    read, written = compared(expected_path)
    assert [t[:4] + t[5:] for t in read] == [t[:4] + t[5:] for t in written]

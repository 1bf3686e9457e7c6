"""Round 68 (left39): what round 67 left unread: 一年一度 (a yearly pace), the first quarters counted after a year
named in words (今年前两个季度), 汛前 after 抓好/落实/抓实 and a festival's 前 after a verb (开展春节前走访慰问: the work's
name, no time), and a count after any festival the words name without 节 (重阳后3日内, 元宵后5日内) (docs/loader.md,
round 68)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.expected_files import compared, hand_read_cases

PLANS = Path(__file__).parent / "fixtures" / "round68" / "left39"


def _reading(text: str, plan_year: int = 2026, document_date: str | None = None) -> tuple[str | None, str | None]:
    """A task's words' deadline as (date, status)."""
    found = text_deadline(text, plan_year=plan_year, document_date=document_date)
    return found.date, found.status


# ---- 一年一度: a yearly pace ------------------------------------------------------------------------------------


def test_a_yearly_pace_is_ongoing_and_read_whole() -> None:
    # before: ongoing already (round 67's 一X一), its raw words 一年一
    found = text_deadline("举办一年一度的“岚桥敬老节”文艺汇演。", plan_year=2026)
    assert (found.raw, found.date, found.status) == ("一年一度", None, "ongoing")
    assert _reading("办好集中开工活动。精心筹备一年一度的重大项目集中开工活动。") == (None, "ongoing")
    assert parse_deadline("一年一度", 2026).status == "ongoing"


def test_a_day_written_with_one_is_still_no_pace() -> None:
    assert _reading("2027年一月一日起施行新标准。") != (None, "ongoing")
    assert _reading("推进竣工投产。2026年11月底前完成验收。竣工情况一年一度通报。") == ("2026-11", "scheduled")


# ---- the first quarters counted after a year named in words ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("加快项目开工建设。今年前两个季度实现省市重点项目全部开工。", "2026-06"),  # before: no date
        ("统筹用地指标，今年前三个季度完成年度用地报批任务。", "2026-09"),
        ("督促项目单位加快建设，今年前三季度完成债券资金支出80%以上。", "2026-09"),
        ("谋划储备一批2027年重点项目，明年前两个季度完成前期工作。", "2027-06"),
        ("本年度前两季度完成首批复核。", "2026-06"),
    ],
)
def test_the_first_quarters_after_a_named_year(text: str, date: str) -> None:
    assert _reading(text) == (date, "scheduled")


def test_quarters_with_no_year_named_read_as_before() -> None:
    assert _reading("全县前三季度累计完成投资50亿元。") == (None, None)  # a figure's period (round 67)
    assert _reading("推动企业开展创建，2026年前两个季度完成10家企业达标创建。") == ("2026-06", "scheduled")
    assert _reading("于今年三季度末前完成迁移。") == ("2026-09", "scheduled")  # round 40
    assert _reading("每季度末报送进展。")[0] is None


# ---- a season's or festival's 前 after a verb names the work -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "抓好汛前隐患排查整治，建立隐患清单。",  # before: 2026-05
        "落实汛前各项准备工作，修订完善应急预案。",
        "抓好汛前清淤疏浚，确保排水畅通。",
        "认真开展春节前走访慰问，走访慰问困难党员。",  # before: the festival's month
        "开展重阳节前登山步道安全巡查，及时设置警示标识。",
        "组织开展重阳节前走访慰问，发放慰问金。",
        "开展春节前夕走访慰问活动，发放慰问品。",  # its eve so (before: 2026-02-16)
        "纳入汛前隐患整治范围，建立台账。",  # round 67's 纳入 at the text's start (入汛前 one character in)
    ],
)
def test_a_time_of_year_opening_a_verb_s_object_names_the_work(text: str) -> None:
    assert _reading(text, document_date="2026-03-01") == (None, None)


def test_the_work_s_name_leaves_the_step_s_time() -> None:
    assert _reading("落实汛前各项准备工作。组织开展演练，5月15日前完成预案修订。") == ("2026-05-15", "scheduled")
    assert _reading("抓实汛前山洪灾害防御。对设施开展检修，汛前完成全部检修。") == ("2026-05", "scheduled")
    # round 43's 开展春节前市容环境集中整治。…春节前完成。: the second, once (raw 春节前；春节前 before)
    found = text_deadline(
        "开展春节前市容环境集中整治，重点整治背街小巷。春节前完成。", plan_year=2025, document_date="2025-01-06"
    )
    assert (found.raw, found.date) == ("春节前", "2025-01")  # round 75: 2025's festival on 29 January


def test_a_time_of_year_opening_its_clause_is_its_time() -> None:
    assert _reading("修订预案。汛前完成修订并报备案。") == ("2026-05", "scheduled")
    assert _reading("对山塘开展隐患排查整治，入汛前完成整改。") == ("2026-05", "scheduled")
    assert _reading("对商超开展检查，春节前完成全覆盖检查。", 2027, "2027-01-10") == ("2027-02", "scheduled")
    assert _reading("对景区开展检查，国庆节前完成整改。") == ("2026-09-30", "scheduled")
    assert _reading("对困难群众开展走访，春节前夕完成慰问。", 2026, "2026-01-05") == ("2026-02-16", "scheduled")
    assert _reading("中秋节前夕完成慰问。") == ("2026-09-24", "scheduled")
    # a verb before the festival but no noun after its 前: a time, not an object
    assert _reading("各村开展排查，落实春节前，完成整改。", 2027, "2027-01-10") == ("2027-02", "scheduled")


def test_other_verbs_before_a_festival_read_as_before() -> None:
    # (加强春节前市场供应 kept its month here until round 69 left40 read 加强, 强化, 部署 as opening the work's object)
    assert _reading("保障春节前市场供应，稳定节日消费。", 2027, "2027-01-10") == ("2027-02", "scheduled")


# ---- a count after a festival the words name without 节 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plan_year", "date"),
    [
        ("各乡镇汇总敬老活动开展情况，重阳后3日内报县民政局。", 2026, "2026-10"),  # before: no date
        ("组织重阳登高健身活动，重阳后3日内报送活动总结。", 2026, "2026-10"),
        ("汇总灯会安保情况，元宵后5日内报镇政府。", 2027, "2027-02"),  # 元宵 2027-02-20, no day off
        ("汇总端午假期旅游接待数据，端午后3日内报市政府。", 2026, "2026-06"),  # read since round 67
        ("汇总客流量数据，五一后3日内报送区商务局。", 2026, "2026-05"),  # round 67 left38
    ],
)
def test_a_count_after_any_festival_without_its_jie(text: str, plan_year: int, date: str) -> None:
    assert _reading(text, plan_year) == (date, "scheduled")


def test_a_festival_and_hou_alone_is_still_no_date() -> None:
    assert _reading("端午后组织开展回头看。") == (None, None)
    assert _reading("重阳后开展总结。") == (None, None)
    assert _reading("汇总后报区商务局。") == (None, None)
    assert _reading("今后每年举办。")[0] is None


# ---- the plans ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(PLANS))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written  # the raw words too

"""Round 69 (left40): what round 68 left unread (docs/loader.md, round 68's "Left" lines): collectives of the plan's
own units as a list's bodies (各有关单位, 各成员单位, 各责任单位), a season's or festival's 前 after 加强/强化/部署 (the
work's name), a count after 七一, 十一 and 劳动节 in the words, the whole of a season in a field (整个采暖季), the doers
after the guidance they work under with no role verb (在A指导下，B建立…), and a half year a verb's object opens
(完成上半年巡查); the plans of tests/fixtures/round69/left40 read whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.readings import lines_and_roles

from reformgraph.loaders.date_words import whole_as_during
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.prose import read_prose
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.expected_files import compared, hand_read_cases

PLANS = Path(__file__).parent / "fixtures" / "round69" / "left40"
_HEAD = "某县安全生产工作意见\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body + "\n")


def _reading(text: str, plan_year: int = 2026, document_date: str | None = None) -> tuple[str | None, str | None]:
    """A task's words' deadline as (date, status)."""
    found = text_deadline(text, plan_year=plan_year, document_date=document_date)
    return found.date, found.status


# ---- the plan's own units as a whole, a list's bodies ------------------------------------------------------------

_BY_BODY = "二、压实各方责任\n\n（一）县应急管理局要组织开展巡查考核。\n\n（二）{second}要按照要求落实责任。\n\n（三）各乡镇人民政府要落实属地管理责任。"


@pytest.mark.parametrize("collective", ["各成员单位", "各责任单位", "各有关单位", "县安委会各成员单位", "各单位"])
def test_the_plan_s_own_units_divide_a_list_by_body(collective: str):
    # before: the collective's item gave no task (the bureau's and the governments' read as subjects already)
    assert _read(_BY_BODY.format(second=collective)) == [
        (5, ["县应急管理局"], []),
        (7, [collective], []),
        (9, ["各乡镇人民政府"], []),
    ]


@pytest.mark.parametrize("actors", ["各生产经营单位", "相关单位", "各施工单位"])
def test_kinds_of_actor_still_divide_no_list(actors: str):
    # a kind of actor (market actors, 相关单位) is no body of the plan's: its item no task, as before
    assert _read(_BY_BODY.format(second=actors)) == [(5, ["县应急管理局"], []), (9, ["各乡镇人民政府"], [])]


def test_a_titled_point_s_exhortation_by_the_plan_s_units_is_no_task():
    body = "四、保障措施\n\n（一）加强组织领导。各有关单位要高度重视。\n\n（二）强化督查问责。各成员单位要加强督查。"
    assert _read(body) == []


# ---- a season's or festival's 前 after 加强, 强化, 部署: the work's name ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "加强国庆前廉政提醒。向党员干部发送廉洁过节提醒。",  # before: 2026-09-30
        "部署汛前应急演练，组织开展山洪灾害避险转移演练。",  # before: 2026-05
        "强化汛前物资储备，补充编织袋等防汛物资。",
        "强化主汛期前水文测报设施维护。",
        "加强春节前市场供应，保障节日消费。",  # round 68 left39 kept its month (a verb not weighed then)
    ],
)
def test_a_time_of_year_after_strengthening_or_deploying_names_the_work(text: str):
    assert _reading(text, document_date="2026-03-01") == (None, None)


def test_the_work_s_name_leaves_its_time_and_other_verbs():
    assert _reading("部署国庆前安全检查。组织各机关开展自查，十一前完成全部自查整改。") == ("2026-09-30", "scheduled")
    assert _reading("加强隐患排查，汛前完成整改。") == ("2026-05", "scheduled")  # 汛前 opening its clause
    assert _reading("保障春节前市场供应。", 2027, "2027-01-10") == ("2027-02", "scheduled")  # a verb not listed
    assert _reading("加强春节前，完成整改。", 2027, "2027-01-10") == ("2027-02", "scheduled")  # no noun after 前


# ---- a count after 七一, 十一, 劳动节 in the words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("各机关党组织于十一后5日内报送值班情况。", "十一后5日内", "2026-10"),  # 7 October +5; before: none
        ("活动结束后，七一后3日内报送活动开展情况。", "七一后3日内", "2026-07"),
        ("劳动节后3日内报送慰问名单。", "劳动节后3日内", "2026-05"),  # 5 May +3
        ("在七一前组织开展主题党日活动，七一后3日内报送情况。", "七一前；七一后3日内", "2026-07"),
    ],
)
def test_a_count_after_a_day_written_as_numbers(text: str, raw: str, date: str):
    found = text_deadline(text, plan_year=2026)
    assert (found.raw, found.date, found.status) == (raw, date, "scheduled")


def test_numbers_after_which_no_count_follows_are_still_no_day():
    assert _reading("十一后开展总结。") == (None, None)
    assert _reading("第十一条后的附则。") == (None, None)
    assert _reading("七一路后段改造。") == (None, None)
    assert _reading("十一前完成自查整改。") == ("2026-09-30", "scheduled")  # read since round 52


# ---- the whole of a season in a field ----------------------------------------------------------------------------


def test_the_whole_of_a_season_is_its_time_during():
    assert whole_as_during("整个采暖季") == "采暖季期间"
    # before: 整个采暖季 no date; 采暖季期间 read since round 56
    assert (parse_deadline("整个采暖季", 2026).date, parse_deadline("采暖季期间", 2026).date) == ("2027-03", "2027-03")
    assert parse_deadline("整个暑假", 2026).date == "2026-08"
    # a holiday's days off (07, written after the rule: 整个国庆假期 read no date until then)
    assert parse_deadline("整个国庆假期", 2026).date == parse_deadline("国庆假期期间", 2026).date == "2026-10"
    assert parse_deadline("整个工作假期", 2026).date is None
    assert parse_deadline("整个汛期", 2026).status == "ongoing"  # 汛期期间 ongoing, as before
    assert parse_deadline("整个活动期间", 2026).date is None  # no season
    # in the words a season's time is the practice's (round 40, 57): no deadline, as before
    assert _reading("在整个采暖季为其提供取暖补助。") == (None, None)


# ---- the doers after the guidance they work under, with no role verb --------------------------------------------


def _roles(text: str) -> list[tuple[str, str]] | None:
    found = read_prose(text, 0, len(text))
    return None if found is None else [(u.name, u.role) for u in found.units]


def test_doers_under_a_named_guide_support_it():
    # before: no task (no role verb after the guidance)
    text = "在区民政局指导下，各街道办事处建立业主委员会履职评价机制，2026年12月底前完成首轮评价。"
    assert _roles(text) == [("区民政局", "lead"), ("各街道办事处", "support")]
    text = "在县教育局指导下，县疾控中心开展学校传染病防控培训。"
    assert _roles(text) == [("县教育局", "lead"), ("县疾控中心", "support")]


def test_guidance_with_no_named_guide_or_doer_is_no_task():
    assert _roles("在专家指导下，各街道办事处建立评价机制。") is None
    assert _roles("在区民政局指导下，建立业主委员会履职评价机制。") is None
    assert _roles("在区民政局指导下，物业公司建立履职评价机制。") is None  # a neighbourhood actor written bare
    assert _roles("在区民政局指导下，相关企业建立评价机制。") is None  # market actors
    # with a role verb, as round 57 reads it
    assert _roles("在区民政局指导下，各街道办事处负责建立评价机制。") == [
        ("区民政局", "lead"),
        ("各街道办事处", "support"),
    ]


# ---- a half year a verb's object opens ---------------------------------------------------------------------------


def test_a_half_year_after_a_verb_names_the_work():
    found = text_deadline("县应急管理局要组织开展巡查考核，2026年6月底前完成上半年巡查。", plan_year=2026)
    assert (found.raw, found.date) == ("2026年6月底前", "2026-06")  # before: 2026年6月底前；上半年
    assert _reading("完成上半年巡查。") == (None, None)
    assert _reading("开展下半年督查，年底前完成。") == ("2026-12", "scheduled")


def test_a_half_year_as_a_time_reads_as_before():
    assert _reading("力争上半年完成改造。") == ("2026-06", "scheduled")
    assert _reading("于下半年开展督查。") == ("2026-12", "scheduled")
    assert _reading("2026年上半年完成全部改造。") == ("2026-06", "scheduled")


# ---- the plans ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(PLANS))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written  # the raw words too

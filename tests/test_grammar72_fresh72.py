"""Round 72 fresh72: a fresh set of ten plans in kinds earlier rounds had met little (tests/fixtures/round72/fresh72:
a county 任务分工表 .docx with 牵头领导 and 责任科室 beside 牵头单位, a 街道's tasks listed under each office, a city 督查督办
台账 .xlsx with 牵头单位 merged down and a 办理情况 column, a county plan with `责任单位：A（牵头）、B、C` on a line under each
task, a province's annex with ticked quarters, a district's and a town's 专项整治 whose phases' dates are their tasks'
deadlines, a city plan naming units by abbreviation beside their full names, a county 巡察整改 清单 .docx, and a 区城管局
plan written after the rules), read by hand before the parser ran. The rules, tested here in words of our own with
their guards:

- a partner after 会同 ends at a campaign's verb (``会同市场监管所规范…``, ``整治``, ``排查``, ``清理``), as at 做好;
- a 督查督办 台账's 办理情况 column (and field) is a progress report: its ``已办结`` / ``已完成`` marks the task done;
- 常态 naming the mechanism or system a task builds (``建立…常态管理机制``, ``常态化处置制度``) is no time of the task;
- a stage's time after a colon (``（四）总结验收阶段：2026年12月``) is its tasks' deadline, as in brackets;
- a heading giving a unit the items under it (``（二）社区建设办公室负责以下工作：``) leads them, as ``（二）社区建设办公室``;
- an office's name and a colon alone, unnumbered (``党政办：``), over numbered items leads them, as ``（一）党政办：``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_unit_lines_dated, sheet_document

from reformgraph.loaders.vocab import names_progress_column

FOLDER = Path(__file__).parent / "fixtures" / "round72" / "fresh72"


def _office_items(items: str, heading: str = "（二）城市管理办公室：") -> list[tuple]:
    return plan_unit_lines_dated(f"某街道2026年工作任务分解\n\n二、任务分解\n{heading}\n{items}\n")


# ---- partners after 会同 ---------------------------------------------------------------------------------------------


def test_a_partner_ends_at_a_campaigns_verb() -> None:
    # before: 市场监管所规范… read as no unit, the partner lost
    assert _office_items("1.负责市容整治，会同市场监管所规范占道经营行为。") == [
        (5, ["城市管理办公室"], ["市场监管所"], None, None)
    ]
    assert _office_items("1.负责道路修复，会同区城运中心排查窨井盖隐患。")[0][2] == ["区城运中心"]
    assert _office_items("1.依法查处占道经营，会同公安清澄分局清理僵尸车。")[0][2] == ["公安清澄分局"]
    assert _office_items("1.会同区市场监管局整治门前三包问题。")[0][2] == ["区市场监管局"]


def test_a_partner_whose_name_holds_the_verb_stays_whole() -> None:
    # guards: the longest list of names wins (as 建设局 before 建设, round 40)
    assert _office_items("1.负责市容整治，会同市容环境整治办公室开展检查。")[0][2] == ["市容环境整治办公室"]
    assert _office_items("1.负责市容整治，会同县清理整顿办公室开展检查。")[0][2] == ["县清理整顿办公室"]
    assert _office_items("1.负责市容整治，会同市场监管所做好占道经营治理。")[0][2] == ["市场监管所"]


# ---- a 办理情况 column ----------------------------------------------------------------------------------------------


def _ledger(progress: str, column: str = "办理情况") -> list[tuple]:
    doc = sheet_document(
        ["序号", "督办事项", "牵头单位", "完成时限", column],
        ["1", "修复滨江步道护栏", "市政设施科", "2026年4月底前", progress],
    )
    return [(m.deadline.date, m.deadline.status) for w in doc.workplans for m in w.measures]


def test_a_handling_column_reports_progress() -> None:
    assert names_progress_column("办理情况")
    # before: the column was none of the table's, the task scheduled
    assert _ledger("已办结") == [("2026-04", "done")]
    assert _ledger("已完成") == [("2026-04", "done")]


def test_a_handling_columns_steps_are_not_done() -> None:
    # guards: a step of the work reported, as a 进展情况 column's (round 42)
    assert _ledger("已完成招标，正在施工") == [("2026-04", "scheduled")]
    assert _ledger("正在推进") == [("2026-04", "scheduled")]
    assert _ledger("已办结", "进展情况") == [("2026-04", "done")]
    assert _ledger("已办结", "办理进度") == [("2026-04", "done")]
    assert _ledger("已办结", "办理结果") == [("2026-04", "done")]
    assert _ledger("已办结", "时间进度") == [("2026-04", "scheduled")]  # a schedule's column, no report (round 24)


# ---- 常态 naming a system ------------------------------------------------------------------------------------------


def _deadline(words: str) -> tuple:
    rows = plan_unit_lines_dated(f"某县2026年工作方案\n\n（一）县城管局负责{words}\n")
    return rows[0][3:]


def test_a_regular_mechanism_built_is_no_time() -> None:
    # before: ongoing (常态管理 read as the work's pace)
    assert _deadline("建立网格化常态管理机制。") == (None, None)
    assert _deadline("建立问题常态化处置制度。") == (None, None)
    assert _deadline("健全常态化监管体系。") == (None, None)


def test_regular_work_goes_on_as_before() -> None:
    # guards: 常态化 pacing the work (round 59 and the real corpus)
    assert _deadline("常态化开展巡查。") == (None, "ongoing")
    assert _deadline("落实住宅小区常态化管理巡查。") == (None, "ongoing")
    assert _deadline("建立常态化巡查机制（长期坚持）。") == (None, "ongoing")
    assert _deadline("建立常态管理机制，2026年6月底前完成。") == ("2026-06", "scheduled")


# ---- a stage's time after a colon -----------------------------------------------------------------------------------


def _stages(*lines: str) -> list[tuple]:
    text = "某区专项整治工作方案\n\n二、整治步骤\n" + "\n".join(lines) + "\n\n某区人民政府\n2026年3月20日\n"
    return [(line, date) for line, _, _, date, _ in plan_unit_lines_dated(text)]


def test_a_stages_time_after_a_colon_is_its_tasks_deadline() -> None:
    # before: no deadline (the time was read in brackets only)
    assert _stages("（四）总结验收阶段：2026年12月", "1.开展总结验收。责任单位：区城管局。") == [(5, "2026-12")]
    assert _stages("（二）集中整治阶段：2026年4月16日—8月31日", "1.开展排查。责任单位：区城管局。") == [
        (5, "2026-08-31")
    ]
    assert _stages("第三阶段：2026年9月—11月", "1.建立长效机制。责任单位：区城管局。") == [(5, "2026-11")]


def test_stages_as_before() -> None:
    # guards: in brackets (round 39); a stage named after a colon and no time; a task's own date wins
    assert _stages("（一）动员部署阶段（4月1日—4月15日）", "1.制定方案。责任单位：区城管局。") == [(5, "2026-04-15")]
    assert _stages("第一阶段：宣传发动", "1.开展宣传。责任单位：区城管局。") == [(5, None)]
    assert _stages("（四）总结验收阶段：2026年12月", "1.开展总结。责任单位：区城管局，2026年11月底前完成。") == [
        (5, "2026-11")
    ]
    assert _stages(
        "（四）总结验收阶段：2026年12月",
        "1.开展验收。责任单位：区城管局。",
        "（五）长效管理阶段",
        "2.开展巡查。责任单位：区城管局。",
    ) == [(5, "2026-12"), (7, None)]


# ---- a heading giving a unit its items ------------------------------------------------------------------------------


def test_a_heading_giving_a_unit_the_items_below_leads_them() -> None:
    # before: the heading a task of its own, its items none
    assert _office_items(
        "1.指导各社区完善文明实践站建设。\n2.组织志愿服务活动，每月一次。", "（二）社区建设办公室负责以下工作："
    ) == [
        (5, ["社区建设办公室"], [], None, None),
        (6, ["社区建设办公室"], [], None, "ongoing"),
    ]
    assert _office_items("1.开展消防排查，会同派出所清理隐患。", "（三）平安办负责：") == [
        (5, ["平安办"], ["派出所"], None, None)
    ]


def test_a_units_duty_on_its_heading_line_as_before() -> None:
    # guards: a heading holding its duty (no items under it) stays its task; an item's own lead stays its own
    assert _office_items("", "（二）县财政局负责统筹资金保障。") == [(4, ["县财政局"], [], None, None)]
    # (its heading, leading no item, stays a task of its own, as before)
    assert _office_items("1.县教育局负责开展宣传。", "（三）平安办负责以下工作：") == [
        (4, ["平安办"], [], None, None),
        (5, ["县教育局"], [], None, None),
    ]


def test_an_unnumbered_office_and_a_colon_leads_the_items_below() -> None:
    # before: no task (the line no heading, its items naming no unit)
    text = (
        "某街道2026年工作任务分解\n\n一、任务分解\n党政办：\n1.负责统筹协调，每月召开一次推进会。\n"
        "2.做好信息报送，2026年10月底前完成。\n城市管理办公室：\n1.负责市容整治，会同市场监管所规范经营。\n"
        "二、工作要求\n各科室要明确专人负责。\n"
    )
    assert plan_unit_lines_dated(text) == [
        (5, ["党政办"], [], None, "ongoing"),
        (6, ["党政办"], [], "2026-10", "scheduled"),
        (8, ["城市管理办公室"], ["市场监管所"], None, None),
    ]


def test_a_fields_label_and_a_colon_over_items_as_before() -> None:
    # guards: a label over points (工作措施：, round 61) names no unit; a unit's colon over a sentence is its duty
    assert plan_unit_lines_dated(
        "某县2026年方案\n\n一、任务\n工作措施：\n1.加强领导。\n2.县财政局负责保障资金。\n"
    ) == [(6, ["县财政局"], [], None, None)]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]

"""Round 78 fresh78: a fresh set of ten plans in forms and kinds earlier fresh sets had met little
(tests/fixtures/round78/fresh78: a 区政府 portal's page whose task table is ``<div>``s and ``<p>``s, a Word table whose
责任单位 header spans its 牵头单位 and 配合单位 sub-columns, a workbook whose rows are grouped under merged 领域 cells and
whose 责任单位 cell holds ``牵头：`` / ``配合：`` lines, an OA system's .csv export numbered ``1`` / ``1.1`` / ``1.1.1``
with a 任务状态 column, a 常务会议纪要's decisions ``由A负责，B配合，…前完成``, a 工作要点 closing each task with
``（责任领导：post；责任单位：…）``, a 实施方案 with tasks under stages of month ranges, a GBK text with its units in
``【A牵头，B配合，…】``, a notice whose only units are collectives, and a province's 主责单位 / 协同单位 清单), read by hand
before the parser ran. The rules, tested here in words of our own with their guards:

- a column named with the work's word and a status's (``任务状态``, ``事项办理情况``) reports the rows' progress: its
  ``已完成`` marks the task done (before, the column was a second task column and its words were lost);
- in a table numbered as an outline, a row numbered ``1.1`` over rows ``1.1.1``, ``1.1.2`` with no unit and no time of
  its own heads them, no task (before, it took the units of the row above, as a merged cell lost in a .csv gives them);
- a clause of 由, a collective of departments and the role alone (``由相关职能部门负责，持续开展。``) assigns the item to
  them, as ``（相关职能部门负责）`` does (before, collectives alone in prose made no task: round 38's choice, kept for
  every other clause);
- 需 before what is needed (``整治所需经费由…``) is no modal, so the words before it (``整治所``, ending as a 派出所 does)
  are no subject (found by 12, a fresh check written after the rules: the base read a false task of 整治所).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_measures, plan_unit_lines

FOLDER = Path(__file__).parent / "fixtures" / "round78" / "fresh78"


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


# ---- a status column named with the work's word -------------------------------------------------------------------


def _table(header: str, *rows: str) -> str:
    cells = header.count("|") - 1
    return f"# 某区任务分解表\n\n{header}\n|{' --- |' * cells}\n" + "".join(row + "\n" for row in rows)


def test_a_tasks_status_column_reports_the_task_done() -> None:
    # before: 任务状态 (with 任务 in its name) was a second task column, and its 已完成 was read as nothing
    text = _table(
        "| 序号 | 工作内容 | 牵头单位 | 完成时限 | 事项办理情况 |",
        "| 1 | 完成老旧管网改造 | 区住建委 | 2026年5月底前 | 已完成 |",
        "| 2 | 建成社区食堂 | 区民政局 | 2026年9月底前 | 推进中 |",
    )
    assert [(line, raw, status) for line, _, _, raw, _, status in plan_measures(text, "plan.md")] == [
        (5, "2026年5月底前；已完成", "done"),
        (6, "2026年9月底前", "scheduled"),
    ]


def test_a_task_column_named_with_the_work_stays_the_tasks() -> None:
    # guard: 任务内容 and 工作任务 name the task's words, no status: read as the task, as before
    text = _table(
        "| 序号 | 工作任务 | 任务内容 | 责任单位 | 完成时限 |",
        "| 1 | 管网改造 | 完成老旧管网改造 | 区住建委 | 2026年5月底前 |",
    )
    assert plan_measures(text, "plan.md") == [(5, ["区住建委"], [], "2026年5月底前", "2026-05", "scheduled")]


# ---- an outline's heading rows -------------------------------------------------------------------------------------


def test_an_outlines_heading_row_is_no_task() -> None:
    # before: 1.2 (no unit of its own) took the units of 1.1.2 above it, as a lost merged cell would give them
    text = _table(
        "| 序号 | 任务内容 | 牵头单位 | 配合单位 | 完成时限 |",
        "| 1 | 扩大有效投资 | | | |",
        "| 1.1 | 抓好项目建设 | | | |",
        "| 1.1.1 | 新开工重大项目30个 | 区发展改革委 | 区财政局 | 2026年12月底前 |",
        "| 1.1.2 | 盘活闲置土地500亩 | 区规划资源局 | | 2026年10月底前 |",
        "| 1.2 | 促进消费回暖 | | | |",
        "| 1.2.1 | 举办消费季活动 | 区商务委 | 各街道 | 2026年9月底前 |",
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text, "plan.md")] == [
        (7, ["区发展改革委"], ["区财政局"]),
        (8, ["区规划资源局"], []),
        (10, ["区商务委"], ["各街道"]),
    ]


def test_an_outlines_rows_that_head_nothing_are_read_as_before() -> None:
    # guards: 1.2 over no 1.2.x (a sibling of 1.1 with its unit cells empty) takes the units above, as a merged cell lost
    # in the export gives them; a heading row naming units of its own (2.1) is a task of its own, as before
    text = _table(
        "| 序号 | 任务内容 | 牵头单位 | 配合单位 | 完成时限 |",
        "| 1.1 | 新开工重大项目30个 | 区发展改革委 | 区财政局 | 2026年12月底前 |",
        "| 1.2 | 推进项目前期工作 | | | |",
        "| 2.1 | 统筹推进城市更新 | 区住建委 | | 2026年12月底前 |",
        "| 2.1.1 | 改造老旧小区20个 | 区住建委 | 各街道 | 2026年10月底前 |",
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text, "plan.md")] == [
        (5, ["区发展改革委"], ["区财政局"]),
        (6, ["区发展改革委"], ["区财政局"]),
        (7, ["区住建委"], []),
        (8, ["区住建委"], ["各街道"]),
    ]


# ---- 由 + a collective of departments + 负责 ------------------------------------------------------------------------


def test_a_clause_giving_the_item_to_a_collective_of_departments_is_its_assignment() -> None:
    # before: no task (a collective alone in prose), though the same units in a bracket made one
    text = (
        "某县防汛工作通知\n\n一、加强监测\n\n（一）开展隐患排查。（责任单位：县水利局）\n"
        "（二）加强雨情会商，及时发布预警。由相关职能部门负责，持续开展。\n（三）由各有关单位牵头，落实值班值守。\n"
    )
    assert plan_unit_lines(text, "plan.md") == [
        (5, ["县水利局"], []),
        (6, ["相关职能部门"], []),
        (7, ["各有关单位"], []),
    ]


def test_a_collective_in_other_clauses_of_by_is_no_task() -> None:
    # guards: 由 inside a clause (经费由…), a clause going on past 负责 (由相关部门负责组织实施), market actors (有关企业),
    # a collective's modal sentence and a convention's 由该部门牵头负责 (the department it refers to: round 76 fresh76 07)
    # make no task, as before
    text = (
        "某县防汛工作通知\n\n一、加强监测\n\n（一）开展隐患排查。（责任单位：县水利局）\n"
        "（二）所需经费由相关部门负责保障。\n（三）加强会商研判，由相关部门负责组织实施。\n"
        "（四）加强物资储备。由有关企业负责。\n（五）各有关部门要加强值班值守。\n"
        "（六）只列一个部门的，由该部门牵头负责。\n"
    )
    assert plan_unit_lines(text, "plan.md") == [(5, ["县水利局"], [])]


# ---- 所需经费: no body and a modal ----------------------------------------------------------------------------------


def test_what_the_work_needs_is_no_subject() -> None:
    # before: 整治所需经费由… read 整治所 (a name's 所) as a subject and 需 as its modal: a false task
    text = (
        "某区会议通知\n\n一、由区城管局负责，各街道办事处配合，6月底前完成整治。\n"
        "二、整治所需经费由相关部门负责保障，纳入年度预算。\n三、项目所需资金由区财政局负责保障。\n"
    )
    assert plan_unit_lines(text) == [(3, ["区城管局"], ["各街道办事处"]), (5, ["区财政局"], [])]


def test_a_stations_must_is_read_as_before() -> None:
    # guard: 派出所需加强… is a 派出所 and its modal 需 (work follows, not a thing needed), as before
    text = "某镇会议通知\n\n一、由镇综治办负责，各村配合，6月底前完成排查。\n二、镇派出所需会同镇综治办加强夜间巡逻。\n"
    assert plan_unit_lines(text) == [(3, ["镇综治办"], ["各村"]), (4, ["镇派出所"], ["镇综治办"])]

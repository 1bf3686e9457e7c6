"""Round 73 left43: what round 72 left unread (docs/loader.md, round 72's Left lines of left42 and fresh72), in six
plans of our own and a fresh check (tests/fixtures/round73/left43: a province's .md, a city 专项整治 .docx, a county
.txt, a town's .md, a district's .txt, a county 任务分工 .xlsx, and a 街道's .txt written after the rules), read by
hand before the parser ran. The rules, tested here in words of our own with their guards:

- a kind of body's duty names the kinds it works with after 会同 as partners, a label word too
  (``监理单位：负责…，会同建设单位开展验收``), where elsewhere 建设单位 names no unit (round 71, held-out 74);
- ``（以下统称X）`` after a unit or a list of units is no part of the last unit's name, and X, named as a subject
  below (``X负责…``), leads as written (the plan says whom it names); the list so named leads whatever its members;
- the units an item opens with, then an adverb (切实, 全面 …) before their verb, or a principle in quotes
  (``按照“谁经营、谁负责”的原则全面落实…``), and a kind spelled out by its bodies before how they work
  (``属地单位（各镇、街道）按照职责分工切实加强…``): the units lead;
- an item with no closing 。 under an office's heading, with no items of its own under it, is the office's task, and the
  next point at the heading's level ends its items;
- a stage heading with no number and no time (``第五阶段：总结提升``) between dated stages ends the stage above: its
  items take no time of that stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import lines_and_roles, plan_deadlines, plan_unit_lines

from reformgraph.loaders.prose import duty_partners
from reformgraph.loaders.unit_lists import read_units

FOLDER = Path(__file__).parent / "fixtures" / "round73" / "left43"

_DUTIES = "某省建筑施工安全方案\n\n一、重点任务\n\n（一）开展排查。甲省住房城乡建设厅负责组织排查。\n\n二、职责分工\n\n"
_FIRST = (5, ["甲省住房城乡建设厅"], [])
_POINTS = "某市燃气安全方案\n\n一、重点任务\n（九）开展排查。甲市应急管理局负责组织排查。\n"
_POINT = (4, ["甲市应急管理局"], [])


# ---- a kind's partners after 会同 --------------------------------------------------------------------------------


def test_a_kind_works_with_kinds() -> None:
    # before: 监理单位's 会同建设单位 no partner (a label word, round 71), 施工单位's as now
    body = (
        "监理单位：负责实施监理，会同建设单位开展危大工程验收。\n\n"
        "施工单位：负责落实安全生产主体责任，会同监理单位开展隐患自查。\n\n"
        "物业服务企业：负责小区燃气管道日常巡查，会同社区居委会做好宣传。\n"
    )
    assert lines_and_roles(_DUTIES + body) == [
        _FIRST,
        (9, ["监理单位"], ["建设单位"]),
        (11, ["施工单位"], ["监理单位"]),
        (13, ["物业服务企业"], ["社区居委会"]),
    ]


def test_a_named_bodys_partner_is_no_label_word() -> None:
    # guard: held-out 74 line 106's reading, a named body 会同建设单位 (the builder, no unit: round 71)
    t = "市交通委会同建设单位、市交通建管中心等就方案征询意见。"
    assert [u.name for u in duty_partners(t, 0, len(t))] == ["市交通建管中心"]
    assert [u.name for u in duty_partners(t, 0, len(t), kinds=True)] == ["建设单位", "市交通建管中心"]


# ---- （以下统称X） ---------------------------------------------------------------------------------------------------


def test_a_group_name_is_no_part_of_the_last_name() -> None:
    # before: 县公安局（以下统称县级相关部门）, one name
    t = "县教育体育局、县卫生健康局、县公安局（以下统称县级相关部门）"
    assert [u.name for u in read_units(t, 0, len(t))] == ["县教育体育局", "县卫生健康局", "县公安局"]


def test_a_short_form_and_a_units_own_bracket_as_before() -> None:
    # guards: a short form's bracket (round 72 fresh72), a division's bracket (SPEC) as before
    t = "县市场监督管理局（以下简称县市场监管局）、市交通委（计划财务处）"
    assert [u.name for u in read_units(t, 0, len(t))] == ["县市场监督管理局", "市交通委（计划财务处）"]


def test_the_group_name_leads_below() -> None:
    # before: 县级相关部门负责… no task (a collective's words)
    items = (
        "1.县教育体育局、县公安局（以下统称县级相关部门）负责督促学校落实责任，持续推进。\n"
        "2.县级相关部门负责每季度开展一次联合检查，县市场监管局配合。\n"
    )
    assert plan_unit_lines("某县方案\n\n一、重点任务\n" + items) == [
        (4, ["县教育体育局", "县公安局"], []),
        (5, ["县级相关部门"], ["县市场监管局"]),
    ]


def test_a_list_named_together_leads_whatever_its_members() -> None:
    # before: no task (物业服务企业 a kind of market actor, no subject: round 70); the plan makes the list one group
    item = (
        "（一）加强巡查。各社区居委会、物业服务企业（以下统称网格责任主体）负责做好楼栋燃气巡查，2026年9月底前完成。\n"
    )
    assert lines_and_roles(_POINTS + item, "plan.txt") == [_POINT, (5, ["各社区居委会", "物业服务企业"], [])]


def test_the_same_list_not_named_together_as_before() -> None:
    # guard: with no name given them, the kind of actor makes no subject, as before
    item = "（一）加强巡查。各社区居委会、物业服务企业负责做好楼栋燃气巡查，2026年9月底前完成。\n"
    assert lines_and_roles(_POINTS + item, "plan.txt") == [_POINT]


def test_an_undefined_collective_leads_nothing() -> None:
    # guard: the same words with no definition above no task, as before
    item = "（一）加强检查。县级相关部门负责每季度开展一次联合检查，县市场监管局配合。\n"
    assert lines_and_roles(_POINTS + item, "plan.txt") == [_POINT]


# ---- the units an item opens with, then an adverb or a principle, then the verb ----------------------------------


def test_an_adverb_before_the_verb() -> None:
    # before: no task (县应急管理局切实, 各县市区人民政府、云江新区管委会全面 no names)
    items = (
        "（一）加强监管。县应急管理局切实加强餐饮场所燃气安全监管，2026年6月底前完成。\n"
        "（二）压实责任。各县市区人民政府、云江新区管委会全面落实属地责任，2026年8月底前完成。\n"
    )
    assert lines_and_roles(_POINTS + items, "plan.txt") == [
        _POINT,
        (5, ["县应急管理局"], []),
        (6, ["各县市区人民政府", "云江新区管委会"], []),
    ]


def test_a_kinds_bodies_before_how_they_work() -> None:
    # before: no task (the kind's bracket, then 按照职责分工切实加强…; then a principle past the names' reach)
    items = (
        "（一）加强监管。属地单位（各镇、街道）按照职责分工切实加强小餐饮经营指导，2026年10月底前完成。\n"
        "（二）落实安检。燃气经营企业（云江燃气集团有限公司、云江华润燃气有限公司）按照“谁经营、谁负责”的原则全面落实"
        "入户安检制度，每年至少入户安检一次。\n"
        "（三）落实安检。县燃气公司按照“谁经营、谁负责”的原则全面落实入户安检制度，2026年6月底前完成。\n"
    )
    assert lines_and_roles(_POINTS + items, "plan.txt") == [
        _POINT,
        (5, ["各镇", "街道"], []),
        (6, ["云江燃气集团有限公司", "云江华润燃气有限公司"], []),
        (7, ["县燃气公司"], []),
    ]


def test_a_plain_sentence_with_no_time_stays_how_the_work_is_done() -> None:
    # guard: one body, a plain verb, no time in a titled point: no assignment (round 70), the adverb or not
    items = "（一）加强监管。县应急管理局切实加强餐饮场所燃气安全监管。\n"
    assert lines_and_roles(_POINTS + items, "plan.txt") == [_POINT]


def test_a_bracket_of_sectors_and_a_units_divisions_as_before() -> None:
    # guards: a kind's bracket of sectors as written (round 72's choice); a unit's own divisions no subject, as before
    items = (
        "（一）加强巡查。专营单位（供电、供水、燃气企业）按照职责分工加强设施巡查，2026年6月底前完成。\n"
        "（二）加强巡查。专营单位（供电、供水、燃气企业）按照职责分工切实加强设施巡查，2026年6月底前完成。\n"
    )
    assert lines_and_roles(_POINTS + items, "plan.txt") == [
        _POINT,
        (5, ["专营单位（供电、供水、燃气企业）"], []),
        (6, ["专营单位（供电、供水、燃气企业）"], []),
    ]


# ---- an item with no closing 。 under an office's heading ---------------------------------------------------------

_OFFICES = "某镇安全生产任务分解\n\n一、任务分解\n（一）党政办：\n"


def test_an_item_with_no_full_stop_is_the_offices_task() -> None:
    # before: lines 5 and 7 no task (read as sub-headings)
    items = (
        "1.开展消防排查\n2.组织宣传活动，2026年6月底前完成。\n（二）应急管理办公室：\n1.每季度组织开展一次应急演练\n"
    )
    assert plan_unit_lines(_OFFICES + items) == [
        (5, ["党政办"], []),
        (6, ["党政办"], []),
        (8, ["应急管理办公室"], []),
    ]


def test_an_item_over_deeper_items_stays_their_heading() -> None:
    # guard: 1.道路交通安全 over （1）… is their sub-heading, no task; its items the office's
    items = "1.道路交通安全\n（1）推进劝导站建设，2026年5月底前完成。\n（2）会同交管中队开展专项检查。\n2.开展校园周边整治\n"
    assert plan_unit_lines(_OFFICES + items) == [
        (6, ["党政办"], []),
        (7, ["党政办"], ["交管中队"]),
        (8, ["党政办"], []),
    ]


def test_the_lists_next_point_is_no_item_of_the_office() -> None:
    # before: （二）'s sentence, whose own subject is not read, was 党政办's item (led by it); now the heading's items
    # end at the next point of its level
    items = "1.开展消防排查\n（二）各社区居委会、物业服务企业负责做好楼栋燃气巡查，2026年9月底前完成。\n"
    assert plan_unit_lines(_OFFICES + items) == [(5, ["党政办"], [])]


def test_items_under_a_field_label_are_no_units_tasks() -> None:
    # guard: a field's label over unpunctuated points names no unit (round 61)
    text = "某市方案\n\n一、重点任务\n（九）开展排查。甲市应急管理局负责组织排查。\n（一）工作措施：\n1.开展消防排查\n2.组织应急演练\n"
    assert lines_and_roles(text, "plan.txt") == [_POINT]


# ---- a stage with no number and no time ----------------------------------------------------------------------------

_STAGES = (
    "某区专项整治方案\n\n一、实施步骤\n"
    "（一）排查整治阶段：2026年5月—8月\n1.各街道负责开展排查。\n"
    "（二）总结验收阶段：2026年12月\n2.区消防救援大队负责验收评估。\n"
)


def test_a_timeless_stage_ends_the_stage_above() -> None:
    # before: line 9's item took 2026-12, the fourth stage's
    text = _STAGES + "第三阶段：总结提升\n3.区安委办负责总结推广经验。\n4.各街道负责巩固成果，2027年3月底前完成。\n"
    assert plan_deadlines(text, "plan.txt") == [
        (5, "2026-08", "scheduled"),
        (7, "2026-12", "scheduled"),
        (9, None, None),
        (10, "2027-03", "scheduled"),
    ]


def test_a_dated_stage_and_a_numbered_timeless_one_as_before() -> None:
    # guards: an unnumbered stage with its time in brackets gives it (round 39); a numbered later stage with no time
    # gives none (round 72 fresh72)
    dated = _STAGES + "第三阶段：总结提升（2027年1月—3月）\n3.区安委办负责总结推广经验。\n"
    numbered = _STAGES + "（三）长效管理阶段\n3.区安委办负责总结推广经验。\n"
    assert plan_deadlines(dated, "plan.txt")[2:] == [(9, "2027-03", "scheduled")]
    assert plan_deadlines(numbered, "plan.txt")[2:] == [(9, None, None)]


# ---- the whole plans ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]

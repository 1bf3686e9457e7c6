"""Round 41 (second wave), fresh2: misreads of eight plans of kinds met often in practice (a 国办 分工方案, a 省
工作要点, a 市 整改清单 and 民生实事 table, a 县 月度推进计划, a 区委深改委 要点, a 街道 plan in prose, a 省厅 任务分解),
each fixed with a general rule; the plans are in ``tests/fixtures/round41/fresh2/``."""

from __future__ import annotations

from tests.support.readings import dated_plan_units as _dated


def test_units_that_carry_out_a_led_task_in_prose_support():
    """``由A牵头，B、C具体负责实施`` / ``B负责实施`` / ``B具体组织实施``: B and C carry the task out, as ``B具体实施``
    did (before, they led beside A, or 具体组织实施's were lost); alone, ``A具体负责实施`` still leads."""
    plan = (
        "某街道2026年工作计划\n\n"
        "一、改善人居环境。完成改厕300户。由街道农业农村办公室牵头，街道城市管理办公室、各村（社区）具体负责实施，"
        "10月底前完成。\n\n"
        "二、建设停车场。新增泊位500个。由街道城市管理办公室牵头，各社区负责实施。\n\n"
        "三、整治河道。由街道水务站具体负责实施，9月底前完成。\n\n"
        "四、改厕。由镇农业农村办牵头，各村具体组织实施，镇财政所做好资金保障，10月底前完成。\n"
    )
    assert _dated(plan) == [
        (["街道农业农村办公室"], ["街道城市管理办公室", "各村（社区）"], "2026-10"),
        (["街道城市管理办公室"], ["各社区"], None),
        (["街道水务站"], [], "2026-09"),
        (["镇农业农村办"], ["各村", "镇财政所"], "2026-10"),
    ]


def test_counties_and_county_level_cities_share_the_government_named_after_the_last():
    """``庐江县、巢湖市人民政府``: two governments of one tier (a county and a county-level city), as
    ``瑶海区、庐阳区人民政府`` was (round 34); before, the bare place 庐江县. A 镇 and a 县 are no one tier."""
    plan = (
        "某市整改方案\n\n"
        "1. 完成历史遗留矿山生态修复。（责任单位：市自然资源和规划局，庐江县、巢湖市人民政府；完成时限：2025年底前）\n\n"
        "2. 整治农村黑臭水体。（责任单位：某某乡、某某镇人民政府）\n\n"
        "3. 修复河道。（责任单位：某某镇、某某县人民政府）\n"
    )
    assert _dated(plan) == [
        (["市自然资源和规划局", "庐江县人民政府", "巢湖市人民政府"], [], "2025-12"),
        (["某某乡人民政府", "某某镇人民政府"], [], None),
        (["某某镇", "某某县人民政府"], [], None),
    ]


def test_a_paragraph_whose_sentences_each_name_a_unit_and_a_date_is_due_by_the_last():
    """``A由甲负责，6月底前建成；B由乙负责，9月底前完成``: one task (one paragraph) with both dates, due by the
    last, as a bracket's several dates are; before, the first sentence's date alone. A partners' sentence
    (``B配合，每月报送进展``) adds none."""
    plan = (
        "某街道2026年工作计划\n\n"
        "一、办好民生实事。养老服务中心建设由街道社会事业办公室负责，6月底前建成；农贸市场改造由街道市场监管所负责，"
        "9月底前完成。\n\n"
        "二、整治河道。由街道水务站牵头，6月底前完成。街道城管办配合，每月报送进展。\n"
    )
    assert _dated(plan) == [
        (["街道社会事业办公室", "街道市场监管所"], [], "2026-09"),
        (["街道水务站"], ["街道城管办"], "2026-06"),
    ]


def test_a_departments_leader_labelled_ting_ling_dao_is_a_person_field():
    """``（厅领导：张某　责任处室：法规处　配合处室：办公室　完成时限：…）``, fields set apart by spaces in a 省厅's own
    plan: before, the task was lost (厅领导 was no label, so the person's name ran into the next field)."""
    plan = (
        "某省交通运输厅2021年工作任务分解\n\n"
        "1.深化“最多跑一次”改革。（厅领导：张立　责任处室：法规处　配合处室：办公室　完成时限：2021年9月）\n\n"
        "2.推进智慧高速公路建设。（责任处室：建管处　配合处室：规划处　厅领导：王晓东　完成时限：2021年12月底前）\n"
    )
    assert _dated(plan) == [(["法规处"], ["办公室"], "2021-09"), (["建管处"], ["规划处"], "2021-12")]

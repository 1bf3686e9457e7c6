"""Round 58 (fresh27): plans of kinds not met before, read by hand before the parser ran (docs/round58_fresh27.md)."""

from __future__ import annotations

from tests.support.readings import county_plan_rows as _plan


def _roles(items: str, heading: str = "一、重点任务") -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in _plan(items, heading)]


# ---- sub-points numbered inside a paragraph, each assigned in prose -----------------------------------------------


def test_sub_points_numbered_inside_a_paragraph_are_a_task_each() -> None:
    # before, one task: both points' leads leading it, the later date its deadline
    item = (
        "（一）提升政务服务效能。（1）由县政务服务中心牵头，县数据局配合，深化改革，2026年6月底前完成；"
        "（2）由县发展改革局负责推行惠企政策“免申即享”，2026年12月底前完成。"
    )
    assert [(text[:12], leads, supports, date) for text, leads, supports, date in _plan(item)] == [
        ("提升政务服务效能。（1）", ["县政务服务中心"], ["县数据局"], "2026-06"),
        ("由县发展改革局负责推行惠", ["县发展改革局"], [], "2026-12"),
    ]
    circled = "（二）优化审批服务。①县自然资源局牵头推行“拿地即开工”，县住建局配合；②县住建局负责开展审查改革。"
    assert _roles(circled) == [(["县自然资源局"], ["县住建局"]), (["县住建局"], [])]


def test_sub_points_of_one_lead_or_numbers_not_opening_a_clause_are_one_task() -> None:
    # guards: one point naming units (the paragraph one task, as before), numbers inside a clause, no order from one
    one = "（三）加强要素保障。（1）统筹新增建设用地指标；（2）由县自然资源局牵头盘活闲置土地，各乡镇人民政府配合。"
    assert _roles(one) == [(["县自然资源局"], ["各乡镇人民政府"])]
    inside = "（四）强化审查。由县市场监管局牵头，县司法局配合，按照（1）公平竞争、（2）统一市场的要求开展清理。"
    assert _roles(inside) == [(["县市场监管局"], ["县司法局"])]
    unordered = "（五）加强监管。（2）由县市场监管局牵头开展抽检；（3）由县公安局负责打击违法犯罪。"
    assert len(_plan(unordered)) == 1


# ---- a unit's duties after a dash -----------------------------------------------------------------------------------


def test_a_units_duties_after_a_dash_under_a_duties_heading() -> None:
    # before, no task (the plan had none: rejected)
    duties = "区教育局——负责高校毕业生就业指导服务。\n\n区总工会、团区委——做好职工、青年就业服务。"
    assert _roles(duties, "三、成员单位职责") == [(["区教育局"], []), (["区总工会", "团区委"], [])]


def test_a_dash_outside_a_duties_heading_or_after_no_unit_is_as_before() -> None:
    # guards: the same paragraph under a tasks heading, and words no unit's name before a dash, read no duty
    duty = "区教育局——负责高校毕业生就业指导服务。"
    assert _roles(duty) == []
    assert _roles("工作目标——到2026年底建成服务圈。", "三、成员单位职责") == []
    assert _roles("区财政局：负责落实就业补助资金——确保足额拨付。", "三、成员单位职责") == [(["区财政局"], [])]


# ---- an item's own partner under its section's units --------------------------------------------------------------

_SECTION = "（一）违规户外广告整治\n牵头单位：市城市管理局\n配合单位：市住房城乡建设局\n"


def test_an_items_own_partner_in_prose_joins_its_sections_units() -> None:
    # before, the section's units alone (the item's partner lost); in its own bracket it joined already
    items = (
        _SECTION
        + "1.拆除违规户外广告（2026年7月底前完成）。\n2.制定专项规划，市自然资源和规划局参与（2026年9月底前完成）。"
    )
    assert _roles(items, "二、整治内容") == [
        (["市城市管理局"], ["市住房城乡建设局"]),
        (["市城市管理局"], ["市住房城乡建设局", "市自然资源和规划局"]),
    ]


def test_an_item_of_a_supporting_verb_and_no_unit_keeps_its_sections_units() -> None:
    # guards: 配合 opening the work (no unit before it), a partner already the section's
    items = (
        _SECTION
        + "1.配合开展检查，做好协调（2026年5月底前完成）。\n2.拆除违规广告，市住房城乡建设局配合（2026年7月底前完成）。"
    )
    assert _roles(items, "二、整治内容") == [(["市城市管理局"], ["市住房城乡建设局"])] * 2

"""Round 63, heldfix25: the layout of the one real held-out plan the loader still misread (tests/fixtures/heldout 25,
a 职责分工 section of agency-led paragraphs with no sub-headings), written again in other words
(tests/fixtures/round63/heldfix25): the rule it asked for, with its guards (docs/round63_heldfix25.md)."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import opening_units
from tests.support.readings import numbered_rows


def _tasks(text: str) -> list[tuple]:
    return numbered_rows(parse_document(text, path="plan.txt"), 6)


# ---- a duties section divided by agency paragraph by paragraph, no sub-headings ------------------------------------------

_DUTIES = (
    "某县住宅电梯安全整治工作方案\n\n一、工作目标\n\n全县住宅电梯定期检验率达到100%。\n\n三、职责分工\n\n"
    "县市场监管局负责电梯安全监督管理的统筹协调。\n\n"
    "县综合行政执法局依法查处物业服务企业的违法行为。\n\n"
    "县财政局对老旧电梯更新改造给予资金补助，2026年6月底前出台实施细则。\n\n"
    "四、保障措施\n\n加强宣传引导，普及安全乘梯常识。\n"
)


def test_a_duties_section_reads_each_agency_paragraph_as_a_task_its_agency_leads():
    # before: only the paragraph with a role word (负责) was read; 依法查处…, 对…给予资金补助 (no role word) were none
    assert _tasks(_DUTIES) == [
        (9, "县市场监管局", ["县市场监管局"], [], None),
        (11, "县综合行政执", ["县综合行政执法局"], [], None),
        (13, "县财政局对老", ["县财政局"], [], "2026-06"),
    ]


def test_a_section_not_headed_as_a_division_of_duties_gains_no_task():
    # guard: the same paragraphs under a 工作基础 heading: only the paragraph with a role word is read, as before
    assert [(line, leads) for line, _, leads, _, _ in _tasks(_DUTIES.replace("职责分工", "工作基础"))] == [
        (9, ["县市场监管局"])
    ]


def test_no_analogy_where_no_paragraph_of_the_duties_section_names_a_role():
    # guard: every paragraph opens with a unit, none states a role: no task (as round 63's sub-headed sections)
    text = _DUTIES.replace("负责电梯安全监督管理的统筹协调", "开展电梯安全检查")
    with pytest.raises(DocumentError):
        _tasks(text)


def test_a_body_designating_others_is_no_agency_of_the_section():
    # guard: a later sentence (区政府明确…为…场所) or a paragraph (县政府同意…) opening with a body that designates or
    # approves adds no lead and makes no task
    text = _DUTIES.replace("统筹协调。", "统筹协调。县政府明确华泾镇关港地块为集中分拣场所。").replace(
        "四、保障措施", "县政府同意将电梯安全纳入乡镇年度考核。\n\n四、保障措施"
    )
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [
        (9, ["县市场监管局"]),
        (11, ["县综合行政执法局"]),
        (13, ["县财政局"]),
    ]


def test_a_unit_colon_paragraph_stays_the_duties_readers_one_task():
    # guard: 县财政局：… is read by the duties reader as before, once
    text = _DUTIES.replace("县财政局对老旧电梯", "县财政局：对老旧电梯")
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [
        (9, ["县市场监管局"]),
        (11, ["县综合行政执法局"]),
        (13, ["县财政局"]),
    ]


def test_a_numbered_sub_heading_leaves_the_section_to_the_sub_heading_rule():
    # guard: a sub-heading of another kind over the paragraphs (（一）监管执法) heads them: the no-role ones are none
    text = _DUTIES.replace("三、职责分工\n\n", "三、职责分工\n\n（一）监管执法\n\n")
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [(11, ["县市场监管局"])]


# ---- whom a section's sentence opens with ------------------------------------------------------------------------------


def test_opening_units_stop_before_how_a_body_acts_and_take_every_body_of_a_level():
    t = "县综合行政执法局依法查处违法行为。"
    assert [u.name for u in opening_units(t, 0, len(t))] == ["县综合行政执法局"]  # before: '…执法局依法查处'
    t = "各区城市管理局对辖区内井盖整治负属地监管责任。"
    assert [u.name for u in opening_units(t, 0, len(t))] == ["各区城市管理局"]  # before: None
    t = "各有关部门要加强协作。"
    assert opening_units(t, 0, len(t)) is None  # guard: a collective of no level
    for t in ("一要充分发挥社区自治作用。", "各街道、镇作为本辖区内装修垃圾处理工作的责任主体。"):
        assert opening_units(t, 0, len(t)) is None, (
            t
        )  # guard: a point's 一要…社, a body declared (作为…处) are no names


def test_opening_units_of_a_body_designating_or_approving_are_none():
    for t in (
        "区政府明确华泾镇关港地块为集中分拣场所。",
        "市政府同意将井盖纳入养护范围。",
        "学校同意将用电安全纳入考核。",
    ):
        assert opening_units(t, 0, len(t)) is None, t
    t = "市城管局确保井盖完好。"  # guard: 确保 is work, not 确定
    assert [u.name for u in opening_units(t, 0, len(t))] == ["市城管局"]


def test_a_body_declared_responsible_by_another_leads_alone():
    # 省政府明确A为…责任主体: A leads (round 43's A为…责任主体); before, '省政府明确各设区市人民政府' was one name
    text = (
        "某省野猪危害防控工作方案\n\n三、工作要求\n\n"
        "（一）压实责任。省政府明确各设区市人民政府为本行政区域野猪危害防控的责任主体。\n"
    )
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [(5, ["各设区市人民政府"])]

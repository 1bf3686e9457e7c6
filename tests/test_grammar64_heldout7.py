"""Round 64 heldout7: rules for the seventh batch of real held-out plans (tests/fixtures/heldout/35-40).

Each rule is tested here in words of our own, with guards: near wordings it must leave as they were read.

- a town's 经发中心 (its 经济发展服务中心) keeps its 经: 经 opens no clause there (held-out 36);
- 部门's 部 ends no name a sentence opens with (``各职能部门分工若有遗漏…`` opens no duty of ``各职能部``, 36);
- verbs of choosing (遴选, 选择, 选取) and 根据 end a list of partners (``会同A、B镇选择…``, ``会同B根据…``: 37, 40);
- ``A联合属地街镇、B…``: the local bodies of the place after 联合 are partners, as other bodies are (37);
- ``A是…处置主体`` and ``A是…实施的主体，负责…`` declare A responsible, as ``A是…责任主体`` does (38, 40);
- points of a list of paragraphs (``一是…`` / ``二是…``) are items of their own: no heading or number above titles
  them (38);
- ``鼓励由A会同B作为实施主体``: what a plan invites is no assignment (40);
- a numbered item goes on in an unnumbered paragraph that its list closes (``15.…。`` / ``在…基础上，…。（牵头单位：A）``):
  one task, its text from the number, the first paragraph's date its deadline (35);
- a stage's title opening a task (``验收阶段（…—11月30日）``) bounds it beside the date of its own sentence: both
  dates, the latest due (38).
"""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import deadline_readings


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = parse_document(text, path="plan.md")
    return [
        (m.text.replace("\n", ""), [u.raw for u in m.leads], [u.raw for u in m.supports])
        for w in doc.workplans
        for m in w.measures
    ]


def _roles(text: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports in _tasks(text)]


def test_a_town_economic_centre_keeps_its_first_character():
    text = (
        "一、工作任务\n"
        "1.开展厂房排查。经发中心负责辖区工业厂房的安全排查工作。\n"
        "2.开展商户宣传。经发办负责辖区沿街商户的宣传工作。\n"
    )
    assert _roles(text) == [(["经发中心"], []), (["经发办"], [])]


def test_a_clause_opening_with_by_way_of_still_drops_it():
    # guard: 经 before a body's approval is no part of the name after it
    text = "一、工作任务\n1.完善制度。经区政府同意后，区应急局会同区消防救援支队制定检查办法。\n"
    assert _roles(text) == [(["区应急局"], ["区消防救援支队"])]


_DUTY_LINES = "三、职责分工\n街道平安办负责出租房屋的安全检查工作；\n街道城建中心负责在建工地的安全检查工作；\n"


def test_a_closing_line_on_all_departments_opens_no_duty():
    text = _DUTY_LINES + "各职能部门分工若有交叉，以网格划分为准。\n"
    assert _roles(text) == [(["街道平安办"], []), (["街道城建中心"], [])]


def test_a_body_whose_name_ends_with_bu_still_opens_a_duty():
    # guard: 部 ends a name when 门 does not follow it
    text = _DUTY_LINES + "街道武装部负责民兵应急分队的组建工作。\n"
    assert _roles(text)[-1] == (["街道武装部"], [])


def test_verbs_of_choosing_end_a_list_of_partners():
    text = (
        "一、工作任务\n"
        "1.开展试点。区建管委会同区房管局、区规划资源局、江桥镇选择3个小区开展试点。\n"
        "2.推广经验。区建管委会同区房管局、华亭镇遴选一批示范项目。\n"
    )
    assert _roles(text) == [
        (["区建管委"], ["区房管局", "区规划资源局", "江桥镇"]),
        (["区建管委"], ["区房管局", "华亭镇"]),
    ]


def test_according_to_ends_a_list_of_partners():
    text = "一、工作任务\n1.签订协议。由区建管委会同区房屋管理中心根据各小区情况组织签约。\n"
    assert _roles(text) == [(["区建管委"], ["区房屋管理中心"])]


def test_a_list_of_partners_before_its_usual_verb_reads_as_before():
    # guard: a verb of choosing later in the sentence is no partner's end
    text = "一、工作任务\n1.开展检查。区建管委会同区房管局开展检查，选择重点小区复查。\n"
    assert _roles(text) == [(["区建管委"], ["区房管局"])]


def test_the_local_bodies_of_the_place_after_jointly_are_partners():
    text = "一、工作任务\n1、开展抽查。区市场监管局联合属地街镇、区商务委等部门开展门店抽查。\n"
    assert _roles(text) == [(["区市场监管局"], ["属地街镇", "区商务委"])]


def test_jointly_with_named_bodies_reads_as_before():
    # guard: round 55's A联合B开展…
    text = "一、工作任务\n1、开展抽查。区市场监管局联合区商务委开展门店抽查。\n"
    assert _roles(text) == [(["区市场监管局"], ["区商务委"])]


def test_a_body_declared_to_deal_with_the_cases_leads():
    text = (
        "二、工作要求\n"
        "1.压实责任。各镇（园区）是违法建筑整治的处置主体，落实属地管理责任。\n"
        "2.加强指导。区城管局会同区规划资源局开展抽查。\n"
    )
    assert _roles(text) == [(["各镇（园区）"], []), (["区城管局"], ["区规划资源局"])]


def test_a_body_declared_to_carry_out_the_work_leads_when_it_is_responsible():
    text = "一、职责\n1.明确主体。各街道是垃圾分类工作实施的主体，负责组织本辖区的分类投放工作。\n"
    assert _roles(text) == [(["各街道"], [])]


def test_a_body_that_carries_out_a_leads_work_is_no_lead():
    # guards: 实施主体 with no 负责 after it declares no one responsible; beside a lead it adds no lead
    assert _roles("一、任务\n1.加强领导。区建管委牵头推进，各街镇是实施主体。\n") == [(["区建管委"], [])]
    text = "一、任务\n1.加强领导。各街镇是实施主体，做好配合工作。\n2.加强督查。区建管委负责督查。\n"
    assert _roles(text) == [(["区建管委"], [])]


_POINTS = (
    "二、工作要求\n"
    "（二）工作要求。整治工作按照以下要求开展:\n"
    "一是压实责任，条块结合。各街道是整治工作的责任主体，落实属地管理责任。\n"
    "二是杜绝新增。2026年6月底前完成新增违法建筑的整治。\n"
    "三是分类处置。原则上依法拆除，以下情形可以采取其他方式：\n"
    "1.\n"
    "属于民生工程的，经区政府同意后补办手续。\n"
    "2.\n"
    "已批准的设施农用地涉及违法的，经区规划资源局认定后恢复用途。\n"
    "四是综合治理。区规划资源局要会同区监察局，建立执法衔接机制。\n"
    "五是稳妥推进。各街道要做好风险防控。\n"
)


def test_points_of_a_list_of_paragraphs_are_items_of_their_own():
    texts = [(text[:8], leads) for text, leads, _ in _tasks(_POINTS)]
    assert texts == [("一是压实责任，条", ["各街道"]), ("四是综合治理。区", ["区规划资源局"])]


def test_a_lone_paragraph_under_its_heading_reads_from_the_heading():
    # guard: with no second point, the heading over one paragraph still titles it (held-out 02's reading)
    text = "二、工作要求\n（一）压实责任\n一是各街道是整治工作的责任主体，落实属地管理责任。\n"
    assert [t[:6] for t, _, _ in _tasks(text)] == ["压实责任一是"]


def test_what_a_plan_invites_assigns_nothing():
    text = (
        "二、基本原则\n"
        "二是市场运作。鼓励由各街道会同区停车公司作为实施主体，统筹停车资源。\n"
        "三是加强协作。由各街道会同区建管委负责实施。\n"
    )
    assert _roles(text) == [(["各街道"], ["区建管委"])]


def _deadlines(text: str) -> list[tuple[str | None, str | None]]:
    return deadline_readings(text, path="plan.md")


def test_a_stage_title_dates_its_task_beside_the_sentences_own_date():
    text = "三、实施步骤\n（二）复核阶段（2025年9月1日—10月15日）\n2025年10月15日前，由区住建委会同区财政局完成复核。\n"
    assert _deadlines(text) == [("2025年9月1日—10月15日；2025年10月15日前", "2025-10-15")]


def test_a_stage_title_with_no_date_or_no_stage_title_reads_as_before():
    # guards: a stage's bracket naming no date; a heading that is no stage's
    text = "三、实施步骤\n（二）复核阶段（区级）\n2025年10月15日前，由区住建委会同区财政局完成复核。\n"
    assert _deadlines(text) == [("2025年10月15日前", "2025-10-15")]
    text = "三、实施步骤\n（二）集中复核（2025年9月1日—10月15日）\n2025年10月15日前，由区住建委会同区财政局完成复核。\n"
    assert _deadlines(text)[0][1] == "2025-10-15"


_ITEMS = (
    "一、重点任务\n"
    "1.推进管网改造。完成老旧管网排查。（责任单位：区水务局）\n"
    "2.按照不同区域功能定位，研究制定建设标准，完善适用于不同区域的技术要点，2026年6月底前出台技术导则。\n"
)


def test_a_numbered_item_goes_on_in_the_paragraph_its_list_closes():
    text = _ITEMS + "在总结试点经验的基础上，谋划后续建设任务。（责任单位：区住建委）\n"
    doc = parse_document(text, path="plan.md")
    second = [m for w in doc.workplans for m in w.measures][1]
    assert (second.text[:6], second.deadline.date) == ("按照不同区域", "2026-06")


def test_a_paragraph_of_its_own_after_a_numbered_item_reads_as_before():
    # guards: the item before has its own list; the paragraph opens with a unit's duty
    text = "一、重点任务\n1.推进管网改造。（责任单位：区水务局）\n2.制定标准。（责任单位：区建管委）\n在总结试点的基础上，谋划后续任务。（责任单位：区住建委）\n"
    assert [m.text[:4] for w in parse_document(text, path="plan.md").workplans for m in w.measures] == [
        "推进管网",
        "制定标准",
        "在总结试",
    ]
    text = _ITEMS + "区住建委：负责谋划后续建设任务。（责任单位：区住建委）\n"
    assert [m.text[:4] for w in parse_document(text, path="plan.md").workplans for m in w.measures][1] == "区住建委"


def test_a_named_block_after_numbered_measures_reads_as_before():
    # guard: a 整改清单's next problem (问题2：…) with its label lines is a block of its own, not the measure before it
    text = (
        "一、问题清单\n\n问题1：一些地方对项目审批把关不严。\n\n牵头单位：省发展改革委\n\n整改时限：2026年12月底前\n\n"
        "整改措施：\n\n1. 全面排查在建项目，建立清单台账。\n\n2. 对违规审批的项目依法查处。\n\n"
        "问题2：部分河段水质不稳定，污水收集能力不足。\n\n牵头单位：省生态环境厅\n\n整改时限：2027年6月底前\n"
    )
    assert [t[:4] for t, _, _ in _tasks(text)] == ["一些地方", "部分河段"]

"""Round 41 of docs/loader.md: what round 40's plans left unread (tests/test_round_plans.py, NOT_YET_READ), read by
rules written for every plan that writes so, each tried on small plans in other wording."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import dated_plan_units, written_plan_deadlines


def test_a_year_within_which_a_quantity_is_reached_is_the_tasks_deadline():
    """``2026年内培训民营企业家200人次``: 年内 after a year before any verb (round 40 listed the verbs: 完成, 建成 …, so
    培训, 新增, 招引 gave no deadline); the nouns that open with 内 (内部审计, 内控) still give none."""
    plan = (
        "某县2026年民营经济工作要点\n\n"
        "（一）加强企业家培训。2026年内培训民营企业家200人次以上。（县委统战部、县工商联负责）\n"
        "（二）扩大有效投资。2025年内新增规上工业企业15家。（县工信局负责）\n"
        "（三）完善内控制度。开展2026年内部审计，规范资金使用。（县审计局负责）\n"
    )
    assert written_plan_deadlines(plan) == [
        (3, "2026年内", "2026-12", "scheduled"),
        (4, "2025年内", "2025-12", "scheduled"),
        (5, None, None, None),
    ]


def test_the_department_of_a_field_at_every_body_of_a_level_leads_what_it_must_do():
    """``各省级教育行政部门要会同同级市场监管部门，…``: a collective ending in 部门 was no subject (as 各有关部门 is none),
    though it names one department at each province; its partner after 会同 was not read either. A kind of body
    written bare (``中小学校要…``, ``幼儿园要…``) is no unit: before, a task each."""
    plan = (
        "某市教育局关于开展校园安全专项行动的通知\n\n"
        "一、全面排查隐患。各区县教育行政部门要组织辖区学校开展排查，2025年4月30日前报市教育局。\n\n"
        "二、集中整治问题。各区县教育行政部门要会同当地应急管理部门建立台账，2025年6月底前完成整改。\n\n"
        "三、加强日常管理。中小学校要落实门卫值守制度，幼儿园要严格落实接送交接制度。\n\n"
        "四、强化监测。各市级卫生健康行政部门要会同同级医疗保障部门，每季度通报进展。\n"
    )
    assert dated_plan_units(plan) == [
        (["各区县教育行政部门"], [], "2025-04-30"),
        (["各区县教育行政部门"], ["当地应急管理部门"], "2025-06"),
        (["各市级卫生健康行政部门"], ["同级医疗保障部门"], None),
    ]


def test_an_items_sub_points_after_a_lead_in_each_open_their_own_task():
    """``1.推动消费持续恢复。主要包括：（1）开展…（A负责）；（2）稳定…（B牵头，C参与）``: each sub-point is a task; before,
    the first one's text opened at the item (推动消费持续恢复。主要包括：…), the second's at its sub-point."""
    plan = (
        "某省重点工作部门分工\n\n一、扩大需求\n\n"
        "1. 推动消费持续恢复。主要包括：（1）开展“消费促进年”活动（省商务厅负责）；（2）稳定大宗消费（省商务厅牵头，"
        "省发展改革委参与）。\n\n"
        "2. 推进新型工业化。重点抓好以下工作：①实施产业基础再造工程（省工信厅负责）；②培育先进制造业集群（省科技厅负责）。\n\n"
        "3. 深化“一网通办”。具体包括:(1)推进“跨省通办”(市行政审批局牵头,市大数据局配合);(2)推行电子证照(市大数据局负责)。\n"
    )
    doc = parse_document(plan, path="x.md")
    assert [m.text for w in doc.workplans for m in w.measures] == [
        "开展“消费促进年”活动",
        "稳定大宗消费",
        "实施产业基础再造工程",
        "培育先进制造业集群",
        "推进“跨省通办”",
        "推行电子证照",
    ]
    assert doc.warnings == ()  # (the items were read: none is left out)


def test_a_flattened_rows_empty_deadline_cell_takes_no_date_from_the_rows_above():
    """A table saved one cell per line whose row leaves 完成时限 empty (a blank line): before, the row took
    ``2022年10月底前`` of the row before last, read as a deadline stated once for a group of numbered items."""
    plan = (
        "某区2022年工业振兴工作任务分解表\n\n序号\n重点任务\n具体措施\n责任单位\n完成时限\n"
        "1\n加快园区建设\n完善园区道路、供水等基础设施。\n区工业和信息化局\n2022年10月底前\n"
        "2\n强化企业服务\n1.建立包联制度（区工业和信息化局负责）；2.开展政策宣讲（区科技局负责）。\n\n持续推进\n"
        "3\n加大招商力度\n开展产业链招商，签约工业项目15个。\n区投资促进局\n\n"
        "4\n保障用地需求\n盘活闲置低效工业用地300亩。\n区自然资源局\n2022年11月底前\n"
    )
    assert dated_plan_units(plan) == [
        (["区工业和信息化局"], [], "2022-10"),
        (["区工业和信息化局"], [], None),
        (["区科技局"], [], None),
        (["区投资促进局"], [], None),
        (["区自然资源局"], [], "2022-11"),
    ]


def test_a_flattened_table_with_no_unit_column_takes_its_rows_units_from_the_note_under_it():
    """序号 / 工作任务 / 工作目标 / 完成时限, a cell a line, then ``注：第1项由A牵头，B配合；第2、3项由C负责。``: before, the
    header, the rows and the note were read as one task of the note's units (round 40 read such notes under pipe
    tables only)."""
    plan = (
        "某街道2025年重点工作任务清单\n\n序号\n工作任务\n工作目标\n完成时限\n"
        "1\n推进老旧小区改造\n完成改造小区6个\n2025年10月\n"
        "2\n抓好森林防火\n不发生较大森林火灾\n长期坚持\n"
        "3\n发展村级集体经济\n村级集体经济收入均达10万元以上\n2025年12月\n\n"
        "注：第1项由城建办牵头，各社区配合；第2、3项由经发办负责。\n\n某街道办事处\n2025年1月10日\n"
    )
    assert dated_plan_units(plan) == [
        (["城建办"], ["各社区"], "2025-10"),
        (["经发办"], [], None),
        (["经发办"], [], "2025-12"),
    ]

"""Round 40 of docs/loader.md, theme prose2: a unit or every body of one level as the subject of 要 (session 28)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import dated_plan_units as _units

# ---- every body of one level as the subject of 要 -----------------------------------------------------------------


def test_every_body_of_a_level_that_must_act_in_a_numbered_item_leads_it():
    """各乡镇人民政府要落实属地管理责任，2021年6月底前…: before, no task (round 33 read a collective subject so)."""
    text = (
        "某县农村人居环境整治工作方案\n\n二、重点工作\n\n"
        "1．加强改厕后续管护。各乡镇人民政府要落实属地管理责任，2021年6月底前建立村级管护队伍。\n\n"
        "2．明确对象标准。各设区市人民政府要结合实际，合理确定保障对象准入条件，并向社会公布。\n\n"
        "3．推进试点。（牵头单位：县住建局）\n"
    )
    assert _units(text) == [
        (["各乡镇人民政府"], [], "2021-06"),
        (["各设区市人民政府"], [], None),
        (["县住建局"], [], None),
    ]


def test_places_or_bodies_that_must_guide_others_still_make_no_task():
    """各地要… names places, not bodies; 各乡镇、居村委要指导业委会… is the owners' work (held-out 12's reading)."""
    text = (
        "某部关于推进中试能力建设的通知\n\n二、重点任务\n\n"
        "1．加强体系建设。各地要结合本地区产业基础，统筹布局一批中试平台。\n\n"
        "2．推进改造。各乡镇、居村委要指导业委会实施消防设施改造。\n\n"
        "3．推进试点。（牵头单位：县住建局）\n"
    )
    assert _units(text) == [(["县住建局"], [], None)]


def test_bodies_that_must_act_after_a_lead_with_no_qianto_lead_beside_it():
    """A负总责…。各村（社区）要…签订…: both lead (before, 各村 its partner, as after A负责牵头…, round 37)."""
    text = (
        "某镇森林防灭火工作实施方案\n\n二、工作措施\n\n"
        "（一）落实防火责任。镇党委政府负总责，镇长为第一责任人。各村（社区）要与护林员签订森林防火责任书，"
        "2023年11月15日前全部签订完毕。\n\n"
        "（二）加强统筹协调。县领导小组办公室负责统筹协调各项措施落实，各乡镇人民政府要结合实际制定具体实施方案，"
        "2021年12月31日前报县农业农村局。\n\n"
        "（三）建立调度机制。县发展改革委负责牵头建立重点项目调度机制；县自然资源局、县生态环境局要开辟审批绿色通道。\n"
    )
    assert _units(text) == [
        (["镇党委政府", "各村（社区）"], [], "2023-11-15"),
        (["县领导小组办公室", "各乡镇人民政府"], [], "2021-12-31"),
        (["县发展改革委"], ["县自然资源局", "县生态环境局"], None),  # 牵头: its partners (round 37)
    ]


# ---- 保障措施: a subject with its partner; a task area named by what it secures ---------------------------------------


def test_a_subject_with_its_partner_under_safeguards_is_a_task_and_one_alone_is_none():
    """A要加强与B的协作，… under 保障措施: A leads, B supports, as 会同 is read there (before, no task); 县政府督查室要将…纳入…
    alone stays no task (round 40's dates/01, national/04 and corpus 09 read such a sentence so)."""
    text = (
        "某区普惠托育服务体系建设实施方案\n\n二、重点任务\n\n（一）扩大供给。（牵头单位：区卫生健康局）\n\n三、保障措施\n\n"
        "（一）严格督查考核。区政府督查室要加强与区卫生健康局的协作，将托育工作纳入年度督查计划。\n\n"
        "（二）强化督查考核。县政府督查室要将攻坚行动纳入年度督查计划，每月通报工作进展。\n"
    )
    assert _units(text) == [(["区卫生健康局"], [], None), (["区政府督查室"], ["区卫生健康局"], None)]


def test_a_task_area_named_by_what_it_secures_is_no_safeguards_section():
    """二、强化要素保障: its items are tasks as under any task heading (before, 保障 made it a 保障措施 section)."""
    text = (
        "某省优化营商环境若干措施\n\n一、提升政务服务效能\n\n（一）推行一网通办。（牵头单位：省政务服务办）\n\n"
        "二、强化要素保障\n\n（二）保障重点项目用地。省自然资源厅要优化用地审批服务，对省重点项目实行用地指标单列。\n\n"
        "（三）加大金融支持。省地方金融监管局组织各设区市金融工作部门开展政银企对接活动。\n\n"
        "三、保障措施\n\n（四）加强统筹调度。省营商办要建立工作台账，每月调度各项措施落实情况。\n"
    )
    assert _units(text) == [
        (["省政务服务办"], [], None),
        (["省自然资源厅"], [], None),
        (["省地方金融监管局"], ["各设区市金融工作部门"], None),
    ]


def test_a_subject_that_must_act_in_a_duties_section_paragraph_is_a_task():
    """四、责任分工 with unnumbered paragraphs, one written 各区、县（市）人民政府要…: before, only the 负责 ones were read."""
    text = (
        "某市工作方案\n\n二、重点任务\n\n（一）推进改革。（牵头单位：市政务服务办）\n\n四、责任分工\n\n"
        "市财政局负责做好经费保障。\n\n各区、县（市）人民政府要明确分管领导和工作专班，抓好本地区重点事项的落地实施。\n"
    )
    assert _units(text) == [
        (["市政务服务办"], [], None),
        (["市财政局"], [], None),
        (["各区、县（市）人民政府"], [], None),
    ]


# ---- A组织B… ------------------------------------------------------------------------------------------------------


def test_the_units_a_unit_organises_and_the_recurring_time_after_them():
    """A组织B每季度开展…: B supports and the task recurs (before, no status); 街道城管办组织各社区 is no one name (before,
    it led as one)."""
    text = (
        "某县农村人居环境整治方案\n\n二、重点工作\n\n"
        "1．开展村庄清洁行动，清理农村生活垃圾。县农业农村局组织各乡镇人民政府每季度开展一次村庄清洁行动集中评比。\n\n"
        "2．加强日常检查。街道城管办组织各社区每月开展一次垃圾分类交叉检查，检查结果纳入社区年度考核。\n"
    )
    doc = parse_document(text, path="plan.txt")
    measures = [m for w in doc.workplans for m in w.measures]
    assert [([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.status) for m in measures] == [
        (["县农业农村局"], ["各乡镇人民政府"], "ongoing"),
        (["街道城管办"], ["各社区"], "ongoing"),
    ]


# ---- A将B拨付至C ---------------------------------------------------------------------------------------------------


def test_a_unit_handing_money_on_leads_and_a_later_fuze_clause_leads_beside_it():
    """A将资金拨付至C，B负责资金监管 (将 as a verb outside 将…纳入): before, no task; the recipients are no units."""
    text = (
        "某区安全生产工作方案\n\n二、重点任务\n\n"
        "（一）推进企业安全技术改造。区经贸局将安全技术改造奖补资金直接拨付至企业，区财政局负责资金监管。\n\n"
        "（二）落实激励措施。街道财政所将以奖代补资金按季度发放至各社区，街道城管办配合做好考核。\n"
    )
    assert _units(text) == [(["区经贸局", "区财政局"], [], None), (["街道财政所"], ["街道城管办"], None)]


def test_partners_after_huitong_end_at_the_verb_zhenghe():
    """A要会同B、C整合…: before, the last partner read as 省税务局整合企业开办."""
    text = "某省措施\n\n一、重点任务\n\n（一）推行一网通办。省政务服务办要会同省市场监管局、省税务局整合企业开办、变更等高频事项。\n"
    assert _units(text) == [(["省政务服务办"], ["省市场监管局", "省税务局"], None)]

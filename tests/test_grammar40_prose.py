"""Round 40 of docs/loader.md, theme prose: plans whose tasks assign units in prose sentences (session 28)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import dated_plan_units as _units
from tests.support.readings import task_rows as _rows

# ---- a label after the task it is about ---------------------------------------------------------------------------


def test_the_label_of_this_task_after_its_topic_names_its_units():
    """此项工作的责任单位为A，配合单位为B: before, the item was no task (the label did not open a field)."""
    text = (
        "某县农村人居环境整治工作方案\n\n"
        "1．全面摸排农村户厕现状，分类推进改造。此项工作的责任单位为县农业农村局，配合单位为县卫生健康局、各乡镇人民政府。\n\n"
        "2．开展农村垃圾分类试点。该项任务的牵头单位：县城市管理局；完成时限：2020年底前。\n\n"
        "3．加强资金保障。此项工作的责任单位为县财政局，县审计局配合，将补助资金纳入年度财政预算。\n"
    )
    assert _units(text) == [
        (["县农业农村局"], ["县卫生健康局", "各乡镇人民政府"], None),
        (["县城市管理局"], [], "2020-12"),
        (["县财政局"], ["县审计局"], None),
    ]


def test_a_label_after_other_words_than_the_tasks_topic_stays_prose():
    text = "某县方案\n\n1．明确全县各项工作的责任单位为各乡镇人民政府。\n\n2．推进改革。（县发改局牵头）\n"
    assert _units(text) == [(["县发改局"], [], None)]


# ---- units and their manner before the work -----------------------------------------------------------------------


def test_units_with_their_manner_alone_before_a_comma_carry_the_task():
    """A、B按照职责分工，将…: before, no task (the clause had no role verb)."""
    text = (
        "某省实施意见\n\n"
        "（八）落实财税支持政策。省财政厅、省税务局按照职责分工，将符合规定的项目纳入补助范围。\n\n"
        "（九）提升创新能力。科技部、工业和信息化部按职责分工，将专精特新企业纳入支持范围，2022年6月底前完成。\n\n"
        "（十）加强监管。区卫生健康局、区市场监管局根据职责分工，每季度开展一次联合检查。\n"
    )
    rows = _rows(parse_document(text, path="plan.txt"))
    assert [(leads, supports) for _, leads, supports, _ in rows] == [
        (["省财政厅", "省税务局"], []),
        (["科技部", "工业和信息化部"], []),
        (["区卫生健康局", "区市场监管局"], []),
    ]
    assert rows[1][3] == "2022-06"


# ---- partners after 会同 ------------------------------------------------------------------------------------------


def test_partners_after_with_end_at_the_verb_build_not_inside_a_housing_bureau():
    """会同A、B建设…: before, the list ended at the first name (建设 was no verb that ends it) and B was lost."""
    text = (
        "某市工作方案\n\n"
        "（三）推进不动产登记“一件事”。市自然资源和规划局会同市住房和城乡建设局、市税务局建设“一网通办”专区。\n\n"
        "（七）开展服务月活动。工业和信息化部会同全国工商联、中国中小企业协会建设全国中小企业服务平台网络。\n\n"
        "（八）完善项目库。市发展改革委会同市建设局、市财政局建设重大项目储备库。\n"
    )
    assert _units(text) == [
        (["市自然资源和规划局"], ["市住房和城乡建设局", "市税务局"], None),
        (["工业和信息化部"], ["全国工商联", "中国中小企业协会"], None),
        (["市发展改革委"], ["市建设局", "市财政局"], None),
    ]


def test_every_body_of_a_level_before_with_leads_but_not_every_concerned_department():
    """各街道办事处会同A、B…: before, no task (a collective subject of 会同 was never read)."""
    text = (
        "某区实施方案\n\n"
        "（三）发展社区嵌入式托育。各街道办事处会同区住房和城乡建设局、区规划和自然资源局建设嵌入式托育点，"
        "2026年底前每个街道至少建成1个。\n\n"
        "（四）加强宣传。各有关部门会同区融媒体中心开展宣传。\n"
    )
    assert _units(text) == [(["各街道办事处"], ["区住房和城乡建设局", "区规划和自然资源局"], "2026-12")]


# ---- A组织B… ----------------------------------------------------------------------------------------------------


def test_the_units_a_unit_organises_are_its_partners():
    """A组织B开展…: before, B was lost (or read into A's name)."""
    text = (
        "某县工作方案\n\n"
        "7．开展村庄清洁行动。县农业农村局组织各乡镇人民政府每季度开展一次村庄清洁行动集中评比。\n\n"
        "8．强化质量支撑。市场监管总局组织各地市场监管部门开展质量管理体系认证提升行动。\n\n"
        "9．加强火源管控。镇应急办组织各村（社区）在进山路口设立临时检查站。\n\n"
        "10．开展专项检查。县应急管理局组织相关企业开展自查自纠。\n\n"
        "11．开展督查。县农业农村局组织开展专项督查。\n"
    )
    assert _units(text) == [
        (["县农业农村局"], ["各乡镇人民政府"], None),
        (["市场监管总局"], ["各地市场监管部门"], None),
        (["镇应急办"], ["各村（社区）"], None),
        (["县应急管理局"], [], None),
        (["县农业农村局"], [], None),
    ]


# ---- an item opening with its unit ---------------------------------------------------------------------------------


def test_an_item_opening_with_a_unit_keeps_a_name_holding_a_verb_and_takes_its_partners():
    """区人力资源和社会保障局将B纳入C，D配合…: before, the lead was 区人力资源和社会 (cut at 保障) and D was lost."""
    text = (
        "某区实施方案\n\n"
        "（五）加强托育人才队伍建设。区人力资源和社会保障局将保育师、育婴员纳入职业技能培训补贴范围，"
        "区卫生健康局配合开展岗前培训，持续推进。\n\n"
        "（六）加强宣传。区协调小组将成立宣传组，开展宣传活动。\n\n"
        "（九）加强金融支持。人民银行长沙中心支行、湖南银保监局要加强与省住房城乡建设厅的沟通协作，支持金融机构提供贷款。\n"
    )
    assert _units(text) == [
        (["区人力资源和社会保障局"], ["区卫生健康局"], None),
        (["人民银行长沙中心支行", "湖南银保监局"], ["省住房城乡建设厅"], None),
    ]


def test_bodies_answerable_for_their_scope_lead():
    """A对本地区…负总责: before, no task (the clause was more than units and the verb)."""
    text = (
        "某省实施意见\n\n"
        "（十二）落实工作责任。各市州人民政府对本地区发展保障性租赁住房负总责，要纳入当地经济社会发展规划。\n\n"
        "（十三）压实责任。市应急管理局对全市安全生产综合监管负总责。\n\n"
        "（十四）加强领导。各有关部门对本行业安全负总责。\n"
    )
    assert _units(text) == [(["各市州人民政府"], [], None), (["市应急管理局"], [], None)]

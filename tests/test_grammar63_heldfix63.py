"""Round 63, heldfix63: the layouts of the two real held-out plans the loader still misread (tests/fixtures/heldout 19
and 22), written again in other words (tests/fixtures/round63/heldfix63): the general rules they asked for, each with
its guards (docs/round63_heldfix63.md)."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import opening_units, read_prose
from tests.support.readings import numbered_rows


def _tasks(text: str) -> list[tuple]:
    return numbered_rows(parse_document(text, path="plan.txt"), 6)


# ---- a section dividing its work by agency, sub-heading by sub-heading ---------------------------------------------------

_DIVIDED = (
    "某省零碳园区建设工作方案\n\n三、组织保障\n\n"
    "（一）统筹推进\n\n省发展改革委负责零碳园区申报和验收，统筹推进建设工作。\n\n"
    "（二）产业转型\n\n省工业和信息化厅推动园区布局新型产业，2026年底前培育一批零碳工厂。\n\n"
    "（三）建筑降碳\n\n省住房城乡建设厅制定建筑能效标准。省交通运输厅加快布局充换电设施。\n\n"
    "（四）资金支持\n\n省财政厅会同相关部门统筹专项资金。省地方金融管理局引导金融机构创新绿色金融产品。\n"
)


def test_a_section_divided_by_agency_makes_each_paragraph_a_task_its_agencies_lead():
    # before: only the paragraphs with a role word (负责, 会同) were read; 推动, 制定…。…加快 (no role word) were none,
    # and the second sentence's agency (省地方金融管理局引导…) was lost (heldout 19, lines 70-90)
    assert _tasks(_DIVIDED) == [
        (7, "统筹推进省发", ["省发展改革委"], [], None),
        (11, "产业转型省工", ["省工业和信息化厅"], [], "2026-12"),
        (15, "建筑降碳省住", ["省住房城乡建设厅", "省交通运输厅"], [], None),
        (19, "资金支持省财", ["省财政厅", "省地方金融管理局"], ["相关部门"], None),
    ]


def test_no_analogy_where_no_paragraph_of_the_section_names_a_role():
    # guard: every paragraph opens with an agency but none states a role (a 工作基础 of what was done): no task
    text = _DIVIDED.replace("负责零碳园区申报和验收，统筹", "支持零碳园区申报和验收，统筹").replace(
        "会同相关部门统筹", "统筹"
    )
    with pytest.raises(DocumentError):
        _tasks(text)


def test_no_analogy_in_a_section_whose_headings_are_over_other_things():
    # guard: a sub-heading over a paragraph opening with no unit (充分利用…) leaves the section undivided by agency;
    # its paragraph with a role word is read as before, the others are none
    text = _DIVIDED.replace(
        "省住房城乡建设厅制定建筑能效标准。省交通运输厅加快布局充换电设施。", "充分利用媒体宣传建筑节能。"
    )
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [(7, ["省发展改革委"]), (19, ["省财政厅"])]
    # a sub-heading over two paragraphs, too
    text = _DIVIDED.replace("省交通运输厅加快布局充换电设施。", "\n\n省交通运输厅加快布局充换电设施。")
    assert [(line, leads) for line, _, leads, _, _ in _tasks(text)] == [(7, ["省发展改革委"]), (21, ["省财政厅"])]


def test_unit_led_prose_outside_sub_headings_is_no_task():
    # guards: a covering notice's 市政府同意… and a preamble's 市发展改革委要… open with units, under no sub-heading
    text = (
        "关于印发某市园区方案的通知\n\n各区人民政府：\n\n市政府同意市发展改革委的方案，现印发给你们。\n\n"
        "某市园区方案\n\n市发展改革委要加强统筹，及时总结经验。\n\n" + _DIVIDED.split("\n\n", 1)[1]
    )
    assert [line for line, *_ in _tasks(text)] == [15, 19, 23, 27]


def test_the_units_a_sentence_opens_with_whatever_its_verb():
    def names(sentence: str) -> list[str] | None:
        units = opening_units(sentence, 0, len(sentence))
        return None if units is None else [u.name for u in units]

    assert names("市经济信息化委和市生态环境局联合推进无废园区建设。") == ["市经济信息化委", "市生态环境局"]
    assert names("市交通委加快布局充换电设施。") == ["市交通委"]  # not 市交通委加快布局 (局 ends no name here)
    assert names("省住房城乡建设厅制定园区建筑垃圾利用导则。") == ["省住房城乡建设厅"]  # not …制定园
    assert names("党委宣传部组织开展宣传月活动。") == ["党委宣传部"]  # 组 of 组织 ends no name
    assert names("市委组织部牵头开展培训。") == ["市委组织部"]  # 组织 inside a name
    # guards: no unit opens the sentence
    assert names("结合电价改革，优化企业用能策略。") is None
    assert names("定期总结相关园区建设经验。") is None
    assert names("工作人员开展日常巡查。") is None


def test_a_partner_list_after_huitong_ends_before_heding():
    # before: 人事处会同实验室与设备管理处核定… read no partner (核定 ended no list of partners)
    text = "人事处会同实验室与设备管理处核定实验室安全管理岗位。"
    assert [(u.name, u.role) for u in read_prose(text, 0, len(text)).units] == [
        ("人事处", "lead"),
        ("实验室与设备管理处", "support"),
    ]


# ---- what a unit acts by, a clause of its own, then 负责 --------------------------------------------------------------


def _roles(text: str) -> list[tuple[str, str]] | None:
    found = read_prose(text, 0, len(text))
    return None if found is None else [(u.name, u.role) for u in found.units]


def test_a_unit_then_what_it_acts_by_then_fuze_leads():
    # before: none (the role verb opens a clause of its own after 根据…; heldout 22 line 112)
    assert _roles("区交通委根据农村公路养护规范和相关规定，负责编制全区养护计划，报区财政局审核。") == [
        ("区交通委", "lead")
    ]
    assert _roles("市城管局按照市委、市政府部署要求，负责整治行动的统筹协调。") == [("市城管局", "lead")]


def test_what_a_unit_acts_by_before_other_work_is_no_role():
    # guards: the clause after 根据… is other work (建立…, 制定…): no role; 根据… with no unit before it
    assert _roles("各小区应根据《指导意见》，建立微型消防站，负责初起火灾扑救。") is None
    assert _roles("区交通委根据养护规范，制定养护计划。") is None
    assert _roles("根据养护规范，负责编制养护计划。") is None


# ---- a 权力和责任清单 flattened one cell per line -----------------------------------------------------------------------

_POWERS = "\n".join(
    [
        "附件",
        "某县水库管理权力和责任清单",
        "序号",
        "权责事项",
        "行使主体",
        "事项类别",
        "设定依据",
        "责任事项",
        "1",
        "水库安全监督管理",
        "县水利局",
        "行政检查",
        "《水库大坝安全管理条例》第四条",
        "县水利局负责本行政区域内水库安全的监督管理。",
        "2",
        "水库大坝注册登记",
        "县水利局、县水库管理所",
        "行政确认",
        "《水库大坝注册登记办法》第三条",
        "水库大坝注册登记由县水利局会同县水库管理所办理。",
    ]
)
_PLAN = "某县水库管理改革实施方案\n\n二、主要任务\n\n1.推行专业化管护。将水库打包委托专业企业管护。（责任单位：县水利局）\n\n"


def test_a_power_list_states_no_tasks():
    # before: its 责任事项 cells read as tasks (县水利局负责…, 由县水利局会同县水库管理所办理; heldout 22 lines 198, 389)
    assert [(line, leads) for line, _, leads, _, _ in _tasks(_PLAN + _POWERS)] == [(5, ["县水利局"])]


def test_a_table_with_a_holder_and_no_legal_basis_is_read_as_before():
    # guard: 行使主体 without a 依据 column is no power list: its cells are read as before (here a duty in prose)
    text = _PLAN + _POWERS.replace("设定依据", "备注")
    assert len(_tasks(text)) > 1


# ---- a duties section's set-up half, and a procedure's steps -----------------------------------------------------------

_CHIEFS = (
    "某县全面推行林长制实施方案\n\n二、组织体系和职责分工\n\n（一）组织体系\n\n"
    "1.县级林长：设立县级总林长，由县委书记担任。\n\n2.县林长办公室：成立县林长制办公室，办公室设在县林业局。\n\n"
    "（二）职责分工\n\n1.县级总林长：负责全县森林资源保护发展工作。\n\n2.县林业局：负责林长制工作的业务指导。\n"
)


def test_posts_set_up_under_a_duties_section_are_no_tasks():
    # before: 1.县级林长：设立…，由…担任 read as the post's duty, a task (heldout 22 lines 565-571)
    assert [(line, leads) for line, _, leads, _, _ in _tasks(_CHIEFS)] == [(13, ["县级总林长"]), (15, ["县林业局"])]


def test_duties_under_a_heading_of_another_kind_read_as_before():
    # guard: the same items under a sub-heading that sets up nothing (（一）县级职责) are duties, tasks
    text = _CHIEFS.replace("（一）组织体系", "（一）县级职责")
    assert [line for line, *_ in _tasks(text)] == [7, 9, 13, 15]


_STEPS = (
    "某县林长制实施方案\n\n三、工作流程\n\n1.问题处置：乡级林长应组织相关人员对发现的问题及时处置。\n\n"
    "2.各乡镇应建立林长巡林日志，做好巡林记录。\n\n3.问题转办：需县级部门处置的问题，由县林长办公室负责转办督办。\n"
)


def test_a_procedures_steps_by_modal_are_no_tasks_its_roles_are():
    # before: 2.各乡镇应建立…日志 a task 各乡镇 led (heldout 22 line 609), and 问题转办 read as an office (办)
    assert [(line, leads) for line, _, leads, _, _ in _tasks(_STEPS)] == [(9, ["县林长办公室"])]


def test_steps_by_modal_outside_a_procedure_read_as_before():
    # guard: the same numbered paragraph under a heading of tasks is a task its subject leads (round 33)
    text = _STEPS.replace("三、工作流程", "三、重点任务")
    assert (7, ["各乡镇"]) in [(line, leads) for line, _, leads, _, _ in _tasks(text)]


# ---- prose roles inside a listed item; a subject of 负责 after a clause of its own -------------------------------------

_LISTED = (
    "某县农村供水管护体制改革实施方案\n\n一、主要任务\n\n（一）健全县级统筹管理体制\n\n"
    "县级相关部门要发挥好统筹协调作用，全面负责管护体制改革的组织实施。\n\n"
    "1.落实乡镇属地责任\n\n县供水总公司要负责落实本辖区小型供水工程的日常管护工作。\n\n（1）做好水源地巡查保护，及时上报。\n\n"
    "（2）指导村民委员会将爱护设施纳入村规民约。\n\n（责任单位：县水利局、各乡镇人民政府）\n"
)


def test_prose_roles_inside_a_listed_item_make_no_task_of_their_own():
    # before: 县供水总公司要负责落实… a task of its own, and the list's task began at its last sub-point (heldout 22 78-86);
    # the intro's 县级相关部门要…，全面负责… no task (heldout 22 line 66)
    assert _tasks(_LISTED) == [
        (7, "健全县级统筹", ["县级相关部门"], [], None),
        (17, "落实乡镇属地", ["县水利局", "各乡镇人民政府"], [], None),
    ]


def test_a_paragraph_under_a_heading_with_no_list_of_its_own_reads_as_before():
    # guard: with the list closing the last sub-point's own paragraph (not a line of its own), the prose paragraph
    # under the heading keeps its task
    text = _LISTED.replace("村规民约。\n\n（责任单位", "村规民约。（责任单位")
    assert (11, ["县供水总公司"]) in [(line, leads) for line, _, leads, _, _ in _tasks(text)]


def test_the_subject_of_a_later_clauses_fuze_or_ducu_zhidao_leads():
    # before: none (the role verb opens a clause with no subject after the subject's own; heldout 22 lines 66, 649)
    assert _roles("区级相关部门要发挥好承上启下作用，全面负责农村公路管理的具体工作。") == [("区级相关部门", "lead")]
    assert _roles("区交通委要对各镇路长制开展情况进行检查，督促指导镇开展路长制工作。") == [("区交通委", "lead")]


def test_a_later_clause_of_other_work_or_a_collective_subject_gives_no_role():
    # guards: 指导 alone is the work (指导农户做好…: round 62 left30/05 read by its verb as before); a collective with no
    # level (相关部门) names no definite set; 负责同志 is a person
    assert _roles("县农业农村局要组织农技人员开展技术指导，指导农户做好农资准备。") is None
    assert _roles("相关部门要发挥好作用，全面负责具体工作。") is None
    assert _roles("各乡镇要高度重视，主要负责同志亲自抓。") is None


def test_a_duty_under_a_sub_heading_opens_with_its_units_name():
    # before: 3.村级路长和护路员 / 村级路长：负责… read with the heading's words first (heldout 22 line 593)
    text = (
        "某区路长制实施方案\n\n五、职责分工\n\n1.区级路长\n\n区级路长：负责监督指导辖区内农村公路管理。\n\n"
        "2.村级路长和护路员\n\n村级路长：负责村域内道路建设养护管理。\n\n护路员：协助村级路长开展日常巡查。\n"
    )
    assert [(line, text) for line, text, *_ in _tasks(text)] == [(7, "区级路长：负"), (11, "村级路长：负")]

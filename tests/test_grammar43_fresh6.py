"""Round 43 of docs/loader.md, theme fresh6: misreads of eight plans of sectors and issuers no round had shown."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document


def _reading(text: str, path: str = "plan.md"):
    doc = parse_document(text, path=path)
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date, m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_soe_plans_zeren_qiye_field_names_the_enterprises_that_carry_the_task():
    """A 国资委's 任务分工 closes each item with ``（牵头处室：A；配合处室：B；责任企业：C；2024年6月底前）``. Before,
    ``责任企业：`` was no label: its enterprises were lost, and with them the unlabelled deadline after them."""
    text = (
        "1. 制定国有资本布局优化指引。（牵头处室：规划发展处；配合处室：产权管理处；责任企业：各出资企业；2024年6月底前）\n\n"
        "2. 推进战略性重组。（牵头处室：企业改革处；责任企业：市城投集团、市交投集团；2025年底前）\n\n"
        "3. 落实前置研究讨论清单。（牵头处室：党建工作处；责任企业：各出资企业；持续推进）\n"
    )
    assert _reading(text) == [
        (1, ["规划发展处"], ["产权管理处", "各出资企业"], "2024-06", "scheduled"),
        (3, ["企业改革处"], ["市城投集团", "市交投集团"], "2025-12", "scheduled"),
        (5, ["党建工作处"], ["各出资企业"], None, "ongoing"),
    ]


def test_zeren_qiye_alone_leads_and_qiantou_qiye_leads_beside_it():
    text = (
        "1. 推进重组整合。（责任企业：市城投集团、市交投集团；持续推进）\n"
        "2. 推进专业化整合。（牵头企业：市城投集团；责任企业：市交投集团）\n"
    )
    assert _reading(text) == [
        (1, ["市城投集团", "市交投集团"], [], None, "ongoing"),
        (2, ["市城投集团"], ["市交投集团"], None, None),
    ]


def test_how_a_medical_community_is_made_is_no_task():
    """``由县级医院牵头，其他若干家县级医疗卫生机构…为成员单位``: a level before a kind of body (县级医院) is still a
    kind, so the sentence says how each 医共体 is made, not who carries a task. Before, 县级医院 led it."""
    text = (
        "二、重点任务\n"
        "（一）科学构建县域医共体。各县（市、区）原则上组建1-3个县域医共体，由县级医院牵头，"
        "其他若干家县级医疗卫生机构及乡镇卫生院、社区卫生服务中心为成员单位。\n"
        "（二）组建产业创新联盟。由市工信局牵头，市科技局、市教育局为成员单位。\n"
    )
    assert _reading(text) == [(3, ["市工信局"], ["市科技局", "市教育局"], None, None)]


def test_a_convention_glued_to_a_unit_with_its_own_bracket_keeps_the_whole_unit():
    """``责任单位：A、B，各县（市、区）人民政府（列第一位的为牵头单位，下同）``: the convention's bracket is the last
    one before its words. Before, the unit was cut at its own bracket and read as 各县."""
    text = (
        "（一）发展首发经济。\n"
        "责任单位：市商务局、市发展改革委，各县（市、区）人民政府（列第一位的为牵头单位，下同）\n"
        "（二）提升餐饮消费。\n"
        "责任单位：市商务局、市市场监管局\n"
    )
    assert _reading(text) == [
        (2, ["市商务局"], ["市发展改革委", "各县（市、区）人民政府"], None, None),
        (4, ["市商务局"], ["市市场监管局"], None, None),
    ]


def test_a_body_written_as_the_responsible_one_with_wei_leads_as_with_shi():
    """``A为责任主体，B加强指导`` says what ``A是责任主体，B…`` says (a 商务局's 提振消费 plan). Before, only 是 was read
    and the item was left out."""
    text = (
        "1. 培育夜间经济。各县（市、区）人民政府为责任主体，市商务局加强指导。\n"
        "2. 发展首店经济。市商务局为责任主体，市财政局配合。\n"
    )
    assert _reading(text) == [
        (1, ["各县（市、区）人民政府"], ["市商务局"], None, None),
        (2, ["市商务局"], ["市财政局"], None, None),
    ]


def test_a_policy_extended_to_a_date_is_no_deadline():
    """A 稳就业若干措施 分工: ``延续实施…费率政策至2023年4月30日`` says how long the policy holds (as 执行至 does), not
    when the task is due. Before, 2023-04-30 was its deadline."""
    text = (
        "1.延续实施阶段性降低失业保险、工伤保险费率政策至2023年4月30日。（省人力资源社会保障厅、省财政厅负责）\n"
        "2.将创业担保贷款政策延续至2023年底。（省人力资源社会保障厅负责）\n"
        "3.力争至2023年底建成10个创业园区。（省人力资源社会保障厅负责）\n"
    )
    assert [(line, date) for line, _, _, date, _ in _reading(text, "plan.txt")] == [
        (1, None),
        (2, None),
        (3, "2023-12"),
    ]

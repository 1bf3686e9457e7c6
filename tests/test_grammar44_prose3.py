"""Round 44 (prose3): roles written in sentences, as 实施意见 and 通知 write them (docs/loader.md, round 44)."""

from reformgraph.loaders.parse import parse_document
from tests.support.readings import plan_unit_lines


def _deadlines(text: str) -> list[tuple[int, str | None, str | None]]:
    document = parse_document(text, path="x.txt")
    return [(m.line, m.deadline.date, m.deadline.status) for w in document.workplans for m in w.measures]


_HEAD = "某县2025年专项整治工作方案\n\n一、重点任务\n"


def test_by_units_and_a_verb_of_their_own_work_they_lead() -> None:
    # 由A组织清理…, …，由A承担, 由A统筹协调: A leads (before, only 由A负责/牵头/按程序… were read: no task); who pays
    # (所需资金由A承担) is no task
    text = _HEAD + (
        "（一）集中清理。对排查发现的问题，由各乡镇人民政府组织清理，县水利局、县自然资源局按职责予以配合。\n"
        "（二）拆除违建。河道管理范围内违法建筑的拆除工作，由各乡镇人民政府承担，县城市管理局给予支持。\n"
        "（三）举办活动。全年举办活动不少于50场，由县商务局统筹协调，各乡镇人民政府具体承办，"
        "县公安局在安全保障等方面予以支持。\n"
        "（四）建设平台。所需资金由县财政局承担。\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["各乡镇人民政府"], ["县水利局", "县自然资源局"]),
        (5, ["各乡镇人民政府"], ["县城市管理局"]),
        (6, ["县商务局"], ["各乡镇人民政府", "县公安局"]),
    ]


def test_a_body_named_first_responsible_after_the_work_leads() -> None:
    # 非法采砂整治工作，A是第一责任单位，B、C协助: A leads, B and C support (before, no task: 是…责任主体 only, read
    # at the sentence's start, and the paragraph held none of the prose words)
    text = _HEAD + "（一）打击非法采砂。河道非法采砂整治工作，县水利局是第一责任单位，县公安局、县交通运输局协助。\n"
    assert plan_unit_lines(text) == [(4, ["县水利局"], ["县公安局", "县交通运输局"])]


def test_a_coordinating_body_leads_and_the_bodies_each_doing_their_part_support() -> None:
    # A统筹，B、C各司其职: as A牵头，B、C负责; the fields sharing the body that closes the list are kept as written
    text = _HEAD + (
        "（一）健全工作体系。在市委统一领导下，市委政法委统筹，公安、检察、法院、司法行政机关各司其职，"
        "2026年6月底前建成三级综治中心。\n"
    )
    assert plan_unit_lines(text) == [(4, ["市委政法委"], ["公安", "检察", "法院", "司法行政机关"])]
    assert _deadlines(text) == [(4, "2026-06", "scheduled")]


def test_a_unit_with_another_reads_as_with_huitong() -> None:
    # A同B联合开展… (a numbered item with no role word) and …，与B共同确定… (a clause with no subject): B supports
    text = _HEAD + (
        "1.县交通运输局同县公安局交通警察大队联合开展“两客一危”车辆专项整治，每月通报一次。\n"
        "2.县自然资源局要单列保障性租赁住房用地，与县住房城乡建设局共同确定年度供地规模。\n"
        "3.县安全办同县市场监管局对施工现场开展联合检查。\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["县交通运输局"], ["县公安局交通警察大队"]),
        (5, ["县自然资源局"], ["县住房城乡建设局"]),
        (6, ["县安全办"], ["县市场监管局"]),
    ]
    assert _deadlines(text)[0] == (4, None, "ongoing")


def test_units_joined_by_yiji_are_two() -> None:
    # 以及 joins two names as 及 does (before, one name 区住房城乡建设委以及区市场监管局, or the list cut at 建设);
    # every body of a level beside a named unit opens an item with it
    text = _HEAD + (
        "1．政策宣传。街道党政办以及各社区居委会组织开展加装电梯政策宣讲，4月底前实现宣传全覆盖。\n"
        "2．方案审查。街道城建办会同区规划资源局、区住房城乡建设委以及区市场监管局开展加装方案联合审查。\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["街道党政办", "各社区居委会"], []),
        (5, ["街道城建办"], ["区规划资源局", "区住房城乡建设委", "区市场监管局"]),
    ]


def test_a_unit_carried_into_every_later_task_said_with_junwei() -> None:
    # （责任单位：A、B，以下均为C，不再列出）: C supports every later task, as 以下均需C落实，不再列出 (before, C lost),
    # and the task that states it (round 44 left7's choice, SPEC.md)
    text = _HEAD + (
        "（一）完善助餐网络。新建长者食堂10家。（责任单位：区民政局、区财政局，以下均为各街道办事处，不再列出）\n"
        "（二）丰富助餐方式。发展上门送餐服务。（责任单位：区民政局、区商务局）\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["区民政局", "区财政局"], ["各街道办事处"]),
        (5, ["区民政局", "区商务局"], ["各街道办事处"]),
    ]


def test_partners_after_huitong_end_at_dazao() -> None:
    text = _HEAD + "（一）培育消费新场景。县文化广电旅游局要会同县商务局打造一批夜间经济集聚区。\n"
    assert plan_unit_lines(text) == [(4, ["县文化广电旅游局"], ["县商务局"])]


def test_units_doing_a_share_together_support() -> None:
    # 由A负责，B、C共同做好…: 共同 before the verb is no part of the names (before, B and C were lost)
    text = _HEAD + "（一）加强困难帮扶。实施精准帮扶，由县人力资源社会保障局负责，县民政局、县残联共同做好兜底保障。\n"
    assert plan_unit_lines(text) == [(4, ["县人力资源社会保障局"], ["县民政局", "县残联"])]


def test_a_guide_with_its_own_work_leads_beside_the_subjects() -> None:
    # A、B要…，C指导D扩大…: C leads beside them (before, C was lost)
    text = _HEAD + (
        "（一）稳定公共部门岗位。县委组织部、县人力资源社会保障局要统筹做好招录工作，"
        "县国资委指导县属国有企业扩大招聘规模，2025年7月底前完成。\n"
    )
    assert plan_unit_lines(text) == [(4, ["县委组织部", "县人力资源社会保障局", "县国资委"], [])]


def test_an_item_whose_clauses_each_open_with_a_unit_is_led_by_both() -> None:
    # A加强资金保障…；B落实税收优惠政策: one task, both lead (before, B lost); A、B和C共同研究…: all three lead
    text = _HEAD + (
        "（一）给予财税支持。县财政局加强资金保障，统筹使用补助资金；县税务局落实税收优惠政策。\n"
        "（二）配齐教师。县委编办、县人力资源社会保障局和县教育局共同研究核定心理健康教师编制。\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["县财政局", "县税务局"], []),
        (5, ["县委编办", "县人力资源社会保障局", "县教育局"], []),
    ]


def test_a_term_a_task_starts_in_is_no_deadline() -> None:
    # 2026年秋季学期起全面实施: a start, as 2022年起 (before, 2026-09 scheduled)
    text = _HEAD + "（一）开设课程。县教育局要联合县卫生健康委制定指导纲要，2026年秋季学期起全面实施。\n"
    assert plan_unit_lines(text) == [(4, ["县教育局"], ["县卫生健康委"])]
    assert _deadlines(text) == [(4, None, None)]

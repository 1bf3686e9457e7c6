"""Round 45 (left8): round 44's text left-overs (docs/loader.md, round 44's "Left")."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.tasks import without_task_label
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures


def _contacts(text: str) -> list[tuple[str, str, str | None]]:
    document = parse_document(text, path="x.txt")
    return [(c.name, c.role, c.unit_raw) for w in document.workplans for c in w.contacts]


def test_a_leader_named_leading_makes_the_units_named_with_it_lead() -> None:
    # chosen: the person leads over the task (its 牵头领导), the units named with it carry it (before, no task)
    text = (
        "1.开展矛盾纠纷集中排查。由副镇长李某某牵头，党政办、综治中心配合。2025年4月底前完成首轮排查。\n"
        "2.推进重点领域纠纷化解。由镇党委委员、政法委员王某某牵头，司法所、劳动保障所配合，逐案落实包案责任。\n"
        "3.整治楼道。由街道副主任何某某牵头，城市管理办、社区建设办配合，清理楼道堆物。\n"
        "4.修订预案。由党委副书记曾某某牵头，应急办、水利站配合，修订完善防汛预案。\n"
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in plan_measures(text)] == [
        (1, ["党政办", "综治中心"], [], "2025-04"),
        (2, ["司法所", "劳动保障所"], [], None),
        (3, ["城市管理办", "社区建设办"], [], None),  # before, 街道 led (the post's 街道 read as a unit)
        (4, ["应急办", "水利站"], [], None),
    ]
    assert _contacts(text)[0] == ("李某某", "牵头领导", None)


def test_after_a_leader_a_unit_marked_responsible_leads_and_the_partners_support() -> None:
    text = "1.开展矛盾纠纷排查。由副镇长李某某牵头，党政办负责，综治中心配合。\n"
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(text)] == [(["党政办"], ["综治中心"])]


def test_a_unit_head_leading_still_names_the_unit() -> None:
    text = "1.开展防火巡查。由县林业局牵头，县应急管理局配合。\n"
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(text)] == [(["县林业局"], ["县应急管理局"])]


def test_a_post_and_a_hidden_name_supporting_is_a_person() -> None:
    # 网格长 alone stays round 41's collective; 网格长张某某 is one person (before, 网格长 supported)
    text = (
        "1.开展巡查。（镇综治中心牵头，网格长张某某配合）\n"
        "2.强化预警。镇综治中心负责，网格长张某某配合，每月汇总分析一次。\n"
        "3.建设中央厨房。\n责任科室：社会事务科\n配合科室：网格长张某某、平安建设办\n"
        "4.开展巡查。（镇综治中心牵头，各网格长配合）\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(text)] == [
        (["镇综治中心"], []),
        (["镇综治中心"], []),
        (["社会事务科"], ["平安建设办"]),
        (["镇综治中心"], ["各网格长"]),
    ]
    assert ("张某某", "配合", None) in _contacts(text)


def test_an_unlabelled_list_with_a_person_in_it_is_an_assignment() -> None:
    # before, no assignment (the person is no unit name): the item was lost
    text = (
        "1.做好台账。（办公室、科长张某某负责）\n"
        "2.落实进网格。（司法所、副所长赵某某负责，派出所配合）\n"
        "3.选树典型。（宣传统战办、科员韩某某负责）\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(text)] == [
        (["办公室"], []),
        (["司法所"], ["派出所"]),
        (["宣传统战办"], []),
    ]
    assert _contacts(text)[0] == ("张某某", "责任人", "办公室")


def test_a_note_in_a_bracket_after_the_date_is_no_part_of_the_deadline() -> None:
    assert parse_deadline("2024年6月（已纳入民生实事）") == parse_deadline("2024年6月")
    assert parse_deadline("2025年4月30日前（防火期结束）").raw == "2025年4月30日前"
    # a status or a date in the bracket is read with it; dated stages keep theirs
    assert parse_deadline("2024年6月（已完成）").status == "done"
    assert parse_deadline("汛期（6月1日—9月30日）", 2024).date == "2024-09-30"
    assert parse_deadline("2025年12月底前（基本完成）/2027年（全面完成）").raw.endswith("（全面完成）")
    text = "1.新建口袋公园5个。（牵头单位：县住建局；完成时限：2024年10月（已纳入省级民生实事））\n"
    assert plan_measures(text) == [(1, ["县住建局"], [], "2024年10月", "2024-10", "scheduled")]


def test_a_rate_per_person_is_no_schedule() -> None:
    for text in (
        "加强调解员队伍建设。调解员每人每年至少参加一次培训。",
        "实施年轻干部培养计划。每名学员每年至少到基层一线蹲点调研一次。",
        "推进网络学习。干部每人每年网络学习不少于50学时。",
    ):
        assert text_deadline(text).status is None, text
    # work done every year stays ongoing
    assert text_deadline("开展基层干部全员培训。对干部每年开展一次全员培训，每人每年至少参加一次。").status == "ongoing"


def test_a_range_of_years_with_each_year_is_due_at_its_end() -> None:
    # chosen: the range's end is the deadline (as 2023—2025年), the 每年 paces the work within it (before, none:
    # 至2027年每… read as a year naming the clause's object)
    text = (
        "1.改造农村危房。（县住建局负责，2024年至2026年每年改造100户）\n"
        "2.建设供水工程。（县水利局负责，县财政局配合，2024年至2025年每年新增受益人口1万人）\n"
    )
    assert [(leads, supports, date, status) for _, leads, supports, _, date, status in plan_measures(text)] == [
        (["县住建局"], [], "2026-12", "scheduled"),
        (["县水利局"], ["县财政局"], "2025-12", "scheduled"),
    ]


def test_an_item_subject_may_be_a_name_of_16_characters() -> None:
    text = (
        "一、降低企业融资成本。中国人民银行某某市分行、国家金融监督管理总局某某监管分局引导银行机构合理让利。\n"
        "二、防范化解金融风险。国家金融监督管理总局某某监管分局、市地方金融管理局联合开展非法集资风险排查。\n"
        "三、强化政府性融资担保。市融资担保集团有限公司扩大支小支农担保业务规模，市财政局配合落实担保费补贴政策。\n"
        "四、治理货车超限。市交通运输局同市公安局交通警察支队联合开展治超行动。\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(text)] == [
        (["中国人民银行某某市分行", "国家金融监督管理总局某某监管分局"], []),
        (["国家金融监督管理总局某某监管分局", "市地方金融管理局"], []),
        (["市融资担保集团有限公司"], ["市财政局"]),
        (["市交通运输局"], ["市公安局交通警察支队"]),  # A同B: two bodies, no name of 17 characters
    ]


def test_a_task_named_with_its_number_or_label_keeps_neither_in_its_text() -> None:
    assert without_task_label("任务一：摸清改造需求底数") == "摸清改造需求底数"
    text = (
        "一、重点任务\n\n**任务一：摸清改造需求底数**\n\n对特殊困难老年人家庭开展入户评估。\n\n牵头单位：区民政局\n\n"
        "4、任务名称：建设文化站\n主要内容：新建文化站3个。\n牵头单位：县文旅局\n\n"
        "（五）任务名称：建设公园\n主要内容：新建公园。\n责任单位：县住建局\n\n事项六：建设绿道\n责任单位：县住建局\n"
    )
    document = parse_document(text, path="x.txt")
    assert [m.text[:8] for w in document.workplans for m in w.measures] == [
        "摸清改造需求底数",
        "建设文化站主要内",
        "建设公园主要内容",  # before, 主要内容：… (the 任务名称 line read as a heading over several tasks)
        "建设绿道",
    ]

"""Round 29 of docs/loader.md: a group's assignment written after its items, and a list's title.

- ``（一）…`` / ``1.推进…`` / ``2.推进…`` / ``（责任单位：A、B）`` / ``（二）…``: the assignment on a line of its own after
  a group's numbered items, none naming units of its own, is every item's (only the last was read before, the
  others lost);
- a short numbered line over a list of sub-items (``1.开展村庄清洁行动。`` / ``（1）…`` / ``（2）…``) titles the list,
  not its first item alone (whose text began with it).
"""

from __future__ import annotations

import pytest

from reformgraph.loaders.parse import parse_document


def _tasks(text: str):
    doc = parse_document(text, path="plan.txt")
    return [
        (m.line, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


GROUPS = """某市数字经济发展实施方案

一、主要任务

（一）加快数字基础设施建设

1.加快5G网络建设，新建5G基站1000个。

2.推进千兆光网进小区。

（责任单位：市工信局、市通信发展办，2024年底前）

（二）推动产业数字化

3.实施制造业数字化转型行动。

4.推进农业数字化。

牵头单位：市农业农村局；配合单位：市工信局

（三）发展数字产业

5.培育软件和信息技术服务业。（责任单位：市科技局）

6.发展电子信息制造业。
"""


def test_an_assignment_after_a_groups_items_is_every_items():
    tasks = _tasks(GROUPS)
    assert tasks == [
        (7, "加快5G网络建设，新建5G基站1000个。", ["市工信局", "市通信发展办"], [], "2024-12"),
        (9, "推进千兆光网进小区。", ["市工信局", "市通信发展办"], [], "2024-12"),
        (15, "实施制造业数字化转型行动。", ["市农业农村局"], ["市工信局"], None),
        (17, "推进农业数字化。", ["市农业农村局"], ["市工信局"], None),
        # an item with units of its own, and one after it naming none: nothing spread
        (23, "培育软件和信息技术服务业。", ["市科技局"], [], None),
    ]
    # the units are where they are written: on the assignment's line
    doc = parse_document(GROUPS, path="plan.txt")
    assert {u.line for w in doc.workplans for m in w.measures[:2] for u in m.leads} == {11}


@pytest.mark.parametrize(
    "items",
    [
        # the last item has units of its own in the same group: the assignment after it is its own
        ["1.加快5G网络建设。（责任单位：市通信发展办）", "2.推进千兆光网进小区。"],
        # one item only
        ["2.推进千兆光网进小区。"],
    ],
)
def test_no_spread_where_the_group_is_not_wholly_unassigned(items):
    text = "\n".join(
        ["某市方案", "一、主要任务", "（一）加快数字基础设施建设", *items, "（责任单位：市工信局）", "（二）其他"]
    )
    tasks = _tasks(text)
    assert [t[1:3] for t in tasks if t[2] == ["市工信局"]] == [("推进千兆光网进小区。", ["市工信局"])]


def test_no_spread_where_the_list_goes_on_after_the_assignment():
    text = "\n".join(
        [
            "某市方案",
            "一、主要任务",
            "1.加快5G网络建设。",
            "2.推进千兆光网进小区。",
            "（责任单位：市工信局）",
            "3.推进农业数字化。（责任单位：市农业农村局）",
        ]
    )
    assert [t[1:3] for t in _tasks(text)] == [
        ("推进千兆光网进小区。", ["市工信局"]),
        ("推进农业数字化。", ["市农业农村局"]),
    ]


def test_sub_items_under_a_numbered_title():
    text = "\n".join(
        [
            "某县人居环境整治方案",
            "一、重点任务",
            "1.加强农村基础设施建设。",
            "（1）推进农村道路硬化。",
            "（2）推进农村供水保障。",
            "（责任单位：县交通运输局、县水利局，2025年底前）",
            "2.开展村庄清洁行动。",
            "（1）清理农村生活垃圾。（牵头单位：县城管局）",
            "（2）清理村内塘沟。",
            "（责任单位：县水利局）",
            "二、保障措施",
            "加强组织领导。（县农业农村局负责）",
        ]
    )
    assert [t[:3] for t in _tasks(text)] == [
        (4, "推进农村道路硬化。", ["县交通运输局", "县水利局"]),
        (5, "推进农村供水保障。", ["县交通运输局", "县水利局"]),
        (8, "清理农村生活垃圾。", ["县城管局"]),  # the list's title is no part of its first item
        (10, "清理村内塘沟。", ["县水利局"]),  # one item's own assignment: its line
        (12, "加强组织领导。", ["县农业农村局"]),
    ]


def test_a_heading_over_one_paragraph_still_titles_it():
    text = "\n".join(["某县方案", "一、任务", "（一）全面实施光伏工程", "推进屋顶光伏建设。", "（牵头单位：县发改局）"])
    assert [t[1] for t in _tasks(text)] == ["全面实施光伏工程推进屋顶光伏建设。"]


def test_items_with_units_of_their_own_in_prose_keep_them():
    text = "\n".join(
        [
            "某市方案",
            "一、重点任务",
            "（一）深化审批制度改革",
            "1.调整许可事项清单。由市司法局负责，市政务服务管理局配合。",
            "2.深化工程建设项目审批改革。由市住建局牵头，市发改委配合。",
            "3.推进“证照分离”改革全覆盖。实行分类管理。",
            "责任单位：市市场监管局",
            "完成时限：2024年12月底前",
        ]
    )
    assert [t[2:5] for t in _tasks(text)] == [
        (["市司法局"], ["市政务服务管理局"], None),
        (["市住建局"], ["市发改委"], None),
        (["市市场监管局"], [], "2024-12"),
    ]


def test_items_numbered_as_groups_under_a_section_heading():
    text = "\n".join(
        [
            "某街道2024年工作要点",
            "一、做好文化工作",
            "（一）做好文化惠民。",
            "（二）做好全民阅读。",
            "（责任单位：街道文化站；完成时限：长期坚持）",
            "二、其他",
            "（一）做好安全生产。（责任单位：街道安监站）",
        ]
    )
    assert [t[1:3] for t in _tasks(text)] == [
        ("做好文化惠民。", ["街道文化站"]),
        ("做好全民阅读。", ["街道文化站"]),
        ("做好安全生产。", ["街道安监站"]),
    ]


def test_section_labels_of_a_bureaus_plan():
    text = "\n".join(
        [
            "某县市场监督管理局2024年机关工作要点",
            "一、优化准入环境",
            "（一）推进信用修复“一网通办”。（牵头科室：信用监管科；配合科室：政策法规科；完成时限：长期坚持）",
            "（二）抓好依法行政。开展行政执法案卷评查。",
            "牵头股室：政策法规股",
            "配合股室：执法稽查大队",
            "完成时限：第四季度",
        ]
    )
    assert [t[1:5] for t in _tasks(text)] == [
        ("推进信用修复“一网通办”。", ["信用监管科"], ["政策法规科"], None),
        ("抓好依法行政。开展行政执法案卷评查。", ["政策法规股"], ["执法稽查大队"], "2024-12"),
    ]


def test_a_table_of_reform_items():
    text = "\n".join(
        [
            "某市2024年改革事项清单",
            "| 序号 | 改革事项 | 牵头单位 | 配合单位 | 完成时限 |",
            "| --- | --- | --- | --- | --- |",
            "| 1 | 推进基本医疗保险市级统筹 | 市医保局 | 市财政局、市卫生健康委 | 2024年底前 |",
        ]
    )
    assert [t[1:5] for t in _tasks(text)] == [
        ("推进基本医疗保险市级统筹", ["市医保局"], ["市财政局", "市卫生健康委"], "2024-12")
    ]


@pytest.mark.parametrize(
    ("field", "date"),
    [("即日起至12月底", "2024-12"), ("自即日起至11月30日", "2024-11-30"), ("即日起至年底", "2024-12")],
)
def test_from_now_until_a_date(field, date):
    text = f"某县2024年整治方案\n一、任务\n1.整治。（责任单位：县城管局；完成时限：{field}）"
    assert _tasks(text)[0][4] == date


def test_a_unit_that_oversees():
    text = "某镇方案\n一、任务\n1.开展清洁行动。（责任单位：各村（社区），镇农业综合服务中心负责督导）"
    assert _tasks(text)[0][2:4] == (["各村（社区）"], ["镇农业综合服务中心"])
    text = "某镇方案\n一、任务\n1.开展整治。（县城管局牵头，县住建局负责督导）"
    assert _tasks(text)[0][2:4] == (["县城管局"], ["县住建局"])


def test_a_persons_title_in_brackets_is_one():
    text = "\n".join(
        [
            "某街道2024年工作要点",
            "一、任务",
            "（一）抓好招商。",
            "责任单位：经济发展办公室",
            "分管领导：张某（党工委委员、办事处副主任）",
        ]
    )
    doc = parse_document(text, path="plan.txt")
    assert [(c.name, c.role) for w in doc.workplans for c in w.contacts] == [("张某", "分管领导")]


@pytest.mark.parametrize(
    "statement",
    [
        "以下各项任务均需各区县政府落实，不再列出",
        "以下任务均需各区县政府落实，不再单独列出",
        "以下各项工作均由各区县政府负责落实，不再一一列出",
    ],
)
def test_a_unit_carried_into_every_later_task(statement):
    text = f"某市方案\n二、重点任务\n（{statement}）\n1.推进甲工作。（市发展改革委牵头，市财政局配合）\n2.推进乙工作。（市商务委负责）"
    assert [t[3] for t in _tasks(text)] == [["市财政局", "各区县政府"], ["各区县政府"]]


@pytest.mark.parametrize(
    ("sentence", "supports"),
    [
        ("由市住建局牵头，会同市规划和自然资源局、市发改委，推行审批模式。", ["市规划和自然资源局", "市发改委"]),
        ("由市住建局牵头，会同市规划和自然资源局推行审批模式。", ["市规划和自然资源局"]),
        ("市司法局会同市政务服务管理局，每季度对清单进行动态调整。", ["市政务服务管理局"]),
        ("市司法局会同市政务服务管理局每季度对清单进行动态调整。", ["市政务服务管理局"]),
        ("市政府督查室要会同市委组织部将落实情况纳入考核。", ["市委组织部"]),
        ("市政府督查室要会同市财政局将落实情况纳入考核。", ["市财政局"]),
        # a collective ends the list: what follows is the task's words
        ("生态环境部会同有关部门组建协调小组和专家委员会，建立工作机制。", ["有关部门"]),
    ],
)
def test_partners_after_huitong(sentence, supports):
    text = f"某市方案\n一、任务\n1.推进工作。{sentence}"
    assert _tasks(text)[0][3] == supports


@pytest.mark.parametrize(
    ("field", "units"),
    [
        ("责任科室：平安建设办公室 城市管理办公室", [["平安建设办公室", "城市管理办公室"], []]),
        ("（责任科室：食品生产科 食品流通科　餐饮服务科）", [["食品生产科", "食品流通科", "餐饮服务科"], []]),
        (
            "（责任单位：镇综合行政执法队 镇派出所 各村（社区）；完成时限：9月底前）",
            [["镇综合行政执法队", "镇派出所", "各村（社区）"], []],
        ),
        # a role in brackets after a name a space sets apart is its own
        ("（责任单位：县发改局（牵头） 县财政局 县统计局）", [["县发改局"], ["县财政局", "县统计局"]]),
        # one name holding another, written without a space: one name
        ("（责任单位：国家税务总局上海市税务局）", [["国家税务总局上海市税务局"], []]),
    ],
)
def test_units_a_space_sets_apart(field, units):
    text = (
        f"某县2024年工作要点\n一、任务\n1.深化网格化治理。\n{field}"
        if field.startswith("责")
        else f"某县2024年工作要点\n一、任务\n1.深化网格化治理。{field}"
    )
    assert [t[2:4] for t in _tasks(text)] == [tuple(units)]


def test_people_fields_a_space_sets_apart():
    text = "\n".join(
        [
            "某县2024年工作要点",
            "一、重点任务",
            "（一）抓好招商引资。全年引进亿元以上项目3个。",
            "责任单位：县商务局",
            "分管领导：张某（副县长）  联系人：李某  电话：0539-7211001",
            "完成时限：全年",
        ]
    )
    doc = parse_document(text, path="plan.txt")
    people = [(c.name, c.role, c.phones) for w in doc.workplans for c in w.contacts]
    assert people == [("张某", "分管领导", ()), ("李某", "联系人", ("0539-7211001",))]


def test_parts_and_their_numbers_are_headings():
    text = "\n".join(
        [
            "某街道2024年工作要点",
            "",
            "第一部分 聚焦经济发展",
            "",
            "一、抓好招商引资。全年引进亿元以上项目3个。（责任科室：经济发展办公室；完成时限：全年）",
            "",
            "第二、聚焦民生保障",
            "其一，提升社区养老服务水平。（责任科室：社会事务办公室；完成时限：9月底前）",
            "其二，做好就业服务工作。（责任科室：社会保障事务所；完成时限：12月底前）",
            "",
            "第三部分 工作保障",
            "",
            "党政办公室负责对工作要点落实情况每月督办一次。",
        ]
    )
    doc = parse_document(text, path="plan.txt")
    assert [(m.text, [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures] == [
        ("抓好招商引资。全年引进亿元以上项目3个。", ["经济发展办公室"]),
        ("提升社区养老服务水平。", ["社会事务办公室"]),
        ("做好就业服务工作。", ["社会保障事务所"]),
        ("党政办公室负责对工作要点落实情况每月督办一次。", ["党政办公室"]),
    ]
    assert [w.title for w in doc.workplans][-2:] == ["聚焦民生保障", "工作保障"]


ITEMS = ["2.完善融资支持政策。扩大民营企业贷款规模。", "3.完善政策直达机制。2024年6月底前实现全部上线。"]


@pytest.mark.parametrize(
    ("statement", "before", "leads", "supports"),
    [
        ("以上工作由市经济信息化委负责，市财政局配合，长期坚持。", False, ["市经济信息化委"], ["市财政局"]),
        ("（以上两项任务由市经济信息化委、市财政局负责）", False, ["市经济信息化委", "市财政局"], []),
        ("以上任务责任单位：市经济信息化委；完成时限：2024年底前。", False, ["市经济信息化委"], []),
        ("以下各项任务由市经济信息化委、市财政局按职责分工负责。", True, ["市经济信息化委", "市财政局"], []),
        ("（本部分任务由市经济信息化委牵头，市财政局配合）", True, ["市经济信息化委"], ["市财政局"]),
    ],
)
def test_a_statement_of_a_groups_units(statement, before, leads, supports):
    lines = [statement, *ITEMS] if before else [*ITEMS, statement]
    text = "\n".join(
        ["某市2024年措施", "二、加大政策支持", *lines, "三、强化法治保障", "5.保护企业产权。（责任单位：市司法局）"]
    )
    tasks = _tasks(text)
    assert [t[1] for t in tasks] == [
        "完善融资支持政策。扩大民营企业贷款规模。",
        "完善政策直达机制。2024年6月底前实现全部上线。",
        "保护企业产权。",
    ]
    assert [t[2:4] for t in tasks[:2]] == [(leads, supports)] * 2


def test_work_that_goes_on_closes_a_sentence_naming_units():
    text = "某县方案\n一、任务\n1.做好就业帮扶。由县人社局负责，各乡镇配合，长期坚持。"
    doc = parse_document(text, path="plan.txt")
    deadline = doc.workplans[0].measures[0].deadline
    assert (deadline.raw, deadline.status) == ("长期坚持", "ongoing")


def test_the_first_listed_convention_reads_prose_lists_too():
    text = "\n".join(
        [
            "某省方案",
            "排在第一位的单位为牵头单位，其他单位按职责分工配合。",
            "一、任务",
            "（一）加强监管。由省市场监管局、省公安厅负责。",
            "（二）加强执法。省市场监管局、省公安厅按职责分工负责。",
            "（三）加强宣传。由省委宣传部牵头，省市场监管局负责。",
        ]
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["省市场监管局"], ["省公安厅"]),
        (["省市场监管局"], ["省公安厅"]),
        # a bare 负责 right after a 牵头 clause: its partner, as in the bracket （A牵头，B负责） (round 42; before, it led)
        (["省委宣传部"], ["省市场监管局"]),
    ]
    # without the statement, responsible units in prose all lead
    assert _tasks("某省方案\n一、任务\n（一）加强监管。由省市场监管局、省公安厅负责。")[0][2] == [
        "省市场监管局",
        "省公安厅",
    ]


def test_a_deadline_after_a_groups_items():
    text = "\n".join(
        [
            "某县2024年全面深化改革工作要点",
            "一、深化经济体制改革",
            "（一）深化“放管服”改革",
            "责任单位：县政务服务中心、县市场监管局",
            "1.全面推行证明事项告知承诺制。",
            "2.推进跨部门联合监管全覆盖。",
            "完成时限：9月底前",
            "（二）完善干部考核评价机制。（责任单位：县委组织部；完成时限：上半年）",
        ]
    )
    assert [t[4] for t in _tasks(text)] == ["2024-09", "2024-09", "2024-06"]


def test_a_list_going_on_in_a_line_of_its_own():
    text = (
        "某区方案\n一、任务\n（一）推进改造。\n牵头单位：区城管局\n配合单位：区住建局\n各街道办事处\n完成时限：长期坚持"
    )
    assert [t[2:4] for t in _tasks(text)] == [(["区城管局"], ["区住建局", "各街道办事处"])]
    assert _tasks(text)[0][4] is None and parse_document(text).workplans[0].measures[0].deadline.raw == "长期坚持"


def test_a_numbered_item_left_out_is_warned_of():
    text = "\n".join(
        [
            "某区方案",
            "一、主要任务",
            "（一）加快项目前期工作",
            "（1）优化审批流程，实行联合审查、并联审批。",
            "（2）落实“一小区一方案”。",
            "（牵头单位：区行政审批服务局；完成时限：4月底前）",
            "（3）争取资金支持。（牵头单位：区发改局）",
            "（二）总体目标",  # a heading: no warning
            "二、保障措施",
            "（一）加强组织领导。各部门要高度重视。",  # no item of its kind read in its section: no warning
        ]
    )
    doc = parse_document(text, path="plan.txt")
    assert [(w.line, w.kind, dict(w.params)) for w in doc.warnings] == [
        (4, "item_no_unit", {"excerpt": "（1）优化审批流程，实行联合审查、并联审批。"})
    ]
    assert len([m for w in doc.workplans for m in w.measures]) == 2


def test_leads_that_lead_one_item_each():
    statement = "上述两项任务由市经济信息化委、市财政局分别牵头，市商务委配合。"
    text = "\n".join(
        [
            "某市2024年措施",
            "二、加大政策支持",
            *ITEMS,
            statement,
            "三、强化法治保障",
            "5.保护企业产权。（责任单位：市司法局）",
        ]
    )
    assert [t[2:4] for t in _tasks(text)][:2] == [(["市经济信息化委"], ["市商务委"]), (["市财政局"], ["市商务委"])]


@pytest.mark.parametrize(
    ("bracket", "leads", "supports"),
    [
        ("（省教育厅，省有关部门）", ["省教育厅"], ["省有关部门"]),
        ("（各设区市人民政府、省有关部门）", ["各设区市人民政府"], ["省有关部门"]),
    ],
)
def test_a_list_alone_in_brackets_ending_with_a_collective(bracket, leads, supports):
    text = "\n".join(
        [
            "某省分工方案",
            "各项任务排在第一位的为牵头单位，其他为配合单位。",
            "一、任务",
            f"（一）加强宣传引导。开展解读。{bracket}",
            "（二）加强培训。开展业务培训。（省人社厅、省财政厅）",
        ]
    )
    assert [t[2:4] for t in _tasks(text)] == [(leads, supports), (["省人社厅"], ["省财政厅"])]

"""The extraction grammar on small hand-checked examples: labels, role verbs, unit lists, prose, conventions."""

from __future__ import annotations

import pytest

from reformgraph.loaders.assign import read_parenthetical
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import read_prose
from reformgraph.loaders.roles import resolve


def roles(inner: str, *, first_listed: bool = False):
    a = read_parenthetical(inner)
    if a is None:
        return None
    leads, supports = resolve(a, first_listed=first_listed)
    return [u.name for u in leads], [u.name for u in supports]


@pytest.mark.parametrize(
    "inner, leads, supports",
    [
        (
            "牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局",
            ["经济技术开发区", "九里亭街道"],
            ["区规划资源局"],
        ),
        (
            "牵头部门：市交通委；实施部门：市港航中心、各区交通主管部门",
            ["市交通委"],
            ["市港航中心", "各区交通主管部门"],
        ),
        ("责任单位：市发展改革委、各有关部门，各区政府", ["市发展改革委", "各有关部门", "各区政府"], []),
        ("责任单位：区发展改革委牵头，区规划自然资源局配合", ["区发展改革委"], ["区规划自然资源局"]),
        ("推进单位：区政府督查室；参与单位：各街镇", ["区政府督查室"], ["各街镇"]),
        ("A局、B局负责", None, None),  # not unit names: 局 alone … see the next case
        ("税务总局、财政部负责", ["税务总局", "财政部"], []),
        ("农业农村部、工业和信息化部牵头负责", ["农业农村部", "工业和信息化部"], []),
        ("生态环境部牵头，国家发展改革委、国家统计局参与", ["生态环境部"], ["国家发展改革委", "国家统计局"]),
        ("商务部指导，供销合作总社参与", ["商务部"], ["供销合作总社"]),
        ("国家发展改革委、财政部会同有关部门负责", ["国家发展改革委", "财政部"], ["有关部门"]),
        ("区发改委负责牵头，区财政局配合", ["区发改委"], ["区财政局"]),
        ("各区政府组织落实", ["各区政府"], []),
        ("扶贫办、商务部等和各有关省级人民政府负责", ["扶贫办", "商务部", "各有关省级人民政府"], []),
        ("中央和国家机关工委、工业和信息化部负责", ["中央和国家机关工委", "工业和信息化部"], []),
        ("相关部门和各区政府负责", ["相关部门", "各区政府"], []),
        ("各有关部门和单位按职责分工负责", ["各有关部门和单位"], []),
        ("市财政局及各区政府负责", ["市财政局", "各区政府"], []),
        ("海关总署、商务部等有关部门负责", ["海关总署", "商务部", "有关部门"], []),
        ("农业农村部、民航局等负责", ["农业农村部", "民航局"], []),
        ("市交通委（科信处、宣传处）、市港航中心负责", ["市交通委（科信处、宣传处）", "市港航中心"], []),
    ],
)
def test_assignment_roles(inner, leads, supports):
    got = roles(inner)
    if leads is None:
        assert got is None or got == (["A局", "B局"], [])
    else:
        assert got == (leads, supports)


@pytest.mark.parametrize(
    "inner",
    [
        "地、州、盟",
        "区、市",
        "企业直接向国家发展改革委申报，不需省级发展改革部门转报",
        "PPP",
        "以下简称“市级平台”",
        "2022年版",
    ],
)
def test_parentheticals_that_are_no_assignment(inner):
    assert read_parenthetical(inner) is None


def test_first_listed_convention_and_explicit_leads():
    assert roles("税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同", first_listed=True) == (
        ["税务总局"],
        ["财政部", "海关总署"],
    )
    assert read_parenthetical("人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同").first_listed
    assert roles("农业农村部、工业和信息化部牵头负责", first_listed=True) == (["农业农村部", "工业和信息化部"], [])


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "由市发展改革委、市规划资源局牵头，会同相关部门和各区政府按照职责协同推进。",
            (["市发展改革委", "市规划资源局"], ["相关部门", "各区政府"]),
        ),
        (
            "成立由市交通委牵头，市水务局、市电力公司等部门共同参与的推进机制。",
            (["市交通委"], ["市水务局", "市电力公司"]),
        ),
        ("生态环境部会同有关部门组建协调小组。", (["生态环境部"], ["有关部门"])),
        ("国务院办公厅将会同有关方面统筹组织开展相关工作。", (["国务院办公厅"], ["有关方面"])),
        (
            "试点城市负责编制实施方案。方案报送后，经生态环境部会同有关部门评审。",
            (["试点城市", "生态环境部"], ["有关部门"]),
        ),
        ("试点城市政府是建设试点责任主体。", (["试点城市政府"], [])),
        ("市、区交通运输部门负责公路超限运输许可；市公安交管部门负责号牌核发。", None),
        ("各地区、各有关部门要加强协同配合。", None),
        (
            "成立工作专班，由区绿化市容局牵头，区建管委、区公安分局（交管）、区房管局及各街镇、经开区为成员单位，统筹推进。",
            (["区绿化市容局"], ["区建管委", "区公安分局（交管）", "区房管局", "各街镇", "经开区"]),
        ),
        (
            "在区政府的统一领导下，区民防办、应急管理局牵头，区发展改革委、财政局等部门履行相应职责，"
            "各镇政府、街道(开发区)办事处和头桥集团落实主体责任。",
            (
                ["区民防办", "应急管理局"],
                ["区发展改革委", "财政局", "各镇政府", "街道(开发区)办事处", "头桥集团"],
            ),
        ),
        ("要坚持高位推动，各部门牵头抓总。", None),  # a collective never leads in prose
    ],
)
def test_roles_in_prose(text, expected):
    a = read_prose(text, 0, len(text))
    if expected is None:
        assert a is None
    else:
        leads, supports = resolve(a)
        assert ([u.name for u in leads], [u.name for u in supports]) == expected


def test_carried_unit_and_several_tasks_in_one_paragraph():
    text = "\n".join(
        [
            "某某试点工作方案",
            "一、主要任务",
            "优化管理。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）",
            "健全标准。（市场监管总局负责）推广技术。（工业和信息化部指导）",
        ]
    )
    doc = parse_document(text, path="pilot.md")
    got = [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.line) for m in doc.workplans[0].measures]
    assert got == [
        ("优化管理。", ["生态环境部"], ["试点城市政府"], 3),
        ("健全标准。", ["市场监管总局"], ["试点城市政府"], 4),
        ("推广技术。", ["工业和信息化部"], ["试点城市政府"], 4),
    ]


def test_a_table_cell_with_labels_keeps_them():
    from reformgraph.loaders.tables import table_sections

    rows = [["序号", "重点任务", "责任单位"], ["1", "建设平台", "牵头单位：区大数据局；配合单位：区财政局"]]
    draft = table_sections(rows)[0].drafts[0]
    assert [(u.name, u.role) for u in draft.assignment.units] == [("区大数据局", "lead"), ("区财政局", "support")]


DUTIES = """某区工作方案
一、主要任务
（一）推进建设。区规划资源局会同有关部门做好规划。
二、职责分工
1.街道消委办。牵头开展宣传工作。
2.派出所。配合开展排查。
区民防办：负责制定年度计划。
（一）区绿化市容局
开展行业部署和宣传。
（二）城管执法部门
依法严查违法行为。
三、工作要求
区财政局：保障经费。
"""


def test_duties_listed_unit_by_unit_under_a_duty_heading():
    doc = parse_document(DUTIES, path="duties.md")
    got = [(w.title, m.line, [u.raw for u in m.leads], m.text[:6]) for w in doc.workplans for m in w.measures]
    assert got == [
        ("主要任务", 3, ["区规划资源局"], "推进建设。区"),
        ("职责分工", 5, ["街道消委办"], "街道消委办。"),
        ("职责分工", 6, ["派出所"], "派出所。配合"),
        ("职责分工", 7, ["区民防办"], "区民防办：负"),
        ("职责分工", 8, ["区绿化市容局"], "区绿化市容局"),
    ]  # a department type (城管执法部门) is no unit; outside a 职责分工 section `区财政局：` is no duty


@pytest.mark.parametrize(
    "text, raw, date",
    [
        ("在6座市属公园先行启动试点，2028年逐步扩大至全市范围。", "2028年", "2028-12"),
        ("按计划编制年度自评估报告，强化前期自查、年中指导、年末检查。", None, None),
        ("年底前完成评估。", "年底前", "2025-12"),
        ("落实2030年海绵城市建设达标要求。", None, None),
    ],
)
def test_deadline_words_in_a_task(text, raw, date):
    from reformgraph.loaders.text_deadlines import text_deadline

    d = text_deadline(text, plan_year=2025)
    assert (d.raw, d.date) == (raw, date)


def test_a_flattened_table_with_part_rows_and_a_group_cell_that_looks_like_a_unit():
    text = "\n\n".join(
        [
            "附件",
            "任务类型",
            "序号",
            "工作任务",
            "推进单位",
            "行动一：提升人居环境",
            "1",
            "完成加装电梯700台",
            "区房管局、各相关街镇",
            "2",
            "推进口袋公园建设",
            "行动二：产业园区提质增效",
            "产业园区",  # the next row's group cell, not a unit cell of row 2
            "3",
            "实施园区提质增效计划",
            "区商务委、区科委",
        ]
    )
    doc = parse_document(text, path="table.md")
    got = [(w.title, m.text, [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures]
    assert got == [
        ("提升人居环境", "完成加装电梯700台", ["区房管局", "各相关街镇"]),
        ("提升人居环境", "推进口袋公园建设", ["区房管局", "各相关街镇"]),
        ("产业园区提质增效", "实施园区提质增效计划", ["区商务委", "区科委"]),
    ]

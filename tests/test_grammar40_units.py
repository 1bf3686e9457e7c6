"""Round 40 of docs/loader.md: unit names and collectives as plans write them inside unit lists (long official
names, collectives of levels, bodies that carry a task out, names joined by 与, people beside units)."""

from __future__ import annotations

from tests.support.readings import plan_units as _units


def test_the_body_that_carries_out_after_the_responsible_ministries_supports():
    """``…按职责分工负责；各省级人民政府负责落实``: before, 各省级人民政府 led beside the ministries."""
    plan = (
        "加强数据安全和个人信息保护重点任务分工方案\n\n"
        "（一）完善数据分类分级保护制度。（中央网信办、公安部、工业和信息化部按职责分工负责；各省级人民政府负责落实）\n"
        "（二）推进数据安全审查。（国家安全部负责，各地区负责落实）\n"
        "（三）规范数据交易。（国家数据局、市场监管总局负责落实）\n"
    )
    assert _units(plan) == [
        (["中央网信办", "公安部", "工业和信息化部"], ["各省级人民政府"]),
        (["国家安全部"], ["各地区"]),
        (["国家数据局", "市场监管总局"], []),
    ]


def test_a_provinces_levels_and_the_national_tiers_before_their_body_are_one_collective():
    """``各省、自治区、直辖市和新疆生产建设兵团X主管部门`` (national 分工 lists): before, split at 和 / 及 into the
    levels and the corps' body (and 计划单列市 as a unit of its own)."""
    plan = (
        "重点任务分工方案\n\n"
        "（四）加强地理信息数据安全管理。（自然资源部牵头，各省、自治区、直辖市和新疆生产建设兵团自然资源主管部门负责）\n"
        "（六）加强工业数据安全防护。（工业和信息化部负责，各省、自治区、直辖市及计划单列市、"
        "新疆生产建设兵团工业和信息化主管部门配合）\n"
        "（七）做好对口支援。（各省、自治区、直辖市和新疆生产建设兵团负责）\n"
    )
    assert _units(plan) == [
        (["自然资源部"], ["各省、自治区、直辖市和新疆生产建设兵团自然资源主管部门"]),
        (["工业和信息化部"], ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门"]),
        (["各省、自治区、直辖市", "新疆生产建设兵团"], []),  # the corps named alone: a body of its own
    ]


def test_two_units_joined_by_yu_are_two():
    """``区卫生健康局与各街道办事处`` / ``团县委与县妇联`` (与 as 和 or 及 between whole names): before, one name;
    ``市人力资源与社会保障局`` stays one."""
    plan = (
        "某区2025年教育工作要点\n\n"
        "1. 开展校园安全隐患排查整治。\n牵头单位：区教育局\n配合单位：区公安分局、区卫生健康局与各街道办事处\n"
        "2. 加强企业用工保障。（县人力资源与社会保障局牵头，县总工会、团县委与县妇联配合）\n"
    )
    assert _units(plan) == [
        (["区教育局"], ["区公安分局", "区卫生健康局", "各街道办事处"]),
        (["县人力资源与社会保障局"], ["县总工会", "团县委", "县妇联"]),
    ]


def test_a_person_with_the_post_after_the_name_in_a_units_brackets_is_no_part_of_its_name():
    """``区教育局（张某某，副局长）`` / ``区教育局（王五 副主任）`` (a 台账 naming each unit's contact): before, the
    bracket was read as part of the unit's name."""
    plan = (
        "某区2025年教育强区建设重点任务台账\n\n"
        "3. 实施集团化办学，组建教育集团3个。\n责任单位：区教育局（张某某，副局长）\n完成时限：2025年9月\n\n"
        "4. 推进课后服务。\n责任单位：区教育局（王五 副主任）、区财政局（赵某）\n完成时限：2025年10月\n"
    )
    assert _units(plan) == [(["区教育局"], []), (["区教育局", "区财政局"], [])]


def test_a_zone_and_its_department_whose_name_repeats_its_first_character_are_one_unit():
    """``经开区经济发展局`` / ``开发区开发建设局`` (a zone's department, its first character written again): before,
    split into the zone 经开区 and 经济发展局."""
    plan = (
        "某经济技术开发区2021年优化营商环境重点任务分工\n\n"
        "5．加强人才引进。（经开区人才办负责，经开区经济发展局配合）\n"
        "6．推进平台建设。（开发区开发建设局、经开区财政局经开区经济发展局负责）\n"
    )
    assert _units(plan) == [
        (["经开区人才办"], ["经开区经济发展局"]),
        (["开发区开发建设局", "经开区财政局", "经开区经济发展局"], []),
    ]


def test_local_governments_beside_the_relevant_departments_share_their_qualifier():
    """``（有关部门、地方按职责分工负责）`` (地方 sharing 有关 with 有关部门) and ``有关地方`` / ``各地方``: before, the
    task was lost (地方 read as no unit)."""
    plan = (
        "重点任务分工方案\n\n"
        "（三）加强个人信息保护执法。（有关部门、地方按职责分工负责）\n"
        "（九）推进数据要素市场化。（国家发展改革委、有关地方按职责分工负责）\n"
        "（十）规范数据交易场所。（国家数据局牵头，各地方配合）\n"
    )
    assert _units(plan) == [
        (["有关部门", "地方"], []),
        (["国家发展改革委", "有关地方"], []),
        (["国家数据局"], ["各地方"]),
    ]


def test_two_names_each_holding_he_joined_by_he_are_two():
    """``市住房和城乡建设局和市自然资源和规划局`` (names holding 和 joined by 和): before, one name; a company's
    branch named by its area stays one name (``某水务集团有限公司某区分公司``: before, two)."""
    plan = (
        "某市2023年优化营商环境攻坚行动重点任务清单\n\n"
        "1. 推行获得电力服务。（市发展和改革委员会牵头，国网某供电公司、市住房和城乡建设局和市自然资源和规划局配合）\n"
        "2. 改造老旧小区供水管网。（区水务局、某水务集团有限公司某区分公司负责）\n"
    )
    assert _units(plan) == [
        (["市发展和改革委员会"], ["国网某供电公司", "市住房和城乡建设局", "市自然资源和规划局"]),
        (["区水务局", "某水务集团有限公司某区分公司"], []),
    ]


def test_a_person_written_after_a_units_name_with_a_space_is_no_part_of_it():
    """``责任单位：市教育局 张某某`` (a 台账 naming each unit's contact after a space the compact text drops): before,
    read as one unit 市教育局张某某."""
    plan = (
        "某区2025年重点任务台账\n\n"
        "1. 新建公办幼儿园5所。\n责任单位：区教育局 张某某\n完成时限：2025年8月\n\n"
        "2. 落实教师工资待遇保障。\n责任单位：区财政局 王建国，区教育局 李四\n完成时限：2025年12月\n\n"
        "3. 加强国有林场管理。\n责任单位：区林业局、区林业局林场\n完成时限：2025年12月\n"
    )
    assert _units(plan) == [(["区教育局"], []), (["区财政局", "区教育局"], []), (["区林业局", "区林业局林场"], [])]


def test_a_collective_of_levels_after_he_joins_the_levels_after_it():
    """``省直相关部门和各市、县（区）人民政府`` (a unit, 和, then 各 and levels): before, split into 各市 and
    县（区）人民政府."""
    plan = (
        "某省数字政府建设工作要点\n\n"
        "1. 推广电子证照应用。（省政务服务和数据管理局牵头，省直相关部门和各市、县（区）人民政府配合）\n"
        "2. 推进一网通办。\n责任单位：省政务服务和数据管理局及各市、县人民政府\n"
    )
    assert _units(plan) == [
        (["省政务服务和数据管理局"], ["省直相关部门", "各市、县（区）人民政府"]),
        (["省政务服务和数据管理局", "各市、县人民政府"], []),
    ]

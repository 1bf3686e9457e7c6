"""Round 81 (names): a graph of many plans names its units as a reader would (names80's Left).

names80 left a joint plan of two places reading its second place's short names as the first place's (a 跨界 list of
青湖县 and 松川区: 松川区's 区工业和信息化局 was no 松川区's body), a county's town (城关镇, a name many counties'
towns share) one unit across counties in a graph that holds a place of that name (拉萨市城关区), and kinds of
enterprise (供电企业) undecided. Plans of our own words: the counties 青川县 and 石门县, the district 白沙区 and the
city 江临市 with its district 城关区.
"""

from __future__ import annotations

from support.graphs import graph_units as _units
from support.graphs import task_plan as _plan

# a joint plan of a county and a district: each place's bodies, the county's written short (县X) and in full, the
# district's in full and short (区X)
JOINT = _plan(
    "青川县白沙区2026年跨界协同发展任务清单",
    "青川县交通运输局",
    "县公交公司",
    "白沙区交通运输局",
    "区工业和信息化局",
)


def test_a_joint_plans_second_place_names_its_own_bodies_short():
    """In a joint plan of 青川县 and 白沙区, the district's 区工业和信息化局 is 白沙区's, shown with its name as the
    plan writes its other bodies (白沙区交通运输局); the county's, the plan's first place, read as before."""
    units = _units(JOINT)
    assert units["白沙区工业和信息化局"] == ["区工业和信息化局"]
    assert units["白沙区交通运输局"] == ["白沙区交通运输局"]
    assert units["县交通运输局"] == ["县交通运输局", "青川县交通运输局"] and units["县公交公司"] == ["县公交公司"]
    assert "区工业和信息化局" not in units


def test_a_joint_plans_second_place_is_one_unit_with_its_own_plans():
    """Beside 白沙区's own plan and another district's, the joint plan's 区工业和信息化局 is one unit with 白沙区's."""
    own = _plan("白沙区2026年工业发展工作要点", "区工业和信息化局", issuer="江临市白沙区人民政府")
    other = _plan("城关区2026年工业发展工作要点", "区工业和信息化局", issuer="江临市城关区人民政府")
    units = _units(JOINT, own, other)
    assert sorted(units["江临市白沙区工业和信息化局"]) == ["区工业和信息化局"]
    assert "白沙区工业和信息化局" not in units and "区工业和信息化局" not in units
    assert units["江临市城关区工业和信息化局"] == ["区工业和信息化局"]


def test_a_joint_plan_of_two_places_of_one_level_keeps_its_short_names():
    """A joint plan of two counties (青川县、石门县) writes 县交通运输局 for either: ambiguous, kept as written beside
    another county's plan, never given the first county's name; a body written with its county keeps it."""
    joint = _plan("青川县、石门县2026年跨界河湖联防联治任务清单", "县交通运输局", "青川县水利局", "石门县水利局")
    other = _plan("南城县2026年交通工作要点", "县交通运输局", issuer="南城县人民政府")
    units = _units(joint, other)
    assert units["县交通运输局"] == ["县交通运输局"] and units["南城县交通运输局"] == ["县交通运输局"]
    assert units["青川县水利局"] == ["青川县水利局"] and units["石门县水利局"] == ["石门县水利局"]
    assert "青川县交通运输局" not in units


def test_nested_places_make_no_joint_plan():
    """The guards: a province's plan whose title names one of its cities (东岚省江临市…) and a district's plan naming
    a zone of it (白沙区临港片区…) are one place's plans: their level words read as before."""
    province = _plan("东岚省江临市2026年对口协作工作要点", "省发展改革委", "市发展改革委")
    assert _units(province)["市发展改革委"] == ["市发展改革委"]
    zone = _plan("白沙区临港片区2026年建设任务清单", "区工业和信息化局", "片区管委会")
    assert _units(zone)["区工业和信息化局"] == ["区工业和信息化局"]


def test_a_town_of_a_common_name_is_each_countys():
    """城关镇 (the county seat's town, a name many counties' towns share) in two counties' plans: each county's, also
    beside a plan of a district named 城关区 (a town called 城关 is no 城关区)."""
    a = _plan("青川县2026年人居环境整治方案", "城关镇政府", issuer="青川县人民政府")
    b = _plan("石门县2026年人居环境整治方案", "城关镇政府", issuer="石门县人民政府")
    c = _plan("城关区2026年人居环境整治方案", "区住房城乡建设局", issuer="江临市城关区人民政府")
    for units in (_units(a, b), _units(a, b, c)):
        assert units["青川县城关镇政府"] == ["城关镇政府"] and units["石门县城关镇政府"] == ["城关镇政府"]
        assert "城关镇政府" not in units


def test_a_body_named_after_another_plans_place_is_no_bare_name():
    """The guard (round 80's 九江学院): a province's plan beside a city's names 江临学院, a body named after the city,
    which stays as written (no 省江临学院)."""
    province = _plan("东岚省2026年教育工作要点", "江临学院", "教育厅", issuer="东岚省人民政府")
    city = _plan("江临市2026年教育工作要点", "教育局", issuer="江临市人民政府")
    units = _units(province, city)
    assert units["江临学院"] == ["江临学院"] and "省江临学院" not in units


def test_a_kind_of_enterprise_is_one_node():
    """Decided (round 81): 供电企业, 物业服务企业 name a kind of enterprise, every one of it, as a collective names
    every body of a kind: one node across plans of two places, as 各街道 is; an enterprise named by its trade (环卫公司)
    is one body of its place (round 80)."""
    a = _plan("青川县2026年燃气安全整治方案", "供电企业", "环卫公司", issuer="青川县人民政府")
    b = _plan("石门县2026年燃气安全整治方案", "供电企业", "环卫公司", issuer="石门县人民政府")
    units = _units(a, b)
    assert units["供电企业"] == ["供电企业"]
    assert units["青川县环卫公司"] == ["环卫公司"] and units["石门县环卫公司"] == ["环卫公司"]


def test_an_office_named_by_its_issuers_kind_is_the_issuers():
    """局办公室 and 局党组 in a bureau's plan, 厅财务处 in a 厅's, beside another body's plan: the issuer's (南岭市应急管理局
    办公室, 东岚省水利厅财务处); the guards: a government's plan keeps its 局办公室 as written (which bureau's it does
    not say), a 厅's plan its 局办公室 (another kind's), and a hospital its 院感科 (infection control, no 院's 感科)."""
    bureau = _plan("南岭市应急管理局2026年工作要点", "局办公室", "局党组", issuer="南岭市应急管理局")
    hall = _plan("东岚省水利厅2026年工作要点", "厅财务处", "局办公室", issuer="东岚省水利厅")
    city = _plan("江临市2026年安全生产工作要点", "局办公室", issuer="江临市人民政府办公室")
    hospital = _plan("江临市第一人民医院2026年质量工作要点", "院感科", issuer="江临市第一人民医院")
    units = _units(bureau, hall, city, hospital)
    assert units["南岭市应急管理局办公室"] == ["局办公室"] and units["南岭市应急管理局党组"] == ["局党组"]
    assert units["东岚省水利厅财务处"] == ["厅财务处"]
    assert units["局办公室"] == ["局办公室"] and units["院感科"] == ["院感科"]


def test_a_towns_body_and_its_districts_are_no_near_duplicates():
    """One district's 城运中心 and its town's (江临市白沙区青石镇城运中心): bodies of two levels, not offered; the
    guards: one town's two spellings (综合行政执法队, 行政执法队) and a bureau's name holding 城乡 still are."""
    from reformgraph.aliases import near_duplicates

    assert near_duplicates(["江临市白沙区青石镇城运中心", "江临市白沙区城运中心"]) == []
    pairs = near_duplicates(["江临市白沙区青石镇综合行政执法队", "江临市白沙区青石镇行政执法队"])
    assert len(pairs) == 1
    assert len(near_duplicates(["江临市白沙区住房城乡建设委", "江临市白沙区住房建设委"])) == 1


def test_a_body_and_its_party_group_are_no_near_duplicates():
    """江临市统计局 and its 党组 (the issuer's, read so since round 81), its 办公室: two bodies, not offered; the guard:
    a body's two spellings one word apart (统计局, 统计管理局) still are."""
    from reformgraph.aliases import near_duplicates

    assert near_duplicates(["江临市统计局", "江临市统计局党组", "江临市统计局办公室"]) == []
    assert len(near_duplicates(["江临市东湖区统计局", "江临市东湖区统计管理局"])) == 1

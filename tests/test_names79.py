"""Round 79 (names): a graph of many plans names a plan's bare bodies and a town's 镇X as a reader would
(``graph/own_bodies.py``, ``build.plan_places``).

places78 showed each district's 区X with its district's name in a graph of several districts' plans; two ways of
naming a plan's own body were left one unit across plans: a body named with no level word (房管局 in two districts'
plans, 城运中心 in two towns'), and a town's 镇X (two towns' 镇财政所), a town's plan being read as its district's.
Now a bare body is its plan's own, read with its plan's level word where the graph holds two places of that level,
and a town's plan (its issuer 江临市西山区青石镇人民政府) shows its 镇X with its town's name beside another town's
plan. Plans of our own words: the city 江临市, its districts 东湖区 and 西山区, the towns 青石镇 and 白沙镇, the
street 东湖路街道.
"""

from __future__ import annotations

from reformgraph.aliases import AliasTable, near_duplicates
from reformgraph.build import build_graph, plan_places, unplaced_plans
from reformgraph.loaders.parse import parse_document
from reformgraph.own_bodies import own_body_name, own_town
from reformgraph.plan_place import own_place


def _docs(*plans: str):
    return [parse_document(text, path=f"plan{i}.md") for i, text in enumerate(plans)]


def _units(*plans: str) -> dict[str, list[str]]:
    """Unit name → the names written for it, in the graph of ``plans``."""
    G = build_graph(_docs(*plans), AliasTable.from_rows([]))
    return {d["name"]: sorted(d["aliases"]) for _, d in G.nodes(data=True) if d["kind"] == "Unit"}


def _plan(title: str, *units: str, issuer: str | None = None) -> str:
    items = "".join(f"{i}.推进第{i}项工作。（牵头单位：{u}）\n" for i, u in enumerate(units, start=1))
    signed = f"\n{issuer}\n2024年3月1日\n" if issuer else ""
    return f"{title}\n\n一、主要任务\n{items}{signed}"


EAST = _plan("东湖区停车资源共享实施意见", "房管局", "区房管局", "街道", issuer="江临市东湖区人民政府")
EAST_AGAIN = _plan("东湖区景观照明管理意见", "房管局", issuer="江临市东湖区人民政府办公室")
WEST = _plan("西山区应急避难场所建设方案", "房管局", "街道", "机管局", issuer="江临市西山区人民政府")
CITY = _plan("江临市人民政府办公厅关于城市更新的实施意见", "宣传部", "市房管局", "客运处")
GREEN_STONE = _plan("青石镇房屋安全隐患排查方案", "镇财政所", "城运中心", "房管局", issuer="江临市西山区青石镇人民政府")
WHITE_SAND = _plan("白沙镇小型建设工程管理意见", "镇财政所", "城运中心", issuer="江临市西山区白沙镇人民政府")


def test_two_districts_bare_bureau_gives_two_units():
    """房管局 in 东湖区's and 西山区's plans: each district's, one unit with the 区房管局 its plan writes."""
    units = _units(EAST, WEST)
    assert units["江临市东湖区房管局"] == ["区房管局", "房管局"]
    assert units["江临市西山区房管局"] == ["房管局"]
    assert "房管局" not in units and units["江临市西山区机管局"] == ["机管局"]


def test_two_plans_of_one_district_keep_one_unit():
    """The guard: two plans of 东湖区 beside 西山区's give one 东湖区 房管局; alone, the name as written."""
    units = _units(EAST, EAST_AGAIN, WEST)
    assert units["江临市东湖区房管局"] == ["区房管局", "房管局"]
    G = build_graph(_docs(EAST, EAST_AGAIN, WEST), AliasTable.from_rows([]))
    led = [u for u, _, rel in G.edges(data="rel") if rel == "LEADS" and u == "unit:江临市东湖区房管局"]
    assert len(led) == 3  # 房管局 and 区房管局 of the first plan, 房管局 of the second
    assert set(_units(EAST, EAST_AGAIN)) == {"房管局", "区房管局", "街道"}  # one district: as written


def test_one_plan_alone_keeps_its_names():
    assert set(_units(WEST)) == {"房管局", "街道", "机管局"}


def test_a_districts_bare_street_is_its_districts():
    """街道 (whichever street a task concerns) in two districts' plans: no collective (各街道 is), the district's
    sub-district governments, shown with the district as its 区X are; 各街道 stays one collective (the guard)."""
    units = _units(EAST, WEST, _plan("西山区垃圾分类方案", "各街道", issuer="江临市西山区人民政府"))
    assert units["江临市东湖区街道"] == ["街道"] and units["江临市西山区街道"] == ["街道"]
    assert units["各街道"] == ["各街道"]
    # in a street's own plan 街道 is the street itself: as written
    street = (("街道", "江临市东湖区东湖路街道"), ("区", "江临市东湖区"))
    assert own_body_name("街道", street, "街道区") == "街道"
    # a zone named by its kind alone (开发区) is its district's too; one named by its place (临港新片区) is no bare name
    units = _units(
        _plan("东湖区招商方案", "开发区", issuer="江临市东湖区人民政府"), WEST, WEST.replace("街道", "开发区")
    )
    assert units["江临市东湖区开发区"] == ["开发区"] and units["江临市西山区开发区"] == ["开发区"]


def test_two_towns_bodies_are_two_units():
    """镇财政所 and the bare 城运中心 of 青石镇's and 白沙镇's plans: each town's; a bare bureau a town's plan names
    (房管局: a town has no 局) is its district's."""
    units = _units(GREEN_STONE, WHITE_SAND, EAST)
    assert units["江临市西山区青石镇财政所"] == ["镇财政所"]
    assert units["江临市西山区白沙镇财政所"] == ["镇财政所"]
    assert units["江临市西山区青石镇城运中心"] == ["城运中心"] and units["江临市西山区白沙镇城运中心"] == ["城运中心"]
    assert units["江临市西山区房管局"] == ["房管局"]
    assert "镇财政所" not in units and "城运中心" not in units


def test_one_towns_plan_beside_its_district_keeps_its_town_bodies_as_written():
    """The guard: one town's plan is no second town: its 镇财政所 stays as written; its bare 房管局 is its district's,
    as the district's plan's 房管局. Round 80 (names80): its bare 城运中心 reads as its 镇城运中心, a district's plan
    beside it naming its own 城运中心 (the 区's) so; before, both plans' 城运中心 were one unit."""
    units = _units(GREEN_STONE, EAST)
    assert units["镇财政所"] == ["镇财政所"] and units["镇城运中心"] == ["城运中心"]
    assert units["江临市西山区房管局"] == ["房管局"] and units["江临市东湖区房管局"] == ["区房管局", "房管局"]


def test_the_town_of_a_plan_is_read_from_its_issuer():
    assert own_town("江临市西山区青石镇人民政府", "江临市西山区") == "青石镇"
    assert own_town("江临市西山区人民政府东湖路街道办事处", "江临市西山区") == "东湖路街道"
    assert own_town("西山区白沙镇人民政府", "江临市西山区") == "白沙镇"  # the issuer writes the district alone
    # the guards: a district's own office, a district's government, a plan of no place
    assert own_town("江临市西山区人民政府办公室", "江临市西山区") is None
    assert own_town("江临市西山区人民政府", "江临市西山区") is None
    assert own_town("青石镇人民政府", None) is None


def test_a_citys_bare_party_department_is_its_committees():
    """宣传部 in a city's plan is its 市委宣传部 where the graph holds two cities' plans; a bureau's division (客运处)
    is its bureau's and stays as written (the guard); a city's plan beside one district's reads it so too (round 80)."""
    south = _plan("南岭市人民政府办公厅关于城市更新的实施意见", "宣传部", "客运处")
    units = _units(CITY, south)
    assert units["江临市委宣传部"] == ["宣传部"] and units["南岭市委宣传部"] == ["宣传部"]
    assert units["客运处"] == ["客运处"]
    # round 80 (names80): a city's plan beside a district's reads its 宣传部 as its 市委宣传部 too (the district's
    # would be its 区委宣传部: two bodies); before, the name stayed as written
    assert _units(CITY, EAST)["市委宣传部"] == ["宣传部"]


def test_what_is_no_bare_name_stays_as_written():
    """The guards of ``own_body_name``: the state's bodies, a ministry's branch, a body named after the plan's place,
    an office of the plan's issuer, a zone's administration named by its place."""
    own = (("区", "江临市东湖区"),)
    for name in ("国家统计局", "国务院国资委", "自然资源部东海局", "东湖公安分局", "局办公室", "临港新片区管委会"):
        assert own_body_name(name, own, "区") == name
    assert own_body_name("房管局", own, "区") == "区房管局"
    assert own_body_name("绿化市容局", own, "区") == "区绿化市容局"  # its 市容 opens no place 绿化市


def test_the_states_bodies_and_other_departments_stay_as_written():
    """The guards a graph of all fixture plans asked for: a ministry (商务部) or a hospital's 护理部 is no 市委's, a
    customs office (南岭海关) or a regulator's branch no place's, an office named after the plan's issuer (厅信息中心)
    the issuer's; a party committee's own 组织部 is the 区委's."""
    west = _plan("西山区开放型经济方案", "商务部", "南岭海关", "护理部", "组织部", issuer="江临市西山区人民政府")
    units = _units(EAST, west)
    for name in ("商务部", "南岭海关", "护理部"):
        assert units[name] == [name]
    assert units["江临市西山区委组织部"] == ["组织部"]
    own = (("省", "东岚省"),)
    assert own_body_name("厅信息中心", own, "省") == "厅信息中心"
    assert own_body_name("南岭金融监管分局", own, "省") == "南岭金融监管分局"


def test_the_market_regulator_opens_no_place():
    """国家市场监督管理总局 (an issuer) opens with no place 国家市: its plan is of no place, its 市场 a word."""
    assert own_place("关于印发方案的通知", "国家市场监督管理总局") is None
    assert own_place("关于印发方案的通知", "江临市市场监督管理局") == "江临市"  # the guard: a city's regulator


def test_near_duplicates_leave_out_a_shared_town():
    """One town's 房管办 and 房管所 look alike by the town's name alone: not offered; one town's two spellings of one
    body still are (the guard)."""
    assert near_duplicates(["江临市西山区青石镇房管办", "江临市西山区青石镇房管所"]) == []
    pairs = near_duplicates(["江临市西山区青石镇综合行政执法队", "江临市西山区青石镇行政执法队"])
    assert [(a, b) for a, b, _ in pairs] == [("江临市西山区青石镇综合行政执法队", "江临市西山区青石镇行政执法队")]


def test_the_places_are_read_once_for_the_graph_and_the_warning():
    docs = _docs(EAST, WEST, _plan("关于做好停车工作的通知", "区房管局"))
    places = plan_places(docs)
    assert places == ["江临市东湖区", "江临市西山区", None]
    assert unplaced_plans(docs, places) == unplaced_plans(docs) == ("plan2.md",)


# the alias table's rows for the state's bodies, as data/aliases.csv writes them (国务院 documents drop 国家), and a
# city's bodies of the same names (a place has its own 发展改革委, 统计局), and a body only the state has
STATE_ROWS = [
    ("发展改革委", "国家发展改革委", "department"),
    ("统计局", "国家统计局", "department"),
    ("市发展改革委", "市发展改革委", "department"),
    ("市统计局", "市统计局", "department"),
    ("人民银行", "中国人民银行", "department"),
]
STATE = _plan("国务院办公厅关于推进某项改革的意见", "发展改革委", "统计局", issuer="国务院办公厅")


def _state_units(*plans: str) -> list[str]:
    G = build_graph(_docs(*plans), AliasTable.from_rows(STATE_ROWS))
    return sorted(d["name"] for _, d in G.nodes(data=True) if d["kind"] == "Unit")


def test_a_districts_bare_short_form_is_its_own_body_not_the_states():
    """The lead's mend (look79 saw 静安区's plan's 发展改革委 lead 督办's list as 国家发展改革委): in the plan of a
    place, 发展改革委 and 统计局 are its own; beside another district's plan, each district's."""
    east = _plan("东湖区节能工作方案", "发展改革委", "统计局", issuer="江临市东湖区人民政府")
    west = _plan("西山区节能工作方案", "发展改革委", issuer="江临市西山区人民政府")
    assert _state_units(east) == ["发展改革委", "统计局"]
    assert _state_units(east, west) == ["江临市东湖区发展改革委", "江临市东湖区统计局", "江临市西山区发展改革委"]


def test_a_plan_of_no_place_reads_the_short_form_as_the_states():
    """The guard: the 国务院's plan (no place) means the state's bodies, and a district's plan naming the state's
    body in full keeps it, beside the district's own."""
    east = _plan("东湖区节能工作方案", "国家发展改革委", "发展改革委", issuer="江临市东湖区人民政府")
    assert _state_units(STATE) == ["国家发展改革委", "国家统计局"]
    assert _state_units(east) == ["发展改革委", "国家发展改革委"]
    assert _state_units(STATE, east) == ["发展改革委", "国家发展改革委", "国家统计局"]


def test_a_body_only_the_state_has_stays_the_states_in_a_placed_plan():
    """The guard (round 41's reading, `test_aliases41`): a city's plan naming 人民银行 alone means the state's bank,
    whose branches are the state's; no place has a 市人民银行 of its own."""
    city = _plan("江临市金融工作要点", "人民银行", "发展改革委", issuer="江临市人民政府")
    assert _state_units(city) == ["中国人民银行", "发展改革委"]


def test_a_districts_government_and_its_towns_are_no_near_duplicates():
    """The lead's mend (names79 saw the all-held-out build offer 嘉定区政府 ~ 嘉定区镇政府, 94 %): a district's
    government and its towns' are bodies of two levels; the guard: two spellings of one level's body still pair."""
    names = ["江临市东湖区政府", "江临市东湖区镇政府", "江临市东湖区街道政府", "江临市东湖区人民政府"]
    assert near_duplicates(names) == [("江临市东湖区政府", "江临市东湖区人民政府", 80.0)]
    assert [pair[:2] for pair in near_duplicates(["江临市东湖区镇政府", "江临市东湖区镇人民政府"])] == [
        ("江临市东湖区镇人民政府", "江临市东湖区镇政府")
    ]

"""Round 80 (names): a graph of many plans names its units as a reader would (names79's Left).

names79 read a plan's bare department (房管局) as its place's; left were a bare enterprise named by its trade and a
team a plan sets up (two towns' 环卫公司, two districts' 新城公司, two plans' 工作领导小组: one unit each), a city's
plan beside one district's (their bare 宣传部 one unit), the Corps' 兵团教育局 and an organ's 机关党委 read as a
region's, and near-duplicate pairs of two bodies alike by one character (one town's 城建中心 ~ 城运中心); and a
division named bare by the plans of two bodies (人事处 of a 厅's and a 局's plan) was one unit. Plans of our own
words: the province 东岚省, the city 江临市, its districts 东湖区 and 西山区, the towns 青石镇 and 白沙镇.
"""

from __future__ import annotations

from support.graphs import graph_units as _units
from support.graphs import task_plan as _plan

from reformgraph.aliases import near_duplicates
from reformgraph.own_bodies import issuer_body, own_body_name, reads_as_own
from reformgraph.plan_place import two_bodies_by_name


def test_two_towns_trade_companies_are_two_units():
    """环卫公司 in 青石镇's and 白沙镇's plans: each town's own sanitation company; a named enterprise (申通地铁集团,
    the city's wherever a plan names it) stays one unit (the guard)."""
    stone = _plan("青石镇生活垃圾分类方案", "环卫公司", "申通地铁集团", issuer="江临市西山区青石镇人民政府")
    sand = _plan("白沙镇市容整治方案", "环卫公司", "申通地铁集团", issuer="江临市西山区白沙镇人民政府")
    units = _units(stone, sand)
    assert units["江临市西山区青石镇环卫公司"] == ["环卫公司"] and units["江临市西山区白沙镇环卫公司"] == ["环卫公司"]
    assert units["申通地铁集团"] == ["申通地铁集团"] and "环卫公司" not in units


def test_two_districts_new_town_companies_and_teams_are_theirs():
    """新城公司 and the 工作领导小组 a plan sets up, in two districts' plans: each district's; a university and an
    enterprise named by its own name are no district's (the guards)."""
    east = _plan("东湖区新城建设方案", "新城公司", "工作领导小组", "江临大学", issuer="江临市东湖区人民政府")
    west = _plan(
        "西山区新城建设方案", "新城公司", "工作领导小组", "江临大学", "华东燃气公司", issuer="江临市西山区人民政府"
    )
    units = _units(east, west, west.replace("华东燃气公司", "工作专班"))
    assert units["江临市东湖区新城公司"] == ["新城公司"] and units["江临市西山区新城公司"] == ["新城公司"]
    assert units["江临市东湖区工作领导小组"] == ["工作领导小组"] and units["江临市西山区工作专班"] == ["工作专班"]
    assert units["江临大学"] == ["江临大学"] and units["华东燃气公司"] == ["华东燃气公司"]


def test_what_reads_as_own():
    assert reads_as_own("城投公司", "enterprise") and reads_as_own("专项工作小组", "other")
    # the guards: an enterprise of a name of its own, a group, a university, a body of no place
    for name, category in (("江临城投集团", "enterprise"), ("城投集团", "enterprise"), ("江临大学", "other")):
        assert not reads_as_own(name, category)
    assert not reads_as_own("行业协会", "association")


def test_a_city_beside_one_district_reads_its_bare_names_as_its_own():
    """A city's plan and one district's: the city's bare 宣传部 is its 市委宣传部, the district's its 区委宣传部;
    the city's bare 房管局 is one unit with its 市房管局, the district's with its 区房管局."""
    city = _plan("江临市城市更新实施意见", "宣传部", "房管局", "市房管局")
    east = _plan("东湖区城市更新实施方案", "宣传部", "房管局", "区房管局", issuer="江临市东湖区人民政府")
    units = _units(city, east)
    assert units["市委宣传部"] == ["宣传部"] and units["区委宣传部"] == ["宣传部"]
    assert units["市房管局"] == ["市房管局", "房管局"] and units["区房管局"] == ["区房管局", "房管局"]
    assert "宣传部" not in units and "房管局" not in units


def test_plans_of_one_level_and_one_place_keep_their_names():
    """The guards: two plans of one district, or a district's beside a plan of no place, keep their bare names; a
    town or a zone named by its own name stays as written beside a city's plan (no other level has it)."""
    east = _plan("东湖区城市更新实施方案", "宣传部", "房管局", "青石镇", "开发区", issuer="江临市东湖区人民政府")
    again = _plan("东湖区老旧小区改造方案", "宣传部", issuer="江临市东湖区人民政府")
    nowhere = _plan("关于推进城市更新的若干措施", "宣传部")
    assert _units(east, again)["宣传部"] == ["宣传部"]
    assert _units(east, nowhere)["宣传部"] == ["宣传部"]
    units = _units(east, _plan("江临市城市更新实施意见", "市房管局"))
    assert units["青石镇"] == ["青石镇"] and units["开发区"] == ["开发区"] and units["区房管局"] == ["房管局"]


def test_the_corps_and_an_organs_party_committee_are_no_places():
    """兵团教育局 (the Production and Construction Corps') in a region's plan, 机关党委 (the issuing organ's) in a
    prefecture's: no place's; the place's 机关事务管理局 is its own (the guard)."""
    region = (("区", "东岚自治区"),)
    assert own_body_name("兵团教育局", region, "区") == "兵团教育局"
    assert own_body_name("机关党委", region, "区") == "机关党委"
    assert own_body_name("机关事务管理局", region, "区") == "区机关事务管理局"


def test_two_bodies_alike_by_one_character_are_no_near_duplicates():
    """One town's 城建中心 and 城运中心, one district's two streets, the Youth League's committee and a commission, a
    party committee and a commission: two bodies, not offered; one place's two spellings still are (the guards)."""
    names = [
        "江临市西山区青石镇城建中心",
        "江临市西山区青石镇城运中心",
        "江临市东湖区东湖路街道",
        "江临市东湖区西湖路街道",
        "团江临市东湖区委",
        "江临市东湖区科委",
        "江临市建设交通委",
        "江临市建设交通工作党委",
    ]
    assert near_duplicates(names) == []
    pairs = near_duplicates(
        ["江临市东湖区规划资源局", "江临市东湖区规化资源局", "江临市东湖区建管委", "江临市东湖区建设管理委"]
    )
    assert {(a, b) for a, b, _ in pairs} == {
        ("江临市东湖区规划资源局", "江临市东湖区规化资源局"),
        ("江临市东湖区建管委", "江临市东湖区建设管理委"),
    }
    assert not two_bodies_by_name("综合执法队", "行政执法队") and two_bodies_by_name("经管中心", "城管中心")


def test_two_bodies_plans_divisions_are_theirs():
    """人事处 in a provincial 厅's plan and a city 局's: each its issuer's division, shown after it; the guards: two
    plans of one issuer keep one 人事处 as written, a government's plan (its issuer 江临市人民政府办公厅) keeps its
    客运处 as written (a bureau's, which neither says), and a division written with its body stays as written."""
    hall = _plan("东岚省教育厅人才工作方案", "人事处", "机关党委", issuer="东岚省教育厅")
    bureau = _plan("江临市交通运输局人才工作方案", "人事处", "市交通委客运处", issuer="江临市交通运输局")
    city = _plan("江临市公共交通提升方案", "客运处", issuer="江临市人民政府办公厅")
    units = _units(hall, bureau, city)
    assert units["东岚省教育厅人事处"] == ["人事处"] and units["江临市交通运输局人事处"] == ["人事处"]
    assert units["东岚省教育厅机关党委"] == ["机关党委"] and units["客运处"] == ["客运处"]
    assert units["市交通委客运处"] == ["市交通委客运处"] and "人事处" not in units
    again = _plan("东岚省教育厅师资工作方案", "人事处", issuer="东岚省教育厅")
    assert _units(hall, again)["人事处"] == ["人事处"]


def test_what_issuer_names_its_divisions():
    assert issuer_body("中共东岚省教育厅党组") == "东岚省教育厅"
    assert issuer_body("江临市交通运输局办公室") == "江临市交通运输局"
    # the guards: a government and its office, the party's committee, two issuers with no 、
    # a joint plan's first issuer drafts it (round 80: the real corpus's 03, 上海市交通委员会、上海海事局)
    assert issuer_body("东岚省教育厅、东岚省财政厅") == "东岚省教育厅"
    for issuer in (
        "江临市人民政府",
        "江临市人民政府办公厅",
        "中共江临市委员会",
        "江临市委办公室",
        "东岚省教育厅 东岚省财政厅",
    ):
        assert issuer_body(issuer) is None


def test_one_bodys_two_divisions_are_no_near_duplicates():
    names = [
        "江临市交通委员会客运处",
        "江临市交通委员会货运处",
        "江临市市场监管局信用监督处",
        "江临市市场监管局认证监督处",
    ]
    assert near_duplicates(names) == []
    pairs = near_duplicates(["江临市市场监管局标准技术处", "江临市市场监管局标准技术管理处"])  # the guard: one division
    assert [(a, b) for a, b, _ in pairs] == [("江临市市场监管局标准技术处", "江临市市场监管局标准技术管理处")]

"""Round 78 (places): a graph of many district plans keeps each district's bureaus apart (``graph/plan_place.py``,
``graph/build.py``, ``graph/aliases.py``).

The graph of the held-out Shanghai plans together gave one 区绿化市容局 for the 静安, 宝山, 嘉定 … districts' bureaus
(160 measures), though round 41 names each district's 区X after its district when a graph holds two districts'
plans. Two readings of a place undid it: a plan whose title named its district alone (虹口区人民政府印发…) had its
city taken from its bodies, and ``区绿化市容局`` opened with a "city" 区绿化市 (the body's level word 区 before
绿化, then the 市 of 市容), which made every 区绿化市容局 of the graph that place's 市容局; and a town's title
(罗店镇市容环境…) read as the place 罗店镇市, a second city beside 上海市, so every city body showed 上海市 too.
Now a place's name opens with no body's level word, a plan's title and issuer line agree on its place (the fuller
of the two when one holds the other, the issuer's, its author's, when they differ), and a 街道, 镇 or 开发区 is a
``subdistrict`` unit, not a district government.

The plans here are our own words: the city 江临市, its districts 东湖区 and 西山区, the town 青石镇.
"""

from __future__ import annotations

from click.testing import CliRunner

from reformgraph.aliases import AliasTable, categorize, near_duplicates
from reformgraph.build import build_graph, unplaced_plans
from reformgraph.cli import cli
from reformgraph.loaders.parse import parse_document
from reformgraph.plan_place import own_place, plan_city, two_places_body


def _docs(*plans: str):
    return [parse_document(text, path=f"plan{i}.md") for i, text in enumerate(plans)]


def _units(*plans: str) -> dict[str, list[str]]:
    """Unit name → the names written for it, in the graph of ``plans``."""
    G = build_graph(_docs(*plans), AliasTable.from_rows([]))
    return {d["name"]: sorted(d["aliases"]) for _, d in G.nodes(data=True) if d["kind"] == "Unit"}


def _led(*plans: str) -> dict[str, int]:
    """Unit name → the measures it leads, in the graph of ``plans``."""
    G = build_graph(_docs(*plans), AliasTable.from_rows([]))
    led: dict[str, int] = {}
    for u, _, rel in G.edges(data="rel"):
        if rel == "LEADS":
            led[G.nodes[u]["name"]] = led.get(G.nodes[u]["name"], 0) + 1
    return led


def _plan(title: str, *units: str, issuer: str | None = None) -> str:
    items = "".join(f"{i}.推进第{i}项工作。（牵头单位：{u}）\n" for i, u in enumerate(units, start=1))
    signed = f"\n{issuer}\n2024年3月1日\n" if issuer else ""
    return f"{title}\n\n一、主要任务\n{items}{signed}"


# a district's plan whose title names the district alone, its issuer the district with its city
WEST = _plan(
    "西山区生活垃圾分类工作方案", "区绿化市容局", "区绿化市容局等部门", "区房管局", issuer="江临市西山区人民政府"
)
EAST = _plan("江临市东湖区人民政府办公室关于印发垃圾分类方案的通知", "区绿化市容局", "区房管局")
EAST_AGAIN = _plan("东湖区2025年市容环境整治方案", "区绿化市容局", issuer="江临市东湖区人民政府办公室")
CITY = _plan("江临市人民政府办公厅关于印发垃圾分类方案的通知", "市绿化市容局", "市房管局")


def test_two_districts_plans_naming_the_greening_bureau_give_two_units():
    units = _units(WEST, EAST)
    assert units["江临市西山区绿化市容局"] == ["区绿化市容局", "区绿化市容局等部门"]
    assert units["江临市东湖区绿化市容局"] == ["区绿化市容局"]
    assert units["江临市西山区房管局"] == ["区房管局"] and units["江临市东湖区房管局"] == ["区房管局"]
    assert "区绿化市容局" not in units and not any("区绿化市" in name[:4] for name in units)


def test_two_plans_of_one_district_give_one_unit():
    led = _led(EAST, EAST_AGAIN, WEST)
    assert led["江临市东湖区绿化市容局"] == 2  # one from each of 东湖区's two plans
    assert led["江临市西山区绿化市容局"] == 2


def test_two_plans_of_one_district_alone_keep_the_short_name():
    """A graph of one district's plans needs no qualifier: its units keep the names as written."""
    assert _led(EAST, EAST_AGAIN) == {"区绿化市容局": 2, "区房管局": 1}


def test_one_plan_alone_keeps_its_short_names():
    assert _units(WEST) == {"区绿化市容局": ["区绿化市容局", "区绿化市容局等部门"], "区房管局": ["区房管局"]}


def test_a_plan_of_no_place_keeps_the_written_name_and_is_named_in_one_warning():
    nowhere = _plan("关于做好生活垃圾分类工作的通知", "区绿化市容局")
    docs = _docs(WEST, EAST, nowhere)
    units = {d["name"] for _, d in build_graph(docs, AliasTable.from_rows([])).nodes(data=True) if d["kind"] == "Unit"}
    assert {"江临市西山区绿化市容局", "江临市东湖区绿化市容局", "区绿化市容局"} <= units
    assert unplaced_plans(docs) == ("plan2.md",)


def test_no_warning_where_every_place_is_known_or_none_is():
    """The guard: plans of known places, or a plan of no place alone, are read as they always were, unwarned."""
    nowhere = _plan("关于做好生活垃圾分类工作的通知", "区绿化市容局")
    assert unplaced_plans(_docs(WEST, EAST)) == ()
    assert unplaced_plans(_docs(nowhere)) == ()
    assert unplaced_plans(_docs(nowhere, nowhere)) == ()
    # one district's plan and one of no place: named, for its 区绿化市容局 is one unit with the district's
    assert unplaced_plans(_docs(EAST, nowhere)) == ("plan1.md",)


def test_the_build_command_prints_the_warning_once(tmp_path):
    paths = []
    for i, text in enumerate((WEST, EAST, _plan("关于做好生活垃圾分类工作的通知", "区绿化市容局"))):
        (path := tmp_path / f"p{i}.md").write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(cli, ["build", *paths])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "no place of their own" in line]
    assert len(lines) == 1 and lines[0].startswith("warning: ") and paths[2] in lines[0]
    assert paths[0] not in lines[0]


def test_a_plan_of_no_place_naming_a_citys_bureau_keeps_it_apart_from_the_known_citys():
    """A plan of unknown place writes 市绿化市容局: which city's is unknown, so 江临市's shows its city's name beside
    it (before this round the two were one unit whenever the graph held one known city)."""
    nowhere = _plan("关于做好生活垃圾分类工作的通知", "市绿化市容局", "区绿化市容局")
    units = _units(CITY, EAST, nowhere)
    assert units["江临市绿化市容局"] == ["市绿化市容局"] and units["市绿化市容局"] == ["市绿化市容局"]
    assert units["江临市东湖区绿化市容局"] == ["区绿化市容局"] and units["区绿化市容局"] == ["区绿化市容局"]
    # the guard: a plan of no place writing no 市X / 区X (a ministry's) leaves the city's names short
    national = _plan("国务院办公厅关于印发垃圾分类方案的通知", "国家发展改革委", "住房城乡建设部")
    assert set(_units(CITY, national)) == {"市绿化市容局", "市房管局", "国家发展改革委", "住房城乡建设部"}
    assert unplaced_plans(_docs(CITY, national)) == ()  # nothing kept apart: no warning


def test_a_citys_plan_and_a_districts_keep_the_city_and_district_bureaus_apart_as_today():
    units = _units(CITY, EAST)
    assert units == {
        "市绿化市容局": ["市绿化市容局"],
        "市房管局": ["市房管局"],
        "区绿化市容局": ["区绿化市容局"],
        "区房管局": ["区房管局"],
    }


def test_a_citys_plan_beside_two_districts_keeps_its_bureau_short():
    """One city in the graph: 市绿化市容局 stays as written while the districts' 区X show their districts."""
    units = _units(CITY, WEST, EAST)
    assert units["市绿化市容局"] == ["市绿化市容局"] and "江临市绿化市容局" not in units
    assert "江临市西山区绿化市容局" in units and "江临市东湖区绿化市容局" in units


def test_a_bodys_level_word_opens_no_place():
    """区绿化市容局 is a district's body, not 区绿化市's 市容局; a district named 市中区 is still a place."""
    assert plan_city("西山区", ["区绿化市容局", "区绿化市容局等部门", "区房管局"]) is None
    assert own_place("区绿化市容局2024年工作要点", None) is None
    assert own_place("县市场监管局2024年工作要点", "江临市西山区人民政府") == "江临市西山区"
    # the guards: a city opening bodies' names, and a district whose name opens with 市
    assert plan_city("酉阳县", ["重庆市税务局", "重庆海关", "县财政局"]) == "重庆市"
    assert own_place("济南市市中区2024年工作要点", None) == "济南市市中区"


def test_a_towns_city_appearance_office_is_no_citys_body():
    """市容办 (a town's office of 市容, the city's appearance) opens with the word 市容, not the level word 市: beside a
    plan of unknown place naming 市X it is not shown as 江临市容办; the guard, 市民政局, is the city's 民政局."""
    town = _plan("江临市东湖区青石镇人民政府关于印发市容考核办法的通知", "市容办", "市民政局")
    nowhere = _plan("关于做好生活垃圾分类工作的通知", "市民政局")
    units = _units(CITY, town, nowhere)
    assert units["市容办"] == ["市容办"] and "江临市容办" not in units
    assert units["江临市民政局"] == ["市民政局"] and units["市民政局"] == ["市民政局"]


def test_the_title_and_the_issuer_agree_on_the_plans_place():
    # the fuller of the two when one holds the other
    assert own_place("西山区生活垃圾分类工作方案", "江临市西山区人民政府") == "江临市西山区"
    # a town's 市容 read as a city (青石镇市) beside its author, the district's town: the author's place
    assert own_place("青石镇市容环境考核办法", "江临市西山区青石镇人民政府") == "江临市西山区"
    # the guards: title and issuer alike, or only one of them naming a place, read as before
    assert own_place("江临市东湖区人民政府办公室关于印发方案的通知", "江临市东湖区人民政府办公室") == "江临市东湖区"
    assert own_place("关于印发方案的通知", "江临市东湖区人民政府办公室") == "江临市东湖区"
    # round 79: the title alone no longer reads the bogus place 青石镇市 (its 市容 is a word, as in 绿化市容局)
    assert own_place("青石镇市容环境考核办法", None) is None
    assert own_place("江临市2024年营商环境工作要点", "区政府") == "江临市"


def test_a_street_a_town_and_a_zone_are_no_district_government():
    assert [categorize(n) for n in ("东湖街道", "东湖街道办事处", "青石镇", "青石镇人民政府", "白沙乡政府")] == [
        "subdistrict"
    ] * 5
    assert [categorize(n) for n in ("江临经济技术开发区", "江临经济技术开发区管委会", "东湖工业区", "街道")] == [
        "subdistrict"
    ] * 4
    # the guards: a district's or county's government, a 新区 (a district's level), collectives of them
    assert [categorize(n) for n in ("东湖区政府", "白沙县人民政府", "江临新区管委会", "东湖区人民政府")] == [
        "district_government"
    ] * 4
    assert categorize("各街道办事处") == categorize("各镇（街道）") == "collective"
    assert categorize("街道办事处") == "subdistrict"


def test_a_zone_the_district_list_names_stays_a_district_government():
    """重庆高新区 and 万盛经开区 are districts in ``data/districts.csv``: their administrations keep the category."""
    assert categorize("万盛经开区") == categorize("重庆高新区管委会") == "district_government"


def test_two_districts_bureaus_are_no_near_duplicates():
    """The build's near-duplicate list no longer offers to join two districts' bureaus; one district's two spellings
    of one bureau it still offers (the guard)."""
    pairs = near_duplicates(["江临市东湖区应急管理局", "江临市西湖区应急管理局", "江临市东湖区应急管理部门"])
    assert {(a, b) for a, b, _ in pairs} == {("江临市东湖区应急管理局", "江临市东湖区应急管理部门")}
    assert near_duplicates(["东湖区建管委", "东湖区建设管理委"]) != []


def test_a_citys_bureau_and_its_districts_and_one_districts_two_bureaus_are_no_near_duplicates():
    """The lead's mend after round 78: the all-held-out build listed 298 suspected pairs, most a city's bureau
    beside a district's (上海市应急局 ~ 上海市奉贤区应急管理局, a short form) or one district's two bureaus alike by the
    district's name alone (体育局 ~ 教育局, 89 %): 67 now. Guards: a branch the city's name holds
    (公安局东湖分局), and one district's two spellings of one bureau."""
    pairs = near_duplicates(
        [
            "江临市应急局",
            "江临市东湖区应急管理局",
            "江临市东湖区体育局",
            "江临市东湖区教育局",
            "江临市西山区建管委",
            "江临市西山区建设管理委",
        ]
    )
    assert {(a, b) for a, b, _ in pairs} == {("江临市西山区建管委", "江临市西山区建设管理委")}
    assert two_places_body("江临市应急局", "江临市东湖区应急管理局")
    assert not two_places_body("江临市公安局东湖分局", "江临市东湖区公安分局")

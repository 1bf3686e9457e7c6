"""Round 41 (places): plans of several places in one graph (``graph/plan_place.py``, ``graph/build.py``).

Users build one graph from a province's plan and its cities', two counties' plans, a district's and another's.
Before, every plan's 县财政局 was one unit: two counties' finance bureaus were one body with both their tasks.
Now a level word (县, 区, 市, 省 …) that the graph's plans write for two places or more names each plan's own body,
shown with its place's name (南城县财政局, 黎川县财政局); a level the graph holds one place of keeps the name as
written (a city's 市财政局 and its county's 市财政局 are one unit, 市财政局). A body spelled out with another plan's
place (九江市财政局 in the province's plan) is that plan's body.
"""

from __future__ import annotations

from pathlib import Path

from reformgraph.aliases import AliasTable, load_alias_table
from reformgraph.build import build_graph
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document

PLACES = Path(__file__).parent / "fixtures" / "round41" / "places"


def _graph_units(docs, table: AliasTable | None = None) -> dict[str, list[str]]:
    G = build_graph(docs, table or load_alias_table())
    return {d["name"]: sorted(d["aliases"]) for _, d in G.nodes(data=True) if d["kind"] == "Unit"}


def _fixture_units(*names: str) -> dict[str, list[str]]:
    return _graph_units([read_document(PLACES / f"{name}.md") for name in names])


def _units(*plans: str) -> dict[str, list[str]]:
    docs = [parse_document(text, path=f"plan{i}.md") for i, text in enumerate(plans)]
    return _graph_units(docs, AliasTable.from_rows([]))


def _plan(title: str, *units: str) -> str:
    items = "".join(f"{i}.推进第{i}项工作。（牵头单位：{u}）\n" for i, u in enumerate(units, start=1))
    return f"{title}\n一、主要任务\n{items}"


def test_two_counties_plans_name_two_finance_bureaus_and_two_development_bureaus():
    units = _fixture_units("01-nancheng-county-commerce-2023", "02-lichuan-county-business-2024")
    assert units == {  # written by hand before the build
        "南城县商务局": ["县商务局"],
        "南城县发展改革局": ["县发改局"],
        "南城县财政局": ["县财政局"],
        "南城县自然资源局": ["县自然资源局"],
        "南城县市场监管局": ["县市场监管局"],
        "南城县人力社保局": ["县人社局"],
        "各乡（镇）政府": ["各乡（镇）人民政府"],  # a collective: no one body to tell apart
        "黎川县行政审批服务局": ["县行政审批局"],
        "黎川县市场监管局": ["县市场监管局"],
        "黎川县税务局": ["县税务局"],
        "黎川县发展改革局": ["县发展和改革局"],
        "黎川县财政局": ["县财政局"],
        "黎川县工业和信息化局": ["县工信局"],
        "国网黎川县供电公司": ["国网黎川县供电公司"],
        "黎川县城投集团": ["县城投集团"],
    }


def test_a_citys_plan_and_its_countys_share_the_citys_finance_bureau():
    units = _fixture_units("03-yichun-city-employment-2022", "04-jingan-county-employment-2022")
    assert units == {
        "市人力社保局": ["市人力资源和社会保障局", "市人社局"],
        "市财政局": ["市财政局"],  # the city's, named by both plans: one unit
        "市税务局": ["市税务局"],
        "人民银行宜春市中心支行": ["人民银行宜春市中心支行"],
        "各县（市、区）政府": ["各县（市、区）人民政府"],
        "市教育局": ["市教育局"],
        "县财政局": ["县财政局"],  # the county's
        "县人力社保局": ["县人社局"],
        "各乡镇政府": ["各乡镇人民政府"],
        "县农业农村局": ["县农业农村局"],
    }


def test_a_provinces_plan_and_a_citys_share_the_provinces_commission():
    units = _fixture_units("05-jiangxi-province-projects-2025", "06-jiujiang-city-projects-2025")
    assert units == {
        "省发展改革委": ["省发展改革委"],  # one unit, named by both plans
        "各市政府": ["各市人民政府"],
        "省财政厅": ["省财政厅"],
        "省自然资源厅": ["省自然资源厅"],
        "省林业局": ["省林业局"],
        "省委金融办": ["省委金融办"],
        "人民银行江西省分行": ["人民银行江西省分行"],
        "江西金融监管局": ["江西金融监管局"],
        "市发展改革委": ["市发改委"],
        "各县（市、区）政府": ["各县（市、区）人民政府"],
        "市财政局": ["市财政局"],
        "市生态环境局": ["市生态环境局"],
        "市自然资源局": ["市自然资源局"],
    }


def test_two_districts_of_one_city_name_two_tax_bureaus():
    units = _fixture_units("07-wuhou-district-tax-2026", "08-jinjiang-district-tax-2026")
    assert units["成都市武侯区税务局"] == ["区税务局"]
    assert units["成都市锦江区税务局"] == ["区税务局"]
    assert units["成都市武侯区财政局"] == ["区财政局"] and units["成都市锦江区财政局"] == ["区财政局"]
    assert "区税务局" not in units and units["各街道办事处"] == ["各街道办事处"]
    assert units["人民银行四川省分行营业管理部"] == ["人民银行四川省分行营业管理部"]


def test_one_plan_alone_keeps_its_short_names():
    units = _fixture_units("01-nancheng-county-commerce-2023")
    assert units["县财政局"] == ["县财政局"] and "南城县财政局" not in units


def test_a_district_written_with_and_without_its_city_is_one_place():
    units = _units(
        _plan("成都市武侯区2024年营商环境工作要点", "区税务局"),
        _plan("武侯区促进消费若干措施", "区税务局"),
    )
    assert units == {"区税务局": ["区税务局"]}


def test_a_county_level_city_and_its_city_are_two_cities():
    units = _units(_plan("苏州市数字经济工作要点", "市财政局"), _plan("昆山市数字经济工作要点", "市财政局"))
    assert units == {"苏州市财政局": ["市财政局"], "昆山市财政局": ["市财政局"]}


def test_a_body_spelled_out_with_another_plans_place_is_that_plans_body():
    units = _units(
        _plan("江西省扩大有效投资工作要点", "九江市人民政府", "中共九江市委组织部", "九江学院"),
        _plan("九江市扩大有效投资工作方案", "市政府", "市委组织部"),
    )
    assert units["市政府"] == ["九江市人民政府", "市政府"]
    assert units["市委组织部"] == ["中共九江市委组织部", "市委组织部"]
    assert "九江学院" in units  # a name that only opens with the place's


def test_a_countys_body_spelled_out_in_a_citys_plan_beside_two_counties_plans():
    units = _units(
        _plan("抚州市县域商业工作方案", "南城县财政局", "黎川县发展和改革局"),
        _plan("南城县县域商业工作方案", "县财政局"),
        _plan("黎川县营商环境工作方案", "县发改局"),
    )
    assert units["南城县财政局"] == ["南城县财政局", "县财政局"]
    assert units["黎川县发展改革局"] == ["县发改局", "黎川县发展和改革局"]


def test_a_plan_of_no_known_place_keeps_its_names_as_written():
    """Which county's 县财政局 a plan of no place names is unknown: it stays apart from both counties'."""
    units = _units(
        _plan("南城县工作方案", "县财政局"),
        _plan("黎川县工作方案", "县财政局"),
        _plan("关于做好有关工作的通知", "县财政局"),
    )
    assert set(units) == {"南城县财政局", "黎川县财政局", "县财政局"}


def test_a_notices_date_under_its_issuer_is_no_time_heading_of_its_tasks():
    """成都市锦江区's plan: its issuer and month under the title, then the addressees; a task giving no deadline
    has none (before, 2026年2月 was read as a time heading over every task: round41/places/08)."""
    text = (
        "成都市锦江区2026年优化税收营商环境工作要点\n\n锦江区人民政府办公室\n2026年2月\n\n各街道办事处、区级各部门：\n\n"
        "一、办税便利化\n\n（一）深化一网通办。（牵头单位：区税务局；完成时限：2026年10月底前）\n\n"
        "（二）推行零跑动。（牵头单位：区税务局）\n"
    )
    doc = parse_document(text, path="x.md")
    assert [m.deadline.date for w in doc.workplans for m in w.measures] == ["2026-10", None]


def test_two_cities_youth_league_committees_are_two_units():
    units = _units(
        _plan("赣州市青年就业行动方案", "团市委", "共青团赣州市委"), _plan("吉安市青年就业行动方案", "团市委")
    )
    assert units == {"团赣州市委": ["共青团赣州市委", "团市委"], "团吉安市委": ["团市委"]}

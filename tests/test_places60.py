"""Round 60 (places): the city of a county's plan whose title and issuer name the county alone
(``plan_place.plan_city``, ``graph/build.py``).

Before, such a plan's 市市场监管局 (its city's bureau) was one unit with the 市市场监管局 of any city's plan in the
graph: Shanghai's corpus and the bundled 酉阳县 plan (a Chongqing county) gave one 市市场监管局 leading 150 measures,
147 of them Chongqing's. Now a county plan whose bodies name one city (重庆市税务局, 重庆海关) is that city's county in a
graph of several places: its 市X is 重庆市X beside Shanghai's 上海市X. A graph of one plan does not change.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reformgraph.aliases import AliasTable, load_alias_table
from reformgraph.build import build_graph
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from reformgraph.resources import data_path

REAL = Path(__file__).parent / "fixtures" / "real"  # the Shanghai corpus (/work/shared/corpus)


def _units(*plans: str) -> dict[str, list[str]]:
    """Unit name → the names written for it, of the graph of ``plans`` (each a title line and numbered items)."""
    docs = [parse_document(text, path=f"plan{i}.md") for i, text in enumerate(plans)]
    G = build_graph(docs, AliasTable.from_rows([]))
    return {d["name"]: sorted(d["aliases"]) for _, d in G.nodes(data=True) if d["kind"] == "Unit"}


def _plan(title: str, *units: str, task: str = "推进第{i}项工作") -> str:
    items = "".join(f"{i}.{task.format(i=i)}。（牵头单位：{u}）\n" for i, u in enumerate(units, start=1))
    return f"{title}\n一、主要任务\n{items}"


JIANGLIN = _plan("江临市2024年营商环境工作要点", "市市场监管局", "市财政局")
NANLING = _plan("南岭市2024年营商环境工作要点", "市市场监管局")
# a Chongqing county's plan: its city's bodies short (市市场监管局), and a few written with the city's name
YOUYANG = _plan("酉阳县2024年营商环境工作要点", "市市场监管局", "国家税务总局重庆市税务局", "重庆海关", "县财政局")


def test_a_county_plan_naming_its_citys_bodies_names_that_citys_bureau_beside_another_citys():
    units = _units(JIANGLIN, YOUYANG)
    assert units == {  # written by hand before the build
        "江临市市场监管局": ["市市场监管局"],
        "江临市财政局": ["市财政局"],
        "重庆市市场监管局": ["市市场监管局"],  # before: one 市市场监管局 with both cities' tasks
        "重庆市税务局": ["国家税务总局重庆市税务局", "市税务局"],
        "重庆海关": ["重庆海关"],
        "县财政局": ["县财政局"],  # the one county of the graph: as written
    }


def test_a_graph_of_one_city_keeps_the_county_plans_names_and_one_of_two_cities_does_not():
    alone = _units(YOUYANG)
    assert alone == {
        "市市场监管局": ["市市场监管局"],
        "重庆市税务局": ["国家税务总局重庆市税务局"],
        "重庆海关": ["重庆海关"],
        "县财政局": ["县财政局"],
    }
    national = _plan("国务院办公厅关于印发营商环境工作要点的通知", "国家发展改革委")
    assert _units(YOUYANG, national) == {**alone, "国家发展改革委": ["国家发展改革委"]}  # one city: as written
    assert "重庆市市场监管局" in _units(JIANGLIN, YOUYANG)


def test_a_county_of_the_graphs_city_joins_its_citys_bodies_beside_another_city():
    """The county's 市财政局 is 江临市's (its bodies name 江临市): before, a third 市财政局 of no city."""
    county = _plan("临川县2024年营商环境工作要点", "市财政局", "江临市税务局", "江临海关", "县财政局")
    units = _units(JIANGLIN, NANLING, county)
    assert units["江临市财政局"] == ["市财政局"] and "市财政局" not in units
    assert units["江临市税务局"] == ["市税务局", "江临市税务局"]  # written in full: the city's, as in its own plan
    one_city = _units(JIANGLIN, county)  # as before: the one city's 市财政局, short
    assert one_city["市财政局"] == ["市财政局"] and one_city["市税务局"] == ["江临市税务局"]


def test_a_city_written_in_passing_or_by_one_body_is_not_the_countys():
    """A county plan that learns from Shanghai (in its text) and names one Shanghai body keeps its 市X apart from
    Shanghai's; the Chongqing county's beside it takes its city."""
    passing = _plan(
        "临川县2024年营商环境工作要点",
        "市财政局",
        "上海市市场监管局",
        "县财政局",
        task="学习借鉴上海市经验，推进第{i}项工作",
    )
    units = _units(_plan("上海市2024年营商环境工作要点", "市财政局"), passing, YOUYANG)
    assert units["市财政局"] == ["市财政局"]  # the passing county's: its city is unknown
    assert units["上海市财政局"] == ["市财政局"]  # Shanghai's plan's alone
    assert units["上海市市场监管局"] == ["上海市市场监管局"]
    assert units["重庆市市场监管局"] == ["市市场监管局"]


def test_a_county_plan_naming_two_cities_bodies_takes_neither():
    two = _plan("临川县2024年营商环境工作要点", "市财政局", "重庆市税务局", "重庆海关", "成都市税务局", "成都海关")
    units = _units(JIANGLIN, two, YOUYANG)
    assert units["市财政局"] == ["市财政局"] and units["江临市财政局"] == ["市财政局"]
    assert units["重庆市市场监管局"] == ["市市场监管局"]


def _led_by_document(docs, name: str) -> dict[str, int]:
    G = build_graph(docs, load_alias_table())
    led: dict[str, int] = defaultdict(int)
    for source, target, rel in G.edges(data="rel"):
        if source == f"unit:{name}" and rel == "LEADS":
            led[G.nodes[target]["document"]] += 1
    return dict(led)


def test_the_corpus_and_the_bundled_plan_split_the_market_regulation_bureau_by_city():
    corpus = [read_document(p) for p in sorted(REAL.glob("[0-9][0-9]-*.md"))]  # its 14 plans
    bundled = read_document(data_path("youyang-2022-18-business-environment-reforms.md"))
    mixed = [*corpus, bundled]
    assert _led_by_document(mixed, "市市场监管局") == {}  # before: 150, three of them Shanghai's
    chongqing = _led_by_document(mixed, "重庆市市场监管局")
    assert chongqing == {"doc:youyang-2022-18-business-environment-reforms": 147}
    shanghai = _led_by_document(mixed, "上海市市场监管局")
    assert sum(shanghai.values()) == 3 and all("shanghai" in doc for doc in shanghai)
    # alone, each keeps the short name (a graph of one city)
    assert _led_by_document([bundled], "市市场监管局") == chongqing
    assert _led_by_document(corpus, "市市场监管局") == shanghai

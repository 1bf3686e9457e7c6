"""Round 41: one unit per body across a city's plans (``graph/unit_forms.py``, ``graph/plan_place.py``).

Before, plans of one city that wrote a body the ways its offices really do (中国人民银行赣州市分行 / 人民银行赣州市分行 /
人行赣州市分行; 国家税务总局赣州市税务局 / 市税务局; 市人民政府办公室 / 市政府办; 各县（市、区）人民政府 /
各县（市、区）政府; 共青团赣州市委 / 团市委) gave one unit per way, each with a share of the body's tasks.
"""

from __future__ import annotations

import pytest

from reformgraph.aliases import AliasTable, load_alias_table
from reformgraph.build import build_graph
from reformgraph.loaders.parse import parse_document


def _units(*plans: str, table: AliasTable | None = None) -> dict[str, list[str]]:
    """Unit name → the names written for it, of the graph of ``plans`` (each a title line and numbered items)."""
    docs = [parse_document(text, path=f"plan{i}.md") for i, text in enumerate(plans)]
    G = build_graph(docs, table or AliasTable.from_rows([]))
    return {d["name"]: sorted(d["aliases"]) for _, d in G.nodes(data=True) if d["kind"] == "Unit"}


def _plan(title: str, *units: str) -> str:
    items = "".join(f"{i}.推进第{i}项工作。（牵头单位：{u}）\n" for i, u in enumerate(units, start=1))
    return f"{title}\n一、主要任务\n{items}"


def test_a_central_bank_branch_written_three_ways_in_three_plans_is_one_unit():
    units = _units(
        _plan("赣州市金融支持实体经济若干措施", "中国人民银行赣州市分行", "市财政局"),
        _plan("赣州市促进青年就业创业行动方案", "人民银行赣州市分行"),
        _plan("赣州市2025年社会信用体系建设工作要点", "人行赣州市分行"),
    )
    assert units["人民银行赣州市分行"] == ["中国人民银行赣州市分行", "人民银行赣州市分行", "人行赣州市分行"]


def test_a_branch_by_another_name_stays_apart_and_the_central_bank_keeps_its_name():
    """中心支行 was renamed 分行 in 2024: a rename is the alias table's to know, not a spelling; 人民银行 alone is the
    national bank (the table's 中国人民银行)."""
    units = _units(
        _plan("赣州市金融工作要点", "中国人民银行赣州市中心支行", "人民银行赣州市分行", "人民银行"),
        table=load_alias_table(),
    )
    assert {"人民银行赣州市中心支行", "人民银行赣州市分行", "中国人民银行"} <= set(units)


def test_a_name_the_alias_table_shows_stays_the_name_of_every_other_spelling():
    units = _units(
        _plan("重庆市金融工作要点", "中国人民银行重庆营业管理部", "人民银行重庆营管部", "人行重庆营管部"),
        table=load_alias_table(),
    )
    assert units["人行重庆营管部"] == ["中国人民银行重庆营业管理部", "人民银行重庆营管部", "人行重庆营管部"]


def test_the_financial_regulators_branch_by_its_full_and_short_names_is_one_unit():
    units = _units(
        _plan("赣州市金融工作要点", "国家金融监督管理总局赣州监管分局"),
        _plan("赣州市信用工作要点", "赣州金融监管分局"),
    )
    assert units["赣州金融监管分局"] == ["国家金融监督管理总局赣州监管分局", "赣州金融监管分局"]


def test_the_tax_bureau_of_the_plans_place_is_its_short_name():
    units = _units(
        _plan("赣州市金融工作要点", "国家税务总局赣州市税务局"),
        _plan("赣州市就业工作方案", "赣州市税务局", "市税务局"),
    )
    assert units["市税务局"] == ["国家税务总局赣州市税务局", "市税务局", "赣州市税务局"]


def test_a_governments_office_written_three_ways_is_one_unit_apart_from_the_government():
    units = _units(
        _plan("赣州市金融工作要点", "市人民政府办公室", "市人民政府"),
        _plan("赣州市就业工作方案", "市政府办公室", "市政府办"),
    )
    assert units["市政府办公室"] == ["市人民政府办公室", "市政府办", "市政府办公室"]
    assert units["市政府"] == ["市人民政府"]


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        (("各县（市、区）人民政府", "各县〔市、区〕政府", "各县（市、区）政府"), "各县（市、区）政府"),
        (("各乡镇人民政府", "各乡镇政府"), "各乡镇政府"),
        (("县人民政府督查室", "县政府督查室"), "县政府督查室"),
        (("区公安分局交通警察大队", "区公安分局交警大队"), "区公安分局交警大队"),
    ],
)
def test_governments_written_with_and_without_renmin_are_one_unit(written, unit):
    units = _units(_plan("正定县乡村振兴重点任务分工方案", *written[:1]), _plan("正定县人居环境工作台账", *written[1:]))
    assert units[unit] == sorted(written)


def test_the_youth_league_committee_of_the_plans_place_is_tuan_shi_wei():
    units = _units(
        _plan("赣州市青年就业行动方案", "共青团赣州市委", "团市委"),
        _plan("正定县乡村振兴方案", "中国共产主义青年团正定县委员会", "团县委"),
        _plan("全国青年发展规划实施方案", "共青团中央"),
    )
    assert units["团市委"] == ["共青团赣州市委", "团市委"]
    assert units["团县委"] == ["中国共产主义青年团正定县委员会", "团县委"]
    assert "共青团中央" in units


def test_bodies_that_only_share_a_beginning_stay_apart():
    units = _units(
        _plan(
            "赣州市社会信用体系建设工作要点",
            "市人民政府",
            "市人民政府办公室",
            "市公安局",
            "市公安局交通管理支队",
            "市委宣传部",
            "市委网信办",
            "省政府办",
        )
    )
    assert set(units) == {
        "市政府",
        "市政府办公室",
        "市公安局",
        "市公安局交通管理支队",
        "市委宣传部",
        "市委网信办",
        "省政府办公厅",  # a province's office is its 办公厅
    }


def test_a_districts_plans_issued_under_its_citys_name_and_its_own_name_share_its_bodies():
    """成都市武侯区人民政府办公室's plan was 成都市's (its 区税务局 one body, 武侯区's plan's 成都市武侯区税务局 another)."""
    units = _units(
        "成都市武侯区人民政府办公室关于印发优化营商环境工作要点的通知\n一、主要任务\n"
        "1.推行企业开办一日办结。（牵头单位：区税务局；配合单位：成都市财政局）\n",
        _plan("武侯区促进消费扩容提质若干措施", "国家税务总局成都市武侯区税务局", "共青团武侯区委", "市财政局"),
    )
    assert units["区税务局"] == ["区税务局", "国家税务总局成都市武侯区税务局"]
    assert units["市财政局"] == ["市财政局", "成都市财政局"]
    assert units["团区委"] == ["共青团武侯区委", "团区委"]  # the local name too, as for 江临市财政局 (市财政局)


def test_a_unit_keeps_only_the_names_plans_wrote():
    units = _units(_plan("正定县金融服务乡村振兴实施方案", "人行正定县支行"))
    assert units["人民银行正定县支行"] == ["人行正定县支行"]

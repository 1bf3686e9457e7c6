"""A body's full and short names as one unit (``graph/unit_forms.py``, docs/loader.md "Unit names in the graph").

Before, 市发展和改革委员会, 市发改委 and 市发展改革委 in one plan were three units, each with a third of the
body's tasks: its coordination load and rank were split three ways.
"""

from __future__ import annotations

import pytest

from reformgraph.aliases import AliasTable, load_alias_table
from reformgraph.build import build_graph
from reformgraph.loaders.parse import parse_document
from reformgraph.unit_forms import FAMILIES, standard_form


@pytest.mark.parametrize(
    ("written", "standard"),
    [
        ("市发展和改革委员会", "市发展改革委"),
        ("市发改委", "市发展改革委"),
        ("某县发展和改革局", "某县发展改革局"),
        ("天津市市场监督管理局", "天津市市场监管局"),
        ("区人力资源和社会保障局", "区人力社保局"),
        ("市人社局", "市人力社保局"),
        ("县住房和城乡建设局", "县住房城乡建设局"),
        ("滨海新区卫健委", "滨海新区卫生健康委"),
        ("市政数局", "市政务服务和数据管理局"),
        ("医保局", "医疗保障局"),
    ],
)
def test_the_names_of_a_family_take_its_standard_name(written, standard):
    assert standard_form(written) == standard


@pytest.mark.parametrize(
    "name",
    ["市自然资源局", "市经济和信息化局", "市卫生健康局", "国家发改委", "市委改革办", "市财政局", "市公安交通局"],
)
def test_other_bodies_and_names_with_no_place_before_the_body_stay(name):
    assert standard_form(name) == name


def test_no_standard_name_is_another_familys_variant():
    variants = {v for _, others in FAMILIES for v in others}
    assert not variants & {standard for standard, _ in FAMILIES}


def test_a_plan_that_writes_a_body_three_ways_has_one_unit_with_every_task():
    doc = parse_document(
        "某市2024年工作方案\n一、任务\n1.推进甲。（市发展和改革委员会牵头）\n2.推进乙。（市发改委牵头，市人社局配合）\n"
        "3.推进丙。（市发展改革委牵头，市人力资源和社会保障局配合）\n",
        path="plan.md",
    )
    G = build_graph([doc], AliasTable.from_rows([]))
    units = {n: d for n, d in G.nodes(data=True) if d["kind"] == "Unit"}
    assert set(units) == {"unit:市发展改革委", "unit:市人力社保局"}
    assert sorted(units["unit:市发展改革委"]["aliases"]) == ["市发展和改革委员会", "市发展改革委", "市发改委"]
    assert sum(1 for _, _, r in G.out_edges("unit:市发展改革委", data="rel") if r == "LEADS") == 3


def test_the_alias_table_still_names_what_it_lists():
    """The bundled table's 市人社局 → 市人力社保局, and a family name the table maps on (住房城乡建设委 → 住房城乡建委)."""
    table = load_alias_table()
    assert table.resolve("市人社局").canonical == "市人力社保局"
    assert table.resolve("市住房和城乡建设委员会").canonical == "市住房城乡建委"

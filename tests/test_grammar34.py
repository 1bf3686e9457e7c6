"""Round 34 of docs/loader.md: what earlier probes left alone and a new helper's plans showed (session 22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from tests.test_grammar29 import _tasks  # (line, text, leads, supports, deadline date) of every task of a text


def _contacts(text: str):
    doc = parse_document(text, path="plan.txt")
    return [(c.name, c.role, c.line, c.measure) for w in doc.workplans for c in w.contacts]


def test_the_posts_of_the_river_chief_system_are_collective_units():
    text = (
        "江临镇2025年防汛工作方案\n一、主要任务\n1.开展河湖“清四乱”整治。（镇河长办牵头，各村（社区）河长落实；每季度开展一次）\n"
        "2.开展林区巡护。（镇林业站牵头，各村林长配合；2025年6月底前）\n3.延长巡查时间。（镇水利站牵头；2025年6月底前）\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["镇河长办"], ["各村（社区）河长"]),
        (["镇林业站"], ["各村林长"]),
        (["镇水利站"], []),
    ]


_LEADERS_UNDER_ITEMS = (
    "桃江县2025年优化营商环境攻坚行动方案\n二、攻坚任务\n（一）政务服务提质行动\n"
    "1.深化改革。（县政务服务中心牵头，2025年6月底前完成）\n牵头领导：王某某（副县长）\n"
    "2.建设平台。（县数据局负责）\n责任人：赵某某\n联系人：钱某某\n"
    "（二）要素保障攻坚行动\n分管领导：李某某（常务副县长）\n3.推行“标准地”出让。（县自然资源局牵头）\n"
    "4.优化审批。（县住建局负责）\n\n联系人：孙某某；联系电话：12345678\n"
)


def test_a_person_line_under_an_item_is_the_items_and_wins_over_its_groups():
    assert _contacts(_LEADERS_UNDER_ITEMS) == [
        ("王某某", "牵头领导", 5, 1),
        ("赵某某", "责任人", 7, 2),  # not 联系人 under it: a contact point, not a person answerable for the task
        ("李某某", "分管领导", 10, 3),  # the group's: item 3 has none of its own
        ("李某某", "分管领导", 10, 4),  # the closing 联系人 line is the plan's
    ]


_ROUND34 = Path(__file__).parent / "fixtures" / "round34"
_PANDOC_ROWS = [
    (["市数据局"], ["市农业农村局"], "2025-08"),
    (["市邮政管理局"], ["市商务局", "市交通运输局"], "2025-12"),  # a hard break (\) or a wrap inside 市交/通运输局
]


@pytest.mark.parametrize("name", ["pandoc_grid_table.md", "pandoc_multiline_table.md", "pandoc_simple_table.md"])
def test_pandocs_own_tables_are_task_tables(name):
    doc = read_document(_ROUND34 / name)
    assert [w.title for w in doc.workplans] == ["江临市2025年数字乡村建设重点项目清单"]  # the title above the rules
    rows = [([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in doc.workplans[0].measures]
    assert rows == _PANDOC_ROWS


def test_a_pandoc_plan_reads_its_text_and_its_grid_table_and_drops_footnote_marks():
    doc = read_document(_ROUND34 / "pandoc_plan.md")
    measures = [m for w in doc.workplans for m in w.measures]
    assert len(measures) == 11
    assert measures[2].text == "建设智慧农业应用基地。培育智慧农场（牧场、渔场）20个，推广农业物联网应用。"  # no [^2]
    assert [u.raw for u in measures[6].supports] == ["市农业农村局", "市财政局"]  # two paragraphs of one cell
    assert [u.raw for u in measures[8].supports] == ["市公安局", "各县（市、区）人民政府"]  # wrapped over three lines
    assert [u.raw for u in measures[10].leads] == ["市委网信办", "市农业农村局"]

"""Round 34 of docs/loader.md: what earlier probes left alone and a new helper's plans showed (session 22)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
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

"""Round 25 of docs/loader.md, besides the people a task names (tests/test_people.py): 全年 and 按季度 deadlines,
and a task that ends like a unit's name (推进企业开办 ends in 办, as 市重大办 does)."""

from __future__ import annotations

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.vocab import is_unit_name


@pytest.mark.parametrize(
    ("raw", "date", "status"),
    [
        ("全年", "2023-12", "scheduled"),
        ("全年推进", "2023-12", "scheduled"),
        ("2024年全年", "2024-12", "scheduled"),
        ("按季度", None, "ongoing"),
        ("按月报送", None, "ongoing"),
        ("完成全年目标任务", None, None),  # 全年 not at a clause's start: no deadline
    ],
)
def test_a_deadline_of_the_whole_year_or_of_every_quarter(raw, date, status):
    got = parse_deadline(raw, 2023)
    assert (got.date, got.status) == (date, status)


def test_without_a_plan_year_the_whole_year_has_no_date():
    assert (parse_deadline("全年").date, parse_deadline("全年").status) == (None, "scheduled")


@pytest.mark.parametrize("task", ["推进企业开办", "加强社区", "深化街道", "优化营商环境办", "落实属地责任单位"])
def test_a_task_that_opens_with_its_verb_is_no_unit_name(task):
    assert not is_unit_name(task)


@pytest.mark.parametrize("unit", ["市重大办", "县企业开办服务中心", "市委组织部", "区统筹办", "研究院", "开发区管委会"])
def test_names_that_end_alike_but_open_with_a_body_stay_units(unit):
    assert is_unit_name(unit)


def test_a_text_table_row_whose_task_ends_like_a_unit_keeps_its_task():
    """Before, 推进企业开办 read as a unit cell: the row had no task and was lost."""
    doc = parse_document(
        "某县2023年重点任务分工表\n序号 工作任务 牵头单位 配合单位 完成时限\n1 推进企业开办 县市场监管局 县税务局 全年\n",
        path="plan.txt",
    )
    got = [(m.text, [u.raw for u in m.leads], m.deadline.date) for w in doc.workplans for m in w.measures]
    assert got == [("推进企业开办", ["县市场监管局"], "2023-12")]

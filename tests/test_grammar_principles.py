"""A quoted principle a clause of its own before its units' verb (`A、B按照“谁主管、谁负责”原则，分别负责…`: session 40;
docs/loader.md, round 55's fresh20)."""

import pytest

from reformgraph.errors import DocumentError
from tests.support.readings import plan_measures


def _units(words: str) -> tuple[list[str], list[str]]:
    plan = f"某县校园安全工作方案\n\n一、重点任务\n\n1.{words}\n\n二、保障措施\n\n各有关单位要加强协调配合。\n"
    [(_line, leads, supports, *_deadline)] = plan_measures(plan)
    return leads, supports


def test_units_before_a_principle_and_their_duty_lead() -> None:
    # before, no task: the principle's 谁负责 was taken for the units' verb, and their own verb stood in the next clause
    words = "县市场监管局、县卫生健康局按照“谁主管、谁负责”原则，分别负责校园食品安全和传染病防控工作。"
    assert _units(words) == (["县市场监管局", "县卫生健康局"], [])
    words = "县市场监管局、县卫生健康局按照“谁主管、谁负责”的原则，分别负责食品安全和疫病防控，县公安局配合。"
    assert _units(words) == (["县市场监管局", "县卫生健康局"], ["县公安局"])


def test_a_principle_with_no_duty_after_it_is_as_before() -> None:
    # guards: the principle then work, no role verb (no task, as before); the principle and its verb in one clause
    with pytest.raises(DocumentError, match="no task names a responsible unit"):
        _units("县市场监管局、县卫生健康局按照“谁主管、谁负责”原则，加强校园食品安全工作。")
    assert _units("县人社局按照“谁主管、谁负责”原则负责工匠培育。") == (["县人社局"], [])

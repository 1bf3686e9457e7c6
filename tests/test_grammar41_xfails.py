"""Round 41 of docs/loader.md: what round 40's plans left unread (tests/test_round40_plans.py, NOT_YET_READ), read by
rules written for every plan that writes so, each tried on small plans in other wording."""

from __future__ import annotations

from tests.support.readings import written_plan_deadlines


def test_a_year_within_which_a_quantity_is_reached_is_the_tasks_deadline():
    """``2026年内培训民营企业家200人次``: 年内 after a year before any verb (round 40 listed the verbs: 完成, 建成 …, so
    培训, 新增, 招引 gave no deadline); the nouns that open with 内 (内部审计, 内控) still give none."""
    plan = (
        "某县2026年民营经济工作要点\n\n"
        "（一）加强企业家培训。2026年内培训民营企业家200人次以上。（县委统战部、县工商联负责）\n"
        "（二）扩大有效投资。2025年内新增规上工业企业15家。（县工信局负责）\n"
        "（三）完善内控制度。开展2026年内部审计，规范资金使用。（县审计局负责）\n"
    )
    assert written_plan_deadlines(plan) == [
        (3, "2026年内", "2026-12", "scheduled"),
        (4, "2025年内", "2025-12", "scheduled"),
        (5, None, None, None),
    ]

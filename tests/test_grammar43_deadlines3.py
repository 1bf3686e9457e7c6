"""Round 43, deadlines3: deadline wordings no round had shown the parser, read as real plans write them.

Each test is a small plan that was misread before its rule (the fixtures are in
``tests/fixtures/round43/deadlines3/``, scored task by task by ``tests/test_round_plans.py``).
"""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document


def _tasks(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    """Each task's line, leads, supports, deadline as written, its date and its status."""
    document = parse_document(text, path="plan.md")
    return [
        (
            m.line,
            [u.raw for u in m.leads],
            [u.raw for u in m.supports],
            m.deadline.raw,
            m.deadline.date,
            m.deadline.status,
        )
        for w in document.workplans
        for m in w.measures
    ]


def test_units_then_a_schedule_in_stages():
    # 《…（2024—2026年）》 task division: units with no role word, then 分阶段推进 and its stages (before: task lost)
    text = (
        "# 某省数字政府建设三年行动方案（2024—2026年）任务分工\n\n"
        "各项任务排在第一位的部门为牵头部门。\n\n"
        "1.建设全省一体化政务云平台。（省大数据局、省财政厅，分阶段推进，2025年底前完成50%，2026年全面完成）\n"
        "2.开展政务服务事项标准化梳理。（省政务服务管理局、省司法厅，即日起至2025年12月）\n"
    )
    first, second = _tasks(text)
    assert first[:3] == (5, ["省大数据局"], ["省财政厅"])
    assert first[4:] == ("2026-12", "scheduled")
    assert second[:3] == (6, ["省政务服务管理局"], ["省司法厅"])
    assert second[4:] == ("2025-12", "scheduled")

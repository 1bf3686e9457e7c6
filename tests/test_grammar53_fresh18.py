"""Round 53 (fresh18): plans of kinds not met before (docs/round53_fresh18.md)."""

from reformgraph.loaders.deadlines import parse_deadline
from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.md")


def _plan(sentence: str) -> str:
    return (
        "# 某某市2026年网络安全工作要点\n\n## 一、重点任务\n\n"
        f"1.开展网络安全检查。对关键信息基础设施开展安全检查。{sentence}\n\n"
        "2.推进应急广播建设。市文化广电旅游局牵头，市应急管理局配合。\n"
    )


def test_a_clause_of_units_closed_by_zhuze_leads() -> None:
    # before, `A主责，B配合` (and 主抓) with no 由 named no unit: the task was lost
    for verb in ("主责", "主抓"):
        assert [
            (line, leads, supports) for line, leads, supports, *_ in _read(_plan(f"市委网信办{verb}，市公安局配合。"))
        ] == [
            (5, ["市委网信办"], ["市公安局"]),
            (7, ["市文化广电旅游局"], ["市应急管理局"]),
        ]


def test_a_zhuze_clause_with_xieban_partners_is_read_as_prose() -> None:
    # before, a paragraph whose only role words were 主责 / 主抓 and 协办 was not looked at as prose: no task
    for verb in ("主责", "主抓"):
        text = f"某县安排\n\n一、重点工作\n\n1.开展慈善宣传。组织宣传活动。县民政局{verb}，县慈善总会协办。\n"
        assert [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text)] == [
            (5, ["县民政局"], ["县慈善总会"])
        ]


def test_a_duty_named_zhuze_is_no_unit() -> None:
    # a guard: 主责 as a noun after a verb (压实主责) opens no clause of units
    text = _plan("各单位要压实主责，确保检查到位。")
    assert [(line, leads) for line, leads, *_ in _read(text)] == [(7, ["市文化广电旅游局"])]


def test_the_double_eleven_is_no_national_day() -> None:
    # before, round 52's 十一 read `2026年“双十一”前` as National Day (2026-09-30)
    assert parse_deadline("2026年“双十一”前").date == "2026-11-10"
    assert parse_deadline("2026年双十二前").date == "2026-12-11"


def test_national_day_as_a_number_stays() -> None:
    # guards: round 52's 十一 before 前, and 十一月
    assert parse_deadline("2026年“十一”前").date == "2026-09-30"
    assert parse_deadline("2026年十一月底前").date == "2026-11"

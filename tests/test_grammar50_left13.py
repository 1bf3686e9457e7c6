"""Round 50 (left13): text left-overs of rounds 44-49 (docs/loader.md, their "Left" lines) and readings near them."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from reformgraph.records import Deadline
from tests.support.readings import plan_measures


def _read(text: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(text, "x.txt")


def _date(deadline: Deadline) -> tuple[str | None, str | None]:
    return deadline.date, deadline.status


def _deadlines(text: str) -> list[tuple[str | None, str | None]]:
    return [(date, status) for *_, date, status in _read(text)]


def test_a_year_after_a_modal_word_with_what_is_done_by_then_is_its_december() -> None:
    # before, no deadline: only a year right after a clause's break (，2026年建成投用) was read
    text = (
        "（一）建设设施。加快项目建设，力争2027年建成投运。（县住建局牵头，县财政局配合）\n"
        "（二）整合业务。确保2026年全面完成剥离。（市国资委牵头）\n"
        "（三）完善机制。争取2027年实现全覆盖。（县民政局负责）\n"
        "（四）推进改造。力争2026年完成改造100户以上。（县住建局负责）\n"
    )
    assert _deadlines(text) == [("2027-12", "scheduled"), ("2026-12", "scheduled")] + [
        ("2027-12", "scheduled"),
        ("2026-12", "scheduled"),
    ]


def test_a_year_after_a_modal_word_stays_no_deadline_where_it_is_no_time_to_finish_by() -> None:
    # guards: a year after a modal word that names no work done by then (a count to reach in it, a label), and a
    # modal word that is part of a longer word
    text = (
        "（一）组织活动。力争2026年组织开展活动100场次以上。（县文旅局负责）\n"
        "（二）推进服务。力争2026年新增集成服务事项20项。（县政务服务中心负责）\n"
        "（三）编制计划。确保2026年度计划顺利实施。（县发改局负责）\n"
    )
    assert _deadlines(text) == [(None, None), (None, None), (None, None)]


def test_a_years_count_after_wancheng_keeps_the_years_december() -> None:
    # chosen (round 49's Left, weighed): a count after 完成 is work done by the year's end, with 以上 as with 不少于, as
    # 全年完成新建改建公厕30座 is (round 41); only a count after 组织/开展 is the year's target (rounds 48, 49)
    text = (
        "（一）推进改造。完善配套设施，2026年完成改造100户以上。（县住建局牵头，县财政局配合）\n"
        "（二）推进改造。完善配套设施，2026年完成改造不少于100户。（县住建局牵头）\n"
        "（三）推进改造。完善配套设施，2026年完成改造。（县住建局牵头）\n"
        "（四）开展宣传。深入村组，2026年组织宣传活动100场次以上。（县住建局牵头）\n"
    )
    assert _deadlines(text) == [("2026-12", "scheduled")] * 3 + [(None, None)]


def test_a_start_running_to_an_end_is_a_span_due_at_its_end() -> None:
    # before, 起 made the whole a start: no date, ongoing
    assert _date(parse_deadline("2026年5月1日起至9月30日")) == ("2026-09-30", "scheduled")
    assert _date(parse_deadline("自2026年5月起至9月底")) == ("2026-09", "scheduled")
    assert text_deadline("开展专项行动，2026年5月1日起至9月30日。").date == "2026-09-30"
    text = (
        "（二）落实巡查值守。各村（社区）负责日常巡查，汛期实行24小时值班，2026年5月1日起至9月30日。（镇应急办牵头）\n"
    )
    assert _deadlines(text) == [("2026-09-30", "scheduled")]


def test_a_start_alone_is_still_no_deadline() -> None:
    # guards: a start with no end, in a field and in a task's words
    assert _date(parse_deadline("2026年5月1日起")) == (None, "ongoing")
    assert _date(parse_deadline("自2026年1月1日起施行")) == (None, "ongoing")
    assert text_deadline("开展专项行动，自2026年5月1日起实施。").date is None


def test_every_other_month_is_recurring_work() -> None:
    # before, 每双月 was read only in a deadline field, not in a task's words
    text = "1.完善机制。开展工资总额预算备案制管理试点，每双月调度一次进展。（市人社局牵头，市国资委配合）\n"
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [("每双月", "ongoing")]
    text = "1.完善机制。市人社局牵头，每双月调度一次。\n"
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [("每双月", "ongoing")]


def test_every_other_month_of_a_persons_amount_is_no_recurring_work() -> None:
    # a guard: 每人每双月…200元 is an amount given per person (rounds 43, 45), as 每人每月 is
    text = "1.发放补贴。每人每双月发放护理补贴200元。（县民政局负责）\n2.整治水环境。推进双月湖综合治理。（县水利局牵头）\n"
    assert [(raw, status) for *_, raw, _, status in _read(text)] == [(None, None), (None, None)]


def test_a_partner_strengthening_its_own_work_is_named() -> None:
    # before, 县市场监管局 was lost: 加强 was a partner's verb only in 加强(业务)指导
    text = "（五）安全保障。县公安局负责现场安全保卫，县卫生健康局做好医疗保障，县市场监管局加强食品安全检查。\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [
        (["县公安局"], ["县卫生健康局", "县市场监管局"])
    ]


def test_strengthening_with_no_unit_before_it_names_no_partner() -> None:
    # a guard: a clause of the lead's own work opening with 加强
    text = "（五）安全保障。县公安局负责现场安全保卫，加强部门协同，县卫生健康局做好医疗保障。\n"
    assert [(leads, supports) for _, leads, supports, *_ in _read(text)] == [(["县公安局"], ["县卫生健康局"])]


def test_a_modal_words_year_in_a_sentence_naming_units_is_its_clause() -> None:
    # the clause is the deadline's words, as with no modal word (before, 力争2026年 read as the year of an object)
    text = (
        "1.发展助餐服务。县民政局牵头，县市场监管局配合，力争2026年实现城区老年助餐点全覆盖。\n"
        "2.推进改造。县民政局负责，县残联配合，2026年完成适老化改造300户以上。\n"
    )
    assert [(raw, date) for *_, raw, date, _ in _read(text)] == [
        ("力争2026年实现城区老年助餐点全覆盖", "2026-12"),
        ("2026年完成适老化改造300户以上", "2026-12"),
    ]


def test_a_year_named_as_a_plans_object_after_a_verb_is_still_no_deadline() -> None:
    # a guard: 谋划2026年重点项目 (round 35)
    text = "1.谋划项目。县发改局牵头，县财政局配合，谋划2026年重点项目。\n"
    assert [(raw, date) for *_, raw, date, _ in _read(text)] == [(None, None)]

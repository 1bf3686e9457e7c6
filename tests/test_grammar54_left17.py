"""Round 54 (left17): the text left-overs of rounds 50–53 (docs/round54_left17.md)."""

from reformgraph.loaders.date_words import HOLIDAYS
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures


def _field(raw: str, year: int | None = 2026) -> tuple[str | None, str | None]:
    found = parse_deadline(raw, year)
    return found.date, found.status


def test_a_fixed_day_written_as_its_name() -> None:
    # before, 建军节, 建党节, 儿童节 and 国际志愿者日 were no days: a field read the bare year (2026-12), words none
    assert _field("2026年建军节前") == ("2026-07-31", "scheduled")
    assert _field("2026年建党节前") == ("2026-06-30", "scheduled")
    assert _field("2026年儿童节前") == ("2026-05-31", "scheduled")
    assert _field("2026年国际志愿者日前完成") == ("2026-12-04", "scheduled")
    assert _field("2026年建军节前后") == ("2026-08", "scheduled")  # 前后: the day's month (round 52)
    assert text_deadline("县应急管理局负责，2026年建党节前完成。", plan_year=2026).date == "2026-06-30"


def test_a_named_day_without_qian_is_no_deadline() -> None:
    # guards: the name alone is an occasion, not a time to finish by
    assert text_deadline("开展建军节慰问活动，县退役军人事务局负责。", plan_year=2026).date is None
    assert text_deadline("2026年教师节表彰优秀教师100名。", plan_year=2026).date != "2026-09-09"
    assert _field("2026年十一月底前") == ("2026-11", "scheduled")


def test_a_lunar_holiday_alone_before_qian_is_its_month_that_year() -> None:
    # before, 端午, 中秋 and 重阳 were undated (round 32): a field read the bare year, a task's words none
    assert _field("2026年端午前完成") == ("2026-06", "scheduled")
    assert _field("2025年端午节前") == ("2025-05", "scheduled")  # 31 May 2025
    assert _field("中秋节前") == ("2026-09", "scheduled")  # 25 September 2026
    assert _field("2025年中秋前") == ("2025-10", "scheduled")  # 6 October 2025
    assert _field("2026年重阳节前") == ("2026-10", "scheduled")
    assert text_deadline("县民政局牵头，端午前完成走访慰问。", plan_year=2027).date == "2027-06"


def test_a_lunar_holiday_beyond_the_table_stays_undated() -> None:
    # guard: a year the table does not hold reads as before (the bare year in a field)
    assert _field("2040年端午前") == ("2040-12", "scheduled")


def test_a_list_of_holidays_closed_by_qianhou_keeps_the_latest() -> None:
    # round 52's 2026年国庆、中秋前后: 中秋 is a day now; the list gives each a date and keeps the latest
    assert _field("2026年国庆、中秋前后") == ("2026-10", "scheduled")
    assert _field("2026年中秋、国庆前后") == ("2026-10", "scheduled")
    assert _field("2026年春节、“八一”前后") == ("2026-08", "scheduled")


def test_the_holidays_are_one_table() -> None:
    names = [h.name for h in HOLIDAYS]
    assert len(names) == len(set(names))
    assert {"春节", "国庆", "五一", "八一", "端午", "建军节"} <= set(names)


def test_a_day_written_month_dot_day_in_quotes() -> None:
    # before, `2026年“3·15”前` read the bare year (2026-12) and `“5·12”前` nothing
    assert _field("2026年“3·15”前完成") == ("2026-03-14", "scheduled")
    assert _field("“5·12”前完成") == ("2026-05-11", "scheduled")
    assert text_deadline("县应急管理局牵头，“5·12”前完成。", plan_year=2026).date == "2026-05-11"
    assert text_deadline("市市场监管局牵头，2026年“3·15”前完成。", plan_year=2026).date == "2026-03-14"


def test_a_month_dot_day_that_is_no_deadline() -> None:
    # guards: a decimal, a day named without 前, an impossible day
    assert text_deadline("开展“3·15”宣传活动，市市场监管局负责。", plan_year=2026).date is None
    assert text_deadline("新建道路5.12公里，县交通运输局负责。", plan_year=2026).date is None
    assert _field("2026年“2·30”前") == ("2026-12", "scheduled")


def _units(text: str) -> list[tuple[int, list[str], list[str]]]:
    return [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text)]


def test_a_tongchou_clause_with_xieban_partners() -> None:
    # before, a paragraph whose only role words were `A统筹，B协办` was not looked at as prose: no task
    text = (
        "某县工作方案\n\n一、工作任务\n\n"
        "（一）完善储备调节机制。落实县级储备规模。县发展改革局统筹，县粮食和物资储备中心协办，2026年9月底前完成。\n"
    )
    assert _units(text) == [(5, ["县发展改革局"], ["县粮食和物资储备中心"])]


def test_tongchou_as_work_names_no_unit() -> None:
    # guards: 统筹推进 / 统筹各方力量 as the work, with 协办 after no unit or no unit before 统筹
    for sentence in ("统筹推进产销衔接，协办单位做好服务。", "统筹各方力量，组织商超协办展销活动。"):
        text = (
            f"某县工作方案\n\n一、工作任务\n\n（一）保障市场供应。{sentence}\n\n"
            "（二）加强价格监督检查。依法查处哄抬价格行为。（县市场监管局牵头，县发展改革局配合）\n"
        )
        assert _units(text) == [(7, ["县市场监管局"], ["县发展改革局"])]


def test_every_body_of_a_level_and_its_work_is_no_unit() -> None:
    # before, `各乡镇建成微型消防站，县消防救援大队指导，…` read 各乡镇建成微型消防站 (ending as a 站 does) as a lead
    text = (
        "某县工作要点\n\n一、重点工作\n\n"
        "1.推进微型消防站建设。各乡镇建成微型消防站，县消防救援大队指导，各乡镇人民政府具体实施，2026年10月底前完成。\n"
    )
    assert _units(text) == [(5, ["县消防救援大队"], ["各乡镇人民政府"])]


def test_every_body_of_a_level_by_its_name_is_a_unit() -> None:
    # guards: a level's bodies named by what they are (综治中心, 便民服务中心) still lead
    for name in ("各乡镇综治中心", "各街道便民服务中心", "各县（市、区）应急管理局"):
        text = f"某县工作要点\n\n一、重点工作\n\n1.开展矛盾纠纷排查。{name}负责，县司法局配合。\n"
        assert _units(text) == [(5, [name], ["县司法局"])]


def test_a_contact_whose_person_comes_before_the_unit_is_no_task() -> None:
    # before, `王某某（市市场监管局，牵头）：13800001111` under a 联系人 line was a task 市市场监管局 led
    text = (
        "某市工作要点\n\n一、主要任务\n\n1.集中开展消费维权宣传。发布典型案例。市市场监管局牵头，市消保委配合。\n\n"
        "二、工作要求\n\n联系人：\n王某某（市市场监管局，牵头）：13800001111\n赵某某（市商务局，配合）：0571-87001234\n"
    )
    assert _units(text) == [(5, ["市市场监管局"], ["市消保委"])]


def test_a_task_with_a_person_and_a_phone_still_reads() -> None:
    # guards: a duty after the bracket, and a person leading over a task with a phone, still read
    text = (
        "某市工作要点\n\n一、主要任务\n\n1.集中开展消费维权宣传。发布典型案例。市市场监管局牵头，市消保委配合。\n\n"
        "2.畅通投诉渠道（市市场监管局，牵头）：优化平台转办机制，咨询电话：12315。\n"
    )
    assert [line for line, *_ in _units(text)] == [5, 7]

"""Round 58 (left24): the text left-overs of round 58, each among ordinary items (docs/round58_left24.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import task_rows

_ORDINARY = "（九）做好档案整理。开展常规检查。（县档案馆负责，2026年9月底前）"


def _plan(items: str, date: str = "2026年3月10日") -> list[tuple]:
    text = (
        f"某县2026年重点工作方案\n\n各乡镇人民政府，县直各单位：\n\n为做好工作，制定本方案。\n\n一、重点任务\n\n"
        f"{items}\n\n{_ORDINARY}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某县人民政府办公室\n\n{date}\n"
    )
    return [row for row in task_rows(parse_document(text)) if row[1] != ["县档案馆"]]


def _roles(items: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in _plan(items)]


def _dates(items: str) -> list[str | None]:
    return [date for *_, date in _plan(items)]


# ---- a span of years from its start day ---------------------------------------------------------------------------


def test_a_span_of_years_from_a_day_ends_the_day_before_its_anniversary() -> None:
    # before, ongoing in a field and none in a task's words
    assert parse_deadline("自2026年7月1日起三年内").date == "2029-06-30"
    assert text_deadline("自2026年9月1日起两年内，完成系统升级。").date == "2028-08-31"
    words = "（一）推进污水治理。自2026年7月1日起三年内，完成设施提标改造。（县生态环境局牵头，县农业农村局配合）"
    assert _dates(words) == ["2029-06-30"]
    assert _dates("（一）开展治理。开展治理。（县生态环境局负责，自2026年3月15日起两年内）") == ["2028-03-14"]


def test_a_start_day_alone_or_a_start_month_is_as_before() -> None:
    # guards: a start day with no span (ongoing), a span from a month (round 58 left23), no calendar day
    assert parse_deadline("自2026年7月1日起").status == "ongoing"
    assert parse_deadline("自2026年7月起两年内").date == "2028-06"
    assert parse_deadline("2026年起三年内").date == "2028-12"
    assert text_deadline("自2026年7月1日起施行新标准。").date is None


# ---- the national two sessions ------------------------------------------------------------------------------------


def test_the_national_two_sessions_are_due_in_march() -> None:
    # before, the bare year in a field (2027-12) and none in a task's words
    assert parse_deadline("2027年全国两会前").date == "2027-03"
    item = "（一）化解信访积案。逐案落实包案领导，2027年全国两会前全部化解到位。（县信访局负责，各乡镇人民政府配合）"
    assert _dates(item) == ["2027-03"]


def test_two_sessions_with_no_level_are_the_last_of_the_year() -> None:
    # this guard kept the bare year for 两会 alone (a province's or a city's, in January or February) until round 61
    # left29: whichever is meant, the last of a year's sessions is the nation's, so March is the latest day the words
    # allow (tests/test_grammar61_left29.py); the sessions naming the work keep the bare year
    assert parse_deadline("2027年两会前").date == "2027-03"
    assert parse_deadline("2027年两会代表建议").date == "2027-12"


# ---- doers under guidance by no unit in a role list ---------------------------------------------------------------


def test_doers_working_under_experts_guidance_keep_their_role() -> None:
    # before, the doers were lost (the clause no list of units): now 实施 beside 负责 supports (SPEC)
    after = "（一）开展试点。组织试点。（县农业农村局负责，各乡镇人民政府在专家指导下实施，2026年10月底前）"
    assert _roles(after) == [(["县农业农村局"], ["各乡镇人民政府"])]
    before = "（一）开展巡查。组织巡查。（各乡镇人民政府在专家指导下实施，县农业农村局负责）"
    assert _roles(before) == [(["县农业农村局"], ["各乡镇人民政府"])]
    alone = "（一）开展村庄清洁。常态化开展村庄清洁行动。（各乡镇人民政府在技术人员指导下实施，长期坚持）"
    assert _roles(alone) == [(["各乡镇人民政府"], [])]


def test_guidance_by_a_unit_or_in_prose_is_as_before() -> None:
    # guards: a unit guides (round 58 left23), experts' guidance in prose with no role (no task, round 57 fresh23)
    unit = "（一）开展试点。组织试点。（各乡镇人民政府在县农业农村局指导下实施，2026年9月底前）"
    assert _roles(unit) == [(["县农业农村局"], ["各乡镇人民政府"])]
    assert _roles("（一）开展试点。各学校在专家指导下开展试点，2026年11月底前形成报告。") == []

"""Round 57 (left21): the text left-overs of round 57's first helpers, each among ordinary items (docs/round57_left21.md)."""

from __future__ import annotations

from reformgraph.loaders.assign import read_parenthetical
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.roles import resolve
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import task_rows

_ORDINARY = "（九）做好档案整理。开展常规检查。（县档案馆负责，2026年9月底前）"


def _plan(items: str, date: str = "2026年3月16日", title: str = "某县2026年重点工作方案") -> list[tuple]:
    text = (
        f"{title}\n\n各乡镇人民政府，县直各单位：\n\n为做好工作，制定本方案。\n\n一、重点任务\n\n"
        f"{items}\n\n{_ORDINARY}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某县人民政府办公室\n\n{date}\n"
    )
    return [row for row in task_rows(parse_document(text)) if row[1] != ["县档案馆"]]


def _roles(items: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in _plan(items)]


def _sides(bracket: str) -> list[list[str]]:
    return [[u.name for u in side] for side in resolve(read_parenthetical(bracket))]


# ---- 承建: the builder carries the lead's work out ----------------------------------------------------------


def test_a_builder_after_the_lead_supports() -> None:
    # before, B was lost (承建 was no role): in a bracket and in prose
    assert _roles("（一）改造管网。实施雨污分流改造。（县城管局负责，县城投集团承建，2026年10月底前）") == [
        (["县城管局"], ["县城投集团"])
    ]
    assert _roles("（一）提升绿化。县城管局负责，县园林绿化中心承建，对绿地补植复绿，2026年10月底前完成。") == [
        (["县城管局"], ["县园林绿化中心"])
    ]
    # alone in a list it is the task's only role, and leads (as `（各乡镇人民政府实施）`, round 57 fresh23)
    assert _sides("县城投集团承建") == [["县城投集团"], []]


def test_a_builder_with_its_object_or_alone_is_as_before() -> None:
    # guard: 承建 with its object is the work's words
    assert _roles("（一）改造广场。县城投集团承建市民广场改造工程。（县城管局负责）") == [(["县城管局"], [])]


# ---- spring and autumn after their year ------------------------------------------------------------------------


def test_spring_and_autumn_after_their_year() -> None:
    # before, the bare year in a field (2026-12) and none in words
    assert parse_deadline("2026年春季集中开展", 2026).date == "2026-05"
    assert parse_deadline("2026年秋季", 2026).date == "2026-11"
    assert parse_deadline("2026年秋季前", 2026).date == "2026-08"
    assert text_deadline("营造防火林带30公里，2026年春季完成造林任务。", plan_year=2026).date == "2026-05"
    assert text_deadline("对绿地补植复绿，2026年秋季完成。", plan_year=2026).date == "2026-11"


def test_a_school_term_or_the_work_named_by_a_season_is_as_before() -> None:
    # guards: the school terms (rounds 28, 38), the season naming the work
    assert parse_deadline("2026年秋季学期", 2026).date == "2026-09"
    assert parse_deadline("2026年秋季开学前", 2026).date == "2026-08-31"
    assert parse_deadline("2026年春季学期开学前", 2026).date == "2026-02"
    assert text_deadline("组织2026年春季植树活动。", plan_year=2026).date is None
    assert text_deadline("开展2026年秋季攻势行动。", plan_year=2026).date is None


# ---- the exams, the bird-loving week, the forest fire season -----------------------------------------------------


def test_the_exams_the_bird_week_and_the_fire_season_after_their_year() -> None:
    # before, the bare year in a field and none in words
    assert parse_deadline("2026年高考前", 2026).date == "2026-06-06"
    assert parse_deadline("2026年中考前", 2026).date == "2026-06"
    assert text_deadline("检测考点设备，2026年高考前完成。", plan_year=2026).date == "2026-06-06"
    assert text_deadline("组织宣传活动，2026年爱鸟周期间集中开展。", plan_year=2026).raw == "2026年爱鸟周期间"
    assert text_deadline("2026年森林防火期前完成检查站设置。", plan_year=2026).date == "2026-12"


def test_the_exams_named_as_the_work_are_no_time() -> None:
    # guards: the exams as the work's object, a word holding 高考
    assert text_deadline("对全县高考、中考考点设备进行检测维护。", plan_year=2026).date is None
    assert text_deadline("提高考核质量。", plan_year=2026).date is None
    assert parse_deadline("2026年世界环境日前", 2026).date == "2026-06-04"


# ---- a span of years from its start year ---------------------------------------------------------------------------


def test_a_span_of_years_from_its_start() -> None:
    # before, the start alone was read: ongoing, no date
    found = parse_deadline("2026年起三年内", 2026)
    assert (found.date, found.status) == ("2028-12", "scheduled")
    assert parse_deadline("自2026年起，用5年时间", 2026).date == "2030-12"
    found = text_deadline("2026年起三年内完成全县农村学校食堂标准化改造。", plan_year=2026)
    assert (found.raw, found.date) == ("2026年起三年内", "2028-12")


def test_a_start_alone_is_as_before() -> None:
    # guards: a start with nothing else, a start before work that goes on
    for start in ("2026年起", "2026年起逐年推进"):
        found = parse_deadline(start, 2026)
        assert (found.date, found.status) == (None, "ongoing"), start
    assert text_deadline("2026年起实施新标准。", plan_year=2026).date is None


# ---- guides: B要在A指导下, （A负责，B会同C指导） ------------------------------------------------------------------------


def test_a_guide_after_the_subjects_modal_leads() -> None:
    # before, the subject led and the guide was lost
    assert _roles("（一）规范停车。各社区要在街道城管办指导下开展车位施划，2026年6月底前完成。") == [
        (["街道城管办"], ["各社区"])
    ]
    assert _roles("（一）加强扑火队伍建设。各乡镇人民政府要在县应急管理局的指导下，开展轮训，2026年6月底前完成。") == [
        (["县应急管理局"], ["各乡镇人民政府"])
    ]


def test_a_guide_named_by_no_unit_is_as_before() -> None:
    # guards: experts guide (no unit), a leadership (领导下) is no guide
    assert _roles("（一）加强扑火队伍建设。各乡镇人民政府要在专家指导下开展轮训，2026年6月底前完成。") == [
        (["各乡镇人民政府"], [])
    ]
    assert _roles("（一）开展排查。县住建局要在县政府统一领导下开展排查，2026年6月底前完成。") == [(["县住建局"], [])]


def test_a_guide_with_a_partner_after_the_doers() -> None:
    # before, the doers led beside the guide (the whole list before 会同 was read leading)
    assert _sides("各学校负责，县教育局会同县公安局指导，2026年中考前") == [["县教育局"], ["各学校", "县公安局"]]
    assert _sides("各设区市人民政府负责，省林业局会同省自然资源厅指导") == [
        ["省林业局"],
        ["各设区市人民政府", "省自然资源厅"],
    ]


def test_a_list_opening_with_its_lead_and_partner_is_as_before() -> None:
    # guards: 会同 in the list's first clause (SPEC: X会同Y负责), a partner clause after it
    assert _sides("县教育局会同县公安局负责") == [["县教育局"], ["县公安局"]]
    assert _sides("县教育局会同县公安局、县财政局负责，各乡镇配合") == [
        ["县教育局"],
        ["县公安局", "县财政局", "各乡镇"],
    ]


# ---- the bearers of the main duty beside their supervisor ---------------------------------------------------------


def test_firms_bearing_the_main_duty_beside_their_supervisor_lead() -> None:
    # before, no task (firms as the doer; 落实主体责任 no role of a lead's clause)
    item = "（一）清理楼道杂物。组织集中清理。各物业服务企业落实主体责任，街道城管办履行监管职责，2026年4月底前完成。"
    assert _roles(item) == [(["各物业服务企业"], ["街道城管办"])]
    named = "（一）清理楼道杂物。组织集中清理。各乡镇人民政府落实主体责任，县住建局履行监管职责，2026年4月底前完成。"
    assert _roles(named) == [(["各乡镇人民政府"], ["县住建局"])]


def test_the_main_duty_with_no_supervisor_is_as_before() -> None:
    # guards: firms with no supervisor named, whom a lead urges (heldout 15: 督促各街镇落实主体责任)
    assert _roles("（一）清理楼道杂物。组织集中清理。各物业服务企业落实主体责任，2026年4月底前完成。") == []
    urged = "（一）加强督办。县规划资源局开展专项督办，督促各街镇落实主体责任，县住建局履行监管职责。"
    assert ["督促各街镇"] not in [leads for leads, _ in _roles(urged)]


# ---- a holiday inside the work's object, no year -----------------------------------------------------------------------


def test_a_holiday_inside_the_work_dates_a_task_nothing_else_dates() -> None:
    # before, none (the holiday's 期间 was read only opening a clause)
    item = "（一）做好春节期间安全生产工作。督促企业落实安全措施。（县应急管理局牵头，县公安局配合）"
    assert [date for *_, date in _plan(item, date="2026年1月12日", title="某县元旦春节期间安全防范工作方案")] == [
        "2026-02"
    ]


def test_a_task_dated_otherwise_keeps_its_date() -> None:
    # guards: a date of its own, a stage's months (round 48 fresh14/12), 节日期间 (no holiday named)
    own = "（一）做好春节期间安全生产工作。开展检查。（县应急管理局牵头，1月31日前）"
    assert [date for *_, date in _plan(own, date="2026年1月12日")] == ["2026-01-31"]
    staged = (
        "（一）巩固提升阶段（2026年3月—4月）\n1.强化野外用火管控。加强清明节期间祭祀用火管理。（责任单位：县林业局）"
    )
    assert [date for *_, date in _plan(staged, date="2026年1月12日")] == ["2026-04"]
    festive = "（一）做好节日期间安全生产工作。开展检查。（县应急管理局牵头）"
    assert [date for *_, date in _plan(festive, date="2026年1月12日")] == [None]

"""Round 58 (left23): the text left-overs of round 57, each among ordinary items (docs/round58_left23.md)."""

from __future__ import annotations

from reformgraph.loaders.assign import read_parenthetical
from reformgraph.loaders.date_words import latest
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.roles import resolve
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import task_rows

_ORDINARY = "（九）做好档案整理。开展常规检查。（县档案馆负责，2026年9月底前）"


def _plan(items: str, date: str = "2026年3月10日", title: str = "某县2026年重点工作方案") -> list[tuple]:
    text = (
        f"{title}\n\n各乡镇人民政府，县直各单位：\n\n为做好工作，制定本方案。\n\n一、重点任务\n\n"
        f"{items}\n\n{_ORDINARY}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某县人民政府办公室\n\n{date}\n"
    )
    return [row for row in task_rows(parse_document(text)) if row[1] != ["县档案馆"]]


def _roles(items: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in _plan(items)]


def _sides(bracket: str) -> list[list[str]]:
    return [[u.name for u in side] for side in resolve(read_parenthetical(bracket))]


# ---- B在A指导下开展…: the doer before the guidance, no modal --------------------------------------------------------


def test_a_doer_working_under_a_units_guidance_supports_it() -> None:
    # before, no task (no modal, no role verb): now as `B要在A指导下开展…` (round 57 left21)
    item = "（一）开展试点。县公安局在县教育局指导下开展考点安全保卫，2026年5月底前完成。"
    assert _plan(item) == [(item[3:-1], ["县教育局"], ["县公安局"], "2026-05")]
    each = "（一）开展排查。各村（社区）在镇应急办指导下开展电动自行车违规充电排查，2026年7月底前完成。"
    assert _roles(each) == [(["镇应急办"], ["各村（社区）"])]
    owned = "（一）开展试点。各乡镇人民政府在县农业农村局的指导下开展试点，2026年11月底前形成报告。"
    assert _roles(owned) == [(["县农业农村局"], ["各乡镇人民政府"])]


def test_doers_under_a_units_guidance_in_a_role_list() -> None:
    # before, no task (the list read as one name, 各乡镇人民政府在县农业农村局指导下, which is none)
    assert _sides("各乡镇人民政府在县农业农村局指导下实施") == [["县农业农村局"], ["各乡镇人民政府"]]
    item = "（一）开展巡查。组织禁烧巡查。（各乡镇人民政府在县农业农村局的业务指导下负责，2026年10月底前）"
    assert _roles(item) == [(["县农业农村局"], ["各乡镇人民政府"])]
    # written 牵头, both lead (round 43's choice)
    assert _sides("各乡镇人民政府在县农业农村局指导下牵头") == [["县农业农村局", "各乡镇人民政府"], []]


def test_guidance_by_no_unit_or_after_a_modal_is_as_before() -> None:
    # guards: no unit guides (专家), a modal before the guidance (round 57 left21), the guidance opening the sentence
    assert _roles("（一）开展试点。各学校在专家指导下开展试点，2026年11月底前形成报告。") == []
    # (round 58 left24: the doers under experts' guidance keep their role, 实施 beside 负责: they support)
    assert _roles("（一）开展巡查。组织巡查。（各乡镇人民政府在专家指导下实施，县农业农村局负责）") == [
        (["县农业农村局"], ["各乡镇人民政府"])
    ]
    modal = "（一）规范停车。各社区要在街道城管办指导下开展停车位施划，2026年6月底前完成。"
    assert _roles(modal) == [(["街道城管办"], ["各社区"])]
    opening = "（一）开展排查。在县交通运输局指导下，各乡镇负责组织排查，2026年6月底前完成。"
    assert _roles(opening) == [(["县交通运输局"], ["各乡镇"])]


# ---- （A牵头，B会同C配合）: a partners' clause holding 会同 -----------------------------------------------------------


def test_a_partner_with_its_own_partner_supports() -> None:
    # before, B led beside A (the units before 会同 were forced to lead)
    assert _sides("县城市管理局牵头，县生态环境局会同县公安局配合") == [["县城市管理局"], ["县生态环境局", "县公安局"]]
    assert _sides("县城市管理局牵头，县生态环境局会同县公安局、县交通运输局参与") == [
        ["县城市管理局"],
        ["县生态环境局", "县公安局", "县交通运输局"],
    ]
    prose = "（一）建设充电桩。市机关事务管理局牵头，市住房城乡建设局会同市供电公司配合，2026年12月底前完成。"
    assert _roles(prose) == [(["市机关事务管理局"], ["市住房城乡建设局", "市供电公司"])]


def test_a_partners_clause_holding_hui_tong_before_another_clause() -> None:
    # before, B led (the clause's verb was read at the list's end: 落实, no partner's verb)
    assert _sides("县农业农村局牵头，县生态环境局会同县公安局参与，各乡镇人民政府落实") == [
        ["县农业农村局"],
        ["县生态环境局", "县公安局", "各乡镇人民政府"],
    ]


def test_a_lead_with_its_partner_is_as_before() -> None:
    # guards: X会同Y负责 (SPEC), a lead's 会同 clause after another's, the guide with a partner (round 57 left21)
    assert _sides("县生态环境局会同县公安局负责") == [["县生态环境局"], ["县公安局"]]
    assert _sides("县城市管理局牵头，县生态环境局会同县公安局负责") == [
        ["县城市管理局", "县生态环境局"],
        ["县公安局"],
    ]
    assert _sides("各学校负责，县教育局会同县公安局指导") == [["县教育局"], ["各学校", "县公安局"]]
    assert _roles("（一）推进建设。由县发展改革局牵头，会同县财政局，2026年6月底前完成。") == [
        (["县发展改革局"], ["县财政局"])
    ]


# ---- a list of events before 前; a month after its days -----------------------------------------------------------------


def test_events_listed_before_their_eve_are_due_by_the_latest() -> None:
    # before, 高考's eve (06-06: the string sorted after 2026-06), not 中考's June
    assert parse_deadline("2026年高考、中考前", 2026).date == "2026-06"
    assert text_deadline("对考点设施进行检测维护，2026年高考、中考前完成。", plan_year=2026).date == "2026-06"
    # a month's end is after its days: the last day the text allows (SPEC)
    assert parse_deadline("2026年6月15日前；2026年6月底前", 2026).date == "2026-06"
    assert latest(["2026-06-06", "2026-06", "2026-05-31"]) == "2026-06"


def test_a_day_of_a_later_month_or_one_event_is_as_before() -> None:
    # guards: a day in a later month wins over an earlier month; one event alone
    assert parse_deadline("2026年5月底前；2026年6月15日前", 2026).date == "2026-06-15"
    assert parse_deadline("2026年高考前", 2026).date == "2026-06-06"
    assert parse_deadline("2026年中考前", 2026).date == "2026-06"


# ---- a span of years from a month's start ---------------------------------------------------------------------------------


def test_a_span_of_years_from_its_start_month() -> None:
    # before, ongoing in a field and none in words (only a year's start was counted: round 57 left21)
    assert parse_deadline("自2026年1月起三年内", 2026).date == "2028-12"
    assert parse_deadline("2026年7月起两年内完成", 2026).date == "2028-06"
    words = "标准化考点提档升级。自2026年1月起三年内，完成全县标准化考点提档升级。"
    assert text_deadline(words, plan_year=2026).date == "2028-12"


def test_a_start_month_alone_is_as_before() -> None:
    # guards: a start with no span (ongoing in a field, none in words), a year's start (round 57 left21)
    assert (parse_deadline("自2026年1月起", 2026).date, parse_deadline("自2026年1月起", 2026).status) == (
        None,
        "ongoing",
    )
    assert text_deadline("自2026年7月起实施新标准。", plan_year=2026).date is None
    assert parse_deadline("2026年起三年内", 2026).date == "2028-12"


# ---- a numbered item's first line cut after its lead and role verb -------------------------------------------------------


def test_an_item_cut_after_its_lead_and_role_verb_goes_on() -> None:
    # before, the first line was a heading: the partner and the date on the next line were lost
    item = "（三）市机关事务管理局牵头推动节\n能产品优先采购，会同市财政局将节能产品纳入优先清单，2026年9月底前完成。"
    [(text, leads, supports, date)] = _plan(item)
    assert (text[:16], leads, supports, date) == (
        "市机关事务管理局牵头推动节能产品",
        ["市机关事务管理局"],
        ["市财政局"],
        "2026-09",
    )
    cut = "（一）镇应急办牵头组织开\n展安全生产大排查，镇市场监管所、镇派出所配合，2026年6月底前完成。"
    assert _plan(cut)[0][1:] == (["镇应急办"], ["镇市场监管所", "镇派出所"], "2026-06")


def test_a_heading_over_its_items_is_as_before() -> None:
    # guards: a title naming work (no unit before a role verb), a unit alone heading its duties
    titled = "（一）强化牵头抓总作用\n1.建立会商机制。定期会商。（县发展改革局牵头，县财政局配合，2026年6月底前）"
    assert [row[0][:6] for row in _plan(titled)] == ["建立会商机制"]
    titled = "（二）强化县住建局牵头作用\n1.推进改造。实施改造。（县住建局牵头，2026年6月底前）"
    assert [row[0] for row in _plan(titled)] == ["推进改造。实施改造。"]
    duty = "（二）市财政局负责\n1.保障资金。落实经费。（市财政局牵头，2026年6月底前）"  # (its verb closing the line)
    assert [row[0] for row in _plan(duty)] == ["市财政局负责", "保障资金。落实经费。"]


# ---- the flood season after its year; the rainy season ----------------------------------------------------------------------


def test_the_flood_season_after_its_year_is_due_at_its_end() -> None:
    # before, the bare year (2026-12): now its last month, as 2026年暑期 (SPEC)
    assert parse_deadline("2026年汛期", 2026).date == "2026-09"
    assert parse_deadline("2026年汛期期间", 2026).date == "2026-09"
    assert text_deadline("严格值班。2026年汛期期间，落实24小时值班。", plan_year=2026).date == "2026-09"


def test_the_flood_season_with_no_year_or_as_the_work_is_as_before() -> None:
    # guards: with no year, a season the work goes on through (round 42); its eve; its end; the work's words
    assert (parse_deadline("汛期", 2026).date, parse_deadline("汛期", 2026).status) == (None, "ongoing")
    assert (parse_deadline("汛期期间", 2026).date, parse_deadline("汛期期间", 2026).status) == (None, "ongoing")
    assert parse_deadline("2026年汛期前", 2026).date == "2026-05"
    assert parse_deadline("2026年汛期结束前", 2026).date == "2026-09"
    assert text_deadline("修复水毁设施。对2025年汛期损毁的堤防实施修复。", plan_year=2026).date is None


def test_the_rainy_season_is_due_at_its_years_end() -> None:
    # before, the bare year in a field and none in a task's words: now the year's end in both (no one month)
    assert parse_deadline("2026年雨季来临前", 2026).date == "2026-12"
    words = "疏浚管网。对城区雨水管网进行清淤疏浚，在2026年雨季来临前完成。"
    assert text_deadline(words, plan_year=2026).date == "2026-12"


def test_the_rainy_season_recurring_or_as_the_work_is_as_before() -> None:
    # guards: every year's (ongoing), the season naming the work with no year (none)
    assert parse_deadline("每年雨季来临前", 2026).status == "ongoing"
    assert text_deadline("加强巡查。雨季加密巡查频次。", plan_year=2026).date is None


# ---- firms bearing the main duty, named by its field or by their works -----------------------------------------------------


def test_firms_bearing_a_named_main_duty_beside_their_supervisor_lead() -> None:
    # before, no task: 落实消防安全主体责任 no role; 各在建项目施工企业 no name (在 a sentence word)
    fire = "（一）加强消防管理。各小微企业落实消防安全主体责任，镇消防工作站履行监管职责，2026年6月底前完成。"
    assert _roles(fire) == [(["各小微企业"], ["镇消防工作站"])]
    works = "（一）加强工地防汛。各在建项目施工企业落实主体责任，县住房城乡建设局履行行业监管职责，2026年5月底前完成。"
    assert _roles(works) == [(["各在建项目施工企业"], ["县住房城乡建设局"])]


def test_firms_urged_or_with_no_supervisor_are_as_before() -> None:
    # guards: no supervisor named (none), whom a lead urges (heldout 15), a sentence holding 在建设
    assert _roles("（一）加强管理。各小微企业落实消防安全主体责任，2026年6月底前完成。") == []
    urged = "（一）加强管理。督促各企业落实安全生产主体责任，2026年6月底前完成。（县应急管理局负责）"
    assert _roles(urged) == [(["县应急管理局"], [])]


# ---- a company closing the list after 会同 (found by a probe in plan 01's phrasing) --------------------------------------


def test_a_company_after_another_partner_of_hui_tong_is_a_partner() -> None:
    # before, 市供电公司 was lost: the list's names were cut only after the usual ends of a body's name (局, 委, …)
    item = "（一）推动建设。由市机关事务管理局牵头，会同市住房城乡建设局、市供电公司，2026年12月底前完成。"
    assert _roles(item) == [(["市机关事务管理局"], ["市住房城乡建设局", "市供电公司"])]


def test_a_company_opening_the_list_is_as_before() -> None:
    # guard: a company first in the list (read before), a company leading
    item = "（一）推动建设。由市机关事务管理局牵头，会同市供电公司、市住房城乡建设局，2026年12月底前完成。"
    assert _roles(item) == [(["市机关事务管理局"], ["市供电公司", "市住房城乡建设局"])]

"""Round 51 (left14): round 50's text left-overs (docs/loader.md, its fresh15 and left13 "Left" lines) and readings
near them: points of which one names no unit, opening clauses that hid the units after them, work throughout a
process in prose, a year with its scope before its verb and a year after 计划."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures

_TITLE = "某县2026年工作要点\n\n一、重点任务\n"


def _read(items: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(_TITLE + items, "x.txt")


def _units(items: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, *_ in _read(items)]


def _dates(items: str) -> list[tuple[str | None, str | None]]:
    return [(date, status) for *_, date, status in _read(items)]


# points of a paragraph


def test_points_naming_leads_are_a_task_each_beside_a_point_naming_no_unit() -> None:
    # before, one task with every point's units leading (round 50: a point naming no unit kept the paragraph one)
    items = (
        "（一）加强林地管理。一是开展森林督查，由县林业局牵头，县自然资源局配合，2026年10月底前完成；"
        "二是严格林地审批；三是打击毁林行为，县公安局负责，县林业局配合，长期坚持。\n"
    )
    assert _read(items) == [
        (4, ["县林业局"], ["县自然资源局"], "2026年10月底前完成", "2026-10", "scheduled"),
        (4, ["县公安局"], ["县林业局"], "长期坚持", None, "ongoing"),
    ]


def test_a_first_point_naming_no_unit_opens_the_first_task() -> None:
    items = (
        "（一）深化背街小巷整治。一是摸排基础设施短板；二是实施改造提升，区城管局牵头，各街道办事处配合，"
        "2026年9月底前完成；三是建立街巷长制，区城管局负责，2026年6月底前实现全覆盖。\n"
    )
    assert _units(items) == [(["区城管局"], ["各街道办事处"]), (["区城管局"], [])]
    assert [d for d, _ in _dates(items)] == ["2026-09", "2026-06"]


def test_a_paragraph_whose_points_name_one_lead_stays_one_task() -> None:
    # guard: only one point names a unit, which carries the paragraph (as before)
    items = "（一）加强宣传引导。一是通过媒体宣传成效；二是组织评选；三是建立意见征集机制，市住建局负责，2026年12月底前完成。\n"
    assert _read(items) == [(4, ["市住建局"], [], "2026年12月底前完成", "2026-12", "scheduled")]


def test_a_point_naming_only_a_partner_keeps_the_paragraph_one_task() -> None:
    # guard: a point with units and no lead is no point naming no unit (as before)
    items = (
        "（一）加强管理。一是开展督查，由县林业局牵头；二是做好宣传，县融媒体中心配合；三是开展执法，县公安局负责。\n"
    )
    assert len(_read(items)) == 1


# opening clauses


def test_units_after_an_opening_clause_of_approach_lead() -> None:
    # before, no task: the clause opening the sentence hid the units after it, whose verb had its work after it
    for opening in (
        "立足县域自然条件",
        "坚持问题导向",
        "利用无人机开展监测",
        "运用大数据手段",
        "统筹推进林权登记",
        "紧盯重点时段",
        "紧扣年度目标",
        "落实省林长办的工作要求",
        "贯彻落实省委部署",
        "以企业主要负责人履职为抓手",
    ):
        items = f"（一）加强管理。{opening}，县林业局牵头开展检查，县财政局配合，2026年10月底前完成。\n"
        assert _units(items) == [(["县林业局"], ["县财政局"])], opening


def test_a_first_clause_of_work_or_naming_a_role_still_hides_the_units() -> None:
    # guards: 落实 with no requirement after it is the work, no opening adverbial; round 66 (left36): a clause of the
    # task's own work, naming no unit and no role, no longer hides the units of the role clause after it (round 50's
    # guard, kept while reading after any first clause moved nine plans; the clause opened by no unit moves none)
    for opening in ("加强政策宣传", "落实属地管理责任"):
        items = f"（一）加强管理。{opening}，县林业局牵头开展检查，县财政局配合。\n（二）开展培训。组织培训。（县人社局负责）\n"
        assert _units(items) == [(["县林业局"], ["县财政局"]), (["县人社局"], [])], opening


# deadlines


def test_work_throughout_a_process_closing_a_units_sentence_is_ongoing() -> None:
    # before, no deadline: only a field read 贯穿全程 (round 38) and 贯穿整治全过程 (round 50)
    items = (
        "（一）加强监管。市住建局负责，各区人民政府配合，贯穿改造全过程。\n"
        "（二）加强防治。镇畜牧兽医站负责，镇生态环境办配合，贯穿全程。\n"
        "（三）加强督导。县督查室负责，贯穿始终。\n"
    )
    assert [(raw, status) for *_, raw, _, status in _read(items)] == [
        ("贯穿改造全过程", "ongoing"),
        ("贯穿全程", "ongoing"),
        ("贯穿始终", "ongoing"),
    ]


def test_the_whole_year_throughout_stays_its_december() -> None:
    # chosen (round 50's Left, weighed): 贯穿全年 is bound by the calendar, due at the year's end as 全年 is (round 35)
    assert _dates("（一）开展宣传。各乡镇人民政府负责，县融媒体中心配合，贯穿全年。\n") == [("2026-12", "scheduled")]
    assert parse_deadline("贯穿全年", 2026).date == "2026-12"


def test_a_start_alone_gives_no_deadline_or_status_in_prose() -> None:
    # chosen (round 24's choice, corpus 07): 自2026年起 opening a sentence is a start, no deadline
    items = "（一）建立机制。自2026年起，市住建局牵头，各区人民政府配合，在改造小区全面推行物业服务。\n"
    assert _read(items) == [(4, ["市住建局"], ["各区人民政府"], None, None, None)]


def test_a_year_with_its_scope_before_what_is_done_by_then_is_its_december() -> None:
    # before, no deadline: the scope word (全县, 全市, 全区, 全镇) stood between the year and its verb
    assert text_deadline("全面推进改造，2026年全县完成改造100户以上。", plan_year=2026).date == "2026-12"
    assert text_deadline("推进建设，2026年全市建成5G基站500个。").date == "2026-12"
    items = "（一）整治环境。统筹开展整治，县市场监管局牵头，县教育局配合，2026年全县完成校园周边环境集中整治两轮。\n"
    assert _dates(items) == [("2026-12", "scheduled")]


def test_a_year_after_jihua_is_read_as_after_a_modal_word() -> None:
    # before, no deadline: 计划 before the year made it its object's (year_of_its_object)
    assert text_deadline("完善设施，计划2026年建成社区综合服务设施30处。").date == "2026-12"
    items = "（一）完善设施。市住建局负责，市民政局配合，计划2026年建成社区综合服务设施30处。\n"
    assert _read(items) == [
        (4, ["市住建局"], ["市民政局"], "计划2026年建成社区综合服务设施30处", "2026-12", "scheduled")
    ]


def test_a_scoped_or_planned_year_of_a_target_stays_no_deadline() -> None:
    # guards: a count to reach in the year (rounds 48, 49) with the scope word, a year after 计划 that names the
    # object, a scope word with no verb of work done by then after it
    assert text_deadline("开展演练，2026年全县组织开展演练10场次以上。").date is None
    assert text_deadline("编制计划2026年重点项目清单。").date is None
    assert text_deadline("推进改造，2026年全县推进改造。").date is None


def test_a_years_target_closing_a_units_sentence_is_no_deadline() -> None:
    # before, 2026-12: a clause of the sentence naming units was read as a field (any year its December), while the
    # same words in a task's words are the year's target (rounds 48, 49; round 50's guard 力争2026年新增…)
    items = (
        "（一）推进加装电梯。市住建局牵头，市市场监管局配合，2026年全市新增加装电梯200部以上。\n"
        "（二）开展宣传。县林业局负责，2026年组织宣传活动100场次以上。\n"
    )
    assert _dates(items) == [(None, None), (None, None)]


def test_a_year_with_work_done_by_then_closing_a_units_sentence_stays_its_december() -> None:
    # guards: 完成, 建成 after the year (its scope between), a modal word's, a dated clause
    items = (
        "（一）实施改造。市住建局牵头，各区人民政府具体实施，2026年全市完成改造老旧小区120个。\n"
        "（二）建设设施。县民政局负责，力争2026年实现助餐点全覆盖。\n"
        "（三）推进改造。县住建局负责，2026年6月底前完成。\n"
    )
    assert _dates(items) == [("2026-12", "scheduled"), ("2026-12", "scheduled"), ("2026-06", "scheduled")]

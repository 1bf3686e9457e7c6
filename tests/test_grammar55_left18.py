"""Round 55 (left18): the text left-overs of round 54 (docs/round55_left18.md)."""

from reformgraph.loaders.date_words import CAMPAIGNS, HOLIDAYS
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures


def _field(raw: str, year: int | None = 2026) -> tuple[str | None, str | None]:
    found = parse_deadline(raw, year)
    return found.date, found.status


def _words(text: str) -> tuple[str | None, str | None]:
    found = text_deadline(text, plan_year=2026)
    return found.date, found.status


def test_a_national_day_of_a_fixed_date_before_qian() -> None:
    # before, a field read the bare year (2026-12) and a task's words none
    assert _field("2026年国家安全教育日前") == ("2026-04-14", "scheduled")
    assert _field("2026年全民国家安全教育日前") == ("2026-04-14", "scheduled")
    assert _field("2026年世界读书日前完成") == ("2026-04-22", "scheduled")
    assert _field("2026年全国防灾减灾日前") == ("2026-05-11", "scheduled")
    assert _field("2026年国家宪法日前") == ("2026-12-03", "scheduled")
    assert _field("2026年世界环境日前") == ("2026-06-04", "scheduled")
    assert _field("2026年国际禁毒日前") == ("2026-06-25", "scheduled")
    assert _words("县司法局牵头，2026年世界读书日前完成。") == ("2026-04-22", "scheduled")
    assert _words("县应急管理局负责，防灾减灾日前完成演练。") == ("2026-05-11", "scheduled")


def test_a_national_day_named_as_the_work_is_no_deadline() -> None:
    # guards: the day's name with no 前 is the occasion of the work
    assert _words("开展全民国家安全教育日宣传，县委国安办负责。") == (None, None)
    assert _words("2026年世界读书日活动参与人数达到1万人次。") != ("2026-04-22", "scheduled")
    assert _words("组织国家宪法日集中宣传，县司法局负责。") == (None, None)


def test_a_national_campaign_month() -> None:
    # before, 宪法宣传周, 全国科普日 and 防灾减灾宣传周 were no seasons: a field the bare year, the words none
    assert _field("2026年宪法宣传周期间") == ("2026-12", "scheduled")
    assert _field("2026年全国科普日期间完成") == ("2026-09", "scheduled")
    assert _field("2026年全国科普日前") == ("2026-08", "scheduled")
    assert _field("2026年防灾减灾宣传周期间") == ("2026-05", "scheduled")
    assert _words("市科协牵头，2026年全国科普日期间完成。") == ("2026-09", "scheduled")


def test_a_campaign_whose_month_moves_stays_the_year() -> None:
    # guards: the low carbon day's week is set year by year (June or July): no month, the year's end; round 57
    # (left20) reads the words so too (this round's Left: none)
    assert _field("2026年全国低碳日前") == ("2026-12", "scheduled")
    assert _words("区发展改革局牵头，2026年全国低碳日前完成。") == ("2026-12", "scheduled")
    assert _field("2026年安全生产月前") == ("2026-05", "scheduled")  # round 54's, as before


def test_the_days_and_campaigns_are_named_once() -> None:
    holidays = [h.name for h in HOLIDAYS]
    campaigns = [c.name for c in CAMPAIGNS]
    assert len(holidays) == len(set(holidays)) and len(campaigns) == len(set(campaigns))
    assert not {name for name in holidays for c in campaigns if name.endswith(c)}


def test_work_by_the_year_in_a_task_s_words_is_ongoing() -> None:
    # before, 按年度推进 in a task's words read none (a field's was ongoing since round 24)
    assert _words("新建社区科普e站20个，按年度推进科普示范社区创建。") == (None, "ongoing")
    assert _words("开展示范创建，按年度实施。") == (None, "ongoing")
    assert _field("按年度推进") == (None, "ongoing")


def test_a_year_s_target_or_plan_is_no_ongoing_work() -> None:
    # guards: 按年度目标, 按年度计划 name what the work is measured by
    assert _words("推广公共机构节能。按年度目标完成节能任务。") == (None, None)
    assert _words("按年度计划推进老旧小区改造。") == (None, None)


def _units(text: str) -> list[tuple[int, list[str], list[str]]]:
    return [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text)]


def _plan_of(item: str) -> str:
    return (
        "某县工作方案\n\n一、工作任务\n\n"
        f"（一）{item}\n\n"
        "（二）加强价格监督检查。依法查处哄抬价格行为。（县市场监管局牵头，县发展改革局配合）\n"
    )


def test_a_tongchou_clause_with_canyu_or_xietong_partners() -> None:
    # before, a paragraph whose only role words were `A统筹，B参与` / `B协同` was not looked at as prose: no task
    for verb in ("参与", "协同"):
        item = (
            f"推进法治乡村建设。培育农村“法律明白人”。县司法局统筹，县农业农村局、县民政局{verb}，2026年11月底前完成。"
        )
        assert _units(_plan_of(item)) == [
            (5, ["县司法局"], ["县农业农村局", "县民政局"]),
            (7, ["县市场监管局"], ["县发展改革局"]),
        ]


def test_tongchou_and_canyu_with_no_unit_name_no_task() -> None:
    # guards: 统筹 and 参与 / 协同 around no unit's name, as work, read as before (the second item alone)
    for item in (
        "保障市场供应。统筹推进产销衔接，鼓励商超参与展销。",
        "保障市场供应。加强统筹，广泛动员社会力量参与。",
        "保障市场供应。强化部门统筹，各方协同推进。",
    ):
        assert _units(_plan_of(item)) == [(7, ["县市场监管局"], ["县发展改革局"])]


def test_one_field_label_with_a_space_for_its_colon() -> None:
    # before, `（牵头单位 县司法局）` read 牵头单位县司法局 as the lead's name (one label was not told from words)
    for bracket, leads, supports in (
        ("（牵头单位 县司法局）", ["县司法局"], []),
        ("（责任单位 县司法局、县公安局）", ["县司法局", "县公安局"], []),
        ("（牵头部门 县司法局）", ["县司法局"], []),
    ):
        item = f"落实普法责任制。制定普法责任清单。{bracket}"
        assert _units(_plan_of(item))[0] == (5, leads, supports)


def test_one_field_label_with_a_space_and_a_deadline_after_its_units() -> None:
    # before, `（牵头单位 县司法局，2026年底前）` read 牵头单位县司法局 as the lead's name
    item = "落实普法责任制。制定普法责任清单。（牵头单位 县司法局，2026年底前）"
    assert plan_measures(_plan_of(item))[0] == (5, ["县司法局"], [], "2026年底前", "2026-12", "scheduled")


def test_one_label_s_word_before_words_stays_words() -> None:
    # guards: a legend and a label's word written into a sentence name no field
    assert _units(_plan_of("落实普法责任制。（责任单位中黑体字为牵头单位，楷体字为配合单位）")) == [
        (7, ["县市场监管局"], ["县发展改革局"])
    ]
    assert _units(_plan_of("落实普法责任制。（牵头单位和配合单位要加强沟通）")) == [
        (7, ["县市场监管局"], ["县发展改革局"])
    ]


def _left_out(item: str) -> list[tuple[int, str]]:
    text = (
        "某市工作方案\n\n一、科学素质提升\n\n"
        "1.举办科普日主题活动。组织科普场馆免费开放。市科协牵头，市教育局配合，2026年9月底前完成。\n\n"
        "2.建设基层科普阵地。新建社区科普e站20个。市科协负责，各县（市、区）人民政府配合。\n\n"
        f"3.{item}\n\n二、保障措施\n\n各有关单位要加强协调配合。\n"
    )
    document = parse_document(text, path="plan.txt")
    assert sum(len(w.measures) for w in document.workplans) == 2
    return [(w.line, w.kind) for w in document.warnings]


def test_a_contact_numbered_among_the_tasks_is_no_item_left_out() -> None:
    # before, `3.联系人：张某某，…，138…` warned that a numbered item named no unit (item_no_unit)
    assert _left_out("联系人：张某某，市科协科普部，13812345678。") == []
    assert _left_out("联络员：李某某（科长），电话：0571-87001234") == []


def test_an_item_naming_no_unit_still_warns() -> None:
    # guards: an item of work with no unit, or a 联系人 line with no person and phone, is still shown left out
    assert _left_out("加强科普宣传。利用新媒体开展科普宣传。") == [(9, "item_no_unit")]
    assert _left_out("联系人：各单位确定一名联络员，做好对接。") == [(9, "item_no_unit")]

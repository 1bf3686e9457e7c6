"""Round 56 (left19): the text left-overs of rounds 55 and 56 (docs/round56_left19.md)."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import dated_plan_units, task_rows


def _date(field: str, document_date: str | None = "2026-03-02") -> str | None:
    return parse_deadline(field, 2026, document_date).date


def test_a_season_before_it_reads_its_eve_and_during_it_its_last_month() -> None:
    # before, each read the bare year (2026-12), or none without a year
    assert _date("2026年寒假前") == "2026-01"
    assert _date("2026年寒假期间") == "2026-02"
    assert _date("2026年春运前") == "2026-01"
    assert _date("2026年春运期间") == "2026-03"
    assert _date("2026年迎峰度夏期间") == "2026-09"
    assert _date("2026年暑期") == "2026-08"  # the period alone: during it
    assert _date("2026年暑期前") == "2026-07"
    assert _date("2026年暑假期间") == "2026-08"  # before, 2026-07 (its eve's month)


def test_a_winter_named_by_a_year_is_the_one_opening_at_its_end() -> None:
    assert _date("2026年冬季前") == "2026-11"
    assert _date("2026年冬季期间") == "2027-02"  # it crosses the year
    assert _date("2026年迎峰度冬期间") == "2027-02"
    assert _date("2026年迎峰度冬前") == "2026-11"  # round 55, as before


def test_a_season_with_no_year_is_the_plans_and_around_the_festival_the_next_one() -> None:
    assert _date("寒假前", "2026-01-06") == "2026-01"  # a plan issued before its year's festival
    assert _date("寒假前", "2026-09-01") == "2027-01"  # after it: the next winter holiday, as 春节前 (round 36)
    assert _date("春运前", "2026-01-12") == "2026-01"
    assert _date("春节期间", "2026-01-06") == "2026-02"  # before, none
    assert _date("春节期间", "2026-03-02") == "2027-02"
    assert _date("暑假期间") == "2026-08"


def test_a_holiday_during_it_is_its_month() -> None:
    assert _date("2026年国庆期间") == "2026-10"  # before, the eve (2026-09-30)
    assert _date("2026年春节期间") == "2026-02"


def test_seasons_not_before_or_during_them_stay_unread() -> None:
    # guards: a winter campaign, the travel season's work, a holiday school's name: the bare year, as before
    assert _date("2026年冬季行动结束") == "2026-12"
    assert _date("2026年春运工作") == "2026-12"
    assert text_deadline("开展2026年春运安全大检查").date is None
    assert text_deadline("组织2026年寒假社会实践活动").date is None
    assert _date("2026年麦收期间") == "2026-06"  # round 41, as before
    assert _date("2026年秋收前") == "2026-09"
    assert _date("2026年春季开学前") == "2026-02"


def test_the_seasons_are_named_once() -> None:
    # the date pattern's alternatives and the months read are one table
    from reformgraph.loaders.date_words import SEASONS, SEASONS_AND_HOLIDAYS

    for season in SEASONS:
        if season.written is not None:  # each in the pattern, read by its name: its eve before 前
            assert (season.written or season.name) in SEASONS_AND_HOLIDAYS
            assert _date(f"2026年{season.name}前")[5:7] == f"{season.eve:02d}", season


def test_a_year_before_its_whole_years_continuing_work_reads_as_a_field() -> None:
    # before, none in a task's words while the field `2026年全年持续推进` reads 2026-12
    assert _date("2026年全年持续推进") == "2026-12"
    assert text_deadline("县应急管理局负责开展燃气安全检查，2026年全年持续推进。").date == "2026-12"
    # guards: without a year it is work going on (round 37); a year's target stays none (round 56)
    found = text_deadline("县应急管理局负责开展燃气安全检查，全年持续推进。")
    assert (found.date, found.status) == (None, "ongoing")
    assert text_deadline("县应急管理局负责开展培训，2026年全年培训500人次以上。").date is None
    assert parse_deadline("2026年6月底前完成图谱编制，全年持续推进", 2026).date == "2026-06"  # round 56's guard


def _plan(item: str) -> str:
    return (
        "某县2026年能源保供工作方案\n\n一、重点任务\n\n"
        f"{item}\n\n"
        "二、工作要求\n\n各单位要强化责任落实。\n\n某县人民政府办公室\n\n2026年3月2日\n"
    )


def test_seasons_in_a_plans_fields() -> None:
    item = "1.做好高峰时段负荷管理。（牵头单位：县发展改革局；配合单位：县供电公司；完成时限：2026年迎峰度夏期间）"
    assert [date for _l, _s, date in dated_plan_units(_plan(item))] == ["2026-09"]
    item = "1.推进储气设施建设。（牵头单位：县住房城乡建设局；完成时限：2026年冬季前）"
    assert [date for _l, _s, date in dated_plan_units(_plan(item))] == ["2026-11"]


def _gas_plan(item: str) -> str:
    return (
        "某县2026年燃气安全专项整治方案\n\n一、重点任务\n\n"
        f"{item}\n\n"
        "二、工作要求\n\n各单位要强化责任落实。\n\n某县人民政府办公室\n\n2026年3月2日\n"
    )


def test_a_supervising_department_beside_the_firms_answerable_supports() -> None:
    # before, the 监管部门 field was lost: the firms alone
    bracket = "1.开展隐患排查。（责任主体：各燃气经营企业；监管部门：县住房城乡建设局；完成时限：2026年6月底前）"
    lines = "1.开展隐患排查。\n责任主体：各燃气经营企业\n监管单位：县住房城乡建设局\n完成时限：2026年6月底前"
    for item in (bracket, lines):
        assert dated_plan_units(_gas_plan(item)) == [(["各燃气经营企业"], ["县住房城乡建设局"], "2026-06")], item
    alone = "1.开展隐患排查。（监管部门：县住房城乡建设局；完成时限：2026年6月底前）"  # alone it leads
    assert dated_plan_units(_gas_plan(alone)) == [(["县住房城乡建设局"], [], "2026-06")]


def test_an_overseer_still_names_no_doer() -> None:
    # guard: 监督单位 (an overseer, round 36) names no unit of the task's, as before
    item = "1.开展隐患排查。（责任主体：各燃气经营企业；监督单位：县纪委监委；完成时限：2026年6月底前）"
    assert dated_plan_units(_gas_plan(item)) == [(["各燃气经营企业"], [], "2026-06")]


def _town_plan(groups: str) -> list[tuple[str, list[str], list[str], str | None]]:
    text = (
        "某镇2026年宅基地管理工作方案\n\n一、主要任务\n\n"
        f"{groups}\n\n"
        "二、工作要求\n\n各村要强化责任落实。\n\n某镇人民政府\n\n2026年3月2日\n"
    )
    return task_rows(parse_document(text))


def test_a_headings_sentence_of_units_gives_its_items_them() -> None:
    # before, one task (the heading) and its items left out
    groups = (
        "（一）开展宅基地调查。镇农业农村办牵头，镇自然资源所配合。\n\n1.全面摸清全镇宅基地数量，2026年6月底前完成。\n\n"
        "2.对闲置宅基地逐户登记造册。\n\n（二）规范审批。由镇自然资源所负责。\n\n1.严格落实一户一宅。\n\n2.推行四到场制度。"
    )
    assert [(text[:4], leads, supports, date) for text, leads, supports, date in _town_plan(groups)] == [
        ("全面摸清", ["镇农业农村办"], ["镇自然资源所"], "2026-06"),
        ("对闲置宅", ["镇农业农村办"], ["镇自然资源所"], None),
        ("严格落实", ["镇自然资源所"], [], None),
        ("推行四到", ["镇自然资源所"], [], None),
    ]


def test_a_headings_sentence_without_items_of_no_units_stays_one_task() -> None:
    # guards: no items below (the heading is the task); items naming their own units; a sentence of work, not roles
    alone = "（一）开展宅基地调查。镇农业农村办牵头，镇自然资源所配合。\n\n（二）规范审批。镇自然资源所负责。"
    assert [(leads, supports) for _, leads, supports, _ in _town_plan(alone)] == [
        (["镇农业农村办"], ["镇自然资源所"]),
        (["镇自然资源所"], []),
    ]
    own = "（一）开展宅基地调查。镇农业农村办牵头。\n\n1.摸清宅基地数量。（责任单位：镇自然资源所）\n\n2.登记造册。（责任单位：各村）"
    assert [leads for _, leads, _, _ in _town_plan(own)][-2:] == [["镇自然资源所"], ["各村"]]
    work = "（一）开展宅基地调查。镇农业农村办牵头组织摸底调查，建立数据库。\n\n1.摸清宅基地数量。\n\n2.登记造册。"
    assert [text[:6] for text, _, _, _ in _town_plan(work)] == ["开展宅基地调"]


def test_around_a_holiday_or_campaign_in_a_tasks_words_is_its_month() -> None:
    # before, `前后` in a task's words was read as `前` (the eve): round 55 left18's Left; a field reads it since round 52
    words = "县应急管理局负责组织开展宣传，2026年{}完成。"
    assert text_deadline(words.format("安全生产月前后")).date == "2026-06"
    assert text_deadline(words.format("五一前后")).date == "2026-05"
    assert text_deadline(words.format("五一前")).date == "2026-04-30"  # guard: before it, the eve, as before
    assert text_deadline(words.format("安全生产月前")).date == "2026-05"

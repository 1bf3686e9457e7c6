"""Round 56 (fresh21): plans of kinds not met before (docs/round56_fresh21.md)."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from tests.support.readings import dated_plan_units, task_rows


def _plan(item: str) -> str:
    return (
        "某县2026年政务公开工作要点\n\n一、重点任务\n\n"
        f"{item}\n\n"
        "二、工作要求\n\n各乡镇、各部门要高度重视，确保各项任务落到实处。\n\n某县人民政府办公室\n\n2026年3月2日\n"
    )


def _dates(item: str) -> list[str | None]:
    return [date for _leads, _supports, date in dated_plan_units(_plan(item))]


def test_a_later_clause_within_the_year_ends_a_dated_schedule() -> None:
    # before, `2026年6月底前…，年内完成…` read the first stage (2026-06), while `6月底前开工，年内建成` (no year of
    # its own) reads the year's end (round 38): the schedule's last stage is the task's, in the dated year
    for field in ("2026年6月底前出台管理办法，年内建成平台", "2026年3月启动，年内完成", "2026年二季度开工；全年完成"):
        assert parse_deadline(field, 2026).date == "2026-12", field
    assert parse_deadline("2027年6月底前开工，年内建成投用", 2026).date == "2027-12"  # that year's end
    for item in (
        "1.开展政府信息公开专栏建设。（牵头单位：县政府办公室；完成时限：2026年6月底前启动，年内完成）",
        "1.开展政府信息公开专栏建设。由县政府办公室牵头，县数据局配合，2026年6月底前出台规范，年内完成改版。",
        "（一）开展政府信息公开专栏建设\n牵头单位：县政府办公室\n完成时限：2026年6月底前完成梳理，年内完成改版",
        "| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 开展政府信息公开专栏建设 | 县政府办公室 | 2026年6月底前启动，年内完成 |",
    ):
        assert _dates(item) == ["2026-12"], item


def test_a_dated_schedule_without_a_year_end_clause_keeps_its_date() -> None:
    # guards: a later clause that is no time (年度考核), one already at the year's end, a date alone
    assert parse_deadline("2026年6月底前完成，年度考核纳入", 2026).date == "2026-06"
    assert parse_deadline("2026年6月底前完成", 2026).date == "2026-06"
    assert parse_deadline("2025年12月底前完成，年内验收", 2026).date == "2025-12"
    assert parse_deadline("6月底前开工，年内建成", 2026).date == "2026-12"  # round 38, as before


def test_work_going_on_all_year_after_a_date_is_no_later_stage() -> None:
    # guard: `…，全年持续推进` beside a dated step is work that goes on, no stage ending at the year's end
    # (round 51 fresh16/04 line 41 reads 2026-06)
    assert parse_deadline("2026年6月底前完成图谱编制，全年持续推进", 2026).date == "2026-06"
    assert parse_deadline("6月底前完成图谱编制，全年常态化开展", 2026).date == "2026-06"


def test_a_year_written_before_its_whole_year_is_that_years_end() -> None:
    # before, `2026年全年开展…` and a closing `2026年全年推进` in a task's words read none (the year was read as a
    # bare year naming the year's target), while `全年推进` reads the plan year's December (round 41, 47)
    for item in (
        "1.开展政务公开培训。县政府办公室牵头，县数据局配合，2026年全年开展业务培训。",
        "1.开展政务公开培训。县政府办公室牵头，县数据局配合，2026年全年推进。",
        "1.开展政务公开培训。对各乡镇开展培训，2026年全年完成培训任务（县政府办公室负责）。",
        "1.开展政务公开培训。县政府办公室负责对各乡镇开展培训，2027年全年推进。",
    ):
        assert _dates(item) == ["2027-12" if "2027" in item else "2026-12"], item


def test_a_whole_years_target_stays_no_deadline() -> None:
    # guards: the year's count to reach (`全年举办…不少于4场`, round 36), with its year too; work going on all year
    for item in (
        "1.开展政务公开培训。县政府办公室牵头，县数据局配合，2026年全年举办培训不少于4场。",
        "1.开展政务公开培训。县政府办公室牵头，县数据局配合，全年举办培训不少于4场。",
        "1.开展政务公开培训。对各乡镇开展培训，2026年全年培训500人次以上（县政府办公室负责）。",
    ):
        assert _dates(item) == [None], item


def test_the_months_a_dated_task_is_done_over_end_with_the_last() -> None:
    # before, `2026年3—5月集中开展…` in a task's words read none, while `3—5月集中开展…` (round 40) and
    # `2026年5月至8月集中开展…` (round 42) read their last month: the year before the range names its year
    for item, date in (
        ("1.开展政务公开检查。县政府办公室牵头，县数据局配合，2026年3—5月集中开展专项检查。", "2026-05"),
        ("1.开展政务公开检查。对各乡镇开展检查，2027年4-6月组织实施（县政府办公室负责）。", "2027-06"),
        ("1.开展政务公开检查。县政府办公室负责，2026年9至11月进行集中检查。", "2026-11"),
    ):
        assert _dates(item) == [date], item


def test_a_dated_count_to_date_is_still_no_deadline() -> None:
    # guards: a count to date (`2026年1—9月完成投资…`, as round 40's `1-9月完成投资`), in prose and in a bracketed
    # task's words
    for item in (
        "1.开展政务公开检查。县政府办公室负责，2026年1—9月完成公开事项300项。",
        "1.开展政务公开检查。2026年1—9月累计公开信息300条（县政府办公室负责）。",
    ):
        assert _dates(item) == [None], item


def _units(item: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for leads, supports, _date in dated_plan_units(_plan(item))]


def test_a_unit_named_as_the_lead_leads() -> None:
    # before, `A作为牵头单位（部门），…` made no task (作为 read into the name), while `A为牵头单位` leads (round 30)
    for item in (
        "1.推进政务公开标准化。县政府办公室作为牵头部门，会同县数据局、县司法局制定公开目录，年内完成。",
        "1.推进政务公开标准化。由县政府办公室作为牵头单位，县数据局、县司法局配合，年内完成。",
        "1.推进政务公开标准化。县政府办公室作为牵头单位，县数据局、县司法局作为配合单位，年内完成。",
        "1.推进政务公开标准化，制定公开目录（县政府办公室作为牵头单位，县数据局、县司法局配合，年内完成）。",
    ):
        assert _units(item) == [(["县政府办公室"], ["县数据局", "县司法局"])], item


def test_a_unit_named_as_what_it_does_is_no_role() -> None:
    # guards: 作为 before no role label (`作为试点单位`, `作为重点`) names no lead; `A为牵头单位` as before
    assert _units("1.推进政务公开标准化。县政府办公室为牵头单位，县数据局配合，年内完成。") == [
        (["县政府办公室"], ["县数据局"])
    ]
    assert _units("1.推进政务公开标准化。县数据局负责，选取某某镇作为试点单位，年内完成。") == [(["县数据局"], [])]


def _town(item: str) -> str:
    return (
        "某镇农村宅基地规范管理工作方案\n\n一、主要任务\n\n"
        f"{item}\n\n"
        "二、保障措施\n\n加强组织领导，强化考核问效。\n\n某镇人民政府\n\n2026年2月26日\n"
    )


def _town_units(item: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for leads, supports, _date in dated_plan_units(_town(item))]


def test_partners_written_with_a_manner_of_their_own_support() -> None:
    # before, a partner's verb after a manner not known (联动配合, 协作配合, 协调配合, 分头落实, 结合职能抓好落实) lost
    # the partners (in prose) or made no task (in brackets); and a lead's 负主责 made no task, 为主 with no 由 none
    two = (["镇自然资源所"], ["镇农业农村办", "镇综合行政执法队"])
    for words in (
        "镇自然资源所牵头，镇农业农村办、镇综合行政执法队联动配合",
        "镇自然资源所牵头，镇农业农村办、镇综合行政执法队协作配合",
        "镇自然资源所牵头，镇农业农村办、镇综合行政执法队协调配合",
        "镇自然资源所统筹，镇农业农村办、镇综合行政执法队分头落实",
        "镇自然资源所牵头，镇农业农村办、镇综合行政执法队结合职能抓好落实",
        "镇自然资源所负主责，镇农业农村办、镇综合行政执法队配合",
        "镇自然资源所为主，镇农业农村办、镇综合行政执法队配合",
    ):
        assert _town_units(f"1.开展宅基地排查。{words}，年内完成。") == [two], words
        assert _town_units(f"1.开展宅基地排查，建立台账（{words}，年内完成）。") == [two], words


def test_units_doing_their_own_work_beside_the_manner_words_keep_their_roles() -> None:
    # guards: units alone before 分头落实 lead (as 落实 alone does); `坚持预防为主` is no unit's role; 协调 as work
    assert _town_units("1.开展宅基地排查，建立台账（镇农业农村办、镇综合行政执法队分头落实，年内完成）。") == [
        (["镇农业农村办", "镇综合行政执法队"], [])
    ]
    assert _town_units("1.开展宅基地排查。坚持预防为主，镇自然资源所负责，年内完成。") == [(["镇自然资源所"], [])]
    assert _town_units("1.开展宅基地排查。镇自然资源所牵头，协调解决排查中的问题，年内完成。") == [
        (["镇自然资源所"], [])
    ]


_LAST_GROUP = (
    "某镇农村宅基地规范管理工作方案\n\n一、主要任务\n\n"
    "（一）开展宅基地调查\n1.摸清全镇宅基地底数，2026年6月底前完成。\n2.建立闲置农房台账，年内完成。\n"
    "责任单位：镇农业农村办（牵头）、镇自然资源所\n"
    "（二）规范宅基地审批\n1.推行村民建房“四到场”制度，长期坚持。\n2.开展在建农房安全排查，汛期前完成。\n"
    "责任单位：{units}\n\n某镇人民政府\n\n2026年2月26日\n"
)


def test_a_group_closing_the_plan_before_its_signature_gives_each_item_its_units() -> None:
    # before, the last group's `责任单位：` line ran on into the signature (one paragraph): its units were the last
    # item's alone, and the item before was lost (a heading after the group, or the text's end, read right)
    rows = dated_plan_units(_LAST_GROUP.format(units="镇自然资源所（牵头）、镇综合行政执法队"))
    assert rows == [
        (["镇农业农村办"], ["镇自然资源所"], "2026-06"),
        (["镇农业农村办"], ["镇自然资源所"], "2026-12"),
        (["镇自然资源所"], ["镇综合行政执法队"], None),
        (["镇自然资源所"], ["镇综合行政执法队"], "2026-05"),
    ]


def test_a_unit_field_cut_by_a_blank_line_still_joins() -> None:
    # guard: a value cut after a 、 goes on in the next line, as before
    rows = dated_plan_units(_LAST_GROUP.format(units="镇自然资源所（牵头）、\n\n镇综合行政执法队"))
    assert rows[-1][:2] == (["镇自然资源所"], ["镇综合行政执法队"])


def test_double_spaced_label_lines_stay_one_run() -> None:
    # guard: label lines a blank line apart (round 46 fresh12/08) are one run, the item's text its own
    plan = (
        "某镇农村宅基地规范管理工作方案\n\n一、主要任务\n\n**1.规范宅基地审批。**\n\n（1）推行村民建房“四到场”制度。\n\n"
        "牵头单位：镇自然资源所\n\n配合单位：镇农业农村办\n\n完成时限：长期坚持\n\n（2）开展在建农房安全排查。\n\n"
        "牵头单位：镇综合行政执法队\n\n完成时限：汛期前\n\n某镇人民政府\n\n2026年2月26日\n"
    )
    rows = [(text[:6], leads, supports, date) for text, leads, supports, date in task_rows(parse_document(plan))]
    assert rows == [
        ("推行村民建房", ["镇自然资源所"], ["镇农业农村办"], None),
        ("开展在建农房", ["镇综合行政执法队"], [], "2026-05"),
    ]

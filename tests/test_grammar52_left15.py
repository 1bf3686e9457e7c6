"""Round 52 (left15): the text left-overs of rounds 51–52 (docs/round51_left14.md and docs/round52_fresh17.md,
their "Left" lines) and readings near them: holidays written as numbers and a holiday's 前后 in a deadline, openers
of aim, principle and means that hid the units after them, a point naming its unit with no role word, a unit a
lead organises, a 业主单位 label in prose."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures

_TITLE = "某县2026年工作要点\n\n一、重点任务\n"


def _read(items: str) -> list[tuple[int, list[str], list[str], str | None, str | None, str | None]]:
    return plan_measures(_TITLE + items, "x.txt")


def _units(items: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, *_ in _read(items)]


# holidays as deadlines


def test_holidays_written_as_numbers_are_the_day_before_them() -> None:
    # before, the bare year (2026-12): 八一, 七一, 六一, 十一 were no holidays the deadlines knew
    assert [parse_deadline(f"2026年“{h}”前", 2026).date for h in ("八一", "七一", "六一", "十一")] == [
        "2026-07-31",
        "2026-06-30",
        "2026-05-31",
        "2026-09-30",
    ]
    assert parse_deadline("八一前", 2026).date == "2026-07-31"


def test_a_holiday_written_as_numbers_in_a_tasks_words() -> None:
    # before, none: the holiday was unknown, and a quote between it and 前 hid 前
    assert text_deadline("开展慰问，2026年“六一”前组织开展走访。", plan_year=2026).date == "2026-05-31"
    assert text_deadline("完善设施，“十一”前完成。", plan_year=2026).date == "2026-09-30"


def test_numbers_that_are_no_holiday_stay_no_deadline() -> None:
    # guards: 十一月 is a month, 七一路 a street, “十一五” a plan period, 八一 with no 前 no deadline
    assert parse_deadline("2026年十一月", 2026).date == "2026-11"
    assert text_deadline("在七一路开展整治。", plan_year=2026).date is None
    assert text_deadline("开展“八一”慰问活动。", plan_year=2026).date is None


def test_a_holiday_with_qianhou_in_a_field_is_the_holidays_month() -> None:
    # before, X前后 read as X前 (五一前后 2026-04-30; 八一 unknown: 春节、“八一”前后 2026-02)
    assert parse_deadline("2026年五一前后", 2026).date == "2026-05"
    assert parse_deadline("2026年国庆前后", 2026).date == "2026-10"
    assert parse_deadline("2026年春节、“八一”前后", 2026).date == "2026-08"
    assert parse_deadline("2026年中秋、国庆前后", 2026).date == "2026-10"


def test_a_holiday_with_qian_alone_stays_the_day_before_it() -> None:
    # guards: 前 without 后, and 春节前后 (the festival's month, as before)
    assert parse_deadline("2026年五一前", 2026).date == "2026-04-30"
    assert parse_deadline("2026年国庆前", 2026).date == "2026-09-30"
    assert parse_deadline("2026年春节前后", 2026).date == "2026-02"


def test_qianhou_in_a_tasks_words_stays_no_deadline() -> None:
    # guard: round 41's choice, a season with 前后 in the words is when an activity happens
    assert text_deadline("开展走访，春节前后开展慰问。", plan_year=2026).date is None


# openers


def test_units_after_an_aim_a_principle_or_a_means_lead() -> None:
    # before, no task: 瞄准…, 秉持…, 遵循…, 发挥…作用 hid the units after them
    for opener in ("瞄准创建模范县目标", "秉持“一户一策”原则", "遵循军地协同原则", "发挥群团组织纽带作用"):
        items = f"1.开展宣传。{opener}，县委宣传部牵头组织开展宣传活动，县融媒体中心配合。\n"
        assert _units(items) == [(["县委宣传部"], ["县融媒体中心"])], opener


def test_a_means_without_its_effect_stays_the_tasks_work() -> None:
    # guard: 发挥 with no 作用 after it is work the sentence states, not an opener
    items = "1.加大投入。发挥财政资金引导，撬动社会资本投入，县财政局负责。\n"
    assert _units(items) == [(["县财政局"], [])]


# points


def test_a_point_naming_its_unit_with_no_role_word_is_its_task() -> None:
    # before, read as naming none: part of the task before it (round 51's Left)
    items = (
        "（一）加强管控。一是强化祭扫管控，由县林业局牵头，县民政局配合，2026年清明前完成；"
        "二是县林业站开展日常巡查，做到重点林区全覆盖；三是县公安局负责查处违规用火行为，县林业局配合，长期坚持。\n"
    )
    assert _units(items) == [(["县林业局"], ["县民政局"]), (["县林业站"], []), (["县公安局"], ["县林业局"])]


def test_a_point_of_work_before_a_comma_names_no_unit() -> None:
    # guard: 恢复重建和改造提升基层社 ends as a body's name does but is work (round 51 fresh16's 07)
    items = (
        "（一）夯实基层组织。一是恢复重建和改造提升基层社，对薄弱基层社实施改造；"
        "二是加强村级服务社建设，由县供销社牵头，县农业农村局配合；三是县财政局负责落实资金。\n"
    )
    assert _units(items) == [(["县供销社"], ["县农业农村局"]), (["县财政局"], [])]


# units a lead organises


def test_units_organised_after_by_a_lead_support() -> None:
    # before, 由A牵头组织B做好… read A alone (A牵头组织B was read since round 51)
    items = "1.强化教育。由县教育局牵头组织各中小学做好防溺水教育，县应急管理局配合，2026年暑假前完成。\n"
    assert _units(items) == [(["县教育局"], ["各中小学", "县应急管理局"])]


def test_units_organised_in_the_clause_after_a_lead_support() -> None:
    # before, A牵头，组织B、C开展… read A alone
    items = "1.加强培训。市人社局牵头，组织市民政局、市卫生健康委开展护理员培训，2026年10月底前完成。\n"
    assert _units(items) == [(["市人社局"], ["市民政局", "市卫生健康委"])]


def test_work_or_people_organised_by_a_lead_are_no_partners() -> None:
    # guards: 组织开展… (work), 组织相关企业… (no body), and 组织 after a 负责 clause (not a lead's)
    assert _units("1.开展活动。县妇联牵头，组织开展主题活动。\n") == [(["县妇联"], [])]
    assert _units("1.开展检查。由县民政局牵头组织开展专项检查，县财政局配合。\n") == [(["县民政局"], ["县财政局"])]


# a project's owner as a label in prose


def test_an_owner_label_beside_a_responsible_label_supports() -> None:
    # before, the owner was lost: 业主单位 was a column's name only (round 52 fresh17)
    items = "1.建设公园。完成改造提升。业主单位：县城投公司；责任单位：县住建局；完成时限：2026年国庆前。\n"
    assert _units(items) == [(["县住建局"], ["县城投公司"])]


def test_an_owner_label_alone_leads() -> None:
    # before, no task (业主单位 unknown); a doer label alone (实施单位) read the task's title as its lead
    items = "1.完善设施。建设游客服务中心。业主单位：镇城建公司，镇建设办配合，2026年8月底前完成。\n"
    assert _units(items) == [(["镇城建公司"], ["镇建设办"])]
    assert _units("1.建设公园。完成改造。实施单位：县城投公司；完成时限：2026年8月底前。\n") == [(["县城投公司"], [])]


def test_a_doer_label_beside_a_lead_label_stays_a_support() -> None:
    # guard: SPEC's 实施主体 beside a 牵头 field
    items = "1.建设公园。完成改造。牵头单位：县住建局；实施主体：县城投公司；完成时限：2026年8月底前。\n"
    assert _units(items) == [(["县住建局"], ["县城投公司"])]


def test_an_owners_person_stays_a_person() -> None:
    # guard: 业主单位联系人 names a person (round 52 fresh17's column guard, as a label)
    items = "1.建设公园。完成改造。责任单位：县住建局；业主单位联系人：张某某；完成时限：2026年8月底前。\n"
    assert _units(items) == [(["县住建局"], [])]


# a lunar holiday after a year


def test_a_lunar_holiday_after_the_year_is_no_years_target() -> None:
    # before, 2026年中秋 read as a bare year opening a target (round 51's rule): no deadline
    items = "1.办好丰收节。镇农业服务中心牵头，镇文旅站配合，完成时限：2026年中秋、国庆前后。\n"
    assert [d for *_, d, _ in _read(items)] == ["2026-10"]
    # guard: a year's target after the units stays none (round 51)
    assert [d for *_, d, _ in _read("1.推进建设。县民政局牵头，2026年新增床位200张。\n")] == [None]


# the sixth plan's two readings (written after the first five's rules)


def test_qianhou_closing_a_list_of_holidays_is_said_of_each() -> None:
    # before, 国庆 followed by 、 read as 国庆前 (09-30), 中秋 undated
    assert parse_deadline("2026年国庆、中秋前后", 2026).date == "2026-10"
    assert parse_deadline("2026年国庆、中秋前", 2026).date == "2026-09-30"  # guard: 前 alone


def test_a_point_naming_every_body_of_a_level_with_no_role_word_is_their_task() -> None:
    # before, 二是各街道办事处开展… was part of the task before it
    items = (
        "4.规范市场秩序。一是区市场监管局牵头开展专项检查，区商务局配合，2026年6月底前完成；"
        "二是各街道办事处开展市场周边环境整治；三是区交警大队负责交通秩序整治，长期坚持。\n"
    )
    assert _units(items) == [(["区市场监管局"], ["区商务局"]), (["各街道办事处"], []), (["区交警大队"], [])]


def test_a_point_naming_a_vague_collective_names_no_unit() -> None:
    # guard: 相关部门 is no body of one level (round 36's stage reading)
    items = (
        "4.规范市场秩序。一是区市场监管局牵头开展专项检查；二是相关部门开展环境整治；三是区交警大队负责交通秩序整治。\n"
    )
    assert _units(items) == [(["区市场监管局"], []), (["区交警大队"], [])]

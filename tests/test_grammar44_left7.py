"""Round 44 (left7): round 43's text left-overs (docs/loader.md, round 43's "Left")."""

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures


def test_a_yes_no_field_ends_the_deadline_and_its_yes_marks_the_task_done() -> None:
    # 浙江's 跑道 清单 write 是否完成 as a field after the deadline: 是 = done (the date kept), 否 = the date stands
    # (before, both joined the deadline's words and the task stayed scheduled)
    text = (
        "1.建设企业综合服务中心。（牵头单位：省发展改革委；配合单位：省大数据局；完成时限：2024年6月；是否完成：是）\n"
        "2.迭代涉企服务专区。（牵头单位：省大数据局；完成时限：2024年9月底前；是否完成：否）\n"
        "3.开展困难群众救助改革。（牵头单位：县民政局；配合单位：县残联；是否完成：否）\n"
    )
    assert plan_measures(text) == [
        (1, ["省发展改革委"], ["省大数据局"], "2024年6月；已完成", "2024-06", "done"),
        (2, ["省大数据局"], [], "2024年9月底前", "2024-09", "scheduled"),
        (3, ["县民政局"], ["县残联"], None, None, None),
    ]


def test_a_note_after_the_deadline_is_no_part_of_it() -> None:
    text = (
        "1.推行惠企政策“免申即享”。（牵头单位：省财政厅；完成时限：2024年12月；备注：年底前政策占比达到50%）\n"
        "2.开展政策措施清理。（牵头单位：省市场监管局；完成时限：2024年5月；是否完成：是；备注：共清理文件1200余件）\n"
    )
    assert plan_measures(text) == [
        (1, ["省财政厅"], [], "2024年12月", "2024-12", "scheduled"),
        (2, ["省市场监管局"], [], "2024年5月；已完成", "2024-05", "done"),
    ]


def test_levels_alone_before_a_shared_body_are_one_collective() -> None:
    # as 市、区有关部门 (round 43), with no 各/有关 in the list: the levels counted (两级, 三级) or not
    text = (
        "1.完善养老服务网络。（市民政局牵头，市、县两级民政部门负责落实）\n"
        "2.发放低保。（省民政厅牵头，省、市、县三级民政部门负责落实）\n"
        "3.开展健康体检。（县卫健委牵头，县、乡、村三级医疗卫生机构负责落实）\n"
        "4.落实补贴。（牵头单位：市残联；配合单位：市民政局，市、区、街道三级残联）\n"
        "5.治理污水。（市生态环境局牵头，市、县治水办负责落实）\n"
        "6.深化文明实践。（县委宣传部牵头，县、乡、村三级文明实践阵地负责落实）\n"
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text)] == [
        (1, ["市民政局"], ["市、县两级民政部门"]),
        (2, ["省民政厅"], ["省、市、县三级民政部门"]),
        (3, ["县卫健委"], ["县、乡、村三级医疗卫生机构"]),
        (4, ["市残联"], ["市民政局", "市、区、街道三级残联"]),
        (5, ["市生态环境局"], ["市、县治水办"]),
        (6, ["县委宣传部"], ["县、乡、村三级文明实践阵地"]),  # counted levels name bodies, whatever their ending
    ]


def test_a_village_or_a_street_is_a_level_only_before_a_count_of_levels() -> None:
    text = "1.推进工作。（县民政局牵头，县财政局、村委会负责落实）\n"
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(text)] == [
        (["县民政局"], ["县财政局", "村委会"])
    ]


def test_a_carried_unit_supports_the_task_that_states_it_too() -> None:
    text = (
        "1.落实学前教育资助。（省教育厅牵头，以下任务均需各县（市、区）人民政府落实，不再列出）\n"
        "2.落实义务教育两免一补。（省教育厅、省财政厅负责）\n"
    )
    assert [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text)] == [
        (1, ["省教育厅"], ["各县（市、区）人民政府"]),
        (2, ["省教育厅", "省财政厅"], ["各县（市、区）人民政府"]),
    ]


def test_a_carried_unit_stated_on_the_line_after_a_task_supports_that_task() -> None:
    text = (
        "1.开发公益性岗位。\n（县人社局牵头，县财政局配合，以下任务均需各乡镇人民政府落实，不再列出）\n"
        "2.开展职业技能培训。（县人社局牵头）\n"
    )
    assert [(leads, supports) for _, leads, supports, *_ in plan_measures(text)] == [
        (["县人社局"], ["县财政局", "各乡镇人民政府"]),
        (["县人社局"], ["各乡镇人民政府"]),
    ]


def test_a_term_with_its_year_keeps_the_year_in_its_words_and_its_date() -> None:
    # before: raw 秋季学期开学前, and the plan's year (2024-08-31 for a task of 2025)
    assert text_deadline("新建幼儿园2所，2025年秋季学期开学前投入使用。", plan_year=2024) == (
        text_deadline("2025年秋季学期开学前投入使用", plan_year=2025)
    )
    found = text_deadline("新建幼儿园2所，2025年秋季学期开学前投入使用。", plan_year=2024)
    assert (found.raw, found.date, found.status) == ("2025年秋季学期开学前", "2025-08-31", "scheduled")
    spring = text_deadline("2021年春季学期开学前完成免学费资金预拨。", plan_year=2021)
    assert (spring.raw, spring.date) == ("2021年春季学期开学前", "2021-02")


def test_an_amount_per_period_a_few_words_on_is_no_recurring_work() -> None:
    for words in (
        "发放补贴。每人每年补助1200元。",
        "落实学前教育资助。每生每年资助标准不低于1000元。",
        "加强资金保障。县财政每年安排就业专项资金不少于500万元。",
    ):
        assert text_deadline(words, plan_year=2024).status is None, words
    # no amount: recurring work, as before
    assert text_deadline("加强资金保障。市、县两级财政每年安排养老服务专项资金。", plan_year=2024).status == "ongoing"
    assert text_deadline("推进一网统管。每年开展一次评估。", plan_year=2024).status == "ongoing"


def test_a_deadline_another_body_sets_is_no_work_that_goes_on() -> None:
    # one pass of _ONGOING, its 按照/根据 followed by a lookahead (round 43's reading, unchanged)
    assert parse_deadline("按照上级要求").status is None
    assert parse_deadline("根据省统一部署").status is None
    assert parse_deadline("根据国家部署，持续推进").status == "ongoing"
    assert parse_deadline("根据工作进展").status == "ongoing"
    assert parse_deadline("按照职责分工").status == "ongoing"

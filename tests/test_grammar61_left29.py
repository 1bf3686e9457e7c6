"""Round 61, left29: round 60's left-overs and their neighbours as offices write them (a task opening with its name
and number and a space, a unit and its person's label apart by a space, 两会 with no level, the graduation season,
the annual report written 2026年度报告 and the annual shareholders' meeting, a contacts list headed 责任单位): the rules
the plans of tests/fixtures/round61/left29 asked for, each with its guards (docs/round61_left29.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import county_plan_rows, sheet_document, task_rows


def _roles(items: str, heading: str = "一、重点任务") -> list[tuple]:
    return [(leads, supports, date) for _, leads, supports, date in county_plan_rows(items, heading)]


def _texts(text: str) -> list[tuple]:
    doc = parse_document(text, path="plan.txt")
    return [(m.line, m.text[:8], [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures]


# ---- a task's name and number opening its item, a space after it ---------------------------------------------------

_TASKS = (
    "某区2026年城市更新重点任务\n\n"
    "任务一　实施老旧小区改造提升。完成改造12个。（牵头单位：区住房和城乡建设局；完成时限：2026年11月底前）\n\n"
    "任务二 推进城中村改造。启动改造项目2个。（牵头单位：区城市更新中心；完成时限：2026年10月底前）\n"
)


def test_a_tasks_name_and_number_with_a_space_is_its_label():
    # before: the text opened with the name (任务一实施老旧小区…), as 目标一　 did before round 60
    assert _texts(_TASKS) == [
        (3, "实施老旧小区改造", ["区住房和城乡建设局"]),
        (5, "推进城中村改造。", ["区城市更新中心"]),
    ]


def test_a_tasks_name_heading_a_group_or_inside_words_reads_as_before():
    # guards: 任务一　 heading numbered items (a heading as before), 任务 then a number inside the words, no space
    text = (
        "某区2026年重点任务\n\n任务一　加强组织领导\n\n1.建立工作专班。（牵头单位：区住房和城乡建设局）\n\n"
        "任务二　强化要素保障\n\n2.统筹安排资金。（牵头单位：区财政局）\n"
    )
    assert _texts(text) == [(5, "建立工作专班。", ["区住房和城乡建设局"]), (9, "统筹安排资金。", ["区财政局"])]
    text = "某区2026年重点任务\n\n1.完成任务一 项。（牵头单位：区财政局）\n\n2.任务一致推进。（牵头单位：区商务局）\n"
    assert _texts(text) == [(3, "完成任务一项。", ["区财政局"]), (5, "任务一致推进。", ["区商务局"])]


# ---- a unit and its person's label apart by a space ------------------------------------------------------------------


def test_a_unit_and_its_persons_label_apart_by_a_space_are_read_as_with_a_comma():
    # before: no task (compacted, 县信访局责任人： ran together and no field opened at the label)
    items = "（一）全面起底排查。建立台账。（县信访局 责任人：周某某；县委政法委 责任人：许某某）2026年11月底前完成。"
    assert _roles(items) == [(["县信访局", "县委政法委"], [], "2026-11")]
    items = "（一）做好欠薪清零。（县人力资源和社会保障局　负责人：叶某某）2027年1月底前完成。"
    assert _roles(items) == [(["县人力资源和社会保障局"], [], "2027-01")]


def test_a_space_before_a_persons_label_after_no_unit_reads_as_before():
    # guards: words that name no unit before the space, a label with no space, a contact line with no label
    assert _roles("（一）推进追溯码应用。（具体办法另行制定 责任人：邱某某）") == []
    items = "（一）完善监督员制度。（县医疗保障局牵头 责任人：邱某某）2026年5月底前完成。"
    assert _roles(items) == [(["县医疗保障局"], [], "2026-05")]  # 县医疗保障局牵头: no unit's name, as before
    text = "某县方案\n\n一、重点任务\n\n1.推进改革。（县发改局牵头，县财政局配合）\n\n联系人：县信访局 郑某某，电话：13905000048。\n"
    assert _texts(text) == [(5, "推进改革。", ["县发改局"])]


# ---- 两会 with no level named ----------------------------------------------------------------------------------------


def test_two_sessions_with_no_level_named_is_march():
    # before: the bare year (2027-12; round 58 left24's guard, changed)
    assert parse_deadline("2027年两会前").date == "2027-03"
    assert parse_deadline("2027年两会期间").date == "2027-03"
    assert text_deadline("逐案制定化解方案，2027年两会前化解到位。").date == "2027-03"
    items = "（一）加强重点人员稳控。（牵头单位：县公安局；完成时限：2027年两会期间）"
    assert _roles(items) == [(["县公安局"], [], "2027-03")]


def test_two_sessions_with_no_year_are_the_next_ones_after_they_met():
    # a plan dated 10 March 2026 (county_plan_rows'): the 2027 sessions; one dated in February: that year's
    items = "（一）化解信访积案。（牵头单位：县信访局；完成时限：两会前）"
    assert _roles(items) == [(["县信访局"], [], "2027-03")]
    text = (
        "某县2026年信访工作方案\n\n一、重点任务\n\n（一）化解信访积案。（牵头单位：县信访局；完成时限：两会前）\n\n"
        "某县人民政府办公室\n\n2026年2月20日\n"
    )
    assert [row[3] for row in task_rows(parse_document(text))] == ["2026-03"]


def test_two_sessions_naming_the_work_keeps_its_reading():
    # guards: the sessions' deputies (no 前 or 期间), the nation's as before
    assert parse_deadline("2026年两会代表建议办理").date == "2026-12"
    assert parse_deadline("2027年全国两会前").date == "2027-03"


# ---- the graduation season -------------------------------------------------------------------------------------------


def test_the_graduation_season_is_may_before_it_and_july_during_it():
    # before: the bare year (2026-12)
    assert parse_deadline("2026年毕业季前").date == "2026-05"
    assert parse_deadline("2026年毕业季").date == "2026-07"
    assert parse_deadline("2026年毕业季期间").date == "2026-07"
    assert text_deadline("组织企业进校园招聘，在2026年毕业季开展集中招聘。").date == "2026-07"


def test_the_graduation_season_naming_the_work_gives_no_season():
    # guards: the season as the work's name keeps the bare year in a field, none in the words
    assert parse_deadline("2026年毕业季招聘活动").date == "2026-12"
    assert text_deadline("做好毕业季就业服务。").date is None


# ---- the annual report written 2026年度报告, and the annual shareholders' meeting -----------------------------------


def test_the_annual_report_and_meeting_are_due_in_the_next_year():
    # before: the bare year (2026-12), and the meeting in the task's words no date
    assert parse_deadline("2026年度报告披露前").date == "2027-04"
    assert parse_deadline("2026年年度股东大会召开前").date == "2027-06"
    assert parse_deadline("2026年度股东会前").date == "2027-06"
    assert text_deadline("形成行权事项清单并在2026年年度股东大会召开前报委备案。").date == "2027-06"


def test_a_meeting_held_any_time_or_named_as_the_work_keeps_its_reading():
    # guards: an extraordinary meeting (any day), the meeting as the work (no 前)
    assert parse_deadline("2026年临时股东大会召开前").date == "2026-12"
    assert text_deadline("组织召开2026年年度股东大会。").date is None


# ---- a contacts list headed by a unit's column named 责任单位 --------------------------------------------------------


def test_a_contacts_list_headed_by_a_responsible_units_column_is_no_task():
    # before: the header and each contact's row read as tasks (职务 leading, 联系电话 supporting)
    doc = sheet_document(
        ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "修订森林火灾应急预案。", "县应急管理局", "县林业局", "2026年10月底前"],
        ["2", "开展野外火源治理。", "县林业局", "县公安局", "2026年12月底前"],
        [],
        ["附：各责任单位联络员", "", "", "", ""],
        ["责任单位", "联络员", "职务", "联系电话"],
        ["县应急管理局", "杨某某", "防灾减灾股股长", "13907360201"],
        ["县林业局", "黄某某", "森林防火股股长", "13907360202"],
    )
    assert [(t[0][:6], t[1], t[2]) for t in task_rows(doc)] == [
        ("修订森林火灾", ["县应急管理局"], ["县林业局"]),
        ("开展野外火源", ["县林业局"], ["县公安局"]),
    ]


# ---- a nested field list whose work field's value is on the lines after it -------------------------------------------


def _heading_rows(items: str) -> list[tuple]:
    return [(text[:6], leads, supports, date) for text, leads, supports, date in county_plan_rows(items)]


def test_a_work_fields_points_on_lines_of_their_own_are_its_value():
    # before: no task (the fields' list not numbered on from a work field right above), and unnumbered the last
    # point read as the task's text
    items = (
        "（一）开展技能提升培训\n　　1.工作内容：\n　　（1）组织企业职工培训；\n　　（2）全年完成3000人次。\n"
        "　　2.牵头单位：县人力资源和社会保障局\n　　3.配合单位：县财政局\n　　4.完成时限：2026年12月底前"
    )
    assert _heading_rows(items) == [("开展技能提升", ["县人力资源和社会保障局"], ["县财政局"], "2026-12")]
    items = (
        "（一）开展技能提升培训\n　　工作内容：\n　　组织企业职工培训；\n　　全年完成3000人次。\n"
        "　　牵头单位：县人力资源和社会保障局\n　　完成时限：2026年12月底前"
    )
    assert _heading_rows(items) == [("开展技能提升", ["县人力资源和社会保障局"], [], "2026-12")]


def test_a_work_field_going_on_in_a_line_with_no_number_is_its_value():
    # before: no task (numbered), the line after the field the task's text (unnumbered)
    items = (
        "（一）开展技能提升培训\n　　1.工作内容：组织企业职工培训，\n　　全年完成3000人次。\n"
        "　　2.牵头单位：县人力资源和社会保障局\n　　3.完成时限：2026年12月底前"
    )
    assert _heading_rows(items) == [("开展技能提升", ["县人力资源和社会保障局"], [], "2026-12")]


def test_lines_between_fields_that_are_no_work_fields_value_read_as_before():
    # guards: an item of work numbered as the fields are, points under a field whose value is on its line, two
    # fields of the work one after the other, an item under a field closing its line
    items = (
        "（一）推进管网改造。\n（1）排查管网，建立台账。\n（2）牵头单位：县住房和城乡建设局\n（3）配合单位：县财政局"
    )
    assert _heading_rows(items) == []
    items = (
        "（一）开展技能提升培训\n　　1.工作内容：组织企业职工培训。\n　　（1）全年完成3000人次。\n"
        "　　2.牵头单位：县人力资源和社会保障局\n　　3.完成时限：2026年12月底前"
    )
    assert _heading_rows(items) == []
    items = "（一）推进管网改造\n　　工作目标：建成管网。\n　　具体措施：排查管网。\n　　牵头单位：县住房和城乡建设局"
    assert county_plan_rows(items)[0][0].startswith("排查管网")
    items = "（一）推进管网改造\n　　工作措施：\n　　1.排查管网。\n　　牵头单位：县住房和城乡建设局"
    assert county_plan_rows(items)[0][0].startswith("排查管网")

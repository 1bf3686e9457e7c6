"""Round 59 (left26): round 58's left-overs, each among ordinary items (docs/round59_left26.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import county_plan_rows as _plan
from tests.support.readings import task_rows


def _roles(items: str, heading: str = "一、重点任务") -> list[tuple]:
    return [(leads, supports, date) for _, leads, supports, date in _plan(items, heading)]


# ---- a task's fields as a nested ordered list ------------------------------------------------------------------------


def test_a_tasks_fields_as_a_nested_ordered_list_are_its_label_lines() -> None:
    # before, no task: the fields' numbers made them no label lines (a plan of them alone was rejected)
    items = (
        "1. 组建工作专班\n    1) 牵头单位：县发展和改革局\n    2) 配合单位：县财政局、县统计局\n"
        "    3) 完成时限：2026年6月底前\n2. 开展中期评估\n    1) 牵头单位：县统计局\n    2) 完成时限：2026年9月底前"
    )
    assert _roles(items) == [
        (["县发展和改革局"], ["县财政局", "县统计局"], "2026-06"),
        (["县统计局"], [], "2026-09"),
    ]
    items = "1.争取专项资金\n\n   （1）牵头单位：县交通运输局\n\n   （2）配合单位：县财政局\n\n   （3）完成时限：2026年6月底前"
    assert _roles(items) == [(["县交通运输局"], ["县财政局"], "2026-06")]
    items = "1.开展技术评定\n①责任单位：县公路事业发展中心\n②完成时限：2026年9月底前"
    assert _roles(items) == [(["县公路事业发展中心"], [], "2026-09")]


def test_numbered_items_that_are_no_nested_list_of_fields_read_as_before() -> None:
    # guards: a lone numbered field (no list of them), a list not numbered from one, items of work (no label)
    items = "（一）推进管网改造。\n1）牵头单位：县住房和城乡建设局"
    assert _roles(items) == []
    items = "（一）推进管网改造。\n2）牵头单位：县住房和城乡建设局\n3）配合单位：县财政局"
    assert _roles(items) == []
    items = "1.推进管网改造。\n（1）排查管网，建立台账。\n（2）实施改造（县住房和城乡建设局负责，2026年10月底前）。"
    assert _roles(items) == [(["县住房和城乡建设局"], [], "2026-10")]


# ---- a unit's duties after a dash as a numbered item -----------------------------------------------------------------


def test_a_numbered_item_opening_with_units_and_a_dash_is_their_task() -> None:
    # before, none outside a duties heading (a colon read so, round 36; a dash only under a duties heading, round 58)
    items = (
        "1.区教育局——建立困难学生帮扶台账，2026年6月底前完成。\n\n2.团区委、区妇联——开展就业见习岗位募集，每季度通报。"
    )
    assert _roles(items, "三、专项行动") == [(["区教育局"], [], "2026-06"), (["团区委", "区妇联"], [], None)]
    items = "（一）县路长制办公室——组织开展路长制工作考核，2026年12月底前完成。"
    assert _roles(items, "三、落实路长责任") == [(["县路长制办公室"], [], "2026-12")]


def test_a_dash_after_no_units_name_reads_as_before() -> None:
    # guards: a target after a dash, a phrase before it (no unit's name)
    items = "1.工作目标——到2026年底，全区困难学生资助覆盖率达到100%。\n\n2.总体思路——坚持精准资助。"
    assert _roles(items, "三、专项行动") == []


# ---- a role column's cell naming a unit after its role ---------------------------------------------------------------

_LEDGER = (
    "某区工作推进台账\n\n| 序号 | 工作任务 | 责任单位 | 备注 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 推进校舍改造 | 区教育局 | 牵头 | 2026年8月底前 |\n|  |  | 区财政局 | 配合 |  |\n"
    "| 2 | 建设健身步道 | 区城市管理局 | {note} | 2026年9月底前 |\n|  |  | 区住房和城乡建设局 | 配合 |  |\n"
)


def _ledger(note: str) -> list[tuple]:
    return [(leads, supports) for _, leads, supports, _ in task_rows(parse_document(_LEDGER.format(note=note)))]


def test_a_role_cell_naming_a_unit_after_its_lead_mark_adds_the_unit_as_a_partner() -> None:
    # before, 协助 in the note made the column no role column (the unit rows dropped); 会同 or no verb dropped the unit
    first = (["区教育局"], ["区财政局"])
    for note in ("牵头，区交通运输局协助", "牵头，会同区交通运输局", "牵头，区交通运输局", "牵头；区交通运输局配合"):
        assert _ledger(note) == [first, (["区城市管理局"], ["区交通运输局", "区住房和城乡建设局"])], note


def test_a_role_cell_with_another_note_reads_as_before() -> None:
    # guards: a note naming a role again (no role column: the rows dropped, round 58 files23), a note of no unit
    assert _ledger("牵头，配合单位另行明确") == [(["区教育局"], []), (["区城市管理局"], [])]
    assert _ledger("牵头，已完成选址") == [(["区教育局"], ["区财政局"]), (["区城市管理局"], ["区住房和城乡建设局"])]


# ---- a school cohort's events --------------------------------------------------------------------------------------


def test_a_cohorts_leaving_and_enrolment_read_their_months() -> None:
    # before, the bare year (2026-12) in a field and in a task's words
    assert parse_deadline("2026届毕业生离校前").date == "2026-07"
    assert parse_deadline("2026届高校毕业生离校前完成").date == "2026-07"
    assert parse_deadline("2026级新生入学前完成").date == "2026-09"
    assert parse_deadline("2026级新生报到之前").date == "2026-09"
    assert text_deadline("组织校园招聘活动，2026届毕业生离校前完成。").date == "2026-07"
    assert text_deadline("2026级新生入学前完成资助对象认定。").date == "2026-09"
    items = "（一）做好新生资助（区教育局负责，区财政局配合，2026级新生入学前完成）。"
    assert _roles(items) == [(["区教育局"], ["区财政局"], "2026-09")]


def test_a_cohort_the_work_is_about_reads_as_before() -> None:
    # guards: the cohort as the work's object, no event before 前 (none in words; the bare year in a field)
    assert text_deadline("做好2026级新生入学教育。").date is None
    assert text_deadline("组织2026届毕业生就业推介。").date is None
    assert parse_deadline("2026届毕业生").date == "2026-12"
    # (2026年毕业生离校前, with no cohort's mark, was the bare year here: round 60 left28 reads it July, both ways)
    assert parse_deadline("2026年毕业生离校前").date == "2026-07"


# ---- a task's own bracket of a status ------------------------------------------------------------------------------


def test_a_tasks_own_bracket_of_a_status_gives_its_raw_words() -> None:
    # before, the work's 常态化巡查 (the status the same)
    assert text_deadline("建立常态化巡查机制，防止反弹回潮（长期坚持）。").raw == "长期坚持"
    assert text_deadline("落实常态化保洁制度，每月开展一次整治（持续推进）").raw == "持续推进"
    # guards: no bracket of a status (the work's words, as before)
    # (round 72 fresh72: 常态化 naming the mechanism the task builds is no time of the task, no longer the raw words)
    assert text_deadline("建立常态化巡查机制，防止反弹回潮。").raw is None
    assert text_deadline("落实常态化巡查，防止反弹回潮。").raw == "常态化巡查"
    assert text_deadline("常态化开展巡查（县城管局负责）。").raw == "常态化开展"

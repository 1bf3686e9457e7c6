"""Round 60, left28: round 59's left-overs as offices write them (a bracket listing each unit with its person, a
periodic report's disclosure, a year's graduates leaving, a nested field list opening with the work's own field, a
partner's note naming a unit, a 领域 sheet rewording its 汇总 row): the rules the plans of
tests/fixtures/round60/left28 asked for, each with its guards (docs/round60_left28.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.sheets import document_from_sheets
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import county_plan_rows


def _roles(items: str, heading: str = "一、重点任务") -> list[tuple]:
    return [(leads, supports, date) for _, leads, supports, date in county_plan_rows(items, heading)]


# ---- a bracket listing each unit with its person ---------------------------------------------------------------------


def test_a_bracket_listing_each_unit_with_its_person_reads_the_units():
    # before: no task (the units before a 责任人 label unread; a later unit read as the person before it's name)
    items = "（一）开展专项检查，依法处理。（县市场监督管理局，责任人：罗某某；县医疗保障局，责任人：邱某某）2026年8月底前完成。"
    assert _roles(items) == [(["县市场监督管理局", "县医疗保障局"], [], "2026-08")]
    items = "（一）规范价格公示。（县卫生健康局，责任人：蒋某某）2026年4月底前完成。"
    assert _roles(items) == [(["县卫生健康局"], [], "2026-04")]
    items = (
        "（一）建立联席会议机制。（县医疗保障局，负责人：副局长谢某某；县卫生健康局，负责人：副局长何某某）长期坚持。"
    )
    assert _roles(items) == [(["县医疗保障局", "县卫生健康局"], [], None)]
    items = "（一）开展跟踪审计。（县审计局，责任人：黄某某，县财政局，责任人：杜某某）2026年11月底前完成。"
    assert _roles(items) == [(["县审计局", "县财政局"], [], "2026-11")]


def test_each_units_role_written_before_its_person_is_read():
    # before: the partner after the lead's person was lost (read as that person's name)
    items = "（一）完善监督员制度。（县医疗保障局牵头，责任人：邱某某；各乡镇人民政府配合，责任人：各乡镇分管负责同志）2026年5月底前完成。"
    assert _roles(items) == [(["县医疗保障局"], ["各乡镇人民政府"], "2026-05")]


def test_people_after_a_units_person_or_no_unit_read_as_before():
    # guards: two people after one unit (no unit after the ；), a person field with no unit, a contact's phone field
    items = "（一）推进追溯码应用。（县医疗保障局牵头，责任人：邱某某；李某某）2026年5月底前完成。"
    assert _roles(items) == [(["县医疗保障局"], [], "2026-05")]
    items = "（一）推进追溯码应用。（县医疗保障局牵头，责任人：邱某某，2026年5月底前完成）"
    assert _roles(items) == [(["县医疗保障局"], [], "2026-05")]
    items = "（一）推进追溯码应用。（具体办法另行制定，责任人：邱某某）"
    assert _roles(items) == []
    text = (
        "某市方案\n\n一、重点任务\n\n1.推进改革。（市委金融办牵头，市财政局配合）\n\n"
        "联系人：市委金融办 林某某，电话：13906910288；江屿证监局上市公司监管处 吴某某，电话：13959120436。\n"
    )
    doc = parse_document(text)
    assert [(m.line, [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures] == [(5, ["市委金融办"])]


# ---- a periodic report's disclosure ----------------------------------------------------------------------------------


def test_a_periodic_reports_disclosure_is_due_by_the_month_the_law_sets():
    # before: the bare year (2026-12; 2025-12 for the 2025 annual report, disclosed in 2026)
    assert parse_deadline("2026年半年报披露前").date == "2026-08"
    assert parse_deadline("2026年半年度报告披露前完成").date == "2026-08"
    assert parse_deadline("2026年三季报披露前").date == "2026-10"
    assert parse_deadline("2026年中报公布前").date == "2026-08"
    assert parse_deadline("2026年一季报披露前").date == "2026-04"
    assert parse_deadline("2025年年报披露前").date == "2026-04"
    assert parse_deadline("2025年年度报告披露之前").date == "2026-04"
    assert text_deadline("推动上市公司在2026年半年报披露前完成独立董事制度改革。").date == "2026-08"
    items = "（一）开展资金占用排查。（牵头单位：江屿证监局；完成时限：2026年三季报披露前）"
    assert _roles(items) == [(["江屿证监局"], [], "2026-10")]


def test_a_date_of_one_firms_or_hospitals_own_keeps_its_bare_year():
    # guards: each hospital's day, a report that is the work's object (no 前), a report read in another year
    assert parse_deadline("2026年等级医院评审前").date == "2026-12"
    assert text_deadline("做好2026年半年报披露工作。").date is None
    assert parse_deadline("2026年半年报编制").date == "2026-12"


# ---- a year's graduates leaving, with no cohort's mark ---------------------------------------------------------------


def test_a_years_graduates_leaving_is_july_without_a_cohorts_mark():
    # before: the bare year (round 59 read 2026届毕业生离校前 so, and left 2026年毕业生离校前 at 2026-12)
    assert parse_deadline("2026年毕业生离校前").date == "2026-07"
    assert parse_deadline("2026年高校毕业生离校前").date == "2026-07"
    assert parse_deadline("2026年新生入学前").date == "2026-09"
    assert text_deadline("组织岗位推介，2026年高校毕业生离校前完成。").date == "2026-07"


def test_a_year_then_another_date_before_the_graduates_reads_as_before():
    # guards: the year's end before the event, graduates with no event
    assert parse_deadline("2026年底前完成毕业生离校手续").date == "2026-12"
    assert parse_deadline("2026年毕业生就业").date == "2026-12"


# ---- a nested field list opening with the work's own field ------------------------------------------------------------


def test_a_nested_field_list_numbered_on_from_the_work_is_read():
    # before: no task (a list of fields not numbered from one)
    items = (
        "（一）开展访企拓岗行动\n    1. 工作内容：走访重点企业，募集岗位2000个。\n    2. 牵头单位：县人力资源和社会保障局\n"
        "    3. 配合单位：县工商业联合会\n    4. 完成时限：2026年9月底前\n\n"
        "（二）加大创业担保贷款支持\n    （1）主要内容：提供创业担保贷款。\n\n    （2）责任单位：县财政局\n    （3）完成时限：2026年11月底前"
    )
    assert _roles(items) == [
        (["县人力资源和社会保障局"], ["县工商业联合会"], "2026-09"),
        (["县财政局"], [], "2026-11"),
    ]


def test_numbered_lines_before_a_field_that_are_no_fields_read_as_before():
    # guards: an item of work numbered one (no field), a list skipping a number, a unit's duties numbered one
    items = (
        "（一）推进管网改造。\n（1）排查管网，建立台账。\n（2）牵头单位：县住房和城乡建设局\n（3）配合单位：县财政局"
    )
    assert _roles(items) == []
    items = "（一）推进管网改造。\n1）工作内容：排查管网。\n3）牵头单位：县住房和城乡建设局\n4）配合单位：县财政局"
    assert _roles(items) == []
    items = "（一）推进管网改造。\n1.县水利局：排查管网。\n2.牵头单位：县住房和城乡建设局\n3.配合单位：县财政局"
    assert _roles(items) == [(["县水利局"], [], None)]  # the unit's duties (round 36), its numbered fields unread


# ---- a partner's note naming a unit in a role column -----------------------------------------------------------------

_LEDGER = "某区台账\n\n| 序号 | 工作任务 | 责任单位 | 备注 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"


def _ledger(rows: str) -> list[tuple]:
    doc = parse_document(_LEDGER + rows, path="ledger.md")
    return [([u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def test_a_partners_note_naming_a_unit_adds_it_as_a_partner():
    # before: the cell was no role (协助 a role again) and the column no role column: every unit led; with no verb
    # or 会同, the unit was lost
    rows = (
        "| 1 | 改造排水管网 | 区住房和城乡建设局 | 牵头 | 2026年11月底前 |\n"
        "|  |  | 区财政局 | 配合，会同区发展和改革局 |  |\n"
        "| 2 | 建设监测点位 | 区城市管理局 | 牵头 | 2026年6月底前 |\n"
        "|  |  | 区应急管理局 | 配合，区公安分局交警大队协助 |  |\n"
        "| 3 | 落实值守 | 各街道办事处 | 牵头 | 2026年汛期 |\n"
        "|  |  | 区城市管理局 | 配合，区应急管理局 |  |\n"
    )
    assert _ledger(rows) == [
        (["区住房和城乡建设局"], ["区财政局", "区发展和改革局"]),
        (["区城市管理局"], ["区应急管理局", "区公安分局交警大队"]),
        (["各街道办事处"], ["区城市管理局", "区应急管理局"]),
    ]


def test_a_partners_note_naming_the_lead_or_no_unit_adds_none():
    # guards: the note names the task's own lead (whom the row supports), or a duty
    rows = (
        "| 1 | 改造易涝点 | 区水务局 | 牵头 | 2026年9月底前 |\n"
        "|  |  | 区住房和城乡建设局 | 配合，区水务局 |  |\n"
        "| 2 | 开展应急演练 | 区应急管理局 | 牵头 | 2026年5月底前 |\n"
        "|  |  | 区水务局 | 配合，负责抢险物资调配 |  |\n"
    )
    assert _ledger(rows) == [(["区水务局"], ["区住房和城乡建设局"]), (["区应急管理局"], ["区水务局"])]


# ---- a 汇总 sheet beside 领域 sheets that reword its tasks -------------------------------------------------------------

_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_PARTNERS = "县卫生健康局、县生态环境局、县住房和城乡建设局、各乡镇人民政府"
_SUMMARY = [
    ["某县2026年乡村振兴重点任务清单（汇总）"],
    ["序号", "领域", *_HEADER[1:]],
    ["1", "生态宜居", "推进农村户厕改造1200户。", "县农业农村局", _PARTNERS, "2026年11月底前"],
    ["2", None, "开展村庄清洁行动。", "县农业农村局", _PARTNERS, "持续推进"],
    ["3", None, "完成农村生活污水治理行政村20个。", "县生态环境局", "各乡镇人民政府", "2026年12月底前"],
    ["填表说明：各领域分表由牵头单位维护，县委农办每月汇总。"],
]


def _book(*named) -> list[tuple]:
    doc = document_from_sheets(list(named), path="book.xlsx", key="book", sha256="0")
    return [(m.line, m.text[:8], [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures]


def test_a_field_sheets_reworded_task_is_read_once():
    # before: 汇总 row 5 (its words not repeated) read again beside the 领域 sheet's, and row 4 lost (its longest
    # cell, the partners, repeated by the field sheet's row of another task); the 填表说明 row read as a task
    field = [
        ["生态宜居重点任务推进表"],
        _HEADER,
        ["1", "推进农村户厕改造1200户。", "县农业农村局", _PARTNERS, "2026年11月底前"],
        ["2", "完成20个行政村的农村生活污水治理。", "县生态环境局", "各乡镇人民政府", "2026年12月底前"],
    ]
    assert _book(("汇总", _SUMMARY), ("生态宜居", field)) == [
        (4, "开展村庄清洁行动", ["县农业农村局"]),
        (3, "推进农村户厕改造", ["县农业农村局"]),
        (4, "完成20个行政村", ["县生态环境局"]),
    ]


def test_a_summary_task_like_a_field_sheets_in_words_alone_is_read_from_the_summary():
    # guards: the same words' share with another deadline, another task's words with the same units (row 4 was lost
    # before: its partners, its longest cell, repeated by the field sheet's row 1)
    field = [
        ["生态宜居重点任务推进表"],
        _HEADER,
        ["1", "推进农村户厕改造1200户。", "县农业农村局", _PARTNERS, "2026年11月底前"],
        ["2", "完成20个行政村的农村生活污水治理。", "县生态环境局", "各乡镇人民政府", "2026年10月底前"],
        ["3", "开展村庄规划编制。", "县农业农村局", _PARTNERS, "持续推进"],
    ]
    assert [row[0] for row in _book(("汇总", _SUMMARY), ("生态宜居", field))] == [4, 5, 3, 4, 5]

"""Round 46 (fresh12): the kinds of plans offices publish most — a 建议/提案 交办 whose roles are written as verbs
(由A主办，B、C会办; 由A、B分办; （分办：A、B）), a 测评体系 table under a note stating its first-listed convention, and a
partner's share written as what it provides (市财政局保障资金) in prose."""

from tests.support.readings import plan_measures


def _tasks(text: str) -> list[tuple[int, list[str], list[str]]]:
    return [(line, leads, supports) for line, leads, supports, *_ in plan_measures(text, "x.txt")]


_HEAD = "某市2026年建议提案交办分工\n\n一、交办分工\n\n"


def test_a_handling_unit_written_as_a_verb_leads_and_its_co_handlers_support() -> None:
    # 由A主办，B、C会办 / 协办: the roles of a 交办's labels (主办单位, 会办单位) written as verbs (before, no task)
    assert _tasks(_HEAD + "1.关于加快停车设施建设的建议。由市住建局主办，市公安局、市资规局会办。\n") == [
        (5, ["市住建局"], ["市公安局", "市资规局"])
    ]
    assert _tasks(_HEAD + "1.关于加强黑臭水体治理的提案。该提案由市生态环境局主办，市水利局协办。\n") == [
        (5, ["市生态环境局"], ["市水利局"])
    ]
    # in an unlabelled bracket (before, 市住建局主办 and 市公安局会办 were two leading names)
    assert _tasks(_HEAD + "1.关于加快停车设施建设的建议（市住建局主办，市公安局会办）\n") == [
        (5, ["市住建局"], ["市公安局"])
    ]


def test_units_sharing_a_proposal_each_answer_for_it() -> None:
    # 分办: every unit handles it and answers alone (round 43's label), in prose and in a bracket (before, the
    # bracket was not read: 分办 was no word of an assignment)
    assert _tasks(_HEAD + "1.关于推进医共体建设的建议。由市卫生健康委、市医保局分办。\n") == [
        (5, ["市卫生健康委", "市医保局"], [])
    ]
    assert _tasks(_HEAD + "1.关于推进医共体建设的建议（第0047号）（分办：市卫生健康委、市医保局）\n") == [
        (5, ["市卫生健康委", "市医保局"], [])
    ]


def test_an_office_of_a_committee_is_no_co_handler_verb() -> None:
    # 会办 / 协办 inside 委员会办公室, 政协办公室 end no list of partners
    assert _tasks(_HEAD + "1.关于建议。由市住建局主办，市人大常委会办公室、市政协办公室协办。\n") == [
        (5, ["市住建局"], ["市人大常委会办公室", "市政协办公室"])
    ]
    assert _tasks(_HEAD + "1.关于建议（主办单位：市住建局；会办单位：市委员会办公室）\n") == [
        (5, ["市住建局"], ["市委员会办公室"])
    ]


def test_a_note_stating_the_first_listed_convention_is_no_task() -> None:
    # 说明：…排在第一位的为牵头单位…；各街道办事处负责…: how the lists read, a note on the plan (before, a task led by
    # 各街道办事处); the table's rows read under the convention
    text = (
        "某区2025年文明城市测评体系任务分解表\n\n"
        "说明：责任单位中排在第一位的为牵头单位，其余为配合单位；各街道办事处负责辖区内点位的日常管理。\n\n"
        "| 测评项目 | 测评内容 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 公共场所秩序 | 主次干道无乱停乱放 | 区公安分局交警大队、区城市管理局、各街道办事处 | 长期坚持 |\n"
    )
    assert _tasks(text) == [(7, ["区公安分局交警大队"], ["区城市管理局", "各街道办事处"])]


def test_a_statement_inside_a_task_is_still_read_with_it() -> None:
    # the convention stated after the units of a task's sentence leaves the task (its units before the statement)
    text = _HEAD + "1.推进改革。市发改委、市财政局负责，排在第一位的为牵头单位。\n"
    assert _tasks(text) == [(5, ["市发改委"], ["市财政局"])]


def test_a_partner_providing_the_funds_in_prose_supports() -> None:
    # B保障资金 after a lead, as in brackets (round 41); before, B was lost in prose
    assert _tasks(_HEAD + "1.落实民生实事。市民政局牵头，市财政局保障资金。\n") == [(5, ["市民政局"], ["市财政局"])]
    assert _tasks(_HEAD + "1.落实民生实事。由市民政局负责，区医疗保障局保障资金。\n") == [
        (5, ["市民政局"], ["区医疗保障局"])
    ]
    # the 保障 of 社会保障 is no verb of a partner (同级人力资源社会保障、教育等部门)
    assert _tasks(_HEAD + "1.开展招聘。由市民政局负责，市人力资源和社会保障局做好培训。\n") == [
        (5, ["市民政局"], ["市人力资源和社会保障局"])
    ]


def test_the_time_to_answer_a_proposal_is_its_deadline() -> None:
    # 答复时限 / 办复时限 label a 交办's deadline (before, the label line was no field: no deadline)
    text = _HEAD + "1.关于加快停车设施建设的建议\n主办单位：市住建局\n会办单位：市公安局\n答复时限：2026年6月30日前\n"
    assert plan_measures(text, "x.txt") == [
        (6, ["市住建局"], ["市公安局"], "2026年6月30日前", "2026-06-30", "scheduled")
    ]
    text = _HEAD + "1.关于推进医共体建设的建议\n分办单位：市卫生健康委、市医保局\n办复时限：2026年5月31日前\n"
    assert [row[4:] for row in plan_measures(text, "x.txt")] == [("2026-05-31", "scheduled")]

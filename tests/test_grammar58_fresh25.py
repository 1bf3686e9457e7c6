"""Round 58 (fresh25): plans of kinds not met before, read by hand first (tests/fixtures/round58/fresh25), and the
rules their first run asked for."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document

_HEAD = "某某县2026年重点任务清单\n\n各乡镇人民政府，县直各有关单位：\n\n"
_TAIL = "\n\n某某县人民政府办公室\n\n2026年3月2日\n"
_LEGEND = "为简化表述，责任单位以序号代替，序号与单位对应如下：1—县发展和改革局；2—县财政局；3—各乡镇人民政府。\n\n"
_TASKS = (
    "## 一、重点任务\n\n"
    "（一）扩大有效投资。实施重点项目120个。（牵头单位：1；配合单位：2、3；完成时限：2026年12月底前）\n\n"
    "（二）深化预算改革。推进零基预算改革。（牵头单位：2；配合单位：1；完成时限：持续推进）"
)


def _read(body: str, path: str = "x.md") -> list[tuple]:
    doc = parse_document(_HEAD + body + _TAIL, path=path)
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]


def test_units_written_as_numbers_read_as_the_legend_names_them():
    """``序号与单位对应如下：1—县发展和改革局；…`` then ``（牵头单位：1；配合单位：2、3）``: each number is its unit, and
    the legend's sentence is no task; before, the units read ``1``, ``2``, ``3`` and the legend's last unit led a
    task of its own."""
    assert _read(_LEGEND + _TASKS) == [
        (9, ["县发展和改革局"], ["县财政局", "各乡镇人民政府"], "scheduled"),
        (11, ["县财政局"], ["县发展和改革局"], "ongoing"),
    ]


def test_a_legend_of_codes_with_no_verb_over_lines_and_numbers_with_roles():
    """``责任单位代码：`` over a line a pair (no 对应 or 代替), a number with its role's bracket (``责任单位：1（牵头）、2、3``)
    and numbers before role verbs in a bracket (``（2牵头，1、3配合；…）``) read as the legend names them; before, the
    numbers were the units (or no task was found)."""
    legend = "责任单位代码：\n1—县发展和改革局\n2—县财政局\n3—各乡镇人民政府\n\n"
    tasks = (
        "## 一、重点任务\n\n"
        "（一）扩大有效投资。（责任单位：1（牵头）、2、3；完成时限：2026年12月底前）\n\n"
        "（二）深化预算改革。（2牵头，1、3配合；持续推进）"
    )
    assert _read(legend + tasks) == [
        (12, ["县发展和改革局"], ["县财政局", "各乡镇人民政府"], "scheduled"),
        (14, ["县财政局"], ["县发展和改革局", "各乡镇人民政府"], "ongoing"),
    ]


def test_numbers_with_no_legend_or_a_legend_of_no_units_stay_as_written():
    """Guards: with no legend the numbers stay as written (no unit named), and a legend whose names are no units
    (``1—推进改革；2—完成验收``) names none: as before."""
    assert _read("\n\n" + _TASKS)[0][1:3] == (["1"], ["2", "3"])
    not_units = "各项任务以序号代替，序号对应如下：1—推进改革；2—完成验收；3—开展评估。\n\n"
    assert _read(not_units + _TASKS)[0][1:3] == (["1"], ["2", "3"])


def test_a_number_the_legend_does_not_give_leaves_its_field_as_written():
    """Guard: ``配合单位：2、9`` when the legend gives no 9: the field stays as written."""
    body = _LEGEND + _TASKS.replace("配合单位：2、3", "配合单位：2、9")
    assert _read(body)[0][1:3] == (["县发展和改革局"], ["2", "9"])


def _texts(text: str, path: str = "x.txt") -> list[tuple]:
    doc = parse_document(text, path=path)
    return [(m.line, m.text[:14], [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures]


_NOTICE = (
    "某某区安委会办公室\n关于印发问题整改清单的通知\n\n各街道办事处：\n    现将问题整改清单印发给你们。\n\n"
    "某某区安委会办公室\n2026年4月2日\n\n某某区2026年第一季度消防安全检查发现问题整改清单\n\n"
)


def test_a_problem_named_with_its_number_opens_its_own_text():
    """``…问题整改清单`` (a title, no sentence end) / ``问题一：…`` / ``整改措施：…`` / ``责任单位：…``: the first problem's
    text opens at its own line; before, it ran back over the title, the date and the signature above (blank lines
    between them join no paragraph's end)."""
    body = (
        "问题一：部分小区消防车通道被占用\n整改措施：开展专项清理。\n责任单位：区消防救援大队\n整改时限：2026年5月31日前\n\n"
        "问题二：部分餐饮场所未安装燃气报警装置\n整改措施：督促安装。\n责任单位：区市场监管局\n整改时限：2026年6月底前\n"
    )
    assert _texts(_NOTICE + body) == [
        (14, "部分小区消防车通道被占用整改", ["区消防救援大队"]),
        (19, "部分餐饮场所未安装燃气报警装", ["区市场监管局"]),
    ]


def test_a_line_with_a_label_or_no_number_before_its_colon_goes_on_as_before():
    """Guards: a problem with no number (``问题：…``) under the title still joins it, as before; a task label's line
    (``整改措施：…``) stays in its problem's paragraph."""
    body = "问题：部分小区消防车通道被占用\n整改措施：开展专项清理。\n责任单位：区消防救援大队\n整改时限：2026年5月31日前\n"
    [(line, text, leads)] = _texts(_NOTICE + body)
    assert (line, leads) == (14, ["区消防救援大队"]) and text.startswith("某某区安委会办公室")


_PROJECTS = (
    "## 一、重点项目\n\n"
    "1.县城东环路改造工程。改造道路4.8公里。项目业主：县交投公司；责任单位：县交通运输局；2026年11月底前通车。\n\n"
)


def test_a_unit_reporting_under_the_plans_push_measures_is_no_task():
    """``三、推进措施`` / ``（三）加强调度督查。县发展和改革局每月对项目建设进度进行调度通报。``: the section's measures
    exhort and oversee as a 保障措施's do (round 57 fresh24: a duty of reporting is no task); before, a task led by
    县发展和改革局, ongoing."""
    body = _PROJECTS + "## 二、推进措施\n\n（一）加强调度督查。县发展和改革局每月对项目建设进度进行调度通报。"
    assert _read(body) == [(7, ["县交通运输局"], ["县交投公司"], "scheduled")]


def test_an_assignment_written_under_push_measures_and_a_unit_led_item_elsewhere_are_tasks():
    """Guards: an item with its own bracket under 推进措施 is a task, and the same unit-led item under 主要任务 is
    one, as before."""
    bracket = "## 二、推进措施\n\n（一）加强调度督查。建立项目调度机制。（牵头单位：县发展和改革局；完成时限：每月）"
    assert _read(_PROJECTS + bracket)[1] == (11, ["县发展和改革局"], [], "ongoing")
    led = "## 二、主要任务\n\n（一）加强调度督查。县发展和改革局每月对项目建设进度进行调度通报。"
    assert _read(_PROJECTS + led)[1] == (11, ["县发展和改革局"], [], "ongoing")


def test_the_owners_other_names_support_beside_a_responsible_unit():
    """``项目单位：`` and ``建设单位：`` name the project's owner as ``项目业主：`` does (round 52): beside ``责任单位：`` it
    supports, alone it leads, in a field and as a table's column; before, the owner was lost (and a project with an
    owner only was no task)."""
    body = (
        "## 一、重点项目\n\n"
        "1.某某道路工程。改造道路4.8公里。项目单位：县交通投资有限公司；责任单位：县交通运输局；2026年11月底前通车。\n\n"
        "2.县第三中学新建工程。新增学位2000个。建设单位：县教育体育局；2026年8月底前投入使用。"
    )
    assert _read(body) == [
        (7, ["县交通运输局"], ["县交通投资有限公司"], "scheduled"),
        (9, ["县教育体育局"], [], "scheduled"),
    ]
    table = (
        "| 序号 | 项目名称 | 建设单位 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 某某道路工程 | 县交通投资有限公司 | 县交通运输局 | 2026年11月底前 |\n"
    )
    assert [row[1:3] for row in _read(table)] == [(["县交通运输局"], ["县交通投资有限公司"])]


def test_an_owner_named_in_the_works_words_is_no_field():
    """Guard: ``督促建设单位落实…`` (the owners of a kind, no label's colon) is the work's words, as before."""
    body = (
        "## 一、重点任务\n\n1.加强工地扬尘管控。督促建设单位落实“六个百分百”要求。（县住房和城乡建设局负责；长期坚持）"
    )
    assert _read(body) == [(7, ["县住房和城乡建设局"], [], "ongoing")]


def test_a_supervision_notice_hands_an_item_to_a_unit_to_handle():
    """A 督办通知's ``交A办理``, ``交由A办理`` (with or without ``B协办``): A leads, B supports, as ``请A牵头办理``
    reads (round 35's asked units); before, no task (交 was no word asking a unit, 办理 no end of its units)."""
    body = (
        "一、关于背街小巷占道经营问题。交市城市管理局办理，各区人民政府协办，建立长效机制，于2026年6月底前办结。\n\n"
        "二、关于路灯不亮问题。交由市城市管理局办理，2026年4月10日前办结。"
    )
    assert _read(body) == [
        (5, ["市城市管理局"], ["各区人民政府"], "scheduled"),
        (7, ["市城市管理局"], [], "scheduled"),
    ]


def test_handed_up_or_a_name_opening_with_jiao_is_no_hand_over():
    """Guards: ``已提交市生态环境局研究`` (handed up for study) is no task; ``交通运输部门要加强配合`` (a kind of body
    whose name opens with 交) asks no unit; as before."""
    body = (
        "一、关于供水问题。交通运输部门要加强配合，市水务集团负责，于2026年5月底前办结。\n\n"
        "二、关于噪声扰民问题。已提交市生态环境局研究，2026年4月10日前反馈。"
    )
    assert _read(body) == [(5, ["市水务集团"], [], "scheduled")]


_TAB_HEADER = "附件\n\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"


def test_a_tab_row_wrapped_in_every_column_is_one_task():
    """A sheet's row pasted as text, wrapped onto a line of no number whose 配合单位 cell goes on with the cell above
    left open (``市住房城乡建设局、`` / ``市城市管理局``): one task, its words and partners joined; before, the line
    was a task of its own, under the lead merged down from above (round 54's second row)."""
    rows = (
        "1\t开展管网漏损普查和主动检漏，建立\t市水务集团\t市住房城乡建设局、\t每季度\n"
        "\t漏损台账\t\t市城市管理局\t\n"
        "2\t建设管网分区计量区域50个\t市水务集团\t—\t2026年9月底前\n"
    )
    assert _read(_TAB_HEADER + rows, path="x.txt") == [
        (10, ["市水务集团"], ["市住房城乡建设局", "市城市管理局"], "ongoing"),
        (12, ["市水务集团"], [], "scheduled"),
    ]


def test_a_second_row_under_a_merged_number_is_still_its_own_task():
    """Guard (round 54): a row of no number with its own task, partners and date under a row whose cells are
    closed is a second task under the 序号 and lead merged down, as before."""
    rows = "1\t开展管网漏损普查\t市水务集团\t市住房城乡建设局\t每季度\n\t建立漏损台账\t\t市城市管理局\t2026年6月底前\n"
    assert _read(_TAB_HEADER + rows, path="x.txt") == [
        (10, ["市水务集团"], ["市住房城乡建设局"], "ongoing"),
        (11, ["市水务集团"], ["市城市管理局"], "scheduled"),
    ]


def test_the_doer_named_first_with_its_partner_after_leads():
    """``A具体承办，B配合`` and ``A具体实施，B配合`` opening a sentence (or after a leader's ``副县长王某某牵头``), no
    unit before: A (the doer, the task's only role) leads, B supports, as ``A具体负责，B配合`` reads (round 45's
    leader); before, both led (the clause's verb closed no lead's clause, and the item's units were read as a list),
    or, after the leader, no task."""
    body = (
        "## 一、重点任务\n\n"
        "1.推进招商引资。县商务局具体承办，县发展和改革局配合，2026年12月底前完成。\n\n"
        "2.推进园区建设。县工业园区管委会具体实施，县自然资源局配合，2026年9月底前完成。\n\n"
        "3.推进项目建设。副县长王某某牵头，县发展和改革局具体承办，县财政局配合，2026年10月底前完成。"
    )
    assert _read(body) == [
        (7, ["县商务局"], ["县发展和改革局"], "scheduled"),
        (9, ["县工业园区管委会"], ["县自然资源局"], "scheduled"),
        (11, ["县发展和改革局"], ["县财政局"], "scheduled"),
    ]


def test_a_doer_after_a_lead_or_a_modal_subject_still_supports():
    """Guards: ``A牵头，B具体实施`` (round 34) and ``各师要落实…主体责任，第一师、第十四师具体实施`` (round 42 left4/07): the
    doers after the lead's clause support, as before."""
    body = (
        "## 一、重点任务\n\n"
        "1.推进招商引资。县商务局牵头，县发展和改革局具体实施，2026年12月底前完成。\n\n"
        "2.开展灌区现代化改造。实施灌区改造项目。各师要落实项目建设主体责任，第一师、第十四师具体实施。"
    )
    assert [row[1:3] for row in _read(body)] == [
        (["县商务局"], ["县发展和改革局"]),
        (["各师"], ["第一师", "第十四师"]),
    ]


def test_a_rectification_lists_partner_label():
    """``整改配合单位：`` beside ``整改牵头单位：`` (round 32's label) names the partners; before, they were lost
    (no label: the line was the task's words)."""
    body = (
        "问题二：部分餐饮场所未安装燃气报警装置\n整改措施：督促安装。\n整改牵头单位：区市场监管局\n"
        "整改配合单位：各街道办事处\n整改时限：2026年6月底前\n"
    )
    assert _texts(_NOTICE + body) == [(14, "部分餐饮场所未安装燃气报警装", ["区市场监管局"])]
    [measure] = [m for w in parse_document(_NOTICE + body, path="x.txt").workplans for m in w.measures]
    assert [u.raw for u in measure.supports] == ["各街道办事处"]

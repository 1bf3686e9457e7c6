"""Round 62, left30: round 61's left-overs and their neighbours as offices write them (a covering notice's points
titled as safeguards in other words, task words after a partner's verb in a labelled field, ``A、B分别办理…有关手续``
inside a clause, a 会同 list closed by 实行, a work field's points with a blank line before the unit field): the
rules the plans of tests/fixtures/round62/left30 asked for, each with its guards (docs/round62_left30.md)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import county_plan_rows


def _roles(items: str, heading: str = "一、重点任务") -> list[tuple]:
    return [(leads, supports, date) for _, leads, supports, date in county_plan_rows(items, heading)]


def _texts(text: str) -> list[tuple]:
    doc = parse_document(text, path="plan.txt")
    return [(m.line, m.text[:8], [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures]


# ---- a covering notice's point titled as a safeguard in other words -------------------------------------------------

_NOTICE = (
    "某县人民政府办公室关于印发某县2026年春播工作方案的通知\n\n各乡镇人民政府，县政府有关部门：\n\n"
    "现将方案印发给你们，并就有关事项通知如下：\n\n"
    "一、{first}县农业农村局要发挥牵头抓总作用，加强统筹协调；各乡镇要落实属地责任，将面积分解到村。\n\n"
    "二、{second}县政府督查室要将春播任务纳入年度督查计划，定期调度进展。\n\n"
    "三、{third}县融媒体中心要及时宣传好经验、好做法。\n\n"
    "某县人民政府办公室\n\n2026年2月27日\n\n某县2026年春播工作方案\n\n一、重点工作\n\n"
    "（一）推进高标准农田建设。完成新建2万亩。（牵头单位：县农业农村局；配合单位：县财政局）\n"
)


def test_a_notices_points_titled_as_safeguards_in_other_words_assign_no_task():
    # before: three false tasks, led by 县农业农村局 (各乡镇 supporting), 县政府督查室 and 县融媒体中心
    text = _NOTICE.format(first="压实工作责任。", second="抓好督促落实。", third="注重宣传引导。")
    assert _texts(text) == [(21, "推进高标准农田建", ["县农业农村局"])]
    text = _NOTICE.format(first="压实责任。", second="狠抓工作落实。", third="注重宣传引导。")
    assert _texts(text) == [(21, "推进高标准农田建", ["县农业农村局"])]


def test_a_safeguard_points_subject_working_with_another_keeps_its_task():
    # guard: 与 names a partner, as under a 保障措施 heading (round 40)
    text = _NOTICE.format(first="压实工作责任。", second="抓好督促落实。", third="注重宣传引导。").replace(
        "县政府督查室要将春播任务", "县政府督查室要加强与县纪委监委的协作，将春播任务"
    )
    doc = parse_document(text, path="plan.txt")
    got = [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]
    assert got[0] == (9, ["县政府督查室"], ["县纪委监委"])


def test_points_titled_as_work_keep_their_subjects_tasks():
    # guards: 抓好 / 压实 / 加强 opening the work's own title (抓好春耕备耕, 压实企业主体责任, 加强宣传阵地建设), and
    # 加强宣传引导, a plan's task of publicity (round 40 fresh/05: 各村（社区）要… leads beside the units with 负责)
    items = (
        "（一）抓好春耕备耕。县农业农村局要组织农技人员开展指导，2026年3月底前完成。\n\n"
        "（二）压实企业主体责任。县应急管理局要督促企业开展隐患自查，2026年6月底前完成。\n\n"
        "（三）加强宣传阵地建设。县融媒体中心要建设新媒体矩阵，2026年9月底前完成。"
    )
    assert _roles(items) == [
        (["县农业农村局"], [], "2026-03"),
        (["县应急管理局"], [], "2026-06"),
        (["县融媒体中心"], [], "2026-09"),
    ]
    items = "（一）加强宣传引导。镇宣传办、镇妇联负责组织开展宣传。各村（社区）要将垃圾分类纳入村规民约。"
    assert _roles(items) == [(["镇宣传办", "镇妇联", "各村（社区）"], [], None)]


# ---- task words after a partner's verb in a labelled field ----------------------------------------------------------

_PROBLEM = "（一）农民工工资支付监管存在薄弱环节。\n整改措施：{units}\n整改时限：2026年7月底前"


def test_the_words_after_a_partners_verb_in_a_field_are_the_work():
    # before: 完善监控预警平台 (and 对未落实… after it) led beside 县人社局
    items = _PROBLEM.format(units="责任部门为县人社局，县住建局协助，完善监控预警平台，对未落实的项目限期整改。")
    assert _roles(items) == [(["县人社局"], ["县住建局"], "2026-07")]
    items = _PROBLEM.format(units="牵头部门为县水利局，县卫健局、县市场监管局配合，全面开展水质检测。")
    assert _roles(items) == [(["县水利局"], ["县卫健局", "县市场监管局"], "2026-07")]
    items = _PROBLEM.format(units="责任部门为县教育局，县公安局协助，全面排查校外培训机构")  # one clause, no 。
    assert _roles(items) == [(["县教育局"], ["县公安局"], "2026-07")]


def test_units_after_a_partners_verb_in_a_field_read_as_before():
    # guards: a unit after the partner (a third body), a body with a duty of its own after it, and the words opening
    # with a known verb (round 40) read as before
    items = _PROBLEM.format(units="责任部门为县人社局，县住建局协助，县财政局。")
    assert _roles(items) == [(["县人社局", "县财政局"], ["县住建局"], "2026-07")]
    items = _PROBLEM.format(units="责任部门为县人社局，县住建局协助，推行工资专户制度。")
    assert _roles(items) == [(["县人社局"], ["县住建局"], "2026-07")]


# ---- 分别办理 inside its clause, its object after it --------------------------------------------------------------


def test_units_handling_their_parts_apart_lead_it():
    # before: no task (分别办理 read only closing its clause, round 61)
    items = (
        "（一）加快用地用林报批。县自然资源局、县林业局分别办理建设用地预审和使用林地审核有关手续，2026年6月底前完成。"
    )
    assert _roles(items) == [(["县自然资源局", "县林业局"], [], "2026-06")]


def test_a_collective_handling_its_part_apart_names_no_task():
    # guards: a collective, no unit named (round 61's guard, its object after it now), and one under a safeguard
    assert _roles("（一）加快报批。各乡镇分别办理建设用地有关手续。") == []
    items = "（一）强化要素保障。县财政局安排经费，各乡镇要分别办理辖区内项目的群众工作有关事项。"
    assert _roles(items, "一、保障措施") == []


# ---- a 会同 list closed by 实行 -------------------------------------------------------------------------------------


def test_a_partner_list_after_with_ends_at_shixing():
    # before: 县财政局实行项目联审 was no name, the partner lost
    items = "（一）加快项目立项审批。县发展和改革局会同县财政局实行项目建议书、可研报告联审，2026年6月底前完成。"
    assert _roles(items) == [(["县发展和改革局"], ["县财政局"], "2026-06")]


# ---- a work field's points with a blank line before the unit field -------------------------------------------------

_FIELDS = (
    "某县2026年民生服务提升计划\n\n一、重点任务\n\n（一）建设社区托育服务点\n　　1.工作内容：\n"
    "　　（1）新建托育服务点8个；\n　　（2）对托育机构给予建设补助。\n{gap}　　2.牵头单位：县卫生健康局\n"
    "　　3.配合单位：县财政局\n　　4.完成时限：2026年11月底前\n"
)


def test_a_work_fields_points_with_a_blank_line_before_the_units_are_its_value():
    # before: the last point (对托育机构…) was the task's text when a blank line came before 2.牵头单位
    assert _texts(_FIELDS.format(gap="\n")) == [(10, "建设社区托育服务", ["县卫生健康局"])]
    assert _texts(_FIELDS.format(gap="")) == [(9, "建设社区托育服务", ["县卫生健康局"])]


# ---- a sheet per lead, its tab the lead's short form spelled out in the workbook -------------------------------------


def _sheet_leads(key: str) -> list[tuple]:
    from reformgraph.errors import DocumentError
    from reformgraph.loaders.sheets import document_from_sheets

    notes = [["某市2026年重点任务清单填报说明"], [f"1.本清单按牵头单位分表。2.工作表名称为牵头单位简称：{key}。"]]
    tasks = [
        ["某市2026年重点任务清单", None, None],
        ["序号", "重点任务", "配合单位", "完成时限"],
        ["1", "建立重大项目储备库，滚动储备项目500个以上。", "市财政局", "2026年6月底前"],
    ]
    try:
        doc = document_from_sheets([("填报说明", notes), ("发改", tasks)], path="p.xlsx", key="p", sha256="")
    except DocumentError:  # no sheet read as a task table
        return []
    return [([u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def test_a_sheet_named_by_its_leads_short_form_spelled_out_takes_that_lead():
    # before: no lead, the sheet's tasks lost (发改 names no unit)
    assert _sheet_leads("发改：市发展改革委；工信：市工业和信息化局") == [(["市发展改革委"], ["市财政局"])]
    assert _sheet_leads("发改（市发展改革委）") == [(["市发展改革委"], ["市财政局"])]


def test_a_short_form_spelled_out_as_no_unit_or_inside_a_word_gives_no_lead():
    # guards: the words after it name no unit (发改：负责汇总), the short form inside a longer word (市发改委办公室)
    assert _sheet_leads("发改：负责汇总") == []
    assert _sheet_leads("由市发改委办公室汇总") == []

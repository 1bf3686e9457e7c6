"""Round 64, heldfix64: the layouts held-out plans 29, 30 and 33 were missed by, each rule with its guards
(docs/round64_heldfix64.md)."""

from __future__ import annotations

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from reformgraph.loaders.unit_lists import read_units
from tests.support.readings import numbered_rows


def _rows(text: str, chars: int = 8) -> list[tuple]:
    try:
        return numbered_rows(parse_document(text, path="plan.txt"), chars, "raw")
    except DocumentError:
        return []  # no task at all: the plan is rejected


def _units(rows: list[tuple]) -> list[tuple]:
    return [(row[2], row[3]) for row in rows]


# ---- numbered duties closed by a half-width `;` under a unit's heading ----------------------------------------------

_DUTIES = (
    "某县乡镇应急管理工作实施意见\n\n三、工作职责\n\n（一）镇应急管理办公室\n\n"
    "1.组织开展本镇安全生产检查，督促整改隐患;\n\n"
    "{second}\n\n"
    "3.根据县应急管理局要求，做好其他应急工作。\n\n"
    "（二）村应急服务站\n\n1.落实村级应急值守。\n\n四、保障措施\n\n各镇要加强保障。\n"
)


def test_a_duty_closed_by_a_half_width_semicolon_is_no_sub_heading_over_partner_work():
    # before: `2.协助开展…;` (short, closed by `;`, not `；`) was read as a 协助 sub-heading, and the duties after it
    # as the partner work of other units: duties 2 and 3 lost
    rows = _rows(_DUTIES.format(second="2.协助开展事故调查处理工作;"))
    assert [(row[0], row[1][:4]) for row in rows] == [
        (7, "组织开展"),
        (9, "协助开展"),
        (11, "根据县应"),
        (15, "落实村级"),
    ]
    assert _units(rows)[:3] == [(["镇应急管理办公室"], [])] * 3


def test_a_partner_work_sub_heading_still_opens_no_duty_of_the_heading_unit():
    # guard: a sub-heading with no sentence end (（一）配合工作) still leaves the items under it as they are
    text = (
        "某县乡镇应急管理工作实施意见\n\n三、工作职责\n\n（一）镇应急管理办公室\n\n1.组织开展本镇安全生产检查;\n\n"
        "2.配合工作\n\n（1）协助开展事故调查。\n\n四、保障措施\n\n各镇要加强保障。\n"
    )
    assert [row[0] for row in _rows(text)] == [7]


# ---- a duty's 会同 partner under its heading's unit ---------------------------------------------------------------------


def test_a_duty_with_no_subject_of_its_own_supports_its_heading_unit_by_its_partner_after_wei_tong():
    # before: the duty was its heading unit's alone, 县住房城乡建设局 (its 会同 partner) lost
    rows = _rows(_DUTIES.format(second="2.督促在建工程落实防汛措施，对不落实的，会同县住房城乡建设局依法责令整改;"))
    assert _units(rows)[1] == (["镇应急管理办公室"], ["县住房城乡建设局"])


def test_a_wei_tong_with_no_unit_after_it_adds_no_partner():
    # guard: 会同 before work, or the 会 of a committee that agreed, names no partner
    for second in ("2.会同推进隐患整改工作;", "2.经县安委会同意后，组织开展联合检查;"):
        assert _units(_rows(_DUTIES.format(second=second)))[1] == (["镇应急管理办公室"], [])


# ---- a level's word alone after 由, before its role verb -------------------------------------------------------------

_MECHANISM = "某区城市运行管理工作方案\n\n一、工作机制\n\n{para}\n\n二、工作要求\n\n各单位要认真落实。\n"


def test_you_jiedao_qiantou_names_the_street_offices_of_the_plan():
    # before: 街道 alone (a street, too) was no unit name, and the paragraphs no task
    rows = _rows(_MECHANISM.format(para="1.规范流程。依托平台，由街道牵头建立协作处置机制，完善处置程序。"))
    assert _units(rows) == [(["街道"], [])]
    rows = _rows(_MECHANISM.format(para="2.分级督办。其他需督办的隐患单位，由街道负责挂牌督办。"))
    assert _units(rows) == [(["街道"], [])]


def test_a_street_office_taken_up_from_a_rule_for_residents_or_a_street_leads_nothing():
    # guards: 应当告知所在地街道，由街道负责… (the office of wherever a case arises, held-out 26 line 48); a street's
    # sides (街道两侧由环卫所负责…: the 由 clause's units are read as before); 由街道报…核定 (no role verb)
    assert (
        _rows(_MECHANISM.format(para="2.装修垃圾。无法设置堆放点的，应当告知所在地街道，由街道负责指定堆放场所。"))
        == []
    )
    assert (
        _rows(_MECHANISM.format(para="2.装修垃圾。装修垃圾应投放在堆放点，无法设置的，由街道负责指定堆放场所。")) == []
    )
    rows = _rows(_MECHANISM.format(para="1.加强保洁。街道两侧由区环卫所负责保洁。"))
    assert _units(rows) == [(["区环卫所"], [])]
    assert _rows(_MECHANISM.format(para="2.分级督办。由街道报区安委会核定后，报请区政府挂牌督办。")) == []


def test_you_a_qiantou_b_names_b_its_partner():
    # before: 由A牵头B协同配合 read A alone (A牵头B… without 由 read B as its partner)
    rows = _rows(_MECHANISM.format(para="1.联合执法。由区城管执法局牵头相关部门协同配合、联合执法。"))
    assert _units(rows) == [(["区城管执法局"], ["相关部门"])]
    rows = _rows(_MECHANISM.format(para="1.联合执法。由区城管执法局牵头区公安分局开展联合检查。"))
    assert _units(rows) == [(["区城管执法局"], ["区公安分局"])]


def test_you_a_qiantou_before_work_names_no_partner():
    # guard: the words after 牵头 are work, not units
    rows = _rows(_MECHANISM.format(para="1.联合执法。由区城管执法局牵头建立联合执法机制。"))
    assert _units(rows) == [(["区城管执法局"], [])]


def test_a_wei_tong_list_ends_before_yifa_or_baozhang():
    # before: 会同A依法责令…, 会同A保障… found no end of the list, and A was lost
    rows = _rows(_MECHANISM.format(para="1.转移安置。由县民政局会同县应急管理局保障安置点基本生活物资。"))
    assert _units(rows) == [(["县民政局"], ["县应急管理局"])]
    # guard: a name holding 保障 is kept whole
    rows = _rows(_MECHANISM.format(para="1.就业培训。由县民政局会同县人力资源和社会保障局开展技能培训。"))
    assert _units(rows) == [(["县民政局"], ["县人力资源和社会保障局"])]


# ---- 委、办、局: one collective written with 、 ---------------------------------------------------------------------


def test_wei_ban_ju_written_with_dunhao_is_one_collective():
    # before: 相关委, 办 and 局 (three pieces, two of them no name)
    for text, want in (
        ("各街道、相关委、办、局", ["各街道", "相关委、办、局"]),
        ("区交通委、有关委、办、局", ["区交通委", "有关委、办、局"]),
        ("市政府各委、办、局", ["市政府各委、办、局"]),
        ("各委、办", ["各委、办"]),
    ):
        assert [u.name for u in read_units(text, 0, len(text))] == want
    # and before the list's role verb
    units = read_units("区财政局、各委、办、局配合", 0, 14)
    assert [(u.name, u.role) for u in units] == [("区财政局", "support"), ("各委、办、局", "support")]


def test_a_name_after_a_wei_is_no_bare_ban():
    # guard: 办公室 after a 委 is a name of its own
    assert [u.name for u in read_units("区发展改革委、办公室", 0, 10)] == ["区发展改革委", "办公室"]


_FLAT = (
    "某区2026年重点任务清单\n\n序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n"
    "1\n\n建立项目储备库，形成年度清单。\n\n区房管局\n\n{lead}\n\n{support}\n\n"
    "2\n\n开展绩效评价，评价结果纳入考核。\n\n区财政局\n\n区房管局\n"
)


def test_a_wrapped_unit_cell_ending_in_wei_ban_ju_is_one_cell():
    # before: `相关委、办、局` was no unit line, and the row's 配合 cell lost it
    rows = _rows(
        _FLAT.format(lead="各街道、", support="相关委、办、局").replace("区房管局\n\n各街道、", "区房管局\n\n各街道、")
    )
    assert _units(rows)[0] == (["区房管局"], ["各街道", "相关委、办、局"])


# ---- a collective on both sides of a row ----------------------------------------------------------------------------


def test_a_collective_in_both_cells_of_a_row_is_kept_on_both_sides():
    # before: 各街道 as a support was dropped as a repeat of the lead
    rows = _rows(
        _FLAT.format(lead="各街道", support="区规划资源局、各街道").replace(
            "区房管局\n\n各街道\n", "区房管局、\n各街道\n"
        )
    )
    assert _units(rows)[0] == (["区房管局", "各街道"], ["区规划资源局", "各街道"])


def test_a_named_body_in_both_cells_is_read_once():
    # guard: one body written twice is one body
    rows = _rows(
        _FLAT.format(lead="区财政局", support="区财政局、区规划资源局").replace(
            "区房管局\n\n区财政局\n", "区房管局、\n区财政局\n"
        )
    )
    assert _units(rows)[0] == (["区房管局", "区财政局"], ["区规划资源局"])


# ---- a cited plan's period ------------------------------------------------------------------------------------------


def test_a_plan_period_after_a_plans_name_is_no_deadline():
    # before: read as the task's deadline (2035-12)
    for text in (
        "与区国土空间总体规划（2021-2035年）相衔接，编制专项规划。",
        "将工作与市级消防专项规（2022-2035年）同步规划、同步实施。",  # the name cut short after its 规 (held-out 30)
        "制定本实施方案（2023-2030年）。",
    ):
        assert text_deadline(text).raw is None


def test_a_tasks_own_span_in_brackets_is_still_its_deadline():
    # guard: the span closes the task's own words, after no plan's name
    assert text_deadline("完成管网改造（2023-2025年）。").date == "2025-12"
    assert text_deadline("实施三年行动（2023-2025年），完成改造。").date == "2025-12"


# ---- 到“十四五”末 -------------------------------------------------------------------------------------------------


def test_dao_before_a_five_year_plans_end_is_kept():
    # before: `“十四五”末`, without its 到
    assert text_deadline("建设平台，到“十四五”末，实现全覆盖。").raw == "到“十四五”末"
    assert text_deadline("至“十五五”末建成50个空间。").raw == "至“十五五”末"


def test_a_five_year_plans_period_is_read_as_before():
    # guard: 期间 (no 到 taken before it), the end alone
    assert text_deadline("到“十四五”期间完成。").raw == "“十四五”期间"
    assert text_deadline("推进“十四五”末期项目。").raw == "“十四五”末"


# ---- a heading over named points closed by one parenthetical --------------------------------------------------------

_POINTS = (
    "# 某区文化服务实施方案\n\n## 一、主要任务\n\n"
    "（一）完善设施网络。建设一批城市书房。（牵头单位：区文化旅游局；配合单位：各街镇）\n\n"
    "（二）打造三大文化品牌\n\n{a}：开展读书月活动。\n\n{b}：组建群众文艺团队。\n\n"
    "{c}：开设公益文化培训课程。（牵头单位：区文化旅游局；配合单位：区教育局）\n\n"
    "（三）推进数字化建设。建设服务平台。（牵头单位：区文化旅游局；配合单位：区大数据中心）\n\n"
    "## 二、保障措施\n\n各街镇要落实属地责任。\n"
)


def test_a_heading_over_named_points_titles_the_task_their_parenthetical_closes():
    # before: the text began at the last point (乐享品牌：…): named points were read as the task's fields, and the
    # next item of the heading's list (（三）…) as a later task under it
    rows = _rows(_POINTS.format(a="书香品牌", b="艺韵品牌", c="乐享品牌"), 6)
    assert [(row[0], row[1]) for row in rows] == [(5, "完善设施网络"), (13, "打造三大文化"), (15, "推进数字化建")]


def test_a_heading_over_a_tasks_fields_is_read_as_before():
    # guard: 工作目标：/ 具体措施：/ 工作内容： are the task's fields, no named points
    rows = _rows(_POINTS.format(a="工作目标", b="具体措施", c="工作内容"), 6)
    assert [(row[0], row[1]) for row in rows][1] == (13, "开设公益文化")


# ---- one-paragraph lead cells in a table writing its empty cells as — ------------------------------------------------

_DIVISIONS = (
    "某市水务局2026年度重点工作任务分解表\n\n序号\n\n重点工作\n\n牵头处室\n\n配合处室\n\n2026年目标\n\n"
    "1\n\n推进排水管网改造\n\n排水管理处\n\n{empty}完成改造200处。\n\n"
    "2\n\n开展河湖健康评价\n\n河湖管理处\n\n水资源处\n\n水土保持处\n\n完成32条河道评价。\n"
)


def test_unit_lines_beyond_the_columns_are_the_support_cells_when_empty_cells_are_written():
    # before: 河湖管理处 and 水资源处 read as two leads (a lead cell of two paragraphs)
    rows = _rows(_DIVISIONS.format(empty="—\n\n"))
    assert _units(rows) == [(["排水管理处"], []), (["河湖管理处"], ["水资源处", "水土保持处"])]


def test_a_table_writing_no_empty_cell_keeps_extra_lines_in_the_lead_cell():
    # guard: nothing shows the split (held-out 24's table): the first cell takes the extra lines, as before
    rows = _rows(_DIVISIONS.format(empty=""))
    assert _units(rows)[1] == (["河湖管理处", "水资源处"], ["水土保持处"])


# ---- the signature under a flattened table --------------------------------------------------------------------------


def test_the_issuer_and_date_under_the_last_row_are_no_unit_cell():
    # before: the issuer was read as the last row's third unit cell, its lead cell made two
    text = _FLAT.format(lead="各街道", support="区规划资源局") + "\n安澜区人民政府办公室\n\n2026年2月27日印发\n"
    assert _units(_rows(text))[1] == (["区财政局"], ["区房管局"])


def test_a_date_cell_after_the_last_rows_unit_is_its_deadline():
    # guard: a table with a 完成时限 column: the date is the last row's cell
    text = (
        "某区2026年重点任务清单\n\n序号\n\n重点任务\n\n牵头单位\n\n完成时限\n\n"
        "1\n\n建立项目储备库。\n\n区房管局\n\n2026年3月31日\n\n2\n\n开展绩效评价。\n\n区财政局\n\n2026年12月31日\n"
    )
    rows = _rows(text)
    assert [(row[2], row[4]) for row in rows] == [(["区房管局"], "2026年3月31日"), (["区财政局"], "2026年12月31日")]

"""Round 79 left49: what round 78 left unread in held-out 92 (tests/fixtures/heldout, a district's 建筑垃圾 实施意见)
and in the written plans' Left lines, read by general rules, and plans of our own in the forms offices use
(tests/fixtures/round79/left49), read by hand before the parser ran. The rules, tested here in words of our own with
their guards:

- a department type the plan defines as a list of named bodies (``建设主管部门包括A、B、C。``, ``本细则所称X，是指…``) is a
  unit a paragraph opens with (``prose._definitions``); a 专班's name ends in 班 (``区土方工作专班根据…``);
- a paragraph of a section divided by agency over ``一是``, ``二是``… paragraphs gives them its units, a task each, and
  is no task itself (``tasklist._steps_below``);
- a table flattened one cell a paragraph whose rows open with their 序号 cell: the cells before it are the group's
  number and title, no task's text (``flat_tables._number_cell``); a lead cell written empty (``——``) before the
  partners' cell: the row names partners and no lead (``flat_tables._empty_lead_cell``);
- a group leader's line over the deadline's line with no members' line (``组长单位：A`` / ``完成时限：…``), or after the
  members' line (``成员单位：B`` / ``组长单位：A``): A leads (``assignments._label_runs``);
- an "as of" date over a clause stating what is (``截至2025年底，全县尚有…``) dates nothing
  (``text_deadlines.states_as_of``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases, measures
from support.readings import plan_unit_lines, plan_unit_lines_dated

from reformgraph.errors import DocumentError
from reformgraph.loaders.read import parse_text

FOLDER = Path(__file__).parent / "fixtures" / "round79" / "left49"


def _read(text: str, chars: int = 8) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [
        (m.line, m.text[:chars], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw)
        for m in measures(doc)
    ]


def _rules(definition: str, first: str, second: str = "县水利局负责河道疏浚日常管理。") -> str:
    """A county's 细则: a definition, then a heading over nested titles over paragraphs (from line 11)."""
    return (
        f"某县管理细则\n\n一、概念定义\n\n{definition}\n\n二、处置体系具体操作要求\n\n（一）提升消纳能力\n\n"
        f"1.拓展消纳空间\n\n{first}\n\n2.加强河道监管\n\n{second}\n\n县交通运输局对运输车辆加强检查。\n"
    )


# ---- a department type the plan defines, a 专班 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "definition",
    ["建设主管部门包括县住建局、县交通运输局、县水利局。", "本细则所称建设主管部门，是指县住建局、县交通运输局。"],
)
def test_a_type_the_plan_defines_as_its_bodies_opens_a_paragraph(definition: str) -> None:
    # before: 建设主管部门 (a type, and 建设 a verb) opened no paragraph; the section read one title of two
    text = _rules(definition, "建设主管部门督促施工单位编制处置方案并报县城管局备案。")
    assert _read(text) == [
        (13, "拓展消纳空间建设", ["建设主管部门"], [], None),
        (17, "县水利局负责河道", ["县水利局"], [], None),
        (19, "县交通运输局对运", ["县交通运输局"], [], None),
    ]


@pytest.mark.parametrize(
    "definition",
    [
        "本细则所称建设工程，是指房屋建筑和市政基础设施工程。",  # a definition of no body
        "建设主管部门包括行业管理部门。",  # a definition naming no body
        "行业主管部门包括县住建局、县交通运输局。",  # another type defined
    ],
)
def test_guard_a_type_the_plan_does_not_define_as_bodies_opens_nothing(definition: str) -> None:
    # the title's paragraph is no task (and the section no division by agency: only the role word reads)
    text = _rules(definition, "建设主管部门督促施工单位编制处置方案并报县城管局备案。")
    assert [row[0] for row in _read(text)] == [17]


def test_a_task_forces_name_opens_a_paragraph() -> None:
    # before: 专班 ended no name a paragraph opens with (held-out 92 line 122)
    text = _rules("本细则自印发之日起施行。", "县土方调度专班根据全县开发计划，每半年编制一次消纳计划。")
    assert _read(text) == [
        (13, "拓展消纳空间县土", ["县土方调度专班"], [], "每半年"),
        (17, "县水利局负责河道", ["县水利局"], [], None),
        (19, "县交通运输局对运", ["县交通运输局"], [], None),
    ]


def test_guard_a_task_force_named_as_work_is_no_name() -> None:
    text = _rules("本细则自印发之日起施行。", "加强专班建设，统筹推进消纳空间拓展。")
    assert [row[0] for row in _read(text)] == [17]


# ---- an intro over 一是, 二是… paragraphs -------------------------------------------------------------------------


def _steps(steps: str) -> str:
    return _rules(
        "本细则自印发之日起施行。",
        "县住建局根据全县开发计划拓展消纳空间。",
        f"各乡镇应加强河道的属地监督管理，负责辖区内河道日常巡查工作。\n\n{steps}",
    )


def test_steps_under_an_intro_are_its_units_tasks() -> None:
    # before: the intro read as a task, the steps none (held-out 92 lines 232-240)
    text = _steps(
        "一是排摸河道倾倒点位，报县水利局建立台账。\n\n二是做好沿河巡查和劝阻工作。\n\n三是每月上报巡查情况。"
    )
    assert _read(text) == [
        (13, "拓展消纳空间县住", ["县住建局"], [], None),
        (19, "一是排摸河道倾倒", ["各乡镇"], [], None),
        (21, "二是做好沿河巡查", ["各乡镇"], [], None),
        (23, "三是每月上报巡查", ["各乡镇"], [], "每月"),
        (25, "县交通运输局对运", ["县交通运输局"], [], None),
    ]


def test_a_step_naming_its_own_roles_reads_them() -> None:
    text = _steps("一是排摸河道倾倒点位，由县水利局牵头建立台账。\n\n二是做好沿河巡查和劝阻工作。")
    assert _read(text) == [
        (13, "拓展消纳空间县住", ["县住建局"], [], None),
        (19, "一是排摸河道倾倒", ["县水利局"], [], None),
        (21, "二是做好沿河巡查", ["各乡镇"], [], None),
        (23, "县交通运输局对运", ["县交通运输局"], [], None),
    ]


@pytest.mark.parametrize(
    "steps",
    [
        "一是排摸河道倾倒点位，报县水利局建立台账。",  # one step alone: no list of steps
        "二是排摸河道倾倒点位。\n\n三是做好沿河巡查和劝阻工作。",  # no list from its first step
    ],
)
def test_guard_no_list_of_steps_leaves_the_intro_a_task(steps: str) -> None:
    assert (17, "各乡镇应加强河道", ["各乡镇"], [], None) in _read(_steps(steps))


# ---- a flattened table's 序号 cell and an empty lead cell ---------------------------------------------------------

_HEADER = "某区任务分工表\n\n序号\n\n工作任务\n\n主要工作内容\n\n牵头单位\n\n配合单位\n\n"


def test_a_rows_number_cell_opens_it_past_its_groups_cells() -> None:
    # before: the group's number and title and the row's long 工作任务 cell (with 、) read into the task's text
    text = _HEADER + (
        "一\n\n构建全链条闭环管理体系\n\n（一）\n\n落实处置方案备案、核准和监督管理\n\n严格落实处置方案备案制度。\n\n区城管局\n\n区住建局\n\n"
        "（二）\n\n推进运输车辆密闭化、智能化改造\n\n完成全区运输车辆改造。\n\n区交通委\n\n区公安分局\n"
    )
    assert _read(text, 12) == [
        (23, "严格落实处置方案备案制度", ["区城管局"], ["区住建局"], None),
        (33, "完成全区运输车辆改造。", ["区交通委"], ["区公安分局"], None),
    ]


def test_an_empty_lead_cell_before_the_partners_names_no_lead() -> None:
    # before: the partners' cell read as the lead's, a line late (held-out 92 line 762)
    text = _HEADER + (
        "（一）\n\n推进平台建设\n\n完成监管平台建设。\n\n区数据局\n\n——\n\n（二）\n\n运用平台研判\n\n根据职能处置平台推送的线索。\n\n"
        "——\n\n区城管局、区住建局\n"
    )
    assert _read(text, 12) == [
        (19, "完成监管平台建设。", ["区数据局"], [], None),
        (29, "根据职能处置平台推送的线", [], ["区城管局", "区住建局"], None),
    ]


# ---- a group leader's line alone, or after the members' -------------------------------------------------------------


def test_a_group_leaders_line_over_the_deadlines_line_leads() -> None:
    # before: 组长单位 was looked for only over a 成员单位 line; the task was lost
    text = "某区方案\n\n一、重点任务\n\n1．建立评估机制。\n组长单位：区数据局\n完成时限：2026年11月底前\n"
    assert plan_unit_lines_dated(text) == [(6, ["区数据局"], [], "2026-11", "scheduled")]


def test_a_group_leaders_line_after_the_members_line_leads() -> None:
    # before: the members led
    text = (
        "某区方案\n\n一、重点任务\n\n1．开展专项督查。\n成员单位：区纪委监委、区委组织部\n组长单位：区政府督查室\n"
        "完成时限：2026年9月底前\n"
    )
    assert plan_unit_lines_dated(text) == [(6, ["区政府督查室"], ["区纪委监委", "区委组织部"], "2026-09", "scheduled")]


def test_guard_a_group_leader_who_is_a_person_leads_nothing() -> None:
    # guards: 组长 naming a person over the deadline's line or after the members'; the members lead as before
    text = (
        "某区方案\n\n一、重点任务\n\n1．建立评估机制。\n组长：张某某\n完成时限：2026年11月底前\n\n"
        "2．开展专项督查。\n成员单位：区纪委监委、区委组织部\n组长：李某某\n"
    )
    assert plan_unit_lines(text) == [(10, ["区纪委监委", "区委组织部"], [])]


# ---- an as-of date over what is -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "state",
    ["截至2025年底，全县尚有危房120座未改造", "截至目前，已完成改造80座", "截至6月底，累计排查隐患35处"],
)
def test_an_as_of_date_over_what_is_dates_nothing(state: str) -> None:
    text = f"某县方案\n\n一、重点任务\n\n1．加快危房改造。{state}，县住建局负责加快推进。\n"
    assert plan_unit_lines_dated(text) == [(5, ["县住建局"], [], None, None)]


def test_the_tasks_own_date_after_an_as_of_state_is_its_deadline() -> None:
    text = "某县方案\n\n一、重点任务\n\n1．加快危房改造。截至2025年底，全县尚有危房120座，由县住建局负责在2026年6月底前完成改造。\n"
    assert plan_unit_lines_dated(text) == [(5, ["县住建局"], [], "2026-06", "scheduled")]


@pytest.mark.parametrize("target", ["截至2026年6月底前完成全部改造", "截至2026年底，全面完成危房改造"])
def test_guard_an_as_of_date_over_the_work_is_its_deadline(target: str) -> None:
    text = f"某县方案\n\n一、重点任务\n\n1．加快危房改造，县住建局负责，{target}。\n"
    assert [row[3:] for row in plan_unit_lines_dated(text)] == [
        ("2026-06" if "6月" in target else "2026-12", "scheduled")
    ]


# ---- the whole plans -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


# ---- a level's bodies closing the list a paragraph opens with ----------------------------------------------------


def test_a_levels_bodies_after_a_name_close_the_opening_list() -> None:
    # before: 和 before 属地街镇 / 各乡镇 kept the list open and no name closed it (held-out 92 line 248)
    text = _rules("本细则自印发之日起施行。", "县住建局和各乡镇按照全县开发计划拓展消纳空间。")
    assert _read(text)[0] == (13, "拓展消纳空间县住", ["县住建局", "各乡镇"], [], None)


def test_guard_a_level_inside_the_words_closes_no_list() -> None:
    # 各乡镇 followed by no verb: the words of the sentence, no list of its units
    text = _rules("本细则自印发之日起施行。", "县住建局和各乡镇村庄规划相衔接，拓展消纳空间。")
    assert _read(text) == [(17, "加强河道监管县水", ["县水利局"], [], None)]


# ---- an unnumbered table's deadline cell after its unit cells -------------------------------------------------------

_LIST = "某区任务清单\n\n序号\n任务名称\n任务内容\n责任单位\n配合单位\n完成时限\n"
_ROWS = (
    "宣传教育\n开展垃圾分类宣传培训。\n各街镇\n区绿化市容局\n2026年6月底前\n"
    "设施建设\n建成分类体验线路。\n区绿化市容局\n区商务委\n2026年9月底前\n"
    "执法检查\n开展分类执法检查。\n区城管执法局\n/\n长期坚持\n"
)
_READ = [
    ["各街镇"],
    ["区绿化市容局"],
    "2026年6月底前",
    ["区绿化市容局"],
    ["区商务委"],
    "2026年9月底前",
    ["区城管执法局"],
    [],
    "长期坚持",
]


@pytest.mark.parametrize("blank", [False, True])
def test_an_unnumbered_rows_deadline_cell_after_its_units(blank: bool) -> None:
    # before: a table with a column after its unit columns had no rows read by their shape (left48's Left); the
    # cells one a line (a PDF's text) or a blank line between them (a Word table pasted)
    text = _LIST + _ROWS
    if blank:
        text = text.replace("\n序号\n", "\n序号\n\n").replace("\n", "\n\n").replace("\n\n\n\n", "\n\n")
    got = _read(text, 9)
    assert [row[1] for row in got] == ["开展垃圾分类宣传培", "建成分类体验线路。", "开展分类执法检查。"]
    assert [x for row in got for x in row[2:]] == _READ


def test_guard_a_note_column_after_the_units_still_reads_no_rows() -> None:
    text = _LIST.replace("完成时限", "备注") + _ROWS
    with pytest.raises(DocumentError):
        _read(text)

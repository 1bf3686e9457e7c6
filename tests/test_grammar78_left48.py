"""Round 78 left48: what round 77 left unread (docs/loader.md, round 77's Left lines of left47, fresh77, provinces77 and
heldout22, and the strict xfails they left), read by general rules, and plans of our own in the forms offices use
(tests/fixtures/round78/left48), read by hand before the parser ran. The rules, tested here in words of our own with
their guards:

- the last partner after 会同 in a field's first clause ends where its work begins (``（牵头单位：A，会同B制定实施细则）``:
  B), in fields only (prose's 会同 list is cut by its own reader);
- a reporting rhythm after the lead in its field (``（牵头单位：A，并于每季度末报送…）``) is the task's time, as
  ``（牵头单位：A，每季度末报送…）`` reads (ongoing; a date scheduled);
- a group leader's field on a line of its own over a members' label line (``组长单位：A`` / ``成员单位：B``): A leads,
  B supports, as a 组长单位 column reads;
- a body a sentence sets up (``成立…专班，成员单位为A、B等单位，统筹推进…``) is no subject of the verb after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_unit_lines, plan_unit_lines_dated

FOLDER = Path(__file__).parent / "fixtures" / "round78" / "left48"


# ---- a partner after 会同 in a field, its work after it -------------------------------------------------------------


def test_a_partners_name_ends_where_its_work_begins() -> None:
    # before: 县供电公司制定实施细则 and 县财政局制定管理办法 read as names
    text = (
        "某县方案\n\n1.优化用电报装。（牵头单位：县发改局，会同县供电公司制定实施细则）\n"
        "2.规范资金使用。（牵头单位：县农业农村局，会同县财政局制定管理办法；完成时限：2026年6月底前）\n"
        "3.推进改革。【牵头单位】县司法局，会同县市场监管局编制检查清单【配合单位】各乡镇\n"
        "4.开展清洁行动。（牵头单位：县农业农村局，会同县环卫所制定村庄保洁考评办法）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (3, ["县发改局"], ["县供电公司"], None, None),
        (4, ["县农业农村局"], ["县财政局"], "2026-06", "scheduled"),
        (5, ["县司法局"], ["县市场监管局", "各乡镇"], None, None),
        (6, ["县农业农村局"], ["县环卫所"], None, None),  # (fresh check 06: 村 of 村庄 ends no name there)
    ]


def test_partners_after_hui_tong_as_before() -> None:
    # guards: a partner's whole name, a collective, a list with no work after it, words with no body's ending before
    # the work, and 会同 in prose (its own reader): as before
    text = (
        "某县方案\n\n1.优化用电报装。（牵头单位：县发改局，会同县公安局交通警察大队）\n"
        "2.规范资金使用。（牵头单位：县农业农村局，会同有关部门）\n"
        "3.推进改革。（牵头单位：县发改局，会同县财政局、县税务局）\n"
        "4.推进改革。（县发改局会同县财政局负责）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (3, ["县发改局"], ["县公安局交通警察大队"], None, None),
        (4, ["县农业农村局"], ["有关部门"], None, None),
        (5, ["县发改局"], ["县财政局", "县税务局"], None, None),
        (6, ["县发改局"], ["县财政局"], None, None),
    ]


# ---- a reporting rhythm after the lead in its field -----------------------------------------------------------------


def test_a_reporting_rhythm_after_the_lead_is_the_tasks_time() -> None:
    # before: 并于… was the task's words after the units, dropped (no time), while the same words with no 并于 read
    # as the task's: both now read alike (SPEC: a reporting rhythm the task's lead keeps is its time)
    text = (
        "某区方案\n\n1.建设便民网点。（牵头单位：区商务局，并于每季度末报送建设进展；配合单位：区财政局）\n"
        "2.建设便民网点。（牵头单位：区商务局，每季度末报送建设进展；配合单位：区财政局）\n"
        "3.开展评估。（牵头单位：区发改委，并于2026年9月底前报送评估报告）\n"
        "4.做好统计。（牵头单位：区统计局，且每月报送数据）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (3, ["区商务局"], ["区财政局"], None, "ongoing"),
        (4, ["区商务局"], ["区财政局"], None, "ongoing"),
        (5, ["区发改委"], [], "2026-09", "scheduled"),
        (6, ["区统计局"], [], None, "ongoing"),
    ]


def test_words_after_the_lead_with_no_time_stay_dropped() -> None:
    # guards: 并 before work with no time is dropped as before; a deadline field keeps its own time
    text = (
        "某区方案\n\n1.建设便民网点。（牵头单位：区商务局，并做好宣传引导）\n"
        "2.建设便民网点。（牵头单位：区商务局，并于每季度末报送进展；完成时限：2026年12月底前）\n"
        "3.建设便民网点。（牵头单位：区商务局，并确保资金到位）\n"
    )
    assert [row[3:] for row in plan_unit_lines_dated(text)] == [
        (None, None),
        ("2026-12", "scheduled"),
        (None, None),
    ]


# ---- a group leader's line over its members' --------------------------------------------------------------------------


def test_a_group_leaders_line_over_its_members_line() -> None:
    # before: 组长单位 was no label of the text; the 成员单位 line alone led
    text = (
        "某区方案\n\n一、重点任务\n\n1．建立评估机制。\n组长单位：区数据局\n成员单位：区统计局、区财政局\n"
        "完成时限：2026年11月底前\n\n2．开展专项督查。\n组长单位：区政府督查室\n\n成员单位：区纪委监委、区委组织部\n"
    )
    assert plan_unit_lines_dated(text) == [
        (6, ["区数据局"], ["区统计局", "区财政局"], "2026-11", "scheduled"),
        (11, ["区政府督查室"], ["区纪委监委", "区委组织部"], None, None),
    ]


def test_members_with_no_group_leaders_line_lead() -> None:
    # guards: a 成员单位 line with no 组长单位 line above leads as before; a 组长 naming a person is no unit; a
    # 组长单位 written in the task's line is not a line of its own
    text = (
        "某区方案\n\n一、重点任务\n\n1．建立评估机制。\n成员单位：区统计局、区财政局\n\n"
        "2．开展专项督查。\n组长：张某某\n成员单位：区纪委监委、区委组织部\n"
    )
    assert plan_unit_lines(text) == [(6, ["区统计局", "区财政局"], []), (10, ["区纪委监委", "区委组织部"], [])]


# ---- a body a sentence sets up is no subject ------------------------------------------------------------------------

_TASK = "\n二、重点任务\n\n1．开展排查。（区市场监管局牵头）\n"


@pytest.mark.parametrize("sets_up", ["成立", "设立", "组建"])
def test_a_body_set_up_with_its_members_is_no_subject(sets_up: str) -> None:
    # before: 成立…专班 and 成员单位为区住建局 read as the leads of 统筹推进 (fresh77's strict xfail)
    text = (
        f"某区方案\n\n一、工作措施\n\n1.加强组织领导。{sets_up}城市更新工作专班，成员单位为区住建局、区规划资源局等单位，"
        "统筹推进更新工作。\n" + _TASK
    )
    assert plan_unit_lines(text) == [(9, ["区市场监管局"], [])]


def test_named_units_before_a_verb_still_lead_an_item() -> None:
    # guard: an item's sentence opening with named units and 统筹推进 reads them as before
    text = "某区方案\n\n一、工作措施\n\n1.加强组织领导。区住建局、区规划资源局统筹推进更新工作。\n" + _TASK
    assert plan_unit_lines(text) == [(5, ["区住建局", "区规划资源局"], []), (9, ["区市场监管局"], [])]


# ---- a run-in title over a sentence whose units 负责 the work ----------------------------------------------------------

_DUTIES = "某区整治方案\n\n一、工作目标\n\n全面整治。\n\n二、职责分工\n\n（一）区商务局。负责统筹协调。\n\n"


def test_a_run_in_title_over_a_unit_that_is_responsible() -> None:
    # before: 改装查处 (ending as a 处's name does) read as the duty's unit, the sentence's units lost
    text = _DUTIES + "（二）车辆查处。区交警支队负责查处违规上路车辆，区城管执法局配合开展源头治理。\n"
    assert plan_unit_lines(text) == [(9, ["区商务局"], []), (11, ["区交警支队"], ["区城管执法局"])]


@pytest.mark.parametrize(
    ("item", "units"),
    [
        ("（二）区城管局。各街道负责日常巡查。", (["区城管局"], [])),  # a body's head gives a body its share
        ("（二）派出所。配合开展巡查。", (["派出所"], [])),  # a head naming a body, no sentence naming one
        ("（二）车辆查处。经营单位负责自查自纠。", (["车辆查处"], [])),  # a kind of actor 负责: as before
    ],
)
def test_a_bodys_head_keeps_its_duty(item: str, units: tuple) -> None:
    # guards: the head's own duty where it is a body's name, or where the sentence names no body with its place
    assert plan_unit_lines(_DUTIES + item + "\n")[1][1:] == units


# ---- a level's collective a space sets apart from the next name ------------------------------------------------------

_FIELD = "某旗方案\n\n一、重点任务\n\n1.开展隐患排查。\n牵头单位：旗应急管理局\n配合单位：{}\n"


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("各嘎查村 旗直单位", ["各嘎查村", "旗直单位"]),  # before: one name (the plan-level gate missed 嘎查村)
        ("旗直单位 各嘎查村", ["旗直单位", "各嘎查村"]),  # before: one name (no cut before the 各)
        ("各行政村 县直有关单位", ["各行政村", "县直有关单位"]),
        ("县直部门 各乡镇", ["县直部门", "各乡镇"]),
        ("镇直单位 各行政村", ["镇直单位", "各行政村"]),
        ("各镇 各村", ["各镇", "各村"]),  # before: too short to be looked at (two collectives of two characters)
        ("各街道 各社区", ["各街道", "各社区"]),
    ],
)
def test_a_levels_collective_and_the_next_name_a_space_parts(written: str, units: list[str]) -> None:
    assert plan_unit_lines(_FIELD.format(written)) == [(6, ["旗应急管理局"], units)]


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("旗直单位各嘎查村", ["旗直单位各嘎查村"]),  # no space: as before
        ("各嘎查村 农牧业服务中心", ["各嘎查村农牧业服务中心"]),  # a body each has, no place: one name, as before
        ("旗直单位 各", ["旗直单位各"]),
        ("各镇各村", ["各镇各村"]),
        ("各镇 村", ["各镇村"]),  # a level alone after the space shares the 各
    ],
)
def test_no_space_or_a_members_own_body_stays_one_name(written: str, units: list[str]) -> None:
    # guards (round 77's): no whitespace, or a name after the space opening with no place or level
    assert plan_unit_lines(_FIELD.format(written)) == [(6, ["旗应急管理局"], units)]


# ---- a unit's duties heading over two paragraphs or more -------------------------------------------------------------

_COUNTY = "某县方案\n\n一、重点任务\n\n1.开展农房安全排查。（县住建局牵头，各乡镇配合）\n\n二、职责分工\n\n"
_LATER = "\n\n县财政局：\n\n负责保障工作经费。\n\n三、保障措施\n\n加强宣传。\n"


@pytest.mark.parametrize("heading", ["县住建局：", "（一）县住建局"])
def test_a_duties_heading_leads_each_paragraph_under_it(heading: str) -> None:
    # before: the first paragraph alone (line 9, the heading's); the second, no task
    later = _LATER.replace("县财政局：", "（二）县财政局") if heading.startswith("（") else _LATER
    text = (
        _COUNTY + heading + "\n\n负责农房安全鉴定的组织实施，2026年6月底前完成鉴定机构遴选。\n\n"
        "建立农村危房动态监测台账，每季度更新一次，会同县民政局做好救助衔接。" + later
    )
    assert plan_unit_lines_dated(text) == [
        (5, ["县住建局"], ["各乡镇"], None, None),
        (9, ["县住建局"], [], "2026-06", "scheduled"),
        (13, ["县住建局"], ["县民政局"], None, "ongoing"),
        (15, ["县财政局"], [], None, None),
    ]


@pytest.mark.parametrize(
    ("closing", "read"),
    [
        ("各部门要加强协作配合，形成工作合力。", []),  # the section's closing words: no task, as before
        ("以上单位要加强协作配合，形成工作合力。", []),
        ("县委宣传部负责做好宣传报道。", [(17, ["县委宣传部"], [])]),  # a paragraph naming its own unit: its own
    ],
)
def test_a_paragraph_with_a_subject_of_its_own_is_no_headings(closing: str, read: list) -> None:
    text = _COUNTY + "县住建局：\n\n负责农房安全鉴定的组织实施。\n\n县财政局：\n\n负责保障工作经费。\n\n" + closing
    text += "\n\n三、保障措施\n\n加强宣传。\n"
    assert plan_unit_lines(text) == [
        (5, ["县住建局"], ["各乡镇"]),
        (9, ["县住建局"], []),
        (13, ["县财政局"], []),
        *read,
    ]


# ---- a deputy group leader's column ----------------------------------------------------------------------------------

_TABLE = "# 某市招商专班任务分工\n\n| 序号 | 工作任务 | {} | 成员单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 1 | 梳理产业链招商图谱 | {} | 市财政局、市税务局 | 2026年6月底前 |\n"


def test_a_deputy_group_leaders_column_beside_the_leaders_supports() -> None:
    # before: 副组长单位 (its name ending as 组长单位's) led beside the 组长单位
    text = _TABLE.format("组长单位 | 副组长单位", "市商务局 | 市发展改革委").replace(
        "| --- | --- | --- | --- | --- |", "| --- " * 6 + "|"
    )
    assert plan_unit_lines(text, "plan.md") == [(5, ["市商务局"], ["市发展改革委", "市财政局", "市税务局"])]


def test_a_deputy_group_leaders_column_alone_leads() -> None:
    # guard: with no leader's column beside it, the deputy's unit is the task's first and leads, as before
    text = _TABLE.format("副组长单位", "市发展改革委")
    assert plan_unit_lines(text, "plan.md") == [(5, ["市发展改革委"], ["市财政局", "市税务局"])]


# ---- the whole plans -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]

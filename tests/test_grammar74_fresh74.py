"""Round 74 fresh74: a fresh set of twelve plans in kinds earlier rounds had met little (tests/fixtures/round74/fresh74:
a province's 责任单位 lines marking several leads with （牵头）, a county's units written as numbers named by a code
list at its end, a ministry's notice by `按职责分工负责` with `各省级人民政府落实`, a development zone's 目标值 workbook
of its own 局/中心/公司, a district's quarters marked ●, a 镇's 牵头领导 | 责任科室 | 责任人 table, a 督办单 of
承办/协办 fields, a city's `配合单位：各成员单位` with its member list, an .odt whose units' cell holds 牵头：/配合：
lines, a county-level city's code list read as a task, a province's co-leads marked 并列牵头, and a 镇's 台账 whose
unit cells are numbers), read by hand before the parser ran. The rules, tested here in words of our own with their
guards:

- a code list under a heading of its own, its line closed with no colon (``附：责任单位代码`` / ``1．A　　2．B``);
- the code list read as a plan's first or last task no longer hides the numbers (the first task is looked at too);
- a table's unit cells of numbers (``| 3、5 |``, a workbook's or a Word table's cell) named by the plan's code list;
- ``并列牵头`` after each co-lead or after a list, in brackets or as a verb, as ``共同牵头`` is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_unit_lines_dated, sheet_document, task_rows

from reformgraph.loaders.unit_codes import unit_codes

FOLDER = Path(__file__).parent / "fixtures" / "round74" / "fresh74"

_TASKS = "某县2027年重点任务清单\n\n1．推进政务服务改革。（牵头单位：3；配合单位：4、5）\n2．开展专项整治。（牵头单位：4）\n\n"


# ---- a code list under a heading of its own ------------------------------------------------------------------------


def test_a_code_list_under_its_own_heading() -> None:
    # before: the heading's line had no colon, so no legend was found and the units read 3, 4, 5
    for legend in (
        "附：责任单位代码\n3．县发展和改革局　　4．县财政局　　5．县行政审批服务局\n",
        "责任单位代码对照表\n3．县发展和改革局\n4．县财政局\n5．县行政审批服务局\n",
        "附：单位代号\n3—县发展和改革局  4—县财政局\n5—县行政审批服务局\n",
    ):
        assert plan_unit_lines_dated(_TASKS + legend) == [
            (3, ["县发展和改革局"], ["县财政局", "县行政审批服务局"], None, None),
            (4, ["县财政局"], [], None, None),
        ], legend


def test_code_lists_as_before() -> None:
    # guards: the legend sentence with its colon (round 58); a heading over pairs that name no units; no legend
    assert unit_codes("序号与单位对应如下：1—县财政局；2—县民政局。")[0] == {"1": "县财政局", "2": "县民政局"}
    assert unit_codes("附：任务编号\n1．推进改革　　2．完成验收\n") == ({}, None)
    assert unit_codes("（三）统一社会信用代码\n1．推进赋码工作。\n2．完成数据校核。\n") == ({}, None)
    assert plan_unit_lines_dated(_TASKS)[0][1:3] == (["3"], ["4", "5"])


def test_a_code_list_read_as_the_plans_last_task() -> None:
    # before: the pairs' line read as a task led by its last unit, the plan's last, so the legend was not looked for
    text = "某县清单\n\n1．推进改革。（牵头单位：1；配合单位：2）\n\n附：单位代号\n1—县财政局  2—县民政局\n"
    assert plan_unit_lines_dated(text) == [(3, ["县财政局"], ["县民政局"], None, None)]


# ---- a table's unit cells of numbers ------------------------------------------------------------------------------


def test_a_pipe_tables_unit_cells_of_numbers() -> None:
    # before: the cells' numbers were the units (no field to rewrite)
    text = (
        "某县2027年重点任务清单\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 推进政务服务改革。 | 3 | 4、5 |\n\n注：单位代码：3.县发展和改革局；4.县财政局；5.县行政审批服务局。\n"
    )
    assert plan_unit_lines_dated(text) == [(5, ["县发展和改革局"], ["县财政局", "县行政审批服务局"], None, None)]


def test_a_sheets_unit_cells_named_by_a_note_row() -> None:
    doc = sheet_document(
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "推进改革", "3", "4、9"],
        ["注：表中单位以代码表示：3.县财政局；4.县民政局；5.县水利局。"],
    )
    # a list holding a number the code list does not give stays as written (as such a field does, round 58)
    assert task_rows(doc) == [("推进改革", ["县财政局"], ["4", "9"], None)]


def test_a_sheets_numbers_without_a_code_list_as_before() -> None:
    # guard: no code list, the numbers stay; a 目标值 of numbers is no unit
    doc = sheet_document(["序号", "工作任务", "牵头单位", "目标值"], ["1", "推进改革", "3", "30"])
    assert task_rows(doc) == [("推进改革", ["3"], [], None)]
    doc = sheet_document(["序号", "工作任务", "牵头单位", "目标值"], ["1", "推进改革", "县财政局", "30"])
    assert task_rows(doc) == [("推进改革", ["县财政局"], [], None)]


# ---- co-leads side by side: 并列牵头 ----------------------------------------------------------------------------------


def _units(units: str) -> tuple[list[str], list[str]]:
    return plan_unit_lines_dated(f"某省分工方案\n\n1．推进设备更新。\n责任单位：{units}\n")[0][1:3]


def test_co_leads_side_by_side() -> None:
    # before: （并列牵头） stayed in the names and every unit led; 并列牵头 as a verb left 并列 in the name
    assert _units("省商务厅（并列牵头）、省市场监管局（并列牵头）、省财政厅") == (
        ["省商务厅", "省市场监管局"],
        ["省财政厅"],
    )
    assert _units("省商务厅、省市场监管局（并列牵头），省财政厅") == (["省商务厅", "省市场监管局"], ["省财政厅"])
    assert _units("省体育局、省文化和旅游厅并列牵头，省交通运输厅配合") == (
        ["省体育局", "省文化和旅游厅"],
        ["省交通运输厅"],
    )


def test_other_co_lead_words_as_before() -> None:
    # guards: （共同牵头） (round 35), （牵头） after several names, a list with no role
    assert _units("省商务厅（共同牵头）、省市场监管局（共同牵头）、省财政厅") == (
        ["省商务厅", "省市场监管局"],
        ["省财政厅"],
    )
    assert _units("省商务厅（牵头）、省市场监管局（牵头），省财政厅") == (["省商务厅", "省市场监管局"], ["省财政厅"])
    assert _units("省商务厅、省财政厅") == (["省商务厅", "省财政厅"], [])


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written

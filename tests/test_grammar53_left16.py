"""Round 53, left16: round 52's left-overs among the furniture of published documents (docs/round53_left16.md).

Four plans as published and copied (tests/fixtures/round53/left16): a county notice from a portal whose 附件 list
names units in brackets after the annexes' titles; a city plan (.md) whose 联络员名单 gives each unit's part in the
work (``1.市民政局（牵头）：张某某，138…``) beside its task table's row numbers; a county notice copied from a PDF whose
red head stands again at a later page's top; a district plan copied from a PDF into text whose bare page numbers
(``3`` between blank lines) cut two sentences. Each file's expected reading is its ``NN-name.expected.json``
(tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The focused tests below are small
inputs of each rule, each with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.page_furniture import bare_page_numbers
from reformgraph.loaders.parse import parse_document
from tests.support.expected_files import compared, measures

FIXTURES = Path(__file__).parent / "fixtures" / "round53" / "left16"
TASKS = "某县2026年工作方案\n一、重点任务\n（一）推进乡村建设。（牵头单位：县农业农村局；完成时限：2026年6月底前）\n"
PAGE = "    （二）保障资金。统筹安排建设资金，" + "加强资金绩效管理，" * 24 + "（牵头单位：县财政局）\n"


def _read(text: str):
    return [([u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(parse_document(text))]


@pytest.mark.parametrize("expected_path", sorted(FIXTURES.glob("*.expected.json")), ids=lambda p: p.stem)
def test_the_furniture_left_over_holds_no_task(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


# ---- the 附件 list under a notice's body (tasklist.in_annex_list) ---------------------------------------------------


@pytest.mark.parametrize(
    "annexes",
    [
        "附件：1.某县乡村建设任务分工表（县发展改革局牵头）",
        "附件：1.某县乡村建设方案\n      2.某县工作联系人名单（县发展改革局、县财政局牵头汇总）",
        "附件：\n1.某县乡村建设方案\n2.某县项目储备清单（县农业农村局牵头）",
    ],
)
def test_units_in_an_annex_titles_bracket_make_no_task(annexes):
    # before: 附件：1.…分工表 a task 县发展改革局 led (the bracket read as its units)
    text = (
        f"某县人民政府办公室关于印发的通知\n各乡镇：\n现印发给你们。\n\n    {annexes}\n\n某县人民政府办公室\n\n" + TASKS
    )
    assert _read(text) == [(["县农业农村局"], [])]


def test_a_task_under_an_annex_heading_still_reads():
    text = "附件：1.某县乡村建设方案\n\n附件1\n\n某县乡村建设方案\n（一）推进乡村建设。（县农业农村局牵头）\n"
    assert _read(text) == [(["县农业农村局"], [])]


def test_a_task_after_the_annex_list_with_a_sentence_still_reads():
    text = "附件：1.某县乡村建设方案\n2.推进乡村建设，完善设施。（县农业农村局牵头）\n"
    assert _read(text) == [(["县农业农村局"], [])]


# ---- a contact's line with its part in the work (duties.contact_line) ----------------------------------------------


@pytest.mark.parametrize(
    "contact",
    [
        "1.县发展改革局（牵头）：张某某，13800001111",
        "2.县财政局（配合单位）：李某某（科长），电话：0571-87001234",
        "3.县农业农村局（牵头单位）：王某某，0571-86005678",
    ],
)
def test_a_contacts_line_with_a_role_is_no_task(contact):
    # before: 1.县发展改革局（牵头）：张某某，138… a task 县发展改革局 led (round 52 read the line without the role)
    text = TASKS + "二、工作要求\n各单位要明确联络员。\n\n附件\n\n联络员名单\n\n" + contact + "\n"
    assert _read(text) == [(["县农业农村局"], [])]


def test_a_duty_giving_a_phone_after_a_role_still_reads():
    text = TASKS + "（二）保障资金。\n1.县财政局（牵头）：负责资金保障，咨询电话：0571-87001234。\n"
    assert (["县财政局"], []) in _read(text)


def test_a_task_tables_row_numbers_still_read():
    text = (
        "某市2026年工作方案\n\n| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 新增老年食堂 | 市民政局 | 2026年9月底前 |\n| 2 | 落实补贴政策 | 市财政局 | 2026年6月底前 |\n"
        "\n联络员名单\n\n1.市民政局（牵头）：张某某，13800001111\n"
    )
    doc = parse_document(text, path="x.md")
    assert [(m.line, [u.raw for u in m.leads]) for m in measures(doc)] == [(5, ["市民政局"]), (6, ["市财政局"])]


# ---- a text copy's bare page number (page_furniture.bare_page_numbers, in source.compact_lines) ---------------------


def test_a_bare_page_number_between_two_halves_of_a_bracket_is_no_part_of_the_name():
    # before: 各街道3办事处, 区4城市管理局 (04)
    text = (
        TASKS
        + "    （二）推进改革。（牵头单位：县商务局；配合单位：各街\n\n3\n\n道办事处）\n"
        + PAGE
        + "    （三）开展宣传。（牵头单位：县教育局；配合单位：县\n\n4\n\n城市管理局）\n"
    )
    assert _read(text)[1] == (["县商务局"], ["各街道办事处"])
    assert _read(text)[3] == (["县教育局"], ["县城市管理局"])


@pytest.mark.parametrize(
    "lines",
    [
        ["序号", "", "1", "", "建设站点", "", "县商务局", "", "2", "", "开展培训"],  # a table's rows: near each other
        ["全国", "", "5", "", "推进工作。" * 50, "全国", "", "6", ""],  # a flattened table's row after its last cell
        ["（配合单位：各街", "", "3", "", "道办事处）", "推进工作。" * 50, "（县", "", "7", ""],  # out of step
        ["（配合单位：各街", "", "3", "", "道办事处）"],  # one number alone: no page's step
        ["（配合单位：各街", "3", "道办事处）", "推进工作。" * 50, "（县", "4", ""],  # not between blank lines
    ],
)
def test_numbers_that_are_no_page_numbers_stay(lines):
    assert bare_page_numbers(lines) == []

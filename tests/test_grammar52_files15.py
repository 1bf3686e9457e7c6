"""Round 52, files15: the furniture of official documents as published, which is no task and must not hide one.

The office files are made by ``tests/fixtures/round52/files15/make_fixtures.py`` (a county notice printed to PDF
under its red head, its seal's text one character per line, a page break inside a task's bracket; a district plan
printed to PDF under a watermark and a gazette's running head, its task table followed by a 联系人名单 annex and a 回执;
a Word notice with its 附件 list, a 联系人名单 table and the 抄送/印发 block; a plan printed to PDF whose footer is
Word's bare page number); the .txt and .md beside them are copies
from portals (the site's footer, 相关链接) and from a gazette's PDF (its running heads and watermarks between the lines
of a sentence a page break cuts). Each file's expected reading is its ``NN-name.expected.json``
(tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The focused tests below are small
inputs of each rule (docs/round52_files15.md), each with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.formats_pdf import without_page_numbers
from reformgraph.loaders.page_furniture import is_print_furniture, running_head_lines
from reformgraph.loaders.parse import parse_document
from tests.support.expected_files import compared, measures

FIXTURES = Path(__file__).parent / "fixtures" / "round52" / "files15"
TASK = "1.推进改革。（牵头单位：县发展改革局；配合单位：县财\n{between}\n政局；完成时限：2026年6月底前）\n"


def _only(text: str):
    [measure] = measures(parse_document(text, path="x.txt"))
    return measure


@pytest.mark.parametrize("expected_path", sorted(FIXTURES.glob("*.expected.json")), ids=lambda p: p.stem)
def test_the_furniture_holds_no_task_and_hides_none(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


# ---- a page's furniture about its number: a watermark, a gazette's running head (page_furniture.blank_page_furniture,
# is_print_furniture, running_head_lines) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "between",
    [
        "内部资料 注意保存\n— 3 —",
        "仅供参考\n\n第 3 页 共 12 页",
        "— 3 —\n（内部资料）",
        "— 3 —\n某县人民政府公报 2026年第2期",
        "— 3 —\n某市政报 2026年第5期（总第120期）",
        "— 3 —\n某县人民政府公报\n2026年第2期",
        "- 3 -\n某政办发〔2026〕5号",
    ],
)
def test_a_pages_furniture_inside_a_bracket_is_no_part_of_the_name(between):
    # before: 县财内部资料注意保存政局, 县财某县人民政府公报2026年第2期政局, 县财某政办发〔2026〕5号政局 (one name)
    measure = _only("某县2026年工作方案\n" + TASK.format(between=between))
    assert [u.raw for u in measure.supports] == ["县财政局"]
    assert measure.deadline.raw == "2026年6月底前"


def test_a_watermark_between_two_fields_leaves_the_deadline_its_own():
    # before: the raw deadline 内部资料注意保存完成时限：2026年6月底前
    text = "某县2026年工作方案\n1.推进改革。（牵头单位：县发展改革局；配合单位：县财政局；\n内部资料 注意保存\n— 2 —\n完成时限：2026年6月底前）\n"
    assert _only(text).deadline.raw == "2026年6月底前"


@pytest.mark.parametrize(
    "line", ["内部资料要注意保存。", "某县人民政府公报", "参考2025年做法", "县政府公报第2期刊登", "仅供参考使用的模板"]
)
def test_words_of_a_plan_are_no_furniture(line):
    assert not is_print_furniture(line)


def test_a_plans_own_sentence_about_internal_material_stays():
    text = "某县2026年工作方案\n1.规范内部资料管理，\n内部资料注意保存。\n— 2 —\n（牵头单位：县档案馆；完成时限：2026年6月底前）\n"
    assert "注意保存" in _only(text).text


def test_furniture_far_from_a_page_number_is_not_looked_for():
    # a text with no page number is not searched (the cost: most plans have none); its lines read as before
    measure = _only("某县2026年工作方案\n" + TASK.format(between="内部资料 注意保存"))
    assert [u.raw for u in measure.supports] == ["县财内部资料注意保存政局"]


def test_a_gazette_name_and_a_document_number_outside_a_bracket_are_the_plans_lines():
    assert running_head_lines(["某县人民政府公报", "2026年第2期", "某县2026年工作方案"], 0) == ()
    assert running_head_lines(["（配合单位：县财政局）", "", "某政办发〔2026〕5号"], 2) == ()
    assert running_head_lines(["（配合单位：县财", "某县人民政府公报", "关于印发…的通知"], 1) == ()
    text = "某政办发〔2026〕5号\n— 1 —\n某县2026年工作方案\n1.推进改革。（牵头单位：县发展改革局）\n"
    assert parse_document(text, path="x.txt").doc_number == "〔2026〕5号"  # read as before: the line is not blanked


# ---- a bare page number at a PDF page's foot (formats_pdf.without_page_numbers) -------------------------------------


def test_a_bare_page_number_at_each_foot_is_blanked():
    # Word's own page number field printed to PDF (08): before, 区医疗 / 1 / 保障局 read 区医疗1保障局
    pages = ["（配合单位：区民政局、区医疗\n\n1", "保障局；完成时限：长期坚持）\n2", "二、工作要求\n\n3"]
    assert without_page_numbers(pages) == [
        "（配合单位：区民政局、区医疗\n\n",
        "保障局；完成时限：长期坚持）\n",
        "二、工作要求\n\n",
    ]


def test_page_numbers_may_start_after_an_unnumbered_first_page():
    pages = ["某县人民政府办公室文件\n正文", "（配合单位：县财\n2", "政局）\n3"]
    assert without_page_numbers(pages) == ["某县人民政府办公室文件\n正文", "（配合单位：县财\n", "政局）\n"]


@pytest.mark.parametrize(
    "pages",
    [
        ["（配合单位：县财\n30", "政局）\n12"],  # numbers out of step: a table's cells
        ["（新增充电桩\n500"],  # one page
        ["甲\n1", "乙", "丙", "丁\n7"],  # on fewer than half the pages, out of step
    ],
)
def test_numbers_that_are_no_page_numbers_stay(pages):
    assert without_page_numbers(pages) == pages


def test_a_gazettes_dotted_page_number_inside_a_bracket_is_blanked():
    # before: 县2·财政局
    assert [u.raw for u in _only("某县2026年工作方案\n" + TASK.format(between="· 2 ·")).supports] == ["县财政局"]


def test_a_dot_inside_words_is_no_page_number():
    text = "某县2026年工作方案\n1.举办“2026·春”文化节。（牵头单位：县文化和旅游局；完成时限：2026年5月底前）\n"
    assert _only(text).text.startswith("举办“2026·春”文化节")


# ---- a unit's contact after its colon is no duty (people.is_contact, in duties.read_duty) ---------------------------

PLAN = "某区2026年工作方案\n一、重点任务\n1.推进改革。（牵头单位：区商务局；完成时限：2026年6月底前）\n"


@pytest.mark.parametrize(
    "line", ["1.区商务局：陈某某，13800001111", "2.区文化和旅游局：刘某某（科长），电话：0571-86001234"]
)
def test_a_liaison_lists_numbered_line_is_no_task(line):
    # before: a task of the unit's (a numbered item opening with units and a colon, round 36)
    assert [m.line for m in measures(parse_document(PLAN + "附件2\n联络员名单\n" + line + "\n", path="x.txt"))] == [3]


def test_a_duty_that_gives_a_phone_stays_a_task():
    text = PLAN + "2.区财政局：负责资金保障，咨询电话：0571-86009999。\n"
    assert [[u.raw for u in m.leads] for m in measures(parse_document(text, path="x.txt"))] == [
        ["区商务局"],
        ["区财政局"],
    ]


# ---- the person in charge is no role verb (prose._OPENING_ROLE) ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "1.区商务局负责人就《某区工作方案》答记者问",
        "2.区文化和旅游局负责同志解读夜间文旅消费新举措",
        "区商务局负责人：陈某某",
    ],
)
def test_the_person_in_charge_names_no_task(line):
    # before: a task the unit leads (its name, then 负责)
    assert [m.line for m in measures(parse_document(PLAN + "相关链接：\n" + line + "\n", path="x.txt"))] == [3]


@pytest.mark.parametrize("work", ["负责人员培训", "负责人才引进", "负责人群健康监测"])
def test_work_after_the_role_verb_that_opens_with_a_person_word_stays_a_task(work):
    text = PLAN + f"2.加强保障。区人社局{work}，2026年6月底前完成。\n"
    assert [[u.raw for u in m.leads] for m in measures(parse_document(text, path="x.txt"))][-1] == ["区人社局"]

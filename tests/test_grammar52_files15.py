"""Round 52, files15: the furniture of official documents as published, which is no task and must not hide one.

The office files are made by ``tests/fixtures/round52/files15/make_fixtures.py`` (a county notice printed to PDF
under its red head, its seal's text one character per line, a page break inside a task's bracket; a district plan
printed to PDF under a watermark and a gazette's running head, its task table followed by a 联系人名单 annex and a 回执;
a Word notice with its 附件 list, a 联系人名单 table and the 抄送/印发 block); the .txt and .md beside them are copies
from portals (the site's footer, 相关链接) and from a gazette's PDF (its running heads and watermarks between the lines
of a sentence a page break cuts). Each file's expected reading is its ``NN-name.expected.json``
(tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The focused tests below are small
inputs of each rule (docs/round52_files15.md), each with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

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


# ---- a watermark or a gazette's running head on a line of its own (page_furniture.is_print_furniture) ------------


@pytest.mark.parametrize(
    "between",
    [
        "内部资料 注意保存",
        "仅供参考",
        "（内部资料）",
        "某县人民政府公报 2026年第2期",
        "— 3 — 某市政报 2026年第5期（总第120期）",
    ],
)
def test_a_watermark_or_a_gazette_head_inside_a_bracket_is_no_part_of_the_name(between):
    # before: 县财内部资料注意保存政局, 县财某县人民政府公报2026年第2期政局 (one name with the furniture in it)
    measure = _only("某县2026年工作方案\n" + TASK.format(between=between))
    assert [u.raw for u in measure.supports] == ["县财政局"]
    assert measure.deadline.raw == "2026年6月底前"


def test_a_watermark_between_two_fields_leaves_the_deadline_its_own():
    # before: the raw deadline 内部资料注意保存完成时限：2026年6月底前
    text = "某县2026年工作方案\n1.推进改革。（牵头单位：县发展改革局；配合单位：县财政局；\n内部资料 注意保存\n完成时限：2026年6月底前）\n"
    assert _only(text).deadline.raw == "2026年6月底前"


@pytest.mark.parametrize(
    "line", ["内部资料要注意保存。", "某县人民政府公报", "参考2025年做法", "县政府公报第2期刊登", "仅供参考使用的模板"]
)
def test_words_of_a_plan_are_no_furniture(line):
    assert not is_print_furniture(line)


def test_a_plans_own_sentence_about_internal_material_stays():
    text = "某县2026年工作方案\n1.规范内部资料管理，\n内部资料注意保存。\n（牵头单位：县档案馆；完成时限：2026年6月底前）\n"
    assert "注意保存" in _only(text).text


# ---- a later page's running head that may be a plan's own line, inside a cut bracket (running_head_lines) --------


@pytest.mark.parametrize("between", ["某县人民政府公报\n2026年第2期", "某政办发〔2026〕5号"])
def test_a_running_head_inside_a_cut_bracket_is_no_part_of_the_name(between):
    # before: 县财某县人民政府公报2026年第2期政局, 县财某政办发〔2026〕5号政局
    assert [u.raw for u in _only("某县2026年工作方案\n" + TASK.format(between=between)).supports] == ["县财政局"]


def test_a_gazette_name_and_a_document_number_outside_a_bracket_are_the_plans_lines():
    assert running_head_lines(["某县人民政府公报", "2026年第2期", "某县2026年工作方案"], 0) == ()
    assert running_head_lines(["（配合单位：县财政局）", "", "某政办发〔2026〕5号"], 2) == ()
    assert running_head_lines(["（配合单位：县财", "某县人民政府公报", "关于印发…的通知"], 1) == ()
    doc = parse_document(
        "某政办发〔2026〕5号\n某县2026年工作方案\n1.推进改革。（牵头单位：县发展改革局）\n", path="x.txt"
    )
    assert doc.doc_number == "〔2026〕5号"  # read as before: the line is not blanked

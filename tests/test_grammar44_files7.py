"""Round 44, files7: round 43's file left-overs, each made once where it belongs.

The files are made by ``tests/fixtures/round44/files7/make_fixtures.py`` (python-docx with Word's strike runs,
openpyxl, LibreOffice's .doc, .odt and .xls, hand-written pages and a markdown plan); each file's expected reading is
its ``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/loader.md, round 44).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reformgraph.loaders.read import read_document
from tests.support.expected_files import compared
from tests.support.readings import plan_units, sheet_document, task_rows

FIXTURES = Path(__file__).parent / "fixtures" / "round44" / "files7"
NEEDS_SOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="needs libreoffice-writer-nogui")


def _cases():
    for path in sorted(FIXTURES.glob("*.expected.json")):
        marks = [NEEDS_SOFFICE] if path.name.startswith("05-") else []  # an .odt is read through LibreOffice
        yield pytest.param(path, marks=marks, id=path.name.removesuffix(".expected.json"))


@pytest.mark.parametrize("expected_path", list(_cases()))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _read(tmp_path: Path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return read_document(path)


def _units(doc) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in task_rows(doc)]


# ---- traditional characters: folded once, by every reader of tables -----------------------------------------------


def test_a_csv_table_in_traditional_characters_is_read(tmp_path):
    doc = _read(
        tmp_path, "t.csv", "序號,工作任務,牽頭單位,配合單位\n1,推進政務服務改革。,縣政務服務中心,縣財政局、縣審計局\n"
    )
    assert _units(doc) == [(["县政务服务中心"], ["县财政局", "县审计局"])]
    assert [w.kind for w in doc.warnings] == ["traditional"]


def test_a_word_table_and_its_paragraphs_in_traditional_characters_give_one_note():
    doc = read_document(FIXTURES / "01-county-traditional.docx")
    assert [w.kind for w in doc.warnings] == ["traditional"]  # the table's and the paragraphs' notes are one
    assert (doc.issuer, doc.doc_number) == ("某某县人民政府办公室", "〔2025〕18号")  # the notice's lines folded too


# ---- invisible characters: dropped by the text reader and by every reader of tables ------------------------------


def test_a_sheet_cell_loses_its_invisible_characters():
    doc = sheet_document(
        ["序号", "工作任务", "牵头\u200b单位", "配合单位"], ["1", "推进改革。", "镇农业\u2060农村办", "镇卫生院\u00ad"]
    )
    assert _units(doc) == [(["镇农业农村办"], ["镇卫生院"])]


def test_text_given_to_parse_document_loses_its_invisible_characters():
    assert plan_units("某县方案\n\n1.推进改革。（牵头单位：县市场\u200b监管局；配合单位：\ufeff县财政局）") == [
        (["县市场监管局"], ["县财政局"])
    ]


# ---- hidden rows: left out, and the document says so -------------------------------------------------------------


def test_hidden_rows_left_out_of_a_sheet_are_noted_once_per_sheet():
    doc = read_document(FIXTURES / "06-district-hidden-rows.xlsx")
    [note] = [w for w in doc.warnings if w.kind == "hidden_rows"]
    assert (note.line, dict(note.params)) == (4, {"sheet": "重点任务", "count": "2", "rows": "4, 6"})


@NEEDS_SOFFICE
def test_an_xls_lookup_error_in_the_lead_cell_is_no_task_and_is_noted():
    doc = read_document(FIXTURES / "12-county-lookup-error.xls")
    assert [(w.kind, w.line) for w in doc.warnings] == [("hidden_rows", 6), ("task_no_lead", 5)]
    assert len(task_rows(doc)) == 2


# ---- struck-through text: deleted words, not read ----------------------------------------------------------------


def test_markdown_strikethrough_is_not_read(tmp_path):
    text = "某县方案\n\n1.建立台账。（牵头单位：~~县住建局~~县财政局；配合单位：~~县审计局~~、各项目建设单位）"
    assert _units(_read(tmp_path, "p.md", text)) == [(["县财政局"], ["各项目建设单位"])]


def test_a_single_tilde_range_stays(tmp_path):
    assert _units(_read(tmp_path, "p.txt", "某县方案\n\n1.建立台账，2024年~2025年完成。（县财政局负责）")) == [
        (["县财政局"], [])
    ]


def test_word_runs_struck_through_are_not_read():
    rows = task_rows(read_document(FIXTURES / "07-county-struck.docx"))
    assert [(leads, supports) for _, leads, supports, _ in rows[:3]] == [
        (["县交通运输局"], ["县公路事务中心", "沿线乡镇"]),  # w:strike
        (["县市场监管局"], ["县商务局"]),  # w:dstrike
        (["县城管局"], ["县住建局"]),
    ]


_TABLE = (
    "<table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>"
    "<tr><td>1</td><td>推进改革。</td><td>{lead}</td><td>{support}</td></tr></table>"
)


@pytest.mark.parametrize("tag", ["s", "del", "strike"])
def test_html_struck_through_units_are_not_read(tmp_path, tag):
    page = _TABLE.format(lead=f"<{tag}>市住建局</{tag}>市城管局", support=f"市财政局<{tag}>、市审计局</{tag}>")
    assert _units(_read(tmp_path, "p.html", page)) == [(["市城管局"], ["市财政局"])]


# ---- text a page hides ---------------------------------------------------------------------------------------------

_ITEMS = (
    "<h1>某市方案</h1>{open}<p>1.推进改革。（牵头单位：市财政局；配合单位：市审计局）</p></div>"
    "<p>2.建设平台。（牵头单位：市数据局）</p>"
)


@pytest.mark.parametrize(
    "open_",
    [
        '<div class="tab-con">',  # a tab panel a class hides (its style sheet's rules are not followed)
        '<div class="tab-pane" style="display: none;">',  # a closed tab a script hid, saved from the browser
        '<div role="tabpanel" hidden>',
        '<div id="js_content" style="visibility: hidden;">',  # a 微信公众号 article's body until its script runs
    ],
)
def test_tab_panels_and_text_a_script_reveals_are_read(tmp_path, open_):
    doc = _read(tmp_path, "p.html", _ITEMS.format(open=open_))
    assert _units(doc) == [(["市财政局"], ["市审计局"]), (["市数据局"], [])]


@pytest.mark.parametrize(
    "open_", ['<div style="display:none">', "<div hidden>", '<div class="draft" style="DISPLAY: NONE">']
)
def test_text_hidden_for_good_is_not_read(tmp_path, open_):
    doc = _read(tmp_path, "p.html", _ITEMS.format(open=open_))
    assert _units(doc) == [(["市数据局"], [])]

"""Round 45, files8: file left-overs and a review's mends.

The files are made by ``tests/fixtures/round45/files8/make_fixtures.py`` (hand-written pages, python-docx with a text
box and a nested table, openpyxl, LibreOffice's .xls and .odt); each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/loader.md, round 45).
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest

from reformgraph.loaders.formats_xlsx import xlsx_sheets
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from reformgraph.loaders.tables import _as_read
from tests.support.expected_files import compared
from tests.support.readings import sheet_document, task_rows

FIXTURES = Path(__file__).parent / "fixtures" / "round45" / "files8"
NEEDS_SOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="needs libreoffice-writer-nogui")


def _cases():
    for path in sorted(FIXTURES.glob("*.expected.json")):
        marks = [NEEDS_SOFFICE] if path.name.startswith("10-") else []  # an .odt is read through LibreOffice
        yield pytest.param(path, marks=marks, id=path.name.removesuffix(".expected.json"))


@pytest.mark.parametrize("expected_path", list(_cases()))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _read(tmp_path: Path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return read_document(path)


def _units(doc) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in task_rows(doc)]


# ---- a page's table rows hidden inline ------------------------------------------------------------------------------

_HEAD = "<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>"


@pytest.mark.parametrize("opening", ['<tr style="display:none">', "<tr hidden>", '<tr style="DISPLAY: none;">'])
def test_a_table_row_hidden_inline_is_no_task(tmp_path, opening):
    page = (
        f"<h1>某市方案</h1><table>{_HEAD}"
        "<tr><td>1</td><td>推进改革。</td><td>市财政局</td><td>市审计局</td></tr>"
        f"{opening}<td>2</td><td>清理收费。</td><td>市发展改革委</td><td>市市场监管局</td></tr>"
        "<tr><td>2</td><td>建设平台。</td><td>市数据局</td><td></td></tr></table>"
    )
    doc = _read(tmp_path, "p.html", page)
    assert [(m.line, [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures] == [
        (2, ["市财政局"]),
        (3, ["市数据局"]),  # rows counted as the page shows them
    ]


def test_a_row_left_unclosed_after_a_hidden_one_is_read(tmp_path):
    page = (
        f"<h1>某市方案</h1><table>{_HEAD}<tr hidden><td>1<td>清理收费。<td>市发展改革委<td>"
        "<tr><td>1<td>推进改革。<td>市财政局<td>市审计局</table>"
    )
    assert _units(_read(tmp_path, "p.html", page)) == [(["市财政局"], ["市审计局"])]


# ---- a table in an <iframe srcdoc>, a grid of span cells -----------------------------------------------------------


def test_a_table_in_an_iframe_srcdoc_is_read(tmp_path):
    inner = f"<table>{_HEAD}<tr><td>1</td><td>推进改革。</td><td>市财政局</td><td>市审计局</td></tr></table>"
    page = f'<h1>某市方案</h1><iframe srcdoc="{html.escape(inner, quote=True)}"></iframe><p>某市人民政府办公室</p>'
    assert _units(_read(tmp_path, "p.html", page)) == [(["市财政局"], ["市审计局"])]


def test_frames_in_frames_count_against_the_depth_limit(tmp_path):
    from reformgraph.errors import DocumentError

    page = "<p>x</p>"
    for _ in range(70):  # Limits.depth: 64
        page = f'<iframe srcdoc="{html.escape(page, quote=True)}"></iframe>'
    with pytest.raises(DocumentError, match="nested"):
        _read(tmp_path, "p.html", "<h1>某市方案</h1>" + page)


def test_a_grid_of_span_cells_reads_as_a_table(tmp_path):
    rows = [("序号", "重点任务", "牵头单位", "配合单位"), ("1", "推进改革。", "市财政局", "市审计局")]
    grid = "".join(
        '<div class="row">' + "".join(f'<span class="cell">{c}</span>' for c in row) + "</div>" for row in rows
    )
    doc = _read(tmp_path, "p.html", f"<h1>某市方案</h1>{grid}<p>某市人民政府办公室</p>")
    assert _units(doc) == [(["市财政局"], ["市审计局"])]  # the signature under the grid is no unit of its row


def test_a_signature_under_a_text_table_ends_it():
    text = (
        "某市方案\n序号  项目名称  牵头单位  配合单位  完成时间\n"
        "1  新增公共充电桩1500个。  市发展改革委  市供电公司  2025年12月\n"
        "2  建设示范社区10个。  市体育局  市民政局、各区人民政府  2025年11月\n某市人民政府办公室\n"
    )
    assert [s for _, _, s, _ in task_rows(parse_document(text))] == [["市供电公司"], ["市民政局", "各区人民政府"]]


# ---- a ★ legend giving ★ another meaning ---------------------------------------------------------------------------


def test_a_star_a_legend_gives_to_tasks_marks_no_lead_in_a_sheet():
    rows = [["责任单位", "项目内容", "完成时限"], ["★县住建局、县城管局", "改造供水管网。", "2025年10月31日"]]
    assert _units(sheet_document(*rows)) == [(["县住建局"], ["县城管局"])]  # round 44: no legend, ★ marks the lead
    legend = [*rows, ["注：标★的项目为市级重点民生项目。"]]
    assert _units(sheet_document(*legend)) == [(["县住建局", "县城管局"], [])]


@pytest.mark.parametrize("legend", ["注：标★的为省级重点任务。", "★为省级重点任务"])
def test_a_star_legend_under_a_text_table_is_read_where_it_is(legend):
    text = (
        "某市方案\n\n| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 建设平台。 | ★市数据局、市发展改革委 |\n\n"
        f"{legend}\n"
    )
    assert _units(parse_document(text)) == [(["市数据局", "市发展改革委"], [])]


def test_a_star_legend_in_traditional_characters_is_read_after_folding():
    text = (
        "某市方案\n\n| 序號 | 工作任務 | 責任單位 |\n|---|---|---|\n| 1 | 建設平台。 | ★市數據局、市發展改革委 |\n\n"
        "注：標★的為省級重點任務。\n"
    )
    assert _units(parse_document(text)) == [(["市数据局", "市发展改革委"], [])]
    rows = [["責任單位", "項目內容", "完成時限"], ["★縣住建局、縣城管局", "改造供水管網。", "2025年10月31日"]]
    assert _units(sheet_document(*rows, ["注：標★的項目為市級重點民生項目。"])) == [(["县住建局", "县城管局"], [])]


def test_a_legend_naming_the_lead_keeps_the_star_a_lead_mark():
    text = (
        "某市方案\n\n| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 建设平台。 | ★市数据局、市发展改革委 |\n\n"
        "注：标★的为牵头单位。\n"
    )
    assert _units(parse_document(text)) == [(["市数据局"], ["市发展改革委"])]


def test_a_word_table_led_by_its_units_column():
    doc = read_document(FIXTURES / "02-city-star-legend.docx")
    assert _units(doc)[0] == (["市数据局", "市发展改革委"], [])
    assert task_rows(doc)[0][0].startswith("建设")


# ---- a notice's issuer and 文号 above its title ----------------------------------------------------------------------


def test_an_issuer_over_its_document_number_is_no_title():
    text = (
        "某某县人民政府办公室\n某政办发〔2025〕9号\n某某县2025年农村人居环境整治提升工作方案\n"
        "各乡镇人民政府，县政府各部门：\n1.推进户厕整改。（牵头单位：县农业农村局）\n"
    )
    doc = parse_document(text)
    assert (doc.title, doc.doc_number) == ("某某县2025年农村人居环境整治提升工作方案", "〔2025〕9号")


def test_a_word_notice_in_traditional_characters_has_its_title():
    doc = read_document(Path(__file__).parent / "fixtures" / "round44" / "files7" / "01-county-traditional.docx")
    assert doc.title == "某某县优化营商环境重点任务分工方案"  # round 44's Left: before, 某某县人民政府办公室


@NEEDS_SOFFICE
def test_an_odt_title_over_two_lines_under_the_issuer_and_number():
    doc = read_document(FIXTURES / "10-city-issuer-above.odt")
    assert doc.title == "某某市2025年基层卫生健康服务能力提升行动方案"


# ---- 项目内容 names a task column ----------------------------------------------------------------------------------


def test_a_project_content_column_is_the_task_column():
    rows = [["责任单位", "项目内容", "配合单位"], ["县教育局", "新建县第三幼儿园。", "县住建局"]]
    assert task_rows(sheet_document(*rows)) == [("新建县第三幼儿园。", ["县教育局"], ["县住建局"], None)]


# ---- the review's mends: no behaviour change -----------------------------------------------------------------------


def test_a_workbook_reader_gives_its_hidden_rows_with_its_sheets():
    read = xlsx_sheets(
        (Path(__file__).parent / "fixtures/round44/files7/06-district-hidden-rows.xlsx").read_bytes(), path="x"
    )
    assert [name for name, _ in read.sheets] == ["重点任务"]
    assert read.set_aside == [("重点任务", (4, 6))]


@NEEDS_SOFFICE
def test_an_xls_ledger_notes_its_hidden_row():
    doc = read_document(FIXTURES / "09-county-star-legend.xls")
    assert [(w.kind, w.line) for w in doc.warnings if w.kind == "hidden_rows"] == [("hidden_rows", 6)]


def test_cells_with_invisible_and_traditional_characters_are_read_in_one_pass():
    tables, paragraphs, _, _, count = _as_read(
        [[["序號", "牽頭\u200b單位"], ["1", "县\u200b财政局"]]], ["註"], [None], "方案"
    )
    assert (tables, paragraphs, count) == ([[["序号", "牵头单位"], ["1", "县财政局"]]], ["注"], 5)

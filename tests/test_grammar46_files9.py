"""Round 46, files9: file formats' traps not yet met.

The files are made by ``tests/fixtures/round46/files9/make_fixtures.py`` (python-docx with tracked changes, comments,
footnotes, merged cells and a table split with its header repeated; openpyxl; a 公众号 article and a portal page
written by hand; a GBK .csv; LibreOffice's .pdf, .et and .doc); each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/loader.md, round 46).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from openpyxl import Workbook

from reformgraph.errors import DocumentError
from reformgraph.loaders.read import read_document
from reformgraph.loaders.sheets import document_from_sheets
from tests.support.expected_files import compared
from tests.support.readings import task_rows

FIXTURES = Path(__file__).parent / "fixtures" / "round46" / "files9"
NEEDS_SOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="needs libreoffice-writer-nogui")
_CONVERTED = ("09-", "10-")  # an .et and a .doc are read through LibreOffice


def _cases():
    for path in sorted(FIXTURES.glob("*.expected.json")):
        marks = [NEEDS_SOFFICE] if path.name.startswith(_CONVERTED) else []
        yield pytest.param(path, marks=marks, id=path.name.removesuffix(".expected.json"))


@pytest.mark.parametrize("expected_path", list(_cases()))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _units(doc) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in task_rows(doc)]


# ---- Word: a vMerge continue under a cell in no merge ---------------------------------------------------------------

W_NS = nsdecls("w")


def _run(text: str, properties: str = "") -> str:
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _cell(text: str, merge: str | None = None) -> str:
    merged = {None: "", "restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}[merge]
    return f"<w:tc><w:tcPr>{merged}</w:tcPr><w:p>{_run(text) if text else ''}</w:p></w:tc>"


def _table(rows) -> str:
    return (
        f"<w:tbl {W_NS}><w:tblPr/>"
        + "".join(
            "<w:tr>" + "".join(_cell(*c) if isinstance(c, tuple) else _cell(c) for c in row) + "</w:tr>" for row in rows
        )
        + "</w:tbl>"
    )


def _word(tmp_path: Path, *blocks: str) -> Path:
    document = docx.Document()
    document.add_paragraph("某市2025年重点任务分工")
    body = document.element.body
    for block in blocks:
        body.insert(len(body) - 1, parse_xml(block))
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


_HEAD = ["序号", "重点任务", "牵头单位", "配合单位"]


def test_a_merge_cut_by_a_split_table_with_its_header_repeated_goes_on(tmp_path):
    first = _table([_HEAD, ["1", "推进改革。", ("市住房城乡建设局", "restart"), "市财政局"]])
    second = _table([_HEAD, ["2", "优化审批。", ("", "continue"), "市城市管理局"]])  # the merge cut by the split
    page_break = f'<w:p {W_NS}><w:r><w:br w:type="page"/></w:r></w:p>'
    doc = read_document(_word(tmp_path, first, page_break, second))
    assert _units(doc) == [(["市住房城乡建设局"], ["市财政局"]), (["市住房城乡建设局"], ["市城市管理局"])]


def test_a_merge_continued_in_its_table_is_read_as_before(tmp_path):
    rows = [
        _HEAD,
        ["1", "推进改革。", ("市发展改革委", "restart"), "市财政局"],
        ["2", "优化审批。", ("", "continue"), ""],
    ]
    assert _units(read_document(_word(tmp_path, _table(rows)))) == [
        (["市发展改革委"], ["市财政局"]),
        (["市发展改革委"], []),
    ]


# ---- Word: formats changed with tracked changes, notes' marks --------------------------------------------------------


def _paragraph(*runs: str) -> str:
    return f"<w:p {W_NS}>" + "".join(runs) + "</w:p>"


def _changed(text: str, now: str, before: str) -> str:
    change = f'<w:rPrChange w:id="1" w:author="甲" w:date="2025-04-02T09:00:00Z"><w:rPr>{before}</w:rPr></w:rPrChange>'
    return _run(text, f"<w:rPr>{now}{change}</w:rPr>")


@pytest.mark.parametrize("before", ["<w:strike/>", "<w:vanish/>", "<w:dstrike/>"])
def test_a_format_taken_off_with_tracked_changes_shows_the_words(tmp_path, before):
    item = _paragraph(
        _run("1.推进改革。（牵头单位：市财政局；配合单位："), _changed("市审计局、", "", before), _run("市税务局）")
    )
    assert _units(read_document(_word(tmp_path, item))) == [(["市财政局"], ["市审计局", "市税务局"])]


def test_a_strike_put_on_with_tracked_changes_still_deletes(tmp_path):
    item = _paragraph(
        _run("1.推进改革。（牵头单位：市财政局；配合单位："),
        _changed("市审计局、", "<w:strike/>", ""),
        _run("市税务局）"),
    )
    assert _units(read_document(_word(tmp_path, item))) == [(["市财政局"], ["市税务局"])]


def test_a_footnote_with_its_own_mark_leaves_no_sign_on_the_name(tmp_path):
    mark = '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>※</w:t></w:r>'
    item = _paragraph(_run("1.推进改革。（牵头单位：市财政局"), mark, _run("；配合单位：市审计局）"))
    assert _units(read_document(_word(tmp_path, item))) == [(["市财政局"], ["市审计局"])]


def test_a_superscript_mark_after_a_word_is_no_text_but_an_exponent_stays(tmp_path):
    raised = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{}</w:t></w:r>'
    item = _paragraph(
        _run("1.新建绿地10万m"),
        raised.format("2"),
        _run("。（牵头单位：市财政局"),
        raised.format("1"),
        _run("；配合单位：市审计局"),
        raised.format("[2]"),
        _run("）"),
    )
    [(text, leads, supports, _)] = task_rows(read_document(_word(tmp_path, item)))
    assert (text[:9], leads, supports) == ("新建绿地10万m2", ["市财政局"], ["市审计局"])


# ---- HTML: a <sup> note's mark, a page of pictures ------------------------------------------------------------------


def _page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "p.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><h1>某县方案</h1>{body}</body></html>', "utf-8")
    return path


@pytest.mark.parametrize("mark", ["<sup>1</sup>", "<sup>[1]</sup>", "<sup>①</sup>", '<a href="#n1"><sup>注1</sup></a>'])
def test_a_note_mark_raised_after_a_unit_is_no_part_of_its_name(tmp_path, mark):
    page = _page(tmp_path, f"<p>1.推进改革。（牵头单位：县财政局{mark}；配合单位：县审计局）</p><p>注1：说明。</p>")
    assert _units(read_document(page)) == [(["县财政局"], ["县审计局"])]


def test_an_exponent_raised_after_a_letter_stays_in_the_text(tmp_path):
    page = _page(tmp_path, "<p>1.新建绿地10万m<sup>2</sup>。（牵头单位：县住建局）</p>")
    [(text, _, _, _)] = task_rows(read_document(page))
    assert text.startswith("新建绿地10万m2")


def test_a_page_showing_its_tasks_as_pictures_says_so(tmp_path):
    page = _page(
        tmp_path, '<section><span>重点任务分工如下：</span></section><section><img data-src="a.png"/></section>'
    )
    with pytest.raises(DocumentError, match="shows 1 picture, which are not read"):
        read_document(page)


def test_a_page_reading_nothing_with_no_picture_keeps_its_error(tmp_path):
    with pytest.raises(DocumentError) as raised:
        read_document(_page(tmp_path, "<p>重点任务分工如下。</p>"))
    assert "picture" not in str(raised.value)


# ---- Workbooks: a sheet per lead unit -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["1.省发展改革委", "省发展改革委（3项）", "省发展改革委(3)", "省发展改革委牵头", "省发展改革委"]
)
def test_a_sheet_named_by_its_lead_with_a_number_a_count_or_its_role(name):
    notes = ("说明", [["本表按牵头单位分设工作表。"]])
    sheet = (name, [["序号", "重点任务", "配合单位", "完成时限"], [1, "推进改革。", "省财政厅", "2025年6月底前"]])
    doc = document_from_sheets([notes, sheet], path="t.xlsx", key="t", sha256="0")
    assert _units(doc) == [(["省发展改革委"], ["省财政厅"])]


def test_a_workbook_of_sheets_per_lead_reads_each_sheets_lead(tmp_path):
    book = Workbook()
    book.active.title = "说明"
    for name, task in (("1.省商务厅", "促进消费。"), ("2.省交通运输厅", "建设公路。")):
        sheet = book.create_sheet(name)
        sheet.append(["序号", "重点任务", "配合单位"])
        sheet.append([1, task, "省财政厅"])
    book.save(tmp_path / "b.xlsx")
    assert _units(read_document(tmp_path / "b.xlsx")) == [
        (["省商务厅"], ["省财政厅"]),
        (["省交通运输厅"], ["省财政厅"]),
    ]


# ---- PDF: a cell merged down over a page break that splits a row -----------------------------------------------------


def test_a_merged_cell_over_a_split_row_stays_merged():
    from reformgraph.loaders.pdf_tables import _MERGED, _merged_down, _split_rows_joined

    rows = [
        ["序号", "重点任务", "牵头单位"],
        ["1", "推进改革。", "市工业和信息化局"],
        ["2", "开展对接活", _MERGED],
        ["", "动。", _MERGED],  # the row's rest on the next page, under the header repeated there
        ["3", "建设平台。", _MERGED],
    ]
    assert [row[2] for row in _merged_down(_split_rows_joined(rows))][1:] == ["市工业和信息化局"] * 3


# ---- text: a note's mark in superscript digits after a unit ----------------------------------------------------------


def test_superscript_digits_after_a_unit_in_a_field_or_a_cell_are_no_part_of_its_name():
    from reformgraph.loaders.parse import parse_document

    labelled = "某县方案\n\n1.推进改革。（牵头单位：县财政局¹；配合单位：县审计局²、县税务局³）\n"
    table = "某县方案\n\n| 序号 | 任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 推进改革。 | 县财政局¹ | 县审计局² |\n"
    assert _units(parse_document(labelled)) == [(["县财政局"], ["县审计局", "县税务局"])]
    assert _units(parse_document(table)) == [(["县财政局"], ["县审计局"])]

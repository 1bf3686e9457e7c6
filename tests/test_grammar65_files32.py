"""Round 65, files32: the office files round 64 left unread (docs/round65_files32.md): a colour legend over an XML
Spreadsheet's, an .xlsx's and a Word file's runs, short forms a Word file's footnotes and endnotes define, a unit's
contact line under a 台账."""

from __future__ import annotations

import io

import docx
import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Color, Font

from reformgraph.loaders.formats_docx import read_docx
from reformgraph.loaders.formats_xlsx import _in_format as cell_in_format
from reformgraph.loaders.formats_xlsx import read_xlsx
from reformgraph.loaders.formats_xmlss import read_xmlss
from reformgraph.loaders.read import read_document
from reformgraph.loaders.run_formats import run_legend
from reformgraph.loaders.tables import _unit_sign_off, document_from_tables
from reformgraph.loaders.vocab import defined_short_forms
from tests.support.office import (
    CALC_MISSING,
    add_notes,
    libreoffice_calc,
    libreoffice_copy,
    note_reference,
    noted_table_document,
    one_task_book,
    one_task_table,
)
from tests.support.readings import task_rows

# ---- a colour legend (run_formats.run_legend, in_colour) -------------------------------------------------------------

_RED_LEGEND = "注：责任单位中红色字体的为牵头单位，其余为配合单位。"


def test_the_wordings_of_a_colour_legend() -> None:
    for said in (_RED_LEGEND, "说明：标红的为牵头单位", "用红色标注的为牵头部门", "字体为红色的单位为牵头单位"):
        legend = run_legend(said, colours=True)
        assert legend is not None and (legend.colour, legend.mark) == ("红", "★"), said
    assert run_legend("蓝色字体为配合单位", colours=True)[::6] == ("", "蓝")  # font "", colour 蓝
    assert run_legend("蓝色字体为配合单位", colours=True).mark == "☆"
    # guards: red in a plan's words (红色基因, 红色旅游), a bold legend beside a colour word, a reader of no colour
    assert run_legend("传承红色基因，发展红色旅游，红色教育基地为重点", colours=True) is None
    assert run_legend("注：字体加粗的为牵头单位（红色为新增任务）", colours=True).colour == ""
    assert run_legend(_RED_LEGEND) is None


# an XML Spreadsheet (formats_xmlss._formats_marked)

_BOOK = (
    '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">'
    '<Styles><Style ss:ID="r"><Font ss:FontName="宋体" ss:Color="#FF0000"/></Style>'
    '<Style ss:ID="o"><Font ss:FontName="宋体" ss:Color="#FFC000"/></Style></Styles>'
    '<Worksheet ss:Name="台账"><Table>'
    '<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">{legend}</Data></Cell></Row>'
    '<Row><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">工作任务</Data></Cell>'
    '<Cell><Data ss:Type="String">责任单位</Data></Cell></Row>{rows}</Table></Worksheet></Workbook>'
)
_RICH = '<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">{}</ss:Data></Cell>'
_RED = '<Font html:Color="#FF0000">{}</Font>'
_BLACK = '<Font html:Color="#000000">{}</Font>'


def _row(number: str, task: str, unit_cell: str) -> str:
    return (
        f'<Row><Cell><Data ss:Type="String">{number}</Data></Cell><Cell><Data ss:Type="String">{task}</Data></Cell>'
        f"{unit_cell}</Row>"
    )


def _xmlss(legend: str, *rows: str):
    data = _BOOK.format(legend=legend, rows="".join(rows)).encode()
    return read_xmlss(data, path="台账.xml", key="台账", sha256="0")


def test_xml_spreadsheet_red_runs_under_a_colour_legend() -> None:
    # <Font html:Color="#FF0000"> runs lead, black ones support, wherever in the list; a cell red through its style
    doc = _xmlss(
        _RED_LEGEND,
        _row("1", "推进农村供水。", _RICH.format(_RED.format("县水利局") + _BLACK.format("、县财政局"))),
        _row("2", "落实维修资金。", _RICH.format(_BLACK.format("县水利局、") + _RED.format("县财政局"))),
        _row("3", "划定水源地。", '<Cell ss:StyleID="r"><Data ss:Type="String">县生态环境分局</Data></Cell>'),
    )
    assert [r[1:3] for r in task_rows(doc)] == [
        (["县水利局"], ["县财政局"]),
        (["县财政局"], ["县水利局"]),
        (["县生态环境分局"], []),
    ]


def test_xml_spreadsheet_colours_with_no_colour_legend_or_another_colour() -> None:
    # no legend: red runs are plain text (every unit of 责任单位 leads); a bold legend: red runs are not bold
    runs = _RICH.format(_RED.format("县水利局") + _BLACK.format("、县财政局"))
    assert [r[1:3] for r in task_rows(_xmlss("注：请于每月5日前报送。", _row("1", "推进供水。", runs)))] == [
        (["县水利局", "县财政局"], [])
    ]
    assert [r[1:3] for r in task_rows(_xmlss("注：加粗的为牵头单位。", _row("1", "推进供水。", runs)))] == [
        (["县水利局", "县财政局"], [])
    ]
    # an orange run (#FFC000) is not red
    orange = _RICH.format('<Font html:Color="#FFC000">县水利局</Font>、' + _RED.format("县财政局"))
    assert [r[1:3] for r in task_rows(_xmlss(_RED_LEGEND, _row("1", "推进供水。", orange)))] == [
        (["县财政局"], ["县水利局"])
    ]


# an .xlsx (sheet_stream.run_in_format, formats_xlsx._in_format)


def _xlsx(legend: str, units, font: Font | None = None):
    data = one_task_book(legend, units, task="推进城市更新。", font=font)
    return read_xlsx(data, path="台账.xlsx", key="台账", sha256="0")


def _runs(*parts: tuple[str, str]) -> CellRichText:
    return CellRichText(*(TextBlock(InlineFont(rFont="宋体", color=colour), text) for text, colour in parts))


def test_xlsx_red_runs_and_a_red_cell_under_a_colour_legend() -> None:
    legend = "说明：责任单位中标红的为牵头单位，其余为配合单位。"
    runs = _runs(("区自然资源分局、", "FF000000"), ("区工信局", "FFFF0000"), ("、区投促中心", "FF000000"))
    assert [r[1:3] for r in task_rows(_xlsx(legend, runs))] == [(["区工信局"], ["区自然资源分局", "区投促中心"])]
    # a cell red whole through its font: Excel's 深红, the old palette's red (indexed 10); not a blue one, nor a
    # theme's colour (not read)
    red = run_legend(legend, colours=True)
    book = Workbook()
    cells = [book.active.cell(1, k + 1, "区住建局") for k in range(5)]
    colours = (Color("FFC00000"), Color(indexed=10), Color("FF0070C0"), Color(theme=5), None)
    for cell, colour in zip(cells, colours, strict=True):
        cell.font = Font(color=colour)
    assert [cell_in_format(cell, red) for cell in cells] == [True, True, False, False, False]
    assert [r[1:3] for r in task_rows(_xlsx(legend, "区城市更新中心", Font(color="FFC00000")))] == [
        (["区城市更新中心"], [])
    ]


def test_xlsx_red_runs_with_no_colour_legend() -> None:
    runs = _runs(("区工信局", "FFFF0000"), ("、区投促中心", "FF000000"))
    assert [r[1:3] for r in task_rows(_xlsx("说明：请按月报送。", runs))] == [(["区工信局", "区投促中心"], [])]
    # a blue run under a red legend marks nothing
    blue = _runs(("区工信局", "FF0070C0"), ("、", "FF000000"), ("区投促中心", "FFFF0000"))
    assert [r[1:3] for r in task_rows(_xlsx(_RED_LEGEND, blue))] == [(["区投促中心"], ["区工信局"])]


@pytest.mark.skipif(libreoffice_calc() is None, reason=CALC_MISSING)
def test_xls_red_runs_under_a_colour_legend(tmp_path) -> None:
    # the workbook saved as .xls (BIFF8, as WPS 表格 and old Excel keep a 台账): a run's font's colour index, its
    # (r, g, b) in the workbook's palette (formats_xls._in_format)
    book = Workbook()
    sheet = book.active
    sheet.append([_RED_LEGEND])
    sheet.append(["序号", "工作任务", "责任单位"])
    sheet.append(["1", "推进城市更新。", _runs(("区自然资源分局、", "FF000000"), ("区工信局", "FFFF0000"))])
    sheet.append(["2", "建设便民生活圈。", _runs(("区商务局", "FF0070C0"), ("、区民政局", "FF000000"))])
    book.save(tmp_path / "台账.xlsx")
    libreoffice_copy(tmp_path / "台账.xlsx", "xls", tmp_path / "台账.xls")
    doc = read_document(tmp_path / "台账.xls")
    # (the blue run of row 2 marks nothing under a red legend: every unit of it leads, as its column says)
    assert [r[1:3] for r in task_rows(doc)] == [(["区工信局"], ["区自然资源分局"]), (["区商务局", "区民政局"], [])]


# a Word file (formats_docx._format_says)


def _docx_units(legend: str, runs: list[tuple[str, str | None]]):
    document = docx.Document()
    paragraph = one_task_table(document, legend)
    for text, colour in runs:
        run = paragraph.add_run(text)
        if colour:
            run.font.color.rgb = docx.shared.RGBColor.from_string(colour)
    out = io.BytesIO()
    document.save(out)
    return task_rows(read_docx(out.getvalue(), path="清单.docx", key="清单", sha256="0"))


def test_word_red_runs_under_a_colour_legend() -> None:
    runs = [("区商务局", "FF0000"), ("、区财政局、", None), ("区民政局", "C00000")]
    assert [r[1:3] for r in _docx_units(_RED_LEGEND, runs)] == [(["区商务局", "区民政局"], ["区财政局"])]
    # guard: no legend, every unit of 责任单位 leads
    assert [r[1:3] for r in _docx_units("注：请按月报送进展。", runs)] == [(["区商务局", "区财政局", "区民政局"], [])]


# ---- a unit's contact line under a 台账 (tables._unit_sign_off) -----------------------------------------------------

_TASKS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "推进城市更新单元划定。", "区住建局", "区自然资源分局", "2026年5月底前"],
    ["2", "开展老旧厂房改造利用。", "区工信局", "区投促中心", "2026年11月底前"],
]


def _tables_doc(tables, paragraphs=()):
    return document_from_tables(
        tables, path="台账.xlsx", key="台账", sha256="0", title="某区2026年城市更新台账", paragraphs=paragraphs
    )


def test_a_units_contact_line_merged_across_is_no_task() -> None:
    line = "某区住房和城乡建设局    联系人：龚某某    联系电话：138xxxx8426"
    assert len(task_rows(_tables_doc([[*_TASKS, [line] * 5]]))) == 2  # before: a third, led by the unit, due 8426
    # guards: a task row whose text opens with a unit and its contact (its own number and cells) is a task; a merged
    # line opening with no unit's name is read as before
    said = ["3", "某区住房和城乡建设局联系人：负责项目日常对接", "区住建局", "", "2026年6月底前"]
    assert len(task_rows(_tables_doc([[*_TASKS, said]]))) == 3
    other = "请各街道明确联系人：于每月5日前报送"
    assert _unit_sign_off([other] * 5) is False


# ---- short forms a Word file's footnotes and endnotes define (formats_docx.docx_notes, vocab.defined_short_forms) ---


def _written(doc) -> dict[str, str | None]:
    """Each unit named as a task's lead or support → how the graph is told its name (a definition written with it)."""
    return {u.raw: u.written for w in doc.workplans for m in w.measures for u in (*m.leads, *m.supports)}


def _noted_docx(footnotes, endnotes=()):
    rows = [
        ("序号", "重点任务", "牵头单位", "配合单位"),
        ("1", "健全信用信息归集共享机制。", "市发改委", "市信用中心"),
        ("2", "开展信用修复“一网通办”。", "某市数据局", "某市发展和改革委员会"),
    ]
    document = noted_table_document("为推进工作，某市发展和改革委员会", rows, footnotes, endnotes)
    out = io.BytesIO()
    document.save(out)
    return read_docx(out.getvalue(), path="清单.docx", key="清单", sha256="0")


def test_footnotes_defining_the_tables_short_forms() -> None:
    # a footnote's sentence (X，以下简称Y。) and an endnote's list (表中其他单位简称如下： then 简称：全称 a line)
    doc = _noted_docx(
        ["某市发展和改革委员会，以下简称市发改委。"], [["表中其他单位简称如下：", "市数据局：某市数据局"]]
    )
    written = _written(doc)
    assert written["某市发展和改革委员会"] == "某市发展和改革委员会（以下简称市发改委）"
    assert written["某市数据局"] == "某市数据局（以下简称市数据局）"
    # a bracket's definition in a footnote (以下简称 in brackets, as a text writes it), a note's own ① typed in
    doc = _noted_docx(["①某市发展和改革委员会（以下简称市发改委）。"])
    assert _written(doc)["某市发展和改革委员会"] == "某市发展和改革委员会（以下简称市发改委）"
    assert [r[1:3] for r in task_rows(doc)] == [
        (["市发改委"], ["市信用中心"]),
        (["某市数据局"], ["某市发展和改革委员会"]),
    ]


def test_footnotes_defining_the_short_forms_of_a_plan_read_as_text() -> None:
    # a .docx of paragraphs (no task table): its notes' short forms join its units too
    document = docx.Document()
    document.add_paragraph("某市2026年数据工作要点")
    paragraph = document.add_paragraph("1.建设城市数据空间。（某市数据局牵头，市发改委配合）")
    note_reference(paragraph, "footnote", 1)
    add_notes(document, "footnote", ["某市数据局，以下简称市数据局。"])
    out = io.BytesIO()
    document.save(out)
    doc = read_docx(out.getvalue(), path="要点.docx", key="要点", sha256="0")
    assert _written(doc) == {"某市数据局": "某市数据局（以下简称市数据局）", "市发改委": None}


def test_footnotes_defining_no_unit_and_naming_no_task() -> None:
    # guards: a note defining no unit's short form; a note naming a unit with a role is no task (notes are read for
    # short forms only)
    doc = _noted_docx(["建设城市信用平台，以下简称平台。", "本清单由某市发展和改革委员会牵头负责解释。"])
    assert set(_written(doc).values()) == {None}
    assert len(task_rows(doc)) == 2
    assert defined_short_forms("建设城市信用平台，以下简称平台。") == {}

"""Round 64, files31: the office files round 63 left unread (docs/round64_files31.md): short forms defined in the
paragraphs and note rows of a document read as task tables, an XML Spreadsheet's rich-text runs under a legend, a
台账's 报送单位 line under its table."""

from __future__ import annotations

from reformgraph.loaders.formats_xmlss import read_xmlss
from reformgraph.loaders.tables import document_from_tables, table_conventions
from tests.support.readings import task_rows


def _written(doc) -> dict[str, str | None]:
    """Each unit named as a task's lead or support → how the graph is told its name (a definition written with it)."""
    return {u.raw: u.written for w in doc.workplans for m in w.measures for u in (*m.leads, *m.supports)}


# ---- short forms defined in the paragraphs of a document of task tables (tables.table_conventions) ------------------

_TASKS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "健全信用信息归集共享机制。", "市发改委", "市信用中心", "2026年6月底前"],
    ["2", "开展信用修复“一网通办”。", "某市发展和改革委员会", "某市公共信用信息中心", "2026年8月底前"],
]


def _tables_doc(tables, paragraphs=()):
    return document_from_tables(
        tables, path="清单.docx", key="清单", sha256="0", title="某市2026年重点任务清单", paragraphs=paragraphs
    )


def test_a_preamble_defining_short_forms_for_the_task_table() -> None:
    # 某市发展和改革委员会（以下简称市发改委） in the notice's paragraph: the table's short form joins the full name
    # (before: only a table of short forms was read in a document of task tables)
    said = [
        "为推进工作，某市发展和改革委员会（以下简称市发改委）、某市公共信用信息中心（以下简称市信用中心）制定本清单。"
    ]
    doc = _tables_doc([_TASKS], said)
    assert _written(doc) == {
        "市发改委": None,
        "市信用中心": None,
        "某市发展和改革委员会": "某市发展和改革委员会（以下简称市发改委）",
        "某市公共信用信息中心": "某市公共信用信息中心（以下简称市信用中心）",
    }
    assert [r[1:] for r in task_rows(doc)] == [
        (["市发改委"], ["市信用中心"], "2026-06"),
        (["某市发展和改革委员会"], ["某市公共信用信息中心"], "2026-08"),
    ]


def test_a_note_under_the_table_listing_short_forms_one_a_line() -> None:
    # 注：表中单位简称如下： then 简称：全称 lines (paragraphs under a Word table)
    said = [
        "注：1.表中单位简称如下：",
        "市发改委：某市发展和改革委员会",
        "市信用中心：某市公共信用信息中心",
        "2.其他说明。",
    ]
    assert _written(_tables_doc([_TASKS], said))["某市公共信用信息中心"] == "某市公共信用信息中心（以下简称市信用中心）"


def test_a_note_row_of_the_sheet_defining_short_forms() -> None:
    # a note row merged across under the task rows (a sheet's cells, no paragraph)
    note = "注：某市发展和改革委员会（以下简称市发改委）为汇总单位。"
    doc = _tables_doc([[*_TASKS, [note] * 5]])
    assert _written(doc)["某市发展和改革委员会"] == "某市发展和改革委员会（以下简称市发改委）"
    assert len(task_rows(doc)) == 2


def test_paragraphs_that_define_no_unit_short_form() -> None:
    said = [
        "建设城市数据平台（以下简称平台），某市发展和改革委员会负责。",
        "注：表中单位简称如下：",
        "平台：城市数据平台建设",
    ]
    assert table_conventions(said, title="清单").short_forms == {}
    assert set(_written(_tables_doc([_TASKS], said)).values()) == {None}


# ---- an XML Spreadsheet's rich text under a legend (formats_xmlss._formats_marked) ---------------------------------

_BOOK = (
    '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">'
    '<Styles><Style ss:ID="b"><Font ss:FontName="宋体" ss:Bold="1"/></Style>'
    '<Style ss:ID="k"><Font ss:FontName="楷体_GB2312"/></Style></Styles>'
    '<Worksheet ss:Name="台账"><Table>'
    '<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">{legend}</Data></Cell></Row>'
    '<Row><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">工作任务</Data></Cell>'
    '<Cell><Data ss:Type="String">责任单位</Data></Cell></Row>{rows}</Table></Worksheet></Workbook>'
)
_RICH = '<ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">{}</ss:Data>'


def _row(number: str, task: str, unit_cell: str) -> str:
    return (
        f'<Row><Cell><Data ss:Type="String">{number}</Data></Cell><Cell><Data ss:Type="String">{task}</Data></Cell>'
        f"{unit_cell}</Row>"
    )


def _xmlss(legend: str, *rows: str):
    data = _BOOK.format(legend=legend, rows="".join(rows)).encode()
    return read_xmlss(data, path="台账.xml", key="台账", sha256="0")


_BOLD_LEGEND = "注：责任单位中加粗的为牵头单位，其余为配合单位。"


def test_xml_spreadsheet_bold_runs_under_a_legend() -> None:
    # <B> runs in a rich-text cell lead, plain runs support, wherever in the list (before: every unit led)
    doc = _xmlss(
        _BOLD_LEGEND,
        _row(
            "1",
            "推进老旧小区改造。",
            "<Cell>" + _RICH.format('<B><Font html:Color="#000000">县住建局</Font></B>、县财政局') + "</Cell>",
        ),
        _row("2", "落实补助资金。", "<Cell>" + _RICH.format("县住建局、<B>县财政局</B>") + "</Cell>"),
        _row("3", "加装电梯。", '<Cell ss:StyleID="b"><Data ss:Type="String">县市场监管局</Data></Cell>'),
    )
    assert [r[1:3] for r in task_rows(doc)] == [
        (["县住建局"], ["县财政局"]),
        (["县财政局"], ["县住建局"]),
        (["县市场监管局"], []),
    ]


def test_xml_spreadsheet_fonts_under_a_font_legend() -> None:
    # a run's html:Face, a style's FontName: 楷体 under 楷体字为配合单位
    doc = _xmlss(
        "注：责任单位中楷体字为配合单位。",
        _row(
            "1",
            "推进老旧小区改造。",
            "<Cell>" + _RICH.format('县住建局、<Font html:Face="楷体_GB2312">县财政局</Font>') + "</Cell>",
        ),
    )
    assert [r[1:3] for r in task_rows(doc)] == [(["县住建局"], ["县财政局"])]


def test_xml_spreadsheet_formats_with_no_legend_or_no_unit() -> None:
    # no legend: bold runs are plain text (every unit as the column says); a bold run of no unit's name: nothing marked
    plain = _xmlss(
        "注：请于每月5日前报送。",
        _row("1", "推进改造。", "<Cell>" + _RICH.format("<B>县住建局</B>、县财政局") + "</Cell>"),
    )
    assert [r[1:3] for r in task_rows(plain)] == [(["县住建局", "县财政局"], [])]
    bold_task = _xmlss(
        _BOLD_LEGEND,
        "<Row>"
        + '<Cell><Data ss:Type="String">1</Data></Cell>'
        + "<Cell>"
        + _RICH.format("<B>推进</B>老旧小区改造。")
        + "</Cell>"
        + '<Cell><Data ss:Type="String">县住建局、县财政局</Data></Cell></Row>',
    )
    assert [r[:3] for r in task_rows(bold_task)] == [("推进老旧小区改造。", ["县住建局", "县财政局"], [])]


# ---- a 台账's 报送单位 line under its rows (tables._SIGN_OFF_ROW) ------------------------------------------------------


def test_a_sending_units_line_merged_across_is_no_task() -> None:
    line = "报送单位：某区发展和改革局（盖章）    联系人：卢某某    联系电话：138xxxx1937"
    doc = _tables_doc([[*_TASKS, [line] * 5]])
    assert len(task_rows(doc)) == 2  # before: a third task, led by 某区发展和改革局（盖章）, due 1937
    # guard: a task whose text names a 报送单位 in its words is a task
    said = "明确报送单位：各区发展改革局按月报送项目进展。"
    assert len(task_rows(_tables_doc([[*_TASKS, ["3", said, "某区发展和改革局", "", "2026年9月底前"]]]))) == 3


# ---- a definition after another's bracket and 会同 (vocab.defined_short_forms) --------------------------------------


def test_a_definition_after_with_names_the_unit_after_it() -> None:
    said = ["某市政务服务和数据管理局（以下简称市政数局）会同某市发展和改革委员会（以下简称市发改委）制定本清单。"]
    assert _written(_tables_doc([_TASKS], said))["某市发展和改革委员会"] == "某市发展和改革委员会（以下简称市发改委）"
    # guard: 会同县 is a county's name (Hunan), kept whole
    assert table_conventions(["，会同县人民政府（以下简称县政府）制定"], title="清单").short_forms == {
        "会同县人民政府": "县政府"
    }


def test_a_note_cell_of_several_lines_listing_short_forms() -> None:
    # one sheet cell (merged across) holding the lead-in and a 简称：全称 a line, broken by Alt+Enter (before: the
    # cell was one compacted text, no line of it a glossary's)
    note = (
        "注：1.表中单位简称如下：\n市发改委：某市发展和改革委员会\n市信用中心：某市公共信用信息中心\n2.请按月报送进展。"
    )
    doc = _tables_doc([[*_TASKS, [note] * 5]])
    assert _written(doc)["某市公共信用信息中心"] == "某市公共信用信息中心（以下简称市信用中心）"
    assert len(task_rows(doc)) == 2
    # guard: a cell of several lines naming no unit's short form
    other = "注：表中简称如下：\n平台：城市数据平台建设"
    assert set(_written(_tables_doc([[*_TASKS, [other] * 5]])).values()) == {None}

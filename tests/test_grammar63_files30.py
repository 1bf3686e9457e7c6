"""Round 63, files30: the office files round 62 left unread (docs/round63_files30.md): a table of short forms
(单位简称对照表) in an office file joined to the full names as round 62's rule for text does, a Word table's row laid
out as text reaching that rule, Word 2003 XML's fonts read under a legend; and, read already, Word 2003's horizontal
merges (``w:hmerge``), its bold runs under a legend and WPS's own Word XML export."""

from __future__ import annotations

import io

from openpyxl import Workbook

from reformgraph.aliases import AliasTable
from reformgraph.build import build_graph
from reformgraph.loaders.formats_docx import docx_content
from reformgraph.loaders.formats_wordxml import _packed, word2003_parts
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.sniff import is_word_xml
from reformgraph.loaders.tables import document_from_tables, table_glossary
from reformgraph.loaders.vocab import glossary_short_forms
from tests.support.office import W03_FOOT, W03_HEAD, w03_cell, w03_paragraph, w03_run
from tests.support.readings import task_rows


def _written(doc) -> dict[str, str | None]:
    """Each unit named as a task's lead or support → how the graph is told its name (a definition written with it)."""
    return {u.raw: u.written for w in doc.workplans for m in w.measures for u in (*m.leads, *m.supports)}


def _units(doc) -> list[str]:
    graph = build_graph([doc], AliasTable.from_rows([]))
    return sorted(d["name"] for _, d in graph.nodes(data=True) if d.get("kind") == "Unit")


# ---- a table of short forms in an office file of task tables (tables.table_glossary) -------------------------------

_TASKS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "健全信用信息归集共享机制。", "市发改委", "市信用中心", "2026年6月底前"],
    ["2", "开展信用修复“一网通办”。", "某市发展和改革委员会", "某市公共信用信息中心", "2026年8月底前"],
]
_GLOSSARY = [
    ["序号", "简称", "全称"],
    ["1", "市发改委", "某市发展和改革委员会"],
    ["2", "市信用中心", "某市公共信用信息中心"],
]


def _tables_doc(*tables):
    return document_from_tables(list(tables), path="清单.docx", key="清单", sha256="0", title="某市2026年重点任务清单")


def test_a_table_of_short_forms_defines_them_for_the_task_tables() -> None:
    # a Word table 序号 | 简称 | 全称 beside the task table: the full names are written with their definitions, so
    # the graph names each pair one unit (before: nothing defined, four units)
    doc = _tables_doc(_TASKS, _GLOSSARY)
    assert [r[1:] for r in task_rows(doc)] == [
        (["市发改委"], ["市信用中心"], "2026-06"),
        (["某市发展和改革委员会"], ["某市公共信用信息中心"], "2026-08"),
    ]
    written = _written(doc)
    assert written["某市发展和改革委员会"] == "某市发展和改革委员会（以下简称市发改委）"
    assert written["某市公共信用信息中心"] == "某市公共信用信息中心（以下简称市信用中心）"
    assert len(_units(doc)) == 2


def test_a_sheet_of_short_forms_in_a_workbook() -> None:
    # an .xlsx whose second sheet, 单位简称对照表, is 序号 | 单位简称 | 单位全称 (a header of another pair of names)
    book = Workbook()
    book.active.title = "任务台账"
    for row in _TASKS:
        book.active.append(row)
    sheet = book.create_sheet("单位简称对照表")
    for row in (["序号", "单位简称", "单位全称"], *_GLOSSARY[1:]):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    doc = parse_bytes(buffer.getvalue(), path="台账.xlsx")
    assert len(task_rows(doc)) == 2  # the glossary's rows are no tasks
    assert _written(doc)["某市发展和改革委员会"] == "某市发展和改革委员会（以下简称市发改委）"


def test_tables_that_define_no_short_form() -> None:
    # guards: a table of 简称 | 说明 (no full name), pairs naming no unit, a document writing 简称 nowhere
    assert table_glossary([[["简称", "说明"], ["市发改委", "负责汇总"]]]) == {}
    assert table_glossary([[["简称", "全称"], ["数据平台", "城市数据平台建设"]]]) == {}
    assert table_glossary([_TASKS]) == {}
    assert _written(_tables_doc(_TASKS))["某市发展和改革委员会"] is None
    doc = _tables_doc(_TASKS, [["简称", "说明"], ["市发改委", "某市发展和改革委员会"]])
    assert _written(doc)["某市发展和改革委员会"] is None


# ---- a Word table's row laid out as text, its cells two spaces apart (vocab.glossary_short_forms) -----------------

_PLAN = (
    "某县2026年政务服务提升行动方案\n\n一、重点任务\n\n"
    "（一）推进事项标准化。梳理县级政务服务事项。（牵头单位：县政数局；完成时限：2026年5月底前）\n\n"
    "（二）加强“好差评”管理。差评整改率达到100%。（牵头单位：某县政务服务和数据管理局；完成时限：持续推进）\n\n"
    "附件\n\n单位简称对照表\n"
)


def test_a_word_tables_rows_as_the_docx_reader_writes_them_in_text() -> None:
    # a prose .docx holds no task table: read as text, its glossary's rows cells two spaces apart (before: no cell
    # found, nothing defined)
    rows = "序号  简称  全称\n1  县政数局  某县政务服务和数据管理局\n2  县人社局  某县人力资源和社会保障局\n"
    doc = parse_document(_PLAN + rows, path="方案.docx")
    assert [r[1] for r in task_rows(doc)] == [["县政数局"], ["某县政务服务和数据管理局"]]
    assert _written(doc)["某县政务服务和数据管理局"] == "某县政务服务和数据管理局（以下简称县政数局）"
    lines = ["单位简称对照表", "序号  简称  全称", "1  县政数局  某县政务服务和数据管理局"]
    assert glossary_short_forms(lines) == ({"某县政务服务和数据管理局": "县政数局"}, [(2, 3)])


def test_spaced_lines_that_are_no_glossary() -> None:
    # guards: a header of 简称 | 说明, a paragraph writing 简称 with two spaces in it, a single space between cells
    assert glossary_short_forms(["简称  说明", "县政数局  某县政务服务和数据管理局"]) == ({}, [])
    assert glossary_short_forms(["文中单位使用简称  全称见附件", "县政数局  某县政务服务和数据管理局"]) == ({}, [])
    assert glossary_short_forms(["简称 全称", "县政数局 某县政务服务和数据管理局"]) == ({}, [])
    doc = parse_document(_PLAN.replace("单位简称对照表\n", "单位简称说明\n简称  说明\n县政数局  负责汇总\n"))
    assert _written(doc)["某县政务服务和数据管理局"] is None


# ---- Word 2003 XML: its fonts under a legend (formats_wordxml._renamed_attribute) ---------------------------------


def _word2003(paragraphs: list[str], *, table: str = "") -> bytes:
    body = "".join(paragraphs) + table
    return (W03_HEAD.format(author="某县", lists="") + body + W03_FOOT).encode()


def _item(words: str, units: list[tuple[str, str | None]], *, latin: str = "Times New Roman") -> str:
    runs = w03_run(words + "（责任单位：")
    runs += "".join(w03_run(t) if f is None else w03_run(t, f, latin=latin) for t, f in units)
    return w03_paragraph("", runs=runs + w03_run("；完成时限：2026年6月底前）"))


_LEGEND = w03_paragraph("一、重点任务（责任单位中黑体字为牵头单位，楷体字为配合单位）")
_TITLE = w03_paragraph("某县2026年重点工作方案", "center")


def test_word2003_fonts_chosen_for_chinese_text_under_a_font_legend() -> None:
    # w:rFonts w:fareast="黑体" (the Latin font another): the .docx reader reads w:eastAsia, so the attribute is
    # renamed (before: no unit in a font, every unit led)
    data = _word2003(
        [
            _TITLE,
            _LEGEND,
            _item("（一）盘活闲置资产。", [("县农业农村局", "黑体"), ("、", None), ("县自然资源局", "楷体_GB2312")]),
        ]
    )
    assert [r[1:3] for r in task_rows(parse_bytes(data, path="方案.xml"))] == [(["县农业农村局"], ["县自然资源局"])]
    document = word2003_parts(data, path="方案.xml")["word/document.xml"].decode()
    assert 'eastAsia="黑体"' in document and ":fareast=" not in document


def test_word2003_east_asian_font_decides_over_the_latin_one() -> None:
    # guard: a unit whose Latin font is 黑体 but whose Chinese font is 楷体 is in 楷体 (before: read by its Latin
    # font, a lead); and bold under a bold legend reads as before
    data = _word2003(
        [
            _TITLE,
            _LEGEND,
            _item(
                "（一）盘活闲置资产。",
                [("县农业农村局", "黑体"), ("、", None), ("县自然资源局", "楷体_GB2312")],
                latin="黑体",
            ),
        ]
    )
    assert [r[1:3] for r in task_rows(parse_bytes(data, path="方案.xml"))] == [(["县农业农村局"], ["县自然资源局"])]
    bold = w03_paragraph(
        "",
        runs=w03_run("（一）盘活闲置资产。（责任单位：")
        + w03_run("县农业农村局", bold="on")
        + w03_run("、县自然资源局；完成时限：2026年6月底前）"),
    )
    data = _word2003([_TITLE, w03_paragraph("一、重点任务（责任单位中加粗的为牵头单位，其余为配合单位）"), bold])
    assert [r[1:3] for r in task_rows(parse_bytes(data, path="方案.xml"))] == [(["县农业农村局"], ["县自然资源局"])]


# ---- read already: Word 2003's w:hmerge, WPS's Word XML -----------------------------------------------------------


def _table(rows: str) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in (700, 3000, 1500, 1500))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"


def test_word2003_horizontal_merges_read_as_grid_spans() -> None:
    # a title row and a header cell merged across with w:hmerge (restart, then continue cells) give the rows a
    # w:gridSpan gives: the text in the first column it spans, the others empty
    header = "".join(w03_cell(h, 1000) for h in ("序号", "工作任务", "牵头单位", "配合单位"))
    task = "".join(w03_cell(c, 1000) for c in ("1", "开展隐患排查。", "县自然资源局", "县应急管理局"))
    merged = w03_cell("某县2026年任务分工", 1000, hmerge="restart") + w03_cell("", 1000, hmerge="continue") * 3
    spanned = w03_cell("某县2026年任务分工", 4000, span=4)
    both = [
        _word2003([_TITLE], table=_table(f"<w:tr>{title}</w:tr><w:tr>{header}</w:tr><w:tr>{task}</w:tr>"))
        for title in (merged, spanned)
    ]
    tables = [docx_content(_packed(word2003_parts(data, path="t.xml")), path="t.xml")[1] for data in both]
    assert tables[0] == tables[1]
    assert tables[0][0][0] == ["某县2026年任务分工", "", "", ""]


def test_wps_word_xml_reads_as_word_2003s() -> None:
    # WPS 文字's “Word XML 文档” (its build number in o:CustomDocumentProperties, Word 2007/2010 namespaces on the
    # root, the page number a field in a text box of the footer inside w:sectPr): Word 2003's document
    path = "tests/fixtures/round63/files30/02-district-reading-wps-word-xml.xml"
    with open(path, "rb") as f:
        data = f.read()
    assert b"KSOProductBuildVer" in data and is_word_xml(data)
    lines, _ = docx_content(_packed(word2003_parts(data, path=path)), path=path)
    assert lines[-1].startswith("联系人：") and not any(line.strip(" —") == "1" for line in lines)

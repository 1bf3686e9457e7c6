"""Round 78 printed78: the Word-table copies of held-out 01 and 22 (test_grammar76_printed76's ``TABLES_NOT_YET_READ``).

The whole plans' copies are test_grammar76_printed76's (its ``TABLES_NOT_YET_READ`` lost held-out 22 here; held-out
01's reason changed); this module holds each rule's small texts in words of our own, and its guard, and a test of
the line map the copies' expected tasks go through (``metamorphic.aligned_where``).
"""

from __future__ import annotations

import pytest
from support import metamorphic
from support.expected_files import measures
from support.printing import NO_OFFICE, print_to_pdf, soffice

from reformgraph.loaders.flat_tables import power_lists
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pdf_tables import _without_running_heads
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.source import Source

# ---- a power list's header laid out on one line (flat_tables.power_lists, _laid_out_power_header) ----

# a 权力和责任清单 as a PDF's text layer lays its ruled table out: each row's cells side by side, a cell wrapped in its
# narrow column, the header's 行使主体 wrapped too (行使 / 主体, printed side by side), and a last column's cell
# going on alone under the row's other cells
_LAID_OUT_LIST = [
    "附件1",
    "某县农村供水管理权力和责任清单",
    "序号    权力名称      行使  主体    权力类别    设定依据          权力事项",
    "1       供水工程规划  县水利局      管理        《某省农村供水    县水利局负责编制",
    "                                              条例》第八条      本县农村供水工程",
    "                                                                规划。",
    "2       水质检测      县卫生健康委  监督        《某省农村供水    县卫生健康委负责",
    "                                              条例》第二十条    农村供水水质卫生",
    "                                                                监测，",
    "                                                                跨镇的集中供水工程水质监测，由县卫生健康委牵头组织开展。",
    "",
    "附件2",
]


def _plan_with_list(breaks: bool) -> tuple[str, frozenset[int]]:
    lines = [
        "某县农村供水保障工作方案",
        "一、重点任务",
        "1.完善农村供水工程运行管护机制，落实管护主体和经费。（牵头单位：县水利局；配合单位：县财政局）",
        "",
        *_LAID_OUT_LIST,
        "某县农村供水管护考核办法",
    ]
    return "\n".join(lines), frozenset({lines.index("") if breaks else -1}) - {-1}


def test_a_power_list_laid_out_on_one_line_assigns_no_task():
    """The list's cells name units and state their statutory duties: a cell standing alone under the row's other
    cells (``跨镇的…由县卫生健康委牵头组织开展。``) read as a task before (held-out 22's table printed)."""
    text, breaks = _plan_with_list(True)
    document = parse_document(text, path="plan.pdf.txt", page_breaks=breaks)
    assert [(m.text[:12], [u.raw for u in m.leads]) for m in measures(document)] == [
        ("完善农村供水工程运行管护", ["县水利局"])
    ]
    header = text.split("\n").index(_LAID_OUT_LIST[2])
    assert power_lists(Source.from_text(text, page_breaks=breaks)) == [(header, text.split("\n").index("附件2"))]


def test_a_laid_out_task_tables_header_is_no_power_list():
    """Guard: a laid-out header naming no legal basis (a task table's: 序号 重点任务 牵头单位 完成时限) and a sentence
    naming 行使主体 and 设定依据 in its words are no power list's header."""
    lines = [
        "某县农村供水保障工作方案",
        "",
        "序号    重点任务（行使主体）      牵头单位    完成时限",
        "1.明确各项权力的行使主体和设定依据，编制权责清单。（牵头单位：县司法局）",
    ]
    assert power_lists(Source.from_text("\n".join(lines), page_breaks=frozenset({1}))) == []
    document = parse_document("\n".join(lines), path="plan.pdf.txt", page_breaks=frozenset({1}))
    assert [[u.raw for u in m.leads] for m in measures(document)] == [["县司法局"]]


# ---- a running head over a ruled table's pages (pdf_tables._without_running_heads) ----


def test_a_running_head_over_every_page_titles_no_part_of_a_table():
    """pdfplumber's lines keep the head Word prints on every page: it is dropped from the lines outside the tables
    as from the text layer's, and a table under nothing else on its page stands at the page's top (-1: no title of
    its own, so it goes on from the table before)."""
    pages = [
        ["某县水利工程建设管理实施方案", "一、目标", "附件：任务分解表"],
        ["某县水利工程建设管理实施方案"],
        ["某县水利工程建设管理实施方案"],
    ]
    assert _without_running_heads(pages, [(0, 3), (1, 1), (2, 1)]) == (["一、目标", "附件：任务分解表"], [2, -1, -1])


def test_a_table_titled_under_the_head_keeps_its_title():
    """Guard: a page's own line under the head (a second table's title) still titles the table under it; a line on
    one page only is no running head."""
    pages = [
        ["某县水利工程建设管理实施方案", "附件1：任务分解表"],
        ["某县水利工程建设管理实施方案", "附件2：项目清单"],
        ["某县水利工程建设管理实施方案"],
    ]
    lines, starts = _without_running_heads(pages, [(0, 2), (1, 2), (2, 1)])
    assert (lines, starts) == (["附件1：任务分解表", "附件2：项目清单"], [1, 2, -1])
    assert _without_running_heads([["附件1：任务分解表"], ["序号"]], [(0, 1), (1, 1)])[1] == [1, 2]


_ROWS = [
    (
        "1",
        "健全农村供水工程建设管理机制，" * 14 + "落实项目法人责任制。",
        "县水利局、县发展改革委、县财政局、县农业农村委、县卫生健康委，各镇人民政府",
    ),
    ("2", "推进城乡供水一体化改造，" * 16 + "提升供水保障水平。", "县水务集团"),
    ("3", "加强水源地保护和水质检测，" * 16 + "确保饮水安全。", "县卫生健康委、县生态环境局，各镇人民政府"),
    ("4", "完善工程运行管护经费保障，" * 16 + "建立长效机制。", "县财政局"),
    ("5", "推进农村供水数字化管理，" * 16 + "实现在线监测。", "县大数据中心"),
]


def _printed_with_a_head(tmp_path) -> bytes:
    """A plan whose task table goes on over a page break, a row cut there and its header not repeated, under a page
    header that prints the plan's title on every page (as_printed_docx's), printed by LibreOffice."""
    docx = pytest.importorskip("docx")
    program = soffice()
    if program is None:
        pytest.skip(NO_OFFICE)
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "某县农村供水工程建设管理实施方案"
    document.add_paragraph("某县农村供水工程建设管理实施方案")
    document.add_paragraph("为加快农村供水工程建设，制定本方案。具体任务见附件。")
    document.add_paragraph("附件：某县农村供水工程重点任务分解表")
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("序号", "重点任务", "责任单位"), strict=True):
        cell.text = name
    for row in _ROWS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    document.save(tmp_path / "plan.docx")
    [pdf] = print_to_pdf([tmp_path / "plan.docx"], tmp_path, program)
    return pdf.read_bytes()


def test_a_table_over_pages_under_a_running_head_reads_whole(tmp_path):
    """Each page's part of the table was titled by the head (the plan's title) and read as a table of its own: the
    second part, headless, no task table (before: 3 of the 5 rows read, the two wholly on the second page lost)."""
    read = measures(parse_bytes(_printed_with_a_head(tmp_path), path="plan.pdf"))
    assert [(m.text[:12], [u.raw for u in m.leads]) for m in read] == [
        (row[1][:12], row[2].replace("，", "、").split("、")) for row in _ROWS
    ]


# ---- the line map over a table laid out row by row (metamorphic.aligned_where, _line_starts) ----


def test_a_line_map_over_a_laid_out_table_finds_the_lines_after_it():
    """A Word table's text layer holds its cells side by side, a cell's words apart in its narrow column: a cell's
    eight characters found pages on (in the text after the table) took the map there, and every line after the table
    was placed at the copy's end (held-out 22's table printed: its six 路长 duties mapped to its last line, 1107). The
    cell itself (``供水工程规划管理``, cut 规 / 划) is placed no further than the line that follows it."""
    plan = "\n".join(
        [
            "一、任务",
            "1.健全供水管护机制。（牵头单位：县水利局）",
            "序号",
            "权力名称",
            "行使主体",
            "1",
            "供水工程规划管理",
            "县水利局",
            "二、附则",
            "县级路长：负责统筹协调全县供水工程规划管理工作。",
            "镇级路长：负责辖区内供水设施日常巡查工作。",
        ]
    )
    layer = "\n".join(
        [
            "一、任务",
            "1.健全供水管护机制。（牵头单位：县水利局）",
            "序号  权力名称    行使主体",
            "1     供水工程规  县水利局",
            "      划管理",
            "二、附则",
            "县级路长：负责统筹协调全县供水工程规划管理",
            "工作。",
            "镇级路长：负责辖区内供水设施日常巡查工作。",
        ]
    )
    where = metamorphic.aligned_where(plan, layer)
    assert [where(n, 0) for n in (1, 2, 9, 10, 11)] == [1, 2, 6, 7, 9]  # before: 二、附则 at 7


def test_a_line_map_of_a_copy_in_order_is_as_before():
    """Guard: lines the copy holds in order, wrapped, a line repeated and a line the copy lacks, map as the greedy
    search mapped them (each line from where the one before it ended)."""
    plan = "标题: 某方案\n一、任务\n1.推进改革，全面完成。（牵头单位：市发改委）\n一、任务\n2.完善机制。（牵头单位：市财政局）"
    layer = "一、任务\n1.推进改革，全面\n完成。（牵头单\n位：市发改委）\n- 2 -\n一、任务\n2.完善机制。（牵头单位：\n市财政局）"
    where = metamorphic.aligned_where(plan, layer)
    assert [where(n, 0) for n in range(1, 6)] == [1, 1, 2, 6, 7]

"""Round 27 of docs/loader.md: a task table in a PDF, each cell wrapped in its column, read by position.

A Word table printed to PDF comes back from the text layer with every cell broken over lines inside its column:
``推进政务云平`` / ``台扩容升级，``, ``市财政局、市`` / ``委网信办``, one unit a paragraph (``市住建局`` / ``市公安局``).
Read in pypdf's plain order these were cut into rows of fragments (``委网信办`` a lead, ``区）政府`` a unit); the
PDF reader now takes the text laid out by position and ``spaced_tables`` puts each line's pieces in the column
they start in. The tables here are typeset for real: python-docx writes the Word file, LibreOffice prints it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.printing import NO_OFFICE, print_to_pdf, soffice

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import parse_bytes

HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
SMALL = [
    ("1", "推进政务云平台扩容升级，提升算力资源统筹调度能力", "市大数据局", ["市财政局", "市委网信办"], "2024年12月"),
    ("2", "完善电子政务外网，实现市、县、乡、村四级全覆盖", "市大数据局", ["各县（市、区）政府"], "2024年10月"),
    (
        "3",
        "建设城市运行管理服务平台，推动城市管理事项一网统管，提升城市精细化管理水平",
        "市城管局",
        ["市住建局、市公安局、市交通运输局"],
        "2024年底前",
    ),
    ("4", "开展公共数据资源普查", "市大数据局", ["市直各部门"], "2024年6月"),
]
# read from SMALL by hand
SMALL_EXPECTED = [
    ("推进政务云平台扩容升级，提升算力资源统筹调度能力", ["市大数据局"], ["市财政局", "市委网信办"], "2024-12"),
    ("完善电子政务外网，实现市、县、乡、村四级全覆盖", ["市大数据局"], ["各县（市、区）政府"], "2024-10"),
    (
        "建设城市运行管理服务平台，推动城市管理事项一网统管，提升城市精细化管理水平",
        ["市城管局"],
        ["市住建局", "市公安局", "市交通运输局"],
        "2024-12",
    ),
    ("开展公共数据资源普查", ["市大数据局"], ["市直各部门"], "2024-06"),
]


def _printed(tmp_path, rows, *, before="", after="", sections=None) -> bytes:
    """A Word document holding ``rows`` under HEADER (a header row repeated on every page; a row of one string is a
    section row merged across the table; a list of units is one unit a paragraph), printed to PDF by LibreOffice."""
    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    program = soffice()
    if program is None:
        pytest.skip(NO_OFFICE)
    document = docx.Document()
    document.add_paragraph("某市2024年优化营商环境改革任务分工方案")
    if before:
        document.add_paragraph(before)
    table = document.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, HEADER):
        cell.text = name
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, value in zip(cells, row):
            if isinstance(value, list):
                cell.text = value[0] if value else ""
                for unit in value[1:]:
                    cell.add_paragraph(unit)
            else:
                cell.text = value
    if after:
        document.add_paragraph(after)
    document.save(tmp_path / "plan.docx")
    [pdf] = print_to_pdf([tmp_path / "plan.docx"], tmp_path, program)
    return pdf.read_bytes()


def _read(doc):
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date if m.deadline else None)
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_printed_task_table_reads_cell_by_cell_in_its_columns(tmp_path):
    data = _printed(tmp_path, SMALL)
    assert _read(parse_bytes(data, path="plan.pdf")) == SMALL_EXPECTED


def test_a_printed_table_over_pages_with_sections_and_one_unit_a_paragraph(tmp_path):
    """24 rows over four pages, the header repeated on each, a section row before every eight, long unit names
    wrapped in their cell (市人力资源社 / 会保障局) beside units one a paragraph; prose before and after it."""
    supports = [
        ["市大数据局", "市司法局"],
        ["市自然资源局"],
        [],
        ["市人力资源社会保障局", "市税务局", "国家金融监督管理总局某监管分局"],
    ]
    deadlines = [
        ("2024年6月底前", "2024-06"),
        ("2024年12月", "2024-12"),
        ("长期坚持", None),
        ("2024年9月30日前", "2024-09-30"),
    ]
    rows, expected = [], []
    for s, section in enumerate(["一、提升政务服务效能", "二、强化要素保障", "三、加强事中事后监管"]):
        rows.append(section)
        for k in range(8):
            n = s * 8 + k + 1
            task = (
                f"推进第{n}项改革任务，完善相关制度机制，"
                + "提升服务质量和效率，" * (k % 3)
                + "形成可复制推广的经验做法"
            )
            lead = ["市政务服务局", "市发展改革委", "市市场监管局", "市财政局"][k % 4]
            rows.append((str(n), task, lead, supports[k % 4], deadlines[k % 4][0]))
            expected.append((section[2:], task, [lead], supports[k % 4], deadlines[k % 4][1]))
    data = _printed(
        tmp_path,
        rows,
        before="为深入贯彻落实国家和省关于优化营商环境的决策部署，进一步激发市场主体活力，结合我市实际，制定本方案。",
        after="各单位要于每季度末将工作进展情况报送市优化营商环境工作领导小组办公室。",
    )
    doc = parse_bytes(data, path="plan.pdf")
    assert [
        (w.title, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ] == expected


def test_a_table_typed_with_spaces_in_a_monospaced_editor_reads_by_position():
    """Aligned by eye in a text file: a wide character takes two columns there."""
    plan = "\n".join(
        [
            "某县2024年重点改革任务分工表",
            "",
            "序号  改革任务                      牵头单位      配合单位        完成时限",
            "1     推进县域医共体建设，实现      县卫健局      县医保局、县    2024年12月",
            "      乡镇全覆盖                                  财政局",
            "2     深化农村集体产权制度改革      县农业农村局  县自然资源局    2024年底前",
            "3     推进政务服务一件事一次办      县政务服务中  县市场监管局    长期坚持",
            "                                    心            县公安局",
            "",
            "以上任务请各单位认真落实。",
        ]
    )
    assert _read(parse_document(plan, path="plan.txt")) == [
        ("推进县域医共体建设，实现乡镇全覆盖", ["县卫健局"], ["县医保局", "县财政局"], "2024-12"),
        ("深化农村集体产权制度改革", ["县农业农村局"], ["县自然资源局"], "2024-12"),
        ("推进政务服务一件事一次办", ["县政务服务中心"], ["县市场监管局", "县公安局"], None),
    ]


def _ofd_table_page() -> str:
    """An OFD page holding SMALL as a typesetter places it: each cell's lines at its column's left edge, 4 mm
    characters, cells wrapped at their column's width, one unit a line in the 配合单位 column."""
    from support.hostile import OFD_NS

    columns = (20.0, 32.0, 60.0, 84.0, 112.0)  # left edges (mm) of 序号, 重点任务, 牵头单位, 配合单位, 完成时限
    widths = (2, 6, 5, 6, 8)  # characters a line of each column holds
    objects, y, n = [], 40.0, 10
    rows = [
        HEADER,
        *[(number, task, lead, "、".join(units), deadline) for number, task, lead, units, deadline in SMALL],
    ]
    for row in rows:
        lines = []
        for k, cell in enumerate(row):
            if k == 3 and "、" in cell:  # one unit a line, each wrapped in the column
                pieces = [
                    u[i : i + widths[k]]
                    for u in cell.replace("、", "\n").split("\n")
                    for i in range(0, len(u), widths[k])
                ]
            else:
                pieces = [cell[i : i + widths[k]] for i in range(0, len(cell), widths[k])]
            lines.append(pieces)
        for depth in range(max(map(len, lines))):
            for k, pieces in enumerate(lines):
                if depth < len(pieces):
                    n += 1
                    objects.append(
                        f'<ofd:TextObject ID="{n}" Boundary="{columns[k]} {y + depth * 6} 40 6" Size="4">'
                        f'<ofd:TextCode X="0" Y="4">{pieces[depth]}</ofd:TextCode></ofd:TextObject>'
                    )
        y += 6 * max(map(len, lines)) + 2
    return f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="1">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'


def test_an_ofd_task_table_reads_cell_by_cell_in_its_columns():
    """OFD, the national layout format, places every line of every cell: laid out by position as a PDF is."""
    from support.hostile import ofd_bytes

    doc = parse_bytes(ofd_bytes([_ofd_table_page()]), path="plan.ofd")
    assert _read(doc) == SMALL_EXPECTED


ROUND33 = Path(__file__).parent / "fixtures" / "round33"


@pytest.mark.parametrize(
    "name",
    ["tbl_center_units", "tbl_justify", "tbl_merged_lead", "tbl_hdr_wrap_deadline"],
    ids=["cells centred", "justified", "a lead merged down", "header names wrapped"],
)
def test_a_ruled_table_printed_by_libreoffice_reads_as_its_word_source(name):
    """Word tables printed to PDF by LibreOffice 7.4 (session 21's probe): cells centred vertically, justified, a
    lead merged down, header names wrapped (序/号). Read from their ruling lines (pdfplumber), each PDF gives the
    tasks its .docx gives; before, read as laid-out text, the first three lost their whole table."""
    pytest.importorskip("pdfplumber", reason="pdfplumber (the formats extra) reads a PDF's ruled tables")
    from reformgraph.loaders.read import read_document

    def tasks(path):
        doc = read_document(path)
        return [
            (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
            for w in doc.workplans
            for m in w.measures
        ]

    from_pdf = tasks(ROUND33 / f"{name}.pdf")
    assert from_pdf and from_pdf == tasks(ROUND33 / f"{name}.docx")

"""Round 29 of the table readers (docs/loader.md): the layouts a tester's realistic tables were misread in, each
built here as the smallest file that shows it, in every format it was seen in."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from reformgraph.loaders.read import parse_bytes, read_document


def reading(doc):
    """(task text, leads, supports, deadline as written) of every task of ``doc``, in order."""
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw)
        for w in doc.workplans
        for m in w.measures
    ]


def docx_table(path, rows, *, before=(), after=(), merge=lambda table: None):
    """A .docx of the paragraphs ``before``, one table of ``rows`` (``merge(table)`` merges its cells), then the
    paragraphs ``after``."""
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value or ""
    merge(table)
    for text in after:
        document.add_paragraph(text)
    document.save(path)


def xlsx_sheet(path, rows, *, merges=()):
    """A one-sheet .xlsx of ``rows`` (an empty string is an empty cell), ``merges`` merged (``"C1:D1"``)."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([value or None for value in row])
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)


# ---- a header of two rows repeated after a page break -------------------------------------------------------

_UPPER = ["序号", "重点任务", "责任单位", "", "完成时限"]
_LOWER = ["", "", "牵头单位", "配合单位", ""]
_FLAT = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
_ROW_1 = ["1", "推行企业开办“一网通办”。", "市市场监管局", "市公安局、市税务局", "2024年6月底前"]
_ROW_2 = ["2", "实行“拿地即开工”。", "市自然资源和规划局", "市住房城乡建设局", "2024年12月底前"]
_TWO_TASKS = [
    ("推行企业开办“一网通办”。", ["市市场监管局"], ["市公安局", "市税务局"], "2024年6月底前"),
    ("实行“拿地即开工”。", ["市自然资源和规划局"], ["市住房城乡建设局"], "2024年12月底前"),
]


def _merge_two_row_header(*tops):
    def merge(table):
        for top in tops:
            table.cell(top, 2).merge(table.cell(top, 3)).text = "责任单位"
            for column in (0, 1, 4):
                text = table.cell(top, column).text
                table.cell(top, column).merge(table.cell(top + 1, column)).text = text

    return merge


@pytest.mark.parametrize(
    ("name", "make"),
    [
        (
            "both rows again.docx",
            lambda p: docx_table(
                p, [_UPPER, _LOWER, _ROW_1, _UPPER, _LOWER, _ROW_2], merge=_merge_two_row_header(0, 3)
            ),
        ),
        (
            "the lower row flat.docx",
            lambda p: docx_table(p, [_UPPER, _LOWER, _ROW_1, _FLAT, _ROW_2], merge=_merge_two_row_header(0)),
        ),
        (
            "both rows again.xlsx",
            lambda p: xlsx_sheet(
                p,
                [_UPPER, _LOWER, _ROW_1, _UPPER, _LOWER, _ROW_2],
                merges=["C1:D1", "A1:A2", "B1:B2", "E1:E2", "C4:D4", "A4:A5", "B4:B5", "E4:E5"],
            ),
        ),
        (
            "merges lost.csv",
            lambda p: p.write_text("\n".join(",".join(r) for r in [_UPPER, _LOWER, _ROW_1, _FLAT, _ROW_2])),
        ),
    ],
)
def test_a_two_row_header_repeated_after_a_page_break_is_no_task(tmp_path, name, make):
    path = tmp_path / name
    make(path)
    assert reading(read_document(path)) == _TWO_TASKS


# ---- the note that the first-listed unit leads --------------------------------------------------------------

_NOTE = "注：责任单位排在第一位的为牵头单位。"
_LISTED = ["序号", "工作任务", "责任单位", "时间节点"]
_LISTED_ROW = ["1", "开展环境污染第三方治理试点。", "县生态环境分局、县发改局", "2024年底"]
_FIRST_LEADS = [("开展环境污染第三方治理试点。", ["县生态环境分局"], ["县发改局"], "2024年底")]


def _html(path, *, after):
    cells = ["".join(f"<td>{c}</td>" for c in row) for row in (_LISTED, _LISTED_ROW)]
    path.write_text(
        f"<html><body><h1>台账</h1><table><tr>{cells[0]}</tr><tr>{cells[1]}</tr></table>{after}</body></html>"
    )


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("note under the table.docx", lambda p: docx_table(p, [_LISTED, _LISTED_ROW], before=["台账"], after=[_NOTE])),
        (
            "note row merged across.docx",
            lambda p: docx_table(p, [_LISTED, _LISTED_ROW, [_NOTE]], merge=lambda t: t.cell(2, 0).merge(t.cell(2, 3))),
        ),
        ("note row merged across.xlsx", lambda p: xlsx_sheet(p, [_LISTED, _LISTED_ROW, [_NOTE]], merges=["A3:D3"])),
        ("note under the table.html", lambda p: _html(p, after=f"<p>{_NOTE}</p>")),
        (
            "note in the header cell.xlsx",
            lambda p: xlsx_sheet(
                p, [["序号", "工作任务", "责任单位（排在第一位的为牵头单位）", "时间节点"], _LISTED_ROW]
            ),
        ),
    ],
)
def test_a_note_that_the_first_listed_unit_leads_holds_in_every_table_format(tmp_path, name, make):
    path = tmp_path / name
    make(path)
    assert reading(read_document(path)) == _FIRST_LEADS


def test_without_the_note_every_unit_of_a_responsible_cell_leads(tmp_path):
    path = tmp_path / "no note.xlsx"
    xlsx_sheet(path, [_LISTED, _LISTED_ROW])
    assert reading(read_document(path)) == [(_FIRST_LEADS[0][0], ["县生态环境分局", "县发改局"], [], "2024年底")]


# ---- 进度安排 over quarter columns beside 完成时限 --------------------------------------------------------------

_QUARTERS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "进度安排", "", "", "", "完成时限"],
    ["", "", "", "", "一季度", "二季度", "三季度", "四季度", ""],
    ["一、优化营商环境", "", "", "", "", "", "", "", ""],
    [
        "1",
        "推进“高效办成一件事”改革。",
        "市政务服务中心",
        "市数据局",
        "制定方案",
        "上线",
        "扩面",
        "评估",
        "2024年12月底前",
    ],
    [
        "2",
        "深化工程建设项目审批制度改革。",
        "市住建局",
        "市自然资源和规划局",
        "梳理流程",
        "试点",
        "推行",
        "",
        "2024年9月底前",
    ],
]


def _quarters_xlsx(path):
    merges = ["E1:H1", "A3:I3", *(f"{c}1:{c}2" for c in "ABCDI")]
    xlsx_sheet(path, _QUARTERS, merges=merges)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("merged.xlsx", _quarters_xlsx),
        ("merges lost.csv", lambda p: p.write_text("\n".join(",".join(r) for r in _QUARTERS))),
    ],
)
def test_quarter_columns_under_a_progress_column_are_milestones_and_the_deadline_column_gives_the_deadline(
    tmp_path, name, make
):
    path = tmp_path / name
    make(path)
    doc = read_document(path)
    assert [w.title for w in doc.workplans] == ["优化营商环境"]
    assert reading(doc) == [
        ("推进“高效办成一件事”改革。", ["市政务服务中心"], ["市数据局"], "2024年12月底前"),
        ("深化工程建设项目审批制度改革。", ["市住建局"], ["市自然资源和规划局"], "2024年9月底前"),
    ]


# ---- a row continued on the next row ---------------------------------------------------------------------

_SPLIT = [
    ["序号", "工作任务", "责任单位", "时间节点"],
    ["1", "建立生态产品价值实现机制，开展GEP核算试点，", "县发改局（牵头）、县自然资源局、县统计局", "2024年9月底前"],
    ["", "探索生态产品市场化交易路径。", "", ""],
    ["2", "开展环境污染第三方治理试点。", "县生态环境分局（牵头）、县发改局", "2024年底"],
]
_JOINED = [
    (
        "建立生态产品价值实现机制，开展GEP核算试点，探索生态产品市场化交易路径。",
        ["县发改局"],
        ["县自然资源局", "县统计局"],
        "2024年9月底前",
    ),
    ("开展环境污染第三方治理试点。", ["县生态环境分局"], ["县发改局"], "2024年底"),
]


def _split_html(path):
    body = "".join("<tr>" + "".join(f"<td>{c or '&nbsp;'}</td>" for c in row) + "</tr>" for row in _SPLIT)
    path.write_text(f"<html><body><p>台账</p><table>{body}</table></body></html>")


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("split.docx", lambda p: docx_table(p, _SPLIT, before=["台账"])),
        ("split.xlsx", lambda p: xlsx_sheet(p, _SPLIT)),
        ("split.html", _split_html),
        ("split.csv", lambda p: p.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in _SPLIT))),
        ("split.txt", lambda p: p.write_text("台账\n" + "\n".join("\t".join(r) for r in _SPLIT))),
    ],
)
def test_a_row_with_only_task_text_continues_the_task_above(tmp_path, name, make):
    path = tmp_path / name
    make(path)
    assert reading(read_document(path)) == _JOINED


def test_a_continued_row_after_open_text_brings_its_supporting_units(tmp_path):
    rows = [
        ["序号", "工作措施", "牵头单位", "协办单位", "完成时限"],
        ["1", "建立健全政务数据共享协调机制，", "区大数据局", "区委编办", "2024年6月底前"],
        ["", "实现跨部门数据按需共享。", "", "区财政局", ""],
    ]
    body = "".join("<tr>" + "".join(f"<td>{c or '&nbsp;'}</td>" for c in row) + "</tr>" for row in rows)
    doc = parse_bytes(f"<table>{body}</table>".encode(), path="plan.html")
    assert reading(doc) == [
        (
            "建立健全政务数据共享协调机制，实现跨部门数据按需共享。",
            ["区大数据局"],
            ["区委编办", "区财政局"],
            "2024年6月底前",
        )
    ]


# ---- tab-separated text (a table copied out of Excel) --------------------------------------------------------

_TSV_HEADER = "序号\t重点工作\t牵头单位\t配合单位\t完成时限"
_TSV_ROW_1 = "1\t全面落实合法性审核机制\t市司法局\t市政府各部门\t2024年12月底前"
_TSV_ROW_2 = "2\t推进行政执法“三项制度”全覆盖\t市司法局\t各行政执法部门\t持续推进"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_note_after_a_tab_separated_table_is_no_part_of_its_last_task(gap):
    text = (
        "\n".join(["XX市重点工作任务分工", _TSV_HEADER, _TSV_ROW_1, _TSV_ROW_2])
        + gap
        + "注：各单位于12月10日前报送总结。"
    )
    assert reading(parse_bytes(text.encode(), path="plan.txt")) == [
        ("全面落实合法性审核机制", ["市司法局"], ["市政府各部门"], "2024年12月底前"),
        ("推进行政执法“三项制度”全覆盖", ["市司法局"], ["各行政执法部门"], "持续推进"),
    ]


def test_a_cell_excel_quoted_for_its_line_breaks_is_one_cell():
    text = "\n".join(
        [
            _TSV_HEADER,
            "1\t推进“双随机、一公开”监管\t市市场监管局\t市发展改革委\t2024年9月底前",
            '2\t"健全行政复议案件审理机制，',
            '推行繁简分流"\t市司法局\t"市政府各部门',
            '各区政府"\t2024年12月底前',
            _TSV_ROW_1.replace("1", "3", 1),
        ]
    )
    assert reading(parse_bytes(text.encode(), path="plan.txt")) == [
        ("推进“双随机、一公开”监管", ["市市场监管局"], ["市发展改革委"], "2024年9月底前"),
        ("健全行政复议案件审理机制，推行繁简分流", ["市司法局"], ["市政府各部门", "各区政府"], "2024年12月底前"),
        ("全面落实合法性审核机制", ["市司法局"], ["市政府各部门"], "2024年12月底前"),
    ]


def test_a_section_row_in_the_task_column_opens_a_workplan_and_continues_no_task():
    text = "\n".join(
        [
            "| 序号 | 改革任务 | 责任单位 | 时间节点 |",
            "|---|---|---|---|",
            "| | **一、深化农村土地制度改革** | | |",
            "| 1 | 开展延包试点。 | 县农业农村局 | 2024年6月底前 |",
            "| | **二、深化农村集体产权制度改革** | | |",
            "| 2 | 完善产权交易市场。 | 县农业农村局 | 2024年9月 |",
        ]
    )
    doc = parse_bytes(text.encode(), path="plan.md")
    assert [(w.title, [m.text for m in w.measures]) for w in doc.workplans] == [
        ("深化农村土地制度改革", ["开展延包试点。"]),
        ("深化农村集体产权制度改革", ["完善产权交易市场。"]),
    ]


# ---- the titles of tables ------------------------------------------------------------------------------------

_TITLED = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


def _two_tables(path, headings, heading_style):
    document = docx.Document()
    document.add_heading("XX市2024年改革任务分工方案", 1)
    document.add_paragraph("为贯彻落实……，现将有关任务分工如下。")
    for k, lines in enumerate(headings):
        for line in lines:
            document.add_heading(line, 2) if heading_style else document.add_paragraph(line)
        table = document.add_table(rows=2, cols=5)
        for c, value in enumerate(_TITLED):
            table.cell(0, c).text = value
        for c, value in enumerate([str(k + 1), f"任务{k + 1}。", "市科技局", "市财政局", "2024年12月底前"]):
            table.cell(1, c).text = value
    document.save(path)


@pytest.mark.parametrize(
    ("headings", "heading_style"),
    [
        ([["一、科技体制改革重点任务"], ["二、人才发展体制机制改革任务"]], True),
        ([["附件1", "科技体制改革重点任务"], ["附件2", "人才发展体制机制改革任务"]], False),
        ([["附件1  科技体制改革重点任务"], ["附件2  人才发展体制机制改革任务"]], True),
    ],
)
def test_each_word_table_is_titled_by_the_heading_above_it(tmp_path, headings, heading_style):
    path = tmp_path / "plan.docx"
    _two_tables(path, headings, heading_style)
    doc = read_document(path)
    assert doc.title == "XX市2024年改革任务分工方案"
    assert [w.title for w in doc.workplans] == ["科技体制改革重点任务", "人才发展体制机制改革任务"]


def test_a_word_table_with_a_title_row_is_titled_by_it_past_its_form_row(tmp_path):
    path = tmp_path / "plan.docx"
    rows = [
        ["XX县生态环境领域改革任务台账", "", "", ""],
        ["填报单位：县生态环境分局    填报时间：2024年4月", "", "", ""],
        _LISTED,
        ["1", "深化排污许可制度改革。", "县生态环境分局", "2024年9月底前"],
    ]

    def merge(table):
        for r in (0, 1):
            table.cell(r, 0).merge(table.cell(r, 3)).text = rows[r][0]

    docx_table(path, rows, before=["附件2"], merge=merge)
    assert [w.title for w in read_document(path).workplans] == ["XX县生态环境领域改革任务台账"]


def test_each_sheet_is_titled_by_its_title_row_else_its_name(tmp_path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "经济领域"
    first.append(["2024年改革重点任务台账"])
    first.merge_cells("A1:E1")
    for name in ("民生领域", "Sheet3"):
        book.create_sheet(name)
    for sheet in book.worksheets:
        sheet.append(_TITLED)
        sheet.append(["1", f"{sheet.title}的任务。", "市医保局", "市财政局", "2024年底前"])
    book.save(tmp_path / "ledger.xlsx")
    doc = read_document(tmp_path / "ledger.xlsx")
    assert [w.title for w in doc.workplans] == ["2024年改革重点任务台账", "民生领域", "2024年改革重点任务台账"]


def test_a_text_table_is_titled_past_the_form_line_above_it():
    text = "\n".join(
        ["XX市法治政府建设重点工作任务分工", "填报单位：市司法局\t\t\t填报时间：2024年3月", _TSV_HEADER, _TSV_ROW_1]
    )
    assert [w.title for w in parse_bytes(text.encode(), path="plan.txt").workplans] == [
        "XX市法治政府建设重点工作任务分工"
    ]


def test_in_a_csv_table_without_numbers_a_row_of_task_text_alone_is_a_task_under_merged_unit_cells():
    text = "工作任务,牵头单位,完成时限\n建立帮办代办机制。,县发改局,2024年3月\n开展营商环境评价。,,\n"
    assert reading(parse_bytes(text.encode(), path="plan.csv")) == [
        ("建立帮办代办机制。", ["县发改局"], [], "2024年3月"),
        ("开展营商环境评价。", ["县发改局"], [], None),
    ]


def test_a_task_under_merged_unit_cells_after_a_continued_row_takes_the_units_above():
    rows = [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "建立生态产品价值实现机制，", "县发改局", "2024年9月底前"],
        ["", "探索市场化交易路径。", "", ""],
        ["2", "开展第三方治理试点。", "", "2024年底"],
    ]
    text = "\n".join(",".join(row) for row in rows)
    assert reading(parse_bytes(text.encode(), path="plan.csv")) == [
        ("建立生态产品价值实现机制，探索市场化交易路径。", ["县发改局"], [], "2024年9月底前"),
        ("开展第三方治理试点。", ["县发改局"], [], "2024年底"),
    ]


def test_a_continued_row_under_a_merged_supporting_cell_names_its_units_once(tmp_path):
    path = tmp_path / "split.xlsx"
    rows = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "建立生态产品价值实现机制，", "县发改局", "县统计局", "2024年9月底前"],
        ["", "探索市场化交易路径。", "", "", ""],
    ]
    xlsx_sheet(path, rows, merges=["D2:D3"])
    assert reading(read_document(path)) == [
        ("建立生态产品价值实现机制，探索市场化交易路径。", ["县发改局"], ["县统计局"], "2024年9月底前")
    ]


def test_a_table_right_under_the_plans_date_is_titled_by_the_document(tmp_path):
    path = tmp_path / "plan.docx"
    docx_table(
        path,
        [_TITLED, ["1", "任务一。", "市科技局", "市财政局", "2024年底"]],
        before=["XX市改革任务分工方案", "XX市人民政府", "2024年3月15日"],
    )
    assert [w.title for w in read_document(path).workplans] == ["XX市改革任务分工方案"]

"""Input formats (.docx, .xlsx, .csv, .html, .pdf), each made here with its own library, read end to end."""

from __future__ import annotations

import io

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.pipeline import build_from_paths
from reformgraph.loaders.read import parse_bytes, read_document

TASKS_HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]


def summary(doc):
    """(workplan title, [(task text, leads, supports, deadline date)]) for every workplan."""
    return [
        (
            w.title,
            [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in w.measures],
        )
        for w in doc.workplans
    ]


# ---- .docx ---------------------------------------------------------------------------------------


def _save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_table_rows_are_tasks_with_merged_unit_cell():
    import docx

    d = docx.Document()
    d.add_paragraph("某区2025年营商环境任务分解")
    rows = [
        TASKS_HEADER,
        ["一、", "政务服务", "", "", ""],
        ["1", "建设数据\n平台", "区大数据局", "区财政局、区税务局", "2025年底"],
        ["2", "推行一网通办", "", "区政务服务中心", "2026年6月"],
    ]
    t = d.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    t.cell(2, 2).merge(t.cell(3, 2))  # the lead cell spans both tasks
    t.cell(2, 2).text = "区大数据局"
    doc = parse_bytes(_save(d), path="plan.docx")
    assert summary(doc) == [
        (
            "政务服务",
            [
                ("建设数据平台", ["区大数据局"], ["区财政局", "区税务局"], "2025-12"),
                ("推行一网通办", ["区大数据局"], ["区政务服务中心"], "2026-06"),
            ],
        )
    ]
    assert doc.key == "plan" and doc.title == "某区2025年营商环境任务分解"


def test_docx_paragraphs_without_task_table_are_parsed_as_text():
    import docx

    d = docx.Document()
    d.add_heading("某区2025年城市更新工作要点", level=1)
    d.add_paragraph("一、重点任务")
    d.add_paragraph("（一）推进管网改造，2026年底前完成。（责任单位：区建设管理委、区水务局，各街镇）")
    d.add_paragraph("（二）落实资金。（牵头单位：区财政局，配合单位：区税务局）")
    data_table = d.add_table(rows=2, cols=2)  # a data table, not a task list: its years are not deadlines
    data_table.cell(0, 0).text, data_table.cell(0, 1).text = "年份", "投资（亿元）"
    data_table.cell(1, 0).text, data_table.cell(1, 1).text = "2030年", "12"
    doc = parse_bytes(_save(d), path="points.docx")
    assert summary(doc) == [
        (
            "重点任务",
            [
                ("推进管网改造，2026年底前完成。", ["区建设管理委", "区水务局", "各街镇"], [], "2026-12"),
                ("落实资金。", ["区财政局"], ["区税务局"], None),
            ],
        )
    ]


# ---- .xlsx / .csv ----------------------------------------------------------------------------------


def make_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某区优化营商环境任务分解表"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "重点任务", "责任单位", "完成时限", "备注"])
    ws.append(["1", "清理证明事项", "区司法局、区公安分局", "2025年6月底前", ""])
    ws.append(["2", "压缩审批时限", "区政务服务中心牵头，区住房城乡建委配合", None, ""])
    ws.append(["序号", "重点任务", "责任单位", "完成时限", "备注"])  # header repeated after a page break
    ws.append(["3", "建立企业服务专员制度", "各街镇按职责分工负责", "持续推进", ""])
    ws.append(["4", "推进项目审批", "区发展改革委", None, ""])
    ws.append(["5", "开展联合验收", None, None, ""])
    ws.merge_cells("C7:C8")  # one unit cell covering two tasks
    ws.merge_cells("D7:D8")
    ws["D7"] = "2025年第三季度"
    other = wb.create_sheet("指标")
    other.append(["年份", "指标", "数值"])
    other.append([2030, "营业收入", 12])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_task_table_with_merged_cells_repeated_header_and_single_label():
    doc = parse_bytes(make_xlsx(), path="tasks.xlsx")
    assert doc.title == "某区优化营商环境任务分解表"
    assert summary(doc) == [
        (
            "某区优化营商环境任务分解表",
            [
                ("清理证明事项", ["区司法局", "区公安分局"], [], "2025-06"),
                ("压缩审批时限", ["区政务服务中心"], ["区住房城乡建委"], None),
                ("建立企业服务专员制度", ["各街镇"], [], None),
                ("推进项目审批", ["区发展改革委"], [], "2025-09"),
                ("开展联合验收", ["区发展改革委"], [], "2025-09"),
            ],
        )
    ]
    assert [m.line for m in doc.workplans[0].measures] == [3, 4, 6, 7, 8]
    assert doc.workplans[0].measures[2].deadline.status == "ongoing"


def test_csv_gbk_with_sections_and_carried_lead():
    text = "\n".join(
        [
            "序号,工作任务,推进单位,协办单位,完成时间",
            "一、政务服务,,,,",
            '1,建设数据平台,区大数据局,"区财政局、区税务局",2025年底',
            "2,推行一网通办,,区政务服务中心,2026年6月",
            "二、要素保障,,,,",
            "1,保障用地,区规划自然资源局,,持续推进",
        ]
    )
    doc = parse_bytes(text.encode("gbk"), path="tasks.csv")
    assert summary(doc) == [
        (
            "政务服务",
            [
                ("建设数据平台", ["区大数据局"], ["区财政局", "区税务局"], "2025-12"),
                ("推行一网通办", ["区大数据局"], ["区政务服务中心"], "2026-06"),
            ],
        ),
        ("要素保障", [("保障用地", ["区规划自然资源局"], [], None)]),
    ]


def test_csv_without_task_header_is_one_clear_error():
    with pytest.raises(DocumentError, match=r"^data\.csv: no task table: expected a header row"):
        parse_bytes("年份,数值\n2030,12\n".encode(), path="data.csv")


# ---- .html -------------------------------------------------------------------------------------------


def test_html_text_with_br_and_entities():
    html = """<html><head><meta charset="gbk"><title>某区工作要点</title><style>p{}</style></head><body>
    <h1>某区2025年工作要点</h1>
    <p>一、重点任务</p>
    <p>（一）建设&ldquo;一网通办&rdquo;平台，到2025年底建成。<br>（牵头单位：区大数据局&#65292;配合单位：区财政局）</p>
    <p>（二）清理证明事项。（主责单位：区司法局；参与单位：区公安分局、各街镇；完成时限：2025年9月）</p>
    <script>var x = "（牵头单位：假）";</script></body></html>"""
    doc = parse_bytes(html.encode("gbk"), path="page.html")
    assert summary(doc) == [
        (
            "重点任务",
            [
                ("建设“一网通办”平台，到2025年底建成。", ["区大数据局"], ["区财政局"], "2025-12"),
                ("清理证明事项。", ["区司法局"], ["区公安分局", "各街镇"], "2025-09"),
            ],
        )
    ]
    assert doc.title == "某区2025年工作要点"


def test_html_task_table():
    rows = "".join(
        f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>"
        for r in [TASKS_HEADER, ["1", "建设平台", "区大数据局", "区财政局", "2025年底"]]
    )
    doc = parse_bytes(f"<h1>任务表</h1><table>{rows}</table>".encode(), path="t.htm")
    assert summary(doc) == [("任务表", [("建设平台", ["区大数据局"], ["区财政局"], "2025-12")])]


# ---- .pdf ----------------------------------------------------------------------------------------------

NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def make_text_pdf(lines) -> bytes:
    """A PDF with a real text layer, drawn with matplotlib's PDF backend in Noto Sans CJK."""
    import os

    if not os.path.exists(NOTO):
        pytest.skip(f"no CJK font at {NOTO} to draw a Chinese PDF")
    import matplotlib
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    fp = FontProperties(fname=NOTO)
    fig = Figure(figsize=(8.27, 11.69))
    FigureCanvasPdf(fig)
    for i, line in enumerate(lines):
        fig.text(0.05, 0.95 - i * 0.03, line, fontproperties=fp, fontsize=8)
    buf = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig.savefig(buf, format="pdf")
    return buf.getvalue()


def test_text_layer_pdf():
    data = make_text_pdf(
        [
            "某区2025年工作要点",
            "一、重点任务",
            "（一）建设数据平台。（牵头单位：区大数据局，配合单位：区财政局；完成时限：2025年12月）",
            "二、保障措施",
            "1. 加强督查，2026年底前完成评估。（推进单位：区政府办）",
        ]
    )
    doc = parse_bytes(data, path="plan.pdf")
    assert summary(doc) == [
        ("重点任务", [("建设数据平台。", ["区大数据局"], ["区财政局"], "2025-12")]),
        ("保障措施", [("加强督查，2026年底前完成评估。", ["区政府办"], [], "2026-12")]),
    ]


def test_scanned_and_encrypted_pdfs_say_what_to_do():
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(595, 842)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(DocumentError, match=r"^scan\.pdf: scanned PDF with no text layer: run OCR"):
        parse_bytes(buf.getvalue(), path="scan.pdf")
    w.encrypt("secret")
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(DocumentError, match=r"^locked\.pdf: encrypted PDF: open it with its password"):
        parse_bytes(buf.getvalue(), path="locked.pdf")


# ---- unsupported / broken files and the whole pipeline ---------------------------------------------


ENCRYPTED_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("old.doc", b"\xd0\xcf\x11\xe0rest", "an old-Office (OLE2) file holding neither a Word document nor"),
        ("old.xls", b"\xd0\xcf\x11\xe0rest", "an old-Office (OLE2) file holding neither a Word document nor"),
        ("locked.xlsx", ENCRYPTED_OLE, "password-protected document: open it with its password"),
        ("locked.docx", ENCRYPTED_OLE, "password-protected document: open it with its password"),
        ("broken.docx", b"not a zip", "not a readable .docx document (BadZipFile: File is not a zip file)"),
        ("broken.xlsx", b"not a zip", "not a readable .xlsx workbook (BadZipFile: File is not a zip file)"),
        ("broken.pdf", b"%PDF-1.4 garbage", "not a readable PDF ("),
        ("broken.xls", b"not an xls", "not a readable .xls workbook (XLRDError: Unsupported format"),
        ("broken.ofd", b"PK\x05\x06" + b"\x00" * 18, "not an OFD package: it has no OFD.xml entry file"),
    ],
)
def test_unreadable_files_are_one_clear_error(name, data, message):
    with pytest.raises(DocumentError) as info:
        parse_bytes(data, path=name)
    assert str(info.value).startswith(f"{name}: {message}")
    assert "\n" not in str(info.value)


def test_build_mixes_formats(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(make_xlsx())
    (tmp_path / "b.csv").write_text("序号,任务,牵头单位\n1,建设平台,区大数据局\n", encoding="utf-8")
    result = build_from_paths([str(tmp_path / "a.xlsx"), str(tmp_path / "b.csv")])
    measures = [n for n, k in result.graph.nodes(data="kind") if k == "Measure"]
    assert len(measures) == 6
    assert read_document(tmp_path / "b.csv").workplans[0].measures[0].leads[0].raw == "区大数据局"


def test_bundled_document_as_docx_and_html_gives_the_same_counts():
    """The bundled text, one paragraph per line, read through the Word and HTML readers."""
    import html as html_lib

    import docx

    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT

    lines = BUNDLED_DOCUMENT.read_text(encoding="utf-8").splitlines()
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    page = "<html><body>" + "".join(f"<p>{html_lib.escape(line)}</p>" for line in lines) + "</body></html>"
    for doc in (parse_bytes(_save(d), path="bundled.docx"), parse_bytes(page.encode(), path="bundled.html")):
        assert (len(doc.workplans), sum(len(w.measures) for w in doc.workplans)) == (124, 633)

"""Task tables whose cells stand apart by spaces on one line (a PDF's text layer, a plain-text copy of a table).

Before ``loaders/spaced_tables.py`` such a plan was "no recognisable workplans": every row is one line with no
label and no bracket. The PDF here is drawn cell by cell with matplotlib, and pypdf gives each row as one line.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.spaced_tables import place_cells

NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

PLAN = """某市2024年优化营商环境任务分工表

序号 重点任务 牵头单位 配合单位 完成时限
一、优化政务服务
1 推进证照分离改革 市市场监管局 市司法局 6月底前
市政务服务局
2 推行电子发票，实现全流程 市税务局 市财政局 2024年9月
网上办理

序号 重点任务 牵头单位 配合单位 完成时限
二、提升监管效能
3 开展信用修复 市发展改革委 2024.10.31
4 优化跨境贸易 市商务局 天津海关 市口岸办 年底前

各单位要按照任务分工，细化工作措施，明确时间节点，确保各项任务落到实处，每季度末报送进展情况。
"""

EXPECTED = [
    ("优化政务服务", 5, "推进证照分离改革", ["市市场监管局"], ["市司法局", "市政务服务局"], "2024-06"),
    ("优化政务服务", 7, "推行电子发票，实现全流程网上办理", ["市税务局"], ["市财政局"], "2024-09"),
    ("提升监管效能", 12, "开展信用修复", ["市发展改革委"], [], "2024-10-31"),
    ("提升监管效能", 13, "优化跨境贸易", ["市商务局"], ["天津海关", "市口岸办"], "2024-12"),
]


def rows_of(doc) -> list[tuple]:
    return [
        (w.title, m.line, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_plain_text_table_reads_row_by_row_with_sections_wrapped_cells_and_a_repeated_header():
    assert rows_of(parse_document(PLAN, path="plan.txt")) == EXPECTED


def test_a_pdf_table_drawn_cell_by_cell_reads_from_its_text_layer():
    if not os.path.exists(NOTO):
        pytest.skip(f"no CJK font at {NOTO} to draw a Chinese PDF")
    import matplotlib
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    font = FontProperties(fname=NOTO)
    fig = Figure(figsize=(8.27, 11.69))
    FigureCanvasPdf(fig)
    for i, line in enumerate(PLAN.splitlines()):
        x = 0.05
        for cell in line.split():  # each cell its own text, a gap after it, as a table's cells are drawn
            fig.text(x, 0.95 - i * 0.025, cell, fontproperties=font, fontsize=7)
            x += 0.0125 * len(cell) + 0.04
    data = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig.savefig(data, format="pdf")
    doc = parse_bytes(data.getvalue(), path="plan.pdf")
    assert [(title, text, leads, supports, date) for title, _, text, leads, supports, date in rows_of(doc)] == [
        (title, text, leads, supports, date) for title, _, text, leads, supports, date in EXPECTED
    ]


def test_reformgraph_build_reads_a_spaced_table_from_a_text_file(tmp_path):
    plan = tmp_path / "某市2024年任务分工.txt"
    plan.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "graph.json"
    done = subprocess.run(
        [sys.executable, "-m", "reformgraph", "build", str(plan), "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Measure 4" in done.stdout


@pytest.mark.parametrize(
    ("cells", "row"),
    [
        (
            ["1", "推进改革", "市财政局", "市税务局", "2024年6月"],
            ["1", "推进改革", "市财政局", "市税务局", "2024年6月"],
        ),
        (["1", "推进改革", "市财政局", "2024年6月"], ["1", "推进改革", "市财政局", "", "2024年6月"]),
        (["1", "推进改革", "市财政局"], ["1", "推进改革", "市财政局", "", ""]),
        (
            ["推进", "改革", "市财政局", "市税务局"],
            ["", "推进改革", "市财政局", "市税务局", ""],
        ),  # no number: text joined
        (
            ["1", "推进改革", "市财政局", "市税务局", "市人社局"],
            ["1", "推进改革", "市财政局", "市税务局、市人社局", ""],
        ),
        (["1", "推进改革", "年底前"], None),  # no unit
        (["1", "市财政局", "市税务局"], None),  # units alone: no task
    ],
)
def test_cells_are_placed_by_what_they_hold(cells, row):
    assert place_cells(cells, ["number", "task", "lead", "support", "deadline"]) == row


@pytest.mark.parametrize(
    "text",
    [
        "某市工作方案\n年份 指标 数值\n2024 营业收入 120\n",  # a data table: no unit column
        "某市工作方案\n序号 重点任务 牵头单位\n各单位要按照任务分工，细化工作措施，明确时间节点，确保各项任务落到实处。\n",
        "某市工作方案\n请 各 单位 认真 落实 有关 要求。\n",  # prose apart by spaces
    ],
)
def test_text_that_holds_no_spaced_task_table_gives_none(text):
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_document(text, path="plan.txt")


def test_continuation_lines_stop_growing_a_cell_at_a_bound():
    text = "标题\n序号 重点任务 牵头单位 配合单位\n1 推进改革 市财政局 市税务局\n" + "续写\n" * 5000
    [(_, _, task, leads, _, _)] = rows_of(parse_document(text, path="plan.txt"))
    assert leads == ["市财政局"] and len(task) <= 1002


def test_a_heading_after_the_table_stays_the_documents():
    text = (
        "某市2024年优化营商环境工作方案\n\n一、重点任务\n序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 推进证照分离改革 市市场监管局 市司法局 6月底前\n二、保障措施\n"
        "（一）加强组织领导。（市发展改革委负责）\n（二）强化督查考核。（市政府督查室负责）\n"
    )
    assert [(title, line, task, leads) for title, line, task, leads, _, _ in rows_of(parse_document(text))] == [
        ("重点任务", 5, "推进证照分离改革", ["市市场监管局"]),
        ("保障措施", 7, "加强组织领导。", ["市发展改革委"]),
        ("保障措施", 8, "强化督查考核。", ["市政府督查室"]),
    ]

"""Round 40: task-division tables (任务分工表, 责任清单, 台账) in .docx, .xlsx and markdown."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import sheet_document
from tests.support.readings import task_rows as _rows


def test_a_line_after_a_pipe_table_does_not_join_the_title_above_it_into_a_task():
    """The title over a table and a note under it were one paragraph holding the whole table: its 由X牵头 cells
    made a false task of the title, with every row's deadline."""
    doc = parse_document(
        "某市责任清单\n\n"
        "| 序号 | 重点任务 | 责任单位 | 完成时限 | 备注 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 推行企业开办。 | 市市场监管局、市行政审批局 | 2024年6月底前 | 由市行政审批局牵头 |\n"
        "| 2 | 深化审批改革。 | 市住建局 | 2024年9月底前 |  |\n\n"
        "以上任务请认真落实。\n",
        path="x.md",
    )
    assert [row[0] for row in _rows(doc)] == ["推行企业开办。", "深化审批改革。"]


def test_a_note_cell_naming_the_lead_makes_it_lead_and_the_rows_other_units_support():
    """备注 | 由X牵头 beside one 责任单位 column: before, every unit led (or the first-listed one, X ignored)."""
    doc = parse_document(
        "某市责任清单\n\n"
        "| 序号 | 重点任务 | 责任单位 | 完成时限 | 备注 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 推行企业开办。 | 市市场监管局、市行政审批局、市税务局 | 2024年6月底前 | 由市行政审批局牵头 |\n"
        "| 2 | 深化审批改革。 | 市住建局、市自然资源局 | 2024年9月底前 | 纳入年度考核 |\n\n"
        "备注：责任单位排名第一的为牵头单位，其他为配合单位。\n",
        path="x.md",
    )
    assert _rows(doc) == [
        ("推行企业开办。", ["市行政审批局"], ["市市场监管局", "市税务局"], "2024-06"),
        ("深化审批改革。", ["市住建局"], ["市自然资源局"], "2024-09"),
    ]


def test_a_note_cell_naming_the_lead_in_a_sheet_and_in_a_table_flattened_a_cell_a_line():
    sheet = sheet_document(
        ["序号", "工作任务", "责任单位", "完成时限", "备注"],
        ["1", "建立政企沟通机制", "市工商联、市营商环境办", "每季度", "市营商环境办牵头"],
    )
    assert _rows(sheet) == [("建立政企沟通机制", ["市营商环境办"], ["市工商联"], None)]
    flat = parse_document(
        "某市责任清单\n\n序号\n重点任务\n责任单位\n完成时限\n备注\n"
        "1\n推行企业开办。\n市市场监管局、市行政审批局\n2024年6月底前\n由市行政审批局牵头\n",
        path="f.txt",
    )
    assert _rows(flat) == [("推行企业开办。", ["市行政审批局"], ["市市场监管局"], "2024-06")]

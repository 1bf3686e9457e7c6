"""Round 40: task-division tables (任务分工表, 责任清单, 台账) in .docx, .xlsx and markdown."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
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

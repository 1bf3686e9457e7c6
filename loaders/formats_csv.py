"""CSV task tables (.csv): UTF-8 (with or without BOM) or GB18030/GBK, comma, tab or semicolon separated.

>>> data = "序号,任务,牵头单位,配合单位,完成时限\\n1,建设平台,区大数据局,区财政局,2025年底\\n".encode("gbk")
>>> doc = read_csv(data, path="tasks.csv", key="tasks", sha256="")
>>> m = doc.workplans[0].measures[0]
>>> m.text, m.leads[0].raw, m.supports[0].raw, m.deadline.date, m.line
('建设平台', '区大数据局', '区财政局', '2025-12', 2)
"""

from __future__ import annotations

import csv
import io

from reformgraph.errors import DocumentError
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.tables import document_from_tables
from reformgraph.records import Document


def read_csv(data: bytes, *, path: str, key: str, sha256: str) -> Document:
    """Parse a CSV task table whose header row names the task and unit columns."""
    text = decode_text(data, path=path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    doc = document_from_tables([rows], path=path, key=key, sha256=sha256, title=key)
    if doc is None:
        raise DocumentError(
            "no task table: expected a header row naming a task column (任务/工作任务/重点任务…) and a unit "
            "column (牵头单位/责任单位/推进单位…)",
            path=path,
        )
    return doc

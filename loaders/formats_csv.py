"""CSV task tables (.csv): UTF-8 (with or without BOM) or GB18030/GBK, comma, tab or semicolon separated.

Bounded: line length and text size as for any text (``check_lines``), cells counted
against ``Limits.cells`` while reading; a malformed file (a NUL byte, a field over the
csv module's own size limit …) is one DocumentError with its line.

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
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_cell, check_count, check_lines
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.sheets import excel_error, sheet_title, units_from_task_words
from reformgraph.loaders.tables import document_from_tables
from reformgraph.loaders.unread_tables import headers_hint
from reformgraph.records import Document


def csv_rows(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> list[list[str]]:
    """The rows of a CSV file (its dialect sniffed from the first 4 KB)."""
    text = decode_text(data, path=path)
    check_lines(text, path=path, limits=limits)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter_of(text[:4096]))
    rows: list[list[str]] = []
    cells = 0
    try:
        for row in reader:
            cells += len(row)
            check_count("cells", cells, "the table holds", path=path, limits=limits, line=reader.line_num)
            if row and max(map(len, row)) > limits.line_chars:
                long = next(c for c, value in enumerate(row, start=1) if len(value) > limits.line_chars)
                check_cell(row[long - 1], path=path, where=f"{reader.line_num} column {long}", limits=limits)
            if any(cell.startswith("#") for cell in row):
                row = ["" if excel_error(cell) else cell for cell in row]  # a formula's error value (round 43)
            rows.append(row)
    except csv.Error as exc:
        raise DocumentError(f"not a readable CSV table ({exc})", path=path, line=reader.line_num) from None
    return rows


def delimiter_of(sample: str) -> str:
    r"""The character that parts the cells of a CSV text: of comma, tab and semicolon, the one most of its first
    lines hold (a title line above the header holds none; csv.Sniffer, which wants every line alike, then guessed
    wrong: a tab-separated export read as one column, round 39); a comma when none is found.

    >>> delimiter_of("某市台账\n序号\t事项\t主办单位\n1\t推进\t市环境局"), delimiter_of("序号,事项\n1,推进"), delimiter_of("台账")
    ('\t', ',', ',')
    """
    lines = [line for line in sample.splitlines()[:30] if line.strip()]
    counts = {d: sum(d in line for line in lines) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a CSV task table whose header row names the task and unit columns."""
    rows = csv_rows(data, path=path, limits=limits)
    title = sheet_title(rows) or key  # a title row above the header (the rest of its cells empty), as in a sheet
    doc = document_from_tables([rows], path=path, key=key, sha256=sha256, title=title)
    if doc is None and (worded := units_from_task_words(rows)) is not None:  # units in the tasks' words (round 73)
        doc = document_from_tables([worded], path=path, key=key, sha256=sha256, title=title)
    if doc is None:
        hint = headers_hint([("the table", rows)])  # its headers, and the --columns that would read them (round 79)
        raise DocumentError(
            "no task table: expected a header row naming a task column (任务/工作任务/重点任务…) and a unit "
            "column (牵头单位/责任单位/推进单位…)" + (f"; {hint}" if hint else ""),
            path=path,
        )
    return doc

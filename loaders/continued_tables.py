"""Tables that go on from the table before them: a Word table split by a page break (``续表``, its header
repeated) or an edit, read as one table in every format that keeps tables apart (.docx, PDF, HTML, Markdown pipe
tables; text tables through ``GOES_ON``). Moved out of ``formats_docx`` in round 54, when the page, pipe and text
readers came to use it.
"""

from __future__ import annotations

from reformgraph.loaders.compact import compact
from reformgraph.loaders.tables import detect_columns
from reformgraph.regexcache import compiled

GOES_ON = compiled(r"[（(]?续(?:表\d{0,2}|上表)[）)]?[：:]?")  # 续表, 续表2, （续表）, 续上表


def continued_tables(
    tables: list[list[list[str]]], titles: list[str | None]
) -> tuple[list[list[list[str]]], list[str | None]]:
    """The tables with each one that goes on from the table before it joined to it: a table whose first row repeats
    the header of the one right before it, with no heading of its own between them (a table a page break or an
    edit split in two, its header repeated), so
    that a cell merged down over the split carries on and its rows count on (round 31; before, the first row after
    the split lost its merged cells' units). Each table's title: the first part's.

    >>> header = ["序号", "任务", "牵头单位"]
    >>> joined, titles = continued_tables([[header, ["1", "甲", "A局"]], [header, ["2", "乙", ""]]], ["表一", None])
    >>> joined, titles
    ([[['序号', '任务', '牵头单位'], ['1', '甲', 'A局'], ['序号', '任务', '牵头单位'], ['2', '乙', '']]], ['表一'])
    >>> len(continued_tables([[header, ["1", "甲", "A局"]], [header, ["1", "乙", "B局"]]], ["表一", "表二"])[0])
    2
    >>> len(continued_tables([[header, ["1", "甲", "A局"]], [header, ["2", "乙", "B局"]]], ["表一", "续表"])[0])
    1
    """
    out: list[list[list[str]]] = []
    out_titles: list[str | None] = []
    for k, rows in enumerate(tables):
        title = titles[k] if k < len(titles) else None
        if (
            out
            and rows
            and any(rows[0])
            # no heading of its own between the two (续表 says it goes on: round 39)
            and (title is None or title == titles[k - 1] or GOES_ON.fullmatch(title.strip()) is not None)
            and (any(rows[0] == row for row in out[-1][:HEADER_ROWS]) or _goes_on_headless(rows, out[-1]))
        ):
            out[-1] = [*out[-1], *rows]
            continue
        out.append(rows)
        out_titles.append(title)
    return out, out_titles


HEADER_ROWS = 3  # rows at a table's top that may be its header (a title row, two header rows)


def _goes_on_headless(rows: list[list[str]], before: list[list[str]]) -> bool:
    """Whether a table with no header of its own goes on from the task table ``before`` (split in two and its
    header not repeated, round 35): as many columns, ``before`` has a header and ``rows`` none.

    >>> header = ["序号", "任务", "牵头单位"]
    >>> _goes_on_headless([["3", "丙", "C局"]], [header, ["2", "乙", "B局"]]), _goes_on_headless([["3", "丙"]], [header])
    (True, False)
    """
    if len(rows[0]) != len(before[-1]):
        return False

    def names_columns(row: list[str]) -> bool:
        return detect_columns([compact(c) for c in row]) is not None

    return any(map(names_columns, before[:HEADER_ROWS])) and not any(map(names_columns, rows[:HEADER_ROWS]))

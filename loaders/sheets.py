"""What the spreadsheet readers (.xlsx, .xls/.et) share: cell values as text, merged ranges, the title.

A sheet is a list of rows of cell values, 1-based ranges ``(first_row, first_col,
last_row, last_col)`` for its merges. Merged ranges are clipped to the sheet's used
range before they are filled (a merge over the whole sheet costs no more than the
cells in use) and their covered cells are counted against ``Limits.merged_cells``.

>>> rows = [["序号", "任务", "责任单位"], [1, "建平台", "区大数据局"], [2, "建机制", None]]
>>> fill_merged(rows, [(2, 3, 3, 3)])
>>> rows[2]
[2, '建机制', '区大数据局']
>>> cell_text(datetime.date(2025, 9, 30)), cell_text(3.0), cell_text(2.5)
('2025年9月30日', '3', '2.5')
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from reformgraph.errors import DocumentError
from reformgraph.loaders.compact import compact
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_cell, check_count
from reformgraph.loaders.summary_sheets import SummaryRows, held_tasks, unheld_rows
from reformgraph.loaders.table_titles import heading_title
from reformgraph.loaders.tables import document_from_tables
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.unread_tables import headers_hint
from reformgraph.loaders.vocab import ANNEX_MARK, names_issuers
from reformgraph.loaders.worded_units import units_from_task_words
from reformgraph.records import Document, ParseWarning
from reformgraph.regexcache import compiled

Range = tuple[int, int, int, int]
NamedSheet = tuple[str, list[list[str | None]]]  # a sheet's name, and its rows of cell texts
SetAside = tuple[str, tuple[int, ...]]  # a sheet's name, and the hidden rows left out of it (1-based)


class SheetsRead(NamedTuple):
    """What a workbook reader (``xlsx_sheets``, ``xls_sheets``; the .ods reader through LibreOffice's .xlsx) gives
    ``document_from_sheets``: its visible sheets, and the hidden rows it left out of them (round 45: each reader
    built the list and passed it on)."""

    sheets: list[NamedSheet]
    set_aside: list[SetAside]


_DEFAULT_NAME = compiled(r"^(?:sheet|工作表)\s*\d*$", re.IGNORECASE)  # Sheet1, 工作表1: named by no one

NO_TASK_TABLE = (
    "no sheet holds a task table: expected a header row naming a task column (任务/工作任务/重点任务…) "
    "and a unit column (牵头单位/责任单位/推进单位…)"
)


def cell_text(value: object) -> str | None:
    """A cell's value as plan text: dates as written in plans (``2025年9月30日``), whole numbers without ``.0``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime | datetime.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if text[:1] == "#" and excel_error(text):
        return None
    return text


# the values Excel and WPS show for a formula that failed (a VLOOKUP that found no unit: #N/A)
_EXCEL_ERRORS = frozenset(
    ("#N/A", "#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA")
)


def excel_error(text: str) -> bool:
    """Whether a cell's text is the error value of a formula that failed: a cell that shows no unit, date or task
    (round 43: before, a lead unit looked up by ``=VLOOKUP(…)`` and not found read as the units ``N`` and ``A``).

    >>> excel_error("#N/A"), excel_error(" #REF! "), excel_error("#1 任务")
    (True, True, False)
    """
    return text.strip().upper() in _EXCEL_ERRORS


_DECIMALS = compiled(r"0\.(0+)")  # a number shown with decimal places: 0.00
# The literal text of a number format (“年”, \-) and its bracketed codes: a locale, a colour, Chinese numerals
# (``[$-804]``, ``[Red]``, ``[DBNum1]``, whose d and m are no day or month: round 41)
_QUOTED = compiled(r'"[^"]*"|\\.|\[[^\]]*\]')


def shown_value(value: object, number_format: str | None) -> object:
    """A cell's value as Excel shows it where the plain value would read otherwise (round 31): a number with the
    decimal places its format shows (``2024.1`` shown ``2024.10``: October, not January), a date its format shows
    without a day as that month (``2024年6月``, not ``2024年6月1日``).

    >>> shown_value(2024.1, "0.00"), shown_value(datetime.datetime(2024, 6, 1), 'yyyy"年"m"月"'), shown_value(3, "0.00")
    ('2024.10', '2024年6月', 3)
    >>> shown_value(datetime.datetime(2026, 10, 31), '[DBNum1][$-804]yyyy"年"m"月"')
    '2026年10月'

    """
    if not number_format or number_format == "General":
        return value
    if isinstance(value, float) and (m := _DECIMALS.fullmatch(number_format)) is not None:
        return f"{value:.{len(m.group(1))}f}"
    if isinstance(value, datetime.datetime | datetime.date):
        shown = _QUOTED.sub("", number_format).lower()
        if "d" not in shown and "m" in shown and "y" in shown:
            return f"{value.year}年{value.month}月"
    return value


def rows_hidden_blanked(
    rows: list[list[str | None]], hidden: set[int], *, sheet: str, set_aside: list[SetAside] | None = None
) -> list[list[str | None]]:
    """``rows`` with each hidden row (1-based numbers in ``hidden``) emptied, its merged values already given to the
    rows they cover, and every row keeping its number. Round 43: a row hidden with no filter on the sheet is a task
    the office deleted and kept out of sight (a reader of the sheet never sees it, as with hidden columns and
    sheets); before, it was read as a task. Rows an autofilter hides are not passed here: a filter hides rows only
    for viewing. The ``sheet``'s hidden rows that held text are added to ``set_aside`` (round 44: the document says
    so, ``hidden_rows_noted``).

    >>> left: list = []
    >>> rows_hidden_blanked([["序号", "任务"], ["1", "甲"], ["2", "乙"], [None, None]], {2, 4}, sheet="台账", set_aside=left)
    [['序号', '任务'], [None, None], ['2', '乙'], [None, None]]
    >>> left
    [('台账', (2,))]
    """
    held = tuple(k for k, row in enumerate(rows, start=1) if k in hidden and any(row))
    if held and set_aside is not None:
        set_aside.append((sheet, held))
    return [[None] * len(row) if k in hidden else row for k, row in enumerate(rows, start=1)]


HIDDEN_ROWS = (
    "rows hidden by hand (no filter on the sheet) are rows the office set aside: not read; unhide them to have them"
    " read"
)


def hidden_rows_noted(document: Document, set_aside: Sequence[SetAside]) -> Document:
    """``document`` with one warning per sheet whose hidden rows were left out (``rows_hidden_blanked``): how many,
    which, and why (round 44: before, they were left out with no word).

    >>> from reformgraph.loaders.parse import parse_document
    >>> doc = hidden_rows_noted(parse_document("某县方案\\n\\n1.推进改革。（县财政局负责）"), [("台账", (4, 6))])
    >>> [(w.line, w.kind, w.message) for w in doc.warnings][0][:2], dict(doc.warnings[0].params)
    ((4, 'hidden_rows'), {'sheet': '台账', 'count': '2', 'rows': '4, 6'})
    """
    if not set_aside:
        return document
    notes = tuple(
        ParseWarning(
            rows[0],
            f"sheet {name}: {len(rows)} hidden row(s) left out (rows {', '.join(map(str, rows))}): {HIDDEN_ROWS}",
            "hidden_rows",
            (("sheet", name), ("count", str(len(rows))), ("rows", ", ".join(map(str, rows)))),
        )
        for name, rows in set_aside
    )
    return dataclasses.replace(document, warnings=(*notes, *document.warnings))


def columns_hidden_dropped(rows: list[list[str | None]], hidden: set[int]) -> list[list[str | None]]:
    """``rows`` without their hidden columns (1-based numbers in ``hidden``): a former unit kept for reference, a
    working column, which a reader of the sheet never sees (round 32 for an .xlsx; round 43 for an .xls/.et too).

    >>> columns_hidden_dropped([["序号", "原责任单位", "牵头单位"], ["1", "甲", "乙"]], {2})
    [['序号', '牵头单位'], ['1', '乙']]
    """
    return [[v for k, v in enumerate(row, start=1) if k not in hidden] for row in rows]


def column_letters(col: int) -> str:
    """1 → ``A``, 28 → ``AB`` (for naming a cell in an error).

    >>> column_letters(1), column_letters(28), column_letters(16384)
    ('A', 'AB', 'XFD')
    """
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_used_range(
    sheet: str, rows: int, cols: int, *, path: str, limits: Limits = DEFAULT_LIMITS, before: int = 0
) -> int:
    """Raise when this sheet's used range (plus ``before`` cells of earlier sheets) is over the cell limit.

    Returns the running total of cells.
    """
    cells = rows * cols
    used = f"A1:{column_letters(cols)}{rows}"
    check_count("cells", cells, f"sheet {sheet!r}: used range {used} holds", path=path, limits=limits)
    check_count("cells", before + cells, "the sheets hold", path=path, limits=limits)
    return before + cells


def clip_merges(merges: Iterable[Range], rows: int, cols: int, *, path: str, sheet: str, limits: Limits) -> list[Range]:
    """Merged ranges clipped to the used range ``rows`` × ``cols``; their covered cells counted against the limit."""
    clipped: list[Range] = []
    covered = 0
    for r0, c0, r1, c1 in merges:
        r0, c0, r1, c1 = max(r0, 1), max(c0, 1), min(r1, rows), min(c1, cols)
        if r0 > r1 or c0 > c1 or (r0 == r1 and c0 == c1):
            continue
        covered += (r1 - r0 + 1) * (c1 - c0 + 1)
        check_count("merged_cells", covered, f"sheet {sheet!r}: merged ranges cover", path=path, limits=limits)
        clipped.append((r0, c0, r1, c1))
    return clipped


def fill_merged(rows: list[list[object]], merges: Iterable[Range]) -> None:
    """Give every cell of each merged range the value of its top-left cell (rows are changed in place)."""
    for r0, c0, r1, c1 in merges:
        if r0 - 1 >= len(rows) or c0 - 1 >= len(rows[r0 - 1]):
            continue
        value = rows[r0 - 1][c0 - 1]
        for r in range(r0 - 1, min(r1, len(rows))):
            row = rows[r]
            for c in range(c0 - 1, min(c1, len(row))):
                row[c] = value


def check_cells_text(rows: Sequence[Sequence[str | None]], *, path: str, sheet: str, limits: Limits) -> None:
    """Raise for the first cell longer than the line limit, naming it ``sheet!B7``."""
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None and len(value) > limits.line_chars:
                check_cell(value, path=path, where=f"{sheet}!{column_letters(c)}{r}", limits=limits)


def sheet_rows(
    values: Sequence[Sequence[object]], merges: Iterable[Range], *, path: str, sheet: str, limits: Limits
) -> list[list[str | None]]:
    """A sheet's cell values as texts, each within the line limit, merged ranges filled."""
    rows = [[cell_text(v) for v in row] for row in values]
    check_cells_text(rows, path=path, sheet=sheet, limits=limits)
    fill_merged(rows, merges)
    return rows


def sheet_title(rows: Sequence[Sequence[str | None]]) -> str | None:
    """The text of the first of the first non-empty rows that holds one distinct value (a title merged across) and is
    neither an annex mark (``附件2``) nor the names of its issuers (``中共江临市委办公室 江临市人民政府办公室``, a
    sheet printed with its red head: round 34); None when the first row holds more than one.

    >>> sheet_title([["中共江临市委办公室  江临市人民政府办公室", None], ["附件", ""], ["江临市2025年任务分解表", None], ["序号", "任务"]])
    '江临市2025年任务分解表'
    >>> sheet_title([["序号", "任务"], ["江临市2025年任务分解表", None]]) is None
    True
    """
    for row in [r for r in rows[:_TITLE_ROWS] if any(v for v in r)]:
        values = {v.strip() for v in row if v and v.strip()}
        if len(values) != 1:
            return None
        value = values.pop()
        if not (ANNEX_MARK.fullmatch(compact(value)) or names_issuers(value)):
            return value
    return None


_TITLE_ROWS = 6  # the rows a sheet's title is looked for in, past its issuers' names and an annex mark


def sheet_name(name: str) -> str | None:
    """A sheet's name as a title (``table_titles.heading_title``: ``附件1 重点任务`` → ``重点任务``); None for a name the
    program gave it (``Sheet1``, ``工作表2``) or a bare annex mark (``附件1``).

    >>> sheet_name("民生领域"), sheet_name("Sheet1"), sheet_name("工作表 2"), sheet_name("附件1")
    ('民生领域', None, None, None)
    """
    name = name.strip()
    return None if not name or _DEFAULT_NAME.match(name) else heading_title(name)


def spelled_out(titles: Sequence[str | None], sheets: Sequence[NamedSheet]) -> list[str | None]:
    """The sheets' ``titles`` with each short name (``发改``, ``工信``: no unit's name) that a cell of the workbook spells
    out as a unit's (``发改：市发展改革委``, ``工信—市工业和信息化局``, ``住建（市住房和城乡建设局）``: a 填报说明's key to
    sheets named by their leads' short forms) replaced by that unit's name (round 62: before, the sheets' tasks had
    no lead and were lost); the others as they are.

    >>> rows = [["工作表名称为牵头单位简称：发改：市发展改革委；工信（市工业和信息化局）；商务：负责外贸"]]
    >>> spelled_out(["填报说明", "发改", "工信", "商务", None], [("填报说明", rows)])
    ['填报说明', '市发展改革委', '市工业和信息化局', '商务', None]
    """
    short = [t for t in titles if t and len(t) <= _SHORT_FORM and not is_unit_name(t)]
    if not short:
        return list(titles)
    cells = [v for _, rows in sheets for row in rows for v in row if isinstance(v, str) and any(t in v for t in short)]
    names: dict[str, str] = {}
    for t in short:
        key = compiled(_SPELLED.format(re.escape(t)))
        for cell in cells:
            if (m := key.search(cell)) is not None and is_unit_name(m.group(1)):
                names[t] = m.group(1)
                break
    return [names.get(t, t) if t else t for t in titles]


_SHORT_FORM = 4  # characters: the longest short form of a unit a sheet is named by (发改, 工信, 市场监管)
# a short form, not inside a longer word, then its unit's name after a colon, a dash, = or in brackets
_SPELLED = r"(?<![\u4e00-\u9fff]){}(?:[：:—－=]|[（(])([^；;，,。、（）()\s]{{2,20}})"


# the title of a sheet of instructions, never the workbook's (a 填表说明 sheet before the task sheet: round 36)
# a sheet of counts over the others (汇总: 街道 | 任务总数 | 已完成 | 牵头部门): no tasks of its own
_SUMMARY_SHEET = compiled(r"汇总表?|统计表?|数据汇总|汇总统计|统计汇总")
_NOTES_TITLE = compiled(r"\s*(?:(?:填表|填报|编制|使用)?(?:说明|须知)|目录|封面)\s*")


def document_from_sheets(
    sheets: Sequence[NamedSheet], set_aside: Sequence[SetAside] = (), *, path: str, key: str, sha256: str
) -> Document:
    """The task tables among ``sheets`` (name, rows) as a Document; the first sheet's title row names it, and each
    sheet's tasks are titled by its own title row, else by its name (unless a default one: ``Sheet1``).
    ``set_aside``: the hidden rows left out of them, each sheet's noted in a warning."""
    summaries = [_SUMMARY_SHEET.fullmatch(name.strip()) is not None for name, _ in sheets]
    read: dict[int, SummaryRows] = {}
    if any(summaries):  # counts (round 38); a list of every task: those no other sheet holds (round 59 left27)
        held = held_tasks([rows for summary, (_, rows) in zip(summaries, sheets) if not summary])
        read = {k: unheld_rows(rows, held) for k, (summary, (_, rows)) in enumerate(zip(summaries, sheets)) if summary}
    readings = [[read[k].rows if k in read else rows for k, (_, rows) in enumerate(sheets)]]
    if any(summaries):  # read when no other sheet holds a task: the workbook's one list of them (round 59)
        readings.append([rows for _, rows in sheets])
    titles = spelled_out([sheet_name(name) for name, _ in sheets], sheets)
    for tables in readings:
        title = next((t for t in (sheet_title(rows) for rows in tables) if t and not _NOTES_TITLE.fullmatch(t)), None)
        notice = notice_lines(tables[0]) if tables else None
        meta = None
        if notice is not None:
            # a notice on a sheet of its own before the tables: its title, issuer, 文号, date (round 38)
            from reformgraph.loaders.parse import text_metadata

            meta = text_metadata("\n".join(notice))
            title = meta.title or title
        doc = document_from_tables(
            tables, path=path, key=key, sha256=sha256, title=title or key, carry_units=False, titles=titles
        )
        if doc is not None:
            break
    if doc is None and any(worded := [units_from_task_words(rows) for _, rows in sheets]):
        # no unit column: the units named in the task cells' words (round 73 ledger73)
        tables = [w if w is not None else rows for w, (_, rows) in zip(worded, sheets)]
        doc = document_from_tables(
            tables, path=path, key=key, sha256=sha256, title=title or key, carry_units=False, titles=titles
        )
    if doc is None and (text := pasted_text(sheets)) is not None:
        # no table: a document pasted into a sheet, one paragraph a row (round 74 meta74)
        from reformgraph.loaders.parse import parse_document

        try:
            doc = parse_document(text, path=path, key=key, sha256=sha256)
        except DocumentError:
            pass  # no assignment in its text either: the workbook's error, as before
    if doc is None:
        hint = headers_hint([(f"sheet {name}", rows) for name, rows in sheets])  # and --columns to read it (round 79)
        raise DocumentError(NO_TASK_TABLE + (f"; {hint}" if hint else ""), path=path)
    if meta is not None:
        doc = dataclasses.replace(
            doc,
            issuer=doc.issuer or meta.issuer,
            doc_number=doc.doc_number or meta.doc_number,
            date=doc.date or meta.date,
        )
    if tables is readings[0]:
        doc = unchecked_rows_noted(doc, [(sheets[k][0], r) for k, r in read.items() if r.rows and r.unchecked])
    return hidden_rows_noted(doc, set_aside)


_PASTED_ROWS = 3  # written rows: the fewest of a document pasted into a sheet (a title, a heading, a task)


def pasted_text(sheets: Sequence[NamedSheet]) -> str | None:
    """The text of the first sheet that holds a document pasted from Word (粘贴到 WPS 表格/Excel), one paragraph a
    row: every written row one value, in one cell or in cells merged across (each holding it), at least
    ``_PASTED_ROWS`` of them; its rows its lines (an empty row a blank line, so that a line's number is its row's).
    None when every sheet holds a row of two values (a table) or none does.

    >>> pasted_text([("Sheet1", [["一、任务", "一、任务"], [None, None], ["1.推进改革（牵头单位：区发改委）", None],
    ...                          [None, "二、保障"]])])
    '一、任务\\n\\n1.推进改革（牵头单位：区发改委）\\n二、保障'
    >>> pasted_text([("Sheet1", [["序号", "任务"], ["1", "推进改革"], ["2", "完善机制"]])]) is None
    True

    A cell of several lines (Alt+Enter, 单元格内换行: a paragraph's manual line breaks pasted into its cell) is its
    row's one line, so that the rows after it keep their numbers; and a table set beside the text, apart from it by
    a column empty in every row (a contacts table, a 台账 no task table was read from), is no part of it (round 75
    meta75: before, each line of such a cell took a line, every later task's line one more, and a table beside the
    text made every row of it a table's row: ``no sheet holds a task table``):

    >>> pasted_text([("Sheet1", [["一、任务", None, "联系人", "电话"], [None, None, "张某", "5566"],
    ...                          ["1.推进改革，\\n完善制度（牵头单位：区发改委）", None, None, None], ["2.建设", None, None, None]])])
    '一、任务\\n\\n1.推进改革，完善制度（牵头单位：区发改委）\\n2.建设'
    """
    for _, rows in sheets:
        lines: list[str] = []
        block = _first_block(rows)
        for row in rows:
            values = {v for v in row[block] if v is not None and v.strip()}
            if len(values) > 1:
                break
            lines.append(_cell_line(values.pop()) if values else "")
        else:
            if sum(1 for line in lines if line) >= _PASTED_ROWS:
                return "\n".join(lines)
    return None


def _first_block(rows: Sequence[Sequence[str | None]]) -> slice:
    """The columns of a sheet's first block: from its first written column to the next column empty in every row
    (the rest of the sheet when none is).

    >>> _first_block([[None, "甲", "甲", None, "乙"], [None, None, None, None, "丙"]])
    slice(1, 3, None)
    >>> _first_block([["甲", "乙"], ["丙", None]])
    slice(0, 2, None)
    """
    width = max(map(len, rows), default=0)
    used = [any(k < len(row) and row[k] is not None and row[k].strip() for row in rows) for k in range(width)]
    first = used.index(True) if True in used else 0
    end = used.index(False, first) if False in used[first:] else width
    return slice(first, end)


def _cell_line(value: str) -> str:
    """A cell's lines (Alt+Enter) as one line: joined with nothing, as a paragraph's lines are, but with a space
    between two Latin letters or digits.

    >>> _cell_line("1.推进改革，\\n完善制度"), _cell_line("落实 ESG\\nreport 要求"), _cell_line("一行")
    ('1.推进改革，完善制度', '落实 ESG report 要求', '一行')
    """
    if "\n" not in value:
        return value
    out = ""
    for part in (p.strip() for p in value.splitlines()):
        if part:
            out += (
                " " + part
                if out[-1:].isascii() and out[-1:].isalnum() and part[0].isascii() and part[0].isalnum()
                else part
            )
    return out


def unchecked_rows_noted(document: Document, summaries: Sequence[tuple[str, SummaryRows]]) -> Document:
    """``document`` with one warning per summary sheet (name, its rows as read) some of whose rows were compared with
    the other sheets' tasks word for word only (``summary_sheets.REWORD_WORK``: a hostile workbook's), so that a task
    reworded among them may be read twice.

    >>> from reformgraph.loaders.parse import parse_document
    >>> doc = unchecked_rows_noted(parse_document("某县方案\\n\\n1.推进改革。（县财政局负责）"), [("汇总", SummaryRows([], 40, 3))])
    >>> w = doc.warnings[0]
    >>> w.line, w.kind, dict(w.params)
    (3, 'reworded_unchecked', {'sheet': '汇总', 'count': '40'})
    """
    notes = tuple(
        ParseWarning(
            read.first_unchecked,
            f"sheet {name}: {read.unchecked} row(s) compared with the other sheets' tasks word for word only, too many"
            " to look for tasks reworded among them: a reworded task may be read twice",
            "reworded_unchecked",
            (("sheet", name), ("count", str(read.unchecked))),
        )
        for name, read in summaries
    )
    return dataclasses.replace(document, warnings=(*notes, *document.warnings)) if notes else document


_NOTICE_ROWS = 3  # rows: a notice sheet's least (a title, a 文号 or an addressee, a paragraph)


def notice_lines(rows: Sequence[Sequence[str]]) -> list[str] | None:
    """The lines of a sheet that holds a notice, one text a row (cells merged across or one cell each), naming a
    document number or a notice's title; None for any other sheet.

    >>> notice_lines([["某市人民政府办公室文件"], ["某政办发〔2026〕5号"], ["关于印发某表的通知", "关于印发某表的通知"]])
    ['某市人民政府办公室文件', '某政办发〔2026〕5号', '关于印发某表的通知']
    >>> notice_lines([["序号", "任务", "牵头单位"], ["1", "建平台", "区大数据局"], ["2", "清理证明", "区司法局"]]) is None
    True
    """
    lines = []
    for row in rows:
        values = {c for c in row if c}
        if len(values) > 1:
            return None
        lines.extend(values)
    if len(lines) < _NOTICE_ROWS or not any("〔" in c or c.endswith("通知") for c in lines):
        return None
    return lines

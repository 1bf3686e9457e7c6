"""The 台账 workbook (openpyxl): one row per measure, for units to fill in Excel or WPS.

Columns are :data:`reformgraph.progress.LEDGER_HEADERS`. The header row is frozen and
filtered; widths suit Chinese text and long cells wrap (row heights are set from the text,
so Excel, WPS and LibreOffice show the same thing). 状态 is a drop-down (data validation)
of the five words and 更新日期 must be a date. 亮灯 is a formula over 状态, 截止日期 and
更新日期 against ``TODAY()`` — the rule of :mod:`reformgraph.lights` — coloured by
conditional fill, so the light follows the unit's edits. A 说明 sheet says how to fill it in.

>>> from datetime import date
>>> from reformgraph.metrics.sample import graph_from_measures
>>> from reformgraph.progress import ledger_entries
>>> G = graph_from_measures([("1", "市财政局", "市税务局", "2022-05"), ("2", "市税务局", "")])
>>> import io, openpyxl
>>> buf = io.BytesIO()
>>> write_ledger(buf, ledger_entries(G), by_unit=True, exported=date(2026, 6, 1))
['市税务局', '市财政局']
>>> wb = openpyxl.load_workbook(buf)
>>> wb.sheetnames
['市税务局', '市财政局', '说明']
>>> ws = wb["市财政局"]
>>> [ws.cell(1, c).value for c in (1, 4, 10, 13)], ws.freeze_panes
(['序号', '举措', '状态', '措施编号'], 'A2')
>>> ws["H2"].value.date(), ws["H2"].number_format, ws["M2"].value
(datetime.date(2022, 5, 31), 'yyyy-mm-dd', 'measure:demo:1:1')
>>> light_formula(2, LightRule(30, 90)).startswith('=IF(J2="已完成","绿",IF(J2="已延期","红",IF(ISNUMBER(H2),IF(H2<TODAY()')
True
"""

from __future__ import annotations

import functools
import io
import math
import os
from collections.abc import Iterator, Sequence
from datetime import date
from typing import IO, TYPE_CHECKING

from reformgraph.extras import require
from reformgraph.files import atomic_write
from reformgraph.lights import DEFAULT_RULE, GREEN, LIGHT_WORDS, RED, YELLOW, LightRule
from reformgraph.progress import (
    GUIDE_SHEET,
    LEDGER_HEADERS,
    LEDGER_SHEET,
    STATUS_CODES,
    LedgerEntry,
    entries_by_lead,
    status_word,
)
from reformgraph.regexcache import compiled
from reformgraph.stamp import export_day
from reformgraph.textwidth import display_width

if TYPE_CHECKING:
    from reformgraph.render.xlsx_rows import SheetRows

#: Column widths in Excel character units (a Chinese character is two).
WIDTHS = {
    "seq": 6,
    "reform": 18,
    "workplan": 20,
    "text": 46,
    "leads": 14,
    "supports": 18,
    "deadline_raw": 13,
    "due": 12,
    "progress": 34,
    "status": 10,
    "updated": 12,
    "light": 7,
    "measure": 14,
    "check": 10,
}
WRAPPED = ("reform", "workplan", "text", "leads", "supports", "deadline_raw", "progress")
FILLED_BY_UNIT = ("progress", "status", "updated")
LIGHT_FILLS = {RED: "F8696B", YELLOW: "FFD966", GREEN: "63BE7B"}
FONT = "宋体"
LINE_HEIGHT = 16.5  # points per line of 11-point CJK text (LibreOffice and WPS draw taller lines than Excel)
MAX_LINES = 12
ID_SCALE = 11 / 9  # the measure id is 9-point text: 11/9 as many characters a line, lines 9/11 as tall
GUIDE_WIDTH = 64
EXTRA_ROWS = 200  # drop-down and date check also cover rows a unit adds below
DAY_FORMAT = "yyyy-mm-dd"
_SHEET_FORBIDDEN = compiled(r"[\[\]:*?/\\]")


def column_letter(key: str) -> str:
    """The Excel column letter of a ledger column (``status`` → ``J``).

    >>> column_letter("seq"), column_letter("check")
    ('A', 'N')
    """
    return chr(ord("A") + list(LEDGER_HEADERS).index(key))


def light_formula(row: int, rule: LightRule) -> str:
    """The 亮灯 formula of one row: the rule of :func:`reformgraph.lights.light_of` in Excel terms.

    The plan's 已完成 is already in 状态 (pre-filled on export), so the formula reads 状态 only.
    """
    return _light_template(rule).format(row=row)


@functools.cache
def _light_template(rule: LightRule) -> str:
    s, due, upd = (f"{column_letter(k)}{{row}}" for k in ("status", "due", "updated"))
    r, y, g = (LIGHT_WORDS[x] for x in (RED, YELLOW, GREEN))
    done, delayed = status_word("done"), status_word("delayed")
    stale, old = rule.stale_days, 2 * rule.stale_days
    return (
        f'=IF({s}="{done}","{g}",IF({s}="{delayed}","{r}",'
        f'IF(ISNUMBER({due}),IF({due}<TODAY(),"{r}",IF({due}-TODAY()<={rule.warn_days},"{y}","{g}")),'
        f'IF(NOT(ISNUMBER({upd})),"{y}",IF(TODAY()-{upd}<={stale},"{g}",IF(TODAY()-{upd}<={old},"{y}","{r}"))))))'
    )


def row_lines(values: dict) -> float:
    """Lines of 11-point text a ledger row's height must hold: its tallest wrapped cell.

    >>> row_lines({**dict.fromkeys(WRAPPED, "短"), "measure": "measure:a:1:1"})
    1
    >>> round(row_lines({**dict.fromkeys(WRAPPED, "短"), "measure": "measure:environment-reforms:1:1"}), 2)
    2.45
    """
    lines = max(_lines(str(values[k] or ""), WIDTHS[k]) for k in WRAPPED)
    return max(lines, _lines(str(values["measure"] or ""), WIDTHS["measure"] * ID_SCALE) / ID_SCALE)


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a column ``width`` wide (a little pessimistic: fonts differ between
    Excel, WPS and LibreOffice, and a line never starts with closing punctuation)."""
    usable = max(1.0, (width - 1) * 0.9)
    if 2 * len(text) <= usable:  # one line a paragraph even if every character is wide
        return text.count("\n") + 1
    if "\n" not in text:
        return max(1, math.ceil(display_width(text) / usable))
    return sum(max(1, math.ceil(display_width(part) / usable)) for part in text.split("\n"))


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unused sheet name for ``name`` (31 characters, no []:*?/\\).

    >>> sheet_title("市发展改革委/市统计局", {"说明"}), sheet_title("说明", {"说明"})
    ('市发展改革委_市统计局', '说明 (2)')
    """
    base = _SHEET_FORBIDDEN.sub("_", name).strip("'") or "Sheet"
    base = base[:31]
    title, n = base, 1
    while title in taken:
        n += 1
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
    taken.add(title)
    return title


def _values(entry: LedgerEntry, seq: int) -> dict[str, object]:
    status = entry.progress.get("progress_status") or ("done" if entry.plan_status == "done" else None)
    updated = entry.progress.get("progress_updated")
    return {
        "seq": seq,
        "reform": entry.reform,
        "workplan": entry.workplan,
        "text": entry.text,
        "leads": "、".join(entry.leads),
        "supports": "、".join(entry.supports),
        "deadline_raw": entry.deadline_raw or "",
        "due": date.fromisoformat(entry.due) if entry.due else None,
        "progress": entry.progress.get("progress_text") or "",
        "status": status_word(status),
        "updated": date.fromisoformat(updated) if updated else None,
        "measure": entry.measure,
        "check": entry.check,
    }


def _cell_styles(wb, openpyxl) -> dict[str, str]:
    """Register the named styles of ledger cells once per workbook; column key → style name.

    One named style per kind of cell keeps writing fast (one assignment per cell).
    """
    styles = openpyxl.styles
    thin = styles.Side(style="thin", color="A6A6A6")
    border = styles.Border(left=thin, right=thin, top=thin, bottom=thin)
    font = styles.Font(name=FONT, size=11)
    grey = styles.Font(name=FONT, size=9, color="808080")
    fill_in = styles.PatternFill("solid", start_color="FFF9E5", end_color="FFF9E5")
    wrap = styles.Alignment(wrap_text=True, vertical="top")
    centre = styles.Alignment(horizontal="center", vertical="top")
    kinds = {
        "ledger-head": dict(
            font=styles.Font(name=FONT, size=11, bold=True),
            fill=styles.PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7"),
            alignment=styles.Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        "ledger-text": dict(font=font, alignment=wrap),
        "ledger-centre": dict(font=font, alignment=centre),
        "ledger-date": dict(font=font, alignment=centre, number_format=DAY_FORMAT),
        "ledger-fill-text": dict(font=font, alignment=wrap, fill=fill_in),
        "ledger-fill-centre": dict(font=font, alignment=centre, fill=fill_in),
        "ledger-fill-date": dict(font=font, alignment=centre, fill=fill_in, number_format=DAY_FORMAT),
        # wrapped whole: a long id cut at the column's edge showed only its tail (…ronment-reforms:1:1)
        "ledger-id": dict(font=grey, alignment=styles.Alignment(wrap_text=True, vertical="top")),
        "ledger-check": dict(font=grey, alignment=centre),
    }
    for name, attrs in kinds.items():
        if name not in wb.named_styles:
            wb.add_named_style(styles.NamedStyle(name=name, border=border, **attrs))
    out = {}
    for key in LEDGER_HEADERS:
        kind = "date" if key in ("due", "updated") else "text" if key in WRAPPED else "centre"
        out[key] = f"ledger-fill-{kind}" if key in FILLED_BY_UNIT else f"ledger-{kind}"
    out["measure"], out["check"] = "ledger-id", "ledger-check"
    return out


def _ledger_sheet(ws, entries: Sequence[LedgerEntry], rule: LightRule, openpyxl) -> Iterator[str]:
    """Set up one ledger sheet of a write-only workbook and return the XML of its rows below the header.

    openpyxl writes the sheet: widths, frozen and filtered header row, checks, fills, page setup;
    the rows (63,300 for 100 documents) are formatted by :mod:`reformgraph.render.xlsx_rows`, as
    openpyxl would write them, and spliced in when the workbook is written.
    """
    from reformgraph.render.xlsx_rows import SheetRows, style_attribute

    style = _cell_styles(ws.parent, openpyxl)
    keys = list(LEDGER_HEADERS)
    for key in keys:
        ws.column_dimensions[column_letter(key)].width = WIDTHS[key]
    ws.freeze_panes = "A2"
    _page_setup(ws, openpyxl, margins=(0.3, 0.3, 0.4, 0.4), landscape=True)
    ws.print_title_rows = "1:1"
    last = len(entries) + 1
    ws.auto_filter.ref = _used_range(ws, column_letter(keys[-1]), last)
    _validations(ws, last + EXTRA_ROWS, openpyxl)
    _light_fills(ws, last + EXTRA_ROWS, openpyxl)

    cell_of = openpyxl.cell.WriteOnlyCell
    head = [cell_of(ws, LEDGER_HEADERS[key]) for key in keys]
    for cell in head:
        cell.style = "ledger-head"
    _append_row(ws, 1, head, 24)
    columns = []
    for key in keys:
        cell = cell_of(ws)
        cell.style = style[key]
        columns.append((key, column_letter(key), style_attribute(cell)))
    return _ledger_rows(entries, rule, columns, SheetRows(ws))


def _ledger_rows(
    entries: Sequence[LedgerEntry], rule: LightRule, columns: list[tuple[str, str, str]], rows: SheetRows
) -> Iterator[str]:
    """The XML of each entry's row: ``columns`` are (key, letter, format) of each column.

    Texts lose the characters a worksheet cannot hold (``excel_text``): a graph JSON from elsewhere may
    hold a control character, and the export ended in an internal error.
    """
    from reformgraph.render.xlsx_rows import excel_text

    for i, entry in enumerate(entries, start=1):
        r = i + 1
        values = {k: excel_text(v) if type(v) is str else v for k, v in _values(entry, i).items()}
        values["light"] = light_formula(r, rule)
        lines = row_lines(values)
        # every value but the light's formula is a document's words or a number: never a formula or an error code
        cells = [
            rows.cell(f"{letter}{r}", values[key], style, as_text=key != "light") for key, letter, style in columns
        ]
        yield rows.row(r, cells, LINE_HEIGHT * min(lines, MAX_LINES) + 3)


def _used_range(ws, last_column: str, last_row: int) -> str:
    """``A1:N63301``, also written as the sheet's ``<dimension>`` (a normal sheet writes one; a
    write-only sheet asks ``calculate_dimension`` when it has one)."""
    ref = f"A1:{last_column}{last_row}"
    ws.calculate_dimension = lambda: ref
    return ref


def _append_row(ws, row: int, cells: list, height: float) -> None:
    """Append ``cells`` as row ``row`` of a write-only sheet, ``height`` points tall."""
    ws.row_dimensions[row].height = height
    ws.append(cells)


def _page_setup(ws, openpyxl, *, margins: tuple[float, float, float, float], landscape: bool = False) -> None:
    """A4, one page wide (as many pages tall as it takes), with ``margins`` (left, right, top, bottom)."""
    if landscape:
        ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = openpyxl.worksheet.worksheet.Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    left, right, top, bottom = margins
    ws.page_margins = openpyxl.worksheet.page.PageMargins(left=left, right=right, top=top, bottom=bottom)


def _validations(ws, last: int, openpyxl) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    words = "、".join(STATUS_CODES)
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUS_CODES) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="状态",
        error=f"请从下拉列表中选择：{words}",
        showInputMessage=True,
        promptTitle="状态",
        prompt=f"请选择：{words}",
    )
    day = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="36526",  # 2000-01-01
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="更新日期",
        error="请填写日期，例如 2026-06-30",
        showInputMessage=True,
        promptTitle="更新日期",
        prompt="填写本次更新的日期，例如 2026-06-30",
    )
    for dv, key in ((status, "status"), (day, "updated")):
        col = column_letter(key)
        dv.add(f"{col}2:{col}{last}")
        ws.data_validations.append(dv)


def _light_fills(ws, last: int, openpyxl) -> None:
    from openpyxl.formatting.rule import CellIsRule

    col = column_letter("light")
    for light, colour in LIGHT_FILLS.items():
        fill = openpyxl.styles.PatternFill("solid", start_color=colour, end_color=colour)
        font = openpyxl.styles.Font(bold=True)
        rule = CellIsRule(operator="equal", formula=[f'"{LIGHT_WORDS[light]}"'], fill=fill, font=font)
        ws.conditional_formatting.add(f"{col}2:{col}{last}", rule)


def guide_lines(rule: LightRule, *, title: str, exported: date, measures: int, sheets: Sequence[str]) -> list[str]:
    """The 说明 sheet, one paragraph per line (Chinese: it is read by the units filling the ledger)."""
    words = "、".join(STATUS_CODES)
    stale, old = rule.stale_days, 2 * rule.stale_days
    return [
        "任务台账 填写说明",
        (f"方案：{title}。" if title else "")
        + f"导出日期：{exported.isoformat()}；举措 {measures} 项；工作表：{'、'.join(sheets)}。",
        "一、每一行是方案中的一项举措。请填写浅黄色的三列：进展情况、状态、更新日期。",
        f"二、状态请从下拉列表中选择：{words}。",
        "三、更新日期填写本次更新的日期，格式如 2026-06-30。",
        "四、其他各列来自方案原文，请不要修改。可以调整行的顺序、筛选、删除与本单位无关的行，"
        "也可以把本单位的行复制到新的工作簿，只要保留表头。",
        "五、“措施编号”和“校验码”用于把台账对回方案中的举措，请保留。若被删除，系统会按举措原文和牵头单位匹配；"
        "匹配不上的行会逐行列出行号。",
        "六、亮灯由公式按打开文件当天的日期自动计算：",
        f"    绿：状态为已完成；或截止日期在 {rule.warn_days} 天以后；或（没有截止日期的举措）最近 {stale} 天内有更新。",
        f"    黄：截止日期在 {rule.warn_days} 天以内；或（没有截止日期）{stale}–{old} 天前更新、或从未更新。",
        f"    红：已过截止日期仍未完成；或状态为已延期；或（没有截止日期）超过 {old} 天未更新。",
        "    有截止日期的举措以截止日期为准，选择“长期推进”不改变亮灯。",
        "七、方案中注明“已完成”的举措，状态已预先填为已完成，如有不同请修改。",
    ]


def _guide_sheet(ws, lines: Sequence[str], openpyxl) -> None:
    styles = openpyxl.styles
    ws.column_dimensions["A"].width = GUIDE_WIDTH
    _used_range(ws, "A", len(lines))
    _page_setup(ws, openpyxl, margins=(0.5, 0.5, 0.6, 0.6))
    wrap = styles.Alignment(wrap_text=True, vertical="top")
    for r, line in enumerate(lines, start=1):
        cell = openpyxl.cell.WriteOnlyCell(ws, line)
        cell.data_type = "s"  # a line may quote the plan's title: text, even when it starts with "="
        cell.font = styles.Font(name=FONT, size=14 if r == 1 else 11, bold=r == 1)
        cell.alignment = wrap
        width = GUIDE_WIDTH * 11 // 14 if r == 1 else GUIDE_WIDTH
        _append_row(ws, r, [cell], (LINE_HEIGHT * (14 / 11 if r == 1 else 1)) * _lines(line, width) + 6)


def _workbook(
    entries: Sequence[LedgerEntry], *, by_unit: bool, rule: LightRule, title: str, exported: date
) -> tuple[object, list[tuple[object, Iterator[str]]]]:
    """The ledger as a write-only openpyxl Workbook (one 台账 sheet, or one sheet per lead unit,
    then 说明), and each ledger sheet with its rows below the header (XML text)."""
    openpyxl = require("openpyxl", "formats", "writing the ledger workbook (.xlsx)")
    from reformgraph.render.xlsx_rows import excel_text

    # the plan's title and the units' names (sheet names) without what a worksheet cannot hold; the rows'
    # texts are cleaned as they are written (_ledger_rows)
    title = excel_text(title)
    wb = openpyxl.Workbook(write_only=True)
    taken: set[str] = {GUIDE_SHEET}
    groups = entries_by_lead(entries) if by_unit else [(LEDGER_SHEET, list(entries))]
    rows = []
    for name, group in groups or [(LEDGER_SHEET, [])]:
        ws = wb.create_sheet(sheet_title(excel_text(name), taken))
        rows.append((ws, _ledger_sheet(ws, group, rule, openpyxl)))
    sheets = list(wb.sheetnames)
    lines = guide_lines(rule, title=title, exported=exported, measures=len(entries), sheets=sheets)
    _guide_sheet(wb.create_sheet(GUIDE_SHEET), lines, openpyxl)
    wb.properties.title = f"任务台账：{title}" if title else "任务台账"
    wb.properties.creator = "ReformGraph"
    return wb, rows


def write_ledger(
    out: str | os.PathLike[str] | IO[bytes],
    entries: Sequence[LedgerEntry],
    *,
    by_unit: bool = False,
    rule: LightRule = DEFAULT_RULE,
    title: str = "",
    exported: date | None = None,
) -> list[str]:
    """Write the ledger workbook (.xlsx) to ``out``, a path (atomically: whole or not at all) or a
    binary file; return its ledger sheet names."""
    from reformgraph.render.xlsx_rows import encoded, splice_rows

    wb, rows = _workbook(entries, by_unit=by_unit, rule=rule, title=title, exported=exported or export_day())
    saved = io.BytesIO()
    wb.save(saved)
    sheets = {ws.path: encoded(sheet) for ws, sheet in rows}  # rows are made as they are written
    if isinstance(out, (str, os.PathLike)):
        with atomic_write(out) as fh:
            splice_rows(saved, fh, sheets)
    else:
        splice_rows(saved, out, sheets)
    return [name for name in wb.sheetnames if name != GUIDE_SHEET]

"""The streamed ledger workbook is the workbook the cell-by-cell writer made (issue 15, ledger export).

Each case is written by the writer as it was (tests/support/ledger_before_stream.py) and by the
streaming one; both files are read back with openpyxl and compared: sheets and their order, every
cell's value, type, number format, font, fill, alignment, border and protection, row heights,
column widths, frozen panes, merged cells, filter, data validations, conditional formats, print
setup, the used range, the document's title and creator. The comparison itself is shown to notice
one changed thing of each kind, and the rows' XML is checked against openpyxl's own writer.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import openpyxl
import pytest
from lxml import etree
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import IllegalCharacterError
from support import ledger_before_stream as before

from reformgraph import textwidth
from reformgraph.lights import LightRule
from reformgraph.metrics.sample import graph_from_measures
from reformgraph.progress import LedgerEntry, ledger_entries
from reformgraph.render import ledger as streamed
from reformgraph.render.xlsx_rows import SheetRows, encoded, splice_rows, style_attribute

EXPORTED = date(2026, 6, 1)


def entry(n: int, text: str = "推进政务服务“一网通办”。", **fields) -> LedgerEntry:
    values = dict(
        measure=f"measure:t:{n}:1",
        reform="一、优化营商环境",
        workplan=f"（{n}）深化改革",
        text=text,
        leads=("市政务服务局",),
        supports=("市财政局", "市税务局"),
        deadline_raw="2022年6月底前",
        due="2022-06-30",
        plan_status="scheduled",
        check=f"c{n:04d}",
        progress={},
    )
    values.update(fields)
    return LedgerEntry(**values)


HOSTILE = [
    '=cmd|"/c calc"!A1',
    "=1+1",
    "=",
    "#N/A",
    "#DIV/0!",
    "@SUM(A1)",
    "+86 138 0000 0000",
    "A & B < C > D 'quoted' \"double\"",
    "  leading and trailing  ",
    "\u3000全角空格开头",
    "行一\n行二\r\n行三\t制表",
    "生僻字𠮷𡈽 and emoji 🚦",
    "]]> <![CDATA[ x ]]>",
    "12345",
    "2022-06-30",
    "TRUE",
]


def cases(bundled_graph):
    G = graph_from_measures(
        [
            ("1", "市财政局", "市税务局", "2022-05"),
            ("1", "市财政局、市税务局", "", "2022-12", "done"),
            ("2", "市发展改革委/市统计局", "市财政局"),
            ("2", "各区县政府[含开发区]", ""),
            ("3", "一个名字特别特别特别特别特别特别特别特别长的牵头单位", "市财政局"),
            ("3", "市税务局", "", "2021-01"),
        ]
    )
    long_text = "推进“放管服”改革，" * 60
    progress = {
        "progress_status": "delayed",
        "progress_updated": "2022-03-01",
        "progress_text": "已完成一半。\n下一步：验收",
    }
    return {
        "bundled": (ledger_entries(bundled_graph), dict(title="渝府办发〔2022〕18号 营商环境创新试点改革事项")),
        "bundled by unit": (ledger_entries(bundled_graph), dict(by_unit=True)),
        "empty": ([], {}),
        "empty by unit": ([], dict(by_unit=True)),
        "one entry": ([entry(1)], {}),
        "several units": (ledger_entries(G), dict(by_unit=True, rule=LightRule(10, 20))),
        "long texts": (
            [entry(1, long_text), entry(2, "\n".join([long_text] * 3), reform=long_text), entry(3, "短")],
            dict(title="长"),
        ),
        "hostile texts": (
            [
                entry(i, text, reform=text, leads=(text.strip() or "x",), deadline_raw=text)
                for i, text in enumerate(HOSTILE)
            ],
            dict(by_unit=True, title=HOSTILE[0]),
        ),
        "progress and no dates": (
            [
                entry(1, progress=progress),
                entry(2, due=None, deadline_raw=None, plan_status="done"),
                entry(3, supports=(), progress={"progress_status": "ongoing"}),
                entry(4, progress={"progress_updated": "2021-12-31"}),
            ],
            {},
        ),
    }


# ---- reading a workbook back as plain facts --------------------------------------------------------


def _xml(obj) -> str | None:
    return None if obj is None else etree.tostring(obj.to_tree()).decode()


def workbook_facts(path) -> dict:
    """Everything the comparison looks at, as plain values (XML text for openpyxl's objects)."""
    wb = openpyxl.load_workbook(path)
    shown: dict[int, tuple] = {}  # a cell's format, serialised once per cell format (style_id)

    def look(c) -> tuple:
        if c.style_id not in shown:
            parts = (c.font, c.fill, c.alignment, c.border, c.protection)
            shown[c.style_id] = (c.number_format, *(_xml(part) for part in parts))
        return shown[c.style_id]

    facts: dict = {
        "sheets": wb.sheetnames,
        "properties": (wb.properties.title, wb.properties.creator),
        "named styles": sorted(wb.named_styles),
    }
    for ws in wb.worksheets:
        cells = [(c.coordinate, c.value, c.data_type, *look(c)) for row in ws.iter_rows() for c in row]
        facts[ws.title] = {
            "size": (ws.max_row, ws.max_column),
            "cells": cells,
            "row heights": {r: dict(d) for r, d in ws.row_dimensions.items()},
            "column widths": {k: dict(d) for k, d in ws.column_dimensions.items()},
            "freeze panes": ws.freeze_panes,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "filter": _xml(ws.auto_filter),
            "validations": [_xml(dv) for dv in ws.data_validations.dataValidation],
            "conditional formats": [
                (str(cf.sqref), [(_xml(rule), _xml(rule.dxf)) for rule in cf.rules]) for cf in ws.conditional_formatting
            ],
            "page setup": _xml(ws.page_setup),
            "page margins": _xml(ws.page_margins),
            "sheet properties": _xml(ws.sheet_properties),
            "print titles": ws.print_title_rows,
            "views": _xml(ws.views),
        }
    quick = openpyxl.load_workbook(path, read_only=True)
    facts["used ranges"] = [ws.calculate_dimension() for ws in quick.worksheets]
    quick.close()
    return facts


def first_difference(a, b, where: str = "") -> str | None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            found = first_difference(a.get(key), b.get(key), f"{where}/{key}")
            if found:
                return found
        return None
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{where}: {a!r} != {b!r}"


# ---- the comparison -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def all_cases(bundled_graph):
    return cases(bundled_graph)


CASES = [
    "bundled",
    "bundled by unit",
    "empty",
    "empty by unit",
    "one entry",
    "several units",
    "long texts",
    "hostile texts",
    "progress and no dates",
]


@pytest.mark.parametrize("case", CASES)
def test_streamed_workbook_is_the_workbook_built_cell_by_cell(case, all_cases, tmp_path):
    entries, options = all_cases[case]
    old, new = tmp_path / "before.xlsx", tmp_path / "streamed.xlsx"
    sheets_before = before.write_ledger(old, entries, exported=EXPORTED, **options)
    sheets_now = streamed.write_ledger(new, entries, exported=EXPORTED, **options)
    assert sheets_now == sheets_before
    facts = workbook_facts(new)
    assert facts["sheets"] == [*sheets_now, "说明"]
    assert first_difference(workbook_facts(old), facts) is None


def test_the_bundled_ledger_has_rows_formulas_and_dates_to_compare(all_cases, tmp_path):
    """The comparison above is not of empty sheets: the bundled ledger holds every kind of cell."""
    entries, options = all_cases["bundled"]
    path = tmp_path / "l.xlsx"
    streamed.write_ledger(path, entries, exported=EXPORTED, **options)
    sheet = workbook_facts(path)["台账"]
    kinds = {data_type for _, value, data_type, *_ in sheet["cells"] if value is not None}
    assert kinds == {"s", "n", "f", "d"} and sheet["size"] == (len(entries) + 1, 14) and len(entries) > 600
    heights = {d["ht"] for r, d in sheet["row heights"].items() if r > 1}
    assert len(heights) > 3, "rows of different heights"


MUTATIONS = {
    "a value": lambda wb: setattr(wb.worksheets[0]["D2"], "value", "改"),
    "a formula": lambda wb: setattr(wb.worksheets[0]["L2"], "value", "=1"),
    "a number format": lambda wb: setattr(wb.worksheets[0]["H2"], "number_format", "yyyy/m/d"),
    "a font": lambda wb: setattr(wb.worksheets[0]["A2"], "font", openpyxl.styles.Font(name="宋体", size=12)),
    "a fill": lambda wb: setattr(wb.worksheets[0]["A2"], "fill", openpyxl.styles.PatternFill("solid", "FFFFFF")),
    "an alignment": lambda wb: setattr(wb.worksheets[0]["D2"], "alignment", openpyxl.styles.Alignment()),
    "a border": lambda wb: setattr(wb.worksheets[0]["D2"], "border", openpyxl.styles.Border()),
    "a row height": lambda wb: setattr(wb.worksheets[0].row_dimensions[2], "height", 30),
    "a column width": lambda wb: setattr(wb.worksheets[0].column_dimensions["D"], "width", 45),
    "frozen panes": lambda wb: setattr(wb.worksheets[0], "freeze_panes", "B2"),
    "merged cells": lambda wb: wb.worksheets[0].merge_cells("N1:N2"),
    "the filter": lambda wb: setattr(wb.worksheets[0].auto_filter, "ref", "A1:M5"),
    "the creator": lambda wb: setattr(wb.properties, "creator", "x"),
    "a validation": lambda wb: setattr(wb.worksheets[0].data_validations.dataValidation[0], "formula1", '"x,y"'),
    "a conditional fill": lambda wb: setattr(
        next(iter(wb.worksheets[0].conditional_formatting)).rules[0].dxf.fill, "bgColor", "000000"
    ),
    "page setup": lambda wb: setattr(wb.worksheets[0].page_setup, "orientation", "portrait"),
    "margins": lambda wb: setattr(wb.worksheets[0].page_margins, "left", 1.0),
    "print titles": lambda wb: setattr(wb.worksheets[0], "print_title_rows", "1:2"),
    "sheet order": lambda wb: wb.move_sheet("说明", -1),
    "the title": lambda wb: setattr(wb.properties, "title", "x"),
}


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_the_comparison_notices_one_changed_thing(mutation, all_cases, tmp_path):
    entries, options = all_cases["progress and no dates"]
    path, same, changed = tmp_path / "l.xlsx", tmp_path / "same.xlsx", tmp_path / "changed.xlsx"
    streamed.write_ledger(path, entries, exported=EXPORTED, **options)
    openpyxl.load_workbook(path).save(same)  # openpyxl's round trip alone changes nothing compared
    wb = openpyxl.load_workbook(path)
    MUTATIONS[mutation](wb)
    wb.save(changed)
    assert first_difference(workbook_facts(path), workbook_facts(same)) is None
    assert first_difference(workbook_facts(path), workbook_facts(changed)) is not None


# ---- errors: as before, and nothing written ---------------------------------------------------------


# The old writer leaves openpyxl's ZipFile open when lxml refuses a character; it complains when collected.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("控制字符\x07", IllegalCharacterError),
        ("\x00", IllegalCharacterError),
        ("\ufffe", ValueError),
        ("\ud800", ValueError),
    ],
)
def test_a_character_excel_cannot_hold_is_left_out_where_it_ended_the_export(text, error, tmp_path):
    """In a measure, a unit's name (its sheet's name too) and the plan's title: the ledger is written without
    the character; the cell-by-cell writer raised (the command printed "internal error")."""
    entries = [entry(1), entry(2, text, leads=("市财政局" + text,))]
    with pytest.raises(error):
        before.write_ledger(tmp_path / "before.xlsx", entries)
    target = tmp_path / "streamed.xlsx"
    streamed.write_ledger(target, entries, by_unit=True, title="方案" + text)
    wb = openpyxl.load_workbook(target)
    values = [c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    kept = "".join(ch for ch in text if ch.isprintable())
    assert "市财政局" + kept in wb.sheetnames and not [v for v in values if text in v]
    assert [v for v in values if v.startswith("控制字符" if "控" in text else "推进")]


# ---- the rows' XML is openpyxl's -------------------------------------------------------------------


def _sheet_xml(wb_bytes: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(wb_bytes)) as z:
        return etree.tostring(etree.fromstring(z.read("xl/worksheets/sheet1.xml")), method="c14n")


VALUES = [
    *HOSTILE,
    "",
    None,
    0,
    -3,
    2**60,
    1.5,
    1e-7,
    True,
    float("nan"),
    Decimal("2.50"),
    date(2022, 5, 31),
    date(1900, 3, 1),
    datetime(2022, 5, 31, 12, 30),
    time(8, 15),
    timedelta(days=1, hours=6),
    "x" * 40000,
    '=IF(J2="已完成","绿",IF(H2<TODAY(),"红","黄"))',
]


@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date:UserWarning")  # 2**60 read back in a date format
def test_rows_are_the_xml_openpyxl_writes(tmp_path):
    """Each value, unformatted and in two formats, as openpyxl's write-only mode writes a cell given
    the value and then the format (the same XML once canonical)."""

    def workbook():
        wb = openpyxl.Workbook(write_only=True)
        wb.add_named_style(openpyxl.styles.NamedStyle(name="dated", number_format="yyyy-mm-dd"))
        wb.add_named_style(
            openpyxl.styles.NamedStyle(name="wrapped", alignment=openpyxl.styles.Alignment(wrap_text=True))
        )
        return wb, wb.create_sheet("s")

    def cell(ws, style, value=None):
        cell = WriteOnlyCell(ws, value)
        if style:
            cell.style = style
        return cell

    styles = [None, "dated", "wrapped"]
    height = {r: 16.5 * (r % 12 + 1) + 3 if r % 5 else None for r in range(1, len(VALUES) + 1)}
    wb, ws = workbook()
    for r, value in enumerate(VALUES, start=1):
        if height[r]:
            ws.row_dimensions[r].height = height[r]
        ws.append([cell(ws, style, value) for style in styles])
    by_openpyxl = io.BytesIO()
    wb.save(by_openpyxl)

    wb, ws = workbook()
    formats = [style_attribute(cell(ws, style)) for style in styles]
    rows = SheetRows(ws)
    xml = [
        rows.row(r, [rows.cell(f"{'ABC'[c]}{r}", value, formats[c]) for c in range(3)], height[r])
        for r, value in enumerate(VALUES, start=1)
    ]
    saved, spliced = io.BytesIO(), io.BytesIO()
    wb.save(saved)
    splice_rows(saved, spliced, {ws.path: encoded(xml, per_chunk=7)})
    assert _sheet_xml(spliced.getvalue()) == _sheet_xml(by_openpyxl.getvalue())
    back = openpyxl.load_workbook(spliced)["s"]
    assert back["A1"].value == HOSTILE[0] and back["A1"].data_type == "f" and back["A4"].data_type == "e"
    assert back.cell(VALUES.index("x" * 40000) + 1, 1).value == "x" * 32767


def test_splicing_needs_the_sheet_it_names(tmp_path):
    wb = openpyxl.Workbook(write_only=True)
    wb.create_sheet("s")
    saved = io.BytesIO()
    wb.save(saved)
    with pytest.raises(Exception, match="no sheet xl/worksheets/sheet9.xml"):
        splice_rows(saved, io.BytesIO(), {"/xl/worksheets/sheet9.xml": [b""]})


def test_row_heights_count_every_character_as_before():
    """display_width's regular expression gives each character the width the character-by-character
    count gave (a row's height comes from it): every character of the BMP, and some past it."""
    from unicodedata import east_asian_width

    def one_by_one(text: str) -> int:
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)

    bmp = [chr(cp) for cp in range(0x10000)]
    texts = ["".join(bmp[i : i + 97]) for i in range(0, len(bmp), 97)]
    texts += ["市财政局𠮷" + chr(cp) for cp in range(0x10000, 0x110000, 997)] + ["", "a", "\n", "全角　空格"]
    assert [textwidth.display_width(t) for t in texts] == [one_by_one(t) for t in texts]
    assert [streamed._lines(t, w) for t in texts for w in (7, 14, 46)] == [
        sum(max(1, -(-one_by_one(part) // max(1.0, (w - 1) * 0.9))) for part in t.split("\n"))
        for t in texts
        for w in (7, 14, 46)
    ]


def test_a_documents_words_are_text_in_the_ledger_never_a_formula(tmp_path):
    """A measure, unit or deadline written as ``=cmd|…``, ``=1+1``, ``#N/A`` or ``@SUM(A1)`` is a text cell that
    shows those words (Excel would run a formula and show an error code); the 亮灯 column stays a formula, and
    the 说明 sheet quotes a hostile title as text."""
    hostile = ['=cmd|"/c calc"!A1', "=1+1", "#N/A", "@SUM(A1)"]
    entries = [entry(i, text, reform=text, leads=(text,), deadline_raw=text) for i, text in enumerate(hostile, 1)]
    path = tmp_path / "l.xlsx"
    streamed.write_ledger(path, entries, title='=HYPERLINK("http://x")')
    wb = openpyxl.load_workbook(path)
    ws = wb[streamed.LEDGER_SHEET]
    header = [c.value for c in ws[1]]
    light = header.index(streamed.LEDGER_HEADERS["light"]) + 1
    for r, text in enumerate(hostile, start=2):
        cells = [c for c in ws[r] if c.column != light and c.value == text]
        assert cells and all(c.data_type == "s" for c in cells), (text, [(c.value, c.data_type) for c in ws[r]])
        assert ws.cell(r, light).data_type == "f"
    guide = wb[streamed.GUIDE_SHEET]
    quoted = [c for row in guide.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert quoted and all(c.data_type == "s" for c in quoted)

"""The streamed ledger reader reads every workbook as the reader before it did (issue 15, ledger import).

The reader as it was (openpyxl's normal mode, every cell built; tests/support/ledger_before_read.py)
and the streamed one (loaders/sheet_stream.py + loaders/ledger.py) read the same bytes; their results
must be equal: the same rows (every field, every ``where``), or the same one-line error naming the
same cell. The workbooks: the exported ledgers of the bundled plan and their edits as units make them
(filled, shuffled, columns deleted, a title row, hidden rows, merged 进展情况 over several rows), the
same saved by LibreOffice, and 300 random workbooks written as raw XML with every cell shape (shared,
inline and rich strings, numbers, dates by number format, booleans, errors, formulas' cached values,
ISO dates; cells and rows without ``r``, rows out of order, a cell written twice), merged ranges of
every shape (row and column spans, over the header, starting outside the data, overlapping, given
twice) and a right, wrong or missing ``<dimension>``. The comparison is shown to notice a changed
merge rule, a header cell a merge covers read as filled, a date read as a number and a lost run of text.

Also: the streamed cells are openpyxl's normal mode's values, and hostile workbooks (a merge over the
whole sheet, overlapping merges, a far corner, a row numbered two billion, a DTD, a zip bomb) end in
one line or read in bounded time where the reader before ran out of memory.
"""

from __future__ import annotations

import io
import random
import subprocess
import warnings
from datetime import date, datetime

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.cell import MergedCell
from support import ledger_before_read as before
from support.hostile import rewrite_member, zip_bomb
from support.ledger import fill
from support.office import CALC_MISSING, libreoffice_calc
from support.raw_xlsx import cell, sheet_xml, workbook

from reformgraph.cli import cli
from reformgraph.errors import DocumentError, DocumentLimitError, LedgerError, ReformGraphError
from reformgraph.loaders import ledger as streamed
from reformgraph.loaders import sheet_stream
from reformgraph.loaders.containers import DTD_REFUSED
from reformgraph.loaders.limits import Limits
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.sheet_stream import open_workbook

LATEST = date(2026, 6, 30)
SOFFICE = libreoffice_calc()


def outcome(reader, data: bytes, path: str = "台账.xlsx"):
    """('rows', rows) or ('error', class name, the one line)."""
    try:
        return ("rows", reader.parse_ledger(data, path=path, latest=LATEST))
    except ReformGraphError as exc:
        return ("error", type(exc).__name__, str(exc))


def assert_alike(data: bytes, path: str = "台账.xlsx"):
    old, new = outcome(before, data, path), outcome(streamed, data, path)
    if old[0] == "error" and old[2].startswith(f"{path}: not a readable .xlsx workbook ("):
        # openpyxl refused the workbook: the streamed reader refuses it too (its message names the exception type)
        assert new[0] == "error" and new[2].startswith(f"{path}: not a readable .xlsx workbook ("), (old, new)
    else:
        assert new == old
    return new


# ---- the exported ledgers and their edits ----------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("ledger22")
    out = {}
    for name, extra in (("台账", []), ("分单位", ["--by-unit"])):
        path = folder / f"{name}.xlsx"
        result = CliRunner().invoke(cli, ["ledger", "export", str(BUNDLED_DOCUMENT), "--out", str(path), *extra])
        assert result.exit_code == 0, result.output
        out[name] = path.read_bytes()
    return out


def edited(data: bytes, change) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    change(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def filled(wb, every: int = 5) -> None:
    ws = wb.worksheets[0]
    for r in range(2, ws.max_row + 1, every):
        fill(ws, r, status="推进中", progress=f"第{r}行已召开座谈会", updated=date(2026, 1 + r % 6, 1 + r % 28))


def merged_progress(wb) -> None:
    """A unit fills one 进展情况, 状态 and 更新日期 for three rows at a time (and one merge across two columns)."""
    filled(wb)
    ws = wb.worksheets[0]
    for r in range(4, ws.max_row - 3, 23):
        for col, value in ((9, f"合并填报{r}"), (10, "已完成"), (11, date(2026, 5, 20))):
            ws.cell(r, col, value)
            ws.merge_cells(start_row=r, start_column=col, end_row=r + 2, end_column=col)
    ws.merge_cells("H30:I31")  # 截止日期 and 进展情况: the range starts in a column the ledger does not read
    ws.merge_cells("I600:I700")  # past the last row


def shuffled(wb) -> None:
    filled(wb, 3)
    ws = wb.worksheets[0]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    random.Random(7).shuffle(rows)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)


def title_row_and_hidden_rows(wb) -> None:
    filled(wb)
    ws = wb.worksheets[0]
    ws.insert_rows(1)
    ws["A1"] = "某区优化营商环境改革任务台账"
    ws.merge_cells("A1:N1")
    for r in range(5, 40, 4):
        ws.row_dimensions[r].hidden = True
    ws.delete_cols(6)  # 配合单位 gone


def typed_cells(wb) -> None:
    ws = wb.worksheets[0]
    ws["K2"], ws["K3"], ws["K4"] = 20260105, "2026/2/3", "2026年3月4日"
    ws["K5"] = datetime(2026, 4, 5, 9, 30)
    ws["K5"].number_format = "yyyy-mm-dd hh:mm"
    ws["J2"], ws["J3"], ws["J4"], ws["J5"] = "推进中", " 已完成 ", "未启动", "长期推进"
    ws["I2"], ws["I3"] = 3.0, True


def wrong_dimension(data: bytes, ref: str | None) -> bytes:
    import re

    def change(xml: str) -> str:
        return re.sub(r'<dimension ref="[^"]*"/>', "" if ref is None else f'<dimension ref="{ref}"/>', xml)

    return rewrite_member(data, "xl/worksheets/sheet1.xml", change)


EDITS = {
    "filled": filled,
    "merged 进展情况": merged_progress,
    "shuffled": shuffled,
    "title row, hidden rows, a column deleted": title_row_and_hidden_rows,
    "typed cells": typed_cells,
    "unknown status": lambda wb: (filled(wb), wb.worksheets[0].__setitem__("J9", "完成")),
    "a General number as the date": lambda wb: (filled(wb), wb.worksheets[0].__setitem__("K12", 3.5)),
    "future date": lambda wb: (filled(wb), wb.worksheets[0].__setitem__("K12", date(2999, 1, 1))),
    "no date column": lambda wb: wb.worksheets[0].delete_cols(11),
    "two status columns": lambda wb: wb.worksheets[0].__setitem__("B1", "状态"),
    "the status header merged away": lambda wb: wb.worksheets[0].merge_cells("I1:J1"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_exported_ledgers_and_their_edits_read_alike(exported, name):
    for data in exported.values():
        new = assert_alike(edited(data, EDITS[name]))
    assert new[0] == "rows" or new[1] == "LedgerError"


def test_the_exported_ledgers_as_written_and_with_a_wrong_or_no_dimension_read_alike(exported):
    data = exported["台账"]
    got = [assert_alike(data)]
    for ref in ("A1:B2", "A1:XFD1048576", None):
        got.append(assert_alike(wrong_dimension(edited(data, merged_progress), ref)))
    assert got[0][0] == "rows" and len(got[0][1]) > 600
    assert all(g[0] == "rows" and len(g[1]) == len(got[1][1]) for g in got[1:])
    assert_alike(exported["分单位"])


@pytest.mark.skipif(SOFFICE is None, reason=CALC_MISSING)
@pytest.mark.timeout(600)
def test_a_ledger_saved_by_libreoffice_reads_alike(exported, tmp_path):
    source = tmp_path / "filled.xlsx"
    source.write_bytes(edited(exported["台账"], merged_progress))
    out = tmp_path / "lo"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore"]
        + ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    data = (out / "filled.xlsx").read_bytes()
    assert b"sharedStrings" in data  # LibreOffice's own shape: shared strings, not openpyxl's inline ones
    got = assert_alike(data)
    assert got[0] == "rows" and sum(1 for r in got[1] if r.progress and r.progress.startswith("合并填报")) > 50


# ---- random workbooks as raw XML ----------------------------------------------------------------------

HEADERS = {
    "text": ["举措", "具体举措", "重点任务"],
    "leads": ["牵头单位", "责任单位"],
    "workplan": ["工作方案"],
    "progress": ["进展情况", "工作进展", "进展情况（必填）"],
    "status": ["状态", "完成状态"],
    "updated": ["更新日期", "填报日期"],
    "measure": ["措施编号"],
    "check": ["校验码"],
    "other": ["序号", "配合单位", "亮灯", "备注"],
}
STATUSES = ["未启动", "推进中", "已完成", "已延期", "长期推进", " 推进中 ", "", None]


def _value(rng: random.Random, key: str, row: int) -> tuple[str, object, int | None]:
    """(cell kind, value, style) for one cell of column ``key``."""
    if key == "status":
        word = rng.choice(STATUSES) if rng.random() > 0.01 else "完成"
        return ("empty", None, None) if word is None else (rng.choice(["shared", "inline", "formula"]), word, None)
    if key == "updated":
        day = date(2025 + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
        if day > LATEST and rng.random() > 0.02:
            day = date(2025, day.month, day.day)
        serial = (day - date(1899, 12, 30)).days
        return rng.choice(
            [
                ("empty", None, None),
                ("number", serial, rng.choice([1, 2])),  # a date cell
                ("number", serial, 0),  # a day number in a General cell
                ("number", int(day.strftime("%Y%m%d")), 0),
                ("inline", day.isoformat(), None),
                ("shared", f"{day.year}/{day.month}/{day.day}", None),
                ("rich", f"{day.year}年{day.month}月{day.day}日", None),
                ("iso", f"{day.isoformat()}T00:00:00", None),
                ("number", serial + 0.5, 4),  # a date and time by a time-of-day format
            ]
        )
    if key == "measure":
        return rng.choice([("inline", f"measure:p:{row}:1", None), ("shared", f"measure:p:{row}:1", None)])
    if rng.random() < 0.15:
        return ("empty", None, rng.choice([None, 3]))
    return rng.choice(
        [
            ("shared", f"{key}{row}：开展调研", None),
            ("inline", f"{key} {row}", None),
            ("rich", f"{key}第{row}行，牵头单位：市财政局", None),
            ("number", rng.choice([row, row + 0.25, 1e21]), 0),
            ("bool", rng.random() > 0.5, None),
            ("error", "#N/A", None),
            ("formula", f"{key}={row}", None),
        ]
    )


def _ref(col: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(col)}{row}"


def _merges(rng: random.Random, rows: int, cols: int) -> str:
    """Merged ranges of every shape: row spans, column spans, blocks, over the header, outside the data,
    a single cell, overlapping, the same range twice."""
    refs = []
    for _ in range(rng.choice([0, 1, 2, 4, 8])):
        r0, c0 = rng.randint(1, rows + 4), rng.randint(1, cols + 2)
        shape = rng.choice(["rows", "rows", "cols", "block", "one"])
        r1 = r0 + (rng.randint(1, 4) if shape in ("rows", "block") else 0)
        c1 = c0 + (rng.randint(1, 3) if shape in ("cols", "block") else 0)
        refs.append(f"{_ref(c0, r0)}:{_ref(c1, r1)}" if rng.random() > 0.1 or shape != "one" else _ref(c0, r0))
    if refs and rng.random() < 0.2:
        refs.append(refs[0])
    if not refs:
        return ""
    items = "".join(f'<mergeCell ref="{r}"/>' for r in refs)
    merges = f'<mergeCells count="{len(refs)}">{items}</mergeCells>'
    if rng.random() < 0.05:  # two lists: openpyxl keeps the last
        merges = '<mergeCells count="1"><mergeCell ref="A1:C9"/></mergeCells>' + merges
    return merges


def random_ledger(seed: int) -> bytes:
    rng = random.Random(seed)
    keys = ["status", rng.choice(["text", "measure"])]
    keys += [k for k in ("progress", "updated") if rng.random() > 0.03]
    keys += [k for k in ("text", "leads", "workplan", "measure", "check") if k not in keys and rng.random() > 0.4]
    keys += ["other"] * rng.randint(0, 3)
    rng.shuffle(keys)
    header_row = rng.choice([1, 1, 1, 2, 3, 12])
    strings: list[str] = []
    rows: dict[int, list[str]] = {}
    if header_row > 1:
        rows[1] = [cell("A1", "inline", "某区改革任务台账")]
    rows[header_row] = [
        cell(_ref(c, header_row), "shared", rng.choice(HEADERS[k]), strings=strings) for c, k in enumerate(keys, 1)
    ]
    n = rng.randint(0, 25)
    for r in range(header_row + 1, header_row + 1 + n):
        cells = []
        for c, key in enumerate(keys, 1):
            kind, value, style = _value(rng, key, r)
            if kind == "empty" and style is None and rng.random() < 0.7:
                continue
            no_ref = cells and cells[-1][0] == c - 1 and rng.random() < 0.2  # right after the one before
            cells.append((c, cell(None if no_ref else _ref(c, r), kind, value, style=style, strings=strings)))
        if rng.random() < 0.03 and cells:  # the same place twice: the later cell counts
            c = cells[0][0]
            cells.append((c, cell(_ref(c, r), "inline", "推进中" if keys[c - 1] == "status" else "后写的")))
        rows[r] = [text for _, text in cells]
    order = sorted(rows)
    if rng.random() < 0.1:
        rng.shuffle(order)
    body = []
    for i, r in enumerate(order):
        no_ref = i > 0 and order[i - 1] == r - 1 and rng.random() < 0.2
        hidden = ' hidden="1"' if rng.random() < 0.1 else ""
        number = "" if no_ref else f' r="{r}"'
        body.append(f"<row{number}{hidden}>{''.join(rows[r])}</row>")
    last = header_row + n
    dimension = rng.choice([f"A1:{_ref(len(keys), max(last, 1))}", "A1:A1", "A1:XFD1048576", None])
    merges = _merges(rng, last, len(keys))
    sheets = [("台账", sheet_xml("".join(body), dimension=dimension, merges=merges))]
    if rng.random() < 0.2:
        sheets.insert(0, ("说明", sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>填报说明</t></is></c></row>')))
    if rng.random() < 0.1:
        sheets.append(("发改委", sheets[-1][1]))  # a second ledger sheet
    return workbook(sheets, strings)


SEEDS = range(300)


@pytest.fixture(scope="module")
def random_books() -> list[bytes]:
    return [random_ledger(seed) for seed in SEEDS]


def test_random_workbooks_read_alike(random_books):
    got = [assert_alike(data) for data in random_books]
    read = [g for g in got if g[0] == "rows"]
    # not a vacuous comparison: most workbooks are read, with rows, and the errors are the cell errors
    assert len(read) > len(got) * 0.5 and sum(len(g[1]) for g in read) > 1500
    assert {g[1] for g in got if g[0] == "error"} <= {"LedgerError"}
    assert sum(1 for g in got if g[0] == "error" and "!" in g[2]) > 10  # errors naming a cell


def _normal_mode_values(data: bytes) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a date cell out of range
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    return [
        {p: (type(c.value), c.value) for p, c in ws._cells.items() if not isinstance(c, MergedCell) and p[0] >= 1}
        for ws in wb.worksheets
    ]


def test_streamed_cells_are_openpyxl_normal_modes_values(random_books, exported):
    """Every cell, kept whole: the same values of the same types at the same places (merged cells aside)."""
    compared = 0
    for data in [*random_books[:120], exported["台账"], edited(exported["台账"], typed_cells)]:
        expected = _normal_mode_values(data)
        with open_workbook(data, path="t.xlsx", what=".xlsx workbook") as book:
            for sheet, normal in zip(book.sheets, expected, strict=True):
                cells = book.cells(sheet, keep=lambda row, col: True)
                covered = {
                    (r, c)
                    for r0, c0, r1, c1 in cells.merges
                    for r in range(r0, r1 + 1)
                    for c in range(c0, c1 + 1)
                    if (r, c) != (r0, c0)
                }
                mine = {p: (type(v), v) for p, v in cells.values.items() if p not in covered and p[0] >= 1}
                theirs = {p: v for p, v in normal.items() if p not in covered and (p in mine or v[1] is not None)}
                assert mine == theirs
                compared += len(mine)
    assert compared > 20_000


# ---- the comparison notices a change ----------------------------------------------------------------


def _in_document_order(merges, values):
    covered, _ = REAL_MERGED(merges, values)
    out = {}
    for r0, c0, r1, c1 in merges:
        value = None if (r0, c0) in covered else values.get((r0, c0))
        out.update({(r, c): value for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)})
    return covered, out


def _covered_cells_keep_their_values(merges, values):
    return set(), REAL_MERGED(merges, values)[1]


REAL_MERGED = streamed._merged_values


def _dates_as_numbers(parser):
    quick = REAL_QUICK(parser)
    parser.date_formats = set()
    return quick


REAL_QUICK = sheet_stream._quick_values


def _last_run_lost():
    content = REAL_TEXT()

    def lost(node):
        runs = [child for child in node if child.tag.endswith("}r")]
        if len(runs) > 1:
            node.remove(runs[-1])
        return content(node)

    return lost


REAL_TEXT = sheet_stream._text_reader


@pytest.mark.parametrize(
    "target,mutant",
    [
        ((streamed, "_merged_values"), _in_document_order),
        ((streamed, "_merged_values"), _covered_cells_keep_their_values),
        ((sheet_stream, "_quick_values"), _dates_as_numbers),
        ((sheet_stream, "_text_reader"), _last_run_lost),
    ],
    ids=[
        "overlapping merges in document order",
        "covered cells keep their values",
        "dates read as numbers",
        "a rich string's last run lost",
    ],
)
def test_the_comparison_notices_a_changed_rule(monkeypatch, random_books, exported, target, mutant):
    monkeypatch.setattr(*target, mutant)
    books = [*random_books, edited(exported["台账"], EDITS["the status header merged away"])]
    failures = 0
    for data in books:
        try:
            assert_alike(data)
        except AssertionError:
            failures += 1
    assert failures >= 1


# ---- hostile workbooks --------------------------------------------------------------------------------


def _ledger_sheet(extra_rows: str = "", merges: str = "", prolog: str = "") -> bytes:
    header = "".join(cell(_ref(c, 1), "inline", w) for c, w in enumerate(["举措", "进展情况", "状态", "更新日期"], 1))
    row = "".join(cell(_ref(c, 2), "inline", w) for c, w in enumerate(["开展调研。", "已开会", "推进中"], 1))
    xml = sheet_xml(f'<row r="1">{header}</row><row r="2">{row}</row>{extra_rows}', merges=merges)
    return workbook([("台账", xml.replace("<worksheet", prolog + "<worksheet", 1) if prolog else xml)])


def test_a_merge_over_the_whole_sheet_is_one_line_naming_the_limit():
    data = _ledger_sheet(merges='<mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>')
    covers = (1048576 - 1) * (16384 - 1)  # B2:XFD1048576
    with pytest.raises(DocumentLimitError, match=f"sheet '台账': merged ranges cover {covers:,} merged cells"):
        streamed.parse_ledger(data, path="l.xlsx")


def test_overlapping_merges_are_counted_each():
    merges = "".join('<mergeCell ref="A2:T1000"/>' for _ in range(60))
    data = _ledger_sheet(merges=f'<mergeCells count="60">{merges}</mergeCells>')
    with pytest.raises(DocumentLimitError, match="merged ranges cover 1,198,800 merged cells; the limit is 1,000,000"):
        streamed.parse_ledger(data, path="l.xlsx")


@pytest.mark.timeout(60)
def test_a_far_corner_and_a_row_two_billion_down_are_read_without_filling_the_rows_between():
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    rows = streamed.parse_ledger(_ledger_sheet(far), path="l.xlsx")
    assert [r.where for r in rows] == ["l.xlsx:台账 row 2"]
    down = '<row r="2000000000"><c r="B2000000000" t="inlineStr"><is><t>迟到的进展</t></is></c></row>'
    rows = streamed.parse_ledger(_ledger_sheet(down), path="l.xlsx")
    assert [(r.where, r.progress) for r in rows] == [
        ("l.xlsx:台账 row 2", "已开会"),
        ("l.xlsx:台账 row 2000000000", "迟到的进展"),
    ]


def test_a_worksheet_declaring_a_dtd_is_refused():
    prolog = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    data = _ledger_sheet(prolog=prolog)
    with pytest.raises(
        DocumentError, match="xl/worksheets/sheet1.xml: " + DTD_REFUSED.replace("(", r"\(").replace(")", r"\)")
    ):
        streamed.parse_ledger(data, path="l.xlsx")


@pytest.mark.parametrize(
    "change,message",
    [
        (
            lambda x: x.replace("</sheetData>", "<row></sheetData>"),
            r"not a readable \.xlsx workbook \((XMLSyntaxError|ParseError)",
        ),
        (lambda x: x.replace('r="B2"', 'r="B0X"'), r"not a readable \.xlsx workbook \(ValueError"),
        (
            lambda x: x.replace("</sheetData>", '</sheetData><mergeCells><mergeCell ref="B9:A1"/></mergeCells>'),
            r"\(ValueError",
        ),
    ],
    ids=["bad XML", "bad cell reference", "reversed merge"],
)
def test_broken_worksheets_are_one_line(change, message):
    data = rewrite_member(_ledger_sheet(), "xl/worksheets/sheet1.xml", change)
    with pytest.raises((LedgerError, SyntaxError)):  # the reader before refused them too (bad XML: a traceback)
        before.parse_ledger(data, path="l.xlsx", latest=LATEST)
    with pytest.raises(DocumentError, match=message):
        streamed.parse_ledger(data, path="l.xlsx")


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    _, data = zip_bomb(member_mib=40, name="l.xlsx")
    with pytest.raises(DocumentLimitError, match="its members unpack to"):
        streamed.parse_ledger(data, path="l.xlsx", limits=Limits(unpacked_bytes=20 * 1024 * 1024))


def test_the_import_command_prints_a_hostile_ledger_as_one_line(tmp_path):
    path = tmp_path / "台账.xlsx"
    path.write_bytes(_ledger_sheet(merges='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))
    result = CliRunner().invoke(cli, ["ledger", "import", str(BUNDLED_DOCUMENT), str(path)])
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert (
        result.output.startswith(f"error: {path}: sheet '台账': merged ranges cover")
        and "Traceback" not in result.output
    )
    assert isinstance(LedgerError("x"), ReformGraphError)

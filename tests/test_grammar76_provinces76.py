"""Round 76 provinces76: plans as offices outside Shanghai lay out task division (tests/fixtures/round76/provinces76:
a 国务院办公厅-style 分工方案's ``（A牵头，B、C等按职责分工负责）``, a province's landscape 分工表 whose 牵头单位 cell
holds ``省发展改革委（牵头）`` and the 省直 units under it, a 广东-style 清单 whose units follow ``【牵头单位】`` marks in
the measure's own cell, a 地级市's ``（责任单位：市XX局，各县（市、区）人民政府）``, a county's 责任县领导 and 乡镇, a
两办 plan's 省委 departments and 省直 units, full then short department names, a 自治区's units, deadlines of every
kind, and 重庆's 区县 and 市级部门), read by hand before the parser ran. The rule, tested here in words of our own
with its guards:

- a table with no unit column whose task cells close with labelled fields, after square labels or in one bracket
  (``…。【牵头单位】A【配合单位】B``, ``【责任单位：C；完成时限：…】``, ``（牵头单位：A）``) reads each row's units (and
  deadline) from them,
  in a workbook, a Word table and a Markdown pipe table alike (``field_cells.fields_as_columns``).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from support.expected_files import compared, hand_read_cases
from support.readings import plan_measures, sheet_document

from reformgraph.errors import DocumentError
from reformgraph.loaders.field_cells import cell_fields
from reformgraph.loaders.read import parse_bytes

FOLDER = Path(__file__).parent / "fixtures" / "round76" / "provinces76"


def _read(document) -> list[tuple]:
    return [
        (m.line, m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw, m.deadline.date)
        for w in document.workplans
        for m in w.measures
    ]


# ---- a task cell's fields --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "fields"),
    [
        (
            "修缮古桥。【牵头单位】县住建局【配合单位】县文旅局、各乡镇",
            [("牵头单位", "县住建局"), ("配合单位", "县文旅局、各乡镇")],
        ),
        ("修缮古桥。【责任单位】各乡镇人民政府", [("责任单位", "各乡镇人民政府")]),
        (
            "修缮古桥。【牵头部门：县住建局；完成时限：2027年3月底前】",
            [("牵头部门", "县住建局"), ("完成时限", "2027年3月底前")],
        ),
        ("修缮古桥。【牵头单位】县住建局【完成时限】年内", [("牵头单位", "县住建局"), ("完成时限", "年内")]),
    ],
)
def test_a_cell_closing_with_fields(cell: str, fields: list) -> None:
    assert cell_fields(cell) == ("修缮古桥。", fields)


@pytest.mark.parametrize(
    "cell",
    [
        "开展【清风】专项行动，修缮古桥。",  # a campaign's name in square brackets: no field
        "修缮古桥。【完成时限】2027年3月底前",  # a deadline alone: no unit field
        "县住建局【牵头】、县文旅局",  # a role after a unit (round 42): no label before a value
        "【重点任务】修缮古桥",  # a heading's mark
        "修缮古桥。【牵头单位】县住建局【详见附件2】",  # a bracket after the fields that is no field
    ],
)
def test_square_brackets_that_are_no_fields(cell: str) -> None:
    assert cell_fields(cell) is None


# ---- a table with no unit column, its units in the task cells' fields ------------------------------------------------

_HEADER = ["序号", "重点任务", "具体举措", "完成时限"]
_ROWS = [
    ["1", "古桥保护", "修缮古桥三座。【牵头单位】县住建局【配合单位】县文旅局、各乡镇", "2027年3月底前"],
    ["2", "河道清淤", "完成主要河道清淤。【责任单位】县水利局、各乡镇人民政府", "2027年5月底前"],
]
_READ = [
    (3, "古桥保护：修缮古桥三座。", ["县住建局"], ["县文旅局", "各乡镇"], "2027年3月底前", "2027-03"),
    (4, "河道清淤：完成主要河道清淤。", ["县水利局", "各乡镇人民政府"], [], "2027年5月底前", "2027-05"),
]


def _workbook(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["某县2027年重点任务清单"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_a_workbooks_fields_in_the_task_cells() -> None:
    # before: no sheet held a task table (no unit column), the workbook rejected
    assert _read(parse_bytes(_workbook([_HEADER, *_ROWS]), path="清单.xlsx")) == _READ


def test_a_word_tables_fields_in_the_task_cells() -> None:
    document = docx.Document()
    document.add_paragraph("某县2027年重点任务清单")
    table = document.add_table(rows=0, cols=4)
    for row in [_HEADER, *_ROWS]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    # the row's number in its table (header row 1)
    assert _read(parse_bytes(out.getvalue(), path="清单.docx")) == [(k - 1, *rest) for k, *rest in _READ]


def test_a_pipe_tables_fields_in_the_task_cells() -> None:
    # before: the row read as text, its last unit running on over the bars (`县文旅局、各乡镇|2027年3月底前|`)
    text = "某县2027年重点任务清单\n\n" + "\n".join(
        ["| " + " | ".join(_HEADER) + " |", "| --- | --- | --- | --- |", *("| " + " | ".join(r) + " |" for r in _ROWS)]
    )
    assert [(line, leads, supports, date) for line, leads, supports, _, date, _ in plan_measures(text, "p.md")] == [
        (5, ["县住建局"], ["县文旅局", "各乡镇"], "2027-03"),
        (6, ["县水利局", "各乡镇人民政府"], [], "2027-05"),
    ]


def test_fields_in_a_round_bracket_closing_the_cell() -> None:
    # before: a pipe table's row read as text, its deadline cell lost (the bracket closing the units) or read with
    # its bars (`|2027年5月底前|`)
    text = (
        "某县2027年重点任务清单\n\n| 序号 | 重点任务 | 具体举措 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 古桥保护 | 修缮古桥三座。（牵头单位：县住建局；配合单位：县文旅局） | 2027年3月底前 |\n"
        "| 2 | 河道清淤 | 完成主要河道清淤。（责任单位：各乡镇（街道）） | 2027年5月底前 |\n"
    )
    assert [(line, leads, supports, raw) for line, leads, supports, raw, _, _ in plan_measures(text, "p.md")] == [
        (5, ["县住建局"], ["县文旅局"], "2027年3月底前"),
        (6, ["各乡镇（街道）"], [], "2027年5月底前"),
    ]


def test_units_in_words_as_before() -> None:
    # guard: a bracket naming units in words (no label) is no field: round 73's reading of the task's words, as before
    rows = [["序号", "具体举措", "完成时限"], ["1", "修缮古桥三座。（县住建局牵头，县文旅局配合）", "2027年3月底前"]]
    assert _read(sheet_document(*rows)) == [
        (2, "修缮古桥三座。（县住建局牵头，县文旅局配合）", ["县住建局"], ["县文旅局"], "2027年3月底前", "2027-03")
    ]


def test_a_deadline_field_with_no_deadline_column() -> None:
    rows = [
        ["序号", "具体举措"],
        ["1", "修缮古桥三座。【牵头单位：县住建局；配合单位：县文旅局；完成时限：2027年3月底前】"],
    ]
    assert _read(sheet_document(*rows)) == [
        (2, "修缮古桥三座。", ["县住建局"], ["县文旅局"], "2027年3月底前", "2027-03")
    ]


def test_tables_without_fields_as_before() -> None:
    # guards: no unit column and no fields: rejected as before; square brackets that are no fields name no unit;
    # fields in fewer than half the rows: not the table's way of naming its units
    plain = [_HEADER, ["1", "古桥保护", "修缮古桥三座。", "2027年3月底前"]]
    with pytest.raises(DocumentError, match="no sheet holds a task table"):
        parse_bytes(_workbook(plain), path="清单.xlsx")
    named = [_HEADER, ["1", "古桥保护", "开展【清风】专项行动。", "2027年3月底前"]]
    with pytest.raises(DocumentError, match="no sheet holds a task table"):
        parse_bytes(_workbook(named), path="清单.xlsx")
    few = [_HEADER, _ROWS[0], *(["", f"任务{k}", f"修缮古桥第{k}座。", "2027年"] for k in range(2, 5))]
    with pytest.raises(DocumentError, match="no sheet holds a task table"):
        parse_bytes(_workbook(few), path="清单.xlsx")


def test_a_unit_column_as_before() -> None:
    # guard: a table with a unit column reads it, the rule never asked
    rows = [["序号", "具体举措", "牵头单位"], ["1", "修缮古桥三座。", "县住建局"]]
    assert _read(sheet_document(*rows)) == [(2, "修缮古桥三座。", ["县住建局"], [], None, None)]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written

"""Round 75 meta75: a real plan as an OFD file, and pasted into a sheet with cells of several lines or beside a
table (metamorphic tests, after rounds 70–74).

Each of the real and held-out plans whose expected file holds (test_grammar70_meta70's ``PLANS``, 122) is copied
by each transform and the copy's reading compared with the plan's expected file, the expected tasks' lines mapped
through the copy's map of lines, as test_grammar70_meta70 does:

- ``ofd-lines``, ``ofd-chars``, ``ofd-split``: the plan as an OFD file on GB/T 9704's page (``ofd_print.as_ofd``:
  a text object a printed line, a character, or a line of ``TextCode`` pieces); a line's copy found in the reader's
  text (``metamorphic.aligned_where``).
- ``sheet-cell-lines``: the plan pasted into a sheet, its paragraphs' cells broken by Alt+Enter after each
  sentence or every 30 characters, one a plan (``metamorphic.as_pasted_sheet``'s ``broken``); a line's copy its row.
- ``sheet-beside``: the plan pasted into a sheet with a contacts table beside its first rows, apart from it by an
  empty column (``as_pasted_sheet``'s ``beside``); a line's copy its row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import metamorphic, ofd_print
from support.hostile import xlsx_bytes
from support.printing import wrap
from test_grammar70_meta70 import PLANS, copy_cases, xfails_are_cases
from test_grammar70_meta70 import copy_compared as meta70_compared
from test_grammar73_meta73 import _read
from test_grammar74_meta74 import PLAN, PLAN_TASKS

TRANSFORMS = {
    "ofd-lines": lambda text, index: ofd_print.as_ofd(text, 0),
    "ofd-chars": lambda text, index: ofd_print.as_ofd(text, 1),
    "ofd-split": lambda text, index: ofd_print.as_ofd(text, 2),
    "sheet-cell-lines": lambda text, index: metamorphic.as_pasted_sheet(text, index % 2, broken=1 + index // 2 % 2),
    "sheet-beside": lambda text, index: metamorphic.as_pasted_sheet(text, index % 2, beside=True),
}
# transform/plan → why its copy does not read as the plan yet
NOT_YET_READ: dict[str, str] = {  # held-out 82's OFD copies read since round 75 rows75 (rows by their cells' shapes)
    # held-out 100's and 101's ofd-lines, ofd-chars and ofd-split copies read since round 81 sweep81 (the line map)
}


def _cases():
    return copy_cases(TRANSFORMS, NOT_YET_READ)


@pytest.mark.parametrize(("expected", "index", "transform"), list(_cases()))
def test_a_copy_reads_as_the_plan(expected: Path, index: int, transform: str):
    """Meta70's comparison (``copy_compared``), handed this module's transform."""
    read, written = meta70_compared(expected, index, transform, copying=TRANSFORMS[transform])
    assert read == written


def test_every_plan_is_copied_by_each_transform():
    """Every plan test_grammar70_meta70 copies (122) by each transform; each strict xfail is a case of the module."""
    cases = list(_cases())
    assert (len(PLANS), len(cases)) == (122, len(TRANSFORMS) * 122)
    xfails_are_cases(cases, NOT_YET_READ)


def _parsed(lines: list[str], breaks: frozenset[int]) -> list[tuple]:
    from support.expected_files import measures

    from reformgraph.loaders.parse import parse_document

    document = parse_document("\n".join(lines), path="x.txt", page_breaks=breaks)
    return [(m.line, m.text[:10], [u.raw for u in m.leads], m.deadline.raw) for m in measures(document)]


# ---- a page break the reader knew inside a numbered item or a table's cell (assignments._wrapped_item_line,
# flat_tables._cell_goes_on), as an OFD's reader hands it (formats_ofd.laid_out) ----

ITEMS = [
    "1.推进村庄清洁行动。组织开展村庄环境卫生集中整治，清理房前屋后杂物和积存垃圾，健全村庄保洁长效管理机制，推动村庄环境持续改善。（县农业农村局）",
    "2.加强农村厕所改造。推进户用卫生厕所建设，完善后续管护机制，开展问题厕所摸排整改，确保改一户成一户。（牵头单位：县卫生健康委）",
    "3.提升生活污水治理水平。因地制宜选择治理模式，加快推进农村生活污水处理设施建设，强化已建设施运行维护管理。（牵头单位：县生态环境局）",
    "4.完善生活垃圾收运体系。优化垃圾收集点布局，配齐收运车辆和设施，推动源头分类减量和资源化利用。（牵头单位：县城管局）",
]


def _printed(items: list[str], indent: str = "") -> list[str]:
    """A plan of ``items`` printed 28 characters a line, each indented two characters (as pypdf and the OFD reader
    lay a first line's indent out, two spaces), a page break (its number, the blank line between pages) after the
    first item's second line; ``indent``: what the next page's first line opens with."""
    lines = ["某县2025年农村人居环境整治工作要点", "", "一、重点任务", ""]
    for item in items:
        wrapped = wrap("国国" + item, 56).split("\n")
        lines += ["  " + wrapped[0][2:], *wrapped[1:]]
    return [*lines[:6], "             - 3 -", "", indent + lines[6], *lines[7:]]


ITEM = _printed(ITEMS)


def test_a_numbered_item_goes_on_past_a_page_break_the_reader_knew():
    """A numbered item whose units close it in a bracket of names alone, cut by a page break (its number at the
    foot, the blank line between pages, the item going on flush left at the next page's top): read whole, its
    line where its units are (before: read to the blank line and left out as naming no unit, held-out 23's OFD and
    PDF copies)."""
    units = next(k for k, line in enumerate(ITEM, 1) if "（县农业农村局）" in line)
    assert _parsed(ITEM, frozenset({7}))[0] == (units, "推进村庄清洁行动。组", ["县农业农村局"], None)
    # a blank line no reader knew for a page break: as before, the item left out
    assert [t[2] for t in _parsed(ITEM, frozenset())] == [["县卫生健康委"], ["县生态环境局"], ["县城管局"]]


def test_a_page_break_over_an_indented_line_still_ends_the_item():
    """Guard: the next page opening with a line indented as a paragraph's first (首行缩进) opens a paragraph: the
    item above ends at the page's foot, as before."""
    lines = _printed(ITEMS, "  ")
    assert [t[0] for t in _parsed(lines, frozenset({7}))] == [t[0] for t in _parsed(lines, frozenset())]


ROWS = [
    (
        "推进公交站点无障碍设施改造，完成主要道路沿线站台坡道和盲道改造，新建无障碍公交站台三十座",
        "区交通委",
        "2025年底",
    ),
    ("完善停车诱导系统，新增停车诱导屏二十块，提升停车资源利用效率，缓解重点区域停车难问题", None, None),
    ("实施慢行交通品质提升工程，打通断头人行道十处，完善非机动车道隔离设施和路口过街设施", "区交通委", "2025年底"),
    ("开展道路积水点改造，完成十二处易积水路段排水设施提标改造，提升道路排水防涝能力", "区水务局", "2025年6月"),
]


def _cells(indent: str = "") -> list[str]:
    """A table of ``ROWS`` flattened a cell a line and printed 28 characters a line (each cell a paragraph indented
    two characters), the second row's unit and deadline cells merged with the first's (printed once), a page break
    inside the second row's task cell; ``indent``: what the next page's first line
    opens with."""
    lines = ["某区2025年交通设施提升任务清单", "", "序号", "工作任务", "责任单位", "完成时限"]
    for number, row in enumerate(ROWS, 1):
        lines.append(f"  {number}")
        for cell in filter(None, row):  # (the second row's unit and deadline cells merged with the first's)
            wrapped = wrap("国国" + cell, 56).split("\n")
            lines += ["  " + wrapped[0][2:], *wrapped[1:]]
    cut = lines.index("  2") + 2
    return [*lines[:cut], "             - 5 -", "", indent + lines[cut], *lines[cut + 1 :]]


CELLS = _cells()
CELLS_BREAK = frozenset({CELLS.index("             - 5 -") + 1})


def _goes_on_past_the_break(lines: list[str], breaks: frozenset[int]) -> bool:
    """Whether the cell cut by the page break goes on at the next page's top (``flat_tables._cell_goes_on``)."""
    from reformgraph.loaders.flat_tables import _cell_goes_on
    from reformgraph.loaders.source import Source

    source = Source.from_text("\n".join(lines), page_breaks=breaks)
    foot = lines.index("             - 5 -")
    return _cell_goes_on(source)(foot - 1, foot + 2, source.compacts[foot + 2])


def test_a_table_cell_goes_on_past_a_page_break_the_reader_knew():
    """A table flattened a cell a line (an OFD's or a PDF's), a task's cell cut by a page break: its last words at
    the next page's top, flush left, go on its cell (before: a cell of their own, read as the row's task text, its
    first words lost: real 13's, held-out 24's, 30's, 49's OFD copies); the rows read as printed."""
    assert _goes_on_past_the_break(CELLS, CELLS_BREAK)
    assert not _goes_on_past_the_break(CELLS, frozenset())  # a blank line no reader knew for a page break
    read = [(t[1], t[2]) for t in _parsed(CELLS, CELLS_BREAK)]
    assert read == [(text[:10], ["区交通委" if unit is None else unit]) for text, unit, _ in ROWS]


def test_a_page_break_over_an_indented_cell_parts_the_cells():
    """Guard: the next page's first line indented as the cells are is a cell of its own, though the cell above
    fills the line (real 02's row (22): its deadline cell after the break is the next row's, not the task's)."""
    assert not _goes_on_past_the_break(_cells("  "), CELLS_BREAK)


def test_an_ofds_page_breaks_are_handed_to_the_parser():
    """The OFD reader's page breaks (the blank line between two pages) reach the parser: ``ITEM`` laid out on two
    pages reads its first item whole, on the line of its units (before: left out, naming no unit)."""
    from support.hostile import ofd_bytes
    from support.ofd_print import _page

    from reformgraph.loaders.formats_ofd import ofd_text

    def printed(lines: list[str]) -> list:
        return [
            (37.0 + k * 10.0, 28.0 + 2.8 * (len(t) - len(t.lstrip())), 5.6, "2", t.strip())
            for k, t in enumerate(lines)
            if t
        ]

    data = ofd_bytes([_page(3, printed(ITEM[:6]), 0), _page(4, printed(ITEM[8:]), 0)])
    text = ofd_text(data, path="x.ofd").split("\n")
    units_line = next(k for k, line in enumerate(text, 1) if "（县农业农村局）" in line)
    assert [t[:3] for t in _read(data, "x.ofd")][0] == (units_line, "推进村庄清洁行动。组", ["县农业农村局"])


# ---- a document pasted into a sheet: a cell of several lines, a table beside the text (sheets.pasted_text) ----


@pytest.mark.parametrize("broken", [1, 2])
def test_a_cell_of_several_lines_is_its_rows_one_line(broken: int):
    """A plan pasted into a sheet whose paragraphs' cells hold line breaks (Alt+Enter: after each sentence, or every
    30 characters): each cell its row's one line, the tasks on their rows (before: each line of a cell took a line
    of the text, every later task one line down or more, in 93 of the 95 plans' copies)."""
    lines = [*PLAN[:4], "1.推进政务服务“一网通办”。\n（牵头单位：区政务服务中心）", PLAN[5]]
    if broken == 2:
        lines[5] = "2.优化企业开办流程，\n年底前完成。（牵头单位：区市场监管局；\n配合单位：区税务局）"
    rows = [[line or None] for line in lines]
    assert _read(xlsx_bytes(rows), "重点任务.xlsx") == PLAN_TASKS


def test_a_table_beside_the_pasted_text_is_no_part_of_it():
    """A contacts table beside the pasted plan, apart from it by an empty column: the text is read as before, the
    table left alone (before: ``no sheet holds a task table``, every plan's copy). (Beside this short plan's rows
    merged A:H, the sheet is read by the ledger's reader, ``units_from_task_words``, before the pasted text is
    looked for: the tasks and their lines right, the item's number kept in its text; the 95 plans' merged copies
    read as the plan.)"""
    copy = metamorphic.as_pasted_sheet("\n".join(PLAN), 0, beside=True)
    assert _read(copy.data, "重点任务.xlsx") == PLAN_TASKS


def test_a_table_beside_names_nor_a_table_are_pasted_text():
    """Guards: a table whose columns stand side by side (no empty column between them) is read as a table, not as
    text; a list of names with a contacts table beside it assigns nothing: the workbook's error as before; a
    column of row numbers apart from the table's other columns is no text either."""
    from reformgraph.errors import DocumentError
    from reformgraph.loaders.read import parse_bytes
    from reformgraph.loaders.sheets import NO_TASK_TABLE

    table = xlsx_bytes([["序号", "重点任务", "牵头单位"], [1, "优化企业开办流程", "区市场监管局"]])
    assert _read(table, "台账.xlsx") == [(2, "优化企业开办流程", ["区市场监管局"], [])]
    names = xlsx_bytes(
        [["联系人名单", None, "单位", "电话"], ["区发改委", None, "区财政局", "5566"], ["区财政局"], ["区市场监管局"]]
    )
    numbers = xlsx_bytes([["序号", None, "任务", "单位"], [1, None, "推进", "区发改委"], [2], [3]])
    for data in (names, numbers):
        with pytest.raises(DocumentError) as raised:
            parse_bytes(data, path="名单.xlsx")
        assert str(raised.value) == f"名单.xlsx: {NO_TASK_TABLE}"

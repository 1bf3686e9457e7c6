"""Round 77 merged77: a unit cell that writes one unit a line, whose names fill the column's line.

In a printed table (an OFD drawn cell by cell, a PDF's ruled table) a unit cell writing one unit a line shows a typed
break only where a line ends short; where a name fills the line, nothing in the drawing tells the typed break from
the margin's wrap, and the two names were read as one (44 of round 76's 98 ``ofd-table-merged`` copies,
test_grammar76_meta76). ``pdf_tables._joined`` now marks such a join (``unit_breaks.UNSURE``) when the first line
ends a unit's name and the next opens no word's rest; once the document's tables are whole, ``unit_breaks.resolved``
reads each mark from the plan's own vocabulary (names seen whole elsewhere) and a name's grammar
(``unit_breaks.two_names``), and leaves the lines one name where the evidence is weak. Words of our own here; each
rule with its guard.
"""

from __future__ import annotations

import pytest
from support import ofd_print
from support.expected_files import measures

from reformgraph.loaders.ofd_tables import drawn_tables
from reformgraph.loaders.pdf_tables import _joined, page_table
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.unit_breaks import UNSURE, resolved, two_names, vocabulary

# ---- the whole reading: an OFD task table of one unit a line, its names filling the partners' column ----

PLAN = "\n".join(
    [
        "---",
        "标题: 某县2026年城乡冷链物流体系建设工作方案",
        "发布日期: 2026-02-16",
        "---",
        "一、设施建设",
        "1.建设县级冷链物流集配中心，完善乡镇冷链配送网点。（牵头单位：县商务局；配合单位：交通运输局、农业农村局、"
        "卫生健康局；完成时限：2026年10月底前）",
        "2.推进冷链物流从业人员技能培训，建立持证上岗制度。（牵头单位：县商务局；配合单位：人力资源社会保障局、生态环境局；"
        "完成时限：2026年12月底前）",
        "二、监督管理",
        "3.开展冷链食品安全专项检查。（牵头单位：县市场监管局；配合单位：县委社会工作部；完成时限：2026年6月底前）",
    ]
)
TASKS = [
    {
        "line": 6,
        "text": "建设县级冷链物流集配中心",
        "leads": ["县商务局"],
        "supports": ["交通运输局", "农业农村局", "卫生健康局"],
        "deadline_raw": "2026年10月底前",
    },
    {
        "line": 7,
        "text": "推进冷链物流从业人员技能培训",
        "leads": ["县商务局"],
        "supports": ["人力资源社会保障局", "生态环境局"],
        "deadline_raw": "2026年12月底前",
    },
    {
        "line": 9,
        "text": "开展冷链食品安全专项检查",
        "leads": ["县市场监管局"],
        "supports": ["县委社会工作部"],
        "deadline_raw": "2026年6月底前",
    },
]


def test_names_filling_a_one_unit_a_line_cell_read_as_units():
    """The partners' cells of an OFD task table (``ofd_print.as_ofd_table``'s variant 1: one unit a line, 5
    characters a line): 交通运输局 / 农业农村局 / 卫生健康局 each fill a line, so no line ends short (before: one unit,
    ``交通运输局农业农村局卫生健康局``). Guards in the same table: 人力资源社 / 会保障局 (a second line opening a word's
    rest) and 县委社会工 / 作部 (a name's tail of two characters) stay one name each."""
    copy = ofd_print.as_ofd_table(PLAN, TASKS, 1)
    read = [[u.raw for u in m.supports] for m in measures(parse_bytes(copy.data, path="冷链物流任务分工表.ofd"))]
    assert read == [t["supports"] for t in TASKS]


# ---- a name's grammar, and the plan's vocabulary (unit_breaks.two_names) ----


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("林业草原局", "水利部"),  # a bureau, then a ministry with no level before it
        ("审计署", "统计局"),
        ("证监会", "外汇局"),
        ("农业发展银行", "供销合作总社"),
        ("梅园街道", "桃源镇"),  # two places of one level
        ("东湖新区", "西山区"),
        ("县交通委（综合科）", "港航中心"),  # the name before its note in brackets
        ("汽车站管理中心", "公路养护中心"),
    ],
)
def test_a_body_then_a_name_of_its_own_are_two(left: str, right: str):
    assert two_names(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("县委社会", "工作部"),  # the first line ends as a word (社会), not as a body
        ("市人力资源社", "会保障局"),  # the second opens with a word's rest
        ("各有关部", "门和单位"),
        ("县商务委", "员会"),
        ("县交通局", "执法大队"),  # the body's own division or branch
        ("县税务局", "东城分局"),
        ("县人民政府", "研究室"),  # a government's own office
        ("中共某县委", "宣传部"),  # a party committee's department
        ("东湖新区", "梅园镇"),  # a town in its district
        ("某铁路局", "集团有限公司"),  # a company's form after its name
        ("某农业银行", "华东总部"),
        ("某县工业园区", "管委会"),
        ("各村（社", "区居委会"),  # a bracket left open
        ("县水务局", "城管"),  # a name of two characters: too little to go by
        ("东湖新区", "市场监管局"),  # a place, then a body with no level: the place's own body
    ],
)
def test_a_name_the_margin_cut_stays_one(left: str, right: str):
    """Guards: the nearest wordings that are one name cut by the margin, and weak evidence left joined."""
    assert not two_names(left, right)


def test_the_documents_vocabulary_decides_where_grammar_cannot():
    """Two names each seen whole elsewhere in the document (another cell, the text) and never together are two
    units; the two seen together are one name, whatever their grammar."""
    seen = vocabulary(["东湖新区、梅园镇", "（配合单位：市场监管局）"])
    assert two_names("东湖新区", "市场监管局", seen)
    assert not two_names("林业草原局", "水利部", vocabulary(["林业草原局水利部"]))


# ---- the mark and its reading over the document's tables (pdf_tables._joined, unit_breaks.resolved) ----


def test_a_join_that_might_part_two_names_is_marked_and_read_once_the_tables_are_whole():
    """``_joined`` marks a unit cell's join between a name's end and a name's opening (not a word's rest: 会保障局),
    and the whole document's names read it: 东湖新区 / 综合执法局 one name where a cell shows it whole, two where
    cells or the text show each alone."""
    cell = _joined([["东湖新区\n综合执法局\n市人力资源社\n会保障局"]], {0})[0][0]
    assert cell == f"东湖新区{UNSURE}综合执法局、市人力资源社会保障局"
    whole = [[["牵头单位"], [cell], ["东湖新区综合执法局"]]]
    apart = [[["牵头单位"], [cell], ["东湖新区"]]]
    assert resolved(whole, [])[0][1] == ["东湖新区综合执法局、市人力资源社会保障局"]
    assert resolved(apart, ["（配合单位：综合执法局）"])[0][1] == ["东湖新区、综合执法局、市人力资源社会保障局"]
    assert resolved(apart, [])[0][1] == ["东湖新区综合执法局、市人力资源社会保障局"]  # weak evidence: one name


def test_a_pdf_cell_with_no_mark_reads_as_before():
    """Guard: a PDF table's cells where nothing might part two names are read as before, and a table with no mark is
    returned as it is (no vocabulary built)."""
    tables: list = []
    page_table(
        tables, [["序号", "任务", "牵头单位"], ["1", "推进", "县市场监督\n管理局\n县财政局"]], (0, set()), first=True
    )
    assert tables[0][1][2] == "县市场监督管理局、县财政局"
    assert resolved(tables, []) is tables


# ---- a table's last row alone on its last page (ofd_tables.drawn_tables) ----


def _grid(page: int, xs: list[float], ys: list[float]) -> list[tuple[int, float, float, float, float]]:
    """A grid of ruling lines on ``page``: a line across at each of ``ys``, one down at each of ``xs``."""
    across = [(page, xs[0], y, xs[-1], y) for y in ys]
    return across + [(page, x, ys[0], x, ys[-1]) for x in xs]


def test_a_tables_last_row_alone_on_the_next_page_goes_on_with_it():
    """A table whose header is not repeated, its last row (or the rest of a row broken over the page) alone at the
    next page's top: one row drawn in the same columns is the table going on (before: a drawing of one row was no
    table, and the row was lost: 8 of the ``ofd-table-merged`` copies lost a task or its last units)."""
    first = _grid(1, [10.0, 30.0, 50.0], [10.0, 20.0, 30.0])
    pieces = [(1, 16.0, 12.0, 4.0, "序号"), (1, 16.0, 32.0, 4.0, "牵头单位"), (1, 26.0, 12.0, 4.0, "1")]
    pieces += [(1, 26.0, 32.0, 4.0, "县水利局"), (2, 16.0, 12.0, 4.0, "2"), (2, 16.0, 32.0, 4.0, "县财政局")]
    tables = drawn_tables(first + _grid(2, [10.0, 30.0, 50.0], [10.0, 20.0]), pieces)
    assert [(t.page, t.rows) for t in tables] == [
        (1, [["序号", "牵头单位"], ["1", "县水利局"]]),
        (2, [["2", "县财政局"]]),
    ]


def test_one_row_drawn_in_other_columns_or_below_a_table_is_no_table():
    """Guards: one row at the next page's top in other columns (a box round a note), and one row drawn under a
    table on its own page, are no tables, as before."""
    first = _grid(1, [10.0, 30.0, 50.0], [10.0, 20.0, 30.0])
    pieces = [(1, 16.0, 12.0, 4.0, "序号"), (1, 26.0, 12.0, 4.0, "1"), (2, 16.0, 12.0, 4.0, "注：")]
    boxed = drawn_tables(first + _grid(2, [10.0, 50.0], [10.0, 20.0]), pieces)
    under = drawn_tables(first + _grid(1, [10.0, 30.0, 50.0], [40.0, 50.0]), pieces)
    assert [t.page for t in boxed] == [1] and len(under) == 1

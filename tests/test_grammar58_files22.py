"""Round 58, files22: plans as governments publish them in PDF and the rarer office formats (a landscape annex over
pages, narrow 责任单位 cells wrapping, prose tails over a page break, a table with no ruling lines, an .odt, a
.wps), and a 三线表 (ruled above, under the header and below only) read from the PDF's text laid out by position.

The files are made by ``tests/fixtures/round58/files22/make_fixtures.py``; each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small texts laid out as pypdf lays out a PDF's page (docs/round58_files22.md), each rule
with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from tests.support.expected_files import compared, hand_read_cases, measures

FIXTURES = Path(__file__).parent / "fixtures" / "round58" / "files22"
TITLE = "青山县2026年重点任务分工\n\n"
COLUMNS = (0, 3, 30, 40)  # where 序号, 重点任务, 责任单位 and 完成时限 start, in characters (pypdf's layout)


def _laid(*cells: str, at: tuple[int, ...] = COLUMNS) -> str:
    """A line of ``cells`` set at the columns ``at`` (an empty cell skipped), as pypdf lays a table's row out."""
    line = ""
    for column, cell in zip(at, cells):
        if cell:
            line = line.ljust(column) + cell
    return line


CONVENTION = "（责任单位中排在第一位的为牵头单位，其他为配合单位）\n\n"
HEADER = "序号 重点任务" + " " * 23 + "责任单位" + " " * 6 + "完成时限"
WIDE_HEADER = _laid("序号", "重点任务", "责任单位", "完成时限", at=(0, 4, 30, 40))


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    got, want = compared(expected_path)
    assert got == want


def _tasks(text: str) -> list:
    doc = parse_document(text, path="t.txt", key="t", sha256="0")
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw) for m in measures(doc)]


def _table(header: str, rows: str) -> str:
    return TITLE + header + "\n" + rows + "\n"


# ---- the header's 序号 one space from 重点任务 -------------------------------------------------------------------------

_WRAPPED_ROWS = "\n".join(
    [
        _laid("1", "实施城镇老旧小区改造，同步推进加装电梯", "县住房城乡建设", "2026年11月底前"),
        _laid("", "和适老化改造。", "局、县发展改革"),
        _laid("", "", "局、县财政局"),
        _laid("2", "推进城市燃气管道老化更新改造，更新改造", "县应急管理局、", "2026年10月底前"),
        _laid("", "老化管道。", "县市场监管局"),
    ]
)


def test_a_header_whose_number_name_stands_one_space_from_the_task_sets_its_columns_by_position():
    """A narrow 序号 column printed to PDF leaves one space before 重点任务: the header is laid out by position all
    the same (its other names two or more apart), so a unit name wrapped inside its cell is one name; before, the
    rows were read cell by cell and the wrapped fragments lost the table."""
    assert _tasks(_table(HEADER, _WRAPPED_ROWS)) == [
        (4, ["县住房城乡建设局", "县发展改革局", "县财政局"], [], "2026年11月底前"),
        (7, ["县应急管理局", "县市场监管局"], [], "2026年10月底前"),
    ]


def test_a_header_of_names_one_space_apart_is_no_table_laid_out_by_position():
    from reformgraph.loaders.spaced_tables import aligned_columns

    names = ["序号", "重点任务", "责任单位", "完成时限"]
    assert aligned_columns("序号 重点任务 责任单位 完成时限", names) is False
    assert aligned_columns("序号 重点任务 责任单位   完成时限", names) is False
    assert aligned_columns("序号 重点任务   责任单位", names[:3]) is False  # two gaps: the first must be wide


# ---- a Latin number closing a full task line, one space or none before the unit cell ---------------------------------

_NUMBER_ROWS = "\n".join(
    [
        # the task's text ends at column 29, one space before the unit cell, and at 30, none
        _laid("1", "实施城镇老旧小区改造，完成改造小区     42个，", "县住房城乡建设", "2026年11月底前"),
        _laid("", "同步推进加装电梯和适老化改造。", "局、县财政局"),
        _laid("2", "推进村容村貌提升，打造美丽庭院示范户     2000", "县妇联、县住房", "2026年12月底前"),
        _laid("", "户、精品示范村  5个。", "城乡建设局"),
        _laid("3", "推进城市燃气管道老化更新改造，更新改造", "县应急管理局", "2026年10月底前"),
        _laid("", "老化管道 15公里。"),
    ]
)


def test_a_number_run_onto_the_unit_cell_is_cut_where_the_header_sets_the_column():
    """pypdf sets a Latin number apart inside a full task line, leaving one space (``42个， 县住房城乡建设``) or none
    (``2000县妇联``) before the unit cell: cut where the header's 责任单位 starts, the number stays the task's."""
    assert "42个， 县住房城乡建设" in _NUMBER_ROWS and "2000县妇联" in _NUMBER_ROWS
    assert _tasks(_table(WIDE_HEADER, _NUMBER_ROWS)) == [
        (4, ["县住房城乡建设局", "县财政局"], [], "2026年11月底前"),
        (6, ["县妇联", "县住房城乡建设局"], [], "2026年12月底前"),
        (8, ["县应急管理局"], [], "2026年10月底前"),
    ]


def test_a_run_is_cut_only_at_a_header_column():
    from reformgraph.loaders.spaced_tables import _at_the_header

    assert _at_the_header([(3, 12, "化管道 15公里。")], [3, 30, 40]) == [(3, 12, "化管道 15公里。")]
    assert _at_the_header([(3, 12, "2026年12月底前")], [3, 7, 40]) == [(3, 12, "2026年12月底前")]


# ---- a piece set apart inside a task cell stays the task's -----------------------------------------------------------

_APART_ROWS = "\n".join(
    [
        _laid("1", "开展城市内涝治理，整治积水点    8处，完", "县水利局、县住", "2026年汛期前"),
        _laid("", "成雨污分流改造管网   12公里。", "房城乡建设局"),
        _laid("2", "推进城市生命线安全工程建设，接入桥梁、供", "县城市管理局", "2026年9月底前"),
        _laid("", "水、排水、燃气监测点位不少于    500个。"),
    ]
)


def test_a_piece_set_apart_left_of_a_column_stays_in_the_column_before():
    """``8处，完`` (a number set apart in a task line) starts nearer the unit column's edge than the task's, but a
    cell's text never starts well left of its column: it is the task's, and the unit cell reads 县水利局 and
    县住房城乡建设局 (before, 8处，完 opened the unit cell)."""
    assert _tasks(_table(WIDE_HEADER, _APART_ROWS)) == [
        (4, ["县水利局", "县住房城乡建设局"], [], "2026年汛期前"),
        (6, ["县城市管理局"], [], "2026年9月底前"),
    ]


def test_a_piece_at_a_column_edge_keeps_its_nearest_column():
    from reformgraph.loaders.spaced_tables import _column_at

    assert [_column_at([0, 3, 30, 40], start) for start in (0, 3, 27, 30, 38, 44)] == [0, 1, 2, 2, 3, 3]


# ---- a table going on over a page break under no repeated header ------------------------------------------------------

_PAGE_BREAK = "\n\n\n\n                       — 1 —\n\n"
_BEFORE_BREAK = "\n".join(
    [
        _laid("1", "开展村庄清洁行动，组织集中整治4次，清理", "县农业农村局、", "每季度"),
        _laid("", "陈年垃圾和沟塘淤泥。", "县妇联、各乡镇人"),
    ]
)
_AFTER_BREAK = "\n".join(
    [
        _laid("", "", "民政府"),
        "",
        _laid("2", "推进村容村貌提升，打造美丽庭院示范户", "县妇联、县住房", "2026年12月底前"),
        _laid("", "2000户。", "城乡建设局"),
    ]
)


def test_a_table_goes_on_past_a_page_break_with_no_header_repeated():
    """A Word table whose header repeats on no page, cut by the page break inside a unit cell: the cell's tail
    (``民政府``) and the next page's rows are the table's; before, the table ended at the page's foot."""
    assert _tasks(_table(WIDE_HEADER, _BEFORE_BREAK + _PAGE_BREAK + _AFTER_BREAK)) == [
        (4, ["县农业农村局", "县妇联", "各乡镇人民政府"], [], "每季度"),
        (13, ["县妇联", "县住房城乡建设局"], [], "2026年12月底前"),
    ]


def test_blank_lines_with_no_page_number_still_end_the_table():
    text = _table(WIDE_HEADER, _BEFORE_BREAK + "\n\n\n\n" + _AFTER_BREAK)
    assert [line for line, *_ in _tasks(text)] == [4]


# ---- one unit a paragraph in a unit cell -------------------------------------------------------------------------------

_PARAGRAPH_ROWS = "\n".join(
    [
        _laid("1", "推进农村卫生厕所改造，新改建户厕3500座", "县农业农村局", "2026年10月底前"),
        _laid("", "", "县卫生健康局"),
        _laid("", "", "县乡村振兴服务"),
        _laid("", "", "中心"),
        _laid("2", "实施农村生活污水治理，完成管网建设", "市生态环境局青", "2026年11月底前"),
        _laid("", "", "山分局、县水利"),
        _laid("", "", "局"),
    ]
)


def test_units_one_a_line_opening_alike_are_units_of_their_own():
    """A cell of one unit a paragraph whose names fill nearly the column's width (``县农业农村局`` /
    ``县卫生健康局``): a whole unit name followed by a line opening with its first character ends there (before,
    ``县农业农村局县卫生健康局`` was one piece of text, split later as two names listed first: two leads under the
    first-listed convention); a name wrapped in the middle (``市生态环境局青`` / ``山分局``) still reads whole."""
    text = CONVENTION + _table(WIDE_HEADER, _PARAGRAPH_ROWS)
    assert _tasks(text) == [
        (6, ["县农业农村局"], ["县卫生健康局", "县乡村振兴服务中心"], "2026年10月底前"),
        (10, ["市生态环境局青山分局"], ["县水利局"], "2026年11月底前"),
    ]


# ---- a header wrapping its 序号 (序 / 号), repeated on the next page: an OFD's text, read by position only ---------------

OFD_COLUMNS = (0, 3, 12, 22, 34)


def _ofd_line(*cells: str) -> str:
    return _laid(*cells, at=OFD_COLUMNS)


_OFD_TABLE = "\n".join(
    [
        _ofd_line("序", "重点任务", "牵头单位", "配合单位", "完成时限"),
        _ofd_line("号"),
        _ofd_line("1", "推进高效办", "市政务服务管", "市数据局、市市", "2026年6月"),
        _ofd_line("", "成一件事", "理局", "场监管局", "底前"),
        _ofd_line("2", "强化中小企", "市委金融办", "人民银行市分行", "2026年12"),
        _ofd_line("", "业融资服务", "", "", "月底前"),
        "",
        "                  —  2—",
        "",
        _ofd_line("序", "重点任务", "牵头单位", "配合单位", "完成时限"),
        _ofd_line("号"),
        _ofd_line("", "，降低成本", "", "、市财政局"),
        _ofd_line("3", "开展营商环", "市发展改革委", "市统计局", "2026年12"),
        _ofd_line("", "境评价", "", "", "月底前"),
    ]
)


def test_a_header_wrapping_its_number_column_is_read_by_position_over_its_repeats():
    """An OFD's text of a table whose 序号 wraps (序 / 号): the header is 序号 | 重点任务 | … read by its first line's
    positions, and repeated on a new page (both its lines) it is no row; before, the 号 under 序 made the header no
    header (a PDF's such table is read from its ruling lines, an OFD's rules are not read) and no task was read."""
    assert _tasks(TITLE + _OFD_TABLE + "\n") == [
        (5, ["市政务服务管理局"], ["市数据局", "市市场监管局"], "2026年6月底前"),
        (7, ["市委金融办"], ["人民银行市分行", "市财政局"], "2026年12月底前"),
        (15, ["市发展改革委"], ["市统计局"], "2026年12月底前"),
    ]


def test_a_row_under_a_header_is_no_wrapped_header():
    from reformgraph.loaders.spaced_tables import _header_wrapped

    names = ["序号", "任务", "牵头单位"]
    assert _header_wrapped("序号  任务  牵头单位", "1     建平台", names) is None
    assert _header_wrapped("序  任务  牵头单位", "号", ["序", "任务", "牵头单位"]) == names


# ---- a piece's width as printed: Latin digits half a Chinese character -----------------------------------------------

DIGIT_COLUMNS = (0, 3, 20, 34)
_DIGIT_TABLE = "\n".join(
    [
        _laid("序号", "重点任务", "责任单位", "完成时限", at=(0, 4, 20, 34)),
        _laid("1", "健全政企沟通机制", "市发展改革委、市政务", "每季度", at=DIGIT_COLUMNS),
        _laid("", "", "服务管理局、市12345", at=DIGIT_COLUMNS),
        _laid("", "", "热线管理中心", at=DIGIT_COLUMNS),
        _laid("2", "推进高效办成一件事", "市数据局、市市场监管", "2026年6月底前", at=DIGIT_COLUMNS),
        _laid("", "", "局", at=DIGIT_COLUMNS),
    ]
)


def test_a_line_as_wide_as_the_column_in_print_goes_on_though_digits_make_another_longer():
    """``服务管理局、市12345`` holds more characters than the column's other lines (its digits are narrow): measured
    as printed (a digit half a Chinese character), ``市发展改革委、市政务`` and ``市数据局、市市场监管`` are as wide as
    the column and go on into the next line; before, counted in characters, they were short lines, each ending its
    unit (``市政务`` / ``服务管理局``, ``市市场监管`` / ``局`` read as two units each)."""
    assert _tasks(TITLE + _DIGIT_TABLE + "\n") == [
        (4, ["市发展改革委", "市政务服务管理局", "市12345热线管理中心"], [], "每季度"),
        (7, ["市数据局", "市市场监管局"], [], "2026年6月底前"),
    ]


def test_a_task_cell_cut_by_a_page_break_goes_on_under_no_header():
    """The page break cuts a row inside its task cell: the tail at the task column's edge (``陈年垃圾…``), then the
    next row, are the table's; a paragraph at the margin after the break is not."""
    before = _laid("1", "开展村庄清洁行动，组织集中整治4次，清理", "县农业农村局", "每季度")
    after = "\n".join([_laid("", "陈年垃圾和沟塘淤泥。"), "", _AFTER_BREAK.split("\n", 2)[2]])
    assert _tasks(_table(WIDE_HEADER, before + _PAGE_BREAK + after + "\n")) == [
        (4, ["县农业农村局"], [], "每季度"),
        (12, ["县妇联", "县住房城乡建设局"], [], "2026年12月底前"),
    ]
    prose = "\n".join(["　　各单位要按月报送进展。", "", _AFTER_BREAK.split("\n", 2)[2]])
    assert [line for line, *_ in _tasks(_table(WIDE_HEADER, before + _PAGE_BREAK + prose + "\n"))] == [4]

"""Round 77 sweep77: the wrap-width sweep's misses round 76 left undiagnosed (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file through the ``wrapped``,
``pdf-text`` and ``indented`` transforms of tests/support/metamorphic.py. Each rule that reads some of the copies
round 76 left is tested here on texts of our own, hard-wrapped as a page sets them (``support.printing.wrap``) with
no blank line between paragraphs (a PDF's text layer), with its guards, and the copies it reads are sampled at their
failing widths.
"""

from __future__ import annotations

import pytest
from support.printing import wrap
from test_grammar71_meta71 import _read
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar73_wrap73 import _page

from reformgraph.loaders import flat_tables
from reformgraph.loaders.source import Source
from reformgraph.loaders.vocab import ENUMERATED
from reformgraph.loaders.wrapped import paragraphs
from reformgraph.textwidth import display_width

NARROW = 56  # columns: 28 wide characters a line, as test_grammar73_wrap73's pages


def _wrapped(paragraphs_: list[str], width: int = NARROW) -> list[str]:
    """Each paragraph hard-wrapped at ``width`` columns, its lines one after another (no blank line between)."""
    return [line for p in paragraphs_ for line in wrap(p, width).split("\n")]


def _tasks(text: str) -> list[tuple]:
    """(text's first 8 characters, leads, supports, deadline words) of each task of ``text``: ``_read`` less its line."""
    return [row[1:] for row in _read(text)]


def _as_written(paragraphs_: list[str]) -> str:
    """The page's paragraphs as a plan writes them, one a line with a blank line between (no width to go by)."""
    return _page(["\n".join(f"{p}\n" for p in paragraphs_)])


# an item of no unit's whose second and last line ends its sentence two wide characters short of the margin (26 of
# 28, all wide), under a first line that fills it with a half-width number (``2.``), then a unit's duty paragraph
ITEM = "2.规范保洁作业流程。沿河单位开展保洁作业的，应当在作业前向区水务局报备，并接受区水务局组织的专项监督和检查。"
DUTY = "区水务局应当指派专人至现场予以核实和指导，并根据相关情况征询区生态环境局的意见。"
FIRST_ITEM = "1.落实河道保洁责任。区水务局会同区绿化市容局编制河道保洁作业规范，明确保洁频次和标准。"
HEADING = "（一）河道保洁管理"


def test_a_line_short_of_the_text_width_under_a_full_one_ends_its_paragraph():
    """pdf-text/heldout-63 at 30: ``2.规划外…以及临时堆`` (60 of 60 columns, its ``2.`` half-width) over
    ``放土方的场所，…向区绿化市容局备案。`` (56: full within the slack) ran on into ``区绿化市容局应当…``, and the item
    of no unit read the duty's unit, a false task. The line above reached the text's width, so the margin is the
    text's; the line is all wide characters, so its width is its count's; the next line's first character would have
    fitted on it: the paragraph ended there."""
    lines = _wrapped([HEADING, FIRST_ITEM, ITEM, DUTY])
    second = lines.index(next(line for line in lines if line.endswith("和检查。")))
    assert display_width(lines[second - 1]) == NARROW and display_width(lines[second]) == NARROW - 4  # full, short
    text = _page(lines)
    assert Source.from_text(text).wrap_width == NARROW
    assert _tasks(text) == _tasks(_as_written([HEADING, FIRST_ITEM, ITEM, DUTY]))
    assert all(not row[0].startswith("规范保洁") for row in _tasks(text))  # the item names no unit: no task


def test_a_line_at_the_margin_or_of_half_width_figures_goes_on():
    """Guards (``wrapped.short_of_the_width``): a sentence ending exactly at the margin goes on (round 75's exact-margin
    case, no width to tell); so does one whose width is no count of its characters (a figure), one under a line that
    did not reach the text's width, and one whose next line's first character a page keeps with the mark after it
    (避头尾)."""
    full = "2." + "规范保洁作业流程沿河单位开展保洁作业应当在作业前向区水"  # 56 columns
    cases = {
        "规范保洁作业流程沿河单位开展保洁作业应在作业前报备完毕。": False,  # 28 wide: at the margin
        "规范保洁作业流程沿河单位开展保洁作业应当在2025年前报备。": False,  # half-width figures
        "规范保洁作业流程沿河单位开展保洁作业应当在作业前报备。": True,  # 27 wide, all wide: short
    }
    body = ["推进" * 13 + "改善"] * 8  # the text's width: 56
    duty = "区水务局应当指派专人至现场予以核实。"

    def parts(*lines: str) -> int:
        return len(paragraphs([*body, *lines], NARROW, lambda i: i == len(body)))

    for line, ends in cases.items():
        assert parts(full, line, duty) == 2 + ends, line
    short = "规范保洁作业流程沿河单位开展保洁作业应当在作业前报备。"
    assert parts(full, short, duty) == 3
    assert parts(full[:-2], short, duty) == 2  # the line above did not reach the text's width
    assert parts(full, short, "区，水务局应当。") == 2  # 避头尾: its first character would have come down


def test_a_tables_cell_short_of_the_text_width_under_a_full_task_cell_ends():
    """pdf-text/real-02 at 26: a row's task cell filling the line to its ``。`` (52 of 52, ``T1、T2`` in it) over its
    year cells ``开展…前期研究。`` (48), ``推进…（二期）项目。`` (50) and ``持续推进。``: one cell of them all, whose
    ``持续推进`` read as the row's deadline. The cell under the full task cell ended short of the text's width
    (``flat_tables._ended_short``)."""
    body = ["推进" * 12 + "改造"] * 6  # 52 columns: the text's width
    task = "（22）推进浦东机场航站楼T1、T2及三纵三横卫生间改造。"
    cell = "开展浦东机场航站楼内卫生间装修改造工作前期研究。"
    assert display_width(task) == 52 and display_width(cell) == 48
    source = Source.from_text("\n".join([*body, task, cell, "推进浦东机场航站楼卫生间更新配套项目。"]))
    assert source.wrap_width == 52
    assert flat_tables._ended_short(source, 7, "推进浦东机场航站楼卫生间更新配套项目。")
    assert not flat_tables._ended_short(source, 7, "，推进")  # a mark kept off a line's start: goes on
    at_margin = Source.from_text("\n".join([*body, task, cell + "开展", "推进。"]))
    assert not flat_tables._ended_short(at_margin, 7, "推进。")  # 52 of 52: the exact margin, no width to tell


# items numbered over the date their words open with, the first ending its sentence two wide characters short of the
# margin, so full within the slack
DATED = [
    "（二）排查整治阶段",
    "1.9月30日前，区住房保障局牵头完成老旧住宅底数排查工作。各街镇组织物业服务企业完成隐患自查，形成隐患清单和整改台账。",
    "2.11月30日前，区住房保障局会同区消防救援支队对排查发现的隐患逐一制定整改计划。",
]


def test_an_items_number_over_a_date_opens_its_item():
    """pdf-text/heldout-12 at 30: ``…进行排查。`` (58 of 60) over ``2.11月30日前，区建设管理委…``: the number ``2.`` over
    the month ``11月`` was read as a decimal (``2.11``), no item's, so the line went on the item above, which read both
    deadlines (``9月30日前；11月30日前``). An item's number over a date (a year's ``2024年``, and now a month's) opens
    its item, as ``tasks.strip_enumerator`` already took it."""
    lines = _wrapped(DATED, 60)
    assert display_width(lines[2]) == 56, lines  # full within the slack
    text = _page(lines, 60)
    assert [row[3] for row in _tasks(text)] == ["9月30日前", "11月30日前"]
    assert ENUMERATED.match("2.11月30日前，") and ENUMERATED.match("3.2025年底前，")
    for amount in ("2.5万元", "1.5个月", "2.11亿元", "3.25%"):  # guards: a quantity's decimals are no number
        assert ENUMERATED.match(amount) is None, amount


def test_a_bare_list_under_a_page_footer_closes_its_item():
    """pdf-text/heldout-23 at 26: item 15's last line ``提下，…（各街镇、区规划资源局`` opened a page, under its
    footer ``— 5 —``: the line above it (``assignments._wrapped_item_line``) was the footer's, blanked, which fills no
    line, so the bare list was no item's and item 15 was left out. A page's footer right above the line is passed
    over, as one between the item's lines already was. Guard: a blank line above (the space between paragraphs) ends
    the item as before."""
    item = (
        "15.加强集体土地使用研究。通过签订协议等方式，增强对集体土地使用企业的约束性，保障土地产出绩效。"
        "对不符合规划、不再适用于产业发展的低效土地，可在符合规划的前提下，引导转为其他类型土地。（各街镇、区规划资源局）。"
    )
    lines = _wrapped(["一、重点任务", "14.建立奖励机制。视项目实际情况给予奖励。（区经委、区财政局）", item], 52)
    cut = next(k for k, line in enumerate(lines) if line.startswith("（各街镇") or "（各街镇" in line)
    paged = [*lines[:cut], "— 5 —", *lines[cut:]]
    assert _tasks(_page(paged, 52))[-1][:3] == ("加强集体土地使用", ["各街镇", "区规划资源局"], [])
    blank = [*lines[:cut], "", *lines[cut:]]
    assert all(row[0] != "加强集体土地使用" for row in _tasks(_page(blank, 52)))


# the copies the rules read, at their failing widths
SWEEP_SAMPLE = [
    ("pdf-text", 26, "real-02"),  # a table's cell short of the width under a full task cell
    ("pdf-text", 30, "heldout-63"),  # a line short of the width under a full numbered one
    ("pdf-text", 30, "heldout-12"),  # an item's number over a date
    ("pdf-text", 26, "heldout-23"),  # a page's footer over a bare list's line
    ("wrapped", 26, "heldout-49"),  # a unit cell's line opening with a name's rest
    ("pdf-text", 30, "heldout-49"),  # a part's title under a row
    ("indented", 24, "heldout-49"),  # a list of bodies above the row's deadline
    ("pdf-text", 22, "real-11"),  # a scope's cell under a unit cell opening with a name's rest
    ("pdf-text", 22, "heldout-26"),  # a heading of a body's name over its duty
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written


# a task table flattened one cell a line (held-out 49's shape: its units' column after its deadline's, parts numbered
# alone with their titles under them), hard-wrapped at 24 wide characters with no blank line between cells
UNITS = "发展改革委、商务委、机管局、教育局、国资委、科技经济委、民政局、文化旅游局、卫生健康委、市场监管局、体育局"
TABLE = [
    "某区节能降碳工作任务清单",
    "序号",
    "工作任务",
    "时间进度",
    "责任部门",
    "一",
    "推进能源绿色低碳转型",
    "1",
    "推动可再生能源发展，新增光伏装机规模（以市级下达目标为准）",
    "全年推进",
    UNITS,
    "2",
    "推进节约型机关创建，严格控制机关、学校、医院、文化馆、体育馆等公共机构的用能总量",
    "全年推进",
    "机管局、各相关部门",
    "3",
    "严格把关增量建筑资源，在立项审批、土地出让、施工图审查等环节落实光伏建设有关规定",
    "持续推进",
    "建设管理委、发展改革委",
    "二",
    "持续推动节能降碳增效",
    "4",
    "开展重点用能单位节能降碳目标分解与考核",
    "年内完成",
    "发展改革委",
]


@pytest.mark.parametrize("width", [40, 44, 48, 52, 56, 60])
def test_a_flattened_tables_rows_read_at_every_width(width: int):
    """Held-out 49 (wrapped at 26 and 30, as a PDF's text at 30, indented at 24): a unit cell's second line opening
    with the rest of a name the margin cut (``…、科技经济`` / ``委、民政局…``) read as a task's words over the row's
    unit cell (``flat_tables._a_unit_cells_line``); a part's title under the row (``三`` / ``持续推动节能降碳增效``)
    read as a deadline's cell, so the row's own ``持续推进`` went on its task (``_closes_its_row``); a task's words
    listing bodies (``严`` / ``格控制机关、学校、医院…``) above the row's deadline cell read as its unit cell
    (``_above_its_deadline``). Each width reads the table as its cells written one a line with blank lines."""
    text = _page(_wrapped(TABLE, width), width)
    written = _as_written(TABLE)
    assert len(_tasks(written)) == 4
    assert _tasks(text) == _tasks(written)


def test_a_names_rest_and_a_list_above_the_deadline_guards():
    """Guards: a line opening with words that join no name with the line above's end is a task's words
    (``推进…`` / ``委、民政局``); a list of names with no deadline cell under it before the next row, or one with no
    unit cell under its deadline, is the row's unit cell as before."""
    body = ["推进" * 12 + "改造"] * 6
    cut = Source.from_text("\n".join([*body, "发展改革委、商务委、机管局、教育局、国资委、科技经济", "委、民政局"]))
    assert flat_tables._a_unit_cells_line(cut, 7)
    assert not flat_tables._a_unit_cells_line(Source.from_text("\n".join([*body, "推进" * 13, "委、民政局"])), 7)
    assert flat_tables._above_its_deadline(["…创建，严", "格控制机关、学校", "的用能总量", "全年推进", "机管局"], 1)
    assert not flat_tables._above_its_deadline(["…创建", "机管局、学校、医院", "12", "全年推进", "机管局"], 1)
    assert not flat_tables._above_its_deadline(["…创建", "机管局、学校、医院", "全年推进", "12"], 1)
    deadline = flat_tables._deadline_line  # a numeral alone with no row's number under its next line: no part's
    assert not flat_tables._closes_its_row(
        ["…情况", "持续推进", "建设管理委", "三", "年内完成", "发展改革委"], 1, deadline
    )


def test_a_list_of_bodies_in_a_tasks_words_above_its_deadline_goes_on():
    """Held-out 49 indented at 24: the margin cut ``严格`` (``…节水型机关创建，严`` / ``格控制机关、学校、医院、文化馆、
    体育馆等公共机构`` / ``的用能总量``), and the second line, a list of bodies' names to a reader who takes it alone, was
    read as the row's unit cell under its task's words full to the margin: the task lost its first two lines. In a
    table whose units' column comes after its deadline's, a list above the row's deadline cell, with the row's unit
    cell under that, is the task's words (``flat_tables._above_its_deadline``)."""
    cut = [
        "推进节约型机关三年回头看和节水型机关创建工作，严",
        "格控制机关、学校、医院、文化馆、体育馆等公共机构",
        "的用能总量",
    ]
    assert [display_width(line) for line in cut] == [48, 48, 10]
    rows = [
        *TABLE[:11],
        "2",
        *cut,
        "全年推进",
        "机管局、各相关部门",
        "3",
        "开展重点用能单位节能降碳目标考核",
        "年内完成",
        "发展改革委",
    ]
    written = _as_written([*rows[:12], "".join(cut), *rows[15:]])
    assert _tasks(_page([*_wrapped(rows[:11], 48), *rows[11:]], 48)) == _tasks(written)
    assert _tasks(written)[1][:2] == ("推进节约型机关三", ["机管局", "各相关部门"])


def test_a_heading_of_a_bodys_name_filling_the_line_ends_over_its_duty():
    """Held-out 26 as a PDF's text at 20 and 22: ``（六）虹口区旧区改造和房屋征收工作指挥部`` filled the line and ran on
    into ``区旧改指挥部主要履行以下职责：``, so the section's items lost their unit (``tasklist._lines_read``'s
    ``_under_a_bodys_heading``). A heading that is a body's whole name is no sentence's start that goes on into
    another body's duty. Guard: a heading whose words are no body's name (``（六）加强建筑垃圾运输车辆管理工作``) goes
    on as before; so does a body's heading over words that open no duty."""
    items = ["1.落实拆房基地拆房垃圾全额申报并委托中标运输单位清运；", "2.落实拆房基地内拆房垃圾源头分类管控责任。"]
    section = ["（六）虹口区旧区改造和房屋征收工作指挥部", "区旧改指挥部主要履行以下职责：", *items]
    assert display_width(section[0]) == 40  # full at 44
    head = ["（五）上海市公安局虹口分局", "区公安分局负责对建筑垃圾运输车辆交通肇事等行为进行处罚。（区公安分局）"]
    text = _page(_wrapped([*head, *section], 44), 44)
    assert _tasks(text) == _tasks(_as_written([*head, *section]))
    assert [row[1] for row in _tasks(text)][-2:] == [["虹口区旧区改造和房屋征收工作指挥部"]] * 2
    source = Source.from_text(text)
    from reformgraph.loaders.tasklist import _lines_read

    def joined(heading: str, under: str) -> bool:
        lines = _page(_wrapped(head, 44) + [heading, under], 44).split("\n")
        s = Source.from_text("\n".join(lines))
        return _lines_read(s, [False] * len(lines))[-1][2] == heading + under

    assert source.wrap_width == 44
    assert not joined(section[0], section[1])
    assert joined("（六）加强建筑垃圾运输车辆全过程管理和执法", section[1])  # no body's name: the words go on
    assert joined(section[0], "及其下属单位的拆房垃圾管理工作。")  # no duty opens: the name goes on
    listed = "（五）区安全监管局、区交通委、区公安分局"  # a list of names: one subject, going on
    assert display_width(listed) == 40 and joined(listed, "等部门要进一步加强与各街道联动。")

"""Round 79 sweep79: the wrap-width sweep's misses round 78 left (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file through the ``wrapped``,
``pdf-text`` and ``indented`` transforms of tests/support/metamorphic.py. The test copier first: ``support.printing.wrap``
now keeps an opening mark off a line's end as a page does (GB/T 15834). Each rule that reads some of the copies round
78 left is tested here on texts of our own, with its guards, and the copies it reads are sampled at their failing
widths.
"""

from __future__ import annotations

import pytest
from support.printing import wrap
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar73_wrap73 import _page
from test_grammar77_sweep77 import _as_written, _tasks

from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _lines_read
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.wrapped import paragraphs
from reformgraph.textwidth import display_width

NARROW = 56  # columns: 28 wide characters a line


def test_the_copier_keeps_an_opening_mark_off_a_lines_end():
    """A page sets no opening mark (``“``, ``（``, ``《``) at a line's end: it goes down with what it opens; nor a
    closing mark at a line's start, however many close there (``）。``): the character before them comes down."""
    assert wrap("加快建设“一网通办”平台。", 10).split("\n") == ["加快建设", "“一网通办”", "平台。"]
    assert wrap("推进改革（试点）", 11).split("\n") == ["推进改革", "（试点）"]
    assert wrap("完成各项任务（区财政局）。", 24).split("\n") == [
        "完成各项任务（区财政",
        "局）。",
    ]  # not ``局`` / ``）。``
    assert wrap("推进改革，全面完成。", 40) == "推进改革，全面完成。"  # a line within the width is set whole


# a unit's duty paragraph whose second line falls short of the margin by one character, which the margin sent down
# with the closing mark after it (``及时`` / ``处、``), and whose last line ends its sentence short of the margin by one
# character (52 of 56 columns, full within the slack); then another unit's duty
DUTY = [
    "区水务局负责全区河道水系的日常巡查和养护管理工作，建立巡",
    "查台账和问题清单，对发现的违法排污、违规占用等问题及时",
    "处、督促整改到位，每月向区政府报送一次工作情况报告。",
    "区城管执法局落实河道执法责任，依法查处违法行为。",
]
# the same with a line that falls short because an opening quote went down with the words it opens
QUOTED = [
    "区发展改革委会同区财政局编制年度重大项目投资计划，梳理形",
    "成项目储备清单，健全项目滚动推进和动态调整机制，并编制",
    "“重大项目前期推进三年计划”，报区政府审定后组织实施。",
    "区城管执法局落实河道执法责任，依法查处违法行为。",
]


def _spans(lines: list[str]) -> list[tuple[int, int]]:
    return [(first, last) for first, last, _ in paragraphs(lines, NARROW, written=lines)]


def test_a_line_the_margin_broke_before_a_mark_reached_the_margin():
    """pdf-text/heldout-78 at 30: ``…对妨碍运营安`` (58 of 60) over ``全、扰乱运营秩序…进行行政执法。`` (56) over
    ``各区政府落实属地安全应急管理工作…``: the paragraph's lines looked set at widths that vary, so round 73's test of a
    last line ending short (``wrapped.ended_short``) was not asked, and the duty ran into the paragraph above. A line
    whose next line opens with a character and a closing mark (or with an opening mark) that would not have fitted
    on it reached the margin (``wrapped.reached``); pdf-text/heldout-73 at 22 (``…行业管理部门编制`` / ``“市重大…``)
    likewise."""
    assert [display_width(line) for line in DUTY] == [56, 54, 52, 48]
    assert _spans(DUTY) == [(0, 2), (3, 3)]
    assert [display_width(line) for line in QUOTED] == [56, 54, 52, 48]
    assert _spans(QUOTED) == [(0, 2), (3, 3)]


def test_a_line_short_with_no_mark_after_its_break_goes_on_as_before():
    """Guards: a line short of the margin whose next line opens with two ideographs (no mark the margin sent down)
    is set at its own width, and the paragraph's lines vary: its last line goes on as before; so does one whose
    next line's character and mark would have fitted on it."""
    plain = [DUTY[0], DUTY[1][:-1], "及时" + DUTY[2][1:], DUTY[3]]
    assert [display_width(line) for line in plain] == [56, 52, 54, 48]
    assert _spans(plain) == [(0, 3)]
    short = [DUTY[0], DUTY[1][:-1], "时" + DUTY[2][1:], DUTY[3]]  # 52 of 56 over 时、…: 时、 would have fitted
    assert [display_width(line) for line in short] == [56, 52, 52, 48]
    assert _spans(short) == [(0, 3)]


# a heading, then an item whose first line ends inside a quotation citing numbers (``按照“一、``), full to the margin,
# over a line opening with the next cited number (``三、四”模式…``), which the last heading (``二、``) would be followed by
CITED = [
    "二、重点任务",
    "（一）完善应急救援体系。区应急局会同区消防支队按照“一、",
    "三、四”模式构建全区重大灾情应急救援框架，以中心消防站为",
    "核心，以各街镇专职消防队为补充。（责任单位：区应急局）",
    "（二）推进消防车辆更新。区消防支队逐步配齐特种车辆，提升",
    "救援装备水平。（责任单位：区消防支队）",
]


def _unwrapped(lines: list[str]) -> list[tuple]:
    """The tasks of ``lines``' paragraphs (a line opening with a number or a heading opens one) written whole."""
    paragraphs_: list[str] = []
    for line in lines:
        if line[:1] in "（二" or not paragraphs_:
            paragraphs_.append(line)
        else:
            paragraphs_[-1] += line
    return _tasks(_as_written(paragraphs_))


def test_a_number_cited_after_another_opens_no_heading():
    """indented/heldout-17 at 24 and 48: ``…按“一、`` (full) over ``三、四”模式构建重大灾情应急救援框架…``: the line
    opened a heading ``三、`` (the last heading of that style above was ``二、``, so round 71's test of a number out
    of its sequence, ``tasklist._number_run_on``, let it), and the item lost its words and lists. A number followed at
    once by another cited with it (a numeral and a closing mark, ``四”``, ``四、``; a bracketed one, ``（七）（八）项``)
    is no heading's: under a line that runs on it goes on. Held-out 76 indented at 30 (``…第（一）（二）（三）（五）（六）``
    / a page's footer / ``（七）（八）项职责``): the line above is looked for past the footer."""
    assert [display_width(line) for line in CITED[1:4]] == [55, 55, 54]
    assert _tasks(_page(CITED, NARROW)) == _unwrapped(CITED)
    assert [task[0] for task in _tasks(_page(CITED, NARROW))] == ["完善应急救援体系", "推进消防车辆更新"]


def test_a_heading_whose_words_open_with_a_numeral_opens_its_paragraph():
    """Guards: under a line that runs on, a heading ``三、`` that follows ``二、`` opens its paragraph as before, its
    words opening with a numeral and no mark (``三、四项保障措施``) or not (``三、加强保障``)."""
    running = "（一）完善应急救援体系。区应急局会同区消防支队构建全区救援"
    assert display_width(running) >= NARROW - 4 and not running.endswith("。")
    for heading in ("三、四项保障措施", "三、加强保障"):
        lines = [CITED[0], running, heading, "（一）加强组织领导。区应急局牵头建立工作机制。"]
        assert [task[0] for task in _tasks(_page(lines, NARROW))][-1] == "加强组织领导。区"


# duty paragraphs whose first lines are set in (首行缩进, two spaces), one of them going on in a line that opens
# with another body's name under a line ending its sentence at the margin
INDENTED = [
    "  （六）区民政局负责指导养老机构落实消防安全主体责",
    "任，督促开展消防安全自查自纠，加强消防安全宣传教育工作。",
    "  （七）区公安分局负责依据本区工作意见开展防火工作，",
    "查处消防安全管理中的违法行为，协助开展火灾事故调查处理工",
    "作，办理涉嫌消防安全犯罪的刑事案件，并依法打击违法犯罪。",
    "公安派出所根据本区有关规定，负责日常消防监督检查，开展消",
    "防宣传教育。",
    "  （八）区市场监管局负责依法查处生产、销售不合格消",
    "防产品的违法行为，加强消防产品质量监督抽查工作。",
]


def test_a_line_flush_left_in_a_text_that_sets_first_lines_in_goes_on():
    """indented/heldout-76 at 30: ``  （七）区公安分局负责…`` / ``…刑事案件。`` (full) / ``公安派出所根据…``: a unit
    opening a line under a sentence's end at the margin, in a list of units' duties, opened a duty of its own
    (``tasklist._next_duty``), and the item's second lead was lost. In a text that sets its paragraphs' first lines
    alone in (``Source.first_lines_indented``), a line flush left under a full one is its paragraph's next line."""
    assert [display_width(line) for line in INDENTED[3:6]] == [NARROW] * 3
    assert _tasks(_page(INDENTED, NARROW)) == [
        ("区民政局负责指导", ["区民政局"], [], None),
        ("区公安分局负责依", ["区公安分局", "公安派出所"], [], None),
        ("区市场监管局负责", ["区市场监管局"], [], None),
    ]


def test_a_duty_set_in_as_a_first_line_opens_its_paragraph():
    """Guards: the same duty set in as a first line is a paragraph (the unit's duty) of its own; a text that sets
    no line in (a PDF's text layer) reads as before (``tasklist._next_duty``'s, round 70)."""
    flush = [line.strip() for line in INDENTED]
    assert [task[1] for task in _tasks(_page(flush, NARROW))] == [
        ["区民政局"],
        ["区公安分局", "公安派出所"],
        ["区市场监管局"],
    ]
    own = [*INDENTED[:5], "  公安派出所根据本区有关规定，负责日常消防监督检查，", "开展消防宣传教育。", *INDENTED[7:]]
    assert [task[1] for task in _tasks(_page(own, NARROW))] == [
        ["区民政局"],
        ["区公安分局"],
        ["公安派出所"],
        ["区市场监管局"],
    ]


# headings of one style, most of them short lines of their own; two of them a body's name and its duties after a
# colon, set in as first lines and filling the line over a full line of their words
HEADED = [
    "一、组织架构",
    *(
        f"  （{n}）{name}"
        for n, name in zip("一二三四五六", ("领导小组", "工作专班", "专家组", "办公室", "联络组", "督查组"))
    ),
    "二、职能分工",
    "  （一）协调监管机构：参照国有建设用地入市的管理要求，",
    "建立入市监管制度，制定全生命周期操作细则和各项管理办法。",
    "  （二）工作推进专班：配合区协调监管机构相关单位研究拟",
    "定管理办法及配套实施细则，根据各自职能推动工作稳步落实。",
]


def _spans_read(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) of each paragraph ``tasklist._lines_read`` reads of ``lines`` under ``_page``'s introduction,
    0-based in ``lines``."""
    source = Source.from_text(_page(lines, NARROW))
    shift = len(source.compacts) - len(lines)
    read = _lines_read(source, [False] * len(source.compacts))
    return [(first - shift, last - shift) for first, last, _ in read if first >= shift]


def test_a_heading_running_into_its_words_after_a_colon_goes_on():
    """indented/heldout-13 at 20: ``  （三）工作推进专班：配合区协调监管机`` (full) / ``构相关单位研究…``: in a text whose
    other ``（N）`` headings are mostly short lines of their own, a heading filling the line over a full line opened
    a paragraph there (``_under_a_full_heading``, round 71), and the duty kept only its first line's words. A heading
    whose line goes on after a colon in its words (``tasklist._runs_into_its_words``) stands not alone: it goes on."""
    assert [display_width(line.strip()) + 2 * (line[:1] == " ") * 2 for line in HEADED[8:]] == [NARROW] * 4
    assert _spans_read(HEADED)[-2:] == [(8, 9), (10, 11)]


def test_a_heading_filling_the_line_with_no_colon_opens_its_paragraph_as_before():
    """Guard: a heading of that style filling the line with no colon in its words (and one whose colon ends it) over
    a full line is a heading alone, as round 71 reads it."""
    plain = [*HEADED[:8], "  （一）健全协调监管机构和入市管理制度，完善相关配套", *HEADED[9:]]
    assert {(8, 8), (9, 9)} <= set(_spans_read(plain))


SWEEP_SAMPLE = [
    ("pdf-text", 30, "heldout-78"),  # a line the margin broke before ``全、``
    ("pdf-text", 22, "heldout-73"),  # a line the margin broke before an opening quote
    ("indented", 24, "heldout-17"),  # a number cited after another
    ("indented", 48, "heldout-17"),
    ("indented", 30, "heldout-76"),  # numbers cited past a footer; a line flush left under a full one
    ("indented", 20, "heldout-13"),  # a heading running into its words after a colon
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written


def test_a_names_rest_the_margin_broke_is_no_unit():
    """sweep78 noticed: ``is_unit_name`` took ``公室`` (of ``…领导小组办`` / ``公室``) and ``标准化集贸市场等区`` (of
    ``…等区`` / ``域落地。``) for bodies' names. No name opens with the rest of an office's word (公室 of 办公室, 员会
    of 委员会, 公厅, 导小组); a level counted after ``等`` counts places, short names (``静安、长宁等区``), not a kind of
    site. Guards: the whole words, the places counted, a name ending as a level with no 等."""
    assert not any(is_unit_name(rest) for rest in ("公室", "员会", "公厅", "导小组", "公室（综合科）"))
    assert not is_unit_name("标准化集贸市场等区") and not is_unit_name("农贸市场、集贸市场等区")
    assert all(is_unit_name(name) for name in ("区政府办公室", "区人大常委会", "黄浦、静安等区", "苏州、无锡等市"))
    assert is_unit_name("标准化集贸市场管理所")

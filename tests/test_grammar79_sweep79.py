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

from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.wrapped import paragraphs
from reformgraph.textwidth import display_width

NARROW = 56  # columns: 28 wide characters a line


def test_the_copier_keeps_an_opening_mark_off_a_lines_end():
    """A page sets no opening mark (``“``, ``（``, ``《``) at a line's end: it goes down with what it opens; nor a
    closing mark at a line's start, however many close there (``）。``): the character before them comes down."""
    assert wrap("加快建设“一网通办”平台。", 10).split("\n") == ["加快建设", "“一网通办”", "平台。"]
    assert wrap("推进改革（试点）", 11).split("\n") == ["推进改革", "（试点）"]
    assert wrap("完成各项任务（区财政局）。", 24).split("\n") == ["完成各项任务（区财政", "局）。"]  # not ``局`` / ``）。``
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


SWEEP_SAMPLE = [
    ("pdf-text", 30, "heldout-78"),  # a line the margin broke before ``全、``
    ("pdf-text", 22, "heldout-73"),  # a line the margin broke before an opening quote
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

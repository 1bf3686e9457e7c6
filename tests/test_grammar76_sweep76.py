"""Round 76 sweep76: the wrap-width sweep's last misses, and the narrow and indented widths (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file through the ``wrapped``,
``pdf-text`` and ``indented`` transforms of tests/support/metamorphic.py. Each rule that reads some of the copies
round 75 left is tested here on a small table of our own, flattened one cell a line as a PDF's text layer sets it
(round 73's ``_page``: a title and an introduction over the lines given, no blank line), with its guards, and the
copies it reads are sampled at their failing widths.
"""

from __future__ import annotations

import pytest
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar73_wrap73 import _page, _units

from reformgraph.loaders import flat_tables
from reformgraph.loaders.source import Source

# an unnumbered task table (held-out 82's shape: no row's number), a row its title, its text, its lead's cell and its
# partners' cell, hard-wrapped at 22 wide characters
HEADER = ["某区河道治理工作任务清单", "序号", "任务名称", "任务内容", "责任单位", "配合单位"]
FIRST_TEXT = ["完善河道保洁长效管理机制，落实河长巡河制度，", "加强日常巡查和水质监测。"]
LATER_ROWS = [
    "水体治理",
    "推进雨污混接点改造，消除黑臭水体。",
    "区水务局",
    "/",
    "建立水质监测通报机制，定期公布监测结果。",
    "区生态环境局",
    "各街镇",
]


def _table(lead: list[str], partners: list[str]) -> str:
    """A page of the table whose first row's unit cells are ``lead`` and ``partners`` (their lines)."""
    return _page([*HEADER, "河道治理", *FIRST_TEXT, *lead, *partners, *LATER_ROWS], 44)


def test_a_name_filling_its_line_under_a_leads_cell_opens_a_partners_cell():
    """pdf-text/heldout-82 at 24: the row's 配合单位, one name of 23 wide characters (``静安区…推进领导小组成员单位``,
    46 columns of 48), under its 责任单位 (``区…推进领导小组办公室``, 20) ran on into the next row's 任务内容 and the row
    lost its partners. A body's whole name alone on a line under a unit cell's line narrower than it opens a cell of
    its own, however full the line."""
    lead, partners = (
        ["区河道综合治理工作领导小组办公室"],
        ["本区河道综合治理工作推进领导小组各成员单位"],
    )  # 16, 21 of 22
    text = _table(lead, partners)
    assert Source.from_text(text).wrap_width == 44
    assert _units(text)[0][1:] == (lead, partners)


def test_a_list_of_names_filling_its_line_over_a_name_is_the_leads_cell():
    """pdf-text/heldout-82 at 28: the row's 责任单位 ``区建管委、…、区商务委`` filled the line over its 配合单位
    ``各街镇``, the next row's 任务内容 under that: with no row's number to close the row, the two cells were one list.
    A page keeps a list's 、 off a line's start, so a list the margin broke between two names ends its line with it."""
    lead = ["区水务局、区环保局、区绿化市容局、区城管委"]  # 21 wide characters of 22: full
    text = _table(lead, ["各街镇"])
    assert Source.from_text(text).wrap_width == 44
    assert _units(text)[0][1:] == (lead[0].split("、"), ["各街镇"])


def test_a_name_the_margin_cut_goes_on():
    """Guards: a list the margin broke inside a name (``…、区城管`` / ``执法局、区机管局``) is one cell; a list ending
    with its 、 goes on; a cell of one name over an empty cell (``/``) is not told from a list's last name by the next
    row; a line of a task's words ending with a meeting (``…工作会``, no body) under a unit cell, or a body's name under
    a task's words, is no cell of a name."""
    compacts = ["区水务局、区生态环境局、区绿化市容局、区城管", "执法局、区房管局", "推进雨污混接点改造，"]
    assert not flat_tables._last_unit_cell(compacts, 0, 1, False, True)
    assert not flat_tables._last_unit_cell(["区水务局、区生态环境局、", "各街镇", "推进改造，"], 0, 1, False, True)
    assert not flat_tables._last_unit_cell(["区水务局、区生态环境局", "各街镇", "/", "推进改造，"], 0, 1, False, True)
    assert flat_tables._last_unit_cell(["区水务局、区生态环境局", "各街镇", "推进改造，"], 0, 1, False, True)
    assert not flat_tables._a_cell_of_one_name(["各街道", "适时组织召开全区河道综合治理工作会"], 1)
    assert not flat_tables._a_cell_of_one_name(["按要求将整治情况及时报送", "区河道综合治理工作领导小组办公室"], 1)
    lead = ["区水务局、区环保局、区绿化市容局、区城管执", "法局、各街镇"]  # a name cut: one cell of five names
    assert _units(_table(lead, ["/"]))[0][1:] == ("".join(lead).split("、"), [])


# the copies the rules read, at their failing widths
SWEEP_SAMPLE = [
    ("pdf-text", 24, "heldout-82"),  # a name filling its line under a lead's cell
    ("pdf-text", 28, "heldout-82"),  # a list filling its line over a name, no row's number
    ("pdf-text", 40, "heldout-82"),
    ("pdf-text", 22, "real-02"),
    ("indented", 20, "heldout-53"),
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written


def test_one_width_a_line_serves_every_reader():
    """Round 75's Left, wrong depth: ``Source.runs_on`` and ``Source.is_full`` measured a line by the text's one width
    while the table and heading rules asked its section's (``Source.width_at``): in a text printed with a landscape
    annex (no one width) a full line of the annex ran on for the ones and not for the others. Every reader now asks
    ``width_at``: a body's full line and an annex's run on at their own widths."""
    body, annex = ["推进" * 13 + "改"] * 12, ["赋予" * 21 + "有"] * 4
    source = Source.from_text("\n".join([*body, "", *annex]), page_breaks=frozenset({12}))
    assert source.wrap_width is None and (source.width_at(0), source.width_at(13)) == (54, 86)
    assert source.runs_on(0) and source.is_full(13) and source.runs_on(13)
    assert not Source.from_text("\n".join([*body, "", *annex])).runs_on(13)  # no page known: no width

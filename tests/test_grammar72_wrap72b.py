"""Round 72 wrap72b: three copies of the wrap-width sweep that round 72 wrap72 left "not examined to the end".

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan at 24–48 characters (``wrapped``, ``pdf-text``).
Real 11's annex, a table of 改革举措 | 主要内容 | 指导部门 | 推广范围 flattened one cell a line, read at 24, 28 and 32
with rows lost: a 改革举措 cell filling the line ran on into the row's 主要内容 (28, 32), a 指导部门 cell filling the
line ran on into its 推广范围 (``全国``, 24). Each rule on small texts hard-wrapped as a page sets them, its guards,
and the copies sampled at their failing widths (docs/_sections/wrap72b.md).
"""

from __future__ import annotations

import pytest
import test_grammar71_meta71 as meta71
from test_grammar72_wrap72 import swept_copy_compared

_read = meta71._read  # (line, text's first 8 characters, leads, supports, deadline) of each task
HEADER = ["序号", "改革举措", "主要内容", "指导部门", "推广范围"]
CONTENT = "整合分散的审判资源，实行案件审判集中管理，实现审判力量集中、审判标准统一，提高审判效率。"


def _rows(rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    """(the task's first 6 characters, its leads) of each row of a table ``HEADER`` written as a PDF's text."""
    return [(t[:6], leads) for _, t, leads, _, _ in _read(meta71._page(meta71._table(rows, HEADER)))]


def test_a_title_cell_filling_the_line_over_its_content_is_a_cell_of_its_own():
    """pdf-text/real-11 at 28 and 32: ``…知识产权案件跨市（区）审理`` fills the line over the row's 主要内容: joined,
    the row had one text cell for two columns, its 改革举措 empty, the row lost. A numbered row one text cell short
    whose first cell ran on splits it again where its first line ends."""
    title = meta71._exactly("省级行政区内专利等专业技术性较强的知识产权案件跨市审理")
    rows = [
        ["知识产权案件审判中引入技术调查官制度", CONTENT, "最高人民法院、国家知识产权局", "全国"],
        [title, CONTENT, "最高人民法院", "全国"],
    ]
    assert _rows(rows) == [
        ("知识产权案件", ["最高人民法院", "国家知识产权局"]),
        (title[:6], ["最高人民法院"]),
    ]


def test_a_title_cell_wrapped_over_two_lines_stays_one_cell():
    """Guard: a 改革举措 cell running on over two lines, the row's cells as many as its columns, reads as before."""
    title = meta71._exactly("省级行政区内专利等专业技术性较强的知识产权案件跨市审理") + "和执行"
    rows = [
        [title, CONTENT, "最高人民法院", "全国"],
        ["以降低侵权损失为核心的专利保险机制", CONTENT, "国家知识产权局", "全国"],
    ]
    read = meta71._read(meta71._page(meta71._table(rows, HEADER)))
    assert read[0][1] == title[:8] and read[0][2] == ["最高人民法院"] and len(read) == 2


def test_a_scope_cell_under_a_unit_cell_filling_the_line_is_a_cell_of_its_own():
    """pdf-text/real-11 at 24: ``最高人民法院、…、国家知识产权局`` fills the line over ``全国``, the row's 推广范围, and
    the next row's number: joined, the unit cell read no unit."""
    units = "最高人民法院、最高人民检察院、国家知识产权局、教育部、财政部"  # 30 wide characters: a full line
    assert len(units) == meta71.CHARS
    rows = [
        ["知识产权案件审判中引入技术调查官制度", CONTENT, units, "全国"],
        ["以降低侵权损失为核心的专利保险机制", CONTENT, "国家知识产权局", "全国"],
    ]
    assert _rows(rows) == [("知识产权案件", units.split("、")), ("以降低侵权损", ["国家知识产权局"])]


def test_a_scope_cell_rule_on_lines():
    """The rule on a table's lines: a unit cell of whole names over a cell naming no unit and the next row's number;
    guard: ``等部门`` (a list's last words) goes on."""
    from reformgraph.loaders.flat_tables import _scope_under_units

    assert _scope_under_units(["最高人民法院、最高人民检察院、国家知识产权局", "全国", "2"], 0, 1)
    assert _scope_under_units(["教育部、人力资源社会保障部", "8个改革试验区域", "22"], 0, 1)
    assert not _scope_under_units(["市发展改革委、市财政局", "等部门", "2"], 0, 1)
    assert not _scope_under_units(["市发展改革委、市财政局", "市商务委", "2"], 0, 1)  # another unit: the list's
    assert not _scope_under_units(["推进审判改革、加强监管", "全国", "2"], 0, 1)  # a task's words, no unit cell
    assert not _scope_under_units(["最高人民法院、国家知识产权局", "全国", "定期通报"], 0, 1)  # no row's end


# the sweep of widths sampled: copies this round's rules read, at the widths where they failed
SWEEP_SAMPLE = [
    ("pdf-text", 24, "real-11"),
    ("pdf-text", 28, "real-11"),
    ("pdf-text", 32, "real-11"),
    ("pdf-text", 28, "heldout-05"),  # a category cell under a unit cell filling the line
    ("wrapped", 24, "heldout-05"),  # guard: ``…、区商务`` / ``委、区国资委…`` goes on
    ("wrapped", 28, "heldout-65"),  # read since round 72's merge (left42's 负责 rule): kept
    ("pdf-text", 28, "heldout-65"),
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written

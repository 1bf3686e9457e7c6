"""Round 78 sweep78: the wrap-width sweep's misses round 77 left (docs/loader.md).

benchmarks/bench_wrap_widths.py re-wraps every real and held-out plan with an expected file through the ``wrapped``,
``pdf-text`` and ``indented`` transforms of tests/support/metamorphic.py. Each rule that reads some of the copies round
77 left (held-out 35 as a PDF's text at 20 first, a reading that round lost; then the narrow widths 20–22) is tested
here on texts of our own, with its guards, and the copies it reads are sampled at their failing widths.
"""

from __future__ import annotations

import pytest
from test_grammar72_wrap72 import swept_copy_compared
from test_grammar77_sweep77 import _as_written, _tasks

from reformgraph.loaders.tasklist import _a_list_alone

# numbered items, the first closed by its list set on a line of its own (as a narrow page breaks it: the sentence
# ends at the margin and the list opens the next line), the second's sentences with no list over an unnumbered
# paragraph its list closes
LISTED = [
    "（二）完善停车配套政策",
    "5.梳理各区现有停车资源，编制停车设施专项规划，明确近期建设重点和布局要求。",
    "（牵头单位：区交通委。配合单位：区规划资源局）",
    "6.研究制定公共停车场建设标准，完善收费管理办法，2025年底前出台停车设施建设导则。",
    "在评估试点成效的基础上，谋划后续建设任务，形成滚动推进机制。（牵头单位：区建设管理委）",
]


def test_an_item_goes_on_in_the_paragraph_its_list_closes_past_a_list_alone_above():
    """pdf-text/heldout-35 at 20: item 14's sentence ended at the margin and its list ``（牵头单位：…。配合单位：…）``
    opened the next line, a paragraph of its own; item 15 (``…2021年上半年制定出台…规范。``, no list) then had no
    numbered item right above it, so round 64's rule (``tasklist._numbered_item_goes_on``: the item goes on in the
    paragraph its list closes) did not take it, and the task read from ``在总结评估…`` with no deadline. A list alone
    in brackets closes the item above it: the item before is looked for past it."""
    assert _tasks(_as_written(LISTED)) == [
        ("梳理各区现有停车", ["区交通委"], ["区规划资源局"], None),
        ("研究制定公共停车", ["区建设管理委"], [], "2025年底前"),
    ]


def test_a_list_alone_under_an_unnumbered_paragraph_shows_no_list_of_items():
    """Guards: under a paragraph of no number the list alone shows no list of numbered items, and the second
    paragraph's task reads from its own words as before; a heading's number in brackets or a date's bracket is no
    list alone."""
    unnumbered = [LISTED[0], LISTED[1][2:], *LISTED[2:]]
    assert [row[0] for row in _tasks(_as_written(unnumbered))] == ["梳理各区现有停车", "在评估试点成效的"]
    assert _a_list_alone("（牵头单位：区交通委。配合单位：区规划资源局）", 0, 23)
    assert not _a_list_alone("（二）完善政策。（牵头单位：区交通委）", 0, 19)
    assert not _a_list_alone("（2025年底前）（牵头单位：区交通委）", 0, 20)
    assert not _a_list_alone("（区交通委）", 0, 6)  # no label, no role word: a unit's name alone, no list


SWEEP_SAMPLE = [
    ("pdf-text", 20, "heldout-35"),  # an item going on past a list alone above it
]


@pytest.mark.parametrize(("transform", "width", "name"), SWEEP_SAMPLE, ids=[f"{t}-{w}-{n}" for t, w, n in SWEEP_SAMPLE])
def test_a_sample_of_the_width_sweep_reads_as_the_plan(transform: str, width: int, name: str):
    read, written = swept_copy_compared(transform, width, name)
    assert read == written

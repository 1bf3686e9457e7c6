"""Round 57, files19: the office-format left-overs of round 56 (tasks spanning several table rows, one unit a row;
CSS's structural pseudo-classes and ``:not``).

The files are made by ``tests/fixtures/round57/files19/make_fixtures.py``; each file's expected reading is its
``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before the parser ran. The
focused tests below are small inputs of each rule (docs/round57_files19.md), each with a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.css_rules import parsed_selector
from reformgraph.loaders.formats_html import read_html
from tests.support.expected_files import compared, hand_read_cases, roles
from tests.support.office import one_task_page

FIXTURES = Path(__file__).parent / "fixtures" / "round57" / "files19"
BOLD = "注：责任单位中字体加粗的为牵头单位，其余为配合单位。"
PLAIN = "现将重点任务分解如下。"


@pytest.mark.parametrize("expected_path", hand_read_cases(FIXTURES))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


def _page_roles(sheet: str, cells: str, legend: str = BOLD) -> list:
    page = one_task_page(sheet, f"<td>{cells}</td>", legend, around="class='article'")
    return roles(read_html(page, path="t.html", key="t", sha256="0"))


# ---- structural pseudo-classes and :not ---------------------------------------------------------------------------

RESET = ".article td span {font-weight: normal} "
UNITS = "<span>区数据局</span>、<span class='ph'>区财政局</span>"


def test_a_pseudo_class_marks_the_leads():
    # before: a selector with a pseudo-class was left out: the reset alone decided, every unit led
    assert _page_roles(RESET + ".article tr td:nth-child(3) span:not(.ph) {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    assert _page_roles(RESET + "td:nth-of-type(3) span:first-child {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    assert _page_roles(RESET + ".article td:not(:first-child) span:nth-child(odd) {font-weight: bold}", UNITS) == [
        (["区数据局"], ["区财政局"])
    ]
    # the :not(.ph) weighs as a class: (0,3,3) over the reset (0,1,2); a later (0,1,2) bolding every span is outweighed
    sheet = ".article tr td:nth-child(3) span:not(.ph) {font-weight: bold} .article td span.ph {font-weight: normal}"
    assert _page_roles(sheet + " td span {font-weight: bold}", UNITS) == [(["区数据局"], ["区财政局"])]


def test_pseudo_class_guards():
    # the wrong column (the task's, second), a place past the cell's spans, no legend: the format says nothing
    assert _page_roles(RESET + "td:nth-child(2) span:not(.ph) {font-weight: bold}", UNITS) == [
        (["区数据局", "区财政局"], [])
    ]
    assert _page_roles(RESET + "td:nth-child(3) span:nth-of-type(3) {font-weight: bold}", UNITS) == [
        (["区数据局", "区财政局"], [])
    ]
    assert _page_roles(RESET + "td span:not(.ph) {font-weight: bold}", UNITS, PLAIN) == [
        (["区数据局", "区财政局"], [])
    ]
    # a pseudo-class not read (under the pointer; one needing the siblings after) leaves the selector out, as before:
    # it matches nothing, not everything
    for unread in ("td span:hover", "td span:last-child", "td span:not(.ph):only-child", "td span:not(:not(.ph))"):
        assert parsed_selector(unread) is None
        assert _page_roles(RESET + unread + " {font-weight: bold}", UNITS) == [(["区数据局", "区财政局"], [])]

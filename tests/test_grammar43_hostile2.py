"""Round 43, hostile2: inputs whose parse time grew with the square of their size, and a sheet refused for its styling.

Each input is made in code. The timeout only guards against a hang (no speed target in a test): the scaling
figures (n, 2n, 4n, before and after) are printed by ``benchmarks/bench_hostile.py``.
"""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document

# a hang guard in CPU time, which a loaded machine does not trip (the wall-clock limit failed twice beside nine
# helpers running valgrind: session 53), with a wall-clock limit as the outer guard
pytestmark = [pytest.mark.cpu_timeout(20), pytest.mark.timeout(120)]


def _measures(text: str):
    """The measures ``parse_document`` reads in ``text``, or None when it refuses it in one line."""
    try:
        document = parse_document(text, path="hostile.md")
    except DocumentError as error:
        assert "\n" not in str(error)
        return None
    return [m for w in document.workplans for m in w.measures]


def test_fifteen_thousand_label_lines_are_one_run_read_once():
    """A run of label lines is one region whose every line start may start a field; each field's value looked
    through all of them (26 s for 7,500 lines of ``牵头单位：——``, minutes for these 15,000)."""
    assert _measures("\n".join(["牵头单位：——"] * 15_000)) in (None, [])


def test_fifteen_thousand_lines_of_two_bare_labels_are_read_once():
    """``牵头：配合：`` on each line: the same run of label lines (more than a minute for these 15,000 lines)."""
    measures = _measures("\n".join(["牵头：配合："] * 15_000))
    assert measures is None or len(measures) <= 1


def test_a_long_line_of_every_label_and_its_colon_is_read_once():
    """Each label of the vocabulary then a colon, again and again on one line (more than a minute for 240 KB)."""
    from reformgraph.loaders.vocab import DEADLINE_LABELS, LEAD_LABELS, SUPPORT_LABELS

    line = "：".join(LEAD_LABELS + SUPPORT_LABELS + DEADLINE_LABELS) * 240
    measures = _measures(line)
    assert measures is None or len(measures) <= 1


def test_lines_of_nested_brackets_each_hold_their_own_text_only():
    """Lines of equal width read as one hard-wrapped paragraph, each opened by its assignment: each task's text
    ran to the paragraph's end, holding every later line (11 s and a text of the document's size per task for
    1,800 lines). It stops at the next task's assignment now."""
    line = "（" * 50 + "牵头单位：区财政局" + "）" * 50
    measures = _measures("\n".join([line] * 4_000))
    assert measures and len(measures) >= 100
    assert max(len(m.text) for m in measures) <= len(line)


def test_forty_long_lines_of_nested_brackets_are_read_in_bounded_time():
    """A unit name cut where a space may set two names apart was looked for in its whole line at each cut (1 s
    per line of 20,000 characters, the longest a reader lets through: 40 s for these 40); the gaps of a line are
    listed once."""
    line = "（" * 9_990 + "牵头单位：区财政局" + "）" * 9_990
    measures = _measures("\n".join([line] * 40))
    assert measures is None or all(len(m.text) <= len(line) for m in measures)


def test_units_a_space_sets_apart_are_still_two():
    """The gaps listed once read as before: 食品生产科 食品流通科 are two units, 市财政局 one."""
    measures = _measures(
        "一、重点任务\n1. 开展抽检。（责任科室：食品生产科 食品流通科　餐饮服务科；完成时限：2024年底）"
    )
    assert [u.raw for u in measures[0].leads] == ["食品生产科", "食品流通科", "餐饮服务科"]


def test_a_sheet_styled_down_to_its_last_row_reads_its_ten_tasks(tmp_path):
    """A border or font set on an empty cell at row 1,048,576 made the used range 27 million cells and the sheet
    was refused; the used range is the cells holding something now, so the ten tasks are read."""
    import openpyxl
    from openpyxl.styles import Font

    from reformgraph.loaders.read import read_document

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    for i in range(1, 11):
        sheet.append([i, f"推进改革事项{i}", "区财政局", "区税务局", "2024年底"])
    sheet["Z1048576"].font = Font(bold=True)
    book.save(tmp_path / "styled.xlsx")
    measures = [m for w in read_document(tmp_path / "styled.xlsx").workplans for m in w.measures]
    assert [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures][:1] == [
        ("推进改革事项1", ["区财政局"], ["区税务局"])
    ]
    assert len(measures) == 10

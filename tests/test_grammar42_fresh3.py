"""Round 42 of docs/loader.md, theme fresh3: misreads of eight plans written as offices publish them."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document


def _reading(text: str, path: str = "plan.md"):
    doc = parse_document(text, path=path)
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


def test_the_first_listed_convention_glued_to_a_label_lines_last_unit_keeps_that_unit():
    """A 分工方案 whose items each close with a ``责任单位：`` line, the first one ending with the convention in a
    bracket right after its last unit. Before, that unit (省财政厅) was lost with the convention."""
    text = (
        "1.实施产业基础再造工程。每年组织实施一批项目。\n\n"
        "责任单位：省经信厅、省发改委、省财政厅（列第一位的为牵头单位，下同）\n\n"
        "2.推进“链长制”。2022年底前实现全覆盖。\n\n"
        "责任单位：省经信厅、各市州人民政府\n"
    )
    assert _reading(text) == [
        (3, ["省经信厅"], ["省发改委", "省财政厅"], None),
        (7, ["省经信厅"], ["各市州人民政府"], "2022-12"),
    ]


def test_a_half_width_bracket_after_the_last_unit_reads_the_same():
    text = "1.推进工程。\n责任单位：省科技厅、省教育厅(排在第一位的为牵头单位)\n2.推进改革。\n责任单位：省人社厅、省财政厅\n"
    assert _reading(text) == [(2, ["省科技厅"], ["省教育厅"], None), (4, ["省人社厅"], ["省财政厅"], None)]


def test_a_convention_on_its_own_still_names_no_unit():
    """Round 32's statement alone (no unit before its bracket) stays a convention, no task."""
    text = "（列第一位者为牵头单位，下同）\n1.推进工程。（省科技厅、省教育厅）\n"
    assert _reading(text) == [(2, ["省科技厅"], ["省教育厅"], None)]

"""Round 78 heldout92: the rest of held-out 92 (a district's 建筑垃圾 实施意见, tests/fixtures/heldout), its 细则.

The 细则 divides its work by agency under nested sub-titles (``（二）提升消纳处置能力`` / ``1.拓展土方消纳空间``), a title
over one to six paragraphs, each opening with the body doing its share and mostly no role word (``区建设管理委根据…建设…``,
``属地街镇对…加强管理``). Round 63's section divided by agency (``tasklist._agency_paragraphs``) asked for one paragraph
under each sub-heading; now a section whose sub-titles nest or stand over several paragraphs is read too, where at
least two thirds of its titles' first paragraphs open with units (``tasklist._agency_spans``): the paragraphs that
open with units are tasks their units lead, the others not. Tested here on texts of our own with their guards; the
plan itself is compared with its expected file by tests/test_heldout.py.
"""

from __future__ import annotations

from support.expected_files import measures

from reformgraph.loaders.read import parse_text


def _read(text: str, chars: int = 8) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [
        (m.line, m.text[:chars], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw)
        for m in measures(doc)
    ]


def _rules(second: str = "县水务局对河道疏浚加强管理。", third: str = "县城管局负责查处违法倾倒。") -> str:
    """A county's 细则: a heading over a bracketed sub-title over numbered titles over paragraphs (from line 5)."""
    return (
        "某县管理细则\n\n一、处置体系具体操作要求\n\n（一）提升消纳能力\n\n1.拓展消纳空间\n\n"
        "县住建局根据全县开发计划拓展消纳空间；县绿化局在现有基础上开展场所建设。\n\n"
        f"{second}\n\n2.加强运输监管\n\n{third}\n\n县公安局对运输车辆加强检查。\n"
    )


def test_titles_over_several_paragraphs_read_each_paragraph_opening_with_its_units():
    assert _read(_rules()) == [
        (9, "县住建局根据全县", ["县住建局", "县绿化局"], [], None),
        (11, "县水务局对河道疏", ["县水务局"], [], None),
        (15, "县城管局负责查处", ["县城管局"], [], None),
        (17, "县公安局对运输车", ["县公安局"], [], None),
    ]


def test_guard_a_paragraph_opening_with_no_unit_under_a_title_is_no_task():
    # a procedure below the bodies' paragraphs (held-out 92 line 158's kind): the others read, it does not
    got = _read(_rules(second="材料上传申报，场所收取材料。"))
    assert [row[0] for row in got] == [9, 15, 17]


def test_guard_a_section_whose_titles_mostly_open_with_no_unit_is_not_read():
    text = _rules(second="做好消纳空间排摸。").replace("县住建局根据全县开发计划", "根据全县开发计划，")
    # one title of two opens with units (fewer than two thirds): no division by agency, only the role word reads
    assert _read(text) == [(15, "加强运输监管县城", ["县城管局"], [], None)]


def test_guard_an_intro_over_numbered_items_is_no_task():
    text = _rules(
        third="县绿化局开展消纳场所备案工作：\n\n（1）涉及林地的，由县林业站进行核实。\n\n（2）涉及耕地的，由县规划局指导街镇核实。"
    )
    got = _read(text)
    assert [row[0] for row in got if row[2] == ["县绿化局"]] == []


def _table(lead: str) -> str:
    """A county's 分工表 flattened one cell per line, its cells set apart by blank lines; row 1's lead cell ``lead``."""
    cells = ["序号", "工作任务", "主要工作内容", "牵头单位", "配合单位"]
    cells += ["1", "推动减量", "编制年度消纳计划，推动源头减量。", lead, "县绿化局、县规划局"]
    cells += ["2", "加强监管", "开展运输车辆检查，严查违规运输。", "县城管局", "县公安局"]
    return "某县建筑垃圾任务分工表\n\n" + "\n\n".join(cells) + "\n"


def test_a_units_name_broken_in_its_cell_is_one_name():
    # 县土方工作 / 专班 with no blank line between: one lead at the cell's first line (before: 专班 alone, at its line)
    assert _read(_table("县土方工作\n专班")) == [
        (19, "编制年度消纳计划", ["县土方工作专班"], ["县绿化局", "县规划局"], None),
        (30, "开展运输车辆检查", ["县城管局"], ["县公安局"], None),
    ]


def test_guard_two_names_on_two_lines_of_a_cell_stay_two():
    assert _read(_table("县建设局\n县水务局"))[0] == (
        19,
        "编制年度消纳计划",
        ["县建设局", "县水务局"],
        ["县绿化局", "县规划局"],
        None,
    )

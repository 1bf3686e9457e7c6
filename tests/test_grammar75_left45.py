"""Round 75 left45: what round 74 left unread (docs/loader.md, round 74's Left lines of left44, fresh74 and meta74),
in five plans of our own and a fresh check (tests/fixtures/round75/left45: a province's .md, a county's .docx, a
city's .xlsx, a town's and a district's .txt, and a 街道's .docx written after the rules as a fresh check), read by
hand before the parser ran. The rules, tested here in words of our own with their guards:

- a bare item's date written in the unnumbered sentences below it is the task's, and under a heading's fields those
  sentences no longer end the heading's list of items;
- units written as circled numbers (``（责任单位：①③）``), named by a code list of circled numbers, whose heading may
  stand on the pairs' line (``注：责任单位代码　①…　②…``);
- a cell's line break splitting 办公室 or 办公厅 after 办 (``市政府办`` / ``公室``) joins the name;
- an emoji before a line of a text file or a Word paragraph is decoration, and a keycap digit (``1️⃣``) the item's
  number.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import lines_and_roles, plan_unit_lines, plan_unit_lines_dated

from reformgraph.loaders.line_emoji import undecorated_line
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.tables import unit_cell_text

FOLDER = Path(__file__).parent / "fixtures" / "round75" / "left45"


def _read(text: str, path: str = "plan.txt") -> list[tuple]:
    """(line, leads, supports, date) of every task of ``text`` read as the file ``path`` is (its reader first)."""
    return _read_bytes(text.encode("utf-8"), path)


def _read_bytes(data: bytes, name: str) -> list[tuple]:
    """(line, leads, supports, date) of every task of the file ``name`` holding ``data``, read by its reader."""
    document = parse_bytes(data, path=name)
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in document.workplans
        for m in w.measures
    ]


# ---- a bare item's date in its text ------------------------------------------------------------------------------

_OFFICES = "某县安全生产任务分解\n\n一、任务分解\n（一）县应急管理局：\n"


def test_a_bare_items_date_in_its_text() -> None:
    # before: line 5 read with no deadline (only the item's line was read)
    items = (
        "1．建立隐患整改台账\n"
        "对检查发现的问题逐项明确整改责任人，2026年7月底前全部整改销号。\n"
        "2．组织应急演练\n"
        "每个行政村至少开展一次演练。\n"
        "演练总结于2026年9月15日前报县应急管理局。\n"
        "3．开展宣传，2026年10月底前完成。\n"
    )
    assert plan_unit_lines_dated(_OFFICES + items) == [
        (5, ["县应急管理局"], [], "2026-07", "scheduled"),
        (7, ["县应急管理局"], [], "2026-09-15", "scheduled"),
        (10, ["县应急管理局"], [], "2026-10", "scheduled"),
    ]


def test_no_date_from_below_a_closed_item_or_a_label() -> None:
    # guards: an item closed by 。 keeps its own words (the paragraph below is no text of it); a continuing word in
    # the text below gives nothing; a label line under the item (做好以下工作：) ends its text
    items = "1．开展隐患排查。\n各村于2026年5月底前上报排查情况。\n2．加强日常巡查\n巡查情况每月通报，持续推进。\n"
    assert plan_unit_lines_dated(_OFFICES + items) == [
        (5, ["县应急管理局"], [], None, None),
        (7, ["县应急管理局"], [], None, None),
    ]


def test_bare_items_text_under_a_headings_fields() -> None:
    # before: item 1 alone (with no date); the list ended at its text and items 2 and 3 were no task
    text = "某省城市更新方案\n\n一、重点任务\n" + (
        "（一）老旧小区改造（牵头单位：省住房城乡建设厅；配合单位：省财政厅）\n"
        "1．完善技术标准\n"
        "制定改造技术导则，2026年6月底前印发。\n"
        "2．推进项目建设，2026年12月底前完成。\n"
        "3．建立长效机制\n"
        "指导各地建立物业管理机制。\n"
        "（二）开展体检评估。（牵头单位：省自然资源厅）\n"
    )
    units = (["省住房城乡建设厅"], ["省财政厅"])
    assert plan_unit_lines_dated(text) == [
        (5, *units, "2026-06", "scheduled"),
        (7, *units, "2026-12", "scheduled"),
        (8, *units, None, None),
        (10, ["省自然资源厅"], [], None, None),
    ]


def test_a_paragraph_after_a_closed_item_ends_the_list_as_before() -> None:
    # guard: under a heading's fields, an unnumbered paragraph after an item closed by 。 is no item's text: the list
    # ends there, as before (the item after it no item of the group)
    text = "某省城市更新方案\n\n一、重点任务\n" + (
        "（一）老旧小区改造（牵头单位：省住房城乡建设厅）\n"
        "1．推进项目建设。\n"
        "各市于2026年5月底前上报项目清单。\n"
        "2．建立长效机制。\n"
    )
    assert plan_unit_lines_dated(text) == [(5, ["省住房城乡建设厅"], [], None, None)]


# ---- units written as circled numbers ----------------------------------------------------------------------------

_CODED = "某县任务清单\n\n责任单位中排在第一位的为牵头单位，其他为配合单位。\n\n一、重点任务\n"


def test_circled_codes_named_by_a_list_at_the_end() -> None:
    # before: ①③ read as one lead, ②、④ as leads ② and ④
    text = _CODED + (
        "1．推进政务服务集成办理。（责任单位：①③；完成时限：2026年6月底前）\n"
        "2．推进惠企政策兑现。（责任单位：②、④；完成时限：2026年9月底前）\n"
        "\n附：责任单位代码\n①县政务服务中心　②县发展和改革局\n③县数据资源局　④县财政局\n"
    )
    assert plan_unit_lines(text) == [
        (6, ["县政务服务中心"], ["县数据资源局"]),
        (7, ["县发展和改革局"], ["县财政局"]),
    ]


def test_a_code_lists_heading_on_the_pairs_line() -> None:
    # before: 注：责任单位代码 followed by its pairs on its line was no legend (its heading had to close its line)
    text = _CODED + (
        "1．开展消防检查。（责任单位：②①；完成时限：2026年6月底前）\n"
        "2．推进充电设施建设。（责任单位：①；完成时限：2026年10月底前）\n"
        "\n注：责任单位代码　①区消防救援大队　②区城市管理局\n"
    )
    assert plan_unit_lines(text) == [(6, ["区城市管理局"], ["区消防救援大队"]), (7, ["区消防救援大队"], [])]


def test_circled_numbers_without_a_code_list_as_before() -> None:
    # guards: no list, the codes stay as written; a list of circled items naming no units (任务编号) is no legend;
    # 代码 followed by words that are no pairs is none; an item numbered ① is an item
    codes = "1．开展消防检查。（责任单位：②①）\n"
    assert lines_and_roles(_CODED + codes) == [(6, ["②①"], [])]
    assert lines_and_roles(_CODED + codes + "\n附：任务编号　①开展检查　②完成验收\n") == [(6, ["②①"], [])]
    assert lines_and_roles(_CODED + codes + "\n注：责任单位代码　另行通知\n") == [(6, ["②①"], [])]
    items = "①开展消防检查。（责任单位：区消防救援大队）\n②推进充电设施建设。（责任单位：区城市管理局）\n"
    assert lines_and_roles("某区方案\n\n一、重点任务\n" + items) == [
        (4, ["区消防救援大队"], []),
        (5, ["区城市管理局"], []),
    ]


# ---- 办公室 broken in a cell ---------------------------------------------------------------------------------------


def test_an_office_broken_after_ban() -> None:
    # before: 市政府办, 公室 (办 ends a name: 平安办)
    assert unit_cell_text("市人民政府办\n公室") == "市人民政府办公室"
    assert unit_cell_text("市政府办\n公室、市数据局") == "市政府办公室、市数据局"
    assert unit_cell_text("省人民政府办\n公厅") == "省人民政府办公厅"


def test_ban_before_a_name_opening_with_gong_as_before() -> None:
    # guards: 平安办 / 公安派出所 and 平安办 / 公安局 two bodies (公安 is no part of 办公室)
    assert unit_cell_text("平安办\n公安派出所") == "平安办、公安派出所"
    assert unit_cell_text("市平安办\n公安局") == "市平安办、公安局"


# ---- emoji and keycap numbers before a line ----------------------------------------------------------------------

_POST = (
    "某镇安全生产任务分解\n\n📌一、任务分解\n🔹（一）镇派出所：\n"
    "1️⃣ 开展电动自行车充电整治，镇消防队协助，2026年7月15日前完成。\n"
    "2\u20e3加强暑期防溺水巡逻，持续推进。\n"
    "3️⃣开展校园周边治安巡查。\n"
)


def test_emoji_and_keycaps_in_a_text_file() -> None:
    # before: no task (1️⃣ no item's number, the items the heading's text)
    assert _read(_POST) == [
        (5, ["镇派出所"], ["镇消防队"], "2026-07-15"),
        (6, ["镇派出所"], [], None),
        (7, ["镇派出所"], [], None),
    ]


def test_emoji_and_keycaps_in_a_word_document(tmp_path: Path) -> None:
    # before: no task, as in a text file (the HTML reader alone dropped a line's emoji, round 74)
    from support.office import save_paragraphs

    out = tmp_path / "plan.docx"
    save_paragraphs(_POST.split("\n"), "镇安办", out)
    assert _read_bytes(out.read_bytes(), "plan.docx") == [
        (5, ["镇派出所"], ["镇消防队"], "2026-07-15"),
        (6, ["镇派出所"], [], None),
        (7, ["镇派出所"], [], None),
    ]


def test_a_pictograph_before_a_units_name() -> None:
    # before: 📍街道综治中心 the lead's name
    text = "某街道方案\n\n一、重点任务\n📍街道综治中心牵头，街道派出所配合，完善网格化服务管理，2026年5月底前完成。\n"
    assert _read(text) == [(4, ["街道综治中心"], ["街道派出所"], "2026-05")]


def test_marks_that_are_no_emoji_stay() -> None:
    # guards: a dingbat's circled digit ❶ is a number, ★ (the 2600s) a legend's mark, a keycap alone no item, an
    # emoji inside a line stays, a line with no mark is the same string
    assert undecorated_line("❶推进改革") == "❶推进改革"
    assert undecorated_line("★区商务局") == "★区商务局"
    assert undecorated_line("1\ufe0f\u20e3") == "1\ufe0f\u20e3"
    assert undecorated_line("推进改革📌") == "推进改革📌"
    line = "1．推进改革。"
    assert undecorated_line(line) == line


# ---- the whole plans ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]

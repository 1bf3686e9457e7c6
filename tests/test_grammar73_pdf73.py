"""Round 73 pdf73: the last PDF copies that did not read (test_grammar71_meta71b's ``libreoffice-pdf`` strict xfails).

- A page break the PDF reader knows is handed with the text (``formats_pdf.page_breaks``: the blank line joining two
  pages, a side record, so that no PDF's line numbers move) and a paragraph goes on past it (``wrapped.paragraphs``,
  ``Source.page_breaks``): held-out 67's ``整合道路监控信息资源。…资源共享。`` ends a page's last line at the margin and its
  paragraph goes on at the next page's top, which was read as a task of its own from ``充分利用现有监控系统``. Guards:
  the next page's first line indented (首行缩进) or opening with an item's number or an ordinal word (held-out 40's
  ``第四，…``) opens a paragraph; a short last line ends its paragraph; a text with no page breaks reads as before.
- A 权力和责任清单 flattened one cell per line has its header's names counted in cells, not lines
  (``flat_tables.power_lists``): held-out 22's printed copy sets each cell three blank lines apart, its ``设定依据``
  eight lines below ``行使主体``, and its cells (``1.《中华人民共和国公路法》第八条…`` / ``区级`` / ``区交通委…负责…``) were read
  as four tasks of their own.
- A running head of two lines (a long title Word's header wraps) goes line by line
  (``formats_pdf.without_running_lines``): found printing the real plans through a Word-like layout (header and footer,
  ``- 3 -``), where ``案》的通知`` was read into the units after a page break.

The whole plans: test_grammar71_meta71b's ``libreoffice-pdf/heldout-22`` and ``-67``, no longer strict xfails.
"""

from __future__ import annotations

import pytest

from reformgraph.loaders.flat_tables import power_lists
from reformgraph.loaders.formats_pdf import page_breaks, without_running_lines
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.source import Source
from reformgraph.loaders.wrapped import paragraphs
from reformgraph.textwidth import display_width

# a paragraph whose first sentence ends a page's last line at the margin (line 4), its second at the next page's top
_FIRST_PAGE = [
    "（一）整合道路监控信息资源。大力推进高速公路全程监",
    "控系统等智能交通管理系统建设，强化科技装备和信息化",
    "技术在执法管理中的应用，提高道路交通秩序管控能力。",
    "整合管理力量，建立部门区域联勤联动机制，实现共享。",
]
_SECOND_PAGE = [
    "充分利用现有监控系统，强化道路异常事件检测，及时落",
    "实相关处置措施。（牵头部门：市建设交通委。配合部门",
    "：市公安局）",
    "",
    "",
    "（二）加强客运车辆动态监管。督促运输企业落实监控责",
    "任，建立车辆动态监控平台，实现重点车辆全程可追溯。",
    "（牵头部门：市交通港口局）",
]
_BREAK = frozenset({len(_FIRST_PAGE)})  # the blank line joining the two pages (0-based)


def _tasks(first: list[str], second: list[str], breaks: frozenset[int] = _BREAK) -> list[tuple[int, str, list[str]]]:
    text = "\n\n".join(["\n".join(first), "\n".join(second)])
    document = parse_document(text, page_breaks=breaks)
    return [(m.line, m.text[:10], [u.raw for u in m.leads]) for w in document.workplans for m in w.measures]


def test_the_pages_are_full_lines_of_one_width():
    assert {display_width(line) for line in _FIRST_PAGE + _SECOND_PAGE[:2]} == {50}


def test_page_breaks_are_the_blank_lines_joining_pages():
    pages = ["\n".join(_FIRST_PAGE), "\n".join(_SECOND_PAGE), "2012年12月6日"]
    text = "\n\n".join(pages)
    lines = text.split("\n")
    assert sorted(page_breaks(pages)) == [4, 13]
    assert all(lines[k] == "" for k in page_breaks(pages))
    assert page_breaks(["甲"]) == frozenset()


def test_a_paragraph_runs_on_over_a_page_break():
    assert _tasks(_FIRST_PAGE, _SECOND_PAGE) == [
        (7, "整合道路监控信息资源", ["市建设交通委"]),
        (13, "加强客运车辆动态监管", ["市交通港口局"]),
    ]


def test_with_no_page_break_known_the_blank_line_ends_the_paragraph_as_before():
    """A text file (no reader knew its pages), or a PDF read before round 73: its second sentence read alone."""
    assert _tasks(_FIRST_PAGE, _SECOND_PAGE, frozenset())[0] == (7, "充分利用现有监控系统", ["市建设交通委"])


@pytest.mark.parametrize(
    "opening",
    [
        "  充分利用现有监控系统，强化道路异常事件检测，及时落",  # indented as a paragraph's first line (首行缩进)
        "第二，充分利用现有监控系统，强化道路异常事件检测，及",  # an ordinal word (held-out 40's 第三，… / 第四，…)
        "2.充分利用现有监控系统，强化道路异常事件检测，及时落",  # an item's number
    ],
)
def test_a_line_opening_a_paragraph_at_a_page_s_top_is_a_new_paragraph(opening):
    tasks = _tasks(_FIRST_PAGE, [opening, *_SECOND_PAGE[1:]])
    assert tasks[0][1] != "整合道路监控信息资源"
    assert tasks[0][2] == ["市建设交通委"]


def test_a_short_last_line_ends_its_paragraph_at_a_page_break():
    short = [*_FIRST_PAGE[:3], "实现信息共享。"]
    assert _tasks(short, _SECOND_PAGE)[0][1] == "充分利用现有监控系统"


def test_the_page_breaks_stay_with_a_source_given_label_colons():
    source = Source.from_text("1.推进。\n牵头单位\n县发改局\n\n完成时限\n2024年底", page_breaks=frozenset({3}))
    assert source.with_lone_label_colons().page_breaks == frozenset({3})


_POWER_LIST = [
    "附件1",
    "区农村公路管理养护权力和责任清单",
    "序号",
    "权力责任名称",
    "行使  主体",
    "权力责任类别",
    "设定依据",
    "行使层级",
    "权力责任事项",
    "1",
    "公路的具体管理",
    "区交通委",
    "管理",
    "1.《中华人民共和国公路法》第八条；2.《上海市公路管理条例》第五条",
    "区级",
    "区交通委按照其职责权限，负责所辖区域内公路的具体管理。",
]


@pytest.mark.parametrize("blank", [1, 3, 5])
def test_a_power_list_s_header_is_found_however_far_apart_its_cells_are_set(blank):
    text = ("\n" * (blank + 1)).join(_POWER_LIST)
    assert power_lists(Source.from_text(text)) == [(2 * (blank + 1), text.count("\n") + 1)]


def test_a_power_list_s_cells_set_apart_are_no_tasks():
    plan = "1.完善农村公路管理体制。（责任单位：区交通委）\n\n" + "\n\n\n\n".join(_POWER_LIST)
    document = parse_document(plan)
    assert [(m.text, [u.raw for u in m.leads]) for w in document.workplans for m in w.measures] == [
        ("完善农村公路管理体制。", ["区交通委"])
    ]


def test_a_power_list_needs_its_legal_basis_within_eight_cells():
    """Guard: a header whose basis column stands further than eight cells away is no power list (as before)."""
    far = [*_POWER_LIST[:5], *(f"列{k}" for k in range(8)), *_POWER_LIST[6:]]
    assert power_lists(Source.from_text("\n\n\n\n".join(far))) == []


_HEAD = ["上海市青浦区人民政府办公室关于印发《青浦区消防安全治理行动方", "案》的通知"]


def test_a_running_head_of_two_lines_goes_line_by_line():
    """A long title Word's header wraps over two lines is a running head of two lines (round 73 pdf73: the
    LibreOffice print of a Word-like copy, ``案》的通知`` read into the lead units after a page break)."""
    pages = [
        "\n".join([*_HEAD, "", "（牵头单位：区府办、"]),
        "\n".join(["   " + _HEAD[0], "      " + _HEAD[1], "", "区发改委）", "- 2 -"]),
        "\n".join([*_HEAD, "二、保障措施", "- 3 -"]),
    ]
    assert without_running_lines(pages) == ["\n（牵头单位：区府办、", "\n区发改委）\n- 2 -", "二、保障措施\n- 3 -"]


def test_a_second_line_shared_by_fewer_than_half_the_pages_stays():
    """Guard: the line under a running head is the text's unless half the pages share it, as a head's own rule says."""
    pages = ["\n".join([_HEAD[0], f"第{k}页正文内容"]) for k in "一二三"] + [f"{_HEAD[0]}\n{_HEAD[1]}"]
    assert without_running_lines(pages) == ["第一页正文内容", "第二页正文内容", "第三页正文内容", _HEAD[1]]


def test_a_page_number_s_break_before_an_indented_line_ends_the_paragraph():
    """The guard holds at a page number's break too (``— 3 —`` in the written lines, blanked by compacting): held-out
    60's Word-like copy, ``…办公室设在市消防救援总队。`` at a page's foot and ``  市消防救援总队负责…`` indented at the
    next top, the duty read as the paragraph above it."""
    compacts = ["推进改革，全面完成任务。", "", "", "", "加强督查。"]  # (the page number blanked)
    lines = ["推进改革，全面完成任务。", "", "— 3 —", "", "  加强督查。"]
    assert paragraphs(compacts, 20, written=lines) == [
        (0, 0, "推进改革，全面完成任务。"),
        (4, 4, "加强督查。"),
    ]
    lines[-1] = "加强督查。"  # not indented: the paragraph goes on over the page (as before)
    assert paragraphs(compacts, 20, written=lines) == [(0, 4, "推进改革，全面完成任务。加强督查。")]

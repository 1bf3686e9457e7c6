"""Round 72 pdf72: a PDF's lines read in the order their pieces stand on the page (``loaders/pdf_order.py``).

LibreOffice prints a line font by font: the quotation marks “ ” (a Latin font) are drawn after the Chinese pieces
around them, at their own places, and pypdf's layout joined them in the order drawn (``推进144 “个15 ”分钟`` for
``推进144个“15分钟”``): 18 of the 23 strict xfails of test_grammar71_meta71b's ``libreoffice-pdf`` copies, which now
read as their plans there (the whole plans' test). Here the rule on small pages drawn in Courier (each glyph 0.6 of
the size wide, so that pieces meet exactly), and its guards: a line drawn in order, a bold drawn twice, text drawn
over text and a rotated piece read as pypdf reads them; a line whose marks are in place keeps them
(``formats_pdf._placed``). And a list's introduction (``…职责如下：``) filling its line ends its paragraph
(``wrapped._leads_in``, round 72 wrap72's rule): held-out 63's copy, whose duties under it ran together; pages opening with an outline's
heading or a sentence's end are no sheet's columns spilled over pages (``pdf_spill.header_kinds``): held-out 61's;
a dash's units at the end of a full line that goes on in the next are no attribution (``source._dash_runs_on``):
held-out 65's.
"""

from __future__ import annotations

import io

import pytest
from support.fuzzing import one_page_pdf

from reformgraph.loaders import pdf_order
from reformgraph.loaders.formats_pdf import _placed, requote
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pdf_columns import laid_out
from reformgraph.loaders.pdf_order import Piece, in_place, reordered
from reformgraph.loaders.pdf_spill import spilled_pages
from reformgraph.loaders.wrapped import paragraphs
from reformgraph.textwidth import display_width

WIDE = 7.2  # a Courier glyph at 12 points


def _at(column: int, text: str, y: int = 150) -> bytes:
    """A piece ``text`` drawn from the line's ``column``-th glyph (x 20 the first)."""
    return b"1 0 0 1 %.1f %d Tm (%s) Tj " % (20 + WIDE * column, y, text.encode())


def _page(*pieces: bytes, font: str = "Courier"):
    from pypdf import PdfReader

    stream = b"BT /F1 12 Tf " + b"".join(pieces) + b"ET"
    return PdfReader(io.BytesIO(one_page_pdf(stream, font))).pages[0]


def _pypdf(page) -> str:
    return page.extract_text(extraction_mode="layout")


def _as_before(page, monkeypatch) -> str:
    """The page as ``laid_out`` read it before round 72: each line's pieces joined by pypdf in the order drawn."""
    from pypdf._text_extraction import _layout_mode

    with monkeypatch.context() as patched:
        patched.setattr(pdf_order, "text_groups", lambda ops, fonts: _layout_mode.text_show_operations(ops, fonts))
        return laid_out(page)


def test_marks_drawn_after_their_line_stand_where_they_are_drawn():
    # a"bc"d, its marks drawn last (as LibreOffice draws a line's Latin font after its Chinese one)
    page = _page(_at(0, "a"), _at(2, "bc"), _at(5, "d"), _at(1, '"'), _at(4, '"'))
    assert _pypdf(page).strip() != 'a"bc"d'  # pypdf joins the pieces as drawn
    assert laid_out(page).strip() == 'a"bc"d'


def test_a_piece_drawn_far_after_its_place_is_put_back():
    # pypdf starts a group at a jump back of five spaces or more, and lays the groups one after the other
    page = _page(_at(0, "one "), _at(5, "three four five"), _at(4, "2"))
    assert laid_out(page).strip() == "one 2three four five"


def test_each_line_is_ordered_on_its_own():
    page = _page(_at(1, "bc"), _at(0, "a"), _at(0, "next", y=130), _at(4, "line", y=130))
    assert laid_out(page).split("\n")[0] == "abc"
    assert laid_out(page).split("\n")[-1] == "nextline"


@pytest.mark.parametrize(
    "pieces",
    [
        (_at(0, "in"), _at(2, "order"), _at(8, "line")),  # drawn in order
        (_at(0, "bold"), b"1 0 0 1 20.3 150 Tm (bold) Tj ", _at(5, "x")),  # a bold drawn twice, a hair apart
        (_at(3, "over"), _at(0, "text"), _at(8, "z")),  # text over text: the pieces overlap once ordered
    ],
    ids=["in-order", "bold-twice", "overlapping"],
)
def test_lines_not_drawn_out_of_order_read_as_before(pieces, monkeypatch):
    page = _page(*pieces)
    assert laid_out(page) == _as_before(page, monkeypatch)


def test_a_piece_that_may_not_move_keeps_its_line_as_it_was_read():
    assert in_place([Piece(27.2, 41.6, 150, 12), Piece(20, 27.2, 150, 12, movable=False)]) is None


def test_pieces_meet_within_a_point():
    """Kerning lets a piece run a little into the next: still neighbours; a run of more than a point is not."""
    assert in_place([Piece(30.5, 40, 150, 12), Piece(20, 31.2, 150, 12)]) is not None
    assert in_place([Piece(30.5, 40, 150, 12), Piece(20, 32, 150, 12)]) is None


def test_a_line_is_a_run_of_pieces_within_a_font_height():
    lines = [Piece(30, 40, 150, 12), Piece(20, 30, 150, 12), Piece(20, 30, 130, 12)]
    assert reordered(lines) == [lines[1], lines[0], lines[2]]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # marks in place, a gap the Latin digits' font left: kept (real-09's copy read `2019年“6月底前`)
        ("领作用。2019年 6月底前，研究建立以核心指标的“无废城", "领作用。2019年 6月底前，研究建立以核心指标的“无废城"),
        ("四五”期末，建成 230座以上的公园", "四五”期末，建成 230座以上的公园"),
        ("(一)“两评估、一清单”中产业用地为 C 类", "(一)“两评估、一清单”中产业用地为 C 类"),
        # guards: marks drawn apart from their words (against a space) still go into the gaps they left
        (
            "100   “场以上 公园+文商旅体展 活动。（责任单位：市绿化市容”",
            "100   场以上“公园+文商旅体展”活动。（责任单位：市绿化市容",
        ),
    ],
)
def test_quotation_marks_in_place_are_not_moved(line, read):
    assert _placed(line) == read


def test_an_empty_pair_is_still_put_into_its_gaps():
    assert (
        requote("落基层、监管执法 宽松虚软 等问题。（各部门按“             ”")
        == "落基层、监管执法“宽松虚软”等问题。（各部门按"
    )


# a list's introduction filling its line (held-out 63's printed copy: ``…工作职责如下：`` ran into the first duty)
INTRO = "为加强组织领导，推进相关措施落地，本区土方消纳处置主要管理、执法部门工作职责如下："
DUTY = "区绿化市容局负责本区土方处理的具体管理工作。"


def test_a_list_introduction_at_the_margin_ends_its_paragraph():
    lines = [INTRO, "", "", "", DUTY]
    assert [p[2] for p in paragraphs(lines, display_width(INTRO), written=lines)] == [INTRO, DUTY]


def test_a_label_at_the_margin_goes_on_past_a_blank_line():
    """A label in a bracket that goes on; any other colon ending a paragraph leads in (wrap72's ``_leads_in``, which
    reads INTRO above too)."""
    label = "推进政务云平台扩容升级，提升算力资源统筹调度能力和服务水平。（牵头单位："
    lines = [label, "", "市大数据局）"]
    assert [p[2] for p in paragraphs(lines, display_width(label), written=lines)] == [label + "市大数据局）"]


# pages opening with prose that names a column's kind are no sheet spilled over pages (held-out 61's copy)
@pytest.mark.parametrize(
    "pages",
    [
        [
            "（三）成员单位\n区规划资源局负责本区城市更新规划土地管理工作。",
            "更新统筹主体职责。\n街道办事处按照职责分工推进。",
        ],
        ["一、牵头单位\n区发改委负责统筹。", "重点任务。\n区财政局负责保障。"],
    ],
)
def test_prose_opening_pages_is_no_spilled_header(pages):
    assert spilled_pages(pages) == []


def test_a_sheet_spilled_over_pages_is_still_found():
    pages = [
        "某区台账\n\n类别    序号\n\n 1\n 2",
        "重点任务\n推进改革\n优化服务",
        "牵头单位   配合单位\n区发改局  区财政局",
    ]
    assert spilled_pages(pages) == [0, 1, 2]


# held-out 65's paragraph of bodies after dashes, hard-wrapped: a dash's units at a full line's end run on
MAPPED = [
    "（三）项目实施主体",
    "",
    "市区重大市政项目、区级以上公益性项目——区相关职能部门；区域性建设项目、市区保障房项",
    "目或经营性储备项目——区级集团公司和区土地储备中心；“城中村”改造项目——乡镇人民政府",
    "或委托的开发企业；乡镇级财力其他公益性项目——乡镇人民政府，负责项目前期手续办理工",
    "作。包括:落实项目立项、土地预审、规划、定界、征地、资金拨付、房源筹措等征收工作所需各",
    "项前期手续。",
]
FILLER = "推进城市更新项目实施，负责调解更新活动中的矛盾纠纷，维护城市更新活动正常秩序和安全。"


def _leads(lines: list[str]) -> list[list[str]]:
    doc = parse_document("\n".join(lines), path="plan.txt")
    return [[u.raw for u in m.leads] for w in doc.workplans for m in w.measures]


def test_a_dash_s_units_running_on_over_a_line_end_are_no_attribution():
    lines = ["某区征收工作实施方案", "", "一、工作职责", "", *MAPPED, "", FILLER, "", FILLER]
    assert ["区相关职能部门", "区土地储备中心", "乡镇人民政府"] in _leads(lines)


@pytest.mark.parametrize(
    ("after", "kept"),
    [("2.开展全面排查，按期完成。", True), ("", True)],
    ids=["next-item", "blank"],
)
def test_a_dash_attribution_at_a_full_line_s_end_stays_before_an_item_or_a_blank(after, kept):
    line = "1.启动城市更新项目招标采购和前期手续办理工作，推进城市更新项目实施——区建设管理委"
    lines = ["某区城市更新工作要点", "", line, after, FILLER, "", FILLER, "", FILLER, "", FILLER]
    assert (["区建设管理委"] in _leads(lines)) is kept

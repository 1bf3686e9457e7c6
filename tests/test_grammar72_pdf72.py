"""Round 72 pdf72: a PDF's lines read in the order their pieces stand on the page (``loaders/pdf_order.py``).

LibreOffice prints a line font by font: the quotation marks “ ” (a Latin font) are drawn after the Chinese pieces
around them, at their own places, and pypdf's layout joined them in the order drawn (``推进144 “个15 ”分钟`` for
``推进144个“15分钟”``): 18 of the 23 strict xfails of test_grammar71_meta71b's ``libreoffice-pdf`` copies, which now
read as their plans there (the whole plans' test). Here the rule on small pages drawn in Courier (each glyph 0.6 of
the size wide, so that pieces meet exactly), and its guards: a line drawn in order, a bold drawn twice, text drawn
over text and a rotated piece read as pypdf reads them; a line whose marks are in place keeps them
(``formats_pdf._placed``).
"""

from __future__ import annotations

import io

import pytest
from support.fuzzing import one_page_pdf

from reformgraph.loaders import pdf_order
from reformgraph.loaders.formats_pdf import _placed, requote
from reformgraph.loaders.pdf_columns import laid_out
from reformgraph.loaders.pdf_order import Piece, in_place, reordered

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

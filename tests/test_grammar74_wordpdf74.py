"""Round 74 wordpdf74: a real plan as an office prints it (metamorphic tests, after round 71 meta71b's PDF).

Each of the real and held-out plans whose expected file holds (test_grammar70_meta70's ``PLANS``, 98 since round 75) is written as
an office's GB/T 9704-like Word document (``metamorphic.as_printed_docx``: 仿宋 body, 小标宋 title, the title in the
page header, ``- N -`` in the footer, a markdown table a Word table, the annex a landscape section) and printed to
PDF by LibreOffice; the PDF is read through the PDF reader and compared with the plan's expected file, the
expected tasks' lines found in its text layer (``metamorphic.aligned_where``), as test_grammar71_meta71b's
``libreoffice-pdf`` is. The PDFs are made once, in one run of LibreOffice, into a folder of the system's temporary
folder kept between runs (by the plan's SHA-256); skipped where LibreOffice Writer is absent.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import test_grammar71_meta71b
from support import metamorphic
from test_grammar70_meta70 import PLANS, YOU_CLAUSE_LINE, copy_cases, xfails_are_cases
from test_grammar70_meta70 import copy_compared as meta70_compared
from test_grammar71_meta71b import libreoffice_pdf

from reformgraph.loaders import formats_pdf

WORD_PDF_CACHE = Path(tempfile.gettempdir()) / "reformgraph-metamorphic-word-pdf"


def word_pdf(text: str, index: int) -> metamorphic.Copy:
    """The plan as an office's Word document printed by LibreOffice: the PDF's bytes, its lines the text layer's."""
    return libreoffice_pdf(text, index, WORD_PDF_CACHE, metamorphic.as_printed_docx)


@pytest.fixture
def layer_read_once(monkeypatch):
    """The PDF reader's text layer of a copy read once for the transform's line map and the reader (a third of a
    printed plan's time: ``formats_pdf.pdf_pages``), while a test runs; with a legend or other limits, as before."""
    real, kept = formats_pdf.pdf_pages, {}

    def pages(data: bytes, *, path: str, limits=formats_pdf.DEFAULT_LIMITS, legend=None) -> list[str]:
        if legend is not None or limits is not formats_pdf.DEFAULT_LIMITS:
            return real(data, path=path, limits=limits, legend=legend)
        if data not in kept:
            kept[data] = real(data, path=path)
        return list(kept[data])

    monkeypatch.setattr(formats_pdf, "pdf_pages", pages)
    monkeypatch.setattr(test_grammar71_meta71b, "pdf_pages", pages)


TRANSFORMS = {"word-pdf": word_pdf}
# transform/plan → why its copy does not read as the plan yet
NOT_YET_READ: dict[str, str] = {
    # real 11, held-out 04, 05, 22, 23, 34 and 74: read by round 75 wordpdf75 (a width a section, a label word the margin cut)
    # held-out 84, 24 and 82: read by round 76 printed76 (a quotation left open at a justified line's end goes on; a
    # table's header written one name a line is no sheet spilled over its pages; a wider section in a text of one
    # width; a page's blank foot and head part no flattened table's cells)
    # word-pdf/heldout-100 and 101 read since round 81 sweep81 (test_grammar70_meta70's note)
    "word-pdf/heldout-104": YOU_CLAUSE_LINE,
}


def _cases():
    return copy_cases(TRANSFORMS, NOT_YET_READ, TRANSFORMS)


def copy_compared(expected: Path, index: int, transform: str) -> tuple[list[tuple], list[tuple]]:
    """(the copy's reading, the expected file's mapped to the copy) of one plan: meta70's comparison, handed this
    module's transform."""
    return meta70_compared(expected, index, transform, copying=TRANSFORMS[transform])


@pytest.mark.parametrize(("expected", "index", "transform"), list(_cases()))
def test_a_printed_copy_reads_as_the_plan(expected: Path, index: int, transform: str, layer_read_once):
    read, written = copy_compared(expected, index, transform)
    assert read == written


def test_every_plan_is_printed():
    """Every plan test_grammar70_meta70 copies (122 since round 81; 116 since round 80; 110 since round 79); each strict xfail is a case of the module."""
    assert len(PLANS) == 122
    assert len(list(_cases())) == len(PLANS)
    xfails_are_cases(_cases(), NOT_YET_READ)


# ---- a running head of a section's own, and a head's short last line (formats_pdf.without_running_lines) ----

PORTRAIT_HEAD = ["某区人民政府办公室关于转发区建设管理委《某区", "城市更新行动方案》的通知"]
WIDE_HEAD = "某区人民政府办公室关于转发区建设管理委《某区城市更新行动方案》的通知"


def test_a_landscape_sections_own_head_goes_though_fewer_than_half_the_pages_hold_it():
    """Five portrait pages whose header wraps the title over two lines and four landscape pages (the annex's
    section) holding it on one: the annex's head, on four pages in a row, goes too (before: fewer than half the
    pages held it, and it was read as the first words of the annex's tasks, held-out 05's printed copy)."""
    from reformgraph.loaders.formats_pdf import without_running_lines

    pages = [f"{PORTRAIT_HEAD[0]}\n{PORTRAIT_HEAD[1]}\n{w}一节的正文" for w in "甲乙丙丁戊"]
    pages += [f"{WIDE_HEAD}\n{w}项任务" for w in "子丑寅卯"]
    assert without_running_lines(pages) == [f"{w}一节的正文" for w in "甲乙丙丁戊"] + [f"{w}项任务" for w in "子丑寅卯"]


def test_a_line_two_pages_in_a_row_open_with_stays():
    """Guard: a line two pages in a row open with, of nine, is no section's head (a paragraph's words can repeat so);
    nor are lines on three pages not in a row."""
    from reformgraph.loaders.formats_pdf import without_running_lines

    same = "推进老旧小区综合改造工作"
    pages = [f"{w}一节的正文" for w in "甲乙丙丁戊己庚辛壬"]
    two = [same + "\n" + p if k in (3, 4) else p for k, p in enumerate(pages)]
    assert without_running_lines(two) == two
    apart = [same + "\n" + p if k in (1, 4, 7) else p for k, p in enumerate(pages)]
    assert without_running_lines(apart) == apart


def test_a_titles_last_line_in_the_header_goes_however_short():
    """A title the header wraps over three lines, its last ``知``: once the head's first line went, the lines under
    it that the pages share go however short (before: ``知`` joined the first words of each page, real 13)."""
    from reformgraph.loaders.formats_pdf import without_running_lines

    head = "某市交通委员会、某市发展和改革委员会关于印发\n《某市交通领域光伏推广应用实施方案》的通\n知"
    pages = [f"{head}\n{w}一节的正文" for w in "甲乙丙丁"]
    assert without_running_lines(pages) == [f"{w}一节的正文" for w in "甲乙丙丁"]
    # guard: a short line alone at the pages' top, with no head above it, stays (a page's first word)
    short = [f"知\n{w}一节的正文" for w in "甲乙丙丁"]
    assert without_running_lines(short) == short


# ---- a wrapped sentence's tail at a page's top is no header's cell (pdf_spill.header_kinds) ----


def test_a_sentences_tail_opening_pages_is_no_sheet_spilled_over_them():
    """Two pages opening with the tails of sentences wrapped over the page break, one naming 牵头单位 and the next
    负责: prose, so no sheet spilled over them (before: real 07's printed copy was read as one, its pages 2-3 left
    out and its tasks' units joined)."""
    from reformgraph.loaders.pdf_spill import spilled_pages

    pages = [
        "一、任务\n（一）加大稳岗支持力度。……（人力资源社会保障部、财政部负责。列第",
        "一位者为牵头单位，下同）\n（二）发挥政府性融资担保机构作用。",
        "府按职责分工负责）\n（三）扩大就业见习补贴范围。",
    ]
    assert spilled_pages(pages) == []
    # guard: a sheet printed column block by column block is still one, its header's names bracketed or not
    sheet = ["某区台账\n序号（编号）    重点任务\n1  推进改革", "牵头单位（部门）   配合单位\n区发改局  区财政局"]
    assert spilled_pages(sheet) == [0, 1]


# ---- a first line's indent takes room (wrapped.next_would_fit) and opens a paragraph (wrapped.indented_under) ----


def test_an_indented_unit_cell_full_to_the_margin_goes_on():
    """A unit cell printed from a Word table's paragraph, its first line indented: ``市市`` / ``场监管局`` is one
    name cut at the margin (before: read as a list ended short, ``市市`` and ``场监管局`` two units, real 13)."""
    from reformgraph.loaders.wrapped import next_would_fit

    line = "市交通委、市住房城乡建设管理委、市发展改革委、市市"
    assert not next_would_fit(line, 52, "场监管局", "  " + line)
    assert next_would_fit(line, 52, "场监管局", line)  # guard: flush left, the next name would have fitted


def test_a_sentence_ending_at_the_margin_over_an_indented_line_ends_its_paragraph():
    """GB/T 9704 sets paragraphs apart by their first line's indent alone: a sentence ending at the margin, flush
    left, over a line indented two characters ends its paragraph (before: real 05's ``…积极推动本意见贯彻落实。`` ran
    on into ``海关总署要继续做好牵头工作…``, the task's text the paragraph above's)."""
    from reformgraph.loaders.wrapped import paragraphs

    written = [
        "  各地区各有关部门要充分认识重要意义，切实",
        "强化组织领导，加强协同配合，推动贯彻落实。",
        "  海关总署要继续做好牵头工作。",
    ]
    compact = [line.strip() for line in written]
    assert [p[:2] for p in paragraphs(compact, 40, written=written)] == [(0, 1), (2, 2)]
    # guards: the next line flush left goes on as before; a line ending no sentence goes on over an indented one
    flush = [*written[:2], "海关总署要继续做好牵头工作。"]
    assert [p[:2] for p in paragraphs(compact, 40, written=flush)] == [(0, 2)]
    open_ = [written[0], "强化组织领导，加强协同配合，推动贯彻落实的", "  海关总署要继续做好牵头工作。"]
    assert [p[:2] for p in paragraphs([s.strip() for s in open_], 40, written=open_)] == [(0, 2)]

"""Round 74 meta74: a real plan in four more forms it reaches users in (metamorphic tests, after rounds 70–73).

Each of the real and held-out plans whose expected file holds (test_grammar70_meta70's ``PLANS``, 98 since round 75) is copied
by each transform and the copy's reading compared with the plan's expected file, the expected tasks' lines mapped
through the copy's map of lines, as test_grammar70_meta70 does:

- ``sheet-pasted``: the plan pasted from Word into a WPS 表格/Excel sheet (.xlsx), one paragraph a row in column A,
  or each row merged across A:H and wrapped, one a plan (``metamorphic.as_pasted_sheet``); a line's copy its row.
- ``form-docx``: the plan typed into a Word template of content controls (its title and body in ``w:sdt``), each
  bracket assigning units in a control of its own or in an inline text box (Word's shape and its VML fallback),
  one a plan (``metamorphic.as_form_docx``).
- ``odt-tracked``: a LibreOffice/WPS draft saved as .odt with its changes recorded (an inserted unit, a deleted
  one, a deleted paragraph: ``metamorphic.as_tracked_odt``); the reader's LibreOffice conversion of each copy made
  once, in one run, into test_grammar72_meta72's cache in the system temporary folder (by the copy's SHA-256) and
  served from there. Skipped where LibreOffice Writer is absent.
- ``xiumi``: the plan as a WeChat article laid out in an editor (秀米, 135编辑器): a ``<section>`` a paragraph, its
  text in spans of a few characters, an emoji before each part's heading, 审核 under 来源 and 编辑, one of two
  editors' spans a plan (``metamorphic.as_xiumi_page``); a line's copy its place among the shown lines.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from support import metamorphic
from support.expected_files import document_path
from support.office import locked_folder
from test_grammar70_meta70 import PLANS, copy_cases, xfails_are_cases
from test_grammar70_meta70 import copy_compared as meta70_compared
from test_grammar72_meta72 import OFFICE_CACHE, converted_back, served
from test_grammar73_meta73 import _read

from reformgraph.loaders import formats_doc, formats_odf

TRACKED_ODT = "odt-tracked"  # the cache's folder of the reader's conversions: OFFICE_CACHE / "odt-tracked-read"


@cache
def _tracked_read() -> None:
    """The reader's conversions of every plan's tracked .odt copy (to .docx, as ``formats_odf`` converts it), those
    not in the cache yet, in one run of LibreOffice (under test_grammar72_meta72's lock)."""
    with locked_folder(OFFICE_CACHE):
        texts = (document_path(expected).read_text(encoding="utf-8") for expected in PLANS)
        converted_back((metamorphic.as_tracked_odt(text).data for text in texts), "odt", TRACKED_ODT + "-read")


def _tracked_odt(text: str, index: int) -> metamorphic.Copy:
    _tracked_read()
    return metamorphic.as_tracked_odt(text)


TRANSFORMS = {
    "sheet-pasted": lambda text, index: metamorphic.as_pasted_sheet(text, index % 2),
    "form-docx": lambda text, index: metamorphic.as_form_docx(text, index % 2),
    TRACKED_ODT: _tracked_odt,
    "xiumi": lambda text, index: metamorphic.as_xiumi_page(text, index % 2),
}
# transform/plan → why its copy does not read as the plan yet
NOT_YET_READ: dict[str, str] = {
    # xiumi/heldout-82 read since round 75 rows75 (flat_tables._rows_by_shape: rows by the cells' shapes)
}


def _cases():
    return copy_cases(TRANSFORMS, NOT_YET_READ, (TRACKED_ODT,))


def copy_compared(expected: Path, index: int, transform: str) -> tuple[list[tuple], list[tuple]]:
    """(the copy's reading, the expected file's mapped to the copy) of one plan and transform: meta70's comparison,
    handed this module's transform."""
    return meta70_compared(expected, index, transform, copying=TRANSFORMS[transform])


@pytest.fixture
def served_conversions(monkeypatch):
    """The reader's LibreOffice conversions of the tracked .odt copies served from the cache ``_tracked_read``
    fills (by the copy's SHA-256); any other source converted as before."""
    monkeypatch.setattr(formats_odf, "soffice_converted", served(formats_odf.soffice_converted, (TRACKED_ODT,)))
    monkeypatch.setattr(formats_doc, "soffice_converted", served(formats_doc.soffice_converted, (TRACKED_ODT,)))


@pytest.mark.parametrize(("expected", "index", "transform"), list(_cases()))
def test_a_copy_reads_as_the_plan(expected: Path, index: int, transform: str, served_conversions):
    read, written = copy_compared(expected, index, transform)
    assert read == written


def test_every_plan_is_copied_by_each_transform():
    """Every plan test_grammar70_meta70 copies (122 since round 81; 116 since round 80; 110 since round 79) by each transform; each strict xfail is a case of the module."""
    assert len(PLANS) == 122
    assert len(list(_cases())) == len(TRANSFORMS) * len(PLANS)
    xfails_are_cases(_cases(), NOT_YET_READ)


PLAN = [
    "某区2024年营商环境优化重点任务",
    "",
    "一、重点任务",
    "",
    "1.推进政务服务“一网通办”。（牵头单位：区政务服务中心）",
    "2.优化企业开办流程，年底前完成。（牵头单位：区市场监管局；配合单位：区税务局）",
]
PLAN_TASKS = [
    (5, "推进政务服务“一网通", ["区政务服务中心"], []),
    (6, "优化企业开办流程，年", ["区市场监管局"], ["区税务局"]),
]


# ---- a document pasted into a sheet (sheets.pasted_text, in document_from_sheets) ----


@pytest.mark.parametrize("variant", [0, 1])
def test_a_plan_pasted_into_a_sheet_is_read_as_its_text(variant: int):
    """A plan pasted from Word into WPS 表格/Excel, one paragraph a row in column A or merged across A:H: no task
    table (no header row), so its rows are read as the text's lines, a line's number its row's (before: ``no sheet
    holds a task table``, every one of the 93 plans' copies)."""
    copy = metamorphic.as_pasted_sheet("\n".join(PLAN), variant)
    assert _read(copy.data, "重点任务.xlsx") == PLAN_TASKS


def test_a_sheet_of_tables_or_of_no_assignment_reads_as_before():
    """Guards: a task table is read as a table (a row of two values is no pasted text); a sheet of one column
    assigning nothing (a list of names) is the workbook's error as before; two written rows are too few."""
    import io

    import openpyxl

    from reformgraph.errors import DocumentError
    from reformgraph.loaders.read import parse_bytes
    from reformgraph.loaders.sheets import NO_TASK_TABLE, pasted_text

    def book(rows) -> bytes:
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()

    table = book([["序号", "重点任务", "牵头单位"], [1, "优化企业开办流程", "区市场监管局"]])
    assert _read(table, "台账.xlsx") == [(2, "优化企业开办流程", ["区市场监管局"], [])]
    names = book([["联系人名单"], ["区发改委"], ["区财政局"], ["区市场监管局"]])
    with pytest.raises(DocumentError) as raised:
        parse_bytes(names, path="名单.xlsx")
    assert str(raised.value) == f"名单.xlsx: {NO_TASK_TABLE}"
    assert pasted_text([("Sheet1", [["一、任务"], ["1.推进改革（牵头单位：区发改委）"]])]) is None


# ---- an inline text box (formats_docx.inline_box) ----

_FORM = metamorphic._FORM_NAMESPACES


def _boxed(words: str, bracket: str, anchor: bool = False) -> str:
    box = metamorphic._inline_text_box(bracket, 7)
    if anchor:
        box = box.replace("<wp:inline ", "<wp:anchor ").replace("</wp:inline>", "</wp:anchor>")
    return f"<w:p>{metamorphic._run(words)}{box}</w:p>"


def _form(paragraphs: list[str]) -> bytes:
    from support.hostile import rewrite_member

    data = metamorphic._docx_of(paragraphs)
    return rewrite_member(
        data, "word/document.xml", lambda old: old.replace("<w:document ", f"<w:document {_FORM} ", 1)
    )


def test_an_inline_text_boxs_words_are_read_where_it_sits():
    """A unit bracket in an inline text box (嵌入型: Word's shape, and its VML fallback holding the same words): read
    in its paragraph's line where it sits, once (before: a paragraph of its own after the task's, the task
    unassigned, in 15 of the 93 plans' form copies; real 01's two tasks a line)."""
    from reformgraph.loaders.formats_docx import docx_content

    first, second = PLAN[4], PLAN[5]
    cut = first.index("（")
    paragraphs = [metamorphic._run(line) for line in PLAN[:4]]
    data = _form(
        [
            *(f"<w:p>{r}</w:p>" for r in paragraphs),
            _boxed(first[:cut], first[cut:]),
            f"<w:p>{metamorphic._run(second)}</w:p>",
        ]
    )
    assert docx_content(data, path="x.docx")[0] == PLAN
    assert _read(data, "x.docx") == PLAN_TASKS


def test_a_floating_text_box_is_a_paragraph_after_its_anchor():
    """Guard: a floating text box (``wp:anchor``: 浮于文字上方, 四周型) is a paragraph of its own after the one it is
    anchored in, as before; its VML fallback is not read."""
    from reformgraph.loaders.formats_docx import docx_content

    data = _form([_boxed("1.推进改革。", "（牵头单位：区发改委）", anchor=True)])
    assert docx_content(data, path="x.docx")[0] == ["1.推进改革。", "（牵头单位：区发改委）"]


# ---- an emoji before a heading in a web page (formats_html.without_leading_emoji) ----


def test_an_emoji_before_a_part_heading_is_no_word_of_it():
    """秀米/135编辑器's ``📌四、保障措施``: the heading's number opens the line, so the part's heading is a heading
    (before: its words opened the next task's text, in 13 of the 93 plans' copies)."""
    from reformgraph.loaders.formats_html import html_lines

    page = "<html><body><section><p><span>📌</span><span>一、重点</span><span>任务</span></p></section>"
    page += "".join(f"<p>{line}</p>" for line in PLAN[4:]) + "</body></html>"
    assert html_lines(page.encode())[:2] == ["一、重点任务", PLAN[4]]


def test_marks_that_are_words_stay():
    """Guards: a legend's ★ (2600s, not an emoji), a keycap 1️⃣ and a line of an emoji alone are kept."""
    from reformgraph.loaders.formats_html import html_lines

    page = "<html><body><p>★区商务局</p><p>1️⃣推进改革</p><p>👍</p></body></html>"
    assert html_lines(page.encode()) == ["★区商务局", "1️⃣推进改革", "👍"]

"""Round 47, files10: file formats' left-overs and probes.

The files are made by ``tests/fixtures/round47/files10/make_fixtures.py`` (python-docx with tracked deletions and
moves, content controls; openpyxl with a hidden column and formulas, their values cached by LibreOffice; a GB18030
.csv, a portal page and a full-width bar table written by hand; LibreOffice's .odt, .pdf and .xls); each file's
expected reading is its ``NN-name.expected.json`` (tests/fixtures/real/SPEC.md), written by reading the file before
the parser ran. The focused tests below are small inputs of each rule (docs/loader.md, round 47).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.spaced_tables import spaced_tables
from tests.support.expected_files import compared
from tests.support.readings import task_rows

FIXTURES = Path(__file__).parent / "fixtures" / "round47" / "files10"
NEEDS_SOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="needs libreoffice-writer-nogui")
_CONVERTED = ("07-",)  # an .odt is read through LibreOffice
# what the loaders do not read yet (docs/loader.md, round 47's Left)
NOT_YET_READ = {
    "09-district-narrow": "a borderless sheet printed with its columns too narrow: pypdf's text glues a row's number "
    "to its task (1新建…), and a clipped name (区住房城乡建, 区公安分局交) is no unit to the spaced tables' reader",
}


def _cases():
    for path in sorted(FIXTURES.glob("*.expected.json")):
        name = path.name.removesuffix(".expected.json")
        marks = [NEEDS_SOFFICE] if path.name.startswith(_CONVERTED) else []
        if name in NOT_YET_READ:
            marks.append(pytest.mark.xfail(strict=True, reason=NOT_YET_READ[name]))
        yield pytest.param(path, marks=marks, id=name)


@pytest.mark.parametrize("expected_path", list(_cases()))
def test_a_file_reads_as_written_by_hand(expected_path: Path):
    read, written = compared(expected_path)
    assert read == written


# ---- a full-width bar table whose header names its unit columns by their roles alone -----------------------------


def test_a_full_width_bar_table_with_role_columns_is_read():
    text = (
        "某市2025年消费提振行动方案\n\n"
        "｜序号｜重点任务｜牵头｜配合｜完成时限｜\n"
        "｜１｜开展汽车以旧换新补贴活动。｜市商务局｜市财政局、市公安局｜2025年12月底前｜\n"
        "｜２｜举办四季消费节。｜市商务局｜各县（市、区）人民政府｜每季度｜\n"
    )
    assert task_rows(parse_document(text)) == [
        ("开展汽车以旧换新补贴活动。", ["市商务局"], ["市财政局", "市公安局"], "2025-12"),
        ("举办四季消费节。", ["市商务局"], ["各县（市、区）人民政府"], None),
    ]


def test_bars_of_a_portal_trail_are_no_table():
    text = "首页｜政务公开｜政策文件\n\n某区方案\n\n1.推进改革。（区发展改革委牵头，区财政局配合）\n"
    assert task_rows(parse_document(text)) == [("推进改革。", ["区发展改革委"], ["区财政局"], None)]


def test_the_bundled_plan_holds_no_full_width_bar():
    # the bar's search costs 0.3 M instructions of the bundled parse; a plan without one reads no bar table
    text = decode_text(BUNDLED_DOCUMENT.read_bytes())
    assert "｜" not in text
    assert spaced_tables(Source.from_text(text[:20000])) == []


# ---- a sheet's cell clipped at its edge, printed to PDF: its last glyph overlaps the next cell ---------------------


def test_a_clipped_cell_is_set_apart_from_the_next_in_a_pdfs_text():
    from reformgraph.loaders.formats_pdf import pdf_text

    text = pdf_text((FIXTURES / "09-district-narrow.pdf").read_bytes(), path="09-district-narrow.pdf")
    lines = text.splitlines()
    assert lines[3].split() == ["2改造老旧小区15个", "区住房城乡建", "各街道办事处", "###"]
    assert lines[4].split() == ["3新增公共停车泊位800个", "区城市管理局", "区公安分局交", "###"]
    assert "新建公办幼儿园2所" in lines[2]  # pieces that meet end to start (prose, a number in a name) stay one word

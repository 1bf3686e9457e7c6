"""Hostile and broken files: each becomes one error line naming the limit, never a hang or a traceback.

The regression cases of issue 14 (a 6 KB .xlsx whose merge covers the whole sheet, 74 KB of
nested HTML tables, exceptions that escaped the .docx/.xlsx/.csv/.pdf readers) are built in
tests/support/hostile.py. Each test has a time-out far above what the file now takes, so a
return of the old blow-up fails the test instead of freezing the suite; no test asserts a speed.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from support import hostile

from reformgraph.errors import DocumentLimitError, ReformGraphError
from reformgraph.loaders.limits import Limits
from reformgraph.loaders.read import parse_bytes, read_document

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize("label", list(hostile.HOSTILE))
def test_hostile_input_is_one_clear_error(label):
    build, expected = hostile.HOSTILE[label]
    name, data = build()
    with pytest.raises(ReformGraphError) as info:
        parse_bytes(data, path=name)
    message = str(info.value)
    assert message.startswith(name + ":") and expected in message, message
    assert "\n" not in message and len(message) < 400


@pytest.mark.parametrize("label", ["xlsx far corner", "docx gridSpan bomb", "html nested tables", "pdf flate bomb"])
def test_the_command_line_prints_exactly_one_line(tmp_path, label):
    name, data = hostile.HOSTILE[label][0]()
    path = tmp_path / name
    path.write_bytes(data)
    run = subprocess.run(
        [sys.executable, "-m", "reformgraph", "build", str(path), "--json", str(tmp_path / "g.json")],
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and run.stderr.startswith(f"error: {path}:"), run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "g.json").exists()
    assert path.read_bytes() == data


def test_limit_errors_carry_the_limit_and_its_value():
    name, data = hostile.xlsx_far_corner()
    with pytest.raises(DocumentLimitError) as info:
        parse_bytes(data, path=name)
    assert (info.value.limit, info.value.maximum) == ("cells", 1_000_000)


# ---- each limit, with a small value so the mechanism is visible ------------------------------------------


def test_cells_and_merged_cells_of_an_xls(tmp_path):
    from pathlib import Path

    data = (Path(__file__).parent / "fixtures" / "formats" / "tasks.xls").read_bytes()
    with pytest.raises(
        DocumentLimitError, match=r"^t\.xls: sheet '任务': used range A1:E6 holds 30 cells; the limit is 29 cells$"
    ):
        parse_bytes(data, path="t.xls", limits=Limits(cells=29))
    with pytest.raises(DocumentLimitError, match=r"^t\.xls: the sheets hold 36 cells; the limit is 35 cells$"):
        parse_bytes(data, path="t.xls", limits=Limits(cells=35))
    with pytest.raises(DocumentLimitError, match=r"merged ranges cover 7 merged cells; the limit is 6 merged cells$"):
        parse_bytes(data, path="t.xls", limits=Limits(merged_cells=6))


def test_line_length_of_a_cell_names_the_cell():
    data = hostile.xlsx_bytes([hostile.TASK_HEADER, ["1", "任务" * 30, "区大数据局", "", ""]])
    with pytest.raises(
        DocumentLimitError, match=r"^t\.xlsx:Sheet!B2: cell is 60 characters long; the limit is 50 characters per line$"
    ):
        parse_bytes(data, path="t.xlsx", limits=Limits(line_chars=50))


def test_pages_of_a_pdf():
    name, data = hostile.pdf_pages(3)
    with pytest.raises(DocumentLimitError, match=r"^pages\.pdf: the PDF has 3 pages; the limit is 2 pages$"):
        parse_bytes(data, path=name, limits=Limits(pages=2))


def test_pages_of_an_ofd():
    data = hostile.ofd_bytes([hostile.ofd_page("一、任务")] * 3)
    with pytest.raises(DocumentLimitError, match=r"^p\.ofd: the OFD has 3 pages; the limit is 2 pages$"):
        parse_bytes(data, path="p.ofd", limits=Limits(pages=2))


def test_unpacked_size_and_members_of_a_package():
    data = hostile.docx_bytes()
    with pytest.raises(
        DocumentLimitError, match=r"^p\.docx: its members unpack to [\d,]+ bytes; the limit is 1,000 bytes$"
    ):
        parse_bytes(data, path="p.docx", limits=Limits(unpacked_bytes=1000))
    with pytest.raises(DocumentLimitError, match=r"^p\.docx: the package has \d+ members; the limit is 3 members$"):
        parse_bytes(data, path="p.docx", limits=Limits(zip_members=3))


def test_nesting_depth_of_html_tables():
    page = "<table><tr><td>" * 4 + "x" + "</td></tr></table>" * 4
    with pytest.raises(DocumentLimitError, match=r"^n\.html: tables are nested 4 levels; the limit is 3 levels$"):
        parse_bytes(page.encode(), path="n.html", limits=Limits(depth=3))


def test_text_size_and_file_size(tmp_path):
    text = ("一、重点任务\n" * 10).encode()
    with pytest.raises(DocumentLimitError, match=r"^a\.md: the document holds 70 characters of text; the limit is 69"):
        parse_bytes(text, path="a.md", limits=Limits(text_chars=69))
    (tmp_path / "big.md").write_bytes(text)
    with pytest.raises(DocumentLimitError, match=r"big\.md: the file has 190 bytes; the limit is 189 bytes$"):
        read_document(tmp_path / "big.md", limits=Limits(file_bytes=189))


# ---- the hostile files that must now simply be read --------------------------------------------------------


def test_a_lying_dimension_costs_nothing():
    name, data = hostile.xlsx_lying_dimension()
    doc = parse_bytes(data, path=name)
    assert [m.text for w in doc.workplans for m in w.measures] == ["建设数据平台"]


def test_a_lead_cell_merged_down_three_thousand_rows_is_read_once():
    name, data = hostile.docx_long_vertical_merge(3000)
    doc = parse_bytes(data, path=name)
    measures = [m for w in doc.workplans for m in w.measures]
    assert len(measures) == 3000 and {m.leads[0].raw for m in measures} == {"区大数据局"}


def test_processing_instructions_do_not_make_html_quadratic():
    name, data = hostile.html_processing_instructions()
    with pytest.raises(ReformGraphError, match=r"^pi\.html: "):
        parse_bytes(data, path=name)


def test_a_nul_byte_late_in_a_csv_is_just_a_character():
    name, data = hostile.csv_nul_late()
    doc = parse_bytes(data, path=name)
    measures = [m for w in doc.workplans for m in w.measures]
    assert [m.text for m in measures[:2]] == ["建设平台1", "建设平台2"] and measures[-1].text == "\x00"

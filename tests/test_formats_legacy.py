"""Formats governments still send: .doc/.wps through a Debian converter, .xls/.et with xlrd, OFD, OpenDocument
(.odt/.ods through LibreOffice), misnamed files.

The fixtures in tests/fixtures/formats/ were made by real tools (make_fixtures.py says how);
the expected readings below are what their text says, written out by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.hostile import OFD_NS, docx_bytes, ofd_bytes, xlsx_bytes

from reformgraph.errors import DocumentError, MissingConverterError
from reformgraph.loaders import formats_doc
from reformgraph.loaders.formats_ofd import ofd_lines, ofd_text
from reformgraph.loaders.pipeline import build_from_paths
from reformgraph.loaders.read import format_of, parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "formats"

PLAN = [
    (
        "重点任务",
        [
            (
                "推进老旧管网改造，完成燃气、供水管网更新改造，2026年底前完成。",
                ["区建设管理委"],
                ["区水务局", "各街镇"],
                "2026-12",
            ),
            ("落实城市更新资金保障，统筹用好各级专项资金。", ["区财政局"], ["区税务局"], None),
            ("开展既有多层住宅加装电梯，2025年12月底前完成100台。", ["区房屋管理局"], ["各街镇"], "2025-12"),
        ],
    ),
    ("保障措施", [("加强督查考核，2025年9月底前完成中期评估。", ["区政府办"], [], "2025-09")]),
]
TASK_TABLE = [
    (
        "某区2025年营商环境任务分解表",
        [
            ("建设数据共享平台", ["区大数据局"], ["区财政局", "区税务局"], "2025-12"),
            ("推行企业开办一网通办", ["区大数据局"], ["区政务服务中心"], "2026-06"),  # the merged lead cell
            ("清理规范证明事项", ["区司法局"], ["各街镇"], None),
        ],
    )
]


def summary(doc):
    return [
        (
            w.title,
            [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in w.measures],
        )
        for w in doc.workplans
    ]


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def need(converter: str) -> None:
    if shutil.which(converter) is None:
        pytest.skip(
            f"{converter} not installed: apt-get install {formats_doc.PACKAGES[converter]} "
            "(or `make system-deps` as root) to test reading .doc/.wps through it"
        )


# ---- .doc / .wps ------------------------------------------------------------------------------------


@pytest.mark.parametrize("converter", ["soffice", "antiword"])
def test_doc_text_plan_through_each_converter(converter, monkeypatch):
    need(converter)
    monkeypatch.setattr(formats_doc, "CONVERTERS", (converter,))
    doc = parse_bytes(fixture("plan.doc"), path="plan.doc")
    assert summary(doc) == PLAN
    assert doc.title == "某区2025年城市更新工作要点"


@pytest.mark.parametrize("converter", ["soffice", "antiword"])
def test_wps_task_table_keeps_its_table_and_merged_cell(converter, monkeypatch):
    need(converter)
    monkeypatch.setattr(formats_doc, "CONVERTERS", (converter,))
    assert summary(parse_bytes(fixture("tasks.wps"), path="tasks.wps")) == TASK_TABLE


def test_catdoc_reads_the_text_of_a_doc():
    need("catdoc")
    lines, tables = formats_doc.doc_content(fixture("plan.doc"), path="plan.doc", converters=("catdoc",))
    assert "一、重点任务" in lines and tables == []


def test_no_converter_is_one_line_naming_the_debian_package():
    with pytest.raises(MissingConverterError) as info:
        formats_doc.doc_content(fixture("plan.doc"), path="plan.doc", converters=("no-such-converter-xyz",))
    assert info.value.package == "libreoffice-writer-nogui"
    assert str(info.value) == f"plan.doc: {formats_doc.MISSING}"


def test_a_failing_converter_hands_over_to_the_next(tmp_path, monkeypatch):
    need("antiword")
    broken = tmp_path / "soffice"
    broken.write_text("#!/bin/sh\necho 'cannot start' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{Path(shutil.which('antiword')).parent}")
    lines, _ = formats_doc.doc_content(fixture("plan.doc"), path="plan.doc", converters=("soffice", "antiword"))
    assert "一、重点任务" in lines


def test_every_converter_failing_names_each_reason(tmp_path, monkeypatch):
    for name in ("soffice", "antiword"):
        script = tmp_path / name
        script.write_text(f"#!/bin/sh\necho '{name} broke' >&2\nexit 2\n")
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DocumentError) as info:
        formats_doc.doc_content(fixture("plan.doc"), path="p.doc", converters=("soffice", "antiword"))
    assert str(info.value) == (
        "p.doc: not a readable Word/WPS document (soffice exited with 2: soffice broke; antiword exited with 2: antiword broke)"
    )


def test_a_hung_converter_is_killed_at_the_time_limit(tmp_path, monkeypatch):
    from reformgraph.errors import DocumentLimitError
    from reformgraph.loaders.limits import Limits

    script = tmp_path / "antiword"
    pid_file = tmp_path / "child.pid"
    script.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {pid_file}\nwait\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    with pytest.raises(DocumentLimitError) as info:
        formats_doc.doc_content(
            fixture("plan.doc"), path="p.doc", converters=("antiword",), limits=Limits(converter_seconds=1)
        )
    assert str(info.value) == "p.doc: antiword did not finish converting; the limit is 1 seconds"
    child = int(pid_file.read_text())
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]


# ---- .odt / .ods ----------------------------------------------------------------------------------------


def test_odt_reads_like_the_same_plan_as_doc():
    need("soffice")
    doc = parse_bytes(fixture("plan.odt"), path="plan.odt")
    assert summary(doc) == PLAN
    assert doc.title == "某区2025年城市更新工作要点"


def test_ods_keeps_its_merged_cells_and_date_cell():
    need("soffice")
    doc = parse_bytes(fixture("tasks.ods"), path="tasks.ods")
    assert summary(doc) == [
        (
            "某区优化营商环境任务分解表",
            [
                ("清理证明事项", ["区司法局", "区公安分局"], [], "2025-06"),
                ("压缩审批时限", ["区政务服务中心"], ["区住房城乡建委"], None),
                ("推进项目审批", ["区发展改革委"], [], "2025-09-30"),
                ("开展联合验收", ["区发展改革委"], [], "2025-09-30"),  # merged unit and deadline cells
            ],
        )
    ]


def test_opendocument_without_libreoffice_is_one_line_naming_the_package(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(MissingConverterError) as info:
        parse_bytes(fixture("tasks.ods"), path="tasks.ods")
    assert info.value.package == "libreoffice-calc-nogui"
    assert str(info.value) == (
        "tasks.ods: reading OpenDocument .ods files needs LibreOffice: install the Debian package "
        "libreoffice-calc-nogui, or save the file as .xlsx"
    )


def test_an_opendocument_file_libreoffice_cannot_open_is_one_line(tmp_path, monkeypatch):
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\nexit 0\n")  # writes nothing
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DocumentError) as info:
        parse_bytes(fixture("plan.odt"), path="plan.odt")
    assert str(info.value) == (
        "plan.odt: not a readable OpenDocument .odt file (LibreOffice wrote no .docx (not a file it can open))"
    )


# ---- .mht ----------------------------------------------------------------------------------------------


def test_a_web_archive_reads_its_page():
    doc = parse_bytes(fixture("plan.mht"), path="plan.mht")
    assert summary(doc) == [("重点任务", [("稳定粮食播种面积。", ["市农业农村局"], ["市财政局"], "2025-10")])]


def test_a_web_archive_with_no_page_is_one_line():
    data = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n--B\r\nContent-Type: image/png\r\n\r\nx\r\n--B--\r\n"
    with pytest.raises(DocumentError) as info:
        parse_bytes(data, path="a.mht")
    assert str(info.value) == "a.mht: a web archive (.mht) holding no HTML page"


# ---- .xls / .et ---------------------------------------------------------------------------------------


def test_xls_with_merged_cells_and_a_date_cell():
    doc = parse_bytes(fixture("tasks.xls"), path="tasks.xls")
    assert doc.title == "某区优化营商环境任务分解表"
    assert summary(doc) == [
        (
            "某区优化营商环境任务分解表",
            [
                ("清理证明事项", ["区司法局", "区公安分局"], [], "2025-06"),  # a lone 责任单位 list: all lead
                ("压缩审批时限", ["区政务服务中心"], ["区住房城乡建委"], None),
                ("推进项目审批", ["区发展改革委"], [], "2025-09-30"),  # a real date cell: 2025年9月30日
                ("开展联合验收", ["区发展改革委"], [], "2025-09-30"),  # merged unit and deadline cells
            ],
        )
    ]
    assert [m.line for m in doc.workplans[0].measures] == [3, 4, 5, 6]


def test_et_reads_like_xls():
    doc = parse_bytes(fixture("tasks.et"), path="tasks.et")
    assert [(m.text, m.deadline.raw) for m in doc.workplans[0].measures][2:] == [
        ("推进项目审批", "2025年第三季度"),
        ("开展联合验收", "2025年第三季度"),
    ]


def test_xlsx_date_cells_are_dates_not_the_year_3000():
    from datetime import datetime

    data = xlsx_bytes(
        [["序号", "工作任务", "牵头单位", "完成时限"], [1, "建设平台", "区大数据局", datetime(2025, 6, 30)]]
    )
    assert summary(parse_bytes(data, path="d.xlsx"))[0][1] == [("建设平台", ["区大数据局"], [], "2025-06-30")]


# ---- OFD -------------------------------------------------------------------------------------------------


def test_ofd_two_pages_out_of_order_pieces_and_a_template():
    data = fixture("plan.ofd")
    assert summary(parse_bytes(data, path="plan.ofd")) == PLAN
    text = ofd_text(data, path="plan.ofd")
    assert "— 1 —" not in text  # the template's page number
    assert (
        "（二）落实城市更新资金保障，统筹用好各级专项资金。（牵头单位：区财政局，配合单位：区税务局）"
        in text.splitlines()
    )


def test_ofd_reading_order_ctm_and_inherited_positions():
    page = (
        f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="1">'
        '<ofd:TextObject ID="2" Boundary="100 50 60 6" Size="4"><ofd:TextCode X="0" Y="4">配合单位：区税务局</ofd:TextCode></ofd:TextObject>'
        '<ofd:TextObject ID="3" Boundary="20 50 60 6" Size="4"><ofd:TextCode X="0" Y="4">牵头单位：区财政局</ofd:TextCode></ofd:TextObject>'
        '<ofd:TextObject ID="4" Boundary="20 30 60 6" Size="2" CTM="2 0 0 2 0 0"><ofd:TextCode X="0" Y="2">一、重点</ofd:TextCode>'
        "<ofd:TextCode>任务</ofd:TextCode></ofd:TextObject>"
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    assert ofd_text(ofd_bytes([page]), path="x.ofd").splitlines() == [
        "一、重点任务",
        "牵头单位：区财政局" + " " * 11 + "配合单位：区税务局",  # at its column: (100 - 20) mm / 4 mm a character
    ]


def test_ofd_lines_break_between_pages():
    assert ofd_lines([(2, 10.0, 0.0, 4.0, "乙"), (1, 90.0, 0.0, 4.0, "甲")]) == ["甲", "", "乙"]


def test_ofd_without_text_says_it_is_a_scan():
    page = f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="1"/></ofd:Content></ofd:Page>'
    with pytest.raises(DocumentError, match=r"^scan\.ofd: OFD with no text \(a scanned document\)"):
        parse_bytes(ofd_bytes([page]), path="scan.ofd")


# ---- content over extension -----------------------------------------------------------------------------


CONTENT_CASES = [
    ("renamed.doc", docx_bytes(), "docx"),  # a .docx saved under the old name
    ("renamed.xls", xlsx_bytes(), "xlsx"),
    ("web.xls", "<html><body><table><tr><td>序号</td></tr></table></body></html>".encode(), "html"),
    ("web.doc", b"<!DOCTYPE html><html><p>x</p></html>", "html"),
    ("rich.doc", b"{\\rtf1\\ansi hello}", "doc"),
    ("plan.txt", b"%PDF-1.7\n...", "pdf"),
    ("plan.unknown", docx_bytes(), "docx"),
    ("plan.md", "一、任务".encode(), "text"),
    ("plan.unknown", fixture("plan.odt"), "odt"),  # the mimetype entry, not the name
    ("tasks.xlsx", fixture("tasks.ods"), "ods"),
    ("plan.doc", fixture("plan.mht"), "mht"),  # Word's web archive saved as .doc
]


# ids named, not made of the bytes: a file made at collection may hold the time it was made (python-docx 1.1.0
# writes it), and two workers that collect different ids stop the run
@pytest.mark.parametrize("name, data, expected", CONTENT_CASES, ids=[f"{n}->{e}" for n, _, e in CONTENT_CASES])
def test_the_content_chooses_the_reader(name, data, expected):
    assert format_of(name, data) == expected


def test_an_html_table_saved_as_xls_reads_as_a_task_table():
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
        for row in (["序号", "工作任务", "牵头单位"], ["1", "建设平台", "区大数据局"])
    )
    doc = parse_bytes(f"<html><body><table>{rows}</table></body></html>".encode("gbk"), path="export.xls")
    assert summary(doc)[0][1] == [("建设平台", ["区大数据局"], [], None)]


def test_build_reads_every_legacy_fixture_together(tmp_path):
    names = {"tasks.xls": "a.xls", "tasks.et": "b.et", "plan.ofd": "c.ofd"}
    if shutil.which("soffice") or shutil.which("antiword"):
        names["plan.doc"] = "d.doc"
    if shutil.which("soffice"):
        names["plan.odt"] = "e.odt"
        names["tasks.ods"] = "f.ods"
    for fixture_name, name in names.items():
        (tmp_path / name).write_bytes(fixture(fixture_name))
    result = build_from_paths([str(tmp_path / n) for n in names.values()])
    assert sum(1 for _, k in result.graph.nodes(data="kind") if k == "Measure") == 4 * len(names)

"""Round 58, files23: office formats and layouts not yet covered (a legacy .xls 台账 whose 备注 column tells each
unit row's role, a Chrome web archive, a Word 97 numbered list, a CSV of GBK text behind a UTF-8 byte-order mark):
the rules the plans of tests/fixtures/round58/files23 asked for, each with its guards."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentEncodingError
from reformgraph.loaders.formats_csv import read_csv
from reformgraph.loaders.read import decode_text

_BOM = b"\xef\xbb\xbf"


def _rows(data: bytes) -> list[tuple]:
    doc = read_csv(data, path="ledger.csv", key="ledger", sha256="")
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for wp in doc.workplans
        for m in wp.measures
    ]


# ---- a UTF-8 byte-order mark in front of GBK text --------------------------------------------------------------

_LEDGER = "某镇2026年重点工作任务台账,,,,\r\n序号,工作任务,牵头单位,配合单位,完成时限\r\n1,实施高标准农田建设3000亩。,镇农业综合服务中心,镇财政所,2026年11月底前\r\n"


def test_gbk_text_behind_a_utf8_byte_order_mark_reads():
    # before: the mark's bytes were read as the halves of GB18030 characters, the text after them shifted, and the
    # file was refused as neither UTF-8 nor GBK
    assert _rows(_BOM + _LEDGER.encode("gbk")) == [(3, ["镇农业综合服务中心"], ["镇财政所"], "2026-11")]


def test_a_text_plan_of_gbk_behind_the_mark_reads_its_first_line():
    assert decode_text(_BOM + "某镇2026年工作要点\r\n一、推进".encode("gbk")).startswith("某镇2026年工作要点")


@pytest.mark.parametrize(
    "data",
    [
        _BOM + _LEDGER.encode("utf-8"),
        _LEDGER.encode("gbk"),
        _LEDGER.encode("utf-8"),
        ("\ufeff" + _LEDGER).encode("gb18030"),
    ],
)
def test_guard_utf8_with_its_mark_and_gbk_without_it_read_as_before(data):
    assert _rows(data) == [(3, ["镇农业综合服务中心"], ["镇财政所"], "2026-11")]


def test_guard_bytes_of_no_chinese_behind_the_mark_are_still_refused():
    with pytest.raises(DocumentEncodingError):
        decode_text(_BOM + b"\xff\xfe\xfd\xfc" * 4)


# ---- a role column's cell: the role word in brackets, or before a note -------------------------------------------


def _remarks_ledger(lead_note: str, partner_note: str) -> bytes:
    return (
        "序号,重点任务,责任单位,完成时限,备注\r\n"
        f"1,推行企业开办“一网通办”。,县行政审批局,2026年6月底前,{lead_note}\r\n"
        f",,县市场监管局,,{partner_note}\r\n"
        f"2,深化工程建设项目审批制度改革。,县住房城乡建设局,2026年9月底前,{lead_note}\r\n"
        f",,县自然资源局,,{partner_note}\r\n"
    ).encode()


_READ = [(2, ["县行政审批局"], ["县市场监管局"], "2026-06"), (4, ["县住房城乡建设局"], ["县自然资源局"], "2026-09")]


@pytest.mark.parametrize(
    ("lead_note", "partner_note"),
    [
        ("（牵头）", "（配合）"),
        ("(牵头)", "【配合】"),
        ("牵头，已完成系统对接", "配合"),
        ("牵头", "配合；按季度报送进展"),
    ],
)
def test_a_remarks_column_of_role_words_in_brackets_or_before_a_note_tells_the_roles(lead_note, partner_note):
    # before: a cell writing its role word in brackets or before a note said no role, so the 备注 column was no role
    # column and every unit led
    assert _rows(_remarks_ledger(lead_note, partner_note)) == _READ


def test_guard_role_words_alone_read_as_before():
    assert _rows(_remarks_ledger("牵头", "配合")) == _READ


@pytest.mark.parametrize("lead_note", ["牵头，配合单位另行明确", "已纳入省级试点", "（已完成）"])
def test_guard_a_note_naming_a_role_again_or_no_role_makes_no_role_column(lead_note):
    # the 备注 column is then no role column: the unit rows with no number of their own are dropped, as before
    assert _rows(_remarks_ledger(lead_note, "配合")) == [
        (2, ["县行政审批局"], [], "2026-06"),
        (4, ["县住房城乡建设局"], [], "2026-09"),
    ]

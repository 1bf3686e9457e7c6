"""Round 41: a joint signature's issuers (docs/loader.md, Round 41)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document

_BODY = "关于印发某方案的通知\n\n各单位：\n\n一、重点任务\n1.建设平台。（牵头单位：市数据局）\n\n"


def test_a_joint_signature_of_stacked_issuers_names_them_all():
    """Before: the issuer was the line above the date only (某市人民政府办公室)."""
    doc = parse_document(_BODY + "中共某市委办公室\n某市人民政府办公室\n2026年3月9日\n")
    assert (doc.issuer, doc.date) == ("中共某市委办公室、某市人民政府办公室", "2026-03-09")


def test_a_joint_signature_of_two_issuers_on_one_line_names_both():
    """Before: the two names run together as one (中共某县委某县人民政府)."""
    doc = parse_document(_BODY + "中共某县委　　某县人民政府\n\n2025年1月2日\n")
    assert doc.issuer == "中共某县委、某县人民政府"


def test_one_signer_under_a_tables_last_cell_is_the_issuer_alone():
    doc = parse_document(_BODY + "市财政局\n某市人民政府办公室\n2026年3月9日\n")
    assert doc.issuer == "某市人民政府办公室"

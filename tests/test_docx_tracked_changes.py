"""A Word plan edited with tracked changes, content controls and fields (round 26 of docs/loader.md): the text
read is the text Word shows with the changes accepted. Before, python-docx's ``Paragraph.text`` read only a
paragraph's own runs: every inserted word, and the text of a content control, was lost."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml

from reformgraph.loaders.read import read_document

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f"<w:r><{tag}>{text}</{tag}></w:r>"


def _paragraph(inner: str):
    return parse_xml(f"<w:p {_NS}>{inner}</w:p>")


def test_tracked_changes_content_controls_and_fields_read_as_shown(tmp_path):
    document = docx.Document()
    document.add_paragraph("某县2024年深化改革任务分工方案")
    document.add_paragraph("一、重点任务")
    body = document.element.body
    paragraphs = [
        # a lead replaced in review: 县财政局 deleted, 县发改局 inserted
        _run("1.推进信用修复。（牵头单位：")
        + f'<w:del w:id="1" w:author="a">{_run("县财政局", deleted=True)}</w:del>'
        + f'<w:ins w:id="2" w:author="a">{_run("县发改局")}</w:ins>'
        + _run("；完成时限：2024年底）"),
        # a content control holding the unit, and a simple field around the deadline
        _run("2.加强监管。（牵头单位：")
        + f"<w:sdt><w:sdtContent>{_run('县市场监管局')}</w:sdtContent></w:sdt>"
        + _run("；完成时限：")
        + f'<w:fldSimple w:instr=" MERGEFIELD 时限 ">{_run("2024年6月")}</w:fldSimple>'
        + _run("）"),
        # a whole task inserted, and one deleted
        f'<w:ins w:id="3" w:author="a">{_run("3.优化服务。（牵头单位：县政务服务中心）")}</w:ins>',
        f'<w:del w:id="4" w:author="a">{_run("4.取消的任务。（牵头单位：县住建局）", deleted=True)}</w:del>',
    ]
    for inner in paragraphs:
        body.insert(len(body) - 1, _paragraph(inner))  # before the section properties
    path = tmp_path / "plan.docx"
    document.save(path)
    doc = read_document(path)
    got = [
        (m.text, [u.raw for u in m.leads], m.deadline.raw if m.deadline else None)
        for w in doc.workplans
        for m in w.measures
    ]
    assert got == [
        ("推进信用修复。", ["县发改局"], "2024年底"),
        ("加强监管。", ["县市场监管局"], "2024年6月"),
        ("优化服务。", ["县政务服务中心"], None),
    ]

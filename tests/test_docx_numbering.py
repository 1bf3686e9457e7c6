"""Word's automatic numbering written out (``loaders/docx_numbering.py``).

Each document is made here with python-docx and numbering XML as Word writes it. Before the numbering was read,
the plan below lost its sections: ``一、重点任务`` was ``重点任务``, joined to the task after it as one paragraph.
"""

from __future__ import annotations

import io

import pytest

from reformgraph.loaders.docx_numbering import Level, Numbering, chinese_number, format_count
from reformgraph.loaders.read import parse_bytes

docx = pytest.importorskip("docx", reason="python-docx (the formats extra) reads .docx files")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _lists(word, *, start: int = 1, restart_list: bool = False) -> None:
    from docx.oxml import parse_xml

    numbering = word.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="90">'
            f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    override = '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>' if restart_list else ""
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/>{override}</w:num>'))


def _numbered(word, text: str, level: int, list_id: int = 90) -> None:
    from docx.oxml import parse_xml

    p = word.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>')
    )


def _read(word) -> list[tuple]:
    out = io.BytesIO()
    word.save(out)
    doc = parse_bytes(out.getvalue(), path="plan.docx")
    return [
        (w.title, m.line, m.text, [u.raw for u in m.leads], m.deadline.date) for w in doc.workplans for m in w.measures
    ]


def test_numbered_headings_and_tasks_read_as_sections_and_tasks():
    word = docx.Document()
    _lists(word)
    word.add_paragraph("某区2024年工作要点")
    _numbered(word, "重点任务", 0)
    _numbered(word, "建设数据平台。（牵头单位：区大数据局；完成时限：6月底前）", 1)
    _numbered(word, "推进数据共享。（区政务服务中心负责）", 1)
    _numbered(word, "保障措施", 0)
    _numbered(word, "加强督查。（责任单位：区政府办）", 1)
    assert _read(word) == [
        ("重点任务", 3, "建设数据平台。", ["区大数据局"], "2024-06"),
        ("重点任务", 4, "推进数据共享。", ["区政务服务中心"], None),
        ("保障措施", 6, "加强督查。", ["区政府办"], None),
    ]


def test_a_heading_style_that_numbers_its_paragraphs_gives_the_number():
    from docx.oxml import parse_xml

    word = docx.Document()
    _lists(word)
    style = word.styles["Heading 2"]
    style.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    word.add_paragraph("某区2024年工作要点")
    word.add_paragraph("重点任务", style="Heading 2")
    word.add_paragraph("1.建设数据平台。（牵头单位：区大数据局）")
    word.add_paragraph("保障措施", style="Heading 2")
    word.add_paragraph("1.加强督查。（责任单位：区政府办）")
    out = io.BytesIO()
    word.save(out)
    from reformgraph.loaders.formats_docx import docx_content

    lines, _ = docx_content(out.getvalue(), path="plan.docx")
    assert "# 一、重点任务" in lines and "# 二、保障措施" in lines
    assert [title for title, *_ in _read(word)] == ["重点任务", "保障措施"]


def test_counts_go_on_across_lists_of_one_definition_unless_a_list_restarts():
    word = docx.Document()
    _lists(word, restart_list=True)
    _numbered(word, "甲", 1)
    _numbered(word, "乙", 1)
    _numbered(word, "丙", 1, list_id=91)  # a list with a start override: 1 again
    _numbered(word, "丁", 2)  # a bullet: no number
    out = io.BytesIO()
    word.save(out)
    from reformgraph.loaders.formats_docx import docx_content

    lines, _ = docx_content(out.getvalue(), path="plan.docx")
    assert lines[-4:] == ["1.甲", "2.乙", "1.丙", "丁"]


def test_a_table_cell_numbered_by_word_shows_its_number():
    from docx.oxml import parse_xml

    word = docx.Document()
    _lists(word)
    table = word.add_table(rows=3, cols=3)
    for c, value in enumerate(["序号", "重点任务", "牵头单位"]):
        table.cell(0, c).text = value
    for r, (task, unit) in enumerate([("建设平台", "区大数据局"), ("推进共享", "区财政局")], start=1):
        table.cell(r, 1).text, table.cell(r, 2).text = task, unit
        table.cell(r, 0).paragraphs[0]._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="1"/><w:numId w:val="90"/></w:numPr>')
        )
    out = io.BytesIO()
    word.save(out)
    from reformgraph.loaders.formats_docx import docx_content

    _, tables = docx_content(out.getvalue(), path="plan.docx")
    assert [row[0] for row in tables[0]] == ["序号", "1.", "2."]


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (1, "chineseCounting", "一"),
        (19, "chineseCounting", "十九"),
        (100, "chineseCountingThousand", "一百"),
        (1001, "chineseCounting", "一千零一"),
        (20, "decimalEnclosedCircle", "⑳"),
        (21, "decimalEnclosedCircle", "21"),
        (27, "lowerLetter", "aa"),
        (14, "lowerRoman", "xiv"),
        (10**12, "chineseCounting", str(10**12)),  # a hostile start value: digits
        (5, "bullet", ""),
        (5, "someFormatNotKnown", "5"),
    ],
)
def test_counts_are_written_in_their_format(n, fmt, shown):
    assert format_count(n, fmt) == shown


def test_chinese_numbers_up_to_a_thousand_read_as_written():
    assert [chinese_number(n) for n in (10, 15, 30, 99, 101, 120, 999)] == [
        "十",
        "十五",
        "三十",
        "九十九",
        "一百零一",
        "一百二十",
        "九百九十九",
    ]


def test_an_unknown_list_or_level_gives_no_number():
    n = Numbering({"1": {0: Level(1, "decimal", "%1.")}}, {"5": ("1", {})})
    assert (n.label("9", 0), n.label("5", 3), n.label("5", 12), n.label("5", 0)) == ("", "", "", "1.")

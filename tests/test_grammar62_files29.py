"""Round 62, files29: Word's XML documents as OA systems export them (Word 2003's XML document, Word 2007's flat XML
document, under an .xml or a .doc name) read as the .docx they hold: the reader tests/fixtures/round62/files29 asked
for, its guards, and hostile XML."""

from __future__ import annotations

import base64

import pytest

from reformgraph.errors import DocumentError, DocumentLimitError
from reformgraph.loaders.formats_docx import docx_content
from reformgraph.loaders.formats_wordxml import _packed, flat_parts, word2003_parts
from reformgraph.loaders.limits import Limits
from reformgraph.loaders.read import format_of, parse_bytes
from reformgraph.loaders.sniff import is_spreadsheet_xml, is_word_xml


def _rows(doc) -> list[tuple]:
    return [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for wp in doc.workplans
        for m in wp.measures
    ]


# ---- Word 2003's XML document (w:wordDocument) ----------------------------------------------------------------------

_W03 = "http://schemas.microsoft.com/office/word/2003/wordml"
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
    f'<w:wordDocument xmlns:w="{_W03}" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
    'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:st1="urn:schemas-microsoft-com:office:smarttags" xml:space="preserve">'
    '<w:fonts><w:font w:name="仿宋_GB2312"/></w:fonts><w:docPr><w:view w:val="print"/></w:docPr>'
)


def _word(body: str, styles: str = "") -> bytes:
    return (_HEAD + styles + f"<w:body><wx:sect>{body}<w:sectPr/></wx:sect></w:body></w:wordDocument>").encode()


def _p(*runs: str, number: str = "") -> str:
    listed = f'<w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="{number}"/></w:listPr></w:pPr>'
    return "<w:p>" + (listed if number else "") + "".join(runs) + "</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:rPr><wx:font wx:val="仿宋_GB2312"/></w:rPr><w:t>{text}</w:t></w:r>'


def _tc(text: str | None, merge: str = "", span: int = 1) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        '<w:vmerge w:val="restart"/>' if merge == "restart" else "<w:vmerge/>" if merge else ""
    )
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(_r(text)) if text else '<w:p/>'}</w:tc>"


def _table(*rows: str) -> str:
    return "<w:tbl><w:tblPr/>" + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>"


_HEADER = "".join(_tc(h) for h in ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"))


def test_a_word_2003_xml_documents_table_is_read_with_its_merged_cells():
    # before: under an .xml name its markup was read as text (rejected: "not a plan in Chinese")
    table = _table(
        _tc("县重点任务分工", span=6),
        _HEADER,
        _tc("1")
        + _tc("稳外贸", "restart")
        + _tc("培育外贸主体。")
        + _tc("县商务局", "restart")
        + _tc("县财政局")
        + _tc("2026年6月底前"),
        _tc("2")
        + _tc(None, "continue")
        + _tc("拓展新兴市场。")
        + _tc(None, "continue")
        + _tc("县税务局")
        + _tc("持续推进"),
    )
    data = _word(_p(_r("县人民政府办公室")) + table)
    _, tables = docx_content(_packed(word2003_parts(data, path="通知.xml")), path="通知.xml")
    assert [row[1:4] for row in tables[0][2:]] == [
        ["稳外贸", "培育外贸主体。", "县商务局"],
        ["稳外贸", "拓展新兴市场。", "县商务局"],
    ]
    doc = parse_bytes(data, path="通知.xml")
    assert _rows(doc) == [
        (3, "培育外贸主体。", ["县商务局"], ["县财政局"], "2026-06"),
        (4, "拓展新兴市场。", ["县商务局"], ["县税务局"], None),
    ]


def test_a_word_2003_list_number_is_read_before_its_paragraph_a_bullet_is_not():
    parts = word2003_parts(
        _word(_p(_r("建平台。"), number="（一）") + _p(_r("清单。"), number="\uf06c") + _p(_r("正文"))), path="t.xml"
    )
    text = parts["word/document.xml"].decode()
    assert ">（一）</" in text and "\uf06c" not in text and "listPr" not in text


def test_word_2003_tracked_changes_are_accepted_and_comments_footnotes_and_images_are_no_text():
    deleted = (
        '<aml:annotation aml:id="0" w:type="Word.Deletion"><aml:content><w:r><w:delText>12个</w:delText></w:r>'
        "</aml:content></aml:annotation>"
    )
    inserted = (
        f'<aml:annotation aml:id="1" w:type="Word.Insertion"><aml:content>{_r("15个")}</aml:content></aml:annotation>'
    )
    comment = (
        '<aml:annotation aml:id="2" w:type="Word.Comment"><aml:content><w:p><w:r><w:t>建议由县财政局牵头</w:t></w:r>'
        "</w:p></aml:content></aml:annotation>"
    )
    footnote = "<w:r><w:footnote><w:p><w:r><w:t>注：县审计局参与</w:t></w:r></w:p></w:footnote></w:r>"
    image = '<w:r><w:pict><w:binData w:name="wordml://1.png">iVBORw0KGgo=</w:binData><v:shape/></w:pict></w:r>'
    smart = f'<st1:chsdate w:st="on" Year="2026">{_r("新建")}</st1:chsdate>'
    paragraph = _p(
        smart,
        deleted,
        inserted,
        _r("污水站。"),
        comment,
        footnote,
        image,
        _r("（牵头单位：县生态环境分局；完成时限：2026年12月底前）"),
    )
    data = _word(_p(_r("二、重点任务")) + paragraph)
    assert _rows(parse_bytes(data, path="方案.doc")) == [(2, "新建15个污水站", ["县生态环境分局"], [], "2026-12")]
    document = word2003_parts(data, path="方案.doc")["word/document.xml"].decode()
    assert ":del><n0:r><n0:delText>12个" in document  # a deletion the .docx reader knows
    assert not any(word in document for word in ("县财政局", "县审计局", "iVBOR", "chsdate"))


def test_word_2003_styles_are_carried_a_heading_is_read_as_one():
    styles = (
        '<w:styles><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>'
        '<wx:uiName wx:val="标题 1"/></w:style></w:styles>'
    )
    body = '<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr>' + _r("总体要求") + "</w:p>"
    parts = word2003_parts(_word(body, styles), path="t.xml")
    assert b"heading 1" in parts["word/styles.xml"] and b"uiName" not in parts["word/styles.xml"]
    assert b"word/styles.xml" not in parts["word/document.xml"] and "word/_rels/document.xml.rels" in parts


# ---- Word 2007's flat XML document (pkg:package) --------------------------------------------------------------------

_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RELS = (
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">'
    '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>'
)


def _flat(body: str, *extra: str, inner_ns: bool = True) -> bytes:
    ns = f' xmlns:w="{_W}"' if inner_ns else ""
    document = (
        '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.document.main+xml"><pkg:xmlData><w:document{ns}><w:body>{body}</w:body></w:document>'
        "</pkg:xmlData></pkg:part>"
    )
    outer = "" if inner_ns else f' xmlns:w="{_W}"'
    return (
        '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        f'<pkg:package xmlns:pkg="{_PKG}"{outer}>{_RELS}{document}{"".join(extra)}</pkg:package>'
    ).encode()


def _x(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


@pytest.mark.parametrize("inner_ns", [True, False])
def test_a_flat_xml_documents_parts_are_read_as_its_docx(inner_ns):
    # the namespace declared on the package, not the part's root (a template's author's shortcut): still read
    body = _x("一、重点任务") + _x(
        "1.建设数据平台。（牵头单位：县数据局；配合单位：县财政局；完成时限：2026年9月底前）"
    )
    doc = parse_bytes(_flat(body, inner_ns=inner_ns), path="方案.xml")
    assert _rows(doc) == [(2, "建设数据平台。", ["县数据局"], ["县财政局"], "2026-09")]


def test_a_flat_xml_documents_binary_parts_and_bad_names():
    image = base64.b64encode(b"\x89PNG\r\n\x1a\n").decode()
    parts = flat_parts(
        _flat(
            _x("正文"),
            f'<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png"><pkg:binaryData>{image}'
            "</pkg:binaryData></pkg:part>",
            '<pkg:part pkg:name="/../../etc/x.xml" pkg:contentType="application/xml"><pkg:xmlData><a/></pkg:xmlData>'
            "</pkg:part>",
            '<pkg:part pkg:name="/[Content_Types].xml" pkg:contentType="application/xml"><pkg:xmlData><a/>'
            "</pkg:xmlData></pkg:part>",
        ),
        path="t.xml",
    )
    assert parts["word/media/image1.png"].startswith(b"\x89PNG")
    assert sorted(parts) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/media/image1.png"]
    assert b'PartName="/word/media/image1.png" ContentType="image/png"' in parts["[Content_Types].xml"]


# ---- what is Word's XML, what is not ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("通知.xml", _word(_p(_r("正文"))), "wordxml"),
        ("通知.doc", _word(_p(_r("正文"))), "wordxml"),  # before: LibreOffice's (round 62 files28's guard)
        ("方案.xml", _flat(_x("正文")), "wordxml"),
        ("方案.docx", _flat(_x("正文")), "wordxml"),
        # Word's web page names Word's program id in a meta element: HTML
        (
            "通知.doc",
            b'<html xmlns:w="urn:schemas-microsoft-com:office:word"><meta name=ProgId content=Word.Document>',
            "html",
        ),
        # Excel's XML workbook; other XML; a plan quoting the namespace past its head
        ("台账.xml", b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook/>', "xmlss"),
        ("data.xml", b'<?xml version="1.0"?>\n<records><r>1</r></records>', "text"),
        ("plan.txt", "一、任务\n".encode() * 300 + f"{_W03}".encode(), "text"),
    ],
)
def test_word_xml_is_known_by_its_head_under_any_name(name, data, kind):
    assert format_of(name, data) == kind
    assert is_word_xml(data) == (kind == "wordxml") and not (kind == "wordxml" and is_spreadsheet_xml(data))


# ---- hostile XML: bounded, refused with a reason ---------------------------------------------------------------------


@pytest.mark.parametrize("make", [_word, _flat])
def test_a_dtd_is_refused(make):
    data = make(_x("正文") if make is _flat else _p(_r("正文")))
    dtd = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    data = data.replace(b"?>\n<", b"?>\n" + dtd + b"<", 1).replace("正文".encode(), b"&b;")
    with pytest.raises(DocumentError, match="DTD"):
        parse_bytes(data, path="bomb.xml")


@pytest.mark.parametrize("make", [_word, _flat])
def test_deep_nesting_is_bounded(make):
    deep = "<w:customXml>" * 200 + "</w:customXml>" * 200
    with pytest.raises(DocumentLimitError, match="nested"):
        parse_bytes(make(deep), path="deep.xml")


def test_a_grid_span_bomb_is_counted_against_the_cells():
    bomb = _table(_HEADER, _tc("1", span=1_000_000_000) + _tc("建平台"))
    with pytest.raises(DocumentLimitError, match="cells"):
        parse_bytes(_word(bomb), path="span.xml")


def test_too_many_parts_are_refused():
    many = "".join(
        f'<pkg:part pkg:name="/p{k}.xml" pkg:contentType="application/xml"><pkg:xmlData><a/></pkg:xmlData></pkg:part>'
        for k in range(20)
    )
    with pytest.raises(DocumentLimitError):
        flat_parts(_flat(_x("正文"), many), path="t.xml", limits=Limits(zip_members=10))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_word("<w:p><w:r><w:t>正文</w:r></w:p>"), r"document:\d+: XML syntax error"),
        (_flat(_x("正文")).replace(b"</pkg:package>", b""), r"package:\d+: XML syntax error"),
        (b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><records/>', "neither Word 2003"),
        (
            _flat(
                _x("正文"),
                '<pkg:part pkg:name="/word/media/a.png" pkg:contentType="image/png"><pkg:binaryData>QUJD=Q</pkg:binaryData>'
                "</pkg:part>",
            ),
            "base64",
        ),
    ],
)
def test_a_broken_word_xml_document_says_why(data, message):
    with pytest.raises(DocumentError, match=message):
        parse_bytes(data, path="通知.xml")


def test_a_word_2003_document_without_a_body_is_empty():
    data = (_HEAD + "</w:wordDocument>").encode()
    assert word2003_parts(data, path="空.xml")["word/document.xml"].endswith(b"<w:body/></w:document>")
    with pytest.raises(DocumentError, match="empty"):
        parse_bytes(data, path="空.xml")

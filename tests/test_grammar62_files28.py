"""Round 62, files28: file formats the fixtures held few of, as Chinese offices publish them (an OFD's annex table,
a 台账 a system exports as Excel's XML Spreadsheet 2003 under an .xls name): the rules the files of
tests/fixtures/round62/files28 asked for, each with its guards."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.formats_ofd import ofd_lines
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import format_of, parse_bytes
from reformgraph.loaders.sniff import is_spreadsheet_xml


def _rows(doc) -> list[tuple]:
    return [
        (m.line, m.text[:8], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for wp in doc.workplans
        for m in wp.measures
    ]


# ---- a unit cell's line ending in a list whose last unit is cut after its level (市科技局、市 / 市场监管局) -------------

_COLUMNS = (20.0, 32.0, 98.0, 123.0, 152.0)  # millimetres: 序号, 重点任务, 牵头单位, 配合单位, 完成时限


def _ofd_page(rows) -> str:
    """An OFD page's text as the reader lays it out: a title, then each row's lines, a cell a piece of 4 mm type."""
    pieces, y = [(1, 10.0, 20.0, 5.0, "某市2026年重点任务分工")], 20.0
    for row in rows:
        for line in row:
            pieces += [(1, y, x, 4.0, text) for x, text in zip(_COLUMNS, line, strict=True) if text]
            y += 6.0
    return "\n".join(ofd_lines(pieces))


_HEADER = [("序号", "重点任务", "牵头单位", "配合单位", "完成时限")]


def test_a_unit_cut_after_its_level_at_a_lines_end_is_one_name_after_a_list():
    # before: the line 市科技局、市 read as a whole unit (is_unit_name of the line's list) closing before 市场监管局,
    # and 市、市场监管局 was read as one unit
    text = _ofd_page(
        [
            _HEADER,
            [
                ("1", "梯度培育优质中小企业，建立专精", "市工业和信", "市科技局、市", "2026年"),
                ("", "特新企业培育库，新增省级专精特", "息化局", "市场监管局", "12月底"),
                ("", "新中小企业40家。", "", "", "前"),
            ],
        ]
    )
    assert _rows(parse_document(text, path="x.ofd")) == [
        (3, "梯度培育优质中小", ["市工业和信息化局"], ["市科技局", "市市场监管局"], "2026-12")
    ]


def test_units_one_a_line_each_as_wide_as_the_column_stay_apart():
    # guard (round 58): a whole unit a line, the next opening with the same level, is a unit of its own
    text = _ofd_page(
        [
            _HEADER,
            [
                ("1", "推进绿色制造体系建设，实施重点", "市工业和信", "市农业农村局", "2026年"),
                ("", "行业节能降碳改造，创建省级以上", "息化局", "市卫生健康委", "10月底"),
                ("", "绿色工厂15家。", "", "", "前"),
            ],
        ]
    )
    assert _rows(parse_document(text, path="x.ofd"))[0][3] == ["市农业农村局", "市卫生健康委"]


# ---- Excel's XML Spreadsheet 2003 (SpreadsheetML), as systems export their 'Excel' ----------------------------------

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
    '<Styles><Style ss:ID="d"><NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;"/></Style></Styles>\n'
)


def _s(text: str, attrs: str = "") -> str:
    return f'<Cell{attrs}><Data ss:Type="String">{text}</Data></Cell>'


def _row(*cells: str, attrs: str = "") -> str:
    return f"<Row{attrs}>{''.join(cells)}</Row>"


def _book(*sheets: str) -> bytes:
    return (_HEAD + "".join(sheets) + "</Workbook>\n").encode("utf-8")


def _sheet(name: str, *rows: str, options: str = "", columns: str = "") -> str:
    return f'<Worksheet ss:Name="{name}"><Table>{columns}{"".join(rows)}</Table>{options}</Worksheet>'


_TITLE = _row(_s("某县2026年重点任务台账", ' ss:MergeAcross="4"'))
_XML_HEADER = _row(*(_s(n) for n in ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")))


def _task(number: str, task: str, lead: str, partners: str, due: str, attrs: str = "") -> str:
    return _row(_s(number), _s(task), _s(lead), _s(partners), _s(due), attrs=attrs)


def test_an_xml_spreadsheet_under_an_xls_name_is_read_as_a_workbook():
    # before: read as an .xls, xlrd refused it (Expected BOF record; found b'<?xml ve'): the whole file rejected
    data = _book(
        _sheet(
            "台账",
            _TITLE,
            _XML_HEADER,
            _task("1", "推进燃气安全整治。", "县住房城乡建设局", "县市场监管局", "2026年10月底前"),
        )
    )
    assert format_of("台账.xls", data) == "xmlss" and format_of("export.xml", data) == "xmlss"
    assert _rows(parse_bytes(data, path="台账.xls")) == [
        (3, "推进燃气安全整治", ["县住房城乡建设局"], ["县市场监管局"], "2026-10")
    ]


def test_an_xml_spreadsheets_merges_and_placed_cells():
    # a lead merged down over two rows (the covered cell not written, the next placed by ss:Index), a unit a line
    rows = (
        _row(
            _s("1"),
            _s("整治事故多发路段。"),
            _s("县公安局", ' ss:MergeDown="1"'),
            _s("县交通运输局"),
            _s("2026年9月底前"),
        ),
        _row(_s("2"), _s("建设交通安全劝导站。"), _s("各乡镇人民政府", ' ss:Index="4"'), _s("2026年6月底前")),
        _row(
            _s("3"), _s("排查消防安全隐患。"), _s("县消防救援大队"), _s("县商务局&#10;各乡镇人民政府"), _s("持续推进")
        ),
    )
    doc = parse_bytes(_book(_sheet("台账", _TITLE, _XML_HEADER, *rows)), path="台账.xls")
    assert [r[2:] for r in _rows(doc)] == [
        (["县公安局"], ["县交通运输局"], "2026-09"),
        (["县公安局"], ["各乡镇人民政府"], "2026-06"),
        (["县消防救援大队"], ["县商务局", "各乡镇人民政府"], None),
    ]


def test_an_xml_spreadsheets_hidden_column_sheet_and_row_are_not_read():
    hidden_column = '<Column ss:Hidden="1"/>'  # column A: a former lead kept for reference
    header = _row(_s("原牵头单位"), *(_s(n) for n in ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")))
    rows = (
        _row(_s("县财政局"), _s("1"), _s("落实资金保障。"), _s("县发展改革局"), _s("县财政局"), _s("2026年6月底前")),
        _row(
            _s(""), _s("2"), _s("已删除的任务。"), _s("县审计局"), _s(""), _s("2026年7月底前"), attrs=' ss:Hidden="1"'
        ),
    )
    hidden = '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>'
    data = _book(
        _sheet("台账", _TITLE, header, *rows, columns=hidden_column),
        _sheet(
            "旧任务", _TITLE, _XML_HEADER, _task("1", "旧的任务。", "县民政局", "", "2025年12月底前"), options=hidden
        ),
    )
    assert [r[2:4] for r in _rows(parse_bytes(data, path="台账.xls"))] == [(["县发展改革局"], ["县财政局"])]


def test_an_xml_spreadsheets_rows_hidden_by_a_filter_are_read():
    # guard (round 43's rule): an autofilter hides rows for viewing only
    rows = (
        _task("1", "落实资金保障。", "县发展改革局", "县财政局", "2026年6月底前"),
        _task("2", "开展专项审计。", "县审计局", "", "2026年7月底前", attrs=' ss:Hidden="1"'),
    )
    autofilter = '<AutoFilter x:Range="R2C1:R4C5" xmlns="urn:schemas-microsoft-com:office:excel"/>'
    data = _book(_sheet("台账", _TITLE, _XML_HEADER, *rows, options=autofilter))
    assert [r[2] for r in _rows(parse_bytes(data, path="台账.xls"))] == [["县发展改革局"], ["县审计局"]]


def test_an_xml_spreadsheets_date_cell_shows_as_its_style_and_a_note_is_no_value():
    date = '<Cell ss:StyleID="d"><Data ss:Type="DateTime">2026-06-30T00:00:00.000</Data></Cell>'
    noted = (
        '<Cell><Data ss:Type="String">县商务局</Data><Comment ss:Author="审核人"><ss:Data '
        'xmlns="http://www.w3.org/TR/REC-html40"><B>审核人:</B>建议增加县财政局</ss:Data></Comment></Cell>'
    )
    row = _row(_s("1"), _s("培育外贸主体。"), noted, _s("县税务局"), date)
    doc = parse_bytes(_book(_sheet("台账", _TITLE, _XML_HEADER, row)), path="台账.xls")
    assert [r[2:] for r in _rows(doc)] == [(["县商务局"], ["县税务局"], "2026-06")]  # yyyy"年"m"月": the month


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        # Word's XML document (WordML) named .doc: Word's XML reader's (round 62 files29; before, LibreOffice's)
        (
            "通知.doc",
            b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument/>',
            "wordxml",
        ),
        # other XML, and a plan that quotes the namespace past its head: text
        ("data.xml", b'<?xml version="1.0"?>\n<records><r>1</r></records>', "text"),
        ("plan.txt", "一、任务\n".encode() * 300 + b"urn:schemas-microsoft-com:office:spreadsheet", "text"),
    ],
)
def test_other_xml_and_text_are_no_xml_spreadsheet(name, data, kind):
    assert format_of(name, data) == kind and not is_spreadsheet_xml(data)


def test_a_broken_xml_spreadsheet_says_where():
    with pytest.raises(DocumentError, match="workbook:5: XML syntax error"):
        parse_bytes(_book('<Worksheet ss:Name="台账"><Table><Row><Cell></Row>'), path="台账.xls")


def test_an_xml_spreadsheets_spans_place_the_rows_after_them_and_stay_bounded():
    from reformgraph.errors import DocumentLimitError
    from reformgraph.loaders.formats_xmlss import xmlss_sheets

    spanned = _book(_sheet("台账", _row(_s("甲"), attrs=' ss:Span="1"'), _row(_s("乙"))))  # two rows alike: 乙 on row 3
    assert xmlss_sheets(spanned, path="台账.xls").sheets == [("台账", [["甲"], [None], ["乙"]])]
    every_column_hidden = _book(
        _sheet("台账", _row(_s("甲"), _s("乙")), columns='<Column ss:Hidden="1" ss:Span="999999999"/>')
    )
    assert xmlss_sheets(every_column_hidden, path="台账.xls").sheets == [("台账", [[]])]
    with pytest.raises(DocumentLimitError, match="used range A1:A900000000"):
        xmlss_sheets(_book(_sheet("台账", _row(_s("甲"), attrs=' ss:Index="900000000"'))), path="台账.xls")

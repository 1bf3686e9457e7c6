"""Hostile and broken documents, built in memory: the input classes of issue 14 for the readers.

Each builder returns ``(file name, bytes)``. They serve the regression tests
(tests/test_reader_limits.py), the fuzz seeds (tests/test_fuzz_readers.py) and the upload
tests. Small where the point is a mechanism (a limit given explicitly in the test),
real-sized where the point is the number that used to freeze the reader.
"""

from __future__ import annotations

import io
import re
import zipfile

TASK_HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
TASK_ROW = ["1", "建设数据平台", "区大数据局", "区财政局、区税务局", "2025年底"]


def xlsx_bytes(rows=(TASK_HEADER, TASK_ROW)) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx_bytes(paragraphs=("一、重点任务", "（一）建设平台。（牵头单位：区大数据局）"), table=None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def rewrite_member(data: bytes, name: str, change) -> bytes:
    """The zip ``data`` with member ``name`` replaced by ``change(old_text)`` (other members copied)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == name:
                content = change(content.decode("utf-8")).encode("utf-8")
            dst.writestr(info.filename, content)
    return out.getvalue()


def add_member(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr(name, content)
    return out.getvalue()


# ---- .xlsx -------------------------------------------------------------------------------------------


def xlsx_whole_sheet_merge() -> tuple[str, bytes]:
    """Issue 14: a 6 KB workbook whose one merge covers the whole sheet (52 s and MemoryError before)."""
    merge = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    data = rewrite_member(
        xlsx_bytes(), "xl/worksheets/sheet1.xml", lambda x: x.replace("</sheetData>", "</sheetData>" + merge)
    )
    return "merge.xlsx", data


def xlsx_far_corner() -> tuple[str, bytes]:
    """Two cells, A1 and XFD1048576: a used range of 17 billion cells from a few bytes."""
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    data = rewrite_member(
        xlsx_bytes(), "xl/worksheets/sheet1.xml", lambda x: x.replace("</sheetData>", far + "</sheetData>")
    )
    return "corner.xlsx", data


def xlsx_overlapping_merges(count: int = 3000) -> tuple[str, bytes]:
    """Thousands of merges, each over the whole used range A1:T1000 (their fills add up to 60 million cells)."""
    last = '<row r="1000"><c r="T1000" t="inlineStr"><is><t>x</t></is></c></row>'
    merges = "".join('<mergeCell ref="A1:T1000"/>' for _ in range(count))
    data = rewrite_member(
        xlsx_bytes(),
        "xl/worksheets/sheet1.xml",
        lambda x: x.replace("</sheetData>", last + f'</sheetData><mergeCells count="{count}">{merges}</mergeCells>'),
    )
    return "merges.xlsx", data


def xlsx_lying_dimension() -> tuple[str, bytes]:
    """A ``<dimension>`` claiming the whole sheet over two real rows (read-only openpyxl pads rows to it)."""
    data = rewrite_member(
        xlsx_bytes(),
        "xl/worksheets/sheet1.xml",
        lambda x: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', x),
    )
    return "dimension.xlsx", data


def xlsx_bad_xml() -> tuple[str, bytes]:
    """A worksheet that is not well-formed XML (XMLSyntaxError/ParseError before)."""
    data = rewrite_member(
        xlsx_bytes(), "xl/worksheets/sheet1.xml", lambda x: x.replace("</sheetData>", "<row></sheetData>")
    )
    return "badxml.xlsx", data


def zip_bad_crc(name: str = "tasks.xlsx") -> tuple[str, bytes]:
    """A flipped byte inside the compressed worksheet (zlib.error / BadZipFile before)."""
    data = bytearray(xlsx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 5, start + min(info.compress_size, 40)):
        data[i] ^= 0x5A
    return name, bytes(data)


def zip_bomb(member_mib: int = 300, name: str = "bomb.docx") -> tuple[str, bytes]:
    """A package whose extra member unpacks to ``member_mib`` MiB of zeros (a few hundred KB on disk)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        with dst.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(member_mib):
                member.write(chunk)
    return name, out.getvalue()


# ---- .docx -------------------------------------------------------------------------------------------


def docx_grid_span_bomb() -> tuple[str, bytes]:
    """One table cell spanning a billion grid columns (python-docx repeats the cell once per column)."""
    data = docx_bytes(table=[TASK_HEADER, TASK_ROW])
    return "span.docx", rewrite_member(
        data, "word/document.xml", lambda x: x.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="1000000000"/>', 1)
    )


def docx_deep_nesting(levels: int = 5000) -> tuple[str, bytes]:
    """Elements nested thousands deep inside the body."""
    deep = "<w:sdt><w:sdtContent>" * levels + "</w:sdtContent></w:sdt>" * levels
    return "deep.docx", rewrite_member(
        docx_bytes(), "word/document.xml", lambda x: x.replace("<w:body>", "<w:body>" + deep, 1)
    )


def docx_entity_expansion() -> tuple[str, bytes]:
    """A DTD defining nested entities (billion laughs) in the main part."""
    dtd = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    return "laughs.docx", rewrite_member(
        docx_bytes(), "word/document.xml", lambda x: x.replace("?>", "?>" + dtd, 1).replace("建设平台", "&b;", 1)
    )


def docx_table_xml(rows, *, merged_column: int | None = None) -> str:
    """A ``w:tbl`` written directly (python-docx's own ``table.cell`` is quadratic to build big tables with);
    ``merged_column`` is merged down from the first data row to the last."""
    body = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            merge = ""
            if c == merged_column and r >= 1:
                merge = f'<w:tcPr><w:vMerge w:val="{"restart" if r == 1 else "continue"}"/></w:tcPr>'
            cells.append(f"<w:tc>{merge}<w:p><w:r><w:t>{value}</w:t></w:r></w:p></w:tc>")
        body.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return f"<w:tbl>{''.join(body)}</w:tbl>"


def docx_long_vertical_merge(rows: int = 3000) -> tuple[str, bytes]:
    """A lead cell merged down a 3,000-row table (python-docx walks up the merge for every row)."""
    table = [TASK_HEADER] + [[str(i), f"任务{i}", "区大数据局" if i == 1 else "", "", ""] for i in range(1, rows + 1)]
    xml = docx_table_xml(table, merged_column=2)
    data = rewrite_member(
        docx_bytes(paragraphs=("任务分解表",)),
        "word/document.xml",
        lambda x: x.replace("<w:sectPr", xml + "<w:sectPr", 1),
    )
    return "vmerge.docx", data


def docx_unknown_encoding() -> tuple[str, bytes]:
    """Found by fuzzing: an XML declaration naming an encoding nobody knows (LookupError escaped before)."""
    return "encoding.docx", rewrite_member(
        docx_bytes(), "word/document.xml", lambda x: x.replace("encoding='UTF-8'", "encoding='iTF-8'", 1)
    )


# ---- HTML, CSV, text, PDF ------------------------------------------------------------------------------


def html_nested_tables(levels: int = 5000) -> tuple[str, bytes]:
    """Issue 14: 74 KB of nested tables (71 s and 3.7 GB before)."""
    page = "<html><body>" + "<table><tr><td>任务" * levels + "</td></tr></table>" * levels + "</body></html>"
    return "nested.html", page.encode()


def html_processing_instructions(count: int = 100_000) -> tuple[str, bytes]:
    """``<?`` repeated: quadratic in Python 3.11's html.parser (7 s for 200 KB)."""
    return "pi.html", b"<html><body>" + b"<?" * count + b"</body></html>"


def csv_nul_late() -> tuple[str, bytes]:
    """A NUL byte after the first 8 KB (csv.Error before)."""
    head = "序号,工作任务,牵头单位\n" + "".join(f"{i},建设平台{i},区大数据局\n" for i in range(1, 400))
    return "nul.csv", head.encode() + b"1,\x00,x\n"


def csv_huge_quoted_field() -> tuple[str, bytes]:
    """A quoted field of 200,000 characters spread over short lines (csv's own field limit is 131,072)."""
    field = "\n".join(["任务" * 20] * 5000)
    return "field.csv", f'序号,工作任务,牵头单位\n1,"{field}",区大数据局\n'.encode()


def text_long_line(chars: int = 100_000) -> tuple[str, bytes]:
    return "line.md", ("一、任务\n" + "…" * chars + "\n").encode()


def pdf_flate_bomb() -> tuple[str, bytes]:
    """A page whose content stream inflates past pypdf's own cap (LimitReachedError before)."""
    import zlib

    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = StreamObject()
    stream._data = zlib.compress(b" " * 80_000_000, 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return "bomb.pdf", buf.getvalue()


def pdf_pages(count: int) -> tuple[str, bytes]:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(100, 100)
    buf = io.BytesIO()
    writer.write(buf)
    return "pages.pdf", buf.getvalue()


# ---- OFD -------------------------------------------------------------------------------------------------

OFD_NS = "http://www.ofdspec.org/2016"


def ofd_bytes(pages: list[str], *, page_locations: list[str] | None = None, root: str = "Doc_0/Document.xml") -> bytes:
    """A minimal OFD package: ``pages`` are the XML contents of each page."""
    locations = page_locations or [f"Pages/Page_{i}/Content.xml" for i in range(len(pages))]
    listed = "".join(f'<ofd:Page ID="{i + 10}" BaseLoc="{loc}"/>' for i, loc in enumerate(locations))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "OFD.xml",
            f'<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
            f"<ofd:DocRoot>{root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        z.writestr(
            "Doc_0/Document.xml", f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:Pages>{listed}</ofd:Pages></ofd:Document>'
        )
        for i, content in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", content)
    return buf.getvalue()


def ofd_page(text: str, *, wrap: int = 0) -> str:
    body = f'<ofd:TextObject ID="1" Boundary="20 20 170 6" Size="4"><ofd:TextCode X="0" Y="4">{text}</ofd:TextCode></ofd:TextObject>'
    body = "<ofd:PageBlock>" * wrap + body + "</ofd:PageBlock>" * wrap
    return f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="2">{body}</ofd:Layer></ofd:Content></ofd:Page>'


def ofd_deep_nesting() -> tuple[str, bytes]:
    return "deep.ofd", ofd_bytes([ofd_page("一、重点任务", wrap=5000)])


def ofd_escaping_path() -> tuple[str, bytes]:
    """A page location that climbs out of the package (``../../``)."""
    return "escape.ofd", ofd_bytes([ofd_page("任务")], page_locations=["../../../etc/passwd"])


# Every hostile input class with the reader's expected error (a fragment of the one line).
HOSTILE = {
    "xlsx whole-sheet merge": (xlsx_whole_sheet_merge, "no sheet holds a task table"),
    "xlsx far corner": (xlsx_far_corner, "used range A1:XFD1048576 holds 17,179,869,184 cells; the limit is"),
    "xlsx overlapping merges": (xlsx_overlapping_merges, "merged ranges cover"),
    "xlsx bad XML": (xlsx_bad_xml, "XML syntax error"),
    "zip bad CRC": (zip_bad_crc, "not a readable"),
    "zip bomb": (zip_bomb, "its members unpack to"),
    "docx gridSpan bomb": (docx_grid_span_bomb, "tables hold"),
    "docx deep nesting": (docx_deep_nesting, "elements are nested 65 levels; the limit is 64 levels"),
    "docx entity expansion": (docx_entity_expansion, "declares a DTD"),
    "docx unknown encoding": (
        docx_unknown_encoding,
        "word/document.xml: XML part cannot be decoded (unknown encoding: iTF-8)",
    ),
    "html nested tables": (html_nested_tables, "tables are nested 65 levels; the limit is 64 levels"),
    "csv huge field": (csv_huge_quoted_field, "not a readable CSV table (field larger than field limit"),
    "text long line": (text_long_line, "line is 100,000 characters long; the limit is 20,000 characters per line"),
    "pdf flate bomb": (pdf_flate_bomb, "not a readable PDF (LimitReachedError"),
    "ofd deep nesting": (ofd_deep_nesting, "elements are nested 65 levels"),
    "ofd escaping path": (ofd_escaping_path, "points to a part the package does not hold"),
}

"""Fuzzing every reader: seeds per format, mutations as hypothesis strategies, and a runner that keeps figures.

A mutated input is one of the format's seeds (valid files and the hostile classes of
tests/support/hostile.py) changed by a few operations: byte flips, insertions of random
bytes or of tokens that matter to the format (``<mergeCell ref=…>``, ``<table>``, ``stream``,
quotes, ``（牵头单位：`` …), deletions, repetitions (which build nesting and bombs) and
truncation. Zip containers are mutated inside: a member is unpacked, mutated and the
package rebuilt, so the XML readers are reached instead of stopping at a CRC error.

An input passes when the reader returns a Document or raises a ReformGraphError whose
message is one line; any other exception is a crash, and an input that costs more than
``HANG_SECONDS`` of CPU time (this process's and its converters', so a loaded machine does
not turn a slow wall clock into a "hang") or more than ``HANG_WALL_SECONDS`` on the wall
clock (a reader that waits rather than works) is a hang. Used by tests/test_fuzz_readers.py (a fixed budget) and
benchmarks/fuzz_readers.py (as many inputs as asked).
"""

from __future__ import annotations

import contextlib
import io
import os
import time
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

from reformgraph.errors import ReformGraphError
from reformgraph.loaders import formats_doc
from reformgraph.loaders.read import parse_bytes
from support import hostile

HANG_SECONDS = 5.0
HANG_WALL_SECONDS = 60.0
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
BUNDLED = Path(__file__).resolve().parents[2] / "data" / "youyang-2022-18-business-environment-reforms.md"
XML_SPREADSHEET = (
    Path(__file__).resolve().parents[1] / "fixtures" / "round62" / "files28" / "09-county-xml-spreadsheet.xls"
)
WORD_XML = Path(__file__).resolve().parents[1] / "fixtures" / "round62" / "files29"  # Word's XML documents
# Word 2003's XML documents as Word (w:hmerge, w:fareast fonts) and WPS (its own properties and footer) write them
OLD_WORD_XML = Path(__file__).resolve().parents[1] / "fixtures" / "round63" / "files30"
# an XML Spreadsheet of rich-text cells (<B>, <Font> runs) under a legend; a WPS .et of merged unit cells (round 64)
OFFICE_64 = Path(__file__).resolve().parents[1] / "fixtures" / "round64" / "files31"
# a .docx whose footnotes and endnote define short forms, one whose table sits in a text box, one of content controls
# around its cells in a landscape section; an XML Spreadsheet and an .xlsx of coloured runs under a colour legend
# (round 65)
OFFICE_65 = Path(__file__).resolve().parents[1] / "fixtures" / "round65" / "files32"
# an .xlsx whose leads are in a theme colour, a web page's red leads, a .docx's merged unit cells in colour (round 66)
OFFICE_66 = Path(__file__).resolve().parents[1] / "fixtures" / "round66" / "files33"
# a page whose style sheet colours its leads, an .xlsx's tinted theme colour, a .doc's footnotes, a PDF's and an OFD's
# red leads (round 67)
OFFICE_67 = Path(__file__).resolve().parents[1] / "fixtures" / "round67" / "files34"
OFFICE_67B = Path(__file__).resolve().parents[1] / "fixtures" / "round67" / "files35"
FLAT_XML = (  # Word 2007's flat XML document, its smallest: the package's relationships and the document
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/_rels/.rels" '
    'pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" '
    'pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc>'
    "<w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
    "<w:t>牵头单位</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
    '<w:t>建设平台</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r>'
    "<w:t>区数据局</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>"
).encode()

XML_TOKENS = [
    b'<mergeCell ref="A1:XFD1048576"/>',
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<row r="999999">',
    b'<w:gridSpan w:val="99999999"/>',
    b"<w:vMerge/>",
    b"<w:vmerge/>",
    b"<w:hmerge/>",
    b'<B><Font html:Face="x">',
    b'<Font html:Color="#FF0000">',
    b'<color rgb="FFFF0000"/>',
    b'<w:color w:val="FF0000"/>',
    b'<w:footnote w:id="1">',
    b"<w:txbxContent>",
    b"<w:sdt><w:sdtContent>",
    '<w:rFonts w:fareast="楷体_GB2312"/>'.encode(),
    b"<wx:sect>",
    b'<pkg:part pkg:name="/../x">',
    b"<w:tbl><w:tr><w:tc>",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b"&a;",
    b"<![CDATA[",
    b'<ofd:Page BaseLoc="../x"/>',
    b'Boundary="nan inf 1e309 -0"',
    b'<ofd:TextCode X="1e308" Y="-1e308">',
    b"\xff\xfe",
    b"]]>",
]
TOKENS = {
    ".md": [
        "（牵头单位：".encode(),
        "一、".encode(),
        "…".encode() * 200,
        b"." * 500,
        "任务\n".encode() * 50,
        b"\r",
        b"\x00",
    ],
    ".csv": [b",", b'"', b'"""', b"\n", b"\r", b"\x00", b"\t", b";", "牵头单位".encode(), b"," * 1000],
    ".html": [
        b"<table><tr><td>" * 30,
        b"</td></tr></table>",
        b"<?",
        b"<!--",
        b"<script>",
        b"<meta charset=gbk>",
        b"&#xffffffff;",
        b"<br>" * 100,
        b"<th>",
    ],
    ".pdf": [
        b"/FlateDecode",
        b"stream\n",
        b"endstream",
        b"endobj",
        b"<<",
        b">>",
        b"/Kids [",
        b"/Count 99999999",
        b"/Encrypt",
        b"xref",
        b"trailer",
        b"0 0 R",
    ],
}


def _pdf_seed() -> bytes:
    return one_page_pdf(b"BT /F1 12 Tf 20 150 Td (Plan 2025) Tj ET")


def one_page_pdf(stream: bytes, font: str = "Helvetica") -> bytes:
    """A PDF of one 200 × 200 page drawing ``stream``, its font ``/F1`` one of the standard fonts (round 72: the
    PDF reader's tests draw pieces of a line out of order in Courier, each glyph 0.6 of the size wide).

    >>> one_page_pdf(b"BT /F1 12 Tf 20 150 Td (Plan) Tj ET")[:5]
    b'%PDF-'
    """
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    font_object = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/" + font),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font_object)})}
    )
    content = DecodedStreamObject()
    content.set_data(stream)
    page[NameObject("/Contents")] = writer._add_object(content)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def seeds() -> dict[str, list[bytes]]:
    """Valid files and hostile classes per extension (small versions of the big hostile ones)."""
    text = "\n".join(BUNDLED.read_text(encoding="utf-8").splitlines()[:300]).encode()  # two workplans
    csv = "\n".join(
        ",".join(r) for r in (hostile.TASK_HEADER, hostile.TASK_ROW, ["2", "清理证明", "", "区司法局", "持续推进"])
    )
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in (hostile.TASK_HEADER, hostile.TASK_ROW)
    )
    html = f"<html><head><title>任务</title></head><body><h1>方案</h1><p>一、任务<br>（一）建平台。（牵头单位：区大数据局）</p><table>{rows}</table></body></html>"
    fixture = {
        name: (FIXTURES / name).read_bytes() for name in ("plan.doc", "tasks.wps", "tasks.xls", "tasks.et", "plan.ofd")
    }
    return {
        ".md": [text, hostile.text_long_line(2000)[1]],
        ".csv": [csv.encode("gbk"), hostile.csv_nul_late()[1]],
        ".html": [
            html.encode(),
            hostile.html_nested_tables(80)[1],
            hostile.html_processing_instructions(2000)[1],
            (OFFICE_66 / "03-district-consumption-html-colour-legend.html").read_bytes(),  # round 66
            (OFFICE_67 / "01-district-business-html-css-class-colour.html").read_bytes(),  # round 67
        ],
        ".docx": [
            hostile.docx_bytes(table=[hostile.TASK_HEADER, hostile.TASK_ROW]),
            hostile.docx_grid_span_bomb()[1],
            hostile.docx_deep_nesting(100)[1],
            hostile.docx_entity_expansion()[1],
            hostile.docx_long_vertical_merge(30)[1],
            (OFFICE_65 / "01-city-business-docx-footnote-short-forms.docx").read_bytes(),  # round 65
            (OFFICE_65 / "02-county-river-docx-text-box-table.docx").read_bytes(),
            (OFFICE_65 / "05-city-data-docx-landscape-content-controls.docx").read_bytes(),
            (OFFICE_66 / "04-county-rural-docx-merged-colour-units.docx").read_bytes(),  # round 66
        ],
        ".xlsx": [
            hostile.xlsx_bytes(),
            hostile.xlsx_whole_sheet_merge()[1],
            hostile.xlsx_far_corner()[1],
            hostile.xlsx_overlapping_merges(20)[1],
            hostile.xlsx_lying_dimension()[1],
            (OFFICE_65 / "04-district-renewal-xlsx-colour-runs.xlsx").read_bytes(),  # round 65
            (OFFICE_66 / "02-county-farmland-xlsx-theme-colour.xlsx").read_bytes(),  # round 66
            (OFFICE_67 / "02-county-safety-xlsx-theme-tint-colour.xlsx").read_bytes(),  # round 67
        ],
        ".xls": [fixture["tasks.xls"], XML_SPREADSHEET.read_bytes()],  # an Excel 2003 XML workbook named .xls too
        ".et": [fixture["tasks.et"], (OFFICE_64 / "04-district-economy-wps-et-merged-units.et").read_bytes()],
        ".doc": [
            fixture["plan.doc"],
            (WORD_XML / "02-county-word2003-prose.doc").read_bytes(),  # Word 2003 XML too
            (OFFICE_67 / "04-district-renewal-doc-antiword-footnotes.doc").read_bytes(),  # round 67
        ],
        ".xml": [
            (WORD_XML / "01-city-word2003-table.xml").read_bytes(),  # Word's XML documents (round 62)
            FLAT_XML,
            (OLD_WORD_XML / "01-county-geohazard-word2003-hmerge.xml").read_bytes(),  # round 63
            (OLD_WORD_XML / "02-district-reading-wps-word-xml.xml").read_bytes(),
            (OFFICE_64 / "03-county-renovation-xmlss-bold-runs.xml").read_bytes(),  # round 64
            (OFFICE_65 / "03-county-water-xmlss-colour-runs.xml").read_bytes(),  # round 65
        ],
        ".wps": [fixture["tasks.wps"]],
        ".pdf": [
            _pdf_seed(),
            hostile.pdf_pages(3)[1],
            (OFFICE_67 / "05-county-logistics-pdf-red-prose.pdf").read_bytes(),
            (OFFICE_67B / "03-city-elderly-pdf-indexed-red.pdf").read_bytes(),  # round 67, a named colour space
        ],
        ".ofd": [
            fixture["plan.ofd"],
            hostile.ofd_deep_nesting()[1],
            hostile.ofd_escaping_path()[1],
            (OFFICE_67 / "06-district-streets-ofd-red-leads.ofd").read_bytes(),  # round 67
            (OFFICE_67B / "01-district-housing-ofd-drawparam-red-leads.ofd").read_bytes(),  # its resources read
            (OFFICE_67B / "02-county-irrigation-ofd-bold-leads.ofd").read_bytes(),
        ],
    }


def _apply(data: bytes, operations) -> bytes:
    out = bytearray(data)
    for op, position, payload, times in operations:
        at = position % (len(out) + 1)
        if op == "flip" and out:
            out[at % len(out)] ^= payload[0] if payload else 0xFF
        elif op == "insert":
            out[at:at] = payload
        elif op == "delete":
            del out[at : at + len(payload) + 1]
        elif op == "repeat":
            piece = bytes(out[at : at + len(payload) + 1])
            out[at:at] = piece * times
        elif op == "truncate":
            del out[at:]
    return bytes(out)


TEXT_FORMATS = (".md", ".csv", ".html")
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=16)


def operations(tokens: list[bytes], *, textual: bool = False):
    """A few edit operations; ``textual`` ones insert text and tokens only (the input stays decodable)."""
    raw = st.binary(min_size=1, max_size=24) if not textual else TEXT.map(lambda t: t.encode("utf-8"))
    payload = st.one_of(raw, st.sampled_from(tokens or [b"\x00"]), st.sampled_from(tokens or [b"\x00"]))
    kinds = ["insert", "delete", "repeat", "truncate", "insert"] + ([] if textual else ["flip"])
    op = st.tuples(
        st.sampled_from(kinds),
        st.integers(min_value=0, max_value=1 << 20),
        payload,
        st.integers(min_value=1, max_value=200),
    )
    return st.lists(op, min_size=1, max_size=4)


def _apply_text(data: bytes, ops) -> bytes:
    """``_apply`` on characters, so a UTF-8/GBK text stays text (positions count characters)."""
    for codec in ("utf-8", "gb18030"):
        try:
            text = data.decode(codec)
            break
        except UnicodeDecodeError:
            continue
    else:
        return _apply(data, ops)
    chars = [c.encode(codec) for c in text]
    for op, position, payload, times in ops:
        at = position % (len(chars) + 1)
        piece = payload.decode("utf-8", "replace")
        if op == "insert":
            chars[at:at] = [c.encode(codec, "replace") for c in piece]
        elif op == "delete":
            del chars[at : at + len(piece) + 1]
        elif op == "repeat":
            chars[at:at] = chars[at : at + len(piece) + 1] * times
        elif op == "truncate":
            del chars[at:]
    return b"".join(chars)


@st.composite
def mutated(draw, extension: str, seed_list: list[bytes]) -> bytes:
    """One of the seeds, mutated (inside a zip member for zip containers, three times in four)."""
    seed = draw(st.sampled_from(seed_list))
    if seed[:4] == b"PK\x03\x04" and draw(st.integers(0, 3)):
        with zipfile.ZipFile(io.BytesIO(seed)) as z:
            members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
        xml = [i for i, (name, _) in enumerate(members) if name.endswith((".xml", ".rels"))] or [0]
        index = draw(st.sampled_from(xml))
        name, content = members[index]
        well_formed = draw(st.booleans())  # XML tokens and text only: the parts stay parseable more often
        members[index] = (name, _apply(content, draw(operations(XML_TOKENS, textual=well_formed))))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for member, body in members:
                z.writestr(member, body)
        return buf.getvalue()
    if extension in TEXT_FORMATS and draw(st.integers(0, 3)):
        return _apply_text(seed, draw(operations(TOKENS[extension], textual=True)))
    return _apply(seed, draw(operations(TOKENS.get(extension, XML_TOKENS))))


@dataclass
class Figures:
    """What fuzzing one format found."""

    inputs: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    slowest: float = 0.0
    slowest_size: int = 0
    slowest_input: bytes = field(default=b"", repr=False)
    failing_inputs: list[bytes] = field(default_factory=list, repr=False)

    def save_failing(self, folder: Path, extension: str) -> Path:
        """Writes each failing input to ``folder`` as ``failing-N{extension}``, to be read again by hand; returns it."""
        folder.mkdir(parents=True, exist_ok=True)
        for i, data in enumerate(self.failing_inputs):
            (folder / f"failing-{i}{extension}").write_bytes(data)
        return folder

    def line(self, extension: str) -> str:
        return (
            f"{extension:6s} inputs {self.inputs:6d}  crashes {len(self.crashes)}  hangs {len(self.hangs)}  "
            f"slowest {self.slowest:6.3f} s ({self.slowest_size:,} bytes)"
        )


@contextlib.contextmanager
def fast_converters():
    """Old Word files through antiword only while fuzzing (LibreOffice takes seconds per file)."""
    saved = formats_doc.CONVERTERS
    formats_doc.CONVERTERS = ("antiword",)
    try:
        yield
    finally:
        formats_doc.CONVERTERS = saved


def cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (antiword, pdftotext …).

    >>> cpu_seconds() >= 0
    True
    """
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def run_one(extension: str, data: bytes, figures: Figures) -> str | None:
    """Read one input; return a description of the failure (crash, hang, multi-line error) or None."""
    figures.inputs += 1
    started, started_cpu = time.perf_counter(), cpu_seconds()
    problem = None
    try:
        parse_bytes(data, path="fuzz" + extension)
    except ReformGraphError as exc:
        if "\n" in str(exc):
            problem = f"error message of several lines: {str(exc)[:200]!r}"
    except Exception as exc:  # noqa: BLE001 - this is what the fuzzer looks for
        problem = "crash: " + "".join(traceback.format_exception_only(exc)).strip()[:300]
        figures.crashes.append(problem)
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - started_cpu
    if elapsed > figures.slowest:
        figures.slowest, figures.slowest_size, figures.slowest_input = elapsed, len(data), data
    if cpu > HANG_SECONDS or elapsed > HANG_WALL_SECONDS:
        problem = f"hang: {cpu:.1f} s of CPU ({elapsed:.1f} s wall) on {len(data):,} bytes"
        figures.hangs.append(problem)
    if problem:
        figures.failing_inputs.append(data)
    return problem

"""PDF documents read with pypdf: the text layer, page by page, laid out by position.

A PDF with no text layer (a scan) and an encrypted PDF that needs a password each get a
message saying what to do; there is no OCR here.

Bounded: the page count is checked before any page is read (``Limits.pages``), each
page's decompressed content is added up against ``Limits.unpacked_bytes`` before its
text is extracted (pypdf also caps a single stream), and the extracted text against
``Limits.text_chars``. pypdf raises many exception types on malformed files
(``PdfReadError``, ``LimitReachedError``, ``KeyError``, ``zlib.error`` …); every one
becomes a DocumentError naming the page when it happens on one.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import replace

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.glyphs import as_drawn
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_count, library_errors
from reformgraph.loaders.pdf_columns import laid_out
from reformgraph.loaders.pdf_footnotes import without_footnotes
from reformgraph.loaders.pdf_formats import marked_page
from reformgraph.loaders.pdf_spill import SPILLED, spilled_pages
from reformgraph.loaders.run_formats import RunLegend, may_hold_legend, run_legend
from reformgraph.loaders.running_lines import edge_line, without_running_lines
from reformgraph.loaders.unread_tables import refused_when_unread, tables_hinted
from reformgraph.records import Document, ParseWarning
from reformgraph.regexcache import compiled

WHAT = "PDF"
SCANNED = (
    "scanned PDF with no text layer: run OCR first (for example `ocrmypdf -l chi_sim in.pdf out.pdf`) "
    "or use the Word/text version of the document"
)
ENCRYPTED = "encrypted PDF: open it with its password and save an unprotected copy, then try again"

# pypdf reports recoverable damage through logging; with no handler configured Python would print
# each warning on stderr, so a command line that promises one line per failure keeps them quiet.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pdfminer").addHandler(logging.NullHandler())  # pdfplumber's (Could not get FontBBox…): round 37


def pdf_text(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text layer of every page, pages separated by blank lines."""
    return "\n\n".join(pdf_pages(data, path=path, limits=limits))


def pdf_pages(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS, legend: RunLegend | None = None) -> list[str]:
    """The text layer of each page, without the running head and foot the pages share; under a legend giving a
    font's format a unit's role, each unit drawn in it marked (``pdf_formats.marked_page``, round 51)."""
    require("pypdf", "formats", "reading PDF files")
    from pypdf import PdfReader

    with library_errors(WHAT, path=path):
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError(ENCRYPTED, path=path)
            count = len(reader.pages)
        except DocumentError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified here, translated by library_errors
            if "crypt" in str(exc).lower():
                raise DocumentError(ENCRYPTED, path=path) from None
            raise
    check_count("pages", count, "the PDF has", path=path, limits=limits)
    pages: list[str] = []
    unpacked = 0
    chars = 0
    for number in range(1, count + 1):
        with library_errors(WHAT, path=path, where=f"page {number}"):
            page = reader.pages[number - 1]
            contents = page.get_contents()
            unpacked += len(contents.get_data()) if contents is not None else 0
            check_count("unpacked_bytes", unpacked, "page contents unpack to", path=path, limits=limits)
            text = page_text(page, legend)
        chars += len(text)
        check_count("text_chars", chars, "the PDF holds", path=path, limits=limits)
        pages.append(text)
    # a Word plan's footnotes at each page's foot, and their numbers in its text, are no part of it (round 42)
    pages = [as_drawn(without_footnotes(page)) for page in without_page_numbers(without_running_lines(pages))]
    if legend is not None:
        pages = [marked_page(page, legend.mark) if "**" in page else page for page in pages]
    if not any(re.search(r"[\u4e00-\u9fff]", page) for page in pages):
        raise DocumentError(SCANNED, path=path)
    return pages


def page_breaks(pages: list[str]) -> frozenset[int]:
    """The 0-based lines of the pages joined by a blank line (``pdf_text``'s text) that stand for a page break: the
    blank line between two pages. Handed with the text to its reader (``parse_text``), which reads a paragraph on
    past one (``wrapped.paragraphs``, round 73 pdf73: before, a page's last line ending a sentence at the margin was
    read as a paragraph's end, the sentence's paragraph going on at the next page's top read as a task of its own;
    a page break marked in the text itself would have moved every PDF's line numbers).

    >>> sorted(page_breaks(["甲\\n乙", "丙", "丁\\n"]))
    [2, 4]
    """
    breaks, at = [], -1
    for page in pages[:-1]:
        at += page.count("\n") + 2
        breaks.append(at)
    return frozenset(breaks)


def without_page_numbers(pages: list[str]) -> list[str]:
    r"""The pages without a bare page number at their foot or head (``2``: Word's own page number field, printed to
    PDF; round 52): an edge line of one to three digits, on two pages or more and on half of them at least, each
    number its page's index plus one same offset (a first page unnumbered, or numbered on). Before, the number
    joined the sentence the page break cut (``县自然`` / ``1`` / ``资源局`` read ``县自然1资源局``). A number at one page's
    edge, or numbers out of step (a table's cells), stay.

    >>> without_page_numbers(["（配合单位：县自然\n1", "资源局）\n2", "二、要求\n3"])
    ['（配合单位：县自然\n', '资源局）\n', '二、要求\n']
    >>> without_page_numbers(["（配合单位：县自然\n30", "资源局）\n12"])
    ['（配合单位：县自然\n30', '资源局）\n12']
    """
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    for end in (-1, 0):  # the foot, then the head
        numbered: dict[int, list[int]] = {}  # offset (number minus page index) -> the pages so numbered
        for k, lines in enumerate(split):
            at = edge_line(lines, end)
            if at is not None and _BARE_NUMBER.fullmatch(lines[at]):
                numbered.setdefault(int(lines[at]) - k, []).append(k)
        pages_numbered = max(numbered.values(), key=len, default=[])
        if len(pages_numbered) >= 2 and len(pages_numbered) * 2 >= len(pages):
            for k in pages_numbered:
                split[k][edge_line(split[k], end)] = ""  # blanked: the lines after it keep their numbers
    return ["\n".join(lines) for lines in split]


_BARE_NUMBER = compiled(r"\s*\d{1,3}\s*")


def page_text(page, legend: RunLegend | None = None) -> str:
    """A page's text laid out by position (pypdf's layout mode: a table's cells stand apart by spaces in their
    columns, each wrapped line of a cell under its column: ``spaced_tables`` reads them by position); the plain
    reading order where the layout reading fails (a font pypdf cannot measure). Quotation marks set apart from
    their words are put back (``requote``); an empty pair broken over two lines (the opening mark ends a line,
    the closing one opens the next) is taken out, as ``requote`` takes out one it cannot place.

    >>> class Page:
    ...     def extract_text(self, extraction_mode="plain"):
    ...         return "等工作， 十四“\\n ”五 期间完成"
    >>> page_text(Page())
    '等工作， 十四\\n 五 期间完成'
    """
    text = laid_out(page, legend)  # pypdf's layout, a page in two columns read column by column (round 41)
    if text is None:
        try:
            text = page.extract_text(extraction_mode="layout") or ""
        except Exception:  # noqa: BLE001 - any failure of the layout reading falls back to the plain one
            text = ""
    if not text.strip():  # and so does a page it reads as blank: a landscape table stored rotated (/Rotate 90),
        text = page.extract_text() or ""  # which was called a scan with no text layer (round 39)
    if "“" not in text and "”" not in text:
        return text
    lines = text.split("\n")
    for i in range(len(lines) - 1):  # a pair broken over two lines: ``…工作， 十四“`` / `` ”五 期间完成…``
        if lines[i].endswith("“") and lines[i + 1].lstrip().startswith("”"):
            lines[i] = lines[i][:-1].rstrip()
            lines[i + 1] = lines[i + 1].replace("”", "", 1)
    return "\n".join(map(requote, lines))


# quotation marks drawn in a font of their own come out of the text layer as empty pairs apart from their words:
# ``监管执法 宽松虚软 等问题…（各部门按“             ”`` (LibreOffice sets “” in a Latin font)
_EMPTY_QUOTES = compiled(r"“\s*”")
_GAP = compiled(r"(?<=\S) (?=\S)")  # one space between two characters: where a quotation mark stood
_DISPLACED = compiled(r"\s[“”]|[“”]\s")  # a quotation mark against a space: drawn away from its words


def requote(line: str) -> str:
    """``line`` with its empty pairs of quotation marks taken out, and put back in the one-space gaps they left
    when there are two gaps a pair; else only taken out (a name broken by ``“”`` reads whole).

    >>> requote("落基层、监管执法 宽松虚软 等问题。（各部门按“             ”")
    '落基层、监管执法“宽松虚软”等问题。（各部门按'
    >>> requote("“ ”业配送 气液两相 瓶，工业"), requote("按“  ”职责 分工 负责 2024 年")
    ('业配送“气液两相”瓶，工业', '按职责 分工 负责 2024 年')
    """
    pairs = len(_EMPTY_QUOTES.findall(line))
    if not pairs:
        return _placed(line)
    line = _EMPTY_QUOTES.sub("", line).rstrip()
    return _into_gaps(line, "“”" * pairs) or line


def _placed(line: str) -> str:
    """``line`` with quotation marks drawn away from their words put in the one-space gaps they left, in the order
    the text layer gives them, when there are as many gaps as marks (a line whose marks stand where they belong
    leaves no gap for them: it is returned as it is, as is one whose gaps do not match). Only a line where a mark
    stands against a space, as one drawn away from its words does (round 72: the layout places each piece by its
    position, and a line whose marks are in place, ``领作用。2019年 6月底前…指标的“无废城``, had its mark moved into the
    gap Latin digits leave).

    >>> _placed("100   “场以上 公园+文商旅体展 活动。（责任单位：市绿化市容”")
    '100   场以上“公园+文商旅体展”活动。（责任单位：市绿化市容'
    >>> _placed("立足“两个根本”，从根本"), _placed("推进 “一网通办” 改革 2024 年")
    ('立足“两个根本”，从根本', '推进 “一网通办” 改革 2024 年')
    >>> _placed("领作用。2019年 6月底前，研究建立以核心指标的“无废城")
    '领作用。2019年 6月底前，研究建立以核心指标的“无废城'
    """
    if not _DISPLACED.search(line):
        return line
    marks = [c for c in line if c in "“”"]
    return _into_gaps(line.replace("“", "").replace("”", "").rstrip(), marks) or line


def _into_gaps(line: str, marks) -> str | None:
    """``line`` (its marks taken out) with ``marks`` put in its one-space gaps in order, when it has as many gaps
    as marks; else None.

    >>> _into_gaps("监管执法 宽松虚软 等问题", "“”"), _into_gaps("监管执法 宽松虚软", "“”")
    ('监管执法“宽松虚软”等问题', None)
    """
    body = line.lstrip()
    if len(_GAP.findall(body)) != len(marks):
        return None
    placed = iter(marks)
    return line[: len(line) - len(body)] + _GAP.sub(lambda _: next(placed), body)


def read_pdf(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a text-layer PDF: its task tables from their ruling lines when it draws any (``pdf_tables``, round 33),
    else like a .txt document."""
    from reformgraph.loaders.pdf_tables import drawn_rows, may_hold_a_ruled_table, ruled_tables_document
    from reformgraph.loaders.read import parse_text

    pages = pdf_pages(data, path=path, limits=limits)  # the limits checked, the text layer read
    spilled = spilled_pages(pages)
    if spilled:  # a sheet printed column block by column block: read from its ruled rows, else refused (round 42)
        return _spilled_sheet(data, pages, spilled, path=path, key=key, sha256=sha256, limits=limits)
    text = "\n\n".join(pages)
    # a colour's legend too: its units told by their fill colour (round 67: before, a PDF's colours were not read)
    legend = run_legend(text, colours=True) if may_hold_legend(text, colours=True) else None
    if legend is not None:  # read again, the units drawn in the legend's format marked (round 51)
        pages = pdf_pages(data, path=path, limits=limits, legend=legend)
        text = "\n\n".join(pages)

    def read_body(body: str) -> Document:
        return parse_text(body, path=path, key=key, sha256=sha256, limits=limits)

    if may_hold_a_ruled_table(text):
        doc = ruled_tables_document(
            data, text, path=path, key=key, sha256=sha256, read_body=read_body, limits=limits, legend=legend
        )
        if doc is not None:
            return doc

    def drawn() -> list:  # a refusal names what its ruled tables hold and the --columns to read them (round 80)
        return drawn_rows(data, limits=limits)

    with tables_hinted(drawn, path):
        doc = parse_text(text, path=path, key=key, sha256=sha256, limits=limits, page_breaks=page_breaks(pages))
    return refused_when_unread(doc, drawn, path)


def _spilled_sheet(
    data: bytes, pages: list[str], spilled: list[int], *, path: str, key: str, sha256: str, limits: Limits
) -> Document:
    """A sheet printed column block by column block: its table put back together from its ruled rows where each
    page of a run draws one table ruled at the same heights (``pdf_tables.ruled_tables_document``, round 55); else
    read without those pages, a warning naming them (round 42)."""
    from reformgraph.loaders.pdf_tables import ruled_tables_document
    from reformgraph.loaders.read import parse_text

    def read_body(body: str) -> Document:
        return parse_text(body, path=path, key=key, sha256=sha256, limits=limits)

    text = "\n\n".join(pages)
    doc = ruled_tables_document(
        data, text, path=path, key=key, sha256=sha256, read_body=read_body, limits=limits, spilled=frozenset(spilled)
    )
    if doc is not None:
        return doc
    return _without_spilled_pages(pages, spilled, path=path, key=key, sha256=sha256, limits=limits)


def _without_spilled_pages(
    pages: list[str], spilled: list[int], *, path: str, key: str, sha256: str, limits: Limits
) -> Document:
    """The PDF read without the pages a table's columns spilled over (their lines blank, so line numbers stay), and a
    warning naming them; one line of error when nothing else is read (round 42)."""
    from reformgraph.loaders.read import parse_text

    named = ", ".join(str(number + 1) for number in spilled)
    message = SPILLED.format(pages=named)
    kept = ["\n" * page.count("\n") if number in spilled else page for number, page in enumerate(pages)]
    try:
        doc = parse_text("\n\n".join(kept), path=path, key=key, sha256=sha256, limits=limits)
    except DocumentError:
        raise DocumentError(message, path=path) from None
    first = sum(page.count("\n") + 2 for page in pages[: spilled[0]]) + 1
    return replace(doc, warnings=(*doc.warnings, ParseWarning(first, message, "spilled_columns", (("pages", named),))))

"""Word documents (.docx) read with python-docx: paragraphs in order, and real tables.

A table whose header row names a task and a unit column is a task table: its rows are
tasks. When the document holds task tables they are the tasks; otherwise its paragraphs
(heading styles marked as ``#`` headings, tables flattened one row per line) are parsed as
text, like a .md file.

Bounded and linear: the package and every XML part are checked first
(:mod:`reformgraph.loaders.containers`). Table rows are walked here, once, over the
XML: python-docx's ``row.cells`` follows every vertically merged cell up to its first
row (quadratic in a long merge) and repeats a cell once per spanned grid column (a
``gridSpan`` of a billion from a few bytes), so spans are counted against
``Limits.cells`` before they are expanded.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from types import MappingProxyType

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.body_tables import body_lines, with_body_tasks
from reformgraph.loaders.compact import compact, note_mark
from reformgraph.loaders.containers import check_xml_parts, open_package
from reformgraph.loaders.continued_tables import HEADER_ROWS, continued_tables
from reformgraph.loaders.docx_numbering import Numbering, style_numbering
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_cell, check_count, check_lines, library_errors
from reformgraph.loaders.line_emoji import undecorated_text
from reformgraph.loaders.run_formats import RunLegend, in_colour, marked_units, may_hold_legend, run_legend
from reformgraph.loaders.table_titles import title_above, title_row
from reformgraph.loaders.tables import (
    UNIT_KINDS,
    column_kind,
    document_from_tables,
    notes_short_forms,
)
from reformgraph.loaders.tasks import with_short_forms
from reformgraph.loaders.unread_tables import tables_hinted
from reformgraph.loaders.vocab import opens_an_item
from reformgraph.loaders.worded_units import units_from_task_words
from reformgraph.records import Document

WHAT = ".docx document"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _int_attribute(element, tag: str, default: int) -> int:
    """``w:val`` of the child ``tag`` of ``element`` as an int (``default`` when absent or not a number)."""
    child = element.find(tag) if element is not None else None
    value = child.get(W + "val") if child is not None else None
    return int(value) if value is not None and value.isdigit() and len(value) <= 12 else default


class _TableReader:
    """Turns ``w:tbl`` elements into rows of cell texts, counting cells against the limit."""

    def __init__(self, *, path: str, limits: Limits, paragraph_text):
        self.path = path
        self.limits = limits
        self.paragraph_text = paragraph_text
        self.cells = 0
        self.tables = 0
        self.nested: list = []  # the tables met inside cells, not yet read

    def _count(self, cells: int) -> int:
        self.cells += cells
        check_count("cells", self.cells, "tables hold", path=self.path, limits=self.limits)
        return cells

    def rows(self, tbl) -> list[list[str]]:
        self.tables += 1
        rows: list[list[str]] = []
        # grid column -> text of the cell above when that cell is in a vertical merge (w:vMerge), which a cell below
        # marked ``continue`` goes on with
        above: dict[int, str] = {}
        for r, tr in enumerate(table_parts(tbl, W + "tr"), start=1):
            row: list[str] = []
            here: dict[int, str] = {}
            row_properties = tr.find(W + "trPr")
            if row_properties is not None and row_properties.find(W + "del") is not None:
                rows.append(row)  # a row deleted with tracked changes (round 43): not shown, its number kept
                continue
            col = self._count(_int_attribute(row_properties, W + "gridBefore", 0))
            row.extend([""] * col)  # grid columns left empty before the first cell
            for tc in table_parts(tr, W + "tc"):
                properties = tc.find(W + "tcPr")
                span = self._count(max(_int_attribute(properties, W + "gridSpan", 1), 1))
                merge = properties.find(W + "vMerge") if properties is not None else None
                if merge is not None and merge.get(W + "val") in (None, "continue"):
                    text = above.get(col, "")
                elif showing_prompt(tc.getparent()):  # a cell-wide content control left empty
                    text = ""
                else:
                    paragraphs = []
                    for block in word_blocks(tc):
                        if block.tag == W + "p":
                            paragraphs.append(self.paragraph_text(block))
                        elif block.tag == W + "tbl":
                            if (fields := self.fields_of(block)) is not None:  # 牵头单位 | A over 配合单位 | B
                                paragraphs.append(fields)
                            else:  # a table in the cell (a frame table around the plan's)
                                self.nested.append(block)
                    text = "\n".join(paragraphs)
                    where = f"table {self.tables} row {r} column {len(row) + 1}"
                    check_cell(text, path=self.path, where=where, limits=self.limits)
                row.append(text)
                row.extend([""] * (span - 1))  # a horizontally merged cell is kept once per row
                if merge is not None:
                    # round 46: a ``continue`` under a cell in no merge (a header row repeated where a table was
                    # split, over the lower part of a merge cut by the split) is a cell of its own, as
                    # LibreOffice shows it: empty (before, it read the header's 牵头单位 as the row's lead)
                    here[col] = text
                col += span
            above = here
            rows.append(row)
        return rows

    def fields_of(self, block) -> str | None:
        """The text of a table in a cell that writes the cell's fields a row each, a label and its value
        (``牵头单位 | 县商务局`` over ``配合单位 | 县发展改革局``: a 责任分工 cell laid out as a small table), as the cell
        would write them (``牵头单位：县商务局``), one line a field; None for any other table (round 61: before, the
        small table was read as a table of its own after the one around it, its row's units lost)."""
        lines = []
        for tr in table_parts(block, W + "tr"):
            cells = [
                "".join(self.paragraph_text(p) for p in word_blocks(tc) if p.tag == W + "p").strip()
                for tc in table_parts(tr, W + "tc")
            ]
            filled = [cell for cell in cells if cell]
            if not filled:
                continue
            if len(filled) != 2 or len(lines) == _FIELD_ROWS or column_kind(filled[0]) not in _FIELD_KINDS:
                return None
            lines.append(f"{filled[0]}：{filled[1]}")
        if not any(column_kind(line.split("：", 1)[0]) in UNIT_KINDS for line in lines):
            return None
        return "\n".join(lines)


_FIELD_KINDS = (*UNIT_KINDS, "deadline", "person", "phone")  # what a cell's small table of fields names
_FIELD_ROWS = 6  # rows: the most fields a cell's small table writes


def table_parts(container, tag: str):
    """The ``tag`` children (``w:tr`` of a table, ``w:tc`` of a row) of ``container`` in order, with those inside
    content controls and custom XML (round 43: before, the rows of a repeating section were not read): the wrappers
    :func:`word_blocks` looks into (python-docx's ``Table.rows`` and ``iterchildren("w:tr")`` see none of them).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> tbl = parse_xml(f'<w:tbl {ns}><w:tr w:rsidR="1"/><w:sdt><w:sdtPr/><w:sdtContent><w:tr w:rsidR="2"/>'
    ...                 f'</w:sdtContent></w:sdt><w:customXml><w:tr w:rsidR="3"/></w:customXml></w:tbl>')
    >>> [tr.get(f"{W}rsidR") for tr in table_parts(tbl, W + "tr")]
    ['1', '2', '3']
    """
    for child in container.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK_WRAPPERS:
            inner = _BLOCK_WRAPPERS[child.tag]
            content = child.find(inner) if inner is not None else child
            if content is not None:
                yield from table_parts(content, tag)


def docx_content(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> tuple[list[str], list[list[list[str]]]]:
    """(text lines in body order, tables as rows of cell texts) of a .docx file; when its body holds a legend
    giving a run's format (bold, a font) a unit's role (``run_formats``, round 48), its units in that format
    marked."""
    docx = require("docx", "formats", "reading .docx files")

    archive = open_package(data, path=path, what=WHAT, limits=limits)
    check_xml_parts(archive, path=path, what=WHAT, limits=limits)
    with library_errors(WHAT, path=path):
        document = docx.Document(io.BytesIO(data))
        # style id → name, looked up once (Paragraph.style searches the styles part on every call)
        style_names = {s.style_id: s.name or "" for s in document.styles}
        blocks = list(word_blocks(document.element.body))
        style_numbers = style_numbering(document.styles.element)
        numbering = Numbering.from_xml(_numbering_root(document), style_numbers)
        # looked for in the body's words before it is read, so that it is read once (round 50; before, read
        # again once its text held a legend); a run's format as Word shows it (styles_in_format)
        legend = body_legend(document.element.body)
        if legend is not None:
            legend = styles_in_format(document.styles.element, legend)

    def paragraph_text(p) -> str:  # the number Word shows before it (automatic numbering), then its text
        text = shown_text(p, legend)
        if not text and p.find(_DELETED_MARK) is not None:
            return ""  # a paragraph deleted whole with tracked changes: no number of its own (round 43)
        return numbering.paragraph_label(p, style_numbers) + text

    reader = _TableReader(path=path, limits=limits, paragraph_text=paragraph_text)
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    # a paragraph whose mark is deleted (or moved away) with tracked changes: once accepted, Word shows its words at
    # the head of the next paragraph, and no paragraph of its own (round 73: a task struck whole, or the old place
    # of a task moved, left an empty line)
    carried = ""
    with library_errors(WHAT, path=path):
        for block in blocks:
            if block.tag != W + "p" and carried:
                lines.append(carried)
                carried = ""
            if block.tag == W + "altChunk":
                chunk_lines, chunk_tables = _alt_chunk(document, block, path=path, limits=limits)
                lines.extend(chunk_lines)
                tables.extend(chunk_tables)
                continue
            if block.tag == W + "p":
                style = style_names.get(block.style or "", "")
                text = paragraph_text(block)
                if block.find(_DELETED_MARK) is not None or block.find(_MOVED_MARK) is not None:
                    carried += text
                    continue
                text, carried = carried + text, ""
                heading = style.startswith(("Heading", "Title", "标题")) and text.strip()
                lines.append(("# " + text) if heading else text)
                continue
            pending = [block]
            while pending:  # the table, then those in its cells, in the order met
                rows = reader.rows(pending.pop(0))
                lines.extend(map(_row_line, rows))
                tables.append(rows)
                pending[:0], reader.nested = reader.nested, []
        if carried:
            lines.append(carried)
    for rows in _embedded_sheets(archive, path=path, limits=limits):
        lines.extend(map(_row_line, rows))
        tables.append(rows)
    whole = "\n".join(lines)
    check_lines(whole, path=path, limits=limits)
    return lines, tables


def body_legend(body) -> RunLegend | None:
    """The legend giving a run's format a unit's role (``run_formats.run_legend``) in the words of a document's
    body (``w:t``: its paragraphs', its tables' cells', its text boxes'), each paragraph a line; None when none.

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> body = parse_xml(f'<w:body {ns}><w:p><w:r><w:t>注：字体</w:t></w:r><w:r><w:t>加黑的为牵头单位</w:t></w:r></w:p>'
    ...                  f'<w:p><w:r><w:t>区数据局</w:t></w:r></w:p></w:body>')
    >>> body_legend(body)[:2]
    ('', '★')
    """
    words = [t.text for t in body.iter(_WORD) if t.text]
    if not any(may_hold_legend(w, colours=True) for w in words):
        return None
    lines = ("".join(t.text or "" for t in p.iter(_WORD)) for p in body.iter(W + "p"))
    return run_legend("\n".join(line for line in lines if may_hold_legend(line, colours=True)), colours=True)


_WORD = W + "t"


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HTML_CHUNKS = ("text/html", "application/xhtml+xml")
_MHT_CHUNKS = ("message/rfc822", "multipart/related")


def _alt_chunk(document, chunk, *, path: str, limits: Limits) -> tuple[list[str], list[list[list[str]]]]:
    """(lines, tables) of the part a ``w:altChunk`` places in the body: an HTML page, a web archive or a Word
    document that Word shows there as if typed in (an OA system's “导出Word” writes its whole plan so). Round 43:
    before, python-docx saw no paragraph of it and the file read as empty. Other kinds (RTF) give nothing."""
    part = document.part.related_parts.get(chunk.get(_R_ID))
    if part is None:
        return [], []
    kind, data = part.content_type.split(";")[0].strip().lower(), part.blob
    where = f"{path} ({part.partname})"
    if kind in _MHT_CHUNKS:
        from reformgraph.loaders.formats_mht import archived_page

        try:
            kind, data = "text/html", archived_page(data)
        except DocumentError:  # an archive holding no page shows nothing
            return [], []
    if kind in _HTML_CHUNKS:
        from reformgraph.loaders.formats_html import html_content

        page_lines, page_tables, _, table_lines, _ = html_content(data, path=where, limits=limits)
        return _page_in_place(page_lines, page_tables, table_lines), page_tables
    if kind.startswith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"):
        return docx_content(data, path=where, limits=limits)
    return [], []


def _page_in_place(lines: list[str], tables: list[list[list[str]]], table_lines: frozenset[int]) -> list[str]:
    """A page's lines with each run of lines read inside a table replaced by that table's rows (as ``docx_content``
    writes a table); when the runs and the tables do not pair (tables nested in tables), the lines outside tables
    and then every table's rows.

    >>> _page_in_place(["标题", "序号 任务", "1 建平台", "落款"], [[["序号", "任务"], ["1", "建平台"]]], frozenset({1, 2}))
    ['标题', '序号  任务', '1  建平台', '落款']
    """
    runs = [k for k in table_lines if k - 1 not in table_lines]
    if len(runs) != len(tables):
        return [line for k, line in enumerate(lines) if k not in table_lines] + [
            _row_line(row) for rows in tables for row in rows
        ]
    out: list[str] = []
    pending = iter(tables)
    for k, line in enumerate(lines):
        if k not in table_lines:
            out.append(line)
        elif k - 1 not in table_lines:
            out.extend(_row_line(row) for row in next(pending))
    return out


_EMBEDDED_BOOKS = 8  # workbooks: the most read from one document


def _embedded_sheets(archive, *, path: str, limits: Limits) -> list[list[list[str]]]:
    """The sheets of the Excel workbooks a Word document embeds as objects (``word/embeddings/*.xlsx``: a task
    table pasted from Excel as an object, which python-docx sees no table of: round 39), after its own tables."""
    from reformgraph.loaders.containers import read_part
    from reformgraph.loaders.formats_xlsx import xlsx_sheets

    names = [n for n in archive.namelist() if n.startswith("word/embeddings/") and n.lower().endswith(".xlsx")]
    found: list[list[list[str]]] = []
    for name in names[:_EMBEDDED_BOOKS]:
        book = read_part(archive, name, path=path, what=WHAT)
        found.extend(rows for _, rows in xlsx_sheets(book, path=f"{path} ({name})", limits=limits).sheets if rows)
    return found


# where Word keeps paragraphs and tables inside a body or a cell: a content control (a form's field), custom XML, a
# tracked insertion of whole paragraphs
_BLOCK_WRAPPERS = {W + "sdt": W + "sdtContent", W + "customXml": None, W + "ins": None, W + "moveTo": None}
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_INLINE = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}inline"
_BOX = W + "txbxContent"


def inline_box(box) -> bool:
    """Whether a text box (``w:txbxContent``) is an inline one's (嵌入型文本框: in a ``wp:inline`` drawing, not in the
    VML fallback Word writes beside it): Word shows its words in its paragraph's line, where it sits, as a character
    (round 74 meta74: a form's ``（牵头单位：…）`` boxed in the line read after the paragraph, its task unassigned).
    A floating box (``wp:anchor``) is a paragraph of its own, after the one it is anchored in.

    >>> from docx.oxml import parse_xml
    >>> ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    ...       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"')
    >>> p = parse_xml(f'<w:p {ns}><w:r><w:drawing><wp:inline><w:txbxContent/></wp:inline></w:drawing></w:r>'
    ...               f'<w:r><w:drawing><wp:anchor><w:txbxContent/></wp:anchor></w:drawing></w:r></w:p>')
    >>> [inline_box(box) for box in p.iter(_BOX)]
    [True, False]
    """
    for ancestor in box.iterancestors(_INLINE, _FALLBACK, _BOX):
        return ancestor.tag == _INLINE and next(ancestor.iterancestors(_FALLBACK), None) is None
    return False


def word_blocks(container):
    """The paragraphs (``w:p``) and tables (``w:tbl``) of a body or a cell (``w:tc``) in the order Word shows them,
    with those inside content controls, custom XML and text boxes (a text box's after the paragraph it is anchored
    in; Word writes each box twice, for new and old readers: the new one is read; an inline box's words are its
    paragraph's: ``inline_box``). Tables inside a table's cells are not walked into: they are the cells'.

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> body = parse_xml(f'<w:body {ns}><w:p/><w:sdt><w:sdtContent><w:tbl/><w:p/></w:sdtContent></w:sdt>'
    ...                  f'<w:sectPr/></w:body>')
    >>> [b.tag.rsplit("}", 1)[1] for b in word_blocks(body)]
    ['p', 'tbl', 'p']
    """
    for child in container.iterchildren():
        tag = child.tag
        if tag == W + "p":
            yield child
            for box in child.iter(_BOX):
                if next(box.iterancestors(_FALLBACK, _BOX), None) is None and not inline_box(box):
                    yield from word_blocks(box)
        elif tag == W + "tbl" or tag == W + "altChunk":  # a table; a part Word shows here (round 43)
            yield child
        elif tag in _BLOCK_WRAPPERS:
            inner = _BLOCK_WRAPPERS[tag]
            content = child.find(inner) if inner is not None else child
            if content is not None:
                yield from word_blocks(content)


# the runs a paragraph shows: its own, and those inside a tracked insertion (w:ins, w:moveTo), a content control
# (w:sdt), a smart tag, a simple field or a hyperlink; not those of a tracked deletion (w:del, w:moveFrom) nor a
# floating text box's (w:txbxContent: paragraphs of their own; an inline box's are the line's). python-docx's
# ``Paragraph.text`` reads only the paragraph's own runs and hyperlinks: a plan edited with tracked changes lost
# every inserted word.
_HIDDEN = {W + "del", W + "moveFrom", W + "txbxContent"}
# what makes a paragraph need more than its own runs (looked for once: most paragraphs hold none)
_NESTED = {W + "ins", W + "moveTo", W + "sdt", W + "smartTag", W + "fldSimple", W + "del", W + "moveFrom"}


def shown_text(p, legend: RunLegend | None = None) -> str:
    """The text a paragraph element (``w:p``) shows, tracked changes accepted; with ``legend``, the units in its
    runs of the legend's format marked (``run_formats.marked_units``: ``★区商务局、区财政局``).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> shown_text(parse_xml(f'<w:p {ns}><w:r><w:t>甲</w:t></w:r><w:del><w:r><w:delText>乙</w:delText></w:r></w:del>'
    ...                      f'<w:ins><w:r><w:t>丙</w:t></w:r></w:ins></w:p>'))
    '甲丙'
    """
    if (
        legend is None
        and not any(child.tag in _NESTED for child in p)
        and next(p.iter(*_UNSHOWN, *_NOTE_MARKS, _RAISED, _BOX), None) is None
    ):
        return p.text  # the paragraph's own runs and hyperlinks (python-docx)
    out = []
    table = cell_format(p, legend) if legend is not None and legend.tables else None  # a table style's (round 51)
    for run in p.iter(W + "r"):
        if (props := run.find(_RUN_PROPERTIES)) is not None and any(
            e.tag in _UNSHOWN and e.get(W + "val") not in _OFF for e in props
        ):
            # hidden text (隐藏文字, round 43): words the office kept out of the printed plan; struck through (删除线,
            # 双删除线, round 44): words the office deleted in its working copy (修改稿) without tracking the change.
            # The run's own format only: a format changed with tracked changes on keeps the old one in w:rPrChange
            # (a strike taken off, a hidden word shown: round 46), not shown
            continue
        if run.find(_NOTE_MARKS[0]) is not None or run.find(_NOTE_MARKS[1]) is not None:
            continue  # a note's mark, its own sign when it has one (※, *: w:customMarkFollows): no word of the text
        parent = run.getparent()
        while parent is not p and parent is not None and not showing_prompt(parent):
            if parent.tag in _HIDDEN and (parent.tag != _BOX or not inline_box(parent)):
                break  # an inline text box's words are the line's (``inline_box``)
            parent = parent.getparent()
        if parent is p and props is not None and _raised(props) and note_mark(run.text or "", out[-1] if out else ""):
            continue  # a note's mark typed as superscript after a word (县财政局¹: round 46)
        if parent is p:
            out.append(
                f"**{run.text}**" if legend is not None and _in_format(props, legend, p.style, table) else run.text
            )
    return "".join(out) if legend is None else marked_units("".join(out), legend.mark)


def _in_format(props, legend: RunLegend, paragraph_style: str | None = None, table: bool | None = None) -> bool:
    """Whether a run is shown in the format ``legend`` names (bold; a font whose name holds the legend's, 楷体_GB2312
    for 楷体), in Word's order: the run's own format (``w:rPr``), then its character style's (``w:rStyle``), then
    its paragraph's style's (``paragraph_style``, else the default paragraph style), then its cell's table style's
    (``table``: :func:`cell_format`), then the document's defaults; the first that says decides (``legend.styles``, ``legend.base``, ``legend.default``: :func:`styles_in_format`).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> bold, off = parse_xml(f'<w:rPr {ns}><w:b/></w:rPr>'), parse_xml(f'<w:rPr {ns}><w:b w:val="0"/></w:rPr>')
    >>> kai = parse_xml(f'<w:rPr {ns}><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr>')
    >>> _in_format(bold, RunLegend("", "★")), _in_format(off, RunLegend("", "★")), _in_format(kai, RunLegend("楷体", "☆"))
    (True, False, True)
    >>> in_bold_style = RunLegend("", "★", {"表格重点": True})
    >>> _in_format(None, in_bold_style, "表格重点"), _in_format(off, in_bold_style, "表格重点")
    (True, False)
    """
    if (own := _format_says(props, legend)) is not None:
        return own
    style = props.find(W + "rStyle") if props is not None else None
    if style is not None and (by_style := legend.styles.get(style.get(W + "val") or "")) is not None:
        return by_style
    by_paragraph = legend.styles.get(paragraph_style or legend.base)
    if by_paragraph is None and table is not None:  # its table's style (round 51)
        return table
    return legend.default if by_paragraph is None else by_paragraph


def _format_says(props, legend: RunLegend) -> bool | None:
    """What a format (``w:rPr`` of a run, of a style, of the defaults) says of the one ``legend`` names: bold on
    or off (``w:b``); the legend's font or another (``w:rFonts``: the East Asian font, else the Latin ones, as
    round 48 read them); the legend's colour or another (``w:color``, round 65); None when it says nothing of it.

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> hei = RunLegend("黑体", "★")
    >>> _format_says(parse_xml(f'<w:rPr {ns}><w:rFonts w:eastAsia="黑体"/></w:rPr>'), hei)
    True
    >>> _format_says(parse_xml(f'<w:rPr {ns}><w:rFonts w:ascii="黑体" w:eastAsia="仿宋_GB2312"/></w:rPr>'), hei)
    False
    >>> _format_says(parse_xml(f'<w:rPr {ns}><w:sz w:val="24"/></w:rPr>'), hei), _format_says(None, hei)
    (None, None)
    >>> red = RunLegend("", "★", colour="红")
    >>> _format_says(parse_xml(f'<w:rPr {ns}><w:color w:val="FF0000"/></w:rPr>'), red)
    True
    >>> _format_says(parse_xml(f'<w:rPr {ns}><w:b/><w:color w:val="auto"/></w:rPr>'), red)
    False
    """
    if props is None:
        return None
    if legend.colour:  # w:color w:val="FF0000" (round 65); "auto" the text's own colour, none
        colour = props.find(W + "color")
        return None if colour is None else in_colour(colour.get(W + "val"), legend.colour)
    if not legend.font:
        bold = props.find(W + "b")
        return None if bold is None else bold.get(W + "val") not in _OFF
    fonts = props.find(W + "rFonts")
    if fonts is None:
        return None
    if east := fonts.get(W + "eastAsia"):
        return legend.font in east
    named = [name for side in _FONT_SIDES[1:] if (name := fonts.get(W + side))]
    return any(legend.font in name for name in named) if named else None


_FONT_SIDES = ("eastAsia", "ascii", "hAnsi")


def styles_in_format(styles, legend: RunLegend) -> RunLegend:
    """``legend`` with what a styles part (``w:styles``) says of its format: each character and paragraph style
    that says (in its own ``w:rPr``, or the first style up its ``w:basedOn`` chain that does) whether its text is
    shown so (Strong, 要点: bold; a style setting 黑体), the default paragraph style's id, and whether the document's
    defaults (``w:docDefaults``) show text so. Round 49 read bold character styles; round 50 paragraph styles, the
    defaults, and the font of a style under a font legend.

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> def style(i, props, based="", kind="character", default=""):
    ...     on = f'<w:basedOn w:val="{based}"/>' if based else ""
    ...     return f'<w:style w:type="{kind}" {default} w:styleId="{i}">{on}<w:rPr>{props}</w:rPr></w:style>'
    >>> part = style("Strong", "<w:b/>") + style("a1", "", "Strong") + style("a2", '<w:b w:val="0"/>', "Strong")
    >>> part += style("Emphasis", "<w:i/>") + style("a3", "", "a4", "paragraph") + style("a4", "<w:b/>", "", "paragraph")
    >>> part += style("Normal", "", "", "paragraph", 'w:default="1"')
    >>> found = styles_in_format(parse_xml(f'<w:styles {ns}>{part}</w:styles>'), RunLegend("", "★"))
    >>> sorted(found.styles.items()), found.base, found.default
    ([('Strong', True), ('a1', True), ('a2', False), ('a3', True), ('a4', True)], 'Normal', False)
    """
    own: dict[str, tuple[bool | None, str]] = {}
    base = ""
    for style in styles.iterfind(W + "style"):
        kind = style.get(W + "type")
        if kind not in ("character", "paragraph"):
            continue
        style_id, based = style.get(W + "styleId") or "", style.find(W + "basedOn")
        own[style_id] = (
            _format_says(style.find(W + "rPr"), legend),
            "" if based is None else based.get(W + "val") or "",
        )
        if kind == "paragraph" and style.get(W + "default") in ("1", "true", "on") and not base:
            base = style_id

    def says(style_id: str) -> bool | None:
        seen = set()
        while style_id in own and style_id not in seen:  # up the basedOn chain to the first style that says
            seen.add(style_id)
            said, style_id = own[style_id]
            if said is not None:
                return said
        return None

    resolved = {s: said for s in own if (said := says(s)) is not None}
    default = _format_says(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"), legend)
    tables = table_styles_in_format(styles, legend)
    return legend._replace(styles=MappingProxyType(resolved), base=base, default=bool(default), tables=tables)


# the parts of a table a table style formats on their own (w:tblStylePr), in the order Word lays them over the
# whole table's format: a first or last column, then a first or last row over it
TABLE_PARTS = ("firstCol", "lastCol", "firstRow", "lastRow")
# a table style's banded columns and rows, and its corner cells (round 54: before, not read)
BAND_PARTS = ("band1Vert", "band2Vert", "band1Horz", "band2Horz")
CORNER_PARTS = {
    "nwCell": ("firstRow", "firstCol"),
    "neCell": ("firstRow", "lastCol"),
    "swCell": ("lastRow", "firstCol"),
    "seCell": ("lastRow", "lastCol"),
}


def table_styles_in_format(styles, legend: RunLegend) -> Mapping[str, Mapping[str, bool | int]]:
    """What each table style of a styles part says of the legend's format, by part ("" the whole table, then
    ``TABLE_PARTS``, ``BAND_PARTS`` and ``CORNER_PARTS``), each part from the first style up its ``w:basedOn``
    chain that says (round 51: before, a table style's format was not read; round 54 the bands and corners).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> part = ('<w:style w:type="table" w:styleId="T1"><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>'
    ...         '</w:tblStylePr></w:style><w:style w:type="table" w:styleId="T2"><w:basedOn w:val="T1"/>'
    ...         '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>')
    >>> found = table_styles_in_format(parse_xml(f'<w:styles {ns}>{part}</w:styles>'), RunLegend("", "★"))
    >>> dict(found["T1"]), sorted(found["T2"].items())
    ({'firstRow': True}, [('firstCol', True), ('firstRow', True)])
    """
    own: dict[str, tuple[dict[str, bool], str]] = {}
    for style in styles.iterfind(W + "style"):
        if style.get(W + "type") != "table":
            continue
        parts: dict[str, bool | int | None] = {"": _format_says(style.find(W + "rPr"), legend)}
        parts.update(band_sizes(style.find(W + "tblPr")))
        for conditional in style.iterfind(W + "tblStylePr"):
            if (kind := conditional.get(W + "type")) in TABLE_PARTS or kind in BAND_PARTS or kind in CORNER_PARTS:
                parts[kind] = _format_says(conditional.find(W + "rPr"), legend)
        based = style.find(W + "basedOn")
        said = {k: v for k, v in parts.items() if v is not None}
        own[style.get(W + "styleId") or ""] = (said, "" if based is None else based.get(W + "val") or "")
    resolved: dict[str, Mapping[str, bool | int]] = {}
    for style_id in own:
        parts: dict[str, bool] = {}
        seen, at = set(), style_id
        while at in own and at not in seen:  # up the basedOn chain: a part a style says nothing of is its base's
            seen.add(at)
            said, at = own[at]
            parts = {**said, **parts}
        if parts:
            resolved[style_id] = MappingProxyType(parts)
    return MappingProxyType(resolved)


# a table's w:tblLook: which of its style's parts it shows, as attributes or as Word 2007's bits (w:val="04A0")
_LOOK_BITS = {"firstRow": 0x20, "lastRow": 0x40, "firstCol": 0x80, "lastCol": 0x100}
_LOOK_NAMES = {"firstRow": "firstRow", "lastRow": "lastRow", "firstCol": "firstColumn", "lastCol": "lastColumn"}
# the look's bits hiding the bands of rows (noHBand) and of columns (noVBand)
_NO_BANDS = {"Horz": ("noHBand", 0x200), "Vert": ("noVBand", 0x400)}


def cell_format(p, legend: RunLegend) -> bool | None:
    """What a paragraph's table says of the legend's format for the cell holding it (its style's whole-table format,
    then the parts of the style the cell is in, as ``cell_parts`` orders them, each only as its ``w:tblLook`` shows
    it); None when the paragraph is in no cell, or its table's style says nothing (round 51; round 54 the bands and
    corners).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> tbl = parse_xml(f'<w:tbl {ns}><w:tblPr><w:tblStyle w:val="T"/><w:tblLook w:firstRow="1" w:firstColumn="0"/>'
    ...                 f'</w:tblPr><w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>')
    >>> legend = RunLegend("", "★", tables={"T": {"firstRow": True, "firstCol": True}})
    >>> [cell_format(p, legend) for p in tbl.iter(f"{W}p")]
    [True, None]
    """
    tc = p.getparent()
    if tc is None or tc.tag != W + "tc" or not legend.tables:
        return None
    tr = tc.getparent()
    tbl = tr.getparent() if tr is not None else None
    style = tbl.find(f"{W}tblPr/{W}tblStyle") if tbl is not None else None
    parts = legend.tables.get(style.get(W + "val") or "") if style is not None else None
    if not parts:
        return None
    said = parts.get("")
    sizes = {**{key: parts[key] for key in _BAND_SIZES.values() if key in parts}, **band_sizes(tbl.find(W + "tblPr"))}
    for kind in cell_parts(tbl, tr, tc, sizes):
        if kind in parts:
            said = parts[kind]
    return said


# a table style's (or a table's own) band sizes: how many columns or rows one band counts (Word's default 1)
_BAND_SIZES = {"tblStyleColBandSize": "Vert", "tblStyleRowBandSize": "Horz"}


def band_sizes(properties) -> dict[str, int]:
    """The band sizes a table's or a table style's ``w:tblPr`` sets other than Word's 1, keyed "Vert" (columns) and
    "Horz" (rows) (round 55: before, every band was taken as one column or row).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> band_sizes(parse_xml(f'<w:tblPr {ns}><w:tblStyleColBandSize w:val="2"/><w:tblStyleRowBandSize w:val="1"/></w:tblPr>'))
    {'Vert': 2}
    """
    sizes = {band: _int_attribute(properties, W + name, 1) for name, band in _BAND_SIZES.items()}
    return {band: size for band, size in sizes.items() if size > 1}


def grid_column(tr, tc) -> int:
    """The grid column (0-based) a row's cell starts on: the row's ``w:gridBefore`` and the grid columns its cells
    before span (``w:gridSpan``), as Word counts a table style's column bands (round 55: before, its place among the
    row's cells).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> tr = parse_xml(f'<w:tr {ns}><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc/><w:tc><w:tcPr>'
    ...                f'<w:gridSpan w:val="2"/></w:tcPr></w:tc><w:tc/></w:tr>')
    >>> [grid_column(tr, tc) for tc in tr.findall(f"{W}tc")]
    [1, 2, 4]
    """
    column = _int_attribute(tr.find(W + "trPr"), W + "gridBefore", 0)
    for cell in tr.iterchildren(W + "tc"):
        if cell is tc:
            return column
        column += max(_int_attribute(cell.find(W + "tcPr"), W + "gridSpan", 1), 1)
    return column


def cell_parts(tbl, tr, tc, sizes: Mapping[str, int] = MappingProxyType({})) -> list[str]:
    """The parts of its table's style a cell is in, as the table's ``w:tblLook`` shows them, in the order Word
    lays them over one another: a band of columns (``band1Vert``, ``band2Vert``), of rows (``band1Horz``,
    ``band2Horz``), the first or last column, the first or last row, a corner cell (``nwCell`` …). The bands count
    one column or row a band (or ``sizes``' "Vert" and "Horz", ``band_sizes``), from the first not set apart as the
    first column or row, up to the last not set apart as the last; a cell's column is its grid column (``grid_column``)
    (round 54: before, only the first and last rows and columns were read).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> row = '<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>'
    >>> tbl = parse_xml(f'<w:tbl {ns}><w:tblPr><w:tblLook w:val="04A0"/></w:tblPr>{row * 3}</w:tbl>')
    >>> rows = tbl.findall(f"{W}tr")
    >>> cell_parts(tbl, rows[1], rows[1][2]), cell_parts(tbl, rows[0], rows[0][0])
    (['band1Horz'], ['firstCol', 'firstRow', 'nwCell'])
    """
    look = tbl.find(f"{W}tblPr/{W}tblLook")
    if look is None:
        return []
    shown = {kind: _looks_at(look, kind) for kind in TABLE_PARTS}
    cells = [c for c in tr if c.tag == W + "tc"]
    rows = [r for r in tbl if r.tag == W + "tr"]
    where = {
        "firstCol": cells[0] is tc,
        "lastCol": cells[-1] is tc,
        "firstRow": rows[0] is tr,
        "lastRow": rows[-1] is tr,
    }
    found = []
    for band, across, ends in (
        ("Vert", grid_column(tr, tc), ("firstCol", "lastCol")),
        ("Horz", rows.index(tr), ("firstRow", "lastRow")),
    ):
        if _shows_bands(look, band) and not any(where[end] and shown[end] for end in ends):
            found.append(f"band{(across - shown[ends[0]]) // sizes.get(band, 1) % 2 + 1}{band}")
    found.extend(kind for kind in TABLE_PARTS if where[kind] and shown[kind])
    found.extend(corner for corner, (row, col) in CORNER_PARTS.items() if row in found and col in found)
    return found


def _looks_at(look, kind: str) -> bool:
    """Whether a table's ``w:tblLook`` shows its style's ``kind`` part: its attribute (``w:firstColumn="1"``), else
    its bits (``w:val``); no look shows none."""
    if look is None:
        return False
    named = look.get(W + _LOOK_NAMES[kind])
    if named is not None:
        return named in ("1", "true", "on")
    try:
        return bool(int(look.get(W + "val") or "0", 16) & _LOOK_BITS[kind])
    except ValueError:
        return False


def _shows_bands(look, band: str) -> bool:
    """Whether a table's ``w:tblLook`` shows its style's bands of rows (``band`` "Horz") or columns ("Vert"): its
    attribute (``w:noVBand="0"``), else its bits (``w:val="04A0"`` hides the columns' bands).

    >>> from docx.oxml import parse_xml
    >>> look = parse_xml('<w:tblLook xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="04A0"/>')
    >>> _shows_bands(look, "Horz"), _shows_bands(look, "Vert")
    (True, False)
    """
    name, bit = _NO_BANDS[band]
    hidden = look.get(W + name)
    if hidden is not None:
        return hidden not in ("1", "true", "on")
    try:
        return not int(look.get(W + "val") or "0", 16) & bit
    except ValueError:
        return False


_DELETED_MARK = f"{W}pPr/{W}rPr/{W}del"  # a paragraph mark deleted with tracked changes
_MOVED_MARK = f"{W}pPr/{W}rPr/{W}moveFrom"  # a paragraph mark moved away with tracked changes (its new place kept)
_RUN_PROPERTIES = f"{W}rPr"
# a run formatted as hidden (Word's 隐藏 font effect) or struck through (删除线, 双删除线)
_UNSHOWN = (f"{W}vanish", f"{W}strike", f"{W}dstrike")
_OFF = ("0", "false", "off")
# a footnote's or endnote's reference: its run's text is the note's mark (round 46: ``县财政局※`` was a unit's name)
_NOTE_MARKS = (f"{W}footnoteReference", f"{W}endnoteReference")
_RAISED = f"{W}vertAlign"


def _raised(props) -> bool:
    """Whether a run's format (``w:rPr``) sets it as superscript."""
    align = props.find(_RAISED)
    return align is not None and align.get(W + "val") == "superscript"


def showing_prompt(element) -> bool:
    """Whether ``element`` is the content of a content control that shows its prompt (``w:showingPlcHdr``: Word's
    单击或点击此处输入文字。, 选择一项。 in a field left empty): no text the office wrote (round 43: before, read as
    a supporting unit).

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> sdt = parse_xml(f'<w:sdt {ns}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent/></w:sdt>')
    >>> showing_prompt(sdt[1]), showing_prompt(sdt[0])
    (True, False)
    """
    return element.tag == W + "sdtContent" and element.getparent().find(_PROMPT) is not None


_PROMPT = f"{W}sdtPr/{W}showingPlcHdr"


def _numbering_root(document):
    """The ``w:numbering`` element of a document, None when it has no numbering part (python-docx's
    ``numbering_part`` would make an empty one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return document.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        return None


def _row_line(cells: list[str]) -> str:
    """A table row as a line of the document's text: its cells two spaces apart; a cell of several paragraphs whose
    first opens with an item's number (``1.设置检查站。`` over its ``牵头单位：`` and ``完成时限：`` paragraphs) starts a
    line of its own after the cells before it (round 59: a task list in a cell; before, the row's 序号 and 类别 cells,
    and the header row above, were the first item's words).

    >>> _row_line(["一", "火源管控", "1.设置检查站。\\n牵头单位：镇应急办"])
    '一  火源管控\\n1.设置检查站。\\n牵头单位：镇应急办'
    >>> _row_line(["1", "设置检查站。", "镇应急办"]), _row_line(["一", "1.设置检查站。"])
    ('1  设置检查站。  镇应急办', '一  1.设置检查站。')
    """
    line = ""
    for cell in cells:
        if cell:
            line += ("\n" if opens_an_item(cell) else "  ") + cell if line else cell
    return line


def _table_starts(lines: list[str], tables: list[list[list[str]]]) -> list[int | None]:
    """The index in ``lines`` of each table's first row (``docx_content`` writes a table's rows there as lines,
    in order); None when its rows are not found.

    >>> _table_starts(["标题", "序号  任务", "1  建平台", "说明"], [[["序号", "任务"], ["1", "建平台"]]])
    [1]
    """
    starts: list[int | None] = []
    at = 0
    for rows in tables:
        block = [_row_line(cells) for cells in rows]
        found = next(
            (
                k
                for k in range(at, len(lines) - len(block) + 1)
                if lines[k] == block[0] and lines[k : k + len(block)] == block
            ),
            None,
        )
        starts.append(found)
        if found is not None:
            at = found + len(block)
    return starts


def _document_title(
    lines: list[str], body: list[str], tables: list[list[list[str]]], starts: list[int | None]
) -> str | None:
    """The document's title: its first lines of text read as the text reader reads a title (over two lines, an
    issuer's line above a notice skipped: round 33; before, the first line alone), unless a table comes first and
    names itself in a row above its header (a title merged across its first row): that title (round 31; before, the
    first line of text, a signature under the table).

    >>> _document_title(["江临市2024年重点任务分工表", "序号  任务", "江临市数据局"], ["江临市数据局"],
    ...                 [[["江临市2024年重点任务分工表", "江临市2024年重点任务分工表"], ["序号", "任务"]]], [0])
    '江临市2024年重点任务分工表'
    """
    from reformgraph.loaders.parse import title_of_lines  # the text reader's rules (round 33): imported where used

    first_text = title_of_lines(body) or next((line.lstrip("# ").strip() for line in body if line.strip()), None)
    if tables and starts and starts[0] is not None and not any(line.strip() for line in lines[: starts[0]]):
        own = title_row([[compact(c) for c in row] for row in tables[0][:HEADER_ROWS]])
        if own is not None:
            return own
    return first_text


def document_from_content(
    lines: list[str], tables: list[list[list[str]]], *, path: str, key: str, sha256: str
) -> Document:
    """A document's task tables when it has any, with the tasks its paragraphs assign that no table lists
    (``body_tables``); else its text (shared with the .doc/.wps reader)."""
    from reformgraph.loaders.parse import parse_document

    body = body_lines(lines, (_row_line(cells) for rows in tables for cells in rows))
    starts = _table_starts(lines, tables)
    title = _document_title(lines, body, tables, starts) or key
    titles = [None if at is None else title_above(body, at) for at in starts]
    tables, titles = continued_tables(tables, titles)
    doc = document_from_tables(tables, path=path, key=key, sha256=sha256, title=title, paragraphs=body, titles=titles)
    if doc is None and any(worded := [units_from_task_words(rows) for rows in tables]):
        # no unit column: the units named in the task cells' words (round 73 ledger73)
        tables = [w if w is not None else rows for w, rows in zip(worded, tables)]
        doc = document_from_tables(
            tables, path=path, key=key, sha256=sha256, title=title, paragraphs=body, titles=titles
        )
    # 📌一、…, 1️⃣ 开展…: a post's emoji and keycap numbers before a paragraph (round 75)
    if doc is None:
        with tables_hinted(tables, path):
            return parse_document(undecorated_text("\n".join(lines)), path=path, key=key, sha256=sha256)
    return with_body_tasks(
        doc, undecorated_text("\n".join(body)), lambda text: parse_document(text, path=path, key=key, sha256=sha256)
    )


def read_docx(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a .docx: its task tables when it has any, else its text."""
    lines, tables = docx_content(data, path=path, limits=limits)
    doc = document_from_content(lines, tables, path=path, key=key, sha256=sha256)
    # the short forms its footnotes and endnotes define (round 65), its tables' tasks or its text's
    return with_short_forms(doc, notes_short_forms(docx_notes(data, path=path, limits=limits)))


_NOTE_PARTS = ("word/footnotes.xml", "word/endnotes.xml")
_NOTES = (W + "footnote", W + "endnote")


def docx_notes(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """The paragraphs of a Word file's footnotes and endnotes (``word/footnotes.xml``, ``word/endnotes.xml``: python-
    docx reads neither), each a line, the separators Word keeps among them (``w:type``) left out: where a plan
    defines the short forms its table uses (``①某市发展和改革委员会，以下简称市发改委。``, ``表中其他单位简称如下：``
    and one ``简称：全称`` a line). Round 65: before, a definition there was read by nobody. A note part that does not
    read gives nothing (the document's body is read all the same).

    >>> import io, zipfile
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> notes = (f'<w:footnotes {ns}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
    ...          '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>某市数据局，以下简称'
    ...          '市数据局。</w:t></w:r></w:p></w:footnote></w:footnotes>')
    >>> out = io.BytesIO()
    >>> with zipfile.ZipFile(out, "w") as z:
    ...     z.writestr("word/document.xml", "<w:document/>"); z.writestr("word/footnotes.xml", notes)
    >>> docx_notes(out.getvalue(), path="x.docx")
    ['某市数据局，以下简称市数据局。']
    """
    from docx.oxml import parse_xml

    from reformgraph.loaders.containers import read_part

    archive = open_package(data, path=path, what=WHAT, limits=limits)
    lines: list[str] = []
    for name in (n for n in _NOTE_PARTS if n in archive.namelist()):
        try:
            with library_errors(WHAT, path=path, where=name):
                root = parse_xml(read_part(archive, name, path=path, what=WHAT))
        except DocumentError:  # a note part that does not read: the body read all the same, no short form from it
            continue
        for note in root.iterchildren(*_NOTES):
            if note.get(W + "type") is None:  # a note, not the separator lines Word keeps as notes
                lines.extend(text for p in note.iter(W + "p") if (text := shown_text(p)))
    return lines

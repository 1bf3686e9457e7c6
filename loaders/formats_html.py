"""HTML pages (.html/.htm) read in one streaming pass of lxml's HTML parser.

Text with ``<br>`` and block elements as line breaks, entities decoded, scripts and
styles dropped; ``<table>`` task tables read as tables (their rows are tasks) when they
have a task header row.

Bounded and linear: libxml2 parses the tag soup and calls back for each start tag, end
tag and piece of text; nothing builds a tree, so lines and table cells are collected on
the way. Tables nested inside tables are counted against ``Limits.depth`` (a 74 KB page
of nested tables used to take 71 s and 3.7 GB when every table searched all of its
descendants), cells against ``Limits.cells``; a nested table's text belongs to its own
cells only. (Python's own ``html.parser`` is quadratic on some malformed input, such as
100,000 ``<?`` in a row, in the Python versions we support; libxml2 is not.)

>>> html_lines("<p>一、任务<br>（一）建平台。（牵头单位：区大数据局&nbsp;）</p><script>x()</script>".encode())
['一、任务', '（一）建平台。（牵头单位：区大数据局\\xa0）']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from reformgraph.errors import DocumentEncodingError, DocumentError
from reformgraph.extras import require
from reformgraph.loaders.body_tables import with_body_tasks
from reformgraph.loaders.compact import note_mark
from reformgraph.loaders.continued_tables import continued_tables
from reformgraph.loaders.css_rules import (
    Matched,
    Siblings,
    StyleSheet,
    colour_declarations,
    css_colour,
    declarations_for,
    element_of,
    font_declarations,
    matched_at,
    style_sheet,
)
from reformgraph.loaders.limits import DEFAULT_LIMITS, Limits, check_cell, check_count, library_errors
from reformgraph.loaders.line_emoji import without_leading_emoji
from reformgraph.loaders.mail_headers import field_label, header_levels
from reformgraph.loaders.page_furniture import without_toolbar
from reformgraph.loaders.parse import HEAD_LABELS, title_of_lines
from reformgraph.loaders.run_formats import RunLegend, in_colour, marked_units, may_hold_legend, run_legend
from reformgraph.loaders.table_titles import title_above
from reformgraph.loaders.tables import document_from_tables
from reformgraph.loaders.unread_tables import tables_hinted
from reformgraph.loaders.vocab import opens_an_item
from reformgraph.records import Document
from reformgraph.regexcache import compiled

WHAT = "HTML page"
# the tags a browser shows bold unless a style says otherwise: <b>, <strong>, a header cell <th> and the headings
# (round 51: before, <th> and <h1>–<h6> were read as plain)
_BOLD_TAGS = frozenset(("b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"))
# the elements whose format is read under a legend: their tag (<b>, <strong>, <th>, <h3>, <font face>), the page's
# style sheet's rules for them, their inline style (round 49: <span>/<font> inline style; round 50: the style sheet,
# <p>, <div>, <td>, <th>, <li>; round 51: the headings; round 54: the inline <em>, <i>, <u>, <a>, <label>)
# a table's parts above its cells: their format (``<tr style="font-weight:bold">``) is their cells', but they hold no
# text of their own, so no ** is written where they open or close (round 56; before, their format was not read)
_CARRIERS = frozenset(("table", "thead", "tbody", "tfoot", "tr"))
_CELLS = frozenset(("td", "th"))
_FORMATTED = frozenset(("span", "font", "p", "div", "td", "li", "em", "i", "u", "a", "label", *_BOLD_TAGS, *_CARRIERS))
_CSS_BOLD = compiled(r"\s*(?:bold|bolder|[6-9]00)\s*", re.I)
_CSS_INHERITED = compiled(r"\s*(?:inherit|unset|initial|revert)?\s*", re.I)
BLOCKS = frozenset(
    ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "br")
)
# what a page holds but does not show as its text: scripts and styles, and words struck through (<s>, <del>,
# <strike>: deleted in the office's working copy, round 44)
SKIPPED = frozenset(("script", "style", "noscript", "head", "template", "s", "del", "strike"))
# a site's page around the document (round 30): its navigation, breadcrumbs, share buttons and footer (主办单位：…
# 承办单位：…, the labels of a plan's fields), as elements of their own or by the class or id a site gives them
CHROME_TAGS = frozenset(("nav", "footer", "aside"))
_ARTICLES = frozenset(("article", "main"))  # where a <header> is the article's own
_CONTAINERS = frozenset(
    ("div", "ul", "ol", "section", "p", "span", "table", "header", "nav", "footer", "aside", "dl", *_ARTICLES)
)
_CHROME_NAME = compiled(
    r"(?:^|[-_\s])(?:footer|foot|bottom|nav|navbar|menu|breadcrumb[a-z]*|crumbs?|position|share|copyright|sidebar"
    r"|topbar|top-bar|toolbar|bdshare[a-z]*"
    # a WeChat article's page around its text (round 72): its toolbar (阅读原文, 点赞, 在看), its QR code's 微信扫一扫
    # 关注该公众号, its dialogs
    r"|rich_media_tool|qr_code|weui-dialog)(?=$|[-_\s\d])",
    re.I,
)
# the site's banner above everything (round 71): an HTML5 <header>, or an element whose class or id opens with
# ``header`` (gov.cn's ``<div class="header">``), outside the page's <article> and <main> (an article's own header
# holds its title); ``article-header``, ``page-header`` (Bootstrap's title block) are no site's banner
_SITE_HEADER = compiled(r"(?:^|\s)header(?=$|[-_\s\d])", re.I)
# what a site puts after the document's title in ``<title>``: 江临市2024年…方案_市政府办文件_江临市人民政府
_SITE_SUFFIX = compiled(r"\s*(?:_|\||｜| - | — |－|——).*$")
_CHARSET = compiled(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_CHINESE = compiled(r"[\u4e00-\u9fff]")
# a line break in the page's source, with the spaces around it: whitespace, as a browser renders it (a space; none
# between two Chinese characters, CSS Text's rule), no line of the document (a page saved from Word breaks its source
# lines inside a unit's name: 市住房和城乡 / 建设局)
_SOURCE_BREAK = compiled(r"[ \t\r\f]*[\r\n][ \t\r\n\f]*")
_WIDE = compiled(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# elements whose text keeps its line breaks
_PREFORMATTED = frozenset(("pre", "textarea", "listing", "plaintext", "xmp"))
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}


def decode_html(data: bytes, *, path: str = "<input>") -> str:
    """The page's text: a BOM, else its ``<meta charset>``, else UTF-8, else GB18030.

    >>> decode_html('<meta charset="gb2312"><p>改革</p>'.encode("gbk"))
    '<meta charset="gb2312"><p>改革</p>'
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = _CHARSET.search(data[:4096])
    codecs = ["utf-8", "gb18030"]
    if declared:
        name = declared.group(1).decode("ascii").lower()
        codecs.insert(0, _ALIASES.get(name, name))
    for codec in codecs:
        try:
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
        if codec != "gb18030" or _CHINESE.search(text):
            return text
    raise DocumentEncodingError("HTML page is not UTF-8 or GB18030/GBK text, nor in its declared charset", path=path)


@dataclass
class _Table:
    rows: list[list[list[str]]] = field(default_factory=list)  # row -> cell -> text pieces
    spans: list[list[tuple[int, int]]] = field(default_factory=list)  # row -> cell -> (rowspan, colspan)
    cell_at: int = 0  # the index in the page's text pieces where its last cell opened
    quote: int = 0  # the message quote it stands in (``quote_level``): 0 the message's own words
    at: int = 0  # the index in the page's text pieces where it opened


_MAX_COLSPAN = 1000  # HTML's own bound on colspan


def _span(attributes, name: str) -> int:
    value = (attributes.get(name) or "").strip()
    return int(value) if value.isdigit() and len(value) <= 9 and int(value) > 0 else 1


def grid_rows(rows: list[list[str]], spans: list[list[tuple[int, int]]]) -> list[list[str]]:
    """Cell texts laid on the table's grid: a cell spanning rows (``rowspan``) repeats its text in the rows
    below it, as Word's vertical merge does; one spanning columns (``colspan``) is kept once, empty cells after it.
    A span past the table's last row ends there (a hostile ``rowspan`` costs nothing).

    >>> grid_rows([["1", "甲", "局"], ["2", "乙"]], [[(1, 1), (1, 1), (2, 1)], [(1, 1), (1, 1)]])
    [['1', '甲', '局'], ['2', '乙', '局']]
    >>> grid_rows([["一、标题"], ["1", "甲"]], [[(1, 3)], [(1, 1), (1, 1)]])
    [['一、标题', '', ''], ['1', '甲']]
    """
    out: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # grid column -> (text, rows it still covers)
    for cells, row_spans in zip(rows, spans):
        row: list[str] = []
        for text, (rowspan, colspan) in zip(cells, row_spans):
            while len(row) in pending:
                row.append(_covered(pending, len(row)))
            if rowspan > 1:
                pending[len(row)] = (text, min(rowspan, len(rows)) - 1)
            row.append(text)
            row.extend([""] * (min(colspan, _MAX_COLSPAN) - 1))
        while pending and max(pending) >= len(row):
            row.append(_covered(pending, len(row)) if len(row) in pending else "")
        out.append(row)
    return out


def _covered(pending: dict[int, tuple[str, int]], col: int) -> str:
    text, left = pending[col]
    if left <= 1:
        del pending[col]
    else:
        pending[col] = (text, left - 1)
    return text


class _Collector:
    """lxml parser target: collects lines, tables and the title as the page streams past."""

    def __init__(
        self,
        *,
        path: str,
        limits: Limits,
        legend: RunLegend | None = None,
        sheet: StyleSheet | None = None,
        after: list[tuple[int, int]] | None = None,
        quotes: bool = False,
    ):
        self.path = path
        self.limits = limits
        # a legend gives a format (bold, a font) a unit's role: text in that format is written between ** (round 48)
        self.legend = legend
        self.sheet = sheet if sheet is not None and sheet.rules else None
        self.text: list[str] = []
        self.in_table: set[int] = set()  # indexes into ``text`` of the pieces read inside a table's cells
        self.tables: list[_Table] = []
        self.open_tables: list[_Table] = []
        self.skipping = 0
        self.title: list[str] | None = None
        self.title_done = False
        self.cells = 0
        self.containers: list[tuple[str, bool]] = []  # open container elements, and whether each is page chrome
        self.preformatted = 0  # open <pre> elements: their text keeps its line breaks
        self.frames = 0  # the <iframe srcdoc> pages being read, one inside another
        self.spans: list[bool] = []  # the open <span> elements: whether each is a grid's cell
        self.pictures = 0  # the <img> elements the page shows (no page chrome)
        self.raised: list[str] | None = None  # the text of the open <sup>, held until it ends (a note's mark?)
        # under a legend, whether the text of each open element of ``_FORMATTED`` is in the legend's format
        self.formats: list[bool] = []
        # under a legend and a style sheet, what its selectors match at each open element (round 54)
        self.matched: list[tuple[str, Matched]] = []
        # and what they matched at the children so far of the page's root and of each open element (round 56)
        self.siblings: list[Siblings] = [Siblings()]
        # the siblings after each element, in the order they open (``siblings_after``), and the elements opened so far
        # (round 57: a sheet's :last-child); none once a frame's page is read inside the page (its elements uncounted)
        self.after = after
        self.opened = 0
        # a message's quotes (round 75), followed when asked: the level open (``quote_level``), the open <div>s (True
        # for a quote's), and where the level changes (the index in ``text`` and the level from there)
        self.quotes = quotes
        self.quote = 0
        self.quote_divs: list[bool] = []
        self.quote_changes: list[tuple[int, int]] = []

    def start(self, tag, attributes) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        self.opened += 1
        if tag in SKIPPED:
            self.skipping += 1
        if tag in _PREFORMATTED:
            self.preformatted += 1
        if tag in _CONTAINERS:
            chrome = (
                tag in CHROME_TAGS
                or is_chrome(attributes.get("class"), attributes.get("id"))
                or never_shown(attributes)
                or (
                    is_site_header(tag, attributes.get("class"), attributes.get("id"))
                    and not any(open_tag in _ARTICLES for open_tag, _ in self.containers)
                )
            )
            self.containers.append((tag, chrome))
            self.skipping += chrome
        elif tag == "tr":  # a row hidden inline (<tr style="display:none">, <tr hidden>) is no row shown (round 45)
            hidden = never_shown(attributes)
            self.containers.append((tag, hidden))
            self.skipping += hidden
        elif tag == "iframe" and not self.skipping and attributes.get("srcdoc"):
            self._frame(attributes["srcdoc"])
        if tag == "span":  # a grid's cell (<span class="cell">): its text set apart as a <td>'s is (round 45)
            self.spans.append(is_cell(attributes.get("class")))
        if self.quotes and (tag == "blockquote" or tag == "div"):
            quoting = quote_level(tag, attributes.get("class"))
            if tag == "div":
                self.quote_divs.append(quoting)
            if quoting:
                self._quoted(+1)
        # the text's format changes at this element: ** after its line's or cell's start (none while skipping)
        if self.sheet:
            parent = self.matched[-1][1] if self.matched else None
            before = self.siblings[-1]
            after = self.after[self.opened - 1] if self.after is not None and self.opened <= len(self.after) else None
            element = element_of(tag, attributes, before, after)
            self.matched.append((tag, matched_at(element, parent, self.sheet, before)))
            self.siblings.append(Siblings())
        turns = self.legend is not None and tag in _FORMATTED and self._format_opens(tag, attributes)
        if tag in ("title", "h1") and not self.title_done and self.title is None:
            self.title = []
        if self.skipping and tag != "title":
            return
        if tag in BLOCKS:
            self._block_break()
        elif tag == "img":
            self.pictures += 1
        elif tag == "sup" and self.raised is None:
            self.raised = []
        if tag == "table":
            check_count("depth", len(self.open_tables) + 1, "tables are nested", path=self.path, limits=self.limits)
            table = _Table(quote=self.quote, at=len(self.text))
            self.open_tables.append(table)
            self.tables.append(table)
        elif tag == "tr" and self.open_tables:
            self.open_tables[-1].rows.append([])
            self.open_tables[-1].spans.append([])
        elif tag in ("td", "th") and self.open_tables:
            table = self.open_tables[-1]
            if not table.rows:
                table.rows.append([])
                table.spans.append([])
            colspan = min(_span(attributes, "colspan"), _MAX_COLSPAN)
            self.cells += colspan
            check_count("cells", self.cells, "tables hold", path=self.path, limits=self.limits)
            table.rows[-1].append([])
            table.spans[-1].append((_span(attributes, "rowspan"), colspan))
            table.cell_at = len(self.text)
        if turns:
            self._shown("**")

    def _format_opens(self, tag: str, attributes) -> bool:
        """Note whether an opening element's text is in the legend's format (its own rules, else its parent's);
        whether that changes the format of the text (a cell's text starts plain: a format its row or table gives it
        is written inside the cell, round 56)."""
        before = self.formats[-1] if self.formats else False
        says = element_format(tag, attributes, self.sheet, self.legend, self.matched[-1][1] if self.matched else None)
        self.formats.append(before if says is None else says)
        return tag not in _CARRIERS and self.formats[-1] != (False if tag in _CELLS else before)

    def end(self, tag) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if self.legend is not None and tag in _FORMATTED and self.formats:
            was = self.formats.pop()
            outer = False if tag in _CELLS or not self.formats else self.formats[-1]
            if tag not in _CARRIERS and was != outer:
                self._shown("**")
        if self.sheet and any(open_tag == tag for open_tag, _ in self.matched):
            while True:  # the element closing, and any left open inside it
                closed, matched = self.matched.pop()
                self.siblings.pop()
                self.siblings[-1] = self.siblings[-1].after(matched, closed)
                if closed == tag:
                    break
        if tag == "sup" and self.raised is not None:
            # a note's mark raised after a word (县财政局<sup>1</sup>) is no text of it (round 46)
            raised, self.raised = "".join(self.raised), None
            if not note_mark(raised, self.text[-1] if self.text else ""):
                self._shown(raised)
        if tag in SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        if self.quotes and (tag == "blockquote" or (tag == "div" and self.quote_divs and self.quote_divs.pop())):
            self._quoted(-1)
        if tag in _PREFORMATTED:
            self.preformatted = max(self.preformatted - 1, 0)
        if (tag in _CONTAINERS or tag == "tr") and any(open_tag == tag for open_tag, _ in self.containers):
            while self.containers:  # the element closing, and any left open inside it
                open_tag, chrome = self.containers.pop()
                self.skipping = max(self.skipping - chrome, 0)
                if open_tag == tag:
                    break
        if tag in ("title", "h1") and self.title is not None:
            self.title_done = True
        if self.skipping:
            if tag == "span" and self.spans:
                self.spans.pop()
            return
        if tag == "span" and self.spans and self.spans.pop():
            self.text.append("  ")
        if tag in BLOCKS:
            self._block_break()
        if tag == "table" and self.open_tables:
            self.open_tables.pop()
        elif tag in ("td", "th"):
            if self.open_tables:
                self._list_apart(self.open_tables[-1])
            self.text.append(cell_end(self.open_tables[-1].rows) if self.open_tables else "  ")

    def _list_apart(self, table: _Table) -> None:
        """A cell holding a task list (``1.设置检查站。<br>牵头单位：…``: ``vocab.opens_an_item``) after cells of its row
        that hold text starts a line of its own, as a Word table's does (round 59; before, the row's 序号 and 类别 cells
        were its first item's words)."""
        row = table.rows[-1] if table.rows else []
        if (
            len(row) > 1
            and table.cell_at < len(self.text)
            and opens_an_item("".join(row[-1]))
            and any("".join(cell).strip() for cell in row[:-1])
        ):
            self.text[table.cell_at] = "\n" + self.text[table.cell_at]

    def _quoted(self, step: int) -> None:
        """A message's quote opens (+1) or closes (-1): its lines are a level deeper (a line ends where it does)."""
        self._block_break()
        self.quote = max(self.quote + step, 0)
        self.quote_changes.append((len(self.text), self.quote))

    def _frame(self, page: str) -> None:
        """The page an ``<iframe srcdoc>`` shows, read where the frame stands (round 45: a portal's page showing its
        task table in a frame; before, the page read no table). Frames in frames count against ``Limits.depth``."""
        self.frames += 1
        self.after = None  # the frame's elements were not counted: no element's place from the end is known after it
        check_count("depth", self.frames, "frames are nested", path=self.path, limits=self.limits)
        etree = require("lxml.etree", "formats", "reading HTML files")
        parser = etree.HTMLParser(target=self, recover=True, no_network=True, remove_comments=True, remove_pis=True)
        self._block_break()
        parser.feed(page)
        parser.close()
        self._block_break()
        self.frames -= 1

    def _block_break(self) -> None:
        """A block element starts or ends: a line ends, in the text and in the cell it is in (inline elements,
        ``<span>`` and ``<font>``, end none: an editor's page splits a name across them, 市数<span>据局</span>)."""
        if self.raised is not None:  # a block inside a <sup>: its text so far is text
            raised, self.raised = "".join(self.raised), None
            self._shown(raised)
        self.text.append("\n")
        if self.open_tables and self.open_tables[-1].rows and self.open_tables[-1].rows[-1]:
            self.open_tables[-1].rows[-1][-1].append("\n")

    def data(self, data: str) -> None:
        if self.title is not None and not self.title_done:
            self.title.append(data)
        if self.raised is not None and not self.skipping:
            self.raised.append(data)
            return
        self._shown(data)

    def _shown(self, data: str) -> None:
        """Text the page shows, in its line and the table cell it is in."""
        if self.skipping:
            return
        if not self.preformatted and ("\n" in data or "\r" in data):
            data = source_breaks_as_spaces(data, self.text[-1][-1:] if self.text else "")
        if self.open_tables:
            self.in_table.add(len(self.text))
        self.text.append(data)
        if self.open_tables and self.open_tables[-1].rows and self.open_tables[-1].rows[-1]:
            self.open_tables[-1].rows[-1][-1].append(data)

    def close(self) -> None:
        return None


def source_breaks_as_spaces(data: str, before: str = "") -> str:
    """A piece of a page's text with its source line breaks as a browser renders them: none between two Chinese
    characters, else a space (``before``: the character the text before the piece ends with). A break at the
    piece's end goes where the character before it is Chinese (the next piece, after a tag, most often is too).

    >>> source_breaks_as_spaces("市住房和城乡\\n  建设局"), source_breaks_as_spaces("2024\\nyear")
    ('市住房和城乡建设局', '2024 year')
    >>> source_breaks_as_spaces("\\n建设局", "乡"), source_breaks_as_spaces("市财政局、\\n"), source_breaks_as_spaces("Item\\n")
    ('建设局', '市财政局、', 'Item ')
    """

    def rendered(m: re.Match[str]) -> str:
        a, b = m.start(), m.end()
        left = data[a - 1] if a else before
        right = data[b] if b < len(data) else left
        return "" if (not left or _WIDE.match(left)) and (not right or _WIDE.match(right)) else " "

    return _SOURCE_BREAK.sub(rendered, data)


def element_format(
    tag: str, attributes, sheet: StyleSheet | None, legend: RunLegend, matched: Matched | None = None
) -> bool | None:
    """Whether an element shows its text in the format ``legend`` names (bold; a font), by its tag (``<b>``,
    ``<strong>``, ``<th>``, ``<h1>``–``<h6>``; ``<font face>``), then the style sheet's rules selecting it (what its
    selectors match at the element, ``css_rules.matched_at``; by default as the page's root) in CSS's order, then its
    inline style, the last declaration saying deciding;
    None when none says (its parent's format goes on).

    >>> bold, hei = RunLegend("", "★"), RunLegend("黑体", "★")
    >>> element_format("b", {}, None, bold), element_format("td", {"style": "FONT-WEIGHT: 700"}, None, bold)
    (True, True)
    >>> element_format("span", {"style": "mso-bidi-font-weight:bold"}, None, bold) is None
    True
    >>> element_format("p", {"class": "a6"}, style_sheet("<style>p.a6 {font-weight:bold}</style>"), bold)
    True
    >>> element_format("b", {"style": "font-weight:normal"}, None, bold), element_format("font", {"face": "黑体"}, None, hei)
    (False, True)
    >>> element_format("th", {}, None, bold), element_format("th", {}, style_sheet("<style>th {font-weight: normal}</style>"), bold)
    (True, False)
    >>> lead = style_sheet("<style>.lead span {font-weight: bold}</style>")
    >>> td = matched_at(element_of("td", {"class": "lead"}), None, lead)
    >>> element_format("span", {}, lead, bold, matched_at(element_of("span", {}), td, lead)), element_format("span", {}, lead, bold)
    (True, None)
    """
    if legend.colour:
        return _element_colour(tag, attributes, sheet, legend, matched)
    says: bool | None = None
    if not legend.font and tag in _BOLD_TAGS:
        says = True
    elif legend.font and tag == "font" and attributes.get("face"):
        says = legend.font in attributes["face"]
    if sheet is not None and matched is None:
        matched = matched_at(element_of(tag, attributes), None, sheet)
    rules = declarations_for(matched, sheet) if sheet is not None and matched is not None else ()
    said = [
        found for declarations in (*rules, attributes.get("style")) for found in font_declarations(declarations or "")
    ]
    for name, value, _ in sorted(said, key=lambda found: found[2]):  # the important ones last, each in its order
        if _CSS_INHERITED.fullmatch(value):
            continue
        if name == "weight" and not legend.font:
            says = _CSS_BOLD.fullmatch(value) is not None
        elif name == "family" and legend.font:
            says = legend.font in value
    return says


def _element_colour(
    tag: str, attributes, sheet: StyleSheet | None, legend: RunLegend, matched: Matched | None = None
) -> bool | None:
    """Whether an element shows its text in the colour ``legend`` names (round 66), by ``<font color>``, then the
    style sheet's rules selecting it (their ``color``, which a sheet read under a colour legend keeps: round 67), then
    its inline style (``color``; the last declaration, the important ones last, deciding); None when none says.

    >>> red = RunLegend("", "★", colour="红")
    >>> _element_colour("font", {"color": "#FF0000"}, None, red), _element_colour("span", {"style": "color: rgb(255,0,0)"}, None, red)
    (True, True)
    >>> _element_colour("span", {"style": "color:#000"}, None, red), _element_colour("b", {}, None, red) is None
    (False, True)
    """
    says: bool | None = None
    if tag == "font" and attributes.get("color"):
        says = in_colour(css_colour(attributes["color"]), legend.colour)
    if sheet is not None and matched is None:
        matched = matched_at(element_of(tag, attributes), None, sheet)
    rules = declarations_for(matched, sheet) if sheet is not None and matched is not None else ()
    said = [
        found for declarations in (*rules, attributes.get("style")) for found in colour_declarations(declarations or "")
    ]
    for value, _ in sorted(said, key=lambda found: found[1]):  # the important ones last, each in its order
        says = in_colour(value, legend.colour) if value else False
    return says


def is_chrome(class_: str | None, id_: str | None) -> bool:
    """Whether an element's class or id names it a part of the site around a document (navigation, breadcrumbs,
    share buttons, footer).

    >>> is_chrome("footer", None), is_chrome("site-nav clearfix", None), is_chrome(None, "bread_crumb")
    (True, True, True)
    >>> is_chrome(None, "breadcrumb"), is_chrome("article-body", None), is_chrome("content", "zoom")
    (True, False, False)
    >>> is_chrome("BreadcrumbNav", None), is_chrome("bdsharebuttonbox", None), is_chrome("breadtext", None)
    (True, True, False)
    >>> is_chrome("rich_media_tool_area", None), is_chrome("qr_code_pc_outer", "js_pc_qr_code"), is_chrome(None, "js_content")
    (True, True, False)
    """
    return any(name and _CHROME_NAME.search(name) for name in (class_, id_))


def is_site_header(tag: str, class_: str | None, id_: str | None) -> bool:
    """Whether an element is a site's banner by its tag or name (``<header>``, ``class="header"``, ``header_top``),
    when it is outside the page's article (the caller's test).

    >>> is_site_header("header", None, None), is_site_header("div", "header clearfix", None)
    (True, True)
    >>> is_site_header("div", "article-header", None), is_site_header("div", "page-header", "headline")
    (False, False)
    """
    return tag == "header" or any(name and _SITE_HEADER.search(name) for name in (class_, id_))


_CELL_NAME = compiled(r"(?:^|[-_\s])(?:td|th|cell|grid-item)(?=$|[-_\s\d])", re.I)


def is_cell(class_: str | None) -> bool:
    """Whether an inline element's class names it a cell of a grid a style sheet lays out as a table (``<div
    class="row"><span class="cell">…``): a browser shows its text apart from the next cell's, as a ``<td>``'s; read
    with no gap, a row's cells ran together into one text (round 45).

    >>> is_cell("cell"), is_cell("table-cell c1"), is_cell("td"), is_cell("cellphone"), is_cell(None)
    (True, True, True, False, False)
    """
    return bool(class_) and _CELL_NAME.search(class_) is not None


_TAB_PANEL = compiled(r"tab(?!le)|pane", re.I)  # tab-pane, tabcon, tab_content, layui-tab-item, con_tab2, panel


def never_shown(attributes) -> bool:
    """Whether an element is kept out of sight for good: an inline ``display:none`` style or a ``hidden`` attribute on
    what is no tab panel (a draft item left in the page, a site's 纠错 form). Chosen (round
    44): a tab panel (``role="tabpanel"``, a class or id naming a tab or pane) is read however it is hidden (a page
    saved from a browser holds the script's ``style="display: none;"`` on every closed tab), as a panel a class hides
    always was; a style sheet's rules are not followed.

    >>> never_shown({"style": "DISPLAY: none;"}), never_shown({"hidden": ""}), never_shown({"style": "visibility: hidden;"})
    (True, True, False)
    >>> never_shown({"class": "tab-pane", "style": "display: none;"}), never_shown({"role": "tabpanel", "hidden": ""})
    (False, False)
    >>> never_shown({"class": "table-wrap", "style": "display:none"})
    True
    """
    if "hidden" not in attributes:
        style = attributes.get("style")
        if not style:  # most elements
            return False
        style = "".join(style.split()).lower()
        if "display:none" not in style:  # visibility:hidden: a 微信公众号 article's body until its script runs
            return False
    if attributes.get("role") == "tabpanel":
        return False
    return not any(name and _TAB_PANEL.search(name) for name in (attributes.get("class"), attributes.get("id")))


_SITE_GAPS = frozenset(" \u3000-_|｜—>»")  # what stands between a site's name and a page's title


def page_title(title: str) -> str:
    """A page's ``<title>`` without the site's name after it.

    >>> page_title("江临市2024年老年助餐工作方案_江临市人民政府"), page_title("关于印发方案的通知 - 市政府办文件 - 某市")
    ('江临市2024年老年助餐工作方案', '关于印发方案的通知')
    >>> page_title("通知_某市")  # too short before the mark to be a document's title: kept whole
    '通知_某市'
    >>> page_title("荣成市人民政府 政府信息公开 关于印发营商环境重点任务分工方案的通知")
    '关于印发营商环境重点任务分工方案的通知'
    """
    cut = _SITE_SUFFIX.sub("", title)
    if (at := cut.find("关于", 2)) != -1 and cut[at - 1] in _SITE_GAPS:  # 荣成市人民政府 政府信息公开 关于印发…: the
        cut = cut[at:]  # site's name before the title (round 39)
    return cut if len(cut) >= 6 else title


_TAG = compiled(r"<[^<>]*>")


def page_legend(page: str) -> RunLegend | None:
    """The legend of a page (``run_formats.run_legend``) in its source, else, where the source names 牵头 or 配合,
    in its source with its tags taken out: an editor's page splits a legend's words over elements
    (``注：<span class="red">加粗</span>的为牵头单位``; round 54: before, the source alone was searched, and such a
    legend marked nothing).

    >>> page_legend("<p>注：<span>加粗</span>的为牵头单位</p>")[:2], page_legend("<p><b>粗</b>略统计，县数据局牵头</p>")
    (('', '★'), None)
    """
    legend = run_legend(page, colours=True) if may_hold_legend(page, colours=True) else None
    if legend is None and ("牵头" in page or "配合" in page):
        words = _TAG.sub("", page)
        legend = run_legend(words, colours=True) if may_hold_legend(words, colours=True) else None
    return legend


def html_content(
    data: bytes, *, path: str = "<input>", limits: Limits = DEFAULT_LIMITS
) -> tuple[list[str], list[list[list[str]]], str | None, frozenset[int], int]:
    """(text lines, tables as rows of cell texts, title, the indexes of the lines read in tables, the pictures shown)
    of an HTML page."""
    return _page(data, path=path, limits=limits).content


@dataclass(frozen=True)
class _Page:
    """An HTML page as read: ``content`` as ``html_content`` gives it, the message quote (``quote_level``) each
    of its lines and each of its tables stands in (all 0 unless the quotes were followed), and the line each table
    opens at."""

    content: tuple[list[str], list[list[list[str]]], str | None, frozenset[int], int]
    line_quotes: tuple[int, ...]
    table_quotes: tuple[int, ...]
    table_firsts: tuple[int, ...] = ()


def _page(data: bytes, *, path: str, limits: Limits, quotes: bool = False) -> _Page:
    """The page's reading (``html_content``), its message quotes followed when ``quotes``."""
    etree = require("lxml.etree", "formats", "reading HTML files")
    text = decode_html(data, path=path)
    check_count("text_chars", len(text), "the page holds", path=path, limits=limits)
    # a legend giving a format a unit's role (注：责任单位中字体加粗的为牵头单位): its units in it marked (round 48)
    legend = page_legend(text)
    sheet = style_sheet(text, bool(legend.colour)) if legend is not None and "<style" in text.lower() else None
    with library_errors(WHAT, path=path):
        after = siblings_after(text) if sheet is not None and sheet.counts_from_end else None
    collector = _Collector(path=path, limits=limits, legend=legend, sheet=sheet, after=after, quotes=quotes)
    with library_errors(WHAT, path=path):
        parser = etree.HTMLParser(
            target=collector, recover=True, no_network=True, remove_comments=True, remove_pis=True
        )
        parser.feed(text)
        parser.close()
    lines, table_lines, firsts = _lines(collector.text, collector.in_table)
    if legend is not None:  # a line's units in the legend's format marked, as a Word paragraph's (round 50)
        lines = [marked_units(line, legend.mark) if "**" in line else line for line in lines]
    tables = []
    for t, table in enumerate(collector.tables, start=1):
        rows = []
        for r, row in enumerate(table.rows, start=1):
            cells = [cell_text(pieces) for pieces in row]
            if legend is not None:
                cells = [marked_units(cell, legend.mark) if "**" in cell else cell for cell in cells]
            for c, cell in enumerate(cells, start=1):
                check_cell(cell, path=path, where=f"table {t} row {r} column {c}", limits=limits)
            rows.append(cells)
        tables.append(grid_rows(rows, table.spans))
    title = page_title("".join(collector.title).strip()) if collector.title else None
    changes = collector.quote_changes
    if changes:
        at = [k for k, _ in changes]
        line_quotes = tuple(changes[k - 1][1] if k else 0 for k in (bisect_right(at, f) for f in firsts))
    else:
        line_quotes = (0,) * len(lines)
    table_quotes = tuple(table.quote for table in collector.tables)
    table_firsts = tuple(bisect_left(firsts, table.at) for table in collector.tables)
    return _Page(
        (lines, tables, title or None, table_lines, collector.pictures), line_quotes, table_quotes, table_firsts
    )


class _SiblingsAfter:
    """lxml parser target: how many siblings follow each element, all and of its tag (counting itself), in the
    order the elements open."""

    def __init__(self) -> None:
        self.after: list[tuple[int, int]] = []
        self.open: list[list[tuple[int, str]]] = [[]]  # the children so far of the root and of each open element

    def start(self, tag, attributes) -> None:
        self.open[-1].append((len(self.after), tag.lower() if isinstance(tag, str) else ""))
        self.after.append((0, 0))
        self.open.append([])

    def end(self, tag) -> None:
        if len(self.open) > 1:
            self._counted(self.open.pop())

    def _counted(self, children: list[tuple[int, str]]) -> None:
        of_tag: dict[str, int] = {}
        for k, (index, tag) in enumerate(reversed(children), start=1):
            of_tag[tag] = of_tag.get(tag, 0) + 1
            self.after[index] = (k, of_tag[tag])

    def close(self) -> list[tuple[int, int]]:
        while self.open:
            self._counted(self.open.pop())
        return self.after


def siblings_after(page: str) -> list[tuple[int, int]]:
    """Each element's place from the end among its parent's element children, all and those of its tag (1: the
    last), in the order the elements open, for a style sheet's ``:last-child``, ``:nth-last-of-type()`` (round 57):
    a pass of its own before the page is read, since an element's format is written when it opens.

    >>> siblings_after("<table><tr><td>1</td><th>a</th><td>2</td></tr></table>")[-3:]
    [(3, 2), (2, 1), (1, 1)]
    """
    etree = require("lxml.etree", "formats", "reading HTML files")
    target = _SiblingsAfter()
    parser = etree.HTMLParser(target=target, recover=True, no_network=True, remove_comments=True, remove_pis=True)
    parser.feed(page)
    return parser.close()


def cell_end(rows: list[list[list[str]]]) -> str:
    """What ends a table cell in the page's text: a wide gap, and before it a colon when the cell is a field's name
    alone (a portal's 信息公开 table, ``<th>发布机构</th><td>某市发展改革委</td>``, names its fields in cells of
    their own, with no colon, often spaced out: ``索&nbsp;引&nbsp;号``). Read as ``发布机构：…``, the fields are the
    page's fields, not its title (round 40: a table of them made the plan's title a heading below it).

    >>> cell_end([[["文\xa0\xa0号"]]]), cell_end([[["市财政局"]]])
    ('：  ', '  ')
    """
    pieces = rows[-1][-1] if rows and rows[-1] else ()
    if sum(map(len, pieces)) > _FIELD_NAME_CHARS:
        return "  "
    return "：  " if "".join("".join(pieces).split()) in HEAD_LABELS else "  "


_FIELD_NAME_CHARS = 16  # characters: the longest cell read as a field's name (名&nbsp;&nbsp;&nbsp;&nbsp;称)


def cell_text(pieces: list[str]) -> str:
    """A table cell's text from the pieces collected in it: its lines (``"\\n"``, a block element's edge) joined with
    a space, the pieces of a line (text around inline elements) with nothing.

    >>> cell_text(["市数", "据局", "\\n", "市财政局 ", "\\n"]), cell_text(["\\n", "  ", "\\n"])
    ('市数据局 市财政局', '')
    """
    return " ".join(line.strip() for line in "".join(pieces).split("\n") if line.strip())


def _lines(pieces: list[str], in_table: set[int]) -> tuple[list[str], frozenset[int], list[int]]:
    """The page's lines (blank ones dropped) from the text pieces collected, the indexes of the lines whose
    every piece of text was read inside a table, and the index of each line's first piece.

    >>> _lines(["一、任务", "\\n", "区财政局", "  ", "\\n", "二、", "附表"], {2, 6})
    (['一、任务', '区财政局', '二、附表'], frozenset({1}), [0, 2, 5])
    """
    lines: list[str] = []
    table_lines: set[int] = set()
    firsts: list[int] = []
    current: list[str] = []
    first = 0  # the index of the current line's first piece
    outside = False  # a piece of the current line was read outside a table

    def close() -> None:
        line = "".join(current).strip()
        if "字号" in line or "打印" in line or "关闭" in line:  # the page's 字号 bar and buttons: none of its text
            line = without_toolbar(line)
        if line and "\u2700" <= line[0] and (line[0] <= "\u27bf" or "\U0001f300" <= line[0] <= "\U0001faff"):
            line = without_leading_emoji(line)
        if line:
            if not outside:
                table_lines.add(len(lines))
            lines.append(line)
            firsts.append(first)

    for k, piece in enumerate(pieces):
        parts = piece.split("\n")
        for j, part in enumerate(parts):
            if j:
                close()
                current.clear()
                outside = False
                first = k + (part == "")  # a piece ending in a break: the line opens at the next piece
            current.append(part)
            if part.strip() and k not in in_table:
                outside = True
    close()
    return lines, frozenset(table_lines), firsts


def html_lines(data: bytes) -> list[str]:
    """The page's text, one line per ``<br>`` or block element, blank lines dropped."""
    return html_content(data)[0]


SCRIPTED_PAGE = (
    "the page holds no text: its content is written by scripts when a browser opens it; save the page from the "
    "browser once it shows the plan (另存为 → 网页，全部 / 单个文件), or copy its text into a .txt file"
)
_SCRIPT = compiled(rb"<script", re.IGNORECASE)
PICTURES = (
    "the page shows {shown}, which are not read: a task table published as a picture needs OCR first, or "
    "the office's own file (its attachment, 附件下载)"
)


def written_by_scripts(data: bytes) -> bool:
    """Whether a page with no text holds scripts: a portal's or an app's page whose article a script fetches and
    writes in (round 43: before, "the file is empty", which the user could not act on).

    >>> written_by_scripts(b'<div id="app"></div><SCRIPT src="/js/app.js"></SCRIPT>'), written_by_scripts(b"<p></p>")
    (True, False)
    """
    return _SCRIPT.search(data) is not None


def read_html(data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse an HTML page: its task tables when it has any, with the tasks its paragraphs assign that no table
    lists (``body_tables``); else its text."""
    content = html_content(data, path=path, limits=limits)
    return _read_content(content, data, path=path, key=key, sha256=sha256, limits=limits)


def _read_content(
    content: tuple[list[str], list[list[list[str]]], str | None, frozenset[int], int],
    data: bytes,
    *,
    path: str,
    key: str,
    sha256: str,
    limits: Limits,
) -> Document:
    """``read_html``'s reading of a page's content (``html_content``)."""
    from reformgraph.loaders.read import parse_text

    lines, tables, title, table_lines, pictures = content
    # no <title> or <h1>: the title its first lines read as, its site's menu, trail and fields skipped (round 40:
    # the menu was the title), else its first line, as in Word
    title = title or title_of_lines(lines) or next(iter(lines), None) or key
    body = ["" if k in table_lines else line for k, line in enumerate(lines)]  # line numbers kept
    starts = sorted(k for k in table_lines if k - 1 not in table_lines)  # where each run of table lines starts
    titles = [title_above(body, k) for k in starts] if len(starts) == len(tables) else []
    if titles:  # a Word table split by a page break (续表), saved as a page, goes on as in the .docx (round 54)
        tables, titles = continued_tables(tables, titles)
    doc = document_from_tables(tables, path=path, key=key, sha256=sha256, title=title, paragraphs=body, titles=titles)
    if doc is None:
        if not any(line.strip() for line in lines) and written_by_scripts(data):
            raise DocumentError(SCRIPTED_PAGE, path=path)
        try:
            with tables_hinted(tables, path):
                return parse_text("\n".join(lines), path=path, key=key, sha256=sha256, limits=limits)
        except DocumentError as error:
            if not pictures or type(error) is not DocumentError:
                raise
            # round 46: a 公众号 article shows its task table as a picture: say so, as a scan's error does
            shown = f"{pictures} picture{'s' if pictures > 1 else ''}"
            raise DocumentError(f"{error.message}; {PICTURES.format(shown=shown)}", path=path) from None
    doc = with_body_tasks(
        doc, "\n".join(body), lambda text: parse_text(text, path=path, key=key, sha256=sha256, limits=limits)
    )
    return doc


_QUOTE_CLASS = compiled(r"(?:^|\s)gmail_quote(?:\s|$)")
_QUOTE_MARK = compiled(rb"(?i)<blockquote|gmail_quote")


def quote_level(tag: str, class_: str | None) -> bool:
    """Whether an element of an HTML message opens a quote of the message it answers or forwards: a
    ``<blockquote>`` (Outlook for Mac, Foxmail, QQ Mail, Thunderbird's ``type="cite"``, Gmail's), or Gmail's
    ``<div class="gmail_quote">`` (its 于…写道 line and the quote, or a forwarded message with no blockquote).

    >>> quote_level("blockquote", None), quote_level("div", "gmail_quote"), quote_level("div", "gmail_attr")
    (True, True, False)
    """
    return tag == "blockquote" or (class_ is not None and _QUOTE_CLASS.search(class_) is not None)


def read_html_layers(
    data: bytes, *, path: str, key: str, sha256: str, limits: Limits = DEFAULT_LIMITS
) -> list[Document | DocumentError]:
    """An HTML message's readings, one a quote level (``quote_level``), shallowest first: the reply, the message it
    quotes, the one that quotes (as a plain-text message's ``>`` depths: ``formats_mht.quote_layers``); a message
    below a header block a level deeper than the block's (``mail_headers.header_levels``: Outlook's reply, whose
    border-top ``<div>`` of 发件人/发送时间 fields stands above the message it answers, unquoted; Outlook on the web's
    ``divRplyFwdMsg``; QQ Mail's ``原始邮件`` line; round 76). Each level
    is the page's lines, those of its level kept and every other line blank, so that a line keeps its number in the
    page, and the tables that stand in it; its title the first lines of its own read as one (the notice or header
    block above a plan skipped as a page's are). A page with no quote is its ``read_html`` reading.

    >>> page = "<p>收到。</p><blockquote><p>一、任务</p><p>1.建平台。（牵头单位：区数据局）</p></blockquote>".encode()
    >>> [[(m.line, m.leads[0].raw) for w in d.workplans for m in w.measures] for d in read_html_layers(
    ...     page, path="x", key="x", sha256="")[1:]]
    [[(3, '区数据局')]]
    """
    page = _page(data, path=path, limits=limits, quotes=_QUOTE_MARK.search(data) is not None)
    lines, tables, title, table_lines, pictures = page.content
    line_quotes = header_levels(lines, page.line_quotes, limits.depth)
    shifts = [new - old for new, old in zip(line_quotes, page.line_quotes)] or [0]
    table_quotes = [
        quote + shifts[min(first, len(shifts) - 1)] for quote, first in zip(page.table_quotes, page.table_firsts)
    ]
    levels = sorted(set(line_quotes) | set(table_quotes))
    if len(levels) <= 1:
        return [_reading(lambda: _read_content(page.content, data, path=path, key=key, sha256=sha256, limits=limits))]
    layers: list[Document | DocumentError] = []
    for level in levels:
        kept = [line if quote == level else "" for line, quote in zip(lines, line_quotes)]
        own = [line for line in kept if line and field_label(line) is None]
        content = (
            kept,
            [table for table, quote in zip(tables, table_quotes) if quote == level],
            (title if level == levels[0] else None) or title_of_lines(own) or next(iter(own), None),
            frozenset(k for k in table_lines if line_quotes[k] == level),
            pictures,
        )
        layers.append(
            _reading(lambda c=content: _read_content(c, data, path=path, key=key, sha256=sha256, limits=limits))
        )
    return layers


def _reading(read) -> Document | DocumentError:
    try:
        return read()
    except DocumentError as error:
        return error

"""HTML pages (.html/.htm) read with Beautiful Soup: text with ``<br>`` and blocks as line breaks.

Entities are decoded, scripts and styles dropped, and ``<table>`` task tables read as
tables (their rows are tasks) when they have a task header row.

>>> html_lines("<p>一、任务<br>（一）建平台。（牵头单位：区大数据局&nbsp;）</p><script>x()</script>".encode())
['一、任务', '（一）建平台。（牵头单位：区大数据局\\xa0）']
"""

from __future__ import annotations

import re

from reformgraph.errors import DocumentError
from reformgraph.extras import require
from reformgraph.loaders.tables import document_from_tables
from reformgraph.records import Document

_BLOCKS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol")


def _soup(data: bytes | str):
    require("bs4", "formats", "reading HTML files")
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(["script", "style", "noscript", "head"]):
        tag.decompose()
    return soup


_BREAK = re.compile(r"(?=<(?:br|/?(?:{}))\b)".format("|".join(_BLOCKS)), re.I)
_CELL_END = re.compile(r"(</t[dh]\s*>)", re.I)


def html_lines(data: bytes) -> list[str]:
    """The page's text, one line per ``<br>`` or block element, blank lines dropped.

    Line breaks are put in the markup before parsing (a linear pass; moving nodes in the
    parsed tree is quadratic on long pages); the encoding is detected as Beautiful Soup does.
    """
    from bs4.dammit import UnicodeDammit

    markup = UnicodeDammit(data, is_html=True).unicode_markup or ""
    markup = _CELL_END.sub(r"\1  ", _BREAK.sub("\n", markup))
    text = _soup(markup).get_text()
    return [line.strip() for line in text.split("\n") if line.strip()]


def read_html(data: bytes, *, path: str, key: str, sha256: str) -> Document:
    """Parse an HTML page: its task tables when it has any, else its text."""
    from reformgraph.loaders.parse import parse_document

    if not data.strip():
        raise DocumentError("the file is empty", path=path)
    soup = _soup(data)
    tables = [
        [[cell.get_text(" ", strip=True) for cell in tr.find_all(["td", "th"])] for tr in table.find_all("tr")]
        for table in soup.find_all("table")
    ]
    title_tag = soup.find(["h1", "title"])
    title = title_tag.get_text(strip=True) if title_tag else key
    doc = document_from_tables(tables, path=path, key=key, sha256=sha256, title=title)
    if doc is not None:
        return doc
    return parse_document("\n".join(html_lines(data)), path=path, key=key, sha256=sha256)

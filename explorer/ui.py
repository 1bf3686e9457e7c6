"""Small display helpers shared by the pages: escaping and translated tables.

Document text never reaches Streamlit's Markdown unescaped: ``md_escape``
backslash-escapes every ASCII punctuation mark (CommonMark renders an
escaped punctuation mark literally), so 《》 titles, ``**``, ``[link](…)``,
``$…$`` or ``<script>`` in a document show as text. Tables go through
``st.dataframe``, which never interprets cell text.

>>> print(md_escape("<b>粗</b> [链接](http://e.x) $1$ :red[x]"))
\\<b\\>粗\\<\\/b\\> \\[链接\\]\\(http\\:\\/\\/e\\.x\\) \\$1\\$ \\:red\\[x\\]
>>> md_escape("市市场监管局（牵头）")
'市市场监管局（牵头）'
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


def md_escape(value: Any) -> str:
    """``value`` as Markdown that displays literally."""
    return _MD_SPECIAL.sub(r"\\\1", "" if value is None else str(value))


def frame(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str]) -> pd.DataFrame:
    """A DataFrame of ``rows`` keeping ``columns`` (key → header), in that order.

    >>> frame([{"a": 1, "b": 2}], {"b": "B", "a": "A"}).columns.tolist()
    ['B', 'A']
    """
    data = [{header: row.get(key) for key, header in columns.items()} for row in rows]
    return pd.DataFrame(data, columns=list(columns.values()))


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def legend_html(title: str, entries: Sequence[tuple[str, str]], note: str = "") -> str:
    """A one-line colour legend for ``st.html``: every text escaped, colours checked.

    >>> legend_html("图例", [("单位", "#1f77b4"), ("<b>x</b>", "red;x")])  # doctest: +ELLIPSIS
    '<div ...><b>图例</b>：<span ...background:#1f77b4...>单位</span><span ...background:#999999...>&lt;b&gt;x&lt;/b&gt;</span></div>'
    """
    items = "".join(
        f'<span style="margin-right:14px;white-space:nowrap"><span style="display:inline-block;width:11px;'
        f"height:11px;border-radius:6px;background:{colour if _COLOUR.fullmatch(colour) else '#999999'};"
        f'margin-right:4px"></span>{html.escape(label)}</span>'
        for label, colour in entries
    )
    tail = f" · {html.escape(note)}" if note else ""
    return f'<div style="font-size:0.85rem"><b>{html.escape(title)}</b>：{items}{tail}</div>'

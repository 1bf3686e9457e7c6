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

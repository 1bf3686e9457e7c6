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
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from reformgraph.regexcache import compiled

if TYPE_CHECKING:
    import pyarrow as pa

_MD_SPECIAL = compiled(r"([!-/:-@\[-`{-~])")


def md_escape(value: Any) -> str:
    """``value`` as Markdown that displays literally."""
    return _MD_SPECIAL.sub(r"\\\1", "" if value is None else str(value))


_COLOUR = compiled(r"#[0-9a-fA-F]{6}")


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # None or NaN


def arrow_table(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str], blank: str = "—") -> pa.Table:
    """A pyarrow Table of ``rows`` keeping ``columns`` (key → header), missing values shown as ``blank``;
    what ``st.dataframe`` draws, without pandas.

    A column keeps its values' type (numbers stay numbers, right-aligned) unless it mixes types —
    a number and ``blank``, say — when every cell is shown as text, as Streamlit does for such a
    pandas column (there a whole number beside a missing one became "4720.0"; here "4720").

    >>> t = arrow_table([{"n": 1, "s": "甲", "m": 9}, {"n": 2, "s": None, "m": None}], {"s": "S", "n": "N", "m": "M"})
    >>> t.column_names, t.column("N").to_pylist(), t.column("S").to_pylist(), t.column("M").to_pylist()
    (['S', 'N', 'M'], [1, 2], ['甲', '—'], ['9', '—'])
    """
    import pyarrow as pa

    arrays = [arrow_column([blank if _missing(row.get(key)) else row.get(key) for row in rows]) for key in columns]
    return pa.Table.from_arrays(arrays, names=list(columns.values()))


def arrow_column(values: Sequence[Any]) -> pa.Array:
    """``values`` as one Arrow column of the type ``pyarrow.array`` gives them, or as text when they mix kinds.

    Text, whole numbers (int64), numbers (double) and yes/no, the cells of the explorer's tables, are made from
    buffers: ``pyarrow.array`` first asks pandas whether a list is array-like, and so imports it, 44 MiB
    of the server's memory, for a table that never uses it (docs/performance.md, session 64). Any other
    kind goes through ``pyarrow.array``.

    >>> [(str(c.type), c.to_pylist()) for c in map(arrow_column, (["甲"], [1, 2], [1, 2.5], [True, False], [1, "—"]))]
    [('string', ['甲']), ('int64', [1, 2]), ('double', [1.0, 2.5]), ('bool', [True, False]), ('string', ['1', '—'])]
    """
    import pyarrow as pa

    pool = pa.system_memory_pool()
    kinds = {type(v) for v in values}
    try:
        if kinds == {bool}:
            bits = bytearray((len(values) + 7) // 8)
            for i, v in enumerate(values):
                bits[i >> 3] |= v << (i & 7)
            return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)])
        if kinds == {int}:
            return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(array("q", values))])
        if kinds and kinds <= {int, float}:
            return pa.Array.from_buffers(pa.float64(), len(values), [None, pa.py_buffer(array("d", values))])
        if str not in kinds:  # pyarrow puts text beside no other kind in one column
            return pa.array(values, memory_pool=pool)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
        pass  # a number past int64, or kinds pyarrow does not put in one column: shown as text
    text = pa.lib.StringBuilder(memory_pool=pool)
    text.append_values(values if kinds == {str} else [str(v) for v in values])
    return text.finish()


_NARROW = compiled("[\x00-\u2e7f]+")  # characters a table cell draws 8 px wide

# A table's width on the narrowest page the explorer is made for: a 1280 px laptop screen leaves 820 px
# beside the sidebar (less the table's border and scroll bar). Wider pages stretch the columns.
TABLE_PX = 780
# Four lines of wrapped text, and not a sliver of a fifth (Streamlit wraps from 68 px; 68 showed 3½ lines)
WRAP_ROW_PX = 76
ROW_PX = 35  # Streamlit's dataframe rows and header row
WRAP_LINES = 4  # the lines of text a row of WRAP_ROW_PX shows
ROWS_SHOWN = 10  # whole rows of a table in view (Streamlit's own default); the rest scroll
TALL_ROWS_SHOWN = 8  # the same for rows four lines high


def rows_in_view(rows: int, row_px: int, about: int | None = None) -> int:
    """How many whole rows of ``row_px`` a dataframe shows: as many as fit in ``about`` px (else
    ``ROWS_SHOWN``, or ``TALL_ROWS_SHOWN`` of tall rows), no more than there are.

    >>> rows_in_view(188, 76, 420), rows_in_view(3, 76), rows_in_view(50, 76), rows_in_view(15, 35)
    (5, 3, 8, 10)
    """
    if about is None:
        fit = TALL_ROWS_SHOWN if row_px > ROW_PX else ROWS_SHOWN
    else:
        fit = max(1, (about - ROW_PX - 2) // row_px)
    return min(rows, fit)


def whole_rows_height(rows: int, row_px: int, about: int | None = None) -> int:
    """A dataframe's height (px) that shows whole rows only (:func:`rows_in_view`), under the header row.

    >>> whole_rows_height(188, 76, 420), whole_rows_height(3, 76), whole_rows_height(50, 76), whole_rows_height(15, 35)
    (417, 265, 645, 387)
    """
    return ROW_PX + rows_in_view(rows, row_px, about) * row_px + 2


def scroll_caption(total: int, in_view: int) -> None:
    """Under a table that shows ``in_view`` of its ``total`` rows: that the rest scroll (whole rows do not hint it)."""
    if in_view < total:
        import streamlit as st

        from reformgraph.explorer.i18n import t

        st.caption(t("table.scroll", total=total, shown=in_view))


_CELL_PAD_PX, _MIN_COLUMN_PX, _SHORT_COLUMN_PX = 24, 90, 164


def text_px(value: Any) -> int:
    """Width of ``value`` in a 14 px table cell: 14 px a CJK character, 8 px any other.

    >>> text_px("市财政局"), text_px(4720), text_px(None)
    (56, 32, 8)
    """
    text = "—" if value is None else str(value)
    wide = len(_NARROW.sub("", text))  # in C: a table's widths read every character of every cell
    return 14 * wide + 8 * (len(text) - wide)


def widest_px(values: Sequence[Any]) -> int:
    """``max(map(text_px, values))`` (0 for none), measuring only the texts long enough to be the widest.

    A text of n characters is 8n to 14n px wide, so once the widest measured is ``best`` px, a text of
    ``best / 14`` characters or fewer cannot beat it: in the longest-first order, measuring stops there.
    A 40,000-row table measures a handful of cells per column instead of all of them.

    >>> widest_px(["abcdefghij", "市财政局市税务局", None, 12])
    112

    A number with a fraction is measured as the tables show it, four decimals at most (瓶颈's
    ``%.4f``): 0.0014204545454545455, measured whole, took 176 px from the unit names beside it.

    >>> widest_px([0.0014204545454545455]) == widest_px(["0.0014"]), widest_px([20.1]) == widest_px(["20.1"])
    (True, True)
    """
    texts = sorted(map(_shown, values), key=len, reverse=True)
    best = 0
    for text in texts:
        if 14 * len(text) <= best:
            break
        best = max(best, text_px(text))
    return best


def _shown(value: Any) -> str:
    """A cell's text as measured: "—" for a missing value, a float to four decimals at most."""
    if value is None:
        return "—"
    text = str(value)
    if isinstance(value, float):
        short = f"{value:.4f}"
        return short if len(short) < len(text) else text
    return text


def cell_widths(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str]) -> dict[str, int]:
    """Key → width of the widest cell of that column (:func:`widest_px`; a missing value counts as "—").

    >>> cell_widths([{"n": 4720, "s": "市财政局"}, {"n": None, "s": "区"}], {"n": "N", "s": "S"})
    {'n': 32, 's': 56}
    """
    return {key: widest_px([r.get(key) for r in rows]) for key in columns}


def column_widths(
    rows: Sequence[Mapping[str, Any]],
    columns: Mapping[str, str],
    total: int = TABLE_PX,
    *,
    widest: Mapping[str, int] | None = None,
) -> dict[str, int]:
    """Header → pixel width so that the table fits ``total`` px: short columns (a date, a status, a
    line number: at most 140 px of text) keep their natural width — the longest cell or the header —
    and the long ones share what is left, in proportion to the square root of their natural width,
    at least 90 px each, the longest (a measure's text: what the reader came for) at least
    three tenths of ``total``. A deadline is therefore never cut or pushed off the right edge by a
    text, and a text is not squeezed to a sliver by the names beside it.
    ``widest`` is :func:`cell_widths` of the rows when the caller has it already.

    >>> rows = [{"seq": 1, "text": "开展调研" * 40, "due": "2022-06-30", "line": 4720}]
    >>> column_widths(rows, {"seq": "序号", "text": "原文", "due": "完成时限", "line": "行号"})
    {'序号': 52, '原文': 568, '完成时限': 104, '行号': 56}
    >>> rows = [{"role": "牵头", "due": "2024年6月底前", "state": "有完成时限", "text": "科学构建县域医共体" * 9,
    ...          "wp": "1 重点任务分工表", "item": "1. 重点任务分工表", "doc": "03-province-county-medical", "line": 45}]
    >>> heads = {"role": "角色", "due": "完成时限", "state": "状态", "text": "原文", "wp": "工作方案",
    ...          "item": "改革事项", "doc": "文件", "line": "行号"}
    >>> column_widths(rows, heads)["原文"]  # 234, not the 90 px it got when three names took the room first
    234
    >>> rows = [{"name": "市规划自然资源局", "lead": 150, "support": 52, "load": 352, "partners": 41, "share": 20.1}]
    >>> heads = {"name": "Unit", "lead": "Measures led", "support": "Measures supported", "load": "Weighted load",
    ...          "partners": "Partner units", "share": "Share of measures"}
    >>> sum(column_widths(rows, heads).values())  # the overview's table in English fits (840 px before)
    780
    """
    widest = cell_widths(rows, columns) if widest is None else widest
    natural = {header: max(text_px(header), widest[key]) + _CELL_PAD_PX for key, header in columns.items()}
    if sum(natural.values()) <= total:
        return natural
    fixed = {h: w for h, w in natural.items() if w <= _SHORT_COLUMN_PX}
    _wrap_short_texts(fixed, natural, rows, columns, total)
    flexible = {h: w for h, w in natural.items() if h not in fixed}
    floors = dict.fromkeys(flexible, _MIN_COLUMN_PX)
    if flexible:  # the longest text first: it may not go below three tenths of the table (session 32)
        main = max(flexible, key=flexible.__getitem__)
        floors[main] = max(_MIN_COLUMN_PX, min(natural[main], int(total * _MAIN_COLUMN_SHARE)))
        key = next(k for k, h in columns.items() if h == main)
        if widest[key] + _CELL_PAD_PX <= _SHORT_COLUMN_PX:  # long by its header alone (Measures supported, in
            # English): it had its 168 px of the 108 left, and the last column's numbers (20.1%) were cut at 1280 px
            room = total - sum(fixed.values()) - _MIN_COLUMN_PX * (len(flexible) - 1)
            floors[main] = max(_MIN_COLUMN_PX, min(floors[main], room))
    shared: dict[str, int] = {}
    while flexible:
        left = total - sum(fixed.values()) - sum(shared.values())
        weight = sum(w**0.5 for w in flexible.values())
        split = {h: left * w**0.5 / weight for h, w in flexible.items()}
        small = {h for h, w in split.items() if w < floors[h] or w >= natural[h]}
        if not small:
            shared.update({h: int(w) for h, w in split.items()})
            break
        for h in small:  # a floor, or all it needs: settle it and share the rest again
            shared[h] = min(natural[h], max(floors[h], int(split[h])))
            del flexible[h]
    return {h: fixed.get(h, shared.get(h)) for h in natural}


_MAIN_COLUMN_SHARE = 0.3


def _wrap_short_texts(
    fixed: dict[str, int],
    natural: Mapping[str, int],
    rows: Sequence[Mapping[str, Any]],
    columns: Mapping[str, str],
    total: int,
) -> None:
    """Make ``fixed`` (header → width of the short columns) leave the long columns their floors: while the short
    columns and the long ones' floors are wider than ``total``, the widest short column of Chinese text (a
    plan's short title, ten characters: 158 px) becomes a long one, and wraps. A table of eight columns of the
    92 held-out plans' 时限 was 864 px for 780, its line numbers off the table's right edge (session 63).
    Columns of numbers, dates and keys stay as they are."""

    def floors() -> int:
        widths = sorted((natural[h] for h in natural if h not in fixed), reverse=True)
        main = max(_MIN_COLUMN_PX, min(widths[0], int(total * _MAIN_COLUMN_SHARE))) if widths else 0
        return main + _MIN_COLUMN_PX * max(0, len(widths) - 1)

    keys = {header: key for key, header in columns.items()}
    # a text of 5 characters (有完成时限, 94 px) gains 4 px by wrapping, and a status in two lines helps nobody
    wide = sorted((h for h in fixed if natural[h] > _MIN_COLUMN_PX + 2 * 14), key=lambda h: -natural[h])
    for h in wide:
        if sum(fixed.values()) + floors() <= total:
            return
        if any(isinstance(v, str) and _NARROW.sub("", v) for v in (r.get(keys[h]) for r in rows)):
            del fixed[h]


_WRAP_PAD_PX = 30  # a cell's padding and one character's slack a line: lines break before punctuation or a word


def clamped(value: Any, width_px: int, lines: int = WRAP_LINES) -> Any:
    """``value`` cut to what ``lines`` wrapped lines of a ``width_px`` column show, ending in "…" when cut;
    anything that is not a text, a text that fits, or a text of no CJK character (a file's key, an
    identifier: cut, it would lose what tells two apart), as it is.

    Streamlit centres a cell's text in its row: a text longer than the row showed its middle lines, the
    start (how a reader knows a measure) cut off above and a sliver of another line below (session 33).

    >>> clamped("推进综合保税区发展" * 4, 100, 2)
    '推进综合保税区发展…'
    >>> clamped("市财政局", 100, 2), clamped(4720, 10, 1), clamped("05-guowuyuan-bonded-zones-2019", 60, 2)
    ('市财政局', 4720, '05-guowuyuan-bonded-zones-2019')
    """
    if not isinstance(value, str) or _NARROW.fullmatch(value):
        return value
    budget = (width_px - _WRAP_PAD_PX) * lines
    if text_px(value) <= budget - (width_px - _WRAP_PAD_PX) // 2:  # fits with half a line to spare
        return value
    line_px, used, cut = width_px - _WRAP_PAD_PX, 0, 0
    for ch in value:
        step = 8 if _NARROW.match(ch) else 14
        if used + step > line_px * lines - 14:  # room left for the "…"
            break
        used, cut = used + step, cut + 1
    return value[:cut] + "…"


# The most rows a table on a page shows. A 100-document graph gives a hub unit 19,900 measures and the
# deadlines page 135,900 overdue roles: drawn whole, every rerun measured, converted and sent megabytes of
# text (a second or more a click) for a table nobody scrolls to its end. The rest is one download away.
TABLE_ROWS = 1000


def rows_csv(rows: Iterable[Mapping[str, Any]], columns: Mapping[str, str]) -> bytes:
    """``rows`` as CSV with ``columns``' headers, in UTF-8 with a byte-order mark (so that Excel on a
    Chinese Windows reads it as UTF-8); a missing value is an empty cell, and a text that starts like a
    formula is kept as text (document text is not trusted: ``render.interchange.csv_text``).

    >>> rows_csv([{"u": "市财政局", "n": 3}, {"u": "=HYPERLINK(1)", "n": None}], {"u": "单位", "n": "数量"}).decode("utf-8-sig")
    "单位,数量\\r\\n市财政局,3\\r\\n'=HYPERLINK(1),\\r\\n"
    """
    from reformgraph.render.interchange import csv_text

    return csv_text(rows, list(columns), columns.values(), for_people=True).encode("utf-8-sig")


def table(
    items: Sequence[Any],
    columns: Mapping[str, str],
    empty: str,
    *,
    row: Callable[[Any], Mapping[str, Any]] | None = None,
    name: str = "table",
    wrap: bool = False,
    share: float = 1.0,
    download: bool | Mapping[str, str] = False,
    plans: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> None:
    """A dataframe of ``items`` (rows, or records made rows by ``row``; missing values as "—"), or the
    ``empty`` message in the page's language (Streamlit's own empty table says "empty", in English).

    Columns get :func:`column_widths`, so the table fits a laptop's page; with ``wrap`` a table whose
    long texts (a measure's text, a list of units) do not fit their column gets rows four lines high,
    and the texts wrap in them. ``share`` is the part of the page's width the table sits in (0.4 in the left of ``st.columns([2, 3])``).
    The rows go to Streamlit as :func:`arrow_table` (no pandas: ``tests/test_explorer_memory.py``).

    Past :data:`TABLE_ROWS` items only the first ones are made rows and shown (in the order given: pass
    the most urgent first); a caption says how many there are, and a button downloads every row as
    ``{name}.csv``, made only when it is clicked; with ``download`` that button is there under any table (a
    mapping: the file's columns, when it has more than the page shows).

    ``plans`` (a file's name → its plan's short title: ``cached.plan_tags``) shows a row's ``document``
    (the file's name) as its plan's title; the CSV keeps both, the title under 文件 and the name under
    文件名 (:func:`with_plan`)."""
    import streamlit as st

    if plans and "document" in columns:
        made = row
        row = (lambda item: with_plan(made(item), plans)) if made else (lambda item: with_plan(item, plans))

    if not items:
        st.caption(empty)
        return
    total = len(items)
    shown = items[:TABLE_ROWS] if total > TABLE_ROWS else items
    rows = [row(item) for item in shown] if row is not None else shown
    widest = cell_widths(rows, columns)  # read once for the widths and the wrapping (every cell: a long table's cost)
    widths = column_widths(rows, columns, int(TABLE_PX * share) - (16 if share < 1 else 0), widest=widest)
    config = dict(kwargs.pop("column_config", None) or {})
    for header, width in widths.items():
        column = dict(config.get(header) or st.column_config.Column())
        if column.get("width") is None:  # a column given its own config (a type, colours) keeps our width
            column["width"] = width
        config[header] = column
    cut = False
    if wrap and any(widths[h] < widest[k] for k, h in columns.items()):
        kwargs.setdefault("row_height", WRAP_ROW_PX)
        if kwargs["row_height"] == WRAP_ROW_PX:
            rows, cut = _rows_clamped(rows, {k: widths[h] for k, h in columns.items() if widths[h] < widest[k]})
    in_view = len(rows)
    if "row_height" in kwargs or isinstance(kwargs.get("height"), int) or len(rows) > ROWS_SHOWN:
        # Streamlit's "auto" height is ten rows of its own height, and a height in pixels rarely a whole number
        # of rows: the last row in view was cut across its text
        row_px = kwargs.get("row_height", ROW_PX)
        in_view = rows_in_view(len(rows), row_px, kwargs.get("height"))
        kwargs["height"] = whole_rows_height(len(rows), row_px, kwargs.get("height"))
    data = arrow_table(rows, columns)
    # lazy=False: our tables hold at most TABLE_ROWS rows, far below Streamlit's lazy threshold (150,000), and
    # deciding it imports pandas for a pyarrow table
    st.dataframe(data, hide_index=True, column_config=config, lazy=False, **kwargs)
    if total <= TABLE_ROWS:  # past the cap, the capped footer says how many there are
        scroll_caption(total, in_view)
    in_file = download if isinstance(download, Mapping) else columns
    if plans and "document" in in_file:
        in_file = file_column(in_file)
    capped_footer(items, len(shown), in_file, row=row, name=name, key=kwargs.get("key"), cut=cut, always=bool(download))


_KEY_PAD_PX, _KEY_CHAR_PX = 20, 7  # a cell's padding (8.5 px a side); a key's letters and digits, measured drawn


def key_fitted(value: Any, width_px: int) -> Any:
    """A text of no CJK character (a file's key) too wide for one line of a ``width_px`` column, its
    middle left out (``05-guowuy…es-2019``: the start and the end, what tells two files apart); anything
    else as it is.

    The table's grid breaks a cell's text into lines only where it measures the text too wide, and it
    measures no more of it than 1.5 × the column's width over its average character, learnt from the
    page's texts: CJK ones, twice as wide as a key's letters. A long key was judged to fit and drawn on
    one line, cut at the column's edge (``05-guowuyuan-bonde``: the unit page of the 14 real plans,
    session 35); Streamlit draws a line break in a cell as a space, so the key cannot be set in lines.

    >>> key_fitted("05-guowuyuan-bonded-zones-2019", 140)
    '05-guowuy…es-2019'
    >>> key_fitted("05-guowuyuan", 200), key_fitted("市财政局", 40), key_fitted(4720, 10)
    ('05-guowuyuan', '市财政局', 4720)
    """
    if not isinstance(value, str) or not _NARROW.fullmatch(value):
        return value
    per_line = max(3, (width_px - _KEY_PAD_PX) // _KEY_CHAR_PX)
    if len(value) <= per_line:
        return value
    head = (per_line - 1) * 3 // 5
    tail = per_line - 1 - head
    return value[:head] + "…" + value[len(value) - tail :]


def _rows_clamped(rows: Sequence[Mapping[str, Any]], narrow: Mapping[str, int]) -> tuple[list[Mapping[str, Any]], bool]:
    """``rows`` with the texts of the ``narrow`` columns (key → width) :func:`clamped` and their keys
    :func:`key_fitted`; whether any was cut."""
    out: list[Mapping[str, Any]] = []
    cut = False
    for row in rows:
        new = {key: key_fitted(clamped(row.get(key), width), width) for key, width in narrow.items()}
        changed = [key for key, value in new.items() if value is not row.get(key)]
        if changed:
            cut = True
            out.append({**row, **{key: new[key] for key in changed}})
        else:
            out.append(row)
    return out, cut


def capped_footer(
    items: Sequence[Any],
    shown: int,
    columns: Mapping[str, str],
    *,
    row: Callable[[Any], Mapping[str, Any]] | None = None,
    name: str = "table",
    key: str | None = None,
    cut: bool = False,
    always: bool = False,
) -> None:
    """Under a table that shows the first ``shown`` of ``items``: how many there are, and a button that
    downloads every one of them as ``{name}.csv`` (made when clicked). Nothing when all are shown, unless
    ``cut``: the table shows long texts cut to four lines (:func:`clamped`), and the file has them whole; or
    ``always`` (the button only)."""
    if len(items) <= shown and not cut and not always:
        return
    import streamlit as st

    from reformgraph.explorer.i18n import t

    if len(items) > shown:
        st.caption(t("table.capped", total=len(items), shown=shown))
    if cut:
        st.caption(t("table.cut"))
    st.download_button(
        t("table.download_all", total=len(items)),
        data=lambda: rows_csv(map(row, items) if row is not None else items, columns),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"csv_{key or name}",
        on_click="ignore",
    )


def with_plan(row: Mapping[str, Any], plans: Mapping[str, str]) -> dict[str, Any]:
    """``row`` with its ``document`` (a file's name) as its plan's short title, the name kept as ``file``.

    >>> with_plan({"line": 3, "document": "82-shanghai-jingan-2024"}, {"82-shanghai-jingan-2024": "某区分类方案"})
    {'line': 3, 'document': '某区分类方案', 'file': '82-shanghai-jingan-2024'}
    >>> with_plan({"document": None}, {})
    {'document': None, 'file': None}
    """
    key = row.get("document")
    return {**row, "document": plans.get(key, key) if key else key, "file": key}


def file_column(columns: Mapping[str, str]) -> dict[str, str]:
    """``columns`` with the file's name (文件名) after the document's column: what a download keeps beside
    the plan's title, the key a machine joins on.

    >>> file_column({"document": "文件", "line": "行号"})
    {'document': '文件', 'file': '文件名', 'line': '行号'}
    """
    from reformgraph.explorer.i18n import t

    out: dict[str, str] = {}
    for key, header in columns.items():
        out[key] = header
        if key == "document":
            out["file"] = t("col.file")
    return out


def document_column(G: Any) -> dict[str, str]:
    """``{"document": "文件"}`` (in the page's language) for a graph of several documents, else nothing: a
    line number means something only beside its file, and one file needs no column."""
    from reformgraph.explorer.i18n import t
    from reformgraph.view_nodes import many_documents

    return {"document": t("col.document")} if many_documents(G) else {}


def picture(page: str, alt: str) -> None:
    """A drawn network page (``graph.render.html``, 0.7 MB) in an iframe on the page, as tall as what it holds
    (Streamlit measures the page; the page makes its network as tall as the drawing at the frame's width).
    A height reckoned here for the drawing at full size left a blank band above and below a large picture
    drawn smaller on a laptop (session 62).

    ``st.iframe`` first asks ``urllib.parse.urlparse`` whether the string is a URL, and
    ``urlsplit``'s cache (128 entries) then kept every distinct page alive with a parsed copy:
    2 MiB a picture a person ever looked at, up to 250 MiB. The cache is emptied right after
    (it only saves re-parsing short URLs).
    """
    import urllib.parse

    import streamlit as st

    st.iframe(page, height="content", alt=alt)
    urllib.parse.clear_cache()


def count_slider(container: Any, label: str, key: str, available: int, *, least: int = 5, most: int = 80) -> int:
    """A "how many" slider over ``least``…``min(most, available)``, its value kept in range; no slider
    (every one of them shown) when there are no more than ``least`` to show — a slider whose two ends
    are equal is an error in Streamlit, and a choice between one number is no choice.

    A small plan (five units with deadlines) must not end the page in a traceback."""
    if available <= least:
        return available
    top = min(most, available)
    import streamlit as st

    if key in st.session_state:
        st.session_state[key] = max(least, min(top, int(st.session_state[key])))
    return container.slider(label, least, top, key=key, persist_state="session")


def bars_html(
    rows: Sequence[tuple[str, Sequence[tuple[float, str]], str]],
    *,
    legend: Sequence[tuple[str, str]] = (),
    scale: float | None = None,
    test_id: str = "bars",
) -> str:
    """A ranking as HTML: one row per item with its **whole name**, stacked bars, and the value.

    ``rows`` are ``(name, [(value, colour), …], value text)``. Names never thin out or get cut (a
    chart axis drops every other one when rows are dense); long names wrap. Every row carries
    ``data-name`` so a browser test can find it.

    >>> html_ = bars_html([("市财政局", [(3, "#123456")], "3")])
    >>> 'data-name="市财政局"' in html_ and "width:100.0%" in html_
    True
    """
    top = scale or max((sum(v for v, _ in segs) for _, segs, _ in rows), default=1) or 1
    body = []
    for name, segs, value in rows:
        bar = "".join(
            f'<span style="display:inline-block;height:100%;width:{100 * v / top:.1f}%;'
            f'background:{c if _COLOUR.fullmatch(c) else "#999999"}"></span>'
            for v, c in segs
            if v > 0
        )
        body.append(
            f'<div class="rg-row" data-name="{html.escape(name)}" style="display:contents">'
            f'<span class="rg-name" style="text-align:right;padding-right:8px;white-space:normal;'
            f'line-height:1.25">{html.escape(name)}</span>'
            f'<span style="display:flex;align-items:center;height:18px;margin:3px 0">{bar}</span>'
            f'<span style="padding-left:8px;font-variant-numeric:tabular-nums">{html.escape(value)}</span></div>'
        )
    items = "".join(
        f'<span style="margin-right:16px;white-space:nowrap"><span style="display:inline-block;width:12px;'
        f"height:12px;margin-right:4px;vertical-align:-1px;background:"
        f'{c if _COLOUR.fullmatch(c) else "#999999"}"></span>{html.escape(label)}</span>'
        for label, c in legend
    )
    legend_html_ = f'<div style="margin-top:6px;font-size:14px">{items}</div>' if items else ""
    return (
        f'<div data-testid="{html.escape(test_id)}" style="font-size:14px;display:grid;'
        f'grid-template-columns:minmax(8em,max-content) 1fr max-content;align-items:center">'
        + "".join(body)
        + "</div>"
        + legend_html_
    )


def heatmap_html(
    rows: Sequence[str],
    columns: Sequence[str],
    counts: Mapping[tuple[str, str], int],
    *,
    gap_after: Sequence[str] = (),
    corner: str = "",
) -> str:
    """A unit × month table: every row name shown whole, each cell its number on a neutral blue scale.

    ``columns`` are months ("2022-06"); the header is two rows, the years spanning their months and
    the months as two digits, so that two years of months fit a laptop's page (820 px beside the
    sidebar) with every number readable. ``gap_after`` are months followed by months that have
    nothing (a "…" column marks the gap, so the time axis does not pretend to be continuous). Numbers of
    three digits or more get room beside them (a graph of many plans counts thousands a month), and a
    smaller size past three digits, so that neighbours never read as one number and the months still fit.

    A "…" column is 12 px wide, its cells too: they were 21 px, as wide as a month, and at 1280 px the 89
    held-out plans' months, 2019 to 2035 with fifteen gaps, ran 106 px past the page's right edge, the last
    numbers cut (session 62).

    >>> page = heatmap_html(["市财政局"], ["2021-12", "2022-05"], {("市财政局", "2022-05"): 3}, gap_after=["2021-12"])
    >>> 'data-name="市财政局"' in page, 'colspan="2">2021' in page, ">05</th>" in page, '<td class="rg-gap"' in page
    (True, True, True, True)
    """
    top = max(counts.values(), default=1) or 1
    # numbers of three digits or more fill a cell: a gap beside each, and a smaller size past three, so that
    # 2600 1000 1800 never read as one number (a graph of 100 plans has months of thousands)
    digits = len(str(top))
    pad, size = (0 if digits <= 2 else 2), (12 if digits <= 3 else 11)

    def cell(n: int) -> str:
        if not n:
            return '<td style="background:#fafafa"></td>'
        t = n / top
        # white → #1f5fbf; the number is dark on light cells and white on dark ones
        r, g, b = (int(255 + (c - 255) * (0.15 + 0.85 * t)) for c in (0x1F, 0x5F, 0xBF))
        fg = "#ffffff" if t > 0.55 else "#1b2733"
        return f'<td style="background:rgb({r},{g},{b});color:{fg};text-align:center">{n}</td>'

    # (key, header text, is a gap) for every column drawn
    drawn: list[tuple[str, str, bool]] = []
    for c in columns:
        drawn.append((c, c.partition("-")[2] or c, False))
        if c in gap_after:
            drawn.append((c, "…", True))
    years: list[list] = []  # [year, span]
    for key, _, _ in drawn:
        year = key.partition("-")[0] if key.partition("-")[2] else ""
        if years and years[-1][0] == year:
            years[-1][1] += 1
        else:
            years.append([year, 1])
    th = 'style="font-weight:normal;padding:1px 0;line-height:1.2"'
    year_row = "".join(f'<th {th} colspan="{span}">{html.escape(year)}</th>' for year, span in years)
    month_row = "".join(
        f'<th {th} title="{html.escape(key)}"' + (' class="rg-gap"' if gap else "") + f">{html.escape(text)}</th>"
        for key, text, gap in drawn
    )
    body = []
    for r in rows:
        cells = "".join(
            '<td class="rg-gap" style="background:#fff"></td>' if gap else cell(counts.get((r, key), 0))
            for key, _, gap in drawn
        )
        body.append(
            f'<tr data-name="{html.escape(r)}"><th style="text-align:right;font-weight:normal;padding:1px 6px;'
            f'white-space:nowrap">{html.escape(r)}</th>{cells}</tr>'
        )
    name_th = (
        f'<th rowspan="2" style="text-align:right;padding:1px 6px;vertical-align:bottom">{html.escape(corner)}</th>'
    )
    return (
        f"<style>[data-testid=heatmap] td{{min-width:21px;padding:1px {pad}px}}"
        "[data-testid=heatmap] .rg-gap{color:#999;min-width:12px}</style>"
        '<div data-testid="heatmap" style="overflow-x:auto"><table style="border-collapse:separate;'
        f'border-spacing:1px;font-size:{size}px;line-height:1.3">'
        f"<thead><tr>{name_th}{year_row}</tr><tr>{month_row}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


# Streamlit's own English, where the page cannot pass a Chinese text: hidden, or replaced by ours.
# (The "Deploy" button is also switched off by client.toolbarMode; this catches a start without it.)
PAGE_CSS = """
<style>
[data-testid="stAppDeployButton"], .stAppDeployButton, [data-testid="stDeployButton"] { display: none !important; }
[data-testid="InputInstructions"] { display: none !important; }
</style>
"""


def page_css(
    no_results: str, skip: str, stop: str = "停止", upload: str = "选择文件", drop: str = "拖放文件到这里"
) -> str:
    """The app-wide style sheet: :data:`PAGE_CSS` plus Streamlit's own English in the page's language:
    "No results" of an empty search, the keyboard users' "Skip to main content" link, the "Stop"
    button shown at the top right while a page runs (every slow rerun showed it), and the file
    uploader's "Upload" button and "5MB per file • MD, TXT …" line (the page's caption says the limit
    and the formats in words).

    >>> css = page_css("没有匹配的选项", "跳到正文", "停止", "选择文件", "拖放文件到这里")
    >>> "跳到正文" in css and 'content: "停止"' in css and 'content: "拖放文件到这里"' in css
    True
    """

    def css_text(text: str) -> str:
        return text.replace("\\", "").replace('"', "")

    def replace(selector: str, text: str, size: str = "0.875rem") -> str:
        return (
            f"{selector} {{ font-size: 0 !important; }} "
            f'{selector}::after {{ content: "{css_text(text)}"; font-size: {size}; }}\n'
        )

    return PAGE_CSS.replace(
        "</style>",
        # The selectbox's empty-state element (Streamlit 1.67: class equpb2c9) shows "No results".
        replace("span.equpb2c9", no_results)
        + replace('[data-testid="stSkipToContent"]', skip, "1rem")
        + replace('[data-testid="stStatusWidget"] button', stop)
        + replace('[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p', upload)
        + replace('[data-testid="stFileUploaderDropzoneInstructions"] span', drop)
        + "</style>",
    )

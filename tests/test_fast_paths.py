"""Speed-motivated paths that must stay correct: large terminal tables, igraph without matplotlib."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from reformgraph.cli.common import RICH_TABLE_ROWS, TABLE_MAX_ROWS, display_width, emit


def rows(n: int) -> list[dict]:
    return [
        {"unit": ("市财政局" if i % 2 else "Tax office"), "month": f"2022-{i % 12 + 1:02d}", "n": i} for i in range(n)
    ]


def test_a_small_table_is_box_drawn():
    out = io.StringIO()
    emit(rows(3), "table", title="t", out=out)
    assert "┃" in out.getvalue() or "│" in out.getvalue()
    assert "more rows" not in out.getvalue()


def test_a_large_table_is_plain_aligned_text_and_counts_what_it_leaves_out():
    out = io.StringIO()
    emit(rows(TABLE_MAX_ROWS + 5), "table", title="due", out=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "due"
    assert lines[1].split() == ["unit", "month", "n"]
    body = lines[3:-1]
    assert len(body) == TABLE_MAX_ROWS > RICH_TABLE_ROWS
    # the month column starts at the same terminal column on every row, CJK counting two
    starts = {display_width(line[: line.index("2022-")]) for line in body}
    assert len(starts) == 1
    assert (
        lines[-1]
        == f"… 5 more rows not shown (of {TABLE_MAX_ROWS + 5:,}); --format csv or --format json prints them all"
    )


def test_a_large_table_cuts_long_texts_and_csv_keeps_them():
    """A measure of 1,000 characters in a 300-row table: every line stays short (the text cut with …), the
    columns after it still line up, and CSV prints the text whole."""
    from reformgraph.cli.common import TABLE_TEXT

    long = "建设平台，" * 200
    table = [{"measure": long if i % 7 == 0 else f"举措{i}", "unit": "市财政局"} for i in range(RICH_TABLE_ROWS + 100)]
    out = io.StringIO()
    emit(table, "table", out=out)
    lines = out.getvalue().splitlines()
    assert max(display_width(line) for line in lines) <= 2 * TABLE_TEXT + 2 + display_width("市财政局")
    assert lines[2].startswith(long[: TABLE_TEXT - 1] + "…")
    assert len({display_width(line[: line.index("市财政局")]) for line in lines[2:]}) == 1
    out = io.StringIO()
    emit(table, "csv", out=out)
    assert list(csv.DictReader(io.StringIO(out.getvalue())))[0]["measure"] == long


def test_csv_prints_every_row():
    out = io.StringIO()
    emit(rows(TABLE_MAX_ROWS + 5), "csv", out=out)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(parsed) == TABLE_MAX_ROWS + 5 and parsed[1] == {"unit": "市财政局", "month": "2022-02", "n": "1"}


def test_markup_in_a_large_table_stays_text():
    out = io.StringIO()
    emit([{"title": "[/x] [link=http://e.x]a[/link]"}] * (RICH_TABLE_ROWS + 1), "table", out=out)
    assert out.getvalue().splitlines()[2] == "[/x] [link=http://e.x]a[/link]"


def test_igraph_is_imported_without_matplotlib():
    pytest.importorskip("igraph", reason="the `fast` extra (igraph) is not installed")
    pytest.importorskip("matplotlib", reason="matplotlib is not installed, so igraph cannot import it anyway")
    code = (
        "import sys\n"
        "from reformgraph.metrics.igraphs import load_igraph as _igraph\n"
        "assert _igraph() is not None\n"
        "print('matplotlib' in sys.modules)\n"
        "import matplotlib\n"
        "print(matplotlib.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "matplotlib"]

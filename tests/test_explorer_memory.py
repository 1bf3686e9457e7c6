"""The explorer's server memory (issue 15: ≤ 200 MiB on the bundled document; docs/performance.md, session 64).

pandas was 44 MiB of the server's peak, imported for tables that never use it: ``pyarrow.array`` asks pandas
whether a list is array-like, Streamlit's ``st.dataframe`` imports it to decide whether a pyarrow table is
sent lazily, and the 督办 table was a pandas ``Styler``. No page imports it now; these tests say so.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
import textwrap

import pyarrow as pa
import pytest

from reformgraph.explorer import ui
from reformgraph.explorer.progress_view import LIGHT_COLOURS, counts_column, counts_shown

pytestmark = pytest.mark.timeout(300)

EVERY_PAGE = textwrap.dedent(
    """
    import os, sys
    from streamlit.testing.v1 import AppTest
    from reformgraph.explorer.app import PAGES

    os.environ.pop("NEO4J_URI", None)
    os.environ["REFORMGRAPH_GRAPH"] = sys.argv[1]
    at = AppTest.from_file(sys.argv[2], default_timeout=240)
    at.run()
    for file, *_ in PAGES[1:]:
        at.switch_page("screens/" + file)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
    print(sorted(m for m in ("pandas", "jinja2", "igraph", "matplotlib") if m in sys.modules))
    """
)


def test_no_page_of_the_explorer_imports_pandas_on_the_bundled_document(tmp_path):
    """Every page opened in turn in a fresh process: pandas (44 MiB), jinja2 (a Styler's), igraph (only for a
    graph of IGRAPH_MIN_NODES) and matplotlib (only when a picture is downloaded) are never imported."""
    from reformgraph.jsonio import write_graph_json
    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths
    from reformgraph.resources import package_file

    graph = tmp_path / "graph.json"
    write_graph_json(build_from_paths([str(BUNDLED_DOCUMENT)]).data, graph)
    app = str(package_file("reformgraph.explorer", "app.py"))
    done = subprocess.run(
        [sys.executable, "-c", EVERY_PAGE, str(graph), app],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


KINDS = [
    ["甲", "乙"],
    [1, 2, 3],
    [1, 2.5],
    [0.5],
    [True, False, True] * 4,
    [1, "—"],
    ["—", 2.5],
    ["红", True],
    [2**63],  # past int64: text, as pyarrow.array fails and the table falls back
    [-(2**63), 2**63 - 1],
    [True, 1],  # kinds pyarrow puts together itself
    [datetime.date(2024, 1, 1)],
    ["a", datetime.date(2024, 1, 1)],
]


@pytest.mark.parametrize("values", KINDS, ids=[str(i) for i in range(len(KINDS))])
def test_a_column_is_what_pyarrow_array_made_of_it(values):
    try:
        want = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
        want = pa.array([str(v) for v in values], pa.string())
    assert ui.arrow_column(values).equals(want)


def test_a_table_of_text_numbers_and_blanks_imports_no_pandas():
    code = textwrap.dedent(
        """
        import sys
        from reformgraph.explorer.ui import arrow_table
        rows = [{"u": "市市场监管局", "n": 3, "x": 2.5, "b": True}, {"u": "区财政局", "n": None, "x": 1, "b": False}]
        t = arrow_table(rows, {"u": "单位", "n": "数", "x": "值", "b": "是"})
        print(t.column("数").to_pylist(), "pandas" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[0] == "['3', '—'] False"


def test_a_table_is_sent_eagerly(monkeypatch):
    """``lazy=False``: Streamlit decides laziness by importing pandas; a table of at most TABLE_ROWS rows is
    never lazy (its threshold is 150,000 rows), so nothing a user sees changes."""
    import streamlit as st

    seen = {}
    monkeypatch.setattr(st, "dataframe", lambda data, **kwargs: seen.update(kwargs, data=data))
    monkeypatch.setattr(st, "caption", lambda *a, **k: None)
    ui.table([{"a": 1}], {"a": "A"}, "无")
    assert seen["lazy"] is False and isinstance(seen["data"], pa.Table)


def test_the_supervision_counts_are_coloured_only_where_not_zero():
    rows = counts_shown([{"name": "甲", "red": 0, "yellow": 4, "green": 1, "total": 5}])
    assert rows == [{"name": "甲", "red": "0", "yellow": "4", "green": 1, "total": 5}]
    red = counts_column(["0", "0"], "red")["type_config"]["options"]
    yellow = counts_column(["4", "0", "10"], "yellow")["type_config"]["options"]
    assert red == [] and [(o["value"], o["color"]) for o in yellow] == [
        ("10", LIGHT_COLOURS["yellow"]),
        ("4", LIGHT_COLOURS["yellow"]),
    ]

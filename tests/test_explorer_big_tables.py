"""Explorer tables at the size of a 100-document graph: capped on the page, whole in the download.

Unit tests: ``streamlit``'s output functions are replaced by recorders (the real app's pages are run in
tests/test_explorer_app.py and tests/test_explorer_e2e.py).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from types import MappingProxyType

import pytest
import streamlit as st
from support.copies import bundled_copies
from support.recorder import Recorder

from reformgraph.explorer import cached, i18n, ui
from reformgraph.explorer.tables import tiny_graph


@pytest.fixture
def shown(monkeypatch):
    return Recorder(monkeypatch)


def _records(n):
    return [
        {"seq": i, "text": f"开展第{i}项改革" * (1 + i % 3), "unit": None if i % 7 == 0 else "市财政局"}
        for i in range(n)
    ]


COLUMNS = {"seq": "序号", "text": "原文", "unit": "单位"}


def test_a_table_within_the_cap_is_shown_whole_with_no_download(shown):
    ui.table(_records(ui.TABLE_ROWS), COLUMNS, "（无）")
    ((data, _),) = shown.frames
    assert data.num_rows == ui.TABLE_ROWS
    # no download and no "first rows" caption: only the line saying the table scrolls (ten whole rows in view)
    assert not shown.buttons and shown.captions == [f"共 {ui.TABLE_ROWS} 行，表中显示 10 行，其余在表内滚动查看。"]


def test_a_table_shows_whole_rows_and_says_when_more_scroll(shown):
    ui.table(_records(38), COLUMNS, "（无）", height=300)  # 300 px hold 7 whole rows of 35 px under the header
    ui.table(_records(5), COLUMNS, "（无）")
    ((_, first), (_, second)) = shown.frames
    assert first["height"] == 35 + 7 * 35 + 2 and "height" not in second
    assert shown.captions == ["共 38 行，表中显示 7 行，其余在表内滚动查看。"]


def test_a_long_table_shows_the_first_rows_says_how_many_and_downloads_all(shown):
    total = ui.TABLE_ROWS + 234
    made = []

    def row(item):
        made.append(item["seq"])
        return {**item, "text": item["text"] + "。"}

    ui.table(_records(total), COLUMNS, "（无）", row=row, name="overdue")
    ((data, _),) = shown.frames
    assert data.num_rows == ui.TABLE_ROWS
    assert data.column("序号").to_pylist() == list(range(ui.TABLE_ROWS))  # the first ones, in the order given
    assert made == list(range(ui.TABLE_ROWS))  # rows made only for what is shown
    (caption,) = shown.captions
    assert f"共 {total} 行" in caption and f"前 {ui.TABLE_ROWS} 行" in caption
    ((label, button),) = shown.buttons
    assert f"全部 {total} 行" in label and button["file_name"] == "overdue.csv"
    assert callable(button["data"])  # made when clicked, not on every rerun
    body = button["data"]().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(body)))
    assert lines[0] == list(COLUMNS.values())
    assert len(lines) == total + 1
    assert lines[-1] == [str(total - 1), _records(total)[-1]["text"] + "。", "市财政局"]
    assert lines[1][2] == ""  # a missing value is an empty cell


def test_two_capped_tables_on_a_page_get_their_own_buttons(shown):
    ui.table(_records(ui.TABLE_ROWS + 1), COLUMNS, "（无）", name="overdue")
    ui.table(_records(ui.TABLE_ROWS + 1), COLUMNS, "（无）", name="due-soon")
    keys = [kw["key"] for _, kw in shown.buttons]
    assert len(set(keys)) == 2


def test_long_texts_wrap_and_short_ones_do_not(shown):
    ui.table([{"seq": 1, "text": "开展调研" * 60}], COLUMNS, "（无）", wrap=True)
    ui.table([{"seq": 1, "text": "开展调研"}], COLUMNS, "（无）", wrap=True)
    ui.table([{"seq": 1, "text": "开展调研" * 60}], COLUMNS, "（无）")
    heights = [kw.get("row_height") for _, kw in shown.frames]
    assert heights == [ui.WRAP_ROW_PX, None, None]


def test_a_text_longer_than_its_four_lines_shows_its_start_and_downloads_whole(shown):
    """Streamlit centres a cell's text in its row: uncut, a long measure showed its middle lines (session 33)."""
    long = "推动东西部地区建立消费扶贫协作机制" * 12
    records = [{"seq": 1, "text": long, "unit": "市财政局"}, {"seq": 2, "text": "开展调研", "unit": "市财政局"}]
    ui.table(records, COLUMNS, "（无）", wrap=True, name="measures")
    ((data, kw),) = shown.frames
    texts = data.column("原文").to_pylist()
    width = kw["column_config"]["原文"]["width"]
    assert texts[0].startswith("推动东西部地区建立") and texts[0].endswith("…") and len(texts[0]) < len(long)
    assert ui.text_px(texts[0]) <= ui.WRAP_LINES * (width - 16)  # four lines of the column, less its padding
    assert texts[1] == "开展调研"
    assert any("前四行" in caption for caption in shown.captions)
    ((_, button),) = shown.buttons  # the whole text, one click away
    assert long in button["data"]().decode("utf-8-sig")


def test_a_table_with_no_text_cut_has_no_note_and_no_download(shown):
    ui.table([{"seq": 1, "text": "开展调研" * 60, "unit": "05-guowuyuan-bonded-zones-2019" * 3}], COLUMNS, "（无）")
    ui.table([{"seq": 1, "text": "开展调研", "unit": "05-guowuyuan-bonded-zones-2019"}], COLUMNS, "（无）", wrap=True)
    assert not shown.buttons and not shown.captions


def test_a_key_too_wide_for_its_column_keeps_its_start_and_end_and_downloads_whole(shown):
    """The grid measured a long Latin key as fitting and drew it on one line cut at the column's edge, and it
    draws a line break as a space (session 35): the key loses its middle, within one line of its column."""
    key = "05-guowuyuan-bonded-zones-2019"
    records = [{"seq": 1, "text": "推动东西部地区建立消费扶贫协作机制" * 12, "unit": key}]
    ui.table(records, COLUMNS, "（无）", wrap=True, name="measures")
    ((data, kw),) = shown.frames
    (shown_key,) = data.column("单位").to_pylist()
    width = kw["column_config"]["单位"]["width"]
    head, tail = shown_key.split("…")
    assert key.startswith(head) and key.endswith(tail) and len(head) >= 3 and len(tail) >= 3
    assert 7 * len(shown_key) <= width - 17  # one line of the column, less its padding (8.5 px a side)
    ((_, button),) = shown.buttons
    assert key in button["data"]().decode("utf-8-sig")


def test_the_widths_read_from_the_cells_once_match_reading_them_again():
    rows = _records(50)
    assert ui.column_widths(rows, COLUMNS, widest=ui.cell_widths(rows, COLUMNS)) == ui.column_widths(rows, COLUMNS)


def test_shared_results_cannot_be_changed_by_a_page():
    """The cached metrics are held once for every session: a page that changed one would change it for all."""
    G = tiny_graph()
    token = "tiny-read-only"
    loads = cached.unit_loads(token, G)
    rows = cached.measure_rows(token, G, "unit:市财政局")
    assert isinstance(loads, MappingProxyType) and isinstance(rows, tuple) and rows
    assert isinstance(cached.ranking(token, G, "lead"), tuple)
    with pytest.raises(TypeError):
        rows[0]["text"] = "改了"
    with pytest.raises(TypeError):
        loads["unit:市财政局"] = None
    assert cached.measure_rows(token, G, "unit:市财政局") is rows  # the same object, not a copy per call


def test_frozen_reaches_the_cells_of_rows():
    rows = cached.frozen([{"units": ["甲", "乙"], "meta": {"a": 1}}])
    assert rows[0]["units"] == ("甲", "乙")
    with pytest.raises(TypeError):
        rows[0]["meta"]["a"] = 2


def test_a_figure_is_computed_once_however_its_arguments_are_passed(monkeypatch):
    """Streamlit keys a cached value by the arguments as passed: the defaults are filled in first."""
    from reformgraph import metrics

    G = tiny_graph()
    token = "tiny-one-key"
    calls = []
    real = metrics.coordination_betweenness
    monkeypatch.setattr(metrics, "coordination_betweenness", lambda C: calls.append(1) or real(C))
    first = cached.betweenness(token, G)
    assert cached.betweenness(token, G, False) is first
    assert cached.betweenness(token, G, include_collective=False) is first
    assert cached.betweenness(token, _G=G) is first
    assert len(calls) == 1
    assert cached.roles(token, G) is cached.roles(token, G, False)
    assert cached.ranking(token, G, "lead") is cached.ranking(token, G, "lead", 20, False)


def test_rows_of_several_documents_name_their_file_and_keep_each_file_together(tmp_path):
    """A line number means something only beside its file: every measure row of a two-document graph names it."""
    from reformgraph.explorer.tables import shared_measure_rows, unit_measure_rows, view_edge_rows
    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths
    from reformgraph.view_nodes import many_documents
    from reformgraph.views import unit_partners_view

    one = build_from_paths([str(BUNDLED_DOCUMENT)]).graph
    assert not many_documents(one) and ui.document_column(one) == {}
    paths = bundled_copies(tmp_path, ("甲方案", "乙方案"))
    G = build_from_paths(paths).graph
    assert many_documents(G)
    hub = "unit:市市场监管局"
    rows = unit_measure_rows(G, hub)
    single = unit_measure_rows(one, hub)
    assert [r["document"] for r in rows] == ["乙方案"] * len(single) + ["甲方案"] * len(
        single
    )  # one file, then the other
    assert [r["line"] for r in rows[: len(single)]] == [r["line"] for r in single]
    shared = shared_measure_rows(G, hub, "unit:重庆市税务局")
    assert shared and {r["document"] for r in shared} == {"甲方案", "乙方案"}
    edges = view_edge_rows(G, unit_partners_view(G, hub))
    assert {r["document"] for r in edges if not r["summary"]} == {"甲方案", "乙方案"}


def test_a_downloaded_cell_that_looks_like_a_formula_stays_text(shown):
    """Document text is not trusted: opened in a spreadsheet, a cell starting with = + - @ must not run."""
    hostile = ["=cmd|' /C calc'!A0", "+SUM(1)", "-1+1", "@SUM(1)", "\t=1"]
    items = [{"seq": i, "text": hostile[i % len(hostile)], "unit": "市财政局"} for i in range(ui.TABLE_ROWS + 5)]
    ui.table(items, COLUMNS, "（无）")
    ((_, button),) = shown.buttons
    lines = list(csv.reader(io.StringIO(button["data"]().decode("utf-8-sig"))))
    assert [row[1] for row in lines[1:6]] == ["'" + h for h in hostile]
    assert lines[1][0] == "0"  # numbers stay numbers


def test_betweenness_of_a_big_graph_is_computed_in_another_process(monkeypatch):
    """python-igraph holds the interpreter lock: seconds of it would stop every session of the server."""
    import random

    from reformgraph import metrics
    from reformgraph.metrics.igraphs import IGRAPH_MIN_NODES

    rng = random.Random(7)
    names = [f"第{i}局" for i in range(IGRAPH_MIN_NODES + 40)]
    rows = [(str(i), rng.choice(names), "、".join(rng.sample(names, 2))) for i in range(1, 1500)]
    G = metrics.graph_from_measures(rows)
    token = "big-elsewhere"
    assert cached.coordination(token, G).number_of_nodes() >= IGRAPH_MIN_NODES
    sent = []
    real = cached.elsewhere
    monkeypatch.setattr(cached, "elsewhere", lambda func, *args: sent.append(func) or real(func, *args))
    got = cached.betweenness(token, G)
    assert sent == [metrics.coordination_betweenness]
    assert dict(got) == metrics.coordination_betweenness(cached.coordination(token, G))
    small = tiny_graph()
    cached.betweenness("small-here", small)
    assert len(sent) == 1  # a small graph is computed in the server's process: faster than starting one


def test_lights_of_several_documents_name_their_file(shown, tmp_path):
    """Two documents number their measures alike: the 督办 tables then say which file each light is in."""
    from datetime import date

    from reformgraph.explorer.progress_view import measure_columns, show_measures
    from reformgraph.lights import DEFAULT_RULE, measure_lights
    from reformgraph.loaders.pipeline import build_from_paths
    from reformgraph.view_nodes import many_documents

    paths = bundled_copies(tmp_path, ("甲方案", "乙方案"))
    G = build_from_paths(paths).graph
    lights = measure_lights(G, date(2022, 6, 1), DEFAULT_RULE)
    assert {ml.document for ml in lights} == {"doc:甲方案", "doc:乙方案"}
    numbers = [f"{ml.workplan}-{ml.seq}" for ml in lights]
    assert len(set(numbers)) < len(numbers)  # the same numbers in both files: the number alone is ambiguous
    show_measures(lights[:50] + lights[-50:], "zh", name="lights", with_document=many_documents(G))
    ((data, _),) = shown.frames
    header = measure_columns("zh", with_document=True)["document"]
    assert header == "文件" and data.column_names[1] == header
    assert set(data.column(header).to_pylist()) == {"甲方案", "乙方案"}
    shown.frames.clear()
    show_measures(lights[:5], "zh", name="lights")  # one document: no column for it
    ((data, _),) = shown.frames
    assert header not in data.column_names


def test_lights_tables_show_the_report_columns_only_when_a_unit_reported(shown):
    """Before any ledger comes back, 进展情况 and 更新日期 are empty on every row: left out, the text gets the width."""
    from dataclasses import replace
    from datetime import date

    from reformgraph.explorer.progress_view import measure_columns, show_measures
    from reformgraph.lights import DEFAULT_RULE, measure_lights
    from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths

    lights = measure_lights(build_from_paths([str(BUNDLED_DOCUMENT)]).graph, date(2022, 6, 1), DEFAULT_RULE)[:20]
    headers = measure_columns("zh")
    report = [headers["progress"], headers["updated"]]
    show_measures(lights, "zh", name="lights")
    ((data, _),) = shown.frames
    assert not set(report) & set(data.column_names) and headers["status"] in data.column_names
    shown.frames.clear()
    one = replace(lights[3], progress_status="in_progress", progress_text="已开会", progress_updated="2022-05-01")
    show_measures([*lights[:3], one, *lights[4:]], "zh", name="lights")
    ((data, _),) = shown.frames
    assert set(report) <= set(data.column_names)
    assert data.column(headers["progress"]).to_pylist()[3] == "已开会"


def test_a_big_graphs_background_figures_start_with_short_thread_switches(monkeypatch):
    """On a big graph a click during the background thread's Python work waits at most SWITCH_INTERVAL per
    handoff; a small graph's figures are ready at once and keep Python's default."""
    import sys
    import threading

    import networkx as nx

    set_to, started = [], []
    monkeypatch.setattr(sys, "setswitchinterval", set_to.append)
    monkeypatch.setattr(sys, "getswitchinterval", lambda: 0.005)
    monkeypatch.setattr(cached, "_prefetch", lambda token, G: started.append(token))
    small = tiny_graph()
    big = nx.MultiDiGraph()
    big.add_nodes_from(range(cached.SHORT_SWITCH_MIN_NODES))
    cached.prefetch("switch-test-small", small)
    assert set_to == []
    cached.prefetch("switch-test-big", big)
    cached.prefetch("switch-test-big", big)  # once per graph
    for thread in [t for t in threading.enumerate() if t.name == "reformgraph-prefetch"]:
        thread.join(timeout=10)
    assert set_to == [cached.SWITCH_INTERVAL] and cached.SWITCH_INTERVAL <= 0.001
    assert sorted(started) == ["switch-test-big", "switch-test-small"]


def test_a_picture_frame_holds_a_long_source_line_whole(monkeypatch):
    """The bottlenecks picture of 15 plans cut its source line (every plan's title) after four lines (session 33):
    the frame was sized here from an estimate of the footer's lines. Since session 62 the frame is as tall as
    the page it holds (Streamlit measures it), whatever its footer."""

    from reformgraph.explorer import ui

    asked = []
    monkeypatch.setattr(st, "iframe", lambda page, **kw: asked.append(kw))
    ui.picture("<html></html>", "图")
    assert asked == [{"height": "content", "alt": "图"}]
    assert cached.footer_lines("国务院办公厅关于印发某某工作方案的通知（2018）128号; " * 15) >= 6


def test_a_units_lights_list_red_before_yellow(monkeypatch):
    """The hub of a 16-plan graph listed three yellow rows of one plan (document order) above its 124 red ones."""
    from datetime import date

    from reformgraph.explorer import progress_view
    from reformgraph.lights import MeasureLight

    def light(m, colour):
        return MeasureLight(m, colour, "", ("unit:甲局",), ("甲局",), "1", 1, "", None, None, None, None, None)

    mine = (light("m1", "yellow"), light("m2", "green"), light("m3", "red"), light("m4", "yellow"), light("m5", "red"))
    shown = []
    monkeypatch.setattr(progress_view, "_session_rule", lambda G: (date(2025, 7, 15), 30, 90))
    monkeypatch.setattr(progress_view, "led_lights", lambda *args: mine)
    monkeypatch.setattr(progress_view, "show_measures", lambda measures, *a, **kw: shown.append(measures))
    progress_view.unit_section("token", tiny_graph(), "unit:甲局", "zh")
    assert [ml.measure for ml in shown[0]] == ["m3", "m5", "m1", "m4"]


def test_a_column_long_by_its_header_alone_leaves_the_last_column_its_numbers():
    """The overview's table in English at 1280 px: "Measures supported" kept 168 px and cut "20.1%" to "20.1"."""
    rows = [{"name": "市规划自然资源局", "lead": 150, "support": 52, "load": 352, "partners": 41, "share": 20.1}]
    heads = {
        "name": "Unit",
        "lead": "Measures led",
        "support": "Measures supported",
        "load": "Weighted load",
        "partners": "Partner units",
        "share": "Share of measures",
    }
    widths = ui.column_widths(rows, heads)
    assert sum(widths.values()) <= ui.TABLE_PX and widths["Share of measures"] >= ui.text_px("Share of measures")


def test_the_overviews_english_headers_fit_a_laptop_page_uncut():
    """The overview's table in English at 1280 px: "Measures supported" was cut by a letter even after its column
    was capped (session 43's audit); its six headers, the short ones it now uses, fit at their natural widths."""
    source = (Path(__file__).resolve().parents[1] / "explorer" / "screens" / "overview.py").read_text(encoding="utf-8")
    table_call = source[source.index("table(\n    rows,") :]
    keys = re.findall(r'"(\w+)": t\("([\w.]+)"\)', table_call[: table_call.index('t("common.none")')])
    assert [k for k, _ in keys] == ["name", "lead", "support", "load", "partners", "share"]
    heads = {field: i18n.TEXT[key][1] for field, key in keys}
    rows = [{"name": "市规划自然资源局", "lead": 150, "support": 52, "load": 352, "partners": 41, "share": 20.1}]
    widths = ui.column_widths(rows, heads)
    assert all(widths[h] >= ui.text_px(h) for h in heads.values()) and sum(widths.values()) <= ui.TABLE_PX
    cells = ui.cell_widths(rows, heads)
    natural = {h: max(ui.text_px(h), cells[field]) for field, h in heads.items()}
    assert all(widths[h] >= natural[h] for h in heads.values()), (widths, natural)

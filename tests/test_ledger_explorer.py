"""The explorer's 督办 page and the unit page's lights, headless (AppTest), on a graph with ledger progress.

Expected numbers come from ``reformgraph.lights`` on the same graph: the pages must show
what the library computes.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reformgraph.jsonio import write_graph_json
from reformgraph.lights import DEFAULT_RULE, LightRule, light_totals, measure_lights, unit_lights
from reformgraph.progress import LedgerRow, apply_progress

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "explorer" / "app.py"
AS_OF = date(2022, 3, 15)
HUB = "unit:市市场监管局"

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def progressed(bundled_graph, tmp_path_factory):
    """The bundled graph with progress on the hub's first measures: done, delayed, long-term."""
    hub_measures = [m for _, m, r in bundled_graph.out_edges(HUB, data="rel") if r == "LEADS"][:3]
    rows = [
        LedgerRow("t row 2", status="done", progress="已印发。", updated="2022-03-01"),
        LedgerRow("t row 3", status="delayed", progress="推迟。", updated="2022-03-02"),
        LedgerRow("t row 4", status="long_term", updated="2022-03-03"),
    ]
    H = apply_progress(bundled_graph, dict(zip(hub_measures, rows)))
    path = tmp_path_factory.mktemp("sv") / "graph.json"
    write_graph_json(H, path)
    return H, path


@pytest.fixture
def graph_file(progressed, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("REFORMGRAPH_GRAPH", str(progressed[1]))
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    return progressed[0]


def open_page(name: str, *, english: bool = False, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    if english:
        at.toggle(key="lang_en").set_value(True).run()
    at.switch_page(f"screens/{name}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def expected(H, as_of=AS_OF, rule=DEFAULT_RULE):
    return measure_lights(H, as_of, rule, include_collective=False)


def test_supervision_page_shows_the_library_s_counts_in_both_languages(graph_file):
    H = graph_file
    for english in (False, True):
        at = open_page("supervision", english=english)
        at.date_input(key="sv_as_of").set_value(AS_OF).run()
        assert not at.exception and not at.error
        shown = [m.value for m in at.metric]
        totals = light_totals(expected(H))
        assert shown == [str(totals["red"]), str(totals["yellow"]), str(totals["green"]), "3"]
    assert at.title[0].value == "Supervision"


def test_the_unit_by_light_table_and_the_measures_behind_a_cell(graph_file):
    H = graph_file
    at = open_page("supervision")
    at.date_input(key="sv_as_of").set_value(AS_OF).run()
    lights = expected(H)
    ranked = unit_lights(lights)
    table = at.dataframe[0].value
    assert list(table.columns) == ["单位", "红", "黄", "绿", "合计"]
    # red and yellow are text: the counts drawn as tags in their light's colour (progress_view.counts_column)
    assert [tuple(r) for r in table.head(8).itertuples(index=False)] == [
        (u.name, str(u.red), str(u.yellow), u.green, u.total) for u in ranked[:8]
    ]
    assert {ml.light for ml in lights if HUB in ml.leads} == {"red", "yellow", "green"}
    for light in ("red", "yellow", "green"):
        at.selectbox(key="sv_unit").set_value(HUB).run()
        at.radio(key="sv_light").set_value(light).run()
        want = [ml for ml in lights if HUB in ml.leads and ml.light == light]
        assert not at.exception
        if want:
            measures = at.dataframe[1].value
            assert len(measures) == len(want) and set(measures["亮灯"]) == {
                {"red": "红", "yellow": "黄", "green": "绿"}[light]
            }
            # each text whole, or its start cut to the row's four lines with "…" (ui.clamped: session 33)
            shown = list(measures["原文"])
            assert all(
                s == ml.text or (s.endswith("…") and ml.text.startswith(s[:-1]) and len(s) > 20)
                for s, ml in zip(shown, want, strict=True)
            )
        else:
            assert any("没有举措" in i.value for i in at.info)


def test_changing_the_rule_changes_the_lights(graph_file):
    H = graph_file
    at = open_page("supervision")
    at.date_input(key="sv_as_of").set_value(AS_OF).run()
    at.number_input(key="sv_warn_days").set_value(90).run()
    totals = light_totals(expected(H, rule=LightRule(warn_days=90)))
    assert [m.value for m in at.metric][:3] == [str(totals[k]) for k in ("red", "yellow", "green")]
    assert totals != light_totals(expected(H)), "the wider warning window must change something here"


def test_the_unit_page_shows_the_unit_s_lights(graph_file):
    H = graph_file
    at = open_page("unit", query={"unit": "市市场监管局"})
    assert "督办亮灯（本单位牵头的举措）" in [s.value for s in at.subheader]
    # the unit page has no date picker: it judges on the 督办 page's day, named in its caption
    as_of = date.fromisoformat(next(c.value for c in at.caption if c.value.startswith("截至 ")).split("，")[0][3:])
    (hub,) = [u for u in unit_lights(expected(H, as_of)) if u.unit == HUB]
    shown = {m.label: m.value for m in at.metric}
    assert (shown["红"], shown["黄"], shown["绿"]) == (str(hub.red), str(hub.yellow), str(hub.green))


def test_without_progress_the_page_says_how_to_get_it(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("REFORMGRAPH_GRAPH", raising=False)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    at = open_page("supervision")
    assert any("ledger import" in i.value and "下载" in i.value for i in at.info)
    assert [m.value for m in at.metric][3] == "0"


def test_with_progress_the_pages_judge_on_the_newest_report_and_say_it_was_imported(graph_file):
    """The lights open on the newest 更新日期 (2022-03-03), not on the plan's date of issue (2022-01-13),
    which is before every report; 总览 and 时限 no longer say the tool has no progress data."""
    at = open_page("supervision")
    assert at.date_input(key="sv_as_of").value == date(2022, 3, 3)
    for page in ("overview", "deadlines"):
        at = open_page(page)
        notes = " ".join(c.value for c in at.caption)
        assert "已从台账导入 3 项举措的进展" in notes and "没有台账进展" not in notes, page
    assert "填报状态" in at.dataframe[0].value.columns  # 时限已过 lists what each unit reported


def test_the_supervision_page_hands_out_the_ledger(graph_file):
    """A planner without a terminal gets the 台账 from the page: one sheet per lead unit, progress filled in."""
    import io

    import openpyxl

    from reformgraph.explorer.progress_view import ledger_bytes

    at = open_page("supervision")
    assert any(b.label.startswith("下载台账") for b in at.get("download_button"))
    wb = openpyxl.load_workbook(io.BytesIO(ledger_bytes("t", graph_file, date(2022, 3, 15))))
    assert "市市场监管局" in wb.sheetnames and wb.sheetnames[-1] == "说明"
    ws = wb["市市场监管局"]
    header = [c.value for c in ws[1]]
    texts = [ws.cell(r, header.index("进展情况") + 1).value for r in range(2, ws.max_row + 1)]
    assert "已印发。" in texts  # the progress already reported

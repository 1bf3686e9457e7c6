"""The 台账 round trip: export → fill (openpyxl, as a unit would) → import → lights, on the bundled plan.

Also: a unit's shuffled and edited copy still matches; every bad input is one line naming
the cell and writes nothing; progress survives a re-built plan; the workbook's shape.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from support.ledger import columns, fill, fill_file, rows_by_id

from reformgraph.cli import cli
from reformgraph.contract import PROGRESS_ATTRIBUTES
from reformgraph.jsonio import read_graph_json
from reformgraph.lights import measure_lights, unit_lights
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.progress import LEDGER_HEADERS, STATUS_CODES, comparable

PLAN = str(BUNDLED_DOCUMENT)
AS_OF = date(2022, 3, 15)


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def G(bundled_graph):
    return bundled_graph


def measures(G):
    return [(n, d) for n, d in G.nodes(data=True) if d.get("kind") == "Measure"]


def leads_of(G, m):
    return sorted(G.nodes[u]["name"] for u, _, r in G.in_edges(m, data="rel") if r == "LEADS")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("ledger") / "台账.xlsx"
    result = CliRunner().invoke(cli, ["ledger", "export", PLAN, "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


# ---- the workbook ------------------------------------------------------------------------------


def test_export_writes_the_columns_drop_down_fills_and_guide(exported, G):
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == ["台账", "说明"]
    ws = wb["台账"]
    assert [c.value for c in ws[1]] == list(LEDGER_HEADERS.values())
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:N")
    ids = rows_by_id(ws)
    assert set(ids) == {m for m, _ in measures(G)} and len(ids) == ws.max_row - 1
    col = columns(ws)
    assert ws.column_dimensions["D"].width >= 40 and ws.cell(2, col["举措"]).alignment.wrap_text
    status_lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(status_lists) == 1 and status_lists[0].formula1 == '"' + ",".join(STATUS_CODES) + '"'
    assert str(status_lists[0].sqref).startswith("J2:J") and status_lists[0].showErrorMessage
    assert any(dv.type == "date" and str(dv.sqref).startswith("K2:K") for dv in ws.data_validations.dataValidation)
    fills = {r.formula[0]: r.dxf.fill.fgColor.rgb[-6:] for cf in ws.conditional_formatting for r in cf.rules}
    assert set(fills) == {'"红"', '"黄"', '"绿"'}
    assert all(str(ws.cell(r, col["亮灯"]).value).startswith("=IF(") for r in range(2, ws.max_row + 1))
    done = {m for m, d in measures(G) if d["status"] == "done"}
    prefilled = {m for m, r in ids.items() if ws.cell(r, col["状态"]).value == "已完成"}
    assert prefilled == done and done, "the plan's 已完成 is pre-filled, nothing else"
    guide = "\n".join(str(c.value) for c in wb["说明"]["A"] if c.value)
    assert all(word in guide for word in STATUS_CODES) and "30 天" in guide and "90 天" in guide


def test_the_whole_measure_id_shows_wrapped_in_a_row_tall_enough(exported):
    """The id is longer than its column: cut off, a reader saw only its tail (…ronment-reforms:1:1)."""
    ws = openpyxl.load_workbook(exported)["台账"]
    col = columns(ws)["措施编号"]
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width
    longest = max(range(2, ws.max_row + 1), key=lambda r: len(ws.cell(r, col).value))
    cell = ws.cell(longest, col)
    assert len(cell.value) > width and cell.alignment.wrap_text
    per_line = (width - 1) * 0.9 * 11 / cell.font.sz  # the export's own estimate, for this cell's smaller font
    needed = -(-len(cell.value) // int(per_line)) * 16.5 * cell.font.sz / 11
    assert ws.row_dimensions[longest].height >= needed


@pytest.fixture(scope="module")
def exported_by_unit(tmp_path_factory):
    out = tmp_path_factory.mktemp("ledger-by-unit") / "分单位.xlsx"
    result = CliRunner().invoke(cli, ["ledger", "export", PLAN, "--out", str(out), "--by-unit"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def test_export_by_unit_has_one_sheet_per_lead_unit(exported_by_unit, G):
    wb = openpyxl.load_workbook(exported_by_unit)
    led: dict[str, set[str]] = {}
    for m, _ in measures(G):
        for name in leads_of(G, m):
            led.setdefault(name, set()).add(m)
    assert wb.sheetnames[-1] == "说明" and len(wb.sheetnames) == len(led) + 1
    for name, ms in led.items():
        assert set(rows_by_id(wb[name[:31]])) == ms, name


def test_export_refuses_to_write_over_its_plan_and_says_which_extra_is_missing(runner, tmp_path, monkeypatch):
    plan = tmp_path / "plan.md"
    plan.write_bytes(BUNDLED_DOCUMENT.read_bytes())
    result = invoke(runner, "ledger", "export", plan, "--out", plan)
    assert result.exit_code == 1 and result.output.startswith("error: ") and "input file" in result.output
    assert plan.read_bytes() == BUNDLED_DOCUMENT.read_bytes()
    monkeypatch.setitem(__import__("sys").modules, "openpyxl", None)
    result = invoke(runner, "ledger", "export", plan, "--out", tmp_path / "x.xlsx")
    assert result.exit_code == 1
    assert result.output == (
        "error: writing the ledger workbook (.xlsx) needs the optional package 'openpyxl': "
        "pip install 'reformgraph[formats]'\n"
    )


# ---- round trip ------------------------------------------------------------------------------


def pick(G, want, n=1, taken=()):
    """The first ``n`` measures (document order) whose attributes satisfy ``want``."""
    found = [m for m, d in measures(G) if want(d) and m not in taken]
    assert len(found) >= n
    return found[:n]


def due(d):
    from reformgraph.metrics import parse_date

    return parse_date(d["deadline"]) if d.get("deadline") else None


def designed_reports(G):
    """Rows to fill, each chosen so its light on AS_OF is known by construction: id → (row, light, reason)."""
    taken: list[str] = []

    def one(want):
        m = pick(G, want, taken=taken)[0]
        taken.append(m)
        return m

    past = lambda d: d["status"] == "scheduled" and due(d) < AS_OF  # noqa: E731
    soon = lambda d: d["status"] == "scheduled" and AS_OF <= due(d) <= AS_OF + timedelta(days=30)  # noqa: E731
    ahead = lambda d: d["status"] == "scheduled" and due(d) > AS_OF + timedelta(days=60)  # noqa: E731
    ongoing = lambda d: d["status"] == "ongoing"  # noqa: E731
    day = AS_OF.isoformat
    return {
        one(past): (("已完成", "已按期完成，已印发文件。", date(2022, 1, 10)), "green", "done"),
        one(ahead): (("已延期", "因系统改造推迟。", "2022/3/1"), "red", "delayed"),
        one(past): (("推进中", "正在征求意见。", "2022年3月1日"), "red", "overdue"),
        one(past): (("长期推进", "常态化推进。", AS_OF - timedelta(days=1)), "red", "overdue"),
        one(soon): (("推进中", "已完成初稿。", "20220310"), "yellow", "due_soon"),
        one(ahead): (("未启动", None, None), "green", "on_schedule"),
        one(ongoing): (("长期推进", "每月通报。", AS_OF - timedelta(days=10)), "green", "recent"),
        one(ongoing): (("长期推进", "持续开展。", AS_OF - timedelta(days=120)), "yellow", "stale"),
        one(ongoing): (("持续推进", "持续开展。", AS_OF - timedelta(days=200)), "red", "silent"),
        one(ongoing): ((None, None, None), "yellow", "no_report"),
    }, day


def stored_day(value):
    from reformgraph.loaders.ledger import cell_day

    return cell_day(value)


@pytest.fixture(scope="module")
def filled(tmp_path_factory, exported, G):
    """The exported ledger filled with ``designed_reports`` and imported onto the plan.

    Returns (the import's CliRunner result, the ledger, the graph JSON written, the designed rows).
    """
    folder = tmp_path_factory.mktemp("filled")
    ledger = folder / "台账.xlsx"
    ledger.write_bytes(exported.read_bytes())
    designed, _ = designed_reports(G)
    fill_file(ledger, {m: row for m, (row, _, _) in designed.items()})
    out = folder / "graph.json"
    return invoke(CliRunner(), "ledger", "import", PLAN, ledger, "--json", out), ledger, out, designed


def test_round_trip_export_fill_import_lights_is_exact(runner, filled, G):
    result, ledger, out, designed = filled
    assert result.exit_code == 0, result.output
    n = len(measures(G))
    assert f"read {n} row(s) from 1 ledger(s): matched {n} ({n} by 措施编号, 0 by 校验码, 0 by text" in result.output
    H = read_graph_json(out)
    rows = rows_by_id(openpyxl.load_workbook(ledger)["台账"])
    for m, ((status, progress, updated), _, _) in designed.items():
        d = H.nodes[m]
        want_status = {**STATUS_CODES, "持续推进": "long_term"}.get(status) if status else None
        assert d.get("progress_status") == want_status, m
        assert d.get("progress_text") == progress, m
        assert d.get("progress_updated") == (stored_day(updated) if updated else None), m
        if status or progress or updated:
            assert d["progress_source"] == f"台账.xlsx:台账 row {rows[m]}"
    # nothing else changed: every other measure carries only the plan's 已完成, every other attribute is as built
    for m, d in measures(G):
        extra = {k: H.nodes[m][k] for k in PROGRESS_ATTRIBUTES if k in H.nodes[m]}
        if m not in designed:
            assert extra == (
                {}
                if d["status"] != "done"
                else {"progress_status": "done", "progress_source": extra.get("progress_source")}
            )
        assert {k: v for k, v in H.nodes[m].items() if k not in PROGRESS_ATTRIBUTES} == d
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    # lights, through the command line
    lit = invoke(runner, "lights", out, "--as-of", AS_OF.isoformat(), "--format", "json", "--include-collective")
    assert lit.exit_code == 0, lit.output
    data = json.loads(lit.output)
    by_id = {r["id"]: (r["light"], r["reason"]) for r in data["measures"]}
    assert {m: by_id[m] for m in designed} == {m: (light, reason) for m, (_, light, reason) in designed.items()}
    assert sum(data["totals"].values()) == n
    assert data["totals"] == {
        k: sum(1 for r in data["measures"] if r["light"] == k) for k in ("red", "yellow", "green")
    }
    reds = [u["red"] for u in data["units"]]
    assert reds == sorted(reds, reverse=True)


def test_lights_for_one_unit_lists_the_measures_it_leads(runner, tmp_path, G):
    out = tmp_path / "g.json"
    assert invoke(runner, "build", PLAN, "--json", out).exit_code == 0
    result = invoke(runner, "lights", out, "--as-of", "2022-03-15", "--unit", "市高法院", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    led = {m for m, _ in measures(G) if "市高法院" in leads_of(G, m)}
    assert {r["id"] for r in data["measures"]} == led
    (unit,) = data["units"]
    assert unit["unit"] == "市高法院" and unit["total"] == len(led)
    assert [unit["red"], unit["yellow"], unit["green"]] == [
        sum(1 for r in data["measures"] if r["light"] == k) for k in ("red", "yellow", "green")
    ]
    table = invoke(runner, "lights", out, "--as-of", "2022-03-15", "-n", "5")
    assert table.exit_code == 0 and "lead units by red measures on 2022-03-15" in table.output
    bad = invoke(runner, "lights", out, "--unit", "不存在的单位")
    assert bad.exit_code == 1 and bad.output.startswith("error: unknown unit") and bad.output.count("\n") == 1
    bad_day = invoke(runner, "lights", out, "--as-of", "30/6/2026")
    assert bad_day.exit_code == 1 and bad_day.output.count("\n") == 1 and "YYYY-MM-DD" in bad_day.output


# ---- a unit's own copy -------------------------------------------------------------------------


def unit_copy(exported: Path, unit: str, dest: Path, seed: int = 7) -> dict[str, int]:
    """What a unit sends back: its rows only, shuffled, ids deleted, columns reordered, text edited,
    a title row above the header, progress naming the measure (so the test can check every match).

    Returns measure id → the row number it ended up on.
    """
    src = openpyxl.load_workbook(exported)["台账"]
    col = columns(src)
    rows = [r for r in range(2, src.max_row + 1) if unit in str(src.cell(r, col["牵头单位"]).value).split("、")]
    rng = random.Random(seed)
    rng.shuffle(rows)
    keep = ["工作方案", "牵头单位", "状态", "举措", "更新日期", "进展情况", "序号"]  # no 措施编号 / 校验码
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "我单位"
    ws.append([f"{unit}任务推进情况"])
    ws.append(keep)
    placed = {}
    for i, r in enumerate(rows):
        mid = src.cell(r, col["措施编号"]).value
        values = {h: src.cell(r, col[h]).value for h in keep}
        text = values["举措"]
        if i % 3 == 1:
            text = "  " + text.replace("。", "；", 1) + "（已部署）"  # edited: punctuation, spaces, a remark
        elif i % 3 == 2:
            text = text[: int(len(text) * 0.92)]  # the tail cut off
        values.update(举措=text, 状态="推进中", 进展情况=f"进展 {mid}", 更新日期=date(2022, 3, 1 + i % 28))
        ws.append([values[h] for h in keep])
        placed[mid] = ws.max_row
    dest.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dest)
    return placed


def test_a_shuffled_and_edited_copy_still_matches_and_strays_are_listed(runner, tmp_path, exported, G):
    unit = "市住房城乡建委"
    copy = tmp_path / "住建委.xlsx"
    placed = unit_copy(exported, unit, copy)
    wb = openpyxl.load_workbook(copy)
    ws = wb.active
    ws.append(["", unit, "推进中", "完全无关的一项工作，方案中没有。", date(2022, 3, 1), "进展 stray-1", 99])
    ws.append(["", "市财政局", "推进中", G.nodes[next(iter(placed))]["text"], date(2022, 3, 1), "进展 stray-2", 100])
    wb.save(copy)
    stray = [ws.max_row - 1, ws.max_row]
    out = tmp_path / "g.json"
    result = invoke(runner, "ledger", "import", PLAN, copy, "--json", out)
    assert result.exit_code == 0, result.output
    H = read_graph_json(out)
    reported = {m: H.nodes[m]["progress_text"] for m, _ in measures(H) if H.nodes[m].get("progress_text")}
    assert reported == {m: f"进展 {m}" for m in placed}, "every row on its own measure, none elsewhere"
    lines = [ln for ln in result.output.splitlines() if ln.startswith("not matched: ")]
    assert [re.search(r" row (\d+):", ln)[1] for ln in lines] == [str(r) for r in stray]
    assert "no measure led by" in lines[0] and "no measure is led by 市财政局" not in lines[0]
    assert (
        f"matched {len(placed)} (0 by 措施编号, 0 by 校验码, {len(placed)} by text and lead unit, lowest"
        in result.output
    )
    assert "), not matched 2; progress on" in result.output
    strict = invoke(runner, "ledger", "import", PLAN, copy, "--json", tmp_path / "strict.json", "--strict")
    assert strict.exit_code == 1 and strict.output.count("\n") == 1 and "2 row(s) match no measure" in strict.output
    assert not (tmp_path / "strict.json").exists()


def test_two_units_report_on_a_shared_measure_and_the_latest_update_wins(runner, tmp_path, exported_by_unit, G):
    out = tmp_path / "分单位.xlsx"
    out.write_bytes(exported_by_unit.read_bytes())
    shared = next(m for m, _ in measures(G) if len(leads_of(G, m)) == 2)
    a, b = leads_of(G, shared)
    fill_file(out, {shared: ("推进中", "A 的进展", date(2022, 3, 5))}, sheet=a[:31])
    fill_file(out, {shared: ("已完成", "B 的进展", date(2022, 3, 9))}, sheet=b[:31])
    result = invoke(runner, "ledger", "import", PLAN, out, "--json", tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    d = read_graph_json(tmp_path / "g.json").nodes[shared]
    assert (d["progress_status"], d["progress_text"], d["progress_updated"]) == ("done", "B 的进展", "2022-03-09")
    assert f"note: {shared}: kept 分单位.xlsx:{b[:31]} row" in result.output


# ---- bad input ---------------------------------------------------------------------------------


def _edit(exported: Path, dest: Path, change) -> Path:
    wb = openpyxl.load_workbook(exported)
    change(wb)
    wb.save(dest)
    return dest


def _general(cell, value):
    cell.value, cell.number_format = value, "General"


def _wrong_sheet(wb):
    for name in list(wb.sheetnames):
        del wb[name]
    ws = wb.create_sheet("Sheet1")
    ws.append(["姓名", "电话"])


BAD = [
    ("unknown status", lambda wb: wb["台账"].__setitem__("J5", "完成"), "台账!J5: unknown 状态 '完成'"),
    ("not a date", lambda wb: wb["台账"].__setitem__("K7", "下周一"), "台账!K7: 更新日期 '下周一' is not a date"),
    (
        "no such day",
        lambda wb: wb["台账"].__setitem__("K8", "2022-02-30"),
        "台账!K8: 更新日期 '2022-02-30' is not a date",
    ),
    ("a number", lambda wb: wb["台账"].__setitem__("K9", 3.5), "台账!K9: 更新日期 1900-01-03 is before 2000"),
    ("a General number", lambda wb: _general(wb["台账"]["K9"], 3.5), "台账!K9: 更新日期 3.5 is not a date"),
    ("digits in a date cell", lambda wb: wb["台账"].__setitem__("K6", 20220310), "台账!K6: 更新日期 '#VALUE!' is not"),
    (
        "future",
        lambda wb: wb["台账"].__setitem__("K9", date(2999, 1, 1)),
        "台账!K9: 更新日期 2999-01-01 is after today",
    ),
    ("status a number", lambda wb: wb["台账"].__setitem__("J3", 1), "台账!J3: unknown 状态 '1'"),
    ("no date column", lambda wb: wb["台账"].delete_cols(11), "台账!1:1: the header row has no 更新日期 column"),
    ("wrong sheet", _wrong_sheet, "no ledger sheet: expected a header row naming 举措"),
]


@pytest.mark.parametrize("case,change,message", BAD, ids=[c[0] for c in BAD])
def test_bad_input_is_one_line_naming_the_cell_and_changes_nothing(runner, tmp_path, exported, case, change, message):
    ledger = _edit(exported, tmp_path / "台账.xlsx", lambda wb: (fill(wb["台账"], 2, status="推进中"), change(wb)))
    out = tmp_path / "graph.json"
    out.write_text("previous\n", encoding="utf-8")
    result = invoke(runner, "ledger", "import", PLAN, ledger, "--json", out)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith(f"error: {ledger}:"), result.output
    assert message in result.output and "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "previous\n", "a ledger never half-applies"


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("台账.xlsx", b"not a zip file at all", "not a readable .xlsx workbook"),
        ("台账.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 600, "old .xls/.et format"),
        ("nope.xlsx", None, "no such file"),
    ],
)
def test_unreadable_workbooks_are_one_line(runner, tmp_path, name, data, message):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    result = invoke(runner, "ledger", "import", PLAN, path, "--json", tmp_path / "g.json")
    assert result.exit_code == 1 and result.output.count("\n") == 1 and message in result.output
    assert result.output.startswith(f"error: {path}: ") and not (tmp_path / "g.json").exists()


def test_import_refuses_to_write_over_its_ledger(runner, exported, tmp_path):
    ledger = tmp_path / "台账.xlsx"
    ledger.write_bytes(exported.read_bytes())
    result = invoke(runner, "ledger", "import", PLAN, ledger, "--json", ledger)
    assert result.exit_code == 1 and "refusing to write over an input file" in result.output
    assert ledger.read_bytes() == exported.read_bytes()


# ---- a re-built plan keeps its progress -----------------------------------------------------------

FIRST = "1. 开展工作调研。以问题为导向"
THIRD = "3. 完善系统功能。优化注册登记业务系统，开发实现线上及线下经营场所备案登记功能。（牵头单位：市市场监管局"
FOURTH = "便于监管机构实施监管。（牵头单位：市市场监管局"


def edited_plan(dest: Path) -> Path:
    """The bundled plan, revised: a measure inserted first (the later ones' ids shift), the third
    measure rewritten, the fourth given another lead unit."""
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    for old, new in (
        (FIRST, "1. 建立工作专班，统筹推进改革。（牵头单位：市市场监管局；完成时限：2022年1月）\n\n" + FIRST),
        (THIRD, "3. 上线全程网办系统，经营场所备案实现“零跑腿”。（牵头单位：市市场监管局"),
        (FOURTH, "便于监管机构实施监管。（牵头单位：市大数据发展局"),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    return dest


@pytest.mark.parametrize("carry", ["graph", "ledger"])
def test_progress_survives_a_rebuilt_plan(runner, tmp_path, exported, G, carry):
    ledger = tmp_path / "台账.xlsx"
    ledger.write_bytes(exported.read_bytes())
    reports = {m: ("推进中", f"进展 {m}", date(2022, 3, 1)) for m, _ in measures(G)}
    fill_file(ledger, reports)
    old = tmp_path / "old.json"
    assert invoke(runner, "ledger", "import", PLAN, ledger, "--json", old).exit_code == 0
    plan = edited_plan(tmp_path / "v2" / BUNDLED_DOCUMENT.name)  # same file name: ids overlap, shifted
    source = old if carry == "graph" else ledger
    new = tmp_path / "new.json"
    result = invoke(runner, "ledger", "import", plan, source, "--json", new)
    assert result.exit_code == 0, result.output
    H = read_graph_json(new)
    doc = BUNDLED_DOCUMENT.stem
    changed = {f"measure:{doc}:1:3", f"measure:{doc}:1:4"}
    carried = {}
    for m, d in measures(H):
        if d.get("progress_text"):
            was = d["progress_text"].removeprefix("进展 ")
            carried[m] = was
            assert comparable(G.nodes[was]["text"]) == comparable(d["text"]) and leads_of(G, was) == leads_of(H, m)
    assert set(carried.values()) == {m for m, _ in measures(G)} - changed, "every unchanged measure keeps its progress"
    assert carried[f"measure:{doc}:1:2"] == f"measure:{doc}:1:1" and f"measure:{doc}:1:1" not in carried
    assert len(measures(H)) == len(measures(G)) + 1
    unmatched = [ln.split(": ")[1] for ln in result.output.splitlines() if ln.startswith("not matched: ")]
    if carry == "graph":
        assert unmatched == [f"old.json:{m}" for m in sorted(changed)]
    else:
        rows = rows_by_id(openpyxl.load_workbook(ledger)["台账"])
        assert unmatched == [f"台账.xlsx:台账 row {rows[m]}" for m in sorted(changed)]


# ---- the pure rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attrs,light",
    [
        ({"deadline": "2022-03-15"}, ("yellow", "due_soon")),  # due today: not yet late
        ({"deadline": "2022-03-14"}, ("red", "overdue")),
        ({"deadline": "2022-04-14"}, ("yellow", "due_soon")),  # 30 days ahead
        ({"deadline": "2022-04-15"}, ("green", "on_schedule")),  # 31 days ahead
        ({"deadline": "2022-03"}, ("yellow", "due_soon")),  # the month's last day counts
        ({"deadline": "2022-02", "status": "done"}, ("green", "plan_done")),
        ({"deadline": "2022-02", "status": "done", "progress_status": "in_progress"}, ("red", "overdue")),
        ({"deadline": "2099-01", "progress_status": "delayed"}, ("red", "delayed")),
        ({"deadline": "2022-02", "progress_status": "long_term"}, ("red", "overdue")),
        ({"status": "ongoing", "progress_updated": "2021-12-15"}, ("green", "recent")),  # 90 days
        ({"status": "ongoing", "progress_updated": "2021-12-14"}, ("yellow", "stale")),  # 91
        ({"status": "ongoing", "progress_updated": "2021-09-16"}, ("yellow", "stale")),  # 180
        ({"status": "ongoing", "progress_updated": "2021-09-15"}, ("red", "silent")),  # 181
        ({"status": None}, ("yellow", "no_report")),
    ],
)
def test_the_light_rule_at_its_boundaries(attrs, light):
    from reformgraph.lights import light_of

    assert light_of(attrs, AS_OF) == light


def test_units_are_ranked_by_red_then_yellow(G):
    from reformgraph.metrics.sample import graph_from_measures

    H = graph_from_measures(
        [("1", "甲", "", "2022-01"), ("1", "乙", "", "2022-01"), ("1", "乙", "", "2022-01"), ("2", "丙", "", "2022-03")]
        + [("2", "甲", "", "2022-03"), ("3", "丁", "", "2023-01"), ("3", "甲、丁", "", "2021-01", "done")]
    )
    ranked = [(u.name, u.red, u.yellow, u.green) for u in unit_lights(measure_lights(H, AS_OF))]
    assert ranked == [("乙", 2, 0, 0), ("甲", 1, 1, 1), ("丙", 0, 1, 0), ("丁", 0, 0, 2)]


def test_commands_have_help_and_are_documented():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    guide = (Path(__file__).resolve().parents[1] / "docs" / "progress.md").read_text(encoding="utf-8")
    for command in (["ledger", "export"], ["ledger", "import"], ["lights"]):
        result = CliRunner().invoke(cli, [*command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output
        assert f"reformgraph {' '.join(command)} " in readme and f"reformgraph {' '.join(command)} " in guide
    contract = (Path(__file__).resolve().parents[1] / "docs" / "graph-json.md").read_text(encoding="utf-8")
    assert all(f"`{attr}`" in contract for attr in PROGRESS_ATTRIBUTES)


def test_a_graph_with_progress_exports_a_prefilled_ledger_that_imports_to_the_same_graph(runner, tmp_path, filled):
    result, _, first, designed = filled
    assert result.exit_code == 0, result.output
    again = tmp_path / "第二轮.xlsx"
    result = invoke(runner, "ledger", "export", first, "--out", again)
    assert result.exit_code == 0 and "progress already reported on" in result.output
    ws = openpyxl.load_workbook(again)["台账"]
    col, rows = columns(ws), rows_by_id(ws)
    H1 = read_graph_json(first)
    for m in designed:
        d = H1.nodes[m]
        assert ws.cell(rows[m], col["进展情况"]).value == d.get("progress_text")
        updated = ws.cell(rows[m], col["更新日期"]).value
        assert (updated.date().isoformat() if updated else None) == d.get("progress_updated")
    second = tmp_path / "g2.json"
    assert invoke(runner, "ledger", "import", first, again, "--json", second).exit_code == 0
    H2 = read_graph_json(second)
    strip = lambda H: {m: {k: v for k, v in d.items() if k != "progress_source"} for m, d in measures(H)}  # noqa: E731
    assert strip(H2) == strip(H1), "a pre-filled ledger sent back unchanged changes nothing"


@pytest.mark.parametrize("include_collective", [False, True])
def test_one_units_lights_are_its_share_of_every_measures(bundled_graph, include_collective):
    """measure_lights(lead=u) (from the unit's own edges) is every measure's light kept where u leads, in order."""
    import copy

    from reformgraph.metrics.units import unit_nodes

    G = copy.deepcopy(bundled_graph)
    measures = [m for m, d in G.nodes(data=True) if d.get("kind") == "Measure"]
    for i, m in enumerate(measures[::7]):  # reported progress on some measures, so every rule is used
        G.nodes[m]["progress_status"] = ("done", "delayed", "ongoing")[i % 3]
        G.nodes[m]["progress_updated"] = "2022-03-01"
    as_of = date(2022, 6, 30)
    every = measure_lights(G, as_of, include_collective=include_collective)
    seen = 0
    for u in unit_nodes(G, include_collective=True):
        mine = measure_lights(G, as_of, include_collective=include_collective, lead=u)
        assert mine == [ml for ml in every if u in ml.leads]
        seen += bool(mine)
    assert seen > 30 and len({ml.light for ml in every}) == 3


def test_progress_goes_on_a_graph_of_its_own_and_the_input_stays_as_it_was(G):
    """apply_progress shares what it does not change with its input: the input must read exactly as before,
    and the result exactly as a whole copy with the progress written on it."""
    from reformgraph.jsonio import graph_json_bytes
    from reformgraph.progress import LedgerRow, apply_progress

    before = graph_json_bytes(G)
    picked = [m for m, _ in measures(G)[:40:3]]
    rows = {
        m: LedgerRow(
            where=f"l.xlsx:台账 row {i}", measure_id=m, status="done", progress=f"第{i}项已完成", updated="2026-06-30"
        )
        for i, m in enumerate(picked, 2)
    }
    rows[picked[-1]] = LedgerRow(where="l.xlsx:台账 row 99", measure_id=picked[-1])  # reports nothing
    H = apply_progress(G, rows)
    assert graph_json_bytes(G) == before
    whole = G.copy()
    for m, row in rows.items():
        if row.reports:
            whole.nodes[m].update(
                progress_status=row.status,
                progress_text=row.progress,
                progress_updated=row.updated,
                progress_source=row.source,
            )
    assert graph_json_bytes(H) == graph_json_bytes(whole) != before
    assert H.graph is not G.graph and H._node is not G._node  # its own; the edges are shared (read-only)

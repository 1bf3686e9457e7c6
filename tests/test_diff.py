"""Comparing plans: graph.diff on built documents, and the diff command.

The two versions below are what a planner meets: the new one retitles its workplan ("（修订）"),
rewords a measure, moves a deadline, and hands one measure's lead from 区财政局 to 区税务局 and
another's the other way — while both units still lead something — so a comparison by workplan
title or by the set of lead units sees nothing.
"""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from support.revisions import bundled_revision, written_versions

from reformgraph.cli import cli
from reformgraph.diff import diff_graphs, unit_workplan_roles
from reformgraph.loaders.pipeline import build_from_paths

OLD = """# 某区2024年工作要点
一、重点任务
（一）建设数据平台。（牵头单位：区大数据局；完成时限：2024年12月）
（二）落实资金保障。（牵头单位：区财政局，配合单位：区税务局；完成时限：2024年6月）
（三）开展税费宣传。（牵头单位：区税务局；完成时限：2024年9月）
二、组织保障
1. 开展督查。（推进单位：区政府督查室）
"""
NEW = """# 某区2025年工作要点（修订）
一、重点任务（修订）
（一）建设数据共享平台。（牵头单位：区大数据局，配合单位：区财政局；完成时限：2025年6月）
（二）落实资金保障。（牵头单位：区税务局；完成时限：2024年3月）
（三）开展税费宣传。（牵头单位：区财政局；完成时限：2024年9月）
二、要素保障
1. 保障用地。（牵头单位：区规划自然资源局）
"""


@pytest.fixture
def plans(tmp_path):
    return written_versions(tmp_path, OLD, NEW)


@pytest.fixture
def graphs(plans):
    return tuple(build_from_paths([p]).graph for p in plans)


def test_a_retitled_workplan_hides_no_change(graphs):
    d = diff_graphs(*graphs)
    assert d.matched == 3  # the three measures of 重点任务, reworded one included
    assert [(w.change, w.title, w.old_title) for w in d.workplans] == [
        ("added", "要素保障", None),
        ("removed", "组织保障", None),
        ("renamed", "重点任务（修订）", "重点任务"),
    ]
    # Each measure's lead and support changes: the lead moved both ways between two units that both
    # still lead a measure in the new plan.
    roles = {r.text: (r.lead_lost, r.lead_gained, r.support_lost, r.support_gained) for r in d.roles}
    assert roles == {
        "建设数据共享平台。": ((), (), (), ("区财政局",)),
        "落实资金保障。": (("区财政局",), ("区税务局",), ("区税务局",), ()),
        "开展税费宣传。": (("区税务局",), ("区财政局",), (), ()),
    }
    assert [(m.change, m.text, m.leads) for m in d.measures] == [
        ("added", "保障用地。", ("区规划自然资源局",)),
        ("removed", "开展督查。", ("区政府督查室",)),
    ]
    assert [(s.text, s.old, s.new, s.months) for s in d.deadlines] == [
        ("建设数据共享平台。", "2024-12", "2025-06", 6),
        ("落实资金保障。", "2024-06", "2024-03", -3),
    ]
    assert [(u.unit, u.lead_old, u.lead_new, u.support_old, u.support_new) for u in d.units] == [
        ("区政府督查室", 1, 0, 0, 0),
        ("区规划自然资源局", 0, 1, 0, 0),
        ("区税务局", 1, 1, 1, 0),
        ("区财政局", 1, 1, 0, 1),
    ]


def test_measures_are_matched_by_text_and_units_not_by_position(graphs):
    old, new = graphs
    # Shuffle nothing but rename every workplan in the new plan: the matches do not change.
    for _, d in new.nodes(data=True):
        if d.get("kind") == "Workplan":
            d["title"] = "另一个标题" + d["title"]
    assert diff_graphs(old, new).matched == 3


def test_diff_command_one_unit_as_json(plans):
    result = CliRunner().invoke(cli, ["diff", *plans, "--unit", "区财政局", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["unit"] == "区财政局"
    assert data["units"] == [
        {"unit": "区财政局", "lead_old": 1, "lead_new": 1, "support_old": 0, "support_new": 1, "delta": 1}
    ]
    assert sorted(r["measure"] for r in data["roles"]) == ["建设数据共享平台。", "开展税费宣传。", "落实资金保障。"]
    assert [d["measure"] for d in data["deadlines"]] == ["建设数据共享平台。", "落实资金保障。"]
    assert [w["change"] for w in data["workplans"]] == ["renamed"]


def test_diff_command_table_and_errors(plans, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["diff", *plans])
    assert result.exit_code == 0
    assert "measures matched by text and units: 3" in result.output
    for section in ("lead and support units that changed", "measures added or removed", "workplans added, removed"):
        assert section in result.output
    assert "区规划自然资源局" in result.output
    missing = runner.invoke(cli, ["diff", plans[0], str(tmp_path / "none.md")])
    assert missing.exit_code == 1 and missing.output.strip() == f"error: {tmp_path / 'none.md'}: no such file"
    unknown = runner.invoke(cli, ["diff", *plans, "--unit", "不存在局"])
    assert unknown.exit_code == 1 and "unknown unit" in unknown.output
    over = runner.invoke(cli, ["diff", *plans, "--unit", "区财政局", "--out", plans[1].replace(".md", ".png")])
    assert over.exit_code == 0
    refused = runner.invoke(cli, ["diff", plans[0], plans[1], "--unit", "区财政局", "--out", plans[0]])
    assert refused.exit_code == 1 and "refusing to write over an input file" in refused.output


def test_bundled_document_against_itself_has_no_changes(bundled_graph):
    d = diff_graphs(bundled_graph, bundled_graph)
    assert (d.units, d.workplans, d.roles, d.measures, d.deadlines) == ((), (), (), (), ())
    assert d.matched == sum(1 for _, k in bundled_graph.nodes(data="kind") if k == "Measure")


def test_diff_picture_for_one_unit_is_a_slide(plans, graphs, tmp_path):
    from PIL import Image

    from reformgraph.render.diff_image import render_unit_diff, write_unit_diff_image

    old, new = graphs
    assert unit_workplan_roles(old, new, "区财政局") == [("重点任务（修订）", (1, 0), (1, 1))]
    out = tmp_path / "czj.png"
    result = CliRunner().invoke(cli, ["diff", *plans, "--unit", "区财政局", "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "0 overlapping label pairs" in result.output
    width, height = Image.open(out).size
    assert abs(width / height - 16 / 9) < 0.01 and width >= 2600
    drawn = write_unit_diff_image(old, new, "区规划自然资源局", tmp_path / "g.svg")
    assert (drawn.rows, drawn.overlaps) == (1, 0)
    assert (tmp_path / "g.svg").read_text(encoding="utf-8").startswith("<?xml")
    no_unit = CliRunner().invoke(cli, ["diff", *plans, "--out", str(out)])
    assert no_unit.exit_code == 2 and "give --unit too" in no_unit.output
    # The footer names both plans and the title says what changed.
    data, shown = render_unit_diff(old, new, "区财政局", "svg", labels=("2024", "2025"), exported="2025-01-01")
    assert shown.overlaps == 0 and b"<svg" in data[:200]


def test_the_diff_slide_shows_what_changed_first(bundled_graph, tmp_path):
    """A revision that hands five of 市市场监管局's 199 measures to 市发展改革委: the slide's first row is
    the workplan where they moved (it was the fourth of 16 rows, among 15 that did not change)."""
    from reformgraph.render.diff_image import render_unit_diff
    from reformgraph.resources import bundled_document

    revised = bundled_document().read_text(encoding="utf-8").replace("市市场监管局", "市发展改革委", 5)
    path = tmp_path / "revised.md"
    path.write_text(revised, encoding="utf-8")
    new = build_from_paths([str(path)]).graph
    rows = unit_workplan_roles(bundled_graph, new, "市市场监管局")
    moved = [t for t, a, b in rows if a != b]
    assert moved and rows.index(next(r for r in rows if r[0] == moved[0])) > 0
    _, shown = render_unit_diff(bundled_graph, new, "市市场监管局", "svg", lang="zh", exported="2025-01-01")
    assert set(shown.titles[: len(moved)]) == set(moved)
    assert f"{len(moved)} 个工作方案有变化" in shown.title and "市市场监管局：" in shown.title
    assert (shown.overlaps, shown.clipped) == (0, 0)


def test_the_hub_diff_slide_has_no_overlapping_labels(bundled_graph, tmp_path):
    """A large case: the bundled plan against a revision that retitles every workplan and hands
    市市场监管局's leads to 市发展改革委 — 38 workplan rows, 16 drawn."""
    from reformgraph.render.diff_image import render_unit_diff

    path = tmp_path / "revised.md"
    path.write_text(bundled_revision(), encoding="utf-8")
    new = build_from_paths([str(path)]).graph
    d = diff_graphs(bundled_graph, new, unit="市市场监管局")
    assert d.roles and all("市市场监管局" in r.lead_lost for r in d.roles if r.lead_lost)
    assert not [w for w in d.workplans if w.change in ("added", "removed")]  # all renamed, none lost
    data, shown = render_unit_diff(bundled_graph, new, "市市场监管局", "png", exported="2025-01-01")
    assert shown.overlaps == 0 and shown.rows == 16 and shown.total_rows > 16
    from PIL import Image

    assert Image.open(io.BytesIO(data)).size == (2666, 1500)


def _match_every_pair(old, new):
    """The matching as first written (kept as the reference): every pair scored in one table, then taken best
    first, ties by (i, j), each measure once."""
    from rapidfuzz import fuzz, process

    from reformgraph.diff import MEASURE_MATCH, REWORDED_MATCH, _norm

    if not old or not new:
        return []
    scores = process.cdist(
        [m.key for m in old], [n.key for n in new], scorer=fuzz.ratio, score_cutoff=REWORDED_MATCH, workers=1
    )
    titles, candidates = {}, []
    for i, j in zip(*scores.nonzero()):
        i, j = int(i), int(j)
        text = float(scores[i, j])
        m, n = old[i], new[j]
        union = m.units | n.units
        shared = len(m.units & n.units) / len(union) if union else 1.0
        if text < MEASURE_MATCH and shared < 0.5:
            continue
        pair = (m.title, n.title)
        if pair not in titles:
            titles[pair] = fuzz.ratio(_norm(m.title), _norm(n.title))
        candidates.append((0.7 * text + 20.0 * shared + 0.1 * titles[pair], i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_old, used_new, pairs = set(), set(), []
    for _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    return pairs


def test_measures_match_as_every_pair_scored_would_but_by_groups(monkeypatch):
    """Random plans full of copies, near-copies, shared and different units and titles, in random order: the
    grouped matching takes exactly the pairs of scoring every pair, in the same order, also when its text
    table is cut into blocks of a few rows."""
    import random

    import reformgraph.diff as diff_module
    from reformgraph.diff import _Measure, match_measures

    rng = random.Random(15)
    texts = [
        "建设平台",
        "建设平台网站",
        "建设政务平台",
        "落实资金保障",
        "落实资金",
        "开展调研工作",
        "开展工作调研",
        "保障用地",
    ]
    units = [frozenset(), frozenset({"甲"}), frozenset({"乙"}), frozenset({"甲", "乙"}), frozenset({"丙"})]
    titles = ["重点任务", "重点任务（修订）", "组织保障", ""]

    def plan(n):
        return [
            _Measure("", "", rng.choice(titles), t, t, u, frozenset(), None)
            for t, u in ((rng.choice(texts), rng.choice(units)) for _ in range(n))
        ]

    for round_ in range(300):
        old, new = plan(rng.randint(0, 25)), plan(rng.randint(0, 25))
        if round_ % 3 == 0:
            monkeypatch.setattr(diff_module, "MATCH_BLOCK_CELLS", rng.randint(1, 20))
        else:
            monkeypatch.setattr(diff_module, "MATCH_BLOCK_CELLS", 4_000_000)
        assert match_measures(old, new) == _match_every_pair(old, new), round_


def test_a_diff_of_hundreds_of_copies_is_worked_out_in_groups(bundled_graph):
    """30 and 60 copies of the bundled plan (19,000 × 38,000 measures): every old measure matched to its copy
    in the new graph (the first copies, in order), the rest added; the table of every pair would need 2.9 GB."""
    import networkx as nx

    from reformgraph.diff import _measures, match_measures

    def copies(n):
        G = nx.MultiDiGraph()
        for k in range(n):
            G.update(nx.relabel_nodes(bundled_graph, lambda v, k=k: f"{v}#{k}" if not v.startswith("unit:") else v))
        return G

    a, b = _measures(copies(30)), _measures(copies(60))
    pairs = match_measures(a, b)
    assert len(pairs) == len(a) == len(b) // 2
    assert all(a[i].key == b[j].key and a[i].units == b[j].units for i, j in pairs)


def test_workplans_without_matched_measures_pair_by_title_as_first_written():
    """Random titles with repeats, near-repeats and empty ones, some new workplans already taken: the one C scan
    per old workplan pairs exactly as taking the first best of the untaken ones, one by one, did."""
    import random

    from rapidfuzz import fuzz

    from reformgraph.diff import WORKPLAN_TITLE_MATCH, _pair_by_title

    def first_written(old, new, paired, taken):
        for w, title in old.items():
            if w in paired:
                continue
            best = max((t for t in new if t not in taken), key=lambda t: fuzz.ratio(title, new[t]), default=None)
            if best is not None and fuzz.ratio(title, new[best]) >= WORKPLAN_TITLE_MATCH:
                paired[w] = best
                taken.add(best)

    rng = random.Random(15)
    words = ["重点任务", "重点任务修订", "组织保障", "组织保障措施", "", "要素保障", "重点任务（一）"]
    for round_ in range(400):
        old = {f"o{k}": rng.choice(words) for k in range(rng.randint(0, 12))}
        new = {f"n{k}": rng.choice(words) for k in range(rng.randint(0, 12))}
        paired = {w: "x" for w in old if rng.random() < 0.2}
        taken = {t for t in new if rng.random() < 0.2}
        expected_paired, expected_taken = dict(paired), set(taken)
        first_written(old, new, expected_paired, expected_taken)
        _pair_by_title(old, new, paired, taken)
        assert (paired, taken) == (expected_paired, expected_taken), round_


def test_a_diff_of_graphs_of_several_plans_names_each_rows_file(tmp_path):
    """Two districts' plans in the old graph and the same two, one revised, in the new: each row about a
    workplan or a measure says which file it is in (first column, in every format); a diff of two single
    plans has no such column."""
    from reformgraph.jsonio import write_graph_json

    files = {}
    for name, text in (("甲区", OLD), ("乙区", OLD), ("乙区新", NEW)):
        files[name] = tmp_path / f"{name}.md"
        files[name].write_text(text, encoding="utf-8")
    old_json, new_json = tmp_path / "old.json", tmp_path / "new.json"
    write_graph_json(build_from_paths([str(files["甲区"]), str(files["乙区"])]).graph, old_json)
    write_graph_json(build_from_paths([str(files["甲区"]), str(files["乙区新"])]).graph, new_json)
    result = CliRunner().invoke(cli, ["diff", str(old_json), str(new_json), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for section in ("workplans", "roles", "measures", "deadlines"):
        assert data[section] and all(list(row)[0] == "document" for row in data[section]), section
    assert {w["document"] for w in data["workplans"]} == {"乙区", "乙区新"}  # 甲区 is unchanged
    assert {r["document"] for r in data["roles"]} == {"乙区新"}
    assert "document" not in data["units"][0]
    table = CliRunner().invoke(cli, ["diff", str(old_json), str(new_json)]).output
    assert "document" in table and "乙区新" in table
    csv_out = CliRunner().invoke(cli, ["diff", str(old_json), str(new_json), "--format", "csv"]).output
    assert "\ndocument,change,workplan," in csv_out
    single = CliRunner().invoke(cli, ["diff", str(files["乙区"]), str(files["乙区新"]), "--format", "json"]).output
    assert "document" not in json.loads(single)["measures"][0]


def test_the_diff_slide_keeps_long_version_names_on_the_slide(bundled_graph, tmp_path):
    """`diff --unit --out` names the versions by their files' stems: a stem of 44 characters ran past the slide's right
    edge in the legend (2 texts cut) and pushed the title past its line; the legend now says 旧版 / 新版, the title cuts
    a long name with "…", and English after Chinese has no space before its comma (session 64)."""
    from reformgraph.render.diff_image import render_unit_diff
    from reformgraph.resources import bundled_document

    revised = bundled_document().read_text(encoding="utf-8").replace("市市场监管局", "市发展改革委", 5)
    path = tmp_path / "revised.md"
    path.write_text(revised, encoding="utf-8")
    new = build_from_paths([str(path)]).graph
    labels = ("youyang-2022-18-business-environment-reforms", "revised")
    for lang in ("both", "zh", "en"):
        _, shown = render_unit_diff(
            bundled_graph, new, "市发展改革委", "png", labels=labels, lang=lang, exported="2025-01-01"
        )
        assert (shown.clipped, shown.overlaps) == (0, 0), lang
        assert "youyang-2022-18-bus…" in shown.title and " ," not in shown.title

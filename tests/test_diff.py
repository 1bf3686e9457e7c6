"""Comparing plans: graph.diff on built documents, and the diff command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reformgraph.cli import cli
from reformgraph.diff import diff_graphs
from reformgraph.loaders.pipeline import build_from_paths

OLD = """# 某区2024年工作要点
一、重点任务
（一）建设数据平台。（牵头单位：区大数据局；完成时限：2024年12月）
（二）落实资金保障。（牵头单位：区财政局，配合单位：区税务局；完成时限：2024年6月）
二、组织保障
1. 开展督查。（推进单位：区政府督查室）
"""
NEW = """# 某区2025年工作要点
一、重点任务
（一）建设数据共享平台。（牵头单位：区大数据局，配合单位：区财政局；完成时限：2025年6月）
（二）落实资金保障。（牵头单位：区税务局；完成时限：2024年3月）
二、要素保障
1. 保障用地。（牵头单位：区规划自然资源局）
"""


@pytest.fixture
def plans(tmp_path):
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return str(old), str(new)


def test_diff_of_two_plans(plans):
    d = diff_graphs(*(build_from_paths([p]).graph for p in plans))
    assert [(u.unit, u.lead_old, u.lead_new, u.support_old, u.support_new) for u in d.units] == [
        ("区政府督查室", 1, 0, 0, 0),
        ("区规划自然资源局", 0, 1, 0, 0),
        ("区税务局", 0, 1, 1, 0),
        ("区财政局", 1, 0, 0, 1),
    ]
    assert [(w.change, w.title, w.measures) for w in d.workplans] == [
        ("added", "要素保障", 1),
        ("removed", "组织保障", 1),
    ]
    assert [(c.workplan, c.lost, c.gained) for c in d.leads] == [("重点任务", ("区财政局",), ("区税务局",))]
    assert [(s.text, s.old, s.new, s.months) for s in d.deadlines] == [
        ("建设数据平台。", "2024-12", "2025-06", 6),
        ("落实资金保障。", "2024-06", "2024-03", -3),
    ]


def test_diff_command_one_unit_as_json(plans):
    result = CliRunner().invoke(cli, ["diff", *plans, "--unit", "区财政局", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["unit"] == "区财政局"
    assert data["units"] == [
        {"unit": "区财政局", "lead_old": 1, "lead_new": 0, "support_old": 0, "support_new": 1, "delta": 0}
    ]
    # deadlines of measures it leads or supports, in either plan
    assert [d["measure"] for d in data["deadlines"]] == ["建设数据平台。", "落实资金保障。"]
    assert data["workplans"] == []


def test_diff_command_table_and_errors(plans, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["diff", *plans])
    assert result.exit_code == 0
    assert "lead roles that moved" in result.output and "区规划自然资源局" in result.output
    missing = runner.invoke(cli, ["diff", plans[0], str(tmp_path / "none.md")])
    assert missing.exit_code == 1 and missing.output.strip() == f"error: {tmp_path / 'none.md'}: no such file"
    unknown = runner.invoke(cli, ["diff", *plans, "--unit", "不存在局"])
    assert unknown.exit_code == 1 and "unknown unit" in unknown.output


def test_bundled_document_against_itself_has_no_changes(bundled_graph):
    d = diff_graphs(bundled_graph, bundled_graph)
    assert (d.units, d.workplans, d.leads, d.deadlines) == ((), (), (), ())


def test_diff_picture_for_one_unit(plans, tmp_path):
    from reformgraph.diff import unit_workplan_roles
    from reformgraph.render.diff_image import write_unit_diff_image

    old, new = (build_from_paths([p]).graph for p in plans)
    assert unit_workplan_roles(old, "区财政局") == {"重点任务": (1, 0)}
    assert unit_workplan_roles(new, "区财政局") == {"重点任务": (0, 1)}
    out = tmp_path / "czj.png"
    result = CliRunner().invoke(cli, ["diff", *plans, "--unit", "区财政局", "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert write_unit_diff_image(old, new, "区规划自然资源局", tmp_path / "g.svg") == 1
    assert (tmp_path / "g.svg").read_text(encoding="utf-8").startswith("<?xml")
    no_unit = CliRunner().invoke(cli, ["diff", *plans, "--out", str(out)])
    assert no_unit.exit_code == 2 and "give --unit too" in no_unit.output

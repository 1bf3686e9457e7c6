"""Markdown pipe tables: a Word plan converted to Markdown (pandoc, an editor's export) keeps its 任务分工表 as
``| … |`` rows. Before, the whole table was read as one task of the text around it."""

from __future__ import annotations

from click.testing import CliRunner

from reformgraph.cli import cli
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipe_tables import pipe_runs

PLAN = """# XX区2023年优化营商环境重点任务分工方案

为持续优化营商环境，制定本方案。

附件：重点任务分工表

| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
|:---:|---|---|---|---|
| 一、 | 提升政务服务效能 | | | |
| 1 | 推行企业开办全程网办 | 区市场监管局 | 区税务局<br>区人社局 | 2023年6月底前 |
| 2 | 压缩不动产登记时间 | 区规划资源局 | 区税务局、区住房城乡建设委 | 2023年起持续推进 |
| 二、 | 优化法治环境 | | | |
| 3 | 规范涉企执法检查 | 区司法局 | | 2023年12月 |
| 4 | 推行包容审慎监管 | | 区城管执法局 | 长期坚持 |

| 指标 | 2022年 | 2023年目标 |
|---|---|---|
| 开办企业时间 | 2天 | 1天 |
"""


def tasks(text: str):
    doc = parse_document(text, path="plan.md")
    return [
        (
            w.title,
            m.line,
            m.text,
            [u.raw for u in m.leads],
            [u.raw for u in m.supports],
            m.deadline.date,
            m.deadline.status,
        )
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_pipe_table_is_read_row_by_row_with_its_sections_and_lines():
    assert tasks(PLAN) == [
        (
            "提升政务服务效能",
            10,
            "推行企业开办全程网办",
            ["区市场监管局"],
            ["区税务局", "区人社局"],
            "2023-06",
            "scheduled",
        ),
        (
            "提升政务服务效能",
            11,
            "压缩不动产登记时间",
            ["区规划资源局"],
            ["区税务局", "区住房城乡建设委"],
            None,
            "ongoing",
        ),
        ("优化法治环境", 13, "规范涉企执法检查", ["区司法局"], [], "2023-12", "scheduled"),
        # an empty lead cell under a merged one: the lead of the row above, then its own supports
        ("优化法治环境", 14, "推行包容审慎监管", ["区司法局"], ["区城管执法局"], None, "ongoing"),
    ]
    lines = PLAN.splitlines()
    assert all(lines[line - 1].lstrip().startswith(f"| {n} |") for n, (_, line, *_) in enumerate(tasks(PLAN), 1))


def test_rows_split_on_bars_not_escaped_and_runs_need_two_rows():
    runs = pipe_runs(["| a | b \\| c |", "|---|---|", "| 1 | x<br/>y |", "", "| lone |", "text | not a row"])
    assert runs == [([["a", "b | c"], ["1", "x；y"]], [1, 3])]


def test_a_table_with_no_task_column_is_no_task_table_and_the_text_is_read_as_before():
    text = "方案\n一、任务\n1.建平台。（区大数据局负责）\n\n| 指标 | 目标 |\n|---|---|\n| 开办企业时间 | 1天 |\n"
    assert [t[1:4] for t in tasks(text)] == [(3, "建平台。", ["区大数据局"])]


def test_build_reads_a_markdown_file_with_a_pipe_table(tmp_path):
    plan = tmp_path / "分工方案.md"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(plan), "--json", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    assert "Measure 4," in result.output and (tmp_path / "g.json").exists()


def test_a_unit_cell_that_states_the_deadline_gives_it_when_the_deadline_cell_is_empty():
    text = (
        "分工表\n| 序号 | 重点任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 提升获得电力服务 | 区发展改革委牵头，区供电公司配合，2023年底前完成 | |\n"
        "| 2 | 优化水气接入 | 区水务局牵头，2024年6月底前完成 | 2024年3月 |\n"
    )
    assert [(t[3], t[4], t[5]) for t in tasks(text)] == [
        (["区发展改革委"], ["区供电公司"], "2023-12"),
        (["区水务局"], [], "2024-03"),  # the deadline column first
    ]

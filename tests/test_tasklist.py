"""Plans without a table of contents: body-numbered tasks, other labels, flattened tables, wrappers."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import build_from_paths


def summary(doc):
    return [
        (
            w.title,
            [(m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in w.measures],
        )
        for w in doc.workplans
    ]


NO_TOC = """---
title: 某区2025年城市更新工作要点
date: 2025-03-01
---
# 某区2025年城市更新工作要点

为深入推进城市更新，制定本要点。

**一、重点任务**

（一）推进排水管网改造，2026年底前完成。（责任单位：区建设管理委、区水务局，各街镇）
（二）落实资金保障。（牵头单位：区财政局，配合单位：区税务局；完成时限：2025年6月）
（三）建立更新项目库。（责任单位：区发展改革委牵头，区规划自然资源局配合）

二、组织保障

1. 加强统筹，到2025年底形成机制。（主责单位：区政府办；协办单位：区委组织部、区发展改革委（区粮食局、区物价局））
2. 开展督查。（推进单位：区政府督查室；参与单位：各街镇；持续推进）
3. 压实责任。（责任单位：各街镇、各部门按职责分工负责）

                                                    某区人民政府办公室
                                                    2025年3月1日
"""


def test_body_numbered_tasks_in_two_sections_with_restarting_numbers():
    doc = parse_document(NO_TOC, path="points.md", key="points")
    assert doc.title == "某区2025年城市更新工作要点"
    assert [(r.number, r.title) for r in doc.reforms] == [("1", "重点任务"), ("2", "组织保障")]
    assert summary(doc) == [
        (
            "重点任务",
            [
                # 责任单位 with no lead marked and no first-listed convention: every unit leads
                ("推进排水管网改造，2026年底前完成。", ["区建设管理委", "区水务局", "各街镇"], [], "2026-12"),
                ("落实资金保障。", ["区财政局"], ["区税务局"], "2025-06"),
                ("建立更新项目库。", ["区发展改革委"], ["区规划自然资源局"], None),
            ],
        ),
        (
            "组织保障",
            [
                (
                    "加强统筹，到2025年底形成机制。",
                    ["区政府办"],
                    ["区委组织部", "区发展改革委（区粮食局、区物价局）"],
                    "2025-12",
                ),
                ("开展督查。", ["区政府督查室"], ["各街镇"], None),
                ("压实责任。", ["各街镇", "各部门"], [], None),
            ],
        ),
    ]
    ongoing = doc.workplans[1].measures[1].deadline
    assert (ongoing.raw, ongoing.status) == ("持续推进", "ongoing")
    assert [m.line for m in doc.workplans[0].measures] == [11, 12, 13]
    assert doc.date == "2025-03-01"


def test_flattened_table_one_cell_per_paragraph():
    text = "\n".join(
        [
            "某区营商环境任务分解表",
            "",
            "序号",
            "任务",
            "推进单位",
            "完成时限",
            "一、政务服务",
            "1",
            "建设数据共享",
            "平台",
            "区大数据局",
            "2025年底",
            "2",
            "推行一网通办",
            "2026年6月",  # the unit cell spans tasks 1-2 (merged)
            "序号",
            "任务",
            "推进单位",
            "完成时限",  # header repeated after a page break
            "3",
            "清理证明事项",
            "区司法局、区公安分局",
            "持续推进",
            "",
            "附表：投资数据",
            "年份",
            "2030年",  # a data table after it: not a task list
        ]
    )
    doc = parse_document(text, path="flat.txt")
    assert summary(doc) == [
        (
            "政务服务",
            [
                ("建设数据共享平台", ["区大数据局"], [], "2025-12"),
                ("推行一网通办", ["区大数据局"], [], "2026-06"),
                ("清理证明事项", ["区司法局", "区公安分局"], [], None),
            ],
        )
    ]  # 推进单位: every unit listed leads
    # a row's line is its unit cell's; a row covered by the merged cell above: its own task cell's
    assert [m.line for m in doc.workplans[0].measures] == [11, 14, 22]


def test_html_wrapper_and_markdown_noise_in_a_text_file():
    text = "# **某区工作要点**\n\n一、重点任务\n\n- 1\\. 建设平台。（**牵头单位**：区大数据局；完成时限：2025年12月）\n"
    doc = parse_document(text, path="noise.md")
    assert summary(doc) == [("重点任务", [("建设平台。", ["区大数据局"], [], "2025-12")])]


def test_text_without_any_task_is_still_the_no_workplans_error():
    with pytest.raises(DocumentError, match=r"^notes\.md: no recognisable workplans"):
        parse_document("# 会议纪要\n\n一、会议内容\n\n今天开会。\n", path="notes.md")


def test_no_toc_plan_builds_a_graph(tmp_path):
    p = tmp_path / "points.md"
    p.write_text(NO_TOC, encoding="utf-8")
    G = build_from_paths([str(p)]).graph
    kinds = [k for _, k in G.nodes(data="kind")]
    assert (kinds.count("Workplan"), kinds.count("Measure"), kinds.count("Reform")) == (2, 6, 2)
    leads = sorted(G.nodes[u]["name"] for u, _, r in G.edges(data="rel") if r == "LEADS")
    assert leads == sorted(
        [
            "区建设管理委",
            "区水务局",
            "各街镇",
            "区财政局",
            "区发展改革委",
            "区政府办公室",  # 区政府办 is the 区政府办公室 (round 41: unit_forms.government_form)
            "区政府督查室",
            "各街镇",
            "各部门",
        ]
    )


def test_label_lines_under_tasks_and_unlabelled_role_parentheticals():
    text = "\n".join(
        [
            "某县2025年优化营商环境重点任务清单",
            "",
            "一、提升政务服务效能",
            "1.推行“高效办成一件事”，2025年9月底前实现全覆盖。",
            "责任单位：县政务服务中心、县大数据局",
            "完成时限：2025年9月",
            "2.深化“一网通办”。",
            "牵头单位：县大数据局",
            "配合单位：县级各部门",
            "二、优化要素保障",
            "（一）保障工业用地，到2026年底累计供地1000亩。（县自然资源局牵头，县发展改革委配合）",
            "（二）降低融资成本。（责任单位：县金融办、人行某县支行；完成时限：持续推进）",
        ]
    )
    doc = parse_document(text, path="list.txt")
    assert summary(doc) == [
        (
            "提升政务服务效能",
            [
                ("推行“高效办成一件事”，2025年9月底前实现全覆盖。", ["县政务服务中心", "县大数据局"], [], "2025-09"),
                ("深化“一网通办”。", ["县大数据局"], ["县级各部门"], None),
            ],
        ),
        (
            "优化要素保障",
            [
                ("保障工业用地，到2026年底累计供地1000亩。", ["县自然资源局"], ["县发展改革委"], "2026-12"),
                ("降低融资成本。", ["县金融办", "人行某县支行"], [], None),
            ],
        ),
    ]
    assert [m.line for w in doc.workplans for m in w.measures] == [5, 8, 11, 12]

"""What session 63's look at every page found, each as a property of a table or a label
(docs/looks-other-plans.md, "Looks again at every page (session 63)").

The graphs are hand-built with names of our own, shaped as the held-out plans are: plans of one district whose
titles open alike, and chains between two bureaus of one district.
"""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from support.recorder import Recorder

from reformgraph.explorer import ui


@pytest.fixture
def shown(monkeypatch):
    return Recorder(monkeypatch)


TITLES = {
    "doc:80-somewhere-waste-sorting-tasks-2025": "关于印发《某区2025年生活垃圾分类工作实施方案》的通知",
    "doc:82-somewhere-waste-sorting-system-2024": "关于印发《某区持续优化生活垃圾全程分类体系工作方案》的通知",
    "doc:83-somewhere-waste-sorting-fleet-2024": "关于印发《某区持续优化生活垃圾分类收运体系工作方案》的通知",
    "doc:17-somewhere-fire-rescue-2019": "某区人民政府办公室关于转发区消防支队《某区消防救援发展三年行动计划》的通知",
}


def _documents(titles: dict[str, str]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=list(titles))
    for doc, title in titles.items():
        G.add_node(doc, kind="Document", title=title)
    return G


# ---------------------------------------------------------------- 文件: the plan, not the file's key


def test_a_tables_document_column_shows_each_plans_short_title(shown):
    """时限 and 督办 of the held-out plans showed the file's key in 文件, cut to ``01-sh…2024``: nothing a reader
    knows a plan by. The cell is the plan's short title now."""
    from reformgraph.view_nodes import document_name, plan_tags

    plans = {document_name(d): tag for d, tag in plan_tags(_documents(TITLES)).items()}
    rows = [{"text": "开展第一项工作。", "document": document_name(d), "line": 12} for d in TITLES]
    ui.table(rows, {"text": "原文", "document": "文件", "line": "行号"}, "（无）", plans=plans)
    ((data, _),) = shown.frames
    cells = data.column("文件").to_pylist()
    assert cells[3] == "某区消防救援发展三…" and cells[0].startswith("某区2025年")
    assert not any(c.startswith(("80-", "82-", "83-", "17-")) for c in cells), cells
    assert len(set(cells)) == 4  # two titles that open alike still read apart


def test_the_download_keeps_the_files_key_beside_the_plans_title(shown):
    """A CSV is read by machines too: it keeps the file's key (文件名) beside the title (文件)."""
    from reformgraph.view_nodes import document_name, plan_tags

    plans = {document_name(d): tag for d, tag in plan_tags(_documents(TITLES)).items()}
    rows = [{"text": "开展工作。", "document": document_name(d), "line": k} for k, d in enumerate(TITLES)]
    ui.table(rows * 300, {"text": "原文", "document": "文件", "line": "行号"}, "（无）", plans=plans)
    ((_, button),) = shown.buttons
    lines = list(csv.reader(io.StringIO(button["data"]().decode("utf-8-sig"))))
    assert lines[0] == ["原文", "文件", "文件名", "行号"]
    assert lines[4][1:3] == ["某区消防救援发展三…", "17-somewhere-fire-rescue-2019"]


def test_a_table_given_no_plans_shows_the_files_key_as_before(shown):
    """The guard: a table of one document, or a caller with no titles, is as it was."""
    rows = [{"text": "开展工作。", "document": "工作方案", "line": 3}]
    ui.table(rows, {"text": "原文", "document": "文件", "line": "行号"}, "（无）")
    ((data, _),) = shown.frames
    assert data.column("文件").to_pylist() == ["工作方案"] and data.column_names == ["原文", "文件", "行号"]


def test_plans_whose_titles_open_alike_get_distinct_short_titles():
    """Two plans of one district named alike (某区持续优化生活垃圾…) each keep where their titles differ, in a
    table's 文件 and in a picture's workplan labels (the same rule)."""
    from reformgraph.view_nodes import node_labels, plan_tags

    G = _documents(TITLES)
    tags = plan_tags(G)
    assert len(set(tags.values())) == len(TITLES), tags
    alike = [tags[d] for d in TITLES if "-2024" in d]
    assert alike == ["某区持续…全程分类体系…", "某区持续…分类收运体系…"]
    for doc in TITLES:
        G.add_node(f"workplan:{doc[4:]}:1", kind="Workplan", number="1", title="工作任务", document=doc)
    labels = node_labels(G, [n for n in G if n.startswith("workplan:")])
    assert len(set(labels.values())) == len(TITLES), labels


def test_two_copies_of_one_plan_are_told_apart_by_their_files():
    """The guard: two files of one plan (one title) keep their files' names, in tables as in pictures."""
    from reformgraph.view_nodes import plan_tags

    G = _documents(
        {"doc:甲区方案": "关于印发《某区某某工作方案》的通知", "doc:乙区方案": "关于印发《某区某某工作方案》的通知"}
    )
    assert plan_tags(G) == {"doc:乙区方案": "乙区方案", "doc:甲区方案": "甲区方案"}


# ---------------------------------------------------------------- 协同链's hop table


def _chain_of_one_district():
    from reformgraph.metrics import graph_from_measures, shortest_chain

    a, b, c = "某市某区绿化和市容管理局", "某市某区规划和自然资源局", "某市某区住房保障和房屋管理局"
    G = graph_from_measures([("1", a, b), ("2", b, a), ("3", b, c)])
    return G, shortest_chain(G, f"unit:{a}", f"unit:{c}")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_hop_tables_role_column_is_whole_and_names_no_unit(lang):
    """协同链 headed its two role columns with the units' names, cut at 90 px: two bureaus of one district
    both read "某市某区…" over columns of 牵头 and 配合. One column now gives both roles in the hop's order."""
    from reformgraph.explorer.tables import hop_table
    from reformgraph.explorer.ui import column_widths, text_px

    G, chain = _chain_of_one_district()
    hop = chain.hops[0]
    rows, columns = hop_table(G, hop, lang)
    assert not {hop.source_name, hop.target_name} & set(columns.values())
    widths = column_widths(rows, columns)
    assert widths[columns["roles"]] >= text_px(columns["roles"]) + 24
    assert [r["roles"] for r in rows] == (
        ["牵头 → 配合", "配合 → 牵头"] if lang == "zh" else ["lead → support", "support → lead"]
    )


def test_the_hop_table_keeps_the_files_column_of_several_plans():
    """The guard: on a graph of several documents the hop table still names each measure's file and line."""
    from reformgraph.explorer.tables import hop_table

    G, chain = _chain_of_one_district()
    _, columns = hop_table(G, chain.hops[1], "zh", {"document": "文件"})
    assert list(columns)[-2:] == ["document", "line"]


# ---------------------------------------------------------------- 文件 titles in a table of eight columns

_DEADLINE_COLUMNS = {"due": "完成时限", "name": "单位", "role": "角色", "workplan": "工作方案", "status": "状态"}
_DEADLINE_COLUMNS |= {"text": "原文", "document": "文件", "line": "行号"}


def _deadline_rows(document: str) -> list[dict]:
    text = "推进平稳有序移交。相关区政府将辖区内公共排水设施交由某城投集团统一运维管理。" * 2
    return [
        {
            "due": "2026-12-31",
            "name": "某市某区住房保障和房屋管理局",
            "role": "牵头",
            "workplan": "12",
            "status": "有完成时限",
        }
        | {"text": text, "document": document, "line": 1234}
    ]


def test_a_plans_title_in_the_deadline_table_takes_no_more_room_than_its_key():
    """时限's tables with the plans' titles in 文件: a title of ten characters (158 px) counted as a short column,
    kept whole, and pushed 行号 off the table's right edge (864 px for 780); it wraps now, as the key's column did."""
    from reformgraph.explorer.ui import column_widths

    titled = column_widths(_deadline_rows("某区持续优化生活垃…"), _DEADLINE_COLUMNS)
    keyed = column_widths(_deadline_rows("82-somewhere-waste-sorting-system-2024"), _DEADLINE_COLUMNS)
    assert sum(titled.values()) <= sum(keyed.values()), (titled, keyed)
    assert titled["行号"] == keyed["行号"] and titled["状态"] == 94  # 有完成时限 stays on one line


def test_a_short_title_in_a_table_with_room_keeps_its_width():
    """The guard: where the table has room, the title is whole on one line, as any short column."""
    from reformgraph.explorer.ui import column_widths, text_px

    rows = [{"text": "开展调研。", "document": "某区持续优化生活垃圾…", "line": 12}]
    widths = column_widths(rows, {"text": "原文", "document": "文件", "line": "行号"})
    assert widths["文件"] == text_px("某区持续优化生活垃圾…") + 24


# ---------------------------------------------------------------- 瓶颈's communities


def test_units_sharing_no_measure_are_named_once_not_as_communities_of_one():
    """瓶颈 of the 92 held-out plans listed 218 communities, 174 of them one unit that shares no measure with
    another ("Community 136 (1 unit): 交通运输管理部门"): a page of 12,000 px. They are one list now."""
    from reformgraph.explorer.tables import groups_and_lone_units
    from reformgraph.metrics import communities, graph_from_measures

    rows = [(str(k), "某区甲局", f"某区第{k}局") for k in range(1, 6)]
    rows += [(str(k), f"某镇第{k}办", "") for k in range(6, 40)]  # each leads a measure alone
    groups, alone = groups_and_lone_units(communities(graph_from_measures(rows)))
    assert [c.size for c in groups] == [6] and len(alone) == 34
    assert alone[:2] == ("某镇第10办", "某镇第11办")


def test_a_graph_with_no_lone_unit_lists_every_community():
    """The guard: where every unit has a partner, every community is listed as before."""
    from reformgraph.explorer.tables import groups_and_lone_units
    from reformgraph.metrics import communities, graph_from_measures

    part = communities(graph_from_measures([("1", "甲局", "乙局"), ("2", "丙局", "丁局"), ("3", "丙局", "戊局")]))
    groups, alone = groups_and_lone_units(part)
    assert groups == part.communities and alone == ()


# ---------------------------------------------------------------- 导入's warnings


def test_the_import_pages_warnings_wrap_at_the_pages_width(monkeypatch):
    """导入 of a 2 MB plan listed 135 warnings in a plain ``st.dataframe``: 行号 took 185 px and every warning was
    cut at the right edge on one line. The table is the explorer's own now: 行号 its width, the text wrapped."""
    import json
    import sys
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from reformgraph.explorer.ui import column_widths, text_px

    for var in ("NEO4J_URI", "REFORMGRAPH_GRAPH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    item = "（二）建立改革台账。对市场主体反映的问题、评估发现的薄弱环节和短板，逐项建立台账，明确整改时限和责任。"
    plan = f"某区工作要点\n一、重点任务\n1.{item}（配合单位：区财政局）\n2.开展培训。（牵头单位：区人社局）\n"
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "explorer" / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("screens/import_doc.py").run()
    at.get("file_uploader")[0].set_value(("warned.md", plan.encode("utf-8"), "text/markdown")).run()
    assert not at.exception and not at.error
    widths = {h: c.get("width") for h, c in json.loads(at.dataframe[0].proto.columns).items() if h != "_index"}
    assert widths["行号"] <= text_px("行号") + 24 + 8, widths
    assert widths["警告"] >= 600, widths
    warning = "编号条目未写明责任单位，未计入：" + item * 2  # a warning longer than its column wraps in its row
    rows = [{"line": 427, "w": warning}]
    assert column_widths(rows, {"line": "行号", "w": "警告"})["警告"] < text_px(warning) + 24


def test_a_short_warning_keeps_a_row_of_one_line(monkeypatch):
    """The guard: a warning that fits its column keeps Streamlit's row height."""
    from reformgraph.explorer.ui import column_widths

    rows = [{"line": 3, "w": "任务没有写明牵头单位，未计入：推进改革。"}]
    widths = column_widths(rows, {"line": "行号", "w": "警告"})
    assert sum(widths.values()) <= 780 and widths["警告"] >= 24 + 14 * 20


# ---------------------------------------------------------------- 改革事项's 文件 list


def test_the_plan_picker_names_the_plans_title_before_its_files_key():
    """改革事项 of the 92 held-out plans offered ``01-shanghai-jiading-sponge-city-2024（上海市嘉定区人民政府办公室关于
    转发《…``: the key first, and the words that tell two plans apart past the list's right edge."""
    from reformgraph.view_nodes import document_title

    G = _documents(TITLES)
    label = document_title(G, "doc:82-somewhere-waste-sorting-system-2024")
    assert label == "某区持续优化生活垃圾全程分类体系工作方案（82-somewhere-waste-sorting-system-2024）"


def test_a_plan_with_no_title_is_picked_by_its_files_name():
    """The guard: a document with no title (or a title that is its name) reads as its name, as before."""
    from reformgraph.view_nodes import document_title

    G = _documents({"doc:甲区方案": "甲区方案"})
    assert document_title(G, "doc:甲区方案") == "甲区方案" and document_title(G, "doc:乙区方案") == "乙区方案"

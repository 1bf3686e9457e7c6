"""The explorer, headless: every page through streamlit.testing.v1.AppTest.

AppTest runs ``explorer/app.py`` (the router) and switches to each page the
way ``st.navigation`` does; it works with Streamlit >= 1.37's navigation
(we check the version in use). Expected numbers come from ``graph.metrics``
on the bundled document, so the pages must show what the library computes.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from reformgraph import metrics
from reformgraph.cli import cli
from reformgraph.explorer.ui import TABLE_PX
from reformgraph.jsonio import write_graph_json
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "explorer" / "app.py"
HUB = "市市场监管局"
PAGES = ("overview", "unit", "chains", "bottlenecks", "deadlines", "reforms", "import_doc", "compare")
CJK = re.compile(r"[\u4e00-\u9fff]")

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def G(bundled_graph):
    return bundled_graph


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch):
    for var in ("NEO4J_URI", "REFORMGRAPH_GRAPH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])


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


def small_document(lines: int = 300) -> str:
    """The bundled document cut after its first two workplans (parses, with warnings)."""
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    return "\n".join(text.split("\n")[:lines])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_both_languages(page):
    for english in (False, True):
        at = open_page(page, english=english)
        assert not at.error, [e.value for e in at.error]
        assert at.title, "every page has a title"


REAL = ROOT / "tests" / "fixtures" / "real"


@pytest.mark.parametrize(
    "plan", ["02-shanghai-traffic-refined-mgmt-2024-2026.md", "09-guobanfa-zero-waste-city-2018.md"]
)
def test_every_page_runs_on_small_real_plans(monkeypatch, plan):
    """Plans of other layouts and sizes: 02 has only five units with dated measures (the 时限 page's
    "how many units" slider had equal ends and the page ended in Streamlit's traceback)."""
    monkeypatch.setattr(sys, "argv", ["explorer/app.py", "--graph", str(REAL / plan)])
    for page in (*PAGES, "supervision"):
        for english in (False, True):
            at = open_page(page, english=english)
            assert not at.error, (page, [e.value for e in at.error])


TOWN = ROOT / "tests" / "fixtures" / "round50" / "fresh15" / "08-town-marriage-customs-2026.txt"


def test_a_town_plan_opens_on_what_there_is(monkeypatch):
    """A town's plan on its date of issue: 总览's slider ends at its 9 units; nothing is red yet, so 督办 opens on the first unit's worst
    light (it opened on red and listed no measure), and 改革事项 says "无" for its districts as it says
    it for its empty tables, its unit columns headed as columns in English."""
    monkeypatch.setattr(sys, "argv", ["explorer/app.py", "--graph", str(TOWN)])
    at = open_page("overview")  # 9 units ranked: the "how many" slider ends at 9 (it read 15 of 40)
    assert at.slider(key="overview_n").value == 9 and len(at.dataframe[0].value) == 9
    assert at.slider(key="overview_n").max == 9
    at = open_page("supervision")
    assert at.metric[0].value == "0" and at.radio(key="sv_light").value == "yellow"
    assert not [i.value for i in at.info if "没有举措" in i.value]
    assert len(at.dataframe) == 2  # the unit × light table, then the measures behind the chosen cell
    at = open_page("reforms")
    assert not [x.value for x in at.text if x.value == "无"]
    assert [c.value for c in at.caption].count("无") == 4  # units, contacts, citations, districts
    assert list(at.dataframe[0].value.columns[2:4]) == ["牵头", "配合"]
    at = open_page("reforms", english=True)  # headers, not the lower-case "lead" / "support" of a cell
    assert list(at.dataframe[0].value.columns[2:4]) == ["Lead units", "Supporting units"]


def test_overview_shows_the_counts_and_the_busiest_units(G):
    at = open_page("overview")
    shown = {m.label: m.value for m in at.metric}
    workplans = sum(1 for _, k in G.nodes(data="kind") if k == "Workplan")
    measures = sum(1 for _, k in G.nodes(data="kind") if k == "Measure")
    assert shown["工作方案"] == str(workplans) and shown["举措"] == str(measures) and shown["文档"] == "1"
    table = at.dataframe[0].value
    top = metrics.top_units(G, by="load", n=15)
    assert table.iloc[0]["单位"] == top[0].name == HUB
    assert table.iloc[0]["加权负荷"] == top[0].load.weighted


def test_unit_page_for_the_hub_shows_its_measure_count_and_the_source_of_every_edge(G):
    at = open_page("unit", query={"unit": HUB})
    load = metrics.unit_load(G, include_collective=True)[f"unit:{HUB}"]
    n = load.lead + load.support
    assert at.title[0].value == HUB
    assert any(f"{n} 项举措" in c.value for c in at.caption)
    assert [m.value for m in at.metric][:3] == [str(load.lead), str(load.support), f"{load.weighted:g}"]
    # its facts one a line, every way the plan writes it whole (a table cut them at its column's edge)
    facts = next(m.value.replace("\\", "") for m in at.markdown if m.value.startswith("**类别**"))
    aliases = G.nodes[f"unit:{HUB}"]["aliases"]
    assert len(aliases) > 1 and f"**原文写法**：{'、'.join(aliases)}" in facts.split("  \n")
    frames = {tuple(df.value.columns): df.value for df in at.dataframe}
    measures = next(v for k, v in frames.items() if "角色" in k and "原文" in k)
    assert len(measures) == n
    assert measures["行号"].notna().all() and measures["原文"].str.len().gt(0).all()
    edges = next(v for k, v in frames.items() if "关系" in k)
    assert len(edges) >= n  # every LEADS/SUPPORTS edge, grouped by workplan in the picture, is listed
    leads = edges[edges["关系"].isin(["牵头", "配合"])]
    assert leads["行号"].notna().all() and leads["原文"].str.len().gt(0).all()
    # The picture: one offline HTML page with the unit and every partner unit (the default view) …
    page = at.get("iframe")[0].proto.srcdoc
    assert "vis-network" in page and "https://" not in page.split("<script>")[0]
    partners = metrics.unit_partners(G, f"unit:{HUB}")
    assert len(partners) == load.partners and all(f'"{p.unit}"' in page for p in partners)
    # … and its workplans one click away, the hub summarised and the page saying so.
    at.radio(key="unit_depth").set_value(1).run()
    page = at.get("iframe")[0].proto.srcdoc
    assert "合并" in page and '"workplan:' in page


def test_unit_page_resolves_names_and_offers_suggestions(G):
    at = open_page("unit", query={"unit": "市场监管局"})  # an abbreviation
    assert at.title[0].value == HUB
    for short, name in (("发改委", "市发展改革委"), ("人社局", "市人力社保局"), ("住建委", "市住房城乡建委")):
        assert open_page("unit", query={"unit": short}).title[0].value == name  # the 简称 table
    at = open_page("unit", query={"unit": "监管局"})  # ambiguous: suggestions, no traceback
    assert any("监管局" in w.value for w in at.warning)
    suggestions = [b for b in at.button if b.key and b.key.startswith("unit_suggest_")]
    assert len(suggestions) >= 2
    other = next(b for b in suggestions if b.label != HUB)
    label = other.label
    other.click().run()
    assert not at.exception
    assert at.title[0].value == label
    assert label in str(at.query_params["unit"])  # the URL follows: a link reopens this unit


def test_unit_page_switches_units_and_views_without_rebuilding(G):
    at = open_page("unit", query={"unit": HUB})
    at.selectbox(key="unit_pick").set_value("unit:市财政局").run()
    assert at.title[0].value == "市财政局"
    at.radio(key="unit_depth").set_value(2).run()
    at.radio(key="unit_colour_by").set_value("community").run()
    at.radio(key="unit_size_by").set_value("betweenness").run()
    assert not at.exception
    assert "市财政局" in at.get("iframe")[0].proto.srcdoc


def test_chains_page_lists_the_hops_with_their_measures(G):
    at = open_page("chains")
    at.selectbox(key="chain_from").set_value("unit:市财政局")
    at.selectbox(key="chain_to").set_value("unit:市高法院").run()
    chain = metrics.shortest_chain(G, "unit:市财政局", "unit:市高法院")
    assert at.success[0].value.startswith(f"最短协同链 {chain.length} 步")
    assert len(at.dataframe) == chain.length
    assert [len(df.value) for df in at.dataframe] == [len(h.measures) for h in chain.hops]


def test_bottlenecks_page_ranks_by_betweenness(G):
    at = open_page("bottlenecks")
    expected = metrics.bottlenecks(G)
    ranking = at.dataframe[0].value
    assert list(ranking["单位"][:5]) == [b.name for b in expected[:5]]
    part = metrics.communities(G)
    groups = [c for c in part.communities if c.size > 1]  # a unit alone is no group: named once, below (session 63)
    assert len(at.dataframe[1].value) == len(groups) < len(part.communities)
    # the details at the page's width: every column in view, none cut at the right edge (session 32)
    widths = [c.get("width", 0) for h, c in json.loads(at.dataframe[0].proto.columns).items() if h != "_index"]
    assert len(widths) == 6 and sum(widths) <= TABLE_PX
    # each community's members in full, as text (a table column cut the longer lists)
    shown = [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("**协同组")]
    assert len(shown) == len(groups)
    for text, community in zip(shown, groups, strict=True):
        assert text.endswith("：" + "、".join(community.names))
    alone = [n for c in part.communities if c.size == 1 for n in c.names]
    named = [m.value.replace("\\", "") for m in at.markdown if m.value.startswith(f"另有 {len(alone)} 个单位")]
    assert named == [f"另有 {len(alone)} 个单位不与其他单位共担举措，不属于任何协同组：" + "、".join(alone)]


def test_deadlines_page_lists_overdue_measures_for_the_as_of_date(G):
    at = open_page("deadlines")  # as of the document's date: its deadlines are all in the past now
    late, soon = metrics.overdue(G, "2022-01-13"), metrics.due_within(G, "2022-01-13", 3)
    heads = [s.value for s in at.subheader]
    assert any(h.endswith(f"· {len(late)}") for h in heads) and any(h.endswith(f"· {len(soon)}") for h in heads)
    assert any("时限已过" in h for h in heads) and not any("逾期" in h or "未完成" in h for h in heads)
    at.selectbox(key="dl_as_of").set_value(date(2022, 6, 30)).run()
    late = metrics.overdue(G, "2022-06-30")
    assert any(s.value.endswith(f"· {len(late)}") for s in at.subheader)


def test_reforms_page_browses_item_workplan_measures_units(G):
    at = open_page("reforms")
    at.selectbox(key="reforms_item").set_value(next(n for n in G if n.endswith(":3"))).run()
    at.selectbox(key="reforms_wp_" + next(n for n in G if n.endswith(":3") and n.startswith("reform:"))).set_value(
        next(n for n in G if n.startswith("workplan:") and n.endswith(":3.2"))
    ).run()
    assert not at.exception
    measures = at.dataframe[0].value
    wp = next(n for n in G if n.startswith("workplan:") and n.endswith(":3.2"))
    expected = [m for m, _, r in G.in_edges(wp, data="rel") if r == "PART_OF"]
    assert len(measures) == len(expected) and measures["行号"].notna().all()
    # Contacts are listed by role and unit; people's names and phone numbers only when asked for.
    people = {G.nodes[p]["name"] for p, _, r in G.in_edges(wp, data="rel") if r == "CONTACT_FOR"}
    contacts = at.dataframe[2].value
    assert people and "联系电话" not in contacts.columns and not people & set(contacts.to_numpy().ravel())
    at.toggle(key="reforms_phones").set_value(True).run()
    contacts = at.dataframe[2].value
    assert "联系电话" in contacts.columns and people <= set(contacts["名称"])
    # No Streamlit "None" or "empty" in a Chinese page: missing cells are "—", empty tables a Chinese line.
    for df in at.dataframe:
        assert "None" not in df.value.astype(str).to_numpy().ravel()


def test_reforms_page_of_several_plans_picks_the_plan_first(tmp_path, monkeypatch):
    """Two plans, each with its own 1., 2., …: a 文件 list comes first, the items are that plan's, and the
    lines are said to be the chosen plan's (one list of both plans' items read 1. 开展… twice)."""
    from reformgraph.loaders.pipeline import build_from_paths
    from reformgraph.view_nodes import short_title

    second = REAL / "09-guobanfa-zero-waste-city-2018.md"
    G2 = build_from_paths([str(BUNDLED_DOCUMENT), str(second)]).graph
    path = tmp_path / "two.json"
    write_graph_json(G2, path)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py", "--graph", str(path)])
    at = open_page("reforms")
    picker = at.selectbox(key="reforms_document")
    documents = sorted(G2.graph["documents"])
    # the plan's short title first, the file's name after it (session 63: the name first left the words that
    # tell two plans apart past the list's right edge)
    assert picker.label == "文件" and list(picker.options) == [
        f"{short_title(G2.nodes[d]['title'])}（{d.removeprefix('doc:')}）" for d in documents
    ]
    for document in documents:
        picker = at.selectbox(key="reforms_document").set_value(document).run()
        assert not at.exception
        items = at.selectbox(key="reforms_item").options
        reforms = [n for n, d in G2.nodes(data=True) if d.get("kind") == "Reform" and d["document"] == document]
        assert len(items) == len(reforms) > 0, document
        shown = at.caption[0].value.replace("\\", "")  # the caption is Markdown-escaped on the page
        assert shown.startswith(f"{short_title(G2.nodes[document]['title'])}（{document.removeprefix('doc:')}） · 第 ")
    # one plan: no 文件 list, lines as before
    monkeypatch.setattr(sys, "argv", ["explorer/app.py"])
    at = open_page("reforms")
    assert not [s for s in at.selectbox if s.key == "reforms_document"]
    assert at.caption[0].value.startswith("第 ")


def test_english_switch_changes_every_label():
    for page in PAGES:
        at = open_page(page, english=True)
        labels = [
            w.label
            for kind in ("selectbox", "slider", "radio", "multiselect", "toggle", "text_input", "date_input")
            for w in getattr(at, kind)
        ]
        labels += [m.label for m in at.metric] + [s.value for s in at.subheader if page != "reforms"]
        labels += [at.title[0].value] if page != "unit" else []  # the unit page's title is the unit's name
        assert labels and not [x for x in labels if CJK.search(x)], (page, labels)
    assert open_page("overview", english=True).title[0].value == "Overview"


def test_import_builds_a_gbk_document_in_memory_and_uses_it():
    at = open_page("import_doc")
    data = small_document().encode("gbk")
    at.get("file_uploader")[0].set_value(("方案.md", data, "text/markdown")).run()
    assert not at.exception and not at.error
    assert "方案.md" in at.success[0].value.replace("\\", "")
    at.button[0].click().run()  # use this graph on every page
    at.switch_page("screens/overview.py").run()
    shown = {m.label: m.value for m in at.metric}
    assert int(shown["工作方案"]) < 10


def test_import_lists_the_parse_warnings_in_the_pages_language():
    """Before, each warning was the parser's English line in the Chinese page."""
    plan = "某区工作要点\n一、重点任务\n1.推进改革。（配合单位：区财政局）\n2.开展培训。（牵头单位：区人社局）\n"
    for english, expected in ((False, "任务没有写明牵头单位，未计入：推进改革。"), (True, "task names no lead unit")):
        at = open_page("import_doc", english=english)
        at.get("file_uploader")[0].set_value(("warned.md", plan.encode("utf-8"), "text/markdown")).run()
        assert not at.exception and not at.error
        table = at.dataframe[0].value
        assert list(table.columns) == (["Line", "Warning"] if english else ["行号", "警告"])
        assert list(table.iloc[:, 0]) == [3]
        assert table.iloc[0, 1].startswith(expected)


@pytest.mark.parametrize("content", ["这不是工作方案，只是一段文字。".encode("gbk"), b"", b"\x00\x01binary"])
def test_import_rejects_a_bad_file_with_the_cli_message(tmp_path, monkeypatch, content):
    at = open_page("import_doc")
    at.get("file_uploader")[0].set_value(("bad.txt", content, "text/plain")).run()
    assert not at.exception
    monkeypatch.chdir(tmp_path)
    Path("bad.txt").write_bytes(content)
    result = CliRunner().invoke(cli, ["build", "bad.txt"])
    assert result.exit_code == 1
    cli_line = result.output.strip().splitlines()[-1]
    assert cli_line.startswith("error: bad.txt")
    shown = at.error[0].value.replace("\\", "")  # the message is Markdown-escaped on the page
    assert shown.startswith("无法导入：") and shown.endswith("详情：" + cli_line.removeprefix("error: "))


def test_graph_option_reads_a_graph_json(tmp_path, monkeypatch, G):
    path = tmp_path / "graph.json"
    write_graph_json(G, path)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py", "--graph", str(path)])
    at = open_page("overview")
    assert any("graph.json" in c.value for c in at.sidebar.caption)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py", "--graph", str(tmp_path / "missing.json")])
    at = open_page("overview")
    assert at.error and "missing.json: file not found" in at.error[0].value


def test_document_text_is_never_rendered_as_html():
    hostile = small_document().replace(
        "开展工作调研。", "开展<img src=x onerror=alert(1)>**调研**[链接](http://example.com)。", 1
    )
    assert "<img src=x" in hostile
    at = open_page("import_doc")
    at.get("file_uploader")[0].set_value(("hostile.md", hostile.encode("utf-8"), "text/markdown")).run()
    at.button[0].click().run()
    at.switch_page("screens/unit.py").run()
    assert not at.exception
    page = at.get("iframe")[0].proto.srcdoc
    assert "onerror" in page and "<img src=x" not in page  # present, but only as escaped text
    markdown = " ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption)
    assert "<img" not in markdown and "](http" not in markdown


def test_view_settings_survive_a_visit_to_another_page():
    at = open_page("unit", query={"unit": HUB})
    at.radio(key="unit_depth").set_value(2).run()
    at.switch_page("screens/overview.py").run()
    at.switch_page("screens/unit.py").run()
    assert not at.exception
    assert at.radio(key="unit_depth").value == 2 and at.title[0].value == HUB


def test_a_server_not_bound_to_loopback_is_flagged(monkeypatch):
    import streamlit

    monkeypatch.setattr(
        streamlit, "get_option", lambda key, _get=streamlit.get_option: "" if key == "server.address" else _get(key)
    )  # as with no .streamlit/config.toml: Streamlit listens on every interface
    at = open_page("overview")
    assert any("--server.address 127.0.0.1" in w.value for w in at.sidebar.warning)


def test_a_session_opened_with_lang_en_has_streamlits_own_words_in_english_at_once():
    """``?lang=en``: the style sheet that puts our words in place of Streamlit's was written before the
    sidebar read the URL, so the first page's uploader said 选择文件 / 拖放文件到这里 in an English session."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    sheet = " ".join(str(getattr(e.proto, "body", "")) for e in at.get("html"))
    assert "Browse files" in sheet and "选择文件" not in sheet, sheet[:300]

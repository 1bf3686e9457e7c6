"""The explorer's pure parts: labels, tables, escaping, uploads (no Streamlit run needed)."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from reformgraph.errors import DocumentEncodingError, DocumentError
from reformgraph.explorer import i18n, state, tables, ui, upload
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.views import unit_neighbourhood

EXPLORER = Path(__file__).resolve().parents[1] / "explorer"


def test_every_label_has_chinese_and_english_with_the_same_placeholders():
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    for key, (zh, en) in i18n.TEXT.items():
        assert zh.strip() and en.strip(), key
        assert fields(zh) == fields(en), key
        # examples of names, and of headers as a plan writes them (the Import page's column names, round 79)
        quotes_chinese = key in ("overview.collective_note", "unit.search_placeholder", "import.columns_help")
        assert quotes_chinese or not re.search(r"[\u4e00-\u9fff]", en), f"Chinese in the English of {key}"


def test_english_says_one_row_one_measure_one_unit():
    # "Download all 1 rows (CSV)" under a table of one cut row, "1 measures" beside a town's unit
    assert i18n.text("table.download_all", "en", total=1) == "Download all 1 row (CSV)"
    assert i18n.text("unit.measure_count", "en", n=1) == "1 measure"
    assert i18n.text("bottlenecks.members_of", "en", i=1, n=1, names="甲局") == "**Community 1** (1 unit): 甲局"
    assert i18n.text("unit.measure_count", "en", n=2) == "2 measures"
    assert i18n.text("table.download_all", "zh", total=1) == "下载全部 1 行（CSV）"


def test_every_label_the_pages_use_exists():
    used = set()
    for path in EXPLORER.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["'][,)]""", path.read_text(encoding="utf-8")))
    assert used, "the pages use labels"
    assert sorted(used - set(i18n.TEXT)) == []
    built = (
        [f"unit.size.{s}" for s in ("degree", "load", "betweenness")]
        + [f"unit.color.{c}" for c in ("kind", "community")]
        + [f"unit.download_{f}" for f in ("png", "svg", "pdf")]
        + [f"overview.{k}" for k in ("documents", "reforms", "workplans", "measures", "units")]
        + [f"app.source.{k}" for k in ("bundled", "file", "neo4j", "upload")]
    )
    assert [k for k in built if k not in i18n.TEXT] == []


def test_kind_rel_category_status_labels_cover_the_contract():
    from reformgraph.aliases import CATEGORIES
    from reformgraph.jsonio import EDGE_RELS, NODE_KINDS

    for lang in i18n.LANGS:
        assert all(f"kind.{k}" in i18n.TEXT for k in NODE_KINDS)
        assert all(f"rel.{r}" in i18n.TEXT for r in EDGE_RELS)
        assert all(f"category.{c}" in i18n.TEXT for c in CATEGORIES)
        assert i18n.status_label(None, lang) and i18n.status_label("done", lang)


def test_each_edge_behind_a_partner_picture_is_listed_once():
    # 县总工会 supports one measure led by 县人力社保局 with 县信访局 and 县司法局: three partners, and
    # its own 配合 edge was listed under each of them
    from reformgraph.metrics import graph_from_measures
    from reformgraph.views import unit_partners_view

    G = graph_from_measures([("1", "县人力社保局", "县总工会、县信访局、县司法局")])
    rows = tables.view_edge_rows(G, unit_partners_view(G, "unit:县总工会"))
    facts = [(r["from"], r["rel"], r["to"]) for r in rows]
    assert len(facts) == len(set(facts)) == 4  # the lead and the three supporters, each once
    assert ("县总工会", "SUPPORTS", "1-1") in facts


def test_measure_rows_and_edge_evidence_on_a_tiny_graph():
    G = tables.tiny_graph()
    rows = tables.unit_measure_rows(G, "unit:市财政局")
    assert [(r["role"], r["workplan"], r["reform"], r["text"], r["line"]) for r in rows] == [
        ("lead", "1", "1", "开展调研。", 9),
        ("support", "1", "1", "完善系统。", 11),
    ]
    view = unit_neighbourhood(G, "unit:市财政局", depth=2)
    evidence = tables.view_edge_rows(G, view)
    leads = [r for r in evidence if r["rel"] in ("LEADS", "SUPPORTS")]
    assert {(r["from"], r["to"], r["line"], r["source"]) for r in leads} == {
        ("市财政局", "1-1", 9, "开展调研。"),
        ("市财政局", "1-2", 11, "完善系统。"),
        ("市税务局", "1-2", 11, "完善系统。"),
    }
    assert G.number_of_edges() == tables.tiny_graph().number_of_edges()  # untouched


def test_the_unit_picker_lists_named_bodies_before_collectives_however_busy():
    """The unit page opens on the first choice: the busiest bureau, not 各地区 carried into every task."""
    G = tables.tiny_graph()
    G.add_node("unit:各地区", kind="Unit", name="各地区", aliases=["各地区"], category="collective")
    for m in ("measure:demo:1:1", "measure:demo:1:2"):
        G.add_edge("unit:各地区", m, rel="SUPPORTS", raw="各地区", line=9)
    assert [u for u, _ in tables.unit_options(G)] == ["unit:市财政局", "unit:市税务局", "unit:各地区"]


def test_workplan_detail_hides_names_and_phones_unless_asked():
    G = tables.tiny_graph()
    G.add_node("person:张三", kind="Person", name="张三")
    G.add_edge("person:张三", "workplan:demo:1", rel="CONTACT_FOR", role="联络人", phones=["67236219"], line=12)
    hidden = tables.workplan_detail(G, "workplan:demo:1")["contacts"][0]
    assert hidden["role"] == "联络人" and "张三" not in str(hidden) and "67236219" not in str(hidden)
    shown = tables.workplan_detail(G, "workplan:demo:1", include_contacts=True)["contacts"][0]
    assert (shown["name"], shown["phones"]) == ("张三", "67236219")
    assert hidden["seq"] is None  # named by the workplan's responsible section, not by a task


def test_workplan_detail_gives_the_task_that_names_a_person():
    G = tables.tiny_graph()
    task = next(m for m, k in G.nodes(data="kind") if k == "Measure" and G.nodes[m]["seq"] == 2)
    G.add_node("person:李四", kind="Person", name="李四")
    G.add_edge("person:李四", "workplan:demo:1", rel="CONTACT_FOR", role="责任人", phones=[], line=11, measure=task)
    [row] = tables.workplan_detail(G, "workplan:demo:1")["contacts"]
    assert (row["seq"], row["role"], row["line"]) == (2, "责任人", 11)


def test_reform_rows_filter_by_keyword():
    G = tables.tiny_graph()
    assert [r["number"] for r in tables.reform_rows(G)] == ["1"]
    assert [r["number"] for r in tables.reform_rows(G, "调研")] == ["1"]
    assert tables.reform_rows(G, "不存在") == []


def test_md_escape_neutralises_markdown_and_html():
    for hostile in ("<script>alert(1)</script>", "[x](http://example.com)", "**粗**", "$x$", ":red[x]"):
        escaped = ui.md_escape(hostile)
        assert all(escaped[i - 1] == "\\" for i, ch in enumerate(escaped) if ch in "<>[]()*$:" and i > 0)


def test_upload_reads_gbk_and_utf8_alike():
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    a = upload.build_from_bytes(text.encode("utf-8"), "plan.md")
    b = upload.build_from_bytes(text.encode("gbk"), "plan.md")
    assert a.graph.number_of_nodes() == b.graph.number_of_nodes() > 1000


def test_upload_limits_and_errors():
    with pytest.raises(DocumentError, match="upload limit"):
        upload.build_from_bytes(b"x" * 11, "plan.md", limit=10)
    with pytest.raises(DocumentError, match=r"^plan\.exe: cannot read \.exe files; expected one of \.csv \.doc"):
        upload.build_from_bytes(b"x", "plan.exe")
    with pytest.raises(DocumentEncodingError, match=r"^plan\.txt:1: not UTF-8"):
        upload.build_from_bytes("\u00e9t\u00e9".encode("latin-1") * 100, "plan.txt")
    assert upload.safe_name("../../x/方案.md") == "方案.md"


def test_the_import_help_names_every_format_it_takes():
    """导入's help line names each format the uploader takes, in both languages (round 73 added .eml to the reader
    and the uploader; the line, written by hand, still left it out), a spelling by its usual one."""
    usual = {"htm": "html", "mhtml": "mht", "xlsm": "xlsx", "markdown": "md", "text": "txt"}
    for lang in ("zh", "en"):
        named = set(re.findall(r"\.([a-z]+)", i18n.text("import.help", lang, mb=5, seconds=30)))
        assert {usual.get(t, t) for t in upload.UPLOAD_TYPES} <= named, lang


def test_upload_takes_every_format_the_command_line_reads():
    """导入 takes what `reformgraph build` takes (docs/formats.md lists them), and a Word upload builds."""
    import io

    import docx

    documented = "md txt markdown text docx doc wps rtf xlsx xlsm xls et csv xml html htm pdf ofd odt ods mht mhtml eml msg".split()
    assert sorted(documented) == sorted(upload.UPLOAD_TYPES)
    d = docx.Document()
    for line in BUNDLED_DOCUMENT.read_text(encoding="utf-8").splitlines()[:400]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    built = upload.build_from_bytes(buf.getvalue(), "方案.docx")
    assert sum(1 for _, k in built.graph.nodes(data="kind") if k == "Workplan") >= 2


def test_app_arguments():
    assert state.parse_app_args(["--graph", "g.json"], env={}).graph_path == "g.json"
    assert state.parse_app_args(["--gr", "g.json"], env={}).graph_path is None  # no abbreviations
    assert state.parse_app_args([], env={"REFORMGRAPH_GRAPH": "x.json"}).graph_path == "x.json"
    assert not state.neo4j_configured({}) and state.neo4j_configured({"NEO4J_URI": "bolt://127.0.0.1:7687"})


def test_the_widest_cell_is_found_without_measuring_every_cell():
    """widest_px equals measuring every cell, on random mixes of CJK, other characters, numbers and None."""
    import random

    rng = random.Random(7)
    alphabet = ["a", "市", "1", "—", " ", "Ａ", "é", "（"]
    for _ in range(3000):
        values = [
            None
            if rng.random() < 0.1
            else rng.choice([rng.randint(-(10**6), 10**6), "".join(rng.choices(alphabet, k=rng.randint(0, 30)))])
            for _ in range(rng.randint(0, 30))
        ]
        assert ui.widest_px(values) == max(map(ui.text_px, values), default=0)


def test_the_unit_pages_english_metric_and_button_labels_fit_a_laptop():
    """At 1280 px in English the profile read "Measures sup…" and the first button "Download HTML (works o…".

    The page's main area is about 820 px there: the profile is 2/5 of it in three metrics a row (about
    96 px each), the four download buttons a quarter each less 24 px of padding; 7 px a Latin letter."""
    source = (EXPLORER / "screens" / "unit.py").read_text(encoding="utf-8")
    metrics = re.findall(r"""m\d\.metric\(t\("([\w.]+)"\)""", source)
    assert len(metrics) == 6
    buttons = ["unit.download_html"] + [f"unit.download_{f}" for f in ("png", "svg", "pdf")]
    for keys, width in ((metrics, 96), (buttons, (820 - 3 * 16) // 4 - 24)):
        too_wide = [i18n.TEXT[k][1] for k in keys if len(i18n.TEXT[k][1]) * 7 > width]
        assert too_wide == [], width

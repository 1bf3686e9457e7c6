"""The explorer's 对比 (Compare) page: its pure view (``graph.diff_view``), the ``explore --compare`` option,
and the page itself headless (AppTest) in both languages, with ``--compare`` and with an upload.

The two versions below are our own: the later one rewords a measure, hands one measure's lead from 区财政局
to 区税务局, lets a deadline slip five months, renames a workplan and adds a measure; one measure is left
as it was (the guard: it is on no table).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest
from support.revisions import written_versions

from reformgraph.cli import cli
from reformgraph.cli.explore import streamlit_command
from reformgraph.diff import diff_graphs, diff_rows
from reformgraph.diff_view import TABLES, compare, for_unit, version_label
from reformgraph.explorer import state
from reformgraph.loaders.pipeline import build_from_paths

APP = Path(__file__).resolve().parents[1] / "explorer" / "app.py"
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")

OLD = """# 某区2024年优化营商环境工作要点
一、政务服务提升
1. 推行企业开办一网通办。（牵头单位：区行政审批局；完成时限：2024年6月）
2. 落实减税降费政策。（牵头单位：区财政局，配合单位：区市场监管局；完成时限：2024年9月）
3. 建设区级数据共享平台。（牵头单位：区大数据中心；完成时限：2024年10月）
二、要素保障
1. 开展用工招聘对接。（牵头单位：区人社局；完成时限：2024年12月）
"""
NEW = """# 某区2025年优化营商环境工作要点
一、政务服务能力提升
1. 全面推行企业开办“一网通办”服务。（牵头单位：区行政审批局；完成时限：2024年6月）
2. 落实减税降费政策。（牵头单位：区税务局，配合单位：区市场监管局；完成时限：2024年9月）
3. 建设区级数据共享平台。（牵头单位：区大数据中心；完成时限：2025年3月）
二、要素保障
1. 开展用工招聘对接。（牵头单位：区人社局；完成时限：2024年12月）
2. 建立重点企业服务专员制度。（牵头单位：区工商联）
"""

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def plans(tmp_path):
    """The two versions' files, earlier first."""
    return written_versions(tmp_path, OLD, NEW)


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """The two versions built once, earlier first (every function of graph/ leaves them as they are)."""
    paths = written_versions(tmp_path_factory.mktemp("versions"), OLD, NEW)
    return tuple(build_from_paths([p]).graph for p in paths)


# ---- the pure view ----------------------------------------------------------------------------------


def test_the_counts_a_reader_sees_first(graphs):
    c = compare(*graphs)
    got = {k: c.counts[k] for k in ("matched", "old", "new", "added", "removed", "roles", "slipped", "forward")}
    # the reworded measure is matched (in both), not removed and added again
    assert got == {"matched": 4, "old": 4, "new": 5, "added": 1, "removed": 0, "roles": 1, "slipped": 1, "forward": 0}
    assert (c.counts["renamed"], c.counts["workplans_added"], c.counts["workplans_removed"]) == (1, 0, 0)
    assert list(c.tables) == list(TABLES)


def test_every_measure_row_gives_its_sentence_and_line_in_each_version(graphs):
    c = compare(*graphs)
    [moved] = c.tables["roles"]
    assert (moved["lead_old"], moved["lead_new"]) == (["区财政局"], ["区税务局"])
    assert (moved["old_text"], moved["old_line"], moved["new_text"], moved["new_line"]) == (
        "落实减税降费政策。",
        4,
        "落实减税降费政策。",
        4,
    )
    [slipped] = c.tables["deadlines"]
    assert (slipped["old"], slipped["new"], slipped["months"], slipped["shift"]) == ("2024-10", "2025-03", 5, "slipped")
    assert (slipped["old_line"], slipped["new_line"]) == (5, 5)
    [added] = c.tables["added"]
    assert (added["new_text"], added["new_line"], added["old_text"], added["old_line"]) == (
        "建立重点企业服务专员制度。",
        8,
        None,
        None,
    )
    [renamed] = c.tables["workplans"]
    assert (renamed["change"], renamed["workplan"], renamed["old_title"]) == (
        "renamed",
        "政务服务能力提升",
        "政务服务提升",
    )


def test_a_measure_left_as_it_was_and_a_reworded_one_are_on_no_table(graphs):
    """The guard: 开展用工招聘对接 is the same in both, and the reworded 一网通办 kept its unit and deadline."""
    c = compare(*graphs)
    texts = {
        r.get("new_text") or r.get("old_text")
        for name in ("roles", "added", "removed", "deadlines")
        for r in c.tables[name]
    }
    assert not [x for x in texts if "招聘" in x or "一网通办" in x]
    assert "区人力社保局" not in {r["unit"] for r in c.tables["units"]}


def test_the_tables_are_the_diff_commands_rows(graphs):
    """No logic written twice: every row holds the ``diff`` command's row (``diff_rows``) as it is."""
    c = compare(*graphs)
    rows = diff_rows(diff_graphs(*graphs))
    assert [{k: r[k] for k in rows["roles"][0]} for r in c.tables["roles"]] == rows["roles"]
    assert c.tables["units"] == rows["units"] and c.tables["workplans"] == rows["workplans"]
    changed = c.tables["added"] + c.tables["removed"]
    assert [{k: r[k] for k in rows["measures"][0]} for r in changed] == rows["measures"]


@pytest.mark.parametrize(
    ("unit", "change", "lead"),
    [("区税务局", ("lead_gained",), (0, 1)), ("区财政局", ("lead_lost",), (1, 0))],
)
def test_one_unit_sees_what_it_newly_leads_and_what_it_handed_over(graphs, unit, change, lead):
    old, new = graphs
    mine = for_unit(compare(old, new), old, new, unit)
    assert [r["unit_change"] for r in mine.tables["roles"]] == [change]
    assert (mine.counts["lead_old"], mine.counts["lead_new"]) == lead
    assert not mine.tables["added"] and not mine.tables["deadlines"]  # about other units
    # the rows diff --unit gives, without matching again
    assert mine.diff == diff_graphs(old, new, unit=unit)


def test_a_unit_nothing_changed_for_gets_empty_tables_and_its_load(graphs):
    old, new = graphs
    mine = for_unit(compare(old, new), old, new, "区人力社保局")  # 区人社局, as the alias table names it
    assert not any(mine.tables[name] for name in TABLES)
    assert (mine.counts["lead_old"], mine.counts["lead_new"], mine.counts["matched"]) == (1, 1, 4)


def test_versions_are_named_by_their_plans_short_title(graphs):
    assert version_label(graphs[0], "old.md") == "某区2024年优化营商环境工作要点"


def test_the_units_image_is_the_diff_slide_in_the_pages_language(graphs):
    """What the page's PNG / SVG / PDF buttons draw when clicked: ``diff --unit --out``'s slide, in Chinese."""
    from reformgraph.explorer.exports import _diff_image

    old, new = graphs
    png = _diff_image(old, new, "区税务局", ("旧版", "新版"), "zh", "png")
    svg = _diff_image(old, new, "区税务局", ("旧版", "新版"), "zh", "svg").decode("utf-8")
    assert png.startswith(b"\x89PNG") and "区税务局" in svg and "measures" not in svg


# ---- where the earlier version comes from --------------------------------------------------------------


def test_explore_passes_the_earlier_version_to_the_app():
    cmd = streamlit_command("2025.docx", compare="2024.docx")
    assert cmd[cmd.index("--") :] == ["--", "--graph", "2025.docx", "--compare", "2024.docx"]
    assert state.parse_app_args(cmd[cmd.index("--") + 1 :], env={}).compare_path == "2024.docx"
    assert "--compare" not in streamlit_command("g.json")


def test_explore_refuses_an_earlier_version_it_cannot_read_in_one_line(plans, tmp_path):
    result = CliRunner().invoke(cli, ["explore", plans[1], "--compare", str(tmp_path / "missing.md"), "--headless"])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "missing.md" in lines[0] and "Traceback" not in result.output


# ---- the page, headless -------------------------------------------------------------------------------


def open_compare(monkeypatch, argv: list[str], *, english: bool = False) -> AppTest:
    for var in ("NEO4J_URI", "REFORMGRAPH_GRAPH", "REFORMGRAPH_COMPARE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "argv", ["explorer/app.py", *argv])
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    if english:
        at.toggle(key="lang_en").set_value(True).run()
    at.switch_page("screens/compare.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _labels(at: AppTest) -> list[str]:
    """Every label and heading the page writes itself (not the documents' words)."""
    out = [at.title[0].value, *(s.value for s in at.subheader), *(m.label for m in at.metric)]
    out += [w.label for w in at.selectbox]
    for frame in at.dataframe:
        out += [str(c) for c in frame.value.columns]
    return out


def test_the_page_without_an_earlier_version_says_how_to_give_one(monkeypatch, plans):
    at = open_compare(monkeypatch, ["--graph", plans[1]])
    assert len(at.info) == 1 and "--compare" in at.info[0].value
    assert at.get("file_uploader") and not at.metric


def test_the_page_compares_with_the_compare_option_and_filters_by_unit(monkeypatch, plans):
    at = open_compare(monkeypatch, ["--graph", plans[1], "--compare", plans[0]])
    assert not at.error
    shown = {m.label: m.value for m in at.metric}
    assert shown["两版都有的举措"] == "4" and shown["新增举措"] == "1" and shown["时限推迟"] == "1"
    roles = at.dataframe[0].value
    assert list(roles["牵头单位"]) == ["区财政局 → 区税务局"] and "配合单位变化" not in roles.columns  # none changed
    # the text is the same in both versions: one text column, the lines of both, and a caption that says so
    assert list(roles["行号"]) == ["4→4"] and "旧版原文" not in roles.columns
    assert sum(c.value.startswith("这些举措在两版中原文相同") for c in at.caption) == 2  # roles, deadlines
    deadlines = at.dataframe[2].value  # roles, added, (none removed), deadlines
    assert (list(deadlines["变化"]), list(deadlines["完成时限"])) == (["推迟 5 个月"], ["2024-10→2025-03"])
    at.selectbox(key="compare_unit").set_value("区税务局").run()
    assert not at.exception
    roles = at.dataframe[0].value
    assert list(roles["本单位"]) == ["新牵头"] and list(roles["新版原文"]) == ["落实减税降费政策。"]
    assert any("区税务局：旧版牵头 0 项" in c.value for c in at.caption)
    assert [b.label for b in at.get("download_button")][:3] == ["下载 PNG 图片", "下载 SVG 图片", "下载 PDF"]


def test_a_reworded_measure_shows_its_earlier_text_beside_the_later(monkeypatch, tmp_path, plans):
    """The guard of the one-text-column table: a measure reworded as its lead moved shows both texts."""
    reworded = tmp_path / "reworded.md"
    reworded.write_text(NEW.replace("落实减税降费政策。", "落实好减税降费各项政策。"), encoding="utf-8")
    at = open_compare(monkeypatch, ["--graph", str(reworded), "--compare", plans[0]])
    roles = at.dataframe[0].value
    assert list(roles["新版原文"]) == ["落实好减税降费各项政策。"] and list(roles["旧版原文"]) == ["落实减税降费政策。"]
    # only the deadlines' table (its measure kept its words) says its texts are the same
    assert sum(c.value.startswith("这些举措在两版中原文相同") for c in at.caption) == 1


def test_a_unit_that_swapped_roles_reads_as_one_change(monkeypatch, tmp_path, plans):
    """区市场监管局 supported and now leads, 区财政局 led and now supports: one word each, not two."""
    swapped = tmp_path / "swapped.md"
    swapped.write_text(
        NEW.replace("牵头单位：区税务局，配合单位：区市场监管局", "牵头单位：区市场监管局，配合单位：区财政局"),
        encoding="utf-8",
    )
    at = open_compare(monkeypatch, ["--graph", str(swapped), "--compare", plans[0]])
    for unit, word in (("区市场监管局", "配合转牵头"), ("区财政局", "牵头转配合")):
        at.selectbox(key="compare_unit").set_value(unit).run()
        assert list(at.dataframe[0].value["本单位"]) == [word]


@pytest.mark.parametrize("english", [False, True])
def test_the_page_speaks_one_language(monkeypatch, plans, english):
    """Chinese mode: no English word among the page's own labels (the documents' words are not labels);
    English mode: no Chinese one."""
    at = open_compare(monkeypatch, ["--graph", plans[1], "--compare", plans[0]], english=english)
    at.selectbox(key="compare_unit").set_value("区财政局").run()
    labels = _labels(at)
    assert len(labels) > 20
    wrong = CJK if english else LATIN
    assert not [x for x in labels if wrong.search(x)], labels


def test_an_upload_on_the_page_is_the_earlier_version(monkeypatch, plans):
    at = open_compare(monkeypatch, ["--graph", plans[1]])
    at.get("file_uploader")[0].set_value(("2024.md", OLD.encode("gbk"), "text/markdown")).run()
    assert not at.exception and not at.error
    assert {m.label: m.value for m in at.metric}["两版都有的举措"] == "4"
    at.switch_page("screens/overview.py").run()
    at.switch_page("screens/compare.py").run()  # kept for the session when the page is left
    assert {m.label: m.value for m in at.metric}["两版都有的举措"] == "4"


def test_a_bad_upload_is_one_line_with_the_cli_message(monkeypatch, plans):
    at = open_compare(monkeypatch, ["--graph", plans[1]])
    at.get("file_uploader")[0].set_value(("bad.txt", "这不是工作方案。".encode(), "text/plain")).run()
    assert not at.exception and not at.metric
    shown = at.error[0].value.replace("\\", "")
    assert shown.startswith("无法导入：") and "详情：bad.txt" in shown

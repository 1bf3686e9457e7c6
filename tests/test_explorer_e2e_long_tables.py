"""A long table in a real browser: the first rows shown, the count said, every row downloaded as CSV.

The explorer is started on eight copies of the bundled document, so that the biggest hub (市市场监管局,
199 measures in one copy) has 1,592 measures: more than a table shows (``ui.TABLE_ROWS``). Debian's
chromium through Playwright, as in tests/test_explorer_e2e.py (skipped, naming the package, without it).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from support.copies import bundled_copies
from support.explorer_server import running_explorer

from reformgraph.explorer.tables import unit_measure_rows
from reformgraph.explorer.ui import TABLE_ROWS
from reformgraph.jsonio import write_graph_json
from reformgraph.loaders.pipeline import build_from_paths

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
HUB = "市市场监管局"
COPIES = 8

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """(explorer URL, the hub's measure count) on a graph of eight copies of the bundled document."""
    workdir = tmp_path_factory.mktemp("explorer-long")
    paths = bundled_copies(workdir, (f"copy{i}" for i in range(COPIES)))
    G = build_from_paths(paths).graph
    rows = len(unit_measure_rows(G, f"unit:{HUB}"))
    assert rows > TABLE_ROWS  # else this test would show nothing capped
    graph_path = workdir / "graph.json"
    write_graph_json(G, graph_path)
    with running_explorer(workdir, str(graph_path)) as url:
        yield url, rows


def test_a_long_table_says_how_many_rows_it_has_and_downloads_them_all(browser, big):
    url, rows = big
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(f"{url}/", wait_until="domcontentloaded")
        page.get_by_role("link", name="单位").first.click(timeout=120_000)
        page.get_by_role("heading", name=HUB).first.wait_for(timeout=120_000)
        note = page.get_by_text(f"共 {rows} 行，这里显示前 {TABLE_ROWS} 行").first
        note.wait_for(timeout=120_000)
        note.scroll_into_view_if_needed()
        box = note.bounding_box()
        assert box and box["width"] > 100 and box["height"] >= 10  # on screen, not a sliver
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "explorer-long-table.png"))
        with page.expect_download(timeout=120_000) as download:
            page.get_by_role("button", name=f"下载全部 {rows} 行（CSV）").first.click()
        assert download.value.suggested_filename == f"{HUB}-measures.csv"
        body = Path(download.value.path()).read_bytes()
        assert body.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel reads as UTF-8
        table = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        assert table[0][:4] == ["角色", "序号", "完成时限", "状态"]
        assert len(table) == rows + 1
        assert {r[0] for r in table[1:]} <= {"牵头", "配合"}
        # eight files: each row names the file its line number is in
        files = [r[table[0].index("文件")] for r in table[1:]]
        assert sorted(set(files)) == [f"copy{i}" for i in range(COPIES)] and files == sorted(files)
    finally:
        context.close()

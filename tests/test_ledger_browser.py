"""The 督办 page in a real browser (Debian chromium, Playwright): clicking a number lists its measures.

AppTest cannot click a cell of ``st.dataframe`` (a canvas grid), so this starts the explorer the way
``reformgraph explore graph.json`` does, on a free 127.0.0.1 port, with a graph holding ledger
progress; clicks the 黄 cell of the top unit; checks the heading and the count below name that unit
and light; and saves ``test-artifacts/explorer-supervision.png``. Skips (naming the package) without
chromium, through the shared ``browser`` fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.explorer_server import running_explorer, wait_idle

from reformgraph.explorer.tables import default_as_of
from reformgraph.jsonio import write_graph_json
from reformgraph.lights import measure_lights, unit_lights
from reformgraph.progress import LedgerRow, apply_progress

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
GRID_HEADER, GRID_ROW, NAME_WIDTH, NUMBER_WIDTH = 35, 35, 200, 75  # Streamlit's grid: px, "medium" and "small"

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def progressed(bundled_graph, tmp_path_factory):
    hub = "unit:市市场监管局"
    firsts = [m for _, m, r in bundled_graph.out_edges(hub, data="rel") if r == "LEADS"][:2]
    rows = [LedgerRow("t row 2", status="done", updated="2022-01-05"), LedgerRow("t row 3", status="delayed")]
    H = apply_progress(bundled_graph, dict(zip(firsts, rows)))
    path = tmp_path_factory.mktemp("sv-browser") / "graph.json"
    write_graph_json(H, path)
    return H, path


@pytest.fixture(scope="module")
def server(progressed, tmp_path_factory):
    with running_explorer(tmp_path_factory.mktemp("sv-explorer"), str(progressed[1])) as url:
        yield url


def test_clicking_a_number_lists_the_measures_behind_it(browser, server, progressed):
    H = progressed[0]
    months = [d["deadline"][:7] for _, d in H.nodes(data=True) if d.get("kind") == "Measure" and d.get("deadline")]
    lights = measure_lights(H, default_as_of(H, months), include_collective=False)
    top = unit_lights(lights)[0]
    assert top.yellow, "the top unit has yellow measures to click on"
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 1500, "height": 1300}, locale="zh-CN")
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.get_by_role("link", name="督办").first.click(timeout=90_000)
    page.get_by_role("heading", name="督办").first.wait_for(timeout=60_000)
    page.get_by_text(f"{top.name} · 红：{top.red} 项举措").first.wait_for(timeout=60_000)  # the default cell
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(timeout=60_000)
    yellow_x = NAME_WIDTH + NUMBER_WIDTH + NUMBER_WIDTH / 2  # 单位 | 红 | 黄 …
    answer = page.get_by_text(f"{top.name} · 黄：{top.yellow} 项举措").first
    # A click lands only on a page at rest: one made while Streamlit reruns is lost, and a second click on a
    # selected cell clears it. So click when idle, wait for the rerun it starts, and click again only if the
    # page came to rest without the answer (the click was lost).
    for attempt in range(4):
        wait_idle(page)
        box = grid.bounding_box()
        page.mouse.click(box["x"] + yellow_x, box["y"] + GRID_HEADER + GRID_ROW / 2)
        page.wait_for_timeout(500)
        wait_idle(page)
        if answer.is_visible():
            break
        assert attempt < 3, f"four clicks on the 黄 cell did not list {top.name}'s yellow measures"
    page.wait_for_timeout(1000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-supervision.png"), full_page=True)
    # While a cell is selected the grid shows its toolbar above its top edge: it must not cover the caption.
    grid.hover()
    toolbar = page.locator("[data-testid='stElementToolbar']").filter(has=page.locator("button")).first
    toolbar.wait_for(state="visible", timeout=10_000)
    caption = page.get_by_text("点击表中的数字").first
    assert not _overlap(toolbar.bounding_box(), caption.bounding_box()), "the table's toolbar covers its caption"
    context.close()
    assert not errors, errors[:3]


def _overlap(a: dict, b: dict) -> bool:
    """Whether two bounding boxes (Playwright's x, y, width, height) share any area."""
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and (b["y"] < a["y"] + a["height"])
    )

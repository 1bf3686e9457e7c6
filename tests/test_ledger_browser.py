"""The 督办 page in a real browser (Debian chromium, Playwright): clicking a number lists its measures.

AppTest cannot click a cell of ``st.dataframe`` (a canvas grid), so this starts the explorer the way
``reformgraph explore graph.json`` does, on a free 127.0.0.1 port, with a graph holding ledger
progress; clicks the 黄 cell of the top unit; checks the heading and the count below name that unit
and light; and saves ``test-artifacts/explorer-supervision.png``. Skips (naming the package) without
chromium, through the shared ``browser`` fixture.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from reformgraph.cli.explore import streamlit_command
from reformgraph.explorer.tables import default_as_of
from reformgraph.jsonio import write_graph_json
from reformgraph.lights import measure_lights, unit_lights
from reformgraph.progress import LedgerRow, apply_progress

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
GRID_HEADER, GRID_ROW, NAME_WIDTH, NUMBER_WIDTH = 35, 35, 200, 75  # Streamlit's grid: px, "medium" and "small"

pytestmark = pytest.mark.timeout(240)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    log = tmp_path_factory.mktemp("sv-log") / "streamlit.log"
    cmd = streamlit_command(str(progressed[1]), port=port)
    cmd[cmd.index("--") : cmd.index("--")] = ["--server.fileWatcherType", "none"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=log.parent, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, log.read_text(errors="replace")[-2000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "streamlit did not start within 90 s"
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


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
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    answer = page.get_by_text(f"{top.name} · 黄：{top.yellow} 项举措").first
    for attempt in range(4):  # on a loaded machine the page may still be settling (a rerun moves the grid)
        box = grid.bounding_box()
        page.mouse.click(box["x"] + yellow_x, box["y"] + GRID_HEADER + GRID_ROW / 2)
        try:
            answer.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == 3:
                raise
    page.wait_for_timeout(1000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-supervision.png"), full_page=True)
    context.close()
    assert not errors, errors[:3]

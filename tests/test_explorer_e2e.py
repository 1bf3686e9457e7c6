"""The explorer in a real browser: Debian's chromium driven by Playwright.

The test starts ``streamlit run explorer/app.py`` itself on a free 127.0.0.1
port (with ``--graph`` pointing at a graph JSON, as ``make explore`` does),
opens the unit page for 市市场监管局, waits for the network canvas, saves a
screenshot under ``test-artifacts/``, and fails on any request to a host
other than 127.0.0.1/localhost and on any JavaScript console error.

Never runs ``playwright install``: it uses /usr/bin/chromium from the Debian
package ``chromium`` (``make system-deps`` installs it) and skips, naming the
package, when it is absent.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from reformgraph.cli.explore import streamlit_command
from reformgraph.jsonio import write_graph_json
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT, build_from_paths

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
HUB = "市市场监管局"

pytestmark = pytest.mark.timeout(240)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer {url} within {timeout:.0f} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    graph_path = tmp_path_factory.mktemp("explorer") / "graph.json"
    write_graph_json(build_from_paths([str(BUNDLED_DOCUMENT)]).graph, graph_path)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    log = tmp_path_factory.mktemp("explorer-log") / "streamlit.log"
    with open(log, "wb") as out:
        # exactly what `reformgraph explore` runs, from a directory outside the clone
        cmd = streamlit_command(str(graph_path), port=port, headless=True)
        cmd[cmd.index("--") : cmd.index("--")] = ["--server.fileWatcherType", "none"]
        proc = subprocess.Popen(cmd, cwd=log.parent, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        if proc.returncode not in (0, -15, None):
            print(log.read_text(errors="replace")[-4000:])


def test_unit_page_for_the_biggest_hub_renders_offline(browser, server):
    from reformgraph.metrics import unit_load

    G = build_from_paths([str(BUNDLED_DOCUMENT)]).graph
    load = unit_load(G, include_collective=True)[f"unit:{HUB}"]
    external: list[str] = []
    console_errors: list[str] = []
    context = browser.new_context(viewport={"width": 1600, "height": 1100}, locale="zh-CN")
    page = context.new_page()

    def on_request(request):
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname not in LOCAL_HOSTS:
            external.append(request.url)

    page.on("request", on_request)
    page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: console_errors.append(f"page error: {exc}"))
    page.on("response", lambda r: console_errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)

    # Enter through the root: opening /unit directly makes Streamlit's frontend probe
    # /unit/_stcore/health first, a 404 it logs as a console error (streamlit/streamlit#7074).
    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.get_by_role("link", name="单位").first.click(timeout=90_000)
    search = page.get_by_role("combobox").first
    search.wait_for(timeout=60_000)
    search.click()
    search.fill("市场监管局")
    page.get_by_role("option", name=HUB).first.click(timeout=30_000)
    page.get_by_text(f"{load.lead + load.support} 项举措").first.wait_for(timeout=90_000)
    assert page.url.endswith(f"/unit?unit={quote(HUB)}")
    network = page.frame_locator("iframe[title='关系网络']").first
    network.locator("#net canvas").first.wait_for(state="visible", timeout=60_000)
    network.locator("body[data-rendered='1']").wait_for(state="attached", timeout=30_000)
    page.wait_for_timeout(1500)  # let late requests (fonts, icons) happen before judging

    assert page.get_by_text("局域网中的其他人").count() == 0  # bound to 127.0.0.1: no exposure warning
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer-unit-hub.png"
    page.screenshot(path=str(shot), full_page=True)
    context.close()

    assert shot.stat().st_size > 10_000
    assert not external, f"requests left 127.0.0.1: {external[:5]}"
    assert not console_errors, f"JavaScript console errors: {console_errors[:5]}"


def test_every_page_loads_offline_without_console_errors(browser, server):
    external: list[str] = []
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.on(
        "request",
        lambda r: (
            external.append(r.url)
            if urlsplit(r.url).scheme in ("http", "https", "ws", "wss") and urlsplit(r.url).hostname not in LOCAL_HOSTS
            else None
        ),
    )
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("response", lambda r: errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    ARTIFACTS.mkdir(exist_ok=True)
    for link, heading, slug in (
        ("总览", "总览", "overview"),
        ("协同链", "协同链", "chains"),
        ("瓶颈", "瓶颈", "bottlenecks"),
        ("时限", "时限", "deadlines"),
        ("改革事项", "改革事项", "reforms"),
        ("导入", "导入文档", "import"),
    ):
        page.get_by_role("link", name=link).first.click(timeout=90_000)
        page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / f"explorer-{slug}.png"))
    page.get_by_text("English").first.click()
    page.get_by_role("heading", name="Import a document").first.wait_for(timeout=30_000)
    context.close()
    assert not external, f"requests left 127.0.0.1: {external[:5]}"
    assert not errors, f"JavaScript console errors: {errors[:5]}"


def _click_node(page, frame_title: str, prefix: str, avoid: str = "", timeout_s: float = 30.0) -> str:
    """Click the first drawn node whose id starts with ``prefix`` (waiting until one is drawn); return its id."""
    find = """([prefix, avoid]) => {
        const net = window.reformgraphNetwork;
        if (!net || document.body.getAttribute("data-rendered") !== "1") return null;
        const id = net.body.data.nodes.getIds().find(i => String(i).startsWith(prefix) && i !== avoid);
        if (id === undefined) return null;
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        return {id: id, x: p.x, y: p.y};
    }"""
    deadline = time.monotonic() + timeout_s
    target = None
    while target is None and time.monotonic() < deadline:
        for frame in page.frames:
            if frame is not page.main_frame:
                try:
                    target = frame.evaluate(find, [prefix, avoid])
                except Exception:  # a frame being replaced by the next render
                    target = None
                if target:
                    break
        if target is None:
            page.wait_for_timeout(250)
    assert target, f"no node starting with {prefix!r} was drawn within {timeout_s:.0f} s"
    page.wait_for_timeout(600)  # the click bridge looks for a new picture every 0.4 s
    page.frame_locator(f"iframe[title='{frame_title}']").locator("#net canvas").first.click(
        position={"x": target["x"], "y": target["y"]}
    )
    return target["id"]


def test_clicking_nodes_in_the_picture(browser, server):
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 1600, "height": 1100}, locale="zh-CN")
    page = context.new_page()
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.get_by_role("link", name="单位").first.click(timeout=90_000)
    network = page.frame_locator("iframe[title='关系网络']").first
    network.locator("body[data-rendered='1']").wait_for(state="attached", timeout=60_000)

    # A workplan node opens in the inspector beside the picture.
    _click_node(page, "关系网络", "workplan:")
    page.get_by_test_id("stText").filter(has_text="工作方案 Workplan").first.wait_for(timeout=30_000)

    # At depth 2 other units are drawn; clicking one makes it the unit shown.
    page.get_by_role("slider").first.press("ArrowRight")
    page.wait_for_timeout(1000)
    clicked = _click_node(page, "关系网络", "unit:", avoid=f"unit:{HUB}")
    name = clicked.split(":", 1)[1]
    page.get_by_role("heading", name=name).first.wait_for(timeout=30_000)
    assert page.url.endswith(f"/unit?unit={quote(name)}")
    context.close()
    assert not errors, f"JavaScript console errors: {errors[:5]}"

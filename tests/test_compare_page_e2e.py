"""The 对比 (Compare) page in a real browser: Debian's chromium driven by Playwright.

The server is started as ``reformgraph explore NEW --compare OLD`` does (two versions of our own, those of
``tests/test_compare_page.py``); the test opens 对比, picks 区税务局 in the unit filter, and sees the lead
it took over from 区财政局 — in the note under the figures, and in the roles table's CSV, which it
downloads. No English on the page in Chinese mode, no request leaves 127.0.0.1, no console error.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from support.explorer_server import running_explorer, wait_idle
from test_compare_page import NEW, OLD
from test_explorer_e2e import _allowed_latin, _english

from reformgraph.loaders.pipeline import build_from_paths

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """(explorer URL, the later version's graph) for ``explore new.md --compare old.md``."""
    workdir = tmp_path_factory.mktemp("explorer-compare")
    (workdir / "old.md").write_text(OLD, encoding="utf-8")
    (workdir / "new.md").write_text(NEW, encoding="utf-8")
    with running_explorer(workdir, str(workdir / "new.md"), compare=str(workdir / "old.md")) as url:
        yield url, build_from_paths([str(workdir / "new.md")]).graph


def test_compare_opens_picks_a_unit_and_shows_the_lead_it_took_over(browser, versions):
    url, G = versions
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    external: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on(
        "request",
        lambda r: (
            external.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:"))
            else None
        ),
    )
    try:
        page.goto(f"{url}/", wait_until="domcontentloaded")
        page.get_by_role("link", name="对比").first.click(timeout=120_000)
        page.get_by_role("heading", name="对比").first.wait_for(timeout=120_000)
        page.get_by_text("两版都有的举措").first.wait_for(timeout=120_000)
        wait_idle(page)
        page.get_by_text("旧版：某区2024年优化营商环境工作要点 → 新版：某区2025年优化营商环境工作要点").first.wait_for()

        picker = page.locator("[data-testid='stSelectbox']").filter(has_text="只看某个单位").first
        picker.locator("input").click()
        page.keyboard.type("区税务局")
        page.keyboard.press("Enter")
        wait_idle(page)
        page.get_by_text("区税务局：旧版牵头 0 项、配合 0 项 → 新版牵头 1 项、配合 0 项").first.wait_for(timeout=60_000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "explorer-compare-unit.png"), full_page=True)
        assert not _english(page, _allowed_latin(G) | {"new", "old"})  # the files' names (图文件 new.md)

        with page.expect_download(timeout=120_000) as download:
            page.get_by_role("button", name="下载全部 1 行（CSV）").first.click()
        assert download.value.suggested_filename == "区税务局-compare-roles.csv"
        table = list(csv.reader(io.StringIO(Path(download.value.path()).read_bytes().decode("utf-8-sig"))))
        row = dict(zip(table[0], table[1]))
        assert (row["本单位"], row["牵头单位"]) == ("新牵头", "区财政局 → 区税务局")
        assert (row["新版原文"], row["行号"]) == ("落实减税降费政策。", "4→4")
        assert page.get_by_role("button", name="下载 PNG 图片").first.is_enabled()
    finally:
        context.close()
    assert not external, external[:5]
    assert not errors, errors[:5]

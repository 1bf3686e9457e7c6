"""What session 64's look saw in a real browser (Debian's chromium through Playwright): a page address that names
the root page by its own name (docs/looks-other-plans.md, "Looks at the exports and what look79 left (session 64)").
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from support.explorer_server import wait_idle
from test_explorer_e2e import server  # noqa: F401 — the explorer on the bundled plan, as its browser tests start it

pytestmark = pytest.mark.timeout(240)


def _open(browser, address: str):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.goto(address, wait_until="domcontentloaded")
    page.locator("[data-testid='stSidebarNav']").first.wait_for(timeout=120_000)
    wait_idle(page)
    return context, page


@pytest.mark.parametrize(("lang", "title"), [("zh", "总览"), ("en", "Overview")])
def test_the_overviews_own_name_as_an_address_opens_the_overview(browser, server, lang, title):  # noqa: F811
    """``/overview`` (the overview's own name; the overview is at ``/``) opened Streamlit's English dialog,
    "Page not found", in a Chinese session. It opens the overview now, at ``/``, in the session's language."""
    context, page = _open(browser, f"{server}/overview" + ("?lang=en" if lang == "en" else ""))
    try:
        page.get_by_role("heading", name=title).first.wait_for(timeout=60_000)
        wait_idle(page)
        assert not page.get_by_text("Page not found").count()
        assert urlsplit(page.url).path == "/"
        assert ("lang=en" in page.url) == (lang == "en")
    finally:
        context.close()


def test_the_other_pages_addresses_are_as_before(browser, server):  # noqa: F811
    """The guard: a page's own address opens it, and the root opens the overview."""
    context, page = _open(browser, f"{server}/bottlenecks")
    try:
        page.get_by_role("heading", name="瓶颈").first.wait_for(timeout=60_000)
        assert urlsplit(page.url).path == "/bottlenecks"
        page.goto(f"{server}/", wait_until="domcontentloaded")
        page.get_by_role("heading", name="总览").first.wait_for(timeout=60_000)
        wait_idle(page)
        assert not page.get_by_text("Page not found").count() and urlsplit(page.url).path == "/"
    finally:
        context.close()

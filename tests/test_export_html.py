"""The HTML export: one offline file, opened in a real browser (Debian chromium via Playwright).

Any request to a host other than 127.0.0.1/localhost (or a file:/data:/about:
URL) fails the test; so does a JavaScript error. Without /usr/bin/chromium the
browser tests skip, naming the Debian package.
"""

from __future__ import annotations

import os
import re
from datetime import date
from urllib.parse import urlparse

from reformgraph.render.html import render_html, vis_assets, write_html
from reformgraph.view_model import View, ViewEdge, ViewNode
from reformgraph.views import unit_neighbourhood

HUB = "市市场监管局"
EVIL = '<img src=x onerror="document.title=\'pwned\'">局</script><script>document.title="pwned"</script>'


def _local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("file", "data", "about", "blob"):
        return True
    return parsed.hostname in ("127.0.0.1", "localhost")


def _open(browser, path):
    """Open ``path``; return (page, outside requests, JS errors) once the network has drawn."""
    page = browser.new_page()
    outside, errors = [], []

    def on_route(route):
        if _local(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", on_route)
    page.on("request", lambda r: None if _local(r.url) else outside.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_selector('body[data-rendered="1"]', timeout=20000)
    return page, outside, errors


def test_hub_html_opens_offline_in_chromium(browser, bundled_graph, tmp_path):
    view = unit_neighbourhood(bundled_graph, HUB, depth=2)
    path = write_html(view, tmp_path / "smj.html", exported="2024-05-01")
    page, outside, errors = _open(browser, path)
    try:
        assert outside == [] and errors == []
        assert page.locator("#net canvas").count() == 1
        n_nodes = page.evaluate("window.reformgraphNetwork.body.data.nodes.length")
        assert n_nodes == len(view.nodes)
        # Physics is off and positions are fixed: nothing moves after drawing.
        before = page.evaluate("JSON.stringify(window.reformgraphNetwork.getPositions())")
        page.wait_for_timeout(500)
        assert page.evaluate("JSON.stringify(window.reformgraphNetwork.getPositions())") == before
        assert HUB in page.locator("h1").inner_text()
        assert "grouped" in page.locator("ul.notes").inner_text()
        os.makedirs("test-artifacts", exist_ok=True)
        page.screenshot(path="test-artifacts/export-hub.png", full_page=True)  # the whole drawing, not the first screen
    finally:
        page.close()


def test_document_text_is_escaped_in_the_browser(browser, tmp_path):
    view = View(
        EVIL,
        (
            ViewNode("unit:x", EVIL, "Unit", "Unit", 1.0, EVIL + "\n第二行"),
            ViewNode("unit:y", "乙局", "Unit", "Unit", 1.0, "乙"),
        ),
        (ViewEdge("unit:x", "unit:y", "COORDINATES", EVIL),),
        notes=(EVIL,),
        source=EVIL,
    )
    path = write_html(view, tmp_path / "evil.html")
    page, outside, errors = _open(browser, path)
    try:
        assert outside == [] and errors == []
        assert page.title() != "pwned" and page.locator("img").count() == 0
        # The tooltip is a DOM element holding the text, not parsed HTML.
        tip = page.evaluate(
            "(() => { const t = window.reformgraphNetwork.body.data.nodes.get('unit:x').title;"
            " return [t instanceof HTMLElement, t.textContent, t.children.length]; })()"
        )
        assert tip == [True, EVIL + "\n第二行", 0]
    finally:
        page.close()


def test_html_is_one_file_with_no_remote_references(bundled_graph):
    page = render_html(unit_neighbourhood(bundled_graph, HUB), exported="2024-05-01")
    js, css = vis_assets()
    assert js[:2000] in page and "Content-Security-Policy" in page
    own = page.replace(js.replace("</script", "<\\/script"), "").replace(css, "")
    assert not re.search(r"(src|href)\s*=", own)
    assert not re.search(r"https?://", own)


def test_the_export_day_is_source_date_epochs_when_set(bundled_graph, monkeypatch):
    view = unit_neighbourhood(bundled_graph, HUB)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764979200")  # 2025-12-06 00:00 UTC
    assert "2025-12-06" in render_html(view)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1764979200 + 86399))  # the same day's last second
    pinned = render_html(view)
    assert "2025-12-06" in pinned and render_html(view, exported="2025-12-06") == pinned
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = date.today().isoformat()
    page = render_html(view)
    assert any(day in page for day in (before, date.today().isoformat()))  # either side of midnight


def test_phone_numbers_and_names_stay_out_by_default(bundled_graph):
    phones = {p for _, _, d in bundled_graph.edges(data=True) for p in d.get("phones") or ()}
    people = {d["name"] for _, d in bundled_graph.nodes(data=True) if d.get("kind") == "Person"}
    page = render_html(unit_neighbourhood(bundled_graph, HUB, depth=2))
    assert not [p for p in phones if p in page]
    assert not [n for n in people if f'"{n}"' in page]
    # The switches bring them back.
    full = render_html(
        unit_neighbourhood(bundled_graph, HUB, depth=1, include_people=True, include_contacts=True, max_nodes=500)
    )
    # (people as nodes of the picture; in a 500-node view their labels may give way to others)
    assert [p for p in phones if p in full] and [n for n in people if f'"person:{n}"' in full]

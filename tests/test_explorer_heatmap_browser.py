"""The 时限 page's unit × month table in a real browser: neighbouring numbers never run together.

On a graph of 100 plans a month holds thousands of measures; with no room beside them, the cells of a row
read as one number ("2600100018001900"). The table is drawn by ``heatmap_html`` alone here (no Streamlit):
Debian's chromium lays it out 820 px wide, the room a 1280 px laptop leaves beside the sidebar, and the
text of every cell is measured.
"""

from __future__ import annotations

import pytest

from reformgraph.explorer.ui import heatmap_html

MONTHS = [f"{y}-{m:02d}" for y in (2021, 2022) for m in range(1, 13)] + ["2023-06", "2025-12"]
UNITS = ["市市场监管局", "重庆市税务局", "市规划自然资源局", "市住房城乡建委"]


def _page(browser, top: int):
    counts = {(u, m): top - 37 * (i + j) for i, u in enumerate(UNITS) for j, m in enumerate(MONTHS)}
    counts = {k: max(v, top // 10) for k, v in counts.items()}
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.set_content(
        "<body style=\"margin:0;font-family:'Noto Sans CJK SC','Source Sans Pro',sans-serif\">"
        f'<div style="width:820px">{heatmap_html(UNITS, MONTHS, counts)}</div></body>'
    )
    return page


def _measure(page):
    """Per row, the [left, right] of each number's text and of its cell; and the table's [scroll, client] width."""
    return page.evaluate(
        """() => {
        const rows = Array.from(document.querySelectorAll("[data-testid=heatmap] tbody tr")).map(tr =>
            Array.from(tr.querySelectorAll("td")).filter(td => td.textContent).map(td => {
                const range = document.createRange();
                range.selectNodeContents(td);
                const t = range.getBoundingClientRect(), c = td.getBoundingClientRect();
                return [t.left, t.right, c.left, c.right];
            }));
        const box = document.querySelector("[data-testid=heatmap]");
        return {rows, width: [box.scrollWidth, box.clientWidth]};
    }"""
    )


@pytest.mark.parametrize("top", [38, 380, 3800, 38000])
def test_neighbouring_numbers_stay_apart(browser, top):
    page = _page(browser, top)
    try:
        drawn = _measure(page)
    finally:
        page.close()
    gaps = [b[0] - a[1] for row in drawn["rows"] for a, b in zip(row, row[1:])]
    assert gaps and min(gaps) >= 4, (top, min(gaps))
    # every number inside its own cell
    assert all(c0 - 0.5 <= t0 and t1 <= c1 + 0.5 for row in drawn["rows"] for t0, t1, c0, c1 in row), top
    if top < 100:  # the bundled plan's numbers: all its months on the laptop's page, as before
        assert drawn["width"][0] <= drawn["width"][1], drawn["width"]

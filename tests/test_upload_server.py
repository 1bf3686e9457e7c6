"""Uploads against a running server, in Debian's chromium: the size limit is the server's, and a second
client's page answers while a big upload is being parsed.

The server is started as ``reformgraph explore`` starts it, from a folder outside the clone
(so ``server.maxUploadSize`` comes from the command line, not from .streamlit/config.toml).
Timings are printed (run with ``-s`` to see them); the assertions are about order, not speed:
the second client's page must be complete while the first client's parse is still running.
"""

from __future__ import annotations

import time

import pytest
from support.explorer_server import running_explorer

from reformgraph.explorer.upload import UPLOAD_LIMIT_BYTES

pytestmark = pytest.mark.timeout(300)

UNITS = [
    "区大数据局",
    "区财政局",
    "区税务局",
    "区发展改革委",
    "区司法局",
    "区公安分局",
    "区政务服务中心",
    "区规划资源局",
]


def big_task_table(size: int = 4_500_000) -> bytes:
    """A real-looking CSV task table of 4.5 MB (29,000 tasks), under the upload limit."""
    rows = ["序号,工作任务,牵头单位,配合单位,完成时限"]
    total, i = 0, 0
    while total < size:
        i += 1
        row = (
            f"{i},推进第{i}项改革任务，建设数据共享平台并完善配套制度,{UNITS[i % 8]},"
            f"{UNITS[(i + 3) % 8]}、{UNITS[(i + 5) % 8]},2025年{i % 12 + 1}月底前"
        )
        rows.append(row)
        total += len(row.encode()) + 1
    return "\n".join(rows).encode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_explorer(tmp_path_factory.mktemp("upload-server")) as url:
        yield url


def open_import_page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.get_by_role("link", name="导入").first.click(timeout=90_000)
    page.get_by_role("heading", name="导入文档").first.wait_for(timeout=60_000)
    return context, page


def test_the_server_refuses_a_body_over_max_upload_size(browser, server):
    context, page = open_import_page(browser, server)
    puts = []
    page.on("request", lambda r: puts.append(r) if r.method == "PUT" and "/_stcore/upload_file/" in r.url else None)
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "small.md", "mimeType": "text/markdown", "buffer": "一、任务".encode()}]
    )
    page.get_by_text("无法导入").first.wait_for(timeout=60_000)
    assert puts, "the page sent no upload request"
    upload_url = puts[0].url
    token = puts[0].all_headers().get("x-xsrftoken", "")

    def replay(size: int) -> int:
        body = {"file": {"name": "replay.md", "mimeType": "text/markdown", "buffer": b"x" * size}}
        return context.request.put(upload_url, multipart=body, headers={"X-Xsrftoken": token}).status

    assert replay(100) in (200, 204)  # the replayed request is valid ...
    assert replay(UPLOAD_LIMIT_BYTES + 2 * 1024 * 1024) == 413  # ... and the server refuses it when too large
    context.close()


def test_a_second_clients_page_answers_while_a_big_upload_parses(browser, server):
    reader_context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    reader = reader_context.new_page()
    reader.goto(f"{server}/", wait_until="domcontentloaded")
    reader.get_by_role("heading", name="总览").first.wait_for(timeout=90_000)  # warm: the default graph is built

    uploader_context, uploader = open_import_page(browser, server)
    data = big_task_table()
    started = time.monotonic()
    uploader.locator("input[type=file]").set_input_files(
        files=[{"name": "big.csv", "mimeType": "text/csv", "buffer": data}]
    )
    parsing = uploader.get_by_text("正在解析")
    parsing.first.wait_for(timeout=60_000)
    parse_seen = time.monotonic()

    answers = []
    for link in ("单位", "总览"):
        t0 = time.monotonic()
        reader.get_by_role("link", name=link).first.click(timeout=60_000)
        heading = "总览" if link == "总览" else None
        if heading:
            reader.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
        else:
            reader.get_by_role("combobox").first.wait_for(timeout=60_000)
        reader.get_by_test_id("stMetric").first.wait_for(timeout=60_000) if heading else None
        answers.append((link, time.monotonic() - t0))
    still_parsing = parsing.count() > 0 and parsing.first.is_visible()

    uploader.get_by_text("已从 big.csv 构建图").first.wait_for(timeout=120_000)
    parsed = time.monotonic() - started
    print(
        f"\nupload of {len(data):,} bytes: parse visible after {parse_seen - started:.1f} s, built after {parsed:.1f} s; "
        + ", ".join(f"second client's {name} page answered in {s:.2f} s" for name, s in answers)
    )
    assert still_parsing, "the big upload finished before the second client's pages were done: nothing was measured"
    uploader_context.close()
    reader_context.close()


WARNED_PLAN = "某区工作要点\n一、重点任务\n1.推进改革。（配合单位：区财政局）\n2.开展培训。（牵头单位：区人社局）\n"


def test_the_parse_warnings_of_an_upload_read_in_chinese(browser, server):
    """The warnings table as a reader sees it, in Debian's chromium (saved to test-artifacts/): Chinese, the
    plan's own words quoted; before, each row was the parser's English line."""
    from pathlib import Path

    context, page = open_import_page(browser, server)
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "warned.md", "mimeType": "text/markdown", "buffer": WARNED_PLAN.encode()}]
    )
    page.get_by_text("解析警告").first.wait_for(timeout=60_000)
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)  # the grid's first drawing, for the picture
    artifacts = Path(__file__).resolve().parents[1] / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "explorer-import-warnings.png"), full_page=True)
    # the grid draws on a canvas; its cells are also in the accessible table inside it, as drawn
    cells = grid.locator("td[role=gridcell]").all_text_contents()
    assert cells == ["3", "任务没有写明牵头单位，未计入：推进改革。"]
    context.close()

"""The 对比 page's upload takes a graph JSON too (session 64): an earlier version kept as ``build --json`` wrote it
could be given only through ``explore --compare``. The page headless (AppTest), with the versions of
``tests/test_compare_page.py``.
"""

from __future__ import annotations

import pytest
from test_compare_page import OLD, open_compare, plans  # noqa: F401 — plans is a fixture

from reformgraph.explorer.upload import COMPARE_TYPES, UPLOAD_LIMIT_BYTES, UPLOAD_TYPES, graph_from_json_bytes
from reformgraph.jsonio import graph_json_bytes
from reformgraph.loaders.pipeline import build_from_paths

pytestmark = pytest.mark.timeout(300)


def test_a_graph_json_uploaded_on_the_page_is_the_earlier_version(monkeypatch, plans):  # noqa: F811
    at = open_compare(monkeypatch, ["--graph", plans[1]])
    old_json = graph_json_bytes(build_from_paths([plans[0]]).graph)
    at.get("file_uploader")[0].set_value(("2024.json", old_json, "application/json")).run()
    assert not at.exception and not at.error
    assert {m.label: m.value for m in at.metric}["两版都有的举措"] == "4"
    assert any("旧版：某区2024年优化营商环境工作要点" in c.value for c in at.caption)


@pytest.mark.parametrize(
    ("name", "data", "detail"),
    [
        ("other.json", b'{"name": "not a graph"}', "other.json: not a graph JSON file"),
        ("broken.json", b'{"nodes": [', "broken.json: not valid UTF-8 JSON"),
    ],
)
def test_a_json_that_is_not_our_graph_is_one_line(monkeypatch, plans, name, data, detail):  # noqa: F811
    at = open_compare(monkeypatch, ["--graph", plans[1]])
    at.get("file_uploader")[0].set_value((name, data, "application/json")).run()
    assert not at.exception and not at.metric
    shown = at.error[0].value.replace("\\", "")
    assert shown.startswith("无法导入：这个 JSON 文件不是 ReformGraph 导出的图") and f"详情：{detail}" in shown
    assert "Traceback" not in shown and shown.count("\n\n") == 1


def test_a_graph_json_has_the_import_pages_size_limit():
    from reformgraph.errors import DocumentLimitError

    with pytest.raises(DocumentLimitError, match="upload limit"):
        graph_from_json_bytes(b" " * (UPLOAD_LIMIT_BYTES + 1), "big.json")


def test_the_import_page_still_takes_documents_only():
    """The guard: a graph JSON is an earlier version on 对比; the Import page's uploader is as it was."""
    assert "json" not in UPLOAD_TYPES and set(COMPARE_TYPES) == {*UPLOAD_TYPES, "json"}
    assert OLD  # the versions are test_compare_page's

"""Parse warnings carry their kind and the values they name, so that the explorer words them in Chinese.

Before, the Import page listed each warning as the parser's English line (``workplan 2: measure has no 完成时限``)
in the Chinese interface. Every warning the loaders make names a kind of ``records.WARNING_KINDS``, and every kind
has its text in both languages (``explorer/i18n.py``, ``warn.<kind>``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from reformgraph.explorer.i18n import TEXT, warning_text
from reformgraph.loaders.parse import parse_document
from reformgraph.records import WARNING_KINDS, ParseWarning

ROOT = Path(__file__).resolve().parent.parent


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ParseWarning":
            yield node


def test_every_warning_the_loaders_make_names_a_known_kind():
    seen = set()
    for path in sorted((ROOT / "loaders").glob("*.py")):
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            kind = (
                call.args[2] if len(call.args) > 2 else next((k.value for k in call.keywords if k.arg == "kind"), None)
            )
            assert isinstance(kind, ast.Constant), f"{path.name}:{call.lineno}: a ParseWarning without its kind"
            assert kind.value in WARNING_KINDS, f"{path.name}:{call.lineno}: unknown kind {kind.value!r}"
            seen.add(kind.value)
    assert seen == WARNING_KINDS  # and no kind is listed that nothing makes


def test_every_kind_has_its_text_and_every_text_a_kind():
    assert {k.removeprefix("warn.") for k in TEXT if k.startswith("warn.")} == WARNING_KINDS


_LATIN = re.compile("[A-Za-z]")

# plans that make one warning of each kind or more (read by the parser, not made up here)
PLANS = {
    "workplan book": """# 重点改革事项工作方案

目 录

一、开展试点改革事项工作方案……1
（一）推进审批改革工作方案……2
二、优化服务改革事项工作方案……3

一、开展试点改革事项工作方案

（一）推进审批改革工作方案

一、工作目标
推进审批改革。

二、主要任务
1.推行告知承诺。（牵头单位：区市场监管局；配合单位：区司法局）
2.推进数据共享。（配合单位：区大数据局；完成时限：2022年6月）
3.简化流程。（牵头单位：；完成时限：2022年6月）
4.开展培训。（牵头单位：区人社局；完成时限：2022年6月

二、优化服务改革事项工作方案

一、工作目标
优化服务。

五、责任单位及责任人
分管领导：张三
""",
    "task list": "某区工作要点\n一、重点任务\n1.推进改革。（配合单位：区财政局）\n2.开展培训。（牵头单位：区人社局\n",
    "bare lists": "某区工作要点\n一、重点任务\n1.推进养老服务体系改革。（区民政局）\n2.推进财税改革。（区财政局、区税务局）\n",
}


@pytest.mark.parametrize("plan", sorted(PLANS))
def test_each_warning_reads_in_chinese_with_no_english_but_the_plans_own_words(plan):
    doc = parse_document(PLANS[plan], path="p.md")
    assert doc.warnings, plan
    for w in doc.warnings:
        assert w.kind in WARNING_KINDS, w
        assert all(isinstance(v, str) for _, v in w.params), w
        zh = warning_text(w.kind, w.params, w.message, "zh")
        own_words = "".join(v for _, v in w.params)
        assert not _LATIN.search(zh.replace(own_words, "")), zh
        assert warning_text(w.kind, w.params, w.message, "en")


def test_a_warning_of_no_known_kind_keeps_its_message():
    w = ParseWarning(3, "a gap of a new kind")
    assert warning_text(w.kind, w.params, w.message, "zh") == "a gap of a new kind"

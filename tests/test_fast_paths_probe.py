"""The fast paths of the unstaged part of ``parse_document`` stand for the plain rules: the spaced tables' gate
looked for in the lines compacting changed (``Source.changed_text``) against the gate over the whole text, and the
aligned labels' look in those lines against the rule over the whole text; on the bundled plan and on crafted texts
where each form the rules look for does occur, so that this fails if the two ever differ."""

from __future__ import annotations

import re

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.spaced_tables import _gate_text, names_a_column

BUNDLED = decode_text(BUNDLED_DOCUMENT.read_bytes())

# each form of the spaced tables' gate and of an aligned label, and what may hide it from the changed lines
CRAFTED = [
    "某县方案\n序号 重点任务 牵头单位 配合单位 完成时限\n1 建平台 区大数据局 区财政局 6月底前",
    "某县方案\n序号\t重点任务\t牵头单位\t配合单位\n1\t建平台\t区大数据局\t区财政局",
    "某县方案\n序号　重点任务　责任部门　完成时限\n1　建平台　区大数据局　6月底前",
    "某县方案\n序号 问题 责任科室 整改时限\n1 整改 办公室 6月底前",
    "某县方案\n序号 任务 责任单位（部门） 时限\n1 建平台 区大数据局 6月",
    "某县方案\n序\t任务\t牵头\t配合\n1\t建平台\t区大数据局\t区财政局",
    "某县方案\n｜序号｜重点任务｜牵头单位｜配合单位｜\n｜1｜建平台｜区大数据局｜区财政局｜",
    "某县方案\n牵头单位｜配合单位\n区大数据局｜区财政局",  # a bar, no whitespace: the line is its own compact form
    "某县方案\n1.推进改革。\n牵头单位 \n县发改局",  # a space at the line's end
    "---\ntitle: 某县方案\nnote: 牵头单位 配合单位\n---\n1.推进改革。（县发改局负责）",  # the gap in a front matter
    "---\ntitle: 某县方案\n---\n牵头单位\t县发改局\n1.推进改革。",
    "1.加强监管。\n牵头单位\t县市场监管局\n完成时限\t2025年底",
    "1.加强监管。\r\n牵头单位\t县市场监管局\r\n",
    "1.加强监管。\u2028牵头单位\t县市场监管局\u2028配合单位\t县财政局",  # lines apart by another break
    "1.加强监管。\n牵头单位\t县市场监管局\u2028配合\t县财政局",  # one line of the text, two of the source
    "目录\t（12）\n序号\t任务\t牵头单位\t配合单位",
    "# 牵头单位 配合单位\n**牵头单位**\t县发改局",
    "1.推进。（牵头单位：县发改局）\n\n   \n\t\n",
    "",
]


def _texts():
    return [BUNDLED, *CRAFTED, BUNDLED.replace("牵头单位：", "牵头单位\t", 1), BUNDLED.replace("。", "。 单位 ", 3)]


@pytest.mark.parametrize("text", _texts())
def test_the_spaced_tables_gate_in_the_changed_lines_is_the_gate_over_the_whole_text(text):
    source = Source.from_text(text)
    bars = "｜" in source.text.text
    assert names_a_column(_gate_text(source, text, bars)) == names_a_column(text)
    assert names_a_column(_gate_text(source, None, bars)) == names_a_column("\n".join(source.lines))


@pytest.mark.parametrize("text", _texts())
def test_every_line_holding_whitespace_is_among_the_changed_ones(text):
    source = Source.from_text(text)
    changed = set(source.changed_text.split("\n"))
    assert all(line in changed for line in source.lines if re.search(r"\s", line))
    assert not any(re.search(r"\s", c) for c in source.compacts)  # compacting writes no whitespace back


def test_a_plan_aligning_its_labels_with_tabs_is_still_read_so():
    doc = parse_document("1.加强监管。\n牵头单位\t县市场监管局\n完成时限\t2025年底\n")
    assert [[u.raw for u in m.leads] for w in doc.workplans for m in w.measures] == [["县市场监管局"]]

"""Round 19's fast paths in the workplan reader read exactly as their plain rules (issue 15).

The 适用范围 heading is looked for (``str.find``) from each workplan's start, no longer by the whole-text scan
for the 责任单位及责任人 headings' words; the headings found are compared with the heading regexes tried on
every line, on seeded random documents built from the words, numerals and line breaks that matter,
and on the real documents. A responsible section is split at the usual labels written after a mark (a regex that scans for their first
characters only) when they account for every colon: compared with ``_responsible`` as first written (the
section split at every label) on random sections with labels glued to the text before them, labels that are
not usual, stray colons and line breaks. The one-name fast path of ``_responsible`` is compared with the
code as first written by ``tests/test_workplans_fast_paths.py`` too.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from reformgraph.loaders import workplans as wp
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from tests.test_workplans_fast_paths import _reference_responsible, responsible_read_as_the_reference

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [BUNDLED]


def _plain_responsible(compacts):
    """The 责任单位及责任人 heading lines: the heading regex tried on every line."""
    return [i for i, c in enumerate(compacts) if wp._RESPONSIBLE_HEADING.match(c)]


def _plain_scope(compacts, start, end):
    """``_scope`` as its rule reads: the first line of ``[start, end)`` the 适用范围 regex matches, and the
    lines under it up to the next numbered heading."""
    heading = next((i for i in range(start, end) if wp._SCOPE_HEADING.match(compacts[i])), None)
    if heading is None:
        return None
    stop = next((i for i in range(heading + 1, end) if wp._NUMBERED_HEADING.match(compacts[i])), end)
    return "".join(compacts[heading + 1 : stop]) or None


_PIECES = [
    "五、", "十二、", "二、", "一", "、", "责任单位", "牵头单位", "适用范围", "及", "和", "责任人", "联系人",
    "五、责任单位及责任人", "二、适用范围", "\n五、责任单位和联系人\n", "\n十、适用范围\n", "、适用范围", "、责任单位", "全市", "两江新区。", "（", "）", "：",
    "\n", "\n", "\n\n", " ", "# ", "**",
]  # fmt: skip


def _documents(rng, count):
    for _ in range(count):
        yield Source.from_text("".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 40))))


def test_responsible_headings_are_the_lines_the_regex_matches():
    rng = random.Random(1901)
    found = 0
    for source in _documents(rng, 4000):
        expected = _plain_responsible(source.compacts)
        assert wp._Layout(source).responsible == expected, source.text.text
        found += len(expected)
    assert found > 2500  # the inputs hold headings


def test_scope_is_read_under_the_first_heading_the_regex_matches():
    rng = random.Random(1902)
    read = 0
    for source in _documents(rng, 4000):
        parts = source.text.text, source.compacts, source.offsets
        lines = len(source.compacts)
        for _ in range(3):
            start = rng.randrange(lines)
            end = rng.randrange(start, lines + 1)
            expected = _plain_scope(source.compacts, start, end)
            assert wp._scope(*parts, start, end) == expected, (source.text.text, start, end)
            read += expected is not None
    assert read > 800


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_real_documents_find_the_headings_the_regex_finds(path):
    source = Source.from_text(decode_text(path.read_bytes()))
    layout = wp._Layout(source)
    assert layout.responsible == _plain_responsible(source.compacts)
    bounds = [b[0] for b in wp._find_blocks(source, layout.section_one)] + [len(source.compacts)]
    parts = source.text.text, source.compacts, source.offsets
    for start, end in zip(bounds, bounds[1:]):
        assert wp._scope(*parts, start, end) == _plain_scope(source.compacts, start, end)


def test_many_heading_words_that_are_no_headings_are_read_in_linear_time():
    # 200,000 characters of the words on one line, none a heading: each occurrence is looked at once
    text = "一、工作目标\n" + "甲、适用范围、责任单位、牵头单位" * 12_500 + "\n二、适用范围\n全市。\n"
    source = Source.from_text(text)
    began = time.process_time()
    layout = wp._Layout(source)
    scope = wp._scope(source.text.text, source.compacts, source.offsets, 0, len(source.compacts))
    assert time.process_time() - began < 2
    assert layout.responsible == [] and scope == "全市。"


def test_every_usual_label_is_a_label_of_the_full_pattern():
    for label in wp._USUAL_LABELS:
        assert wp._CONTACT_LABEL.split(f"；{label}：甲") == ["；", label, "甲"]
        assert wp._USUAL_LABEL.split(f"；{label}：甲") == ["；", label, "甲"]
        assert wp._USUAL_LABEL.split(f"乙{label}：甲") == [f"乙{label}：甲"]  # glued to a CJK character: not taken


_LABEL_PIECES = [
    *wp._USUAL_LABELS, *(f"；{label}：" for label in wp._USUAL_LABELS), "主任", "副", "分管副领导", "工作联络人", "联系手机", "单位", "市财政局", "杨光", "张玮、胡家睿",
    "67236219", "13594177712", "：", ":", "：", "；", ";", "，", "。", "、", "\n", "\n\n", "a", "Ａ", "1", "（", "）",
]  # fmt: skip


def test_sections_split_at_the_usual_labels_read_as_split_at_every_label():
    fast = 0
    for _, _, written in responsible_read_as_the_reference(1903, _LABEL_PIECES, 30):
        fast += len(wp._USUAL_LABEL.split(written)) >> 1 == written.count("：") + written.count(":") > 0
    assert 3000 < fast < 5000  # the usual labels split many of them, not all


def test_a_long_section_of_glued_labels_and_stray_colons_is_read_in_linear_time():
    # 200,000 characters: labels glued to the text before them and colons after no label (both splits run)
    text = "五、责任单位及责任人\n牵头单位：" + "局分管领导：联系电话：甲：" * 15_000 + "\n"
    source = Source.from_text(text)
    began = time.process_time()
    read = wp._responsible(source.text, source.offset(1), len(source.text.text))
    assert time.process_time() - began < 2
    assert read == _reference_responsible(source.text, source.offset(1), len(source.text.text))
    assert len(read[0]) == 15_000  # the 甲 after each phone: a lead unit (each glued label names no one)

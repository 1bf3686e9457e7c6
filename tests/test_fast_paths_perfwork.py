"""The workplan reader's fast paths of session 43 (issue 15) read exactly as the rules they stand for.

``_responsible`` reads a usual 责任单位及责任人 section (``workplans._USUAL_SECTION``: a lead unit, two fields of
people, the liaisons and their phones, then maybe the support units, its people and phones on its first line)
from one match's groups (``_usual_responsible``) instead of its loop over the section's labels: compared with the
loop (the same function with the usual pattern matching nothing) on every responsible section of the real
documents, and on seeded random sections made from the usual one's pieces, each piece sometimes swapped for one
the fast path must refuse or read otherwise (names of more than 8 letters, names with digits, short and long
phone numbers, marks, colons and brackets in the support units, line breaks anywhere).
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from pathlib import Path

import pytest

from reformgraph.loaders import workplans as wp
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.regexcache import compiled

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [BUNDLED]

_NOTHING = compiled("(?!)")  # matches no text


@contextmanager
def _loop_only():
    """``_responsible`` with its loop only: the usual section's pattern matches nothing."""
    usual = wp._USUAL_SECTION
    wp._USUAL_SECTION = _NOTHING
    try:
        yield
    finally:
        wp._USUAL_SECTION = usual


def _loop_reading(section, start, end):
    with _loop_only():
        return wp._responsible(section, start, end)


def _takes_fast_path(section, start, end):
    if start >= end:
        return False
    k = max(0, wp.bisect_right(section.starts, start) - 1)
    first_end = section.starts[k + 1] if k + 1 < len(section.starts) else end
    usual = wp._USUAL_SECTION.fullmatch(section.text, start, end)
    return usual is not None and usual.end(8) <= first_end


def _responsible_sections(source):
    """(start, end) in the compact text of every workplan's 责任单位及责任人 section, as ``_read_workplans`` reads."""
    layout = wp._Layout(source)
    offsets, compacts = source.offsets, source.compacts
    blocks = [wp._Block(*b) for b in wp._find_blocks(source, layout.section_one)]  # named: read by attribute
    spans = []
    for k, block in enumerate(blocks):
        end = blocks[k + 1].start if k + 1 < len(blocks) else wp._body_end(compacts, block.start)
        resp = layout.first(layout.responsible, block.start, end)
        if resp is not None:
            spans.append((offsets[resp + 1], offsets[end]))
    return spans


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_real_documents_responsible_sections_read_as_the_loop(path):
    source = Source.from_text(decode_text(path.read_bytes()))
    fast = 0
    for start, end in _responsible_sections(source):
        assert wp._responsible(source.text, start, end) == _loop_reading(source.text, start, end)
        fast += _takes_fast_path(source.text, start, end)
    if path == BUNDLED:
        assert fast >= 110  # of its 124 sections


def test_the_bundled_plans_usual_sections_read_with_their_lines_roles_and_phones():
    source = Source.from_text(decode_text(BUNDLED.read_bytes()))
    start, end = _responsible_sections(source)[0]
    units, contacts = wp._responsible(source.text, start, end)
    assert [(u.raw, u.role) for u in units] == [("市市场监管局", "lead")]
    assert [(c.name, c.role, c.phones, c.unit_raw) for c in contacts] == [
        ("杨光", "分管领导", (), "市市场监管局"),
        ("郑晓钟", "处室负责人", (), "市市场监管局"),
        ("毕士杰", "联络人", ("67236219",), "市市场监管局"),
    ]


_LEADS = ["市财政局", "重庆市税务局", "市²局", "市公安局（交巡警）", "市财政局、市公安局", "", "市财政局1"]
_PEOPLE = [
    "杨光",
    "张玮、胡家睿",
    "欧阳甲乙丙丁戊己",
    "欧阳甲乙丙丁戊己庚",
    "王五1234567",
    "甲、",
    "、甲",
    "",
    "Ａ",
    "〇〇",
]
_PHONES = ["67236219", "67575352、13594177712", "1234", "123456789012", "023-67575352", "67236219、", "6723621", ""]
_SUPPORTS = [
    "市公安局、市商务委", "市公安局，市商务委；市财政局", "各区县（自治县）、两江新区", "市公安局/市财政局", "",
    "市财政局：说明", "市公安局。其他", "市财政局、", "（市财政局）",
]  # fmt: skip
_MARKS = ["；", ";", "，", ",", "。", "、", "", "；；"]


def _random_section(rng):
    """A usual section's text, each piece sometimes (one in eight) one the fast path refuses or reads otherwise,
    with line breaks here and there."""

    def pick(usual, other):
        return rng.choice(usual) if rng.random() < 0.88 else rng.choice(other)

    people_labels = [w for w in wp._USUAL_LABELS if w not in wp._CONTACT_KIND]
    colon = "：：：:"
    fields = [
        pick(["牵头单位", "责任单位"], ["配合单位", "联络人"]) + rng.choice(colon) + pick(_LEADS[:2], _LEADS),
        pick(people_labels, ["联络人", "电话"]) + rng.choice(colon) + pick(_PEOPLE[:2], _PEOPLE),
        pick(people_labels, ["联系人"]) + rng.choice(colon) + pick(_PEOPLE[:2], _PEOPLE),
        pick(["联络人", "联络员", "联系人"], ["分管领导", "负责人"]) + rng.choice(colon) + pick(_PEOPLE[:2], _PEOPLE),
        pick(["联系电话", "电话", "手机"], ["联络人"]) + rng.choice(colon) + pick(_PHONES[:2], _PHONES),
    ]
    if rng.random() < 0.6:
        fields.append("配合单位" + rng.choice(colon) + pick(_SUPPORTS[:3], _SUPPORTS))
    if rng.random() < 0.05:
        del fields[rng.randrange(len(fields))]
    marks = [pick(["；"], _MARKS) for _ in fields]
    marks[4 if len(fields) > 4 else -1] = pick(["。", "；"], ["", "，", "、"])
    text = "".join(f + m for f, m in zip(fields, marks))
    for _ in range(rng.choice([0, 0, 1, 2])):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(["\n", "\n\n"]) + text[at:]
    return text


def test_random_usual_sections_read_as_the_loop():
    rng = random.Random(4301)
    fast = 0
    for _ in range(6000):
        body = _random_section(rng)
        source = Source.from_text("五、责任单位及责任人\n" + body + "\n")
        section, start, end = source.text, source.offset(1), len(source.text.text)
        assert wp._responsible(section, start, end) == _loop_reading(section, start, end), body
        fast += _takes_fast_path(section, start, end)
    assert 500 < fast < 5000  # many read by the fast path, not all


def test_a_section_ending_mid_document_reads_as_the_loop():
    text = "五、责任单位及责任人\n牵头单位：市财政局；分管领导：王银川；处室负责人：李茜；联络人：熊艳娟；联系电话：67575352。\n配合单位：市公安局、市商务委。\n# 下一个方案\n"
    source = Source.from_text(text)
    start, end = source.offset(1), source.offset(3)
    assert _takes_fast_path(source.text, start, end)
    assert wp._responsible(source.text, start, end) == _loop_reading(source.text, start, end)

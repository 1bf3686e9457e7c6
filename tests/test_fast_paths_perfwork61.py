"""The workplan reader's fast paths of session 45 (issue 15) read exactly as the rules they stand for.

``_responsible`` reads every section ``workplans._USUAL_SECTION`` matches from the match (``_usual_responsible``),
not only the one-line sections of one lead block (session 43): a section of several lead blocks (an unlabelled
lead unit after a phone, ``…63801206。市市场监管局；分管领导：…``) is read block by block (``_USUAL_BLOCK``), and a
section broken across lines inside its people (a PDF's lines wrapped at a width, ``处室负责人： | 江传华；``) gives
each field the line the loop gives it; ``_read_workplans`` hands over the section's first line and where it ends
(no bisection of the text's lines a section). Compared with the loop (the same function with the usual pattern matching
nothing) on seeded random sections of one to three lead blocks, line breaks anywhere (inside labels, names, marks
and phones), some pieces swapped for ones the fast path must refuse or read otherwise, and on crafted cases.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import workplans as wp
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from tests.test_fast_paths_perfwork import BUNDLED, _loop_reading, _responsible_sections


def _reads_as_the_loop(body: str) -> bool:
    """Whether ``body``, as a document's 责任单位及责任人 section, is read by the fast path as by the loop (asserted),
    and whether the fast path took it."""
    source = Source.from_text("五、责任单位及责任人\n" + body + "\n")
    section, start, end = source.text, source.offset(1), len(source.text.text)
    loop = _loop_reading(section, start, end)
    assert wp._responsible(section, start, end) == loop, body
    # the section's first line and its end as ``_read_workplans`` hands them over
    first = 1
    while first < len(source.compacts) and not source.compacts[first]:
        first += 1
    if start < end:
        assert wp._responsible(section, start, end, (first + 1, source.offsets[first + 1])) == loop, body
    return wp._USUAL_SECTION.fullmatch(section.text, start, end) is not None


def test_the_bundled_plans_sections_all_take_the_fast_path():
    source = Source.from_text(decode_text(BUNDLED.read_bytes()))
    spans = _responsible_sections(source)
    assert len(spans) == 124
    for start, end in spans:
        assert wp._USUAL_SECTION.fullmatch(source.text.text, start, end) is not None
        assert wp._responsible(source.text, start, end) == _loop_reading(source.text, start, end)


_LEADS = ["市财政局", "重庆市税务局", "市²局", "市公安局（交巡警）", "市财政局、市公安局", "", "市财政局1", "市电话局"]
_NAMES = [
    "杨光",
    "张玮、胡家睿",
    "欧阳甲乙丙丁戊己",
    "欧阳甲乙丙丁戊己庚",
    "王五1234567",
    "甲、",
    "、甲",
    "",
    "〇〇",
    "甲、甲",
]
_PHONES = ["67236219", "67575352、13594177712", "1234", "123456789012", "023-67575352", "67236219、", "6723621", ""]
_SUPPORTS = [
    "市公安局、市商务委",
    "各区县（自治县）、两江新区",
    "市公安局/市财政局",
    "市财政局：说明",
    "市财政局、",
    "",
]
_MARKS = ["；", ";", "，", ",", "。", "、", ""]


def _block(rng, first: bool) -> list[str]:
    """The fields of one lead block, each piece sometimes one the fast path refuses or reads otherwise."""

    def pick(usual, other):
        return rng.choice(usual) if rng.random() < 0.9 else rng.choice(other)

    people_labels = [w for w in wp._USUAL_LABELS if w not in wp._CONTACT_KIND]
    colon = "：：：:"
    lead = pick(_LEADS[:2], _LEADS)
    fields = [
        (pick(["牵头单位", "责任单位"], ["配合单位"]) + rng.choice(colon) if first else "") + lead,
        pick(people_labels, ["联络人", "电话"]) + rng.choice(colon) + pick(_NAMES[:2], _NAMES),
        pick(people_labels, ["联系人"]) + rng.choice(colon) + pick(_NAMES[:2], _NAMES),
        pick(["联络人", "联络员", "联系人"], ["分管领导"]) + rng.choice(colon) + pick(_NAMES[:2], _NAMES),
        pick(["联系电话", "电话", "手机"], ["联络人"]) + rng.choice(colon) + pick(_PHONES[:2], _PHONES),
    ]
    marks = [pick(["；"], _MARKS) for _ in fields]
    marks[-1] = pick(["。", "；"], ["", "，", "、"])
    return [f + m for f, m in zip(fields, marks)]


def _random_section(rng) -> str:
    """One to three lead blocks, maybe the support units, with line breaks anywhere."""
    fields = []
    for k in range(rng.choice([1, 1, 2, 2, 3])):
        fields += _block(rng, k == 0)
    if rng.random() < 0.6:
        fields.append("配合单位" + rng.choice("：：:") + rng.choice(_SUPPORTS) + rng.choice(["。", "", "；"]))
    if rng.random() < 0.03:
        del fields[rng.randrange(len(fields))]
    text = "".join(fields)
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(["\n", "\n\n"]) + text[at:]
    return text


def test_random_sections_of_several_blocks_and_lines_read_as_the_loop():
    rng = random.Random(6101)
    fast = several = 0
    for _ in range(5000):
        body = _random_section(rng)
        if _reads_as_the_loop(body):
            fast += 1
            several += body.count("电话") + body.count("手机") > 1
    assert 500 < fast < 4500 and several > 200  # many read by the fast path, of one block and of several


@pytest.mark.parametrize(
    "body",
    [
        # two lead blocks, the second on the next line; phones one each, then one for two liaisons
        "牵头单位：市交通局；分管领导：陈永忠；处室负责人：罗笳洪、谭毅；联络人：张玮、胡家睿；联系电话：89183279、89183248。\n"
        "市市场监管局；分管领导：杨光；处室负责人：姚瑶；联络人：陶奕岑、王五；联系电话：63801206。",
        # three blocks, then the support units on a line of their own after an empty one
        "牵头单位：市规划自然资源局；分管领导：张睿；处室负责人：陈义清；联络人：钱翔；联系电话：18983895557。市财政局；分管领导："
        "唐峰；处室负责人：张纯正；联络人：顾大军；联系电话：67575444、13508320623。重庆市税务局；分管领导：罗安梅；处室负责人：田野；"
        "联络人：江朝敏；联系电话：13637933036。\n\n配合单位：市住房城乡建委。",
        # broken inside a label, inside a name, before a mark, inside a phone, inside the lead unit
        "牵头单位：市知识产权局；分管领导：粟剑、何大伟；处室\n\n负责人：谢从波、颜冲；联络人：蒋其全、何光辉、杨艳利；联系电话：67513308、67080120。",
        "牵头单位：市高法院；分管领导：孙海\n龙；庭负责人：李佳；联络人：阳路；联系电话：13883217994。配合单位：各中基层法院。",
        "牵头单位：市高法院；分管领导：孙海龙\n；庭负责人：李佳、王五\n；联络人：阳路；联系电话：1388321\n7994。",
        "牵头单位：市高\n法院；分管领导：孙海龙；庭负责人：李佳；联络人：阳路；联系电话：13883217994。",
        "牵头单位：市高法院；分管领导：孙海龙；庭负责人：李佳；联络人：阳路；联系电话：13883217994。市财\n政局；"
        "分管领导：王五；负责人：赵六；联络人：钱七；电话：67575444。",
        # the same name twice in a field broken across lines (each on the line of the name's first occurrence)
        "牵头单位：市高法院；分管领导：李佳、\n李佳；庭负责人：张三；联络人：阳路、\n阳路；联系电话：13883217994、67575444。",
        # the support units after a second block, on the first line, with brackets
        "牵头单位：市商务委；分管领导：彭和良；处室负责人：李瑜辉；联络人：陈朔；联系电话：17898663818。重庆市税务局；分管领导："
        "姚朝智；处室负责人：屈涛；联络人：许毅；联系电话：13609434707。配合单位：市公安局、各区县（自治县）。",
    ],
)
def test_crafted_sections_read_as_the_loop(body):
    assert _reads_as_the_loop(body)

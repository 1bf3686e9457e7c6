"""The index's per-field fast paths of session 42 against the plain rules they stand for: ``unit_lists.plain_list``'s
one name alone (against ``_listed_units``, the loop over the pieces) and the deadline fields read once per distinct
text in a call (``assign._deadline_last``'s ``tails``, against ``_lone_deadline_field`` and ``_with_deadline``), on
the bundled document and on crafted edge cases: each test fails if the two ever differ."""

from __future__ import annotations

import pytest

from reformgraph.loaders import assign, assignments, unit_lists
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from reformgraph.regexcache import compiled
from tests.support.readings import plan_texts


@pytest.fixture(scope="module")
def fields() -> list[tuple[int, str, str, str]]:
    """The unit fields (offset, label, value, role) the bundled document's labelled brackets read."""
    text = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes())).text.text
    inners = dict.fromkeys(text[a + 1 : b] for a, b in parentheticals(text)[0])
    memo: dict = {}
    usual = assign._USUAL_LEAD
    assign._USUAL_LEAD = compiled("(?!)")  # every field through the memo (the usual heads' lists of names alone: none)
    try:
        assign.read_insides([i for i in inners if assignments._TRIGGER.search(i)], memo)
    finally:
        assign._USUAL_LEAD = usual
    return list(memo)


LISTS = [
    "区财政局",
    "区财政局。",  # a mark to strip
    " 区财政局",
    "区财政局；",
    "",
    "。",
    "区财政局牵头",  # a role verb
    "由区财政局",  # 由 and a unit
    "商务部等有关部门",  # an open list
    "县审计局①",  # a note's mark
    "市教育局张某某",  # a person after the unit
    "科长张某某",
    "各区县",
    "有关部门",
    "区财政局督促指导区税务局落实",  # two bodies
    "区财政局、区税务局",
    "区财政局，区税务局",
    "区财政局,区税务局",
    "区财政局/区税务局",
    "区财政局／区税务局",
    "各区、县人民政府",
    "青石区、东湖区人民政府",
    "县“双随机、一公开”联席会议",
    "市、县两级民政部门",
]


@pytest.mark.parametrize("items", LISTS)
@pytest.mark.parametrize("role, default", [(None, None), (None, "support"), ("lead", None), ("lead", "support")])
def test_plain_list_reads_as_its_loop(items, role, default):
    assert unit_lists.plain_list(items, 7, role, default) == unit_lists._listed_units(items, 7, role, default)


def test_plain_list_on_every_field_of_the_bundled_document(fields):
    assert len(fields) > 200
    for at, _label, value, role in fields:
        for items in (value, value.rstrip("；")):
            assert unit_lists.plain_list(items, at, None, role) == unit_lists._listed_units(items, at, None, role)


@pytest.mark.parametrize(
    "tail",
    [
        "完成时限：2022年6月",
        "完成时限：2022年6月。",
        "完成时限:持续推进",
        "完成时限：",  # empty: no deadline from it
        "完成时限：。",
        "调整后完成时限：2026年底",
        "配合单位：区税务局",
        "完成时限：2022年；配合单位：区税务局",
        "完成时限：A：B",
        "2022年6月",
    ],
)
def test_a_tail_reads_as_a_lone_deadline_field(tail):
    field = assign._lone_deadline_field(tail)
    got = assign._tail_field(tail)
    assert (got is None) == (field is None)
    if field is not None:
        assert got[:2] == field
        assert (got[2] or None) == assign._with_deadline(None, *field)


@pytest.mark.parametrize(
    "head",
    [
        "牵头单位：区财政局；",
        "牵头单位：区财政局；完成时限：2025年；",
        "调整后完成时限：2026年；牵头单位：区财政局；",
        "牵头单位：区财政局；进展情况：已完成；",
    ],
)
@pytest.mark.parametrize("tail", ["完成时限：2027年", "完成时限：", "调整后完成时限：2028年。", "完成时限：。"])
def test_a_deadline_after_any_head_reads_as_the_whole(head, tail):
    """The tails shared between brackets (one ``tails`` for all) read as each bracket read whole by ``_labelled``."""
    inners = [head + tail, head + "配合单位：区税务局；" + tail, tail]
    heads: dict = {}
    tails: dict = {}
    for inner in inners:
        read = assign._deadline_last(inner, {}, heads, tails)
        whole = assign._labelled(inner, 0, len(inner), frozenset(), {})
        if read is not None:
            assert whole is not None and read == (whole[0], whole[1] == 0), inner


@pytest.mark.parametrize(
    "text",
    [
        "牵头单位：区财政局；配合单位：区税务局；",
        "牵头单位：区财政局；配合单位：区税务局",
        "牵头单位：区财政局；完成时限；配合单位：区税务局：区商务委；",  # as many colons as pieces, one piece none
        "完成时限；牵头单位：区财政局：区税务局",
        "牵头单位：区财政局；；配合单位：区税务局；",
        "牵头单位：区财政局；配合单位:区税务局；",  # a half-width colon
        "牵头单位:区财政局；",
        "区财政局牵头；配合单位：区税务局；",
        "：区财政局；",
        "牵头单位：",
        "",
        "；",
    ],
)
def test_fields_split_as_the_label_pattern_splits_them(text):
    from reformgraph.loaders.vocab import LABEL

    parts = assign._split_fields(text)
    assert parts is None or parts == LABEL.split(text)


def _bracketed_texts():
    """The compact texts of the bundled document and of the text fixtures."""
    for text in plan_texts():
        yield Source.from_text(text).text


def _a_candidate(inner: str) -> bool:
    """Whether ``index_assignments`` may ask ``_closing_unit_lists`` of a bracket: no label or role word in it, or
    one that read as nothing."""
    return not assignments._TRIGGER.search(inner) or assign.read_inside(inner, {}) is None


def test_lists_closing_an_item_read_as_the_plain_rule():
    """``_closing_unit_lists`` drops the texts not ending in ``_UNIT_LAST`` once, before looking at their brackets (the
    loop skipped them at each bracket): every bracket of the fixtures that may be asked, all at once, reads as the
    brackets of the texts ending so alone, and each list read ends so."""
    asked = 0
    for compact in _bracketed_texts():
        text = compact.text
        held = [(a, b) for a, b in parentheticals(text)[0] if b - a >= 4]
        inners = [text[a + 1 : b] for a, b in held]
        candidates = {inner for inner in inners if _a_candidate(inner)}
        asked += len(candidates)
        read = assignments._closing_unit_lists(compact, held, inners, candidates)
        ending = {inner for inner in candidates if inner[-1] in assignments._UNIT_LAST}
        assert read == assignments._closing_unit_lists(compact, held, inners, ending)
        assert all(inner[-1] in assignments._UNIT_LAST for inner in read)
    assert asked > 1000


@pytest.mark.parametrize(
    "lines, read",
    [
        (["1.开展春季清洁行动（各镇人民政府、街道办事处）。"], ["各镇人民政府、街道办事处"]),
        (
            ["1.开展春季清洁行动（各镇人民政府、街道办事处）。", "2.推进（各镇人民政府、街道办事处）。"],
            ["各镇人民政府、街道办事处"],
        ),
        (["1.开展春季清洁行动（各镇人民政府负责）。"], []),
        (["1.开展春季清洁行动（如咖啡机等）。"], []),
        (
            [
                "1.开展目录调整（医药服务管理司）。",
                "2.推进应用（医药服务管理司、信息中心）。优化结算（医药服务管理司）。",
            ],
            ["医药服务管理司", "医药服务管理司、信息中心"],
        ),
    ],
)
def test_lists_closing_an_item_are_read_as_before(lines, read):
    compact = CompactText.from_lines(lines)
    text = compact.text
    held = parentheticals(text)[0]
    inners = [text[a + 1 : b] for a, b in held]
    assert sorted(assignments._closing_unit_lists(compact, held, inners, set(inners))) == read

"""The bracket's fast paths (``loaders.assign.read_insides``) against the plain rule they stand for: a bracket whose
last field is a lone deadline field is read as the fields before it, read once for every bracket holding them
(``_deadline_last``), and that field; it must read as the whole bracket read by ``_labelled`` does. Compared on every
bracket of the bundled document, of the text fixtures, and on crafted ones (fields in every order, a deadline field
first, in the middle, last or twice, people, nested brackets, labels with roles, half-width marks)."""

from __future__ import annotations

from itertools import permutations

import pytest

from reformgraph.loaders import assign
from reformgraph.loaders.assignments import _TRIGGER
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from tests.support.readings import plan_texts


def _insides(text: str) -> list[str]:
    """The distinct insides of the parentheticals of ``text`` (compacted as the index reads them) that it reads."""
    t = Source.from_text(text).text.text
    return [i for i in dict.fromkeys(t[a + 1 : b] for a, b in parentheticals(t)[0]) if _TRIGGER.search(i)]


def _plainly(inners: list[str]) -> list:
    """``read_insides`` with no bracket read in parts: each read whole by ``_labelled`` (or as it reads no label)."""
    saved = assign._deadline_last, assign._tail_field
    assign._deadline_last = lambda inner, memo, heads, tails: None
    assign._tail_field = lambda tail: None  # (``read_insides``' own reading of a usual bracket in parts too)
    try:
        return assign.read_insides(inners, {})
    finally:
        assign._deadline_last, assign._tail_field = saved


def _same(inners: list[str]) -> None:
    """The fast path and the plain rule read ``inners`` alike: all at once (heads and fields shared), and each alone."""
    assert assign.read_insides(inners, {}) == _plainly(inners)
    for inner in inners:
        assert assign.read_insides([inner], {}) == _plainly([inner]), inner


FIELDS = [
    "牵头单位：区财政局",
    "配合单位：区税务局、区司法局",
    "责任单位：各街道办事处",
    "完成时限：2025年6月底前",
    "责任人：张某某",
    "联系电话：13900000000",
    "业主单位：县城投公司",
    "进展情况：已完成",
    "调整后完成时限：2026年底",
    "具体负责：张某某",
    "区财政局牵头，区税务局配合",
]

CRAFTED = [
    "牵头单位：区财政局；完成时限：2025年",
    "牵头单位：区财政局；配合单位：区税务局；完成时限：2025年；完成时限：2026年",  # twice
    "完成时限：2025年；牵头单位：区财政局；完成时限：2026年",  # first and last
    "牵头单位：区财政局；完成时限：2025年；配合单位：区税务局",  # in the middle
    "牵头单位：区财政局；配合单位：区税务局；调整后完成时限：2026年",
    "牵头单位：区财政局；调整后完成时限：2026年；完成时限：2025年",
    "牵头单位：区财政局；完成时限：",  # an empty deadline field
    "牵头单位：区财政局；完成时限：；",
    "牵头单位：区财政局；完成时限：第一阶段2022年；第二阶段2023年",  # a ；inside the deadline's value
    "牵头单位：区财政局；完成时限：2022年，配合单位：区税务局",  # a label inside it
    "牵头单位：区财政局；完成时限：2022年：3月",  # a colon inside it
    "牵头单位:区财政局;配合单位:区税务局;完成时限:2022年5月",  # half-width marks
    "牵头单位：区财政局；配合单位：区税务局。完成时限：2022年5月",
    "牵头单位：区财政局；配合单位：区税务局；完成时限:2022年5月",
    "牵头单位：区财政局，完成时限：2022年5月",  # a comma before it: read whole
    "区财政局牵头，区税务局配合；完成时限：2023年底前",  # no label before the deadline's
    "区财政局牵头，2024年8月底前完成，责任人：孙某某；完成时限：2025年",
    "区财政局牵头，2024年8月底前完成，责任人：孙某某；完成时限：",
    "县司法局；配合单位：县市场监管局；完成时限：2025年",  # units before the first label
    "市发改委牵头；责任单位：各区政府；完成时限：2025年",
    "牵头单位：区财政局；责任人：孙某某；2024年8月底前完成；完成时限：2025年",  # a person field's dated clause
    "业主单位：县城投公司；完成时限：2026年",  # a doer alone leads
    "业主单位：县城投公司；配合单位：县住建局；完成时限：2026年",
    "业主单位：县城投公司；牵头单位：县住建局；完成时限：2026年",
    "牵头单位：区财政局；进展情况：已完成；完成时限：2025年",  # done
    "牵头单位：区财政局；进展情况：已完成；完成时限：",
    "具体负责：张某某；完成时限：2025年",
    "具体负责：政策法规科；完成时限：2025年",
    "责任单位：县数据局（卫某某）、县住建局（蒋某）；完成时限：2025年",  # people in brackets
    "牵头单位：各区县（自治县）政府；配合单位：市级各部门；完成时限：2025年",  # a nested bracket
    "牵头单位：区财政局（牵头）、区税务局（配合）；完成时限：2025年",  # roles in brackets
    "牵头单位：区财政局、区税务局按职责分工负责；完成时限：2025年",
    "牵头单位：市税务局配合单位：市财政局；完成时限：2025年",  # a label after a unit, no mark
    "牵头单位：市税务局/配合单位：市财政局；完成时限：2025年",
    "市级责任部门：市税务局；区级责任主体：各区政府；完成时限：2025年",  # levels
    "县级责任领导：韩某某；完成时限：2025年",
    "责任人：张某某完成时限：2025年；完成时限：2026年",
    "配合单位：无；完成时限：2025年",
    "牵头单位：区财政局；督办领导：沈某；完成时限：2025年",  # a label the grammar does not know
    "牵头单位：区财政局；完成时限：2025年；",
    "；完成时限：2025年",
    "完成时限：2025年",
    "牵头单位：区财政局、区税务局等有关部门；完成时限：持续推进",
    "牵头单位：区财政局；配合单位：区税务局；完成时限：2025年6月底前；责任人：张某某",
]


@pytest.fixture(scope="module")
def bundled() -> list[str]:
    return _insides(decode_text(BUNDLED_DOCUMENT.read_bytes()))


def test_the_bundled_documents_brackets_read_as_the_plain_rule(bundled):
    assert len(bundled) > 300
    read = assign.read_insides(bundled, {})
    assert read == _plainly(bundled)
    heads: dict = {}
    in_parts = [inner for inner in bundled if assign._deadline_last(inner, {}, heads, {}) is not None]
    assert len(in_parts) > 350 and len(heads) < len(in_parts) * 2 // 3  # most are read in parts, their heads shared


def test_the_crafted_brackets_read_as_the_plain_rule():
    _same(CRAFTED)


def test_fields_in_every_order_with_a_deadline_read_as_the_plain_rule():
    inners = []
    for size in (1, 2, 3):
        for fields in permutations(FIELDS, size):
            for mark in ("；", ";", "。", "，"):
                inners.append(mark.join(fields))
                inners.append(mark.join(fields) + mark + "完成时限：2025年底前")
    _same(list(dict.fromkeys(inners)))


def test_the_fixtures_brackets_read_as_the_plain_rule():
    inners = list(dict.fromkeys(inner for text in plan_texts(bundled=False) for inner in _insides(text)))
    assert len(inners) > 1000
    assert assign.read_insides(inners, {}) == _plainly(inners)


def test_no_label_holds_a_colon_or_a_mark_a_last_field_is_cut_at():
    # ``_deadline_last`` cuts at a mark no label holds; ``_lone_deadline_field`` takes the text before the first colon
    # for ``LABEL``'s match at the start
    from reformgraph.loaders.vocab import ALL_LABELS, LABEL, LABEL_ROLES

    assert set(ALL_LABELS) == set(LABEL_ROLES)
    for label in ALL_LABELS:
        assert not set(label) & {"：", ":", *assign._LAST_FIELD_MARKS}, label
        assert LABEL.fullmatch(label + "：") is not None
        for value in ("2025年", "", "第一阶段；第二阶段", "区财政局，2025年", "某：某"):
            field = assign._lone_deadline_field(f"{label}：{value}")
            parts = LABEL.split(f"{label}：{value}")
            expected = (label, value) if len(parts) == 3 and LABEL_ROLES[label] == "deadline" else None
            # a colon in the value: None (the bracket read whole), whatever the split says
            assert field == (expected if "：" not in value else None), (label, value)


LISTS = [
    "区财政局、区税务局",
    "由区财政局、区税务局",
    "区财政局牵头、区税务局配合",
    "区财政局，区税务局配合",
    "区财政局等有关部门",
    "商务部等有关部门、区税务局",
    "区财政局①、区税务局",
    "市教育局张某某、区财政局",
    "各区、县人民政府、市财政局",
    "各市（州）、县（市、区）人民政府",
    "各市、州、县人民政府、有关市、州人民政府",
    "各省、自治区、直辖市人民政府",
    "市、县两级民政部门、市财政局",
    "市公安局、市级有关部门",
    "青石区、东湖区人民政府",
    "池北区、池西区管委会",
    "县“双随机、一公开”联席会议、县数据局",
    "区财政局/区税务局",
    "区财政局、按职责分工负责",
    "办公室、科长张某某",
    "各街道办事处、各村（社区）",
    "有关区县、各街镇",
    "区财政局由来、区税务局",
]


def _values_of(inners: list[str]) -> list[str]:
    """The field values of ``inners`` (``LABEL.split``'s parts between labels), with the crafted lists."""
    from reformgraph.loaders.vocab import LABEL

    return [*dict.fromkeys(part for inner in inners for part in LABEL.split(inner)[::2]), *LISTS]


def test_plain_lists_read_as_the_plain_rule(bundled, monkeypatch):
    # ``plain_list``'s piece that is a name alone, and ``_split_items``' gate before ``_each_level_joined``
    from reformgraph.loaders import unit_lists

    values = _values_of(bundled)
    for piece in ("、", "，"):
        values += [piece.join(pair) for pair in permutations(LISTS[:12], 2)]
    fast = [unit_lists.plain_list(v, 3, role, "support") for v in values for role in (None, "lead")]
    monkeypatch.setattr(unit_lists, "_NAME_ALONE_LAST", frozenset())
    monkeypatch.setattr(unit_lists, "_a_level_ends_one", lambda pieces: True)
    assert fast == [unit_lists.plain_list(v, 3, role, "support") for v in values for role in (None, "lead")]


def test_a_name_alone_ends_as_none_of_the_rules_looks_at():
    from reformgraph.loaders import unit_lists
    from reformgraph.loaders.vocab import ROLE_LAST

    alone = unit_lists._NAME_ALONE_LAST
    assert alone and alone <= unit_lists.UNIT_LAST_CHARACTERS
    assert not alone & ROLE_LAST and not alone & unit_lists._NOTE_LAST


def test_fields_split_as_the_label_pattern_splits_them(bundled):
    # ``_split_fields`` stands for ``LABEL.split`` where it gives a split
    from reformgraph.loaders.vocab import LABEL

    texts = [*bundled, *CRAFTED]
    texts += [mark.join(fields) + end for fields in permutations(FIELDS, 2) for mark in "；;" for end in ("", "；")]
    texts += [inner.rpartition("；")[0] + "；" for inner in texts]
    texts += ["", "；", "；；", "牵头单位：", "牵头单位：；", "：区财政局；", "牵头单位:区财政局；配合单位：区税务局；"]
    split = 0
    for text in dict.fromkeys(texts):
        parts = assign._split_fields(text)
        if parts is not None:
            split += 1
            assert parts == LABEL.split(text), text
    assert split > 300

"""The index's fast paths of session 44 (issue 15) read exactly as the rules they stand for.

``assign._usual_head`` reads the usual fields before a bracket's deadline field (``牵头单位：A、B；配合单位：C；``:
``assign._USUAL_HEAD``) from one match's groups instead of the split and the fold (``_split_fields``, ``_fields_of``);
a value that is a list of names alone (``unit_lists.NAMES_ALONE``) is read by ``unit_lists.names_units`` instead of
``_field_value`` and ``people_apart``; and ``unit_lists.plain_list`` reads a list of several names alone with no rule
but the name-alone path (``_names_alone``) instead of its loop (``_listed_units``). Each is compared with what it
stands for on every bracket of the bundled document and of the text fixtures, on crafted cases, and on seeded random
heads and lists made of usual pieces and pieces the fast paths must refuse or read otherwise.
"""

from __future__ import annotations

import random

import pytest

from reformgraph.loaders import assign, unit_lists
from reformgraph.loaders.assignments import _TRIGGER
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from reformgraph.loaders.vocab import DOER_LABELS, LABEL_ROLES, OFFICE_OR_PERSON_LABELS
from reformgraph.regexcache import compiled
from tests.support.readings import plan_texts

_NAMES_ALONE = compiled(unit_lists.NAMES_ALONE)


def _insides(text: str) -> list[str]:
    """The distinct insides of the parentheticals of ``text`` (compacted as the index reads them) that it reads."""
    t = Source.from_text(text).text.text
    return [i for i in dict.fromkeys(t[a + 1 : b] for a, b in parentheticals(t)[0]) if _TRIGGER.search(i)]


@pytest.fixture(scope="module")
def bundled() -> list[str]:
    return _insides(decode_text(BUNDLED_DOCUMENT.read_bytes()))


@pytest.fixture(scope="module")
def fixtures() -> list[str]:
    return list(dict.fromkeys(inner for text in plan_texts(bundled=False) for inner in _insides(text)))


def _heads(inners: list[str]) -> list[str]:
    """Every text before a mark of each bracket (the heads ``_deadline_last`` may read, and more)."""
    out = []
    for inner in inners:
        for mark in assign._LAST_FIELD_MARKS:
            at = inner.find(mark)
            while at != -1:
                out.append(inner[: at + 1])
                at = inner.find(mark, at + 1)
    return list(dict.fromkeys(out))


def _state(fields) -> dict | None:
    return None if fields is None else {name: getattr(fields, name) for name in assign._Fields.__slots__}


def _folded(text: str, memo: dict) -> dict | None:
    """What the split and the fold read of a head: the rule ``_usual_head`` stands for."""
    return _state(assign._fields_of(text, 0, len(text), assign._NO_STARTS, memo, assign._split_fields(text)))


def _same_heads(heads: list[str]) -> int:
    """``_usual_head`` reads each head as the fold does (alone, and with a memo shared by all); how many it read."""
    fast_memo: dict = {}
    fold_memo: dict = {}
    read = 0
    for head in heads:
        fast = assign._usual_head(head, {})
        if fast is not None:
            read += 1
            assert _state(fast) == _folded(head, {}), head
            assert _state(assign._usual_head(head, fast_memo)) == _folded(head, fold_memo), head
    return read


def test_the_usual_labels_name_a_lead_and_support_no_office_person_or_doer():
    assert assign._USUAL_ROLES == ("lead", "support")
    for label in assign._USUAL_LABELS:
        assert label not in OFFICE_OR_PERSON_LABELS and label not in DOER_LABELS
        assert LABEL_ROLES[label] in ("lead", "support")


def test_the_bundled_documents_heads_read_as_the_fold(bundled):
    heads = _heads(bundled)
    assert _same_heads(heads) >= 175  # of the 206 heads its deadline fields close


def test_the_fixtures_heads_read_as_the_fold(fixtures):
    assert len(fixtures) > 1000
    assert _same_heads(_heads(fixtures)) > 300


def _without_fast_paths(inners: list[str]) -> list:
    """``read_insides`` with no usual head read from its groups (the pattern matches nothing)."""
    saved = assign._USUAL_LEAD
    assign._USUAL_LEAD = compiled("(?!)")
    try:
        return assign.read_insides(inners, {})
    finally:
        assign._USUAL_LEAD = saved


def test_every_bracket_reads_as_without_the_usual_head(bundled, fixtures):
    for inners in (bundled, fixtures):
        assert assign.read_insides(inners, {}) == _without_fast_paths(inners)


CRAFTED_HEADS = [
    "牵头单位：区财政局；",
    "牵头单位：区财政局；配合单位：区税务局、区司法局；",
    "牵头单位：；",
    "牵头单位：；配合单位：；",
    "牵头单位：无；配合单位：区税务局；",
    "牵头单位：区财政局；配合单位：无；",
    "牵头单位：暂无；配合单位：——；",
    "牵头单位：区财政局、区税务局按职责分工负责；",
    "牵头单位：区财政局，各有关部门按职责分工负责；",
    "牵头单位：区财政局会同区税务局；",
    "牵头单位：区财政局、区税务局；配合单位：区商务委会同区司法局；",
    "牵头单位：区财政局、科长张某某；",
    "牵头单位：青石区、东湖区人民政府；配合单位：汉滨区委、区政府；",
    "牵头单位：池北区、池西区管委会；",
    "牵头单位：各区、县人民政府；",
    "牵头单位：两江新区、九龙坡区；",
    "牵头单位：市人民防空办、市财政局；",
    "牵头单位：市规划自然资源局等市级相关部门；",
    "牵头单位：区财政局，2025年底前；",
    "牵头单位：区财政局。区税务局；",
    "牵头单位： 区财政局；",
    "牵头单位：区财政局¹、区税务局；",
    "牵头单位：县“双随机、一公开”联席会议；",
    "牵头单位：★区财政局、区税务局；",
    "牵头单位：区财政局和区税务局；",
    "牵头单位：由区财政局；",
    "牵头单位：区财政局牵头；",
    "牵头单位：区财政局、；",
    "牵头单位：、区财政局；",
    "牵头单位：区财政局、、区税务局；",
    "牵头单位：区财政局（张某）；",
    "牵头单位：区财政局；配合单位：区税务局；配合单位：区司法局；",
    "牵头单位：区财政局；责任人：张某；",
    "配合单位：区税务局；",
    "牵头单位:区财政局;",
    "牵头单位：区财政局；配合单位：区税务局",
]


def test_crafted_heads_read_as_the_fold():
    _same_heads(CRAFTED_HEADS)
    assert assign._usual_head("牵头单位：区财政局；配合单位：区税务局", {}) is None


_NAMES = [
    "区财政局",
    "市发展改革委",
    "重庆海关",
    "市级相关部门",
    "市人民防空办",
    "有关主管部门",
    "两江新区",
    "各区县政府",
]
_ODD = [
    "", "无", "张某某", "科长张某某", "区财政局（张某）", "区财政局牵头", "由区财政局", "区财政局等", "商务部等有关部门",
    "区财政局会同区税务局", "区财政局和区税务局", "县审计局①", "区财政局。", " 区财政局", "区财政局¹", "各区", "县人民政府",
    "青石区", "东湖区人民政府", "池北区", "池西区管委会", "汉滨区委", "区政府", "市", "县两级民政部门", "★区住建局",
    "县“双随机", "一公开”联席会议", "2025年底前", "持续推进", "区财政局督促指导区税务局落实", "区财政局：说明",
    "按职责分工负责", "各有关部门按职责分工负责", "市²局", "Ａ局",
]  # fmt: skip
_MARKS = ["、", "、", "、", "，", ",", "/", "；", "。", "；；", ""]


def _random_list(rng: random.Random) -> str:
    pieces = [rng.choice(_NAMES) if rng.random() < 0.75 else rng.choice(_ODD) for _ in range(rng.randint(1, 5))]
    out = pieces[0]
    for piece in pieces[1:]:
        out += (rng.choice(_MARKS) if rng.random() < 0.2 else "、") + piece
    return out


def _random_head(rng: random.Random) -> str:
    labels = ["牵头单位", "配合单位", "牵头单位", "责任单位", "完成时限", "责任人"]
    head = "牵头单位：" if rng.random() < 0.9 else rng.choice(labels) + rng.choice(["：", ":", ""])
    head += _random_list(rng) + ("；" if rng.random() < 0.92 else rng.choice([";", "。", "，", ""]))
    if rng.random() < 0.7:
        head += ("配合单位" if rng.random() < 0.9 else rng.choice(labels)) + ("：" if rng.random() < 0.95 else ":")
        head += _random_list(rng) + ("；" if rng.random() < 0.92 else rng.choice([";", "。", ""]))
    return head


def test_random_heads_read_as_the_fold():
    rng = random.Random(44)
    heads = list(dict.fromkeys(_random_head(rng) for _ in range(6000)))
    assert _same_heads(heads) > 2500


def _field_read(value: str, at: int, role: str) -> tuple:
    """What the fold reads of a unit field's value (closed by ``；``): the rule ``names_units`` stands for."""
    return unit_lists.people_apart(assign._field_value(value, value, at, role))


def _same_lists(lists: list[str]) -> int:
    """Each list reads as its rules do: ``names_units`` (where ``NAMES_ALONE`` matches) as the fold's field reading
    and as ``plain_list``; ``plain_list`` as its loop. How many ``names_units`` read."""
    read = 0
    for items in lists:
        for role in ("lead", "support"):
            assert unit_lists.plain_list(items, 7, None, role) == unit_lists._listed_units(items, 7, None, role), items
            if _NAMES_ALONE.fullmatch(items) is not None and "会同" not in items:
                read += 1
                units = unit_lists.names_units(items, 7, role)
                assert units == unit_lists.plain_list(items, 7, None, role), items
                assert (units, None, False, (), ()) == _field_read(items + "；", 7, role), items
    return read


def test_every_field_value_of_the_brackets_reads_as_its_rules(bundled, fixtures):
    values = []
    for inner in bundled + fixtures:
        for part in inner.replace("：", ";").replace(":", ";").replace("；", ";").split(";"):
            values.append(part)
    values = list(dict.fromkeys(values))
    assert _same_lists(values) > 500


def test_random_lists_read_as_their_rules():
    rng = random.Random(60)
    lists = list(dict.fromkeys(_random_list(rng) for _ in range(8000)))
    assert _same_lists(lists) > 400


def test_names_alone_ends_as_a_name_alone_and_holds_nothing_a_rule_reads():
    # each piece's last character: a name's alone (no role verb, no note mark), 各 and levels only on the last piece
    assert not unit_lists._NAME_ALONE_LAST & unit_lists._NOT_IN_NAME_ALONE
    assert not unit_lists._NAME_ALONE_NOT_LEVEL & unit_lists._EACH_LEVEL_LAST
    assert not set("责") & unit_lists._NAME_ALONE_LAST  # no lead field of names alone closes with 按职责分工负责
    assert unit_lists._NAME_ALONE_LAST <= unit_lists.UNIT_LAST_CHARACTERS  # no person among them (``people_apart``)
    for word in ("会同",):
        assert unit_lists.NOT_PLAIN_VALUE.search(word) is not None
    for name in ("区财政局", "区财政局、区税务局", "区财政局、两江新区", "各区县政府、区财政局"):
        assert _NAMES_ALONE.fullmatch(name) is not None, name
    for name in (
        "两江新区、区财政局",
        "区财政局、",
        "区财政局，区税务局",
        "区财政局等",
        "区财政局和区税务局",
        "区财政局协办",  # (市人民防空办, a name ending as a role verb does and no verb, is one since session 45)
    ):
        assert _NAMES_ALONE.fullmatch(name) is None, name

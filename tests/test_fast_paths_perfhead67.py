"""Session 51's fast path in ``assign._usual_field`` (helper perfhead67) against the rule it stands for.

A usual head's field whose value is a list of names alone closed by an open list's piece (``市发展改革委、市财政局等
有关部门``, ``市人民防空办等``) is read by ``unit_lists.open_names_units``, not by the general field reader
(``assign._field_value``, then ``people_apart``). Its units must be those the general reader reads (nothing after
them, nothing first listed or carried, no person), on the bundled plan's fields, on crafted values and on seeded
random ones; and every head and bracket must read as the fold reads it (``_fields_of``, ``_labelled``).
"""

from __future__ import annotations

import random

from reformgraph.loaders import assign
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.unit_lists import open_names_units, people_apart
from tests.test_fast_paths_bracket import _insides
from tests.test_fast_paths_perfinside66 import _as_the_fold, _as_the_fold_in_heads, _heads, _same

LABEL = "配合单位："

CRAFTED = [
    "市发展改革委等有关部门",
    "市发展改革委、市财政局、市市场监管局等有关部门",
    "市规划自然资源局、市人民防空办等",
    "市发展改革委、市住房城乡建设委、市市场监管局等部门",
    "市住房城乡建设委、市规划自然资源局等市级相关部门",
    "区房管局等建设主管部门",  # a tail naming the bodies' type: nobody added
    "妇联等群团组织",
    "市财政局等",
    "等有关部门",  # no head
    "市财政局等等",
    "市财政局等牵头",  # a verb after the open list
    "市财政局等配合",
    "市财政局、等有关部门",
    "市财政局、市税务局等按职责分工负责",
    "市财政局、各负其责等",
    "市财政局等有关部门各负其责",  # a shared duty (as a lead: ``_take_read``'s rule)
    "市财政局，市税务局等有关部门",  # a comma: not this path
    "各区、县等有关部门",  # a level before the last piece
    "两江新区、九龙坡区等",
    "市委、办等有关部门",  # 委、办
    "区发展改革委、办、局等有关部门",  # 委、办 before the last piece: one collective (``bureaus_joined``)
    "区发展改革委、办等",
    "区政府、区财政局等有关部门",  # a body places may share
    "汉滨区委、区政府等",
    "市财政局、推进办等有关部门",  # the task's words' first character
    "市财政局、对外贸易局等",
    "市财政局、张某某等",
    "科长张某某等",
    "市财政局等张某某",
    "市财政局等科长张某某",  # a person after 等: ``people_apart`` sets it apart
    "市财政局、区局等局长张三",
    "市财政局等有关部门负责人张某某",
    "市财政局等有关部门①",
    "市财政局等有关部门]",
    "本部分任务由市财政局等有关部门",
    "市人民防空办、市财政局等有关单位",
    "市协办等有关部门",
    "区监督部门、市财政局等有关部门",
    "市财政局等有关部门和单位",
    "市财政局（牵头）等有关部门",
    "市财政局等有关部门（牵头）",
]

PIECES = [
    "市财政局",
    "市发展改革委",
    "市人民防空办",
    "有关主管部门",
    "区监督部门",
    "市住房城乡建设委",
    "两江新区",
    "九龙坡区",
    "各区县",
    "各区",
    "县人民政府",
    "区政府",
    "区委",
    "办",
    "局",
    "市委",
    "推进办",
    "对外贸易局",
    "将军局",
    "张某某",
    "科长张某某",
    "市财政局牵头",
    "市财政局配合",
    "市协办",
    "市级有关部门",
    "各街道",
    "镇",
    "市财政局①",
    "由市财政局",
    "重庆海关",
    "中铁联集重庆分公司",
    "市公共资源交易中心",
    "妇联",
    "积极配合",
    "市",
]
TAILS = [
    "",
    "部门",
    "有关部门",
    "相关部门",
    "市级相关部门",
    "市级有关部门",
    "有关单位",
    "单位",
    "建设主管部门",
    "群团组织",
    "人民团体",
    "牵头",
    "配合",
    "负责",
    "协办",
    "按职责分工负责",
    "各负其责",
    "张某某",
    "有关部门①",
    "有关部门]",
    "推进部门",
    "对口部门",
    "有关部门牵头",
    "政府",
    "管委会",
]


def _general(value: str, begin: int, role: str) -> list:
    """The general reader's reading of a field's value, where it is what the fast path must make."""
    text = LABEL + value + "；"
    units, rest, first_listed, carried, persons = people_apart(assign._field_value(text, value + "；", begin, role))
    assert (rest, first_listed, tuple(carried), persons) == (None, False, (), ()), value
    return [tuple(u) for u in units]


def _fast_as_general(value: str, begin: int = len(LABEL), role: str = "support") -> bool:
    """Whether the fast path read ``value``; its units, when it did, the general reader's."""
    fast = open_names_units(value, begin, role)
    if fast is None:
        return False
    assert fast == _general(value, begin, role), value
    return True


def _random_value(rng: random.Random) -> str:
    names = [rng.choice(PIECES) for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 5)))]
    last = rng.choice(PIECES) + "等" + rng.choice(TAILS)
    return "、".join([*names, last])


def test_crafted_values():
    taken = [value for value in CRAFTED if _fast_as_general(value)]
    for role in ("lead", "support", "responsible"):
        for value in CRAFTED:
            _fast_as_general(value, 5, role)
    assert len(taken) >= 8  # the path is taken (a test of nothing read passes every value)


def test_random_values():
    rng = random.Random(67)
    taken = 0
    for _ in range(4000):
        taken += _fast_as_general(_random_value(rng), rng.randrange(0, 30), rng.choice(("lead", "support")))
    assert taken >= 400


def test_crafted_and_random_heads_as_the_fold():
    rng = random.Random(167)
    values = CRAFTED + [_random_value(rng) for _ in range(600)]
    _as_the_fold_in_heads(values)


def test_the_bundled_plans_fields():
    text = decode_text(BUNDLED_DOCUMENT.read_bytes())
    inners = _insides(text)
    fields = {
        (head, m.start(2), m.group(2))
        for head in _heads(inners)
        for m in assign._USUAL_SUPPORT.finditer(head)
        if m.group(2) is not None and "等" in m.group(2)
    }
    taken = [value for head, at, value in fields if _fast_as_general(value, at)]
    assert len(taken) >= 8  # of the bundled plan's supporting fields closed by an open list
    for head in _heads(inners):
        _as_the_fold(head)
    _same(inners)

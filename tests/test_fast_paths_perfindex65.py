"""Session 49's index fast paths (helper perfindex65) against the rules they stand for.

``unit_lists.may_share_a_body`` looks for the committees ``shared_bodies`` reads (管委会, 管理委员会, 党委, 党工委, 区委 …)
by one search of the character before their 委 (``_COMMITTEE_TAIL``) in place of an ``in`` for each. It lets through
every list that holds one of them (the rule: the nine ``in``), and the few more it lets through (总工委, 市管委办 …)
``shared_bodies`` leaves as they are. Compared on every list the bundled plan and the text fixtures hand to the gate
(recorded while each is parsed), on crafted lists and on seeded random lists of pieces that hold the words or come
near them.

``assign._USUAL_VALUE`` takes a value holding a bracket (各区县（自治县）司法局, 县数据局（卫某某）) as its other values,
with the people ``_bracketed_people`` finds in it, and ``_USUAL_LEAD`` a first field labelled 责任单位 as 牵头单位's with
its role: compared with the split and the fold (``_fields_of``) on crafted and seeded random heads, alone and with one
memo, and on whole brackets against each read whole (``_plainly``).
"""

from __future__ import annotations

import random

import pytest
from support.readings import gate_questions

from reformgraph.loaders import assign, unit_lists
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import RoleUnit


def _by_the_nine(written: str) -> bool:
    """The gate as written before: each committee looked for by an ``in`` of its own."""
    return (
        "府" in written
        or ("委" in written and any(word in written for word in unit_lists._COMMITTEES))
        or ("处" in written and "街道办事处" in written)
        or ("所" in written and "派出所" in written)  # places sharing one station (round 67 heldout11)
    )


def _unchanged(written: str) -> bool:
    """Whether ``shared_bodies`` leaves the units of ``written`` (split at its marks) as they are."""
    pieces = [piece for piece in unit_lists.ITEM_MARK.split(written) if piece]  # (no caller hands an empty name)
    units = [RoleUnit(piece, None, k) for k, piece in enumerate(pieces)]
    return unit_lists.shared_bodies(units) == units


def _same(written: str) -> None:
    fast, rule = unit_lists.may_share_a_body(written), _by_the_nine(written)
    assert fast or not rule, written  # every list the rule lets through passes
    if fast != rule:
        assert _unchanged(written), written  # and those only the search lets through change nothing


@pytest.fixture(scope="module")
def recorded() -> list[str]:
    """The lists the gate is asked of while the bundled plan and the text fixtures are parsed."""
    return gate_questions(
        unit_lists, "may_share_a_body", {".md", ".txt"}, lambda path: parse_document(decode_text(path.read_bytes()))
    )


def test_the_corpus_lists_pass_as_by_the_nine(recorded):
    for written in recorded:
        _same(written)
    assert len(recorded) > 300
    assert sum(map(_by_the_nine, recorded)) > 20


CRAFTED = [
    "青石区、东湖区人民政府",
    "池北区、池西区管委会",
    "池北区、池西区管理委员会",
    "汉滨区委、区政府",
    "蓉江、东山街道办事处",
    "唐江镇、龙回镇党委",
    "唐江镇、龙回镇党工委",
    "市委组织部、市委宣传部",
    "市发展改革委、市财政局",
    "市市场监管局、区商务委",
    "市卫生处",
    "市总工委、市教委",  # 工委 with no 党 before it: let through, nothing changed
    "市管委办、县乡委",
    "理委、管委",
    "委、区委",
    "甲乡、乙乡委",
    "甲镇、乙镇委",
    "高新区、经开区管委会、县委",
    "委员会、管委",
]


def test_crafted_lists_pass_as_by_the_nine():
    for written in CRAFTED:
        _same(written)


_PIECES = [
    "青石区",
    "东湖区",
    "甲镇",
    "乙乡",
    "区委",
    "县委",
    "镇委",
    "乡委",
    "市委",
    "区政府",
    "人民政府",
    "管委会",
    "管理委员会",
    "党委",
    "党工委",
    "总工委",
    "管委",
    "理委",
    "市教委",
    "市发展改革委",
    "街道办事处",
    "市财政局",
    "各区县",
    "委",
]


def test_random_lists_pass_as_by_the_nine():
    rng = random.Random(65)
    for _ in range(6000):
        pieces = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 2))) for _ in range(rng.randint(1, 4))]
        _same(rng.choice("、，").join(pieces))


# ``assign._USUAL_VALUE`` takes a value holding a bracket (各区县（自治县）司法局: a name's, or a unit's person's: 县数据局
# （卫某某）) as its other values (the fold's field step: ``_field_value``, ``people_apart``), with the people
# ``_bracketed_people`` finds in it before those of the value's reading, as the fold takes them
BRACKETED_HEADS = [
    "牵头单位：市司法局；配合单位：各区县（自治县）司法局；",
    "牵头单位：市公共资源交易中心；配合单位：各区县(自治县)公共资源交易中心；",
    "牵头单位：市高法院；配合单位：市司法局、两江新区（自贸区）法院、市律协、调解组织、仲裁机构；",
    "牵头单位：县数据局（卫某某）；配合单位：县住建局（蒋某）、市交通委（计划财务处）；",
    "牵头单位：县数据局（卫某某）、科长张某某；配合单位：县住建局（蒋某）；",
    "牵头单位：区财政局（牵头）；配合单位：区税务局（配合）；",
    "牵头单位：区财政局（张某，13900000000）；",
    "牵头单位：区财政局（）；配合单位：（区税务局）；",
    "牵头单位：区财政局（2025年底前）；",
    "牵头单位：（张某）；配合单位：无（暂缺）；",
    "牵头单位：区财政局（张某；",
    "牵头单位：区财政局）；配合单位：区税务局(；",
    "牵头单位：区财政局（负责人张某某）、区税务局（李四）；配合单位：各街道（镇）；",
    "牵头单位：各县〔市、区〕政府；配合单位：各地〈州、市〉卫生健康委；",
    # and heads whose first label is 责任单位 (responsible units, then supporting ones)
    "责任单位：市应急局；",
    "责任单位：北碚区人民政府、市发展改革委；配合单位：各区县人民政府，市政府有关部门；",
    "责任单位：各区县人民政府，市政府有关部门；配合单位：市发展改革委；",
    "责任单位：区财政局、区税务局按职责分工负责；配合单位：区商务委；",
    "责任单位：区财政局，各有关部门按职责分工负责；",
    "责任单位：无；配合单位：区税务局（张某）；",
    "责任单位：区财政局（张某）；",
    "责任单位：科长张某某；配合单位：区税务局；",
]


def _whole(head: str) -> list:
    return [head + "完成时限：2025年", head + "完成时限：", head + "完成时限:持续推进"]


def test_heads_with_a_bracket_in_a_value_read_as_the_fold():
    from tests.test_fast_paths_bracket import _plainly
    from tests.test_fast_paths_perfindex60 import _folded, _state

    read = 0
    for head in BRACKETED_HEADS:
        fast = assign._usual_head(head, {})
        if fast is not None:
            read += 1
            assert _state(fast) == _folded(head, {}), head
        inners = _whole(head)
        assert assign.read_insides(inners, {}) == _plainly(inners), head
    assert read >= 18
    inners = [inner for head in BRACKETED_HEADS for inner in _whole(head)]
    assert assign.read_insides(inners, {}) == _plainly(inners)


def test_random_heads_with_brackets_in_values_read_as_the_fold():
    from tests.test_fast_paths_bracket import _plainly
    from tests.test_fast_paths_perfindex60 import _folded, _state

    rng = random.Random(49)
    names = [
        "区财政局",
        "各区县（自治县）司法局",
        "县数据局（卫某某）",
        "两江新区（自贸区）法院",
        "市交通委（计划财务处）",
    ]
    names += [
        "区税务局(张三)",
        "（张某）",
        "区财政局（",
        "区财政局）",
        "张某某",
        "无",
        "区财政局（牵头）",
        "各街道（镇）",
    ]
    memo: dict = {}
    fold_memo: dict = {}
    heads = []
    for _ in range(1500):
        head = (
            rng.choice(["牵头单位：", "责任单位："])
            + rng.choice("、，").join(rng.sample(names, rng.randint(1, 3)))
            + "；"
        )
        if rng.random() < 0.7:
            head += "配合单位：" + "、".join(rng.sample(names, rng.randint(1, 3))) + "；"
        heads.append(head)
        fast = assign._usual_head(head, {})
        if fast is not None:
            assert _state(fast) == _folded(head, {}), head
            assert _state(assign._usual_head(head, memo)) == _folded(head, fold_memo), head
    inners = [head + "完成时限：2025年" for head in dict.fromkeys(heads)]
    assert assign.read_insides(inners, {}) == _plainly(inners)

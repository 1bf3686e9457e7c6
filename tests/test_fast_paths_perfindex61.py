"""The index's fast paths of session 45 (issue 15) read exactly as the rules they stand for.

``unit_lists.NAMES_ALONE`` takes each piece whole (a possessive run, its last character asked after it) and
``assign._USUAL_HEAD`` takes each value atomically: both match what their greedy forms matched, with the same groups.
The patterns are compared with those forms (kept here) on every field value and head of the bundled document's and
the text fixtures' brackets and on seeded random lists and heads.

``NAMES_ALONE`` also takes a piece ending as a role verb does that is no verb and joins no two bodies
(``_NAME_NO_VERB``: 市人民防空办, 有关主管部门), which ``names_units`` reads: compared with the field reading it
stands for (``_field_value``, ``people_apart``) and with ``plain_list`` on lists made of such pieces and of pieces that
are verbs, join two bodies or hold a joint's first character.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from reformgraph.loaders import assign, unit_lists
from reformgraph.regexcache import compiled
from tests.support.readings import plan_texts

sys.path.insert(0, str(Path(__file__).parent))
from test_fast_paths_perfindex60 import _heads, _insides, _random_head, _random_list  # noqa: E402

_NAMES_ALONE = compiled(unit_lists.NAMES_ALONE)

# the greedy forms (session 44's): each piece a run given back to its last character
_GREEDY_PIECE = f"[^{unit_lists._characters(unit_lists._NOT_IN_NAME_ALONE)}]*"
_GREEDY_NO_VERB = (
    f"[^{unit_lists._characters(unit_lists._NOT_IN_NAME_ALONE | unit_lists._JOINT_FIRST)}]*"
    f"[{unit_lists._characters(unit_lists._NAME_OR_VERB_LAST)}]"
    + "".join(f"(?<!{v})" for v in unit_lists._VERBS_ENDING)
)
_GREEDY_NAMES_ALONE = (
    f"(?:(?:{_GREEDY_PIECE}[{unit_lists._characters(unit_lists._NAME_ALONE_NOT_LEVEL)}]|{_GREEDY_NO_VERB})、)*"
    f"(?:{_GREEDY_PIECE}[{unit_lists._characters(unit_lists._NAME_ALONE_LAST)}]|{_GREEDY_NO_VERB})"
)
_GREEDY_VALUE = rf"(?:({_GREEDY_NAMES_ALONE})|([^：:；;]*))；"  # (a bracket in a value: session 49)
_GREEDY_HEAD = compiled(rf"(?:牵头|责任)单位：{_GREEDY_VALUE}(?:配合单位：{_GREEDY_VALUE})?")
_GREEDY_LIST = compiled(_GREEDY_NAMES_ALONE)


@pytest.fixture(scope="module")
def inners() -> list[str]:
    return list(dict.fromkeys(inner for text in plan_texts() for inner in _insides(text)))


def _same_heads(heads: list[str]) -> int:
    """``_USUAL_HEAD`` matches each head as its greedy form does, with the same groups; how many it matched."""
    matched = 0
    for head in heads:
        new, old = assign._USUAL_HEAD.fullmatch(head), _GREEDY_HEAD.fullmatch(head)
        assert (new is None) == (old is None), head
        if new is not None:
            matched += 1
            assert new.groups() == old.groups(), head
    return matched


def _same_lists(lists: list[str]) -> int:
    """``NAMES_ALONE`` matches each list (alone, and followed by ``；``) as its greedy form does; how many."""
    matched = 0
    followed = compiled(f"({unit_lists.NAMES_ALONE})；")
    greedy_followed = compiled(f"({_GREEDY_NAMES_ALONE})；")
    for items in lists:
        new = _NAMES_ALONE.fullmatch(items) is not None
        assert new == (_GREEDY_LIST.fullmatch(items) is not None), items
        assert (followed.match(items + "；") is None) == (greedy_followed.match(items + "；") is None), items
        matched += new
    return matched


def test_the_brackets_heads_match_as_the_greedy_head(inners):
    assert _same_heads(_heads(inners)) > 400


def test_random_heads_match_as_the_greedy_head():
    rng = random.Random(61)
    assert _same_heads(list(dict.fromkeys(_random_head(rng) for _ in range(8000)))) > 3000


def test_the_brackets_values_match_as_the_greedy_list(inners):
    values = []
    for inner in inners:
        values.extend(inner.replace("：", ";").replace(":", ";").replace("；", ";").split(";"))
    assert _same_lists(list(dict.fromkeys(values))) > 500


def test_random_lists_match_as_the_greedy_list():
    rng = random.Random(61)
    lists = list(dict.fromkeys(_random_list(rng) for _ in range(8000)))
    lists += [items + "、" + tail for items, tail in zip(lists, ["", "、", "；", "，区财政局", "区财政局"] * 2000)]
    assert _same_lists(lists) > 300


_NO_VERB = [
    "市人民防空办",
    "市级相关部门",
    "有关主管部门",
    "市安委会成员单位",
    "各社会团体",
    "市政府口岸物流办",
    "区督查",
]
_VERB_LIKE = [
    "区财政局协办", "区政府督办", "协办", "市发改委为牵头部门", "区局作为配合单位", "为责任主体", "区监督部门",
    "各社区党组织", "县交通运输局督促指导各乡镇人民政府", "区局联合区政府办", "市财政局分别组织", "区财政局督查",
    "各区", "县人民政府", "区财政局等", "区财政局", "两江新区", "市发展改革委", "张某某",
]  # fmt: skip


def _no_verb_list(rng: random.Random) -> str:
    pieces = [rng.choice(_NO_VERB) if rng.random() < 0.6 else rng.choice(_VERB_LIKE) for _ in range(rng.randint(1, 4))]
    return "、".join(pieces) if rng.random() < 0.9 else "，".join(pieces)


def test_names_ending_as_a_verb_read_as_their_rules():
    rng = random.Random(45)
    lists = list(dict.fromkeys(_no_verb_list(rng) for _ in range(4000)))
    read = 0
    for items in lists:
        for role in ("lead", "support"):
            assert unit_lists.plain_list(items, 7, None, role) == unit_lists._listed_units(items, 7, None, role), items
            if _NAMES_ALONE.fullmatch(items) is not None:
                read += 1
                units = unit_lists.names_units(items, 7, role)
                assert units == unit_lists.plain_list(items, 7, None, role), items
                assert (units, None, False, (), ()) == unit_lists.people_apart(
                    assign._field_value(items + "；", items + "；", 7, role)
                ), items
    assert read > 300
    assert _same_lists(lists) > 150


def test_a_name_ending_as_a_verb_is_read_so_only_where_no_verb_or_joint_is():
    for name in ("市人民防空办", "有关主管部门", "市财政局、市级相关部门", "市安委会成员单位、区财政局"):
        assert _NAMES_ALONE.fullmatch(name) is not None, name
    for name in ("区财政局协办", "为牵头部门", "区监督部门", "各社区党组织", "市级有关部门和单位", "区政府督办、区局"):
        assert _NAMES_ALONE.fullmatch(name) is None, name
    assert not unit_lists._NAME_OR_VERB_LAST & (unit_lists._NAME_ALONE_LAST | unit_lists._EACH_LEVEL_LAST)
    assert unit_lists._NAME_OR_VERB_LAST <= unit_lists.UNIT_LAST_CHARACTERS  # no person (``people_apart``)

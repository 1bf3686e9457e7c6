"""The index's fast paths of session 47 (issue 15) read exactly as the rules they stand for.

``assign._usual_field`` reads a usual head's value of names alone with a comma among its marks
(``市高法院，市司法局``: ``unit_lists.NAMES_ALONE_MARKED``, no deadline after a comma: ``DEADLINE_COMMA``) by
``unit_lists.names_units`` instead of ``_field_value`` and ``people_apart`` (the fold's field step: ``plain_list``'s
name-alone path, ``_names_alone`` of its ``ITEM_MARK.split``). Compared with the fold on every head of the bundled
document and of the text fixtures, on crafted heads (a deadline or a name opening as one after a comma, 等, levels,
people, brackets, marks to strip, half-width commas) and on seeded random heads and lists; and every bracket read
with the fast path as without it. ``_deadline_last`` keeps a usual head's parts (``_usual_parts``), its fields made
only for an empty deadline field: crafted brackets read as without the usual head.

``unit_names.strip_name_brackets`` returns a name whose last character is no closing bracket (nor a line break) as
it is, and ``is_unit_name`` asks a name's last character before ``str.endswith`` of the 80 endings: both compared
with their rules (the regex loop; the endings alone) on every piece of the bundled plan's and the fixtures'
brackets and on crafted names.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from reformgraph.loaders import assign, unit_lists, unit_names
from reformgraph.regexcache import compiled

sys.path.insert(0, str(Path(__file__).parent))
from test_fast_paths_perfindex60 import (  # noqa: E402
    _NAMES,
    _ODD,
    _field_read,
    _heads,
    _same_heads,
    bundled,  # noqa: F401  (fixtures of this module too)
    fixtures,  # noqa: F401
)

_MARKED = compiled(unit_lists.NAMES_ALONE_MARKED)


def _comma_values(heads: list[str]) -> int:
    """How many values of the usual heads among ``heads`` the comma path reads."""
    read = 0
    for head in heads:
        for pattern, at in ((assign._USUAL_LEAD, 0), (assign._USUAL_SUPPORT, head.find("；") + 1)):
            m = pattern.fullmatch(head, at, head.find("；", at) + 1) if 0 <= at < len(head) else None
            if m is not None and m.group(2) and "，" in m.group(2) and _MARKED.fullmatch(m.group(2)):
                read += unit_lists.DEADLINE_COMMA.search(m.group(2)) is None
    return read


def test_the_bundled_documents_heads_read_as_the_fold(bundled):  # noqa: F811
    heads = _heads(bundled)
    assert _comma_values(heads) >= 10  # of the bundled plan's 12 lists with a comma
    assert _same_heads(heads) >= 175


def test_the_fixtures_heads_read_as_the_fold(fixtures):  # noqa: F811
    heads = _heads(fixtures)
    assert _comma_values(heads) > 0
    assert _same_heads(heads) > 300


def _without_the_comma_path(inners: list[str]) -> list:
    """``read_insides`` with no comma list read by ``names_units`` (the pattern matches nothing)."""
    saved = assign._NAMES_MARKED
    assign._NAMES_MARKED = compiled("(?!)")
    try:
        return assign.read_insides(inners, {})
    finally:
        assign._NAMES_MARKED = saved


def test_every_bracket_reads_as_without_the_comma_path(bundled, fixtures):  # noqa: F811
    for inners in (bundled, fixtures):
        assert assign.read_insides(inners, {}) == _without_the_comma_path(inners)


CRAFTED_HEADS = [
    "牵头单位：市高法院，市司法局；",
    "牵头单位：市高法院，市司法局、市公安局；配合单位：市财政局，市税务局；",
    "牵头单位：区财政局；配合单位：市高法院，市检察院，市公安局；",
    "牵头单位：区财政局，长期护理保险办；",  # a deadline's word after the comma: DEADLINE_COMMA
    "牵头单位：区财政局，2025年底前；",
    "牵头单位：区财政局，持续推进；",
    "牵头单位：区财政局，每季度；",
    "牵头单位：区财政局，上半年；",
    "牵头单位：区财政局，各区县政府；",
    "牵头单位：各区，县人民政府；",  # a level ending a piece but the last: ``_split_items`` may join it
    "牵头单位：各区县人民政府，相关市级部门；",
    "牵头单位：市规划自然资源局等市级相关部门，两江新区管委会；",
    "牵头单位：区财政局，区税务局等；",
    "牵头单位：区财政局，；",
    "牵头单位：，区财政局；",
    "牵头单位：区财政局，，区税务局；",
    "牵头单位：区财政局,区税务局；",  # a half-width comma: not the pattern's
    "牵头单位：区财政局，科长张某某；",
    "牵头单位：区财政局，区税务局（张某）；",
    "牵头单位：区财政局，区税务局牵头；",
    "牵头单位：区财政局，区税务局按职责分工负责；",
    "牵头单位：区财政局，各有关部门按职责分工负责；",
    "牵头单位：区财政局，区税务局会同区司法局；",
    "牵头单位：区财政局，区税务局和区司法局；",
    "牵头单位：区财政局，市人民防空办；",
    "牵头单位：市人民防空办，区财政局；",
    "牵头单位：池北区，池西区管委会；",
    "牵头单位：青石区，东湖区人民政府；配合单位：汉滨区委，区政府；",
    "牵头单位：两江新区，九龙坡区；",
    "牵头单位：区财政局，无；",
    "牵头单位：无，无；",
    "牵头单位：区财政局，区财政局协办；",
    "牵头单位：区财政局，推进办；",
    "牵头单位：区财政局，★区住建局；",
    "牵头单位：区财政局¹，区税务局；",
]


def test_crafted_heads_read_as_the_fold():
    assert _same_heads(CRAFTED_HEADS) >= 20
    assert _comma_values(CRAFTED_HEADS) >= 8


_COMMA_MARKS = ["、", "，", "，", "，", ",", "/", "；", "。", ""]
_COMMA_NAMES = [*_NAMES, "长期护理保险办", "每日办", "在线办", "市高法院", "年底办", "至诚中心"]


def _random_comma_list(rng: random.Random) -> str:
    pieces = [rng.choice(_COMMA_NAMES) if rng.random() < 0.8 else rng.choice(_ODD) for _ in range(rng.randint(1, 5))]
    out = pieces[0]
    for piece in pieces[1:]:
        out += (rng.choice(_COMMA_MARKS) if rng.random() < 0.5 else "、") + piece
    return out


def test_random_heads_with_commas_read_as_the_fold():
    rng = random.Random(63)
    heads = []
    for _ in range(6000):
        head = "牵头单位：" + _random_comma_list(rng) + "；"
        if rng.random() < 0.6:
            head += "配合单位：" + _random_comma_list(rng) + "；"
        heads.append(head)
    heads = list(dict.fromkeys(heads))
    assert _same_heads(heads) > 2000
    assert _comma_values(heads) > 500


def test_random_comma_lists_read_as_their_rules():
    rng = random.Random(47)
    read = 0
    for items in dict.fromkeys(_random_comma_list(rng) for _ in range(8000)):
        if (
            "，" in items
            and _MARKED.fullmatch(items)
            and not unit_lists.DEADLINE_COMMA.search(items)
            and "会同" not in items
        ):
            for role in ("lead", "support"):
                units = unit_lists.names_units(items, 7, role)
                assert units == unit_lists.plain_list(items, 7, None, role), items
                assert (units, None, False, (), ()) == _field_read(items + "；", 7, role), items
            read += 1
    assert read > 500


def test_the_marked_pattern_is_names_alone_with_a_comma_among_its_marks():
    assert _MARKED.pattern.replace("[、，]", "、") == unit_lists.NAMES_ALONE
    for items in ("市高法院，市司法局", "市高法院，市司法局、市公安局", "区财政局"):
        assert _MARKED.fullmatch(items) is not None, items
    for items in (
        "区财政局,区税务局",
        "区财政局，",
        "各区，县人民政府",
        "区财政局，区税务局等",
        "区财政局，区税务局牵头",
    ):
        assert _MARKED.fullmatch(items) is None, items


# ``_deadline_last`` keeps a usual head's parts (``_usual_parts``) and makes its ``_Fields`` only where the deadline
# field after it is empty (``_usual_fields``): each bracket as without the usual head
CRAFTED_BRACKETS = [
    "牵头单位：区财政局；完成时限：",
    "牵头单位：区财政局；完成时限：；",
    "牵头单位：区财政局；配合单位：区税务局；完成时限：",
    "牵头单位：区财政局；配合单位：区税务局；完成时限：2025年",
    "牵头单位：区财政局，推进平台建设；完成时限：",
    "牵头单位：区财政局；配合单位：督办领导：张某；完成时限：",
    "牵头单位：无；配合单位：区税务局；完成时限：",
    "牵头单位：区财政局；配合单位：无；完成时限：",
    "牵头单位：区财政局、科长张某某；完成时限：",
    "牵头单位：区财政局；完成时限：2025年；完成时限：",
    "牵头单位：区财政局；调整后完成时限：",
    "牵头单位：区财政局。完成时限：",
]


def test_crafted_brackets_read_as_without_the_usual_head():
    from test_fast_paths_perfindex60 import _without_fast_paths

    heads, tails = {}, {}
    for inner in CRAFTED_BRACKETS:
        alone = assign.read_insides([inner], {})
        assert alone == _without_fast_paths([inner]), inner
        assert [assign._deadline_last(inner, {}, heads, tails) or alone[0]] == alone, inner
    assert sum(type(head[0]) is tuple for key, head in heads.items() if key is not None and head) >= 5


def _strip_by_the_pattern(name: str) -> str:
    """``strip_name_brackets``' rule: its pattern's ``sub`` until nothing changes."""
    while (stripped := unit_names._TRAILING_BRACKETS.sub("", name)) != name:
        name = stripped
    return name


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


_CRAFTED_NAMES = [
    "", "）", "(", "市交通委（计划财务处）", "市交通委（计划财务处）（试行）", "各镇〔街道〕", "市交通委（计划财务处）\n",
    "市交通委（计划\n", "市财政局\n", "市财政局 ", "（市财政局）", "市财政局)", "区（县）", "区（县", "持续做好审批服务工作",
    "推进试点工作", "市发改", "县住建", "各师", "教师", "县、乡、村三级文明实践阵地", "家庭农场", "困难家庭", "社区运动会",
    "城市运行", "住房城乡", "古城乡", "各乡镇建成微型消防站", "保护司", "保护生态", "中石油", "市12345热线办", "按部门",
    "有关部门", "各有关部门和单位", "两江新区（自贸区）法院", "市财政局等", "区“两旧”专班", "市财政局（）",
]  # fmt: skip


def _names(inners: list[str]) -> list[str]:
    pieces = [_CRAFTED_NAMES]
    for inner in inners:
        pieces.append(unit_lists.ITEM_MARK.split(inner.replace("：", "；").replace(":", "；").replace("；", "、")))
        pieces.append([inner])
    return list(dict.fromkeys(piece for group in pieces for piece in group))


def test_names_strip_and_read_as_their_rules(bundled, fixtures):  # noqa: F811
    names = _names(bundled + fixtures)
    assert len(names) > 3000
    fast = [unit_names.is_unit_name(name) for name in names]
    saved = unit_names._UNIT_ENDS_LAST
    unit_names._UNIT_ENDS_LAST = _Everything()  # every last character asked of the endings
    try:
        assert [unit_names.is_unit_name(name) for name in names] == fast
    finally:
        unit_names._UNIT_ENDS_LAST = saved
    assert sum(fast) > 1000
    for name in names:
        assert unit_names.strip_name_brackets(name) == _strip_by_the_pattern(name), name
        for ending in ("\n", "）", "）\n", "〕"):
            assert unit_names.strip_name_brackets(name + ending) == _strip_by_the_pattern(name + ending), name

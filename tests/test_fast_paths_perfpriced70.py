"""The cuts session 53 priced and left unbuilt, built (session 54), each against the rule it stands for:

- ``assignments._dated_bare_units`` finds the insides holding a clause mark, and their first and last marks, in the
  insides joined by line breaks (``_marked_insides``), where it asked five ``in`` tests of each inside and ten
  ``find`` calls of each one holding a mark: against that reading (copied below) on every distinct inside of the
  bundled plan and the text fixtures and on seeded random sets of insides (line breaks in some: the fallback);
- ``source.bold_legend`` asks ``latin_of``'s bytes for 粗 and 黑 (coded there, ``text_marks.LEGEND_MARKS``): against
  ``bold_legend`` of the text alone, and ``latin_of`` against its rule with the two codes;
- ``workplans._scope`` handed the document's text, lines and offsets: against the patterns' reading
  (``test_fast_paths_perfwork64``'s, which checks crafted and random texts too) on every plan's workplans.
"""

from __future__ import annotations

import random

from reformgraph.loaders import assignments
from reformgraph.loaders import workplans as wp
from reformgraph.loaders.assign import read_bare_units
from reformgraph.loaders.scan import held_pairs, indexes_of
from reformgraph.loaders.source import _BOLD_LEGEND, Source, bold_legend
from reformgraph.loaders.text_marks import _CODES, LEGEND_MARKS, RARE_MARKS, coded, latin_of
from tests.support.readings import plan_texts
from tests.test_fast_paths_perfwork64 import _scope_by_patterns

_TEXTS = list(plan_texts())


# ---- _dated_bare_units --------------------------------------------------------------------------------------------


def _dated_by_each_inside(inners) -> dict:
    """``_dated_bare_units`` as it read before: five ``in`` tests of each inside, ten ``find`` calls of each holding a
    mark."""
    dated = {}
    for inner in inners:
        if "，" not in inner and "；" not in inner and "," not in inner and ";" not in inner and "。" not in inner:
            continue
        cut = max(map(inner.rfind, assignments._BARE_LIST_ENDS))
        first = min(at for at in map(inner.find, assignments._BARE_LIST_ENDS) if at != -1)
        last = cut - 2 if cut > 2 and inner[cut - 1] in "：:" else cut - 1
        if (last > 0 and inner[last] in assignments._UNIT_LAST and assignments._MAY_BE_DATED.search(inner, cut)) or (
            first > 1 and inner[-1] in assignments._UNIT_LAST and assignments._MAY_BE_DATED.search(inner, 0, first)
        ):
            assignment = read_bare_units(inner, "responsible")
            if assignment is not None and assignment.deadline is not None:
                dated[inner] = assignment
    return dated


def _marked_by_each_inside(inners) -> list[tuple[str, int, int]]:
    marks = assignments._BARE_LIST_ENDS
    return [
        (inner, min(at for at in map(inner.find, marks) if at != -1), max(map(inner.rfind, marks)))
        for inner in inners
        if any(mark in inner for mark in marks)
    ]


_INSIDE_PIECES = [
    "市发改委", "区财政局", "县应急管理局", "各镇人民政府", "街道办事处", "、", "，", "；", ",", ";", "。", "：", ":",
    "2022年底前", "6月底前", "长期坚持", "持续推进", "按照职责分工", "如", "甲", "推进", "（", "）", "\n",
]  # fmt: skip


_NAMES, _MARKS, _DATES = _INSIDE_PIECES[:5], _INSIDE_PIECES[6:11], _INSIDE_PIECES[13:18]


def _random_inside(rnd: random.Random, pieces: list[str]) -> str:
    """Pieces at random, or a list of names and a deadline after it or before it (a colon now and then)."""
    if rnd.random() < 0.5:
        return "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
    ends = ("", "", "：", "\n") if "\n" in pieces else ("", "", "：")
    names = "、".join(rnd.sample(_NAMES, rnd.randint(1, 3))) + rnd.choice(ends)
    parts = [names, rnd.choice(_MARKS), rnd.choice(_DATES)]
    return "".join(parts if rnd.random() < 0.7 else parts[::-1])


def _random_insides(rnd: random.Random) -> list[str]:
    pieces = _INSIDE_PIECES if rnd.random() < 0.2 else _INSIDE_PIECES[:-1]  # a line break in a fifth of the sets
    return list(dict.fromkeys(_random_inside(rnd, pieces) for _ in range(rnd.randint(0, 12))))


def test_marked_insides_as_each_inside_asked():
    rnd = random.Random(7001)
    marked = fell_back = 0
    for _ in range(4000):
        inners = _random_insides(rnd)
        expected = _marked_by_each_inside(inners)
        assert assignments._marked_insides(inners) == expected, inners
        assert assignments._marked_insides(set(inners)) == _marked_by_each_inside(list(set(inners)))
        marked += len(expected)
        fell_back += any("\n" in inner for inner in inners) and bool(expected)
    assert marked > 5000 and fell_back > 300, (marked, fell_back)


def test_dated_bare_units_as_each_inside_asked():
    rnd = random.Random(7002)
    dated = 0
    for _ in range(3000):
        inners = _random_insides(rnd)
        expected = _dated_by_each_inside(inners)
        read = assignments._dated_bare_units(inners)
        assert read == expected and list(read) == list(expected), inners
        dated += len(expected)
    assert dated > 1000, dated


def test_dated_bare_units_of_every_plan():
    read = 0
    for text in _TEXTS:
        inners = held_pairs(Source.from_text(text).text.text, 4)[3]
        distinct = set(inners)
        expected = _dated_by_each_inside(distinct)
        assert assignments._dated_bare_units(distinct) == expected
        assert list(assignments._dated_bare_units(distinct)) == list(expected)
        read += len(_marked_by_each_inside(distinct))
    assert read > 100, read


# ---- bold_legend --------------------------------------------------------------------------------------------------


def test_latin_of_codes_the_legend_marks():
    codes = [coded(mark) for mark in LEGEND_MARKS]
    assert len(set(_CODES.values())) == len(_CODES) and all(0x10 <= code[0] < 0x18 for code in codes)
    assert not set(LEGEND_MARKS) & set(RARE_MARKS)
    for text in ("粗", "加黑的为牵头单位", "黑\n粗-黑", "甲\x16乙\x17"):
        assert latin_of(text) == b"".join(coded(c) or b"" for c in text), text


_LEGEND_PIECES = [
    "加粗", "粗体", "标粗", "加黑", "黑体", "黑名单", "黑臭水体", "粗", "黑", "字体", "字", "标注", "的", "者", "为",
    "是", "牵头", "配合", "单位", "部门", "注：", "，", "**区商务局**", "\n", "-", "甲",
]  # fmt: skip


def _random_legend_text(rnd: random.Random) -> str:
    """Pieces at random, around a legend's words in order now and then (some left out: not every one a legend)."""
    noise = "".join(rnd.choice(_LEGEND_PIECES) for _ in range(rnd.randint(0, 8)))
    if rnd.random() < 0.5:
        return noise + "".join(rnd.choice(_LEGEND_PIECES) for _ in range(rnd.randint(0, 12)))
    words = [
        rnd.choice(("加粗", "粗体", "标粗", "加黑", "黑体", "黑")),
        rnd.choice(("", "字体", "字")),
        rnd.choice(("", "标注")),
    ]
    words += [
        rnd.choice(("", "的", "者")),
        rnd.choice(("", "单位", "部门")),
        rnd.choice(("为", "是", "")),
        rnd.choice(("牵头", "配合")),
    ]
    return noise + "".join(words) + "".join(rnd.choice(_LEGEND_PIECES) for _ in range(rnd.randint(0, 4)))


def _legend_in_the_text(text: str) -> str:
    """``bold_legend`` as it read before: 粗 and 黑 looked for in the text."""
    m = _BOLD_LEGEND.search(text) if "粗" in text else None
    if m is None and "黑" in text:
        at_each = (_BOLD_LEGEND.match(text, at - 1) or _BOLD_LEGEND.match(text, at) for at in indexes_of(text, "黑"))
        m = next(filter(None, at_each), None)
    return "" if m is None else "★" if m.group(1) else "☆"


def test_bold_legend_asked_of_the_bytes_as_of_the_text():
    rnd = random.Random(7003)
    found = 0
    for text in [*_TEXTS, *(_random_legend_text(rnd) for _ in range(4000))]:
        legend = _legend_in_the_text(text)
        assert bold_legend(text, latin_of(text)) == legend, text[:200]
        assert bold_legend(text) == legend, text[:200]
        found += bool(legend)
    assert found > 800, found


# ---- _scope -------------------------------------------------------------------------------------------------------


def test_scope_handed_the_documents_parts_as_the_patterns_read():
    read = 0
    for text in _TEXTS:
        source = Source.from_text(text)
        layout = wp._Layout(source)
        blocks = wp._find_blocks(source, layout.section_one)
        parts = source.text.text, source.compacts, source.offsets
        n = len(source.compacts)
        for k, block in enumerate(blocks):
            end = blocks[k + 1][0] if k + 1 < len(blocks) else n
            scope = wp._scope(*parts, block[0], end)
            assert scope == _scope_by_patterns(source, block[0], end)
            read += scope is not None
    assert read > 100, read

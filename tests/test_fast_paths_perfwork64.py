"""The workplan reader's fast paths of session 48 (issue 15) read exactly as the rules they stand for.

- ``_Layout.responsible``: a line of one numeral and one of ``_RESPONSIBLE_FORMS`` is taken without
  ``_RESPONSIBLE_HEADING``; ``_is_title_line`` and ``_scope``'s walk take a line opening with a numeral and its 、 as a
  numbered heading without ``_NUMBERED_HEADING``; ``_body_end`` tries ``_CLOSING`` only on a line opening with its
  first characters; ``_scope`` takes 二、适用范围 (the word on its line, one numeral before it) without
  ``_SCOPE_HEADING``. Each is compared with its pattern on every line of every fixture plan and of the bundled plan,
  on seeded random lines and on crafted ones, and ``_scope`` with a reading by the patterns alone.
- ``toc._usual_title``: a usual entry's title of two words is joined without ``_clean_stripped``: compared with it on
  every usual title of the fixtures and seeded random titles.
- ``_read_workplans`` (``_places`` until session 50): each workplan's first responsible heading found from the last
  one's on (they ascend), as ``_Layout.first`` finds it.
- ``_read_workplans``: the usual section matched there and read by ``_usual_responsible`` with the section's last
  line (its support units need no line look-up): compared with ``_responsible`` (and so with the loop) on every
  plan's sections and on perfwork61's seeded random sections.
"""

from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from reformgraph.loaders import toc
from reformgraph.loaders import workplans as wp
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from tests.test_fast_paths_perfwork import _loop_reading
from tests.test_fast_paths_perfwork60 import DOCUMENTS
from tests.test_fast_paths_perfwork60 import _line as _toc_line
from tests.test_fast_paths_perfwork61 import _random_section

_SOURCES = {path.stem: Source.from_text(decode_text(path.read_bytes())) for path in DOCUMENTS}

_NUMERALS = wp._NUMERALS
_PIECES = [
    "一", "五", "十", "十二", "、", "责任单位", "牵头单位", "及", "和", "责任人", "联系人", "适用范围", "工作举措",
    "（", "）", "抄送", "主送", "印送", "：", ":", "甲", "1", "。", " ",
]  # fmt: skip


def _random_line(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 8)))


def _lines() -> list[str]:
    rng = random.Random(64)
    lines = [c for source in _SOURCES.values() for c in source.compacts]
    lines += [_random_line(rng) for _ in range(6000)]
    lines += [n + f for n in ("五", "十二", "甲", "") for f in wp._RESPONSIBLE_FORMS]
    lines += [
        "五、",
        "五",
        "、",
        "五、责任",
        "五、责任单位",
        "五、责任单位及",
        "三、工作",
        "三是",
        "抄",
        "抄送",
        "抄送：",
        "主送:甲",
    ]
    return lines


def test_the_line_tests_decide_as_their_patterns():
    for c in _lines():
        responsible = bool((c.startswith(wp._RESPONSIBLE_FORMS, 1) and c[:1] in _NUMERALS and c[:1]) or
                           wp._RESPONSIBLE_HEADING.match(c))  # fmt: skip
        assert responsible == bool(wp._RESPONSIBLE_HEADING.match(c)), c
        if c and c[0] in _NUMERALS:
            assert bool(c[1:2] == "、" or wp._NUMBERED_HEADING.match(c)) == bool(wp._NUMBERED_HEADING.match(c)), c
        assert bool(c[:1] in wp._CLOSING_FIRSTS and wp._CLOSING.match(c)) == bool(wp._CLOSING.match(c)), c


def test_the_responsible_forms_are_the_patterns_every_choice():
    assert len(set(wp._RESPONSIBLE_FORMS)) == 12
    for form in wp._RESPONSIBLE_FORMS:
        assert wp._RESPONSIBLE_HEADING.fullmatch("五" + form)


def _scope_by_patterns(source: Source, start: int, end: int) -> str | None:
    """``_scope`` as the patterns alone read it: the first line of ``[start, end)`` holding the word whose compact
    form ``_SCOPE_HEADING`` matches, up to the next ``_NUMBERED_HEADING``."""
    text, offsets, compacts = source.text.text, source.offsets, source.compacts
    at = text.find(wp._SCOPE_WORD, offsets[start], offsets[end])
    while at != -1:
        heading = bisect_right(offsets, at) - 1
        if wp._SCOPE_HEADING.match(compacts[heading]):
            break
        at = text.find(wp._SCOPE_WORD, at + 1, offsets[end])
    else:
        return None
    stop = next((i for i in range(heading + 1, end) if wp._NUMBERED_HEADING.match(compacts[i])), end)
    return text[offsets[heading + 1] : offsets[stop]] or None


def _parts(source: Source) -> tuple:
    """What ``_scope`` is handed of a document: its compact text, lines and lines' offsets."""
    return source.text.text, source.compacts, source.offsets


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_scopes_of_every_plan(name):
    source = _SOURCES[name]
    layout = wp._Layout(source)
    blocks = [wp._Block(*b) for b in wp._find_blocks(source, layout.section_one)]  # named: read by attribute
    n = len(source.compacts)
    for k, block in enumerate(blocks):
        end = blocks[k + 1].start if k + 1 < len(blocks) else n
        assert wp._scope(*_parts(source), block.start, end) == _scope_by_patterns(source, block.start, end)
    assert wp._scope(*_parts(source), 0, n) == _scope_by_patterns(source, 0, n)


_SCOPE_TEXTS = [
    "二、适用范围\n全市。\n三、工作举措\n甲",
    "二、适用\n范围\n全市。\n三、举措",  # the word run on into the next line: no heading
    "二、适用范围\n",
    "、适用范围\n全市\n三、",  # no numeral before the word
    "甲二、适用范围\n乙\n十一、其他\n丙",
    "十二、适用范围全市\n乙\n三是\n四、其他",
    "方案\n\n二、适用范围\n\n两江新区、\n\n高新区。\n三、工作举措\n甲",
    "二、适用范围",
    "一、目标\n二、适用范围（试行）\n全市\n",
]


@pytest.mark.parametrize("text", _SCOPE_TEXTS)
def test_crafted_scopes(text):
    source = Source.from_text(text)
    n = len(source.compacts)
    for start in range(n):
        for end in range(start + 1, n + 1):
            assert wp._scope(*_parts(source), start, end) == _scope_by_patterns(source, start, end), (start, end)


def test_random_scopes():
    rng = random.Random(48)
    pieces = [
        "二、适用范围",
        "、适用范围",
        "适用",
        "范围",
        "二",
        "十一",
        "全市。",
        "三、工作举措",
        "三是",
        "\n",
        "\n",
        "\n\n",
    ]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        source = Source.from_text(text)
        n = len(source.compacts)
        if n:
            assert wp._scope(*_parts(source), 0, n) == _scope_by_patterns(source, 0, n), text


def _usual_titles():
    """The titles the usual entries' patterns give ``_usual_title`` (as ``parse_toc`` hands them over)."""
    rng = random.Random(60)
    lines = [line for path in DOCUMENTS for line in decode_text(path.read_bytes()).splitlines()]
    lines += [part for _ in range(4000) for part in _toc_line(rng)]
    titles = []
    for raw in lines:
        # (``_USUAL_HEAD``: the usual entry with its page reference, group 5, else an entry's first line; a title
        # holding a comma is cleaned by ``_clean_stripped`` itself, not by ``_usual_title``)
        m = toc._USUAL_HEAD.fullmatch(raw)
        if m is not None and "," not in m[4] and m[5] is not None and (" " in m[4] or "\t" in m[4]):
            titles.append(m[4])
        if m is not None and "," not in m[4] and m[5] is None:
            first = m[4]
            titles += [(first + " " + rest).strip() for rest in ("方案", "ABC", "A 方案", "\t方案")]
        if (m := toc._USUAL_LAST.fullmatch(raw)) is not None:
            titles += [(first + " " + m[1]).strip() for first in ("改革", "CCC", " 改革 事项", "")]
    return titles


def test_usual_titles_are_cleaned_as_the_rule_cleans_them():
    titles = _usual_titles()
    rng = random.Random(64)
    words = ["改革", "事项", "CA", "CCC", "DataExchange", "2.0", "１", "证书", "A", "z", "α", "〇"]
    for _ in range(4000):
        titles.append(rng.choice([" ", "  ", "\t", " \t"]).join(rng.choice(words) for _ in range(rng.randrange(1, 5))))
    assert len(titles) > 1000
    joined = 0
    for title in titles:
        assert toc._usual_title(title) == toc._clean_stripped(title, None), title
        joined += len(title.split()) == 2
    assert joined > 100


def _section_reading(body: str) -> None:
    """``body`` as a workplan's 责任单位及责任人 section read as ``_read_workplans`` reads it (its usual form with its
    last line), against ``_responsible`` and the loop."""
    source = Source.from_text("五、责任单位及责任人\n" + body + "\n")
    section, offsets, compacts = source.text, source.offsets, source.compacts
    end = len(compacts)
    while end > 1 and not compacts[end - 1]:
        end -= 1
    start, stop = offsets[1], offsets[end]
    if start >= stop:
        return
    first = 1
    while first < end and not compacts[first]:
        first += 1
    usual = wp._USUAL_SECTION.fullmatch(section.text, start, stop)
    if usual is None:
        return
    read = wp._usual_responsible(section, usual, first + 1, offsets[first + 1], (end, offsets[end - 1]))
    assert read == wp._responsible(section, start, stop, (first + 1, offsets[first + 1])), body
    assert read == _loop_reading(section, start, stop), body


def test_random_sections_read_with_their_last_line():
    rng = random.Random(61)
    for _ in range(3000):
        _section_reading(_random_section(rng))


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_every_plans_sections_read_as_responsible_reads_them(name):
    source = _SOURCES[name]
    layout = wp._Layout(source)
    blocks = [wp._Block(*b) for b in wp._find_blocks(source, layout.section_one)]  # named: read by attribute
    if not blocks:
        return
    matched = [(str(k), str(k), b.title, b.variant, k) for k, b in enumerate(blocks)]
    sections = wp._read_workplans(layout, index_assignments(source), blocks, matched, [])
    read = [(s.responsible, s.contacts) for s in sections]
    offsets, compacts = source.offsets, source.compacts
    for k, got in enumerate(read):
        end = sections[k].line_end  # the workplan's lines without the empty ones at its end
        resp = layout.first(layout.responsible, blocks[k].start, end)
        if resp is None:
            assert got == ((), ())
            continue
        first = resp + 1
        while first < end and not compacts[first]:
            first += 1
        assert got == wp._responsible(source.text, offsets[resp + 1], offsets[end], (first + 1, offsets[first + 1]))


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_places_find_each_workplans_first_heading(name):
    source = _SOURCES[name]
    layout = wp._Layout(source)
    blocks = [wp._Block(*b) for b in wp._find_blocks(source, layout.section_one)]  # named: read by attribute
    ks = list(range(len(blocks)))
    index = index_assignments(source)
    # each workplan read alone: its responsible heading the first in its lines (``_Layout.first``)
    alone = [wp._read_workplans(layout, index, blocks, [(str(k), str(k), "", None, k)], [])[0] for k in ks]
    for order in (ks, ks[::2], ks[::-1], ks[1:] + ks[:1]):  # as ``_align`` gives them, skipping some, and not ascending
        matched = [(str(k), str(k), "", None, k) for k in order]
        for section, k in zip(wp._read_workplans(layout, index, blocks, matched, []), order):
            assert section.line_start == blocks[k].start + 1
            assert section == alone[k]

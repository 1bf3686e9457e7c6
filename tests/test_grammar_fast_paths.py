"""The parser's fast paths (issue 15) read exactly as the straightforward code they stand for.

Each fast path is compared with a plain reference on seeded random inputs built from the
characters and words that matter to it (brackets, whitespace of every kind, labels, separators,
role verbs, conventions), and on the real documents.
"""

from __future__ import annotations

import random
import re
from collections import deque
from pathlib import Path

import pytest

from reformgraph.loaders import assign, toc, unit_lists
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.compact import compact
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import MAX_SPAN, parentheticals
from reformgraph.loaders.source import Source, compact_lines, spaced_mark
from reformgraph.loaders.tasklist import _evidence_bound, _lines_holding, _quick_bound
from reformgraph.loaders.vocab import ALL_LABELS, FIRST_LISTED_LEADS, ROLE_VERBS, search_first_listed

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted((ROOT / "tests" / "fixtures").glob("*/[0-9][0-9]-*.md")) + [
    ROOT / "data" / "youyang-2022-18-business-environment-reforms.md"
]


def _reference_parentheticals(text: str, start: int = 0, end: int | None = None):
    """The bracket-depth loop over every bracket, as the scanner was first written."""
    end = len(text) if end is None else end
    pairs, unclosed, stack = [], [], deque()
    for m in re.finditer(r"[（()）]", text[:end]):
        pos = m.start()
        if pos < start:
            continue
        while stack and pos - stack[0] > MAX_SPAN:
            unclosed.append(stack.popleft())
        if m.group() in "（(":
            stack.append(pos)
        elif stack:
            pairs.append((stack.pop(), pos))
    unclosed.extend(stack)
    spans, last = [], -1
    for a, b in sorted(pairs):
        if a > last:
            spans.append((a, b))
            last = b
    return spans, sorted(unclosed)


def random_bracket_case(rng: random.Random, fillers: list[int]) -> tuple[str, int, int | None]:
    """A random text of brackets (full- and half-width, unbalanced as often as not) and runs of ``fillers`` characters,
    with a window ``start``/``end`` into it (mostly the whole text): the bracket scanners' equality tests' input."""
    parts = []
    for _ in range(rng.randrange(1, 30)):
        if rng.random() < 0.55:
            parts.append(rng.choice("（()）"))
        else:
            parts.append("字" * rng.choice(fillers))
    text = "".join(parts)
    start = rng.randrange(len(text) + 1) if rng.random() < 0.3 else 0
    end = rng.randrange(start, len(text) + 1) if rng.random() < 0.3 else None
    return text, start, end


def test_parentheticals_read_as_the_depth_loop():
    rng = random.Random(15)
    fillers = [0, 1, 3, 40, 798, 799, 800, 801, 1500]
    for _ in range(3000):
        text, start, end = random_bracket_case(rng, fillers)
        assert parentheticals(text, start, end) == _reference_parentheticals(text, start, end), (text, start, end)


def _list_marks_off(c: str, line: str) -> str:
    """The leading list marks off a compact line, but for a - or + with no space after it (a word's, not a list's)."""
    if c and c[0] in "-+" and not spaced_mark(line, c[0]):
        return c
    return c.lstrip("-+>•·")


def test_compact_lines_is_compact_of_every_line():
    rng = random.Random(16)
    pieces = ["甲", "a", " ", "\u3000", "\t", "\xa0", "\x1f", "\u2003", "#", "*", "\\", "-", "+", ">", "•", "·", "（"]
    for _ in range(2000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(8))) for _ in range(rng.randrange(1, 6))]
        if rng.random() < 0.05:
            lines[0] += "\0"  # the per-line path
        compacts, headings = compact_lines(lines)
        assert compacts == [_list_marks_off(compact(line), line) for line in lines], lines
        assert headings == [i for i, line in enumerate(lines) if line.lstrip().startswith("#")], lines


def _assignment_text(rng: random.Random) -> str:
    words = [
        *(label + rng.choice("：:") for label in ALL_LABELS),
        *(verb for verb, _ in ROLE_VERBS),
        "市交通局",
        "区财政局",
        "各区政府",
        "有关部门",
        "工业和信息化部",
        "市交通委（科信处、宣传处）",
        "商务部等有关部门",
        "会同",
        "会",
        "重庆高新区管委会",
        "和",
        "及",
        "等",
        "排在第一位的部门为牵头部门",
        "下同",
        "以下均需试点城市政府落实",
        "2022年6月",
        "持续推进",
        *"、，,/；;。：: ",
    ]
    return "".join(rng.choice(words) for _ in range(rng.randrange(1, 12)))


def _read_all(text: str, rng: random.Random):
    a = rng.randrange(len(text) + 1)
    b = rng.randrange(a, len(text) + 1)
    return [
        assign.read_region(text, 0, len(text)),
        assign.read_region(text, a, b),
        assign.read_region(text, 0, len(text), require_label=True, field_starts=frozenset({a, b})),
        *(assign.read_field(text, role) for role in (None, "lead", "support", "responsible")),
        unit_lists.read_units(text, 0, len(text)),
        unit_lists.read_units(text, a, b, role="support"),
        unit_lists.read_units(text, 0, len(text), default="lead"),
    ]


def test_plain_unit_lists_read_as_the_general_reader(monkeypatch):
    texts = [_assignment_text(random.Random(seed)) for seed in range(3000)]
    fast = [_read_all(text, random.Random(i)) for i, text in enumerate(texts)]
    everything = re.compile("")  # "not plain" always: the general reader everywhere
    monkeypatch.setattr(unit_lists, "_NOT_PLAIN_UNITS", everything)
    monkeypatch.setattr(unit_lists, "NOT_PLAIN_VALUE", everything)
    monkeypatch.setattr(assign, "NOT_PLAIN_VALUE", everything)
    general = [_read_all(text, random.Random(i)) for i, text in enumerate(texts)]
    assert fast == general


def test_lists_with_one_separator_split_as_the_separator_pattern():
    """``_split_items``/``_split_clauses`` use ``str.split`` when one mark is written: the pattern's pieces."""
    rng = random.Random(73)
    pieces = ["区财政局", "甲", " ", "、", "，", ",", "/", "；", ";", "。", "：", "会"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(10)))
        assert unit_lists._split_items(text) == unit_lists.ITEM_MARK.split(text), text
        assert unit_lists._split_clauses(text) == unit_lists.CLAUSE_MARK.split(text), text


def test_a_field_memo_reads_as_no_memo():
    memo: dict = {}
    for seed in range(2000):
        text = _assignment_text(random.Random(seed))
        assert assign.read_region(text, 0, len(text), memo=memo) == assign.read_region(text, 0, len(text))


def test_a_field_memo_reads_fields_met_again_as_no_memo():
    """Regions made of a few fields in any order: the same field at the same or another offset, in another region."""
    fields = [
        "牵头单位：区财政局；",
        "配合单位：区税务局、各区政府；",
        "责任单位：市交通委（科信处）",
        "完成时限：2025年；",
    ]
    fields += ["配合单位：商务部等有关部门；", "牵头单位：区财政局、区税务局牵头，区商务委配合；", "甲；", "（"]
    rng = random.Random(74)
    memo: dict = {}
    for _ in range(3000):
        text = "".join(rng.choice(fields) for _ in range(rng.randrange(1, 5)))
        assert assign.read_region(text, 0, len(text), memo=memo) == assign.read_region(text, 0, len(text)), text


def test_first_listed_search_finds_the_leftmost_statement():
    rng = random.Random(17)
    words = ["第一位", "首位", "第一个", "最前", "者", "的", "部门", "单位", "为", "是", "牵头", "第一", "任务"]
    for _ in range(5000):
        text = "".join(rng.choice(words) for _ in range(rng.randrange(12)))
        expected, got = FIRST_LISTED_LEADS.search(text), search_first_listed(text)
        assert (expected and expected.span()) == (got and got.span()), text


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_the_quick_bound_of_a_task_list_reading_is_an_upper_bound(path):
    source = Source.from_text(decode_text(path.read_bytes()))
    index = index_assignments(source)
    assert _quick_bound(source, index) >= _evidence_bound(source, index, [False] * len(source.lines))


def _reference_clean_title(text: str) -> str:
    """``toc.clean_title`` as first written: every space rule on every title."""
    text = text.strip()
    ref = toc.page_ref_start(text)
    if ref is not None:
        text = text[:ref].rstrip()
        run = len(text) - len(text.rstrip(toc._LEADER_CHARS))
        if run >= 2 or (run == 1 and text[-1] == "…"):
            text = text[:-run].rstrip()
    text = toc._CJK_SPACE.sub("", toc._drop_leaders(text).strip())
    if "," in text:
        text = toc._COMMA.sub("，", text)
    return toc._SPACES.sub(" ", text).strip(" *")


def test_table_of_contents_lines_read_as_the_plain_rules():
    rng = random.Random(18)
    pieces = [
        "方案",
        "1.",
        "a",
        " ",
        "\u3000",
        "\t",
        "\xa0",
        "\x1f",
        "*",
        "\\",
        "#",
        "...",
        "…",
        "．",
        ",",
        "（",
        "(",
        ")",
        "）",
        "12",
        "3",
    ]
    for _ in range(5000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(10)))
        assert toc.is_toc_line(line) == (toc.page_ref_start(compact(line)) is not None), line
        assert toc.clean_title(line) == _reference_clean_title(line), line


def test_lines_holding_a_word_are_the_lines_of_its_occurrences():
    rng = random.Random(19)
    pieces = ["由", "负", "责", "负责", "甲", "：", ":", "\n", "\n\n", " ", "责任主体", "牵头"]
    for _ in range(2000):
        source = Source.from_text("".join(rng.choice(pieces) for _ in range(rng.randrange(30))))
        text = source.text.text
        for needles in (("由", "负责"), ("：", ":"), ("负责",), ("由", "负责", "责任主体", "牵头")):
            every = {source.text.line_at(m.start()) for n in needles for m in re.finditer(re.escape(n), text)}
            assert _lines_holding(text, needles, source) == every, (text, needles)
            # the same lines when each needle is looked for by another part of it
            keys = [n[a : rng.randrange(a + 1, len(n) + 1)] for n in needles for a in [rng.randrange(len(n))]]
            assert _lines_holding(text, needles, source, keys) == every, (text, needles, keys)


def test_prose_hint_matches_as_written_with_the_lookbehind_first():
    """``_PROSE_HINT`` checks "not after 为" after 指导 (so ``re`` can scan for first characters): same matches."""
    from reformgraph.loaders.tasklist import _PROSE_HINT

    # (职责分工: round 40; 协助, 各司其职 (from its 司, as 指导 is checked after it): round 44; 主办: round 47; 主责,
    # 主抓: round 53; 协办: round 54; 统筹 and a comma before 参与 or 协同: round 55; 主体责任 before a comma and a 监管
    # clause: round 57; 分别办理 from its 别: round 61; 处置主体 from its 置: round 64)
    written = re.compile(
        r"由|会同|负责|负总责|责任主体|牵头|(?<!为)指导|配合|协助|协办|设在|职责分工|各(司其职)|主办|主责|主抓"
        r"|主体责任(?=[，,][^，,。；;\n]{2,30}?监管)"
        r"|统(筹[，,](?=[^。；;\n]{2,60}?(?:参与|协同)))"
        r"|分(别办理)"  # round 61: A、B分别办理, from its 别
        r"|处(置主体)"  # round 64: A是…处置主体, from its 置
    )
    words = [
        "由",
        "会同",
        "负责",
        "负总责",
        "总责",
        "责任主体",
        "牵头",
        "指导",
        "为",
        "以",
        "配合",
        "协助",
        "协办",
        "协",
        "各",
        "司其职",
        "设在",
        "会",
        "同",
        "x",
        "。",
        "主办",
        "主",
        "主责",
        "主抓",
        "抓",
        "统筹",
        "，",
        "参与",
        "协同",
        "主体责任",
        "体责任",
        "监管",
        "县住建局",
        "分别办理",
        "别办理",
        "分",
        "处置主体",
        "置主体",
        "处",
        "置",
    ]
    rng = random.Random(69)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    texts += [p.read_text(encoding="utf-8") for p in DOCUMENTS]
    for text in texts:
        assert [m.span() for m in _PROSE_HINT.finditer(text)] == [
            m.span(m.lastindex) if m.lastindex else m.span() for m in written.finditer(text)
        ]
    assert any("为指导" in t for t in texts) and any(_PROSE_HINT.search(t) for t in texts)


def test_responsible_section_lines_are_where_each_name_starts():
    """``_responsible`` looks up a line per label value, not per name: each unit and person still gets the
    line of its first character, with line breaks anywhere in the section."""
    from reformgraph.loaders.workplans import _responsible

    rng = random.Random(16)
    pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    unit_labels, person_labels = ["牵头单位", "责任单位", "配合单位"], ["分管领导", "处室负责人", "联络人", "联系人"]
    checked = 0
    for _ in range(1500):
        used: list[str] = []

        def name() -> str:
            while True:  # no name inside another: each is found where it was written
                n = "".join(rng.choice(pool) for _ in range(rng.randrange(2, 5)))
                if all(n not in u and u not in n for u in used):
                    used.append(n)
                    return n

        pieces = []
        for _ in range(rng.randrange(1, 7)):
            label = rng.choice(unit_labels + person_labels + ["联系电话"])
            if label == "联系电话":
                value = "、".join(str(rng.randrange(10**7, 10**8)) for _ in range(rng.randrange(1, 3)))
                value += rng.choice(["", "。" + name()])  # an unlabelled lead unit after the phones
            else:
                value = rng.choice("、，；").join(name() for _ in range(rng.randrange(1, 4)))
            pieces.append(f"{label}：{value}{rng.choice('；。')}")
        body = "".join(pieces)
        for _ in range(rng.randrange(4)):  # line breaks anywhere, blank lines too
            at = rng.randrange(len(body) + 1)
            body = body[:at] + rng.choice(["\n", "\n\n"]) + body[at:]
        source = Source.from_text("五、责任单位及责任人\n" + body)
        section = source.text
        start = source.offset(1)
        units, contacts = _responsible(section, start, len(section.text))
        for found, line in [(u.raw, u.line) for u in units] + [(c.name, c.line) for c in contacts]:
            if found in used:
                assert line == section.line_at(section.text.index(found, start)), (found, body)
                checked += 1
    assert checked > 5000


def test_table_of_contents_patterns_match_as_written():
    """``toc``'s patterns open with a character class (so ``re`` scans for first characters): same matches."""
    written = {
        toc._LEADERS: re.compile(r"[.．。…·]{2,}|…"),
        toc._CJK_SPACE: re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])"),
        toc._SPACES: re.compile(r"\s+"),
    }
    pieces = ["方", "a", "1", " ", "  ", "\t", "\u3000", "\xa0", "\x1f", ".", "．", "。", "…", "·", "…….", ","]
    rng = random.Random(70)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        for fast, plain in written.items():
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_unit_lists_on_one_line_read_as_with_offsets():
    """``workplans._units`` splits a plain list on one line into strings at once: the same units as by offsets."""
    from reformgraph.loaders.compact import CompactText
    from reformgraph.loaders.workplans import _units

    pieces = ["市财政局", "区", "、", "，", ",", "；", ";", "/", "。", ".", "：", ":", "（", "(", ")", "）", " "]
    rng = random.Random(71)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        section = CompactText.from_compacts([text], first_line=7)
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        assert _units(section, a, b, "support", 7) == _units(section, a, b, "support", None), text[a:b]


def test_contact_labels_split_as_written():
    """``_CONTACT_LABEL`` first checks for 2-6 CJK characters and a colon (every label is): same splits."""
    from reformgraph.loaders.workplans import _CONTACT_LABEL

    written = re.compile(
        r"(牵头单位|责任单位|配合单位|[\u4e00-\u9fa5]{0,3}(?:领导|负责人|责任人)|联络人|联络员|联系人|联系电话|电话|手机)[:：]"
    )
    words = ["牵头单位", "责任单位", "配合", "单位", "分管", "领导", "负责人", "责任人", "联络人", "联系", "电话"]
    words += ["手机", "处", "室", "：", ":", "：：", "；", "1", "a", "。", "人"]
    rng = random.Random(72)
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        assert _CONTACT_LABEL.split(text) == written.split(text), text


def test_partners_opening_is_startswith_of_the_support_labels():
    # index_assignments' one match of a trie stands for ``inner.startswith(_PARTNERS_FIRST)``
    from reformgraph.loaders.assignments import _PARTNERS_FIRST, _PARTNERS_OPENING

    rng = random.Random(41)
    words = [*_PARTNERS_FIRST, *(w[:-1] for w in _PARTNERS_FIRST), *(w[1:] for w in _PARTNERS_FIRST), "：", "甲", ""]
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randrange(4)))
        assert (_PARTNERS_OPENING.match(text) is not None) == text.startswith(_PARTNERS_FIRST), text


def test_bare_place_ends_with_a_level():
    # shared_bodies tries ``_BARE_PLACE`` only on a name ending with one of ``_PLACE_LEVELS``: a necessary condition
    rng = random.Random(42)
    chars = [*unit_lists._PLACE_LEVELS, "局", "委", "府", "甲", "a", "（"]
    for _ in range(20000):
        name = "".join(rng.choice(chars) for _ in range(rng.randrange(1, 15)))
        if unit_lists._BARE_PLACE.fullmatch(name) is not None:
            assert name[-1] in unit_lists._PLACE_LEVELS, name


def test_page_references_found_as_by_the_walk_back():
    """``toc.page_ref_start`` strips each run by one C call: the same start as the walk over the characters."""
    pieces = ["方", "a", "(", "（", ")", "）", " ", "\t", "\u3000", "\x1f", "1", "12", "0", "１", "²", "٣", "①", "."]
    rng = random.Random(71)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert toc.page_ref_start(text) == toc._page_ref_walk(text), repr(text)
    for path in DOCUMENTS:
        for line in decode_text(path.read_bytes()).splitlines():
            assert toc.page_ref_start(line) == toc._page_ref_walk(line), line


def test_ascii_gaps_found_as_between_the_words():
    """``toc._ASCII_GAP`` finds whitespace between two ASCII characters as a look at each pair of words does."""
    pieces = ["方", "a", "1", ".", " ", "  ", "\t", "\u3000", "\xa0", "\x1f", "\x85", "…", "*", "é"]
    rng = random.Random(72)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))).strip()
        words = text.split()
        plain = any(a[-1].isascii() and b[0].isascii() for a, b in zip(words, words[1:]))
        assert (toc._ASCII_GAP.search(text) is not None) == plain, repr(text)

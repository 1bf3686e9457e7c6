"""The workplan-book stage's round-18 fast paths (issue 15) read exactly as the plain rules they stand for.

Each is compared with the rule as written (or the code it replaced) on seeded random inputs built from what
matters to it: a responsible section's one-name, one-number and 、-list values (stripped and tested for
letters or digits instead of split by regexes), ``toc.clean_title``'s spaces joined away when each run touches
a non-ASCII character, ``toc.page_ref_start`` on a compact title line (no second compacting), the leader and
trailing-bracket checks made with strings before their regexes, and the shortcut for equal titles in
``_similarity``.
"""

from __future__ import annotations

import random

from reformgraph.loaders import citations, toc
from reformgraph.loaders import workplans as wp
from reformgraph.loaders.compact import compact
from reformgraph.loaders.source import Source
from tests.test_grammar_fast_paths import _reference_clean_title
from tests.test_workplans_fast_paths import _reference_parse_toc, responsible_read_as_the_reference

# values made to hit the fast paths and their edges: separator runs, digits that are not 0-9, 6-12 digits,
# dashes, brackets, letters and marks in unit lists, line breaks (a value over two lines is read by offsets)
_PIECES = [
    "牵头单位：", "配合单位：", "责任单位:", "分管领导：", "处室负责人：", "联络人：", "联系人：", "联系电话：",
    "电话:", "手机：", "杨光", "毕士杰", "甲乙丙丁戊己庚辛壬", "市财政局", "市高法院", "区", "Ab",
    "67236219", "67236219。、", "13594177712", "123456", "123456789012", "６７２３６２１９", "٦٧٢٣٦٢١٩", "023-67575352",
    "、", "、、", "，", ",", "；", ";", "；。", "。", "。、", "/", "（", "）", "(", ")", "：", ".", "\n", "\n\n", "1",
]  # fmt: skip


def test_responsible_sections_read_as_the_regexes_split_them():
    read = 0
    for _, got, _ in responsible_read_as_the_reference(1801, _PIECES, 20):
        read += len(got[0]) + len(got[1]) + sum(len(c.phones) for c in got[1])
    assert read > 10000  # units, people and phones were read


def test_clean_title_joins_words_as_the_space_rules_would():
    pieces = ["方案", "政府采购", "a", "B", "1", " ", "  ", "\t", "\u3000", "\xa0", "\x1f", "\x85", "\u2003"]
    pieces += [",", " , ", "…", "..", "．", "·", "(", "（", ")", "）", "12", "*", "é", "\n"]
    rng = random.Random(1802)
    joined = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        got = toc.clean_title(text)
        assert got == _reference_clean_title(text), repr(text)
        joined += len(text.split()) > 1 and " " not in got
    assert joined > 3000  # titles whose spaces were all dropped


def test_page_references_of_compact_lines_need_no_second_compacting():
    """``_is_title_line`` reads a compact line's page reference as ``is_toc_line`` does after compacting."""
    pieces = ["方案", "#", "*", "-", "(", "（", ")", "）", "1", "23", "²", "①", "12345", " ", "\u3000", "a", "\\"]
    pieces.append("( 12 )")
    rng = random.Random(1803)
    found = 0
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        for c in Source.from_text(line).compacts:
            if c:
                plain = toc.is_toc_line(c)
                assert (c[-1] in ")）" and toc.page_ref_start(c) is not None) == plain, repr(c)
                assert toc.is_toc_line(c) == (toc.page_ref_start(compact(c)) is not None), repr(c)
                found += plain
    assert found > 1000


def test_title_lines_are_read_as_the_plain_checks():
    def plain(c):
        if len(c) > 60 or "：" in c or ":" in c or c.endswith(("。", "；", ";")) or c == "目录":
            return False
        return not (wp._NUMBERED_HEADING.match(c) or toc.is_toc_line(c))

    pieces = ["方案", "五、", "十二、", "一", "、", "责任单位", "(", ")", "（", "）", "12", "：", "。", "目录", "#"]
    rng = random.Random(1804)
    titles = 0
    for _ in range(20000):
        c = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        assert wp._is_title_line(c) == plain(c), c
        titles += plain(c)
    assert 2000 < titles < 18000


def test_leaders_and_trailing_brackets_are_looked_for_only_where_the_regex_can_match():
    rng = random.Random(1805)
    pieces = ["条例", "办法", "（2021年版）", "(试行)", "清单", "\n", "《", "》", ".", "．", "。", "…", "·", "方案"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(8)))
        assert toc._drop_leaders(text) == text or any(ch in text for ch in toc._LEADER_CHARS)
        core = text.strip("《》")
        while citations._TRAILING_PAREN.search(core):  # classify_title as first written
            core = citations._TRAILING_PAREN.sub("", core)
        core = core[:-1] if core.endswith("\n") else core
        expected = next((cat for cat, words in citations._RULES if core.endswith(words)), "other")
        assert citations.classify_title(text) == expected, repr(text)


def test_similarity_is_the_ratios_equal_titles_or_not():
    rng = random.Random(1806)
    words = ["优化", "营商", "环境", "政府采购", "工程 , 监理", "，", ",", " "]

    def some():
        return "".join(rng.choice(words) for _ in range(rng.randrange(4)))

    equal = 0
    for _ in range(5000):
        title, variant = some(), rng.choice([None, "", some()])
        block = (0, 1, rng.choice([title, some()]), rng.choice([variant, None, some()]))  # a ``_Block``'s fields
        plain = wp._ratio(title, block[2])
        if variant:
            noise = wp._VARIANT_NOISE.sub("", variant), wp._VARIANT_NOISE.sub("", block[3] or "")
            plain = (plain + wp._ratio(*noise)) / 2
        assert wp._similarity(title, variant, block) == plain, (title, variant, block)
        equal += plain == 100.0
    assert 500 < equal < 4500


def test_table_of_contents_entries_end_where_their_compact_line_holds_a_page_reference():
    """``parse_toc`` looks for the title's page reference first: found in the entry's last line, the compact
    line holds one too; the compact line is looked at otherwise (``( 1 2 )``, ``(12*)``, a reference split
    over two lines)."""
    pieces = ["1", "3.1", ". ", "方案", " ", "\t", "\u3000", "(", "（", ")", "）", "12", "1 2", "*", "\\", "#"]
    pieces += ["...", "( 12 )", "(19)\n", "\n", "\n2. ", "-", "a"]
    rng = random.Random(1807)
    entries = 0
    for _ in range(20000):
        lines = "".join(rng.choice(pieces) for _ in range(rng.randrange(30))).split("\n")
        got = [e[:3] for e in toc.parse_toc(lines, first_line=3)]
        assert got == _reference_parse_toc(lines, first_line=3), lines
        entries += len(got)
    assert entries > 5000

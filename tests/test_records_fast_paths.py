"""The records' fast paths (issue 15) read exactly as the plain rules they stand for.

Each one is compared with the plain rule (or the code it replaced) on seeded random inputs built
from the characters and shapes that matter to it, every Unicode code point where characters matter.
"""

from __future__ import annotations

import random
import re
import sys
from bisect import bisect_right

from reformgraph.loaders.assignments import Found, index_assignments
from reformgraph.loaders.compact import CompactText
from reformgraph.loaders.deadlines import _read_field, parse_deadline
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.roles import RoleUnit
from reformgraph.loaders.source import Source, compact_lines
from reformgraph.loaders.tasklist import _PROSE_WORDS, _quick_bound
from reformgraph.loaders.tasks import _measure_on_line, one_line
from reformgraph.records import Deadline, UnitMention


def _parse_deadline_as_written(raw: str | None) -> Deadline:
    """``parse_deadline`` as it was written: a regex drops whitespace and ``*``, every field is read in full."""
    if raw is None:
        return Deadline(None, None, None)
    text = re.sub(r"[\s*]+", "", raw).rstrip("。；;，,")
    return _read_field(text) if text else Deadline(None, None, None)


def test_deadline_fields_read_as_the_full_reading():
    rng = random.Random(17)
    digits = "0123456789０１２９٣"
    pieces = ["年", "月", "日", "底", " ", "\u3000", "\t", "*", "。", "，", "已完成", "持续", "至", "第一季度", "前"]
    raws: list[str | None] = [None, "", " ", "*。", "2021年12月", "2021年13月", "2021年0月", "２０２２年６月"]
    for _ in range(4000):
        if rng.random() < 0.5:  # the year-and-month shape, with the odd character changed or added
            parts = [
                "".join(rng.choice(digits) for _ in range(rng.choice([3, 4, 4, 4, 5]))),
                rng.choice(["年", "年", " 年", "月"]),
                "".join(rng.choice(digits) for _ in range(rng.choice([0, 1, 1, 2, 2, 3]))),
                rng.choice(["月", "月", "月 。", "月底", "日", ""]),
            ]
            if rng.random() < 0.3:
                parts.insert(rng.randrange(5), rng.choice(pieces))
        else:
            parts = [rng.choice(pieces + list(digits)) for _ in range(rng.randrange(12))]
        raws.append("".join(parts))
    for raw in raws:
        fast = parse_deadline(raw)
        assert fast == _parse_deadline_as_written(raw), raw
        assert type(fast) is Deadline


def test_whitespace_and_stars_go_as_the_regex_removes_them():
    every = "".join(map(chr, range(sys.maxunicode + 1)))  # surrogates included: both work on code points
    assert "".join(every.split()).replace("*", "") == re.sub(r"[\s*]+", "", every)


def test_units_on_one_line_are_the_comprehension():
    rng = random.Random(17)
    names = ["市财政局", "区大数据局", "各街镇", "有关部门"]
    for _ in range(500):
        units = [
            RoleUnit(
                rng.choice(names),
                rng.choice(["lead", "support", None]),
                rng.randrange(99),
                rng.choice([None, "商务部等有关部门"]),
                rng.random() < 0.3,
            )
            for _ in range(rng.randrange(1, 5))
        ]
        line = rng.randrange(1, 999)
        made = _measure_on_line(1, "推进。", units, [], Deadline(None, None, None), line + 1, line).leads
        assert made == tuple(UnitMention(u.name, line, u.written, u.implied) for u in units), units
        assert all(type(m) is UnitMention for m in made) and type(made) is tuple


def _one_line_as_written(source: CompactText, lowest: int, highest: int) -> int | None:
    """``one_line`` as it was first written: the line index of ``lowest``, then the next line's start compared."""
    starts, lines = source.starts, source.lines
    if not lines:
        return 0
    k = bisect_right(starts, lowest) - 1
    if k < 0:
        k = 0
    return lines[k] if k + 1 == len(starts) or highest < starts[k + 1] else None


def test_one_line_reads_as_written():
    rng = random.Random(17)
    for _ in range(3000):
        compacts = [rng.choice(["", "甲", "乙丙", "丁戊己"]) for _ in range(rng.randrange(6))]
        source = CompactText.from_compacts(compacts, first_line=rng.randrange(1, 9))
        size = len(source.text)
        lowest = rng.randrange(-2, size + 3)
        highest = lowest + rng.choice([0, 0, 1, 2, 3, 5, -1])
        assert one_line(source, lowest, highest) == _one_line_as_written(source, lowest, highest), (compacts, lowest)


def _quick_bound_as_written(source: Source, index) -> int:
    """``tasklist._quick_bound`` as first written: the text blanked, then the assignments counted again."""
    text = source.text.text
    outside = list(text)
    for f in map(Found._make, index.found):
        outside[f.start + 1 : f.end - 1] = " " * (f.end - f.start - 2)
    outside = "".join(outside)
    lines_with = [
        {source.line_of(m.start()) for m in re.finditer(p, outside)}
        for p in ("[：:]", f"(?={'|'.join(_PROSE_WORDS)})")  # every start, overlapping ones too
    ]
    return sum(1 for f in map(Found._make, index.found) if f.assignment[0]) + len(lines_with[0]) + len(lines_with[1])


def test_the_outline_bound_counts_as_written():
    rng = random.Random(17)
    words = [
        "（牵头单位：市财政局）",
        "（一）",
        "（",
        "）",
        "：",
        ":",
        "由",
        "会同",
        "负责",
        "牵头",
        "配合",
        "甲乙",
        "\n",
        "\n\n",
    ]
    texts = [BUNDLED_DOCUMENT.read_text(encoding="utf-8")]
    texts += ["".join(rng.choice(words) for _ in range(rng.randrange(30))) for _ in range(300)]
    for text in texts:
        source = Source.from_text(text)
        index = index_assignments(source)
        assert _quick_bound(source, index) == _quick_bound_as_written(source, index), text


def test_lines_compact_alike_with_the_text_they_come_from():
    rng = random.Random(17)
    pieces = ["甲", " ", "\u3000", "#", "*", "\\", "-", "•"]
    for _ in range(2000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(6))) for _ in range(rng.randrange(1, 6))]
        text = "\n".join(lines)
        expected = compact_lines(lines)
        assert compact_lines(lines, text) == expected, lines
        assert compact_lines(lines, text + "*\\") == expected, lines  # marks in blanked front matter
    source = Source.from_text("---\ntitle: *要点*\n---\n# 要点\n- **1.** 建设\n")
    assert source.compacts == ("", "", "", "要点", "1.建设") and source.headings == {3}

"""The source stage's Latin-1 marks looked for in the text's Latin-1 characters (session 50): ``Source.from_text`` makes
``latin_of(text)`` (the text's Latin-1 characters, in order, as bytes) once, and the scans of the text for a Latin-1
mark (seven of the line breaks ``splitlines`` knows, ``[ \\ } > - · +`` and ``--``) ask it first, or find the mark's
positions in the text no further than its last; ``pipe_tables`` asks ``Source.latin`` for the ``|`` of the compact
text. Each is tested against the rule it stands for (the scan of the text itself, the source made with no Latin-1
characters known, the tables read so), on the bundled plan and random texts of every Latin-1 mark, line break and
whitespace, front matter, footnotes, page numbers, list marks, dashes and pipe tables.
"""

from __future__ import annotations

import random

from reformgraph.loaders.pipe_tables import pipe_tables
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import holds, indexes_of
from reformgraph.loaders.source import (
    _OTHER_BREAKS,
    Source,
    _holds_latin,
    _holds_latin_run,
    _latin_indexes,
    _one_break_only,
    latin_of,
)
from tests.support.readings import readings_printed, source_without_latin
from tests.test_fast_paths_perfsource65 import _fields  # the fields compared, as session 49's test compares them

_PIECES = [
    "甲",
    "乙 ",
    "局",
    "实",
    "，",
    "。",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u3000",
    "\xa0",
    "# 标题",
    "## **二、目标** {#二}",
    "**加粗**",
    "*",
    "\\",
    "[",
    "]",
    "[^1]",
    "[^1]: 注",
    "}",
    ">",
    "> 引文",
    "-",
    "--",
    "- -",
    "- 1. 建设",
    "+ 建设",
    "+道路",
    "·",
    "· 3 ·",
    "— 3 —",
    "-4-",
    "第5页",
    "•",
    "|",
    "| 序号 | 牵头单位 |",
    "|---|---|",
    "| 1 | 县发改局 |",
    "+---+---+",
    "【牵头单位：A】",
    "[A负责]",
    "——市数据局牵头，市财政局配合",
    "（牵头单位：区大数据局）",
    "\xb7",
    "\xad",
    "é",
    "---\n",
    "title: 方案\n",
]
_RARE = ["\r\n", "\x02", *_OTHER_BREAKS]


def _random_text(rnd: random.Random) -> str:
    pieces = [rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40))]
    if rnd.random() < 0.3:
        pieces.insert(rnd.randint(0, len(pieces)), rnd.choice(_RARE))
    if rnd.random() < 0.1:
        pieces.insert(0, "---\ntitle: 方案[1]\n---\n")
    return "".join(pieces)


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [decode_text(BUNDLED_DOCUMENT.read_bytes()), "", "-", "[", "\\", "甲\r\n乙"] + [
        _random_text(rnd) for _ in range(count)
    ]


def test_latin_of_is_the_latin_1_characters():
    """(Since session 52 the rare marks are in it too, each coded as a C1 control, which it drops but U+0085:
    ``test_fast_paths_perfsource68``; and the wide spaces, coded as C1 controls or as U+0010–U+0015, which it then
    drops too: ``test_fast_paths_perfspace68``.)"""
    c1 = bytes(code for code in [*range(0x10, 0x18), *range(0x80, 0xA0)] if code != 0x85)
    for text in _texts(500, 1):
        assert latin_of(text).translate(None, c1) == bytes(ord(c) for c in text if ord(c) < 256 and c not in _C1)


_C1 = frozenset(chr(code) for code in [*range(0x10, 0x18), *range(0x80, 0xA0)] if code != 0x85)


def test_latin_checks_as_the_scans_of_the_text():
    marks = ["[", "\\", "}", ">", "-", "·", "+", "*", "|", "\xad", "•", "—", "页"]
    for text in _texts(2000, 2):
        latin = latin_of(text)
        for mark in marks:
            assert _holds_latin(text, mark, latin) == (mark in text), (repr(text), mark)
            assert _latin_indexes(text, mark, latin) == indexes_of(text, mark), (repr(text), mark)
        for needle in ("--", "[^"):
            assert _holds_latin_run(text, needle, latin) == holds(text, needle), (repr(text), needle)
        assert _one_break_only(text, latin) == _one_break_only(text), repr(text)


def test_from_text_as_with_every_mark_looked_for_in_the_text():
    for text in _texts(3000, 3):
        source, plain = Source.from_text(text), source_without_latin(text)
        assert plain.latin is None and source.latin == latin_of(text)
        assert _fields(source) == _fields(plain), repr(text)
        assert _fields(source.with_lone_label_colons()) == _fields(plain.with_lone_label_colons()), repr(text)
        assert source.with_lone_label_colons().latin == source.latin


def test_pipe_tables_as_with_the_compact_text_scanned():
    tables = 0
    for text in _texts(1500, 4):
        source = Source.from_text(text)
        # a bar of the compact text is in the text (no rule writes one), so a text whose Latin-1 characters hold none
        # holds none in its compact text
        assert "|" not in source.text.text or b"|" in source.latin, repr(text)
        read = readings_printed(pipe_tables(source))
        tables += bool(read)
        assert read == readings_printed(pipe_tables(source_without_latin(text))), repr(text)
    assert tables > 50

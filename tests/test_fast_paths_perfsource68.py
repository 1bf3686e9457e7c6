"""A text's Latin-1 characters and its rare marks found by one C pass (session 52): ``text_marks.latin_of`` (a charmap
encoding keeping the Latin-1 characters but the C1 controls other than U+0085, and writing each of ``RARE_MARKS`` as
one byte of the C1 range) is made once by ``parse_document`` and handed to ``Source.from_text`` when the text
reaches it unchanged; the scans of the text for a rare mark (the wide line breaks, the characters no one sees, the
odd colons, the page marks, 【, the box bars and the full-width bar) ask it first. Each is tested against the rule it
stands for: the scan of the text itself, the source and the tables read with no marks known, the document parsed
so, on the bundled plan, the fixtures and random texts of every rare mark, Latin-1 mark, line break and C1 control.
"""

from __future__ import annotations

import random
from pathlib import Path

from reformgraph.errors import DocumentError
from reformgraph.loaders import parse as parse_module
from reformgraph.loaders import source as source_module
from reformgraph.loaders.compact import _INVISIBLE, without_invisible
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipe_tables import pipe_tables
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.scan import indexes_of
from reformgraph.loaders.source import _OTHER_BREAKS, Source, _holds_latin, _latin_indexes, _one_break_only
from reformgraph.loaders.spaced_tables import spaced_tables
from reformgraph.loaders.text_marks import LEGEND_MARKS, RARE_MARKS, coded, holds_coded, latin_of
from tests.support.readings import readings_printed, source_without_latin
from tests.test_fast_paths_perfsource65 import _fields  # the fields compared, as session 49's test compares them
from tests.test_fast_paths_perfspace68 import WIDE_SPACES

_FIXTURES = Path(__file__).resolve().parent / "fixtures"
_C1 = [chr(code) for code in range(0x80, 0xA0)]
_PIECES = [
    "甲",
    "乙 ",
    "局",
    "，",
    "。",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u3000",
    "# 标题",
    "**加粗**",
    "*",
    "[A负责]",
    "【牵头单位：A】",
    "【重点任务】",
    "〔区司法局牵头〕",
    "（牵头单位∶市发改委；完成时限︰2024年）",
    "牵头单位﹕县财政局",
    "— 3 —",
    "－4－",
    "– 5 –",
    "第5页",
    "• 6 •",
    "——市数据局牵头，市财政局配合",
    "1.推进改革。（县财政局负责）",
    "区市场\u200b监管局",
    "\ufeff",
    "区\u200c税务局",
    "\u200d\u2060\u200e\u200f\xad",
    "│ 序号 │ 牵头单位 │\n│ 1 │ 县发改局 │\n",
    "║ 1 ║ 县发改局 ║\n",
    "┌──┬──┐\n",
    "｜序号｜重点任务｜牵头单位｜\n｜1｜建平台｜区大数据局｜\n",
    "| 序号 | 牵头单位 |\n|---|---|\n| 1 | 县发改局 |\n",
    "序号 任务 牵头单位 配合单位\n1 建平台 区大数据局 区财政局\n",
    "·",
    "\xb7",
    "é",
    "\x85",
    "\u2028",
    "\u2029",
    "\x0c",
]


def _random_text(rnd: random.Random) -> str:
    pieces = [rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40))]
    if rnd.random() < 0.3:
        pieces.insert(rnd.randint(0, len(pieces)), rnd.choice(_C1))  # a C1 control: dropped by ``latin_of``
    return "".join(pieces)


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    bundled = decode_text(BUNDLED_DOCUMENT.read_bytes())
    return [bundled, "", "\x81", "∶", "\x81∶\x85"] + [_random_text(rnd) for _ in range(count)]


def test_latin_of_keeps_each_kept_character_as_its_code():
    """The rule: each Latin-1 character but the C1 controls other than U+0085 as its byte, each rare mark as its own
    byte of the C1 range, in order; every other character dropped."""
    kept = {chr(code): bytes([code]) for code in range(256) if not (0x80 <= code < 0xA0 or 0x10 <= code < 0x18)}
    kept["\x85"] = b"\x85"  # (since ``test_fast_paths_perfspace68``: U+0010–U+0015 code wide spaces, dropped too)
    codes = [coded(mark) for mark in RARE_MARKS]
    assert len(set(codes)) == len(RARE_MARKS) and all(
        len(c) == 1 and 0x80 <= c[0] < 0xA0 and c[0] != 0x85 for c in codes
    )
    kept |= dict(zip(RARE_MARKS, codes, strict=True))
    kept |= {space: coded(space) for space in WIDE_SPACES}  # (``test_fast_paths_perfspace68`` tests their codes)
    kept |= {mark: coded(mark) for mark in LEGEND_MARKS}  # (``test_fast_paths_perfpriced70`` tests their codes)
    for text in _texts(1000, 1):
        assert latin_of(text) == b"".join(kept.get(c, b"") for c in text), repr(text)


def test_checks_as_the_scans_of_the_text():
    marks = [*RARE_MARKS, "[", "\\", "-", "·", "|", "\xad", "\x85", "\x81", "\x9f", "甲", "粗"]
    present = dict.fromkeys(RARE_MARKS, 0)
    for text in _texts(2000, 2):
        latin = latin_of(text)
        for mark in marks:
            assert holds_coded(text, mark, latin) == (mark in text), (repr(text), mark)
            assert _holds_latin(text, mark, latin) == (mark in text), (repr(text), mark)
            assert _latin_indexes(text, mark, latin) == indexes_of(text, mark), (repr(text), mark)
            if mark in present:
                present[mark] += mark in text
        assert _one_break_only(text, latin) == _one_break_only(text), repr(text)
        assert without_invisible(text, latin) == without_invisible(text), repr(text)
    assert min(present.values()) > 100  # every rare mark in many texts


def test_every_break_and_invisible_character_is_a_rare_mark_or_latin_1():
    for mark in (*_OTHER_BREAKS, *_INVISIBLE):
        assert coded(mark) is not None, repr(mark)


def test_from_text_and_tables_as_with_every_mark_looked_for_in_the_text():
    tables = 0
    for text in _texts(2000, 3):
        source, plain = Source.from_text(text), source_without_latin(text)
        assert plain.latin is None and source.latin == latin_of(text)
        assert _fields(source) == _fields(plain), repr(text)
        assert _fields(Source.from_text(text, latin_of(text))) == _fields(plain), repr(text)
        # a bar of the compact text is in the text (no rule writes one)
        for bar in "│║｜":
            assert bar not in source.text.text or coded(bar) in source.latin, repr(text)
        read = readings_printed(pipe_tables(source)) + readings_printed(spaced_tables(source, text))
        tables += read != "[][]"
        assert read == readings_printed(pipe_tables(plain)) + readings_printed(spaced_tables(plain, text)), repr(text)
    assert tables > 50


def _document(text: str) -> str:
    try:
        return repr(parse_document(text))
    except DocumentError as error:
        return f"error: {error}"


def test_parse_as_with_no_marks_handed_over(monkeypatch):
    texts = _texts(300, 4)[:1] + [
        p.read_text(encoding="utf-8") for p in sorted(_FIXTURES.rglob("*.md"))[:40] if p.stat().st_size < 200_000
    ]
    rnd = random.Random(5)
    texts += [
        "1.推进改革。（县财政局负责）\n" + _random_text(rnd) + "\n2.建设平台。（牵头单位：区大数据局）"
        for _ in range(150)
    ]
    # a site's footer blanked (``without_site_footer``): the text the source reads is not the one the marks are of
    texts += [
        "1.推进改革。（县财政局负责）\n— 3 —\n2.建设平台。（牵头单位：区大数据局）\n\n版权所有 — 某市人民政府 │ 网站标识码：1",
        "1.推进改革。（县财政局负责）\n\n主办单位：某市人民政府 【打印本页】 ∶ 关闭窗口\n网站标识码：1",
    ]
    fast = [_document(text) for text in texts]
    monkeypatch.setattr(parse_module, "latin_of", lambda text: None)
    monkeypatch.setattr(source_module, "latin_of", lambda text: None)
    assert [_document(text) for text in texts] == fast

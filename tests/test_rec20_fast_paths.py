"""The outline's quick bound looks for 会同 whole (issue 15, round 8).

``tasklist._lines_holding`` finds 会同 with ``str.find`` of the word itself (no check around a key), as it does
责任主体; test_rec18_outline_bound.py compares the keys with the regex pass on random texts. Here: texts where 会
is everywhere but 会同 is rare, or broken across lines, give the lines of the regex pass, and stay linear.
"""

from __future__ import annotations

import time

from reformgraph.loaders.source import Source
from reformgraph.loaders.tasklist import _PROSE_KEYS, _PROSE_WORDS, _lines_holding
from tests.test_rec18_outline_bound import _lines_by_regex


def test_huitong_is_its_own_key():
    assert _PROSE_KEYS[_PROSE_WORDS.index("会同")] == "会同"


def test_huitong_lines_are_the_regex_pass_where_hui_is_everywhere():
    # 会 of 社会, 会议 on every line; 会同 whole, broken across a line break (the compact text joins it: found on the
    # line of 会), and 会 at a line's end before a line that does not start with 同
    texts = [
        "社会会议\n会同甲\n会\n同乙\n会\n丙同\n委员会\n",
        "会" * 200_000 + "\n会同",  # a key that is no word everywhere: one C search, linear
        "会同" * 100_000 + "\n甲\n会同",  # one line of 100,000 words: one hit, then the next line
    ]
    for text in texts:
        source = Source.from_text(text)
        t = time.process_time()
        lines = _lines_holding(source.text.text, _PROSE_WORDS, source, _PROSE_KEYS)
        assert time.process_time() - t < 2.0
        assert lines == _lines_by_regex(source.text.text, source), text[:40]

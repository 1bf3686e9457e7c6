"""How wide a text is drawn: East Asian wide and full-width characters count two, every other one.

One rule for a terminal table's columns and a spreadsheet's column units (``reformgraph ledger
export`` sizes its rows by it). A text within the Basic Multilingual Plane counts its few narrow
characters with one regular expression: a loop over the 12 million characters of a 100-document
ledger took 1.5 s.

>>> display_width("abc"), display_width("市财政局 A1"), display_width("𠮷野家"), display_width("")
(3, 11, 6, 0)
"""

from __future__ import annotations

import functools
import re
import unicodedata

from reformgraph.regexcache import compiled

_PAST_BMP = compiled("[\U00010000-\U0010ffff]")


def display_width(text: str) -> int:
    """Columns ``text`` takes: two for a wide or full-width (CJK) character, one otherwise."""
    if text.isascii():
        return len(text)
    if _PAST_BMP.search(text):  # 𠮷 and the like: rare, counted one by one
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return 2 * len(text) - len(_not_wide().findall(text))


@functools.cache
def _not_wide() -> re.Pattern[str]:
    """Any character but the BMP's wide and full-width ones (built once, in ~30 ms)."""
    ranges: list[str] = []
    start = None
    for cp in range(0x10001):
        wide = cp < 0x10000 and unicodedata.east_asian_width(chr(cp)) in "WF"
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = None
    return compiled(f"[^{''.join(ranges)}]")

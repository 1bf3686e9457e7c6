"""The one bracket-aware scanner: top-level parentheticals and splitting outside brackets.

Half- and full-width brackets count alike and in any mix (``(牵头单位：X）``), and a
name's own brackets stay inside it (``各区县（自治县）政府``). Every function is one
left-to-right pass over the bracket and separator characters (no backtracking): an
opening bracket that is not closed within ``MAX_SPAN`` characters is reported as
unclosed and dropped, so a stray ``（`` cannot swallow the rest of a document.

>>> text = "建设平台。（牵头单位：区大数据局（区政务办）；完成时限：2025年）推广。（未闭合"
>>> spans, unclosed = parentheticals(text)
>>> [text[a + 1 : b] for a, b in spans], [text[a : a + 3] for a in unclosed]
(['牵头单位：区大数据局（区政务办）；完成时限：2025年'], ['（未闭'])
>>> split_outside("市交通委（科信处、宣传处）、市港航中心，各区", "、，")
[(0, 13), (14, 19), (20, 22)]
"""

from __future__ import annotations

import re
from collections import deque

MAX_SPAN = 800  # a parenthetical longer than this is not one (an unclosed bracket)
OPEN = "（("
CLOSE = "）)"
_BRACKET = re.compile(r"[（()）]")


def parentheticals(text: str, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[int]]:
    """(open, close) offsets of every top-level bracket pair, and the offsets of unclosed openers.

    A closing bracket with no opener is ignored; pairs inside an unclosed opener are top-level.
    """
    end = len(text) if end is None else end
    pairs: list[tuple[int, int]] = []
    unclosed: list[int] = []
    stack: deque[int] = deque()
    for m in _BRACKET.finditer(text, start, end):
        pos = m.start()
        while stack and pos - stack[0] > MAX_SPAN:
            unclosed.append(stack.popleft())  # too far back to be closed by this one
        if m.group() in OPEN:
            stack.append(pos)
        elif stack:
            pairs.append((stack.pop(), pos))
    unclosed.extend(stack)
    unclosed.sort()
    pairs.sort()
    spans: list[tuple[int, int]] = []
    last = -1
    for a, b in pairs:
        if a > last:
            spans.append((a, b))
            last = b
    return spans, unclosed


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _outside(text: str, wanted: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the matches of ``wanted`` (a regex) outside brackets: the one bracket-depth loop."""
    pattern = _PATTERNS.get(wanted)
    if pattern is None:
        pattern = _PATTERNS[wanted] = re.compile("[（()）]|" + wanted)
    found: list[tuple[int, int]] = []
    depth = 0
    for m in pattern.finditer(text, start, end):
        ch = m.group()
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(m.span())
    return found


def split_outside(text: str, separators: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text[start:end]`` between separators that sit outside brackets.

    Empty pieces are kept (their start equals their end), so callers see every separator.
    """
    end = len(text) if end is None else end
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for a, b in _outside(text, _CLASSES.get(separators) or _class(separators), start, end):
        pieces.append((piece_start, a))
        piece_start = b
    pieces.append((piece_start, end))
    return pieces


_CLASSES: dict[str, str] = {}


def _class(separators: str) -> str:
    _CLASSES[separators] = "[" + re.escape(separators) + "]"
    return _CLASSES[separators]


def find_outside(text: str, needle: str, start: int = 0, end: int | None = None) -> int:
    """Offset of the first ``needle`` outside brackets in ``text[start:end]``, else -1.

    >>> find_outside("A（B会同C）会同D", "会同")
    7
    """
    end = len(text) if end is None else end
    found = _outside(text, re.escape(needle), start, end)
    return found[0][0] if found else -1

"""The one bracket-aware scanner: top-level parentheticals and splitting outside brackets.

Half- and full-width brackets count alike and in any mix (``(牵头单位：X）``), and a
name's own brackets stay inside it (``各区县（自治县）政府``; splits keep ``〔〕`` and square brackets whole
too: ``各县〔市、区〕政府``). Every function is one
left-to-right pass over the bracket and separator characters (no backtracking): an
opening bracket that is not closed within ``MAX_SPAN`` characters is reported as
unclosed and dropped, so a stray ``（`` cannot swallow the rest of a document.

>>> text = "建设平台。（牵头单位：区大数据局（区政务办）；完成时限：2025年）推广。（未闭合"
>>> spans, unclosed = parentheticals(text)
>>> [text[a + 1 : b] for a, b in spans], [text[a : a + 3] for a in unclosed]
(['牵头单位：区大数据局（区政务办）；完成时限：2025年'], ['（未闭'])
>>> split_outside("市交通委（科信处、宣传处）、市港航中心，各区", "、，")
[(0, 13), (14, 19), (20, 22)]
>>> split_outside("市大数据局，各县〔市、区〕政府", "、，")
[(0, 5), (6, 15)]
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Callable
from itertools import accumulate, compress, repeat
from operator import add, ne

from reformgraph.regexcache import compiled

MAX_SPAN = 800  # a parenthetical longer than this is not one (an unclosed bracket)
OPEN = "（("
CLOSE = "）)"
_BRACKET = compiled(r"[（()）]")
# what a split keeps whole besides round brackets: a name's own list in 〔〕 or square brackets (各县〔市、区〕政府),
# or in the angle brackets an office nests inside a parenthetical (（责任单位：…，各地〈州、市〉卫生健康委）, round 42)
_SPLIT_OPEN = OPEN + "〔［[〈"
_SPLIT_CLOSE = CLOSE + "〕］]〉"


def offsets_of(text: str, needle: str, base: int = 0) -> list[int]:
    """Offsets (plus ``base``) of the non-overlapping occurrences of ``needle`` in ``text``: one split, no loop.

    >>> offsets_of("a（b（c", "（"), offsets_of("（）x（）", "（）", 10)
    ([1, 3], [10, 13])
    """
    lengths = list(map(len, text.split(needle)))
    lengths.pop()
    step = len(needle)
    return list(map(add, accumulate(lengths), range(base, base + step * len(lengths), step)))


def parentheticals(text: str, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[int]]:
    """(open, close) offsets of every top-level bracket pair, and the offsets of unclosed openers.

    A closing bracket with no opener is ignored; pairs inside an unclosed opener are top-level.
    (``bracket_pairs`` finds them, ``spans_at_least`` makes them.)
    """
    pairs, unclosed = bracket_pairs(text, start, end)
    return spans_at_least(pairs, 1), unclosed


BracketPairs = tuple[list[int], list[int], list[tuple[int, int]]]  # ``bracket_pairs``' (opens, firsts, outer)


def bracket_pairs(text: str, start: int = 0, end: int | None = None) -> tuple[BracketPairs, list[int]]:
    """The top-level bracket pairs of ``text[start:end]`` as ``spans_at_least`` makes them, before any pair is made:
    (every opener's offset, its simple pair's closer's offset in the piece after it or -1 for none, the other
    top-level pairs), and the offsets of the unclosed openers.

    Most pairs are simple: an opener whose next bracket closes it within ``MAX_SPAN``. Such a
    pair is a pair whatever surrounds it, holds no other pair, and is found by string operations
    without a loop over the text: split at the openers, each piece's first closer is its opener's
    next bracket. Only the other brackets go through the depth loop; what it drops
    as too far back is decided at those brackets alone (a drop at a bracket of a simple pair would
    also happen at the next bracket, or leave the opener unclosed at the end all the same).

    >>> bracket_pairs("甲（乙）丙（丁（戊）")
    (([1, 5, 7], [1, -1, 1], []), [5])
    """
    end = len(text) if end is None else end
    seg = text[start:end] if start or end != len(text) else text
    seg = seg.replace("(", "（").replace(")", "）")
    pieces = seg.split("（")  # every piece after the first follows an opener and holds no other
    head, after = pieces[0], pieces[1:]
    firsts = list(map(str.find, after, repeat("）")))  # each opener's next closer, if before the next opener
    if max(firsts, default=-1) >= MAX_SPAN:  # rare: looked for again within MAX_SPAN only (slower arguments)
        firsts = list(map(str.find, after, repeat("）"), repeat(0), repeat(MAX_SPAN)))
    pieces.pop()
    opens: list[int] = []  # each opener's offset: a loop of specialised bytecodes costs less than the C stages
    at = start - 1  # ``map(add, accumulate(map(len, pieces)), range(…))``: 1.15 against 1.60 M instructions
    for piece in pieces:
        at += len(piece) + 1
        opens.append(at)
    lone = indexes_of(firsts, -1)  # the pieces after the openers of no simple pair (one C scan: no pair made)
    simple = len(opens) - len(lone)
    closers = seg.count("）")
    if simple == len(opens) == closers:
        return (opens, firsts, []), []
    # the other brackets: the openers of no simple pair, and the closers of none (in the pieces whose
    # last closer is not their simple pair's: rfind meets find for one closer)
    others = set(map(opens.__getitem__, lone))
    others.update(offsets_of(head, "）", start))
    missing = closers - simple - (len(others) - len(lone))  # the other closers not found yet
    # first where they nearly always are: the piece of such an opener (a closer too far) and the next
    # one (its closer after a simple pair inside: （A（B）C）); every piece only when the count says so
    beside = set(lone)
    beside.update(map(add, lone, repeat(1)))
    beside.discard(len(after))
    taken: set[int] = set()
    for candidates in (sorted(beside), range(len(after))):
        if not missing:
            break
        last_closers = map(str.rfind, map(after.__getitem__, candidates), repeat("）"))
        for k in compress(candidates, map(ne, last_closers, map(firsts.__getitem__, candidates))):
            if k not in taken:
                taken.add(k)
                found = offsets_of(after[k], "）", opens[k] + 1)
                if firsts[k] != -1:
                    found.remove(opens[k] + firsts[k] + 1)
                others.update(found)
                missing -= len(found)
    pairs: list[tuple[int, int]] = []
    unclosed: list[int] = []
    stack: deque[int] = deque()
    for pos in sorted(others):
        while stack and pos - stack[0] > MAX_SPAN:
            unclosed.append(stack.popleft())  # too far back to be closed by this one
        if seg[pos - start] == "（":
            stack.append(pos)
        elif stack:
            pairs.append((stack.pop(), pos))
    unclosed.extend(stack)
    unclosed.sort()
    pairs.sort()
    outer: list[tuple[int, int]] = []  # the top-level pairs among the others; simple pairs inside them go
    last = -1
    for a, b in pairs:
        if a > last:
            outer.append((a, b))
            last = b
    return (opens, firsts, outer), unclosed


def spans_at_least(pairs: BracketPairs, least: int) -> list[tuple[int, int]]:
    """The top-level pairs of ``bracket_pairs`` (``pairs``) whose close - open is ``least`` or more, in order:
    every pair for 1 (``parentheticals``), those that may hold an assignment for 4 (the index: no pair is made of
    the others, 905 of the bundled plan's 1,806, such as （一）).

    >>> pairs, _ = bracket_pairs("（一）推进（甲局牵头）（乙（丙）丁）")
    >>> spans_at_least(pairs, 1), spans_at_least(pairs, 4)
    ([(0, 2), (5, 10), (11, 17)], [(5, 10), (11, 17)])
    """
    opens, firsts, outer = pairs
    # (a comprehension: the C stages ``compress(zip(opens, map(add, …)), map(le, …))`` cost 1.6 M instructions where
    # it costs 1.1 M, made 901 pairs of the bundled plan's 1,820 openers)
    shortest = least - 1  # (a pair's close - open is one more than its closer's offset in the piece)
    simple = [(at, at + first + 1) for at, first in zip(opens, firsts) if first >= shortest]
    if not outer:
        return simple
    spans: list[tuple[int, int]] = []
    k = 0
    for a, b in outer:  # (a,) sorts before every simple pair that opens at a or after
        i = bisect_left(simple, (a,), k)
        spans.extend(simple[k:i])
        if b - a >= least:
            spans.append((a, b))
        k = bisect_left(simple, (b,), i)  # the simple pairs inside it: none is top-level (nor longer than it)
    spans.extend(simple[k:])
    return spans


def holds(text: str, needle: str) -> bool:
    """``needle in text`` for a needle of two characters or more that is rare in plans: its first character looked
    for by a C scan, then the rest where it is found (CPython's ``in`` with a needle of two Chinese or mixed characters
    costs about five instructions a character of the text; a scan for one character a tenth of that).

    >>> holds("推广应用[^2]。", "[^"), holds("2024-2026年", "--"), holds("", "--")
    (True, False, False)
    """
    first = needle[0]
    at = text.find(first)
    while at != -1:
        if text.startswith(needle, at):
            return True
        at = text.find(first, at + 1)
    return False


def indexes_of(values: list | str, value) -> list[int]:
    """The indexes of ``value`` in ``values`` (a list, or a string and a character): one C-level ``index`` scan per
    occurrence (few expected).

    >>> indexes_of([3, 0, 2, 0], 0), indexes_of([1], 0), indexes_of("甲【乙【", "【")
    ([1, 3], [], [1, 3])
    """
    found: list[int] = []
    try:
        k = values.index(value)
        while True:
            found.append(k)
            k = values.index(value, k + 1)
    except ValueError:
        return found


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _outside(text: str, wanted: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the matches of ``wanted`` (a regex) outside brackets: the one bracket-depth loop."""
    pattern = _PATTERNS.get(wanted)
    if pattern is None:  # ``wanted`` comes from callers (a needle escaped): compiled here, not kept (regexcache)
        pattern = _PATTERNS[wanted] = re.compile("[（()）〔〕［］\\[\\]〈〉]|" + wanted)
    found: list[tuple[int, int]] = []
    depth = 0
    for m in pattern.finditer(text, start, end):
        ch = m.group()
        if ch in _SPLIT_OPEN:
            depth += 1
        elif ch in _SPLIT_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(m.span())
    return found


def split_outside(text: str, separators: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text[start:end]`` between separators that sit outside brackets.

    Empty pieces are kept (their start equals their end), so callers see every separator.

    >>> t = "自治区财政厅，各地〈州、市〉卫生健康委"  # angle brackets nested in a parenthetical (round 42)
    >>> [t[a:b] for a, b in split_outside(t, "、，")]
    ['自治区财政厅', '各地〈州、市〉卫生健康委']
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


def compiled_on_use(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A getter of ``re.compile(pattern)`` that compiles it at its first call, not at import: for an expression whose
    character classes take milliseconds to compile (every Chinese character) and which few documents reach, so that
    start-up does not pay for it.

    >>> year = compiled_on_use(r"\\d{4}年")
    >>> year().search("2024年").group(0), year() is year()
    ('2024年', True)
    """
    return functools.cache(lambda: compiled(pattern))

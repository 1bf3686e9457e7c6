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


# ``bracket_pairs``' (the first opener's offset, the pieces of the text after each opener, firsts, outer)
BracketPairs = tuple[int, list[str], list[int], list[tuple[int, int]]]


def bracket_pairs(text: str, start: int = 0, end: int | None = None) -> tuple[BracketPairs, list[int]]:
    """The top-level bracket pairs of ``text[start:end]`` as ``spans_at_least`` makes them, before any pair is made:
    (the first opener's offset, the text after each opener up to the next one, its simple pair's closer's offset in
    that piece or -1 for none, the other top-level pairs), and the offsets of the unclosed openers.

    Most pairs are simple: an opener whose next bracket closes it within ``MAX_SPAN``. Such a
    pair is a pair whatever surrounds it, holds no other pair, and is found by string operations
    without a loop over the text: split at the openers, each piece's first closer is its opener's
    next bracket. Only the other brackets go through the depth loop (``_other_pairs``). No opener's offset is
    made here: ``spans_at_least`` walks the pieces (each opener is one character past the last one's piece), and the
    other brackets' openers are counted from the pieces before them (``_openers_at``). ``held_pairs`` makes the pairs
    and the pairs that may hold an assignment in one walk.

    >>> bracket_pairs("甲（乙）丙（丁（戊）")
    ((1, ['乙）丙', '丁', '戊）'], [1, -1, 1], []), [5])
    """
    seg, head, pieces, firsts = _pieces(text, start, end)
    if max(firsts, default=-1) >= MAX_SPAN:  # rare: looked for again within MAX_SPAN only (slower arguments)
        firsts = list(map(str.find, pieces, repeat("）"), repeat(0), repeat(MAX_SPAN)))
    first_at = start + len(head)
    lone = indexes_of(firsts, -1)  # the pieces after the openers of no simple pair (one C scan: no pair made)
    closers = seg.count("）")
    if not lone and len(pieces) == closers:  # every bracket in a simple pair
        return (first_at, pieces, firsts, []), []
    outer, unclosed = _other_pairs(seg, start, head, (first_at, pieces, firsts), lone, closers, {})
    return (first_at, pieces, firsts, outer), unclosed


def held_pairs(text: str, least: int) -> tuple[BracketPairs, list[int], list[tuple[int, int]], list[str]]:
    """``bracket_pairs(text)``, and ``spans_at_least`` of them for ``least`` (at most ``MAX_SPAN``) with the text
    inside each pair, made in one walk over the openers: the index's pairs that may hold an assignment (least 4).
    The walk also finds a pair too long (then every pair is made again as ``bracket_pairs`` makes them) and the
    openers of no simple pair (their offsets, which the depth loop needs, taken from it: no C pass for the longest
    pair, no count of the pieces before them).

    >>> pairs, unclosed, held, insides = held_pairs("（一）推进（甲局牵头）（乙（丙）丁）（未闭", 4)
    >>> held, insides, unclosed, pairs[3]
    ([(5, 10), (11, 17)], ['甲局牵头', '乙（丙）丁'], [18], [(11, 17)])
    """
    seg, head, pieces, firsts = _pieces(text, 0, len(text))
    at = first_at = len(head)
    shortest = least - 1  # (a pair's close - open is one more than its closer's offset in the piece)
    simple: list[tuple[int, int]] = []
    insides: list[str] = []
    lone_at: list[int] = []  # the openers of no simple pair
    for piece, first in zip(pieces, firsts):
        if first >= shortest:
            if first >= MAX_SPAN:
                break  # a closer too far: not this pair's (rare)
            simple.append((at, at + first + 1))
            insides.append(piece[:first])  # (its piece holds no bracket before the closer)
        elif first < 0:
            lone_at.append(at)
        at += len(piece) + 1
    else:
        closers = seg.count("）")
        if not lone_at and len(pieces) == closers:  # every bracket in a simple pair
            return (first_at, pieces, firsts, []), [], simple, insides
        lone = indexes_of(firsts, -1)
        known = dict(zip(lone, lone_at))  # and the next pieces' openers (where other closers nearly always are)
        known.update((k + 1, at + len(pieces[k]) + 1) for k, at in zip(lone, lone_at))
        outer, unclosed = _other_pairs(seg, 0, head, (first_at, pieces, firsts), lone, closers, known)
        held, held_insides = _with_outer(simple, outer, least, insides, text)
        return (first_at, pieces, firsts, outer), unclosed, held, held_insides
    pairs, unclosed = bracket_pairs(text)
    held = spans_at_least(pairs, least)
    return pairs, unclosed, held, [text[a + 1 : b] for a, b in held]


def _pieces(text: str, start: int, end: int | None) -> tuple[str, str, list[str], list[int]]:
    """``text[start:end]`` with its half-width brackets made full-width, the text before its first opener, the text
    after each opener up to the next (none holds an opener), and each one's first closer (-1: none).

    >>> _pieces("甲（乙）丙(丁", 0, None)
    ('甲（乙）丙（丁', '甲', ['乙）丙', '丁'], [1, -1])
    """
    end = len(text) if end is None else end
    seg = text[start:end] if start or end != len(text) else text
    seg = seg.replace("(", "（").replace(")", "）")
    pieces = seg.split("（")
    head = pieces[0]
    del pieces[0]
    return (
        seg,
        head,
        pieces,
        list(map(str.find, pieces, repeat("）"))),
    )  # each opener's next closer, if before the next opener


def _other_pairs(
    seg: str,
    start: int,
    head: str,
    walked: tuple[int, list[str], list[int]],
    lone: list[int],
    closers: int,
    known: dict[int, int],
) -> tuple[list[tuple[int, int]], list[int]]:
    """The top-level pairs of the brackets of no simple pair, and the unclosed openers, by the depth loop over those
    brackets alone: the openers of no simple pair (``lone``, indexes of the pieces), and the closers of none (in the
    text before the first opener, and in the pieces whose last closer is not their simple pair's: rfind meets find
    for one closer). ``walked``: ``bracket_pairs``' first opener's offset, pieces and firsts; ``closers``: how many
    closers ``seg`` holds; ``known``: the offsets of some openers, by their piece's index (the rest are counted).

    What the depth loop drops as too far back is decided at these brackets alone (a drop at a bracket of a simple
    pair would also happen at the next bracket, or leave the opener unclosed at the end all the same).

    >>> seg = "（甲（乙）丙）"
    >>> _other_pairs(seg, 0, "", (0, ["甲", "乙）丙）"], [-1, 1]), [0], 2, {})
    ([(0, 6)], [])
    """
    first_at, pieces, firsts = walked
    others = set(offsets_of(head, "）", start))
    missing = closers - (len(pieces) - len(lone)) - len(others)  # the other closers not found yet
    # first where they nearly always are: the piece of such an opener (a closer too far) and the next
    # one (its closer after a simple pair inside: （A（B）C）); every piece only when the count says so
    beside = set(lone)
    beside.update(map(add, lone, repeat(1)))
    beside.discard(len(pieces))
    taken: list[int] = []  # the pieces holding other closers
    for candidates in (sorted(beside), range(len(pieces))):
        if not missing:
            break
        last_closers = map(str.rfind, map(pieces.__getitem__, candidates), repeat("）"))
        for k in compress(candidates, map(ne, last_closers, map(firsts.__getitem__, candidates))):
            if k not in taken:
                taken.append(k)
                missing -= pieces[k].count("）") - (firsts[k] != -1)
    opens = _openers_at(first_at, pieces, [k for k in (*lone, *taken) if k not in known])
    opens.update(known)
    others.update(map(opens.__getitem__, lone))
    for k in taken:
        found = offsets_of(pieces[k], "）", opens[k] + 1)
        if firsts[k] != -1:
            found.remove(opens[k] + firsts[k] + 1)
        others.update(found)
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
    return outer, unclosed


def _openers_at(first_at: int, pieces: list[str], ks: list[int]) -> dict[int, int]:
    """The offsets of the openers ``ks`` (indexes of ``pieces``, the text after each opener: ``bracket_pairs``), the
    first at ``first_at``: each counted from the last by the length of the pieces between joined by their openers (a
    C join, no loop over every opener).

    >>> _openers_at(1, ["乙）丙", "丁", "戊）"], [2, 1, 2])
    {1: 5, 2: 7}
    """
    opens: dict[int, int] = {}
    at, last = first_at, 0
    for k in sorted(ks):
        if k > last:
            at += len("（".join(pieces[last:k])) + 1
            last = k
        opens[k] = at
    return opens


def spans_at_least(pairs: BracketPairs, least: int) -> list[tuple[int, int]]:
    """The top-level pairs of ``bracket_pairs`` (``pairs``) whose close - open is ``least`` or more, in order:
    every pair for 1 (``parentheticals``, ``Index.spans``); ``held_pairs`` makes those of 4 for the index (no pair
    made of the others, 905 of the bundled plan's 1,806, such as （一）).

    >>> pairs, _ = bracket_pairs("（一）推进（甲局牵头）（乙（丙）丁）")
    >>> spans_at_least(pairs, 1), spans_at_least(pairs, 4)
    ([(0, 2), (5, 10), (11, 17)], [(5, 10), (11, 17)])
    """
    at, pieces, firsts, outer = pairs
    # one walk over the openers, each one past the last one's piece (a loop of specialised bytecodes: the C stages
    # ``map(add, accumulate(map(len, …)), range(…))`` for the openers cost 1.60 M instructions where a loop costs
    # 1.15 M for the bundled plan's 1,820 openers; that loop and a comprehension of the pairs after it, 3.26 M for
    # every pair, 2.53 M for those of 4, where this walk costs 2.90 and 2.16 M)
    shortest = least - 1  # (a pair's close - open is one more than its closer's offset in the piece)
    simple: list[tuple[int, int]] = []
    for piece, first in zip(pieces, firsts):
        if first >= shortest:
            simple.append((at, at + first + 1))
        at += len(piece) + 1
    if not outer:
        return simple
    return _with_outer(simple, outer, least)[0]


def _with_outer(
    simple: list[tuple[int, int]],
    outer: list[tuple[int, int]],
    least: int,
    insides: list[str] | None = None,
    text: str = "",
) -> tuple[list[tuple[int, int]], list[str]]:
    """``simple`` (pairs in order) with the ``outer`` pairs of ``least`` or more merged in and the simple pairs inside
    an outer one dropped (none is top-level); and the same of ``insides`` (the simple pairs' insides, when given), an
    outer pair's cut from ``text``.

    >>> _with_outer([(0, 2), (4, 6), (9, 11)], [(3, 8)], 4, ["a", "b", "c"], "0123456789012")
    ([(0, 2), (3, 8), (9, 11)], ['a', '4567', 'c'])
    """
    spans: list[tuple[int, int]] = []
    kept: list[str] = []
    k = 0
    for a, b in outer:  # (a,) sorts before every simple pair that opens at a or after
        i = bisect_left(simple, (a,), k)
        spans += simple[k:i]
        if insides is not None:
            kept += insides[k:i]
        if b - a >= least:
            spans.append((a, b))
            if insides is not None:
                kept.append(text[a + 1 : b])
        k = bisect_left(simple, (b,), i)  # the simple pairs inside it: none is top-level (nor longer than it)
    spans += simple[k:]
    if insides is not None:
        kept += insides[k:]
    return spans, kept


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

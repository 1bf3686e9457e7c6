"""Duties listed unit by unit in a bracket closing a paragraph: ``…，并报区建管委。（A：负责…。B：…。C：协助…）``.

A plan may close an article's paragraph with a bracket that gives each body its share of the work, one run-in duty
passage after another (``单位：duty。``), as a duties section gives each its paragraph (``区民防办：负责…``,
``duties.read_duty``): each passage is a task its body leads, the paragraph's own sentence a task of its own (round
80 heldout26, held-out 101 lines 84 and 88). Only a bracket of two passages or more whose heads read as bodies is
such a list: a bracket of one (``（城运中心：…）``), a note (``（详见附件3）``) or a kind's passage (``村、居及公司：…``)
gives none.

>>> t = "对拒不整改的，A中心牵头处置。（规划办：负责巡查。执法队：负责执法）"
>>> [(t[a:b], [u.name for u in d.units]) for a, b, d in bracket_duties(t, 0, len(t))]
[('规划办：负责巡查。', ['规划办']), ('执法队：负责执法', ['执法队'])]
"""

from __future__ import annotations

from reformgraph.loaders.duties import read_duty
from reformgraph.loaders.roles import Assignment, RoleUnit
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.regexcache import compiled

_CLOSE = ("）", ")")
_OPEN = {"）": "（", ")": "("}
# a passage's head: a body's name (no clause's mark inside) closed by its colon
_HEAD = compiled(r"[^，,。；;：:（）()“”]{2,20}[：:]")
_PASSAGE_END = "。；;"  # what ends the passage before the next head


def _opening(text: str, start: int, close: int) -> int:
    """Where the bracket closing at ``close`` opens in ``text[start:close]`` (a name's bracket inside it too), else -1.

    >>> t = "报区政府。（A：负责（含B）。C：…）"
    >>> _opening(t, 0, len(t) - 1), _opening("A）", 0, 1)
    (5, -1)
    """
    shut, depth = text[close], 0
    for at in range(close, start - 1, -1):
        if text[at] == shut:
            depth += 1
        elif text[at] == _OPEN[shut]:
            depth -= 1
            if not depth:
                return at
    return -1


def _passage_starts(text: str, start: int, end: int) -> list[int]:
    """Where each duty passage of a bracket's words ``text[start:end]`` starts: at its start and after a ``。`` or
    ``；`` that a head follows.

    >>> _passage_starts("A办：负责巡查，定期抽查。B队：执法；C所：协助", 0, 24)
    [0, 13, 19]
    """
    starts = [start] if _HEAD.match(text, start, end) else []
    for at in range(start, end - 1):
        if text[at] in _PASSAGE_END and _HEAD.match(text, at + 1, end):
            starts.append(at + 1)
    return starts


def _bracket_left_out(text: str, head: str) -> bool:
    """Whether ``head`` is a name the plan writes elsewhere with a bracket: a body then its section (``城运中心安全生产``
    for ``城运中心（安全生产）``), the same section named without its bracket.

    >>> t = "城运中心（安全生产）等部门参与审核。"
    >>> _bracket_left_out(t, "城运中心安全生产"), _bracket_left_out(t, "城运中心安全"), _bracket_left_out("A中心(安全)", "A中心安全")
    (True, False, True)
    """
    return any(
        is_unit_name(head[:k]) and (f"{head[:k]}（{head[k:]}）" in text or f"{head[:k]}({head[k:]})" in text)
        for k in range(2, len(head) - 1)
    )


def _duty(text: str, start: int, end: int) -> Assignment | None:
    """The body that leads the passage ``text[start:end]``: ``read_duty``'s, or a section the plan names elsewhere
    with a bracket (``_bracket_left_out``)."""
    duty = read_duty(text, start, end)
    if duty is not None:
        return duty
    colon = _HEAD.match(text, start, end).end() - 1
    head = text[start:colon]
    if _bracket_left_out(text, head):
        return Assignment(units=(RoleUnit(head, "lead", start),), anchor=start)
    return None


def bracket_duties(text: str, start: int, end: int) -> list[tuple[int, int, Assignment]]:
    """The duty passages of the bracket that closes the paragraph ``text[start:end]``: (start, end, the body that
    leads it) of each that reads as a body's duty, in order; [] when the paragraph ends in no bracket or its bracket
    holds fewer than two passages read so.

    >>> t = "1.开展巡查。（A中心：负责巡查。B队：负责执法。村、居：要巡查）"
    >>> [(t[a:b], [u.name for u in d.units]) for a, b, d in bracket_duties(t, 0, len(t))]
    [('A中心：负责巡查。', ['A中心']), ('B队：负责执法。', ['B队'])]
    >>> bracket_duties("开展巡查。（详见附件3）", 0, 12), bracket_duties("开展巡查。（A中心：负责巡查）", 0, 15)
    ([], [])
    """
    close = end - 1
    while close > start and text[close] in "。；; ":
        close -= 1
    if text[close] not in _CLOSE:
        return []
    opening = _opening(text, start, close)
    if opening < start:
        return []
    starts = _passage_starts(text, opening + 1, close)
    if len(starts) < 2:
        return []
    read = []
    for a, b in zip(starts, [*starts[1:], close]):
        duty = _duty(text, a, b)
        if duty is not None:
            read.append((a, b, duty))
    return read if len(read) >= 2 else []

"""The lines compacted with their line breaks as they are (session 53): where ``text_marks.spaces_of`` tells that a
text's whitespace is ``" "``, ``\\t`` and ``\\u3000`` alone, ``source._compacted_lines`` cuts its words at ``" "`` with
each ``\\n`` left in its word (no stand-in put for the breaks), cuts the compact text at its breaks once, and looks for
the markdown headings and the lines holding a ``*`` only on the lines whose ``latin_of`` bytes hold a ``#`` or a
``*``. Each is tested against the rule it stands for: ``_compacted_joined`` of the lines joined by the stand-in, and
``Source.from_text`` made that way, field by field, on the bundled plan, every text fixture and seeded random texts
(words' ends across a line's start among them).
"""

from __future__ import annotations

import random

from reformgraph.loaders import source as source_module
from reformgraph.loaders.source import _LINE_MARK, Source, _compacted_joined, _compacted_lines
from reformgraph.loaders.text_marks import latin_of, spaces_of
from tests.support.readings import plan_texts
from tests.test_fast_paths_perfsource65 import _fields  # the fields compared, as session 49's test compares them

# a heading's marks, a bold word, a lone *, a gap after a unit's label, a goal's number, words of one or two characters
# (their ends then reach back across a line's start) and each kind of common whitespace; the stand-in itself in one
# text of twenty (the stand-in's way then)
_PIECES = ["甲", "局", "一", "（三）", "，", "#", "## ", "**", "*", "牵头单位", "县财政局", "\n", "\n\n", "\n一", "1"]
_SPACES = [" ", " ", "  ", "\t", "\u3000"]


def _random_text(rnd: random.Random) -> str:
    pieces = [rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40))]
    for _ in range(rnd.randint(0, 12)):
        pieces.insert(rnd.randint(0, len(pieces)), rnd.choice(_SPACES))
    if rnd.random() < 0.05:
        pieces.insert(rnd.randint(0, len(pieces)), _LINE_MARK)
    return "".join(pieces)


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [*plan_texts(), *(_random_text(rnd) for _ in range(count))]


def _joined(body: str, spaces: str, latin: bytes) -> tuple:
    """The rule: ``_compacted_joined`` of the lines joined by the stand-in for their breaks."""
    return _compacted_joined(body.replace("\n", _LINE_MARK), spaces)


def test_compacted_lines_as_compacted_joined():
    fast = across = headed = starred = 0
    for text in _texts(4000, 1):
        latin = latin_of(text)
        spaces = spaces_of(latin)
        if not text or spaces is None or _LINE_MARK in text:
            continue
        body = text[:-1] if text[-1] == "\n" else text
        compacted = _compacted_lines(body, spaces, latin)
        assert compacted == _joined(body, spaces, latin), repr(text)
        fast += 1
        across += any(_LINE_MARK in end for end in compacted[3])
        headed += bool(compacted[1])
        starred += bool(compacted[2])
    assert fast > 3000 and min(across, headed, starred) > 300, (fast, across, headed, starred)


def test_from_text_as_with_the_stand_in(monkeypatch):
    taken = 0
    for text in _texts(1500, 2):
        if not text:
            continue
        fast = Source.from_text(text)
        with monkeypatch.context() as patched:
            patched.setattr(source_module, "_compacted_lines", _joined)
            assert _fields(fast) == _fields(Source.from_text(text)), repr(text[:200])
        taken += spaces_of(latin_of(text)) is not None and _LINE_MARK not in text
    assert taken > 1500

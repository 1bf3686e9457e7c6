"""The words of a text cut at its spaces alone (session 52): ``text_marks.spaces_of`` reads from ``latin_of``'s bytes
(which now code the wide spaces too) whether a text holds whitespace other than ``" "``, ``\\t``, ``\\n`` and
``\\u3000``; when not, ``source._compacted_joined`` cuts the words at ``" "`` (the tabs and full-width spaces made
spaces first) where ``str.split`` tested every character for every Unicode space. Each is tested against the rule it
stands for: ``str.isspace`` over every code point, the text's own characters, and the lines compacted each on its
own (``"".join(line.split())``) and the source made with no spaces known, on every text fixture and random texts
holding each kind of whitespace.
"""

from __future__ import annotations

import random
from pathlib import Path

from reformgraph.loaders import source as source_module
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import _LINE_MARK, Source, _compacted_joined
from reformgraph.loaders.text_marks import RARE_MARKS, RARE_SPACES, coded, latin_of, spaces_of
from tests.test_fast_paths_perfsource65 import _fields  # the fields compared, as session 49's test compares them

_FIXTURES = Path(__file__).resolve().parent / "fixtures"
# the whitespace ``latin_of`` codes (not Latin-1, not a rare mark already): the full-width space and the wide ones
WIDE_SPACES = [c for c in RARE_SPACES + "\u3000" if ord(c) > 0xFF and c not in RARE_MARKS]
_SPACES = [" ", "\t", "\u3000", *RARE_SPACES]
_PIECES = ["甲", "局", "单位", "，", "\n", "\n\n", "# 标题", "1", "*", "牵头单位", "县财政局", "（三）", "\x02"]


def _random_text(rnd: random.Random, spaces: list[str]) -> str:
    pieces = [rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40))]
    for _ in range(rnd.randint(0, 12)):
        pieces.insert(rnd.randint(0, len(pieces)), rnd.choice(spaces) * rnd.randint(1, 3))
    return "".join(pieces)


def _texts(count: int, seed: int) -> list[str]:
    """Random texts: a third with spaces, tabs and full-width spaces alone, the rest with every kind of whitespace
    (each kind of ``RARE_SPACES`` then in over ten of them)."""
    rnd = random.Random(seed)
    common = _SPACES[:3]
    return [decode_text(BUNDLED_DOCUMENT.read_bytes()), "", " ", "\u3000\t", "甲\u2003乙"] + [
        _random_text(rnd, common if i % 3 == 0 else [*common, rnd.choice(RARE_SPACES)]) for i in range(count)
    ]


def test_rare_spaces_are_every_space_of_split_but_the_common_ones():
    splits = [c for c in map(chr, range(0x110000)) if len(("a" + c + "b").split()) == 2]
    assert splits == [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert RARE_SPACES == "".join(c for c in splits if c not in " \t\n\u3000")


def test_every_space_is_kept_by_latin_of_with_a_code_of_its_own():
    codes = [coded(c) for c in [*RARE_MARKS, *WIDE_SPACES]]
    assert len(WIDE_SPACES) == 15 and len(set(codes)) == len(codes)
    for space, code in zip(WIDE_SPACES, codes[len(RARE_MARKS) :], strict=True):
        assert len(code) == 1 and (0x10 <= code[0] < 0x18 or (0x80 <= code[0] < 0xA0 and code[0] != 0x85))
        assert latin_of("甲" + space + "乙") == code, repr(space)
    for space in _SPACES:  # (the Latin-1 ones as themselves)
        assert coded(space) is not None and (ord(space) > 0xFF or coded(space) == space.encode("latin-1"))


def test_spaces_of_as_the_characters_of_the_text():
    held = dict.fromkeys(_SPACES, 0)
    for text in _texts(3000, 1):
        found = set(text)
        expected = None if found & set(RARE_SPACES) else " " + "".join(c for c in "\t\u3000" if c in found)
        assert spaces_of(latin_of(text)) == expected, repr(text)
        for space in found & held.keys():
            held[space] += 1
    assert min(held.values()) > 10, held


def _per_line(joined: str) -> list[str]:
    """The rule: each line compacted on its own (``source._compacts_but_heads``' slow path)."""
    return ["".join(line.split()) for line in joined.split(_LINE_MARK)]


def test_compacted_joined_as_with_every_unicode_space():
    fast = 0
    for text in _texts(3000, 2):
        joined = text.replace("\n", _LINE_MARK)
        spaces = spaces_of(latin_of(text))
        if spaces is not None:
            fast += 1
            compacted = _compacted_joined(joined, spaces)
            assert compacted == _compacted_joined(joined), repr(text)
            assert [line.lstrip("#") for line in _per_line(joined)] == compacted[0], repr(text)
    assert fast > 1000


def _no_spaces_known(monkeypatch, text: str) -> Source:
    with monkeypatch.context() as patched:
        patched.setattr(source_module, "spaces_of", lambda latin: None)
        return Source.from_text(text)


def test_from_text_as_with_no_spaces_known_on_every_text_fixture(monkeypatch):
    paths = sorted([*_FIXTURES.rglob("*.md"), *_FIXTURES.rglob("*.txt")])
    texts = [decode_text(p.read_bytes()) for p in paths] + _texts(1000, 3)
    fast = 0
    for text in texts:
        if not text:
            continue
        fast += spaces_of(latin_of(text)) is not None
        assert _fields(Source.from_text(text)) == _fields(_no_spaces_known(monkeypatch, text)), repr(text[:200])
    assert len(paths) > 800 and fast > 800

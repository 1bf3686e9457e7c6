"""The index's fast paths of session 45 (issue 15) read exactly as the rules they stand for.

``unit_lists.NAMES_ALONE`` takes each piece whole (a possessive run, its last character asked after it) and
``assign._USUAL_HEAD`` takes each value atomically: both match what their greedy forms of session 44 matched, with the
same groups. The patterns are compared with those forms (kept here) on every field value and head of the bundled
document's and the text fixtures' brackets and on seeded random lists and heads.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from reformgraph.loaders import assign, unit_lists
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.regexcache import compiled

sys.path.insert(0, str(Path(__file__).parent))
from test_fast_paths_perfindex60 import _heads, _insides, _random_head, _random_list  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
_NAMES_ALONE = compiled(unit_lists.NAMES_ALONE)

# session 44's forms: each piece a greedy run given back to its last character
_GREEDY_PIECE = f"[^{unit_lists._characters(unit_lists._NOT_IN_NAME_ALONE)}]*"
_GREEDY_NAMES_ALONE = (
    f"(?:{_GREEDY_PIECE}[{unit_lists._characters(unit_lists._NAME_ALONE_NOT_LEVEL)}]、)*"
    f"{_GREEDY_PIECE}[{unit_lists._characters(unit_lists._NAME_ALONE_LAST)}]"
)
_GREEDY_VALUE = rf"(?:({_GREEDY_NAMES_ALONE})|([^：:；;（(]*))；"
_GREEDY_HEAD = compiled(rf"牵头单位：{_GREEDY_VALUE}(?:配合单位：{_GREEDY_VALUE})?")
_GREEDY_LIST = compiled(_GREEDY_NAMES_ALONE)


@pytest.fixture(scope="module")
def inners() -> list[str]:
    found = _insides(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".md", ".txt"):
            found.extend(_insides(decode_text(path.read_bytes())))
    return list(dict.fromkeys(found))


def _same_heads(heads: list[str]) -> int:
    """``_USUAL_HEAD`` matches each head as its greedy form does, with the same groups; how many it matched."""
    matched = 0
    for head in heads:
        new, old = assign._USUAL_HEAD.fullmatch(head), _GREEDY_HEAD.fullmatch(head)
        assert (new is None) == (old is None), head
        if new is not None:
            matched += 1
            assert new.groups() == old.groups(), head
    return matched


def _same_lists(lists: list[str]) -> int:
    """``NAMES_ALONE`` matches each list (alone, and followed by ``；``) as its greedy form does; how many."""
    matched = 0
    followed = compiled(f"({unit_lists.NAMES_ALONE})；")
    greedy_followed = compiled(f"({_GREEDY_NAMES_ALONE})；")
    for items in lists:
        new = _NAMES_ALONE.fullmatch(items) is not None
        assert new == (_GREEDY_LIST.fullmatch(items) is not None), items
        assert (followed.match(items + "；") is None) == (greedy_followed.match(items + "；") is None), items
        matched += new
    return matched


def test_the_brackets_heads_match_as_the_greedy_head(inners):
    assert _same_heads(_heads(inners)) > 400


def test_random_heads_match_as_the_greedy_head():
    rng = random.Random(61)
    assert _same_heads(list(dict.fromkeys(_random_head(rng) for _ in range(8000)))) > 3000


def test_the_brackets_values_match_as_the_greedy_list(inners):
    values = []
    for inner in inners:
        values.extend(inner.replace("：", ";").replace(":", ";").replace("；", ";").split(";"))
    assert _same_lists(list(dict.fromkeys(values))) > 500


def test_random_lists_match_as_the_greedy_list():
    rng = random.Random(61)
    lists = list(dict.fromkeys(_random_list(rng) for _ in range(8000)))
    lists += [items + "、" + tail for items, tail in zip(lists, ["", "、", "；", "，区财政局", "区财政局"] * 2000)]
    assert _same_lists(lists) > 300

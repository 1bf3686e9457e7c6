"""Session 49's index gate (helper perfindex65) against the rule it stands for.

``unit_lists.may_share_a_body`` looks for the committees ``shared_bodies`` reads (管委会, 管理委员会, 党委, 党工委, 区委 …)
by one search of the character before their 委 (``_COMMITTEE_TAIL``) in place of an ``in`` for each. It lets through
every list that holds one of them (the rule: the nine ``in``), and the few more it lets through (总工委, 市管委办 …)
``shared_bodies`` leaves as they are. Compared on every list the bundled plan and the text fixtures hand to the gate
(recorded while each is parsed), on crafted lists and on seeded random lists of pieces that hold the words or come
near them.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders import unit_lists
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import RoleUnit

FIXTURES = Path(__file__).parent / "fixtures"


def _by_the_nine(written: str) -> bool:
    """The gate as written before: each committee looked for by an ``in`` of its own."""
    return (
        "府" in written
        or ("委" in written and any(word in written for word in unit_lists._COMMITTEES))
        or ("处" in written and "街道办事处" in written)
    )


def _unchanged(written: str) -> bool:
    """Whether ``shared_bodies`` leaves the units of ``written`` (split at its marks) as they are."""
    pieces = [piece for piece in unit_lists.ITEM_MARK.split(written) if piece]  # (no caller hands an empty name)
    units = [RoleUnit(piece, None, k) for k, piece in enumerate(pieces)]
    return unit_lists.shared_bodies(units) == units


def _same(written: str) -> None:
    fast, rule = unit_lists.may_share_a_body(written), _by_the_nine(written)
    assert fast or not rule, written  # every list the rule lets through passes
    if fast != rule:
        assert _unchanged(written), written  # and those only the search lets through change nothing


@pytest.fixture(scope="module")
def recorded() -> list[str]:
    """The lists the gate is asked of while the bundled plan and the text fixtures are parsed."""
    asked: list[str] = []
    gate = unit_lists.may_share_a_body

    def recording(written: str) -> bool:
        asked.append(written)
        return gate(written)

    unit_lists.may_share_a_body = recording
    try:
        parse_document(decode_text(BUNDLED_DOCUMENT.read_bytes()))
        for path in sorted(FIXTURES.rglob("*")):
            if path.suffix in (".md", ".txt"):
                try:
                    parse_document(decode_text(path.read_bytes()))
                except DocumentError:
                    pass  # a fixture that names no task (its lists asked before the error are kept)
    finally:
        unit_lists.may_share_a_body = gate
    return list(dict.fromkeys(asked))


def test_the_corpus_lists_pass_as_by_the_nine(recorded):
    for written in recorded:
        _same(written)
    assert len(recorded) > 300
    assert sum(map(_by_the_nine, recorded)) > 20


CRAFTED = [
    "青石区、东湖区人民政府",
    "池北区、池西区管委会",
    "池北区、池西区管理委员会",
    "汉滨区委、区政府",
    "蓉江、东山街道办事处",
    "唐江镇、龙回镇党委",
    "唐江镇、龙回镇党工委",
    "市委组织部、市委宣传部",
    "市发展改革委、市财政局",
    "市市场监管局、区商务委",
    "市卫生处",
    "市总工委、市教委",  # 工委 with no 党 before it: let through, nothing changed
    "市管委办、县乡委",
    "理委、管委",
    "委、区委",
    "甲乡、乙乡委",
    "甲镇、乙镇委",
    "高新区、经开区管委会、县委",
    "委员会、管委",
]


def test_crafted_lists_pass_as_by_the_nine():
    for written in CRAFTED:
        _same(written)


_PIECES = [
    "青石区",
    "东湖区",
    "甲镇",
    "乙乡",
    "区委",
    "县委",
    "镇委",
    "乡委",
    "市委",
    "区政府",
    "人民政府",
    "管委会",
    "管理委员会",
    "党委",
    "党工委",
    "总工委",
    "管委",
    "理委",
    "市教委",
    "市发展改革委",
    "街道办事处",
    "市财政局",
    "各区县",
    "委",
]


def test_random_lists_pass_as_by_the_nine():
    rng = random.Random(65)
    for _ in range(6000):
        pieces = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 2))) for _ in range(rng.randint(1, 4))]
        _same(rng.choice("、，").join(pieces))

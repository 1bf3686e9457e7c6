"""Session 50's fast path in ``assign._usual_parts`` (helper perfinside66) against the rule it stands for.

A usual head's field of names alone (``_USUAL_VALUE``'s first group) is made into the head's parts at once (its units
by ``names_units``, no person, no rest), where ``_usual_field`` appended them to lists copied and made tuples again.
Every bracket must read as the whole bracket read by ``_labelled`` (the fold), all in one call (heads and leads
shared) and each alone; and each head's parts must be the fields the fold makes of the head (``_fields_of``).
"""

from __future__ import annotations

from reformgraph.loaders import assign
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from tests.test_fast_paths_bracket import _insides, _plainly

CRAFTED = [
    "牵头单位：区财政局；完成时限：2025年",
    "责任单位：区财政局、区税务局；完成时限：2025年",
    "牵头单位：区财政局；配合单位：区税务局、区商务委；完成时限：2025年",
    "责任单位：区财政局；配合单位：区税务局；完成时限：2025年",
    "牵头单位：无；配合单位：区税务局、区商务委；完成时限：2025年",  # no lead unit: the supporting field anchors
    "牵头单位：；配合单位：区税务局；完成时限：2025年",
    "牵头单位：青石区、东湖区人民政府；配合单位：池北区、池西区管委会；完成时限：2025年",  # shared bodies
    "牵头单位：汉滨区委、区政府；配合单位：区财政局；完成时限：2025年",
    "牵头单位：区财政局（张某某）；配合单位：区税务局、区商务委；完成时限：2025年",  # a person in the lead's value
    "牵头单位：区财政局，区税务局等部门；配合单位：区商务委、区司法局；完成时限：2025年",  # a lead read the long way
    "牵头单位：区财政局；配合单位：区商务委，各街道；完成时限：2025年",  # a support read the long way
    "牵头单位:区财政局;配合单位:区税务局、区商务委;完成时限:2025年",  # half-width
    "牵头单位：区财政局；配合单位：区税务局、区商务委。完成时限：2025年",
    "牵头单位：区财政局；配合单位：区税务局；完成时限：",  # an empty deadline: the parts made the fields
]


def _same(inners: list[str]) -> None:
    assert assign.read_insides(inners, {}) == _plainly(inners)
    for inner in inners:
        assert assign.read_insides([inner], {}) == _plainly([inner])


def _heads(inners: list[str]) -> list[str]:
    return [inner.rpartition("；")[0] + "；" for inner in inners if "；" in inner]


def _as_the_fold_in_heads(values: list[str]) -> None:
    """Each of ``values`` as a usual head's supporting value, its lead value and (the first 200) its responsible value,
    each bracket closed by a deadline field: every head read as the fold reads it, every bracket as read plainly."""
    inners = [f"牵头单位：区财政局；配合单位：{value}；完成时限：2025年" for value in values]
    inners += [f"牵头单位：{value}；配合单位：区税务局；完成时限：2025年" for value in values]
    inners += [f"责任单位：{value}；完成时限：2025年" for value in values[:200]]
    for head in _heads(inners):
        _as_the_fold(head)
    _same(inners)


def _as_the_fold(head: str) -> None:
    parts = assign._usual_parts(head, {}, {})
    if parts is None:
        return
    fields = assign._fields_of(head, 0, len(head), assign._NO_STARTS, {}, assign._split_fields(head))
    units, people, rest, first_listed, carried, anchor, first_unit, roles = parts
    assert (tuple(fields.units), tuple(fields.people), fields.rest) == (units, people, rest), head
    assert (fields.first_listed, tuple(fields.carried), fields.anchor, fields.roles) == (
        first_listed,
        carried,
        anchor,
        roles,
    ), head


def test_crafted_brackets():
    _same(CRAFTED)
    for head in _heads(CRAFTED):
        _as_the_fold(head)


def test_the_bundled_plans_heads():
    inners = _insides(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    heads = _heads(inners)
    assert sum(assign._usual_parts(h, {}, {}) is not None for h in heads) > 150
    for head in heads:
        _as_the_fold(head)
    assert assign.read_insides(inners, {}) == _plainly(inners)

"""The index's fast paths (``loaders.assignments``, ``assign``, ``unit_lists``) against the plain rules they stand for,
on the bundled document and on crafted edge cases: each test fails if the two ever differ."""

from __future__ import annotations

import pytest

from reformgraph.loaders import assign, assignments, unit_lists
from reformgraph.loaders.assign import _field_role, read_inside
from reformgraph.loaders.assignments import Found, index_assignments
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.roles import RoleUnit, named
from reformgraph.loaders.scan import parentheticals
from reformgraph.loaders.source import Source
from reformgraph.loaders.unit_lists import DEADLINE_COMMA, UNIT_LAST_CHARACTERS, people_apart
from reformgraph.loaders.vocab import LABEL, LABEL_ROLES, OFFICE_OR_PERSON_LABELS


@pytest.fixture(scope="module")
def bundled() -> Source:
    return Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))


@pytest.fixture(scope="module")
def insides(bundled) -> list[str]:
    """The distinct insides of the bundled document's parentheticals."""
    text = bundled.text.text
    return list(dict.fromkeys(text[a + 1 : b] for a, b in parentheticals(text)[0]))


CRAFTED = [
    "配合单位：区财政局",
    "协办单位：区税务局；完成时限：2025年",
    "牵头单位：甲局",
    "业主单位：县城投公司",
    "项目负责单位：乙局",
    "需求部门：丙局",
    "2024年底前，区财政局牵头",
    "区财政局、区税务局，2024年6月底前完成",
    "区财政局,持续推进",
    "区财政局，区税务局配合",
    "",
    "，",
    "具体负责：张某某",
]


def test_a_partners_opening_opens_with_one_of_its_first_characters(insides):
    # the gate before ``_PARTNERS_OPENING``: no match where the first character is none of the words' first ones
    for inner in [*insides, *CRAFTED, *assignments._PARTNERS_FIRST]:
        if inner and assignments._PARTNERS_OPENING.match(inner):
            assert inner[0] in assignments._PARTNERS_FIRST_CHARACTERS
    assert {w[0] for w in assignments._PARTNERS_FIRST} == assignments._PARTNERS_FIRST_CHARACTERS


def test_partners_after_a_lead_are_still_joined():
    index = index_assignments(Source.from_text("1.推进改革。\n（牵头单位：区市场监管局）\n（协办单位：区司法局）"))
    assert [[(u.name, u.role) for u in f.assignment.units] for f in map(Found._make, index.found)] == [
        [("区市场监管局", "lead"), ("区司法局", "support")]
    ]


def _values(insides: list[str]) -> list[str]:
    """Every field value of the bundled document's labelled parentheticals, and the crafted strings."""
    return [part for inner in insides for part in LABEL.split(inner)[::2]] + CRAFTED


def test_a_comma_before_a_deadline_is_a_comma(insides):
    # ``_field_value`` asks ``DEADLINE_COMMA`` only of a value holding a comma
    for value in _values(insides):
        matches = list(DEADLINE_COMMA.finditer(value))
        assert all(m.group()[0] in "，," for m in matches)
        gated = ("，" in value or "," in value) and DEADLINE_COMMA.search(value) is not None
        assert gated == (DEADLINE_COMMA.search(value) is not None)


def test_a_label_that_names_no_person_has_its_own_role(insides):
    # ``_labelled`` asks ``_field_role`` only of the labels that may name an office or a person
    values = [*_values(insides), "张某某", "张某某；", "政策法规科"]
    for label in LABEL_ROLES:
        if label not in OFFICE_OR_PERSON_LABELS:
            assert {_field_role(label, value) for value in values} == {LABEL_ROLES[label]}
    assert _field_role("具体负责", "张某某；") == "person"
    a, _ = read_inside("具体负责：张某某；完成时限：2025年", {})
    assert named(a).label_roles == ("person", "deadline")


def _people_apart_plainly(read: tuple) -> tuple:
    """``people_apart`` as first written: ``all`` over a generator."""
    if all(u.name[-1:] in UNIT_LAST_CHARACTERS for u in read[0]):
        return (*read, ())
    return people_apart(read)


@pytest.mark.parametrize(
    "names",
    [
        [],
        ["区财政局"],
        ["区财政局", "区税务局"],
        ["办公室", "科长张某某"],
        ["科长张某某"],
        ["区财政局", ""],
        ["张某某"],
    ],
)
def test_people_apart_reads_as_the_plain_rule(names):
    read = ([RoleUnit(name, None, k) for k, name in enumerate(names)], None, False, ())
    assert people_apart(read) == _people_apart_plainly(read)


def test_people_apart_on_every_field_of_the_bundled_document(insides):
    memo: dict = {}
    assign.read_insides([i for i in insides if assignments._TRIGGER.search(i)], memo)
    assert memo
    for (at, label, value, role), read in memo.items():  # a field's memo keys on its role too (round 56)
        assert role == _field_role(label, value) or label.endswith("业主单位")
        plain = assign._field_value(value, value, at, role)
        assert people_apart(plain) == _people_apart_plainly(plain)
        assert read[4] == people_apart(plain)[4]


@pytest.mark.parametrize(
    "text, deadline",
    [
        ("1.推进改革（区财政局牵头）（2024年12月底前）。", "2024年12月底前"),
        ("1.推进改革（区财政局牵头）。（完成时限：2024年底）", "2024年底"),
        ("1.推进改革（区财政局牵头）。另行（2024年底）", None),  # the next bracket does not open right after
        ("1.推进改革（区财政局牵头）", None),  # none after it, at the text's end
    ],
)
def test_a_deadline_in_the_bracket_right_after(text, deadline):
    # ``_deadlines_after`` finds the bracket opening right after by bisection of the spans, not a dict of them all
    index = index_assignments(Source.from_text(text))
    assert Found(*index.found[0]).assignment.deadline == deadline


_NAMES = [
    "青石区",
    "东湖区人民政府",
    "庐江县",
    "巢湖市人民政府",
    "池北区",
    "池西区管委会",
    "池东区管理委员会",
    "蓉江",
    "东山街道办事处",
    "唐江镇",
    "龙回镇党委",
    "龙回镇党工委",
    "某县党委和政府",
    "汉滨区委",
    "区委",
    "区政府",
    "县人民政府",
    "市发展改革委",
    "市财政局",
    "市市场监管局",
    "各区县",
    "市卫生处",
    "某街道",
]


def test_a_list_that_shares_no_body_is_left_as_it_is():
    # ``plain_list`` asks ``shared_bodies`` only of a list whose written text ``may_share_a_body``: every list of two
    # and three of these names that it says may not is one ``shared_bodies`` leaves as it is
    from itertools import permutations

    skipped = 0
    for size in (2, 3):
        for names in permutations(_NAMES, size):
            units = [RoleUnit(name, None, 4 * k) for k, name in enumerate(names)]
            if not unit_lists.may_share_a_body("、".join(names)):
                skipped += 1
                assert unit_lists.shared_bodies(units) == units, names
    assert skipped > 1000


def test_shared_bodies_on_the_bundled_document(insides):
    memo: dict = {}
    assign.read_insides([i for i in insides if assignments._TRIGGER.search(i)], memo)
    for (_, _, value, _), read in memo.items():
        units = read[0]
        if len(units) > 1 and not unit_lists.may_share_a_body(value):
            assert unit_lists.shared_bodies(units) == units

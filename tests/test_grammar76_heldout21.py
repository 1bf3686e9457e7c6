"""Round 76 heldout21: held-out 86-88, three real plans of 松江区, the city and 青浦区 (tests/fixtures/heldout, SOURCES.md).

86 (a district office's approval-centre 实施方案: two bodies that lead together, ``双牵头``) and 87 (the city office's
fire-infrastructure 实施意见: a district collective's 负责 among department types) read exactly on the first run; 88
(a 职责分工 of nine body headings over their duties) missed its last heading, ``（九）各街镇、区管企业``. One rule reads
it, tested here on texts of our own with its guards; the plans themselves are compared with their expected files by
tests/test_heldout.py:

- a kind of body a level owns or runs, named by the level and 管/属 (``区管企业``, ``区属企业``, ``市属国有企业``), in a
  list that an 各 collective opens shares its 各, as a bare level does (``各镇、街道``, round 63): every town and every
  enterprise the district runs (``loaders/unit_names.py``, ``shares_each``; ``loaders/duties.py``, ``_units``).
"""

from __future__ import annotations

import pytest
from support.expected_files import measures

from reformgraph.loaders.read import parse_text
from reformgraph.loaders.unit_names import shares_each


def _read(text: str) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [(m.line, m.text[:4], [u.raw for u in m.leads], [u.raw for u in m.supports]) for m in measures(doc)]


def _plan(heading: str) -> str:
    """A 职责分工 section of two body headings every reading reads, then the heading under test over its duties."""
    return (
        "某区餐厨废弃油脂管理实施意见\n\n三、职责分工\n\n（一）区市场监管局\n\n负责餐饮单位废弃油脂的日常监管。\n\n"
        f"（二）区财政局\n\n负责落实收运补贴资金。\n\n（三）{heading}\n\n负责落实辖区内收运管理职责，做好台账登记。\n\n"
        "四、实施时间\n\n本意见自2020年5月1日起实施。\n"
    )


ANCHORS = [(5, "区市场监", ["区市场监管局"], []), (9, "区财政局", ["区财政局"], [])]


@pytest.mark.parametrize(
    ("heading", "leads"),
    [
        ("各街镇、区管企业", ["各街镇", "区管企业"]),
        ("各街镇、区属企业", ["各街镇", "区属企业"]),
        ("各街道办事处、区属国有企业", ["各街道办事处", "区属国有企业"]),
    ],
)
def test_a_kind_the_level_runs_shares_the_each_of_the_list(heading: str, leads: list[str]):
    assert _read(_plan(heading)) == [*ANCHORS, (13, heading[:4], leads, [])]


def test_the_partners_of_the_shared_heading_are_read_as_under_any_heading():
    # fields of one level closed by 等部门 after 会同 support as written (round 42), the heading's partners (round 64)
    text = _plan("各街镇、区管企业").replace("做好台账登记", "会同区建管、城管等部门，做好台账登记")
    assert _read(text)[-1] == (13, "各街镇、", ["各街镇", "区管企业"], ["区建管", "城管"])


GUARDS = {
    # a kind nobody owns (the actors a plan binds) is no unit, in the list too (held-out 04's 城管执法部门, round 63)
    "a-kind-of-actor": "各街镇、建设单位",
    "a-kind-of-company": "各街镇、物业服务企业",
    # the owned kind with no 各 before it is no body, as 街道： alone is not (round 63 heldout6)
    "no-each": "区管企业",
    "after-a-named-unit": "区城管执法局、区管企业",
}


@pytest.mark.parametrize("heading", list(GUARDS.values()), ids=list(GUARDS))
def test_guard_no_task(heading: str):
    assert _read(_plan(heading)) == ANCHORS


def test_shares_each():
    assert shares_each("区属企业", "各镇") and shares_each("市管企业", "各区政府")
    assert not shares_each("区管企业", "有关部门")  # a collective with no 各 shares nothing
    assert not shares_each("管理企业", "各镇")  # no level before 管

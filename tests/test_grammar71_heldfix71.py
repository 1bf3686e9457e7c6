"""Round 71 heldfix71: held-out 74's last task (line 138), ``在…的指导下，由A督促建设单位会同B…进行摸排``, and 73's
(line 92), ``其他审批部门按照要求，做好…`` in a point dividing its work by body a paragraph each.

Three rules, tested here in words of our own, with guards:

- 督促 after the units of a clause that 由 opens is their role verb, as 组织 and 指导 are (round 44): ``由A督促B…``
  is A's task, A leading; those the urged actor works with (``由A督促建设单位会同C…``) support, as after ``由A会同C``;
  not in a sentence opening with a condition (``若有重大调整，由A督促…``: a procedure for a contingency, held-out 74
  line 132), nor after a 由 that does not open its clause;
- the units guiding a sentence's doers (``在A、B…的指导下，…``) may be a list of up to 60 characters (was 40): six
  bureaus and 等 their kind (held-out 74 line 138); they lead and the doers support, as since round 57;
- in a point dividing its work by body a paragraph each (round 71 heldout16), a paragraph opening with the other
  bodies of a kind (``其他审批部门按照要求，做好…``) is their share, which they lead as the named bodies lead theirs.

Held-out 74's hand reading of line 138 was corrected to the set's reading of ``在A指导下，由B…`` (the guides lead:
tests/test_grammar57_fresh23.py), the alternative its first reading named.
"""

from __future__ import annotations

from support.readings import lines_and_roles

from reformgraph.loaders.prose import read_prose

_HEAD = "某市某某实施意见\n\n一、主要任务\n\n（一）推进改革。甲市发展改革委会同甲市财政局制定办法。\n\n"
_FIRST = (5, ["甲市发展改革委"], ["甲市财政局"])


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body)


def test_by_a_body_urging_others_is_its_task():
    body = "（二）加强统筹。由甲市建管中心督促建设单位会同各区交通主管部门对项目要素进行摸排。\n"
    assert _read(body) == [_FIRST, (7, ["甲市建管中心"], ["各区交通主管部门"])]
    body = "（二）加强统筹。由甲市建管中心督促建设单位对项目要素进行摸排。\n"
    assert _read(body) == [_FIRST, (7, ["甲市建管中心"], [])]


def test_urging_in_a_contingency_is_no_task():
    # guard: a procedure for a condition the sentence opens with
    body = "（二）成果要求。后续若有重大调整，由甲市建管中心督促建设单位组织设计单位再次形成专题报告。\n"
    assert _read(body) == [_FIRST]


def test_urging_after_a_by_not_opening_its_clause_is_no_task():
    # guard: 项目资金由A督促拨付 describes who pays, as 所需资金由A承担 (round 44)
    assert read_prose("项目资金由甲市财政局督促拨付。", 0, 15) is None


def test_a_long_list_of_guides_leads():
    body = (
        "（二）加强联动。在甲市规划资源局、甲市水务局、甲市绿化和市容管理局、甲市生态环境局、甲市房管局等行业主管部门的"
        "指导下，由甲市建管中心督促建设单位会同各区交通主管部门进行摸排。\n"
    )
    leads = ["甲市规划资源局", "甲市水务局", "甲市绿化和市容管理局", "甲市生态环境局", "甲市房管局"]
    assert _read(body) == [_FIRST, (7, leads, ["甲市建管中心", "各区交通主管部门"])]


_DIVISION = (
    "二、保障措施\n\n（一）加强组织领导。\n\n甲市发展改革委会同甲市财政局制订管理办法。\n\n"
    "甲市规划局会同有关部门编制三年计划。\n\n甲市交通委制订实施细则。\n\n{last}\n"
)


def test_the_other_bodies_of_a_division_lead_their_share():
    read = _read(_DIVISION.format(last="其他审批部门按照要求，做好各项配套工作。"))
    assert read[-1] == (17, ["其他审批部门"], [])
    assert [line for line, _, _ in read] == [5, 11, 13, 15, 17]


def test_other_work_or_bodies_outside_a_division_give_no_task():
    # guards: 其他 before work names no body; a lone paragraph of the other bodies, in no division, is no task
    read = _read(_DIVISION.format(last="其他工作按照要求，做好配套。"))
    assert [line for line, _, _ in read] == [5, 11, 13, 15]
    assert _read("（二）保障。\n\n其他审批部门按照要求，做好各项配套工作。\n") == [_FIRST]

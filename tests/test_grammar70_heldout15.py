"""Round 70 heldout15: the fifteenth batch of real held-out plans (tests/fixtures/heldout/67-70).

67 (the city 客货运安全 实施意见, 2012: ``（牵头部门：X。配合部门：…）``), 68 (the city 排水管理体制改革方案, 2025: items
divided among named bodies with no modal, body headings on the line of their duties) and 69 (a district bureau's three
耕地 工作方案, 2020: half-width brackets and commas, bare unit lists) read exactly; their whole readings are checked by
tests/test_heldout.py against the expected files, as 70 does (six city bureaus' 道路危险货物运输 若干意见, 2013: department
types as the bodies of a duties passage). Two rules came of them, tested here in words of our own, with guards:

- a body's duties written after its name and a colon or 。 (``（一）市水务局。负责…；负责协同市财政局建立…``,
  ``区X：负责…，会同区Y…``) name their partners after 会同 or 协同, who support, as the duties under a heading of their
  own line did (round 64, 66); 协同 right before a body's name is a partner's word there too (held-out 68 line 70);
- in a duties passage, a paragraph whose first 负责 follows one department type opening its clause (``公安部门负责…``,
  ``明确职责。各职能管理部门除…外，安全监管部门负责…``) is that type's task, its 会同 partners supporting (held-out 70:
  SPEC leaves a 部门职责 passage of generic types to the reader; held-out 62 reads such types as the work's subjects).
"""

from __future__ import annotations

from support.readings import lines_and_roles

from reformgraph.loaders.prose import duty_partners

_HEAD = "某市某某改革方案\n\n一、工作任务\n\n（一）推进移交。甲市水务局会同甲市财政局制定移交办法。\n\n二、职责分工\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body)


_FIRST = (5, ["甲市水务局"], ["甲市财政局"])


# ---- a body's duties after its name name their partners ----------------------------------------------------


def test_partner_after_xietong_in_duties_on_the_heading_line():
    body = (
        "（一）甲市水务局。负责改革的总体协调推进；负责协同甲市财政局建立资金统一核算机制。\n\n"
        "（二）甲市城投集团。负责片区设施运维管理；配合相关区做好专项任务。\n"
    )
    assert _read(body) == [_FIRST, (9, ["甲市水务局"], ["甲市财政局"]), (11, ["甲市城投集团"], [])]


def test_partner_after_huitong_in_duties_after_a_colon():
    body = "甲市水务局：负责改革的总体协调推进，会同甲市财政局、甲市发展改革委研究经费标准。\n"
    assert _read(body) == [_FIRST, (9, ["甲市水务局"], ["甲市财政局", "甲市发展改革委"])]


def test_partner_under_a_heading_of_its_own_line_as_before():
    # guard: the round 64/66 reading, now with 协同 too
    body = "（一）甲市水务局\n\n负责改革的总体协调推进；负责协同甲市财政局建立资金统一核算机制。\n"
    assert _read(body) == [_FIRST, (9, ["甲市水务局"], ["甲市财政局"])]


def test_duties_naming_no_partner_read_as_before():
    # guards: whom a body helps (配合相关区政府…) or supervises (对甲市城投集团…监管) adds no unit; 协同推进 names none
    body = (
        "（一）甲市水务局。负责对甲市城投集团运维管理情况进行监管和指导；协同推进改革。\n\n"
        "（二）相关区政府。负责制定区级实施方案；配合甲市水务局、甲市财政局落实核算机制。\n"
    )
    assert _read(body) == [_FIRST, (9, ["甲市水务局"], []), (11, ["相关区政府"], [])]


def test_duty_partners_words():
    text = "负责协同甲市财政局建立核算机制；协同推进整改；会同甲市审计局开展审计。"
    assert [(u.name, u.role) for u in duty_partners(text, 0, len(text))] == [
        ("甲市财政局", "support"),
        ("甲市审计局", "support"),
    ]
    assert duty_partners("各部门协同推进改革。", 0, 10) == []


# ---- a department type's duties in a duties passage ----------------------------------------------------------


def test_department_types_lead_their_duties():
    body = (
        "（一）明确部门职责。各职能管理部门除依法履职外，安全监管部门负责对收发货单位的监督检查；负责信息录入。\n\n"
        "公安部门负责周边道路的巡逻管控；负责违法行为查处。\n\n"
        "交通运输管理部门负责运输证的录入和维护；会同有关部门做好处理工作。\n"
    )
    assert _read(body) == [
        _FIRST,
        (9, ["安全监管部门"], []),
        (11, ["公安部门"], []),
        (13, ["交通运输管理部门"], ["有关部门"]),
    ]


def test_no_type_duty_for_sector_lists_collectives_or_actors():
    # guards: a sector list, a collective, a kind of actor, and a type's modal with no 负责 give no task, as before
    body = (
        "公安、交通等部门负责巡查管控。\n\n有关部门负责做好配合工作。\n\n经营单位负责落实主体责任。\n\n"
        "交通运输管理部门应及时通报公安交通管理部门。\n"
    )
    assert _read(body) == [_FIRST]


def test_no_type_duty_outside_a_duties_passage():
    # guard: under a heading that names no duties, a type's 负责 paragraph stays no task
    plan = "某市某某改革方案\n\n一、工作任务\n\n（一）推进移交。甲市水务局会同甲市财政局制定移交办法。\n\n公安部门负责巡查管控。\n"
    assert lines_and_roles(plan) == [_FIRST]

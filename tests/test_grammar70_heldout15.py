"""Round 70 heldout15: the fifteenth batch of real held-out plans (tests/fixtures/heldout/67-70).

67 (the city 客货运安全 实施意见, 2012: ``（牵头部门：X。配合部门：…）``), 68 (the city 排水管理体制改革方案, 2025: items
divided among named bodies with no modal, body headings on the line of their duties) and 69 (a district bureau's three
耕地 工作方案, 2020: half-width brackets and commas, bare unit lists) read exactly; their whole readings are checked by
tests/test_heldout.py against the expected files; 70 (six city bureaus' 道路危险货物运输 若干意见, 2013: department
types as the bodies of a duties passage) is a strict xfail there, with its reason. One rule came of them, tested here in words of our own, with guards:

- a body's duties written after its name and a colon or 。 (``（一）市水务局。负责…；负责协同市财政局建立…``,
  ``区X：负责…，会同区Y…``) name their partners after 会同 or 协同, who support, as the duties under a heading of their
  own line did (round 64, 66); 协同 right before a body's name is a partner's word there too (held-out 68 line 70).
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

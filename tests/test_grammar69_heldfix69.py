"""Round 69 heldfix69: held-out 59 and 60 read exactly (tests/fixtures/heldout/59, 60).

Nine rules, tested here in words of our own, with guards (the whole plans, held-out 59 and 60 and four plans of our own
in tests/fixtures/round69/heldfix69, are read through tests/test_heldout.py and tests/test_round_plans.py):

- a point titled as a safeguard (``加强…组织领导``) whose sentences divide its work between a named body and every body
  of a level (``各区政府要…。市交安委要…``) gives a task each (held-out 59 lines 34, 36), as two named bodies did (round
  68); bodies of levels alone (``各区要…，各街镇要…``) and one named body there still exhort;
- a clause opening with a modal (``；要指导督促各街道和乡镇落实…``) names no further subject: the subject goes on, and
  whom it guides is no partner (59 line 36);
- a named body's ``要配合…`` sentence of its own is a task with a support and no lead (59 line 46), while every body
  of a level's ``各街道办事处要配合…`` (round 33) and ``要加强业务指导`` (round 43) still support the task before;
- ``由X对…依法处罚`` right after a named subject's clause: X leads beside it (59 line 80), not after a condition
  (``对情节严重的，由X…``: round 68's guard);
- 查处, 严厉, 打击 end a 会同 partner list (``会同市公安局查处…``, ``会同市公安局、市交通委严厉打击…``: 59 line 80);
- a collective marked out by what its bodies bear or use (``各有安全生产监管职责的部门``, ``其他有…职责的部门``,
  ``各使用信用信息单位``) is a modal's subject, alone or listed with named units (59 lines 88, 90, 94); the generic
  ``各有关部门`` is not;
- after a measure's title, ``A要持续X…`` gives its task ``持续X``, ongoing (59 line 44); a bare ``持续推进`` there
  stays the clause's;
- an executor named after a lead (``…牵头组织成立…工作组，…，由各轨道交通车站具体负责…``) supports (60 line 43), every
  body of a kind too (``由各大型商业综合体具体负责…``); a 会同 partner is read up to its 牵头;
- a transport kind written bare (``车站每半年应组织…``) and kinds joined by 与 (``商业综合体与车站应…``) are no subject
  (60 line 55).
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles, plan_measures

from reformgraph.loaders.prose import _defined_collectives, _kinds_joined, _share_beside, _supports_after
from reformgraph.loaders.text_deadlines import text_deadline

_HEAD = "某市某某工作意见\n\n一、强化安全监管\n\n"
_LEADING = "某市某某工作意见\n\n一、加强组织领导和责任落实\n\n"


def _read(body: str, head: str = _HEAD) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(head + body + "\n")


# ---- a safeguards-titled point divided between a named body and every body of a level ----------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（一）加强地区组织领导。各区政府要落实属地管理责任。市安委会道路交通专业委员会要健全评价体系。",
            [(5, ["各区政府"], []), (5, ["市安委会道路交通专业委员会"], [])],
        ),
        (
            "（一）压实各级管理责任。市交安委要加强统筹指导。各区政府要统筹做好联合执法；要指导督促各街道和乡镇落实责任。",
            [(5, ["市交安委"], []), (5, ["各区政府"], [])],
        ),
        # guards: bodies of levels alone, one named body alone: they exhort there, no task
        ("（一）加强地区组织领导。各区政府要落实属地责任，各街镇要加强巡查。", []),
        ("（一）加强地区组织领导。市财政局要保障工作经费。", []),
    ],
)
def test_a_point_divided_between_a_named_body_and_a_level(body: str, read: list):
    assert _read(body, _LEADING) == read


def test_a_modal_clause_names_no_further_subject():
    body = "（一）推进治理。各区政府要统筹做好隐患治理；要指导督促各街道和乡镇落实管理责任。"
    assert _read(body) == [(5, ["各区政府"], [])]
    # guard: a later clause opening with a named unit and its share is still a partner (round 41)
    assert _read("（一）推进治理。区应急局要组织排查，区住建局给予技术指导。") == [(5, ["区应急局"], ["区住建局"])]


# ---- a named body's 要配合 sentence of its own ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("later", "read"),
    [
        ("市气象局要配合做好技术支持。", [(5, ["市交通委"], []), (5, [], ["市气象局"])]),
        ("市气象局要积极配合做好预警发布。", [(5, ["市交通委"], []), (5, [], ["市气象局"])]),
        # guards: every body of a level and a body giving guidance support the task before; in the same sentence too
        ("各街道办事处要配合做好排查。", [(5, ["市交通委"], ["各街道办事处"])]),
        ("县住建局要加强业务指导。", [(5, ["市交通委"], ["县住建局"])]),
    ],
)
def test_a_named_body_assisting_in_a_sentence_of_its_own(later: str, read: list):
    assert _read("（一）推进建设。市交通委要建设监测设施。" + later) == read


def test_a_body_assisting_in_the_same_sentence_supports_the_task_before():
    assert _read("（一）推进建设。市交通委要建设监测设施，市气象局要配合做好技术支持。") == [
        (5, ["市交通委"], ["市气象局"])
    ]


# ---- 由X对…依法处罚 beside a named subject --------------------------------------------------------------------------


def test_a_share_beside_the_subject():
    t = "市绿化市容局要加强监管，由市城管执法局对违法违规企业依法处罚"
    assert [u.name for u in _share_beside(t, 12, len(t))] == ["市城管执法局"]
    t = "市交通委要加强检查，对情节严重的，由市城管执法局依法吊销其许可证"
    assert _share_beside(t, 17, len(t)) == []


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（一）严查违法。市绿化市容局要加强对运输行业的监管，由市城管执法局对违法违规企业依法处罚。",
            [(5, ["市绿化市容局", "市城管执法局"], [])],
        ),
        (
            "（一）严查违法。区市场监管局要加强销售环节监管，由区城管执法局依法处罚违法经营行为。",
            [(5, ["区市场监管局", "区城管执法局"], [])],
        ),
        # guards: after a condition, the subject's own sanction (round 68); a share of market actors
        ("（一）严查违法。市交通委要加强检查，对情节严重的，由市城管执法局依法吊销其许可证。", [(5, ["市交通委"], [])]),
        ("（一）严查违法。市交通委要加强检查，由施工单位依法整改。", [(5, ["市交通委"], [])]),
    ],
)
def test_a_share_by_in_the_subjects_sentence(body: str, read: list):
    assert _read(body) == read


# ---- 会同 partners before 查处, 严厉打击 ---------------------------------------------------------------------------------


def test_partners_before_enforcement_verbs():
    assert [u.name for u in _supports_after("市公安局查处客运线路违法行为", 0, 14)] == ["市公安局"]
    assert [u.name for u in _supports_after("市公安局、市交通委严厉打击黑校车", 0, 16)] == ["市公安局", "市交通委"]
    assert _read(
        "（一）打击非法营运。市交通委要会同市公安局查处非法客运。市教委要会同市公安局、市交通委严厉打击黑校车。"
    ) == [
        (5, ["市交通委"], ["市公安局"]),
        (5, ["市教委"], ["市公安局", "市交通委"]),
    ]


# ---- collectives marked out by what their bodies bear or use -------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "units"),
    [
        ("各有安全生产监管职责的部门和各区政府", ["各有安全生产监管职责的部门", "各区政府"]),
        ("市应急局、市公安局和其他有安全生产监管职责的部门", ["市应急局", "市公安局", "其他有安全生产监管职责的部门"]),
        ("各使用信用信息单位", ["各使用信用信息单位"]),
        ("区应急局和各有燃气安全监管职责的部门", ["区应急局", "各有燃气安全监管职责的部门"]),
        # guards: no such collective; another piece that is no named unit
        ("各有关部门和各区政府", None),
        ("各有安全监管职责的部门和施工企业", None),
    ],
)
def test_defined_collectives(subject: str, units: list[str] | None):
    read = _defined_collectives(subject, 0, len(subject))
    assert (read and [u.name for u in read]) == units


@pytest.mark.parametrize(
    ("later", "read"),
    [
        (
            "各有燃气安全监管职责的部门和各街镇要完善应急预案。",
            [(5, ["市交通委"], []), (5, ["各有燃气安全监管职责的部门", "各街镇"], [])],
        ),
        ("各使用信用信息单位要及时反馈实施情况。", [(5, ["市交通委"], []), (5, ["各使用信用信息单位"], [])]),
        # guards: generic collectives are no subject
        ("各有关部门要加强协作。", [(5, ["市交通委"], [])]),
        ("相关单位要加强协作。", [(5, ["市交通委"], [])]),
    ],
)
def test_defined_collectives_in_a_measure(later: str, read: list):
    assert _read("（一）完善机制。市交通委要建立联动机制。" + later) == read


# ---- 持续X after a measure's title ---------------------------------------------------------------------------------


def test_a_continuing_word_after_the_title():
    assert text_deadline("完善设施建设。市交通委要持续完善标准。").raw == "持续完善"
    assert text_deadline("完善设施建设。市交通委、市公安局要持续深化协作机制。").status == "ongoing"
    # guards: a bare continuing word in the second sentence stays the clause's; 可持续 is an adjective
    assert text_deadline("完善设施。持续推进建设。").raw is None
    assert text_deadline("完善设施建设。市交通委要推进可持续发展。").raw is None
    rows = plan_measures(_HEAD + "（一）完善设施建设。市交通委要持续完善建设标准。\n")
    assert rows == [(5, ["市交通委"], [], "持续完善", None, "ongoing")]


# ---- an executor named after a lead --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "由区消防救援支队会同区公安分局牵头组织成立工作组，工作组成立后，由各轨道交通车站具体负责日常运行和落实。",
            [(5, ["区消防救援支队"], ["区公安分局", "各轨道交通车站"])],
        ),
        (
            "由区市场监管局牵头，会同区商务委建立联络机制，机制建立后，由各街道办事处具体负责日常巡查。",
            [(5, ["区市场监管局"], ["区商务委", "各街道办事处"])],
        ),
        (
            "由轨道交通公安分局会同市消防救援总队牵头组建联防小组，由各大型商业综合体具体负责日常运行。",
            [(5, ["轨道交通公安分局"], ["市消防救援总队", "各大型商业综合体"])],
        ),
        # guards: with no lead before it the executor leads; generic collectives are none
        ("由各街道办事处具体负责辖区农贸市场的日常巡查。", [(5, ["各街道办事处"], [])]),
        ("由区市场监管局牵头建立联络机制，由各单位具体负责日常巡查。", [(5, ["区市场监管局"], [])]),
    ],
)
def test_an_executor_after_a_lead(body: str, read: list):
    assert _read(body, "某区某某工作方案\n\n二、工作措施\n\n") == read


# ---- kinds of actor written bare -----------------------------------------------------------------------------------


def test_kinds_joined():
    assert _kinds_joined("商业综合体与车站") and _kinds_joined("毗邻建筑与车站")
    assert not _kinds_joined("区科技与经济委员会") and not _kinds_joined("车站")


@pytest.mark.parametrize(
    ("body", "read"),
    [
        ("1．联合开展演练。车站每半年应组织各方开展一次联合演练。", []),
        ("1．联合开展巡查。商业综合体与车站应每月开展一次联合巡查。", []),
        # guards: every station with 各, and a named station, are units
        ("1．联合开展演练。各轨道交通车站要组织开展联合演练。", [(5, ["各轨道交通车站"], [])]),
        ("1．联合开展演练。区消防救援站要组织开展联合演练。", [(5, ["区消防救援站"], [])]),
    ],
)
def test_kinds_written_bare(body: str, read: list):
    assert _read(body, "某市某某实施意见\n\n四、工作措施\n\n") == read

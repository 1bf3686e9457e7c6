"""Round 68 heldfix68b: held-out 61 and 62 read exactly (tests/fixtures/heldout/61, 62).

Seven rules, tested here in words of our own, with guards (the whole plans, held-out 61 and 62 and two plans of our own
in tests/fixtures/round68/heldfix68b, are read through tests/test_heldout.py and tests/test_round_plans.py):

- the relevant bodies of one level (``有关区``, ``相关镇``, ``相关街道办事处``) are a modal's subject as every body of a
  level is (``各区``): ``…；有关区要对缺乏消纳空间的区提供支持`` (held-out 62 line 26); never ``有关部门``, ``相关单位``;
- a subject listing a level's bodies beside department types joined by one 和 (``乡镇政府、街道办事处和区绿化市容、
  城管执法部门等要…``, ``城管执法、水务等部门和乡镇政府、街道办事处要…``): the bodies lead, the types dropped (held-out
  62 lines 34, 48);
- in a sentence whose subject is department types only, a later clause ``由X依法…`` names the unit with the share: a
  task of X (``交通、公安等部门要…，对…，由市城管执法局依法吊销…``: held-out 62 line 38);
- a safeguards point dividing its work among two named bodies or more, each with its own modal clause (``市司法局要…，
  市城管执法局要…``), gives a task each (held-out 62 line 62); one body's ``市财政局要保障工作经费`` and collectives'
  sentences there still exhort, no task (round 40);
- ``由X指导Y…`` opening a clause: X leads (held-out 61 line 62's second stage, ``由区住房保障房屋管理局指导…``), as
  ``由X组织…`` does (round 44); not ``在X指导下`` (round 57) nor ``…由X指导`` inside a clause;
- a paragraph opening with units that bear its work by their duties (``街道办事处、镇人民政府按照职责分工…``): a later
  sentence's bare ``负责…`` is theirs (held-out 61 line 120);
- ``由A、B、C安排专职人员，…，分工负责…``: the 由 units, named before their work, bear the later shared duty (held-out
  61 line 148).
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles

from reformgraph.loaders.prose import _bodies_beside_types, _named_before_work, _share_by, _types_only, read_prose

_HEAD = "某市某某工作实施意见\n\n一、工作任务\n\n"
_SAFEGUARDS = _HEAD + "（一）推进建设。市交通委要研究码头建设方案。\n\n二、保障措施\n\n"
_FIRST = "（一）扩大能力。市交通委要研究码头建设方案。"


def _read(body: str, head: str = _HEAD) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(head + body + "\n")


# ---- the relevant bodies of one level -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("later", "read"),
    [
        ("有关区要对缺乏消纳空间的区提供支持。", [(5, ["市交通委"], []), (5, ["有关区"], [])]),
        ("相关街道办事处要加强巡查。", [(5, ["市交通委"], []), (5, ["相关街道办事处"], [])]),
        # guards: department types and market actors with 有关/相关 are no subject; the bodies only mind the work
        ("有关部门要加强巡查。", [(5, ["市交通委"], [])]),
        ("相关单位要加强巡查。", [(5, ["市交通委"], [])]),
        ("相关区要高度重视。", [(5, ["市交通委"], [])]),
    ],
)
def test_relevant_bodies_of_a_level(later: str, read: list):
    assert _read(_FIRST + later) == read


# ---- a level's bodies beside department types ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "bodies"),
    [
        ("乡镇政府、街道办事处和区绿化市容、城管执法部门等", ["乡镇政府", "街道办事处"]),
        ("城管执法、水务等部门和乡镇政府、街道办事处", ["乡镇政府", "街道办事处"]),
        ("镇人民政府、街道办事处和县住建、水务部门等", ["镇人民政府", "街道办事处"]),
        # guards: a named unit among the types, a body that is no level's, types alone, no 和
        ("乡镇政府和区城管执法局", None),
        ("城管执法、水务等部门和区城管执法局", None),
        ("城管执法、水务等部门", None),
        ("乡镇政府、街道办事处", None),
    ],
)
def test_bodies_beside_types(subject: str, bodies: list[str] | None):
    units = _bodies_beside_types(subject, 0, len(subject))
    assert (units and [u.name for u in units]) == bodies
    if units:  # each where it is written
        assert all(subject[u.pos : u.pos + len(u.name)] == u.name for u in units)


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（一）加强监管。绿化市容部门要加强管理。街道办事处、乡镇政府和区绿化市容、市场监管部门等要加强日常检查。",
            [(5, ["街道办事处", "乡镇政府"], [])],
        ),
        (
            "（一）加强监管。城管执法、水务等部门和乡镇政府、街道办事处要加强排查。",
            [(5, ["乡镇政府", "街道办事处"], [])],
        ),
        # guards: types beside a named bureau stay no task; a body and a bureau both lead as before
        ("（一）加强监管。城管执法、水务等部门和区城管执法局要加强排查。", []),
        ("（一）加强监管。乡镇政府和区城管执法局要加强排查。", [(5, ["乡镇政府", "区城管执法局"], [])]),
    ],
)
def test_bodies_beside_types_in_a_measure(body: str, read: list):
    assert _read(body) == read


# ---- 由X依法… after department types ------------------------------------------------------------------------------


def test_types_and_shares():
    assert (_types_only("城管执法、公安等部门", 0, 10), _types_only("市公安局等部门", 0, 7)) == (True, False)
    assert [u.name for u in _share_by("由市城管执法局依法吊销其许可证", 0, 15)] == ["市城管执法局"]
    assert _share_by("由施工单位依法处置", 0, 9) is None


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（一）严查运输。交通、公安等部门要加强检查，对情节严重的，由市城管执法局依法吊销其许可证。",
            [(5, ["市城管执法局"], [])],
        ),
        # guards: after a named subject, its task as before; a share of no unit; a share in a sentence of its own
        ("（一）严查运输。市交通委要加强检查，对情节严重的，由市城管执法局依法吊销其许可证。", [(5, ["市交通委"], [])]),
        ("（一）严查运输。交通、公安等部门要加强检查，对情节严重的，由施工单位依法整改。", []),
        ("（一）严查运输。交通、公安等部门要加强检查。对情节严重的，由市城管执法局依法吊销其许可证。", []),
    ],
)
def test_share_after_types(body: str, read: list):
    assert _read(body) == read


# ---- bodies dividing a safeguards point ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（一）加强法治保障。各有关部门要评估实施情况。市司法局要做好指导工作，市城管执法局要出台执法细则。",
            [(9, ["市司法局"], []), (9, ["市城管执法局"], [])],
        ),
        (
            "（一）加强督查考核。市政府督查室要将治理纳入督查，市财政局要保障经费。",
            [(9, ["市政府督查室"], []), (9, ["市财政局"], [])],
        ),
        # guards: one body's exhortation, collectives', no task; a subject with a partner (与) as before (round 40)
        ("（一）加强经费保障。市财政局要保障工作经费。", []),
        ("（一）加强组织领导。各区、各有关部门要高度重视，各街镇要落实属地责任。", []),
        ("（一）加强协同。市司法局要加强与市公安局的协作。", [(9, ["市司法局"], ["市公安局"])]),
    ],
)
def test_bodies_dividing_a_safeguards_point(body: str, read: list):
    assert _read(body, _SAFEGUARDS)[1:] == read


# ---- 由X指导 opening a clause ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "1.城中村改造。流程包括认定和审核等环节。其中筹划阶段由街镇负责方案编制。在审核环节，由区房管局指导实施单位开展审核。",
            [(5, ["街镇", "区房管局"], [])],
        ),
        ("1.城中村改造。由区房管局指导实施单位开展审核。", [(5, ["区房管局"], [])]),
        # guard: 在X指导下 (the guide leads, the subject supports: round 57 left21)
        ("1.城中村改造。区房管局要在市房管局指导下开展审核。", [(5, ["市房管局"], ["区房管局"])]),
    ],
)
def test_guide_after_by(body: str, read: list):
    assert _read(body) == read


# ---- a later sentence's 负责 of the units bearing the work by their duties -----------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "街道办事处、镇人民政府按照职责分工充分发挥属地职能，组织开展更新活动。负责调解更新活动中的矛盾纠纷。",
            [("街道办事处", "responsible"), ("镇人民政府", "responsible")],
        ),
        ("区民政局按照职责分工充分发挥职能，组织开展活动。负责调解矛盾纠纷。", [("区民政局", "responsible")]),
        # guards: no duties named in the opening sentence; collectives bearing them
        ("区民政局充分发挥职能。负责调解矛盾纠纷。", None),
        ("各有关部门按照职责分工做好工作。负责调解矛盾纠纷。", None),
    ],
)
def test_duty_of_the_units_by_their_duties(text: str, units: list | None):
    read = read_prose(text, 0, len(text))
    assert (read and [(u.name, u.role) for u in read.units]) == units


# ---- 由A、B安排…，分工负责… ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "区更新办实行实体化运作机制，由区建设管理委、区规划资源局安排专职人员，加强组织管理，分工负责日常运行管理工作。",
            [("区建设管理委", "responsible"), ("区规划资源局", "responsible")],
        ),
        # guards: market actors before their work; no duty clause after the 由 list
        ("由施工单位安排专职人员，分工负责日常工作。", None),
        ("由区建设管理委、区规划资源局安排专职人员。", None),
    ],
)
def test_units_by_before_their_shared_duty(text: str, units: list | None):
    assert [u.name for u in _named_before_work("区建设管理委、区规划资源局安排专职人员", 0, 19)] == [
        "区建设管理委",
        "区规划资源局",
    ]
    read = read_prose(text, 0, len(text))
    assert (read and [(u.name, u.role) for u in read.units]) == units

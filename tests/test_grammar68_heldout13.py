"""Round 68 heldout13: the thirteenth batch of real held-out plans (tests/fixtures/heldout/60-62).

None of the three reads exactly yet (strict xfails in tests/test_heldout.py's ``NOT_YET_READ``, with their reasons).
Four rules came of them, tested here in words of our own, with guards:

- ``需的`` is no modal verb: ``…，提供编制更新方案所需的资料`` names what is needed, and no subject ``…方案所`` (a name
  ending in 所, as 派出所) leads a task before it (held-out 61 line 82);
- a body places share (派出所) is not shared across a phrase joining two things: in ``毗邻建筑、轨交与属地公安派出所``,
  ``轨交与属地公安`` is no place, so the buildings are no police station (held-out 60 line 45);
- whom a modal subject urges in a later clause is no partner: ``…要规范开展日常管理，督促消纳场所经营单位落实主体责任``
  (held-out 62 line 40), as after a lead (round 42);
- a heading of one unit over a paragraph that names the unit again (``（一）区更新办`` / ``区更新办由…，负责…``): the task
  is written on the paragraph's line (held-out 61 lines 94, 98); an intro closed by a colon over numbered duties keeps
  its reading (held-out 26).
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles

from reformgraph.loaders.roles import RoleUnit
from reformgraph.loaders.unit_lists import shared_bodies

_HEAD = "某区某某工作实施意见\n\n一、工作任务\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body + "\n")


# ---- 需的 is no modal -------------------------------------------------------------------------------------


def test_what_is_needed_names_no_subject():
    body = (
        "1.项目咨询。由申请人向区规划资源局咨询项目相关信息，经研判回复后，提供编制更新方案所需的资料。\n\n"
        "2.项目实施。由区建设管理委负责项目实施。\n"
    )
    assert _read(body) == [(7, ["区建设管理委"], [])]


@pytest.mark.parametrize(
    ("body", "read"),
    [
        # guards: 需 before a verb is still a subject's modal; 所需资金由A承担 says who pays (round 44)
        ("1.开展排查。区公安分局需对本区开展排查。", [(5, ["区公安分局"], [])]),
        ("1.开展排查。区公安分局需要对本区开展排查。", [(5, ["区公安分局"], [])]),
        ("1.开展排查。所需资金由区财政局承担。", []),
    ],
)
def test_what_is_needed_guards(body: str, read: list):
    assert _read(body) == read


# ---- a shared 派出所 only after places ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "shared"),
    [
        (["毗邻建筑", "轨交与属地公安派出所"], ["毗邻建筑", "轨交与属地公安派出所"]),
        (["车站", "商场和属地派出所"], ["车站", "商场和属地派出所"]),
        # guards: places sharing one station or office (held-out 56; round 38)
        (["吴泾", "塘湾派出所"], ["吴泾派出所", "塘湾派出所"]),
        (["蓉江", "东山街道办事处"], ["蓉江街道办事处", "东山街道办事处"]),
        (["池北区", "池西区管委会"], ["池北区管委会", "池西区管委会"]),
    ],
)
def test_shared_body_not_across_a_joining_word(names: list[str], shared: list[str]):
    units = [RoleUnit(name, None, 4 * i) for i, name in enumerate(names)]
    assert [u.name for u in shared_bodies(units)] == shared


def test_kinds_of_actor_with_a_station_are_no_task():
    body = "1.建立联络小组。车站、毗邻建筑、轨交与属地公安派出所、辖区消防救援站应建立区域联络小组。"
    assert not any("毗邻建筑派出所" in leads for _, leads, _ in _read(body))


def test_places_sharing_a_station_still_lead():
    body = "二、职责分工\n\n（一）城运中心：负责监督管理。\n\n（二）吴泾、塘湾派出所：负责依法查处。"
    assert lines_and_roles("某镇建筑垃圾治理通知\n\n" + body + "\n")[-1][1] == ["吴泾派出所", "塘湾派出所"]


# ---- whom a modal subject urges is no partner -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（五）加强监管。区城管执法局要规范开展日常管理，督促消纳场所经营单位落实主体责任，加强巡查。",
            [(5, ["区城管执法局"], [])],
        ),
        ("（五）加强监管。区城管执法局要督促企业落实主体责任。", [(5, ["区城管执法局"], [])]),
        # guards: a partner named with its supporting verb in a later clause is still one (round 44)
        (
            "（五）加强监管。区城管执法局要加强监管，区市场监管局协助做好检测。",
            [(5, ["区城管执法局"], ["区市场监管局"])],
        ),
        (
            "（五）加强监管。由区城管执法局牵头，督促企业落实主体责任，区市场监管局配合。",
            [(5, ["区城管执法局"], ["区市场监管局"])],
        ),
    ],
)
def test_urged_bodies_are_no_partners(body: str, read: list):
    assert _read(body) == read


# ---- a heading of one unit over a paragraph naming it again ---------------------------------------------------


def test_heading_over_a_paragraph_naming_its_unit_again():
    text = (
        "某区城市更新实施意见\n\n五、主要职责\n\n（一）区更新办\n\n"
        "区更新办由区建设管理委、区规划资源局协同开展工作，负责城市更新工作的统筹实施。\n\n"
        "（二）区经委\n\n负责产业升级类城市更新政策。\n"
    )
    assert lines_and_roles(text) == [(7, ["区更新办"], []), (9, ["区经委"], [])]


def test_heading_over_an_intro_of_numbered_duties_keeps_its_reading():
    """Guard (held-out 26): ``各街道办事处负责…，主要职责：`` over numbered duties is no task of its own."""
    text = (
        "某区建筑垃圾管理实施意见\n\n三、职责分工\n\n（一）区绿化市容局\n\n负责建筑垃圾的监督管理。\n\n"
        "（二）各街道办事处\n\n各街道办事处负责辖区内建筑垃圾管理工作，主要职责：\n\n"
        "1.加强宣传督促和执法；\n\n2.开展源头申报核查。\n"
    )
    assert lines_and_roles(text) == [
        (5, ["区绿化市容局"], []),
        (13, ["各街道办事处"], []),
        (15, ["各街道办事处"], []),
    ]

"""Round 67 heldout11: rules for the eleventh batch of real held-out plans (tests/fixtures/heldout/53-56).

53-55 read exactly on their first run; 56 (a town's notice) asked for two rules, each tested here in words of our
own, with guards: near wordings it must leave as they were read.

- places sharing one 派出所 written once after the last (``甲镇、乙镇派出所``) are each place's station, as places
  sharing a 街道办事处 or a 管委会 are (round 38);
- the neighbourhood's actors written bare (``物业公司``, ``居委``, ``业委会``, ``街面网格``: one in every
  neighbourhood or street) are no units: ``物业公司要…`` and ``由街面网格负责…`` are no tasks (held-out 06's reading).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.expected_files import compared
from support.readings import lines_and_roles

from reformgraph.loaders.unit_lists import may_share_a_body

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
_HEAD = "某镇某某工作方案\n\n一、职责分工\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body + "\n")


def _roles(body: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports in _read(body)]


# ---- places sharing one 派出所 ---------------------------------------------------------------------------------


def test_places_sharing_a_police_station_are_each_places_station():
    body = "（一）镇城管办：负责违法堆放行为的查处。\n\n（二）东林、西坝派出所：负责运输车辆行驶路线的核定。"
    assert _roles(body) == [(["镇城管办"], []), (["东林派出所", "西坝派出所"], [])]


def test_a_named_unit_before_a_police_station_keeps_its_name():
    # guard: 街道司法所、派出所 are two bodies (round 44's 各社区居委会 / 街道司法所、派出所), no place shares a station
    body = "（一）街道司法所、派出所：负责矛盾纠纷的调处。"
    assert _roles(body) == [(["街道司法所", "派出所"], [])]


def test_only_lists_holding_a_shared_body_are_changed():
    assert may_share_a_body("东林、西坝派出所")
    assert not may_share_a_body("区公安分局、区司法局")


# ---- the neighbourhood's actors written bare ------------------------------------------------------------------


def test_a_neighbourhoods_actors_with_a_modal_give_no_task():
    body = (
        "（一）镇城管办：负责违法堆放行为的查处。\n\n"
        "二、主要任务\n\n1.小区装修垃圾，具体工作如下：\n\n（1）物业公司要及时发放告知书。\n\n（2）居委、物业公司要加强巡查。"
    )
    assert _roles(body) == [(["镇城管办"], [])]


def test_a_street_grid_given_the_work_by_you_is_no_unit():
    body = "（一）镇城管办：负责违法堆放行为的查处。\n\n二、主要任务\n\n1.沿街商铺的装修垃圾，由街面网格负责前端管理。"
    assert _roles(body) == [(["镇城管办"], [])]


@pytest.mark.parametrize(
    "body, roles",
    [
        # guards: a named office with a modal is still a task (round 33), and so are the committees written in full
        ("二、主要任务\n\n1.加强巡查。镇城管办要加强对堆放点的巡查。", [(["镇城管办"], [])]),
        ("二、主要任务\n\n1.做好保洁。驻村保洁员由村委会负责日常管理。", [(["村委会"], [])]),
        ("二、主要任务\n\n1.做好宣传。由各居委会负责入户宣传。", [(["各居委会"], [])]),
    ],
)
def test_named_bodies_and_committees_in_full_still_lead(body, roles):
    assert _roles(body) == roles


# ---- the whole plans -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["53", "54", "55", "56"])
def test_the_eleventh_batch_reads_as_written_by_hand(number):
    (path,) = HELDOUT.glob(f"{number}-*.expected.json")
    assert json.loads(path.read_text(encoding="utf-8"))["count"]
    read, written = compared(path)
    assert read == written

"""Round 80 sweep80: the metamorphic copies left unread (test_grammar76_meta76's strict xfails) and the wrap-width
sweep's misses (docs/loader.md).

test_grammar76_meta76 prints each ledger plan's task table to OFD, a unit cell one unit a line (``ofd-table-merged``)
or its units listed with ``、`` (``ofd-table``). Where a name fills the column's line, nothing in the drawing tells a
typed break from the margin's wrap, and ``unit_breaks.two_names`` reads the two lines as two units or one name once
the document is whole. Each rule that reads some of the copies is tested here on names of our own, with its guards,
and the copies it reads are compared with their plans.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import ofd_print
from test_grammar70_meta70 import PLANS, _index, _name
from test_grammar70_meta70 import copy_compared as meta70_compared
from test_grammar76_meta76 import _TABLES, _tasks

from reformgraph.loaders.unit_breaks import UNSURE, resolved, two_names


def _cell(names: str) -> str:
    """``names`` (a cell's lines parted by ``/``) read as ``unit_breaks.resolved`` reads a unit cell whose every line
    but the last filled the column (each join marked ``UNSURE``), in a table with no other cell."""
    return resolved([[["区建管中心", names.replace("/", UNSURE)]]], [])[0][0][1]


def test_a_station_named_by_its_field_ends_a_name():
    """A body whose name ends with 所 (派出所, 司法所, 财政所, 研究所) is a name whole, as one ending with 局 or 中心
    is: a collective of departments under it (相关职能部门) is a unit of its own (held-out 95's cell ``…、公安派出所`` /
    ``相关职能部门``)."""
    assert two_names("公安派出所", "相关职能部门") and two_names("镇司法所", "有关职能部门")
    assert _cell("镇财政所/相关职能部门") == "镇财政所、相关职能部门"
    assert _cell("综合执法队、镇司法所/区市场监管局") == "综合执法队、镇司法所、区市场监管局"


def test_a_site_ending_with_suo_ends_no_name():
    """Guard: a word ending with 所 that names a place, not a body (场所, 住所, 处所), ends no name: its line and the
    next stay one name (消纳场所 / 管理单位, a site's operator), as a line opening with 所 does, and a 所 opening a
    word with the next line (所属, 所在: held-out 46's ``临时用地所`` / ``属地村委会``, read so before round 80)."""
    assert not two_names("消纳场所", "管理单位") and not two_names("办公场所", "使用单位")
    assert _cell("消纳场所/运营单位") == "消纳场所运营单位"
    assert not two_names("某研究所", "所属单位")  # a line opening with 所 goes on a name (所属 / 所在)
    # a line ending with 所 over a word's rest (所属, 所在, 所辖): 项目用地所 / 属地居委会 is 项目用地所属地居委会
    assert not two_names("项目用地所", "属地居委会") and not two_names("工程建设所", "在地街道办事处")
    assert _cell("项目用地所/属地居委会") == "项目用地所属地居委会"


def test_an_actor_after_a_collective_of_places_is_a_party_of_its_own():
    """Places taken together (属地街镇, 各乡镇, 各街镇) over a kind of actor named by what it does (…申请单位,
    建设单位, 运营主体) are two parties: the places and the actor (held-out 63's ``属地街镇`` / ``消纳场所申请单位``)."""
    assert two_names("属地街镇", "消纳场所申请单位") and two_names("各乡镇", "项目建设单位")
    assert _cell("属地街镇/工程运营主体") == "属地街镇、工程运营主体"


def test_a_collective_after_a_collective_of_places_is_theirs():
    """Guards: a collective of actors after places (各街镇 / 有关单位: the places' own units) stays one name, and a
    single place over an actor (浦东新区 / 建设单位, a kind of actor of the place) reads as before (one name)."""
    assert not two_names("属地街镇", "有关单位") and not two_names("各乡镇", "相关企业")
    assert not two_names("浦东新区", "项目建设单位")
    assert _cell("各街镇/有关单位") == "各街镇有关单位"


def test_a_ministrys_bureau_named_by_a_place_the_plan_names_is_one_name():
    """A ministry of the state (交通运输部) over a bureau named by a place the document writes elsewhere with its
    level (广州 of 广州市…) and no level of its own (广州海事局) is the ministry's bureau in that place: one name, as a
    plan writes 自然资源部东海局 (held-out 11's cell ``…、交通运输部`` / ``上海海事局、…``)."""
    seen = frozenset({"广州市交通运输局", "海关总署"})
    assert not two_names("交通运输部", "广州海事局", seen) and not two_names("水利部", "广州水文局", seen)
    table = [[["牵头单位", "区水务局、交通运输部" + UNSURE + "广州海事局、市气象局"]]]
    assert resolved(table, ["广州市交通运输局"])[0][0][1] == "区水务局、交通运输部广州海事局、市气象局"


def test_a_bureau_named_by_no_place_or_with_its_level_after_a_ministry_is_two():
    """Guards: a bureau named by no place (税务总局, 海洋局: real 06, 08, 14's copies), or by the place with its level
    (广州市交通运输局, the city's), after a ministry is a unit of its own as before; a place the document never writes
    with its level gives no evidence, and a party committee's department (区委宣传部) is no ministry."""
    seen = frozenset({"广州市交通运输局"})
    assert two_names("自然资源部", "税务总局", seen) and two_names("水利部", "海洋局", seen)
    assert two_names("交通运输部", "广州市交通运输局", seen)
    assert two_names("交通运输部", "广州海事局") and two_names("交通运输部", "深圳海事局", seen)
    assert two_names("区委宣传部", "广州海事局", seen)  # a committee's department: no ministry, two as before


# the metamorphic copies these rules read (test_grammar76_meta76's strict xfails until round 80)
READ = ["ofd-table-merged/heldout-95", "ofd-table-merged/heldout-63", "ofd-table/heldout-11"]


@pytest.mark.parametrize("key", READ)
def test_the_copies_read_as_their_plans(key: str):
    transform, name = key.split("/")
    expected = next(p for p in PLANS if _name(p) == name)
    tasks = _tasks(expected)
    read, written = meta70_compared(
        expected,
        _index(expected),
        transform,
        copying=lambda text, index: ofd_print.as_ofd_table(text, tasks, _TABLES[transform]),
    )
    assert read == written


def test_the_copies_are_no_longer_xfails():
    from test_grammar76_meta76 import NOT_YET_READ

    assert not set(READ) & set(NOT_YET_READ)
    assert all(isinstance(p, Path) for p in PLANS)

"""Round 78 merged78: the last unit cells of one unit a line whose names fill the column's line (after round 77's
merged77, test_grammar77_merged77).

Where a unit cell writes one unit a line and a name fills its line, nothing in the drawing tells the typed break from
the margin's wrap; ``unit_breaks.two_names`` reads the join from the plan's vocabulary and a name's grammar. Round 77
left the pairs whose first line has no body's end or whose second is a branch. Read now, each from what a reader has:
a branch that names its own field before its place (公安 of 公安青浦分局) is no branch of the body above; a kind of
organ (党政机关) before a kind of actor (公共机构) is two kinds; a ministry the plan writes alone is no body of the
place above it; a department's field written alone (城管, 财政) under a line that reads as no name is a field of its
own; a name the plan writes alone that names again the level the line above opened with (市级平台 / 市港航中心)
is a name of its own; and a line opening with 市场 or 区域 opens no level (``pdf_tables._units_joined``). Words of our own; each rule
with its guard, the nearest wording that stays one name.
"""

from __future__ import annotations

import pytest
from support import ofd_print
from support.expected_files import measures

from reformgraph.loaders.pdf_tables import _joined, _units_joined
from reformgraph.loaders.read import parse_bytes
from reformgraph.loaders.unit_breaks import resolved, two_names, vocabulary

# ---- the whole reading: an OFD task table of one unit a line (ofd_print's variant 1: 5 characters a line) ----

PLAN = """---
标题: 某区2026年公共场所控烟工作方案
发布日期: 2026-03-02
---
一、重点场所
1.开展公共场所控烟执法检查。（牵头单位：区卫健委；配合单位：区党政机关、国有企业；完成时限：2026年9月底前）
2.推进无烟机关和无烟单位建设。（牵头单位：试点街道、卫生健康部；配合单位：区机管局；完成时限：2026年10月底前）
二、宣传引导
3.开展控烟宣传进社区活动。（牵头单位：区卫健委；配合单位：社区教育、文旅、体育；完成时限：2026年12月底前）
4.编写控烟宣传手册。（牵头单位：卫生健康部；配合单位：区城运中心、公安东湖分局；完成时限：2026年6月底前）"""
_KEYS = ("line", "text", "leads", "supports", "deadline_raw")
# each task as ``ofd_print.as_ofd_table`` takes it: its line, its words, its units, its deadline as written
TASKS = [
    dict(zip(_KEYS, task, strict=True))
    for task in [
        (6, "开展公共场所控烟执法检查", ["区卫健委"], ["区党政机关", "国有企业"], "2026年9月底前"),
        (7, "推进无烟机关和无烟单位建设", ["试点街道", "卫生健康部"], ["区机管局"], "2026年10月底前"),
        (9, "开展控烟宣传进社区活动", ["区卫健委"], ["社区教育", "文旅", "体育"], "2026年12月底前"),
        (10, "编写控烟宣传手册", ["卫生健康部"], ["区城运中心", "公安东湖分局"], "2026年6月底前"),
    ]
]


def test_full_lines_of_kinds_fields_branches_and_a_ministry_read_as_units():
    """The copy's unit cells (leads 4 characters a line, partners 5): 区党政机关 / 国有企业, 区城运中心 / 公安东湖分局, 试点街道 /
    卫生健康部 (the ministry written alone in task 4's cell), 社区教育 / 文旅 / 体育 each fill their lines, so no
    line ends short. Before: 区党政机关国有企业, 区城运中心公安东湖分局, 试点街道卫生健康部,
    社区教育文旅体育, each one unit."""
    copy = ofd_print.as_ofd_table(PLAN, TASKS, 1)
    read = [
        ([u.raw for u in m.leads], [u.raw for u in m.supports])
        for m in measures(parse_bytes(copy.data, path="控烟任务分工表.ofd"))
    ]
    assert read == [(t["leads"], t["supports"]) for t in TASKS]


# ---- the rules on pairs of our own (unit_breaks.two_names) ----


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("区建设委", "公安西城分局"),  # a branch bureau naming its own field (公安) before its place
        ("区文旅局", "税务南湖分局"),
        ("县直机关", "公益机构"),  # a kind of organ, then a kind of actor
        ("区党政机关", "运营主体"),
        ("区发展改革", "教育"),  # a field written alone under a line that reads as no name
        ("园林绿化", "住建"),
    ],
)
def test_pairs_read_as_two(left: str, right: str):
    assert two_names(left, right)


def test_a_ministry_written_alone_elsewhere_is_no_body_of_the_place_above():
    """试点城市 / 财政部: a place's own 部 is its party committee's, named after the committee; a ministry the plan
    writes alone in another cell or line is a name of its own."""
    seen = vocabulary(["财政部、商务部", "（牵头单位：试点城市政府）"])
    assert two_names("试点城市", "财政部", seen)
    assert two_names("东湖新区", "商务部", seen)


@pytest.mark.parametrize(
    ("left", "right", "seen"),
    [
        ("区交通委", "交通执法支队", ()),  # the branch of the line's own field
        ("区公安局", "公安西城分局", ()),
        ("市交通委", "科技信息处", ()),  # a division named by its field: the body's own
        ("县公安局", "交通警察大队", ()),  # a brigade named by its field: the body's own
        ("县税务局", "南湖分局", ()),  # a branch named by its place alone
        ("区党政机关", "相关单位", ()),  # a collective after the organs: their own units
        ("区直机关", "工作委员会", ()),  # the organs' own committee (no kind of actor)
        ("区级机关", "事务管理局", ()),  # a word's rest (机关事务): the 机管局
        ("试点城市", "财政部", ()),  # a ministry the plan never writes alone
        ("东湖新区", "人武部", ("东湖新区人武部",)),  # the place's own 部, seen so
        ("东湖新区", "营业部", ("营业部",)),  # a company's own part
        ("东湖新区", "公安", ()),  # a place's clipped name (东湖新区公安)
        ("区发展改革", "财政局", ()),  # the field goes on as a body
        ("国家", "税务", ()),  # two characters: too little to go by
        ("县水务局", "城管", ()),  # under a name: weak, as round 77
    ],
)
def test_the_nearest_pairs_stay_one_name(left: str, right: str, seen: tuple[str, ...]):
    """Guards: the nearest wordings that are one name cut by the margin, and weak evidence left joined."""
    assert not two_names(left, right, frozenset(seen))


def test_a_field_alone_is_marked_and_read_once_the_tables_are_whole():
    """``_joined`` marks the join of a line that reads as no name and a field under it (before: no mark, one name),
    and ``resolved`` reads it as two; the field going on as a body's name stays one."""
    cells = _joined([["区建管\n\n绿化市容\n城管"], ["绿化市容\n城管局"]], {0})
    read = resolved([[["配合单位"], *cells]], [])
    assert read[0][1:] == [["区建管、绿化市容、城管"], ["绿化市容城管局"]]


def test_a_name_the_plan_writes_alone_naming_its_level_again_is_a_name_of_its_own():
    """市级平台 / 市数据中心: a line reading as no name (no body's end) over one that names the level the first opened
    with, a name the plan writes alone in another cell: two (a name names its level once)."""
    seen = vocabulary(["市数据中心、区数据局"])
    assert two_names("市级平台", "市数据中心", seen)
    assert two_names("区级平台", "区数据局", seen)


@pytest.mark.parametrize(
    ("left", "right", "seen"),
    [
        ("市级平台", "市数据中心", ()),  # a name the plan never writes alone
        ("市级平台", "市数据中心", ("市级平台市数据中心", "市数据中心")),  # the two seen together
        ("市级平台", "区数据局", ("区数据局",)),  # another level: the first's own (as 临港新片区 / 市场监管局)
        ("市绿化和", "市容管理局", ()),  # 市容, a word (市绿化和市容管理局)
        ("江苏省南京", "市财政局", ("市财政局",)),  # the city's name cut before its 市: no level opened the line above
        ("市城", "市管理局", ("市管理局",)),  # two characters (市城市管理局)
    ],
)
def test_a_level_again_stays_one_name_without_the_plans_word(left: str, right: str, seen: tuple[str, ...]):
    assert not two_names(left, right, frozenset(seen))


# ---- a level's character inside a word (pdf_tables._units_joined) ----


@pytest.mark.parametrize(
    ("text", "more", "read"),
    [
        ("南湖新区", "市场监管局", "南湖新区市场监管局"),  # 市场: a market, no level
        ("东湖新区", "区域发展中心", "东湖新区区域发展中心"),  # 区域: an area
        ("南湖新区", "市财政局", "南湖新区、市财政局"),  # guard: the level opens a name of its own
        ("区财政局", "市政府", "区财政局、市政府"),  # guard: 市政 is no word here (市 + 政府)
        ("区财政局", "市民政局", "区财政局、市民政局"),  # guard: nor 市民 (市 + 民政局)
    ],
)
def test_a_level_inside_a_word_opens_no_level(text: str, more: str, read: str):
    assert _units_joined(text, more) == read

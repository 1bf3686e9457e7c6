"""Round 68 heldfix68: held-out 57 and 58 read (tests/fixtures/heldout), by three rules shown in words of our own.

- A parenthetical closing the LAST numbered item of a sub-section whose other items and intro carry no assignment
  assigns the sub-section (``（一）heading`` / intro / ``1．`` / ``2．`` / ``3．…（A牵头，B按职责分工负责）``): one task,
  titled by its heading, on the parenthetical's line; the earlier items' sentences opening with a body and a modal
  are its work, no tasks (held-out 57).
- In a list whose every item opens with the body doing it (``（一）市安全监管部门要…`` / ``（二）市交通委加快…``), each
  item is that body's task, the body a department type written with 市/区, a collective, places before ``等…的地区``,
  a body after a qualifying clause, or a bureau with no modal (held-out 58).
- A numbered heading over items (``三、各区（县）政府要切实落实属地监管责任`` / ``（一）…``) is no task.

The whole plans: tests/fixtures/round68/heldfix68 (tests/test_round_plans.py).
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles

from reformgraph.loaders.prose import body_item

_HEAD = "某区某某专项整治工作方案\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body + "\n")


# ---- a last item's parenthetical over its sub-section ------------------------------------------------------------

_SUB_SECTION = (
    "一、重点任务\n\n"
    "（一）压实使用单位主体责任\n\n"
    "各所队要督促使用单位落实安全责任。\n\n"
    "1．要督促使用单位配备安全管理员。\n\n"
    "2．要强化维保检查。各街镇市场监管所要开展抽查。\n\n"
    "3．要落实属地监管职责。各所队要全面排查。{bracket}\n\n"
    "（二）加强应急处置\n\n"
    "要完善应急预案。（区局应急办负责）\n"
)


def test_last_item_parenthetical_assigns_its_sub_section():
    read = _read(_SUB_SECTION.format(bracket="（区局特种设备科牵头，各所队按职责分工负责）"))
    assert read == [(13, ["区局特种设备科"], ["各所队"]), (17, ["区局应急办"], [])]


def test_last_item_parenthetical_task_is_titled_by_its_heading():
    from reformgraph.loaders.parse import parse_document

    text = _HEAD + _SUB_SECTION.format(bracket="（区局特种设备科牵头）")
    first = parse_document(text, path="plan.md").workplans[0].measures[0]
    assert first.text.startswith("压实使用单位主体责任")


def test_sub_point_under_a_numbered_heading():
    body = (
        "一、整治重点\n\n1.落实校长负责制\n\n（1）落实陪餐制度。\n\n（2）健全自查制度。各中心学校要配齐管理员。\n\n"
        "（3）规范食堂承包经营。（县教体局安全股牵头，各中心学校按职责分工负责）\n\n2.加强食材管理\n\n"
        "（1）推行集中采购。\n\n（2）落实索证索票制度。（县教体局财务股牵头，县市场监管局配合）\n"
    )
    assert _read(body) == [(11, ["县教体局安全股"], ["各中心学校"]), (17, ["县教体局财务股"], ["县市场监管局"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # every item carrying its own: each a task (SPEC's smallest item), as before
        (
            "一、任务\n\n（一）排查管网\n\n1．组织排查。（甲股负责）\n\n2．推进改造。（甲股牵头，县财政局配合）\n",
            [(7, ["甲股"], []), (9, ["甲股"], ["县财政局"])],
        ),
        # an earlier item carrying its own: the last item's is its own, the first item none
        (
            "一、任务\n\n（一）规范经营\n\n1．开展资质核查。\n\n2．打击非法经营。（县市场监管局牵头）\n\n3．推动安装报警装置。（甲股负责）\n",
            [(9, ["县市场监管局"], []), (11, ["甲股"], [])],
        ),
        # an intro naming its unit with a role in prose keeps its task (round 63 heldfix63's guard): item 2's own
        (
            "一、任务\n\n（一）规范经营\n\n县市场监管局要负责组织核查。\n\n1．开展资质核查。\n\n2．打击非法经营。（县公安局负责）\n",
            [(7, ["县市场监管局"], []), (11, ["县公安局"], [])],
        ),
        # the list goes on after it: no sub-section's
        (
            "一、任务\n\n（一）规范经营\n\n1．开展资质核查。\n\n2．打击非法经营。（县市场监管局牵头）\n\n3．推动安装报警装置。\n",
            [(9, ["县市场监管局"], [])],
        ),
    ],
)
def test_last_item_parenthetical_guards(body: str, expected: list[tuple]):
    assert _read(body) == expected


# ---- a list divided by body --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "市安全监管部门要加强检查；会同相关职能部门开展联合执法。",
            [("市安全监管部门", "lead"), ("相关职能部门", "support")],
        ),
        ("区应急管理部门要加强检查。", [("区应急管理部门", "lead")]),
        ("有关管理部门要加快推进办法修订。", [("有关管理部门", "lead")]),
        ("市有关管理部门要加强政策保障力度。", [("市有关管理部门", "lead")]),
        (
            "浦东新区、宝山区、奉贤区等综合货运站、集装箱货运站较多的地区要加强排查。",
            [("浦东新区", "lead"), ("宝山区", "lead"), ("奉贤区", "lead")],
        ),
        ("本市指定查验道口所在的各区（县）政府要配合道口加强执法力量，负责处置。", [("各区（县）政府", "lead")]),
        ("设有供应站的各街镇要配合开展巡查，负责日常管理。", [("各街镇", "lead")]),
        ("市交通委加快建设联网联控信息系统。", [("市交通委", "lead")]),
        # guards: an item opening with its title, an exhortation, no body at all, places, every level, market actors
        ("各地要加强统筹协调。", None),
        ("各级林业和草原主管部门要加强巡查。", None),
        ("生产经营单位要落实主体责任。", None),
        ("相关企业要加强自查。", None),
        ("加强组织领导。县有关部门要高度重视。", None),
        ("各区县政府要高度重视。", None),
        ("要组织开展抽查。", None),
    ],
)
def test_body_item(text: str, units: list[tuple[str, str]] | None):
    read = body_item(text, 0, len(text))
    assert (None if read is None else [(u.name, u.role) for u in read[2].units]) == units


_BY_BODY = (
    "一、单位责任\n\n充装、配送单位要建立实名登记制度。\n\n"
    "二、各有关部门要切实落实行业监管责任\n\n"
    "（一）区应急管理部门要加强检查；会同相关职能部门开展联合执法。\n\n"
    "（二）区市场监管部门要加强充装质量抽查。\n\n"
    "三、各街镇要切实落实属地管理责任\n\n"
    "（一）各街镇要将配送安全纳入网格化管理。\n\n"
    "（二）东林街道、西湖镇等餐饮门店较多的地区要加强检查。\n\n"
    "四、落实保障措施\n\n"
    "（一）有关监管部门要加快完善管理制度。\n\n"
    "（二）区应急局加快建设监管平台，力争在2026年9月底前建成。\n\n"
    "（三）区应急局、区商务委等部门要加强与各街镇联动。\n"
)


def test_list_divided_by_body():
    assert _read(_BY_BODY) == [
        (9, ["区应急管理部门"], ["相关职能部门"]),
        (11, ["区市场监管部门"], []),
        (15, ["各街镇"], []),
        (17, ["东林街道", "西湖镇"], []),
        (21, ["有关监管部门"], []),
        (23, ["区应急局"], []),
        (25, ["区应急局", "区商务委"], []),
    ]


def test_list_divided_by_body_guards():
    # a list of titled points (二、保障措施's), one opening with no body: the types and collectives no task; a
    # subject with its partner still is (round 40)
    body = (
        "一、保障措施\n\n（一）加强组织领导。县有关部门要高度重视。\n\n"
        "（二）强化监督检查。县住建局要会同县应急管理局开展督导检查。\n\n（三）加强宣传引导。各乡镇要宣传燃气安全知识。\n"
    )
    assert _read(body) == [(7, ["县住建局"], ["县应急管理局"])]
    # one item of a list opening with a body type, the other with work: no list divided by body
    body = "一、工作任务\n\n（一）市公安部门要加强执法。\n\n（二）开展联合检查，形成监管合力。\n"
    assert _read(body) == []


def test_heading_over_items_is_no_task():
    body = (
        "一、各区政府要切实落实属地监管责任\n\n（一）各区政府要全面开展隐患排查。\n\n（二）各区政府要建立协调机制。\n"
    )
    assert _read(body) == [(5, ["各区政府"], []), (7, ["各区政府"], [])]

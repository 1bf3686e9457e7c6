"""Round 69 heldout14: the fourteenth batch of real held-out plans (tests/fixtures/heldout/63-66).

64 and 66 read exactly; 63 and 65 are strict xfails in tests/test_heldout.py's ``NOT_YET_READ`` (with their
reasons). Seven rules came of them, tested here in words of our own, with guards:

- a section whose first paragraph announces the duties below it (``本区…部门工作职责如下：``) divides its work by body
  whatever its heading says (``六、保障机制``): each paragraph opening with a body is a task it leads, with or without a
  role word (held-out 63 lines 104, 110, 112), as under a 职责分工 heading (heldfix25);
- a sentence may open with a level's bodies whose name ends in no character names end with (``属地街镇要…``);
- 行业, 处置 and 处理 are one word each: no name ends inside them (``各行业…`` is no ``各行``, ``查验…处置证`` no 处);
- a type or collective spelled out by the bodies in the bracket after it, closed by 等
  (``各行业建设主管部门(区建管委、区水务局、区交通委等)``): those bodies are the units (held-out 63 line 94);
- a 会同 partner list ends before 打击 (``会同A、B打击…``: held-out 63 line 100);
- whom a body mobilises is no partner (``…，充分调动各部门和单位参与…``: held-out 65 line 72);
- no unit's name opens with 具体 (``由具体项目…协调小组统筹决策``: each project's own group, held-out 65 line 78).
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles

from reformgraph.loaders.prose import opening_units
from reformgraph.loaders.unit_lists import spelled_out

_HEAD = "某区某某工作管理意见\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body)


_PROCEDURE = "一、备案管理\n\n甲区规划资源局会同甲区绿化市容局编制规划。\n\n"


# ---- a duties section announced by its first paragraph ----------------------------------------------------


def test_duties_announced_under_another_heading():
    body = _PROCEDURE + (
        "二、保障机制\n\n本区主要管理、执法部门工作职责如下：\n\n甲区绿化市容局负责本区土方处理的具体管理工作。\n\n"
        "甲区农业农村委在耕地保护的前提下，研究探索土方消纳方案。\n\n甲区数据局推进整合建筑垃圾管理的数据资源。\n\n"
        "属地街镇要积极挖掘土方消纳空间，落实区级统筹调配相关要求。\n"
    )
    assert _read(body) == [
        (5, ["甲区规划资源局"], ["甲区绿化市容局"]),
        (11, ["甲区绿化市容局"], []),
        (13, ["甲区农业农村委"], []),
        (15, ["甲区数据局"], []),
        (17, ["属地街镇"], []),
    ]


def test_requirements_announced_are_no_duties():
    # guard: a first paragraph announcing anything else (要求如下：) leaves the paragraphs with no role word no task
    body = _PROCEDURE + (
        "二、保障机制\n\n本区各部门工作要求如下：\n\n甲区绿化市容局负责本区土方处理的具体管理工作。\n\n"
        "甲区农业农村委在耕地保护的前提下，研究探索土方消纳方案。\n\n甲区数据局推进整合建筑垃圾管理的数据资源。\n"
    )
    assert _read(body) == [(5, ["甲区规划资源局"], ["甲区绿化市容局"]), (11, ["甲区绿化市容局"], [])]


# ---- a level's bodies opening a sentence; one-word pairs -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("属地街镇要积极挖掘消纳空间。", ["属地街镇"]),
        ("各街镇负责本辖区的巡查工作。", ["各街镇"]),
        ("市固体废物处理处负责运营。", ["市固体废物处理处"]),  # guard: a name holding 处理 still ends at its own 处
        ("各街道、镇作为责任主体的处。", None),  # guard: the list goes on (round 63)
        ("查验建筑垃圾处置证。", None),  # 处置 is one word
        ("各行业建设主管部门(甲区建管委等)负责本行业管理。", None),  # 行业 is one word: no 各行
    ],
)
def test_opening_units(text: str, names: list[str] | None):
    found = opening_units(text, 0, len(text))
    assert (None if found is None else [u.name for u in found]) == names


# ---- a type spelled out by its bodies in a bracket ---------------------------------------------------------


def test_type_spelled_out_by_its_bodies():
    body = (
        "一、职责分工\n\n甲区绿化市容局负责本区土方处理的具体管理工作。\n\n"
        "各行业建设主管部门(甲区建管委、甲区水务局、甲区交通委等)负责本行业工地源头管理;查验建筑垃圾处置证。\n"
    )
    assert _read(body) == [(5, ["甲区绿化市容局"], []), (7, ["甲区建管委", "甲区水务局", "甲区交通委"], [])]


def test_unit_brackets_stay_names():
    # guards: a unit's own bracket holding 、 (held-out 53) and bodies before their type (duties' headings, round 63)
    body = (
        "一、工作任务\n\n1.推进数字化转型。（责任单位：市交通委（科信处、宣传处）、市财政局）\n\n"
        "2.加强源头管理。（责任单位：甲区建管委、甲区水务局等建设主管部门）\n"
    )
    assert _read(body) == [(5, ["市交通委（科信处、宣传处）", "市财政局"], []), (7, ["甲区建管委", "甲区水务局"], [])]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("有关部门(甲区建管委、甲区水务局等)", ["甲区建管委", "甲区水务局"]),
        ("市交通委（科信处、宣传处等）", ["市交通委（科信处、宣传处等）"]),  # a unit, no type, before the bracket
        ("各有关部门（交通、水务等）", ["各有关部门（交通、水务等）"]),  # fields, no bodies, in the bracket
    ],
)
def test_spelled_out(text: str, pieces: list[str]):
    assert [text[a:b] for a, b in spelled_out(text, [(0, len(text))])] == pieces


# ---- partners before 打击; whom a body mobilises; names opening with 具体 -------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "一、职责分工\n\n甲区交通委负责查验处置证副本。\n\n"
            "公安甲区分局负责会同甲区城管执法局、甲区交通委打击“黑车”运输土方行为;对违法行为进行处罚。\n",
            [(5, ["甲区交通委"], []), (7, ["公安甲区分局"], ["甲区城管执法局", "甲区交通委"])],
        ),
        (  # guard: a verb the list already ended before
            "一、工作任务\n\n1.开展整治。甲区公安分局会同甲区城管执法局、甲区交通委开展联合整治。\n",
            [(5, ["甲区公安分局"], ["甲区城管执法局", "甲区交通委"])],
        ),
    ],
)
def test_partners_end_before_the_work(body: str, read: list):
    assert _read(body) == read


def test_mobilised_bodies_are_no_partners():
    body = (
        "一、责任分工\n\n甲区规划资源局负责征收补偿工作的组织实施。\n\n乡镇人民政府负责征收工作的推进。\n\n"
        "各部门（单位）既要各司其职，又要形成合力。甲区规划资源局要加强统筹协调；"
        "乡镇人民政府要发挥在区域管理上的优势，充分调动各部门和单位参与征收工作。\n"
    )
    assert _read(body)[-1] == (9, ["乡镇人民政府"], [])


def test_partners_acting_with_a_manner_still_support():
    # guard: 积极配合 is a partner's verb, not an urging one
    assert _read("一、工作任务\n\n1.开展排查。由甲区住建局负责，甲区消防救援支队积极配合。\n") == [
        (5, ["甲区住建局"], ["甲区消防救援支队"])
    ]


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "一、工作联动机制\n\n（一）加强协调决策联动\n\n对一般疑难问题，由具体项目征收推进工作协调小组统筹决策；"
            "涉及重大问题的，由甲区规划资源局会同有关部门研究协调解决。\n",
            [(7, ["甲区规划资源局"], ["有关部门"])],
        ),
        (  # guard: a named body's 统筹 still leads
            "一、工作任务\n\n1.统筹推进。由甲区规划资源局统筹，甲区财政局配合。\n",
            [(5, ["甲区规划资源局"], ["甲区财政局"])],
        ),
    ],
)
def test_no_name_opens_with_specific(body: str, read: list):
    assert _read(body) == read

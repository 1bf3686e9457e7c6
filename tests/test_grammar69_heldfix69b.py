"""Round 69 heldfix69b: held-out 65's executor after a named lead and its bodies that help, clause by clause.

Four rules, tested here in words of our own, with guards (the whole plans, held-out 65 and three plans of our own in
tests/fixtures/round69/heldfix69b, are read through tests/test_heldout.py and tests/test_round_plans.py):

- an executor named in a later sentence after a named lead (``区规划资源局负责…。包括：…。区集体土地房屋征收中心具体
  承担…事务性工作``) supports (held-out 65 line 58), as heldfix69 read ``…牵头…，由B具体负责…``; with no lead before
  it (held-out 21's ``乡镇政府具体负责…``) the body leads as before;
- in a paragraph naming no lead, each ``；``- or ``。``-clause whose bodies help (``区公安部门配合提供…``, ``区相关部门
  （单位）协同做好…``, ``区卫生部门协调区属医院配合提供…``, ``区公安部门对…应依法予以查处，对强制执行案件应依法全力配合``)
  is a task with a support and no lead (65 lines 86, 90); a department type written with the plan's own level (区 in a
  district's plan, known from its issuer or title) is one body, as held-out 58 reads 市 types in a city's; a type of
  another level or with none is not, and a helper after a lead (``A负责…，B配合``) stays its partner. The first
  task's text is the heading's over its paragraph, its deadline its own clause's;
- kinds of work mapped to bodies with dashes, one ``；``-clause each, the last closed by ``，负责…``
  (``…项目——区相关职能部门；…——区级集团公司和区土地储备中心；…——乡镇人民政府，负责…``): the bodies lead, once each
  (65 line 66); kinds of body written with a level word (``区级集团公司``) or a qualifier (``委托的开发企业``) are none;
- a subject task's text opens at its own sentence after a sentence of no task's opening an untitled, unnumbered
  paragraph (65 line 72); a numbered item keeps its own.
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles, plan_measures

from reformgraph.loaders.prose import (
    _executes_after_its_lead,
    _helping_bodies,
    assisting_clauses,
    mapped_bodies,
    plan_level,
)
from reformgraph.loaders.roles import RoleUnit

_DISTRICT = "某某区某某工作方案\n\n一、职责分工\n\n"
_COUNTY = "平安县人民政府办公室关于某某工作的意见\n\n二、工作联动\n\n"
_CITY = "某市某某工作意见\n\n二、工作联动\n\n"


# ---- an executor named after a named lead ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "1．实施管理。区住房保障局负责统筹实施。包括：拟订补偿方案。区房屋征收事务中心具体承担签约等事务性工作。",
            [(5, ["区住房保障局"], ["区房屋征收事务中心"])],
        ),
        (
            "1．实施管理。区住房保障局负责统筹实施。区房屋征收事务中心具体负责签约等事务性工作。",
            [(5, ["区住房保障局"], ["区房屋征收事务中心"])],
        ),
        # guards: with no lead before it, the executor leads (held-out 21 line 56); the lead itself is no executor
        ("1．落实镇政府管养职责。区道路管理所具体负责本区域道路养护工作。", [(5, ["区道路管理所"], [])]),
        ("1．实施管理。区住房保障局负责统筹实施。区住房保障局具体承担签约工作。", [(5, ["区住房保障局"], [])]),
    ],
)
def test_an_executor_after_a_named_lead(body: str, read: list):
    assert lines_and_roles(_DISTRICT + body + "\n") == read


def test_executes_after_its_lead():
    t = "甲局负责统筹。乙中心具体实施日常管理。"
    assert [(u.name, u.role) for u in _executes_after_its_lead(t, 7, 19, [RoleUnit("甲局", "lead", 0)])] == [
        ("乙中心", "support")
    ]
    assert _executes_after_its_lead("为此，乙中心具体实施。", 0, 2, [RoleUnit("甲局", "lead", 0)]) is None


# ---- the plan's level ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("上海市崇明区人民政府办公室关于印发…的通知", "区"),
        ("平安县人民政府办公室关于…的意见", "县"),
        ("绿洲区城中村改造征收补偿工作实施方案", "区"),
        ("某市某某工作意见", "市"),
        # guards: 社区, 园区 name no level; a national plan names none
        ("关于加强社区治理的意见", None),
        ("关于推进产业园区建设的实施方案", None),
    ],
)
def test_plan_level(head: str, level: str | None):
    assert plan_level(head) == level


# ---- bodies that help, clause by clause ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "read"),
    [
        (
            _COUNTY,
            "（一）加强核查联动。县公安部门配合提供户籍信息；县民政部门配合提供婚姻登记信息。",
            [(5, [], ["县公安部门"]), (5, [], ["县民政部门"])],
        ),
        (
            _COUNTY,
            "（一）加强核查联动。各镇可凭函件至县相关部门查询信息，县相关部门协同做好核查工作。",
            [(5, [], ["县相关部门"])],
        ),
        (
            _DISTRICT,
            "1．资料核查。区卫生部门协调区属医院配合提供大病证明信息；相关街镇配合提供居住证明。",
            [(5, [], ["区卫生部门"]), (5, [], ["相关街镇"])],
        ),
        (
            _DISTRICT,
            "1．执法保障。区公安部门对违法行为应依法予以查处，对强制执行案件应依法全力配合。",
            [(5, [], ["区公安部门"])],
        ),
        # guards: a type of another level, or with none, is no body; a helper after a lead is its partner
        (_CITY, "（一）加强核查联动。区公安部门配合提供户籍信息；纪检监察部门配合做好监督。", []),
        (
            _DISTRICT,
            "1．资料核查。区住房保障局负责核查工作，区公安部门配合提供户籍信息。",
            [(5, ["区住房保障局"], ["区公安部门"])],
        ),
    ],
)
def test_bodies_that_help_clause_by_clause(head: str, body: str, read: list):
    assert lines_and_roles(head + body + "\n") == read


def test_helping_bodies():
    assert [u.name for u in _helping_bodies("县自然资源部门", 0, 7, "县")] == ["县自然资源部门"]
    assert _helping_bodies("县自然资源部门", 0, 7, "区") is None
    assert _helping_bodies("有关企业", 0, 4, "区") is None
    t = "区公安部门配合提供户籍信息；区民政部门对此应积极配合。区信访部门要积极配合做好化解。"
    # (a modal's subject alone, 区信访部门要配合…, is ``subject_tasks``'s: the task before's partner or its own)
    assert [[u.name for u in x.units] for _, _, x in assisting_clauses(t, 0, len(t), "区")] == [["区公安部门"]]
    t = "区公安部门配合提供户籍信息；区民政部门对婚姻登记应依法查询，对核查工作应积极配合。"
    assert [[u.name for u in x.units] for _, _, x in assisting_clauses(t, 0, len(t), "区")] == [
        ["区公安部门"],
        ["区民政部门"],
    ]


def test_a_heading_over_a_paragraph_of_tasks_keeps_their_own_deadlines():
    # the first task's text is the heading's; the earlier sentence's 常态化 is no deadline of the help (65 line 90)
    body = (
        "（一）加强协调决策联动\n\n对重大问题，由区住房保障局会同有关部门研究协调解决。\n\n"
        "（二）加强司法联动\n\n区委政法委、区司法局、区规划资源局与人民法院开展常态化工作联动，加强各环节的衔接。区公安部门对违法行为应依法查处，对强制执行案件应依法全力配合；区信访部门应加强矛盾化解。"
    )
    assert plan_measures(_DISTRICT.replace("职责分工", "工作联动") + body + "\n") == [
        (7, ["区住房保障局"], ["有关部门"], None, None, None),
        (11, [], ["区公安部门"], None, None, None),
    ]


# ---- kinds of work mapped to bodies with dashes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（三）项目实施主体\n\n重大市政项目——区相关职能部门；保障房项目——区级集团公司和区土地储备中心；"
            "改造项目——乡镇人民政府或委托的开发企业，负责项目前期手续办理工作。",
            [(7, ["区相关职能部门", "区土地储备中心", "乡镇人民政府"], [])],
        ),
        (
            "2．项目实施主体。交通项目——区交通委；园区项目——区级国有企业和区科创集团，负责前期手续办理。",
            [(5, ["区交通委", "区科创集团"], [])],
        ),
        # guards: a dash with no duty closing the list, and a single mapping, are no task
        ("2．联系方式。交通项目——区交通委；园区项目——区科委。", None),
        ("2．项目实施主体。交通项目——区交通委，负责前期手续。", None),
    ],
)
def test_kinds_of_work_mapped_to_bodies(body: str, read: list | None):
    got = lines_and_roles(_DISTRICT + body + "\n")
    if read is None:  # (read as before: not by the mapping)
        assert mapped_bodies(body, 0, len(body), "区") is None
    else:
        assert got == read


# ---- a subject task's text after words of no task's ------------------------------------------------------------------


def _texts(plan: str) -> list[str]:
    from reformgraph.loaders.parse import parse_document

    return [m.text[:10] for w in parse_document(plan, path="plan.md").workplans for m in w.measures]


def test_a_subject_tasks_text_opens_at_its_own_sentence():
    # 65 line 72: an untitled, unnumbered paragraph opened by a sentence of no task's
    body = "各部门既要各司其职，又要形成合力。区规划资源局要加强统筹协调；乡镇人民政府要发挥区域管理优势。"
    assert _texts("某某区某某工作意见\n\n三、责任分工\n\n" + body + "\n") == [
        "区规划资源局要加强统",
        "乡镇人民政府要发挥区",
    ]
    # guard: a numbered item keeps its number's text (its title sentence, its first words)
    body = "1．形成合力。区规划资源局要加强统筹协调；乡镇人民政府要发挥区域管理优势。"
    assert _texts("某某区某某工作意见\n\n三、责任分工\n\n" + body + "\n")[0].startswith("形成合力")

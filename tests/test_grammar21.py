"""Held-out 12 and 13's last gaps, closed by general rules (round 21).

- A collective of every body of one level (各乡镇政府, 各街道办事处, 各区县政府) that a sentence declares
  ``是…责任主体`` leads, and the sentence's later clause ``负责会同B…`` / ``会同B…`` with no subject of its own is
  its (B supports). Only the declaration admits such a subject: ``各乡镇政府负责…``, ``各乡镇要指导…`` stay
  unread, and a vague collective (各有关部门, 相关单位, 各级政府) is never a subject.
- ``A应…和指导…`` / ``A应…并负责…``: a role verb joined by 和/并 to the verb phrase after ``A应`` makes A lead,
  when it is a verb (not ``…的监督和指导``, ``督促指导和考核``, ``在…指导下``, ``和指导意见``).
- Under a duty heading, ``X机构：…`` heads a duty paragraph when the plan set up that body before
  (``成立…X机制`` / ``建立…X小组``…); otherwise a name ending in 机构 stays a department type (金融机构).
- Lists of units in prose are read over at most 400 characters, so a long paragraph stays linear.

Each case pairs what a rule reads with near misses it must leave alone: every test fails on the loader
before these rules (checked on main's code), and guards the rule's edges.
"""

from __future__ import annotations

import time

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import read_prose


def roles(sentence: str) -> list[tuple[str, str]] | None:
    found = read_prose(sentence, 0, len(sentence))
    return None if found is None else [(u.name, u.role) for u in found.units]


def tasks(text: str) -> list[tuple[int, list[str], list[str]]]:
    try:
        doc = parse_document(text, path="plan.md")
    except DocumentError:
        return []
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


# ---- a declared responsible body: 各乡镇政府是…责任主体，负责会同… ----------------------------------------
_LEVEL = "各乡镇政府是此项工作的直接责任主体，负责会同区有关部门具体实施。"  # held-out 12 line 34


@pytest.mark.parametrize(
    ("sentence", "expected", "near_misses"),
    [
        (
            _LEVEL,
            [("各乡镇政府", "lead"), ("区有关部门", "support")],
            [
                "各有关部门是此项工作的直接责任主体，负责会同区有关部门具体实施。",  # a vague collective
                "各级政府是此项工作的责任主体，负责会同有关部门具体实施。",
                "各乡镇政府负责会同区有关部门具体实施。",  # 负责 with no declaration
                "各乡镇、居村委要指导业委会、物业服务企业落实消防安全责任。",  # held-out 12 line 138
            ],
        ),
        (
            "各街道办事处是本辖区整治工作的第一责任主体，会同区城管执法局开展排查。",
            [("各街道办事处", "lead"), ("区城管执法局", "support")],
            ["各街道办事处要会同区城管执法局开展排查。", "相关单位是安全生产的责任主体，会同属地街镇开展自查。"],
        ),
        (
            "各区县政府是属地管理的责任主体，要会同市有关部门制定方案。",
            [("各区县政府", "lead"), ("市有关部门", "support")],
            [
                "建设单位是施工安全的责任主体，负责会同监理单位落实整改。",  # a department type
                "企业是安全生产的责任主体，负责会同有关部门落实整改。",
            ],
        ),
        ("各区是本区燃气安全的责任主体。", [("各区", "lead")], ["乡镇政府要明确牵头单位负责排查治理工作。"]),
        (  # a named unit: the 负责会同 clause is its too (before, only the lead was read)
            "区规划资源局是此项工作的直接责任主体，负责会同区农业农村委、区财政局开展审核。",
            [("区规划资源局", "lead"), ("区农业农村委", "support"), ("区财政局", "support")],
            # a 负责 clause in a sentence declaring nobody (``由各乡镇统筹`` declares every township: round 31)
            ["此项工作要统筹推进，负责会同区有关部门具体实施。"],
        ),
        (  # 明确 before the subject is the plan declaring, not a part of the name
            "要明确各乡镇政府是此项工作的责任主体。",
            [("各乡镇政府", "lead")],
            ["要明确各有关单位是此项工作的责任主体。"],
        ),
    ],
)
def test_a_body_declared_responsible_leads_and_its_huitong_clause_gives_supports(sentence, expected, near_misses):
    assert roles(sentence) == expected
    assert [roles(miss) for miss in near_misses] == [None] * len(near_misses)


def test_the_declaration_does_not_lend_its_subject_to_another_sentence():
    # the 会同 clause of the next sentence has a subject of its own (区应急局)
    text = "各乡镇政府是此项工作的直接责任主体。区应急局要会同区消防救援支队开展检查。"
    assert roles(text) == [("各乡镇政府", "lead"), ("区应急局", "lead"), ("区消防救援支队", "support")]


# ---- a role verb joined to the verb phrase after A应 ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected", "near_misses"),
    [
        (  # held-out 13 line 160
            "区规划资源局、区农业农村委应根据职责分工带领试点工作专班成员统筹协调和指导试点乡镇稳妥推进入市试点工作。",
            ["区规划资源局", "区农业农村委"],
            [
                "工作专班要加强对各地专项整治工作的督促指导和考核，适时开展督促检查。",  # held-out 10 line 113
                "区规划资源局应加强对各乡镇的监督和指导。",  # 指导 heads a noun phrase
            ],
        ),
        (
            "区应急管理局应制定排查方案并指导各街道办事处开展自查。",
            ["区应急管理局"],
            [
                "区应急管理局应在市应急管理局指导下和各街道办事处共同开展排查。",  # 在…指导下
                "区应急管理局应督促各街道办事处负责辖区排查。",  # 负责 is the led body's
                "区应急管理局要督促各街镇指导居委会开展排查。",
                "区应急管理局和指导组成员共同开展检查。",  # 指导组: a body
            ],
        ),
        (
            "区民政局要加强统筹并负责养老机构的消防安全检查。",
            ["区民政局"],
            ["各有关部门应加强统筹并指导各街镇开展排查。", "区民政局应明确一名负责人和负责同志。"],
        ),
        (
            "区住房保障房屋管理局应按照计划推进改造和牵头组织验收。",
            ["区住房保障房屋管理局"],
            ["区住房保障房屋管理局应认真贯彻落实和指导意见要求。"],  # 指导意见: a title
        ),
    ],
)
def test_a_role_verb_joined_to_what_the_subject_must_do_makes_it_lead(sentence, expected, near_misses):
    assert roles(sentence) == [(name, "lead") for name in expected]
    assert [roles(miss) for miss in near_misses] == [None] * len(near_misses)


# ---- a body the plan set up heads its duty paragraph ----------------------------------------------------

_PLAN = (
    "某区农村集体经营性建设用地入市试点工作方案\n\n一、试点工作组织\n\n{before}\n\n二、试点工作职能分工\n\n"
    "（一）工作领导小组：指导协调监管机构和工作推进专班开展工作。\n\n（二）{name}：参照国有建设用地入市的管理要求，"
    "建立入市监管制度。\n\n三、其他\n\n{after}\n"
)


@pytest.mark.parametrize(
    ("before", "name", "near_misses"),
    [
        (  # held-out 13 line 58
            "成立区试点工作协调监管机制，办公室设在区规划资源局。",
            "协调监管机构",
            [
                ("加强组织领导。", "协调监管机构", "成立区试点工作协调监管机制。"),  # set up only after its duties
                ("成立区试点工作协调监管机制。", "金融机构", "无。"),  # a type the plan did not set up
                ("成立区协调监管机制，加强统筹。", "评估机构", "无。"),
            ],
        ),
        (  # the level the name opens with need not be written where the body is set up
            "成立区级协调监管机制。",
            "区协调监管机构",
            [("成立区级协调监管机制。", "市金融监管机构", "无。")],
        ),
        (
            "建立区级联合执法工作组。",
            "联合执法机构",
            [("成立区城管执法协调机制。", "城管执法部门", "无。")],  # 部门 is always a department type
        ),
    ],
)
def test_a_body_the_plan_set_up_heads_its_duty_paragraph(before, name, near_misses):
    leader = (9, ["工作领导小组"], [])
    assert tasks(_PLAN.format(before=before, name=name, after="无。")) == [leader, (11, [name], [])]
    for miss_before, miss_name, miss_after in near_misses:
        assert tasks(_PLAN.format(before=miss_before, name=miss_name, after=miss_after)) == [leader], miss_name


# ---- hostile input ----------------------------------------------------------------------------------------

_N = 200_000


def _paragraph(body: str) -> str:
    """One paragraph of ``body`` over lines of 19,999 characters (a line's limit is 20,000)."""
    return "一、任务\n" + "\n".join(body[k : k + 19_999] for k in range(0, len(body), 19_999)) + "\n"


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEVEL * (_N // len(_LEVEL)), [("各乡镇政府", "lead"), ("区有关部门", "support")]),
        # 并 everywhere: one joined verb, one scan
        ("区应急局应" + "统筹并" * (_N // 3) + "指导各街镇。", [("区应急局", "lead")]),
        ("区应急局应带领" + "和指" * (_N // 2) + "和指导各街镇。", [("区应急局", "lead")]),
    ],
    ids=["declared", "joined", "he-zhi"],
)
def test_the_new_rules_stay_linear_on_a_long_line(text, expected):
    t = time.process_time()
    assert roles(text) == expected
    assert time.process_time() - t < 5.0


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the subject before 指导 was read over the whole paragraph; the joined 和指导 gives it now
        ("区应急局应" + "和" * _N + "指导各街镇。", [(2, ["区应急局"], [])]),
        ("应" * _N + "和指导", []),  # a trailing modal verb was looked for from every 应
        ("甲局会同" + "乙局的" * (_N // 3) + "开展。", [(2, ["甲局"], ["乙局"])]),  # partners tried up to every 的
        ("由" + "和" * _N + "牵头", []),
    ],
    ids=["subject", "modal", "partners", "you"],
)
def test_a_long_paragraph_is_read_in_linear_time(body, expected):
    """Lists of units in prose are read over at most 400 characters (main took minutes on these)."""
    t = time.process_time()
    assert tasks(_paragraph(body)) == expected
    assert time.process_time() - t < 5.0


@pytest.mark.timeout(60)
def test_many_bodies_set_up_and_many_duty_paragraphs_stay_linear():
    plan = (
        "一、组织\n\n"
        + "成立" * (_N // 2)
        + "乙乙协调机制。\n"
        + "\n二、职能分工\n\n"
        + "（一）乙乙协调机构：建立制度。\n" * (_N // 14)
    )
    t = time.process_time()
    found = tasks(plan)
    assert time.process_time() - t < 20.0
    assert len(found) == _N // 14 and all(leads == ["乙乙协调机构"] for _, leads, _ in found)

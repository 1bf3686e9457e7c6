"""Round 70 heldfix70: held-out 52 and 63, named bodies with a modal or a plain verb and no role word.

Where a body with a modal (要/应当/应) or a plain verb and no role word is a task, and where not, was decided on the
readings of rounds 33, 37 and 38 (our own) and of the real plans 34, 36, 45, 51, 52, 56, 59 and 63 (docs/loader.md,
round 70 heldfix70, gives the table): a numbered item or a duties section's paragraph is a task of its body; an
unnumbered paragraph of a procedure or of a section that divides no work is not (as read before); and three readings
that made the false tasks go: ``…予以核实和指导，`` (指导 with no object: the act given, no role), an authority named
by its act (``项目备案机关``: a type), and one body's plain sentence in a titled point with no time, no word of
leading, partnering or commitment and no second body (how the point's service is done). Two readings found the
missed ones: ``A、B等建立…机制，指导各区…`` (the units whose work opens the sentence guide bodies: they lead) and a
numbered point titled as a division of duties, sentence by sentence (one task, every named body leading). The whole
plans (held-out 52 and 63, tests/fixtures/round70/heldfix70) are read through tests/test_heldout.py and
tests/test_round_plans.py.
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles

from reformgraph.loaders.assign import read_bare_units
from reformgraph.loaders.prose import read_prose
from reformgraph.loaders.unit_names import names_a_type

_CITY = "某市某某工作意见\n\n二、主要任务\n\n"
_SAFEGUARDS = "某市某某工作意见\n\n三、保障措施\n\n"


def _leads(text: str) -> list[tuple[str, str]] | None:
    read = read_prose(text, 0, len(text))
    return None if read is None else [(u.name, u.role) for u in read.units]


# ---- 指导 with no object names the act given -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("区绿化市容局应当指派专人至现场予以核实和指导，并征询区规划资源局的意见。", None),  # held-out 63 line 46
        ("县自然资源局应当派员进行现场核查和指导。", None),
        # guards: a joined role verb with its object still leads (round 63)
        ("区应急局、区民政局应带领专班统筹协调和指导各街镇开展排查。", [("区应急局", "lead"), ("区民政局", "lead")]),
        ("区应急局应加强巡查并负责督促整改。", [("区应急局", "lead")]),
    ],
)
def test_a_joined_guidance_with_no_object_is_no_role(text: str, read):
    assert _leads(text) == read


# ---- an authority named by its act ----------------------------------------------------------------------------------


def test_an_authority_named_by_its_act_is_a_type():
    assert [names_a_type(n) for n in ("项目备案机关", "审批机关", "登记机关", "发证机关")] == [True] * 4
    # guards: the kinds of organ a plan names as partners (held-out 38) and bodies' own names stay names
    assert [
        names_a_type(n) for n in ("公安机关", "监察机关", "县纪委监委机关", "市机关事务管理局", "市级机关工委")
    ] == [False] * 5


def test_a_later_sentence_of_an_authority_named_by_its_act_is_no_task():
    body = "（九）做好备案管理。项目由建设单位向区发展改革委备案。项目备案机关应当遵循便民原则，提高办事效率。\n"
    assert lines_and_roles(_CITY + "（一）推进改革。区财政局要加强保障，年底前完成。\n" + body) == [
        (5, ["区财政局"], [])
    ]
    # guard: a named body with a modal in the same place is a task (rounds 33, 59)
    named = "（九）做好备案管理。项目由建设单位向区发展改革委备案。区发展改革委要简化流程，提高办事效率。\n"
    assert lines_and_roles(_CITY + named) == [(5, ["区发展改革委"], [])]


def test_a_short_form_written_with_xiacheng_is_no_units_list():
    assert read_bare_units("下称地产企业", None) is None  # 新建居住建筑开发企业（下称地产企业） (held-out 52 line 62)
    assert read_bare_units("以下称平台", None) is None
    assert [u.name for u in read_bare_units("县发改局、县财政局", None).units] == ["县发改局", "县财政局"]  # as before


# ---- one body's plain sentence in a titled point ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        ("（十）优化并网服务。市电力公司提供一站式并网服务，同步开展建筑供电、光伏并网受理。\n", []),  # held-out 52
        ("3．优化报装接电。区供电公司推行充电设施报装服务，压减接电办理时间。\n", []),
        # guards: a time (round 38; 年内), 将 (round 41), 统筹 (held-out 51), organising others (round 40), a
        # partner, a second body (round 44), and an untitled item (round 37) keep the task
        ("（四）出台办法。区委组织部于6月底前出台干部激励办法。\n", [(5, ["区委组织部"], [])]),
        ("2．加快充电站建设。区城投集团承担建设运营，年内建成充电站20座。\n", [(5, ["区城投集团"], [])]),
        ("（五）加强跟踪督办。县政府督查室将建议办理情况纳入年度绩效考核。\n", [(5, ["县政府督查室"], [])]),
        ("1.加强组织领导。市发展改革委加强绿电交易统筹协调，按年度发布名单。\n", [(5, ["市发展改革委"], [])]),
        ("（三）开展检查。镇应急办组织各村在路口设立检查站。\n", [(5, ["镇应急办"], ["各村"])]),
        (
            "（六）强化担保。市融资担保集团有限公司扩大担保规模，市财政局配合落实补贴。\n",
            [(5, ["市融资担保集团有限公司"], ["市财政局"])],
        ),
        ("（二）给予财税支持。市财政局加强资金保障；市税务局落实税收优惠。\n", [(5, ["市财政局", "市税务局"], [])]),
        ("（2）市气象局加密监测预报频次，每3小时报告一次雨情。\n", [(5, ["市气象局"], [])]),
    ],
)
def test_one_bodys_plain_sentence_in_a_titled_point(body: str, read: list):
    assert lines_and_roles(_CITY + body) == read


# ---- the units whose work opens a sentence, guiding bodies in the next clause ----------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（十四）加强组织领导。市发展改革委、市住房城乡建设管理委、市房屋管理局等建立健全建设管理机制，指导各区和相关"
            "行业协会建立相应工作推进机制。各区有关部门加强对市场主体服务。\n",
            [(5, ["市发展改革委", "市住房城乡建设管理委", "市房屋管理局"], [])],
        ),
        ("1．强化统筹推进。区发展改革委建立协调机制，指导各街道办事处建立工作台账。\n", [(5, ["区发展改革委"], [])]),
        # guards: guiding a kind of actor is the work (round 62 left30/05); after a modal, a safeguards exhortation
        # (round 40); one body's modal under safeguards stays none
        ("1．加强技术服务。县农业农村局开展技术培训，指导农户做好病虫害防治。\n", []),
        ("1．加强组织领导。县农业农村局要加强统筹，指导各乡镇建立工作台账。\n", []),
        ("3．加强资金保障。区财政局要加大资金投入力度。\n", []),
    ],
)
def test_units_guiding_bodies_after_their_work_lead(body: str, read: list):
    assert lines_and_roles(_SAFEGUARDS + body) == read


# ---- a point titled as a division of duties ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "（十五）明确职责分工。发展改革部门做好项目备案管理。市电力公司制订并网验收操作细则。各供电公司做好发电情况"
            "监测。配售电公司参照市电力公司相应流程，做好结算服务。\n",
            [(5, ["市电力公司", "各供电公司"], [])],
        ),
        (
            "2．明确部门分工。区发展改革委做好项目备案。区建设管理委完善建设指引。市场监管部门做好质量监管。\n",
            [(5, ["区发展改革委", "区建设管理委"], [])],
        ),
        # guards: one body's sentence divides nothing; a title of no division (明确工作目标) reads as before (none)
        ("（六）明确职责分工。区发展改革委做好项目备案和监测统计。\n", []),
        ("（六）明确工作目标。区发展改革委做好项目备案。区建设管理委完善建设指引。\n", []),
    ],
)
def test_a_point_titled_as_a_division_of_duties(body: str, read: list):
    assert lines_and_roles(_SAFEGUARDS + body) == read


# ---- a heading stating the plan's own action on requirements ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        ("一、明确建设要求", [(5, ["县住房城乡建设局"], [])]),  # the plan sets them: a section of measures
        ("二、落实一体开发要求", [(5, ["县住房城乡建设局"], [])]),
        # guards: requirements sections exhort (round 40's 工作要求; held-out 07's 实施要求, 64's 管理要求)
        ("四、工作要求", []),
        ("四、实施要求", []),
    ],
)
def test_a_heading_setting_requirements_is_a_section_of_measures(heading: str, read: list):
    body = "（一）同步建设。县住房城乡建设局要将屋顶光伏纳入审查要点，2026年9月底前印发审查指引。\n"
    assert lines_and_roles(f"平川县某某意见\n\n{heading}\n\n{body}") == read

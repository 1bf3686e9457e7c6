"""Round 65 heldout8: rules for the eighth batch of real held-out plans (tests/fixtures/heldout/41-45).

Each rule is tested here in words of our own, with guards: near wordings it must leave as they were read.

- ``牵头指导处室`` (and 单位, 部门) is a lead label: a bureau's division that leads and guides a measure (held-out 44);
- ``…，A、B为实施单位，下同`` in a list: A and B carry out that task and every later one, supports of each, and
  none of the list's own units (44);
- a numbered item opening with a unit's name, a full stop and a role verb (``（一）区某局。负责…``) is that unit's
  duty under any heading, as under a duties heading (held-out 42);
- ``由A牵头，B配合。C要…``: a subject with a modal in a sentence of its own is no partner of a task whose partners
  are named with their verb (held-out 45);
- ``X、Y是…行政主管部门（以下简称…），具体负责…`` declares X and Y responsible, as ``X是…责任主体`` does, and a bare
  level after an 各 collective opening the subject shares its 各 (held-out 43);
- a town's name in a bracket after a body's (``某新城（某镇）``) is no contact person: kept with the name (43);
- ``新城`` ends a body's name, as ``新区`` does (43).
"""

from __future__ import annotations

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.unit_lists import people_in
from reformgraph.loaders.unit_names import is_unit_name
from reformgraph.loaders.vocab import label_role
from tests.support.readings import deadline_readings


def _tasks(text: str) -> list[tuple[int, list[str], list[str]]]:
    try:
        doc = parse_document(text, path="plan.md")
    except DocumentError:  # no task read at all
        return []
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def _roles(text: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports in _tasks(text)]


# ---- 牵头指导处室 -------------------------------------------------------------------------------------------


def test_a_leading_and_guiding_division_label_leads():
    assert label_role("牵头指导处室") == label_role("牵头指导单位") == label_role("牵头指导部门") == "lead"
    text = (
        "二、重点工作\n"
        "1．规范检测市场。开展检验检测机构专项检查。（牵头指导处室：市局认可处、检测处）\n"
        "2．加强计量监管。开展民用三表计量抽查。（牵头指导处室：市局计量处）\n"
    )
    assert _roles(text) == [(["市局认可处", "检测处"], []), (["市局计量处"], [])]


def test_a_plain_leading_division_label_reads_as_before():
    # guard: the labels the vocabulary had
    text = "二、重点工作\n1．规范检测市场。开展专项检查。（牵头处室：市局认可处；配合处室：执法总队）\n"
    assert _roles(text) == [(["市局认可处"], ["执法总队"])]


# ---- …，A、B为实施单位，下同 ------------------------------------------------------------------------------


_DOERS = (
    "三、主要任务\n"
    "1．开展计量检查。对加油站开展计量检查。（牵头处室：市局计量处，各区市场监管局、自贸区市场监管局为实施单位，下同）\n"
    "2．开展标准宣贯。组织企业学习新标准。（牵头处室：市局标准处）\n"
    "3．开展质量抽查。对重点产品开展抽查。（牵头处室：市局质量处、执法总队）\n"
)


def test_implementing_units_carried_by_xia_tong_support_every_task_from_there():
    carried = ["各区市场监管局", "自贸区市场监管局"]
    assert _roles(_DOERS) == [
        (["市局计量处"], carried),
        (["市局标准处"], carried),
        (["市局质量处", "执法总队"], carried),
    ]


def test_implementing_units_support_no_task_before_their_statement():
    text = "三、主要任务\n1．开展燃气检查。对充装站开展检查。（牵头处室：市局特设处）\n\n" + _DOERS.removeprefix(
        "三、主要任务\n"
    )
    assert _roles(text)[0] == (["市局特设处"], [])


def test_implementing_units_without_xia_tong_stay_in_their_own_list():
    # guard: with no 下同 the list names its own units, nothing is carried
    text = (
        "三、主要任务\n"
        "1．开展计量检查。对加油站开展检查。（牵头处室：市局计量处，各区市场监管局为实施单位）\n"
        "2．开展标准宣贯。组织企业学习。（牵头处室：市局标准处）\n"
    )
    assert _roles(text)[1] == (["市局标准处"], [])


def test_a_first_listed_convention_with_xia_tong_reads_as_before():
    # guard: 下同 after the first-listed convention is that convention, no doers carried
    text = (
        "一、重点任务\n"
        "1．推进改革。完善制度。（责任单位：市财政局、市税务局，列第一位的为牵头单位，下同）\n"
        "2．优化服务。压缩时限。（责任单位：市商务委、市海关）\n"
    )
    assert _roles(text) == [(["市财政局"], ["市税务局"]), (["市商务委"], ["市海关"])]


# ---- （一）区某局。负责… -----------------------------------------------------------------------------------


def test_a_numbered_unit_full_stop_and_role_verb_is_its_duty_under_any_heading():
    text = (
        "三、各单位要高度重视地下空间安全工作，落实安全检查责任，原则上每年至少组织开展两次全面检查，具体如下：\n"
        "（一）区民防办。负责牵头组织全区地下空间安全检查，汇总检查情况。\n"
        "（二）区消防救援支队。负责对地下空间消防设施开展检查。\n"
        "（三）各街道办事处。配合开展辖区内地下空间的排查工作。\n"
    )
    assert _roles(text) == [(["区民防办"], []), (["区消防救援支队"], []), (["各街道办事处"], [])]


def test_a_numbered_unit_and_full_stop_with_no_role_verb_is_no_duty_outside_a_duties_heading():
    # guard: no role verb after the full stop, no duties heading: as before, no task
    text = "三、工作要求\n（一）区民防办。加强地下空间安全检查，汇总检查情况。\n（二）加强宣传。区民防办要做好宣传。\n"
    assert _roles(text) == []


# ---- 由A牵头，B配合。C要… -----------------------------------------------------------------------------------


def test_a_modal_subject_after_a_task_naming_its_partners_is_no_partner():
    text = (
        "二、主要措施\n"
        "3.加快充电设施建设。由区建管委牵头，区发改委、区规划资源局配合。各街镇要落实场地保障，加快项目落地。\n"
    )
    assert _roles(text) == [(["区建管委"], ["区发改委", "区规划资源局"])]


def test_a_modal_subject_after_a_lead_with_no_partners_still_supports_it():
    # guard: round 37's reading, the lead's partners named only by their modal sentence
    text = "二、主要措施\n3.加快充电设施建设。区建管委负责牵头建立推进机制；区发改委、区规划资源局要做好保障。\n"
    assert _roles(text) == [(["区建管委"], ["区发改委", "区规划资源局"])]


# ---- X、Y是…行政主管部门，具体负责… ---------------------------------------------------------------------------


def test_bodies_declared_competent_and_then_responsible_lead():
    text = (
        "一、职责\n"
        "（一）明确责任\n"
        "区水务局负责统筹指导全区排水管网养护。各镇、街道、工业园区是其辖区内排水设施的行政主管部门（以下简称“管养单位”），"
        "具体负责辖区排水设施的日常养护。\n"
    )
    assert _roles(text) == [(["区水务局", "各镇", "街道", "工业园区"], [])]


def test_a_body_declared_competent_with_no_duty_after_it_is_no_task():
    # guard: 主管部门 alone names the competent body of a rule, no assignment
    text = "一、职责\n（一）明确责任\n下立交的排水由原产权单位负责，区水务局是排水设施的行政主管部门。\n"
    assert _roles(text) == []


def test_a_bare_level_after_a_collective_shares_its_each_in_a_declared_subject():
    text = "一、职责\n1.落实责任。各镇、街道是本辖区防汛工作的责任主体，负责组织开展隐患排查。\n"
    assert _roles(text) == [(["各镇", "街道"], [])]


def test_a_bare_level_after_a_named_body_is_no_subject():
    # guard: no 各 to share, a bare 街道 names no one
    text = "一、职责\n1.落实责任。区水务局、街道是本辖区防汛工作的责任主体，负责组织开展隐患排查。\n"
    assert _roles(text) == []


# ---- 某新城（某镇） -----------------------------------------------------------------------------------------


def test_a_town_in_brackets_after_a_body_is_kept_with_its_name():
    assert not people_in("安亭镇") and not people_in("江桥乡")
    text = "一、工作任务\n1.开展排查。由区建管委牵头，松江新城（方松街道）、某某新城（江桥镇）配合。\n"
    assert _roles(text) == [(["区建管委"], ["松江新城（方松街道）", "某某新城（江桥镇）"])]


def test_a_person_in_brackets_after_a_unit_is_still_its_contact():
    # guard: a two-character name ending in 镇 may be a person's
    assert people_in("陈镇") and people_in("李某某")
    text = "一、工作任务\n1.开展排查。由区建管委（李某某）牵头，区水务局配合。\n"
    assert _roles(text) == [(["区建管委"], ["区水务局"])]


def test_a_new_town_is_a_body():
    assert is_unit_name("嘉定新城") and is_unit_name("南汇新城")
    assert not is_unit_name("新城建设")


def test_the_deadline_of_a_task_whose_doers_are_carried_is_its_own():
    # the carried doers leave the task's own date as it was
    text = (
        "三、主要任务\n"
        "1．开展计量检查。2026年6月底前完成加油站计量检查。（牵头处室：市局计量处，各区市场监管局为实施单位，下同）\n"
    )
    assert deadline_readings(text) == [("2026年6月底前", "2026-06")]

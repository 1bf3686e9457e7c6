"""Round 73 heldout18: the eighteenth batch of real held-out plans (tests/fixtures/heldout/77-79).

77 (a province's government office notice, 四川 2014, forwarding a State Council notice and dividing the self-checks it
asks for in three sections, one paragraph each), 78 (上海 保障轨道交通安全运行 实施意见, 2019: a duties passage under a
heading that does not say so, department types named by sector, a type's duty inside a later paragraph) and 79
(物业行业提质增效 实施意见, 2026: ``（责任单位：…）`` lists with party and bank bodies) are read exactly; their whole
readings are checked in tests/test_heldout.py against the expected files. Seven rules came of them, tested here in
words of our own, with guards:

- a 由 naming the bodies qualified by what they cover (``由所涉及的A、B牵头``): the qualifier is no part of the first
  name (77 line 11);
- an open list closed by a type with its kinds' bracket (``A、B等省级主管部门（单位）``) adds no unit (77 line 11);
- a time of day after a date (``于6月20日18：00前``) parts no clause, and a date opening a clause too long to be a
  deadline is its task's deadline (77 lines 7, 11);
- paragraphs under one heading or sub-heading, three or more opening with their body and 负责, are a duties passage
  whatever the heading says (``（一）健全管理体制机制``): types lead their duties, a body with no role word its own
  (``各区政府落实…``), and a type so read is a body of the plan where a later sentence opens with it and 负责 (78
  lines 42-50, 76);
- sections dividing a notice's work by body, one paragraph each (``一、各地自查`` / ``各市（州）、县（市、区）要…``,
  ``二、部门自查`` / ``…由A、B牵头…``): the share with no role word is a task of its opening bodies, with the date its
  paragraph writes (77 line 7);
- a document number in a bracket with words of its sentence around it (``…》（国发明电〔2014〕1号）转发你们``) is another
  document's, which dates no plan: a re-wrapped copy's short line holds it (77's wrapped and PDF-text copies).
"""

from __future__ import annotations

from support.readings import lines_and_roles, plan_measures

from reformgraph.loaders.prose import read_prose
from reformgraph.loaders.unit_lists import _open_list

# ---- 由所涉及的A、B…等X（单位）牵头 ------------------------------------------------------------------------------


def _prose_roles(text: str) -> list[tuple[str, str]] | None:
    found = read_prose(text, 0, len(text))
    return None if found is None else [(u.name, u.role) for u in found.units]


def test_bodies_after_a_qualifier_of_what_they_cover_lead():
    text = "由所涉及的甲省民政厅、甲省财政厅牵头完成自查报告，其他相关部门配合。"
    assert _prose_roles(text) == [("甲省民政厅", "lead"), ("甲省财政厅", "lead"), ("其他相关部门", "support")]
    # guard: a plain 由 list as before
    assert _prose_roles("由甲省民政厅牵头完成自查报告，甲省财政厅配合。") == [
        ("甲省民政厅", "lead"),
        ("甲省财政厅", "support"),
    ]


def test_open_list_closed_by_a_type_with_its_kinds_bracket_adds_nobody():
    assert _open_list("甲省财政厅等省级主管部门（单位）") == ("甲省财政厅", None)
    text = "由甲省民政厅、甲省财政厅等省级主管部门（单位）牵头完成自查报告，其他相关部门（单位）配合。"
    assert _prose_roles(text) == [("甲省民政厅", "lead"), ("甲省财政厅", "lead"), ("其他相关部门（单位）", "support")]
    # guards: a collective after 等 is still one (its bracket kept); a type with no bracket as before
    assert _open_list("商务部等有关部门（单位）") == ("商务部", "有关部门（单位）")
    assert _open_list("区房管局等建设主管部门") == ("区房管局", None)


# ---- 于6月20日18：00前 -----------------------------------------------------------------------------------------


def test_time_of_day_stays_in_its_clause_and_a_long_clause_gives_its_date():
    text = "某省通知\n\n一、自查\n\n由甲省民政厅牵头完成自查报告，于6月20日18：00前通过全省政务平台向省政府报送自查报告。\n"
    assert plan_measures(text) == [(5, ["甲省民政厅"], [], "6月20日18：00前", None, "scheduled")]
    # guards: a short date clause as before; a long clause with a date inside it (not opening it) gives none
    short = "某省通知\n\n一、自查\n\n由甲省民政厅牵头完成自查报告，于6月20日前报送。\n"
    assert plan_measures(short) == [(5, ["甲省民政厅"], [], "于6月20日前报送", None, "scheduled")]
    inside = "某省通知\n\n一、自查\n\n由甲省民政厅牵头，按照6月20日前完成的要求全面做好全省自查报告的汇总和报送工作。\n"
    assert plan_measures(inside) == [(5, ["甲省民政厅"], [], None, None, None)]


# ---- a duties passage by its form ------------------------------------------------------------------------------

_PASSAGE = (
    "某市实施意见\n\n一、构建治理体系\n\n（一）健全管理机制\n\n"
    "甲市政府指导全市安全运行，负责监督管理。\n\n"
    "甲市交通管理部门负责项目审批和运营监管。\n\n"
    "公安、应急管理部门负责治安和消防监督管理。\n\n"
    "轨道交通企业负责线路运营管理。\n\n"
    "甲市各区政府落实属地管理责任，负责站点周边环境管理。\n\n"
    "（二）夯实管理基础\n\n"
    "轨道交通企业承担安全生产主体责任。甲市交通管理部门负责对运营单位进行监督检查。\n\n"
    "（三）加强保护区管理\n\n"
    "甲市交通管理部门要加强保护区管理。\n"
)


def test_paragraphs_opening_with_body_and_duty_are_a_duties_passage():
    # the type and the collective lead their duties; a sector list and a kind of company none; the type read later
    # where its sentence opens with it and 负责, not where it has a modal alone
    assert lines_and_roles(_PASSAGE) == [
        (7, ["甲市政府"], []),
        (9, ["甲市交通管理部门"], []),
        (15, ["甲市各区政府"], []),
        (19, ["甲市交通管理部门"], []),
    ]


def test_two_bodies_with_duty_are_no_duties_passage():
    # guard: two paragraphs opening with a body and 负责 under a heading of another name: read as before (the types'
    # duties, here and later, give no task; the named bodies' prose reads as it did)
    text = _PASSAGE.replace("公安、应急管理部门负责", "公安、应急管理部门加强").replace(
        "轨道交通企业负责线路", "轨道交通企业做好线路"
    )
    assert lines_and_roles(text) == [(7, ["甲市政府"], []), (15, ["甲市各区政府"], [])]


# ---- sections dividing a notice's work by body -----------------------------------------------------------------

_NOTICE = (
    "各市（州）、县（市、区）人民政府，省政府各部门：\n\n现将有关工作通知如下。\n\n"
    "一、各地自查\n\n各市（州）、县（市、区）要开展逐项自查。各市（州）于6月20日前向省政府报送自查报告（含电子文档）。\n\n"
    "二、部门自查\n\n省级部门要深入自查。由甲省民政厅、甲省财政厅牵头完成自查报告，其他相关部门配合。\n\n"
    "三、重点抽查\n\n省政府将对重点地区开展抽查。\n"
)


def test_sections_dividing_a_notices_work_by_body():
    assert plan_measures(_NOTICE) == [
        (7, ["各市（州）、县（市、区）"], [], "6月20日前", None, "scheduled"),
        (11, ["甲省民政厅", "甲省财政厅"], ["其他相关部门"], None, None, None),
    ]


def test_sections_with_no_lead_named_or_under_safeguards_stay_no_tasks():
    # guard: no section names a lead in words: the bodies' modals are no tasks
    assert lines_and_roles(_NOTICE.replace("由甲省民政厅、甲省财政厅牵头完成", "甲省民政厅、甲省财政厅完成")) == []
    # guard: safeguards sections exhort
    safeguards = _NOTICE.replace("一、各地自查", "一、加强组织领导").replace("二、部门自查", "二、强化保障措施")
    assert lines_and_roles(safeguards) == [(11, ["甲省民政厅", "甲省财政厅"], ["其他相关部门"])]


# ---- a cited document's number is no plan's own ---------------------------------------------------------------


def test_a_number_cited_in_a_bracket_dates_no_plan():
    plan = "某省通知\n\n现将《某某督查的通知》\n（国发明电〔2014〕1号）转发你们。\n\n一、自查\n\n由甲省民政厅牵头，6月底前完成。\n"
    assert plan_measures(plan) == [(8, ["甲省民政厅"], [], "6月底前完成", None, "scheduled")]
    # guard: the plan's own number on its line dates it, as before
    own = plan.replace("现将《某某督查的通知》\n（国发明电〔2014〕1号）转发你们。", "甲办发〔2014〕1号")
    assert plan_measures(own) == [(7, ["甲省民政厅"], [], "6月底前完成", "2014-06", "scheduled")]

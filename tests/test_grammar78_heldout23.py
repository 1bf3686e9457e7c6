"""Round 78 heldout23: held-out 92-94, three real plans of 青浦区, the city 交通委 and 静安区 (tests/fixtures/heldout,
SOURCES.md).

92 (a district's 建筑垃圾 实施意见 with a 细则, a 职责清单 and a 分工表, 111 tasks) read 61 of 126 as first written, 93 (the
city's 轨道交通安全保护区 工作机制) 6 of 6 with one false and three exactly right, 94 (a district's 文物保护 实施意见) its one task
with a name run through 由. The rules that read what they missed, tested here on texts of our own with their guards;
the plans themselves are compared with their expected files by tests/test_heldout.py (92 a strict xfail there):

- a unit's heading over numbered titles on their own lines (``1、源头工地监管`` / its paragraphs): each title's task
  spans the sentences below it, its text and its partners theirs (``tasklist._titled_paragraphs_end``); an annex's
  heading below the last title ends the list, no sub-heading of it (``tasklist._leaf_item``);
- a class of protected site named in 单位 (``区级文物保护单位由区文化局…``) is no body (``unit_names.is_unit_name``);
- 依据 and 发现 end a list of partners after 会同 (``prose._VERB``; 发现 never inside a name, ``prose._NOT_IN_NAME``);
- 联合 names a duty's partners as 会同 does, named bodies only (``prose.duty_partners``);
- a later clause with no subject of its own (``…，会同C建立…``) goes on with the nearest clause before it that opens
  with units and a modal (``prose._clause_subject_before``);
- 牵头 before 成立, 组建 or 设立 leads the group it sets up, no partner (``prose._LEAD_THEN_WORK``);
- a modal (必须) opens no partner's name (``prose._NOT_A_NAME_START``);
- 年内 after 自然 (``一个自然年内``) is a span, no deadline (``text_deadlines``).
"""

from __future__ import annotations

import pytest
from support.expected_files import measures

from reformgraph.loaders.read import parse_text


def _read(text: str, chars: int = 6) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [
        (m.line, m.text[:chars], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw)
        for m in measures(doc)
    ]


def _duty_list(body: str, after: str = "") -> str:
    """A county's 职责清单 of units' headings (from line 3), ``body`` under the second (from line 11)."""
    return (
        "某县执法平台职责清单\n\n一、县数据局\n\n1、平台建设\n\n统一技术标准，保障数据接入。\n\n"
        f"二、县城管局\n\n{body}\n{after}"
    )


FIRST = (5, "平台建设统一", ["县数据局"], [], None)


def test_a_title_over_its_paragraphs_is_one_task_with_their_words_and_partners():
    text = _duty_list(
        "1、执法查处\n\n接收平台推送的工单，及时核查。\n\n会同县公安局拦截违规车辆。\n\n2、协同巡查\n\n联合县水务局开展日常巡查。\n"
    )
    assert _read(text, 10) == [
        (5, "平台建设统一技术标准", ["县数据局"], [], None),
        (11, "执法查处接收平台推送", ["县城管局"], ["县公安局"], None),
        (17, "协同巡查联合县水务局", ["县城管局"], ["县水务局"], None),
    ]


def test_the_last_title_before_an_annex_is_read_too():
    text = _duty_list("1、执法查处\n\n负责统筹调度，解决土方外运。\n", "\n附件3\n\n分工表\n")
    assert _read(text, 10)[1:] == [(11, "执法查处负责统筹调度", ["县城管局"], [], None)]


def test_guard_an_item_that_is_a_sentence_takes_no_paragraph_below():
    # 1、开展执法。 a sentence of its own over an unnumbered sentence: the item's text is its own
    text = _duty_list("1、开展执法检查。\n\n2、做好巡查。\n")
    assert _read(text, 10)[1:] == [
        (11, "开展执法检查。", ["县城管局"], [], None),
        (13, "做好巡查。", ["县城管局"], [], None),
    ]


def test_guard_a_unit_heading_with_no_numbered_item_reads_as_before():
    text = _duty_list("负责执法查处。\n\n负责协同巡查。\n")
    assert _read(text, 10)[1:] == [
        (11, "负责执法查处。", ["县城管局"], [], None),
        (13, "负责协同巡查。", ["县城管局"], [], None),
    ]


def _plan(item: str) -> str:
    return f"某区实施意见\n\n2025年3月1日\n\n一、主要任务\n\n{item}\n"


def test_a_protected_sites_class_before_by_is_no_body():
    text = _plan("（一）加强规划。区级文物保护单位由区文化局会同区规土局共同编制，报区政府批准。")
    assert _read(text, 5) == [(7, "加强规划。", ["区文化局"], ["区规土局"], None)]


def test_guard_a_heritage_office_is_still_a_body():
    text = _plan("（一）加强规划。区文物保护管理所会同区规土局编制保护规划。")
    assert _read(text, 5) == [(7, "加强规划。", ["区文物保护管理所"], ["区规土局"], None)]


@pytest.mark.parametrize(
    ("item", "partner"),
    [
        ("（一）划定范围。由市交通委牵头，会同市地铁公司依据法律法规进行划定。", "市地铁公司"),
        ("（一）划定范围。市交通委会同市地铁公司根据规划进行划定。", "市地铁公司"),  # as before (round 64)
        ("（一）核查线索。区水务局负责巡查，会同区城管局发现线索并移交。", "区城管局"),
    ],
    ids=["yiju", "genju-as-before", "faxian"],
)
def test_yiju_and_faxian_end_the_partners_after_huitong(item: str, partner: str):
    assert _read(_plan(item))[0][3] == [partner]


def test_guard_lianhe_with_every_department_names_no_partner():
    text = _duty_list("1、宣传教育\n\n联合各部门定期开展宣传。\n")
    assert _read(text, 10)[1:] == [(11, "宣传教育联合各部门定", ["县城管局"], [], None)]


def test_a_later_clause_goes_on_with_the_clause_that_names_its_subject():
    text = _plan("（一）完善机制。市交通委牵头修订预案，市地铁公司应优化程序，会同相关单位建立抢险队伍。")
    assert _read(text, 5) == [(7, "完善机制。", ["市交通委", "市地铁公司"], ["相关单位"], None)]


def test_guard_with_no_such_clause_the_sentence_subject_goes_on():
    text = _plan("（一）完善机制。市交通委牵头修订预案，及时优化程序，会同相关单位建立抢险队伍。")
    assert _read(text, 5) == [(7, "完善机制。", ["市交通委"], ["相关单位"], None)]


def test_guard_a_collectives_clause_gives_huitong_no_subject():
    # 各区要…，会同B…: a collective's 要会同 is no task (held-out 85 line 60; rounds 21, 33)
    text = _plan(
        "（一）公益性项目：各区要加快分类处置，会同区农业农村委等部门，年内完成补办。\n\n（二）加强督查。区农业农村委负责督查。"
    )
    assert _read(text, 5) == [(9, "加强督查。", ["区农业农村委"], [], None)]


def test_a_group_set_up_under_qiantou_is_no_partner():
    text = _plan(
        "（一）加强机制保障。区规划资源局牵头成立区土方规划工作小组，负责排摸。区城管执法局牵头组建区执法小组，负责执法。"
    )
    assert _read(text, 5) == [(7, "加强机制保", ["区规划资源局", "区城管执法局"], [], None)]


def test_guard_the_bodies_qiantou_leads_still_support():
    text = _plan("（一）建立计划库。区规划资源局牵头各街镇建立计划库。")
    assert _read(text, 5) == [(7, "建立计划库", ["区规划资源局"], ["各街镇"], None)]


def test_a_modal_opens_no_partners_name():
    text = _plan("（一）落实调度。由属地街镇负责管理运营，必须接受区土方消纳调度专班调度，确保有序。")
    assert _read(text, 5) == [(7, "落实调度。", ["属地街镇"], [], None)]


def test_a_natural_year_is_no_deadline():
    text = _plan("（一）严格执法。区城管执法局负责查处，一个自然年内违规3次的报请处理。")
    assert _read(text, 5) == [(7, "严格执法。", ["区城管执法局"], [], None)]


def test_guard_nian_nei_alone_is_this_years_end():
    text = _plan("（一）严格执法。区城管执法局负责年内完成整改。")
    assert _read(text, 5) == [(7, "严格执法。", ["区城管执法局"], [], "年内")]

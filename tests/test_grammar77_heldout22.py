"""Round 77 heldout22: held-out 89-91, three real plans of 宝山区友谊路街道, the city 绿化市容局 and 奉贤区
(tests/fixtures/heldout, SOURCES.md).

89 (a street's 垃圾分类 实施细则: a 职责分工 of ``N．body：intro`` lines, three over ``（n）`` items) read 1 of 14 tasks on
the first run, 91 (a district's 景观照明 实施意见 in articles) 3 of 4, and 90 (the city bureau's 白玉兰 行动计划, no task)
nothing, as written. The rules that read them, tested here on texts of our own with their guards; the plans
themselves are compared with their expected files by tests/test_heldout.py:

- a numbered paragraph opening with a body's name and a colon over items a level down introduces the body's duties:
  it leads each item naming no unit of its own, the intro is no task (``tasklist._intro_leads``, in
  ``_duty_intros``);
- the neighbourhood's actors written bare (物业公司, 业委会, 居委) head no duty and are no partners after 会同 or
  组织 (``unit_names.NEIGHBOURHOOD_ACTORS``, in ``duties._units`` and ``prose._supports_after``);
- an ongoing word inside a viewpoint (``从长效常态管理角度``) is no time of the task (``text_deadlines._viewpoint_end``);
- 可以 and 可 are modals before 会同 (``prose._MODAL``): ``A可以会同B研究…`` reads as ``A要会同B…``;
- fields closed by 等有关部门 after 会同 are partners with the collective (``prose._field_then_collective``);
- 敦促 is an item's verb, as 督促 (``prose._ITEM_VERB``, ``tasklist._ASSIGNS``);
- a paragraph on the cases beyond a list (``除上述情形外，…由A负责``) is no part of its last item: its text is its own
  (``tasklist._APART_FROM_THE_LIST``).
"""

from __future__ import annotations

import pytest
from support.expected_files import measures

from reformgraph.errors import DocumentError
from reformgraph.loaders.read import parse_text


def _read(text: str) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [
        (m.line, m.text[:6], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.status)
        for m in measures(doc)
    ]


def _duties(body: str) -> str:
    """A street's 职责分工 whose first duty every reading reads, then ``body`` (from line 7)."""
    return (
        "某街道生活垃圾分类工作实施细则\n\n三、职责分工\n\n1．街道城运中心：负责统筹推进分类工作。\n\n"
        f"{body}\n\n四、实施时间\n\n本细则自2020年5月1日起实施。\n"
    )


FIRST = (5, "街道城运中心", ["街道城运中心"], [], None)


def test_a_body_and_a_colon_over_items_leads_them_and_its_intro_is_no_task():
    text = _duties(
        "2．各居民区：居委党组织承担总牵头的责任，带领各方推进工作。\n\n（1）制定本小区的分类投放方案。\n\n"
        "（2）做好入户宣传，公示投放时间。"
    )
    assert _read(text) == [
        FIRST,
        (9, "制定本小区的", ["各居民区"], [], None),
        (11, "做好入户宣传", ["各居民区"], [], None),
    ]


def test_a_half_width_colon_and_numbers_too():
    text = _duties("2.各居民区:居委党组织承担总牵头的责任。\n\n(1)制定本小区的分类投放方案。\n\n(2)做好入户宣传。")
    assert _read(text)[1:] == [
        (9, "制定本小区的", ["各居民区"], [], None),
        (11, "做好入户宣传", ["各居民区"], [], None),
    ]


def test_a_company_the_street_hires_leads_its_items_too():
    # one company for the street (held-out 56's `环卫公司：` heading its duties), not a kind
    text = _duties("2．环卫公司：做好与居委的对接工作。\n\n（1）制定收运时间表。\n\n（2）做好清扫工作。")
    assert _read(text) == [
        FIRST,
        (9, "制定收运时间", ["环卫公司"], [], None),
        (11, "做好清扫工作", ["环卫公司"], [], None),
    ]


def test_an_item_naming_its_own_unit_keeps_it():
    text = _duties(
        "2．各居民区：居委党组织承担总牵头的责任。\n\n（1）制定本小区的分类投放方案。\n\n（2）由街道城管中队负责执法。"
    )
    assert _read(text)[1:] == [
        (9, "制定本小区的", ["各居民区"], [], None),
        (11, "由街道城管中", ["街道城管中队"], [], None),
    ]


def test_a_colon_paragraph_with_no_items_below_stays_one_duty():
    assert _read(_duties("2．街道绿化市容所：负责指导分类工作。"))[1:] == [
        (7, "街道绿化市容", ["街道绿化市容所"], [], None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "2．物业公司：物业公司协助居委开展工作。\n\n（1）安排分拣员值守。\n\n（2）保持垃圾箱房整洁。",
        "2．业委会：应当将分类要求纳入管理规约，筹措资金。",
        "2．居委：负责组织居民参与分类。",
    ],
    ids=["property-company-over-items", "owners-committee", "neighbourhood-committee"],
)
def test_guard_a_neighbourhood_actor_heads_no_duty(body: str):
    # one in every estate, no body: held-out 56 and 06 read them so in prose, round 67
    assert _read(_duties(body)) == [FIRST]


def test_neighbourhood_actors_are_no_partners():
    text = _duties(
        "2．各居民区：负责组织推进。\n\n（1）会同物业公司、社区民警等多方力量上门宣传。\n\n（2）会同街道城管中队开展执法。"
    )
    assert _read(text)[1:] == [
        (9, "会同物业公司", ["各居民区"], [], None),
        (11, "会同街道城管", ["各居民区"], ["街道城管中队"], None),
    ]


def _steps(item: str) -> str:
    return f"某街道垃圾分类实施细则\n\n六、实施步骤\n\n（一）推进期\n\n1．广泛宣传告知。{item}\n"


@pytest.mark.parametrize(
    ("item", "supports"),
    [
        ("街道绿化市容所组织居委、志愿者、物业服务企业等工作人员进行培训。", []),  # those trained
        ("街道绿化市容所组织各居委会开展入户宣传。", ["各居委会"]),  # a committee written in full: a partner (round 40)
    ],
)
def test_whom_a_body_organises(item: str, supports: list[str]):
    assert _read(_steps(item)) == [(7, "广泛宣传告知", ["街道绿化市容所"], supports, None)]


def test_urging_is_an_items_verb():
    assert _read(_steps("工作领导小组敦促相关责任部门实施投放点的改造。")) == [
        (7, "广泛宣传告知", ["工作领导小组"], [], None)
    ]


def test_guard_a_kind_urging_is_no_task():
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        _read(_steps("物业公司敦促保洁员做好二次分拣。"))


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("从长效常态管理角度制定本小区的方案", None),  # the angle the work is seen from
        ("从长效常态管理的层面制定本小区的方案", None),
        ("常态化开展巡查", "ongoing"),  # guards: as before
        ("从今年起常态化开展巡查", "ongoing"),  # 从 with no angle after
    ],
)
def test_an_ongoing_word_inside_a_viewpoint_is_no_time(words: str, status: str | None):
    assert _read(_duties(f"2．街道绿化市容所：负责{words}。"))[1][4] == status


def _articles(sentence: str) -> str:
    return f"某区景观照明管理实施意见\n\n第五条 管理部门\n\n区绿化市容局负责全区景观照明的监管。\n\n第十五条 运维\n\n{sentence}\n"


@pytest.mark.parametrize("modal", ["可以", "可", "要", "应当"])
def test_a_unit_that_may_work_with_partners(modal: str):
    got = _read(_articles(f"区房管局{modal}会同区财政局研究制定补贴政策。"))
    assert [(line, leads, supports) for line, _, leads, supports, _ in got] == [
        (5, ["区绿化市容局"], []),
        (9, ["区房管局"], ["区财政局"]),
    ]


def test_guard_a_collective_that_may_draw_up_a_plan_has_no_task():
    # held-out 91 line 58: no role word after the modal
    got = _read(_articles("各街镇可以编制辖区内景观照明设计方案，报区绿化市容局备案。"))
    assert [(line, leads, supports) for line, _, leads, supports, _ in got] == [(5, ["区绿化市容局"], [])]


@pytest.mark.parametrize(
    ("partners", "supports"),
    [
        ("区发展改革、财政等有关部门", ["区发展改革", "财政", "有关部门"]),
        ("区发展改革、财政等相关部门", ["区发展改革", "财政", "相关部门"]),
        ("区建管、城管等部门", ["区建管", "城管"]),  # guard: 等部门 adds nobody (round 42, held-out 88)
        ("区财政局等有关部门", ["区财政局", "有关部门"]),  # guard: a named unit's open list, as before
    ],
)
def test_fields_closed_by_a_collective_after_with(partners: str, supports: list[str]):
    assert _read(_articles(f"区绿化市容局会同{partners}研究制定补贴政策。"))[1][3] == supports


def _cases(closing: str) -> str:
    return (
        "某区景观照明管理实施意见\n\n第五条 管理部门\n\n区绿化市容局负责全区景观照明的监管。\n\n各街镇负责辖区内景观照明的管理。\n\n"
        "第七条 建设主体\n\n景观照明设施由下列单位设置：\n\n(一)新建的建筑物配套建设景观照明的，由建设单位负责;\n\n"
        f"(二)在各街镇范围内建设景观灯光项目的，由属地政府投资建设。\n\n{closing}\n\n第八条 附则\n\n本意见自2024年12月18日起施行。\n"
    )


@pytest.mark.parametrize(
    ("closing", "text"),
    [
        ("除上述情形外，确需设置景观照明的，由区绿化市容局负责。", "除上述情形外"),  # the cases beyond the list's
        ("除以上情况外，由区绿化市容局负责。", "除以上情况外"),
        ("确需设置景观照明的，由区绿化市容局负责。", "在各街镇范围"),  # guard: a paragraph going on with the last item
    ],
)
def test_a_case_beyond_a_list_is_no_part_of_its_last_item(closing: str, text: str):
    assert _read(_cases(closing))[2] == (17, text, ["区绿化市容局"], [], None)

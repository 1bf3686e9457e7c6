"""Round 71 heldout16: the sixteenth batch of real held-out plans (tests/fixtures/heldout/71-74).

71 (the city office's 商务楼宇更新提升 实施意见, 2025: titles on a line of their own over ``（责任单位：…，各区政府）``
bodies) read at once; 72 (a town's 限额以下小型建设工程 实施意见, 2020: 五、职责分工 ``N.镇X负责…``), 73 (the city office's
市重大工程前期工作 实施意见, 2017: a point dividing its work among bodies a paragraph each) and 74 (the city transport
commission's 重大交通工程要素保障 指导意见, 2024: 组织机构与分工 by actor, a body introduced with its short name) are read
but for one task each (tests/test_heldout.py's ``NOT_YET_READ`` says which). Their whole readings are checked there
against the expected files. Six rules came of them, tested here in words of our own, with guards:

- 协同 (or 联合) opening a later clause with no subject of its own names partners, as ``，并会同B…`` does
  (``A负责…，并协同B对…进行监管``: held-out 72 line 127);
- a name may end right before the bracket defining its short form (``A（以下简称B）组织…``: held-out 74 line 50);
- the grounds a body acts on, ``在…基础上`` / ``在…前提下``, may stand between its name and its role, a clause of
  their own (``A在…方案基础上，牵头组织…``: held-out 74 line 52), as ``根据…`` did (round 63);
- a numbered point over three paragraphs or more, each opening with its bodies, two stating a lead in words, divides
  its work by body: the paragraphs with no role word are tasks their bodies lead (held-out 73 lines 88, 90);
- the department of one field at every district or county (``各区交通主管部门``) is a definite set, as ``各区县卫生健康
  部门`` was (round 41): it opens a paragraph, and leads with 牵头 as with 负责 (held-out 74 lines 48, 146);
- a bare label word among 会同's partners (``会同建设单位、B…``) names a kind of actor, no unit (held-out 74 line 106).
"""

from __future__ import annotations

from support.readings import lines_and_roles

from reformgraph.loaders.prose import opening_units

_HEAD = "某市某某实施意见\n\n一、主要任务\n\n（一）推进改革。甲市发展改革委会同甲市财政局制定办法。\n\n"
_FIRST = (5, ["甲市发展改革委"], ["甲市财政局"])


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body)


# ---- 协同 opening a later clause ------------------------------------------------------------------------------


def test_partner_after_xietong_opening_a_later_clause():
    body = (
        "二、职责分工\n\n1.甲镇安监所负责对小型工程的安全进行监管，并协同甲区消防救援支队对工程的消防安全进行监管。\n"
    )
    assert _read(body) == [_FIRST, (9, ["甲镇安监所"], ["甲区消防救援支队"])]


def test_xietong_naming_no_body_adds_no_partner():
    # guard: 协同推进 names no body after it
    body = "二、职责分工\n\n1.甲镇安监所负责对小型工程的安全进行监管，协同推进隐患整改。\n"
    assert _read(body) == [_FIRST, (9, ["甲镇安监所"], [])]


# ---- a name before the bracket defining its short form ------------------------------------------------------


def test_opening_units_before_a_short_form_bracket():
    text = "甲市建设工程管理中心（以下简称甲市建管中心）组织和督促建设单位完成工作。"
    assert [u.name for u in opening_units(text, 0, len(text))] == ["甲市建设工程管理中心"]
    # guards: a unit's own bracket, and a bracket defining no short form, are no ends of the name
    assert opening_units("甲市交通委（科信处）组织推进。", 0, 15) is None
    assert opening_units("本市（以下简称）组织推进。", 0, 13) is None


# ---- the grounds a body acts on between its name and its role -------------------------------------------------


def test_body_leads_after_the_grounds_it_acts_on():
    body = "（二）加强协调。甲市交通委在各建设单位初步制定的平衡方案基础上，牵头组织和对接各要素主管部门。\n"
    assert _read(body) == [_FIRST, (7, ["甲市交通委"], [])]


def test_grounds_with_no_body_or_a_kind_give_no_task():
    # guards: the grounds opening the sentence with no body, a kind of actor before them
    body = (
        "（二）加强协调。在现有工作基础上，牵头组织推进。\n\n（三）编制方案。建设单位在方案基础上，牵头编制平衡方案。\n"
    )
    assert _read(body) == [_FIRST]


# ---- a point dividing its work by body, a paragraph each ----------------------------------------------------


def test_point_divided_by_body_reads_paragraphs_with_no_role_word():
    body = (
        "二、具体要求\n\n"
        "（一）加强组织领导。各相关部门要积极研究完善审批手续。\n\n"
        "甲市发展改革委、甲市规划资源局会同行业管理部门制订入库标准。\n\n"
        "甲市住房城乡建设管理委、甲市交通委等制订优化措施的实施细则。\n\n"
        "甲市规划资源局制订建设用地优化手续的实施细则。\n\n"
        "甲市重大办会同有关部门组织编制项目前期工作进度表。\n\n"
        "（二）创新审批方式。有关审批部门积极探索书面承诺。\n"
    )
    assert _read(body) == [
        _FIRST,
        (11, ["甲市发展改革委", "甲市规划资源局"], ["行业管理部门"]),
        (13, ["甲市住房城乡建设管理委", "甲市交通委"], []),
        (15, ["甲市规划资源局"], []),
        (17, ["甲市重大办"], ["有关部门"]),
    ]


def test_point_with_one_role_is_no_division():
    # guard: one paragraph names its role; the bodies acting with no role word stay no tasks, as before
    body = (
        "二、具体要求\n\n"
        "（一）加强组织领导。各相关部门要积极研究完善审批手续。\n\n"
        "甲市发展改革委会同行业管理部门制订入库标准。\n\n"
        "甲市交通委制订优化措施的实施细则。\n\n"
        "甲市规划资源局制订建设用地优化手续的实施细则。\n\n"
        "（二）创新审批方式。有关审批部门积极探索书面承诺。\n"
    )
    assert _read(body) == [_FIRST, (11, ["甲市发展改革委"], ["行业管理部门"])]


# ---- the department of one field at every district ---------------------------------------------------------


def test_each_districts_department_leads_with_qiantou():
    body = "（二）严格过程管理。各区交通主管部门牵头区相关部门主动对接、积极推进，确保方案落地。\n"
    assert _read(body) == [_FIRST, (7, ["各区交通主管部门"], ["区相关部门"])]


def test_each_districts_department_opens_a_paragraph():
    text = "各区交通主管部门做好项目储备和专项规划等各阶段相关工作。"
    assert [u.name for u in opening_units(text, 0, len(text))] == ["各区交通主管部门"]
    # guards: a collective of no level, a region (各区域…) are no such set
    assert opening_units("各相关部门做好项目储备。", 0, 12) is None
    assert opening_units("各区域协调部门做好储备。", 0, 12) is None


# ---- a label word among 会同's partners -----------------------------------------------------------------------


def test_label_word_among_partners_is_no_unit():
    body = "（二）征询意见。甲市交通委会同建设单位、甲市交通建管中心、甲区交通委等就方案征询主管部门意见。\n"
    assert _read(body) == [_FIRST, (7, ["甲市交通委"], ["甲市交通建管中心", "甲区交通委"])]

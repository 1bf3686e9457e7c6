"""Round 80 heldout26: held-out 101-103, three real plans of a town's and a street's level (tests/fixtures/heldout,
SOURCES.md).

101 (宝山区月浦镇's 2025 办法 on small building works, held-out 95's template with a bracket of duty passages closing
two articles' paragraphs), 102 (崇明区城桥镇's 2025 安全监督管理办法, a 职责分工 of `（N）office：duties` paragraphs) and
103 (奉浦街道's 2025 实施办法 on its own small projects, a procedure naming its offices) read 12 of 24 tasks as first
written, two false. The rules that read what they missed, tested here on texts of our own with their guards; the plans
themselves are compared with their expected files by tests/test_heldout.py:

- the duty passages of a bracket closing a paragraph (``…处置。（A：负责…。B：…）``) are tasks their bodies lead, the
  paragraph's own sentence a task before them (``bracket_duties``, ``tasklist._with_bracket_duties``);
- 各村居 is every village and neighbourhood, a body as 各居村 is (``unit_names.is_unit_name``);
- an item opening with named units closed by a collective (``A、B和C等相关行业部门…``) and how often they act
  (``不定期``, ``定期``) reads as an item opening with named units (``prose.unit_led_item``, ``prose._ADVERBS``), its
  verb's lookahead past the names' reach;
- a body whose work is to apply to another for leave (``A应当向领导小组提出申请，经…同意后…``) does no task of its own
  (``prose.subject_tasks``, ``prose._APPLIES``).
"""

from __future__ import annotations

import pytest
from support.readings import plan_rows as _read


def _articles(*paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return (
        "某镇小型工程管理办法\n\n2025年3月1日\n\n第一条 目的\n\n为规范管理，制定本办法。\n\n第二条 监督检查\n\n"
        f"各职能部门应加强信息沟通。\n\n{body}\n"
    )


_CLOSING = "对拒不整改的，镇建管站牵头组织镇执法中队及时处置。"


def test_the_duty_passages_of_a_closing_bracket_are_tasks():
    text = _articles(_CLOSING + "（镇建管站：负责定期抽查。镇网格中心：及时受理投诉。镇派出所：协助依法处置）")
    assert _read(text) == [
        (13, "对拒不整改的", ["镇建管站"], ["镇执法中队"], None),
        (13, "镇建管站：负", ["镇建管站"], [], None),
        (13, "镇网格中心：", ["镇网格中心"], [], None),
        (13, "镇派出所：协", ["镇派出所"], [], None),
    ]


def test_a_passage_of_no_body_in_the_bracket_gives_none():
    # 村、居及公司 (kinds, one in every place) and a passage with no colon are left; the bodies' passages read
    text = _articles(_CLOSING + "（镇建管站：负责巡查。村、居及公司：要履行巡查责任。镇执法中队：负责处置）")
    assert [row[2] for row in _read(text)] == [["镇建管站"], ["镇建管站"], ["镇执法中队"]]


def test_a_section_named_without_its_bracket_leads_its_passage():
    # the plan writes 镇网格中心（安全生产） in one place and 镇网格中心安全生产 as a passage's head in another
    text = _articles(
        "资料齐全后由镇建管站牵头，镇网格中心（安全生产）等部门参与审核。",
        _CLOSING + "（镇建管站：负责抽查。镇网格中心安全生产：加强安全监管）",
    )
    assert [row[2] for row in _read(text)][-2:] == [["镇建管站"], ["镇网格中心安全生产"]]


@pytest.mark.parametrize(
    "bracket",
    [
        "（详见附件3）",  # a note
        "（镇建管站：负责定期抽查）",  # one passage: the bracket says who does what the sentence says
        "（以下简称：建管站。执法队：负责处置）",  # a short form's bracket, one passage a body's
        "（含镇网格中心安全生产：加强安全监管。镇建管站：负责抽查）",  # a section the plan names nowhere with its bracket
    ],
    ids=["note", "one-passage", "short-form", "unknown-section"],
)
def test_guard_a_closing_bracket_of_no_duty_list_adds_no_task(bracket: str):
    assert _read(_articles(_CLOSING + bracket)) == [(13, "对拒不整改的", ["镇建管站"], ["镇执法中队"], None)]


def _duties(*items: str) -> str:
    body = "\n\n".join(items)
    return f"某镇安全监督管理办法\n\n2025年3月1日\n\n一、职责分工\n\n（一）规划办：负责全镇小型工程的协调管理。\n\n{body}\n"


def test_every_village_and_neighbourhood_leads_its_duty():
    assert _read(_duties("（二）各村居：督促建设主体履行建设程序。"), 4)[-1] == (9, "各村居：", ["各村居"], [], None)


@pytest.mark.parametrize(
    "item",
    [
        "（二）村居：督促建设主体履行建设程序。",  # no 各: the place, no body
        "（二）农村居民：自觉遵守村规民约。",  # people
        "（二）镇相关职能科室及相关单位：加强本条线工程的监督。",  # a collective of 相关 sections, no body named
    ],
    ids=["bare", "residents", "relevant-sections"],
)
def test_guard_no_village_body_without_each(item: str):
    assert [row[2] for row in _read(_duties(item), 4)] == [["规划办"]]


def _items(item: str) -> str:
    return f"某镇安全监督管理办法\n\n2025年3月1日\n\n三、监管程序\n\n（三）施工过程监管\n\n1.镇各科室对本条线工程开展巡查。\n\n2.{item}\n"


@pytest.mark.parametrize(
    ("item", "leads"),
    [
        (
            "规划办、执法队和城建中心不定期对全镇范围内的小型建设工程进行安全生产大排查。",
            ["规划办", "执法队", "城建中心"],
        ),
        ("规划办、执法队和城建中心定期对全镇小型工程开展检查。", ["规划办", "执法队", "城建中心"]),
        (
            "规划办、执法队、市容中心和城建中心等相关行业部门不定期对全镇范围内的小型建设工程进行安全生产大排查。",
            ["规划办", "执法队", "市容中心", "城建中心", "相关行业部门"],
        ),
    ],
    ids=["irregularly", "regularly", "closed-by-a-collective"],
)
def test_an_item_opening_with_named_units_and_how_often_they_act(item: str, leads: list[str]):
    assert [row[2] for row in _read(_items(item))] == [leads]


@pytest.mark.parametrize(
    "item",
    [
        "相关行业部门不定期对全镇范围内的小型建设工程进行安全生产大排查。",  # a collective alone (round 38)
        "建设单位、施工单位等相关单位不定期对工地进行安全检查。",  # kinds closed by a collective
        "镇各科室、各村等相关单位定期对工地进行安全检查。",  # collectives only
    ],
    ids=["collective-alone", "kinds", "collectives"],
)
def test_guard_no_item_of_collectives_or_kinds_alone(item: str):
    assert _read(_items(item)) == []


def _money(sentence: str) -> str:
    return (
        "某街道小型工程管理办法\n\n2025年3月1日\n\n三、过程管理\n\n（五）资金管理\n\n"
        f"1、严格控制工程量。{sentence}\n\n2、工程结算按合同执行。\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "因客观原因需要变更设计的，城建中心应当向领导小组提出申请，经领导小组审核同意后由设计单位变更设计图。",
        "城建中心应当及时向领导小组提交书面申请。",
    ],
    ids=["applies", "written-application"],
)
def test_a_body_applying_for_leave_does_no_task(sentence: str):
    assert _read(_money(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "城建中心应当加强现场管理。",  # its own work
        "城建中心应当向领导小组报告工程进展。",  # reporting, read as before
        "城建中心应当积极向上级申请资金支持。",  # money it secures: work
    ],
    ids=["works", "reports", "secures-money"],
)
def test_guard_a_body_that_works_or_reports_still_does_its_task(sentence: str):
    assert [row[2] for row in _read(_money(sentence))] == [["城建中心"]]

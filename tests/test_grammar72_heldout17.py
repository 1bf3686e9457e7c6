"""Round 72 heldout17: the seventeenth batch of real held-out plans (tests/fixtures/heldout/75-76).

75 (a Guangzhou 人才集聚工程 实施意见, 2012: the set's first real plan of another city, forty-four numbered projects each
closed by ``（牵头单位：X，配合单位：A、B，各区、县级市）``) and 76 (徐汇区消防安全责任制实施细则, 2020: a 责任清单 by body in
``第N条`` articles, duties listed under an intro naming their body) are read exactly; their whole readings are checked
in tests/test_heldout.py against the expected files. Five rules came of them, tested here in words of our own, with
guards:

- ``各有关区、县级市`` is one collective, as ``各区、县级市`` is (SPEC): 各有关/各相关 before the levels (75 lines 51, 97);
- an intro naming a body over its numbered duties (``第七条 区政府应当…履行下列职责：`` / ``第八条 镇政府消防工作职责：``)
  makes each duty naming no unit a task the body leads, as a heading that is a unit's name does; a duty that only
  points at other texts' duties (``法律、法规、规章规定的其他消防工作职责``) is none (76 lines 50-116, 186-204);
- under an intro dividing the duties by body (``第十一条 区政府工作部门按照职责分工依法履行消防工作职责。``), an item
  opening with its own body and no role word (``区发展和改革委员会应当…``, ``区财政局按规定…``) is that body's duty,
  though the plan is written as articles (76 lines 126, 142);
- a collective after 会同 keeps the bracket of its kinds (``会同区有关部门（单位）落实…``: 76 line 170);
- an item numbered ``11.`` whose name opens with a number of three digits (``11.121人才梯队项目``) loses its number
  from its text, an amount's decimals (``2.125万元``) do not (75 line 33).
"""

from __future__ import annotations

from support.expected_files import measures
from support.readings import lines_and_roles

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import duty_partners
from reformgraph.loaders.tasks import strip_enumerator
from reformgraph.loaders.unit_lists import _split_items

# ---- 各有关区、县级市: one collective ------------------------------------------------------------------------------


def test_each_concerned_district_and_county_city_is_one_collective():
    assert _split_items("甲市科协，各有关区、县级市") == ["甲市科协", "各有关区、县级市"]
    assert _split_items("各相关区、县人民政府") == ["各相关区、县人民政府"]
    # guards: 各区、县级市 as before; a collective of departments before a bureau is split
    assert _split_items("各区、县级市") == ["各区、县级市"]
    assert _split_items("各有关部门、甲区财政局") == ["各有关部门", "甲区财政局"]


def test_each_concerned_district_reads_in_a_labelled_bracket():
    text = (
        "某市某某实施意见\n\n一、重点项目\n\n"
        "1.甲项目。推进改革。（牵头单位：甲市人社局，配合单位：甲市科协，各有关区、县级市）\n"
    )
    assert lines_and_roles(text) == [(5, ["甲市人社局"], ["甲市科协", "各有关区、县级市"])]


# ---- a body's duties under an intro naming it ------------------------------------------------------------------

_ARTICLES = (
    "某区消防安全责任制实施细则\n\n第一条　为落实责任，制定本细则。\n\n"
    "第二条　甲区政府应当落实消防工作责任制，履行下列职责：\n\n"
    "（一）建立消防安全组织，制定消防安全制度。\n\n"
    "（二）安排必要资金，会同甲区消防救援支队保障经费。\n\n"
    "（三）法律、法规、规章规定的其他消防工作职责。\n\n"
    "第三条　甲区政府工作部门按照职责分工依法履行消防工作职责。\n\n"
    "（一）甲区应急管理局负责消防管理工作。\n\n"
    "（二）甲区发展和改革委员会应当将消防工作纳入中长期规划。\n\n"
    "（三）甲区财政局按规定对消防资金进行预算管理。\n\n"
    "（四）负责公共消防设施维护管理的单位应当保持设施完好有效。\n\n"
    "第四条　甲区政府应当建立健全消防工作考核评价体系。\n"
)
_DIVIDED = [(15, ["甲区应急管理局"], []), (17, ["甲区发展和改革委员会"], []), (19, ["甲区财政局"], [])]


def test_duties_under_an_intro_naming_their_body():
    # the catch-all (三) no task; the intro's body works with its 会同 partner in (二)
    assert lines_and_roles(_ARTICLES)[:2] == [(7, ["甲区政府"], []), (9, ["甲区政府"], ["甲区消防救援支队"])]


def test_duties_under_an_intro_in_a_plan_of_points():
    text = (
        "某区某某实施方案\n\n一、职责分工\n\n甲区商务委员会应当履行下列职责：\n\n"
        "（一）指导商贸行业消防安全管理。\n\n（二）推动商场市场标准化建设。\n"
    )
    assert lines_and_roles(text) == [(7, ["甲区商务委员会"], []), (9, ["甲区商务委员会"], [])]


def test_an_intro_naming_a_kind_of_actor_leads_nothing():
    # guard: 建设单位 is a kind of actor (held-out 26), its duties are no unit's
    text = _ARTICLES.replace("第二条　甲区政府应当落实", "第二条　建设单位应当落实")
    assert lines_and_roles(text) == _DIVIDED


# ---- an item opening with its own body in a list divided by body -----------------------------------------------


def test_items_of_a_list_divided_by_body_with_no_role_word():
    # 第三条's items: a modal (二) and a manner (三) with no role word; the kind (四) none; 第四条 (a unit's modal in an
    # article, no division) stays the regulation's rule (round 66)
    assert lines_and_roles(_ARTICLES)[2:] == _DIVIDED


def test_no_division_intro_leaves_a_regulations_modal_a_rule():
    # guard: without the intro dividing the duties by body, the bodies' modals are the regulation's rules
    text = _ARTICLES.replace("按照职责分工依法履行消防工作职责。", "应当加强协作。")
    assert lines_and_roles(text)[2:] == [(15, ["甲区应急管理局"], [])]


# ---- a collective's bracket of its kinds after 会同 --------------------------------------------------------------


def test_collective_keeps_the_bracket_of_its_kinds_after_huitong():
    def partners(text: str) -> list[str]:
        return [u.name for u in duty_partners(text, 0, len(text))]

    assert partners("会同区有关部门（单位）落实事故的责任追究。") == ["区有关部门（单位）"]
    assert partners("会同有关部门（单位）、甲市财政局落实。") == ["有关部门（单位）", "甲市财政局"]
    # guards: no bracket, and a list going on after the collective, as before
    assert partners("会同区有关部门落实。") == ["区有关部门"]
    assert partners("会同有关部门和甲市财政局落实。") == ["有关部门", "甲市财政局"]


# ---- an item's name opening with a number of three digits ------------------------------------------------------


def test_item_number_before_a_name_opening_with_three_digits():
    assert strip_enumerator("11.121人才梯队项目。") == "121人才梯队项目。"
    # guards: an amount's decimals, a month, a year keep or lose their number as before
    assert strip_enumerator("2.125万元。") == "2.125万元。"
    assert strip_enumerator("1.250亿") == "1.250亿"
    assert strip_enumerator("2.11月30日前，完成。") == "11月30日前，完成。"
    text = "某市某某实施意见\n\n一、重点项目\n\n11.121人才梯队项目。重点培养后备人才。（牵头单位：甲市人社局）\n"
    assert [m.text[:9] for m in measures(parse_document(text))] == ["121人才梯队项目"]

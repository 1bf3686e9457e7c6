"""Round 80 left50: what round 79 left unread in held-out 92 (tests/fixtures/heldout, a district's 建筑垃圾 实施意见)
and in the written plans' Left lines, read by general rules, and plans of our own in the forms offices use
(tests/fixtures/round80/left50), read by hand before the parser ran. The rules, tested here in words of our own with
their guards:

- a second dash after the units a dash closes an item with sets off the task's time, as a comma would
  (``——A牵头——2026年6月底前``: ``source._time_after_units``);
- in a section dividing its work by agency, a body opening a sentence leads the paragraph's task where the prose read
  it elsewhere as a partner (``B要督促…，A联合B…``: ``prose.agency_task``);
- a level's bodies closed by the listed bodies' type (``…和属地街镇等单位要…``) close the opening list
  (``prose._level_closes``); a list of many names runs on past the 40 characters an opening list is looked for in
  (``prose.opening_units``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases, measures
from support.readings import plan_unit_lines_dated

from reformgraph.loaders.read import parse_text

FOLDER = Path(__file__).parent / "fixtures" / "round80" / "left50"


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


# ---- a second dash before the time --------------------------------------------------------------------------------

_LIST = "某县2026年重点工作清单\n\n一、重点任务\n"


@pytest.mark.parametrize("dash", ["——", "—", "－－"])
@pytest.mark.parametrize(
    ("units", "time", "read"),
    [
        ("县教育局牵头", "2026年8月底前", (["县教育局"], [], "2026-08", "scheduled")),
        (
            "县教育局牵头，县财政局、各乡镇人民政府配合",
            "2026年11月底前",
            (["县教育局"], ["县财政局", "各乡镇人民政府"], "2026-11", "scheduled"),
        ),
        ("县教育局、县卫生健康局", "长期坚持", (["县教育局", "县卫生健康局"], [], None, "ongoing")),
        ("县教育局", "持续推进", (["县教育局"], [], None, "ongoing")),
    ],
)
def test_a_second_dash_sets_the_time_off_after_the_units(dash: str, units: str, time: str, read: tuple) -> None:
    # before: ``——A牵头——2026年8月底前`` read the unit ``——A`` and the whole tail as its time; ``——A——长期坚持`` no task
    text = f"{_LIST}1．新建改建校舍3所。{dash}{units}{dash}{time}\n2．开展师资培训。{dash}县教育局\n"
    assert plan_unit_lines_dated(text) == [(4, *read), (5, ["县教育局"], [], None, None)]


def test_guard_words_between_two_dashes_are_no_units() -> None:
    # a dash setting off words (``——面向全体教师——``) before a time: no units, the line reads as it did
    text = f"{_LIST}1．开展师德培训——面向全体教师——2026年9月底前完成。（县教育局牵头）\n"
    assert plan_unit_lines_dated(text) == [(4, ["县教育局"], [], "2026-09", "scheduled")]


def test_guard_a_range_inside_the_words_is_no_dash_before_units() -> None:
    text = f"{_LIST}1．选择2—3所学校先行试点。——县教育局牵头，县财政局配合\n"
    assert plan_unit_lines_dated(text) == [(4, ["县教育局"], ["县财政局"], None, None)]


# ---- a section divided by agency: bodies opening later sentences -------------------------------------------------


def _rules(paragraph: str) -> str:
    """A county's 细则 dividing its work by agency: a heading over a title over one paragraph (line 9), and a title
    over two."""
    return (
        "某县建筑垃圾管理细则\n\n一、源头管控具体操作要求\n\n（一）强化资源化处理\n\n1.推动设施建设\n\n"
        f"{paragraph}\n\n2.加强运输监管\n\n县水利局负责河道疏浚日常管理。\n\n县交通运输局对运输车辆加强检查。\n"
    )


def _units(text: str) -> list[tuple]:
    doc = parse_text(text, path="plan.md", key="plan", sha256="0")
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def test_a_body_opening_a_sentence_leads_where_it_is_a_partner_elsewhere() -> None:
    # before: 县卫生健康局 supported (联合's partner) and 县市场监管局 stood where 联合 named it (held-out 92 line 136)
    paragraph = (
        "县市场监管局要加强再生建材产品质量抽检；县住建局要推动再生建材在政府投资项目中应用。"
        "县卫生健康局要督促医疗机构做好装修垃圾分类，县市场监管局联合县卫生健康局加强对医疗机构的指导。"
    )
    assert _units(_rules(paragraph))[0] == (9, ["县市场监管局", "县住建局", "县卫生健康局"], [])


def test_guard_a_partner_opening_no_sentence_still_supports() -> None:
    paragraph = "县市场监管局会同县卫生健康局开展再生建材质量检查。县住建局要推动再生建材应用。"
    assert _units(_rules(paragraph))[0] == (9, ["县市场监管局", "县住建局"], ["县卫生健康局"])


def test_a_level_closed_by_its_type_ends_the_opening_list() -> None:
    # before: ``和属地乡镇等单位要…`` kept the list open, and the sentence's bodies were lost (held-out 92 line 164)
    paragraph = "县数据局会同县城运中心建设监管平台。县住建局、县城管局和属地乡镇等单位要通过视频数据加强源头监管。"
    assert _units(_rules(paragraph))[0] == (9, ["县数据局", "县住建局", "县城管局", "属地乡镇"], ["县城运中心"])


def test_guard_a_level_and_its_type_before_no_verb_close_no_list() -> None:
    paragraph = "县数据局会同县城运中心建设监管平台。县住建局和属地乡镇等单位人员参加平台操作培训。"
    assert _units(_rules(paragraph))[0] == (9, ["县数据局"], ["县城运中心"])


def test_a_list_of_many_names_runs_past_forty_characters() -> None:
    # before: a list of seven bodies (46 characters) before its verb opened no paragraph (held-out 92 line 274)
    paragraph = (
        "县城管执法局、县自然资源局、县水利局、县住建局、县生态环境局和各乡镇人民政府、各街道办事处要强化非法堆存排查。"
    )
    leads = ["县城管执法局", "县自然资源局", "县水利局", "县住建局", "县生态环境局", "各乡镇人民政府", "各街道办事处"]
    assert _units(_rules(paragraph))[0] == (9, leads, [])


def test_guard_a_list_of_places_past_forty_characters_names_no_body() -> None:
    # many 、 in the words, no body's name before the verb: the paragraph opens with no unit, as before
    paragraph = "河道、湖泊、永久基本农田、林地、湿地、生态保护红线和自然保护地内非法倾倒建筑垃圾的行为要重点打击。"
    assert [row[0] for row in _units(_rules(paragraph))] == [13]


# ---- a rhythm of the work below a bare title ---------------------------------------------------------------------

_DUTIES = "某区建筑垃圾管理职责清单\n\n一、区城管执法局\n\n1、日常巡查\n\n{body}\n\n2、普法宣传\n\n开展建筑垃圾管理普法宣传。\n"


@pytest.mark.parametrize(
    ("body", "raw"),
    [
        ("对辖区内工地开展巡查，每月核实消纳量并上报月报。", "每月"),
        ("根据全区开发计划编制消纳空间图，每半年滚动更新。", "每半年"),
    ],
)
def test_a_rhythm_of_the_work_below_a_bare_title_is_its_time(body: str, raw: str) -> None:
    # before: the title alone was the task, with no time (held-out 92 lines 404, 474)
    doc = parse_text(_DUTIES.format(body=body), path="plan.md", key="plan", sha256="0")
    got = [(m.line, m.text[:6], [u.raw for u in m.leads], m.deadline.raw, m.deadline.status) for m in measures(doc)]
    assert got == [
        (5, "日常巡查" + body[:2], ["区城管执法局"], raw, "ongoing"),
        (9, "普法宣传开展", ["区城管执法局"], None, None),
    ]


def test_guard_a_continuing_word_below_a_bare_title_gives_it_no_time() -> None:
    # round 75 left45's guard: a time that only says the work goes on (持续推进) keeps the title alone, with no time
    doc = parse_text(_DUTIES.format(body="巡查情况每月通报，持续推进。"), path="plan.md", key="plan", sha256="0")
    got = [(m.line, m.text, m.deadline.raw) for m in measures(doc)]
    assert got[0] == (5, "日常巡查", None)


# ---- decided: a range of years with a rhythm ----------------------------------------------------------------------


def test_a_range_of_years_with_a_rhythm_is_due_at_the_ranges_end() -> None:
    # decided (SPEC round 80): the work recurs each year until the range's last, due at its end, as 2023—2025年 is
    text = "某县培训方案\n\n1.开展职业技能培训。（牵头单位：县人社局；完成时限：2026—2028年每年）\n"
    assert plan_unit_lines_dated(text) == [(3, ["县人社局"], [], "2028-12", "scheduled")]


# ---- a rhythm in a later sentence a body opens ----------------------------------------------------------------------


def _time(paragraph: str) -> tuple:
    doc = parse_text(_rules(paragraph), path="plan.md", key="plan", sha256="0")
    m = measures(doc)[0]
    return m.line, [u.raw for u in m.leads], m.deadline.raw, m.deadline.status


def test_a_rhythm_in_a_later_sentence_a_body_opens_is_the_tasks_time() -> None:
    # before: a rhythm counted only in a task's first sentence, and the paragraph had no time (held-out 92 line 156)
    paragraph = "县城管局通过比对核验加大批后监管力度。各乡镇需每半年向县城管局报送小型项目排放计划。"
    assert _time(paragraph) == (9, ["县城管局", "各乡镇"], "每半年", "ongoing")


@pytest.mark.parametrize(
    "paragraph",
    [
        "县城管局通过比对核验加大批后监管力度。各乡镇做好每一项核验工作。",  # 每一: no rhythm
        "县城管局通过比对核验加大批后监管力度。各乡镇需持续做好核验工作。",  # a continuing word, no rhythm
    ],
)
def test_guard_no_rhythm_in_the_later_sentence_gives_no_time(paragraph: str) -> None:
    assert _time(paragraph) == (9, ["县城管局", "各乡镇"], None, None)

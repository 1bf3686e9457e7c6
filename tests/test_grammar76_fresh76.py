"""Round 76 fresh76: a fresh set of twelve plans in kinds earlier rounds had met little (tests/fixtures/round76/fresh76:
a city's 营商环境 改革任务清单 whose 具体举措 cells hold several measures numbered ①②③, a county's 审计整改 table, a
district's 部门职责分工 of unit headings over numbered duties and single paragraphs, a 工作要点 closed by half-width
brackets, a 百日攻坚 plan of dated stages, a 清单 whose cells name collectives (``各区政府，市有关部门``,
``市级各部门按职责分工负责``), a state-owned group's own departments marked （牵头）, a hospital's 科室 on label lines, a
province department's 处室, a village's own bodies, a unit by its full name and its short one, and a 旅游安全 责任分工
written after the rule as a fresh check of it), read by hand before the parser ran. The rule, tested here in words of
our own with its guards:

- a unit's heading over no numbered item leads the sentences under it (``四、区商务局`` / ``推进…，持续推进。``), each a
  task; before, only numbered items were read under a unit's heading, and a plan of such headings read nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_measures, plan_unit_lines

FOLDER = Path(__file__).parent / "fixtures" / "round76" / "fresh76"

# ---- a unit's heading over sentences --------------------------------------------------------------------------------


def test_the_sentences_under_a_units_heading_are_its_tasks() -> None:
    # before: no recognisable workplans (the headings led numbered items only)
    text = (
        "某市养老服务职责分工\n\n一、市民政局\n统筹推进居家社区养老服务，2027年9月底前建成社区食堂20个。\n\n"
        "二、市卫生健康委\n推进医养结合，会同市医保局落实家庭病床服务。\n开展老年健康促进行动，持续推进。\n\n"
        "某市人民政府办公室\n2027年3月1日\n"
    )
    assert plan_measures(text) == [
        (4, ["市民政局"], [], "2027年9月底前", "2027-09", "scheduled"),
        (7, ["市卫生健康委"], ["市医保局"], None, None, None),
        (8, ["市卫生健康委"], [], "持续推进", None, "ongoing"),
    ]


def test_a_paragraph_heading_beside_numbered_ones() -> None:
    # before: the numbered duties of the first heading read, the second heading's paragraph lost
    text = (
        "# 某区节水型城市建设职责分工\n\n## 一、区水务局\n\n1．负责节水型城市创建的统筹协调。\n\n2．会同区财政局落实节水奖补。\n\n"
        "## 二、区教育局\n\n组织开展节水进校园活动，每年开展一次。\n"
    )
    assert plan_unit_lines(text, "plan.md") == [
        (5, ["区水务局"], []),
        (7, ["区水务局"], ["区财政局"]),
        (11, ["区教育局"], []),
    ]


def test_what_a_units_heading_does_not_lead() -> None:
    # guards: an intro above numbered items (the items are the tasks), a note, a signature and its date, a sentence
    # under a heading that names no unit, and a paragraph naming its own units (read by prose, as before)
    text = (
        "某县职责分工\n\n一、县住建局\n按照职责分工，做好以下工作。\n1．推进老旧小区改造。\n2．加强物业管理。\n\n"
        "二、工作要求\n各单位要高度重视，确保按期完成。\n\n三、县城管局\n注：本项工作按年度考核。\n由县城管局牵头，县财政局配合，推进垃圾分类。\n\n"
        "某县人民政府办公室\n2027年3月1日\n"
    )
    assert plan_unit_lines(text) == [(5, ["县住建局"], []), (6, ["县住建局"], []), (13, ["县城管局"], ["县财政局"])]


def test_a_kind_of_body_heading_leads_no_sentence() -> None:
    # guard: a heading naming a kind of body (round 63) is no unit's heading, so its sentences stay no task
    text = "某县方案\n\n一、重点任务\n1．推进改革。（县发改局牵头）\n\n二、建设单位\n落实质量安全主体责任。\n"
    assert plan_unit_lines(text) == [(4, ["县发改局"], [])]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


def test_a_lone_heading_read_as_a_name_leads_no_sentence() -> None:
    # guard: a measure's title that reads as a name (微型消防站, 志愿消防队), no other unit's heading beside it (held-out 12)
    text = (
        "某区消防安全治理方案\n\n一、工作措施\n（一）全面摸清底数\n全面排查高层建筑底数。\n"
        "（二）建强微型消防站（志愿消防队）\n高层建筑全部建立微型消防站。\n（三）严格执法整治\n依法查处消防违法行为。（区消防支队负责）\n"
    )
    assert plan_unit_lines(text) == [(9, ["区消防支队"], [])]

"""Round 76 left46: what round 75 left unread (docs/loader.md, round 75's Left lines of left45, fresh75, rows75 and
heldout20), in five plans of our own and a fresh check (tests/fixtures/round76/left46: a province's .md, a city's
.xlsx, a county's .docx, a town's .txt, a district's Word table, and a fresh check written after the rules), read by
hand before the parser ran. The rules, tested here in words of our own with their guards:

- a bare item's date written in the sentences below it is its own under a heading whose fields carry a deadline of
  their own (before, the heading's: the item's text was not asked);
- a cell's line break inside a word of a unit's name after a character that can end a name (``各街道办`` / ``事处``,
  ``县委组`` / ``织部``, ``县工商业联`` / ``合会``, ``区司`` / ``法局``, ``区科`` / ``技局``, ``区行`` /
  ``政审批局``) joins the name;
- a safeguard line opening with a named unit and 要, with no role word nor partner, is no task (SPEC.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_unit_lines_dated

from reformgraph.loaders.tables import unit_cell_text

FOLDER = Path(__file__).parent / "fixtures" / "round76" / "left46"


# ---- a bare item's own date under a dated heading ------------------------------------------------------------------

_HEADING = "某县方案\n\n一、重点任务\n（一）集贸市场整治（牵头单位：县市场监管局；配合单位：县城管局；完成时限：2026年10月底前）\n"


def test_a_bare_items_own_date_under_a_dated_heading() -> None:
    # before: every item the heading's 2026年10月底前 (the text below a bare item was not asked when the group had a date)
    items = (
        "1．规范市场摊位设置\n"
        "对占道经营摊位逐一登记，督促业主限期整改。\n"
        "整改工作于2026年6月15日前完成。\n"
        "2．完善市场排水设施\n"
        "疏通市场内外排水沟渠。\n"
        "3．开展食品安全抽检，2026年8月底前完成。\n"
    )
    assert plan_unit_lines_dated(_HEADING + items) == [
        (5, ["县市场监管局"], ["县城管局"], "2026-06-15", "scheduled"),
        (8, ["县市场监管局"], ["县城管局"], "2026-10", "scheduled"),
        (10, ["县市场监管局"], ["县城管局"], "2026-08", "scheduled"),
    ]


def test_the_headings_date_where_the_text_states_none() -> None:
    # guards: an item closed by 。 takes nothing from the paragraph below it; a year the text names as a time past
    # (2020年以来) is no date it is due; a continuing word below gives nothing: the heading's date each
    items = (
        "1．排查老旧市场设施\n"
        "对2020年以来建成的市场逐一排查。\n"
        "2．加强日常巡查\n"
        "巡查情况每月通报，持续推进。\n"
        "3．开展摊位登记。\n"
        "各市场于2026年5月底前上报登记情况。\n"
    )
    assert plan_unit_lines_dated(_HEADING + items) == [
        (5, ["县市场监管局"], ["县城管局"], "2026-10", "scheduled"),
        (7, ["县市场监管局"], ["县城管局"], "2026-10", "scheduled"),
        (9, ["县市场监管局"], ["县城管局"], "2026-10", "scheduled"),
    ]


# ---- a word of a name broken in a cell -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("各街道办\n事处", "各街道办事处"),
        ("县委组\n织部、县人社局", "县委组织部、县人社局"),
        ("县工商业联\n合会", "县工商业联合会"),
        ("县残疾人联\n合会", "县残疾人联合会"),
        ("区委政法委、区司\n法局", "区委政法委、区司法局"),
        ("区科\n技局", "区科技局"),
        ("县发展和改革局、县行\n政审批服务局", "县发展和改革局、县行政审批服务局"),
    ],
)
def test_a_word_of_a_name_broken_in_a_cell(cell: str, read: str) -> None:
    # before: two names each (办, 组, 联, 司, 科, 行 can end a body's name: 平安办, 工作组, 妇联, 公司, 科, 农商行)
    assert unit_cell_text(cell) == read


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("区供销社\n区财政局", "区供销社、区财政局"),
        ("市平安办\n公安局", "市平安办、公安局"),
        ("县妇联\n合作社", "县妇联、合作社"),
        ("县供电公司\n法院", "县供电公司、法院"),
        ("县农商行\n政务服务中心", "县农商行、政务服务中心"),
        ("县委组\n县人社局", "县委组、县人社局"),
    ],
)
def test_two_names_on_two_lines_of_a_cell(cell: str, read: str) -> None:
    # guards: the second line opening a body's name of its own (区财政局, 公安局, 合作社, 法院, 政务服务中心) or
    # with its level (县人社局): two names, whatever the character ending the first
    assert unit_cell_text(cell) == read


# ---- a safeguard line with 要 -----------------------------------------------------------------------------------------

_TASKS = "某区方案\n\n一、重点任务\n1．开展违法建筑整治。（牵头单位：区城管执法局；完成时限：2026年6月底前）\n\n二、保障措施\n"


def test_a_safeguard_line_with_yao_is_no_task() -> None:
    # SPEC.md (round 76): a named unit with 要 and no role word opening a safeguard line supervises the plan's tasks
    text = _TASKS + "（一）加强督办。区规划资源局要严格开展督办工作，定期通报进展情况。\n区财政局要统筹安排工作经费。\n"
    assert plan_unit_lines_dated(text) == [(4, ["区城管执法局"], [], "2026-06", "scheduled")]


def test_a_safeguard_line_naming_a_partner_or_a_role_is_a_task() -> None:
    # guards: a partner after 与 (round 39) or a role word make the line a task, as before
    text = (
        _TASKS
        + "区公安分局要加强与区城管执法局的协作配合，依法打击违法建设行为。\n区住房保障局牵头，各街镇配合，做好安置工作。\n"
    )
    assert plan_unit_lines_dated(text) == [
        (4, ["区城管执法局"], [], "2026-06", "scheduled"),
        (7, ["区公安分局"], ["区城管执法局"], None, None),
        (8, ["区住房保障局"], ["各街镇"], None, None),
    ]


# ---- the whole plans -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]

"""Round 71 left41: what round 70 left unread (docs/loader.md, round 70's Left lines), in eight plans of our own
(tests/fixtures/round71/left41: a 省水利厅's .md, a city 任务分工表 .xlsx, a county 实施方案 .docx, a 镇's .txt, a county
清单 .docx table, a city 专项整治 .md, a province's .txt, a 街道 .md written after the rules), read by hand before the
parser ran. The rules, tested here in words of our own with their guards:

- a span from a start to its end (``2026年4月起持续至10月底``) is due at its end, as ``2026年5月1日起至9月30日`` was;
- ``本季度末`` alone in a field is the end of the quarter holding the document's date, as the words' ``本季度末前``;
- work in a number of batches (``分两批推进``) goes on, as ``分批推进`` and ``分阶段推进``; so too closing a task's
  words after the work it paces (``…，户厕问题摸排整改分两批推进。``), and ``持续至汛期结束`` closing them;
- ``A负责X；负责会同B做好Y`` in prose: B supports A's task, after a title sentence too (``（一）title。A负责…``), and
  ``会同B推广…`` ends the partners' list at 推广;
- a department type before a colon in a duties passage (``公安部门：负责…；会同交通运输部门…``) leads its duties, as
  ``公安部门负责…`` did (round 70);
- a 牵头单位 cell ``A（牵头）、B``: A leads, B supports (the bracket marks the lead among the cell's units); ``A（B）``
  whose bracket is an office A houses stays one unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import lines_and_roles, plan_deadlines

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.tables import cell_units

FOLDER = Path(__file__).parent / "fixtures" / "round71" / "left41"


def _field(words: str) -> tuple[str | None, str | None]:
    found = parse_deadline(words, 2026)
    return found.date, found.status


def _in_words(words: str) -> list[tuple[int, str | None, str | None]]:
    return plan_deadlines(
        f"某县2026年工作方案\n\n（一）推进农田建设。县农业农村局负责组织实施，县财政局配合，{words}\n"
    )


# ---- deadlines ------------------------------------------------------------------------------------------------------


def test_a_span_from_a_start_is_due_at_its_end() -> None:
    # before: ongoing, no date (the start 2026年4月起 taken away, 持续 left)
    assert _field("2026年4月起持续至10月底") == ("2026-10", "scheduled")
    assert _field("2026年9月起持续至12月底") == ("2026-12", "scheduled")
    assert _field("2026年4月起持续至2027年3月底") == ("2027-03", "scheduled")


def test_a_start_alone_or_going_on_as_before() -> None:
    assert _field("2026年4月起") == (None, "ongoing")
    assert _field("2026年起持续推进") == (None, "ongoing")
    assert _field("2026年4月起持续开展") == (None, "ongoing")
    assert _field("2026年5月1日起至9月30日") == ("2026-09-30", "scheduled")
    assert _field("持续至汛期结束") == (None, "ongoing")


def test_work_in_a_number_of_batches_goes_on() -> None:
    assert _field("分两批推进") == (None, "ongoing")
    assert _field("分三批实施") == (None, "ongoing")
    assert _field("分批推进") == (None, "ongoing")
    assert _field("分两批推进，2026年底前全部完成") == ("2026-12", "scheduled")
    assert _in_words("分两批推进。") == [(3, None, "ongoing")]
    assert _in_words("户厕问题摸排整改分两批推进。") == [(3, None, "ongoing")]


def test_batches_inside_the_work_as_before() -> None:
    # guard: a pace before its object is the step's manner, no status (round 70 heldout15)
    assert _in_words("分两批推进户厕问题摸排整改。") == [(3, None, None)]
    assert _in_words("建立项目库，滚动实施重点项目。") == [(3, None, None)]


def test_until_a_season_ends_closing_the_words_goes_on() -> None:
    assert _in_words("持续至汛期结束。") == [(3, None, "ongoing")]
    assert _in_words("对重点河塘开展清淤，持续至汛期结束。") == [(3, None, "ongoing")]
    # guards: a yearless date after 持续至 is due then (round 70 fresh36); a year's end stays a date
    assert _in_words("持续至年底。") == [(3, "2026-12", "scheduled")]


def test_no_status_for_another_works_time() -> None:
    # chosen: 与X同步推进, 按国家部署推进 give no date and no status (another work's or body's time, not written)
    assert _field("与轨道交通建设同步推进") == (None, None)
    assert _field("按国家部署推进") == (None, None)
    assert _field("每年汛前") == (None, "ongoing")
    assert _field("2026年底前完成第一批，2027年6月底前全部完成") == ("2027-06", "scheduled")


def test_this_quarters_end_in_a_field_counts_from_the_documents_date() -> None:
    # before: no date and no status (the words' 本季度末前 read so since round 35, a field's not)
    def dated(words: str, date: str | None = "2026-05-18") -> tuple[str | None, str | None]:
        found = parse_deadline(words, 2026, date)
        return found.date, found.status

    assert dated("本季度末") == ("2026-06", "scheduled")
    assert dated("本季末") == ("2026-06", "scheduled")
    assert dated("下季度末") == ("2026-09", "scheduled")
    assert dated("本月底前完成") == ("2026-05", "scheduled")
    assert dated("本季度末", "2026-11-02") == ("2026-12", "scheduled")
    # no document date: due with no date (round 72 left42; before, no date and no status, round 70 fresh36's guard)
    assert dated("本季度末", None) == (None, "scheduled")
    # guards: each quarter's end (round 70 fresh36), a named quarter, the period alone, as before
    assert dated("季度末") == (None, "ongoing")
    assert dated("三季度末") == ("2026-09", "scheduled")
    assert dated("本季度") == (None, None)


# ---- a later duty's partner in prose ----------------------------------------------------------------------------------

_PLAN = "某县2026年工作方案\n\n一、重点任务\n\n"


def test_a_later_duty_with_a_partner_names_a_support() -> None:
    # before: B lost (负责会同 with no subject of its own took none)
    assert lines_and_roles(_PLAN + "（一）总体协调。甲县交通局负责总体协调；负责会同甲县财政局建立资金机制。\n") == [
        (5, ["甲县交通局"], ["甲县财政局"])
    ]
    assert lines_and_roles(_PLAN + "甲县交通局负责总体协调，负责会同甲县财政局建立资金机制。\n") == [
        (5, ["甲县交通局"], ["甲县财政局"])
    ]
    assert lines_and_roles(_PLAN + "1.强化科技。甲省科技厅负责技术攻关；负责会同甲省农业农村厅推广减损技术。\n") == [
        (5, ["甲省科技厅"], ["甲省农业农村厅"])
    ]


def test_partners_as_before() -> None:
    # guards: a partner before the verb 推广 that ends a name stays whole; a collective's 负责会同 gives no partner
    assert lines_and_roles(_PLAN + "甲县农业农村局会同甲县农业技术推广中心推广新品种。\n") == [
        (5, ["甲县农业农村局"], ["甲县农业技术推广中心"])
    ]
    assert lines_and_roles(_PLAN + "（一）加强管理。各乡镇要加强管理，负责会同有关部门开展排查。\n") == [
        (5, ["各乡镇"], [])
    ]
    assert lines_and_roles(_PLAN + "甲县交通局负责总体协调，甲县公安局、甲县应急局配合。\n") == [
        (5, ["甲县交通局"], ["甲县公安局", "甲县应急局"])
    ]
    assert lines_and_roles(_PLAN + "由甲县公路中心负责，各乡镇人民政府协助，开展排查。\n") == [
        (5, ["甲县公路中心"], ["各乡镇人民政府"])
    ]


# ---- a department type before a colon in a duties passage -------------------------------------------------------------

_DUTIES = "某县道路交通安全方案\n\n一、重点任务\n\n（一）整治车辆。甲县交通局负责动态监控。\n\n二、部门职责\n\n"
_FIRST = (5, ["甲县交通局"], [])


def test_a_type_before_a_colon_leads_its_duties() -> None:
    body = "公安部门：负责秩序管理；会同交通运输部门开展源头监管。\n\n交通运输部门：负责运输企业监督管理。\n"
    assert lines_and_roles(_DUTIES + body) == [_FIRST, (9, ["公安部门"], ["交通运输部门"]), (11, ["交通运输部门"], [])]


def test_no_type_duty_after_a_colon_for_lists_collectives_or_outside_duties() -> None:
    # guards: a sector list and a type outside a duties passage give no task, a collective's head its own, as before
    body = "公安、交通等部门：负责巡查管控。\n\n有关部门：负责做好配合工作。\n"
    assert lines_and_roles(_DUTIES + body) == [_FIRST, (11, ["有关部门"], [])]
    outside = "某县方案\n\n一、重点任务\n\n（一）整治车辆。甲县交通局负责动态监控。\n\n公安部门：负责秩序管理。\n"
    assert lines_and_roles(outside) == [_FIRST]


# ---- a lead cell's marker against an office in brackets ---------------------------------------------------------------


def _cell(value: str, role: str = "lead") -> list[tuple[str, str]]:
    return [(u.name, u.role) for u in cell_units(value, role, 1)[0]]


def test_a_lead_cells_marker_picks_its_lead() -> None:
    assert _cell("市城管局（牵头）、市水务集团") == [("市城管局", "lead"), ("市水务集团", "responsible")]
    assert _cell("市自然资源和规划局（牵头）") == [("市自然资源和规划局", "lead")]


def test_a_lead_cells_office_in_brackets_as_before() -> None:
    assert _cell("市住房城乡建设局（市城市更新办公室）") == [("市住房城乡建设局（市城市更新办公室）", "lead")]
    assert _cell("市城管局、市水务集团") == [("市城管局", "lead"), ("市水务集团", "lead")]
    assert _cell("县水利局（县河长办）、县农业农村局", "responsible") == [
        ("县水利局（县河长办）", "responsible"),
        ("县农业农村局", "responsible"),
    ]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]

"""Round 72 left42: what round 71 left unread (docs/loader.md, round 71's Left lines), in seven plans of our own
(tests/fixtures/round72/left42: a province's .md, a city 专项整治 .docx, a county .txt and a town's .md with no
document date, a county 清单 .xlsx, a city 任务分工 .docx table, a district's .txt), read by hand before the parser
ran. The rules, tested here in words of our own with their guards:

- a kind of body before a colon in a duties passage (``消防救援机构：负责…``, ``供电企业：…``, ``人民银行各分支机构：…``,
  ``村（社区）：…``) leads its duties, as a 部门 type did (round 71);
- a field label that is also a kind of body (``建设单位：负责…``) followed by a duty names no unit: the duty's words
  are no unit's name, the kind's duty is read as the others';
- a kind spelled out by a bracket of its bodies with no 等 (``属地单位（各镇人民政府、各街道办事处）负责…``,
  ``项目户管单位（各村、合作社、镇属公司、相关部门、居委会）负责…``, held-out 72 line 133): the bodies are the units,
  a role verb right after the bracket theirs (``监管部门（A、B）按职责分工负责``, with 等 too);
- ``本季度末``, ``本月底前`` in a plan with no document date: due (scheduled) with no date, as a yearless field in a
  plan with no year (SPEC); and ``本季度末完成…`` in the words (no 前) reads as ``本季度末前``, ``下季度末前`` in the
  words as ``本季度末前`` (before, no deadline: the words' trigger knew 下月 alone).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import lines_and_roles, plan_deadlines, plan_unit_lines

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.unit_lists import read_units

FOLDER = Path(__file__).parent / "fixtures" / "round72" / "left42"

_DUTIES = "某市消防安全方案\n\n一、重点任务\n\n（一）开展排查。甲市应急管理局负责组织排查。\n\n二、职责分工\n\n"
_FIRST = (5, ["甲市应急管理局"], [])


# ---- a kind of body before a colon in a duties passage ----------------------------------------------------------------


def test_a_kind_before_a_colon_leads_its_duties() -> None:
    # before: no task (round 71's rule read types ending 部门 only)
    body = (
        "消防救援机构：负责消防监督检查；会同住房城乡建设部门做好验收衔接。\n\n"
        "供电企业：负责充电设施电力接入保障。\n\n"
        "人民银行各分支机构：负责跨境人民币业务政策指导。\n\n"
        "村（社区）：负责组织网格员开展防火巡查。\n\n"
        "驻镇企业：负责落实本单位主体责任。\n"
    )
    assert lines_and_roles(_DUTIES + body) == [
        _FIRST,
        (9, ["消防救援机构"], ["住房城乡建设部门"]),
        (11, ["供电企业"], []),
        (13, ["人民银行各分支机构"], []),
        (15, ["村（社区）"], []),
        (17, ["驻镇企业"], []),
    ]


def test_a_kind_helped_is_no_partner() -> None:
    # whom the kind helps (配合X开展…) is no partner of its duty (held-out 72's 协助镇规建办…)
    body = "供电企业：负责电力接入保障，配合消防救援机构开展电气火灾隐患排查。\n"
    assert lines_and_roles(_DUTIES + body) == [_FIRST, (9, ["供电企业"], [])]


def test_no_kind_duty_for_collectives_sectors_no_colon_or_outside_duties() -> None:
    # guards: a collective's head its own duty as before (round 71), a sector list and a kind with no colon none, a
    # kind's colon line outside a duties passage none
    body = "有关单位：负责做好配合工作。\n\n供水、供电企业：负责设施巡查。\n\n经营单位负责落实安全生产主体责任。\n"
    assert lines_and_roles(_DUTIES + body) == [_FIRST, (9, ["有关单位"], [])]
    outside = (
        "某市方案\n\n一、重点任务\n\n（一）开展排查。甲市应急管理局负责组织排查。\n\n消防救援机构：负责消防监督检查。\n"
    )
    assert lines_and_roles(outside) == [_FIRST]


def test_a_label_kind_before_a_duty_names_no_unit_by_the_duty() -> None:
    # before: 建设单位 read as a field's label, its duty's words (负责落实…) as a unit's name
    body = "建设单位：负责落实工程质量安全首要责任。\n\n施工单位：负责施工现场安全管理。\n"
    assert lines_and_roles(_DUTIES + body) == [_FIRST, (9, ["建设单位"], []), (11, ["施工单位"], [])]


def test_a_label_with_units_reads_as_before() -> None:
    # guards: a label's units and a person's label (负责人) as before
    plan = "某县方案\n\n1.推进改革。（责任单位：县发改局、县财政局）\n2.推进培训。（建设单位：县城投公司）\n"
    assert plan_unit_lines(plan) == [(3, ["县发改局", "县财政局"], []), (4, ["县城投公司"], [])]


# ---- a kind spelled out by a bracket with no 等 ---------------------------------------------------------------------


def _names(text: str) -> list[str]:
    return [u.name for u in read_units(text, 0, len(text), default="lead") or []]


def test_a_kind_spelled_out_by_its_bodies_is_its_bodies() -> None:
    # before: one name, the kind with its bracket
    assert _names("属地单位（各镇人民政府、各街道办事处）") == ["各镇人民政府", "各街道办事处"]
    assert _names("责任主体（区城投公司、区房管中心）") == ["区城投公司", "区房管中心"]
    assert _names("属地单位（各县（市、区）人民政府、市高新区管委会）") == ["各县（市、区）人民政府", "市高新区管委会"]
    assert _names("属地单位（各镇、街道）") == ["各镇", "街道"]  # (held-out 33's 各镇、街道, round 63)


def test_a_kind_spelled_out_before_the_verb_its_bodies_share() -> None:
    # 08 (after the rules): before, one name with its bracket; the 等 form too (round 69 read it with no verb after)
    roles = [
        (u.name, u.role) for u in read_units("监管部门（区住建局、区城管局）按职责分工负责", 0, 22, default="lead")
    ]
    assert roles == [("区住建局", "responsible"), ("区城管局", "responsible")]
    assert _names("各行业建设主管部门(区建管委、区水务局等)负责") == ["区建管委", "区水务局"]
    assert _names("区财政局、属地单位（各镇人民政府、各街道办事处）配合") == [
        "区财政局",
        "各镇人民政府",
        "各街道办事处",
    ]


def test_a_bodys_own_bracket_levels_and_sectors_as_before() -> None:
    # guards: a body's offices, a bracket of levels, a bracket of sectors, 等 (round 69) as before
    assert _names("市交通委（科信处、宣传处）") == ["市交通委（科信处、宣传处）"]
    assert _names("各县（市、区）人民政府") == ["各县（市、区）人民政府"]
    assert _names("专营单位（供电、供水、燃气、通信企业）") == ["专营单位（供电、供水、燃气、通信企业）"]
    assert _names("各行业建设主管部门(区建管委、区水务局、区交通委等)") == ["区建管委", "区水务局", "区交通委"]


def test_a_spelled_out_kind_leads_in_prose_whatever_its_bodies_are() -> None:
    # held-out 72 line 133: a collective (相关部门) among the bodies; before, no subject
    plan = (
        "某镇实施意见\n\n五、职责分工\n"
        "1.镇采购办负责小型建设工程施工承发包工作。\n"
        "2.项目户管单位（各村、合作社、镇属公司、相关部门、居委会）负责配合做好手续办理。\n"
        "3.属地单位（各镇人民政府、各街道办事处）负责居民意愿征询，区住建局配合。\n"
    )
    assert plan_unit_lines(plan) == [
        (4, ["镇采购办"], []),
        (5, ["各村", "合作社", "镇属公司", "相关部门", "居委会"], []),
        (6, ["各镇人民政府", "各街道办事处"], ["区住建局"]),
    ]


def test_a_collective_in_a_plain_subject_as_before() -> None:
    # guard: with no kind spelled out, a collective among the subjects still makes none (prose's ``_specific``)
    plan = "某镇实施意见\n\n五、职责分工\n1.镇采购办负责小型建设工程施工承发包工作。\n2.镇属公司、相关部门负责做好手续办理。\n"
    assert plan_unit_lines(plan) == [(4, ["镇采购办"], [])]


# ---- this month's or quarter's end with no document date ------------------------------------------------------------


def _in_words(words: str, dated: bool = False) -> list[tuple[int, str | None, str | None]]:
    signed = "\n甲县人民政府办公室\n2026年5月8日\n" if dated else "\n甲县人民政府办公室\n"
    return plan_deadlines(f"甲县2026年工作方案\n\n（一）推进整治。县农业农村局负责，县财政局配合，{words}\n{signed}")


def test_this_periods_end_with_no_document_date_is_due_with_no_date() -> None:
    # before: no date and no status (the field) / no deadline at all (the words)
    assert _in_words("本季度末前完成。") == [(3, None, "scheduled")]
    assert _in_words("本月底前完成摸排。") == [(3, None, "scheduled")]
    for field in ("本季度末", "本月底前", "下季度末"):
        found = parse_deadline(field, 2026, None)
        assert (found.raw, found.date, found.status) == (field, None, "scheduled"), field


def test_this_periods_end_with_a_document_date_as_before() -> None:
    # guards: counted from the document's date (round 35, round 71); 本季度 alone none; 年内 the plan's year
    assert _in_words("本季度末前完成。", dated=True) == [(3, "2026-06", "scheduled")]
    assert _in_words("本月底前完成摸排。", dated=True) == [(3, "2026-05", "scheduled")]
    assert (parse_deadline("本季度末", 2026, "2026-05-18").date, parse_deadline("本季度", 2026, None).status) == (
        "2026-06",
        None,
    )
    assert _in_words("年内完成。") == [(3, "2026-12", "scheduled")]


def test_this_periods_end_before_what_is_done_then() -> None:
    # before: none (本季度末 without 前 was no deadline in the words)
    assert _in_words("本季度末完成制度出台。", dated=True) == [(3, "2026-06", "scheduled")]
    assert _in_words("本月底，全面完成摸排。", dated=True) == [(3, "2026-05", "scheduled")]
    assert _in_words("本季度末完成制度出台。") == [(3, None, "scheduled")]
    assert _in_words("下季度末前开工建设。", dated=True) == [(3, "2026-09", "scheduled")]  # before: none (no trigger)
    # guard: the period's end before a noun is no deadline
    assert _in_words("开展本季度末库存盘点。", dated=True) == [(3, None, None)]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]

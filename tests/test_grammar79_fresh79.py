"""Round 79 fresh79: a fresh set of twelve plans in file forms and kinds earlier fresh sets had met little
(tests/fixtures/round79/fresh79: a province's task division as LibreOffice saves it, .odt, its 序号 and 工作任务 merged
over a group's rows; a county's 指标 table as an .ods, 一级指标 merged; a city bureau's internal plan as .rtf naming its
处室 and its leaders; a county bureau's e-mail whose task list is an attached .xlsx with 联系人 and 联系电话 columns; a
city portal's page saved as .mht; continuing and relative deadlines (``2026年起每季度``, ``与主体工程同步``); units after a
dash (``——A牵头，B配合``) and a 繁體 copy of the same list; full-width digits in a .csv; a province's roles in prose
brackets in a .docx; 联系人 and 联系电话 fields in a bracket; and, written after the rules as a fresh check, a county's
自建房 清单 with 属地责任单位 | 行业监管部门 and 主体责任单位 | 监管责任单位 columns), read by hand before the parser ran.
The eleven first plans read exactly at the base; the rules, found by wordings of our own beside them and tested here
with their guards:

- the bearer of a duty and its overseer (``主体责任单位`` leads, ``监管责任单位`` supports, as round 56's 监管部门 beside
  a 责任主体; alone the overseer leads): before, a 监管责任单位 column led beside the 主体责任单位 (both hold 责任单位)
  and the fields made no assignment;
- a 处室 takes every role word as a 科室 does (``承办处室``, ``落实处室``, ``会办处室``): before, a bureau's 承办处室
  column or field named no unit;
- a dash between a bracket and the time written after it parts them as a comma does (``…（A牵头）——2026年6月底前``):
  before, the dash was read as the deadline's first words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import exported_page, plan_measures, plan_unit_lines

FOLDER = Path(__file__).parent / "fixtures" / "round79" / "fresh79"


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


def test_people_and_phones_stay_out_of_an_export(tmp_path: Path) -> None:
    # the .eml's workbook names a 联系人 and a 联系电话 on every row: the HTML export leaves both out by default
    plan = next(FOLDER.glob("04-*.eml"))
    page = exported_page(plan, tmp_path / "plan.html", "--unit", "县农业农村局", "--depth", "2")
    assert "0879-8123456" not in page and "张晓峰" not in page


# ---- the bearer of a duty and its overseer ---------------------------------------------------------------------------

_PLAN = "某县2026年专项整治方案\n\n一、重点任务\n"


def _table(header: str, *rows: str) -> str:
    cells = header.count("|") - 1
    return f"# 某县整治清单\n\n{header}\n|{' --- |' * cells}\n" + "".join(row + "\n" for row in rows)


def test_the_bearer_of_a_duty_leads_and_its_overseer_supports() -> None:
    # before: the first field pair made no task (no label), the table's 监管责任单位 led beside the bearer
    text = _PLAN + (
        "1．排查燃气隐患。（主体责任单位：各燃气经营企业；监管责任单位：县城市管理局；完成时限：2026年6月底前）\n"
        "2．整治危旧厂房。（主体责任部门：县工业和信息化局；监管责任部门：县应急管理局）\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["各燃气经营企业"], ["县城市管理局"]),
        (5, ["县工业和信息化局"], ["县应急管理局"]),
    ]
    table = _table(
        "| 序号 | 整治任务 | 主体责任单位 | 监管责任单位 | 完成时限 |",
        "| 1 | 鉴定危房 | 县住房和城乡建设局 | 县市场监督管理局、县消防救援大队 | 2026年9月底前 |",
    )
    assert plan_unit_lines(table, "plan.md") == [(5, ["县住房和城乡建设局"], ["县市场监督管理局", "县消防救援大队"])]


def test_an_overseer_alone_leads() -> None:
    # as 监管部门 alone (round 56): the only unit named carries the task
    assert plan_unit_lines(_PLAN + "1．开展执法检查。（监管责任单位：县应急管理局）\n") == [(4, ["县应急管理局"], [])]


def test_a_duty_named_as_a_heading_is_no_label() -> None:
    # guard: a duties section's run-in headings (属地责任：, 行业监管责任：) over sentences, and a 要 sentence naming
    # the duties, are read as before: no task
    text = (
        "某县自建房安全专项整治方案\n\n三、职责分工\n（一）属地责任：各乡镇人民政府对辖区内自建房安全负属地管理责任。\n"
        "（二）行业监管责任：县住房和城乡建设局负责指导督促房屋安全排查。\n"
        "四、工作要求\n各乡镇要压实属地责任，行业监管部门要落实监管责任。\n"
    )
    assert plan_unit_lines(text) == []


# ---- a 处室 takes every role word --------------------------------------------------------------------------------


def test_a_bureaus_divisions_under_every_role_word() -> None:
    # before: 承办处室 and 落实处室 named no unit (no task), 会办处室's partner was lost
    text = _PLAN + (
        "1．编制部门预算。（承办处室：规划财务处；完成时限：2026年6月底前）\n"
        "2．修订内控制度。（主责处室：法规处；会办处室：办公室、人事处）\n"
        "3．开展作风建设。（落实处室：机关党委）\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["规划财务处"], []),
        (5, ["法规处"], ["办公室", "人事处"]),
        (6, ["机关党委"], []),
    ]
    table = _table(
        "| 序号 | 工作任务 | 承办处室 | 分管局领导 | 完成时限 |",
        "| 1 | 编制预算 | 规划财务处 | 李明华 | 2026年6月底前 |",
    )
    assert plan_unit_lines(table, "plan.md") == [(5, ["规划财务处"], [])]


def test_a_leaders_column_beside_the_divisions_names_no_unit() -> None:
    # guard: 分管局领导 stays a person's column
    table = _table(
        "| 序号 | 工作任务 | 分管局领导 | 牵头处室 | 配合处室 |", "| 1 | 编制预算 | 李明华 | 规划财务处 | 办公室 |"
    )
    assert plan_unit_lines(table, "plan.md") == [(5, ["规划财务处"], ["办公室"])]


# ---- a dash before the time ---------------------------------------------------------------------------------------


def test_a_dash_parts_the_bracket_from_its_time() -> None:
    # before: deadline_raw ——2026年6月底前 (the dash its first words)
    text = _PLAN + (
        "1．开展排查（县应急管理局牵头）——2026年6月底前\n"
        "2．开展培训。（牵头单位：县人社局）—长期坚持\n"
        "3．开展演练。（县应急管理局牵头）——2026年9月底前完成\n"
    )
    assert [(line, raw, date, status) for line, _, _, raw, date, status in plan_measures(text)] == [
        (4, "2026年6月底前", "2026-06", "scheduled"),
        (5, "长期坚持", None, "ongoing"),
        (6, "2026年9月底前完成", "2026-09", "scheduled"),
    ]


def test_a_dash_with_no_time_after_it_gives_none() -> None:
    # guard: a dash closing the line with nothing after it, and a dash before words that are no time, give no deadline
    text = _PLAN + "1．开展排查（县应急管理局牵头）——\n2．开展培训（县人社局牵头）——面向全体干部职工\n"
    assert [(line, raw) for line, _, _, raw, _, _ in plan_measures(text)] == [(4, None), (5, None)]

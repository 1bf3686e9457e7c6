"""Round 60 (fresh30): plans on sectors and levels the fixtures had little of (a 局's 分工 to its 股室 and 二级单位 with
named leaders, a 镇's 防汛 plan, a province's plan to its 设区市 and 厅局, a university, a hospital, a 国有企业集团, a 街道,
a 卫生健康委's .docx, a 镇's .xlsx 台账), read by hand before the parser ran (docs/round60_fresh30.md)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.vocab import search_first_listed
from tests.support.readings import county_plan_rows, task_rows


def _roles(text: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in task_rows(parse_document(text))]


# ---- the first-listed convention naming its kind with a level ------------------------------------------------------


def test_a_first_listed_statement_naming_the_level_of_its_kind_is_the_convention() -> None:
    assert (
        search_first_listed("排在第一位的省直部门为牵头单位，其他省直部门为配合单位").group()
        == "第一位的省直部门为牵头"
    )
    assert search_first_listed("列第一位的市级单位为牵头单位").group() == "第一位的市级单位为牵头"
    # guards: the statement as before, and a first unit's work (no 为牵头) is none
    assert search_first_listed("排在第一位的部门为牵头部门").group() == "第一位的部门为牵头"
    assert search_first_listed("排在第一位的省直部门牵头承办现场会") is None


_PROVINCE = (
    "某省2026年县域经济重点任务分工方案\n\n各设区市人民政府，省直各单位：\n\n{notice}\n\n一、重点任务\n\n"
    "1．培育产业集群。（责任单位：省工业和信息化厅、省发展改革委，各设区市人民政府；2026年12月底前）\n\n"
    "2．完善考核评价。（责任单位：省发展改革委、省统计局；2027年3月底前）\n\n某省人民政府办公厅\n\n2026年3月5日\n"
)


def test_a_province_plan_whose_first_listed_department_leads_reads_its_lists_so() -> None:
    notice = "各项任务中，排在第一位的省直部门为牵头单位，其他省直部门为配合单位。"
    assert _roles(_PROVINCE.format(notice=notice)) == [
        (["省工业和信息化厅"], ["省发展改革委", "各设区市人民政府"]),  # before: all three led
        (["省发展改革委"], ["省统计局"]),
    ]
    # guard: with no statement, every listed unit leads (SPEC)
    assert _roles(_PROVINCE.format(notice="请认真组织实施。"))[1] == (["省发展改革委", "省统计局"], [])


# ---- a paragraph stating the convention after sentences giving no unit a role is a note ----------------------------


def test_a_covering_paragraph_stating_the_convention_after_a_bodys_responsibility_is_no_task() -> None:
    notice = (
        "各设区市人民政府是本地区县域经济发展的责任主体，要结合实际制定具体落实措施。各项任务中，排在第一位的省直部门为"
        "牵头单位，其他省直部门为配合单位。各牵头单位要于2026年12月25日前报送工作进展情况。"
    )
    rows = task_rows(parse_document(_PROVINCE.format(notice=notice)))
    # before, a task of 各设区市人民政府 due 2026-12-25 opened the list
    assert [(leads, date) for _, leads, _, date in rows] == [
        (["省工业和信息化厅"], "2026-12"),
        (["省发展改革委"], "2027-03"),
    ]


def test_a_paragraph_giving_a_unit_a_role_before_the_statement_stays_a_task() -> None:
    rows = county_plan_rows(
        "（一）统筹推进改革。县发展改革局负责统筹协调全县改革任务。各项任务排在第一位的为牵头单位，其他为配合单位。"
    )
    assert [(leads, supports) for _, leads, supports, _ in rows] == [(["县发展改革局"], [])]


# ---- a university's and a hospital's leader over a task's fields ----------------------------------------------------


def test_a_school_leaders_line_over_a_tasks_fields_is_no_part_of_its_text() -> None:
    text = (
        "某某大学2026年重点任务清单\n\n一、学科建设\n\n**1. 优化学科专业布局**\n\n编制学科专业调整优化方案。\n\n"
        "{leader}：副校长 何某某\n牵头部门：教务处\n参与部门：研究生院\n完成时间：2026年7月\n"
    )
    for leader in ("责任校领导", "分管院领导"):
        rows = task_rows(parse_document(text.format(leader=leader), path="plan.md"))
        # before, the leader's line was the task's text (责任校领导：副校长何某某)
        assert [(t[:8], leads, supports, date) for t, leads, supports, date in rows] == [
            ("优化学科专业布局", ["教务处"], ["研究生院"], "2026-07")
        ]
    # guard: a leader's line the lists know (局领导, round 42) reads as before
    rows = task_rows(parse_document(text.format(leader="分管局领导"), path="plan.md"))
    assert [t[:8] for t, _, _, _ in rows] == ["优化学科专业布局"]


# ---- a group's 责任子公司 -------------------------------------------------------------------------------------------


_GROUP = (
    "某某集团2026年对标行动任务清单\n\n集团总部各部门，各子公司：\n\n{note}\n\n"
    "| 序号 | 重点任务 | 牵头部门 | 配合部门 | 责任子公司 | 完成时间 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 开展两金压降专项行动 | 财务管理部 | 审计部 | 某某建设集团有限公司、各子公司 | 2026年12月底前 |\n"
)


def test_a_groups_responsible_subsidiaries_beside_its_lead_department_support() -> None:
    rows = task_rows(parse_document(_GROUP.format(note="请认真落实。"), path="plan.md"))
    # before, the 责任子公司 column was no unit column: its subsidiaries were lost
    assert rows == [("开展两金压降专项行动", ["财务管理部"], ["审计部", "某某建设集团有限公司", "各子公司"], "2026-12")]


def test_a_note_naming_a_unit_label_as_its_subject_is_no_task() -> None:
    note = "任务清单中，牵头部门负责统筹推进；配合部门协同推进；责任子公司负责本企业任务的具体落实。"
    rows = task_rows(parse_document(_GROUP.format(note=note), path="plan.md"))
    assert [leads for _, leads, _, _ in rows] == [["财务管理部"]]  # before, a task led by 责任子公司 opened the list
    # guard: a company named as a sentence's subject leads
    rows = county_plan_rows("（一）推进供应链金融。某某供应链有限公司负责搭建供应链金融平台。")
    assert [leads for _, leads, _, _ in rows] == [["某某供应链有限公司"]]


# ---- an office label with 单位 in brackets -------------------------------------------------------------------------


def test_an_office_label_with_unit_in_brackets_is_a_label() -> None:
    rows = county_plan_rows(
        "（一）推进执法改革。规范执法程序。责任领导：局长宋某某；责任科室（单位）：政策法规科、区应急管理综合行政执法大队；"
        "完成时限：2026年11月底前。\n\n"
        "（二）加强物资储备。补充救灾物资。主责股室（单位）：救灾和物资保障股；协同股室（单位）：规划财务股；完成时限：2026年汛前。"
    )
    assert [(leads, supports, date) for _, leads, supports, date in rows] == [
        (["政策法规科", "区应急管理综合行政执法大队"], [], "2026-11"),  # before, the task was lost
        (["救灾和物资保障股"], ["规划财务股"], "2026-05"),
    ]


# ---- a goal's name and number opening its item ---------------------------------------------------------------------


def test_a_goals_name_and_number_before_its_words_is_no_part_of_its_text() -> None:
    text = (
        "某医院2026年患者安全目标实施方案\n\n三、重点目标及分工\n\n"
        "目标一　正确识别患者身份。严格执行查对制度。\n主责科室：护理部　　协同科室：医务部　　完成时限：2026年6月\n\n"
        "目标二：确保用药安全。完善目录。\n主责科室：药学部　　协同科室：输血科　　完成时限：2026年9月\n\n"
        "目标三　十分重视手术安全。落实核查。\n主责科室：医务部　　协同科室：麻醉科　　完成时限：2026年8月\n"
    )
    rows = task_rows(parse_document(text, path="plan.txt"))
    # before, 目标一正确识别… (the space gone) and 目标二：确保… opened the texts
    assert [t[:6] for t, _, _, _ in rows] == ["正确识别患者", "确保用药安全", "十分重视手术"]


def test_a_goal_named_in_a_sentence_keeps_its_words() -> None:
    # guards: 目标 with no number, or not opening its line, or with no space after its number, is the task's words
    rows = county_plan_rows(
        "（一）目标一致推进改革。（县发改局负责）\n\n（二）实现目标 提升服务质量。（县财政局负责）\n\n目标明确 推进项目建设。（县交通局负责）"
    )
    assert [t[:6] for t, _, _, _ in rows] == ["目标一致推进", "实现目标提升", "目标明确推进"]

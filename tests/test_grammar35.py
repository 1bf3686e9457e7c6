"""Round 35 of docs/loader.md: what earlier probes left alone and new helpers' plans showed (session 23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.aliases import AliasTable
from reformgraph.build import build_graph
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from reformgraph.loaders.tables import table_sections
from tests.support.readings import task_rows as _rows

_ROUND35 = Path(__file__).parent / "fixtures" / "round35"


def _units(doc) -> dict[str, list[str]]:
    graph = build_graph([doc], AliasTable.from_rows([]))
    return {data["name"]: sorted(data["aliases"]) for _, data in graph.nodes(data=True) if data.get("kind") == "Unit"}


def test_a_ditto_cell_holds_the_cell_above_it():
    rows = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推行工业用地“标准地”出让", "区自然资源局", "东湖高新区管委会", "2025年9月底前"],
        ["2", "盘活批而未供和闲置土地", "同上", "区财政局", "同上。"],
        ["3", "推行惠企政策“免申即享”", "区财政局", "同上", "2025年12月底前"],
    ]
    drafts = [d for s in table_sections(rows) for d in s.drafts]
    assert [([u.name for u in d.assignment.units], d.assignment.deadline) for d in drafts] == [
        (["区自然资源局", "东湖高新区管委会"], "2025年9月底前"),
        (["区自然资源局", "区财政局"], "2025年9月底前"),  # before: 同上 read as a unit's name
        (["区财政局", "区财政局"], "2025年12月底前"),
    ]


def test_a_remark_saying_a_column_is_as_above_fills_its_empty_cell():
    doc = read_document(_ROUND35 / "ditto_lead.xlsx")  # 备注: 牵头单位同上, the lead cell empty
    assert _rows(doc) == [
        ("推行工业用地“标准地”出让", ["区自然资源局"], ["东湖高新区管委会"], "2025-12"),
        ("盘活批而未供和闲置土地1500亩", ["区自然资源局"], ["区财政局"], "2025-11"),  # before: dropped, no lead
        (
            "推行惠企政策“免申即享”，兑现惠企资金不少于3000万元",
            ["区财政局"],
            ["区工业和信息化局", "区商务局"],
            "2025-12",
        ),
    ]
    assert not doc.warnings


def test_a_clipped_name_is_the_unit_of_the_body_it_clips_in_the_same_plan():
    text = (
        "江临市2025年城市更新行动工作方案\n一、重点任务\n"
        "1.加强农产品供应链建设。（牵头单位：市发展和改革委员会；配合单位：市商务局；完成时限：2025年12月底前）\n"
        "2.推进雨污分流改造。（牵头单位：市住建；配合单位：市发改、市财政、市农业；完成时限：2025年12月底前）\n"
        "3.改造提升商贸中心。（牵头单位：市住房和城乡建设局；配合单位：市财政局、县财政局；完成时限：2025年10月底前）\n"
    )
    units = _units(parse_document(text, path="plan.txt"))
    assert units["市发展改革委"] == ["市发展和改革委员会", "市发改"]
    assert units["市住房城乡建设局"] == ["市住建", "市住房和城乡建设局"]
    assert units["市财政局"] == ["市财政", "市财政局"]  # not 县财政局: another place
    assert units["市农业"] == ["市农业"]  # clips no body the plan names: kept as written, a department


def test_a_clipped_name_alone_is_a_department_kept_as_written():
    text = (
        "江临市2025年城市更新行动工作方案\n一、重点任务\n"
        "1.推进雨污分流改造。（牵头单位：市住建；配合单位：市城管、市水利；完成时限：2025年12月底前）\n"
    )
    graph = build_graph([parse_document(text, path="plan.txt")], AliasTable.from_rows([]))
    assert sorted(
        (data["name"], data["category"]) for _, data in graph.nodes(data=True) if data.get("kind") == "Unit"
    ) == [("市住建", "department"), ("市城管", "department"), ("市水利", "department")]  # before: other


def test_a_merged_offices_second_name_in_brackets_is_the_same_unit():
    text = (
        "江临省2025年知识产权强省建设工作要点\n一、重点任务\n"
        "1.加强知识产权保护。（牵头单位：省市场监管局（省知识产权局）；配合单位：省公安厅）\n"
        "2.推进商标品牌建设。（牵头单位：省市场监管局；配合单位：省交通运输厅（计划财务处））\n"
    )
    units = _units(parse_document(text, path="plan.txt"))
    assert units["省市场监管局"] == ["省市场监管局", "省市场监管局（省知识产权局）"]  # before: two units
    assert "省交通运输厅（计划财务处）" in units  # a division of a body is not the body


def test_a_village_and_a_community_are_places_governments():
    text = (
        "青山镇2025年人居环境整治工作方案\n一、重点任务\n"
        "1.开展村庄清洁行动。（牵头单位：镇农业综合服务中心；配合单位：青山村、河西社区、项目所在村民委员会）\n"
    )
    graph = build_graph([parse_document(text, path="plan.txt")], AliasTable.from_rows([]))
    assert {data["name"]: data["category"] for _, data in graph.nodes(data=True) if data.get("kind") == "Unit"} == {
        "镇农业综合服务中心": "department",
        "青山村": "district_government",  # before: other
        "河西社区": "district_government",
        "项目所在村民委员会": "collective",  # whichever village the project lies in
    }


def test_dates_in_the_built_in_formats_of_chinese_excel_are_dates():
    doc = read_document(_ROUND35 / "east_asian_date_ids.xlsx")  # styles 31, 57, 58 named by number alone
    assert [(m.deadline.raw, m.deadline.date) for w in doc.workplans for m in w.measures] == [
        ("2025年6月30日", "2025-06-30"),  # before: 45838, no date
        ("2025年10月", "2025-10"),  # yyyy"年"m"月": the month, as Excel shows it
        ("2025年5月31日", "2025-05-31"),
    ]


def test_a_competent_department_column_a_deadline_node_and_a_label_set_apart_by_a_space(tmp_path):
    sheet = tmp_path / "清单.csv"
    sheet.write_text(
        "江临市2025年重点任务清单,,,\n序号,任务名称,主管部门,责任分工,完成节点\n"
        "1,推进信用修复,市发展和改革委员会,配合 市财政局,2025年Q3\n"
        "2,推进集团化办学,,牵头 市教育局；配合 市财政局、市公安局,25年底\n",
        encoding="utf-8-sig",
    )
    assert _rows(read_document(sheet)) == [
        ("推进信用修复", ["市发展和改革委员会"], ["市财政局"], "2025-09"),  # before: no lead column, no deadline
        ("推进集团化办学", ["市教育局"], ["市财政局", "市公安局"], "2025-12"),  # before: a unit named 牵头
    ]


def _tasks(text: str):
    return _rows(parse_document(text, path="plan.txt"))


def test_units_after_a_dash_are_the_tasks_as_in_a_bracket():
    text = (
        "江临市2025年数字政府建设工作要点\n一、重点任务\n"
        "1.启动二期项目招标采购。——市城市运行管理中心牵头，市财政局、市数据局配合\n"
        "2.上线第一批重点事项——市政务服务中心\n"
        "3.完成电子证照归集。--市数据局、市公安局按职责分工负责\n"
        "4.选择2—3家单位开展试点。—市委组织部\n"
    )
    assert _tasks(text) == [
        (
            "启动二期项目招标采购。",
            ["市城市运行管理中心"],
            ["市财政局", "市数据局"],
            None,
        ),  # before: ——市城市运行管理中心
        ("上线第一批重点事项", ["市政务服务中心"], [], None),  # before: no task
        ("完成电子证照归集。", ["市数据局", "市公安局"], [], None),
        ("选择2—3家单位开展试点。", ["市委组织部"], [], None),  # 2—3 is a range, not a dash before units
    ]


def test_a_bracket_of_a_deadline_then_units_is_an_assignment_as_units_then_a_deadline():
    text = (
        "江临市2025年数字政府建设工作要点\n一、重点任务\n1.印发工作要点。（2月底前，市数据局）\n"
        "2.开展年度评估。（市数据局，12月中旬前）\n3.做好网络安全保障。（持续推进，市委网信办、市公安局）\n"
        "4.启动招标采购。（市城市运行管理中心牵头，市财政局配合）\n"
    )
    assert [(t[1], t[3]) for t in _tasks(text)] == [
        (["市数据局"], "2025-02"),  # before: dropped with no warning
        (["市数据局"], "2025-12"),
        (["市委网信办", "市公安局"], None),
        (["市城市运行管理中心"], None),
    ]


def test_a_joint_role_in_brackets_is_every_name_of_the_list_it_closes():
    text = (
        "江临市整改落实清单\n一、重点任务\n1.开展拖欠账款全面排查。\n"
        "责任单位：市工业和信息化局、市财政局（共同牵头），市国资委\n整改时限：2025年10月底前\n"
        "2.将清欠工作纳入绩效考核。\n责任单位：市工业和信息化局、市财政局（牵头），市国资委\n"
    )
    assert [t[1:3] for t in _tasks(text)] == [
        (["市工业和信息化局", "市财政局"], ["市国资委"]),  # before: 市工业和信息化局 a supporting unit
        (["市财政局"], ["市工业和信息化局", "市国资委"]),  # （牵头） alone marks its own name only
    ]


def test_a_year_that_names_the_tasks_object_is_no_deadline():
    text = (
        "江临市2025年数字政府建设工作要点\n一、重点任务\n1.谋划2026年重点项目，市发展改革委牵头，市财政局配合。\n"
        "2.编制2026年数字政府建设工作要点。——市数据局牵头，市直有关部门配合（12月底前）\n"
        "3.力争2026年底前完成改造，市住建局牵头。\n"
    )
    assert [(t[1], t[3]) for t in _tasks(text)] == [
        (["市发展改革委"], None),  # before: 2026-12, from 谋划2026年重点项目
        (["市数据局"], "2025-12"),  # the bracket after the dashed units, not 2026
        (["市住建局"], "2026-12"),
    ]


_MINUTES = (
    "青石县人民政府常务会议纪要\n青石县人民政府办公室　2025年5月22日\n"
    "一、关于城区供水管网改造工作。县住建局、县城管局分别负责老城区和新城区供水管网改造，12月底前完成改造。\n"
    "二、关于森林防火工作。会议同意拨付乡镇森林防火补助资金300万元，由县财政局按程序办理。\n"
    "三、关于《办法》。会议原则通过《办法》，请县城管局根据会议意见修改完善后，于6月底前按程序印发实施。\n"
    "四、关于督办工作。县政府督查室要对上述议定事项跟踪督办，6月底前通报一次落实情况。\n"
    "五、关于招商工作。县商务局要于本月底前梳理形成在谈项目清单。\n"
    "六、关于项目审批。由县卫健局负责，县发改局、县自然资源局按职责做好项目审批服务，力争10月底前开工建设。\n"
    "七、关于统计工作。请县统计局于6月5日前上报统计表。\n"
)


def test_the_wordings_of_meeting_minutes_that_give_work_to_units():
    assert [(t[1], t[2], t[3]) for t in _tasks(_MINUTES)] == [
        (["县住建局", "县城管局"], [], "2025-12"),  # 分别负责 without 要 (before: no task)
        (["县财政局"], [], None),  # 由A按程序办理
        (["县城管局"], [], "2025-06"),  # 请A根据…修改完善
        (["县政府督查室"], [], "2025-06"),  # A要对…督办
        (["县商务局"], [], "2025-05"),  # 本月底前: the month of the minutes' date
        (["县卫健局"], ["县发改局", "县自然资源局"], "2025-10"),  # 按职责做好…服务: partners
    ]  # 请A于…前上报统计表: a report asked for, no task


_MATRIX_ROWS = [
    ("清理规范涉企收费", ["市发展改革委", "市财政局"], ["市市场监管局"], "2025-12"),
    ("维护政府采购公平竞争", ["市财政局"], [], "2025-08"),
    ("推进信用修复", ["市发展改革委"], ["市市场监管局"], "2025-09"),
]


@pytest.mark.parametrize("name", ["matrix_dots.xlsx", "matrix_two_row_header.xlsx", "matrix_two_row_header.docx"])
def test_a_matrix_of_units_and_marks_is_a_task_table(name):
    doc = read_document(_ROUND35 / name)  # ● 牵头, ○ 配合 under a column per unit (before: no task table, or ● a unit)
    assert _rows(doc) == _MATRIX_ROWS


def test_a_matrixs_legend_gives_its_marks_roles_and_words_mark_too():
    rows = [
        ["说明：★为配合单位，☆为牵头单位。"],
        ["序号", "重点任务", "市发展改革委", "市财政局", "市市场监管局", "完成时限"],
        ["1", "清理规范涉企收费", "☆", "★", "", "2025年12月底前"],
        ["2", "推进信用修复", "牵头", "", "配合", "2025年9月底前"],
    ]
    drafts = [d for s in table_sections(rows) for d in s.drafts]
    assert [[(u.name, u.role) for u in d.assignment.units] for d in drafts] == [
        [("市发展改革委", "lead"), ("市财政局", "support")],
        [("市发展改革委", "lead"), ("市市场监管局", "support")],
    ]


def test_unit_names_as_a_header_with_words_under_them_is_no_matrix():
    rows = [["序号", "工作任务", "市发展改革委", "市财政局"], ["1", "清理规范涉企收费", "完成清理", "拨付资金"]]
    assert table_sections(rows) == []  # the cells say what each unit does, not its role


def test_a_word_table_split_in_two_without_its_header_again_goes_on():
    doc = read_document(_ROUND35 / "table_split_no_header.docx")  # rows 3 and 4 in a table of their own
    assert doc.title == "江临市推进县域商业体系建设实施方案"  # not glued to the 附件：重点任务分工表 line under it
    assert [(t[1], t[3]) for t in _rows(doc)] == [
        (["市发展改革委"], "2025-06-30"),
        (["市商务局"], "2025-09"),
        (["市邮政管理局"], "2025-12"),  # before: lost with no warning
        (["市商务局"], "2025-10-31"),
    ]


_RECTIFICATION_BLOCKS = (
    "江临市营商环境专项督查反馈问题整改落实清单\n\n问题1：工程建设项目审批时间长。\n整改目标：审批时间压减至80个工作日以内。\n"
    "整改措施：\n1.全面梳理审批事项。\n2.全面推行“多测合一”。\n责任领导：某某某\n责任单位：市住建局（牵头），市自然资源和规划局\n"
    "整改时限：2025年12月31日前\n\n问题2：涉企收费不规范。\n整改措施：1.开展收费专项清理；2.建立涉企收费目录清单。\n"
    "责任单位：市市场监管局（牵头），市民政局\n整改时限：2025年9月30日前\n\n问题3：政务服务覆盖面不够。\n整改措施：\n"
    "（1）完成平台深度对接。\n（2）梳理公布事项清单。\n责任单位：市政务服务中心（牵头），市数据局\n整改时限：2025年10月底前\n"
)


def test_each_block_of_a_rectification_list_gives_its_units_to_its_own_measures():
    assert _tasks(_RECTIFICATION_BLOCKS) == [
        ("全面梳理审批事项。", ["市住建局"], ["市自然资源和规划局"], "2025-12-31"),  # before: lost
        ("全面推行“多测合一”。", ["市住建局"], ["市自然资源和规划局"], "2025-12-31"),
        ("开展收费专项清理", ["市市场监管局"], ["市民政局"], "2025-09-30"),  # 整改措施：1.…；2.…: a task each
        ("建立涉企收费目录清单。", ["市市场监管局"], ["市民政局"], "2025-09-30"),
        ("完成平台深度对接。", ["市政务服务中心"], ["市数据局"], "2025-10"),  # before: block 1's units
        ("梳理公布事项清单。", ["市政务服务中心"], ["市数据局"], "2025-10"),
    ]


def test_a_line_of_fields_broken_after_a_lists_mark_goes_on_in_the_next_line():
    text = (
        "江临市东湖区2025年城市更新重点工作清单\n一、背街小巷整治\n"
        "1. 任务名称：打通断头路3条；牵头单位：区交通运输局；责任单位：区自然资源分局、\n"
        "区住建局、相关街道；完成时限：2025年12月底前\n"
        "2. 任务名称：整治背街小巷30条；牵头单位：区城管局；责任单位：区交通运输局；完成时限：2025年11月底\n"
    )
    assert _tasks(text) == [
        (
            "打通断头路3条",
            ["区交通运输局"],
            ["区自然资源分局", "区住建局", "相关街道"],
            "2025-12",
        ),  # before: one, no date
        ("整治背街小巷30条", ["区城管局"], ["区交通运输局"], "2025-11"),
    ]


def test_a_quarterly_plans_dashed_units_with_bracketed_names_and_a_closing_deadline():
    text = (
        "江临市2025年数字政府建设工作要点\n三、第三季度（7—9月）\n"
        "1.整治“脏乱差”数据。——市数据局牵头，各县（市、区）人民政府、市直各部门配合\n"
        "2.组织开展数字素养专题培训。—市委组织部、市数据局\n"
        "3.推进项目全流程管理。——市数据局负责，市财政局、市审计局配合，贯穿全年\n"
    )
    assert _tasks(text) == [
        ("整治“脏乱差”数据。", ["市数据局"], ["各县（市、区）人民政府", "市直各部门"], "2025-09"),  # the quarter's end
        ("组织开展数字素养专题培训。", ["市委组织部", "市数据局"], [], "2025-09"),  # before: no date (7—9月)
        ("推进项目全流程管理。", ["市数据局"], ["市财政局", "市审计局"], "2025-12"),  # before: ——市数据局
    ]


def test_a_recurring_clause_after_a_units_must_is_its_deadline():
    text = "青石县人民政府常务会议纪要\n一、关于督办工作。会议要求，县政府督查室要对上述议定事项跟踪督办，每月通报一次落实情况。\n"
    doc = parse_document(text, path="纪要.txt")
    assert [(m.deadline.raw, m.deadline.status) for w in doc.workplans for m in w.measures] == [
        ("每月", "ongoing")  # before: none (round 41: the time it recurs in, not the whole clause)
    ]


def test_a_year_end_every_year_is_recurring_work():
    from reformgraph.loaders.text_deadlines import text_deadline

    found = text_deadline("组织实施。各市州每年年底前将落实情况报送省政府", plan_year=2025)
    assert (found.raw, found.date, found.status) == ("每年年底前", None, "ongoing")  # before: 2025-12


def test_an_items_own_date_in_brackets_wins_over_its_blocks_deadline():
    text = (
        "江临市整改落实清单\n问题1：政务服务覆盖面不够。\n整改措施：\n（1）完成平台深度对接（2025年8月底前）。\n"
        "（2）梳理公布事项清单（含区县）。\n责任单位：市政务服务中心（牵头），市数据局\n整改时限：2025年12月底前\n"
    )
    assert [(t[0], t[3]) for t in _tasks(text)] == [
        ("完成平台深度对接", "2025-08"),  # before: 2025-12, the block's
        ("梳理公布事项清单（含区县）。", "2025-12"),  # a bracket that is no date
    ]


def test_a_first_block_under_the_title_with_no_problem_line_keeps_its_labels():
    text = (
        "江临市整改落实清单\n\n整改措施：\n1.全面梳理审批事项。\n2.全面推行“多测合一”。\n"
        "责任单位：市住建局（牵头），市自然资源和规划局\n整改时限：2025年12月31日前\n\n问题2：涉企收费不规范。\n"
        "整改措施：\n1.开展收费专项清理。\n责任单位：市市场监管局\n整改时限：2025年9月30日前\n"
    )
    assert [(t[0], t[1]) for t in _tasks(text)] == [
        ("全面梳理审批事项。", ["市住建局"]),  # before: left out (the title's line and 整改措施： one paragraph)
        ("全面推行“多测合一”。", ["市住建局"]),
        ("开展收费专项清理。", ["市市场监管局"]),
    ]

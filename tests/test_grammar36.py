"""Round 36 of docs/loader.md: what earlier probes left alone and new helpers' plans showed (session 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from tests.support.readings import task_rows as _rows

_ROUND36 = Path(__file__).parent / "fixtures" / "round36"


def test_a_field_line_broken_inside_a_unit_name_goes_on_in_the_next_line():
    text = (
        "江临市东湖区2025年城市更新重点工作清单\n\n一、背街小巷整治\n\n"
        "1. 任务名称：打通断头路3条；牵头单位：区交通运输局；责任单位：区自然资源分局、区住\n"
        "建局、相关街道；完成时限：2025年12月底前\n\n"
        "2. 任务名称：整治背街小巷30条；牵头单位：区城管局；责任单位：区交通运输局；完成时限：2025年11月底\n"
    )
    assert _rows(parse_document(text)) == [
        # before: S 区自然资源分局, 区住 (a name cut in two) and no deadline
        ("打通断头路3条", ["区交通运输局"], ["区自然资源分局", "区住建局", "相关街道"], "2025-12"),
        ("整治背街小巷30条", ["区城管局"], ["区交通运输局"], "2025-11"),
    ]


def test_month_range_headings_date_the_items_under_them():
    text = (
        "龙船镇2026年工作安排\n\n1—2月\n1.开展春季环境卫生集中整治。（责任单位：镇农业综合服务中心）\n\n"
        "3月\n2.启动厕所问题整改。（责任单位：镇社会事务办）\n\n"
        "4-5月\n3.组织开展美丽庭院评选。（责任单位：镇妇联）\n\n"
        "10～12月\n4.开展河塘沟渠清淤疏浚。（责任单位：镇水利站）\n"
    )
    # before: no date under 1—2月, and the later items kept 3月's
    assert [(m.deadline.raw, m.deadline.date) for m in parse_document(text).workplans[0].measures] == [
        ("1—2月", "2026-02"),
        ("3月", "2026-03"),
        ("4-5月", "2026-05"),
        ("10～12月", "2026-12"),
    ]


@pytest.mark.parametrize(
    ("written", "date"),
    [("4—5月", "2026-05"), ("2026年4—9月", "2026-09"), ("2026年4月—9月", "2026-09"), ("4至5月", "2026-05")],
)
def test_a_month_range_ends_with_its_last_month(written, date):
    assert parse_deadline(written, 2026).date == date  # before: 2026年4—9月 read as the year's end, 4—5月 no date


def test_the_day_a_meeting_adopted_a_plan_is_its_date():
    text = (
        "# 中共株洲市委2026年党的建设工作要点\n\n（2026年2月18日中共株洲市委常委会第45次会议审议通过）\n\n"
        "## 一、加强干部队伍建设\n\n1.完善年轻干部选育管用全链条机制，2026年6月底前出台实施办法。【牵头单位：市委组织部】\n"
    )
    doc = parse_document(text)
    assert (doc.date, doc.issuer) == ("2026-02-18", None)  # before: no date; the title is no issuer


def test_an_assignment_opening_its_item_leaves_the_words_after_it_as_the_task():
    text = (
        "# 中共株洲市委2026年党的建设工作要点\n\n## 一、加强干部队伍建设\n\n"
        "1.【牵头单位：市委组织部】完善年轻干部选育管用全链条机制，2026年6月底前出台实施办法。\n\n"
        "2.（牵头单位：市委宣传部；配合单位：市委网信办）落实意识形态工作责任制，2026年7月底前完成检查。\n\n"
        "3.落实人才政策，2026年9月底前完成评估。【牵头单位：市委人才办】\n"
    )
    assert _rows(parse_document(text)) == [  # before: the first two had no text and no deadline
        ("完善年轻干部选育管用全链条机制，2026年6月底前出台实施办法。", ["市委组织部"], [], "2026-06"),
        ("落实意识形态工作责任制，2026年7月底前完成检查。", ["市委宣传部"], ["市委网信办"], "2026-07"),
        ("落实人才政策，2026年9月底前完成评估。", ["市委人才办"], [], "2026-09"),
    ]


def test_a_column_of_stages_and_their_months_is_the_deadline_column():
    doc = read_document(_ROUND36 / "stage_column_merged.docx")  # header 实施阶段, cells merged down
    assert [(m.text, m.deadline.date) for w in doc.workplans for m in w.measures] == [
        ("全面开展城市体检，建立项目库", "2026-06"),  # before: no deadline in any row
        ("编制城市更新专项规划", "2026-06"),
        ("实施老旧小区改造", "2026-12"),
    ]


def test_a_table_drawn_in_box_characters_is_read_as_a_grid_table():
    doc = read_document(_ROUND36 / "box_drawn_table.txt")  # ┌─┬─┐ │ ├─┼─┤, cells wrapped over lines
    assert _rows(doc) == [  # before: no task at all
        ("培育专精特新中小企业和单项冠军企业", ["市工信局"], ["市科技局", "市市场监管局"], "2026-12-31"),
        ("实施重大技改项目攻坚", ["市发改委"], ["市工信局"], None),
    ]
    assert [m.deadline.status for w in doc.workplans for m in w.measures] == ["scheduled", "ongoing"]


def test_a_numbered_row_of_a_grid_without_row_rules_starts_a_row():
    doc = read_document(_ROUND36 / "box_drawn_no_row_rules.txt")  # rules under the header and at the bottom only
    assert [(m.text, [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures] == [
        ("培育专精特新中小企业和单项冠军企业", ["市工信局"]),  # before: the rows were one task of two leads
        ("实施重大技改项目攻坚", ["市发改委"]),
    ]


def test_a_numbered_item_opening_with_units_and_a_colon_is_their_task_under_any_heading():
    text = (
        "龙船镇2026年工作安排\n\n3月\n1.镇党政办：研究制定全年工作方案，召开全镇动员部署会。\n"
        "2.启动厕所问题整改。（责任单位：镇社会事务办）\n\n4月\n"
        "3.镇规划建设办、镇财政所：负责完成农村危旧房摸底排查，建立拆除台账。\n"
        "4.工作目标：完成危房鉴定。\n"
    )
    doc = parse_document(text)
    assert [([u.raw for u in m.leads], m.deadline.date) for m in doc.workplans[0].measures] == [
        (["镇党政办"], "2026-03"),  # before: left out, "numbered item names no unit"
        (["镇社会事务办"], "2026-03"),
        (["镇规划建设办", "镇财政所"], "2026-04"),
    ]


def test_a_sheet_of_instructions_before_the_task_sheet_does_not_title_the_workbook():
    doc = read_document(_ROUND36 / "notes_sheet_first.xlsx")  # sheet 1: 填表说明, sheet 2: the tasks
    assert doc.title == "某市2026年优化营商环境重点任务责任清单"  # before: 填表说明


def test_an_articles_number_is_no_part_of_its_task():
    text = (
        "湖南省促进民营经济高质量发展若干措施\n\n一、优化发展环境\n"
        "第一条 开展涉企违规收费专项整治。（牵头单位：省市场监管局；责任单位：省民政厅）\n"
        "第十二条 健全常态化监管机制，2026年9月底前出台实施细则。（责任单位：省司法厅）\n"
    )
    assert [m.text for m in parse_document(text).workplans[0].measures] == [
        "开展涉企违规收费专项整治。",  # before: 第一条开展…
        "健全常态化监管机制，2026年9月底前出台实施细则。",
    ]


def test_spring_festival_in_a_plan_dated_before_it_is_that_years():
    text = (
        "龙船镇2026年工作安排\n\n2026年1月20日\n\n一、重点工作\n"
        "1.开展春节前环境卫生集中整治。（责任单位：镇农业综合服务中心，完成时限：春节前）\n"
        "2.走访慰问困难群众。（责任单位：镇社会事务办，完成时限：2027年春节前）\n"
    )
    # before: 2027-02 (a plan of a year is issued after its own festival, read as the next year's)
    assert [m.deadline.date for m in parse_document(text).workplans[0].measures] == ["2026-02", "2027-02"]
    assert parse_deadline("春节前", 2026).date == "2027-02"  # with no date, as before


@pytest.mark.parametrize("verb", ["负责落实", "负责组织实施", "负责推进"])
def test_units_closing_a_sentence_with_a_duty_verb_after_a_comma_are_responsible(verb):
    text = (
        f"# 某市促进消费实施方案\n\n## 二、重点任务\n\n（七）完善县域商业体系。新建乡镇商贸中心10个，市商务局{verb}。\n"
    )
    # before: no task (only 。市商务局负责落实 and ，市商务局负责。 were read)
    assert [[u.raw for u in m.leads] for m in parse_document(text).workplans[0].measures] == [["市商务局"]]


def test_a_progress_field_ends_the_deadline_and_says_when_a_task_is_done():
    text = (
        "关于全市营商环境重点任务推进情况的通报\n\n"
        "1.建成市级企业服务中心。（牵头单位：市工商联；完成时限：2025年6月底；进展情况：滞后，选址尚未确定）\n\n"
        "2.推行企业开办全程网上办理。（牵头单位：市市场监管局；完成时限：2025年6月底；进展情况：已完成）\n\n"
        "3.任务：推行工程建设项目“用地清单制”改革。\n牵头单位：市自然资源和规划局\n进展情况：已完成。\n"
    )
    deadlines = [m.deadline for w in parse_document(text).workplans for m in w.measures]
    assert [(d.raw, d.date, d.status) for d in deadlines] == [
        ("2025年6月底", "2025-06", "scheduled"),  # before: 2025年6月底；进展情况：滞后，选址尚未确定
        ("2025年6月底；已完成", "2025-06", "done"),
        ("已完成", None, "done"),  # before: no deadline
    ]


def test_a_deadline_moved_later_is_the_tasks_deadline():
    text = (
        "关于全市营商环境重点任务推进情况的通报\n\n"
        "1.实现水电气网联合报装。（牵头单位：市住房城乡建设局；原定完成时限：2025年6月底，已申请延期至2025年9月底）\n\n"
        "2.建成市级企业服务中心。\n牵头单位：市工商联\n原完成时限：2025年6月底\n调整后完成时限：2025年9月底\n"
    )
    # before: no deadline for either
    assert [m.deadline.date for w in parse_document(text).workplans for m in w.measures] == ["2025-09", "2025-09"]


def test_a_second_table_under_the_first_with_a_header_of_its_own_is_read_by_that_header():
    doc = read_document(_ROUND36 / "stacked_tables.xlsx")  # 一、… header, rows; 二、长期性工作, another header, rows
    rows = [(w.title, m.text[:8], [u.raw for u in m.leads]) for w in doc.workplans for m in w.measures]
    assert [r[2] for r in rows] == [["市工业和信息化局"], ["市工业和信息化局"], ["市委网信办"], ["市大数据局"]]
    assert "工作内容" not in [r[1] for r in rows]  # before: the second header was a task led by 责任单位
    assert rows[-1][0] == "长期性工作"


def test_a_pdf_cell_wrapped_before_renmin_zhengfu_keeps_one_name():
    doc = read_document(_ROUND36 / "pdf_wrap_before_renmin_zhengfu.pdf")  # 相关城区 / 人民政府 in a 配合单位 cell
    supports = [u.raw for u in doc.workplans[0].measures[0].supports]
    assert supports == ["市自然资源局", "市财政局", "相关城区人民政府"]  # before: 相关城区, 人民政府


def test_a_title_saying_how_its_table_is_ordered_names_no_unit():
    doc = read_document(_ROUND36 / "title_ordered_by_unit.docx")  # …责任分解表（按责任单位）
    assert [[u.raw for u in m.leads] for w in doc.workplans for m in w.measures] == [["市政务服务管理局"]]


def test_a_spaced_text_table_whose_header_names_wrap_onto_a_second_line():
    doc = read_document(_ROUND36 / "spaced_header_wrapped.txt")  # 牵头 / 单位, 配合 / 单位 under a one-line header
    assert doc.workplans[0].title == "某市2025年数字政府建设重点任务清单"  # the line above the header's first line
    assert _rows(doc) == [  # before: no table, no task
        ("建成市一体化政务大数据平台", ["市数据局"], ["市财政局", "市公安局"], "2025-06"),
        ("建设城市运行管理服务平台", ["市城管局"], ["市数据局", "市住建局"], "2025-10"),
    ]
    wrapped_deadline = (
        "某市2025年数字政府建设重点任务清单\n\n"
        "序号  重点任务                      牵头单位    配合单位              完成\n"
        "                                                                      时限\n"
        "1     建成市一体化政务大数据平台    市数据局    市财政局、市公安局    2025年6月底\n"
        "2     建设城市运行管理服务平台      市城管局    市数据局、市住建局    2025年10月底\n"
    )
    assert [m.deadline.date for w in parse_document(wrapped_deadline).workplans for m in w.measures] == [
        "2025-06",
        "2025-10",
    ]


def test_the_years_target_before_trailing_units_is_no_deadline():
    text = "# 某市促进消费实施方案\n\n## 二、重点任务\n\n（一）开展汽车促消费活动。全年举办车展活动不少于4场，由市商务局牵头，市公安局配合。\n"
    deadline = parse_document(text).workplans[0].measures[0].deadline
    assert (deadline.raw, deadline.status) == (None, None)  # before: 全年举办车展活动不少于4场, scheduled


def test_an_amount_of_2000_is_no_year():
    text = (
        "# 某市促进消费实施方案\n\n## 二、重点任务\n\n"
        "（五）促进文旅消费。推出文旅消费券2000万元，2025年12月底前发放完毕，由市文化旅游局牵头，市财政局配合。\n"
    )
    deadline = parse_document(text).workplans[0].measures[0].deadline
    assert (deadline.raw, deadline.date) == ("2025年12月底前发放完毕", "2025-12")  # before: 推出文旅消费券2000万元，…
    assert parse_deadline("新增贷款2000亿元").status is None  # before: the year 2000


def test_a_groups_closing_assignment_covers_its_items_but_those_with_their_own():
    text = (
        "某县2025年“产业强县工程”实施方案\n\n（一）产业强县工程\n\n1.推进工业集中区扩区调区。\n\n"
        "2.开展“园区贷”融资服务。（牵头单位：县财政局）\n\n3.新增规模以上工业企业25家。\n\n"
        "（牵头单位：县工信局；责任单位：各乡镇）\n"
    )
    assert _rows(parse_document(text)) == [
        ("推进工业集中区扩区调区。", ["县工信局"], ["各乡镇"], None),  # before: left out, "names no unit"
        ("开展“园区贷”融资服务。", ["县财政局"], [], None),
        ("新增规模以上工业企业25家。", ["县工信局"], ["各乡镇"], None),
    ]


def test_a_tab_separated_table_whose_unit_cells_hold_role_labels():
    doc = read_document(
        _ROUND36 / "unicode_text_labelled_cells.txt"
    )  # Excel "Unicode text": UTF-16, "牵头：A\n配合：B"
    assert [
        (m.text[:6], [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures
    ] == [
        ("深入推进农业", ["市公安局"], ["市教育局"]),  # before: no task at all
        ("推动城镇基本", ["市教育局"], ["市财政局"]),
        ("实施城市更新", ["市住房保障和房产管理局"], ["市财政局"]),
    ]
    assert "序号" not in doc.title  # before: the header row, its cells glued, was the title
    text = "XX市2024年重点工作任务分工\n序号\t重点工作\t牵头单位\t配合单位\t完成时限\n1\t推进监管\t市市场监管局\t市发展改革委\t2024年9月底前\n"
    assert parse_document(text).title == "XX市2024年重点工作任务分工"
    merged = "XX市2024年重点工作任务分工\t\t\t\t\n编制单位：市发展改革委\t\t2024年1月15日\n" + text.split("\n", 1)[1]
    doc = parse_document(merged)  # the title merged across its row: one cell, then tabs; a form line under it
    assert (doc.title, doc.workplans[0].title) == ("XX市2024年重点工作任务分工", "XX市2024年重点工作任务分工")


def test_a_column_of_moved_deadlines_wins_over_the_first_deadline_column():
    doc = read_document(_ROUND36 / "adjusted_deadline_column.xlsx")  # 完成时限 | 调整后完成时限, both shown
    assert [m.deadline.date for w in doc.workplans for m in w.measures] == ["2026-06", "2026-09"]  # before: the first


def test_a_table_by_unit_is_a_task_per_item_its_partners_from_the_support_cells():
    doc = read_document(_ROUND36 / "table_by_unit.docx")  # 序号 | 责任单位 | 牵头任务 | 配合任务, items 1.…；2.…
    got = [
        (m.text[:6], [u.raw for u in m.leads], sorted(u.raw for u in m.supports), m.deadline.raw)
        for w in doc.workplans
        for m in w.measures
    ]
    assert len(got) == 10  # before: 5, a task per unit with its items run together and no partner
    assert got[0] == ("推进政务服务", ["市政务服务管理局"], ["市司法局", "市数据局"], "2026年6月底前")
    assert got[1] == ("深化“高效办", ["市政务服务管理局"], ["市人力资源社会保障局", "市市场监管局"], "2026年12月底前")
    assert ("开展行政规范", ["市司法局"], [], "2026年11月底前") in got  # no 配合 cell names it
    assert got[-1][3] == "长期坚持"


def test_a_schedules_stage_naming_its_unit_with_no_role_word_is_its_task():
    text = (
        "株洲市2026年城市内涝治理攻坚行动实施方案\n\n一、重点任务\n（一）易涝点整治。由市住房城乡建设局负责，2026年5月底前完成主体工程。\n\n"
        "二、进度安排\n（一）动员部署阶段（2026年3月）。各区政府制定本辖区实施计划，明确项目清单和责任人。\n"
        "（二）集中攻坚阶段（2026年4—9月）。各责任单位全力推进项目建设，市住房城乡建设局每月通报进展情况。\n"
        "（三）总结验收阶段（2026年10月）。全面总结工作成效。\n"
    )
    rows = [([u.raw for u in m.leads], m.deadline.date) for w in parse_document(text).workplans for m in w.measures]
    assert rows == [  # before: the stages gave no task and no warning
        (["市住房城乡建设局"], "2026-05"),
        (["各区政府"], "2026-03"),
        (["市住房城乡建设局"], "2026-09"),
    ]  # a stage naming no unit (全面总结…) is none

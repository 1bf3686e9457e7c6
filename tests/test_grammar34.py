"""Round 34 of docs/loader.md: what earlier probes left alone and a new helper's plans showed (session 22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from tests.test_grammar29 import _tasks  # (line, text, leads, supports, deadline date) of every task of a text


def _contacts(text: str):
    doc = parse_document(text, path="plan.txt")
    return [(c.name, c.role, c.line, c.measure) for w in doc.workplans for c in w.contacts]


def test_the_posts_of_the_river_chief_system_are_collective_units():
    text = (
        "江临镇2025年防汛工作方案\n一、主要任务\n1.开展河湖“清四乱”整治。（镇河长办牵头，各村（社区）河长落实；每季度开展一次）\n"
        "2.开展林区巡护。（镇林业站牵头，各村林长配合；2025年6月底前）\n3.延长巡查时间。（镇水利站牵头；2025年6月底前）\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["镇河长办"], ["各村（社区）河长"]),
        (["镇林业站"], ["各村林长"]),
        (["镇水利站"], []),
    ]


_LEADERS_UNDER_ITEMS = (
    "桃江县2025年优化营商环境攻坚行动方案\n二、攻坚任务\n（一）政务服务提质行动\n"
    "1.深化改革。（县政务服务中心牵头，2025年6月底前完成）\n牵头领导：王某某（副县长）\n"
    "2.建设平台。（县数据局负责）\n责任人：赵某某\n联系人：钱某某\n"
    "（二）要素保障攻坚行动\n分管领导：李某某（常务副县长）\n3.推行“标准地”出让。（县自然资源局牵头）\n"
    "4.优化审批。（县住建局负责）\n\n联系人：孙某某；联系电话：12345678\n"
)


def test_a_person_line_under_an_item_is_the_items_and_wins_over_its_groups():
    assert _contacts(_LEADERS_UNDER_ITEMS) == [
        ("王某某", "牵头领导", 5, 1),
        ("赵某某", "责任人", 7, 2),  # not 联系人 under it: a contact point, not a person answerable for the task
        ("李某某", "分管领导", 10, 3),  # the group's: item 3 has none of its own
        ("李某某", "分管领导", 10, 4),  # the closing 联系人 line is the plan's
    ]


_ROUND34 = Path(__file__).parent / "fixtures" / "round34"
_PANDOC_ROWS = [
    (["市数据局"], ["市农业农村局"], "2025-08"),
    (["市邮政管理局"], ["市商务局", "市交通运输局"], "2025-12"),  # a hard break (\) or a wrap inside 市交/通运输局
]


@pytest.mark.parametrize("name", ["pandoc_grid_table.md", "pandoc_multiline_table.md", "pandoc_simple_table.md"])
def test_pandocs_own_tables_are_task_tables(name):
    doc = read_document(_ROUND34 / name)
    assert [w.title for w in doc.workplans] == ["江临市2025年数字乡村建设重点项目清单"]  # the title above the rules
    rows = [([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date) for m in doc.workplans[0].measures]
    assert rows == _PANDOC_ROWS


def test_a_pandoc_plan_reads_its_text_and_its_grid_table_and_drops_footnote_marks():
    doc = read_document(_ROUND34 / "pandoc_plan.md")
    measures = [m for w in doc.workplans for m in w.measures]
    assert len(measures) == 11
    assert measures[2].text == "建设智慧农业应用基地。培育智慧农场（牧场、渔场）20个，推广农业物联网应用。"  # no [^2]
    assert [u.raw for u in measures[6].supports] == ["市农业农村局", "市财政局"]  # two paragraphs of one cell
    assert [u.raw for u in measures[8].supports] == ["市公安局", "各县（市、区）人民政府"]  # wrapped over three lines
    assert [u.raw for u in measures[10].leads] == ["市委网信办", "市农业农村局"]


def test_responsibility_division_is_a_label_of_units_with_role_verbs():
    lines = (
        "青石区2025年城乡环境整治实施方案\n三、主要任务\n1.提升主次干道保洁质量。\n"
        "责任分工：区城市管理局牵头，区交通运输局、区住房和城乡建设局配合，各街道办事处参与。\n完成时限：2025年6月底前\n"
        "2.推进农村厕所革命。（任务分工：区农业农村局牵头，区卫生健康局配合；完成时限：2025年12月底前）\n"
    )
    assert [t[1:] for t in _tasks(lines)] == [
        ("提升主次干道保洁质量。", ["区城市管理局"], ["区交通运输局", "区住房和城乡建设局", "各街道办事处"], "2025-06"),
        ("推进农村厕所革命。", ["区农业农村局"], ["区卫生健康局"], "2025-12"),
    ]


def test_a_role_phrase_alone_after_a_comma_gives_its_role_to_the_units_before_it():
    text = (
        "青石区2025年城乡环境整治实施方案\n三、主要任务\n"
        "1.规范拆迁工地管理。（区住房和城乡建设局、区自然资源和规划局，按职责分工负责，2025年9月底前）\n"
        "2.整治占道经营。（区城市管理局、区市场监督管理局，各司其职，2025年10月底前）\n"
        "3.整治违法建设。（责任单位：区城市管理局、区住房和城乡建设局，按职责分工负责）\n"
    )
    assert [t[2:] for t in _tasks(text)] == [
        (["区住房和城乡建设局", "区自然资源和规划局"], [], "2025-09"),
        (["区城市管理局", "区市场监督管理局"], [], "2025-10"),
        (["区城市管理局", "区住房和城乡建设局"], [], None),  # before: a unit named 按职责分工负责
    ]


def test_a_time_heading_is_the_deadline_of_the_items_under_it():
    text = (
        "东湖街道2025年平安建设工作计划\n三、工作安排\n1月—2月：\n1.开展矛盾纠纷大排查。（责任：综治办、司法所）\n"
        "（1）建立台账。\n2.开展节前安全检查。（责任：应急办）\n3月：\n3.召开平安建设工作会议。（责任：综治办）\n"
        "4.开展宣传月活动。（责任：宣传办；时间：3月底前）\n四、重点安排\n（一）第二季度\n5.开展反诈宣传。（责任：东湖派出所牵头，各社区配合）\n"
        "（二）6月底前\n6.开展安全生产月活动。（责任：应急办）\n（三）加强督查\n7.开展督查。（责任：综治办）\n"
    )
    assert [t[4] for t in _tasks(text)] == [
        "2025-02",
        "2025-02",  # under the same heading, past its sibling's sub-item
        "2025-03",
        "2025-03",  # its own
        "2025-06",  # （一）第二季度: a numbered time heading
        "2025-06",
        None,  # （三）加强督查 names no time
    ]


def test_a_monthly_plan_from_word_reads_its_month_headings_and_the_notice_title_past_two_issuers():
    doc = read_document(_ROUND34 / "monthly_plan.docx")
    assert doc.title == "关于印发《东湖街道2025年平安建设工作计划》的通知"  # not the two issuers' names joined
    dates = [m.deadline.date for m in doc.workplans[0].measures]
    assert dates == ["2025-02", "2025-02", "2025-03", "2025-03", "2025-05", "2025-05", "2025-06", "2025-06"] + [
        "2025-09",
        "2025-09",
        "2025-10",
        "2025-12",
        "2025-12",
        None,  # 常态化开展: ongoing, no date
    ]


def test_a_sheet_printed_with_its_red_head_is_titled_by_its_title_row():
    doc = read_document(_ROUND34 / "issuer_row_sheet.xlsx")
    assert doc.title == "江临市2025年度重点工作任务分解表"
    assert [w.title for w in doc.workplans] == ["江临市2025年度重点工作任务分解表"]
    assert {m.deadline.date for w in doc.workplans for m in w.measures} == {"2025-12"}  # 12月底前, 全年, 四季度末


def test_a_list_mark_inside_quotes_is_part_of_the_name():
    text = (
        "东湖县2025年优化营商环境实施方案\n三、主要任务\n"
        "1.推行联合监管。（牵头单位：县市场监督管理局；配合单位：县“双随机、一公开”监管工作联席会议成员单位、县数据局）\n"
        "2.深化改革。（县“放管服、优环境”专班（县政务服务中心）牵头，县数据局配合）\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["县市场监督管理局"], ["县“双随机、一公开”监管工作联席会议成员单位", "县数据局"]),
        (["县“放管服、优环境”专班（县政务服务中心）"], ["县数据局"]),
    ]


def test_the_topic_before_by_and_the_adverb_after_the_partners_are_no_part_of_a_unit():
    text = (
        "江临市充电基础设施建设三年行动方案（2025—2027年）\n四、保障措施\n"
        "（一）加大政策支持。具体办法由市财政局会同市发展改革委另行制定。\n"
        "（二）强化用地保障。充电设施用地供应办法由市自然资源和规划局会同市住房和城乡建设局研究制定。\n"
        "（三）加强安全管理。安全管理细则由市应急管理局会同市消防救援支队、市市场监督管理局抓紧印发。\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["市财政局"], ["市发展改革委"]),
        (["市自然资源和规划局"], ["市住房和城乡建设局"]),
        (["市应急管理局"], ["市消防救援支队", "市市场监督管理局"]),
    ]


def test_people_on_lines_of_their_own_in_a_cell_are_each_a_contact():
    doc = read_document(_ROUND34 / "people_on_lines.xlsx")
    assert [(c.name, c.role, c.measure) for w in doc.workplans for c in w.contacts] == [
        ("李某某", "牵头市领导", 1),
        ("赵某某", "牵头市领导", 1),
        ("黄某某", "牵头市领导", 2),
        ("何某某", "牵头市领导", 2),
    ]


def test_a_post_copied_from_a_public_account_reads_its_headline_bullets_and_group_headings():
    text = (
        "重磅！《东湖县2025年优化营商环境行动实施方案》印发\n原创 东湖发布 东湖发布 2025年03月12日 18:30 湖南\n\n"
        "东湖县2025年优化营商环境行动实施方案\n\n03\n主要任务\n\n◆ 提升政务服务效能\n\n"
        "▲ 推进“高效办成一件事”。新推出集成服务13项。（牵头单位：县政务服务中心  配合单位：县公安局  完成时限：6月底前）\n\n"
        "▲ 深化“跨省通办”。新增通办事项30项以上。（牵头单位：县政务服务中心  完成时限：9月底前）\n\n◆ 优化市场环境\n\n"
        "▲ 规范招标投标行为。全面推行全流程电子化。（牵头单位：县发展和改革局  完成时限：8月底前）\n"
    )
    doc = parse_document(text, path="post.txt")
    assert doc.title == "东湖县2025年优化营商环境行动实施方案"  # the plan the headline names, no byline
    assert [(m.text, m.deadline.date) for w in doc.workplans for m in w.measures] == [
        ("推进“高效办成一件事”。新推出集成服务13项。", "2025-06"),  # from its bullet, not from the headline
        ("深化“跨省通办”。新增通办事项30项以上。", "2025-09"),
        ("规范招标投标行为。全面推行全流程电子化。", "2025-08"),  # its group's heading ◆ is not its title
    ]


def test_a_long_post_reads_every_task_from_its_bullet():
    doc = read_document(_ROUND34 / "wechat_post.txt")
    measures = [m for w in doc.workplans for m in w.measures]
    assert doc.title == "东湖县2025年优化营商环境“提质增效年”行动实施方案"
    assert len(measures) == 14
    assert not [m.text for m in measures if m.text[0] in "▲◆★•" or "原创" in m.text]


def test_a_notice_titled_after_its_issuers_line_and_its_number():
    text = (
        "湖南省生态环境厅办公室\n湘环办函〔2025〕12号\n湖南省生态环境厅办公室关于印发《湖南省生态环境厅2025年法治政府建设工作要点》的通知\n"
        "一、健全依法行政制度体系\n1.修订条例。（牵头处室：政策法规处；完成时限：2025年9月底前）\n"
    )
    doc = parse_document(text, path="plan.txt")
    assert doc.title == "湖南省生态环境厅办公室关于印发《湖南省生态环境厅2025年法治政府建设工作要点》的通知"


def test_a_department_leaders_label_in_a_bracket_whose_fields_only_spaces_set_apart():
    text = (
        "湖南省生态环境厅2025年法治政府建设工作要点\n一、健全依法行政制度体系\n"
        "1.修订条例。（牵头处室：大气生态环境处　配合处室：政策法规处、生态环境执法局　分管厅领导：张某某　完成时限：2025年9月底前）\n"
    )
    assert [t[2:] for t in _tasks(text)] == [(["大气生态环境处"], ["政策法规处", "生态环境执法局"], "2025-09")]
    assert _contacts(text) == [("张某某", "分管厅领导", 3, 1)]


def test_minutes_read_units_as_subjects_of_what_they_must_do_and_by_units_with_an_object():
    text = (
        "江临市2025年第5次常务会议纪要\n一、关于城区内涝治理工作有关问题\n"
        "（一）市财政局要统筹安排城区内涝治理资金1.2亿元，于2025年5月底前下达到位。\n"
        "（二）由市财政局负责统筹安排城区内涝治理资金，2025年5月底前下达到位。\n"
        "（三）市发展和改革委员会、市政务服务和数据管理局要梳理形成涉企审批事项清单，于2025年6月30日前报市政府审定；市司法局负责对清单进行合法性审核。\n"
        "（四）请市国资委会同市财政局、市人力资源和社会保障局修改完善方案，2025年6月底前报市委审定。\n"
        "二、其他事项\n（一）本纪要由市政府办公室负责解释。\n"
    )
    assert [t[2:] for t in _tasks(text)] == [
        (["市财政局"], [], "2025-05"),  # its number is no part of its subject (before, no task)
        (["市财政局"], [], "2025-05"),  # 由A负责 + an object (before, no task)
        (["市发展和改革委员会", "市政务服务和数据管理局", "市司法局"], [], "2025-06-30"),  # before: 市司法局 alone
        (["市国资委"], ["市财政局", "市人力资源和社会保障局"], "2025-06"),  # not 请市国资委
    ]  # and 本纪要由…负责解释 is no task


def test_a_date_beside_its_issuer_or_in_chinese_numerals_is_the_plans_date():
    minutes = (
        "江临市人民政府常务会议纪要\n〔2025〕5号\n江临市人民政府办公室　　　　　　2025年4月18日\n"
        "一、关于城区内涝治理工作有关问题\n1.城区易涝点整治。（责任单位：市住房和城乡建设局；完成时限：5月底前）\n"
    )
    signed = (
        "江临市县域商业体系建设工作方案\n一、重点任务\n1.完善物流配送体系。（牵头单位：市商务局；完成时限：10月底前）\n"
        "江临市人民政府办公室\n二O二五年三月十日\n"
    )
    for text, date in ((minutes, "2025-04-18"), (signed, "2025-03-10")):
        doc = parse_document(text, path="plan.txt")
        assert doc.date == date
        assert doc.workplans[0].measures[0].deadline.date == date[:4] + ("-05" if date.endswith("18") else "-10")


def test_a_letter_o_read_for_a_zero_is_a_zero():
    text = (
        "江临市2O25年县域商业体系建设工作方案\n一、重点任务\n"
        "1.完善物流配送体系。（牵头单位：市商务局；完成时限：2O25年11月3O日前）\n2.推广O2O模式。（牵头单位：市商务局；完成时限：10月底前）\n"
    )
    assert [t[4] for t in _tasks(text)] == ["2025-11-30", "2025-10"]  # the title's year is the plan's too


def test_the_units_that_carry_a_task_out_beside_its_lead_support_it():
    text = (
        "江临市2025年城区排水防涝工作方案\n一、主要任务\n"
        "1.完成排水管网清淤。由市城市管理局牵头，青石区、东湖区人民政府具体实施，2025年6月15日前完成。\n"
        "2.制定年度工作要点。市应急管理局牵头，市安委会各成员单位按职责分工抓好落实，2025年5月10日前印发。\n"
        "3.新建社区老年食堂100个。（市民政局牵头，市财政局配合，各县市区人民政府抓好落实；2025年10月底前）\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["市城市管理局"], ["青石区人民政府", "东湖区人民政府"]),  # the body the last names is each place's
        (["市应急管理局"], ["市安委会各成员单位"]),
        (["市民政局"], ["市财政局", "各县市区人民政府"]),
    ]


def test_a_total_row_is_no_task():
    doc = read_document(_ROUND34 / "total_row.docx")
    assert [m.text for w in doc.workplans for m in w.measures] == ["老年助餐服务", "两癌免费筛查"]  # no 合计


def test_a_status_written_as_a_last_sentence_or_bracket_of_its_own_is_the_tasks_deadline():
    text = (
        "江临市2025年城市更新行动工作方案\n二、重点任务\n"
        "（一）推动城中村改造（牵头单位：市住房和城乡建设局；配合单位：青石区人民政府）\n"
        "1.启动城中村改造项目10个。2025年12月底前完成。\n2.盘活城中村改造腾退土地，优先用于建设保障性住房。（持续推进）\n"
        "3.完善安置房配套设施。长期坚持。\n"
    )
    assert [(t[4], t[2]) for t in _tasks(text)] == [
        ("2025-12", ["市住房和城乡建设局"]),
        (None, ["市住房和城乡建设局"]),
        (None, ["市住房和城乡建设局"]),
    ]
    doc = parse_document(text, path="plan.txt")
    assert [m.deadline.status for w in doc.workplans for m in w.measures] == ["scheduled", "ongoing", "ongoing"]


def test_a_department_named_by_its_stem_alone_is_a_unit():
    text = (
        "江临市2025年城市更新行动工作方案\n一、重点任务\n"
        "1.加强农产品供应链建设。（市农业农村局牵头，市发改、市商务局配合；2025年12月底前）\n"
        "2.推进雨污分流改造。（市住建牵头，市城管、市水利配合；2025年12月底前）\n"
    )
    assert [t[2:4] for t in _tasks(text)] == [
        (["市农业农村局"], ["市发改", "市商务局"]),
        (["市住建"], ["市城管", "市水利"]),
    ]


def test_a_short_name_the_plan_defines_is_the_same_unit_in_the_graph():
    from reformgraph.aliases import AliasTable
    from reformgraph.build import build_graph

    text = (
        "江临市2025年金融服务实体经济工作方案\n为推动金融更好服务实体经济，市地方金融管理局（以下简称市金融局）、"
        "市政府国有资产监督管理委员会（以下简称“市国资委”）会同有关部门制定本方案。\n三、主要任务\n"
        "1.开展大走访活动。（牵头单位：市地方金融管理局；配合单位：市国资委）\n"
        "2.推动融资担保扩面。（牵头单位：市金融局；配合单位：市政府国有资产监督管理委员会）\n"
    )
    doc = parse_document(text, path="plan.txt")
    graph = build_graph([doc], AliasTable.from_rows([]))
    units = sorted(data["name"] for _, data in graph.nodes(data=True) if data.get("kind") == "Unit")
    assert units == ["市国资委", "市金融局"]  # before: four units for two bodies


def test_a_township_plans_labels_and_a_place_a_project_lies_in():
    text = (
        "青山镇2025年人居环境整治提升工作实施方案\n一、重点任务\n（一）开展村庄清洁行动。清理村内积存垃圾。\n"
        "【责任领导】刘某某【责任站所】镇农业综合服务中心【责任村】各村（社区）【完成时间】2025年4月30日前\n"
        "（二）实施以工代赈。（镇经济发展办牵头，镇财政所、项目所在村民委员会配合，2025年9月底前）\n"
    )
    assert [t[2:] for t in _tasks(text)] == [
        (["镇农业综合服务中心", "各村（社区）"], [], "2025-04-30"),
        (["镇经济发展办"], ["镇财政所", "项目所在村民委员会"], "2025-09"),  # before: the whole task was lost
    ]


def test_a_season_a_task_is_done_before_in_its_words_is_its_deadline():
    text = (
        "中共临江县委常委会2025年工作要点\n一、全面推进乡村振兴\n"
        "（一）守牢粮食安全底线。春耕前完成高标准农田建设任务3万亩。（县农业农村局牵头，各乡镇按职责落实）\n"
        "（二）做好汛期准备。汛期前完成水库除险加固。（县水利局负责）\n"
    )
    assert [t[4] for t in _tasks(text)] == ["2025-03", "2025-05"]


def test_a_merged_offices_second_name_in_brackets_is_no_task_of_its_own():
    text = (
        "湖南省人民政府办公厅关于印发《湖南省2025年推动民营经济高质量发展若干措施》的通知\n"
        "各责任单位中，标注“（牵头）”的为牵头单位，其他为配合单位；未标注的，列第一位的为牵头单位。\n"
        "# 湖南省2025年推动民营经济高质量发展若干措施\n## 一、持续优化发展环境\n1. 加强知识产权保护。\n"
        "责任单位：省市场监管局（省知识产权局）（牵头）、省法院、省检察院\n完成时限：2025年11月底前\n"
    )
    assert [t[1:4] for t in _tasks(text)] == [
        ("加强知识产权保护。", ["省市场监管局（省知识产权局）"], ["省法院", "省检察院"])
    ]  # before: a second task with no text, led by 省知识产权局

"""Round 38 of docs/loader.md: what new helpers' plans showed (session 26)."""

from __future__ import annotations

import pytest

from reformgraph.loaders.parse import parse_document
from tests.support.readings import sheet_document as _sheet
from tests.support.readings import task_rows as _rows


def test_a_numbered_heading_between_items_is_no_sub_item_of_the_item_before():
    """``（2）优化法治环境`` between items 3. and 4. heads the items after it; before, item 3's units went to it and
    item 3 was lost (item 3 was read as a group whose parenthetical covers the （N） items under it)."""
    doc = parse_document(
        "某县方案\n\n一、重点任务\n（1）加强要素保障\n"
        "2.推行工业用地标准地出让。（牵头单位：县自然资源局；完成时限：2026年9月底前）\n"
        "3.开展政银企对接。（牵头单位：县金融办；完成时限：2026年10月）\n（2）优化法治环境\n"
        "4.规范涉企行政检查。（牵头单位：县司法局；完成时限：2026年12月底前）\n",
        path="plan.txt",
    )
    assert _rows(doc) == [
        ("推行工业用地标准地出让。", ["县自然资源局"], [], "2026-09"),
        ("开展政银企对接。", ["县金融办"], [], "2026-10"),
        ("规范涉企行政检查。", ["县司法局"], [], "2026-12"),
    ]


def test_an_items_own_sub_items_from_the_first_still_share_its_units():
    doc = parse_document(
        "某县方案\n\n一、重点任务\n1.深化要素改革。（牵头单位：县发改局；配合单位：县财政局）\n"
        "（1）推行标准地出让。\n（2）开展政银企对接。\n2.规范涉企检查。（牵头单位：县司法局）\n",
        path="plan.txt",
    )
    assert _rows(doc) == [
        ("推行标准地出让。", ["县发改局"], ["县财政局"], None),
        ("开展政银企对接。", ["县发改局"], ["县财政局"], None),
        ("规范涉企检查。", ["县司法局"], [], None),
    ]


def test_a_ministrys_departments_ending_in_si_are_units():
    doc = parse_document(
        "交通运输部2026年工作要点\n\n二、重点任务\n1.全面实行行政许可事项清单管理。由政策法规司牵头，运输服务司、公路局配合，"
        "2026年9月底前完成。\n2.完善政府信息公开制度。办公厅负责，政策法规司参与，2026年6月底前完成。\n",
        path="plan.txt",
    )
    assert [row[1:] for row in _rows(doc)] == [  # before: item 1 left out (no unit), 政策法规司 no partner of item 2
        (["政策法规司"], ["运输服务司", "公路局"], "2026-09"),
        (["办公厅"], ["政策法规司"], "2026-06"),
    ]


def test_every_prefecture_level_city_is_a_collective_of_units():
    doc = parse_document(
        "广东省知识产权保护工作方案\n\n二、重点任务\n1.建设知识产权保护中心。省知识产权保护中心牵头，各地级以上市市场监管局配合。"
        "完成时限：2026年11月底前。\n2.推进纠纷多元化解。各地级以上市人民政府负责。完成时限：2026年12月底前。\n",
        path="plan.txt",
    )
    assert [(leads, supports) for _, leads, supports, _ in _rows(doc)] == [
        (["省知识产权保护中心"], ["各地级以上市市场监管局"]),
        (["各地级以上市人民政府"], []),
    ]


def test_a_clipped_name_before_he_is_no_unit_of_its_own():
    doc = parse_document(
        "某市方案\n\n二、重点任务\n1.完善养老托育设施。市民政局牵头，市教育和体育局配合。完成时限：2026年10月底前。\n",
        path="plan.txt",
    )
    assert _rows(doc)[0][2] == ["市教育和体育局"]  # before: 市教育、体育局


def test_a_deadline_field_closing_prose_may_say_ongoing():
    doc = parse_document(
        "某市方案\n\n二、重点任务\n1.健全网络安全责任体系。市委网信办牵头，市公安局配合。完成时限：长期坚持。\n"
        "2.配建便民商业网点。市商务局负责，各区政府参与。完成时限：长期。\n",
        path="plan.txt",
    )
    assert [(m.deadline.raw, m.deadline.status) for w in doc.workplans for m in w.measures] == [
        ("长期坚持", "ongoing"),
        ("长期", "ongoing"),
    ]


@pytest.mark.parametrize("label", ["整治时限", "整治期限", "治理时限", "销号时限", "落实时限", "推进时限"])
def test_the_deadline_labels_of_rectification_plans(label):
    doc = parse_document(
        f"某市专项整治方案\n\n二、整治任务\n1.整治欠薪问题。牵头单位：市人力资源社会保障局；配合单位：市住房城乡建设局。{label}：2026年10月底前。\n",
        path="plan.txt",
    )
    assert _rows(doc)[0][1:] == (["市人力资源社会保障局"], ["市住房城乡建设局"], "2026-10")


def test_a_unit_opening_an_items_body_with_a_time_or_a_frequency_leads_it():
    """Before, each item was left out (names no unit): only 要/负责 after the unit made it the doer."""
    doc = parse_document(
        "滨港区作风建设实施方案\n二、主要任务\n（一）出台办法。区委组织部于2026年6月底前出台容错纠错实施办法。\n"
        "（二）开展明察暗访。区委作风办每季度开展1次明察暗访，发现问题在全区通报曝光。\n"
        "（三）完善机制。区委组织部2026年9月底前出台干部激励办法。\n",
        path="plan.txt",
    )
    assert [(row[1], row[3]) for row in _rows(doc)] == [
        (["区委组织部"], "2026-06"),
        (["区委作风办"], None),
        (["区委组织部"], "2026-09"),  # not 区委 (组织 is no verb here)
    ]
    assert doc.workplans[0].measures[1].deadline.status == "ongoing"


def test_units_assisting_a_subject_that_must_act_are_its_partners():
    doc = parse_document(
        "滨港区作风建设实施方案\n二、主要任务\n（一）开展专项治理。区纪委监委要加强监督，区委组织部配合。\n"
        "（二）开展专项治理。区纪委监委要严肃问责。区委组织部、区人力资源社会保障局协助做好被问责干部后续管理工作。\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)] == [  # before: no partners
        (["区纪委监委"], ["区委组织部"]),
        (["区纪委监委"], ["区委组织部", "区人力资源社会保障局"]),
    ]


def test_partners_by_their_duties_and_a_list_after_huitong_up_to_its_verb():
    doc = parse_document(
        "某局2026年重点工作安排\n\n一、重点任务\n1.编制年度实施计划。规划财务处负责，局机关各处室按职责分工配合，3月底前完成。\n"
        "2.推进专项规划编制。由规划财务处会同国家公园管理办公室、荒漠化防治处、发展研究中心办理，2026年9月底前完成。\n"
        "3.开展设备隐患排查。（第一车间牵头，安全环保部配合，2026年6月）\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)] == [
        (["规划财务处"], ["局机关各处室"]),
        (["规划财务处"], ["国家公园管理办公室", "荒漠化防治处", "发展研究中心"]),  # before: 发展研究中心 lost
        (["第一车间"], ["安全环保部"]),  # before: no lead
    ]


def test_a_broad_task_column_over_its_contents_a_row_each():
    doc = _sheet(
        ["重点任务", "具体内容", "牵头单位", "配合单位", "完成时限"],
        ["隐患排查整治", "开展城镇燃气安全专项整治", "区住房城乡建设局", "各街道办事处", "2025年10月"],
        ["隐患排查整治", "开展高层建筑消防安全专项整治", "区消防救援大队", "区商务局", "2025年9月"],
    )
    assert [row[0] for row in _rows(doc)] == [
        "开展城镇燃气安全专项整治",
        "开展高层建筑消防安全专项整治",
    ]  # before: 隐患排查整治 twice
    assert [w.title for w in doc.workplans] == ["隐患排查整治"]


def test_an_indicator_table_names_its_tasks_by_indicator_not_by_weight():
    doc = _sheet(
        ["指标名称", "权重", "牵头单位", "责任单位", "完成时限"],
        ["粮食播种面积", "8", "县农业农村局", "各乡镇", "2026年10月"],
        ["高标准农田建设", "9", "县财政局", "县自然资源局", "2026年12月"],
    )
    assert _rows(doc) == [  # before: the tasks 8 and 9
        ("粮食播种面积", ["县农业农村局"], ["各乡镇"], "2026-10"),
        ("高标准农田建设", ["县财政局"], ["县自然资源局"], "2026-12"),
    ]


def test_an_indicator_header_of_two_rows_names_the_second_level_the_task():
    doc = _sheet(
        ["序号", "指标名称", "指标名称", "牵头单位", "责任单位", "完成时限"],
        ["序号", "一级指标", "二级指标", "牵头单位", "责任单位", "完成时限"],
        ["1", "经济发展", "地区生产总值增长", "市发展改革委", "市统计局", "2026年12月"],
        ["2", "经济发展", "固定资产投资增长", "市发展改革委", "市住房城乡建设局", "2026年11月"],
    )
    assert [row[0] for row in _rows(doc)] == ["地区生产总值增长", "固定资产投资增长"]  # before: a header row a task
    assert [w.title for w in doc.workplans] == ["经济发展"]


def test_a_lead_column_named_with_what_it_leads_and_a_projects_years():
    doc = _sheet(
        ["序号", "项目名称", "建设起止年限", "开工时间", "牵头考核单位", "配合单位"],
        ["1", "县城第二水厂及配套管网工程", "2025—2027", "2025年3月", "县水利局", "县财政局"],
    )
    assert _rows(doc) == [("县城第二水厂及配套管网工程", ["县水利局"], ["县财政局"], "2027-12")]  # before: no task


def test_a_committee_that_agreed_is_no_lead_of_a_task():
    doc = parse_document(
        "关于印发某区安全生产重点任务分工方案的通知\n各街道办事处：\n经区安委会同意，现将《方案》印发给你们，请认真抓好落实。\n"
        "某区安全生产重点任务分工方案\n一、重点任务\n（一）开展燃气安全专项整治。（牵头单位：区住房城乡建设局；配合单位：各街道办事处；"
        "完成时限：2025年10月）\n",
        path="notice.txt",
    )
    assert _rows(doc) == [
        ("开展燃气安全专项整治。", ["区住房城乡建设局"], ["各街道办事处"], "2025-10")
    ]  # before: 区安委 too


def test_a_forms_example_row_is_no_task():
    doc = _sheet(
        ["序号", "任务名称", "牵头单位", "进展情况", "存在问题"],
        ["1", "（示例）推进公共机构节水改造", "市机关事务管理局", "已完成30家", "无"],
        ["2", "开展节水型小区创建", "市住房城乡建设局", "", ""],
    )
    assert [row[0] for row in _rows(doc)] == ["开展节水型小区创建"]


def test_a_proposal_list_names_its_tasks_by_their_subject_not_their_number():
    doc = _sheet(
        ["2025年政协提案交办一览表"],
        ["序号", "提案号", "案由", "承办单位", "答复时限"],
        ["1", "10-001", "关于优化营商环境的提案", "市发改委", "2025年6月30日前"],
        ["2", "10-004", "关于加快数字经济产业园建设的提案", "市工信局", "2025年6月30日前"],
    )
    assert [row[:2] for row in _rows(doc)] == [  # before: the tasks 10-001 and 10-004
        ("关于优化营商环境的提案", ["市发改委"]),
        ("关于加快数字经济产业园建设的提案", ["市工信局"]),
    ]


def test_the_units_a_matter_is_shared_among_each_answer_for_it():
    doc = _sheet(
        ["序号", "建议题目", "主办单位", "分办单位", "办理时限"],
        ["1", "关于推进农村垃圾分类的建议", "", "县城管局、县农业农村局", "6月30日前"],
    )
    assert _rows(doc)[0][1] == ["县城管局", "县农业农村局"]


def test_a_pasted_table_with_a_second_number_column():
    from reformgraph.loaders.spaced_tables import place_cells

    kinds = ("number", "number", "task", "unknown", "lead", "support", "deadline")
    row = ["1", "第0012号", "关于加快排涝泵站建设的建议", "林志华", "区水务局", "区建设局、区财政局", "2025年5月31日"]
    assert place_cells(row, kinds) == row  # before: the number, the title and the delegate joined in one cell
    doc = parse_document(
        "代表建议交办情况\n序号\t建议号\t建议标题\t领衔代表\t主办单位\t会办单位\t办结时限\n"
        "1\t第0012号\t关于加快排涝泵站建设的建议\t林志华\t区水务局\t区建设局、区财政局\t2025年5月31日\n",
        path="paste.txt",
    )
    assert _rows(doc) == [("关于加快排涝泵站建设的建议", ["区水务局"], ["区建设局", "区财政局"], "2025-05-31")]


def test_a_notice_on_a_sheet_of_its_own_names_the_workbook():
    doc = _sheet_book(
        [
            ["江州市人民政府办公室文件"],
            ["江政办发〔2026〕5号"],
            ["江州市人民政府办公室关于印发江州市2026年度目标任务分解表的通知"],
            ["江州市人民政府办公室"],
            ["2026年2月14日"],
        ],
        [["序号", "指标名称", "牵头单位", "完成时限"], ["1", "社会消费品零售总额增长", "市商务局", "12月底"]],
    )
    assert (doc.title, doc.issuer, doc.doc_number, doc.date) == (
        "江州市人民政府办公室关于印发江州市2026年度目标任务分解表的通知",
        "江州市人民政府办公室",
        "〔2026〕5号",
        "2026-02-14",
    )  # before: the masthead the title, no 文号, no date: 12月底 had no year
    assert _rows(doc)[0][3] == "2026-12"


def _sheet_book(*sheets, names=()):
    from reformgraph.loaders.sheets import document_from_sheets

    named = [(names[k] if k < len(names) else f"S{k}", rows) for k, rows in enumerate(sheets)]
    return document_from_sheets(named, path="b.xlsx", key="b", sha256="0")


def test_a_stage_a_title_and_a_year_in_an_attachments_name_are_no_units():
    doc = parse_document(
        "某县方案\n\n一、重点任务\n1.保护历史文化街区。完成子云亭历史地段保护规划编制。（牵头单位：县自然资源局）\n"
        "二、实施步骤\n（一）动员部署（2026年2月）。召开全县优化营商环境大会，部署攻坚行动。\n"
        "附件：1.吴兴区2025年推进新型城镇化重点任务分工.docx\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["县自然资源局"]]


def test_a_table_restating_the_tasks_of_one_before_it_is_no_second_set_of_tasks():
    from reformgraph.loaders.tables import document_from_tables

    tasks = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推进公共机构节水改造", "市机关事务管理局", "市水利局", "2024年10月底前"],
    ]
    form = [
        ["序号", "重点任务", "牵头单位", "完成时限", "工作进展"],
        ["1", "推进公共机构节水改造", "市机关事务管理局", "2024年10月底前", ""],
    ]
    doc = document_from_tables([tasks, form], path="n.docx", key="n", sha256="0", title="某市节水行动实施方案")
    assert _rows(doc) == [("推进公共机构节水改造", ["市机关事务管理局"], ["市水利局"], "2024-10")]  # before: twice


def test_a_lead_field_closing_with_units_that_share_by_their_duties():
    doc = parse_document(
        "滨港区方案\n二、主要任务\n（一）提升政务服务效能。2026年9月底前实现20个事项集成办理。"
        "牵头单位：区政务服务和数据管理局，区直各有关部门按职责分工负责。\n",
        path="plan.txt",
    )
    assert _rows(doc)[0][1:3] == (["区政务服务和数据管理局"], ["区直各有关部门"])  # before: both led


def test_recurring_work_from_a_year_on_and_after_a_title_sentence():
    doc = parse_document(
        "桐溪县任务分工方案\n一、强化监督\n（一）加强监督。县纪委监委要将重大决策部署落实情况纳入政治监督重点，2026年起每半年开展1次专项监督检查。\n"
        "（二）健全改革督察机制。每季度通报改革进展情况。（牵头单位：县委改革办）\n",
        path="plan.txt",
    )
    assert [m.deadline.status for w in doc.workplans for m in w.measures] == ["ongoing", "ongoing"]  # before: none


def test_an_items_own_date_beats_its_groups_rectification_deadline():
    doc = parse_document(
        "黔中省交通运输厅巡视整改工作方案\n二、整改任务\n问题1：安全生产风险防控存在短板。\n整改措施：\n"
        "1.开展安全隐患大排查，建立隐患台账。\n2.完善重大事故隐患挂牌督办制度，2026年5月底前印发实施。\n"
        "责任单位：安全监督处（牵头），运输服务处\n整改时限：2026年10月底前\n",
        path="plan.txt",
    )
    assert [row[3] for row in _rows(doc)] == ["2026-10", "2026-05"]  # before: 2026-10 for both


def test_posts_in_a_unit_column_are_no_units():
    doc = _sheet(
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "开展廉政谈话", "人事股", "班子成员、各股室负责人", "2026年4月底前"],
        ["2", "专题研究全面从严治党工作", "机关党委", "各分管领导", "2026年12月底前"],
    )
    assert [row[1:3] for row in _rows(doc)] == [(["人事股"], []), (["机关党委"], [])]  # before: the posts supported


def test_a_deadline_line_after_an_items_bracket_is_its_deadline():
    doc = parse_document(
        "某市数字政府建设工作方案\n\n二、重点任务\n1.推动政务云整合。各区政务云统一纳入全市政务云体系管理。（市数据局牵头，各区政府负责）\n"
        "完成时限：（1）2026年6月底前完成5个区整合；（2）2027年底前全面完成。\n"
        "2.提升政务网络支撑能力。（市数据局牵头，市通信发展办配合，2027年6月底前完成）\n",
        path="plan.txt",
    )
    assert [row[3] for row in _rows(doc)] == ["2027-12", "2027-06"]  # before: none for the first


def test_rows_of_one_task_a_partner_each_are_one_task():
    doc = _sheet(
        ["序号", "重点任务", "牵头单位", "完成时限", "配合单位", "配合事项"],
        ["1", "开展燃气安全专项整治", "区住建局", "2026年11月", "区城管局", "负责瓶装气非法经营查处"],
        ["1", "开展燃气安全专项整治", "区住建局", "2026年11月", "区市场监管局", "负责燃气具质量抽查"],
    )
    assert _rows(doc) == [("开展燃气安全专项整治", ["区住建局"], ["区城管局", "区市场监管局"], "2026-11")]
    assert [w.title for w in doc.workplans] == ["t"]  # the table's, not a workplan per 配合事项 (before: two)


def test_a_ledgers_source_column_and_a_date_shown_as_a_number():
    doc = _sheet(
        ["事项编号", "事项名称", "事项来源", "主办单位", "协办单位", "办结时限"],
        ["DB2026-0031", "推进区人民医院门急诊综合楼建设", "区政府常务会议", "区卫生健康局", "区财政局", "46295"],
    )
    assert _rows(doc) == [("推进区人民医院门急诊综合楼建设", ["区卫生健康局"], ["区财政局"], "2026-09-30")]


def test_a_table_of_units_and_their_duties():
    doc = _sheet(
        ["单位", "职责"], ["市应急管理局", "建立应急救援队伍数据库。"], ["市财政局", "将应急处置经费纳入年度预算。"]
    )
    assert [row[:2] for row in _rows(doc)] == [
        ("建立应急救援队伍数据库。", ["市应急管理局"]),
        ("将应急处置经费纳入年度预算。", ["市财政局"]),
    ]  # before: no task table


def test_a_summary_sheet_of_counts_is_no_task_table():
    doc = _sheet_book(
        [["序号", "街道", "任务总数", "牵头区级部门"], ["1", "东湖街道", "1", "区住房城乡建设局"]],
        [["序号", "任务名称", "牵头单位", "完成时间"], ["1", "老旧小区改造", "东湖街道", "2026年10月"]],
        names=("汇总", "东湖街道"),
    )
    assert [row[0] for row in _rows(doc)] == ["老旧小区改造"]  # before: a task 东湖街道 led by 区住房城乡建设局


def test_partners_doing_their_part_by_a_principle():
    doc = parse_document(
        "某市2026年政务公开工作要点\n\n二、重点任务\n1.做好政策解读。市政府办公室牵头，市级各部门按照“谁起草、谁解读”原则配合做好政策解读工作。\n",
        path="plan.txt",
    )
    assert _rows(doc)[0][2] == ["市级各部门"]


def test_items_numbered_1_paren_with_the_deadline_after_their_bracket():
    doc = parse_document(
        "松阳区2026年减税降费工作方案\n2026年3月4日\n\n二、重点任务\n"
        "1）落实小规模纳税人增值税减免政策。（牵头单位：区税务局；配合单位：区财政局）完成时限：2026年6月底前\n"
        "2）落实小型微利企业所得税优惠政策。（牵头单位：区税务局）完成时限：2026年9月底前\n"
        "3）开展燃气用户安全排查（区城管局牵头，各镇街配合），2026年3月20日前完成。\n",
        path="plan.txt",
    )
    assert [(row[0][:6], row[3]) for row in _rows(doc)] == [  # before: each deadline the next task's, the last lost
        ("落实小规模纳", "2026-06"),
        ("落实小型微利", "2026-09"),
        ("开展燃气用户", "2026-03-20"),
    ]


def test_a_pdf_font_drawing_the_door_radical_as_simplified():
    from reformgraph.loaders.glyphs import as_drawn

    assert as_drawn("⼾籍") == "户籍"  # before: 戶籍 (NFKC's traditional form)


def test_a_documents_fields_written_as_labelled_lines_at_its_head():
    doc = parse_document(
        "索引号：113301080024897123/2026-00123\n发文机关：滨江区人民政府办公室\n发文字号：滨政办发〔2026〕3号\n"
        "成文日期：2026年3月2日\n\n滨江区2026年营商环境改革工作方案\n\n一、重点任务\n"
        "1.推进企业开办全程网办（牵头单位：区市场监管局；完成时限：2026年6月底前）\n",
        path="portal.txt",
    )
    assert (doc.title, doc.issuer, doc.doc_number, doc.date) == (
        "滨江区2026年营商环境改革工作方案",
        "滨江区人民政府办公室",
        "〔2026〕3号",
        "2026-03-02",
    )  # before: the 索引号 and 发文机关 lines the title


def test_a_messages_date_line_with_its_weekday_and_time():
    from reformgraph.loaders.plan_periods import date_line

    assert date_line("2026年3月9日（周一）08:47") == "2026-03-09"  # before: None


def test_a_streets_offices_communities_and_daily_work():
    doc = parse_document(
        "南湖街道2025年网格治理行动方案\n\n二、重点任务\n（一）优化网格设置。对全街道48个网格进行优化调整。\n"
        "牵头科室：街道社会工作办公室；责任社区：各社区；完成时限：2025年5月底前\n"
        "（二）推进物业服务进老旧小区。\n牵头科室：街道城市管理办公室；责任村（社区）：南湖新村社区、花园里社区；完成时限：每日\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)] == [
        (["街道社会工作办公室"], ["各社区"]),
        (["街道城市管理办公室"], ["南湖新村社区", "花园里社区"]),  # before: no partners
    ]
    assert doc.workplans[0].measures[1].deadline.status == "ongoing"  # 每日 (before: none)


def test_a_three_year_plans_year_columns():
    doc = _sheet(
        ["序号", "重点任务", "分年度目标任务", "分年度目标任务", "分年度目标任务", "牵头单位", "配合单位"],
        ["序号", "重点任务", "2024年", "2025年", "2026年", "牵头单位", "配合单位"],
        ["1", "编制充电设施布局规划", "完成规划编制", "—", "—", "市能源局", "市自然资源局"],
        ["2", "建设城市公共充电站", "新建60座", "新建80座", "新建100座", "市能源局", "市住建局"],
    )
    assert [(row[0], row[3]) for row in _rows(doc)] == [  # before: no table (分年度目标任务 a second task column)
        ("编制充电设施布局规划", "2024-12"),  # the last year its targets fill
        ("建设城市公共充电站", "2026-12"),
    ]


def test_how_long_a_measure_holds_is_no_deadline():
    doc = parse_document(
        "某市稳经济若干措施\n\n一、稳定就业。对吸纳高校毕业生就业的企业给予补贴，本条政策执行期限至2026年12月31日。（牵头单位：市人社局）\n"
        "二、降低用能成本。落实清理规范收费政策，本条措施执行至2026年12月31日。（牵头单位：市发展改革委）\n"
        "三、扩大消费。对2026年1月1日至2026年12月31日期间购买新能源汽车的个人给予补贴。（牵头单位：市商务局）\n"
        "四、支持外贸。对进出口额增长的企业给予奖励，有效期至2026年12月31日。（牵头单位：市商务局）\n"
        "五、稳定物价。2026年6月底前出台价格监测办法。（牵头单位：市发展改革委）\n",
        path="plan.txt",
    )
    assert [row[3] for row in _rows(doc)] == [None, None, None, None, "2026-06"]  # before: 2026-12-31 for the four


def test_a_unit_field_of_ditto_repeats_the_units_before():
    doc = parse_document(
        "某省促进消费若干措施\n\n（一）实施汽车以旧换新。（责任单位：省商务厅、省财政厅）\n（二）推动家电换新。（责任单位：同上）\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["省商务厅", "省财政厅"], ["省商务厅", "省财政厅"]]  # before: 同上


def test_a_field_and_a_cell_know_the_same_words_for_ditto():
    # one list since session 39 (vocab.DITTO_WRITTEN): a field's 同上述 read as a unit named 同上述 while a cell's repeated
    for ditto in ("同上述", "同上单位", "同前"):
        doc = parse_document(
            "某省促进消费若干措施\n\n（一）实施汽车以旧换新。（责任单位：省商务厅、省财政厅）\n"
            f"（二）推动家电换新。（责任单位：{ditto}）\n",
            path="plan.txt",
        )
        assert [row[1] for row in _rows(doc)] == [["省商务厅", "省财政厅"], ["省商务厅", "省财政厅"]], ditto


def test_a_partner_in_brackets_after_a_unit():
    doc = parse_document(
        "某部2026年法治建设任务分工\n\n一、重点任务\n1.加强审计监督。（审计室（驻部纪检监察组协同），2026年12月）\n"
        "2.推进政务公开。（办公厅（政策法规司配合），2026年5月）\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)] == [(["审计室"], ["驻部纪检监察组"]), (["办公厅"], ["政策法规司"])]


def test_a_report_of_work_done_and_a_groups_members_are_no_tasks():
    doc = parse_document(
        "关于2025年上半年重点工作督查情况的通报\n\n各乡镇人民政府，县直各单位：\n"
        "6月中下旬，县政府督查室会同县发改局、县统计局，对全县重点工作推进情况开展了专项督查。\n"
        "成立领导小组，院长任组长，成员由医务部、护理部等部门负责人组成。\n"
        "一、正在推进事项\n1．国道改扩建。牵头单位：县交通运输局。限10月31日前完成。\n"
        "2．老旧小区改造。牵头单位：县住建局。请于12月底前完成改造。\n",
        path="report.txt",
    )
    assert [(row[1], row[3]) for row in _rows(doc)] == [  # before: two false tasks, the deadlines none
        (["县交通运输局"], "2025-10-31"),
        (["县住建局"], "2025-12"),
    ]


def test_how_units_share_a_matter_in_brackets_is_no_part_of_their_names():
    doc = parse_document(
        "关于批示事项督办的通知\n\n一、督办事项\n（一）关于规范预付式消费的批示\n"
        "承办单位：市商务局、市市场监管局（按职责分工分别办理）\n办结时限：2025年6月30日\n",
        path="plan.txt",
    )
    assert _rows(doc)[0][1] == ["市商务局", "市市场监管局"]


def test_schools_a_month_part_and_an_explicit_month_beside_a_season():
    from reformgraph.loaders.deadlines import parse_deadline

    doc = parse_document(
        "关于做好校园安全工作的通知\n2026年3月27日\n\n1.开展食堂排查，4月中旬前完成。（各中小学牵头，局安全科配合）\n",
        path="plan.txt",
    )
    assert _rows(doc) == [("开展食堂排查，4月中旬前完成。", ["各中小学"], ["局安全科"], "2026-04")]  # before: no task
    assert parse_deadline("2026年6月底前（汛期前完成）").date == "2026-06"  # before: 2026-05, the season's


def test_the_body_an_office_is_seated_in_does_its_work():
    doc = parse_document(
        "关于成立某县安全生产委员会的通知\n\n二、安委会办公室\n\n"
        "安委会办公室设在县应急管理局，负责安委会日常工作，2024年6月底前制定年度安全生产考核细则。\n",
        path="plan.txt",
    )
    assert [(row[1], row[3]) for row in _rows(doc)] == [(["县应急管理局"], "2024-06")]  # before: nothing read


def test_a_units_role_in_brackets_opening_the_next_line():
    doc = parse_document(
        "某市节水行动实施方案\n一、重点任务\n1.开展节水型小区创建。年内创建节水型小区 30 个。责任\n单位：市住房城乡建设局\n"
        "（牵头）、市水利局。完成时限：2025 年 3 月。\n",
        path="copied.txt",
    )
    assert _rows(doc)[0][1:] == (["市住房城乡建设局"], ["市水利局"], "2025-03")  # before: no partner, 年内


def test_an_organs_duties_listed_under_its_heading():
    doc = parse_document(
        "某市机关党建责任清单\n一、机关党委（党总支）直接责任\n1.制定年度党建工作计划并组织实施，定期研究部署党建重点工作任务。\n"
        "2.按期做好基层党组织换届工作，2026年6月底前完成届期已满党支部换届选举。\n"
        "二、党组（党委）书记第一责任人责任\n3.带头落实“第一议题”制度，每年为党员干部讲党课不少于1次。\n",
        path="plan.txt",
    )
    assert [(row[1], row[3]) for row in _rows(doc)] == [  # before: no recognisable workplans
        (["机关党委（党总支）"], None),
        (["机关党委（党总支）"], "2026-06"),
    ]  # a post's duties (书记第一责任人) name no unit


def test_items_under_a_units_heading_that_state_no_field():
    doc = parse_document(
        "某市任务清单\n一、市发展改革委\n1.推进重大项目建设，强化要素保障，确保全年完成投资目标任务。\n"
        "二、市财政局\n1.统筹保障项目建设资金，加快专项债券发行使用进度，提高资金使用效益。\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["市发展改革委"], ["市财政局"]]  # before: nothing read


def test_a_school_term_is_due_when_it_opens():
    from reformgraph.loaders.deadlines import parse_deadline

    assert [parse_deadline(t).date for t in ("2026年秋季学期", "2025年春季学期", "2026年秋季学期开学前")] == [
        "2026-09",  # before: 2026-12
        "2025-03",
        "2026-08-31",
    ]


def test_two_rows_of_one_project_each_with_its_own_deadline_are_one_task_due_last():
    # round 38 read two tasks here; round 57 files20 (Chosen): rows of one number and text are one task whatever
    # their deadlines, its dates joined (tests/fixtures/real/SPEC.md: several dates of one task, the latest its own)
    doc = _sheet(
        ["序号", "项目名称", "牵头单位", "配合单位", "完成时限"],
        ["1", "居家养老服务", "区民政局", "各镇（街道）", "10月底前"],
        ["1", "居家养老服务", "区民政局", "区残联", "12月底前"],
    )
    assert _rows(doc) == [  # (a sheet with no year: its deadlines scheduled, with no date)
        ("居家养老服务", ["区民政局"], ["各镇（街道）", "区残联"], None),
    ]
    assert [m.deadline.raw for w in doc.workplans for m in w.measures] == ["10月底前；12月底前"]


def test_a_leading_groups_office_is_no_task():
    doc = parse_document(
        "某省方案\n一、重点任务\n1.建设平台。（牵头单位：省数据局）\n四、保障措施\n"
        "（一）加强组织领导。省领导小组统筹推进本方案实施，领导小组办公室设在省数据局，负责日常工作。\n",
        path="plan.txt",
    )
    assert [row[0] for row in _rows(doc)] == ["建设平台。"]


def test_a_working_groups_lead_members_and_duties():
    doc = parse_document(
        "某区半程马拉松赛组织保障工作方案\n一、工作分工\n（一）综合协调组：由区政府办公室牵头，区体育局、区公安分局参加。主要职责：负责赛事统筹协调。\n"
        "2.安保交通组\n牵头单位：区公安分局\n成员单位：区交通运输局\n工作职责：负责赛事安保和交通管制。\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)] == [  # before: the group's name led, the members lost
        (["区政府办公室"], ["区体育局", "区公安分局"]),
        (["区公安分局"], ["区交通运输局"]),
    ]


def test_work_throughout_is_ongoing():
    from reformgraph.loaders.deadlines import parse_deadline

    assert [parse_deadline(t).status for t in ("贯穿全程", "贯穿始终")] == ["ongoing", "ongoing"]
    assert parse_deadline("贯穿全年", 2025).date == "2025-12"  # round 35: the whole year


def test_an_inspection_plans_columns_and_a_lead_leaders_unit_in_brackets():
    doc = _sheet(
        ["序号", "抽查事项", "抽查对象", "发起部门", "联合检查部门", "抽查时间"],
        ["1", "食品生产企业监督检查", "食品生产企业", "区市场监管局", "区卫健委", "2026年3—5月"],
    )
    assert _rows(doc) == [("食品生产企业监督检查", ["区市场监管局"], ["区卫健委"], "2026-05")]  # before: no task
    doc = _sheet(["序号", "职权名称", "实施主体"], ["1", "临时救助金给付", "来龙门街道办事处"])
    assert _rows(doc)[0][1] == ["来龙门街道办事处"]  # before: no lead (实施主体 a support column)
    doc = _sheet(
        ["序号", "重点工作", "牵头市领导（牵头单位）", "责任单位", "完成时限"],
        ["1", "地区生产总值增长6%左右", "陈立新（市发展改革委）", "市统计局", "2026年12月底"],
    )
    assert _rows(doc)[0][1:3] == (["市发展改革委"], ["市统计局"])  # before: 市统计局 led, 市发展改革委 lost


def test_bodies_places_share_and_a_places_organs_written_once():
    doc = parse_document(
        "某市整改方案\n\n一、整改任务\n1.严格火源管控。（牵头单位：市林业局；配合单位：池北区、池西区管委会）\n"
        "2.开展林区巡护。（牵头单位：市林业局；配合单位：蓉江、东山街道办事处）\n"
        "3.整治尾矿库风险。（责任单位：市应急管理局，旬阳市委、市政府）\n",
        path="plan.txt",
    )
    assert [row[2] for row in _rows(doc)][:2] == [
        ["池北区管委会", "池西区管委会"],  # before: 池北区 (the district), 池西区管委会
        ["蓉江街道办事处", "东山街道办事处"],
    ]
    assert _rows(doc)[2][1] == ["市应急管理局", "旬阳市委", "旬阳市政府"]  # before: 市政府 (the city's own)


def test_role_phrases_glued_to_a_unit_in_a_list():
    doc = parse_document(
        "某区整改方案\n\n一、问题\n1.制定年度执法计划。（责任单位：区应急管理局，区纪委监委派驻纪检监察组全程监督；整改时限：2025年12月底前）\n"
        "2.开展危化品企业专项检查。（责任单位：区应急管理局，区司法局负责法律指导；整改时限：2025年8月底前）\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)] == [
        (["区应急管理局"], ["区纪委监委派驻纪检监察组"]),  # before: one lead named …全程监督
        (["区应急管理局", "区司法局"], []),  # a guiding unit leads (the real corpus's reading); before, …负责法律
    ]


def test_a_label_written_with_another_name_of_its_kind():
    doc = parse_document(
        "鹰潭市推动公立医院高质量发展实施方案\n2025年4月7日\n二、重点任务\n"
        "1．实行全面预算管理。各市属医院建立全面预算管理制度，2025年9月底前完成。（责任处室/单位：财务处、各市属医院）\n"
        "注：责任处室/单位中排在第一位的为牵头处室，其他为配合处室（单位）。\n",
        path="plan.txt",
    )
    assert _rows(doc)[0][1:] == (["财务处"], ["各市属医院"], "2025-09")  # before: no recognisable workplans


def test_a_deadline_field_of_stages_is_due_at_the_last():
    from reformgraph.loaders.deadlines import parse_deadline

    assert [parse_deadline(t, 2026).date for t in ("二季度开工，年内建成", "一季度开展专项行动，全年完成")] == [
        "2026-12",  # before: 2026-06, the first stage's
        "2026-12",
    ]


def test_drafting_and_pairing_units_numbered_units_in_a_cell_and_a_placeholder():
    doc = _sheet(
        ["序号", "立法项目", "起草单位", "配合单位", "完成时限"],
        ["1", "起草《某市物业管理条例（草案）》", "市住房城乡建设局", "1.市司法局 2.市市场监管局", "2025年10月底前"],
        ["2", "起草《某市养犬管理规定》", "请选择", "（1）市公安局（2）市城管局", "2025年12月底前"],
    )
    assert _rows(doc) == [  # before: no lead (起草单位 unknown), 1.市司法局 a unit; 请选择 a lead
        ("起草《某市物业管理条例（草案）》", ["市住房城乡建设局"], ["市司法局", "市市场监管局"], "2025-10")
    ]
    assert [w.message for w in doc.warnings] == ["task names no lead unit: 起草《某市养犬管理规定》"]
    doc = _sheet(
        ["序号", "帮扶单位", "帮扶任务", "完成时限"], ["1", "县发展改革局", "建设村级光伏电站", "2025年9月底前"]
    )
    assert _rows(doc) == [("建设村级光伏电站", ["县发展改革局"], [], "2025-09")]  # before: no task table


def test_a_year_end_written_after_its_year_a_target_year_beside_a_dated_step_and_a_status_after_a_bracket():
    from reformgraph.loaders.text_deadlines import text_deadline

    assert text_deadline("编制规划，2025年年底完成。", plan_year=2025).date == "2025-12"  # before: none
    assert text_deadline("完成评估，2025年年中完成。", plan_year=2025).date == "2025-06"
    assert (
        text_deadline("到2030年实现全覆盖，2025年9月底前制定方案。", plan_year=2025).date == "2025-09"
    )  # before: 2030-12
    doc = parse_document(
        "某县方案\n\n一、重点任务\n1.健全救助机制。（牵头单位：县民政局）持续推进。\n", path="plan.txt"
    )
    assert doc.workplans[0].measures[0].deadline.status == "ongoing"  # before: none


def test_a_hidden_sheet_is_no_part_of_the_plan(tmp_path):
    import openpyxl

    from reformgraph.loaders.read import read_document

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "重点任务", "牵头单位", "完成时限"], [1, "推进政务服务", "区政务服务中心", "2026年6月"]):
        ws.append(row)
    old = wb.create_sheet("2023年（已完成）")
    for row in (["序号", "重点任务", "牵头单位", "完成时限"], [1, "清理证明事项", "区司法局", "2023年6月"]):
        old.append(row)
    old.sheet_state = "hidden"
    wb.save(tmp_path / "plan.xlsx")
    assert [row[0] for row in _rows(read_document(tmp_path / "plan.xlsx"))] == ["推进政务服务"]  # before: both


def test_items_that_open_with_a_time():
    doc = parse_document(
        "攸县2025年农村人居环境整治提升工作方案\n一、重点任务\n1. 由县交通运输局负责开展农村公路沿线环境整治，2025年10月底前完成。\n"
        "2. 2025年11月底前，由县林业局牵头完成村庄绿化美化，新建森林乡村5个。\n"
        "3. 2025年内，县财政局统筹整合涉农资金不少于3000万元。\n4. 每季度末，县农业农村局牵头组织一次“村庄清洁行动”检查评比。\n",
        path="plan.txt",
    )
    assert [(row[1], row[3]) for row in _rows(doc)] == [  # before: items 2 and 3 joined to item 1, item 4 left out
        (["县交通运输局"], "2025-10"),
        (["县林业局"], "2025-11"),
        (["县财政局"], "2025-12"),
        (["县农业农村局"], None),
    ]


def test_a_header_cell_merged_over_parts_of_its_column():
    doc = _sheet(
        ["项目名称", "投资", "投资", "实施单位", "完工时间"],
        ["项目名称", "总投资", "其中：中央资金", "实施单位", "完工时间"],
        ["柳河镇高标准农田建设项目", "1800", "1200", "柳河镇人民政府", "2024.11"],
    )
    assert _rows(doc) == [
        ("柳河镇高标准农田建设项目", ["柳河镇人民政府"], [], "2024-11")
    ]  # before: a header row a task


def test_first_second_third_inside_a_paragraph_and_a_speechs_date():
    doc = parse_document(
        "江门市稳就业若干措施\n\n二、提升公共就业服务水平。一是建成“15分钟就业服务圈”示范点50个（责任单位：市人力资源社会保障局）；"
        "二是归集就业失业数据（责任单位：市政务服务和数据管理局）。\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["市人力资源社会保障局"], ["市政务服务和数据管理局"]]  # no 一是/二是
    from reformgraph.loaders.plan_periods import date_line

    assert date_line("（2025年4月18日）") == "2025-04-18"  # a speech's date under its title (before: none)


def test_a_header_of_four_rows_and_an_overseers_column():
    doc = _sheet(
        ["某县2024年工作任务分工表"],
        [
            "序号",
            "工作任务",
            "任务分工及进度安排",
            "任务分工及进度安排",
            "任务分工及进度安排",
            "任务分工及进度安排",
            "任务分工及进度安排",
        ],
        ["序号", "工作任务", "责任分工", "责任分工", "责任分工", "进度安排", "进度安排"],
        ["序号", "工作任务", "责任单位", "责任单位", "督办单位", "时间节点", "时间节点"],
        ["序号", "工作任务", "牵头", "配合", "督办单位", "启动时间", "完成时限"],
        ["1", "全面梳理证明事项，形成证明事项清单", "县司法局", "县直各部门", "县政府办", "2024年3月", "2024年5月"],
    )
    assert _rows(doc) == [
        ("全面梳理证明事项，形成证明事项清单", ["县司法局"], ["县直各部门"], "2024-05")
    ]  # before: header
    # rows read as tasks, 督办单位 a lead


def test_columns_named_by_a_role_word_alone():
    doc = parse_document(
        "某县2024年工作任务\n\n序\t任务\t牵头\t配合\t时限\n1\t推进高标准农田建设3.2万亩\t县农业农村局\t县财政局、县水利局\t10月底\n",
        path="paste.txt",
    )
    assert _rows(doc) == [
        ("推进高标准农田建设3.2万亩", ["县农业农村局"], ["县财政局", "县水利局"], "2024-10")
    ]  # before: none
    doc = _sheet(
        ["序号", "赛事名称", "比赛时间", "比赛地点", "主办", "承办", "协办"],
        ["1", "“县长杯”篮球联赛", "4月下旬", "县体育馆", "县人民政府", "县文化和旅游体育局", "县教育局"],
    )
    assert _rows(doc)[0][0] == "“县长杯”篮球联赛"  # the 名称 column names the task, not the place's


def test_next_year_in_a_tasks_words_and_a_season_inside_a_noun():
    from reformgraph.loaders.text_deadlines import text_deadline

    assert text_deadline("开展检查，明年3月底前完成。", plan_year=2026).date == "2027-03"  # before: 2026-03
    assert text_deadline("开展汛前检查问题整改。", plan_year=2026).date is None  # before: 2026-05

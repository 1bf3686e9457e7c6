"""Round 39 of docs/loader.md: what new helpers' plans showed (session 27)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.traditional import folded
from tests.support.readings import sheet_document as _sheet
from tests.support.readings import task_rows as _rows

FIXTURES = Path(__file__).parent / "fixtures" / "round39"


def _read(name: str):
    from reformgraph.loaders.read import read_document

    return read_document(FIXTURES / name)


# ---- plans in traditional characters ------------------------------------------------------------------------------


def test_a_plan_in_traditional_characters_is_read_in_simplified_ones_and_says_so():
    """A portal's 繁体 copy of a plan: before, refused whole (no recognisable workplans)."""
    written = (
        "嘉興市優化營商環境實施方案\n\n"
        "1. 深化“一件事”集成改革。（牽頭單位：市政務服務管理辦公室；配合單位：市市場監管局；完成時限：2024年6月底前）\n"
        "2. 優化工程建設項目審批。（牽頭單位：市住房城鄉建設局；完成時限：長期堅持）\n"
    )
    simplified = (  # written by hand
        "嘉兴市优化营商环境实施方案\n\n"
        "1. 深化“一件事”集成改革。（牵头单位：市政务服务管理办公室；配合单位：市市场监管局；完成时限：2024年6月底前）\n"
        "2. 优化工程建设项目审批。（牵头单位：市住房城乡建设局；完成时限：长期坚持）\n"
    )
    assert folded(written) == simplified
    doc = parse_document(written, path="plan.txt")
    assert [(leads, supports, date) for _, leads, supports, date in _rows(doc)] == [
        (["市政务服务管理办公室"], ["市市场监管局"], "2024-06"),
        (["市住房城乡建设局"], [], None),
    ]
    assert doc.workplans[0].measures[1].deadline.status == "ongoing"
    assert doc.title == "嘉兴市优化营商环境实施方案"
    count = sum(a != b for a, b in zip(written, simplified))
    assert [(w.kind, dict(w.params)) for w in doc.warnings] == [("traditional", {"count": str(count)})]


def test_a_simplified_plan_is_not_folded_and_keeps_its_own_characters():
    text = "某市方案\n\n1.取得显著成效。（牵头单位：市发展改革委；完成时限：2024年6月底前）\n"
    assert folded(text) is text
    doc = parse_document(text, path="plan.txt")
    assert doc.warnings == () and _rows(doc)[0][0] == "取得显著成效。"


def test_folding_keeps_the_characters_the_simplified_standard_also_keeps():
    assert folded("發展顯著成效，乾坤") == "发展显著成效，乾坤"  # 著 and 乾 are simplified characters too


def test_a_traditional_document_number_is_read():
    doc = parse_document(
        "嘉興市人民政府辦公室關於印發優化營商環境實施方案的通知\n\n嘉政辦發〔2024〕15號\n\n嘉興市人民政府辦公室\n2024年3月18日\n\n"
        "1. 深化集成改革。（牽頭單位：市政務服務管理辦公室；完成時限：2024年6月底前）\n",
        path="plan.txt",
    )
    assert (doc.doc_number, doc.date, doc.issuer) == ("〔2024〕15号", "2024-03-18", "嘉兴市人民政府办公室")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "trad_table.docx",
            [
                ("新建社区养老服务综合体3个。", ["区民政局"], ["各街道办事处"], "2024-11"),
                ("新增普惠性托位500个。", ["区卫生健康局"], ["区教育局"], "2024-12"),
            ],
        ),
        (  # a simplified body and an attachment in traditional characters: before, the attachment was dropped silently
            "trad_annex_mixed.docx",
            [
                ("优化居住环境。加快“澳门新街坊”配套建设。", ["城市规划和建设局"], [], "2024-08"),
                ("扩大澳门青年实习见习岗位。", ["民生事务局"], ["经济发展局"], "2024-12"),
                ("支持澳门居民在合作区创办企业。", ["经济发展局"], ["商事服务局"], "2024-09"),
            ],
        ),
    ],
)
def test_word_tables_in_traditional_characters(name, expected):
    doc = _read(name)
    assert _rows(doc) == expected
    assert doc.title is not None and "序号" not in doc.title  # the table's rows are no part of the title


@pytest.mark.parametrize(
    ("written", "date", "status"),
    [
        ("2025年第三季", "2025-09", "scheduled"),
        ("2025年第一季", "2025-03", "scheduled"),
        ("2025年第2季", "2025-06", "scheduled"),
        ("2025年第三季度", "2025-09", "scheduled"),
        ("恒常工作", None, "ongoing"),
    ],
)
def test_a_quarter_written_without_du_and_macaus_standing_work(written, date, status):
    deadline = parse_deadline(written, 2025)
    assert (deadline.date, deadline.status) == (date, status)  # before: 第三季 read as December, 恒常 as nothing


# ---- a web page's furniture above the title -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "above",
    [
        "<div class='header'>首页 &gt; 政务公开 &gt; 通知公告</div>",
        "<div class='site'>运河经济开发区管理委员会门户网站</div>"
        "<div class='header'>当前位置：<a href='/'>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>",
    ],
)
def test_a_web_pages_trail_and_site_name_are_no_part_of_the_title(tmp_path, above):
    from reformgraph.loaders.read import read_document

    page = (
        "<html><head><meta charset='utf-8'><title>运河经开区安全隐患排查整治行动方案</title></head><body>"
        f"{above}<h1>运河经开区安全隐患排查整治行动方案</h1>"
        "<p>（一）开展园区集中检查。（牵头单位：各园区管理办公室；配合单位：综合执法大队；完成时限：2025年6月15日前）</p>"
        "</body></html>"
    )
    (tmp_path / "plan.html").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "plan.html")
    assert doc.title == "运河经开区安全隐患排查整治行动方案"
    assert _rows(doc) == [("开展园区集中检查。", ["各园区管理办公室"], ["综合执法大队"], "2025-06-15")]


def test_a_portals_row_of_fields_gives_each_field_its_own_value():
    doc = parse_document(
        "首页>政务公开>政府文件\n发布机构：佛山市南海区人民政府办公室\t成文日期：2024-05-11\n"
        "南海区“三旧”改造三年行动方案\n（一）完善土地整备收储机制。（牵头单位：区财政局；完成时限：2024年10月）\n",
        path="plan.txt",
    )
    assert (doc.title, doc.issuer, doc.date) == (
        "南海区“三旧”改造三年行动方案",
        "佛山市南海区人民政府办公室",
        "2024-05-11",
    )


# ---- the stages of a campaign ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stages",
    [
        ("第一阶段：宣传发动（2025年3月—4月）", "第二阶段：排查整治（2025年5月—9月）"),
        ("第一阶段（2025年3月—4月）：宣传发动", "第二阶段（2025年5月—9月）：排查整治"),
        ("宣传发动阶段（2025年3月—4月）", "排查整治阶段（2025年5月—9月）"),
    ],
)
def test_a_stage_heading_gives_its_tasks_its_end(stages):
    """Before, only ``（一）X阶段（time）`` (a numbered heading) passed its time to the items under it."""
    doc = parse_document(
        f"某镇2025年安全生产专项行动方案\n\n二、行动步骤\n{stages[0]}\n（1）召开动员会。责任单位：镇应急办（牵头）、镇党政办\n"
        f"{stages[1]}\n（2）开展自建房排查。责任单位：镇规划建设环保办（牵头）、各村（社区）\n",
        path="plan.txt",
    )
    assert _rows(doc) == [
        ("召开动员会。", ["镇应急办"], ["镇党政办"], "2025-04"),
        ("开展自建房排查。", ["镇规划建设环保办"], ["各村（社区）"], "2025-09"),
    ]


def test_a_stages_time_on_the_line_under_it():
    doc = parse_document(
        "某区2025年安全生产专项行动方案\n\n二、实施步骤\n（一）动员部署阶段\n时间：2025年3月1日至4月15日\n"
        "1．开展培训。组织开展专题培训。\n牵头单位：区应急管理局；配合单位：区人力社保局\n（二）集中整治阶段\n"
        "时间：2025年4月16日至9月30日\n2．开展建筑施工专项整治。重点整治危大工程。\n牵头单位：区住房城乡建设局；配合单位：区水利局\n",
        path="plan.txt",
    )
    assert [(row[1], row[3]) for row in _rows(doc)] == [
        (["区应急管理局"], "2025-04-15"),
        (["区住房城乡建设局"], "2025-09-30"),
    ]


def test_a_tasks_own_date_wins_over_its_stages():
    doc = parse_document(
        "某镇2025年安全生产专项行动方案\n\n二、行动步骤\n第二阶段：排查整治（2025年5月—9月）\n"
        "（1）开展自建房排查，6月底前完成。责任单位：镇规划建设环保办（牵头）\n（2）开展燃气排查。责任单位：镇应急办（牵头）\n",
        path="plan.txt",
    )
    assert [row[3] for row in _rows(doc)] == ["2025-06", "2025-09"]


def test_a_deadline_column_wins_over_a_stage_column():
    """阶段 | 任务 | 牵头 | 完成时限: before, the stage's end was every row's deadline, 完成时限 unread."""
    doc = _read("stage_and_deadline_columns.docx")
    assert [(row[1], row[3]) for row in _rows(doc)] == [
        (["市金融服务中心"], "2025-06-30"),  # 完成时限 6月30日前
        (["市公安局"], "2025-10"),  # 完成时限 blank: its stage's end (集中整治阶段（2025年5月—10月）)
    ]


@pytest.mark.parametrize("name", ["date_step_columns.docx", "date_step_columns_two_rows.docx"])
def test_columns_headed_by_dates_are_a_schedules_steps(name):
    """6月底前 | 9月底前 | 12月底前 (under 时间节点 or not): the last step a row fills is its deadline; before, no
    deadline (or a step's words, 完成20台), and with a two-row header its upper row was read as a task."""
    doc = _read(name)
    assert _rows(doc) == [
        ("淘汰燃煤锅炉", ["市生态环境局"], [], "2024-12"),
        ("建筑工地扬尘管控", ["市住房和城乡建设局"], [], "2024-06"),
    ]


# ---- tables of levels, lists of powers handed down, data sharing ------------------------------------------------------


def test_the_most_specific_of_three_levels_is_the_task():
    """一级任务 | 二级任务 | 三级任务: before, every task read as its 二级 words and a merged pair of rows as one."""
    assert [row[0] for row in _rows(_read("three_levels.xlsx"))] == ["迭代企业开办一件事，实现1个环节办结"]
    assert _rows(_read("three_levels_merged.xlsx")) == [
        ("全面落实市场准入负面清单制度", ["区发改局"], ["区市场监管局"], "2025-12"),
        ("清理招标投标领域妨碍公平竞争的规定", ["区发改局"], ["区市场监管局"], "2025-12"),
    ]
    doc = _sheet(
        ["一级任务", "二级任务", "三级任务", "牵头单位", "完成时限"],
        ["一、优化政务环境", "（一）深化一件事改革", "迭代企业开办一件事", "区数据局", "2025年6月"],
        ["一、优化政务环境", "（二）推行告知承诺制", "", "区司法局", "2025年9月"],
    )
    assert [row[0] for row in _rows(doc)] == ["迭代企业开办一件事", "推行告知承诺制"]  # no 三级: its 二级 words


def test_a_heading_row_merged_past_its_number_cell_is_no_task():
    doc = _read("heading_merged_past_number.xls")  # 一 | 推动科技创新和产业创新深度融合 (merged over the rest)
    assert [(w.title, [m.text for m in w.measures]) for w in doc.workplans] == [
        ("推动科技创新和产业创新深度融合", ["新增省级以上创新平台15家以上"])
    ]


def test_levels_written_as_rows_give_their_units_and_deadline_to_the_rows_under_them():
    """（三） | 壮大先进制造业集群 | 市工信局 | 市发改委、市商务局 then rows 1, 2 with blank unit cells: before, the
    heading was a task and its rows were dropped, or a row's own 责任单位 read as its lead."""
    assert _rows(_read("level_rows_own_support.xls")) == [
        ("推动轨道交通装备产业集群产值突破1500亿元", ["市工信局"], ["市发改委", "市商务局"], "2025-12"),
        ("实施制造业智改数转项目200个", ["市工信局"], ["市数据局"], "2025-11"),
    ]
    assert [(row[0][:6], row[3]) for row in _rows(_read("level_rows_deadline.xls"))] == [
        ("新增规模以上", "2025-12"),  # its heading's deadline
        ("建设现代物流", "2026-06"),
    ]


def test_a_list_of_powers_handed_down_and_one_cancelled():
    """序号 | 事项名称 | 实施部门 | 承接部门 | 完成时限: the receiver leads and the sender supports; a row whose 承接部门
    is — (a power cancelled) is led by its 实施部门, not by the receiver of the row above."""
    doc = _sheet(
        ["序号", "事项名称", "实施部门", "承接部门", "完成时限"],
        ["1", "旅行社设立许可", "市文化和旅游局", "各县（市、区）行政审批服务局", "2025年6月30日前"],
        ["2", "出版物零售单位设立备案证明", "市新闻出版局", "—", "2025年4月30日前"],
    )
    assert _rows(doc) == [
        ("旅行社设立许可", ["各县（市、区）行政审批服务局"], ["市文化和旅游局"], "2025-06-30"),
        ("出版物零售单位设立备案证明", ["市新闻出版局"], [], "2025-04-30"),
    ]


def test_a_data_sharing_list_the_provider_leads_and_the_requester_supports():
    doc = _read("data_sharing.docx")  # before: no recognisable workplans
    assert [row[1:] for row in _rows(doc)] == [
        (["区公安分局"], ["区医保局"], "2025-04-30"),
        (["区税务局"], ["区市场监管局"], "2025-06-30"),
    ]


@pytest.mark.parametrize(
    ("written", "date"),
    [("20251231", "2025-12-31"), ("45869.70833", "2025-07-31"), ("45838.0", "2025-06-30"), ("6/30/2025", "2025-06-30")],
)
def test_dates_an_oa_export_writes_in_digits(written, date):
    assert parse_deadline(written, 2025).date == date  # before: none, and 6/30/2025 read as December


def test_a_portals_navigation_bar_and_its_other_fields():
    doc = parse_document(
        "灵璧县人民政府 | 首页 | 政务公开 | 政策文件\n灵璧县人民政府办公室关于印发2025年就业创业工作要点的通知\n"
        "1.落实稳岗扩岗政策。（县人社局牵头，县财政局配合）\n",
        path="plan.txt",
    )
    assert doc.title == "灵璧县人民政府办公室关于印发2025年就业创业工作要点的通知"
    doc = parse_document(
        "发布机构：灵璧县人民政府办公室\t生成日期：2025-03-12\t主题分类：劳动就业\n关于印发2025年就业创业工作要点的通知\n"
        "1.落实稳岗扩岗政策。（县人社局牵头，县财政局配合）\n",
        path="plan.txt",
    )
    assert (doc.issuer, doc.date) == ("灵璧县人民政府办公室", "2025-03-12")


def test_a_note_printed_right_under_a_pdf_table_is_read():
    """注：责任单位中排在第一位的为牵头单位: its line overlaps the table's box by half a point; before, it was lost
    and every unit led."""
    assert [row[1:3] for row in _rows(_read("note_under_table.pdf"))] == [
        (["县应急管理局"], ["县经信局"]),
        (["县住建局"], ["县市场监管局"]),
    ]


# ---- the year of a plan, recurring words, partners in prose ---------------------------------------------------------


def test_a_plans_year_is_the_one_outside_the_quoted_plan_it_schedules():
    doc = parse_document(
        "湖南省人民政府办公厅关于印发《湖南省农村人居环境整治提升五年行动实施方案（2021—2025年）》2025年度重点工作安排的通知\n\n"
        "一、扎实推进农村厕所革命\n1.开展农村问题厕所摸排整改。（省农业农村厅牵头，省卫生健康委配合，6月底前完成）\n",
        path="plan.txt",
    )
    assert [row[3] for row in _rows(doc)] == ["2025-06"]  # before: 2021-06, the quoted plan's first year


def test_within_two_years_is_not_within_the_year():
    from reformgraph.loaders.text_deadlines import text_deadline

    assert text_deadline("力争两年内实现全覆盖。", plan_year=2025).date is None  # before: 2025-12
    assert text_deadline("3年内完成改造。", plan_year=2025).date is None
    assert text_deadline("年内完成改造。", plan_year=2025).date == "2025-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "强化体育美育。省体育局牵头，省教育厅配合，每学期组织一次全省性展示交流活动。",
        "诚信建设。市发展改革委牵头，市直有关部门配合，按月归集报送“双公示”信息。",
        "公益广告。市委宣传部牵头，市交通运输局配合，公益广告刊播工作常年开展。",
    ],
)
def test_work_each_term_each_month_or_all_year_round_is_ongoing(sentence):
    from reformgraph.loaders.text_deadlines import text_deadline

    assert text_deadline(sentence, plan_year=2025).status == "ongoing"  # before: none


def test_partners_joined_by_lianhe_or_worked_with():
    doc = parse_document(
        "某市2025年工作方案\n\n二、重点任务\n"
        "（一）推进工程建设项目审批改革。市住房城乡建设局要联合市自然资源和规划局、市发展改革委，全面推行联合验收，"
        "2025年9月底前完成。\n（二）推进医养结合。区卫生健康局要加强与区民政局的协作，推动签约合作，2025年12月底前完成。\n"
        "（三）开展联合执法。市场监管局要联合执法，2025年6月底前完成。\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)][:2] == [
        (["市住房城乡建设局"], ["市自然资源和规划局", "市发展改革委"]),  # before: no partner
        (["区卫生健康局"], ["区民政局"]),
    ]


# ---- name and content columns, text exports named as sheets ---------------------------------------------------------


def test_a_column_after_the_task_column_describes_the_task_and_a_count_column_is_no_text():
    doc = _sheet(
        ["编号", "事项名称", "事项内容", "承办单位", "会办单位", "要求办结时间"],
        ["ZD-01", "养老服务", "新建社区嵌入式养老服务中心4个", "区民政局", "区卫健局", "2025年10月"],
        ["ZD-02", "停车难", "新增公共停车泊位1500个", "区城管局", "区住建局", "2025年11月"],
    )
    # before: a workplan per row, titled by its 事项内容
    assert [(w.title, [m.text for m in w.measures]) for w in doc.workplans] == [
        ("t", ["养老服务", "停车难"])
    ]  # one workplan, titled by the file
    from reformgraph.loaders.tables import column_kind

    assert column_kind("涉及部门事项（个）") == "other"


def test_a_tab_separated_export_named_xls_or_csv_is_read(tmp_path):
    from reformgraph.loaders.read import read_document

    text = "某市2025年重点工作督办台账\n序号\t督办事项\t主办单位\t协办单位\t办结时限\n1\t推进无废城市建设\t市生态环境局\t市工信局\t2025-06-30\n"
    for name in ("export.xls", "export.csv"):
        (tmp_path / name).write_bytes(text.encode("gb18030"))
        assert _rows(read_document(tmp_path / name)) == [
            ("推进无废城市建设", ["市生态环境局"], ["市工信局"], "2025-06-30")
        ]


# ---- printed tables that go on over pages ----------------------------------------------------------------------------


def test_a_pdf_tables_header_wrapped_in_narrow_cells_is_found():
    """牵头 / 单位 on two lines of the text layer: before, no table was looked for (no recognisable workplans)."""
    assert _rows(_read("pdf_wrapped_header.pdf")) == [
        ("完成农村卫生户厕改造1200户，建立户厕长效管护机制", ["县农业农村局"], ["县卫健局", "各乡镇"], "2024-11"),
        ("完成6个乡镇生活垃圾中转站提升改造", ["县住建局"], ["各乡镇"], "2024-09"),
    ]


def test_a_row_split_over_a_page_under_a_running_head_is_one_task():
    """The document's number printed atop every page: before, it titled a second table, the row's halves were two
    tasks (lead 市住房城乡, then 建设局)."""
    doc = _read("pdf_running_head_split_row.pdf")
    assert [(row[1], row[3]) for row in _rows(doc)] == [
        (["市住房城乡建设局"], "2024-10"),
        (["市林业竹业局"], "2024-09"),
    ]
    assert [w.title for w in doc.workplans] == ["泸州市城市更新行动重点任务分工方案"]


def test_a_table_that_goes_on_under_xubiao_is_one_table():
    doc = _read("continued_table.docx")
    assert "续表" not in [w.title for w in doc.workplans]


def test_a_notices_requirements_above_its_attached_table_are_no_tasks():
    """现将任务分解表印发给你们，并提出如下要求：一、…二、加强督查考核。党政办公室每月…督查: before, a task of 党政办公室."""
    doc = _read("cover_notice_requirements.docx")
    assert [row[:2] for row in _rows(doc)] == [
        ("新认定高新技术企业30家", ["科技创新科"]),
        ("新建人才公寓500套", ["社会事务科", "青石湾城建公司"]),
    ]


def test_a_pdf_whose_pages_are_stored_rotated_is_read_not_called_a_scan():
    """A landscape table stored on pages turned by /Rotate 90: pypdf's layout reading gives no text for them, and
    the file was refused as a scan with no text layer."""
    doc = _read("pdf_rotated_pages.pdf")
    assert [row[1:] for row in _rows(doc)][:2] == [
        (["县经信局"], ["各镇（街道）"], "2024-09"),
        (["县农业农村局"], ["县科技局"], "2024-11"),
    ]


def test_a_task_table_embedded_in_a_word_file_as_an_excel_object_is_read():
    """python-docx sees no table in it; before: no recognisable workplans."""
    assert _rows(_read("embedded_workbook.docx")) == [
        ("建立城市更新项目库。", ["区城市更新局"], ["各镇（街道）"], "2024-06-30")
    ]


def test_several_numbered_tasks_in_one_row_each_with_its_units_and_deadline():
    """工作任务 1.… 2.… beside 责任单位 1.… 2.… and 完成时限 1.… 2.…: before, one task with both tasks' units and the
    later deadline."""
    assert _rows(_read("numbered_items_in_one_row.docx")) == [
        ("建成全市一体化政务云平台。", ["市数据局"], ["市财政局"], "2025-09"),
        ("完善政务外网。", ["市数据局"], ["各县（市、区）政府"], "2025-12"),
    ]
    doc = _sheet(  # sub-measures of one task with one set of units: one task, as before
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "推进政务云建设：\n1.建成平台；\n2.完善外网。", "市数据局", "2025年12月"],
    )
    assert [row[1:] for row in _rows(doc)] == [(["市数据局"], [], "2025-12")]


def test_a_sheet_named_by_its_unit_or_titled_x_qiantou_gives_its_rows_their_lead():
    """序号 | 工作任务 | 配合单位 | 完成时限 on a sheet named 区财政局 (a workbook split by department)."""
    from reformgraph.loaders.sheets import document_from_sheets

    rows = [["序号", "工作任务", "配合单位", "完成时限"], ["1", "加快专项债券资金使用", "区发改局", "2025年10月底前"]]
    doc = document_from_sheets([("区财政局", rows)], path="t.xlsx", key="t", sha256="0")
    assert _rows(doc) == [("加快专项债券资金使用", ["区财政局"], ["区发改局"], "2025-10")]  # before: no lead, left out
    doc = document_from_sheets([("Sheet1", [["区财政局牵头任务清单"], *rows])], path="t.xlsx", key="t", sha256="0")
    assert [row[1] for row in _rows(doc)] == [["区财政局"]]


# ---- lists of units in brackets in a plan of two styles, partners, a monthly schedule ------------------------------


def test_a_list_of_units_closing_an_items_sentence_in_a_plan_that_labels_others():
    doc = parse_document(
        "某区2024年河湖长制工作要点\n\n三、重点任务\n1.开展春季河湖清洁行动（各镇人民政府、街道办事处）。2024年3月底前完成。\n"
        "2.完成汛前河道障碍物清理（区水利局牵头，区应急管理局配合）。2024年5月底前完成。\n"
        "3.加强政策文件库建设。（区司法局、区政府办公室）\n（四）建强微型消防站（志愿消防队）\n",
        path="plan.txt",
    )
    assert _rows(doc) == [  # before: items 1 and 3 left out ("numbered item names no unit")
        ("开展春季河湖清洁行动", ["各镇人民政府", "街道办事处"], [], "2024-03"),
        ("完成汛前河道障碍物清理", ["区水利局"], ["区应急管理局"], "2024-05"),
        ("加强政策文件库建设。", ["区司法局", "区政府办公室"], [], None),
    ]


def test_units_that_carry_the_work_out_and_a_monthly_schedules_line():
    doc = parse_document(
        "某区2024年河湖长制工作要点\n\n三、重点任务\n（一）落实河湖长巡河制度。区河长办负责督促指导，各镇（街道）具体落实。"
        "2024年12月底前完成。\n四、月度工作安排\n12月：开展年度河湖长履职考核（区河长办牵头，区委组织部配合）。\n",
        path="plan.txt",
    )
    assert [row[1:] for row in _rows(doc)] == [
        (["区河长办"], ["各镇（街道）"], "2024-12"),  # before: no partner
        (["区河长办"], ["区委组织部"], "2024-12"),  # before: no deadline
    ]


def test_a_first_listed_note_with_another_mark_and_a_note_under_a_label_line():
    from reformgraph.loaders.vocab import search_first_listed

    assert (
        search_first_listed("注：责任单位排在首位或标注“牵头”的为牵头单位，其余为配合单位。") is not None
    )  # before: None
    doc = parse_document(
        "某区2025年城市更新重点工作任务清单\n1.停车设施建设。新增泊位3000个。\n责任单位：区发改委、区职业教育中心\n"
        "注：请各责任单位每月5日前报送进展。\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["区发改委", "区职业教育中心"]]  # before: …中心注：请各责任单位…


def test_a_pdf_table_going_on_over_a_page_without_its_header_keeps_its_unit_columns():
    """Before, the units a cell lists one a line were glued on the second page (区审计局各街道办事处)."""
    rows = _rows(_read("pdf_table_goes_on_headless.pdf"))
    assert len(rows) == 19
    assert all(row[2] in (["区财政局", "各街道办事处"], ["区审计局", "各街道办事处"]) for row in rows)
    assert rows[-1][1:] == (["区住房城乡建设局"], ["区审计局", "各街道办事处"], "2024-12-20")


def test_every_body_of_a_level_that_opens_an_item_with_fuze_leads_it():
    doc = parse_document(
        "某县2025年户厕整改方案\n\n二、重点任务\n1.县住建局负责户厕排查，于今年6月30日前完成。\n"
        "2.各乡镇人民政府负责问题户厕整改，于今年9月30日前完成。\n3.各乡镇、居村委要指导业主落实管护责任。\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["县住建局"], ["各乡镇人民政府"]]  # before: item 2 left out


def test_a_note_in_brackets_before_the_tasks_units_stays_its_words():
    doc = parse_document(
        "某区2024年全民阅读实施方案\n\n一、重点任务\n1.建立长效机制。将阅读工作纳入学校年度考核（区属公办学校）。"
        "（责任单位：区教育局人事科，区教育局督导室配合；完成时限：长期坚持）\n"
        "2.开展示范校评选。（责任单位：区教育局；完成时限：2024年12月底前）\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["区教育局人事科"], ["区教育局"]]  # not 区属公办学校, a task of its own


def test_a_numbered_row_over_rows_that_name_their_own_units_stays_a_task():
    """（一） | 开展…整治行动 | 市安委办 | … over rows 1. with units of their own: a task and their heading."""
    assert [row[1] for row in _rows(_read("parent_rows_with_own_units.docx"))] == [["市安委办"], ["市城市管理局"]]


def test_a_portals_footer_is_no_task_and_its_licence_number_no_document_number():
    doc = parse_document(
        "绍兴市人民政府办公室关于印发2024年绍兴市政务公开工作要点的通知\n一、加强政策发布解读\n"
        "1.加大稳经济政策公开力度。及时公开惠企政策清单。（责任单位：市发改委、市经信局）\n分享到：\t微信\t微博\n"
        "主办单位：绍兴市人民政府办公室　承办单位：绍兴市大数据发展管理局\n网站标识码：3306000001　浙ICP备05012497号-1\n",
        path="plan.txt",
    )
    assert [row[1:3] for row in _rows(doc)] == [(["市发改委", "市经信局"], [])]  # before: a task of the site's owner
    assert doc.doc_number is None  # before: 〔0501〕2497号
    doc = parse_document(  # an event plan's own 主办单位 line, with no site's mark after it, stays
        "某市2025年全民健身活动安排\n一、赛事活动\n1.举办城市马拉松赛。\n主办单位：市体育局；承办单位：市马拉松协会\n",
        path="plan.txt",
    )
    assert [row[1] for row in _rows(doc)] == [["市体育局"]]


@pytest.mark.parametrize(
    "head",
    [
        "思明区人民政府\n首页\t新闻中心\t政务公开\t政务服务",
        "石泉县人民政府 www.shiquan.gov.cn\n今天是：2024年07月03日 星期三",
    ],
)
def test_a_pages_head_above_a_copied_plan_is_no_part_of_its_title(head):
    doc = parse_document(
        f"{head}\n关于印发石泉县2024年和美乡村建设实施方案的通知\n一、重点工作\n"
        "1.推进农村户厕改造。（牵头单位：县农业农村局；完成时限：2024年10月底）\n",
        path="plan.txt",
    )
    assert doc.title == "关于印发石泉县2024年和美乡村建设实施方案的通知"


def test_a_site_name_before_a_pages_title():
    from reformgraph.loaders.formats_html import page_title

    assert (
        page_title("荣成市人民政府 政府信息公开 关于印发荣成市优化营商环境方案的通知")
        == "关于印发荣成市优化营商环境方案的通知"
    )
    assert (
        page_title("江临市人民政府关于印发方案的通知") == "江临市人民政府关于印发方案的通知"
    )  # the issuer's own name stays


def test_a_pages_toolbar_above_the_plan_is_no_footer():
    """字体：【大】【中】【小】 打印本页 关闭窗口 above the plan: the first footer rule blanked every line after it."""
    doc = parse_document(
        "绍兴市人民政府办公室关于印发2024年政务公开工作要点的通知\n字体：【大】【中】【小】 打印本页 关闭窗口\n一、加强政策发布解读\n"
        "1.加大稳经济政策公开力度。（责任单位：市发改委）\n2.做好重大项目信息公开。（责任单位：市发改委、市住建局）\n",
        path="plan.txt",
    )
    assert len(_rows(doc)) == 2

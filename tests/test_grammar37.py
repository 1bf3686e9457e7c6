"""Round 37 of docs/loader.md: what new helpers' plans showed (session 25)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.formats_docx import docx_content
from reformgraph.loaders.formats_html import cell_text
from reformgraph.loaders.glyphs import as_drawn
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.read import read_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import task_rows as _rows
from tests.test_formats_legacy import need

_ROUND37 = Path(__file__).parent / "fixtures" / "round37"


def test_a_notice_whose_tasks_are_all_in_its_table_keeps_its_issuer_and_number():
    doc = read_document(_ROUND37 / "notice_table_only.docx")
    # before: issuer and number None (read from the paragraphs only when they assigned a task too)
    assert (doc.issuer, doc.doc_number, doc.date) == ("某县人民政府办公室", "〔2026〕12号", "2026-03-10")
    assert _rows(doc) == [("推进企业开办全程网办。", ["县市场监管局"], [], "2026-06")]


def test_a_page_cell_split_across_inline_elements_is_one_name():
    doc = read_document(_ROUND37 / "cell_split_by_spans.html")
    assert _rows(doc) == [  # before: 市通信、管理办公室 and 市数、据局
        ("加快5G网络深度覆盖。", ["市通信管理办公室"], ["市数据局"], "2026-12"),
        ("推进政务云平台扩容。", ["市数据局"], ["市财政局"], "2026-09"),
    ]


def test_cell_text_joins_inline_pieces_and_separates_blocks():
    assert cell_text(["市数", "据局", "\n", "市财政局 ", "\n"]) == "市数据局 市财政局"
    assert cell_text(["<", "\n", "\n"]) == "<"


def test_a_table_with_no_column_named_a_task_takes_its_last_text_column_before_the_units():
    text = (
        "江城市支持科技创新若干政策措施责任分工\n\n"
        "| 条款 | 政策事项 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 第三条 | 科技成果转化奖励 | 市科技局 | 市财政局 | 2026年9月底前出台实施细则 |\n"
        "| 第四条 | 科技金融支持 | 市财政局 | 市科技局 | 2026年6月底前 |\n"
    )
    assert _rows(parse_document(text)) == [  # before: no task table (政策事项 names a group, 条款 nothing known)
        ("科技成果转化奖励", ["市科技局"], ["市财政局"], "2026-09"),
        ("科技金融支持", ["市财政局"], ["市科技局"], "2026-06"),
    ]
    only = "政策分工\n\n| 条款 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|\n| 第三条 | 市科技局 | 市财政局 | 持续推进 |\n"
    assert _rows(parse_document(only)) == [("第三条", ["市科技局"], ["市财政局"], None)]


def test_a_line_of_fields_is_no_header_of_a_table_with_no_task_column():
    text = (
        "东湖县2025年实施方案\n\n"
        "▲ 推行惠企政策“免申即享”。梳理惠企政策清单。（牵头单位：县数据局、县财政局  配合单位：县税务局  "
        "完成时限：2025年9月底前）\n"
    )
    assert _rows(parse_document(text)) == [
        ("推行惠企政策“免申即享”。梳理惠企政策清单。", ["县数据局", "县财政局"], ["县税务局"], "2025-09")
    ]


def test_units_with_no_label_before_the_supporting_ones_are_responsible():
    text = (
        "某县2026年优化营商环境工作要点\n\n"
        "1.规范涉企行政检查。（县司法局；配合单位：县市场监管局、县应急管理局；完成时限：2026年6月底前）\n"
        "2.推进信用分级分类监管。（责任单位：县发展改革局；配合单位：县市场监管局；完成时限：2026年9月底前）\n"
    )
    assert _rows(parse_document(text)) == [  # before: the first left out, "names no lead unit"
        ("规范涉企行政检查。", ["县司法局"], ["县市场监管局", "县应急管理局"], "2026-06"),
        ("推进信用分级分类监管。", ["县发展改革局"], ["县市场监管局"], "2026-09"),
    ]
    cells = read_document(_ROUND37 / "unlabelled_lead_cells.docx")
    assert [(leads, supports) for _, leads, supports, _ in _rows(cells)] == [
        (["县司法局"], ["县市场监管局", "县应急管理局"]),  # 县司法局 / 配合：… (two lines of a cell)
        (["县司法局"], ["县市场监管局", "县应急管理局"]),  # 县司法局；配合：…
        (["县司法局"], ["县市场监管局"]),  # 县司法局，配合单位：…
        (["县司法局", "县财政局"], ["县市场监管局"]),  # … / 协办：…
    ]


def test_words_before_a_supporting_label_that_are_no_unit_names_give_no_lead():
    text = "某县2026年工作要点\n\n1.规范涉企行政检查。（按计划推进；配合单位：县市场监管局）\n"
    assert _rows(parse_document(text)) == []


_TWO_TASKS = [
    ("推行企业开办“一网通办”。", ["区市场监管局"], ["区税务局", "区公安分局"], "2026-06"),
    ("开展涉企收费专项检查。", ["区发展改革委"], ["区财政局"], "2026-09"),
]


@pytest.mark.parametrize("name", ["nested_table", "sdt_table", "sdt_paras", "textbox_table"])
def test_a_word_file_reads_what_is_inside_a_frame_table_a_content_control_or_a_text_box(name):
    # before: "no recognisable workplans": the reader saw the body's own paragraphs and tables only
    assert _rows(read_document(_ROUND37 / f"{name}.docx")) == _TWO_TASKS


@pytest.mark.parametrize("name", ["num_taiwanese", "num_custom_mc"])
def test_word_numbering_in_chinese_numerals_of_any_format_gives_the_outline_its_headings(name):
    # LibreOffice writes 一二三 as taiwaneseCountingThousand; Word 2010+ a custom format inside mc:AlternateContent
    lines, _ = docx_content((_ROUND37 / f"{name}.docx").read_bytes(), path=name)
    assert [line for line in lines if line.startswith(("一、", "二、", "（一）", "（二）"))] == [
        "一、总体目标",
        "二、重点任务",
        "（一）推进老旧小区改造",
        "（二）完善公共服务设施",
    ]  # before: 1、总体目标 and （1）推进…
    assert [text for text, *_ in _rows(read_document(_ROUND37 / f"{name}.docx"))] == [
        "完成30个老旧小区改造。",
        "建立小区长效管理机制。",
        "新建社区养老服务站5个。",  # before: 完善公共服务设施, the heading （1） over it
        "新增公共停车泊位800个。",
    ]


def test_a_list_of_one_unit_a_line_goes_on_to_the_next_label():
    text = (
        "青溪县2026年优化营商环境工作方案\n\n一、重点任务\n1.规范招标投标市场秩序\n开展招投标领域突出问题专项整治。\n"
        "牵头单位：县发展改革局\n配合单位：县公共资源交易中心\n县住房城乡建设局\n\n县交通运输局\n完成时限：2026年11月\n\n"
        "2.加强知识产权保护\n开展知识产权侵权专项执法行动。\n牵头单位：县市场监管局\n配合单位：县公安局\n完成时限：2026年10月\n"
    )
    # before: the second and third names lost, and the deadline after them
    assert [(leads, supports, date) for _, leads, supports, date in _rows(parse_document(text))] == [
        (["县发展改革局"], ["县公共资源交易中心", "县住房城乡建设局", "县交通运输局"], "2026-11"),
        (["县市场监管局"], ["县公安局"], "2026-10"),
    ]


def test_a_deadline_alone_in_square_brackets_after_the_assignment_is_the_tasks():
    text = (
        "清河市2026年优化营商环境工作要点\n\n一、重点任务\n\n"
        "1.推行企业投资项目承诺制。【市发展改革委牵头，市住房城乡建设局配合】【2026年9月底前】\n\n"
        "2.推进“多规合一”业务协同。【市自然资源和规划局牵头，市发展改革委配合】【持续推进】\n"
    )
    doc = parse_document(text)
    assert [(m.deadline.raw, m.deadline.date, m.deadline.status) for m in doc.workplans[0].measures] == [
        ("2026年9月底前", "2026-09", "scheduled"),  # before: no deadline
        ("持续推进", None, "ongoing"),
    ]


_DUTIES = (
    "白河市防汛抗旱应急预案\n\n1 总则\n为做好防汛抗旱工作，制定本预案。\n\n{heading}\n"
    "市水利局：负责水情旱情监测预警，承担防御洪水应急抢险的技术支撑工作。\n"
    "市气象局：负责天气监测和预报预警。\n"
    "市民政局、市财政局：按照职责分工做好受灾群众救助和资金保障工作。\n\n"
    "3 预防预警\n各地要加强隐患排查。\n"
)


@pytest.mark.parametrize("heading", ["2.2 成员单位职责", "2.2成员单位职责", "2 成员单位职责", "（二）成员单位职责"])
def test_a_duties_heading_below_the_top_level_reads_the_units_duties(heading):
    doc = parse_document(_DUTIES.format(heading=heading))
    assert [(leads, supports) for _, leads, supports, _ in _rows(doc)] == [  # before: no recognisable workplans
        (["市水利局"], []),
        (["市气象局"], []),
        (["市民政局", "市财政局"], []),
    ]


def test_a_numbered_item_that_opens_with_units_and_a_verb_is_theirs():
    text = (
        "白河市防汛抗旱应急预案\n\n4.2 Ⅰ级响应行动\n（1）总指挥主持会商，作出防汛抗旱应急工作部署。\n"
        "（2）市气象局加密监测预报频次，每3小时报告一次雨情。\n"
        "（3）市委组织部开展抢险一线干部表现考察。\n"
        "（4）配合市应急管理局开展转移安置。\n"
    )
    # before: each left out, "numbered item names no unit"; a post (总指挥) and a partner's role (配合…) lead nothing
    assert [(text[:8], leads) for text, leads, _, _ in _rows(parse_document(text))] == [
        ("市气象局加密监测", ["市气象局"]),
        ("市委组织部开展抢", ["市委组织部"]),
    ]


def test_minutes_framing_words_before_the_units_and_a_lead_with_partners_that_must_act():
    text = (
        "关于推进2026年重点项目建设有关问题的会议纪要\n\n"
        "一、关于历史文化街区保护利用问题。会议要求，东城区政府负责老街片区征收安置工作，年内启动一期改造。\n\n"
        "二、关于重点项目要素保障问题。会议强调，要建立要素保障“直通车”制度。市发展改革委负责牵头建立重点项目调度机制；"
        "市自然资源和规划局、市生态环境局要开辟审批绿色通道。\n"
    )
    assert [(leads, supports) for _, leads, supports, _ in _rows(parse_document(text))] == [
        (["东城区政府"], []),  # before: no task (会议要求， read as part of the subject)
        (["市发展改革委"], ["市自然资源和规划局", "市生态环境局"]),  # before: the two 局 led, 市发展改革委 lost
    ]


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2026年秋季学期开学前", "2026-08-31"),  # before: 2026-12, the year alone
        ("2026年植树季", "2026-03"),
        ("植树节前", "2026-03-12"),
        ("2026年采暖季前", "2026-11"),  # as 供暖季
        ("立行立改", "2026-03"),  # before: no deadline; now due the month the plan is dated
        ("即知即改", "2026-03"),
    ],
)
def test_season_words_and_rectify_at_once_have_their_month(written, date):
    assert parse_deadline(written, 2026, "2026-03-10").date == date


def test_rectify_at_once_without_a_plan_date_is_a_deadline_with_no_date_and_in_brackets_a_measures_own():
    assert (parse_deadline("立行立改").date, parse_deadline("立行立改").status) == (None, "scheduled")
    assert parse_deadline("立行立改，长期坚持").status == "ongoing"
    doc = read_document(_ROUND37 / "immediate_rectification.txt")
    assert [(m.deadline.raw, m.deadline.status) for w in doc.workplans for m in w.measures] == [
        ("立行立改", "scheduled"),  # before: 见各项措施, the block's field, for the measure's own （立行立改）
        ("2026年5月底前", "scheduled"),
        ("立行立改", "scheduled"),
    ]


def test_a_last_clause_that_is_a_status_alone_makes_the_task_ongoing():
    # before: only a last sentence or bracket of its own (…。持续推进。) did
    assert text_deadline("村容村貌提升。拆除危旧房150处，全年持续推进。", plan_year=2026).status == "ongoing"
    assert text_deadline("垃圾治理。推行垃圾分类，长期坚持。", plan_year=2026).raw == "长期坚持"
    # a continuing word inside a later sentence's clause still qualifies that clause only (as before)
    assert text_deadline("优化设施布局。结合工作，持续完善设施规划布局，优化配置。", plan_year=2026).status is None


@pytest.mark.parametrize("name", ["sheet_per_department.xlsx", "table_per_department.docx"])
def test_a_table_of_one_departments_tasks_with_no_lead_column_is_led_by_that_department(name):
    # a sheet named and titled 区教育局…清单, or a heading 区教育局任务清单 above the table; columns 改革任务 | 配合单位
    assert [(leads, supports, date) for _, leads, supports, date in _rows(read_document(_ROUND37 / name))] == [
        (["区教育局"], ["区委编办", "区财政局"], "2026-08"),  # before: "task names no lead unit", nothing read
        (["区卫生健康委"], ["区医保局", "区财政局"], "2026-10"),
    ]


def test_a_plans_place_in_a_title_is_no_owner_of_its_table():
    text = (
        "江城市2026年重点任务清单\n\n| 序号 | 改革任务 | 配合单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 推进集团化办学 | 区委编办 | 2026年8月底前 |\n"
    )
    assert _rows(parse_document(text)) == []  # no lead named: 江城市 is the plan's place, not a unit leading it


@pytest.mark.parametrize(
    ("name", "dates"),
    [
        ("quarters_ticked.xlsx", ["2026-06", "2026-12", "2026-09"]),  # √ under 一季度 … 四季度 (进度安排 over them)
        ("months_marked.xlsx", ["2026-03", "2026-08", "2026-10"]),  # ● under 1月 … 12月
        ("quarter_milestones.docx", ["2026-06", "2026-12", "2026-09"]),  # each quarter's milestone written out
    ],
)
def test_with_no_deadline_column_a_row_is_due_at_the_end_of_the_last_period_it_marks(name, dates):
    assert [date for *_, date in _rows(read_document(_ROUND37 / name))] == dates  # before: no deadline


def test_period_columns_beside_a_deadline_column_stay_milestones():
    text = (
        "某区2026年重点工作进度安排表\n\n| 序号 | 工作任务 | 牵头单位 | 一季度 | 二季度 | 完成时限 |\n|---|---|---|---|---|---|\n"
        "| 1 | 完成方案编制 | 区住建局 | √ | √ | 2026年9月底前 |\n"
    )
    assert [date for *_, date in _rows(parse_document(text))] == ["2026-09"]


def test_a_markdown_stage_heading_with_its_time_dates_the_items_under_it():
    text = (
        "# 东湖区2026年市容环境整治专项行动方案\n\n## 一、实施步骤\n\n### （一）动员部署阶段（2026年3月）\n\n"
        "1.开展摸底排查。由各街道办事处负责，建立问题台账。\n\n### （二）集中整治阶段（2026年4月至9月）\n\n"
        "2.整治车辆乱停乱放。由区公安分局牵头，区城管局配合，规范停放秩序。\n\n"
        "3.整治户外广告。由区城管局牵头，区市场监管局配合，8月底前完成。\n"
    )
    # before: the first two had no deadline (a markdown heading stopped the walk up to the item's heading)
    assert [date for *_, date in _rows(parse_document(text))] == ["2026-03", "2026-09", "2026-08"]


def test_with_no_deadline_column_a_date_in_a_target_cell_is_the_rows_deadline():
    text = (
        "2026年度县直部门目标管理考核指标\n\n| 序号 | 考核指标 | 分值 | 目标值 | 责任单位 | 考核方式 |\n|---|---|---|---|---|---|\n"
        "| 1 | 城乡居民医保参保率 | 5 | 参保率稳定在95%以上，6月底前完成年度集中征缴 | 县医保局 | 查阅征缴数据 |\n"
        "| 2 | 信访积案化解 | 6 | 化解交办积案90%以上 | 县信访局 | 按月通报 |\n"
    )
    # before: none; a score, a percentage and 按月通报 (how it is checked) are no deadline
    assert [(m.deadline.raw, m.deadline.date) for w in parse_document(text).workplans for m in w.measures] == [
        ("6月底前", "2026-06"),
        (None, None),
    ]


def test_a_numbered_heading_is_no_title_the_plain_title_above_it_is():
    doc = read_document(_ROUND37 / "numbered_heading_style.docx")  # 一、重点任务 in Word's Heading 1 style
    assert doc.title == "某市2026年优化营商环境攻坚行动工作方案"  # before: 一、重点任务
    text = "# 一、重点任务\n\n1.推进电子证照共享互认。（牵头单位：市大数据局）\n"
    assert parse_document(text).title == "重点任务"  # no title line at all: its first section's, as before


def test_minutes_under_a_masthead_are_titled_by_their_own_title_and_issued_by_the_name_beside_the_date():
    doc = read_document(_ROUND37 / "minutes_masthead.txt")  # 中共南屏市委办公室 / 市委专题会议纪要 / 〔2026〕第7期
    # before: title 中共南屏市委办公室, issuer 〔2026〕第7期 (the line above the date)
    assert (doc.title, doc.issuer, doc.date) == (
        "关于推进中心城区城市更新有关问题的会议纪要",
        "南屏市委办公室",
        "2026-04-08",
    )


def test_a_pdf_whose_fonts_map_characters_to_radicals_reads_the_characters_and_says_nothing_on_stderr(capfd):
    pytest.importorskip("pypdf", reason="the formats extra (pypdf) is not installed")
    doc = read_document(_ROUND37 / "radicals_chromium.pdf")  # printed by Chromium: 8⽉ (U+2F49), ⼈⺠, ⻓期
    measures = [m for w in doc.workplans for m in w.measures]
    assert [([u.raw for u in m.supports], m.deadline.date, m.deadline.status) for m in measures] == [
        (
            ["县人民政府办公室", "县数据局"],
            "2026-08",
            "scheduled",
        ),  # before: 2026-12 (the month unread), 县⼈⺠政府办公室
        (["县市场监管局"], None, "ongoing"),  # before: no status (⻓期坚持)
    ]
    assert "FontBBox" not in capfd.readouterr().err  # pdfminer's warnings, one per glyph, before


def test_as_drawn_reads_kangxi_and_supplement_radicals_as_characters():
    assert as_drawn("⼆、推进⺠⽣⼯程，⻔户⽹站") == "二、推进民生工程，门户网站"


def test_a_row_broken_where_a_page_ends_goes_on_with_the_row_above():
    # 2 | 背街小巷改造提升 | 完成解放路、人民路、 | … | 县城管局、 | 2026年11月, the header again, then | | 新华巷… | | 县住建局 |
    doc = read_document(_ROUND37 / "row_broken_at_page.docx")
    assert [supports for _, _, supports, _ in _rows(doc)] == [
        ["县住建局"],
        ["县城管局", "县住建局"],  # before: 县住建局 lost with the row
        ["县公安局交警大队"],
    ]


def test_a_row_of_its_number_alone_and_a_total_in_the_number_column_are_no_group_and_no_task():
    doc = read_document(_ROUND37 / "number_only_row.docx")  # 1 | … / 2 | | | / 3 | …
    assert len(doc.workplans) == 1 and len(doc.workplans[0].measures) == 3  # before: a workplan titled 2
    total = read_document(_ROUND37 / "total_in_number_column.md")  # 合计 | 2项 | |
    assert [text for text, *_ in _rows(total)] == [
        "开工建设丰川至临河一级公路",
        "谋划储备专项债项目50个",
    ]  # before: 2项 too


@pytest.mark.parametrize(
    "said",
    [
        "各项任务除已明确完成时限的外，均应于2026年底前完成。",  # before: no default (除…外)
        "各项任务除注明时限外，均须于2026年12月底前完成。",
        "无特别说明的，各项任务均于2026年底前完成。",  # before: none (无特别说明)
        "未明确完成时限的任务，均须于2026年底前完成。",  # as before
    ],
)
def test_a_plans_default_deadline_in_its_other_wordings(said):
    text = (
        f"江北省2026年政务服务改革重点任务分工方案\n\n{said}\n\n一、重点任务\n\n"
        "1．推行“高效办成一件事”。（省政务服务办、省司法厅按职责分工负责）\n"
        "2．推进电子证照互认。（省政务服务办牵头，省公安厅配合；2026年6月底前）\n"
    )
    assert [date for *_, date in _rows(parse_document(text))] == ["2026-12", "2026-06"]


def test_a_lead_line_under_a_heading_leads_items_whose_brackets_name_their_units_by_a_label():
    text = (
        "某区2026年全面深化改革工作要点\n\n一、深化社会民生领域改革\n牵头单位：区民政局\n"
        "1、深化养老服务体系改革。2026年底前实现街道全覆盖。（责任单位：区卫生健康局、各镇街）\n"
        "2、完善社会救助制度。2026年6月底前出台实施办法。（责任单位：区医保分局、区人力社保局）\n"
        "二、深化党的建设制度改革\n"
        "3、深化清廉建设。推进清廉单元建设提质扩面。（牵头单位：区纪委区监委机关；责任单位：区委组织部）\n"
    )
    # before: a task of the heading led by 区民政局, and each item led by its 责任单位 (区民政局 lost from them)
    assert [(text[:6], leads, supports) for text, leads, supports, _ in _rows(parse_document(text))] == [
        ("深化养老服务", ["区民政局"], ["区卫生健康局", "各镇街"]),
        ("完善社会救助", ["区民政局"], ["区医保分局", "区人力社保局"]),
        ("深化清廉建设", ["区纪委区监委机关"], ["区委组织部"]),  # before: 区纪委、区监委机关 (one organ)
    ]


def test_endnotes_under_a_notes_heading_are_no_tasks():
    text = (
        "清溪县2026年教育工作要点\n\n一、重点任务\n"
        "1．深化“县管校聘”改革[2]。（牵头单位：县教育局；配合单位：县委编办）\n"
        "注释：\n[1] 《幼儿园保育教育质量评估指南》由教育部于2022年2月印发。\n"
        "[2] “县管校聘”指由县教育局会同县委编办、县人力资源社会保障局统筹管理教师编制和岗位。\n"
    )
    # before: the second note a task of 县教育局 with two partners
    assert [(leads, supports) for _, leads, supports, _ in _rows(parse_document(text))] == [
        (["县教育局"], ["县委编办"])
    ]


def test_a_pdfs_running_head_of_two_parts_is_dropped_and_joins_no_unit_list():
    pytest.importorskip("pypdf", reason="the formats extra (pypdf) is not installed")
    doc = read_document(
        _ROUND37 / "two_part_running_head.pdf"
    )  # 清溪县教育局　　　清溪县2026年教育工作要点 on each page
    assert [supports for _, _, supports, _ in _rows(doc)][
        0
    ] == [  # before: …、清溪县教育局清溪县2026年教育工作要点市生态环境局
        "市市场监管局",
        "市生态环境局",
        "市应急管理局",
        "市交通运输局",
    ]


def test_a_second_whole_title_under_the_first_is_not_its_rest():
    doc = read_document(_ROUND37 / "table_per_department.docx")
    assert (
        doc.title == "滨海新区2026年深化改革重点任务清单"
    )  # before: …清单区教育局任务清单 (the first table's heading)
    broken = "某县人民政府办公室关于印发某县2026年工作要点\n的通知\n\n1.推进改革。（县发改局负责）\n"
    assert parse_document(broken).title == "某县人民政府办公室关于印发某县2026年工作要点的通知"  # as before


def test_further_units_of_a_leads_sentence_take_their_share():
    text = (
        "关于推进2026年城市更新有关问题的会议纪要\n\n"
        "一、关于历史文化街区保护利用问题。会议要求，东城区政府负责老街片区征收安置工作，市文化广电旅游局做好业态策划，"
        "市住建局给予技术指导，年内启动一期改造。\n\n"
        "二、关于城市更新资金保障问题。会议明确，由市财政局会同市发展改革委积极争取中央预算内投资，"
        "市城投集团负责搭建城市更新投融资平台，7月底前完成平台组建。\n"
    )
    # before: the further units lost (东城区政府 alone; 市财政局 and its partner, 市城投集团 lost)
    assert [(leads, supports) for _, leads, supports, _ in _rows(parse_document(text))] == [
        (["东城区政府"], ["市文化广电旅游局", "市住建局"]),
        (["市财政局", "市城投集团"], ["市发展改革委"]),
    ]


def test_a_card_table_of_one_task_is_read_as_its_header_and_row():
    # 附件1 a grid table; 附件2 a card: 项目名称 | … / 牵头单位 | … / 配合单位 | … / 完成时限 | …
    doc = read_document(_ROUND37 / "cards_after_a_table.docx")
    assert _rows(doc) == [  # before: the card dropped, with no warning
        ("推进高标准农田建设。", ["县农业农村局"], [], "2026-12"),
        ("青山县农村供水保障工程", ["县水利局"], ["县财政局", "各乡镇人民政府"], "2026-09"),
    ]


def test_a_sheet_of_one_quarters_tasks_dates_the_tasks_that_state_none():
    doc = read_document(
        _ROUND37 / "sheet_per_quarter.xlsx"
    )  # sheets 第一季度, 第二季度: 某区2026年第一季度重点工作任务清单
    assert [date for *_, date in _rows(doc)] == ["2026-03", "2026-06"]  # before: none


def test_a_named_season_in_a_tasks_words_and_the_plans_interpretation_clause():
    text = (
        "江城市2026年教育重点工作分工\n\n一、推进学前教育发展\n\n"
        "（一）逐步推行免费学前教育，2026年秋季学期开学前制定具体办法。（市教育局、市财政局按职责分工负责）\n\n"
        "（二）扩大普惠性学前教育资源，秋季学期开学前新增学位2000个。（市教育局牵头，市发展改革委配合）\n\n"
        "本措施由市教育局会同市财政局负责解释，自2026年5月1日起施行。\n"
    )
    # before: no deadline for either, and a third task: who interprets the plan
    assert [(leads, date) for _, leads, _, date in _rows(parse_document(text))] == [
        (["市教育局", "市财政局"], "2026-08-31"),
        (["市教育局"], "2026-08-31"),
    ]


def test_a_space_inside_a_name_of_a_cells_list_is_no_separator():
    doc = read_document(_ROUND37 / "space_inside_names.xlsx")  # 县发改局、县 自然资源局; 县教育局、县　财政局
    assert [(leads, supports) for _, leads, supports, _ in _rows(doc)] == [
        (["县卫健委"], ["县发改局", "县自然资源局"]),  # before: 县发改局、县、自然资源局
        (["县水利局"], ["县住建局", "县财政局"]),
        (["县民政局"], ["县林业局"]),
        (["县教育局", "县财政局"], ["县发改局"]),
    ]


def test_a_forms_sign_off_row_is_no_task():
    doc = read_document(_ROUND37 / "sign_off_row.xlsx")  # 填表人：李明　审核人：王芳　联系电话：… merged across
    assert [text for text, *_ in _rows(doc)] == ["推进县职教中心扩建工程", "推进全县殡葬改革"]  # before: a third


def test_groups_each_closed_by_their_own_statement_under_one_heading():
    text = (
        "东河县2026年重点工作任务分解\n\n二、推进项目建设\n（一）加快推进城东片区棚户区改造项目。\n（二）开工建设县城第二水厂。\n"
        "以上任务由县住建局牵头，县财政局配合，2026年10月底前完成。\n\n"
        "（三）推进东河工业园区标准厂房三期建设。\n（四）完成园区道路及供热管网配套工程。\n"
        "以上任务由县工业园区管委会牵头，县发改局配合，2026年12月底前完成。\n\n"
        "三、全面推进乡村振兴\n（一）实施农村人居环境整治提升行动。\n（二）推进农村生活污水治理。\n"
        "上述任务牵头单位：县农业农村局；配合单位：县水利局、各乡镇人民政府；完成时限：2026年12月底前。\n"
    )
    # before: the last item of each group only; the label form nothing ("task names no lead unit")
    assert [(leads, date) for _, leads, _, date in _rows(parse_document(text))] == [
        (["县住建局"], "2026-10"),
        (["县住建局"], "2026-10"),
        (["县工业园区管委会"], "2026-12"),
        (["县工业园区管委会"], "2026-12"),
        (["县农业农村局"], "2026-12"),
        (["县农业农村局"], "2026-12"),
    ]


def test_a_posts_decorations_before_headings_and_item_numbers():
    text = (
        "西岭市2026年重点任务清单\n\n一、夯实数字基础设施\n\n✅ 1.建设全市一体化政务云平台。\n牵头单位：市大数据局\n"
        "完成时限：2026年10月底前\n\n● 2.推进千兆光网覆盖。\n牵头单位：市经济和信息化局\n完成时限：2026年12月底前\n\n"
        "▶ 二、提升政务服务数字化水平\n\n📌3.打造政务服务品牌。\n牵头单位：市政务服务中心\n完成时限：2026年6月底前\n"
    )
    doc = parse_document(text)
    # before: one group (▶ 二、 no heading), texts ✅1.建设… and 2.推进…
    assert [(w.title, [m.text for m in w.measures]) for w in doc.workplans] == [
        ("夯实数字基础设施", ["建设全市一体化政务云平台。", "推进千兆光网覆盖。"]),
        ("提升政务服务数字化水平", ["打造政务服务品牌。"]),
    ]


def test_a_unit_cells_semicolon_lists_units_and_a_note_in_brackets_is_no_part_of_a_name():
    text = (
        "重点任务分工表\n\n| 序号 | 具体举措 | 责任单位 | 时间进度 |\n|---|---|---|---|\n"
        "| 1 | 完善农业农村统计调查制度。 | 发展规划司（牵头）；市场与信息化司、信息中心 | 2026年9月底前 |\n"
        "| 2 | 建设农村集体资产监管平台。 | 农村合作经济指导司（负总责），信息中心（技术支撑） | 2027年底前 |\n"
    )
    assert [(leads, supports) for _, leads, supports, _ in _rows(parse_document(text))] == [
        (["发展规划司"], ["市场与信息化司", "信息中心"]),  # before: the units after ； lost
        (["农村合作经济指导司"], ["信息中心"]),  # before: 信息中心（技术支撑）, a name of its own
    ]


def test_a_pasted_sheets_last_row_ends_at_a_blank_line():
    doc = read_document(_ROUND37 / "tabbed_rows_then_signature.txt")  # rows apart by tabs, then 附件：… and a signature
    assert _rows(doc)[-1] == ("完善干部担当作为激励和容错纠错机制", ["县委组织部"], ["县人社局"], None)
    # before: its text ran on into 附件：….xlsx--王晓琳电话：…, and the signature's office was a partner


def test_titles_under_an_email_header_and_a_notice_title_broken_over_two_lines():
    mail = (
        "发件人: 县委改革办 王晓琳 <gaigeban@qingshan.gov.cn>\n发送时间: 2026年3月9日 星期一 10:27\n收件人: 县直各单位联络员\n"
        "主题: 青山县2026年重点改革任务分工表\n\n各位联络员：\n\t现将分工表发给大家，请抓好落实。\n\n青山县2026年重点改革任务分工表\n"
        "序号\t改革任务\t牵头单位\t配合单位\t完成时限\n1\t深化县属国有企业改革\t县国资中心\t县财政局\t2026年9月底前\n"
    )
    assert parse_document(mail).title == "青山县2026年重点改革任务分工表"  # before: 发件人:县委改革办王晓琳<…>
    copied = (
        "临江市人民政府办公室\n临政办发〔2026〕5号\n临江市人民政府办公室关于印发临江市2026年优化营商环境重点\n任务分工方案的通知\n"
        "临江市2026年优化营商环境重点任务分工方案\n一、提升政务服务效能\n"
        "1.深化“高效办成一件事”改革。（牵头单位：市政务服务和大数据管理局；完成时限：2026年6月底前）\n"
    )
    # before: 临江市人民政府办公室 (the issuer's line above a title it did not see broken)
    assert parse_document(copied).title == "临江市人民政府办公室关于印发临江市2026年优化营商环境重点任务分工方案的通知"


def test_a_doc_whose_table_libreoffice_loses_is_read_from_antiwords_tables():
    need("soffice")
    need("antiword")
    doc = read_document(_ROUND37 / "table_lost_by_libreoffice.doc")  # LibreOffice reads its table as one paragraph
    rows = _rows(doc)
    assert len(rows) == 10  # before: "no recognisable workplans"
    assert rows[0] == (
        "全面梳理审批环节，压减审批时限30%以上",
        ["县行政审批局"],
        ["县发改局"],
        None,
    )  # 立行立改, no date


def test_a_field_saying_it_names_no_unit_names_none():
    text = "某区2026年工作要点\n\n1.实施老旧小区改造。（牵头单位：区住房和城乡建设局；配合单位：无；完成时限：2026-11-30）\n"
    assert _rows(parse_document(text)) == [
        ("实施老旧小区改造。", ["区住房和城乡建设局"], [], "2026-11-30")
    ]  # before: 无


def test_a_joint_mastheads_issuer_lines_over_a_line_of_wen_jian_are_no_title():
    text = (
        "湖陵省发展和改革委员会\n湖陵省工业和信息化厅\n湖陵省商务厅\n文件\n\n湖发改体改〔2026〕118号\n\n"
        "关于印发《湖陵省2026年民营经济发展环境优化提升行动方案》的通知\n\n各设区市发展改革委：\n"
        "1.优化民营企业融资环境。（牵头单位：省发展改革委；配合单位：省商务厅）\n"
    )
    # before: 湖陵省发展和改革委员会湖陵省工业和信息化厅湖陵省商务厅
    assert parse_document(text).title == "关于印发《湖陵省2026年民营经济发展环境优化提升行动方案》的通知"


def test_recurring_work_after_the_units_clause_makes_the_task_ongoing():
    text = (
        "江城市2026年民营经济工作方案\n\n一、破除市场准入壁垒\n\n"
        "1.推动重点领域向民间资本推介项目。市发改委牵头，市交通运输局、市水利局配合，每季度发布推介项目清单。\n\n"
        "2.开展民营企业走访。市工信局牵头，市工商联配合，每月开展一次。\n"
    )
    doc = parse_document(text)
    # before: no deadline for either
    assert [(m.deadline.raw, m.deadline.status) for w in doc.workplans for m in w.measures] == [
        ("每季度", "ongoing"),  # round 41: the time it recurs in, not the whole clause
        ("每月", "ongoing"),
    ]


def test_a_task_column_beside_a_measure_column_with_a_task_a_row_names_each_rows_task():
    doc = read_document(
        _ROUND37 / "task_and_measure_columns.xlsx"
    )  # 重点任务 | 具体措施, category rows 一、政务服务（2项）
    # before: a workplan a row titled by its 重点任务, the measure alone its task's text, the category rows lost
    assert [(w.title, [m.text.split("：")[0] for m in w.measures]) for w in doc.workplans] == [
        ("政务服务（2项）", ["推行“高效办成一件事”", "深化“一网通办”"]),
        ("要素保障（2项）", ["强化用地保障", "缓解融资难题"]),
    ]

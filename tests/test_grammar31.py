"""Round 31 of docs/loader.md: what session 19's re-read left, and plans two helpers wrote and read by hand (session 20).

- a unit's duties with a partners' label inside one of them (``市人社局：1.…；2.…，配合单位为…``) read as a task of
  the partners with no lead;
- a unit's one unnumbered duty among other units' numbered ones (``市税务局：推行…``) was not read.
"""

from __future__ import annotations

import pytest

from reformgraph.loaders.parse import parse_document
from tests.test_grammar29 import _tasks  # (line, text, leads, supports, deadline date) of every task of a text

_UNIT_FIRST = """江临市2024年优化营商环境工作方案
一、市发展改革委
1.开展营商环境评价。完成时限：2024年11月底前。
二、其他市级部门
市财政局：1.落实政府采购政策，2024年6月底前完成；2.推进政府采购全流程电子化，2024年12月底前完成。
市人力资源社会保障局：1.推行稳岗返还免申即享，2024年6月底前完成；2.优化社保经办服务，配合单位为市政务服务管理局，2024年9月底前完成。
市税务局：推行非接触式办税，2024年10月底前完成。
"""


def test_a_partners_label_inside_a_units_numbered_duties_joins_that_duty():
    tasks = [t for t in _tasks(_UNIT_FIRST) if t[0] == 6]
    assert tasks == [
        (6, "推行稳岗返还免申即享，2024年6月底前完成", ["市人力资源社会保障局"], [], "2024-06"),
        (6, "优化社保经办服务", ["市人力资源社会保障局"], ["市政务服务管理局"], "2024-09"),
    ]


def test_a_units_one_duty_beside_numbered_duties_is_a_task():
    assert [t for t in _tasks(_UNIT_FIRST) if t[0] == 7] == [
        (7, "市税务局：推行非接触式办税，2024年10月底前完成。", ["市税务局"], [], "2024-10")
    ]


def test_a_units_one_duty_with_partners_in_a_duties_section():
    text = "某县2024年工作方案\n三、职责分工\n县财政局：负责资金保障（配合单位：县审计局）。\n县民政局：负责救助对象认定。\n"
    assert [t[2:4] for t in _tasks(text)] == [(["县财政局"], ["县审计局"]), (["县民政局"], [])]


def test_a_colon_line_beside_no_numbered_duties_stays_no_task():
    text = "某市2024年工作要点\n一、重点任务\n1.推进改革。（牵头单位：市发改委）\n市财政局：做好资金保障。\n"
    assert [t[2] for t in _tasks(text)] == [["市发改委"]]


def _contacts(text: str):
    doc = parse_document(text, path="plan.txt")
    return [(c.name, c.role, c.phones, c.unit_raw, c.measure) for w in doc.workplans for c in w.contacts]


def test_a_person_field_of_a_label_the_grammar_does_not_know_is_read():
    text = (
        "某县2024年养老服务工作方案\n一、重点任务\n1.建设县域养老服务中心。\n责任单位：县民政局\n"
        "具体负责人：冯某 0318-5266789\n完成时限：2024年9月底前\n"
    )
    assert _tasks(text) == [(4, "建设县域养老服务中心。", ["县民政局"], [], "2024-09")]
    assert _contacts(text) == [("冯某", "具体负责人", ("0318-5266789",), "县民政局", 1)]


def test_people_in_brackets_after_units_are_each_units_person():
    text = (
        "某县2024年工作方案\n一、重点任务\n1.推进数据共享。\n责任单位及责任人：县数据局（卫某某）、县住建局（蒋某）\n"
        "完成时限：2024年10月底前\n"
    )
    assert _tasks(text) == [(4, "推进数据共享。", ["县数据局", "县住建局"], [], "2024-10")]
    assert _contacts(text) == [("卫某某", "责任人", (), "县数据局", 1), ("蒋某", "责任人", (), "县住建局", 1)]


def test_a_phone_before_a_brackets_end_is_the_persons():
    text = "某县2024年工作方案\n一、重点任务\n1.发展农村电商。\n牵头单位：县商务局（联系人：褚某，13785432109）\n"
    assert _contacts(text) == [("褚某", "联系人", ("13785432109",), "县商务局", 1)]


def test_a_bracket_of_more_name_after_a_unit_names_nobody():
    text = "某市2024年工作要点\n一、重点任务\n1.推进改革。（牵头单位：市交通委（计划财务处））\n"
    assert _contacts(text) == []


def test_a_pages_source_line_break_inside_a_cell_is_no_break(tmp_path):
    from reformgraph.loaders.read import read_document

    page = tmp_path / "plan.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>江临市2024年重点任务分工</title></head><body><table border=1>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>\n"
        "<tr><td>1</td><td>更新老旧电梯200台。</td><td><p class=MsoNormal><span>市住房和城乡\n"
        "建设局</span></p></td><td><p class=MsoNormal><span>市财政局、各县（市、区）人民\n"
        "政府</span></p></td><td>2024年12月底前</td></tr></table></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert [([u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures] == [
        (["市住房和城乡建设局"], ["市财政局", "各县（市、区）人民政府"])
    ]


def test_a_masthead_and_number_are_no_title_and_the_plans_year_is_its_titles():
    text = (
        "石门县人民政府办公室文件\n\n石政办发〔2024〕45号\n\n"
        "石门县人民政府办公室关于印发石门县2025年优化营商环境工作要点的通知\n\n"
        "各乡镇人民政府，县直各单位：\n现将《石门县2025年优化营商环境工作要点》印发给你们，请认真贯彻落实。\n\n"
        "石门县人民政府办公室\n2024年12月20日\n\n石门县2025年优化营商环境工作要点\n\n一、重点任务\n"
        "1.压缩企业开办时间。（牵头单位：县市场监管局；完成时限：6月底前）\n"
    )
    doc = parse_document(text, path="plan.txt")
    assert doc.title == "石门县人民政府办公室关于印发石门县2025年优化营商环境工作要点的通知"
    assert [t[4] for t in _tasks(text)] == ["2025-06"]  # before: the masthead was the title, the year the date's


def test_a_numbered_items_units_are_each_of_its_sub_items():
    text = (
        "南岭市2024年政务服务工作方案\n一、主要任务\n1. 深化“一网通办”改革。（牵头单位：市政务服务中心）\n"
        "（1）推行高频事项“全程网办”。2024年9月底前完成。\n（2）推广电子证照应用。（配合单位：市公安局；完成时限：2024年12月底前）\n"
    )
    assert [t[2:] for t in _tasks(text)] == [
        (["市政务服务中心"], [], "2024-09"),
        (["市政务服务中心"], ["市公安局"], "2024-12"),
    ]


def test_a_numbered_task_sentence_is_no_group():
    text = (
        "南岭市2024年政务服务工作方案\n一、主要任务\n1.推行高频事项全程网办，完善线上线下服务渠道，提升办事便利度。（牵头单位：市政务服务中心）\n"
        "（1）完善制度。\n（2）加强监督。\n"
    )
    assert [t[2] for t in _tasks(text)] == [["市政务服务中心"]]


@pytest.mark.parametrize(
    ("bracket", "leads", "supports"),
    [
        ("（各县（市、区）人民政府按属地负责，持续推进）", ["各县（市、区）人民政府"], []),
        ("（市交通运输局牵头，各县（市、区）人民政府按属地负责）", ["市交通运输局"], ["各县（市、区）人民政府"]),
        ("（市水利局牵头，各县（市、区）人民政府落实属地责任）", ["市水利局"], ["各县（市、区）人民政府"]),
        (
            "（市水利局牵头，市财政局配合，各县（市、区）人民政府为责任主体）",
            ["市水利局"],
            ["市财政局", "各县（市、区）人民政府"],
        ),
    ],
)
def test_local_responsibility_words_are_roles_not_names(bracket, leads, supports):
    tasks = _tasks(f"某市2024年工作要点\n一、重点任务\n（一）推进改革。{bracket}\n")
    assert [t[2:4] for t in tasks] == [(leads, supports)]


def test_a_sentence_of_roles_alone_under_a_heading_gives_its_units_to_the_items():
    text = (
        "南岭市2024年数据工作方案\n一、主要任务\n（一）加强数据资源管理\n市数据局牵头，市有关部门按职责分工负责。\n"
        "1.编制公共数据资源目录。2024年第三季度完成。\n2.推进公共数据开放。每年开放数据集不少于200个。\n"
    )
    assert [(t[0], t[2], t[3], t[4]) for t in _tasks(text)] == [
        (5, ["市数据局"], ["市有关部门"], "2024-09"),
        (6, ["市数据局"], ["市有关部门"], None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "由各县（市、区）人民政府负责，2024年9月底前完成。",
        "各县（市、区）人民政府负责，2024年9月底前完成。",
        "由各乡镇人民政府负责，2024年9月底前完成。",
    ],
)
def test_every_body_of_a_level_may_be_a_prose_clauses_units(sentence):
    tasks = _tasks(f"南岭市2024年数据工作方案\n一、主要任务\n1.梳理数据资源。{sentence}\n")
    assert [(t[3], t[4]) for t in tasks] == [([], "2024-09")]
    assert tasks[0][2][0].startswith("各") and tasks[0][2][0].endswith("人民政府")


def test_a_collective_of_departments_leads_a_whole_clause_but_no_other_prose():
    """Round 31 read 各有关部门 as no prose subject; since round 78 (fresh78, SPEC.md) a clause made of 由, the
    collective and the role alone gives it the item, as （各有关部门负责） does. A clause going on past its role and
    a collective's modal sentence still make no task (round 38's choice)."""
    plan = (
        "南岭市2024年数据工作方案\n一、主要任务\n1.梳理数据资源。{}\n2.开放数据。由市数据局负责，2024年10月底前完成。\n"
    )
    assert [t[2] for t in _tasks(plan.format("由各有关部门负责，2024年9月底前完成。"))] == [
        ["各有关部门"],
        ["市数据局"],
    ]
    for sentence in (
        "由各有关部门负责组织实施，2024年9月底前完成。",
        "各有关部门要加强数据资源梳理，2024年9月底前完成。",
    ):
        assert [t[2] for t in _tasks(plan.format(sentence))] == [["市数据局"]]


def test_a_recurring_reports_day_is_no_deadline():
    from reformgraph.loaders.deadlines import parse_deadline

    assert parse_deadline("2024年12月底前（每月25日前报送进展）").date == "2024-12"  # before: 2024-12-25
    assert parse_deadline("2024年12月底前，每月5日前报送进展").date == "2024-12"
    assert parse_deadline("每月25日前报送进展").status == "ongoing"


def test_a_person_in_a_unit_cell_is_the_units_person(tmp_path):
    from reformgraph.loaders.read import read_document

    table = tmp_path / "plan.csv"
    table.write_text(
        '序号,工作任务,责任单位及责任人,完成时限\n1,推进政务数据共享。,"市数据局\n王某某",2024年6月底前\n'
        "2,推进证照电子化。,市公安局 李某某,2024年9月底前\n",
        encoding="utf-8",
    )
    doc = read_document(table)
    assert [[u.raw for u in m.leads] for w in doc.workplans for m in w.measures] == [["市数据局"], ["市公安局"]]
    assert [(c.name, c.unit_raw) for w in doc.workplans for c in w.contacts] == [
        ("王某某", "市数据局"),
        ("李某某", "市公安局"),
    ]


def test_a_header_of_two_rows_whose_group_cell_names_no_column(tmp_path):
    from reformgraph.loaders.read import read_document

    table = tmp_path / "plan.csv"
    table.write_text(
        "序号,重点任务,责任分工,,完成时限\n,,牵头单位,配合单位,\n1,推进政务数据共享。,市数据局,市财政局,2024年6月底前\n",
        encoding="utf-8",
    )
    doc = read_document(table)  # before: refused, "no task table"
    assert [
        ([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ] == [(["市数据局"], ["市财政局"], "2024-06")]


def test_table_rows_numbered_in_chinese_title_the_rows_after_them():
    text = (
        "江临市2024年制造业重点工作任务清单\n\n| 序号 | 工作任务 | 主责单位 | 协同单位 | 完成时间 |\n|---|---|---|---|---|\n"
        "| 一 | 产业链提升 | | | |\n| 1 | 制定重点产业链年度工作方案 | 市工业和信息化局 | 市发展改革委 | 2024年6月底前 |\n"
        "| 二 | 项目建设 | | | |\n| 2 | 开展综合评价 | 市自然资源和规划局 | 市税务局 | 2024年9月底前 |\n"
        "|  | （三）数字化转型 | | | |\n| 3 | 实施数字化转型试点 | 市工业和信息化局 | 市财政局 | 2025年底前 |\n"
    )
    doc = parse_document(text, path="plan.md")
    assert [(w.title, [m.text for m in w.measures]) for w in doc.workplans] == [
        ("产业链提升", ["制定重点产业链年度工作方案"]),
        ("项目建设", ["开展综合评价"]),  # before: 项目建设 a task led by the row above's units
        ("数字化转型", ["实施数字化转型试点"]),  # before: joined to the task above
    ]


@pytest.mark.parametrize(
    "bracket",
    [
        "（县教育局牵头，责任人：孙某某，联系电话：0739-5232002；2024年8月底前完成）",
        "（县教育局牵头，责任人：孙某某；2024年8月底前完成）",
        "（县教育局牵头，2024年8月底前完成，责任人：孙某某）",
    ],
)
def test_a_deadline_beside_a_person_field_is_the_tasks(bracket):
    text = (
        f"石门县2024年为民办实事项目实施方案\n一、项目及责任分工\n1.食堂提质项目。改造农村中小学食堂25所。{bracket}\n"
    )
    assert [t[2:] for t in _tasks(text)] == [(["县教育局"], [], "2024-08")]  # before: no deadline
    assert [c[0] for c in _contacts(text)] == ["孙某某"]


def test_a_post_before_a_persons_name_in_brackets_after_a_unit():
    text = (
        "石门县2024年为民办实事项目实施方案\n一、项目及责任分工\n1.城乡就业帮扶项目。\n"
        "责任单位：县人社局（局长：沈某某）、县财政局（副局长韩某）\n完成时间：2024年12月底前\n"
    )
    assert [t[2] for t in _tasks(text)] == [["县人社局", "县财政局"]]  # before: the posts and names in the names
    assert [(c[0], c[3]) for c in _contacts(text)] == [("沈某某", "县人社局"), ("韩某", "县财政局")]


def test_leader_labels_of_a_county_are_person_fields():
    text = (
        "石门县2024年为民办实事项目实施方案\n一、项目及责任分工\n1.农贸市场改造。改造提升乡镇农贸市场5个。\n"
        "包保县领导：杨某某\n牵头单位：县商务局\n完成时限：2024年11月底前\n"
    )
    assert _tasks(text) == [(5, "农贸市场改造。改造提升乡镇农贸市场5个。", ["县商务局"], [], "2024-11")]
    assert [(c[0], c[1]) for c in _contacts(text)] == [("杨某某", "包保县领导")]


@pytest.mark.parametrize(
    "note", ["说明：未注明时间节点的，均为2024年底前完成。", "说明：“时间节点”未作说明的，为2024年底前完成。"]
)
def test_more_wordings_of_a_deadline_stated_once(note):
    text = f"南岭市2024年重点任务分工\n{note}\n1.开展涉企行政执法专项整治。（责任单位：市司法局）\n"
    assert [t[4] for t in _tasks(text)] == ["2024-12"]


def test_a_label_and_its_value_a_tab_sets_apart():
    text = (
        "石门县2024年为民办实事项目实施方案\n一、项目及责任分工\n1.县城背街小巷提升项目。整治县城背街小巷40条。\n"
        "牵头单位\t县城管局\n配合单位\t县住建局、城关镇人民政府\n完成时限\t2024年10月底前\n"
    )
    assert [t[2:] for t in _tasks(text)] == [(["县城管局"], ["县住建局", "城关镇人民政府"], "2024-10")]


def test_tortoise_shell_brackets_in_a_collectives_name():
    text = "临江区2024年改革工作要点\n一、重点改革\n1.推进基层治理改革。（区民政局牵头，各镇〔街道〕配合）\n"
    assert [t[2:4] for t in _tasks(text)] == [(["区民政局"], ["各镇〔街道〕"])]  # before: 各镇〔街道〕 dropped


def test_a_summary_sheet_of_counts_is_no_task_table(tmp_path):
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl (the formats extra) reads .xlsx")
    from reformgraph.loaders.read import read_document

    book = openpyxl.Workbook()
    tasks = book.active
    tasks.title = "任务表"
    for row in (
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [1, "推进政务数据共享。", "市数据局", "市财政局", "2024年6月底前"],
    ):
        tasks.append(row)
    summary = book.create_sheet("汇总")
    for row in (["序号", "牵头单位", "牵头任务数", "配合任务数"], [1, "市数据局", 1, 0], [2, "市财政局", 0, 1]):
        summary.append(row)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    doc = read_document(path)
    assert [m.text for w in doc.workplans for m in w.measures] == ["推进政务数据共享。"]  # before: tasks "1" and "0"


def test_a_sheet_of_another_years_tasks_reads_deadlines_in_its_year(tmp_path):
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl (the formats extra) reads .xlsx")
    from reformgraph.loaders.read import read_document

    book = openpyxl.Workbook()
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    for n, year in enumerate((2024, 2025)):
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = f"{year}年"
        for row in ([f"江临市{year}年重点任务分工表"], header, [1, f"任务{year}。", "市数据局", "市财政局", "6月底前"]):
            sheet.append(row)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    doc = read_document(path)
    assert [(m.text, m.deadline.date) for w in doc.workplans for m in w.measures] == [
        ("任务2024。", "2024-06"),
        ("任务2025。", "2025-06"),  # before: 2024-06, the first title's year
    ]


def test_a_word_table_split_in_two_with_its_header_repeated_is_one(tmp_path):
    docx = pytest.importorskip("docx", reason="python-docx (the formats extra) reads .docx")
    from docx.enum.text import WD_BREAK

    from reformgraph.loaders.read import read_document

    header = ["序号", "工作任务", "工作措施", "牵头单位", "配合单位", "完成时限"]
    document = docx.Document()
    for rows in (
        [
            header,
            [
                "1",
                "规范市场监管执法",
                "推行“双随机、一公开”监管。",
                "县市场监督管理局",
                "县直各执法部门",
                "2024年12月底前",
            ],
        ],
        [header, ["2", "", "推行轻微违法行为不予处罚清单制度。", "", "县司法局", "2024年9月底前"]],
    ):
        table = document.add_table(rows=len(rows), cols=len(header))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path = tmp_path / "plan.docx"
    document.save(path)
    doc = read_document(path)
    assert [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures
    ] == [
        (2, ["县市场监督管理局"], ["县直各执法部门"]),
        (4, ["县市场监督管理局"], ["县司法局"]),  # before: no lead (the merged cell's unit lost at the split), line 2
    ]


def test_a_star_line_and_a_long_notice_title_after_a_masthead():
    text = (
        "石门县人民政府办公室文件\n\n石政办发〔2024〕45号\n\n★\n\n"
        "石门县人民政府办公室关于印发石门县优化营商环境三年行动方案（2025—2027年）的通知\n\n"
        "各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻落实。\n\n石门县人民政府办公室\n2024年12月20日\n\n"
        "一、重点任务\n1.压缩企业开办时间。（牵头单位：县市场监管局；完成时限：6月底前）\n"
    )
    doc = parse_document(text, path="plan.txt")
    assert doc.title == "石门县人民政府办公室关于印发石门县优化营商环境三年行动方案（2025—2027年）的通知"
    assert [t[4] for t in _tasks(text)] == ["2025-06"]  # the span's first year, not the date's (2024)


def test_a_word_tables_title_row_titles_the_document_when_no_text_comes_first(tmp_path):
    docx = pytest.importorskip("docx", reason="python-docx (the formats extra) reads .docx")
    from reformgraph.loaders.read import read_document

    rows = [
        ["江临市2024年重点任务分工表"] * 5,
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推进政务数据共享。", "市数据局", "市财政局", "6月底前"],
    ]
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("江临市数据局")  # the signature under the table
    document.add_paragraph("2024年3月1日")
    path = tmp_path / "plan.docx"
    document.save(path)
    doc = read_document(path)
    assert doc.title == "江临市2024年重点任务分工表"  # before: 江临市数据局
    assert [m.deadline.date for w in doc.workplans for m in w.measures] == ["2024-06"]  # before: no date


def test_each_level_written_with_a_pause_mark_is_one_collective():
    text = "某市2024年工作要点\n一、重点任务\n1.推进改革。（市卫健委牵头，各区、县人民政府配合）\n"
    assert [t[2:4] for t in _tasks(text)] == [(["市卫健委"], ["各区、县人民政府"])]  # before: 各区 and 县人民政府
    from reformgraph.aliases import clean_name

    assert clean_name("各区、县人民政府") == clean_name("各区县人民政府")


def test_a_leader_label_opening_with_its_level_is_a_person_field():
    text = (
        "某县2024年为民办实事项目实施方案\n一、项目及责任分工\n1.县城背街小巷提升项目。整治县城背街小巷40条。\n"
        "县级责任领导：韩某某\n牵头单位：县城管局\n完成时限：2024年10月底前\n"
    )
    assert [t[1] for t in _tasks(text)] == [
        "县城背街小巷提升项目。整治县城背街小巷40条。"
    ]  # before: …县级责任领导：韩某某
    assert [(c[0], c[1]) for c in _contacts(text)] == [("韩某某", "责任领导")]


def test_a_name_holding_a_posts_word_is_still_a_persons():
    from reformgraph.loaders.people import names_a_person

    # 长 ends 局长, and opens no post in 张长江: round 31's post before a name takes two characters or more after it
    assert [names_a_person(n) for n in ("张长江", "李长春", "副局长李长春", "局长冯某某")] == [True, True, True, True]


def test_an_excel_cell_reads_as_its_number_format_shows_it(tmp_path):
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl (the formats extra) reads .xlsx")
    import datetime

    from reformgraph.loaders.read import read_document

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "牵头单位", "完成时限"])
    sheet.append([1, "推进政务数据共享。", "市数据局", 2024.1])
    sheet.append([2, "推进证照电子化。", "市数据局", datetime.datetime(2024, 6, 1)])
    sheet["D2"].number_format = "0.00"  # shown 2024.10
    sheet["D3"].number_format = 'yyyy"年"m"月"'  # shown 2024年6月
    path = tmp_path / "plan.xlsx"
    book.save(path)
    doc = read_document(path)
    assert [(m.deadline.raw, m.deadline.date) for w in doc.workplans for m in w.measures] == [
        ("2024.10", "2024-10"),  # before: 2024.1, January
        ("2024年6月", "2024-06"),  # before: 2024年6月1日, the first day
    ]


def test_a_staged_deadline_in_a_role_sentence_is_its_last_stage():
    text = (
        "江临市城市更新行动实施方案\n二、重点任务\n（一）推进城市基础设施补短板。整治易涝积水点25处。"
        "市住房城乡建设局牵头，市水务局配合，2024年汛前完成易涝点整治，2025年底前完成管网建设。\n"
    )
    assert [t[2:] for t in _tasks(text)] == [(["市住房城乡建设局"], ["市水务局"], "2025-12")]  # before: 2024-05

"""Round 33 of docs/loader.md: 整改方案, 督办 lists and deadline wordings a second helper's plans showed (session 21;
/work/scratch/probe_s21_b then)."""

from __future__ import annotations

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.tables import column_kind
from reformgraph.loaders.text_deadlines import text_deadline
from tests.test_grammar29 import _tasks  # (line, text, leads, supports, deadline date) of every task of a text

_RECTIFICATION = """中共青石县委关于巡视反馈意见整改工作方案（2025年）
一、整改任务
1.问题：公务接待管理不规范。
整改措施：修订公务接待管理办法。
责任领导：王某某
整改责任单位：县委办公室、县财政局
协同单位：县审计局
整改时限：2025年6月底前
2.问题：违规收费问题突出。
整改措施：全面清查违规收费。
牵头整改单位：县市场监督管理局
整改期限：立行立改，5月底前完成
3.问题：审计整改不彻底。（整改牵头单位：县审计局；办理时限：2025年9月底前）
4.问题：信访积案化解慢。
承办单位：县信访局
办结时间：2025年10月底前
"""


def test_the_labels_of_a_rectification_plan_are_read():
    assert [t[2:] for t in _tasks(_RECTIFICATION)] == [
        (["县委办公室", "县财政局"], ["县审计局"], "2025-06"),
        (["县市场监督管理局"], [], "2025-05"),
        (["县审计局"], [], "2025-09"),
        (["县信访局"], [], "2025-10"),
    ]


def test_a_deadline_line_under_a_label_the_grammar_does_not_know_stays_the_items_own():
    text = (
        "某县2025年督办事项\n一、督办事项\n1.推进公交化改造。（责任单位：县交通运输局）\n2.解决学校资金缺口。\n"
        "督办领导：李某\n完成时限：2025年7月底前\n二、工作要求\n"
    )
    assert [t[4] for t in _tasks(text)][0] is None  # not 2025-07, the second item's own line


@pytest.mark.parametrize(
    "name, kind",
    [
        ("督办事项", "task"),
        ("交办事项", "task"),
        ("督办内容", "task"),
        ("交办时间", "other"),
        ("整改期限", "deadline"),
        ("办理时限", "deadline"),
        ("牵头整改单位", "lead"),
        ("整改责任单位", "single"),
    ],
)
def test_the_columns_of_a_supervision_list(name, kind):
    assert column_kind(name) == kind


def test_a_supervision_list_with_an_assigned_date_column_reads_its_deadline_column(tmp_path):
    from reformgraph.loaders.read import read_document

    path = tmp_path / "duban.csv"
    path.write_text(
        "序号,督办事项,交办时间,承办单位,协办单位,办理时限\n1,推进农村客运班线公交化改造,2025年4月2日,县交通运输局,,2025年9月底前\n",
        encoding="utf-8",
    )
    (m,) = [m for w in read_document(path).workplans for m in w.measures]
    assert ([u.raw for u in m.leads], m.deadline.date) == (["县交通运输局"], "2025-09")


@pytest.mark.parametrize(
    "written, date",
    [
        ("立行立改，5月底前完成", "2025-05"),  # before: 2025-12, the year put before the words
        ("立即办理，5月20日前办结", "2025-05-20"),
        ("加快推进，9月底前完成", "2025-09"),
        ("于6月底前完成", "2025-06"),  # before: 2025-12
        ("确保6月底前完成", "2025-06"),
        ("力争年底前", "2025-12"),
        ("整合12345热线资源", None),  # before: 1234-12
    ],
)
def test_a_year_less_date_after_words_and_a_hotline_number(written, date):
    assert parse_deadline(written, 2025).date == date


def test_a_hotline_number_in_a_sentence_is_no_year():
    found = text_deadline("由A牵头，B配合，整合12315、12345热线资源，建立机制，2025年8月底前完成。", plan_year=2025)
    assert found.date == "2025-08"


_SUBJECTS = """东湖区2025年食品安全实施方案
二、主要任务
（一）强化食品生产经营监管。区市场监管局要全面落实食品安全“两个责任”，2025年6月底前完成食品生产企业风险分级评定；区教育局要落实学校食堂“校长陪餐”制度，9月底前实现中小学校“明厨亮灶”全覆盖。
（二）加强农产品质量安全监管。区农业农村局要加强农药兽药使用监管，开展食用农产品专项整治。
（三）深化放心消费创建。区市场监管局要会同区商务局、区文化和旅游局开展放心消费示范单位创建活动，年底前创建示范单位100家。区商务局要指导各大型商超落实“无理由退货”承诺。
（四）加强预付式消费监管。区商务局要牵头建立风险监测预警机制，区市场监管局、区教育局要按照“谁主管、谁监管”原则，加强监管，2025年9月底前完成全面排查。
（五）整治校园周边食品安全。区教育局、区市场监管局要联合开展专项整治。各街道办事处要配合做好流动摊贩治理。
三、保障措施
（一）加强组织领导。区食品安全委员会要加强统筹协调。
"""


def test_units_as_the_subjects_of_what_they_must_do_are_a_task_each():
    assert [t[2:] for t in _tasks(_SUBJECTS)] == [
        (["区市场监管局"], [], "2025-06"),
        (["区教育局"], [], "2025-09"),
        (["区农业农村局"], [], None),
        (["区市场监管局"], ["区商务局", "区文化和旅游局"], "2025-12"),  # before: 区文化和旅游局开展放心消费示范单位
        (["区商务局"], [], None),
        (["区商务局"], ["区市场监管局", "区教育局"], "2025-09"),  # 要牵头: the others its partners
        (["区教育局", "区市场监管局"], ["各街道办事处"], None),  # 要配合: the partners of the task before
    ]  # and no task in 保障措施, where 要 exhorts


def test_a_notice_paragraph_or_a_collective_subject_makes_no_task():
    text = (
        "某县2025年方案\n各乡镇人民政府要把改革列为重点工作。\n一、主要任务\n"
        "1.加快设施改造。各乡镇、居村委要指导业委会实施消防设施改造。\n2.推进改造。（牵头单位：县住建局）\n"
    )
    assert [t[2] for t in _tasks(text)] == [["县住建局"]]


def test_a_measures_label_line_over_numbered_measures_does_not_stop_the_labels_after_them():
    text = (
        "云溪县巡视反馈问题整改方案\n一、问题清单及整改措施\n1.问题：衔接资金项目收益分配不规范。\n整改措施：\n"
        "（1）对衔接资金产业项目开展全面排查。\n（2）制定联农带农利益联结机制指导意见。\n牵头单位：县农业农村局\n"
        "配合单位：县财政局\n完成时限：2025年6月底前\n"
    )
    assert [t[2:] for t in _tasks(text)] == [(["县农业农村局"], ["县财政局"], "2025-06")] * 2  # before: (2) only


def test_pandoc_heading_attributes_are_no_part_of_a_title():
    from reformgraph.loaders.parse import parse_document

    text = "# 江临市2025年数字乡村建设工作要点 {#江临市2025年数字乡村建设工作要点}\n\n## 二、重点任务 {#二重点任务}\n\n1.推进建设。（牵头单位：市通信管理办）\n"
    doc = parse_document(text, path="plan.md")
    assert doc.title == "江临市2025年数字乡村建设工作要点"
    assert [w.title for w in doc.workplans] == ["重点任务"]


def test_a_note_row_of_a_sheet_is_no_task_and_a_phone_is_no_date(tmp_path):
    import openpyxl

    from reformgraph.loaders.read import read_document

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "督办事项", "承办单位", "办理时限"])
    sheet.append(["1", "推进农村客运班线公交化改造", "县交通运输局", "2025年9月底前"])
    note = "注：联系人：县政府督查室 冯某某，电话：0736-7221456。"
    sheet.append([note, note, note, note])
    sheet.merge_cells("A3:D3")
    path = tmp_path / "duban.xlsx"
    book.save(path)
    doc = read_document(path)
    assert [m.text for w in doc.workplans for m in w.measures] == ["推进农村客运班线公交化改造"]
    assert parse_deadline("电话：0736-7221456", 2025).date is None  # before: 0736-12


def test_a_plan_issued_in_december_with_no_year_in_its_title_is_the_coming_years():
    text = "巡视反馈意见整改方案\n2024年12月26日\n一、整改任务\n1.清理项目。（牵头单位：县审计局；完成时限：3月底前）\n"
    assert [t[4] for t in _tasks(text)] == ["2025-03"]  # before: 2024-03, nine months before the plan
    november = text.replace("2024年12月26日", "2024年11月26日")
    assert [t[4] for t in _tasks(november)] == ["2024-03"]  # only December: 12月底前 in November is this year's


def test_a_groups_leaders_above_its_first_item_are_each_tasks_contacts():
    from reformgraph.loaders.parse import parse_document

    text = (
        "桃江县2025年优化营商环境攻坚行动方案\n二、攻坚任务\n（一）政务服务提质行动\n牵头领导：王某某（副县长）\n"
        "1.深化改革。（县政务服务中心牵头，2025年6月底前完成）\n2.建设平台。（县数据局负责）\n（二）要素保障攻坚行动\n"
        "分管领导：李某某（常务副县长）\n3.推行“标准地”出让。（县自然资源局牵头）\n4.优化审批。（县住建局负责）\n"
    )
    doc = parse_document(text, path="plan.txt")
    contacts = [(c.name, c.role, c.unit_raw, c.measure) for w in doc.workplans for c in w.contacts]
    assert contacts == [
        ("王某某", "牵头领导", None, 1),
        ("王某某", "牵头领导", None, 2),
        ("李某某", "分管领导", None, 3),
        ("李某某", "分管领导", None, 4),
    ]


@pytest.mark.parametrize(
    "paragraphs, title",
    [
        (
            ["中共江临市住房和城乡建设局党组", "关于市委巡察反馈意见整改工作方案"],
            "中共江临市住房和城乡建设局党组关于市委巡察反馈意见整改工作方案",
        ),
        (["附件", "岚州市2025年数字政府建设重点任务清单"], "岚州市2025年数字政府建设重点任务清单"),
        (["附件1  XX市科技体制改革重点任务分工"], "XX市科技体制改革重点任务分工"),
    ],
)
def test_a_word_documents_title_is_read_as_a_texts_is(tmp_path, paragraphs, title):
    import docx

    from reformgraph.loaders.read import read_document

    d = docx.Document()
    for text in (*paragraphs, "", "一、重点任务", "1.推进巡察整改。（牵头单位：市住建局；完成时限：2025年6月底前）"):
        d.add_paragraph(text)
    path = tmp_path / "plan.docx"
    d.save(path)
    assert read_document(path).title == title  # before: the first paragraph alone


def test_a_section_titled_as_one_years_tasks_reads_its_deadlines_in_that_year():
    text = (
        "溪宁县教育高质量发展行动计划（2025—2026年）重点任务分工\n一、2025年重点任务\n"
        "1.新建城区第三小学。（牵头单位：县教育体育局；完成时限：8月底前）\n二、2026年重点任务\n"
        "2.新建城北初级中学。（牵头单位：县教育体育局；完成时限：8月底前）\n"
    )
    assert [t[4] for t in _tasks(text)] == ["2025-08", "2026-08"]  # before: both 2025 (the title's first year)

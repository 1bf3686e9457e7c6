"""Round 28 of docs/loader.md: ways of naming a task's units that county plans use, each read wrong before.

- a short numbered item ending a sentence (``③建立机制。县自然资源局负总责。``) titled the next item of the same
  list, whose text then began with it;
- ``A负总责，B协助`` in prose was not looked at (no prose word in the paragraph);
- a plan naming its units only in brackets after each task (``1.推进改革。（区民政局、区财政局）``), with no statement
  of what its brackets hold, was refused as naming no unit at all.
"""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.parse import parse_document


def _tasks(text: str):
    doc = parse_document(text, path="plan.txt")
    return [
        (m.text, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ], [w.message for w in doc.warnings]


def test_a_short_numbered_item_does_not_title_the_next_item_of_its_list():
    text = "\n".join(
        [
            "某县方案",
            "一、任务",
            "③建立机制。县自然资源局负总责。",
            "④推进改革。县自然资源局牵头，县发改局协助。",
            "（一）全面实施光伏工程",
            "④推进屋顶光伏建设。（牵头单位：县发改局）",
        ]
    )
    tasks, _ = _tasks(text)
    assert tasks[1] == ("推进改革。县自然资源局牵头，县发改局协助。", ["县自然资源局"], ["县发改局"], None)
    # a heading of a higher level still titles the one item under it
    assert tasks[2][0] == "全面实施光伏工程推进屋顶光伏建设。"


@pytest.mark.parametrize(
    ("sentence", "leads", "supports"),
    [
        ("县自然资源局负总责，县发改局协助。", ["县自然资源局"], ["县发改局"]),
        ("县自然资源局负总责。", ["县自然资源局"], []),
        ("由县自然资源局负总责，县发改局、县住建局配合。", ["县自然资源局"], ["县发改局", "县住建局"]),
    ],
)
def test_a_unit_that_bears_overall_responsibility_in_prose_leads(sentence, leads, supports):
    tasks, _ = _tasks(f"某县方案\n一、任务\n1.建立重点项目用地保障机制。{sentence}2024年10月底前。")
    assert tasks == [(f"建立重点项目用地保障机制。{sentence}2024年10月底前。", leads, supports, "2024-10")]


PLAN_OF_BRACKETS = """某区2025年工作要点
一、重点任务
1.推进养老服务体系改革。（区民政局）
2.推进医共体建设（区卫生健康委，2025年10月）
3.推进财税体制改革。（区财政局、区税务局）
4.开展社区治理试点。（黄浦区、徐汇区）
"""


def test_a_plan_naming_its_units_only_in_brackets_reads_them_as_responsible_units():
    tasks, warnings = _tasks(PLAN_OF_BRACKETS)
    assert tasks == [
        ("推进养老服务体系改革。", ["区民政局"], [], None),
        ("推进医共体建设", ["区卫生健康委"], [], "2025-10"),
        ("推进财税体制改革。", ["区财政局", "区税务局"], [], None),
    ]  # a list of places only stays the task's words (examples)
    assert any("read as their responsible units" in w for w in warnings)


def test_brackets_of_units_stay_words_when_the_plan_names_its_units_otherwise():
    """Every list is read only in a plan that names no unit otherwise: where tasks name units with roles, a bracket
    of names may be examples (round 23), unless the plan says what its brackets hold (round 24) or a deadline
    follows the names."""
    tasks, warnings = _tasks(PLAN_OF_BRACKETS + "5.推进数字化转型。（牵头单位：区科委）\n")
    # since round 39 a list closing a numbered item's sentence is read too (a list of places only stays words)
    assert tasks == [
        ("推进养老服务体系改革。", ["区民政局"], [], None),
        ("推进医共体建设", ["区卫生健康委"], [], "2025-10"),
        ("推进财税体制改革。", ["区财政局", "区税务局"], [], None),
        ("推进数字化转型。", ["区科委"], [], None),
    ]
    assert any("read as their responsible units" in w for w in warnings)  # by the reader's choice: it says so
    tasks, warnings = _tasks("注：括号内为牵头单位。\n" + PLAN_OF_BRACKETS + "5.推进数字化转型。（牵头单位：区科委）\n")
    assert [t[1] for t in tasks] == [["区民政局"], ["区卫生健康委"], ["区财政局", "区税务局"], ["区科委"]]
    assert not any("read as their responsible units" in w for w in warnings)


def test_a_plan_whose_brackets_hold_no_unit_is_still_refused():
    with pytest.raises(DocumentError, match="no recognisable workplans"):
        parse_document("某区工作要点\n一、任务\n1.推进改革（试行）。\n2.开展试点（黄浦区、徐汇区）。\n", path="p.txt")


@pytest.mark.parametrize(
    ("field", "plan_year", "date"),
    [
        ("2024年年中", None, "2024-06"),  # before: 2024-12
        ("年中前", 2024, "2024-06"),  # before: no date
        ("“十五五”时期", None, "2030-12"),  # a field naming the plan period; before: no date at all
        ("十四五期间", None, "2025-12"),
        ("“十四五”末", None, "2025-12"),
        ("2024年春季开学前", None, "2024-02"),  # before: 2024-12
        ("秋季开学前", 2025, "2025-08-31"),  # before: no date
        ("2024年中期评估", None, "2024-12"),  # 中期 is no mid-year
    ],
)
def test_deadline_fields_named_by_the_middle_of_a_year_a_plan_period_or_a_school_term(field, plan_year, date):
    from reformgraph.loaders.deadlines import parse_deadline

    assert parse_deadline(field, plan_year).date == date


@pytest.mark.parametrize(
    "partners",
    ["各乡镇做好配合工作", "各乡镇积极配合", "各乡镇主动配合", "县民政局、各乡镇积极参与"],
)
def test_partners_named_with_a_manner_before_their_verb_support(partners):
    tasks, _ = _tasks(f"某县方案\n一、任务\n1.推进消防安全隐患排查。县消防救援大队负责，{partners}。")
    [(_, leads, supports, _)] = tasks
    assert leads == ["县消防救援大队"]
    assert supports == (["县民政局", "各乡镇"] if "县民政局" in partners else ["各乡镇"])


def test_a_list_of_units_alone_in_brackets_with_a_deadline_after_it_is_an_assignment():
    """Where the plan names its units otherwise and says nothing of its brackets: a deadline after the units makes
    the bracket the task's (examples have none); without one, or with places only, it stays the task's words."""
    text = "\n".join(
        [
            "某县2024年安全生产工作要点",
            "一、压实安全生产责任",
            "1.严格落实安全生产责任制。（县安委办牵头，各乡镇按职责落实，全年）",
            "2.健全完善安全生产责任清单。（县应急管理局，6月底前）",
            "3.开展安全生产巡查。（县安委办、县纪委监委机关，2024年10月底前完成）",
            "4.推广先进经验做法。（县应急管理局、县住建局）",
            "5.开展试点。（城关镇、新华镇，2024年底前）",
        ]
    )
    tasks, _ = _tasks(text)
    assert [(t[0], t[1], t[3]) for t in tasks] == [
        ("严格落实安全生产责任制。", ["县安委办"], "2024-12"),
        ("健全完善安全生产责任清单。", ["县应急管理局"], "2024-06"),
        ("开展安全生产巡查。", ["县安委办", "县纪委监委机关"], "2024-10"),
        ("推广先进经验做法。", ["县应急管理局", "县住建局"], None),  # round 39: closes the item's sentence
    ]


def test_a_numbered_table_row_whose_task_reads_like_a_unit_name_keeps_its_task():
    """``建设智慧社区`` ends as a unit's name does (…社区): a row of a table copied out of Word with tabs between its
    cells took it for a unit, found no task and joined the row to the one above (two tasks read as one)."""
    text = "\n".join(
        [
            "某区2024年重点工作任务分解表",
            "",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t推进老旧小区改造\t区住建局\t各街道\t2024年12月",
            "2\t建设智慧社区\t区民政局\t区大数据局、各街道\t2024年10月底",
            "3\t创建示范社区\t区民政局\t各街道\t2024年11月",
        ]
    )
    tasks, _ = _tasks(text)
    assert tasks == [
        ("推进老旧小区改造", ["区住建局"], ["各街道"], "2024-12"),
        ("建设智慧社区", ["区民政局"], ["区大数据局", "各街道"], "2024-10"),
        ("创建示范社区", ["区民政局"], ["各街道"], "2024-11"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["市市场监管局负责；市司法局、各区县政府配合；2025年9月。", "市市场监管局负责。市司法局、各区县政府积极配合。"],
)
def test_partners_in_a_sentence_of_their_own_after_the_lead_support(sentence):
    tasks, _ = _tasks(f"某市实施方案\n一、重点任务\n1.建设一体化在线监管平台。{sentence}")
    [(_, leads, supports, _)] = tasks
    assert (leads, supports) == (["市市场监管局"], ["市司法局", "各区县政府"])


def test_assignments_in_tortoise_shell_brackets_and_partners_in_a_bracket_of_their_own():
    text = "\n".join(
        [
            "XX区2024年法治政府建设工作要点",
            "一、深入学习贯彻习近平法治思想",
            "1.把学习贯彻习近平法治思想作为理论学习重点内容。〔责任单位：区委宣传部、区司法局〕",
            "2.组织开展领导干部应知应会法律法规考试。〔区司法局牵头，区委组织部配合〕",
            "3.深化“证照分离”改革。",
            "（牵头单位：区市场监管局）",
            "（配合单位：区各相关部门）",
            "4.落实沪府办发〔2024〕13号文件，指导各县〔市、区〕政府开展工作。（牵头单位：区司法局）",
        ]
    )
    tasks, warnings = _tasks(text)
    assert [(t[0], t[1], t[2]) for t in tasks] == [
        ("把学习贯彻习近平法治思想作为理论学习重点内容。", ["区委宣传部", "区司法局"], []),
        ("组织开展领导干部应知应会法律法规考试。", ["区司法局"], ["区委组织部"]),
        ("深化“证照分离”改革。", ["区市场监管局"], ["区各相关部门"]),
        ("落实沪府办发〔2024〕13号文件，指导各县〔市、区〕政府开展工作。", ["区司法局"], []),
    ]
    assert not warnings

"""Round 42 of docs/loader.md, theme fresh3: misreads of eight plans written as offices publish them."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document


def _reading(text: str, path: str = "plan.md"):
    doc = parse_document(text, path=path)
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in doc.workplans
        for m in w.measures
    ]


def test_the_first_listed_convention_glued_to_a_label_lines_last_unit_keeps_that_unit():
    """A 分工方案 whose items each close with a ``责任单位：`` line, the first one ending with the convention in a
    bracket right after its last unit. Before, that unit (省财政厅) was lost with the convention."""
    text = (
        "1.实施产业基础再造工程。每年组织实施一批项目。\n\n"
        "责任单位：省经信厅、省发改委、省财政厅（列第一位的为牵头单位，下同）\n\n"
        "2.推进“链长制”。2022年底前实现全覆盖。\n\n"
        "责任单位：省经信厅、各市州人民政府\n"
    )
    assert _reading(text) == [
        (3, ["省经信厅"], ["省发改委", "省财政厅"], None),
        (7, ["省经信厅"], ["各市州人民政府"], "2022-12"),
    ]


def test_a_half_width_bracket_after_the_last_unit_reads_the_same():
    text = "1.推进工程。\n责任单位：省科技厅、省教育厅(排在第一位的为牵头单位)\n2.推进改革。\n责任单位：省人社厅、省财政厅\n"
    assert _reading(text) == [(2, ["省科技厅"], ["省教育厅"], None), (4, ["省人社厅"], ["省财政厅"], None)]


def test_a_convention_on_its_own_still_names_no_unit():
    """Round 32's statement alone (no unit before its bracket) stays a convention, no task."""
    text = "（列第一位者为牵头单位，下同）\n1.推进工程。（省科技厅、省教育厅）\n"
    assert _reading(text) == [(2, ["省科技厅"], ["省教育厅"], None)]


def test_units_with_a_bare_fuze_after_a_qiantou_clause_in_prose_are_its_partners():
    """``A牵头，B、C负责，…`` in a task's prose reads as the same words in a bracket do: B and C carry out A's task.
    Before, B and C led beside A."""
    text = (
        "7.工业园区等功能区安全整治。县经信局牵头，县经济开发区管委会、富春江科技城管委会负责，"
        "2021年底前完成园区安全风险评估和分级。\n"
        "8.危险废物安全整治。由县生态环境分局牵头，县应急管理局负责，建立全链条监管体系。\n"
    )
    assert _reading(text, "plan.txt") == [
        (1, ["县经信局"], ["县经济开发区管委会", "富春江科技城管委会"], "2021-12"),
        (2, ["县生态环境分局"], ["县应急管理局"], None),
    ]


def test_a_fuze_clause_with_its_own_duty_or_after_another_fuze_still_leads():
    text = (
        "1.园区安全整治。县经信局牵头，县财政局负责资金保障。\n"
        "2.危废整治。县生态环境分局负责，县应急管理局负责，建立监管体系。\n"
    )
    assert _reading(text, "plan.txt") == [
        (1, ["县经信局", "县财政局"], [], None),
        (2, ["县生态环境分局", "县应急管理局"], [], None),
    ]


def test_a_stage_dated_by_a_year_alone_is_due_that_december():
    """A 三年行动's 进度安排: stages dated by months read before; a stage dated by its year alone (``（2022年）``,
    ``（2021年全年）``) had no deadline."""
    text = (
        "三、进度安排\n"
        "（一）排查整治阶段（2020年6月至12月）。县安委办要全面排查安全风险。\n"
        "（二）集中攻坚阶段（2021年全年）。县安委办要针对重点难点问题，组织集中攻坚。\n"
        "（三）巩固提升阶段（2022年）。县安委办牵头，总结经验。\n"
    )
    assert _reading(text, "plan.txt") == [
        (2, ["县安委办"], [], "2020-12"),
        (3, ["县安委办"], [], "2021-12"),
        (4, ["县安委办"], [], "2022-12"),
    ]


def test_a_year_in_a_bracket_of_a_later_sentence_is_no_stage():
    text = "1.推进标准建设。执行国家标准（2022年）的要求。（县市场监管局负责）\n"
    assert _reading(text, "plan.txt") == [(1, ["县市场监管局"], [], None)]


def test_a_groups_unit_line_stating_the_convention_is_under_it_itself():
    """A 分工方案 whose group's ``责任单位：`` line under its items states the first-listed convention: the items
    above it read it too (the convention holds from the list that states it). Before, both units led the items
    above and only later lists followed the convention."""
    text = (
        "一、重点任务\n"
        "（一）建设物流枢纽。\n"
        "1.布局国家物流枢纽。\n"
        "2.建设区域物流中心。\n"
        "责任单位：省发展改革委、省交通运输厅（列第一位的为牵头单位，下同）\n"
        "（二）发展冷链物流。\n"
        "3.完善冷链设施。\n"
        "责任单位：省商务厅、省农业农村厅\n"
    )
    assert _reading(text, "plan.txt") == [
        (3, ["省发展改革委"], ["省交通运输厅"], None),
        (4, ["省发展改革委"], ["省交通运输厅"], None),
        (8, ["省商务厅"], ["省农业农村厅"], None),
    ]


def test_a_convention_stated_after_a_task_still_leaves_the_tasks_above_alone():
    text = (
        "1.布局国家物流枢纽。（省发展改革委、省交通运输厅负责）\n"
        "2.完善冷链设施。（省商务厅、省农业农村厅负责，列第一位的为牵头单位，下同）\n"
    )
    assert _reading(text, "plan.txt") == [
        (1, ["省发展改革委", "省交通运输厅"], [], None),
        (2, ["省商务厅"], ["省农业农村厅"], None),
    ]


def test_partners_named_after_the_leads_work_in_the_same_sentence():
    """``A牵头，督促企业落实…，B、C配合/参与。``: B and C are A's partners, and 督促企业 (whom A makes act) is no
    unit. Before, B and C were lost and, with 落实主体责任 read as a supporting verb, 督促企业 became a partner."""
    text = (
        "二、主要任务\n"
        "1.企业主体责任。县应急管理局牵头，督促企业落实安全生产主体责任，县市场监管局、县住建局配合。\n"
        "2.企业主体责任。县应急管理局牵头，督促企业落实主体责任，县市场监管局参与。\n"
    )
    assert _reading(text, "plan.txt") == [
        (2, ["县应急管理局"], ["县市场监管局", "县住建局"], None),
        (3, ["县应急管理局"], ["县市场监管局"], None),
    ]


def test_units_that_carry_out_their_trades_supervision_are_partners():
    """A 安全生产 plan's ``A负责综合监管，B、C按照“三个必须”落实行业监管责任``: B and C are A's partners, as units that
    落实属地责任 are. Before, they were lost."""
    text = (
        "二、主要任务\n1.综合监管。县应急管理局负责综合监管，县住建局、县交通运输局按照“三个必须”落实行业监管责任。\n"
    )
    assert _reading(text, "plan.txt") == [(2, ["县应急管理局"], ["县住建局", "县交通运输局"], None)]

"""Round 43 of docs/loader.md, theme fresh7: layouts of assignment that are not 工作方案, read as they came (a 常务会议
纪要's 议定事项, a 人大代表建议 and a 政协提案 交办分工表, a 政府工作报告 责任分解, a 绩效考核 指标分解, a 巡察整改
“三张清单”, a 督查督办通知单, a 领导批示件 落实分工)."""

from __future__ import annotations

from tests.support.readings import plan_unit_lines_dated


def test_a_tab_table_of_proposals_places_every_row_by_its_tabs():
    """A 提案交办分工表 pasted from a sheet: its rows numbered 0012 (a 提案号 padded with zeros), a 提案者 column whose
    cells read as units (民进云岭市委会, 市工商联) and a 承办方式 column before the 主办单位 / 会办单位 columns. Each tab of
    the header parts its names, so a full row's cells are its columns too, as a row with an empty cell's are. Before,
    the full rows were placed by what they hold: the proposer led and 主办会办 was a unit."""
    text = (
        "市政协提案交办分工表\n\n"
        "提案号\t案由\t提案者\t承办方式\t主办单位\t会办单位\n"
        "0012\t关于发展普惠托育服务的提案\t民进云岭市委会\t主办会办\t市卫生健康委\t市教育体育局、市妇联\n"
        "0047\t关于优化营商环境的提案\t市工商联\t单独办理\t市营商环境局\t\n"
        "0058\t关于加强历史文化街区保护的提案\t九三学社云岭市委会\t分办\t市住房城乡建设局、市文化和旅游局\t\n"
    )
    assert plan_unit_lines_dated(text) == [
        (4, ["市卫生健康委"], ["市教育体育局", "市妇联"], None, None),
        (5, ["市营商环境局"], [], None, None),
        (6, ["市住房城乡建设局", "市文化和旅游局"], [], None, None),
    ]


def test_a_leader_instruction_list_labels_its_units_to_lead_and_to_support_the_follow_up():
    """A 领导批示件 落实分工 writes each 批示件 and, on lines of their own, ``牵头落实：`` and ``配合落实：`` (the units
    that lead and support the follow-up) and ``落实时限：``. Before, neither label was known: the items named no unit
    and were left out."""
    text = (
        "一、批示件落实分工\n\n"
        "（一）批示件：省统计局《一季度全省经济运行情况分析》\n\n"
        "牵头落实：省发展改革委\n\n"
        "配合落实：省工业和信息化厅、省商务厅\n\n"
        "落实时限：2020年6月底前\n\n"
        "（二）批示件：省应急厅《关于近期道路交通事故情况的报告》\n\n"
        "牵头落实单位：省公安厅\n\n"
        "配合落实单位：省应急厅，各市人民政府\n"
    )
    assert plan_unit_lines_dated(text) == [
        (5, ["省发展改革委"], ["省工业和信息化厅", "省商务厅"], "2020-06", "scheduled"),
        (13, ["省公安厅"], ["省应急厅", "各市人民政府"], None, None),
    ]


def test_the_handling_roles_in_brackets_after_units_are_their_roles():
    """A 督查督办通知单 writes the role of each unit in brackets after it: ``承办单位：A（主办），B、C（协办）``, and
    ``（会办）`` as 江苏、浙江 write 协办. Before, ``（协办）`` was read but ``（主办）`` was kept in the unit's name and the
    units between the two brackets led."""
    text = (
        "一、督办事项：解放路与建设大道交叉口拥堵问题\n"
        "承办单位：市公安局交警支队（主办），市交通运输局、市城市管理局（协办）\n"
        "办结时限：2026年3月31日前\n\n"
        "二、督办事项：城区公交站台老化破损问题\n"
        "承办单位：市交通运输局（主办），市城市管理局（会办）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (2, ["市公安局交警支队"], ["市交通运输局", "市城市管理局"], "2026-03-31", "scheduled"),
        (6, ["市交通运输局"], ["市城市管理局"], None, None),
    ]


def test_units_that_do_the_work_under_a_lead_in_minutes_are_its_partners():
    """A 会议纪要's 议定事项 closes with ``由A牵头，B具体负责。``: B carries out A's task, a partner as after ``B负责``
    and ``B具体负责实施``. Before, B led beside A. Alone (``由B具体负责。``) B still leads."""
    text = (
        "会议议定：\n\n"
        "（一）对进度滞后的改造项目实行挂图作战。由市住房城乡建设局牵头，各区政府具体负责。\n\n"
        "（二）做好随迁子女入学保障工作，由市教育局具体负责。\n"
    )
    assert plan_unit_lines_dated(text) == [
        (3, ["市住房城乡建设局"], ["各区政府"], None, None),
        (5, ["市教育局"], [], None, None),
    ]

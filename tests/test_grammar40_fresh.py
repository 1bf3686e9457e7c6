"""Round 40 of docs/loader.md, theme fresh: a fresh measure on the plans the grammar most often meets (session 28)."""

from __future__ import annotations

from tests.support.readings import dated_plan_units as _units

# ---- a covering notice ------------------------------------------------------------------------------------------


def test_who_drafted_the_plan_named_by_its_title_is_no_task():
    """A会同B制定了《…》，现印发给你们: the notice says who drafted the plan; before, a task led by A and B."""
    text = (
        "关于印发《某某重点任务分工方案》的通知\n\n"
        "各省、自治区、直辖市发展改革委：\n\n"
        "为加快构建统一市场，国家发展改革委、国家数据局会同有关部门制定了《某某重点任务分工方案》，现印发给你们，请认真贯彻落实。\n\n"
        "（一）健全数据产权制度。（国家数据局牵头，司法部参与）\n"
    )
    assert _units(text) == [(["国家数据局"], ["司法部"], None)]


def test_a_task_to_draft_a_titled_rule_stays_a_task():
    text = "某市方案\n\n1．市发展改革委会同市财政局制定《专项资金管理办法》，2025年6月底前出台。\n"
    assert _units(text) == [(["市发展改革委"], ["市财政局"], "2025-06")]


# ---- prose: A具体负责… --------------------------------------------------------------------------------------------


def test_a_unit_that_is_specifically_responsible_leads():
    """A具体负责X (a town's plan in prose): before, no task, or the name ran into the work (镇党政办具体负责汛期值班)."""
    text = (
        "某镇防汛工作方案\n\n"
        "（一）物资储备。镇应急办具体负责防汛物资储备，各村（社区）要储备必要的防汛物资。\n\n"
        "（二）值班值守。镇党政办具体负责汛期值班安排，镇派出所配合。\n"
    )
    # 各村（社区）要储备…: a body of each village that must act leads beside the unit (round 40, prose2)
    assert _units(text) == [(["镇应急办", "各村（社区）"], [], None), (["镇党政办"], ["镇派出所"], None)]


# ---- a list in brackets with its deadline, written with half-width marks ------------------------------------------


def test_a_dated_list_in_brackets_with_a_half_width_comma_is_read():
    """(A,2022年底前) in a plan whose other brackets are labelled: before, the index's filter looked for the
    full-width ，；only, and the task was lost."""
    text = "某市方案\n\n1. 推进改革。(市发改委,2022年底前)\n\n2. 优化服务。（牵头单位：市商务局）\n"
    assert _units(text) == [(["市发改委"], [], "2022-12"), (["市商务局"], [], None)]


# ---- a 省厅's offices ---------------------------------------------------------------------------------------------


def test_the_labels_of_a_departments_offices_name_their_roles():
    """主办处室 / 负责处室 lead, 参与处室 / 协助处室 / 协作处室 support, as 牵头处室 / 配合处室 do (before, the supports
    were lost, or the item was no task)."""
    text = (
        "某省教育厅2023年工作要点\n\n"
        "1.加强思政课建设。（牵头处室：思政处；参与处室：基教处、高教处）\n\n"
        "2.推进义务教育优质均衡发展。（主办处室：基教处；协助处室：发展规划处、财务处）\n\n"
        "3.深化职业教育改革。（负责处室：职成处；协作处室：财务处）\n"
    )
    assert _units(text) == [
        (["思政处"], ["基教处", "高教处"], None),
        (["基教处"], ["发展规划处", "财务处"], None),
        (["职成处"], ["财务处"], None),
    ]


# ---- an item's bracket wrapped over two lines ---------------------------------------------------------------------


def test_a_deadline_closing_a_bracket_wrapped_from_the_line_above_is_the_items_own():
    """…（责任单位：A； / 完成时限：2025年12月） as the last item of a group: before, read as the group's deadline after
    its items, given to every item of the group."""
    text = (
        "某县2025年工作要点\n\n一、经济发展\n\n"
        "1.抓好项目建设。（县发改局牵头，县直各部门配合）\n\n"
        "2.推进园区建设。（责任单位：县工业园区管委会；\n完成时限：2025年12月）\n\n"
        "二、社会事业\n\n"
        "3.办好民生实事。（县政府办牵头）\n"
    )
    assert _units(text) == [
        (["县发改局"], ["县直各部门"], None),
        (["县工业园区管委会"], [], "2025-12"),
        (["县政府办"], [], None),
    ]

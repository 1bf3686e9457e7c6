"""Round 42: the ways of writing round 41 saw and left (docs/loader.md, Round 41, "Left"), written as offices write
them (the plans under tests/fixtures/round42/left3 read by hand first)."""

from __future__ import annotations

from tests.support.readings import plan_units as _units
from tests.support.readings import written_plan_deadlines


def test_fields_before_an_open_list_closed_by_deng_bumen_after_hui_tong_support():
    """``要会同同级财政、税务等部门``: 等部门 closes an open list of fields, each a partner as written (round 41 read
    the list closed by 部门 alone); before, no partner was read."""
    plan = (
        "某市稳就业若干措施\n\n"
        "（一）落实稳岗返还。各县（市、区）人力资源社会保障部门要会同同级财政、税务等部门，2023年6月底前完成返还。\n\n"
        "（二）开展招聘活动。各县（市、区）人民政府要会同同级人力资源社会保障、教育、工业和信息化等部门，集中开展校园招聘。\n"
    )
    assert _units(plan) == [
        (["各县（市、区）人力资源社会保障部门"], ["同级财政", "税务"]),
        (["各县（市、区）人民政府"], ["同级人力资源社会保障", "教育", "工业和信息化"]),
    ]


def test_an_open_list_closed_by_a_kind_of_organisation_keeps_its_members():
    """``会同残联、妇联等群团组织``: the kind after 等 adds nobody; before, ``妇联等群团`` was one partner."""
    plan = (
        "某市稳就业若干措施\n\n"
        "（一）加强就业援助。各县（市、区）要会同残联、妇联等群团组织，确保2023年底前零就业家庭至少一人就业。\n\n"
        "（二）开展关爱行动。（牵头单位：市民政局；配合单位：团市委、市妇联等群团组织）\n"
    )
    assert _units(plan) == [(["各县（市、区）"], ["残联", "妇联"]), (["市民政局"], ["团市委", "市妇联"])]


def test_posts_are_people_not_units():
    """``各班主任``, ``各网格员``, ``村两委成员`` name people by their post, not bodies: dropped from a task's units
    (a coordination graph joins bodies); a task whose only unit is a post names no lead and is left out. Before,
    each was a unit (a collective)."""
    plan = (
        "某中学劳动教育实施方案\n\n"
        "1. 组织校外劳动实践。每学期组织不少于2次。（责任部门：团委、各年级组、各班主任）\n\n"
        "2. 做好重点人群服务。每周至少走访一次。（责任单位：各村（社区）、村两委成员、镇民政办）\n\n"
        "3. 落实网格巡查。网格员每日巡查网格。（责任单位：各网格员）\n"
    )
    assert _units(plan) == [(["团委", "各年级组"], []), (["各村（社区）", "镇民政办"], [])]


def test_a_post_column_in_a_task_table_names_no_unit():
    """A 责任部门 cell naming a body and a post (``教务处、各班主任``) keeps the body."""
    plan = (
        "重点项目推进表\n\n"
        "| 序号 | 项目 | 分管领导 | 责任部门 | 完成时间 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 编写校本劳动教育读本 | 张建华 | 教务处、教科室 | 2023年3月底前 |\n"
        "| 2 | 建立学生劳动素养评价档案 | 张建华 | 教务处、各班主任 | 2023年6月底前 |\n"
    )
    assert _units(plan) == [(["教务处", "教科室"], []), (["教务处"], [])]


def test_a_month_range_with_both_months_written_dates_the_work_done_over_it():
    """``5月至8月集中开展…`` ends with its last month, as ``5—8月开展…`` did (round 40); before, no deadline."""
    plan = (
        "某市2023年稳就业若干措施\n\n"
        "（一）开展招聘专项行动。5月至8月集中开展校园招聘、直播带岗等活动。（责任单位：市人力资源社会保障局）\n\n"
        "（二）开展助企行动。3月—6月组织“政策进企业”宣讲。（责任单位：市工业和信息化局）\n"
    )
    assert written_plan_deadlines(plan) == [
        (3, "5月至8月", "2023-08", "scheduled"),
        (5, "3月—6月", "2023-06", "scheduled"),
    ]


def test_a_bureau_leader_label_names_a_person_beside_the_office_fields():
    """``局领导：刘某  责任股室：…`` on one line (a 局's own plan): 局领导 names the bureau leader in charge, a person;
    before, the name ran into the next field and the task was lost. Alone on its line or as a table header it was
    read already."""
    plan = (
        "某县自然资源局2024年重点工作任务清单\n\n"
        "1. 开展耕地保护专项整治。局领导：陈明  责任股室：耕保股  完成时限：2024年9月底前\n\n"
        "2. 完成不动产登记改革。\n\n"
        "局领导：孙丽  牵头股室：不动产登记中心  配合股室：地籍股\n"
    )
    assert _units(plan) == [(["耕保股"], []), (["不动产登记中心"], ["地籍股"])]


def test_a_leader_line_between_an_item_and_its_label_lines_keeps_the_item_whole():
    """A leader's label of any role and level (``联系厅领导：``, ``包联区领导：``, ``联系局领导：`` with its name on the
    next line) between a numbered item and its label lines is a person's field: the item keeps its text and units.
    Before (联系厅领导 unlisted), the first item was left out as naming no unit and its units went to a task whose
    text was the leader's line (round42/left3/02)."""
    from reformgraph.loaders.parse import parse_document

    for label, name in (("联系厅领导：", "李建国"), ("包联区领导：", "王某"), ("联系局领导：", "\n张敏")):
        plan = (
            "# 某省自然资源厅2024年改革任务分解\n\n## 一、深化改革\n\n"
            "1. 开展自然资源资产所有权委托代理机制试点。\n\n"
            f"{label}{name}\n\n牵头处室：自然资源所有者权益处\n\n配合处室：政策法规处\n\n完成时限：2024年9月底前\n"
        )
        (task,) = [m for w in parse_document(plan).workplans for m in w.measures]
        assert task.text == "开展自然资源资产所有权委托代理机制试点。", label
        assert [u.raw for u in task.leads] == ["自然资源所有者权益处"]
        assert [u.raw for u in task.supports] == ["政策法规处"]

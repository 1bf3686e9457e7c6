"""Round 42: the ways of writing round 41 saw and left (docs/loader.md, Round 41, "Left"), written as offices write
them (the plans under tests/fixtures/round42/left3 read by hand first)."""

from __future__ import annotations

from tests.support.readings import plan_units as _units


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

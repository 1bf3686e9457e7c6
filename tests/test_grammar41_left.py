"""Round 41 of docs/loader.md: the ways of writing round 40 saw and left (its "Left" lists), written as offices
write them (the plans under /work/scratch/r41_left read by hand first)."""

from __future__ import annotations

from tests.support.readings import plan_units as _units


def test_a_unit_field_going_on_in_lines_of_their_own_with_no_mark_gives_a_name_a_line():
    """``配合单位：市级各部门`` / ``各县（区）政府`` (a table cell copied with its line breaks): before, one name
    ``市级各部门各县（区）政府``; and a short name alone on the line before ``完成时限：`` was read as part of an
    unknown label (``市审计局完成时限：``) and dropped."""
    plan = (
        "某市2024年实施方案\n\n一、重点任务\n\n"
        "1.全面梳理特许经营项目。建立项目储备清单。\n牵头单位：市发展改革委\n配合单位：市级各部门\n各县（区）政府\n"
        "完成时限：2024年6月底前\n\n"
        "2.开展存量项目清理。逐一核查。\n牵头单位：市财政局\n配合单位：市政府与社会资本合作中心\n市审计局\n"
        "完成时限：2024年9月底前\n\n"
        "3.严格方案审核。\n牵头单位：市发展改革委\n配合单位：市自然资源和规划局、市住房城乡建设局\n市生态环境局、市水利局\n"
        "完成时限：长期坚持\n"
    )
    assert _units(plan) == [
        (["市发展改革委"], ["市级各部门", "各县（区）政府"]),
        (["市财政局"], ["市政府与社会资本合作中心", "市审计局"]),
        (["市发展改革委"], ["市自然资源和规划局", "市住房城乡建设局", "市生态环境局", "市水利局"]),
    ]


def test_a_name_cut_by_a_line_break_in_a_unit_field_stays_one_name():
    plan = "某区方案\n\n1.推进改造。\n责任单位：区自然资源分局、区住\n建局、相关街道\n完成时限：2025年12月底前\n"
    assert _units(plan) == [(["区自然资源分局", "区住建局", "相关街道"], [])]


def test_yu_inside_one_name_joins_no_two_bodies():
    """``市政府与社会资本合作中心`` (the PPP centre: 与 between words of one name, the words after it opening with
    no level): before, 市政府 and 社会资本合作中心. ``团县委与县妇联`` are still two."""
    plan = (
        "某市方案\n\n1.加强项目信息公开。（市政府与社会资本合作中心牵头，各县（区）政府配合）\n"
        "2.加强青年就业帮扶。（团县委与县妇联负责）\n"
    )
    assert _units(plan) == [(["市政府与社会资本合作中心"], ["各县（区）政府"]), (["团县委", "县妇联"], [])]

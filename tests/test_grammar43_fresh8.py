"""Round 43 of docs/loader.md, theme fresh8: regional writing habits of the provinces' offices (上海's 市级责任部门 /
区级责任主体, 北京's 社会工委 written with its 民政局, 浙江's 跑道 清单 with 是否完成, 广东's 省有关单位按职责分工负责,
江苏's 设区市人民政府, 成渝 joint plans, 福建's 山海协作, 援疆 tasks), read as they came."""

from __future__ import annotations

from tests.support.readings import plan_unit_lines_dated


def test_units_named_at_two_levels_in_one_bracket_are_all_read():
    """上海's plans name a task's units at the city's and the district's level, each field opening with its level:
    ``（市级责任部门：A、B；区级责任主体：C）``. Before, the second field's level joined the first field's value and
    the district's units were lost."""
    text = (
        "（一）深化企业开办改革。推行一表申请。（市级责任部门：市市场监管局、市税务局；区级责任主体：各区政府）\n"
        "（二）保障用地。优先保障重点项目用地。（市级牵头部门：市规划资源局；区级配合单位：浦东新区政府；"
        "完成时间：2023年6月底前）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (1, ["市市场监管局", "市税务局", "各区政府"], [], None, None),
        (2, ["市规划资源局"], ["浦东新区政府"], "2023-06", "scheduled"),
    ]


def test_a_level_opening_a_label_line_is_the_runs_line():
    """The same fields on label lines under the task: ``区级责任主体：`` opens its own line."""
    text = (
        "（三）优化工程建设项目审批。推行拿地即开工。\n"
        "市级责任部门：市住房城乡建设管理委、市规划资源局\n"
        "区级责任主体：各区政府\n"
        "完成时间：2023年12月底前\n"
    )
    assert plan_unit_lines_dated(text) == [
        (2, ["市住房城乡建设管理委", "市规划资源局", "各区政府"], [], "2023-12", "scheduled"),
    ]


def test_a_working_committee_written_with_its_department_is_one_unit():
    """北京's offices write a party working committee and the department it works as one with (合署办公) without a
    mark between them: ``区委社会工委区民政局``, ``市委教育工委市教委``. Before, the run split in two units (as a list
    whose marks a conversion dropped); a 工委 beside any other department still splits."""
    text = (
        "1.强化“吹哨报到”。街道乡镇吹哨、部门报到。\n"
        "牵头单位：区委社会工委区民政局\n"
        "配合单位：区城市管理委\n"
        "2.深化教育评价改革。（牵头单位：市委教育工委市教委；配合单位：市委组织部市财政局）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (2, ["区委社会工委区民政局"], ["区城市管理委"], None, None),
        (4, ["市委教育工委市教委"], ["市委组织部", "市财政局"], None, None),
    ]


def test_levels_alone_before_a_shared_body_are_one_collective():
    """新疆's plans name the region's and the corps's departments as one: ``自治区、兵团有关部门``; a city's plan
    ``市、区有关部门``, a province's ``省、市、县有关部门``. Before, the levels alone were dropped (no unit) and the
    last item kept (区有关部门, 兵团有关部门), or 自治区 read as a unit."""
    text = (
        "1.推进对口援疆。（自治区发展改革委牵头，自治区、兵团有关部门按职责分工负责）\n"
        "2.优化营商环境。（市发展改革委牵头，市、区有关部门配合）\n"
        "3.加强社会救助。（责任单位：省民政厅，省、市、县有关部门）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (1, ["自治区发展改革委"], ["自治区、兵团有关部门"], None, None),
        (2, ["市发展改革委"], ["市、区有关部门"], None, None),
        (3, ["省民政厅", "省、市、县有关部门"], [], None, None),
    ]

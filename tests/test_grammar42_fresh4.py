"""Round 42 of docs/loader.md, theme fresh4: misreads of eight plans from places and sectors the corpus has little
of (自治区, 自治州, 兵团, 东北 flood control, 直辖市 districts, 中西部 transport, county finance, forest fire)."""

from __future__ import annotations

from tests.support.readings import plan_unit_lines_dated


def test_a_names_own_list_in_angle_brackets_inside_a_parenthetical_is_one_unit():
    """An office nests a name's own list in angle brackets when the name sits inside a parenthetical
    (``各地〈州、市〉卫生健康委``): one unit, as ``各县〔市、区〕政府`` is. Before, it was split into ``各地〈州`` and
    ``市〉卫生健康委``."""
    text = (
        "某自治区基层卫生健康服务能力提升实施方案\n\n"
        "（一）推进紧密型县域医疗卫生共同体建设。2024年6月底前实现全覆盖。"
        "（责任单位：自治区卫生健康委、自治区财政厅，各地〈州、市〉卫生健康委）\n\n"
        "（二）提升基层中医药服务能力。（牵头单位：自治区中医药管理局；配合单位：各地〈州、市〉卫生健康委、"
        "各县〈市、区〉人民政府）\n"
    )
    assert plan_unit_lines_dated(text) == [
        (3, ["自治区卫生健康委", "自治区财政厅", "各地〈州、市〉卫生健康委"], [], "2024-06", "scheduled"),
        (5, ["自治区中医药管理局"], ["各地〈州、市〉卫生健康委", "各县〈市、区〉人民政府"], None, None),
    ]


def test_a_period_spelling_out_its_dates_in_the_tasks_words_is_due_at_its_end():
    """``汛期（6月1日至9月30日）实行24小时值班``: the dates a named period spells out in brackets, with no year, are
    the plan year's, the task due at the period's end (a field already read them so: round 32). Before, no date."""
    text = (
        "2022年全省水利防汛工作方案\n\n"
        "（一）加强雨水情监测预报。汛期（6月1日至9月30日）实行24小时值班。（责任单位：省水文水资源局）\n\n"
        "（二）强化值守。防火期（1月1日—5月31日）严格执行领导带班制度。（责任单位：省林草局）\n\n"
        "（三）开展数据统计。统计1月1日至6月30日的汛情数据。（责任单位：省水文水资源局）\n"
    )
    assert [(line, date) for line, _, _, date, _ in plan_unit_lines_dated(text)] == [
        (3, "2022-09-30"),
        (5, "2022-05-31"),
        (7, None),
    ]


def test_a_season_named_in_the_next_year_is_that_years():
    """``10月底前编制修复方案，明年汛前完成修复``: 明年汛前 is the next year's flood season (May, as 汛前 reads), the
    latest of the task's dates. Before, 明年 was not seen and the deadline was October of the plan's year."""
    text = (
        "2022年全省水利防汛工作方案\n\n"
        "（一）开展水毁工程修复。汛后及时调查统计，10月底前编制修复方案，明年汛前完成修复。（责任单位：厅规划计划处）\n\n"
        "（二）排查隐患。次年汛期前完成整改。（责任单位：厅运行管理处）\n"
    )
    assert [(line, date) for line, _, _, date, _ in plan_unit_lines_dated(text)] == [(3, "2023-05"), (5, "2023-05")]


def test_a_deadline_column_naming_a_season_the_work_goes_on_through_is_ongoing():
    """A forest fire or flood control task table's 完成时限 cell ``防火期内`` / ``汛期``: the work goes on all
    through a season that recurs each year and whose dates the plan does not give: ongoing, no date. Before, a
    deadline with neither date nor status. A season a task is done before (``汛期前``) keeps its May."""
    text = (
        "某省2025年森林草原防灭火工作任务分工方案\n\n"
        "| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 加强火险预警监测 | 省气象局 | 省林草局 | 防火期内 |\n"
        "| 2 | 加强水库巡查值守 | 省水利厅 | 各州（市）人民政府 | 汛期 |\n"
        "| 3 | 完成隐患排查 | 省水利厅 | 省应急厅 | 汛期前 |\n"
    )
    assert [(line, date, status) for line, _, _, date, status in plan_unit_lines_dated(text)] == [
        (5, None, "ongoing"),
        (6, None, "ongoing"),
        (7, "2025-05", "scheduled"),
    ]


def test_the_regiment_farms_of_the_production_and_construction_corps_are_units():
    """``各团场`` (the 兵团's regiment farms, the level under a 师市) is a unit in a role sentence and in a list with
    another unit. Before, ``各团场、师市直有关部门（单位）配合`` lost 各团场 and ``由各团场负责`` was no task."""
    text = (
        "第八师石河子市2024年工作方案\n\n"
        "（一）推进高标准农田建设。（师市农业农村局牵头，各团场、师市直有关部门（单位）配合，2024年10月底前）\n\n"
        "（二）推进连队建设。由各团场负责，2024年底前完成。\n"
    )
    assert [(line, leads, supports) for line, leads, supports, _, _ in plan_unit_lines_dated(text)] == [
        (3, ["师市农业农村局"], ["各团场", "师市直有关部门（单位）"]),
        (5, ["各团场"], []),
    ]


def test_the_townships_and_villages_of_inner_mongolia_are_units():
    """``各苏木`` and ``各嘎查`` (内蒙古's townships and villages, written beside or instead of 乡镇 and 村) are units.
    Before, ``旗林草局牵头，各苏木、各嘎查配合`` had no supports and ``由各苏木负责`` was no task."""
    text = (
        "某旗2024年森林草原防灭火工作方案\n\n"
        "（一）加强巡护。（旗林草局牵头，各苏木、各嘎查配合）\n\n"
        "（二）开展排查。由各苏木负责，2024年6月底前完成。\n"
    )
    assert [(line, leads, supports) for line, leads, supports, _, _ in plan_unit_lines_dated(text)] == [
        (3, ["旗林草局"], ["各苏木", "各嘎查"]),
        (5, ["各苏木"], []),
    ]

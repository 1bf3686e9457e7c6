"""Round 44 (tables4): task tables written as text, in shapes the earlier rounds had not shown."""

from reformgraph.loaders.parse import parse_document


def _tasks(text: str, path: str = "x.md") -> list[tuple[int, str, list[str], list[str], str | None]]:
    document = parse_document(text, path=path)
    return [
        (m.line, m.text[:6], [u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date)
        for w in document.workplans
        for m in w.measures
    ]


def test_a_table_by_unit_of_the_tasks_each_unit_carries_gives_a_task_per_item_it_leads() -> None:
    # 单位 | 承担任务: each numbered item of a unit's cell is a task it leads, its deadline from its bracket (before,
    # no task: 承担任务 named no column of a table by unit)
    text = (
        "某区2025年重点工作任务分解表\n\n"
        "| 单位 | 承担任务 |\n|---|---|\n"
        "| 区商务局 | 1.举办促消费系列活动不少于20场<br>2.培育外贸新业态（2025年10月底前） |\n"
        "| 区科学技术局 | 新认定国家高新技术企业15家（2025年11月底前） |\n"
    )
    assert _tasks(text) == [
        (5, "举办促消费系", ["区商务局"], [], None),
        (5, "培育外贸新业", ["区商务局"], [], "2025-10"),
        (6, "新认定国家高", ["区科学技术局"], [], "2025-11"),
    ]


def test_a_remark_naming_partners_with_their_verb_adds_them_as_supports() -> None:
    # 备注 `B配合保障资金`, `需B、C配合办理用地手续`: partners of the row (before, lost); a remark with no unit
    # changes nothing
    text = (
        "某县2025年为民办实事项目责任分解表\n\n"
        "| 序号 | 项目名称 | 责任单位 | 完成时限 | 备注 |\n|---|---|---|---|---|\n"
        "| 1 | 为老年人免费开展健康体检 | 县卫生健康局 | 2025年11月底前 | 县财政局配合保障资金 |\n"
        "| 2 | 实施农村公路提档升级工程 | 县交通运输局 | 2025年10月底前 | 需县自然资源局、县林业局配合办理用地手续 |\n"
        "| 3 | 建设高标准农田2.5万亩 | 县农业农村局、县水利局 | 2025年12月底前 | 市级考核指标 |\n"
    )
    assert _tasks(text) == [
        (5, "为老年人免费", ["县卫生健康局"], ["县财政局"], "2025-11"),
        (6, "实施农村公路", ["县交通运输局"], ["县自然资源局", "县林业局"], "2025-10"),
        (7, "建设高标准农", ["县农业农村局", "县水利局"], [], "2025-12"),
    ]


def test_a_starred_unit_of_a_unit_cell_leads_and_the_others_support() -> None:
    # ★ before a unit in a 责任单位 cell (标★的为牵头单位) marks the lead, as in a matrix of marks; two stars, two
    # leads (before, ★ was part of the name and every unit led)
    text = (
        "某区2024年城市更新重点任务清单\n\n"
        "序号  工作任务                  责任单位                                  完成时限\n"
        "1     完成老旧小区改造38个      ★区住房城乡建设局  区财政局  各街道办事处  2024年11月底前\n"
        "2     开展历史文化街区保护利用  ★区文化广电旅游体育局  ★区城市更新局     2024年12月底前\n"
    )
    assert _tasks(text, "x.txt") == [
        (4, "完成老旧小区", ["区住房城乡建设局"], ["区财政局", "各街道办事处"], "2024-11"),
        (5, "开展历史文化", ["区文化广电旅游体育局", "区城市更新局"], [], "2024-12"),
    ]


def test_a_pipe_table_row_whose_task_and_unit_cells_number_the_same_items_is_a_task_per_item() -> None:
    # ①…；②… in the task cell and ①…；②… in the 责任单位 cell: each item with its own units, the row's deadline
    # shared (before, one task: the first item's units and the second's partners run together)
    text = (
        "某区2025年医改重点工作任务\n\n"
        "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | ①深化医保支付方式改革；②开展医保基金使用专项整治 "
        "| ①区医疗保障局牵头，区卫生健康局配合；②区医疗保障局牵头，公安某某分局配合 | 2025年11月底前 |\n"
    )
    assert _tasks(text) == [
        (5, "深化医保支付", ["区医疗保障局"], ["区卫生健康局"], "2025-11"),
        (5, "开展医保基金", ["区医疗保障局"], ["公安某某分局"], "2025-11"),
    ]


def test_one_line_items_split_only_when_a_unit_cell_numbers_as_many() -> None:
    # a task cell 1.…；2.… beside one unit list stays one task (its items share the units)
    text = (
        "某区2025年重点工作任务\n\n"
        "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 1.摸清底数；2.建立台账 | 区民政局、区财政局 | 2025年6月底前 |\n"
    )
    assert _tasks(text) == [(5, "摸清底数；2", ["区民政局", "区财政局"], [], "2025-06")]


def test_a_mark_in_a_lead_or_supporting_column_is_a_bullet() -> None:
    # the column says the role there: ● before each unit of a 配合单位 cell is dropped, the units still support
    text = (
        "某区2025年重点工作任务\n\n"
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 推进政务数据共享 | ●区数据局 | ●区财政局、●区税务局 | 2025年6月底前 |\n"
    )
    assert _tasks(text) == [(5, "推进政务数据", ["区数据局"], ["区财政局", "区税务局"], "2025-06")]

"""Round 40 of docs/loader.md, theme dates: how real plans state a task's deadline (session 28)."""

from __future__ import annotations

from tests.support.readings import plan_deadlines as _deadlines


def test_a_quarter_with_no_year_in_a_tasks_words_is_in_the_plans_year():
    """``于今年三季度末前完成…`` in prose (round 39 left it): before, no deadline."""
    text = (
        "# 某市2023年数字政府建设工作要点\n\n"
        "1.推进政务云资源整合。于今年三季度末前完成市直部门业务系统迁移上云。（市大数据局牵头，市财政局配合）\n\n"
        "2.建设城市运行管理中心。第四季度末前建成一期，明年一季度向县区延伸。（市城管委牵头）\n\n"
        "3.开展数据质量检查。每季度末通报一次，前三季度累计整改问题100个。（市大数据局负责）\n"
    )
    assert _deadlines(text) == [(3, "2023-09", "scheduled"), (5, "2024-03", "scheduled"), (7, None, "ongoing")]


def test_within_this_year_written_as_ben_niandu_nei_is_the_plans_december():
    """``本年度内…`` says 年内: before, no deadline."""
    text = (
        "# 某市2023年数字政府建设工作要点\n\n"
        "1.深化“一网通办”。本年度内政务服务事项网上可办率稳定在98%以上。（市政务服务局牵头，市直有关部门配合）\n"
    )
    assert _deadlines(text) == [(3, "2023-12", "scheduled")]


def test_a_deadline_column_saying_the_work_goes_in_stages_is_ongoing():
    """``分阶段推进`` / ``滚动实施`` in a 完成时限 column name no date: the task goes on (as 逐步, 分年度 do)."""
    text = (
        "# 某区2025年老旧小区改造任务分工\n\n"
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 开展改造政策宣传 | 区委宣传部 | 各街道办事处 | 分阶段推进 |\n"
        "| 2 | 谋划储备改造项目 | 区住建局 | 区发展改革局 | 滚动实施 |\n"
        "| 3 | 完成项目设计 | 区住建局 | 区规划局 | 分批推进，2025年10月底前完成 |\n"
    )
    assert _deadlines(text) == [(5, None, "ongoing"), (6, None, "ongoing"), (7, "2025-10", "scheduled")]


def test_a_half_year_after_its_year_in_a_tasks_words_is_a_deadline_wherever_it_stands():
    """``各城区2020年上半年启动…``, ``力争2025年下半年完成``: a half year ends in 年 and was taken for a bare year
    used as a label (read only where it opens a clause); before, no deadline."""
    text = (
        "# 某市生活垃圾分类工作实施方案\n\n"
        "（一）建设示范片区。各城区2020年上半年启动示范片区建设。（各城区人民政府负责）\n\n"
        "（二）完善收运体系。力争2021年下半年完成分类运输车辆配置。（市城管局牵头，市财政局配合）\n"
    )
    assert _deadlines(text) == [(3, "2020-06", "scheduled"), (5, "2021-12", "scheduled")]


def test_within_months_of_the_plans_issue_is_counted_from_its_date():
    """``本方案印发后3个月内`` in a task's words and ``方案印发后1个月内`` in a 完成时限 field: before, only
    ``本意见印发之日起30日内`` was read."""
    text = (
        "# 某市生活垃圾分类工作实施方案\n\n"
        "某府办〔2019〕32号\n\n"
        "（一）完善收运体系。本方案印发后3个月内，制定收运体系建设规划。（市城管局牵头，市财政局配合）\n\n"
        "（二）制定配套细则。各城区结合实际制定实施细则。（各城区人民政府负责；完成时限：方案印发后1个月内）\n\n"
        "某市人民政府办公室\n\n"
        "2019年8月20日\n"
    )
    assert _deadlines(text) == [(5, "2019-11", "scheduled"), (7, "2019-09", "scheduled")]


def test_within_a_named_year_and_a_month_of_this_year_in_a_tasks_words_are_deadlines():
    """``2024年内完成`` (年内 after its year, then the verb) and ``今年10月完成验收`` (a month with no 底/前 after
    今年): before, no deadline (年内 after a year counted only before a comma; a bare month never)."""
    text = (
        "# 某县2024年重点民生实事工作方案\n\n"
        "1.推进城镇老旧小区改造，2024年内完成改造小区20个。（县住建局牵头，各乡镇配合）\n\n"
        "2.建设县城污水处理厂二期。今年10月完成主体工程验收。（县水利局负责）\n\n"
        "3.加强2024年内部审计工作。（县审计局负责）\n"
    )
    assert _deadlines(text) == [(3, "2024-12", "scheduled"), (5, "2024-10", "scheduled"), (7, None, None)]


def test_a_deadline_field_of_yeardu_nei_or_changnian():
    """A 完成时限 of ``年度内`` is the plan's December (as ``年内``); ``常年`` goes on all year (as ``常态``)."""
    text = (
        "# 某镇2026年农村人居环境整治工作方案\n\n"
        "1.新建改建农村公共厕所8座。\n责任单位：镇农业农村办\n完成时限：年度内\n\n"
        "2.开展村庄清洁行动。\n责任单位：各村（社区）\n完成时限：常年\n"
    )
    assert _deadlines(text) == [(4, "2026-12", "scheduled"), (8, None, "ongoing")]


def test_a_date_in_chinese_numerals_in_a_tasks_words_keeps_its_year():
    """``二〇二五年底前`` in a task's words: before, its year was not seen and 年底前 read in the plan's year
    (2024-12, a wrong date)."""
    text = (
        "# 某县2024年卫生健康重点工作任务\n\n"
        "1.建设县级胸痛中心，二〇二五年底前通过国家标准版验收。（县卫生健康委牵头，县人民医院配合）\n"
    )
    assert _deadlines(text) == [(3, "2025-12", "scheduled")]


def test_a_plan_dated_by_its_document_number_alone_places_deadlines_with_no_year_in_that_year():
    """A portal's copy with 某府办发〔2024〕12号 on top, no year in its title and no date under it: before, 6月底前
    had no date."""
    text = (
        "# 关于印发某区优化营商环境若干措施任务分工的通知\n\n"
        "某府办发〔2024〕12号\n\n"
        "各街道办事处，区政府各部门：\n\n"
        "1.压缩企业开办时间。（牵头单位：区市场监管局；完成时限：6月底前）\n\n"
        "2.推行惠企政策免申即享。（牵头单位：区发展改革委；完成时限：年底前）\n"
    )
    assert _deadlines(text) == [(7, "2024-06", "scheduled"), (9, "2024-12", "scheduled")]


def test_the_year_end_of_a_year_named_next_or_this_in_a_tasks_words():
    """``明年底前`` was read in the plan's year (a wrong date, a year early); ``今年底全面完成`` and ``到明年底``
    (年底 with neither 前 nor a clause's end) had no deadline."""
    text = (
        "# 某市2024年城市更新工作要点\n\n"
        "1.推进老旧小区改造，明年底前全面完成改造任务。（市住建局牵头）\n\n"
        "2.建设城市更新信息平台，今年底全面建成并上线运行。（市大数据局负责）\n\n"
        "3.开展年末检查。（市住建局负责）\n"
    )
    assert _deadlines(text) == [(3, "2025-12", "scheduled"), (5, "2024-12", "scheduled"), (7, None, None)]


def test_a_season_beside_a_month_in_a_tasks_words_is_one_of_its_dates():
    """``3月底前启动，国庆节前全面完成``: before, a season or holiday counted only when the words held no other date,
    so the task was due in March (a wrong date: the latest is 30 September)."""
    text = (
        "# 某县2025年水利工作要点\n\n"
        "1.开展河湖“清四乱”专项整治，3月底前启动，国庆节前全面完成。（县水利局牵头，各乡镇配合）\n\n"
        "2.加固病险水库，4月底前完成设计，汛期前完工。（县水利局负责）\n"
    )
    assert _deadlines(text) == [(3, "2025-09-30", "scheduled"), (5, "2025-05", "scheduled")]

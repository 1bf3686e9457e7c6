"""Round 40 of docs/loader.md, theme dates2: deadlines 乡镇, 县 and 市 offices write in a task's own words."""

from __future__ import annotations

from tests.support.readings import written_plan_deadlines as _deadlines


def test_a_month_or_a_named_year_with_no_year_of_its_own_is_in_the_plans_year():
    """``十月底前完成整改``, ``9月份完成验收``, ``当年完成``, ``于年中前完成``, ``明年全部完成`` in a task's words:
    before, no deadline (only ``10月底前`` and ``今年10月`` were read)."""
    text = (
        "# 某镇2025年农村人居环境整治提升工作方案\n\n"
        "（一）推进农村厕所革命。逐户排查问题，十月底前完成整改。（责任单位：镇农业农村办）\n\n"
        "（二）提升生活垃圾治理水平。新增分类收集点50个，9月份完成验收。（责任单位：镇环卫所）\n\n"
        "（三）开展村庄清洁行动。拆除残垣断壁，当年完成。（责任单位：各村（社区））\n\n"
        "（四）推进生活污水治理。改造管网3.2公里，于年中前完成主管网铺设。（责任单位：镇村建办）\n\n"
        "（五）整治农村黑臭水体。实施清淤、控源，明年全部完成。（责任单位：镇水利站）\n"
    )
    assert _deadlines(text) == [
        (3, "十月底前", "2025-10", "scheduled"),
        (5, "9月份", "2025-09", "scheduled"),
        (7, "当年", "2025-12", "scheduled"),
        (9, "年中前", "2025-06", "scheduled"),
        (11, "明年", "2026-12", "scheduled"),
    ]


def test_a_month_in_a_span_a_count_to_date_or_every_year_is_no_deadline():
    """``1-9月完成投资``, ``截至9月完成``, ``每年9月完成`` name no month the task is due in."""
    text = (
        "# 某县2024年重点项目工作方案\n\n"
        "1.加快项目建设。1-9月完成投资20亿元。（县发改局负责）\n\n"
        "2.推进招商引资。截至9月完成签约项目12个。（县商务局负责）\n\n"
        "3.开展年度体检。每年9月完成一次评估。（县住建局负责）\n"
    )
    assert [row[2] for row in _deadlines(text)] == [None, None, None]


def test_a_date_describing_the_tasks_object_is_no_deadline():
    """``对2000年底前建成的老旧小区实施改造，10月底前完成``: the year of what is built (a verb and 的 after the
    date) is no deadline (before, the raw deadline was ``2000年底前；10月底前``, and ``对2023年底前改造的户厕开展
    “回头看”`` alone was due 2023-12)."""
    text = (
        "# 某市2023年重点工作任务分工方案\n\n"
        "1.对2000年底前建成的老旧小区实施改造，10月底前完成。（牵头单位：市住房和城乡建设局）\n\n"
        "2.对2021年底前改造的户厕开展“回头看”，建立问题台账。（牵头单位：市农业农村局）\n"
    )
    assert _deadlines(text) == [(3, "10月底前", "2023-10", "scheduled"), (5, None, None, None)]


def test_working_days_after_the_plan_is_issued_are_counted_from_its_date():
    """``本方案印发后二十个工作日内报送``: weekdays after the document's date (before, no deadline)."""
    text = (
        "# 某镇2025年农村人居环境整治提升工作方案\n\n"
        "（一）加强组织领导。各村要于本方案印发后二十个工作日内报送本村实施方案。（责任单位：镇党政办）\n\n"
        "某镇人民政府\n2025年3月18日\n"
    )
    assert _deadlines(text) == [(3, "本方案印发后二十个工作日内", "2025-04-15", "scheduled")]


def test_recurring_work_after_a_short_title_in_a_short_text_is_ongoing():
    """``推进一网统管。每年开展一次评估。``: round 38 read the recurring word after a title sentence only in a text
    longer than 20 characters (before, no status)."""
    text = "# 某市2023年重点工作任务分工方案\n\n8.推进一网统管。每年开展一次评估。（牵头单位：市大数据局）\n"
    assert _deadlines(text) == [(3, "每年", None, "ongoing")]


def test_a_field_saying_during_the_campaign_is_due_when_the_plans_campaign_period_ends():
    """``时间节点：攻坚期间`` under a plan whose 攻坚时间 (or opening sentence) states the period: the period's end
    (before, the raw words with no date and no status)."""
    text = (
        "# 某县安全生产百日攻坚行动实施方案\n\n"
        "决定自2024年5月至8月在全县开展安全生产百日攻坚行动。\n\n"
        "## 一、攻坚时间\n\n2024年5月10日至8月31日。\n\n## 二、重点任务\n\n"
        "1. 开展燃气安全专项整治。责任单位：县住建局。时间节点：攻坚期间。\n\n"
        "2. 开展道路交通安全整治。责任单位：县交通运输局。时间节点：行动期间。\n"
    )
    assert _deadlines(text) == [
        (11, "攻坚期间", "2024-08-31", "scheduled"),
        (13, "行动期间", "2024-08-31", "scheduled"),
    ]


def test_a_campaign_period_is_read_from_the_sentence_opening_the_campaign():
    """With no 攻坚时间 label, ``自2024年5月至8月在全县开展…行动`` states the period; with none stated the field stays
    words with no date."""
    opening = "决定自2024年5月至8月在全县开展安全生产攻坚行动。\n\n"
    task = "1. 开展燃气安全专项整治。责任单位：县住建局。时间节点：攻坚期间。\n"
    assert _deadlines("# 某县攻坚行动方案\n\n" + opening + task) == [(5, "攻坚期间", "2024-08", "scheduled")]
    assert _deadlines("# 某县攻坚行动方案\n\n" + task)[0][2] is None


def test_a_field_naming_a_stage_of_the_schedule_is_due_when_that_stage_ends():
    """``时间节点：集中攻坚阶段`` under a schedule ``（二）集中攻坚阶段（5月21日—8月10日）``: the stage's end in the plan's
    year (before, words with no date)."""
    text = (
        "# 某县2024年安全生产百日攻坚行动实施方案\n\n"
        "## 一、攻坚时间\n\n"
        "（一）动员部署阶段（5月10日—5月20日）。\n\n（二）集中攻坚阶段（5月21日—8月10日）。\n\n"
        "## 二、重点任务\n\n"
        "1. 开展消防安全整治。责任单位：县消防救援大队。时间节点：集中攻坚阶段。\n\n"
        "2. 开展总结评估。责任单位：县安委办。时间节点：总结提升阶段。\n"
    )
    assert _deadlines(text) == [(11, "集中攻坚阶段", "2024-08-10", "scheduled"), (13, "总结提升阶段", None, None)]


def test_part_months_month_spans_and_every_half_month_in_a_tasks_words():
    """``11月中下旬前``, ``6—8月开展…``, ``每半月通报…``: before, no deadline (the fields read the first two already);
    ``1-9月完成投资`` (a count to date) stays none."""
    text = (
        "# 某市2025年全面深化改革工作要点\n\n"
        "1.深化财政体制改革，11月中下旬前完成市对县财政体制调整方案报批。（市财政局负责）\n\n"
        "2.完善社会救助体系，6—8月开展低保专项治理。（市民政局负责）\n\n"
        "3.推进“放管服”改革，每半月通报一次政务服务好差评情况。（市政务服务局负责）\n\n"
        "4.加快项目建设，1-9月完成投资20亿元。（市发展改革委负责）\n"
    )
    assert _deadlines(text) == [
        (3, "11月中下旬前", "2025-11", "scheduled"),
        (5, "6—8月", "2025-08", "scheduled"),
        (7, "每半月", None, "ongoing"),
        (9, None, None, None),
    ]


def test_work_spread_over_years_is_due_at_the_end_of_its_last_year():
    """``分两年完成`` in a task's words or a deadline field: from the plan's year, due at the end of the second
    (before, no deadline)."""
    text = (
        "# 某县2024年十件民生实事实施方案\n\n"
        "七、建设公共充电桩。在城区和乡镇建设公共充电桩300个，分两年完成。（县发展改革委牵头，县供电公司配合）\n\n"
        "八、改造老旧供水管网。（牵头单位：县水务局；完成时限：分三年实施）\n"
    )
    assert _deadlines(text) == [(3, "分两年完成", "2025-12", "scheduled"), (5, "分三年实施", "2026-12", "scheduled")]


def test_a_township_fields_winter_and_spring_and_the_two_holidays():
    """``完成时限：今冬明春`` (this winter and next spring: up to May of the next year) and ``元旦春节前`` (before the
    later holiday, the Spring Festival): before, words with no date."""
    text = (
        "某乡2023年秋冬季重点工作推进方案\n\n"
        "一、冬春农田水利建设\n责任单位：乡水利站、各村\n完成时限：今冬明春\n\n"
        "二、困难群众两节慰问\n责任单位：乡民政办、各村\n完成时限：元旦春节前\n\n"
        "某乡人民政府\n2023年9月12日\n"
    )
    assert _deadlines(text, "plan.txt") == [
        (4, "今冬明春", "2024-05", "scheduled"),
        (8, "元旦春节前", "2024-02", "scheduled"),
    ]


def test_a_time_limit_counted_from_an_event_is_a_deadline_with_no_date():
    """``完成时限：收到县安委办通知后3个工作日内``: a deadline (scheduled) the plan cannot date (before, no status)."""
    text = (
        "某街道2025年下半年重点工作任务清单\n\n"
        "3.开展燃气安全隐患排查。\n牵头单位：安监站\n完成时限：收到县安委办通知后3个工作日内\n"
    )
    assert _deadlines(text, "plan.txt") == [(4, "收到县安委办通知后3个工作日内", None, "scheduled")]

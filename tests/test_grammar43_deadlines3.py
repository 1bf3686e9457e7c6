"""Round 43, deadlines3: deadline wordings no round had shown the parser, read as real plans write them.

Each test is a small plan that was misread before its rule (the fixtures are in
``tests/fixtures/round43/deadlines3/``, scored task by task by ``tests/test_round_plans.py``).
"""

from __future__ import annotations

from tests.support.readings import plan_measures


def test_spring_festival_of_a_plan_issued_the_december_before_is_its_own_year():
    # a district's 2025 plan issued on 20 December 2024: 春节前 is 2025's festival (before: 2026-02)
    text = (
        "# 某区2025年城市管理工作要点\n\n"
        "1.开展市容环境集中整治。春节前完成。（责任单位：区城市管理委、各街道办事处）\n\n"
        "某区人民政府办公室\n2024年12月20日\n"
    )
    [(_, leads, _, raw, date, status)] = plan_measures(text)
    assert leads == ["区城市管理委", "各街道办事处"]
    assert (raw, date, status) == ("春节前", "2025-01", "scheduled")  # round 75: the festival on 29 January


def test_spring_festival_of_a_plan_issued_after_it_is_the_next_one():
    text = (
        "# 某县2025年民生实事项目实施方案\n\n"
        "（一）农村饮水安全巩固提升工程。（牵头单位：县水利局；配合单位：县财政局；完成时限：春节前）\n\n"
        "某县人民政府办公室\n2025年3月18日\n"
    )
    assert plan_measures(text)[0][3:] == ("春节前", "2026-02", "scheduled")


def test_units_then_a_schedule_in_stages():
    # 《…（2024—2026年）》 task division: units with no role word, then 分阶段推进 and its stages (before: task lost)
    text = (
        "# 某省数字政府建设三年行动方案（2024—2026年）任务分工\n\n"
        "各项任务排在第一位的部门为牵头部门。\n\n"
        "1.建设全省一体化政务云平台。（省大数据局、省财政厅，分阶段推进，2025年底前完成50%，2026年全面完成）\n"
        "2.开展政务服务事项标准化梳理。（省政务服务管理局、省司法厅，即日起至2025年12月）\n"
    )
    first, second = plan_measures(text)
    assert first[:3] == (5, ["省大数据局"], ["省财政厅"])
    assert first[4:] == ("2026-12", "scheduled")
    assert second[:3] == (6, ["省政务服务管理局"], ["省司法厅"])
    assert second[4:] == ("2025-12", "scheduled")


def test_a_quarter_the_work_is_done_in():
    # 三季度完成 in a task's words, no year of its own: the plan's year (before: no deadline)
    text = (
        "# 某区2025年城市管理工作要点\n\n"
        "3.推进生活垃圾分类示范小区创建，新创建示范小区30个。三季度完成。（责任单位：区城市管理委）\n"
        "4.开展垃圾分类宣传。二季度启动。（责任单位：区城市管理委）\n"
    )
    done, started = plan_measures(text)
    assert done[3:] == ("三季度", "2025-09", "scheduled")
    assert started[4] is None


def test_mid_year_before_what_is_done_then():
    # 力争年中完成 in a task's words: June of the plan's year (before: no deadline; 年中前 was read)
    text = "# 某市2025年重点工作任务分工\n\n1.推进医保参保扩面，力争年中完成。（市医保局牵头，市税务局配合）\n"
    assert plan_measures(text)[0][3:] == ("年中", "2025-06", "scheduled")


def test_a_heading_of_work_ending_in_xing_is_no_task():
    # 二、城市运行保障: 城市运行 is no bank (银行), so the heading is no task led by it
    text = (
        "# 某区2025年城市管理工作要点\n\n"
        "### 二、城市运行保障\n\n"
        "4.开展地下管线隐患排查整治。汛期前完成。（责任单位：区城市管理委、区水务局）\n"
    )
    [(line, leads, _, raw, date, _)] = plan_measures(text)
    assert (line, leads, raw, date) == (5, ["区城市管理委", "区水务局"], "汛期前", "2025-05")


def test_a_deadline_another_body_sets_has_no_status():
    # 按照上级要求 read ongoing (按照), 按上级要求 and 与国家同步 none: all three are a timetable set elsewhere
    text = (
        "南湖市2024年深化改革工作要点任务分解\n\n"
        "1.深化国有企业改革。\n牵头单位：市国资委\n完成时限：与国家同步\n\n"
        "2.推进要素市场化配置改革。\n牵头单位：市自然资源局\n完成时限：按照上级要求\n\n"
        "3.深化教育评价改革。\n牵头单位：市教育局\n完成时限：长期坚持，每年12月底前报送总结\n"
    )
    statuses = [(raw, status) for _, _, _, raw, _, status in plan_measures(text)]
    assert statuses == [("与国家同步", None), ("按照上级要求", None), ("长期坚持，每年12月底前报送总结", "ongoing")]


def test_a_date_typed_as_numbers_in_a_tasks_words():
    # 2025.6.30前 / 6.30前 / 2025年Q3 in the task's text, as a field reads them (before: no deadline)
    text = (
        "# 某市2025年数字政府建设任务分工\n\n"
        "1.建设政务云平台，2025.6.30前完成迁移。（市数据局牵头，市财政局配合）\n"
        "2.推进电子证照应用，6.30前上线。（市数据局牵头，市公安局配合）\n"
        "3.推进企业开办一网通办，2025年Q3完成。（市市场监管局牵头，市税务局配合）\n"
        "4.削减PM2.5前体物排放。（市生态环境局牵头，市工信局配合）\n"
    )
    assert [t[3:] for t in plan_measures(text)] == [
        ("2025.6.30前", "2025-06-30", "scheduled"),
        ("6.30前", "2025-06-30", "scheduled"),
        ("2025年Q3", "2025-09", "scheduled"),
        (None, None, None),
    ]


def test_year_end_before_what_is_done_then():
    # 年底完成 in a task's words: December of the plan's year (before: none, as 年末检查); 年底完成情况 stays none
    text = (
        "# 某县2024年重点工作任务分工\n\n"
        "1.推进城乡居民医保参保扩面，年底完成。（县医保局牵头，县税务局配合）\n"
        "2.对照年底完成情况开展考核。（县政府督查室牵头，县统计局配合）\n"
    )
    done, count = plan_measures(text)
    assert done[3:] == ("年底", "2024-12", "scheduled")
    assert count[4] is None


def test_a_deadline_field_of_the_next_term():
    # 完成时限：开学前 in a plan dated in spring: the autumn term's (before: no date and no status)
    text = (
        "# 某县2025年校园安全隐患整治工作方案\n\n"
        "（一）校舍安全排查。\n责任单位：县教育局\n完成时限：开学前\n\n"
        "（二）新建学校投用。\n责任单位：县教育局\n完成时限：新学期开学前\n\n"
        "某县人民政府办公室\n2025年4月2日\n"
    )
    assert [t[4:] for t in plan_measures(text)] == [("2025-08-31", "scheduled")] * 2
